/**
 * Where a report may be written, checked before any work starts: a run of an hour must not
 * end on "EISDIR". Only regular files are ever replaced; standard output is written directly.
 */
import { constants } from 'node:fs';
import { access, lstat, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';

/** The names that mean "write to standard output" instead of a file. */
const STANDARD_OUTPUT_NAMES = new Set(['-', '/dev/stdout']);

export interface OutputTarget {
  /** The setting that named it (`report-json`), for messages. */
  setting: string;
  /** An absolute path, or `-` / `/dev/stdout` for standard output. */
  path: string;
}

export function isStandardOutput(path: string): boolean {
  return STANDARD_OUTPUT_NAMES.has(path);
}

/** Throws a ConfigurationError naming the setting when any target cannot be written as intended. */
export async function checkOutputTargets(targets: readonly OutputTarget[]): Promise<void> {
  const seen = new Map<string, string>();
  for (const target of targets) {
    const key = isStandardOutput(target.path) ? 'standard output' : resolve(target.path);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new ConfigurationError(`${target.setting} and ${earlier} both name ${key}`, {
        place: target.setting,
        fix: 'give each output its own file',
      });
    }
    seen.set(key, target.setting);
    if (!isStandardOutput(target.path)) await checkFileTarget(target);
  }
}

async function checkFileTarget({ setting, path }: OutputTarget): Promise<void> {
  const fail = (message: string, fix: string): never => {
    throw new ConfigurationError(message, { file: path, place: setting, fix });
  };
  const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    // ENOTDIR: a file stands where a folder should be; the folder walk below names it.
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    if (error.code === 'EACCES') return fail('the folder cannot be searched (permission denied)', `choose a ${setting} in a folder you can write`);
    throw error;
  });
  if (info) {
    if (info.isDirectory()) fail('the path is a folder', `give a file name, e.g. ${resolve(path, 'report')}`);
    if (info.isSymbolicLink()) fail('the path is a symbolic link; factgate replaces only regular files', `point ${setting} at the file itself, or remove the link`);
    if (!info.isFile()) {
      fail(`the path is ${kindOf(info)}, not a regular file; factgate replaces only regular files`, `choose a regular file, or "-" to write to standard output`);
    }
  }
  const folder = await nearestExistingFolder(dirname(path), setting, path);
  await access(folder, constants.W_OK | constants.X_OK).catch(() =>
    fail(`cannot write in ${folder} (permission denied)`, `choose a ${setting} in a folder you can write, or fix the folder's permissions`),
  );
}

/** The folder the output (and its missing parents) will be created in. */
async function nearestExistingFolder(folder: string, setting: string, path: string): Promise<string> {
  for (let current = folder; ; current = dirname(current)) {
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    if (info?.isDirectory()) return current;
    if (info?.isSymbolicLink()) {
      // A linked folder is fine: the report is written inside it, the link is not replaced.
      if ((await stat(current).catch(() => null))?.isDirectory()) return current;
    }
    if (info) {
      throw new ConfigurationError(`${current} is a file, so no folder can be made there`, {
        file: path,
        place: setting,
        fix: `remove or rename ${current}, or choose another ${setting}`,
      });
    }
    if (dirname(current) === current) return current;
  }
}

function kindOf(info: import('node:fs').Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}
