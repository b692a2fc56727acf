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
  /**
   * `budget`: the judging time per case. A judge that works on this thread runs each
   * request through it and leaves the requests it refuses unanswered; one that calls out
   * may ignore it (each call is bounded by its own time-out, and evaluate sends no request
   * of a case over its budget).
   */
  judge(requests: readonly JudgeRequest[], budget?: JudgingBudget): Promise<JudgeResult[]>;
}

/** Throws once the case being judged is over its judging budget; called between units of work. */
export type ClockCheck = () => void;

/** What the judges see of the judging time per case (see judging-budget.ts). */
export interface JudgingBudget {
  /** False once the request's case is over its budget: its requests are no longer judged. */
  allows(request: JudgeRequest): boolean;
  /**
   * Runs the work for one request, charging its time to the request's case; undefined when
   * the case is (or goes) over its budget. `check` throws out of the work once it is.
   */
  run<T>(request: JudgeRequest, work: (check: ClockCheck) => T): T | undefined;
}
