import { Ajv, type ValidateFunction } from 'ajv';
import type { ClaimVerdict, Evidence, JudgeResult } from '../types.js';

/** One verdict as an outside judge (a model, a user's program) writes it. */
export interface RawVerdict {
  id: string;
  verdict: Exclude<ClaimVerdict, 'undetermined'>;
  /** How sure the judge is of its verdict, in [0, 1]. */
  confidence?: number;
  /** The source the evidence is quoted from, and the quote. */
  source_id?: string | null;
  evidence?: string | null;
  reason?: string;
}

const VERDICT_SCHEMA = {
  type: 'object',
  required: ['id', 'verdict'],
  additionalProperties: true,
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 200 },
    verdict: { enum: ['supported', 'contradicted', 'unsupported'] },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    source_id: { type: ['string', 'null'], maxLength: 200 },
    evidence: { type: ['string', 'null'], maxLength: 4000 },
    reason: { type: 'string', maxLength: 2000 },
  },
} as const;

const ajv = new Ajv({ strict: true, allErrors: false, allowUnionTypes: true });
export const isRawVerdict: ValidateFunction<RawVerdict> = ajv.compile<RawVerdict>(VERDICT_SCHEMA);

/** Why a value is not a verdict, in a few words for the report. */
export function verdictProblem(value: unknown): string {
  if (isRawVerdict(value)) return '';
  const error = isRawVerdict.errors?.[0];
  return error ? `${error.instancePath || 'verdict'} ${error.message ?? 'is invalid'}` : 'not a verdict';
}

/** Finds a quoted piece of evidence in the named source (or any source) and gives its offsets. */
export function locateEvidence(
  quote: string | null | undefined,
  sourceId: string | null | undefined,
  sources: readonly { id: string; text: string }[],
): Evidence | null {
  const wanted = quote?.trim();
  if (!wanted) return null;
  const ordered = [...sources].sort((a, b) => Number(b.id === sourceId) - Number(a.id === sourceId));
  for (const source of ordered) {
    let at = source.text.indexOf(wanted);
    if (at < 0) at = source.text.toLowerCase().indexOf(wanted.toLowerCase());
    if (at >= 0) return { sourceId: source.id, sentence: source.text.slice(at, at + wanted.length), start: at, end: at + wanted.length };
  }
  return null;
}

/** Turns a validated verdict into a result; the score is the confidence that the claim is supported. */
export function resultFromVerdict(
  key: string,
  raw: RawVerdict,
  judge: string,
  sources: readonly { id: string; text: string }[],
): JudgeResult {
  const confidence = raw.confidence ?? 1;
  const evidence = locateEvidence(raw.evidence, raw.source_id, sources);
  const quoted = raw.evidence?.trim() && !evidence ? ' (the quoted evidence is not in the sources)' : '';
  return {
    key,
    verdict: raw.verdict,
    score: raw.verdict === 'supported' ? confidence : 1 - confidence,
    evidence,
    judge,
    reason: `${(raw.reason ?? raw.verdict).slice(0, 500)}${quoted}`,
  };
}

export function undetermined(key: string, judge: string, reason: string): JudgeResult {
  return { key, verdict: 'undetermined', score: 0, evidence: null, judge, reason };
}
