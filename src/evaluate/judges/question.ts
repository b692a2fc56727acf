/**
 * What a question gives a claim. The question is a premise, not part of what the answer
 * claims: its words, names and numbers never count against a claim, and only what the
 * answer adds needs support. Some questions also fix what a right answer must do: pick
 * one of two options ("A or B?"), or say yes or no to a proposition.
 */
import { tokenize, type Token } from './text.js';

export interface Comparison {
  /** What is compared: a point in time (years, dates) or an amount. */
  measure: 'time' | 'amount';
  /** Which end wins: the earlier / smaller, or the later / larger. */
  wins: 'low' | 'high';
  /** "Cheaper", "pricier": the amounts compared are prices. */
  price?: true;
}

export interface QuestionInfo {
  text: string;
  tokens: Token[];
  /** Every key of the question, stopwords included. */
  keys: ReadonlySet<string>;
  /** Content keys: stems, numbers, names. */
  content: ReadonlySet<string>;
  /** The word of a "how" phrase ("how long", "how far"): it asks, it is not said of anything. */
  asking: ReadonlySet<string>;
  /** "Which is older, A or B?": the two options, each as its text. */
  options?: [string, string];
  comparison?: Comparison;
  /** "Are both A and B actors?": the proposition a yes or a no answers. */
  proposition?: string;
  /**
   * What a yes-or-no question speaks of, for the words an answer says beyond "yes" or "no": none
   * of them is given there, but "No, it needs its own ticket" speaks of the question's exhibition.
   */
  topic?: ReadonlySet<string>;
  /** The answer opened with "No": what it says beyond that is said in contrast to the question ("No, email support only"). */
  contrast?: boolean;
}

const AUXILIARY = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might)\b/i;

/** Comparative words and what they compare; general English. */
export const COMPARATIVES: readonly [RegExp, Comparison][] = [
  // Prices first: "cheaper" is the lower amount whatever else the sentence says.
  [/\b(?:cheaper|cheapest)\b/i, { measure: 'amount', wins: 'low', price: true }],
  [/\b(?:pricier|priciest|costlier|costliest)\b/i, { measure: 'amount', wins: 'high', price: true }],
  [/\b(?:first|earlier|earliest|older|oldest|sooner|before)\b/i, { measure: 'time', wins: 'low' }],
  [/\b(?:later|latest|last|younger|youngest|newer|newest|more recent(?:ly)?|most recent(?:ly)?|second)\b/i, { measure: 'time', wins: 'high' }],
  [/\b(?:more|most|larger|largest|bigger|biggest|higher|highest|longer|longest|taller|tallest|greater|greatest)\b/i, { measure: 'amount', wins: 'high' }],
  [/\b(?:fewer|fewest|less|least|smaller|smallest|lower|lowest|shorter|shortest)\b/i, { measure: 'amount', wins: 'low' }],
];

/** A run of capitalised words (with the small words inside names: "of", "the", "and", "&"). */
const NAME_RUN = /(?:["“]?[\p{Lu}\d][\p{L}\p{N}'’.-]*["”]?)(?:\s+(?:(?:of|the|de|la|du|von|van|and|&|for|in|on)\s+)*["“]?[\p{Lu}\d][\p{L}\p{N}'’.-]*["”]?)*/gu;

function lastNameRun(text: string): string | undefined {
  const runs = [...text.matchAll(NAME_RUN)].filter((m) => m.index + m[0].length >= text.trimEnd().length - 1);
  return runs.at(-1)?.[0];
}

function firstNameRun(text: string): string | undefined {
  const first = [...text.matchAll(NAME_RUN)].find((m) => m.index <= 1);
  return first?.[0];
}

const LEADING_SMALL = /^(?:is|are|was|were|does|do|did|has|have|had|which|who|what|the|a|an)\s+/i;

/** A name and the lower-case words after it: "Silver plan", "Morven ferry". */
const NAME_WITH_TAIL = /^(?:the\s+)?((?:[\p{Lu}\d][\p{L}\p{N}'’.&-]*\s+)+?)(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)$/u;

/**
 * "the Silver plan" and "the Gold plan": two names with the same word after them are two
 * things of one kind, and that word is part of each option.
 */
function sameKind(left: string, right: string): [string, string] | undefined {
  const a = NAME_WITH_TAIL.exec(left.trim());
  const b = NAME_WITH_TAIL.exec(right.trim());
  if (!a || !b || a[2] !== b[2]) return undefined;
  return [`${a[1]!.trim()} ${a[2]}`, `${b[1]!.trim()} ${b[2]}`];
}

/** "which one", "which of the two", or, after "Of A and B,", a "which" that opens the question. */
const WHICH_OF_PAIR = /\bwhich\s+(?:one|of\s+(?:the\s+two|them|these|those))\b/i;
const PAIR_FIRST = /^(?:of|between|among)\s+(.+?),\s*which\b/i;

/**
 * "A and B are both magazines, but which one is owned by Time Inc?", "Between the Silver plan
 * and the Gold plan, which covers dental care?": the two names before the "which".
 */
function pairBeforeWhich(body: string): [string, string] | undefined {
  // A comma's "which" may open a relative clause ("Tom and Mara went to the shop, which …"):
  // it asks for a pick only after an opening "Of A and B,".
  const before = PAIR_FIRST.exec(body)?.[1] ?? body.slice(0, WHICH_OF_PAIR.exec(body)?.index ?? 0);
  if (!before) return undefined;
  const kinds = /^(.+?)\s+and\s+(.+)$/i.exec(before);
  const alike = kinds ? sameKind(kinds[1]!, kinds[2]!) : undefined;
  if (alike) return alike;
  for (let at = before.indexOf(' and '); at >= 0; at = before.indexOf(' and ', at + 1)) {
    const first = lastNameRun(before.slice(0, at).replace(/,\s*$/, ''))?.replace(/^the\s+/i, '').replace(LEADING_SMALL, '');
    const second = firstNameRun(before.slice(at + 5).replace(/^the\s+/i, ''))?.replace(LEADING_SMALL, '');
    if (first && second && first.length >= 2 && second.length >= 2) return [first, second];
  }
  return undefined;
}

/** "Which band formed first, Hole or The Wolfhounds?" → ["Hole", "The Wolfhounds"]. */
function optionsOf(question: string): [string, string] | undefined {
  const body = question.trim().replace(/[?.!\s]+$/, '');
  const at = body.lastIndexOf(' or ');
  if (at < 0) return pairBeforeWhich(body);
  const after = body.slice(at + 4).replace(/^\s*the\s+/i, '');
  const before = body.slice(0, at).replace(/,\s*$/, '');
  // "…, the Silver plan or the Gold plan?": two of a kind, the kind's word part of each.
  const alike = sameKind(before.split(/,\s*/).at(-1) ?? '', after);
  if (alike) return alike;
  let second = firstNameRun(after.replace(/^\s+/, ''));
  // The second option may be followed by the predicate: "Is A or B headquartered further west?"
  if (!second) return undefined;
  second = second.replace(LEADING_SMALL, '');
  let first = lastNameRun(before)?.replace(/^the\s+/i, '');
  if (!first) {
    // "first, Hole, the rock band that …, or The Wolfhounds": the first option opens its comma part.
    const parts = before.split(/,\s*/);
    for (let i = parts.length - 1; i >= 1 && !first; i--) {
      const run = firstNameRun(parts[i] ?? '');
      if (run) first = run;
    }
  }
  if (!first) return undefined;
  first = first.replace(LEADING_SMALL, '');
  if (first.length < 2 || second.length < 2) return undefined;
  return [first, second];
}

/** "Are both A and B actors?" → "both A and B actors" (word order does not matter to the judge). */
function propositionOf(question: string): string | undefined {
  const body = question.trim().replace(/[?\s]+$/, '');
  if (!AUXILIARY.test(body) || / or /.test(body)) return undefined;
  return body.replace(AUXILIARY, '').trim();
}

const memo = new Map<string, QuestionInfo>();
const MEMO_LIMIT = 4096;

export function analyzeQuestion(question: string): QuestionInfo {
  const known = memo.get(question);
  if (known) return known;
  const tokens = tokenize(question);
  const info: QuestionInfo = {
    text: question,
    tokens,
    keys: new Set(tokens.map((token) => token.key)),
    content: new Set(tokens.filter((token) => !token.stop).map((token) => token.key)),
    asking: new Set(tokens.filter((_, i) => tokens[i - 1]?.lower === 'how').map((token) => token.key)),
  };
  const options = optionsOf(question);
  if (options) {
    info.options = options;
    const comparison = COMPARATIVES.find(([pattern]) => pattern.test(question.replace(options[0], '').replace(options[1], '')))?.[1];
    if (comparison) info.comparison = comparison;
  } else {
    const proposition = propositionOf(question);
    if (proposition) info.proposition = proposition;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(question, info);
  return info;
}

export const NO_QUESTION: QuestionInfo = { text: '', tokens: [], keys: new Set(), content: new Set(), asking: new Set() };
