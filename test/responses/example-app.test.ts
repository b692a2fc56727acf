import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { GoldenCase } from '../../src/golden/types.js';
import { getResponses } from '../../src/responses/providers.js';
import { killTree } from '../../src/shared/process-tree.js';
import { makeCase } from './helpers.js';

// The example application shipped in examples/app, run the way a user would run theirs.
const APP = fileURLToPath(new URL('../../examples/app/app.mjs', import.meta.url));
const command = (mode: string) => `${JSON.stringify(process.execPath)} ${JSON.stringify(APP)} ${mode}`;

const cases: GoldenCase[] = [
  makeCase('med-001', {
    question: 'What is the maximum daily dose of acetaminophen for healthy adults?',
    sources: [{ id: 'S1', title: 'Label', text: 'The maximum daily dose of acetaminophen for healthy adults is 4,000 mg in 24 hours. Take it with water.' }],
  }),
  makeCase('geo-001', {
    category: 'geography',
    question: 'What is the capital of France?',
    sources: [{ id: 'S1', text: 'Paris is the capital of France. Lyon is its third-largest city.' }],
  }),
  makeCase('off-001', {
    question: 'Who won the 1930 World Cup?',
    sources: [{ id: 'S1', text: 'Bananas are rich in potassium.' }],
  }),
];

const answers = (run: Awaited<ReturnType<typeof getResponses>>) => run.responses.map((r) => ({ id: r.id, answer: r.answer, error: r.error }));

describe('the example app through every provider', () => {
  const results: Record<string, ReturnType<typeof answers>> = {};

  it('answers through the per-case command', async () => {
    const run = await getResponses(cases, { kind: 'command', mode: 'per-case', command: command('--stdin') }, { concurrency: 2 });
    results.perCase = answers(run);
    expect(run.responses.every((r) => r.error === undefined && r.latency_ms! > 0)).toBe(true);
    expect(run.responses[0]!.answer).toMatch(/4,000 mg/);
    expect(run.responses[1]!.answer).toMatch(/Paris/);
  });

  it('answers through the worker command', async () => {
    const run = await getResponses(cases, { kind: 'command', mode: 'worker', command: command('--worker') }, { concurrency: 2 });
    results.worker = answers(run);
    expect(results.worker).toEqual(results.perCase);
  });

  const served: { kill?: () => void } = {};
  afterAll(() => served.kill?.());

  it('answers through the HTTP endpoint', async () => {
    const child = spawn(process.execPath, [APP, '--serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    served.kill = () => killTree(child);
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const url = /listening on (http:\/\/\S+)/.exec(line.toString())![1]!;
    const run = await getResponses(cases, { kind: 'http', endpoint: `${url}/answer` }, { concurrency: 2 });
    expect(answers(run)).toEqual(results.perCase);
  });
});
