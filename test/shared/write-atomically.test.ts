import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prettyJsonPieces, writeAllOrNone, writeJsonAtomically } from '../../src/shared/write-atomically.js';
import { useTempDir } from '../support/temp.js';

const tmp = useTempDir();

describe('writing JSON a piece at a time', () => {
  const samples: Record<string, object> = {
    'a report-like object': {
      schemaVersion: 1,
      run: { partial: false, reason: null },
      cases: [
        { id: 'a', claims: [{ text: 'x "quoted"\nnext', citations: ['S1'] }], nested: { deep: [1, 2, [3, []]] }, empty: {} },
        { id: 'b', claims: [], skipped: undefined },
      ],
      emptyList: [],
      emptyObject: {},
      text: 'line\nbreak \u2028 and </script>',
    },
    'values JSON leaves out or turns into null': { kept: 1, gone: undefined, fn: () => 1, list: [undefined, () => 1, Symbol('s'), NaN, Infinity, -0] },
    'an empty object': {},
  };
  for (const [name, value] of Object.entries(samples)) {
    it(`gives exactly JSON.stringify(value, null, 2) for ${name}`, () => {
      expect([...prettyJsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
    });
  }

  it('writes the file with a final newline and leaves no temporary file behind', async () => {
    const path = join(tmp.dir(), 'out', 'report.json');
    const value = { cases: Array.from({ length: 3000 }, (_, i) => ({ id: `case-${i}`, text: 'x'.repeat(i % 50) })) };
    await writeJsonAtomically(path, value);
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(readdirSync(join(tmp.dir(), 'out'))).toEqual(['report.json']);
  });

  it('removes the temporary file when serialising fails, and keeps the old report', async () => {
    const path = tmp.write('report.json', '{"old": true}\n');
    const cyclic: Record<string, unknown> = { id: 'loop' };
    cyclic['self'] = cyclic;
    await expect(writeJsonAtomically(path, { cases: [cyclic] })).rejects.toThrow(/circular/i);
    expect(readFileSync(path, 'utf8')).toBe('{"old": true}\n');
    expect(readdirSync(tmp.dir())).toEqual(['report.json']);
  });
});

describe('writing several outputs all or none', () => {
  it('leaves every target as it was when a later output cannot be written', async () => {
    const first = tmp.write('a.json', '{"old": "a"}\n');
    const second = join(tmp.dir(), 'b.json');
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    await expect(
      writeAllOrNone(
        [
          { setting: 'report-json', path: first, content: { json: { fresh: true } } },
          { setting: 'report-md', path: second, content: { json: { cases: [cyclic] } } },
        ],
        () => undefined,
      ),
    ).rejects.toThrow(/circular/i);
    expect(readFileSync(first, 'utf8')).toBe('{"old": "a"}\n');
    expect(readdirSync(tmp.dir())).toEqual(['a.json']);
  });

  it('writes standard output directly, after the files are in place', async () => {
    const file = join(tmp.dir(), 'r.md');
    const printed: string[] = [];
    await writeAllOrNone(
      [
        { setting: 'report-json', path: '-', content: { json: { a: [1, 2] } } },
        { setting: 'report-md', path: file, content: { text: '# r\n' } },
      ],
      (text) => printed.push(text),
    );
    expect(printed.join('')).toBe(`${JSON.stringify({ a: [1, 2] }, null, 2)}\n`);
    expect(readFileSync(file, 'utf8')).toBe('# r\n');
  });

  it('never writes through a file planted under the temporary name', async () => {
    const target = join(tmp.dir(), 'r.json');
    const victim = tmp.write('victim.txt', 'keep me\n');
    symlinkSync(victim, `${target}.${process.pid}.tmp`);
    await writeAllOrNone([{ setting: 'report-json', path: target, content: { text: 'new\n' } }], () => undefined);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(readFileSync(target, 'utf8')).toBe('new\n');
  });
});
