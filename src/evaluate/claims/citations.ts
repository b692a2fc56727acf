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

/**
 * Compiles the user's citation pattern. A string is read as a regular expression
 * source; its first capture group (or, without one, the whole match) holds the ids.
 */
export function compileCitationPattern(pattern: RegExp | string | undefined, place = 'citationPattern'): RegExp {
  if (pattern === undefined) return new RegExp(DEFAULT_CITATION_PATTERN.source, 'g');
  let compiled: RegExp;
  try {
    compiled =
      typeof pattern === 'string'
        ? new RegExp(pattern, 'g')
        : new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  } catch (error) {
    throw new ConfigurationError(`the citation pattern ${JSON.stringify(String(pattern))} is not a valid regular expression`, {
      place,
      fix: `write a JavaScript regular expression whose first group captures the ids, e.g. ${JSON.stringify(DEFAULT_CITATION_PATTERN.source)} (${error instanceof Error ? error.message : String(error)})`,
    });
  }
  if (compiled.test('')) {
    throw new ConfigurationError(`the citation pattern ${JSON.stringify(compiled.source)} matches empty text`, {
      place,
      fix: 'make the pattern match the whole marker, brackets included, e.g. "\\[(S\\d+)\\]"',
    });
  }
  compiled.lastIndex = 0;
  return compiled;
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
export function removeCitations(text: string, pattern: RegExp): { text: string; marks: CitationMark[] } {
  const marks: CitationMark[] = [];
  let clean = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const before = text.slice(last, match.index);
    const kept = before.replace(/[ \t]+$/, '');
    clean += kept;
    const ids = parseIds(match[1] ?? match[0]);
    if (ids.length > 0) marks.push({ ids, at: clean.length });
    last = match.index + match[0].length;
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
