import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCommentCommand } from '../../src/github/comment-command.js';
import { parseEventContext } from '../../src/github/event-context.js';
import { checkRunForbiddenNotice, readOnlyCommentNotice } from '../../src/github/notices.js';
import { publishToGitHub, type PublishIO } from '../../src/github/publish.js';
import { readReportFile, REPORT_ARTIFACT_NAME, REPORT_FILE_NAME } from '../../src/github/report-artifact.js';
import { COMMENT_MODES, type CommentMode } from '../../src/settings/comment-mode.js';
import { validateReport } from '../../src/report/validate-report.js';
import { SecretMask } from '../../src/shared/secrets.js';
import type { FakeGitHub } from './support/fake-github.js';
import { clientFor, pullRequestPayload, recordingLogger, startServer, webhookExample } from './support/harness.js';
import { sampleReport } from './support/report-fixture.js';

/**
 * The workflows the README shows, exercised as written: their `permissions:` decide what
 * the test token may do, their inputs decide the comment mode and the check run.
 */
interface Workflow {
  name: string;
  on: Record<string, { types?: string[]; workflows?: string[] } | null>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { name?: string; if?: string; steps: { uses?: string; if?: string; with?: Record<string, unknown> }[] }>;
}

function workflow(file: string): Workflow {
  return parse(readFileSync(new URL(`./workflows/${file}`, import.meta.url), 'utf8')) as Workflow;
}

function factgateStep(wf: Workflow) {
  const step = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('factgate/factgate@'));
  if (!step) throw new Error('no factgate step');
  return step.with ?? {};
}

/** GitHub's rule: a pull request from a fork gets a read-only token, whatever the workflow asks. */
function addWorkflowToken(server: FakeGitHub, token: string, wf: Workflow, fromFork: boolean): void {
  server.addToken(token, {
    login: 'github-actions[bot]',
    canWriteComments: !fromFork && wf.permissions['pull-requests'] === 'write',
    canWriteChecks: !fromFork && wf.permissions['checks'] === 'write',
  });
}

function recordingIO(): PublishIO & { summaries: string[]; outputs: Record<string, string> } {
  const io = {
    summaries: [] as string[],
    outputs: {} as Record<string, string>,
    async writeJobSummary(markdown: string) {
      io.summaries.push(markdown);
    },
    setOutput(name: string, value: string) {
      io.outputs[name] = value;
    },
  };
  return io;
}

function commentMode(value: unknown): CommentMode {
  if (!COMMENT_MODES.includes(value as CommentMode)) throw new Error(`bad comment mode ${String(value)}`);
  return value as CommentMode;
}

let server: FakeGitHub;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

describe('the basic pull-request gate workflow', () => {
  const wf = workflow('factgate.yml');

  it('asks for least privilege and cancels superseded runs', () => {
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write' });
    expect(wf.concurrency).toEqual({ group: 'factgate-${{ github.event.pull_request.number || github.ref }}', 'cancel-in-progress': true });
    expect(wf.on['pull_request']?.types).toEqual(expect.arrayContaining(['labeled', 'unlabeled', 'synchronize']));
    // The required check is the job; it must not share the optional check run's name.
    expect(wf.jobs['gate']?.name).toBe('quality-gate');
    expect(wf.jobs['gate']?.if).toBeUndefined();
  });

  it('posts the comment and the check run, writes the summary, then updates in place', async () => {
    addWorkflowToken(server, 'token', wf, false);
    const context = parseEventContext('pull_request', pullRequestPayload(), 'event.json');
    if (context.kind !== 'pull_request') throw new Error('not a pull request');
    server.pulls.push({ number: context.pullNumber, headSha: context.headSha, headRef: 'changes', headRepository: 'Codertocat/Hello-World', state: 'open' });
    const inputs = factgateStep(wf);
    const logger = recordingLogger();
    const io = recordingIO();
    const settings = { gateId: 'factgate', commentMode: commentMode(inputs['comment']), checkRun: inputs['check-run'] === true };
    const secrets = new SecretMask(['sk-secret-value-123']);
    const leaked = sampleReport();
    leaked.cases[1]!.answer = 'leaked sk-secret-value-123';
    // As the pipeline hands the report over; the client masks what it posts again.
    const report = secrets.deep(leaked);
    const octokit = clientFor(server, 'token', logger, secrets);

    const first = await publishToGitHub({ report, octokit, context, settings, logger, io });
    expect(first.comment.action).toBe('created');
    expect(first.checkRun).toMatchObject({ action: 'created' });
    expect(server.checkRuns[0]?.request).toMatchObject({ name: 'factgate', head_sha: context.headSha, conclusion: 'failure' });
    expect(io.summaries).toHaveLength(1);
    expect(io.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    for (const text of [...io.summaries, ...server.comments.map((c) => c.body), JSON.stringify(server.checkRuns)]) {
      expect(text).not.toContain('sk-secret-value-123');
    }

    const second = await publishToGitHub({ report: sampleReport({ verdict: { status: 'pass', breaches: [] } }), octokit, context, settings, logger, io });
    expect(second.comment.action).toBe('updated');
    expect(server.commentsOn(context.pullNumber)).toHaveLength(1);
    expect(server.commentsOn(context.pullNumber)[0]?.body).toMatch(/^<!-- factgate:factgate -->\n### ✅ factgate passed/);
  });

  it('on a pull request from a fork keeps the verdict and the summary and explains the fork-safe setup', async () => {
    addWorkflowToken(server, 'fork-token', wf, true);
    const context = parseEventContext('pull_request', pullRequestPayload({ fromFork: true }), 'event.json');
    if (context.kind !== 'pull_request') throw new Error('not a pull request');
    server.pulls.push({ number: context.pullNumber, headSha: context.headSha, headRef: 'changes', headRepository: 'contributor/Hello-World', state: 'open' });
    const logger = recordingLogger();
    const io = recordingIO();
    const result = await publishToGitHub({
      report: sampleReport(),
      octokit: clientFor(server, 'fork-token', logger),
      context,
      settings: { gateId: 'factgate', commentMode: 'always', checkRun: true },
      logger,
      io,
    });
    expect(result.comment.action).toBe('forbidden');
    expect(result.checkRun.action).toBe('forbidden');
    expect(io.summaries[0]).toMatch(/^### ❌ factgate failed/);
    expect(logger.text('notice')).toMatch(/comes from a fork.*read-only token.*verdict, the job status and the job summary are unaffected.*workflow_run.*factgate comment/s);
    // Under a fork's token the check run is refused for the fork, not for a missing permission.
    expect(logger.text('notice')).toMatch(/did not create its "factgate" check run: this pull request comes from a fork/);
    expect(logger.text('notice')).not.toMatch(/lacks "checks: write"/);
    expect(server.comments).toEqual([]);
  });

  it('points the fork notices at a README section that exists', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const headings = readme.split('\n').filter((line) => /^#{2,4} /.test(line)).map((line) => line.replace(/^#+ /, ''));
    const named = [readOnlyCommentNotice(true, 'x'), checkRunForbiddenNotice(true, 'x')].flatMap((n) => [...n.matchAll(/README: "([^"]+)"/g)].map((m) => m[1]));
    expect(named.length).toBeGreaterThan(0);
    for (const section of named) expect(headings).toContain(section);
  });
});

describe('the fork-safe pair of workflows', () => {
  const gate = workflow('factgate-fork-gate.yml');
  const commenter = workflow('factgate-fork-comment.yml');

  it('wires the gate, the artifact and the comment workflow together with minimal permissions', () => {
    expect(gate.permissions).toEqual({ contents: 'read' });
    expect(commenter.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(commenter.on['workflow_run']).toEqual({ workflows: [gate.name], types: ['completed'] });
    const upload = Object.values(gate.jobs).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(upload?.with).toMatchObject({ name: REPORT_ARTIFACT_NAME, path: REPORT_FILE_NAME });
    expect(factgateStep(gate)['report-json']).toBe(REPORT_FILE_NAME);
    expect(factgateStep(gate)['comment']).toBe('off');
    // The privileged workflow must never run the pull request's code.
    const steps = Object.values(commenter.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    expect(factgateStep(commenter)['mode']).toBe('comment');
  });

  it('posts from the artifact on the pull request of the finished run', async () => {
    const head = '0123456789abcdef0123456789abcdef01234567';
    addWorkflowToken(server, 'gate-token', gate, true);
    addWorkflowToken(server, 'comment-token', commenter, false);
    server.pulls.push({ number: 12, headSha: head, headRef: 'patch-1', headRepository: 'contributor/Hello-World', state: 'open' });

    // Part 1 under the fork's read-only token: the summary is written, nothing is posted.
    const prPayload = pullRequestPayload({ fromFork: true });
    prPayload.pull_request.number = 12;
    prPayload.pull_request.head.sha = head;
    const prContext = parseEventContext('pull_request', prPayload, 'event.json');
    const gateLogger = recordingLogger();
    const io = recordingIO();
    const gateResult = await publishToGitHub({
      report: sampleReport(),
      octokit: clientFor(server, 'gate-token', gateLogger),
      context: prContext,
      settings: { gateId: 'factgate', commentMode: commentMode(factgateStep(gate)['comment']), checkRun: factgateStep(gate)['check-run'] === true },
      logger: gateLogger,
      io,
    });
    expect(gateResult.comment.action).toBe('skipped');
    expect(server.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
    const artifact = await mkdtemp(join(tmpdir(), 'factgate-artifact-'));
    await writeFile(join(artifact, REPORT_FILE_NAME), JSON.stringify(sampleReport({ ref: 'refs/pull/999/merge' })));

    // Part 2 under the base repository's token.
    const runPayload = webhookExample('workflow_run', (p) => p.action === 'completed');
    runPayload.repository.full_name = 'Codertocat/Hello-World';
    Object.assign(runPayload.workflow_run, { event: 'pull_request', head_sha: head, head_branch: 'patch-1', pull_requests: [], conclusion: 'failure' });
    runPayload.workflow_run.head_repository.full_name = 'contributor/Hello-World';
    const logger = recordingLogger();
    const result = await runCommentCommand({
      octokit: clientFor(server, 'comment-token', logger),
      context: parseEventContext('workflow_run', runPayload, 'event.json'),
      logger,
      download: (request) => readReportFile(artifact, request),
      validateReport,
      io: { writeJobSummary: async () => undefined, setOutput: () => undefined },
      settings: { gateId: 'factgate', commentMode: commentMode(factgateStep(commenter)['comment']) },
    });
    expect(result).toMatchObject({ status: 'posted', pullRequests: [12] });
    expect(server.commentsOn(12)).toHaveLength(1);
    expect(server.commentsOn(12)[0]?.body).toMatch(new RegExp(`^<!-- factgate:factgate sha=${head} run=${runPayload.workflow_run.id}\\.${runPayload.workflow_run.run_attempt} -->\n### ❌ factgate failed`));
    expect(server.commentsOn(999)).toEqual([]);
  });
});
