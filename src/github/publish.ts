import { CHECK_RUN_OUTPUT_LIMIT, COMMENT_LIMIT, JOB_SUMMARY_LIMIT, countUtf8Bytes, type SizeLimit } from '../report/budget.js';
import { lineRanges } from '../report/format.js';
import { renderMarkdownFitted, type MarkdownOptions } from '../report/markdown.js';
import type { BaselineFigures, Report } from '../report/types.js';
import { redactDeep } from '../shared/escape.js';
import { publishCheckRun, type CheckAnnotation, type CheckRunOutcome } from './check-run.js';
import type { GitHubClient } from './client.js';
import type { EventContext } from './event-context.js';
import { safeLogger, type GitHubLogger } from './logger.js';
import { checkRunForbiddenNotice, readOnlyCommentNotice } from './notices.js';
import { markerOverhead, upsertStickyComment, type CommentMode, type StickyCommentOutcome } from './sticky-comment.js';

export interface PublishSettings {
  /** Tells this gate's comment apart from another gate's in the same repository. */
  gateId: string;
  commentMode: CommentMode;
  /** Create the `factgate` check run with annotations (needs `checks: write`). */
  checkRun: boolean;
  /** Masked in everything posted or logged. */
  secrets: readonly string[];
  /** Link to the uploaded report artifact, when there is one. */
  artifactUrl?: string | null;
  /** Match the sticky comment by this login instead of by the token's own identity. */
  commentAuthor?: string;
  /** Sentences shown under the verdict, e.g. overrides that did not count. */
  notes?: readonly string[];
}

/** Everything publishing touches outside GitHub's API, injected by the Action (core.summary, core.setOutput). */
export interface PublishIO {
  writeJobSummary(markdown: string): Promise<void>;
  setOutput(name: string, value: string): void;
}

/** Renders the report for one destination's size limit. */
export type MarkdownRenderer = (report: Report, options: MarkdownOptions & { limit: SizeLimit }) => { markdown: string };

export interface PublishInput {
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
  comment: StickyCommentOutcome;
  checkRun: CheckRunOutcome | { action: 'skipped'; reason: string };
}

/** Outputs this function sets, beyond those the Action sets from the report. */
export const PUBLISH_OUTPUTS = {
  'comment-url': 'URL of the pull-request comment, when one was created or updated.',
  'check-run-url': 'URL of the factgate check run, when one was created.',
} as const;

/**
 * Publishes a finished report on GitHub: the job summary (always), the sticky comment
 * (pull requests), the optional `factgate` check run with annotations, and outputs.
 * A refused write (a fork's read-only token, a missing permission) becomes a notice and
 * never changes the verdict; the job's exit status stays the Action's to set.
 */
export async function publishToGitHub(input: PublishInput): Promise<PublishResult> {
  const { settings, context, octokit } = input;
  const logger = safeLogger(input.logger, settings.secrets);
  const report = redactDeep(input.report, settings.secrets);
  const render = input.markdown ?? renderMarkdownFitted;
  const renderOptions: MarkdownOptions = {
    baseline: input.baseline ?? null,
    artifactUrl: settings.artifactUrl ?? null,
    notes: settings.notes ?? [],
    secrets: settings.secrets,
    pullNumber: context.kind === 'pull_request' ? context.pullNumber : null,
  };
  const failing = report.verdict.status === 'fail' || report.verdict.status === 'error';

  await input.io.writeJobSummary(render(report, { ...renderOptions, limit: JOB_SUMMARY_LIMIT }).markdown);

  let comment: StickyCommentOutcome = { action: 'skipped', reason: `a ${context.eventName} event has no pull request to comment on` };
  if (context.kind === 'pull_request') {
    const room = COMMENT_LIMIT.measure(markerOverhead(settings.gateId));
    const commentLimit: SizeLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
    comment = await upsertStickyComment(
      octokit,
      {
        target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
        gateId: settings.gateId,
        mode: settings.commentMode,
        failing,
        markdown: render(report, { ...renderOptions, limit: commentLimit }).markdown,
        // If GitHub counts differently than documented, bytes are never fewer than characters.
        smallerMarkdown: () => render(report, { ...renderOptions, limit: { ...commentLimit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
        ...(settings.commentAuthor ? { authorLogin: settings.commentAuthor } : {}),
      },
      logger,
    );
    if (comment.action === 'forbidden') logger.notice(readOnlyCommentNotice(context.fromFork, comment.message));
    else if (comment.action === 'skipped') logger.info(`No pull-request comment: ${comment.reason}.`);
    else {
      logger.info(`Pull-request comment ${comment.action}: ${comment.url}`);
      input.io.setOutput('comment-url', comment.url);
    }
  }

  let checkRun: PublishResult['checkRun'] = { action: 'skipped', reason: 'the check run is turned off' };
  if (settings.checkRun && context.headSha) {
    checkRun = await publishCheckRun(octokit, {
      owner: context.owner,
      repo: context.repo,
      // On pull requests the run belongs on the head commit, not the merge commit the job checked out.
      headSha: context.headSha,
      conclusion: report.verdict.status === 'pass' ? 'success' : report.verdict.status === 'overridden' ? 'neutral' : 'failure',
      title: checkRunTitle(report),
      summary: render(report, { ...renderOptions, limit: CHECK_RUN_OUTPUT_LIMIT }).markdown,
      annotations: coverageAnnotations(report),
      ...(report.run.runUrl ? { detailsUrl: report.run.runUrl } : {}),
    });
    if (checkRun.action === 'forbidden') logger.notice(checkRunForbiddenNotice(checkRun.message));
    else {
      logger.info(`Check run "factgate" created with ${checkRun.annotations} annotations: ${checkRun.url}`);
      input.io.setOutput('check-run-url', checkRun.url);
    }
  } else if (settings.checkRun) {
    checkRun = { action: 'skipped', reason: 'the event names no commit' };
  }
  return { comment, checkRun };
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
