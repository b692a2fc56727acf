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
import { killTree, spawnInGroup } from '../shared/process-tree.js';
import { LineSplitter, TailBuffer } from '../shared/stream-capture.js';

/** After this many worker deaths in a row with no answer in between, stop restarting. */
export const MAX_CONSECUTIVE_WORKER_FAILURES = 5;

/** How long a worker may take to exit after its stdin closes before it is killed. */
const GRACEFUL_EXIT_MS = 2000;

interface Pending {
  id: string;
  line: string;
  resolve: (response: AppResponse) => void;
  /** When the app is taken to have started on it: when it became first in line. */
  started: number | undefined;
  /** The first case of a freshly started process: its time includes the app's start-up. */
  firstOnProcess: boolean;
  timer: NodeJS.Timeout | undefined;
}

/**
 * One long-lived app process answering one JSON line per request, in order. Several
 * cases may be written ahead; the first in line is the one being answered, and its
 * time-out and latency run from when it got there. Any breach of the protocol (a
 * crash, a non-JSON line, an answer for another id, a flood, a time-out) fails that
 * case and ends the process; the cases queued behind it go to a new process.
 */
class WorkerProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private splitter = new LineSplitter(0);
  private stderr = new TailBuffer(STDERR_TAIL_BYTES);
  private queue: Pending[] = [];
  private spawnError: Error | undefined;
  /** The next case to reach the head is the new process's first: it gets the start-up allowance. */
  private firstOnProcess = false;

  constructor(
    private readonly target: CommandTarget,
    private readonly pool: {
      /** Why no new process may be started, or null. */
      refusal(): string | null;
      /** Told of each answer (null) or of each failure of the app itself. */
      outcome(failure: string | null): void;
    },
  ) {}

  ask(kase: PublicCase, signal: AbortSignal): Promise<AppResponse> {
    return new Promise((resolve) => {
      const refusal = this.child ? null : this.pool.refusal();
      if (refusal !== null) return resolve({ id: kase.id, answer: '', error: refusal, latency_ms: 0 });
      if (signal.aborted) return resolve({ id: kase.id, answer: '', error: describeStop('cancel', this.target), latency_ms: 0 });
      const onAbort = () => this.cancelAll();
      signal.addEventListener('abort', onAbort, { once: true });
      const entry: Pending = {
        id: kase.id,
        line: JSON.stringify(kase) + '\n',
        started: undefined,
        firstOnProcess: false,
        timer: undefined,
        resolve: (response) => {
          signal.removeEventListener('abort', onAbort);
          resolve(response);
        },
      };
      this.queue.push(entry);
      this.send(entry);
      if (this.queue.length === 1) this.startHead();
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
    // Once per worker at the end of the run: nothing it started may outlive the run.
    killTree(child, true);
  }

  private send(entry: Pending): void {
    const child = this.child ?? this.start();
    if (!this.spawnError) child.stdin.write(entry.line);
  }

  private start(): ChildProcessWithoutNullStreams {
    this.splitter = new LineSplitter(this.target.maxOutputBytes);
    this.stderr.clear();
    this.spawnError = undefined;
    this.firstOnProcess = true;
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
      if (overflow && current()) this.failHead(describeStop('flood', this.target), true);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (current()) this.stderr.push(chunk);
    });
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      if (!current()) return;
      this.spawnError = error;
      if (child.pid === undefined) this.failHead(describeSpawnError(error, this.target.argv), true);
    });
    child.on('exit', () => killTree(child));
    child.on('close', (code, signal) => {
      if (!current()) return;
      const partial = this.splitter.remainder();
      const partialNote = partial ? `; it had written an unfinished line: ${excerpt(partial)}` : '';
      this.failHead(
        `${describeExit(code, signal).replace('the app', 'the worker')} while answering this case${partialNote}${stderrNote(this.stderr.text())}; it is restarted for the next case`,
        true,
      );
    });
    return child;
  }

  /** Starts the clock of the case now first in line. */
  private startHead(): void {
    const head = this.queue[0];
    if (!head || head.started !== undefined) return;
    head.started = performance.now();
    head.firstOnProcess = this.firstOnProcess;
    const allowedMs = this.target.timeoutMs + (this.firstOnProcess ? this.target.startupTimeoutMs : 0);
    this.firstOnProcess = false;
    head.timer = setTimeout(() => this.failHead(describeStop('timeout', this.target, allowedMs), false), allowedMs);
  }

  private onLine(line: string): void {
    const head = this.queue[0];
    if (!head) {
      // Nobody to blame: end the process so its stray output cannot be taken for an answer.
      this.endProcess();
      return;
    }
    const json = parseJsonText(line);
    if (!json.ok) {
      return this.failHead(
        `the worker printed a line that is ${json.error}; fix: print one JSON response per line on stdout and send logs to stderr`,
        true,
      );
    }
    const checked = checkAppResponse(json.value, head.id, true);
    if (!checked.ok) return this.failHead(`the worker's response is invalid: ${checked.error}`, true);
    this.settleHead(checked.value);
    this.pool.outcome(null);
    this.startHead();
  }

  /**
   * Fails the case first in line and ends the process, whose stream is now out of step;
   * the cases queued behind it are sent again to a new process. `broken`: the app
   * itself misbehaved (not a slow answer).
   */
  private failHead(error: string, broken: boolean): void {
    this.endProcess();
    const head = this.queue[0];
    if (!head) return;
    this.settleHead({ id: head.id, answer: '', error });
    if (broken) this.pool.outcome(error);
    if (this.queue.length === 0) return;
    const refusal = this.pool.refusal();
    if (refusal !== null) {
      for (const entry of this.queue.splice(0)) this.settle(entry, { id: entry.id, answer: '', error: refusal });
      return;
    }
    for (const entry of this.queue) this.send(entry);
    this.startHead();
  }

  private cancelAll(): void {
    this.endProcess();
    for (const entry of this.queue.splice(0)) this.settle(entry, { id: entry.id, answer: '', error: describeStop('cancel', this.target) });
  }

  private endProcess(): void {
    const child = this.child;
    this.child = undefined;
    // Thorough: a worker ended for a time-out or a breach may have left the group with setsid().
    if (child) killTree(child, true);
  }

  private settleHead(response: AppResponse): void {
    const head = this.queue.shift();
    if (head) this.settle(head, response);
  }

  private settle(entry: Pending, response: AppResponse): void {
    clearTimeout(entry.timer);
    const measured = roundMs(entry.started === undefined ? 0 : performance.now() - entry.started);
    if (response.latency_ms !== undefined) entry.resolve(response);
    else if (entry.firstOnProcess && !response.error) entry.resolve({ ...response, startup_ms: measured });
    else entry.resolve({ ...response, latency_ms: measured });
  }
}

/**
 * The worker processes of a run. Lanes (cases in flight) are spread over the workers;
 * with fewer workers than lanes each worker gets several cases ahead. A worker that
 * keeps failing is not restarted forever.
 */
export class WorkerPool {
  private readonly workers: WorkerProcess[] = [];
  private failuresInARow = 0;
  private lastFailure = '';
  private readonly pool = {
    refusal: () =>
      this.failuresInARow >= MAX_CONSECUTIVE_WORKER_FAILURES
        ? `not sent: the worker failed ${this.failuresInARow} times in a row without answering, so it is not restarted again; last failure: ${this.lastFailure}`
        : null,
    outcome: (failure: string | null) => {
      this.failuresInARow = failure === null ? 0 : this.failuresInARow + 1;
      if (failure !== null) this.lastFailure = failure;
    },
  };

  constructor(
    private readonly target: CommandTarget,
    private readonly workerCount: number,
  ) {}

  ask(kase: PublicCase, lane: number, signal: AbortSignal): Promise<AppResponse> {
    const index = lane % this.workerCount;
    const worker = (this.workers[index] ??= new WorkerProcess(this.target, this.pool));
    return worker.ask(kase, signal);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
