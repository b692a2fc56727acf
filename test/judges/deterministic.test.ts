import { describe, expect, it } from 'vitest';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import type { JudgeRequest } from '../../src/evaluate/types.js';

const LABEL = {
  id: 'S1',
  text:
    'Acetaminophen relieves minor aches and fever.\n' +
    'Adults and children 12 years and over should not take more than 4,000 mg in 24 hours. ' +
    'Do not use with other drugs containing acetaminophen. Liver damage may occur if you drink three or more alcoholic drinks every day.',
};
const COMPANY = {
  id: 'S2',
  text: 'Northwind Traders was founded in 1998 by Maria Anders. Its head office is in Delhi, and revenue rose 12% in 2023.',
};

function request(claim: string, key = 'k'): JudgeRequest {
  return { key, question: '', claim, sources: [LABEL, COMPANY] };
}

async function judgeOne(claim: string) {
  const [result] = await createDeterministicJudge().judge([request(claim)]);
  if (!result) throw new Error('no result');
  return result;
}

describe('deterministic judge', () => {
  it('supports a paraphrase of a source sentence and points at it', async () => {
    const result = await judgeOne('Adults should not take more than 4000 mg in 24 hours.');
    expect(result.verdict).toBe('supported');
    expect(result.judge).toBe('deterministic');
    expect(result.evidence?.sourceId).toBe('S1');
    expect(result.evidence && LABEL.text.slice(result.evidence.start, result.evidence.end)).toBe(result.evidence?.sentence);
    expect(result.evidence?.sentence).toContain('4,000 mg');
    expect(result.score).toBeGreaterThanOrEqual(0.5);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('contradicts a changed number next to the number the source gives', async () => {
    const result = await judgeOne('Adults should not take more than 8,000 mg in 24 hours.');
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toMatch(/8,000/);
    expect(result.reason).toMatch(/4,000/);
  });

  it('contradicts a claim that uses the opposite word', async () => {
    expect((await judgeOne('Revenue at Northwind Traders fell 12% in 2023.')).verdict).toBe('contradicted');
  });

  it('contradicts a dropped negation', async () => {
    expect((await judgeOne('Use acetaminophen with other drugs containing acetaminophen.')).verdict).toBe('contradicted');
  });

  it('sees a negation that covers words the source states plainly', async () => {
    const result = await judgeOne('Acetaminophen does not relieve fever.');
    expect(result.verdict).toBe('contradicted');
    expect(result.reason).toMatch(/negates/);
  });

  it('does not support a negative claim that no source sentence makes', async () => {
    const result = await judgeOne('Northwind Traders never had a head office in Delhi.');
    expect(result.verdict).not.toBe('supported');
  });

  it('catches opposites made with a prefix and swaps within a closed class', async () => {
    const [unsafe, friday] = await createDeterministicJudge().judge([
      { key: 'u', question: '', claim: 'The old bridge is unsafe for cyclists.', sources: [{ id: 'B', text: 'The old bridge is safe for cyclists.' }] },
      { key: 'f', question: '', claim: 'The Friday market opens at noon.', sources: [{ id: 'M', text: 'The Monday market opens at noon.' }] },
    ]);
    expect(unsafe?.verdict).toBe('contradicted');
    expect(unsafe?.reason).toMatch(/unsafe.*safe/);
    expect(friday?.verdict).toBe('contradicted');
    expect(friday?.reason).toMatch(/friday.*monday/i);
  });

  it('does not support a degree the source does not give', async () => {
    const [result] = await createDeterministicJudge().judge([
      { key: 'd', question: '', claim: 'Revenue rose sharply in 2023.', sources: [{ id: 'R', text: 'Revenue rose in 2023.' }] },
    ]);
    expect(result?.verdict).not.toBe('supported');
  });

  it('does not support a claim with a name the sources never mention', async () => {
    const result = await judgeOne('Northwind Traders was founded in 1998 by John Carter.');
    expect(result.verdict).not.toBe('supported');
    expect(result.reason).toMatch(/carter|john/i);
  });

  it('calls a claim about something else unsupported', async () => {
    const result = await judgeOne('The tablets should be stored in a refrigerator below 8 degrees.');
    expect(result.verdict).toBe('unsupported');
    expect(result.score).toBeLessThan(0.5);
  });

  it('answers every request by key, in order, and handles missing sources', async () => {
    const judge = createDeterministicJudge();
    const results = await judge.judge([
      request('The head office is in Delhi.', 'a'),
      { key: 'b', question: '', claim: 'The head office is in Delhi.', sources: [] },
      request('It is.', 'c'),
    ]);
    expect(results.map((r) => r.key)).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.verdict)).toEqual(['supported', 'unsupported', 'unsupported']);
    expect(results[1]?.evidence).toBeNull();
  });

  it('re-reads sources changed in place instead of reusing what it indexed', async () => {
    const judge = createDeterministicJudge();
    const source = { id: 'S1', text: 'The pump moves 40 litres per minute.' };
    const sources = [source];
    const ask = async (): Promise<string | undefined> => (await judge.judge([{ key: 'k', question: '', claim: 'The pump moves 40 litres per minute.', sources }]))[0]?.verdict;
    expect(await ask()).toBe('supported');
    source.text = 'The pump moves 55 litres per minute.';
    expect(await ask()).toBe('contradicted');
    sources[0] = { id: 'S1', text: 'The pump moves 40 litres per minute.' };
    expect(await ask()).toBe('supported');
  });

  it('gives the same verdicts however many other sources it has indexed in between', async () => {
    const judge = createDeterministicJudge();
    const claims = ['The head office is in Delhi.', 'Revenue rose 15% in 2023.', 'It was founded in 1998.'];
    const first = await judge.judge(claims.map((claim, i) => ({ key: String(i), question: '', claim, sources: [COMPANY] })));
    // Enough unrelated sources to push the company out of every memo slot.
    for (let n = 0; n < 200; n++) await judge.judge([{ key: 'x', question: '', claim: `Item ${n} weighs ${n} kg.`, sources: [{ id: `D${n}`, text: `Item ${n} weighs ${n + 1} kg.` }] }]);
    const again = await judge.judge(claims.map((claim, i) => ({ key: String(i), question: '', claim, sources: [COMPANY] })));
    expect(again).toEqual(first);
    expect(first.map((r) => r.verdict)).toEqual(['supported', 'contradicted', 'supported']);
  });

  it('reads sentences across wrapped lines and keeps list items apart', async () => {
    const wrapped = {
      id: 'W',
      text: 'The backlog at the end of 2024 was $612 million, up from $455\nmillion a year earlier.\n\nLimits:\n- at most 3 fees per day\n- no fee below $25',
    };
    const [result, item] = await createDeterministicJudge().judge([
      { key: 'w', question: '', claim: 'The backlog was $612 million at the end of 2024, up from $455 million.', sources: [wrapped] },
      { key: 'i', question: '', claim: 'At most 3 fees are charged per day.', sources: [wrapped] },
    ]);
    expect(result?.verdict).toBe('supported');
    expect(result?.evidence?.sentence).toBe('The backlog at the end of 2024 was $612 million, up from $455\nmillion a year earlier.');
    expect(item?.verdict).toBe('supported');
    expect(item?.evidence?.sentence).toBe('- at most 3 fees per day');
  });

  it('judges a short answer as the statement it makes about the question', async () => {
    const ask = (claim: string): JudgeRequest => ({ key: claim, question: 'When was Northwind Traders founded?', claim, sources: [COMPANY] });
    const [right, wrong] = await createDeterministicJudge().judge([ask('1998'), ask('2005')]);
    expect(right?.verdict).toBe('supported');
    expect(wrong?.verdict).toBe('contradicted');
    expect(wrong?.evidence?.sentence).toContain('founded in 1998');
  });

  it('lets the caller require more of the words to be found', async () => {
    const claim = request('Acetaminophen quickly relieves fever.');
    const [strict] = await createDeterministicJudge({ minCoverage: 0.9 }).judge([claim]);
    expect(strict?.verdict).toBe('unsupported');
    expect(strict?.reason).toMatch(/quickly/);
    expect(() => createDeterministicJudge({ minCoverage: 2 })).toThrow(RangeError);
  });

  it('lets the caller move the support threshold', async () => {
    const claim = request('Acetaminophen relieves fever.');
    const [lenient] = await createDeterministicJudge().judge([claim]);
    const [strict] = await createDeterministicJudge({ supportThreshold: 0.9 }).judge([claim]);
    expect(lenient?.verdict).toBe('supported');
    expect(lenient?.score).toBeLessThan(0.9);
    expect(strict?.verdict).toBe('unsupported');
  });
});
