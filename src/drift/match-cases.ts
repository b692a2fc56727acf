/**
 * Pairs the cases of two runs. A case is compared only when both runs have its id
 * with the same content hash (same question, sources, expectations); otherwise it is
 * listed as added, removed or changed, so an edited golden set never shows up as drift.
 */
import type { CaseResult, UnjudgedReport } from '../report/types.js';

export interface CasePair {
  head: CaseResult;
  baseline: CaseResult;
}

export interface CaseMatch {
  pairs: CasePair[];
  added: string[];
  removed: string[];
  changed: string[];
}

export function matchCases(head: UnjudgedReport, baseline: UnjudgedReport): CaseMatch {
  const baselineById = new Map(baseline.cases.map((c) => [c.id, c]));
  const headIds = new Set(head.cases.map((c) => c.id));
  const match: CaseMatch = { pairs: [], added: [], removed: [], changed: [] };
  for (const headCase of head.cases) {
    const baselineCase = baselineById.get(headCase.id);
    if (!baselineCase) match.added.push(headCase.id);
    else if (baselineCase.contentHash !== headCase.contentHash) match.changed.push(headCase.id);
    else match.pairs.push({ head: headCase, baseline: baselineCase });
  }
  for (const baselineCase of baseline.cases) {
    if (!headIds.has(baselineCase.id)) match.removed.push(baselineCase.id);
  }
  return match;
}

/** Statuses whose claims were judged; errored, missing and skipped cases have none. */
export function wasEvaluated(c: CaseResult): boolean {
  return c.status === 'answered' || c.status === 'abstained';
}

export function failedToAnswer(c: CaseResult): boolean {
  return c.status === 'error' || c.status === 'missing';
}
