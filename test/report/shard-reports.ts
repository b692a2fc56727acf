import { fileURLToPath } from 'node:url';
import { evaluateCases } from '../../src/evaluate/evaluate.js';
import { DEFAULT_CITATION_PATTERN } from '../../src/evaluate/claims.js';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { loadGoldenSet } from '../../src/golden/load-golden-set.js';
import type { GoldenSet } from '../../src/golden/types.js';
import { gateInputFromReport } from '../../src/pipeline/run-gate.js';
import { evaluatePolicy } from '../../src/policy/evaluate-policy.js';
import { presetPolicy } from '../../src/policy/resolve-policy.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/types.js';
import { matchResponses } from '../../src/responses/file.js';
import { getResponses } from '../../src/responses/providers.js';
import { selectShard, type ShardSpec } from '../../src/responses/shard.js';
import type { AppResponse } from '../../src/responses/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP = fileURLToPath(new URL('../../examples/app/app.mjs', import.meta.url));

/** The bundled golden set answered by the bundled example app (worker mode), once. */
export async function answeredGoldenSet(): Promise<{ goldenSet: GoldenSet; responses: AppResponse[] }> {
  const goldenSet = await loadGoldenSet(['golden-sets'], ROOT);
  const run = await getResponses(
    goldenSet.cases,
    { kind: 'command', mode: 'worker', command: `${JSON.stringify(process.execPath)} ${JSON.stringify(APP)} --worker` },
    { concurrency: 2 },
  );
  return { goldenSet, responses: run.responses };
}

/**
 * A report as `factgate run` builds it, for the whole set or for one shard: the shard's
 * cases are run, the others recorded as not run.
 */
export async function reportFor(
  data: { goldenSet: GoldenSet; responses: AppResponse[] },
  shard: ShardSpec | null,
  overrides: { goldenSetHash?: string; policy?: string; startedAt?: Date } = {},
): Promise<Report> {
  const { goldenSet } = data;
  const inShard = new Set((shard ? selectShard(goldenSet.cases, shard) : goldenSet.cases).map((c) => c.id));
  const notRun = new Set(goldenSet.cases.filter((c) => !inShard.has(c.id)).map((c) => c.id));
  const matched = matchResponses(goldenSet.cases, data.responses.filter((r) => inShard.has(r.id)));
  const judge = createDeterministicJudge();
  const cases = await evaluateCases(goldenSet.cases, matched, judge, { notRun });
  const startedAt = overrides.startedAt ?? new Date('2025-05-01T10:00:00Z');
  const policy = presetPolicy(overrides.policy ?? 'standard');
  const report = buildReport({
    version: '0.1.0',
    startedAt,
    finishedAt: new Date(startedAt.getTime() + 1234),
    git: { sha: 'a'.repeat(40), ref: 'refs/pull/7/merge', runUrl: 'https://example.invalid/run/1' },
    goldenSet: { files: goldenSet.files, hash: overrides.goldenSetHash ?? goldenSet.hash, caseCount: goldenSet.cases.length },
    settings: { responses: 'command', judge: { name: judge.name, version: '1' }, citationPattern: DEFAULT_CITATION_PATTERN.source },
    policy,
    cases,
    responses: { missing: matched.missing.filter((id) => inShard.has(id)), unknown: matched.unknown },
    coverage: null,
    drift: null,
    verdict: { status: 'error', breaches: [], warnings: [], notes: [], override: null },
    shard,
    partialReason: null,
  });
  report.verdict = evaluatePolicy(gateInputFromReport(report), policy);
  return report;
}

/** The report with everything that depends on the clock removed. */
export function withoutTimings(report: Report): unknown {
  const copy = structuredClone(report);
  copy.run.startedAt = '';
  copy.run.finishedAt = '';
  copy.run.durationMs = 0;
  copy.metrics.latency = null;
  for (const c of copy.cases) c.latencyMs = null;
  return copy;
}
