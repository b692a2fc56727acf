import type { AppResponse } from './types.js';

export interface CaseRunResult {
  /** One response per case that ran, in input order; failures carry `error`. */
  responses: AppResponse[];
  /** Ids of cases never run, or cut short, because the run was cancelled; in input order. */
  notRun: string[];
  cancelled: boolean;
}

export interface RunCasesOptions {
  /** Cases in flight at once; each lane runs one case at a time. */
  concurrency: number;
  signal?: AbortSignal | undefined;
  /** Called as each case settles (for progress). */
  onSettled?: ((response: AppResponse) => void) | undefined;
}

/**
 * Runs `task` over `items` with at most `concurrency` in flight. Lane numbers let a
 * provider keep one long-lived resource (a worker process) per lane. On cancel, no new
 * case starts, in-flight tasks see the signal, and every case without a real outcome
 * is listed in `notRun` so the report can say it is partial.
 */
export async function runCases<T extends { id: string }>(
  items: readonly T[],
  options: RunCasesOptions,
  task: (item: T, lane: number, signal: AbortSignal) => Promise<AppResponse>,
): Promise<CaseRunResult> {
  const signal = options.signal ?? new AbortController().signal;
  const outcomes: (AppResponse | undefined)[] = new Array(items.length);
  let next = 0;
  const lanes = Math.max(1, Math.min(Math.floor(options.concurrency), items.length));

  async function lane(index: number): Promise<void> {
    while (!signal.aborted && next < items.length) {
      const position = next++;
      const response = await task(items[position]!, index, signal);
      // A failure that coincides with the cancel was caused by it: that case did not run.
      if (signal.aborted && response.error !== undefined) continue;
      outcomes[position] = response;
      options.onSettled?.(response);
    }
  }

  await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
  const responses: AppResponse[] = [];
  const notRun: string[] = [];
  outcomes.length = items.length;
  for (let i = 0; i < items.length; i++) {
    const outcome = outcomes[i];
    if (outcome) responses.push(outcome);
    else notRun.push(items[i]!.id);
  }
  return { responses, notRun, cancelled: signal.aborted };
}
