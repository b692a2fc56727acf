/**
 * Can a golden set of this size certify a rate threshold?
 *
 * A policy such as "hallucination rate ≤ 0.5 %" is demonstrated at 95 % confidence
 * only when the one-sided 95 % upper confidence bound of the observed rate is at or
 * below the threshold (for "citation coverage ≥ 90 %", when the one-sided lower bound
 * is at or above it). A one-sided 95 % bound is the matching end of the two-sided 90 %
 * interval. Both the Wilson and the exact (Clopper–Pearson) bounds are given; the exact
 * bound is the conservative one. Example: with zero hallucinations, showing ≤ 0.5 %
 * takes 539 claims by Wilson and 598 by the exact bound (the "rule of three", 3/n).
 *
 * When the set is too small this also says how many more observations it would take:
 * - at the same observed rate (impossible when that rate is itself on the wrong side), and
 * - if every further observation were good (no more hallucinations / all covered).
 */
import { exactBinomialInterval } from './exact-interval.js';
import { assertConfidence, assertCount, assertProbability } from './validate.js';
import { wilsonInterval, type Interval } from './wilson.js';

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
  const twoSided = 1 - 2 * (1 - confidence);
  const interval = (k: number, size: number): Interval =>
    method === 'wilson' ? wilsonIntervalReal(k, size, twoSided) : exactIntervalReal(k, size, twoSided);
  const boundOf = (k: number, size: number) => (kind === 'max' ? interval(k, size).upper : interval(k, size).lower);
  const meets = (k: number, size: number) => (kind === 'max' ? boundOf(k, size) <= threshold : boundOf(k, size) >= threshold);

  const bound = boundOf(events, n);
  const demonstrated = n > 0 && meets(events, n);
  if (demonstrated) return { method, bound, demonstrated, moreAtSameRate: 0, moreIfAllGood: 0 };

  // All further observations good: 'max' adds non-events, 'min' adds events.
  const moreIfAllGood = smallestMore((m) => meets(kind === 'max' ? events : events + m, n + m));
  const rate = n === 0 ? null : events / n;
  const sameRateCanWork = rate !== null && (kind === 'max' ? rate < threshold : rate > threshold);
  const moreAtSameRate = sameRateCanWork ? smallestMore((m) => meets(rate * (n + m), n + m)) : null;
  return { method, bound, demonstrated, moreAtSameRate, moreIfAllGood };
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

// At the same observed rate the projected event count need not be an integer; both
// interval formulas are defined for real counts, so the projections use them directly.
function wilsonIntervalReal(k: number, n: number, confidence: number): Interval {
  return Number.isInteger(k) ? wilsonInterval(k, n, confidence) : scaled(k, n, confidence, wilsonInterval);
}

function exactIntervalReal(k: number, n: number, confidence: number): Interval {
  return Number.isInteger(k) ? exactBinomialInterval(k, n, confidence) : scaled(k, n, confidence, exactBinomialInterval);
}

/**
 * Conservative integer projection of a real count: the interval for the nearest
 * integer count on the unfavourable side, so advice never understates what is needed.
 */
function scaled(k: number, n: number, confidence: number, f: (k: number, n: number, c: number) => Interval): Interval {
  const below = f(Math.floor(k), n, confidence);
  const above = f(Math.ceil(k), n, confidence);
  return { lower: Math.min(below.lower, above.lower), upper: Math.max(below.upper, above.upper) };
}
