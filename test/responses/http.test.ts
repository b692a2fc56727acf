import { afterEach, describe, expect, it } from 'vitest';
import { MAX_UNREACHABLE_CASES, type HttpClock } from '../../src/responses/http.js';
import { getResponses, providerSecrets, type HttpSettings } from '../../src/responses/providers.js';
import { closedPort, sendJson, startServer, type LocalServer } from './local-server.js';
import { makeCase, makeCases } from './helpers.js';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handle: Parameters<typeof startServer>[0]): Promise<LocalServer> {
  const server = await startServer(handle);
  servers.push(server);
  return server;
}

/** Records retry waits instead of waiting; now() is fixed so HTTP-dates are exact. */
function fakeClock(now = Date.parse('2025-01-01T00:00:00Z')): HttpClock & { waits: number[] } {
  const waits: number[] = [];
  return { waits, now: () => now, sleep: async (ms) => void waits.push(ms), random: () => 1 };
}

const http = (endpoint: string, extra: Partial<HttpSettings> = {}): HttpSettings => ({ kind: 'http', endpoint, ...extra });
const echo = (status = 200) => (req: { body: string }, res: Parameters<typeof sendJson>[0]) => {
  const kase = JSON.parse(req.body);
  sendJson(res, status, { id: kase.id, answer: `echo: ${kase.question}` });
};

describe('HTTP provider', () => {
  it('POSTs the public case and reads the response contract', async () => {
    const server = await serve(echo());
    const cases = makeCases(10);
    const run = await getResponses(cases, http(server.url), { concurrency: 4 });
    expect(run.responses.map((r) => r.answer)).toEqual(cases.map((c) => `echo: ${c.question}`));
    expect(run.responses.every((r) => r.error === undefined && r.latency_ms! > 0)).toBe(true);
    const sent = JSON.parse(server.requests[0]!.body);
    expect(Object.keys(sent).sort()).toEqual(['category', 'id', 'question', 'sources']);
    expect(server.requests[0]!.headers['content-type']).toBe('application/json');
  });

  it('fills the body template safely, reads the field paths and sends secret headers', async () => {
    const server = await serve((req, res) =>
      sendJson(res, 200, { data: { choices: [{ text: 'Paris [S1].', claims: [{ text: 'Paris.', citations: ['S1'] }] }] } }),
    );
    const tricky = makeCase('q"1', { question: 'Say "hi"\nthen {{id}} \\ }' });
    const settings = http(server.url, {
      headers: { Authorization: 'Bearer ${APP_TOKEN}', 'X-Client': 'factgate' },
      bodyTemplate: '{"input": {"prompt": "Q: {{question}}", "docs": "{{sources}}"}, "meta": ["{{id}}", 3]}',
      answerPath: 'data.choices[0].text',
      claimsPath: 'data.choices.0.claims',
    });
    const env = { APP_TOKEN: 's3cr3t-value' };
    expect(providerSecrets(settings, env)).toEqual(['s3cr3t-value']);
    const run = await getResponses([tricky], settings, { env });
    expect(run.secrets).toEqual(['s3cr3t-value']);
    expect(run.responses[0]).toMatchObject({ id: 'q"1', answer: 'Paris [S1].', claims: [{ text: 'Paris.', citations: ['S1'] }] });
    const request = server.requests[0]!;
    expect(request.headers.authorization).toBe('Bearer s3cr3t-value');
    expect(request.headers['x-client']).toBe('factgate');
    expect(JSON.parse(request.body)).toEqual({
      input: { prompt: 'Q: Say "hi"\nthen {{id}} \\ }', docs: [{ id: 'S1', text: 'Facts about q"1.' }] },
      meta: ['q"1', 3],
    });
  });

  it('says where the answer is missing, naming the fields that are there', async () => {
    const server = await serve((req, res) => sendJson(res, 200, { result: 'x', usage: {} }));
    const run = await getResponses([makeCase('c1')], http(server.url, { answerPath: 'data.answer' }));
    expect(run.responses[0]!.error).toMatch(/no text at "data.answer" \(nothing there; the top-level fields are result, usage\)/);
  });

  it('reports connection refused, after retrying', async () => {
    const port = await closedPort();
    const clock = fakeClock();
    const run = await getResponses([makeCase('c1')], http(`http://127.0.0.1:${port}/answer`), { retries: 2, clock });
    expect(run.responses[0]!.error).toMatch(/could not connect to http:\/\/127.0.0.1:\d+: connection refused; fix: start the app/);
    expect(run.responses[0]!.error).toMatch(/after 3 attempts/);
    expect(clock.waits).toEqual([500, 1000]);
  });

  it('stops trying an endpoint that cannot be reached at all after a few cases', async () => {
    const port = await closedPort();
    const clock = fakeClock();
    const run = await getResponses(makeCases(12), http(`http://127.0.0.1:${port}/answer`), { retries: 1, concurrency: 1, clock });
    const refused = run.responses.filter((r) => /connection refused; fix/.test(r.error ?? '') && !r.error!.startsWith('not sent'));
    expect(refused).toHaveLength(MAX_UNREACHABLE_CASES);
    for (const r of run.responses.slice(MAX_UNREACHABLE_CASES)) {
      expect(r.error).toMatch(/^not sent: the endpoint could not be reached for 5 cases in a row; last failure: could not connect/);
    }
    expect(clock.waits).toHaveLength(MAX_UNREACHABLE_CASES);
  });

  it('retries a 500 and reports the status and body when it persists', async () => {
    const server = await serve((req, res) => sendJson(res, 500, { detail: 'model overloaded' }));
    const clock = fakeClock();
    const run = await getResponses([makeCase('c1')], http(server.url), { retries: 2, clock });
    expect(run.responses[0]!.error).toMatch(/^HTTP 500: .*model overloaded.* \(after 3 attempts\)$/);
    expect(server.requests).toHaveLength(3);
  });

  it('succeeds when a retry after a 503 works', async () => {
    const server = await serve((req, res, i) => (i === 0 ? sendJson(res, 503, 'busy') : echo()(req, res)));
    const run = await getResponses([makeCase('c1')], http(server.url), { retries: 1, clock: fakeClock() });
    expect(run.responses[0]).toMatchObject({ answer: 'echo: What about c1?' });
    expect(run.responses[0]!.error).toBeUndefined();
  });

  it('honours retry-after in seconds and as an HTTP-date', async () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    const server = await serve((req, res, i) => {
      if (i === 0) return sendJson(res, 429, 'slow down', { 'retry-after': '2' });
      if (i === 1) return sendJson(res, 429, 'slow down', { 'retry-after': new Date(now + 7000).toUTCString() });
      echo()(req, res);
    });
    const clock = fakeClock(now);
    const run = await getResponses([makeCase('c1')], http(server.url), { retries: 3, clock });
    expect(run.responses[0]!.error).toBeUndefined();
    expect(clock.waits).toEqual([2000, 7000]);
  });

  it('backs off on a 429 without retry-after', async () => {
    const server = await serve((req, res) => sendJson(res, 429, { error: 'rate limited' }));
    const clock = fakeClock();
    const run = await getResponses([makeCase('c1')], http(server.url), { retries: 3, clock });
    expect(clock.waits).toEqual([500, 1000, 2000]);
    expect(run.responses[0]!.error).toMatch(/^HTTP 429: .*rate limited.*after 4 attempts/);
  });

  it('does not wait longer than the retry limit allows', async () => {
    const server = await serve((req, res) => sendJson(res, 429, 'later', { 'retry-after': '3600' }));
    const clock = fakeClock();
    const run = await getResponses([makeCase('c1')], http(server.url, { maxRetryWaitMs: 30_000 }), { retries: 3, clock });
    expect(clock.waits).toEqual([]);
    expect(run.responses[0]!.error).toMatch(/asked to retry after 3600 s, longer than the 30 s limit/);
  });

  it('does not retry a 400 and explains it', async () => {
    const server = await serve((req, res) => sendJson(res, 400, { error: 'missing field prompt' }));
    const run = await getResponses([makeCase('c1')], http(server.url), { retries: 3, clock: fakeClock() });
    expect(server.requests).toHaveLength(1);
    expect(run.responses[0]!.error).toMatch(/HTTP 400: .*missing field prompt.*fix: check the request body template/);
  });

  it('reports a body that is not JSON', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
    const run = await getResponses([makeCase('c1')], http(server.url));
    expect(run.responses[0]!.error).toMatch(/HTTP 200: the response body is not JSON .*<html>Bad Gateway/);
  });

  it('gives up on a slow server after the time-out', async () => {
    const server = await serve((req, res) => setTimeout(() => echo()(req, res), 5000).unref());
    const run = await getResponses([makeCase('c1')], http(server.url), { timeoutMs: 300, retries: 2, clock: fakeClock() });
    expect(run.responses[0]!.error).toMatch(/did not answer within 0.3 s; fix: make the app answer within the time-out or raise timeout-ms \(now 300\)/);
    expect(server.requests).toHaveLength(1);
  });

  it('caps the response body size', async () => {
    const server = await serve((req, res) => sendJson(res, 200, { answer: 'x'.repeat(10_000) }));
    const run = await getResponses([makeCase('c1')], http(server.url, { maxResponseBytes: 1000 }));
    expect(run.responses[0]!.error).toMatch(/larger than 1000 bytes/);
  });

  it('never follows a redirect to another origin, so secret headers stay home', async () => {
    const elsewhere = await serve(echo());
    const server = await serve((req, res) => {
      res.writeHead(307, { location: `${elsewhere.origin}/steal` });
      res.end();
    });
    const run = await getResponses([makeCase('c1')], http(server.url, { headers: { Authorization: 'Bearer ${APP_TOKEN}' } }), {
      env: { APP_TOKEN: 'top-secret' },
    });
    expect(elsewhere.requests).toHaveLength(0);
    expect(run.responses[0]!.error).toMatch(/HTTP 307: the endpoint redirects to another origin \(http:\/\/127.0.0.1:\d+\); the redirect was not followed/);
    expect(run.responses[0]!.error).not.toContain('top-secret');
  });

  it('follows a same-origin 307/308 with the same POST', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/answer') {
        res.writeHead(308, { location: '/v2/answer' });
        return res.end();
      }
      echo()(req, res);
    });
    const run = await getResponses([makeCase('c1')], http(server.url));
    expect(run.responses[0]!.answer).toBe('echo: What about c1?');
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /answer', 'POST /v2/answer']);
  });

  it('refuses a same-origin 302, which would turn the POST into a GET', async () => {
    const server = await serve((req, res) => {
      res.writeHead(302, { location: '/login' });
      res.end();
    });
    const run = await getResponses([makeCase('c1')], http(server.url));
    expect(run.responses[0]!.error).toMatch(/HTTP 302: the endpoint redirects to \/login/);
  });

  it('aborts requests in flight on cancel and lists what did not run', async () => {
    const controller = new AbortController();
    const server = await serve(() => controller.abort());
    const cases = makeCases(5);
    const run = await getResponses(cases, http(server.url), { concurrency: 2, signal: controller.signal });
    expect(run.cancelled).toBe(true);
    expect(run.responses).toEqual([]);
    expect(run.notRun).toEqual(cases.map((c) => c.id));
  });
});
