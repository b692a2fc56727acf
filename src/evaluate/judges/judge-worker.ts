import { parentPort, workerData } from 'node:worker_threads';
import type { JudgeRequest } from '../types.js';
import { createDeterministicJudge } from './deterministic.js';
import type { JudgeWorkerData } from './parallel.js';

/** True inside a worker started by createParallelJudge. */
export function isJudgeWorker(): boolean {
  return parentPort !== null && (workerData as Partial<JudgeWorkerData> | null)?.factgateJudgeWorker === true;
}

/** Answers each batch of requests with the deterministic judge's verdicts. */
export function serveJudgeWorker(): void {
  const judge = createDeterministicJudge();
  parentPort!.on('message', (requests: JudgeRequest[]) => {
    parentPort!.postMessage(requests.map((request) => judge.judgeOne(request)));
  });
}
