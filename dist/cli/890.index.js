export const id = 890;
export const ids = [890];
export const modules = {

/***/ 73890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCoverageCommand: () => (/* binding */ runCoverageCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _pipeline_git_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11709);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97606);
/* harmony import */ var _coverage_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17276);






const USAGE = `usage: factgate coverage <report…> [--json] [--format auto|${_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .COVERAGE_FORMATS */ .Oo.join('|')}]
         [--path-map from=>to …] [--source-root dir …] [--base ref] [--max-size-mib n]`;
/**
 * `factgate coverage`: reads one or more coverage reports and prints what was read, per
 * file and overall (and patch coverage against --base). Returns the exit status:
 * 0 read fine, 2 the input or flags are wrong.
 */
async function runCoverageCommand(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout(`${USAGE}\n\nReads each report and prints lines and branches per file and overall.\nExit status: 0 read fine, 2 the input or flags are wrong.\n`);
        return 0;
    }
    try {
        const options = parseCoverageArgs(argv);
        const git = (0,_pipeline_git_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .gitRunner */ .X)(io.cwd);
        const data = await (0,_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readCoverageReports */ .QY)(options.reports, {
            baseDir: io.cwd,
            ...(await (0,_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryOptions */ .Tl)(git, io.cwd)),
            format: options.format,
            rewrites: options.pathMaps,
            sourceRoots: options.sourceRoots.map((root) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, root)),
            maxBytes: options.maxBytes,
        });
        const summary = (0,_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeCoverage */ .G0)(data);
        let patch;
        if (options.base !== undefined)
            patch = (0,_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .computePatchCoverage */ .aT)(data, await (0,_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .changedLinesFromGit */ .MO)(git, options.base));
        if (options.json)
            io.stdout(`${JSON.stringify(patch === undefined ? summary : { ...summary, patch }, null, 2)}\n`);
        else {
            io.stdout(renderTable(summary, patch));
            for (const warning of [...summary.warnings, ...(patch?.warnings ?? [])])
                io.stderr(`warning: ${clean(warning)}\n`);
        }
        return 0;
    }
    catch (error) {
        if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1) {
            io.stderr(`factgate coverage: ${clean(error.message)}\n`);
            return 2;
        }
        throw error;
    }
}
function parseCoverageArgs(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
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
    }
    catch (error) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(error instanceof Error ? error.message : String(error), { place: 'command line', fix: USAGE });
    }
    const { values, positionals } = parsed;
    if (positionals.length === 0) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('no coverage report was given', { place: 'command line', fix: USAGE });
    }
    const format = values.format;
    if (format !== 'auto' && !_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .COVERAGE_FORMATS */ .Oo.includes(format)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--format ${format} is not a known format`, { place: '--format', fix: USAGE });
    }
    let maxBytes;
    if (values['max-size-mib'] !== undefined) {
        const mib = Number(values['max-size-mib']);
        if (!/^[0-9]+(\.[0-9]+)?$/.test(values['max-size-mib']) || !(mib > 0)) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`--max-size-mib ${values['max-size-mib']} is not a positive number`, {
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
        pathMaps: values['path-map'].map((text) => (0,_coverage_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePathRewrite */ .hS)(text, { place: '--path-map' })),
        sourceRoots: values['source-root'],
        base: values.base,
        maxBytes,
    };
}
function renderTable(summary, patch) {
    const rows = [['file', 'lines', '%', 'branches', '%']];
    for (const file of summary.files)
        rows.push([clean(file.path), ...cells(file.lines), ...cells(file.branches)]);
    rows.push(['total', ...cells(summary.lines), ...cells(summary.branches)]);
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    const out = rows.slice(0, -1).map(line);
    out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
    out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1]));
    out.push('');
    for (const report of summary.reports) {
        const declared = report.declared.lines ? `${report.declared.lines.covered}/${report.declared.lines.total}` : report.declared.lineRate ?? 'nothing';
        out.push(`read ${clean(report.file)} (${report.format}): ${report.computed.lines.covered}/${report.computed.lines.total} lines; the file declares ${declared}`);
    }
    if (patch !== undefined) {
        out.push('', `patch coverage: ${patch.lines.covered}/${patch.lines.total} changed lines covered (${percent(patch.lines)})`);
        for (const file of patch.files) {
            if (file.uncoveredLines.length > 0)
                out.push(`  ${clean(file.path)}: uncovered ${ranges(file.uncoveredLines)}`);
        }
    }
    return `${out.join('\n')}\n`;
}
function cells(counts) {
    return [`${counts.covered}/${counts.total}`, percent(counts)];
}
function percent(counts) {
    return counts.rate === null ? 'n/a' : `${(counts.rate * 100).toFixed(2)}%`;
}
/** 3,4,5,9 → "3-5, 9" */
function ranges(lines) {
    const parts = [];
    for (let i = 0; i < lines.length; i++) {
        const start = lines[i];
        while (i + 1 < lines.length && lines[i + 1] === lines[i] + 1)
            i++;
        parts.push(start === lines[i] ? `${start}` : `${start}-${lines[i]}`);
    }
    return parts.join(', ');
}
/** Report text is untrusted: one line, no controls, no workflow command (the CLI's writer defuses line starts too). */
function clean(text) {
    return (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeLogText */ .dD)(text.replace(/\r\n?|\n/g, '\\n'));
}


/***/ })

};
