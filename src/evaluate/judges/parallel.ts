import { Worker } from 'node:worker_threads';
import type { Judge, JudgeRequest, JudgeResult } from '../types.js';

/** What a judge worker is started with: it judges with the deterministic judge. */
export interface JudgeWorkerData {
  factgateJudgeWorker: true;
}

export interface ParallelJudgeOptions {
  /** The script a worker runs: the bundle's own entry, which turns into a judge worker. */
  entry: URL;
  threads: number;
  /** Bounds each worker's heap, so a long run never grows past what it needs. */
  maxOldGenerationSizeMb?: number;
}

/**
 * Spreads the deterministic judge over worker threads. The judge is pure, so the verdicts
 * are the same as on one thread; requests are split into contiguous runs so each worker
 * sees whole cases and reuses its source indexes.
 */
export function createParallelJudge(name: string, options: ParallelJudgeOptions, local: Judge): Judge & { close(): Promise<void> } {
  // The calling thread judges a share too: it would otherwise only wait.
  const workers = Array.from({ length: options.threads - 1 }, () => {
    const workerData: JudgeWorkerData = { factgateJudgeWorker: true };
    // A roomy young generation: the judge makes many short-lived objects, and a small one
    // spends more time collecting than judging.
    return new Worker(options.entry, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 512, maxYoungGenerationSizeMb: 96 },
    });
  });
  const ask = (worker: Worker, requests: readonly JudgeRequest[]): Promise<JudgeResult[]> =>
    new Promise((resolve, reject) => {
      const onMessage = (results: JudgeResult[]): void => {
        worker.off('error', onError);
        resolve(results);
      };
      const onError = (error: Error): void => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(requests);
    });
  return {
    name,
    async judge(requests) {
      const own = Math.floor(requests.length / (workers.length + 1));
      const size = Math.ceil((requests.length - own) / Math.max(1, workers.length));
      const parts = workers.map((worker, i) => ask(worker, requests.slice(own + i * size, own + (i + 1) * size)));
      const mine = await local.judge(requests.slice(0, own));
      return [...mine, ...(await Promise.all(parts)).flat()];
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
