import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCases } from '../../src/evaluate/evaluate.js';
import { evaluateOnWorkers, packEvaluationTasks } from '../../src/evaluate/evaluation-pool.js';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { loadGoldenSet } from '../../src/golden/load-golden-set.js';
import { loadOnWorker } from '../../src/pipeline/load-worker.js';
import { loadResponsesFile, matchResponses } from '../../src/responses/file.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp.js';

// The committed CLI bundle is the worker script, as it is for users.
const entry = new URL('../../dist/cli/index.js', import.meta.url);
const tmp = useTempDir();

const HISTORY =
  'The company was founded in 1921 in a small workshop. Its first product was a hand pump for farms. ' +
  'During the 1950s it moved to a larger site near the river and hired 300 people. ' +
  'Exports began in 1964, first to Norway and then to Canada. The present owners bought it in 2003. ' +
  'Dr. Ines Marlow led the research team until 2019; e.g. the steel housing was her design. ' +
  'Today the firm sells in 40 countries and employs about 2,500 people.';
const TOPICS = ['pump', 'valve', 'sensor', 'ledger', 'tenant', 'enzyme', 'turbine', 'battery'];

/**
 * A golden set of `count` cases and the app's answers, with every kind of outcome: supported,
 * a changed number, an unsupported name, no answer, an error, structured claims, abstentions.
 */
function writeLargeSet(dir: string, count: number): void {
  const golden: string[] = [];
  const responses: string[] = [];
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const id = `case-${String(i).padStart(5, '0')}`;
    const facts = [`The ${topic} ${i} moves ${40 + (i % 60)} litres per minute.`, `It weighs ${10 + (i % 30)} kg.`, `Service is due every ${1 + (i % 11)} months.`];
    const abstain = i % 97 === 0;
    golden.push(
      JSON.stringify({
        id,
        category: ['medical', 'legal', 'technical'][i % 3],
        question: abstain ? `Who designed the ${topic} ${i}?` : `How fast is the ${topic} ${i}?`,
        sources: [
          { id: 'S1', title: 'Data sheet', text: `${facts[0]} ${facts[1]}\n\nIt is not rated for sea water. The housing is steel.` },
          { id: 'S2', title: 'Service manual', text: `${facts[2]} The warranty lasts ${2 + (i % 4)} years.\nWrapped lines stay in one sentence.` },
          { id: 'S3', title: 'History', text: HISTORY },
        ],
        ...(abstain ? { expect: 'abstain' } : { expected_facts: [facts[0]] }),
        ...(i % 13 === 0 ? { forbidden: [`The ${topic} ${i} is rated for sea water.`] } : {}),
      }),
    );
    if (i % 41 === 0) continue; // no answer
    if (i % 53 === 0) {
      responses.push(JSON.stringify({ id, answer: '', error: 'HTTP 500' }));
      continue;
    }
    if (i % 7 === 0) {
      responses.push(JSON.stringify({ id, answer: facts[0], claims: [{ text: facts[0], citations: ['S1'] }, { text: `It was designed by Orbel in ${1990 + (i % 20)}.`, citations: ['S2'] }], latency_ms: i % 500 }));
      continue;
    }
    const second = i % 5 === 0 ? facts[1]!.replace(/\d+/, (n) => String(Number(n) + 3)) : facts[1];
    const answer = abstain ? 'The sources do not say.' : `${facts[0]} [S1] ${second} [S1][S2] ${i % 3 === 0 ? 'It is rated for sea water. [S1]' : ''}`;
    responses.push(JSON.stringify({ id, answer, latency_ms: i % 700 }));
  }
  responses.push(JSON.stringify({ id: 'not-in-the-golden-set', answer: 'Hello.' }));
  writeFileSync(join(dir, 'golden.jsonl'), `${golden.join('\n')}\n`);
  writeFileSync(join(dir, 'responses.jsonl'), `${responses.join('\n')}\n`);
}

function withoutTimings(path: string): unknown {
  const report = JSON.parse(readFileSync(path, 'utf8')) as { run: Record<string, unknown> };
  for (const key of ['startedAt', 'finishedAt', 'durationMs']) delete report.run[key];
  return report;
}

describe('large golden sets, loaded and judged on worker threads', () => {
  it('give the same report and verdict as one thread (over 4 MB of golden set)', async () => {
    writeLargeSet(tmp.dir(), 4600);
    expect(readFileSync(join(tmp.dir(), 'golden.jsonl')).length).toBeGreaterThan(4 * 1024 * 1024);
    const argv = ['run', '--golden-set', 'golden.jsonl', '--responses', 'responses.jsonl', '--report-json'];
    const threads = await runCli([...argv, 'threads.json'], tmp.dir(), {}, { workerEntry: entry });
    const single = await runCli([...argv, 'single.json'], tmp.dir());
    expect(threads.code).toBe(1);
    expect(threads.code).toBe(single.code);
    expect(threads.stdout.replace(/\d+(\.\d+)? ?m?s\b/g, 'T')).toBe(single.stdout.replace(/\d+(\.\d+)? ?m?s\b/g, 'T'));
    expect(withoutTimings(join(tmp.dir(), 'threads.json'))).toEqual(withoutTimings(join(tmp.dir(), 'single.json')));
  }, 60_000);

  it('give the same shard as one thread', async () => {
    writeLargeSet(tmp.dir(), 4600);
    const argv = ['run', '--golden-set', 'golden.jsonl', '--responses', 'responses.jsonl', '--shard', '2/3', '--report-json'];
    const threads = await runCli([...argv, 'threads.json'], tmp.dir(), {}, { workerEntry: entry });
    const single = await runCli([...argv, 'single.json'], tmp.dir());
    expect(threads.code).toBe(single.code);
    expect(withoutTimings(join(tmp.dir(), 'threads.json'))).toEqual(withoutTimings(join(tmp.dir(), 'single.json')));
  }, 60_000);

  it('report a bad case found by the loader thread exactly as one thread does, exit 2, no report', async () => {
    writeLargeSet(tmp.dir(), 4600);
    const path = join(tmp.dir(), 'golden.jsonl');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[2000] = lines[2000]!.replace('"question":', '"questoin":');
    writeFileSync(path, lines.join('\n'));
    const argv = ['run', '--golden-set', 'golden.jsonl', '--responses', 'responses.jsonl', '--report-json', 'r.json'];
    const threads = await runCli(argv, tmp.dir(), {}, { workerEntry: entry });
    const single = await runCli(argv, tmp.dir());
    expect(threads.code).toBe(2);
    expect(threads.stderr).toContain('golden.jsonl: line 2001');
    expect(threads.stderr).toContain('questoin');
    expect(threads.stderr).toBe(single.stderr);
    expect(() => readFileSync(join(tmp.dir(), 'r.json'))).toThrow();
  }, 60_000);

  it('report a bad responses file found by the loader thread exactly as one thread does', async () => {
    writeLargeSet(tmp.dir(), 4600);
    writeFileSync(join(tmp.dir(), 'responses.jsonl'), '{"id": "case-00001", "answer": 42}\n');
    const argv = ['run', '--golden-set', 'golden.jsonl', '--responses', 'responses.jsonl'];
    const threads = await runCli(argv, tmp.dir(), {}, { workerEntry: entry });
    const single = await runCli(argv, tmp.dir());
    expect(threads.code).toBe(2);
    expect(threads.stderr).toContain('responses.jsonl');
    expect(threads.stderr).toBe(single.stderr);
  }, 60_000);

  it('evaluate packed tasks on workers to exactly the results of evaluateCases, in order', async () => {
    writeLargeSet(tmp.dir(), 700);
    const { cases } = await loadGoldenSet(['golden.jsonl'], tmp.dir());
    const matched = matchResponses(cases, await loadResponsesFile('responses.jsonl', tmp.dir()));
    const notRun = new Set(cases.filter((_, i) => i % 17 === 0).map((c) => c.id));
    const single = await evaluateCases(cases, matched, createDeterministicJudge(), { notRun });
    const tasks = packEvaluationTasks(cases, matched, { notRun, taskSize: 64 });
    expect(await evaluateOnWorkers(tasks, { entry, threads: 3 })).toEqual(single);
  }, 60_000);

  it('hand the loader thread a ConfigurationError back as a ConfigurationError', async () => {
    tmp.write('golden.jsonl', '{"id": "a"\n');
    tmp.write('responses.jsonl', '');
    const loaded = loadOnWorker(entry, { goldenSet: ['golden.jsonl'], cwd: tmp.dir(), responses: 'responses.jsonl', shard: null, citationPattern: null });
    const failure = await (async () => {
      for await (const task of loaded.tasks) void task;
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect(String((failure as Error).message)).toMatch(/golden\.jsonl: line 1/);
    expect(() => loaded.summary()).toThrow(/before every task/);
  }, 30_000);
});
