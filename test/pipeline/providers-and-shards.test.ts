import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const app = join(root, 'examples/app/app.mjs');
const node = JSON.stringify(process.execPath);
const tmp = useTempDir();

/** The report without what depends on the clock or the transport. */
function comparable(file: string): unknown {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  report.run.startedAt = report.run.finishedAt = '';
  report.run.durationMs = 0;
  report.metrics.latency = null;
  for (const c of report.cases) c.latencyMs = null;
  return report;
}

describe('answers from the running example app', () => {
  let server: ChildProcess;
  let endpoint = '';
  beforeAll(async () => {
    server = spawn(process.execPath, [app, '--serve', '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = createInterface({ input: server.stdout! });
    for await (const line of lines) {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        endpoint = `${match[1]}/answer`;
        break;
      }
    }
  });
  afterAll(() => {
    server.kill('SIGTERM');
  });

  it('gives the same verdict through the worker, per-case and HTTP providers', async () => {
    const runs = [
      ['--command', `${node} ${JSON.stringify(app)} --worker`, '--command-mode', 'worker'],
      ['--command', `${node} ${JSON.stringify(app)} --stdin`, '--concurrency', '2'],
      ['--endpoint', endpoint, '--concurrency', '8'],
    ];
    const reports: unknown[] = [];
    for (const [i, flags] of runs.entries()) {
      const result = await runCli(['run', '--golden-set', join(root, 'golden-sets'), ...flags, '--report-json', `r${i}.json`], tmp.dir());
      expect(result.stderr).not.toContain('error');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('factgate: PASSED (policy standard, 65 cases');
      const report = comparable(join(tmp.dir(), `r${i}.json`)) as { settings: { responses: string; settingsHash: string } };
      report.settings.responses = '';
      report.settings.settingsHash = '';
      reports.push(report);
    }
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
  });

  it('a sharded run merged equals the unsharded run, apart from timings', async () => {
    const common = ['--golden-set', join(root, 'golden-sets'), '--command', `${node} ${JSON.stringify(app)} --worker --variant regressed`, '--command-mode', 'worker'];
    const whole = await runCli(['run', ...common, '--report-json', 'whole.json'], tmp.dir());
    expect(whole.code).toBe(1);
    for (const shard of [1, 2, 3]) {
      const part = await runCli(['run', ...common, '--shard', `${shard}/3`, '--report-json', `part-${shard}.json`], tmp.dir());
      expect(part.code).toBe(0);
    }
    const merged = await runCli(['merge', 'part-1.json', 'part-2.json', 'part-3.json', '--out', 'merged.json'], tmp.dir());
    expect(merged.code).toBe(1);
    expect(comparable(join(tmp.dir(), 'merged.json'))).toEqual(comparable(join(tmp.dir(), 'whole.json')));

    const missing = await runCli(['merge', 'part-1.json', 'part-3.json', '--out', 'x.json'], tmp.dir());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('shard 2/3 is missing');
  });
});
