/**
 * Per-case evaluation: splits each answer into claims, asks the injected judge about
 * every claim (against all sources, and against the sources it cites), and records the
 * verdicts and evidence the metrics and the report are built from.
 */
import type { GoldenCase } from '../golden/types.js';
import type { CaseResult, CitationCheck, ClaimResult, FactCheck } from '../report/types.js';
import type { AppResponse, ResponseSet } from '../responses/types.js';
import { abstains, extractClaims, type ExtractedClaim } from './claims.js';
import type { Judge, JudgeRequest, JudgeResult } from './types.js';

export interface EvaluateOptions {
  citationPattern?: string;
  /** Cases judged per call of the judge (default: the judge's own batch size, or EVALUATION_BATCH). */
  batchSize?: number;
  /** Case ids that were not run (cancelled, or outside this shard). */
  notRun?: ReadonlySet<string>;
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

/** A question for the judge, and where its answer goes. */
interface PlannedCase {
  golden: GoldenCase;
  response: AppResponse | undefined;
  claims: ExtractedClaim[];
  abstained: boolean;
  /** Request keys per claim: all sources, cited sources, each citation alone, each left out. */
  claimKeys: { all: string | null; cited: string | null; single: (string | null)[]; without: (string | null)[]; allRequest: Omit<JudgeRequest, 'key'> }[];
  factKeys: string[];
  forbiddenKeys: string[];
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
  // Within a case the same claim is often asked against the same sources twice (a claim
  // citing the case's only source): ask the judge once.
  let asked = new Map<string, string>();
  const ask = (request: Omit<JudgeRequest, 'key'>): string => {
    const signature = `${request.claim}\u0000${request.sources.map((s) => s.id).join('\u0001')}`;
    const known = asked.get(signature);
    if (known !== undefined) return known;
    const key = String(requests.length);
    requests.push({ key, ...request });
    asked.set(signature, key);
    return key;
  };

  const planned: PlannedCase[] = cases.map((golden) => {
    asked = new Map();
    const response = options.notRun?.has(golden.id) ? undefined : responses.byId.get(golden.id);
    const usable = response !== undefined && response.error === undefined;
    const claims = usable ? claimsOf(response, options.citationPattern) : [];
    const abstained = usable && response.claims === undefined && (response.answer.trim() === '' || abstains(claims));
    const plan: PlannedCase = { golden, response, claims, abstained, claimKeys: [], factKeys: [], forbiddenKeys: [] };
    if (!usable || abstained) return plan;

    // One array per distinct set of sources, so a judge can recognise sources it has indexed.
    const sourceSets = new Map<string, { id: string; text: string }[]>();
    const byId = new Map(golden.sources.map((s) => [s.id, plain(s)]));
    const sourcesFor = (ids: readonly string[]): { id: string; text: string }[] => {
      const key = ids.join('\u0001');
      let set = sourceSets.get(key);
      if (!set) sourceSets.set(key, (set = ids.map((id) => byId.get(id)!)));
      return set;
    };
    const allIds = golden.sources.map((s) => s.id);
    for (const claim of claims) {
      if (claim.kind !== 'claim') continue;
      const question = golden.question;
      const allRequest = { question, claim: claim.text, sources: sourcesFor(allIds) };
      const known = claim.citations.filter((id) => byId.has(id));
      const cited = known.length > 0 ? ask({ question, claim: claim.text, sources: sourcesFor(known) }) : null;
      // Citing every source makes the two questions one.
      const all = cited !== null && known.length === allIds.length ? cited : null;
      // ALCE precision needs each citation alone and the others without it (only when there are several).
      const single = known.length > 1 ? known.map((id) => ask({ question, claim: claim.text, sources: sourcesFor([id]) })) : known.map(() => null);
      const without =
        known.length > 1
          ? known.map((id) => ask({ question, claim: claim.text, sources: sourcesFor(known.filter((other) => other !== id)) }))
          : known.map(() => null);
      plan.claimKeys.push({ all, cited, single, without, allRequest });
    }
    const answerSource = [{ id: ANSWER_SOURCE_ID, text: answerText(response, claims) }];
    if (golden.expect === 'answer') {
      plan.factKeys = golden.expectedFacts.map((fact) => ask({ question: golden.question, claim: fact.text, sources: answerSource }));
    }
    plan.forbiddenKeys = golden.forbidden.map((fact) => ask({ question: golden.question, claim: fact, sources: answerSource }));
    return plan;
  });

  const byKey = new Map<string, JudgeResult>();
  const judgeAll = async (): Promise<void> => {
    const pending = requests.filter((r) => !byKey.has(r.key));
    for (const result of pending.length > 0 ? await judge.judge(pending) : []) byKey.set(result.key, result);
  };
  await judgeAll();
  // Entailment is monotone in the evidence (as ALCE assumes): a claim its cited sources
  // support is supported by all of the case's sources, so only the others are asked again.
  for (const plan of planned) {
    asked = new Map(); // the duplicate check is per case: other cases' sources differ
    for (const keys of plan.claimKeys) {
      if (keys.all !== null) continue;
      keys.all = keys.cited !== null && byKey.get(keys.cited)?.verdict === 'supported' ? keys.cited : ask(keys.allRequest);
    }
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

  return planned.map((plan) => buildCaseResult(plan, lookup, options));
}

function buildCaseResult(plan: PlannedCase, lookup: (key: string) => JudgeResult, options: EvaluateOptions): CaseResult {
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
  if (response === undefined) {
    const status = options.notRun?.has(golden.id) ? 'not-run' : 'missing';
    return { ...base, status, claims: [], nonClaims: [], hallucinated: false, hallucinationReasons: [], facts: [], forbidden: [] };
  }
  if (response.error !== undefined) {
    return { ...base, status: 'error', claims: [], nonClaims: [], hallucinated: false, hallucinationReasons: [], facts: [], forbidden: [] };
  }

  const knownIds = new Set(golden.sources.map((s) => s.id));
  const nonClaims = claims.filter((c) => c.kind === 'non-claim').map((c) => ({ text: c.text, reason: c.nonClaimReason ?? 'non-claim' }));
  const reasons: string[] = [];
  if (golden.expect === 'abstain' && !abstained) {
    reasons.push('the sources do not answer this question, so the app should have declined, but it answered');
  }

  const claimResults: ClaimResult[] = [];
  let k = 0;
  claims.forEach((claim) => {
    if (claim.kind !== 'claim') return;
    const keys = plan.claimKeys[k]!;
    const index = k++;
    const overall = lookup(keys.all!);
    const cited = keys.cited === null ? null : lookup(keys.cited);
    const known = claim.citations.filter((id) => knownIds.has(id));
    const jointEntails = cited?.verdict === 'supported';
    const checks: CitationCheck[] = claim.citations.map((sourceId) => {
      if (!knownIds.has(sourceId)) return { sourceId, known: false, relevant: false };
      const i = known.indexOf(sourceId);
      if (!jointEntails) return { sourceId, known: true, relevant: false };
      if (known.length === 1) return { sourceId, known: true, relevant: true };
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
  };
}

function factCheck(text: string, result: JudgeResult, minScore = 0): FactCheck {
  return { text, entailed: result.verdict === 'supported' && result.score >= minScore, evidence: result.evidence?.sentence ?? null };
}

function claimsOf(response: AppResponse, citationPattern: string | undefined): ExtractedClaim[] {
  if (response.claims !== undefined) {
    return response.claims.map((c) => ({ text: c.text, citations: [...new Set(c.citations)], kind: 'claim' as const }));
  }
  return extractClaims(response.answer, patternOption({ citationPattern }));
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
