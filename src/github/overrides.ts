import type { Breach, OverrideRecord, Report } from '../report/types.js';
import type { ResolvedPolicy } from '../policy/types.js';
import { gitHubMessageOf, httpStatusOf, type GitHubClient } from './client.js';
import type { PullRequestRef } from './comment-listing.js';
import type { GitHubLogger } from './logger.js';

export interface OverrideRequest {
  target: PullRequestRef;
  /** The commit under test: only an approval of this commit counts. */
  headSha: string;
  /** From the policy: who may waive a failure, and through which label. */
  override: ResolvedPolicy['override'];
  label: string;
  /** The verdict's breaches; only `fail` ones are waived. */
  breaches: readonly Breach[];
}

export interface OverrideDecision {
  /** Who waived which breaches, when; null when the failure stands. */
  override: OverrideRecord | null;
  /** Plain sentences for the comment and the log: attempts that did not count, and why. */
  notes: string[];
}

interface Approver {
  login: string;
  at: string;
  via: 'review' | 'label';
}

/** Permission levels, as GitHub names them in `role_name` (custom roles report their base in `permission`). */
const MAINTAINER_ROLES = new Set(['maintain', 'admin']);
const WRITE_ROLES = new Set(['write', 'maintain', 'admin']);

/**
 * Decides whether a failing gate is overridden, checking every permission through the
 * API at decision time:
 * - `maintainer-approval` (strict): an approving review of the head commit, or the override
 *   label, by a user whose role is maintain or admin;
 * - `write-label` (standard): the override label added by a user with write access or more;
 * - `none`: nothing overrides.
 * The label's author is who added it last (issue events, every page), not who opened the PR.
 */
export async function decideOverride(octokit: GitHubClient, request: OverrideRequest, logger: GitHubLogger): Promise<OverrideDecision> {
  const failing = request.breaches.filter((b) => b.severity === 'fail');
  if (failing.length === 0 || request.override === 'none') {
    return { override: null, notes: [] };
  }
  const notes: string[] = [];
  const roles = new Map<string, { role: string; permission: string }>();
  const roleOf = async (login: string) => {
    let found = roles.get(login);
    if (!found) {
      found = await collaboratorRole(octokit, request.target, login);
      roles.set(login, found);
    }
    return found;
  };
  const accepted = request.override === 'maintainer-approval' ? MAINTAINER_ROLES : WRITE_ROLES;
  const needed = request.override === 'maintainer-approval' ? 'maintain or admin' : 'write, maintain or admin';

  const candidates: Approver[] = [];
  const labeler = await whoAddedLabel(octokit, request.target, request.label);
  if (labeler) candidates.push({ ...labeler, via: 'label' });
  if (request.override === 'maintainer-approval') candidates.push(...(await approversOfHead(octokit, request.target, request.headSha)));

  for (const candidate of candidates) {
    const { role, permission } = await roleOf(candidate.login);
    if (accepted.has(role) || (permission === 'admin' && accepted.has('admin'))) {
      const record: OverrideRecord = {
        by: candidate.login,
        at: candidate.at,
        via: candidate.via,
        permission: role,
        waived: failing.map((b) => b.rule),
      };
      logger.info(`The gate failure is overridden by ${candidate.login} (${role}) through ${candidate.via === 'label' ? `the "${request.label}" label` : 'an approving review'}.`);
      return { override: record, notes };
    }
    const through = candidate.via === 'label' ? `the "${request.label}" label` : 'an approving review';
    notes.push(
      `${candidate.login} (permission: ${role}) gave ${through}, which changes nothing: this policy accepts overrides only from users with ${needed} permission.`,
    );
  }
  for (const note of notes) logger.info(note);
  return { override: null, notes };
}

/** The user who last added `label`, if the label is still on the pull request. */
async function whoAddedLabel(octokit: GitHubClient, target: PullRequestRef, label: string): Promise<{ login: string; at: string } | null> {
  const events = await octokit.paginate(octokit.rest.issues.listEvents, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100,
  });
  let current: { login: string; at: string } | null = null;
  const wanted = label.toLowerCase();
  for (const event of events) {
    const name = 'label' in event && event.label ? event.label.name : undefined;
    if (typeof name !== 'string' || name.toLowerCase() !== wanted) continue;
    if (event.event === 'labeled' && event.actor) current = { login: event.actor.login, at: event.created_at };
    if (event.event === 'unlabeled') current = null;
  }
  return current;
}

/** Users whose latest review is an approval of the head commit, in review order. */
async function approversOfHead(octokit: GitHubClient, target: PullRequestRef, headSha: string): Promise<Approver[]> {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    per_page: 100,
  });
  const latest = new Map<string, (typeof reviews)[number]>();
  for (const review of reviews) {
    // Comments do not replace an earlier approval or change request; GitHub shows the same.
    if (!review.user || review.state === 'COMMENTED' || review.state === 'PENDING') continue;
    latest.set(review.user.login, review);
  }
  return [...latest.values()]
    .filter((r) => r.state === 'APPROVED' && r.commit_id === headSha && r.user)
    .map((r) => ({ login: r.user?.login ?? '', at: r.submitted_at ?? '', via: 'review' as const }));
}

async function collaboratorRole(octokit: GitHubClient, target: PullRequestRef, login: string): Promise<{ role: string; permission: string }> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: target.owner, repo: target.repo, username: login });
    return { role: data.role_name || data.permission, permission: data.permission };
  } catch (error) {
    // Not a collaborator (404): no permission at all.
    if (httpStatusOf(error) === 404) return { role: 'none', permission: 'none' };
    throw error;
  }
}

/** The report with a decided override applied: a failing verdict becomes "overridden". */
export function applyOverride<R extends { verdict: Report['verdict'] }>(report: R, decision: OverrideDecision): R {
  if (!decision.override || report.verdict.status !== 'fail') return report;
  return { ...report, verdict: { ...report.verdict, status: 'overridden', override: decision.override } };
}

/**
 * The override step of a gate run: on a pull request, a failing verdict is checked against
 * the reviews and labels on GitHub. Anything else comes back unchanged, and so does a
 * failure whose overrides GitHub could not be asked about.
 */
export async function overrideOnGitHub<R extends { verdict: Report['verdict'] }>(
  octokit: GitHubClient | null,
  context: { kind: string; owner: string; repo: string; pullNumber?: number; headSha?: string | undefined },
  policy: Pick<ResolvedPolicy, 'override' | 'overrideLabel'>,
  report: R,
  logger: GitHubLogger,
): Promise<{ report: R; notes: string[] }> {
  if (!octokit || context.kind !== 'pull_request' || context.pullNumber === undefined || !context.headSha || report.verdict.status !== 'fail') {
    return { report, notes: [] };
  }
  try {
    const decision = await decideOverride(
      octokit,
      {
        target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
        headSha: context.headSha,
        override: policy.override,
        label: policy.overrideLabel,
        breaches: report.verdict.breaches,
      },
      logger,
    );
    return { report: applyOverride(report, decision), notes: decision.notes };
  } catch (error) {
    // Fails closed: an override GitHub cannot confirm (an outage after the client's retries) waives nothing.
    const status = httpStatusOf(error);
    if (status === undefined) throw error;
    const note = `Overrides could not be checked (GitHub answered HTTP ${status}: ${gitHubMessageOf(error)}); the failure stands. Re-run the job to check them again.`;
    logger.warning(note);
    return { report, notes: [note] };
  }
}
