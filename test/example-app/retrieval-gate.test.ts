// The retrieval example end to end: a golden set without sources, the example app answering
// from passages it retrieves from a folder of documents, and the real pipeline with the
// deterministic judge. The good retriever passes the example's policy; a retriever that
// misses the relevant document fails it on context recall, and drift says so too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../support/cli.js';
import { APP, startServer } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, 'examples/factgate-retrieval.yml');

let dir = '';
const runs: Record<string, { code: number; stdout: string; report: Report }> = {};

async function gate(name: string, source: string[], extra: string[] = [], config = CONFIG) {
  const reportPath = join(dir, `${name}.json`);
  const result = await runCli(['run', '--config', config, ...source, '--report-json', reportPath, '--report-md', join(dir, `${name}.md`), ...extra], ROOT);
  expect(result.stderr).not.toMatch(/error/i);
  return { code: result.code, stdout: result.stdout, report: JSON.parse(readFileSync(reportPath, 'utf8')) as Report };
}

const worker = (variant: string) => ['--command', `${JSON.stringify(process.execPath)} ${JSON.stringify(APP)} --worker --variant ${variant}`, '--command-mode', 'worker'];

describe('the retrieval example through the gate', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factgate-retrieval-'));
    runs.good = await gate('good', worker('retrieval'));
    runs.again = await gate('again', worker('retrieval'), ['--baseline', join(dir, 'good.json')]);
    runs.missed = await gate('missed', worker('retrieval-regressed'), ['--baseline', join(dir, 'good.json')]);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships the documents and the golden set its script writes from the bundled golden set', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'examples/app/build-retrieval-example.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('judges every case against what the app retrieved, and passes the example policy', () => {
    const { code, stdout, report } = runs.good!;
    expect(report.cases.every((c) => c.retrieval !== null && c.retrieval.contexts.length > 0)).toBe(true);
    // The golden set has no sources: every verdict is the contexts' verdict.
    const claims = report.cases.flatMap((c) => c.claims);
    expect(claims.length).toBeGreaterThan(50);
    expect(claims.every((k) => k.sourcesVerdict === null && k.contextsVerdict === k.verdict)).toBe(true);
    const m = report.metrics;
    expect(m.faithfulness.value).toBeGreaterThanOrEqual(report.policy.thresholds.minFaithfulness!);
    expect(m.contextRecall.value).toBeGreaterThanOrEqual(report.policy.thresholds.minContextRecall!);
    expect(m.contextPrecision.value).toBeGreaterThanOrEqual(report.policy.thresholds.minContextPrecision!);
    expect(m.contextRecall.denominator).toBe(report.cases.filter((c) => c.expect === 'answer').length + 1); // one case names two documents
    expect(m.meanAveragePrecision.cases).toBe(report.cases.length);
    expect(report.categories.every((c) => c.faithfulness.denominator > 0 && c.contextRecall.denominator > 0)).toBe(true);
    expect(report.verdict.status).toBe('pass');
    expect(stdout).toMatch(/Faithfulness \(to retrieved contexts\)\s+\d/);
    expect(readFileSync(join(dir, 'good.md'), 'utf8')).toMatch(/\| Context recall \| \*\*\d/);
    expect(code).toBe(0);
  });

  it('finds no drift in an unchanged retriever', () => {
    const { report, code } = runs.again!;
    expect(report.drift!.status).toBe('compared');
    const retrieval = report.drift!.findings.filter((f) => ['faithfulness', 'contextRecall', 'contextPrecision'].includes(f.metric));
    expect(retrieval.map((f) => f.metric).sort()).toEqual(['contextPrecision', 'contextRecall', 'faithfulness']);
    expect(retrieval.every((f) => !f.significant && f.effect === 0)).toBe(true);
    expect(code).toBe(0);
  });

  it('fails a retriever that misses the relevant document on min-context-recall, and as a significant regression', () => {
    const { code, stdout, report } = runs.missed!;
    expect(report.metrics.contextRecall.value).toBeLessThan(runs.good!.report.metrics.contextRecall.value! / 2);
    const rules = report.verdict.breaches.map((b) => b.rule);
    expect(rules).toContain('min-context-recall');
    const recall = report.drift!.findings.find((f) => f.metric === 'contextRecall' && f.scope === 'overall')!;
    expect(recall).toMatchObject({ direction: 'regression', significant: true, role: 'gating' });
    expect(report.verdict.breaches.some((b) => b.rule === 'regression' && b.message === recall.explanation)).toBe(true);
    expect(stdout).toContain('✗ min-context-recall: Context recall');
    expect(code).toBe(1);
  });

  it('reads the same contexts from the app over HTTP', async () => {
    const server = await startServer(['--variant', 'retrieval']);
    try {
      // The example's settings with the endpoint in place of the command.
      const settings = readFileSync(CONFIG, 'utf8')
        .replace(/^golden-set: .*$/m, `golden-set: ${JSON.stringify(join(ROOT, 'examples/retrieval/golden-set.yaml'))}`)
        .replace(/^command: .*$/m, `endpoint: ${server.url}/answer`)
        .replace(/^command-mode: .*$/m, '');
      writeFileSync(join(dir, 'http.yml'), settings);
      const http = await gate('http', [], [], join(dir, 'http.yml'));
      const strip = (r: Report) => r.cases.map((c) => ({ id: c.id, answer: c.answer, retrieval: c.retrieval }));
      expect(strip(http.report)).toEqual(strip(runs.good!.report));
      expect(http.report.metrics.contextRecall).toEqual(runs.good!.report.metrics.contextRecall);
    } finally {
      await server.stop();
    }
  });
});
