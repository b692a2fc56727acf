/** What a factgate worker thread is started with: its kind, in workerData. */
export type WorkerKind = 'evaluate' | 'load';

export interface WorkerMarker {
  factgateWorker: WorkerKind;
}
