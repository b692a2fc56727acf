#!/usr/bin/env node
// Parses every report of the shared coverage corpus and compares the recounted line
// totals with its expected.json (from MANIFEST.md); files under invalid/ must be refused.
// Not a test: the corpus lives outside the repository.
//   node scripts/coverage-conformance.mjs [corpus-dir]
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCoverageLibrary } from './bench/coverage.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'coverage');
const expected = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8'));
const build = buildCoverageLibrary();
const { readCoverageReport, countFile } = await import(pathToFileURL(build.index).href);

const names = [
  ...readdirSync(corpus).filter((n) => n !== 'MANIFEST.md' && n !== 'expected.json' && n !== 'invalid'),
  ...readdirSync(join(corpus, 'invalid')).map((n) => `invalid/${n}`),
].sort();
let passed = 0;
const rows = [];
for (const name of names) {
  const want = expected[name];
  let got;
  let verdict;
  try {
    const report = await readCoverageReport(join(corpus, name));
    const lines = { covered: 0, total: 0 };
    for (const file of report.files.values()) {
      const c = countFile(file);
      lines.covered += c.lines.covered;
      lines.total += c.lines.total;
    }
    got = `${report.format} ${lines.covered}/${lines.total}`;
    const ok = want?.valid === true && want.format === report.format && want.lines.covered === lines.covered && want.lines.total === lines.total;
    verdict = ok ? 'pass' : 'FAIL';
  } catch (error) {
    got = `refused: ${String(error.message).split('\n')[0].replace(/^.*?: (not a|the|this)/, '$1').slice(0, 70)}`;
    verdict = want?.valid === false ? 'pass' : 'FAIL';
  }
  if (verdict === 'pass') passed++;
  const wanted = want === undefined ? '(not in expected.json)' : want.valid ? `${want.format} ${want.lines.covered}/${want.lines.total}` : `invalid (${want.format})`;
  rows.push([verdict, name.length > 60 ? `${name.slice(0, 57)}...` : name, wanted, got]);
}
const widths = [4, 60, 24];
for (const row of rows) console.log(row.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  '));
console.log(`\n${passed} passed, ${names.length - passed} failed`);
rmSync(build.outDir, { recursive: true, force: true });
process.exitCode = passed === names.length ? 0 : 1;
