import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { AppResponse } from './types.js';
import { checkAppResponse, excerpt, parseJsonText, type PublicCase } from './app-protocol.js';
import {
  describeExit,
  describeSpawnError,
  describeStop,
  roundMs,
  stderrNote,
  STDERR_TAIL_BYTES,
  type CommandTarget,
} from './command.js';
import { killTree, spawnInGroup } from './process-tree.js';
import { LineSplitter, TailBuffer } from './stream-capture.js';

/** After this many worker deaths in a row with no answer in between, stop restarting. */
export const MAX_CONSECUTIVE_WORKER_FAILURES = 5;

/** How long a worker may take to exit after its stdin closes before it is killed. */
const GRACEFUL_EXIT_MS = 2000;

interface InFlight {
  id: string;
  started: number;
  resolve: (response: AppResponse) => void;
  timer: NodeJS.Timeout;
}

/**
 * One long-lived app process answering one JSON line per request, in order. Any breach
 * of the protocol (a crash, a non-JSON line, an answer for another id, a flood, a
 * time-out) fails the case in flight and ends the process; the next case starts a new one.
 */
class WorkerProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private splitter = new LineSplitter(0);
  private stderr = new TailBuffer(STDERR_TAIL_BYTES);
  private inFlight: InFlight | undefined;
  private spawnError: Error | undefined;

  constructor(
    private readonly target: CommandTarget,
    /** Told of each answer (null) or of each death that was not a time-out or a cancel. */
    private readonly onOutcome: (failure: string | null) => void,
  ) {}

  ask(kase: PublicCase, signal: AbortSignal): Promise<AppResponse> {
    return new Promise((resolve) => {
      const fresh = this.child === undefined;
      const child = this.child ?? this.start();
      const onAbort = () => this.fail(describeStop('cancel', this.target), false);
      // A new process may first load a model: its first case gets the start-up allowance too.
      const allowedMs = this.target.timeoutMs + (fresh ? this.target.startupTimeoutMs : 0);
      const timer = setTimeout(() => this.fail(describeStop('timeout', this.target, allowedMs), false), allowedMs);
      this.inFlight = {
        id: kase.id,
        started: performance.now(),
        timer,
        resolve: (response) => {
          signal.removeEventListener('abort', onAbort);
          resolve(response);
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      if (signal.aborted) return onAbort();
      if (this.spawnError) return this.fail(describeSpawnError(this.spawnError, this.target.argv));
      child.stdin.write(JSON.stringify(kase) + '\n');
    });
  }

  /** Ends the process: closes its stdin, then kills what is left after a grace period. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin.end();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, GRACEFUL_EXIT_MS)))]);
      clearTimeout(timer);
    }
    killTree(child);
  }

  private start(): ChildProcessWithoutNullStreams {
    this.splitter = new LineSplitter(this.target.maxOutputBytes);
    this.stderr.clear();
    this.spawnError = undefined;
    const child = spawnInGroup(this.target.argv, { cwd: this.target.cwd, env: this.target.env });
    this.child = child;
    const current = () => this.child === child;
    child.stdout.on('data', (chunk: Buffer) => {
      if (!current()) return;
      const { lines, overflow } = this.splitter.push(chunk);
      for (const line of lines) {
        if (!current()) return;
        if (line.trim() !== '') this.onLine(line);
      }
      if (overflow && current()) this.fail(describeStop('flood', this.target));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (current()) this.stderr.push(chunk);
    });
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      if (!current()) return;
      this.spawnError = error;
      if (child.pid === undefined) this.fail(describeSpawnError(error, this.target.argv));
    });
    child.on('exit', () => killTree(child));
    child.on('close', (code, signal) => {
      if (!current()) return;
      const partial = this.splitter.remainder();
      const partialNote = partial ? `; it had written an unfinished line: ${excerpt(partial)}` : '';
      this.fail(
        `${describeExit(code, signal).replace('the app', 'the worker')} while answering this case${partialNote}${stderrNote(this.stderr.text())}; it is restarted for the next case`,
      );
    });
    return child;
  }

  private onLine(line: string): void {
    const inFlight = this.inFlight;
    if (!inFlight) {
      return this.fail(`the worker printed a line nobody asked for: ${excerpt(line)}; fix: print only one JSON response per request, logs to stderr`);
    }
    const json = parseJsonText(line);
    if (!json.ok) {
      return this.fail(
        `the worker printed a line that is ${json.error}; fix: print one JSON response per line on stdout and send logs to stderr`,
      );
    }
    const checked = checkAppResponse(json.value, inFlight.id, true);
    if (!checked.ok) return this.fail(`the worker's response is invalid: ${checked.error}`);
    this.settle(checked.value);
    this.onOutcome(null);
  }

  /**
   * Fails the case in flight (if any) and ends the process, whose stream is now out of
   * step. `broken`: the app itself misbehaved (not a slow answer or a cancel).
   */
  private fail(error: string, broken = true): void {
    const child = this.child;
    this.child = undefined;
    if (child) killTree(child);
    if (this.inFlight) {
      this.settle({ id: this.inFlight.id, answer: '', error });
      if (broken) this.onOutcome(error);
    }
  }

  private settle(response: AppResponse): void {
    const inFlight = this.inFlight;
    if (!inFlight) return;
    this.inFlight = undefined;
    clearTimeout(inFlight.timer);
    inFlight.resolve({ ...response, latency_ms: roundMs(performance.now() - inFlight.started) });
  }
}

/** One worker per concurrency lane; a worker that keeps dying is not restarted forever. */
export class WorkerPool {
  private readonly workers: WorkerProcess[] = [];
  private failuresInARow = 0;
  private lastFailure = '';

  constructor(private readonly target: CommandTarget) {}

  async ask(kase: PublicCase, lane: number, signal: AbortSignal): Promise<AppResponse> {
    if (this.failuresInARow >= MAX_CONSECUTIVE_WORKER_FAILURES) {
      return {
        id: kase.id,
        answer: '',
        error: `not sent: the worker failed ${this.failuresInARow} times in a row without answering, so it is not restarted again; last failure: ${this.lastFailure}`,
        latency_ms: 0,
      };
    }
    const worker = (this.workers[lane] ??= new WorkerProcess(this.target, (failure) => {
      this.failuresInARow = failure === null ? 0 : this.failuresInARow + 1;
      if (failure !== null) this.lastFailure = failure;
    }));
    return worker.ask(kase, signal);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
