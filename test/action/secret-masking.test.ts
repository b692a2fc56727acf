import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../github/support/fake-github.js';
import { startServer } from '../github/support/harness.js';
import { startChatServer, verdicts } from '../judges/chat-server.js';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';
import { openPullRequest, runAction } from './support/action-runner.js';

/**
 * A secret the app under test echoes, end to end: the report is masked where the pipeline
 * makes it, and every sink masks what it writes, so no file, line or post carries it. The
 * app repeats the judge's key plainly, URL-encoded and with an invisible control inside
 * (which the renderers drop, so that copy becomes the key again once escaped).
 */

const KEY = 'sk-live-7f3a9c0e1b2d4f6a';
const APP = `let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const kase = JSON.parse(input);
  const key = process.env.FACTGATE_JUDGE_API_KEY;
  const hidden = key.slice(0, 7) + '\\u0007' + key.slice(7);
  const answer = 'Adults may take up to 8,000 mg of Zentrafen in 24 hours with the key ' + key + ', again ' + hidden + ' and ' + encodeURIComponent(key) + ' [S1].';
  process.stdout.write(JSON.stringify({ id: kase.id, answer }));
});
`;
const FORMS = [KEY, encodeURIComponent(KEY), Buffer.from(KEY).toString('base64').replace(/=+$/, '')];

const tmp = useTempDir();
let github: FakeGitHub;
let judge: Awaited<ReturnType<typeof startChatServer>>;

beforeEach(async () => {
  github = await startServer();
  // The judge repeats each claim in its reason, the key with it.
  judge = await startChatServer([verdicts((_id, claim) => (claim.includes('8,000') ? { verdict: 'contradicted', confidence: 0.95, reason: `the label says 3,000 mg, not: ${claim}` } : { verdict: 'supported', confidence: 0.9, reason: `stated: ${claim}` }))]);
});

afterEach(async () => {
  expect(github.violations).toEqual([]);
  await judge.close();
  await github.close();
});

function workspace(name: string): string {
  tmp.write(`${name}/golden/cases.json`, JSON.stringify([goldenCase('a-1'), goldenCase('a-2')]));
  tmp.write(`${name}/app.mjs`, APP);
  return join(tmp.dir(), name);
}

const REPORT_FILES = ['r.json', 'r.md', 'r.html', 'r.xml'];

function expectNoSecret(where: string, text: string): void {
  for (const form of FORMS) expect(text.includes(form), `${where} holds the key as ${form}`).toBe(false);
}

/** The report files, checked to hold no form of the key, and the answer's masked copy. */
function expectMaskedReports(dir: string): void {
  for (const file of REPORT_FILES) expectNoSecret(file, readFileSync(join(dir, file), 'utf8'));
  const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
  // The answers reached the report, masked: the test is not passing on an empty run.
  expect(report.cases[0].answer).toContain('with the key ***, again *** and *** [S1].');
  expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('\\*\\*\\*');
}

describe('a secret the app echoes', () => {
  it('appears in no report file and nowhere the CLI prints', async () => {
    const dir = workspace('cli');
    const cli = await runCli(
      ['run', '--golden-set', 'golden', '--command', `${JSON.stringify(process.execPath)} app.mjs`, '--judge', 'llm', '--judge-url', judge.baseUrl, '--judge-model', 'test-model', '--report-json', 'r.json', '--report-md', 'r.md', '--report-html', 'r.html', '--report-junit', 'r.xml'],
      dir,
      { FACTGATE_JUDGE_API_KEY: KEY },
    );
    expect(cli.code).toBe(1);
    expect(judge.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(cli.stdout).toContain('factgate: FAILED');
    expect(cli.stdout).toContain('***');
    expectNoSecret('standard output', cli.stdout);
    expectNoSecret('standard error', cli.stderr);
    expectMaskedReports(dir);
  });

  it('appears in no report file, log line, job summary, output, comment or check run of the Action', async () => {
    const pr = openPullRequest(github, join(tmp.dir(), 'event'));
    const dir = workspace('action');
    const action = await runAction(
      dir,
      {
        'golden-set': 'golden',
        command: `${JSON.stringify(process.execPath)} app.mjs`,
        judge: 'llm',
        'judge-url': judge.baseUrl,
        'judge-model': 'test-model',
        'judge-api-key': KEY,
        'github-token': 'ghs_actiontoken',
        'check-run': 'true',
        'report-json': 'r.json',
        'report-md': 'r.md',
        'report-html': 'r.html',
        'report-junit': 'r.xml',
      },
      { ...pr.env, GITHUB_RUN_ID: '700', GITHUB_RUN_ATTEMPT: '1' },
    );
    expect(action.code, action.stdout).toBe(1);
    expect(action.outputs['verdict']).toBe('fail');
    const [comment] = github.commentsOn(pr.number);
    expect(comment?.body).toContain('factgate failed');
    expect(github.checkRuns).toHaveLength(1);
    // The runner reads the key from its ::add-mask:: command and never shows that line.
    expect(action.stdout).toContain(`::add-mask::${KEY}\n`);
    expectNoSecret('the log', action.stdout.replace(/^::add-mask::.*\n/gm, ''));
    expectNoSecret('the job summary', action.summary);
    expectNoSecret('the outputs', JSON.stringify(action.outputs));
    expectNoSecret('the comment', comment!.body);
    expectNoSecret('the check run', JSON.stringify(github.checkRuns));
    expectMaskedReports(dir);
  }, 120_000);
});
