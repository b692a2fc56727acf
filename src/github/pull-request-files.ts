import { addedLinesFromPatch } from '../coverage/git-diff.js';
import type { ChangedFile } from '../coverage/types.js';
import { ConfigurationError } from '../shared/errors.js';
import { gitHubMessageOf, httpStatusOf, type GitHubClient } from './client.js';
import type { GitHubLogger } from './logger.js';

/**
 * Beyond this many files the pull request is read from git instead: GitHub stops listing
 * at 3000 files and leaves out patches of large diffs, and git is cheaper than 30 pages.
 */
export const PULL_REQUEST_FILES_LIMIT = 300;

const PER_PAGE = 100;

export interface PullRequestFilesOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  pullNumber: number;
  logger: GitHubLogger;
}

/** The lines a pull request adds, or why the API cannot give all of them (use git then). */
export type PullRequestChangedLines = { files: ChangedFile[] } | { fallback: string };

/** The fields of GitHub's diff entry that decide what a file adds. */
interface DiffEntry {
  filename: string;
  status: string;
  additions: number;
  patch?: string;
}

/**
 * Lines added by a pull request, per file, from the pull-request files API (every page,
 * 100 files a page). Returns `{ fallback }` with the reason whenever the API's view is
 * incomplete — too many files, a patch GitHub left out, or a request GitHub refused — so
 * the caller reads the same change from git.
 */
export async function changedLinesFromPullRequest(options: PullRequestFilesOptions): Promise<PullRequestChangedLines> {
  const { octokit, owner, repo, pullNumber, logger } = options;
  let entries: DiffEntry[];
  let listed = 0;
  try {
    entries = await octokit.paginate(
      octokit.rest.pulls.listFiles,
      { owner, repo, pull_number: pullNumber, per_page: PER_PAGE },
      (response, done) => {
        // Stop reading pages as soon as the limit is passed: the answer is git either way.
        listed += response.data.length;
        if (listed > PULL_REQUEST_FILES_LIMIT) done();
        return response.data;
      },
    );
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === undefined) throw error;
    return fallback(logger, pullNumber, `GitHub answered ${status} to the file listing (${gitHubMessageOf(error)})`);
  }

  if (entries.length > PULL_REQUEST_FILES_LIMIT) {
    return fallback(logger, pullNumber, `it changes more than ${PULL_REQUEST_FILES_LIMIT} files`);
  }

  const files: ChangedFile[] = [];
  for (const entry of entries) {
    const read = addedLines(entry);
    if (typeof read === 'string') return fallback(logger, pullNumber, read);
    if (read.addedLines.length > 0) files.push(read);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  logger.info(`Changed lines of pull request #${pullNumber} from the GitHub API: ${entries.length} files listed, ${files.length} with added lines.`);
  return { files };
}

/** One file's added lines, or the reason they cannot be trusted. */
function addedLines(entry: DiffEntry): ChangedFile | string {
  const { filename: path, status, additions, patch } = entry;
  if (status === 'removed') return { path, addedLines: [] };
  if (patch === undefined) {
    // A binary file has no patch and no additions; anything else without a patch is a
    // diff GitHub did not send (too large), or a rename or copy git would show as new lines.
    if (status === 'renamed' || status === 'copied') return `GitHub sent no patch for ${status} file ${path}`;
    if (additions > 0) return `GitHub left out the patch of ${path} (${additions} added lines), as it does for large diffs`;
    return { path, addedLines: [] };
  }
  let read: ChangedFile;
  try {
    read = addedLinesFromPatch(path, patch);
  } catch (error) {
    if (error instanceof ConfigurationError) return `the patch GitHub sent for ${path} cannot be read: ${error.message}`;
    throw error;
  }
  // A patch that adds fewer lines than GitHub counted was cut short.
  if (read.addedLines.length !== additions) {
    return `the patch GitHub sent for ${path} adds ${read.addedLines.length} lines where GitHub counts ${additions}`;
  }
  return read;
}

function fallback(logger: GitHubLogger, pullNumber: number, reason: string): { fallback: string } {
  logger.info(`Changed lines of pull request #${pullNumber} come from git: ${reason}.`);
  return { fallback: reason };
}
