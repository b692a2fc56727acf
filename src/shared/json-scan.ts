/**
 * A walk over JSON text that builds no values: it finds where a value sits (for error
 * messages) and refuses an over-long string before JSON.parse makes it, with memory for
 * the nesting only. A golden set of hundreds of MiB is never parsed a second time into a
 * syntax tree just to say "line 3, column 7".
 */
import type { PathSegment, Position } from './text-position.js';

type Visit = (kind: 'key' | 'value', start: number, end: number, path: readonly PathSegment[]) => boolean;

interface Frame {
  array: boolean;
  index: number;
  /** An object frame whose current key is on the path. */
  keyed: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Calls `visit` at each key and each value, in order, until it returns true. Strings are
 * skipped with indexOf, so the walk costs little more than one read of the text. On text
 * that is not JSON the walk stops or visits nonsense; callers parse such text to report it.
 */
function walk(text: string, visit: Visit): void {
  const frames: Frame[] = [];
  const path: PathSegment[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a /* : */) {
      i++;
      continue;
    }
    const frame = frames[frames.length - 1];
    if (c === 0x2c /* , */) {
      if (frame?.array) path[path.length - 1] = ++frame.index;
      else if (frame) {
        if (frame.keyed) path.pop();
        frame.keyed = false;
        expectKey = true;
      }
      i++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (frame && (frame.array || frame.keyed)) path.pop();
      frames.pop();
      expectKey = false;
      i++;
      continue;
    }
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey && frame && !frame.array) {
        path.push(decodeKey(text, i, end));
        frame.keyed = true;
        expectKey = false;
        if (visit('key', i, end, path)) return;
      } else if (visit('value', i, end, path)) return;
      i = end;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (visit('value', i, i + 1, path)) return;
      const array = c === 0x5b;
      frames.push({ array, index: 0, keyed: false });
      if (array) path.push(0);
      expectKey = !array;
      i++;
      continue;
    }
    // A number, true, false or null: up to the next structural character or white space.
    let end = i + 1;
    while (end < text.length && !/[\s,\]}:]/.test(text[end]!)) end++;
    if (visit('value', i, end, path)) return;
    i = end;
  }
}

/** The offset just past the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let from = start + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

function decodeKey(text: string, start: number, end: number): string {
  try {
    return JSON.parse(text.slice(start, end)) as string;
  } catch {
    return text.slice(start + 1, end - 1);
  }
}

/** Characters the string literal at start..end decodes to; escapes make it shorter than its text. */
function decodedLength(text: string, start: number, end: number, atMost: number): number {
  const rawLength = end - start - 2;
  // An escape takes 2 to 6 characters of text for one character: below the limit either way.
  if (rawLength <= atMost) return rawLength;
  if (text.indexOf('\\', start) === -1 || text.indexOf('\\', start) > end) return rawLength;
  try {
    return (JSON.parse(text.slice(start, end)) as string).length;
  } catch {
    return rawLength;
  }
}

export interface LongString {
  path: PathSegment[];
  position: Position;
  length: number;
}

/** The first key or string value longer than `maxChars` characters, or null. */
export function findLongString(text: string, maxChars: number, firstLine = 1): LongString | null {
  // Nothing in a text this short can be too long: skip the walk.
  if (text.length <= maxChars) return null;
  let found: LongString | null = null;
  walk(text, (kind, start, end, path) => {
    if (text.charCodeAt(start) !== QUOTE || end - start - 2 <= maxChars) return false;
    const length = decodedLength(text, start, end, maxChars);
    if (length <= maxChars) return false;
    found = { path: [...path], position: positionAt(text, start, firstLine), length };
    return true;
  });
  return found;
}

/** Where the value at `path` (or, with `key`, its key) starts; null when it is not there. */
export function locateInJson(text: string, path: readonly PathSegment[], key: boolean, firstLine = 1): Position | null {
  let offset: number | null = null;
  let bestDepth = -1;
  walk(text, (kind, start, _end, at) => {
    if (at.length > path.length) return false;
    if (!at.every((segment, i) => String(segment) === String(path[i]))) return false;
    // The deepest ancestor seen so far stands in when the path itself is missing.
    if (at.length === path.length && (kind === 'key') === key) {
      offset = start;
      return true;
    }
    if (kind === 'value' && at.length > bestDepth) {
      bestDepth = at.length;
      offset = start;
    }
    return false;
  });
  return offset === null ? null : positionAt(text, offset, firstLine);
}

function positionAt(text: string, offset: number, firstLine: number): Position {
  let line = firstLine;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
