/**
 * Log-space building blocks for exact tests: binomial and hypergeometric
 * probabilities that stay accurate where the plain products would under- or
 * overflow (p-values of 1e-300 are still representable as sums of exp(log)).
 *
 * ln C(n, k) comes from stdlib's binomcoefln (−ln(n+1) − ln B(n−k+1, k+1)), which
 * avoids the cancellation of lnΓ(n+1) − lnΓ(k+1) − lnΓ(n−k+1) for large n.
 */
import binomcoefln from '@stdlib/math-base-special-binomcoefln';
import gammaln from '@stdlib/math-base-special-gammaln';

/** ln Γ(x). */
export function logGamma(x: number): number {
  return gammaln(x);
}

/** ln n! */
export function logFactorial(n: number): number {
  return gammaln(n + 1);
}

/** ln C(n, k); −∞ outside 0 ≤ k ≤ n. */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  return binomcoefln(n, k);
}

/** ln P(X = k) for X ~ Binomial(n, p). */
export function binomialLogPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return -Infinity;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (p === 1) return k === n ? 0 : -Infinity;
  return logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

export function binomialPmf(k: number, n: number, p: number): number {
  return Math.exp(binomialLogPmf(k, n, p));
}

/**
 * ln P(X = x) for X ~ Hypergeometric: x successes in a draw of `draws` items from a
 * population of `total` holding `successes` successes (SciPy's hypergeom(M, n, N)).
 */
export function hypergeometricLogPmf(x: number, total: number, successes: number, draws: number): number {
  return logChoose(successes, x) + logChoose(total - successes, draws - x) - logChoose(total, draws);
}

/** Σ exp(terms), summed smallest first so that tiny tails are not lost. */
export function sumExp(logTerms: number[]): number {
  const sorted = logTerms.filter((t) => t > -Infinity).sort((a, b) => a - b);
  let sum = 0;
  for (const t of sorted) sum += Math.exp(t);
  return sum;
}
