import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('wilsonInterval', { timeout: SCIPY_TIMEOUT }, () => {
  it('is [0, 1] when there are no observations', () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
  });

  it('pins the bound at 0 or 1 when every trial failed or succeeded', () => {
    expect(wilsonInterval(0, 50).lower).toBe(0);
    expect(wilsonInterval(50, 50).upper).toBe(1);
  });

  it('contains the observed rate and narrows as n grows', () => {
    const small = wilsonInterval(3, 10);
    const large = wilsonInterval(300, 1000);
    expect(small.lower).toBeLessThan(0.3);
    expect(small.upper).toBeGreaterThan(0.3);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10, 1)).toThrow(RangeError);
  });

  it('agrees with scipy.stats.binomtest(...).proportion_ci(method="wilson") on 2,000 random inputs', () => {
    const random = seededRandom(20240601);
    const confidences = [0.8, 0.9, 0.95, 0.99, 0.999];
    const cases: [number, number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const n = i % 4 === 0 ? randomInt(random, 1, 20) : randomInt(random, 1, 20000);
      const k = i % 7 === 0 ? (random() < 0.5 ? 0 : n) : randomInt(random, 0, n);
      cases.push([k, n, confidences[i % confidences.length]!]);
    }
    const expected = scipyReference<[number, number]>('wilson', cases);
    cases.forEach(([k, n, confidence], i) => {
      const { lower, upper } = wilsonInterval(k, n, confidence);
      expectRelativelyClose(lower, expected[i]![0], `lower(${k}, ${n}, ${confidence})`);
      expectRelativelyClose(upper, expected[i]![1], `upper(${k}, ${n}, ${confidence})`);
    });
  });
});
