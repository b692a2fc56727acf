import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideOverride, overrideOnGitHub, type OverrideRequest } from '../../src/github/overrides.js';
import type { Breach } from '../../src/report/types.js';
import type { FakeGitHub } from './support/fake-github.js';
import { clientFor, recordingLogger, startServer } from './support/harness.js';
import { sampleReport } from './support/report-fixture.js';

const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const PR = 2;
const breaches: Breach[] = [
  { rule: 'max-hallucination-rate', severity: 'fail', actual: 0.05, threshold: 0.02, message: 'over' },
  { rule: 'min-citation-precision', severity: 'warn', actual: 0.8, threshold: 0.9, message: 'under' },
  { rule: 'min-citation-coverage', severity: 'fail', actual: 0.8, threshold: 0.9, message: 'under' },
];

let server: FakeGitHub;
beforeEach(async () => {
  server = await startServer();
  server.addToken('actions-token', { login: 'github-actions[bot]' });
  server.roles.set('maintainer', 'maintain');
  server.roles.set('owner', 'admin');
  server.roles.set('writer', 'write');
  server.roles.set('triager', 'triage');
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

function request(override: OverrideRequest['override']): OverrideRequest {
  return { target: { owner: 'Codertocat', repo: 'Hello-World', pullNumber: PR }, headSha: HEAD, override, label: 'factgate-override', breaches };
}

function label(actor: string, event: 'labeled' | 'unlabeled' = 'labeled', name = 'factgate-override', createdAt = '2025-03-01T12:00:00Z') {
  const events = server.issueEvents.get(PR) ?? [];
  events.push({ event, label: name, actor, createdAt });
  server.issueEvents.set(PR, events);
}

async function decide(override: OverrideRequest['override']) {
  const logger = recordingLogger();
  return decideOverride(clientFor(server, 'actions-token', logger), request(override), logger);
}

describe('decideOverride, standard policy (label by write access)', () => {
  it('accepts the label from a user with write access and records who, when and what', async () => {
    label('writer');
    expect(await decide('write-label')).toEqual({
      override: { by: 'writer', at: '2025-03-01T12:00:00Z', via: 'label', permission: 'write', waived: ['max-hallucination-rate', 'min-citation-coverage'] },
      notes: [],
    });
  });

  it('changes nothing for a label added by a user without write access, and says so', async () => {
    label('triager');
    const decision = await decide('write-label');
    expect(decision.override).toBeNull();
    expect(decision.notes).toEqual([
      'triager (permission: triage) gave the "factgate-override" label, which changes nothing: this policy accepts overrides only from users with write, maintain or admin permission.',
    ]);
  });

  it('treats someone who is not a collaborator as having no permission', async () => {
    server.faults.push({ method: 'GET', path: /\/collaborators\/stranger\/permission$/, status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    label('stranger');
    const decision = await decide('write-label');
    expect(decision.override).toBeNull();
    expect(decision.notes[0]).toMatch(/^stranger \(permission: none\)/);
  });

  it('uses whoever added the label last, across pages of events, and ignores a removed label', async () => {
    for (let i = 0; i < 150; i++) label(`user${i}`, 'labeled', `other-${i}`);
    label('writer');
    label('writer', 'unlabeled');
    label('triager');
    const decision = await decide('write-label');
    expect(decision.override).toBeNull();
    expect(server.requests.filter((r) => r.path.endsWith('/events')).length).toBe(2);

    label('triager', 'unlabeled');
    expect((await decide('write-label')).override).toBeNull();
  });
});

describe('decideOverride, strict policy (maintainer approval)', () => {
  it('rejects the label from a user with only write access', async () => {
    label('writer');
    const decision = await decide('maintainer-approval');
    expect(decision.override).toBeNull();
    expect(decision.notes[0]).toMatch(/only from users with maintain or admin permission/);
  });

  it('accepts the label from a maintainer', async () => {
    label('maintainer');
    expect((await decide('maintainer-approval')).override).toMatchObject({ by: 'maintainer', via: 'label', permission: 'maintain' });
  });

  it("accepts an admin's approving review of the head commit", async () => {
    server.reviews.set(PR, [
      { user: 'writer', state: 'APPROVED', commitId: HEAD, submittedAt: '2025-03-01T11:00:00Z' },
      { user: 'owner', state: 'APPROVED', commitId: HEAD, submittedAt: '2025-03-01T11:30:00Z' },
    ]);
    const decision = await decide('maintainer-approval');
    expect(decision.override).toMatchObject({ by: 'owner', via: 'review', at: '2025-03-01T11:30:00Z', permission: 'admin' });
    expect(decision.notes).toEqual([
      'writer (permission: write) gave an approving review, which changes nothing: this policy accepts overrides only from users with maintain or admin permission.',
    ]);
  });

  it('ignores an approval of an older commit and one later replaced by a change request', async () => {
    server.reviews.set(PR, [
      { user: 'owner', state: 'APPROVED', commitId: 'a'.repeat(40), submittedAt: '2025-03-01T11:00:00Z' },
      { user: 'maintainer', state: 'APPROVED', commitId: HEAD, submittedAt: '2025-03-01T11:10:00Z' },
      { user: 'maintainer', state: 'CHANGES_REQUESTED', commitId: HEAD, submittedAt: '2025-03-01T11:20:00Z' },
    ]);
    expect((await decide('maintainer-approval')).override).toBeNull();
  });

  it('does not ask GitHub anything when nothing failed or the policy allows no override', async () => {
    label('owner');
    const logger = recordingLogger();
    const octokit = clientFor(server, 'actions-token', logger);
    expect(await decideOverride(octokit, { ...request('write-label'), breaches: breaches.filter((b) => b.severity === 'warn') }, logger)).toEqual({ override: null, notes: [] });
    expect(await decideOverride(octokit, request('none'), logger)).toEqual({ override: null, notes: [] });
    expect(server.requests).toEqual([]);
  });

  it('keeps the failure, with a note, when GitHub cannot be asked about overrides', async () => {
    label('maintainer');
    server.faults.push({ method: 'GET', path: /\/issues\/\d+\/events$/, status: 502, times: 10, body: { message: 'Server Error' } });
    const logger = recordingLogger();
    const report = sampleReport();
    const result = await overrideOnGitHub(
      clientFor(server, 'actions-token', logger),
      { kind: 'pull_request', owner: 'Codertocat', repo: 'Hello-World', pullNumber: PR, headSha: HEAD },
      { override: 'write-label', overrideLabel: 'factgate-override' },
      report,
      logger,
    );
    expect(result.report).toBe(report);
    expect(result.notes).toEqual(['Overrides could not be checked (GitHub answered HTTP 502: Server Error); the failure stands. Re-run the job to check them again.']);
    expect(logger.text('warning')).toContain('the failure stands');
  });
});
