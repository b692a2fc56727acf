import type { ErrorObject } from 'ajv';
import { ConfigurationError } from './errors.js';
import { formatPlace, type ParsedDocument, type PathSegment } from './structured.js';

/**
 * The options of every Ajv factgate makes. Strict mode catches mistakes in our own schemas;
 * no `$data` and no `allErrors`, so untrusted input cannot make validation do more work than
 * one pass that stops at the first error. The golden-case, response and factgate.yml schemas
 * are compiled ahead of time with these options (validators.generated.ts); only the report
 * schema, read for baselines, is compiled at run time (validate-report.ts).
 */
export const AJV_OPTIONS = { strict: true, allErrors: false, $data: false, allowUnionTypes: true } as const;

const KEYWORD_RANK: Record<string, number> = { anyOf: 0, oneOf: 0, type: 1, enum: 2 };

/**
 * With anyOf, Ajv reports one error per branch: the deepest one, and among equals a
 * specific one (unknown key, missing key) over "must be string", says what went wrong.
 */
export function bestError(errors: readonly ErrorObject[]): ErrorObject {
  let best = errors[0]!;
  for (const error of errors) {
    const depth = error.instancePath.split('/').length;
    const bestDepth = best.instancePath.split('/').length;
    const rank = KEYWORD_RANK[error.keyword] ?? 3;
    const bestRank = KEYWORD_RANK[best.keyword] ?? 3;
    if (depth > bestDepth || (depth === bestDepth && rank > bestRank)) best = error;
  }
  return best;
}

/** Turns the first schema error into a message that names the place and the fix. */
export function schemaError(
  error: ErrorObject,
  doc: ParsedDocument,
  file: string,
  basePath: readonly PathSegment[],
  what: string,
  knownKeys?: (path: PathSegment[]) => readonly string[] | undefined,
): ConfigurationError {
  const path: PathSegment[] = [...basePath, ...pointerToPath(error.instancePath)];
  const params = error.params as Record<string, unknown>;
  let message: string;
  let fix: string;
  let keyPath = path;
  let atKey = false;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      keyPath = [...path, extra];
      atKey = true;
      const allowed = knownKeys?.(path) ?? [];
      const guess = closest(extra, allowed);
      message = `unknown key "${extra}" in ${what}`;
      fix = guess
        ? `did you mean "${guess}"? Rename the key`
        : `remove it${allowed.length ? `; allowed keys: ${allowed.join(', ')}` : ''}`;
      break;
    }
    case 'required': {
      const missing = String(params.missingProperty);
      // A required key that is missing next to an unknown look-alike is a typo: point at it.
      const typo = Object.keys(valueAt(doc.value, path) ?? {}).find(
        (k) => !(knownKeys?.(path) ?? []).includes(k) && closest(k, [missing]) !== null,
      );
      if (typo !== undefined) {
        keyPath = [...path, typo];
        atKey = true;
        message = `unknown key "${typo}" in ${what}`;
        fix = `did you mean "${missing}"? Rename the key`;
      } else {
        message = `${what} is missing "${missing}"`;
        fix = `add a "${missing}" key`;
      }
      break;
    }
    case 'type': {
      const found = valueAtPath(doc.value, path);
      // YAML's .nan and .inf are numbers to JSON Schema's eyes only after they are read: say what was written.
      const special = typeof found === 'number' && !Number.isFinite(found) ? ` (it is ${Number.isNaN(found) ? '.nan, not a number' : 'an infinity, .inf'})` : '';
      message = `${describePath(path, what)} must be ${String(params.type)}${special}`;
      fix = `write ${article(String(params.type))} ${String(params.type)} there${special && params.type !== 'string' ? ' (a finite number)' : special ? ' (quote it to mean the text)' : ''}`;
      break;
    }
    case 'enum':
      message = `${describePath(path, what)} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      fix = 'use one of the allowed values';
      break;
    case 'maxLength':
    case 'maxItems':
      message = `${describePath(path, what)} is too long (${error.message ?? ''})`;
      fix = 'shorten it, or split the case';
      break;
    case 'minLength':
    case 'minItems':
      message = `${describePath(path, what)} is empty or too short (${error.message ?? ''})`;
      fix = 'fill it in';
      break;
    case 'pattern': {
      const rule = describePattern(String(params.pattern), valueAtPath(doc.value, path));
      message = `${describePath(path, what)} ${rule.problem}`;
      fix = rule.fix;
      break;
    }
    default:
      message = `${describePath(path, what)} ${error.message ?? 'is invalid'}`;
      fix = 'see the JSON Schema shipped in schemas/ for the allowed form';
  }
  const position = doc.locate(keyPath, atKey);
  return new ConfigurationError(message, { file, place: formatPlace(position, keyPath), fix });
}

/** The value at a path, whatever its type (undefined when absent). */
function valueAtPath(root: unknown, path: readonly PathSegment[]): unknown {
  let value: unknown = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The schemas' two kinds of pattern, said in words: a URL scheme, or an identifier's characters. */
function describePattern(pattern: string, value: unknown): { problem: string; fix: string } {
  if (pattern === '^https?://') {
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(String(value))?.[1];
    return { problem: `must be an http:// or https:// URL${scheme ? `, not ${scheme}:` : ''}`, fix: 'give the app\'s URL, e.g. http://127.0.0.1:8080/answer (other schemes such as file: are not read)' };
  }
  const identifier = /^\^\[([^\]]+)\]\[([^\]]+)\]\*\$$/.exec(pattern);
  if (identifier) {
    const first = describeClass(identifier[1]!);
    const rest = describeClass(identifier[2]!);
    const plural = rest.map((word) => word.replace(/^a (letter|digit)$/, '$1s'));
    return { problem: 'has characters that are not allowed', fix: `start with ${first.join(' or ')}; then use ${plural.join(', ')} only` };
  }
  return { problem: `does not match the pattern ${pattern}`, fix: `write a value that matches ${pattern}` };
}

/** `A-Za-z0-9._:-` → ["letters", "digits", ". _ : -"]. */
function describeClass(characterClass: string): string[] {
  let rest = characterClass;
  const words: string[] = [];
  if (rest.includes('A-Za-z') || rest.includes('a-zA-Z')) words.push('a letter');
  rest = rest.replace(/A-Za-z|a-zA-Z/, '');
  if (rest.includes('0-9')) words.push('a digit');
  rest = rest.replace('0-9', '').replace(/\\/g, '');
  if (rest !== '') words.push([...rest].join(' '));
  return words;
}

function valueAt(root: unknown, path: readonly PathSegment[]): Record<string, unknown> | null {
  let value: unknown = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[segment as string];
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function describePath(path: readonly PathSegment[], what: string): string {
  const last = path[path.length - 1];
  return last === undefined ? what : `"${String(last)}"`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The allowed key closest to a typo, when it is close enough to be a likely slip. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The longest string a schema allows anywhere (its largest `maxLength`): a reader can refuse
 * a longer one before parsing it. One source of truth with the schema's own limits.
 */
export function longestStringAllowed(schema: object): number {
  let longest = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const maxLength = (node as { maxLength?: unknown }).maxLength;
      if (typeof maxLength === 'number') longest = Math.max(longest, maxLength);
      Object.values(node).forEach(visit);
    }
  };
  visit(schema);
  return longest;
}
