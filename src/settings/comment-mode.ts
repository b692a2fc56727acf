import { ConfigurationError } from '../shared/errors.js';

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
