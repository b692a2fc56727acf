import { GATE_ID_PATTERN, parseGateId } from '../settings/gate-id.js';

/**
 * Which run wrote a sticky comment, recorded in its hidden marker. Workflow run ids grow
 * with every run GitHub creates in a repository, so a later push's run has a larger id
 * and a re-run of the same run a larger attempt: (run id, attempt) orders the writers.
 */
export interface CommentStamp {
  /** The commit the report describes (a pull request's head commit). */
  headSha: string | null;
  /** GITHUB_RUN_ID of the run that produced the report. */
  runId: number | null;
  /** GITHUB_RUN_ATTEMPT of that run. */
  runAttempt: number | null;
  /** Link to the run, shown in the comment's last line. */
  runUrl?: string | null;
}

export const NO_STAMP: CommentStamp = { headSha: null, runId: null, runAttempt: null };

/** The hidden first line: the gate id, then the commit and the run when known. */
export function commentMarker(gateId: string, stamp: CommentStamp = NO_STAMP): string {
  parseGateId(gateId, { place: 'gate-id' });
  const fields = [
    stamp.headSha && /^[0-9a-f]{7,64}$/i.test(stamp.headSha) ? `sha=${stamp.headSha.toLowerCase()}` : '',
    stamp.runId !== null ? `run=${stamp.runId}.${stamp.runAttempt ?? 1}` : '',
  ].filter(Boolean);
  return `<!-- factgate:${gateId}${fields.map((f) => ` ${f}`).join('')} -->`;
}

/** The visible last line: which commit and run the comment describes (GitHub links the short SHA). */
export function commentFooter(stamp: CommentStamp): string {
  if (!stamp.headSha) return '';
  const run = stamp.runId === null ? '' : stamp.runUrl ? ` by [run ${stamp.runId}${attemptText(stamp)}](${stamp.runUrl})` : ` by run ${stamp.runId}${attemptText(stamp)}`;
  return `\n\n<sub>For commit ${stamp.headSha.slice(0, 7)}${run}.</sub>`;
}

function attemptText(stamp: CommentStamp): string {
  return stamp.runAttempt !== null && stamp.runAttempt > 1 ? `, attempt ${stamp.runAttempt}` : '';
}

/** The whole body GitHub stores: marker, the rendered report, the commit line. */
export function commentBody(gateId: string, stamp: CommentStamp, markdown: string): string {
  return `${commentMarker(gateId, stamp)}\n${markdown}${commentFooter(stamp)}`;
}

/** What the comment budget must leave room for besides the rendered report. */
export function commentOverhead(gateId: string, stamp: CommentStamp): string {
  return `${commentMarker(gateId, stamp)}\n${commentFooter(stamp)}`;
}

/** The marker of a stored comment, when its first line is one for this gate id. */
export function readCommentMarker(body: string, gateId: string): CommentStamp | null {
  const match = /^<!-- factgate:(\S+)((?: [a-z]+=[^\s>]*)*) -->/.exec(body);
  if (!match || match[1] !== gateId || !GATE_ID_PATTERN.test(match[1])) return null;
  const fields = new Map((match[2] ?? '').trim().split(' ').filter(Boolean).map((f) => f.split('=', 2) as [string, string]));
  const sha = fields.get('sha');
  const run = /^(\d{1,20})\.(\d{1,6})$/.exec(fields.get('run') ?? '');
  return {
    headSha: sha && /^[0-9a-f]{7,64}$/.test(sha) ? sha : null,
    runId: run ? Number(run[1]) : null,
    runAttempt: run ? Number(run[2]) : null,
  };
}

/**
 * Order of two writers: positive when `a` is the later run. A comment without a run (an
 * older factgate, a local run) is older than any run; two without runs tie.
 */
export function compareStamps(a: CommentStamp, b: CommentStamp): number {
  if (a.runId === null || b.runId === null) return (a.runId === null ? 0 : 1) - (b.runId === null ? 0 : 1);
  return a.runId - b.runId || (a.runAttempt ?? 1) - (b.runAttempt ?? 1);
}
