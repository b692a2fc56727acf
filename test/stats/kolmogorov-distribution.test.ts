import { describe, it } from 'vitest';
import { kolmogorovSf, ksOneSampleSf, smirnovSf } from '../../src/stats/index.js';
import { SCIPY_TIMEOUT, expectRelativelyClose, randomInt, scipyReference, seededRandom } from './reference.js';

describe('Kolmogorov–Smirnov distributions', { timeout: SCIPY_TIMEOUT }, () => {
  it('kolmogorovSf agrees with scipy.special.kolmogorov on 2,000 points', () => {
    const random = seededRandom(73);
    const ts = Array.from({ length: 2000 }, () => random() * 6);
    const expected = scipyReference<number>('kolmogorov', ts.map((t) => [t]));
    ts.forEach((t, i) => expectRelativelyClose(kolmogorovSf(t), expected[i]!, `kolmogorov(${t})`));
  });

  it('smirnovSf agrees with scipy.special.smirnov on 1,500 points', () => {
    const random = seededRandom(74);
    const cases = Array.from({ length: 1500 }, (_, i) => {
      const n = randomInt(random, 1, [10, 200, 5000][i % 3]!);
      return [n, random() * (i % 2 ? 1 : Math.min(1, 3 / Math.sqrt(n)))] as [number, number];
    });
    const expected = scipyReference<number>('smirnov', cases);
    cases.forEach(([n, x], i) => expectRelativelyClose(smirnovSf(n, x), expected[i]!, `smirnov(${n}, ${x})`));
  });

  it('ksOneSampleSf agrees with scipy.stats.kstwo.sf on 2,000 points across its methods', () => {
    const random = seededRandom(75);
    const cases = Array.from({ length: 2000 }, (_, i) => {
      // Small n (Durbin matrix, Pomeranz), large n (Pelz–Good, Durbin), and both tails.
      const n = i % 2 ? randomInt(random, 1, 140) : randomInt(random, 141, i % 40 === 0 ? 200_000 : 5000);
      const x = i % 5 === 0 ? random() : (random() * 2.5) / Math.sqrt(n);
      return [n, x] as [number, number];
    });
    const expected = scipyReference<number>('kstwo_sf', cases);
    cases.forEach(([n, x], i) => expectRelativelyClose(ksOneSampleSf(n, x), expected[i]!, `kstwo.sf(${x}, ${n})`));
  });
});
