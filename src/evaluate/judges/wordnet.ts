/**
 * Synonyms and antonyms from WordNet (see model/wordnet.json and scripts/build-lexicon.mjs):
 * "purchase" meets "buy" and "film" meets "movie", through the frequent senses of each word
 * only, so a paraphrase is found where a swapped word is not.
 */
import lexicon from './model/wordnet.json' with { type: 'json' };

/** For each stem, the other stems that share one of its frequent senses; built on first use. */
let synonyms: Map<string, readonly string[]> | undefined;

function build(): Map<string, readonly string[]> {
  const members = new Map<string, string[]>();
  const entries = Object.entries(lexicon.synonyms as Record<string, string>);
  for (const [stem, ids] of entries) for (const id of ids.split(' ')) members.set(id, [...(members.get(id) ?? []), stem]);
  const map = new Map<string, readonly string[]>();
  for (const [stem, ids] of entries) {
    const others = new Set<string>();
    for (const id of ids.split(' ')) for (const other of members.get(id) ?? []) if (other !== stem) others.add(other);
    map.set(stem, [...others]);
  }
  return map;
}

/** Stems that share a frequent sense with `key` (a stem). */
export function synonymsOf(key: string): readonly string[] {
  synonyms ??= build();
  return synonyms.get(key) ?? [];
}

/** Does one of the given keys share a frequent sense with `key`? */
export function hasSynonymIn(key: string, keys: { has(key: string): boolean }): boolean {
  for (const other of synonymsOf(key)) if (keys.has(other)) return true;
  return false;
}

/** WordNet's antonym pairs between frequent senses, as stems. */
export const WORDNET_ANTONYMS: readonly string[] = lexicon.antonyms;
