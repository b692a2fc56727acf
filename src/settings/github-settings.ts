import { parseCommentMode, type CommentMode } from '../github/sticky-comment.js';
import { REPORT_ARTIFACT_NAME } from '../github/report-artifact.js';
import { ConfigurationError } from '../shared/errors.js';
import type { GitHubOptionKey } from './options.js';

export interface GitHubSettings {
  mode: 'run' | 'comment';
  token: string | null;
  commentMode: CommentMode;
  gateId: string;
  checkRun: boolean;
  artifactName: string;
  commentAuthor: string | undefined;
}

const GATE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The GitHub side's settings from Action inputs or `factgate comment` flags. */
export function resolveGitHubSettings(raw: Partial<Record<GitHubOptionKey, string>>, env: Readonly<Record<string, string | undefined>>, placePrefix = ''): GitHubSettings {
  const mode = raw.mode ?? 'run';
  if (mode !== 'run' && mode !== 'comment') {
    throw new ConfigurationError(`unknown mode "${mode}"`, { place: `${placePrefix}mode`, fix: 'use run (the gate) or comment (the fork-safe comment step)' });
  }
  const gateId = raw['gate-id'] ?? 'factgate';
  if (!GATE_ID.test(gateId)) {
    throw new ConfigurationError(`gate id "${gateId}" is not allowed`, { place: `${placePrefix}gate-id`, fix: 'use letters, digits, dot, dash or underscore (at most 64)' });
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
    commentAuthor: raw['comment-author'],
  };
}
