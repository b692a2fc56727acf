import { performance } from 'node:perf_hooks';
import { Agent, request, type Dispatcher } from 'undici';
import type { AppResponse } from './types.js';
import { checkAppResponse, checkClaims, excerpt, parseJsonText, type PublicCase } from './app-protocol.js';
import { checkContexts } from './contexts.js';
import { roundMs } from './command.js';
import { formatSeconds } from '../report/format.js';
import { readFieldPath } from './http-template.js';
import { backoffMs, parseRetryAfter } from '../shared/retry-after.js';

/** Everything the HTTP provider needs, resolved and validated once per run. */
export interface HttpTarget {
  url: URL;
  headers: Record<string, string>;
  body: (kase: PublicCase) => string;
  /** Field path steps, and the path as the user wrote it (for messages). */
  answerPath: { steps: (string | number)[]; text: string };
  claimsPath: { steps: (string | number)[]; text: string } | undefined;
  /** Where the retrieved passages are, when the app returns them. */
  contextsPath: { steps: (string | number)[]; text: string } | undefined;
  timeoutMs: number;
  retries: number;
  maxRetryWaitMs: number;
  maxResponseBytes: number;
  concurrency: number;
}

/** Time as the HTTP provider sees it; injected so retry waits are testable without waiting. */
export interface HttpClock {
  now(): number;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  random(): number;
}

export const realClock: HttpClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    }),
  random: Math.random,
};

const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;
const MAX_REDIRECTS = 5;
/** After this many cases in a row that could not connect at all, stop trying the rest. */
export const MAX_UNREACHABLE_CASES = 5;

type Attempt =
  | { kind: 'ok'; response: AppResponse }
  | { kind: 'retry'; error: string; retryAfterMs: number | undefined; unreachable?: true }
  | { kind: 'final'; error: string; unreachable?: true };

/**
 * POSTs each case to the app's endpoint over a keep-alive connection pool. Retries
 * 429 and 5xx (honouring retry-after) and refused connections; never follows a
 * redirect to another origin, so headers carrying secrets stay with the configured host.
 */
export class HttpProvider {
  private readonly agent: Agent;
  private unreachableInARow = 0;
  private lastUnreachable = '';

  constructor(
    private readonly target: HttpTarget,
    private readonly clock: HttpClock = realClock,
  ) {
    this.agent = new Agent({ connections: target.concurrency, keepAliveTimeout: 10_000 });
  }

  async ask(kase: PublicCase, signal: AbortSignal): Promise<AppResponse> {
    // An endpoint that is not up would cost every case its full retry budget.
    if (this.unreachableInARow >= MAX_UNREACHABLE_CASES) {
      return {
        id: kase.id,
        answer: '',
        error: `not sent: the endpoint could not be reached for ${this.unreachableInARow} cases in a row; last failure: ${this.lastUnreachable}`,
        latency_ms: 0,
      };
    }
    const body = this.target.body(kase);
    for (let attempt = 1; ; attempt++) {
      const started = performance.now();
      const outcome = await this.attempt(kase.id, body, signal);
      const latency_ms = roundMs(performance.now() - started);
      if (outcome.kind === 'ok' || !outcome.unreachable) this.unreachableInARow = 0;
      else if (outcome.kind === 'final' || attempt > this.target.retries) {
        this.unreachableInARow++;
        this.lastUnreachable = outcome.error;
      }
      if (outcome.kind === 'ok') return { ...outcome.response, latency_ms: outcome.response.latency_ms ?? latency_ms };
      const tries = attempt > 1 ? ` (after ${attempt} attempts)` : '';
      if (outcome.kind === 'final' || attempt > this.target.retries) {
        return { id: kase.id, answer: '', error: outcome.error + tries, latency_ms };
      }
      const asked = outcome.retryAfterMs;
      if (asked !== undefined && asked > this.target.maxRetryWaitMs) {
        return {
          id: kase.id,
          answer: '',
          error: `${outcome.error}; the server asked to retry after ${formatSeconds(asked)}, longer than the ${formatSeconds(this.target.maxRetryWaitMs)} limit${tries}; fix: lower the load (concurrency) or raise the retry wait limit`,
          latency_ms,
        };
      }
      await this.clock.sleep(asked ?? backoffMs(attempt, BACKOFF_BASE_MS, BACKOFF_CAP_MS, this.clock.random), signal);
      if (signal.aborted) return { id: kase.id, answer: '', error: 'cancelled before the endpoint answered', latency_ms };
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async attempt(id: string, body: string, signal: AbortSignal): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.target.timeoutMs);
    const onAbort = () => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) controller.abort();
    try {
      return await this.post(id, body, controller.signal);
    } catch (error) {
      if (timedOut) {
        return {
          kind: 'final',
          error: `the endpoint did not answer within ${formatSeconds(this.target.timeoutMs)}; fix: make the app answer within the time-out or raise timeout-ms (now ${this.target.timeoutMs})`,
        };
      }
      if (signal.aborted) return { kind: 'final', error: 'cancelled before the endpoint answered' };
      return describeNetworkError(error, this.target.url);
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
  }

  private async post(id: string, body: string, signal: AbortSignal): Promise<Attempt> {
    let url = this.target.url;
    for (let hop = 0; ; hop++) {
      const response = await request(url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...this.target.headers },
        body,
        signal,
      });
      const status = response.statusCode;
      if (status >= 300 && status < 400 && status !== 304) {
        await response.body.dump();
        const next = redirectTarget(url, response.headers.location);
        if (typeof next === 'string') return { kind: 'final', error: `HTTP ${status}: ${next}` };
        if (next.origin !== url.origin) {
          return {
            kind: 'final',
            error: `HTTP ${status}: the endpoint redirects to another origin (${next.origin}); the redirect was not followed, so the request headers (which may carry secrets) were not sent there; fix: set the endpoint to the final URL if you trust that host`,
          };
        }
        if (status !== 307 && status !== 308) {
          return {
            kind: 'final',
            error: `HTTP ${status}: the endpoint redirects to ${next.pathname}, and following a ${status} would turn the POST into a GET; fix: set the endpoint to the final URL`,
          };
        }
        if (hop >= MAX_REDIRECTS) return { kind: 'final', error: `more than ${MAX_REDIRECTS} redirects; fix: set the endpoint to the final URL` };
        url = next;
        continue;
      }
      const text = await readCapped(response.body, this.target.maxResponseBytes);
      if (text === undefined) {
        return {
          kind: 'final',
          error: `HTTP ${status}: the response body is larger than ${this.target.maxResponseBytes} bytes; fix: return a smaller body or raise the response size limit`,
        };
      }
      if (status === 429 || status >= 500) {
        const retryAfter = parseRetryAfter(headerValue(response.headers['retry-after']), this.clock.now());
        return { kind: 'retry', error: `HTTP ${status}: ${excerpt(text)}`, retryAfterMs: retryAfter };
      }
      if (status < 200 || status >= 300) return { kind: 'final', error: describeClientError(status, text) };
      return this.decode(id, status, text);
    }
  }

  private decode(id: string, status: number, text: string): Attempt {
    const json = parseJsonText(text);
    if (!json.ok) {
      return { kind: 'final', error: `HTTP ${status}: the response body is ${json.error}; fix: return a JSON body` };
    }
    const { answerPath, claimsPath, contextsPath } = this.target;
    // The plain contract ({id, answer, claims, contexts}) gets the full check, including the id echo.
    if (answerPath.text === 'answer' && (claimsPath === undefined || claimsPath.text === 'claims') && (contextsPath === undefined || contextsPath.text === 'contexts')) {
      const checked = checkAppResponse(json.value, id, false);
      return checked.ok ? { kind: 'ok', response: checked.value } : { kind: 'final', error: `the endpoint's response is invalid: ${checked.error}` };
    }
    const answer = readFieldPath(json.value, answerPath.steps);
    if (typeof answer !== 'string') {
      return {
        kind: 'final',
        error: `the response has no text at "${answerPath.text}" (${describeFound(answer, json.value)}); fix: set the answer path to where the answer is`,
      };
    }
    const response: AppResponse = { id, answer };
    const reported = (json.value as Record<string, unknown> | null)?.latency_ms;
    if (typeof reported === 'number' && Number.isFinite(reported) && reported >= 0) response.latency_ms = reported;
    if (claimsPath) {
      const rawClaims = readFieldPath(json.value, claimsPath.steps);
      if (rawClaims !== undefined && rawClaims !== null) {
        const claims = checkClaims(rawClaims);
        if (!claims.ok) return { kind: 'final', error: `the claims at "${claimsPath.text}" are invalid: ${claims.error}` };
        response.claims = claims.value;
      }
    }
    if (contextsPath) {
      const rawContexts = readFieldPath(json.value, contextsPath.steps);
      if (rawContexts !== undefined && rawContexts !== null) {
        const contexts = checkContexts(rawContexts);
        if (!contexts.ok) return { kind: 'final', error: `the contexts at "${contextsPath.text}" are invalid: ${contexts.error}` };
        response.contexts = contexts.value;
      }
    }
    return { kind: 'ok', response };
  }
}

function redirectTarget(from: URL, location: string | string[] | undefined): URL | string {
  const value = headerValue(location);
  if (!value) return 'a redirect without a Location header; fix: set the endpoint to the final URL';
  try {
    return new URL(value, from);
  } catch {
    return `a redirect to an invalid URL ${excerpt(value)}; fix: set the endpoint to the final URL`;
  }
}

/** The body as text, or undefined once it exceeds `limit` bytes (the rest is not read). */
async function readCapped(body: Dispatcher.ResponseData['body'], limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function describeClientError(status: number, text: string): string {
  const fix =
    status === 401 || status === 403
      ? 'check the credentials in the request headers'
      : status === 404 || status === 405
        ? 'check the endpoint URL and that it accepts POST'
        : 'check the request body template against what the app expects';
  return `HTTP ${status}: ${excerpt(text)}; fix: ${fix}`;
}

function describeFound(value: unknown, root: unknown): string {
  const found = value === undefined ? 'nothing there' : `found ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}`;
  if (typeof root === 'object' && root !== null && !Array.isArray(root)) {
    const keys = Object.keys(root).slice(0, 10);
    return `${found}; the top-level fields are ${keys.length ? keys.join(', ') : 'none'}`;
  }
  return found;
}

function describeNetworkError(error: unknown, url: URL): Attempt {
  const err = error as { code?: string; message?: string; cause?: { code?: string } };
  const code = err.code ?? err.cause?.code;
  const where = url.origin;
  switch (code) {
    case 'ECONNREFUSED':
      return {
        kind: 'retry',
        error: `could not connect to ${where}: connection refused; fix: start the app before factgate and wait until it listens, or check the endpoint`,
        retryAfterMs: undefined,
        unreachable: true,
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { kind: 'final', error: `could not resolve the host of ${where}; fix: check the endpoint URL`, unreachable: true };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return { kind: 'retry', error: `the connection to ${where} was closed before a response arrived (${code})`, retryAfterMs: undefined };
    default:
      return { kind: 'final', error: `request to ${where} failed: ${code ? `${code}: ` : ''}${err.message ?? String(error)}` };
  }
}
