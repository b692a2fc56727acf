import type { Report } from './types.js';

/** What a finished report means for the job: one rule for the CLI, the Action, publishing and the comment step. */
export interface GateOutcome {
  /** 0 passed (or a complete shard, or overridden), 1 failed or could not decide. */
  exit: 0 | 1;
  /** One line for the log and the step's error: what was decided and why. */
  headline: string;
  /** True when the job fails on the verdict: `comment: on-failure` comments then, the check run concludes failure. */
  failing: boolean;
}

/**
 * A complete shard is meant to be partial: its report says "partial-report" and the
 * merge judges the whole run, so the shard itself passes. An incomplete shard (cancelled,
 * cases not run) fails like any partial report.
 */
export function gateOutcome(report: Pick<Report, 'verdict' | 'run' | 'cases'>): GateOutcome {
  const { verdict, run } = report;
  if (run.shard !== null && report.cases.every((c) => c.status !== 'not-run')) {
    return { exit: 0, failing: false, headline: `factgate: shard ${run.shard.index}/${run.shard.total} is complete; factgate merge judges the whole run` };
  }
  if (verdict.status === 'pass') return { exit: 0, failing: false, headline: 'factgate: the gate passed' };
  if (verdict.status === 'overridden') {
    return { exit: 0, failing: false, headline: `factgate: the gate failed and was overridden by ${verdict.override?.by ?? 'a maintainer'}` };
  }
  const rules = [...new Set(verdict.breaches.map((b) => b.rule))].join(', ') || 'see the report';
  return {
    exit: 1,
    failing: true,
    headline: `factgate: the gate ${verdict.status === 'fail' ? 'failed' : 'could not decide'}: ${rules}`,
  };
}
