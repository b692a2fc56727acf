export const PRESET_NAMES = ['strict', 'standard', 'permissive'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** What happens when a rule is breached or an input is missing. */
export type RuleAction = 'fail' | 'warn' | 'ignore';

/** Rate thresholds are fractions in [0, 1]; null switches a threshold off. */
export interface Thresholds {
  maxHallucinationRate: number | null;
  maxCaseHallucinationRate: number | null;
  minCitationCoverage: number | null;
  minCitationPrecision: number | null;
  minFactRecall: number | null;
  minFaithfulness: number | null;
  minContextRecall: number | null;
  minContextPrecision: number | null;
  maxUndeterminedRate: number | null;
  maxErrorRate: number | null;
  maxLatencyP95Ms: number | null;
  minLineCoverage: number | null;
  minBranchCoverage: number | null;
  minPatchCoverage: number | null;
  maxLineCoverageDrop: number | null;
}

export interface ResolvedPolicy {
  name: string;
  extends: PresetName;
  thresholds: Thresholds;
  /** A significant regression against the baseline. */
  regression: RuleAction;
  /** Significance level and minimum effect (absolute rate change) for drift findings. */
  alpha: number;
  minEffect: number;
  /** Golden-set cases with no response, or with an errored response. */
  missingResponses: RuleAction;
  /** Responses whose id is not in the golden set. */
  unknownResponses: RuleAction;
  /** A configured input (coverage report, baseline) that is missing or unreadable. */
  missingInputs: RuleAction;
  /**
   * Judge-score and latency distributions that moved towards worse (one-sided KS): warn by
   * default, since they shift between identical runs on a loaded runner; 'fail' makes them
   * gating, corrected with the other regression tests.
   */
  judgeScoreDrift: RuleAction;
  latencyDrift: RuleAction;
  /** The golden set is too small to demonstrate the thresholds at 95 % confidence. */
  certification: RuleAction;
  /** The one-sided 95 % bound certification uses: exact (Clopper–Pearson) or Wilson (not a true 95 % bound near 0). */
  certificationBound: 'exact' | 'wilson';
  override: 'maintainer-approval' | 'write-label' | 'none';
  overrideLabel: string;
}
