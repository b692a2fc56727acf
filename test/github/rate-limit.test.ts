import { describe, expect, it } from 'vitest';
import { rateLimitHit, SECONDARY_FALLBACK_SECONDS } from '../../src/github/rate-limit.js';

/** The fields of an Octokit RequestError that the decision reads. */
function requestError(status: number, headers: Record<string, string>, data: unknown = { message: 'x' }) {
  return { status, message: (data as { message?: string }).message ?? '', response: { headers, data } };
}

const NOW = Date.parse('2025-03-01T10:00:00Z');

describe('rateLimitHit', () => {
  it('waits as long as Retry-After says, in seconds or as an HTTP date', () => {
    expect(rateLimitHit(requestError(429, { 'retry-after': '7' }), NOW)).toEqual({ kind: 'secondary', waitSeconds: 7 });
    expect(rateLimitHit(requestError(429, { 'retry-after': 'Sat, 01 Mar 2025 10:00:30 GMT' }), NOW)).toEqual({ kind: 'secondary', waitSeconds: 30 });
  });

  it('waits until x-ratelimit-reset and one second more when the primary limit is spent', () => {
    const reset = String(NOW / 1000 + 42);
    expect(rateLimitHit(requestError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, { message: 'API rate limit exceeded' }), NOW)).toEqual({ kind: 'primary', waitSeconds: 43 });
    // A reset already past: one second.
    expect(rateLimitHit(requestError(429, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 5) }), NOW)).toEqual({ kind: 'primary', waitSeconds: 1 });
  });

  it("takes GitHub's one-minute advice when a limit names no wait", () => {
    expect(rateLimitHit(requestError(429, {}), NOW)).toEqual({ kind: 'secondary', waitSeconds: SECONDARY_FALLBACK_SECONDS });
    expect(rateLimitHit(requestError(403, {}, { message: 'You have exceeded a secondary rate limit.' }), NOW)).toEqual({ kind: 'secondary', waitSeconds: SECONDARY_FALLBACK_SECONDS });
  });

  it('leaves a permission 403 and other statuses alone', () => {
    expect(rateLimitHit(requestError(403, {}, { message: 'Resource not accessible by integration' }), NOW)).toBeNull();
    expect(rateLimitHit(requestError(502, { 'retry-after': '1' }), NOW)).toBeNull();
    expect(rateLimitHit(new Error('socket hang up'), NOW)).toBeNull();
  });
});
