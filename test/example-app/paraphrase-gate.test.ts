// The bundled golden set through the real pipeline and the default deterministic judge:
// the paraphrase variant (correct answers in other words) must pass the standard gate,
// the regressed variant (invented numbers, wrong citations, answered abstentions) must fail.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PRESETS } from '../../src/policy/presets.js';
import { runCli } from '../support/cli.js';
import { APP } from './helpers.js';

const GOLDEN = resolve(import.meta.dirname, '../../golden-sets');
const { maxHallucinationRate, minCitationCoverage } = PRESETS.standard.thresholds;

interface Rate {
  value: number;
  numerator: number;
  denominator: number;
}
interface ReportClaim {
  text: string;
  verdict: string;
  reason: string;
  citations: string[];
}
interface Report {
  metrics: { hallucinationRate: Rate; citationCoverage: Rate };
  verdict: { status: string; breaches: { rule: string }[] };
  cases: { id: string; claims: ReportClaim[] }[];
}

const goldenCases = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(GOLDEN, f), 'utf8')) as { id: string; sources: { id: string; text: string }[] }[]);
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const sourcesOf = new Map(goldenCases.map((c) => [c.id, flat(c.sources.map((s) => s.text).join(' '))]));

let dir = '';
const runs: Record<string, { code: number; stdout: string; report: Report }> = {};

async function gate(variant: 'paraphrase' | 'regressed') {
  const reportPath = join(dir, `${variant}.json`);
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(APP)} --worker --variant ${variant}`;
  const result = await runCli(
    ['run', '--golden-set', GOLDEN, '--command', command, '--command-mode', 'worker', '--policy', 'standard', '--report-json', reportPath],
    dir,
  );
  expect(result.stderr).not.toMatch(/error/i);
  return { code: result.code, stdout: result.stdout, report: JSON.parse(readFileSync(reportPath, 'utf8')) as Report };
}

/** Each claim the judge did not find supported, with its reason: what to look at when this fails. */
function flagged(report: Report): string[] {
  return report.cases.flatMap((c) => c.claims.filter((k) => k.verdict !== 'supported').map((k) => `${c.id} [${k.verdict}] ${k.text} — ${k.reason}`));
}

describe('the example app’s variants through the gate on the bundled golden set', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factgate-variants-'));
    runs.paraphrase = await gate('paraphrase');
    runs.regressed = await gate('regressed');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('paraphrases: most claims are not a sentence of the sources, and every claim keeps its citation', () => {
    const claims = runs.paraphrase!.report.cases.flatMap((c) => c.claims.map((k) => ({ id: c.id, ...k })));
    expect(claims.length).toBeGreaterThanOrEqual(60);
    const reworded = claims.filter((k) => !sourcesOf.get(k.id)!.includes(flat(k.text)));
    expect(reworded.length / claims.length).toBeGreaterThanOrEqual(0.75);
    for (const claim of claims) expect(claim.citations, claim.text).toHaveLength(1);
  });

  it('paraphrases pass the standard gate: correct answers in other words are not hallucinations', () => {
    const { code, stdout, report } = runs.paraphrase!;
    const why = `claims the judge did not find supported:\n${flagged(report).join('\n')}`;
    expect(report.metrics.hallucinationRate.value, why).toBeLessThanOrEqual(maxHallucinationRate!);
    expect(report.metrics.citationCoverage.value, why).toBeGreaterThanOrEqual(minCitationCoverage!);
    expect(report.verdict.status).toBe('pass');
    expect(stdout).toContain('factgate: PASSED (policy standard');
    expect(code).toBe(0);
  });

  it('regressed answers fail it, on the hallucination rate and the citation coverage', () => {
    const { code, stdout, report } = runs.regressed!;
    expect(report.metrics.hallucinationRate.value).toBeGreaterThan(maxHallucinationRate!);
    expect(report.metrics.citationCoverage.value).toBeLessThan(minCitationCoverage!);
    expect(report.verdict.status).toBe('fail');
    expect(report.verdict.breaches.map((b) => b.rule)).toEqual(expect.arrayContaining(['max-hallucination-rate', 'min-citation-coverage']));
    expect(stdout).toContain('factgate: FAILED (policy standard');
    expect(code).toBe(1);
  });
});
