import type {
  Breach,
  DriftFinding,
  Metrics,
  Rate,
  ReportCoverage,
  ReportDrift,
  Verdict,
} from '../report/types.js';
import { count, percent, percentPair } from '../report/format.js';
import { OPTION_KEYS, THRESHOLD_KEYS } from './keys.js';
import type { ResolvedPolicy, RuleAction, Thresholds } from './types.js';

/** Everything the policy looks at; plain data, no I/O. */
export interface GateInput {
  metrics: Metrics;
  /** null when no coverage report was configured. */
  coverage: ReportCoverage | null;
  drift: ReportDrift | null;
  responses: { missing: string[]; unknown: string[] };
  partial: boolean;
  partialReason: string | null;
  /** Configured inputs that were missing or unreadable, already explained. */
  inputProblems: string[];
  /** Thresholds the golden set is too small to demonstrate (from src/stats certification). */
  uncertified: { rule: string; message: string }[];
}

export function formatThreshold(rule: keyof Thresholds, value: number | null): string {
  if (value === null) return 'n/a';
  return THRESHOLD_KEYS[rule].kind === 'ms' ? `${Math.round(value)} ms` : percent(value);
}

/** The measured value and the threshold, worded so that they differ ("2.04%" above "2.00%", not "2.0%" above "2.0%"). */
function valueAgainstThreshold(rule: keyof Thresholds, value: number, threshold: number): [string, string] {
  if (THRESHOLD_KEYS[rule].kind === 'ms') return [formatThreshold(rule, value), formatThreshold(rule, threshold)];
  return percentPair(value, threshold);
}

function rateThresholdValues(input: GateInput): Record<keyof Thresholds, { value: number | null; rate?: Rate; measured: boolean }> {
  const m = input.metrics;
  const cov = input.coverage;
  return {
    maxHallucinationRate: { value: m.hallucinationRate.value, rate: m.hallucinationRate, measured: true },
    maxCaseHallucinationRate: { value: m.caseHallucinationRate.value, rate: m.caseHallucinationRate, measured: true },
    minCitationCoverage: { value: m.citationCoverage.value, rate: m.citationCoverage, measured: true },
    minCitationPrecision: { value: m.citationPrecision.value, rate: m.citationPrecision, measured: true },
    minFactRecall: { value: m.factRecall.value, rate: m.factRecall, measured: true },
    // Set only by a custom policy: an app that returns no contexts cannot show them, and fails.
    minFaithfulness: { value: m.faithfulness.value, rate: m.faithfulness, measured: true },
    minContextRecall: { value: m.contextRecall.value, rate: m.contextRecall, measured: true },
    minContextPrecision: { value: m.contextPrecision.value, rate: m.contextPrecision, measured: true },
    maxUndeterminedRate: { value: m.undeterminedRate.value, rate: m.undeterminedRate, measured: true },
    maxErrorRate: { value: m.errorRate.value, rate: m.errorRate, measured: true },
    maxLatencyP95Ms: { value: m.latency?.p95 ?? null, measured: m.latency !== null },
    minLineCoverage: { value: cov?.lines.rate ?? null, measured: cov !== null },
    minBranchCoverage: { value: cov?.branches.rate ?? null, measured: cov !== null },
    minPatchCoverage: { value: cov?.patch?.rate ?? null, measured: cov?.patch != null },
    maxLineCoverageDrop: { value: lineCoverageDrop(input.drift), measured: lineCoverageDrop(input.drift) !== null },
  };
}

/** The baseline-to-head drop in line coverage, from the drift findings (positive = worse). */
function lineCoverageDrop(drift: ReportDrift | null): number | null {
  const finding = drift?.findings.find((f) => f.metric === 'lineCoverage' && f.scope === 'overall');
  if (!finding || finding.effect === null) return null;
  return -finding.effect;
}

/** Thresholds on what the app retrieved. */
const CONTEXT_RULES: ReadonlySet<keyof Thresholds> = new Set(['minFaithfulness', 'minContextRecall', 'minContextPrecision']);

function push(verdict: Verdict, action: RuleAction, breach: Omit<Breach, 'severity'>): void {
  if (action === 'ignore') return;
  (action === 'fail' ? verdict.breaches : verdict.warnings).push({ ...breach, severity: action });
}

/**
 * Applies a policy to measured results. Every breach says what was measured and what
 * was allowed; a threshold that could not be checked is a note, or a breach when the
 * thing it needs was configured but could not be measured (the gate fails closed).
 */
export function evaluatePolicy(input: GateInput, policy: ResolvedPolicy): Verdict {
  const verdict: Verdict = { status: 'pass', breaches: [], warnings: [], notes: [], override: null };
  const values = rateThresholdValues(input);

  for (const rule of Object.keys(THRESHOLD_KEYS) as (keyof Thresholds)[]) {
    const threshold = policy.thresholds[rule];
    if (threshold === null) continue;
    const spec = THRESHOLD_KEYS[rule];
    const { value, rate, measured } = values[rule];
    if (!measured) {
      verdict.notes.push(`${spec.key}: not checked, ${notMeasuredReason(rule, input)}.`);
      continue;
    }
    if (value === null) {
      const why = CONTEXT_RULES.has(rule) && input.metrics.counts.contextCases === 0 ? 'no response carried contexts' : 'nothing to count';
      push(verdict, 'fail', {
        rule: spec.key,
        actual: null,
        threshold,
        message: `${spec.label} could not be measured (${why}), so ${spec.key} ${formatThreshold(rule, threshold)} cannot be shown.`,
      });
      continue;
    }
    const breached = spec.bound === 'max' ? value > threshold : value < threshold;
    if (!breached) continue;
    const counts = rate ? ` (${count(rate.numerator)}/${count(rate.denominator)})` : '';
    const [shown, limit] = valueAgainstThreshold(rule, value, threshold);
    push(verdict, 'fail', {
      rule: spec.key,
      actual: value,
      threshold,
      message: `${spec.label} ${shown}${counts} is ${spec.bound === 'max' ? 'above the maximum' : 'below the minimum'} of ${limit}.`,
    });
  }

  const { missing, unknown } = input.responses;
  const errored = input.metrics.errorRate.numerator - missing.length;
  if (missing.length > 0) {
    push(verdict, policy.missingResponses, {
      rule: 'missing-responses',
      actual: missing.length,
      threshold: 0,
      message: `${missing.length} case${plural(missing.length)} had no response: ${listIds(missing)}.`,
    });
  }
  if (errored > 0) {
    push(verdict, policy.missingResponses, {
      rule: 'missing-responses',
      actual: errored,
      threshold: 0,
      message: `${errored} case${plural(errored)} failed in the application or ran out of judging time (see each case's error).`,
    });
  }
  if (unknown.length > 0) {
    push(verdict, policy.unknownResponses, {
      rule: 'unknown-responses',
      actual: unknown.length,
      threshold: 0,
      message: `${unknown.length} response${plural(unknown.length)} had an id that is not in the golden set: ${listIds(unknown)}.`,
    });
  }
  for (const problem of input.inputProblems) {
    push(verdict, policy.missingInputs, { rule: 'missing-inputs', actual: null, threshold: null, message: problem });
  }
  for (const item of input.uncertified) {
    push(verdict, policy.certification, { rule: 'certification', actual: null, threshold: null, message: item.message });
  }
  for (const finding of input.drift?.findings ?? []) {
    if (finding.direction !== 'regression' || !finding.significant) continue;
    const { rule, action } = driftRule(finding, policy);
    push(verdict, action, { rule, actual: finding.effect, threshold: policy.minEffect, message: finding.explanation });
  }
  if (input.drift && input.drift.status !== 'compared' && input.drift.reason) {
    verdict.notes.push(`drift: ${input.drift.reason}`);
  }

  if (input.partial) {
    verdict.status = 'error';
    verdict.breaches.push({
      rule: 'partial-report',
      severity: 'fail',
      actual: null,
      threshold: null,
      message: `This report is partial (${input.partialReason ?? 'not every case was run'}); only a complete run can pass the gate.`,
    });
  } else if (input.metrics.counts.cases === 0) {
    verdict.status = 'error';
  } else if (verdict.breaches.length > 0) {
    verdict.status = 'fail';
  }
  return verdict;
}

/**
 * Judge-score and latency drift have their own keys; a descriptive finding (one the
 * drift section did not correct with the gating tests) never fails the gate.
 */
function driftRule(finding: DriftFinding, policy: ResolvedPolicy): { rule: string; action: RuleAction } {
  const own =
    finding.metric === 'judgeScore' ? { rule: OPTION_KEYS.judgeScoreDrift, action: policy.judgeScoreDrift } :
    finding.metric === 'latencyP95Ms' ? { rule: OPTION_KEYS.latencyDrift, action: policy.latencyDrift } :
    { rule: 'regression', action: policy.regression };
  return finding.role === 'descriptive' && own.action === 'fail' ? { ...own, action: 'warn' } : own;
}

function notMeasuredReason(rule: keyof Thresholds, input: GateInput): string {
  switch (rule) {
    case 'minLineCoverage':
    case 'minBranchCoverage':
      // A configured report that could not be read is already a missing input; say so, not "none configured".
      return input.inputProblems.some((problem) => problem.startsWith('coverage:'))
        ? 'the coverage report could not be read (see missing-inputs)'
        : 'no coverage report is configured';
    case 'minPatchCoverage':
      return 'no patch (diff) coverage was computed';
    case 'maxLineCoverageDrop':
      return 'no baseline coverage to compare with';
    case 'maxLatencyP95Ms':
      return 'the responses carry no latencies';
    default:
      return 'it was not measured';
  }
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function listIds(ids: string[], max = 10): string {
  const shown = ids.slice(0, max).join(', ');
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}
