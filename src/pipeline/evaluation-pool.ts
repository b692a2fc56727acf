/**
 * Large golden sets are evaluated on worker threads: each worker takes the next task (a
 * batch of cases: claims, planning, the deterministic judge, case results) until none is
 * left, so the threads finish together whatever the cases cost. The judge is pure, so the
 * results are exactly those of one thread, in the golden set's order.
 *
 * Tasks and results travel as JSON Lines bytes whose buffers are handed over, not copied:
 * cases packed where they were loaded never sit in the main thread's heap. Workers also
 * give the evaluation a heap sized for it: a young generation roomy enough for a batch's
 * short-lived objects and an old one that stays small, since a worker keeps nothing
 * between tasks.
 */
import { parentPort, Worker } from 'node:worker_threads';
import type { GoldenCase } from '../golden/types.js';
import type { WorkerMarker } from './worker-marker.js';
import type { CaseResult } from '../report/types.js';
import type { AppResponse, ResponseSet } from '../responses/types.js';
import { decodeJsonLines, encodeJsonLines } from '../shared/json-lines-bytes.js';
import { evaluateCases } from '../evaluate/evaluate.js';
import { createDeterministicJudge } from '../evaluate/judges/deterministic.js';
import type { JudgeAgainst } from '../evaluate/retrieval.js';

/**
 * One batch of cases, as JSON Lines bytes: a header line (what applies to the whole task),
 * then one line per case with its response.
 */
export type PackedTask = Uint8Array;

interface TaskHeader {
  notRun: string[];
  citationPattern: string | null;
  judgeAgainst: JudgeAgainst;
  budgetMs: number | null;
}

interface TaskCase {
  golden: GoldenCase;
  /** Null when the app gave no response. */
  response: AppResponse | null;
}

export interface PackOptions {
  citationPattern?: string;
  judgeAgainst?: JudgeAgainst;
  /** Case ids that were not run (cancelled). */
  notRun?: ReadonlySet<string>;
  /** Judging time per case (default DEFAULT_JUDGE_BUDGET_MS). */
  budgetMs?: number;
  /** Cases per task: small enough to balance the threads, large enough to amortise a message. */
  taskSize?: number;
}

const TASK_SIZE = 512;
/** Measured on 100,000 cases: a 32 MB young generation costs 20 % more time, 128 MB saves little. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 512 };

/** The cases in tasks, packed one at a time, so the first can be evaluated while the rest are packed. */
export function* packEvaluationTasks(cases: readonly GoldenCase[], responses: ResponseSet, options: PackOptions = {}): Generator<PackedTask> {
  const size = options.taskSize ?? TASK_SIZE;
  for (let start = 0; start < cases.length; start += size) {
    const slice = cases.slice(start, start + size);
    const header: TaskHeader = {
      notRun: options.notRun ? slice.filter((golden) => options.notRun!.has(golden.id)).map((golden) => golden.id) : [],
      citationPattern: options.citationPattern ?? null,
      judgeAgainst: options.judgeAgainst ?? 'both',
      budgetMs: options.budgetMs ?? null,
    };
    yield encodeJsonLines([header, ...slice.map((golden): TaskCase => ({ golden, response: responses.byId.get(golden.id) ?? null }))]);
  }
}

/** In a worker started by evaluateOnWorkers: evaluates each task posted with the deterministic judge, answers with the results as JSON Lines. */
export function serveEvaluationWorker(): void {
  const judge = createDeterministicJudge();
  // A failure rejects this listener's promise; unhandled, it reaches the parent as the worker's 'error'.
  parentPort!.on('message', async (packed: PackedTask) => {
    const [header, ...entries] = decodeJsonLines(packed) as [TaskHeader, ...TaskCase[]];
    const byId = new Map<string, AppResponse>();
    for (const { golden, response } of entries) if (response) byId.set(golden.id, response);
    const options = {
      notRun: new Set(header.notRun),
      judgeAgainst: header.judgeAgainst,
      ...(header.citationPattern !== null ? { citationPattern: header.citationPattern } : {}),
      ...(header.budgetMs !== null ? { budgetMs: header.budgetMs } : {}),
    };
    const results = encodeJsonLines(await evaluateCases(entries.map((entry) => entry.golden), { byId, missing: [], unknown: [] }, judge, options));
    parentPort!.postMessage(results, [results.buffer as ArrayBuffer]);
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
    const onMessage = (results: Uint8Array): void => {
      settle();
      resolve(decodeJsonLines(results) as CaseResult[]);
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
