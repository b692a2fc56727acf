import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import archiver from 'archiver';
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
    // A folder of its own for temporary files, so what is left behind can be seen.
    const savedTmp = process.env['TMPDIR'];
    const ownTmp = mkdtempSync(join(tmpdir(), 'factgate-download-test-'));
    process.env['TMPDIR'] = ownTmp;

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
    }).finally(() => {
      if (savedTmp === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = savedTmp;
    });

    expect(found).toMatchObject({ runId: newest.id, headSha: sha(2), file: 'factgate-report/factgate-report.json' });
    // The downloaded zip is removed with its folder once the report is read.
    expect(readdirSync(ownTmp)).toEqual([]);
    rmSync(ownTmp, { recursive: true, force: true });
    expect(JSON.parse((found as { text: string }).text)).toEqual(report);
    const downloads = server.requests.filter((r) => r.path.endsWith('.zip') || r.path.endsWith('/zip')).map((r) => r.path);
    expect(downloads).toEqual([
      `/repos/Codertocat/Hello-World/actions/artifacts/${newest.artifacts[0]?.id}/zip`,
      `/blobs/artifact-${newest.artifacts[0]?.id}.zip`,
    ]);
  });
});

describe('reading the report out of an artifact zip', () => {
  it('refuses a report that inflates past the limit, without writing it out', async () => {
    const { readReportFromZip, MAX_REPORT_BYTES, REPORT_ARTIFACT_NAME, REPORT_FILE_NAME } = await import('../../src/github/report-artifact.js');
    const bomb = await artifactZip({ [REPORT_FILE_NAME]: ' '.repeat(MAX_REPORT_BYTES + 1024) });
    // A zip of a few hundred KiB that inflates to more than 64 MiB.
    expect(bomb.length).toBeLessThan(MAX_REPORT_BYTES / 64);
    const folder = mkdtempSync(join(tmpdir(), 'factgate-zip-test-'));
    const path = join(folder, 'artifact.zip');
    writeFileSync(path, bomb);
    await expect(readReportFromZip(path, { artifactName: REPORT_ARTIFACT_NAME, fileName: REPORT_FILE_NAME })).rejects.toThrow(/over the 67108864-byte limit/);
    // Nothing was extracted beside the zip.
    expect(readdirSync(folder)).toEqual(['artifact.zip']);
    rmSync(folder, { recursive: true, force: true });
  });

  it('names what the artifact holds when the report is not in it', async () => {
    const { readReportFromZip, REPORT_ARTIFACT_NAME, REPORT_FILE_NAME } = await import('../../src/github/report-artifact.js');
    const folder = mkdtempSync(join(tmpdir(), 'factgate-zip-test-'));
    const path = join(folder, 'artifact.zip');
    writeFileSync(path, await artifactZip({ 'notes.txt': 'x' }));
    await expect(readReportFromZip(path, { artifactName: REPORT_ARTIFACT_NAME, fileName: REPORT_FILE_NAME })).rejects.toThrow(/has no factgate-report.json \(it holds: notes.txt\)/);
    rmSync(folder, { recursive: true, force: true });
  });
});
