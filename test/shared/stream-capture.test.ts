import { describe, expect, it } from 'vitest';
import { LineSplitter, TailBuffer } from '../../src/shared/stream-capture.js';

describe('LineSplitter', () => {
  it('joins lines split across chunks and strips CR', () => {
    const s = new LineSplitter(100);
    expect(s.push(Buffer.from('{"a":'))).toEqual({ lines: [], overflow: false });
    expect(s.push(Buffer.from('1}\r\n{"b":2}\n{"c"'))).toEqual({ lines: ['{"a":1}', '{"b":2}'], overflow: false });
    expect(s.remainder()).toBe('{"c"');
  });

  it('keeps a multi-byte character split between chunks intact', () => {
    const s = new LineSplitter(100);
    const bytes = Buffer.from('é\n');
    s.push(bytes.subarray(0, 1));
    expect(s.push(bytes.subarray(1)).lines).toEqual(['é']);
  });

  it('flags a line longer than the limit, with or without a newline', () => {
    expect(new LineSplitter(10).push(Buffer.from('x'.repeat(11))).overflow).toBe(true);
    expect(new LineSplitter(10).push(Buffer.from('x'.repeat(11) + '\n')).overflow).toBe(true);
    const s = new LineSplitter(10);
    expect(s.push(Buffer.from('x'.repeat(10) + '\n')).overflow).toBe(false);
  });
});

describe('TailBuffer', () => {
  it('keeps only the last bytes and marks the cut', () => {
    const t = new TailBuffer(10);
    for (let i = 0; i < 100; i++) t.push(Buffer.from(`line ${i}\n`));
    expect(t.text()).toBe('…8\nline 99');
    const short = new TailBuffer(100);
    short.push(Buffer.from('  only this \n'));
    expect(short.text()).toBe('only this');
  });
});
