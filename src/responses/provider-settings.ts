/**
 * How factgate gets answers from the application under test, as the settings stage
 * hands it over: a command (one process per case, or a persistent worker) or an HTTP
 * endpoint. Run-wide knobs (concurrency, time-out, retries) live in ProviderRunOptions.
 */

/** Where the provider settings came from, so errors can name the file and the key. */
export interface SettingsOrigin {
  /** "factgate.yml", or "command line" for flags. */
  file: string;
  /** Turns a field name ("answerPath") into what the user wrote ("provider.answer_path", "--answer-path"). */
  describeKey?: (field: string) => string;
}

interface CommandSettingsBase {
  kind: 'command';
  /** A command line split like a POSIX shell would, then run without a shell. */
  command: string;
  /** Working directory for the app, relative to the run's cwd. */
  cwd?: string;
  /** Variables added to (or overriding) the inherited environment. */
  env?: Record<string, string>;
  /**
   * Largest response accepted, in bytes: the whole stdout in per-case mode, one line
   * in worker mode. A flood beyond it kills the process and fails the case.
   */
  maxOutputBytes?: number;
  origin?: SettingsOrigin;
  /** Where the mode was chosen ("factgate.yml line 4", "--command-mode", "the default"), for time-out messages. */
  modeFrom?: string;
}

/** One process per case: the case JSON on stdin, the response JSON on stdout. */
export interface CommandPerCaseSettings extends CommandSettingsBase {
  mode: 'per-case';
}

/** Long-lived processes: one JSON request per line in, one JSON response per line out. */
export interface CommandWorkerSettings extends CommandSettingsBase {
  mode: 'worker';
  /**
   * Extra time the first case of a freshly started worker gets, for loading a model
   * and the like; later cases get the plain per-case time-out.
   */
  startupTimeoutMs?: number;
  /**
   * Worker processes to start; defaults to the concurrency. With fewer workers than
   * the concurrency, each is sent several cases ahead (answered in order), so one
   * process that holds a model is never idle between cases.
   */
  workers?: number;
}

export interface HttpSettings {
  kind: 'http';
  /** POST target, http: or https:. */
  endpoint: string;
  /** Header values may name environment variables as ${NAME}; their values are secrets. */
  headers?: Record<string, string>;
  /**
   * Request body: JSON text or an object whose strings may hold {{id}}, {{category}},
   * {{question}}, {{sources}} or {{case}}. A string that is exactly one placeholder
   * becomes that value (so {{sources}} stays an array); placeholders inside longer
   * strings are interpolated as text. Without a template the public case is sent.
   */
  bodyTemplate?: string | Record<string, unknown> | unknown[];
  /** Where the answer text is in the response JSON, e.g. "data.answer" or "choices[0].text". */
  answerPath?: string;
  /** Where structured claims are, when the app returns them. */
  claimsPath?: string;
  /** Where the retrieved passages ({id, text, title?, score?, source?}) are, when the app returns them. */
  contextsPath?: string;
  /** Largest response body accepted, in bytes. */
  maxResponseBytes?: number;
  /** Longest retry-after honoured; a server asking for more fails the case. */
  maxRetryWaitMs?: number;
  origin?: SettingsOrigin;
}

export type CommandSettings = CommandPerCaseSettings | CommandWorkerSettings;
export type ProviderSettings = CommandPerCaseSettings | CommandWorkerSettings | HttpSettings;

export const PROVIDER_DEFAULTS = {
  concurrency: 4,
  timeoutMs: 60_000,
  retries: 2,
  maxOutputBytes: 1024 * 1024,
  maxResponseBytes: 1024 * 1024,
  maxRetryWaitMs: 60_000,
  startupTimeoutMs: 60_000,
  answerPath: 'answer',
} as const;

/** File and place of a provider field, for ConfigurationError. */
export function settingsPlace(origin: SettingsOrigin | undefined, field: string): { file: string; place: string } {
  return {
    file: origin?.file ?? 'provider settings',
    place: origin?.describeKey ? origin.describeKey(field) : field,
  };
}
