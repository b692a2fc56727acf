#!/usr/bin/env node
// Provider throughput: 10,000 cases through a persistent worker, per-case processes
// (fewer cases: one process each) and HTTP at concurrency 32, against an app that
// answers instantly. Compiles the TypeScript sources into node_modules/.cache first.
//   node scripts/bench/providers.mjs [--cases N] [--per-case-cases N]
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: { cases: { type: 'string', default: '10000' }, 'per-case-cases': { type: 'string', default: '500' } },
});
const N = Number(values.cases);
const PER_CASE_N = Number(values['per-case-cases']);

const out = join(root, 'node_modules', '.cache', 'factgate-bench');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    ...['--outDir', out, '--rootDir', root, '--module', 'NodeNext', '--moduleResolution', 'NodeNext'],
    ...['--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node', '--declaration', 'false'],
    join(root, 'src', 'responses', 'providers.ts'),
  ],
  { stdio: 'inherit' },
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

for (const concurrency of [1, 2, 4]) {
  await measure(`command worker, ${concurrency} worker${concurrency > 1 ? 's' : ''}`, N, { kind: 'command', mode: 'worker', command: command('--worker') }, { concurrency }, 5000);
}
await measure(`command per case, concurrency 4`, PER_CASE_N, { kind: 'command', mode: 'per-case', command: command('--stdin') }, { concurrency: 4 }, undefined, 1);

const server = spawn(process.execPath, [app, '--serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const [line] = await once(server.stdout, 'data');
  const endpoint = `${/listening on (\S+)/.exec(String(line))[1]}/answer`;
  await measure('http, concurrency 32', N, { kind: 'http', endpoint }, { concurrency: 32 }, 2000);
} finally {
  server.kill();
}
