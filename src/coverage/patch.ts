import { rated } from './summary.js';
import type { ChangedFile, CoverageData, PatchCoverage, PatchFileCoverage } from './types.js';

/**
 * Patch coverage exactly as diff-cover computes it: of the added lines that the coverage
 * data measures, the share with hits. Added lines the report does not list (comments,
 * blank lines, files it does not mention) are not counted. Works from any source of
 * changed lines (git diff, a pull request's files).
 */
export function computePatchCoverage(data: CoverageData, changed: readonly ChangedFile[]): PatchCoverage {
  const files: PatchFileCoverage[] = [];
  const unmeasuredFiles: string[] = [];
  const warnings: string[] = [];
  let measured = 0;
  let covered = 0;
  for (const change of changed) {
    const file = data.files.get(change.path);
    if (file === undefined) {
      unmeasuredFiles.push(change.path);
      continue;
    }
    if (file.lines.size === 0 && file.totalsOnly !== undefined) {
      warnings.push(`${change.path}: the report gives only totals for this file, so its changed lines are not counted`);
      unmeasuredFiles.push(change.path);
      continue;
    }
    const uncoveredLines: number[] = [];
    let fileMeasured = 0;
    for (const line of new Set(change.addedLines)) {
      const hits = file.lines.get(line);
      if (hits === undefined) continue;
      fileMeasured++;
      if (hits === 0) uncoveredLines.push(line);
    }
    if (fileMeasured === 0) continue;
    uncoveredLines.sort((a, b) => a - b);
    const fileCovered = fileMeasured - uncoveredLines.length;
    files.push({ path: change.path, measured: fileMeasured, covered: fileCovered, uncoveredLines, rate: fileCovered / fileMeasured });
    measured += fileMeasured;
    covered += fileCovered;
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { lines: rated({ covered, total: measured }), files, unmeasuredFiles: unmeasuredFiles.sort(), warnings };
}

/** One annotation: a run of consecutive uncovered changed lines in a file. */
export interface UncoveredRange {
  path: string;
  startLine: number;
  endLine: number;
}

/**
 * Uncovered changed lines as ranges of consecutive lines, at most `limit` of them (GitHub
 * shows a limited number of annotations per step); `omitted` says how many were left out.
 */
export function uncoveredRanges(patch: PatchCoverage, limit: number): { ranges: UncoveredRange[]; omitted: number } {
  const ranges: UncoveredRange[] = [];
  for (const file of patch.files) {
    const lines = file.uncoveredLines;
    for (let i = 0; i < lines.length; i++) {
      const startLine = lines[i] as number;
      while (i + 1 < lines.length && lines[i + 1] === (lines[i] as number) + 1) i++;
      ranges.push({ path: file.path, startLine, endLine: lines[i] as number });
    }
  }
  const kept = Math.max(0, Math.floor(limit));
  return { ranges: ranges.slice(0, kept), omitted: Math.max(0, ranges.length - kept) };
}
