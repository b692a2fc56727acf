import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ABSTENTION,
  citedIds,
  makeAbstainCase,
  makeCase,
  numbersIn,
  parseLines,
  runApp,
  sentencesOf,
  startServer,
  withoutLatency,
  writeGoldenSet,
  type TestCase,
} from './helpers.js';

const answerable = Array.from({ length: 30 }, (_, i) => makeCase(i + 1));
const abstaining = [makeAbstainCase(1), makeAbstainCase(2)];
const allCases = [...answerable, ...abstaining];
// Cases split over YAML, JSON and JSON Lines files, listed out of id order.
const goldenSet = writeGoldenSet({ 'b.yaml': answerable.slice(15), 'a.yml': abstaining });
writeFileSync(join(goldenSet, 'c.json'), JSON.stringify(answerable.slice(0, 10)));
writeFileSync(join(goldenSet, 'd.jsonl'), answerable.slice(10, 15).map((c) => JSON.stringify(c)).join('\n') + '\n');
const byId = new Map(allCases.map((c) => [c.id, c]));

function sourceText(kase: TestCase): string {
  return kase.sources.map((s) => s.text.replace(/\s+/g, ' ')).join(' ');
}

async function batch(variant: 'good' | 'regressed' | 'paraphrase') {
  const result = await runApp(['--golden-set', goldenSet, '--variant', variant]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('example app, batch mode', () => {
  it('answers every case of every file type, one JSON line per case, sorted by id', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'example-app-out-')), 'responses.jsonl');
    const result = await runApp(['--golden-set', goldenSet, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const responses = parseLines(readFileSync(out, 'utf8'));
    expect(responses.map((r) => r.id)).toEqual(allCases.map((c) => c.id).sort());
    for (const response of responses) {
      expect(Object.keys(response)).toEqual(['id', 'answer', 'latency_ms']);
      expect(response.latency_ms).toBeGreaterThanOrEqual(0);
    }
  });

  it('good variant: answers from the sources verbatim and cites only the case\'s sources', async () => {
    const responses = parseLines(await batch('good'));
    for (const response of responses.filter((r) => r.id!.startsWith('t-0'))) {
      const kase = byId.get(response.id!)!;
      const ids = kase.sources.map((s) => s.id);
      expect(citedIds(response.answer).length).toBeGreaterThan(0);
      for (const id of citedIds(response.answer)) expect(ids).toContain(id);
      for (const sentence of sentencesOf(response.answer)) expect(sourceText(kase)).toContain(sentence);
      // The question asks for the boiling point, so the answer must carry it.
      const i = Number(response.id!.slice(2));
      expect(response.answer).toContain(`boils at ${110 + i} °C at sea level [S1].`);
    }
  });

  it('good variant: declines a question its sources do not cover', async () => {
    const responses = parseLines(await batch('good'));
    for (const kase of abstaining) expect(responses.find((r) => r.id === kase.id)?.answer).toBe(ABSTENTION);
  });

  it('never looks at expected facts, forbidden facts or the expected behaviour', async () => {
    const blind = allCases.map(({ id, category, question, sources }) => ({ id, category, question, sources }));
    const result = await runApp(['--golden-set', writeGoldenSet({ 'blind.yaml': blind })]);
    expect(withoutLatency(result.stdout)).toBe(withoutLatency(await batch('good')));
  });

  it('is deterministic: two runs are byte-identical apart from latency', async () => {
    for (const variant of ['good', 'regressed', 'paraphrase'] as const) {
      const first = await batch(variant);
      const second = await batch(variant);
      expect(withoutLatency(second)).toBe(withoutLatency(first));
      expect(withoutLatency(first)).not.toContain('latency_ms');
    }
  });

  it('regressed variant: invents numbers, drops and fabricates citations, answers what it should decline', async () => {
    const good = new Map(parseLines(await batch('good')).map((r) => [r.id, r.answer]));
    const regressed = parseLines(await batch('regressed'));
    let changed = 0;
    let inventedNumbers = 0;
    let fabricated = 0;
    let uncited = 0;
    for (const response of regressed) {
      const kase = byId.get(response.id!)!;
      const text = sourceText(kase);
      const ids = kase.sources.map((s) => s.id);
      if (response.answer !== good.get(response.id)) changed++;
      const answerWithoutMarkers = response.answer.replace(/\[[^\]]+\]/g, '');
      if (numbersIn(answerWithoutMarkers).some((n) => !text.includes(n))) inventedNumbers++;
      if (citedIds(response.answer).some((id) => !ids.includes(id))) fabricated++;
      if (citedIds(response.answer).length === 0) uncited++;
    }
    expect(changed).toBeGreaterThanOrEqual(allCases.length / 4);
    expect(inventedNumbers).toBeGreaterThan(0);
    expect(fabricated).toBeGreaterThan(0);
    expect(uncited).toBeGreaterThan(0);
    for (const kase of abstaining) {
      const answer = regressed.find((r) => r.id === kase.id)?.answer;
      expect(answer).not.toBe(ABSTENTION);
      expect(answer).toMatch(/\S/);
    }
  });

  it('paraphrase variant: the good answers in other words, same citations, same abstentions', async () => {
    const good = new Map(parseLines(await batch('good')).map((r) => [r.id, r.answer]));
    const paraphrased = parseLines(await batch('paraphrase'));
    expect(paraphrased.map((r) => r.id)).toEqual([...good.keys()]);
    for (const response of paraphrased) {
      const original = good.get(response.id)!;
      expect(citedIds(response.answer), response.id!).toEqual(citedIds(original));
      if (original === ABSTENTION) {
        expect(response.answer).toBe(ABSTENTION);
        continue;
      }
      // "°C" is spelt out; the value and the rest of the sentence stay.
      const i = Number(response.id!.slice(2));
      expect(response.answer).toContain(`boils at ${110 + i} degrees Celsius at sea level [S1].`);
      expect(response.answer).not.toBe(original);
    }
  });

  it('rejects a file it cannot parse, naming the file and the fix (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'example-app-bad-'));
    writeFileSync(join(dir, 'broken.yaml'), '- id: x\n  question: [unclosed\n');
    const result = await runApp(['--golden-set', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('broken.yaml');
    expect(result.stderr).toContain('fix:');
  });

  it('rejects an unknown variant and a case without sources (exit 2)', async () => {
    const variant = await runApp(['--golden-set', goldenSet, '--variant', 'best']);
    expect(variant.code).toBe(2);
    expect(variant.stderr).toContain('--variant good, regressed, paraphrase, retrieval, retrieval-regressed');
    const noSources = await runApp(['--stdin'], JSON.stringify({ id: 'x', question: 'Why?' }));
    expect(noSources.code).toBe(2);
    expect(noSources.stderr).toContain('"sources"');
  });
});

describe('example app, one case on stdin', () => {
  it('writes one response for the case', async () => {
    const kase = makeCase(7);
    const result = await runApp(['--stdin'], JSON.stringify(kase));
    expect(result.code).toBe(0);
    const [response, ...rest] = parseLines(result.stdout);
    expect(rest).toEqual([]);
    expect(response).toMatchObject({ id: kase.id, answer: `${kase.sources[0]!.text.split('\n\n')[1]!.split('. ')[0]} [S1].` });
  });
});

describe('example app, worker mode', () => {
  it('answers one case per line, in order, and survives a bad line', async () => {
    const input = [makeCase(3), makeAbstainCase(4), makeCase(5)].map((c) => JSON.stringify(c));
    input.splice(2, 0, '{not json', JSON.stringify({ id: 'no-question', sources: [] }));
    const result = await runApp(['--worker'], input.join('\n') + '\n');
    expect(result.code).toBe(0);
    const responses = parseLines(result.stdout);
    expect(responses.map((r) => r.id)).toEqual(['t-003', 't-abstain-004', null, 'no-question', 't-005']);
    expect(responses[0]!.answer).toContain('boils at 113 °C at sea level [S1].');
    expect(responses[1]!.answer).toBe(ABSTENTION);
    expect(responses[2]!.error).toMatch(/JSON/);
    expect(responses[3]!.error).toContain('"question"');
    expect(responses[4]!.answer).toContain('boils at 115 °C at sea level [S1].');
  });

  it('gives the same answers as batch mode', async () => {
    const input = allCases.map((c) => JSON.stringify(c)).join('\n') + '\n';
    for (const variant of ['regressed', 'paraphrase'] as const) {
      const worker = parseLines((await runApp(['--worker', '--variant', variant], input)).stdout);
      const batched = new Map(parseLines(await batch(variant)).map((r) => [r.id, r.answer]));
      expect(worker).toHaveLength(allCases.length);
      for (const response of worker) expect(response.answer).toBe(batched.get(response.id));
    }
  });
});

describe('example app, one case on stdin, paraphrased', () => {
  it('rewords the sentence and keeps its citation', async () => {
    const result = await runApp(['--stdin', '--variant', 'paraphrase'], JSON.stringify(makeCase(7)));
    expect(result.code).toBe(0);
    expect(parseLines(result.stdout)[0]).toMatchObject({ id: 't-007', answer: 'Zeltrane-7 boils at 117 degrees Celsius at sea level [S1].' });
  });
});

describe('example app, HTTP mode', () => {
  it('answers POST /answer on a loopback port and stops on SIGTERM', async () => {
    const server = await startServer();
    try {
      const kase = makeCase(9);
      const ok = await fetch(`${server.url}/answer`, { method: 'POST', body: JSON.stringify(kase) });
      expect(ok.status).toBe(200);
      const response = (await ok.json()) as { id: string; answer: string; latency_ms: number };
      expect(response.id).toBe(kase.id);
      expect(response.answer).toContain('boils at 119 °C at sea level [S1].');
      expect(typeof response.latency_ms).toBe('number');

      const abstain = await fetch(`${server.url}/answer`, { method: 'POST', body: JSON.stringify(makeAbstainCase(9)) });
      expect(((await abstain.json()) as { answer: string }).answer).toBe(ABSTENTION);

      const bad = await fetch(`${server.url}/answer`, { method: 'POST', body: '{"id": 1' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(/JSON/);

      expect((await fetch(`${server.url}/other`, { method: 'POST', body: '{}' })).status).toBe(404);
      expect((await fetch(`${server.url}/answer`)).status).toBe(405);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('serves the paraphrase variant when asked', async () => {
    const server = await startServer(['--variant', 'paraphrase']);
    try {
      const res = await fetch(`${server.url}/answer`, { method: 'POST', body: JSON.stringify(makeCase(4)) });
      expect(((await res.json()) as { answer: string }).answer).toBe('Zeltrane-4 boils at 114 degrees Celsius at sea level [S1].');
    } finally {
      await server.stop();
    }
  });

  it('serves the regressed variant when asked', async () => {
    const server = await startServer(['--variant', 'regressed']);
    try {
      const kase = makeAbstainCase(2);
      const res = await fetch(`${server.url}/answer`, { method: 'POST', body: JSON.stringify(kase) });
      expect(((await res.json()) as { answer: string }).answer).not.toBe(ABSTENTION);
    } finally {
      await server.stop();
    }
  });
});
