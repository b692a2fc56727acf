/**
 * The pipeline end to end: settings → golden set → responses → evaluate → metrics →
 * policy → report. Entry points pass in what touches the outside world (the judge, the
 * clock, git facts) and decide what to do with the report.
 */
import { loadGoldenSet } from '../golden/load-golden-set.js';
import { evaluateCases } from '../evaluate/evaluate.js';
import type { Judge } from '../evaluate/types.js';
import { createDeterministicJudge } from '../evaluate/judges/deterministic.js';
import { DEFAULT_CITATION_PATTERN } from '../evaluate/claims.js';
import { evaluatePolicy, type GateInput } from '../policy/evaluate-policy.js';
import { buildReport } from '../report/build-report.js';
import type { Report, ReportDrift } from '../report/types.js';
import { compareWithBaseline, loadBaselineReport, uncertifiedThresholds } from '../drift/index.js';
import { ConfigurationError } from '../shared/errors.js';
import { relative } from 'node:path';
import type { GitRunner } from '../coverage/index.js';
import { measureCoverage } from './coverage-step.js';
import { gitRunner } from './git-runner.js';
import { loadResponsesFile, matchResponses } from '../responses/file.js';
import type { Settings } from '../settings/settings.js';

export interface GateDependencies {
  version: string;
  now: () => Date;
  git: { sha: string | null; ref: string | null; runUrl: string | null };
  /** Runs git for patch coverage (default: the git on PATH, in the working directory). */
  runGit?: GitRunner;
  /** Overrides the judge the settings name (tests, or a judge with a client passed in). */
  judge?: Judge;
}

export async function runGate(settings: Settings, deps: GateDependencies): Promise<Report> {
  const startedAt = deps.now();
  const goldenSet = await loadGoldenSet(settings.goldenSet, settings.cwd);
  const responses = await loadResponsesFile(settings.responses.path, settings.cwd);
  const matched = matchResponses(goldenSet.cases, responses);
  const judge = deps.judge ?? createJudge(settings);
  const cases = await evaluateCases(goldenSet.cases, matched, judge, settings.citationPattern === undefined ? {} : { citationPattern: settings.citationPattern });

  const report = buildReport({
    version: deps.version,
    startedAt,
    finishedAt: deps.now(),
    git: deps.git,
    goldenSet: { files: goldenSet.files, hash: goldenSet.hash, caseCount: goldenSet.cases.length },
    settings: {
      responses: settings.responses.kind,
      judge: { name: judge.name, version: judgeVersion(judge) },
      citationPattern: settings.citationPattern ?? DEFAULT_CITATION_PATTERN.source,
    },
    policy: settings.policy,
    cases,
    responses: { missing: matched.missing, unknown: matched.unknown },
    coverage: null,
    drift: null,
    verdict: { status: 'error', breaches: [], warnings: [], notes: [], override: null },
    shard: null,
    partialReason: null,
  });
  const inputProblems: string[] = [];
  report.coverage = await measureCoverage(settings, deps.runGit ?? gitRunner(settings.cwd), inputProblems);
  report.drift = await driftAgainstBaseline(report, settings, inputProblems);
  report.verdict = evaluatePolicy(
    gateInputFromReport(report, { inputProblems, uncertified: uncertifiedThresholds(report.metrics, settings.policy.thresholds) }),
    settings.policy,
  );
  return report;
}

/**
 * Drift against the baseline report, when one is configured. An unreadable baseline is an
 * input problem the policy rules on (fail closed by default), never a silent skip.
 */
async function driftAgainstBaseline(report: Report, settings: Settings, inputProblems: string[]): Promise<ReportDrift> {
  const options = { alpha: settings.policy.alpha, minEffect: settings.policy.minEffect };
  if (settings.baseline === null) return compareWithBaseline(report, null, { ...options, noBaselineReason: 'no baseline report was configured (first run, or --baseline not set)' });
  const display = relative(settings.cwd, settings.baseline) || settings.baseline;
  try {
    return compareWithBaseline(report, await loadBaselineReport(settings.baseline, display), options);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    inputProblems.push(`baseline: ${error.message}`);
    return compareWithBaseline(report, null, { ...options, noBaselineReason: `the baseline could not be read (${display})` });
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

function createJudge(settings: Settings): Judge {
  switch (settings.judge) {
    case 'deterministic':
      return createDeterministicJudge();
  }
}

function judgeVersion(judge: Judge): string {
  return (judge as Judge & { version?: string }).version ?? '1';
}
