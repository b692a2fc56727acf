import { gitHubMessageOf, httpStatusOf, isPermissionDenied, type GitHubClient } from './client.js';
import { commentBody, compareStamps, NO_STAMP, readCommentMarker, type CommentStamp } from './comment-marker.js';
import { listPullRequestComments, type ListedComment, type PullRequestRef } from './comment-listing.js';
import type { GitHubLogger } from './logger.js';
import type { CommentMode } from '../settings/comment-mode.js';


export interface StickyCommentRequest {
  target: PullRequestRef;
  gateId: string;
  mode: CommentMode;
  /** Whether the gate failed: `on-failure` creates a comment only then. */
  failing: boolean;
  /** Markdown without the marker, already escaped and within budget (the client masks secrets as it posts). */
  markdown: string;
  /** Which commit and run this comment describes; orders racing writers. */
  stamp?: CommentStamp;
  /**
   * A smaller rendering, used once if GitHub still rejects the body as too long (422):
   * for example the same report budgeted in UTF-8 bytes rather than characters.
   */
  smallerMarkdown?: (() => string) | undefined;
  /**
   * Match comments by this login instead of by "written by this token". Only needed when
   * the comment is written with a different identity than the one reading it.
   */
  authorLogin?: string;
}

export type StickyCommentOutcome =
  | { action: 'created' | 'updated'; commentId: number; url: string; duplicatesDeleted: number }
  /** A later run (or one for a newer commit) already wrote the comment; its text was kept. */
  | { action: 'superseded'; commentId: number; url: string; duplicatesDeleted: number; by: CommentStamp }
  | { action: 'skipped'; reason: string }
  /** The token may not write comments: a pull request from a fork, or `pull-requests: write` missing. */
  | { action: 'forbidden'; message: string };

/** Creates tried at most this many times; each failure is followed by a listing, so none is blind. */
const CREATE_ATTEMPTS = 3;

/**
 * Creates or updates the gate's one comment on the pull request.
 *
 * Found by marker and author among all pages, minimised comments ignored; the oldest is
 * kept and updated in place, newer duplicates deleted. The marker records the commit and
 * the run (id, attempt): the comment always ends up with the text of the latest run, so a
 * slow run for an older commit never overwrites a newer one's verdict. A create is never
 * retried blindly: after a failed POST the comments are listed again and one GitHub stored
 * anyway is adopted. API calls besides listing pages: one to update; or one to create
 * plus one delete per duplicate plus one update when a concurrent run's comment is kept.
 */
export async function upsertStickyComment(
  octokit: GitHubClient,
  request: StickyCommentRequest,
  logger: GitHubLogger,
): Promise<StickyCommentOutcome> {
  if (request.mode === 'off') return { action: 'skipped', reason: 'the comment mode is "off"' };
  const stamp = request.stamp ?? NO_STAMP;
  const ownComments = async () => findOwnComments(await listPullRequestComments(octokit, request.target), request.gateId, request.authorLogin);
  // Building the body checks the gate id before any request.
  const ours: Draft = { body: commentBody(request.gateId, stamp, request.markdown), stamp };

  const existing = await ownComments();
  if (existing.length > 0) return reconcile(octokit, request, existing, ours, null, logger);

  if (request.mode === 'update-only') {
    return { action: 'skipped', reason: 'the comment mode is "update-only" and there is no comment to update' };
  }
  if (request.mode === 'on-failure' && !request.failing) {
    return { action: 'skipped', reason: 'the gate passed and the comment mode is "on-failure"' };
  }

  const { owner, repo } = request.target;
  for (let attempt = 1; ; attempt++) {
    let createdId: number | null = null;
    try {
      const written = await writeBody(
        async (text) => {
          // No retry inside the client: a POST that failed may have been stored.
          const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: request.target.pullNumber, body: text, request: { retries: 0 } as Record<string, unknown> });
          createdId = created.data.id;
          return created.data.html_url;
        },
        ours,
        request,
        logger,
      );
      if (written.kind === 'forbidden') return { action: 'forbidden', message: written.message };
      ours.body = written.body;
      return reconcile(octokit, request, await ownComments(), ours, createdId, logger);
    } catch (error) {
      const status = httpStatusOf(error);
      // Octokit reports a network fault as status 500: the request may have reached GitHub too.
      if (status !== undefined && status < 500) throw error;
      logger.warning(`Creating the comment failed (${status === undefined ? 'no answer' : `HTTP ${status}`}); checking whether GitHub stored it anyway.`);
      const after = await ownComments();
      if (after.length > 0) return reconcile(octokit, request, after, ours, after.find((c) => c.body === ours.body)?.id ?? null, logger);
      if (attempt >= CREATE_ATTEMPTS) throw error;
      logger.info(`GitHub did not store the comment; creating it again (attempt ${attempt + 1} of ${CREATE_ATTEMPTS}).`);
    }
  }
}

interface Draft {
  body: string;
  stamp: CommentStamp;
}

type OwnComment = ListedComment & { stamp: CommentStamp };

/**
 * Leaves one comment, the oldest, carrying the text of the latest writer: this run's, or
 * that of a later run found among the duplicates. Every other copy is deleted.
 */
async function reconcile(
  octokit: GitHubClient,
  request: StickyCommentRequest,
  own: readonly OwnComment[],
  ours: Draft,
  createdId: number | null,
  logger: GitHubLogger,
): Promise<StickyCommentOutcome> {
  const { owner, repo } = request.target;
  const survivor = own[0]!;
  const latest = own.filter((c) => c.id !== createdId).reduce<OwnComment | null>((best, c) => (best === null || compareStamps(c.stamp, best.stamp) > 0 ? c : best), null);
  const oursIsLatest = latest === null || compareStamps(ours.stamp, latest.stamp) >= 0;
  const text = oursIsLatest ? ours.body : latest.body;
  let url = survivor.url;
  if (survivor.body !== text) {
    const written = await writeBody((body) => updateComment(octokit, owner, repo, survivor.id, body), oursIsLatest ? ours : { body: text, stamp: latest!.stamp }, oursIsLatest ? request : { ...request, smallerMarkdown: undefined }, logger);
    if (written.kind === 'forbidden') return { action: 'forbidden', message: written.message };
    url = written.url;
  }
  const duplicatesDeleted = await deleteComments(octokit, owner, repo, own.slice(1), logger);
  if (!oursIsLatest) {
    logger.info(`A later run (${describeStamp(latest!.stamp)}) already wrote the comment; its text is kept.`);
    return { action: 'superseded', commentId: survivor.id, url, duplicatesDeleted, by: latest!.stamp };
  }
  return { action: survivor.id === createdId ? 'created' : 'updated', commentId: survivor.id, url, duplicatesDeleted };
}

function describeStamp(stamp: CommentStamp): string {
  const commit = stamp.headSha ? `commit ${stamp.headSha.slice(0, 7)}, ` : '';
  return `${commit}run ${stamp.runId ?? '?'} attempt ${stamp.runAttempt ?? 1}`;
}

/**
 * GraphQL names a GitHub App by its slug (`github-actions`); REST, the UI and users write
 * the bot account's login (`github-actions[bot]`). Both mean the same author.
 */
export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase().replace(/\[bot\]$/, '');
}

/** This gate's visible comments written by this token (or `authorLogin`), oldest first. */
export function findOwnComments(comments: readonly ListedComment[], gateId: string, authorLogin?: string): OwnComment[] {
  const login = authorLogin === undefined ? undefined : normaliseLogin(authorLogin);
  const own: OwnComment[] = [];
  for (const c of comments) {
    if (c.isMinimized) continue;
    if (login === undefined ? !c.viewerDidAuthor : c.authorLogin === null || normaliseLogin(c.authorLogin) !== login) continue;
    const stamp = readCommentMarker(c.body, gateId);
    if (stamp) own.push({ ...c, stamp });
  }
  return own.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}

type WriteResult = { kind: 'written'; url: string; body: string } | { kind: 'forbidden'; message: string };

/** Writes the body; a 403 becomes `forbidden`, a 422 for length is retried once with the smaller body. */
async function writeBody(write: (body: string) => Promise<string>, draft: Draft, request: StickyCommentRequest, logger: GitHubLogger): Promise<WriteResult> {
  try {
    return { kind: 'written', url: await write(draft.body), body: draft.body };
  } catch (error) {
    const status = httpStatusOf(error);
    // A rate-limit 403 the client gave up on is a publishing failure, not a missing permission.
    if (isPermissionDenied(error)) return { kind: 'forbidden', message: gitHubMessageOf(error) };
    if (status === 422 && request.smallerMarkdown && /too long|maximum/i.test(gitHubMessageOf(error))) {
      logger.warning(`GitHub rejected the comment as too long (${gitHubMessageOf(error)}); posting a shorter version.`);
      const smaller = commentBody(request.gateId, draft.stamp, request.smallerMarkdown());
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
