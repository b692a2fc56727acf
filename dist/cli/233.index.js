export const id = 233;
export const ids = [233];
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
    return (0,_report_validate_report_js__WEBPACK_IMPORTED_MODULE_2__/* .validateReport */ .R)(value, file);
}


/***/ })

};
