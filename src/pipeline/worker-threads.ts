/**
 * The bundle's entry doubles as the script of factgate's worker threads (the golden-set
 * loader and the evaluators of large runs): each is started with its kind in workerData,
 * and loads only the code it runs.
 */
import { isMainThread, workerData } from 'node:worker_threads';

import type { WorkerMarker } from './worker-marker.js';

/** True when this thread is one of factgate's workers, now serving. */
export async function serveIfWorkerThread(): Promise<boolean> {
  if (isMainThread) return false;
  const kind = (workerData as Partial<WorkerMarker> | null)?.factgateWorker;
  if (kind === 'evaluate') (await import('./evaluation-pool.js')).serveEvaluationWorker();
  else if (kind === 'load') await (await import('./load-worker.js')).serveLoadWorker();
  else return false;
  return true;
}
