import { ConfigurationError } from '../shared/errors.js';
import { CoverageCollector } from './collector.js';
import { parseCount, parseCountAttribute, parseOptionalCount, parseRate, type ValueSource } from './numbers.js';
import type { FileCoverage } from './types.js';
import type { XmlAttributes } from './xml-scanner.js';
import type { FormatHandler } from './format-handler.js';

const CONDITION_COVERAGE_RE = /^\s*[0-9]+(?:\.[0-9]+)?\s*%\s*\(([0-9]+)\/([0-9]+)\)\s*$/;

/**
 * Cobertura as written by coverage.py, istanbul, gcovr, coverlet, Cobertura (Java),
 * simplecov-cobertura, LuaCov, MATLAB and others. Only class-level `<lines>` count: the
 * `<method>` lines repeat them. Classes sharing a filename merge; classes may sit directly
 * under `<packages>`.
 */
export class CoberturaHandler implements FormatHandler {
  private readonly collector: CoverageCollector;
  private file: FileCoverage | undefined;
  private methodDepth = 0;
  private sourceText: string | undefined;
  private lineCount = 0;

  constructor(
    fileName: string,
    private readonly source: ValueSource,
  ) {
    this.collector = new CoverageCollector(fileName, 'cobertura');
  }

  open(name: string, a: XmlAttributes): boolean {
    switch (name) {
      case 'line':
        if (this.file !== undefined && this.methodDepth === 0) this.line(this.file, a);
        return false;
      case 'class': {
        const filename = a.get('filename');
        if (filename === undefined || filename.trim() === '') {
          throw new ConfigurationError('<class> has no filename attribute', {
            file: this.source.fileName,
            place: this.source.place(),
            fix: 'regenerate the report; every Cobertura <class> names its source file',
          });
        }
        this.file = this.collector.file(filename);
        return false;
      }
      case 'method':
        this.methodDepth++;
        return false;
      case 'source':
        this.sourceText = '';
        return true;
      case 'coverage':
        this.root(a);
        return false;
      default:
        return false;
    }
  }

  text(text: string): void {
    // A source root is a path; 4 KiB is plenty and keeps hostile text bounded.
    if (this.sourceText !== undefined) this.sourceText += text.slice(0, 4096 - this.sourceText.length);
  }

  close(name: string): void {
    if (name === 'class') this.file = undefined;
    else if (name === 'method') this.methodDepth--;
    else if (name === 'source' && this.sourceText !== undefined) {
      const root = this.sourceText.trim();
      // Some producers write the command-line flag itself ("--source") as a root.
      if (root !== '' && !root.startsWith('--')) this.collector.sourceRoots.push(root);
      this.sourceText = undefined;
    }
  }

  finish() {
    if (this.lineCount === 0) this.collector.warn('the report lists no lines');
    return this.collector.finish();
  }

  private root(a: XmlAttributes): void {
    const s = this.source;
    const declared = this.collector.declared;
    const linesCovered = parseOptionalCount(a.get('lines-covered'), 'lines-covered', s);
    const linesValid = parseOptionalCount(a.get('lines-valid'), 'lines-valid', s);
    if (linesCovered !== undefined && linesValid !== undefined) {
      declared.lines = { covered: linesCovered, total: linesValid };
    }
    const branchesCovered = parseOptionalCount(a.get('branches-covered'), 'branches-covered', s);
    const branchesValid = parseOptionalCount(a.get('branches-valid'), 'branches-valid', s);
    if (branchesCovered !== undefined && branchesValid !== undefined) {
      declared.branches = { covered: branchesCovered, total: branchesValid };
    }
    for (const [attribute, key] of [
      ['line-rate', 'lineRate'],
      ['branch-rate', 'branchRate'],
    ] as const) {
      const raw = a.get(attribute);
      if (raw === undefined) continue;
      const rate = parseRate(raw, attribute, s);
      if (rate === undefined) this.collector.warn(`${attribute} is "${raw}"; it was ignored`);
      else declared[key] = rate;
    }
    const version = a.get('version');
    if (version?.startsWith('gcovr')) this.collector.producer = version;
  }

  private line(file: FileCoverage, a: XmlAttributes): void {
    const s = this.source;
    const number = parseCountAttribute(a, 'number', '<line> number', s);
    const hits = parseCountAttribute(a, 'hits', '<line> hits', s);
    this.lineCount++;
    this.collector.addLine(file, number, hits);
    const branch = a.get('branch');
    // Producers write "true" or "True".
    if (branch === undefined || branch.toLowerCase() !== 'true') return;
    const conditions = a.get('condition-coverage');
    if (conditions === undefined) return;
    const match = CONDITION_COVERAGE_RE.exec(conditions);
    if (match === null) {
      throw new ConfigurationError(`condition-coverage is "${conditions.slice(0, 40)}", not "P% (covered/total)"`, {
        file: s.fileName,
        place: s.place(),
        fix: 'regenerate the report with its producer',
      });
    }
    const covered = parseCount(match[1] as string, 'condition-coverage covered', s);
    const total = parseCount(match[2] as string, 'condition-coverage total', s);
    if (covered > total) {
      throw new ConfigurationError(`condition-coverage "${conditions}" covers more branches than exist`, {
        file: s.fileName,
        place: s.place(),
        fix: 'regenerate the report with its producer',
      });
    }
    this.collector.setBranches(file, number, { covered, total });
  }
}
