/**
 * The pipeline end to end: settings → golden set → responses → evaluate → metrics →
 * coverage → drift → policy → report. Entry points pass in what touches the outside
 * world (clock, environment, cancellation, progress) and decide what to do with the report.
 */
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { ChangedFile, GitRunner } from '../coverage/index.js';
import { compareWithBaseline, loadBaselineReport, skippedDrift, uncertifiedThresholds } from '../drift/index.js';
import { DEFAULT_CITATION_PATTERN } from '../evaluate/claims.js';
import { evaluateCases } from '../evaluate/evaluate.js';
import type { Judge } from '../evaluate/types.js';
import { loadGoldenSet } from '../golden/load-golden-set.js';
import { evaluatePolicy, type GateInput } from '../policy/evaluate-policy.js';
import { buildReport } from '../report/build-report.js';
import type { CaseResult, Report, ReportDrift } from '../report/types.js';
import { loadResponsesFile, matchResponses } from '../responses/file.js';
import type { ProgressSink } from '../responses/progress.js';
import { selectShard } from '../responses/shard.js';
import type { AppResponse } from '../responses/types.js';
import type { Settings } from '../settings/settings.js';
import { ConfigurationError } from '../shared/errors.js';
import { measureCoverage } from './coverage-step.js';
import { gitRunner } from './git-runner.js';
import { buildJudge } from './judge-factory.js';

/** Same words for a run and a merge without a baseline, so both reports agree. */
export const NO_BASELINE_REASON = 'no baseline report was configured (first run, or --baseline not set)';

/** Below this many cases, starting judge threads costs more than it saves. */
const PARALLEL_JUDGE_MIN_CASES = 5000;
const MAX_JUDGE_THREADS = 4;
/** Cases per judge call when threads share the work: enough to keep each one busy. */
const PARALLEL_BATCH = 2048;

export interface GateDependencies {
  version: string;
  now: () => Date;
  git: { sha: string | null; ref: string | null; runUrl: string | null };
  /** The environment the app and the judge see (API keys, ${NAME} in headers). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Cancels the run: children are stopped and the report is marked partial. */
  signal?: AbortSignal;
  progress?: ProgressSink;
  /** Runs git for patch coverage (default: the git on PATH, in the working directory). */
  runGit?: GitRunner;
  /** Overrides the judge the settings name (tests, or a judge with a client passed in). */
  judge?: Judge;
  /** A script that can run as a judge worker: large runs judge on every core. */
  judgeWorkerEntry?: URL;
  /** Lines the change adds, when the caller already has them (the pull-request files API). */
  changedLines?: ChangedFile[];
  /** Why there is no baseline, when the caller looked for one (baseline: auto). */
  noBaselineReason?: string;
  /** Told about things worth a line in the log (a cache started afresh). */
  warn?: (message: string) => void;
}

export interface GateRun {
  report: Report;
  /** The baseline report the drift tests compared with, for renderers' baseline columns. */
  baseline: Report | null;
  /** Values to mask in everything shown: API keys, header secrets. */
  secrets: string[];
}

export async function runGate(settings: Settings, deps: GateDependencies): Promise<GateRun> {
  const startedAt = deps.now();
  const env = deps.env ?? process.env;
  const goldenSet = await loadGoldenSet(settings.goldenSet, settings.cwd);
  const cases = settings.shard ? selectShard(goldenSet.cases, settings.shard) : goldenSet.cases;

  const secrets: string[] = [];
  let responses: AppResponse[];
  let notRun: string[] = [];
  if (settings.responses.kind === 'file') {
    responses = await loadResponsesFile(settings.responses.path, settings.cwd);
    if (settings.shard) {
      const ids = new Set(cases.map((c) => c.id));
      const allIds = new Set(goldenSet.cases.map((c) => c.id));
      // Other shards' answers are theirs, not unknown ids.
      responses = responses.filter((r) => ids.has(r.id) || !allIds.has(r.id));
    }
  } else {
    // Loaded only when the app is run, so a file of answers never pays for the HTTP client.
    const { getResponses } = await import('../responses/providers.js');
    const run = await getResponses(cases, settings.responses.provider, {
      ...(settings.run.concurrency !== null ? { concurrency: settings.run.concurrency } : {}),
      ...(settings.run.timeoutMs !== null ? { timeoutMs: settings.run.timeoutMs } : {}),
      ...(settings.run.retries !== null ? { retries: settings.run.retries } : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
      ...(deps.progress ? { progress: deps.progress } : {}),
      env: { ...env },
      cwd: settings.cwd,
    });
    responses = run.responses;
    notRun = run.notRun;
    secrets.push(...run.secrets);
  }
  const matched = matchResponses(cases, responses);
  const notRunSet = new Set(notRun);
  matched.missing = matched.missing.filter((id) => !notRunSet.has(id));

  const threads = deps.judgeWorkerEntry && cases.length >= PARALLEL_JUDGE_MIN_CASES ? Math.min(availableParallelism(), MAX_JUDGE_THREADS) : 1;
  const built = deps.judge ? null : await buildJudge(settings.judge, env, settings.cwd, threads > 1 ? { entry: deps.judgeWorkerEntry!, threads } : null);
  const judge = deps.judge ?? built!.judge;
  if (built) secrets.push(...built.secrets);
  if (built?.warning) deps.warn?.(built.warning);
  let results: CaseResult[];
  try {
    results = await evaluateCases(cases, matched, judge, {
    ...(settings.citationPattern !== undefined ? { citationPattern: settings.citationPattern } : {}),
    notRun: notRunSet,
    ...(threads > 1 ? { batchSize: PARALLEL_BATCH } : {}),
  });
    await built?.save();
  } finally {
    // Judge threads would keep the process alive.
    await built?.close();
  }

  const report = buildReport({
    version: deps.version,
    startedAt,
    finishedAt: deps.now(),
    git: deps.git,
    goldenSet: { files: goldenSet.files, hash: goldenSet.hash, caseCount: goldenSet.cases.length },
    settings: {
      responses: settings.responses.kind === 'file' ? 'file' : settings.responses.provider.kind === 'http' ? 'http' : `command (${settings.responses.provider.mode})`,
      judge: { name: judge.name, version: judgeVersion(judge) },
      citationPattern: settings.citationPattern ?? DEFAULT_CITATION_PATTERN.source,
    },
    policy: settings.policy,
    cases: results,
    responses: { missing: matched.missing, unknown: matched.unknown },
    coverage: null,
    drift: null,
    verdict: { status: 'error', breaches: [], warnings: [], notes: [], override: null },
    shard: settings.shard,
    partialReason: notRun.length > 0 ? `cancelled: ${notRun.length} case${notRun.length === 1 ? '' : 's'} not run` : null,
  });
  const inputProblems: string[] = [];
  report.coverage = await measureCoverage(settings, deps.runGit ?? gitRunner(settings.cwd), inputProblems, deps.changedLines ?? null);
  const drift = await driftAgainstBaseline(report, settings, inputProblems, deps.noBaselineReason);
  report.drift = drift.drift;
  report.verdict = evaluatePolicy(
    gateInputFromReport(report, { inputProblems, uncertified: uncertifiedThresholds(report.metrics, settings.policy.thresholds) }),
    settings.policy,
  );
  return { report, secrets, baseline: drift.baseline };
}

/**
 * Drift against the baseline report, when one is configured. An unreadable baseline is an
 * input problem the policy rules on (fail closed by default), never a silent skip.
 */
async function driftAgainstBaseline(
  report: Report,
  settings: Settings,
  inputProblems: string[],
  noBaselineReason: string | undefined,
): Promise<{ drift: ReportDrift; baseline: Report | null }> {
  const options = { alpha: settings.policy.alpha, minEffect: settings.policy.minEffect };
  if (settings.shard !== null) return { drift: skippedDrift('a shard is compared with the baseline only once merged'), baseline: null };
  if (settings.baseline === null) {
    const reason = noBaselineReason ?? (settings.baselineAuto ? 'baseline: auto finds the base branch report only in GitHub Actions, on a pull request' : NO_BASELINE_REASON);
    return { drift: compareWithBaseline(report, null, { ...options, noBaselineReason: reason }), baseline: null };
  }
  const display = relative(settings.cwd, settings.baseline) || settings.baseline;
  try {
    const load = await loadBaselineReport(settings.baseline, display);
    return { drift: compareWithBaseline(report, load, options), baseline: load.status === 'loaded' ? load.report : null };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    inputProblems.push(`baseline: ${error.message}`);
    return { drift: compareWithBaseline(report, null, { ...options, noBaselineReason: `the baseline could not be read (${display})` }), baseline: null };
  }
}

/** The policy's view of a report: used for fresh runs and merged shards alike. */
export function gateInputFromReport(report: Report, extra: Partial<Pick<GateInput, 'inputProblems' | 'uncertified'>> = {}): GateInput {
  return {
    metrics: report.metrics,
    coverage: report.coverage,
    drift: report.drift,
    responses: report.responses,
    partial: report.run.partial,
    partialReason: report.run.partialReason,
    inputProblems: extra.inputProblems ?? [],
    uncertified: extra.uncertified ?? [],
  };
}

function judgeVersion(judge: Judge): string {
  return (judge as Judge & { version?: string }).version ?? '1';
}

