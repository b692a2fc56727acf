import { posix } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import type { PathRewrite } from './types.js';

export interface PathMappingOptions {
  /** Absolute path of the repository's top level; paths under it become relative to it. */
  repoRoot: string;
  /**
   * Where factgate runs, relative to the top level ('' there). A relative path in a report
   * is relative to where its producer ran, usually here, so it is tried from here first.
   */
  workingDirectory?: string;
  /** Prefix rewrites applied first (reports made in containers, monorepo packages). */
  rewrites?: PathRewrite[];
  /** Roots to try for relative paths (JaCoCo's `org/x/Y.java`): absolute, or repository-relative. */
  sourceRoots?: string[];
  /** Whether a repository-relative path exists; picks among candidates when given. */
  exists?: (repoRelativePath: string) => boolean;
  /** Lines in an existing file; tells apart candidates that all exist. */
  lineCount?: (repoRelativePath: string) => number | undefined;
}

/** Where one report path was placed in the repository. */
export interface ResolvedPath {
  path: string;
  /** The first candidate as written (before any rewrite): what a path map would start with. */
  written: string;
  /** False when no candidate exists in the checkout (or lies inside it, without `exists`). */
  found: boolean;
  /** Existing candidates long enough for the file's lines, when more than one is (the first was taken). */
  severalFit?: string[];
  /** Existing candidates, when none is long enough for the file's lines (the first was taken). */
  noneFits?: string[];
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
 * order: the path joined with each of the report's source roots, with each configured
 * source root, and the path itself (a relative candidate from the working directory
 * first, then from the top level). With `exists`, a candidate that exists wins; when
 * several exist, the one the file fits (its highest line within the file's length), so a
 * filename under several `<source>` roots goes where it belongs. Without `exists`, the
 * first candidate inside the repository. A path that stays outside is returned as it is
 * (absolute), so the caller can tell the user to add a path map.
 */
export function resolveReportPath(reportPath: string, reportRoots: readonly string[], options: PathMappingOptions): string {
  return resolveReportFile(reportPath, reportRoots, options, () => 0).path;
}

export function resolveReportFile(
  reportPath: string,
  reportRoots: readonly string[],
  options: PathMappingOptions,
  highestLine: () => number,
): ResolvedPath {
  const path = toSlashes(reportPath);
  const rewrites = options.rewrites ?? [];
  const candidates: string[] = [];
  if (isAbsolute(path)) candidates.push(path);
  else {
    for (const root of reportRoots) candidates.push(joinPath(toSlashes(root), path));
    for (const root of options.sourceRoots ?? []) candidates.push(joinPath(toSlashes(root), path));
    candidates.push(path);
  }
  const written = candidates[0] ?? path;
  const repoRoot = trimTrailingSlash(toSlashes(options.repoRoot));
  const inside = [...new Set(candidates.flatMap((c) => placements(c, rewrites, repoRoot, options.workingDirectory ?? '')))];
  const exists = options.exists;
  if (exists === undefined) {
    const first = inside[0];
    return first === undefined ? { path: rewrite(written, rewrites), written, found: false } : { path: first, written, found: true };
  }
  let existing = inside.filter((candidate) => exists(candidate));
  if (existing.length === 0 && !isAbsolute(path)) {
    // Conventional roots for reports that give package paths (JaCoCo): a last guess, so
    // only an existing file is taken from them.
    const conventional = CONVENTIONAL_SOURCE_ROOTS.map((root) => joinPath(root, path)).flatMap((c) => placements(c, rewrites, repoRoot, ''));
    const hit = conventional.find((candidate) => exists(candidate));
    if (hit !== undefined) existing = [hit];
  }
  if (existing.length === 0) {
    // Nothing exists (deleted files, a checkout without sources): prefer a report root's join.
    return { path: inside[0] ?? rewrite(written, rewrites), written, found: false };
  }
  if (existing.length === 1 || options.lineCount === undefined) return { path: existing[0] as string, written, found: true };
  const highest = highestLine();
  if (highest === 0) return { path: existing[0] as string, written, found: true };
  const lineCount = options.lineCount;
  const fitting = existing.filter((candidate) => (lineCount(candidate) ?? Infinity) >= highest);
  if (fitting.length === 0) return { path: existing[0] as string, written, found: true, noneFits: existing };
  const resolved: ResolvedPath = { path: fitting[0] as string, written, found: true };
  if (fitting.length > 1) resolved.severalFit = fitting;
  return resolved;
}

/**
 * Repository-relative places one candidate can stand for. A rewritten path is what the
 * user says it is; an untouched relative one is tried from the working directory first.
 */
function placements(candidate: string, rewrites: readonly PathRewrite[], repoRoot: string, workingDirectory: string): string[] {
  const rewritten = rewrite(candidate, rewrites);
  const forms = rewritten === candidate && !isAbsolute(candidate) && workingDirectory !== '' ? [joinPath(workingDirectory, candidate), candidate] : [rewritten];
  return forms.map((form) => toRepoRelative(form, repoRoot)).filter((p): p is string => p !== undefined);
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
