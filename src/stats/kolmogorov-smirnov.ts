/**
 * Two-sample Kolmogorov–Smirnov test, two-sided.
 *
 * Statistic: D = max over x of |F₁(x) − F₂(x)|, the largest gap between the two
 * empirical CDFs (ties handled by evaluating both CDFs at every observed value).
 *
 * P-value, with SciPy's `ks_2samp(method='auto')` switch: exact when the larger
 * sample has at most 10,000 values, asymptotic otherwise.
 * - Exact (the distribution of D under H0 for continuous data, by counting lattice
 *   paths, Hodges 1958): for equal sizes SciPy's closed alternating sum
 *   (Gnedenko–Korolyuk); otherwise 1 − P(every path stays strictly inside the band
 *   |x/n₁ − y/n₂| < D), computed by dynamic programming over path probabilities so
 *   nothing overflows. Matches scipy.stats.ks_2samp(method='exact').
 * - Asymptotic: as SciPy, the two-sided one-sample distribution evaluated at the
 *   effective size n = round(n₁n₂/(n₁+n₂)) (scipy.stats.kstwo.sf; see
 *   kolmogorov-distribution.ts).
 * With ties (e.g. judge scores on a coarse scale) the exact p-value is conservative.
 */
import { ksOneSampleSf } from './kolmogorov-distribution.js';

export const KS_EXACT_MAX_N = 10_000;

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

export function ksTwoSample(first: readonly number[], second: readonly number[]): KsResult {
  if (first.length === 0 || second.length === 0) throw new RangeError('ksTwoSample: both samples need values');
  for (const v of [...first, ...second]) {
    if (!Number.isFinite(v)) throw new RangeError(`ksTwoSample: values must be finite numbers, got ${v}`);
  }
  const xs = Float64Array.from(first).sort();
  const ys = Float64Array.from(second).sort();
  const n1 = xs.length;
  const n2 = ys.length;
  const { gapTimesSizes, gap } = largestGap(xs, ys);
  const g = gcd(n1, n2);

  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const lcm = (n1 / g) * n2;
    const h = gapTimesSizes / g; // D·lcm, an integer
    const statistic = h / lcm;
    if (h === 0) return { statistic, pValue: 1, method: 'exact' };
    const pValue = n1 === n2 ? outsideSquareProbability(n1, h) : 1 - insideBandProbability(n1, n2, gapTimesSizes);
    return { statistic, pValue: clamp01(pValue), method: 'exact' };
  }
  const en = roundHalfEven((n1 * n2) / (n1 + n2));
  return { statistic: gap, pValue: clamp01(ksOneSampleSf(en, gap)), method: 'asymptotic' };
}

/** Largest |c₁·n₂ − c₂·n₁| (exact integer) and |c₁/n₁ − c₂/n₂| over every observed value. */
function largestGap(xs: Float64Array, ys: Float64Array): { gapTimesSizes: number; gap: number } {
  const n1 = xs.length;
  const n2 = ys.length;
  let i = 0;
  let j = 0;
  let gapTimesSizes = 0;
  let gap = 0;
  while (i < n1 || j < n2) {
    // Step past every copy of the next value in both samples, then compare the CDFs.
    const value = j >= n2 || (i < n1 && xs[i]! <= ys[j]!) ? xs[i]! : ys[j]!;
    while (i < n1 && xs[i]! <= value) i++;
    while (j < n2 && ys[j]! <= value) j++;
    gapTimesSizes = Math.max(gapTimesSizes, Math.abs(i * n2 - j * n1));
    gap = Math.max(gap, Math.abs(i / n1 - j / n2));
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
 * Probability that a uniformly random lattice path from (0, 0) to (m, n) keeps
 * |x·n − y·m| < bound at every point (x counts the first sample, y the second).
 * f(x, y) is the probability of reaching (x, y) without leaving the band; from a point
 * with r steps left, the path steps in x with probability (m − x)/r.
 */
function insideBandProbability(m: number, n: number, bound: number): number {
  const f = new Float64Array(n + 1);
  let previousLow = 0;
  let previousHigh = -1;
  for (let x = 0; x <= m; x++) {
    // Band for this column: (n·x − bound)/m < y < (n·x + bound)/m.
    const low = Math.max(0, Math.floor((n * x - bound) / m) + 1);
    const high = Math.min(n, Math.ceil((n * x + bound) / m) - 1);
    if (high < low) return 0;
    for (let y = low; y <= high; y++) {
      const remaining = m + n - x - y + 1;
      let value = 0;
      if (x === 0 && y === 0) value = 1;
      if (x > 0 && y >= previousLow && y <= previousHigh) value += (f[y]! * (m - x + 1)) / remaining;
      if (y > low) value += (f[y - 1]! * (n - y + 1)) / remaining;
      f[y] = value;
    }
    for (let y = previousLow; y < low && y <= previousHigh; y++) f[y] = 0;
    previousLow = low;
    previousHigh = high;
  }
  return previousHigh === n ? f[n]! : 0;
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
