import { copyBranchOutcomes, mergeLineBranches } from './branches.js';
import { countFiles, compareDeclared } from './summary.js';
import { isAbsolute, resolveReportPath, type PathMappingOptions } from './paths.js';
import type { CoverageData, FileCoverage, ParsedReport, ReportSummary } from './types.js';

/**
 * Merges reports into one per-file view from raw counts, never by averaging rates: hits
 * per line are summed (a line counts once, covered when any report hit it), and branches
 * per line combine as `mergeLineBranches` says (by identity when both reports give it). Every path is first mapped to a
 * repository-relative one.
 */
export function mergeCoverage(reports: readonly ParsedReport[], mapping: PathMappingOptions): CoverageData {
  const files = new Map<string, FileCoverage>();
  const owned = new Set<FileCoverage>();
  const summaries: ReportSummary[] = [];
  const warnings: string[] = [];
  for (const report of reports) {
    warnings.push(...report.warnings);
    const computed = countFiles(report.files.values());
    const summary: ReportSummary = { file: report.file, format: report.format, declared: report.declared, computed };
    if (report.producer !== undefined) summary.producer = report.producer;
    summaries.push(summary);
    for (const problem of compareDeclared(report.declared, computed)) warnings.push(`${report.file}: ${problem}`);
    const outside: string[] = [];
    for (const file of report.files.values()) {
      const path = resolveReportPath(file.path, report.sourceRoots, mapping);
      if (isAbsolute(path)) outside.push(path);
      addFile(files, owned, path, file);
    }
    if (outside.length > 0) {
      warnings.push(
        `${report.file}: ${outside.length} file(s) lie outside the repository (e.g. ${outside[0]}); ` +
          'add a path map (from=>to) so they match the changed files',
      );
    }
  }
  return { files, reports: summaries, warnings };
}

/**
 * Adds one report's file to the merged view. The first report's maps are taken over as
 * they are (a 2-million-line report is not copied); they are copied only before a second
 * report is added into them, so the parsed reports themselves never change.
 */
function addFile(files: Map<string, FileCoverage>, owned: Set<FileCoverage>, path: string, file: FileCoverage): void {
  let target = files.get(path);
  if (target === undefined) {
    const shared: FileCoverage = { path, lines: file.lines, branches: file.branches };
    if (file.branchOutcomes !== undefined) shared.branchOutcomes = file.branchOutcomes;
    if (file.totalsOnly !== undefined) shared.totalsOnly = file.totalsOnly;
    files.set(path, shared);
    return;
  }
  if (!owned.has(target)) {
    const copy: FileCoverage = { path, lines: target.lines.copy(), branches: new Map(target.branches) };
    const outcomes = copyBranchOutcomes(target);
    if (outcomes !== undefined) copy.branchOutcomes = outcomes;
    if (target.totalsOnly !== undefined) copy.totalsOnly = structuredClone(target.totalsOnly);
    files.set(path, copy);
    owned.add(copy);
    target = copy;
  }
  for (const [line, hits] of file.lines) target.lines.add(line, hits);
  for (const [line, counts] of file.branches) mergeLineBranches(target, file, line, counts);
  if (file.totalsOnly !== undefined) {
    const t = target.totalsOnly ?? { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
    target.totalsOnly = {
      lines: { covered: t.lines.covered + file.totalsOnly.lines.covered, total: t.lines.total + file.totalsOnly.lines.total },
      branches: { covered: t.branches.covered + file.totalsOnly.branches.covered, total: t.branches.total + file.totalsOnly.branches.total },
    };
  }
}
