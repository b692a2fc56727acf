import { posix } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import type { PathRewrite } from './types.js';

export interface PathMappingOptions {
  /** Absolute path of the repository root; paths under it become relative to it. */
  repoRoot: string;
  /** Prefix rewrites applied first (reports made in containers, monorepo packages). */
  rewrites?: PathRewrite[];
  /** Repository-relative roots to try for relative paths (JaCoCo's `org/x/Y.java`). */
  sourceRoots?: string[];
  /** Whether a repository-relative path exists; picks among candidates when given. */
  exists?: (repoRelativePath: string) => boolean;
}

const CONVENTIONAL_SOURCE_ROOTS = ['src/main/java', 'src/main/kotlin', 'src/main/scala', 'src', 'lib'];

/** Parses one `from=>to` rewrite as given on the command line or in settings. */
export function parsePathRewrite(text: string, where: { file?: string; place: string }): PathRewrite {
  const arrow = text.indexOf('=>');
  const from = arrow === -1 ? '' : text.slice(0, arrow).trim();
  if (arrow === -1 || from === '') {
    throw new ConfigurationError(`path map "${text}" is not of the form from=>to`, {
      ...where,
      fix: 'write the report prefix, then =>, then the repository prefix, e.g. /app/=>services/api/ (to may be empty)',
    });
  }
  return { from: toSlashes(from), to: toSlashes(text.slice(arrow + 2).trim()) };
}

/**
 * Turns a path as written in a report into a repository-relative path. Candidates, in
 * order: the path joined with each of the report's source roots, the path itself, the path
 * under each configured source root. With `exists`, the first candidate that exists wins;
 * without it, the first that lies inside the repository. A path that stays outside is
 * returned as it is (absolute), so the caller can tell the user to add a path map.
 */
export function resolveReportPath(reportPath: string, reportRoots: readonly string[], options: PathMappingOptions): string {
  const path = toSlashes(reportPath);
  const candidates: string[] = [];
  if (isAbsolute(path)) candidates.push(path);
  else {
    for (const root of reportRoots) candidates.push(joinPath(toSlashes(root), path));
    candidates.push(path);
    for (const root of options.sourceRoots ?? []) candidates.push(joinPath(toSlashes(root), path));
    // Conventional roots for reports that give package paths (JaCoCo); only an existing
    // file can be picked from these, since without `exists` the first candidate wins.
    if (options.exists !== undefined) for (const root of CONVENTIONAL_SOURCE_ROOTS) candidates.push(joinPath(root, path));
  }
  const repoRoot = trimTrailingSlash(toSlashes(options.repoRoot));
  const inside: string[] = [];
  for (const candidate of candidates) {
    const relative = toRepoRelative(rewrite(candidate, options.rewrites ?? []), repoRoot);
    if (relative === undefined) continue;
    if (options.exists === undefined) return relative;
    if (options.exists(relative)) return relative;
    inside.push(relative);
  }
  if (inside.length > 0) {
    // Nothing exists (deleted files, a checkout without sources): prefer a report root's join.
    return inside[0] as string;
  }
  return rewrite(candidates[0] ?? path, options.rewrites ?? []);
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

function rewrite(path: string, rewrites: readonly PathRewrite[]): string {
  for (const { from, to } of rewrites) {
    if (path.startsWith(from)) return to + path.slice(from.length);
    // Windows drive letters differ in case between tools.
    if (/^[A-Za-z]:\//.test(from) && path.toLowerCase().startsWith(from.toLowerCase())) return to + path.slice(from.length);
  }
  return path;
}

function toRepoRelative(path: string, repoRoot: string): string | undefined {
  if (isAbsolute(path)) {
    if (path === repoRoot) return undefined;
    if (!path.startsWith(`${repoRoot}/`)) return undefined;
    path = path.slice(repoRoot.length + 1);
  }
  const normal = posix.normalize(path);
  if (normal === '..' || normal.startsWith('../') || normal === '.') return undefined;
  return normal.replace(/^\.\//, '');
}

function joinPath(root: string, path: string): string {
  return root === '' ? path : `${trimTrailingSlash(root)}/${path}`;
}

function toSlashes(path: string): string {
  return path.trim().replace(/\\/g, '/');
}

function trimTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
