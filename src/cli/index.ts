#!/usr/bin/env node
import { main } from './main.js';

const code = await main(process.argv.slice(2), {
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
});
process.exitCode = code;
