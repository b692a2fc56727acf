import { describe, expect, it } from 'vitest';
import { cumulativeStdNormalProbability } from 'simple-statistics';
import {
  binomialLogPmf,
  binomialPmf,
  logGamma,
  normalCdf,
  normalIsf,
  normalQuantile,
  normalSf,
} from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('normal distribution', { timeout: SCIPY_TIMEOUT }, () => {
  it('agrees with scipy.special.ndtr and norm.sf on 2,000 points, deep into the tails', () => {
    const random = seededRandom(11);
    const zs = Array.from({ length: 2000 }, (_, i) => (i % 2 ? -1 : 1) * random() * (i % 5 === 0 ? 37 : 8));
    const expected = scipyReference<[number, number]>('normal', zs.map((z) => [z]));
    zs.forEach((z, i) => {
      expectRelativelyClose(normalCdf(z), expected[i]![0], `cdf(${z})`);
      expectRelativelyClose(normalSf(z), expected[i]![1], `sf(${z})`);
    });
  });

  it('keeps its precision near 1: quantile(1 − 1e-12) and isf(1 − 1e-12) agree with SciPy', () => {
    const ps = [1 - 1e-12, 1 - 1e-9, 1 - 1e-15, 1 - 2 ** -52, 0.999999, 0.75];
    const expected = scipyReference<[number, number]>('normal_quantile', ps.map((p) => [p]));
    ps.forEach((p, i) => {
      expectRelativelyClose(normalQuantile(p), expected[i]![0], `quantile(${p})`);
      expectRelativelyClose(normalIsf(p), expected[i]![1], `isf(${p})`);
    });
    expect(normalQuantile(1 - 1e-12)).toBeCloseTo(7.0344869100478356, 12);
  });

  it('agrees with scipy.special.ndtri and norm.isf on 2,000 probabilities down to 1e-300', () => {
    const random = seededRandom(12);
    const ps = Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 10 ** (-300 * random()) : random()));
    const expected = scipyReference<[number, number]>('normal_quantile', ps.map((p) => [p]));
    ps.forEach((p, i) => {
      expectRelativelyClose(normalQuantile(p), expected[i]![0], `quantile(${p})`);
      expectRelativelyClose(normalIsf(p), expected[i]![1], `isf(${p})`);
    });
  });

  it('keeps tail precision where simple-statistics’ table runs out', () => {
    // Its table ends at z = 3.09, so at z = 5 it overstates the upper tail
    // (2.9e-7) by more than a thousand times.
    expect(1 - cumulativeStdNormalProbability(5)).toBeGreaterThan(1000 * normalSf(5));
    expectRelativelyClose(normalSf(5), 0.5 * normalCdf(-5) * 2, 'sf(5) = cdf(-5)');
  });
});

describe('log-space helpers', { timeout: SCIPY_TIMEOUT }, () => {
  it('logGamma agrees with scipy.special.gammaln on 2,000 points', () => {
    const random = seededRandom(13);
    const xs = Array.from({ length: 2000 }, (_, i) => (i % 2 ? randomInt(random, 1, 100000) : 1e-3 + random() * 500));
    const expected = scipyReference<number>('gammaln', xs.map((x) => [x]));
    xs.forEach((x, i) => {
      // gammaln crosses zero at 1 and 2, where a relative comparison is meaningless.
      if (x === 1 || x === 2) expect(logGamma(x)).toBe(0);
      else expectRelativelyClose(logGamma(x), expected[i]!, `gammaln(${x})`);
    });
  });

  it('binomial pmf and log-pmf agree with scipy.stats.binom on 2,000 points', () => {
    const random = seededRandom(14);
    const cases: [number, number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const n = randomInt(random, 1, i % 2 ? 50 : 5000);
      cases.push([randomInt(random, 0, n), n, i % 4 === 0 ? 0.5 : random()]);
    }
    const expected = scipyReference<[number, number]>('binom_pmf', cases);
    cases.forEach(([k, n, p], i) => {
      const [pmf, logPmf] = expected[i]!;
      if (pmf === 0) return; // below the double range: both sides say 0 in their own way
      expectRelativelyClose(binomialPmf(k, n, p), pmf, `pmf(${k}; ${n}, ${p})`);
      expectRelativelyClose(binomialLogPmf(k, n, p), logPmf, `logpmf(${k}; ${n}, ${p})`);
    });
  });
});
