import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentFromArtifact } from '../../src/github/comment-from-artifact.js';
import { parseEventContext } from '../../src/github/event-context.js';
import { readReportFile, type ReportDownloader } from '../../src/github/report-artifact.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { validateReport } from '../../src/report/validate-report.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import type { FakeGitHub } from './support/fake-github.js';
import { clientFor, recordingLogger, startServer, webhookExample } from './support/harness.js';
import { sampleReport } from './support/report-fixture.js';
import { runCommentCommand } from '../../src/github/comment-command.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { scenarios } from '../report/scenarios.js';

const HEAD = 'c0ffee0000000000000000000000000000000001';
let server: FakeGitHub;

beforeEach(async () => {
  server = await startServer();
  server.addToken('actions-token', { login: 'github-actions[bot]' });
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

/** The real `workflow_run` completed payload, for a run of `pull_request` from a fork. */
function workflowRunFromFork(): unknown {
  const payload = webhookExample('workflow_run', (p) => p.action === 'completed' && p.workflow_run.conclusion === 'success');
  payload.repository = { ...payload.repository, full_name: 'Codertocat/Hello-World' };
  payload.workflow_run.event = 'pull_request';
  payload.workflow_run.head_sha = HEAD;
  payload.workflow_run.head_branch = 'changes';
  payload.workflow_run.head_repository = { ...payload.workflow_run.head_repository, full_name: 'contributor/Hello-World' };
  // GitHub leaves pull_requests empty for runs from forks.
  payload.workflow_run.pull_requests = [];
  return payload;
}

/** Writes the artifact as the pull_request job would, then reads it as the download does. */
async function artifactDownloader(report: unknown): Promise<{ download: ReportDownloader; calls: number[] }> {
  const directory = await mkdtemp(join(tmpdir(), 'factgate-test-artifact-'));
  await writeFile(join(directory, 'factgate-report.json'), typeof report === 'string' ? report : JSON.stringify(report));
  const calls: number[] = [];
  return {
    calls,
    download: async (request) => {
      calls.push(request.runId);
      return readReportFile(directory, request);
    },
  };
}

describe('commentFromArtifact', () => {
  it('posts on the pull request found by head commit, ignoring a pull request number inside the artifact', async () => {
    server.pulls.push({ number: 7, headSha: HEAD, headRef: 'changes', headRepository: 'contributor/Hello-World', state: 'open' });
    server.pulls.push({ number: 999, headSha: 'f'.repeat(40), headRef: 'other', headRepository: 'Codertocat/Hello-World', state: 'open' });
    // A forged artifact pointing at another pull request.
    const forged = sampleReport({ ref: 'refs/pull/999/merge' });
    const { download, calls } = await artifactDownloader(forged);
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    const context = parseEventContext('workflow_run', workflowRunFromFork(), 'event.json');

    const result = await commentFromArtifact({
      octokit,
      context,
      logger,
      download,
      validateReport,
      post: (report, target) =>
        upsertStickyComment(octokit, { target, gateId: 'factgate', mode: 'always', failing: report.verdict.status === 'fail', markdown: `verdict: ${report.verdict.status}` }, logger),
    });

    expect(result).toMatchObject({ status: 'posted', pullRequests: [7] });
    expect(calls).toEqual([(context as { runId: number }).runId]);
    expect(server.commentsOn(7).map((c) => c.body)).toEqual(['<!-- factgate:factgate -->\nverdict: fail']);
    expect(server.commentsOn(999)).toEqual([]);
  });

  it('falls back to the fork branch when the commit is not yet associated with the pull request', async () => {
    server.pulls.push({ number: 8, headSha: HEAD, headRef: 'changes', headRepository: 'contributor/Hello-World', state: 'open' });
    server.faults.push({ method: 'GET', path: /\/commits\/[0-9a-f]+\/pulls$/, status: 200, body: [] });
    const { download } = await artifactDownloader(sampleReport());
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    const posted: number[] = [];
    const result = await commentFromArtifact({
      octokit,
      context: parseEventContext('workflow_run', workflowRunFromFork(), 'event.json'),
      logger,
      download,
      validateReport,
      post: async (_report, target) => {
        posted.push(target.pullNumber);
        return { action: 'skipped', reason: 'test' };
      },
    });
    expect(result.status).toBe('posted');
    expect(posted).toEqual([8]);
    expect(server.requests.some((r) => r.path.endsWith('/pulls') && r.query.get('head') === 'contributor:changes')).toBe(true);
  });

  it('refuses an artifact that is not a valid report, naming the file', async () => {
    server.pulls.push({ number: 7, headSha: HEAD, headRef: 'changes', headRepository: 'contributor/Hello-World', state: 'open' });
    const broken = { ...sampleReport(), verdict: { status: 'pass-please' } };
    const { download } = await artifactDownloader(broken);
    const logger = recordingLogger();
    const error = await commentFromArtifact({
      octokit: clientFor(server, 'actions-token', logger),
      context: parseEventContext('workflow_run', workflowRunFromFork(), 'event.json'),
      logger,
      download,
      validateReport,
      post: () => Promise.reject(new Error('must not post')),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).file).toBe('factgate-report/factgate-report.json');
    expect(server.comments).toEqual([]);
  });

  it('refuses an artifact that is not JSON', async () => {
    server.pulls.push({ number: 7, headSha: HEAD, headRef: 'changes', headRepository: 'contributor/Hello-World', state: 'open' });
    const { download } = await artifactDownloader('{"schemaVersion": 1,');
    const logger = recordingLogger();
    await expect(
      commentFromArtifact({
        octokit: clientFor(server, 'actions-token', logger),
        context: parseEventContext('workflow_run', workflowRunFromFork(), 'event.json'),
        logger,
        download,
        validateReport,
        post: () => Promise.reject(new Error('must not post')),
      }),
    ).rejects.toThrow(/not valid JSON/);
  });

  it('does nothing when no open pull request has the head commit', async () => {
    const { download, calls } = await artifactDownloader(sampleReport());
    const logger = recordingLogger();
    const result = await commentFromArtifact({
      octokit: clientFor(server, 'actions-token', logger),
      context: parseEventContext('workflow_run', workflowRunFromFork(), 'event.json'),
      logger,
      download,
      validateReport,
      post: () => Promise.reject(new Error('must not post')),
    });
    expect(result.status).toBe('skipped');
    expect(calls).toEqual([]);
  });

  it('uses the pull request GitHub linked in a same-repository run without asking the API', async () => {
    const payload = webhookExample('workflow_run', (p) => p.workflow_run.pull_requests.length > 0);
    payload.workflow_run.event = 'pull_request';
    payload.workflow_run.head_sha = HEAD;
    payload.workflow_run.pull_requests[0].head.sha = HEAD;
    payload.workflow_run.pull_requests[0].base.repo.url = 'https://api.github.com/repos/Codertocat/Hello-World';
    payload.repository.full_name = 'Codertocat/Hello-World';
    const { download } = await artifactDownloader(sampleReport());
    const logger = recordingLogger();
    const posted: number[] = [];
    await commentFromArtifact({
      octokit: clientFor(server, 'actions-token', logger),
      context: parseEventContext('workflow_run', payload, 'event.json'),
      logger,
      download,
      validateReport,
      post: async (_report, target) => {
        posted.push(target.pullNumber);
        return { action: 'skipped', reason: 'test' };
      },
    });
    expect(posted).toEqual([payload.workflow_run.pull_requests[0].number]);
    expect(server.requests).toEqual([]);
  });

  it('is a configuration error outside a workflow_run event', async () => {
    const logger = recordingLogger();
    const payload = webhookExample('push', (p) => p.ref === 'refs/heads/master');
    await expect(
      commentFromArtifact({
        octokit: clientFor(server, 'actions-token', logger),
        context: parseEventContext('push', payload, 'event.json'),
        logger,
        download: () => Promise.reject(new Error('must not download')),
        validateReport,
        post: () => Promise.reject(new Error('must not post')),
      }),
    ).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('fills the baseline and change columns of the fork-safe comment from the report alone, and links the artifact', async () => {
    server.pulls.push({ number: 7, headSha: HEAD, headRef: 'changes', headRepository: 'contributor/Hello-World', state: 'open' });
    // The report the gate job uploaded: compared with its baseline, which the comment step never sees.
    const { regressed } = scenarios();
    const { download } = await artifactDownloader(regressed);
    const logger = recordingLogger();
    const context = parseEventContext('workflow_run', workflowRunFromFork(), 'event.json');
    const artifactUrl = `https://github.com/Codertocat/Hello-World/actions/runs/${(context as { runId: number }).runId}/artifacts/77`;
    const result = await runCommentCommand({
      octokit: clientFor(server, 'actions-token', logger),
      context,
      logger,
      download: async (request) => ({ ...(await download(request)), url: artifactUrl }),
      validateReport,
      io: { writeJobSummary: async () => undefined, setOutput: () => undefined },
      settings: { gateId: 'factgate', commentMode: 'always' },
    });
    expect(result).toMatchObject({ status: 'posted', pullRequests: [7] });
    const body = server.commentsOn(7)[0]?.body ?? '';
    const base = regressed.drift?.baseline?.figures?.metrics.hallucinationRate.value;
    expect(base).toBe(0);
    expect(body).toMatch(/\| Hallucination rate \| \*\*\d+\.\d%\*\* \(\d+\/\d+\)<br><sub>95 % CI [^|]+<\/sub> \| 0\.0% \| \+\d+\.\d pp 🔴 \| ≤ 2\.0% \| ❌ \|/);
    expect(body).not.toMatch(/\| Hallucination rate \| [^|]+ \| — \| — \|/);
    expect(body).toContain(`[report artifact](${artifactUrl})`);
    // The same comment the gate job would have posted with the baseline in hand.
    // Between the marker line and the line naming the commit.
    const rendered = renderMarkdown(regressed, { artifactUrl, pullNumber: 7 });
    const inside = body.replace(/^<!-- factgate:factgate [^\n]* -->\n/, '');
    expect(inside.startsWith(rendered)).toBe(true);
    expect(inside.slice(rendered.length)).not.toMatch(/\| Hallucination rate/);
  });
});
