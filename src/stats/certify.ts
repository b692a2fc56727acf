/**
 * Can a golden set of this size certify a rate threshold?
 *
 * A policy such as "hallucination rate ≤ 0.5 %" is demonstrated at 95 % confidence
 * only when the one-sided 95 % upper confidence bound of the observed rate is at or
 * below the threshold (for "citation coverage ≥ 90 %", when the one-sided lower bound
 * is at or above it). A one-sided 95 % bound is the matching end of the two-sided 90 %
 * interval. Both the exact (Clopper–Pearson) and the Wilson bounds are given. Only the
 * exact one is a true 95 % bound: with zero hallucinations in 539 claims Wilson
 * "demonstrates" ≤ 0.5 %, yet an app whose true rate is 0.5 % shows 0 of 539 with
 * probability 0.995^539 = 6.7 %; the exact bound needs 598 claims (0.995^598 < 5 %).
 *
 * When the set is too small this also says how many more observations it would take:
 * - if every further observation were good (no more hallucinations / all covered): the
 *   smallest number that demonstrates it (the bound then only improves with more);
 * - at the same observed rate (impossible when that rate is itself on the wrong side):
 *   the smallest number from which every larger set at that rate demonstrates it. A
 *   projected count is rounded to the unfavourable side (so advice never understates),
 *   and each step up of the rounded count moves the bound back up: "demonstrated" at the
 *   same rate switches on and off before it holds for good, so the answer is where it
 *   stops switching, not the first size where it holds.
 */
import betaincinv from '@stdlib/math-base-special-betaincinv';
import { normalQuantile } from './normal.js';
import { assertConfidence, assertCount, assertProbability } from './validate.js';

export type ThresholdKind = 'max' | 'min';
export type BoundMethod = 'wilson' | 'exact';

export interface CertificationInput {
  /** Observations counted by the rate (e.g. hallucinated claims, or covered claims). */
  events: number;
  /** All observations (e.g. claims). */
  n: number;
  /** The policy threshold on events/n. */
  threshold: number;
  /** 'max': the rate must be at most the threshold; 'min': at least. */
  kind: ThresholdKind;
  /** One-sided confidence, 0.95 by default. */
  confidence?: number;
}

export interface BoundCertification {
  method: BoundMethod;
  /** The one-sided bound that is compared with the threshold. */
  bound: number;
  demonstrated: boolean;
  /** More observations needed at the same observed rate; 0 when demonstrated, null when no number suffices. */
  moreAtSameRate: number | null;
  /** More observations needed if all of them are good; 0 when demonstrated, null when no number suffices. */
  moreIfAllGood: number | null;
}

export interface Certification {
  events: number;
  n: number;
  rate: number | null;
  threshold: number;
  kind: ThresholdKind;
  confidence: number;
  wilson: BoundCertification;
  exact: BoundCertification;
}

/** Larger searches are not useful advice: the answer is "no practical size". */
const SEARCH_LIMIT = 1e9;

export function certifyRate(input: CertificationInput): Certification {
  const { events, n, threshold, kind } = input;
  const confidence = input.confidence ?? 0.95;
  assertCount('events', events);
  assertCount('n', n);
  if (events > n) throw new RangeError(`certifyRate: events (${events}) exceed n (${n})`);
  assertProbability('threshold', threshold);
  assertConfidence(confidence);
  const make = (method: BoundMethod) => certifyWith(method, events, n, threshold, kind, confidence);
  return {
    events,
    n,
    rate: n === 0 ? null : events / n,
    threshold,
    kind,
    confidence,
    wilson: make('wilson'),
    exact: make('exact'),
  };
}

function certifyWith(
  method: BoundMethod,
  events: number,
  n: number,
  threshold: number,
  kind: ThresholdKind,
  confidence: number,
): BoundCertification {
  const alpha = 2 * (1 - confidence); // of the two-sided interval whose one end is the bound
  const boundOf = (k: number, size: number) => oneSidedBound(method, kind, k, size, alpha);
  const meets = (k: number, size: number) => (kind === 'max' ? boundOf(k, size) <= threshold : boundOf(k, size) >= threshold);

  const bound = boundOf(events, n);
  const demonstrated = n > 0 && meets(events, n);
  if (demonstrated) return { method, bound, demonstrated, moreAtSameRate: 0, moreIfAllGood: 0 };

  // All further observations good: 'max' adds non-events, 'min' adds events.
  const moreIfAllGood = smallestMore((m) => meets(kind === 'max' ? events : events + m, n + m));
  const sameRateCanWork = n > 0 && (kind === 'max' ? events / n < threshold : events / n > threshold);
  const sameRate = sameRateCanWork ? sizeForGoodAtSameRate(events, n, kind, meets) : null;
  return { method, bound, demonstrated, moreAtSameRate: sameRate === null ? null : sameRate - n, moreIfAllGood };
}

/**
 * The one-sided bound for a count that may be real (a projection); both formulas are
 * defined for real counts, and at integer counts they equal wilsonInterval and
 * exactBinomialInterval.
 */
function oneSidedBound(method: BoundMethod, kind: ThresholdKind, k: number, n: number, alpha: number): number {
  if (n === 0) return kind === 'max' ? 1 : 0;
  if (kind === 'max' && k >= n) return 1;
  if (kind === 'min' && k <= 0) return 0;
  if (method === 'exact') {
    return kind === 'max' ? betaincinv(alpha / 2, k + 1, n - k, true) : betaincinv(alpha / 2, k, n - k + 1);
  }
  const z = normalQuantile(1 - alpha / 2);
  const p = k / n;
  const denom = 2 * (n + z * z);
  const centre = (2 * n * p + z * z) / denom;
  const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z * z);
  return kind === 'max' ? centre + delta : centre - delta;
}

/** Smallest m ≥ 1 with ok(m), for ok monotone in m; null if none below SEARCH_LIMIT. */
function smallestMore(ok: (m: number) => boolean): number | null {
  let high = 1;
  while (!ok(high)) {
    if (high >= SEARCH_LIMIT) return null;
    high *= 2;
  }
  let low = Math.floor(high / 2); // ok(low) is false, or low is 0
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (ok(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/** Rounded-count intervals scanned before settling for the (valid, larger) upper bound. */
const SCAN_LIMIT = 100_000;

/**
 * The smallest size N > n from which every size at the observed rate e/n demonstrates the
 * threshold, with the count at size N rounded to the unfavourable side (up for 'max',
 * down for 'min'). Over sizes where the rounded count stays the same, the bound only
 * worsens towards one end (the first size for 'max', the last for 'min'), so it is
 * enough to check that end of each such stretch.
 * 1. N*: from here on it holds for good, because the bound with one whole event more
 *    (or less) than the real projection, which no rounding exceeds, is already on the
 *    right side and keeps improving with size (bisection on that monotone condition).
 * 2. Below N*, the stretches are checked downwards until one fails; the answer is just
 *    above the largest failing size.
 */
function sizeForGoodAtSameRate(
  e: number,
  n: number,
  kind: ThresholdKind,
  meets: (k: number, size: number) => boolean,
): number | null {
  const slack = kind === 'max' ? 1 : -1;
  const more = smallestMore((m) => {
    const size = n + m;
    const k = (e * size) / n + slack;
    return meets(k, size);
  });
  if (more === null) return null;
  const goodFrom = n + more;
  const count = (size: number) => (kind === 'max' ? Math.ceil((e * size) / n) : Math.floor((e * size) / n));
  // First size of the stretch with rounded count c.
  const stretchStart = (c: number) => (kind === 'max' ? Math.floor(((c - 1) * n) / e) + 1 : Math.ceil((c * n) / e));
  let top = goodFrom - 1;
  for (let scanned = 0; top > n && scanned < SCAN_LIMIT; scanned++) {
    const c = count(top);
    const start = Math.max(n + 1, e === 0 ? n + 1 : stretchStart(c));
    if (kind === 'min') {
      // The lower bound falls as the size grows at a fixed count: the top is the worst.
      if (!meets(c, top)) return top + 1;
    } else if (!meets(c, start)) {
      // The upper bound falls as the size grows: find the last failing size.
      let lo = start; // fails
      let hi = top + 1; // holds (or is goodFrom)
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (meets(c, mid)) hi = mid;
        else lo = mid;
      }
      return hi;
    }
    top = start - 1;
  }
  return top <= n ? n + 1 : goodFrom;
}
