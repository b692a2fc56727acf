/**
 * Merging shard reports (`factgate run --shard i/N`) into the report of the whole run.
 * The parts must come from the same golden set, settings, policy, commit and factgate
 * version, and hold each shard exactly once. Metrics and categories are recomputed from
 * the merged cases; drift and the verdict are decided afresh by pipeline/judge-report,
 * as for a run, so the result equals an unsharded run apart from timings.
 */
import { computeCategoryMetrics, computeMetrics } from '../evaluate/metrics.js';
import { shardOfEach, type ShardSpec } from '../responses/shard.js';
import { ConfigurationError } from '../shared/errors.js';
import type { CaseResult, Report, UnjudgedReport } from './types.js';

/** One shard report and the file it was read from (for error messages). */
export interface ReportPart {
  file: string;
  report: Report;
}

export function mergeReports(parts: readonly ReportPart[]): UnjudgedReport {
  if (parts.length === 0) {
    throw new ConfigurationError('no shard reports to merge', {
      place: 'factgate merge',
      fix: 'pass every shard report, e.g. factgate merge reports/report-*.json --out report.json',
    });
  }
  const first = parts[0]!;
  checkSameRun(parts);
  const total = checkShardSet(parts);
  const { cases, owners } = mergeCases(parts, total);
  const reasons = partialReasons(parts, cases);

  return {
    schemaVersion: first.report.schemaVersion,
    tool: first.report.tool,
    run: {
      ...first.report.run,
      ...mergedTimes(parts),
      shard: null,
      partial: reasons.length > 0,
      partialReason: reasons.length > 0 ? reasons.join('; ') : null,
    },
    goldenSet: first.report.goldenSet,
    settings: first.report.settings,
    policy: first.report.policy,
    metrics: computeMetrics(cases),
    categories: computeCategoryMetrics(cases),
    cases,
    responses: mergeResponseLists(parts, cases, owners),
    coverage: mergedCoverage(parts),
  };
}

/** Everything that must be identical across parts for their cases to belong together. */
function checkSameRun(parts: readonly ReportPart[]): void {
  const first = parts[0]!;
  const same: { what: string; pointer: string; get: (r: Report) => unknown; fix: string }[] = [
    {
      what: 'golden set',
      pointer: '/goldenSet/hash',
      get: (r) => r.goldenSet.hash,
      fix: 'run every shard on the same golden set (same commit), then merge',
    },
    {
      what: 'settings',
      pointer: '/settings/settingsHash',
      get: (r) => r.settings.settingsHash,
      fix: 'run every shard with the same settings, judge and policy',
    },
    {
      what: 'policy',
      pointer: '/policy',
      get: (r) => JSON.stringify(r.policy),
      fix: 'run every shard with the same policy',
    },
    {
      what: 'factgate version',
      pointer: '/tool/version',
      get: (r) => r.tool.version,
      fix: 'run every shard with the same factgate version',
    },
    {
      what: 'commit',
      pointer: '/run/gitSha',
      get: (r) => r.run.gitSha,
      fix: 'run every shard on the same commit (one workflow run)',
    },
  ];
  for (const check of same) {
    const expected = check.get(first.report);
    const other = parts.find((p) => check.get(p.report) !== expected);
    if (other) {
      throw new ConfigurationError(
        `this shard comes from a different ${check.what} than ${first.file} (${short(check.get(other.report))} vs ${short(expected)})`,
        { file: other.file, place: check.pointer, fix: check.fix },
      );
    }
  }
}

/** Checks each shard 1..N is there exactly once; returns N. */
function checkShardSet(parts: readonly ReportPart[]): number {
  const unsharded = parts.find((p) => p.report.run.shard === null);
  if (unsharded) {
    throw new ConfigurationError('this report is not a shard (it has no run.shard)', {
      file: unsharded.file,
      place: '/run/shard',
      fix: 'merge only reports written by factgate run --shard INDEX/TOTAL',
    });
  }
  const total = parts[0]!.report.run.shard!.total;
  const byIndex = new Map<number, string>();
  for (const part of parts) {
    const shard = part.report.run.shard!;
    if (shard.total !== total) {
      throw new ConfigurationError(`this is shard ${shard.index}/${shard.total}, but ${parts[0]!.file} is shard ${formatSpec(parts[0]!.report.run.shard!)}`, {
        file: part.file,
        place: '/run/shard/total',
        fix: 'merge shards of one split: every part must have the same total',
      });
    }
    const seen = byIndex.get(shard.index);
    if (seen !== undefined) {
      throw new ConfigurationError(`shard ${shard.index}/${total} is given twice: ${seen} and ${part.file}`, {
        file: part.file,
        place: '/run/shard/index',
        fix: 'pass each shard report once',
      });
    }
    byIndex.set(shard.index, part.file);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new ConfigurationError(
      `${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${total}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (got ${parts.length} of ${total})`,
      {
        place: 'factgate merge',
        fix: 'download every shard report (a failed matrix job still uploads its report) and pass them all',
      },
    );
  }
  return total;
}

/**
 * The whole run's cases: each taken from the part whose shard owns it (recomputed from
 * the ids, as `--shard` chose it). Parts may list only their own cases or every case
 * with the others marked not-run; either way a case run by two parts is an error.
 */
function mergeCases(parts: readonly ReportPart[], total: number): { cases: CaseResult[]; owners: Map<string, ReportPart> } {
  const { caseCount } = parts[0]!.report.goldenSet;
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    for (const c of part.report.cases) {
      if (!seen.has(c.id)) {
        seen.add(c.id);
        ids.push(c.id);
      }
    }
  }
  if (ids.length !== caseCount) {
    throw new ConfigurationError(`the shards hold ${ids.length} distinct cases, but the golden set has ${caseCount}`, {
      file: parts[0]!.file,
      place: '/goldenSet/caseCount',
      fix: 'merge the complete, unmodified reports of one sharded run',
    });
  }
  const byIndex = new Map(parts.map((p) => [p.report.run.shard!.index, p]));
  const owner = new Map<string, ReportPart>();
  for (const [id, index] of shardOfEach(ids, total)) owner.set(id, byIndex.get(index)!);

  // One pass over every part: keep each owner's result, and catch a part that ran
  // a case of another shard (tampered, or split by another version).
  const results = new Map<string, CaseResult>();
  for (const part of parts) {
    for (const c of part.report.cases) {
      const home = owner.get(c.id)!;
      if (home === part) results.set(c.id, c);
      else if (c.status !== 'not-run') {
        throw new ConfigurationError(
          `case ${JSON.stringify(c.id)} was run by shard ${formatSpec(part.report.run.shard!)}, but it belongs to shard ${formatSpec(home.report.run.shard!)} (${home.file})`,
          { file: part.file, place: '/cases', fix: 'merge reports produced by factgate run --shard INDEX/TOTAL of the same version, unmodified' },
        );
      }
    }
  }
  const pick = (id: string): CaseResult => {
    const result = results.get(id);
    if (!result) {
      const part = owner.get(id)!;
      throw new ConfigurationError(`case ${JSON.stringify(id)} belongs to shard ${formatSpec(part.report.run.shard!)}, but this report has no result for it`, {
        file: part.file,
        place: '/cases',
        fix: 'produce the shard with factgate run --shard on the same golden set, and merge the unmodified report',
      });
    }
    return result;
  };
  // Every part listing every case keeps the run's own order; otherwise golden-set order (by id).
  const complete = parts.every((p) => p.report.cases.length === caseCount);
  const order = complete ? parts[0]!.report.cases.map((c) => c.id) : [...ids].sort(compareIds);
  return { cases: order.map(pick), owners: owner };
}

/** Matches the golden-set loader's order: by id, comparing UTF-16 code units. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function mergeResponseLists(
  parts: readonly ReportPart[],
  cases: readonly CaseResult[],
  owners: ReadonlyMap<string, ReportPart>,
): Report['responses'] {
  // A part may call other shards' cases missing; only the owner's word counts.
  const missingByPart = new Map(parts.map((p) => [p, new Set(p.report.responses.missing)]));
  const missing = cases.filter((c) => missingByPart.get(owners.get(c.id)!)!.has(c.id)).map((c) => c.id);
  const unknown = [...new Set(parts.flatMap((p) => p.report.responses.unknown))].sort();
  return { missing, unknown };
}

/** Reasons the merged report is still partial: a shard cancelled, cases not run. */
function partialReasons(parts: readonly ReportPart[], cases: readonly CaseResult[]): string[] {
  const reasons: string[] = [];
  for (const part of parts) {
    const shard = part.report.run.shard!;
    const reason = part.report.run.partialReason;
    if (reason !== null && reason !== `shard ${shard.index}/${shard.total}`) reasons.push(`shard ${formatSpec(shard)}: ${reason}`);
  }
  const notRun = cases.filter((c) => c.status === 'not-run').length;
  if (notRun > 0) reasons.push(`${notRun} case${notRun === 1 ? ' was' : 's were'} not run`);
  return reasons;
}

function mergedTimes(parts: readonly ReportPart[]): Pick<Report['run'], 'startedAt' | 'finishedAt' | 'durationMs'> {
  const starts = parts.map((p) => Date.parse(p.report.run.startedAt));
  const ends = parts.map((p) => Date.parse(p.report.run.finishedAt));
  const startedAt = Math.min(...starts);
  const finishedAt = Math.max(...ends);
  return { startedAt: new Date(startedAt).toISOString(), finishedAt: new Date(finishedAt).toISOString(), durationMs: finishedAt - startedAt };
}

/** Code coverage does not depend on the shard: every part that has it must agree. */
function mergedCoverage(parts: readonly ReportPart[]): Report['coverage'] {
  const withCoverage = parts.filter((p) => p.report.coverage !== null);
  if (withCoverage.length === 0) return null;
  const reference = JSON.stringify(withCoverage[0]!.report.coverage);
  const differing = withCoverage.find((p) => JSON.stringify(p.report.coverage) !== reference);
  if (differing) {
    throw new ConfigurationError(`this shard's code coverage differs from ${withCoverage[0]!.file}'s`, {
      file: differing.file,
      place: '/coverage',
      fix: 'give every shard the same coverage reports, or give them to one shard only',
    });
  }
  return withCoverage[0]!.report.coverage;
}

function formatSpec(spec: ShardSpec): string {
  return `${spec.index}/${spec.total}`;
}

function short(value: unknown): string {
  const text = String(value);
  return /^[0-9a-f]{40,}$/.test(text) ? text.slice(0, 12) : JSON.stringify(value);
}
