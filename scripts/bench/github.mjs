#!/usr/bin/env node
// Speed of what runs before anything is posted on a pull request: rendering the report
// as Markdown within each destination's size limit (comment, check run, job summary),
// escaping untrusted text, and masking secrets. Compiles the modules involved with the
// TypeScript compiler API into node_modules/.cache, builds a synthetic report with many
// failing cases, and prints one line per figure.
// Usage: node scripts/bench/github.mjs [failing-cases]   (default 5000)
import { performance } from 'node:perf_hooks';
import { transpileSources } from './support/load-source.mjs';

const load = transpileSources('github', ['src/report/markdown.ts', 'src/report/budget.ts', 'src/report/format.ts', 'src/shared/escape.ts']);
const { renderMarkdownFitted } = await load('src/report/markdown.js');
const { COMMENT_LIMIT, CHECK_RUN_OUTPUT_LIMIT, JOB_SUMMARY_LIMIT } = await load('src/report/budget.js');
const { escapeMarkdownInline, escapeLogText, redactSecrets } = await load('src/shared/escape.js');

const failing = Number(process.argv[2] ?? 5000);

function rate(numerator, denominator) {
  return { value: denominator ? numerator / denominator : null, numerator, denominator, ci: denominator ? { lower: 0, upper: 1 } : null };
}

/** A report with `n` hallucinated cases whose text is hostile Markdown, so escaping does real work. */
function syntheticReport(n) {
  const hostile = 'Ask @octocat about #12 <b>bold</b> | pipe [link](https://x.example) `code` *em* ';
  const cases = Array.from({ length: n }, (_, i) => ({
    id: `case-${i}`,
    category: `category-${i % 25}`,
    question: `${hostile} question ${i}?`,
    expect: 'answer',
    contentHash: `h${i}`,
    status: 'answered',
    answer: `${hostile.repeat(6)} answer ${i} sk-bench-secret-0001`,
    error: null,
    latencyMs: 100,
    claims: [0, 1, 2].map((index) => ({
      index,
      text: `${hostile} claim ${index} of case ${i}`,
      citations: ['S1', 'S2'],
      verdict: index === 0 ? 'contradicted' : 'supported',
      score: 0.2,
      evidence: { sourceId: 'S1', sentence: `${hostile} the source says otherwise`, start: 0, end: 10 },
      judge: 'deterministic',
      reason: 'the numbers differ',
      hallucinated: index === 0,
      citedVerdict: 'contradicted',
      citationCovered: false,
      citationChecks: [{ sourceId: 'S1', known: true, relevant: true }, { sourceId: 'S2', known: false, relevant: false }],
    })),
    nonClaims: [],
    hallucinated: true,
    hallucinationReasons: ['claim 1 is contradicted'],
    facts: [],
    forbidden: [],
  }));
  const thresholds = { maxHallucinationRate: 0.02, minCitationCoverage: 0.9, maxCaseHallucinationRate: null, minCitationPrecision: null, minFactRecall: null, maxUndeterminedRate: null, maxErrorRate: null, maxLatencyP95Ms: null, minLineCoverage: 0.6, minBranchCoverage: null, minPatchCoverage: null, maxLineCoverageDrop: null };
  const r = rate(n, n * 3);
  return {
    schemaVersion: 1,
    tool: { name: 'factgate', version: '0.1.0' },
    run: { startedAt: '', finishedAt: '', durationMs: 0, gitSha: 'a'.repeat(40), ref: null, runUrl: 'https://github.com/o/r/actions/runs/1', shard: null, partial: false, partialReason: null },
    goldenSet: { files: [], hash: '', caseCount: n },
    settings: { responses: 'file', judge: { name: 'deterministic', version: '1' }, citationPattern: '', settingsHash: '' },
    policy: { name: 'standard', extends: 'standard', thresholds },
    metrics: { hallucinationRate: r, caseHallucinationRate: rate(n, n), citationCoverage: r, citationPrecision: r, factRecall: rate(0, 0), undeterminedRate: rate(0, n), answerRate: rate(n, n), errorRate: rate(0, n), fabricatedCitationRate: r, latency: null, counts: {} },
    categories: Array.from({ length: 25 }, (_, i) => ({ category: `category-${i}`, cases: n / 25, hallucinationRate: rate(i, 25), caseHallucinationRate: rate(i, 25), citationCoverage: rate(20, 25), factRecall: rate(0, 0) })),
    cases,
    responses: { missing: [], unknown: [] },
    coverage: {
      reports: [],
      lines: { covered: 800, total: 1000, rate: 0.8 },
      branches: { covered: 80, total: 100, rate: 0.8 },
      patch: { covered: 50, total: 100, rate: 0.5, uncovered: Array.from({ length: 300 }, (_, i) => ({ path: `src/file-${i}.ts`, lines: [1, 2, 3, 10, 20, 21] })) },
      files: [],
      warnings: [],
    },
    drift: null,
    verdict: { status: 'fail', breaches: [{ rule: 'max-hallucination-rate', severity: 'fail', actual: 0.33, threshold: 0.02, message: 'over' }], warnings: [], notes: [], override: null },
  };
}

function time(label, fn, minMs = 500) {
  fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  const ms = (performance.now() - start) / runs;
  console.log(`${label}: ${ms.toFixed(2)} ms per run (${runs} runs)`);
  return ms;
}

const report = syntheticReport(failing);
const secrets = ['sk-bench-secret-0001'];
console.log(`node ${process.version}, ${failing} failing cases, ${report.cases.length * 3} claims`);
for (const [name, limit] of [['comment', COMMENT_LIMIT], ['check run', CHECK_RUN_OUTPUT_LIMIT], ['job summary', JOB_SUMMARY_LIMIT]]) {
  const fitted = renderMarkdownFitted(report, { limit, secrets });
  time(`render + fit (${name}, limit ${limit.max} ${limit.unit}, result ${fitted.size}, left out: ${fitted.omitted.map((o) => o.id).join(', ') || 'nothing'})`, () =>
    renderMarkdownFitted(report, { limit, secrets }),
  );
}
const text = report.cases.map((c) => c.answer).join('\n');
const mb = Buffer.byteLength(text) / 1e6;
const escapeMs = time(`escapeMarkdownInline over ${mb.toFixed(1)} MB`, () => escapeMarkdownInline(text));
console.log(`  = ${(mb / (escapeMs / 1000)).toFixed(1)} MB/s`);
const logMs = time(`escapeLogText over ${mb.toFixed(1)} MB`, () => escapeLogText(text));
console.log(`  = ${(mb / (logMs / 1000)).toFixed(1)} MB/s`);
const redactMs = time(`redactSecrets (1 secret, 5 forms) over ${mb.toFixed(1)} MB`, () => redactSecrets(text, secrets));
console.log(`  = ${(mb / (redactMs / 1000)).toFixed(1)} MB/s`);
