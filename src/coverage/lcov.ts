import { ConfigurationError } from '../shared/errors.js';
import { CoverageCollector, normaliseReportPath } from './collector.js';
import { parseCount, type ValueSource } from './numbers.js';
import type { Counts, FileCoverage, ParsedReport } from './types.js';

/** Record types that carry nothing factgate uses but are valid LCOV. */
const IGNORED_RECORDS = new Set(['TN', 'VER', 'FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA', 'BFH', 'BFF']);
const RECORD_RE = /^([A-Z_]+):(.*)$/;

/**
 * LCOV tracefiles (geninfo/lcov 1.x and 2.x, istanbul, c8, coverage.py, gcovr, coverlet,
 * flutter, grcov). Lines come from `DA`, branches from `BRDA` (`-` means never evaluated:
 * not covered), each identified by its line, block and branch, so that a file written in
 * several sections merges as lcov merges it. `LF`/`LH` and `BRF`/`BRH` are the declared totals. Function records
 * (`FN`, `FNDA`, lcov 2's `FNL`/`FNA`) are accepted but not needed; names may hold commas.
 */
export class LcovParser {
  private readonly collector: CoverageCollector;
  private file: FileCoverage | undefined;
  private pending = '';
  private lineNumber = 0;
  private declaredLines: Counts = { covered: 0, total: 0 };
  private declaredBranches: Counts = { covered: 0, total: 0 };
  private sawLineTotals = false;
  private sawBranchTotals = false;
  /** A file in several sections (geninfo: one per object that compiles it). */
  private repeatedFile = false;
  private unknown = new Set<string>();
  private records = 0;
  private readonly source: ValueSource;

  constructor(private readonly fileName: string) {
    this.collector = new CoverageCollector(fileName, 'lcov');
    this.source = { fileName, place: () => `line ${this.lineNumber}` };
  }

  write(chunk: string): void {
    const text = this.pending + chunk;
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      this.record(text.slice(start, newline));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    this.pending = text.slice(start);
  }

  end(): ParsedReport {
    if (this.pending !== '') this.record(this.pending);
    this.pending = '';
    if (this.file !== undefined) {
      throw new ConfigurationError('the last SF record has no end_of_record: the file is truncated', {
        file: this.fileName,
        place: `line ${this.lineNumber}`,
        fix: 'regenerate the report and make sure it is written completely',
      });
    }
    if (this.records === 0) {
      throw new ConfigurationError('the file has no SF records', {
        file: this.fileName,
        place: `line ${this.lineNumber}`,
        fix: 'pass an LCOV tracefile with at least one SF ... end_of_record section',
      });
    }
    // Each section declares its own totals, so with a file in several sections their sum
    // counts its lines once per section: it says nothing about the merged file.
    if (this.sawLineTotals && !this.repeatedFile) this.collector.declared.lines = this.declaredLines;
    if (this.sawBranchTotals && !this.repeatedFile) this.collector.declared.branches = this.declaredBranches;
    if (this.unknown.size > 0) this.collector.warn(`unknown LCOV records ignored: ${[...this.unknown].join(', ')}`);
    return this.collector.finish();
  }

  private record(rawLine: string): void {
    this.lineNumber++;
    const line = rawLine.trim();
    if (line === '') return;
    if (line === 'end_of_record') {
      if (this.file === undefined) throw this.error('end_of_record without an SF record before it');
      this.file = undefined;
      return;
    }
    const match = RECORD_RE.exec(line);
    if (match === null) throw this.error(`"${line.slice(0, 40)}" is not an LCOV record`);
    const type = match[1] as string;
    const value = match[2] as string;
    if (type === 'SF') {
      if (this.file !== undefined) throw this.error('SF record before the previous one ended (end_of_record missing)');
      if (value.trim() === '') throw this.error('SF record with no path');
      if (this.collector.files.has(normaliseReportPath(value))) this.repeatedFile = true;
      this.file = this.collector.file(value);
      this.records++;
      return;
    }
    if (IGNORED_RECORDS.has(type)) return;
    if (type !== 'DA' && type !== 'BRDA' && type !== 'LF' && type !== 'LH' && type !== 'BRF' && type !== 'BRH') {
      this.unknown.add(type);
      return;
    }
    const file = this.file;
    if (file === undefined) throw this.error(`${type} record outside an SF ... end_of_record section`);
    const fields = value.split(',');
    const s = this.source;
    if (type === 'DA') {
      // DA:<line>,<hits>[,<checksum>]
      if (fields.length < 2) throw this.error('DA record needs a line number and a hit count');
      this.collector.addLine(file, parseCount(fields[0] as string, 'DA line', s), parseCount(fields[1] as string, 'DA hits', s));
    } else if (type === 'BRDA') {
      // BRDA:<line>,[<exception>]<block>,<branch>,<taken or ->; lcov 2 may add fields in between.
      if (fields.length < 4) throw this.error('BRDA record needs line, block, branch and taken');
      const taken = (fields[fields.length - 1] as string).trim();
      const hits = taken === '-' ? 0 : parseCount(taken, 'BRDA taken', s);
      const id = fields.slice(1, -1).map((f) => f.trim()).join(',');
      this.collector.addBranch(file, parseCount(fields[0] as string, 'BRDA line', s), id, hits > 0);
    } else if (type === 'LF') {
      this.declaredLines.total += parseCount(value, 'LF', s);
      this.sawLineTotals = true;
    } else if (type === 'LH') {
      this.declaredLines.covered += parseCount(value, 'LH', s);
    } else if (type === 'BRF') {
      this.declaredBranches.total += parseCount(value, 'BRF', s);
      this.sawBranchTotals = true;
    } else {
      this.declaredBranches.covered += parseCount(value, 'BRH', s);
    }
  }

  private error(message: string): ConfigurationError {
    return new ConfigurationError(`not a readable LCOV report: ${message}`, {
      file: this.fileName,
      place: `line ${this.lineNumber}`,
      fix: 'regenerate the report with its producer; the file is not complete LCOV',
    });
  }
}
