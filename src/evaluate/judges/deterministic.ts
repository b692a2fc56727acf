import type { ClockCheck, Evidence, Judge, JudgeRequest, JudgeResult, JudgingBudget } from '../types.js';
import { decideChoice, decideComparison, decideConjuncts, decideYesNo, splitConjuncts } from './choice.js';
import { align, type Alignment } from './features.js';
import { checkModel, DEFAULT_MODEL, supportScore, type JudgeModel } from './model.js';
import { analyzeQuestion, NO_QUESTION, type QuestionInfo } from './question.js';
import { indexSources, type IndexedSentence, type IndexedSources } from './sources.js';
import { relatedFormIn, tokenize } from './text.js';

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
  judgeOne(request: JudgeRequest, check?: ClockCheck): JudgeResult;
} {
  for (const [name, value] of [['minCoverage', options.minCoverage], ['supportThreshold', options.supportThreshold]] as const) {
    if (value !== undefined && !(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1 (got ${value})`);
  }
  const base = checkModel(options.model ?? DEFAULT_MODEL);
  const model = options.minCoverage === undefined ? base : checkModel({ ...base, minCoverage: options.minCoverage });
  const threshold = options.supportThreshold ?? model.threshold;
  const judgeOne = (request: JudgeRequest, check?: ClockCheck): JudgeResult => decide(request, model, threshold, check);
  return {
    name: DETERMINISTIC_JUDGE_NAME,
    batchSize: DETERMINISTIC_BATCH,
    judgeOne,
    judge: (requests, budget) => Promise.resolve(budget ? judgeWithin(requests, budget, judgeOne) : requests.map((request) => judgeOne(request))),
  };
}

/** Each request charged to its case; a case over its budget gets no more verdicts. */
function judgeWithin(requests: readonly JudgeRequest[], budget: JudgingBudget, judgeOne: (request: JudgeRequest, check: ClockCheck) => JudgeResult): JudgeResult[] {
  const results: JudgeResult[] = [];
  for (const request of requests) {
    const result = budget.run(request, (check) => judgeOne(request, check));
    if (result !== undefined) results.push(result);
  }
  return results;
}

function evidenceOf(sentence: IndexedSentence | null): Evidence | null {
  return sentence ? { sourceId: sentence.sourceId, sentence: sentence.text, start: sentence.start, end: sentence.end } : null;
}

type Verdict = { verdict: 'supported' | 'contradicted' | 'unsupported'; score: number; reason: string; evidence: Evidence | null };

const YES_NO = /^(yes|no)\b[\s,.;:!-]*/i;

function decide(request: JudgeRequest, model: JudgeModel, threshold: number, check: ClockCheck | undefined): JudgeResult {
  const base = { key: request.key, judge: DETERMINISTIC_JUDGE_NAME };
  if (!request.sources.some((source) => /\S/.test(source.text))) {
    return { ...base, verdict: 'unsupported', score: 0, evidence: null, reason: 'no source text to check the claim against' };
  }
  return { ...base, ...judgeClaim(request.claim, analyzeQuestion(request.question), indexSources(request.sources, check), model, threshold) };
}

/** What a claim comes to before the model scores it: a decided verdict, or alignments to score. */
export interface ClaimPlan {
  decided?: Verdict;
  /** One alignment per part of the claim ("both A and B …" has two); the worst part decides. */
  alignments: Alignment[];
  /** Reason of a check the claim passed (the right pick between two options). */
  note?: string;
}

/**
 * The question is a premise: "yes" or "no" answers its proposition, a pick between two
 * options is checked on what the sources say of each, and the rest of the answer is
 * checked for what it adds.
 */
export function planClaim(claim: string, question: QuestionInfo, index: IndexedSources): ClaimPlan {
  if (question.proposition) return planAnswerToProposition(claim.trim(), question, question.proposition, index);
  const text = claim.trim();
  // A pick the question asks for, or else a comparison the claim makes of its own.
  const choice = question.options ? decideChoice(question, text, index) : decideComparison(text, index);
  if (choice && !choice.holds) return { decided: { verdict: choice.unsupported ? 'unsupported' : 'contradicted', score: 0, reason: choice.reason, evidence: null }, alignments: [] };
  const pair = decideConjuncts(text, index);
  if (pair && !pair.holds) return { decided: { verdict: 'unsupported', score: 0, reason: pair.reason, evidence: null }, alignments: [] };
  const alignments = alignParts(text, question, index);
  return choice ? { alignments, note: choice.reason } : { alignments };
}

/** "Both A and B were founded in Arizona" is aligned as two claims, one of each. */
function alignParts(text: string, question: QuestionInfo, index: IndexedSources): Alignment[] {
  const parts = splitConjuncts(text, index);
  return (parts.length > 0 ? parts : [text]).map((part) => align(part, index, question));
}

const unsupported = (reason: string): ClaimPlan => ({ decided: { verdict: 'unsupported', score: 0, reason, evidence: null }, alignments: [] });

/**
 * What the sources never mention of the alignments' words, names and numbers, among `keys`: up
 * to three, as written. A word they mention in another form ("cancellations" for "cancel") is
 * mentioned.
 */
function unmentioned(alignments: readonly Alignment[], keys: ReadonlySet<string>, index: IndexedSources): string | undefined {
  for (const alignment of alignments) {
    const missing = [...alignment.novelNames, ...alignment.novelNumbers, ...alignment.novelWords].filter((key) => keys.has(key) && !relatedFormIn(key, index.postings));
    if (missing.length > 0) return missing.slice(0, 3).map((key) => `"${alignment.surface(key)}"`).join(', ');
  }
  return undefined;
}

/**
 * An answer to a yes-or-no question. "Yes" or "no" is checked against what the sources say of
 * each thing the question names; a plain "yes" they do not settle claims the proposition
 * itself. Whatever the answer says beyond "yes" or "no" says the proposition in its own words,
 * so nothing of the question is a given premise there ("The plan covers dental care" claims
 * the dental care), and a word of the proposition the sources never mention leaves it unsupported.
 */
function planAnswerToProposition(claim: string, question: QuestionInfo, proposition: string, index: IndexedSources): ClaimPlan {
  // A doing named with "-ing" ("by paying yearly") is how the question puts it; the sources may
  // name it otherwise ("annual billing"): the things it names must be in them, not its verbs.
  const asked = new Set(tokenize(proposition).filter((token) => !token.stop && !/ing$/.test(token.lower)).map((token) => token.key));
  let text = claim;
  const yesNo = YES_NO.exec(text);
  const contrast = yesNo?.[1]!.toLowerCase() === 'no';
  if (yesNo) {
    const word = yesNo[1]!;
    const yes = word.toLowerCase() === 'yes';
    const decision = decideYesNo(question, yes, index);
    if (decision && !decision.holds) return { decided: { verdict: 'contradicted', score: 0, reason: `"${word}" is wrong: ${decision.reason}`, evidence: null }, alignments: [] };
    text = text.slice(yesNo[0].length);
    // "Yes, it does." says no more than "yes".
    const bare = tokenize(text).every((token) => token.stop);
    if (bare && decision) return { decided: { verdict: 'supported', score: 1, reason: `"${word}" is right: ${decision.reason}`, evidence: null }, alignments: [] };
    if (bare && yes && !decision) {
      const said = align(proposition, index);
      const missing = unmentioned([said], asked, index);
      if (missing) return unsupported(`"${word}" affirms what the sources never mention: ${missing}`);
      return { alignments: [said], note: `"${word}" says that ${proposition}` };
    }
    if (bare) return unsupported(`the sources do not settle "${proposition}"`);
    // "Yes, renewal payments are refunded …" for "Are renewal payments refundable?" where the
    // sources say "Renewal payments are not refundable": the "yes" itself is contradicted.
    const flipped = yes && !decision ? contradictionReason(align(proposition, index)) : undefined;
    if (flipped) return { decided: { verdict: 'contradicted', score: 0, reason: `"${word}" is wrong: ${flipped}`, evidence: null }, alignments: [] };
  }
  const pair = decideConjuncts(text, index);
  if (pair && !pair.holds) return unsupported(pair.reason);
  const alignments = alignParts(text, { ...NO_QUESTION, topic: asked, contrast }, index);
  const missing = unmentioned(alignments, asked, index);
  if (missing) return unsupported(`the answer speaks of what the question asks and the sources never mention: ${missing}`);
  return { alignments };
}

export function judgeClaim(claim: string, question: QuestionInfo, index: IndexedSources, model: JudgeModel, threshold: number): Verdict {
  const plan = planClaim(claim, question, index);
  if (plan.decided) return plan.decided;
  const verdicts = plan.alignments.map((alignment) => ({ ...verdictOf(alignment, model, threshold), evidence: evidenceOf(alignment.best) }));
  const worst = verdicts.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  return plan.note && worst.verdict === 'supported' ? { ...worst, reason: `${plan.note}; ${worst.reason}` } : worst;
}

const rank = (v: Verdict): number => (v.verdict === 'supported' ? 2 + v.score : v.verdict === 'unsupported' ? 1 : 0);

/** How far a verdict decided by a rule lowers the model's score: such verdicts are the settled ones. */
const RULE_CONFIDENCE = 0.1;

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
  if (alignment.features.echoesQuestion) return { verdict: 'unsupported', score: Math.min(score, 0.1), reason: 'the answer repeats the question and adds nothing to check' };
  if (score >= threshold && !blocker && !contradiction) return { verdict: 'supported', score, reason: supportReason(alignment) };
  // A rule that fired (a changed number, a flip, a name not in the sources) is surer than the model alone.
  if (contradiction) return { verdict: 'contradicted', score: score * RULE_CONFIDENCE, reason: contradiction };
  if (blocker) return { verdict: 'unsupported', score: score * RULE_CONFIDENCE, reason: blocker };
  return { verdict: 'unsupported', score, reason: missingReason(alignment) };
}

/** A flip against a sentence the claim is clearly about: the source says otherwise. */
function contradictionReason(alignment: Alignment): string | undefined {
  const { features, best } = alignment;
  // A sentence the claim is about: it holds most of the claim, or, for a short answer, most of the question.
  if (!best || (features.coverageTop2 < 0.5 && !((alignment.questionOverlap ?? 0) >= 0.5 && alignment.contentCount <= 3))) return undefined;
  if (features.numberConflict) {
    const said = saidNumbers(alignment, best, alignment.novelNumbers);
    return `number ${alignment.novelNumbers.map(alignment.surface).join(', ')} is not in the sources; the matching sentence says ${said}`;
  }
  if (alignment.slotSwap) return `the claim says "${alignment.slotSwap.claim}"; the matching sentence says "${alignment.slotSwap.source}"`;
  if (features.numberMoved) {
    const said = saidNumbers(alignment, best, alignment.movedNumbers);
    return `the claim's number is from another part of the sources; the matching sentence says ${said}`;
  }
  if (alignment.thingSwap) return `the claim speaks of "${alignment.thingSwap.claim}"; the matching sentence, of "${alignment.thingSwap.source}"`;
  if (alignment.doerSwap) return `the claim says "${alignment.doerSwap.claim}"; the matching sentence says "${alignment.doerSwap.source}"`;
  if (features.affirmsNegated && features.coverageBest >= 0.6 && alignment.denied) return `the matching sentence negates "${alignment.surface(alignment.denied)}", which the claim states`;
  const opposite = alignment.opposites[0] ?? alignment.swaps[0];
  if (opposite) return `the claim says "${alignment.surface(opposite.claim)}" where the source says "${alignment.surface(opposite.source)}"`;
  if (features.negationFlip && alignment.negated) return `the claim negates "${alignment.surface(alignment.negated)}", which the matching sentence states`;
  return undefined;
}

/** The numbers of the matching sentences as they write them, those like the claim's `like` first: up to three. */
function saidNumbers(alignment: Alignment, best: IndexedSentence, like: readonly string[]): string {
  const said = alignment.numbersIn(best, like);
  if (alignment.second) for (const number of alignment.numbersIn(alignment.second, like)) if (!said.includes(number)) said.push(number);
  return said.slice(0, 3).join(', ');
}

/** Numbers and names must appear in the sources, and most of the words, whatever the model thinks. */
function blockingReason(alignment: Alignment, minCoverage: number): string | undefined {
  if (alignment.novelNumbers.length > 0) return `number ${alignment.novelNumbers.map(alignment.surface).join(', ')} is not in the sources`;
  if (alignment.novelNames.length > 0) return `name ${alignment.novelNames.map(alignment.surface).join(', ')} is not in the sources`;
  // A short answer is an extract: a name of several words must be one the sources write.
  if (alignment.extractNotFound !== undefined) return `the sources never write the name "${alignment.extractNotFound}"`;
  if (alignment.universal !== undefined) return `the claim says "${alignment.universal}"; the matching sentence makes no claim of every case`;
  if (alignment.exclusive !== undefined) return `the claim says "${alignment.exclusive}"; the matching sentence sets no such limit`;
  if (alignment.listAdds !== undefined) return `the claim adds "${alignment.listAdds}" to the list the matching sentence gives`;
  if (alignment.features.coverageAll < minCoverage) return missingReason(alignment);
  return undefined;
}

function missingReason(alignment: Alignment): string {
  const missing = alignment.novelWords.slice(0, 5);
  if (missing.length === 0 && alignment.rearranged) {
    const [first, second] = alignment.rearranged.map(alignment.surface);
    return `the answer puts "${first}" with "${second}", which neither the question nor the sources do`;
  }
  if (missing.length === 0 && alignment.unpaired) return `the sources never say these words together: "${alignment.written(alignment.unpaired)}"`;
  if (missing.length === 0) return 'the words are in the sources but not said together';
  return `${alignment.novelWords.length} of ${alignment.contentCount} content words not in the sources: ${missing.map(alignment.surface).join(', ')}`;
}

function supportReason(alignment: Alignment): string {
  const where = alignment.best ? ` (best match in ${alignment.best.sourceId})` : '';
  return `${Math.round(alignment.features.coverageAll * 100)}% of content words, all numbers and names found in the sources${where}`;
}
