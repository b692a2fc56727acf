/**
 * Comparing two independent proportions (e.g. the claim hallucination rate of the
 * head run against the baseline run).
 *
 * - twoProportionZTest: the pooled two-proportion z-test,
 *     z = (p̂₁ − p̂₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)),  p̂ = (x₁ + x₂)/(n₁ + n₂),
 *   two-sided p = 2·P(Z > |z|), 'greater' (first rate higher) P(Z > z), 'less' P(Z < z);
 *   as statsmodels' proportions_ztest (alternative 'two-sided', 'larger', 'smaller'). Its
 *   normal approximation is trusted only with ≥ 10 successes and ≥ 10 failures per group.
 * - newcombeInterval: Newcombe's hybrid score interval for p̂₁ − p̂₂ (Newcombe 1998,
 *   method 10), built from the two Wilson intervals; as statsmodels'
 *   confint_proportions_2indep(method='newcomb').
 * - compareProportions: uses the z-test where it is valid and Fisher's exact test
 *   otherwise, and says which one it used and why.
 */
import { fisherExact, type Alternative } from './fisher.js';
import { normalCdf, normalSf } from './normal.js';
import { assertCount } from './validate.js';
import { wilsonInterval, type Interval } from './wilson.js';

export interface Proportion {
  successes: number;
  n: number;
}

/** The normal approximation is trusted only above these counts in every group. */
export const Z_TEST_MIN_SUCCESSES = 10;
export const Z_TEST_MIN_FAILURES = 10;

export interface ZTestResult {
  z: number;
  pValue: number;
}

export function twoProportionZTest(first: Proportion, second: Proportion, alternative: Alternative = 'two-sided'): ZTestResult {
  checkProportion(first);
  checkProportion(second);
  const p1 = first.successes / first.n;
  const p2 = second.successes / second.n;
  const pooled = (first.successes + second.successes) / (first.n + second.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  if (se === 0) return { z: 0, pValue: 1 };
  const z = (p1 - p2) / se;
  if (alternative === 'greater') return { z, pValue: normalSf(z) };
  if (alternative === 'less') return { z, pValue: normalCdf(z) };
  return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}

export function newcombeInterval(first: Proportion, second: Proportion, confidence = 0.95): Interval {
  checkProportion(first);
  checkProportion(second);
  const p1 = first.successes / first.n;
  const p2 = second.successes / second.n;
  const w1 = wilsonInterval(first.successes, first.n, confidence);
  const w2 = wilsonInterval(second.successes, second.n, confidence);
  const difference = p1 - p2;
  return {
    lower: difference - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
    upper: difference + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
  };
}

export interface ProportionComparison {
  test: 'z' | 'fisher';
  /** Why this test was chosen, in plain words. */
  reason: string;
  /** z for the z-test, the sample odds ratio for Fisher (null when undefined). */
  statistic: number | null;
  pValue: number;
  /** p̂₁ − p̂₂ */
  difference: number;
  /** Newcombe interval for the difference. */
  interval: Interval;
}

export function zTestIsValid(first: Proportion, second: Proportion): boolean {
  return [first, second].every(
    (g) => g.successes >= Z_TEST_MIN_SUCCESSES && g.n - g.successes >= Z_TEST_MIN_FAILURES,
  );
}

/**
 * Comparison of two independent proportions, choosing the valid test; 'greater' asks
 * whether the first rate is higher, 'less' whether it is lower.
 */
export function compareProportions(
  first: Proportion,
  second: Proportion,
  confidence = 0.95,
  alternative: Alternative = 'two-sided',
): ProportionComparison {
  checkProportion(first);
  checkProportion(second);
  const difference = first.successes / first.n - second.successes / second.n;
  const interval = newcombeInterval(first, second, confidence);
  if (zTestIsValid(first, second)) {
    const { z, pValue } = twoProportionZTest(first, second, alternative);
    return {
      test: 'z',
      reason: `each group has at least ${Z_TEST_MIN_SUCCESSES} successes and ${Z_TEST_MIN_FAILURES} failures, so the normal approximation holds`,
      statistic: z,
      pValue,
      difference,
      interval,
    };
  }
  const fisher = fisherExact({
    a: first.successes,
    b: first.n - first.successes,
    c: second.successes,
    d: second.n - second.successes,
  }, alternative);
  return {
    test: 'fisher',
    reason: `a group has fewer than ${Z_TEST_MIN_SUCCESSES} successes or ${Z_TEST_MIN_FAILURES} failures, so the exact test is used`,
    statistic: fisher.oddsRatio,
    pValue: fisher.pValue,
    difference,
    interval,
  };
}

function checkProportion({ successes, n }: Proportion): void {
  assertCount('n', n);
  assertCount('successes', successes);
  if (n === 0) throw new RangeError('a proportion needs at least one observation');
  if (successes > n) throw new RangeError(`successes (${successes}) exceed n (${n})`);
}
