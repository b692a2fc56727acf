/** What the user reads when GitHub refuses a write; each says what still happened and how to fix it. */

export function readOnlyCommentNotice(fromFork: boolean, message: string): string {
  const why = fromFork
    ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token'
    : 'the token may not write pull-request comments (grant "pull-requests: write" in the workflow\'s permissions)';
  return (
    `factgate could not post its pull-request comment: ${why} (GitHub said: ${message}). ` +
    'The verdict, the job status and the job summary are unaffected. ' +
    'To comment on pull requests from forks, upload the report as an artifact in this workflow and post it from a second workflow ' +
    'triggered by "workflow_run" that runs "factgate comment" with "pull-requests: write" and "actions: read" ' +
    '(README: "Pull requests from forks").'
  );
}

export function checkRunForbiddenNotice(message: string): string {
  return (
    `factgate did not create its "factgate" check run: the token lacks "checks: write" (GitHub said: ${message}). ` +
    "The job's own status is the check branch protection should require, and it is set as usual; " +
    'grant "checks: write" only if you want the separate check run with annotations.'
  );
}
