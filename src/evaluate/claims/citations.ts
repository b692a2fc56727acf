import { RE2JS } from 're2js';
import { ConfigurationError } from '../../shared/errors.js';

/**
 * Inline citation markers: `[S1]`, `[1]`, `[S1, S2]`, `[^1]`, `[doc-2; doc-3]`.
 * Ids hold no spaces, so ordinary bracketed words with spaces are left alone;
 * a bracket followed by "(" is a Markdown link, not a citation.
 */
export const DEFAULT_CITATION_PATTERN =
  /\[\^?\s*([A-Za-z0-9][\w.:#/-]*(?:\s*[,;]\s*\^?[A-Za-z0-9][\w.:#/-]*)*)\s*\](?![(:])/g;

/** A marker removed from the text, and where it was in the cleaned text. */
export interface CitationMark {
  ids: string[];
  /** Offset in the cleaned text where the marker (and the space before it) used to be. */
  at: number;
}

/** A compiled marker pattern: finds the next marker and the text holding its ids. */
export interface CitationPattern {
  readonly source: string;
  /** The next marker at or after `from`: where it starts, its length and the text of its ids. */
  next(text: string, from: number): { index: number; length: number; ids: string } | null;
}

/**
 * Compiles a citation pattern. A string (the user's `citation-pattern`) is compiled by RE2,
 * whose matching takes time linear in the answer's length whatever the pattern: a pattern
 * with nested quantifiers cannot be made to backtrack for ever by a crafted answer. Its first
 * capture group (or, without one, the whole match) holds the ids. A RegExp (ours) runs as is.
 */
export function compileCitationPattern(pattern: RegExp | string | undefined, place = 'citationPattern'): CitationPattern {
  if (pattern === undefined) return nativePattern(new RegExp(DEFAULT_CITATION_PATTERN.source, 'g'));
  if (typeof pattern !== 'string') return nativePattern(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch (error) {
    throw new ConfigurationError(`the citation pattern ${JSON.stringify(pattern)} is not a valid regular expression for RE2`, {
      place,
      fix: `write an RE2 regular expression (no look-arounds or back-references) whose first group captures the ids, e.g. ${JSON.stringify(DEFAULT_CITATION_PATTERN.source.replace('(?![(:])', ''))} (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  if (compiled.matcher('').find()) {
    throw new ConfigurationError(`the citation pattern ${JSON.stringify(pattern)} matches empty text`, {
      place,
      fix: 'make the pattern match the whole marker, brackets included, e.g. "\\[(S\\d+)\\]"',
    });
  }
  const group = compiled.groupCount() >= 1 ? 1 : 0;
  // One matcher per text: the answer is read once, not once a marker.
  let current: { text: string; matcher: ReturnType<RE2JS['matcher']> } | null = null;
  return {
    source: pattern,
    next(text, from) {
      if (current?.text !== text) current = { text, matcher: compiled.matcher(text) };
      const matcher = current.matcher;
      if (!matcher.find(from)) return null;
      return { index: matcher.start(), length: matcher.end() - matcher.start(), ids: matcher.group(group) ?? matcher.group(0) ?? '' };
    },
  };
}

function nativePattern(regex: RegExp): CitationPattern {
  return {
    source: regex.source,
    next(text, from) {
      regex.lastIndex = from;
      const match = regex.exec(text);
      return match === null ? null : { index: match.index, length: match[0].length, ids: match[1] ?? match[0] };
    },
  };
}

/** Splits "S1, ^S2; S3" into ids. */
function parseIds(raw: string): string[] {
  return raw
    .split(/[,;]/)
    .map((id) => id.trim().replace(/^\^/, '').replace(/^\[|\]$/g, '').trim())
    .filter((id) => id.length > 0);
}

/**
 * Removes citation markers (with the spaces before them) and records where each
 * was, so a marker can later be given to the sentence it follows.
 */
export function removeCitations(text: string, pattern: CitationPattern): { text: string; marks: CitationMark[] } {
  const marks: CitationMark[] = [];
  let clean = '';
  let last = 0;
  for (let from = 0, match = pattern.next(text, 0); match !== null; match = from > text.length ? null : pattern.next(text, from)) {
    if (match.length === 0) {
      from = match.index + 1;
      continue;
    }
    const before = text.slice(last, match.index);
    const kept = before.replace(/[ \t]+$/, '');
    clean += kept;
    const ids = parseIds(match.ids);
    if (ids.length > 0) marks.push({ ids, at: clean.length });
    last = match.index + match.length;
    from = last;
  }
  clean += text.slice(last);
  return { text: respace(clean, marks), marks };
}

/** Re-inserts a space where removing a marker joined two words ("Paris[S1]and" stays readable). */
function respace(clean: string, marks: CitationMark[]): string {
  let out = clean;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i];
    if (!mark) continue;
    const before = out[mark.at - 1];
    const after = out[mark.at];
    if (before && after && /[\w.,;:!?)"'”’]/.test(before) && /\w/.test(after)) {
      out = `${out.slice(0, mark.at)} ${out.slice(mark.at)}`;
      for (let j = i + 1; j < marks.length; j++) {
        const later = marks[j];
        if (later) later.at += 1;
      }
    }
  }
  return out;
}
