#!/usr/bin/env node
import { isJudgeWorker, serveJudgeWorker } from '../evaluate/judges/judge-worker.js';
import { main } from './main.js';

// The bundle doubles as the judge's worker script (see createParallelJudge).
if (isJudgeWorker()) serveJudgeWorker();
else process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  onInterrupt: (stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  judgeWorkerEntry: new URL(import.meta.url),
});
