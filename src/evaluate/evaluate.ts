/**
 * Per-case evaluation: splits each answer into claims, asks the injected judge about
 * every claim (against the golden sources, against the contexts the app retrieved, and
 * against the passages it cites), asks which retrieved passages support which claims
 * and expected facts, and records the verdicts and evidence the metrics and the report
 * are built from.
 */
import type { GoldenCase } from '../golden/types.js';
import type { CaseResult, CaseRetrieval, CitationCheck, ClaimResult, FactCheck } from '../report/types.js';
import type { RetrievedContext } from '../responses/contexts.js';
import type { AppResponse, ResponseSet } from '../responses/types.js';
import { abstains, extractClaims, type ExtractedClaim } from './claims.js';
import { CaseBudgets, DEFAULT_JUDGE_BUDGET_MS } from './judging-budget.js';
import { caseRetrieval, contextRefs, hallucinationVerdict, relevantRecall, type JudgeAgainst } from './retrieval.js';
import type { ClockCheck, Judge, JudgeRequest, JudgeResult } from './types.js';

export interface EvaluateOptions {
  citationPattern?: string;
  /** Cases judged per call of the judge (default: the judge's own batch size, or EVALUATION_BATCH). */
  batchSize?: number;
  /** Case ids that were not run (cancelled, or outside this shard). */
  notRun?: ReadonlySet<string>;
  /** What the hallucination verdict judges against when a case has golden sources and contexts (default both). */
  judgeAgainst?: JudgeAgainst;
  /** Judging time per case, in milliseconds (default DEFAULT_JUDGE_BUDGET_MS): a case over it is an error. */
  budgetMs?: number;
  /** The clock the budget is measured with, in milliseconds (default performance.now). */
  clock?: () => number;
}

const ANSWER_SOURCE_ID = 'answer';

/**
 * A forbidden fact marks the whole case hallucinated, so it must be entailed with high
 * confidence: a correct answer shares most words with the plausible wrong fact it rules
 * out ("E-4012 means the fan failed" vs "E-4012 means the sensor reads high"). The same
 * confidence at which the hybrid judge lets a deterministic "supported" stand (95 % of
 * such verdicts right on held-out QA answers; see the README).
 */
export const FORBIDDEN_MIN_SCORE = 0.85;

type Passage = { id: string; text: string };

/** The request keys of one claim; the two "all" keys are filled in the second round. */
interface ClaimKeys {
  /** Against all golden sources (null: the case has none). */
  sources: string | null;
  /** Against all retrieved contexts (null: the response has none, or none were asked yet). */
  contexts: string | null;
  cited: string | null;
  /** The cited passages lie wholly within the golden sources / within the contexts (`all`: and are all of them). */
  citedWithin: { sources: boolean; contexts: boolean };
  citedAll: { sources: boolean; contexts: boolean };
  single: (string | null)[];
  without: (string | null)[];
  sourcesRequest: Omit<JudgeRequest, 'key'> | null;
  contextsRequest: Omit<JudgeRequest, 'key'> | null;
}

/** A question for the judge, and where its answer goes. */
interface PlannedCase {
  golden: GoldenCase;
  response: AppResponse | undefined;
  claims: ExtractedClaim[];
  abstained: boolean;
  claimKeys: ClaimKeys[];
  factKeys: string[];
  forbiddenKeys: string[];
  /** The retrieved passages (null without contexts), as the judge sees them. */
  contexts: RetrievedContext[] | null;
  passages: Passage[];
  /** Expected facts against all contexts (context recall), when recall counts facts or precision needs them. */
  factContextKeys: string[];
  /** Per claim / per fact, each passage alone (third round; null where not asked). */
  claimPassageKeys: (string | null)[][];
  factPassageKeys: (string | null)[][];
  /** How each citation id resolves: golden source and/or passage refs. */
  resolve: Map<string, string[]>;
}

/** Cases judged per batch: bounds memory (requests, source indexes) on large golden sets. */
export const EVALUATION_BATCH = 256;

export async function evaluateCases(
  cases: readonly GoldenCase[],
  responses: ResponseSet,
  judge: Judge,
  options: EvaluateOptions = {},
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const size = options.batchSize ?? judge.batchSize ?? EVALUATION_BATCH;
  for (let start = 0; start < cases.length; start += size) {
    results.push(...(await evaluateBatch(cases.slice(start, start + size), responses, judge, options)));
  }
  return results;
}

async function evaluateBatch(
  cases: readonly GoldenCase[],
  responses: ResponseSet,
  judge: Judge,
  options: EvaluateOptions,
): Promise<CaseResult[]> {
  const requests: JudgeRequest[] = [];
  const budgets = new CaseBudgets(options.budgetMs ?? DEFAULT_JUDGE_BUDGET_MS, cases.length, options.clock);
  // Within a case the same claim is often asked against the same sources twice (a claim
  // citing the case's only source): ask the judge once.
  let asked = new Map<string, string>();
  /** The case whose questions are being asked, by its place in the batch. */
  let current = 0;
  const ask = (request: Omit<JudgeRequest, 'key'>): string => {
    const signature = `${request.claim}\u0000${request.sources.map((s) => s.id).join('\u0001')}`;
    const known = asked.get(signature);
    if (known !== undefined) return known;
    const key = String(requests.length);
    requests.push({ key, ...request });
    budgets.assign(key, current);
    asked.set(signature, key);
    return key;
  };

  const planCase = (golden: GoldenCase, response: AppResponse | undefined, check: ClockCheck): PlannedCase => {
    const usable = response !== undefined && response.error === undefined;
    const claims = usable ? claimsOf(response, options.citationPattern, check) : [];
    const abstained = usable && response.claims === undefined && (response.answer.trim() === '' || abstains(claims));
    const contexts = usable ? (response.contexts ?? null) : null;
    const sourceIds = new Set(golden.sources.map((s) => s.id));
    const refs = contexts === null ? [] : contextRefs(contexts, sourceIds);
    const passages = (contexts ?? []).map((c, i) => ({ id: refs[i]!, text: c.text }));
    const resolve = new Map<string, string[]>();
    for (const id of sourceIds) resolve.set(id, [id]);
    (contexts ?? []).forEach((c, i) => resolve.set(c.id, [...(resolve.get(c.id) ?? []), refs[i]!]));
    const plan: PlannedCase = {
      golden, response, claims, abstained, claimKeys: [], factKeys: [], forbiddenKeys: [],
      contexts, passages, factContextKeys: [], claimPassageKeys: [], factPassageKeys: [], resolve,
    };
    if (!usable) return plan;

    // One array per distinct set of passages, so a judge can recognise sources it has indexed.
    const sets = new Map<string, Passage[]>();
    const byRef = new Map<string, Passage>([...golden.sources.map((s): [string, Passage] => [s.id, plain(s)]), ...passages.map((p): [string, Passage] => [p.id, p])]);
    const passagesFor = (ids: readonly string[]): Passage[] => {
      const key = ids.join('\u0001');
      let set = sets.get(key);
      if (!set) sets.set(key, (set = ids.map((id) => byRef.get(id)!)));
      return set;
    };
    const sourceRefs = golden.sources.map((s) => s.id);
    const refSet = new Set(refs);
    const question = golden.question;
    // Retrieval is judged even when the app declined: the passages were still retrieved.
    if (contexts !== null && contexts.length > 0 && golden.expect === 'answer') {
      plan.factContextKeys = golden.expectedFacts.map((fact) => ask({ question, claim: fact.text, sources: passagesFor(refs) }));
    }
    if (abstained) return plan;

    for (const claim of claims) {
      if (claim.kind !== 'claim') continue;
      const known = [...new Set(claim.citations.flatMap((id) => resolve.get(id) ?? []))];
      const cited = known.length > 0 ? ask({ question, claim: claim.text, sources: passagesFor(known) }) : null;
      // ALCE precision needs each citation alone and the others without it (only when there are several).
      const ids = claim.citations.filter((id) => resolve.has(id));
      const single = ids.length > 1 ? ids.map((id) => ask({ question, claim: claim.text, sources: passagesFor(resolve.get(id)!) })) : ids.map(() => null);
      const without =
        ids.length > 1
          ? ids.map((id) => ask({ question, claim: claim.text, sources: passagesFor([...new Set(ids.filter((other) => other !== id).flatMap((other) => resolve.get(other)!))]) }))
          : ids.map(() => null);
      const inSources = known.every((id) => sourceIds.has(id));
      const inContexts = known.every((id) => refSet.has(id));
      plan.claimKeys.push({
        sources: null,
        contexts: null,
        cited,
        citedWithin: { sources: inSources, contexts: inContexts },
        // Citing every passage of a side makes the two questions one.
        citedAll: { sources: inSources && known.length === sourceRefs.length, contexts: inContexts && known.length === refs.length },
        single,
        without,
        sourcesRequest: sourceRefs.length > 0 ? { question, claim: claim.text, sources: passagesFor(sourceRefs) } : null,
        contextsRequest: passages.length > 0 ? { question, claim: claim.text, sources: passagesFor(refs) } : null,
      });
    }
    const answerSource = [{ id: ANSWER_SOURCE_ID, text: answerText(response, claims) }];
    if (golden.expect === 'answer') {
      plan.factKeys = golden.expectedFacts.map((fact) => ask({ question, claim: fact.text, sources: answerSource }));
    }
    plan.forbiddenKeys = golden.forbidden.map((fact) => ask({ question, claim: fact, sources: answerSource }));
    return plan;
  };
  // Splitting the answer into claims is the case's judging work too: it is charged to the case.
  const planned: PlannedCase[] = cases.map((golden, index) => {
    asked = new Map();
    current = index;
    const response = options.notRun?.has(golden.id) ? undefined : responses.byId.get(golden.id);
    return budgets.runCase(index, (check) => planCase(golden, response, check)) ?? unplanned(golden, response);
  });

  const byKey = new Map<string, JudgeResult>();
  const judgeAll = async (): Promise<void> => {
    const pending = requests.filter((r) => !byKey.has(r.key) && budgets.allows(r));
    for (const result of pending.length > 0 ? await judge.judge(pending, budgets) : []) byKey.set(result.key, result);
  };
  await judgeAll();
  // Entailment is monotone in the evidence (as ALCE assumes): a claim its cited passages
  // support is supported by any larger set holding them, so only the others are asked again.
  const supported = (key: string | null): boolean => key !== null && byKey.get(key)?.verdict === 'supported';
  for (const [index, plan] of planned.entries()) {
    if (budgets.isOver(index)) continue;
    asked = new Map(); // the duplicate check is per case: other cases' sources differ
    current = index;
    for (const keys of plan.claimKeys) {
      const reuse = (within: boolean, all: boolean): boolean => keys.cited !== null && (all || (within && supported(keys.cited)));
      if (keys.sourcesRequest) keys.sources = reuse(keys.citedWithin.sources, keys.citedAll.sources) ? keys.cited : ask(keys.sourcesRequest);
      if (keys.contextsRequest) keys.contexts = reuse(keys.citedWithin.contexts, keys.citedAll.contexts) ? keys.cited : ask(keys.contextsRequest);
    }
  }
  await judgeAll();
  // Context precision: which passage alone supports each claim and fact the passages support
  // together (a passage cannot support what all of them do not).
  for (const [index, plan] of planned.entries()) {
    if (budgets.isOver(index)) continue;
    asked = new Map();
    current = index;
    const single = (claim: string, key: string | null): (string | null)[] =>
      plan.passages.map((passage) => {
        if (!supported(key)) return null;
        return plan.passages.length === 1 ? key : ask({ question: plan.golden.question, claim, sources: [passage] });
      });
    for (const keys of plan.claimKeys) plan.claimPassageKeys.push(keys.contextsRequest ? single(keys.contextsRequest.claim, keys.contexts) : []);
    plan.factPassageKeys = plan.factContextKeys.map((key, i) => single(plan.golden.expectedFacts[i]!.text, key));
  }
  await judgeAll();
  const lookup = (key: string): JudgeResult =>
    byKey.get(key) ?? {
      key,
      verdict: 'undetermined',
      score: 0,
      evidence: null,
      judge: judge.name,
      reason: 'the judge returned no verdict for this claim',
    };

  return planned.map((plan, index) => buildCaseResult(plan, lookup, options, budgets.isOver(index) ? budgets.errorMessage() : null));
}

/** A case that ran out of judging time while its answer was being split: nothing was asked. */
function unplanned(golden: GoldenCase, response: AppResponse | undefined): PlannedCase {
  return {
    golden, response, claims: [], abstained: false, claimKeys: [], factKeys: [], forbiddenKeys: [],
    contexts: null, passages: [], factContextKeys: [], claimPassageKeys: [], factPassageKeys: [], resolve: new Map(),
  };
}

/** `overBudget`: the error of a case that ran out of judging time, recorded as an app error is. */
function buildCaseResult(plan: PlannedCase, lookup: (key: string) => JudgeResult, options: EvaluateOptions, overBudget: string | null): CaseResult {
  const { golden, response, claims, abstained } = plan;
  const base = {
    id: golden.id,
    category: golden.category,
    question: golden.question,
    expect: golden.expect,
    contentHash: golden.contentHash,
    answer: response?.answer ?? '',
    error: response?.error ?? null,
    latencyMs: response?.latency_ms ?? null,
    ...(response?.startup_ms !== undefined ? { startupMs: response.startup_ms } : {}),
  };
  const nothing = { claims: [], nonClaims: [], hallucinated: false, hallucinationReasons: [], facts: [], forbidden: [], retrieval: null };
  if (response === undefined) {
    const status = options.notRun?.has(golden.id) ? 'not-run' : 'missing';
    return { ...base, status, ...nothing };
  }
  if (response.error !== undefined) {
    return { ...base, status: 'error', ...nothing };
  }
  if (overBudget !== null) {
    return { ...base, status: 'error', error: overBudget, ...nothing };
  }

  const nonClaims = claims.filter((c) => c.kind === 'non-claim').map((c) => ({ text: c.text, reason: c.nonClaimReason ?? 'non-claim' }));
  const reasons: string[] = [];
  if (golden.expect === 'abstain' && !abstained) {
    reasons.push('the sources do not answer this question, so the app should have declined, but it answered');
  }
  const against = options.judgeAgainst ?? 'both';
  // The app returned an empty list: nothing it retrieved supports anything.
  const noPassage = (): JudgeResult => ({ key: '', verdict: 'unsupported', score: 0, evidence: null, judge: 'none', reason: 'the app retrieved no passage' });
  const nothingToJudge = (): JudgeResult => ({
    key: '',
    verdict: 'unsupported',
    score: 0,
    evidence: null,
    judge: 'none',
    reason: 'the case has no golden sources and the response no contexts, so nothing supports the claim',
  });

  const claimResults: ClaimResult[] = [];
  let k = 0;
  claims.forEach((claim) => {
    if (claim.kind !== 'claim') return;
    const keys = plan.claimKeys[k]!;
    const index = k++;
    const bySources = keys.sources === null ? null : lookup(keys.sources);
    const byContexts = plan.contexts === null ? null : keys.contexts === null ? noPassage() : lookup(keys.contexts);
    const overall = hallucinationVerdict(against, bySources, byContexts) ?? nothingToJudge();
    const cited = keys.cited === null ? null : lookup(keys.cited);
    const ids = claim.citations.filter((id) => plan.resolve.has(id));
    const jointEntails = cited?.verdict === 'supported';
    const checks: CitationCheck[] = claim.citations.map((sourceId) => {
      if (!plan.resolve.has(sourceId)) return { sourceId, known: false, relevant: false };
      const i = ids.indexOf(sourceId);
      if (!jointEntails) return { sourceId, known: true, relevant: false };
      if (ids.length === 1) return { sourceId, known: true, relevant: true };
      const alone = lookup(keys.single[i]!).verdict === 'supported';
      const othersSuffice = lookup(keys.without[i]!).verdict === 'supported';
      return { sourceId, known: true, relevant: alone || !othersSuffice };
    });
    const verdictHallucinated = overall.verdict === 'contradicted' || overall.verdict === 'unsupported';
    const hallucinated = verdictHallucinated || golden.expect === 'abstain';
    if (verdictHallucinated) {
      reasons.push(`claim ${index + 1} is ${overall.verdict}: ${overall.reason}`);
    }
    claimResults.push({
      index,
      text: claim.text,
      citations: claim.citations,
      verdict: overall.verdict,
      score: overall.score,
      evidence: overall.evidence,
      judge: overall.judge,
      reason: overall.reason,
      hallucinated,
      sourcesVerdict: bySources?.verdict ?? null,
      contextsVerdict: byContexts?.verdict ?? null,
      contextsEvidence: byContexts?.evidence ?? null,
      ungroundedButTrue: bySources?.verdict === 'supported' && byContexts !== null && byContexts.verdict !== 'supported',
      citedVerdict: cited?.verdict ?? null,
      citationCovered: claim.citations.length > 0 && jointEntails,
      citationChecks: checks,
    });
  });

  const facts: FactCheck[] = plan.factKeys.map((key, i) => factCheck(golden.expectedFacts[i]!.text, lookup(key)));
  const forbidden: FactCheck[] = plan.forbiddenKeys.map((key, i) => factCheck(golden.forbidden[i]!, lookup(key), FORBIDDEN_MIN_SCORE));
  for (const fact of forbidden) {
    if (fact.entailed) reasons.push(`the answer states a known falsehood: "${fact.text}"`);
  }
  return {
    ...base,
    status: abstained ? 'abstained' : 'answered',
    claims: claimResults,
    nonClaims,
    hallucinated: reasons.length > 0,
    hallucinationReasons: reasons,
    // An abstention on an answerable case is not a hallucination, but it recalls no fact.
    facts: golden.expect === 'answer' && abstained ? golden.expectedFacts.map((f) => ({ text: f.text, entailed: false, evidence: null })) : facts,
    forbidden,
    retrieval: retrievalOf(plan, lookup),
  };
}

/** What the passages support one by one, and what context recall found in them. */
function retrievalOf(plan: PlannedCase, lookup: (key: string) => JudgeResult): CaseRetrieval | null {
  const { contexts, golden } = plan;
  if (contexts === null) return null;
  const entails = (key: string | null): boolean => key !== null && lookup(key).verdict === 'supported';
  const supports = contexts.map((_, p) => ({
    claims: plan.claimPassageKeys.flatMap((keys, claim) => (entails(keys[p] ?? null) ? [claim] : [])),
    facts: plan.factPassageKeys.flatMap((keys, fact) => (entails(keys[p] ?? null) ? [fact] : [])),
  }));
  let recall: CaseRetrieval['recall'] = null;
  if (golden.relevant !== undefined && golden.relevant.length > 0) {
    recall = { basis: 'relevant', items: relevantRecall(golden.relevant, contexts) };
  } else if (golden.expect === 'answer' && golden.expectedFacts.length > 0) {
    recall = {
      basis: 'expected-facts',
      items: golden.expectedFacts.map((fact, i) => {
        const key = plan.factContextKeys[i];
        const found = key !== undefined && entails(key);
        // The passage that states it alone, else the one the judge aligned it to.
        const alone = supports.findIndex((s) => s.facts.includes(i));
        const aligned = found ? plan.passages.findIndex((p) => p.id === lookup(key).evidence?.sourceId) : -1;
        const passage = alone >= 0 ? alone : aligned;
        return { text: fact.text, found, contextId: found && passage >= 0 ? contexts[passage]!.id : null };
      }),
    };
  } else if (golden.expect === 'answer' && golden.sources.length > 0 && contexts.some((c) => c.source !== undefined)) {
    // Golden sources are found through the passages' `source`; without any, there is no telling.
    recall = {
      basis: 'sources',
      items: golden.sources.map((source) => {
        const hit = contexts.find((c) => c.source === source.id);
        return { text: source.id, found: hit !== undefined, contextId: hit?.id ?? null };
      }),
    };
  }
  return caseRetrieval(contexts, supports, recall);
}

function factCheck(text: string, result: JudgeResult, minScore = 0): FactCheck {
  return { text, entailed: result.verdict === 'supported' && result.score >= minScore, evidence: result.evidence?.sentence ?? null };
}

function claimsOf(response: AppResponse, citationPattern: string | undefined, check: ClockCheck): ExtractedClaim[] {
  if (response.claims !== undefined) {
    return response.claims.map((c) => ({ text: c.text, citations: [...new Set(c.citations)], kind: 'claim' as const }));
  }
  return extractClaims(response.answer, { ...patternOption({ citationPattern }), check });
}

function patternOption(options: { citationPattern?: string | undefined }): { citationPattern?: string } {
  return options.citationPattern === undefined ? {} : { citationPattern: options.citationPattern };
}

/** The answer as plain prose (citation markers removed) for checking facts against it. */
function answerText(response: AppResponse, claims: readonly ExtractedClaim[]): string {
  const text = claims.filter((c) => c.kind === 'claim').map((c) => c.text).join(' ');
  return text === '' ? response.answer : text;
}

function plain(source: { id: string; text: string }): { id: string; text: string } {
  return { id: source.id, text: source.text };
}
