// Whole-process benchmark of `factgate run` on generated golden sets with precomputed
// answers: wall time and peak memory for 2,000 and 100,000 cases.
// Usage: node scripts/bench/gate.mjs [--cases 2000,100000] [--runs 3] [--action]
// With several runs: the median wall time, the range, and the highest peak memory.
// --action runs the Action bundle (dist/action/index.js) the way the runner does instead.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureNode } from './support/measure.mjs';
import { generateSyntheticSet } from './support/synthetic.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const arg = process.argv.indexOf('--cases');
const sizes = (arg > 0 ? process.argv[arg + 1] : '2000,100000').split(',').map(Number);
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const action = process.argv.includes('--action');

/** The Action's inputs and the runner's files, as the runner sets them. */
function actionEnv(dir) {
  writeFileSync(join(dir, 'github-output'), '');
  writeFileSync(join(dir, 'step-summary'), '');
  return {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, 'github-output'),
    GITHUB_STEP_SUMMARY: join(dir, 'step-summary'),
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    'INPUT_GOLDEN-SET': 'golden.jsonl',
    INPUT_RESPONSES: 'responses.jsonl',
    INPUT_POLICY: 'standard',
    'INPUT_REPORT-JSON': 'report.json',
  };
}

console.log(`${action ? 'the factgate Action bundle' : 'factgate run'}, whole process (${cpus().length} cores, ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`);
console.log(`| cases | wall time (median of ${runs}) | range | peak memory (highest) | verdict |`);
console.log('|---:|---:|---:|---:|---|');
for (const count of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'factgate-bench-'));
  try {
    await generateSyntheticSet(dir, count);
    writeFileSync(join(dir, 'factgate.yml'), 'golden-set: golden.jsonl\nresponses: responses.jsonl\npolicy: standard\nreport-json: report.json\n');
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = action
        ? await measureNode([join(root, 'dist/action/index.js')], { cwd: dir, env: actionEnv(dir) })
        : await measureNode([join(root, 'dist/cli/index.js'), 'run'], { cwd: dir });
      if (result.code !== 0 && result.code !== 1) throw new Error(`factgate exited ${result.code}: ${result.stderr}`);
      results.push(result);
    }
    const seconds = results.map((r) => r.seconds).sort((a, b) => a - b);
    const median = seconds[Math.floor((seconds.length - 1) / 2)];
    const peak = Math.max(...results.map((r) => r.peakMiB ?? 0));
    const verdict = action ? (/factgate: the gate (\w+)/.exec(results[0].stdout)?.[1] ?? 'passed') : (/factgate: (\w+)/.exec(results[0].stdout)?.[1] ?? '?');
    console.log(`| ${count.toLocaleString('en-US')} | ${median.toFixed(2)} s | ${seconds[0].toFixed(2)}–${seconds.at(-1).toFixed(2)} s | ${peak.toFixed(0)} MiB | ${verdict} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
