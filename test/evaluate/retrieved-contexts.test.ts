import { describe, expect, it } from 'vitest';
import { evaluateCases, type EvaluateOptions } from '../../src/evaluate/evaluate.js';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { computeCategoryMetrics, computeMetrics } from '../../src/evaluate/metrics.js';
import { averagePrecision } from '../../src/evaluate/retrieval.js';
import type { Judge, JudgeRequest, JudgeResult } from '../../src/evaluate/types.js';
import type { GoldenCase } from '../../src/golden/types.js';
import { matchResponses } from '../../src/responses/file.js';
import type { AppResponse } from '../../src/responses/types.js';

/** Supported iff the claim appears verbatim in the given passages: exact figures, and it records every question asked. */
function substringJudge(): Judge & { asked: JudgeRequest[] } {
  const asked: JudgeRequest[] = [];
  return {
    name: 'substring',
    asked,
    async judge(requests: readonly JudgeRequest[]): Promise<JudgeResult[]> {
      asked.push(...requests);
      return requests.map((r) => {
        const hit = r.sources.find((s) => s.text.includes(r.claim.replace(/\.$/, '')));
        return {
          key: r.key,
          verdict: hit ? 'supported' : 'unsupported',
          score: hit ? 1 : 0,
          evidence: hit ? { sourceId: hit.id, sentence: r.claim, start: 0, end: r.claim.length } : null,
          judge: 'substring',
          reason: hit ? `found in ${hit.id}` : 'not found',
        };
      });
    },
  };
}

function golden(id: string, extra: Partial<GoldenCase> = {}): GoldenCase {
  return {
    id,
    category: 'general',
    question: 'q?',
    sources: [],
    expectedFacts: [{ text: 'Alpha is one.' }],
    forbidden: [],
    expect: 'answer',
    origin: { file: 'x', line: 1 },
    contentHash: id,
    ...extra,
  };
}

async function run(cases: GoldenCase[], responses: AppResponse[], options: EvaluateOptions = {}, judge: Judge = substringJudge()) {
  const results = await evaluateCases(cases, matchResponses(cases, responses), judge, options);
  return { results, metrics: computeMetrics(results), categories: computeCategoryMetrics(results) };
}

const contexts = [
  { id: 'd1', text: 'Alpha is one. Beta is two.', source: 'doc-a' },
  { id: 'd2', text: 'Gamma is three.', source: 'doc-b' },
  { id: 'd3', text: 'Epsilon is five.', source: 'doc-c' },
];

describe('judging against the retrieved contexts', () => {
  it('judges a case without golden sources against its contexts: faithfulness, recall, precision, precision@k and average precision', async () => {
    const { results, metrics } = await run(
      [golden('c1')],
      [{ id: 'c1', answer: 'Alpha is one [d1]. Gamma is three [d2]. Delta is four.', contexts }],
    );
    const [c] = results;
    expect(c!.claims.map((claim) => [claim.contextsVerdict, claim.sourcesVerdict, claim.hallucinated])).toEqual([
      ['supported', null, false],
      ['supported', null, false],
      ['unsupported', null, true],
    ]);
    // Citations to passage ids are known and cover their claims.
    expect(c!.claims[0]!.citationChecks).toEqual([{ sourceId: 'd1', known: true, relevant: true }]);
    expect(metrics.citationCoverage).toMatchObject({ numerator: 2, denominator: 3 });
    expect(metrics.faithfulness).toMatchObject({ numerator: 2, denominator: 3 });
    expect(metrics.faithfulness.ci).not.toBeNull();
    expect(metrics.hallucinationRate).toMatchObject({ numerator: 1, denominator: 3 });
    // Recall counts the expected fact, found in d1.
    expect(c!.retrieval!.recall).toEqual({ basis: 'expected-facts', items: [{ text: 'Alpha is one.', found: true, contextId: 'd1' }] });
    expect(metrics.contextRecall).toMatchObject({ numerator: 1, denominator: 1 });
    // d1 and d2 each support a claim, d3 supports nothing.
    expect(c!.retrieval!.contexts.map((p) => [p.id, p.rank, p.useful, p.supportsClaims, p.supportsFacts])).toEqual([
      ['d1', 1, true, [0], [0]],
      ['d2', 2, true, [1], []],
      ['d3', 3, false, [], []],
    ]);
    expect(metrics.contextPrecision).toMatchObject({ numerator: 2, denominator: 3 });
    expect(metrics.contextPrecisionAtK).toMatchObject({ numerator: 1, denominator: 1, k: 1 });
    expect(metrics.meanAveragePrecision).toEqual({ value: 1, cases: 1 });
    expect(metrics.counts).toMatchObject({ contextCases: 1, contexts: 3 });
  });

  it('ranks by score when every passage has one, and average precision weighs the rank', async () => {
    const scored = [
      { ...contexts[0]!, score: 0.2 },
      { ...contexts[1]!, score: 0.1 },
      { ...contexts[2]!, score: 0.9 },
    ];
    const { results, metrics } = await run([golden('c1')], [{ id: 'c1', answer: 'Alpha is one.', contexts: scored }]);
    expect(results[0]!.retrieval!.contexts.map((p) => [p.id, p.rank, p.useful])).toEqual([
      ['d3', 1, false],
      ['d1', 2, true],
      ['d2', 3, false],
    ]);
    // One useful passage, at rank 2: precision@2 = 1/2.
    expect(metrics.meanAveragePrecision.value).toBe(0.5);
    expect(averagePrecision([true, false, true])).toBeCloseTo((1 + 2 / 3) / 2, 12);
    expect(averagePrecision([false, false])).toBe(0);
    expect(averagePrecision([])).toBeNull();
  });

  it('counts a claim the golden sources support but the retrieval missed as "ungrounded but true", and judge-against decides the hallucination', async () => {
    const kase = golden('u', {
      sources: [
        { id: 'S1', text: 'Alpha is one.' },
        { id: 'S2', text: 'Gamma is three.' },
      ],
    });
    // The retriever found only S2's document; the answer states S1's fact, citing S1.
    const response: AppResponse = { id: 'u', answer: 'Alpha is one [S1].', contexts: [{ id: 'S2', text: 'Gamma is three.', source: 'S2' }] };
    const both = await run([kase], [response]);
    const claim = both.results[0]!.claims[0]!;
    expect(claim).toMatchObject({ sourcesVerdict: 'supported', contextsVerdict: 'unsupported', ungroundedButTrue: true, hallucinated: false });
    expect(both.metrics.ungroundedButTrueRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(both.metrics.sourceSupport).toMatchObject({ numerator: 1, denominator: 1 });
    expect(both.metrics.faithfulness).toMatchObject({ numerator: 0, denominator: 1 });
    // A context id equal to a golden source id is shown to the judge under its own name.
    expect(both.results[0]!.claims[0]!.citationChecks).toEqual([{ sourceId: 'S1', known: true, relevant: true }]);

    const contextsOnly = await run([kase], [response], { judgeAgainst: 'contexts' });
    expect(contextsOnly.results[0]!.claims[0]).toMatchObject({ verdict: 'unsupported', hallucinated: true, ungroundedButTrue: true });
    const sourcesOnly = await run([kase], [response], { judgeAgainst: 'sources' });
    expect(sourcesOnly.results[0]!.claims[0]).toMatchObject({ verdict: 'supported', hallucinated: false });
  });

  it('calls a claim neither side supports hallucinated, saying so', async () => {
    const kase = golden('n', { sources: [{ id: 'S1', text: 'Alpha is one.' }] });
    const { results } = await run([kase], [{ id: 'n', answer: 'Delta is four.', contexts: [{ id: 'c', text: 'Alpha is one.' }] }]);
    expect(results[0]!.claims[0]).toMatchObject({ verdict: 'unsupported', hallucinated: true, ungroundedButTrue: false });
    expect(results[0]!.hallucinationReasons[0]).toMatch(/neither the golden sources nor the retrieved contexts support it/);
  });

  it('recall counts the relevant ids when given: a retriever that misses the relevant document scores 0', async () => {
    const kase = golden('r', { relevant: ['doc-a'] });
    const hit = await run([kase], [{ id: 'r', answer: 'Alpha is one.', contexts }]);
    expect(hit.results[0]!.retrieval!.recall).toEqual({ basis: 'relevant', items: [{ text: 'doc-a', found: true, contextId: 'd1' }] });
    const missed = await run([kase], [{ id: 'r', answer: 'Alpha is one.', contexts: contexts.slice(1) }]);
    expect(missed.metrics.contextRecall).toMatchObject({ numerator: 0, denominator: 1 });
    expect(missed.metrics.faithfulness).toMatchObject({ numerator: 0, denominator: 1 });
  });

  it('recall falls back to the golden sources, found through each passage\'s source, when a case has no expected facts', async () => {
    const kase = golden('s', { expectedFacts: [], sources: [{ id: 'doc-a', text: 'Alpha is one.' }, { id: 'doc-z', text: 'Zeta is six.' }] });
    const { results, metrics } = await run([kase], [{ id: 's', answer: 'Alpha is one [d1].', contexts }]);
    expect(results[0]!.retrieval!.recall).toEqual({
      basis: 'sources',
      items: [
        { text: 'doc-a', found: true, contextId: 'd1' },
        { text: 'doc-z', found: false, contextId: null },
      ],
    });
    expect(metrics.contextRecall).toMatchObject({ numerator: 1, denominator: 2 });
    // Without any passage naming its source there is no telling: nothing is counted.
    const unnamed = contexts.map(({ id, text }) => ({ id, text }));
    const none = await run([kase], [{ id: 's', answer: 'Alpha is one [d1].', contexts: unnamed }]);
    expect(none.results[0]!.retrieval!.recall).toBeNull();
    expect(none.metrics.contextRecall.denominator).toBe(0);
  });

  it('judges the retrieval of a declined answer too: recall and precision through the expected facts', async () => {
    const { results, metrics } = await run([golden('d')], [{ id: 'd', answer: "I don't know.", contexts }]);
    expect(results[0]!.status).toBe('abstained');
    expect(metrics.contextRecall).toMatchObject({ numerator: 1, denominator: 1 });
    expect(results[0]!.retrieval!.contexts.map((p) => p.useful)).toEqual([true, false, false]);
    expect(metrics.faithfulness.denominator).toBe(0);
  });

  it('an empty retrieval supports nothing; no contexts at all leaves the retrieval figures unmeasured', async () => {
    const empty = await run([golden('e')], [{ id: 'e', answer: 'Alpha is one.', contexts: [] }]);
    expect(empty.results[0]!.claims[0]).toMatchObject({ contextsVerdict: 'unsupported', hallucinated: true });
    expect(empty.results[0]!.retrieval).toEqual({ contexts: [], recall: { basis: 'expected-facts', items: [{ text: 'Alpha is one.', found: false, contextId: null }] }, averagePrecision: null });
    const none = await run([golden('x', { sources: [{ id: 'S1', text: 'Alpha is one.' }] })], [{ id: 'x', answer: 'Alpha is one [S1].' }]);
    expect(none.results[0]!.retrieval).toBeNull();
    expect(none.metrics.faithfulness.value).toBeNull();
    expect(none.metrics.contextRecall.value).toBeNull();
    expect(none.metrics.counts.contextCases).toBe(0);
  });

  it('asks each passage alone only about what the passages support together', async () => {
    const judge = substringJudge();
    await run([golden('q')], [{ id: 'q', answer: 'Delta is four.', contexts }], {}, judge);
    // The unsupported claim and the fact: nothing is asked passage by passage for the claim.
    const perPassage = judge.asked.filter((r) => r.sources.length === 1 && r.claim === 'Delta is four.');
    expect(perPassage).toEqual([]);
    // The fact, which the passages support together, is asked of each of the three (and once of the answer).
    expect(judge.asked.filter((r) => r.claim === 'Alpha is one.' && r.sources.length === 1 && r.sources[0]!.id !== 'answer')).toHaveLength(3);
  });

  it('with the deterministic judge: a true claim from a document the retriever missed is ungrounded but true, an invented one is hallucinated', async () => {
    const kase = golden('med', {
      question: 'What is the maximum daily dose of acetaminophen for healthy adults?',
      sources: [
        { id: 'S1', text: 'Adults and children 12 years and over should not take more than 4,000 mg of acetaminophen in 24 hours.' },
        { id: 'S2', text: 'Store the tablets at room temperature, away from moisture and out of reach of children.' },
      ],
      expectedFacts: [{ text: 'The maximum is 4,000 mg in 24 hours.' }],
    });
    const response: AppResponse = {
      id: 'med',
      answer: 'Adults should not take more than 4,000 mg of acetaminophen in 24 hours [S1]. The tablets may be taken with grapefruit juice or warm milk.',
      contexts: [{ id: 'chunk-7', text: kase.sources[1]!.text, source: 'S2' }],
    };
    const { results, metrics } = await run([kase], [response], {}, createDeterministicJudge());
    const [trueClaim, invented] = results[0]!.claims;
    expect(trueClaim).toMatchObject({ sourcesVerdict: 'supported', ungroundedButTrue: true, hallucinated: false });
    expect(trueClaim!.contextsVerdict).not.toBe('supported');
    expect(invented).toMatchObject({ hallucinated: true, ungroundedButTrue: false });
    expect(metrics.faithfulness).toMatchObject({ numerator: 0, denominator: 2 });
    expect(metrics.contextRecall).toMatchObject({ numerator: 0, denominator: 1 });
    expect(metrics.contextPrecision).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
