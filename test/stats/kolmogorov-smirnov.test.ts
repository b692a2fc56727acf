import { describe, expect, it } from 'vitest';
import { KS_EXACT_MAX_N, ksTwoSample, type KsAlternative } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

/** Draws a sample; coarse samples (rounded to a few levels) exercise ties like judge scores do. */
function sample(random: () => number, n: number, shift: number, coarse: boolean): number[] {
  return Array.from({ length: n }, () => {
    const v = random() + shift * random();
    return coarse ? Math.round(v * 4) / 4 : v;
  });
}

/**
 * For unequal sizes SciPy computes the two-sided p-value as 1 − P(inside), which carries an
 * absolute rounding error of a few 1e-16 (this module sums the tail directly); tiny
 * p-values are compared with that absolute allowance on top of the relative one.
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

  it('computes a tiny exact tail directly: [0..49] vs [100..159] is 2/C(110, 50) = 3.19e-32', () => {
    const first = Array.from({ length: 50 }, (_, i) => i);
    const second = Array.from({ length: 60 }, (_, i) => 100 + i);
    // Only the two paths that take every step of one sample first reach D = 1.
    let paths = 1n;
    for (let i = 1n; i <= 50n; i++) paths = (paths * (60n + i)) / i;
    const truth = 2 / Number(paths);
    const result = ksTwoSample(first, second);
    expect(result.statistic).toBe(1);
    expect(Math.abs(result.pValue - truth) / truth).toBeLessThan(1e-12);
    expect(result.pValue).toBeCloseTo(3.186853303986419e-32, 45);
    // One-sided: only the path with every first-sample value first.
    const greater = ksTwoSample(first, second, 'greater');
    expect(Math.abs(greater.pValue - truth / 2) / (truth / 2)).toBeLessThan(1e-12);
    expect(ksTwoSample(first, second, 'less')).toMatchObject({ statistic: 0, pValue: 1 });
  });

  it('keeps every digit of small tails against exact path counts for unequal sizes', () => {
    // Samples that interleave a little at the ends, so many paths reach the boundary.
    for (const [n1, n2, overlap] of [[30, 41, 3], [64, 48, 6], [25, 90, 10]] as const) {
      const first = Array.from({ length: n1 }, (_, i) => i);
      const second = Array.from({ length: n2 }, (_, i) => n1 - overlap + i + 0.5);
      const result = ksTwoSample(first, second);
      const truth = exactTwoSidedTail(n1, n2, Math.round(result.statistic * n1 * n2));
      expect(Math.abs(result.pValue - truth) / truth, `${n1} vs ${n2}`).toBeLessThan(1e-12);
    }
  });

  it('one-sided p-values agree with scipy.stats.ks_2samp(alternative="greater" / "less") on 1,200 pairs', () => {
    const random = seededRandom(73);
    const cases: [number[], number[], KsAlternative, string][] = [];
    for (let i = 0; i < 1200; i++) {
      // SciPy's one-sided exact path count overflows past about 1,000 values in all.
      const n1 = randomInt(random, 1, [8, 40, 300, 450][i % 4]!);
      const n2 = i % 5 === 0 ? n1 : randomInt(random, 1, [8, 40, 300, 450][(i + 1) % 4]!);
      const shift = [0, 0.1, -0.1, 0.5][i % 4]!;
      cases.push([sample(random, n1, 0, i % 2 === 0), sample(random, n2, shift, i % 2 === 0), i % 3 ? 'greater' : 'less', 'exact']);
    }
    // Above the exact limit, Hodges' asymptotic form.
    for (const [n1, n2] of [[KS_EXACT_MAX_N + 1, 500], [12_000, 11_000]] as const) {
      for (const alternative of ['greater', 'less'] as const) cases.push([sample(random, n1, 0, false), sample(random, n2, 0.02, false), alternative, 'asymp']);
    }
    const expected = scipyReference<[number, number]>('ks_sided', cases);
    cases.forEach(([x, y, alternative], i) => {
      const result = ksTwoSample(x, y, alternative);
      const label = `case ${i} (n1 = ${x.length}, n2 = ${y.length}, ${alternative})`;
      expectRelativelyClose(result.statistic, expected[i]![0], `D ${label}`);
      expectRelativelyClose(result.pValue, expected[i]![1], `p ${label}`);
    });
  });
});

/** P(D ≥ h/(n1·n2)) by counting lattice paths with BigInt (exact, for small sizes). */
function exactTwoSidedTail(m: number, n: number, bound: number): number {
  const inside = (x: number, y: number) => Math.abs(x * n - y * m) < bound;
  let row = new Array<bigint>(n + 1).fill(0n);
  for (let x = 0; x <= m; x++) {
    const next = new Array<bigint>(n + 1).fill(0n);
    for (let y = 0; y <= n; y++) {
      if (!inside(x, y)) continue;
      next[y] = x === 0 && y === 0 ? 1n : (x > 0 ? row[y]! : 0n) + (y > 0 ? next[y - 1]! : 0n);
    }
    row = next;
  }
  let total = 1n;
  for (let i = 1n; i <= BigInt(n); i++) total = (total * (BigInt(m) + i)) / i;
  const outside = total - row[n]!;
  return Number(outside) / Number(total);
}
