import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fixturesDir } from './support.js';
import { run } from './producers.js';

const work = mkdtempSync(join(tmpdir(), 'factgate-coverage-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
for (const name of ['GrandlineX__core__coverage__cobertura-coverage.xml', 'gcovr__gcovr__tests__nested__reference__standard__gcc-5__coverage.lcov', 'invalid/314182__gcov_demo__coverage.xml']) {
  copyFileSync(join(fixturesDir, name), join(work, name.split('/').pop()!));
}

async function cli(args: string[], cwd = work) {
  let stdout = '';
  let stderr = '';
  // Through the CLI's dispatcher, as a user runs it: wrong input is exit 2 there.
  const code = await main(['coverage', ...args], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, color: false });
  return { code, stdout, stderr };
}

describe('factgate coverage', () => {
  it('--json gives lines, branches, files, reports and warnings', async () => {
    const { code, stdout } = await cli(['GrandlineX__core__coverage__cobertura-coverage.xml', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.lines).toEqual({ covered: 1277, total: 1477, rate: 1277 / 1477 });
    expect(json.branches).toMatchObject({ covered: 264, total: 348 });
    expect(json.files.length).toBeGreaterThan(10);
    expect(json.files[0]).toEqual({ path: expect.any(String), lines: expect.any(Object), branches: expect.any(Object) });
    expect(json.reports).toEqual([
      {
        file: 'GrandlineX__core__coverage__cobertura-coverage.xml',
        format: 'cobertura',
        declared: { lines: { covered: 1277, total: 1477 }, branches: { covered: 317, total: 420 }, lineRate: '0.8645', branchRate: '0.7547' },
        computed: { lines: { covered: 1277, total: 1477 }, branches: { covered: 264, total: 348 } },
      },
    ]);
    expect(json.warnings[0]).toBe('GrandlineX__core__coverage__cobertura-coverage.xml: declares 317/420 branches covered, but its branches add up to 264/348');
    // The sources are not here: every file is unmatched, and the warning says so.
    expect(json.warnings[1]).toMatch(/^GrandlineX__core__coverage__cobertura-coverage\.xml: \d+ of \d+ file\(s\) in the report were not found in the checkout \(e\.g\. /);
    expect(json.warnings).toHaveLength(2);
  });

  it('prints a table per file and overall, and warnings on stderr', async () => {
    const { code, stdout, stderr } = await cli(['gcovr__gcovr__tests__nested__reference__standard__gcc-5__coverage.lcov']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^file\s+lines\s+%\s+branches\s+%$/);
    expect(stdout).toMatch(/\ntotal\s+25\/42\s+59\.52%\s+4\/14\s+28\.57%\n/);
    expect(stdout).toContain('(lcov): 25/42 lines; the file declares 25/42');
    expect(stderr).toMatch(/^warning: gcovr__gcovr__tests__nested__reference__standard__gcc-5__coverage\.lcov: \d+ of \d+ file\(s\) in the report were not found in the checkout/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('merges several reports and applies --path-map', async () => {
    writeFileSync(join(work, 'a.info'), 'SF:/container/app/x.py\nDA:1,1\nDA:2,0\nend_of_record\n');
    writeFileSync(join(work, 'b.info'), 'SF:/container/app/x.py\nDA:2,4\nDA:3,0\nend_of_record\n');
    const { stdout } = await cli(['a.info', 'b.info', '--json', '--path-map', '/container/app/=>svc/']);
    const json = JSON.parse(stdout);
    expect(json.files).toEqual([{ path: 'svc/x.py', lines: { covered: 2, total: 3, rate: 2 / 3 }, branches: { covered: 0, total: 0, rate: null } }]);
  });

  it('exits 2 with the file, place and fix on bad input', async () => {
    const sonar = await cli(['314182__gcov_demo__coverage.xml']);
    expect(sonar.code).toBe(2);
    expect(sonar.stderr).toMatch(/^factgate: 314182__gcov_demo__coverage.xml: line 2, column \d+: this is a SonarQube generic coverage report/);
    expect(sonar.stderr).toContain('fix:');
    expect((await cli([])).code).toBe(2);
    expect((await cli(['x.xml', '--format', 'cobertra'])).stderr).toContain('--format cobertra is not a known format');
    expect((await cli(['x.xml', '--nope'])).stderr).toContain("Unknown option '--nope'");
    expect((await cli(['missing.xml'])).stderr).toContain('does not exist');
    expect((await cli(['a.info', '--max-size-mib', '0x10'])).stderr).toContain('not a positive number');
    expect((await cli(['a.info', '--path-map', 'nothing'])).stderr).toContain('not of the form from=>to');
  });

  it('keeps terminal escapes in report paths out of the output', async () => {
    writeFileSync(join(work, 'esc.info'), 'SF:evil\u001b[31mred.py\nDA:1,1\nend_of_record\n');
    const { stdout } = await cli(['esc.info']);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('evil[31mred.py');
  });

  it('--base adds patch coverage from git', async () => {
    const repo = mkdtempSync(join(work, 'repo-'));
    const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], repo);
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'x.py'), 'a = 1\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'x.py'), 'a = 1\nb = 2\nc = 3\n');
    writeFileSync(join(repo, 'cov.info'), `SF:${repo}/x.py\nDA:1,1\nDA:2,1\nDA:3,0\nend_of_record\n`);
    const { code, stdout } = await cli(['cov.info', '--base', 'main', '--json'], repo);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).patch).toEqual({
      lines: { covered: 1, total: 2, rate: 0.5 },
      files: [{ path: 'x.py', measured: 2, covered: 1, uncoveredLines: [3], rate: 0.5 }],
      unmeasuredFiles: [],
      warnings: [],
    });
    const table = await cli(['cov.info', '--base', 'main'], repo);
    expect(table.stdout).toContain('patch coverage: 1/2 changed lines covered (50.00%)');
    expect(table.stdout).toContain('x.py: uncovered 3');
    expect((await cli(['cov.info', '--base', 'no-such-branch'], repo)).stderr).toContain('cannot find the merge base of no-such-branch');
  });
});
