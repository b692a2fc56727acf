import { contextualizeClaim } from '../claims/context.js';
import type { Evidence, Judge, JudgeRequest, JudgeResult } from '../types.js';
import { align, type Alignment } from './features.js';
import { checkModel, DEFAULT_MODEL, supportScore, type JudgeModel } from './model.js';
import { indexSources, type IndexedSentence } from './sources.js';

export interface DeterministicJudgeOptions {
  /** Score at or above which a claim is supported; defaults to the model's threshold. */
  supportThreshold?: number;
  /**
   * Share of a claim's content words that must be in the sources before it can be
   * supported; defaults to the model's (0.5). Raise it for a stricter gate: the
   * bundled figure is lenient because paraphrases bring in words of their own.
   */
  minCoverage?: number;
  /** A model written by scripts/train-judge.mjs; defaults to the bundled one. */
  model?: JudgeModel;
}

export const DETERMINISTIC_JUDGE_NAME = 'deterministic';

/**
 * Few cases per call: the judge gains nothing from large batches, and its source memo
 * (see sources.ts) only has to span the cases of one batch.
 */
const DETERMINISTIC_BATCH = 16;

/**
 * The offline judge: aligns each claim to its best source sentences and checks
 * that its words, numbers and names are there and that nothing is flipped
 * (negation, opposites, modality). A logistic model turns the alignment into a
 * probability; numbers and names that are not in the sources are never supported.
 */
export function createDeterministicJudge(options: DeterministicJudgeOptions = {}): Judge & {
  judgeOne(request: JudgeRequest): JudgeResult;
} {
  for (const [name, value] of [['minCoverage', options.minCoverage], ['supportThreshold', options.supportThreshold]] as const) {
    if (value !== undefined && !(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1 (got ${value})`);
  }
  const base = checkModel(options.model ?? DEFAULT_MODEL);
  const model = options.minCoverage === undefined ? base : checkModel({ ...base, minCoverage: options.minCoverage });
  const threshold = options.supportThreshold ?? model.threshold;
  const judgeOne = (request: JudgeRequest): JudgeResult => decide(request, model, threshold);
  return {
    name: DETERMINISTIC_JUDGE_NAME,
    batchSize: DETERMINISTIC_BATCH,
    judgeOne,
    judge: (requests) => Promise.resolve(requests.map(judgeOne)),
  };
}

function evidenceOf(sentence: IndexedSentence | null): Evidence | null {
  return sentence ? { sourceId: sentence.sourceId, sentence: sentence.text, start: sentence.start, end: sentence.end } : null;
}

function decide(request: JudgeRequest, model: JudgeModel, threshold: number): JudgeResult {
  const base = { key: request.key, judge: DETERMINISTIC_JUDGE_NAME };
  if (!request.sources.some((source) => /\S/.test(source.text))) {
    return { ...base, verdict: 'unsupported', score: 0, evidence: null, reason: 'no source text to check the claim against' };
  }
  // A short answer ("1998") is checked as the statement it makes about the question.
  const alignment = align(contextualizeClaim(request.question, request.claim), indexSources(request.sources));
  return { ...base, ...verdictOf(alignment, model, threshold), evidence: evidenceOf(alignment.best) };
}

/** The verdict for an alignment: shared by the judge and the training script, so both decide alike. */
export function verdictOf(
  alignment: Alignment,
  model: JudgeModel,
  threshold: number,
): { verdict: 'supported' | 'contradicted' | 'unsupported'; score: number; reason: string } {
  if (alignment.contentCount === 0) return { verdict: 'unsupported', score: 0, reason: 'the claim has no content words to check' };
  const score = supportScore(model, alignment.features);
  const contradiction = contradictionReason(alignment);
  const blocker = blockingReason(alignment, model.minCoverage);
  if (score >= threshold && !blocker && !contradiction) return { verdict: 'supported', score, reason: supportReason(alignment) };
  if (contradiction) return { verdict: 'contradicted', score, reason: contradiction };
  return { verdict: 'unsupported', score, reason: blocker ?? missingReason(alignment) };
}

/** A flip against a sentence the claim is clearly about: the source says otherwise. */
function contradictionReason(alignment: Alignment): string | undefined {
  const { features, best } = alignment;
  if (!best || features.coverageTop2 < 0.5) return undefined;
  if (features.numberConflict) {
    const said = [...best.numbers, ...(alignment.second?.numbers ?? [])].slice(0, 3).map(alignment.surface).join(', ');
    return `number ${alignment.novelNumbers.map(alignment.surface).join(', ')} is not in the sources; the matching sentence says ${said}`;
  }
  if (features.numberMoved) {
    const said = [...best.numbers, ...(alignment.second?.numbers ?? [])].slice(0, 3).map(alignment.surface).join(', ');
    return `the claim's number is from another part of the sources; the matching sentence says ${said}`;
  }
  const opposite = alignment.opposites[0] ?? alignment.swaps[0];
  if (opposite) return `the claim says "${alignment.surface(opposite.claim)}" where the source says "${alignment.surface(opposite.source)}"`;
  if (features.negationFlip) return 'the claim negates what the source sentence states';
  if (features.negationMismatch && features.coverageBest >= 0.6) return 'the claim negates what the source sentence states (or the reverse)';
  return undefined;
}

/** Numbers and names must appear in the sources, and most of the words, whatever the model thinks. */
function blockingReason(alignment: Alignment, minCoverage: number): string | undefined {
  if (alignment.novelNumbers.length > 0) return `number ${alignment.novelNumbers.map(alignment.surface).join(', ')} is not in the sources`;
  if (alignment.novelNames.length > 0) return `name ${alignment.novelNames.map(alignment.surface).join(', ')} is not in the sources`;
  if (alignment.features.coverageAll < minCoverage) return missingReason(alignment);
  if (alignment.features.unmatchedNegation) return 'the claim is negative but no matching source sentence is';
  return undefined;
}

function missingReason(alignment: Alignment): string {
  const missing = alignment.novelWords.slice(0, 5);
  if (missing.length === 0) return 'the words are in the sources but not said together';
  return `${alignment.novelWords.length} of ${alignment.contentCount} content words not in the sources: ${missing.map(alignment.surface).join(', ')}`;
}

function supportReason(alignment: Alignment): string {
  const where = alignment.best ? ` (best match in ${alignment.best.sourceId})` : '';
  return `${Math.round(alignment.features.coverageAll * 100)}% of content words, all numbers and names found in the sources${where}`;
}
