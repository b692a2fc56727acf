import { describe, expect, it } from 'vitest';
import { backoffMs, parseRetryAfter } from '../../src/shared/retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
  });
  it('reads an HTTP-date relative to now, never negative', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
  });
  it.each([undefined, null, '', '-1', '1.5', 'soon', 'Mon, garbage'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles per attempt up to the cap, jittered into the upper half', () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMs(a, 500, 10_000, () => 1))).toEqual([500, 1000, 2000, 4000, 8000, 10_000]);
    expect(backoffMs(3, 500, 10_000, () => 0)).toBe(1000);
  });
});
