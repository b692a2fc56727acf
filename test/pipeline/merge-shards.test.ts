import { beforeAll, describe, expect, it } from 'vitest';
import { mergeShardReports } from '../../src/pipeline/merge-shards.js';
import type { ReportPart } from '../../src/report/merge.js';
import type { Report } from '../../src/report/types.js';
import { validateReport } from '../../src/report/validate-report.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { answeredGoldenSet, shardReport, withoutTimings, type RunContext } from '../report/shard-reports.js';

let data: RunContext;
let whole: Report;
let shards: ReportPart[];
const TOTAL = 4;

beforeAll(async () => {
  data = await answeredGoldenSet();
  whole = data.whole;
  shards = [];
  for (let index = 1; index <= TOTAL; index++) {
    shards.push({ file: `report-${index}.json`, report: await shardReport(data, { index, total: TOTAL }, { startedAt: new Date(Date.UTC(2025, 4, 1, 10, index)) }) });
  }
}, 60_000);

function mergeError(parts: ReportPart[]): ConfigurationError {
  try {
    mergeShardReports(parts);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected the merge to be refused');
}

describe('mergeShardReports', () => {
  it('gives the unsharded report byte for byte, apart from timings', () => {
    expect(whole.cases.filter((c) => c.status !== 'not-run').length).toBe(data.goldenSet.cases.length);
    expect(whole.metrics.counts.claims).toBeGreaterThan(data.goldenSet.cases.length);
    expect(whole.drift?.status).toBe('skipped');
    // Each shard alone is partial and never passes.
    for (const s of shards) expect(s.report.run.partial).toBe(true);
    const merged = mergeShardReports([...shards].reverse());
    expect(JSON.stringify(withoutTimings(merged), null, 2)).toBe(JSON.stringify(withoutTimings(whole), null, 2));
    expect(merged.run.partial).toBe(false);
    expect(merged.verdict).toEqual(whole.verdict);
    expect(() => validateReport(JSON.parse(JSON.stringify(merged)), 'merged.json')).not.toThrow();
  });

  it('spans the parts in time', () => {
    const merged = mergeShardReports(shards);
    expect(merged.run.startedAt).toBe('2025-05-01T10:01:00.000Z');
    expect(merged.run.finishedAt).toBe('2025-05-01T10:04:01.234Z');
    expect(merged.run.durationMs).toBe(181_234);
  });

  it('also merges parts that list only their own cases', () => {
    const trimmed = shards.map((p) => ({ ...p, report: { ...p.report, cases: p.report.cases.filter((c) => c.status !== 'not-run') } }));
    expect(withoutTimings(mergeShardReports(trimmed))).toEqual(withoutTimings(whole));
  });

  it('refuses a missing shard, naming it', () => {
    const error = mergeError([shards[0]!, shards[1]!, shards[3]!]);
    expect(error.message).toMatch(/shard 3\/4 is missing \(got 3 of 4\)/);
    expect(error.fix).toMatch(/download every shard report/);
  });

  it('refuses a duplicated shard, naming both files', () => {
    const error = mergeError([...shards, { file: 'copy-of-2.json', report: shards[1]!.report }]);
    expect(error.message).toMatch(/shard 2\/4 is given twice: report-2.json and copy-of-2.json/);
    expect(error.file).toBe('copy-of-2.json');
  });

  it('refuses shards from different golden sets', async () => {
    const other = await shardReport(data, { index: 2, total: TOTAL }, { goldenSetHash: 'f'.repeat(64) });
    const error = mergeError([shards[0]!, { file: 'other.json', report: other }, shards[2]!, shards[3]!]);
    expect(error.message).toMatch(/different golden set than report-1.json \(ffffffffffff vs [0-9a-f]{12}\)/);
    expect(error.file).toBe('other.json');
    expect(error.place).toBe('/goldenSet/hash');
  });

  it('refuses shards run with different settings', async () => {
    const strict = await shardReport(data, { index: 4, total: TOTAL }, { policy: 'strict' });
    const error = mergeError([shards[0]!, shards[1]!, shards[2]!, { file: 'strict.json', report: strict }]);
    expect(error.message).toMatch(/different settings/);
    expect(error.file).toBe('strict.json');
  });

  it('refuses shards of different splits and unsharded reports', () => {
    const otherSplit = { file: 'of-5.json', report: { ...shards[0]!.report, run: { ...shards[0]!.report.run, shard: { index: 1, total: 5 } } } };
    expect(mergeError([shards[1]!, otherSplit]).message).toMatch(/this is shard 1\/5, but report-2.json is shard 2\/4/);
    expect(mergeError([...shards, { file: 'whole.json', report: whole }]).message).toMatch(/not a shard/);
    expect(mergeError([]).message).toMatch(/no shard reports/);
  });

  it('refuses a part whose results are not its shard (tampered or another split)', () => {
    // Shard 1 claims results for shard 2's cases.
    const shard2Ran = new Map(shards[1]!.report.cases.filter((c) => c.status !== 'not-run').map((c) => [c.id, c]));
    const forged = { ...shards[0]!.report, cases: shards[0]!.report.cases.map((c) => shard2Ran.get(c.id) ?? c) };
    const error = mergeError([{ file: 'report-1.json', report: forged }, ...shards.slice(1)]);
    expect(error.message).toMatch(/was run by shard 1\/4, but it belongs to shard 2\/4/);
  });

  it('stays partial when a shard was cancelled', () => {
    const cancelled = structuredClone(shards[2]!.report);
    cancelled.run.partialReason = 'cancelled after 3 of 16 cases';
    const victim = cancelled.cases.find((c) => c.status !== 'not-run')!;
    Object.assign(victim, { status: 'not-run', answer: '', claims: [], hallucinated: false, hallucinationReasons: [], facts: [], forbidden: [], nonClaims: [] });
    const merged = mergeShardReports([shards[0]!, shards[1]!, { file: 'report-3.json', report: cancelled }, shards[3]!]);
    expect(merged.run.partial).toBe(true);
    expect(merged.run.partialReason).toBe('shard 3/4: cancelled after 3 of 16 cases; 1 case was not run');
    expect(merged.verdict.status).not.toBe('pass');
  });
});
