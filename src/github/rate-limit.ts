import { parseRetryAfter } from '../shared/retry-after.js';

/** GitHub's advice when a secondary rate limit names no wait: at least a minute. */
export const SECONDARY_FALLBACK_SECONDS = 60;

export interface RateLimitHit {
  kind: 'primary' | 'secondary';
  /** Seconds GitHub asked to wait (Retry-After, or until x-ratelimit-reset and one more second). */
  waitSeconds: number;
}

interface ErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

/**
 * Whether a failed request hit one of GitHub's rate limits, and how long to wait.
 * Any 429 counts; a 403 counts when GitHub says so (x-ratelimit-remaining: 0, a
 * Retry-After, "rate limit" in the message, or a GraphQL RATE_LIMITED error), since a
 * 403 otherwise means a missing permission, which no wait fixes.
 */
export function rateLimitHit(error: unknown, nowMs: number): RateLimitHit | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as ErrorLike;
  if (e.status !== 429 && e.status !== 403) return null;
  const headers = e.response?.headers ?? {};
  const header = (name: string): string | undefined => (headers[name] === undefined ? undefined : String(headers[name]));
  const data = e.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const message = `${typeof e.message === 'string' ? e.message : ''} ${typeof data?.message === 'string' ? data.message : ''}`;
  const graphQLLimited = Array.isArray(data?.errors) && data.errors.some((x) => typeof x === 'object' && x !== null && (x as { type?: unknown }).type === 'RATE_LIMITED');
  const exhausted = header('x-ratelimit-remaining') === '0';
  const retryAfterMs = parseRetryAfter(header('retry-after'), nowMs);
  if (e.status === 403 && !exhausted && retryAfterMs === undefined && !graphQLLimited && !/rate limit/i.test(message)) return null;

  const secondary = /secondary rate/i.test(message);
  if (retryAfterMs !== undefined) return { kind: secondary || !exhausted ? 'secondary' : 'primary', waitSeconds: Math.ceil(retryAfterMs / 1000) };
  const reset = Number(header('x-ratelimit-reset'));
  if ((exhausted || graphQLLimited) && Number.isFinite(reset) && reset > 0) {
    return { kind: 'primary', waitSeconds: Math.max(0, Math.ceil(reset - nowMs / 1000)) + 1 };
  }
  return { kind: secondary || !exhausted ? 'secondary' : 'primary', waitSeconds: SECONDARY_FALLBACK_SECONDS };
}
