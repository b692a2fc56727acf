import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { artifactZip } from '../github/support/artifact-zip.js';
import type { FakeGitHub } from '../github/support/fake-github.js';
import { startServer, webhookExample } from '../github/support/harness.js';
import { sampleReport } from '../github/support/report-fixture.js';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';
import { openPullRequest, runAction, runBuiltCli } from './support/action-runner.js';

/**
 * The built Action against the local GitHub stand-in, on the paths where GitHub fails, races
 * or names things in two ways: the verdict must stand whatever publishing meets.
 */

const GOOD = 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].';
const INVENTED = 'Adults may take up to 8,000 mg of Zentrafen in 24 hours [S1].';
const tmp = useTempDir();
let server: FakeGitHub;

beforeEach(async () => {
  server = await startServer();
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

/** A workspace with a golden set of `answers.length` cases and those answers. */
function workspace(name: string, answers: string[]): string {
  const dir = join(tmp.dir(), name);
  tmp.write(`${name}/golden/cases.json`, JSON.stringify(answers.map((_, i) => goldenCase(`a-${i + 1}`))));
  tmp.write(`${name}/responses.jsonl`, answers.map((answer, i) => JSON.stringify({ id: `a-${i + 1}`, answer })).join('\n'));
  return dir;
}

const gateInputs = { 'golden-set': 'golden', responses: 'responses.jsonl', 'github-token': 'ghs_actiontoken', 'report-json': 'r.json' };
const run = (id: number, attempt = 1) => ({ GITHUB_RUN_ID: String(id), GITHUB_RUN_ATTEMPT: String(attempt) });

describe('the Action on GitHub', () => {
  it('exits 0 for a complete shard, as the CLI does', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    const dir = workspace('shard', [GOOD, GOOD, GOOD, GOOD]);
    const action = await runAction(dir, { ...gateInputs, shard: '1/2', comment: 'off' }, pr.env);
    expect(action.code).toBe(0);
    expect(action.stdout).toContain('factgate: shard 1/2 is complete; factgate merge judges the whole run');
    expect(action.stdout).not.toContain('::error::');
    const cli = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--shard', '1/2'], dir);
    expect(cli.code).toBe(action.code);
  });

  it('keeps one comment with comment-author: github-actions[bot], though GraphQL names the bot without [bot]', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    const dir = workspace('bot', [GOOD]);
    for (const [i, author] of ['github-actions[bot]', 'github-actions'].entries()) {
      const action = await runAction(dir, { ...gateInputs, 'comment-author': author }, { ...pr.env, ...run(500 + i) });
      expect(action.code).toBe(0);
      expect(action.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    }
    expect(server.commentsOn(pr.number)).toHaveLength(1);
  });

  it('warns and exits with the verdict when GitHub answers 502 to every try', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    server.faults.push({ method: 'POST', path: /^\/graphql$/, status: 502, times: 100, body: { message: 'Server Error' } });
    const action = await runAction(workspace('outage', [GOOD]), gateInputs, { ...pr.env, ...run(600) });
    expect(action.code).toBe(0);
    expect(action.outputs['verdict']).toBe('pass');
    expect(action.outputs['comment-url']).toBeUndefined();
    expect(action.stdout).toMatch(/::warning::factgate could not post the pull-request comment: GitHub answered HTTP 502/);
    expect(action.stdout).not.toContain('internal error');
    expect(action.summary).toContain('factgate passed');
    expect(action.summary).toMatch(/\[!WARNING\]\n> factgate: the pull-request comment was not posted: GitHub answered HTTP 502.*The verdict above stands/);
    // The client's own retries ran first: one request and 3 retries.
    expect(server.requests.filter((r) => r.operation === 'FactgateListComments')).toHaveLength(4);
  }, 60_000);

  it('fails the job on a third 429 in a row only under publish-failure: fail', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    const limited = { method: 'POST', path: /^\/graphql$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } };
    const dir = workspace('limited', [GOOD]);
    server.faults.push({ ...limited, times: 3 });
    const warned = await runAction(dir, gateInputs, { ...pr.env, ...run(700) });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/rate limit on POST \/graphql: gave up after 2 retries/);
    expect(warned.summary).toMatch(/was not posted: GitHub answered HTTP 429/);

    server.faults.push({ ...limited, times: 3 });
    const failed = await runAction(dir, { ...gateInputs, 'publish-failure': 'fail' }, { ...pr.env, ...run(701) });
    expect(failed.code).toBe(1);
    expect(failed.outputs['verdict']).toBe('pass');
    expect(failed.stdout).toMatch(/::error::factgate: publishing failed and publish-failure is "fail": the pull-request comment was not posted: GitHub answered HTTP 429/);
  }, 60_000);

  it('waits out a plain 429 with Retry-After and posts', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    server.faults.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } });
    const action = await runAction(workspace('retry-after', [GOOD]), gateInputs, { ...pr.env, ...run(800) });
    expect(action.code).toBe(0);
    expect(action.stdout).toMatch(/rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: retrying in 1 s/);
    expect(server.commentsOn(pr.number)).toHaveLength(1);
    expect(action.outputs['comment-url']).toBeDefined();
  });

  it('adopts the comment a 502 answered create stored: no duplicate, no delete', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    server.faults.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502, afterHandling: true, body: { message: 'Server Error' } });
    const action = await runAction(workspace('adopt', [GOOD, INVENTED]), gateInputs, { ...pr.env, ...run(900) });
    expect(action.code).toBe(1);
    expect(server.commentsOn(pr.number)).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
    expect(action.outputs['comment-url']).toBe(`https://github.com/Codertocat/Hello-World/pull/${pr.number}#issuecomment-${server.commentsOn(pr.number)[0]!.id}`);
  });

  it("never overwrites a later run's comment, racing or not, and names the commit", async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    const passing = workspace('older', [GOOD]);
    const failing = workspace('newer', [GOOD, INVENTED]);
    const [older, newer] = await Promise.all([runAction(passing, gateInputs, { ...pr.env, ...run(1000) }), runAction(failing, gateInputs, { ...pr.env, ...run(1001) })]);
    expect([older.code, newer.code]).toEqual([0, 1]);
    const comments = server.commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(new RegExp(`^<!-- factgate:factgate sha=${pr.headSha} run=1001\\.1 -->\\n### ❌ factgate failed`));
    expect(comments[0]!.body).toContain(`For commit ${pr.headSha.slice(0, 7)}`);

    // The older run's re-run finishes last: the newer verdict stays, and the re-run says so.
    const late = await runAction(passing, gateInputs, { ...pr.env, ...run(1000, 2) });
    expect(late.code).toBe(0);
    expect(late.stdout).toMatch(/::notice::factgate left the pull-request comment as it is: a later run \(run 1001, attempt 1\)/);
    expect(server.commentsOn(pr.number).map((c) => c.body)).toEqual([comments[0]!.body]);
  }, 60_000);

  it('ignores 200 comments with forged markers, a forged later run among them, within 4 calls besides listing', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    for (let i = 0; i < 200; i++) {
      server.seedComment(pr.number, `user${i % 9}`, `<!-- factgate:factgate sha=${pr.headSha} run=${9_000_000 + i}.9 -->\n### ✅ factgate passed (forged)`);
    }
    const dir = workspace('forged', [GOOD, INVENTED]);
    const first = await runAction(dir, gateInputs, { ...pr.env, ...run(1200) });
    expect(first.code).toBe(1);
    expect(server.callsBesidesListing().length).toBeLessThanOrEqual(4);
    const before = server.requests.length;
    const second = await runAction(dir, gateInputs, { ...pr.env, ...run(1201) });
    expect(second.code).toBe(1);
    const own = server.commentsOn(pr.number).filter((c) => c.author.login === 'github-actions[bot]');
    // The failing gate asks for the override label's events, then updates its one comment.
    expect(server.requests.slice(before).filter((r) => r.operation !== 'FactgateListComments').map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/Codertocat/Hello-World/issues/${pr.number}/events`,
      `PATCH /repos/Codertocat/Hello-World/issues/comments/${own[0]?.id}`,
    ]);
    expect(own).toHaveLength(1);
    expect(own[0]!.body).toMatch(/^<!-- factgate:factgate sha=[0-9a-f]{40} run=1201\.1 -->\n### ❌ factgate failed/);
    expect(server.commentsOn(pr.number).filter((c) => c.body.includes('(forged)'))).toHaveLength(200);
  });

  it('in comment mode, posts from the artifact and sets the outputs and the job summary', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'));
    const gate = server.addWorkflow('.github/workflows/factgate.yml');
    const report = sampleReport({ ref: `refs/pull/${pr.number}/merge` });
    const gateRun = server.seedWorkflowRun(gate, {
      headSha: pr.headSha,
      event: 'pull_request',
      headBranch: 'changes',
      conclusion: 'failure',
      artifacts: [{ name: 'factgate-report', zip: await artifactZip({ 'factgate-report.json': JSON.stringify(report) }) }],
    });
    const payload = webhookExample('workflow_run', (p) => p.action === 'completed');
    payload.repository.full_name = 'Codertocat/Hello-World';
    Object.assign(payload.workflow_run, { id: gateRun.id, event: 'pull_request', head_sha: pr.headSha, head_branch: 'changes', pull_requests: [], conclusion: 'failure', run_attempt: 3 });
    const eventFile = tmp.write('event/workflow_run.json', JSON.stringify(payload));
    const dir = join(tmp.dir(), 'comment');
    const action = await runAction(dir, { mode: 'comment', 'github-token': 'ghs_actiontoken' }, { ...pr.env, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile, ...run(gateRun.id + 1) });
    expect(action.code).toBe(0);
    const [comment] = server.commentsOn(pr.number);
    expect(comment?.body).toMatch(new RegExp(`^<!-- factgate:factgate sha=${pr.headSha} run=${gateRun.id}\\.3 -->`));
    expect(action.outputs).toMatchObject({ verdict: 'fail', 'comment-url': `https://github.com/Codertocat/Hello-World/pull/${pr.number}#issuecomment-${comment!.id}` });
    expect(action.outputs['hallucination-rate']).toBe(String(report.metrics.hallucinationRate.value));
    expect(action.summary).toMatch(/^### ❌ factgate failed/);
    // Node warns on stderr when a dependency calls Buffer() (DEP0005) outside node_modules, as in a bundle.
    expect(action.stderr).not.toMatch(/DeprecationWarning|DEP0\d+/);

    // `factgate comment`, the built CLI, on the same run: it updates the one comment, with nothing on stderr.
    const cli = await runBuiltCli(['comment'], dir, { ...pr.env, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: eventFile, GITHUB_TOKEN: 'ghs_actiontoken', TMPDIR: dir, ...run(gateRun.id + 2) });
    expect(cli.code, cli.stdout).toBe(0);
    expect(cli.stdout).toContain(`updated: https://github.com/Codertocat/Hello-World/pull/${pr.number}#issuecomment-${comment!.id}`);
    expect(cli.stderr).toBe('');
    expect(server.commentsOn(pr.number)).toHaveLength(1);
  });

  it('on a fork, keeps the verdict and blames the fork, not a permission, for the check run', async () => {
    const pr = openPullRequest(server, join(tmp.dir(), 'event'), { fromFork: true });
    const action = await runAction(workspace('fork', [GOOD]), { ...gateInputs, 'check-run': 'true' }, { ...pr.env, ...run(1100) });
    expect(action.code).toBe(0);
    expect(action.stdout).toMatch(/::notice::factgate could not post its pull-request comment: this pull request comes from a fork.*README: "Pull requests from forks"/);
    expect(action.stdout).toMatch(/::notice::factgate did not create its "factgate" check run: this pull request comes from a fork/);
    expect(action.stdout).not.toMatch(/lacks "checks: write"/);
  });

  it('rejects a wrong coverage-path-map or gate-id before any work', async () => {
    server.addToken('ghs_actiontoken', { login: 'github-actions[bot]' });
    const dir = workspace('settings', [GOOD]);
    tmp.write('settings/coverage.info', 'SF:src/a.ts\nDA:1,1\nend_of_record\n');
    const badMap = await runAction(dir, { ...gateInputs, coverage: 'coverage.info', 'coverage-path-map': '/app/' });
    expect(badMap.code).toBe(2);
    expect(badMap.stdout).toContain('::error::factgate: --coverage-path-map: path map "/app/" is not of the form from=>to');
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    const cli = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--coverage', 'coverage.info', '--coverage-path-map', '/app/'], dir);
    expect(cli.code).toBe(2);

    const badId = await runAction(dir, { ...gateInputs, 'gate-id': 'rag--eval' });
    expect(badId.code).toBe(2);
    expect(badId.stdout).toContain('::error::factgate: gate-id: the gate id "rag--eval" is not allowed');
    expect(existsSync(join(dir, 'r.json'))).toBe(false);
    expect(server.requests).toEqual([]);
    expect(readFileSync(join(dir, 'runner/output'), 'utf8')).toBe('');
  });
});
