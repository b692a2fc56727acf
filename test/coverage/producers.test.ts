import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCoverageReports, summarizeCoverage } from '../../src/coverage/index.js';
import {
  buildTwoObjects,
  c8Binary,
  cSample,
  cTwoObjectsSample,
  geninfo,
  jsSample,
  lcovSummary,
  pythonSample,
  requireTool,
  run,
  tempProject,
} from './producers.js';

/**
 * Reports produced here and now by real coverage tools from small sample programs; the
 * totals factgate reads must equal what each tool prints about its own run.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function project(files: Record<string, string>): string {
  const dir = tempProject(files);
  made.push(dir);
  return dir;
}

async function read(dir: string, report: string) {
  return summarizeCoverage(await readCoverageReports([join(dir, report)], { repoRoot: dir }));
}

describe('coverage.py (Debian python3-coverage)', () => {
  it('Cobertura XML and LCOV totals equal coverage.py\'s own JSON totals', async () => {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = project(pythonSample);
    run(coverage, ['run', '--branch', '--source=.', 'run_calc.py'], dir);
    run(coverage, ['xml', '-o', 'coverage.xml'], dir);
    run(coverage, ['lcov', '-o', 'coverage.lcov'], dir);
    run(coverage, ['json', '-o', 'coverage.json'], dir);
    const totals = JSON.parse(readFileSync(join(dir, 'coverage.json'), 'utf8')).totals;
    const xml = await read(dir, 'coverage.xml');
    expect(xml.reports[0]!.format).toBe('cobertura');
    expect(xml.lines).toMatchObject({ covered: totals.covered_lines, total: totals.num_statements });
    expect(xml.branches).toMatchObject({ covered: totals.covered_branches, total: totals.num_branches });
    expect(xml.files.map((f) => f.path)).toEqual(['calc/__init__.py', 'calc/ops.py', 'run_calc.py']);
    expect(xml.warnings).toEqual([]);
    const lcov = await read(dir, 'coverage.lcov');
    expect(lcov.lines).toEqual(xml.lines);
    // coverage.py's "report" prints the same statement counts.
    const table = run(coverage, ['report'], dir);
    const totalRow = table.split('\n').find((l) => l.startsWith('TOTAL'))!.split(/\s+/);
    expect(Number(totalRow[1])).toBe(totals.num_statements);
    expect(Number(totalRow[1]) - Number(totalRow[2])).toBe(totals.covered_lines);
  });
});

describe('gcovr and geninfo with gcc (Debian gcovr, lcov, gcc)', () => {
  function buildAndRun(): string {
    requireTool('gcc', 'apt-get install gcc');
    const dir = project(cSample);
    run('gcc', ['--coverage', '-O0', '-o', 'prog', 'src/main.c', 'src/util.c'], dir);
    run(join(dir, 'prog'), [], dir);
    return dir;
  }

  it('gcovr Cobertura totals equal gcovr\'s own JSON summary; its SonarQube output is refused by name', async () => {
    const gcovr = requireTool('gcovr', 'apt-get install gcovr');
    const dir = buildAndRun();
    run(gcovr, ['-r', '.', '--cobertura', 'coverage.xml', '--json-summary', 'summary.json', '--sonarqube', 'sonar.xml'], dir);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    const xml = await read(dir, 'coverage.xml');
    expect(xml.lines).toMatchObject({ covered: summary.line_covered, total: summary.line_total });
    expect(xml.branches).toMatchObject({ covered: summary.branch_covered, total: summary.branch_total });
    expect(xml.files.map((f) => f.path).sort()).toEqual(['src/main.c', 'src/util.c']);
    expect(xml.warnings).toEqual([]);
    await expect(readCoverageReports([join(dir, 'sonar.xml')], { repoRoot: dir })).rejects.toThrow('SonarQube generic coverage');
  });

  it('geninfo LCOV totals equal what lcov --summary prints', async () => {
    const lcov = requireTool('lcov', 'apt-get install lcov');
    const dir = buildAndRun();
    run(lcov, ['--capture', '--directory', '.', '--output-file', 'coverage.info', '--rc', 'lcov_branch_coverage=1', '--quiet'], dir);
    const printed = run(lcov, ['--summary', 'coverage.info', '--rc', 'lcov_branch_coverage=1'], dir);
    const lines = /lines\.+: [0-9.]+% \(([0-9]+) of ([0-9]+) lines\)/.exec(printed)!;
    const branches = /branches\.+: [0-9.]+% \(([0-9]+) of ([0-9]+) branches\)/.exec(printed)!;
    const info = await read(dir, 'coverage.info');
    expect(info.reports[0]!.format).toBe('lcov');
    expect(info.lines).toMatchObject({ covered: Number(lines[1]), total: Number(lines[2]) });
    expect(info.branches).toMatchObject({ covered: Number(branches[1]), total: Number(branches[2]) });
    expect(info.files.map((f) => f.path).sort()).toEqual(['src/main.c', 'src/util.c']);
  });
});

describe('geninfo on a source compiled into two objects (Debian lcov, gcc)', () => {
  it('a file written once per object counts each branch once, as lcov --summary does', async () => {
    requireTool('gcc', 'apt-get install gcc');
    requireTool('lcov', 'apt-get install lcov');
    const dir = project(cTwoObjectsSample);
    buildTwoObjects(dir);
    geninfo(dir, '.', 'all.info');
    expect(readFileSync(join(dir, 'all.info'), 'utf8').match(/^SF:.*classify\.c$/gm)).toHaveLength(2);
    const theirs = lcovSummary(dir, 'all.info');
    const ours = await read(dir, 'all.info');
    expect([ours.lines.covered, ours.lines.total]).toEqual(theirs.lines);
    expect([ours.branches.covered, ours.branches.total]).toEqual(theirs.branches);
    // Each program alone takes some branches; together they take all but one.
    expect(theirs.branches).toEqual([5, 6]);
    expect(ours.warnings).toEqual([]);
  });

  it('two shards that take different branches merge as lcov -a merges them', async () => {
    requireTool('lcov', 'apt-get install lcov');
    const dir = project(cTwoObjectsSample);
    buildTwoObjects(dir);
    geninfo(dir, 'build/negative', 'negative.info');
    geninfo(dir, 'build/positive', 'positive.info');
    run('lcov', ['-a', 'negative.info', '-a', 'positive.info', '-o', 'sum.info', '--rc', 'lcov_branch_coverage=1', '--quiet'], dir);
    const theirs = lcovSummary(dir, 'sum.info');
    const ours = summarizeCoverage(await readCoverageReports([join(dir, 'negative.info'), join(dir, 'positive.info')], { repoRoot: dir }));
    expect([ours.lines.covered, ours.lines.total]).toEqual(theirs.lines);
    expect([ours.branches.covered, ours.branches.total]).toEqual(theirs.branches);
    const alone = await read(dir, 'negative.info');
    expect(alone.branches.covered).toBeLessThan(ours.branches.covered);
  });
});

describe('c8 (istanbul reporters)', () => {
  it('Cobertura, LCOV and Clover totals equal c8\'s json-summary', async () => {
    const c8 = c8Binary();
    const dir = project(jsSample);
    run(c8, ['--reporter=cobertura', '--reporter=lcovonly', '--reporter=clover', '--reporter=json-summary', '--report-dir=cov', process.execPath, 'main.js'], dir);
    const total = JSON.parse(readFileSync(join(dir, 'cov', 'coverage-summary.json'), 'utf8')).total;
    for (const [report, format] of [
      ['cov/cobertura-coverage.xml', 'cobertura'],
      ['cov/lcov.info', 'lcov'],
      ['cov/clover.xml', 'clover'],
    ] as const) {
      const summary = await read(dir, report);
      expect(summary.reports[0]!.format).toBe(format);
      expect(summary.lines, report).toMatchObject({ covered: total.lines.covered, total: total.lines.total });
      expect(summary.files.map((f) => f.path).sort(), report).toEqual(['lib/shapes.js', 'main.js']);
    }
    const lcov = await read(dir, 'cov/lcov.info');
    expect(lcov.branches).toMatchObject({ covered: total.branches.covered, total: total.branches.total });
    const clover = await read(dir, 'cov/clover.xml');
    expect(clover.branches).toMatchObject({ covered: total.branches.covered, total: total.branches.total });
  });
});
