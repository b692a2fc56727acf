import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';

/** The report artifact's name and the JSON file inside it, shared by upload and download. */
export { REPORT_ARTIFACT_NAME } from '../settings/options.js';
export const REPORT_FILE_NAME = 'factgate-report.json';
/** A report larger than this is refused rather than parsed (the artifact is untrusted input). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

export interface ReportDownloadRequest {
  owner: string;
  repo: string;
  /** The workflow run that uploaded the artifact. */
  runId: number;
  artifactName: string;
  fileName: string;
}

/** Fetches the report JSON text of another run; returns the text, a name for error messages and, when known, the artifact's web address. */
export type ReportDownloader = (request: ReportDownloadRequest) => Promise<{ file: string; text: string; url?: string }>;

/**
 * The production downloader: `@actions/artifact` cross-run download with the token
 * (needs `actions: read`). Loaded lazily so nothing imports the Actions runtime until it
 * is needed.
 */
export function actionsArtifactDownloader(token: string, serverUrl = 'https://github.com'): ReportDownloader {
  return async (request) => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const findBy = { token, workflowRunId: request.runId, repositoryOwner: request.owner, repositoryName: request.repo };
    let artifactId: number;
    try {
      artifactId = (await client.getArtifact(request.artifactName, { findBy })).artifact.id;
    } catch (error) {
      throw new ConfigurationError(`No artifact named "${request.artifactName}" in workflow run ${request.runId}.`, {
        place: `artifact ${request.artifactName}`,
        fix: `Upload the report in the pull_request workflow with actions/upload-artifact (name: ${request.artifactName}, if: always()) and grant "actions: read" to the comment workflow. (${String(error)})`,
      });
    }
    const directory = await mkdtemp(join(tmpdir(), 'factgate-artifact-'));
    await client.downloadArtifact(artifactId, { path: directory, findBy });
    const url = `${serverUrl.replace(/\/+$/, '')}/${request.owner}/${request.repo}/actions/runs/${request.runId}/artifacts/${artifactId}`;
    return { ...(await readReportFile(directory, request)), url };
  };
}

/** Reads the report file from a downloaded artifact directory, bounded in size. */
export async function readReportFile(directory: string, request: Pick<ReportDownloadRequest, 'artifactName' | 'fileName'>): Promise<{ file: string; text: string }> {
  const names = await readdir(directory);
  const file = join(directory, request.fileName);
  if (!names.includes(request.fileName)) {
    throw new ConfigurationError(`The artifact "${request.artifactName}" has no ${request.fileName} (it holds: ${names.join(', ') || 'nothing'}).`, {
      file: request.artifactName,
      fix: `Write the report with --report-json ${request.fileName} and upload that file in the artifact.`,
    });
  }
  const { size } = await stat(file);
  if (size > MAX_REPORT_BYTES) {
    throw new ConfigurationError(`The report is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a downloaded report.`, {
      file: `${request.artifactName}/${request.fileName}`,
      fix: 'Upload the report factgate wrote, unchanged.',
    });
  }
  return { file: `${request.artifactName}/${request.fileName}`, text: await readFile(file, 'utf8') };
}
