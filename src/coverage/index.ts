export type * from './types.js';
export { COVERAGE_FORMATS } from './types.js';
export { LineHits } from './line-hits.js';
export { parseCoverage, createCoverageParser, DEFAULT_MAX_DEPTH, type ParseOptions, type CoverageParser } from './parse.js';
export { mergeCoverage } from './merge.js';
export { summarizeCoverage, countFile, compareDeclared } from './summary.js';
export { parsePathRewrite, resolveReportPath, resolveReportFile, type PathMappingOptions, type ResolvedPath } from './paths.js';
export { unmatchedFilesWarning, suggestPathFix, type UnmatchedFiles, type PathFix } from './unmatched-files.js';
export { repositoryOptions, repositoryFiles } from './repository.js';
export { computePatchCoverage, uncoveredRanges, type UncoveredRange } from './patch.js';
export { changedLinesFromGitDiff, changedLinesFromGit, addedLinesFromPatch, type GitRunner } from './git-diff.js';
export {
  readCoverageReports,
  readCoverageReport,
  nodeFileSystem,
  DEFAULT_MAX_REPORT_BYTES,
  type ReadCoverageOptions,
  type CoverageFileSystem,
} from './read-reports.js';
