import { createHash } from 'node:crypto';
import type { GoldenSet } from '../golden/types.js';
import type { ResolvedPolicy } from '../policy/types.js';
import { computeCategoryMetrics, computeMetrics } from '../evaluate/metrics.js';
import {
  REPORT_SCHEMA_VERSION,
  type CaseResult,
  type Report,
  type ReportCoverage,
  type ReportDrift,
  type UnjudgedReport,
  type Verdict,
} from './types.js';

export interface AssembleInput {
  version: string;
  startedAt: Date;
  finishedAt: Date;
  git: { sha: string | null; ref: string | null; runUrl: string | null };
  goldenSet: Pick<GoldenSet, 'files' | 'hash'> & { caseCount: number };
  settings: Omit<Report['settings'], 'settingsHash'>;
  policy: ResolvedPolicy;
  cases: CaseResult[];
  responses: { missing: string[]; unknown: string[] };
  coverage: ReportCoverage | null;
  shard: { index: number; total: number } | null;
  partialReason: string | null;
}

/** A report with its drift and verdict already decided (fixtures, renderers' samples). */
export interface ReportInput extends AssembleInput {
  drift: ReportDrift | null;
  verdict: Verdict;
}

/** Hash of the settings that change results: shards and baselines must agree on it. */
export function settingsHash(settings: Omit<Report['settings'], 'settingsHash'>, policy: ResolvedPolicy): string {
  return createHash('sha256').update(JSON.stringify([settings, policy])).digest('hex');
}

/** The run's cases and metrics as a report, before drift and the policy (pipeline/judge-report) rule on it. */
export function assembleReport(input: AssembleInput): UnjudgedReport {
  const partial = input.shard !== null || input.partialReason !== null;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'factgate', version: input.version },
    run: {
      startedAt: input.startedAt.toISOString(),
      finishedAt: input.finishedAt.toISOString(),
      durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
      gitSha: input.git.sha,
      ref: input.git.ref,
      runUrl: input.git.runUrl,
      shard: input.shard,
      partial,
      partialReason: input.partialReason ?? (input.shard ? `shard ${input.shard.index}/${input.shard.total}` : null),
    },
    goldenSet: { files: input.goldenSet.files, hash: input.goldenSet.hash, caseCount: input.goldenSet.caseCount },
    settings: { ...input.settings, settingsHash: settingsHash(input.settings, input.policy) },
    policy: input.policy,
    metrics: computeMetrics(input.cases),
    categories: computeCategoryMetrics(input.cases),
    cases: input.cases,
    responses: input.responses,
    coverage: input.coverage,
  };
}

export function buildReport(input: ReportInput): Report {
  return { ...assembleReport(input), drift: input.drift, verdict: input.verdict };
}
