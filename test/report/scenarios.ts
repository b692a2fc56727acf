/**
 * Whole runs as the gate produces them, for the tests of what people read: cases go
 * through the real report builder (real metrics), the real drift tests against a real
 * baseline and the real policy, so every breach, warning, note and drift finding in these
 * reports is one the gate itself would write.
 */
import { computeDrift, driftOptions, uncertifiedThresholds } from '../../src/drift/index.js';
import { evaluatePolicy } from '../../src/policy/evaluate-policy.js';
import { PRESETS } from '../../src/policy/presets.js';
import { gateInputFromReport } from '../../src/pipeline/judge-report.js';
import { buildReport } from '../../src/report/build-report.js';
import type { CaseResult, ClaimResult, Report, ReportCoverage } from '../../src/report/types.js';

export interface RunSpec {
  categories: number;
  casesPerCategory: number;
  /** The case hallucinates (its first claim is contradicted). */
  hallucinates?: (id: string, index: number) => boolean;
  /** The app failed on this case, with this error text. */
  error?: (id: string, index: number) => string | null;
  /** No response for this case. */
  missing?: (id: string, index: number) => boolean;
  /** Wraps every piece of text (for emoji and CJK runs). */
  text?: (plain: string) => string;
  /** Line, branch and patch coverage as covered/total. */
  coverage?: { lines: [number, number]; branches?: [number, number]; patch?: [number, number]; uncovered?: { path: string; lines: number[] }[] };
  sha?: string;
}

export const REPO = 'https://github.com/acme/rag-app';

function categoryName(i: number, text: (s: string) => string): string {
  const names = ['medical', 'legal', 'financial', 'scientific', 'technical'];
  return text(i < names.length ? names[i]! : `topic-${String(i).padStart(3, '0')}`);
}

function claimOf(index: number, text: string, verdict: ClaimResult['verdict'], evidence: string): ClaimResult {
  const hallucinated = verdict === 'contradicted' || verdict === 'unsupported';
  return {
    index,
    text,
    citations: ['S1'],
    verdict,
    score: hallucinated ? 0.08 : 0.93,
    evidence: { sourceId: 'S1', sentence: evidence, start: 0, end: evidence.length },
    sourcesVerdict: verdict,
    contextsVerdict: null,
    contextsEvidence: null,
    ungroundedButTrue: false,
    judge: 'deterministic',
    reason: hallucinated ? 'number 8,000 mg is not in the sources; the matching sentence says 4,000 mg' : 'entailed by S1',
    hallucinated,
    citedVerdict: verdict,
    citationCovered: !hallucinated,
    citationChecks: [{ sourceId: 'S1', known: true, relevant: true }],
  };
}

function caseOf(spec: RunSpec, category: string, id: string, index: number): CaseResult {
  const t = spec.text ?? ((s: string) => s);
  const base = {
    id,
    category,
    question: t(`What is the maximum daily dose of acetaminophen for adults (case ${id})?`),
    expect: 'answer' as const,
    contentHash: `sha256:${id}`,
    latencyMs: 100 + (index % 13) * 7,
    nonClaims: [],
    facts: [],
    forbidden: [],
    retrieval: null,
  };
  if (spec.missing?.(id, index)) return { ...base, status: 'missing', answer: '', error: null, latencyMs: null, claims: [], hallucinated: false, hallucinationReasons: [] };
  const error = spec.error?.(id, index) ?? null;
  if (error !== null) return { ...base, status: 'error', answer: '', error, latencyMs: null, claims: [], hallucinated: false, hallucinationReasons: [] };
  const evidence = t('Adults should not take more than 4,000 mg in 24 hours.');
  const bad = spec.hallucinates?.(id, index) ?? false;
  const claims = [
    claimOf(0, t(bad ? 'The maximum is 8,000 mg in 24 hours [S1].' : 'The maximum is 4,000 mg in 24 hours [S1].'), bad ? 'contradicted' : 'supported', evidence),
    claimOf(1, t('Take it with water [S1].'), 'supported', evidence),
  ];
  return {
    ...base,
    status: 'answered',
    answer: claims.map((c) => c.text).join(' '),
    error: null,
    claims,
    hallucinated: bad,
    hallucinationReasons: bad ? [`claim 1 is contradicted: ${claims[0]!.reason}`] : [],
  };
}

function coverageOf(spec: RunSpec['coverage']): ReportCoverage | null {
  if (!spec) return null;
  const totals = ([covered, total]: [number, number]) => ({ covered, total, rate: total === 0 ? null : covered / total });
  return {
    reports: [{ file: 'coverage/lcov.info', format: 'lcov' }],
    lines: totals(spec.lines),
    branches: totals(spec.branches ?? [0, 0]),
    patch: spec.patch ? { ...totals(spec.patch), uncovered: spec.uncovered ?? [] } : null,
    files: [],
    warnings: [],
  };
}

/** A run's report before the gate's verdict. */
export function runReport(spec: RunSpec): Report {
  const text = spec.text ?? ((s: string) => s);
  const cases: CaseResult[] = [];
  let index = 0;
  for (let c = 0; c < spec.categories; c++) {
    const category = categoryName(c, text);
    for (let k = 0; k < spec.casesPerCategory; k++, index++) cases.push(caseOf(spec, category, `${category.slice(0, 3)}-${c}-${String(k + 1).padStart(3, '0')}`, index));
  }
  const missing = cases.filter((c) => c.status === 'missing').map((c) => c.id);
  return buildReport({
    version: '0.1.0',
    startedAt: new Date('2026-03-01T10:00:00Z'),
    finishedAt: new Date('2026-03-01T10:02:00Z'),
    git: { sha: spec.sha ?? 'b'.repeat(40), ref: 'refs/pull/42/merge', runUrl: `${REPO}/actions/runs/9001` },
    goldenSet: { files: ['golden-sets/cases.yaml'], hash: 'sha256:golden', caseCount: cases.length },
    settings: { responses: 'command', judge: { name: 'deterministic', version: '1' }, citationPattern: '\\[(S?\\d+)\\]', judgeAgainst: 'both' },
    policy: PRESETS.standard,
    cases,
    responses: { missing, unknown: [] },
    coverage: coverageOf(spec.coverage),
    drift: null,
    verdict: { status: 'pass', breaches: [], warnings: [], notes: [], override: null },
    shard: null,
    partialReason: null,
  });
}

/** The gate's verdict on `head`, compared with `baseline` when given, as `runGate` decides it. */
export function gated(head: Report, baseline: Report | null): Report {
  const report = structuredClone(head);
  if (baseline) report.drift = computeDrift(report, baseline, { ...driftOptions(report.policy), baselineFile: 'baseline/factgate-report.json' });
  const uncertified = uncertifiedThresholds(report.metrics, report.policy.thresholds, report.policy.certificationBound);
  report.verdict = evaluatePolicy(gateInputFromReport(report, { uncertified }), report.policy);
  return report;
}

const BASE_SHA = 'a'.repeat(40);

/** The runs a maintainer meets, each gated as the Action gates it. */
export function scenarios() {
  const baseline = runReport({ categories: 5, casesPerCategory: 13, sha: BASE_SHA });
  return {
    passing: gated(runReport({ categories: 5, casesPerCategory: 13 }), baseline),
    regressed: gated(runReport({ categories: 5, casesPerCategory: 13, hallucinates: (_id, i) => i % 5 < 2 }), baseline),
    missingResponses: gated(runReport({ categories: 5, casesPerCategory: 13, missing: () => true }), baseline),
    coverageFailure: gated(
      runReport({
        categories: 5,
        casesPerCategory: 13,
        coverage: { lines: [520, 1000], branches: [40, 100], patch: [3, 12], uncovered: [{ path: 'src/app/answer.py', lines: [12, 13, 14, 20, 31, 32, 33, 34, 40] }] },
      }),
      runReport({ categories: 5, casesPerCategory: 13, sha: BASE_SHA, coverage: { lines: [700, 1000], branches: [50, 100], patch: [10, 10] } }),
    ),
    brokenApp: gated(
      runReport({
        categories: 5,
        casesPerCategory: 13,
        error: () => 'Traceback (most recent call last):\n  File "app.py", line 12, in answer\n    client.complete(prompt)\nConnectionRefusedError: [Errno 111] Connection refused',
      }),
      baseline,
    ),
  };
}

/** 120 categories, every one regressing: the run that must not crash the renderer. */
export function manyCategoriesRegressed(): Report {
  const baseline = runReport({ categories: 120, casesPerCategory: 12, sha: BASE_SHA });
  return gated(runReport({ categories: 120, casesPerCategory: 12, hallucinates: (_id, i) => i % 12 < 10 }), baseline);
}

/** 5,000 cases whose every text is emoji and CJK: sizes in characters and bytes part ways. */
export function wideTextRun(): Report {
  const text = (s: string) => `🧪 ${s} 幻覚の検出 🔥`;
  const spec = { categories: 20, casesPerCategory: 250, text };
  const baseline = runReport({ ...spec, sha: BASE_SHA });
  return gated(runReport({ ...spec, hallucinates: (_id: string, i: number) => i % 3 === 0 }), baseline);
}
