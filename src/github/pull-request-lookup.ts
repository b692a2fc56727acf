import type { GitHubClient } from './client.js';
import type { WorkflowRunContext } from './event-context.js';

/**
 * The open pull requests of this repository whose head is the run's `head_sha`, found
 * through the API or GitHub's own event payload, never through anything inside the
 * artifact (which the pull request's author controls).
 */
export async function findPullRequestsForRun(octokit: GitHubClient, run: WorkflowRunContext): Promise<number[]> {
  const here = `${run.owner}/${run.repo}`.toLowerCase();

  // Same-repository runs: GitHub already linked the pull request in the payload.
  const linked = run.pullRequests.filter(
    (p) => p.headSha === run.headSha && (p.baseRepository === null || p.baseRepository.toLowerCase() === here),
  );
  if (linked.length > 0) return unique(linked.map((p) => p.number));

  const byCommit = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: run.owner,
    repo: run.repo,
    commit_sha: run.headSha,
    per_page: 100,
  });
  const matching = byCommit.filter(
    (p) => p.state === 'open' && p.head.sha === run.headSha && p.base.repo.full_name.toLowerCase() === here,
  );
  if (matching.length > 0) return unique(matching.map((p) => p.number));

  // A fork's commit is not always associated yet; its branch still names the pull request.
  if (run.headRepository && run.headBranch) {
    const headOwner = run.headRepository.split('/')[0];
    const byBranch = await octokit.paginate(octokit.rest.pulls.list, {
      owner: run.owner,
      repo: run.repo,
      state: 'open',
      head: `${headOwner}:${run.headBranch}`,
      per_page: 100,
    });
    return unique(byBranch.filter((p) => p.head.sha === run.headSha).map((p) => p.number));
  }
  return [];
}

function unique(numbers: number[]): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}
