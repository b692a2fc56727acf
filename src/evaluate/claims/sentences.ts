import type { ClockCheck } from '../types.js';

/** A sentence of a text, with its character offsets in that text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations that almost never end a sentence: the break after them is wrong. */
const NEVER_FINAL = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'sr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev',
  'hon', 'gov', 'sen', 'rep', 'pres', 'e.g', 'i.e', 'cf', 'vs', 'approx', 'fig', 'figs', 'eq',
  'vol', 'no', 'nos', 'pp', 'ch', 'sec', 'art', 'dept', 'est', 'ca', 'viz', 'al',
]);

/** Words that usually open a new sentence: after "U.S." they signal a real break. */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i',
  'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'there', 'here', 'in', 'on', 'at',
  'for', 'but', 'and', 'or', 'so', 'however', 'also', 'then', 'after', 'before', 'when',
  'while', 'if', 'as', 'since', 'because', 'although', 'many', 'most', 'some', 'all', 'no',
  'each', 'every', 'both', 'one', 'two', 'three', 'what', 'who', 'how', 'why', 'where',
]);

/** Words that follow "a.m." or "p.m." inside a sentence: a time zone. */
const TIME_ZONE_WORDS = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'local', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'mt', 'aest', 'ist', 'jst']);

/** The end of a segment from a word boundary: at most its last 64 characters. */
function lastWords(segment: string): string {
  if (segment.length <= 64) return segment;
  const tail = segment.slice(-64);
  const space = tail.search(/\s/);
  // A 64-character run without a space is no abbreviation.
  return space < 0 ? '' : tail.slice(space);
}

/** Does the break after `segment` fall inside an abbreviation rather than at a sentence end? */
function breaksInsideAbbreviation(segment: string, next: string): boolean {
  // Only the segment's last word can be an abbreviation: the pattern is anchored at the end,
  // and run over the whole segment it would be tried from every position.
  const tail = /(?:^|[\s(\"'“‘])((?:[A-Za-z]\.)*[A-Za-z]+)\.[\s\"'”’)]*$/.exec(lastWords(segment));
  if (!tail?.[1]) return false;
  const word = tail[1].replace(/\.$/, '');
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  const nextWord = /^\s*["'“‘(]?([A-Za-z]+)/.exec(next)?.[1];
  if (nextWord === undefined) return false;
  // "… by 11 a.m. Early check-in …" ends a sentence; "8 a.m. Eastern Time" does not.
  if (lower === 'a.m' || lower === 'p.m') return TIME_ZONE_WORDS.has(nextWord.toLowerCase());
  // A lone capital ("John F. Kennedy") or an initialism ("U.S.") is kept when the
  // next word does not look like the start of a new sentence.
  const isInitialism = /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
  return isInitialism && !SENTENCE_OPENERS.has(nextWord.toLowerCase());
}

/**
 * Splits prose into sentences with `Intl.Segmenter`, then re-joins breaks the
 * segmenter puts after abbreviations and initials ("Dr.", "e.g.", "U.S. Army").
 * Offsets point into `text`; `text` of each span is trimmed. `check` runs after each
 * segment, where a clock check can stop a long text.
 */
export function splitSentences(text: string, check?: ClockCheck): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // The sentence being built: a segment, plus those re-joined to it after an abbreviation.
  let start = -1;
  let end = -1;
  for (const [partStart, partEnd] of segmentsOf(text)) {
    check?.();
    if (start >= 0 && endsWithPeriodLike(text, start, end) && breaksInsideAbbreviation(text.slice(start, end), text.slice(partStart, Math.min(partEnd, partStart + 64)))) {
      end = partEnd;
      continue;
    }
    if (start >= 0) pushTrimmed(spans, text, start, end);
    start = partStart;
    end = partEnd;
  }
  if (start >= 0) pushTrimmed(spans, text, start, end);
  return spans;
}

/**
 * Above this length a text is segmented in pieces: Node 20's segmenter slows down more than
 * in proportion on long texts (400,000 characters of prose take it about two thirds of a
 * second), Node 24's does not.
 */
const PIECE_CHARS = 16_384;

/**
 * "…two words. Then": a full stop after a lower-case word that is no abbreviation, spaces,
 * and a capital. The segmenter always breaks there and nothing is re-joined, so cutting the
 * text there changes no sentence.
 */
const SURE_BREAK = /(?<![A-Za-z])([A-Za-z]*[a-z]{2})[.!?]["'”’)]* +(?=[A-Z])/g;

/** The segmenter's breaks in `text`, as [start, end) pairs, a piece at a time when it is long. */
function* segmentsOf(text: string): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    const to = text.length - from > PIECE_CHARS ? sureBreakAfter(text, from + PIECE_CHARS) : text.length;
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const part of segmenter.segment(piece)) yield [from + part.index, from + part.index + part.segment.length];
    from = to;
  }
}

/** The first sure break at or after `at`, or the text's end. */
function sureBreakAfter(text: string, at: number): number {
  SURE_BREAK.lastIndex = at;
  for (let match = SURE_BREAK.exec(text); match !== null; match = SURE_BREAK.exec(text)) {
    if (!NEVER_FINAL.has(match[1]!.toLowerCase())) return match.index + match[0].length;
  }
  return text.length;
}

/** Does text[start, end) end, before its trailing spaces, with a full stop or what may close one? */
function endsWithPeriodLike(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && /\s/.test(text[at]!)) at--;
  const last = text.charCodeAt(at);
  // . " ' ” ’ )
  return at >= start && (last === 46 || last === 34 || last === 39 || last === 0x201d || last === 0x2019 || last === 41);
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  const trimmed = slice.trim();
  if (trimmed.length === 0) return;
  // Everything before the first character of `trimmed` is white space.
  const leading = slice.indexOf(trimmed[0]!);
  spans.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
}
