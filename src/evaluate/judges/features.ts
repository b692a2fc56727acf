import { classOf, degreeOf, oppositesOf } from './lexicon.js';
import { contentBigrams, passiveKeys, type IndexedSentence, type IndexedSources } from './sources.js';
import { swappedDoer, type DoerSwap } from './doer.js';
import { swappedInClause, swappedKind, swappedOwner, swappedVariant, type KindSwap } from './kind.js';
import { NO_QUESTION, type QuestionInfo } from './question.js';
import { generalizesOneOf, hasSynonymIn } from './wordnet.js';
import { addedListItem } from './enumeration.js';
import { unsaidOnly } from './exclusive.js';
import { ABSOLUTES, HEDGES, MONTHS, NEGATIONS, isStopKey, labelsOf, mayOpenWithName, relatedFormIn, shown, textBetween, textSpan, tokenize, tokenStarts, YEAR, type Label, type Token } from './text.js';

/** How a claim lines up with its sources: the inputs of the deterministic verdict. */
export interface Alignment {
  /** Best-aligned source sentence, or null when nothing overlaps. */
  best: IndexedSentence | null;
  /** Second sentence that covers most of what the best one misses (claims often fuse two). */
  second: IndexedSentence | null;
  contentCount: number;
  /** Content keys of the claim found nowhere in the sources. */
  novelWords: string[];
  /** Numbers of the claim found nowhere in the sources. */
  novelNumbers: string[];
  /** Numbers of the claim found in the sources, but not in the sentences it aligns to. */
  movedNumbers: string[];
  /** Names (capitalised words, acronyms) found nowhere in the sources. */
  novelNames: string[];
  /** Claim words whose opposite is in the aligned sentences and which are not there themselves. */
  opposites: { claim: string; source: string }[];
  /** Claim words of a closed class (days, months, colours) where the source has another member. */
  swaps: { claim: string; source: string }[];
  features: FeatureVector;
  /** A short answer's name of several words that the sources never write so ("Lord Black of London"). */
  extractNotFound: string | undefined;
  /** The first pair of the claim's content keys the sources never say together. */
  unpaired: [string, string] | undefined;
  /** Two of the question's words the answer puts together, as neither the question nor the sources do ("Balston founded"). */
  rearranged: [string, string] | undefined;
  /** A word the claim negates and a matching sentence states ("does not ship" against "ships"). */
  negated: string | undefined;
  /** A word the claim states and the best sentence negates. */
  denied: string | undefined;
  /** A word the matching sentence says of another name than the claim does. */
  doerSwap: DoerSwap | undefined;
  /**
   * The claim's "Brisa 500" where the matching sentence speaks of the "Brisa 300", or its
   * "Starter plan" where the sentence speaks of the "Business plan", as each writes it.
   */
  thingSwap: KindSwap | undefined;
  /** "applies for 24 months" where the matching sentence says "applies for 12 months" (and 24 months of something else), as each writes it. */
  slotSwap: { claim: string; source: string } | undefined;
  /**
   * A word of the claim that says every case ("all", "any"), as written, where the matching
   * sentences say no such thing and the claim keeps none of their limits.
   */
  universal: string | undefined;
  /** A claim's "only", as written, where the matching sentences set no limit and deny nothing. */
  exclusive: string | undefined;
  /** An item the claim adds to the list its best sentence gives, as written ("the grinder"). */
  listAdds: string | undefined;
  /** Share of the question's words found in and around the best sentence; undefined without a question. */
  questionOverlap: number | undefined;
  /** The word as written in the claim or the sources, for reasons ("unsafe", not the stem "unsaf"). */
  surface(key: string): string;
  /**
   * The numbers of `sentence` as it writes them ("two-year" where the claim says "two years"),
   * only those of the same unit as the claim's `like` numbers when it has any ("1.5%", not the
   * clause number "6.2", for a claim's "3.0%"), or years for a year.
   */
  numbersIn(sentence: IndexedSentence, like: readonly string[]): string[];
  /** A pair of the claim's content keys as the claim writes them, with what stands between ("expires after two"). */
  written(pair: [string, string]): string;
}

/** Numeric features, each in a small range, in a fixed order shared with the trained model. */
export const FEATURE_NAMES = [
  'coverageAll',
  'coverageWeighted',
  'coverageBest',
  'coverageTop2',
  'bigramCoverage',
  'questionLink',
  'novelWordCount',
  'novelNameCount',
  'novelNumberCount',
  'numberConflict',
  'negationMismatch',
  'oppositeCount',
  'modalityMismatch',
  'negationFlip',
  'classSwap',
  'degreeMismatch',
  'unmatchedNegation',
  'numberMoved',
  'nameMoved',
  'otherSubject',
  'affirmsNegated',
  'echoesQuestion',
  'novelAnswerWords',
  'answerBigrams',
  'nameRunBroken',
  'questionRearranged',
  'answerCoverage',
  'doerSwapped',
  'universalUnsaid',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

const NEGATING_PREFIX = /^(?:non|un|in|im|ir|il|dis)(?=\p{L}{3,})/u;

/** "unsafe" against "safe", "disagree" against "agree": a prefix that negates the word. */
function prefixOpposite(key: string, sentence: IndexedSentence): string | undefined {
  const bare = key.replace(NEGATING_PREFIX, '');
  if (bare !== key && sentence.allKeys.has(bare)) return bare;
  for (const prefix of ['un', 'in', 'im', 'ir', 'il', 'dis', 'non']) {
    if (sentence.allKeys.has(prefix + key)) return prefix + key;
  }
  return undefined;
}

/** Words within this many tokens of a word are what it is said of ("reducing net debt"). */
const LOCAL_REACH = 3;

/** Content keys near each occurrence of `key`: after it only, or on both sides. */
function neighbours(tokens: readonly Token[], key: string, side: 'after' | 'both'): Set<string> {
  const near = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.key !== key) return;
    const from = side === 'after' ? i + 1 : Math.max(0, i - LOCAL_REACH);
    for (let j = from; j <= Math.min(tokens.length - 1, i + LOCAL_REACH); j++) {
      const other = tokens[j]!;
      if (j !== i && !other.stop) near.add(other.key);
    }
  });
  return near;
}

/**
 * "Reducing net debt" against "increase the dividend" is no flip: an opposite counts only
 * when the two words are said of the same thing. What a word is said of is what follows
 * it ("decrease the dividend"), or what comes before when nothing does ("revenue fell").
 */
function saidOfSameThing(claimTokens: readonly Token[], key: string, sentence: IndexedSentence, other: string): boolean {
  let side: 'after' | 'both' = 'after';
  let near = neighbours(claimTokens, key, side);
  if (near.size === 0) near = neighbours(claimTokens, key, (side = 'both'));
  near.delete(other);
  if (near.size === 0) return true;
  // The source's word is read the same way: what follows it when the claim's is, else what is around it.
  for (const word of neighbours(sentence.tokens, other, side)) if (near.has(word)) return true;
  return false;
}

/** What `key` is said of in the claim: the content words after it, or around it. */
function claimContext(claimTokens: readonly Token[], key: string): Set<string> {
  const near = neighbours(claimTokens, key, 'after');
  return near.size > 0 ? near : neighbours(claimTokens, key, 'both');
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}

/**
 * "Native to western North America" against "native to eastern North America, … to western
 * North Carolina": the sentence has the claim's word too, but said of something else; its
 * opposite is said of more of what the claim says it of.
 */
function saidOfMoreThan(claimTokens: readonly Token[], key: string, sentence: IndexedSentence, other: string): boolean {
  const near = claimContext(claimTokens, key);
  near.delete(other);
  if (near.size < 2) return false;
  return overlap(neighbours(sentence.tokens, other, 'both'), near) > overlap(neighbours(sentence.tokens, key, 'both'), near);
}

const NAME_RUNS_CHECKED = 8;

/** Small words inside a name ("Lord Black of Crossharbour", "Estudiantes de La Plata"). */
const NAME_JOINERS = new Set(['of', 'the', 'de', 'la', 'le', 'du', 'da', 'von', 'van', 'der', 'del', 'y']);

/**
 * A name of several words must be written so in the sources or the question: "Lord Black of
 * London" is not "Lord Black of Crossharbour" because "London" is said elsewhere, nor "La Plata
 * Municipality" the municipality of La Plata.
 */
function brokenNameRun(claimTokens: readonly Token[], index: IndexedSources, question: QuestionInfo): string | undefined {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    while (run.length > 0 && !run[run.length - 1]!.name) run.pop();
    if (run.filter((token) => token.name).length >= 2) runs.push(run);
    run = [];
  };
  for (const token of claimTokens) {
    if (token.name) run.push(token);
    else if (run.length > 0 && NAME_JOINERS.has(token.lower)) run.push(token);
    else close();
  }
  close();
  const holds = (tokens: readonly Token[], keys: readonly string[]): boolean => {
    for (let i = 0; i + keys.length <= tokens.length; i++) {
      let all = true;
      for (let j = 0; j < keys.length && all; j++) all = tokens[i + j]!.key === keys[j];
      if (all) return true;
    }
    return false;
  };
  // A sentence of many names is checked on its first few: each check reads the sentences that hold the name.
  const broken = runs.slice(0, NAME_RUNS_CHECKED).find((tokens) => {
    const keys = tokens.map((token) => token.key);
    return !holds(question.tokens, keys) && !(index.postings.get(keys[0]!) ?? []).some((position) => holds(index.sentences[position]!.tokens, keys));
  });
  return broken?.map((token) => token.surface).join(' ');
}

function sharedContent(sentence: IndexedSentence, content: readonly string[]): number {
  let shared = 0;
  for (const key of content) if (sentence.keys.has(key)) shared++;
  return shared;
}

/**
 * Words a negation reaches: the next few content words, however many small words come
 * between ("not for the for the elderly" in a transcript), within a span of tokens.
 */
const NEGATION_REACH = 3;
const NEGATION_SPAN = 8;

export interface NegationScope {
  negated: Set<string>;
  affirmed: Set<string>;
  /** What a "without" is said of: "after 20 minutes without use" denies use of the minutes, by negated key. */
  holders?: Map<string, string>;
}

/** Words that claim every case, as keys. */
const UNIVERSALS: ReadonlySet<string> = new Set(tokenize('all every always everyone everything entire any anytime').map((token) => token.key));
/** Words a source says of a whole or of each of its parts ("each employee", "either plan", "no refunds"). */
const QUANTIFIERS: ReadonlySet<string> = new Set([...UNIVERSALS, ...tokenize('each both either whole total no none never').map((token) => token.key)]);
const QUANTIFIER_REACH = 3;

/**
 * "Free on all orders" where the matching sentence says "free on orders over $50": a word of
 * the claim that says every case, where neither the question nor the best sentence says
 * anything of a whole or of each of its parts, nor the second one of what the word is said of
 * ("all 50 states" says nothing of all orders). Returns it as written.
 */
function unsaidUniversal(tokens: readonly Token[], best: IndexedSentence | null, second: IndexedSentence | null, question: QuestionInfo): string | undefined {
  const quantifies = (words: readonly Token[]): boolean => words.some((token) => QUANTIFIERS.has(token.key));
  if (quantifies(question.tokens) || (best && quantifies(best.tokens))) return undefined;
  const at = tokens.findIndex((token) => UNIVERSALS.has(token.key));
  // What it is said of: the next content word ("all unused vacation days" → "unused").
  const head = tokens.slice(at + 1, at + 1 + QUANTIFIER_REACH).find((token) => !token.stop)?.key;
  const words = second?.tokens ?? [];
  for (let j = 0; j < words.length; j++) {
    if (QUANTIFIERS.has(words[j]!.key) && (head === undefined || words.slice(j + 1, j + 1 + QUANTIFIER_REACH).some((token) => token.key === head))) return undefined;
  }
  return tokens[at]!.surface;
}

/** Does the claim keep a limit the best sentence gives ("all orders over $50")? Then its "all" is said of what the limit leaves. */
function keepsLimit(tokens: readonly Token[], best: IndexedSentence | null): boolean {
  return best !== null && tokens.some((token) => token.kind === 'number' && best.numbers.has(token.key));
}

/** "whether or not" weighs both sides: it negates nothing. */
const eitherWay = (tokens: readonly Token[], i: number): boolean => tokens[i - 1]?.lower === 'or' && tokens[i - 2]?.lower === 'whether';

/** Marks that end a clause, and with it a negation's reach: "not included in either pass; they cost €5". */
const CLAUSE_END = /[;:—–()]/;

/** Words that open a clause of their own, comma or not: "can't edit photos until you free up space". */
const SUBORDINATORS = new Set(['until', 'unless', 'because', 'although', 'whereas', 'once']);

/** Objects that name nothing themselves: "without one", "without it". */
const PRONOUN_OBJECTS = new Set(['one', 'it', 'them', 'this', 'that', 'these', 'those']);

/** Words that make a bound with "than": "not more than six". */
const BOUND_WORDS = new Set(['more', 'less', 'fewer', 'longer', 'shorter', 'later', 'earlier', 'over', 'under']);

/** After a comma, words that open a clause of its own: "of not being used, it switches to standby". */
const CLAUSE_OPENERS = new Set(['it', 'he', 'she', 'they', 'we', 'you', 'i', 'but', 'which', 'who', 'where', 'while', 'although', 'though', 'because', 'so', 'yet', 'then']);

/** "free of charge" says "no charge". */
const freeOf = (tokens: readonly Token[], i: number): boolean => tokens[i]!.lower === 'of' && tokens[i - 1]?.lower === 'free';

/**
 * The words a text negates and those it states. With the text, a negation stops at the end of
 * its clause.
 */
export function negationScope(tokens: readonly Token[], text?: string): NegationScope {
  const negated = new Set<string>();
  const affirmed = new Set<string>();
  let holders: Map<string, string> | undefined;
  let holder: string | undefined;
  // The words the current negation has reached.
  const denying: string[] = [];
  let reach = 0;
  let span = 0;
  let starts: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (reach > 0 && span > 0 && text !== undefined && i > 0) {
      starts ??= tokenStarts(text, tokens);
      const between = textBetween(text, tokens, starts, i - 1, i) ?? '';
      if (CLAUSE_END.test(between) || (between.includes(',') && CLAUSE_OPENERS.has(token.lower)) || SUBORDINATORS.has(token.lower)) reach = 0;
    }
    // "Never Shout Never" is a name, not a negation.
    // "without one", "without it": the thing is left unnamed, and nothing after it is denied.
    const withoutPronoun = token.lower === 'without' && PRONOUN_OBJECTS.has(tokens[i + 1]?.lower ?? '');
    // "no-shows are charged in full": the denial is of the word it is joined to, nothing after it.
    const joinedNo = token.lower === 'no' && text !== undefined && i + 1 < tokens.length && textBetween(text, tokens, (starts ??= tokenStarts(text, tokens)), i, i + 1) === '-';
    if (((NEGATIONS.has(token.lower) || token.key === 'not') && !token.name && !eitherWay(tokens, i) && !withoutPronoun) || freeOf(tokens, i)) {
      // "without compromising the quality" negates the compromise, not the quality; "free of" its one word.
      reach = (token.lower === 'without' && /ing$/.test(tokens[i + 1]?.lower ?? '')) || freeOf(tokens, i) || joinedNo ? 1 : NEGATION_REACH;
      span = NEGATION_SPAN;
      denying.length = 0;
      const before = tokens[i - 1];
      holder = token.lower === 'without' && before !== undefined && !before.stop ? before.key : undefined;
      continue;
    }
    // "Do not take more than six tablets" says "take up to six": a bound, nothing denied.
    if (reach > 0 && span > 0 && BOUND_WORDS.has(token.lower) && tokens[i + 1]?.lower === 'than') {
      for (const key of denying) {
        negated.delete(key);
        affirmed.add(key);
      }
      reach = 0;
    }
    const inScope = reach > 0 && span > 0;
    if (!token.stop) {
      (inScope ? negated : affirmed).add(token.key);
      if (inScope) denying.push(token.key);
      if (inScope && holder !== undefined) (holders ??= new Map()).set(token.key, holder);
      if (inScope) reach--;
    }
    if (span > 0) span--;
  }
  return holders ? { negated, affirmed, holders } : { negated, affirmed };
}

const members = new WeakMap<IndexedSentence, Map<number, string>>();
/** A word of the sentence in the given closed class (the first one). */
function memberOf(sentence: IndexedSentence, kind: number): string | undefined {
  let byClass = members.get(sentence);
  if (!byClass) {
    byClass = new Map();
    for (const key of sentence.allKeys) {
      const found = classOf(key);
      if (found !== undefined && !byClass.has(found)) byClass.set(found, key);
    }
    members.set(sentence, byClass);
  }
  return byClass.get(kind);
}

interface FlagCounts {
  negations: number;
  absolutes: number;
  hedges: number;
}

function flagCounts(tokens: readonly Token[]): FlagCounts {
  // One pass; the word sets are asked by surface and, for "n't", by key.
  let negations = 0;
  let absolutes = 0;
  let hedges = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((NEGATIONS.has(token.lower) || NEGATIONS.has(token.key)) && !eitherWay(tokens, i)) negations++;
    if (ABSOLUTES.has(token.lower) || ABSOLUTES.has(token.key)) absolutes++;
    if (HEDGES.has(token.lower) || HEDGES.has(token.key)) hedges++;
  }
  return { negations, absolutes, hedges };
}

const counts = new WeakMap<IndexedSentence, FlagCounts>();
function sentenceCounts(sentence: IndexedSentence): FlagCounts {
  let found = counts.get(sentence);
  if (!found) {
    found = flagCounts(sentence.tokens);
    counts.set(sentence, found);
  }
  return found;
}

const scopes = new WeakMap<IndexedSentence, NegationScope>();
function sentenceScope(sentence: IndexedSentence): NegationScope {
  let scope = scopes.get(sentence);
  if (!scope) {
    const speaker = SPEAKER.exec(sentence.text)?.[1];
    scope = speaker ? negationScope(sentence.tokens.slice(tokenize(speaker).length)) : negationScope(sentence.tokens, sentence.text);
    scopes.set(sentence, scope);
  }
  return scope;
}

/**
 * "User Interface: well, it's hard to learn": in a transcript the name before the colon is who
 * speaks, not what is said, so it is neither affirmed nor negated.
 */
const SPEAKER = /^(\p{Lu}[\p{L}\p{N}'’.-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){0,3}):\s/u;

/** Position of the first largest positive value, or -1 when none is positive. */
function argmax(values: Float64Array): number {
  let at = -1;
  let top = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    if (value > top) {
      top = value;
      at = i;
    }
  }
  return at;
}

/** At most this many words, an answer to a question is a short answer rather than a sentence. */
const SHORT_ANSWER_WORDS = 6;

/** Subjects that continue the previous sentence: it may carry the claim's names for it. */
const CONTINUING = /^(?:he|she|it|they|his|her|its|their|this|these|the)$/;

/** Are two sentences about the same thing: next to each other, or sharing a name? */
function linked(index: IndexedSources, a: number, b: number): boolean {
  const first = index.sentences[a]!;
  const second = index.sentences[b]!;
  if (Math.abs(a - b) === 1 && first.sourceId === second.sourceId) return true;
  for (const name of first.names) if (second.names.has(name)) return true;
  return false;
}

/**
 * A claim is judged against several sets of sources (all of them, the cited ones, each
 * citation alone): its tokens are read once. Tokens are never changed after tokenize.
 */
const claimTokens = new Map<string, Token[]>();
const CLAIM_MEMO = 64;

function tokensOf(claim: string): Token[] {
  let tokens = claimTokens.get(claim);
  if (!tokens) {
    tokens = tokenize(claim);
    if (claimTokens.size >= CLAIM_MEMO) claimTokens.clear();
    claimTokens.set(claim, tokens);
  }
  return tokens;
}

/** Words this close are said together: "the college attended by Thomas Balston" relates "attended" and "Balston". */
const PAIR_REACH = 3;

/** Pairs of the question's content keys said within PAIR_REACH of each other, either way round. */
const questionPairs = new WeakMap<QuestionInfo, Set<string>>();

function pairsOfQuestion(question: QuestionInfo): Set<string> {
  let pairs = questionPairs.get(question);
  if (!pairs) {
    const keys = question.tokens.filter((token) => !token.stop).map((token) => token.key);
    pairs = new Set();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j <= Math.min(keys.length - 1, i + PAIR_REACH); j++) pairs.add(`${keys[i]} ${keys[j]}`).add(`${keys[j]} ${keys[i]}`);
    }
    questionPairs.set(question, pairs);
  }
  return pairs;
}

/** Between two words of one phrase there is no punctuation ("In 2024, bleaching …" says no "2024 bleaching"). */
const PHRASE_BREAK = /[,;:()\[\]"“”—–]/;

/**
 * The question is a premise as it is worded, not as a bag of words: an answer that puts two
 * of its words together ("Thomas Balston founded …" for "Who founded the college attended
 * by Thomas Balston?") says something new, which the sources must say too. A possessive
 * restates a phrase of the question ("the card's fee" is "the fee of the card"), and
 * numbers are checked where they stand by the number rules.
 */
function rearrangedPair(claim: string, tokens: readonly Token[], index: IndexedSources, question: QuestionInfo): [string, string] | undefined {
  if (question.text === '') return undefined;
  let previous = -1;
  let pairs: Set<string> | undefined;
  // Where each token starts in the claim: found only for a pair that would be reported.
  let starts: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.stop) continue;
    const beforeIndex = previous;
    const before = beforeIndex >= 0 ? tokens[beforeIndex]! : undefined;
    previous = i;
    if (!before || before.key === token.key || before.kind === 'number' || token.kind === 'number') continue;
    if (!question.content.has(before.key) || !question.content.has(token.key) || /['’]s$/i.test(before.surface)) continue;
    // "for as long as" in an answer to "How long …?" puts nothing of the question together.
    if (question.asking.has(before.key) || question.asking.has(token.key)) continue;
    pairs ??= pairsOfQuestion(question);
    if (pairs.has(`${before.key} ${token.key}`) || index.saysNear(before.key, token.key, PAIR_REACH)) continue;
    // Punctuation between the two words: not said together.
    starts ??= tokenStarts(claim, tokens);
    if (PHRASE_BREAK.test(textBetween(claim, tokens, starts, beforeIndex, i) ?? '')) continue;
    return [before.key, token.key];
  }
  return undefined;
}

/** The claim's text from the first of two consecutive content words to the second: "expires after two". */
function phraseOf(claim: string, tokens: readonly Token[], [first, second]: [string, string]): string {
  const starts = tokenStarts(claim, tokens);
  let previous = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.stop || starts[i]! < 0) continue;
    if (previous >= 0 && tokens[previous]!.key === first && token.key === second) return textSpan(claim, tokens, starts, previous, i) ?? `${first} ${second}`;
    previous = i;
  }
  return `${first} ${second}`;
}

/**
 * The claim's "Brisa 500" where the matching sentence writes "Brisa 300" and never "Brisa 500":
 * the sentence is about another model, whatever words the two share. A claim that names both
 * ("the Brisa 300 holds more than the Brisa 500") swaps nothing.
 */
/** Words that open a sentence about the one thing the sentence before named ("Its water tank holds 2.5 litres"). */
const REFERRING = new Set(['it', 'its', 'this']);

/**
 * The labels a sentence speaks of: its own, or, when it names none and opens by referring
 * back, those of the sentence before it in the same source ("The Lumo 9 adds a grinder. Its
 * water tank holds 2.5 litres." speaks of the Lumo 9 twice).
 */
function sentenceLabels(sentence: IndexedSentence, index: IndexedSources): Label[] {
  const own = labelsOf(sentence.text, sentence.tokens);
  if (own.length > 0 || !REFERRING.has(sentence.tokens[0]?.lower ?? '')) return own;
  const before = index.sentences[index.sentences.indexOf(sentence) - 1];
  return before !== undefined && before.sourceId === sentence.sourceId ? labelsOf(before.text, before.tokens) : own;
}

function swappedLabel(claim: readonly Label[], sentence: readonly Label[]): { claim: string; source: string } | undefined {
  const says = (labels: readonly Label[], word: string, number: string): boolean => labels.some((label) => label.word === word && label.number === number);
  for (const label of claim) {
    if (says(sentence, label.word, label.number)) continue;
    const other = sentence.find((candidate) => candidate.word === label.word && !says(claim, candidate.word, candidate.number));
    if (other) return { claim: label.written, source: other.written };
  }
  return undefined;
}

/**
 * A name of the claim the best sentence lacks, or one of the sentence's the claim lacks, is
 * what `swappedKind` needs: most claims have neither.
 */
function otherOfKind(tokens: readonly Token[], best: IndexedSentence, index: IndexedSources): KindSwap | undefined {
  const lacks = tokens.some((token, i) => (token.name || (i === 0 && mayOpenWithName(tokens))) && !token.stop && !best.keys.has(token.key));
  // "The Nova card …" against "The Nova Plus card …": the claim writes a name with its kind.
  const adds = !lacks && tokens.some((token, i) => token.name && i + 1 < tokens.length && !tokens[i + 1]!.name && !tokens[i + 1]!.stop) && [...best.names].some((name) => !tokens.some((token) => token.key === name));
  return lacks || adds ? swappedKind(tokens, best, index) : undefined;
}

/** Words the second sentence must share with a claim and its question, besides numbers and units, to say the claim's amount of the same thing. */
const SECOND_SHARED = 3;

/** Is `key` the unit of a number in `tokens` ("pounds" of "8 pounds")? */
function isUnitKey(key: string, tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => token.unit !== undefined && tokens[i + 1]?.key === key);
}

/**
 * Does the sentence name another thing than the claim, and not the claim's own: "FitHub Premium
 * costs $49" is no second half of "FitHub Basic costs $49".
 */
function speaksOfOtherName(tokens: readonly Token[], sentence: IndexedSentence, about: ReadonlySet<string>): boolean {
  const names = tokens.filter((token) => token.name).map((token) => token.key);
  return names.some((name) => !sentence.keys.has(name)) && [...sentence.names].some((name) => !about.has(name) && !names.includes(name));
}

/** Does the sentence share enough of `about` (a claim's and its question's words), units aside, to speak of the same thing? */
function speaksOfSame(sentence: IndexedSentence, about: ReadonlySet<string>): boolean {
  return sharedContent(sentence, [...about].filter((key) => !isUnitKey(key, sentence.tokens))) >= SECOND_SHARED;
}

/** Small words that may stand between a word and its amount ("applies for 12 months", "rose by 5%"). */
const AMOUNT_REACH = 3;
/** How far after a word the amounts said of it may run ("cost $40 each, or $300 for ten"). */
const AMOUNT_WINDOW = 8;

/** The first number within reach after `at`, past small words only: the amount said of the word there. */
function amountAfter(tokens: readonly Token[], at: number): number {
  for (let i = at + 1; i < tokens.length && i <= at + AMOUNT_REACH; i++) {
    if (tokens[i]!.kind === 'number') return i;
    if (!tokens[i]!.stop) return -1;
  }
  return -1;
}

/** The content words after the token at `at`, up to `count`. */
function followers(tokens: readonly Token[], at: number, count: number): string[] {
  const found: string[] = [];
  for (let i = at + 1; i < tokens.length && found.length < count; i++) if (!tokens[i]!.stop) found.push(tokens[i]!.key);
  return found;
}

/** Does the sentence say the claim's amount at `at` with the same words after it ("3.1% of patients taking placebo")? */
function sameFollowers(tokens: readonly Token[], at: number, words: readonly Token[], other: number): boolean {
  const after = followers(tokens, at, 3);
  if (after.length < 2) return false;
  const amount = tokens[at]!;
  const shared = (j: number): number => after.filter((key) => followers(words, j, 4).includes(key)).length;
  const match = words.findIndex((token, j) => token.kind === 'number' && token.key === amount.key && shared(j) >= 2);
  if (match < 0) return false;
  // "a one-year limited warranty and the Orro Max with a two-year limited warranty": words that
  // follow both amounts tell neither apart; the name said last before each does.
  if (shared(match) > shared(other)) return true;
  const claimNames = new Set(tokens.filter((token) => token.name).map((token) => token.key));
  const named = nameBefore(words, match);
  return named !== undefined && claimNames.has(named) && nameBefore(words, other) !== named;
}

/** The key of the last name before `at` in `words`, numbers in names aside. */
function nameBefore(words: readonly Token[], at: number): string | undefined {
  for (let j = at - 1; j >= 0; j--) if (words[j]!.name && words[j]!.kind === 'word') return words[j]!.key;
  return undefined;
}

/**
 * "The restriction applies for 24 months" against "The restriction applies for 12 months …
 * where the employee worked in the last 2 years": the claim's amount is in the sentence, but
 * said of something else; the word the claim says it of has another amount of the same kind,
 * and neither matching sentence says the claim's amount soon after that word.
 */
function swappedAmount(
  claim: string,
  tokens: readonly Token[],
  amounts: readonly Token[],
  best: IndexedSentence,
  second: IndexedSentence | null,
  about: ReadonlySet<string>,
): { claim: string; source: string } | undefined {
  // "February 5th" is "February 5".
  const value = (token: Token): string => token.key.replace(/(?<=\d)(?:st|nd|rd|th)$/, '');
  const same = (a: Token, b: Token): boolean => value(a) === value(b) || (a.quantity !== undefined && a.quantity === b.quantity);
  const kind = (token: Token): string => token.quantity?.split(':')[0] ?? (YEAR.test(token.key) ? 'year' : '');
  const words = best.tokens;
  for (const amount of amounts) {
    const at = tokens.indexOf(amount);
    let anchor = at - 1;
    while (anchor >= 0 && anchor >= at - AMOUNT_REACH && tokens[anchor]!.stop) anchor--;
    const word = tokens[anchor];
    if (!word || word.kind !== 'word' || word.stop || amountAfter(tokens, anchor) !== at) continue;
    // The sentence's word with another amount of the claim's kind, and that amount.
    let otherWord = -1;
    let other: number | undefined;
    let agrees = false;
    for (let j = 0; j < words.length && !agrees; j++) {
      if (words[j]!.key !== word.key) continue;
      // "cost $40 each, or $300 for a pack of ten": an amount soon after the word is said of it too.
      if (words.slice(j + 1, j + 1 + AMOUNT_WINDOW).some((token) => token.kind === 'number' && same(token, amount))) agrees = true;
      const said = amountAfter(words, j);
      if (said < 0 || agrees || other !== undefined || kind(words[said]!) !== kind(amount)) continue;
      other = said;
      otherWord = j;
    }
    // "Dizziness occurred in 8.4% of patients taking the drug, compared with 3.1% of patients
    // taking placebo": the amount is said of what follows it, as in the claim.
    if (!agrees && other !== undefined) agrees = sameFollowers(tokens, at, words, other);
    // A claim that fuses two sentences may take the amount from the second: "… 1.7 litres, against 1.2 litres for …".
    if (!agrees && other !== undefined && second && !speaksOfOtherName(tokens, second, about)) {
      const more = second.tokens;
      // An amount with its unit ("3 p.m.", "24 months") may stand further from the word there.
      const reach = amount.quantity !== undefined ? more.length : AMOUNT_WINDOW;
      agrees = more.some((token, j) => token.key === word.key && more.slice(j + 1, j + 1 + reach).some((next) => next.kind === 'number' && same(next, amount)));
      // Or the second sentence says the amount of what the claim and its question speak of: "it
      // needs its own ticket, which costs 8 pounds" for "Is the Roman glass exhibition included?"
      // against "The temporary exhibition on Roman glass requires a separate ticket of 8 pounds."
      agrees ||= more.some((next) => next.kind === 'number' && same(next, amount)) && speaksOfSame(second, about);
    }
    if (agrees || other === undefined) continue;
    // The word through its amount and unit, as each writes it: "applies for 24 months".
    const written = (text: string, list: readonly Token[], from: number, to: number): string => {
      const end = list[to]!.unit !== undefined && list[to + 1] ? to + 1 : to;
      return textSpan(text, list, tokenStarts(text, list), from, end) ?? `${list[from]!.surface} ${shown(list[to]!)}`;
    };
    return { claim: written(claim, tokens, anchor, at), source: written(best.text, words, otherWord, other) };
  }
  return undefined;
}

function countOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  let count = 0;
  for (const item of items) if (test(item)) count++;
  return count;
}

export function align(claim: string, index: IndexedSources, question: QuestionInfo = NO_QUESTION): Alignment {
  const tokens = tokensOf(claim);
  // Amounts written another way ("18 months" for "a year and a half") are found by their quantity.
  const byQuantity = new Set<string>();
  const quantities = tokens.some((token) => token.quantity !== undefined) ? index.quantities : undefined;
  tokens.forEach((token, i) => {
    if (token.quantity === undefined || !quantities?.has(token.quantity)) return;
    byQuantity.add(token.key);
    // The unit is the next word, or the one the amount names further on ("three quarters of an hour").
    const unit = token.unit !== undefined ? (tokens.slice(i + 1, i + 6).find((next) => next.surface === token.unit) ?? tokens[i + 1]) : tokens[i + 1];
    if (token.kind === 'number' && unit && !unit.stop && unit.kind === 'word') byQuantity.add(unit.key);
  });
  const given = (key: string): boolean => question.content.has(key);
  // A word the sources say in other words ("purchase" for "buy", "author" for "novelist") is
  // found; names and numbers are not words.
  const contentKeys = new Set<string>();
  const plainWords = new Set<string>();
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const token of tokens) {
    if (token.stop) continue;
    contentKeys.add(token.key);
    if (token.name) names.add(token.key);
    else if (token.kind === 'number') numbers.add(token.key);
    else plainWords.add(token.key);
  }
  const bySynonym = new Set<string>();
  for (const key of plainWords) if (!index.postings.has(key) && (hasSynonymIn(key, index.postings) || index.hasKind(key))) bySynonym.add(key);
  const isFound = (key: string): boolean => index.postings.has(key) || byQuantity.has(key) || bySynonym.has(key);
  const inSentence = (sentence: IndexedSentence, key: string): boolean =>
    sentence.keys.has(key) || (bySynonym.has(key) && (hasSynonymIn(key, sentence.keys) || generalizesOneOf(key, sentence.keys)));
  // A word of the question that the sources do not have is a premise: nothing to check.
  const content: string[] = [];
  for (const key of contentKeys) if (isFound(key) || !given(key)) content.push(key);
  const sentenceCount = Math.max(1, index.sentences.length);
  const weightOf = (key: string): number => Math.log(1 + sentenceCount / (1 + (index.postings.get(key)?.length ?? 0)));

  // Best sentence by rarity-weighted overlap (what the answer adds counts double; the
  // question's other words a little, to place a short answer), then the sentence that
  // best covers the rest, both accumulated over the sentences that share a key (postings).
  const weights = new Map(content.map((key) => [key, weightOf(key) * (given(key) ? 1 : 2)]));
  const overlap = new Float64Array(index.sentences.length);
  for (const key of content) {
    const weight = weights.get(key) ?? 0;
    for (const position of index.postings.get(key) ?? []) overlap[position] = (overlap[position] ?? 0) + weight;
  }
  for (const key of question.content) {
    if (weights.has(key)) continue;
    const weight = 0.25 * weightOf(key);
    for (const position of index.postings.get(key) ?? []) overlap[position] = (overlap[position] ?? 0) + weight;
  }
  // An amount written another way ("one year" for "12 months") counts where the sentence has it.
  if (byQuantity.size > 0) {
    tokens.forEach((token, i) => {
      if (token.kind !== 'number' || token.quantity === undefined || !byQuantity.has(token.key)) return;
      const unit = tokens[i + 1];
      const weight = (weights.get(token.key) ?? 0) + (unit && byQuantity.has(unit.key) ? (weights.get(unit.key) ?? 0) : 0);
      index.sentences.forEach((sentence, position) => {
        if (sentence.quantities.has(token.quantity!) && !sentence.keys.has(token.key)) overlap[position] = (overlap[position] ?? 0) + weight;
      });
    });
  }
  const bestPosition = argmax(overlap);
  const best = bestPosition >= 0 ? (index.sentences[bestPosition] ?? null) : null;
  let second: IndexedSentence | null = null;
  let secondPosition = -1;
  if (best) {
    overlap.fill(0);
    for (const key of content) {
      if (best.keys.has(key)) continue;
      const weight = weights.get(key) ?? 0;
      for (const position of index.postings.get(key) ?? []) overlap[position] = (overlap[position] ?? 0) + weight;
    }
    overlap[bestPosition] = 0;
    secondPosition = argmax(overlap);
    second = secondPosition >= 0 ? (index.sentences[secondPosition] ?? null) : null;
  }

  let found = 0;
  let weightFound = 0;
  let weightAll = 0;
  let inBest = 0;
  let inTop2 = 0;
  const novelWords: string[] = [];
  for (const key of content) {
    const weight = weights.get(key) ?? 0;
    weightAll += weight;
    if (isFound(key)) {
      found++;
      weightFound += weight;
    } else {
      novelWords.push(key);
    }
    const atBest = best !== null && (inSentence(best, key) || byQuantity.has(key));
    if (atBest) inBest++;
    if (atBest || (second !== null && inSentence(second, key))) inTop2++;
  }
  // "8 metres" where the sources give 8 only of something else and another number of metres.
  const sourceBases = quantities ? index.quantityUnits : undefined;
  const otherAmount = new Set(
    tokens
      .filter((token) => token.kind === 'number' && token.quantity !== undefined && !byQuantity.has(token.key) && sourceBases?.has(token.quantity.split(':')[0] ?? ''))
      .map((token) => token.key),
  );
  const novelNumbers = [...numbers].filter((number) => (!isFound(number) || otherAmount.has(number)) && !given(number));
  const novelNames = [...names].filter((name) => !isFound(name) && !given(name));
  const aligned = [best, second].filter((sentence): sentence is IndexedSentence => sentence !== null);
  const alignedHasNumber = aligned.some((sentence) => sentence.numbers.size > 0);

  const opposites: { claim: string; source: string }[] = [];
  // Comparisons the question asks for are checked on the options, not as words.
  const claimKeys = new Set(tokens.map((token) => token.key).filter((key) => !question.keys.has(key)));
  for (const key of claimKeys) {
    const opposite = oppositesOf(key);
    if (!opposite) continue;
    for (const other of opposite) {
      if (claimKeys.has(other)) continue;
      // A sentence that says the claim's word in other words ("shuts" as "closes") has both sides.
      const flips = (sentence: IndexedSentence): boolean =>
        sentence.allKeys.has(other) &&
        (sentence.allKeys.has(key) ? saidOfMoreThan(tokens, key, sentence, other) : !hasSynonymIn(key, sentence.allKeys) && saidOfSameThing(tokens, key, sentence, other));
      if (aligned.some(flips)) {
        opposites.push({ claim: key, source: other });
        break;
      }
    }
  }

  for (const key of novelWords) {
    for (const sentence of aligned) {
      const opposite = prefixOpposite(key, sentence);
      if (opposite && saidOfSameThing(tokens, key, sentence, opposite)) {
        opposites.push({ claim: key, source: opposite });
        break;
      }
    }
  }

  // A claim word nowhere in the sources whose opposite is in a sentence about the same thing.
  // Content words are looked up in the postings; only stopwords ("up", "more") need every key.
  const inSources = (key: string): boolean => index.postings.has(key) || (isStopKey(key) && index.hasKey(key));
  for (const key of claimKeys) {
    const opposite = oppositesOf(key);
    if (!opposite || inSources(key) || opposites.some((o) => o.claim === key)) continue;
    const other = [...opposite].find(
      (word) =>
        !claimKeys.has(word) &&
        inSources(word) &&
        index.sentences.some(
          (sentence) => sentence.allKeys.has(word) && sharedContent(sentence, content) >= Math.max(2, content.length / 2) && saidOfSameThing(tokens, key, sentence, word),
        ),
    );
    if (other) opposites.push({ claim: key, source: other });
  }

  const claimScope = negationScope(tokens, claim);
  const bestNegates = best !== null && [...claimScope.negated].some((key) => sentenceScope(best).negated.has(key));
  let flipped: string | undefined;
  if (!bestNegates && claimScope.negated.size > 0) {
    for (const sentence of aligned) {
      const scope = sentenceScope(sentence);
      flipped ??= [...claimScope.negated].find((key) => scope.affirmed.has(key) && !scope.negated.has(key));
    }
  }
  const negationFlip = flipped !== undefined;

  // One member of a closed class where the aligned sentence has another ("week" for "month").
  const alignedAll = (key: string): boolean => aligned.some((sentence) => sentence.allKeys.has(key));
  const swaps: { claim: string; source: string }[] = [];
  for (const key of claimKeys) {
    const kind = classOf(key);
    if (kind === undefined || alignedAll(key) || byQuantity.has(key)) continue;
    // Said of the same thing, as an opposite must be: "Thursday morning" does not swap "the night before the anniversary".
    let other: string | undefined;
    for (const sentence of aligned) {
      const member = memberOf(sentence, kind);
      if (member !== undefined && !claimKeys.has(member) && !question.keys.has(member) && saidOfSameThing(tokens, key, sentence, member)) {
        other = member;
        break;
      }
    }
    if (other) swaps.push({ claim: key, source: other });
  }
  // A degree ("significant", "slight") the aligned sentences do not give, or the other way round.
  const claimDegrees = [...claimKeys].filter((key) => degreeOf(key) !== undefined && !alignedAll(key));
  const sourceDegrees =
    claimDegrees.length > 0 ? new Set(aligned.flatMap((sentence) => [...sentence.allKeys].map(degreeOf).filter((d) => d !== undefined))) : undefined;
  const degreeMismatch = claimDegrees.some((key) => !sourceDegrees?.has(degreeOf(key) ?? 'strong'));

  // A negative claim needs a negative source: no negation anywhere in the aligned sentences.
  const unmatchedNegation = claimScope.negated.size > 0 && aligned.every((sentence) => sentenceScope(sentence).negated.size === 0);
  // A plain claim of what the matching sentence negates ("ships to P.O. boxes" / "does not ship to P.O. boxes").
  // A denial is said of what the sentence names: "The Nova card has no annual fee" denies nothing
  // of the Nova Plus card, where "Both cards charge no fees" denies it of each.
  const deniedBy = (sentence: IndexedSentence): string | undefined => {
    const scope = sentenceScope(sentence);
    // "Ready to use" is not denied by "after 20 minutes without use": that denies use of the minutes.
    const heldByOther = (key: string): boolean => {
      const holder = scope.holders?.get(key);
      return holder !== undefined && !claimKeys.has(holder) && !question.keys.has(holder);
    };
    // "refunded" is denied by "not refundable": a word of the same root counts.
    const deniedForm = (key: string): boolean => scope.negated.has(key) || (scope.negated.size > 0 && !sentence.keys.has(key) && relatedFormIn(key, scope.negated));
    const key = content.find((key) => deniedForm(key) && !scope.affirmed.has(key) && !given(key) && !heldByOther(key));
    if (key === undefined || sentence.names.size === 0) return key;
    for (const name of names) if (isFound(name) && !sentence.keys.has(name)) return undefined;
    return key;
  };
  // The second sentence too, where the claim needs it and shares much with it: "Sale items can
  // be refunded" against "Items can be returned for a full refund. Sale items can be exchanged
  // but not refunded."
  const secondAdds = second !== null && content.some((key) => !numbers.has(key) && !byQuantity.has(key) && !best?.keys.has(key) && second?.keys.has(key));
  const denied =
    claimScope.negated.size === 0 && best !== null ? (deniedBy(best) ?? (secondAdds && second && sharedContent(second, content) >= Math.max(3, content.length / 3) ? deniedBy(second) : undefined)) : undefined;
  const affirmsNegated = denied !== undefined;
  // A number from elsewhere in the sources, where the aligned sentences give a different one.
  // The second sentence counts only when it brings more of the claim than numbers: "8 a.m."
  // elsewhere does not make "a depth of 8 metres" true.
  // A label is part of a name ("for the Brisa 500"): the sentence that has it says more than a number.
  const labels = numbers.size > 0 || names.size > 0 ? labelsOf(claim, tokens) : [];
  const labelled = (key: string): boolean => labels.some((label) => label.number === key);
  const monthKeys = new Set(tokens.filter((token) => MONTHS.has(token.lower)).map((token) => token.key));
  // What the claim and its question speak of, numbers aside.
  const about = new Set([...content, ...question.content, ...(question.topic ?? [])].filter((key) => !numbers.has(key)));
  const secondSays =
    second !== null &&
    // A month is part of its date ("30 April"): it says no more than the number does.
    (content.some((key) => (!numbers.has(key) || labelled(key)) && !monthKeys.has(key) && !best?.keys.has(key) && second.keys.has(key)) || speaksOfSame(second, about));
  const numberSentences = best ? (secondSays && second ? [best, second] : [best]) : [];
  const alignedNumbers = new Set<string>();
  const alignedQuantities = new Set<string>();
  for (const sentence of numberSentences) {
    for (const n of sentence.numbers) alignedNumbers.add(n);
    for (const q of sentence.quantities) alignedQuantities.add(q);
  }
  const answerNumbers = tokens.filter((token) => token.kind === 'number' && !given(token.key));
  const elsewhere = answerNumbers.filter((n) => isFound(n.key) && !alignedNumbers.has(n.key) && !(n.quantity !== undefined && alignedQuantities.has(n.quantity)));
  const numberMoved = elsewhere.length > 0 && [...alignedNumbers].some((n) => !numbers.has(n));
  const amounts = answerNumbers.filter((token) => !labelled(token.key));
  const slotSwap = best && amounts.length > 0 ? swappedAmount(claim, tokens, amounts, best, second, about) : undefined;

  // Names: what the answer names must be where its other content is said.
  const foundNames = [...names].filter((name) => isFound(name));
  const nameMoved = foundNames.some((name) => !given(name) && !aligned.some((sentence) => sentence.keys.has(name)));
  const otherNames = (sentence: IndexedSentence): boolean => [...sentence.names].some((name) => !names.has(name) && !question.keys.has(name));
  const speaksOfOther = (sentence: IndexedSentence, position: number): boolean =>
    !foundNames.some((name) => sentence.keys.has(name)) &&
    otherNames(sentence) &&
    !(position > 0 && CONTINUING.test(sentence.tokens[0]?.lower ?? '') && linked(index, position, bestPosition));
  const otherSubject =
    foundNames.length > 0 &&
    ((best !== null && speaksOfOther(best, -1)) || (second !== null && secondAdds && speaksOfOther(second, secondPosition)));

  // Question context: the answer should sit where the question's own content is.
  let questionWeight = 0;
  let questionFound = 0;
  const near = best ? [best, second, index.sentences[bestPosition - 1], index.sentences[bestPosition + 1]] : [];
  for (const key of question.content) {
    if (!index.postings.has(key)) continue;
    const weight = weightOf(key);
    questionWeight += weight;
    if (near.some((sentence) => sentence?.keys.has(key))) questionFound += weight;
  }
  const answerContent = content.filter((key) => !given(key));
  // A sentence that only restates the question answers nothing (a short pick of the question's own words may).
  const echoesQuestion = question.text !== '' && !question.options && !question.proposition && answerContent.length === 0 && content.length >= 4;

  const universal = tokens.some((token) => UNIVERSALS.has(token.key)) ? unsaidUniversal(tokens, best, second, question) : undefined;
  const shortAnswer = question.text !== '' && tokens.length <= SHORT_ANSWER_WORDS;
  const brokenName = brokenNameRun(tokens, index, question);
  const rearranged = rearrangedPair(claim, tokens, index, question);
  const doerSwap = swappedDoer(claim, tokens, aligned);
  const thingSwap = best ? ((labels.length > 0 ? swappedLabel(labels, sentenceLabels(best, index)) : undefined) ?? otherOfKind(tokens, best, index) ?? swappedVariant(tokens, best) ?? swappedOwner(tokens, best) ?? (doerSwap ? undefined : swappedInClause(claim, tokens, best))) : undefined;
  const claimCounts = flagCounts(tokens);
  const claimNegations = claimCounts.negations;
  const sourceNegations = best ? sentenceCounts(best).negations : 0;
  const claimAbsolutes = claimCounts.absolutes;
  const claimHedges = claimCounts.hedges;
  const sourceAbsolutes = aligned.reduce((sum, sentence) => sum + sentenceCounts(sentence).absolutes, 0);
  const sourceHedges = aligned.reduce((sum, sentence) => sum + sentenceCounts(sentence).hedges, 0);
  const bigrams = contentBigrams(tokens).filter(([a, b]) => !(given(a) && given(b)));
  // A pair with a word found in other words ("one hour" for "3,600 seconds", "purchase" for
  // "buy") is said together when the other word is found too: word order is not checked there.
  const otherWords = (key: string): boolean => bySynonym.has(key) || byQuantity.has(key);
  const claimPassives = passiveKeys(tokens);
  const saidTogether = ([first, second]: [string, string]): boolean =>
    index.hasBigram(first, second, claimPassives) || index.saysInOtherVoice(first, second, claimPassives) || ((otherWords(first) || otherWords(second)) && isFound(first) && isFound(second));
  let bigramsFound = 0;
  let unpaired: [string, string] | undefined;
  for (const pair of bigrams) {
    if (saidTogether(pair)) bigramsFound++;
    else unpaired ??= pair;
  }
  const total = Math.max(1, content.length);

  const features: FeatureVector = {
    coverageAll: found / total,
    coverageWeighted: weightAll > 0 ? weightFound / weightAll : 0,
    coverageBest: inBest / total,
    coverageTop2: inTop2 / total,
    bigramCoverage: bigrams.length > 0 ? bigramsFound / bigrams.length : 1,
    questionLink: questionWeight > 0 ? questionFound / questionWeight : 1,
    novelWordCount: Math.min(novelWords.length, 5),
    novelNameCount: Math.min(novelNames.length, 3),
    novelNumberCount: Math.min(novelNumbers.length, 3),
    numberConflict: novelNumbers.length > 0 && alignedHasNumber ? 1 : 0,
    negationMismatch: best && claimNegations % 2 !== sourceNegations % 2 ? 1 : 0,
    oppositeCount: Math.min(opposites.length, 2),
    modalityMismatch:
      (claimAbsolutes > 0 && sourceAbsolutes === 0 && sourceHedges > 0) || (claimHedges > 0 && sourceHedges === 0 && sourceAbsolutes > 0) ? 1 : 0,
    negationFlip: negationFlip ? 1 : 0,
    classSwap: Math.min(swaps.length + (thingSwap ? 1 : 0), 2),
    degreeMismatch: degreeMismatch ? 1 : 0,
    unmatchedNegation: unmatchedNegation ? 1 : 0,
    numberMoved: numberMoved || slotSwap !== undefined ? 1 : 0,
    nameMoved: nameMoved ? 1 : 0,
    otherSubject: otherSubject ? 1 : 0,
    affirmsNegated: affirmsNegated ? 1 : 0,
    echoesQuestion: echoesQuestion ? 1 : 0,
    // A short answer to a question ("Lyon", "the 2.4 GHz band") is an extract: each word it adds
    // must be in the sources, word next to word. A sentence may say the same in other words.
    novelAnswerWords: shortAnswer ? Math.min(novelWords.length, 3) : 0,
    answerBigrams: shortAnswer && bigrams.length > 0 ? bigramsFound / bigrams.length : 1,
    nameRunBroken: brokenName !== undefined ? 1 : 0,
    questionRearranged: rearranged !== undefined ? 1 : 0,
    // The question is given, not claimed: what the answer adds must be in the sources on its own
    // ("… a pioneer American aviator and inventor" adds one word, and the sources lack it).
    answerCoverage: answerContent.length > 0 ? countOf(answerContent, isFound) / answerContent.length : 1,
    doerSwapped: doerSwap ? 1 : 0,
    universalUnsaid: universal !== undefined ? 1 : 0,
  };
  const surface = (key: string): string => {
    const find = (list: readonly Token[]): Token | undefined => list.find((t) => t.key === key);
    const at = tokens.findIndex((t) => t.key === key);
    // "U.S." is read as the letters "U" and "S": a reason shows the initialism as the claim writes it.
    if (at >= 0 && /^\p{Lu}$/u.test(tokens[at]!.surface)) {
      const start = tokenStarts(claim, tokens)[at]!;
      const initialism = start >= 0 ? /^(?:\p{Lu}\.){2,}/u.exec(claim.slice(start))?.[0] : undefined;
      if (initialism) return initialism;
    }
    let token = at >= 0 ? tokens[at] : undefined;
    for (const sentence of aligned) token ??= find(sentence.tokens);
    for (const sentence of index.sentences) token ??= find(sentence.tokens);
    return token ? shown(token) : key;
  };
  const numbersIn = (sentence: IndexedSentence, like: readonly string[]): string[] => {
    const sortOf = (token: Token): string | undefined => token.quantity?.split(':')[0] ?? (YEAR.test(token.key) ? 'year' : undefined);
    const sorts = new Set(tokens.filter((token) => token.kind === 'number' && like.includes(token.key)).map(sortOf));
    const numbers = sentence.tokens.filter((token) => token.kind === 'number');
    const alike = numbers.filter((token) => sortOf(token) !== undefined && sorts.has(sortOf(token)));
    return [...new Set((alike.length > 0 ? alike : numbers).map(shown))];
  };
  const questionOverlap = question.text === '' ? undefined : features.questionLink;
  return {
    best, second, contentCount: content.length, novelWords, novelNumbers, novelNames, opposites, swaps, features, questionOverlap, surface, numbersIn,
    movedNumbers: numberMoved ? elsewhere.map((token) => token.key) : [],
    written: (pair) => phraseOf(claim, tokens, pair),
    // Every field always present: alignments of one shape keep the judge's property reads fast.
    extractNotFound: shortAnswer ? brokenName : undefined,
    rearranged,
    doerSwap,
    thingSwap,
    slotSwap,
    universal: universal !== undefined && !keepsLimit(tokens, best) ? universal : undefined,
    exclusive: best ? unsaidOnly(tokens, [best, second], question, (sentence) => sentenceCounts(sentence).negations > 0) : undefined,
    listAdds: addedListItem(claim, tokens, best, (key, sentence) => given(key) || inSentence(sentence, key), second),
    negated: flipped,
    denied,
    unpaired,
  };
}
