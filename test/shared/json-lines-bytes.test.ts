import { describe, expect, it } from 'vitest';
import { decodeJsonLines, encodeJsonLines } from '../../src/shared/json-lines-bytes.js';

describe('JSON Lines as bytes between threads', () => {
  it('round-trips values with line breaks, quotes and non-ASCII text inside strings', () => {
    const values = [{ text: 'two\nlines "quoted" \u2028 and ünïcödé 🙂' }, [1, null, 'x'], 'plain', 0, { nested: { deep: [] } }];
    expect(decodeJsonLines(encodeJsonLines(values))).toEqual(values);
    expect(decodeJsonLines(encodeJsonLines([]))).toEqual([]);
  });

  it('owns its whole buffer, so the buffer can be transferred without taking anything else along', () => {
    const bytes = encodeJsonLines([{ a: 1 }, { b: 2 }]);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}\n{"b":2}\n');
  });
});
