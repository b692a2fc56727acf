import { backoffMs, parseRetryAfter } from '../../shared/retry-after.js';
import { ConfigurationError } from '../../shared/errors.js';
import type { Judge, JudgeRequest, JudgeResult } from '../types.js';
import { buildMessages, LLM_PROMPT_VERSION, parseVerdictList, type ClaimBatch } from './llm-prompt.js';
import { mapWithConcurrency } from './pool.js';
import { isRawVerdict, resultFromVerdict, undetermined, verdictProblem, type RawVerdict } from './verdict-schema.js';

export interface LlmJudgeOptions {
  /** OpenAI-compatible API root, e.g. "https://api.openai.com/v1"; "/chat/completions" is appended. */
  baseUrl: string;
  model: string;
  /** Bearer token; the caller reads it from the environment and masks it. Never logged or cached. */
  apiKey?: string;
  /** Chat requests in flight at once. */
  concurrency?: number;
  /** Per HTTP attempt, reading the body included. */
  timeoutMs?: number;
  /** Further attempts after a 429, a 5xx, a network error or a time-out. */
  maxRetries?: number;
  /** Longest wait before a retry; a server asking for more is not waited for. */
  maxRetryWaitMs?: number;
  /** First back-off when the server gives no retry-after; doubles each attempt. */
  backoffBaseMs?: number;
  /** Claims sharing a question and sources judged in one request. */
  batchSize?: number;
  /** Ask for `response_format: json_object`; turn off for servers that reject it. */
  jsonMode?: boolean;
  /** Extra request headers (e.g. an organisation id). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export const LLM_DEFAULTS = {
  concurrency: 4,
  timeoutMs: 60_000,
  maxRetries: 4,
  maxRetryWaitMs: 60_000,
  backoffBaseMs: 1_000,
  batchSize: 8,
  jsonMode: true,
} as const;

const RETRYABLE = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

/** Longest response body read; a reply of verdicts is a few kilobytes. */
const MAX_RESPONSE_CHARS = 4 * 1024 * 1024;

/** A judge that asks a chat-completions endpoint; anything it cannot read is undetermined, never supported. */
export function createLlmJudge(options: LlmJudgeOptions): Judge & { readonly cacheIdentity: string } {
  const settings = { ...LLM_DEFAULTS, ...definedOnly(options) };
  const name = `llm:${options.model}`;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const redact = (text: string): string => (options.apiKey ? text.split(options.apiKey).join('[redacted]') : text);

  if (!/^https?:\/\//i.test(options.baseUrl)) {
    throw new ConfigurationError(`the judge base URL "${options.baseUrl}" is not an http(s) URL`, {
      place: 'judge base URL',
      fix: 'give the API root, e.g. https://api.openai.com/v1',
    });
  }
  if (options.model.trim() === '') {
    throw new ConfigurationError('no model is named for the LLM judge', { place: 'judge model', fix: 'name the model, e.g. gpt-4o-mini' });
  }

  /** Sends one chat request with retries; returns the reply text or why there is none. */
  async function complete(batch: ClaimBatch): Promise<{ content: string } | { failure: string }> {
    const body = JSON.stringify({
      model: options.model,
      temperature: 0,
      messages: buildMessages(batch),
      ...(settings.jsonMode ? { response_format: { type: 'json_object' } } : {}),
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;

    let lastProblem = '';
    for (let attempt = 1; attempt <= settings.maxRetries + 1; attempt++) {
      let retryAfter: number | undefined;
      try {
        const response = await doFetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(settings.timeoutMs) });
        const text = await response.text();
        if (text.length > MAX_RESPONSE_CHARS) return { failure: `the response is larger than ${MAX_RESPONSE_CHARS} characters` };
        if (response.ok) return readCompletion(text);
        if (response.status === 401 || response.status === 403) {
          throw new ConfigurationError(`the LLM judge endpoint refused the API key (HTTP ${response.status})`, {
            place: 'judge API key',
            fix: 'check that the environment variable named for the key holds a valid key for this endpoint',
          });
        }
        if (response.status === 404) {
          throw new ConfigurationError(`the LLM judge endpoint ${url} answered 404 for model "${options.model}"`, {
            place: 'judge base URL / model',
            fix: 'give the API root that serves /chat/completions (often ending in /v1) and a model it offers',
          });
        }
        lastProblem = `HTTP ${response.status}${snippet(text)}`;
        if (!RETRYABLE.has(response.status)) return { failure: lastProblem };
        retryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
      } catch (error) {
        if (error instanceof ConfigurationError) throw error;
        lastProblem = describeFetchError(error, settings.timeoutMs);
      }
      if (attempt > settings.maxRetries) break;
      const wait = retryAfter ?? backoffMs(attempt, settings.backoffBaseMs, settings.maxRetryWaitMs);
      if (wait > settings.maxRetryWaitMs) {
        return { failure: `${lastProblem}; the server asked to wait ${Math.ceil(wait / 1000)} s, more than the ${Math.ceil(settings.maxRetryWaitMs / 1000)} s allowed` };
      }
      await sleep(wait);
    }
    return { failure: `${lastProblem} after ${settings.maxRetries + 1} attempts` };
  }

  async function judgeBatch(batch: ClaimBatch): Promise<JudgeResult[]> {
    const reply = await complete(batch);
    if ('failure' in reply) return batch.claims.map((c) => undetermined(c.request.key, name, `no verdict: ${reply.failure}`));
    const list = parseVerdictList(reply.content);
    if (typeof list === 'string') return batch.claims.map((c) => undetermined(c.request.key, name, `no verdict: ${list}`));
    const byId = new Map<string, unknown>();
    for (const entry of list) {
      const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && !byId.has(id)) byId.set(id, entry);
    }
    return batch.claims.map(({ id, request }) => {
      const entry = byId.get(id);
      if (entry === undefined) return undetermined(request.key, name, 'no verdict: the reply has no verdict for this claim');
      if (!isRawVerdict(entry)) return undetermined(request.key, name, `no verdict: invalid verdict (${verdictProblem(entry)})`);
      return resultFromVerdict(request.key, entry as RawVerdict, name, request.sources);
    });
  }

  return {
    name,
    cacheIdentity: `llm\u0000${options.model}\u0000${LLM_PROMPT_VERSION}`,
    async judge(requests) {
      const results = await mapWithConcurrency(batchRequests(requests, settings.batchSize), settings.concurrency, judgeBatch);
      const byKey = new Map(results.flat().map((result) => [result.key, { ...result, reason: redact(result.reason) }]));
      return requests.map((request) => byKey.get(request.key) ?? undetermined(request.key, name, 'no verdict'));
    },
  };
}

/** Groups claims that share a question and sources, so the sources are sent once per batch. */
export function batchRequests(requests: readonly JudgeRequest[], size: number): ClaimBatch[] {
  const groups = new Map<string, JudgeRequest[]>();
  for (const request of requests) {
    const key = JSON.stringify([request.question, request.sources.map((s) => [s.id, s.text])]);
    const group = groups.get(key);
    if (group) group.push(request);
    else groups.set(key, [request]);
  }
  const batches: ClaimBatch[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += Math.max(1, size)) {
      const slice = group.slice(i, i + Math.max(1, size));
      const first = slice[0] as JudgeRequest;
      batches.push({ question: first.question, sources: first.sources, claims: slice.map((request, j) => ({ id: `c${j + 1}`, request })) });
    }
  }
  return batches;
}

function readCompletion(text: string): { content: string } | { failure: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { failure: `the endpoint's response is not JSON${snippet(text)}` };
  }
  const content = (parsed as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') return { failure: 'the response has no choices[0].message.content' };
  return { content };
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `timed out after ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `request failed (${error instanceof Error ? error.message : String(error)}${cause})`;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return flat ? `: ${flat}` : '';
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
