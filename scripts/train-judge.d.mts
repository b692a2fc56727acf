// Types of train-judge.mjs, for the TypeScript tests that use it.

/** A right short answer written as a sentence, or undefined where that cannot be done safely. */
export function sentenceAnswer(question: string, answer: string): string | undefined;
export const SENTENCES: string;
export const DEFAULT_DATA: { summedits: string; halueval: string };
export function makeTrainer(modules: unknown, options?: { teachSentences?: boolean }): unknown;
