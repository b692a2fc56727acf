/**
 * Synonyms and antonyms from WordNet (see model/wordnet.json and scripts/build-lexicon.mjs):
 * "purchase" meets "buy" and "film" meets "movie", through the frequent senses of each word
 * only, so a paraphrase is found where a swapped word is not.
 */
import lexicon from './model/wordnet.json' with { type: 'json' };

let senses: Map<string, readonly number[]> | undefined;

function sensesOf(key: string): readonly number[] | undefined {
  senses ??= new Map(Object.entries(lexicon.synonyms as Record<string, string>).map(([stem, ids]) => [stem, ids.split(' ').map((id) => Number.parseInt(id, 36))]));
  return senses.get(key);
}

/** The senses of a set of keys, for asking whether a word shares one of them. */
export function sensesOfKeys(keys: Iterable<string>): Set<number> {
  const found = new Set<number>();
  for (const key of keys) for (const id of sensesOf(key) ?? []) found.add(id);
  return found;
}

/** Does `key` share a frequent sense with one of the keys whose senses are given? */
export function sharesSense(key: string, senses: ReadonlySet<number>): boolean {
  for (const id of sensesOf(key) ?? []) if (senses.has(id)) return true;
  return false;
}

/** WordNet's antonym pairs between frequent senses, as stems. */
export const WORDNET_ANTONYMS: readonly string[] = lexicon.antonyms;
