import Bottleneck from 'bottleneck';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { SecretMask } from '../shared/secrets.js';
import type { GitHubLogger } from './logger.js';
import { rateLimitHit } from './rate-limit.js';

/** The Octokit every GitHub-side function takes: REST methods, pagination, GraphQL. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST root; GraphQL is derived from it. Default: GITHUB_API_URL, then api.github.com. */
  baseUrl?: string;
  logger: GitHubLogger;
  /** Masked in every request's parameters and body as it leaves; the token is added to them. */
  secrets?: SecretMask;
  /** Retries of a request that failed with a server error or a network fault. Default 3. */
  retries?: number;
  /** Retries after a primary or secondary rate limit, then the error is raised. Default 2. */
  rateLimitRetries?: number;
  /** A rate limit asking to wait longer than this is not waited for. Default 120 s. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Milliseconds per second of back-off and Retry-After. 1000 in production; tests make it
   * small so a `Retry-After: 1` costs a millisecond and no test sleeps.
   */
  millisecondsPerSecond?: number;
  /**
   * GitHub asks integrations to space content-creating requests (1 s between writes, 3 s
   * between notifying writes). `false` removes that spacing for tests only; rate-limit
   * handling stays on.
   */
  spaceWrites?: boolean;
}

/**
 * `@actions/github`'s Octokit (proxy-aware, REST methods, pagination) with
 * `@octokit/plugin-retry` for 5xx and network faults, `@octokit/plugin-throttling` for the
 * spacing GitHub asks of writes, and `honourRateLimits` for 429s and rate-limit 403s. All
 * are bounded: a request is tried at most `retries + 1` times for server errors and
 * `rateLimitRetries + 1` times for rate limits. Every request's text (a comment body, a
 * check run's summary, GraphQL variables) is masked with `secrets` on its way out: the
 * boundary for everything posted to GitHub.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const perSecond = options.millisecondsPerSecond ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const { logger } = options;
  const secrets = options.secrets ?? new SecretMask();
  secrets.add(options.token);

  // The plugin's default groups are shared by the whole process; fresh groups without
  // minimum spacing keep its rate-limit handling while letting tests run at full speed.
  const unspaced =
    options.spaceWrites === false
      ? {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
          global: new Bottleneck.Group({ maxConcurrent: 10 }),
          retryLimiter: new Bottleneck(),
        }
      : {};
  // The throttling plugin spaces writes; waiting out rate limits is `honourRateLimits`' job,
  // which also covers a plain 429 the plugin would not retry.
  const throttle = {
    onRateLimit: () => false,
    onSecondaryRateLimit: () => false,
    retryAfterBaseValue: perSecond,
    ...unspaced,
  };

  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
      // 429 is left to `honourRateLimits`, which waits as long as GitHub asks; the retry
      // plugin would back off blindly.
      retry: { retries: options.retries ?? 3, retryAfterBaseValue: perSecond, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle,
      log: {
        debug: (message: string) => logger.debug(message),
        info: (message: string) => logger.debug(message),
        warn: (message: string) => logger.warning(message),
        error: (message: string) => logger.warning(message),
      },
    },
    maskOutgoingText(secrets),
    retry,
    throttling,
    honourRateLimits({ retries: rateLimitRetries, maxWaitSeconds: maxWait, millisecondsPerSecond: perSecond, logger }),
  );
}

/** Request options that carry none of factgate's text: the route, the headers (the token's own) and the transport. */
const TRANSPORT_OPTIONS = new Set(['method', 'url', 'baseUrl', 'headers', 'mediaType', 'request']);

/** An Octokit plugin that masks the secrets in every parameter a request sends, after rendering and budgeting. */
function maskOutgoingText(secrets: SecretMask) {
  return (octokit: Pick<GitHubClient, 'hook'>): void => {
    octokit.hook.before('request', (options) => {
      const fields = options as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) {
        if (!TRANSPORT_OPTIONS.has(key)) fields[key] = secrets.deep(value);
      }
    });
  };
}

/**
 * An Octokit plugin that waits out a rate limit and tries again: Retry-After, else until
 * x-ratelimit-reset, else GitHub's one-minute advice; at most `retries` times, and never
 * longer than `maxWaitSeconds` at once. It wraps the other plugins, so a retried request
 * is spaced and retried for server errors as usual.
 */
function honourRateLimits(limits: { retries: number; maxWaitSeconds: number; millisecondsPerSecond: number; logger: GitHubLogger }) {
  return (octokit: Pick<GitHubClient, 'hook'>): void => {
    octokit.hook.wrap('request', async (request, options) => {
      const what = `${options.method} ${options.url}`;
      for (let retry = 0; ; retry++) {
        try {
          return await request(options);
        } catch (error) {
          const hit = rateLimitHit(error, Date.now());
          if (!hit) throw error;
          const { kind, waitSeconds } = hit;
          if (retry >= limits.retries) {
            limits.logger.warning(`GitHub ${kind} rate limit on ${what}: gave up after ${retry} retries.`);
            throw error;
          }
          if (waitSeconds > limits.maxWaitSeconds) {
            limits.logger.warning(`GitHub ${kind} rate limit on ${what}: asked to wait ${waitSeconds} s, more than ${limits.maxWaitSeconds} s; not retrying.`);
            throw error;
          }
          limits.logger.info(`GitHub ${kind} rate limit on ${what}: retrying in ${waitSeconds} s (retry ${retry + 1} of ${limits.retries}).`);
          await new Promise((resolve) => setTimeout(resolve, waitSeconds * limits.millisecondsPerSecond));
        }
      }
    });
  };
}

/** The HTTP status of an Octokit request error, or undefined for anything else. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = (error as { status: unknown }).status;
    if (typeof status === 'number') return status;
  }
  return undefined;
}

/** A 403 that means "no permission" (a fork's read-only token, a permission not granted), not a rate limit. */
export function isPermissionDenied(error: unknown): boolean {
  return httpStatusOf(error) === 403 && rateLimitHit(error, Date.now()) === null;
}

/** The message GitHub put in an error response body, when there is one. */
export function gitHubMessageOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'response' in error) {
    const data = (error as { response?: { data?: unknown } }).response?.data;
    if (typeof data === 'object' && data !== null) {
      const { message, errors } = data as { message?: unknown; errors?: unknown };
      const details = Array.isArray(errors)
        ? errors.map((e) => (typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message) : JSON.stringify(e)))
        : [];
      return [typeof message === 'string' ? message : '', ...details].filter(Boolean).join(': ');
    }
  }
  return error instanceof Error ? error.message : String(error);
}
