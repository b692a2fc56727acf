import { splitSentences } from '../claims/sentences.js';
import { tokenize, type Token } from './text.js';

/** One source sentence, tokenised once and reused for every claim of a case. */
export interface IndexedSentence {
  sourceId: string;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  /** Content keys (stems, numbers, names). */
  keys: Set<string>;
  /** Every key, stopwords included: opposites and quantifiers are often stopwords. */
  allKeys: Set<string>;
  numbers: Set<string>;
  /** Pairs of consecutive content keys, "a b": catches swapped roles and relations. */
  bigrams: Set<string>;
}

export interface IndexedSources {
  sentences: IndexedSentence[];
  keys: Set<string>;
  /** Every key, stopwords included. */
  allKeys: Set<string>;
  numbers: Set<string>;
  bigrams: Set<string>;
  /** In how many sentences each key occurs. */
  frequency: Map<string, number>;
  /** For each content key, the positions in `sentences` of the sentences that contain it. */
  postings: Map<string, number[]>;
}

export function contentBigrams(tokens: readonly Token[]): string[] {
  const content = tokens.filter((token) => !token.stop);
  const pairs: string[] = [];
  for (let i = 1; i < content.length; i++) pairs.push(`${content[i - 1]?.key} ${content[i]?.key}`);
  return pairs;
}

/** `text` is the sentence as in the source; `flat` the same with wrapped lines joined by spaces. */
function indexSentence(sourceId: string, text: string, flat: string, start: number, end: number): IndexedSentence {
  const tokens = tokenize(flat);
  const keys = new Set<string>();
  const allKeys = new Set<string>();
  const numbers = new Set<string>();
  for (const token of tokens) {
    allKeys.add(token.key);
    if (!token.stop) keys.add(token.key);
    if (token.kind === 'number') numbers.add(token.key);
  }
  return { sourceId, text, start, end, tokens, keys, allKeys, numbers, bigrams: new Set(contentBigrams(tokens)) };
}

/** A small least-recently-used memo: every claim of a case is judged against the same sources. */
class Memo<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly limit: number) {}
  get(key: string, make: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }
}

const sentenceMemo = new Memo<IndexedSentence[]>(512);
const sourcesMemo = new Memo<IndexedSources>(64);

function sentencesOf(sourceId: string, text: string): IndexedSentence[] {
  return sentenceMemo.get(`${sourceId}\u0000${text}`, () => splitSource(sourceId, text));
}

function splitSource(sourceId: string, text: string): IndexedSentence[] {
  // Blank lines and list items separate sentences even without punctuation (titles,
  // bullets); any other line break is a wrapped line inside a sentence. Joining a
  // wrapped line with a space keeps every offset, so evidence still points into `text`.
  const sentences: IndexedSentence[] = [];
  let offset = 0;
  for (const block of text.split(BLOCK_BREAK)) {
    const joined = block.replace(/\r?\n/g, (m) => ' '.repeat(m.length));
    for (const span of splitSentences(joined)) {
      sentences.push(indexSentence(sourceId, text.slice(offset + span.start, offset + span.end), joined.slice(span.start, span.end), offset + span.start, offset + span.end));
    }
    offset += block.length;
  }
  return sentences;
}

/** A blank line, or a line break before a list item: kept with the block that follows. */
const BLOCK_BREAK = /(?<=\n)(?=[ \t]*(?:\r?\n|[-*+•][ \t]|\d{1,3}[.)][ \t]))/;

/** The same sources array (all claims of one case) skips even building the memo key. */
const byArray = new WeakMap<readonly { id: string; text: string }[], { key: string; index: IndexedSources }>();

export function indexSources(sources: readonly { id: string; text: string }[]): IndexedSources {
  const key = sources.length === 1 ? `${sources[0]?.id}\u0000${sources[0]?.text}` : sources.map((source) => `${source.id}\u0000${source.text}`).join('\u0001');
  const seen = byArray.get(sources);
  // Arrays can be changed in place, so the key is still compared (by length first, then content).
  if (seen && seen.key.length === key.length && seen.key === key) return seen.index;
  const index = sourcesMemo.get(key, () => buildIndex(sources));
  byArray.set(sources, { key, index });
  return index;
}

function buildIndex(sources: readonly { id: string; text: string }[]): IndexedSources {
  const sentences = sources.flatMap((source) => sentencesOf(source.id, source.text));
  const keys = new Set<string>();
  const allKeys = new Set<string>();
  const numbers = new Set<string>();
  const bigrams = new Set<string>();
  const frequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  for (const [position, sentence] of sentences.entries()) {
    for (const key of sentence.keys) {
      keys.add(key);
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
      const list = postings.get(key);
      if (list) list.push(position);
      else postings.set(key, [position]);
    }
    for (const key of sentence.allKeys) allKeys.add(key);
    for (const number of sentence.numbers) numbers.add(number);
    for (const bigram of sentence.bigrams) bigrams.add(bigram);
  }
  return { sentences, keys, allKeys, numbers, bigrams, frequency, postings };
}
