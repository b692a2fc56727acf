/**
 * Fisher's exact test on a 2×2 table.
 *
 *            outcome  no outcome
 *   group 1     a         b
 *   group 2     c         d
 *
 * With the margins fixed, a follows the hypergeometric distribution
 * Hypergeom(M = a+b+c+d, n = a+b, N = a+c).
 * - 'less':      P(X ≤ a) (group 1's rate lower than group 2's)
 * - 'greater':   P(X ≥ a)
 * - 'two-sided': the sum of P(X = x) over every x no more likely than the observed a
 *                (the "minimum likelihood" rule).
 * The one-sided p-values are scipy.stats.fisher_exact's. The two-sided one is R's
 * fisher.test: tables whose probability is within a relative 1e-7 of the observed one
 * count as equally likely. SciPy uses 1e-14, which is below the rounding of these
 * log-space terms (lgamma sums carry relative errors near 1e-13), so mirror-image tables
 * that are exactly tied would be split by rounding. The cost is that a table truly
 * within 1e-7 of the observed probability counts as a tie, which raises p: for
 * a=134, b=47, c=1111, d=278, p = 0.0786 here and in R, 0.0646 in SciPy. The gate's
 * drift tests are one-sided, where no such choice arises.
 * A row or column of zeros gives p = 1 and an undefined odds ratio (null).
 * The odds ratio is the sample one, ad/(bc), ∞ when b or c is 0.
 */
import { hypergeometricLogPmf, sumExp } from './logspace.js';
import { assertCount } from './validate.js';

export type Alternative = 'two-sided' | 'less' | 'greater';

export interface Table2x2 {
  a: number;
  b: number;
  c: number;
  d: number;
}

export interface FisherResult {
  /** Sample odds ratio ad/(bc); null when a margin is empty. */
  oddsRatio: number | null;
  pValue: number;
}

/** Relative tolerance under which two table probabilities are treated as equal. */
const TIE_TOLERANCE = 1e-7;

export function fisherExact(table: Table2x2, alternative: Alternative = 'two-sided'): FisherResult {
  const { a, b, c, d } = table;
  for (const [name, value] of Object.entries(table)) assertCount(name, value);
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return { oddsRatio: null, pValue: 1 };

  const oddsRatio = b > 0 && c > 0 ? (a * d) / (b * c) : Infinity;
  const total = a + b + c + d;
  const row1 = a + b;
  const col1 = a + c;
  const low = Math.max(0, col1 - (c + d));
  const high = Math.min(col1, row1);
  const logPmf = (x: number) => hypergeometricLogPmf(x, total, row1, col1);

  const terms: number[] = [];
  if (alternative === 'less') {
    for (let x = low; x <= a; x++) terms.push(logPmf(x));
  } else if (alternative === 'greater') {
    for (let x = a; x <= high; x++) terms.push(logPmf(x));
  } else {
    const observed = logPmf(a);
    const threshold = observed + Math.log1p(TIE_TOLERANCE);
    for (let x = low; x <= high; x++) {
      const term = x === a ? observed : logPmf(x);
      if (term <= threshold) terms.push(term);
    }
  }
  return { oddsRatio, pValue: Math.min(1, sumExp(terms)) };
}
