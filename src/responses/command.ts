import { performance } from 'node:perf_hooks';
import type { AppResponse } from './types.js';
import { checkAppResponse, excerpt, parseJsonText, type PublicCase } from './app-protocol.js';
import { forgetChild, killTree, spawnInGroup } from '../shared/process-tree.js';
import { TailBuffer } from '../shared/stream-capture.js';
import { formatSeconds } from '../report/format.js';

/** Everything needed to start the app, resolved once per run. */
export interface CommandTarget {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** Worker mode: added to the time-out of a new process's first case. */
  startupTimeoutMs: number;
  maxOutputBytes: number;
  mode: 'per-case' | 'worker';
  /** Where the mode was chosen, so a time-out can say which setting to change. */
  modeFrom?: string;
}

export const STDERR_TAIL_BYTES = 2048;

/**
 * After the app exits (or is killed), how long its pipes may stay open: what is left in them
 * is read, but a grandchild that holds them (one in a new session, out of the app's group)
 * is killed and the case goes on without waiting for it.
 */
export const PIPE_DRAIN_MS = 500;

/**
 * Per-case mode: one process per case, the case JSON on stdin, the response JSON on
 * stdout. Never throws for the app's misbehaviour: every failure becomes the case's error.
 */
export function runCommandCase(kase: PublicCase, target: CommandTarget, signal: AbortSignal): Promise<AppResponse> {
  const started = performance.now();
  return new Promise((resolve) => {
    const stdout: Buffer[] = [];
    let stdoutSize = 0;
    const stderr = new TailBuffer(STDERR_TAIL_BYTES);
    let why: 'timeout' | 'flood' | 'cancel' | undefined;
    let spawnError: Error | undefined;
    let settled = false;

    const child = spawnInGroup(target.argv, { cwd: target.cwd, env: target.env });
    let drain: NodeJS.Timeout | undefined;
    const stop = (reason: typeof why) => {
      why ??= reason;
      killTree(child, true);
    };
    const timer = setTimeout(() => stop('timeout'), target.timeoutMs);
    const onAbort = () => stop('cancel');
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();

    const finish = (response: AppResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(drain);
      signal.removeEventListener('abort', onAbort);
      killTree(child);
      forgetChild(child);
      // The app's own figure leaves out its process start-up; without one, the process's time is all there is.
      resolve({ ...response, latency_ms: response.latency_ms ?? roundMs(performance.now() - started) });
    };

    child.stdout.on('data', (chunk: Buffer) => {
      if (why) return;
      stdoutSize += chunk.length;
      if (stdoutSize > target.maxOutputBytes) stop('flood');
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // The app may exit without reading its input; the exit status tells the story.
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      spawnError = error;
      // A process that never started emits no 'exit'; 'close' may still follow.
      if (child.pid === undefined) finish({ id: kase.id, answer: '', error: describeSpawnError(error, target.argv) });
    });
    // Leftover grandchildren would hold the pipes open and delay 'close': end them now, and
    // those beyond the group once the pipes have had their time.
    child.on('exit', (code, exitSignal) => {
      killTree(child);
      drain = setTimeout(() => {
        killTree(child, true);
        child.stdout.destroy();
        child.stderr.destroy();
        closed(code, exitSignal);
      }, PIPE_DRAIN_MS);
    });
    child.on('close', (code, exitSignal) => closed(code, exitSignal));
    const closed = (code: number | null, exitSignal: NodeJS.Signals | null): void => {
      if (settled) return;
      const tail = stderr.text();
      if (spawnError) return finish({ id: kase.id, answer: '', error: describeSpawnError(spawnError, target.argv) });
      if (why) return finish({ id: kase.id, answer: '', error: describeStop(why, target) + stderrNote(tail) });
      if (code !== 0) return finish({ id: kase.id, answer: '', error: describeExit(code, exitSignal) + stderrNote(tail) });
      const text = Buffer.concat(stdout).toString('utf8').trim();
      if (text === '') {
        return finish({
          id: kase.id,
          answer: '',
          error: `the app exited with code 0 without printing a response on stdout${stderrNote(tail)}; fix: print the response JSON on stdout`,
        });
      }
      const json = parseJsonText(text);
      if (!json.ok) {
        return finish({
          id: kase.id,
          answer: '',
          error: `the app printed a response that is ${json.error}; fix: print exactly one JSON object on stdout and send logs to stderr`,
        });
      }
      const checked = checkAppResponse(json.value, kase.id, false);
      finish(checked.ok ? checked.value : { id: kase.id, answer: '', error: `the app's response is invalid: ${checked.error}` });
    };

    child.stdin.end(JSON.stringify(kase) + '\n');
  });
}

export function describeSpawnError(error: Error, argv: readonly string[]): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return `could not start ${JSON.stringify(argv[0])}: the program or the working directory was not found; fix: check the command, PATH and the working directory`;
  }
  if (code === 'EACCES') {
    return `could not start ${JSON.stringify(argv[0])}: permission denied; fix: make it executable (chmod +x) or run it through its interpreter`;
  }
  return `could not start ${JSON.stringify(argv[0])}: ${error.message}`;
}

export function describeStop(why: 'timeout' | 'flood' | 'cancel', target: CommandTarget, allowedMs = target.timeoutMs): string {
  switch (why) {
    case 'timeout':
      return `the app did not answer within ${formatSeconds(allowedMs)}; it was killed with every process it started; fix: ${timeoutFix(target)}`;
    case 'flood':
      return `the app wrote more than ${target.maxOutputBytes} bytes for one response; it was killed; fix: print only the response JSON (logs go to stderr), or raise the output limit`;
    case 'cancel':
      return 'cancelled before the app answered';
  }
}

/**
 * A worker that never answers is most often a per-case app (it reads stdin to the end
 * before it answers) run in worker mode: say so, and where the mode was chosen.
 */
function timeoutFix(target: CommandTarget): string {
  const from = target.modeFrom ? ` (command-mode: ${target.mode}, from ${target.modeFrom})` : '';
  if (target.mode === 'worker') {
    return `in worker mode${from} the app must answer each case line with one response line while stdin stays open; if it reads all of stdin before answering, it is a per-case app: set command-mode: per-case; otherwise raise timeout-ms (now ${target.timeoutMs})`;
  }
  return `make the app answer within the time-out or raise timeout-ms (now ${target.timeoutMs}); if the app is a long-lived worker that answers one line per case, set command-mode: worker`;
}

export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `the app was killed by ${signal}`;
  return `the app exited with code ${code}`;
}

export function stderrNote(tail: string): string {
  if (!tail) return '';
  return `; stderr ends with: ${JSON.stringify(tail.length > 500 ? `…${tail.slice(-500)}` : tail)}`;
}

export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
