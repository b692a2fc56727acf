/**
 * Synonyms, antonyms and kinds from WordNet (see model/wordnet.json and scripts/build-lexicon.mjs):
 * "purchase" meets "buy" and "film" meets "movie", through the frequent senses of each word
 * only, so a paraphrase is found where a swapped word is not; and "author" is said of a
 * "novelist", because a claim may name a thing by what it is a kind of.
 */
import lexicon from './model/wordnet.json' with { type: 'json' };

/**
 * A table of sorted lines, "key value", found by halving. Kept as the one string the JSON
 * holds: nothing is built at start-up but the line starts, on first use.
 */
class SortedLines {
  private starts: Int32Array | undefined;
  constructor(private readonly text: string) {}

  private lineStarts(): Int32Array {
    const starts: number[] = [0];
    for (let at = this.text.indexOf('\n'); at >= 0; at = this.text.indexOf('\n', at + 1)) starts.push(at + 1);
    return (this.starts = Int32Array.from(starts));
  }

  /** The value on `key`'s line, or undefined. */
  get(key: string): string | undefined {
    const starts = this.starts ?? this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle]!;
      const space = this.text.indexOf(' ', start);
      const found = this.text.slice(start, space);
      if (found === key) {
        const end = middle + 1 < starts.length ? starts[middle + 1]! - 1 : this.text.length;
        return this.text.slice(space + 1, end);
      }
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

const senses = new SortedLines(lexicon.senses);
const synsets = lexicon.synsets;
const kinds = new SortedLines(lexicon.kinds);
const kindNames = lexicon.kindNames;

/** Lists already looked up; bounded, as the vocabulary of a run is. */
const LIST_LIMIT = 50_000;

function listOf(memo: Map<string, readonly string[]>, key: string, read: (key: string) => readonly string[]): readonly string[] {
  let list = memo.get(key);
  if (list) return list;
  list = read(key);
  if (memo.size >= LIST_LIMIT) memo.clear();
  memo.set(key, list);
  return list;
}

const synonymLists = new Map<string, readonly string[]>();

/** Stems that share a frequent sense with `key` (a stem). */
export function synonymsOf(key: string): readonly string[] {
  return listOf(synonymLists, key, () => {
    const others = new Set<string>();
    for (const id of senses.get(key)?.split(' ') ?? []) for (const stem of synsets[Number.parseInt(id, 36)]?.split(' ') ?? []) if (stem !== key) others.add(stem);
    return [...others];
  });
}

/** Does one of the given keys share a frequent sense with `key`? */
export function hasSynonymIn(key: string, keys: { has(key: string): boolean }): boolean {
  for (const other of synonymsOf(key)) if (keys.has(other)) return true;
  return false;
}

const kindLists = new Map<string, readonly string[]>();

/** What `key` (a noun's stem) is a kind of, as stems: "novelist" → "writer", "author", … */
export function kindsOf(key: string): readonly string[] {
  return listOf(kindLists, key, () => kinds.get(key)?.split(' ').flatMap((id) => kindNames[Number.parseInt(id, 36)] ?? []) ?? []);
}

/** Is `key` a more general word for one of `keys` ("author" for "novelist")? */
export function generalizesOneOf(key: string, keys: Iterable<string>): boolean {
  for (const other of keys) if (kindsOf(other).includes(key)) return true;
  return false;
}

/** WordNet's antonym pairs between frequent senses, as stems. */
export const WORDNET_ANTONYMS: readonly string[] = lexicon.antonyms;
