/**
 * Lists: "The warranty covers the pump, the heating element and the grinder" where the
 * matching sentence says "a warranty that covers the pump and the heating element". Every word
 * is in the sources (the grinder is named in another sentence), and the list says more than
 * the sentence that gives it.
 */
import type { IndexedSentence } from './sources.js';
import { textBetween, tokenStarts, type Token } from './text.js';

/** An item of a list longer than this is a clause, not a thing listed. */
const ITEM_TOKENS = 5;
/** Marks that end a list: what follows is no item of it. */
const LIST_END = /[;:.!?()—–]/;
/** How far before the first comma an "and" may stand and still join a pair inside the first item. */
const PAIR_REACH = 3;
/** Words whose "and" or "or" joins a pair within one item. */
const PAIR_OPENERS = new Set(['between', 'both', 'either', 'neither', 'whether']);
/** After a comma, words that open a clause, not an item: "Bob Barker, who also hosted Truth or Consequences". */
const CLAUSE_OPENERS = new Set(['which', 'who', 'whose', 'whom', 'where', 'when', 'while', 'that', 'it', 'he', 'she', 'they', 'we', 'but', 'so', 'yet']);

/** The items of the claim's first list of three or more, as token ranges [from, to). The first is its last word only. */
function listItems(text: string, tokens: readonly Token[]): [number, number][] | undefined {
  const starts = tokenStarts(text, tokens);
  // Segments between commas and a final "and" or "or".
  const cuts: { at: number; final: boolean }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const between = textBetween(text, tokens, starts, i - 1, i) ?? '';
    if (LIST_END.test(between) || (between.includes(',') && CLAUSE_OPENERS.has(tokens[i]!.lower))) {
      if (cuts.some((cut) => cut.final)) break;
      cuts.length = 0;
      continue;
    }
    const word = tokens[i]!.lower;
    // "between 2 and 4 a.m.", "both A and B": the "and" of a pair inside an item.
    const paired = (word === 'and' || word === 'or') && tokens.slice(cuts.at(-1)?.at ?? 0, i).some((token) => PAIR_OPENERS.has(token.lower));
    if (paired) continue;
    if (word === 'and' || word === 'or') cuts.push({ at: i, final: true });
    else if (between.includes(',')) {
      // "brake and gear adjustment, tire inflation, …": an "and" just before the first comma joins a pair inside the first item.
      if (cuts.length === 1 && cuts[0]!.final && i - cuts[0]!.at <= PAIR_REACH) cuts.length = 0;
      cuts.push({ at: i, final: false });
    }
    if (cuts.at(-1)?.final && cuts.length >= 2) break;
  }
  const last = cuts.at(-1);
  if (!last?.final || cuts.length < 2 || cuts.slice(0, -1).some((cut) => cut.final)) return undefined;
  const items: [number, number][] = [[cuts[0]!.at - 1, cuts[0]!.at]];
  for (let c = 0; c < cuts.length; c++) {
    const from = cuts[c]!.at + (tokens[cuts[c]!.at]!.lower === 'and' || tokens[cuts[c]!.at]!.lower === 'or' ? 1 : 0);
    let to = c + 1 < cuts.length ? cuts[c + 1]!.at : from;
    if (c + 1 === cuts.length) {
      // The last item runs to the end of the list's clause.
      while (to < tokens.length && !LIST_END.test(textBetween(text, tokens, starts, to - 1, to) ?? '') && to - from < ITEM_TOKENS + 1) to++;
    }
    if (to - from > ITEM_TOKENS || to <= from) return undefined;
    items.push([from, to]);
  }
  return items;
}

/**
 * The one item of the claim's list that the best sentence lacks while it holds two others, as
 * written; undefined when there is none, the sentence lists nothing, or the second sentence
 * holds the whole list. `held` says whether a sentence has a word (the question's count as held).
 */
export function addedListItem(
  claim: string,
  tokens: readonly Token[],
  best: IndexedSentence | null,
  held: (key: string, sentence: IndexedSentence) => boolean,
  second: IndexedSentence | null,
): string | undefined {
  // A list of three has a comma and an "and" or "or"; most claims have neither.
  if (best === null || !claim.includes(',') || !/\b(?:and|or)\b/.test(claim) || !/,|\band\b|\bor\b/.test(best.text)) return undefined;
  const items = listItems(claim, tokens);
  if (!items) return undefined;
  const contentOf = ([from, to]: [number, number]): Token[] => tokens.slice(from, to).filter((token) => !token.stop);
  const holds = (item: [number, number], sentence: IndexedSentence): boolean => contentOf(item).some((token) => held(token.key, sentence));
  const lacking = items.filter((item) => contentOf(item).length > 0 && !holds(item, best));
  if (lacking.length !== 1 || items.filter((item) => holds(item, best)).length < 2) return undefined;
  // The list may be the second sentence's, the best one matching the claim's other words.
  if (second !== null && items.every((item) => holds(item, second))) return undefined;
  const [from, to] = lacking[0]!;
  const starts = tokenStarts(claim, tokens);
  const start = starts[from]!;
  const end = starts[to - 1]! + tokens[to - 1]!.surface.length;
  return start >= 0 && end > start ? claim.slice(start, end) : tokens.slice(from, to).map((token) => token.surface).join(' ');
}
