
/** A claim as the application itself structured it. */
export interface StructuredClaim {
  text: string;
  citations: string[];
}

/** One answer from the application under test, keyed by the golden-set case id. */
export interface AppResponse {
  id: string;
  answer: string;
  claims?: StructuredClaim[];
  /** What the app's retriever returned; claims are judged against it as well as against the golden sources. */
  contexts?: RetrievedContext[];
  /** Set when the app failed on this case (exit code, HTTP status, message). */
  error?: string;
  /** The app's own time for the case when it reports one (it wins), else request to answer. */
  latency_ms?: number;
  /**
   * A fresh worker's first answer, start-up included, when the app reported no latency:
   * kept apart so that loading the app never counts as answering slowly.
   */
  startup_ms?: number;
}

/** What the responses stage hands on: answers keyed by id, plus what did not match. */
export interface ResponseSet {
  byId: Map<string, AppResponse>;
  /** Golden-set ids the app gave no response for. */
  missing: string[];
  /** Response ids that are not in the golden set. */
  unknown: string[];
}

/** A passage the app retrieved, as its response carries it; `source` names the golden-set source or document it came from. */
export interface RetrievedContext {
  id: string;
  text: string;
  title?: string;
  /** The retriever's score: higher ranks first. Without scores the list order is the rank. */
  score?: number;
  source?: string;
}

/** A checked value, or why it is not one. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
