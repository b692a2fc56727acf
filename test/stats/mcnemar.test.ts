import { describe, expect, it } from 'vitest';
import { mcnemarExact, mcnemarExactCounts } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('McNemar exact test', { timeout: SCIPY_TIMEOUT }, () => {
  it('counts only the discordant pairs', () => {
    const before = [true, true, false, false, true];
    const after = [true, false, true, true, true];
    const result = mcnemarExact(before, after);
    expect(result.becameYes).toBe(2);
    expect(result.becameNo).toBe(1);
  });

  it('gives p = 1 for identical runs', () => {
    const flags = [true, false, false, true];
    expect(mcnemarExact(flags, flags).pValue).toBe(1);
  });

  it('rejects samples that are not paired', () => {
    expect(() => mcnemarExact([true], [true, false])).toThrow(RangeError);
  });

  it('agrees with scipy.stats.binomtest(b, b + c, 0.5) and statsmodels mcnemar(exact=True) on 1,500 inputs', () => {
    const random = seededRandom(41);
    const cases: [number, number][] = [];
    for (let i = 0; i < 1500; i++) {
      const scale = [3, 15, 60, 400, 3000][i % 5]!;
      cases.push([randomInt(random, 0, scale), randomInt(random, 0, scale)]);
    }
    const scipy = scipyReference<number>('mcnemar', cases);
    const statsmodels = scipyReference<number>('mcnemar_statsmodels', cases);
    cases.forEach(([b, c], i) => {
      const { pValue } = mcnemarExactCounts(b, c);
      expectRelativelyClose(pValue, scipy[i]!, `binomtest(${b}, ${b + c})`);
      expectRelativelyClose(pValue, statsmodels[i]!, `mcnemar(${b}, ${c})`);
    });
  });

  it('one-sided p-values agree with scipy.stats.binomtest(alternative="greater" / "less") on 1,500 inputs', () => {
    const random = seededRandom(42);
    const cases: [number, number, string][] = [];
    for (let i = 0; i < 1500; i++) {
      const scale = [3, 15, 60, 400, 3000][i % 5]!;
      cases.push([randomInt(random, 0, scale), randomInt(random, 0, scale), i % 2 ? 'greater' : 'less']);
    }
    const scipy = scipyReference<number>('mcnemar_sided', cases);
    cases.forEach(([b, c, alternative], i) => {
      const { pValue } = mcnemarExactCounts(b, c, alternative as 'greater' | 'less');
      expectRelativelyClose(pValue, scipy[i]!, `binomtest(${b}, ${b + c}, ${alternative})`);
    });
    // One-sided, a regression is found at half the two-sided p-value or better.
    expect(mcnemarExactCounts(12, 3, 'greater').pValue).toBeLessThanOrEqual(mcnemarExactCounts(12, 3).pValue / 2 + 1e-15);
  });
});
