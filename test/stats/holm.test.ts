import { describe, expect, it } from 'vitest';
import { holm } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('holm', { timeout: SCIPY_TIMEOUT }, () => {
  it('multiplies the smallest p by m, the next by m − 1, and never lets the order flip', () => {
    expect(holm([])).toEqual([]);
    expect(holm([0.01, 0.04, 0.03])).toEqual([0.03, 0.06, 0.06]);
    expect(holm([0.5, 0.9])).toEqual([1, 1]);
  });

  it('agrees with statsmodels multipletests(method="holm") on 1,000 random families', () => {
    const random = seededRandom(62);
    const families = Array.from({ length: 1000 }, (_, i) => {
      const m = randomInt(random, 1, 30);
      return Array.from({ length: m }, () => (i % 4 === 0 ? Math.round(random() * 10) / 10 : random() ** 4));
    });
    const expected = scipyReference<number[]>('holm', families.map((f) => [f]));
    families.forEach((family, i) => {
      holm(family).forEach((q, j) => expectRelativelyClose(q, expected[i]![j]!, `family ${i}, p ${family[j]}`));
    });
  });

  it('rejects values that are not p-values', () => {
    expect(() => holm([0.5, 1.5])).toThrow(RangeError);
  });
});
