/**
 * The factgate report: one versioned JSON document that baselines, shard merging,
 * the fork-safe comment step and outside tools read. Its JSON Schema is
 * schemas/report.schema.json; bump REPORT_SCHEMA_VERSION on any breaking change.
 */
import type { ClaimVerdict, Evidence } from '../evaluate/types.js';
import type { ResolvedPolicy } from '../policy/types.js';

export const REPORT_SCHEMA_VERSION = 2;

/** A rate with everything needed to trace and trust it. */
export interface Rate {
  /** numerator / denominator, or null when the denominator is 0 (nothing to measure). */
  value: number | null;
  numerator: number;
  denominator: number;
  /** Wilson score 95 % interval; null when the denominator is 0. */
  ci: { lower: number; upper: number } | null;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface Metrics {
  /** Hallucinated (contradicted + unsupported) claims / all claims (micro). */
  hallucinationRate: Rate;
  /** Cases with at least one hallucination / evaluated cases. */
  caseHallucinationRate: Rate;
  /** ALCE citation recall: claims whose cited sources together entail them / all claims. */
  citationCoverage: Rate;
  /** ALCE citation precision: relevant citations / all citations. */
  citationPrecision: Rate;
  /** Expected facts entailed by the answer / expected facts (answerable cases). */
  factRecall: Rate;
  /** Claims the judge could not decide / all claims. */
  undeterminedRate: Rate;
  /** Answerable cases the app answered (did not abstain) / answerable cases. */
  answerRate: Rate;
  /** Cases whose response is missing or errored / all cases. */
  errorRate: Rate;
  /** Citations to ids the case does not have / all citations. */
  fabricatedCitationRate: Rate;
  latency: LatencySummary | null;
  counts: {
    cases: number;
    claims: number;
    supported: number;
    contradicted: number;
    unsupported: number;
    undetermined: number;
    nonClaims: number;
    citations: number;
    fabricatedCitations: number;
  };
}

export interface CategoryMetrics {
  category: string;
  cases: number;
  hallucinationRate: Rate;
  caseHallucinationRate: Rate;
  citationCoverage: Rate;
  factRecall: Rate;
}

export interface CitationCheck {
  sourceId: string;
  /** The id exists in the case's sources. */
  known: boolean;
  /** ALCE: false when this source alone does not entail the claim and the others do without it. */
  relevant: boolean;
}

export interface ClaimResult {
  index: number;
  text: string;
  citations: string[];
  /** The judge's verdict against all of the case's sources. */
  verdict: ClaimVerdict;
  score: number;
  evidence: Evidence | null;
  judge: string;
  reason: string;
  /** contradicted or unsupported. */
  hallucinated: boolean;
  /** Verdict against the concatenation of the claim's known cited sources; null without any. */
  citedVerdict: ClaimVerdict | null;
  /** ALCE citation recall for this claim: ≥ 1 citation and the cited sources entail it. */
  citationCovered: boolean;
  citationChecks: CitationCheck[];
}

export interface FactCheck {
  text: string;
  entailed: boolean;
  evidence: string | null;
}

export type CaseStatus = 'answered' | 'abstained' | 'error' | 'missing' | 'not-run';

export interface CaseResult {
  id: string;
  category: string;
  question: string;
  expect: 'answer' | 'abstain';
  contentHash: string;
  status: CaseStatus;
  answer: string;
  error: string | null;
  /** The app's own latency_ms when it reports one, else request to answer; null when unknown. */
  latencyMs: number | null;
  /**
   * A fresh worker process's first answer, start-up included (when the app reported no
   * latency_ms): kept out of latencyMs and the latency figures.
   */
  startupMs?: number;
  claims: ClaimResult[];
  nonClaims: { text: string; reason: string }[];
  hallucinated: boolean;
  /** Every reason the case counts as hallucinated, in plain words. */
  hallucinationReasons: string[];
  facts: FactCheck[];
  forbidden: FactCheck[];
}

export interface CoverageTotals {
  covered: number;
  total: number;
  rate: number | null;
}

export interface ReportCoverage {
  reports: { file: string; format: string }[];
  lines: CoverageTotals;
  branches: CoverageTotals;
  patch: (CoverageTotals & { uncovered: { path: string; lines: number[] }[] }) | null;
  files: { path: string; lines: CoverageTotals; branches: CoverageTotals }[];
  warnings: string[];
}

export interface DriftFinding {
  /** e.g. "mcnemar", "fisher", "z-test", "ks", "psi", "delta". */
  test: string;
  metric: string;
  /** "overall" or a category name. */
  scope: string;
  statistic: number | null;
  /** The test's own p-value, one-sided in the regression direction; null for distances and deltas. */
  pValue: number | null;
  /** pValue after the family-wise correction of the gating tests; null when the finding is not corrected. */
  adjustedPValue: number | null;
  /** gating: can fail the gate (corrected together); descriptive: shown, warns at most. */
  role: 'gating' | 'descriptive';
  /** How adjustedPValue was obtained, in words; null when not corrected. */
  correction: string | null;
  effect: number | null;
  effectCi: { lower: number; upper: number } | null;
  direction: 'regression' | 'improvement' | 'none';
  /** A regression with (adjusted) p ≤ α and an effect of at least the minimum effect. */
  significant: boolean;
  explanation: string;
}

export interface ReportDrift {
  status: 'compared' | 'skipped' | 'not-comparable';
  reason: string | null;
  baseline: { file: string; gitSha: string | null; createdAt: string | null } | null;
  cases: { compared: number; added: string[]; removed: string[]; changed: string[] };
  findings: DriftFinding[];
}

export type BreachSeverity = 'fail' | 'warn';

export interface Breach {
  /** The policy key that was breached, e.g. "max-hallucination-rate". */
  rule: string;
  severity: BreachSeverity;
  /** The measured value, when there is one. */
  actual: number | null;
  threshold: number | null;
  message: string;
}

export interface OverrideRecord {
  by: string;
  at: string;
  via: 'review' | 'label';
  permission: string;
  waived: string[];
}

export interface Verdict {
  status: 'pass' | 'fail' | 'error' | 'overridden';
  breaches: Breach[];
  warnings: Breach[];
  /** Thresholds that could not be checked and why (e.g. no coverage report configured). */
  notes: string[];
  override: OverrideRecord | null;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'factgate'; version: string };
  run: {
    startedAt: string;
    finishedAt: string;
    durationMs: number;
    gitSha: string | null;
    ref: string | null;
    runUrl: string | null;
    shard: { index: number; total: number } | null;
    /** True when cancelled or a shard: the verdict of a partial report is never pass. */
    partial: boolean;
    partialReason: string | null;
  };
  goldenSet: { files: string[]; hash: string; caseCount: number };
  settings: {
    responses: string;
    judge: { name: string; version: string };
    citationPattern: string;
    settingsHash: string;
  };
  policy: ResolvedPolicy;
  metrics: Metrics;
  categories: CategoryMetrics[];
  cases: CaseResult[];
  responses: { missing: string[]; unknown: string[] };
  coverage: ReportCoverage | null;
  drift: ReportDrift | null;
  verdict: Verdict;
}
