import { dirname, relative, resolve } from 'node:path';
import { getErrorMessage } from '../shared/errors.js';
import type { GitHubLogger } from './logger.js';

/** Uploads files of this run as one artifact; returns its id. */
export type ArtifactUploader = (name: string, files: string[], rootDirectory: string) => Promise<{ id?: number }>;

/** The production uploader, `@actions/artifact` (loaded only when a page is to be uploaded). */
export const actionsArtifactUploader: ArtifactUploader = async (name, files, rootDirectory) => {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
};

export interface ReportArtifactUpload {
  name: string;
  /** The report JSON and the HTML page (absolute paths); absent ones are left out. */
  files: (string | null)[];
  /** GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_RUN_ID, for the artifact's link. */
  serverUrl: string | undefined;
  repository: string | undefined;
  runId: string | undefined;
}

/** The deepest folder holding every file, so the artifact keeps their relative places. */
export function commonFolder(files: readonly string[]): string {
  let folder = dirname(resolve(files[0]!));
  while (!files.every((file) => !relative(folder, resolve(file)).startsWith('..'))) {
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return folder;
}

/**
 * Uploads the report JSON with the HTML page as the report artifact and returns the
 * artifact's page on GitHub, for the comment's link. A failed upload (a name already
 * taken by another step, no Actions runtime) is a warning: the verdict does not depend on it.
 */
export async function uploadReportArtifact(upload: ReportArtifactUpload, uploader: ArtifactUploader, logger: GitHubLogger): Promise<string | null> {
  const files = upload.files.filter((file): file is string => file !== null);
  if (files.length === 0) return null;
  let id: number | undefined;
  try {
    ({ id } = await uploader(upload.name, files, commonFolder(files)));
  } catch (error) {
    logger.warning(`The report artifact "${upload.name}" was not uploaded: ${getErrorMessage(error)}. With report-html set, factgate uploads the artifact itself: remove another upload of the same name, or set artifact-name.`);
    return null;
  }
  logger.info(`Uploaded the report artifact "${upload.name}" (${files.length} files).`);
  if (id === undefined || !upload.serverUrl || !upload.repository || !upload.runId) return null;
  return `${upload.serverUrl.replace(/\/+$/, '')}/${upload.repository}/actions/runs/${upload.runId}/artifacts/${id}`;
}
