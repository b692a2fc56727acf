import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBaselineReport, workflowFileFromRef, type FindBaselineOptions } from '../../src/github/baseline-artifact.js';
import { readReportFile, REPORT_ARTIFACT_NAME, type ReportDownloader } from '../../src/github/report-artifact.js';
import { validateReport } from '../../src/report/validate-report.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import type { FakeGitHub, FakeWorkflow } from './support/fake-github.js';
import { clientFor, recordingLogger, startServer } from './support/harness.js';
import { sampleReport } from './support/report-fixture.js';

const sha = (n: number) => n.toString(16).padStart(40, 'a');
let server: FakeGitHub;
let gate: FakeWorkflow;

beforeEach(async () => {
  server = await startServer();
  server.addToken('actions-token', { login: 'github-actions[bot]' });
  gate = server.addWorkflow('.github/workflows/factgate.yml');
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

/** Stands in for the artifact store: the report each run uploaded, read as the real download reads it. */
async function artifactStore(): Promise<{ download: ReportDownloader; calls: number[]; put(runId: number, report: unknown): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'factgate-baseline-'));
  const calls: number[] = [];
  return {
    calls,
    async put(runId, report) {
      const directory = join(root, String(runId));
      await mkdir(directory);
      await writeFile(join(directory, 'factgate-report.json'), JSON.stringify(report));
    },
    download: async (request) => {
      calls.push(request.runId);
      return readReportFile(join(root, String(request.runId)), request);
    },
  };
}

function options(download: ReportDownloader, extra: Partial<Omit<FindBaselineOptions, 'logger'>> = {}): FindBaselineOptions & { logger: ReturnType<typeof recordingLogger> } {
  const logger = recordingLogger();
  return {
    octokit: clientFor(server, 'actions-token', logger),
    owner: 'Codertocat',
    repo: 'Hello-World',
    baseBranch: 'main',
    workflowFileOrId: 'factgate.yml',
    artifactName: REPORT_ARTIFACT_NAME,
    download,
    logger,
    // The fake server's clock starts on 2025-03-01; its artifacts expire 90 days after their run.
    now: () => Date.parse('2025-03-02T00:00:00Z'),
    ...extra,
  };
}

const runListings = () => server.requests.filter((r) => r.path.endsWith('/runs'));

describe('findBaselineReport', () => {
  it('takes the report of the newest successful push run on the base branch', async () => {
    const store = await artifactStore();
    const older = server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    const newest = server.seedWorkflowRun(gate, { headSha: sha(2), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    await store.put(older.id, sampleReport({ ref: 'refs/heads/main' }));
    const report = sampleReport({ ref: 'refs/heads/main' });
    await store.put(newest.id, report);

    const opts = options(store.download);
    const found = await findBaselineReport(opts);

    expect(found).toEqual({ text: JSON.stringify(report), file: 'factgate-report/factgate-report.json', runId: newest.id, headSha: sha(2) });
    expect(validateReport(JSON.parse((found as { text: string }).text), 'baseline')).toBeTruthy();
    expect(store.calls).toEqual([newest.id]);
    const [listing] = runListings();
    expect(listing?.path).toBe('/repos/Codertocat/Hello-World/actions/workflows/factgate.yml/runs');
    expect(Object.fromEntries(listing?.query ?? [])).toMatchObject({ branch: 'main', event: 'push', status: 'success' });
    expect(opts.logger.text('info')).toContain(`run ${newest.id}`);
  });

  it('falls back to the previous run when the newest has no report artifact', async () => {
    const store = await artifactStore();
    const previous = server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    server.seedWorkflowRun(gate, { headSha: sha(2), artifacts: [{ name: 'coverage' }] });
    await store.put(previous.id, sampleReport());

    const found = await findBaselineReport(options(store.download));

    expect(found).toMatchObject({ runId: previous.id, headSha: sha(1) });
    expect(store.calls).toEqual([previous.id]);
  });

  it('ignores failed runs, other branches and pull request runs from a fork whose branch is also "main"', async () => {
    const store = await artifactStore();
    const good = server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    server.seedWorkflowRun(gate, { headSha: sha(2), conclusion: 'failure', artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    server.seedWorkflowRun(gate, { headSha: sha(3), headBranch: 'feature', artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    server.seedWorkflowRun(gate, { headSha: sha(4), event: 'pull_request', headRepository: 'contributor/Hello-World', artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    server.seedWorkflowRun(gate, { headSha: sha(5), status: 'in_progress', conclusion: null, artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    await store.put(good.id, sampleReport());

    // Without the workflow, every workflow's runs of the repository are searched.
    const found = await findBaselineReport(options(store.download, { workflowFileOrId: undefined }));

    expect(found).toMatchObject({ runId: good.id });
    expect(runListings()[0]?.path).toBe('/repos/Codertocat/Hello-World/actions/runs');
  });

  it('says the artifact expired, whether GitHub flagged it or its expiry date has passed', async () => {
    const store = await artifactStore();
    server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME, expired: true }] });
    server.seedWorkflowRun(gate, { headSha: sha(2), artifacts: [{ name: REPORT_ARTIFACT_NAME, expiresAt: '2025-03-01T00:00:00Z' }] });

    const found = await findBaselineReport(options(store.download, { now: () => Date.parse('2025-06-01T00:00:00Z') }));

    expect(found).toEqual({
      none: 'the "factgate-report" artifact has expired on all 2 successful push runs of workflow factgate.yml on "main"; upload the report as "factgate-report" with actions/upload-artifact on push to "main", with retention-days long enough to outlive pull requests',
    });
    expect(store.calls).toEqual([]);
  });

  it('counts expired and missing artifacts apart when both occur', async () => {
    const store = await artifactStore();
    server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME, expired: true }] });
    server.seedWorkflowRun(gate, { headSha: sha(2) });
    const found = await findBaselineReport(options(store.download));
    expect(found).toMatchObject({ none: expect.stringContaining('(1 expired, 1 without one)') });
  });

  it('has no baseline on the first run', async () => {
    const store = await artifactStore();
    const found = await findBaselineReport(options(store.download));
    expect(found).toEqual({
      none: 'no successful push run of workflow factgate.yml on "main" yet (the first run, or the workflow does not run on push to "main")',
    });
  });

  it('has no baseline when the workflow is new in this change (GitHub answers 404)', async () => {
    const store = await artifactStore();
    const found = await findBaselineReport(options(store.download, { workflowFileOrId: 'renamed.yml' }));
    expect(found).toMatchObject({ none: expect.stringContaining('workflow renamed.yml is not known in Codertocat/Hello-World (HTTP 404)') });
  });

  it('names the permission to add when the token may not read Actions (403)', async () => {
    const store = await artifactStore();
    server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    server.addToken('no-actions', { login: 'github-actions[bot]', canReadActions: false });

    const found = await findBaselineReport({ ...options(store.download), octokit: clientFor(server, 'no-actions', recordingLogger()) });

    expect(found).toEqual({
      none: 'the token may not read the workflow runs and artifacts of Codertocat/Hello-World (HTTP 403: Resource not accessible by integration); add "actions: read" to the job\'s permissions:',
    });
    expect(store.calls).toEqual([]);
  });

  it('names the permission when only the artifact listing is refused', async () => {
    const store = await artifactStore();
    server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    server.faults.push({ method: 'GET', path: /\/artifacts$/, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } });
    const found = await findBaselineReport(options(store.download));
    expect(found).toMatchObject({ none: expect.stringContaining('add "actions: read"') });
  });

  it('raises a rate limit instead of calling it a missing permission', async () => {
    const store = await artifactStore();
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    server.faults.push({
      method: 'GET',
      path: /\/runs$/,
      status: 403,
      times: 10,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest' },
    });
    const error = await findBaselineReport(options(store.download)).catch((e: unknown) => e);
    expect(String(error)).toContain('API rate limit exceeded');
  });

  it('pages through runs newest first until one has the artifact', async () => {
    const store = await artifactStore();
    const withReport = server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    for (let i = 0; i < 24; i++) server.seedWorkflowRun(gate, { headSha: sha(100 + i) });
    await store.put(withReport.id, sampleReport());

    const found = await findBaselineReport(options(store.download, { perPage: 10 }));

    expect(found).toMatchObject({ runId: withReport.id });
    expect(runListings().map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(server.requests.filter((r) => r.path.endsWith('/artifacts'))).toHaveLength(25);
  });

  it('stops after the page bound and says it looked only at the newest runs', async () => {
    const store = await artifactStore();
    server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    for (let i = 0; i < 24; i++) server.seedWorkflowRun(gate, { headSha: sha(100 + i) });

    const found = await findBaselineReport(options(store.download, { perPage: 10, maxPages: 2 }));

    expect(found).toMatchObject({ none: expect.stringContaining('on the newest 20 successful push runs of workflow factgate.yml on "main" (0 expired, 20 without one)') });
    expect(runListings()).toHaveLength(2);
    expect(store.calls).toEqual([]);
  });

  it('lets a broken artifact fail rather than skipping drift', async () => {
    server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME }] });
    const directory = await mkdtemp(join(tmpdir(), 'factgate-baseline-empty-'));
    const download: ReportDownloader = (request) => readReportFile(directory, request);
    const error = await findBaselineReport(options(download)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toContain('has no factgate-report.json');
  });

  it('refuses a full ref as the base branch', async () => {
    const store = await artifactStore();
    const error = await findBaselineReport(options(store.download, { baseBranch: 'refs/heads/main' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).fix).toContain('base.ref');
    expect(server.requests).toEqual([]);
  });
});

describe('workflowFileFromRef', () => {
  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFileFromRef('Codertocat/Hello-World/.github/workflows/factgate.yml@refs/pull/7/merge')).toBe('factgate.yml');
    expect(workflowFileFromRef('Codertocat/Hello-World/.github/workflows/gate.yaml@refs/heads/main')).toBe('gate.yaml');
    expect(workflowFileFromRef(undefined)).toBeUndefined();
    expect(workflowFileFromRef('not a workflow ref')).toBeUndefined();
  });
});
