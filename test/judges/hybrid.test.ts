import { describe, expect, it } from 'vitest';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { createHybridJudge } from '../../src/evaluate/judges/hybrid.js';
import type { Judge, JudgeRequest } from '../../src/evaluate/types.js';

/** A stand-in for the LLM judge that records what it was asked. */
function recordingJudge(verdict: 'supported' | 'undetermined'): Judge & { asked: string[] } {
  const asked: string[] = [];
  return {
    name: 'llm:test',
    asked,
    judge: async (requests) =>
      requests.map((r) => {
        asked.push(r.key);
        return { key: r.key, verdict, score: verdict === 'supported' ? 0.9 : 0, evidence: null, judge: 'llm:test', reason: `llm ${verdict}` };
      }),
  };
}

const SOURCES = [{ id: 'S1', text: 'The Riverside plant employs 420 people. It opened in 2011 and makes bicycle frames.' }];
const request = (key: string, claim: string): JudgeRequest => ({ key, question: '', claim, sources: SOURCES });

describe('hybrid judge', () => {
  it('keeps confident deterministic verdicts and sends the rest to the fallback', async () => {
    const fallback = recordingJudge('supported');
    const judge = createHybridJudge({ first: createDeterministicJudge(), fallback, supportAbove: 0.9, rejectBelow: 0.05 });
    const batch = [
      request('copy', 'The Riverside plant employs 420 people.'),
      request('number', 'The Riverside plant employs 950 people.'),
      request('unclear', 'The Riverside factory builds cycle frames.'),
    ];
    const deterministic = await createDeterministicJudge().judge(batch);
    const results = await judge.judge(batch);
    const unsettled: string[] = [];
    for (const [i, result] of results.entries()) {
      const first = deterministic[i]!;
      const settled =
        (first.verdict === 'supported' && first.score > 0.9) || (first.verdict !== 'supported' && first.score < 0.05);
      expect(result.judge).toBe(settled ? 'deterministic' : 'llm:test');
      if (!settled) unsettled.push(result.key);
    }
    expect(fallback.asked).toEqual(unsettled);
    expect(unsettled.length).toBeGreaterThan(0);
    expect(unsettled.length).toBeLessThan(batch.length);
    expect(results.map((r) => r.key)).toEqual(['copy', 'number', 'unclear']);
  });

  it('sends everything to the fallback when the thresholds accept nothing', async () => {
    const fallback = recordingJudge('supported');
    const judge = createHybridJudge({ first: createDeterministicJudge(), fallback, supportAbove: 1, rejectBelow: 0 });
    await judge.judge([request('a', 'The plant opened in 2011.'), request('b', 'The plant closed in 1999.')]);
    expect(fallback.asked).toEqual(['a', 'b']);
  });

  it('says what the deterministic judge thought when the fallback cannot decide', async () => {
    const judge = createHybridJudge({ first: createDeterministicJudge(), fallback: recordingJudge('undetermined'), supportAbove: 1, rejectBelow: 0 });
    const [result] = await judge.judge([request('a', 'The plant opened in 2011.')]);
    expect(result?.verdict).toBe('undetermined');
    expect(result?.reason).toMatch(/llm undetermined; deterministic said/);
  });

  it('rejects thresholds that overlap', () => {
    expect(() => createHybridJudge({ first: createDeterministicJudge(), fallback: recordingJudge('supported'), supportAbove: 0.2, rejectBelow: 0.5 })).toThrow(RangeError);
  });
});
