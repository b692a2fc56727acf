/**
 * Exact (Clopper–Pearson) binomial interval.
 *
 * Definition (Clopper & Pearson 1934): the bounds are the rates at which observing
 * k or more (lower) or k or fewer (upper) successes has probability (1 − confidence)/2,
 * which in closed form are beta quantiles:
 *   lower = B⁻¹(α/2; k, n − k + 1),  upper = B⁻¹(1 − α/2; k + 1, n − k),
 * with lower = 0 when k = 0 and upper = 1 when k = n. Matches
 * scipy.stats.beta.ppf (the same interval as statsmodels' proportion_confint(method='beta')).
 * Conservative: its coverage is never below the nominal level.
 */
import betaincinv from '@stdlib/math-base-special-betaincinv';
import type { Interval } from './wilson.js';
import { assertConfidence, assertCount } from './validate.js';

export function exactBinomialInterval(successes: number, n: number, confidence = 0.95): Interval {
  assertCount('n', n);
  assertCount('successes', successes);
  if (successes > n) throw new RangeError(`exactBinomialInterval: successes (${successes}) exceed n (${n})`);
  assertConfidence(confidence);
  if (n === 0) return { lower: 0, upper: 1 };
  const alpha = 1 - confidence;
  return {
    lower: successes === 0 ? 0 : betaincinv(alpha / 2, successes, n - successes + 1),
    // The upper quantile taken from the upper tail keeps precision when it is close to 1.
    upper: successes === n ? 1 : betaincinv(alpha / 2, successes + 1, n - successes, true),
  };
}
