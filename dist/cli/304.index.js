export const id = 304;
export const ids = [304];
export const modules = {

/***/ 40644:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oo: () => (/* reexport */ COVERAGE_FORMATS),
  MO: () => (/* reexport */ changedLinesFromGit),
  aT: () => (/* reexport */ computePatchCoverage),
  hS: () => (/* reexport */ paths/* parsePathRewrite */.hS),
  QY: () => (/* reexport */ readCoverageReports),
  Tl: () => (/* reexport */ repositoryOptions),
  G0: () => (/* reexport */ summarizeCoverage)
});

// UNUSED EXPORTS: DEFAULT_MAX_DEPTH, DEFAULT_MAX_REPORT_BYTES, LineHits, addedLinesFromPatch, changedLinesFromGitDiff, compareDeclared, countFile, createCoverageParser, mergeCoverage, nodeFileSystem, parseCoverage, readCoverageReport, repositoryFiles, resolveReportFile, resolveReportPath, suggestPathFix, uncoveredRanges, unmatchedFilesWarning

;// CONCATENATED MODULE: ./.build/src/coverage/types.js
/** The coverage formats factgate reads. */
const COVERAGE_FORMATS = ['cobertura', 'jacoco', 'lcov', 'clover'];

;// CONCATENATED MODULE: ./.build/src/coverage/line-hits.js
/**
 * Hits per line number of one file. A report of 2 million lines fills 2 million entries,
 * and a `Map` costs several times the time and memory of an array indexed by line number
 * (line numbers of a file are small and dense). The array grows by doubling, but only while
 * the numbers stay near the count of lines held; a file with far-apart numbers (a
 * hand-made `number="999999999"`) switches to a `Map`, so memory stays bounded by the
 * number of lines either way. Iteration is in ascending line order for the array, in
 * insertion order for the `Map`.
 */
class LineHits {
    /** hits[line], or ABSENT for a line that is not listed. */
    dense = EMPTY;
    sparse;
    count = 0;
    /** Number of lines listed. */
    get size() {
        return this.count;
    }
    get(line) {
        if (this.sparse !== undefined)
            return this.sparse.get(line);
        const hits = this.dense[line];
        return hits === undefined || hits === ABSENT ? undefined : hits;
    }
    has(line) {
        return this.get(line) !== undefined;
    }
    set(line, hits) {
        this.put(line, hits, false);
    }
    /** Adds hits to a line (a line listed twice sums, like two runs). */
    add(line, hits) {
        this.put(line, hits, true);
    }
    /** How many listed lines have hits above zero. */
    coveredCount() {
        let covered = 0;
        if (this.sparse !== undefined) {
            for (const hits of this.sparse.values())
                if (hits > 0)
                    covered++;
            return covered;
        }
        const dense = this.dense;
        for (let line = 0; line < dense.length; line++)
            if (dense[line] > 0)
                covered++;
        return covered;
    }
    copy() {
        const copy = new LineHits();
        copy.count = this.count;
        if (this.sparse !== undefined) {
            copy.sparse = new Map(this.sparse);
            copy.dense = undefined;
        }
        else {
            copy.dense = this.dense.slice();
        }
        return copy;
    }
    *entries() {
        if (this.sparse !== undefined) {
            yield* this.sparse.entries();
            return;
        }
        const dense = this.dense;
        for (let line = 0; line < dense.length; line++) {
            const hits = dense[line];
            if (hits !== ABSENT)
                yield [line, hits];
        }
    }
    *keys() {
        for (const [line] of this.entries())
            yield line;
    }
    *values() {
        for (const [, hits] of this.entries())
            yield hits;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    put(line, hits, sum) {
        if (this.sparse !== undefined) {
            const previous = this.sparse.get(line);
            if (previous === undefined)
                this.count++;
            this.sparse.set(line, sum && previous !== undefined ? previous + hits : hits);
            return;
        }
        let dense = this.dense;
        if (!(line < dense.length)) {
            if (!Number.isSafeInteger(line) || line < 0 || line > 2 * this.count + MAX_GAP) {
                this.toSparse();
                return this.put(line, hits, sum);
            }
            const grown = new Float64Array(Math.max(line + 1, dense.length * 2, 16)).fill(ABSENT);
            grown.set(dense);
            this.dense = dense = grown;
        }
        const previous = dense[line];
        if (previous === ABSENT) {
            this.count++;
            dense[line] = hits;
        }
        else {
            dense[line] = sum ? previous + hits : hits;
        }
    }
    toSparse() {
        this.sparse = new Map(this.entries());
        this.dense = undefined;
    }
}
/** Hits are never negative, so -1 marks a line that is not listed. */
const ABSENT = -1;
/** How far past twice the lines held a new line number may lie and still grow the array. */
const MAX_GAP = 4096;
const EMPTY = new Float64Array(0);

// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
;// CONCATENATED MODULE: ./.build/src/coverage/branches.js
/**
 * Records one LCOV branch outcome under its identity (block and branch within the line).
 * geninfo writes a source file once for every object that compiles it, so the same branch
 * comes again: it is one branch, taken when any record took it, as `lcov -a` counts it.
 */
function addIdentifiedBranch(file, line, id, taken) {
    const outcomes = (file.branchOutcomes ??= new Map());
    let byId = outcomes.get(line);
    if (byId === undefined) {
        byId = new Map();
        outcomes.set(line, byId);
    }
    const counts = file.branches.get(line) ?? { covered: 0, total: 0 };
    const before = byId.get(id);
    if (before === undefined) {
        byId.set(id, taken);
        file.branches.set(line, { covered: counts.covered + (taken ? 1 : 0), total: counts.total + 1 });
    }
    else if (taken && !before) {
        byId.set(id, true);
        file.branches.set(line, { covered: counts.covered + 1, total: counts.total });
    }
}
/**
 * Adds `source`'s branches of one line into `target` (which the caller owns). Branches
 * known by identity on both sides are united; otherwise only counts are known, and
 * `combineBranchCounts` keeps a lower bound.
 */
function mergeLineBranches(target, source, line, counts) {
    const existing = target.branches.get(line);
    if (existing === undefined) {
        target.branches.set(line, counts);
        const ids = source.branchOutcomes?.get(line);
        if (ids !== undefined)
            (target.branchOutcomes ??= new Map()).set(line, new Map(ids));
        return;
    }
    const mine = target.branchOutcomes?.get(line);
    const theirs = source.branchOutcomes?.get(line);
    if (mine !== undefined && theirs !== undefined) {
        for (const [id, taken] of theirs)
            addIdentifiedBranch(target, line, id, taken);
        return;
    }
    // One side has only counts: the identities no longer describe the line.
    target.branchOutcomes?.delete(line);
    target.branches.set(line, combineBranchCounts(existing, counts));
}
/** A copy of a file's branch identities that can change without touching the original. */
function copyBranchOutcomes(file) {
    if (file.branchOutcomes === undefined)
        return undefined;
    return new Map([...file.branchOutcomes].map(([line, ids]) => [line, new Map(ids)]));
}
/**
 * Two summaries of the same line's branches. Cobertura, JaCoCo and Clover give only
 * covered/total per line, not which branches, so the union cannot be known: keep the larger
 * total and the larger covered count (a lower bound on the truth, never above the total).
 */
function combineBranchCounts(a, b) {
    const total = Math.max(a.total, b.total);
    return { covered: Math.min(total, Math.max(a.covered, b.covered)), total };
}

;// CONCATENATED MODULE: ./.build/src/coverage/collector.js


/** Accumulates lines and branches per file while a report is read. */
class CoverageCollector {
    fileName;
    format;
    files = new Map();
    sourceRoots = [];
    warnings = [];
    declared = {};
    producer;
    constructor(fileName, format) {
        this.fileName = fileName;
        this.format = format;
    }
    file(rawPath) {
        const path = normaliseReportPath(rawPath);
        let file = this.files.get(path);
        if (file === undefined) {
            file = { path, lines: new LineHits(), branches: new Map() };
            this.files.set(path, file);
        }
        return file;
    }
    /** Same line twice (classes sharing a file, repeated records) sums, like separate runs. */
    addLine(file, line, hits) {
        file.lines.add(line, hits);
    }
    /** One branch outcome of a line, by its identity (LCOV lists each branch on its own record). */
    addBranch(file, line, id, taken) {
        addIdentifiedBranch(file, line, id, taken);
    }
    /** A line's branch summary; a line listed again (classes sharing a file) keeps the larger. */
    setBranches(file, line, counts) {
        const existing = file.branches.get(line);
        file.branches.set(line, existing === undefined ? counts : combineBranchCounts(existing, counts));
    }
    warn(message) {
        this.warnings.push(`${this.fileName}: ${message}`);
    }
    finish() {
        const report = {
            file: this.fileName,
            format: this.format,
            files: this.files,
            sourceRoots: this.sourceRoots,
            declared: this.declared,
            warnings: this.warnings,
        };
        if (this.producer !== undefined)
            report.producer = this.producer;
        return report;
    }
}
/** Forward slashes, no "./" prefix, no trailing spaces: paths as later compared to a diff. */
function normaliseReportPath(rawPath) {
    let path = rawPath.trim().replace(/\\/g, '/');
    while (path.startsWith('./'))
        path = path.slice(2);
    return path.replace(/\/{2,}/g, '/');
}

;// CONCATENATED MODULE: ./.build/src/coverage/numbers.js

// Decimal only: no hex ("0x1"), no leading zeros ("006"), no sign, optional exponent
// because Python writes small floats as "1e-05".
const RATE_RE = /^(?:0|[1-9][0-9]*)?(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
/** A non-negative integer written in plain decimal (a hit count, a line number). */
function parseCount(value, what, source) {
    const n = plainInteger(value);
    if (n !== -1)
        return n;
    throw new errors/* ConfigurationError */.j1(`${what} is "${clip(value)}", not a whole number ≥ 0`, {
        file: source.fileName,
        place: source.place(),
        fix: 'regenerate the report with its producer; hand-edited or corrupted reports are not read',
    });
}
/**
 * A count attribute read straight from the scanner's text when it is plain digits (no
 * string is made: this runs for every line of a report); otherwise read as text, which
 * trims it or says what is wrong. `absent` stands in for a missing attribute.
 */
function parseCountAttribute(attributes, name, what, source, absent = '') {
    const n = attributes.integer(name);
    return n !== -1 ? n : parseCount(attributes.get(name) ?? absent, what, source);
}
/**
 * A rate between 0 and 1. `NaN` (MATLAB writes it when nothing was measured) and an empty
 * value mean "not declared" and return undefined; anything else out of range is an error.
 */
function parseRate(value, what, source) {
    const text = value.trim();
    if (text === '' || text === 'NaN' || text === 'nan')
        return undefined;
    if (text !== '.' && RATE_RE.test(text)) {
        const n = Number(text);
        if (n >= 0 && n <= 1)
            return text;
    }
    throw new errors/* ConfigurationError */.j1(`${what} is "${clip(value)}", not a rate between 0 and 1`, {
        file: source.fileName,
        place: source.place(),
        fix: 'regenerate the report with its producer; rates are decimals such as 0.75',
    });
}
/** A declared count that may be missing or NaN (then undefined). */
function parseOptionalCount(value, what, source) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (text === '' || text === 'NaN' || text === 'nan')
        return undefined;
    return parseCount(text, what, source);
}
function clip(value) {
    return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
/** Digits only, no leading zero unless the number is 0, safe size; -1 otherwise. Runs per line, so no regexp. */
function plainInteger(text) {
    const length = text.length;
    if (length === 0 || length > 15)
        return text.trim() !== text && text.trim() !== '' ? plainInteger(text.trim()) : -1;
    if (length > 1 && text.charCodeAt(0) === 48)
        return -1;
    let n = 0;
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return text.trim() !== text ? plainInteger(text.trim()) : -1;
        n = n * 10 + c;
    }
    return n;
}

;// CONCATENATED MODULE: ./.build/src/coverage/lcov.js



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
class LcovParser {
    fileName;
    collector;
    file;
    pending = '';
    lineNumber = 0;
    declaredLines = { covered: 0, total: 0 };
    declaredBranches = { covered: 0, total: 0 };
    sawLineTotals = false;
    sawBranchTotals = false;
    /** A file in several sections (geninfo: one per object that compiles it). */
    repeatedFile = false;
    unknown = new Set();
    records = 0;
    source;
    constructor(fileName) {
        this.fileName = fileName;
        this.collector = new CoverageCollector(fileName, 'lcov');
        this.source = { fileName, place: () => `line ${this.lineNumber}` };
    }
    write(chunk) {
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
    end() {
        if (this.pending !== '')
            this.record(this.pending);
        this.pending = '';
        if (this.file !== undefined) {
            throw new errors/* ConfigurationError */.j1('the last SF record has no end_of_record: the file is truncated', {
                file: this.fileName,
                place: `line ${this.lineNumber}`,
                fix: 'regenerate the report and make sure it is written completely',
            });
        }
        if (this.records === 0) {
            throw new errors/* ConfigurationError */.j1('the file has no SF records', {
                file: this.fileName,
                place: `line ${this.lineNumber}`,
                fix: 'pass an LCOV tracefile with at least one SF ... end_of_record section',
            });
        }
        // Each section declares its own totals, so with a file in several sections their sum
        // counts its lines once per section: it says nothing about the merged file.
        if (this.sawLineTotals && !this.repeatedFile)
            this.collector.declared.lines = this.declaredLines;
        if (this.sawBranchTotals && !this.repeatedFile)
            this.collector.declared.branches = this.declaredBranches;
        if (this.unknown.size > 0)
            this.collector.warn(`unknown LCOV records ignored: ${[...this.unknown].join(', ')}`);
        return this.collector.finish();
    }
    record(rawLine) {
        this.lineNumber++;
        const line = rawLine.trim();
        if (line === '')
            return;
        if (line === 'end_of_record') {
            if (this.file === undefined)
                throw this.error('end_of_record without an SF record before it');
            this.file = undefined;
            return;
        }
        const match = RECORD_RE.exec(line);
        if (match === null)
            throw this.error(`"${line.slice(0, 40)}" is not an LCOV record`);
        const type = match[1];
        const value = match[2];
        if (type === 'SF') {
            if (this.file !== undefined)
                throw this.error('SF record before the previous one ended (end_of_record missing)');
            if (value.trim() === '')
                throw this.error('SF record with no path');
            if (this.collector.files.has(normaliseReportPath(value)))
                this.repeatedFile = true;
            this.file = this.collector.file(value);
            this.records++;
            return;
        }
        if (IGNORED_RECORDS.has(type))
            return;
        if (type !== 'DA' && type !== 'BRDA' && type !== 'LF' && type !== 'LH' && type !== 'BRF' && type !== 'BRH') {
            this.unknown.add(type);
            return;
        }
        const file = this.file;
        if (file === undefined)
            throw this.error(`${type} record outside an SF ... end_of_record section`);
        const fields = value.split(',');
        const s = this.source;
        if (type === 'DA') {
            // DA:<line>,<hits>[,<checksum>]
            if (fields.length < 2)
                throw this.error('DA record needs a line number and a hit count');
            this.collector.addLine(file, parseCount(fields[0], 'DA line', s), parseCount(fields[1], 'DA hits', s));
        }
        else if (type === 'BRDA') {
            // BRDA:<line>,[<exception>]<block>,<branch>,<taken or ->; lcov 2 may add fields in between.
            if (fields.length < 4)
                throw this.error('BRDA record needs line, block, branch and taken');
            const taken = fields[fields.length - 1].trim();
            const hits = taken === '-' ? 0 : parseCount(taken, 'BRDA taken', s);
            const id = fields.slice(1, -1).map((f) => f.trim()).join(',');
            this.collector.addBranch(file, parseCount(fields[0], 'BRDA line', s), id, hits > 0);
        }
        else if (type === 'LF') {
            this.declaredLines.total += parseCount(value, 'LF', s);
            this.sawLineTotals = true;
        }
        else if (type === 'LH') {
            this.declaredLines.covered += parseCount(value, 'LH', s);
        }
        else if (type === 'BRF') {
            this.declaredBranches.total += parseCount(value, 'BRF', s);
            this.sawBranchTotals = true;
        }
        else {
            this.declaredBranches.covered += parseCount(value, 'BRH', s);
        }
    }
    error(message) {
        return new errors/* ConfigurationError */.j1(`not a readable LCOV report: ${message}`, {
            file: this.fileName,
            place: `line ${this.lineNumber}`,
            fix: 'regenerate the report with its producer; the file is not complete LCOV',
        });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/clover.js


/**
 * Clover XML from istanbul, PHPUnit, gcovr and OpenClover. Only `<project>` counts; the
 * `<testproject>` section (coverage of the tests themselves) is skipped. Executable lines
 * are `stmt` and `cond` lines; on `cond` lines `truecount`/`falsecount` are the covered and
 * uncovered branches, which is how istanbul writes them and what adds up to the declared
 * `conditionals`.
 */
class CloverHandler {
    source;
    collector;
    file;
    inProject = false;
    depth = 0;
    projectDepth = -1;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'clover');
    }
    open(name, a) {
        this.depth++;
        if (name === 'project' && this.depth === 2) {
            this.inProject = true;
            this.projectDepth = this.depth;
            return false;
        }
        if (!this.inProject)
            return false;
        if (name === 'line' && this.file !== undefined)
            this.line(this.file, a);
        else if (name === 'file') {
            const path = a.get('path') ?? a.get('name');
            if (path !== undefined && path.trim() !== '')
                this.file = this.collector.file(path);
        }
        else if (name === 'metrics' && this.depth === this.projectDepth + 1)
            this.metrics(a);
        return false;
    }
    text() { }
    close(name) {
        if (name === 'file')
            this.file = undefined;
        if (name === 'project' && this.depth === this.projectDepth)
            this.inProject = false;
        this.depth--;
    }
    finish() {
        if (this.collector.files.size === 0)
            this.collector.warn('the report lists no files');
        return this.collector.finish();
    }
    metrics(a) {
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
    line(file, a) {
        const type = a.get('type');
        if (type !== 'stmt' && type !== 'cond')
            return;
        const s = this.source;
        const number = parseCountAttribute(a, 'num', '<line> num', s);
        const hits = parseCountAttribute(a, 'count', '<line> count', s);
        this.collector.addLine(file, number, hits);
        if (type === 'cond') {
            const covered = parseCountAttribute(a, 'truecount', '<line> truecount', s, '0');
            const uncovered = parseCountAttribute(a, 'falsecount', '<line> falsecount', s, '0');
            if (covered + uncovered > 0)
                this.collector.setBranches(file, number, { covered, total: covered + uncovered });
        }
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/cobertura.js



const CONDITION_COVERAGE_RE = /^\s*[0-9]+(?:\.[0-9]+)?\s*%\s*\(([0-9]+)\/([0-9]+)\)\s*$/;
/**
 * Cobertura as written by coverage.py, istanbul, gcovr, coverlet, Cobertura (Java),
 * simplecov-cobertura, LuaCov, MATLAB and others. Only class-level `<lines>` count: the
 * `<method>` lines repeat them. Classes sharing a filename merge; classes may sit directly
 * under `<packages>`.
 */
class CoberturaHandler {
    source;
    collector;
    file;
    methodDepth = 0;
    sourceText;
    lineCount = 0;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'cobertura');
    }
    open(name, a) {
        switch (name) {
            case 'line':
                if (this.file !== undefined && this.methodDepth === 0)
                    this.line(this.file, a);
                return false;
            case 'class': {
                const filename = a.get('filename');
                if (filename === undefined || filename.trim() === '') {
                    throw new errors/* ConfigurationError */.j1('<class> has no filename attribute', {
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
    text(text) {
        // A source root is a path; 4 KiB is plenty and keeps hostile text bounded.
        if (this.sourceText !== undefined)
            this.sourceText += text.slice(0, 4096 - this.sourceText.length);
    }
    close(name) {
        if (name === 'class')
            this.file = undefined;
        else if (name === 'method')
            this.methodDepth--;
        else if (name === 'source' && this.sourceText !== undefined) {
            const root = this.sourceText.trim();
            // Some producers write the command-line flag itself ("--source") as a root.
            if (root !== '' && !root.startsWith('--'))
                this.collector.sourceRoots.push(root);
            this.sourceText = undefined;
        }
    }
    finish() {
        if (this.lineCount === 0)
            this.collector.warn('the report lists no lines');
        return this.collector.finish();
    }
    root(a) {
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
        ]) {
            const raw = a.get(attribute);
            if (raw === undefined)
                continue;
            const rate = parseRate(raw, attribute, s);
            if (rate === undefined)
                this.collector.warn(`${attribute} is "${raw}"; it was ignored`);
            else
                declared[key] = rate;
        }
        const version = a.get('version');
        if (version?.startsWith('gcovr'))
            this.collector.producer = version;
    }
    line(file, a) {
        const s = this.source;
        const number = parseCountAttribute(a, 'number', '<line> number', s);
        const hits = parseCountAttribute(a, 'hits', '<line> hits', s);
        this.lineCount++;
        this.collector.addLine(file, number, hits);
        const branch = a.get('branch');
        // Producers write "true" or "True".
        if (branch === undefined || branch.toLowerCase() !== 'true')
            return;
        const conditions = a.get('condition-coverage');
        if (conditions === undefined)
            return;
        const match = CONDITION_COVERAGE_RE.exec(conditions);
        if (match === null) {
            throw new errors/* ConfigurationError */.j1(`condition-coverage is "${conditions.slice(0, 40)}", not "P% (covered/total)"`, {
                file: s.fileName,
                place: s.place(),
                fix: 'regenerate the report with its producer',
            });
        }
        const covered = parseCount(match[1], 'condition-coverage covered', s);
        const total = parseCount(match[2], 'condition-coverage total', s);
        if (covered > total) {
            throw new errors/* ConfigurationError */.j1(`condition-coverage "${conditions}" covers more branches than exist`, {
                file: s.fileName,
                place: s.place(),
                fix: 'regenerate the report with its producer',
            });
        }
        this.collector.setBranches(file, number, { covered, total });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/jacoco.js


/**
 * JaCoCo XML. A line is covered when it has covered instructions (`ci` > 0); its branches
 * are `mb` + `cb`. The path is the package name joined with the source file name. gcovr's
 * JaCoCo output has no `mi`/`ci` on lines: such files keep their `LINE` counter as totals.
 */
class JacocoHandler {
    source;
    collector;
    packageName = '';
    file;
    fileHasLineHits = false;
    fileCounters = {};
    depth = 0;
    skipDepth = -1;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'jacoco');
    }
    open(name, a) {
        this.depth++;
        if (this.skipDepth !== -1)
            return false;
        switch (name) {
            case 'report':
                if (a.get('name')?.startsWith('GCOVR'))
                    this.collector.producer = 'gcovr';
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
                if (this.file !== undefined)
                    this.line(this.file, a);
                break;
            case 'counter':
                this.counter(a);
                break;
        }
        return false;
    }
    text() { }
    close(name) {
        if (this.skipDepth === this.depth)
            this.skipDepth = -1;
        else if (this.skipDepth === -1 && name === 'sourcefile' && this.file !== undefined) {
            if (!this.fileHasLineHits && this.fileCounters.lines !== undefined) {
                this.file.totalsOnly = {
                    lines: this.fileCounters.lines,
                    branches: this.fileCounters.branches ?? { covered: 0, total: 0 },
                };
            }
            this.file = undefined;
        }
        else if (name === 'package')
            this.packageName = '';
        this.depth--;
    }
    finish() {
        const partial = [...this.collector.files.values()].filter((f) => f.totalsOnly !== undefined).length;
        if (partial > 0) {
            this.collector.warn(`${partial} file(s) have no per-line hits (mi/ci), only totals: their lines cannot be matched against a diff`);
        }
        if (this.collector.files.size === 0)
            this.collector.warn('the report lists no source files');
        return this.collector.finish();
    }
    line(file, a) {
        const s = this.source;
        const number = parseCountAttribute(a, 'nr', '<line> nr', s);
        const coveredInstructions = a.get('ci');
        if (coveredInstructions !== undefined) {
            this.fileHasLineHits = true;
            this.collector.addLine(file, number, parseCount(coveredInstructions, '<line> ci', s));
            const missedInstructions = a.get('mi');
            if (missedInstructions !== undefined)
                parseCount(missedInstructions, '<line> mi', s);
        }
        const missed = parseCountAttribute(a, 'mb', '<line> mb', s, '0');
        const covered = parseCountAttribute(a, 'cb', '<line> cb', s, '0');
        if (missed + covered > 0)
            this.collector.setBranches(file, number, { covered, total: missed + covered });
    }
    counter(a) {
        const type = a.get('type');
        if (type !== 'LINE' && type !== 'BRANCH')
            return;
        const s = this.source;
        const missed = parseCount(a.get('missed') ?? '', `<counter type="${type}"> missed`, s);
        const covered = parseCount(a.get('covered') ?? '', `<counter type="${type}"> covered`, s);
        const counts = { covered, total: covered + missed };
        const key = type === 'LINE' ? 'lines' : 'branches';
        // depth 2 is a direct child of <report>: the report's own totals.
        if (this.depth === 2)
            this.collector.declared[key] = counts;
        else if (this.file !== undefined)
            this.fileCounters[key] = counts;
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/xml-formats.js




/** Root elements of XML formats that are not read, with what to do instead. */
const OTHER_XML_FORMATS = {
    CoverageSession: 'OpenCover XML; ask the tool for Cobertura (coverlet: --format cobertura)',
    results: 'dotCover or another results format; export Cobertura or LCOV instead',
    testsuites: 'JUnit test results, not coverage; pass the coverage report',
    testsuite: 'JUnit test results, not coverage; pass the coverage report',
    CoverageDSPriv: 'Visual Studio coverage XML; convert it to Cobertura (dotnet-coverage merge -f cobertura)',
};
/**
 * Picks the format from the root element. Cobertura, Clover and SonarQube's generic
 * format all use `<coverage>`, so for that root the first child decides.
 */
class XmlFormatDispatcher {
    fileName;
    source;
    forced;
    onHandler;
    handler;
    pendingRoot;
    /** Where the deferred root tag was, so errors in its attributes point at it. */
    rootPlace;
    handlerSource;
    constructor(fileName, source, forced, 
    /** Called with the format's handler so events can go to it directly from then on. */
    onHandler = () => { }) {
        this.fileName = fileName;
        this.source = source;
        this.forced = forced;
        this.onHandler = onHandler;
        this.handlerSource = { fileName, place: () => this.rootPlace ?? source.place() };
    }
    open(name, attributes) {
        if (this.handler !== undefined)
            return this.handler.open(name, attributes);
        if (this.pendingRoot === undefined) {
            if (name === 'report')
                return this.start('jacoco', name, attributes);
            if (name === 'coverage') {
                // The scanner reuses its attributes object for the next tag: keep a copy.
                this.pendingRoot = attributes.copy();
                this.rootPlace = this.source.place();
                return false;
            }
            throw this.unknownRoot(name);
        }
        const format = this.formatFromFirstChild(name);
        const root = this.pendingRoot;
        this.start(format, 'coverage', root);
        return this.handler.open(name, attributes);
    }
    text(text) {
        this.handler?.text(text);
    }
    close(name) {
        if (this.handler === undefined && this.pendingRoot !== undefined) {
            // <coverage/> with no children: an empty report of the format its attributes suggest.
            const root = this.pendingRoot;
            this.start(root.get('line-rate') !== undefined || this.forced === 'cobertura' ? 'cobertura' : 'clover', 'coverage', root);
        }
        this.handler?.close(name);
    }
    finish() {
        if (this.handler === undefined)
            throw new Error('finish() before the root element was read');
        return this.handler.finish();
    }
    formatFromFirstChild(child) {
        if (child === 'sources' || child === 'packages')
            return 'cobertura';
        if (child === 'project' || child === 'testproject')
            return 'clover';
        if (child === 'file') {
            throw new errors/* ConfigurationError */.j1('this is a SonarQube generic coverage report, which factgate does not read', {
                file: this.fileName,
                place: this.source.place(),
                fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report (gcovr: --cobertura or --lcov instead of --sonarqube)',
            });
        }
        throw new errors/* ConfigurationError */.j1(`<coverage> starts with <${child}>, which no known coverage format does`, {
            file: this.fileName,
            place: this.source.place(),
            fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report',
        });
    }
    start(format, root, attributes) {
        if (this.forced !== undefined && this.forced !== format) {
            throw new errors/* ConfigurationError */.j1(`--format ${this.forced} was asked for, but the file is ${format}`, {
                file: this.fileName,
                place: this.source.place(),
                fix: `use --format ${format} or --format auto`,
            });
        }
        this.handler =
            format === 'jacoco'
                ? new JacocoHandler(this.fileName, this.handlerSource)
                : format === 'clover'
                    ? new CloverHandler(this.fileName, this.handlerSource)
                    : new CoberturaHandler(this.fileName, this.handlerSource);
        const capture = this.handler.open(root, attributes);
        this.rootPlace = undefined;
        this.onHandler(this.handler);
        return capture;
    }
    unknownRoot(name) {
        const known = Object.hasOwn(OTHER_XML_FORMATS, name) ? OTHER_XML_FORMATS[name] : undefined;
        return new errors/* ConfigurationError */.j1(known !== undefined
            ? `the root element <${name}> is ${known.split(';')[0]}, which factgate does not read`
            : `the root element is <${name}>, not a coverage report`, {
            file: this.fileName,
            place: this.source.place(),
            fix: known?.split('; ')[1] ?? 'pass a Cobertura (<coverage>), JaCoCo (<report>), LCOV or Clover report',
        });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/xml-scanner.js

/**
 * A strict, streaming XML scanner for coverage reports.
 *
 * Why not a general-purpose library: on a 60 MB Cobertura report, saxes alone takes about
 * 1.4 s of CPU to tokenise, htmlparser2 1.5 s (and reports no well-formedness errors) and
 * sax 2.9 s; DOM parsers take 3–10 s and 0.6 GB, while the whole process reading the
 * report with this scanner takes about 0.8 s (see README.md). Coverage reports use a small part of XML, so this scanner accepts exactly
 * that part and rejects the rest with the line and column:
 * - no DTD processing: a DOCTYPE with an internal subset is refused, an external one is
 *   never fetched, and only the five predefined entities and character references are
 *   decoded, so entity expansion cannot happen (output is never longer than input);
 * - well-formedness: tags must match and close, one root, nothing but whitespace, comments
 *   and processing instructions outside it, no duplicate attributes;
 * - a nesting cap; attributes are pairs in an array, so `__proto__` is just a name.
 */
/**
 * A start tag's attributes, looked up by scanning: tags have a handful of attributes, and
 * no object is keyed by untrusted names (so `__proto__` is just a name, and no key is
 * interned per tag). A plain value is kept as its offsets in the scanner's text and cut out
 * only when asked for, so `<line number="7" hits="1"/>` costs no string at all when its
 * numbers are read with `integer` (the hot path of a 2-million-line report). Values that
 * need normalising or decoding are turned into strings while the tag is scanned, so every
 * well-formedness error is still found at once.
 */
class XmlAttributes {
    text = xml_scanner_EMPTY;
    names = [];
    starts = [];
    ends = [];
    /** The value as a string once made; undefined while it is only offsets into `text`. */
    values = [];
    /** Number of attributes of the current tag. */
    count = 0;
    /** Starts a new tag whose plain values are offsets into `text`. */
    reset(text) {
        this.text = text;
        this.count = 0;
    }
    name(index) {
        return this.names[index];
    }
    value(index) {
        let value = this.values[index];
        if (value === undefined) {
            value = unitsText(this.text, this.starts[index], this.ends[index]);
            this.values[index] = value;
        }
        return value;
    }
    get(name) {
        const index = this.indexOf(name);
        return index === -1 ? undefined : this.value(index);
    }
    has(name) {
        return this.indexOf(name) !== -1;
    }
    /**
     * The value as a plain decimal integer (digits only, no leading zero, at most 15 digits)
     * read without making a string; -1 when absent or written any other way, so the caller
     * can read it with `get` and say what is wrong.
     */
    integer(name) {
        const index = this.indexOf(name);
        if (index === -1)
            return -1;
        // Values made into strings (normalised or decoded) are read with `get`.
        if (this.values[index] !== undefined)
            return -1;
        const text = this.text;
        const start = this.starts[index];
        const end = this.ends[index];
        const length = end - start;
        if (length === 0 || length > 15 || (length > 1 && text[start] === 48))
            return -1;
        let n = 0;
        for (let i = start; i < end; i++) {
            const digit = text[i] - 48;
            if (digit < 0 || digit > 9)
                return -1;
            n = n * 10 + digit;
        }
        return n;
    }
    /** A value already made into a string (normalised or decoded). */
    add(name, value) {
        this.names[this.count] = name;
        this.values[this.count++] = value;
    }
    /** A plain value: text[start, end) of the current tag's text. */
    addRange(name, start, end) {
        this.names[this.count] = name;
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.values[this.count++] = undefined;
    }
    /** A copy that stays valid after the scanner moves on. */
    copy() {
        const copy = new XmlAttributes();
        for (let i = 0; i < this.count; i++)
            copy.add(this.names[i], this.value(i));
        return copy;
    }
    indexOf(name) {
        const names = this.names;
        for (let i = 0; i < this.count; i++)
            if (names[i] === name)
                return i;
        return -1;
    }
}
const DOCTYPE_RE = /<!DOCTYPE[ \t\r\n]+[^ \t\r\n>[]+(?:[ \t\r\n]+(?:SYSTEM[ \t\r\n]+(?:"[^"]*"|'[^']*')|PUBLIC[ \t\r\n]+(?:"[^"]*"|'[^']*')[ \t\r\n]+(?:"[^"]*"|'[^']*')))?[ \t\r\n]*([[>])/y;
const REFERENCE_RE = /&(?:#x([0-9a-fA-F]{1,8});|#([0-9]{1,10});|(lt|gt|amp|quot|apos);)|&/g;
const WHITESPACE_ONLY_RE = /^[ \t\r\n]*$/;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A tag, comment or declaration longer than this is refused instead of buffered forever. */
const MAX_MARKUP_CHARS = 1 << 20;
class XmlScanner {
    handler;
    options;
    buffer = xml_scanner_EMPTY;
    /** Line (1-based) and column offset of buffer[0], to name places in errors. */
    line = 1;
    column = 1;
    stack = [];
    rootSeen = false;
    rootClosed = false;
    doctypeSeen = false;
    anythingSeen = false;
    capturing = -1;
    nextAmpersand = -1;
    markupStart = 0;
    /** Reused for every tag: handlers read attributes during `open` and keep none. */
    attributes = new XmlAttributes();
    /** The previous tag's name and attribute names, reused when the next tag repeats them. */
    lastTagName = '';
    attributeNames = [];
    constructor(handler, options) {
        this.handler = handler;
        this.options = options;
    }
    /** Hands the following events to another handler (once the format is known). */
    setHandler(handler) {
        this.handler = handler;
    }
    /**
     * Scans the next piece of the document: a string, or bytes that are each one Latin-1
     * character (the reader hands ASCII chunks of a UTF-8 file over as they were read).
     */
    write(chunk) {
        const units = toUnits(chunk);
        this.buffer = this.buffer.length === 0 ? units : joinUnits(this.buffer, units);
        this.scan(false);
    }
    end() {
        this.scan(true);
        if (!this.rootSeen) {
            throw this.error(this.anythingSeen ? 'the file has no root element' : 'the file is empty', this.buffer.length, {
                fix: 'pass the coverage report your test run wrote (was the file written completely?)',
            });
        }
        if (this.stack.length > 0) {
            throw this.error(`the file ends before <${this.stack[this.stack.length - 1]}> is closed: it is truncated`, this.buffer.length, { fix: 'regenerate the report and make sure it is written completely before factgate reads it' });
        }
    }
    /** "line L, column C" of the markup being handled, for errors raised by handlers. */
    place() {
        return this.placeOf(this.markupStart);
    }
    scan(final) {
        const s = this.buffer;
        const n = s.length;
        let i = 0;
        this.nextAmpersand = -1;
        while (i < n) {
            // Tags mostly follow each other directly or after one newline: look before searching.
            const lt = s[i] === 60 ? i : s[i] === 10 && s[i + 1] === 60 ? i + 1 : s.indexOf(60 /* < */, i);
            const textEnd = lt === -1 ? n : lt;
            if (textEnd > i) {
                // Keep a trailing, unfinished reference for the next chunk.
                let cut = textEnd;
                if (lt === -1 && !final) {
                    const amp = s.lastIndexOf(38 /* & */, n - 1);
                    if (amp >= i && s.indexOf(59 /* ; */, amp) === -1)
                        cut = amp;
                    // And a trailing CR, which reads as one line end with an LF that may follow.
                    else if (s[n - 1] === 13)
                        cut = n - 1;
                }
                // Whitespace between tags inside the root needs nothing unless it may hold a
                // reference or its element's text was asked for; most gaps end here.
                if (cut > i && (this.stack.length === 0 || this.capturing !== -1 || this.ampersandBefore(s, i, cut)))
                    this.handleText(s, i, cut);
                i = cut;
                if (lt === -1)
                    break;
            }
            this.markupStart = lt;
            const next = s[lt + 1];
            let consumed;
            if (next === 47 /* / */)
                consumed = this.endTag(s, lt);
            else if (next === 63 /* ? */)
                consumed = this.processingInstruction(s, lt);
            else if (next === 33 /* ! */)
                consumed = this.declaration(s, lt, final);
            else
                consumed = this.startTag(s, lt);
            if (consumed === -1) {
                if (final || n - lt > MAX_MARKUP_CHARS) {
                    throw this.error(n - lt > MAX_MARKUP_CHARS ? 'markup longer than 1 MiB' : 'the file ends inside a tag: it is truncated', lt, { fix: 'regenerate the report; it is not complete XML' });
                }
                break;
            }
            i = consumed;
        }
        this.advance(s, i);
    }
    /** Drops consumed text from the buffer, keeping line/column of what remains. */
    advance(s, consumed) {
        if (consumed === 0)
            return;
        let newline = s.indexOf(10 /* \n */);
        let last = -1;
        while (newline !== -1 && newline < consumed) {
            this.line++;
            last = newline;
            newline = s.indexOf(10, newline + 1);
        }
        this.column = last === -1 ? this.column + consumed : consumed - last;
        this.buffer = s.subarray(consumed);
    }
    handleText(s, from, to) {
        if (this.stack.length === 0) {
            const text = unitsText(s, from, to);
            if (!WHITESPACE_ONLY_RE.test(text)) {
                const offset = from + text.search(/[^ \t\r\n]/);
                throw this.error(this.rootClosed ? 'text after the end of the document' : 'text before the root element', offset, { fix: 'the file is not a single XML document; regenerate it' });
            }
            return;
        }
        const hasReference = this.ampersandBefore(s, from, to);
        if (this.capturing !== -1) {
            // XML line-end normalisation: CRLF and lone CR read as LF.
            const raw = unitsText(s, from, to).replace(/\r\n?/g, '\n');
            this.handler.text(hasReference ? this.decode(raw, from) : raw);
        }
        else if (hasReference) {
            this.decode(unitsText(s, from, to), from);
        }
    }
    /** Whether s[from, to) holds an '&', remembering the next one so the search is done once per buffer. */
    ampersandBefore(s, from, to) {
        if (this.nextAmpersand === -1 || this.nextAmpersand < from) {
            const amp = s.indexOf(38 /* & */, from);
            this.nextAmpersand = amp === -1 ? Number.MAX_SAFE_INTEGER : amp;
        }
        return this.nextAmpersand < to;
    }
    startTag(s, lt) {
        // Hand-rolled rather than regular expressions: this runs once per <line>, and the
        // character loop is about twice as fast as sticky regexps on large reports.
        const n = s.length;
        let p = lt + 1;
        if (p >= n)
            return -1;
        if (!isNameStart(s[p])) {
            throw this.error(`'<' is not followed by a tag name`, lt, {
                fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
            });
        }
        // Tags repeat: when this one has the previous tag's name, reuse that string instead of
        // scanning and copying the name again.
        let name = this.lastTagName;
        if (p + name.length < n && sameText(s, p, name) && !isNameChar(s[p + name.length])) {
            p += name.length;
        }
        else {
            p++;
            while (p < n && isNameChar(s[p]))
                p++;
            if (p >= n)
                return -1;
            name = unitsText(s, lt + 1, p);
            this.lastTagName = name;
        }
        const attributes = this.attributes;
        attributes.reset(s);
        let attributeIndex = 0;
        for (;;) {
            let q = p;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            const c = s[q];
            if (c === 62 /* > */) {
                this.openElement(name, attributes, lt);
                return q + 1;
            }
            if (c === 47 /* / */) {
                if (q + 1 >= n)
                    return -1;
                if (s[q + 1] !== 62)
                    throw this.malformedTag(name, q);
                this.openElement(name, attributes, lt);
                this.closeElement(name);
                return q + 2;
            }
            if (q === p || !isNameStart(c))
                throw this.malformedTag(name, q);
            const nameStart = q;
            // Same for attribute names, which come in the same order tag after tag.
            let attributeName = this.attributeNames[attributeIndex];
            if (attributeName !== undefined && q + attributeName.length < n && sameText(s, q, attributeName) && !isNameChar(s[q + attributeName.length])) {
                q += attributeName.length;
            }
            else {
                q++;
                while (q < n && isNameChar(s[q]))
                    q++;
                attributeName = unitsText(s, nameStart, q);
                this.attributeNames[attributeIndex] = attributeName;
            }
            attributeIndex++;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            if (s[q] !== 61 /* = */)
                throw this.malformedTag(name, q);
            q++;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            const quote = s[q];
            if (quote !== 34 && quote !== 39)
                throw this.malformedTag(name, q);
            // One pass finds the closing quote and notes '<' (not allowed) and '&' (to decode).
            let close = q + 1;
            let hasReference = false;
            let hasLineBreakOrTab = false;
            for (;;) {
                if (close >= n)
                    return -1;
                const v = s[close];
                if (v === quote)
                    break;
                if (v === 60 /* < */) {
                    throw this.error(`'<' inside the value of ${attributeName} in <${name}>`, close, {
                        fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
                    });
                }
                if (v === 38 /* & */)
                    hasReference = true;
                else if (v === 9 || v === 10 || v === 13)
                    hasLineBreakOrTab = true;
                close++;
            }
            if (attributes.has(attributeName)) {
                throw this.error(`attribute ${attributeName} appears twice in <${name}>`, nameStart, {
                    fix: 'the file is not well-formed XML; regenerate it',
                });
            }
            if (hasReference || hasLineBreakOrTab) {
                let raw = unitsText(s, q + 1, close);
                // XML attribute-value normalisation: each tab or line end (CRLF as one) is a space.
                if (hasLineBreakOrTab)
                    raw = raw.replace(/\r\n|[\t\n\r]/g, ' ');
                attributes.add(attributeName, hasReference ? this.decode(raw, q) : raw);
            }
            else {
                attributes.addRange(attributeName, q + 1, close);
            }
            p = close + 1;
        }
    }
    malformedTag(name, offset) {
        return this.error(`malformed start tag <${name}>`, offset, {
            fix: 'attributes must be name="value" pairs separated by spaces; the file is not well-formed XML',
        });
    }
    openElement(name, attributes, lt) {
        if (this.stack.length === 0) {
            if (this.rootClosed) {
                throw this.error(`a second root element <${name}> after the end of the document`, lt, {
                    fix: 'the file holds more than one XML document; pass each report as its own file',
                });
            }
            this.rootSeen = true;
        }
        if (this.stack.length >= this.options.maxDepth) {
            throw this.error(`elements are nested deeper than ${this.options.maxDepth} levels`, lt, {
                fix: 'this is not a coverage report; coverage reports nest a few levels deep',
            });
        }
        this.anythingSeen = true;
        this.stack.push(name);
        const capture = this.handler.open(name, attributes);
        if (capture === true && this.capturing === -1)
            this.capturing = this.stack.length;
    }
    closeElement(name) {
        if (this.capturing === this.stack.length)
            this.capturing = -1;
        this.stack.pop();
        if (this.stack.length === 0)
            this.rootClosed = true;
        this.handler.close(name);
    }
    endTag(s, lt) {
        const n = s.length;
        let p = lt + 2;
        if (p >= n)
            return -1;
        if (!isNameStart(s[p])) {
            throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        p++;
        while (p < n && isNameChar(s[p]))
            p++;
        const nameEnd = p;
        while (p < n && isSpace(s[p]))
            p++;
        if (p >= n)
            return -1;
        if (s[p] !== 62) {
            throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        const name = unitsText(s, lt + 2, nameEnd);
        const open = this.stack[this.stack.length - 1];
        if (open !== name) {
            throw this.error(open === undefined ? `</${name}> closes nothing` : `</${name}> where </${open}> was expected`, lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        this.closeElement(name);
        return p + 1;
    }
    processingInstruction(s, lt) {
        const end = indexOfText(s, '?>', lt + 2);
        if (end === -1)
            return -1;
        const target = /^[^ \t\r\n?]*/.exec(unitsText(s, lt + 2, Math.min(end, lt + 40)))?.[0] ?? '';
        if (target.toLowerCase() === 'xml' && (this.line !== 1 || this.column + lt !== 1)) {
            throw this.error('the XML declaration is not at the start of the file', lt, {
                fix: 'the file holds more than one XML document or has text before <?xml; regenerate it',
            });
        }
        this.anythingSeen = true;
        return end + 2;
    }
    declaration(s, lt, final) {
        if (startsWithText(s, lt, '<!--')) {
            const end = indexOfText(s, '-->', lt + 4);
            if (end === -1)
                return -1;
            this.anythingSeen = true;
            return end + 3;
        }
        if (startsWithText(s, lt, '<![CDATA[')) {
            if (this.stack.length === 0) {
                throw this.error('CDATA outside the root element', lt, { fix: 'the file is not well-formed XML' });
            }
            const end = indexOfText(s, ']]>', lt + 9);
            if (end === -1)
                return -1;
            if (this.capturing !== -1)
                this.handler.text(unitsText(s, lt + 9, end));
            return end + 3;
        }
        if (s.length - lt < 9 && !final)
            return -1;
        if (startsWithText(s, lt, '<!DOCTYPE')) {
            if (this.doctypeSeen) {
                throw this.error('a second DOCTYPE', lt, { fix: 'a document has at most one DOCTYPE; regenerate the report' });
            }
            if (this.rootSeen) {
                throw this.error('a DOCTYPE after the root element', lt, { fix: 'the file is not well-formed XML' });
            }
            // A DOCTYPE ends at the first '>' or '[' after its quoted identifiers; the regular
            // expression runs on the text from here, at most the markup cap.
            DOCTYPE_RE.lastIndex = 0;
            const match = DOCTYPE_RE.exec(unitsText(s, lt, Math.min(s.length, lt + MAX_MARKUP_CHARS)));
            if (match === null) {
                if (s.indexOf(62 /* > */, lt) === -1 && !final)
                    return -1;
                throw this.error('malformed DOCTYPE', lt, { fix: 'remove the DOCTYPE line; factgate does not need it' });
            }
            if (match[1] === '[') {
                throw this.error('DOCTYPE with an internal subset (entity or DTD declarations) is refused', lt, {
                    fix: 'coverage reports never need DTD declarations; remove the [...] part of the DOCTYPE',
                });
            }
            this.doctypeSeen = true;
            this.anythingSeen = true;
            return lt + DOCTYPE_RE.lastIndex;
        }
        throw this.error(`unexpected markup '${unitsText(s, lt, Math.min(s.length, lt + 9))}'`, lt, {
            fix: 'only elements, comments, CDATA and one DOCTYPE without declarations are accepted',
        });
    }
    /** Decodes the predefined entities and character references; anything else is an error. */
    decode(raw, offset) {
        return raw.replace(REFERENCE_RE, (whole, hex, decimal, named, at) => {
            if (named !== undefined)
                return PREDEFINED[named];
            if (hex !== undefined || decimal !== undefined) {
                const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal, 10);
                if (isXmlChar(code))
                    return String.fromCodePoint(code);
                throw this.error(`character reference ${whole} is not an XML character`, offset, {
                    fix: 'the file is not well-formed XML; regenerate it',
                });
            }
            const name = /^&[^;\s<&]{0,40};?/.exec(raw.slice(at ?? 0))?.[0] ?? '&';
            throw this.error(name.endsWith(';')
                ? `entity reference ${name} is not expanded: only &lt; &gt; &amp; &quot; &apos; and character references are accepted`
                : `a bare '&' that starts no reference`, offset, { fix: "DTD entities are never expanded; write '&amp;' for a literal '&'" });
        });
    }
    placeOf(offset) {
        const s = this.buffer;
        let line = this.line;
        let lineStart = -1;
        let newline = s.indexOf(10 /* \n */);
        while (newline !== -1 && newline < offset) {
            line++;
            lineStart = newline;
            newline = s.indexOf(10, newline + 1);
        }
        const column = lineStart === -1 ? this.column + offset : offset - lineStart;
        return `line ${line}, column ${column}`;
    }
    error(message, offset, details) {
        return new errors/* ConfigurationError */.j1(`not a readable XML coverage report: ${message}`, {
            file: this.options.fileName,
            place: this.placeOf(offset),
            fix: details.fix,
        });
    }
}
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
function isNameStart(c) {
    if (c === undefined)
        return false;
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}
function isNameChar(c) {
    if (c === undefined)
        return false;
    return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}
function isSpace(c) {
    if (c === undefined)
        return false;
    return c === 32 || c === 10 || c === 9 || c === 13;
}
/** Whether s holds `text` at `at` (the caller has checked the length fits). */
function sameText(s, at, text) {
    for (let i = 0; i < text.length; i++)
        if (s[at + i] !== text.charCodeAt(i))
            return false;
    return true;
}
const xml_scanner_EMPTY = Buffer.alloc(0);
const NOT_LATIN1_RE = /[^\u0000-\u00ff]/;
function toUnits(chunk) {
    if (typeof chunk !== 'string') {
        return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    if (!NOT_LATIN1_RE.test(chunk))
        return Buffer.from(chunk, 'latin1');
    const units = new Uint16Array(chunk.length);
    for (let i = 0; i < chunk.length; i++)
        units[i] = chunk.charCodeAt(i);
    return units;
}
/** The unscanned rest of the previous piece followed by the next one, in one array. */
function joinUnits(rest, next) {
    const length = rest.length + next.length;
    const joined = rest instanceof Uint16Array || next instanceof Uint16Array ? new Uint16Array(length) : Buffer.allocUnsafe(length);
    joined.set(rest, 0);
    joined.set(next, rest.length);
    return joined;
}
function unitsText(s, from, to) {
    if (Buffer.isBuffer(s))
        return s.toString('latin1', from, to);
    let text = '';
    // In slices, so that no call gets more arguments than the engine accepts.
    for (let i = from; i < to; i += 8192)
        text += String.fromCharCode(...s.subarray(i, Math.min(to, i + 8192)));
    return text;
}
function startsWithText(s, at, text) {
    return at + text.length <= s.length && sameText(s, at, text);
}
function indexOfText(s, text, from) {
    const first = text.charCodeAt(0);
    for (let i = s.indexOf(first, from); i !== -1; i = s.indexOf(first, i + 1)) {
        if (i + text.length > s.length)
            return -1;
        if (sameText(s, i, text))
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./.build/src/coverage/parse.js




const DEFAULT_MAX_DEPTH = 64;
const LCOV_START_RE = /^(?:TN|SF|VER|FN|FNL|DA):/;
function createCoverageParser(fileName, options = {}) {
    const forced = options.format === 'auto' ? undefined : options.format;
    let head = '';
    let started = false;
    let sink;
    const choose = (final) => {
        const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
        const content = text.trimStart();
        if (content === '') {
            if (final)
                throw emptyFile(fileName);
            return;
        }
        if (content.startsWith('<')) {
            if (forced === 'lcov')
                throw formatMismatch(fileName, 'lcov', 'XML');
            sink = xmlSink(fileName, forced, options.maxDepth ?? DEFAULT_MAX_DEPTH);
        }
        else {
            const newline = content.indexOf('\n');
            if (newline === -1 && !final && content.length < 256)
                return;
            const firstLine = (newline === -1 ? content : content.slice(0, newline)).trim();
            if (!LCOV_START_RE.test(firstLine))
                throw notCoverage(fileName, firstLine);
            if (forced !== undefined && forced !== 'lcov')
                throw formatMismatch(fileName, forced, 'LCOV');
            const lcov = new LcovParser(fileName);
            sink = { write: (c) => lcov.write(typeof c === 'string' ? c : latin1(c)), end: () => lcov.end() };
        }
        started = true;
        sink.write(text);
    };
    return {
        write(chunk) {
            if (started)
                return sink.write(chunk);
            head += typeof chunk === 'string' ? chunk : latin1(chunk);
            choose(false);
        },
        end() {
            if (!started)
                choose(true);
            return sink.end();
        },
    };
}
/** Parses a whole report held in memory. */
function parseCoverage(text, fileName, options = {}) {
    const parser = createCoverageParser(fileName, options);
    parser.write(text);
    return parser.end();
}
function xmlSink(fileName, forced, maxDepth) {
    let scanner;
    const dispatcher = new XmlFormatDispatcher(fileName, { fileName, place: () => scanner.place() }, forced, (handler) => scanner.setHandler(handler));
    scanner = new XmlScanner(dispatcher, { fileName, maxDepth });
    return {
        write: (chunk) => scanner.write(chunk),
        end: () => {
            scanner.end();
            return dispatcher.finish();
        },
    };
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
function emptyFile(fileName) {
    return new errors/* ConfigurationError */.j1('the coverage report is empty', {
        file: fileName,
        place: 'line 1',
        fix: 'check that the test run wrote its report before factgate reads it; an empty file is never read as 0 % coverage',
    });
}
function formatMismatch(fileName, asked, found) {
    return new errors/* ConfigurationError */.j1(`--format ${asked} was asked for, but the file is ${found}`, {
        file: fileName,
        place: 'line 1',
        fix: 'use --format auto, or pass the report of the format you named',
    });
}
/** Names the format a user most likely passed by mistake, with what to pass instead. */
function notCoverage(fileName, firstLine) {
    let message = 'the file is not a coverage report factgate reads (Cobertura, JaCoCo, LCOV or Clover)';
    let fix = 'pass a Cobertura, JaCoCo, LCOV or Clover report';
    if (firstLine.startsWith('{') || firstLine.startsWith('[')) {
        message = 'the file is JSON (coverage.py JSON or istanbul coverage-final.json), which factgate does not read';
        fix = 'coverage.py: run `coverage xml`; istanbul/nyc/c8/jest: add the cobertura or lcov reporter';
    }
    else if (firstLine.startsWith('mode:')) {
        message = 'the file is a Go cover profile, which factgate does not read';
        fix = 'convert it to Cobertura (for example with gocover-cobertura)';
    }
    else if (firstLine.startsWith('#')) {
        message = 'the file looks like a text summary, not a coverage report';
    }
    return new errors/* ConfigurationError */.j1(message, { file: fileName, place: 'line 1', fix });
}

;// CONCATENATED MODULE: ./.build/src/coverage/summary.js
function rated(counts) {
    return { ...counts, rate: counts.total === 0 ? null : counts.covered / counts.total };
}
/** Line and branch counts of one file, recounted from its lines. */
function countFile(file) {
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
function countFiles(files) {
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
function summarizeCoverage(data) {
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
function compareDeclared(declared, computed) {
    const problems = [];
    for (const kind of ['lines', 'branches']) {
        const said = declared[kind];
        const found = computed[kind];
        if (said !== undefined) {
            if (said.covered !== found.covered || said.total !== found.total) {
                problems.push(`declares ${said.covered}/${said.total} ${kind} covered, but its ${kind} add up to ${found.covered}/${found.total}`);
            }
            continue;
        }
        const rate = kind === 'lines' ? declared.lineRate : declared.branchRate;
        if (rate === undefined || found.total === 0)
            continue;
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

// EXTERNAL MODULE: ./.build/src/coverage/paths.js
var paths = __webpack_require__(56990);
;// CONCATENATED MODULE: ./.build/src/coverage/merge.js



/**
 * Merges reports into one per-file view from raw counts, never by averaging rates: hits
 * per line are summed (a line counts once, covered when any report hit it), and branches
 * per line combine as `mergeLineBranches` says (by identity when both reports give it). Every path is first mapped to a
 * repository-relative one.
 */
function mergeCoverage(reports, mapping) {
    const files = new Map();
    const owned = new Set();
    const summaries = [];
    const warnings = [];
    const unmatched = [];
    for (const report of reports) {
        warnings.push(...report.warnings);
        const computed = countFiles(report.files.values());
        const summary = { file: report.file, format: report.format, declared: report.declared, computed };
        if (report.producer !== undefined)
            summary.producer = report.producer;
        summaries.push(summary);
        for (const problem of compareDeclared(report.declared, computed))
            warnings.push(`${report.file}: ${problem}`);
        const written = [];
        const placements = [];
        for (const file of report.files.values()) {
            const resolved = (0,paths/* resolveReportFile */.xN)(file.path, report.sourceRoots, mapping, () => highestLine(file));
            if (!resolved.found)
                written.push(resolved.written);
            const placement = describePlacement(file, resolved);
            if (placement !== undefined)
                placements.push(placement);
            addFile(files, owned, resolved.path, file);
        }
        if (written.length > 0)
            unmatched.push({ report: report.file, total: report.files.size, written });
        if (placements.length > 0) {
            warnings.push(`${report.file}: ${placements.length} file name(s) stand for several files of the checkout: ${placements.slice(0, 3).join('; ')}; ` +
                'add a path map (coverage-path-map) if a file was placed wrongly');
        }
    }
    return { files, reports: summaries, warnings, unmatched };
}
/**
 * Adds one report's file to the merged view. The first report's maps are taken over as
 * they are (a 2-million-line report is not copied); they are copied only before a second
 * report is added into them, so the parsed reports themselves never change.
 */
function addFile(files, owned, path, file) {
    let target = files.get(path);
    if (target === undefined) {
        const shared = { path, lines: file.lines, branches: file.branches };
        if (file.branchOutcomes !== undefined)
            shared.branchOutcomes = file.branchOutcomes;
        if (file.totalsOnly !== undefined)
            shared.totalsOnly = file.totalsOnly;
        files.set(path, shared);
        return;
    }
    if (!owned.has(target)) {
        const copy = { path, lines: target.lines.copy(), branches: new Map(target.branches) };
        const outcomes = copyBranchOutcomes(target);
        if (outcomes !== undefined)
            copy.branchOutcomes = outcomes;
        if (target.totalsOnly !== undefined)
            copy.totalsOnly = structuredClone(target.totalsOnly);
        files.set(path, copy);
        owned.add(copy);
        target = copy;
    }
    for (const [line, hits] of file.lines)
        target.lines.add(line, hits);
    for (const [line, counts] of file.branches)
        mergeLineBranches(target, file, line, counts);
    if (file.totalsOnly !== undefined) {
        const t = target.totalsOnly ?? { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
        target.totalsOnly = {
            lines: { covered: t.lines.covered + file.totalsOnly.lines.covered, total: t.lines.total + file.totalsOnly.lines.total },
            branches: { covered: t.branches.covered + file.totalsOnly.branches.covered, total: t.branches.total + file.totalsOnly.branches.total },
        };
    }
}
/** Why a file went where it did, when more than one file of the checkout could be it. */
function describePlacement(file, resolved) {
    if (resolved.severalFit !== undefined) {
        return `${file.path} fits ${resolved.severalFit.join(', ')} (lines up to ${highestLine(file)}), placed at ${resolved.path}`;
    }
    if (resolved.noneFits !== undefined) {
        return `${file.path} has lines up to ${highestLine(file)}, more than any of ${resolved.noneFits.join(', ')} has (placed at ${resolved.path}; is the report older than the checkout?)`;
    }
    return undefined;
}
function highestLine(file) {
    let highest = 0;
    for (const [line] of file.lines)
        if (line > highest)
            highest = line;
    return highest;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./.build/src/coverage/unmatched-files.js

const EXAMPLES = 3;
/**
 * The warning for one report's unmatched files: how many, a few examples, and the
 * setting that would place them, found by matching their trailing path components with
 * the checkout's files.
 */
function unmatchedFilesWarning(unmatched, repoFiles) {
    const count = unmatched.written.length;
    const examples = unmatched.written.slice(0, EXAMPLES).join(', ');
    const head = `${unmatched.report}: ${count} of ${unmatched.total} file(s) in the report were not found in the checkout ` +
        `(e.g. ${examples}), so their lines cannot match the changed files`;
    const fix = repoFiles === undefined ? undefined : suggestPathFix(unmatched.written, repoFiles);
    if (fix === undefined) {
        return `${head}; add a path map from the report's prefix to the repository's (coverage-path-map FROM=>TO; --path-map for factgate coverage)`;
    }
    const share = fix.places === count ? 'them' : `${fix.places} of them`;
    if (fix.kind === 'source-root') {
        return `${head}; the source root "${fix.root}" would place ${share} (coverage-source-root: ${fix.root}; --source-root for factgate coverage)`;
    }
    return `${head}; the path map "${fix.from}=>${fix.to}" would place ${share} (coverage-path-map: ${fix.from}=>${fix.to}; --path-map for factgate coverage)`;
}
/**
 * The prefix rewrite that places the most unmatched paths on checkout files: for each
 * path, the checkout file sharing the longest run of trailing components (when one file
 * alone shares the longest run), then the rewrite most of them agree on.
 */
function suggestPathFix(written, repoFiles) {
    const byName = new Map();
    for (const file of repoFiles) {
        const parts = file.split('/');
        const name = parts[parts.length - 1];
        const list = byName.get(name);
        if (list === undefined)
            byName.set(name, [parts]);
        else
            list.push(parts);
    }
    const votes = new Map();
    for (const path of written) {
        const parts = external_node_path_.posix.normalize(path).split('/');
        let best = 0;
        let match;
        let tie = false;
        for (const file of byName.get(parts[parts.length - 1]) ?? []) {
            const shared = sharedTail(parts, file);
            if (shared > best)
                [best, match, tie] = [shared, file, false];
            else if (shared === best)
                tie = true;
        }
        if (match === undefined || tie)
            continue;
        const from = prefix(parts, best);
        const to = prefix(match, best);
        const key = `${from}\u0000${to}`;
        const vote = votes.get(key) ?? { from, to, places: 0 };
        vote.places++;
        votes.set(key, vote);
    }
    let winner;
    for (const vote of votes.values())
        if (winner === undefined || vote.places > winner.places)
            winner = vote;
    if (winner === undefined || winner.from === winner.to)
        return undefined;
    // A relative path that is a whole tail of checkout files needs a root, not a rewrite.
    if (winner.from === '')
        return winner.to === '' ? undefined : { kind: 'source-root', root: winner.to.replace(/\/$/, ''), places: winner.places };
    return { kind: 'path-map', ...winner };
}
function sharedTail(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
/** The components before the last `tail` ones, as a prefix ending in "/" ('' when none). */
function prefix(parts, tail) {
    const head = parts.slice(0, parts.length - tail);
    if (head.length === 0)
        return '';
    return `${head.join('/')}/`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./.build/src/coverage/repository.js


/**
 * Where report paths are resolved when factgate runs in `cwd`: `git diff` and the
 * pull-request files API name files from the repository's top level, wherever factgate
 * starts, so report paths are made relative to the top level too; relative report paths
 * are tried from `cwd` first (`workingDirectory`). Outside a git repository, `cwd` is the
 * root.
 */
async function repositoryOptions(git, cwd) {
    let top;
    try {
        top = (await git(['rev-parse', '--show-toplevel'])).trim();
    }
    catch {
        return { repoRoot: cwd };
    }
    if (top === '')
        return { repoRoot: cwd };
    const workingDirectory = (0,external_node_path_.relative)(real(top), real(cwd)).split('\\').join('/');
    if (workingDirectory.startsWith('..'))
        return { repoRoot: cwd };
    // Reports name files the way the producer saw them, through the same (possibly
    // symlinked) path as the working directory: keep that spelling of the top level.
    const suffix = workingDirectory === '' ? '' : `/${workingDirectory}`;
    const slashed = cwd.split('\\').join('/').replace(/\/+$/, '');
    const repoRoot = suffix !== '' && slashed.endsWith(suffix) ? slashed.slice(0, -suffix.length) : workingDirectory === '' ? cwd : top;
    return { repoRoot, workingDirectory, repoFiles: () => repositoryFiles(git) };
}
/** Tracked and untracked (not ignored) files, relative to the top level. */
async function repositoryFiles(git) {
    const out = await git(['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard', '--', ':/']);
    return [...new Set(out.split('\0').filter((file) => file !== ''))];
}
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/patch.js

/**
 * Patch coverage exactly as diff-cover computes it: of the added lines that the coverage
 * data measures, the share with hits. Added lines the report does not list (comments,
 * blank lines, files it does not mention) are not counted. Works from any source of
 * changed lines (git diff, a pull request's files).
 */
function computePatchCoverage(data, changed) {
    const files = [];
    const unmeasuredFiles = [];
    const warnings = [];
    let measured = 0;
    let covered = 0;
    for (const change of changed) {
        const file = data.files.get(change.path);
        if (file === undefined) {
            unmeasuredFiles.push(change.path);
            continue;
        }
        if (file.lines.size === 0 && file.totalsOnly !== undefined) {
            warnings.push(`${change.path}: the report gives only totals for this file, so its changed lines are not counted`);
            unmeasuredFiles.push(change.path);
            continue;
        }
        const uncoveredLines = [];
        let fileMeasured = 0;
        for (const line of new Set(change.addedLines)) {
            const hits = file.lines.get(line);
            if (hits === undefined)
                continue;
            fileMeasured++;
            if (hits === 0)
                uncoveredLines.push(line);
        }
        if (fileMeasured === 0)
            continue;
        uncoveredLines.sort((a, b) => a - b);
        const fileCovered = fileMeasured - uncoveredLines.length;
        files.push({ path: change.path, measured: fileMeasured, covered: fileCovered, uncoveredLines, rate: fileCovered / fileMeasured });
        measured += fileMeasured;
        covered += fileCovered;
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { lines: rated({ covered, total: measured }), files, unmeasuredFiles: unmeasuredFiles.sort(), warnings };
}
/**
 * Uncovered changed lines as ranges of consecutive lines, at most `limit` of them (GitHub
 * shows a limited number of annotations per step); `omitted` says how many were left out.
 */
function uncoveredRanges(patch, limit) {
    const ranges = [];
    for (const file of patch.files) {
        const lines = file.uncoveredLines;
        for (let i = 0; i < lines.length; i++) {
            const startLine = lines[i];
            while (i + 1 < lines.length && lines[i + 1] === lines[i] + 1)
                i++;
            ranges.push({ path: file.path, startLine, endLine: lines[i] });
        }
    }
    const kept = Math.max(0, Math.floor(limit));
    return { ranges: ranges.slice(0, kept), omitted: Math.max(0, ranges.length - kept) };
}

;// CONCATENATED MODULE: ./.build/src/coverage/git-diff.js

const HUNK_RE = /^@@ -[0-9]+(?:,[0-9]+)? \+([0-9]+)(?:,([0-9]+))? @@/;
/**
 * Lines added per file in a unified diff (`git diff -U0` or with context). Deleted files
 * and binary files have no added lines and are left out; renamed files use the new path.
 */
function changedLinesFromGitDiff(diffText) {
    const files = new Map();
    let current;
    let newLine = 0;
    let oldRemaining = 0;
    let newRemaining = 0;
    const lines = diffText.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].replace(/\r$/, '');
        if (oldRemaining > 0 || newRemaining > 0) {
            const kind = line[0];
            if (kind === '+') {
                current?.add(newLine);
                newLine++;
                newRemaining--;
            }
            else if (kind === '-') {
                oldRemaining--;
            }
            else if (kind === ' ' || line === '') {
                newLine++;
                oldRemaining--;
                newRemaining--;
            }
            else if (kind !== '\\') {
                throw diffError(`hunk ends early at "${line.slice(0, 60)}"`, index);
            }
            continue;
        }
        if (line.startsWith('diff --git ')) {
            current = undefined;
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = stripPrefix(unquote(target));
                current = files.get(path) ?? new Set();
                files.set(path, current);
            }
        }
        else if (line.startsWith('@@')) {
            const match = HUNK_RE.exec(line);
            if (match === null)
                throw diffError(`malformed hunk header "${line.slice(0, 60)}"`, index);
            newLine = Number(match[1]);
            newRemaining = match[2] === undefined ? 1 : Number(match[2]);
            const old = /^@@ -[0-9]+(?:,([0-9]+))?/.exec(line);
            oldRemaining = old?.[1] === undefined ? 1 : Number(old[1]);
        }
    }
    return [...files]
        .filter(([, set]) => set.size > 0)
        .map(([path, set]) => ({ path, addedLines: [...set].sort((a, b) => a - b) }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * Added lines of one file's patch as the pull-request files API returns it (hunks only,
 * no `diff --git`/`+++` header), so that source and `git diff` give the same lines.
 */
function addedLinesFromPatch(path, patch) {
    const [file] = changedLinesFromGitDiff(`+++ b/${path}\n${patch}`);
    return { path, addedLines: file?.addedLines ?? [] };
}
/**
 * Changed lines between the merge base of `base` and HEAD and the working tree: what a
 * pull request adds, including uncommitted edits, as diff-cover counts them.
 */
async function changedLinesFromGit(git, base) {
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', base, 'HEAD'])).trim();
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot find the merge base of ${base} and HEAD`, {
            fix: `fetch the base branch (actions/checkout with fetch-depth: 0), or name an existing ref; git said: ${String(error instanceof Error ? error.message : error).trim()}`,
        });
    }
    // Paths from the top level wherever git runs (diff.relative would make them relative to
    // the working directory, which the report paths are not).
    const diff = await git(['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-relative', '--find-renames', '-U0', mergeBase]);
    return changedLinesFromGitDiff(diff);
}
function stripPrefix(path) {
    return path.startsWith('b/') ? path.slice(2) : path;
}
/** Git quotes unusual paths C-style: "b/caf\303\251 \"x\".py". */
function unquote(path) {
    if (!path.startsWith('"') || !path.endsWith('"'))
        return path.replace(/\t$/, '');
    const body = path.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[++i];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            const escapes = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
            bytes.push(escapes[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function diffError(message, index) {
    return new errors/* ConfigurationError */.j1(`the diff cannot be read: ${message}`, {
        place: `line ${index + 1}`,
        fix: 'pass the output of `git diff` unchanged',
    });
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./.build/src/shared/files.js
var files = __webpack_require__(88358);
;// CONCATENATED MODULE: ./.build/src/coverage/read-reports.js









/** 100 MiB: far above real reports (a 2-million-line Cobertura file is 60 MB). */
const DEFAULT_MAX_REPORT_BYTES = 100 * 1024 * 1024;
const nodeFileSystem = {
    size(path) {
        try {
            const stat = (0,external_node_fs_.statSync)(path);
            return stat.isFile() ? stat.size : undefined;
        }
        catch {
            return undefined;
        }
    },
    // 256 KiB: Node turns larger Latin-1 strings into external strings, which cost more memory.
    chunks: (path) => (0,external_node_fs_.createReadStream)(path, { highWaterMark: 256 * 1024 }),
    exists: (path) => (0,external_node_fs_.existsSync)(path),
    lineCount(path) {
        try {
            const text = (0,external_node_fs_.readFileSync)(path);
            let lines = 0;
            for (let at = text.indexOf(10); at !== -1; at = text.indexOf(10, at + 1))
                lines++;
            // A last line without a newline is a line too.
            return text.length > 0 && text[text.length - 1] !== 10 ? lines + 1 : lines;
        }
        catch {
            return undefined;
        }
    },
};
/** The file's chunks; a file that is there but cannot be opened (its permissions) is the user's to fix. */
async function* readable(chunks, path) {
    try {
        yield* chunks;
    }
    catch (error) {
        const code = error?.code;
        if (code !== 'EACCES' && code !== 'EPERM')
            throw error;
        throw new errors/* ConfigurationError */.j1('cannot read the coverage report: permission denied', { file: path, fix: `make the file readable by the user factgate runs as (chmod a+r ${path})` });
    }
}
/** Reads, checks and merges several reports. */
async function readCoverageReports(paths, options = {}, fs = nodeFileSystem) {
    if (paths.length === 0) {
        throw new errors/* ConfigurationError */.j1('no coverage report was given', { fix: 'pass the path of at least one coverage report' });
    }
    const reports = [];
    for (const path of paths)
        reports.push(await readCoverageReport(path, options, fs));
    const repoRoot = options.repoRoot ?? process.cwd();
    const lineCount = fs.lineCount;
    const data = mergeCoverage(reports, {
        repoRoot,
        workingDirectory: options.workingDirectory ?? '',
        rewrites: options.rewrites ?? [],
        sourceRoots: options.sourceRoots ?? [],
        exists: (relative) => fs.exists((0,external_node_path_.join)(repoRoot, relative)),
        ...(lineCount !== undefined ? { lineCount: (relative) => lineCount.call(fs, (0,external_node_path_.join)(repoRoot, relative)) } : {}),
    });
    if (data.unmatched.length > 0) {
        const repoFiles = await options.repoFiles?.();
        for (const unmatched of data.unmatched)
            data.warnings.push(unmatchedFilesWarning(unmatched, repoFiles));
    }
    return data;
}
/** Reads one report as a stream, refusing it by size first. */
async function readCoverageReport(path, options = {}, fs = nodeFileSystem) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
    const ioPath = options.baseDir === undefined ? path : (0,external_node_path_.resolve)(options.baseDir, path);
    const size = fs.size(ioPath);
    if (size === undefined) {
        throw new errors/* ConfigurationError */.j1('the coverage report does not exist or is not a file', {
            file: path,
            fix: `check the path (it was read as ${(0,external_node_path_.resolve)(ioPath)}; ${files/* PATHS_ARE_RELATIVE */.zc})`,
        });
    }
    if (size > maxBytes)
        throw tooLarge(path, size, maxBytes);
    const parser = createCoverageParser(path, options);
    let decoder;
    let asciiSoFar = true;
    let bytes = 0;
    for await (let chunk of readable(fs.chunks(ioPath), path)) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes)
            throw tooLarge(path, bytes, maxBytes);
        if (decoder === undefined) {
            decoder = decoderFor(chunk, path);
            // A UTF-8 byte order mark says nothing the decoder needs; dropping it keeps the fast path.
            if (decoder.encoding === 'utf-8' && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        // Reports are nearly always ASCII; while they are, the bytes are the characters and
        // go to the parser as they are, with no decoding (the decoder holds no partial bytes).
        if (asciiSoFar && decoder.encoding === 'utf-8' && (0,external_node_buffer_.isAscii)(chunk)) {
            parser.write(chunk);
            continue;
        }
        asciiSoFar = false;
        parser.write(decode(decoder, chunk, path, bytes - chunk.byteLength, true));
    }
    if (decoder !== undefined)
        parser.write(decode(decoder, new Uint8Array(0), path, bytes, false));
    return parser.end();
}
function decode(decoder, chunk, path, offset, stream) {
    try {
        return decoder.decode(chunk, { stream });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the file is not valid ${decoder.encoding} text`, {
            file: path,
            place: `near byte ${offset}`,
            fix: 'coverage reports are text; regenerate the report, or save it as UTF-8',
        });
    }
}
/** UTF-8 unless a byte order mark or the XML declaration says otherwise. */
function decoderFor(first, path) {
    if (first[0] === 0xff && first[1] === 0xfe)
        return new external_node_util_.TextDecoder('utf-16le', { fatal: true });
    if (first[0] === 0xfe && first[1] === 0xff)
        return new external_node_util_.TextDecoder('utf-16be', { fatal: true });
    const head = Buffer.from(first.subarray(0, 200)).toString('latin1');
    const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    const label = declared ?? 'utf-8';
    try {
        return new external_node_util_.TextDecoder(label, { fatal: true });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the XML declaration names the encoding "${label}", which factgate cannot decode`, {
            file: path,
            place: 'line 1',
            fix: 'save the report as UTF-8',
        });
    }
}
function tooLarge(path, size, maxBytes) {
    return new errors/* ConfigurationError */.j1(`the coverage report is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit`, {
        file: path,
        fix: 'raise the coverage size limit if the report is genuine, or check that the right file was passed',
    });
}

;// CONCATENATED MODULE: ./.build/src/coverage/index.js













/***/ }),

/***/ 56990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hS: () => (/* binding */ parsePathRewrite),
/* harmony export */   xN: () => (/* binding */ resolveReportFile)
/* harmony export */ });
/* unused harmony exports resolveReportPath, isAbsolute */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71958);


const CONVENTIONAL_SOURCE_ROOTS = ['src/main/java', 'src/main/kotlin', 'src/main/scala', 'src', 'lib'];
/** Parses one `from=>to` rewrite as given on the command line or in settings. */
function parsePathRewrite(text, where) {
    const arrow = text.indexOf('=>');
    const from = arrow === -1 ? '' : text.slice(0, arrow).trim();
    if (arrow === -1 || from === '') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`path map "${text}" is not of the form from=>to`, {
            ...where,
            fix: 'write the report prefix, then =>, then the repository prefix, e.g. /app/=>services/api/ (to may be empty)',
        });
    }
    return { from: toSlashes(from), to: toSlashes(text.slice(arrow + 2).trim()) };
}
/**
 * Turns a path as written in a report into a repository-relative path. Candidates, in
 * order: the path joined with each of the report's source roots, with each configured
 * source root, and the path itself (a relative candidate from the working directory
 * first, then from the top level). With `exists`, a candidate that exists wins; when
 * several exist, the one the file fits (its highest line within the file's length), so a
 * filename under several `<source>` roots goes where it belongs. Without `exists`, the
 * first candidate inside the repository. A path that stays outside is returned as it is
 * (absolute), so the caller can tell the user to add a path map.
 */
function resolveReportPath(reportPath, reportRoots, options) {
    return resolveReportFile(reportPath, reportRoots, options, () => 0).path;
}
function resolveReportFile(reportPath, reportRoots, options, highestLine) {
    const path = toSlashes(reportPath);
    const rewrites = options.rewrites ?? [];
    const candidates = [];
    if (isAbsolute(path))
        candidates.push(path);
    else {
        for (const root of reportRoots)
            candidates.push(joinPath(toSlashes(root), path));
        for (const root of options.sourceRoots ?? [])
            candidates.push(joinPath(toSlashes(root), path));
        candidates.push(path);
    }
    const written = candidates[0] ?? path;
    const repoRoot = trimTrailingSlash(toSlashes(options.repoRoot));
    const inside = [...new Set(candidates.flatMap((c) => placements(c, rewrites, repoRoot, options.workingDirectory ?? '')))];
    const exists = options.exists;
    if (exists === undefined) {
        const first = inside[0];
        return first === undefined ? { path: rewrite(written, rewrites), written, found: false } : { path: first, written, found: true };
    }
    let existing = inside.filter((candidate) => exists(candidate));
    if (existing.length === 0 && !isAbsolute(path)) {
        // Conventional roots for reports that give package paths (JaCoCo): a last guess, so
        // only an existing file is taken from them.
        const conventional = CONVENTIONAL_SOURCE_ROOTS.map((root) => joinPath(root, path)).flatMap((c) => placements(c, rewrites, repoRoot, ''));
        const hit = conventional.find((candidate) => exists(candidate));
        if (hit !== undefined)
            existing = [hit];
    }
    if (existing.length === 0) {
        // Nothing exists (deleted files, a checkout without sources): prefer a report root's join.
        return { path: inside[0] ?? rewrite(written, rewrites), written, found: false };
    }
    if (existing.length === 1 || options.lineCount === undefined)
        return { path: existing[0], written, found: true };
    const highest = highestLine();
    if (highest === 0)
        return { path: existing[0], written, found: true };
    const lineCount = options.lineCount;
    const fitting = existing.filter((candidate) => (lineCount(candidate) ?? Infinity) >= highest);
    if (fitting.length === 0)
        return { path: existing[0], written, found: true, noneFits: existing };
    const resolved = { path: fitting[0], written, found: true };
    if (fitting.length > 1)
        resolved.severalFit = fitting;
    return resolved;
}
/**
 * Repository-relative places one candidate can stand for. A rewritten path is what the
 * user says it is; an untouched relative one is tried from the working directory first.
 */
function placements(candidate, rewrites, repoRoot, workingDirectory) {
    const rewritten = rewrite(candidate, rewrites);
    const forms = rewritten === candidate && !isAbsolute(candidate) && workingDirectory !== '' ? [joinPath(workingDirectory, candidate), candidate] : [rewritten];
    return forms.map((form) => toRepoRelative(form, repoRoot)).filter((p) => p !== undefined);
}
function isAbsolute(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
function rewrite(path, rewrites) {
    for (const { from, to } of rewrites) {
        if (path.startsWith(from))
            return to + path.slice(from.length);
        // Windows drive letters differ in case between tools.
        if (/^[A-Za-z]:\//.test(from) && path.toLowerCase().startsWith(from.toLowerCase()))
            return to + path.slice(from.length);
    }
    return path;
}
function toRepoRelative(path, repoRoot) {
    if (isAbsolute(path)) {
        if (path === repoRoot)
            return undefined;
        if (!path.startsWith(`${repoRoot}/`))
            return undefined;
        path = path.slice(repoRoot.length + 1);
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
    if (normal === '..' || normal.startsWith('../') || normal === '.')
        return undefined;
    return normal.replace(/^\.\//, '');
}
function joinPath(root, path) {
    return root === '' ? path : `${trimTrailingSlash(root)}/${path}`;
}
function toSlashes(path) {
    return path.trim().replace(/\\/g, '/');
}
function trimTrailingSlash(path) {
    return path.length > 1 ? path.replace(/\/+$/, '') : path;
}


/***/ }),

/***/ 11709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ gitRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);

/** Runs git in `cwd` without a shell; its stderr becomes the error message. */
function gitRunner(cwd) {
    return (args) => new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(stderr.trim() || error.message));
            else
                resolve(stdout);
        });
    });
}


/***/ })

};
