#!/usr/bin/env node
// Throughput of the example application: the bundled golden set repeated to N cases,
// answered in batch mode, through one worker process, and over HTTP (concurrency 8).
//   node scripts/bench/example-app.mjs [--cases 2000]
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const app = join(root, 'examples', 'app', 'app.mjs');
const { values } = parseArgs({ options: { cases: { type: 'string', default: '2000' } } });
const n = Number(values.cases);

const bundled = readdirSync(join(root, 'golden-sets'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(root, 'golden-sets', f), 'utf8')));
const cases = Array.from({ length: n }, (_, i) => ({ ...bundled[i % bundled.length], id: `bench-${i}` }));
const dir = mkdtempSync(join(tmpdir(), 'example-app-bench-'));
const lines = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
writeFileSync(join(dir, 'cases.jsonl'), lines);

/** Runs the app, feeding stdin; resolves with stdout once it exits. */
function run(args, input = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [app, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`app exited with ${code}`))));
    child.stdin.end(input);
  });
}

async function timed(label, fn) {
  const start = performance.now();
  const answered = await fn();
  const ms = performance.now() - start;
  console.log(`${label.padEnd(28)} ${answered} cases in ${(ms / 1000).toFixed(2)} s  (${Math.round((answered * 1000) / ms)} cases/s)`);
}

async function overHttp() {
  const child = spawn(process.execPath, [app, '--serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
  });
  let next = 0;
  let answered = 0;
  const client = async () => {
    while (next < cases.length) {
      const body = JSON.stringify(cases[next++]);
      const res = await fetch(`${url}/answer`, { method: 'POST', body });
      if ((await res.json()).answer) answered++;
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  child.kill('SIGTERM');
  return answered;
}

console.log(`example app, ${n} cases (the ${bundled.length} bundled cases repeated), Node ${process.version}`);
await timed('batch (--golden-set)', async () => (await run(['--golden-set', dir])).trim().split('\n').length);
await timed('worker (--worker)', async () => (await run(['--worker'], lines)).trim().split('\n').length);
await timed('worker, regressed variant', async () => (await run(['--worker', '--variant', 'regressed'], lines)).trim().split('\n').length);
await timed('HTTP (--serve), 8 clients', overHttp);
rmSync(dir, { recursive: true, force: true });
