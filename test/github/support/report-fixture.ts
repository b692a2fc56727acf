import { buildReport } from '../../../src/report/build-report.js';
import { PRESETS } from '../../../src/policy/presets.js';
import type { CaseResult, ClaimResult, Report, Verdict } from '../../../src/report/types.js';

/** One claim as the evaluator reports it. */
export function claim(text: string, verdict: ClaimResult['verdict'], citations: string[] = ['S1']): ClaimResult {
  const hallucinated = verdict === 'contradicted' || verdict === 'unsupported';
  return {
    index: 0,
    text,
    citations,
    verdict,
    score: hallucinated ? 0.1 : 0.9,
    evidence: { sourceId: 'S1', sentence: 'Adults should not take more than 4,000 mg in 24 hours.', start: 0, end: 55 },
    judge: 'deterministic',
    reason: hallucinated ? 'the source gives 4,000 mg, not 8,000 mg' : 'entailed by S1',
    hallucinated,
    citedVerdict: verdict,
    citationCovered: !hallucinated && citations.length > 0,
    citationChecks: citations.map((sourceId) => ({ sourceId, known: sourceId === 'S1', relevant: true })),
    sourcesVerdict: verdict,
    contextsVerdict: null,
    contextsEvidence: null,
    ungroundedButTrue: false,
  };
}

export function caseResult(id: string, category: string, claims: ClaimResult[], answer?: string): CaseResult {
  const numbered = claims.map((c, index) => ({ ...c, index }));
  const hallucinated = numbered.some((c) => c.hallucinated);
  return {
    id,
    category,
    question: 'What is the maximum daily dose of acetaminophen for healthy adults?',
    expect: 'answer',
    contentHash: `sha256:${id}`,
    status: 'answered',
    answer: answer ?? numbered.map((c) => c.text).join(' '),
    error: null,
    latencyMs: 120,
    claims: numbered,
    nonClaims: [],
    hallucinated,
    hallucinationReasons: numbered.filter((c) => c.hallucinated).map((c) => `claim ${c.index + 1} is ${c.verdict}`),
    facts: [],
    forbidden: [],
    retrieval: null,
  };
}

/** A small, schema-valid report built with the real report builder. */
export function sampleReport(options: { verdict?: Partial<Verdict>; cases?: CaseResult[]; ref?: string } = {}): Report {
  const cases = options.cases ?? [
    caseResult('med-001', 'medical', [claim('The maximum is 4,000 mg in 24 hours [S1].', 'supported')]),
    caseResult('med-002', 'medical', [claim('The maximum is 8,000 mg [S1].', 'contradicted')]),
    caseResult('law-001', 'legal', [claim('The notice period is 30 days [S1].', 'supported')]),
  ];
  return buildReport({
    version: '0.1.0',
    startedAt: new Date('2025-03-01T10:00:00Z'),
    finishedAt: new Date('2025-03-01T10:01:00Z'),
    git: { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', ref: options.ref ?? 'refs/pull/2/merge', runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1' },
    goldenSet: { files: ['golden/medical.yaml'], hash: 'sha256:golden', caseCount: cases.length },
    settings: { responses: 'file', judge: { name: 'deterministic', version: '1' }, citationPattern: '\\[(S?\\d+)\\]', judgeAgainst: 'both' },
    policy: PRESETS.standard,
    cases,
    responses: { missing: [], unknown: [] },
    coverage: null,
    drift: null,
    verdict: {
      status: 'fail',
      breaches: [{ rule: 'max-hallucination-rate', severity: 'fail', actual: 0.333, threshold: 0.02, message: 'hallucination rate 33.3% is over 2.0%' }],
      warnings: [],
      notes: [],
      override: null,
      ...options.verdict,
    },
    shard: null,
    partialReason: null,
  });
}
