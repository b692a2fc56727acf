import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertStickyComment, type StickyCommentRequest } from '../../src/github/sticky-comment.js';
import { parseCommentMode } from '../../src/settings/comment-mode.js';
import { parseEventContext, type PullRequestContext } from '../../src/github/event-context.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import type { FakeGitHub } from './support/fake-github.js';
import { clientFor, pullRequestPayload, recordingLogger, startServer } from './support/harness.js';

const BOT = 'github-actions[bot]';
const MARKER = '<!-- factgate:factgate -->';

let server: FakeGitHub;
let context: PullRequestContext;

beforeEach(async () => {
  server = await startServer();
  server.addToken('actions-token', { login: BOT });
  context = parseEventContext('pull_request', pullRequestPayload(), 'event.json') as PullRequestContext;
  server.pulls.push({ number: context.pullNumber, headSha: context.headSha, headRef: 'changes', headRepository: 'Codertocat/Hello-World', state: 'open' });
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

function request(overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return {
    target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
    gateId: 'factgate',
    mode: 'always',
    failing: true,
    markdown: '**factgate: fail**',
    ...overrides,
  };
}

describe('upsertStickyComment', () => {
  it('creates the comment on the first run and updates it in place on the second', async () => {
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    const first = await upsertStickyComment(octokit, request({ markdown: 'run 1' }), logger);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(octokit, request({ markdown: 'run 2' }), logger);
    expect(second).toMatchObject({ action: 'updated', commentId: first.action === 'created' ? first.commentId : -1 });
    const comments = server.commentsOn(context.pullNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${MARKER}\nrun 2`);
  });

  it('finds its comment among 200 across pages and makes one call besides listing', async () => {
    for (let i = 0; i < 120; i++) server.seedComment(context.pullNumber, `user${i % 7}`, `comment ${i}`);
    const own = server.seedComment(context.pullNumber, BOT, `${MARKER}\nold`);
    for (let i = 0; i < 79; i++) server.seedComment(context.pullNumber, `user${i % 5}`, `later ${i}`);
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger);
    expect(outcome).toMatchObject({ action: 'updated', commentId: own.id });
    expect(server.requests.filter((r) => r.operation === 'FactgateListComments')).toHaveLength(2);
    const calls = server.callsBesidesListing();
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/Codertocat/Hello-World/issues/comments/${own.id}`]);
  });

  it('creates on a 200-comment pull request within 4 calls besides listing', async () => {
    for (let i = 0; i < 200; i++) server.seedComment(context.pullNumber, `user${i % 9}`, `comment ${i}`);
    const logger = recordingLogger();
    await upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger);
    expect(server.callsBesidesListing().length).toBeLessThanOrEqual(4);
    expect(server.commentsOn(context.pullNumber).filter((c) => c.body.includes(MARKER))).toHaveLength(1);
  });

  it("leaves another user's comment that contains the marker alone", async () => {
    const quoted = server.seedComment(context.pullNumber, 'octocat', `> ${MARKER}\n> quoting the gate`);
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger);
    expect(outcome.action).toBe('created');
    expect(server.comments.find((c) => c.id === quoted.id)?.body).toBe(`> ${MARKER}\n> quoting the gate`);
    expect(server.commentsOn(context.pullNumber)).toHaveLength(2);
  });

  it('skips a minimised old comment and posts a visible one', async () => {
    const hidden = server.seedComment(context.pullNumber, BOT, `${MARKER}\nold`, 'outdated');
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request({ markdown: 'new' }), logger);
    expect(outcome.action).toBe('created');
    expect(server.comments.find((c) => c.id === hidden.id)?.body).toBe(`${MARKER}\nold`);
    expect(server.commentsOn(context.pullNumber).filter((c) => c.minimized === null).map((c) => c.body)).toEqual([`${MARKER}\nnew`]);
  });

  it('keeps two gates on two comments', async () => {
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    await upsertStickyComment(octokit, request({ gateId: 'rag', markdown: 'rag' }), logger);
    await upsertStickyComment(octokit, request({ gateId: 'chat', markdown: 'chat' }), logger);
    await upsertStickyComment(octokit, request({ gateId: 'rag', markdown: 'rag 2' }), logger);
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual(['<!-- factgate:rag -->\nrag 2', '<!-- factgate:chat -->\nchat']);
  });

  it('ends with exactly one comment when two runs race', async () => {
    const loggerA = recordingLogger();
    const loggerB = recordingLogger();
    const [a, b] = await Promise.all([
      upsertStickyComment(clientFor(server, 'actions-token', loggerA), request({ markdown: 'run A' }), loggerA),
      upsertStickyComment(clientFor(server, 'actions-token', loggerB), request({ markdown: 'run B' }), loggerB),
    ]);
    const comments = server.commentsOn(context.pullNumber);
    expect(comments).toHaveLength(1);
    expect(['created', 'updated']).toContain(a.action);
    expect(['created', 'updated']).toContain(b.action);
    expect([`${MARKER}\nrun A`, `${MARKER}\nrun B`]).toContain(comments[0]?.body);
  });

  it('removes an older duplicate left by an earlier race when updating', async () => {
    const oldest = server.seedComment(context.pullNumber, BOT, `${MARKER}\none`);
    server.seedComment(context.pullNumber, BOT, `${MARKER}\ntwo`);
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request({ markdown: 'three' }), logger);
    expect(outcome).toMatchObject({ action: 'updated', commentId: oldest.id, duplicatesDeleted: 1 });
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual([`${MARKER}\nthree`]);
  });

  it('adopts the comment a 502 answered POST stored, without creating a second one', async () => {
    server.faults.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502, afterHandling: true, body: { message: 'Server Error' } });
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request({ markdown: 'once' }), logger);
    expect(outcome.action).toBe('created');
    // One POST, no DELETE: no duplicate ever existed to notify subscribers.
    expect(server.callsBesidesListing().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 502']);
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual([`${MARKER}\nonce`]);
    expect(logger.text('warning')).toMatch(/HTTP 502.*checking whether GitHub stored it/);
  });

  it('creates again only after a listing shows GitHub stored nothing', async () => {
    server.faults.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 502, times: 1 });
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request({ markdown: 'second try' }), logger);
    expect(outcome.action).toBe('created');
    const sequence = server.requests.map((r) => (r.operation ? 'list' : `${r.method} ${r.status}`));
    expect(sequence).toEqual(['list', 'POST 502', 'list', 'POST 201', 'list']);
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual([`${MARKER}\nsecond try`]);
  });

  it('gives up after three creates that GitHub did not store, each checked by a listing', async () => {
    server.faults.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 503, times: 10 });
    const logger = recordingLogger();
    await expect(upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger)).rejects.toMatchObject({ status: 503 });
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(3);
    expect(server.requests.filter((r) => r.operation === 'FactgateListComments')).toHaveLength(4);
    expect(server.commentsOn(context.pullNumber)).toEqual([]);
  });

  it('reports a read-only token (a pull request from a fork) as forbidden', async () => {
    server.addToken('fork-token', { login: BOT, canWriteComments: false });
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'fork-token', logger), request(), logger);
    expect(outcome).toEqual({ action: 'forbidden', message: 'Resource not accessible by integration' });
    expect(server.commentsOn(context.pullNumber)).toHaveLength(0);
  });

  it('posts the smaller rendering once when GitHub answers 422 for an oversize body', async () => {
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(
      clientFor(server, 'actions-token', logger),
      request({ markdown: '😀'.repeat(65_536), smallerMarkdown: () => 'shortened' }),
      logger,
    );
    expect(outcome.action).toBe('created');
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).map((r) => r.status)).toEqual([422, 201]);
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual([`${MARKER}\nshortened`]);
  });

  it('raises the 422 when there is no smaller rendering', async () => {
    const logger = recordingLogger();
    await expect(
      upsertStickyComment(clientFor(server, 'actions-token', logger), request({ markdown: 'x'.repeat(70_000) }), logger),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('retries a secondary rate limit with retry-after, and without it after the fallback wait', async () => {
    const limited = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' };
    server.faults.push({ method: 'POST', path: /\/comments$/, status: 429, headers: { 'retry-after': '2' }, body: limited });
    server.faults.push({ method: 'POST', path: /\/graphql$/, status: 429, body: limited });
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger);
    expect(outcome.action).toBe('created');
    expect(logger.text('info')).toMatch(/secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments: retrying in 2 s/);
    expect(logger.text('info')).toMatch(/secondary rate limit on POST \/graphql: retrying in 60 s/);
    expect(server.commentsOn(context.pullNumber)).toHaveLength(1);
  });

  it('retries a primary rate limit until its reset, and gives up after the set number of tries', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    const primary = { status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } };
    server.faults.push({ method: 'POST', path: /\/graphql$/, times: 1, ...primary });
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    await upsertStickyComment(octokit, request(), logger);
    expect(logger.text('info')).toMatch(/primary rate limit on POST \/graphql: retrying/);

    server.faults.push({ method: 'POST', path: /\/graphql$/, times: 10, ...primary });
    await expect(upsertStickyComment(octokit, request(), logger)).rejects.toMatchObject({ status: 429 });
    expect(logger.text('warning')).toMatch(/gave up after 2 retries/);
  });

  it('does not wait when GitHub asks for longer than the set maximum', async () => {
    const limited = { message: 'You have exceeded a secondary rate limit.', documentation_url: 'https://docs.github.com/rest' };
    server.faults.push({ method: 'POST', path: /\/graphql$/, status: 403, headers: { 'retry-after': '3600' }, body: limited });
    const logger = recordingLogger();
    await expect(upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger)).rejects.toMatchObject({ status: 403 });
    expect(logger.text('warning')).toMatch(/asked to wait 3600 s, more than 120 s; not retrying/);
    expect(server.requests).toHaveLength(1);
  });

  it('follows the comment modes', async () => {
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    expect(await upsertStickyComment(octokit, request({ mode: 'off' }), logger)).toMatchObject({ action: 'skipped' });
    expect(await upsertStickyComment(octokit, request({ mode: 'update-only' }), logger)).toMatchObject({ action: 'skipped' });
    expect(await upsertStickyComment(octokit, request({ mode: 'on-failure', failing: false }), logger)).toMatchObject({ action: 'skipped' });
    expect(server.requests.filter((r) => r.method !== 'POST' || r.path !== '/graphql')).toEqual([]);
    expect(await upsertStickyComment(octokit, request({ mode: 'on-failure', failing: true, markdown: 'fail' }), logger)).toMatchObject({ action: 'created' });
    // A passing run updates the earlier failure comment rather than leaving it stale.
    expect(await upsertStickyComment(octokit, request({ mode: 'on-failure', failing: false, markdown: 'pass' }), logger)).toMatchObject({ action: 'updated' });
    expect(await upsertStickyComment(octokit, request({ mode: 'update-only', markdown: 'again' }), logger)).toMatchObject({ action: 'updated' });
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual([`${MARKER}\nagain`]);
  });

  it('honours Retry-After on a 429 without the secondary-limit wording', async () => {
    server.faults.push({ method: 'POST', path: /\/graphql$/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } });
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger);
    expect(outcome.action).toBe('created');
    expect(logger.text('info')).toMatch(/rate limit on POST \/graphql: retrying in 1 s \(retry 1 of 2\)/);
    expect(server.requests.filter((r) => r.operation === 'FactgateListComments').map((r) => r.status)).toEqual([429, 200, 200]);
  });

  it('waits for x-ratelimit-reset on a rate-limit 403 and never waits on a permission 403', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    server.faults.push({
      method: 'POST',
      path: /\/graphql$/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest' },
    });
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger);
    expect(outcome.action).toBe('created');
    expect(logger.text('info')).toMatch(/primary rate limit on POST \/graphql: retrying in [23] s/);

    server.addToken('read-only', { login: BOT, canWriteComments: false });
    const refused = await upsertStickyComment(clientFor(server, 'read-only', logger), request({ gateId: 'other' }), logger);
    expect(refused.action).toBe('forbidden');
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments')).map((r) => r.status)).toEqual([201, 403]);
  });

  it('raises a rate-limit 403 it gave up on instead of calling it a missing permission', async () => {
    const limited = { message: 'You have exceeded a secondary rate limit.', documentation_url: 'https://docs.github.com/rest' };
    server.faults.push({ method: 'POST', path: /\/issues\/\d+\/comments$/, status: 403, headers: { 'retry-after': '1' }, body: limited, times: 3 });
    const logger = recordingLogger();
    await expect(upsertStickyComment(clientFor(server, 'actions-token', logger), request(), logger)).rejects.toMatchObject({ status: 403 });
    expect(logger.text('warning')).toMatch(/gave up after 2 retries/);
    expect(server.commentsOn(context.pullNumber)).toEqual([]);
  });

  it('matches comment-author in both forms a bot login takes', async () => {
    const own = server.seedComment(context.pullNumber, BOT, `${MARKER}\nbefore`);
    // What GitHub's GraphQL API answers for a bot: the app's slug, no [bot].
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    const listed = await octokit.graphql<any>('query { repository(owner: "Codertocat", name: "Hello-World") { pullRequest(number: ' + context.pullNumber + ') { comments(first: 5) { nodes { author { __typename login } } } } } }');
    expect(listed.repository.pullRequest.comments.nodes[0].author).toEqual({ __typename: 'Bot', login: 'github-actions' });
    for (const authorLogin of ['github-actions[bot]', 'github-actions', 'GitHub-Actions[bot]']) {
      const outcome = await upsertStickyComment(octokit, request({ authorLogin, markdown: authorLogin }), logger);
      expect(outcome).toMatchObject({ action: 'updated', commentId: own.id });
    }
    expect(server.commentsOn(context.pullNumber)).toHaveLength(1);
  });

  it('records the commit and the run in the marker and names the commit in the comment', async () => {
    const logger = recordingLogger();
    const stamp = { headSha: context.headSha, runId: 9001, runAttempt: 2, runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/9001' };
    await upsertStickyComment(clientFor(server, 'actions-token', logger), request({ stamp, markdown: 'report' }), logger);
    const [comment] = server.commentsOn(context.pullNumber);
    expect(comment?.body).toBe(
      `<!-- factgate:factgate sha=${context.headSha} run=9001.2 -->\nreport\n\n<sub>For commit ${context.headSha.slice(0, 7)} by [run 9001, attempt 2](${stamp.runUrl}).</sub>`,
    );
  });

  it('never overwrites the comment of a later run or a later attempt, and replaces an earlier one', async () => {
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    const older = 'a'.repeat(40);
    const newer = 'b'.repeat(40);
    const stamp = (headSha: string, runId: number, runAttempt = 1) => ({ headSha, runId, runAttempt });
    await upsertStickyComment(octokit, request({ stamp: stamp(newer, 200), markdown: 'newer commit failed' }), logger);
    // The run for the older push finishes last: it must not replace the newer verdict.
    const late = await upsertStickyComment(octokit, request({ stamp: stamp(older, 150), markdown: 'older commit passed' }), logger);
    expect(late).toMatchObject({ action: 'superseded', by: { headSha: newer, runId: 200, runAttempt: 1 } });
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual([expect.stringContaining('newer commit failed')]);
    // Attempt 1 of the newer run, finishing after its re-run, is older too.
    await upsertStickyComment(octokit, request({ stamp: stamp(newer, 200, 2), markdown: 're-run passed' }), logger);
    expect(await upsertStickyComment(octokit, request({ stamp: stamp(newer, 200, 1), markdown: 'attempt 1' }), logger)).toMatchObject({ action: 'superseded' });
    expect(server.commentsOn(context.pullNumber).map((c) => c.body)).toEqual([expect.stringContaining('re-run passed')]);
    // A later run replaces it, and a comment from a version without run fields counts as earliest.
    expect(await upsertStickyComment(octokit, request({ stamp: stamp(newer, 201), markdown: 'latest' }), logger)).toMatchObject({ action: 'updated' });
    expect(server.callsBesidesListing().filter((r) => r.method === 'PATCH')).toHaveLength(2);
  });

  it('replaces a comment written before markers carried the run', async () => {
    const legacy = server.seedComment(context.pullNumber, BOT, `${MARKER}\nfrom an older factgate`);
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request({ stamp: { headSha: context.headSha, runId: 5, runAttempt: 1 } }), logger);
    expect(outcome).toMatchObject({ action: 'updated', commentId: legacy.id });
  });

  it('leaves the later run\'s verdict as the one comment whichever racing run writes last', async () => {
    for (let round = 0; round < 6; round++) {
      const pullNumber = 100 + round;
      server.pulls.push({ number: pullNumber, headSha: context.headSha, headRef: `r${round}`, headRepository: 'Codertocat/Hello-World', state: 'open' });
      const target = { ...request().target, pullNumber };
      const runs = [
        { stamp: { headSha: 'c'.repeat(40), runId: 300, runAttempt: 1 }, markdown: 'older run: passed' },
        { stamp: { headSha: 'd'.repeat(40), runId: 301, runAttempt: 1 }, markdown: 'newer run: failed' },
      ];
      if (round % 2 === 1) runs.reverse();
      const loggers = runs.map(() => recordingLogger());
      await Promise.all(runs.map((r, i) => upsertStickyComment(clientFor(server, 'actions-token', loggers[i]!), request({ target, ...r }), loggers[i]!)));
      const comments = server.commentsOn(pullNumber);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('newer run: failed');
      expect(comments[0]?.body).toMatch(/^<!-- factgate:factgate sha=d{40} run=301\.1 -->/);
    }
    // The runs did race: both created, and a duplicate was deleted.
    expect(server.requests.filter((r) => r.method === 'DELETE').length).toBeGreaterThan(0);
  });

  it('updates a stamped comment among 200 with one call besides listing', async () => {
    for (let i = 0; i < 150; i++) server.seedComment(context.pullNumber, `user${i % 7}`, `comment ${i}`);
    const own = server.seedComment(context.pullNumber, BOT, `<!-- factgate:factgate sha=${'a'.repeat(40)} run=10.1 -->\nold`);
    for (let i = 0; i < 49; i++) server.seedComment(context.pullNumber, `user${i % 5}`, `later ${i}`);
    const logger = recordingLogger();
    const outcome = await upsertStickyComment(clientFor(server, 'actions-token', logger), request({ stamp: { headSha: context.headSha, runId: 11, runAttempt: 1 } }), logger);
    expect(outcome).toMatchObject({ action: 'updated', commentId: own.id });
    expect(server.callsBesidesListing().map((r) => r.method)).toEqual(['PATCH']);
  });

  it('rejects a gate id that would break the marker', async () => {
    const logger = recordingLogger();
    await expect(upsertStickyComment(clientFor(server, 'actions-token', logger), request({ gateId: 'rag--eval' }), logger)).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('reads comment modes and names the place of a wrong one', () => {
    expect(parseCommentMode(' On-Failure ', { place: 'comment' })).toBe('on-failure');
    expect(() => parseCommentMode('sometimes', { file: 'factgate.yml', place: '/comment' })).toThrow(/factgate.yml: \/comment: "sometimes" is not a comment mode\.\n {2}fix: Use one of: always, on-failure, update-only, off\./);
  });
});
