import { afterEach, describe, expect, it } from 'vitest';
import { VerdictCache, loadVerdictCache, saveVerdictCache, withVerdictCache, type CacheFs } from '../../src/evaluate/judges/cache.js';
import { createLlmJudge, type LlmJudgeOptions } from '../../src/evaluate/judges/llm.js';
import { LLM_PROMPT_VERSION } from '../../src/evaluate/judges/llm-prompt.js';
import type { JudgeRequest } from '../../src/evaluate/types.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { completion, startChatServer, status, verdicts, type Reply } from './chat-server.js';

const SOURCE = { id: 'S1', text: 'The museum opens at 9 am. It is closed on Mondays.' };
const KEY = 'sk-test-0123456789abcdef';

function requests(...claims: string[]): JudgeRequest[] {
  return claims.map((claim, i) => ({ key: `k${i}`, question: 'When is the museum open?', claim, sources: [SOURCE] }));
}

const honest = verdicts((_id, claim) =>
  claim.includes('Monday')
    ? { verdict: 'contradicted', confidence: 0.9, source_id: 'S1', evidence: 'It is closed on Mondays.', reason: 'closed on Mondays' }
    : { verdict: 'supported', confidence: 0.8, source_id: 'S1', evidence: 'The museum opens at 9 am.', reason: 'stated' },
);

let server: Awaited<ReturnType<typeof startChatServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function judgeWith(replies: Reply[], claims: string[], extra: Partial<LlmJudgeOptions> = {}) {
  server = await startChatServer(replies);
  const waits: number[] = [];
  const judge = createLlmJudge({
    baseUrl: server.baseUrl,
    model: 'test-model',
    apiKey: KEY,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  const results = await judge.judge(requests(...claims));
  return { results, waits, server, judge };
}

describe('LLM judge against a local chat-completions server', () => {
  it('sends a temperature-0 request with the key and reads one verdict per claim', async () => {
    const { results, server } = await judgeWith([honest], ['The museum opens at 9 am.', 'It opens on Mondays.']);
    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0];
    expect(sent?.body.temperature).toBe(0);
    expect(sent?.body.model).toBe('test-model');
    expect(sent?.body.response_format).toEqual({ type: 'json_object' });
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(results.map((r) => [r.key, r.verdict, r.judge])).toEqual([
      ['k0', 'supported', 'llm:test-model'],
      ['k1', 'contradicted', 'llm:test-model'],
    ]);
    expect(results[0]?.score).toBeCloseTo(0.8);
    expect(results[1]?.score).toBeCloseTo(0.1);
    expect(results[1]?.evidence).toEqual({ sourceId: 'S1', sentence: 'It is closed on Mondays.', start: 26, end: 50 });
  });

  it('honours retry-after in seconds and as an HTTP date', async () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    const { results, waits, server } = await judgeWith(
      [status(429, { 'retry-after': '2' }), status(503, { 'retry-after': 'Wed, 21 Oct 2026 07:28:05 GMT' }), honest],
      ['The museum opens at 9 am.'],
      { now: () => now },
    );
    expect(server.requests).toHaveLength(3);
    expect(waits).toEqual([2000, 5000]);
    expect(results[0]?.verdict).toBe('supported');
  });

  it('backs off on a 429 without retry-after and on a 500', async () => {
    const { results, waits, server } = await judgeWith([status(429), status(500), honest], ['The museum opens at 9 am.'], { backoffBaseMs: 100 });
    expect(server.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
    expect(results[0]?.verdict).toBe('supported');
  });

  it('gives up after the retries are spent: undetermined, never supported', async () => {
    const { results, server } = await judgeWith([status(500)], ['The museum opens at 9 am.'], { maxRetries: 2 });
    expect(server.requests).toHaveLength(3);
    expect(results[0]?.verdict).toBe('undetermined');
    expect(results[0]?.reason).toMatch(/HTTP 500.*after 3 attempts/);
  });

  it('does not wait longer than allowed for a server that asks too much', async () => {
    const { results, waits } = await judgeWith([status(429, { 'retry-after': '3600' })], ['x is y.'], { maxRetryWaitMs: 10_000 });
    expect(waits).toEqual([]);
    expect(results[0]?.verdict).toBe('undetermined');
    expect(results[0]?.reason).toMatch(/asked to wait 3600 s/);
  });

  it('makes a malformed body or a non-JSON reply undetermined', async () => {
    const broken: Reply = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"choices": [');
    };
    expect((await judgeWith([broken], ['a b c.'])).results[0]?.verdict).toBe('undetermined');
    await server?.close();
    const prose = await judgeWith([completion('Sure! The claim is supported.')], ['a b c.']);
    expect(prose.results[0]).toMatchObject({ verdict: 'undetermined', reason: 'no verdict: the reply is not JSON' });
  });

  it('accepts a fenced JSON reply', async () => {
    const fenced = completion('```json\n{"verdicts":[{"id":"c1","verdict":"supported"}]}\n```');
    expect((await judgeWith([fenced], ['The museum opens at 9 am.'])).results[0]?.verdict).toBe('supported');
  });

  it('makes a verdict for the wrong claim or an invalid verdict undetermined', async () => {
    const wrong = completion(
      JSON.stringify({ verdicts: [{ id: 'c9', verdict: 'supported' }, { id: 'c2', verdict: 'probably' }, { id: 'c3', verdict: 'unsupported' }] }),
    );
    const { results } = await judgeWith([wrong], ['one.', 'two.', 'three.']);
    expect(results.map((r) => r.verdict)).toEqual(['undetermined', 'undetermined', 'unsupported']);
    expect(results[0]?.reason).toMatch(/no verdict for this claim/);
    expect(results[1]?.reason).toMatch(/invalid verdict/);
  });

  it('times out a slow response', async () => {
    const slow: Reply = (req, res) => {
      const timer = setTimeout(() => honest(req, res), 5_000);
      res.on('close', () => clearTimeout(timer));
    };
    const { results } = await judgeWith([slow], ['The museum opens at 9 am.'], { timeoutMs: 100, maxRetries: 0 });
    expect(results[0]).toMatchObject({ verdict: 'undetermined' });
    expect(results[0]?.reason).toMatch(/timed out after 100 ms/);
  });

  it('never lets the API key into a reason, even when the server echoes it', async () => {
    const echo: Reply = (req, res) => status(400, {}, `bad request from ${String(req.headers.authorization)}`)(req, res);
    const { results } = await judgeWith([echo], ['The museum opens at 9 am.']);
    expect(results[0]?.verdict).toBe('undetermined');
    expect(results[0]?.reason).toContain('[redacted]');
    expect(JSON.stringify(results)).not.toContain(KEY);
  });

  it('stops with a configuration error on a refused key', async () => {
    server = await startChatServer([status(401)]);
    const judge = createLlmJudge({ baseUrl: server.baseUrl, model: 'm', apiKey: KEY });
    const error = await judge.judge(requests('x.')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String((error as Error).message)).not.toContain(KEY);
  });

  it('rejects a base URL that is not http(s)', () => {
    expect(() => createLlmJudge({ baseUrl: 'api.example.test', model: 'm' })).toThrow(ConfigurationError);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const delayed: Reply = (req, res) => {
      const timer = setTimeout(() => honest(req, res), 30);
      res.on('close', () => clearTimeout(timer));
    };
    const claims = ['a one.', 'b two.', 'c three.', 'd four.', 'e five.', 'f six.'];
    const { results, server } = await judgeWith([delayed], claims, { batchSize: 1, concurrency: 2 });
    expect(server.requests).toHaveLength(6);
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    expect(results.every((r) => r.verdict === 'supported')).toBe(true);
  });
});

describe('verdict cache', () => {
  function memoryFs(): CacheFs & { files: Map<string, string> } {
    const files = new Map<string, string>();
    return {
      files,
      readFile: async (path) => {
        const text = files.get(path);
        if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return text;
      },
      writeFile: async (path, data) => {
        files.set(path, data);
      },
      mkdir: async () => undefined,
    };
  }

  it('makes zero API calls on an unchanged re-run, also after a save and a load', async () => {
    server = await startChatServer([honest]);
    const fs = memoryFs();
    const llm = createLlmJudge({ baseUrl: server.baseUrl, model: 'm', apiKey: KEY });
    const first = await loadVerdictCache('/cache/verdicts.json', fs);
    const batch = requests('The museum opens at 9 am.', 'It opens on Mondays.');
    const fresh = await withVerdictCache(llm, first.cache, llm.cacheIdentity).judge(batch);
    expect(server.requests).toHaveLength(1);
    await saveVerdictCache('/cache/verdicts.json', first.cache, fs);
    expect(fs.files.get('/cache/verdicts.json')).not.toContain(KEY);

    const second = await loadVerdictCache('/cache/verdicts.json', fs);
    expect(second.cache.size).toBe(2);
    const again = await withVerdictCache(llm, second.cache, llm.cacheIdentity).judge(batch);
    expect(server.requests).toHaveLength(1);
    expect(again).toEqual(fresh);
    expect(second.cache.hits).toBe(2);

    // A changed claim, source or prompt version asks again, only for what changed.
    const changed = [...batch.slice(0, 1), { ...batch[1]!, claim: 'It opens on Tuesdays.' }];
    await withVerdictCache(llm, second.cache, llm.cacheIdentity).judge(changed);
    expect(server.requests).toHaveLength(2);
    expect(llm.cacheIdentity).toContain(LLM_PROMPT_VERSION);
  });

  it('does not store undetermined verdicts', async () => {
    server = await startChatServer([status(500)]);
    const llm = createLlmJudge({ baseUrl: server.baseUrl, model: 'm', maxRetries: 0 });
    const cache = new VerdictCache();
    await withVerdictCache(llm, cache, llm.cacheIdentity).judge(requests('x y z.'));
    expect(cache.size).toBe(0);
  });

  it('starts empty, with a warning, from a corrupt or foreign file', async () => {
    const fs = memoryFs();
    fs.files.set('/c.json', '{not json');
    expect((await loadVerdictCache('/c.json', fs)).warning).toMatch(/not JSON/);
    fs.files.set('/c.json', '{"version": 99, "verdicts": {}}');
    const foreign = await loadVerdictCache('/c.json', fs);
    expect(foreign.cache.size).toBe(0);
    expect(foreign.warning).toMatch(/not a version 1/);
    expect((await loadVerdictCache('/missing.json', fs)).warning).toBeUndefined();
  });
});
