import { JOB_SUMMARY_LIMIT } from '../report/budget.js';
import { renderHtmlPieces } from '../report/html/render-html.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import type { Report } from '../report/types.js';
import { writeJsonAtomically, writePiecesAtomically, writeTextAtomically } from '../shared/write-atomically.js';

/** Writes the report files the settings ask for (CLI and Action alike), each to a temporary name first, so a crash never leaves half a report. */
export async function writeOutputs(
  report: Report,
  jsonPath: string | null,
  mdPath: string | null,
  baseline: Report | null = null,
  htmlPath: string | null = null,
): Promise<void> {
  if (jsonPath) await writeJsonAtomically(jsonPath, report);
  if (mdPath) await writeTextAtomically(mdPath, renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, baseline }).markdown);
  // Written in pieces: a page of 100,000 cases never becomes one string.
  if (htmlPath) await writePiecesAtomically(htmlPath, renderHtmlPieces(report, { baseline }));
}

/** The report files written, as the terminal names them on its last line. */
export function writtenPaths(...paths: (string | null)[]): string[] {
  return paths.filter((p): p is string => p !== null && p !== '');
}
