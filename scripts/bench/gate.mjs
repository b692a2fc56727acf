// Whole-process benchmark of `factgate run` on generated golden sets with precomputed
// answers: wall time and peak memory for 2,000 and 100,000 cases.
// Usage: node scripts/bench/gate.mjs [--cases 2000,100000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureNode } from './support/measure.mjs';
import { generateSyntheticSet } from './support/synthetic.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const arg = process.argv.indexOf('--cases');
const sizes = (arg > 0 ? process.argv[arg + 1] : '2000,100000').split(',').map(Number);

console.log(`factgate run, whole process (${cpus().length} cores, ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version})`);
console.log('| cases | wall time | peak memory | verdict |');
console.log('|---:|---:|---:|---|');
for (const count of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'factgate-bench-'));
  try {
    await generateSyntheticSet(dir, count);
    writeFileSync(join(dir, 'factgate.yml'), 'golden-set: golden.jsonl\nresponses: responses.jsonl\npolicy: standard\nreport-json: report.json\n');
    const result = await measureNode([join(root, 'dist/cli/index.js'), 'run'], { cwd: dir });
    if (result.code !== 0 && result.code !== 1) throw new Error(`factgate exited ${result.code}: ${result.stderr}`);
    const verdict = /factgate: (\w+)/.exec(result.stdout)?.[1] ?? '?';
    console.log(`| ${count.toLocaleString('en-US')} | ${result.seconds.toFixed(2)} s | ${result.peakMiB?.toFixed(0)} MiB | ${verdict} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
