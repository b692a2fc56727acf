import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChangedFile } from '../coverage/index.js';
import type { Settings } from '../settings/settings.js';
import { findBaselineReport, workflowFileFromRef } from './baseline-artifact.js';
import type { GitHubClient } from './client.js';
import type { EventContext } from './event-context.js';
import type { GitHubLogger } from './logger.js';
import { changedLinesFromPullRequest } from './pull-request-files.js';
import type { ReportDownloader } from './report-artifact.js';

export interface PullRequestInputsOptions {
  settings: Pick<Settings, 'baselineAuto' | 'baseline' | 'coverage' | 'coverageBase'>;
  context: EventContext | null;
  /** Null without a token: no baseline search, patch coverage from git. */
  octokit: GitHubClient | null;
  download: ReportDownloader | null;
  /** GITHUB_WORKFLOW_REF, to search the runs of this same workflow. */
  workflowRef: string | undefined;
  artifactName: string;
  logger: GitHubLogger;
}

/** What the pipeline takes from GitHub beyond the validated settings. */
export interface PullRequestInputs {
  /** The baseline report file: the settings' own, or the base branch's downloaded artifact. */
  baseline: string | null;
  /** Why drift has no baseline under `baseline: auto`, when it has none. */
  noBaselineReason?: string;
  /** The lines the pull request adds, from the files API. */
  changedLines: ChangedFile[] | null;
  /** The git ref patch coverage diffs against when the API could not give the lines. */
  coverageBase: string | null;
}

/**
 * The GitHub facts a gate run needs: `baseline: auto`'s report (the artifact of the base
 * branch's newest successful push run, saved to a file) and, for patch coverage without
 * coverage-base, the pull request's changed lines (the files API, or git against the base
 * commit when the API cannot give them all). Settings are read, never changed.
 */
export async function pullRequestInputs(options: PullRequestInputsOptions): Promise<PullRequestInputs> {
  const { settings, context, octokit, logger } = options;
  const inputs: PullRequestInputs = { baseline: settings.baseline, changedLines: null, coverageBase: settings.coverageBase };

  if (settings.baselineAuto) {
    if (context?.kind !== 'pull_request') inputs.noBaselineReason = 'baseline: auto compares pull requests only; this event has no base branch';
    else if (!octokit || !options.download) inputs.noBaselineReason = 'baseline: auto needs github-token with actions: read';
    else {
      const workflowFile = workflowFileFromRef(options.workflowRef);
      const found = await findBaselineReport({
        octokit,
        owner: context.owner,
        repo: context.repo,
        baseBranch: context.baseRef,
        ...(workflowFile ? { workflowFileOrId: workflowFile } : {}),
        artifactName: options.artifactName,
        download: options.download,
        logger,
      });
      if ('none' in found) inputs.noBaselineReason = found.none;
      else {
        const file = join(await mkdtemp(join(tmpdir(), 'factgate-baseline-')), 'baseline.json');
        await writeFile(file, found.text);
        logger.info(`Baseline: the report of run ${found.runId} on ${context.baseRef} (${found.headSha.slice(0, 7)}).`);
        inputs.baseline = file;
      }
    }
  }

  if (settings.coverage.length > 0 && settings.coverageBase === null && context?.kind === 'pull_request') {
    if (octokit) {
      const changed = await changedLinesFromPullRequest({ octokit, owner: context.owner, repo: context.repo, pullNumber: context.pullNumber, logger });
      if ('files' in changed) inputs.changedLines = changed.files;
      else logger.info(`Patch coverage from git instead: ${changed.fallback}`);
    }
    if (inputs.changedLines === null) inputs.coverageBase = context.baseSha;
  }
  return inputs;
}
