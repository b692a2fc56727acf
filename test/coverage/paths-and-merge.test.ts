import { describe, expect, it } from 'vitest';
import {
  mergeCoverage,
  parseCoverage,
  parsePathRewrite,
  resolveReportFile,
  resolveReportPath,
  suggestPathFix,
  summarizeCoverage,
  unmatchedFilesWarning,
} from '../../src/coverage/index.js';
import { configurationError, fixture } from './support.js';

describe('path mapping', () => {
  const repo = { repoRoot: '/work/repo' };

  it('joins relative paths with the report\'s source roots and makes them repository-relative', () => {
    expect(resolveReportPath('pkg/mod.py', ['/work/repo/src'], repo)).toBe('src/pkg/mod.py');
    expect(resolveReportPath('/work/repo/a/b.c', [], repo)).toBe('a/b.c');
    expect(resolveReportPath('./a/../b/c.ts', [], repo)).toBe('b/c.ts');
  });

  it('uses every source root, picking the one where the file exists', () => {
    const exists = (p: string) => p === 'lib/pkg/mod.py';
    expect(resolveReportPath('pkg/mod.py', ['/elsewhere', '/work/repo/src', '/work/repo/lib'], { ...repo, exists })).toBe('lib/pkg/mod.py');
  });

  it('maps a container path with a rewrite, and leaves an unmapped outside path absolute', () => {
    const rewrites = [parsePathRewrite('/app/=>services/api/', { place: '--path-map' })];
    expect(resolveReportPath('/app/main.py', [], { ...repo, rewrites })).toBe('services/api/main.py');
    expect(resolveReportPath('main.py', ['/app'], { ...repo, rewrites })).toBe('services/api/main.py');
    expect(resolveReportPath('/home/runner/x.py', [], repo)).toBe('/home/runner/x.py');
  });

  it('rewrites Windows paths whatever the drive letter case', () => {
    const rewrites = [parsePathRewrite('c:\\Users\\me\\proj\\=>', { place: '--path-map' })];
    expect(resolveReportPath('C:\\Users\\me\\proj\\src\\A.cs', [], { ...repo, rewrites })).toBe('src/A.cs');
  });

  it('tries configured source roots for JaCoCo package paths', () => {
    const exists = (p: string) => p === 'app/src/main/java/org/x/Y.java';
    expect(resolveReportPath('org/x/Y.java', [], { ...repo, sourceRoots: ['app/src/main/java'], exists })).toBe('app/src/main/java/org/x/Y.java');
  });

  it('finds JaCoCo package paths under conventional roots when the file exists there', () => {
    const exists = (p: string) => p === 'src/main/kotlin/org/x/Z.kt';
    expect(resolveReportPath('org/x/Z.kt', [], { ...repo, exists })).toBe('src/main/kotlin/org/x/Z.kt');
    expect(resolveReportPath('org/x/Z.kt', [], repo)).toBe('org/x/Z.kt');
  });

  it('refuses a rewrite without an arrow or a from part', () => {
    expect(configurationError(() => parsePathRewrite('/app', { place: '--path-map' })).place).toBe('--path-map');
    expect(configurationError(() => parsePathRewrite('=>src', { place: 'factgate.yml: coverage.pathMap[0]', file: 'factgate.yml' })).file).toBe('factgate.yml');
  });
});

describe('merging reports', () => {
  const report = (name: string, lines: string) =>
    parseCoverage(
      `<coverage><sources><source>/repo</source></sources><packages><package><classes><class filename="a.py"><lines>${lines}</lines></class></classes></package></packages></coverage>`,
      name,
    );

  it('sums raw hits per line instead of averaging rates', () => {
    // One report covers 1 of 4 lines (25 %), the other 3 of 4 others... rates averaged would say 50 %.
    const first = report('one.xml', '<line number="1" hits="1"/><line number="2" hits="0"/><line number="3" hits="0"/><line number="4" hits="0"/>');
    const second = report('two.xml', '<line number="1" hits="0"/><line number="2" hits="2"/><line number="3" hits="0"/><line number="4" hits="0"/>');
    const summary = summarizeCoverage(mergeCoverage([first, second], { repoRoot: '/repo' }));
    expect(summary.lines).toEqual({ covered: 2, total: 4, rate: 0.5 });
    expect(summary.files).toEqual([{ path: 'a.py', lines: { covered: 2, total: 4, rate: 0.5 }, branches: { covered: 0, total: 0, rate: null } }]);
  });

  it('a file measured in only one report keeps all its lines, so a big and a small report do not average', () => {
    const big = report('big.xml', Array.from({ length: 99 }, (_, i) => `<line number="${i + 1}" hits="1"/>`).join(''));
    const small = parseCoverage('SF:/repo/b.py\nDA:1,0\nend_of_record\n', 'small.info');
    const summary = summarizeCoverage(mergeCoverage([big, small], { repoRoot: '/repo' }));
    expect(summary.lines).toEqual({ covered: 99, total: 100, rate: 0.99 });
    expect(summary.reports.map((r) => [r.file, r.format])).toEqual([
      ['big.xml', 'cobertura'],
      ['small.info', 'lcov'],
    ]);
  });

  it('Cobertura and LCOV of the same run (coverlet) merge into the same files and totals', () => {
    const xml = parseCoverage(fixture('ffMathy__coverage-files__coverage.cobertura.xml'), 'coverage.cobertura.xml');
    const info = parseCoverage(fixture('ffMathy__coverage-files__coverage.info'), 'coverage.info');
    const mapping = { repoRoot: 'C:/Users/mathi' };
    const alone = summarizeCoverage(mergeCoverage([xml], mapping));
    const both = summarizeCoverage(mergeCoverage([xml, info], mapping));
    expect(both.files.map((f) => f.path)).toEqual(alone.files.map((f) => f.path));
    expect(both.lines).toEqual(alone.lines);
    expect(both.lines).toMatchObject({ covered: 90, total: 201 });
  });

  it('lists paths that stay outside the repository, and none once they are mapped', () => {
    const info = parseCoverage(fixture('ffMathy__coverage-files__coverage.info'), 'c.info');
    const unmapped = mergeCoverage([info], { repoRoot: '/work/repo' });
    expect(unmapped.unmatched).toHaveLength(1);
    expect(unmapped.unmatched[0]).toMatchObject({ report: 'c.info', total: 10 });
    expect(unmapped.unmatched[0]!.written).toHaveLength(10);
    expect(unmatchedFilesWarning(unmapped.unmatched[0]!, undefined)).toMatch(
      /^c\.info: 10 of 10 file\(s\) in the report were not found in the checkout \(e\.g\. C:\/Users\/mathi\/.*\), so their lines cannot match the changed files; add a path map .*coverage-path-map FROM=>TO/,
    );
    const rewrites = [parsePathRewrite('C:/Users/mathi/source/repos/aspnetcore-tests-sample/=>', { place: '--path-map' })];
    const mapped = mergeCoverage([info], { repoRoot: '/work/repo', rewrites });
    // Only the file from the NuGet cache stays outside, as it should.
    expect(mapped.unmatched.map((u) => u.written)).toEqual([
      ['C:/Users/mathi/.nuget/packages/microsoft.net.test.sdk/16.0.1/build/netcoreapp1.0/Microsoft.NET.Test.Sdk.Program.cs'],
    ]);
    expect([...mapped.files.keys()].filter((p) => !p.startsWith('C:')).every((p) => p.startsWith('src/') || p.startsWith('test/'))).toBe(true);
  });
});

describe('LCOV branches by identity (line, block, branch)', () => {
  const section = (taken: string[]) =>
    `SF:/repo/a.c\nDA:1,1\n${taken.map((t, i) => `BRDA:1,0,${i},${t}`).join('\n')}\nBRDA:2,1,0,-\nend_of_record\n`;

  it('a file in several sections of one report counts each branch once, taken when any section took it', () => {
    const info = parseCoverage(section(['1', '0']) + section(['0', '3']) + section(['-', '-']), 'all.info');
    const summary = summarizeCoverage(mergeCoverage([info], { repoRoot: '/repo' }));
    expect(summary.branches).toEqual({ covered: 2, total: 3, rate: 2 / 3 });
    // The sections' own totals add up the same file three times: no disagreement is reported.
    expect(summary.warnings).toEqual([]);
  });

  it('two shards that each take a different branch are 2/2', () => {
    const first = parseCoverage(section(['1', '0']), 'one.info');
    const second = parseCoverage(section(['0', '1']), 'two.info');
    const merged = mergeCoverage([first, second], { repoRoot: '/repo' });
    expect(merged.files.get('a.c')!.branches.get(1)).toEqual({ covered: 2, total: 2 });
    // Merging copies before it changes anything: the first report is left as it was read.
    expect(first.files.get('/repo/a.c')!.branches.get(1)).toEqual({ covered: 1, total: 2 });
  });

  it('lcov 2 exception markers are part of the identity', () => {
    const info = parseCoverage('SF:/repo/a.c\nBRDA:1,e0,0,1\nBRDA:1,0,0,0\nend_of_record\n', 'x.info');
    expect(summarizeCoverage(mergeCoverage([info], { repoRoot: '/repo' })).branches).toMatchObject({ covered: 1, total: 2 });
  });

  it('an LCOV line merged with a Cobertura line keeps the lower bound of the counts', () => {
    const info = parseCoverage(section(['1', '0']), 'a.info');
    const xml = parseCoverage(
      '<coverage><sources><source>/repo</source></sources><packages><package><classes><class filename="a.c"><lines><line number="1" hits="1" branch="true" condition-coverage="50% (1/2)"/></lines></class></classes></package></packages></coverage>',
      'a.xml',
    );
    const merged = mergeCoverage([info, xml, info], { repoRoot: '/repo' });
    expect(merged.files.get('a.c')!.branches.get(1)).toEqual({ covered: 1, total: 2 });
  });
});

describe('placing a file name that stands for several files', () => {
  const repo = { repoRoot: '/work/repo' };
  const files: Record<string, number> = { 'plugins/beta/__init__.py': 6, 'src/alpha/__init__.py': 90, 'src/gamma/__init__.py': 120 };
  const options = { ...repo, exists: (p: string) => p in files, lineCount: (p: string) => files[p] };
  const roots = ['/work/repo/plugins/beta', '/work/repo/src/alpha'];

  it('goes to the root where the file exists and fits, not to the first root', () => {
    expect(resolveReportFile('__init__.py', roots, options, () => 83)).toEqual({ path: 'src/alpha/__init__.py', written: '/work/repo/plugins/beta/__init__.py', found: true });
  });

  it('says when several roots fit, and when none does', () => {
    expect(resolveReportFile('__init__.py', [...roots, '/work/repo/src/gamma'], options, () => 83).severalFit).toEqual(['src/alpha/__init__.py', 'src/gamma/__init__.py']);
    expect(resolveReportFile('__init__.py', roots, options, () => 200).noneFits).toEqual(['plugins/beta/__init__.py', 'src/alpha/__init__.py']);
  });

  it('from a subdirectory, a relative path is tried there first, then from the top level', () => {
    const exists = (p: string) => p === 'packages/web/src/a.js' || p === 'src/a.js';
    expect(resolveReportPath('src/a.js', [], { ...repo, workingDirectory: 'packages/web', exists })).toBe('packages/web/src/a.js');
    expect(resolveReportPath('src/b.js', [], { ...repo, workingDirectory: 'packages/web', exists: (p) => p === 'src/b.js' })).toBe('src/b.js');
    // A rewritten path is repository-relative as the user wrote it.
    const rewrites = [parsePathRewrite('lib/=>src/', { place: '--path-map' })];
    expect(resolveReportPath('lib/a.js', [], { ...repo, workingDirectory: 'packages/web', rewrites, exists })).toBe('src/a.js');
  });

  it('a configured source root comes before the path itself', () => {
    const exists = (p: string) => p === 'packages/web/src/a.js' || p === 'src/a.js';
    expect(resolveReportPath('src/a.js', [], { ...repo, sourceRoots: ['/work/repo/packages/web'], exists })).toBe('packages/web/src/a.js');
  });
});

describe('suggesting the setting that places unmatched files', () => {
  const checkout = ['services/api/src/pkg/mod.py', 'services/api/src/pkg/util.py', 'services/api/README.md', 'other/pkg/mod.py', 'packages/web/src/a.js', 'packages/web/lib/b.js'];

  it('a path map from the report prefix to the repository prefix', () => {
    expect(suggestPathFix(['/home/ci/build/src/pkg/mod.py', '/home/ci/build/src/pkg/util.py'], checkout)).toEqual({
      kind: 'path-map',
      from: '/home/ci/build/',
      to: 'services/api/',
      places: 2,
    });
  });

  it('a source root for package-relative paths', () => {
    expect(suggestPathFix(['src/a.js', 'lib/b.js'], checkout)).toEqual({ kind: 'source-root', root: 'packages/web', places: 2 });
  });

  it('nothing when the checkout has no such file or two files fit equally', () => {
    expect(suggestPathFix(['/x/nothing.py'], checkout)).toBeUndefined();
    expect(suggestPathFix(['/x/mod.py'], ['a/mod.py', 'b/mod.py'])).toBeUndefined();
  });
});
