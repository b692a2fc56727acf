/**
 * Things of one kind told apart by their names: "the Starter plan" and "the Business plan",
 * "the Morven ferry" and "the Islay ferry". A claim about one built from the sentence about the
 * other ("The Starter plan costs $25" where $25 is the Business plan's price) has every word
 * in the sources, and says something false.
 */
import { IndexedSentence, type IndexedSources } from './sources.js';
import { mayBeParticiple, mayOpenWithName, textBetween, TITLES, tokenStarts, type Token } from './text.js';

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
function nameRuns(tokens: readonly Token[]): { name: string; keys: string[]; written: string }[] {
  const runs: { name: string; keys: string[]; written: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opens = i === 0 && mayOpenWithName(tokens);
    if (!tokens[i]!.name && !opens) continue;
    const from = i;
    const keys = [tokens[i++]!.key];
    while (i < tokens.length && tokens[i]!.name) keys.push(tokens[i++]!.key);
    runs.push({ name: keys.join(' '), keys, written: tokens.slice(from, i).map((token) => token.surface).join(' ') });
  }
  return runs;
}

/**
 * "FitHub Basic costs $49 a month" against "FitHub Premium costs $49 a month": two names that
 * share their first (or last) word and differ in the rest, where the sentence never writes the rest of
 * the claim's and the claim never the rest of the sentence's.
 */
export function swappedVariant(tokens: readonly Token[], best: IndexedSentence): KindSwap | undefined {
  let inBest: ReturnType<typeof nameRuns> | undefined;
  const claimKeys = new Set(tokens.map((token) => token.key));
  for (const run of nameRuns(tokens)) {
    // A shared title ("Dr. Omar Said", "Dr. Lena Hart") says nothing of a kind.
    if (run.keys.length < 2 || TITLES.has(run.keys[0]!)) continue;
    inBest ??= nameRuns(best.tokens);
    for (const candidate of inBest) {
      if (candidate.keys.length < 2 || (candidate.keys[0] !== run.keys[0] && candidate.keys.at(-1) !== run.keys.at(-1))) continue;
      const mine = run.keys.filter((key) => !candidate.keys.includes(key));
      const theirs = candidate.keys.filter((key) => !run.keys.includes(key));
      if (mine.length > 0 && theirs.length > 0 && !mine.some((key) => best.keys.has(key)) && !theirs.some((key) => claimKeys.has(key))) {
        return { claim: run.written, source: candidate.written };
      }
    }
  }
  return undefined;
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

/** Words that open a clause after a comma or a semicolon: "…, while Economy Standard fares include …". */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'and', 'although', 'though']);

const clauseMemo = new WeakMap<IndexedSentence, IndexedSentence[]>();

/** The clauses of a sentence, split at a semicolon or at a comma before "while", "but", "and", …; the sentence itself when it has one. */
function clausesOf(sentence: IndexedSentence): IndexedSentence[] {
  let clauses = clauseMemo.get(sentence);
  if (clauses) return clauses;
  clauses = [];
  const { tokens, text } = sentence;
  const starts = tokenStarts(text, tokens);
  let from = 0;
  const close = (to: number): void => {
    const start = starts[from]!;
    const end = to > from ? starts[to - 1]! + tokens[to - 1]!.surface.length : -1;
    if (start >= 0 && end > start) clauses!.push(new IndexedSentence(sentence.sourceId, text.slice(start, end), sentence.start + start, sentence.start + end, tokens.slice(from, to)));
  };
  for (let i = 1; i < tokens.length; i++) {
    const between = textBetween(text, tokens, starts, i - 1, i) ?? '';
    const opener = CLAUSE_OPENERS.has(tokens[i]!.lower);
    // "… two-year warranty and the Kelvo Pro with a three-year one": "and" before a name opens one too.
    const beforeName = opener && (tokens[i + 1]?.name === true || (tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.name === true));
    if (between.includes(';') || (between.includes(',') && opener) || beforeName) {
      close(i);
      from = i;
    }
  }
  if (clauses.length > 0) close(tokens.length);
  if (clauses.length < 2) clauses = [sentence];
  clauseMemo.set(sentence, clauses);
  return clauses;
}

/**
 * A swap of named things inside one sentence of two clauses: "Economy Light fares include one
 * checked bag" against "Economy Light fares do not include checked baggage, while Economy
 * Standard fares include one checked bag of up to 23 kg". The clause that holds most of the
 * claim's words is the one it is about.
 */
export function swappedInClause(claim: string, tokens: readonly Token[], best: IndexedSentence): KindSwap | undefined {
  // Each check below reads the claim's names: a claim without one needs no clauses.
  const opensWithName = mayOpenWithName(tokens);
  if (!opensWithName && !tokens.some((token) => token.name)) return undefined;
  // And each needs a name of the sentence's that the claim lacks.
  if (![...best.names].some((name) => !tokens.some((token) => token.key === name))) return undefined;
  const clauses = clausesOf(best);
  if (clauses.length < 2) return undefined;
  const owner = valueOwnedByOther(tokens, clauses);
  if (owner) return owner;
  // The claim's words other than its names: those say which clause, the names what it speaks of.
  const content = tokens.filter((token, i) => !token.stop && !token.name && !(i === 0 && opensWithName)).map((token) => token.key);
  let top: IndexedSentence | undefined;
  let most = 0;
  for (const clause of clauses) {
    const shared = content.filter((key) => clause.keys.has(key)).length;
    if (shared > most) [top, most] = [clause, shared];
    else if (shared === most) top = undefined;
  }
  if (!top) return undefined;
  const variant = swappedVariant(tokens, top);
  if (variant) return variant;
  // "Saver fares include free seat selection" against the clause "while Flexi fares include …":
  // a name before the same word in each, the claim's absent from the clause and the clause's from the claim.
  const claimKeys = new Set(tokens.map((token) => token.key));
  const claimStarts = tokenStarts(claim, tokens);
  const topStarts = tokenStarts(top.text, top.tokens);
  const spaced = (text: string, list: readonly Token[], starts: readonly number[], i: number): boolean => /^ $/.test(textBetween(text, list, starts, i, i + 1) ?? '');
  for (let i = 0; i + 1 < tokens.length; i++) {
    const name = tokens[i]!;
    if (!(name.name || (i === 0 && opensWithName)) || name.stop || top.keys.has(name.key) || tokens[i + 1]!.stop || tokens[i + 1]!.name || !spaced(claim, tokens, claimStarts, i)) continue;
    const at = top.tokens.findIndex((other, j) => other.name && !claimKeys.has(other.key) && top.tokens[j + 1]?.key === tokens[i + 1]!.key && spaced(top.text, top.tokens, topStarts, j));
    if (at >= 0) return { claim: `${name.surface} ${tokens[i + 1]!.surface}`, source: `${top.tokens[at]!.surface} ${top.tokens[at + 1]!.surface}` };
  }
  return undefined;
}

/**
 * "The Auralo Go is rated IPX5" against "The Auralo Go is rated IPX4, …, and the Auralo Pro is
 * rated IPX5": the one clause that holds the claim's value (a number, a model code) names
 * another thing, while another clause names the claim's.
 */
function valueOwnedByOther(tokens: readonly Token[], clauses: readonly IndexedSentence[]): KindSwap | undefined {
  const isName = (token: Token): boolean => token.name && token.kind === 'word' && !/\d/.test(token.key);
  const names = tokens.filter(isName);
  if (names.length === 0) return undefined;
  const nameKeys = new Set(names.map((token) => token.key));
  const holdsAll = (clause: IndexedSentence): boolean => names.every((token) => clause.keys.has(token.key));
  for (const value of tokens) {
    if (!(value.kind === 'number' || (value.name && /\d/.test(value.surface)))) continue;
    const holding = clauses.filter((clause) => clause.keys.has(value.key));
    if (holding.length !== 1) continue;
    const [clause] = holding as [IndexedSentence];
    const at = clause.tokens.findIndex((token) => isName(token) && !nameKeys.has(token.key));
    if (holdsAll(clause) || at < 0 || !clauses.some((candidate) => candidate !== clause && holdsAll(candidate))) continue;
    // The clause's name as written with the names around it ("Velo X").
    let from = at;
    let to = at;
    while (from > 0 && isName(clause.tokens[from - 1]!)) from--;
    while (to + 1 < clause.tokens.length && isName(clause.tokens[to + 1]!)) to++;
    const written = (list: readonly Token[]): string => list.map((token) => token.surface).join(' ');
    return { claim: written(names), source: written(clause.tokens.slice(from, to + 1)) };
  }
  return undefined;
}

/** Prepositions that give an amount to the name after them: "$750 for Flex members", "£1,500 per person on Essential". */
const GIVING = new Set(['for', 'on', 'in', 'with', 'at', 'under', 'from']);
/** How far after an amount the preposition may stand ("£1,500 per person on Essential"). */
const GIVING_REACH = 4;

/** The key of the name an amount at `at` is given to by a preposition after it, before any other number. */
function ownerAfter(words: readonly Token[], at: number): string | undefined {
  for (let j = at + 1; j < words.length && j <= at + GIVING_REACH; j++) {
    const word = words[j]!;
    if (word.kind === 'number') return undefined;
    if (!GIVING.has(word.lower)) continue;
    const next = words[j + 1]?.lower === 'the' ? words[j + 2] : words[j + 1];
    return next?.name && next.kind === 'word' ? next.key : undefined;
  }
  return undefined;
}

/**
 * "Flex members have a damage excess of $300" against "a damage excess of $750 for Flex members
 * and $300 for Plus members": the sentence gives the claim's amount to another name, and
 * another amount to the claim's.
 */
export function swappedOwner(tokens: readonly Token[], best: IndexedSentence): KindSwap | undefined {
  const opens = mayOpenWithName(tokens);
  const names = tokens.filter((token, i) => (token.name || (i === 0 && opens)) && token.kind === 'word');
  if (names.length === 0) return undefined;
  const owns = (key: string | undefined): Token | undefined => names.find((token) => token.key === key);
  const words = best.tokens;
  for (const amount of tokens) {
    if (amount.kind !== 'number' || amount.stop) continue;
    for (let j = 0; j < words.length; j++) {
      if (words[j]!.kind !== 'number' || words[j]!.key !== amount.key) continue;
      const owner = ownerAfter(words, j);
      if (owner === undefined || owns(owner)) continue;
      const own = words.findIndex((word, k) => k !== j && word.kind === 'number' && owns(ownerAfter(words, k)) !== undefined);
      // A claim that gives both amounts compares them: "$300, less than half the $750 Flex members face".
      if (own < 0 || tokens.some((token) => token.kind === 'number' && token.key === words[own]!.key)) continue;
      const other = words.find((word) => word.key === owner)!;
      return { claim: owns(ownerAfter(words, own))!.surface, source: other.surface };
    }
  }
  return undefined;
}
