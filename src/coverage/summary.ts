import type { Counts, CoverageData, CoverageSummary, DeclaredTotals, FileCoverage, RatedCounts } from './types.js';

export function rated(counts: Counts): RatedCounts {
  return { ...counts, rate: counts.total === 0 ? null : counts.covered / counts.total };
}

/** Line and branch counts of one file, recounted from its lines. */
export function countFile(file: FileCoverage): { lines: Counts; branches: Counts } {
  if (file.totalsOnly !== undefined && file.lines.size === 0) {
    return { lines: { ...file.totalsOnly.lines }, branches: { ...file.totalsOnly.branches } };
  }
  const covered = file.lines.coveredCount();
  const branches = { covered: 0, total: 0 };
  for (const b of file.branches.values()) {
    branches.covered += b.covered;
    branches.total += b.total;
  }
  return { lines: { covered, total: file.lines.size }, branches };
}

export function countFiles(files: Iterable<FileCoverage>): { lines: Counts; branches: Counts } {
  const lines = { covered: 0, total: 0 };
  const branches = { covered: 0, total: 0 };
  for (const file of files) {
    const c = countFile(file);
    lines.covered += c.lines.covered;
    lines.total += c.lines.total;
    branches.covered += c.branches.covered;
    branches.total += c.branches.total;
  }
  return { lines, branches };
}

/** The JSON-ready summary: overall and per-file counts, per-report declared vs computed. */
export function summarizeCoverage(data: CoverageData): CoverageSummary {
  const files = [...data.files.values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => {
      const c = countFile(file);
      return { path: file.path, lines: rated(c.lines), branches: rated(c.branches) };
    });
  const totals = countFiles(data.files.values());
  return {
    lines: rated(totals.lines),
    branches: rated(totals.branches),
    files,
    reports: data.reports,
    warnings: data.warnings,
  };
}

/** Messages for each way the declared totals disagree with the recount. */
export function compareDeclared(declared: DeclaredTotals, computed: { lines: Counts; branches: Counts }): string[] {
  const problems: string[] = [];
  for (const kind of ['lines', 'branches'] as const) {
    const said = declared[kind];
    const found = computed[kind];
    if (said !== undefined) {
      if (said.covered !== found.covered || said.total !== found.total) {
        problems.push(`declares ${said.covered}/${said.total} ${kind} covered, but its ${kind} add up to ${found.covered}/${found.total}`);
      }
      continue;
    }
    const rate = kind === 'lines' ? declared.lineRate : declared.branchRate;
    if (rate === undefined || found.total === 0) continue;
    // A rate written with d decimals is consistent with anything that rounds to it.
    const decimals = /\.([0-9]+)$/.exec(rate)?.[1]?.length ?? 0;
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    const actual = found.covered / found.total;
    if (Math.abs(Number(rate) - actual) > tolerance) {
      problems.push(`declares a ${kind === 'lines' ? 'line' : 'branch'} rate of ${rate}, but its ${kind} add up to ${found.covered}/${found.total} (${actual.toFixed(4)})`);
    }
  }
  return problems;
}
