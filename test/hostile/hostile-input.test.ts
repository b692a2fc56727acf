/**
 * Every hostile input in cases.ts, through the built CLI as a user runs it: the exit status,
 * a message naming the place and the fix, no stack trace, no file clobbered or left behind,
 * and no printed line the Actions runner would read as a workflow command.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES, prepare } from './cases.js';

const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'factgate-hostile-'));
// Searchable by the unprivileged user some cases run as (the cases' own folders are 0755).
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `nobody` on Debian and Ubuntu: as root, the unprivileged cases run as this user. */
const NOBODY = 65534;

/** What the runner would take for a command: a line (split at \n, \r or both) starting, after white space, with :: or ##[. */
export function forgedCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));
}

/** Every path in the folder with what it is: a regular file's hash, a link's target, or its kind. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const info = lstatSync(path);
      const key = relative(dir, path);
      if (info.isSymbolicLink()) entries.set(key, `link ${readlinkSync(path)}`);
      else if (info.isDirectory()) {
        entries.set(key, 'folder');
        walk(path);
      } else if (info.isFile()) entries.set(key, (info.mode & 0o444) === 0 ? `unreadable file ${info.size} ${info.mtimeMs}` : `file ${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
      else entries.set(key, `special ${info.mode}`);
    }
  };
  walk(dir);
  return entries;
}

/**
 * The CLI as a user runs it. Unprivileged, as root (this project's CI machine), it is started
 * as nobody through setpriv (util-linux), so that permissions deny it what they deny a user;
 * as any other user it runs as that user, whom they deny already.
 */
function runCli(args: string[], cwd: string, unprivileged = false): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const asRoot = process.getuid?.() === 0;
  const [command, argv] =
    unprivileged && asRoot
      ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', process.execPath, CLI, ...args]]
      : [process.execPath, [CLI, ...args]];
  return new Promise((resolve, reject) => {
    // TMPDIR is the case's folder, so a temporary file left behind is a stray file; Node's own
    // compile cache, which the CLI keeps in TMPDIR by design on Node 22.1 and later, is off.
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, TMPDIR: cwd, NODE_DISABLE_COMPILE_CACHE: '1' };
    const child = spawn(command, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

describe('hostile input through the CLI', () => {
  it('has at least 100 inputs', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(100);
  });

  it.concurrent.each(HOSTILE_CASES.map((kase, i) => [`${kase.kind}: ${kase.name}`, kase, i] as const))('%s', async (_title, kase, i) => {
    const dir = join(root, String(i));
    prepare(kase, dir);
    const before = snapshot(dir);
    const { code, output } = await runCli(kase.args, dir, kase.unprivileged);

    expect(code, output).toBe(kase.exit);
    // The terminal wraps long lines: words are looked for in the output and in it unwrapped.
    const unwrapped = output.replace(/[ \t]*\n[ \t]*/g, ' ');
    for (const words of kase.says) expect(`${output}\n${unwrapped}`).toMatch(words);
    if (kase.exit === 2) expect(output).toMatch(/fix: |did you mean|usage:/);
    // No crash: no internal error and no stack frame.
    expect(output).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?\n/);
    expect(forgedCommands(output)).toEqual([]);

    const after = snapshot(dir);
    for (const [path, what] of before) expect(after.get(path), `${path} changed`).toBe(what);
    const created = [...after.keys()].filter((path) => !before.has(path));
    // A run that reaches its verdict writes its default report, and nothing else.
    const reachedVerdict = kase.args[0] === 'run' && (code === 0 || code === 1) && !kase.args.includes('--report-json');
    const expected = [...(kase.creates ?? []), ...(reachedVerdict ? ['.factgate', join('.factgate', 'report.json')] : [])];
    expect(created.sort()).toEqual(expected.sort());
  });
});
