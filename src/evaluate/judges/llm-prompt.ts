import type { JudgeRequest } from '../types.js';

/**
 * The judging prompt. Any change to its wording must change the version: the
 * version is part of every cached verdict's key, so old verdicts are not reused.
 */
export const LLM_PROMPT_VERSION = 'factgate-judge-2';

export const LLM_SYSTEM_PROMPT = `You are a meticulous fact-checker for a question-answering system.
For each claim, decide whether the SOURCES entail it, using only the SOURCES and no outside knowledge.
- "supported": the SOURCES state the claim or it follows directly from them. Numbers, units, dates, names, negations and quantifiers must agree exactly.
- "contradicted": the SOURCES state something incompatible with the claim.
- "unsupported": the SOURCES do not say enough to decide.
Read each claim in the context of the QUESTION (a short answer "Delhi" to "Where is the office?" claims the office is in Delhi).
Reply with one JSON object and nothing else:
{"verdicts": [{"id": "<claim id>", "verdict": "supported" | "contradicted" | "unsupported", "confidence": <0..1>, "source_id": "<id of the source quoted, or null>", "evidence": "<exact quote from that source, or null>", "reason": "<one short sentence>"}]}
Give exactly one verdict for every claim id, and quote evidence verbatim.`;

/** One chat request judges several claims that share a question and sources. */
export interface ClaimBatch {
  question: string;
  sources: JudgeRequest['sources'];
  claims: { id: string; request: JudgeRequest }[];
}

export function buildMessages(batch: ClaimBatch): { role: 'system' | 'user'; content: string }[] {
  const sources = batch.sources.map((source) => `[${source.id}]\n${source.text}`).join('\n\n');
  const claims = batch.claims.map((claim) => `${claim.id}: ${claim.request.claim}`).join('\n');
  return [
    { role: 'system', content: LLM_SYSTEM_PROMPT },
    { role: 'user', content: `QUESTION:\n${batch.question || '(none)'}\n\nSOURCES:\n${sources}\n\nCLAIMS:\n${claims}` },
  ];
}

/**
 * Pulls the verdict list out of a model's reply. Tolerates a Markdown code fence
 * around the JSON (some servers add one even in JSON mode); anything else that is
 * not JSON with a "verdicts" list is rejected.
 */
export function parseVerdictList(content: string): unknown[] | string {
  const unfenced = content.trim().replace(/^```(?:json)?\s*\n([\s\S]*?)\n?```$/i, '$1');
  let parsed: unknown;
  try {
    parsed = JSON.parse(unfenced);
  } catch {
    return 'the reply is not JSON';
  }
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { verdicts?: unknown }).verdicts)) {
    return (parsed as { verdicts: unknown[] }).verdicts;
  }
  return 'the reply has no "verdicts" list';
}
