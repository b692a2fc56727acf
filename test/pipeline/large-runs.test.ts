import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCases } from '../../src/evaluate/evaluate.js';
import { evaluateOnWorkers, packEvaluationTasks } from '../../src/pipeline/evaluation-pool.js';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { loadGoldenSet } from '../../src/golden/load-golden-set.js';
import { loadOnWorker } from '../../src/pipeline/load-worker.js';
import { loadResponsesFile, matchResponses } from '../../src/responses/file.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { runCli } from '../support/cli.js';
import { writeLargeSet } from '../support/large-set.js';
import { useTempDir } from '../support/temp.js';

// The committed CLI bundle is the worker script, as it is for users.
const entry = new URL('../../dist/cli/index.js', import.meta.url);
const tmp = useTempDir();

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
    // The last line names each run's own report file; everything else is the same.
    expect(threads.stdout).toMatch(/\nReports: \S*threads\.json\n$/);
    const same = (stdout: string, file: string) => stdout.replace(/\d+(\.\d+)? ?m?s\b/g, 'T').replace(file, 'REPORT');
    expect(same(threads.stdout, 'threads.json')).toBe(same(single.stdout, 'single.json'));
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
    // judge-against travels with the tasks: the retrieving cases' verdicts depend on it.
    const single = await evaluateCases(cases, matched, createDeterministicJudge(), { notRun, judgeAgainst: 'contexts' });
    expect(single.filter((c) => c.retrieval !== null).length).toBeGreaterThan(40);
    const tasks = packEvaluationTasks(cases, matched, { notRun, taskSize: 64, judgeAgainst: 'contexts' });
    expect(await evaluateOnWorkers(tasks, { entry, threads: 3 })).toEqual(single);
  }, 60_000);

  it('hand the loader thread a ConfigurationError back as a ConfigurationError', async () => {
    tmp.write('golden.jsonl', '{"id": "a"\n');
    tmp.write('responses.jsonl', '');
    const loaded = loadOnWorker(entry, { goldenSet: ['golden.jsonl'], cwd: tmp.dir(), responses: 'responses.jsonl', shard: null, citationPattern: null, judgeAgainst: 'both', budgetMs: null });
    const failure = await (async () => {
      for await (const task of loaded.tasks) void task;
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect(String((failure as Error).message)).toMatch(/golden\.jsonl: line 1/);
    expect(() => loaded.summary()).toThrow(/before every task/);
  }, 30_000);
});
