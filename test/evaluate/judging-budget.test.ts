import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCases } from '../../src/evaluate/evaluate.js';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { createHybridJudge } from '../../src/evaluate/judges/hybrid.js';
import type { Judge, JudgeRequest, JudgeResult } from '../../src/evaluate/types.js';
import type { GoldenCase } from '../../src/golden/types.js';
import { matchResponses } from '../../src/responses/file.js';
import type { AppResponse } from '../../src/responses/types.js';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const tmp = useTempDir();
const entry = new URL('../../dist/cli/index.js', import.meta.url);

/** Words that meet in every sentence, so each claim lines up with thousands of source sentences. */
const WORDS = ['adult', 'dose', 'hours', 'maximum', 'liver', 'tablet', 'daily', 'take', 'doctor', 'pain', 'fever', 'children', 'weight', 'water', 'food', 'risk'];

/** Sentences of 8 to 17 of those words, the same for the same seed, until `length` characters. */
function prose(length: number, seed: number, cite = ''): string {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const words = Array.from({ length: 8 + next(10) }, () => WORDS[next(WORDS.length)]!);
    const sentence = `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}${cite}.`;
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return sentences.join(' ').slice(0, length);
}

function golden(id: string, sourceText: string): GoldenCase {
  return {
    id,
    category: 'medical',
    question: 'What is the maximum daily dose?',
    sources: [{ id: 'S1', text: sourceText }],
    expectedFacts: [{ text: 'The maximum is 3,000 mg in 24 hours.' }],
    forbidden: ['The maximum is 8,000 mg in 24 hours.'],
    expect: 'answer',
    origin: { file: 'golden.json', line: 1 },
    contentHash: id,
  };
}

const LABEL = 'Adults should not take more than 3,000 mg in 24 hours. Take it with water.';
const cases = [golden('short-1', LABEL), golden('long', prose(20_000, 7)), golden('short-2', LABEL)];
const answers: AppResponse[] = [
  { id: 'short-1', answer: 'Adults should not take more than 3,000 mg in 24 hours [S1].' },
  { id: 'long', answer: prose(30_000, 11, ' [S1]') },
  { id: 'short-2', answer: 'Adults may take 8,000 mg in 24 hours [S1].' },
];

/** A clock that moves one millisecond each time it is read: the time charged is the number of checks, on any machine. */
function tickingClock(): () => number {
  let now = 0;
  return () => now++;
}

describe('judging time per case', () => {
  it('a case over its budget is an error that names the budget and the fix; the other cases are judged exactly as without a budget', async () => {
    const matched = matchResponses(cases, answers);
    const free = await evaluateCases(cases, matched, createDeterministicJudge());
    const bounded = await evaluateCases(cases, matched, createDeterministicJudge(), { budgetMs: 600, clock: tickingClock() });

    const long = bounded[1]!;
    expect(long).toMatchObject({ id: 'long', status: 'error', claims: [], hallucinated: false, answer: answers[1]!.answer });
    expect(long.error).toMatch(/^factgate stopped judging this case at its judging budget of 0\.6 s \(judge-budget-ms 600\)/);
    expect(long.error).toMatch(/fix: shorten the answer or the sources .*or raise judge-budget-ms/);
    // Without the budget the same case is judged in full.
    expect(free[1]!.status).toBe('answered');
    expect(free[1]!.claims.length).toBeGreaterThan(100);
    expect(bounded[0]).toEqual(free[0]);
    expect(bounded[2]).toEqual(free[2]);
  });

  it('a case that runs out of time while its answer is split is stopped there, with nothing asked of the judge', async () => {
    const recording = (asked: JudgeRequest[]): Judge => ({
      name: 'recording',
      judge: async (requests: readonly JudgeRequest[]): Promise<JudgeResult[]> => {
        asked.push(...requests);
        return createDeterministicJudge().judge(requests);
      },
    });
    const asked: JudgeRequest[] = [];
    // Splitting 30,000 characters reads the clock once a sentence: far more than 50 times.
    const results = await evaluateCases(cases, matchResponses(cases, answers), recording(asked), { budgetMs: 50, clock: tickingClock() });
    expect(results.map((r) => r.status)).toEqual(['answered', 'error', 'answered']);
    const shortOnly: JudgeRequest[] = [];
    await evaluateCases([cases[0]!, cases[2]!], matchResponses([cases[0]!, cases[2]!], [answers[0]!, answers[2]!]), recording(shortOnly));
    expect(asked.map(({ claim, sources }) => ({ claim, sources }))).toEqual(shortOnly.map(({ claim, sources }) => ({ claim, sources })));
  });

  it('with the hybrid judge, no claim of a case over its budget goes on to the fallback', async () => {
    const fallbackClaims: string[] = [];
    const fallback: Judge = {
      name: 'fallback',
      judge: async (requests) => {
        fallbackClaims.push(...requests.map((r) => r.claim));
        return requests.map((r) => ({ key: r.key, verdict: 'unsupported', score: 0, evidence: null, judge: 'fallback', reason: 'asked' }));
      },
    };
    const results = await evaluateCases(cases, matchResponses(cases, answers), createHybridJudge({ first: createDeterministicJudge(), fallback }), {
      budgetMs: 600,
      clock: tickingClock(),
    });
    expect(results.map((r) => r.status)).toEqual(['answered', 'error', 'answered']);
    const longClaims = new Set(results[1]!.status === 'error' ? [] : results[1]!.claims.map((c) => c.text));
    expect(fallbackClaims.filter((claim) => longClaims.has(claim) || answers[1]!.answer.includes(claim))).toEqual([]);
  });

  it('through the CLI: a long case over --judge-budget-ms fails the gate as a recorded error, on the main thread and on worker threads', async () => {
    // Ten sources of 490,000 characters and a 199,000-character answer, a golden set over 4 MB,
    // which is loaded and judged on worker threads; six such sources stay under it, on the main
    // thread. Either takes seconds to judge, far over a budget of 0.2 s on any machine, and
    // the short cases a few milliseconds.
    const sources = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `S${i + 1}`, text: prose(490_000, 100 + i) }));
    const big = goldenCase('long', { sources: sources(10) });
    const shortCases = [goldenCase('short-1'), goldenCase('short-2')];
    tmp.write('golden.json', JSON.stringify([shortCases[0], big, shortCases[1]]));
    tmp.write('small.json', JSON.stringify([shortCases[0], { ...big, sources: sources(6) }, shortCases[1]]));
    const good = 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].';
    tmp.write(
      'responses.jsonl',
      [
        { id: 'short-1', answer: good },
        { id: 'long', answer: prose(199_000, 3, ' [S1]') },
        { id: 'short-2', answer: good },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    for (const [set, extra] of [['small.json', {}], ['golden.json', { workerEntry: entry }]] as const) {
      const started = Date.now();
      const run = await runCli(['run', '--golden-set', set, '--responses', 'responses.jsonl', '--judge-budget-ms', '200', '--report-json', 'r.json'], tmp.dir(), {}, extra);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(Date.now() - started).toBeLessThan(60_000);
      const text = (run.stdout + run.stderr).replace(/\s*\n\s*/g, ' ');
      expect(text).toContain('long ran out of judging time: factgate stopped judging this case at its judging budget of 0.2 s (judge-budget-ms 200)');
      expect(text).toContain('1 case failed in the application or ran out of judging time');
      const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
      expect(report.verdict.status).toBe('fail');
      const cases: { id: string; status: string; error: string | null }[] = report.cases;
      expect(cases.map((c) => `${c.id} ${c.status}`).sort()).toEqual(['long error', 'short-1 answered', 'short-2 answered']);
      expect(cases.find((c) => c.id === 'long')!.error).toMatch(/fix: shorten the answer or the sources/);
      expect(report.metrics.errorRate.numerator).toBe(1);
    }
  }, 120_000);
});
