import { relative, resolve } from 'node:path';
import responseSchema from '../../schemas/response.schema.json' with { type: 'json' };
import type { GoldenCase } from '../golden/types.js';
import { ConfigurationError, ConfigurationErrors } from '../shared/errors.js';
import { MiB, readTextFile } from '../shared/files.js';
import { bestError, longestStringAllowed, schemaError } from '../shared/schema.js';
import { formatPlace, parseStructured, type ParsedDocument, type PathSegment } from '../shared/structured.js';
import { checkContexts } from './contexts.js';
import type { AppResponse, ResponseSet } from './types.js';
import type { ValidateFunction } from 'ajv';
import { validateResponse } from '../shared/validators.generated.js';

/** Compiled ahead of time from the schema by the build (scripts/generate-validators.mjs). */
const responseValidator = validateResponse as ValidateFunction<AppResponse>;

export const DEFAULT_RESPONSES_MAX_BYTES = 512 * MiB;

/**
 * Reads precomputed responses: a JSON array, or JSON Lines with one response a line.
 * Every response is validated; a repeated id is an error (which answer would count?).
 */
export async function loadResponsesFile(
  path: string,
  cwd: string,
  maxBytes = DEFAULT_RESPONSES_MAX_BYTES,
  maxErrors = 20,
): Promise<AppResponse[]> {
  const absolute = resolve(cwd, path);
  const file = relative(cwd, absolute) || absolute;
  const text = await readTextFile(absolute, maxBytes, 'responses file', file);
  const docs = parseStructured(text, file, detectFormat(text), { maxAliasCount: 100, maxStringChars: longestStringAllowed(responseSchema) });
  const responses: AppResponse[] = [];
  const problems: ConfigurationError[] = [];
  const seen = new Map<string, number>();
  for (const doc of docs) {
    for (const { raw, path: at } of responsesIn(doc, file)) {
      if (!responseValidator(raw)) {
        problems.push(schemaError(bestError(responseValidator.errors!), doc, file, at, 'the response', () => Object.keys(responseSchema.properties)));
      } else if (seen.has(raw.id)) {
        problems.push(
          new ConfigurationError(`two responses for case "${raw.id}"`, {
            file,
            place: formatPlace(doc.locate([...at, 'id']), [...at, 'id']),
            fix: 'keep one response per case id',
          }),
        );
      } else {
        const contexts = raw.contexts === undefined ? null : checkContexts(raw.contexts);
        if (contexts !== null && !contexts.ok) {
          const [message, fix] = contexts.error.split('; fix: ');
          const place = [...at, ...contexts.at];
          problems.push(new ConfigurationError(`response "${raw.id}": ${message}`, { file, place: formatPlace(doc.locate(place), place), fix: fix ?? 'see schemas/response.schema.json' }));
        } else {
          if (contexts !== null) raw.contexts = contexts.value;
          seen.set(raw.id, responses.length);
          responses.push(raw);
        }
      }
      if (problems.length >= maxErrors) break;
    }
    if (problems.length >= maxErrors) break;
  }
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new ConfigurationErrors(problems);
  return responses;
}

/** A file whose first non-blank character is "[" is a JSON array; anything else is JSON Lines. */
function detectFormat(text: string): 'json' | 'jsonl' {
  return /^\s*\[/.test(text) ? 'json' : 'jsonl';
}

function* responsesIn(doc: ParsedDocument, file: string): Generator<{ raw: unknown; path: PathSegment[] }> {
  if (Array.isArray(doc.value)) {
    for (let i = 0; i < doc.value.length; i++) yield { raw: doc.value[i], path: [i] };
  } else if (doc.value !== null && typeof doc.value === 'object') {
    yield { raw: doc.value, path: [] };
  } else {
    throw new ConfigurationError('a response must be a JSON object', {
      file,
      place: `line ${doc.line}`,
      fix: 'write {"id": "...", "answer": "..."} per line, or a JSON array of such objects',
    });
  }
}

/** Keys responses by case id and lists what is missing and what is unknown. */
export function matchResponses(cases: readonly GoldenCase[], responses: readonly AppResponse[]): ResponseSet {
  const byId = new Map<string, AppResponse>();
  const caseIds = new Set(cases.map((c) => c.id));
  const unknown: string[] = [];
  for (const response of responses) {
    if (caseIds.has(response.id)) byId.set(response.id, response);
    else unknown.push(response.id);
  }
  const missing = cases.filter((c) => !byId.has(c.id)).map((c) => c.id);
  return { byId, missing, unknown: unknown.sort() };
}
