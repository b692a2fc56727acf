/**
 * Making untrusted text (model answers, golden sets, file paths, XML) safe to show.
 *
 * Markdown: no `@mention` or `#123` pings, no raw HTML, nothing that opens a link, an
 * image, a table column or a code span. HTML (inside `<summary>` and other HTML blocks,
 * where Markdown escapes are not read): entities only. Logs: no line can become a
 * workflow command. Secrets are masked by `secrets.ts`, at the report and where text leaves.
 */

const ZERO_WIDTH_JOINER = '\u200D';
const ELLIPSIS = '…';

/** C0/C1 controls (keeping tab and newlines) and bidirectional overrides that can reorder what a reader sees. */
export const INVISIBLE_CONTROL_CLASS = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]';
const INVISIBLE_CONTROLS = new RegExp(INVISIBLE_CONTROL_CLASS, 'g');

export interface EscapeOptions {
  /** Longest text kept, in code points, before escaping; longer text ends with "…". */
  maxLength?: number;
}

/** Cuts to at most `maxLength` code points, never inside a surrogate pair. */
export function truncateText(text: string, maxLength: number): string {
  if (maxLength <= 0) return '';
  if (text.length <= maxLength) return text;
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  return codePoints.slice(0, Math.max(0, maxLength - 1)).join('') + ELLIPSIS;
}

function prepare(text: string, options: EscapeOptions): string {
  const clean = String(text).replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n');
  return options.maxLength === undefined ? clean : truncateText(clean, options.maxLength);
}

/**
 * Stops GitHub from turning text into notifications or cross-references: `@user`,
 * `@org/team`, `#12`, `GH-12`, `owner/repo#12`. A zero-width joiner after the sigil keeps
 * the text readable while the mention and reference filters no longer match.
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}-`);
}

/** HTML entities for text placed inside HTML (`<summary>`, attributes). */
export function escapeHtml(text: string, options: EscapeOptions = {}): string {
  // Mentions first: the numeric entity for an apostrophe (`&#39;`) must not be split.
  return defuseMentions(prepare(text, options))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\n/g, ' ');
}

/**
 * Punctuation that starts Markdown constructs anywhere in a line: emphasis, code, links
 * and images (brackets), headings, tables, strikethrough, math. `<`, `>` and `&` become
 * entities so no raw HTML or entity can be injected.
 */
function escapeMarkdownPunctuation(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~$!{}()]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A line that begins like a list item, a quote or a thematic break must not become one. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\s*)([-+=]|\d+[.)])/, (_m, space: string, marker: string) =>
    marker.length === 1 ? `${space}\\${marker}` : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
  );
}

/** Untrusted text inside a paragraph or a list item, on one line. */
export function escapeMarkdownInline(text: string, options: EscapeOptions = {}): string {
  const oneLine = prepare(text, options).replace(/\s*\n\s*/g, ' ');
  return defuseMentions(escapeLineStart(escapeMarkdownPunctuation(oneLine)));
}

/** Untrusted text inside a Markdown table cell: pipes escaped, line breaks kept as `<br>`. */
export function escapeTableCell(text: string, options: EscapeOptions = {}): string {
  const lines = prepare(text, options)
    .trim()
    .split(/\s*\n\s*/);
  return defuseMentions(lines.map((line) => escapeMarkdownPunctuation(line)).join('<br>'));
}

/**
 * Untrusted text as inline code (identifiers, file paths). The fence is one backtick
 * longer than the longest run inside, so the span cannot be closed early. In a table,
 * pipes still need `\|` because tables are split before code spans are read.
 */
export function codeSpan(text: string, options: EscapeOptions & { inTable?: boolean } = {}): string {
  let body = prepare(text, options).replace(/\n/g, ' ');
  if (options.inTable) body = body.replace(/\|/g, '\\|');
  if (body === '') return '` `';
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Untrusted multi-line text as a fenced code block: nothing inside is read as Markdown,
 * HTML or a mention. The fence outgrows any backtick run in the text.
 */
export function codeBlock(text: string, options: EscapeOptions & { language?: string } = {}): string {
  const body = prepare(text, options);
  const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const language = (options.language ?? 'text').replace(/[^A-Za-z0-9_+-]/g, '');
  return `${fence}${language}\n${body.replace(/\n+$/, '')}\n${fence}`;
}

/**
 * A workflow-command start at the beginning of a line (after white space): `::` or `##[`.
 * The runner splits lines at `\n`, `\r` or both. At the end of a piece of text the next
 * character is not known yet, so a lone `:`, `#` or `##` there is defused too.
 */
const COMMAND_START = /^([^\S\r\n]*)(:(?=:|$)|#(?=#\[|#$|$))/;
const LINE_BREAKS = /(\r\n|\r|\n)/;

/** Defuses a command start on one line: a zero-width joiner after its first character. */
function defuseLine(line: string): string {
  return line.replace(COMMAND_START, `$1$2${ZERO_WIDTH_JOINER}`);
}

/**
 * Untrusted text for a log line. The runner reads `::command::` and the older `##[command]`
 * at the start of any line (after white space), so on every line such a start gets a
 * zero-width joiner between its first two characters: the text stays readable and no
 * `::error::`, `::add-mask::` or `::stop-commands::` can be forged.
 */
export function escapeLogText(text: string): string {
  return prepare(text, {})
    .split('\n')
    .map(defuseLine)
    .join('\n');
}

/** Controls other than tab and line breaks; with colours, SGR sequences (`ESC [ … m`) are kept. */
const OUTPUT_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const OUTPUT_CONTROLS_KEEPING_COLOURS = /\u001B\[[0-9;]*m|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Wraps a stream's write so that nothing written through it can start a workflow command
 * or carry terminal controls, however the text is split between writes: every line the
 * CLI prints, errors and documents on standard output included, goes through here.
 * Line breaks (`\r` too, which redraws a progress bar) are kept.
 */
export function logLineWriter(write: (text: string) => void, options: { keepColours?: boolean } = {}): (text: string) => void {
  const controls = options.keepColours ? OUTPUT_CONTROLS_KEEPING_COLOURS : OUTPUT_CONTROLS;
  // True while the current line holds only white space: its next character starts it.
  let atLineStart = true;
  return (text) => {
    const clean = String(text).replace(controls, (match) => (match.length > 1 ? match : ''));
    if (clean === '') return;
    const parts = clean.split(LINE_BREAKS);
    for (let i = 0; i < parts.length; i += 2) {
      if (i > 0 || atLineStart) parts[i] = defuseLine(parts[i]!);
    }
    const last = parts[parts.length - 1]!;
    atLineStart = /^[^\S\r\n]*$/.test(last) && (parts.length > 1 || atLineStart);
    write(parts.join(''));
  };
}
