#!/usr/bin/env node
// The example application under test: answers golden-set cases from their sources.
// Modes: batch (a golden-set directory to JSON Lines), --stdin (one case),
// --worker (one case per line, in order) and --serve (HTTP POST /answer).
// The retrieval variants answer from passages they retrieve from a folder of documents
// and return those passages as the response's contexts.

import { readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerCase } from './answer.mjs';
import { answerCaseParaphrased } from './paraphrase.mjs';
import { answerCaseRegressed } from './regressed.mjs';
import { answerFromRetrieval, loadPassages } from './retriever.mjs';

const USAGE = `usage:
  node examples/app/app.mjs --golden-set DIR|FILE [--out FILE.jsonl] [--variant good|regressed|paraphrase|retrieval|retrieval-regressed]
  node examples/app/app.mjs --stdin    [--variant ...]   one case JSON on stdin
  node examples/app/app.mjs --worker   [--variant ...]   one case JSON per line on stdin
  node examples/app/app.mjs --serve [--port 0] [--host 127.0.0.1] [--variant ...]
  the retrieval variants read their documents from --documents DIR (default examples/retrieval/documents)`;

const DEFAULT_DOCUMENTS = fileURLToPath(new URL('../retrieval/documents', import.meta.url));

const MAX_BODY_BYTES = 1024 * 1024;
const CASE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.jsonl']);

class UsageError extends Error {}

/** Checks the fields the app reads; the gate itself validates the full case contract. */
function checkCase(kase, where, needsSources = !retrieving) {
  const fail = (what, fix) => {
    throw new UsageError(`${where}: ${what}\n  fix: ${fix}`);
  };
  if (!kase || typeof kase !== 'object' || Array.isArray(kase)) {
    fail('a case must be an object', 'give an object with id, question and sources');
  }
  if (typeof kase.id !== 'string' || !kase.id) fail('"id" is missing', 'add a non-empty string id');
  if (typeof kase.question !== 'string') fail(`case ${kase.id}: "question" is missing`, 'add the question text');
  if (!needsSources && kase.sources === undefined) return kase;
  if (!Array.isArray(kase.sources) || (needsSources && kase.sources.length === 0)) {
    fail(`case ${kase.id}: "sources" must be a non-empty list`, 'add sources as [{id, text}]');
  }
  kase.sources.forEach((s, i) => {
    if (!s || typeof s.text !== 'string' || (typeof s.id !== 'string' && typeof s.id !== 'number')) {
      fail(`case ${kase.id}: sources[${i}] needs an id and a text`, 'write it as {id: S1, text: "..."}');
    }
  });
  return kase;
}

const VARIANTS = {
  good: answerCase,
  regressed: answerCaseRegressed,
  paraphrase: answerCaseParaphrased,
  retrieval: (kase) => answerFromRetrieval(kase, passages()),
  // A retriever bug: the document that ranks first is left out, so the answer comes from the rest.
  'retrieval-regressed': (kase) => answerFromRetrieval(kase, passages(), { skipBest: true }),
};

let retrieving = false;
let documentsDir = DEFAULT_DOCUMENTS;
let loadedPassages = null;
function passages() {
  loadedPassages ??= loadPassages(documentsDir);
  return loadedPassages;
}

function respond(kase, variant) {
  const started = performance.now();
  const result = VARIANTS[variant](kase);
  const latency = Math.round((performance.now() - started) * 1000) / 1000;
  if (typeof result === 'string') return { id: kase.id, answer: result, latency_ms: latency };
  return { id: kase.id, answer: result.answer, contexts: result.contexts, latency_ms: latency };
}

function casesInFile(file) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const ext = extname(file).toLowerCase();
  let parsed;
  try {
    if (ext === '.jsonl') {
      parsed = text
        .split('\n')
        .map((line, i) => [line.trim(), i + 1])
        .filter(([line]) => line)
        .map(([line, lineNo]) => {
          try {
            return JSON.parse(line);
          } catch (error) {
            throw new Error(`line ${lineNo}: ${error.message}`);
          }
        });
    } else if (ext === '.json') {
      parsed = JSON.parse(text);
    } else {
      // Loaded only here, so the worker, stdin and HTTP modes need nothing but Node.
      parsed = createRequire(import.meta.url)('yaml').parse(text, { maxAliasCount: 100 });
    }
  } catch (error) {
    throw new UsageError(`${file}: cannot parse: ${error.message}\n  fix: correct the syntax`);
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.map((kase, i) => checkCase(kase, `${file}: case ${i + 1}`));
}

function caseFiles(path) {
  if (!statSync(path, { throwIfNoEntry: false })) {
    throw new UsageError(`${path}: no such file or directory\n  fix: pass an existing golden-set path`);
  }
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true })
    .map(String)
    .filter((name) => CASE_EXTENSIONS.has(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(path, name));
}

function runBatch(goldenSet, out, variant) {
  const cases = caseFiles(goldenSet).flatMap(casesInFile);
  if (cases.length === 0) throw new UsageError(`${goldenSet}: no cases found\n  fix: add .yaml/.json/.jsonl case files`);
  cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = cases.map((kase) => JSON.stringify(respond(kase, variant)) + '\n').join('');
  if (!out) return process.stdout.write(lines);
  // Write then rename, so a reader never sees a half-written file.
  writeFileSync(`${out}.tmp`, lines);
  renameSync(`${out}.tmp`, out);
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function runStdin(variant) {
  let kase;
  try {
    kase = JSON.parse(await readStdin());
  } catch (error) {
    throw new UsageError(`stdin: not a JSON case: ${error.message}\n  fix: send one case object as JSON`);
  }
  process.stdout.write(JSON.stringify(respond(checkCase(kase, 'stdin'), variant)) + '\n');
}

async function runWorker(variant) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let response;
    try {
      response = respond(checkCase(JSON.parse(line), `stdin line ${lineNo}`), variant);
    } catch (error) {
      // One bad line must not stop the worker: answer it with an error, in order.
      let id = null;
      try {
        id = JSON.parse(line)?.id ?? null;
      } catch {
        // The line is not JSON, so it has no id to echo.
      }
      response = { id, answer: '', error: error.message };
    }
    process.stdout.write(JSON.stringify(response) + '\n');
  }
}

function runServer(host, port, variant) {
  const server = createServer((req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url !== '/answer') return send(404, { error: 'not found: POST /answer' });
    if (req.method !== 'POST') return send(405, { error: 'use POST' });
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        send(413, { error: `body over ${MAX_BODY_BYTES} bytes` });
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      try {
        const kase = checkCase(JSON.parse(Buffer.concat(chunks).toString('utf8')), 'request body');
        send(200, respond(kase, variant));
      } catch (error) {
        send(400, { error: error.message });
      }
    });
  });
  server.listen(port, host, () => {
    const { port: bound } = server.address();
    process.stdout.write(`listening on http://${host}:${bound}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main() {
  const { values } = parseArgs({
    options: {
      'golden-set': { type: 'string' },
      out: { type: 'string' },
      variant: { type: 'string', default: 'good' },
      stdin: { type: 'boolean', default: false },
      worker: { type: 'boolean', default: false },
      serve: { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      documents: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(USAGE + '\n');
  if (!Object.hasOwn(VARIANTS, values.variant)) {
    throw new UsageError(`--variant ${values.variant}: unknown variant\n  fix: use --variant ${Object.keys(VARIANTS).join(', ')}`);
  }
  retrieving = values.variant.startsWith('retrieval');
  if (values.documents !== undefined) documentsDir = values.documents;
  if (retrieving) {
    if (!statSync(documentsDir, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--documents ${documentsDir}: not a directory\n  fix: pass the folder of .md documents to retrieve from`);
    }
    // Read once at start, so a worker's first case is not slower than the rest.
    passages();
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port ${values.port}: not a port number\n  fix: use 0 (any free port) to 65535`);
  }
  if (values.serve) return runServer(values.host, port, values.variant);
  if (values.worker) return runWorker(values.variant);
  if (values.stdin) return runStdin(values.variant);
  if (values['golden-set']) return runBatch(values['golden-set'], values.out, values.variant);
  throw new UsageError(`no mode given\n${USAGE}`);
}

main().catch((error) => {
  if (error instanceof UsageError || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`app: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
});
