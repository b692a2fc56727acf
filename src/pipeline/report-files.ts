import { JOB_SUMMARY_LIMIT } from '../report/budget.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import type { Report } from '../report/types.js';
import { isStandardOutput, type OutputTarget } from '../shared/output-targets.js';
import { writeAllOrNone, type Output } from '../shared/write-atomically.js';

/** Where the report files go; null writes none. `-` or /dev/stdout is standard output. */
export interface ReportFiles {
  json: string | null;
  md: string | null;
  html?: string | null;
  junit?: string | null;
  /** The setting that names the JSON file, for messages (`report-json`, or merge's `--out`). */
  jsonSetting?: string;
}

/** The report outputs a run writes, by the setting that names each: checked before any work. */
export function outputTargets(files: ReportFiles): OutputTarget[] {
  return [
    ...(files.json ? [{ setting: files.jsonSetting ?? 'report-json', path: files.json }] : []),
    ...(files.md ? [{ setting: 'report-md', path: files.md }] : []),
    ...(files.html ? [{ setting: 'report-html', path: files.html }] : []),
    ...(files.junit ? [{ setting: 'report-junit', path: files.junit }] : []),
  ];
}

/**
 * Writes every report file or none (CLI and Action alike), each under a temporary name
 * first, so a crash never leaves half a report; outputs to standard output go to `stdout`.
 */
export async function writeOutputs(report: Report, files: ReportFiles, stdout: (text: string) => void, baseline: Report | null = null): Promise<void> {
  // Loaded only when asked for: a run without the page or JUnit never parses their code.
  const { renderHtmlPieces } = files.html ? await import('../report/html/render-html.js') : { renderHtmlPieces: null };
  const { renderJunit } = files.junit ? await import('../report/junit.js') : { renderJunit: null };
  const outputs: Output[] = outputTargets(files).map((target) => ({
    ...target,
    content:
      target.setting === 'report-md'
        ? { text: renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, baseline }).markdown }
        : target.setting === 'report-html'
          ? { pieces: () => renderHtmlPieces!(report, { baseline }) }
          : target.setting === 'report-junit'
            ? { text: renderJunit!(report) }
            : { json: report },
  }));
  await writeAllOrNone(outputs, stdout);
}

/** The report files written, as the terminal names them on its last line (standard output is not a file). */
export function writtenPaths(files: ReportFiles): string[] {
  return outputTargets(files)
    .map((target) => target.path)
    .filter((path) => !isStandardOutput(path));
}

/** A report goes to standard output: the verdict then goes to stderr, so stdout stays one document. */
export function reportOnStandardOutput(files: ReportFiles): boolean {
  return outputTargets(files).some((target) => isStandardOutput(target.path));
}
