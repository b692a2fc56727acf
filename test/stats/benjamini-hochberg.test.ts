import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('benjaminiHochberg', { timeout: SCIPY_TIMEOUT }, () => {
  it('returns an empty list for no tests and keeps a single p-value', () => {
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
  });

  it('never lowers a p-value and keeps their order', () => {
    const ps = [0.04, 0.001, 0.5, 0.03];
    const adjusted = benjaminiHochberg(ps);
    adjusted.forEach((q, i) => expect(q).toBeGreaterThanOrEqual(ps[i]!));
    expect(adjusted[1]).toBeLessThanOrEqual(adjusted[3]!);
  });

  it('agrees with scipy.stats.false_discovery_control(method="bh") on 1,000 random families', () => {
    const random = seededRandom(61);
    const families = Array.from({ length: 1000 }, (_, i) => {
      const m = randomInt(random, 1, 40);
      // Mix of tiny, moderate and tied p-values.
      return Array.from({ length: m }, () => (i % 4 === 0 ? Math.round(random() * 10) / 10 : random() ** 3));
    });
    const expected = scipyReference<number[]>('bh', families.map((f) => [f]));
    families.forEach((family, i) => {
      const adjusted = benjaminiHochberg(family);
      adjusted.forEach((q, j) => expectRelativelyClose(q, expected[i]![j]!, `family ${i}, p ${family[j]}`));
    });
  });

  it('rejects values that are not p-values', () => {
    expect(() => benjaminiHochberg([0.5, 1.5])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });
});
