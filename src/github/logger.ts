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
