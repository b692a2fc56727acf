import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prettyJsonPieces, writeJsonAtomically } from '../../src/shared/write-atomically.js';
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
