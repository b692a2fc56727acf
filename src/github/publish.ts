import { CHECK_RUN_OUTPUT_LIMIT, COMMENT_LIMIT, JOB_SUMMARY_LIMIT, countUtf8Bytes, type SizeLimit } from '../report/budget.js';
import { lineRanges } from '../report/format.js';
import { renderMarkdownFitted, type MarkdownOptions } from '../report/markdown.js';
import type { BaselineFigures, Report } from '../report/types.js';
import { gateOutcome } from '../report/gate-outcome.js';
import { ConfigurationError } from '../shared/errors.js';
import { publishCheckRun, type CheckAnnotation, type CheckRunOutcome } from './check-run.js';
import { gitHubMessageOf, httpStatusOf, type GitHubClient } from './client.js';
import { commentOverhead, NO_STAMP, type CommentStamp } from './comment-marker.js';
import type { EventContext } from './event-context.js';
import { safeLogger, type GitHubLogger } from './logger.js';
import { checkRunForbiddenNotice, publishFailureNotice, readOnlyCommentNotice, supersededNotice } from './notices.js';
import type { CommentMode } from '../settings/comment-mode.js';
import { upsertStickyComment, type StickyCommentOutcome } from './sticky-comment.js';

export interface PublishSettings {
  /** Tells this gate's comment apart from another gate's in the same repository. */
  gateId: string;
  commentMode: CommentMode;
  /** Create the `factgate` check run with annotations (needs `checks: write`). */
  checkRun: boolean;
  /** Link to the uploaded report artifact, when there is one. */
  artifactUrl?: string | null;
  /** Match the sticky comment by this login instead of by the token's own identity. */
  commentAuthor?: string;
  /** Sentences shown under the verdict, e.g. overrides that did not count. */
  notes?: readonly string[];
  /** The commit and run the report describes, recorded in the comment's marker. */
  stamp?: CommentStamp;
}

/** Everything publishing touches outside GitHub's API, injected by the Action (core.summary, core.setOutput). */
export interface PublishIO {
  writeJobSummary(markdown: string): Promise<void>;
  setOutput(name: string, value: string): void;
}

/** Renders the report for one destination's size limit. */
export type MarkdownRenderer = (report: Report, options: MarkdownOptions & { limit: SizeLimit }) => { markdown: string };

export interface PublishInput {
  /** The report as the pipeline made it: masked already. */
  report: Report;
  /** The renderer; default `renderMarkdownFitted`. */
  markdown?: MarkdownRenderer;
  /** The baseline report, for the baseline columns and chart. */
  baseline?: BaselineFigures | null;
  octokit: GitHubClient;
  context: EventContext;
  settings: PublishSettings;
  logger: GitHubLogger;
  io: PublishIO;
}

export interface PublishResult {
  comment: StickyCommentOutcome | { action: 'failed'; reason: string };
  checkRun: CheckRunOutcome | { action: 'skipped'; reason: string } | { action: 'failed'; reason: string };
  /** What could not be posted after the client's retries, one sentence each. */
  failures: string[];
}

/**
 * Publishes a finished report on GitHub: the job summary (always), the sticky comment
 * (pull requests), the optional `factgate` check run with annotations, and outputs.
 * Publishing never judges: a refused write (a fork's read-only token, a missing
 * permission) becomes a notice, and a write that still fails after the client's retries (an
 * outage, an exhausted rate limit) becomes a warning, a line in the job summary and an
 * entry in `failures`. The job's exit status stays the caller's to set. Secrets are the
 * sinks' to mask: the report comes masked, the client masks what it posts and the
 * caller's logger and `io` mask what they write.
 */
export async function publishToGitHub(input: PublishInput): Promise<PublishResult> {
  const { settings, context, octokit } = input;
  const logger = safeLogger(input.logger);
  const { report } = input;
  const render = input.markdown ?? renderMarkdownFitted;
  const renderOptions: MarkdownOptions = {
    baseline: input.baseline ?? null,
    artifactUrl: settings.artifactUrl ?? null,
    notes: settings.notes ?? [],
    pullNumber: context.kind === 'pull_request' ? context.pullNumber : null,
  };
  const outcome = gateOutcome(report);
  const stamp = settings.stamp ?? NO_STAMP;
  const failures: string[] = [];

  await input.io.writeJobSummary(render(report, { ...renderOptions, limit: JOB_SUMMARY_LIMIT }).markdown);

  let comment: PublishResult['comment'] = { action: 'skipped', reason: `a ${context.eventName} event has no pull request to comment on` };
  if (context.kind === 'pull_request') {
    const room = COMMENT_LIMIT.measure(commentOverhead(settings.gateId, stamp));
    const commentLimit: SizeLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
    comment = await publishStep('the pull-request comment', failures, logger, () =>
      upsertStickyComment(
        octokit,
        {
          target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
          gateId: settings.gateId,
          mode: settings.commentMode,
          failing: outcome.failing,
          stamp,
          markdown: render(report, { ...renderOptions, limit: commentLimit }).markdown,
          // If GitHub counts differently than documented, bytes are never fewer than characters.
          smallerMarkdown: () => render(report, { ...renderOptions, limit: { ...commentLimit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
          ...(settings.commentAuthor ? { authorLogin: settings.commentAuthor } : {}),
        },
        logger,
      ),
    );
    reportComment(comment, context.fromFork, logger, input.io);
  }

  let checkRun: PublishResult['checkRun'] = { action: 'skipped', reason: 'the check run is turned off' };
  if (settings.checkRun && context.headSha) {
    const headSha = context.headSha;
    checkRun = await publishStep('the "factgate" check run', failures, logger, () =>
      publishCheckRun(octokit, {
        owner: context.owner,
        repo: context.repo,
        // On pull requests the run belongs on the head commit, not the merge commit the job checked out.
        headSha,
        conclusion: report.verdict.status === 'overridden' ? 'neutral' : outcome.failing ? 'failure' : 'success',
        title: checkRunTitle(report),
        summary: render(report, { ...renderOptions, limit: CHECK_RUN_OUTPUT_LIMIT }).markdown,
        annotations: coverageAnnotations(report),
        ...(report.run.runUrl ? { detailsUrl: report.run.runUrl } : {}),
      }),
    );
    if (checkRun.action === 'forbidden') logger.notice(checkRunForbiddenNotice(context.kind === 'pull_request' && context.fromFork, checkRun.message));
    else if (checkRun.action !== 'failed') {
      logger.info(`Check run "factgate" created with ${checkRun.annotations} annotations: ${checkRun.url}`);
      input.io.setOutput('check-run-url', checkRun.url);
    }
  } else if (settings.checkRun) {
    checkRun = { action: 'skipped', reason: 'the event names no commit' };
  }
  if (failures.length > 0) await input.io.writeJobSummary(publishFailureSummary(failures));
  return { comment, checkRun, failures };
}

/** Logs what happened to the comment and sets `comment-url`; shared with the comment step. */
export function reportComment(
  comment: StickyCommentOutcome | { action: 'failed'; reason: string },
  fromFork: boolean,
  logger: GitHubLogger,
  io: Pick<PublishIO, 'setOutput'>,
  where = 'Pull-request comment',
): void {
  if (comment.action === 'forbidden') logger.notice(readOnlyCommentNotice(fromFork, comment.message));
  else if (comment.action === 'skipped') logger.info(`No pull-request comment: ${comment.reason}.`);
  else if (comment.action === 'superseded') {
    logger.notice(supersededNotice(comment.by));
    io.setOutput('comment-url', comment.url);
  } else if (comment.action !== 'failed') {
    logger.info(`${where} ${comment.action}: ${comment.url}`);
    io.setOutput('comment-url', comment.url);
  }
}

/**
 * Runs one publishing step; a failure after the client's retries is recorded and warned
 * about instead of thrown. A ConfigurationError is the user's to fix and still stops the run.
 */
export async function publishStep<T>(what: string, failures: string[], logger: GitHubLogger, step: () => Promise<T>): Promise<T | { action: 'failed'; reason: string }> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    const reason = publishFailureReason(error);
    failures.push(`${what} was not posted: ${reason}`);
    logger.warning(publishFailureNotice(what, reason));
    return { action: 'failed', reason };
  }
}

/** The job summary's account of what GitHub did not take. */
export function publishFailureSummary(failures: readonly string[]): string {
  return `\n\n> [!WARNING]\n${failures.map((f) => `> factgate: ${f}. The verdict above stands.`).join('\n>\n')}\n`;
}

function publishFailureReason(error: unknown): string {
  const status = httpStatusOf(error);
  const message = gitHubMessageOf(error).replace(/\s+/g, ' ').trim().slice(0, 300);
  return status === undefined ? message : `GitHub answered HTTP ${status} (${message})`;
}

function checkRunTitle(report: Report): string {
  const v = report.verdict;
  if (v.status === 'pass') return 'factgate passed';
  if (v.status === 'overridden') return `factgate overridden by ${v.override?.by ?? 'a maintainer'}`;
  return `factgate ${v.status === 'fail' ? 'failed' : 'could not decide'}: ${v.breaches.length} breach${v.breaches.length === 1 ? '' : 'es'}`;
}

/** Annotations beyond this many are left to the comment and the report (each 50 cost a request). */
export const MAX_ANNOTATIONS = 200;

/** One warning per uncovered changed-line range: these are the positions GitHub can show in the diff. */
export function coverageAnnotations(report: Pick<Report, 'coverage'>): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const file of report.coverage?.patch?.uncovered ?? []) {
    if (annotations.length >= MAX_ANNOTATIONS) break;
    for (const { start, end } of lineRanges(file.lines)) {
      annotations.push({
        path: file.path,
        startLine: start,
        endLine: end,
        level: 'warning',
        title: 'Changed lines not covered by tests',
        message: start === end ? `Line ${start} was changed and no test covers it.` : `Lines ${start}–${end} were changed and no test covers them.`,
      });
    }
  }
  return annotations.slice(0, MAX_ANNOTATIONS);
}
