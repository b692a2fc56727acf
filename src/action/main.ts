import * as core from '@actions/core';
import packageJson from '../../package.json' with { type: 'json' };
import { checkOutputTargets } from '../shared/output-targets.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { runCommentCommand } from '../github/comment-command.js';
import type { CommentStamp } from '../github/comment-marker.js';
import { readEventContext, type EventContext } from '../github/event-context.js';
import { safeLogger, type GitHubLogger } from '../github/logger.js';
import { overrideOnGitHub } from '../github/overrides.js';
import { publishToGitHub } from '../github/publish.js';
import { pullRequestInputs } from '../github/pull-request-inputs.js';
import { actionsArtifactDownloader } from '../github/report-artifact.js';
import { reportOutputs } from '../github/report-outputs.js';
import { gitFactsFromEnv } from '../pipeline/git-facts.js';
import { outputTargets, writeOutputs, writtenPaths, type ReportFiles } from '../pipeline/report-files.js';
import { runGate } from '../pipeline/run-gate.js';
import { JOB_SUMMARY_LIMIT } from '../report/budget.js';
import { gateOutcome, type GateOutcome } from '../report/gate-outcome.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { Report } from '../report/types.js';
import { validateReport } from '../report/validate-report.js';
import { createProgress } from '../responses/progress.js';
import { resolveGitHubSettings, type GitHubSettings } from '../settings/github-settings.js';
import { replacedSettingsWarning } from '../settings/explain-settings.js';
import { resolveSettings } from '../settings/settings.js';
import { actionsArtifactUploader, uploadReportArtifact } from '../github/upload-report-artifact.js';
import { ConfigurationError, getErrorMessage } from '../shared/errors.js';
import { escapeLogText } from '../shared/escape.js';
import { SecretMask } from '../shared/secrets.js';
import { readActionInputs, readGitHubInputs } from './inputs.js';
import { verdictCacheSync } from './verdict-cache.js';

/**
 * Every secret the step learns of (the token, the judge's key, the app's header values),
 * registered with the runner as it is added. Each of the step's sinks below masks with it:
 * the log, the job summary, outputs, the failure message, standard output and the client.
 */
const secrets = new SecretMask([], (secret) => core.setSecret(secret));

const logger: GitHubLogger = safeLogger(
  {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
  },
  secrets,
);

const fail = (message: string): void => core.setFailed(secrets.text(message));

/** The Action: the CLI's settings and pipeline, then the GitHub side; the one place that fails the step. */
export async function run(workerEntry?: URL): Promise<void> {
  try {
    const github = resolveGitHubSettings(readGitHubInputs(core), process.env);
    secrets.add(github.token);
    if (github.mode === 'comment') await commentMode(github, await readEventContext(process.env));
    else await gateMode(github, process.env.GITHUB_EVENT_PATH ? await readEventContext(process.env) : null, workerEntry);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      fail(`factgate: ${error.message}`);
      // The CLI's status for wrong settings or input: the step fails either way, and the code tells which.
      process.exitCode = 2;
    } else fail(`factgate: internal error: ${getErrorMessage(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
  }
}

async function gateMode(github: GitHubSettings, context: EventContext | null, workerEntry: URL | undefined): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const settings = await resolveSettings(readActionInputs(core), cwd);
  // An input that chooses the app sets factgate.yml's app settings aside: say so, as the CLI does.
  const replaced = replacedSettingsWarning(settings.origins);
  if (replaced) logger.warning(replaced);
  const files: ReportFiles = { json: settings.reportJson, md: settings.reportMd, html: settings.reportHtml, junit: settings.reportJunit };
  await checkOutputTargets(outputTargets(files));
  const judgeKey = readGitHubInputs(core)['judge-api-key'];
  const env: Record<string, string | undefined> = { ...process.env };
  if (judgeKey) {
    secrets.add(judgeKey);
    env[settings.judge.apiKeyEnv] = judgeKey;
  }
  const usesCache = settings.judge.cache !== null && settings.judge.kind !== 'deterministic';
  const verdictCache = usesCache ? verdictCacheSync(settings.judge, cwd, process.env, await import('@actions/cache'), (m) => logger.warning(m)) : null;
  await verdictCache?.restore();
  const octokit = github.token ? client(github.token) : null;
  const fromGitHub = await pullRequestInputs({
    settings,
    context,
    octokit,
    download: github.token ? actionsArtifactDownloader(github.token) : null,
    workflowRef: process.env.GITHUB_WORKFLOW_REF,
    artifactName: github.artifactName,
    logger,
  });
  const cancel = new AbortController();
  // The runner sends SIGINT on cancellation: stop the app and keep a partial report.
  process.once('SIGINT', () => cancel.abort());
  process.once('SIGTERM', () => cancel.abort());
  const gate = await runGate({ ...settings, baseline: fromGitHub.baseline, coverageBase: fromGitHub.coverageBase }, {
    version: packageJson.version,
    now: () => new Date(),
    git: gitFactsFromEnv(process.env),
    env,
    signal: cancel.signal,
    progress: createProgress({ write: (line) => logger.info(line.trimEnd()), isTTY: false }),
    warn: (message) => logger.warning(message),
    secrets,
    ...(workerEntry ? { workerEntry } : {}),
    ...(fromGitHub.noBaselineReason !== undefined ? { noBaselineReason: fromGitHub.noBaselineReason } : {}),
    ...(fromGitHub.changedLines ? { changedLines: fromGitHub.changedLines } : {}),
  });
  await verdictCache?.save();
  // The override adds only GitHub logins, times, roles and rule ids to the masked report.
  const { report, notes } = context ? await overrideOnGitHub(octokit, context, settings.policy, gate.report, logger) : { report: gate.report, notes: [] };
  await writeOutputs(report, files, (text) => process.stdout.write(secrets.text(escapeLogText(text))), gate.baseline);
  // With the HTML page, the Action uploads both files itself and the comment links to them.
  const artifactUrl = settings.reportHtml
    ? await uploadReportArtifact(
        { name: github.artifactName, files: [settings.reportJson, settings.reportHtml], serverUrl: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY, runId: process.env.GITHUB_RUN_ID },
        actionsArtifactUploader,
        logger,
      )
    : null;
  logger.info(renderTerminal(report, { color: false, reportPaths: writtenPaths(files) }));
  for (const [name, value] of Object.entries(reportOutputs(report, settings.reportJson))) actionIO.setOutput(name, value);
  const outcome = gateOutcome(report);
  let publishFailures: string[] = [];
  if (octokit && context) {
    const published = await publishToGitHub({
      report,
      baseline: gate.baseline,
      octokit,
      context,
      settings: {
        gateId: github.gateId,
        commentMode: github.commentMode,
        checkRun: github.checkRun,
        notes,
        stamp: runStamp(context, report.run.runUrl),
        artifactUrl: artifactUrl ?? runArtifactsUrl(report, settings.reportJson),
        ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}),
      },
      logger,
      io: actionIO,
    });
    publishFailures = published.failures;
  } else {
    logger.notice(
      context ? 'No GitHub token: the verdict and the job summary only (pass github-token for the pull-request comment).' : 'No GitHub event: the verdict and the job summary only.',
    );
    await actionIO.writeJobSummary(renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, notes }).markdown);
  }
  finish(outcome, publishFailures, github);
}

/** The one place the step's status is set: the verdict's, unless publishing failed under `publish-failure: fail`. */
function finish(outcome: GateOutcome | null, publishFailures: readonly string[], github: GitHubSettings): void {
  if (outcome && outcome.exit !== 0) fail(outcome.headline);
  else if (outcome) logger.info(outcome.headline);
  if (publishFailures.length > 0 && github.publishFailure === 'fail') {
    fail(`factgate: publishing failed and publish-failure is "fail": ${publishFailures.join('; ')}`);
  }
}

const actionIO = {
  writeJobSummary: async (markdown: string) => void (await core.summary.addRaw(secrets.text(markdown)).write()),
  setOutput: (name: string, value: string) => core.setOutput(name, secrets.text(value)),
};

/** This run and the commit it judged, for the comment's marker: GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
function runStamp(context: EventContext, runUrl: string | null): CommentStamp {
  const id = Number(process.env.GITHUB_RUN_ID);
  const attempt = Number(process.env.GITHUB_RUN_ATTEMPT);
  return {
    headSha: context.headSha ?? null,
    runId: Number.isSafeInteger(id) && id > 0 ? id : null,
    runAttempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : null,
    runUrl,
  };
}

async function commentMode(github: GitHubSettings, context: EventContext): Promise<void> {
  if (!github.token) {
    throw new ConfigurationError('the comment mode needs a token', { place: 'github-token', fix: 'pass github-token: ${{ github.token }} with pull-requests: write and actions: read' });
  }
  const result = await runCommentCommand({
    octokit: client(github.token),
    context,
    logger,
    download: actionsArtifactDownloader(github.token, process.env.GITHUB_SERVER_URL),
    validateReport,
    io: actionIO,
    settings: {
      gateId: github.gateId,
      commentMode: github.commentMode,
      artifactName: github.artifactName,
      ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}),
    },
  });
  // The gate's own job carries the verdict; this job fails only when publishing must not fail.
  finish(null, result.failures, github);
}

/**
 * Where the report artifact will be: the workflow uploads it after this step, so its own
 * URL is not known yet; the run page lists it under "Artifacts".
 */
function runArtifactsUrl(report: Report, reportJson: string | null): string | null {
  return reportJson && report.run.runUrl ? `${report.run.runUrl}#artifacts` : null;
}

function client(token: string): GitHubClient {
  return createGitHubClient({ token, logger, secrets, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) });
}
