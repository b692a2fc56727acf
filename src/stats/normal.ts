/**
 * Standard normal distribution, accurate in the tails.
 *
 * Built on the complementary error function (and its inverse) from stdlib, which keep
 * full relative precision far into the tails; simple-statistics' table-based CDF stops
 * at |z| = 3.09 and must not feed a p-value. Matches scipy.special.ndtr / ndtri.
 */
import erfc from '@stdlib/math-base-special-erfc';
import erfcinv from '@stdlib/math-base-special-erfcinv';

/** P(Z ≤ z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** P(Z > z), computed directly so that small upper tails keep their precision. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/**
 * The z with P(Z ≤ z) = p (inverse CDF, probit). Above 1/2 it works from the upper tail
 * 1 − p, which is exact in floating point there, so p = 1 − 1e-12 keeps its precision
 * (erfcinv(2p) near 2 would see only the few bits of 2 − 2p that survive rounding).
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p > 0.5) return Math.SQRT2 * erfcinv(2 * (1 - p));
  return -Math.SQRT2 * erfcinv(2 * p);
}

/** The z with P(Z > z) = q (inverse survival function). */
export function normalIsf(q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`normalIsf: q must be in [0, 1], got ${q}`);
  if (q > 0.5) return -Math.SQRT2 * erfcinv(2 * (1 - q));
  return Math.SQRT2 * erfcinv(2 * q);
}
