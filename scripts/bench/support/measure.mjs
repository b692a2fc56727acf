// Runs a command as a child process and reports wall time and peak resident memory.
// Peak memory comes from the child itself (process.resourceUsage().maxRSS at exit, via
// --import), so it needs no external tool and measures exactly the CLI process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const probe = fileURLToPath(new URL('./report-peak-memory.mjs', import.meta.url));

export async function measureNode(args, options = {}) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', probe, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /FACTGATE_PEAK_RSS_KB=(\d+)/.exec(stderr);
  return {
    code,
    seconds,
    peakMiB: match ? Number(match[1]) / 1024 : null,
    stdout,
    stderr: stderr.replace(/FACTGATE_PEAK_RSS_KB=\d+\n?/, ''),
  };
}

export function machine() {
  return `${process.platform} ${process.arch}, Node ${process.version}, ${(globalThis.navigator?.hardwareConcurrency ?? 'unknown')} cores`;
}
