export const id = 843;
export const ids = [843];
export const modules = {

/***/ 20233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HTML_USAGE: () => (/* binding */ HTML_USAGE),
/* harmony export */   runHtmlCommand: () => (/* binding */ runHtmlCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _report_html_render_html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88583);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71958);
/* harmony import */ var _shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23784);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40481);
/* harmony import */ var _read_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67115);






const HTML_USAGE = `Usage: factgate html REPORT.json --out FILE [--baseline BASE.json]

Renders a report JSON as one self-contained HTML page to browse: the verdict, the metrics
with their intervals and thresholds, charts, drift findings, and every case with each
claim, its citations and its evidence. The page needs no network and opens from file://
or a downloaded artifact.

Arguments:
  REPORT.json                 A report written by factgate run or factgate merge.

Options:
  --out FILE                  Where to write the page (required).
  --baseline FILE             Another run's report: its figures beside this run's, and
                              which cases changed.
  --help                      Show this help.

Exit status: 0 the page was written, 2 a report cannot be read.`;
async function runHtmlCommand(argv, io) {
    const { values, positionals } = (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, 'html', {
        out: { type: 'string' },
        baseline: { type: 'string' },
        help: { type: 'boolean' },
    });
    if (values.help) {
        io.stdout(HTML_USAGE + '\n');
        return 0;
    }
    if (positionals.length !== 1) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(positionals.length === 0 ? 'no report given' : `one report at a time (got ${positionals.length})`, {
            place: 'factgate html',
            fix: 'pass one report JSON, e.g. factgate html factgate-report.json --out report.html',
        });
    }
    if (values.out === undefined) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('no --out file given', { place: 'factgate html', fix: 'say where the page goes, e.g. --out report.html' });
    }
    const report = await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_5__/* .readReportJson */ .V)(positionals[0], io.cwd, 'report');
    const baseline = values.baseline === undefined ? null : await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_5__/* .readReportJson */ .V)(values.baseline, io.cwd, 'baseline report');
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.out);
    await (0,_shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__/* .writePiecesAtomically */ .g3)(out, (0,_report_html_render_html_js__WEBPACK_IMPORTED_MODULE_1__.renderHtmlPieces)(report, { baseline }));
    io.stdout(`factgate: wrote ${values.out} (${report.cases.length} cases${baseline ? ', compared with the baseline' : ''})\n`);
    return 0;
}


/***/ }),

/***/ 67115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ readReportJson)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _drift_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5492);
/* harmony import */ var _report_validate_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3380);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);
/* harmony import */ var _shared_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88358);





/** A report JSON file that factgate wrote, bounded in size and checked against the schema. */
async function readReportJson(file, cwd, what) {
    const text = await (0,_shared_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, file), _drift_index_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BASELINE_BYTES */ .Zg, what, file);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`not JSON: ${error.message}`, {
            file,
            fix: 'pass the unmodified report JSON that factgate wrote',
        });
    }
    return (0,_report_validate_report_js__WEBPACK_IMPORTED_MODULE_2__.validateReport)(value, file);
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


/***/ })

};
