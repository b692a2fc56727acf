import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  headers: IncomingMessage['headers'];
  body: { model: string; temperature: number; messages: { role: string; content: string }[]; response_format?: unknown };
}

export type Reply = (request: ChatRequest, res: ServerResponse) => void;

/** A chat-completions server on 127.0.0.1, answering with scripted replies in order (the last one repeats). */
export async function startChatServer(replies: Reply[]) {
  const requests: ChatRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ChatRequest = { headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
      requests.push(request);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => inFlight--);
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)];
      if (!reply) throw new Error('no reply scripted');
      reply(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The claim ids ("c1: text") the judge put in its prompt. */
export function claimIds(request: ChatRequest): string[] {
  const user = request.body.messages.find((m) => m.role === 'user')?.content ?? '';
  return [...user.split('CLAIMS:\n')[1]?.matchAll(/^(c\d+): /gm) ?? []].map((m) => m[1] as string);
}

export function completion(content: string): Reply {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
  };
}

/** Replies with one verdict per claim id, computed from the claim's text. */
export function verdicts(decide: (id: string, claim: string) => object): Reply {
  return (req, res) => {
    const user = req.body.messages.find((m) => m.role === 'user')?.content ?? '';
    const lines = [...(user.split('CLAIMS:\n')[1] ?? '').matchAll(/^(c\d+): (.*)$/gm)];
    completion(JSON.stringify({ verdicts: lines.map((m) => ({ id: m[1], ...decide(m[1] as string, m[2] as string) })) }))(req, res);
  };
}

export function status(code: number, headers: Record<string, string> = {}, body = '{"error":{"message":"busy"}}'): Reply {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
}
