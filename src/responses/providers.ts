import responseSchema from '../../schemas/response.schema.json' with { type: 'json' };
import { setMaxListeners } from 'node:events';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PATHS_ARE_RELATIVE } from '../shared/files.js';
import type { GoldenCase } from '../golden/types.js';
import { ConfigurationError } from '../shared/errors.js';
import type { AppResponse } from './types.js';
import { publicCase, type PublicCase } from './app-protocol.js';
import { childEnvironment } from './child-env.js';
import { runCommandCase, type CommandTarget } from './command.js';
import { parseCommandLine } from './command-line.js';
import { WorkerPool } from './command-worker.js';
import { findExecutable } from './find-executable.js';
import { HttpProvider, realClock, type HttpClock } from './http.js';
import { compileBodyTemplate, compileFieldPath, expandHeaders } from './http-template.js';
import type { ProgressSink } from './progress.js';
import {
  PROVIDER_DEFAULTS,
  settingsPlace,
  type CommandSettings,
  type HttpSettings,
  type ProviderSettings,
} from './provider-settings.js';
import { runCases, type CaseRunResult } from './run-cases.js';

export type { ProviderSettings, CommandSettings, HttpSettings } from './provider-settings.js';
export type { CaseRunResult } from './run-cases.js';

export interface ProviderRunOptions {
  /** Cases in flight at once: processes, workers or HTTP requests. */
  concurrency?: number;
  /** Per case (per attempt for HTTP). */
  timeoutMs?: number;
  /** HTTP only: extra attempts after a 429, a 5xx or a refused connection. */
  retries?: number;
  /** Cancels the run: children are killed, requests aborted, unrun cases listed. */
  signal?: AbortSignal;
  progress?: ProgressSink;
  /** The environment the app inherits and ${NAME} expands from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Base directory for a relative working directory; defaults to process.cwd(). */
  cwd?: string;
  /** Time for HTTP retry waits; tests pass a clock that does not really wait. */
  clock?: HttpClock;
}

export interface ProviderRun extends CaseRunResult {
  /** Values expanded into HTTP headers: mask them wherever output is shown. */
  secrets: string[];
}

/** A provider ready to answer cases: settings checked, command resolved, template compiled. */
export interface PreparedProvider {
  readonly concurrency: number;
  readonly secrets: string[];
  ask(kase: PublicCase, lane: number, signal: AbortSignal): Promise<AppResponse>;
  close(): Promise<void>;
}

/**
 * Gets every case's answer from the app. Cases the app fails on carry `error` (and
 * still `latency_ms`); the run never stops for them. A cancel (options.signal) stops
 * children and requests and lists the cases that did not run. Throws ConfigurationError
 * before running anything when the settings cannot work (bad command, URL, template...).
 */
export async function getResponses(
  cases: readonly GoldenCase[],
  settings: ProviderSettings,
  options: ProviderRunOptions = {},
): Promise<ProviderRun> {
  const provider = prepareProvider(settings, options);
  const publicCases = cases.map(publicCase);
  // Every lane listens to the cancel signal; a private one avoids the listener-leak warning.
  const cancel = new AbortController();
  setMaxListeners(provider.concurrency * 4 + 16, cancel.signal);
  const forward = () => cancel.abort();
  options.signal?.addEventListener('abort', forward, { once: true });
  if (options.signal?.aborted) forward();
  options.progress?.start(publicCases.length);
  let result: CaseRunResult | undefined;
  try {
    result = await runCases(
      publicCases,
      { concurrency: provider.concurrency, signal: cancel.signal, onSettled: (r) => options.progress?.settled(r) },
      async (kase, lane, signal) => withinAnswerCap(await provider.ask(kase, lane, signal)),
    );
  } finally {
    options.signal?.removeEventListener('abort', forward);
    await provider.close();
    options.progress?.finish({ cancelled: result?.cancelled ?? cancel.signal.aborted });
  }
  return { ...result, secrets: provider.secrets };
}

/** The longest answer judged, the same for every provider as for the responses file (its schema's limit). */
export const MAX_ANSWER_CHARS = responseSchema.properties.answer.maxLength;

/**
 * An answer over the cap is the case's error, never judged: judging time grows with the
 * answer, and a 900 KB answer would hold the run for minutes.
 */
export function withinAnswerCap(response: AppResponse): AppResponse {
  if (response.answer.length <= MAX_ANSWER_CHARS) return response;
  const { latency_ms } = response;
  return {
    id: response.id,
    answer: '',
    error: `the answer is ${response.answer.length.toLocaleString('en-US')} characters, over the ${MAX_ANSWER_CHARS.toLocaleString('en-US')} factgate judges; fix: make the app answer more briefly (an answer this long is usually a loop or a dump)`,
    ...(latency_ms !== undefined ? { latency_ms } : {}),
  };
}

/** The values the HTTP headers will carry, so the caller can mask them before any output. */
export function providerSecrets(settings: ProviderSettings, env: Record<string, string | undefined> = process.env): string[] {
  if (settings.kind !== 'http') return [];
  return expandHeaders(settings.headers, env, settingsPlace(settings.origin, 'headers')).secrets;
}

export function prepareProvider(settings: ProviderSettings, options: ProviderRunOptions = {}): PreparedProvider {
  const env = options.env ?? process.env;
  const concurrency = checkCount(options.concurrency ?? PROVIDER_DEFAULTS.concurrency, 1, 1024, settings, 'concurrency');
  const timeoutMs = checkCount(options.timeoutMs ?? PROVIDER_DEFAULTS.timeoutMs, 1, 24 * 3600 * 1000, settings, 'timeoutMs');
  if (settings.kind === 'http') {
    const retries = checkCount(options.retries ?? PROVIDER_DEFAULTS.retries, 0, 10, settings, 'retries');
    return prepareHttp(settings, { env, concurrency, timeoutMs, retries, clock: options.clock ?? realClock });
  }
  const target = resolveCommand(settings, env, options.cwd ?? process.cwd(), timeoutMs);
  if (settings.mode === 'worker') {
    const workers = checkCount(settings.workers ?? concurrency, 1, concurrency, settings, 'workers');
    const pool = new WorkerPool(target, workers);
    return { concurrency, secrets: [], ask: (kase, lane, signal) => pool.ask(kase, lane, signal), close: () => pool.close() };
  }
  return { concurrency, secrets: [], ask: (kase, _lane, signal) => runCommandCase(kase, target, signal), close: async () => {} };
}

function resolveCommand(
  settings: CommandSettings,
  baseEnv: Record<string, string | undefined>,
  baseCwd: string,
  timeoutMs: number,
): CommandTarget {
  const env = childEnvironment(baseEnv, settings.env);
  const cwd = resolve(baseCwd, settings.cwd ?? '.');
  if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(`the working directory ${cwd} does not exist`, {
      ...settingsPlace(settings.origin, 'cwd'),
      fix: `give an existing directory (${PATHS_ARE_RELATIVE})`,
    });
  }
  const argv = parseCommandLine(settings.command, env, settingsPlace(settings.origin, 'command'));
  if (!findExecutable(argv[0]!, cwd, env)) {
    throw new ConfigurationError(`the command's program ${JSON.stringify(argv[0])} was not found (looked in ${argv[0]!.includes('/') ? cwd : 'PATH'})`, {
      ...settingsPlace(settings.origin, 'command'),
      fix: `install it, fix the spelling, or give its path (a relative path starts from the app's working directory, ${cwd})`,
    });
  }
  const maxOutputBytes = checkCount(settings.maxOutputBytes ?? PROVIDER_DEFAULTS.maxOutputBytes, 64, 1024 ** 3, settings, 'maxOutputBytes');
  const startupTimeoutMs =
    settings.mode === 'worker'
      ? checkCount(settings.startupTimeoutMs ?? PROVIDER_DEFAULTS.startupTimeoutMs, 0, 24 * 3600 * 1000, settings, 'startupTimeoutMs')
      : 0;
  return { argv, cwd, env, timeoutMs, startupTimeoutMs, maxOutputBytes, mode: settings.mode, ...(settings.modeFrom !== undefined ? { modeFrom: settings.modeFrom } : {}) };
}

function prepareHttp(
  settings: HttpSettings,
  run: { env: Record<string, string | undefined>; concurrency: number; timeoutMs: number; retries: number; clock: HttpClock },
): PreparedProvider {
  const where = (field: string) => settingsPlace(settings.origin, field);
  let url: URL;
  try {
    url = new URL(settings.endpoint);
  } catch {
    throw new ConfigurationError(`${JSON.stringify(settings.endpoint)} is not a URL`, {
      ...where('endpoint'),
      fix: 'give the full URL, e.g. http://127.0.0.1:8000/answer',
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`the endpoint must be http: or https:, not ${url.protocol}`, {
      ...where('endpoint'),
      fix: 'give an http:// or https:// URL',
    });
  }
  if (url.username || url.password) {
    throw new ConfigurationError('the endpoint URL carries credentials, which would be printed with it', {
      ...where('endpoint'),
      fix: 'put them in a header instead, e.g. Authorization: Basic ${APP_CREDENTIALS}',
    });
  }
  const { headers, secrets } = expandHeaders(settings.headers, run.env, where('headers'));
  const answerText = settings.answerPath ?? PROVIDER_DEFAULTS.answerPath;
  const provider = new HttpProvider(
    {
      url,
      headers,
      body: compileBodyTemplate(settings.bodyTemplate, where('bodyTemplate')),
      answerPath: { text: answerText, steps: compileFieldPath(answerText, where('answerPath')) },
      claimsPath:
        settings.claimsPath === undefined
          ? answerText === PROVIDER_DEFAULTS.answerPath
            ? { text: 'claims', steps: ['claims'] }
            : undefined
          : { text: settings.claimsPath, steps: compileFieldPath(settings.claimsPath, where('claimsPath')) },
      contextsPath:
        settings.contextsPath === undefined
          ? answerText === PROVIDER_DEFAULTS.answerPath
            ? { text: 'contexts', steps: ['contexts'] }
            : undefined
          : { text: settings.contextsPath, steps: compileFieldPath(settings.contextsPath, where('contextsPath')) },
      timeoutMs: run.timeoutMs,
      retries: run.retries,
      maxRetryWaitMs: checkCount(settings.maxRetryWaitMs ?? PROVIDER_DEFAULTS.maxRetryWaitMs, 0, 3600 * 1000, settings, 'maxRetryWaitMs'),
      maxResponseBytes: checkCount(settings.maxResponseBytes ?? PROVIDER_DEFAULTS.maxResponseBytes, 64, 1024 ** 3, settings, 'maxResponseBytes'),
      concurrency: run.concurrency,
    },
    run.clock,
  );
  return {
    concurrency: run.concurrency,
    secrets,
    ask: (kase, _lane, signal) => provider.ask(kase, signal),
    close: () => provider.close(),
  };
}

function checkCount(value: number, min: number, max: number, settings: ProviderSettings, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigurationError(`${field} is ${value}, which is not a whole number from ${min} to ${max}`, {
      ...settingsPlace(settings.origin, field),
      fix: `set a whole number between ${min} and ${max}`,
    });
  }
  return value;
}
