import { copyBranchOutcomes, mergeLineBranches } from './branches.js';
import { countFiles, compareDeclared } from './summary.js';
import { resolveReportFile, type PathMappingOptions, type ResolvedPath } from './paths.js';
import type { CoverageData, FileCoverage, ParsedReport, ReportSummary } from './types.js';
import type { UnmatchedFiles } from './unmatched-files.js';

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
  const unmatched: UnmatchedFiles[] = [];
  for (const report of reports) {
    warnings.push(...report.warnings);
    const computed = countFiles(report.files.values());
    const summary: ReportSummary = { file: report.file, format: report.format, declared: report.declared, computed };
    if (report.producer !== undefined) summary.producer = report.producer;
    summaries.push(summary);
    for (const problem of compareDeclared(report.declared, computed)) warnings.push(`${report.file}: ${problem}`);
    const written: string[] = [];
    const placements: string[] = [];
    for (const file of report.files.values()) {
      const resolved = resolveReportFile(file.path, report.sourceRoots, mapping, () => highestLine(file));
      if (!resolved.found) written.push(resolved.written);
      const placement = describePlacement(file, resolved);
      if (placement !== undefined) placements.push(placement);
      addFile(files, owned, resolved.path, file);
    }
    if (written.length > 0) unmatched.push({ report: report.file, total: report.files.size, written });
    if (placements.length > 0) {
      warnings.push(
        `${report.file}: ${placements.length} file name(s) stand for several files of the checkout: ${placements.slice(0, 3).join('; ')}; ` +
          'add a path map (coverage-path-map) if a file was placed wrongly',
      );
    }
  }
  return { files, reports: summaries, warnings, unmatched };
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

/** Why a file went where it did, when more than one file of the checkout could be it. */
function describePlacement(file: FileCoverage, resolved: ResolvedPath): string | undefined {
  if (resolved.severalFit !== undefined) {
    return `${file.path} fits ${resolved.severalFit.join(', ')} (lines up to ${highestLine(file)}), placed at ${resolved.path}`;
  }
  if (resolved.noneFits !== undefined) {
    return `${file.path} has lines up to ${highestLine(file)}, more than any of ${resolved.noneFits.join(', ')} has (placed at ${resolved.path}; is the report older than the checkout?)`;
  }
  return undefined;
}

function highestLine(file: FileCoverage): number {
  let highest = 0;
  for (const [line] of file.lines) if (line > highest) highest = line;
  return highest;
}
