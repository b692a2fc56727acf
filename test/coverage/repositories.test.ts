import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from '../support/cli.js';
import { goldenCase } from '../support/temp.js';
import { buildTwoObjects, cTwoObjectsSample, geninfo, lcovSummary, pythonSample, requireTool, run, tempProject } from './producers.js';

/**
 * Real repositories, as users have them: factgate started from the top level and from a
 * subdirectory, a package of a monorepo, a source compiled into two objects, a filename
 * under several `<source>` roots, and a report made outside the checkout. Each figure goes
 * through both `factgate coverage` and `factgate run`, and is compared with diff-cover's
 * (Debian diff-cover) or lcov's where they are right.
 */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factgate-repo-'));
  made.push(dir);
  return dir;
}

function git(dir: string, ...args: string[]): string {
  return run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], dir);
}

/** A repository whose main branch holds `files`; `change` then edits them on a feature branch. */
function repository(files: Record<string, string>, change: (dir: string) => void): string {
  const dir = tempProject(files);
  made.push(dir);
  writeFileSync(join(dir, '.gitignore'), '*.o\n*.gcda\n*.gcno\nprog\n.coverage\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'feature');
  change(dir);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'feature');
  return dir;
}

function edit(dir: string, path: string, transform: (text: string) => string): void {
  writeFileSync(join(dir, path), transform(readFileSync(join(dir, path), 'utf8')));
}

interface Figures {
  patch: { covered: number; total: number };
  branches: { covered: number; total: number };
  warnings: string[];
}

/** `factgate coverage --json --base main` in `cwd`. */
async function viaCoverage(cwd: string, args: string[]): Promise<Figures> {
  let stdout = '';
  let stderr = '';
  const code = await main(['coverage', ...args, '--base', 'main', '--json'], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {}, color: false });
  expect(code, stderr).toBe(0);
  const json = JSON.parse(stdout);
  return { patch: { covered: json.patch.lines.covered, total: json.patch.lines.total }, branches: json.branches, warnings: [...json.warnings, ...json.patch.warnings] };
}

/** `factgate run --coverage … --coverage-base main` in `cwd`, read back from its report. */
async function viaRun(cwd: string, args: string[]): Promise<Figures> {
  const set = scratch();
  writeFileSync(join(set, 'cases.json'), JSON.stringify([goldenCase('a-1')]));
  writeFileSync(join(set, 'responses.jsonl'), `${JSON.stringify({ id: 'a-1', answer: 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].' })}\n`);
  const report = join(set, 'report.json');
  const result = await runCli(
    ['run', '--golden-set', join(set, 'cases.json'), '--responses', join(set, 'responses.jsonl'), '--policy', 'permissive', '--coverage-base', 'main', '--report-json', report, ...args],
    cwd,
  );
  expect(result.code, result.stdout + result.stderr).not.toBe(2);
  const coverage = JSON.parse(readFileSync(report, 'utf8')).coverage;
  expect(coverage, result.stdout).not.toBeNull();
  return { patch: { covered: coverage.patch.covered, total: coverage.patch.total }, branches: coverage.branches, warnings: coverage.warnings };
}

/** diff-cover's patch figure, run in `cwd`. */
function diffCover(cwd: string, reports: string[]): { covered: number; total: number } {
  const tool = requireTool('diff-cover', 'apt-get install diff-cover');
  const out = join(scratch(), 'diff-cover.json');
  run(tool, [...reports, '--compare-branch=main', `--json-report=${out}`], cwd);
  const json = JSON.parse(readFileSync(out, 'utf8'));
  return { covered: json.total_num_lines - json.total_num_violations, total: json.total_num_lines };
}

/** The feature change of the Python sample: edits, an added function, an uncovered line. */
function changePython(root: string): (dir: string) => void {
  return (dir) =>
    edit(dir, `${root}calc/ops.py`, (text) =>
      text
        .replace('    return "positive"\n', '    if n > 100:\n        return "huge"\n    return "positive"\n')
        .replace('    y = x * 2\n', '    y = x * 3\n    y += 1\n'),
    );
}

function prefixed(files: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [`${prefix}${path}`, text]));
}

describe('a package of a monorepo (coverage.py run in packages/calc)', () => {
  function packageRepository(): string {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = repository({ ...prefixed(pythonSample, 'packages/calc/'), 'README.md': 'monorepo\n' }, changePython('packages/calc/'));
    const pkg = join(dir, 'packages/calc');
    run(coverage, ['run', '--branch', '--source=.', 'run_calc.py'], pkg);
    run(coverage, ['xml', '-o', 'coverage.xml'], pkg);
    // coverage.py's LCOV names files relative to where it ran: calc/ops.py.
    run(coverage, ['lcov', '-o', 'coverage.info'], pkg);
    return dir;
  }

  it('Cobertura: the same patch figure as diff-cover, from the package and from the top level', async () => {
    const dir = packageRepository();
    const pkg = join(dir, 'packages/calc');
    const theirs = diffCover(pkg, ['coverage.xml']);
    expect(theirs.total).toBeGreaterThan(0);
    expect(diffCover(dir, ['packages/calc/coverage.xml'])).toEqual(theirs);
    for (const [cwd, report] of [
      [pkg, 'coverage.xml'],
      [dir, 'packages/calc/coverage.xml'],
    ] as const) {
      for (const figures of [await viaCoverage(cwd, [report]), await viaRun(cwd, ['--coverage', report])]) {
        expect(figures.patch, cwd).toEqual(theirs);
        expect(figures.warnings).toEqual([]);
      }
    }
  });

  it('package-relative LCOV: right from the package; from the top level a warning names the source root, which then gives the figure', async () => {
    const dir = packageRepository();
    const pkg = join(dir, 'packages/calc');
    const theirs = diffCover(pkg, ['coverage.info']);
    expect(theirs).toEqual(diffCover(pkg, ['coverage.xml']));
    expect(await viaCoverage(pkg, ['coverage.info'])).toMatchObject({ patch: theirs, warnings: [] });
    expect(await viaRun(pkg, ['--coverage', 'coverage.info'])).toMatchObject({ patch: theirs, warnings: [] });

    for (const unplaced of [await viaCoverage(dir, ['packages/calc/coverage.info']), await viaRun(dir, ['--coverage', 'packages/calc/coverage.info'])]) {
      expect(unplaced.patch).toEqual({ covered: 0, total: 0 });
      expect(unplaced.warnings).toEqual([
        'packages/calc/coverage.info: 3 of 3 file(s) in the report were not found in the checkout (e.g. calc/__init__.py, calc/ops.py, run_calc.py), ' +
          'so their lines cannot match the changed files; the source root "packages/calc" would place them (coverage-source-root: packages/calc; --source-root for factgate coverage)',
      ]);
    }
    expect(await viaCoverage(dir, ['packages/calc/coverage.info', '--source-root', 'packages/calc'])).toMatchObject({ patch: theirs, warnings: [] });
    expect(await viaRun(dir, ['--coverage', 'packages/calc/coverage.info', '--coverage-source-root', 'packages/calc'])).toMatchObject({ patch: theirs, warnings: [] });
    // In factgate.yml the root is relative to the file, like every path there.
    writeFileSync(join(dir, 'factgate.yml'), 'coverage-source-root: packages/calc\n');
    expect(await viaRun(dir, ['--coverage', 'packages/calc/coverage.info'])).toMatchObject({ patch: theirs, warnings: [] });
  });

  it('a report made outside the checkout: a warning with the path map, which then gives diff-cover\'s figure', async () => {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = packageRepository();
    const theirs = diffCover(join(dir, 'packages/calc'), ['coverage.xml']);
    // The same package, tested in another folder (a container, a CI workspace).
    const elsewhere = join(scratch(), 'app');
    cpSync(join(dir, 'packages/calc'), elsewhere, { recursive: true });
    run(coverage, ['run', '--branch', '--source=.', 'run_calc.py'], elsewhere);
    run(coverage, ['xml', '-o', join(dir, 'outside.xml')], elsewhere);
    for (const cwd of [dir, join(dir, 'packages')]) {
      const report = join(dir, 'outside.xml');
      for (const unplaced of [await viaCoverage(cwd, [report]), await viaRun(cwd, ['--coverage', report])]) {
        expect(unplaced.patch).toEqual({ covered: 0, total: 0 });
        expect(unplaced.warnings).toHaveLength(1);
        expect(unplaced.warnings[0]).toContain('3 of 3 file(s) in the report were not found in the checkout (e.g. ');
        expect(unplaced.warnings[0]).toContain(`the path map "${elsewhere}/=>packages/calc/" would place them`);
      }
      const map = `${elsewhere}/=>packages/calc/`;
      expect(await viaCoverage(cwd, [report, '--path-map', map])).toMatchObject({ patch: theirs, warnings: [] });
      expect(await viaRun(cwd, ['--coverage', report, '--coverage-path-map', map])).toMatchObject({ patch: theirs, warnings: [] });
    }
  });
});

describe('a Python project run from a subdirectory', () => {
  it('diff paths and report paths both come from the top level: diff-cover\'s figure from either place', async () => {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = repository(pythonSample, changePython(''));
    run(coverage, ['run', '--branch', '--source=.', 'run_calc.py'], dir);
    run(coverage, ['xml', '-o', 'coverage.xml'], dir);
    const theirs = diffCover(dir, ['coverage.xml']);
    expect(diffCover(join(dir, 'calc'), ['../coverage.xml'])).toEqual(theirs);
    for (const cwd of [dir, join(dir, 'calc')]) {
      const report = join(dir, 'coverage.xml');
      expect(await viaCoverage(cwd, [report]), cwd).toMatchObject({ patch: theirs, warnings: [] });
      expect(await viaRun(cwd, ['--coverage', report]), cwd).toMatchObject({ patch: theirs, warnings: [] });
    }
  });
});

describe('a filename under several <source> roots (coverage.py with two source folders)', () => {
  const alpha = 'def a(x):\n    if x:\n        return 1\n    return 2\n\n\ndef b():\n    return 3\n';
  const layout = {
    'src/alpha/__init__.py': alpha,
    'plugins/beta/__init__.py': 'X = 1\n',
    'run.py': 'import sys\nsys.path[:0] = ["src", "plugins"]\nimport alpha, beta\nalpha.a(1)\nalpha.b()\n',
    '.coveragerc': '[run]\nbranch = True\nsource =\n    src/alpha\n    plugins/beta\n',
  };
  const change = (dir: string) => edit(dir, 'src/alpha/__init__.py', (text) => text.replace('    return 3\n', '    y = 3\n    if y > 5:\n        y = 5\n    return y\n'));

  function measured(files: Record<string, string>): string {
    const coverage = requireTool('python3-coverage', 'apt-get install python3-coverage');
    const dir = repository(files, change);
    run(coverage, ['run', 'run.py'], dir);
    run(coverage, ['xml', '-o', 'coverage.xml'], dir);
    const xml = readFileSync(join(dir, 'coverage.xml'), 'utf8');
    // coverage.py writes one class "__init__.py" under two roots, the beta one first.
    expect(xml.match(/<source>/g)).toHaveLength(2);
    expect(xml.indexOf('plugins/beta</source>')).toBeLessThan(xml.indexOf('src/alpha</source>'));
    expect(xml.match(/filename="__init__.py"/g)).toHaveLength(1);
    return dir;
  }

  it('goes to the root where it fits, with diff-cover\'s figure, from the top level and from a subdirectory', async () => {
    const dir = measured(layout);
    const theirs = diffCover(dir, ['coverage.xml']);
    expect(theirs).toEqual({ covered: 3, total: 4 });
    // coverage.py's totals count both files, but its XML keeps one class for the two: true, and said.
    const dropped = [expect.stringContaining('coverage.xml: declares 8/10 lines covered, but its lines add up to 7/9')];
    for (const cwd of [dir, join(dir, 'src')]) {
      const report = join(dir, 'coverage.xml');
      expect(await viaCoverage(cwd, [report]), cwd).toMatchObject({ patch: theirs, warnings: dropped });
      expect(await viaRun(cwd, ['--coverage', report]), cwd).toMatchObject({ patch: theirs, warnings: dropped });
    }
  });

  it('warns when the file fits under more than one root', async () => {
    const dir = measured({ ...layout, 'plugins/beta/__init__.py': `X = 1\n${'# padding\n'.repeat(20)}` });
    for (const figures of [await viaCoverage(dir, ['coverage.xml']), await viaRun(dir, ['--coverage', 'coverage.xml'])]) {
      expect(figures.warnings).toEqual([
        'coverage.xml: declares 8/10 lines covered, but its lines add up to 7/9',
        'coverage.xml: 1 file name(s) stand for several files of the checkout: __init__.py fits plugins/beta/__init__.py, src/alpha/__init__.py ' +
          '(lines up to 11), placed at plugins/beta/__init__.py; add a path map (coverage-path-map) if a file was placed wrongly',
      ]);
    }
  });
});

describe('geninfo on a source compiled into two objects, in a subdirectory', () => {
  it('branches as lcov counts them and diff-cover\'s patch figure, from the top level and from native/', async () => {
    requireTool('gcc', 'apt-get install gcc');
    requireTool('lcov', 'apt-get install lcov');
    const dir = repository(prefixed(cTwoObjectsSample, 'native/'), (repo) =>
      edit(repo, 'native/src/classify.c', (text) => text.replace('    return n > 100 ? 2 : 1;\n', '    if (n > 1000) {\n        return 3;\n    }\n    return n > 100 ? 2 : 1;\n')),
    );
    const native = join(dir, 'native');
    buildTwoObjects(native);
    geninfo(native, '.', 'all.info');
    const lcov = lcovSummary(native, 'all.info');
    const theirs = diffCover(native, ['all.info']);
    expect(theirs.total).toBeGreaterThan(0);
    for (const [cwd, report] of [
      [dir, 'native/all.info'],
      [native, 'all.info'],
    ] as const) {
      for (const figures of [await viaCoverage(cwd, [report]), await viaRun(cwd, ['--coverage', report])]) {
        expect([figures.branches.covered, figures.branches.total], cwd).toEqual(lcov.branches);
        expect(figures.patch, cwd).toEqual(theirs);
        expect(figures.warnings).toEqual([]);
      }
    }
  });
});
