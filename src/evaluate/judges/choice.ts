/**
 * Questions that fix what a right answer must do, checked on the sources rather than
 * matched as words: "Which was founded first, A or B?" is answered by the dates the
 * sources give A and B, and "Are both A and B actors?" by what they say of each.
 */
import { COMPARATIVES, type QuestionInfo } from './question.js';
import { classOf } from './lexicon.js';
import type { IndexedSentence, IndexedSources } from './sources.js';
import { isStopKey, shown, stem, tokenize, tokenStarts, YEAR, type Token } from './text.js';
import { generalizesOneOf, hasSynonymIn, kindsOf } from './wordnet.js';

export interface Decision {
  /** The claim does what the question asks, as the sources say. */
  holds: boolean;
  reason: string;
  /** The sources do not settle it: the claim is unsupported rather than contradicted. */
  unsupported?: boolean;
}

/** Keys as `text` writes them, for a reason ("magazine, owned", not the stems "magazin, own"). */
function wordsOf(keys: readonly string[], text: string): string {
  const tokens = tokenize(text);
  return keys.map((key) => tokens.find((token) => token.key === key)?.surface ?? key).join(', ');
}

function contentKeys(text: string): string[] {
  return [...new Set(tokenize(text).filter((token) => !token.stop).map((token) => token.key))];
}

/** The keys of a name: its content keys, or every key of a name made of small words ("Up", "It"). */
function nameKeys(name: string): string[] {
  const keys = contentKeys(name);
  return keys.length > 0 ? keys : [...new Set(tokenize(name).map((token) => token.key))];
}

/** Words that name a kind of thing rather than say anything of it ("both types of drinks"), as keys. */
const GENERIC = new Set(['type', 'kind', 'sort', 'form', 'example', 'x'].map(stem));

/** Keys match when equal or when one is a longer form of the other ("direct", "director"). */
function keyIn(key: string, sentence: IndexedSentence): boolean {
  if (sentence.keys.has(key) || hasSynonymIn(key, sentence.keys) || generalizesOneOf(key, sentence.keys)) return true;
  if (key.length < 5) return false;
  for (const other of sentence.keys) if (other.length >= 5 && (other.startsWith(key) || key.startsWith(other))) return true;
  return false;
}

/** Sentences about an entity: those holding most of its keys, in source order. */
function sentencesAbout(keys: readonly string[], index: IndexedSources): IndexedSentence[] {
  const needed = Math.max(1, Math.ceil(keys.length * 0.6));
  const has = (sentence: IndexedSentence, key: string): boolean => sentence.keys.has(key) || (isStopKey(key) && sentence.allKeys.has(key));
  return index.sentences.filter((sentence) => keys.filter((key) => has(sentence, key)).length >= needed);
}

const DISTANCE = /\b(?:further|farther|furthest|farthest|closer|closest|nearer|nearest)\b/i;

/**
 * The year (or, for amounts, the other number) said of an entity: in each sentence about it,
 * the first one after its name, else the nearest before it. A sentence may speak of both
 * options ("A (born 1951) … B (born 1995)"): each gets its own.
 */
function valueOf(sentences: readonly IndexedSentence[], measure: 'time' | 'amount', own: readonly string[], price = false): number | undefined {
  const value = valueTokenOf(sentences, measure, own, price);
  return value ? Number(value.token.key) : undefined;
}

/** Amounts of money: what "cheaper" and "pricier" compare. */
const PRICE = /^(?:usd|eur|gbp):/;

/**
 * The sentences about each of two options, those that hold more of its name first. Where one
 * name holds the other ("Rail Flex", "Rail Flex Plus"), the shorter is not said in the
 * sentences that write the longer.
 */
function aboutEach(optionKeys: readonly (readonly string[])[], index: IndexedSources): IndexedSentence[][] {
  return optionKeys.map((keys, i) => {
    const other = optionKeys[1 - i] ?? [];
    const longer = other.length > keys.length && keys.every((key) => other.includes(key));
    const held = (sentence: IndexedSentence): number => keys.filter((key) => sentence.keys.has(key)).length;
    return sentencesAbout([...keys], index)
      .filter((sentence) => !(longer && other.every((key) => sentence.keys.has(key))))
      .sort((p, q) => held(q) - held(p));
  });
}

/** The number `valueOf` reads, with what it counts: a unit ("litre") or the word after it ("cars"). */
function valueTokenOf(
  sentences: readonly IndexedSentence[],
  measure: 'time' | 'amount',
  own: readonly string[],
  price = false,
): { token: Token; counts: string | undefined; written: string } | undefined {
  const isValue = (token: Token): boolean =>
    token.kind === 'number' &&
    !token.key.endsWith('th') &&
    !own.includes(token.key) &&
    (measure === 'time') === (YEAR.test(token.key) && token.quantity === undefined) &&
    (!price || PRICE.test(token.quantity ?? ''));
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const named = Math.max(0, tokens.findIndex((token) => own.includes(token.key)));
    let at = -1;
    for (let i = named; i < tokens.length && at < 0; i++) if (isValue(tokens[i]!)) at = i;
    for (let i = named - 1; i >= 0 && at < 0; i--) if (isValue(tokens[i]!)) at = i;
    if (at < 0) continue;
    const token = tokens[at]!;
    const next = tokens[at + 1];
    const counted = token.quantity === undefined && next !== undefined && !next.stop && next.kind === 'word' ? next : undefined;
    // "$25": the currency's symbol is written before the number.
    const start = tokenStarts(sentence.text, tokens)[at]!;
    const symbol = start > 0 ? (/[$£€¥]\s?$/.exec(sentence.text.slice(Math.max(0, start - 2), start))?.[0].trim() ?? '') : '';
    return { token, counts: token.quantity?.split(':')[0] ?? counted?.key, written: `${symbol}${shown(token)}${counted ? ` ${counted.surface}` : ''}` };
  }
  return undefined;
}

/** Which options the claim picks: the one it names, the first named, or both when it says so. */
function picked(claim: string, options: readonly string[][]): number[] {
  const claimTokens = tokenize(claim);
  const position = options.map((keys) => {
    const at = claimTokens.findIndex((token) => keys.includes(token.key) && !token.stop);
    const share = keys.filter((key) => claimTokens.some((token) => token.key === key)).length / Math.max(1, keys.length);
    return share >= 0.5 ? at : -1;
  });
  const named = [0, 1].filter((i) => (position[i] ?? -1) >= 0);
  if (named.length < 2) return named;
  if (/\b(?:both|and)\b/i.test(claim) && !/\bthan\b/i.test(claim)) return [0, 1];
  return [(position[0] ?? 0) <= (position[1] ?? 0) ? 0 : 1];
}

/** "Which was released first, A or B?": what the sources say, or undefined when they do not settle it. */
export function decideChoice(question: QuestionInfo, claim: string, index: IndexedSources): Decision | undefined {
  if (!question.options) return undefined;
  const optionKeys = question.options.map(contentKeys);
  if (optionKeys.some((keys) => keys.length === 0)) return undefined;
  // "the Silver plan" or "the Gold plan": the word they share tells neither apart in the claim.
  const [firstKeys, secondKeys] = optionKeys as [string[], string[]];
  const telling = [firstKeys.filter((key) => !secondKeys.includes(key)), secondKeys.filter((key) => !firstKeys.includes(key))];
  const chosen = picked(claim, telling.some((keys) => keys.length === 0) ? optionKeys : telling);
  if (chosen.length === 0) return undefined;
  const about = aboutEach(optionKeys, index);
  const [a, b] = question.options;
  let winner: number | undefined;
  let why = '';
  if (question.comparison) {
    const { measure, wins, price } = question.comparison;
    const values = about.map((sentences, i) => valueOf(sentences, measure, optionKeys[i] ?? [], price));
    const [x, y] = values;
    const lone = chosen.length === 1 ? chosen[0]! : -1;
    if (lone >= 0 && values[lone] === undefined && values[1 - lone] !== undefined) {
      // The claim's pick has no date or amount in the sources to compare.
      return { holds: false, reason: `the claim picks ${question.options[lone]}, but the sources give it no ${measure === 'time' ? 'date' : 'figure'} to compare (${question.options[1 - lone]}: ${values[1 - lone]})`, unsupported: true };
    }
    if (x === undefined || y === undefined || x === y) return undefined;
    winner = (x < y) === (wins === 'low') ? 0 : 1;
    why = `the sources give ${a} ${x} and ${b} ${y}`;
  } else {
    // "Further west", "closer to the sea": a distance the sources would have to measure, which
    // counting the question's words where each option is said cannot settle.
    if (DISTANCE.test(question.text)) return undefined;
    // The rest of the question is what one option is said to be: count where it is said.
    const all = new Set(optionKeys.flat());
    const predicate = [...question.content].filter((key) => !all.has(key));
    if (predicate.length === 0) return undefined;
    const scores = about.map((sentences, i) => {
      const own = sentences.filter((sentence) => !optionKeys[1 - i]!.every((key) => sentence.keys.has(key)));
      return predicate.filter((key) => own.some((sentence) => keyIn(key, sentence)));
    });
    const [x, y] = scores.map((keys) => keys.length);
    if (x === undefined || y === undefined || x === y) return undefined;
    winner = x > y ? 0 : 1;
    const said = scores[winner] ?? [];
    why = `the sources say ${wordsOf(said, question.text)} of ${question.options[winner]}${(scores[1 - winner]?.length ?? 0) > 0 ? ` (less of ${question.options[1 - winner]})` : ''}`;
  }
  const holds = chosen.length === 1 && chosen[0] === winner;
  const pick = chosen.length === 2 ? `both ${a} and ${b}` : question.options[chosen[0] ?? 0];
  return {
    holds,
    reason: holds ? `${why}, so ${pick} is right` : `the claim picks ${pick}, but ${why}, so the answer is ${question.options[winner]}`,
  };
}

/** "A holds more water than B", "A was founded before B": the two names and the comparative between them. */
const COMPARING = /\b(?:than|before|after)\b/;
const COMPARED = /^\s+((?:[\p{L}-]+\s+){1,6}?)(?:than|before|after)\s+(?:the\s+)?(["“]?\p{Lu}.*?)[.!]?$/u;

/**
 * A claim that compares two named things on a date or an amount ("The Brisa 500 holds more
 * water than the Brisa 300"), computed from what the sources give each, as a question's pick
 * between two options is. Undefined when the claim compares nothing or the sources do not
 * give both values, or give them in different units.
 */
export function decideComparison(claim: string, index: IndexedSources): Decision | undefined {
  // Most claims compare nothing: a plain test before the patterns.
  if (!COMPARING.test(claim)) return undefined;
  const text = claim.trim();
  const first = NAME_RUN.exec(text)?.[0];
  const match = first ? COMPARED.exec(text.slice(first.length)) : null;
  const second = match ? NAME_RUN.exec(match[2]!)?.[0] : undefined;
  if (!first || !match || !second) return undefined;
  const linking = /\b(before|after)\s+(?:the\s+)?["“]?\p{Lu}/u.exec(text)?.[1]?.toLowerCase();
  const comparison = linking ? { measure: 'time' as const, wins: linking === 'before' ? ('low' as const) : ('high' as const) } : COMPARATIVES.find(([pattern]) => pattern.test(match[1]!))?.[1];
  if (!comparison) return undefined;
  const names = [first.replace(/^the\s+/i, ''), second.replace(/^the\s+/i, '')] as const;
  const keys = names.map(nameKeys);
  if (keys.some((k) => k.length === 0)) return undefined;
  const about = aboutEach(keys, index);
  const [x, y] = keys.map((own, i) => valueTokenOf(about[i] ?? [], comparison.measure, own, comparison.price));
  // Amounts of one kind only ("1.2 litres" and "1.7 litres", "40 cars" and "120 cars"): a bare number may count anything.
  if (!x || !y || (comparison.measure === 'amount' && (x.counts === undefined || x.counts !== y.counts))) return undefined;
  // In the unit's base ("1,500 ml" against "1.2 litres").
  const amount = (token: Token): number => Number(token.quantity?.split(':')[1] ?? token.key);
  if (amount(x.token) === amount(y.token)) return undefined;
  const firstWins = (amount(x.token) < amount(y.token)) === (comparison.wins === 'low');
  const written = (value: { token: Token; written: string }): string => (comparison.measure === 'time' ? shown(value.token) : value.written);
  const why = `the sources give ${names[0]} ${written(x)} and ${names[1]} ${written(y)}`;
  return firstWins ? { holds: true, reason: `${why}, as the claim compares them` } : { holds: false, reason: `${why}: the claim compares them the wrong way round` };
}

const NAME_START = /^(?:the\s+)?["“]?[\p{Lu}\d]/u;
const NAME_RUN = /^(?:the\s+)?(?:["“]?[\p{Lu}\d][\p{L}\p{N}'’.&-]*["”]?)(?:\s+(?:(?:of|the|de|la|von|van|and|&)\s+)*["“]?[\p{Lu}\d][\p{L}\p{N}'’.&-]*["”]?)*/u;

/** "Nasdaq, Inc.": the comma before a company's suffix is part of its name. */
const COMPANY_COMMA = /,\s*(?:Inc|Ltd|LLC|Corp|Co|plc|S\.A|AG|GmbH)\b\.?/g;

interface Conjuncts {
  first: string;
  second: string;
  /** What is said of each, its verb in the singular ("was founded in Arizona"). */
  predicate: string;
}

/** "The documentaries A and B …": the kind both are said to be, before the first name (a premise of the pair). */
const KIND_BEFORE = /^the\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*s\s+(?=["“]?[\p{Lu}\d])/u;

/**
 * A comma may be part of a name ("Nasdaq, Inc.", "Welcome to Durham, USA"): a company's
 * suffix, or a name the sources write with it. Any other comma ends the pair's first part.
 */
function commaInName(name: string, index: IndexedSources | undefined): boolean {
  const rest = name.replace(COMPANY_COMMA, '');
  return !rest.includes(',') || (index !== undefined && index.sentences.some((sentence) => sentence.text.includes(name)));
}

/** "Both A and B were founded in Arizona": the two names and what is said of them, or undefined. */
function conjunctsOf(claim: string, index?: IndexedSources): Conjuncts | undefined {
  const text = claim.trim().replace(/[.!]+$/, '');
  const both = /^both\s+(.+?)\s+and\s+(.+)$/i.exec(text);
  const pair = both ?? /^(.+?)\s+and\s+(.+)$/i.exec(text);
  if (!pair) return undefined;
  const first = (pair[1]?.trim() ?? '').replace(KIND_BEFORE, '');
  const rest = pair[2]?.trim() ?? '';
  // "A and Sake bomb both …": a "both" after the pair ends the second name, capitalised or not.
  const beforeBoth = /^(.+?),?\s+(?:(?:are|were)\s+)?both\b/i.exec(rest)?.[1];
  const run = beforeBoth && NAME_START.test(beforeBoth) ? beforeBoth : NAME_RUN.exec(rest)?.[0];
  const second = run && index && run !== beforeBoth ? asWritten(run, index) : run;
  if (!second || !NAME_START.test(first) || !NAME_START.test(rest) || !commaInName(first, index) || first.split(/\s+/).length > 6) return undefined;
  const said = rest.slice(second.length).replace(/^\s*,?\s*(?:are|were)?\s*both\b/i, (m) => m.replace(/both/i, '')).trim();
  if (!/\p{L}/u.test(said)) return undefined;
  const predicate = said.replace(/^(?:are|were)\b/i, (m) => (m.toLowerCase() === 'are' ? 'is' : 'was'));
  return { first, second, predicate };
}

/**
 * "Both A and B were founded in Arizona" says two things, one of each: split it so each
 * is checked against what the sources say of that one. Returns [] when the claim is not
 * such a pair of names.
 */
export function splitConjuncts(claim: string, index?: IndexedSources): string[] {
  const pair = conjunctsOf(claim, index);
  return pair ? [`${pair.first} ${pair.predicate}`, `${pair.second} ${pair.predicate}`] : [];
}

/**
 * "Both A and B were founded in Arizona": what is said of both must be said of each, in
 * the sentences about it, as for "Were both A and B founded in Arizona?". Undefined when the
 * claim is no such pair, or the sources say nothing of one of the two (the alignment decides).
 */
export function decideConjuncts(claim: string, index: IndexedSources): Decision | undefined {
  // Only "both" says it of each: "A and B discussed the plan" may be said of the two together.
  if (!/\bboth\b/i.test(claim)) return undefined;
  const pair = conjunctsOf(claim, index);
  if (!pair) return undefined;
  const lack = lackedByEach(pair, index);
  const failing = lack ? lack.missing.findIndex((keys) => keys.length > 0) : -1;
  if (!lack || failing < 0) return undefined;
  return { holds: false, reason: `the sources do not say ${wordsOf(lack.missing[failing]!, pair.predicate)} of ${lack.entities[failing]}`, unsupported: true };
}

/**
 * The keys of what a pair's predicate says, and those of them the sentences about each name
 * lack. Undefined when the predicate says nothing to check, or the sources say nothing of one
 * of the two: they cannot settle what holds of both.
 */
function lackedByEach(pair: Conjuncts, index: IndexedSources): { entities: [string, string]; predicate: string[]; missing: string[][] } | undefined {
  const entities: [string, string] = [pair.first, pair.second];
  const entityKeys = new Set(entities.flatMap(nameKeys));
  const predicate = contentKeys(pair.predicate).filter((key) => !entityKeys.has(key) && !GENERIC.has(key));
  if (predicate.length === 0) return undefined;
  if (entities.some((entity) => sentencesAbout(nameKeys(entity), index).length === 0)) return undefined;
  return { entities, predicate, missing: entities.map((entity) => holdsOf(entity, predicate, index)) };
}

/**
 * A run of capitalised words may run on into the predicate ("Kings of Leon American rock
 * bands"): keep the longest start of it that the sources write as one name.
 */
function asWritten(run: string, index: IndexedSources): string {
  const words = run.split(/\s+/);
  for (let n = words.length; n > 1; n--) {
    const candidate = words.slice(0, n).join(' ');
    if (index.sentences.some((sentence) => sentence.text.includes(candidate))) return candidate;
  }
  return run;
}

/** Kinds of thing a name says which one it is: a place, a body, a brand, a category. */
const NAMED_KINDS = new Set(
  ['territory', 'district', 'location', 'region', 'land', 'municipality', 'organization', 'organisation', 'establishment', 'institution', 'brand', 'category', 'group'].map(stem),
);

/** "The same country", "the same label": sharing a name settles it. "The same customer base" it does not. */
function namesSettle(noun: string): boolean {
  const key = stem(noun.toLowerCase());
  return NAMED_KINDS.has(key) || kindsOf(key).some((kind) => NAMED_KINDS.has(kind));
}

/** Does everything the predicate says hold in the sentences about the entity? */
function holdsOf(entity: string, predicate: readonly string[], index: IndexedSources): string[] {
  const keys = nameKeys(entity);
  const sentences = sentencesAbout(keys, index);
  const neighbours = sentences.flatMap((sentence) => {
    const at = index.sentences.indexOf(sentence);
    const next = index.sentences[at + 1];
    return next && /^(?:he|she|it|they|his|her|its|their)$/.test(next.tokens[0]?.lower ?? '') ? [next] : [];
  });
  const all = [...sentences, ...neighbours];
  return predicate.filter((key) => !all.some((sentence) => keyIn(key, sentence)));
}

/** "Are both A and B actors?" answered yes or no: right or wrong by what the sources say of each. */
export function decideYesNo(question: QuestionInfo, yes: boolean, index: IndexedSources): Decision | undefined {
  const proposition = question.proposition;
  if (!proposition) return undefined;
  const same = /\b(?:the\s+)?same\s+([\p{L}-]+)/iu.exec(proposition);
  const pair = conjunctsOf(proposition.replace(/\b(?:the\s+)?same\s+[\p{L}-]+/iu, 'x'), index);
  if (!pair) return undefined;
  const entities = [pair.first, pair.second];
  const [a, b] = entities as [string, string];
  if (same && /^(?:year|decade|date|day)$/i.test(same[1] ?? '')) {
    // "the same year": the years the sources give each.
    const years = entities.map((entity) => {
      const keys = nameKeys(entity);
      return valueOf(sentencesAbout(keys, index), 'time', keys);
    });
    if (years[0] === undefined || years[1] === undefined) return undefined;
    const isSame = years[0] === years[1];
    return { holds: isSame === yes, reason: `the sources give ${a} ${years[0]} and ${b} ${years[1]}` };
  }
  if (same && !namesSettle(same[1] ?? '')) return undefined;
  if (same) {
    // "the same country": the two are said to share a place, a family, a label.
    const names = entities.map((entity) => {
      const own = new Set(nameKeys(entity));
      return new Set(
        sentencesAbout([...own], index).flatMap((sentence) =>
          [...sentence.names].filter((name) => !own.has(name) && !question.keys.has(name) && classOf(name) === undefined && !/\d/.test(name)),
        ),
      );
    });
    const shared = [...(names[0] ?? [])].filter((name) => names[1]?.has(name));
    if ((names[0]?.size ?? 0) === 0 || (names[1]?.size ?? 0) === 0) return undefined;
    const isSame = shared.length > 0;
    return {
      holds: isSame === yes,
      reason: isSame ? `the sources give both ${a} and ${b} ${shared[0]}` : `the sources give ${a} and ${b} no ${same[1]} in common`,
    };
  }
  const lack = lackedByEach(pair, index);
  if (!lack) return undefined;
  const failing = lack.missing.findIndex((keys) => keys.length > 0);
  return {
    holds: (failing < 0) === yes,
    reason:
      failing < 0
        ? `the sources say ${wordsOf(lack.predicate, pair.predicate)} of both ${a} and ${b}`
        : `the sources do not say ${wordsOf(lack.missing[failing]!, pair.predicate)} of ${lack.entities[failing]}`,
  };
}
