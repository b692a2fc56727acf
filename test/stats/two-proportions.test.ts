import { describe, expect, it } from 'vitest';
import { compareProportions, newcombeInterval, twoProportionZTest } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

function randomPairs(seed: number, count: number, minCount: number): [number, number, number, number][] {
  const random = seededRandom(seed);
  const cases: [number, number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const n1 = randomInt(random, 2 * minCount + 1, [40, 300, 5000][i % 3]!);
    const n2 = randomInt(random, 2 * minCount + 1, [40, 300, 5000][(i + 1) % 3]!);
    cases.push([randomInt(random, minCount, n1 - minCount), n1, randomInt(random, minCount, n2 - minCount), n2]);
  }
  return cases;
}

describe('two proportions', { timeout: SCIPY_TIMEOUT }, () => {
  it('z-test agrees with statsmodels proportions_ztest on 1,500 inputs', () => {
    const cases = randomPairs(51, 1500, 1);
    const expected = scipyReference<[number, number]>('two_proportion_z', cases);
    cases.forEach(([x1, n1, x2, n2], i) => {
      const { z, pValue } = twoProportionZTest({ successes: x1, n: n1 }, { successes: x2, n: n2 });
      const label = `${x1}/${n1} vs ${x2}/${n2}`;
      // z is 0 exactly when the rates are equal; statsmodels may then say ±1e-17.
      if (x1 * n2 === x2 * n1) expect(Math.abs(expected[i]![0])).toBeLessThan(1e-12);
      else expectRelativelyClose(z, expected[i]![0], `z ${label}`);
      expectRelativelyClose(pValue, expected[i]![1], `p ${label}`);
    });
  });

  it('one-sided z-test agrees with statsmodels proportions_ztest(alternative="larger" / "smaller") on 1,500 inputs', () => {
    const cases = randomPairs(24, 1500, 10).map((c, i) => [...c, i % 2 ? 'larger' : 'smaller'] as const);
    const expected = scipyReference<[number, number]>('two_proportion_z_sided', cases.map((c) => [...c]));
    cases.forEach(([x1, n1, x2, n2, alternative], i) => {
      const { z, pValue } = twoProportionZTest({ successes: x1, n: n1 }, { successes: x2, n: n2 }, alternative === 'larger' ? 'greater' : 'less');
      expectRelativelyClose(z, expected[i]![0], `z ${x1}/${n1} vs ${x2}/${n2}`);
      expectRelativelyClose(pValue, expected[i]![1], `p ${x1}/${n1} vs ${x2}/${n2} ${alternative}`);
    });
  });

  it('Newcombe interval agrees with statsmodels confint_proportions_2indep(method="newcomb") on 1,500 inputs', () => {
    const cases = randomPairs(52, 1500, 0);
    const expected = scipyReference<[number, number]>('newcombe', cases.map((c) => [...c, 0.95]));
    cases.forEach(([x1, n1, x2, n2], i) => {
      const { lower, upper } = newcombeInterval({ successes: x1, n: n1 }, { successes: x2, n: n2 });
      expectRelativelyClose(lower, expected[i]![0], `lower ${x1}/${n1} vs ${x2}/${n2}`);
      expectRelativelyClose(upper, expected[i]![1], `upper ${x1}/${n1} vs ${x2}/${n2}`);
    });
  });

  it('uses the z-test only with ≥ 10 successes and ≥ 10 failures in each group', () => {
    const valid = compareProportions({ successes: 10, n: 20 }, { successes: 30, n: 40 });
    expect(valid.test).toBe('z');
    const fewFailures = compareProportions({ successes: 10, n: 19 }, { successes: 30, n: 40 });
    expect(fewFailures.test).toBe('fisher');
    expect(fewFailures.reason).toMatch(/fewer than 10/);
    const fewSuccesses = compareProportions({ successes: 1, n: 500 }, { successes: 9, n: 500 });
    expect(fewSuccesses.test).toBe('fisher');
    expect(fewSuccesses.difference).toBeCloseTo(-8 / 500, 15);
    expect(fewSuccesses.interval.lower).toBeLessThan(fewSuccesses.difference);
    expect(fewSuccesses.interval.upper).toBeGreaterThan(fewSuccesses.difference);
  });

  it('rejects empty groups', () => {
    expect(() => compareProportions({ successes: 0, n: 0 }, { successes: 1, n: 2 })).toThrow(RangeError);
  });
});
