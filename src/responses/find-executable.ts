import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, resolve } from 'node:path';

/**
 * Where `program` would be found when spawned from `cwd` with `env.PATH`, or undefined.
 * Checked once before the run so a typo in the command is one clear settings error
 * instead of the same failure on every case.
 */
export function findExecutable(
  program: string,
  cwd: string,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const extensions =
    platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : [''];
  const hasSeparator = program.includes('/') || (platform === 'win32' && program.includes('\\'));
  const candidates = hasSeparator
    ? [isAbsolute(program) ? program : resolve(cwd, program)]
    : (env.PATH ?? env.Path ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((dir) => resolve(cwd, dir, program));
  for (const base of candidates) {
    for (const ext of extensions) {
      if (isRunnableFile(base + ext, platform)) return base + ext;
    }
  }
  return undefined;
}

function isRunnableFile(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
