import { describe, expect, it } from 'vitest';
import { commonFolder, uploadReportArtifact, type ArtifactUploader } from '../../src/github/upload-report-artifact.js';
import type { GitHubLogger } from '../../src/github/logger.js';

function recorder(): { logger: GitHubLogger; warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, logger: { debug() {}, info() {}, notice() {}, warning: (m) => void warnings.push(m) } };
}

const env = { serverUrl: 'https://github.com', repository: 'octo/app', runId: '4242' };

describe('uploading the report artifact with the HTML page', () => {
  it('uploads the report JSON and the page from their common folder and links to the artifact', async () => {
    const calls: Parameters<ArtifactUploader>[] = [];
    const uploader: ArtifactUploader = async (...args) => (calls.push(args), { id: 77 });
    const { logger, warnings } = recorder();
    const url = await uploadReportArtifact({ name: 'factgate-report', files: ['/w/out/factgate-report.json', '/w/out/html/report.html'], ...env }, uploader, logger);
    expect(calls).toEqual([['factgate-report', ['/w/out/factgate-report.json', '/w/out/html/report.html'], '/w/out']]);
    expect(url).toBe('https://github.com/octo/app/actions/runs/4242/artifacts/77');
    expect(warnings).toEqual([]);
  });

  it('uploads the page alone when no report JSON is written', async () => {
    const calls: Parameters<ArtifactUploader>[] = [];
    const url = await uploadReportArtifact({ name: 'r', files: [null, '/w/report.html'], ...env }, async (...args) => (calls.push(args), { id: 1 }), recorder().logger);
    expect(calls).toEqual([['r', ['/w/report.html'], '/w']]);
    expect(url).toBe('https://github.com/octo/app/actions/runs/4242/artifacts/1');
  });

  it('warns and gives no link when the upload fails, without failing the step', async () => {
    const { logger, warnings } = recorder();
    const url = await uploadReportArtifact(
      { name: 'factgate-report', files: ['/w/a.json', '/w/a.html'], ...env },
      async () => {
        throw new Error('an artifact with this name already exists on the workflow run');
      },
      logger,
    );
    expect(url).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('already exists');
    expect(warnings[0]).toContain('remove another upload of the same name');
  });

  it('gives no link outside a workflow run', async () => {
    expect(await uploadReportArtifact({ name: 'r', files: ['/w/a.html'], serverUrl: undefined, repository: undefined, runId: undefined }, async () => ({ id: 3 }), recorder().logger)).toBeNull();
  });

  it('finds the deepest folder that holds every file', () => {
    expect(commonFolder(['/a/b/c.json', '/a/b/d/e.html'])).toBe('/a/b');
    expect(commonFolder(['/a/x/c.json', '/a/y/e.html'])).toBe('/a');
    expect(commonFolder(['/x.json', '/y/z.html'])).toBe('/');
  });
});
