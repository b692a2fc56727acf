import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scaffoldFiles } from '../../src/scaffold/scaffold.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { makeCase } from '../responses/helpers.js';
import { getResponses } from '../../src/responses/providers.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp.js';

const tmp = useTempDir();
const exampleApp = fileURLToPath(new URL('../../examples/app/app.mjs', import.meta.url));
/** The example app in its per-case form: it reads stdin to the end, then answers. */
const PER_CASE_APP = `node ${exampleApp} --stdin`;
const env = { PATH: process.env.PATH ?? '' };

/** Two cases the example app answers right: one from its source, one it declines. */
function writeGoldenSet(): void {
  tmp.write('golden/cases.yaml', scaffoldFiles({ provider: 'command', target: 'x', policy: 'standard' }).find((f) => f.path === 'golden-sets/example.yaml')!.text);
}

/** A factgate.yml written for a worker app, as a user leaves it before trying another app. */
function workerConfig(): void {
  writeGoldenSet();
  tmp.write(
    'factgate.yml',
    ['golden-set: golden', `command: node ${exampleApp} --worker`, 'command-mode: worker', 'timeout-ms: 2000', 'concurrency: 2', 'policy: standard', ''].join('\n'),
  );
}

describe('a flag that chooses the app replaces the app settings of factgate.yml', () => {
  it('--command does not inherit command-mode, time-out or concurrency from the file', async () => {
    workerConfig();
    const settings = await resolveSettings({ command: PER_CASE_APP }, tmp.dir());
    expect(settings.responses).toMatchObject({ kind: 'app', provider: { kind: 'command', mode: 'per-case', command: PER_CASE_APP, cwd: tmp.dir() } });
    expect(settings.run).toEqual({ concurrency: null, timeoutMs: null, retries: null });
    expect(settings.origins.find((o) => o.key === 'command-mode')).toEqual({ key: 'command-mode', given: 'worker', source: { from: 'replaced', file: 'factgate.yml', line: 3, by: '--command' } });
    // Settings outside the app block still come from the file.
    expect(settings.goldenSet).toEqual(['golden']);
  });

  it('--responses replaces a command in the file instead of clashing with it', async () => {
    workerConfig();
    tmp.write('answers.jsonl', JSON.stringify({ id: 'a-1', answer: 'x' }) + '\n');
    const settings = await resolveSettings({ responses: 'answers.jsonl' }, tmp.dir());
    expect(settings.responses).toEqual({ kind: 'file', path: join(tmp.dir(), 'answers.jsonl') });
  });

  it('without such a flag, the file settings apply and a flag overrides one of them alone', async () => {
    workerConfig();
    const settings = await resolveSettings({ 'timeout-ms': '500' }, tmp.dir());
    expect(settings.responses).toMatchObject({ provider: { mode: 'worker', modeFrom: 'factgate.yml line 3' } });
    expect(settings.run).toEqual({ concurrency: 2, timeoutMs: 500, retries: null });
  });

  it('a run with --command on a per-case app passes, and warns which file settings it set aside', async () => {
    workerConfig();
    const run = await runCli(['run', '--command', PER_CASE_APP], tmp.dir(), env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: --command replaces the app settings of factgate.yml: command-mode (line 3), concurrency (line 5), timeout-ms (line 4) are not used; give them as flags if this app needs them');
  });

  it('a per-case app run as a worker times out with the real fix and where the mode was set', async () => {
    const provider = { kind: 'command', mode: 'worker', command: PER_CASE_APP, startupTimeoutMs: 0, modeFrom: 'factgate.yml line 3' } as const;
    const [response] = (await getResponses([makeCase('c1')], provider, { timeoutMs: 300, env })).responses;
    expect(response!.error).toMatch(/in worker mode \(command-mode: worker, from factgate\.yml line 3\) the app must answer each case line with one response line/);
    expect(response!.error).toContain('it is a per-case app: set command-mode: per-case');
    expect(response!.error).toContain('raise timeout-ms (now 300)');
  });

  it('the worker mode is traced to the file and line that set it', async () => {
    workerConfig();
    const settings = await resolveSettings({}, tmp.dir());
    expect(settings.responses).toMatchObject({ provider: { modeFrom: 'factgate.yml line 3' } });
    expect((await resolveSettings({ 'command-mode': 'per-case' }, tmp.dir())).responses).toMatchObject({ provider: { mode: 'per-case', modeFrom: '--command-mode' } });
  });
});

describe('factgate run --explain-settings', () => {
  it('prints each setting with its value and its source: flag, file and line, default, or replaced', async () => {
    workerConfig();
    const result = await runCli(['run', '--explain-settings', '--command', PER_CASE_APP, '--judge', 'deterministic'], tmp.dir(), env);
    expect(result.code).toBe(0);
    const line = (key: string): string => result.stdout.split('\n').find((l) => l.trimStart().startsWith(key + ' ')) ?? '';
    expect(line('golden-set')).toMatch(/golden-set\s+golden\s+factgate\.yml line 1$/);
    expect(line('command')).toMatch(/flag$/);
    expect(line('command-mode')).toMatch(/worker\s+not used: factgate\.yml line 3, replaced by --command$/);
    expect(line('judge')).toMatch(/deterministic\s+flag$/);
    expect(line('retries')).toMatch(/retries\s+2\s+default$/);
    expect(line('report-json')).toMatch(/\.factgate\/report\.json\s+default$/);
    expect(line('policy')).toMatch(/standard\s+factgate\.yml line 6$/);
    // It explains and stops: nothing ran, nothing was written.
    expect(existsSync(join(tmp.dir(), '.factgate'))).toBe(false);
  });

  it('rejects wrong settings as a run would', async () => {
    workerConfig();
    const result = await runCli(['run', '--explain-settings', '--judge', 'lm'], tmp.dir(), env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "llm"?');
  });
});

describe('reports by default', () => {
  it('writes .factgate/report.json when no setting names a report, and says where reports went', async () => {
    writeGoldenSet();
    const run = await runCli(['run', '--golden-set', 'golden', '--command', PER_CASE_APP, '--report-md', 'out/summary.md'], tmp.dir(), env);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(tmp.dir(), '.factgate/report.json'), 'utf8')).verdict.status).toBe('pass');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`Reports: ${join('.factgate', 'report.json')}, ${join('out', 'summary.md')}`);
  });

  it('writes none with --report-json none', async () => {
    writeGoldenSet();
    const run = await runCli(['run', '--golden-set', 'golden', '--command', PER_CASE_APP, '--report-json', 'none'], tmp.dir(), env);
    expect(run.code).toBe(0);
    expect(existsSync(join(tmp.dir(), '.factgate'))).toBe(false);
    expect(existsSync(join(tmp.dir(), 'none'))).toBe(false);
    expect(run.stdout).toContain('No report written');
  });
});
