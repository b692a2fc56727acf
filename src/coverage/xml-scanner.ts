import { ConfigurationError } from '../shared/errors.js';

/**
 * A strict, streaming XML scanner for coverage reports.
 *
 * Why not a general-purpose library: on a 60 MB Cobertura report, saxes alone takes about
 * 1.4 s of CPU to tokenise, htmlparser2 1.5 s (and reports no well-formedness errors) and
 * sax 2.9 s; DOM parsers take 3–10 s and 0.6 GB, while the whole process reading the
 * report with this scanner takes about 0.8 s (see README.md). Coverage reports use a small part of XML, so this scanner accepts exactly
 * that part and rejects the rest with the line and column:
 * - no DTD processing: a DOCTYPE with an internal subset is refused, an external one is
 *   never fetched, and only the five predefined entities and character references are
 *   decoded, so entity expansion cannot happen (output is never longer than input);
 * - well-formedness: tags must match and close, one root, nothing but whitespace, comments
 *   and processing instructions outside it, no duplicate attributes;
 * - a nesting cap; attributes are pairs in an array, so `__proto__` is just a name.
 */

/**
 * A start tag's attributes, looked up by scanning: tags have a handful of attributes, and
 * no object is keyed by untrusted names (so `__proto__` is just a name, and no key is
 * interned per tag). A plain value is kept as its offsets in the scanner's text and cut out
 * only when asked for, so `<line number="7" hits="1"/>` costs no string at all when its
 * numbers are read with `integer` (the hot path of a 2-million-line report). Values that
 * need normalising or decoding are turned into strings while the tag is scanned, so every
 * well-formedness error is still found at once.
 */
export class XmlAttributes {
  private text: Units = EMPTY;
  private readonly names: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The value as a string once made; undefined while it is only offsets into `text`. */
  private readonly values: (string | undefined)[] = [];
  /** Number of attributes of the current tag. */
  count = 0;

  /** Starts a new tag whose plain values are offsets into `text`. */
  reset(text: Units): void {
    this.text = text;
    this.count = 0;
  }

  name(index: number): string {
    return this.names[index] as string;
  }

  value(index: number): string {
    let value = this.values[index];
    if (value === undefined) {
      value = unitsText(this.text, this.starts[index] as number, this.ends[index] as number);
      this.values[index] = value;
    }
    return value;
  }

  get(name: string): string | undefined {
    const index = this.indexOf(name);
    return index === -1 ? undefined : this.value(index);
  }

  has(name: string): boolean {
    return this.indexOf(name) !== -1;
  }

  /**
   * The value as a plain decimal integer (digits only, no leading zero, at most 15 digits)
   * read without making a string; -1 when absent or written any other way, so the caller
   * can read it with `get` and say what is wrong.
   */
  integer(name: string): number {
    const index = this.indexOf(name);
    if (index === -1) return -1;
    // Values made into strings (normalised or decoded) are read with `get`.
    if (this.values[index] !== undefined) return -1;
    const text = this.text;
    const start = this.starts[index] as number;
    const end = this.ends[index] as number;
    const length = end - start;
    if (length === 0 || length > 15 || (length > 1 && text[start] === 48)) return -1;
    let n = 0;
    for (let i = start; i < end; i++) {
      const digit = (text[i] as number) - 48;
      if (digit < 0 || digit > 9) return -1;
      n = n * 10 + digit;
    }
    return n;
  }

  /** A value already made into a string (normalised or decoded). */
  add(name: string, value: string): void {
    this.names[this.count] = name;
    this.values[this.count++] = value;
  }

  /** A plain value: text[start, end) of the current tag's text. */
  addRange(name: string, start: number, end: number): void {
    this.names[this.count] = name;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.values[this.count++] = undefined;
  }

  /** A copy that stays valid after the scanner moves on. */
  copy(): XmlAttributes {
    const copy = new XmlAttributes();
    for (let i = 0; i < this.count; i++) copy.add(this.names[i] as string, this.value(i));
    return copy;
  }

  private indexOf(name: string): number {
    const names = this.names;
    for (let i = 0; i < this.count; i++) if (names[i] === name) return i;
    return -1;
  }
}

export interface XmlHandler {
  /**
   * Called for each start tag; return true to receive the element's text. The attributes
   * object is reused for the next tag: copy what you keep.
   */
  open(name: string, attributes: XmlAttributes): boolean | void;
  /** Text of an element whose `open` returned true (may arrive in pieces). */
  text(text: string): void;
  close(name: string): void;
}

export interface XmlScannerOptions {
  fileName: string;
  maxDepth: number;
}

const DOCTYPE_RE =
  /<!DOCTYPE[ \t\r\n]+[^ \t\r\n>[]+(?:[ \t\r\n]+(?:SYSTEM[ \t\r\n]+(?:"[^"]*"|'[^']*')|PUBLIC[ \t\r\n]+(?:"[^"]*"|'[^']*')[ \t\r\n]+(?:"[^"]*"|'[^']*')))?[ \t\r\n]*([[>])/y;
const REFERENCE_RE = /&(?:#x([0-9a-fA-F]{1,8});|#([0-9]{1,10});|(lt|gt|amp|quot|apos);)|&/g;
const WHITESPACE_ONLY_RE = /^[ \t\r\n]*$/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A tag, comment or declaration longer than this is refused instead of buffered forever. */
const MAX_MARKUP_CHARS = 1 << 20;

export class XmlScanner {
  private buffer: Units = EMPTY;
  /** Line (1-based) and column offset of buffer[0], to name places in errors. */
  private line = 1;
  private column = 1;
  private stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private doctypeSeen = false;
  private anythingSeen = false;
  private capturing = -1;
  private nextAmpersand = -1;
  private markupStart = 0;
  /** Reused for every tag: handlers read attributes during `open` and keep none. */
  private readonly attributes = new XmlAttributes();
  /** The previous tag's name and attribute names, reused when the next tag repeats them. */
  private lastTagName = '';
  private readonly attributeNames: string[] = [];

  constructor(
    private handler: XmlHandler,
    private readonly options: XmlScannerOptions,
  ) {}

  /** Hands the following events to another handler (once the format is known). */
  setHandler(handler: XmlHandler): void {
    this.handler = handler;
  }

  /**
   * Scans the next piece of the document: a string, or bytes that are each one Latin-1
   * character (the reader hands ASCII chunks of a UTF-8 file over as they were read).
   */
  write(chunk: string | Uint8Array): void {
    const units = toUnits(chunk);
    this.buffer = this.buffer.length === 0 ? units : joinUnits(this.buffer, units);
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (!this.rootSeen) {
      throw this.error(this.anythingSeen ? 'the file has no root element' : 'the file is empty', this.buffer.length, {
        fix: 'pass the coverage report your test run wrote (was the file written completely?)',
      });
    }
    if (this.stack.length > 0) {
      throw this.error(
        `the file ends before <${this.stack[this.stack.length - 1]}> is closed: it is truncated`,
        this.buffer.length,
        { fix: 'regenerate the report and make sure it is written completely before factgate reads it' },
      );
    }
  }

  /** "line L, column C" of the markup being handled, for errors raised by handlers. */
  place(): string {
    return this.placeOf(this.markupStart);
  }

  private scan(final: boolean): void {
    const s = this.buffer;
    const n = s.length;
    let i = 0;
    this.nextAmpersand = -1;
    while (i < n) {
      // Tags mostly follow each other directly or after one newline: look before searching.
      const lt = s[i] === 60 ? i : s[i] === 10 && s[i + 1] === 60 ? i + 1 : s.indexOf(60 /* < */, i);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > i) {
        // Keep a trailing, unfinished reference for the next chunk.
        let cut = textEnd;
        if (lt === -1 && !final) {
          const amp = s.lastIndexOf(38 /* & */, n - 1);
          if (amp >= i && s.indexOf(59 /* ; */, amp) === -1) cut = amp;
          // And a trailing CR, which reads as one line end with an LF that may follow.
          else if (s[n - 1] === 13) cut = n - 1;
        }
        // Whitespace between tags inside the root needs nothing unless it may hold a
        // reference or its element's text was asked for; most gaps end here.
        if (cut > i && (this.stack.length === 0 || this.capturing !== -1 || this.ampersandBefore(s, i, cut))) this.handleText(s, i, cut);
        i = cut;
        if (lt === -1) break;
      }
      this.markupStart = lt;
      const next = s[lt + 1];
      let consumed: number;
      if (next === 47 /* / */) consumed = this.endTag(s, lt);
      else if (next === 63 /* ? */) consumed = this.processingInstruction(s, lt);
      else if (next === 33 /* ! */) consumed = this.declaration(s, lt, final);
      else consumed = this.startTag(s, lt);
      if (consumed === -1) {
        if (final || n - lt > MAX_MARKUP_CHARS) {
          throw this.error(
            n - lt > MAX_MARKUP_CHARS ? 'markup longer than 1 MiB' : 'the file ends inside a tag: it is truncated',
            lt,
            { fix: 'regenerate the report; it is not complete XML' },
          );
        }
        break;
      }
      i = consumed;
    }
    this.advance(s, i);
  }

  /** Drops consumed text from the buffer, keeping line/column of what remains. */
  private advance(s: Units, consumed: number): void {
    if (consumed === 0) return;
    let newline = s.indexOf(10 /* \n */);
    let last = -1;
    while (newline !== -1 && newline < consumed) {
      this.line++;
      last = newline;
      newline = s.indexOf(10, newline + 1);
    }
    this.column = last === -1 ? this.column + consumed : consumed - last;
    this.buffer = s.subarray(consumed);
  }

  private handleText(s: Units, from: number, to: number): void {
    if (this.stack.length === 0) {
      const text = unitsText(s, from, to);
      if (!WHITESPACE_ONLY_RE.test(text)) {
        const offset = from + text.search(/[^ \t\r\n]/);
        throw this.error(
          this.rootClosed ? 'text after the end of the document' : 'text before the root element',
          offset,
          { fix: 'the file is not a single XML document; regenerate it' },
        );
      }
      return;
    }
    const hasReference = this.ampersandBefore(s, from, to);
    if (this.capturing !== -1) {
      // XML line-end normalisation: CRLF and lone CR read as LF.
      const raw = unitsText(s, from, to).replace(/\r\n?/g, '\n');
      this.handler.text(hasReference ? this.decode(raw, from) : raw);
    } else if (hasReference) {
      this.decode(unitsText(s, from, to), from);
    }
  }

  /** Whether s[from, to) holds an '&', remembering the next one so the search is done once per buffer. */
  private ampersandBefore(s: Units, from: number, to: number): boolean {
    if (this.nextAmpersand === -1 || this.nextAmpersand < from) {
      const amp = s.indexOf(38 /* & */, from);
      this.nextAmpersand = amp === -1 ? Number.MAX_SAFE_INTEGER : amp;
    }
    return this.nextAmpersand < to;
  }

  private startTag(s: Units, lt: number): number {
    // Hand-rolled rather than regular expressions: this runs once per <line>, and the
    // character loop is about twice as fast as sticky regexps on large reports.
    const n = s.length;
    let p = lt + 1;
    if (p >= n) return -1;
    if (!isNameStart(s[p])) {
      throw this.error(`'<' is not followed by a tag name`, lt, {
        fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
      });
    }
    // Tags repeat: when this one has the previous tag's name, reuse that string instead of
    // scanning and copying the name again.
    let name = this.lastTagName;
    if (p + name.length < n && sameText(s, p, name) && !isNameChar(s[p + name.length])) {
      p += name.length;
    } else {
      p++;
      while (p < n && isNameChar(s[p])) p++;
      if (p >= n) return -1;
      name = unitsText(s, lt + 1, p);
      this.lastTagName = name;
    }
    const attributes = this.attributes;
    attributes.reset(s);
    let attributeIndex = 0;
    for (;;) {
      let q = p;
      while (q < n && isSpace(s[q])) q++;
      if (q >= n) return -1;
      const c = s[q];
      if (c === 62 /* > */) {
        this.openElement(name, attributes, lt);
        return q + 1;
      }
      if (c === 47 /* / */) {
        if (q + 1 >= n) return -1;
        if (s[q + 1] !== 62) throw this.malformedTag(name, q);
        this.openElement(name, attributes, lt);
        this.closeElement(name);
        return q + 2;
      }
      if (q === p || !isNameStart(c)) throw this.malformedTag(name, q);
      const nameStart = q;
      // Same for attribute names, which come in the same order tag after tag.
      let attributeName = this.attributeNames[attributeIndex];
      if (attributeName !== undefined && q + attributeName.length < n && sameText(s, q, attributeName) && !isNameChar(s[q + attributeName.length])) {
        q += attributeName.length;
      } else {
        q++;
        while (q < n && isNameChar(s[q])) q++;
        attributeName = unitsText(s, nameStart, q);
        this.attributeNames[attributeIndex] = attributeName;
      }
      attributeIndex++;
      while (q < n && isSpace(s[q])) q++;
      if (q >= n) return -1;
      if (s[q] !== 61 /* = */) throw this.malformedTag(name, q);
      q++;
      while (q < n && isSpace(s[q])) q++;
      if (q >= n) return -1;
      const quote = s[q];
      if (quote !== 34 && quote !== 39) throw this.malformedTag(name, q);
      // One pass finds the closing quote and notes '<' (not allowed) and '&' (to decode).
      let close = q + 1;
      let hasReference = false;
      let hasLineBreakOrTab = false;
      for (;;) {
        if (close >= n) return -1;
        const v = s[close];
        if (v === quote) break;
        if (v === 60 /* < */) {
          throw this.error(`'<' inside the value of ${attributeName} in <${name}>`, close, {
            fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
          });
        }
        if (v === 38 /* & */) hasReference = true;
        else if (v === 9 || v === 10 || v === 13) hasLineBreakOrTab = true;
        close++;
      }
      if (attributes.has(attributeName)) {
        throw this.error(`attribute ${attributeName} appears twice in <${name}>`, nameStart, {
          fix: 'the file is not well-formed XML; regenerate it',
        });
      }
      if (hasReference || hasLineBreakOrTab) {
        let raw = unitsText(s, q + 1, close);
        // XML attribute-value normalisation: each tab or line end (CRLF as one) is a space.
        if (hasLineBreakOrTab) raw = raw.replace(/\r\n|[\t\n\r]/g, ' ');
        attributes.add(attributeName, hasReference ? this.decode(raw, q) : raw);
      } else {
        attributes.addRange(attributeName, q + 1, close);
      }
      p = close + 1;
    }
  }

  private malformedTag(name: string, offset: number): ConfigurationError {
    return this.error(`malformed start tag <${name}>`, offset, {
      fix: 'attributes must be name="value" pairs separated by spaces; the file is not well-formed XML',
    });
  }

  private openElement(name: string, attributes: XmlAttributes, lt: number): void {
    if (this.stack.length === 0) {
      if (this.rootClosed) {
        throw this.error(`a second root element <${name}> after the end of the document`, lt, {
          fix: 'the file holds more than one XML document; pass each report as its own file',
        });
      }
      this.rootSeen = true;
    }
    if (this.stack.length >= this.options.maxDepth) {
      throw this.error(`elements are nested deeper than ${this.options.maxDepth} levels`, lt, {
        fix: 'this is not a coverage report; coverage reports nest a few levels deep',
      });
    }
    this.anythingSeen = true;
    this.stack.push(name);
    const capture = this.handler.open(name, attributes);
    if (capture === true && this.capturing === -1) this.capturing = this.stack.length;
  }

  private closeElement(name: string): void {
    if (this.capturing === this.stack.length) this.capturing = -1;
    this.stack.pop();
    if (this.stack.length === 0) this.rootClosed = true;
    this.handler.close(name);
  }

  private endTag(s: Units, lt: number): number {
    const n = s.length;
    let p = lt + 2;
    if (p >= n) return -1;
    if (!isNameStart(s[p])) {
      throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
    }
    p++;
    while (p < n && isNameChar(s[p])) p++;
    const nameEnd = p;
    while (p < n && isSpace(s[p])) p++;
    if (p >= n) return -1;
    if (s[p] !== 62) {
      throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
    }
    const name = unitsText(s, lt + 2, nameEnd);
    const open = this.stack[this.stack.length - 1];
    if (open !== name) {
      throw this.error(
        open === undefined ? `</${name}> closes nothing` : `</${name}> where </${open}> was expected`,
        lt,
        { fix: 'the file is not well-formed XML; regenerate it' },
      );
    }
    this.closeElement(name);
    return p + 1;
  }

  private processingInstruction(s: Units, lt: number): number {
    const end = indexOfText(s, '?>', lt + 2);
    if (end === -1) return -1;
    const target = /^[^ \t\r\n?]*/.exec(unitsText(s, lt + 2, Math.min(end, lt + 40)))?.[0] ?? '';
    if (target.toLowerCase() === 'xml' && (this.line !== 1 || this.column + lt !== 1)) {
      throw this.error('the XML declaration is not at the start of the file', lt, {
        fix: 'the file holds more than one XML document or has text before <?xml; regenerate it',
      });
    }
    this.anythingSeen = true;
    return end + 2;
  }

  private declaration(s: Units, lt: number, final: boolean): number {
    if (startsWithText(s, lt, '<!--')) {
      const end = indexOfText(s, '-->', lt + 4);
      if (end === -1) return -1;
      this.anythingSeen = true;
      return end + 3;
    }
    if (startsWithText(s, lt, '<![CDATA[')) {
      if (this.stack.length === 0) {
        throw this.error('CDATA outside the root element', lt, { fix: 'the file is not well-formed XML' });
      }
      const end = indexOfText(s, ']]>', lt + 9);
      if (end === -1) return -1;
      if (this.capturing !== -1) this.handler.text(unitsText(s, lt + 9, end));
      return end + 3;
    }
    if (s.length - lt < 9 && !final) return -1;
    if (startsWithText(s, lt, '<!DOCTYPE')) {
      if (this.doctypeSeen) {
        throw this.error('a second DOCTYPE', lt, { fix: 'a document has at most one DOCTYPE; regenerate the report' });
      }
      if (this.rootSeen) {
        throw this.error('a DOCTYPE after the root element', lt, { fix: 'the file is not well-formed XML' });
      }
      // A DOCTYPE ends at the first '>' or '[' after its quoted identifiers; the regular
      // expression runs on the text from here, at most the markup cap.
      DOCTYPE_RE.lastIndex = 0;
      const match = DOCTYPE_RE.exec(unitsText(s, lt, Math.min(s.length, lt + MAX_MARKUP_CHARS)));
      if (match === null) {
        if (s.indexOf(62 /* > */, lt) === -1 && !final) return -1;
        throw this.error('malformed DOCTYPE', lt, { fix: 'remove the DOCTYPE line; factgate does not need it' });
      }
      if (match[1] === '[') {
        throw this.error('DOCTYPE with an internal subset (entity or DTD declarations) is refused', lt, {
          fix: 'coverage reports never need DTD declarations; remove the [...] part of the DOCTYPE',
        });
      }
      this.doctypeSeen = true;
      this.anythingSeen = true;
      return lt + DOCTYPE_RE.lastIndex;
    }
    throw this.error(`unexpected markup '${unitsText(s, lt, Math.min(s.length, lt + 9))}'`, lt, {
      fix: 'only elements, comments, CDATA and one DOCTYPE without declarations are accepted',
    });
  }

  /** Decodes the predefined entities and character references; anything else is an error. */
  private decode(raw: string, offset: number): string {
    return raw.replace(REFERENCE_RE, (whole, hex?: string, decimal?: string, named?: string, at?: number) => {
      if (named !== undefined) return PREDEFINED[named] as string;
      if (hex !== undefined || decimal !== undefined) {
        const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal as string, 10);
        if (isXmlChar(code)) return String.fromCodePoint(code);
        throw this.error(`character reference ${whole} is not an XML character`, offset, {
          fix: 'the file is not well-formed XML; regenerate it',
        });
      }
      const name = /^&[^;\s<&]{0,40};?/.exec(raw.slice(at ?? 0))?.[0] ?? '&';
      throw this.error(
        name.endsWith(';')
          ? `entity reference ${name} is not expanded: only &lt; &gt; &amp; &quot; &apos; and character references are accepted`
          : `a bare '&' that starts no reference`,
        offset,
        { fix: "DTD entities are never expanded; write '&amp;' for a literal '&'" },
      );
    });
  }

  private placeOf(offset: number): string {
    const s = this.buffer;
    let line = this.line;
    let lineStart = -1;
    let newline = s.indexOf(10 /* \n */);
    while (newline !== -1 && newline < offset) {
      line++;
      lineStart = newline;
      newline = s.indexOf(10, newline + 1);
    }
    const column = lineStart === -1 ? this.column + offset : offset - lineStart;
    return `line ${line}, column ${column}`;
  }

  private error(message: string, offset: number, details: { fix: string }): ConfigurationError {
    return new ConfigurationError(`not a readable XML coverage report: ${message}`, {
      file: this.options.fileName,
      place: this.placeOf(offset),
      fix: details.fix,
    });
  }
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function isNameStart(c: number | undefined): boolean {
  if (c === undefined) return false;
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

function isNameChar(c: number | undefined): boolean {
  if (c === undefined) return false;
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}

function isSpace(c: number | undefined): boolean {
  if (c === undefined) return false;
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Whether s holds `text` at `at` (the caller has checked the length fits). */
function sameText(s: Units, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (s[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * The document as character codes. Reports are nearly always ASCII, and scanning bytes is
 * several times faster than `charCodeAt` on the strings a stream of chunks builds (cons and
 * sliced strings); text with characters above U+00FF is held as UTF-16 code units, so
 * offsets, and the columns in messages, stay counted in characters either way.
 */
type Units = Buffer | Uint16Array;

const EMPTY: Units = Buffer.alloc(0);
const NOT_LATIN1_RE = /[^\u0000-\u00ff]/;

function toUnits(chunk: string | Uint8Array): Units {
  if (typeof chunk !== 'string') {
    return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  if (!NOT_LATIN1_RE.test(chunk)) return Buffer.from(chunk, 'latin1');
  const units = new Uint16Array(chunk.length);
  for (let i = 0; i < chunk.length; i++) units[i] = chunk.charCodeAt(i);
  return units;
}

/** The unscanned rest of the previous piece followed by the next one, in one array. */
function joinUnits(rest: Units, next: Units): Units {
  const length = rest.length + next.length;
  const joined: Units = rest instanceof Uint16Array || next instanceof Uint16Array ? new Uint16Array(length) : Buffer.allocUnsafe(length);
  joined.set(rest, 0);
  joined.set(next, rest.length);
  return joined;
}

function unitsText(s: Units, from: number, to: number): string {
  if (Buffer.isBuffer(s)) return s.toString('latin1', from, to);
  let text = '';
  // In slices, so that no call gets more arguments than the engine accepts.
  for (let i = from; i < to; i += 8192) text += String.fromCharCode(...s.subarray(i, Math.min(to, i + 8192)));
  return text;
}

function startsWithText(s: Units, at: number, text: string): boolean {
  return at + text.length <= s.length && sameText(s, at, text);
}

function indexOfText(s: Units, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let i = s.indexOf(first, from); i !== -1; i = s.indexOf(first, i + 1)) {
    if (i + text.length > s.length) return -1;
    if (sameText(s, i, text)) return i;
  }
  return -1;
}
