import { ConfigurationError } from '../shared/errors.js';
import { gitHubMessageOf, httpStatusOf, type GitHubClient } from './client.js';
import type { GitHubLogger } from './logger.js';
import { REPORT_FILE_NAME, type ReportDownloader } from './report-artifact.js';

/**
 * The baseline for drift tests: the report artifact of the newest successful run on the
 * base branch.
 *
 * Which runs count: runs started by `push` on the base branch that concluded `success`,
 * from the same workflow when it is known (GITHUB_WORKFLOW_REF), else from any workflow of
 * the repository. Only `push` runs are taken because the branch filter matches a run's head
 * branch by name, and a pull request from a fork whose branch is also called `main` runs
 * with that head branch: its report was produced by code nobody merged. Each run is also
 * checked to come from this repository, in case a filter is not applied.
 */

/**
 * Page size for listing runs; with `maxPages` it bounds how far back the search goes. Each
 * run examined costs one artifact listing, so a base branch that never uploads the report
 * costs at most 5 + 50 requests.
 */
export const BASELINE_RUNS_PER_PAGE = 10;
export const BASELINE_MAX_PAGES = 5;

export interface FindBaselineOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The pull request's base branch name (`pull_request.base.ref`), not a full ref. */
  baseBranch: string;
  /** The gate's workflow: its file name (`gate.yml`, see `workflowFileFromRef`) or numeric id. */
  workflowFileOrId?: string | number | undefined;
  artifactName: string;
  /** The report file inside the artifact; default `factgate-report.json`. */
  fileName?: string;
  download: ReportDownloader;
  logger: GitHubLogger;
  perPage?: number;
  maxPages?: number;
  /** Milliseconds since the epoch; artifacts past `expires_at` are treated as expired. */
  now?: () => number;
}

export interface BaselineFound {
  text: string;
  /** Names the report in messages: `<artifact>/<file>`. */
  file: string;
  runId: number;
  headSha: string;
}

/** `none` says why there is no baseline, for "drift skipped: <reason>". */
export type BaselineSearch = BaselineFound | { none: string };

interface RunSummary {
  id: number;
  run_number: number;
  event: string;
  head_branch: string | null;
  head_sha: string;
  conclusion: string | null;
  head_repository?: { full_name?: string } | null;
}

/**
 * The workflow file name from GITHUB_WORKFLOW_REF
 * (`owner/repo/.github/workflows/gate.yml@refs/pull/7/merge` → `gate.yml`), which the
 * runs endpoint accepts in place of the workflow id. Undefined when the value has no such
 * shape.
 */
export function workflowFileFromRef(workflowRef: string | undefined): string | undefined {
  return /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef ?? '')?.[1];
}

export async function findBaselineReport(options: FindBaselineOptions): Promise<BaselineSearch> {
  const { octokit, owner, repo, baseBranch, artifactName, logger } = options;
  if (baseBranch.trim() === '' || baseBranch.startsWith('refs/')) {
    throw new ConfigurationError(`The base branch for the baseline must be a branch name, not "${baseBranch}".`, {
      place: 'base branch',
      fix: 'Pass the pull request\'s base.ref (for example "main"); the baseline is looked up on pull_request events.',
    });
  }
  const perPage = options.perPage ?? BASELINE_RUNS_PER_PAGE;
  const maxPages = options.maxPages ?? BASELINE_MAX_PAGES;
  const now = options.now ?? Date.now;
  const workflow = options.workflowFileOrId;
  const source = workflow === undefined ? `any workflow of ${owner}/${repo}` : `workflow ${workflow}`;

  const filters = { owner, repo, branch: baseBranch, event: 'push', status: 'success' as const, exclude_pull_requests: true, per_page: perPage };
  const pages =
    workflow === undefined
      ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, filters)
      : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, { ...filters, workflow_id: workflow });

  let examined = 0;
  let expired = 0;
  let morePages = false;
  let chosen: RunSummary | undefined;
  try {
    let pageCount = 0;
    search: for await (const page of pages) {
      pageCount += 1;
      for (const run of page.data as RunSummary[]) {
        if (!isPushSuccessOn(run, baseBranch, `${owner}/${repo}`)) {
          logger.debug(`Baseline: run ${run.id} is not a successful push to "${baseBranch}" in ${owner}/${repo}; skipped.`);
          continue;
        }
        const named = await artifactsNamed(octokit, { owner, repo, runId: run.id, artifactName });
        if (named === 'run deleted') {
          logger.debug(`Baseline: run ${run.id} was deleted while searching; skipped.`);
          continue;
        }
        examined += 1;
        if (named.some((a) => !a.expired && (a.expires_at === null || Date.parse(a.expires_at) > now()))) {
          chosen = run;
          break search;
        }
        if (named.length > 0) expired += 1;
        logger.debug(`Baseline: run ${run.id} (#${run.run_number}) has ${named.length > 0 ? 'only an expired' : 'no'} "${artifactName}" artifact.`);
      }
      if (pageCount === maxPages) {
        // Stop without fetching the next page; the Link header says whether there was one.
        morePages = /rel="next"/.test(page.headers.link ?? '');
        break;
      }
    }
  } catch (error) {
    const none = unreadable(error, { owner, repo, baseBranch, workflow });
    if (none) return none;
    throw error;
  }

  if (chosen) {
    // Download failures are not a reason to skip drift: the artifact exists and is unreadable.
    const { text, file } = await options.download({ owner, repo, runId: chosen.id, artifactName, fileName: options.fileName ?? REPORT_FILE_NAME });
    logger.info(`Baseline: "${artifactName}" of run ${chosen.id} (#${chosen.run_number}, commit ${chosen.head_sha.slice(0, 7)}) on "${baseBranch}".`);
    return { text, file, runId: chosen.id, headSha: chosen.head_sha };
  }
  if (examined === 0) {
    return { none: `no successful push run of ${source} on "${baseBranch}" yet (the first run, or the workflow does not run on push to "${baseBranch}")` };
  }
  const runs = `${examined} successful push run${examined === 1 ? '' : 's'}`;
  const scope = `${morePages ? 'the newest' : 'all'} ${runs} of ${source} on "${baseBranch}"`;
  const fix = `upload the report as "${artifactName}" with actions/upload-artifact on push to "${baseBranch}"`;
  if (expired === examined) {
    return { none: `the "${artifactName}" artifact has expired on ${scope}; ${fix}, with retention-days long enough to outlive pull requests` };
  }
  return { none: `no unexpired "${artifactName}" artifact on ${scope} (${expired} expired, ${examined - expired} without one); ${fix}` };
}

/** The run's artifacts called `artifactName`; a run deleted since it was listed has none. */
async function artifactsNamed(
  octokit: GitHubClient,
  where: { owner: string; repo: string; runId: number; artifactName: string },
): Promise<{ name: string; expired: boolean; expires_at: string | null }[] | 'run deleted'> {
  try {
    const listed = await octokit.rest.actions.listWorkflowRunArtifacts({ owner: where.owner, repo: where.repo, run_id: where.runId, name: where.artifactName, per_page: 100 });
    // The name filter is GitHub's; the exact comparison is ours.
    return listed.data.artifacts.filter((a) => a.name === where.artifactName);
  } catch (error) {
    if (httpStatusOf(error) === 404) return 'run deleted';
    throw error;
  }
}

function isPushSuccessOn(run: RunSummary, branch: string, repository: string): boolean {
  const from = run.head_repository?.full_name;
  return (
    run.event === 'push' &&
    run.head_branch === branch &&
    run.conclusion === 'success' &&
    typeof from === 'string' &&
    from.toLowerCase() === repository.toLowerCase()
  );
}

/**
 * A missing permission or an unknown workflow is a reason to skip drift, not to fail; a
 * rate limit or a server error stays an error (the client already retried it).
 */
function unreadable(
  error: unknown,
  where: { owner: string; repo: string; baseBranch: string; workflow: string | number | undefined },
): { none: string } | undefined {
  const status = httpStatusOf(error);
  const message = gitHubMessageOf(error);
  if (status === 403 && !/rate limit/i.test(message)) {
    return {
      none: `the token may not read the workflow runs and artifacts of ${where.owner}/${where.repo} (HTTP 403: ${message}); add "actions: read" to the job's permissions:`,
    };
  }
  if (status === 404 && where.workflow !== undefined) {
    return {
      none: `workflow ${where.workflow} is not known in ${where.owner}/${where.repo} (HTTP 404): it is new or renamed, so "${where.baseBranch}" has no run of it yet`,
    };
  }
  if (status === 404) {
    return {
      none: `the workflow runs of ${where.owner}/${where.repo} are not visible to the token (HTTP 404: ${message}); add "actions: read" to the job's permissions:`,
    };
  }
  return undefined;
}
