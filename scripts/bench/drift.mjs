#!/usr/bin/env node
// False alarms and power of the drift gate. Simulates pairs of runs (baseline, head) of one
// app over the same golden set and sends each pair through the real code: buildReport →
// computeDrift → evaluatePolicy, for every preset. A/A pairs (nothing changed) give the
// false-alarm rate, regressed pairs the power, each with its exact 95 % interval.
//
// The simulated set: 300 cases in 5 categories of 60; each case makes 1 or 2 claims (fixed
// per case); each claim is hallucinated with probability p, independently in each run; a
// claim that is not hallucinated is covered by its citations so that coverage is about
// 90 %; judge scores are on a 0.05 grid (supported claims high, hallucinated low); latency
// is a per-case base time × a per-run load factor (a loaded runner moves p95 by tens of
// per cent between identical runs) × per-call jitter. Seeded: every run prints the same.
// Usage: node scripts/bench/drift.mjs [--pairs N]   (default 2000 A/A, 1000 regressed)
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { transpileSources } from './support/load-source.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = (d) => readdirSync(`${root}${d}`).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f}`);
const load = transpileSources('drift', [
  ...dir('src/stats'),
  ...dir('src/drift'),
  ...dir('src/policy'),
  'src/report/build-report.ts',
  'src/report/types.ts',
  'src/evaluate/metrics.ts',
]);
const { buildReport } = await load('src/report/build-report.js');
const { computeDrift, driftOptions } = await load('src/drift/compute-drift.js');
const { evaluatePolicy } = await load('src/policy/evaluate-policy.js');
const { PRESETS } = await load('src/policy/presets.js');
const { exactBinomialInterval } = await load('src/stats/exact-interval.js');

const argIndex = process.argv.indexOf('--pairs');
const AA_PAIRS = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 2000;
const POWER_PAIRS = Math.max(100, Math.round(AA_PAIRS / 2));

const CATEGORIES = ['financial', 'legal', 'medical', 'scientific', 'technical'];
const CASES_PER_CATEGORY = 60;
const COVERAGE = 0.9;
const PRESET_NAMES = ['strict', 'standard', 'permissive'];

/** mulberry32 */
function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** The golden set: ids, categories, claims per case and base latencies, fixed for all runs. */
function goldenSet(random) {
  return CATEGORIES.flatMap((category) =>
    Array.from({ length: CASES_PER_CATEGORY }, (_, i) => ({
      id: `${category.slice(0, 3)}-${String(i + 1).padStart(3, '0')}`,
      category,
      claims: 1 + Math.floor(random() * 2),
      baseMs: 400 * Math.exp(0.35 * gaussian(random)),
    })),
  );
}

/** One run: `rateOf(category)` is each claim's hallucination probability. */
function runReport(set, random, rateOf) {
  const load = Math.exp(0.08 * gaussian(random));
  const cases = set.map((c) => {
    const p = rateOf(c.category);
    const claims = Array.from({ length: c.claims }, (_, index) => {
      const hallucinated = random() < p;
      const covered = !hallucinated && random() < Math.min(1, COVERAGE / (1 - p));
      const score = Math.round(20 * (hallucinated ? 0.35 * random() : 0.6 + 0.4 * random())) / 20;
      return {
        index,
        text: `Claim ${index}.`,
        citations: ['S1'],
        verdict: hallucinated ? 'unsupported' : 'supported',
        score,
        evidence: null,
        judge: 'deterministic',
        reason: hallucinated ? 'no source sentence supports it' : 'entailed by S1',
        hallucinated,
        citedVerdict: hallucinated ? 'unsupported' : 'supported',
        citationCovered: covered,
        citationChecks: [{ sourceId: 'S1', known: true, relevant: covered }],
      };
    });
    const hallucinated = claims.some((claim) => claim.hallucinated);
    return {
      id: c.id,
      category: c.category,
      question: `Question ${c.id}?`,
      expect: 'answer',
      contentHash: `hash-${c.id}`,
      status: 'answered',
      answer: claims.map((claim) => claim.text).join(' '),
      error: null,
      latencyMs: Math.round(c.baseMs * load * Math.exp(0.1 * gaussian(random))),
      claims,
      nonClaims: [],
      hallucinated,
      hallucinationReasons: hallucinated ? ['a claim is unsupported'] : [],
      facts: [],
      forbidden: [],
    };
  });
  return buildReport({
    version: 'bench',
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:01:00Z'),
    git: { sha: null, ref: null, runUrl: null },
    goldenSet: { files: ['golden.jsonl'], hash: 'set', caseCount: cases.length },
    settings: { responses: 'file', judge: { name: 'deterministic', version: '1' }, citationPattern: '\\[(S?\\d+)\\]' },
    policy: PRESETS.standard,
    cases,
    responses: { missing: [], unknown: [] },
    coverage: null,
    drift: null,
    verdict: { status: 'pass', breaches: [], warnings: [], notes: [], override: null },
    shard: null,
    partialReason: null,
  });
}

const DRIFT_RULES = new Set(['regression', 'judge-score-drift', 'latency-drift']);

/** What the preset did with the drift findings of one pair. */
function outcome(head, baseline, policy) {
  const drift = computeDrift(head, baseline, { ...driftOptions(policy), baselineFile: 'baseline.json' });
  const verdict = evaluatePolicy(
    { metrics: head.metrics, coverage: null, drift, responses: head.responses, partial: false, partialReason: null, inputProblems: [], uncertified: [] },
    policy,
  );
  const fails = verdict.breaches.some((b) => DRIFT_RULES.has(b.rule));
  // The regression rule's own action: fail for strict and standard, warn for permissive.
  const acted = [...verdict.breaches, ...verdict.warnings].some((b) => b.rule === 'regression') || fails;
  const warned = verdict.warnings.some((b) => DRIFT_RULES.has(b.rule) && b.rule !== 'regression');
  return { fails, acted, warned };
}

function simulate(label, pairs, seed, baseRate, headRate) {
  const random = seeded(seed);
  const set = goldenSet(random);
  const counts = Object.fromEntries(PRESET_NAMES.map((name) => [name, { fails: 0, acted: 0, warned: 0 }]));
  for (let i = 0; i < pairs; i++) {
    const baseline = runReport(set, random, () => baseRate);
    const head = runReport(set, random, headRate);
    for (const name of PRESET_NAMES) {
      const o = outcome(head, baseline, PRESETS[name]);
      for (const key of ['fails', 'acted', 'warned']) if (o[key]) counts[name][key]++;
    }
  }
  return { label, pairs, counts };
}

function share(k, n) {
  const { lower, upper } = exactBinomialInterval(k, n, 0.95);
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  return `${pct(k / n).padStart(6)} (${pct(lower)}–${pct(upper)})`;
}

const started = performance.now();
const rows = [];
for (const p of [0.02, 0.1]) rows.push({ kind: 'A/A', ...simulate(`A/A, p = ${p}`, AA_PAIRS, 1000 + p * 100, p, () => p) });
rows.push({ kind: 'power', ...simulate('0.02 → 0.06 in every category', POWER_PAIRS, 2001, 0.02, () => 0.06) });
rows.push({ kind: 'power', ...simulate('0.02 → 0.06 in one category (medical)', POWER_PAIRS, 2002, 0.02, (c) => (c === 'medical' ? 0.06 : 0.02)) });
rows.push({ kind: 'power', ...simulate('0.10 → 0.15 in every category', POWER_PAIRS, 2003, 0.1, () => 0.15) });

console.log(`${CATEGORIES.length} categories × ${CASES_PER_CATEGORY} cases, 1–2 claims per case, ${COVERAGE * 100}% citation coverage, judge scores and latencies`);
console.log('Share of pairs, exact (Clopper–Pearson) 95% interval in brackets.');
console.log('"acts on drift": the regression rule fires with the preset\'s action (fail for strict and standard, warn for permissive);');
console.log('"descriptive warnings": judge-score or latency drift warnings, which never fail the gate by default.\n');
for (const row of rows) {
  console.log(`${row.label} (${row.pairs} pairs)`);
  for (const name of PRESET_NAMES) {
    const c = row.counts[name];
    console.log(
      `  ${name.padEnd(11)} acts on drift ${share(c.acted, row.pairs)}   gate fails on drift ${share(c.fails, row.pairs)}   descriptive warnings ${share(c.warned, row.pairs)}`,
    );
  }
}
const aa = rows.filter((r) => r.kind === 'A/A');
const worstUpper = Math.max(...aa.flatMap((r) => PRESET_NAMES.map((n) => exactBinomialInterval(r.counts[n].acted, r.pairs, 0.95).upper)));
const power = rows[2].counts;
console.log(`\nTarget A/A ≤ 5% (upper bound): worst upper bound ${(100 * worstUpper).toFixed(1)}% → ${worstUpper <= 0.05 ? 'met' : 'NOT met'}`);
console.log(`Target power 0.02 → 0.06 everywhere ≥ 80%: ${PRESET_NAMES.map((n) => `${n} ${(100 * power[n].acted / rows[2].pairs).toFixed(1)}%`).join(', ')}`);
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
