import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigurationError } from './errors.js';

export const MiB = 1024 * 1024;

/**
 * Reads a UTF-8 text file no larger than `maxBytes`, checking the size before reading
 * so an oversized file is refused without loading it. A leading BOM is dropped.
 */
/** How a path setting is resolved, for the fix of a "not found" error. */
export const PATHS_ARE_RELATIVE = "paths in factgate.yml are relative to the file's folder, paths given as flags or Action inputs to the working directory";

export async function readTextFile(path: string, maxBytes: number, what: string, displayPath = path): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new ConfigurationError(`the ${what} is not a file`, { file: displayPath, fix: `point to a ${what} file` });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`cannot read the ${what}: ${describeFsError(error)}`, {
      file: displayPath,
      fix: `check the path and that the file exists (it was read as ${resolve(path)}; ${PATHS_ARE_RELATIVE})`,
    });
  }
  if (size > maxBytes) {
    throw new ConfigurationError(
      `the ${what} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`,
      { file: displayPath, fix: `split it into smaller files, or raise the limit if the size is intended` },
    );
  }
  const text = await readFile(path, 'utf8');
  return stripBom(text);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
