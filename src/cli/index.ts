#!/usr/bin/env node
import module from 'node:module';
import { serveIfWorkerThread } from '../pipeline/worker-threads.js';

// Node 22.1 and later keep the compiled bundle in a cache on disk (in the temporary folder,
// off with NODE_DISABLE_COMPILE_CACHE=1), so the next run starts sooner; Node 20 has none.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

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
  ...(terminalColumns() ? { columns: terminalColumns()! } : {}),
  ...(process.stdin.isTTY ? { prompt: askInTerminal } : {}),
  onInterrupt: (stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  workerEntry: new URL(import.meta.url),
});

/** The terminal's width, or COLUMNS when output is piped; undefined leaves the default of 80. */
function terminalColumns(): number | undefined {
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns;
  const fromEnv = Number(process.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}
