import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CONSECUTIVE_WORKER_FAILURES } from '../../src/responses/command-worker.js';
import { getResponses } from '../../src/responses/providers.js';
import { eventually, isAlive, makeCases, testAppCommand } from './helpers.js';

const worker = (command: string, extra: object = {}) => ({ kind: 'command' as const, mode: 'worker' as const, command, ...extra });

describe('command provider, persistent worker', () => {
  it('answers many cases through a few long-lived processes, in order', async () => {
    const cases = makeCases(200);
    const run = await getResponses(cases, worker(testAppCommand('worker')), { concurrency: 3 });
    expect(run.responses.map((r) => r.id)).toEqual(cases.map((c) => c.id));
    expect(run.responses.every((r) => r.error === undefined && r.answer === `echo: What about ${r.id}?`)).toBe(true);
    // Every answer is timed: each process's first one as its start-up, the rest as latency.
    expect(run.responses.every((r) => typeof (r.latency_ms ?? r.startup_ms) === 'number')).toBe(true);
    expect(run.responses.filter((r) => r.startup_ms !== undefined)).toHaveLength(3);
  });

  it('starts one worker per lane by default', async () => {
    const run = await getResponses(makeCases(30), worker(testAppCommand('worker-pid')), { concurrency: 3 });
    expect(new Set(run.responses.map((r) => r.answer)).size).toBe(3);
  });

  it('feeds one worker several cases ahead when there are fewer workers than lanes', async () => {
    const cases = makeCases(60);
    const run = await getResponses(cases, worker(testAppCommand('worker-pid'), { workers: 1 }), { concurrency: 4 });
    expect(run.responses.map((r) => r.id)).toEqual(cases.map((c) => c.id));
    expect(run.responses.every((r) => r.error === undefined)).toBe(true);
    expect(new Set(run.responses.map((r) => r.answer)).size).toBe(1);
  });

  it('sends the cases queued behind a crash to a new worker', async () => {
    const run = await getResponses(makeCases(8), worker(testAppCommand('worker-crash-on', 'case-003'), { workers: 1 }), { concurrency: 4 });
    expect(run.responses.filter((r) => r.error !== undefined).map((r) => r.id)).toEqual(['case-003']);
    expect(run.responses[2]!.error).toMatch(/exited with code 139 while answering this case/);
  });

  it('times out only the case the worker is stuck on, not those queued behind it', async () => {
    const run = await getResponses(makeCases(5), worker(testAppCommand('worker-hang-on', 'case-002'), { workers: 1 }), { concurrency: 3, timeoutMs: 1000 });
    expect(run.responses.filter((r) => r.error !== undefined).map((r) => r.id)).toEqual(['case-002']);
  });

  it('refuses more workers than cases in flight', async () => {
    const error = await getResponses(makeCases(1), worker(testAppCommand('worker'), { workers: 5 }), { concurrency: 2 }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/workers is 5/);
  });

  it('marks the case in flight when the worker crashes and restarts it for the rest', async () => {
    const cases = makeCases(6);
    const run = await getResponses(cases, worker(testAppCommand('worker-crash-on', 'case-003')), { concurrency: 1 });
    const byId = new Map(run.responses.map((r) => [r.id, r]));
    const crashed = byId.get('case-003')!;
    expect(crashed.error).toMatch(/the worker exited with code 139 while answering this case/);
    expect(crashed.error).toMatch(/unfinished line: .*case-003/);
    expect(crashed.error).toMatch(/segfault in tokenizer on case-003/);
    expect(crashed.error).toMatch(/restarted for the next case/);
    for (const id of ['case-001', 'case-002', 'case-004', 'case-005', 'case-006']) expect(byId.get(id)!.error).toBeUndefined();
  });

  it('rejects an answer for another id and carries on with a fresh worker', async () => {
    const run = await getResponses(makeCases(4), worker(testAppCommand('worker-wrong-id', 'case-002')), { concurrency: 1 });
    expect(run.responses[1]!.error).toMatch(/for case "someone-else", not "case-002"/);
    expect(run.responses.filter((r) => r.error === undefined).map((r) => r.id)).toEqual(['case-001', 'case-003', 'case-004']);
  });

  it('reports a log line printed on stdout as not JSON', async () => {
    const run = await getResponses(makeCases(3), worker(testAppCommand('worker-banner', 'case-002')), { concurrency: 1 });
    expect(run.responses[1]!.error).toMatch(/not JSON .*Loading model weights/);
    expect(run.responses[1]!.error).toMatch(/send logs to stderr/);
    expect(run.responses[2]!.error).toBeUndefined();
  });

  it('kills a worker stuck on one case, with its whole tree, and goes on', async () => {
    const cases = makeCases(3);
    const run = await getResponses(cases, worker(testAppCommand('worker-hang-on', 'case-002')), { concurrency: 1, timeoutMs: 1000 });
    expect(run.responses[1]!.error).toMatch(/did not answer within 1 s/);
    expect(run.responses[0]!.error).toBeUndefined();
    expect(run.responses[2]!.error).toBeUndefined();
  });

  it('kills a hung worker and its grandchild after the time-out', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'factgate-worker-tree-')), 'grandchild.pid');
    const run = await getResponses(makeCases(1), worker(testAppCommand('hang-tree', pidFile), { startupTimeoutMs: 0 }), { timeoutMs: 1000 });
    expect(run.responses[0]!.error).toMatch(/did not answer within 1 s; it was killed with every process it started/);
    expect(await eventually(() => !isAlive(Number(readFileSync(pidFile, 'utf8'))))).toBe(true);
  });

  it('gives the first case of a new worker the start-up allowance, and only that case', async () => {
    const slow = worker(testAppCommand('worker-slow-start', '1500'), { startupTimeoutMs: 20_000 });
    const run = await getResponses(makeCases(3), slow, { concurrency: 1, timeoutMs: 1000 });
    expect(run.responses.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    const noAllowance = await getResponses(makeCases(1), { ...slow, startupTimeoutMs: 0 }, { timeoutMs: 300 });
    expect(noAllowance.responses[0]!.error).toMatch(/did not answer within 0.3 s/);
  });

  it('caps a worker flooding stdout without a line break', async () => {
    const run = await getResponses(makeCases(1), worker(testAppCommand('flood'), { maxOutputBytes: 100_000 }), { timeoutMs: 30_000 });
    expect(run.responses[0]!.error).toMatch(/more than 100000 bytes for one response; it was killed/);
  });

  it('stops restarting a worker that dies at start, and says why for every case', async () => {
    const cases = makeCases(20);
    const run = await getResponses(cases, worker(testAppCommand('worker-crash-at-start')), { concurrency: 1 });
    expect(run.responses).toHaveLength(20);
    const started = run.responses.slice(0, MAX_CONSECUTIVE_WORKER_FAILURES);
    for (const r of started) expect(r.error).toMatch(/exited with code 1 .*ImportError: no module named torch/);
    for (const r of run.responses.slice(MAX_CONSECUTIVE_WORKER_FAILURES)) {
      expect(r.error).toMatch(/not sent: the worker failed 5 times in a row .*ImportError/);
    }
  });
});
