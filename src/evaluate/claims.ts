/**
 * Turns a free-text answer into the claims a judge checks: one claim a sentence,
 * with the inline citation markers that follow it, and the sentences that assert
 * nothing (questions, greetings, abstentions, Markdown structure) kept apart.
 */
import { compileCitationPattern, removeCitations, type CitationMark, type CitationPattern } from './claims/citations.js';
import { splitBlocks } from './claims/markdown.js';
import { nonClaimReason, type NonClaimReason } from './claims/non-claims.js';
import { splitSentences } from './claims/sentences.js';
import type { ClockCheck } from './types.js';

export { DEFAULT_CITATION_PATTERN, compileCitationPattern } from './claims/citations.js';
export { splitSentences, type SentenceSpan } from './claims/sentences.js';
export type { NonClaimReason } from './claims/non-claims.js';

export interface ExtractedClaim {
  /** The sentence with citation markers and Markdown removed. */
  text: string;
  /** Source ids cited by the markers attached to this sentence, in order, without repeats. */
  citations: string[];
  kind: 'claim' | 'non-claim';
  nonClaimReason?: NonClaimReason;
}

export interface ExtractClaimsOptions {
  /** Marker pattern; its first capture group holds the ids ("S1, S2"). */
  citationPattern?: RegExp | string;
  /** A clock check run between sentences (see judging-budget.ts); it may throw out of the extraction. */
  check?: ClockCheck;
}

export function extractClaims(answer: string, options: ExtractClaimsOptions = {}): ExtractedClaim[] {
  const pattern = compileCitationPattern(options.citationPattern);
  const claims: ExtractedClaim[] = [];
  for (const block of splitBlocks(answer)) {
    if (block.kind !== 'prose') {
      const { text, marks } = removeCitations(block.text, pattern);
      if (text.trim() === '' && marks.length === 0) continue;
      claims.push({ text: text.trim(), citations: uniqueIds(marks), kind: 'non-claim', nonClaimReason: block.kind });
      continue;
    }
    claims.push(...claimsOfProse(block.text, pattern, options.check));
  }
  return claims;
}

function claimsOfProse(prose: string, pattern: CitationPattern, check: ClockCheck | undefined): ExtractedClaim[] {
  const { text, marks } = removeCitations(prose, pattern);
  const sentences = splitSentences(text, check);
  if (sentences.length === 0) return [];
  const marksOf: CitationMark[][] = sentences.map(() => []);
  for (const mark of marks) {
    // A marker belongs to the last sentence that starts before it: "… capital. [S1] Next"
    // gives [S1] to "… capital.", since the space before the marker was removed with it.
    let owner = 0;
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i];
      if (sentence && sentence.start < mark.at) owner = i;
    }
    marksOf[owner]?.push(mark);
  }
  return sentences.map((sentence, i) => {
    const reason = nonClaimReason(sentence.text);
    const citations = uniqueIds(marksOf[i] ?? []);
    return reason === undefined
      ? { text: sentence.text, citations, kind: 'claim' as const }
      : { text: sentence.text, citations, kind: 'non-claim' as const, nonClaimReason: reason };
  });
}

function uniqueIds(marks: readonly CitationMark[]): string[] {
  return [...new Set(marks.flatMap((mark) => mark.ids))];
}

/**
 * True when the answer declines to answer: it is empty, or it makes no claim
 * and at least one of its sentences is an abstention ("I don't know").
 */
export function isAbstention(answer: string, options: ExtractClaimsOptions = {}): boolean {
  return answer.trim() === '' || abstains(extractClaims(answer, options));
}

/** The same test on claims already extracted from the answer. */
export function abstains(parts: readonly ExtractedClaim[]): boolean {
  return parts.every((part) => part.kind === 'non-claim') && parts.some((part) => part.nonClaimReason === 'abstention');
}
