/**
 * Hostile inputs, one row each: what a careless or malicious golden set, responses file,
 * settings file, coverage report, shard report, output path or app can throw at factgate,
 * and what factgate must answer (the exit status and the words that name the place and the fix).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HostileCase {
  kind: string;
  name: string;
  /** Files written in the case's folder before the run (they must be left as they are). */
  files?: Record<string, string | Buffer>;
  /** Other things to make: folders, FIFOs, links. */
  setup?: (dir: string) => void;
  args: string[];
  exit: 0 | 1 | 2;
  /** Each must appear in what factgate printed: the file, the place, the fix. */
  says: (string | RegExp)[];
  /** Paths the run may create (relative to the folder). */
  creates?: string[];
  /**
   * Run as a user without root's power to write anywhere: as root, the CLI is started as
   * `nobody` (setpriv), so a folder's permissions mean what they mean to a user.
   */
  unprivileged?: boolean;
}

const CASE = { id: 'c1', question: 'What is the maximum daily dose?', sources: [{ id: 'S1', text: 'Adults should not take more than 3,000 mg in 24 hours.' }] };
const GOOD_ANSWER = 'Adults should not take more than 3,000 mg in 24 hours [S1].';
const GOLDEN = JSON.stringify([CASE]);
const RESPONSES = JSON.stringify([{ id: 'c1', answer: GOOD_ANSWER }]);
const YAML_CASE = 'id: c1\nquestion: What is the maximum daily dose?\nsources:\n  - id: S1\n    text: Adults should not take more than 3,000 mg in 24 hours.\n';

/** `factgate run` on the folder's golden.json and responses.json, with extra flags. */
const run = (...extra: string[]): string[] => ['run', '--golden-set', 'golden.json', '--responses', 'responses.json', ...extra];
/** `factgate run` on another golden-set file. */
const runSet = (file: string, ...extra: string[]): string[] => ['run', '--golden-set', file, '--responses', 'responses.json', ...extra];
const base = (extra: Record<string, string | Buffer> = {}): Record<string, string | Buffer> => ({ 'golden.json': GOLDEN, 'responses.json': RESPONSES, ...extra });

const utf16le = (text: string, bom = true): Buffer => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string, bom = true): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le]);
};
const utf32le = (text: string): Buffer => {
  const out = Buffer.alloc(4 + text.length * 4);
  out.writeUInt32LE(0xfeff, 0);
  [...text].forEach((c, i) => out.writeUInt32LE(c.codePointAt(0)!, 4 + i * 4));
  return out;
};
const withBytes = (text: string, marker: string, bytes: number[]): Buffer => {
  const [before, after] = text.split(marker) as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
};
const mkfifoSync = (path: string): void => void spawnSync('mkfifo', [path], { stdio: 'ignore' });
const caseWith = (extra: Record<string, unknown>): string => JSON.stringify([{ ...CASE, ...extra }]);

const COBERTURA = (lineRate: string): string =>
  `<?xml version="1.0" ?>\n<coverage line-rate="${lineRate}" branch-rate="0" version="7.4" timestamp="1" lines-valid="1" lines-covered="1" branches-valid="0" branches-covered="0" complexity="0">\n<packages><package name="p" line-rate="1" branch-rate="0" complexity="0"><classes><class name="a.py" filename="a.py" line-rate="1" branch-rate="0" complexity="0"><methods/><lines><line number="1" hits="1"/></lines></class></classes></package></packages>\n</coverage>\n`;

const golden: HostileCase[] = [
  { kind: 'golden set', name: 'a JSON syntax error just before a ::error:: line', files: base({ 'golden.json': '[{"id": "c1",\n::error::forged\n}]' }), args: run(), exit: 2, says: ['golden.json', 'line 2', 'fix:'] },
  { kind: 'golden set', name: 'an unknown key whose name carries a newline and ::error::', files: base({ 'golden.json': caseWith({ 'qu\n::error::forged': 1 }) }), args: run(), exit: 2, says: ['golden.json', 'unknown key', 'fix:'] },
  { kind: 'golden set', name: 'an unknown key with a carriage return and ::warning::', files: base({ 'golden.json': caseWith({ 'x\r::warning::forged': 1 }) }), args: run(), exit: 2, says: ['golden.json', 'unknown key', 'fix:'] },
  { kind: 'golden set', name: 'an unknown key with the old ##[error] form', files: base({ 'golden.json': caseWith({ '\n##[error]forged': 1 }) }), args: run(), exit: 2, says: ['golden.json', 'unknown key', 'fix:'] },
  { kind: 'golden set', name: 'an unknown key with ::add-mask:: after white space', files: base({ 'golden.json': caseWith({ '\n   ::add-mask::x': 1 }) }), args: run(), exit: 2, says: ['golden.json', 'unknown key', 'fix:'] },
  { kind: 'golden set', name: 'an unknown key with ::stop-commands::', files: base({ 'golden.json': caseWith({ '\n::stop-commands::tok': 1 }) }), args: run(), exit: 2, says: ['golden.json', 'fix:'] },
  { kind: 'golden set', name: 'an unknown key with a bidirectional override', files: base({ 'golden.json': caseWith({ '\u202E::error::x': 1 }) }), args: run(), exit: 2, says: ['golden.json', 'unknown key', 'fix:'] },
  { kind: 'golden set', name: 'an unknown key with terminal escapes', files: base({ 'golden.json': caseWith({ '\u001b]0;title\u0007\u001b[2J': 1 }) }), args: run(), exit: 2, says: ['golden.json', 'unknown key', 'fix:'] },
  { kind: 'golden set', name: 'an id with a newline and ::error::', files: base({ 'golden.json': caseWith({ id: 'a\n::error::x' }) }), args: run(), exit: 2, says: ['golden.json', '/0/id', 'start with a letter or a digit'] },
  { kind: 'golden set', name: 'a file name with a newline and ::error::', files: { 'g/evil\n::error::name.json': '{', 'responses.json': RESPONSES }, args: runSet('g'), exit: 2, says: ['name.json', 'line 1', 'fix:'] },
  { kind: 'golden set', name: 'a file name with ::error:: and a duplicate id', files: { 'g/a.json': GOLDEN, 'g/\n::error::b.json': GOLDEN, 'responses.json': RESPONSES }, args: runSet('g'), exit: 2, says: ['duplicate case id "c1"', 'fix:'] },
  { kind: 'golden set', name: 'a YAML key that carries ::error::', files: base({ 'g.yaml': `${YAML_CASE}"\\n::error::forged": 1\n` }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'unknown key', 'fix:'] },

  { kind: 'encoding', name: 'UTF-16LE with a byte-order mark', files: base({ 'golden.json': utf16le(GOLDEN) }), args: run(), exit: 2, says: ['golden.json', 'UTF-16LE', 'save it as UTF-8'] },
  { kind: 'encoding', name: 'UTF-16BE with a byte-order mark', files: base({ 'golden.json': utf16be(GOLDEN) }), args: run(), exit: 2, says: ['golden.json', 'UTF-16BE', 'save it as UTF-8'] },
  { kind: 'encoding', name: 'UTF-16LE without a mark', files: base({ 'golden.json': utf16le(GOLDEN, false) }), args: run(), exit: 2, says: ['golden.json', 'UTF-16LE', 'save it as UTF-8'] },
  { kind: 'encoding', name: 'UTF-16BE without a mark', files: base({ 'golden.json': utf16be(GOLDEN, false) }), args: run(), exit: 2, says: ['golden.json', 'UTF-16BE', 'save it as UTF-8'] },
  { kind: 'encoding', name: 'UTF-32LE', files: base({ 'golden.json': utf32le(GOLDEN) }), args: run(), exit: 2, says: ['golden.json', 'UTF-32LE', 'save it as UTF-8'] },
  { kind: 'encoding', name: 'a UTF-16 YAML file', files: base({ 'g.yaml': utf16le(YAML_CASE) }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'UTF-16LE', 'save it as UTF-8'] },
  { kind: 'encoding', name: 'a raw NUL byte in a YAML string', files: base({ 'g.yaml': withBytes(YAML_CASE, 'maximum', [0x6d, 0x00, 0x61]) }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'line 2', 'NUL byte', 'fix:'] },
  { kind: 'encoding', name: 'a raw NUL byte in a JSON string', files: base({ 'golden.json': withBytes(GOLDEN, 'maximum', [0x00]) }), args: run(), exit: 2, says: ['golden.json', 'line 1', 'NUL byte', 'fix:'] },
  { kind: 'encoding', name: 'a raw NUL byte on the second line of JSON Lines', files: base({ 'g.jsonl': Buffer.concat([Buffer.from(`${JSON.stringify(CASE)}\n{"id":"c2`), Buffer.from([0]), Buffer.from('"}\n')]) }), args: runSet('g.jsonl'), exit: 2, says: ['g.jsonl', 'line 2', 'NUL byte'] },
  { kind: 'encoding', name: 'a Latin-1 byte in YAML', files: base({ 'g.yaml': withBytes(YAML_CASE, 'dose', [0x64, 0x6f, 0x73, 0xe9]) }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'line 2', 'byte 0xe9 is not UTF-8', 'WINDOWS-1252'] },
  { kind: 'encoding', name: 'a lone continuation byte', files: base({ 'golden.json': withBytes(GOLDEN, 'dose', [0x80]) }), args: run(), exit: 2, says: ['golden.json', 'byte 0x80 is not UTF-8'] },
  { kind: 'encoding', name: 'an overlong encoding of "/"', files: base({ 'golden.json': withBytes(GOLDEN, 'dose', [0xc0, 0xaf]) }), args: run(), exit: 2, says: ['golden.json', 'byte 0xc0 is not UTF-8'] },
  { kind: 'encoding', name: 'a UTF-8-encoded surrogate', files: base({ 'golden.json': withBytes(GOLDEN, 'dose', [0xed, 0xa0, 0x80]) }), args: run(), exit: 2, says: ['golden.json', 'byte 0xed is not UTF-8'] },
  { kind: 'encoding', name: 'a sequence cut off at the end of the file', files: base({ 'g.yaml': Buffer.concat([Buffer.from(YAML_CASE), Buffer.from([0x23, 0xf0, 0x9f])]) }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'line 6', 'not UTF-8'] },
  { kind: 'encoding', name: 'a NUL written as an escape is data, not an error', files: base({ 'golden.json': caseWith({ question: 'What is the maximum\\u0000 daily dose?' }).replace('\\\\u0000', '\\u0000') }), args: run(), exit: 0, says: ['PASSED'] },
  { kind: 'encoding', name: 'a UTF-8 byte-order mark is accepted', files: base({ 'golden.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOLDEN)]) }), args: run(), exit: 0, says: ['PASSED'] },

  { kind: 'over-long', name: 'a 600,000-character source text in JSON', files: base({ 'golden.json': JSON.stringify([{ ...CASE, sources: [{ id: 'S1', text: 'a'.repeat(600_000) }] }]) }), args: run(), exit: 2, says: ['golden.json', 'line 1', '/0/sources/0/text', '600,000 characters', 'fix:'] },
  { kind: 'over-long', name: 'an over-long source text on line 3 of JSON Lines', files: base({ 'g.jsonl': `${JSON.stringify(CASE)}\n\n${JSON.stringify({ ...CASE, id: 'c2', sources: [{ id: 'S1', text: 'b'.repeat(700_000) }] })}\n` }), args: runSet('g.jsonl'), exit: 2, says: ['g.jsonl', 'line 3', '/sources/0/text', 'fix:'] },
  { kind: 'over-long', name: 'an over-long YAML scalar', files: base({ 'g.yaml': `${YAML_CASE}category: ${'c'.repeat(600_000)}\n` }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'line 6', '/category', 'fix:'] },
  { kind: 'over-long', name: 'an over-long key', files: base({ 'golden.json': caseWith({ ['k'.repeat(600_000)]: 1 }) }), args: run(), exit: 2, says: ['golden.json', 'line 1', 'longer than any field allows'] },
  { kind: 'over-long', name: 'a string whose text is long but whose value is not: the schema rules on it', files: base({ 'golden.json': caseWith({ forbidden: ['\\n'.repeat(300_000)] }).replace(/\\\\n/g, '\\n') }), args: run(), exit: 2, says: ['golden.json', '/0/forbidden/0', 'too long', 'fix:'] },
  { kind: 'over-long', name: 'a question over its own limit', files: base({ 'golden.json': caseWith({ question: `${'q'.repeat(9000)}?` }) }), args: run(), exit: 2, says: ['golden.json', '/0/question', 'too long', 'fix:'] },
  { kind: 'over-long', name: 'an id over its limit', files: base({ 'golden.json': caseWith({ id: 'i'.repeat(200) }) }), args: run(), exit: 2, says: ['golden.json', '/0/id', 'too long'] },
  { kind: 'over-long', name: 'an over-long answer in the responses file', files: base({ 'responses.json': JSON.stringify([{ id: 'c1', answer: 'a'.repeat(250_000) }]) }), args: run(), exit: 2, says: ['responses.json', '/0/answer', '250,000 characters', 'fix:'] },

  { kind: 'shape', name: 'an empty YAML file', files: base({ 'g.yaml': '' }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'holds no case', 'fix:'] },
  { kind: 'shape', name: 'a YAML file of comments only', files: base({ 'g.yaml': '# nothing yet\n' }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'holds no case', 'fix:'] },
  { kind: 'shape', name: 'a JSON null', files: base({ 'golden.json': 'null' }), args: run(), exit: 2, says: ['golden.json', 'holds no case', 'fix:'] },
  { kind: 'shape', name: 'an empty JSON file', files: base({ 'golden.json': '' }), args: run(), exit: 2, says: ['golden.json', 'the file is empty', 'fix:'] },
  { kind: 'shape', name: 'a JSON file of white space', files: base({ 'golden.json': ' \n\t\n' }), args: run(), exit: 2, says: ['golden.json', 'the file is empty'] },
  { kind: 'shape', name: '20,000-deep YAML flow lists', files: base({ 'g.yaml': `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'nests too deeply', 'flatten'] },
  { kind: 'shape', name: '100,000-deep JSON arrays', files: base({ 'golden.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }), args: run(), exit: 2, says: ['golden.json', '/0', 'must be object'] },
  { kind: 'shape', name: 'a question of .nan', files: base({ 'g.yaml': YAML_CASE.replace('question: What is the maximum daily dose?', 'question: .nan') }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'line 2', '.nan, not a number', 'quote it'] },
  { kind: 'shape', name: 'a question of .inf', files: base({ 'g.yaml': YAML_CASE.replace('question: What is the maximum daily dose?', 'question: -.inf') }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', '/question', '.inf'] },
  { kind: 'shape', name: 'an id that starts with an underscore', files: base({ 'golden.json': caseWith({ id: '_c1' }) }), args: run(), exit: 2, says: ['golden.json', '/0/id', 'start with a letter or a digit'] },
  { kind: 'shape', name: 'an id with a space', files: base({ 'golden.json': caseWith({ id: 'c 1' }) }), args: run(), exit: 2, says: ['golden.json', '/0/id', 'not allowed'] },
  { kind: 'shape', name: 'the same id in two files', files: { 'g/a.json': GOLDEN, 'g/b.json': GOLDEN, 'responses.json': RESPONSES }, args: runSet('g'), exit: 2, says: ['duplicate case id "c1"', 'first defined at', 'fix:'] },
  { kind: 'shape', name: 'two sources with one id', files: base({ 'golden.json': caseWith({ sources: [CASE.sources[0], CASE.sources[0]] }) }), args: run(), exit: 2, says: ['golden.json', '/0/sources/1/id', 'two sources'] },
  { kind: 'shape', name: 'an expected fact citing a source the case lacks', files: base({ 'golden.json': caseWith({ expected_facts: [{ text: 'x', sources: ['S9'] }] }) }), args: run(), exit: 2, says: ['golden.json', '/0/expected_facts/0/sources/0', 'S9'] },
  { kind: 'shape', name: 'a self-referencing YAML anchor', files: base({ 'g.yaml': `${YAML_CASE}forbidden: &a [*a]\n` }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'fix:'] },
  { kind: 'shape', name: 'a billion laughs of YAML aliases', files: base({ 'g.yaml': `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n` }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'alias', 'fix:'] },
  { kind: 'shape', name: 'a __proto__ key', files: base({ 'golden.json': GOLDEN.replace('"id"', '"__proto__":{"polluted":1},"id"') }), args: run(), exit: 2, says: ['golden.json', 'unknown key "__proto__"'] },
  { kind: 'shape', name: 'a missing question', files: base({ 'golden.json': JSON.stringify([{ id: 'c1', sources: CASE.sources }]) }), args: run(), exit: 2, says: ['golden.json', 'missing "question"', 'fix:'] },
  { kind: 'shape', name: 'no sources', files: base({ 'golden.json': caseWith({ sources: [] }) }), args: run(), exit: 2, says: ['golden.json', '/0/sources', 'fix:'] },
  { kind: 'shape', name: 'an unknown expect', files: base({ 'golden.json': caseWith({ expect: 'maybe' }) }), args: run(), exit: 2, says: ['golden.json', '/0/expect', 'one of'] },
  { kind: 'shape', name: 'a list of numbers', files: base({ 'golden.json': '[1, 2]' }), args: run(), exit: 2, says: ['golden.json', '/0', 'must be object'] },
  { kind: 'shape', name: 'a trailing comma', files: base({ 'golden.json': `${GOLDEN.slice(0, -1)},]` }), args: run(), exit: 2, says: ['golden.json', 'line 1', 'invalid JSON'] },
  { kind: 'shape', name: 'a duplicate YAML key', files: base({ 'g.yaml': `${YAML_CASE}id: c2\n` }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'line 6', 'repeated key'] },
  { kind: 'shape', name: 'a tab used for YAML indentation', files: base({ 'g.yaml': YAML_CASE.replace('  - id: S1', '\t- id: S1') }), args: runSet('g.yaml'), exit: 2, says: ['g.yaml', 'line 4', 'fix:'] },
];

const responses: HostileCase[] = [
  { kind: 'responses', name: 'a UTF-16 responses file', files: base({ 'responses.json': utf16le(RESPONSES) }), args: run(), exit: 2, says: ['responses.json', 'UTF-16LE', 'save it as UTF-8'] },
  { kind: 'responses', name: 'a raw NUL in an answer', files: base({ 'responses.json': withBytes(RESPONSES, 'Adults', [0x00]) }), args: run(), exit: 2, says: ['responses.json', 'line 1', 'NUL byte'] },
  { kind: 'responses', name: 'not JSON, just before a ::error:: line', files: base({ 'responses.json': '[{"id": "c1"\n::error::forged\n' }), args: run(), exit: 2, says: ['responses.json', 'line 2', 'fix:'] },
  { kind: 'responses', name: 'an unknown key with a newline and ::error::', files: base({ 'responses.json': JSON.stringify([{ id: 'c1', answer: GOOD_ANSWER, '\n::error::x': 1 }]) }), args: run(), exit: 2, says: ['responses.json', 'unknown key', 'fix:'] },
  { kind: 'responses', name: 'two answers for one case', files: base({ 'responses.json': JSON.stringify([{ id: 'c1', answer: GOOD_ANSWER }, { id: 'c1', answer: GOOD_ANSWER }]) }), args: run(), exit: 2, says: ['responses.json', 'two responses for case "c1"', 'fix:'] },
  { kind: 'responses', name: 'an answer that is a number', files: base({ 'responses.json': JSON.stringify([{ id: 'c1', answer: 7 }]) }), args: run(), exit: 2, says: ['responses.json', '/0/answer', 'must be string'] },
  { kind: 'responses', name: 'a Latin-1 responses file', files: base({ 'responses.json': withBytes(RESPONSES, 'Adults', [0xc9]) }), args: run(), exit: 2, says: ['responses.json', 'not UTF-8'] },
  { kind: 'responses', name: 'an answer of ::error:: lines', files: base({ 'responses.json': JSON.stringify([{ id: 'c1', answer: '::error::forged [S1].\n::add-mask::x\r::warning::y' }]) }), args: run(), exit: 1, says: ['FAILED'] },
];

const settings: HostileCase[] = [
  { kind: 'settings', name: 'an unknown key with a newline and ::error::', files: base({ 'factgate.yml': 'golden-set: golden.json\nresponses: responses.json\n"\\n::error::forged": 1\n' }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'fix:'] },
  { kind: 'settings', name: 'a file: endpoint', files: base({ 'factgate.yml': 'golden-set: golden.json\nendpoint: file:///etc/passwd\n' }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', '/endpoint', 'not file:', 'http://'] },
  { kind: 'settings', name: 'an ftp: endpoint', files: base({ 'factgate.yml': 'golden-set: golden.json\nendpoint: ftp://example.com/x\n' }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'not ftp:'] },
  { kind: 'settings', name: 'a file: endpoint flag', files: base(), args: ['run', '--golden-set', 'golden.json', '--endpoint', 'file:///etc/passwd'], exit: 2, says: ['endpoint', 'file:', 'fix:'] },
  { kind: 'settings', name: 'timeout-ms of .nan', files: base({ 'factgate.yml': 'golden-set: golden.json\nresponses: responses.json\ntimeout-ms: .nan\n' }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'timeout-ms', 'fix:'] },
  { kind: 'settings', name: 'a negative timeout-ms', files: base(), args: run('--timeout-ms', '-1'), exit: 2, says: ['timeout-ms', 'fix:'] },
  { kind: 'settings', name: 'a hexadecimal concurrency', files: base(), args: run('--concurrency', '0x10'), exit: 2, says: ['concurrency', 'fix:'] },
  { kind: 'settings', name: 'a misspelt policy', files: base(), args: run('--policy', 'strictt'), exit: 2, says: ['strictt', 'did you mean'] },
  { kind: 'settings', name: 'a citation pattern with a look-behind', files: base(), args: run('--citation-pattern', '(?<=x)\\[(S1)\\]'), exit: 2, says: ['citation-pattern', 'not a valid RE2 regular expression', 'fix:'] },
  { kind: 'settings', name: 'a citation pattern that is not a regular expression', files: base(), args: run('--citation-pattern', '(('), exit: 2, says: ['citation-pattern', 'fix:'] },
  { kind: 'settings', name: 'a citation pattern with nested quantifiers and a crafted answer', files: base({ 'responses.json': JSON.stringify([{ id: 'c1', answer: `Adults should not take more than 3,000 mg in 24 hours [${'a'.repeat(40_000)}!` }]) }), args: run('--citation-pattern', '\\[((a+)+)\\]'), exit: 1, says: ['FAILED'] },
  { kind: 'settings', name: 'a UTF-16 settings file', files: base({ 'factgate.yml': utf16le('golden-set: golden.json\n') }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'UTF-16LE'] },
  { kind: 'settings', name: 'a raw NUL in the settings file', files: base({ 'factgate.yml': withBytes('golden-set: golden.json\n', 'golden.json', [0x67, 0x00]) }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'line 1', 'NUL byte'] },
  { kind: 'settings', name: 'deeply nested settings', files: base({ 'factgate.yml': `golden-set: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'fix:'] },
  { kind: 'settings', name: 'a misspelt flag', files: base(), args: run('--report-jsn', 'r.json'), exit: 2, says: ['--report-jsn', 'did you mean --report-json'] },
  { kind: 'settings', name: 'a flag whose name carries ::error::', files: base(), args: run('--x\n::error::forged'), exit: 2, says: ['factgate run', 'fix:'] },
  { kind: 'settings', name: 'an unknown command that carries ::error::', args: ['\n::error::forged'], exit: 2, says: ['unknown command', 'fix:'] },
  { kind: 'settings', name: 'factgate coverage --help', args: ['coverage', '--help'], exit: 0, says: ['usage: factgate coverage'] },
];

const outputs: HostileCase[] = [
  { kind: 'output', name: 'report-json under a file', files: base({ blocker: 'keep\n' }), args: run('--report-json', 'blocker/r.json'), exit: 2, says: ['report-json', 'blocker is a file', 'fix:'] },
  { kind: 'output', name: 'report-json two folders under a file', files: base({ blocker: 'keep\n' }), args: run('--report-json', 'blocker/a/b/r.json'), exit: 2, says: ['report-json', 'blocker is a file'] },
  { kind: 'output', name: 'report-md naming a folder', files: base(), setup: (dir) => mkdirSync(join(dir, 'out')), args: run('--report-md', 'out'), exit: 2, says: ['report-md', 'the path is a folder', 'fix:'] },
  { kind: 'output', name: 'report-json naming a FIFO', files: base(), setup: (dir) => mkfifoSync(join(dir, 'pipe')), args: run('--report-json', 'pipe'), exit: 2, says: ['report-json', 'named pipe', 'fix:'] },
  { kind: 'output', name: 'report-json naming a link to another file', files: base({ victim: 'precious\n' }), setup: (dir) => symlinkSync(join(dir, 'victim'), join(dir, 'r.json')), args: run('--report-json', 'r.json'), exit: 2, says: ['report-json', 'symbolic link', 'fix:'] },
  { kind: 'output', name: 'report-md naming a dangling link', files: base(), setup: (dir) => symlinkSync(join(dir, 'nowhere'), join(dir, 'r.md')), args: run('--report-md', 'r.md'), exit: 2, says: ['report-md', 'symbolic link'] },
  { kind: 'output', name: 'report-json naming /dev/full', files: base(), args: run('--report-json', '/dev/full'), exit: 2, says: ['report-json', 'character device', 'fix:'] },
  { kind: 'output', name: 'both outputs naming one file', files: base(), args: run('--report-json', 'r.out', '--report-md', './r.out'), exit: 2, says: ['report-md and report-json both name', 'fix:'] },
  { kind: 'output', name: 'both outputs on standard output', files: base(), args: run('--report-json', '-', '--report-md', '/dev/stdout'), exit: 2, says: ['standard output', 'fix:'] },
  { kind: 'output', name: 'a good first output and a bad second one', files: base(), setup: (dir) => mkdirSync(join(dir, 'md')), args: run('--report-json', 'ok.json', '--report-md', 'md'), exit: 2, says: ['report-md', 'folder'] },
  { kind: 'output', name: 'an old report kept when the second output is bad', files: base({ 'old.json': '{"old": true}\n' }), setup: (dir) => mkfifoSync(join(dir, 'md')), args: run('--report-json', 'old.json', '--report-md', 'md'), exit: 2, says: ['report-md', 'named pipe'] },
  { kind: 'output', name: 'a bad output found before a slow app runs', files: base({ 'slow.mjs': 'setTimeout(() => {}, 60000);\n' }), setup: (dir) => mkdirSync(join(dir, 'out')), args: ['run', '--golden-set', 'golden.json', '--command', 'node slow.mjs', '--report-json', 'out'], exit: 2, says: ['report-json', 'folder'] },
  { kind: 'output', name: 'the report on standard output', files: base(), args: run('--report-json', '-'), exit: 0, says: ['"schemaVersion"', 'PASSED'] },
  { kind: 'output', name: 'a report in folders not made yet', files: base(), args: run('--report-json', 'new/deep/r.json'), exit: 0, says: ['PASSED'], creates: ['new', 'new/deep', 'new/deep/r.json'] },
  { kind: 'output', name: 'merge --out naming a folder', files: { 'a.json': '{}' }, setup: (dir) => mkdirSync(join(dir, 'out')), args: ['merge', 'a.json', '--out', 'out'], exit: 2, says: ['--out', 'folder'] },
  { kind: 'output', name: 'merge --out under a file', files: { 'a.json': '{}', blocker: '' }, args: ['merge', 'a.json', '--out', 'blocker/m.json'], exit: 2, says: ['--out', 'blocker is a file'] },
  { kind: 'output', name: 'merge --report-md on standard output with the JSON there too', files: { 'a.json': '{}' }, args: ['merge', 'a.json', '--report-md', '-'], exit: 2, says: ['standard output'] },
];

const coverage: HostileCase[] = [
  { kind: 'coverage', name: 'an LCOV path that starts with ::error::', files: { 'a.info': 'SF:::error::forged.py\nDA:1,1\nend_of_record\n' }, args: ['coverage', 'a.info'], exit: 0, says: ['forged.py'] },
  { kind: 'coverage', name: 'an LCOV path with a carriage return and ::error::', files: { 'a.info': 'SF:x\r::error::forged.py\nDA:1,1\nend_of_record\n' }, args: ['coverage', 'a.info'], exit: 2, says: ['a.info', 'line 1', 'fix:'] },
  { kind: 'coverage', name: 'an LCOV path with a newline in the table', files: { 'a.info': 'SF:x\n::warning::forged.py\nDA:1,1\nend_of_record\n' }, args: ['coverage', 'a.info'], exit: 2, says: ['a.info', 'fix:'] },
  { kind: 'coverage', name: 'a Cobertura line-rate of 0x1', files: { 'c.xml': COBERTURA('0x1') }, args: ['coverage', 'c.xml'], exit: 2, says: ['c.xml', 'line-rate', 'fix:'] },
  { kind: 'coverage', name: 'a Cobertura line-rate of -1', files: { 'c.xml': COBERTURA('-1') }, args: ['coverage', 'c.xml'], exit: 2, says: ['c.xml', 'not a rate between 0 and 1'] },
  { kind: 'coverage', name: 'a Cobertura line-rate of NaN means not declared', files: { 'c.xml': COBERTURA('NaN') }, args: ['coverage', 'c.xml'], exit: 0, says: ['declares'] },
  { kind: 'coverage', name: 'a missing report', args: ['coverage', 'nothing.xml'], exit: 2, says: ['nothing.xml', 'fix:'] },
  { kind: 'coverage', name: 'an unreadable report in a run', files: base({ 'c.xml': '<coverage' }), args: run('--coverage', 'c.xml'), exit: 1, says: ['c.xml', 'could not be read'] },
  { kind: 'coverage', name: 'a report of ::error:: lines', files: { 'c.xml': '::error::forged\n::add-mask::x\n' }, args: ['coverage', 'c.xml'], exit: 2, says: ['c.xml', 'fix:'] },
];

const merge: HostileCase[] = [
  { kind: 'merge', name: 'a shard report that is not JSON, before a ::error:: line', files: { 'a.json': '{\n::error::forged\n' }, args: ['merge', 'a.json'], exit: 2, says: ['a.json', 'fix:'] },
  { kind: 'merge', name: 'a UTF-16 shard report', files: { 'a.json': utf16le('{}') }, args: ['merge', 'a.json'], exit: 2, says: ['a.json', 'UTF-16LE'] },
  { kind: 'merge', name: 'a shard report with a raw NUL', files: { 'a.json': Buffer.from([0x7b, 0x00, 0x7d]) }, args: ['merge', 'a.json'], exit: 2, says: ['a.json', 'NUL byte'] },
  { kind: 'merge', name: 'a shard report that is a folder', setup: (dir) => mkdirSync(join(dir, 'a.json')), args: ['merge', 'a.json'], exit: 2, says: ['a.json', 'not a file'] },
];

/** A case whose answer and source take seconds to judge in full: 3,000 claims against 7,000 sentences. */
const SLOW_TO_JUDGE = {
  golden: JSON.stringify([CASE, { ...CASE, id: 'c2', sources: [{ id: 'S1', text: Array.from({ length: 7000 }, (_, i) => `Adults should not take more than ${i} mg on day ${i % 7}.`).join(' ') }] }]),
  responses: JSON.stringify([{ id: 'c1', answer: GOOD_ANSWER }, { id: 'c2', answer: Array.from({ length: 3000 }, (_, i) => `Adults should not take more than ${i} mg on day ${i % 5} [S1].`).join(' ') }]),
};

const judging: HostileCase[] = [
  { kind: 'judging', name: 'a case slower to judge than judge-budget-ms', files: { 'golden.json': SLOW_TO_JUDGE.golden, 'responses.json': SLOW_TO_JUDGE.responses }, args: run('--judge-budget-ms', '300'), exit: 1, says: ['c2 ran out of judging time', 'budget of 0.3 s (judge-budget-ms 300)', 'fix: shorten the answer or the sources', 'FAILED'] },
  { kind: 'judging', name: 'a judge-budget-ms of 0', files: base(), args: run('--judge-budget-ms', '0'), exit: 2, says: ['judge-budget-ms must be a whole number from 1', 'fix:'] },
  { kind: 'judging', name: 'a judge-budget-ms of .inf in factgate.yml', files: base({ 'factgate.yml': 'golden-set: golden.json\nresponses: responses.json\njudge-budget-ms: .inf\n' }), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'judge-budget-ms', 'fix:'] },
];

/** Permissions a user meets: run unprivileged, so they hold for root too. */
const permissions: HostileCase[] = [
  { kind: 'permissions', name: 'report-json in a folder the user cannot write', unprivileged: true, files: base(), setup: (dir) => lockedFolder(dir, 'locked', 0o555), args: run('--report-json', 'locked/r.json'), exit: 2, says: ['report-json', 'cannot write in', 'permission denied', 'fix:'] },
  { kind: 'permissions', name: 'report-md under a folder the user cannot search', unprivileged: true, files: base(), setup: (dir) => lockedFolder(dir, 'sealed', 0o666), args: run('--report-json', 'none', '--report-md', 'sealed/r.md'), exit: 2, says: ['report-md', 'cannot be searched (permission denied)', 'fix:'] },
  { kind: 'permissions', name: 'a golden set the user cannot read', unprivileged: true, files: base(), setup: (dir) => chmodSync(join(dir, 'golden.json'), 0o000), args: run('--report-json', 'none'), exit: 2, says: ['golden.json', 'permission denied', 'fix:'] },
  { kind: 'permissions', name: 'a settings file the user cannot read', unprivileged: true, files: base({ 'factgate.yml': 'golden-set: golden.json\nresponses: responses.json\nreport-json: none\n' }), setup: (dir) => chmodSync(join(dir, 'factgate.yml'), 0o000), args: ['run', '--config', 'factgate.yml'], exit: 2, says: ['factgate.yml', 'permission denied', 'fix:'] },
  { kind: 'permissions', name: 'a coverage report the user cannot read', unprivileged: true, files: base({ 'c.info': 'SF:a.py\nDA:1,1\nend_of_record\n' }), setup: (dir) => chmodSync(join(dir, 'c.info'), 0o000), args: ['coverage', 'c.info'], exit: 2, says: ['c.info', 'permission denied', 'fix:'] },
  { kind: 'permissions', name: 'a coverage report the user cannot read, in a run', unprivileged: true, files: base({ 'c.info': 'SF:a.py\nDA:1,1\nend_of_record\n' }), setup: (dir) => chmodSync(join(dir, 'c.info'), 0o000), args: run('--report-json', 'none', '--coverage', 'c.info'), exit: 1, says: ['c.info', 'permission denied'] },
  { kind: 'permissions', name: 'a shard report the user cannot read', unprivileged: true, files: { 'a.json': '{}' }, setup: (dir) => chmodSync(join(dir, 'a.json'), 0o000), args: ['merge', 'a.json', '--out', '-'], exit: 2, says: ['a.json', 'permission denied', 'fix:'] },
  { kind: 'permissions', name: 'a baseline report the user cannot read', unprivileged: true, files: base({ 'base.json': '{}' }), setup: (dir) => chmodSync(join(dir, 'base.json'), 0o000), args: run('--report-json', 'none', '--baseline', 'base.json'), exit: 1, says: ['base.json', 'permission denied'] },
  { kind: 'permissions', name: 'a responses file the user cannot read', unprivileged: true, files: base(), setup: (dir) => chmodSync(join(dir, 'responses.json'), 0o000), args: run('--report-json', 'none'), exit: 2, says: ['responses.json', 'permission denied', 'fix:'] },
];

function lockedFolder(dir: string, name: string, mode: number): void {
  mkdirSync(join(dir, name));
  chmodSync(join(dir, name), mode);
}

const apps: HostileCase[] = [
  {
    kind: 'app',
    name: 'a grandchild in a new session that holds stdout',
    files: base({ 'hold.sh': 'setsid sleep 120 &\nsleep 120\n' }),
    args: ['run', '--golden-set', 'golden.json', '--command', 'sh hold.sh', '--timeout-ms', '1000'],
    exit: 1,
    says: ['did not answer within 1 s'],
  },
  {
    kind: 'app',
    name: 'an app that prints ::error:: lines on stderr and fails',
    files: base({ 'app.mjs': "process.stderr.write('::error::forged\\n::add-mask::x\\n'); process.exit(1);\n" }),
    args: ['run', '--golden-set', 'golden.json', '--command', 'node app.mjs'],
    exit: 1,
    says: ['exited with code 1'],
  },
  {
    kind: 'app',
    name: 'an app whose answer carries ::error:: lines',
    files: base({ 'app.mjs': `process.stdout.write(JSON.stringify({ id: 'c1', answer: ${JSON.stringify('Adults may take 8,000 mg in 24 hours [S1].\n::error::forged [S1].\r::warning::x [S1].')} }));\n` }),
    args: ['run', '--golden-set', 'golden.json', '--command', 'node app.mjs'],
    exit: 1,
    says: ['FAILED'],
  },
  {
    kind: 'app',
    name: 'an app that floods stdout',
    files: base({ 'app.mjs': "process.stdout.write('x'.repeat(3 * 1024 * 1024));\n" }),
    args: ['run', '--golden-set', 'golden.json', '--command', 'node app.mjs'],
    exit: 1,
    says: ['wrote more than'],
  },
  {
    kind: 'app',
    name: 'an app that prints non-JSON starting with ::error::',
    files: base({ 'app.mjs': "process.stdout.write('::error::not json\\n');\n" }),
    args: ['run', '--golden-set', 'golden.json', '--command', 'node app.mjs'],
    exit: 1,
    says: ['fix:'],
  },
  {
    kind: 'app',
    name: 'an app whose answer is over the answer cap',
    files: base({ 'app.mjs': "process.stdout.write(JSON.stringify({ id: 'c1', answer: 'word '.repeat(60000) }));\n" }),
    args: ['run', '--golden-set', 'golden.json', '--command', 'node app.mjs'],
    exit: 1,
    says: ['300,000 characters, over the 200,000 factgate judges', 'fix:'],
  },
  {
    kind: 'app',
    name: 'a worker start-up allowance that is not a number',
    files: base(),
    args: ['run', '--golden-set', 'golden.json', '--command', 'node app.mjs', '--command-mode', 'worker', '--worker-start-timeout-ms', '1e3'],
    exit: 2,
    says: ['worker-start-timeout-ms', 'fix:'],
  },
  {
    kind: 'app',
    name: 'a worker that never starts, with no start-up allowance',
    files: base({ 'slow.mjs': 'setTimeout(() => {}, 60000);\n' }),
    args: ['run', '--golden-set', 'golden.json', '--command', 'node slow.mjs', '--command-mode', 'worker', '--worker-start-timeout-ms', '0', '--timeout-ms', '800'],
    exit: 1,
    says: ['did not answer within 0.8 s'],
  },
];

export const HOSTILE_CASES: HostileCase[] = [...golden, ...responses, ...settings, ...outputs, ...coverage, ...merge, ...apps, ...judging, ...permissions];

/** Writes a case's files into `dir`. */
export function prepare(kase: HostileCase, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(kase.files ?? {})) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  kase.setup?.(dir);
}
