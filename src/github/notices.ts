import type { CommentStamp } from './comment-marker.js';

/** What the user reads when GitHub refuses a write; each says what still happened and how to fix it. */

/** The README heading that explains the fork-safe two-workflow setup; a test keeps the two in step. */
export const FORK_SECTION = 'Pull requests from forks';

export function readOnlyCommentNotice(fromFork: boolean, message: string): string {
  const why = fromFork
    ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token'
    : 'the token may not write pull-request comments (grant "pull-requests: write" in the workflow\'s permissions)';
  return (
    `factgate could not post its pull-request comment: ${why} (GitHub said: ${message}). ` +
    'The verdict, the job status and the job summary are unaffected. ' +
    'To comment on pull requests from forks, upload the report as an artifact in this workflow and post it from a second workflow ' +
    'triggered by "workflow_run" that runs "factgate comment" with "pull-requests: write" and "actions: read" ' +
    `(README: "${FORK_SECTION}").`
  );
}

export function checkRunForbiddenNotice(fromFork: boolean, message: string): string {
  const why = fromFork
    ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token whatever the workflow grants'
    : 'the token lacks "checks: write"';
  return (
    `factgate did not create its "factgate" check run: ${why} (GitHub said: ${message}). ` +
    "The job's own status is the check branch protection should require, and it is set as usual; " +
    (fromFork ? `the comment step of the fork-safe setup (README: "${FORK_SECTION}") carries the report instead.` : 'grant "checks: write" only if you want the separate check run with annotations.')
  );
}

/** A write that failed after the client's retries: what was not posted, why, and that the verdict holds. */
export function publishFailureNotice(what: string, reason: string): string {
  return (
    `factgate could not post ${what}: ${reason}. The verdict and the job status are unaffected ` +
    '(set publish-failure: fail to fail the job when publishing fails).'
  );
}

export function supersededNotice(by: CommentStamp): string {
  const commit = by.headSha ? ` for commit ${by.headSha.slice(0, 7)}` : '';
  return (
    `factgate left the pull-request comment as it is: a later run (run ${by.runId ?? '?'}, attempt ${by.runAttempt ?? 1})${commit} wrote it, ` +
    "and a run never overwrites a later one's verdict. This run's verdict is in its job summary and its job status."
  );
}
