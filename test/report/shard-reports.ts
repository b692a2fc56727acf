import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCases } from '../../src/evaluate/evaluate.js';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { loadGoldenSet } from '../../src/golden/load-golden-set.js';
import type { GoldenSet } from '../../src/golden/types.js';
import { judgeReport } from '../../src/pipeline/judge-report.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { presetPolicy } from '../../src/policy/resolve-policy.js';
import { assembleReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/types.js';
import { matchResponses } from '../../src/responses/file.js';
import { getResponses } from '../../src/responses/providers.js';
import { resolveSettings, type Settings } from '../../src/settings/settings.js';
import { selectShard, type ShardSpec } from '../../src/responses/shard.js';
import type { AppResponse } from '../../src/responses/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP = fileURLToPath(new URL('../../examples/app/app.mjs', import.meta.url));

export interface RunContext {
  goldenSet: GoldenSet;
  responses: AppResponse[];
  settings: Settings;
  /** The unsharded report, as `factgate run` writes it. */
  whole: Report;
}

const GIT = { sha: 'a'.repeat(40), ref: 'refs/pull/7/merge', runUrl: 'https://example.invalid/run/1' };

/**
 * The bundled golden set answered by the bundled example app (worker mode), and the
 * unsharded report of those answers from the real pipeline.
 */
export async function answeredGoldenSet(): Promise<RunContext> {
  const goldenSet = await loadGoldenSet(['golden-sets'], ROOT);
  const run = await getResponses(
    goldenSet.cases,
    { kind: 'command', mode: 'worker', command: `${JSON.stringify(process.execPath)} ${JSON.stringify(APP)} --worker` },
    { concurrency: 2 },
  );
  const dir = mkdtempSync(join(tmpdir(), 'factgate-merge-'));
  const responsesFile = join(dir, 'responses.jsonl');
  writeFileSync(responsesFile, run.responses.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const settings = await resolveSettings({ 'golden-set': ['golden-sets'], responses: responsesFile }, ROOT);
  const clock = [new Date('2025-05-01T09:00:00Z'), new Date('2025-05-01T09:00:05Z')];
  const { report: whole } = await runGate(settings, { version: '0.1.0', now: () => clock.shift() ?? new Date(), git: GIT });
  rmSync(dir, { recursive: true, force: true });
  return { goldenSet, responses: run.responses, settings, whole };
}

/**
 * A shard's report, built the way the gate builds a run's: the shard's cases are run,
 * the others recorded as not run.
 */
export async function shardReport(
  context: RunContext,
  shard: ShardSpec,
  overrides: { goldenSetHash?: string; policy?: string; startedAt?: Date } = {},
): Promise<Report> {
  const { goldenSet, settings } = context;
  const inShard = new Set(selectShard(goldenSet.cases, shard).map((c) => c.id));
  const notRun = new Set(goldenSet.cases.filter((c) => !inShard.has(c.id)).map((c) => c.id));
  const matched = matchResponses(goldenSet.cases, context.responses.filter((r) => inShard.has(r.id)));
  const judge = createDeterministicJudge();
  const cases = await evaluateCases(goldenSet.cases, matched, judge, { notRun });
  const startedAt = overrides.startedAt ?? new Date('2025-05-01T10:00:00Z');
  const policy = overrides.policy ? presetPolicy(overrides.policy) : settings.policy;
  const { settingsHash: _derived, ...reportSettings } = context.whole.settings;
  const unjudged = assembleReport({
    version: '0.1.0',
    startedAt,
    finishedAt: new Date(startedAt.getTime() + 1234),
    git: GIT,
    goldenSet: { files: goldenSet.files, hash: overrides.goldenSetHash ?? goldenSet.hash, caseCount: goldenSet.cases.length },
    settings: reportSettings,
    policy,
    cases,
    responses: { missing: matched.missing.filter((id) => inShard.has(id)), unknown: matched.unknown },
    coverage: null,
    shard,
    partialReason: null,
  });
  return judgeReport(unjudged, { baseline: null, driftSkipped: 'a shard is compared with the baseline only once merged' });
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
