import { describe, expect, it } from 'vitest';
import { KS_EXACT_MAX_N, ksTwoSample } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

/** Draws a sample; coarse samples (rounded to a few levels) exercise ties like judge scores do. */
function sample(random: () => number, n: number, shift: number, coarse: boolean): number[] {
  return Array.from({ length: n }, () => {
    const v = random() + shift * random();
    return coarse ? Math.round(v * 4) / 4 : v;
  });
}

/**
 * For unequal sizes both SciPy and this module compute the p-value as 1 − P(inside), so
 * each carries an absolute rounding error of a few 1e-16; tiny p-values are compared
 * with that absolute allowance on top of the relative one.
 */
const INSIDE_METHOD_ABSOLUTE = 1e-14;

describe('ksTwoSample', { timeout: SCIPY_TIMEOUT }, () => {
  it('gives D = 0 and p = 1 for identical samples', () => {
    const xs = [0.1, 0.5, 0.5, 0.9];
    expect(ksTwoSample(xs, [...xs])).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
  });

  it('gives D = 1 for samples that do not overlap', () => {
    expect(ksTwoSample([1, 2, 3], [4, 5, 6, 7]).statistic).toBe(1);
  });

  it('switches to the asymptotic p-value above the exact limit and agrees with SciPy there', () => {
    const random = seededRandom(71);
    const cases: [number[], number[]][] = [];
    // Lopsided and balanced pairs, so every branch of the one-sample distribution is used.
    for (const [n1, n2, shift] of [
      [KS_EXACT_MAX_N + 1, 3, 0],
      [KS_EXACT_MAX_N + 1, 40, 0.3],
      [KS_EXACT_MAX_N + 1, 130, 0.05],
      [KS_EXACT_MAX_N + 1, 200, 0],
      [KS_EXACT_MAX_N + 1, 200, 0.05],
      [12_000, 2_000, 0.02],
      [15_000, 15_000, 0],
      [15_000, 15_000, 0.01],
      [20_000, 11_000, 0.005],
    ] as const) {
      cases.push([sample(random, n1, 0, false), sample(random, n2, shift, false)]);
    }
    const expected = scipyReference<[number, number]>('ks', cases);
    cases.forEach(([x, y], i) => {
      const result = ksTwoSample(x, y);
      const label = `n1 = ${x.length}, n2 = ${y.length}`;
      expect(result.method).toBe('asymptotic');
      expectRelativelyClose(result.statistic, expected[i]![0], `D ${label}`);
      expectRelativelyClose(result.pValue, expected[i]![1], `p ${label}`);
    });
  });

  it('rejects empty samples and non-numbers', () => {
    expect(() => ksTwoSample([], [1])).toThrow(RangeError);
    expect(() => ksTwoSample([Number.NaN], [1])).toThrow(RangeError);
  });

  it('agrees with scipy.stats.ks_2samp(method="auto") on 1,200 random sample pairs (exact branch)', () => {
    const random = seededRandom(72);
    const cases: [number[], number[]][] = [];
    for (let i = 0; i < 1200; i++) {
      const n1 = randomInt(random, 1, [8, 40, 300, 1200][i % 4]!);
      const n2 = i % 5 === 0 ? n1 : randomInt(random, 1, [8, 40, 300, 1200][(i + 1) % 4]!);
      const shift = [0, 0.1, 0.5][i % 3]!;
      cases.push([sample(random, n1, 0, i % 2 === 0), sample(random, n2, shift, i % 2 === 0)]);
    }
    const expected = scipyReference<[number, number]>('ks', cases);
    cases.forEach(([x, y], i) => {
      const result = ksTwoSample(x, y);
      const [statistic, pValue] = expected[i]!;
      const label = `case ${i} (n1 = ${x.length}, n2 = ${y.length})`;
      expect(result.method).toBe('exact');
      expectRelativelyClose(result.statistic, statistic, `D ${label}`);
      if (x.length === y.length && Math.round(result.statistic * x.length) === 1) {
        // D = 1/n: every pair of samples reaches it, so p = 1. SciPy's sum rounds to
        // 1.0000000000000002 here, rejects it and falls back to its asymptotic value.
        expect(result.pValue).toBe(1);
        return;
      }
      if (x.length !== y.length && Math.abs(result.pValue - pValue) <= INSIDE_METHOD_ABSOLUTE) return;
      expectRelativelyClose(result.pValue, pValue, `p ${label}`);
    });
  });
});
