import { describe, expect, it } from 'vitest';
import { exactBinomialInterval, wilsonInterval } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('exactBinomialInterval (Clopper–Pearson)', { timeout: SCIPY_TIMEOUT }, () => {
  it('is [0, 1] with no observations and pins the ends at 0 and 1', () => {
    expect(exactBinomialInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
    expect(exactBinomialInterval(0, 30).lower).toBe(0);
    expect(exactBinomialInterval(30, 30).upper).toBe(1);
  });

  it('with no successes, the upper bound is 1 − (α/2)^(1/n)', () => {
    const n = 40;
    expect(exactBinomialInterval(0, n).upper).toBeCloseTo(1 - 0.025 ** (1 / n), 12);
  });

  it('is wider than the Wilson interval (it is conservative)', () => {
    const exact = exactBinomialInterval(2, 50);
    const wilson = wilsonInterval(2, 50);
    expect(exact.lower).toBeLessThan(wilson.lower);
    expect(exact.upper).toBeGreaterThan(wilson.upper);
  });

  it('agrees with scipy.stats.beta.ppf on 2,000 random inputs', () => {
    const random = seededRandom(21);
    const confidences = [0.8, 0.9, 0.95, 0.99];
    const cases: [number, number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const n = i % 3 === 0 ? randomInt(random, 1, 30) : randomInt(random, 1, 20000);
      const k = i % 7 === 0 ? (random() < 0.5 ? 0 : n) : randomInt(random, 0, i % 5 === 0 ? Math.min(n, 5) : n);
      cases.push([k, n, confidences[i % confidences.length]!]);
    }
    const expected = scipyReference<[number, number]>('exact_interval', cases);
    cases.forEach(([k, n, c], i) => {
      const { lower, upper } = exactBinomialInterval(k, n, c);
      expectRelativelyClose(lower, expected[i]![0], `lower(${k}, ${n}, ${c})`);
      expectRelativelyClose(upper, expected[i]![1], `upper(${k}, ${n}, ${c})`);
    });
  });
});
