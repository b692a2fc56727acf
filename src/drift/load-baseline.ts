/**
 * Reading the baseline report. A file that is missing, unreadable, not JSON or not a
 * factgate report is a user mistake (ConfigurationError naming the file and the fix);
 * a genuine factgate report from another schema version is not an error but "not
 * comparable", which the drift section reports instead of comparing.
 */
import { REPORT_SCHEMA_VERSION, type Report } from '../report/types.js';
import { ConfigurationError } from '../shared/errors.js';
import { MiB, readTextFile } from '../shared/files.js';

/** Reports carry every claim of every case; this bounds what a baseline may weigh. */
export const MAX_BASELINE_BYTES = 256 * MiB;

export type BaselineLoad =
  | { status: 'loaded'; file: string; report: Report }
  | {
      status: 'not-comparable';
      file: string;
      reason: string;
      gitSha: string | null;
      createdAt: string | null;
    };

export async function loadBaselineReport(path: string, displayPath = path): Promise<BaselineLoad> {
  const text = await readTextFile(path, MAX_BASELINE_BYTES, 'baseline report', displayPath);
  return await parseBaselineReport(text, displayPath);
}

/** The same checks on text already in hand (e.g. from a downloaded artifact). */
export async function parseBaselineReport(text: string, file: string): Promise<BaselineLoad> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`the baseline report is not valid JSON (${(error as Error).message})`, {
      file,
      fix: 'point to the JSON written by factgate run --report-json',
    });
  }
  const document = value as { schemaVersion?: unknown; tool?: { name?: unknown }; run?: Record<string, unknown> } | null;
  if (document === null || typeof document !== 'object' || Array.isArray(document) || document.tool?.name !== 'factgate') {
    throw new ConfigurationError('the baseline is not a factgate report (no tool.name "factgate")', {
      file,
      place: '/tool/name',
      fix: 'point to the JSON written by factgate run --report-json',
    });
  }
  if (document.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return {
      status: 'not-comparable',
      file,
      reason: `the baseline report has schema version ${JSON.stringify(document.schemaVersion)} and this run writes ${REPORT_SCHEMA_VERSION}; regenerate the baseline with this factgate version`,
      gitSha: typeof document.run?.gitSha === 'string' ? document.run.gitSha : null,
      createdAt: typeof document.run?.finishedAt === 'string' ? document.run.finishedAt : null,
    };
  }
  // Loaded here, not up front: a run without a baseline never loads the report validator.
  const { validateReport } = await import('../report/validate-report.js');
  return { status: 'loaded', file, report: validateReport(value, file) };
}
