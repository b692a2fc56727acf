import { ConfigurationError } from '../shared/errors.js';
import { gitHubMessageOf, httpStatusOf, type GitHubClient } from './client.js';
import { listPullRequestComments, type ListedComment, type PullRequestRef } from './comment-listing.js';
import type { GitHubLogger } from './logger.js';

/** When the sticky comment is written. */
export const COMMENT_MODES = ['always', 'on-failure', 'update-only', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Reads a comment mode from an input or a settings file, naming where a wrong value came from. */
export function parseCommentMode(value: string, where: { file?: string; place: string }): CommentMode {
  const mode = value.trim().toLowerCase();
  if ((COMMENT_MODES as readonly string[]).includes(mode)) return mode as CommentMode;
  throw new ConfigurationError(`${JSON.stringify(value)} is not a comment mode.`, {
    ...where,
    fix: `Use one of: ${COMMENT_MODES.join(', ')}.`,
  });
}

const GATE_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._]|-(?!-)){0,63}$/;

/**
 * The hidden first line that identifies a gate's comment. The gate id keeps two gates in
 * one repository on two comments; it may not contain `--`, which would end the HTML comment.
 */
export function commentMarker(gateId: string): string {
  if (!GATE_ID_PATTERN.test(gateId)) {
    throw new ConfigurationError(`The gate id ${JSON.stringify(gateId)} cannot be used in the comment marker.`, {
      place: 'gate-id',
      fix: 'Use 1 to 64 letters, digits, ".", "_" or single "-", starting with a letter or digit (for example "factgate" or "rag-eval").',
    });
  }
  return `<!-- factgate:${gateId} -->`;
}

/** The marker plus the line break that follows it: what the comment budget must leave room for. */
export function markerOverhead(gateId: string): string {
  return `${commentMarker(gateId)}\n`;
}

export interface StickyCommentRequest {
  target: PullRequestRef;
  gateId: string;
  mode: CommentMode;
  /** Whether the gate failed: `on-failure` creates a comment only then. */
  failing: boolean;
  /** Markdown without the marker, already escaped, redacted and within budget. */
  markdown: string;
  /**
   * A smaller rendering, used once if GitHub still rejects the body as too long (422):
   * for example the same report budgeted in UTF-8 bytes rather than characters.
   */
  smallerMarkdown?: () => string;
  /**
   * Match comments by this login instead of by "written by this token". Only needed when
   * the comment is written with a different identity than the one reading it.
   */
  authorLogin?: string;
}

export type StickyCommentOutcome =
  | { action: 'created' | 'updated'; commentId: number; url: string; duplicatesDeleted: number }
  | { action: 'skipped'; reason: string }
  /** The token may not write comments: a pull request from a fork, or `pull-requests: write` missing. */
  | { action: 'forbidden'; message: string };

/**
 * Creates or updates the gate's one comment on the pull request.
 *
 * Found by marker and author among all pages, minimised comments ignored; updated in
 * place. After a create the comments are listed again and newer duplicates deleted, the
 * oldest kept, so two runs racing end with one comment carrying the last writer's text.
 * API calls besides listing pages: one to update; or one to create plus one delete per
 * duplicate plus one update when a concurrent run's comment is the one kept.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  request: StickyCommentRequest,
  logger: GitHubLogger,
): Promise<StickyCommentOutcome> {
  const marker = commentMarker(request.gateId);
  if (request.mode === 'off') return { action: 'skipped', reason: 'the comment mode is "off"' };

  const ownComments = async () => findOwnComments(await listPullRequestComments(octokit, request.target), marker, request.authorLogin);
  let body = `${marker}\n${request.markdown}`;
  const { owner, repo } = request.target;

  const existing = await ownComments();
  const oldest = existing[0];
  if (oldest) {
    const written = await writeBody((text) => updateComment(octokit, owner, repo, oldest.id, text), body, request, marker, logger);
    if (written.kind === 'forbidden') return { action: 'forbidden', message: written.message };
    const duplicatesDeleted = await deleteComments(octokit, owner, repo, existing.slice(1), logger);
    return { action: 'updated', commentId: oldest.id, url: written.url, duplicatesDeleted };
  }

  if (request.mode === 'update-only') {
    return { action: 'skipped', reason: 'the comment mode is "update-only" and there is no comment to update' };
  }
  if (request.mode === 'on-failure' && !request.failing) {
    return { action: 'skipped', reason: 'the gate passed and the comment mode is "on-failure"' };
  }

  let createdId: number | undefined;
  try {
    const written = await writeBody(
      async (text) => {
        const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: request.target.pullNumber, body: text });
        createdId = created.data.id;
        return created.data.html_url;
      },
      body,
      request,
      marker,
      logger,
    );
    if (written.kind === 'forbidden') return { action: 'forbidden', message: written.message };
    body = written.body;
  } catch (error) {
    // A create that timed out or failed at the gateway may still have been stored; the
    // listing below finds it instead of leaving a second comment behind.
    const status = httpStatusOf(error);
    if (status === undefined || status < 500) throw error;
    logger.warning(`Creating the comment failed with HTTP ${status}; checking whether GitHub stored it anyway.`);
  }

  const after = await ownComments();
  const survivor = after[0];
  if (!survivor) {
    throw new Error(`The factgate comment on pull request #${request.target.pullNumber} could not be created.`);
  }
  const duplicatesDeleted = await deleteComments(octokit, owner, repo, after.slice(1), logger);
  let url = survivor.url;
  if (survivor.id !== createdId && survivor.body !== body) {
    // A concurrent run created the kept comment first; carry this run's text over to it.
    url = await updateComment(octokit, owner, repo, survivor.id, body);
  }
  return { action: survivor.id === createdId ? 'created' : 'updated', commentId: survivor.id, url, duplicatesDeleted };
}

/** This gate's visible comments written by this token (or `authorLogin`), oldest first. */
export function findOwnComments(comments: readonly ListedComment[], marker: string, authorLogin?: string): ListedComment[] {
  const login = authorLogin?.toLowerCase();
  return comments
    .filter((c) => !c.isMinimized && c.body.includes(marker))
    .filter((c) => (login === undefined ? c.viewerDidAuthor : c.authorLogin?.toLowerCase() === login))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}

type WriteResult = { kind: 'written'; url: string; body: string } | { kind: 'forbidden'; message: string };

/** Writes the body; a 403 becomes `forbidden`, a 422 for length is retried once with the smaller body. */
async function writeBody(
  write: (body: string) => Promise<string>,
  body: string,
  request: StickyCommentRequest,
  marker: string,
  logger: GitHubLogger,
): Promise<WriteResult> {
  try {
    return { kind: 'written', url: await write(body), body };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 403) return { kind: 'forbidden', message: gitHubMessageOf(error) };
    if (status === 422 && request.smallerMarkdown && /too long|maximum/i.test(gitHubMessageOf(error))) {
      logger.warning(`GitHub rejected the comment as too long (${gitHubMessageOf(error)}); posting a shorter version.`);
      const smaller = `${marker}\n${request.smallerMarkdown()}`;
      return { kind: 'written', url: await write(smaller), body: smaller };
    }
    throw error;
  }
}

async function updateComment(octokit: GitHubClient, owner: string, repo: string, commentId: number, body: string): Promise<string> {
  const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
  return updated.data.html_url;
}

/** Deletes duplicates; one already deleted by a concurrent run (404) is fine. */
async function deleteComments(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  comments: readonly ListedComment[],
  logger: GitHubLogger,
): Promise<number> {
  let deleted = 0;
  for (const comment of comments) {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
      deleted++;
    } catch (error) {
      if (httpStatusOf(error) !== 404) throw error;
    }
  }
  if (deleted > 0) logger.info(`Deleted ${deleted} duplicate factgate comment${deleted === 1 ? '' : 's'}.`);
  return deleted;
}
