import { describe, expect, it } from 'vitest';
import { loadGoldenSet } from '../../src/golden/load-golden-set.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const tmp = useTempDir();

async function loadError(inputs: string[], limits?: Parameters<typeof loadGoldenSet>[2]): Promise<ConfigurationError> {
  const error = await loadGoldenSet(inputs, tmp.dir(), limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

const yamlCase = (id: string) => `- id: ${id}
  category: legal
  question: How long is the notice period?
  sources:
    - id: S1
      text: |
        Either party may end this agreement with 60 days' written notice.

        Notice must be sent by registered mail.
  expected_facts:
    - text: The notice period is 60 days.
      sources: [S1]
`;

describe('loadGoldenSet', () => {
  it('reads JSON, JSON Lines and YAML from a directory, sorted by id, with content hashes', async () => {
    tmp.write('set/a.json', JSON.stringify([goldenCase('b-1'), goldenCase('a-1')]));
    tmp.write('set/nested/b.jsonl', `${JSON.stringify(goldenCase('c-1'))}\n\n${JSON.stringify(goldenCase('d-1', { expect: 'abstain' }))}\n`);
    tmp.write('set/c.yaml', yamlCase('e-1'));
    tmp.write('set/readme.txt', 'not a case');
    const set = await loadGoldenSet(['set'], tmp.dir());
    expect(set.cases.map((c) => c.id)).toEqual(['a-1', 'b-1', 'c-1', 'd-1', 'e-1']);
    expect(set.files).toEqual(['set/a.json', 'set/c.yaml', 'set/nested/b.jsonl']);
    const e1 = set.cases[4]!;
    expect(e1.expectedFacts).toEqual([{ text: 'The notice period is 60 days.', sources: ['S1'] }]);
    expect(e1.expect).toBe('answer');
    expect(e1.origin).toEqual({ file: 'set/c.yaml', line: 1 });
    expect(set.cases[3]!.expect).toBe('abstain');
    expect(set.cases[3]!.origin.line).toBe(3);
    expect(set.hash).toMatch(/^[0-9a-f]{64}$/);
    const again = await loadGoldenSet(['set'], tmp.dir());
    expect(again.hash).toBe(set.hash);
  });

  it('accepts globs and a UTF-8 byte-order mark', async () => {
    tmp.write('g/one.json', '\uFEFF' + JSON.stringify(goldenCase('x-1')));
    tmp.write('g/two.yml', '\uFEFF' + yamlCase('x-2'));
    const set = await loadGoldenSet(['g/*.{json,yml}'], tmp.dir());
    expect(set.cases.map((c) => c.id)).toEqual(['x-1', 'x-2']);
  });

  it('gives the line and column of malformed JSON', async () => {
    tmp.write('bad.json', '[\n  {"id": "a",\n   "question": "q"\n   "sources": []}\n]');
    const error = await loadError(['bad.json']);
    expect(error.message).toMatch(/^bad\.json: line 4, column \d+: invalid JSON/);
    expect(error.fix).toMatch(/comma/);
  });

  it('gives the line and column of malformed YAML', async () => {
    tmp.write('bad.yaml', '- id: a\n  question: [unclosed\n  sources: x\n');
    const error = await loadError(['bad.yaml']);
    expect(error.message).toMatch(/^bad\.yaml: line \d+, column \d+: invalid YAML/);
  });

  it('names the file, line, column, JSON pointer and a fix for a typo in a key', async () => {
    tmp.write('typo.yaml', yamlCase('t-1').replace('  question:', '  questoin:'));
    const error = await loadError(['typo.yaml']);
    expect(error.file).toBe('typo.yaml');
    expect(error.place).toBe('line 3, column 3 (/0/questoin)');
    expect(error.message).toContain('unknown key "questoin"');
    expect(error.fix).toContain('did you mean "question"?');
  });

  it('reports a wrong type at its place in a JSON file', async () => {
    tmp.write('types.json', JSON.stringify([goldenCase('a'), goldenCase('b', { sources: [{ id: 'S1', text: 42 }] })], null, 2));
    const error = await loadError(['types.json']);
    expect(error.place).toMatch(/^line \d+, column \d+ \(\/1\/sources\/0\/text\)$/);
    expect(error.message).toContain('"text" must be string');
  });

  it('reports a missing required key', async () => {
    const { question: _q, ...withoutQuestion } = goldenCase('m-1');
    tmp.write('missing.jsonl', JSON.stringify(withoutQuestion) + '\n');
    const error = await loadError(['missing.jsonl']);
    expect(error.message).toContain('missing "question"');
    expect(error.place).toContain('line 1');
  });

  it('refuses duplicate ids across files, naming both places', async () => {
    tmp.write('d/one.json', JSON.stringify([goldenCase('dup')]));
    tmp.write('d/two.yaml', yamlCase('dup'));
    const error = await loadError(['d']);
    expect(error.message).toContain('duplicate case id "dup"');
    expect(error.message).toContain('d/one.json');
    expect(error.file).toBe('d/two.yaml');
  });

  it('refuses an expected fact that names a source the case does not have', async () => {
    tmp.write('src.yaml', yamlCase('s-1').replace('sources: [S1]', 'sources: [S2]'));
    const error = await loadError(['src.yaml']);
    expect(error.message).toContain('refers to source "S2"');
    expect(error.fix).toContain('S1');
  });

  it('refuses two sources with the same id in one case', async () => {
    const c = goldenCase('s-2', { sources: [{ id: 'S1', text: 'a' }, { id: 'S1', text: 'b' }] });
    tmp.write('twice.json', JSON.stringify(c));
    const error = await loadError(['twice.json']);
    expect(error.message).toContain('two sources with id "S1"');
  });

  it('stops a YAML alias bomb', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) {
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    tmp.write('bomb.yaml', bomb.join('\n') + '\n');
    const error = await loadError(['bomb.yaml']);
    expect(error.message).toContain('aliases expand too far');
  });

  it('refuses a self-referencing anchor', async () => {
    tmp.write('self.yaml', '- &loop\n  id: a\n  question: q\n  sources: *loop\n');
    const error = await loadError(['self.yaml']);
    expect(error.message).toContain('refers to itself');
  });

  it('treats __proto__ as an unknown key and pollutes nothing', async () => {
    tmp.write('proto.json', `[${JSON.stringify(goldenCase('p-1')).slice(0, -1)}, "__proto__": {"polluted": true}}]`);
    tmp.write('proto.yaml', yamlCase('p-2') + '  __proto__:\n    polluted: true\n');
    for (const file of ['proto.json', 'proto.yaml']) {
      const error = await loadError([file]);
      expect(error.message).toContain('unknown key "__proto__"');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an empty golden set', async () => {
    tmp.write('empty.json', '[]');
    const error = await loadError(['empty.json']);
    expect(error.message).toContain('the golden set is empty');
  });

  it('refuses a file over the size cap before reading it', async () => {
    tmp.write('big.json', JSON.stringify([goldenCase('a')]) + ' '.repeat(5000));
    const error = await loadError(['big.json'], { maxFileBytes: 1024, maxCases: 10, maxAliasCount: 100, maxErrors: 20 });
    expect(error.message).toMatch(/big\.json: the golden-set file is 5\.\d KiB, over the 1\.0 KiB limit/);
  });

  it('refuses a path or glob that matches nothing', async () => {
    expect((await loadError(['nope'])).message).toContain('does not exist');
    tmp.write('x/readme.md', '#');
    expect((await loadError(['x/*.json'])).message).toContain('matches no');
  });

  it('lists several problems at once', async () => {
    tmp.write('many.jsonl', [goldenCase('a', { category: 7 }), goldenCase('b', { expect: 'maybe' })].map((c) => JSON.stringify(c)).join('\n'));
    const error = await loadError(['many.jsonl']);
    expect(error.message).toContain('2 problems found');
    expect(error.message).toContain('many.jsonl: line 1');
    expect(error.message).toContain('many.jsonl: line 2');
    expect(error.message).toContain('must be one of "answer", "abstain"');
  });

  describe('JSON Lines, parsed line by line', () => {
    const line = (c: Record<string, unknown>): string => JSON.stringify(c);

    it('makes a syntax error on a later line the file\'s only problem, as a whole-file parse would', async () => {
      tmp.write('set.jsonl', [line(goldenCase('a')), line(goldenCase('b', { category: 7 })), line(goldenCase('c')), '{"id": "d",'].join('\n'));
      const error = await loadError(['set.jsonl']);
      expect(error.message).toMatch(/^set\.jsonl: line 4, column \d+: invalid JSON/);
      expect(error.message).not.toContain('problems found');
    });

    it('gives back the ids of a file with a syntax error: no duplicate is reported against them', async () => {
      tmp.write('one.jsonl', [line(goldenCase('shared')), 'not json'].join('\n'));
      tmp.write('two.jsonl', line(goldenCase('shared', { category: 7 })));
      const error = await loadError(['one.jsonl', 'two.jsonl']);
      expect(error.message).toContain('2 problems found');
      expect(error.message).toContain('one.jsonl: line 2');
      expect(error.message).toContain('two.jsonl: line 1');
      expect(error.message).not.toContain('duplicate');
    });

    it('still finds a syntax error after the error limit is reached in the same file', async () => {
      const bad = ['a', 'b', 'c'].map((id) => line(goldenCase(id, { category: 7 })));
      tmp.write('set.jsonl', [...bad, '{'].join('\n'));
      tmp.write('z.jsonl', line(goldenCase('z', { expect: 'maybe' })));
      const error = await loadError(['set.jsonl', 'z.jsonl'], { maxFileBytes: 1 << 20, maxCases: 100, maxAliasCount: 100, maxErrors: 2 });
      // As parsed whole: one problem for set.jsonl (the syntax), then z.jsonl's.
      expect(error.message).toContain('2 problems found');
      expect(error.message).toContain('set.jsonl: line 4');
      expect(error.message).toContain('z.jsonl: line 1');
    });

    it('stops at the error limit when the rest of the file is well formed', async () => {
      const bad = ['a', 'b', 'c'].map((id) => line(goldenCase(id, { category: 7 })));
      tmp.write('set.jsonl', bad.join('\n'));
      tmp.write('z.jsonl', line(goldenCase('z', { expect: 'maybe' })));
      const error = await loadError(['set.jsonl', 'z.jsonl'], { maxFileBytes: 1 << 20, maxCases: 100, maxAliasCount: 100, maxErrors: 2 });
      expect(error.message).toContain('2 problems found');
      expect(error.message).toContain('set.jsonl: line 2');
      expect(error.message).not.toContain('z.jsonl');
    });
  });
});

describe('cases judged against what the app retrieves', () => {
  it('reads a case without sources, with the documents a retriever should find', async () => {
    tmp.write(
      'set.yaml',
      `- id: r-1
  question: How long is the notice period?
  expected_facts: [The notice period is 60 days.]
  forbidden: [The notice period is 30 days.]
  relevant: [contract.md, contract.md, annex.md]
`,
    );
    const [kase] = (await loadGoldenSet(['set.yaml'], tmp.dir())).cases;
    expect(kase).toMatchObject({ id: 'r-1', sources: [], relevant: ['contract.md', 'annex.md'], expectedFacts: [{ text: 'The notice period is 60 days.' }] });
  });

  it('keeps the content hash of a case written without relevant ids', async () => {
    tmp.write('a.json', JSON.stringify(goldenCase('h-1')));
    tmp.write('b.json', JSON.stringify(goldenCase('h-2', { relevant: ['S1'] })));
    const [plain, withRelevant] = (await loadGoldenSet(['a.json', 'b.json'], tmp.dir())).cases;
    expect(plain!.relevant).toBeUndefined();
    const { createHash } = await import('node:crypto');
    const c = plain!;
    const before = createHash('sha256').update(JSON.stringify([c.id, c.category, c.question, c.sources, c.expectedFacts, c.forbidden, c.expect])).digest('hex');
    expect(c.contentHash).toBe(before);
    expect(withRelevant!.relevant).toEqual(['S1']);
  });

  it('says so when a fact names a source that a case without sources cannot have', async () => {
    tmp.write('set.json', JSON.stringify({ id: 'x-1', question: 'q?', expected_facts: [{ text: 'A fact.', sources: ['S1'] }] }));
    const error = await loadError(['set.json']);
    expect(error.message).toMatch(/expected fact refers to source "S1", which case "x-1" does not have/);
    expect(error.fix).toMatch(/this case has no sources; drop the fact's "sources", or list the documents a retriever should find in "relevant"/);
    expect(error.place).toMatch(/\/expected_facts\/0\/sources\/0/);
  });
});
