import { splitSentences, type SentenceSpan } from '../claims/sentences.js';
import type { ClockCheck } from '../types.js';
import { mayBeParticiple, tokenize, type Token } from './text.js';
import { kindsOf } from './wordnet.js';

/**
 * One source sentence, tokenised once and reused for every claim of a case. Its key sets
 * are built on first use: only the sentences a claim aligns to are ever asked.
 */
export class IndexedSentence {
  private keySet: Set<string> | undefined;
  private allKeySet: Set<string> | undefined;
  private numberSet: Set<string> | undefined;
  private quantitySet: Set<string> | undefined;
  private nameSet: Set<string> | undefined;
  private contentKeyList: string[] | undefined;
  private passiveSet: ReadonlySet<string> | undefined;

  constructor(
    readonly sourceId: string,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly tokens: Token[],
  ) {}

  /** Content keys (stems, numbers, names). */
  get keys(): Set<string> {
    return (this.keySet ??= new Set(this.tokens.filter((token) => !token.stop).map((token) => token.key)));
  }

  /** Every key, stopwords included: opposites and quantifiers are often stopwords. */
  get allKeys(): Set<string> {
    return (this.allKeySet ??= new Set(this.tokens.map((token) => token.key)));
  }

  get numbers(): Set<string> {
    return (this.numberSet ??= new Set(this.tokens.filter((token) => token.kind === 'number').map((token) => token.key)));
  }

  /** Amounts in base units ("month:18"), whatever their spelling. */
  get quantities(): Set<string> {
    return (this.quantitySet ??= new Set(this.tokens.flatMap((token) => (token.quantity === undefined ? [] : [token.quantity]))));
  }

  /** Keys of the names in the sentence (capitalised mid-sentence, acronyms). */
  get names(): Set<string> {
    return (this.nameSet ??= new Set(this.tokens.filter((token) => token.name).map((token) => token.key)));
  }

  /** Keys of the verbs the sentence says in the passive ("was designed by Mara Venn"). */
  get passives(): ReadonlySet<string> {
    return (this.passiveSet ??= passiveKeys(this.tokens));
  }

  /** The content keys in order, stopwords left out: consecutive ones are the sentence's bigrams. */
  get contentKeys(): string[] {
    return (this.contentKeyList ??= this.tokens.filter((token) => !token.stop).map((token) => token.key));
  }
}

/** Content words between the two of a passive pair ("founded by Mara Venn": the name's last word is 2 on). */
const PASSIVE_REACH = 4;

/** Is `position` in an ascending postings list? Halving, so two frequent words of a long source stay cheap. */
function inPostings(list: readonly number[], position: number): boolean {
  if (list.length <= 16) return list.includes(position);
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = list[middle]!;
    if (at === position) return true;
    if (at < position) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Scans of the sources' words for a kind before the set of all their kinds is cheaper. */
const KIND_SCANS = 4;

/** The sentences of a set of sources, with which sentences hold each content key. */
export class IndexedSources {
  private quantitySet: Set<string> | undefined;
  private quantityUnitSet: Set<string> | undefined;
  private keyLookups: Map<string, boolean> | undefined;
  private kindSet: Set<string> | undefined;
  private kindQuestions = 0;

  constructor(
    readonly sentences: IndexedSentence[],
    /** For each content key, the positions in `sentences` of the sentences that contain it, each once. */
    readonly postings: Map<string, number[]>,
    /** Keys of the verbs some sentence says in the passive ("designed" of "was designed by Mara Venn"). */
    readonly passives: ReadonlySet<string> = NO_KEYS,
  ) {}

  /**
   * Is `key` anywhere in the sources, a stopword's ("under", "more") included? Content keys
   * are in the postings; another is looked for once per index, stopping at the first
   * sentence that has it, rather than building every key's set for one question.
   */
  hasKey(key: string): boolean {
    if (this.postings.has(key)) return true;
    let found = this.keyLookups?.get(key);
    if (found === undefined) {
      found = this.sentences.some((sentence) => sentence.tokens.some((token) => token.key === key));
      (this.keyLookups ??= new Map()).set(key, found);
    }
    return found;
  }

  /**
   * Is `key` what one of the sources' words is a kind of ("writer", "author" for "novelist")?
   * A claim may say the general word. The first few questions scan the sources' words; an
   * index asked more often (the many claims of a long case) builds the set of every kind.
   */
  hasKind(key: string): boolean {
    if (this.kindSet) return this.kindSet.has(key);
    if (++this.kindQuestions > KIND_SCANS) {
      this.kindSet = new Set();
      for (const word of this.postings.keys()) for (const kind of kindsOf(word)) this.kindSet.add(kind);
      return this.kindSet.has(key);
    }
    for (const word of this.postings.keys()) if (kindsOf(word).includes(key)) return true;
    return false;
  }

  /** The units of those amounts ("month", "metre"). */
  get quantityUnits(): Set<string> {
    if (!this.quantityUnitSet) this.readQuantities();
    return this.quantityUnitSet!;
  }

  /** Amounts in base units ("month:18"), whatever their spelling. */
  get quantities(): Set<string> {
    if (!this.quantitySet) this.readQuantities();
    return this.quantitySet!;
  }

  /** Both sets in one pass over the tokens, each unit taken once per distinct amount. */
  private readQuantities(): void {
    const quantities = new Set<string>();
    const units = new Set<string>();
    for (const sentence of this.sentences) {
      for (const token of sentence.tokens) {
        const quantity = token.quantity;
        if (quantity === undefined || quantities.has(quantity)) continue;
        quantities.add(quantity);
        units.add(quantity.slice(0, quantity.indexOf(':')));
      }
    }
    this.quantitySet = quantities;
    this.quantityUnitSet = units;
  }

  /** Does some sentence have the content keys `first` and `second` within `reach` content words of each other? */
  saysNear(first: string, second: string, reach: number): boolean {
    const others = this.postings.get(second);
    if (!others) return false;
    for (const position of this.postings.get(first) ?? []) {
      if (!inPostings(others, position)) continue;
      const keys = this.sentences[position]!.contentKeys;
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== first) continue;
        for (let j = Math.max(0, i - reach); j <= Math.min(keys.length - 1, i + reach); j++) if (keys[j] === second) return true;
      }
    }
    return false;
  }

  /**
   * Does some sentence say `first` `second` in the other voice? The two come the other way
   * round, a few content words apart: "Harlow College was founded by Mara Venn" says "Mara
   * Venn founded Harlow College" (a "by" of the doer after the verb), and "Tom Esk hired Mara
   * Venn" says "Mara Venn was hired by Tom Esk" (`passives`, the claim's passive verbs, said
   * actively). "Jerry called Amanda" is still no reading of "Amanda called Jerry".
   */
  saysInOtherVoice(first: string, second: string, passives: ReadonlySet<string>): boolean {
    const passiveWord = passives.has(first) ? first : passives.has(second) ? second : undefined;
    // An active claim is said in the passive only where one of its words is a passive verb.
    if (passiveWord === undefined && !this.passives.has(first) && !this.passives.has(second)) return false;
    const others = this.postings.get(second);
    if (!others) return false;
    for (const position of this.postings.get(first) ?? []) {
      if (!inPostings(others, position)) continue;
      const sentence = this.sentences[position]!;
      // An active claim needs a passive here, a passive one the verb said actively.
      const voiced = sentence.passives;
      if (passiveWord === undefined ? !voiced.has(first) && !voiced.has(second) : voiced.has(passiveWord)) continue;
      const tokens = sentence.tokens;
      let secondAt = -1;
      let content = 0;
      let secondContent = 0;
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i]!;
        if (token.stop) continue;
        content++;
        if (token.key === second) {
          secondAt = i;
          secondContent = content;
        } else if (token.key === first && secondAt >= 0 && content - secondContent <= PASSIVE_REACH) {
          if (passiveWord !== undefined || agentFollows(tokens, i) || (agentFollows(tokens, secondAt) && i > secondAt + 1)) return true;
        }
      }
    }
    return false;
  }

  /**
   * Does some sentence have the content keys `first` and `second` next to each other, each
   * in the voice the claim says it in (`passives`: the claim's verbs said in the passive)?
   * "The bridge designed Mara Venn" is no reading of "The bridge was designed by Mara Venn".
   */
  hasBigram(first: string, second: string, passives?: ReadonlySet<string>): boolean {
    for (const position of this.postings.get(first) ?? []) {
      const sentence = this.sentences[position]!;
      const keys = sentence.contentKeys;
      for (let i = 1; i < keys.length; i++) {
        if (keys[i - 1] !== first || keys[i] !== second) continue;
        // Neither word a passive verb, here or in the claim: the voices agree without looking.
        if (!passives || (!this.passives.has(first) && !this.passives.has(second) && !passives.has(first) && !passives.has(second))) return true;
        const voiced = sentence.passives;
        if (voiced.has(first) === passives.has(first) && voiced.has(second) === passives.has(second)) return true;
      }
    }
    return false;
  }

}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that']);

/**
 * "designed by Mara Venn", "approved by the council": a participle, then a "by" that names
 * who did it ("rose by 5%", "by 2025" and the book "A Long Way Home by Saroo Brierley" do not).
 */
export function agentFollows(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== 'by' || !mayBeParticiple(tokens[i]!.lower)) return false;
  const next = tokens[i + 2];
  return next !== undefined && (next.name || DETERMINERS.has(next.lower));
}

/** Keys of the words a "by" of the doer follows: the verbs said in the passive. */
export function passiveKeys(tokens: readonly Token[]): ReadonlySet<string> {
  let keys: Set<string> | undefined;
  for (let i = 0; i < tokens.length; i++) if (!tokens[i]!.stop && agentFollows(tokens, i)) (keys ??= new Set()).add(tokens[i]!.key);
  // Most sentences have no passive: they share one empty set rather than each making its own.
  return keys ?? NO_KEYS;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Pairs of consecutive content keys: catch swapped roles and relations ("a b" is not "b a"). */
export function contentBigrams(tokens: readonly Token[]): [string, string][] {
  const content = tokens.filter((token) => !token.stop);
  const pairs: [string, string][] = [];
  for (let i = 1; i < content.length; i++) pairs.push([content[i - 1]!.key, content[i]!.key]);
  return pairs;
}

/** `text` is the sentence as in the source; `flat` the same with wrapped lines joined by spaces. */
function indexSentence(sourceId: string, text: string, flat: string, start: number, end: number): IndexedSentence {
  return new IndexedSentence(sourceId, text, start, end, tokenize(flat));
}

type SourceText = { id: string; text: string };

/**
 * The last few results, in a fixed ring of slots: every claim of a case is judged against
 * the same sources, so a handful of slots catches the repeats. A ring rather than a Map on
 * purpose: a long-lived Map that keeps adding and deleting entries leaves dead tables in
 * the old generation whose slots keep fresh indexes alive, so every index the judge built
 * was copied by the collector (a third of the judge's time went to collecting).
 */
class RecentMemo<T> {
  private readonly keys: (readonly SourceText[] | undefined)[];
  private readonly values: (T | undefined)[];
  private next = 0;
  constructor(size: number) {
    this.keys = new Array<undefined>(size).fill(undefined);
    this.values = new Array<undefined>(size).fill(undefined);
  }
  get(sources: readonly SourceText[], make: () => T): T {
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i];
      if (key !== undefined && sameSources(key, sources)) return this.values[i]!;
    }
    const value = make();
    // A copy of the ids and texts: the caller's array or objects may change later.
    this.keys[this.next] = sources.map((source) => ({ id: source.id, text: source.text }));
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
    return value;
  }
}

function sameSources(a: readonly SourceText[], b: readonly SourceText[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.text !== b[i]!.text || a[i]!.id !== b[i]!.id) return false;
  }
  return true;
}

/** Enough for the sources of several cases: the judge is asked about one case at a time or a few. */
const sentenceMemo = new RecentMemo<IndexedSentence[]>(64);
const sourcesMemo = new RecentMemo<IndexedSources>(16);

function sentencesOf(source: SourceText, check: ClockCheck | undefined): IndexedSentence[] {
  return sentenceMemo.get([source], () => splitSource(source.id, source.text, check));
}

/** `check` runs between sentences: a long source is where a case's judging time goes. */
function splitSource(sourceId: string, text: string, check: ClockCheck | undefined): IndexedSentence[] {
  // Blank lines and list items separate sentences even without punctuation (titles,
  // bullets); any other line break is a wrapped line inside a sentence. Joining a
  // wrapped line with a space keeps every offset, so evidence still points into `text`.
  const sentences: IndexedSentence[] = [];
  let offset = 0;
  for (const block of text.split(BLOCK_BREAK)) {
    const joined = block.replace(/\r?\n/g, (m) => ' '.repeat(m.length));
    for (const span of splitRunOn(joined, check)) {
      check?.();
      sentences.push(indexSentence(sourceId, text.slice(offset + span.start, offset + span.end), joined.slice(span.start, span.end), offset + span.start, offset + span.end));
    }
    offset += block.length;
  }
  return sentences;
}

/**
 * "…a filmmaker.Larry Hagman was…": texts pasted together without a space. A full stop
 * between a lower-case word and a capitalised one ends a sentence all the same.
 */
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Where a full stop joins two sentences with no space: after "xx." and before "Xx". */
function runOnBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    const next = text[at + 1];
    if (next === undefined || next === ' ' || !UPPER.test(next)) continue;
    if (LOWER.test(text[at + 2] ?? '') && LOWER.test(text[at - 1] ?? '') && LOWER.test(text[at - 2] ?? '')) breaks.push(at + 1);
  }
  return breaks;
}

function splitRunOn(text: string, check: ClockCheck | undefined): SentenceSpan[] {
  const breaks = runOnBreaks(text);
  if (breaks.length === 0) return splitSentences(text, check);
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const at of [...breaks, text.length]) {
    for (const span of splitSentences(text.slice(from, at), check)) spans.push({ text: span.text, start: from + span.start, end: from + span.end });
    from = at;
  }
  return spans;
}

/** A blank line, or a line break before a list item: kept with the block that follows. */
const BLOCK_BREAK = /(?<=\n)(?=[ \t]*(?:\r?\n|[-*+•][ \t]|\d{1,3}[.)][ \t]))/;

/** `check` (a clock check) may throw out of the indexing; nothing half-built is kept. */
export function indexSources(sources: readonly SourceText[], check?: ClockCheck): IndexedSources {
  return sourcesMemo.get(sources, () => buildIndex(sources, check));
}

function buildIndex(sources: readonly SourceText[], check: ClockCheck | undefined): IndexedSources {
  const sentences = sources.flatMap((source) => sentencesOf(source, check));
  const postings = new Map<string, number[]>();
  let passives: Set<string> | undefined;
  for (const [position, sentence] of sentences.entries()) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.stop) {
        if (token.lower === 'by' && i > 0 && !tokens[i - 1]!.stop && agentFollows(tokens, i - 1)) (passives ??= new Set()).add(tokens[i - 1]!.key);
        continue;
      }
      const list = postings.get(token.key);
      if (!list) postings.set(token.key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  }
  return new IndexedSources(sentences, postings, passives ?? NO_KEYS);
}
