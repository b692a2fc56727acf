import { ConfigurationError } from '../shared/errors.js';
import { parseCommentMode, type CommentMode } from './comment-mode.js';
import { DEFAULT_GATE_ID, parseGateId } from './gate-id.js';
import { REPORT_ARTIFACT_NAME, type GitHubOptionKey } from './options.js';

export interface GitHubSettings {
  mode: 'run' | 'comment';
  token: string | null;
  commentMode: CommentMode;
  gateId: string;
  checkRun: boolean;
  artifactName: string;
  commentAuthor: string | undefined;
  /** What a comment or check run GitHub would not take does to the job: a warning, or a failure. */
  publishFailure: PublishFailure;
}

export const PUBLISH_FAILURE = ['warn', 'fail'] as const;
export type PublishFailure = (typeof PUBLISH_FAILURE)[number];

/** The GitHub side's settings from Action inputs or `factgate comment` flags. */
export function resolveGitHubSettings(raw: Partial<Record<GitHubOptionKey, string>>, env: Readonly<Record<string, string | undefined>>, placePrefix = ''): GitHubSettings {
  const mode = raw.mode ?? 'run';
  if (mode !== 'run' && mode !== 'comment') {
    throw new ConfigurationError(`unknown mode "${mode}"`, { place: `${placePrefix}mode`, fix: 'use run (the gate) or comment (the fork-safe comment step)' });
  }
  const gateId = parseGateId(raw['gate-id'] ?? DEFAULT_GATE_ID, { place: `${placePrefix}gate-id` });
  const publishFailure = (raw['publish-failure'] ?? 'warn').trim().toLowerCase();
  if (!(PUBLISH_FAILURE as readonly string[]).includes(publishFailure)) {
    throw new ConfigurationError(`publish-failure must be warn or fail, not "${raw['publish-failure']}"`, {
      place: `${placePrefix}publish-failure`,
      fix: 'write warn (a comment GitHub would not take is a warning) or fail (the job fails then)',
    });
  }
  const commentAuthor = raw['comment-author'];
  if (commentAuthor !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,44})(?:\[bot\])?$/.test(commentAuthor)) {
    throw new ConfigurationError(`"${commentAuthor}" is not a GitHub login`, {
      place: `${placePrefix}comment-author`,
      fix: 'write the login as GitHub shows it, e.g. github-actions[bot] or my-app[bot] for an app, or octocat for a user',
    });
  }
  const checkRun = raw['check-run'] ?? 'false';
  if (!['true', 'false'].includes(checkRun.toLowerCase())) {
    throw new ConfigurationError(`check-run must be true or false, not "${checkRun}"`, { place: `${placePrefix}check-run`, fix: 'write true or false' });
  }
  return {
    mode,
    token: raw['github-token'] ?? env.GITHUB_TOKEN ?? null,
    commentMode: parseCommentMode(raw.comment ?? 'always', { place: `${placePrefix}comment` }),
    gateId,
    checkRun: checkRun.toLowerCase() === 'true',
    artifactName: raw['artifact-name'] ?? REPORT_ARTIFACT_NAME,
    commentAuthor,
    publishFailure: publishFailure as PublishFailure,
  };
}
