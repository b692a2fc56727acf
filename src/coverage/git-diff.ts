import { ConfigurationError } from '../shared/errors.js';
import type { ChangedFile } from './types.js';

const HUNK_RE = /^@@ -[0-9]+(?:,[0-9]+)? \+([0-9]+)(?:,([0-9]+))? @@/;

/**
 * Lines added per file in a unified diff (`git diff -U0` or with context). Deleted files
 * and binary files have no added lines and are left out; renamed files use the new path.
 */
export function changedLinesFromGitDiff(diffText: string): ChangedFile[] {
  const files = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  let newLine = 0;
  let oldRemaining = 0;
  let newRemaining = 0;
  const lines = diffText.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).replace(/\r$/, '');
    if (oldRemaining > 0 || newRemaining > 0) {
      const kind = line[0];
      if (kind === '+') {
        current?.add(newLine);
        newLine++;
        newRemaining--;
      } else if (kind === '-') {
        oldRemaining--;
      } else if (kind === ' ' || line === '') {
        newLine++;
        oldRemaining--;
        newRemaining--;
      } else if (kind !== '\\') {
        throw diffError(`hunk ends early at "${line.slice(0, 60)}"`, index);
      }
      continue;
    }
    if (line.startsWith('diff --git ')) {
      current = undefined;
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') current = undefined;
      else {
        const path = stripPrefix(unquote(target));
        current = files.get(path) ?? new Set();
        files.set(path, current);
      }
    } else if (line.startsWith('@@')) {
      const match = HUNK_RE.exec(line);
      if (match === null) throw diffError(`malformed hunk header "${line.slice(0, 60)}"`, index);
      newLine = Number(match[1]);
      newRemaining = match[2] === undefined ? 1 : Number(match[2]);
      const old = /^@@ -[0-9]+(?:,([0-9]+))?/.exec(line);
      oldRemaining = old?.[1] === undefined ? 1 : Number(old[1]);
    }
  }
  return [...files]
    .filter(([, set]) => set.size > 0)
    .map(([path, set]) => ({ path, addedLines: [...set].sort((a, b) => a - b) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Added lines of one file's patch as the pull-request files API returns it (hunks only,
 * no `diff --git`/`+++` header), so that source and `git diff` give the same lines.
 */
export function addedLinesFromPatch(path: string, patch: string): ChangedFile {
  const [file] = changedLinesFromGitDiff(`+++ b/${path}\n${patch}`);
  return { path, addedLines: file?.addedLines ?? [] };
}

/** Runs git with arguments in the repository and returns its standard output. */
export type GitRunner = (args: string[]) => Promise<string>;

/**
 * Changed lines between the merge base of `base` and HEAD and the working tree: what a
 * pull request adds, including uncommitted edits, as diff-cover counts them.
 */
export async function changedLinesFromGit(git: GitRunner, base: string): Promise<ChangedFile[]> {
  let mergeBase: string;
  try {
    mergeBase = (await git(['merge-base', base, 'HEAD'])).trim();
  } catch (error) {
    throw new ConfigurationError(`cannot find the merge base of ${base} and HEAD`, {
      fix: `fetch the base branch (actions/checkout with fetch-depth: 0), or name an existing ref; git said: ${String(error instanceof Error ? error.message : error).trim()}`,
    });
  }
  // Paths from the top level wherever git runs (diff.relative would make them relative to
  // the working directory, which the report paths are not).
  const diff = await git(['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-relative', '--find-renames', '-U0', mergeBase]);
  return changedLinesFromGitDiff(diff);
}

function stripPrefix(path: string): string {
  return path.startsWith('b/') ? path.slice(2) : path;
}

/** Git quotes unusual paths C-style: "b/caf\303\251 \"x\".py". */
function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path.replace(/\t$/, '');
  const body = path.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i] as string;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
      bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function diffError(message: string, index: number): ConfigurationError {
  return new ConfigurationError(`the diff cannot be read: ${message}`, {
    place: `line ${index + 1}`,
    fix: 'pass the output of `git diff` unchanged',
  });
}
