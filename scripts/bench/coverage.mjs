#!/usr/bin/env node
// Coverage benchmark: generates a 60 MB Cobertura report (2,000,000 <line> elements) and a
// diff, then times, each in its own process, factgate's whole-process parse and diff-cover
// on the same report and diff. Prints wall time and peak RSS.
//   node scripts/bench/coverage.mjs [--runs N] [--candidates DIR]
// With --candidates, other XML parsers installed in DIR are timed the same way.
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
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const last = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, user, system, kib] = last.split(' ').map(Number);
  if (result.status !== 0 || !Number.isFinite(seconds)) throw new Error(`${command} failed: ${result.stderr.slice(-2000)}`);
  return { seconds, cpu: user + system, rssMiB: kib / 1024, stdout: result.stdout };
}

/**
 * Other XML parsers, measured the same way for comparison when a folder holding them is
 * given (--candidates DIR, after `npm install --prefix DIR saxes sax htmlparser2 txml`).
 * Each streams the file (or parses it whole, for DOM parsers) and counts <line> hits.
 */
const CANDIDATES = {
  'bare indexOf scan (floor)': `const s = readFileSync(file, 'utf8'); let i = 0; while ((i = s.indexOf('<line ', i)) !== -1) { lines++; i += 6; }`,
  saxes: `const { SaxesParser } = require('saxes'); const p = new SaxesParser({ position: false });
p.on('opentag', (t) => { if (t.name === 'line') { lines++; hits += Number(t.attributes.hits); } }); p.on('error', (e) => { throw e; });
for await (const c of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 18 })) p.write(c); p.close();`,
  'htmlparser2 (xmlMode)': `const { Parser } = require('htmlparser2');
const p = new Parser({ onopentag(n, a) { if (n === 'line') { lines++; hits += Number(a.hits); } } }, { xmlMode: true });
for await (const c of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 18 })) p.write(c); p.end();`,
  sax: `const sax = require('sax'); const p = sax.parser(true, {});
p.onopentag = (t) => { if (t.name === 'line') { lines++; hits += Number(t.attributes.hits); } }; p.onerror = (e) => { throw e; };
for await (const c of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 18 })) p.write(c); p.close();`,
  'txml (DOM)': `const txml = require('txml'); const dom = txml.parse(readFileSync(file, 'utf8'));
const walk = (n) => { for (const c of n.children ?? []) if (typeof c === 'object') { if (c.tagName === 'line') { lines++; hits += Number(c.attributes.hits); } walk(c); } };
for (const n of dom) if (typeof n === 'object') walk(n);`,
  'fast-xml-parser 5 (DOM)': `const { XMLParser } = require('fast-xml-parser');
const doc = new XMLParser({ ignoreAttributes: false, processEntities: false }).parse(readFileSync(file, 'utf8'));
const walk = (v) => { if (Array.isArray(v)) v.forEach(walk); else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) { if (k === 'line') for (const l of [c].flat()) { lines++; hits += Number(l['@_hits']); } else walk(c); } };
walk(doc);`,
};

function candidateScript(work, name, code, modules) {
  const path = join(work, `candidate-${Object.keys(CANDIDATES).indexOf(name)}.mjs`);
  writeFileSync(path, `import { createRequire } from 'node:module';
import { createReadStream, readFileSync } from 'node:fs';
const require = createRequire(${JSON.stringify(join(modules, 'node_modules') + '/')});
const file = process.argv[2]; let lines = 0; let hits = 0;
${code}
console.log(lines, hits);
`);
  return path;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const flag = (name) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const runs = Number(flag('--runs') ?? 3);
  const candidates = flag('--candidates');
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
    const os = await import('node:os');
    console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`report: ${(statSync(report).size / 1e6).toFixed(1)} MB Cobertura, 2,000,000 <line> elements; diff: 200 files, 66,600 added lines`);
    const tools = [['factgate: read + summary + patch', process.execPath, [runner, report, diff], {}]];
    if (candidates !== undefined) {
      for (const [name, code] of Object.entries(CANDIDATES)) {
        const modules = name.startsWith('fast-xml-parser') ? root : candidates;
        tools.push([name, process.execPath, [candidateScript(work, name, code, modules), report], {}]);
      }
    }
    if (spawnSync('diff-cover', ['--version']).status === 0) {
      tools.push(['diff-cover 7 (same report and diff)', 'diff-cover', [prepareDiffCoverRepository(work, report), '--compare-branch=main', `--json-report=${join(work, 'dc.json')}`], { cwd: join(work, 'repo') }]);
    } else {
      console.log('diff-cover is not installed (Debian package diff-cover): its row is left out');
    }
    const results = new Map(tools.map(([name]) => [name, []]));
    // Interleaved runs, so that load from other processes spreads over every tool.
    for (let i = 0; i < runs; i++) {
      for (const [name, command, args, options] of tools) {
        const r = timed(command, args, options);
        results.get(name).push(r);
        if (i === 0 && name.startsWith('factgate')) console.log(`factgate result: ${r.stdout.trim()}`);
      }
    }
    console.log(`\n${runs} runs each; median (min)`);
    console.log(`${'tool'.padEnd(36)} ${'wall s'.padStart(13)} ${'CPU s'.padStart(13)} ${'peak RSS MiB'.padStart(14)}`);
    for (const [name, rs] of results) {
      const cell = (key, digits) => `${median(rs.map((r) => r[key])).toFixed(digits)} (${Math.min(...rs.map((r) => r[key])).toFixed(digits)})`;
      console.log(`${name.padEnd(36)} ${cell('seconds', 2).padStart(13)} ${cell('cpu', 2).padStart(13)} ${cell('rssMiB', 0).padStart(14)}`);
    }
    rmSync(build.outDir, { recursive: true, force: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** diff-cover reads the diff from git: a repository whose branch makes the same change. */
function prepareDiffCoverRepository(work, report) {
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'pkg'), { recursive: true });
  const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  const source = (changed) => Array.from({ length: 1000 }, (_, l) => (changed && (l + 1) % 3 === 0 ? `y${l + 1} = 2\n` : `x${l + 1} = 1\n`)).join('');
  for (let c = 0; c < 200; c++) writeFileSync(join(repo, 'pkg', `m${c}.py`), source(false));
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'change');
  for (let c = 0; c < 200; c++) writeFileSync(join(repo, 'pkg', `m${c}.py`), source(true));
  git('commit', '-qam', 'change');
  const repoReport = join(work, 'coverage-repo.xml');
  writeFileSync(repoReport, readFileSync(report, 'utf8').replace('<source>/bench/repo</source>', `<source>${repo}</source>`));
  return repoReport;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
