/**
 * Judging time per case. factgate's own work on a case (splitting the answer into claims,
 * indexing the sources, the deterministic judge) is synchronous, so it cannot be stopped
 * from outside: it is charged to its case as it runs, and checked against the case's
 * budget between requests and, inside one, between the sentences it splits. A case over
 * its budget stops within a sentence and becomes an error; the other cases are judged as
 * if it were not there.
 */
import { formatSeconds, JUDGING_STOPPED } from '../report/format.js';
import type { ClockCheck, JudgeRequest, JudgingBudget } from './types.js';

/** Far above what a normal case takes (milliseconds), and the same as an app's time-out per case. */
export const DEFAULT_JUDGE_BUDGET_MS = 60_000;

/** The signal a clock check throws; caught only by CaseBudgets.runCase. */
const OVER_BUDGET: unique symbol = Symbol('over the judging budget');

/** The budgets of the cases of one batch, numbered by their position in it. */
export class CaseBudgets implements JudgingBudget {
  private readonly spent: Float64Array;
  private readonly over: Uint8Array;
  private readonly caseOfKey = new Map<string, number>();

  constructor(
    readonly budgetMs: number,
    cases: number,
    /** Milliseconds, monotonic. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.spent = new Float64Array(cases);
    this.over = new Uint8Array(cases);
  }

  /** The request with this key belongs to that case. */
  assign(key: string, caseIndex: number): void {
    this.caseOfKey.set(key, caseIndex);
  }

  isOver(caseIndex: number): boolean {
    return this.over[caseIndex] === 1;
  }

  allows(request: JudgeRequest): boolean {
    const caseIndex = this.caseOfKey.get(request.key);
    return caseIndex === undefined || this.over[caseIndex] === 0;
  }

  run<T>(request: JudgeRequest, work: (check: ClockCheck) => T): T | undefined {
    const caseIndex = this.caseOfKey.get(request.key);
    return caseIndex === undefined ? work(noCheck) : this.runCase(caseIndex, work);
  }

  /** Runs work for a case, charging its time; undefined when the case is or goes over its budget. */
  runCase<T>(caseIndex: number, work: (check: ClockCheck) => T): T | undefined {
    if (this.over[caseIndex] === 1) return undefined;
    const started = this.now();
    const deadline = started + this.budgetMs - this.spent[caseIndex]!;
    const check = (): void => {
      if (this.now() > deadline) throw OVER_BUDGET;
    };
    try {
      return work(check);
    } catch (error) {
      if (error !== OVER_BUDGET) throw error;
      return undefined;
    } finally {
      this.spent[caseIndex]! += this.now() - started;
      if (this.spent[caseIndex]! > this.budgetMs) this.over[caseIndex] = 1;
    }
  }

  /** The recorded error of a case over its budget: which budget, and the fix. */
  errorMessage(): string {
    return (
      `${JUDGING_STOPPED} at its judging budget of ${formatSeconds(this.budgetMs)} (judge-budget-ms ${this.budgetMs}): its answer and sources take longer than that to judge; ` +
      'fix: shorten the answer or the sources (a case this slow is usually an answer or a source that runs on for pages), or raise judge-budget-ms'
    );
  }
}

function noCheck(): void {}
