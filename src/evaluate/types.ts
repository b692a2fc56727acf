export type ClaimVerdict = 'supported' | 'contradicted' | 'unsupported' | 'undetermined';

/** The best place in the sources that bears on a claim. */
export interface Evidence {
  sourceId: string;
  /** The source sentence (or span) the judge aligned the claim to. */
  sentence: string;
  /** Character offsets of `sentence` in the source text. */
  start: number;
  end: number;
}

/** One question put to a judge: is `claim` entailed by `sources`? */
export interface JudgeRequest {
  /** Stable key so a batch's answers can be matched back. */
  key: string;
  question: string;
  claim: string;
  sources: { id: string; text: string }[];
}

export interface JudgeResult {
  key: string;
  verdict: ClaimVerdict;
  /** Confidence in [0, 1] that the claim is supported (judge-specific scale). */
  score: number;
  evidence: Evidence | null;
  /** Which judge decided: "deterministic", "llm:gpt-4o", "command", ... */
  judge: string;
  /** Short human reason, for the report and the comment. */
  reason: string;
}

/** Judges are injected: evaluate never does I/O itself. */
export interface Judge {
  readonly name: string;
  /** Cases per call this judge works best with (its memos, its concurrency); EVALUATION_BATCH when unset. */
  readonly batchSize?: number;
  judge(requests: readonly JudgeRequest[]): Promise<JudgeResult[]>;
}
