#!/usr/bin/env node
// Provider throughput: 10,000 cases through a persistent worker, per-case processes
// (fewer cases: one process each) and HTTP at concurrency 32, against an app that
// answers instantly; then `factgate merge` of 8 shard reports of 100,000 cases in all.
// Compiles the TypeScript sources into node_modules/.cache first.
//   node scripts/bench/providers.mjs [--cases N] [--per-case-cases N] [--merge-cases N] [--only providers|merge]
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MERGE_CHILD = `
const [modulePath, dir] = process.argv.slice(1);
const started = performance.now();
const { runMergeCommand } = await import(modulePath);
const io = { stdout: () => {}, stderr: () => {}, cwd: dir, env: {}, color: false, version: '0.0.0-bench' };
const code = await runMergeCommand(['report-*.json', '--out', 'merged.json'], io);
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, code }));
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    'per-case-cases': { type: 'string', default: '500' },
    'merge-cases': { type: 'string', default: '100000' },
    only: { type: 'string' },
  },
});
const N = Number(values.cases);
const PER_CASE_N = Number(values['per-case-cases']);

const out = join(root, 'node_modules', '.cache', 'factgate-bench');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Type errors do not stop the emit (checking types is the test suite's job).
spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...['--outDir', out, '--rootDir', root, '--module', 'NodeNext', '--moduleResolution', 'NodeNext'],
    ...['--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node', '--resolveJsonModule'],
    join(root, 'src', 'responses', 'providers.ts'),
    join(root, 'src', 'cli', 'merge-command.ts'),
  ],
  { stdio: 'ignore' },
);
const { getResponses } = await import(pathToFileURL(join(out, 'src', 'responses', 'providers.js')).href);

const app = join(root, 'scripts', 'bench', 'instant-app.mjs');
const command = (mode) => `${JSON.stringify(process.execPath)} ${JSON.stringify(app)} ${mode}`;
const makeCases = (n) =>
  Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    category: 'bench',
    question: `What is fact number ${i}?`,
    sources: [{ id: 'S1', text: `Fact number ${i} is ${i * 7}.` }],
    expectedFacts: [],
    forbidden: [],
    expect: 'answer',
    origin: { file: 'bench', line: i + 1 },
    contentHash: String(i),
  }));

/** Times `runs` full runs after a warm-up and prints each rate and the median. */
async function measure(label, n, settings, options, target, runs = 3) {
  const cases = makeCases(n);
  // Warm up first (JIT, process start-up, connections), so the figure is the steady state.
  await getResponses(cases.slice(0, Math.max(1, n >> 3)), settings, options);
  const rates = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = await getResponses(cases, settings, options);
    const seconds = (performance.now() - started) / 1000;
    const errors = run.responses.filter((r) => r.error !== undefined).length;
    if (errors > 0 || run.responses.length !== n) throw new Error(`${label}: ${errors} errors, ${run.responses.length}/${n} responses`);
    rates.push(n / seconds);
  }
  const median = [...rates].sort((a, b) => a - b)[Math.floor(runs / 2)];
  const verdict = target ? (median >= target ? ` (target >= ${target}: met)` : ` (target >= ${target}: NOT met)`) : '';
  const each = rates.map((r) => Math.round(r).toLocaleString('en-US')).join(', ');
  console.log(`${label}: ${n} cases, median ${Math.round(median).toLocaleString('en-US')} cases/s of ${runs} runs [${each}]${verdict}`);
  return median;
}

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
if (values.only !== 'merge') await benchProviders();
if (values.only !== 'providers') {
  // Parts listing only their own cases (what a shard run should write), then parts
  // listing every case with the others marked not run (8x the JSON to read).
  await benchMerge(Number(values['merge-cases']), 8, 'own cases only');
  if (!process.env.KEEP_BENCH_DIR) await benchMerge(Number(values['merge-cases']), 8, 'every case');
}

async function benchProviders() {
  // [workers, cases in flight]: one at a time per worker, then one worker fed 8 ahead.
  for (const [workers, concurrency] of [[1, 1], [4, 4], [1, 8]]) {
    const label = `command worker, ${workers} worker${workers > 1 ? 's' : ''}, concurrency ${concurrency}`;
    await measure(label, N, { kind: 'command', mode: 'worker', command: command('--worker'), workers }, { concurrency }, 5000);
  }
  const perCase = { kind: 'command', mode: 'per-case', command: command('--stdin') };
  await measure('command per case, concurrency 4', PER_CASE_N, perCase, { concurrency: 4 }, undefined, 1);

  const server = spawn(process.execPath, [app, '--serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = await once(server.stdout, 'data');
    const endpoint = `${/listening on (\S+)/.exec(String(line))[1]}/answer`;
    await measure('http, concurrency 32', N, { kind: 'http', endpoint }, { concurrency: 32 }, 2000);
  } finally {
    server.kill();
  }
}

/** Writes `shards` shard reports of `total` synthetic cases, then times `factgate merge` on them. */
async function benchMerge(total, shards, style) {
  const load = (path) => import(pathToFileURL(join(out, 'src', ...path.split('/'))).href);
  const { buildReport } = await load('report/build-report.js');
  const { presetPolicy } = await load('policy/resolve-policy.js');
  const { selectShard } = await load('responses/shard.js');
  const dir = mkdtempSync(join(tmpdir(), 'factgate-merge-bench-'));
  try {
    const all = Array.from({ length: total }, (_, i) => syntheticCase(i));
    let bytes = 0;
    for (let index = 1; index <= shards; index++) {
      const mine = new Set(selectShard(all, { index, total: shards }).map((c) => c.id));
      const cases = style === 'every case' ? all.map((c) => (mine.has(c.id) ? c : notRunCase(c))) : all.filter((c) => mine.has(c.id));
      const report = buildReport({
        version: '0.0.0-bench',
        startedAt: new Date(Date.UTC(2025, 0, 1, 0, index)),
        finishedAt: new Date(Date.UTC(2025, 0, 1, 0, index, 30)),
        git: { sha: 'b'.repeat(40), ref: null, runUrl: null },
        goldenSet: { files: ['golden/bench.yaml'], hash: 'c'.repeat(64), caseCount: total },
        settings: { responses: 'command', judge: { name: 'deterministic', version: '1' }, citationPattern: '\\[(S?\\d+)\\]' },
        policy: presetPolicy('standard'),
        cases,
        responses: { missing: [], unknown: [] },
        coverage: null,
        drift: null,
        verdict: { status: 'fail', breaches: [], warnings: [], notes: [], override: null },
        shard: { index, total: shards },
        partialReason: null,
      });
      const text = JSON.stringify(report);
      bytes += text.length;
      writeFileSync(join(dir, `report-${index}.json`), text);
    }
    // Timed in a fresh process, as `factgate merge` runs: the generator's heap would skew it.
    const runs = [];
    const cpuRuns = [];
    let code;
    for (let i = 0; i < 3; i++) {
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', MERGE_CHILD, pathToFileURL(join(out, 'src', 'cli', 'merge-command.js')).href, dir], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`merge bench failed: ${child.stderr}`);
      const result = JSON.parse(child.stdout);
      runs.push(result.seconds);
      cpuRuns.push(result.cpuSeconds);
      code = result.code;
    }
    const merged = JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8'));
    if (merged.cases.length !== total || merged.run.partial) throw new Error('merge bench: the merged report is incomplete');
    const median = [...runs].sort((a, b) => a - b)[1];
    const verdict = median <= 5 ? '(target <= 5 s: met)' : '(target <= 5 s: NOT met)';
    console.log(
      `merge, parts holding ${style}: ${shards} shard reports (${(bytes / 2 ** 20).toFixed(0)} MiB of JSON), ${total.toLocaleString('en-US')} cases: ` +
        `read + validate + merge + write, median ${median.toFixed(2)} s of 3 runs [${runs.map((r) => r.toFixed(2)).join(', ')}] ${verdict}; CPU time (all threads, process start included) [${cpuRuns.map((r) => r.toFixed(2)).join(', ')}] s (gate exit ${code})`,
    );
  } finally {
    if (process.env.KEEP_BENCH_DIR) console.log(dir); else rmSync(dir, { recursive: true, force: true });
  }
}


/** A case result shaped like a real one: two claims with evidence and citation checks. */
function syntheticCase(i) {
  const id = `case-${String(i).padStart(6, '0')}`;
  const claim = (k, verdict) => ({
    index: k,
    text: `Claim ${k} of ${id} says the value is ${i * 3 + k} units [S1].`,
    citations: ['S1'],
    verdict,
    score: verdict === 'supported' ? 0.92 : 0.11,
    evidence: { sourceId: 'S1', sentence: `The value is ${i * 3 + k} units.`, start: 0, end: 24 },
    judge: 'deterministic',
    reason: verdict === 'supported' ? 'every figure and term is in S1' : 'S1 does not state this figure',
    hallucinated: verdict !== 'supported',
    citedVerdict: verdict,
    citationCovered: verdict === 'supported',
    citationChecks: [{ sourceId: 'S1', known: true, relevant: verdict === 'supported' }],
  });
  const bad = i % 50 === 0;
  return {
    id,
    category: ['medical', 'legal', 'financial', 'technical'][i % 4],
    question: `What is the value for ${id}?`,
    expect: 'answer',
    contentHash: String(i).padStart(64, '0'),
    status: 'answered',
    answer: `The value is ${i * 3} units [S1]. It was measured in 2024 [S1].`,
    error: null,
    latencyMs: 10 + (i % 97),
    claims: [claim(0, 'supported'), claim(1, bad ? 'unsupported' : 'supported')],
    nonClaims: [],
    hallucinated: bad,
    hallucinationReasons: bad ? ['claim 2 is not supported by the sources'] : [],
    facts: [{ text: `The value is ${i * 3} units.`, entailed: true, evidence: `The value is ${i * 3} units.` }],
    forbidden: [],
  };
}

function notRunCase(c) {
  return {
    ...c,
    status: 'not-run',
    answer: '',
    latencyMs: null,
    claims: [],
    hallucinated: false,
    hallucinationReasons: [],
    facts: [],
  };
}
