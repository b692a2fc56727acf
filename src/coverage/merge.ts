import { combineBranchCounts } from './collector.js';
import { countFiles, compareDeclared } from './summary.js';
import { isAbsolute, resolveReportPath, type PathMappingOptions } from './paths.js';
import type { CoverageData, FileCoverage, ParsedReport, ReportSummary } from './types.js';

/**
 * Merges reports into one per-file view by summing raw hits and branch counts (never by
 * averaging rates), after mapping every path to a repository-relative one.
 */
export function mergeCoverage(reports: readonly ParsedReport[], mapping: PathMappingOptions): CoverageData {
  const files = new Map<string, FileCoverage>();
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
      addFile(files, path, file);
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

function addFile(files: Map<string, FileCoverage>, path: string, file: FileCoverage): void {
  const target = files.get(path);
  if (target === undefined) {
    const copy: FileCoverage = { path, lines: new Map(file.lines), branches: new Map() };
    for (const [line, b] of file.branches) copy.branches.set(line, { ...b });
    if (file.totalsOnly !== undefined) copy.totalsOnly = structuredClone(file.totalsOnly);
    files.set(path, copy);
    return;
  }
  for (const [line, hits] of file.lines) target.lines.set(line, (target.lines.get(line) ?? 0) + hits);
  for (const [line, b] of file.branches) {
    const existing = target.branches.get(line);
    target.branches.set(line, existing === undefined ? { ...b } : combineBranchCounts(existing, b));
  }
  if (file.totalsOnly !== undefined) {
    const t = (target.totalsOnly ??= { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } });
    t.lines.covered += file.totalsOnly.lines.covered;
    t.lines.total += file.totalsOnly.lines.total;
    t.branches.covered += file.totalsOnly.branches.covered;
    t.branches.total += file.totalsOnly.branches.total;
  }
}
