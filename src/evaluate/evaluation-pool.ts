/**
 * Large golden sets are evaluated on worker threads: each worker takes the next task (a
 * batch of cases: claims, planning, the deterministic judge, case results) until none is
 * left, so the threads finish together whatever the cases cost. The judge is pure, so the
 * results are exactly those of one thread, in the golden set's order.
 *
 * Tasks travel as JSON bytes whose buffers are handed over, not copied: cases packed where
 * they were loaded never sit in the main thread's heap. Workers also give the evaluation a
 * heap sized for it: a young generation roomy enough for a batch's short-lived objects and
 * an old one that stays small, since a worker keeps nothing between tasks.
 */
import { parentPort, Worker } from 'node:worker_threads';
import type { GoldenCase } from '../golden/types.js';
import type { WorkerMarker } from '../pipeline/worker-threads.js';
import type { CaseResult } from '../report/types.js';
import type { AppResponse, ResponseSet } from '../responses/types.js';
import { evaluateCases } from './evaluate.js';
import { createDeterministicJudge } from './judges/deterministic.js';

/** One batch of cases with their responses, as UTF-8 JSON (see EvaluationTask). */
export type PackedTask = Uint8Array;

interface EvaluationTask {
  cases: GoldenCase[];
  /** Each case's response, in the same order; null when the app gave none. */
  responses: (AppResponse | null)[];
  notRun: string[];
  citationPattern: string | null;
}

export interface PackOptions {
  citationPattern?: string;
  /** Case ids that were not run (cancelled). */
  notRun?: ReadonlySet<string>;
  /** Cases per task: small enough to balance the threads, large enough to amortise a message. */
  taskSize?: number;
}

const TASK_SIZE = 512;
/** Measured on 100,000 cases: a 32 MB young generation costs 20 % more time, 128 MB saves little. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 512 };

/** The cases in tasks, packed one at a time, so the first can be evaluated while the rest are packed. */
export function* packEvaluationTasks(cases: readonly GoldenCase[], responses: ResponseSet, options: PackOptions = {}): Generator<PackedTask> {
  const encoder = new TextEncoder();
  const size = options.taskSize ?? TASK_SIZE;
  for (let start = 0; start < cases.length; start += size) {
    const slice = cases.slice(start, start + size);
    const task: EvaluationTask = {
      cases: slice,
      responses: slice.map((golden) => responses.byId.get(golden.id) ?? null),
      notRun: options.notRun ? slice.filter((golden) => options.notRun!.has(golden.id)).map((golden) => golden.id) : [],
      citationPattern: options.citationPattern ?? null,
    };
    yield encoder.encode(JSON.stringify(task));
  }
}

/** In a worker started by evaluateOnWorkers: evaluates each task posted with the deterministic judge, answers with the results as JSON. */
export function serveEvaluationWorker(): void {
  const judge = createDeterministicJudge();
  const decoder = new TextDecoder();
  // A failure rejects this listener's promise; unhandled, it reaches the parent as the worker's 'error'.
  parentPort!.on('message', async (packed: PackedTask) => {
    const task = JSON.parse(decoder.decode(packed)) as EvaluationTask;
    const byId = new Map<string, AppResponse>();
    task.cases.forEach((golden, i) => {
      const response = task.responses[i];
      if (response) byId.set(golden.id, response);
    });
    const options = { notRun: new Set(task.notRun), ...(task.citationPattern !== null ? { citationPattern: task.citationPattern } : {}) };
    parentPort!.postMessage(JSON.stringify(await evaluateCases(task.cases, { byId, missing: [], unknown: [] }, judge, options)));
  });
}

/**
 * The results of every task, in order, computed on `threads` workers. Tasks may still be
 * arriving (the loader packs them as it goes); each one's buffer moves to its worker.
 */
export async function evaluateOnWorkers(tasks: AsyncIterable<PackedTask> | Iterable<PackedTask>, options: { entry: URL; threads: number }): Promise<CaseResult[]> {
  // Started first: they boot while the first tasks are still being packed.
  const workers = Array.from({ length: Math.max(1, options.threads) }, () => {
    const marker: WorkerMarker = { factgateWorker: 'evaluate' };
    return new Worker(options.entry, { workerData: marker, resourceLimits: WORKER_LIMITS });
  });
  const numbered = numberedTasks(tasks);
  const results: CaseResult[][] = [];
  const drain = async (worker: Worker): Promise<void> => {
    for (let next = await numbered.next(); !next.done; next = await numbered.next()) {
      results[next.value.index] = await ask(worker, next.value.task);
    }
  };
  try {
    await Promise.all(workers.map(drain));
    return results.flat();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Workers pull from one iterator; the numbers put the results back in the tasks' order. */
async function* numberedTasks(tasks: AsyncIterable<PackedTask> | Iterable<PackedTask>): AsyncGenerator<{ index: number; task: PackedTask }> {
  let index = 0;
  for await (const task of tasks) yield { index: index++, task };
}

function ask(worker: Worker, task: PackedTask): Promise<CaseResult[]> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (results: string): void => {
      settle();
      resolve(JSON.parse(results) as CaseResult[]);
    };
    const onError = (error: Error): void => {
      settle();
      reject(error);
    };
    const onExit = (code: number): void => onError(new Error(`an evaluation worker stopped (exit code ${code}) before answering`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task, [task.buffer as ArrayBuffer]);
  });
}
