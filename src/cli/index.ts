#!/usr/bin/env node
import { serveIfWorkerThread } from '../pipeline/worker-threads.js';

async function askInTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

// The bundle doubles as the script of factgate's worker threads; they load only what they run.
if (!(await serveIfWorkerThread())) process.exitCode = await (await import('./main.js')).main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  ...(process.stdin.isTTY ? { prompt: askInTerminal } : {}),
  onInterrupt: (stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  workerEntry: new URL(import.meta.url),
});
