import { agentFollows, type IndexedSentence } from './sources.js';
import { mayOpenWithName, TITLES, textBetween, textSpan, tokenStarts, type Token } from './text.js';

/** A word the claim and a matching sentence both say, each of a different name. */
export interface DoerSwap {
  /** The word with the claim's name, as the claim says it ("Mara Venn founded"). */
  claim: string;
  /** The word with the sentence's name, as the sentence says it ("Tom Esk founded", "founded by Tom Esk"). */
  source: string;
}

/**
 * What may stand between a doer and its word: an auxiliary or a possessive ("Tom Esk has
 * founded", "Esk's college"), never a preposition ("alongside Tom Esk in a series").
 */
const BETWEEN = new Set(['s', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'can', 'could', 'also', 'then']);
const GAP = 2;

/** The small words inside names ("Esgrima de la Plata"): no word said of anyone. */
const PARTICLES = new Set(['de', 'la', 'le', 'du', 'da', 'di', 'del', 'van', 'von', 'der', 'den', 'y', 'el', 'al', 'bin', 'ibn']);

/** "Tom Esk, who founded …": the name before a relative pronoun is the doer of its clause. */
const RELATIVE = new Set(['who', 'which']);

/** A doer of the word at `at`: the tokens `from` to `to` (inclusive) hold its names. */
interface Doer {
  names: Token[];
  from: number;
  to: number;
}

/**
 * The names a word is said of: those just before it ("Tom Esk founded", "Tom Esk's
 * college", "the American actor"), or, said in the passive, those after its "by"
 * ("founded by Tom Esk"). Undefined when no name stands there ("the company founded").
 */
function doerOf(tokens: readonly Token[], at: number): Doer | undefined {
  if (agentFollows(tokens, at)) {
    let to = at + 2;
    while (tokens[to + 1]?.name) to++;
    return tokens[at + 2]?.name ? { names: tokens.slice(at + 2, to + 1), from: at, to } : undefined;
  }
  let end = at - 1;
  for (let gap = 0; end >= 0 && BETWEEN.has(tokens[end]!.lower) && gap < GAP; gap++) end--;
  if (end >= 0 && RELATIVE.has(tokens[end]!.lower)) end--;
  let start = end;
  while (start >= 0 && tokens[start]!.name) start--;
  if (start === end) return undefined;
  if (start === 0 && mayOpenWithName(tokens)) start--;
  return { names: tokens.slice(start + 1, end + 1), from: start + 1, to: at };
}

/**
 * Are the doer and its word written as one phrase, with only spaces between their tokens? A
 * comma ("according to Annet Artani, inspired") or a hyphen ("Arabian-inspired riffs") parts
 * them, except the comma before a relative pronoun ("Tom Esk, who founded").
 */
function onePhrase(text: string, tokens: readonly Token[], doer: Doer): boolean {
  const starts = tokenStarts(text, tokens);
  for (let i = doer.from + 1; i <= doer.to; i++) {
    const gap = textBetween(text, tokens, starts, i - 1, i);
    if (gap === undefined) return false;
    const title = TITLES.has(tokens[i - 1]!.lower) && /^\.\s+$/.test(gap);
    if (!(/^\s*$/.test(gap) || title || (RELATIVE.has(tokens[i]!.lower) && /^\s*,\s*$/.test(gap)))) return false;
  }
  return true;
}

/** The word and its doer in the order they are said: "Tom Esk founded", "founded by Tom Esk". */
function phrase(tokens: readonly Token[], at: number, doer: Doer): string {
  const names = doer.names.map((token) => token.surface).join(' ');
  return agentFollows(tokens, at) ? `${tokens[at]!.surface} by ${names}` : `${names} ${tokens[at]!.surface}`;
}

/** The text from the doer's first name through the object the word at `at` is done to: "Dr. Omar Said leads the pediatrics". */
function spanOf(text: string, tokens: readonly Token[], from: number, at: number, object: string): string {
  let end = at + 1;
  while (end < tokens.length - 1 && tokens[end]!.key !== object) end++;
  return textSpan(text, tokens, tokenStarts(text, tokens), from, end) ?? object;
}

/** The first content word after the word at `at`: what an active verb is done to. */
function objectOf(tokens: readonly Token[], at: number): string | undefined {
  for (let i = at + 1; i < tokens.length && i <= at + 4; i++) if (!tokens[i]!.stop) return tokens[i]!.key;
  return undefined;
}

/**
 * "Dr. Lena Hart leads the pediatrics team, and Dr. Omar Said leads the cardiology team":
 * the sentence names the claim's doer, but the "leads" it says of the claim's object
 * ("Dr. Omar Said leads the pediatrics team") has another doer.
 */
function doerOfSameObject(claim: string, tokens: readonly Token[], at: number, doer: Doer, sentence: IndexedSentence): DoerSwap | undefined {
  if (agentFollows(tokens, at)) return undefined;
  const object = objectOf(tokens, at);
  if (object === undefined) return undefined;
  const sentenceTokens = sentence.tokens;
  let said = 0;
  for (const token of sentenceTokens) if (token.key === tokens[at]!.key) said++;
  if (said < 2) return undefined;
  // "Dr." is said of many: the names after it tell the doers apart.
  const own = new Set(doer.names.filter((name) => !TITLES.has(name.lower)).map((name) => name.key));
  for (let j = 0; j < sentenceTokens.length; j++) {
    if (sentenceTokens[j]!.key !== tokens[at]!.key || agentFollows(sentenceTokens, j) || objectOf(sentenceTokens, j) !== object) continue;
    const other = doerOf(sentenceTokens, j);
    if (!other || own.size === 0 || other.names.some((name) => own.has(name.key)) || !onePhrase(sentence.text, sentenceTokens, other)) return undefined;
    return { claim: spanOf(claim, tokens, doer.from, at, object), source: spanOf(sentence.text, sentenceTokens, other.from, j, object) };
  }
  return undefined;
}

/**
 * "Mara Venn founded Harlow College" against "Tom Esk founded Harlow College": every word is
 * in the sources, but the sentence that says "founded" says it of someone else. A word
 * counts only where the claim and the sentence each name who it is said of, neither name is
 * anywhere in the other, and no matching sentence that says the word names the claim's doer.
 */
export function swappedDoer(claim: string, tokens: readonly Token[], aligned: readonly IndexedSentence[]): DoerSwap | undefined {
  let claimKeys: Set<string> | undefined;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    // Most words have no name before them and are no passive: the cheap tests first.
    if (token.stop || token.name || token.kind !== 'word' || PARTICLES.has(token.lower) || !(tokens[at - 1]?.name || BETWEEN.has(tokens[at - 1]?.lower ?? '') || RELATIVE.has(tokens[at - 1]?.lower ?? '') || tokens[at + 1]?.lower === 'by')) continue;
    const doer = doerOf(tokens, at);
    if (!doer) continue;
    let swap: DoerSwap | undefined;
    let agrees = false;
    for (const sentence of aligned) {
      if (agrees || !sentence.keys.has(token.key)) continue;
      // A sentence that says the word and names the claim's own doer anywhere is no swap: most
      // are like that. Unless it says the word twice, each of another doer and object.
      if (doer.names.some((name) => sentence.keys.has(name.key))) {
        const other = doerOfSameObject(claim, tokens, at, doer, sentence);
        if (other) swap ??= other;
        else agrees = true;
        continue;
      }
      const sentenceTokens = sentence.tokens;
      for (let j = 0; j < sentenceTokens.length && !agrees; j++) {
        if (sentenceTokens[j]!.key !== token.key || sentenceTokens[j]!.stop) continue;
        const other = doerOf(sentenceTokens, j);
        if (!other) continue;
        // The claim names the sentence's doer: no swap.
        claimKeys ??= new Set(tokens.map((t) => t.key));
        if (other.names.some((name) => claimKeys!.has(name.key))) agrees = true;
        else if (!swap && onePhrase(sentence.text, sentenceTokens, other)) swap = { claim: phrase(tokens, at, doer), source: phrase(sentenceTokens, j, other) };
      }
    }
    if (swap && !agrees && onePhrase(claim, tokens, doer)) return swap;
  }
  return undefined;
}
