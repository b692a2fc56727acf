import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishCheckRun, type CheckAnnotation } from '../../src/github/check-run.js';
import type { FakeGitHub } from './support/fake-github.js';
import { clientFor, recordingLogger, startServer } from './support/harness.js';

const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
let server: FakeGitHub;

beforeEach(async () => {
  server = await startServer();
  server.addToken('actions-token', { login: 'github-actions[bot]' });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `./golden/medical.yaml`,
    startLine: i + 1,
    endLine: i + 1,
    level: 'failure',
    message: `case med-${i}: claim contradicted by S1`,
    title: `med-${i}`,
  }));
}

describe('publishCheckRun', () => {
  it('creates a completed check run with up to 50 annotations in one request', async () => {
    const logger = recordingLogger();
    const outcome = await publishCheckRun(clientFor(server, 'actions-token', logger), {
      owner: 'Codertocat',
      repo: 'Hello-World',
      headSha: HEAD,
      conclusion: 'failure',
      title: 'factgate: fail',
      summary: '**fail**',
      annotations: annotations(50),
    });
    expect(outcome).toMatchObject({ action: 'created', annotations: 50, requests: 1 });
    const run = server.checkRuns[0];
    expect(run?.request).toMatchObject({ name: 'factgate', head_sha: HEAD, status: 'completed', conclusion: 'failure' });
    expect((run?.request['output'] as { annotations: { path: string }[] }).annotations[0]?.path).toBe('golden/medical.yaml');
  });

  it('sends 120 annotations in batches of 50 and completes the run with the last batch', async () => {
    const logger = recordingLogger();
    const outcome = await publishCheckRun(clientFor(server, 'actions-token', logger), {
      owner: 'Codertocat',
      repo: 'Hello-World',
      headSha: HEAD,
      conclusion: 'failure',
      title: 'factgate: fail',
      summary: '**fail**',
      annotations: annotations(120),
    });
    expect(outcome).toMatchObject({ action: 'created', annotations: 120, requests: 3 });
    const run = server.checkRuns[0];
    const sizes = [run?.request, ...(run?.updates ?? [])].map((body) => (body?.['output'] as { annotations: unknown[] }).annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(run?.request['status']).toBe('in_progress');
    expect(run?.updates[0]?.['status']).toBeUndefined();
    expect(run?.updates[1]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });

  it('reports a token without checks: write as forbidden instead of failing', async () => {
    server.addToken('no-checks', { login: 'github-actions[bot]', canWriteChecks: false });
    const logger = recordingLogger();
    const outcome = await publishCheckRun(clientFor(server, 'no-checks', logger), {
      owner: 'Codertocat',
      repo: 'Hello-World',
      headSha: HEAD,
      conclusion: 'success',
      title: 'factgate: pass',
      summary: 'pass',
      annotations: [],
    });
    expect(outcome).toEqual({ action: 'forbidden', message: 'Resource not accessible by integration' });
  });
});
