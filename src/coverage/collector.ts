import { addIdentifiedBranch, combineBranchCounts } from './branches.js';
import { LineHits } from './line-hits.js';
import type { Counts, CoverageFormat, DeclaredTotals, FileCoverage, ParsedReport } from './types.js';

/** Accumulates lines and branches per file while a report is read. */
export class CoverageCollector {
  readonly files = new Map<string, FileCoverage>();
  readonly sourceRoots: string[] = [];
  readonly warnings: string[] = [];
  declared: DeclaredTotals = {};
  producer: string | undefined;

  constructor(
    readonly fileName: string,
    readonly format: CoverageFormat,
  ) {}

  file(rawPath: string): FileCoverage {
    const path = normaliseReportPath(rawPath);
    let file = this.files.get(path);
    if (file === undefined) {
      file = { path, lines: new LineHits(), branches: new Map() };
      this.files.set(path, file);
    }
    return file;
  }

  /** Same line twice (classes sharing a file, repeated records) sums, like separate runs. */
  addLine(file: FileCoverage, line: number, hits: number): void {
    file.lines.add(line, hits);
  }

  /** One branch outcome of a line, by its identity (LCOV lists each branch on its own record). */
  addBranch(file: FileCoverage, line: number, id: string, taken: boolean): void {
    addIdentifiedBranch(file, line, id, taken);
  }

  /** A line's branch summary; a line listed again (classes sharing a file) keeps the larger. */
  setBranches(file: FileCoverage, line: number, counts: Counts): void {
    const existing = file.branches.get(line);
    file.branches.set(line, existing === undefined ? counts : combineBranchCounts(existing, counts));
  }

  warn(message: string): void {
    this.warnings.push(`${this.fileName}: ${message}`);
  }

  finish(): ParsedReport {
    const report: ParsedReport = {
      file: this.fileName,
      format: this.format,
      files: this.files,
      sourceRoots: this.sourceRoots,
      declared: this.declared,
      warnings: this.warnings,
    };
    if (this.producer !== undefined) report.producer = this.producer;
    return report;
  }
}

/** Forward slashes, no "./" prefix, no trailing spaces: paths as later compared to a diff. */
export function normaliseReportPath(rawPath: string): string {
  let path = rawPath.trim().replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  return path.replace(/\/{2,}/g, '/');
}
