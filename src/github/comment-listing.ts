import type { GitHubClient } from './client.js';

/** One pull-request comment as the sticky-comment logic needs it. */
export interface ListedComment {
  /** REST id (`issue_comment.id`), used to update or delete. */
  id: number;
  body: string;
  authorLogin: string | null;
  /** The token the client uses wrote this comment. */
  viewerDidAuthor: boolean;
  isMinimized: boolean;
  createdAt: string;
  url: string;
}

/**
 * One GraphQL query lists a pull request's comments 100 at a time with the two facts REST
 * does not reliably give: whether the comment was written by this token's identity
 * (`viewerDidAuthor`: works for GITHUB_TOKEN and GitHub App installation tokens, which may
 * not call GET /user) and whether it was minimised (`isMinimized`; REST added a `minimized`
 * field only recently and older GitHub Enterprise Server versions lack it).
 * `fullDatabaseId` is used because comment ids no longer fit GraphQL's 32-bit `databaseId`.
 */
export const LIST_COMMENTS_QUERY = /* GraphQL */ `
  query FactgateListComments($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        comments(first: 100, after: $cursor) {
          nodes {
            fullDatabaseId
            body
            author {
              login
            }
            viewerDidAuthor
            isMinimized
            createdAt
            url
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

interface ListCommentsResponse {
  repository: {
    pullRequest: {
      comments: {
        nodes: ({
          fullDatabaseId: string | null;
          body: string;
          author: { login: string } | null;
          viewerDidAuthor: boolean;
          isMinimized: boolean;
          createdAt: string;
          url: string;
        } | null)[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** Every comment on the pull request, oldest first, following every page. */
export async function listPullRequestComments(octokit: GitHubClient, target: PullRequestRef): Promise<ListedComment[]> {
  const comments: ListedComment[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page: ListCommentsResponse = await octokit.graphql<ListCommentsResponse>(LIST_COMMENTS_QUERY, {
      owner: target.owner,
      repo: target.repo,
      number: target.pullNumber,
      cursor,
    });
    const connection = page.repository?.pullRequest?.comments;
    if (!connection) {
      throw new Error(`GitHub returned no pull request #${target.pullNumber} in ${target.owner}/${target.repo}.`);
    }
    for (const node of connection.nodes) {
      if (!node || node.fullDatabaseId === null) continue;
      comments.push({
        id: Number(node.fullDatabaseId),
        body: node.body,
        authorLogin: node.author?.login ?? null,
        viewerDidAuthor: node.viewerDidAuthor,
        isMinimized: node.isMinimized,
        createdAt: node.createdAt,
        url: node.url,
      });
    }
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    cursor = connection.pageInfo.endCursor;
  }
  return comments;
}
