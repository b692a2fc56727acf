/**
 * Two-sample Kolmogorov–Smirnov test, two-sided or one-sided.
 *
 * Statistic, with SciPy's naming: 'two-sided' D = max |F₁(x) − F₂(x)|, the largest gap
 * between the two empirical CDFs; 'greater' D⁺ = max (F₁ − F₂), large when the first
 * sample tends to be smaller; 'less' D⁻ = max (F₂ − F₁). Ties are handled by evaluating
 * both CDFs at every observed value.
 *
 * P-value, with SciPy's `ks_2samp(method='auto')` switch: exact when the larger
 * sample has at most 10,000 values, asymptotic otherwise.
 * - Exact (the distribution of the statistic under H0 for continuous data, by counting
 *   lattice paths, Hodges 1958): for two-sided tests of equal sizes SciPy's closed
 *   alternating sum (Gnedenko–Korolyuk); otherwise the probability that a random path
 *   touches the boundary, summed directly over the steps that first leave the band
 *   (dynamic programming over path probabilities, so nothing overflows and a tail of
 *   1e-32 keeps its digits, where 1 − P(inside) would cancel below about 1e-8).
 *   Matches scipy.stats.ks_2samp(method='exact'), and stays exact for one-sided tests
 *   of sizes where SciPy's path count overflows and it falls back to the asymptotic form.
 * - Asymptotic: as SciPy; two-sided, the one-sample distribution at the effective size
 *   n = round(n₁n₂/(n₁+n₂)) (scipy.stats.kstwo.sf; see kolmogorov-distribution.ts);
 *   one-sided, Hodges' approximation exp(−2z² − 2z(m + 2n)/(3√(mn(m + n)))), m ≥ n.
 * With ties (e.g. judge scores on a coarse scale) the exact p-value is conservative.
 */
import { ksOneSampleSf } from './kolmogorov-distribution.js';

export const KS_EXACT_MAX_N = 10_000;

export type KsAlternative = 'two-sided' | 'greater' | 'less';

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

export function ksTwoSample(first: readonly number[], second: readonly number[], alternative: KsAlternative = 'two-sided'): KsResult {
  if (first.length === 0 || second.length === 0) throw new RangeError('ksTwoSample: both samples need values');
  for (const v of [...first, ...second]) {
    if (!Number.isFinite(v)) throw new RangeError(`ksTwoSample: values must be finite numbers, got ${v}`);
  }
  const xs = Float64Array.from(first).sort();
  const ys = Float64Array.from(second).sort();
  const n1 = xs.length;
  const n2 = ys.length;
  const { gapTimesSizes, gap } = largestGap(xs, ys, alternative);
  const g = gcd(n1, n2);

  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const lcm = (n1 / g) * n2;
    const h = gapTimesSizes / g; // D·lcm, an integer
    const statistic = h / lcm;
    if (h === 0) return { statistic, pValue: 1, method: 'exact' };
    const pValue =
      alternative === 'two-sided' && n1 === n2 ? outsideSquareProbability(n1, h) : boundaryProbability(n1, n2, gapTimesSizes, alternative);
    return { statistic, pValue: clamp01(pValue), method: 'exact' };
  }
  if (alternative === 'two-sided') {
    const en = roundHalfEven((n1 * n2) / (n1 + n2));
    return { statistic: gap, pValue: clamp01(ksOneSampleSf(en, gap)), method: 'asymptotic' };
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const z = Math.sqrt((m * n) / (m + n)) * gap;
  const exponent = -2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3;
  return { statistic: gap, pValue: clamp01(Math.exp(exponent)), method: 'asymptotic' };
}

/**
 * Largest c₁·n₂ − c₂·n₁ (exact integer; its absolute value for 'two-sided', its negative
 * for 'less') and the same gap between the CDFs as a fraction, over every observed value.
 */
function largestGap(xs: Float64Array, ys: Float64Array, alternative: KsAlternative): { gapTimesSizes: number; gap: number } {
  const n1 = xs.length;
  const n2 = ys.length;
  const signed = (d: number) => (alternative === 'two-sided' ? Math.abs(d) : alternative === 'greater' ? d : -d);
  let i = 0;
  let j = 0;
  let gapTimesSizes = 0;
  let gap = 0;
  while (i < n1 || j < n2) {
    // Step past every copy of the next value in both samples, then compare the CDFs.
    const value = j >= n2 || (i < n1 && xs[i]! <= ys[j]!) ? xs[i]! : ys[j]!;
    while (i < n1 && xs[i]! <= value) i++;
    while (j < n2 && ys[j]! <= value) j++;
    gapTimesSizes = Math.max(gapTimesSizes, signed(i * n2 - j * n1));
    gap = Math.max(gap, signed(i / n1 - j / n2));
  }
  return { gapTimesSizes, gap };
}

/**
 * P(D ≥ h/n) for two samples of size n: 2·Σₖ (−1)^(k+1) C(2n, n − kh)/C(2n, n), evaluated
 * as SciPy does, in Horner form with each ratio built from h simple factors so that
 * nothing cancels or overflows.
 */
function outsideSquareProbability(n: number, h: number): number {
  // Every path leaves |x − y| < 1 at its first step; the sum would only round near 1.
  if (h === 1) return 1;
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * Probability that a uniformly random lattice path from (0, 0) to (m, n) reaches the
 * boundary: x·n − y·m ≥ bound ('greater'), y·m − x·n ≥ bound ('less'), either
 * ('two-sided'); x counts the first sample, y the second. f holds, for one column x, the
 * probability of reaching (x, y) while still inside; from a point with r steps left the
 * path steps in x with probability (m − x)/r. Each step that leaves the band adds its
 * probability to the tail, so the tail is a sum of positive terms and never a difference.
 */
function boundaryProbability(m: number, n: number, bound: number, alternative: KsAlternative): number {
  const lowOf = (x: number) => (alternative === 'less' ? 0 : Math.max(0, Math.floor((n * x - bound) / m) + 1));
  const highOf = (x: number) => (alternative === 'greater' ? n : Math.min(n, Math.ceil((n * x + bound) / m) - 1));
  let column = new Float64Array(n + 2);
  let next = new Float64Array(n + 2);
  column[0] = 1;
  let outside = 0;
  let low = lowOf(0);
  let high = highOf(0);
  for (let x = 0; x <= m; x++) {
    const nextLow = x < m ? lowOf(x + 1) : 0;
    const nextHigh = x < m ? highOf(x + 1) : -1;
    for (let y = low; y <= high; y++) {
      const f = column[y]!;
      const remaining = m + n - x - y;
      if (f === 0 || remaining === 0) continue;
      const up = (f * (n - y)) / remaining;
      const across = (f * (m - x)) / remaining;
      if (y < n) {
        if (y + 1 <= high) column[y + 1]! += up;
        else outside += up;
      }
      if (x < m) {
        if (y >= nextLow && y <= nextHigh) next[y]! += across;
        else outside += across;
      }
    }
    column.fill(0, low, high + 1);
    [column, next] = [next, column];
    low = nextLow;
    high = nextHigh;
  }
  return outside;
}

/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}
