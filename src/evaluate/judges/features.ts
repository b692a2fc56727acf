import { classOf, degreeOf, oppositesOf } from './lexicon.js';
import { contentBigrams, type IndexedSentence, type IndexedSources } from './sources.js';
import { ABSOLUTES, HEDGES, NEGATIONS, tokenize, type Token } from './text.js';

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
  /** Names (capitalised words, acronyms) found nowhere in the sources. */
  novelNames: string[];
  /** Claim words whose opposite is in the aligned sentences and which are not there themselves. */
  opposites: { claim: string; source: string }[];
  /** Claim words of a closed class (days, months, colours) where the source has another member. */
  swaps: { claim: string; source: string }[];
  features: FeatureVector;
  /** The word as written in the claim or the sources, for reasons ("unsafe", not the stem "unsaf"). */
  surface(key: string): string;
}

/** Numeric features, each in a small range, in a fixed order shared with the trained model. */
export const FEATURE_NAMES = [
  'coverageAll',
  'coverageWeighted',
  'coverageBest',
  'coverageTop2',
  'bigramCoverage',
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
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

function countIn(tokens: readonly Token[], words: ReadonlySet<string>): number {
  let count = 0;
  for (const token of tokens) if (words.has(token.lower) || words.has(token.key)) count++;
  return count;
}

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

function sharedContent(sentence: IndexedSentence, content: readonly string[]): number {
  let shared = 0;
  for (const key of content) if (sentence.keys.has(key)) shared++;
  return shared;
}

/** Words a negation reaches: the content words among the few tokens after it. */
const NEGATION_REACH = 4;

export interface NegationScope {
  negated: Set<string>;
  affirmed: Set<string>;
}

export function negationScope(tokens: readonly Token[]): NegationScope {
  const negated = new Set<string>();
  const affirmed = new Set<string>();
  let reach = 0;
  for (const token of tokens) {
    if (NEGATIONS.has(token.lower) || token.key === 'not') {
      reach = NEGATION_REACH;
      continue;
    }
    if (!token.stop) (reach > 0 ? negated : affirmed).add(token.key);
    if (reach > 0) reach--;
  }
  return { negated, affirmed };
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
  return { negations: countIn(tokens, NEGATIONS), absolutes: countIn(tokens, ABSOLUTES), hedges: countIn(tokens, HEDGES) };
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
    scope = negationScope(sentence.tokens);
    scopes.set(sentence, scope);
  }
  return scope;
}

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

export function align(claim: string, index: IndexedSources): Alignment {
  const tokens = tokenize(claim);
  const content = [...new Set(tokens.filter((token) => !token.stop).map((token) => token.key))];
  const names = new Set(tokens.filter((token) => token.name).map((token) => token.key));
  const numbers = new Set(tokens.filter((token) => token.kind === 'number').map((token) => token.key));
  const sentenceCount = Math.max(1, index.sentences.length);
  const weightOf = (key: string): number => Math.log(1 + sentenceCount / (1 + (index.postings.get(key)?.length ?? 0)));

  // Best sentence by rarity-weighted overlap, then the sentence that best covers the rest,
  // both accumulated over the sentences that share a key with the claim (postings).
  const weights = new Map(content.map((key) => [key, weightOf(key)]));
  const overlap = new Float64Array(index.sentences.length);
  for (const key of content) {
    const weight = weights.get(key) ?? 0;
    for (const position of index.postings.get(key) ?? []) overlap[position] = (overlap[position] ?? 0) + weight;
  }
  const bestPosition = argmax(overlap);
  const best = bestPosition >= 0 ? (index.sentences[bestPosition] ?? null) : null;
  let second: IndexedSentence | null = null;
  if (best) {
    overlap.fill(0);
    for (const key of content) {
      if (best.keys.has(key)) continue;
      const weight = weights.get(key) ?? 0;
      for (const position of index.postings.get(key) ?? []) overlap[position] = (overlap[position] ?? 0) + weight;
    }
    overlap[bestPosition] = 0;
    const secondPosition = argmax(overlap);
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
    if (index.postings.has(key)) {
      found++;
      weightFound += weight;
    } else {
      novelWords.push(key);
    }
    if (best?.keys.has(key)) inBest++;
    if (best?.keys.has(key) || second?.keys.has(key)) inTop2++;
  }
  const novelNumbers = [...numbers].filter((number) => !index.numbers.has(number));
  const novelNames = [...names].filter((name) => !index.postings.has(name));
  const aligned = [best, second].filter((sentence): sentence is IndexedSentence => sentence !== null);
  const alignedHasNumber = aligned.some((sentence) => sentence.numbers.size > 0);

  const opposites: { claim: string; source: string }[] = [];
  const claimKeys = new Set(tokens.map((token) => token.key));
  for (const key of claimKeys) {
    const opposite = oppositesOf(key);
    if (!opposite) continue;
    if (aligned.some((sentence) => sentence.allKeys.has(key))) continue;
    for (const other of opposite) {
      if (claimKeys.has(other)) continue;
      if (aligned.some((sentence) => sentence.allKeys.has(other))) {
        opposites.push({ claim: key, source: other });
        break;
      }
    }
  }

  for (const key of novelWords) {
    for (const sentence of aligned) {
      const opposite = prefixOpposite(key, sentence);
      if (opposite) {
        opposites.push({ claim: key, source: opposite });
        break;
      }
    }
  }

  // A claim word nowhere in the sources whose opposite is in a sentence about the same thing.
  for (const key of claimKeys) {
    const opposite = oppositesOf(key);
    if (!opposite || index.allKeys.has(key) || opposites.some((o) => o.claim === key)) continue;
    const other = [...opposite].find(
      (word) =>
        !claimKeys.has(word) &&
        index.allKeys.has(word) &&
        index.sentences.some((sentence) => sentence.allKeys.has(word) && sharedContent(sentence, content) >= 2),
    );
    if (other) opposites.push({ claim: key, source: other });
  }

  const claimScope = negationScope(tokens);
  const negationFlip = aligned.some((sentence) => {
    const scope = sentenceScope(sentence);
    return [...claimScope.negated].some((key) => scope.affirmed.has(key) && !scope.negated.has(key));
  });

  // One member of a closed class where the aligned sentence has another ("week" for "month").
  const alignedAll = (key: string): boolean => aligned.some((sentence) => sentence.allKeys.has(key));
  const swaps: { claim: string; source: string }[] = [];
  for (const key of claimKeys) {
    const kind = classOf(key);
    if (kind === undefined || alignedAll(key)) continue;
    const other = aligned.map((sentence) => memberOf(sentence, kind)).find((k) => k !== undefined && !claimKeys.has(k));
    if (other) swaps.push({ claim: key, source: other });
  }
  // A degree ("significant", "slight") the aligned sentences do not give, or the other way round.
  const claimDegrees = [...claimKeys].filter((key) => degreeOf(key) !== undefined && !alignedAll(key));
  const sourceDegrees =
    claimDegrees.length > 0 ? new Set(aligned.flatMap((sentence) => [...sentence.allKeys].map(degreeOf).filter((d) => d !== undefined))) : undefined;
  const degreeMismatch = claimDegrees.some((key) => !sourceDegrees?.has(degreeOf(key) ?? 'strong'));

  // A negative claim needs a negative source: no negation anywhere in the aligned sentences.
  const unmatchedNegation = claimScope.negated.size > 0 && aligned.every((sentence) => sentenceScope(sentence).negated.size === 0);
  // A number from elsewhere in the sources, where the aligned sentences give a different one.
  const alignedNumbers = new Set(aligned.flatMap((sentence) => [...sentence.numbers]));
  const numberMoved =
    [...numbers].some((n) => index.numbers.has(n) && !alignedNumbers.has(n)) && [...alignedNumbers].some((n) => !numbers.has(n));

  const claimCounts = flagCounts(tokens);
  const claimNegations = claimCounts.negations;
  const sourceNegations = best ? sentenceCounts(best).negations : 0;
  const claimAbsolutes = claimCounts.absolutes;
  const claimHedges = claimCounts.hedges;
  const sourceAbsolutes = aligned.reduce((sum, sentence) => sum + sentenceCounts(sentence).absolutes, 0);
  const sourceHedges = aligned.reduce((sum, sentence) => sum + sentenceCounts(sentence).hedges, 0);
  const bigrams = contentBigrams(tokens);
  const bigramsFound = bigrams.filter(([first, second]) => index.hasBigram(first, second)).length;
  const total = Math.max(1, content.length);

  const features: FeatureVector = {
    coverageAll: found / total,
    coverageWeighted: weightAll > 0 ? weightFound / weightAll : 0,
    coverageBest: inBest / total,
    coverageTop2: inTop2 / total,
    bigramCoverage: bigrams.length > 0 ? bigramsFound / bigrams.length : 1,
    novelWordCount: Math.min(novelWords.length, 5),
    novelNameCount: Math.min(novelNames.length, 3),
    novelNumberCount: Math.min(novelNumbers.length, 3),
    numberConflict: novelNumbers.length > 0 && alignedHasNumber ? 1 : 0,
    negationMismatch: best && claimNegations % 2 !== sourceNegations % 2 ? 1 : 0,
    oppositeCount: Math.min(opposites.length, 2),
    modalityMismatch:
      (claimAbsolutes > 0 && sourceAbsolutes === 0 && sourceHedges > 0) || (claimHedges > 0 && sourceHedges === 0 && sourceAbsolutes > 0) ? 1 : 0,
    negationFlip: negationFlip ? 1 : 0,
    classSwap: Math.min(swaps.length, 2),
    degreeMismatch: degreeMismatch ? 1 : 0,
    unmatchedNegation: unmatchedNegation ? 1 : 0,
    numberMoved: numberMoved ? 1 : 0,
  };
  const surface = (key: string): string => {
    const token =
      tokens.find((t) => t.key === key) ??
      aligned.flatMap((sentence) => sentence.tokens).find((t) => t.key === key) ??
      index.sentences.flatMap((sentence) => sentence.tokens).find((t) => t.key === key);
    return token?.surface ?? key;
  };
  return { best, second, contentCount: content.length, novelWords, novelNumbers, novelNames, opposites, swaps, features, surface };
}
