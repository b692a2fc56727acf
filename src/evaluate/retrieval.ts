/**
 * Judging what the app retrieved: which verdict the hallucination rate uses when a claim
 * has been judged against both the golden sources and the retrieved contexts, and how a
 * case's passages are ranked and scored (context precision, average precision).
 */
import type { CaseRetrieval, ContextResult, RecallItem } from '../report/types.js';
import { rankedContexts, type RetrievedContext } from '../responses/contexts.js';
import type { ClaimVerdict, JudgeResult } from './types.js';

/** What the hallucination verdict judges a claim against when the app returns contexts. */
export const JUDGE_AGAINST = ['both', 'sources', 'contexts'] as const;
export type JudgeAgainst = (typeof JUDGE_AGAINST)[number];

/** Precision@k looks at each case's top passage: is what the retriever ranks first of any use? */
export const CONTEXT_PRECISION_K = 1;

/**
 * The verdict the hallucination rate uses. With both: supported when either side supports
 * the claim; otherwise a contradiction found on either side stands, then an undecided
 * side (never counted as supported), and only then "unsupported". A missing side is
 * left out whatever the setting, so a case without golden sources is judged against
 * its contexts and an app without contexts against the golden sources.
 */
export function hallucinationVerdict(
  against: JudgeAgainst,
  sources: JudgeResult | null,
  contexts: JudgeResult | null,
): JudgeResult | null {
  if (sources === null || contexts === null) return sources ?? contexts;
  if (against === 'sources') return sources;
  if (against === 'contexts') return contexts;
  for (const verdict of ORDER) {
    const decided = [contexts, sources].find((r) => r.verdict === verdict);
    if (decided) {
      if (verdict === 'supported') return decided;
      const other = decided === sources ? contexts : sources;
      return { ...decided, reason: `neither the golden sources nor the retrieved contexts support it; ${side(decided, sources)}: ${decided.reason}; ${side(other, sources)}: ${other.reason}` };
    }
  }
  return contexts;
}

const ORDER: readonly ClaimVerdict[] = ['supported', 'contradicted', 'undetermined', 'unsupported'];

function side(result: JudgeResult, sources: JudgeResult): string {
  return result === sources ? 'golden sources' : 'retrieved contexts';
}

/** How a passage id is shown to the judge: its own id, unless a golden source already has it. */
export function contextRefs(contexts: readonly RetrievedContext[], sourceIds: ReadonlySet<string>): string[] {
  return contexts.map((c) => (sourceIds.has(c.id) ? `context:${c.id}` : c.id));
}

/**
 * A case's retrieval section from what each passage alone supports. `supports[i]` holds
 * the claims and facts passage i (in the response's order) entails.
 */
export function caseRetrieval(
  contexts: readonly RetrievedContext[],
  supports: readonly { claims: number[]; facts: number[] }[],
  recall: CaseRetrieval['recall'],
): CaseRetrieval {
  const indexed = contexts.map((context, index) => ({ ...context, index }));
  const ranked = rankedContexts(indexed).map((c, rank): ContextResult => {
    const s = supports[c.index]!;
    return {
      id: c.id,
      rank: rank + 1,
      title: c.title ?? null,
      source: c.source ?? null,
      score: c.score ?? null,
      supportsClaims: s.claims,
      supportsFacts: s.facts,
      useful: s.claims.length > 0 || s.facts.length > 0,
    };
  });
  return { contexts: ranked, recall, averagePrecision: averagePrecision(ranked.map((c) => c.useful)) };
}

/**
 * Average precision of a ranked list of useful/not-useful passages: the mean of
 * precision@k over the ranks k of the useful ones (what RAGAS calls context precision).
 * 0 when no passage is useful; null for an empty list.
 */
export function averagePrecision(useful: readonly boolean[]): number | null {
  if (useful.length === 0) return null;
  let hits = 0;
  let sum = 0;
  useful.forEach((u, i) => {
    if (!u) return;
    hits++;
    sum += hits / (i + 1);
  });
  return hits === 0 ? 0 : sum / hits;
}

/** Relevant ids found among the passages' ids and `source` fields. */
export function relevantRecall(relevant: readonly string[], contexts: readonly RetrievedContext[]): RecallItem[] {
  return relevant.map((id) => {
    const hit = contexts.find((c) => c.source === id || c.id === id);
    return { text: id, found: hit !== undefined, contextId: hit?.id ?? null };
  });
}
