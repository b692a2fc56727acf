#!/usr/bin/env node
// Speed of the statistics behind the drift tests, on sizes a golden set reaches.
// Compiles src/stats with the TypeScript compiler API into node_modules/.cache (so its
// npm imports resolve), then times each function and prints one line per figure.
// Usage: node scripts/bench/stats.mjs
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { cumulativeStdNormalProbability } from 'simple-statistics';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = join(root, 'src/stats');
const out = join(root, 'node_modules/.cache/factgate-bench/stats');
mkdirSync(out, { recursive: true });
for (const file of readdirSync(source).filter((f) => f.endsWith('.ts'))) {
  const { outputText } = ts.transpileModule(readFileSync(join(source, file), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  writeFileSync(join(out, file.replace(/\.ts$/, '.js')), outputText);
}
writeFileSync(join(out, 'package.json'), '{"type":"module"}');
const stats = await import(pathToFileURL(join(out, 'index.js')).href);

/** Deterministic inputs, so runs compare. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

function time(label, fn, minMs = 300) {
  fn(); // warm up
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  const perCall = elapsed / runs;
  const shown = perCall < 0.01 ? `${(perCall * 1000).toFixed(2)} µs` : `${perCall.toFixed(3)} ms`;
  console.log(`${label.padEnd(58)} ${shown.padStart(12)} per call (${runs} runs)`);
}

console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
time('wilsonInterval(37, 1200)', () => stats.wilsonInterval(37, 1200));
time('exactBinomialInterval(37, 1200)', () => stats.exactBinomialInterval(37, 1200));
time('fisherExact two-sided, 2×2 with 400 per row', () => stats.fisherExact({ a: 12, b: 388, c: 25, d: 375 }));
time('fisherExact two-sided, 2×2 with 5,000 per row', () => stats.fisherExact({ a: 120, b: 4880, c: 160, d: 4840 }));
time('mcnemarExactCounts(40, 65)', () => stats.mcnemarExactCounts(40, 65));
time('compareProportions 120/5000 vs 160/5000 (z-test)', () => stats.compareProportions({ successes: 120, n: 5000 }, { successes: 160, n: 5000 }));

const r = random(7);
const sample = (n, shift = 0) => Array.from({ length: n }, () => r() + shift * r());
const a1000 = sample(1000);
const b1000 = sample(1000, 0.05);
const b999 = sample(999, 0.05);
const a5000 = sample(5000);
const b4999 = sample(4999, 0.02);
const a10000 = sample(10000);
const b9999 = sample(9999, 0.01);
const a20000 = sample(20000);
const b20000 = sample(20000, 0.01);
time('ksTwoSample exact, 1,000 vs 1,000', () => stats.ksTwoSample(a1000, b1000));
time('ksTwoSample exact, 1,000 vs 999 (lattice paths)', () => stats.ksTwoSample(a1000, b999));
time('ksTwoSample exact, 5,000 vs 4,999 (lattice paths)', () => stats.ksTwoSample(a5000, b4999), 1000);
time('ksTwoSample exact, 10,000 vs 9,999 (lattice paths)', () => stats.ksTwoSample(a10000, b9999), 1000);
time('ksTwoSample asymptotic, 20,000 vs 20,000', () => stats.ksTwoSample(a20000, b20000));
time('populationStabilityIndex, 10,000 vs 10,000, deciles', () => stats.populationStabilityIndex(a10000, b9999));
const ps = Array.from({ length: 1000 }, () => r());
time('benjaminiHochberg, 1,000 p-values', () => stats.benjaminiHochberg(ps));
time('certifyRate 0/120 claims, ≤ 0.5 %', () => stats.certifyRate({ events: 0, n: 120, threshold: 0.005, kind: 'max' }));

console.log('\nupper normal tail P(Z > z): tail-accurate erfc vs simple-statistics table');
for (const z of [2, 3, 4, 5, 6, 8]) {
  const ours = stats.normalSf(z);
  const table = 1 - cumulativeStdNormalProbability(z);
  console.log(`z = ${z}: ${ours.toExponential(6).padStart(14)}  table ${table.toExponential(6).padStart(14)}  (×${(table / ours).toExponential(2)})`);
}
