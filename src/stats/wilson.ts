/**
 * Wilson score interval for a binomial proportion.
 *
 * Definition (Wilson 1927; Newcombe 1998, method 3): the set of p for which the score
 * test of H0: rate = p is not rejected at level 1 − confidence. With p̂ = k/n and
 * z = Φ⁻¹((1 + confidence)/2):
 *   centre = (2np̂ + z²) / (2(n + z²)),  half-width = z·√(4np̂(1 − p̂) + z²) / (2(n + z²)).
 * The bounds are set to exactly 0 when k = 0 and 1 when k = n, as in
 * scipy.stats.binomtest(k, n).proportion_ci(method='wilson'), which this matches.
 * Unlike the Wald interval it stays inside [0, 1] and behaves at rates near 0.
 */
import { normalQuantile } from './normal.js';
import { assertConfidence, assertCount } from './validate.js';

export interface Interval {
  lower: number;
  upper: number;
}

export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  assertCount('n', n);
  assertCount('successes', successes);
  if (successes > n) throw new RangeError(`wilsonInterval: successes (${successes}) exceed n (${n})`);
  assertConfidence(confidence);
  // No observations: every rate is still possible.
  if (n === 0) return { lower: 0, upper: 1 };

  const z = normalQuantile(0.5 + 0.5 * confidence);
  const p = successes / n;
  const denom = 2 * (n + z * z);
  const centre = (2 * n * p + z * z) / denom;
  const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z * z);
  return {
    lower: successes === 0 ? 0 : centre - delta,
    upper: successes === n ? 1 : centre + delta,
  };
}
