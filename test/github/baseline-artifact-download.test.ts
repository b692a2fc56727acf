import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactZip } from './support/artifact-zip.js';
import { FakeGitHub } from './support/fake-github.js';
import { sampleReport } from './support/report-fixture.js';

/**
 * The baseline search with the production downloader (`@actions/artifact` cross-run
 * download), end to end against the fake server. `@actions/github` fixes its API root from
 * GITHUB_API_URL when first imported, as on a runner where the variable is set before the
 * process starts, so this file sets it and only then imports the client code.
 */

const sha = (n: number) => n.toString(16).padStart(40, 'a');
let server: FakeGitHub;
let savedApiUrl: string | undefined;

beforeAll(async () => {
  server = await new FakeGitHub('Codertocat/Hello-World').start();
  server.addToken('actions-token', { login: 'github-actions[bot]' });
  savedApiUrl = process.env['GITHUB_API_URL'];
  process.env['GITHUB_API_URL'] = server.baseUrl;
});

afterAll(async () => {
  if (savedApiUrl === undefined) delete process.env['GITHUB_API_URL'];
  else process.env['GITHUB_API_URL'] = savedApiUrl;
  expect(server.violations).toEqual([]);
  await server.close();
});

describe('findBaselineReport with the @actions/artifact downloader', () => {
  it("downloads and unzips the chosen run's artifact across runs with the token", async () => {
    const { findBaselineReport } = await import('../../src/github/baseline-artifact.js');
    const { actionsArtifactDownloader, REPORT_ARTIFACT_NAME } = await import('../../src/github/report-artifact.js');
    const { clientFor, recordingLogger } = await import('./support/harness.js');
    const gate = server.addWorkflow('.github/workflows/factgate.yml');
    const report = sampleReport({ ref: 'refs/heads/main' });
    server.seedWorkflowRun(gate, { headSha: sha(1), artifacts: [{ name: REPORT_ARTIFACT_NAME, zip: await artifactZip({ 'factgate-report.json': '{}' }) }] });
    const zip = await artifactZip({ 'factgate-report.json': JSON.stringify(report), 'factgate-report.md': '# factgate' });
    const newest = server.seedWorkflowRun(gate, { headSha: sha(2), artifacts: [{ name: REPORT_ARTIFACT_NAME, zip }] });
    const logger = recordingLogger();

    const found = await findBaselineReport({
      octokit: clientFor(server, 'actions-token', logger),
      owner: 'Codertocat',
      repo: 'Hello-World',
      baseBranch: 'main',
      workflowFileOrId: 'factgate.yml',
      artifactName: REPORT_ARTIFACT_NAME,
      download: actionsArtifactDownloader('actions-token'),
      logger,
      now: () => Date.parse('2025-03-02T00:00:00Z'),
    });

    expect(found).toMatchObject({ runId: newest.id, headSha: sha(2), file: 'factgate-report/factgate-report.json' });
    expect(JSON.parse((found as { text: string }).text)).toEqual(report);
    const downloads = server.requests.filter((r) => r.path.endsWith('.zip') || r.path.endsWith('/zip')).map((r) => r.path);
    expect(downloads).toEqual([
      `/repos/Codertocat/Hello-World/actions/artifacts/${newest.artifacts[0]?.id}/zip`,
      `/blobs/artifact-${newest.artifacts[0]?.id}.zip`,
    ]);
  });
});
