#!/usr/bin/env node
// Coverage benchmark: generates a 60 MB Cobertura report (2,000,000 <line> elements) and a
// diff, then times, each in its own process, factgate's whole-process parse and diff-cover
// on the same report and diff. Prints wall time and peak RSS.
//   node scripts/bench/coverage.mjs [--runs N]
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Compiles src/coverage and the coverage command to JavaScript in a temporary folder. */
export function buildCoverageLibrary() {
  const outDir = mkdtempSync(join(tmpdir(), 'factgate-coverage-build-'));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [
    tsc, '--outDir', outDir, '--rootDir', join(root, 'src'), '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--strict', '--skipLibCheck', '--types', 'node',
    join(root, 'src', 'coverage', 'index.ts'), join(root, 'src', 'cli', 'coverage-command.ts'),
  ], { stdio: 'inherit', cwd: root });
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n');
  return { index: join(outDir, 'coverage', 'index.js'), command: join(outDir, 'cli', 'coverage-command.js'), outDir };
}

/** 2,000 classes × 1,000 lines, every 4th line missed: about 60 MB. */
export async function writeBigCobertura(path, { classes = 2000, linesPerClass = 1000 } = {}) {
  const out = createWriteStream(path);
  const total = classes * linesPerClass;
  let buf = `<?xml version="1.0" ?>\n<coverage version="7.4.0" timestamp="1" lines-valid="${total}" lines-covered="${total * 0.75}" line-rate="0.75" branches-covered="${total / 100}" branches-valid="${total / 50}" branch-rate="0.5" complexity="0">\n<sources><source>/bench/repo</source></sources>\n<packages><package name="pkg" line-rate="0.75" branch-rate="0.5" complexity="0"><classes>\n`;
  for (let c = 0; c < classes; c++) {
    buf += `<class name="m${c}.py" filename="pkg/m${c}.py" line-rate="0.75" branch-rate="0.5" complexity="0"><methods/><lines>\n`;
    for (let l = 1; l <= linesPerClass; l++) {
      const hits = l % 4 === 0 ? 0 : 1;
      // Every 100th line is a two-way branch, as in a typical report.
      buf += l % 100 === 0 ? `<line number="${l}" hits="${hits}" branch="true" condition-coverage="50% (1/2)"/>\n` : `<line number="${l}" hits="${hits}"/>\n`;
    }
    buf += '</lines></class>\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(`${buf}</classes></package></packages></coverage>\n`);
  await once(out, 'finish');
}

/** A -U0 diff touching every 3rd line of the first 200 files. */
function writeDiff(path) {
  let text = '';
  for (let c = 0; c < 200; c++) {
    text += `diff --git a/pkg/m${c}.py b/pkg/m${c}.py\n--- a/pkg/m${c}.py\n+++ b/pkg/m${c}.py\n`;
    for (let l = 3; l <= 1000; l += 3) text += `@@ -${l} +${l} @@\n-old\n+new\n`;
  }
  writeFileSync(path, text);
}

function timed(command, args, options = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, kib] = last.split(' ').map(Number);
  if (result.status !== 0 || !Number.isFinite(seconds)) throw new Error(`${command} failed: ${result.stderr.slice(-2000)}`);
  return { seconds, rssMiB: kib / 1024, stdout: result.stdout };
}

async function main() {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag === -1 ? 3 : Number(process.argv[runsFlag + 1]);
  const work = mkdtempSync(join(tmpdir(), 'factgate-coverage-bench-'));
  try {
    const build = buildCoverageLibrary();
    const report = join(work, 'coverage.xml');
    await writeBigCobertura(report);
    const diff = join(work, 'change.diff');
    writeDiff(diff);
    const runner = join(work, 'parse.mjs');
    writeFileSync(runner, `import { readCoverageReports, summarizeCoverage, computePatchCoverage, changedLinesFromGitDiff } from ${JSON.stringify(pathToFileURL(build.index).href)};
import { readFileSync } from 'node:fs';
const data = await readCoverageReports([process.argv[2]], { repoRoot: '/bench/repo' });
const s = summarizeCoverage(data);
const p = computePatchCoverage(data, changedLinesFromGitDiff(readFileSync(process.argv[3], 'utf8')));
console.log(JSON.stringify({ lines: s.lines, branches: s.branches, patch: p.lines }));
`);
    console.log(`machine: ${(await import('node:os')).cpus().length} cores, Node ${process.version}`);
    console.log(`report: ${(statSync(report).size / 1e6).toFixed(1)} MB, 2,000,000 <line> elements; diff: 200 files, 66,600 added lines`);
    const rows = [];
    for (let i = 0; i < runs; i++) {
      const ours = timed(process.execPath, [runner, report, diff]);
      rows.push(['factgate (read + summary + patch)', ours]);
      if (i === 0) console.log(`factgate result: ${ours.stdout.trim()}`);
    }
    const hasDiffCover = spawnSync('diff-cover', ['--version']).status === 0;
    if (hasDiffCover) {
      // diff-cover reads the diff from git, so give it a repository with that change.
      const repo = join(work, 'repo');
      mkdirSync(join(repo, 'pkg'), { recursive: true });
      const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
      git('init', '-q', '-b', 'main');
      for (let c = 0; c < 200; c++) writeFileSync(join(repo, 'pkg', `m${c}.py`), Array.from({ length: 1000 }, (_, l) => `x${l + 1} = 1\n`).join(''));
      git('add', '.');
      git('-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-qm', 'base');
      git('checkout', '-qb', 'change');
      for (let c = 0; c < 200; c++) writeFileSync(join(repo, 'pkg', `m${c}.py`), Array.from({ length: 1000 }, (_, l) => ((l + 1) % 3 === 0 ? `y${l + 1} = 2\n` : `x${l + 1} = 1\n`)).join(''));
      git('-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-qam', 'change');
      const repoReport = join(work, 'coverage-repo.xml');
      writeFileSync(repoReport, readFileSync(report, 'utf8').replace('<source>/bench/repo</source>', `<source>${repo}</source>`));
      for (let i = 0; i < runs; i++) {
        const theirs = timed('diff-cover', [repoReport, '--compare-branch=main', `--json-report=${join(work, 'dc.json')}`], { cwd: repo });
        rows.push(['diff-cover', theirs]);
      }
    } else {
      console.log('diff-cover not installed (Debian package diff-cover): its column is left out');
    }
    console.log('\ntool                               wall s   peak RSS MiB');
    for (const [name, r] of rows) console.log(`${name.padEnd(34)} ${r.seconds.toFixed(2).padStart(6)}   ${r.rssMiB.toFixed(0).padStart(6)}`);
    rmSync(build.outDir, { recursive: true, force: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
