import { CoverageCollector } from './collector.js';
import { parseCount, parseCountAttribute, type ValueSource } from './numbers.js';
import type { Counts, FileCoverage } from './types.js';
import type { XmlAttributes } from './xml-scanner.js';
import type { FormatHandler } from './format-handler.js';

/**
 * JaCoCo XML. A line is covered when it has covered instructions (`ci` > 0); its branches
 * are `mb` + `cb`. The path is the package name joined with the source file name. gcovr's
 * JaCoCo output has no `mi`/`ci` on lines: such files keep their `LINE` counter as totals.
 */
export class JacocoHandler implements FormatHandler {
  private readonly collector: CoverageCollector;
  private packageName = '';
  private file: FileCoverage | undefined;
  private fileHasLineHits = false;
  private fileCounters: { lines?: Counts; branches?: Counts } = {};
  private depth = 0;
  private skipDepth = -1;

  constructor(
    fileName: string,
    private readonly source: ValueSource,
  ) {
    this.collector = new CoverageCollector(fileName, 'jacoco');
  }

  open(name: string, a: XmlAttributes): boolean {
    this.depth++;
    if (this.skipDepth !== -1) return false;
    switch (name) {
      case 'report':
        if (a.get('name')?.startsWith('GCOVR')) this.collector.producer = 'gcovr';
        break;
      case 'package':
        this.packageName = (a.get('name') ?? '').replace(/\\/g, '/');
        break;
      case 'sourcefile': {
        const base = a.get('name') ?? '';
        this.file = this.collector.file(this.packageName === '' ? base : `${this.packageName}/${base}`);
        this.fileHasLineHits = false;
        this.fileCounters = {};
        break;
      }
      case 'class':
      case 'sessioninfo':
        // Class and method counters repeat the source file's; nothing to read inside.
        this.skipDepth = this.depth;
        break;
      case 'line':
        if (this.file !== undefined) this.line(this.file, a);
        break;
      case 'counter':
        this.counter(a);
        break;
    }
    return false;
  }

  text(): void {}

  close(name: string): void {
    if (this.skipDepth === this.depth) this.skipDepth = -1;
    else if (this.skipDepth === -1 && name === 'sourcefile' && this.file !== undefined) {
      if (!this.fileHasLineHits && this.fileCounters.lines !== undefined) {
        this.file.totalsOnly = {
          lines: this.fileCounters.lines,
          branches: this.fileCounters.branches ?? { covered: 0, total: 0 },
        };
      }
      this.file = undefined;
    } else if (name === 'package') this.packageName = '';
    this.depth--;
  }

  finish() {
    const partial = [...this.collector.files.values()].filter((f) => f.totalsOnly !== undefined).length;
    if (partial > 0) {
      this.collector.warn(
        `${partial} file(s) have no per-line hits (mi/ci), only totals: their lines cannot be matched against a diff`,
      );
    }
    if (this.collector.files.size === 0) this.collector.warn('the report lists no source files');
    return this.collector.finish();
  }

  private line(file: FileCoverage, a: XmlAttributes): void {
    const s = this.source;
    const number = parseCountAttribute(a, 'nr', '<line> nr', s);
    const coveredInstructions = a.get('ci');
    if (coveredInstructions !== undefined) {
      this.fileHasLineHits = true;
      this.collector.addLine(file, number, parseCount(coveredInstructions, '<line> ci', s));
      const missedInstructions = a.get('mi');
      if (missedInstructions !== undefined) parseCount(missedInstructions, '<line> mi', s);
    }
    const missed = parseCountAttribute(a, 'mb', '<line> mb', s, '0');
    const covered = parseCountAttribute(a, 'cb', '<line> cb', s, '0');
    if (missed + covered > 0) this.collector.setBranches(file, number, { covered, total: missed + covered });
  }

  private counter(a: XmlAttributes): void {
    const type = a.get('type');
    if (type !== 'LINE' && type !== 'BRANCH') return;
    const s = this.source;
    const missed = parseCount(a.get('missed') ?? '', `<counter type="${type}"> missed`, s);
    const covered = parseCount(a.get('covered') ?? '', `<counter type="${type}"> covered`, s);
    const counts = { covered, total: covered + missed };
    const key = type === 'LINE' ? 'lines' : 'branches';
    // depth 2 is a direct child of <report>: the report's own totals.
    if (this.depth === 2) this.collector.declared[key] = counts;
    else if (this.file !== undefined) this.fileCounters[key] = counts;
  }
}
