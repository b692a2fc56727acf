import { beforeAll, describe, expect, it } from 'vitest';
import { gateOutcome } from '../../src/report/gate-outcome.js';
import { sampleReport } from '../github/support/report-fixture.js';
import { answeredGoldenSet, shardReport, type RunContext } from './shard-reports.js';

let data: RunContext;

beforeAll(async () => {
  data = await answeredGoldenSet();
}, 60_000);

/** A shard's report as `factgate run --shard` writes it: its own cases only. */
async function ownCasesOnly(index: number, total: number) {
  const report = await shardReport(data, { index, total });
  return { ...report, cases: report.cases.filter((c) => c.status !== 'not-run') };
}

describe('gateOutcome', () => {
  it('passes a complete shard, whose own verdict is "could not decide: partial-report"', async () => {
    const shard = await ownCasesOnly(2, 3);
    expect(shard.verdict.status).toBe('error');
    expect(shard.verdict.breaches.map((b) => b.rule)).toContain('partial-report');
    expect(gateOutcome(shard)).toEqual({ exit: 0, failing: false, headline: 'factgate: shard 2/3 is complete; factgate merge judges the whole run' });
  });

  it('fails a shard that stopped before running all its cases', async () => {
    const shard = await ownCasesOnly(1, 3);
    const mine = shard.cases.find((c) => c.status !== 'not-run')!;
    const cancelled = { ...shard, cases: shard.cases.map((c) => (c === mine ? { ...c, status: 'not-run' as const } : c)) };
    expect(gateOutcome(cancelled)).toMatchObject({ exit: 1, failing: true, headline: 'factgate: the gate could not decide: partial-report' });
  });

  it('follows the verdict of a whole run', () => {
    expect(gateOutcome(data.whole)).toEqual({ exit: 0, failing: false, headline: 'factgate: the gate passed' });
    expect(gateOutcome(sampleReport())).toEqual({ exit: 1, failing: true, headline: 'factgate: the gate failed: max-hallucination-rate' });
    const overridden = sampleReport({ verdict: { status: 'overridden', override: { by: 'octocat', at: '2025-03-01T10:00:00Z', via: 'label', permission: 'admin', waived: ['max-hallucination-rate'] } } });
    expect(gateOutcome(overridden)).toEqual({ exit: 0, failing: false, headline: 'factgate: the gate failed and was overridden by octocat' });
    expect(gateOutcome(sampleReport({ verdict: { status: 'error', breaches: [] } }))).toMatchObject({ exit: 1, headline: 'factgate: the gate could not decide: see the report' });
  });
});
