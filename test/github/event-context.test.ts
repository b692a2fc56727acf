import { describe, expect, it } from 'vitest';
import { parseEventContext } from '../../src/github/event-context.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { pullRequestPayload, webhookExample } from './support/harness.js';

describe('parseEventContext', () => {
  it('reads a real pull_request payload', () => {
    const payload = webhookExample('pull_request', (p) => p.action === 'labeled');
    const context = parseEventContext('pull_request', payload, 'event.json');
    expect(context).toMatchObject({
      kind: 'pull_request',
      owner: 'Codertocat',
      repo: 'Hello-World',
      pullNumber: 2,
      headSha: payload.pull_request.head.sha,
      baseSha: payload.pull_request.base.sha,
      fromFork: false,
      labels: ['bug'],
      action: 'labeled',
    });
  });

  it('recognises a pull request from a fork, also under pull_request_target', () => {
    const context = parseEventContext('pull_request_target', pullRequestPayload({ fromFork: true }), 'event.json');
    expect(context).toMatchObject({ kind: 'pull_request', eventName: 'pull_request_target', fromFork: true, headRepository: 'contributor/Hello-World' });
  });

  it('treats a deleted head repository as a fork', () => {
    const payload = pullRequestPayload();
    payload.pull_request.head.repo = null;
    expect(parseEventContext('pull_request', payload, 'event.json')).toMatchObject({ fromFork: true, headRepository: null });
  });

  it('reads a real workflow_run payload with its linked pull request', () => {
    const payload = webhookExample('workflow_run', (p) => p.workflow_run.pull_requests.length > 0);
    const context = parseEventContext('workflow_run', payload, 'event.json');
    expect(context).toMatchObject({
      kind: 'workflow_run',
      runId: payload.workflow_run.id,
      triggeringEvent: payload.workflow_run.event,
      headSha: payload.workflow_run.head_sha,
      pullRequests: [{ number: 2, headSha: payload.workflow_run.pull_requests[0].head.sha, baseRepository: 'Codertocat/Hello-World' }],
    });
  });

  it('reads a real push payload', () => {
    const payload = webhookExample('push', (p) => p.ref === 'refs/heads/master');
    expect(parseEventContext('push', payload, 'event.json')).toMatchObject({ kind: 'push', ref: 'refs/heads/master', headSha: payload.after });
  });

  it('names the file and the JSON pointer of a missing field', () => {
    const payload = pullRequestPayload();
    delete payload.pull_request.head.sha;
    const error = (() => {
      try {
        parseEventContext('pull_request', payload, '/home/runner/work/_temp/_github_workflow/event.json');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ file: '/home/runner/work/_temp/_github_workflow/event.json', place: '/pull_request/head/sha' });
  });

  it('uses GITHUB_REPOSITORY when the payload has no repository', () => {
    expect(parseEventContext('workflow_dispatch', {}, 'event.json', 'octo-org/octo-repo')).toEqual({
      kind: 'other',
      eventName: 'workflow_dispatch',
      owner: 'octo-org',
      repo: 'octo-repo',
      headSha: undefined,
    });
  });
});

describe('readEventContext', () => {
  it('reads the payload the runner wrote, and names the file when it cannot', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readEventContext } = await import('../../src/github/event-context.js');
    const dir = await mkdtemp(join(tmpdir(), 'factgate-event-'));
    const path = join(dir, 'event.json');
    await writeFile(path, JSON.stringify(pullRequestPayload()));
    await expect(readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).resolves.toMatchObject({ kind: 'pull_request', pullNumber: 2 });
    await writeFile(path, '{');
    await expect(readEventContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path })).rejects.toMatchObject({ file: path });
    await expect(readEventContext({})).rejects.toBeInstanceOf(ConfigurationError);
  });
});
