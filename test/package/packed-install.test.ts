import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as a user gets it: `npm pack`, then `npm install` of the tarball into an empty
 * folder with an empty cache and no registry (--offline), so anything it needed besides the
 * tarball would fail the install. The CLI then runs from that folder alone.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work = '';
let project = '';
let packed: { filename: string; files: { path: string }[] };

function factgate(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(join(project, 'node_modules/.bin/factgate'), args, { cwd: project, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'factgate-packed-'));
  [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'first-install', private: true }) + '\n');
  execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(work, 'empty-cache'), join(work, packed.filename)], { cwd: project, stdio: 'ignore' });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships only dist/, schemas/, README, LICENSE and package.json', () => {
    const tops = [...new Set(packed.files.map((f) => f.path.split('/')[0]))].sort();
    expect(tops).toEqual(['LICENSE', 'README.md', 'dist', 'package.json', 'schemas']);
  });

  it('installs with no dependencies: factgate is the only package in node_modules', () => {
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['factgate']);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/factgate/package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('runs --help, init and a first run on the example app from the installed files alone', () => {
    const help = factgate(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('init');
    // The example app, worker mode, needs only Node.
    cpSync(join(root, 'examples/app'), join(project, 'app'), { recursive: true, filter: (src) => !src.endsWith('.md') });
    const init = factgate(['init', '--provider', 'worker', '--command', 'node app/app.mjs --worker']);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote factgate.yml');
    const run = factgate(['run']);
    expect(run.stderr).not.toMatch(/factgate: /);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('PASSED');
    const report = JSON.parse(readFileSync(join(project, '.factgate/report.json'), 'utf8'));
    expect(report.verdict.status).toBe('pass');
    expect(report.cases).toHaveLength(2);
  }, 60_000);
});
