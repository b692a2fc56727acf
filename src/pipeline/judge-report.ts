/**
 * The tail every report goes through, a fresh run's and merged shards' alike: drift
 * against the baseline, then the policy's verdict. Written once, so a merged run is
 * judged exactly as the unsharded run would be.
 */
import { compareWithBaseline, driftOptions, skippedDrift, uncertifiedThresholds, type BaselineLoad } from '../drift/index.js';
import { evaluatePolicy, type GateInput } from '../policy/evaluate-policy.js';
import type { Report, ReportDrift, UnjudgedReport } from '../report/types.js';

/** Same words for a run and a merge without a baseline, so both reports agree. */
export const NO_BASELINE_REASON = 'no baseline report was configured (first run, or --baseline not set)';

export interface JudgeInputs {
  /** The baseline report as loaded, or null when there is none. */
  baseline: BaselineLoad | null;
  /** Why there is no baseline (shown in the drift section); defaults to NO_BASELINE_REASON. */
  noBaselineReason?: string;
  /** Why drift is not computed at all (a shard is compared only once merged). */
  driftSkipped?: string;
  /** Inputs that were configured but could not be used (an unreadable baseline, coverage). */
  inputProblems?: readonly string[];
}

export function judgeReport(unjudged: UnjudgedReport, inputs: JudgeInputs): Report {
  const drift: ReportDrift =
    inputs.driftSkipped !== undefined
      ? skippedDrift(inputs.driftSkipped)
      : compareWithBaseline(unjudged, inputs.baseline, { ...driftOptions(unjudged.policy), noBaselineReason: inputs.noBaselineReason ?? NO_BASELINE_REASON });
  const uncertified = uncertifiedThresholds(unjudged.metrics, unjudged.policy.thresholds, unjudged.policy.certificationBound);
  const verdict = evaluatePolicy(gateInputFromReport({ ...unjudged, drift }, { inputProblems: [...(inputs.inputProblems ?? [])], uncertified }), unjudged.policy);
  return { ...unjudged, drift, verdict };
}

/** The policy's view of a report. */
export function gateInputFromReport(
  report: Pick<Report, 'metrics' | 'coverage' | 'drift' | 'responses' | 'run'>,
  extra: Partial<Pick<GateInput, 'inputProblems' | 'uncertified'>> = {},
): GateInput {
  return {
    metrics: report.metrics,
    coverage: report.coverage,
    drift: report.drift,
    responses: report.responses,
    partial: report.run.partial,
    partialReason: report.run.partialReason,
    inputProblems: extra.inputProblems ?? [],
    uncertified: extra.uncertified ?? [],
  };
}
