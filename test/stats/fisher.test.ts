import { describe, expect, it } from 'vitest';
import { fisherExact, type Alternative } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

function randomTables(seed: number, count: number): [number, number, number, number][] {
  const random = seededRandom(seed);
  const tables: [number, number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const scale = [5, 20, 100, 1000, 10000][i % 5]!;
    const a = randomInt(random, 0, scale);
    const b = randomInt(random, 0, scale);
    // Every sixth table mirrors its rows, so exact ties in probability are exercised.
    if (i % 6 === 0) tables.push([a, b, b, a]);
    else tables.push([a, b, randomInt(random, 0, scale), randomInt(random, 0, scale)]);
  }
  return tables;
}

describe('fisherExact', { timeout: SCIPY_TIMEOUT }, () => {
  it('gives p = 1 and no odds ratio when a margin is empty', () => {
    expect(fisherExact({ a: 0, b: 0, c: 3, d: 4 })).toEqual({ oddsRatio: null, pValue: 1 });
  });

  it('reports an infinite odds ratio when b or c is 0', () => {
    expect(fisherExact({ a: 5, b: 0, c: 1, d: 5 }).oddsRatio).toBe(Infinity);
  });

  for (const [alternative, seed] of [['two-sided', 31], ['less', 32], ['greater', 33]] as [Alternative, number][]) {
    it(`agrees with scipy.stats.fisher_exact (${alternative}) on 1,200 random tables`, () => {
      const tables = randomTables(seed, 1200);
      const expected = scipyReference<[number | null, number]>(
        'fisher',
        tables.map((t) => [...t, alternative]),
      );
      tables.forEach(([a, b, c, d], i) => {
        const result = fisherExact({ a, b, c, d }, alternative);
        const [oddsRatio, pValue] = expected[i]!;
        expectRelativelyClose(result.oddsRatio, oddsRatio, `odds ratio [[${a}, ${b}], [${c}, ${d}]]`);
        expectRelativelyClose(result.pValue, pValue, `p [[${a}, ${b}], [${c}, ${d}]] ${alternative}`);
      });
    });
  }
});
