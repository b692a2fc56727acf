import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { ConfigurationError } from './errors.js';
import { findLongString, locateInJson } from './json-scan.js';
import type { PathSegment, Position } from './text-position.js';

export type { PathSegment, Position } from './text-position.js';
export type StructuredFormat = 'json' | 'jsonl' | 'yaml';

/** A parsed document and a way to find where a value sits in the file, for error messages. */
export interface ParsedDocument {
  value: unknown;
  /** First line of the document in the file (JSON Lines: its own line). */
  line: number;
  /** Where the value at `path` (or, with `key`, its key) starts; null when not found. */
  locate(path: readonly PathSegment[], key?: boolean): Position | null;
  /** False when locate() must re-parse the text (JSON): call it on errors only. */
  locateIsCheap: boolean;
}

export interface ParseLimits {
  /** Most YAML aliases resolved per document: bounds alias "billion laughs" expansion. */
  maxAliasCount: number;
  /** Longest key or string allowed anywhere, in characters: longer ones are refused before they are parsed. */
  maxStringChars?: number;
}

const DEFAULT_LIMITS: ParseLimits = { maxAliasCount: 100 };

export function formatFromPath(path: string): StructuredFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return null;
}

/** "/0/sources/1/id": RFC 6901 JSON pointer for a path. */
export function jsonPointer(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(document root)';
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function formatPlace(position: Position | null, path: readonly PathSegment[]): string {
  const pointer = jsonPointer(path);
  return position ? `line ${position.line}, column ${position.column} (${pointer})` : pointer;
}

/**
 * Parses JSON, JSON Lines or YAML. Syntax errors become ConfigurationErrors with the
 * line and column; YAML aliases are bounded and self-referencing anchors refused.
 */
export function parseStructured(
  text: string,
  file: string,
  format: StructuredFormat,
  limits: ParseLimits = DEFAULT_LIMITS,
): ParsedDocument[] {
  switch (format) {
    case 'json':
      return [parseJson(text, file, 1, limits)];
    case 'jsonl':
      return parseJsonLines(text, file, limits);
    case 'yaml':
      return [parseYaml(text, file, limits)];
  }
}

/**
 * parseStructured, but JSON Lines are parsed one line at a time as the caller iterates, so
 * each line's parse can be let go once it is used (a large golden set never holds every
 * line's raw value at once). JSON Lines syntax errors are thrown by the iteration.
 */
export function parseStructuredLazily(text: string, file: string, format: StructuredFormat, limits: ParseLimits = DEFAULT_LIMITS): Iterable<ParsedDocument> {
  return format === 'jsonl' ? jsonLines(text, file, limits) : parseStructured(text, file, format, limits);
}

function parseJson(text: string, file: string, firstLine: number, limits: ParseLimits): ParsedDocument {
  if (text.trim() === '') {
    throw new ConfigurationError('the file is empty', { file, fix: 'write the JSON document in it, or remove the file' });
  }
  if (limits.maxStringChars !== undefined) refuseLongString(text, file, firstLine, limits.maxStringChars);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = jsonErrorPosition(text, error);
    throw new ConfigurationError(`invalid JSON: ${jsonErrorReason(error)}`, {
      file,
      place: position ? `line ${position.line + firstLine - 1}, column ${position.column}` : `line ${firstLine}`,
      fix: 'correct the JSON syntax at that place (a missing comma, quote or bracket is the usual cause)',
    });
  }
  return { value, line: firstLine, locate: (path, key) => locateInJson(text, path, key ?? false, firstLine), locateIsCheap: false };
}

/** Refused while reading: JSON.parse would make the string, and the schema would only then say it is too long. */
function refuseLongString(text: string, file: string, firstLine: number, maxChars: number): void {
  const long = findLongString(text, maxChars, firstLine);
  if (!long) return;
  throw new ConfigurationError(`a string of ${long.length.toLocaleString('en-US')} characters, longer than any field allows (${maxChars.toLocaleString('en-US')})`, {
    file,
    place: formatPlace(long.position, long.path),
    fix: 'shorten it; split a long source text into several sources',
  });
}

function parseJsonLines(text: string, file: string, limits: ParseLimits): ParsedDocument[] {
  return [...jsonLines(text, file, limits)];
}

/** One document a line, parsed as it is reached: a syntax error is thrown by the iteration. */
function* jsonLines(text: string, file: string, limits: ParseLimits): Generator<ParsedDocument> {
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') yield parseJson(line, file, lineNo, limits);
    start = end + 1;
  }
}

function parseYaml(text: string, file: string, limits: ParseLimits): ParsedDocument {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
  } catch (error) {
    if (error instanceof RangeError) throw tooDeep(file);
    throw error;
  }
  const firstError = doc.errors[0];
  if (firstError && /Maximum call stack/.test(firstError.message)) throw tooDeep(file, firstError.linePos?.[0]);
  if (firstError) {
    const pos = firstError.linePos?.[0];
    throw new ConfigurationError(`invalid YAML: ${firstError.message.split('\n')[0]}`, {
      file,
      place: pos ? `line ${pos.line}, column ${pos.col}` : undefined,
      fix:
        firstError.code === 'DUPLICATE_KEY'
          ? 'remove or rename the repeated key'
          : 'correct the YAML syntax at that place (indentation and unclosed brackets or quotes are the usual causes)',
    });
  }
  if (limits.maxStringChars !== undefined) refuseLongYamlScalar(doc, lineCounter, file, limits.maxStringChars);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    throw new ConfigurationError(`YAML aliases expand too far: ${error instanceof Error ? error.message : String(error)}`, {
      file,
      fix: `use at most ${limits.maxAliasCount} alias expansions per file, or write the repeated values out`,
    });
  }
  const cycle = findCycle(value);
  if (cycle) {
    throw new ConfigurationError('a YAML anchor refers to itself, which makes an endless value', {
      file,
      place: formatPlace(locateInYaml(doc, lineCounter, cycle, false, 1), cycle),
      fix: 'replace the alias inside its own anchor with the values themselves',
    });
  }
  return { value, line: 1, locate: (path, key) => locateInYaml(doc, lineCounter, path, key ?? false, 1), locateIsCheap: true };
}

/** The parser recursed out of stack: the nesting, not the indentation, is the problem. */
function tooDeep(file: string, pos?: { line: number; col: number }): ConfigurationError {
  return new ConfigurationError('the YAML nests too deeply to read (thousands of levels of lists or maps)', {
    file,
    ...(pos ? { place: `line ${pos.line}, column ${pos.col}` } : {}),
    fix: 'flatten the structure: a golden case needs a few levels of nesting, not thousands',
  });
}

/** Before the document becomes values (a copy of every string): a scalar over the limit is refused. */
function refuseLongYamlScalar(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter, file: string, maxChars: number): void {
  let long: { length: number; offset: number | null; path: PathSegment[] } | null = null;
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (typeof node.value !== 'string' || node.value.length <= maxChars) return undefined;
      const path: PathSegment[] = [];
      for (let i = 1; i < ancestors.length; i++) {
        const parent = ancestors[i - 1];
        const child = ancestors[i];
        if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
        else if (isScalar((child as { key?: unknown }).key)) path.push(String(((child as { key: { value: unknown } }).key).value));
      }
      long = { length: node.value.length, offset: rangeStart(node), path };
      return visit.BREAK;
    },
  });
  if (!long) return;
  const found: { length: number; offset: number | null; path: PathSegment[] } = long;
  throw new ConfigurationError(`a string of ${found.length.toLocaleString('en-US')} characters, longer than any field allows (${maxChars.toLocaleString('en-US')})`, {
    file,
    place: formatPlace(toPosition(lineCounter, found.offset, 1), found.path),
    fix: 'shorten it; split a long source text into several sources',
  });
}

/** Path to the first value that contains itself (a self-referencing YAML anchor). */
function findCycle(root: unknown): PathSegment[] | null {
  const onStack = new Set<object>();
  const visit = (value: unknown, path: PathSegment[]): PathSegment[] | null => {
    if (value === null || typeof value !== 'object') return null;
    if (onStack.has(value)) return path;
    onStack.add(value);
    const entries: [PathSegment, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value as Record<string, unknown>);
    for (const [k, v] of entries) {
      const found = visit(v, [...path, k]);
      if (found) return found;
    }
    onStack.delete(value);
    return null;
  };
  return visit(root, []);
}

function locateInYaml(
  doc: ReturnType<typeof parseDocument>,
  lc: LineCounter,
  path: readonly PathSegment[],
  key: boolean,
  firstLine: number,
): Position | null {
  let node: unknown = doc.contents;
  let offset: number | null = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k = p.key as { value?: unknown } | null;
        return k !== null && typeof k === 'object' && String(k.value) === String(segment);
      });
      if (!pair) return toPosition(lc, offset, firstLine);
      if (last && key) return toPosition(lc, rangeStart(pair.key), firstLine);
      node = pair.value;
    } else {
      break;
    }
    offset = rangeStart(node) ?? offset;
  }
  return toPosition(lc, offset, firstLine);
}

function rangeStart(node: unknown): number | null {
  const range = (node as YamlNode | null | undefined)?.range;
  return range ? range[0] : null;
}

function toPosition(lc: LineCounter, offset: number | null, firstLine: number): Position | null {
  if (offset === null) return null;
  const { line, col } = lc.linePos(offset);
  return { line: line + firstLine - 1, column: col };
}

function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
}

/** V8 reports "at position N" (Node 20) or "(line L column C)" (Node 22+). */
function jsonErrorPosition(text: string, error: unknown): Position | null {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const offset = Number(pos[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column };
  }
  if (/Unexpected end of JSON input/.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
  }
  return null;
}
