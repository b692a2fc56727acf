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

/** Whether n + m claims at the rate e/n demonstrate the threshold, the count rounded unfavourably. */
function holdsAtSameRate(method: 'wilson' | 'exact', e: number, n: number, m: number, threshold: number, kind: 'max' | 'min'): boolean {
  const size = n + m;
  const k = kind === 'max' ? Math.ceil((e * size) / n) : Math.floor((e * size) / n);
  const interval = method === 'wilson' ? wilsonInterval(k, size, 0.9) : exactBinomialInterval(k, size, 0.9);
  return kind === 'max' ? interval.upper <= threshold : interval.lower >= threshold;
}

describe('certifyRate: more observations at the observed rate', () => {
  it('1 of 300 at ≤ 0.5 %: the size from which it holds for good, not the first size where it holds', () => {
    const result = certifyRate({ events: 1, n: 300, threshold: 0.005, kind: 'max' });
    for (const method of ['wilson', 'exact'] as const) {
      const more = result[method].moreAtSameRate!;
      // Brute force: the last size that fails, over a range well past the answer.
      let lastFailing = 0;
      let firstHolding = 0;
      for (let m = 1; m <= more + 20_000; m++) {
        const holds = holdsAtSameRate(method, 1, 300, m, 0.005, 'max');
        if (!holds) lastFailing = m;
        else if (firstHolding === 0) firstHolding = m;
      }
      expect(more, method).toBe(lastFailing + 1);
      // The condition switches on and off before it settles.
      expect(firstHolding, method).toBeLessThan(more);
      // The exact bound's figures: it holds first at 4,796 more, for good from 5,744.
      if (method === 'exact') expect([firstHolding, more]).toEqual([4796, 5744]);
    }
  });

  it('agrees with a brute-force scan on many rates, for both kinds of threshold', () => {
    const cases: [number, number, number, 'max' | 'min'][] = [
      [2, 150, 0.03, 'max'],
      [5, 400, 0.02, 'max'],
      [0, 50, 0.01, 'max'],
      [7, 300, 0.05, 'max'],
      [92, 100, 0.85, 'min'],
      [181, 200, 0.88, 'min'],
      [287, 300, 0.9, 'min'],
      [50, 50, 0.97, 'min'],
    ];
    for (const [e, n, threshold, kind] of cases) {
      const result = certifyRate({ events: e, n, threshold, kind });
      for (const method of ['wilson', 'exact'] as const) {
        const more = result[method].moreAtSameRate;
        if (more === 0) continue;
        expect(more, `${method} ${e}/${n}`).not.toBeNull();
        let lastFailing = 0;
        for (let m = 1; m <= more! + 5_000; m++) if (!holdsAtSameRate(method, e, n, m, threshold, kind)) lastFailing = m;
        expect(more, `${method} ${e}/${n} ${kind} ${threshold}`).toBe(lastFailing + 1);
      }
    }
  });

  it('the exact bound is a true 95 % bound where Wilson is not: 0 of 539 claims at ≤ 0.5 %', () => {
    const zeroOf539 = certifyRate({ events: 0, n: 539, threshold: 0.005, kind: 'max' });
    expect(zeroOf539.wilson.demonstrated).toBe(true);
    expect(zeroOf539.exact.demonstrated).toBe(false);
    // With a true rate of exactly 0.5 %, 0 of n happens with probability 0.995^n: the
    // bound is a 95 % one only if that is at most 5 % wherever it demonstrates ≤ 0.5 %.
    expect(0.995 ** 539).toBeGreaterThan(0.05);
    expect(0.995 ** 598).toBeLessThanOrEqual(0.05);
    expect(zeroOf539.exact.moreIfAllGood).toBe(598 - 539);
    // Coverage of the exact bound over the rates it claims to exclude, at a few sizes.
    for (const n of [100, 300, 600, 1000]) {
      const p = 0.005;
      let wronglyDemonstrated = 0;
      for (let k = 0; k <= n; k++) {
        if (!certifyRate({ events: k, n, threshold: p, kind: 'max' }).exact.demonstrated) break;
        wronglyDemonstrated += Math.exp(logBinomialPmf(k, n, p));
      }
      expect(wronglyDemonstrated, `n = ${n}`).toBeLessThanOrEqual(0.05);
    }
  });
});

function logBinomialPmf(k: number, n: number, p: number): number {
  let logChoose = 0;
  for (let i = 1; i <= k; i++) logChoose += Math.log((n - k + i) / i);
  return logChoose + k * Math.log(p) + (n - k) * Math.log(1 - p);
}
