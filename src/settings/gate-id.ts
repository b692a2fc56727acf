import { ConfigurationError } from '../shared/errors.js';

/**
 * A gate id: 1 to 64 letters, digits, ".", "_" or single "-", starting with a letter or
 * digit, a "-" never doubled nor last. It goes inside an HTML comment (the sticky comment's marker), where `--` would
 * end the comment early; the one pattern settings and the marker both use.
 */
export const GATE_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._]|-(?=[A-Za-z0-9._])){0,63}$/;

export const DEFAULT_GATE_ID = 'factgate';

/** Checks a gate id as given in an input, a flag or a settings file. */
export function parseGateId(value: string, where: { file?: string; place: string }): string {
  if (GATE_ID_PATTERN.test(value)) return value;
  throw new ConfigurationError(`the gate id ${JSON.stringify(value)} is not allowed`, {
    ...where,
    fix: 'use 1 to 64 letters, digits, ".", "_" or single "-", starting and ending with a letter or digit (for example "factgate" or "rag-eval")',
  });
}
