import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEventContext } from '../../src/github/event-context.js';
import { safeLogger } from '../../src/github/logger.js';
import { coverageAnnotations, MAX_ANNOTATIONS, publishToGitHub, type PublishIO } from '../../src/github/publish.js';
import { countUtf8Bytes } from '../../src/report/budget.js';
import type { Report } from '../../src/report/types.js';
import { SecretMask } from '../../src/shared/secrets.js';
import type { FakeGitHub } from './support/fake-github.js';
import { clientFor, pullRequestPayload, recordingLogger, startServer, webhookExample } from './support/harness.js';
import { caseResult, claim, sampleReport } from './support/report-fixture.js';
import { wideTextRun } from '../report/scenarios.js';

function withPatchCoverage(report: Report, files: number): Report {
  report.coverage = {
    reports: [{ file: 'coverage/lcov.info', format: 'lcov' }],
    lines: { covered: 90, total: 100, rate: 0.9 },
    branches: { covered: 9, total: 10, rate: 0.9 },
    patch: {
      covered: 10,
      total: 20,
      rate: 0.5,
      uncovered: Array.from({ length: files }, (_, i) => ({ path: `src/module-${i}.ts`, lines: [4, 5, 6, 9] })),
    },
    files: [],
    warnings: [],
  };
  return report;
}

function io(): PublishIO & { summaries: string[]; outputs: Record<string, string> } {
  const store = { summaries: [] as string[], outputs: {} as Record<string, string> };
  return {
    ...store,
    writeJobSummary: async (markdown) => void store.summaries.push(markdown),
    setOutput: (name, value) => void (store.outputs[name] = value),
  };
}

let server: FakeGitHub;
beforeEach(async () => {
  server = await startServer();
  server.addToken('token', { login: 'github-actions[bot]' });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

describe('coverageAnnotations', () => {
  it('turns uncovered changed lines into one warning per range, at most the set number', () => {
    const annotations = coverageAnnotations(withPatchCoverage(sampleReport(), 1));
    expect(annotations).toEqual([
      { path: 'src/module-0.ts', startLine: 4, endLine: 6, level: 'warning', title: 'Changed lines not covered by tests', message: 'Lines 4–6 were changed and no test covers them.' },
      { path: 'src/module-0.ts', startLine: 9, endLine: 9, level: 'warning', title: 'Changed lines not covered by tests', message: 'Line 9 was changed and no test covers it.' },
    ]);
    expect(coverageAnnotations(withPatchCoverage(sampleReport(), 500))).toHaveLength(MAX_ANNOTATIONS);
  });
});

describe('publishToGitHub', () => {
  it('creates the check run on the head commit of a push with batched coverage annotations', async () => {
    const context = parseEventContext('push', webhookExample('push', (p) => p.ref === 'refs/heads/master'), 'event.json');
    const logger = recordingLogger();
    const out = io();
    const result = await publishToGitHub({
      report: withPatchCoverage(sampleReport({ verdict: { status: 'pass', breaches: [] } }), 60),
      octokit: clientFor(server, 'token', logger),
      context,
      settings: { gateId: 'factgate', commentMode: 'always', checkRun: true },
      logger,
      io: out,
    });
    expect(result.comment.action).toBe('skipped');
    expect(result.checkRun).toMatchObject({ action: 'created', annotations: 120, requests: 3 });
    expect(server.checkRuns[0]?.request).toMatchObject({ head_sha: context.headSha, status: 'in_progress' });
    expect(server.checkRuns[0]?.updates.at(-1)).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(out.outputs['check-run-url']).toMatch(/\/runs\/\d+$/);
  });

  it('posts the comment when the check run fails after retries, and says in the summary what was not posted', async () => {
    const context = parseEventContext('pull_request', pullRequestPayload(), 'event.json');
    if (context.kind !== 'pull_request') throw new Error('not a pull request');
    server.pulls.push({ number: context.pullNumber, headSha: context.headSha, headRef: 'changes', headRepository: 'Codertocat/Hello-World', state: 'open' });
    server.faults.push({ method: 'POST', path: /\/check-runs$/, status: 502, times: 10, body: { message: 'Server Error' } });
    const logger = recordingLogger();
    const out = io();
    const result = await publishToGitHub({
      report: sampleReport({ verdict: { status: 'pass', breaches: [] } }),
      octokit: clientFor(server, 'token', logger),
      context,
      settings: { gateId: 'factgate', commentMode: 'always', checkRun: true, stamp: { headSha: context.headSha, runId: 42, runAttempt: 1 } },
      logger,
      io: out,
    });
    expect(result.comment.action).toBe('created');
    expect(result.checkRun).toMatchObject({ action: 'failed', reason: 'GitHub answered HTTP 502 (Server Error)' });
    expect(result.failures).toEqual(['the "factgate" check run was not posted: GitHub answered HTTP 502 (Server Error)']);
    // One try and the client's 3 retries.
    expect(server.requests.filter((r) => r.path.endsWith('/check-runs'))).toHaveLength(4);
    expect(out.summaries).toHaveLength(2);
    expect(out.summaries[1]).toContain('> factgate: the "factgate" check run was not posted: GitHub answered HTTP 502 (Server Error). The verdict above stands.');
    expect(logger.text('warning')).toMatch(/could not post the "factgate" check run: GitHub answered HTTP 502 \(Server Error\)\. The verdict and the job status are unaffected/);
    expect(out.outputs['comment-url']).toBeDefined();
    expect(server.commentsOn(context.pullNumber)[0]?.body).toMatch(/^<!-- factgate:factgate sha=[0-9a-f]{40} run=42\.1 -->/);
  });

  it('gives an overridden verdict a neutral check run and keeps the job summary under 1 MiB', async () => {
    const context = parseEventContext('pull_request', pullRequestPayload(), 'event.json');
    if (context.kind !== 'pull_request') throw new Error('not a pull request');
    server.pulls.push({ number: context.pullNumber, headSha: context.headSha, headRef: 'changes', headRepository: 'Codertocat/Hello-World', state: 'open' });
    const cases = Array.from({ length: 4000 }, (_, i) => caseResult(`case-${i}`, 'bulk', [claim(`${'long claim text '.repeat(20)} ${i}`, 'unsupported')], 'answer '.repeat(200)));
    const report = sampleReport({
      cases,
      verdict: { status: 'overridden', override: { by: 'maintainer', at: '2025-03-01T12:00:00Z', via: 'label', permission: 'maintain', waived: ['max-hallucination-rate'] } },
    });
    const logger = recordingLogger();
    const out = io();
    await publishToGitHub({ report, octokit: clientFor(server, 'token', logger), context, settings: { gateId: 'factgate', commentMode: 'always', checkRun: true }, logger, io: out });
    expect(countUtf8Bytes(out.summaries[0] ?? '')).toBeLessThanOrEqual(1_048_576);
    expect(out.summaries[0]).toMatch(/Not shown, to keep this job summary short and under GitHub's limit of 1,048,576 bytes: [\d,]+ of 4,000 failing cases/);
    expect(server.checkRuns[0]?.request).toMatchObject({ conclusion: 'neutral', head_sha: context.headSha });
    expect(Array.from(server.commentsOn(context.pullNumber)[0]?.body ?? '').length).toBeLessThanOrEqual(65_536);
  });
});

describe('publishToGitHub, sized in the units GitHub counts', () => {
  it('posts a 5,000-case emoji and CJK run: comment in characters, check run in bytes, summary in bytes', async () => {
    const context = parseEventContext('pull_request', pullRequestPayload(), 'event.json');
    if (context.kind !== 'pull_request') throw new Error('not a pull request');
    server.pulls.push({ number: context.pullNumber, headSha: context.headSha, headRef: 'changes', headRepository: 'Codertocat/Hello-World', state: 'open' });
    const report = wideTextRun();
    const logger = recordingLogger();
    const out = io();
    const result = await publishToGitHub({ report, octokit: clientFor(server, 'token', logger), context, settings: { gateId: 'factgate', commentMode: 'always', checkRun: true }, logger, io: out });
    // The stand-in answers 422 past 65,535 bytes of summary, as GitHub does; the check run was created.
    expect(result.checkRun.action).toBe('created');
    const summary = (server.checkRuns[0]?.request.output as { summary: string }).summary;
    expect(countUtf8Bytes(summary)).toBeLessThanOrEqual(65_535);
    expect(summary).toContain('| Hallucination rate |');
    const comment = server.commentsOn(context.pullNumber)[0]?.body ?? '';
    expect(Array.from(comment).length).toBeLessThanOrEqual(65_536);
    // Characters are not bytes: the comment holds more of the same text than the check run.
    expect(countUtf8Bytes(comment)).toBeGreaterThan(65_535);
    expect(countUtf8Bytes(out.summaries[0] ?? '')).toBeLessThanOrEqual(1_048_576);
  });

  it('is refused by GitHub, as the stand-in shows, when a summary is sized in characters', async () => {
    const context = parseEventContext('push', webhookExample('push', (p) => p.ref === 'refs/heads/master'), 'event.json');
    const logger = recordingLogger();
    const octokit = clientFor(server, 'token', logger);
    const emoji = '🔥'.repeat(20_000); // 20,000 characters, 80,000 bytes
    await expect(
      octokit.rest.checks.create({ owner: 'Codertocat', repo: 'Hello-World', name: 'factgate', head_sha: context.headSha!, status: 'completed', conclusion: 'success', output: { title: 't', summary: emoji } }),
    ).rejects.toMatchObject({ status: 422 });
  });
});

describe('what leaves for GitHub', () => {
  it('is masked by the client as it is posted, whatever the rendering made of the report', async () => {
    const key = 'sk-live-0123456789abcdef';
    const context = parseEventContext('pull_request', pullRequestPayload(), 'event.json');
    if (context.kind !== 'pull_request') throw new Error('not a pull request');
    server.pulls.push({ number: context.pullNumber, headSha: context.headSha, headRef: 'changes', headRepository: 'Codertocat/Hello-World', state: 'open' });
    const logger = recordingLogger();
    // A report nobody masked: the client's mask is the last step before GitHub.
    const report = sampleReport({ cases: [caseResult('leak', 'x', [claim(`my key is ${key}`, 'unsupported')], `the key: ${key}`)] });
    const octokit = clientFor(server, 'token', logger, new SecretMask([key]));
    const result = await publishToGitHub({ report, octokit, context, settings: { gateId: 'factgate', commentMode: 'always', checkRun: true }, logger, io: io() });
    expect(result.comment.action).toBe('created');
    expect(result.checkRun).toMatchObject({ action: 'created' });
    const posted = JSON.stringify([server.comments, server.checkRuns]);
    expect(posted).toContain('***');
    expect(posted).not.toContain(key);
  });
});

describe('safeLogger', () => {
  it('masks secrets and neutralises workflow commands in anything it logs', () => {
    const logger = recordingLogger();
    safeLogger(logger, new SecretMask(['hunter2-secret'])).warning('GitHub said: bad\n::add-mask::x\n::error::hunter2-secret');
    const line = logger.lines[0]?.message ?? '';
    expect(line).not.toContain('hunter2-secret');
    expect(line.split('\n').every((l) => !l.startsWith('::'))).toBe(true);
  });
});
