import { COMMENT_LIMIT, countUtf8Bytes, type SizeLimit } from '../report/budget.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import type { Report } from '../report/types.js';
import { redactDeep } from '../shared/escape.js';
import type { GitHubClient } from './client.js';
import { commentFromArtifact, type CommentFromArtifactResult } from './comment-from-artifact.js';
import type { EventContext } from './event-context.js';
import { safeLogger, type GitHubLogger } from './logger.js';
import { readOnlyCommentNotice } from './notices.js';
import type { ReportDownloader } from './report-artifact.js';
import { markerOverhead, upsertStickyComment, type CommentMode } from './sticky-comment.js';

export interface CommentCommandInput {
  octokit: GitHubClient;
  context: EventContext;
  logger: GitHubLogger;
  download: ReportDownloader;
  validateReport: (value: unknown, file: string) => Report;
  settings: {
    gateId: string;
    commentMode: CommentMode;
    secrets: readonly string[];
    artifactName?: string;
    artifactUrl?: string | null;
  };
}

/**
 * `factgate comment` and the Action's `comment` mode: the second half of the fork-safe
 * setup. Posts the sticky comment from the report artifact of the finished pull-request
 * run, rendered and budgeted exactly like the comment the gate job posts itself.
 */
export async function runCommentCommand(input: CommentCommandInput): Promise<CommentFromArtifactResult> {
  const { settings } = input;
  const logger = safeLogger(input.logger, settings.secrets);
  const room = COMMENT_LIMIT.measure(markerOverhead(settings.gateId));
  const limit: SizeLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
  const base = { secrets: settings.secrets };
  const result = await commentFromArtifact({
    octokit: input.octokit,
    context: input.context,
    logger,
    download: input.download,
    validateReport: (value, file) => redactDeep(input.validateReport(value, file), settings.secrets),
    ...(settings.artifactName ? { artifactName: settings.artifactName } : {}),
    post: async (report, target, found) => {
      const options = { ...base, artifactUrl: found.artifactUrl ?? settings.artifactUrl ?? null, pullNumber: target.pullNumber };
      const outcome = await upsertStickyComment(
        input.octokit,
        {
          target,
          gateId: settings.gateId,
          mode: settings.commentMode,
          failing: report.verdict.status === 'fail' || report.verdict.status === 'error',
          markdown: renderMarkdownFitted(report, { ...options, limit }).markdown,
          smallerMarkdown: () => renderMarkdownFitted(report, { ...options, limit: { ...limit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
        },
        logger,
      );
      if (outcome.action === 'forbidden') logger.notice(readOnlyCommentNotice(false, outcome.message));
      else if (outcome.action !== 'skipped') logger.info(`Pull-request comment on #${target.pullNumber} ${outcome.action}: ${outcome.url}`);
      return outcome;
    },
  });
  return result;
}
