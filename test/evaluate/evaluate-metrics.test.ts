import { describe, expect, it } from 'vitest';
import { evaluateCases } from '../../src/evaluate/evaluate.js';
import { computeCategoryMetrics, computeMetrics, rate } from '../../src/evaluate/metrics.js';
import type { Judge, JudgeRequest, JudgeResult } from '../../src/evaluate/types.js';
import type { GoldenCase } from '../../src/golden/types.js';
import { matchResponses } from '../../src/responses/file.js';
import type { AppResponse } from '../../src/responses/types.js';

/** A transparent judge for exact figures: supported iff the claim appears verbatim in the given sources. */
const substringJudge: Judge = {
  name: 'substring',
  async judge(requests: readonly JudgeRequest[]): Promise<JudgeResult[]> {
    return requests.map((r) => {
      const hit = r.sources.find((s) => s.text.includes(r.claim.replace(/\.$/, '')));
      return {
        key: r.key,
        verdict: hit ? 'supported' : 'unsupported',
        score: hit ? 1 : 0,
        evidence: hit ? { sourceId: hit.id, sentence: r.claim, start: 0, end: r.claim.length } : null,
        judge: 'substring',
        reason: hit ? 'found' : 'not found',
      };
    });
  },
};

function golden(id: string, category: string, extra: Partial<GoldenCase> = {}): GoldenCase {
  return {
    id,
    category,
    question: 'q?',
    sources: [
      { id: 'S1', text: 'Alpha is one. Beta is two.' },
      { id: 'S2', text: 'Gamma is three.' },
    ],
    expectedFacts: [{ text: 'Alpha is one.' }],
    forbidden: [],
    expect: 'answer',
    origin: { file: 'x', line: 1 },
    contentHash: id,
    ...extra,
  };
}

async function run(cases: GoldenCase[], responses: AppResponse[]) {
  const results = await evaluateCases(cases, matchResponses(cases, responses), substringJudge);
  return { results, metrics: computeMetrics(results), categories: computeCategoryMetrics(results) };
}

describe('evaluation and metrics (DESIGN.md definitions)', () => {
  it('computes hallucination rate, ALCE citation recall and precision, fabricated citations and fact recall', async () => {
    const { results, metrics } = await run(
      [golden('c1', 'a'), golden('c2', 'a'), golden('c3', 'b')],
      [
        // Two supported claims, the first cites an extra, irrelevant source.
        { id: 'c1', answer: 'Alpha is one [S1, S2]. Gamma is three [S2].' },
        // One unsupported claim citing a source the case does not have.
        { id: 'c2', answer: 'Delta is four [S9].' },
        // A supported claim without any citation.
        { id: 'c3', answer: 'Beta is two.' },
      ],
    );
    expect(results[0]!.claims[0]!.citationChecks).toEqual([
      { sourceId: 'S1', known: true, relevant: true },
      { sourceId: 'S2', known: true, relevant: false },
    ]);
    expect(metrics.hallucinationRate).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(metrics.citationCoverage).toMatchObject({ numerator: 2, denominator: 4 });
    // c1: S1 relevant, S2 irrelevant, S2 relevant; c2: S9 fabricated.
    expect(metrics.citationPrecision).toMatchObject({ numerator: 2, denominator: 4 });
    expect(metrics.fabricatedCitationRate).toMatchObject({ numerator: 1, denominator: 4 });
    expect(metrics.counts).toMatchObject({ cases: 3, claims: 4, supported: 3, unsupported: 1, citations: 4, fabricatedCitations: 1 });
    expect(metrics.caseHallucinationRate).toMatchObject({ numerator: 1, denominator: 3 });
    expect(metrics.factRecall).toMatchObject({ numerator: 1, denominator: 3 });
    expect(results[1]!.hallucinationReasons[0]).toMatch(/^claim 1 is unsupported/);
  });

  it('gives every rate its Wilson 95% interval, and none over nothing', () => {
    const r = rate(1, 4);
    expect(r.ci!.lower).toBeCloseTo(0.045586, 5);
    expect(r.ci!.upper).toBeCloseTo(0.699358, 5);
    expect(rate(0, 0)).toEqual({ value: null, numerator: 0, denominator: 0, ci: null });
  });

  it('counts an answer to an abstain case as hallucinated, and an abstention on an answerable case in the answer rate', async () => {
    const { results, metrics } = await run(
      [golden('ab', 'a', { expect: 'abstain' }), golden('an', 'a')],
      [
        { id: 'ab', answer: 'Alpha is one [S1].' },
        { id: 'an', answer: "I don't know." },
      ],
    );
    expect(results[0]).toMatchObject({ status: 'answered', hallucinated: true });
    expect(results[0]!.claims[0]).toMatchObject({ verdict: 'supported', hallucinated: true });
    expect(results[1]).toMatchObject({ status: 'abstained', hallucinated: false, claims: [] });
    expect(metrics.hallucinationRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(metrics.answerRate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(metrics.factRecall).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('flags a forbidden fact the answer states', async () => {
    const { results } = await run([golden('f', 'a', { forbidden: ['Gamma is three.'] })], [{ id: 'f', answer: 'Gamma is three [S2].' }]);
    expect(results[0]!.forbidden).toEqual([{ text: 'Gamma is three.', entailed: true, evidence: 'Gamma is three.' }]);
    expect(results[0]!.hallucinated).toBe(true);
    expect(results[0]!.hallucinationReasons).toContain('the answer states a known falsehood: "Gamma is three."');
  });

  it('uses structured claims when the app gives them, and records errors and missing answers', async () => {
    const { results, metrics } = await run(
      [golden('s', 'a'), golden('e', 'a'), golden('m', 'b')],
      [
        { id: 's', answer: 'ignored', claims: [{ text: 'Beta is two.', citations: ['S1', 'S1'] }] },
        { id: 'e', answer: '', error: 'exit code 1', latency_ms: 12 },
      ],
    );
    expect(results[0]!.claims).toHaveLength(1);
    expect(results[0]!.claims[0]).toMatchObject({ citations: ['S1'], citationCovered: true });
    expect(results[1]).toMatchObject({ status: 'error', error: 'exit code 1', latencyMs: 12 });
    expect(results[2]).toMatchObject({ status: 'missing' });
    expect(metrics.errorRate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(metrics.latency).toEqual({ count: 1, p50: 12, p95: 12, p99: 12 });
  });

  it('treats a missing verdict as undetermined, never supported', async () => {
    const silent: Judge = { name: 'silent', judge: async () => [] };
    const cases = [golden('u', 'a')];
    const results = await evaluateCases(cases, matchResponses(cases, [{ id: 'u', answer: 'Alpha is one [S1].' }]), silent);
    expect(results[0]!.claims[0]).toMatchObject({ verdict: 'undetermined', hallucinated: false, citationCovered: false });
    expect(computeMetrics(results).undeterminedRate).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('breaks the figures down by category', async () => {
    const { categories } = await run(
      [golden('c1', 'b'), golden('c2', 'a')],
      [
        { id: 'c1', answer: 'Delta is four [S1].' },
        { id: 'c2', answer: 'Alpha is one [S1].' },
      ],
    );
    expect(categories.map((c) => [c.category, c.hallucinationRate.value])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });
});
