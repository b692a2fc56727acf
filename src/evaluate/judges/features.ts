import { oppositesOf } from './lexicon.js';
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
  features: FeatureVector;
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
  const weightOf = (key: string): number => Math.log(1 + sentenceCount / (1 + (index.frequency.get(key) ?? 0)));

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
    if (index.keys.has(key)) {
      found++;
      weightFound += weight;
    } else {
      novelWords.push(key);
    }
    if (best?.keys.has(key)) inBest++;
    if (best?.keys.has(key) || second?.keys.has(key)) inTop2++;
  }
  const novelNumbers = [...numbers].filter((number) => !index.numbers.has(number));
  const novelNames = [...names].filter((name) => !index.keys.has(name));
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

  const claimNegations = countIn(tokens, NEGATIONS);
  const sourceNegations = best ? countIn(best.tokens, NEGATIONS) : 0;
  const claimAbsolutes = countIn(tokens, ABSOLUTES);
  const claimHedges = countIn(tokens, HEDGES);
  const sourceAbsolutes = aligned.reduce((sum, sentence) => sum + countIn(sentence.tokens, ABSOLUTES), 0);
  const sourceHedges = aligned.reduce((sum, sentence) => sum + countIn(sentence.tokens, HEDGES), 0);
  const bigrams = contentBigrams(tokens);
  const bigramsFound = bigrams.filter((bigram) => index.bigrams.has(bigram)).length;
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
  };
  return { best, second, contentCount: content.length, novelWords, novelNumbers, novelNames, opposites, features };
}
