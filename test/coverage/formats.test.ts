import { describe, expect, it } from 'vitest';
import { mergeCoverage, parseCoverage, summarizeCoverage } from '../../src/coverage/index.js';
import { countFile, countFiles } from '../../src/coverage/summary.js';
import { configurationError, fixture } from './support.js';

function totals(name: string) {
  const report = parseCoverage(fixture(name), name);
  return { report, ...countFiles(report.files.values()) };
}

/** Expected figures are the recount recorded with each fixture's provenance. */
describe('Cobertura producers and quirks', () => {
  it('coverlet: BOM, backslash paths and source, "True", classes sharing a file', () => {
    const { report, lines, branches } = totals('ffMathy__coverage-files__coverage.cobertura.xml');
    expect(lines).toEqual({ covered: 90, total: 201 });
    expect(branches).toEqual({ covered: 5, total: 28 });
    expect(report.sourceRoots).toEqual(['C:\\Users\\mathi\\']);
    expect([...report.files.keys()].every((p) => !p.includes('\\'))).toBe(true);
    // Seven classes share ProductsRepository.cs; they become one file.
    expect([...report.files.keys()].filter((p) => p.endsWith('/ProductsRepository.cs'))).toHaveLength(1);
    expect(report.declared.lines).toEqual({ covered: 90, total: 201 });
  });

  it('Cobertura (Java) 1.9: "0 % (0/2)", bogus --source root, classes sharing a file', () => {
    const { report, lines, branches } = totals('Heigvd__Wegas__target__site__cobertura__coverage.xml');
    expect(lines).toEqual({ covered: 0, total: 1039 });
    expect(branches).toEqual({ covered: 0, total: 130 });
    expect(report.sourceRoots).toEqual(['C:/Users/fx/Documents/workspace/albasim/Wegas/src/main/java']);
    const java = totals('aconrad__pycobertura__tests__cobertura.xml');
    expect(java.lines).toEqual({ covered: 31, total: 34 });
    expect(java.branches).toEqual({ covered: 9, total: 12 });
  });

  it('.NET converter: BOM, no final newline, a source root wrapped in whitespace', () => {
    const { report, lines } = totals('Bachmann1234__diff_cover__tests__fixtures__dotnet_coverage.xml');
    expect(lines).toEqual({ covered: 9, total: 12 });
    expect(report.sourceRoots).toEqual(['/code/samplediff/SampleApp']);
  });

  it('LuaCov: backslash filenames, no sources, only rates on the root', () => {
    const { report, lines } = totals('Bachmann1234__diff_cover__tests__fixtures__luacoverage.xml');
    expect(lines).toEqual({ covered: 10, total: 11 });
    expect([...report.files.keys()].some((p) => p.startsWith('scripts/'))).toBe(true);
    expect(report.declared).toEqual({ lineRate: '0.90909090909091', branchRate: '0' });
  });

  it('istanbul: classes directly under <packages>', () => {
    const { lines, branches } = totals('aconrad__pycobertura__tests__cobertura-generated-by-istanbul-from-coffeescript.xml');
    expect(lines).toEqual({ covered: 7, total: 8 });
    expect(branches).toEqual({ covered: 1, total: 2 });
  });

  it('MATLAB: NaN branch figures are "not declared", with a warning, not an error', () => {
    const { report, lines, branches } = totals('irongut__CodeCoverageSummary__src__coverage.MATLAB.xml');
    expect(lines).toEqual({ covered: 103, total: 278 });
    expect(branches).toEqual({ covered: 0, total: 0 });
    expect(report.declared.branches).toBeUndefined();
    expect(report.warnings.join('\n')).toContain('branch-rate is "NaN"');
  });

  it('simplecov: CRLF, missing branch attributes, a line rate rounded to 2 places (no warning)', () => {
    const name = 'irongut__CodeCoverageSummary__src__coverage.simplecov.xml';
    const { report, lines } = totals(name);
    expect(lines).toEqual({ covered: 350, total: 362 });
    const data = mergeCoverage([report], { repoRoot: '/nowhere' });
    expect(data.warnings.filter((w) => w.includes('declares'))).toEqual([]);
  });

  it('coverage.py with branches', () => {
    const { lines, branches } = totals('aconrad__pycobertura__tests__dummy.with-branch-condition__coverage.xml');
    expect(lines).toEqual({ covered: 3, total: 4 });
    expect(branches).toEqual({ covered: 1, total: 2 });
  });

  it('istanbul via jest: declared branches disagree with the per-line recount, and that is reported', () => {
    const name = 'GrandlineX__core__coverage__cobertura-coverage.xml';
    const { report, lines, branches } = totals(name);
    expect(lines).toEqual({ covered: 1277, total: 1477 });
    expect(branches).toEqual({ covered: 264, total: 348 });
    const summary = summarizeCoverage(mergeCoverage([report], { repoRoot: '/home/runner/work/core/core' }));
    expect(summary.warnings).toContain(`${name}: declares 317/420 branches covered, but its branches add up to 264/348`);
    expect(summary.reports[0]!.declared.branches).toEqual({ covered: 317, total: 420 });
    expect(summary.reports[0]!.computed.branches).toEqual({ covered: 264, total: 348 });
  });

  it('a declared line rate that no rounding explains is reported', () => {
    const report = parseCoverage(fixture('aconrad__pycobertura__tests__cobertura.xml'), 'java.xml');
    const warnings = mergeCoverage([report], { repoRoot: '/x' }).warnings;
    expect(warnings.some((w) => w.includes('line rate of 0.9'))).toBe(false); // 0.9118 rounds to 0.9
    const edited = fixture('aconrad__pycobertura__tests__cobertura.xml').replace('line-rate="0.9"', 'line-rate="0.95"');
    expect(mergeCoverage([parseCoverage(edited, 'java.xml')], { repoRoot: '/x' }).warnings).toContain(
      'java.xml: declares a line rate of 0.95, but its lines add up to 31/34 (0.9118)',
    );
  });
});

describe('JaCoCo', () => {
  it('JaCoCo (Java): one-line file, DOCTYPE, sessioninfo, classes without counters', () => {
    const { report, lines, branches } = totals('CharafeddineMechalikh__PureEdgeSim__jacoco.xml');
    expect(report.format).toBe('jacoco');
    expect(lines).toEqual({ covered: 2734, total: 2989 });
    expect(report.declared.lines).toEqual({ covered: 2734, total: 2989 });
    expect(branches).toEqual(report.declared.branches);
    expect([...report.files.keys()].every((p) => p.includes('/') && p.endsWith('.java'))).toBe(true);
  });

  it('gcovr: lines without ci/mi keep the per-file LINE counter and say so', () => {
    const { report, lines, branches } = totals('gcovr__gcovr__tests__nested__reference__standard__gcc-5__jacoco.xml');
    expect(lines).toEqual({ covered: 25, total: 42 });
    expect(branches).toEqual({ covered: 4, total: 14 });
    expect(report.warnings.join()).toContain('no per-line hits');
  });
});

describe('LCOV', () => {
  it('lcov 2 FNL/FNA records with commas and C++ names', () => {
    const { report, lines } = totals('Bachmann1234__diff_cover__tests__fixtures__real_cpp_coverage.lcov');
    expect(report.format).toBe('lcov');
    expect(lines).toEqual({ covered: 27, total: 28 });
    expect(report.warnings).toEqual([]);
  });

  it('gcovr: DA checksums and BRDA "-" (never evaluated, so not covered)', () => {
    const { report, lines, branches } = totals('gcovr__gcovr__tests__nested__reference__standard__gcc-5__coverage.lcov');
    expect(lines).toEqual({ covered: 25, total: 42 });
    expect(branches).toEqual({ covered: 4, total: 14 });
    expect(report.declared).toEqual({ lines: { covered: 25, total: 42 }, branches: { covered: 4, total: 14 } });
  });

  it('coverlet: .NET signatures with commas in FN names, Windows paths, no final newline', () => {
    const { report, lines, branches } = totals('ffMathy__coverage-files__coverage.info');
    expect(lines).toEqual({ covered: 90, total: 201 });
    expect(branches).toEqual({ covered: 5, total: 28 });
    expect([...report.files.keys()][0]).toMatch(/^C:\/Users\/mathi\//);
  });

  it('function names with commas in FN, FNDA and FNA do not shift fields', () => {
    const text = 'TN:\nSF:src/a.ts\nFN:1,2,f(a, b)\nFNL:0,1,2\nFNA:0,3,g(x, y, z)\nFNDA:3,f(a, b)\nDA:1,3\nDA:2,0\nLF:2\nLH:1\nend_of_record\n';
    const report = parseCoverage(text, 'f.info');
    expect(countFile(report.files.get('src/a.ts')!).lines).toEqual({ covered: 1, total: 2 });
  });

  it('refuses a truncated tracefile, a record outside SF and a bad count', () => {
    expect(configurationError(() => parseCoverage('SF:a.c\nDA:1,1\n', 'a.info')).message).toContain('truncated');
    expect(configurationError(() => parseCoverage('TN:\nDA:1,1\n', 'a.info')).place).toBe('line 2');
    const bad = configurationError(() => parseCoverage('SF:a.c\nDA:1,0x1\nend_of_record\n', 'a.info'));
    expect(bad.message).toContain('DA hits is "0x1"');
    expect(bad.place).toBe('line 2');
  });
});

describe('Clover', () => {
  it('istanbul clover: cond lines count covered/uncovered branches', () => {
    const { report, lines, branches } = totals('Bachmann1234__diff_cover__tests__test_clover_violations_reporter__test.xml');
    expect(report.format).toBe('clover');
    expect(lines).toEqual({ covered: 8, total: 8 });
    expect(branches).toEqual({ covered: 5, total: 6 });
    expect(report.declared).toEqual({ lines: { covered: 8, total: 8 }, branches: { covered: 5, total: 6 } });
  });

  it('PHPUnit clover: metrics last, files outside packages, method lines not counted', () => {
    const { lines } = totals('10up__wp_mock__clover.xml');
    expect(lines).toEqual({ covered: 66, total: 637 });
  });

  it('gcovr clover: the <testproject> section is not counted', () => {
    const { report, lines } = totals('gcovr__gcovr__tests__nested__reference__standard__gcc-5__clover.xml');
    expect(lines).toEqual({ covered: 25, total: 42 });
    expect(report.declared.lines).toEqual({ covered: 25, total: 42 });
  });
});

describe('other formats and bad input', () => {
  it('names SonarQube generic coverage', () => {
    for (const name of ['invalid/314182__gcov_demo__coverage.xml', 'invalid/gcovr__gcovr__tests__nested__reference__standard__gcc-5__sonarqube.xml']) {
      const error = configurationError(() => parseCoverage(fixture(name), name));
      expect(error.message).toContain('SonarQube generic coverage');
      expect(error.fix).toContain('--cobertura');
    }
  });

  it('refuses a JaCoCo fragment and a malformed imitation, saying where', () => {
    const fragment = configurationError(() => parseCoverage(fixture('invalid/ClearTax__jacoco-coverage-action__jacoco.xml'), 'f.xml'));
    expect(fragment.message).toContain('<counter>');
    expect(fragment.place).toBe('line 1, column 1');
    const orgoro = configurationError(() => parseCoverage(fixture('invalid/orgoro__coverage__coverage.xml'), 'o.xml'));
    expect(orgoro.place).toMatch(/^line \d+, column \d+$/);
  });

  it('names JSON and Go profiles', () => {
    expect(configurationError(() => parseCoverage('{"meta": {}}', 'c.json')).fix).toContain('coverage xml');
    expect(configurationError(() => parseCoverage('mode: set\na.go:1.1,2.2 1 1\n', 'c.out')).message).toContain('Go cover profile');
  });

  it.each([
    ['line-rate="0x1"', 'line-rate is "0x1"'],
    ['line-rate="-1"', 'line-rate is "-1"'],
    ['line-rate="1.5"', 'line-rate is "1.5"'],
    ['line-rate="006"', 'line-rate is "006"'],
    ['lines-valid="0x10" lines-covered="1"', 'lines-valid is "0x10"'],
    ['lines-valid="-3" lines-covered="1"', 'lines-valid is "-3"'],
  ])('refuses the root attribute %s', (attribute, message) => {
    const text = `<coverage ${attribute}><packages><package><classes><class filename="a.py"><lines><line number="1" hits="1"/></lines></class></classes></package></packages></coverage>`;
    const error = configurationError(() => parseCoverage(text, 'r.xml'));
    expect(error.message).toContain(message);
    expect(error.place).toBe('line 1, column 1');
  });

  it.each([
    ['hits="0x1"', '<line> hits is "0x1"'],
    ['hits="NaN"', '<line> hits is "NaN"'],
    ['hits="-1"', '<line> hits is "-1"'],
    ['hits="1.5"', '<line> hits is "1.5"'],
    ['hits="006"', '<line> hits is "006"'],
    ['hits="1" branch="true" condition-coverage="150% (3/2)"', 'covers more branches than exist'],
  ])('refuses the line attribute %s, naming the line', (attribute, message) => {
    const text = `<coverage>\n<packages><package><classes><class filename="a.py"><lines>\n  <line number="1" ${attribute}/>\n</lines></class></classes></package></packages></coverage>`;
    const error = configurationError(() => parseCoverage(text, 'r.xml'));
    expect(error.message).toContain(message);
    expect(error.place).toBe('line 3, column 3');
  });

  it('a report with no lines is read as nothing measured (rate null), with a warning, never 0 %', () => {
    const text = '<coverage line-rate="0" branch-rate="0"><sources/><packages/></coverage>';
    const report = parseCoverage(text, 'none.xml');
    const summary = summarizeCoverage(mergeCoverage([report], { repoRoot: '/r' }));
    expect(summary.lines).toEqual({ covered: 0, total: 0, rate: null });
    expect(summary.warnings).toContain('none.xml: the report lists no lines');
  });

  it('--format must match the content', () => {
    const xml = fixture('aconrad__pycobertura__tests__dummy.with-branch-condition__coverage.xml');
    expect(configurationError(() => parseCoverage(xml, 'c.xml', { format: 'jacoco' })).message).toContain('--format jacoco was asked for, but the file is cobertura');
    expect(configurationError(() => parseCoverage(xml, 'c.xml', { format: 'lcov' })).message).toContain('the file is XML');
    expect(parseCoverage(xml, 'c.xml', { format: 'cobertura' }).format).toBe('cobertura');
  });
});
