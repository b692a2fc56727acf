import { ConfigurationError } from '../shared/errors.js';
import type { Report } from '../report/types.js';
import type { GitHubClient } from './client.js';
import type { PullRequestRef } from './comment-listing.js';
import type { EventContext } from './event-context.js';
import type { GitHubLogger } from './logger.js';
import { findPullRequestsForRun } from './pull-request-lookup.js';
import { REPORT_ARTIFACT_NAME, REPORT_FILE_NAME, type ReportDownloader } from './report-artifact.js';
import type { StickyCommentOutcome } from './sticky-comment.js';

export interface CommentFromArtifactOptions {
  octokit: GitHubClient;
  context: EventContext;
  logger: GitHubLogger;
  download: ReportDownloader;
  /** Parses and checks a report against the report schema; throws ConfigurationError. */
  validateReport: (value: unknown, file: string) => Report;
  /** Renders and posts the sticky comment for one pull request; `artifactUrl` is the downloaded artifact's address, when known. */
  post: (report: Report, target: PullRequestRef, found: { artifactUrl: string | null }) => Promise<StickyCommentOutcome>;
  artifactName?: string;
  fileName?: string;
}

export type CommentFromArtifactResult =
  | { status: 'posted'; report: Report; pullRequests: number[]; outcomes: StickyCommentOutcome[] }
  | { status: 'skipped'; reason: string };

/**
 * The fork-safe comment step (`factgate comment`, Action mode `comment`), run by a
 * `workflow_run` workflow that has a writable token: download the report artifact of the
 * finished `pull_request` run, validate it against the report schema, find the pull
 * request by the run's head commit through the API, and post. Nothing in the artifact
 * chooses where the comment goes. The baseline and change columns come from the baseline
 * figures the report recorded when the gate compared it (the comment step has no baseline
 * of its own, and must show the same comparison the gate judged).
 */
export async function commentFromArtifact(options: CommentFromArtifactOptions): Promise<CommentFromArtifactResult> {
  const { context, logger } = options;
  if (context.kind !== 'workflow_run') {
    throw new ConfigurationError(`"factgate comment" runs on workflow_run events, not ${context.eventName}.`, {
      place: 'on:',
      fix: 'Trigger the comment workflow with "on: workflow_run: { workflows: [<your gate workflow>], types: [completed] }".',
    });
  }
  if (context.triggeringEvent !== 'pull_request' && context.triggeringEvent !== 'pull_request_target') {
    const reason = `the finished run was started by ${context.triggeringEvent}, not by a pull request`;
    logger.info(`Nothing to comment on: ${reason}.`);
    return { status: 'skipped', reason };
  }
  if (context.conclusion === 'cancelled' || context.conclusion === 'skipped') {
    const reason = `the finished run was ${context.conclusion}`;
    logger.info(`Nothing to comment on: ${reason}.`);
    return { status: 'skipped', reason };
  }

  const pullRequests = await findPullRequestsForRun(options.octokit, context);
  if (pullRequests.length === 0) {
    const reason = `no open pull request in ${context.owner}/${context.repo} has head commit ${context.headSha}`;
    logger.info(`Nothing to comment on: ${reason} (closed, or pushed again since).`);
    return { status: 'skipped', reason };
  }

  const artifactName = options.artifactName ?? REPORT_ARTIFACT_NAME;
  const { file, text, url } = await options.download({
    owner: context.owner,
    repo: context.repo,
    runId: context.runId,
    artifactName,
    fileName: options.fileName ?? REPORT_FILE_NAME,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The report artifact is not valid JSON: ${(error as Error).message}`, {
      file,
      fix: 'Upload the report file factgate wrote (--report-json), unchanged.',
    });
  }
  const report = options.validateReport(json, file);

  const outcomes: StickyCommentOutcome[] = [];
  for (const pullNumber of pullRequests) {
    outcomes.push(await options.post(report, { owner: context.owner, repo: context.repo, pullNumber }, { artifactUrl: url ?? null }));
  }
  return { status: 'posted', report, pullRequests, outcomes };
}
