import { parseArgs, type ParseArgsConfig } from 'node:util';
import { gateOutcome } from '../report/gate-outcome.js';
import type { Report } from '../report/types.js';
import { ConfigurationError } from '../shared/errors.js';
import { closest } from '../shared/schema.js';
import type { SecretMask } from '../shared/secrets.js';

/** What a CLI command may touch, passed in so tests run commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  color: boolean;
  version: string;
  /** The secrets this command knows of: stdout and stderr mask them in everything they print. */
  secrets: SecretMask;
  /** Width of the terminal stdout writes to; the verdict is wrapped to it (default 80). */
  columns?: number;
  /** True when stderr is a terminal: progress is a redrawn bar instead of log lines. */
  stderrIsTTY?: boolean;
  /** The bundle's entry, which can run as an evaluation worker thread (absent when run from source). */
  workerEntry?: URL;
  /** Asks a question in a terminal and resolves with the answer (absent when stdin is not a terminal). */
  prompt?: (question: string) => Promise<string>;
  /** Registers what to do on Ctrl-C (SIGINT) or SIGTERM. */
  onInterrupt?: (stop: () => void) => void;
}

/** 0 passed, 1 failed, 2 wrong input or settings, 3 a bug in factgate (please report it). */
export const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 } as const;

/** The verdict's exit status, by the one rule every entry uses (`gateOutcome`). */
export function exitCodeFor(report: Report): number {
  return gateOutcome(report).exit === 0 ? EXIT.pass : EXIT.fail;
}

/** node:util parseArgs, with unknown or malformed flags turned into errors that suggest the fix. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], command: string, options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'(--?[^'\s]+)/.exec(message)?.[1];
    const guess = flag ? closest(flag.replace(/^-+/, ''), Object.keys(options)) : null;
    throw new ConfigurationError(message.replace(/\. To specify a positional argument.*$/s, ''), {
      place: `factgate ${command}`,
      fix: guess ? `did you mean --${guess}?` : `see factgate ${command} --help`,
    });
  }
}
