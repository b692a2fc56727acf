/**
 * The pipeline end to end: settings → golden set → responses → evaluate → metrics →
 * coverage → drift → policy → report. Entry points pass in what touches the outside
 * world (clock, environment, cancellation, progress) and decide what to do with the report.
 */
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { ChangedFile, GitRunner } from '../coverage/index.js';
import { loadBaselineReport, type BaselineLoad } from '../drift/index.js';
import { DEFAULT_CITATION_PATTERN } from '../evaluate/claims.js';
import { evaluateCases } from '../evaluate/evaluate.js';
import { evaluateOnWorkers, packEvaluationTasks } from './evaluation-pool.js';
import type { Judge } from '../evaluate/types.js';
import { assembleReport } from '../report/build-report.js';
import type { CaseResult, Report } from '../report/types.js';
import { matchResponses } from '../responses/file.js';
import type { ProgressSink } from '../responses/progress.js';
import type { ResponseSet } from '../responses/types.js';
import type { Settings } from '../settings/settings.js';
import { ConfigurationError } from '../shared/errors.js';
import { SecretMask } from '../shared/secrets.js';
import { measureCoverage } from './coverage-step.js';
import { gitRunner } from './git-runner.js';
import { buildJudge } from './judge-factory.js';
import { judgeReport, NO_BASELINE_REASON, type JudgeInputs } from './judge-report.js';
import { goldenSetBytes, loadCases, loadMatchedResponses, type GoldenSetSummary } from './load-cases.js';
import { loadOnWorker } from './load-worker.js';

/** Below this many cases, starting worker threads costs more than it saves. */
const PARALLEL_MIN_CASES = 5000;
/** A golden set this large on disk (about 4,000 typical cases) is loaded and evaluated off the main thread. */
const LARGE_GOLDEN_SET_BYTES = 4 * 1024 * 1024;
const MAX_EVALUATION_THREADS = 4;

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
  /** A script that can run as an evaluation worker: large runs use every core. */
  workerEntry?: URL;
  /** Lines the change adds, when the caller already has them (the pull-request files API). */
  changedLines?: ChangedFile[];
  /** Why there is no baseline, when the caller looked for one (baseline: auto). */
  noBaselineReason?: string;
  /** Told about things worth a line in the log (a cache started afresh). */
  warn?: (message: string) => void;
  /**
   * The secrets the caller knows (the GitHub token), which its sinks mask: the run adds the
   * app's header values and the judge's key as it finds them, so those are masked from then on.
   */
  secrets?: SecretMask;
}

/**
 * What a run hands over. The report and the baseline are masked: no string in them holds a
 * secret of `secrets`, in any form the mask knows. Renderers take them as they are.
 */
export interface GateRun {
  report: Report;
  /** The baseline report the drift tests compared with, for renderers' baseline columns. */
  baseline: Report | null;
  /** Every secret of the run: the caller's, the app's headers, the judge's key. */
  secrets: SecretMask;
}

export async function runGate(settings: Settings, deps: GateDependencies): Promise<GateRun> {
  const startedAt = deps.now();
  const secrets = deps.secrets ?? new SecretMask();
  // The golden set and the answers are needed only until every case is judged: large runs
  // free them before the report is built.
  const { goldenSet, results, judge, matched, notRun } = await evaluateGoldenSet(settings, deps, secrets);

  const unjudged = assembleReport({
    version: deps.version,
    startedAt,
    finishedAt: deps.now(),
    git: deps.git,
    goldenSet,
    settings: {
      responses: settings.responses.kind === 'file' ? 'file' : settings.responses.provider.kind === 'http' ? 'http' : `command (${settings.responses.provider.mode})`,
      judge: { name: judge.name, version: judgeVersion(judge) },
      citationPattern: settings.citationPattern ?? DEFAULT_CITATION_PATTERN.source,
      judgeAgainst: settings.judgeAgainst,
    },
    policy: settings.policy,
    cases: results,
    responses: { missing: matched.missing, unknown: matched.unknown },
    coverage: null,
    shard: settings.shard,
    partialReason: notRun.length > 0 ? `cancelled: ${notRun.length} case${notRun.length === 1 ? '' : 's'} not run` : null,
  });
  const inputProblems: string[] = [];
  unjudged.coverage = await measureCoverage(settings, deps.runGit ?? gitRunner(settings.cwd), inputProblems, deps.changedLines ?? null);
  const baseline = await baselineFor(settings, inputProblems, deps.noBaselineReason);
  const report = judgeReport(unjudged, { ...baseline, inputProblems });
  // The one place the report is masked: everything written, shown or posted is made from it.
  return { report: secrets.deep(report), secrets, baseline: baseline.baseline?.status === 'loaded' ? secrets.deep(baseline.baseline.report) : null };
}

interface EvaluatedGoldenSet {
  goldenSet: GoldenSetSummary;
  results: CaseResult[];
  judge: Judge;
  matched: { missing: string[]; unknown: string[] };
  notRun: string[];
}

/** Golden set → responses → verdicts: everything that needs the cases and their answers. */
async function evaluateGoldenSet(settings: Settings, deps: GateDependencies, secrets: SecretMask): Promise<EvaluatedGoldenSet> {
  const env = deps.env ?? process.env;
  // Built once the inputs are read, so a bad golden set is reported before a bad judge setting.
  const buildTheJudge = async (): Promise<{ judge: Judge; save: () => Promise<void> }> => {
    const built = deps.judge ? null : await buildJudge(settings.judge, env, settings.cwd);
    if (built) secrets.add(...built.secrets);
    if (built?.warning) deps.warn?.(built.warning);
    return { judge: deps.judge ?? built!.judge, save: async () => built?.save() };
  };

  // Large runs with the offline judge use every core; a judge that calls out is bound by its calls.
  const threads = Math.min(availableParallelism(), MAX_EVALUATION_THREADS);
  const workers = deps.workerEntry !== undefined && !deps.judge && settings.judge.kind === 'deterministic' && threads > 1 ? { entry: deps.workerEntry, threads } : null;
  const citationPattern = settings.citationPattern ?? null;
  if (workers && settings.responses.kind === 'file' && (await goldenSetBytes(settings.goldenSet, settings.cwd)) >= LARGE_GOLDEN_SET_BYTES) {
    // The cases never come to this thread: the loader packs them for the evaluators.
    const loaded = loadOnWorker(workers.entry, {
      goldenSet: settings.goldenSet,
      cwd: settings.cwd,
      responses: settings.responses.path,
      shard: settings.shard,
      citationPattern,
      judgeAgainst: settings.judgeAgainst,
      budgetMs: settings.judge.budgetMs,
    });
    const results = await evaluateOnWorkers(loaded.tasks, workers);
    const { goldenSet, missing, unknown } = loaded.summary();
    const { judge } = await buildTheJudge();
    return { goldenSet, results, judge, matched: { missing, unknown }, notRun: [] };
  }

  const { goldenSet, cases, otherShards } = await loadCases(settings.goldenSet, settings.cwd, settings.shard);
  let matched: ResponseSet;
  let notRun: string[] = [];
  if (settings.responses.kind === 'file') {
    matched = await loadMatchedResponses(settings.responses.path, settings.cwd, cases, otherShards);
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
    matched = matchResponses(cases, run.responses);
    notRun = run.notRun;
    secrets.add(...run.secrets);
  }
  const notRunSet = new Set(notRun);
  matched.missing = matched.missing.filter((id) => !notRunSet.has(id));

  const { judge, save } = await buildTheJudge();
  const options = {
    ...(citationPattern !== null ? { citationPattern } : {}),
    ...(settings.judge.budgetMs !== null ? { budgetMs: settings.judge.budgetMs } : {}),
    notRun: notRunSet,
    judgeAgainst: settings.judgeAgainst,
  };
  const results =
    workers && cases.length >= PARALLEL_MIN_CASES
      ? await evaluateOnWorkers(packEvaluationTasks(cases, matched, options), workers)
      : await evaluateCases(cases, matched, judge, options);
  await save();
  return { goldenSet, results, judge, matched: { missing: matched.missing, unknown: matched.unknown }, notRun };
}

/**
 * The baseline report drift compares with, when one is configured. An unreadable baseline
 * is an input problem the policy rules on (fail closed by default), never a silent skip.
 */
async function baselineFor(settings: Settings, inputProblems: string[], noBaselineReason: string | undefined): Promise<Omit<JudgeInputs, 'inputProblems'>> {
  if (settings.shard !== null) return { baseline: null, driftSkipped: 'a shard is compared with the baseline only once merged' };
  if (settings.baseline === null) {
    const reason = noBaselineReason ?? (settings.baselineAuto ? 'baseline: auto finds the base branch report only in GitHub Actions, on a pull request' : NO_BASELINE_REASON);
    return { baseline: null, noBaselineReason: reason };
  }
  const display = relative(settings.cwd, settings.baseline) || settings.baseline;
  try {
    const baseline: BaselineLoad = await loadBaselineReport(settings.baseline, display);
    return { baseline };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    inputProblems.push(`baseline: ${error.message}`);
    return { baseline: null, noBaselineReason: `the baseline could not be read (${display})` };
  }
}

function judgeVersion(judge: Judge): string {
  return (judge as Judge & { version?: string }).version ?? '1';
}

