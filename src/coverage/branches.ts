import type { Counts, FileCoverage } from './types.js';

/**
 * Records one LCOV branch outcome under its identity (block and branch within the line).
 * geninfo writes a source file once for every object that compiles it, so the same branch
 * comes again: it is one branch, taken when any record took it, as `lcov -a` counts it.
 */
export function addIdentifiedBranch(file: FileCoverage, line: number, id: string, taken: boolean): void {
  const outcomes = (file.branchOutcomes ??= new Map());
  let byId = outcomes.get(line);
  if (byId === undefined) {
    byId = new Map();
    outcomes.set(line, byId);
  }
  const counts = file.branches.get(line) ?? { covered: 0, total: 0 };
  const before = byId.get(id);
  if (before === undefined) {
    byId.set(id, taken);
    file.branches.set(line, { covered: counts.covered + (taken ? 1 : 0), total: counts.total + 1 });
  } else if (taken && !before) {
    byId.set(id, true);
    file.branches.set(line, { covered: counts.covered + 1, total: counts.total });
  }
}

/**
 * Adds `source`'s branches of one line into `target` (which the caller owns). Branches
 * known by identity on both sides are united; otherwise only counts are known, and
 * `combineBranchCounts` keeps a lower bound.
 */
export function mergeLineBranches(target: FileCoverage, source: FileCoverage, line: number, counts: Counts): void {
  const existing = target.branches.get(line);
  if (existing === undefined) {
    target.branches.set(line, counts);
    const ids = source.branchOutcomes?.get(line);
    if (ids !== undefined) (target.branchOutcomes ??= new Map()).set(line, new Map(ids));
    return;
  }
  const mine = target.branchOutcomes?.get(line);
  const theirs = source.branchOutcomes?.get(line);
  if (mine !== undefined && theirs !== undefined) {
    for (const [id, taken] of theirs) addIdentifiedBranch(target, line, id, taken);
    return;
  }
  // One side has only counts: the identities no longer describe the line.
  target.branchOutcomes?.delete(line);
  target.branches.set(line, combineBranchCounts(existing, counts));
}

/** A copy of a file's branch identities that can change without touching the original. */
export function copyBranchOutcomes(file: FileCoverage): FileCoverage['branchOutcomes'] {
  if (file.branchOutcomes === undefined) return undefined;
  return new Map([...file.branchOutcomes].map(([line, ids]) => [line, new Map(ids)]));
}

/**
 * Two summaries of the same line's branches. Cobertura, JaCoCo and Clover give only
 * covered/total per line, not which branches, so the union cannot be known: keep the larger
 * total and the larger covered count (a lower bound on the truth, never above the total).
 */
export function combineBranchCounts(a: Counts, b: Counts): Counts {
  const total = Math.max(a.total, b.total);
  return { covered: Math.min(total, Math.max(a.covered, b.covered)), total };
}
