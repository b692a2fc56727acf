import { appendFile } from 'node:fs/promises';
import { createGitHubClient } from '../github/client.js';
import { runCommentCommand as postFromArtifact } from '../github/comment-command.js';
import { readEventContext } from '../github/event-context.js';
import type { GitHubLogger } from '../github/logger.js';
import { actionsArtifactDownloader } from '../github/report-artifact.js';
import { validateReport } from '../report/validate-report.js';
import { resolveGitHubSettings } from '../settings/github-settings.js';
import { ConfigurationError } from '../shared/errors.js';
import { escapeLogText } from '../shared/escape.js';
import { EXIT, parseFlags, type CliIo } from './cli-io.js';

export const COMMENT_USAGE = `Usage: factgate comment [options]

The fork-safe comment step, for a workflow_run workflow: downloads the report artifact of
the finished run, validates it, finds the pull request by the run's head commit and posts
or updates the sticky comment. Needs GITHUB_TOKEN (pull-requests: write, actions: read)
and the GitHub Actions event variables.

Options:
  --gate-id ID          Which gate's comment to keep (default factgate).
  --comment WHEN        always (default), on-failure, update-only or off.
  --artifact-name NAME  The report artifact's name (default factgate-report).
  --comment-author LOGIN  Match the sticky comment by this login (github-actions[bot]
                        and github-actions are the same author).
  --publish-failure WHAT  warn (default): a comment GitHub would not take after retries
                        is a warning; fail: exit 1 then.
  --help                Show this help.

Exit status: 0 posted or nothing to post (the gate's own job carries the verdict),
1 publishing failed under --publish-failure fail, 2 wrong input or settings.`;

export async function runCommentCliCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, 'comment', {
    'gate-id': { type: 'string' },
    comment: { type: 'string' },
    'artifact-name': { type: 'string' },
    'comment-author': { type: 'string' },
    'publish-failure': { type: 'string' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(COMMENT_USAGE + '\n');
    return 0;
  }
  const { help: _help, ...raw } = values;
  const github = resolveGitHubSettings({ ...raw, mode: 'comment' }, io.env, '--');
  if (!github.token) {
    throw new ConfigurationError('factgate comment needs a token', { place: 'GITHUB_TOKEN', fix: 'set GITHUB_TOKEN to a token with pull-requests: write and actions: read' });
  }
  io.secrets.add(github.token);
  const logger: GitHubLogger = {
    debug: () => undefined,
    info: (m) => io.stdout(escapeLogText(m) + '\n'),
    notice: (m) => io.stdout(`notice: ${escapeLogText(m)}\n`),
    warning: (m) => io.stderr(`warning: ${escapeLogText(m)}\n`),
  };
  const octokit = createGitHubClient({ token: github.token, logger, secrets: io.secrets, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}) });
  const result = await postFromArtifact({
    octokit,
    context: await readEventContext({ ...io.env }),
    logger,
    download: actionsArtifactDownloader(github.token),
    validateReport,
    io: {
      // Outside the Actions runner the summary is printed; outputs have nowhere to go but the log.
      writeJobSummary: async (markdown) => (io.env.GITHUB_STEP_SUMMARY ? void (await appendFile(io.env.GITHUB_STEP_SUMMARY, io.secrets.text(markdown))) : undefined),
      setOutput: (name, value) => logger.info(`${name}: ${value}`),
    },
    settings: {
      gateId: github.gateId,
      commentMode: github.commentMode,
      artifactName: github.artifactName,
      ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}),
    },
  });
  return result.failures.length > 0 && github.publishFailure === 'fail' ? EXIT.fail : EXIT.pass;
}
