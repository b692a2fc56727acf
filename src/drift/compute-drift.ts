/**
 * Drift tests of a head run against a baseline run. Pure: takes two reports, returns
 * the report's drift section. It never decides pass or fail; the policy reads the
 * findings' `significant` and `direction`.
 *
 * Only cases present in both runs with unchanged content are compared. Every test is
 * one-sided in the direction of a regression, fixed in advance. Tests:
 * - per-case hallucination flags, paired → McNemar exact;
 * - claim hallucination rate, citation coverage, case error rate → z-test where valid,
 *   Fisher otherwise; the two claim rates also per category;
 * - faithfulness, context recall and context precision (when both runs retrieved) → the same;
 * - judge-score distributions → Kolmogorov–Smirnov and PSI;
 * - line coverage (and, for context, patch coverage) deltas; latency p95 via KS.
 * The tests that can fail the gate are corrected together (correction.ts); judge-score
 * and latency KS are descriptive unless the options make them gating.
 */
import { quantileSorted } from 'simple-statistics';
import type { ResolvedPolicy } from '../policy/types.js';
import type { BaselineFigures, CaseResult, DriftFinding, Report, ReportDrift, UnjudgedReport } from '../report/types.js';
import { notComparableReason } from './comparable.js';
import { correctAndSettle } from './correction.js';
import {
  deltaFinding,
  latencyFinding,
  pairedFinding,
  rateFinding,
  scoreDistributionFinding,
  scoreStabilityFinding,
  type Counts,
  type Draft,
  type Thresholds,
} from './findings.js';
import type { BaselineLoad } from './load-baseline.js';
import { failedToAnswer, matchCases, wasEvaluated, type CasePair } from './match-cases.js';

export interface DriftOptions {
  /** Significance level, from the policy. */
  alpha: number;
  /** Smallest absolute change that matters, from the policy. */
  minEffect: number;
  /** Where the baseline came from, as shown to the user. */
  baselineFile: string;
  /** Confidence level of effect intervals; 0.95 by default. */
  confidence?: number;
  /** Whether judge-score and latency drift can fail the gate (else they are descriptive). */
  judgeScoreGates?: boolean;
  latencyGates?: boolean;
}

/** The drift options a policy sets: α, the minimum effect, and which KS tests gate. */
export function driftOptions(policy: Pick<ResolvedPolicy, 'alpha' | 'minEffect' | 'judgeScoreDrift' | 'latencyDrift'>): Omit<DriftOptions, 'baselineFile'> {
  return { alpha: policy.alpha, minEffect: policy.minEffect, judgeScoreGates: policy.judgeScoreDrift === 'fail', latencyGates: policy.latencyDrift === 'fail' };
}

export function computeDrift(head: UnjudgedReport, baseline: Report, options: DriftOptions): ReportDrift {
  checkOptions(options);
  const t: Thresholds = { alpha: options.alpha, minEffect: options.minEffect, confidence: options.confidence ?? 0.95 };
  const roles = { judgeScore: options.judgeScoreGates ? 'gating' : 'descriptive', latency: options.latencyGates ? 'gating' : 'descriptive' } as const;
  const match = matchCases(head, baseline);
  const drift: ReportDrift = {
    status: 'compared',
    reason: null,
    baseline: { file: options.baselineFile, gitSha: baseline.run.gitSha, createdAt: baseline.run.finishedAt, figures: figuresOf(baseline) },
    cases: { compared: match.pairs.length, added: match.added, removed: match.removed, changed: match.changed },
    findings: [],
  };
  const incomparable = notComparableReason(head, baseline);
  if (incomparable) return { ...drift, status: 'not-comparable', reason: incomparable, cases: { ...drift.cases, compared: 0 } };
  if (match.pairs.length === 0) {
    return { ...drift, status: 'skipped', reason: 'no case is in both runs with unchanged content, so there is nothing to compare' };
  }
  const claims = claimFindings(match.pairs, t, roles.judgeScore);
  const tests = correctAndSettle(
    [...caseFindings(match.pairs, t), ...claims.drafts, ...retrievalFindings(match.pairs, t), ...latencyFindings(match.pairs, t, roles.latency)],
    t,
  );
  drift.findings = [...tests, ...claims.stability, ...coverageFindings(head, baseline, t)];
  return drift;
}

/** The baseline's figures kept in the head report, for renderings that have only the head report (the fork-safe comment). */
export function figuresOf(baseline: Report): BaselineFigures {
  const c = baseline.coverage;
  const totals = (t: { covered: number; total: number; rate: number | null }) => ({ covered: t.covered, total: t.total, rate: t.rate });
  return {
    metrics: baseline.metrics,
    categories: baseline.categories,
    coverage: c ? { lines: totals(c.lines), branches: totals(c.branches), patch: c.patch ? totals(c.patch) : null } : null,
  };
}

/** The drift section for the other outcomes of looking for a baseline. */
export function compareWithBaseline(head: UnjudgedReport, baseline: BaselineLoad | null, options: Omit<DriftOptions, 'baselineFile'> & { noBaselineReason?: string }): ReportDrift {
  if (baseline === null) return skippedDrift(options.noBaselineReason ?? 'no baseline report (first run, or none was configured)');
  if (baseline.status === 'not-comparable') {
    return {
      status: 'not-comparable',
      reason: baseline.reason,
      baseline: { file: baseline.file, gitSha: baseline.gitSha, createdAt: baseline.createdAt },
      cases: { compared: 0, added: [], removed: [], changed: [] },
      findings: [],
    };
  }
  return computeDrift(head, baseline.report, { ...options, baselineFile: baseline.file });
}

export function skippedDrift(reason: string): ReportDrift {
  return { status: 'skipped', reason, baseline: null, cases: { compared: 0, added: [], removed: [], changed: [] }, findings: [] };
}

function caseFindings(pairs: CasePair[], t: Thresholds): Draft[] {
  const judged = pairs.filter((p) => wasEvaluated(p.head) && wasEvaluated(p.baseline));
  const becameYes = judged.filter((p) => p.head.hallucinated && !p.baseline.hallucinated).map((p) => p.head.id);
  const becameNo = judged.filter((p) => !p.head.hallucinated && p.baseline.hallucinated).map((p) => p.head.id);
  const findings = [pairedFinding('caseHallucinationRate', 'hallucinating', { becameYes, becameNo, pairs: judged.length }, t)];

  const errors = (side: 'head' | 'baseline'): Counts => ({ events: pairs.filter((p) => failedToAnswer(p[side])).length, n: pairs.length });
  const headErrors = errors('head');
  const baselineErrors = errors('baseline');
  // No errors on either side: nothing to test, and a line saying so is noise.
  if (headErrors.events + baselineErrors.events > 0) {
    findings.push(rateFinding('errorRate', 'Error rate (cases without an answer)', 'overall', headErrors, baselineErrors, 'higher-is-worse', t));
  }
  return findings;
}

interface ClaimCounts {
  claims: number;
  hallucinated: number;
  covered: number;
}

function countClaims(cases: CaseResult[]): ClaimCounts {
  const counts: ClaimCounts = { claims: 0, hallucinated: 0, covered: 0 };
  for (const c of cases) {
    if (!wasEvaluated(c)) continue;
    for (const claim of c.claims) {
      counts.claims++;
      if (claim.hallucinated) counts.hallucinated++;
      if (claim.citationCovered) counts.covered++;
    }
  }
  return counts;
}

const CLAIM_METRICS = [
  { metric: 'hallucinationRate', label: 'Claim hallucination rate', events: (c: ClaimCounts) => c.hallucinated, polarity: 'higher-is-worse' },
  { metric: 'citationCoverage', label: 'Citation coverage', events: (c: ClaimCounts) => c.covered, polarity: 'higher-is-better' },
] as const;

function claimFindings(pairs: CasePair[], t: Thresholds, scoreRole: DriftFinding['role']): { drafts: Draft[]; stability: DriftFinding[] } {
  const drafts: Draft[] = [];
  const stability: DriftFinding[] = [];
  const head = countClaims(pairs.map((p) => p.head));
  const baseline = countClaims(pairs.map((p) => p.baseline));
  if (head.claims > 0 && baseline.claims > 0) {
    for (const m of CLAIM_METRICS) {
      drafts.push(rateFinding(m.metric, m.label, 'overall', { events: m.events(head), n: head.claims }, { events: m.events(baseline), n: baseline.claims }, m.polarity, t));
    }
  }
  drafts.push(...categoryFindings(pairs, t));

  const scores = (side: 'head' | 'baseline') =>
    pairs.filter((p) => wasEvaluated(p[side])).flatMap((p) => p[side].claims.map((c) => c.score)).filter(Number.isFinite);
  const headScores = scores('head');
  const baselineScores = scores('baseline');
  if (headScores.length > 0 && baselineScores.length > 0) {
    drafts.push(scoreDistributionFinding(headScores, baselineScores, t, scoreRole));
    stability.push(scoreStabilityFinding(headScores, baselineScores));
  }
  return { drafts, stability };
}

/**
 * The claim rates per category, to say where a change is; they are corrected with the
 * overall rate they refine (correction.ts). A single category would only repeat the
 * overall test, so it is skipped.
 */
function categoryFindings(pairs: CasePair[], t: Thresholds): Draft[] {
  const byCategory = new Map<string, CasePair[]>();
  for (const pair of pairs) {
    const list = byCategory.get(pair.head.category) ?? [];
    list.push(pair);
    byCategory.set(pair.head.category, list);
  }
  if (byCategory.size < 2) return [];
  const groups = [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, list]) => ({ category, head: countClaims(list.map((p) => p.head)), baseline: countClaims(list.map((p) => p.baseline)) }))
    .filter((g) => g.head.claims > 0 && g.baseline.claims > 0);
  return CLAIM_METRICS.flatMap((m) =>
    groups.map((g) =>
      rateFinding(m.metric, m.label, g.category, { events: m.events(g.head), n: g.head.claims }, { events: m.events(g.baseline), n: g.baseline.claims }, m.polarity, t),
    ),
  );
}

/** Retrieval counts of evaluated cases: faithful claims, recalled items, useful passages. */
function countRetrieval(cases: CaseResult[]): Record<(typeof RETRIEVAL_METRICS)[number]['metric'], Counts> {
  const counts = { faithfulness: { events: 0, n: 0 }, contextRecall: { events: 0, n: 0 }, contextPrecision: { events: 0, n: 0 } };
  for (const c of cases) {
    if (!wasEvaluated(c) || c.retrieval === null) continue;
    for (const claim of c.claims) {
      if (claim.contextsVerdict === null) continue;
      counts.faithfulness.n++;
      if (claim.contextsVerdict === 'supported') counts.faithfulness.events++;
    }
    for (const item of c.retrieval.recall?.items ?? []) {
      counts.contextRecall.n++;
      if (item.found) counts.contextRecall.events++;
    }
    for (const context of c.retrieval.contexts) {
      counts.contextPrecision.n++;
      if (context.useful) counts.contextPrecision.events++;
    }
  }
  return counts;
}

const RETRIEVAL_METRICS = [
  { metric: 'faithfulness', label: 'Faithfulness to the retrieved contexts' },
  { metric: 'contextRecall', label: 'Context recall' },
  { metric: 'contextPrecision', label: 'Context precision' },
] as const;

/** What the app retrieved, over the unchanged cases both runs retrieved for: headline tests, lower is worse. */
function retrievalFindings(pairs: CasePair[], t: Thresholds): Draft[] {
  const head = countRetrieval(pairs.map((p) => p.head));
  const baseline = countRetrieval(pairs.map((p) => p.baseline));
  return RETRIEVAL_METRICS.filter((m) => head[m.metric].n > 0 && baseline[m.metric].n > 0).map((m) =>
    rateFinding(m.metric, m.label, 'overall', head[m.metric], baseline[m.metric], 'higher-is-better', t),
  );
}

function coverageFindings(head: UnjudgedReport, baseline: Report, t: Thresholds): DriftFinding[] {
  const findings: DriftFinding[] = [];
  const h = head.coverage;
  const b = baseline.coverage;
  if (h?.lines.rate != null && b?.lines.rate != null) {
    findings.push(deltaFinding('lineCoverage', 'Line coverage', h.lines.rate, b.lines.rate, 'higher-is-better', t));
  }
  if (h?.patch?.rate != null && b?.patch?.rate != null) {
    findings.push(
      deltaFinding('patchCoverage', 'Patch coverage', h.patch.rate, b.patch.rate, 'higher-is-better', t, false, ' (each run measures its own diff)'),
    );
  }
  return findings;
}

function latencyFindings(pairs: CasePair[], t: Thresholds, role: DriftFinding['role']): Draft[] {
  const latencies = (side: 'head' | 'baseline') =>
    pairs.map((p) => p[side].latencyMs).filter((ms): ms is number => ms !== null && Number.isFinite(ms));
  const head = latencies('head');
  const baseline = latencies('baseline');
  if (head.length === 0 || baseline.length === 0) return [];
  // The same percentile definition as the report's latency summary.
  const p95 = (values: number[]) => quantileSorted([...values].sort((a, b) => a - b), 0.95);
  return [latencyFinding(head, baseline, p95, t, role)];
}

function checkOptions(options: DriftOptions): void {
  if (!(options.alpha > 0 && options.alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${options.alpha}`);
  if (!(options.minEffect >= 0)) throw new RangeError(`minEffect must be ≥ 0, got ${options.minEffect}`);
}
