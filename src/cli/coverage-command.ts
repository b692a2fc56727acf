import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gitRunner } from '../pipeline/git-runner.js';
import { lineRanges, percent as formatPercent, rangeText } from '../report/format.js';
import { ConfigurationError } from '../shared/errors.js';
import { escapeLogText } from '../shared/escape.js';
import {
  COVERAGE_FORMATS,
  changedLinesFromGit,
  computePatchCoverage,
  parsePathRewrite,
  readCoverageReports,
  repositoryOptions,
  summarizeCoverage,
  type CoverageFormat,
  type CoverageSummary,
  type PatchCoverage,
  type RatedCounts,
} from '../coverage/index.js';

export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

const USAGE = `usage: factgate coverage <report…> [--json] [--format auto|${COVERAGE_FORMATS.join('|')}]
         [--path-map from=>to …] [--source-root dir …] [--base ref] [--max-size-mib n]`;

/**
 * `factgate coverage`: reads one or more coverage reports and prints what was read, per
 * file and overall (and patch coverage against --base). Returns the exit status:
 * 0 read fine, 2 the input or flags are wrong.
 */
export async function runCoverageCommand(argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n\nReads each report and prints lines and branches per file and overall.\nExit status: 0 read fine, 2 the input or flags are wrong.\n`);
    return 0;
  }
  try {
    const options = parseCoverageArgs(argv);
    const git = gitRunner(io.cwd);
    const data = await readCoverageReports(options.reports, {
      baseDir: io.cwd,
      ...(await repositoryOptions(git, io.cwd)),
      format: options.format,
      rewrites: options.pathMaps,
      sourceRoots: options.sourceRoots.map((root) => resolve(io.cwd, root)),
      maxBytes: options.maxBytes,
    });
    const summary = summarizeCoverage(data);
    let patch: PatchCoverage | undefined;
    if (options.base !== undefined) patch = computePatchCoverage(data, await changedLinesFromGit(git, options.base));
    if (options.json) io.stdout(`${JSON.stringify(patch === undefined ? summary : { ...summary, patch }, null, 2)}\n`);
    else {
      io.stdout(renderTable(summary, patch));
      for (const warning of [...summary.warnings, ...(patch?.warnings ?? [])]) io.stderr(`warning: ${clean(warning)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr(`factgate coverage: ${clean(error.message)}\n`);
      return 2;
    }
    throw error;
  }
}

interface CoverageArgs {
  reports: string[];
  json: boolean;
  format: CoverageFormat | 'auto';
  pathMaps: ReturnType<typeof parsePathRewrite>[];
  sourceRoots: string[];
  base: string | undefined;
  maxBytes: number | undefined;
}

function parseCoverageArgs(argv: string[]): CoverageArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        format: { type: 'string', default: 'auto' },
        'path-map': { type: 'string', multiple: true, default: [] },
        'source-root': { type: 'string', multiple: true, default: [] },
        base: { type: 'string' },
        'max-size-mib': { type: 'string' },
      },
    });
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : String(error), { place: 'command line', fix: USAGE });
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    throw new ConfigurationError('no coverage report was given', { place: 'command line', fix: USAGE });
  }
  const format = values.format;
  if (format !== 'auto' && !(COVERAGE_FORMATS as readonly string[]).includes(format)) {
    throw new ConfigurationError(`--format ${format} is not a known format`, { place: '--format', fix: USAGE });
  }
  let maxBytes: number | undefined;
  if (values['max-size-mib'] !== undefined) {
    const mib = Number(values['max-size-mib']);
    if (!/^[0-9]+(\.[0-9]+)?$/.test(values['max-size-mib']) || !(mib > 0)) {
      throw new ConfigurationError(`--max-size-mib ${values['max-size-mib']} is not a positive number`, {
        place: '--max-size-mib',
        fix: 'give the size limit in MiB, e.g. --max-size-mib 200',
      });
    }
    maxBytes = Math.floor(mib * 1024 * 1024);
  }
  return {
    reports: positionals,
    json: values.json,
    format: format as CoverageFormat | 'auto',
    pathMaps: values['path-map'].map((text) => parsePathRewrite(text, { place: '--path-map' })),
    sourceRoots: values['source-root'],
    base: values.base,
    maxBytes,
  };
}


function renderTable(summary: CoverageSummary, patch: PatchCoverage | undefined): string {
  const rows: string[][] = [['file', 'lines', '%', 'branches', '%']];
  for (const file of summary.files) rows.push([clean(file.path), ...cells(file.lines), ...cells(file.branches)]);
  rows.push(['total', ...cells(summary.lines), ...cells(summary.branches)]);
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = rows.slice(0, -1).map(line);
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1]!));
  out.push('');
  for (const report of summary.reports) {
    const declared = report.declared.lines ? `${report.declared.lines.covered}/${report.declared.lines.total}` : report.declared.lineRate ?? 'nothing';
    out.push(`read ${clean(report.file)} (${report.format}): ${report.computed.lines.covered}/${report.computed.lines.total} lines; the file declares ${declared}`);
  }
  if (patch !== undefined) {
    out.push('', `patch coverage: ${patch.lines.covered}/${patch.lines.total} changed lines covered (${percent(patch.lines)})`);
    for (const file of patch.files) {
      if (file.uncoveredLines.length > 0) out.push(`  ${clean(file.path)}: uncovered ${ranges(file.uncoveredLines)}`);
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

/** 3,4,5,9 → "3–5, 9" */
function ranges(lines: number[]): string {
  return lineRanges(lines).map(rangeText).join(', ');
}

/** Report text is untrusted: one line, no controls, no workflow command (the CLI's writer defuses line starts too). */
function clean(text: string): string {
  return escapeLogText(text.replace(/\r\n?|\n/g, '\\n'));
}
