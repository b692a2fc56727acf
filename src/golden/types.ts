/** One source document a grounded answer may rely on. */
export interface Source {
  id: string;
  title?: string;
  text: string;
}

/** An expected fact, optionally naming the sources that state it. */
export interface ExpectedFact {
  text: string;
  sources?: string[];
}

/** One golden-set case, as validated and normalised from the user's files. */
export interface GoldenCase {
  id: string;
  category: string;
  question: string;
  /** Empty when the case relies on the contexts the app retrieves. */
  sources: Source[];
  expectedFacts: ExpectedFact[];
  forbidden: string[];
  /** Document ids a retriever should find (golden source ids or the app's own), when given. */
  relevant?: string[];
  expect: 'answer' | 'abstain';
  /** Where the case was read from, for error messages and the report. */
  origin: { file: string; line: number };
  /** sha256 of the case's canonical content: lets drift compare only unchanged cases. */
  contentHash: string;
}

export interface GoldenSet {
  cases: GoldenCase[];
  files: string[];
  /** sha256 over every case's content hash, in id order. */
  hash: string;
}
