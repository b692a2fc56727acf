import { CoverageCollector } from './collector.js';
import { parseCount, parseCountAttribute, parseOptionalCount, type ValueSource } from './numbers.js';
import type { FileCoverage } from './types.js';
import type { XmlAttributes } from './xml-scanner.js';
import type { FormatHandler } from './format-handler.js';

/**
 * Clover XML from istanbul, PHPUnit, gcovr and OpenClover. Only `<project>` counts; the
 * `<testproject>` section (coverage of the tests themselves) is skipped. Executable lines
 * are `stmt` and `cond` lines; on `cond` lines `truecount`/`falsecount` are the covered and
 * uncovered branches, which is how istanbul writes them and what adds up to the declared
 * `conditionals`.
 */
export class CloverHandler implements FormatHandler {
  private readonly collector: CoverageCollector;
  private file: FileCoverage | undefined;
  private inProject = false;
  private depth = 0;
  private projectDepth = -1;

  constructor(
    fileName: string,
    private readonly source: ValueSource,
  ) {
    this.collector = new CoverageCollector(fileName, 'clover');
  }

  open(name: string, a: XmlAttributes): boolean {
    this.depth++;
    if (name === 'project' && this.depth === 2) {
      this.inProject = true;
      this.projectDepth = this.depth;
      return false;
    }
    if (!this.inProject) return false;
    if (name === 'line' && this.file !== undefined) this.line(this.file, a);
    else if (name === 'file') {
      const path = a.get('path') ?? a.get('name');
      if (path !== undefined && path.trim() !== '') this.file = this.collector.file(path);
    } else if (name === 'metrics' && this.depth === this.projectDepth + 1) this.metrics(a);
    return false;
  }

  text(): void {}

  close(name: string): void {
    if (name === 'file') this.file = undefined;
    if (name === 'project' && this.depth === this.projectDepth) this.inProject = false;
    this.depth--;
  }

  finish() {
    if (this.collector.files.size === 0) this.collector.warn('the report lists no files');
    return this.collector.finish();
  }

  private metrics(a: XmlAttributes): void {
    const s = this.source;
    const statements = parseOptionalCount(a.get('statements'), 'statements', s);
    const covered = parseOptionalCount(a.get('coveredstatements'), 'coveredstatements', s);
    if (statements !== undefined && covered !== undefined) {
      this.collector.declared.lines = { covered, total: statements };
    }
    const conditionals = parseOptionalCount(a.get('conditionals'), 'conditionals', s);
    const coveredConditionals = parseOptionalCount(a.get('coveredconditionals'), 'coveredconditionals', s);
    if (conditionals !== undefined && coveredConditionals !== undefined) {
      this.collector.declared.branches = { covered: coveredConditionals, total: conditionals };
    }
  }

  private line(file: FileCoverage, a: XmlAttributes): void {
    const type = a.get('type');
    if (type !== 'stmt' && type !== 'cond') return;
    const s = this.source;
    const number = parseCountAttribute(a, 'num', '<line> num', s);
    const hits = parseCountAttribute(a, 'count', '<line> count', s);
    this.collector.addLine(file, number, hits);
    if (type === 'cond') {
      const covered = parseCountAttribute(a, 'truecount', '<line> truecount', s, '0');
      const uncovered = parseCountAttribute(a, 'falsecount', '<line> falsecount', s, '0');
      if (covered + uncovered > 0) this.collector.setBranches(file, number, { covered, total: covered + uncovered });
    }
  }
}
