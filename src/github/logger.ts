import { escapeLogText } from '../shared/escape.js';
import type { SecretMask } from '../shared/secrets.js';

/**
 * Where GitHub-side code reports what it did. The Action passes `@actions/core`'s functions,
 * the CLI passes console-backed ones and tests pass a recorder, so nothing here imports
 * `@actions/core`.
 */
export interface GitHubLogger {
  debug(message: string): void;
  info(message: string): void;
  /** Shown as a notice annotation in Actions: something the user should act on. */
  notice(message: string): void;
  warning(message: string): void;
}

export const silentLogger: GitHubLogger = {
  debug() {},
  info() {},
  notice() {},
  warning() {},
};

/**
 * Wraps a logger so no message can forge a workflow command, whatever GitHub, a model or a
 * golden set put into it. An entry point's own logger, where lines leave the process, also
 * masks its `secrets` (last, so nothing the escaping drops can rejoin a secret).
 */
export function safeLogger(logger: GitHubLogger, secrets?: SecretMask): GitHubLogger {
  const clean = (message: string) => (secrets ? secrets.text(escapeLogText(message)) : escapeLogText(message));
  return {
    debug: (message) => logger.debug(clean(message)),
    info: (message) => logger.info(clean(message)),
    notice: (message) => logger.notice(clean(message)),
    warning: (message) => logger.warning(clean(message)),
  };
}
