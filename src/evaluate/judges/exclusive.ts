/**
 * "Appointments can only be booked in person" where the sources say "can be booked online or
 * by phone": every word may be in the sources, and the "only" says that nothing else is so. A
 * claim's "only" needs a matching sentence that sets a limit or denies something, or a question
 * it answers by contrast ("Is phone support available on Starter?" "No, email only").
 */
import type { QuestionInfo } from './question.js';
import type { IndexedSentence } from './sources.js';
import type { Token } from './text.js';

/** Words that say nothing else is so. */
const EXCLUSIVES: ReadonlySet<string> = new Set(['only', 'solely', 'exclusively']);
/** Words of a sentence that set a limit the claim's "only" may restate. */
const LIMITS: ReadonlySet<string> = new Set([...EXCLUSIVES, 'except', 'unless', 'alone', 'sole', 'select', 'selected', 'certain', 'participating', 'limited']);

/** Words after which "only" weighs an amount ("only costs $20", "only a few"): it means "merely". */
const AMOUNT_WORDS: ReadonlySet<string> = new Set(['cost', 'costs', 'charge', 'charges', 'pay', 'few', 'bit', 'little', 'slightly', 'small', 'minor']);
const AMOUNT_REACH = 3;

/** Is the "only" at `at` said of an amount ("only 5 minutes", "takes only 5 minutes", "only costs $20", "for only $20")? */
function merely(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.lower === 'for') return true;
  const next = tokens.slice(at + 1, at + 1 + AMOUNT_REACH);
  return next.some((token) => token.kind === 'number') || next.slice(0, 2).some((token) => AMOUNT_WORDS.has(token.lower));
}

/**
 * The claim's "only" as written, where neither the question nor the matching sentences limit
 * anything and the sentences deny nothing (`denies`); undefined otherwise. "Not only … but
 * also" adds, it does not limit.
 */
export function unsaidOnly(
  tokens: readonly Token[],
  sentences: readonly (IndexedSentence | null)[],
  question: QuestionInfo,
  denies: (sentence: IndexedSentence) => boolean,
): string | undefined {
  const at = tokens.findIndex((token, i) => EXCLUSIVES.has(token.lower) && tokens[i - 1]?.key !== 'not' && !merely(tokens, i));
  if (at < 0 || question.contrast === true || question.tokens.some((token) => LIMITS.has(token.lower))) return undefined;
  const limits = (sentence: IndexedSentence): boolean => denies(sentence) || sentence.tokens.some((token) => LIMITS.has(token.lower));
  return sentences.some((sentence) => sentence !== null && limits(sentence)) ? undefined : tokens[at]!.surface;
}
