import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findLongString, locateInJson } from '../../src/shared/json-scan.js';
import type { PathSegment } from '../../src/shared/structured.js';

/** Where the yaml library (which reads JSON too) puts a value: the reference the walk must agree with. */
function yamlPosition(text: string, path: PathSegment[], key: boolean): { line: number; column: number } | null {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const parentPath = key ? path.slice(0, -1) : path;
  let node = doc.getIn(parentPath, true) as { range?: [number, number]; items?: { key: { value: unknown; range: [number, number] } }[] } | undefined;
  if (key) node = node?.items?.find((pair) => String(pair.key.value) === String(path[path.length - 1]))?.key;
  if (!node?.range) return null;
  const { line, col } = lc.linePos(node.range[0]);
  return { line, column: col };
}

const TEXT = `[
  {"id": "a\\"quoted\\\\", "sources": [ {"id": "S1", "text": "one"}, {"id": "S2", "text": "two \\u00e9"} ],
   "n": -1.5e3, "ok": true, "none": null, "empty": {}, "list": []},
  {"id":"b","sources":[],"nested":{"deep":[[1,[2,{"x":"y"}]]]}}
]`;

describe('walking JSON text without parsing it', () => {
  const paths: [PathSegment[], boolean][] = [
    [[0], false],
    [[0, 'id'], false],
    [[0, 'id'], true],
    [[0, 'sources', 1, 'text'], false],
    [[0, 'sources', 1, 'id'], true],
    [[0, 'n'], false],
    [[0, 'none'], false],
    [[0, 'empty'], false],
    [[0, 'list'], false],
    [[1, 'sources'], false],
    [[1, 'nested', 'deep', 0, 1, 1, 'x'], false],
    [[1, 'nested', 'deep', 0, 1, 1, 'x'], true],
  ];
  for (const [path, key] of paths) {
    it(`finds ${JSON.stringify(path)}${key ? ' (its key)' : ''} where the yaml parser does`, () => {
      expect(locateInJson(TEXT, path, key)).toEqual(yamlPosition(TEXT, path, key));
    });
  }

  it('stands in the nearest ancestor for a path that is not there', () => {
    expect(locateInJson(TEXT, [0, 'sources', 7], false)).toEqual(yamlPosition(TEXT, [0, 'sources'], false));
  });

  it('counts lines from the first line it is given (JSON Lines)', () => {
    expect(locateInJson('{"a": {"b": 1}}', ['a', 'b'], false, 40)).toEqual({ line: 40, column: 13 });
  });

  it('finds the first string over the limit, by its decoded length', () => {
    const long = JSON.stringify({ short: 'x', items: ['ok', 'y'.repeat(101)] });
    expect(findLongString(long, 100)).toEqual({ path: ['items', 1], position: { line: 1, column: long.indexOf('"yyy') + 1 }, length: 101 });
    // 120 characters of text, 60 characters once the escapes are read.
    expect(findLongString(JSON.stringify({ a: '\n'.repeat(60) }).padEnd(130), 100)).toBeNull();
    expect(findLongString(JSON.stringify({ ['k'.repeat(150)]: 1 }), 100)?.path).toEqual(['k'.repeat(150)]);
  });
});
