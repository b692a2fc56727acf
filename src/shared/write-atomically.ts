/**
 * Output files are written under a temporary name and renamed into place, so a crash or a
 * full disk never leaves half a report where a later step (or the baseline) would read it.
 */
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 16;

export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await replaceWith(path, (temporary) => writeFile(temporary, text));
}

/**
 * Writes exactly `JSON.stringify(value, null, 2) + '\n'`, but serialises each element of a
 * top-level array on its own: a report of 100,000 cases never exists as one string.
 */
export async function writeJsonAtomically(path: string, value: object): Promise<void> {
  await replaceWith(path, async (temporary) => {
    const handle = await open(temporary, 'w');
    try {
      let pending = '';
      for (const piece of prettyJsonPieces(value)) {
        pending += piece;
        if (pending.length >= WRITE_CHUNK) {
          await handle.write(pending);
          pending = '';
        }
      }
      await handle.write(`${pending}\n`);
    } finally {
      await handle.close();
    }
  });
}

async function replaceWith(path: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
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
export async function writePiecesAtomically(path: string, pieces: Iterable<string>): Promise<void> {
  await replaceWith(path, async (temporary) => {
    const handle = await open(temporary, 'w');
    try {
      let pending = '';
      for (const piece of pieces) {
        pending += piece;
        if (pending.length >= WRITE_CHUNK) {
          await handle.write(pending);
          pending = '';
        }
      }
      if (pending) await handle.write(pending);
    } finally {
      await handle.close();
    }
  });
}
