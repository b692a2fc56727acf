import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import type { GitRunner } from './git-diff.js';
import type { ReadCoverageOptions } from './read-reports.js';

/**
 * Where report paths are resolved when factgate runs in `cwd`: `git diff` and the
 * pull-request files API name files from the repository's top level, wherever factgate
 * starts, so report paths are made relative to the top level too; relative report paths
 * are tried from `cwd` first (`workingDirectory`). Outside a git repository, `cwd` is the
 * root.
 */
export async function repositoryOptions(
  git: GitRunner,
  cwd: string,
): Promise<Pick<ReadCoverageOptions, 'workingDirectory' | 'repoFiles'> & { repoRoot: string }> {
  let top: string;
  try {
    top = (await git(['rev-parse', '--show-toplevel'])).trim();
  } catch {
    return { repoRoot: cwd };
  }
  if (top === '') return { repoRoot: cwd };
  const workingDirectory = relative(real(top), real(cwd)).split('\\').join('/');
  if (workingDirectory.startsWith('..')) return { repoRoot: cwd };
  // Reports name files the way the producer saw them, through the same (possibly
  // symlinked) path as the working directory: keep that spelling of the top level.
  const suffix = workingDirectory === '' ? '' : `/${workingDirectory}`;
  const slashed = cwd.split('\\').join('/').replace(/\/+$/, '');
  const repoRoot = suffix !== '' && slashed.endsWith(suffix) ? slashed.slice(0, -suffix.length) : workingDirectory === '' ? cwd : top;
  return { repoRoot, workingDirectory, repoFiles: () => repositoryFiles(git) };
}

/** Tracked and untracked (not ignored) files, relative to the top level. */
export async function repositoryFiles(git: GitRunner): Promise<readonly string[]> {
  const out = await git(['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard', '--', ':/']);
  return [...new Set(out.split('\0').filter((file) => file !== ''))];
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
