/**
 * Drift on real reports: the bundled golden set answered by the example app's good and
 * regressed variants, each run through `factgate run`, then the regressed report
 * compared with the good one as its baseline.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDrift, loadBaselineReport } from '../../src/drift/index.js';
import { PRESETS } from '../../src/policy/presets.js';
import { validateReport } from '../../src/report/validate-report.js';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const APP = join(ROOT, 'examples/app/app.mjs');
const GOLDEN = join(ROOT, 'golden-sets');
const policy = PRESETS.standard;
const options = { alpha: policy.alpha, minEffect: policy.minEffect, baselineFile: 'good.json' };

const tmp = useTempDir();

async function reportFor(variant: 'good' | 'regressed', dir: string): Promise<string> {
  const responses = join(dir, `${variant}.jsonl`);
  await run(process.execPath, [APP, '--golden-set', GOLDEN, '--out', responses, '--variant', variant]);
  const reportPath = join(dir, `${variant}.json`);
  const result = await runCli(['run', '--golden-set', GOLDEN, '--responses', responses, '--report-json', reportPath, '--policy', 'standard'], dir);
  expect(result.stderr).toBe('');
  return reportPath;
}

describe('drift between the example app’s variants', { timeout: 300_000 }, () => {
  let good: string;
  let regressed: string;
  let goodReport: Report;
  let regressedReport: Report;

  beforeAll(async () => {
    const dir = tmp.dir();
    good = await reportFor('good', dir);
    regressed = await reportFor('regressed', dir);
    goodReport = validateReport(JSON.parse(readFileSync(good, 'utf8')), good);
    regressedReport = validateReport(JSON.parse(readFileSync(regressed, 'utf8')), regressed);
  }, 300_000);

  it('shows no significant drift when the good run is its own baseline', async () => {
    const baseline = await loadBaselineReport(good, 'good.json');
    expect(baseline.status).toBe('loaded');
    const drift = computeDrift(goodReport, baseline.status === 'loaded' ? baseline.report : goodReport, options);
    expect(drift.status).toBe('compared');
    expect(drift.cases.compared).toBe(goodReport.cases.length);
    expect(drift.findings.filter((f) => f.significant)).toEqual([]);
  });

  it('flags the regressed variant, naming the cases and the categories', () => {
    const drift = computeDrift(regressedReport, goodReport, options);
    expect(drift.status).toBe('compared');
    const regressions = drift.findings.filter((f) => f.significant && f.direction === 'regression');
    const metrics = new Set(regressions.map((f) => f.metric));
    expect(metrics).toContain('caseHallucinationRate');
    expect(metrics).toContain('hallucinationRate');
    expect(metrics).toContain('citationCoverage');

    const paired = regressions.find((f) => f.test === 'mcnemar')!;
    const newlyHallucinating = regressedReport.cases.filter((c) => c.hallucinated).map((c) => c.id);
    expect(newlyHallucinating.some((id) => paired.explanation.includes(id))).toBe(true);

    const categories = new Set(regressedReport.cases.map((c) => c.category));
    const flaggedCategories = regressions.filter((f) => f.scope !== 'overall').map((f) => f.scope);
    expect(flaggedCategories.length).toBeGreaterThan(0);
    for (const scope of flaggedCategories) {
      expect(categories).toContain(scope);
      expect(regressions.find((f) => f.scope === scope)!.explanation).toContain(`"${scope}"`);
    }
  });

  it('calls the way back from regressed to good an improvement', () => {
    const drift = computeDrift(goodReport, regressedReport, { ...options, baselineFile: 'regressed.json' });
    expect(drift.findings.filter((f) => f.significant && f.direction === 'regression')).toEqual([]);
    const hallucination = drift.findings.find((f) => f.metric === 'hallucinationRate' && f.scope === 'overall')!;
    expect(hallucination.direction).toBe('improvement');
    // The tests are one-sided for regressions: a gain is stated, never called significant.
    expect(hallucination.significant).toBe(false);
    expect(hallucination.explanation).toMatch(/an improvement \(only regressions are tested\)/);
  });
});
