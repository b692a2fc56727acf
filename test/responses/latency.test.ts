import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getResponses } from '../../src/responses/providers.js';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';
import { makeCases } from './helpers.js';

const tmp = useTempDir();
const STARTUP_MS = 800;

/**
 * A worker app that takes STARTUP_MS to load, then answers each line at once; with
 * "--report" it gives its own latency_ms, as a real app that times its handler would.
 */
function slowStartingWorker(): string {
  const script = tmp.write(
    'worker.mjs',
    `import { createInterface } from 'node:readline';
const report = process.argv.includes('--report');
await new Promise((r) => setTimeout(r, ${STARTUP_MS}));
for await (const line of createInterface({ input: process.stdin })) {
  const kase = JSON.parse(line);
  process.stdout.write(JSON.stringify({ id: kase.id, answer: 'I do not know.', ...(report ? { latency_ms: 0.25 } : {}) }) + '\\n');
}
`,
  );
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(script)}`;
}

describe('latency', () => {
  it("a worker's start-up is kept out of latency: its first answer is reported as start-up", async () => {
    const run = await getResponses(makeCases(4), { kind: 'command', mode: 'worker', command: slowStartingWorker(), workers: 1 }, { concurrency: 1 });
    const [first, ...rest] = run.responses;
    expect(first!.latency_ms).toBeUndefined();
    expect(first!.startup_ms).toBeGreaterThanOrEqual(STARTUP_MS);
    for (const r of rest) {
      expect(r.startup_ms).toBeUndefined();
      expect(r.latency_ms).toBeLessThan(STARTUP_MS);
    }
  });

  it("the app's own latency_ms wins, for a worker's first answer too", async () => {
    const run = await getResponses(makeCases(3), { kind: 'command', mode: 'worker', command: `${slowStartingWorker()} --report`, workers: 1 }, { concurrency: 1 });
    expect(run.responses.map((r) => [r.latency_ms, r.startup_ms])).toEqual([
      [0.25, undefined],
      [0.25, undefined],
      [0.25, undefined],
    ]);
  });

  it("the app's own latency_ms wins for a process per case", async () => {
    const script = tmp.write('once.mjs', `let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => console.log(JSON.stringify({ id: JSON.parse(s).id, answer: 'x', latency_ms: 1.5 })));`);
    const run = await getResponses(makeCases(2), { kind: 'command', mode: 'per-case', command: `${JSON.stringify(process.execPath)} ${JSON.stringify(script)}` });
    expect(run.responses.map((r) => r.latency_ms)).toEqual([1.5, 1.5]);
  });

  describe('over HTTP', () => {
    let close: (() => void) | undefined;
    afterEach(() => close?.());
    async function serve(body: (id: string) => unknown): Promise<string> {
      const server = createServer((req, res) => {
        let text = '';
        req.on('data', (d) => (text += d));
        req.on('end', () => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body(JSON.parse(text).id)));
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      close = () => server.close();
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/answer`;
    }

    it("the app's latency_ms wins in the plain contract and with an answer path", async () => {
      const plain = await serve((id) => ({ id, answer: 'x', latency_ms: 0.75 }));
      expect((await getResponses(makeCases(2), { kind: 'http', endpoint: plain })).responses.map((r) => r.latency_ms)).toEqual([0.75, 0.75]);
      close!();
      const nested = await serve(() => ({ data: { text: 'x' }, latency_ms: 2 }));
      expect((await getResponses(makeCases(1), { kind: 'http', endpoint: nested, answerPath: 'data.text' })).responses[0]!.latency_ms).toBe(2);
    });

    it('a latency_ms that is not a number of milliseconds fails the case, naming the field', async () => {
      const url = await serve((id) => ({ id, answer: 'x', latency_ms: 'fast' }));
      const [response] = (await getResponses(makeCases(1), { kind: 'http', endpoint: url })).responses;
      expect(response!.error).toContain('"latency_ms" is a string, not a number of milliseconds (0 or more)');
    });
  });

  it('in the report, the start-up is per case and the latency figures leave it out', async () => {
    tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1'), goldenCase('a-2'), goldenCase('a-3')]));
    const result = await runCli(['run', '--golden-set', 'golden', '--command', slowStartingWorker(), '--command-mode', 'worker', '--concurrency', '1', '--report-json', 'r.json'], tmp.dir(), { PATH: process.env.PATH ?? '' });
    expect(result.stderr).not.toContain('factgate:');
    const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
    expect(report.cases[0].startupMs).toBeGreaterThanOrEqual(STARTUP_MS);
    expect(report.cases[0].latencyMs).toBeNull();
    expect(report.metrics.latency.count).toBe(2);
    expect(report.metrics.latency.p95).toBeLessThan(STARTUP_MS);
  });
});
