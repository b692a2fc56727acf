/**
 * What the app's retriever returned for a case: the passages its answer was drawn from.
 * Bounded so that one response cannot make the judge read a library: at most
 * MAX_CONTEXTS passages, MAX_CONTEXT_CHARS characters each and MAX_CONTEXTS_TOTAL_CHARS
 * in all (the same bounds as in schemas/response.schema.json, and the code checks them
 * for the command, worker and HTTP providers too).
 */
import type { Parsed, RetrievedContext } from './types.js';

export type { RetrievedContext } from './types.js';

export const MAX_CONTEXTS = 1000;
export const MAX_CONTEXT_CHARS = 100_000;
export const MAX_CONTEXTS_TOTAL_CHARS = 1_000_000;
export const MAX_CONTEXT_ID_CHARS = 256;

/** A problem and where it is inside the response, for a JSON pointer in the error. */
export type ContextsCheck = { ok: true; value: RetrievedContext[] } | { ok: false; error: string; at: (string | number)[] };

/**
 * Checks the `contexts` of a response: a list of {id, text, title?, score?, source?},
 * ids unique, within the bounds. Messages say what is wrong and how to fix it.
 */
export function checkContexts(value: unknown): ContextsCheck {
  const fail = (error: string, ...at: (string | number)[]): ContextsCheck => ({ ok: false, error, at: ['contexts', ...at] });
  if (!Array.isArray(value)) return fail(`"contexts" is ${describe(value)}, not a list; fix: return a list of {"id", "text"} passages`);
  if (value.length > MAX_CONTEXTS) {
    return fail(`"contexts" has ${value.length} passages, more than the ${MAX_CONTEXTS} allowed; fix: return only the passages the answer was drawn from (the retriever's top k)`);
  }
  const seen = new Map<string, number>();
  const contexts: RetrievedContext[] = [];
  let total = 0;
  for (const [i, item] of value.entries()) {
    const c = item as Record<string, unknown> | null;
    if (typeof c !== 'object' || c === null || Array.isArray(c)) return fail(`contexts[${i}] is ${describe(item)}, not an object like {"id", "text"}; fix: write each passage as an object`, i);
    const unknown = Object.keys(c).find((key) => !KEYS.has(key));
    if (unknown !== undefined) return fail(`contexts[${i}] has an unknown key "${unknown}"; fix: use only ${[...KEYS].join(', ')}`, i, unknown);
    const id = typeof c.id === 'number' && Number.isFinite(c.id) ? String(c.id) : c.id;
    if (typeof id !== 'string' || id === '' || id.length > MAX_CONTEXT_ID_CHARS) {
      return fail(`contexts[${i}].id is ${describe(c.id)}; fix: give every passage an id (1 to ${MAX_CONTEXT_ID_CHARS} characters), unique in the response`, i, 'id');
    }
    const first = seen.get(id);
    if (first !== undefined) return fail(`contexts[${i}].id "${id}" repeats contexts[${first}].id; fix: give each passage of a response its own id (a citation must name one passage)`, i, 'id');
    seen.set(id, i);
    if (typeof c.text !== 'string' || c.text === '') return fail(`contexts[${i}].text is ${describe(c.text)}; fix: give the passage's text`, i, 'text');
    if (c.text.length > MAX_CONTEXT_CHARS) {
      return fail(`contexts[${i}].text has ${c.text.length} characters, more than the ${MAX_CONTEXT_CHARS} allowed for a passage; fix: return the retrieved chunk, not the whole document`, i, 'text');
    }
    total += c.text.length;
    if (total > MAX_CONTEXTS_TOTAL_CHARS) {
      return fail(`"contexts" hold more than ${MAX_CONTEXTS_TOTAL_CHARS} characters in all (at contexts[${i}]); fix: return fewer or shorter passages`, i, 'text');
    }
    const context: RetrievedContext = { id, text: c.text };
    if (c.title !== undefined && c.title !== null) {
      if (typeof c.title !== 'string' || c.title.length > 500) return fail(`contexts[${i}].title is ${describe(c.title)}; fix: a string of at most 500 characters`, i, 'title');
      context.title = c.title;
    }
    if (c.score !== undefined && c.score !== null) {
      if (typeof c.score !== 'number' || !Number.isFinite(c.score)) return fail(`contexts[${i}].score is ${describe(c.score)}; fix: a finite number (higher ranks first)`, i, 'score');
      context.score = c.score;
    }
    if (c.source !== undefined && c.source !== null) {
      const source = typeof c.source === 'number' && Number.isFinite(c.source) ? String(c.source) : c.source;
      if (typeof source !== 'string' || source === '' || source.length > MAX_CONTEXT_ID_CHARS) {
        return fail(`contexts[${i}].source is ${describe(c.source)}; fix: the id of the golden-set source or document the passage came from`, i, 'source');
      }
      context.source = source;
    }
    contexts.push(context);
  }
  return { ok: true, value: contexts };
}

/** The passages in rank order: by score (highest first) when every passage has one, else as listed. */
export function rankedContexts<T extends { score?: number }>(contexts: readonly T[]): T[] {
  if (contexts.length === 0 || !contexts.every((c) => typeof c.score === 'number')) return [...contexts];
  return contexts
    .map((context, index) => ({ context, index }))
    .sort((a, b) => b.context.score! - a.context.score! || a.index - b.index)
    .map((entry) => entry.context);
}

/** Adapts a contexts check to the plain protocol result the providers use. */
export function contextsParsed(check: ContextsCheck): Parsed<RetrievedContext[]> {
  return check.ok ? check : { ok: false, error: check.error };
}

const KEYS = new Set(['id', 'text', 'title', 'score', 'source']);

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'empty' : `a string of ${value.length} characters`;
  return `a ${typeof value}`;
}
