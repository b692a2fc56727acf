import { describe, expect, it } from 'vitest';
import { PSI_EPSILON, populationStabilityIndex } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('populationStabilityIndex', { timeout: SCIPY_TIMEOUT }, () => {
  it('is 0 for the same distribution', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i / 100);
    const result = populationStabilityIndex(xs, [...xs]);
    expect(result.psi).toBe(0);
    expect(result.level).toBe('stable');
    expect(result.bins).toHaveLength(10);
  });

  it('gives coarse scores one bin per value, so a shift under a heavy tie shows', () => {
    const baseline = [0, 0.5, ...Array.from({ length: 18 }, () => 1)];
    const result = populationStabilityIndex(baseline, [0, 0, 0, 0, 0, 0, 0.5, 1, 1, 1]);
    expect(result.bins.map((b) => b.upper)).toEqual([0, 0.5, Infinity]);
    expect(result.level).toBe('major');
  });

  it('merges duplicate quantile edges when values are many but tied', () => {
    const baseline = [...Array.from({ length: 30 }, (_, i) => i / 100), ...Array.from({ length: 70 }, () => 1)];
    const result = populationStabilityIndex(baseline, baseline);
    expect(result.bins.length).toBeLessThan(10);
    expect(result.psi).toBe(0);
  });

  it('agrees with a numpy/scipy reference of the same binning on 1,000 random pairs', () => {
    const random = seededRandom(81);
    const cases: [number[], number[], number, number][] = [];
    for (let i = 0; i < 1000; i++) {
      const coarse = i % 3 === 0 || i % 7 === 0;
      const draw = (n: number, shift: number) =>
        Array.from({ length: n }, () => {
          const v = random() + shift * random();
          return coarse ? Math.round(v * 5) / 5 : v;
        });
      const bins = [10, 5, 20][i % 3]!;
      cases.push([draw(randomInt(random, 5, 400), 0), draw(randomInt(random, 5, 400), [0, 0.2, 1][i % 3]!), bins, PSI_EPSILON]);
    }
    const expected = scipyReference<number>('psi', cases);
    cases.forEach(([baseline, head, bins], i) => {
      expectRelativelyClose(populationStabilityIndex(baseline, head, bins).psi, expected[i]!, `case ${i}`);
    });
  });

  it('rejects empty samples and too few bins', () => {
    expect(() => populationStabilityIndex([], [1])).toThrow(RangeError);
    expect(() => populationStabilityIndex([1], [1], 1)).toThrow(RangeError);
  });
});
