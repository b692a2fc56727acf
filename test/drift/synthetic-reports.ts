/**
 * Synthetic runs for the drift tests: a golden set of categories × cases, each case
 * with a few claims, where chosen cases hallucinate. Reports go through the real
 * buildReport, so they carry real metrics and pass the report schema.
 */
import { PRESETS } from '../../src/policy/presets.js';
import { buildReport } from '../../src/report/build-report.js';
import type { CaseResult, ClaimResult, Report, ReportCoverage } from '../../src/report/types.js';

export const CATEGORIES = ['financial', 'legal', 'medical', 'scientific', 'technical'];
export const CASES_PER_CATEGORY = 40;
export const CLAIMS_PER_CASE = 4;

export interface RunShape {
  /** Case ids whose first claim is hallucinated. */
  hallucinating?: ReadonlySet<string>;
  /** Case ids whose response errored (no answer, no claims). */
  errored?: ReadonlySet<string>;
  /** Case ids whose claims lack a supporting citation. */
  uncited?: ReadonlySet<string>;
  judge?: { name: string; version: string };
  /** Per-case content hash override (a changed golden case). */
  contentHash?: (id: string) => string;
  only?: (id: string) => boolean;
  extraCases?: string[];
  lineCoverage?: number;
  latencyMs?: (id: string, index: number) => number;
  score?: (id: string, claim: number) => number;
}

export function caseIds(category?: string): string[] {
  const categories = category ? [category] : CATEGORIES;
  return categories.flatMap((c) => Array.from({ length: CASES_PER_CATEGORY }, (_, i) => `${c.slice(0, 3)}-${String(i + 1).padStart(3, '0')}`));
}

function categoryOf(id: string): string {
  return CATEGORIES.find((c) => id.startsWith(c.slice(0, 3)))!;
}

function claim(index: number, hallucinated: boolean, cited: boolean, score: number): ClaimResult {
  return {
    index,
    text: `Claim ${index}.`,
    citations: cited ? ['S1'] : [],
    verdict: hallucinated ? 'unsupported' : 'supported',
    score,
    evidence: null,
    judge: 'deterministic',
    reason: hallucinated ? 'no source sentence supports it' : 'entailed by S1',
    hallucinated,
    citedVerdict: cited ? (hallucinated ? 'unsupported' : 'supported') : null,
    citationCovered: cited && !hallucinated,
    citationChecks: cited ? [{ sourceId: 'S1', known: true, relevant: true }] : [],
    sourcesVerdict: hallucinated ? 'unsupported' : 'supported',
    contextsVerdict: null,
    contextsEvidence: null,
    ungroundedButTrue: false,
  };
}

function caseResult(id: string, index: number, shape: RunShape): CaseResult {
  if (shape.errored?.has(id)) return erroredCase(id, shape);
  const hallucinated = shape.hallucinating?.has(id) ?? false;
  const cited = !(shape.uncited?.has(id) ?? false);
  const claims = Array.from({ length: CLAIMS_PER_CASE }, (_, k) =>
    claim(k, hallucinated && k === 0, cited, shape.score ? shape.score(id, k) : hallucinated && k === 0 ? 0.1 : 0.9),
  );
  return {
    id,
    category: categoryOf(id) ?? 'new',
    question: `Question ${id}?`,
    expect: 'answer',
    contentHash: shape.contentHash ? shape.contentHash(id) : `hash-${id}`,
    status: 'answered',
    answer: claims.map((c) => c.text).join(' '),
    error: null,
    latencyMs: shape.latencyMs ? shape.latencyMs(id, index) : 100 + (index % 17) * 5,
    claims,
    nonClaims: [],
    hallucinated,
    hallucinationReasons: hallucinated ? ['claim 0 is unsupported'] : [],
    facts: [],
    forbidden: [],
    retrieval: null,
  };
}

function erroredCase(id: string, shape: RunShape): CaseResult {
  return {
    id,
    category: categoryOf(id) ?? 'new',
    question: `Question ${id}?`,
    expect: 'answer',
    contentHash: shape.contentHash ? shape.contentHash(id) : `hash-${id}`,
    status: 'error',
    answer: '',
    error: 'the app timed out',
    latencyMs: null,
    claims: [],
    nonClaims: [],
    hallucinated: false,
    hallucinationReasons: [],
    facts: [],
    forbidden: [],
    retrieval: null,
  };
}

function coverage(rate: number): ReportCoverage {
  const total = 1000;
  const covered = Math.round(rate * total);
  return {
    reports: [{ file: 'coverage/lcov.info', format: 'lcov' }],
    lines: { covered, total, rate: covered / total },
    branches: { covered: 0, total: 0, rate: null },
    patch: null,
    files: [],
    warnings: [],
  };
}

export function makeReport(shape: RunShape = {}): Report {
  const ids = [...caseIds().filter((id) => shape.only?.(id) ?? true), ...(shape.extraCases ?? [])];
  const cases = ids.map((id, i) => caseResult(id, i, shape));
  return buildReport({
    version: '0.1.0',
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:01:00Z'),
    git: { sha: 'a'.repeat(40), ref: 'refs/heads/main', runUrl: null },
    goldenSet: { files: ['golden-sets/all.yaml'], hash: 'set-hash', caseCount: cases.length },
    settings: {
      responses: 'file',
      judge: shape.judge ?? { name: 'deterministic', version: '1' },
      citationPattern: '\\[(S?\\d+)\\]',
      judgeAgainst: 'both',
    },
    policy: PRESETS.standard,
    cases,
    responses: { missing: [], unknown: [] },
    coverage: shape.lineCoverage === undefined ? null : coverage(shape.lineCoverage),
    drift: null,
    verdict: { status: 'pass', breaches: [], warnings: [], notes: [], override: null },
    shard: null,
    partialReason: null,
  });
}
