import * as core from '@actions/core';
import packageJson from '../../package.json' with { type: 'json' };
import { writeOutputs } from '../cli/run-command.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { runCommentCommand } from '../github/comment-command.js';
import { readEventContext, type EventContext } from '../github/event-context.js';
import type { GitHubLogger } from '../github/logger.js';
import { applyOverride, decideOverride } from '../github/overrides.js';
import { publishToGitHub } from '../github/publish.js';
import { actionsArtifactDownloader } from '../github/report-artifact.js';
import { gitFactsFromEnv } from '../pipeline/git-facts.js';
import { runGate } from '../pipeline/run-gate.js';
import { JOB_SUMMARY_LIMIT } from '../report/budget.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { Report } from '../report/types.js';
import { validateReport } from '../report/validate-report.js';
import { resolveGitHubSettings, type GitHubSettings } from '../settings/github-settings.js';
import type { OutputName } from '../settings/options.js';
import { resolveSettings, type Settings } from '../settings/settings.js';
import { findBaselineReport, workflowFileFromRef } from '../github/baseline-artifact.js';
import { changedLinesFromPullRequest } from '../github/pull-request-files.js';
import type { ChangedFile } from '../coverage/index.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, getErrorMessage } from '../shared/errors.js';
import { redactDeep } from '../shared/escape.js';
import { readActionInputs, readGitHubInputs } from './inputs.js';
import { verdictCacheSync } from './verdict-cache.js';
import { createProgress } from '../responses/progress.js';

const logger: GitHubLogger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
};

/** The Action: the CLI's settings and pipeline, then the GitHub side; the one place that fails the step. */
export async function run(workerEntry?: URL): Promise<void> {
  try {
    const github = resolveGitHubSettings(readGitHubInputs(core), process.env);
    if (github.token) core.setSecret(github.token);
    if (github.mode === 'comment') await commentMode(github, await readEventContext(process.env));
    else await gateMode(github, process.env.GITHUB_EVENT_PATH ? await readEventContext(process.env) : null, workerEntry);
  } catch (error) {
    if (error instanceof ConfigurationError) core.setFailed(`factgate: ${error.message}`);
    else core.setFailed(`factgate: internal error: ${getErrorMessage(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
  }
}

async function gateMode(github: GitHubSettings, context: EventContext | null, workerEntry: URL | undefined): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const settings = await resolveSettings(readActionInputs(core), cwd);
  const judgeKey = readGitHubInputs(core)['judge-api-key'];
  const env: Record<string, string | undefined> = { ...process.env };
  if (judgeKey) {
    core.setSecret(judgeKey);
    env[settings.judge.apiKeyEnv] = judgeKey;
  }
  const usesCache = settings.judge.cache !== null && settings.judge.kind !== 'deterministic';
  const verdictCache = usesCache ? verdictCacheSync(settings.judge, cwd, process.env, await import('@actions/cache'), (m) => core.warning(m)) : null;
  await verdictCache?.restore();
  const noBaselineReason = settings.baselineAuto ? await fetchBaseline(settings, github, context) : undefined;
  const changedLines = await pullRequestChanges(settings, github, context);
  const cancel = new AbortController();
  // The runner sends SIGINT on cancellation: stop the app and keep a partial report.
  process.once('SIGINT', () => cancel.abort());
  process.once('SIGTERM', () => cancel.abort());
  const gate = await runGate(settings, {
    version: packageJson.version,
    now: () => new Date(),
    git: gitFactsFromEnv(process.env),
    env,
    signal: cancel.signal,
    progress: createProgress({ write: (line) => core.info(line.trimEnd()), isTTY: false }),
    warn: (message) => core.warning(message),
    ...(workerEntry ? { workerEntry } : {}),
    ...(noBaselineReason !== undefined ? { noBaselineReason } : {}),
    ...(changedLines ? { changedLines } : {}),
  });
  await verdictCache?.save();
  const secrets = [...gate.secrets, ...(github.token ? [github.token] : []), ...(judgeKey ? [judgeKey] : [])];
  for (const secret of gate.secrets) core.setSecret(secret);
  let report = gate.report;
  const octokit = github.token ? client(github.token) : null;
  const notes: string[] = [];
  if (octokit && context?.kind === 'pull_request' && report.verdict.status === 'fail') {
    const decision = await decideOverride(
      octokit,
      {
        target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
        headSha: context.headSha,
        override: settings.policy.override,
        label: settings.policy.overrideLabel,
        breaches: report.verdict.breaches,
      },
      logger,
    );
    report = applyOverride(report, decision);
    notes.push(...decision.notes);
  }
  report = redactDeep(report, secrets);
  await writeOutputs(report, settings.reportJson, settings.reportMd, gate.baseline, settings.reportJunit);
  core.info(renderTerminal(report, { color: false }));
  setReportOutputs(report, settings.reportJson);
  if (octokit && context) {
    await publishToGitHub({
      report,
      baseline: gate.baseline,
      octokit,
      context,
      settings: { gateId: github.gateId, commentMode: github.commentMode, checkRun: github.checkRun, secrets, notes, ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}) },
      logger,
      io: { writeJobSummary: async (markdown) => void (await core.summary.addRaw(markdown).write()), setOutput: (name, value) => core.setOutput(name, value) },
    });
  } else {
    logger.notice(
      context ? 'No GitHub token: the verdict and the job summary only (pass github-token for the pull-request comment).' : 'No GitHub event: the verdict and the job summary only.',
    );
    await core.summary.addRaw(renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, notes }).markdown).write();
  }
  if (report.verdict.status === 'fail' || report.verdict.status === 'error') {
    core.setFailed(`factgate: the gate ${report.verdict.status === 'fail' ? 'failed' : 'could not decide'}: ${report.verdict.breaches.map((b) => b.rule).join(', ') || 'see the report'}`);
  }
}

/**
 * `baseline: auto`: the report artifact of the base branch's newest successful push run,
 * saved to a file the pipeline then loads with every check. Returns why there is none.
 */
async function fetchBaseline(settings: Settings, github: GitHubSettings, context: EventContext | null): Promise<string | undefined> {
  if (context?.kind !== 'pull_request') return 'baseline: auto compares pull requests only; this event has no base branch';
  if (!github.token) return 'baseline: auto needs github-token with actions: read';
  const found = await findBaselineReport({
    octokit: client(github.token),
    owner: context.owner,
    repo: context.repo,
    baseBranch: context.baseRef,
    ...(workflowFileFromRef(process.env.GITHUB_WORKFLOW_REF) ? { workflowFileOrId: workflowFileFromRef(process.env.GITHUB_WORKFLOW_REF)! } : {}),
    artifactName: github.artifactName,
    download: actionsArtifactDownloader(github.token),
    logger,
  });
  if ('none' in found) return found.none;
  const file = join(await mkdtemp(join(tmpdir(), 'factgate-baseline-')), 'baseline.json');
  await writeFile(file, found.text);
  core.info(`Baseline: the report of run ${found.runId} on ${context.baseRef} (${found.headSha.slice(0, 7)}).`);
  settings.baseline = file;
  return undefined;
}

/**
 * Patch coverage on a pull request without coverage-base: the lines the pull request adds,
 * from the files API, or git against the base commit when the API cannot give them all.
 */
async function pullRequestChanges(settings: Settings, github: GitHubSettings, context: EventContext | null): Promise<ChangedFile[] | null> {
  if (settings.coverage.length === 0 || settings.coverageBase !== null || context?.kind !== 'pull_request') return null;
  if (github.token) {
    const changed = await changedLinesFromPullRequest({ octokit: client(github.token), owner: context.owner, repo: context.repo, pullNumber: context.pullNumber, logger });
    if ('files' in changed) return changed.files;
    core.info(`Patch coverage from git instead: ${changed.fallback}`);
  }
  settings.coverageBase = context.baseSha;
  return null;
}

async function commentMode(github: GitHubSettings, context: EventContext): Promise<void> {
  if (!github.token) {
    throw new ConfigurationError('the comment mode needs a token', { place: 'github-token', fix: 'pass github-token: ${{ github.token }} with pull-requests: write and actions: read' });
  }
  await runCommentCommand({
    octokit: client(github.token),
    context,
    logger,
    download: actionsArtifactDownloader(github.token),
    validateReport,
    settings: { gateId: github.gateId, commentMode: github.commentMode, secrets: [github.token], artifactName: github.artifactName },
  });
}

function client(token: string): GitHubClient {
  return createGitHubClient({ token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) });
}

function setReportOutputs(report: Report, reportPath: string | null): void {
  const outputs: Partial<Record<OutputName, string>> = {
    verdict: report.verdict.status,
    'hallucination-rate': report.metrics.hallucinationRate.value?.toString() ?? '',
    'citation-coverage': report.metrics.citationCoverage.value?.toString() ?? '',
    'report-path': reportPath ?? '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
