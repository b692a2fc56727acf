/**
 * A large golden set is read, checked and packed into evaluation tasks on a thread of its
 * own. The parsed cases are most of a large run's memory; here they die with the thread, in
 * one piece, instead of waiting in the main thread's heap for a full collection that V8
 * puts off as long as it can (a 100,000-case run peaked at 960 MB that way, 700 MB this way).
 */
import { on } from 'node:events';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { packEvaluationTasks, type PackedTask } from './evaluation-pool.js';
import type { JudgeAgainst } from '../evaluate/retrieval.js';
import type { ShardSpec } from '../responses/shard.js';
import { ConfigurationError } from '../shared/errors.js';
import { loadCases, loadMatchedResponses, type GoldenSetSummary } from './load-cases.js';
import type { WorkerMarker } from './worker-marker.js';

export interface LoadRequest {
  goldenSet: string[];
  cwd: string;
  responses: string;
  shard: ShardSpec | null;
  citationPattern: string | null;
  judgeAgainst: JudgeAgainst;
  budgetMs: number | null;
}

/** What the main thread keeps of the golden set and the responses. */
export interface LoadSummary {
  goldenSet: GoldenSetSummary;
  missing: string[];
  unknown: string[];
}

type LoadMessage =
  | { task: PackedTask }
  | { done: LoadSummary }
  | { error: { message: string; configuration: boolean; stack: string | undefined } };

interface LoadWorkerData extends WorkerMarker {
  request: LoadRequest;
}

/** In a worker started by loadOnWorker: loads, sends every task, then the summary. */
export async function serveLoadWorker(): Promise<void> {
  const { request } = workerData as LoadWorkerData;
  const send = (message: LoadMessage): void => parentPort!.postMessage(message, 'task' in message ? [message.task.buffer as ArrayBuffer] : []);
  try {
    const { goldenSet, cases, otherShards } = await loadCases(request.goldenSet, request.cwd, request.shard);
    const matched = await loadMatchedResponses(request.responses, request.cwd, cases, otherShards);
    // Packed in full before any is sent: the evaluators fill their heaps only once this
    // thread's is gone (a 100,000-case run peaked at 700 MB this way, 880 MB sending each
    // task as soon as it was packed, for the same time).
    const tasks = [
      ...packEvaluationTasks(cases, matched, {
        judgeAgainst: request.judgeAgainst,
        ...(request.citationPattern === null ? {} : { citationPattern: request.citationPattern }),
        ...(request.budgetMs === null ? {} : { budgetMs: request.budgetMs }),
      }),
    ];
    for (const task of tasks) send({ task });
    send({ done: { goldenSet, missing: matched.missing, unknown: matched.unknown } });
  } catch (error) {
    const known = error instanceof Error ? error : new Error(String(error));
    send({ error: { message: known.message, configuration: error instanceof ConfigurationError, stack: known.stack } });
  }
}

/**
 * Loads on a worker thread. `tasks` yields each task as the loader sends it; once they are
 * all taken, `summary()` has the rest. A bad input throws the same ConfigurationError (same
 * message) as loading on this thread would.
 */
export function loadOnWorker(entry: URL, request: LoadRequest): { tasks: AsyncIterable<PackedTask>; summary: () => LoadSummary } {
  let summary: LoadSummary | null = null;
  async function* tasks(): AsyncGenerator<PackedTask> {
    const data: LoadWorkerData = { factgateWorker: 'load', request };
    const worker = new Worker(entry, { workerData: data });
    const stopped = new AbortController();
    worker.once('exit', () => stopped.abort());
    try {
      for await (const [message] of on(worker, 'message', { signal: stopped.signal }) as AsyncIterable<[LoadMessage]>) {
        if ('task' in message) {
          yield message.task;
        } else if ('done' in message) {
          summary = message.done;
          return;
        } else {
          throw rebuildError(message.error);
        }
      }
    } catch (error) {
      if (stopped.signal.aborted && (error as Error).name === 'AbortError') throw new Error('the golden-set loader stopped before it finished');
      throw error;
    } finally {
      await worker.terminate();
    }
  }
  return {
    tasks: tasks(),
    summary: () => {
      if (summary === null) throw new Error('the golden-set summary was asked for before every task was taken');
      return summary;
    },
  };
}

function rebuildError(error: { message: string; configuration: boolean; stack: string | undefined }): Error {
  if (error.configuration) return new ConfigurationError(error.message);
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
