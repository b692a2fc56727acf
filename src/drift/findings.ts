/**
 * Builders for each kind of drift finding. A test finding starts as a draft with its
 * test, statistic, one-sided p-value (the direction of a regression is fixed in advance),
 * effect (head minus baseline) with its interval and direction; `settle` then decides
 * it, once the gating tests have been corrected together (correction.ts): significant
 * when it is a regression, its p-value (adjusted, for gating findings) is ≤ α and
 * |effect| ≥ the minimum effect, both set by the policy.
 */
import {
  compareProportions,
  ksTwoSample,
  mcnemarExactCounts,
  populationStabilityIndex,
  wilsonInterval,
  type Interval,
} from '../stats/index.js';
import type { DriftFinding } from '../report/types.js';
import { count, pointsInterval } from '../report/format.js';
import { idList, minEffectPoints, percent, points, pValue, verdictWords } from './explain.js';

type Role = DriftFinding['role'];

export interface Thresholds {
  alpha: number;
  minEffect: number;
  /** Confidence level of effect intervals. */
  confidence: number;
}

type Direction = DriftFinding['direction'];

/** 'higher-is-worse' for hallucination and error rates, 'higher-is-better' for coverage. */
export type Polarity = 'higher-is-worse' | 'higher-is-better';

export function directionOf(effect: number, polarity: Polarity): Direction {
  if (effect === 0 || Number.isNaN(effect)) return 'none';
  const worse = polarity === 'higher-is-worse' ? effect > 0 : effect < 0;
  return worse ? 'regression' : 'improvement';
}

export function isSignificant(direction: Direction, p: number | null, effect: number, t: Thresholds): boolean {
  return direction === 'regression' && p !== null && p <= t.alpha && Math.abs(effect) >= t.minEffect;
}

/** A test finding before the correction: the words around its verdict are kept apart. */
export interface Draft {
  finding: Omit<DriftFinding, 'adjustedPValue' | 'role' | 'correction' | 'significant' | 'explanation'> & { pValue: number };
  role: Role;
  /** What was measured, ending before the test's name. */
  text: string;
  /** The test's name, e.g. "Fisher exact, one-sided". */
  testWords: string;
  /** The minimum effect in the finding's unit. */
  minEffectWords: string;
  /** A floor of practical size besides the minimum effect (latency); true when none. */
  practical: boolean;
}

/** The decided finding; `adjusted` and `correction` are given for corrected (gating) findings. */
export function settle(draft: Draft, t: Thresholds, adjusted: number | null = null, correction: string | null = null): DriftFinding {
  const { finding } = draft;
  const p = adjusted ?? finding.pValue;
  const significant = draft.practical && isSignificant(finding.direction, p, finding.effect ?? 0, t);
  const pWords = adjusted === null ? pValue(finding.pValue) : `${pValue(finding.pValue)}, adjusted ${pValue(adjusted)} after ${correction}`;
  const role = draft.role === 'descriptive' ? ', descriptive' : '';
  return {
    ...finding,
    adjustedPValue: adjusted,
    role: draft.role,
    correction,
    significant,
    explanation: `${draft.text}; ${draft.testWords} ${pWords}${role}: ${verdictWords(finding.direction, significant, t.alpha, draft.minEffectWords, true)}.`,
  };
}

export interface PairedFlags {
  /** Ids of the pairs that went from no to yes (e.g. started hallucinating). */
  becameYes: string[];
  /** Ids of the pairs that went from yes to no (e.g. stopped hallucinating). */
  becameNo: string[];
  pairs: number;
}

/**
 * Paired yes/no outcomes (per-case hallucination flags) → McNemar's exact test.
 * Effect: the change in the share of "yes", (becameYes − becameNo)/pairs. Its interval
 * conditions on the discordant pairs: the Wilson interval of becameYes/(discordant),
 * mapped to (discordant/pairs)·(2·share − 1).
 */
export function pairedFinding(metric: string, label: string, flags: PairedFlags, t: Thresholds): Draft {
  const up = flags.becameYes.length;
  const down = flags.becameNo.length;
  const discordant = up + down;
  const { pValue: p } = mcnemarExactCounts(up, down, 'greater');
  const effect = flags.pairs === 0 ? 0 : (up - down) / flags.pairs;
  const share = wilsonInterval(up, discordant, t.confidence);
  const scale = flags.pairs === 0 ? 0 : discordant / flags.pairs;
  const effectCi = discordant === 0 ? { lower: 0, upper: 0 } : { lower: scale * (2 * share.lower - 1), upper: scale * (2 * share.upper - 1) };
  const direction = directionOf(effect, 'higher-is-worse');
  const started = up === 0 ? `no case started ${label}` : `${count(up)} case${up === 1 ? '' : 's'} started ${label} (${idList(flags.becameYes)})`;
  const stopped = down === 0 ? `none stopped` : `${count(down)} stopped (${idList(flags.becameNo)})`;
  return {
    finding: { test: 'mcnemar', metric, scope: 'overall', statistic: up, pValue: p, effect, effectCi, direction },
    role: 'gating',
    text: `Paired over ${count(flags.pairs)} unchanged cases: ${started} and ${stopped}, ${points(effect)} (${ciWords(effectCi, t.confidence)})`,
    testWords: 'McNemar exact, one-sided',
    minEffectWords: minEffectPoints(t.minEffect),
    practical: true,
  };
}

export interface Counts {
  events: number;
  n: number;
}

/** Two independent rates (head vs baseline) → z-test where valid, Fisher otherwise, one-sided. */
export function rateFinding(
  metric: string,
  label: string,
  scope: string,
  head: Counts,
  baseline: Counts,
  polarity: Polarity,
  t: Thresholds,
): Draft {
  // A regression is a higher rate for higher-is-worse metrics and a lower one otherwise.
  const alternative = polarity === 'higher-is-worse' ? 'greater' : 'less';
  const comparison = compareProportions({ successes: head.events, n: head.n }, { successes: baseline.events, n: baseline.n }, t.confidence, alternative);
  const effect = comparison.difference;
  const where = scope === 'overall' ? '' : ` in category "${scope}"`;
  const testName = comparison.test === 'z' ? 'two-proportion z-test' : 'Fisher exact';
  return {
    finding: {
      test: comparison.test === 'z' ? 'z-test' : 'fisher',
      metric,
      scope,
      statistic: comparison.statistic,
      pValue: comparison.pValue,
      effect,
      effectCi: comparison.interval,
      direction: directionOf(effect, polarity),
    },
    role: 'gating',
    text:
      `${label}${where} went from ${percent(baseline.events / baseline.n)} (${count(baseline.events)}/${count(baseline.n)}) to ` +
      `${percent(head.events / head.n)} (${count(head.events)}/${count(head.n)}), ${points(effect)} (${ciWords(comparison.interval, t.confidence)})`,
    testWords: `${testName}, one-sided`,
    minEffectWords: minEffectPoints(t.minEffect),
    practical: true,
  };
}

/**
 * Two distributions of judge scores → one-sided two-sample Kolmogorov–Smirnov (are the
 * head's scores lower?). Effect: the change in mean score (higher = more confidently
 * supported); KS gives no interval for it. Gating only when the policy says so.
 */
export function scoreDistributionFinding(head: number[], baseline: number[], t: Thresholds, role: Role): Draft {
  const ks = ksTwoSample(head, baseline, 'greater');
  const effect = mean(head) - mean(baseline);
  return {
    finding: { test: 'ks', metric: 'judgeScore', scope: 'overall', statistic: ks.statistic, pValue: ks.pValue, effect, effectCi: null, direction: directionOf(effect, 'higher-is-better') },
    role,
    text:
      `Judge scores (${baseline.length} → ${head.length} claims): mean ${mean(baseline).toFixed(3)} → ${mean(head).toFixed(3)}, ` +
      `largest excess of the head's score distribution over the baseline's D⁺ = ${ks.statistic.toFixed(3)}`,
    testWords: `KS (${ks.method}, one-sided: lower scores)`,
    minEffectWords: `${t.minEffect} in mean score`,
    practical: true,
  };
}

/**
 * Population Stability Index of judge scores. A descriptive distance with no p-value,
 * so it is never "significant"; its conventional level is stated instead.
 */
export function scoreStabilityFinding(head: number[], baseline: number[]): DriftFinding {
  const psi = populationStabilityIndex(baseline, head);
  const shift = mean(head) - mean(baseline);
  const direction: Direction = psi.level === 'stable' ? 'none' : directionOf(shift, 'higher-is-better');
  return {
    test: 'psi',
    metric: 'judgeScore',
    scope: 'overall',
    statistic: psi.psi,
    pValue: null,
    adjustedPValue: null,
    role: 'descriptive',
    correction: null,
    effect: psi.psi,
    effectCi: null,
    direction,
    significant: false,
    explanation:
      `Judge-score stability index PSI = ${psi.psi.toFixed(3)} over ${psi.bins.length} baseline-quantile bins: ` +
      `${psi.level === 'stable' ? 'stable (< 0.1)' : psi.level === 'moderate' ? 'a moderate shift (0.1–0.25)' : 'a major shift (> 0.25)'}; descriptive, no p-value.`,
  };
}

/**
 * A deterministic measurement (line coverage of the whole code base): not a sample, so
 * there is no p-value; the change is real and significant when it reaches the minimum
 * effect.
 */
export function deltaFinding(
  metric: string,
  label: string,
  head: number,
  baseline: number,
  polarity: Polarity,
  t: Thresholds,
  judged = true,
  note = '',
): DriftFinding {
  const effect = head - baseline;
  const direction = directionOf(effect, polarity);
  const significant = judged && direction === 'regression' && Math.abs(effect) >= t.minEffect;
  const words = judged ? verdictWords(direction, significant, t.alpha, minEffectPoints(t.minEffect), false) : 'shown for context';
  return {
    test: 'delta',
    metric,
    scope: 'overall',
    statistic: null,
    pValue: null,
    adjustedPValue: null,
    role: judged ? 'gating' : 'descriptive',
    correction: null,
    effect,
    effectCi: null,
    direction,
    significant,
    explanation: `${label} went from ${percent(baseline)} to ${percent(head)}, ${points(effect)}${note}: ${words}.`,
  };
}

/**
 * Latency jitters between runs even when nothing changed (a 1 ms to 1.4 ms p95 is noise that
 * KS sees as "significant" over thousands of cases), so a latency finding also needs a
 * change of practical size: at least 50 ms and at least 10 % in p95.
 */
export const LATENCY_MIN_CHANGE_MS = 50;
export const LATENCY_MIN_RELATIVE_CHANGE = 0.1;

/**
 * Per-case latencies → one-sided KS on the distributions (is the head slower?); effect is
 * the relative change of the p95 (0.2 = 20 % slower), compared with the minimum effect and
 * the practical floor above. Gating only when the policy says so.
 */
export function latencyFinding(head: number[], baseline: number[], p95: (values: number[]) => number, t: Thresholds, role: Role): Draft {
  // Slower head: its CDF lies below the baseline's, SciPy's alternative 'less'.
  const ks = ksTwoSample(head, baseline, 'less');
  const before = p95(baseline);
  const after = p95(head);
  const effect = before === 0 ? (after === 0 ? 0 : Infinity) : after / before - 1;
  return {
    finding: { test: 'ks', metric: 'latencyP95Ms', scope: 'overall', statistic: ks.statistic, pValue: ks.pValue, effect, effectCi: null, direction: directionOf(effect, 'higher-is-worse') },
    role,
    text: `Latency p95 went from ${Math.round(before)} ms to ${Math.round(after)} ms (${effect >= 0 ? '+' : '−'}${Math.abs(effect * 100).toFixed(1)}%)`,
    testWords: 'KS on per-case latencies, one-sided: slower',
    minEffectWords: `a change in p95 of ${LATENCY_MIN_CHANGE_MS} ms and ${Math.max(LATENCY_MIN_RELATIVE_CHANGE, t.minEffect) * 100}%`,
    practical: Math.abs(after - before) >= LATENCY_MIN_CHANGE_MS && Math.abs(effect) >= LATENCY_MIN_RELATIVE_CHANGE,
  };
}

function ciWords(interval: Interval, confidence: number): string {
  return pointsInterval(interval, confidence);
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}
