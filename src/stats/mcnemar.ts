/**
 * McNemar's exact test for paired yes/no outcomes (e.g. "case hallucinated" in the
 * baseline run and in the head run).
 *
 * Only the discordant pairs carry information: b = pairs that went from no to yes,
 * c = pairs that went from yes to no. Under H0 (no change) each discordant pair is
 * equally likely to go either way, so b ~ Binomial(b + c, 1/2). The two-sided
 * p-value is min(1, 2·P(X ≤ min(b, c))), which is what scipy.stats.binomtest(b, b+c, 0.5)
 * and statsmodels' mcnemar(exact=True) compute; 'greater' (more pairs became yes) is
 * P(X ≥ b) and 'less' P(X ≤ b), as binomtest's one-sided alternatives.
 * No discordant pairs → p = 1.
 */
import type { Alternative } from './fisher.js';
import { binomialLogPmf, sumExp } from './logspace.js';
import { assertCount } from './validate.js';

export interface McNemarResult {
  /** Pairs that changed from no to yes (e.g. newly hallucinating cases). */
  becameYes: number;
  /** Pairs that changed from yes to no (e.g. fixed cases). */
  becameNo: number;
  pValue: number;
}

/** From the two discordant counts. */
export function mcnemarExactCounts(becameYes: number, becameNo: number, alternative: Alternative = 'two-sided'): McNemarResult {
  assertCount('becameYes', becameYes);
  assertCount('becameNo', becameNo);
  const n = becameYes + becameNo;
  if (n === 0) return { becameYes, becameNo, pValue: 1 };
  if (alternative !== 'two-sided') {
    // P(X ≥ b) is P(Y ≤ c) for Y = n − X, which is Binomial(n, 1/2) too.
    const upTo = alternative === 'greater' ? becameNo : becameYes;
    const terms: number[] = [];
    for (let k = 0; k <= upTo; k++) terms.push(binomialLogPmf(k, n, 0.5));
    return { becameYes, becameNo, pValue: Math.min(1, sumExp(terms)) };
  }
  const smaller = Math.min(becameYes, becameNo);
  const terms: number[] = [];
  for (let k = 0; k <= smaller; k++) terms.push(binomialLogPmf(k, n, 0.5));
  return { becameYes, becameNo, pValue: Math.min(1, 2 * sumExp(terms)) };
}

/** From paired outcomes: before[i] and after[i] belong to the same subject. */
export function mcnemarExact(before: readonly boolean[], after: readonly boolean[]): McNemarResult {
  if (before.length !== after.length) {
    throw new RangeError(`mcnemarExact: paired samples differ in length (${before.length} vs ${after.length})`);
  }
  let becameYes = 0;
  let becameNo = 0;
  before.forEach((was, i) => {
    const is = after[i];
    if (!was && is) becameYes++;
    else if (was && !is) becameNo++;
  });
  return mcnemarExactCounts(becameYes, becameNo);
}
