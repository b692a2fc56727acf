import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getResponses } from '../../src/responses/providers.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { eventually, isAlive, makeCase, makeCases, testAppCommand, TEST_APP } from './helpers.js';

const perCase = (command: string, extra: object = {}) => ({ kind: 'command' as const, mode: 'per-case' as const, command, ...extra });

describe('command provider, one process per case', () => {
  it('sends each case on stdin and reads its response from stdout', async () => {
    const cases = makeCases(5);
    const run = await getResponses(cases, perCase(testAppCommand('echo')), { concurrency: 2 });
    expect(run.responses.map((r) => r.id)).toEqual(cases.map((c) => c.id));
    expect(run.notRun).toEqual([]);
    for (const response of run.responses) {
      expect(response.error).toBeUndefined();
      expect(response.answer).toBe(`echo: What about ${response.id}?`);
      expect(response.claims).toEqual([{ text: `What about ${response.id}?`, citations: ['S1'] }]);
      expect(response.latency_ms).toBeGreaterThan(0);
    }
  });

  it('reports progress for every case, errors included', async () => {
    const events: string[] = [];
    const progress = {
      start: (total: number) => events.push(`start ${total}`),
      settled: (r: { id: string; error?: string }) => events.push(`${r.id} ${r.error ? 'error' : 'ok'}`),
      finish: (o: { cancelled: boolean }) => events.push(`finish ${o.cancelled}`),
    };
    await getResponses(makeCases(2), perCase(testAppCommand('exit-3')), { concurrency: 1, progress });
    expect(events).toEqual(['start 2', 'case-001 error', 'case-002 error', 'finish false']);
  });

  it('shows the app only the public part of a case', async () => {
    const [response] = (await getResponses([makeCase('c1')], perCase(testAppCommand('show-input')))).responses;
    expect(JSON.parse(response!.answer)).toEqual({
      id: 'c1',
      category: 'general',
      question: 'What about c1?',
      sources: [{ id: 'S1', text: 'Facts about c1.' }],
    });
  });

  it('runs in the configured working directory with the configured environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factgate-cwd-'));
    const run = await getResponses([makeCase('c1')], perCase(testAppCommand('env', 'APP_MODE'), { cwd: dir, env: { APP_MODE: 'eval' } }), {
      env: { ...process.env, APP_MODE: 'prod' },
    });
    expect(run.responses[0]!.answer).toBe(`eval|${dir}`);
  });

  it('does not pass the action inputs or runner tokens to the app', async () => {
    const env = { ...process.env, 'INPUT_GITHUB-TOKEN': 'ghs_secret', ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc' };
    for (const name of ['INPUT_GITHUB-TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
      const run = await getResponses([makeCase('c1')], perCase(testAppCommand('env', name)), { env });
      expect(run.responses[0]!.answer).toMatch(/^undefined\|/);
    }
    const explicit = await getResponses([makeCase('c1')], perCase(testAppCommand('env', 'ACTIONS_RUNTIME_TOKEN'), { env: { ACTIONS_RUNTIME_TOKEN: 'given' } }), { env });
    expect(explicit.responses[0]!.answer).toMatch(/^given\|/);
  });

  it('reports a non-zero exit with its code and the end of stderr', async () => {
    const [response] = (await getResponses([makeCase('c1')], perCase(testAppCommand('exit-3')))).responses;
    expect(response!.answer).toBe('');
    expect(response!.error).toMatch(/exited with code 3/);
    expect(response!.error).toMatch(/fatal: model file missing/);
    expect(response!.latency_ms).toBeGreaterThan(0);
  });

  it('reports output that is not JSON, with an excerpt and the fix', async () => {
    const [response] = (await getResponses([makeCase('c1')], perCase(testAppCommand('non-json')))).responses;
    expect(response!.error).toMatch(/not JSON .*Sure! Here is my answer/);
    expect(response!.error).toMatch(/send logs to stderr/);
  });

  it('reports a response cut off half-way', async () => {
    const [response] = (await getResponses([makeCase('a')], perCase(testAppCommand('partial')))).responses;
    expect(response!.error).toMatch(/not JSON/);
    expect(response!.error).toContain('{\\"id\\": \\"a\\", \\"ans');
  });

  it('rejects a response for another case', async () => {
    const [response] = (await getResponses([makeCase('c1')], perCase(testAppCommand('wrong-id')))).responses;
    expect(response!.error).toMatch(/for case "someone-else", not "c1"/);
  });

  it('kills a hung app and the grandchild it started after the time-out', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'factgate-tree-')), 'grandchild.pid');
    const [response] = (await getResponses([makeCase('c1')], perCase(testAppCommand('hang-tree', pidFile)), { timeoutMs: 1000 })).responses;
    expect(response!.error).toMatch(/did not answer within 1 s; it was killed with every process it started/);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    expect(await eventually(() => !isAlive(grandchild))).toBe(true);
  });

  it('caps an app that floods stdout', async () => {
    const [response] = (await getResponses([makeCase('c1')], perCase(testAppCommand('flood'), { maxOutputBytes: 256 * 1024 }), { timeoutMs: 30_000 })).responses;
    expect(response!.error).toMatch(/more than 262144 bytes for one response; it was killed/);
  });

  it('refuses a command whose program does not exist before running any case', async () => {
    const settings = perCase('definitely-not-a-program-xyz app.py', { origin: { file: 'factgate.yml', describeKey: (k: string) => `provider.${k}` } });
    const error = await getResponses(makeCases(3), settings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).file).toBe('factgate.yml');
    expect((error as ConfigurationError).place).toBe('provider.command');
    expect((error as ConfigurationError).message).toMatch(/"definitely-not-a-program-xyz" was not found/);
    expect((error as ConfigurationError).fix).toMatch(/install it/);
  });

  it('refuses a working directory that does not exist', async () => {
    const error = await getResponses([makeCase('c1')], perCase(testAppCommand('echo'), { cwd: '/no/such/dir' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).place).toBe('cwd');
  });

  it('refuses a program file that is not executable', async () => {
    const error = await getResponses([makeCase('c1')], perCase(JSON.stringify(TEST_APP))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
  });

  it('stops children when the run is cancelled and lists the cases that did not run', async () => {
    const controller = new AbortController();
    const pidFile = join(mkdtempSync(join(tmpdir(), 'factgate-cancel-')), 'grandchild.pid');
    const cases = makeCases(4);
    const running = getResponses(cases, perCase(testAppCommand('hang-tree', pidFile)), { concurrency: 1, signal: controller.signal, timeoutMs: 60_000 });
    expect(await eventually(() => { try { return readFileSync(pidFile, 'utf8') !== ''; } catch { return false; } })).toBe(true);
    controller.abort();
    const run = await running;
    expect(run.cancelled).toBe(true);
    expect(run.responses).toEqual([]);
    expect(run.notRun).toEqual(cases.map((c) => c.id));
    expect(await eventually(() => !isAlive(Number(readFileSync(pidFile, 'utf8'))))).toBe(true);
  });
});
