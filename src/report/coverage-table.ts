import type { CoverageSummary, PatchCoverage, RatedCounts } from '../coverage/index.js';
import { escapeLogText } from '../shared/escape.js';
import { lineRanges, percent as formatPercent, rangeText } from './format.js';

/** `factgate coverage`'s table: lines and branches per file and overall, what each report declared, and patch coverage. */
export function renderCoverageTable(summary: CoverageSummary, patch: PatchCoverage | undefined): string {
  const rows: string[][] = [['file', 'lines', '%', 'branches', '%']];
  for (const file of summary.files) rows.push([oneLine(file.path), ...cells(file.lines), ...cells(file.branches)]);
  rows.push(['total', ...cells(summary.lines), ...cells(summary.branches)]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = rows.slice(0, -1).map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1]!));
  out.push('');
  for (const report of summary.reports) {
    const declared = report.declared.lines ? `${report.declared.lines.covered}/${report.declared.lines.total}` : report.declared.lineRate ?? 'nothing';
    out.push(`read ${oneLine(report.file)} (${report.format}): ${report.computed.lines.covered}/${report.computed.lines.total} lines; the file declares ${declared}`);
  }
  if (patch !== undefined) {
    out.push('', `patch coverage: ${patch.lines.covered}/${patch.lines.total} changed lines covered (${percent(patch.lines)})`);
    for (const file of patch.files) {
      if (file.uncoveredLines.length > 0) out.push(`  ${oneLine(file.path)}: uncovered ${lineRanges(file.uncoveredLines).map(rangeText).join(', ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function cells(counts: RatedCounts): [string, string] {
  return [`${counts.covered}/${counts.total}`, percent(counts)];
}

/** Two decimals here, as coverage tools print a file table; the same formatter as every other rendering. */
function percent(counts: RatedCounts): string {
  return formatPercent(counts.rate, { digits: 2 });
}

/** Report text is untrusted: one line, no controls, no workflow command (the CLI's writer defuses line starts too). */
export function oneLine(text: string): string {
  return escapeLogText(text.replace(/\r\n?|\n/g, '\\n'));
}
