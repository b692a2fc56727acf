import type { GoldenCase, Source } from '../golden/types.js';
import { checkContexts } from './contexts.js';
import type { AppResponse, Parsed, StructuredClaim } from './types.js';

/**
 * What the application is shown of a case: never the expected facts, the forbidden
 * facts or the expected behaviour, which would let an app pass by reading the key.
 */
export interface PublicCase {
  id: string;
  category: string;
  question: string;
  sources: Source[];
}

export function publicCase(kase: GoldenCase): PublicCase {
  return {
    id: kase.id,
    category: kase.category,
    question: kase.question,
    sources: kase.sources.map((s) => (s.title === undefined ? { id: s.id, text: s.text } : { id: s.id, title: s.title, text: s.text })),
  };
}

export type { Parsed } from './types.js';

/**
 * Checks a decoded response object against the response contract.
 * `idRequired`: worker lines must echo the id, so an out-of-order answer is caught.
 */
export function checkAppResponse(value: unknown, expectedId: string, idRequired: boolean): Parsed<AppResponse> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `the response is ${describeJson(value)}, not an object like {"id": ..., "answer": "..."}` };
  }
  const record = value as Record<string, unknown>;
  if (record.id === undefined || record.id === null) {
    if (idRequired) return { ok: false, error: `the response has no "id"; a worker must echo each case's id` };
  } else if (String(record.id) !== expectedId) {
    return {
      ok: false,
      error: `the response is for case ${JSON.stringify(String(record.id))}, not ${JSON.stringify(expectedId)}; answer each request in order, echoing its id`,
    };
  }
  const appError = typeof record.error === 'string' && record.error !== '' ? record.error : undefined;
  if (typeof record.answer !== 'string' && !(appError && (record.answer === undefined || record.answer === null))) {
    return { ok: false, error: `"answer" is ${describeJson(record.answer)}, not a string` };
  }
  const response: AppResponse = { id: expectedId, answer: typeof record.answer === 'string' ? record.answer : '' };
  if (record.claims !== undefined && record.claims !== null) {
    const claims = checkClaims(record.claims);
    if (!claims.ok) return claims;
    response.claims = claims.value;
  }
  if (record.contexts !== undefined && record.contexts !== null) {
    const contexts = checkContexts(record.contexts);
    if (!contexts.ok) return { ok: false, error: contexts.error };
    response.contexts = contexts.value;
  }
  if (record.latency_ms !== undefined && record.latency_ms !== null) {
    const ms = record.latency_ms;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return { ok: false, error: `"latency_ms" is ${describeJson(ms)}, not a number of milliseconds (0 or more)` };
    response.latency_ms = ms;
  }
  if (appError) response.error = `the app reported an error: ${appError}`;
  return { ok: true, value: response };
}

export function checkClaims(value: unknown): Parsed<StructuredClaim[]> {
  if (!Array.isArray(value)) return { ok: false, error: `"claims" is ${describeJson(value)}, not a list` };
  const claims: StructuredClaim[] = [];
  for (const [i, claim] of value.entries()) {
    const c = claim as Record<string, unknown> | null;
    if (typeof c !== 'object' || c === null || typeof c.text !== 'string') {
      return { ok: false, error: `claims[${i}] needs a "text" string` };
    }
    const citations = c.citations ?? [];
    if (!Array.isArray(citations) || !citations.every((x) => typeof x === 'string' || typeof x === 'number')) {
      return { ok: false, error: `claims[${i}].citations must be a list of source ids` };
    }
    claims.push({ text: c.text, citations: citations.map(String) });
  }
  return { ok: true, value: claims };
}

/** Decodes JSON text, describing the failure with a short, log-safe excerpt. */
export function parseJsonText(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `not JSON (${reason}): ${excerpt(text)}` };
  }
}

/** At most `max` characters of untrusted text, on one line, for an error message. */
export function excerpt(text: string, max = 200): string {
  const flat = JSON.stringify(text.length > max ? text.slice(0, max) : text);
  return text.length > max ? `${flat}… (${text.length} characters)` : flat;
}

function describeJson(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
