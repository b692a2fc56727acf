import { posix } from 'node:path';

/** Files of one report that match no file in the checkout. */
export interface UnmatchedFiles {
  report: string;
  /** Files the report lists. */
  total: number;
  /** Each unmatched file as the report places it (before any rewrite), in report order. */
  written: string[];
}

/** A setting that would place report paths on files of the checkout. */
export type PathFix = { kind: 'path-map'; from: string; to: string; places: number } | { kind: 'source-root'; root: string; places: number };

const EXAMPLES = 3;

/**
 * The warning for one report's unmatched files: how many, a few examples, and the
 * setting that would place them, found by matching their trailing path components with
 * the checkout's files.
 */
export function unmatchedFilesWarning(unmatched: UnmatchedFiles, repoFiles: readonly string[] | undefined): string {
  const count = unmatched.written.length;
  const examples = unmatched.written.slice(0, EXAMPLES).join(', ');
  const head =
    `${unmatched.report}: ${count} of ${unmatched.total} file(s) in the report were not found in the checkout ` +
    `(e.g. ${examples}), so their lines cannot match the changed files`;
  const fix = repoFiles === undefined ? undefined : suggestPathFix(unmatched.written, repoFiles);
  if (fix === undefined) {
    return `${head}; add a path map from the report's prefix to the repository's (coverage-path-map FROM=>TO; --path-map for factgate coverage)`;
  }
  const share = fix.places === count ? 'them' : `${fix.places} of them`;
  if (fix.kind === 'source-root') {
    return `${head}; the source root "${fix.root}" would place ${share} (coverage-source-root: ${fix.root}; --source-root for factgate coverage)`;
  }
  return `${head}; the path map "${fix.from}=>${fix.to}" would place ${share} (coverage-path-map: ${fix.from}=>${fix.to}; --path-map for factgate coverage)`;
}

/**
 * The prefix rewrite that places the most unmatched paths on checkout files: for each
 * path, the checkout file sharing the longest run of trailing components (when one file
 * alone shares the longest run), then the rewrite most of them agree on.
 */
export function suggestPathFix(written: readonly string[], repoFiles: readonly string[]): PathFix | undefined {
  const byName = new Map<string, string[][]>();
  for (const file of repoFiles) {
    const parts = file.split('/');
    const name = parts[parts.length - 1] as string;
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [parts]);
    else list.push(parts);
  }
  const votes = new Map<string, { from: string; to: string; places: number }>();
  for (const path of written) {
    const parts = posix.normalize(path).split('/');
    let best = 0;
    let match: string[] | undefined;
    let tie = false;
    for (const file of byName.get(parts[parts.length - 1] as string) ?? []) {
      const shared = sharedTail(parts, file);
      if (shared > best) [best, match, tie] = [shared, file, false];
      else if (shared === best) tie = true;
    }
    if (match === undefined || tie) continue;
    const from = prefix(parts, best);
    const to = prefix(match, best);
    const key = `${from}\u0000${to}`;
    const vote = votes.get(key) ?? { from, to, places: 0 };
    vote.places++;
    votes.set(key, vote);
  }
  let winner: { from: string; to: string; places: number } | undefined;
  for (const vote of votes.values()) if (winner === undefined || vote.places > winner.places) winner = vote;
  if (winner === undefined || winner.from === winner.to) return undefined;
  // A relative path that is a whole tail of checkout files needs a root, not a rewrite.
  if (winner.from === '') return winner.to === '' ? undefined : { kind: 'source-root', root: winner.to.replace(/\/$/, ''), places: winner.places };
  return { kind: 'path-map', ...winner };
}

function sharedTail(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The components before the last `tail` ones, as a prefix ending in "/" ('' when none). */
function prefix(parts: readonly string[], tail: number): string {
  const head = parts.slice(0, parts.length - tail);
  if (head.length === 0) return '';
  return `${head.join('/')}/`;
}
