/**
 * Values as UTF-8 JSON Lines in one byte array, for messages between threads. Each value is
 * serialised and parsed on its own: a message of thousands of cases never becomes one JSON
 * string, which V8 would place in the old generation as soon as it passes 128 KB (as
 * garbage it then waits there for a full collection; a 100,000-case run made 200 MB of it).
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NEWLINE = 0x0a;

/** The bytes, in an ArrayBuffer of their own that can be transferred to another thread. */
export function encodeJsonLines(values: Iterable<unknown>): Uint8Array {
  const lines: Uint8Array[] = [];
  let length = 0;
  for (const value of values) {
    const line = encoder.encode(`${JSON.stringify(value)}\n`);
    lines.push(line);
    length += line.length;
  }
  const bytes = new Uint8Array(new ArrayBuffer(length));
  let offset = 0;
  for (const line of lines) {
    bytes.set(line, offset);
    offset += line.length;
  }
  return bytes;
}

export function decodeJsonLines(bytes: Uint8Array): unknown[] {
  const values: unknown[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    values.push(JSON.parse(decoder.decode(bytes.subarray(start, end))));
    start = end + 1;
  }
  return values;
}
