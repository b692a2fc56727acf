import type { LineHits } from './line-hits.js';
import type { UnmatchedFiles } from './unmatched-files.js';

/** The coverage formats factgate reads. */
export const COVERAGE_FORMATS = ['cobertura', 'jacoco', 'lcov', 'clover'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** A covered/total pair. Totals are always recounted from lines, never averaged. */
export interface Counts {
  covered: number;
  total: number;
}

/** Counts with their rate; `rate` is null when there is nothing to measure (total 0). */
export interface RatedCounts extends Counts {
  rate: number | null;
}

/** Coverage of one source file, as raw counts that can be summed across reports. */
export interface FileCoverage {
  /** Repository-relative path with forward slashes (after path mapping). */
  path: string;
  /** Hits per executable line number; a line that is absent is not executable. */
  lines: LineHits;
  /** Branch outcomes per line number. */
  branches: Map<number, Counts>;
  /**
   * Which branches of a line were taken, by identity (LCOV's block and branch), when the
   * report says; `branches` holds their counts. Lets repeated records of a branch merge.
   */
  branchOutcomes?: Map<number, Map<string, boolean>>;
  /**
   * Per-file totals for reports that list lines without per-line hits (gcovr's JaCoCo
   * output has no `ci`/`mi` on `<line>`): the file counts, but its lines cannot be
   * matched against a diff.
   */
  totalsOnly?: { lines: Counts; branches: Counts };
}

/** What a report says about itself, to be checked against the recount. */
export interface DeclaredTotals {
  lines?: Counts;
  branches?: Counts;
  /** Declared rates as written (strings keep their precision for the comparison). */
  lineRate?: string;
  branchRate?: string;
}

/** One report after parsing, before merging. */
export interface ParsedReport {
  /** The report's file name as given by the user. */
  file: string;
  format: CoverageFormat;
  /** Producer named by the report itself, when it says (e.g. "coverage.py 7.4.0"). */
  producer?: string;
  /** Files with their paths as written in the report (normalised slashes, not yet mapped). */
  files: Map<string, FileCoverage>;
  /** Source roots the report declares (Cobertura `<source>`), trimmed, in order. */
  sourceRoots: string[];
  declared: DeclaredTotals;
  warnings: string[];
}

/** One user-configured prefix rewrite: a path starting with `from` gets `to` instead. */
export interface PathRewrite {
  from: string;
  to: string;
}

/** Several reports merged into one per-file view. */
export interface CoverageData {
  files: Map<string, FileCoverage>;
  reports: ReportSummary[];
  warnings: string[];
  /** Per report, the files that match no file in the checkout. */
  unmatched: UnmatchedFiles[];
}

/** Per-report line in the summary: what it declared and what was recounted. */
export interface ReportSummary {
  file: string;
  format: CoverageFormat;
  producer?: string;
  declared: DeclaredTotals;
  computed: { lines: Counts; branches: Counts };
}

export interface FileSummary {
  path: string;
  lines: RatedCounts;
  branches: RatedCounts;
}

/** The plain-JSON summary the report and the policy use. */
export interface CoverageSummary {
  lines: RatedCounts;
  branches: RatedCounts;
  files: FileSummary[];
  reports: ReportSummary[];
  warnings: string[];
}

/** Lines added by a change in one file (new-side line numbers). */
export interface ChangedFile {
  path: string;
  addedLines: number[];
}

export interface PatchFileCoverage {
  path: string;
  /** Changed lines that the coverage report measures. */
  measured: number;
  covered: number;
  /** Changed, measured lines with no hits, ascending. */
  uncoveredLines: number[];
  rate: number | null;
}

export interface PatchCoverage {
  /** Changed lines that the coverage report measures, over all files. */
  lines: RatedCounts;
  /** Files with at least one measured changed line, sorted by path. */
  files: PatchFileCoverage[];
  /** Changed files the coverage report does not mention (not counted, as in diff-cover). */
  unmeasuredFiles: string[];
  warnings: string[];
}
