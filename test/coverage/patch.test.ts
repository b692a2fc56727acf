import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  changedLinesFromGit,
  changedLinesFromGitDiff,
  computePatchCoverage,
  readCoverageReports,
  type GitRunner,
} from '../../src/coverage/index.js';
import { pythonSample, requireTool, run, tempProject } from './producers.js';

describe('changed lines from a unified diff', () => {
  it('reads -U0 hunks: added, replaced, deleted, new and deleted files, renames, quoted paths', () => {
    const diff = [
      'diff --git a/src/a.py b/src/a.py',
      'index 1..2 100644',
      '--- a/src/a.py',
      '+++ b/src/a.py',
      '@@ -3 +3 @@ def f():',
      '-    old',
      '+    new',
      '@@ -10,0 +11,2 @@',
      '+added one',
      '+added two',
      '@@ -20,2 +21,0 @@',
      '-gone',
      '-gone too',
      '\\ No newline at end of file',
      'diff --git a/old.py b/new name.py',
      'similarity index 90%',
      'rename from old.py',
      'rename to new name.py',
      '--- a/old.py',
      '+++ b/new name.py\t',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      'diff --git a/dead.py b/dead.py',
      'deleted file mode 100644',
      '--- a/dead.py',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-a',
      '-b',
      'diff --git "a/caf\\303\\251.py" "b/caf\\303\\251.py"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/caf\\303\\251.py"',
      '@@ -0,0 +1,3 @@',
      '+1',
      '+2',
      '+3',
      'diff --git a/img.png b/img.png',
      'Binary files a/img.png and b/img.png differ',
      '',
    ].join('\n');
    expect(changedLinesFromGitDiff(diff)).toEqual([
      { path: 'café.py', addedLines: [1, 2, 3] },
      { path: 'new name.py', addedLines: [1] },
      { path: 'src/a.py', addedLines: [3, 11, 12] },
    ]);
  });

  it('reads diffs with context lines and CRLF', () => {
    const diff = '--- a/x.py\r\n+++ b/x.py\r\n@@ -1,3 +1,5 @@\r\n a\r\n+b\r\n c\r\n-d\r\n+e\r\n+f\r\n';
    expect(changedLinesFromGitDiff(diff)).toEqual([{ path: 'x.py', addedLines: [2, 4, 5] }]);
  });

  it('refuses a hunk header it cannot read, naming the line', () => {
    expect(() => changedLinesFromGitDiff('+++ b/x\n@@ nonsense @@\n')).toThrow(/line 2/);
  });
});

describe('patch coverage equals diff-cover (Debian diff-cover) on a real repository', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function gitRunner(cwd: string): GitRunner {
    return (args) =>
      new Promise((resolve, reject) =>
        execFile('git', args, { cwd }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout))),
      );
  }

  /** main has the sample; the feature branch edits, adds and deletes, plus an uncommitted edit. */
  function makeRepository(): string {
    const dir = tempProject(pythonSample);
    dirs.push(dir);
    const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], dir);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    const ops = readFileSync(join(dir, 'calc/ops.py'), 'utf8')
      .replace('    return "positive"\n', '    if n > 100:\n        return "huge"\n    return "positive"\n')
      .replace('    y = x * 2\n', '    y = x * 3\n    y += 1\n')
      .concat('\n\ndef scale(values, k):\n    if k == 0:\n        return []\n    # a comment is not measured\n    return [v * k for v in values]\n');
    writeFileSync(join(dir, 'calc/ops.py'), ops);
    writeFileSync(join(dir, 'calc/extra.py'), 'def used():\n    return 1\n\n\ndef unused_extra():\n    return 2\n');
    git('add', '.');
    git('commit', '-qm', 'feature');
    // Uncommitted: diff-cover counts staged and unstaged edits too.
    writeFileSync(
      join(dir, 'run_calc.py'),
      readFileSync(join(dir, 'run_calc.py'), 'utf8') + 'from calc.ops import scale\nfrom calc.extra import used\nprint(scale([1], 2), used())\n',
    );
    return dir;
  }

  function diffCover(dir: string, reports: string[]) {
    const tool = requireTool('diff-cover', 'apt-get install diff-cover');
    run(tool, [...reports, '--compare-branch=main', '--json-report=diff-cover.json'], dir);
    return JSON.parse(readFileSync(join(dir, 'diff-cover.json'), 'utf8')) as {
      src_stats: Record<string, { violation_lines: number[]; percent_covered: number }>;
      total_num_lines: number;
      total_num_violations: number;
      total_percent_covered: number;
    };
  }

  async function ours(dir: string, reports: string[]) {
    const data = await readCoverageReports(reports.map((r) => join(dir, r)), { repoRoot: dir });
    return computePatchCoverage(data, await changedLinesFromGit(gitRunner(dir), 'main'));
  }

  function expectSame(patch: Awaited<ReturnType<typeof ours>>, theirs: ReturnType<typeof diffCover>) {
    expect(theirs.total_num_lines).toBeGreaterThan(0);
    expect(patch.lines.total).toBe(theirs.total_num_lines);
    expect(patch.lines.total - patch.lines.covered).toBe(theirs.total_num_violations);
    expect(Math.trunc((patch.lines.rate ?? 1) * 100)).toBe(theirs.total_percent_covered);
    // diff-cover lists the files with measured changed lines: their uncovered lines and percentage.
    const files = Object.entries(theirs.src_stats)
      .map(([path, stats]) => ({ path, uncoveredLines: [...stats.violation_lines].sort((a, b) => a - b), percent: stats.percent_covered }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(
      patch.files.map((f) => ({ path: f.path, uncoveredLines: f.uncoveredLines, percent: 100 - (f.uncoveredLines.length / f.measured) * 100 })),
    ).toEqual(files);
  }

  it('one Cobertura report from coverage.py', async () => {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = makeRepository();
    run(coverage, ['run', '--branch', '--source=.', 'run_calc.py'], dir);
    run(coverage, ['xml', '-o', 'coverage.xml'], dir);
    const patch = await ours(dir, ['coverage.xml']);
    expectSame(patch, diffCover(dir, ['coverage.xml']));
    expect(patch.files.find((f) => f.path === 'calc/extra.py')?.uncoveredLines).toEqual([6]);
  });

  it('two Cobertura reports merged (a line is covered if either run hit it)', async () => {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = makeRepository();
    writeFileSync(join(dir, 'other_run.py'), 'from calc.ops import unused, classify\nprint(unused(2), classify(-1))\n');
    run(coverage, ['run', '--source=calc', 'run_calc.py'], dir);
    run(coverage, ['xml', '-o', 'first.xml'], dir);
    run(coverage, ['run', '--source=calc', 'other_run.py'], dir);
    run(coverage, ['xml', '-o', 'second.xml'], dir);
    const patch = await ours(dir, ['first.xml', 'second.xml']);
    expectSame(patch, diffCover(dir, ['first.xml', 'second.xml']));
    const single = await ours(dir, ['first.xml']);
    expect(patch.lines.covered).toBeGreaterThan(single.lines.covered);
  });

  it('an LCOV report from coverage.py', async () => {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = makeRepository();
    run(coverage, ['run', '--source=.', 'run_calc.py'], dir);
    run(coverage, ['lcov', '-o', 'coverage.info'], dir);
    expectSame(await ours(dir, ['coverage.info']), diffCover(dir, ['coverage.info']));
  });

  it('a renamed and edited file counts only its edited lines, as diff-cover does', async () => {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = tempProject(pythonSample);
    dirs.push(dir);
    const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], dir);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    git('mv', 'calc/ops.py', 'calc/operations.py');
    const moved = readFileSync(join(dir, 'calc/operations.py'), 'utf8').replace('    y = x * 2\n', '    y = x * 3\n');
    writeFileSync(join(dir, 'calc/operations.py'), moved);
    for (const file of ['run_calc.py', 'calc/__init__.py']) {
      const path = join(dir, file);
      try {
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll('calc.ops', 'calc.operations').replaceAll('from .ops', 'from .operations'));
      } catch {
        // the sample may not have this file
      }
    }
    git('add', '-A');
    git('commit', '-qm', 'rename');
    run(coverage, ['run', '--source=.', 'run_calc.py'], dir);
    run(coverage, ['xml', '-o', 'coverage.xml'], dir);
    const patch = await ours(dir, ['coverage.xml']);
    expectSame(patch, diffCover(dir, ['coverage.xml']));
    expect(patch.files.find((f) => f.path === 'calc/operations.py')?.measured).toBe(1);
  });
});
