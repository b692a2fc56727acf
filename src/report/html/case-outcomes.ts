import type { CaseResult, Report } from '../types.js';

/**
 * What the case table filters on, one bit each, computed here once so the page and the
 * tests agree: a case can be hallucinated and uncited at once.
 */
export const OUTCOME = {
  /** At least one contradicted or unsupported claim, or an answer where the app should have declined. */
  hallucinated: 1,
  /** At least one claim that is true to the sources but whose citations do not support it. */
  uncited: 2,
  /** The app declined to answer. */
  abstained: 4,
  /** No usable response: the app failed, said nothing for the case, or was not run. */
  error: 8,
} as const;

export type OutcomeName = keyof typeof OUTCOME;

export function caseOutcome(c: CaseResult): number {
  let flags = 0;
  if (c.hallucinated) flags |= OUTCOME.hallucinated;
  if (c.claims.some((claim) => !claim.hallucinated && !claim.citationCovered)) flags |= OUTCOME.uncited;
  if (c.status === 'abstained') flags |= OUTCOME.abstained;
  if (c.status === 'error' || c.status === 'missing' || c.status === 'not-run') flags |= OUTCOME.error;
  return flags;
}

/** How a case compares with the baseline run. */
export const CHANGE = { same: 0, added: 1, edited: 2, outcome: 3 } as const;

export interface CaseComparison {
  /** One CHANGE code per case of the head report, in order. */
  change: number[];
  /** The baseline's outcome flags per case, -1 when the case is not in the baseline. */
  was: number[];
}

/**
 * Each case against the baseline's case of the same id: new in this run, edited (the
 * golden-set case itself changed), a different outcome, or the same.
 */
export function compareCases(report: Pick<Report, 'cases'>, baseline: Pick<Report, 'cases'>): CaseComparison {
  const before = new Map<string, { hash: string; flags: number }>();
  for (const c of baseline.cases) before.set(c.id, { hash: c.contentHash, flags: caseOutcome(c) });
  const change: number[] = [];
  const was: number[] = [];
  for (const c of report.cases) {
    const old = before.get(c.id);
    if (!old) {
      change.push(CHANGE.added);
      was.push(-1);
      continue;
    }
    was.push(old.flags);
    change.push(old.hash !== c.contentHash ? CHANGE.edited : old.flags !== caseOutcome(c) ? CHANGE.outcome : CHANGE.same);
  }
  return { change, was };
}
