import { relative } from 'node:path';
import {
  changedLinesFromGit,
  computePatchCoverage,
  parsePathRewrite,
  readCoverageReports,
  repositoryOptions,
  summarizeCoverage,
  type ChangedFile,
  type GitRunner,
} from '../coverage/index.js';
import type { ReportCoverage } from '../report/types.js';
import type { Settings } from '../settings/settings.js';
import { ConfigurationError } from '../shared/errors.js';

/**
 * Reads the configured coverage reports (and patch coverage against a git base). A report
 * that cannot be read is an input problem for the policy, never "0 % coverage".
 */
export async function measureCoverage(
  settings: Settings,
  git: GitRunner,
  inputProblems: string[],
  changedLines: ChangedFile[] | null = null,
): Promise<ReportCoverage | null> {
  if (settings.coverage.length === 0) return null;
  const display = settings.coverage.map((p) => relative(settings.cwd, p) || p);
  try {
    const rewrites = settings.coveragePathMap.map((text) => parsePathRewrite(text, { place: 'coverage-path-map' }));
    const data = await readCoverageReports(display, {
      ...(await repositoryOptions(git, settings.cwd)),
      baseDir: settings.cwd,
      rewrites,
      sourceRoots: settings.coverageSourceRoot,
    });
    const summary = summarizeCoverage(data);
    let patch: ReportCoverage['patch'] = null;
    if (changedLines !== null || settings.coverageBase !== null) {
      const changed = changedLines ?? (await changedLinesFromGit(git, settings.coverageBase!));
      const result = computePatchCoverage(data, changed);
      patch = {
        ...result.lines,
        uncovered: result.files.filter((f) => f.uncoveredLines.length > 0).map((f) => ({ path: f.path, lines: f.uncoveredLines })),
      };
      summary.warnings.push(...result.warnings);
    }
    return {
      reports: summary.reports.map((r) => ({ file: r.file, format: r.format })),
      lines: summary.lines,
      branches: summary.branches,
      patch,
      files: summary.files,
      warnings: summary.warnings,
    };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    inputProblems.push(`coverage: ${error.message}`);
    return null;
  }
}
