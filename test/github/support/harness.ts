import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createGitHubClient, type GitHubClient } from '../../../src/github/client.js';
import type { GitHubLogger } from '../../../src/github/logger.js';
import type { SecretMask } from '../../../src/shared/secrets.js';
import { FakeGitHub } from './fake-github.js';

const require = createRequire(import.meta.url);

/** A logger that keeps every line, by level, for assertions. */
export function recordingLogger(): GitHubLogger & { lines: { level: string; message: string }[]; text(level?: string): string } {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    notice: at('notice'),
    warning: at('warning'),
    text: (level?: string) => lines.filter((l) => !level || l.level === level).map((l) => l.message).join('\n'),
  };
}

/** The client factgate uses in production, pointed at the fake server, with waits scaled to milliseconds. */
export function clientFor(server: FakeGitHub, token: string, logger: GitHubLogger, secrets?: SecretMask): GitHubClient {
  return createGitHubClient({ token, baseUrl: server.baseUrl, logger, spaceWrites: false, millisecondsPerSecond: 1, ...(secrets ? { secrets } : {}) });
}

interface WebhookExample {
  name: string;
  examples: Record<string, unknown>[];
}

/** A real webhook payload from `@octokit/webhooks-examples` (github.com), deep-copied. */
export function webhookExample(eventName: string, match: (payload: any) => boolean = () => true): any {
  const all = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as WebhookExample[];
  const found = all.find((e) => e.name === eventName)?.examples.find(match);
  if (!found) throw new Error(`no ${eventName} example matches`);
  return structuredClone(found);
}

/** The `pull_request` "opened" example, optionally turned into a pull request from a fork. */
export function pullRequestPayload(options: { fromFork?: boolean } = {}): any {
  const payload = webhookExample('pull_request', (p) => p.action === 'opened');
  if (options.fromFork) {
    // The examples have no fork pull request; GitHub's fork payloads differ only in the head repository.
    payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'contributor/Hello-World', fork: true, owner: { ...payload.pull_request.head.repo.owner, login: 'contributor' } };
    payload.pull_request.head.label = 'contributor:changes';
  }
  return payload;
}

export async function startServer(): Promise<FakeGitHub> {
  return new FakeGitHub('Codertocat/Hello-World').start();
}
