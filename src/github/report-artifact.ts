import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
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
    try {
      // The zip is kept whole and only the report is read out of it, bounded: extracting
      // everything first would let a small zip of whitespace fill the disk.
      await client.downloadArtifact(artifactId, { path: directory, findBy, skipDecompress: true });
      const [zip] = await readdir(directory);
      if (zip === undefined) throw new Error(`the artifact ${request.artifactName} downloaded as nothing`);
      const url = `${serverUrl.replace(/\/+$/, '')}/${request.owner}/${request.repo}/actions/runs/${request.runId}/artifacts/${artifactId}`;
      return { ...(await readReportFromZip(join(directory, zip), request)), url };
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  };
}

/**
 * The report file's text out of an artifact zip, never more than MAX_REPORT_BYTES of it:
 * the size the zip declares is checked first, and the bytes inflated are counted as they
 * come (yauzl also refuses an entry whose inflated size differs from the declared one).
 */
export async function readReportFromZip(zipPath: string, request: Pick<ReportDownloadRequest, 'artifactName' | 'fileName'>): Promise<{ file: string; text: string }> {
  const file = `${request.artifactName}/${request.fileName}`;
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, opened) => (error ? reject(error) : resolve(opened))),
  ).catch((error: unknown) => {
    throw new ConfigurationError(`The artifact "${request.artifactName}" is not a readable zip: ${error instanceof Error ? error.message : String(error)}.`, {
      file: request.artifactName,
      fix: 'Upload the report with actions/upload-artifact, unchanged.',
    });
  });
  try {
    const names: string[] = [];
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      zip.on('entry', (candidate: yauzl.Entry) => {
        if (candidate.fileName === request.fileName) return resolve(candidate);
        if (names.length < 20) names.push(candidate.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(null));
      zip.on('error', reject);
      zip.readEntry();
    });
    if (entry === null) {
      throw new ConfigurationError(`The artifact "${request.artifactName}" has no ${request.fileName} (it holds: ${names.join(', ') || 'nothing'}).`, {
        file: request.artifactName,
        fix: `Write the report with --report-json ${request.fileName} and upload that file in the artifact.`,
      });
    }
    const tooBig = (size: string): ConfigurationError =>
      new ConfigurationError(`The report is ${size}, over the ${MAX_REPORT_BYTES}-byte limit for a downloaded report.`, { file, fix: 'Upload the report factgate wrote, unchanged.' });
    if (entry.uncompressedSize > MAX_REPORT_BYTES) throw tooBig(`${entry.uncompressedSize} bytes`);
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))));
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_REPORT_BYTES) throw tooBig(`more than ${MAX_REPORT_BYTES} bytes once inflated`);
      chunks.push(chunk);
    }
    return { file, text: Buffer.concat(chunks).toString('utf8') };
  } finally {
    zip.close();
  }
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
