/**
 * Output files are written under a temporary name and renamed into place, so a crash or a
 * full disk never leaves half a report where a later step (or the baseline) would read it.
 * Several outputs are written all or none: every temporary file is written in full before
 * the first is renamed. Only regular files are replaced; standard output is written to.
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError } from './errors.js';
import { checkOutputTargets, isStandardOutput, type OutputTarget } from './output-targets.js';

/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 16;

export interface Output extends OutputTarget {
  /**
   * Text as is, a JSON document written as `JSON.stringify(value, null, 2) + '\n'`, or text
   * made in pieces (a page of 100,000 cases never becomes one string).
   */
  content: { text: string } | { json: object } | { pieces: () => Iterable<string> };
}

export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await writeAllOrNone([{ setting: path, path, content: { text } }], () => undefined);
}

/**
 * Writes exactly `JSON.stringify(value, null, 2) + '\n'`, but serialises each element of a
 * top-level array on its own: a report of 100,000 cases never exists as one string.
 */
export async function writeJsonAtomically(path: string, value: object): Promise<void> {
  await writeAllOrNone([{ setting: path, path, content: { json: value } }], () => undefined);
}

/**
 * Writes every output or none. The targets are checked again (they were checked before the
 * run, but a run is long), each file is written in full under a temporary name beside it,
 * and only then are they renamed into place; outputs to standard output come last.
 */
export async function writeAllOrNone(outputs: readonly Output[], stdout: (text: string) => void): Promise<void> {
  await checkOutputTargets(outputs);
  const files = outputs.filter((o) => !isStandardOutput(o.path));
  const written: { output: Output; temporary: string }[] = [];
  try {
    for (const output of files) {
      await mkdir(dirname(output.path), { recursive: true });
      const temporary = `${output.path}.${process.pid}.tmp`;
      written.push({ output, temporary });
      await writeContent(temporary, output);
    }
  } catch (error) {
    await Promise.all(written.map(({ temporary }) => rm(temporary, { force: true })));
    throw asOutputError(error, written[written.length - 1]?.output);
  }
  for (const { temporary, output } of written) await rename(temporary, output.path);
  for (const output of outputs) {
    if (!isStandardOutput(output.path)) continue;
    for (const piece of contentPieces(output.content)) stdout(piece);
  }
}

async function writeContent(temporary: string, output: Output): Promise<void> {
  // 'wx': a leftover or planted file (or link) under the temporary name is never written through.
  await rm(temporary, { force: true });
  const handle: FileHandle = await open(temporary, 'wx');
  try {
    for (const piece of contentPieces(output.content)) await handle.write(piece);
  } finally {
    await handle.close();
  }
}

/** The content in writes of about WRITE_CHUNK characters, ending with the final newline of JSON. */
function* contentPieces(content: Output['content']): Generator<string> {
  if ('text' in content) {
    yield content.text;
    return;
  }
  let pending = '';
  for (const piece of 'json' in content ? prettyJsonPieces(content.json) : content.pieces()) {
    pending += piece;
    if (pending.length >= WRITE_CHUNK) {
      yield pending;
      pending = '';
    }
  }
  yield 'json' in content ? `${pending}\n` : pending;
}

/** A full disk or a quota is the user's to fix: say which output and what happened. */
function asOutputError(error: unknown, output: Output | undefined): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!output || typeof code !== 'string') return error;
  const why: Record<string, string> = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EACCES: 'permission denied', EROFS: 'the file system is read-only', EIO: 'an input/output error' };
  if (!(code in why)) return error;
  return new ConfigurationError(`cannot write the output: ${why[code]}; no output was written`, {
    file: output.path,
    place: output.setting,
    fix: 'free space or choose another place for the outputs, then run again',
  });
}

/** The text of JSON.stringify(value, null, 2), in pieces. */
export function* prettyJsonPieces(value: object): Generator<string> {
  // The keys JSON.stringify leaves out.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [key, item]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    const head = `\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(item) && item.length > 0) {
      yield `${head}[`;
      for (let j = 0; j < item.length; j++) yield `\n    ${nested(item[j], 2)}${j < item.length - 1 ? ',' : ''}`;
      yield `\n  ]${comma}`;
    } else {
      yield `${head}${nested(item, 1)}${comma}`;
    }
  }
  yield '\n}';
}

const WRAPPERS = {
  1: { head: '{\n  "x": '.length, tail: '\n}'.length, wrap: (value: unknown) => ({ x: value }) },
  2: { head: '{\n  "x": [\n    '.length, tail: '\n  ]\n}'.length, wrap: (value: unknown) => ({ x: [value] }) },
};

/**
 * `value` as JSON.stringify(document, null, 2) writes it `depth` levels down: stringified
 * inside a wrapper of that depth, so JSON.stringify indents it itself (no pass over the text
 * to re-indent it), and the wrapper is cut off.
 */
function nested(value: unknown, depth: 1 | 2): string {
  const { head, tail, wrap } = WRAPPERS[depth];
  const text = JSON.stringify(wrap(value), null, 2);
  return text.slice(head, text.length - tail);
}

/** Writes text given in pieces (a generator, say), gathered into writes of about 64 KiB. */
export async function writePiecesAtomically(path: string, pieces: Iterable<string>, setting = path, stdout: (text: string) => void = () => undefined): Promise<void> {
  await writeAllOrNone([{ setting, path, content: { pieces: () => pieces } }], stdout);
}
