import { afterEach, describe, expect, it } from 'vitest';
import { loadResponsesFile } from '../../src/responses/file.js';
import { getResponses, type HttpSettings } from '../../src/responses/providers.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { useTempDir } from '../support/temp.js';
import { sendJson, startServer, type LocalServer } from './local-server.js';
import { makeCase, testAppCommand } from './helpers.js';

const kase = makeCase('c1', {
  sources: [
    { id: 'S1', text: 'Alpha is one.' },
    { id: 'S2', text: 'Gamma is three.' },
  ],
});
const expected = [
  { id: 'p1', text: 'Alpha is one.', source: 'S1', score: 1 },
  { id: 'p2', text: 'Gamma is three.', source: 'S2', score: 0.9 },
];
const perCase = (command: string) => ({ kind: 'command' as const, mode: 'per-case' as const, command });
const worker = (command: string) => ({ kind: 'command' as const, mode: 'worker' as const, command });

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('retrieved contexts through every provider', () => {
  it('reads contexts from a per-case command and from a worker', async () => {
    for (const settings of [perCase(testAppCommand('contexts')), worker(testAppCommand('worker-contexts'))]) {
      const [response] = (await getResponses([kase], settings)).responses;
      expect(response).toMatchObject({ id: 'c1', answer: 'Alpha is one. [p1]', contexts: expected });
      expect(response!.error).toBeUndefined();
    }
  });

  it('reads contexts from an HTTP endpoint: at "contexts" by default, at contexts-path otherwise', async () => {
    const plain = await startServer((req, res) => sendJson(res, 200, { id: 'c1', answer: 'Alpha is one [p1].', contexts: expected }));
    const nested = await startServer((req, res) => sendJson(res, 200, { output: { text: 'Alpha is one [p1].' }, retrieval: { hits: expected } }));
    servers.push(plain, nested);
    const http = (endpoint: string, extra: Partial<HttpSettings> = {}): HttpSettings => ({ kind: 'http', endpoint, ...extra });
    expect((await getResponses([kase], http(plain.url))).responses[0]).toMatchObject({ contexts: expected });
    const run = await getResponses([kase], http(nested.url, { answerPath: 'output.text', contextsPath: 'retrieval.hits' }));
    expect(run.responses[0]).toMatchObject({ answer: 'Alpha is one [p1].', contexts: expected });
    // A path that finds nothing leaves the response without contexts, as claims-path does.
    const elsewhere = await getResponses([kase], http(nested.url, { answerPath: 'output.text', contextsPath: 'retrieval.none' }));
    expect(elsewhere.responses[0]!.contexts).toBeUndefined();
  });

  it('records malformed contexts from an app as a case error that says what to fix', async () => {
    const messages: Record<string, RegExp> = {
      duplicate: /contexts\[1\]\.id "p1" repeats contexts\[0\]\.id; fix: give each passage/,
      'not-a-list': /"contexts" is a string of 13 characters, not a list; fix/,
      many: /"contexts" has 10000 passages, more than the 1000 allowed; fix: return only the passages/,
    };
    for (const [how, message] of Object.entries(messages)) {
      for (const settings of [perCase(testAppCommand('bad-contexts', how)), worker(testAppCommand('worker-bad-contexts', how))]) {
        const [response] = (await getResponses([kase], settings)).responses;
        expect(response!.error, `${how} via ${settings.mode}`).toMatch(message);
        expect(response!.contexts).toBeUndefined();
      }
    }
    // 10 MB in one passage is beyond the output limit of an app's response: the case fails.
    const [huge] = (await getResponses([kase], perCase(testAppCommand('bad-contexts', 'huge')))).responses;
    expect(huge!.error).toMatch(/^the app wrote more than 1048576 bytes for one response; it was killed; fix:/);
  });

  it('rejects malformed contexts over HTTP, naming the path', async () => {
    const server = await startServer((req, res) => sendJson(res, 200, { result: 'x', docs: [{ id: 'a', text: 'one' }, { id: 'a', text: 'two' }] }));
    servers.push(server);
    const run = await getResponses([kase], { kind: 'http', endpoint: server.url, answerPath: 'result', contextsPath: 'docs' });
    expect(run.responses[0]!.error).toMatch(/^the contexts at "docs" are invalid: contexts\[1\]\.id "a" repeats contexts\[0\]\.id/);
  });

  const tmp = useTempDir();
  it('rejects malformed contexts in a responses file with the file, line, pointer and fix', async () => {
    const line = (contexts: unknown) => JSON.stringify({ id: 'c1', answer: 'x', contexts });
    const cases: [unknown, RegExp, RegExp][] = [
      [[{ id: 'a', text: 'one' }, { id: 'a', text: 'two' }], /response "c1": contexts\[1\]\.id "a" repeats contexts\[0\]\.id/, /\/contexts\/1\/id/],
      ['not a list', /"contexts" must be array/, /\/contexts/],
      [Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}`, text: 't' })), /"contexts" is too long \(must NOT have more than 1000 items\)/, /\/contexts/],
      [[{ id: 'p', text: 'x'.repeat(150_000) }], /"text" is too long \(must NOT have more than 100000 characters\)/, /\/contexts\/0\/text/],
      // Longer than any field of the file may be: refused while reading, before the schema.
      [[{ id: 'p', text: 'x'.repeat(300_000) }], /a string of 300,000 characters, longer than any field allows/, /\/contexts\/0\/text/],
      [[{ id: 'p', text: 'x', rank: 1 }], /unknown key "rank"/, /\/contexts\/0\/rank/],
    ];
    for (const [contexts, message, pointer] of cases) {
      tmp.write('responses.jsonl', `{"id": "c0", "answer": "fine"}\n${line(contexts)}\n`);
      const error = await loadResponsesFile('responses.jsonl', tmp.dir()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      const { message: text, file, place, fix } = error as ConfigurationError;
      expect(text).toMatch(message);
      expect(file).toBe('responses.jsonl');
      expect(place).toMatch(/line 2/);
      expect(place).toMatch(pointer);
      expect(fix).toBeTruthy();
    }
  });

  it('normalises numeric ids to strings and keeps contexts in a responses file', async () => {
    tmp.write('responses.json', JSON.stringify([{ id: 'c1', answer: 'x', contexts: [{ id: 7, text: 'seven', source: 3, score: 0.5 }] }]));
    const [response] = await loadResponsesFile('responses.json', tmp.dir());
    expect(response!.contexts).toEqual([{ id: '7', text: 'seven', source: '3', score: 0.5 }]);
  });
});
