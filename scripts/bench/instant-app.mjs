#!/usr/bin/env node
// An application that answers instantly, so the benchmark measures factgate's own
// overhead: --stdin (one case), --worker (JSON lines) or --serve (HTTP, prints its URL).
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';

const reply = (kase) => JSON.stringify({ id: kase.id, answer: `Answer to ${kase.id} [S1].` });
const mode = process.argv[2];

if (mode === '--stdin') {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  process.stdout.write(reply(JSON.parse(Buffer.concat(chunks).toString('utf8'))) + '\n');
} else if (mode === '--worker') {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line) process.stdout.write(reply(JSON.parse(line)) + '\n');
  }
} else if (mode === '--serve') {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(reply(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.stdout.write(`listening on http://127.0.0.1:${server.address().port}\n`));
} else {
  process.stderr.write('usage: instant-app.mjs --stdin|--worker|--serve\n');
  process.exit(2);
}
