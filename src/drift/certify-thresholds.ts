/**
 * Can this golden set certify the policy? For every rate threshold on what the golden
 * set measures (hallucination, citation, fact recall, faithfulness, context recall and precision, undetermined and error rates),
 * checks whether the one-sided 95 % bound of the observed rate is on the right side of
 * the threshold (src/stats/certify.ts). A threshold the observed rate already breaches
 * is the policy's ordinary breach, not a question of size, so it is not listed here.
 * A rate with nothing to measure is left to the policy's own "not measured" handling.
 * Code-coverage thresholds are measurements, not samples, and need no certification.
 */
import { THRESHOLD_KEYS } from '../policy/keys.js';
import type { Thresholds } from '../policy/types.js';
import type { Metrics, Rate } from '../report/types.js';
import { certifyRate, type BoundMethod, type Certification } from '../stats/index.js';
import { percent } from './explain.js';

type SampledRule = Exclude<keyof Thresholds, 'maxLatencyP95Ms' | 'minLineCoverage' | 'minBranchCoverage' | 'minPatchCoverage' | 'maxLineCoverageDrop'>;

/** Which metric each sampled threshold reads, and what one observation is called. */
const SAMPLED: Record<SampledRule, { rate: (m: Metrics) => Rate; unit: string; event: string; good: string }> = {
  maxHallucinationRate: { rate: (m) => m.hallucinationRate, unit: 'claims', event: 'hallucinated', good: 'with no hallucination' },
  maxCaseHallucinationRate: { rate: (m) => m.caseHallucinationRate, unit: 'cases', event: 'hallucinated', good: 'with no hallucination' },
  minCitationCoverage: { rate: (m) => m.citationCoverage, unit: 'claims', event: 'covered by their citations', good: 'all covered' },
  minCitationPrecision: { rate: (m) => m.citationPrecision, unit: 'citations', event: 'relevant', good: 'all relevant' },
  minFactRecall: { rate: (m) => m.factRecall, unit: 'expected facts', event: 'recalled', good: 'all recalled' },
  minFaithfulness: { rate: (m) => m.faithfulness, unit: 'claims', event: 'entailed by the contexts', good: 'all entailed' },
  minContextRecall: { rate: (m) => m.contextRecall, unit: 'relevant items', event: 'found in the contexts', good: 'all found' },
  minContextPrecision: { rate: (m) => m.contextPrecision, unit: 'retrieved passages', event: 'useful', good: 'all useful' },
  maxUndeterminedRate: { rate: (m) => m.undeterminedRate, unit: 'claims', event: 'undetermined', good: 'all determined' },
  maxErrorRate: { rate: (m) => m.errorRate, unit: 'cases', event: 'errored', good: 'with no error' },
};

export interface UncertifiedThreshold {
  /** The policy key, e.g. "max-hallucination-rate". */
  rule: string;
  message: string;
  certification: Certification;
}

export function uncertifiedThresholds(metrics: Metrics, thresholds: Thresholds, method: BoundMethod = 'exact'): UncertifiedThreshold[] {
  const result: UncertifiedThreshold[] = [];
  for (const rule of Object.keys(SAMPLED) as SampledRule[]) {
    const threshold = thresholds[rule];
    // Thresholds of 0 or 1 can never be shown by a finite sample; they are plain checks.
    if (threshold === null || threshold <= 0 || threshold >= 1) continue;
    const { key, label, bound } = THRESHOLD_KEYS[rule];
    const spec = SAMPLED[rule];
    const rate = spec.rate(metrics);
    const kind = bound;
    // Nothing measured (e.g. no expected facts): the policy reports that on its own.
    if (rate.denominator === 0) continue;
    if (rate.value !== null && (kind === 'max' ? rate.value > threshold : rate.value < threshold)) continue;
    const certification = certifyRate({ events: rate.numerator, n: rate.denominator, threshold, kind });
    const chosen = certification[method];
    if (chosen.demonstrated) continue;
    const other = certification[method === 'wilson' ? 'exact' : 'wilson'];
    const side = kind === 'max' ? 'upper' : 'lower';
    const more =
      chosen.moreIfAllGood === null
        ? 'no number of further observations would demonstrate it'
        : `${chosen.moreIfAllGood} more ${spec.unit} ${spec.good}` +
          (chosen.moreAtSameRate === null ? '' : `, or ${chosen.moreAtSameRate} more at the observed rate,`) +
          ' would demonstrate it';
    result.push({
      rule: key,
      certification,
      message:
        `${label} ${kind === 'max' ? '≤' : '≥'} ${percent(threshold)} is not demonstrated at 95% confidence: ` +
        `${rate.numerator} of ${rate.denominator} ${spec.unit} ${spec.event}, one-sided 95% ${side} bound ${percent(chosen.bound)} ` +
        `(${method === 'wilson' ? 'Wilson, not a true 95% bound near 0' : 'exact Clopper–Pearson'}; ${method === 'wilson' ? 'exact' : 'Wilson'} ${percent(other.bound)}); ${more}.`,
    });
  }
  return result;
}
