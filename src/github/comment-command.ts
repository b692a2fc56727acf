import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT, countUtf8Bytes, type SizeLimit } from '../report/budget.js';
import { gateOutcome } from '../report/gate-outcome.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import type { Report } from '../report/types.js';
import type { GitHubClient } from './client.js';
import { commentFromArtifact, type CommentFromArtifactResult } from './comment-from-artifact.js';
import { commentOverhead, type CommentStamp } from './comment-marker.js';
import type { EventContext } from './event-context.js';
import { safeLogger, type GitHubLogger } from './logger.js';
import { publishFailureSummary, publishStep, reportComment, type PublishIO } from './publish.js';
import type { ReportDownloader } from './report-artifact.js';
import { reportOutputs } from './report-outputs.js';
import type { CommentMode } from '../settings/comment-mode.js';
import { upsertStickyComment, type StickyCommentOutcome } from './sticky-comment.js';

export interface CommentCommandInput {
  octokit: GitHubClient;
  context: EventContext;
  logger: GitHubLogger;
  download: ReportDownloader;
  validateReport: (value: unknown, file: string) => Report;
  /** The job summary and outputs (the Action's core.summary and core.setOutput; the CLI's stdout). */
  io: PublishIO;
  settings: {
    gateId: string;
    commentMode: CommentMode;
    artifactName?: string;
    artifactUrl?: string | null;
    commentAuthor?: string;
  };
}

export type CommentCommandResult = CommentFromArtifactResult & {
  /** What could not be posted after the client's retries. */
  failures: string[];
};

/**
 * `factgate comment` and the Action's `comment` mode: the second half of the fork-safe
 * setup. Posts the sticky comment from the report artifact of the finished pull-request
 * run, rendered and budgeted exactly like the comment the gate job posts itself, stamped
 * with that run's commit, id and attempt. Sets the same outputs as the gate (verdict,
 * metrics, `comment-url`) and writes the job summary. The artifact's report was masked by
 * the run that made it; this step's token is masked by the client, the logger and `io`.
 */
export async function runCommentCommand(input: CommentCommandInput): Promise<CommentCommandResult> {
  const { settings, context } = input;
  const logger = safeLogger(input.logger);
  const options = { artifactUrl: settings.artifactUrl ?? null };
  const failures: string[] = [];
  const stamp: CommentStamp | null =
    context.kind === 'workflow_run' ? { headSha: context.headSha, runId: context.runId, runAttempt: context.runAttempt, runUrl: context.runUrl } : null;
  const room = COMMENT_LIMIT.measure(commentOverhead(settings.gateId, stamp ?? { headSha: null, runId: null, runAttempt: null }));
  const limit: SizeLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
  const result = await commentFromArtifact({
    octokit: input.octokit,
    context,
    logger,
    download: input.download,
    validateReport: input.validateReport,
    ...(settings.artifactName ? { artifactName: settings.artifactName } : {}),
    post: async (report, target, found): Promise<StickyCommentOutcome> => {
      // The artifact the comment was made from is the one to link to.
      const postOptions = { ...options, artifactUrl: found.artifactUrl ?? options.artifactUrl, pullNumber: target.pullNumber };
      const outcome = await publishStep(`the pull-request comment on #${target.pullNumber}`, failures, logger, () =>
        upsertStickyComment(
          input.octokit,
          {
            target,
            gateId: settings.gateId,
            mode: settings.commentMode,
            failing: gateOutcome(report).failing,
            ...(stamp ? { stamp } : {}),
            markdown: renderMarkdownFitted(report, { ...postOptions, limit }).markdown,
            smallerMarkdown: () => renderMarkdownFitted(report, { ...postOptions, limit: { ...limit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
            ...(settings.commentAuthor ? { authorLogin: settings.commentAuthor } : {}),
          },
          logger,
        ),
      );
      reportComment(outcome, false, logger, input.io, `Pull-request comment on #${target.pullNumber}`);
      return outcome.action === 'failed' ? { action: 'skipped', reason: outcome.reason } : outcome;
    },
  });
  if (result.status === 'posted') {
    const { report } = result;
    // No report file is written here: report-path stays empty.
    for (const [name, value] of Object.entries(reportOutputs(report, null))) input.io.setOutput(name, value);
    logger.info(`${gateOutcome(report).headline} (the report of run ${stamp?.runId ?? '?'}).`);
    await input.io.writeJobSummary(renderMarkdownFitted(report, { ...options, limit: JOB_SUMMARY_LIMIT }).markdown);
  } else {
    await input.io.writeJobSummary(`factgate: no pull-request comment: ${result.reason}.\n`);
  }
  if (failures.length > 0) await input.io.writeJobSummary(publishFailureSummary(failures));
  return { ...result, failures };
}
