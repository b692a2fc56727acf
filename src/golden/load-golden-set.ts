import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { readdir, stat } from 'node:fs/promises';
import { glob, isDynamicPattern } from 'tinyglobby';
import caseSchema from '../../schemas/golden-case.schema.json' with { type: 'json' };
import { ConfigurationError, ConfigurationErrors } from '../shared/errors.js';
import { MiB, PATHS_ARE_RELATIVE, readTextFile } from '../shared/files.js';
import { bestError, longestStringAllowed, schemaError } from '../shared/schema.js';
import {
  formatFromPath,
  formatPlace,
  parseStructuredLazily,
  type ParsedDocument,
  type PathSegment,
} from '../shared/structured.js';
import type { ExpectedFact, GoldenCase, GoldenSet, Source } from './types.js';
import type { ValidateFunction } from 'ajv';
import { validateGoldenCase } from '../shared/validators.generated.js';

export interface GoldenSetLimits {
  /** Largest golden-set file read, in bytes. */
  maxFileBytes: number;
  /** Most cases in the whole set. */
  maxCases: number;
  /** Most YAML alias expansions per file. */
  maxAliasCount: number;
  /** Most problems listed before stopping. */
  maxErrors: number;
}

export const DEFAULT_GOLDEN_LIMITS: GoldenSetLimits = {
  maxFileBytes: 256 * MiB,
  maxCases: 1_000_000,
  maxAliasCount: 100,
  maxErrors: 20,
};

export const DEFAULT_CATEGORY = 'general';

/** The case as written in a file (snake_case keys, per the bundled JSON Schema). */
interface RawCase {
  id: string;
  category?: string;
  question: string;
  sources?: Source[];
  expected_facts?: (string | ExpectedFact)[];
  forbidden?: string[];
  relevant?: string[];
  expect?: 'answer' | 'abstain';
}

/** Compiled ahead of time from the schema by the build (scripts/generate-validators.mjs). */
const caseValidator = validateGoldenCase as ValidateFunction<RawCase>;

/** No string in a case may be longer than a source text: longer ones are refused as the file is read. */
const LONGEST_STRING = longestStringAllowed(caseSchema);

const GOLDEN_EXTENSIONS = ['json', 'jsonl', 'ndjson', 'yaml', 'yml'];

/**
 * Expands directories and globs into the sorted list of golden-set files.
 * An input that matches nothing is an error, so a typo never yields an empty gate.
 */
export async function findGoldenSetFiles(inputs: readonly string[], cwd: string): Promise<string[]> {
  if (inputs.length === 0) {
    throw new ConfigurationError('no golden set given', {
      fix: 'pass --golden-set PATH (a file, a directory or a glob), or set golden-set in factgate.yml',
    });
  }
  const files = new Set<string>();
  for (const input of inputs) {
    const matched = await expandOne(input, cwd);
    if (matched.length === 0) {
      throw new ConfigurationError('the golden set matches no .json, .jsonl or .yaml file', {
        file: input,
        fix: 'check the path or glob; directories are searched recursively for *.json, *.jsonl, *.yaml and *.yml',
      });
    }
    for (const file of matched) files.add(file);
  }
  return [...files].sort();
}

async function expandOne(input: string, cwd: string): Promise<string[]> {
  const absolute = resolve(cwd, input);
  if (!isDynamicPattern(input)) {
    const info = await stat(absolute).catch(() => null);
    if (!info) {
      throw new ConfigurationError('the golden set path does not exist', {
        file: input,
        fix: `check the path (it was read as ${absolute}; ${PATHS_ARE_RELATIVE})`,
      });
    }
    if (info.isFile()) return [absolute];
    return filesUnder(absolute);
  }
  const matches = await glob(input, { cwd, absolute: true, dot: false });
  return matches.filter((file) => formatFromPath(file) !== null);
}

/**
 * The golden-set files in a folder and its subfolders, hidden ones left out. Listed, not
 * globbed: a glob skips names it cannot match (one that starts with a newline), and a
 * golden-set file must never be left out without a word.
 */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && GOLDEN_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(`.${ext}`)))
    .map((entry) => join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name))
    .filter((file) => !relative(folder, file).split(sep).some((part) => part.startsWith('.')));
}

/** Loads, validates and normalises a golden set. Throws ConfigurationErrors listing every problem found. */
export async function loadGoldenSet(
  inputs: readonly string[],
  cwd: string,
  limits: GoldenSetLimits = DEFAULT_GOLDEN_LIMITS,
): Promise<GoldenSet> {
  const files = await findGoldenSetFiles(inputs, cwd);
  const problems: ConfigurationError[] = [];
  const cases: GoldenCase[] = [];
  const firstSeen = new Map<string, { file: string; line: number }>();

  for (const absolute of files) {
    const file = relative(cwd, absolute) || absolute;
    const format = formatFromPath(absolute);
    if (!format) continue;
    let docs: Iterable<ParsedDocument>;
    try {
      const text = await readTextFile(absolute, limits.maxFileBytes, 'golden-set file', file);
      docs = parseStructuredLazily(text, file, format, { maxAliasCount: limits.maxAliasCount, maxStringChars: LONGEST_STRING });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(error);
      if (problems.length >= limits.maxErrors) break;
      continue;
    }
    // JSON Lines are parsed as they are read. A syntax error on any line is still the file's
    // only problem, as if the file had been parsed whole first: what was taken from its
    // earlier lines is given back.
    const before = { cases: cases.length, problems: problems.length };
    const added: string[] = [];
    let full = false;
    try {
      for (const doc of docs) {
        // At the error limit, the rest of the file is only read for a syntax error.
        if (full) continue;
        if (doc.value === null || doc.value === undefined) {
          problems.push(
            new ConfigurationError('the file holds no case (it is empty, only comments, or null)', {
              file,
              fix: 'write a case (an object with id, question and sources) or a list of cases, or remove the file',
            }),
          );
          continue;
        }
        for (const { raw, path } of casesIn(doc, format)) {
          const result = normaliseCase(raw, path, doc, file);
          if (result instanceof ConfigurationError) {
            problems.push(result);
          } else {
            const previous = firstSeen.get(result.id);
            if (previous) {
              problems.push(
                new ConfigurationError(`duplicate case id "${result.id}" (first defined at ${previous.file}, line ${previous.line})`, {
                  file,
                  place: formatPlace(doc.locate([...path, 'id']), [...path, 'id']),
                  fix: 'give every case a unique id across all golden-set files',
                }),
              );
            } else {
              firstSeen.set(result.id, result.origin);
              added.push(result.id);
              cases.push(result);
            }
          }
          if (problems.length >= limits.maxErrors) {
            full = true;
            break;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      cases.length = before.cases;
      problems.length = before.problems;
      for (const id of added) firstSeen.delete(id);
      problems.push(error);
      if (problems.length >= limits.maxErrors) break;
      continue;
    }
    if (cases.length > limits.maxCases) {
      problems.push(
        new ConfigurationError(`the golden set has more than ${limits.maxCases} cases`, {
          file,
          fix: 'split the run into shards, or raise the case limit',
        }),
      );
      break;
    }
    if (problems.length >= limits.maxErrors) break;
  }

  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new ConfigurationErrors(problems);
  if (cases.length === 0) {
    throw new ConfigurationError('the golden set is empty: no case was found', {
      file: inputs.join(', '),
      fix: 'add at least one case (see golden-sets/ in the factgate repository for the format)',
    });
  }
  cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const hash = createHash('sha256');
  for (const c of cases) hash.update(c.contentHash);
  return { cases, files: files.map((f) => relative(cwd, f) || f), hash: hash.digest('hex') };
}

/** A file holds one case, a list of cases, or (JSON Lines) one case per line. */
function* casesIn(doc: ParsedDocument, format: string): Generator<{ raw: unknown; path: PathSegment[] }> {
  if (Array.isArray(doc.value) && format !== 'jsonl') {
    for (let i = 0; i < doc.value.length; i++) yield { raw: doc.value[i], path: [i] };
  } else {
    yield { raw: doc.value, path: [] };
  }
}

function knownKeys(path: PathSegment[]): readonly string[] | undefined {
  const tail = path.filter((p) => typeof p === 'string');
  const last = tail[tail.length - 1];
  const defs = caseSchema.definitions;
  if (last === 'sources') return Object.keys(defs.source.properties);
  if (last === 'expected_facts') return Object.keys(defs.fact.properties);
  return Object.keys(caseSchema.properties);
}

function normaliseCase(
  raw: unknown,
  path: PathSegment[],
  doc: ParsedDocument,
  file: string,
): GoldenCase | ConfigurationError {
  if (!caseValidator(raw)) {
    return schemaError(bestError(caseValidator.errors!), doc, file, path, 'the case', knownKeys);
  }
  const sources = raw.sources ?? [];
  const sourceIds = new Set<string>();
  for (let i = 0; i < sources.length; i++) {
    const id = sources[i]!.id;
    if (sourceIds.has(id)) {
      const at = [...path, 'sources', i, 'id'];
      return new ConfigurationError(`case "${raw.id}" has two sources with id "${id}"`, {
        file,
        place: formatPlace(doc.locate(at), at),
        fix: 'give each source of a case its own id (S1, S2, ...)',
      });
    }
    sourceIds.add(id);
  }
  const expectedFacts: ExpectedFact[] = [];
  for (let i = 0; i < (raw.expected_facts ?? []).length; i++) {
    const fact = raw.expected_facts![i]!;
    const normalised: ExpectedFact = typeof fact === 'string' ? { text: fact } : { ...fact };
    for (let j = 0; j < (normalised.sources ?? []).length; j++) {
      const ref = normalised.sources![j]!;
      if (!sourceIds.has(ref)) {
        const at = [...path, 'expected_facts', i, 'sources', j];
        return new ConfigurationError(`expected fact refers to source "${ref}", which case "${raw.id}" does not have`, {
          file,
          place: formatPlace(doc.locate(at), at),
          fix:
            sourceIds.size === 0
              ? 'this case has no sources; drop the fact\'s "sources", or list the documents a retriever should find in "relevant"'
              : `use one of the case's source ids: ${[...sourceIds].join(', ')}`,
        });
      }
    }
    expectedFacts.push(normalised);
  }
  const expect = raw.expect ?? 'answer';
  const position = doc.locateIsCheap ? doc.locate(path) : null;
  const golden: Omit<GoldenCase, 'contentHash'> = {
    id: raw.id,
    category: raw.category ?? DEFAULT_CATEGORY,
    question: raw.question,
    sources: sources.map((s) => (s.title === undefined ? { id: s.id, text: s.text } : { id: s.id, title: s.title, text: s.text })),
    expectedFacts,
    forbidden: raw.forbidden ?? [],
    ...(raw.relevant !== undefined && raw.relevant.length > 0 ? { relevant: [...new Set(raw.relevant)] } : {}),
    expect,
    origin: { file, line: position?.line ?? doc.line },
  };
  return { ...golden, contentHash: hashCaseContent(golden) };
}

/** Hash of what the case asks and expects (not where it was written), for drift matching. */
export function hashCaseContent(c: Omit<GoldenCase, 'contentHash' | 'origin'>): string {
  // `relevant` joins the hash only when given, so cases written before it keep their hashes.
  const fields: unknown[] = [c.id, c.category, c.question, c.sources, c.expectedFacts, c.forbidden, c.expect];
  if (c.relevant !== undefined && c.relevant.length > 0) fields.push(c.relevant);
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}
