/**
 * Synonyms and antonyms from WordNet (see model/wordnet.json and scripts/build-lexicon.mjs):
 * "purchase" meets "buy" and "film" meets "movie", through the frequent senses of each word
 * only, so a paraphrase is found where a swapped word is not.
 */
import lexicon from './model/wordnet.json' with { type: 'json' };

const senses = lexicon.senses as Record<string, string | undefined>;
const synsets = lexicon.synsets;

/** Synonym lists already looked up; bounded, as the vocabulary of a run is. */
const found = new Map<string, readonly string[]>();
const FOUND_LIMIT = 50_000;

/** Stems that share a frequent sense with `key` (a stem). */
export function synonymsOf(key: string): readonly string[] {
  let list = found.get(key);
  if (list) return list;
  const ids = Object.hasOwn(senses, key) ? senses[key] : undefined;
  const others = new Set<string>();
  for (const id of ids?.split(' ') ?? []) for (const stem of synsets[Number.parseInt(id, 36)]?.split(' ') ?? []) if (stem !== key) others.add(stem);
  list = [...others];
  if (found.size >= FOUND_LIMIT) found.clear();
  found.set(key, list);
  return list;
}

/** Does one of the given keys share a frequent sense with `key`? */
export function hasSynonymIn(key: string, keys: { has(key: string): boolean }): boolean {
  for (const other of synonymsOf(key)) if (keys.has(other)) return true;
  return false;
}

/** WordNet's antonym pairs between frequent senses, as stems. */
export const WORDNET_ANTONYMS: readonly string[] = lexicon.antonyms;
