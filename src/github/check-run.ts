import { CHECK_RUN_OUTPUT_LIMIT } from '../report/budget.js';
import { truncateText } from '../shared/escape.js';
import { gitHubMessageOf, isPermissionDenied, type GitHubClient } from './client.js';

/** GitHub accepts at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_RUN_NAME = 'factgate';

export interface CheckAnnotation {
  /** Repository-relative path. */
  path: string;
  startLine: number;
  endLine: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name?: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown within the check-run output limit (65,535 bytes of UTF-8, as GitHub counts it). */
  summary: string;
  text?: string;
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
}

export type CheckRunOutcome =
  | { action: 'created'; id: number; url: string; annotations: number; requests: number }
  /** No `checks: write`; the job status still is the required check. */
  | { action: 'forbidden'; message: string };

/**
 * Publishes the optional `factgate` check run. Up to 50 annotations go with the create;
 * beyond that the run is created in progress and completed by the update carrying the
 * last batch, because GitHub takes annotations 50 per request.
 */
export async function publishCheckRun(octokit: GitHubClient, request: CheckRunRequest): Promise<CheckRunOutcome> {
  for (const [field, value] of [['summary', request.summary], ['text', request.text ?? '']] as const) {
    if (CHECK_RUN_OUTPUT_LIMIT.measure(value) > CHECK_RUN_OUTPUT_LIMIT.max) {
      throw new Error(`The check run ${field} is over ${CHECK_RUN_OUTPUT_LIMIT.max} ${CHECK_RUN_OUTPUT_LIMIT.unit} of UTF-8; budget it before publishing.`);
    }
  }
  const annotations = request.annotations.map(toApiAnnotation);
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const output = (batch: typeof annotations | undefined) => ({
    title: truncateText(request.title, 255),
    summary: request.summary,
    ...(request.text ? { text: request.text } : {}),
    ...(batch && batch.length > 0 ? { annotations: batch } : {}),
  });
  const completion = { status: 'completed' as const, conclusion: request.conclusion, completed_at: new Date().toISOString() };

  let created;
  try {
    created = await octokit.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name ?? CHECK_RUN_NAME,
      head_sha: request.headSha,
      ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
      ...(batches.length <= 1 ? completion : { status: 'in_progress' as const }),
      output: output(batches[0]),
    });
  } catch (error) {
    if (isPermissionDenied(error)) return { action: 'forbidden', message: gitHubMessageOf(error) };
    throw error;
  }
  let requests = 1;
  for (let i = 1; i < batches.length; i++) {
    const last = i === batches.length - 1;
    await octokit.rest.checks.update({
      owner: request.owner,
      repo: request.repo,
      check_run_id: created.data.id,
      ...(last ? completion : {}),
      output: output(batches[i]),
    });
    requests++;
  }
  return { action: 'created', id: created.data.id, url: created.data.html_url ?? '', annotations: annotations.length, requests };
}

function toApiAnnotation(a: CheckAnnotation) {
  const start = Math.max(1, Math.floor(a.startLine));
  return {
    path: a.path.replace(/^\.\//, ''),
    start_line: start,
    end_line: Math.max(start, Math.floor(a.endLine)),
    annotation_level: a.level,
    // GitHub caps message and raw details at 64 KB and the title at 255 characters.
    message: truncateText(a.message, 16_000),
    ...(a.title ? { title: truncateText(a.title, 255) } : {}),
    ...(a.rawDetails ? { raw_details: truncateText(a.rawDetails, 16_000) } : {}),
  };
}
