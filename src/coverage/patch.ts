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
