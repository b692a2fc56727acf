import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../shared/errors.js';

/**
 * What the gate needs from the workflow's event, read from the payload the runner wrote
 * to GITHUB_EVENT_PATH. Only fields GitHub sets itself are read; nothing a pull request's
 * author can choose (titles, bodies, branch names) steers behaviour.
 */
export type EventContext = PullRequestContext | WorkflowRunContext | PushContext | OtherContext;

interface Repository {
  owner: string;
  repo: string;
}

export interface PullRequestContext extends Repository {
  kind: 'pull_request';
  /** `pull_request` or `pull_request_target`. */
  eventName: string;
  action: string | undefined;
  pullNumber: number;
  headSha: string;
  baseSha: string;
  /** The base branch's name ("main"), where the baseline report comes from. */
  baseRef: string;
  /** `owner/name` of the head repository; null when the fork was deleted. */
  headRepository: string | null;
  /** True when the head lives in another repository: its token is read-only. */
  fromFork: boolean;
  labels: string[];
}

export interface WorkflowRunContext extends Repository {
  kind: 'workflow_run';
  eventName: 'workflow_run';
  action: string | undefined;
  /** The run that produced the report artifact. */
  runId: number;
  /** Its attempt (1, or more after "Re-run jobs"). */
  runAttempt: number;
  /** Its page on GitHub, when the payload names it. */
  runUrl: string | null;
  /** The event that started that run (`pull_request` for the fork-safe setup). */
  triggeringEvent: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  headRepository: string | null;
  /** Pull requests GitHub linked to the run; empty for pull requests from forks. */
  pullRequests: { number: number; headSha: string; baseRepository: string | null }[];
}

export interface PushContext extends Repository {
  kind: 'push';
  eventName: 'push';
  ref: string;
  headSha: string;
}

export interface OtherContext extends Repository {
  kind: 'other';
  eventName: string;
  headSha: string | undefined;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads fields from the payload, naming the JSON pointer of anything missing. */
class PayloadReader {
  constructor(
    private readonly file: string,
    private readonly eventName: string,
  ) {}

  fail(pointer: string, expected: string): never {
    throw new ConfigurationError(`The ${this.eventName} event payload has no ${expected} at ${pointer}.`, {
      file: this.file,
      place: pointer,
      fix: `Run factgate on the events it supports (pull_request, pull_request_target, workflow_run, push) and pass the runner's own event file; when replaying an event, use a complete webhook payload.`,
    });
  }

  object(value: unknown, pointer: string): Json {
    return isObject(value) ? value : this.fail(pointer, 'object');
  }

  string(value: unknown, pointer: string): string {
    return typeof value === 'string' && value !== '' ? value : this.fail(pointer, 'string');
  }

  number(value: unknown, pointer: string): number {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : this.fail(pointer, 'positive integer');
  }

  optionalString(value: unknown): string | null {
    return typeof value === 'string' && value !== '' ? value : null;
  }
}

function fullName(repository: unknown): string | null {
  return isObject(repository) && typeof repository['full_name'] === 'string' ? repository['full_name'] : null;
}

/**
 * Parses an event payload. `file` is only used to name the payload in errors.
 * `repositoryFallback` (GITHUB_REPOSITORY) is used when the payload lacks `repository`.
 */
export function parseEventContext(
  eventName: string,
  payload: unknown,
  file: string,
  repositoryFallback?: string,
): EventContext {
  const read = new PayloadReader(file, eventName);
  const root = read.object(payload, '');
  const { owner, repo } = repositoryOf(root, repositoryFallback, read);
  const action = typeof root['action'] === 'string' ? root['action'] : undefined;

  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pr = read.object(root['pull_request'], '/pull_request');
    const head = read.object(pr['head'], '/pull_request/head');
    const base = read.object(pr['base'], '/pull_request/base');
    const baseRepository = fullName(base['repo']) ?? `${owner}/${repo}`;
    const headRepository = fullName(head['repo']);
    const labels = Array.isArray(pr['labels'])
      ? pr['labels'].flatMap((label) => (isObject(label) && typeof label['name'] === 'string' ? [label['name']] : []))
      : [];
    return {
      kind: 'pull_request',
      eventName,
      action,
      owner,
      repo,
      pullNumber: read.number(pr['number'], '/pull_request/number'),
      headSha: read.string(head['sha'], '/pull_request/head/sha'),
      baseSha: read.string(base['sha'], '/pull_request/base/sha'),
      baseRef: read.string(base['ref'], '/pull_request/base/ref'),
      headRepository,
      fromFork: headRepository === null || headRepository.toLowerCase() !== baseRepository.toLowerCase(),
      labels,
    };
  }

  if (eventName === 'workflow_run') {
    const run = read.object(root['workflow_run'], '/workflow_run');
    const pulls = Array.isArray(run['pull_requests']) ? run['pull_requests'] : [];
    return {
      kind: 'workflow_run',
      eventName,
      action,
      owner,
      repo,
      runId: read.number(run['id'], '/workflow_run/id'),
      runAttempt: typeof run['run_attempt'] === 'number' && Number.isInteger(run['run_attempt']) && run['run_attempt'] > 0 ? run['run_attempt'] : 1,
      runUrl: read.optionalString(run['html_url']),
      triggeringEvent: read.string(run['event'], '/workflow_run/event'),
      conclusion: read.optionalString(run['conclusion']),
      headSha: read.string(run['head_sha'], '/workflow_run/head_sha'),
      headBranch: read.optionalString(run['head_branch']),
      headRepository: fullName(run['head_repository']),
      pullRequests: pulls.flatMap((pull, index) => {
        if (!isObject(pull)) return [];
        const head = read.object(pull['head'], `/workflow_run/pull_requests/${index}/head`);
        const base = isObject(pull['base']) ? pull['base'] : {};
        const baseRepo = isObject(base['repo']) ? base['repo'] : {};
        return [
          {
            number: read.number(pull['number'], `/workflow_run/pull_requests/${index}/number`),
            headSha: read.string(head['sha'], `/workflow_run/pull_requests/${index}/head/sha`),
            baseRepository: typeof baseRepo['url'] === 'string' ? repositoryFromApiUrl(baseRepo['url']) : null,
          },
        ];
      }),
    };
  }

  if (eventName === 'push') {
    return {
      kind: 'push',
      eventName,
      owner,
      repo,
      ref: read.string(root['ref'], '/ref'),
      headSha: read.string(root['after'], '/after'),
    };
  }

  return { kind: 'other', eventName, owner, repo, headSha: undefined };
}

function repositoryOf(root: Json, fallback: string | undefined, read: PayloadReader): Repository {
  const name = fullName(root['repository']) ?? fallback;
  if (!name) return read.fail('/repository/full_name', 'repository');
  const [owner, repo, ...rest] = name.split('/');
  if (!owner || !repo || rest.length > 0) return read.fail('/repository/full_name', '"owner/name" string');
  return { owner, repo };
}

/** `https://api.github.com/repos/OWNER/NAME` → `OWNER/NAME` (the only repository field in a run's pull_requests). */
function repositoryFromApiUrl(url: string): string | null {
  const match = /\/repos\/([^/]+)\/([^/]+)\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : null;
}

/**
 * Reads the runner's event: GITHUB_EVENT_NAME, the payload at GITHUB_EVENT_PATH, and
 * GITHUB_REPOSITORY as a fallback for the repository.
 */
export async function readEventContext(env: Record<string, string | undefined>): Promise<EventContext> {
  const eventName = env['GITHUB_EVENT_NAME'];
  const path = env['GITHUB_EVENT_PATH'];
  if (!eventName || !path) {
    throw new ConfigurationError('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set.', {
      place: 'environment',
      fix: 'Run this inside a GitHub Actions job, or set both variables to replay an event locally.',
    });
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`The event payload cannot be read: ${(error as Error).message}`, { file: path, fix: 'Point GITHUB_EVENT_PATH at the webhook payload JSON.' });
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The event payload is not JSON: ${(error as Error).message}`, { file: path, fix: 'Point GITHUB_EVENT_PATH at the webhook payload JSON.' });
  }
  return parseEventContext(eventName, payload, path, env['GITHUB_REPOSITORY']);
}
