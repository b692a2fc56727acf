import { describe, expect, it } from 'vitest';
import { certifyRate, exactBinomialInterval, wilsonInterval } from '../../src/stats/index.js';

const Z95_ONE_SIDED_SQUARED = 1.6448536269514722 ** 2;

describe('certifyRate', () => {
  it('with zero hallucinations, ≤ 0.5 % needs the n where the one-sided 95 % bound reaches 0.5 %', () => {
    const threshold = 0.005;
    // Closed forms at k = 0: Wilson upper = z²/(n + z²), exact upper = 1 − 0.05^(1/n).
    const wilsonN = Math.ceil((Z95_ONE_SIDED_SQUARED * (1 - threshold)) / threshold);
    const exactN = Math.ceil(Math.log(0.05) / Math.log(1 - threshold));
    expect(wilsonN).toBe(539);
    expect(exactN).toBe(598);

    const short = certifyRate({ events: 0, n: 100, threshold, kind: 'max' });
    expect(short.wilson.demonstrated).toBe(false);
    expect(short.wilson.moreIfAllGood).toBe(wilsonN - 100);
    expect(short.exact.moreIfAllGood).toBe(exactN - 100);
    // At the same (zero) rate, more claims are all good claims.
    expect(short.wilson.moreAtSameRate).toBe(wilsonN - 100);

    expect(certifyRate({ events: 0, n: wilsonN, threshold, kind: 'max' }).wilson.demonstrated).toBe(true);
    expect(certifyRate({ events: 0, n: wilsonN - 1, threshold, kind: 'max' }).wilson.demonstrated).toBe(false);
    expect(certifyRate({ events: 0, n: exactN, threshold, kind: 'max' }).exact.demonstrated).toBe(true);
    expect(certifyRate({ events: 0, n: exactN - 1, threshold, kind: 'max' }).exact.demonstrated).toBe(false);
  });

  it('the advised size is the smallest that works', () => {
    const input = { events: 3, n: 200, threshold: 0.02, kind: 'max' as const };
    const result = certifyRate(input);
    const more = result.wilson.moreIfAllGood!;
    expect(wilsonInterval(3, 200 + more, 0.9).upper).toBeLessThanOrEqual(0.02);
    expect(wilsonInterval(3, 200 + more - 1, 0.9).upper).toBeGreaterThan(0.02);
    const moreExact = result.exact.moreIfAllGood!;
    expect(exactBinomialInterval(3, 200 + moreExact, 0.9).upper).toBeLessThanOrEqual(0.02);
    expect(exactBinomialInterval(3, 200 + moreExact - 1, 0.9).upper).toBeGreaterThan(0.02);
    expect(result.wilson.moreAtSameRate).toBeGreaterThan(more);
  });

  it('says no size suffices at a rate on the wrong side of the threshold', () => {
    const result = certifyRate({ events: 10, n: 100, threshold: 0.05, kind: 'max' });
    expect(result.wilson.moreAtSameRate).toBeNull();
    expect(result.wilson.moreIfAllGood).toBeGreaterThan(0);
  });

  it('handles minimum thresholds with the lower bound', () => {
    const result = certifyRate({ events: 95, n: 100, threshold: 0.9, kind: 'min' });
    expect(result.wilson.bound).toBeCloseTo(wilsonInterval(95, 100, 0.9).lower, 15);
    expect(result.wilson.demonstrated).toBe(result.wilson.bound >= 0.9);
    const covered = certifyRate({ events: 1000, n: 1000, threshold: 0.98, kind: 'min' });
    expect(covered.wilson.demonstrated).toBe(true);
    expect(covered.wilson.moreIfAllGood).toBe(0);
  });

  it('an empty set demonstrates nothing', () => {
    const result = certifyRate({ events: 0, n: 0, threshold: 0.02, kind: 'max' });
    expect(result.rate).toBeNull();
    expect(result.wilson.demonstrated).toBe(false);
    expect(result.wilson.moreAtSameRate).toBeNull();
    expect(result.wilson.moreIfAllGood).toBeGreaterThan(0);
  });
});
