/**
 * Things of one kind told apart by their names: "the Starter plan" and "the Business plan",
 * "the Morven ferry" and "the Islay ferry". A claim about one built from the sentence about the
 * other ("The Starter plan costs $25" where $25 is the Business plan's price) has every word
 * in the sources, and says something false.
 */
import type { IndexedSentence, IndexedSources } from './sources.js';
import { mayBeParticiple, mayOpenWithName, textBetween, tokenStarts, type Token } from './text.js';

/** A name and the common noun after it that says what kind of thing it names. */
export interface NamedKind {
  /** The name's keys, joined by spaces ("mesh point"). */
  name: string;
  /** The kind's key ("plan"). */
  kind: string;
  /** As written: "Starter plan". */
  written: string;
}

/** A swap of one named thing for another of its kind, as each is written. */
export interface KindSwap {
  claim: string;
  source: string;
}

/**
 * Could `token` be the noun that follows a name ("plan" in "the Starter plan costs")? A verb
 * after a name ("the Islay Star began", "Hart leads", "Esk founded") is not one: the tell-tale
 * "-s" and "-ed" endings and the irregular past forms rule it out.
 */
function mayBeKind(token: Token): boolean {
  if (token.kind !== 'word' || token.stop || token.name || !/^\p{Ll}+$/u.test(token.surface)) return false;
  return !(/[^s]s$/.test(token.lower) || /ing$/.test(token.lower) || mayBeParticiple(token.lower));
}

/** The named kinds of a text: a run of name tokens and the noun right after it, with only spaces between. */
export function namedKinds(text: string, tokens: readonly Token[]): NamedKind[] {
  const found: NamedKind[] = [];
  let starts: number[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!tokens[i - 1]!.name || !mayBeKind(head)) continue;
    let from = i - 1;
    while (from > 0 && tokens[from - 1]!.name) from--;
    starts ??= tokenStarts(text, tokens);
    let joined = true;
    for (let j = from + 1; j <= i && joined; j++) joined = /^ +$/.test(textBetween(text, tokens, starts, j - 1, j) ?? '');
    if (!joined) continue;
    const names = tokens.slice(from, i);
    found.push({ name: names.map((token) => token.key).join(' '), kind: head.key, written: `${names.map((token) => token.surface).join(' ')} ${head.surface}` });
  }
  return found;
}

const bySentence = new WeakMap<IndexedSentence, NamedKind[]>();

/** The named kinds of a sentence, worked out once. */
function kindsIn(sentence: IndexedSentence): NamedKind[] {
  let found = bySentence.get(sentence);
  if (!found) {
    found = namedKinds(sentence.text, sentence.tokens);
    bySentence.set(sentence, found);
  }
  return found;
}

/** What the sources call the thing named `name` ("starter" → the Starter plan): read in the sentences that hold its first key. */
function kindsOfName(name: string, firstKey: string, index: IndexedSources): NamedKind[] {
  const found: NamedKind[] = [];
  for (const position of index.postings.get(firstKey) ?? []) {
    for (const named of kindsIn(index.sentences[position]!)) if (named.name === name) found.push(named);
  }
  return found;
}

/**
 * The claim's names as runs of keys ("mesh point"). The first word of a sentence is no name to
 * the tokenizer, but "Starter" of "Starter includes 1 TB" may be one: the sources tell.
 */
function nameRuns(tokens: readonly Token[]): { name: string; keys: string[] }[] {
  const runs: { name: string; keys: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opens = i === 0 && mayOpenWithName(tokens);
    if (!tokens[i]!.name && !opens) continue;
    const keys = [tokens[i++]!.key];
    while (i < tokens.length && tokens[i]!.name) keys.push(tokens[i++]!.key);
    runs.push({ name: keys.join(' '), keys });
  }
  return runs;
}

/**
 * "The Starter plan costs $25" against "The Business plan costs $25 per user": the claim
 * names a thing the sources call a plan, and the matching sentence speaks of another plan and
 * never of it. Undefined when the sentence names the claim's thing, or the claim names the
 * sentence's.
 */
export function swappedKind(tokens: readonly Token[], best: IndexedSentence, index: IndexedSources): KindSwap | undefined {
  let inBest: NamedKind[] | undefined;
  let claimKeys: Set<string> | undefined;
  for (const run of nameRuns(tokens)) {
    // A name the sources never write has no kind in them.
    if (!index.postings.has(run.keys[0]!)) continue;
    // The sentence never names the claim's thing, or names it only inside a longer name of its
    // kind ("the Nova card" of "the Nova Plus card", where the sources write both).
    const absent = !run.keys.some((key) => best.keys.has(key));
    inBest ??= kindsIn(best);
    if (inBest.length === 0) return undefined;
    if (!absent && !inBest.some((named) => named.name !== run.name && run.keys.every((key) => named.name.split(' ').includes(key)))) continue;
    claimKeys ??= new Set(tokens.map((token) => token.key));
    for (const own of kindsOfName(run.name, run.keys[0]!, index)) {
      if (inBest.some((named) => named.name === run.name && named.kind === own.kind)) break;
      const other = inBest.find((named) => {
        if (named.kind !== own.kind || named.name === run.name) return false;
        const keys = named.name.split(' ');
        return absent ? !keys.some((key) => claimKeys!.has(key)) : run.keys.every((key) => keys.includes(key)) && !keys.every((key) => claimKeys!.has(key));
      });
      if (other) return { claim: own.written, source: other.written };
    }
  }
  return undefined;
}
