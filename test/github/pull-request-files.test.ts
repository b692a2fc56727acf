import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedLinesFromGit } from '../../src/coverage/git-diff.js';
import { changedLinesFromPullRequest, PULL_REQUEST_FILES_LIMIT } from '../../src/github/pull-request-files.js';
import { gitRunner } from '../../src/pipeline/git-runner.js';
import type { FakeGitHub, FakePullFile } from './support/fake-github.js';
import { clientFor, recordingLogger, startServer } from './support/harness.js';

/*
 * Patches are made by real git in a scratch repository: GitHub's `patch` field is the hunk
 * part of git's unified diff of the file (3 lines of context, "\ No newline" markers kept,
 * no trailing newline), so the same change can be read both ways and compared.
 */

const PULL = 1347;
let server: FakeGitHub;
const scratch: string[] = [];

beforeEach(async () => {
  server = await startServer();
  server.addToken('actions-token', { login: 'github-actions[bot]' });
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function read(pullNumber = PULL) {
  const logger = recordingLogger();
  const octokit = clientFor(server, 'actions-token', logger);
  return { logger, result: changedLinesFromPullRequest({ octokit, owner: 'Codertocat', repo: 'Hello-World', pullNumber, logger }) };
}

const fileListings = () => server.requests.filter((r) => r.path.endsWith(`/pulls/${PULL}/files`));

const lines = (from: number, to: number, tag: string) => Array.from({ length: to - from + 1 }, (_, i) => `${tag} ${from + i}`).join('\n') + '\n';

/** A scratch repository: `main` with the base files, a branch with the pull request's commit. */
function repository(base: Record<string, string | Buffer>, head: Record<string, string | Buffer | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factgate-pr-files-'));
  scratch.push(dir);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const [path, text] of Object.entries(base)) write(path, text);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'change');
  for (const [path, text] of Object.entries(head)) {
    if (text === null) unlinkSync(join(dir, path));
    else write(path, text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
  return dir;
}

/**
 * The pull request's files as GitHub lists them, from git's diff of the merge base; GitHub
 * detects renames, factgate's own git reading does not.
 */
function filesFromGit(dir: string, renames = false): FakePullFile[] {
  const diff = execFileSync('git', ['diff', '--no-color', renames ? '-M' : '--no-renames', 'main...HEAD'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return diff
    .split(/^(?=diff --git )/m)
    .filter((section) => section.startsWith('diff --git '))
    .map((section) => {
      const header = /^diff --git a\/(.+) b\/(.+)$/m.exec(section);
      const filename = header?.[2] ?? '';
      const renamedFrom = /^rename from (.+)$/m.exec(section)?.[1];
      const status = renamedFrom ? 'renamed' : /^new file mode/m.test(section) ? 'added' : /^deleted file mode/m.test(section) ? 'removed' : 'modified';
      const file: FakePullFile = { filename, status, ...(renamedFrom ? { previousFilename: renamedFrom } : {}) };
      const hunks = section.indexOf('\n@@');
      if (hunks === -1) return { ...file, additions: 0, deletions: 0 };
      return { ...file, patch: section.slice(hunks + 1).replace(/\n$/, '') };
    });
}

describe('changedLinesFromPullRequest', () => {
  it('reads every page and finds the same added lines as git', async () => {
    const base: Record<string, string | Buffer> = {};
    const head: Record<string, string | Buffer | null> = {};
    for (let i = 0; i < 140; i++) {
      base[`m${i}.py`] = lines(1, 40, `line of m${i}`);
      // Edits at the top, in the middle and at the end, some with and some without a final newline.
      head[`m${i}.py`] = lines(1, 40, `line of m${i}`)
        .replace('line of m' + i + ' 2\n', `changed ${i}\n`)
        .replace(`line of m${i} ${10 + (i % 20)}\n`, `inserted ${i}\nline of m${i} ${10 + (i % 20)} edited\n`)
        .concat(i % 3 === 0 ? `tail ${i}` : '');
    }
    for (let i = 0; i < 6; i++) head[`new/a${i}.ts`] = lines(1, 5 + i, `new ${i}`);
    for (let i = 0; i < 4; i++) {
      base[`gone${i}.py`] = lines(1, 8, 'old');
      head[`gone${i}.py`] = null;
    }
    base['logo.png'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    head['logo.png'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]);
    const dir = repository(base, head);
    const files = filesFromGit(dir);
    expect(files.length).toBe(151);
    server.pullFiles.set(PULL, files);

    const { result } = read();
    const fromApi = await result;
    const fromGit = await changedLinesFromGit(gitRunner(dir), 'main');

    expect(fromApi).toEqual({ files: fromGit });
    expect(fromGit.length).toBe(146);
    expect(fileListings().map((r) => [r.query.get('per_page'), r.query.get('page') ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);
  });

  it('skips binary and removed files, which add no lines', async () => {
    server.pullFiles.set(PULL, [
      { filename: 'img/logo.png', status: 'modified', additions: 0, deletions: 0 },
      { filename: 'docs/big.pdf', status: 'added', additions: 0, deletions: 0 },
      // GitHub leaves out the patch of a large removed file; it adds nothing either way.
      { filename: 'old/huge.sql', status: 'removed', additions: 0, deletions: 90_000 },
      { filename: 'src/app.py', status: 'modified', patch: '@@ -1,2 +1,3 @@\n import os\n+import sys\n print(os.name)' },
    ]);
    const { result } = read();
    expect(await result).toEqual({ files: [{ path: 'src/app.py', addedLines: [2] }] });
  });

  it('uses the new name of a renamed file', async () => {
    const body = lines(1, 30, 'body');
    const dir = repository({ 'src/old_name.py': body }, { 'src/old_name.py': null, 'src/new_name.py': body.replace('body 12\n', 'body 12\nadded 13\n') });
    const files = filesFromGit(dir, true);
    expect(files).toEqual([expect.objectContaining({ filename: 'src/new_name.py', previousFilename: 'src/old_name.py', status: 'renamed' })]);
    server.pullFiles.set(PULL, files);
    const { result } = read();
    expect(await result).toEqual({ files: [{ path: 'src/new_name.py', addedLines: [13] }] });
  });

  it('falls back to git when GitHub leaves out the patch of a changed file', async () => {
    server.pullFiles.set(PULL, [
      { filename: 'src/app.py', patch: '@@ -1 +1,2 @@\n a\n+b' },
      { filename: 'src/generated.py', status: 'modified', additions: 4200, deletions: 12 },
    ]);
    const { result, logger } = read();
    const outcome = await result;
    expect(outcome).toEqual({ fallback: expect.stringContaining('src/generated.py') });
    expect((outcome as { fallback: string }).fallback).toContain('4200 added lines');
    expect(logger.text('info')).toContain('come from git');
  });

  it('falls back to git for a rename GitHub sent without a patch', async () => {
    server.pullFiles.set(PULL, [{ filename: 'b.py', previousFilename: 'a.py', status: 'renamed', additions: 0, deletions: 0 }]);
    const { result } = read();
    expect(await result).toEqual({ fallback: 'GitHub sent no patch for renamed file b.py' });
  });

  it('falls back to git when a patch adds fewer lines than GitHub counts', async () => {
    server.pullFiles.set(PULL, [{ filename: 'cut.py', patch: '@@ -1 +1,3 @@\n a\n+b\n+c', additions: 7 }]);
    const { result } = read();
    expect(await result).toEqual({ fallback: 'the patch GitHub sent for cut.py adds 2 lines where GitHub counts 7' });
  });

  it('falls back to git when a patch cannot be read', async () => {
    server.pullFiles.set(PULL, [{ filename: 'odd.py', patch: '@@ -1,2 +1,2 @@\n a\n?b', additions: 0 }]);
    const { result } = read();
    expect(await result).toEqual({ fallback: expect.stringMatching(/^the patch GitHub sent for odd\.py cannot be read: .*hunk ends early/) });
  });

  it(`falls back to git beyond ${PULL_REQUEST_FILES_LIMIT} files, without reading every page`, async () => {
    server.pullFiles.set(
      PULL,
      Array.from({ length: 450 }, (_, i) => ({ filename: `f${i}.txt`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+x' })),
    );
    const { result } = read();
    expect(await result).toEqual({ fallback: `it changes more than ${PULL_REQUEST_FILES_LIMIT} files` });
    expect(fileListings().map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3', '4']);
  });

  it(`reads exactly ${PULL_REQUEST_FILES_LIMIT} files from the API`, async () => {
    server.pullFiles.set(
      PULL,
      Array.from({ length: PULL_REQUEST_FILES_LIMIT }, (_, i) => ({ filename: `f${String(i).padStart(3, '0')}.txt`, status: 'added' as const, patch: '@@ -0,0 +1,2 @@\n+x\n+y' })),
    );
    const { result } = read();
    const outcome = (await result) as { files: { path: string; addedLines: number[] }[] };
    expect(outcome.files).toHaveLength(PULL_REQUEST_FILES_LIMIT);
    expect(outcome.files[299]).toEqual({ path: 'f299.txt', addedLines: [1, 2] });
  });

  it('falls back to git with the reason when GitHub refuses the listing', async () => {
    server.pullFiles.set(PULL, [{ filename: 'a.py', patch: '@@ -1 +1,2 @@\n a\n+b' }]);
    server.faults.push({
      method: 'GET',
      path: /\/pulls\/\d+\/files$/,
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
    });
    const { result } = read();
    expect(await result).toEqual({ fallback: 'GitHub answered 403 to the file listing (Resource not accessible by integration)' });
    // A refusal is not retried.
    expect(fileListings()).toHaveLength(1);
  });

  it('falls back to git when the pull request is not found', async () => {
    const { result } = read(99);
    expect(await result).toEqual({ fallback: 'GitHub answered 404 to the file listing (Not Found)' });
  });

  it('falls back to git when the server keeps failing after the retries', async () => {
    server.pullFiles.set(PULL, [{ filename: 'a.py', patch: '@@ -1 +1,2 @@\n a\n+b' }]);
    server.faults.push({ method: 'GET', path: /\/pulls\/\d+\/files$/, status: 502, body: { message: 'Server Error' }, times: 10 });
    const { result } = read();
    expect(await result).toEqual({ fallback: 'GitHub answered 502 to the file listing (Server Error)' });
    expect(fileListings()).toHaveLength(4);
  });

  it('recovers from one server error through the client retry', async () => {
    server.pullFiles.set(PULL, [{ filename: 'a.py', patch: '@@ -1 +1,2 @@\n a\n+b' }]);
    server.faults.push({ method: 'GET', path: /\/pulls\/\d+\/files$/, status: 502, body: { message: 'Server Error' } });
    const { result } = read();
    expect(await result).toEqual({ files: [{ path: 'a.py', addedLines: [2] }] });
  });
});
