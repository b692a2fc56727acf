export const id = 590;
export const ids = [590];
export const modules = {

/***/ 83505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCoverageCommand: () => (/* binding */ runCoverageCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/pipeline/git-runner.js
var git_runner = __webpack_require__(11709);
// EXTERNAL MODULE: ./.build/src/shared/escape.js
var shared_escape = __webpack_require__(97606);
// EXTERNAL MODULE: ./.build/src/report/format.js
var format = __webpack_require__(96747);
;// CONCATENATED MODULE: ./.build/src/report/coverage-table.js


/** `factgate coverage`'s table: lines and branches per file and overall, what each report declared, and patch coverage. */
function renderCoverageTable(summary, patch) {
    const rows = [['file', 'lines', '%', 'branches', '%']];
    for (const file of summary.files)
        rows.push([oneLine(file.path), ...cells(file.lines), ...cells(file.branches)]);
    rows.push(['total', ...cells(summary.lines), ...cells(summary.branches)]);
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    const out = rows.slice(0, -1).map(line);
    out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
    out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1]));
    out.push('');
    for (const report of summary.reports) {
        const declared = report.declared.lines ? `${report.declared.lines.covered}/${report.declared.lines.total}` : report.declared.lineRate ?? 'nothing';
        out.push(`read ${oneLine(report.file)} (${report.format}): ${report.computed.lines.covered}/${report.computed.lines.total} lines; the file declares ${declared}`);
    }
    if (patch !== undefined) {
        out.push('', `patch coverage: ${patch.lines.covered}/${patch.lines.total} changed lines covered (${percent(patch.lines)})`);
        for (const file of patch.files) {
            if (file.uncoveredLines.length > 0)
                out.push(`  ${oneLine(file.path)}: uncovered ${(0,format/* lineRanges */.nV)(file.uncoveredLines).map(format/* rangeText */.lq).join(', ')}`);
        }
    }
    return `${out.join('\n')}\n`;
}
function cells(counts) {
    return [`${counts.covered}/${counts.total}`, percent(counts)];
}
/** Two decimals here, as coverage tools print a file table; the same formatter as every other rendering. */
function percent(counts) {
    return (0,format/* percent */.KN)(counts.rate, { digits: 2 });
}
/** Report text is untrusted: one line, no controls, no workflow command (the CLI's writer defuses line starts too). */
function oneLine(text) {
    return (0,shared_escape/* escapeLogText */.dD)(text.replace(/\r\n?|\n/g, '\\n'));
}

// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/coverage/index.js + 19 modules
var coverage = __webpack_require__(40644);
// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/coverage-command.js






const USAGE = `usage: factgate coverage <report…> [--json] [--format auto|${coverage/* COVERAGE_FORMATS */.Oo.join('|')}]
         [--path-map from=>to …] [--source-root dir …] [--base ref] [--max-size-mib n]`;
const FLAGS = {
    json: { type: 'boolean', default: false },
    format: { type: 'string', default: 'auto' },
    'path-map': { type: 'string', multiple: true, default: [] },
    'source-root': { type: 'string', multiple: true, default: [] },
    base: { type: 'string' },
    'max-size-mib': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
/**
 * `factgate coverage`: reads one or more coverage reports and prints what was read, per
 * file and overall (and patch coverage against --base). Returns the exit status:
 * 0 read fine; wrong input or flags throw, and the CLI exits 2.
 */
async function runCoverageCommand(argv, io) {
    const { values, positionals } = (0,cli_io/* parseFlags */.bQ)(argv, 'coverage', FLAGS);
    if (values.help) {
        io.stdout(`${USAGE}\n\nReads each report and prints lines and branches per file and overall.\nExit status: 0 read fine, 2 the input or flags are wrong.\n`);
        return 0;
    }
    const options = coverageOptions(values, positionals);
    const git = (0,git_runner/* gitRunner */.X)(io.cwd);
    const data = await (0,coverage/* readCoverageReports */.QY)(options.reports, {
        baseDir: io.cwd,
        ...(await (0,coverage/* repositoryOptions */.Tl)(git, io.cwd)),
        format: options.format,
        rewrites: options.pathMaps,
        sourceRoots: options.sourceRoots.map((root) => (0,external_node_path_.resolve)(io.cwd, root)),
        maxBytes: options.maxBytes,
    });
    const summary = (0,coverage/* summarizeCoverage */.G0)(data);
    let patch;
    if (options.base !== undefined)
        patch = (0,coverage/* computePatchCoverage */.aT)(data, await (0,coverage/* changedLinesFromGit */.MO)(git, options.base));
    if (options.json)
        io.stdout(`${JSON.stringify(patch === undefined ? summary : { ...summary, patch }, null, 2)}\n`);
    else {
        io.stdout(renderCoverageTable(summary, patch));
        for (const warning of [...summary.warnings, ...(patch?.warnings ?? [])])
            io.stderr(`warning: ${oneLine(warning)}\n`);
    }
    return 0;
}
function coverageOptions(values, positionals) {
    if (positionals.length === 0) {
        throw new errors/* ConfigurationError */.j1('no coverage report was given', { place: 'factgate coverage', fix: USAGE });
    }
    const format = values.format;
    if (format !== 'auto' && !coverage/* COVERAGE_FORMATS */.Oo.includes(format)) {
        throw new errors/* ConfigurationError */.j1(`--format ${format} is not a known format`, { place: '--format', fix: USAGE });
    }
    let maxBytes;
    if (values['max-size-mib'] !== undefined) {
        const mib = Number(values['max-size-mib']);
        if (!/^[0-9]+(\.[0-9]+)?$/.test(values['max-size-mib']) || !(mib > 0)) {
            throw new errors/* ConfigurationError */.j1(`--max-size-mib ${values['max-size-mib']} is not a positive number`, {
                place: '--max-size-mib',
                fix: 'give the size limit in MiB, e.g. --max-size-mib 200',
            });
        }
        maxBytes = Math.floor(mib * 1024 * 1024);
    }
    return {
        reports: positionals,
        json: values.json,
        format: format,
        pathMaps: values['path-map'].map((text) => (0,coverage/* parsePathRewrite */.hS)(text, { place: '--path-map' })),
        sourceRoots: values['source-root'],
        base: values.base,
        maxBytes,
    };
}


/***/ }),

/***/ 96747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ hasContexts),
/* harmony export */   JG: () => (/* binding */ failedAt),
/* harmony export */   Jb: () => (/* binding */ pointsInterval),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   Vg: () => (/* binding */ JUDGING_STOPPED),
/* harmony export */   WR: () => (/* binding */ points),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _G: () => (/* binding */ VERDICT_WORDS),
/* harmony export */   lq: () => (/* binding */ rangeText),
/* harmony export */   mP: () => (/* binding */ rateInterval),
/* harmony export */   nV: () => (/* binding */ lineRanges),
/* harmony export */   oi: () => (/* binding */ percentPair),
/* harmony export */   rP: () => (/* binding */ errorHeadline),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   t8: () => (/* binding */ METRIC_LABELS),
/* harmony export */   wb: () => (/* binding */ failingCases),
/* harmony export */   yY: () => (/* binding */ headlineRows)
/* harmony export */ });
/* unused harmony exports ciLabel, rateText */
/** A duration in seconds: whole when it is, else with one decimal ("60 s", "1.5 s"). */
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
/** A rate (0..1) as a percentage with one decimal. */
function percent(value, options = {}) {
    if (value === null || Number.isNaN(value))
        return 'n/a';
    const digits = options.digits ?? 1;
    const pct = value * 100;
    const smallest = 10 ** -digits;
    if (pct !== 0 && Math.abs(pct) < smallest / 2)
        return `${pct < 0 ? '> −' : '< '}${smallest.toFixed(digits)}%`;
    return `${trimNegativeZero(pct.toFixed(digits))}%`;
}
/**
 * Two rates worded so that they differ when the values do: "2.04%" against "2.00%"
 * rather than "2.0%" against "2.0%" in a breach message. One decimal unless more are needed.
 */
function percentPair(value, other) {
    for (let digits = 1; digits <= 4; digits++) {
        const a = percent(value, { digits });
        const b = percent(other, { digits });
        if (a !== b || value === other)
            return [a, b];
    }
    return [percent(value, { digits: 4 }), percent(other, { digits: 4 })];
}
/** A change of rate (difference of two 0..1 values) as signed percentage points: "+1.2 pp". */
function points(delta) {
    const pp = delta * 100;
    const text = Math.abs(pp).toFixed(1);
    if (text === '0.0')
        return pp === 0 ? '±0.0 pp' : `${pp > 0 ? '+' : '−'}< 0.1 pp`;
    return `${pp > 0 ? '+' : '−'}${text} pp`;
}
/** An interval of a rate: "95 % CI 6.2–79.2%". */
function rateInterval(ci, confidence = 0.95) {
    return `${ciLabel(confidence)} ${percent(ci.lower).replace(/%$/, '')}–${percent(ci.upper)}`;
}
/** An interval of a change in rate: "95 % CI +0.3 to +4.1 pp". */
function pointsInterval(ci, confidence = 0.95) {
    return `${ciLabel(confidence)} ${points(ci.lower).replace(/ pp$/, '')} to ${points(ci.upper)}`;
}
function ciLabel(confidence = 0.95) {
    return `${trimNegativeZero((confidence * 100).toFixed(confidence * 100 === Math.round(confidence * 100) ? 0 : 1))} % CI`;
}
/** "p = 0.012", or "p < 0.001" below that. */
function pValue(p) {
    return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
/** The value with its counts and interval, for logs and plain text: "33.3% (1/3, 95 % CI 6.2–79.2%)". */
function rateText(rate) {
    if (rate.value === null)
        return 'n/a (nothing to measure)';
    const ci = rate.ci ? `, ${rateInterval(rate.ci)}` : '';
    return `${percent(rate.value)} (${rate.numerator}/${rate.denominator}${ci})`;
}
/** "1,234" */
function count(n) {
    return n.toLocaleString('en-US');
}
/** "1 case", "3 cases" */
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
function trimNegativeZero(text) {
    return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text.replace(/^-/, '−');
}
/** Consecutive line numbers as ranges: 3,4,5,9 → [3–5], [9]. Unsorted and repeated input is fine. */
function lineRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (const line of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && line === last.end + 1)
            last.end = line;
        else
            ranges.push({ start: line, end: line });
    }
    return ranges;
}
/** "3–5" or "9". */
function rangeText(range) {
    return range.start === range.end ? `${range.start}` : `${range.start}–${range.end}`;
}
const VERDICT_WORDS = {
    pass: 'PASSED',
    fail: 'FAILED',
    error: 'COULD NOT DECIDE',
    overridden: 'OVERRIDDEN',
};
/** What the hallucination verdict was judged against, in words, once contexts are in play. */
const AGAINST_WORDS = {
    both: 'vs sources or contexts',
    sources: 'vs golden sources',
    contexts: 'vs retrieved contexts',
};
/** True when any case's response carried contexts: the retrieval rows are shown. */
function hasContexts(report) {
    return report.cases.some((c) => c.retrieval !== null);
}
/**
 * The headline metrics, in the order every rendering shows them (the retrieval rows only
 * when contexts exist). Renderers match baseline rows to these by label.
 */
function headlineRows(report) {
    const t = report.policy.thresholds;
    const m = report.metrics;
    const retrieval = hasContexts(report);
    const hallucination = retrieval ? `Hallucination rate (${AGAINST_WORDS[report.settings.judgeAgainst]})` : 'Hallucination rate';
    return [
        { label: hallucination, rate: m.hallucinationRate, rule: 'max-hallucination-rate', threshold: t.maxHallucinationRate, driftMetric: 'hallucinationRate', lowerIsBetter: true },
        { label: 'Cases with a hallucination', rate: m.caseHallucinationRate, rule: 'max-case-hallucination-rate', threshold: t.maxCaseHallucinationRate, driftMetric: 'caseHallucinationRate', lowerIsBetter: true },
        { label: 'Citation coverage', rate: m.citationCoverage, rule: 'min-citation-coverage', threshold: t.minCitationCoverage, driftMetric: 'citationCoverage', lowerIsBetter: false },
        { label: 'Citation precision', rate: m.citationPrecision, rule: 'min-citation-precision', threshold: t.minCitationPrecision, driftMetric: null, lowerIsBetter: false },
        { label: 'Expected-fact recall', rate: m.factRecall, rule: 'min-fact-recall', threshold: t.minFactRecall, driftMetric: null, lowerIsBetter: false },
        // After the answer's figures, in the order of DESIGN.md: what the app retrieved.
        ...(retrieval ? retrievalRows(report) : []),
        { label: 'Answer rate', rate: m.answerRate, rule: null, threshold: null, driftMetric: null, lowerIsBetter: false },
        { label: 'Undetermined claims', rate: m.undeterminedRate, rule: 'max-undetermined-rate', threshold: t.maxUndeterminedRate, driftMetric: null, lowerIsBetter: true },
        { label: 'Errors / missing', rate: m.errorRate, rule: 'max-error-rate', threshold: t.maxErrorRate, driftMetric: 'errorRate', lowerIsBetter: true },
    ];
}
/** Faithfulness next to support by the golden sources, then the retriever's own scores. */
function retrievalRows(report) {
    const t = report.policy.thresholds;
    const m = report.metrics;
    // Metrics of an older baseline have no retrieval figures.
    const none = { value: null, numerator: 0, denominator: 0, ci: null };
    const row = (label, rate, rule, threshold, driftMetric) => ({
        label,
        rate: rate ?? none,
        rule,
        threshold,
        driftMetric,
        lowerIsBetter: label === 'Ungrounded but true',
    });
    const rows = [
        row('Faithfulness (to retrieved contexts)', m.faithfulness, 'min-faithfulness', t.minFaithfulness, 'faithfulness'),
        row('Golden-source support (same claims)', m.sourceSupport, null, null, null),
        row('Ungrounded but true', m.ungroundedButTrueRate, null, null, null),
        row('Context recall', m.contextRecall, 'min-context-recall', t.minContextRecall, 'contextRecall'),
        row('Context precision', m.contextPrecision, 'min-context-precision', t.minContextPrecision, 'contextPrecision'),
        row(`Context precision@${m.contextPrecisionAtK?.k ?? 1}`, m.contextPrecisionAtK, null, null, null),
    ];
    // A figure without a threshold and nothing to count (no golden sources beside the contexts) is left out.
    return rows.filter((r) => r.rule !== null || r.rate.denominator > 0);
}
/** Labels of drift metrics, for findings worded in plain words. */
const METRIC_LABELS = {
    hallucinationRate: 'Hallucination rate',
    caseHallucinationRate: 'Cases with a hallucination',
    citationCoverage: 'Citation coverage',
    errorRate: 'Errors / missing',
    judgeScore: 'Judge scores',
    latencyP95Ms: 'Latency p95',
    lineCoverage: 'Line coverage',
    branchCoverage: 'Branch coverage',
    patchCoverage: 'Patch coverage',
    faithfulness: 'Faithfulness to the retrieved contexts',
    contextRecall: 'Context recall',
    contextPrecision: 'Context precision',
};
/** The cases a reviewer should look at, worst first: hallucinations by severity, then app errors, then missing responses. */
function failingCases(report) {
    const rank = { hallucinated: 0, error: 1, missing: 2 };
    return report.cases
        .filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing')
        .map((c) => {
        const contradicted = c.claims.filter((cl) => cl.verdict === 'contradicted').length;
        const unsupported = c.claims.filter((cl) => cl.hallucinated && cl.verdict !== 'contradicted').length;
        const forbidden = c.forbidden.filter((f) => f.entailed).length;
        const kind = c.status === 'error' ? 'error' : c.status === 'missing' ? 'missing' : 'hallucinated';
        return { case: c, kind, hallucinated: contradicted + unsupported + forbidden, severity: 2 * contradicted + unsupported + 2 * forbidden };
    })
        .sort((a, b) => rank[a.kind] - rank[b.kind] || b.severity - a.severity || a.case.id.localeCompare(b.case.id));
}
/** How the recorded error of a case factgate stopped judging begins (see evaluate/judging-budget.ts). */
const JUDGING_STOPPED = 'factgate stopped judging this case';
/** What failed for a case with an error: the app, or judging the case. */
function failedAt(error) {
    return error?.startsWith(JUDGING_STOPPED) ? 'ran out of judging time' : 'failed in the app';
}
/** The line of an error that says what went wrong: a traceback's last line, otherwise the first. */
function errorHeadline(error) {
    const lines = error.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length > 1 && /^Traceback \(most recent call last\)|^\s*at /.test(lines[0] ?? ''))
        return lines[lines.length - 1] ?? '';
    return lines[0] ?? error;
}


/***/ }),

/***/ 88358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   zc: () => (/* binding */ PATHS_ARE_RELATIVE)
/* harmony export */ });
/* unused harmony exports decodeUtf8Text, stripBom, formatBytes */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);




const MiB = 1024 * 1024;
/**
 * Reads a UTF-8 text file no larger than `maxBytes`, checking the size before reading
 * so an oversized file is refused without loading it. A leading BOM is dropped. The rule
 * for every input file: it is UTF-8 text, so a UTF-16 or UTF-32 file, a raw NUL byte and
 * a byte that is not UTF-8 are errors naming the place (never silently U+FFFD); a NUL
 * written as an escape (`\u0000` in JSON, `\0` in YAML) is data like any other.
 */
/** How a path setting is resolved, for the fix of a "not found" error. */
const PATHS_ARE_RELATIVE = "paths in factgate.yml are relative to the file's folder, paths given as flags or Action inputs to the working directory";
async function readTextFile(path, maxBytes, what, displayPath = path) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is not a file`, { file: displayPath, fix: `point to a ${what} file` });
        }
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: `check the path and that the file exists (it was read as ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)}; ${PATHS_ARE_RELATIVE})`,
        });
    }
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`, { file: displayPath, fix: `split it into smaller files, or raise the limit if the size is intended` });
    }
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (error) {
        // The file is there (stat saw it) but cannot be read: its permissions, most often.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: error?.code === 'EACCES' ? `make the file readable by the user factgate runs as (chmod a+r ${displayPath})` : 'check that the file can be read',
        });
    }
    return stripBom(decodeUtf8Text(bytes, what, displayPath));
}
/** The bytes as UTF-8 text, or a ConfigurationError that names the encoding or the bad byte's place. */
function decodeUtf8Text(bytes, what, file) {
    const encoding = wideEncoding(bytes);
    if (encoding) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${encoding}, not UTF-8`, {
            file,
            fix: `save it as UTF-8 (in PowerShell: Get-Content ${file} | Set-Content -Encoding utf8 ${file}; or iconv -f ${encoding.split(' ')[0]} -t UTF-8)`,
        });
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('a raw NUL byte (0x00) is in the file; text files have none', {
            file,
            place: bytePlace(bytes, nul),
            fix: 'remove the byte (is this a binary file?); to mean the character, write it escaped (\\u0000)',
        });
    }
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = firstInvalidUtf8(bytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not UTF-8`, {
            file,
            place: bytePlace(bytes, bad),
            fix: 'save the file as UTF-8 (it may be Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)',
        });
    }
    return bytes.toString('utf8');
}
/** UTF-16 and UTF-32, by their byte-order mark, or (without one) by NUL bytes in every other place. */
function wideEncoding(bytes) {
    const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return 'UTF-32LE encoded';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32BE encoded';
    if (a === 0xff && b === 0xfe)
        return 'UTF-16LE encoded';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16BE encoded';
    // ASCII text in UTF-16 without a mark: the high bytes of the first characters are all 0.
    const sample = Math.min(bytes.length, 64) & ~1;
    if (sample < 4)
        return null;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i++)
        if (bytes[i] === 0)
            i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample / 2;
    if (oddZeros >= half * 0.75 && evenZeros === 0)
        return 'UTF-16LE encoded (no byte-order mark)';
    if (evenZeros >= half * 0.75 && oddZeros === 0)
        return 'UTF-16BE encoded (no byte-order mark)';
    return null;
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        if (length > 1 && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + length)))
            return i;
        i += length;
    }
    return 0;
}
/** "line L, column C" of a byte offset (columns in characters). */
function bytePlace(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return `line ${line}, column ${bytes.subarray(lineStart, offset).toString('utf8').length + 1}`;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function formatBytes(bytes) {
    if (bytes >= MiB)
        return `${(bytes / MiB).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
