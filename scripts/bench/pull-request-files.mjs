#!/usr/bin/env node
// Cost of reading a pull request's changed lines from the files API, side by side with
// reading the same change from git: requests and wall time for a pull request at the file
// limit (300 files, 3 pages) and for one far beyond it (3000 files: the listing stops after
// the page that passes the limit), against a minimal REST server on 127.0.0.1. Network
// latency to api.github.com is not part of these figures; multiply the request count by it.
// The patches are made by git in a scratch repository, and the git reading diffs that
// repository as the gate does. Compiles the modules involved with the TypeScript compiler
// API into node_modules/.cache.
// Usage: node scripts/bench/pull-request-files.mjs [repetitions]   (default 10)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { transpileSources } from './support/load-source.mjs';

const modules = [
  'src/github/pull-request-files.ts',
  'src/github/client.ts',
  'src/github/logger.ts',
  'src/coverage/git-diff.ts',
  'src/pipeline/git-runner.ts',
  'src/shared/errors.ts',
  'src/shared/escape.ts',
];
const load = transpileSources('pull-request-files', modules);
const { changedLinesFromPullRequest, PULL_REQUEST_FILES_LIMIT } = await load('src/github/pull-request-files.js');
const { createGitHubClient } = await load('src/github/client.js');
const { silentLogger } = await load('src/github/logger.js');
const { changedLinesFromGit } = await load('src/coverage/git-diff.js');
const { gitRunner } = await load('src/pipeline/git-runner.js');

const repetitions = Number(process.argv[2] ?? 10);
const FILE_LINES = 200;

/** A scratch repository where a branch edits `count` files of FILE_LINES lines in three places each. */
function scratchRepository(count) {
  const dir = mkdtempSync(join(tmpdir(), 'factgate-bench-pr-'));
  const git = (...args) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const text = (i, edited) =>
    Array.from({ length: FILE_LINES }, (_, n) => (edited && n % 70 === 5 ? `    value_${i}_${n} = compute(${n})  # edited\n    check(value_${i}_${n})\n` : `    line_${i}_${n} = ${n}\n`)).join('');
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'src'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'src', `m${i}.py`), text(i, false));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'change');
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'src', `m${i}.py`), text(i, true));
  git('add', '-A');
  git('commit', '-q', '-m', 'change');
  const diff = git('diff', '--no-color', '--no-renames', 'main...HEAD');
  const entries = diff
    .split(/^(?=diff --git )/m)
    .filter((s) => s.startsWith('diff --git '))
    .map((section) => {
      const filename = /^\+\+\+ b\/(.+)$/m.exec(section)[1];
      const patch = section.slice(section.indexOf('\n@@') + 1).replace(/\n$/, '');
      const body = patch.split('\n');
      const additions = body.filter((l) => l.startsWith('+')).length;
      const deletions = body.filter((l) => l.startsWith('-')).length;
      return { sha: '0'.repeat(40), filename, status: 'modified', additions, deletions, changes: additions + deletions, blob_url: 'https://github.com/o/r/blob/x', raw_url: 'https://github.com/o/r/raw/x', contents_url: 'https://api.github.com/repos/o/r/contents/x', patch };
    });
  return { dir, entries };
}

let entries = [];
let requests = 0;
const server = createServer((req, res) => {
  requests += 1;
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!/\/pulls\/\d+\/files$/.test(url.pathname)) return void res.writeHead(404).end('{}');
  const perPage = Number(url.searchParams.get('per_page') ?? 30);
  const page = Number(url.searchParams.get('page') ?? 1);
  const next = new URL(url);
  next.searchParams.set('page', String(page + 1));
  const link = page * perPage < entries.length ? { link: `<http://127.0.0.1:${server.address().port}${next.pathname}${next.search}>; rel="next"` } : {};
  res.writeHead(200, { 'content-type': 'application/json', ...link }).end(JSON.stringify(entries.slice((page - 1) * perPage, page * perPage)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const octokit = createGitHubClient({ token: 'bench', baseUrl: `http://127.0.0.1:${server.address().port}`, logger: silentLogger, spaceWrites: false });
const options = { octokit, owner: 'o', repo: 'r', pullNumber: 1, logger: silentLogger };

async function mean(run) {
  await run(); // warm-up
  const start = performance.now();
  for (let i = 0; i < repetitions; i++) await run();
  return (performance.now() - start) / repetitions;
}

async function scenario(count) {
  const repository = scratchRepository(count);
  entries = repository.entries;
  const git = gitRunner(repository.dir);
  const fromGit = await changedLinesFromGit(git, 'main');
  const fromApi = await changedLinesFromPullRequest(options);
  requests = 0;
  const apiMs = await mean(() => changedLinesFromPullRequest(options));
  // mean() runs once more to warm up.
  const perRun = requests / (repetitions + 1);
  const gitMs = await mean(() => changedLinesFromGit(git, 'main'));
  const outcome = 'files' in fromApi ? `${fromApi.files.length} files, same lines as git: ${JSON.stringify(fromApi.files) === JSON.stringify(fromGit)}` : `fallback (${fromApi.fallback})`;
  console.log(`${count} changed files (${entries.reduce((n, e) => n + e.patch.length, 0)} bytes of patches): API ${outcome}`);
  console.log(`  API: ${Math.round(perRun)} requests, ${apiMs.toFixed(1)} ms per reading (local server, mean of ${repetitions})`);
  console.log(`  git: ${gitMs.toFixed(1)} ms per reading (merge-base + diff -U0 + parse, mean of ${repetitions})`);
  rmSync(repository.dir, { recursive: true, force: true });
}

console.log(`file limit: ${PULL_REQUEST_FILES_LIMIT}; ${FILE_LINES}-line files, 3 edits each`);
await scenario(PULL_REQUEST_FILES_LIMIT);
await scenario(3000);
server.close();
