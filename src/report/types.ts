/**
 * The factgate report: one versioned JSON document that baselines, shard merging,
 * the fork-safe comment step and outside tools read. Its JSON Schema is
 * schemas/report.schema.json; bump REPORT_SCHEMA_VERSION on any breaking change.
 */
import type { ClaimVerdict, Evidence } from '../evaluate/types.js';
import type { ResolvedPolicy } from '../policy/types.js';

/**
 * 3: responses may carry the contexts the app retrieved. Claims record their verdicts
 * against the golden sources and against the contexts (and whether they are "ungrounded
 * but true"), cases their retrieval (passages, what each supports, context recall), and
 * the metrics gain faithfulness, context recall and context precision. A compared
 * baseline's figures are recorded (drift.baseline.figures), for comments rendered
 * without the baseline. A worker's start-up is kept apart from its first case's latency
 * (startupMs).
 */
export const REPORT_SCHEMA_VERSION = 3;

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
  /** Claims the retrieved contexts entail / claims of answers that came with contexts (RAGAS faithfulness, per claim). */
  faithfulness: Rate;
  /** Claims the golden sources entail / claims of answers with both contexts and golden sources: faithfulness's companion. */
  sourceSupport: Rate;
  /** Claims the golden sources support but the retrieved contexts do not / the same claims as sourceSupport. */
  ungroundedButTrueRate: Rate;
  /** Relevant ids, expected facts or golden sources found in the retrieved contexts / all of them (cases with contexts). */
  contextRecall: Rate;
  /** Retrieved passages that alone entail at least one claim or expected fact / retrieved passages. */
  contextPrecision: Rate;
  /** The same, over each case's top `k` passages by score (or by order without scores). */
  contextPrecisionAtK: Rate & { k: number };
  /** Mean over cases of rank-weighted precision (average precision, RAGAS context precision); not a proportion, so no interval. */
  meanAveragePrecision: { value: number | null; cases: number };
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
    /** Cases whose response carried contexts, and the passages they held. */
    contextCases: number;
    contexts: number;
  };
}

export interface CategoryMetrics {
  category: string;
  cases: number;
  hallucinationRate: Rate;
  caseHallucinationRate: Rate;
  citationCoverage: Rate;
  factRecall: Rate;
  faithfulness: Rate;
  contextRecall: Rate;
  contextPrecision: Rate;
}

export interface CitationCheck {
  sourceId: string;
  /** The id exists in the case's sources or the response's contexts. */
  known: boolean;
  /** ALCE: false when this source alone does not entail the claim and the others do without it. */
  relevant: boolean;
}

export interface ClaimResult {
  index: number;
  text: string;
  citations: string[];
  /**
   * The verdict the hallucination rate uses: against the golden sources, the retrieved
   * contexts, or both (supported by either), as settings.judgeAgainst says.
   */
  verdict: ClaimVerdict;
  score: number;
  evidence: Evidence | null;
  judge: string;
  reason: string;
  /** contradicted or unsupported. */
  hallucinated: boolean;
  /** Verdict against all of the case's golden sources; null when the case has none. */
  sourcesVerdict: ClaimVerdict | null;
  /** Verdict against all of the retrieved contexts (faithfulness); null when the response has none. */
  contextsVerdict: ClaimVerdict | null;
  /** Where in the contexts the judge found the claim; the passage id is in sourceId. */
  contextsEvidence: Evidence | null;
  /** Supported by the golden sources but not by what the app retrieved. */
  ungroundedButTrue: boolean;
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

/** One retrieved passage as judged: its rank and what it supports on its own. */
export interface ContextResult {
  id: string;
  /** 1 is the best: by score when every passage has one, else in the order returned. */
  rank: number;
  title: string | null;
  source: string | null;
  score: number | null;
  /** Indexes of the claims and of the expected facts this passage alone entails. */
  supportsClaims: number[];
  supportsFacts: number[];
  /** Supports at least one claim or expected fact (context precision). */
  useful: boolean;
}

/** One thing context recall looks for in the retrieved contexts. */
export interface RecallItem {
  /** The relevant id, the expected fact, or the golden source id. */
  text: string;
  found: boolean;
  /** A passage that has it, when found. */
  contextId: string | null;
}

export interface CaseRetrieval {
  /** In rank order. */
  contexts: ContextResult[];
  /**
   * What context recall counts for this case: the `relevant` ids when given, else the
   * expected facts, else the golden sources (found through each passage's `source`);
   * null when there is nothing to look for.
   */
  recall: { basis: 'relevant' | 'expected-facts' | 'sources'; items: RecallItem[] } | null;
  /** Rank-weighted precision of this case's passages (0 when none is useful). */
  averagePrecision: number | null;
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
  /** What the app retrieved and how it fared; null when the response carried no contexts. */
  retrieval: CaseRetrieval | null;
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
  baseline: {
    file: string;
    gitSha: string | null;
    createdAt: string | null;
    /** The baseline's own figures, so that a comment rendered from this report alone can show them. */
    figures?: BaselineFigures;
  } | null;
  cases: { compared: number; added: string[]; removed: string[]; changed: string[] };
  findings: DriftFinding[];
}

/** What a rendering needs of the baseline report: its headline metrics, categories and coverage totals. */
export interface BaselineFigures {
  metrics: Metrics;
  categories: CategoryMetrics[];
  coverage: { lines: CoverageTotals; branches: CoverageTotals; patch: CoverageTotals | null } | null;
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
    /** What the hallucination verdict judged claims against when contexts were returned. */
    judgeAgainst: 'both' | 'sources' | 'contexts';
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

/** A report before drift and the policy have ruled on it: what a run or a merge assembles. */
export type UnjudgedReport = Omit<Report, 'drift' | 'verdict'>;
