export const id = 936;
export const ids = [936];
export const modules = {

/***/ 35936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MERGE_USAGE: () => (/* binding */ MERGE_USAGE),
  runMergeCommand: () => (/* binding */ runMergeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./.build/src/drift/index.js + 8 modules
var drift = __webpack_require__(5492);
// EXTERNAL MODULE: ./.build/src/evaluate/metrics.js
var metrics = __webpack_require__(64438);
// EXTERNAL MODULE: ./.build/src/responses/shard.js
var shard = __webpack_require__(67176);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
;// CONCATENATED MODULE: ./.build/src/report/merge.js
/**
 * Merging shard reports (`factgate run --shard i/N`) into the report of the whole run.
 * The parts must come from the same golden set, settings, policy, commit and factgate
 * version, and hold each shard exactly once. Metrics and categories are recomputed from
 * the merged cases; drift and the verdict are decided afresh by pipeline/judge-report,
 * as for a run, so the result equals an unsharded run apart from timings.
 */



function mergeReports(parts) {
    if (parts.length === 0) {
        throw new errors/* ConfigurationError */.j1('no shard reports to merge', {
            place: 'factgate merge',
            fix: 'pass every shard report, e.g. factgate merge reports/report-*.json --out report.json',
        });
    }
    const first = parts[0];
    checkSameRun(parts);
    const total = checkShardSet(parts);
    const { cases, owners } = mergeCases(parts, total);
    const reasons = partialReasons(parts, cases);
    return {
        schemaVersion: first.report.schemaVersion,
        tool: first.report.tool,
        run: {
            ...first.report.run,
            ...mergedTimes(parts),
            shard: null,
            partial: reasons.length > 0,
            partialReason: reasons.length > 0 ? reasons.join('; ') : null,
        },
        goldenSet: first.report.goldenSet,
        settings: first.report.settings,
        policy: first.report.policy,
        metrics: (0,metrics/* computeMetrics */.pH)(cases),
        categories: (0,metrics/* computeCategoryMetrics */.jE)(cases),
        cases,
        responses: mergeResponseLists(parts, cases, owners),
        coverage: mergedCoverage(parts),
    };
}
/** Everything that must be identical across parts for their cases to belong together. */
function checkSameRun(parts) {
    const first = parts[0];
    const same = [
        {
            what: 'golden set',
            pointer: '/goldenSet/hash',
            get: (r) => r.goldenSet.hash,
            fix: 'run every shard on the same golden set (same commit), then merge',
        },
        {
            what: 'settings',
            pointer: '/settings/settingsHash',
            get: (r) => r.settings.settingsHash,
            fix: 'run every shard with the same settings, judge and policy',
        },
        {
            what: 'policy',
            pointer: '/policy',
            get: (r) => JSON.stringify(r.policy),
            fix: 'run every shard with the same policy',
        },
        {
            what: 'factgate version',
            pointer: '/tool/version',
            get: (r) => r.tool.version,
            fix: 'run every shard with the same factgate version',
        },
        {
            what: 'commit',
            pointer: '/run/gitSha',
            get: (r) => r.run.gitSha,
            fix: 'run every shard on the same commit (one workflow run)',
        },
    ];
    for (const check of same) {
        const expected = check.get(first.report);
        const other = parts.find((p) => check.get(p.report) !== expected);
        if (other) {
            throw new errors/* ConfigurationError */.j1(`this shard comes from a different ${check.what} than ${first.file} (${merge_short(check.get(other.report))} vs ${merge_short(expected)})`, { file: other.file, place: check.pointer, fix: check.fix });
        }
    }
}
/** Checks each shard 1..N is there exactly once; returns N. */
function checkShardSet(parts) {
    const unsharded = parts.find((p) => p.report.run.shard === null);
    if (unsharded) {
        throw new errors/* ConfigurationError */.j1('this report is not a shard (it has no run.shard)', {
            file: unsharded.file,
            place: '/run/shard',
            fix: 'merge only reports written by factgate run --shard INDEX/TOTAL',
        });
    }
    const total = parts[0].report.run.shard.total;
    const byIndex = new Map();
    for (const part of parts) {
        const shard = part.report.run.shard;
        if (shard.total !== total) {
            throw new errors/* ConfigurationError */.j1(`this is shard ${shard.index}/${shard.total}, but ${parts[0].file} is shard ${formatSpec(parts[0].report.run.shard)}`, {
                file: part.file,
                place: '/run/shard/total',
                fix: 'merge shards of one split: every part must have the same total',
            });
        }
        const seen = byIndex.get(shard.index);
        if (seen !== undefined) {
            throw new errors/* ConfigurationError */.j1(`shard ${shard.index}/${total} is given twice: ${seen} and ${part.file}`, {
                file: part.file,
                place: '/run/shard/index',
                fix: 'pass each shard report once',
            });
        }
        byIndex.set(shard.index, part.file);
    }
    const missing = Array.from({ length: total }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((i) => `${i}/${total}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (got ${parts.length} of ${total})`, {
            place: 'factgate merge',
            fix: 'download every shard report (a failed matrix job still uploads its report) and pass them all',
        });
    }
    return total;
}
/**
 * The whole run's cases: each taken from the part whose shard owns it (recomputed from
 * the ids, as `--shard` chose it). Parts may list only their own cases or every case
 * with the others marked not-run; either way a case run by two parts is an error.
 */
function mergeCases(parts, total) {
    const { caseCount } = parts[0].report.goldenSet;
    const ids = [];
    const seen = new Set();
    for (const part of parts) {
        for (const c of part.report.cases) {
            if (!seen.has(c.id)) {
                seen.add(c.id);
                ids.push(c.id);
            }
        }
    }
    if (ids.length !== caseCount) {
        throw new errors/* ConfigurationError */.j1(`the shards hold ${ids.length} distinct cases, but the golden set has ${caseCount}`, {
            file: parts[0].file,
            place: '/goldenSet/caseCount',
            fix: 'merge the complete, unmodified reports of one sharded run',
        });
    }
    const byIndex = new Map(parts.map((p) => [p.report.run.shard.index, p]));
    const owner = new Map();
    for (const [id, index] of (0,shard/* shardOfEach */.H8)(ids, total))
        owner.set(id, byIndex.get(index));
    // One pass over every part: keep each owner's result, and catch a part that ran
    // a case of another shard (tampered, or split by another version).
    const results = new Map();
    for (const part of parts) {
        for (const c of part.report.cases) {
            const home = owner.get(c.id);
            if (home === part)
                results.set(c.id, c);
            else if (c.status !== 'not-run') {
                throw new errors/* ConfigurationError */.j1(`case ${JSON.stringify(c.id)} was run by shard ${formatSpec(part.report.run.shard)}, but it belongs to shard ${formatSpec(home.report.run.shard)} (${home.file})`, { file: part.file, place: '/cases', fix: 'merge reports produced by factgate run --shard INDEX/TOTAL of the same version, unmodified' });
            }
        }
    }
    const pick = (id) => {
        const result = results.get(id);
        if (!result) {
            const part = owner.get(id);
            throw new errors/* ConfigurationError */.j1(`case ${JSON.stringify(id)} belongs to shard ${formatSpec(part.report.run.shard)}, but this report has no result for it`, {
                file: part.file,
                place: '/cases',
                fix: 'produce the shard with factgate run --shard on the same golden set, and merge the unmodified report',
            });
        }
        return result;
    };
    // Every part listing every case keeps the run's own order; otherwise golden-set order (by id).
    const complete = parts.every((p) => p.report.cases.length === caseCount);
    const order = complete ? parts[0].report.cases.map((c) => c.id) : [...ids].sort(compareIds);
    return { cases: order.map(pick), owners: owner };
}
/** Matches the golden-set loader's order: by id, comparing UTF-16 code units. */
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function mergeResponseLists(parts, cases, owners) {
    // A part may call other shards' cases missing; only the owner's word counts.
    const missingByPart = new Map(parts.map((p) => [p, new Set(p.report.responses.missing)]));
    const missing = cases.filter((c) => missingByPart.get(owners.get(c.id)).has(c.id)).map((c) => c.id);
    const unknown = [...new Set(parts.flatMap((p) => p.report.responses.unknown))].sort();
    return { missing, unknown };
}
/** Reasons the merged report is still partial: a shard cancelled, cases not run. */
function partialReasons(parts, cases) {
    const reasons = [];
    for (const part of parts) {
        const shard = part.report.run.shard;
        const reason = part.report.run.partialReason;
        if (reason !== null && reason !== `shard ${shard.index}/${shard.total}`)
            reasons.push(`shard ${formatSpec(shard)}: ${reason}`);
    }
    const notRun = cases.filter((c) => c.status === 'not-run').length;
    if (notRun > 0)
        reasons.push(`${notRun} case${notRun === 1 ? ' was' : 's were'} not run`);
    return reasons;
}
function mergedTimes(parts) {
    const starts = parts.map((p) => Date.parse(p.report.run.startedAt));
    const ends = parts.map((p) => Date.parse(p.report.run.finishedAt));
    const startedAt = Math.min(...starts);
    const finishedAt = Math.max(...ends);
    return { startedAt: new Date(startedAt).toISOString(), finishedAt: new Date(finishedAt).toISOString(), durationMs: finishedAt - startedAt };
}
/** Code coverage does not depend on the shard: every part that has it must agree. */
function mergedCoverage(parts) {
    const withCoverage = parts.filter((p) => p.report.coverage !== null);
    if (withCoverage.length === 0)
        return null;
    const reference = JSON.stringify(withCoverage[0].report.coverage);
    const differing = withCoverage.find((p) => JSON.stringify(p.report.coverage) !== reference);
    if (differing) {
        throw new errors/* ConfigurationError */.j1(`this shard's code coverage differs from ${withCoverage[0].file}'s`, {
            file: differing.file,
            place: '/coverage',
            fix: 'give every shard the same coverage reports, or give them to one shard only',
        });
    }
    return withCoverage[0].report.coverage;
}
function formatSpec(spec) {
    return `${spec.index}/${spec.total}`;
}
function merge_short(value) {
    const text = String(value);
    return /^[0-9a-f]{40,}$/.test(text) ? text.slice(0, 12) : JSON.stringify(value);
}

// EXTERNAL MODULE: ./.build/src/pipeline/judge-report.js + 1 modules
var judge_report = __webpack_require__(62569);
;// CONCATENATED MODULE: ./.build/src/pipeline/merge-shards.js


/**
 * The shards of one run as the report of the whole run: cases merged, then drift (each
 * shard compared only its own cases, so it is computed afresh) and the verdict, as a run decides them.
 */
function mergeShardReports(parts, gate = { baseline: null }) {
    return (0,judge_report/* judgeReport */.wI)(mergeReports(parts), gate);
}

// EXTERNAL MODULE: ./.build/src/report/terminal.js
var terminal = __webpack_require__(3228);
// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
// EXTERNAL MODULE: ./.build/src/pipeline/report-files.js
var report_files = __webpack_require__(70304);
// EXTERNAL MODULE: ./.build/src/cli/read-report.js
var read_report = __webpack_require__(67115);
;// CONCATENATED MODULE: ./.build/src/cli/merge-command.js









const MERGE_USAGE = `Usage: factgate merge REPORT... [--out FILE] [--report-md FILE] [--report-html FILE] [--baseline FILE]

Merges the reports of a sharded run (factgate run --shard INDEX/TOTAL) into the report
of the whole run, recomputes the metrics, compares with the baseline and applies the
policy again.

Checks that every part comes from the same golden set, settings, commit and factgate
version, and that each shard 1..TOTAL is there exactly once.

Arguments:
  REPORT...                   Shard report files or globs (e.g. "reports/*.json").

Options:
  --out FILE                  Write the merged report JSON here and print the verdict;
                              without it the merged JSON goes to standard output.
  --report-md FILE            Also write the Markdown report.
  --report-html FILE          Also write the HTML report (one page to browse every case).
  --baseline FILE             Compare the merged run with this report (drift tests).
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the reports cannot be merged.`;
async function runMergeCommand(argv, io) {
    const { values, positionals } = (0,cli_io/* parseFlags */.bQ)(argv, 'merge', {
        out: { type: 'string' },
        'report-md': { type: 'string' },
        'report-html': { type: 'string' },
        baseline: { type: 'string' },
        help: { type: 'boolean' },
    });
    if (values.help) {
        io.stdout(MERGE_USAGE + '\n');
        return 0;
    }
    const files = await expandInputs(positionals, io.cwd);
    const parts = [];
    for (const file of files)
        parts.push({ file, report: await (0,read_report/* readReportJson */.V)(file, io.cwd, 'shard report') });
    const gate = await baselineGate(values.baseline, io.cwd);
    const merged = mergeShardReports(parts, gate);
    const out = values.out === undefined ? null : (0,external_node_path_.resolve)(io.cwd, values.out);
    const md = values['report-md'] === undefined ? null : (0,external_node_path_.resolve)(io.cwd, values['report-md']);
    const page = values['report-html'] === undefined ? null : (0,external_node_path_.resolve)(io.cwd, values['report-html']);
    await (0,report_files/* writeOutputs */.K)(merged, out, md, gate.baseline?.status === 'loaded' ? gate.baseline.report : null, page);
    if (out === null)
        io.stdout(JSON.stringify(merged, null, 2) + '\n');
    else
        io.stdout((0,terminal/* renderTerminal */.b)(merged, { color: io.color }));
    return (0,cli_io/* exitCodeFor */.Rr)(merged);
}
/** Files as given; a glob (quoted, or on a shell that does not expand it) is expanded here. */
async function expandInputs(inputs, cwd) {
    if (inputs.length === 0) {
        throw new errors/* ConfigurationError */.j1('no shard reports given', {
            place: 'factgate merge',
            fix: 'pass every shard report, e.g. factgate merge reports/report-*.json --out report.json',
        });
    }
    const files = [];
    for (const input of inputs) {
        if (!(0,dist/* isDynamicPattern */.ey)(input)) {
            files.push(input);
            continue;
        }
        const matches = (await (0,dist/* glob */.TI)(input, { cwd, dot: false })).sort();
        if (matches.length === 0) {
            throw new errors/* ConfigurationError */.j1(`no file matches ${input}`, {
                place: 'factgate merge',
                fix: 'check the pattern and that the shard artifacts were downloaded',
            });
        }
        files.push(...matches);
    }
    return files;
}
/** As in a run: an unreadable baseline is an input problem the policy rules on, not a crash. */
async function baselineGate(path, cwd) {
    if (path === undefined)
        return { baseline: null };
    let baseline;
    try {
        baseline = await (0,drift/* loadBaselineReport */.gX)((0,external_node_path_.resolve)(cwd, path), path);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        return { baseline: null, noBaselineReason: `the baseline could not be read (${path})`, inputProblems: [`baseline: ${error.message}`] };
    }
    return { baseline };
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


/***/ }),

/***/ 64438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jE: () => (/* binding */ computeCategoryMetrics),
/* harmony export */   pH: () => (/* binding */ computeMetrics)
/* harmony export */ });
/* unused harmony exports rate, latencySummary */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15521);
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21444);


/** A rate with its counts and Wilson 95 % interval; value and interval are null over nothing. */
function rate(numerator, denominator) {
    if (denominator === 0)
        return { value: null, numerator, denominator, ci: null };
    const { lower, upper } = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .wilsonInterval */ .YV)(numerator, denominator);
    return { value: numerator / denominator, numerator, denominator, ci: { lower, upper } };
}
function tally(cases) {
    const t = {
        cases: 0, evaluated: 0, hallucinatedCases: 0, claims: 0, hallucinated: 0, covered: 0, facts: 0,
        factsEntailed: 0, supported: 0, contradicted: 0, unsupported: 0, undetermined: 0, nonClaims: 0,
        citations: 0, relevantCitations: 0, fabricated: 0, answerable: 0, answered: 0, failed: 0,
    };
    for (const c of cases) {
        if (c.status === 'not-run')
            continue;
        t.cases++;
        if (c.status === 'missing' || c.status === 'error') {
            t.failed++;
            continue;
        }
        t.evaluated++;
        if (c.hallucinated)
            t.hallucinatedCases++;
        if (c.expect === 'answer') {
            t.answerable++;
            if (c.status === 'answered')
                t.answered++;
            t.facts += c.facts.length;
            t.factsEntailed += c.facts.filter((f) => f.entailed).length;
        }
        t.nonClaims += c.nonClaims.length;
        for (const claim of c.claims) {
            t.claims++;
            t[claim.verdict]++;
            if (claim.hallucinated)
                t.hallucinated++;
            if (claim.citationCovered)
                t.covered++;
            for (const check of claim.citationChecks) {
                t.citations++;
                if (check.relevant)
                    t.relevantCitations++;
                if (!check.known)
                    t.fabricated++;
            }
        }
    }
    return t;
}
/** The metrics of DESIGN.md, computed from case results only, so merged shards agree. */
function computeMetrics(cases) {
    const t = tally(cases);
    return {
        hallucinationRate: rate(t.hallucinated, t.claims),
        caseHallucinationRate: rate(t.hallucinatedCases, t.evaluated),
        citationCoverage: rate(t.covered, t.claims),
        citationPrecision: rate(t.relevantCitations, t.citations),
        factRecall: rate(t.factsEntailed, t.facts),
        undeterminedRate: rate(t.undetermined, t.claims),
        answerRate: rate(t.answered, t.answerable),
        errorRate: rate(t.failed, t.cases),
        fabricatedCitationRate: rate(t.fabricated, t.citations),
        latency: latencySummary(cases),
        counts: {
            cases: t.cases,
            claims: t.claims,
            supported: t.supported,
            contradicted: t.contradicted,
            unsupported: t.unsupported,
            undetermined: t.undetermined,
            nonClaims: t.nonClaims,
            citations: t.citations,
            fabricatedCitations: t.fabricated,
        },
    };
}
function computeCategoryMetrics(cases) {
    const groups = new Map();
    for (const c of cases) {
        const list = groups.get(c.category) ?? [];
        list.push(c);
        groups.set(c.category, list);
    }
    return [...groups.keys()].sort().map((category) => {
        const t = tally(groups.get(category));
        return {
            category,
            cases: t.cases,
            hallucinationRate: rate(t.hallucinated, t.claims),
            caseHallucinationRate: rate(t.hallucinatedCases, t.evaluated),
            citationCoverage: rate(t.covered, t.claims),
            factRecall: rate(t.factsEntailed, t.facts),
        };
    });
}
/** Latency percentiles over responses that report one (simple-statistics' quantile definition). */
function latencySummary(cases) {
    const values = cases
        .map((c) => c.latencyMs)
        .filter((v) => v !== null && Number.isFinite(v))
        .sort((a, b) => a - b);
    if (values.length === 0)
        return null;
    return {
        count: values.length,
        p50: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(values, 0.5),
        p95: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(values, 0.95),
        p99: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(values, 0.99),
    };
}


/***/ }),

/***/ 62569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rJ: () => (/* binding */ NO_BASELINE_REASON),
  wI: () => (/* binding */ judgeReport)
});

// UNUSED EXPORTS: gateInputFromReport

// EXTERNAL MODULE: ./.build/src/drift/index.js + 8 modules
var src_drift = __webpack_require__(5492);
// EXTERNAL MODULE: ./.build/src/policy/keys.js
var keys = __webpack_require__(68384);
;// CONCATENATED MODULE: ./.build/src/policy/evaluate-policy.js

function formatThreshold(rule, value) {
    if (value === null)
        return 'n/a';
    return keys/* THRESHOLD_KEYS */.Hj[rule].kind === 'ms' ? `${Math.round(value)} ms` : formatPercent(value);
}
function formatPercent(value) {
    if (value === null)
        return 'n/a';
    const pct = value * 100;
    const digits = pct !== 0 && Math.abs(pct) < 10 ? 2 : 1;
    return `${pct.toFixed(digits)}%`;
}
function rateThresholdValues(input) {
    const m = input.metrics;
    const cov = input.coverage;
    return {
        maxHallucinationRate: { value: m.hallucinationRate.value, rate: m.hallucinationRate, measured: true },
        maxCaseHallucinationRate: { value: m.caseHallucinationRate.value, rate: m.caseHallucinationRate, measured: true },
        minCitationCoverage: { value: m.citationCoverage.value, rate: m.citationCoverage, measured: true },
        minCitationPrecision: { value: m.citationPrecision.value, rate: m.citationPrecision, measured: true },
        minFactRecall: { value: m.factRecall.value, rate: m.factRecall, measured: true },
        maxUndeterminedRate: { value: m.undeterminedRate.value, rate: m.undeterminedRate, measured: true },
        maxErrorRate: { value: m.errorRate.value, rate: m.errorRate, measured: true },
        maxLatencyP95Ms: { value: m.latency?.p95 ?? null, measured: m.latency !== null },
        minLineCoverage: { value: cov?.lines.rate ?? null, measured: cov !== null },
        minBranchCoverage: { value: cov?.branches.rate ?? null, measured: cov !== null },
        minPatchCoverage: { value: cov?.patch?.rate ?? null, measured: cov?.patch != null },
        maxLineCoverageDrop: { value: lineCoverageDrop(input.drift), measured: lineCoverageDrop(input.drift) !== null },
    };
}
/** The baseline-to-head drop in line coverage, from the drift findings (positive = worse). */
function lineCoverageDrop(drift) {
    const finding = drift?.findings.find((f) => f.metric === 'lineCoverage' && f.scope === 'overall');
    if (!finding || finding.effect === null)
        return null;
    return -finding.effect;
}
function push(verdict, action, breach) {
    if (action === 'ignore')
        return;
    (action === 'fail' ? verdict.breaches : verdict.warnings).push({ ...breach, severity: action });
}
/**
 * Applies a policy to measured results. Every breach says what was measured and what
 * was allowed; a threshold that could not be checked is a note, or a breach when the
 * thing it needs was configured but could not be measured (the gate fails closed).
 */
function evaluatePolicy(input, policy) {
    const verdict = { status: 'pass', breaches: [], warnings: [], notes: [], override: null };
    const values = rateThresholdValues(input);
    for (const rule of Object.keys(keys/* THRESHOLD_KEYS */.Hj)) {
        const threshold = policy.thresholds[rule];
        if (threshold === null)
            continue;
        const spec = keys/* THRESHOLD_KEYS */.Hj[rule];
        const { value, rate, measured } = values[rule];
        if (!measured) {
            verdict.notes.push(`${spec.key}: not checked, ${notMeasuredReason(rule)}.`);
            continue;
        }
        if (value === null) {
            push(verdict, 'fail', {
                rule: spec.key,
                actual: null,
                threshold,
                message: `${spec.label} could not be measured (nothing to count), so ${spec.key} ${formatThreshold(rule, threshold)} cannot be shown.`,
            });
            continue;
        }
        const breached = spec.bound === 'max' ? value > threshold : value < threshold;
        if (!breached)
            continue;
        const counts = rate ? ` (${rate.numerator}/${rate.denominator})` : '';
        push(verdict, 'fail', {
            rule: spec.key,
            actual: value,
            threshold,
            message: `${spec.label} ${formatThreshold(rule, value)}${counts} is ${spec.bound === 'max' ? 'above the maximum' : 'below the minimum'} of ${formatThreshold(rule, threshold)}.`,
        });
    }
    const { missing, unknown } = input.responses;
    const errored = input.metrics.errorRate.numerator - missing.length;
    if (missing.length > 0) {
        push(verdict, policy.missingResponses, {
            rule: 'missing-responses',
            actual: missing.length,
            threshold: 0,
            message: `${missing.length} case${plural(missing.length)} had no response: ${listIds(missing)}.`,
        });
    }
    if (errored > 0) {
        push(verdict, policy.missingResponses, {
            rule: 'missing-responses',
            actual: errored,
            threshold: 0,
            message: `${errored} case${plural(errored)} failed in the application (see each case's error).`,
        });
    }
    if (unknown.length > 0) {
        push(verdict, policy.unknownResponses, {
            rule: 'unknown-responses',
            actual: unknown.length,
            threshold: 0,
            message: `${unknown.length} response${plural(unknown.length)} had an id that is not in the golden set: ${listIds(unknown)}.`,
        });
    }
    for (const problem of input.inputProblems) {
        push(verdict, policy.missingInputs, { rule: 'missing-inputs', actual: null, threshold: null, message: problem });
    }
    for (const item of input.uncertified) {
        push(verdict, policy.certification, { rule: 'certification', actual: null, threshold: null, message: item.message });
    }
    for (const finding of input.drift?.findings ?? []) {
        if (finding.direction !== 'regression' || !finding.significant)
            continue;
        const { rule, action } = driftRule(finding, policy);
        push(verdict, action, { rule, actual: finding.effect, threshold: policy.minEffect, message: finding.explanation });
    }
    if (input.drift && input.drift.status !== 'compared' && input.drift.reason) {
        verdict.notes.push(`drift: ${input.drift.reason}`);
    }
    if (input.partial) {
        verdict.status = 'error';
        verdict.breaches.push({
            rule: 'partial-report',
            severity: 'fail',
            actual: null,
            threshold: null,
            message: `This report is partial (${input.partialReason ?? 'not every case was run'}); only a complete run can pass the gate.`,
        });
    }
    else if (input.metrics.counts.cases === 0) {
        verdict.status = 'error';
    }
    else if (verdict.breaches.length > 0) {
        verdict.status = 'fail';
    }
    return verdict;
}
/**
 * Judge-score and latency drift have their own keys; a descriptive finding (one the
 * drift section did not correct with the gating tests) never fails the gate.
 */
function driftRule(finding, policy) {
    const own = finding.metric === 'judgeScore' ? { rule: keys/* OPTION_KEYS */.XJ.judgeScoreDrift, action: policy.judgeScoreDrift } :
        finding.metric === 'latencyP95Ms' ? { rule: keys/* OPTION_KEYS */.XJ.latencyDrift, action: policy.latencyDrift } :
            { rule: 'regression', action: policy.regression };
    return finding.role === 'descriptive' && own.action === 'fail' ? { ...own, action: 'warn' } : own;
}
function notMeasuredReason(rule) {
    switch (rule) {
        case 'minLineCoverage':
        case 'minBranchCoverage':
            return 'no coverage report is configured';
        case 'minPatchCoverage':
            return 'no patch (diff) coverage was computed';
        case 'maxLineCoverageDrop':
            return 'no baseline coverage to compare with';
        case 'maxLatencyP95Ms':
            return 'the responses carry no latencies';
        default:
            return 'it was not measured';
    }
}
function plural(n) {
    return n === 1 ? '' : 's';
}
function listIds(ids, max = 10) {
    const shown = ids.slice(0, max).join(', ');
    return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

;// CONCATENATED MODULE: ./.build/src/pipeline/judge-report.js
/**
 * The tail every report goes through, a fresh run's and merged shards' alike: drift
 * against the baseline, then the policy's verdict. Written once, so a merged run is
 * judged exactly as the unsharded run would be.
 */


/** Same words for a run and a merge without a baseline, so both reports agree. */
const NO_BASELINE_REASON = 'no baseline report was configured (first run, or --baseline not set)';
function judgeReport(unjudged, inputs) {
    const drift = inputs.driftSkipped !== undefined
        ? (0,src_drift/* skippedDrift */._N)(inputs.driftSkipped)
        : (0,src_drift/* compareWithBaseline */.$_)(unjudged, inputs.baseline, { ...(0,src_drift/* driftOptions */.Q_)(unjudged.policy), noBaselineReason: inputs.noBaselineReason ?? NO_BASELINE_REASON });
    const uncertified = (0,src_drift/* uncertifiedThresholds */.dD)(unjudged.metrics, unjudged.policy.thresholds, unjudged.policy.certificationBound);
    const verdict = evaluatePolicy(gateInputFromReport({ ...unjudged, drift }, { inputProblems: [...(inputs.inputProblems ?? [])], uncertified }), unjudged.policy);
    return { ...unjudged, drift, verdict };
}
/** The policy's view of a report. */
function gateInputFromReport(report, extra = {}) {
    return {
        metrics: report.metrics,
        coverage: report.coverage,
        drift: report.drift,
        responses: report.responses,
        partial: report.run.partial,
        partialReason: report.run.partialReason,
        inputProblems: extra.inputProblems ?? [],
        uncertified: extra.uncertified ?? [],
    };
}


/***/ }),

/***/ 70304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* harmony import */ var _report_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72329);
/* harmony import */ var _report_html_render_html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88583);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14873);
/* harmony import */ var _shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23784);




/** Writes the report files the settings ask for (CLI and Action alike), each to a temporary name first, so a crash never leaves half a report. */
async function writeOutputs(report, jsonPath, mdPath, baseline = null, htmlPath = null) {
    if (jsonPath)
        await (0,_shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomically */ .ti)(jsonPath, report);
    if (mdPath)
        await (0,_shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTextAtomically */ .Ez)(mdPath, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownFitted */ .kB)(report, { limit: _report_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_SUMMARY_LIMIT */ .zS, baseline }).markdown);
    // Written in pieces: a page of 100,000 cases never becomes one string.
    if (htmlPath)
        await (0,_shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__/* .writePiecesAtomically */ .g3)(htmlPath, (0,_report_html_render_html_js__WEBPACK_IMPORTED_MODULE_1__/* .renderHtmlPieces */ .fM)(report, { baseline }));
}


/***/ }),

/***/ 3228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97606);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96747);


const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
/** The verdict and its reasons for a terminal or a CI log; untrusted text is made log-safe. */
function renderTerminal(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
    const safe = (text) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogText */ .dD)(text.replace(/\s+/g, ' ').slice(0, 300));
    const lines = [];
    const v = report.verdict;
    const color = v.status === 'pass' ? 'green' : v.status === 'overridden' ? 'yellow' : 'red';
    lines.push(paint('bold', paint(color, `factgate: ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_WORDS */ ._G[v.status]}`)) + ` (policy ${report.policy.name}, ${report.metrics.counts.cases} cases, ${report.metrics.counts.claims} claims)`);
    for (const breach of v.breaches)
        lines.push(`  ${paint('red', '✗')} ${breach.rule}: ${safe(breach.message)}`);
    for (const warning of v.warnings)
        lines.push(`  ${paint('yellow', '!')} ${warning.rule}: ${safe(warning.message)}`);
    lines.push('');
    for (const row of (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineRows */ .yY)(report)) {
        const status = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleStatus */ .Rg)(report, row.rule);
        const mark = status === 'fail' ? paint('red', '✗') : status === 'warn' ? paint('yellow', '!') : ' ';
        const threshold = row.threshold === null ? '' : paint('dim', `  (${row.rule.startsWith('max') ? 'max' : 'min'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(row.threshold)})`);
        lines.push(`${mark} ${row.label.padEnd(28)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .rateText */ .cf)(row.rate)}${threshold}`);
    }
    if (report.coverage) {
        const c = report.coverage;
        lines.push(`  ${'Line coverage'.padEnd(28)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(c.lines.rate)} (${c.lines.covered}/${c.lines.total})`);
        if (c.patch)
            lines.push(`  ${'Patch coverage'.padEnd(28)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(c.patch.rate)} (${c.patch.covered}/${c.patch.total})`);
    }
    if (report.categories.length > 1) {
        lines.push('', paint('bold', 'By category'));
        for (const cat of report.categories) {
            lines.push(`  ${safe(cat.category).padEnd(20)} hallucination ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(cat.hallucinationRate.value).padStart(7)}  citation coverage ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(cat.citationCoverage.value).padStart(7)}  (${cat.cases} cases)`);
        }
    }
    if (report.drift && report.drift.status === 'compared') {
        const d = report.drift;
        const significant = d.findings.filter((f) => f.significant);
        lines.push('', paint('bold', `Against the baseline (${d.cases.compared} unchanged cases compared; ${d.cases.added.length} added, ${d.cases.removed.length} removed, ${d.cases.changed.length} changed)`));
        if (significant.length === 0)
            lines.push('  no significant change');
        for (const f of significant) {
            const mark = f.direction === 'regression' ? paint('red', '▼') : paint('green', '▲');
            lines.push(`  ${mark} ${safe(f.explanation)}`);
        }
    }
    const failing = report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
    if (failing.length > 0) {
        const max = options.maxCases ?? 10;
        lines.push('', paint('bold', `Cases to look at (${failing.length})`));
        for (const c of failing.slice(0, max)) {
            const why = c.status === 'error' ? `error: ${c.error ?? ''}` : c.status === 'missing' ? 'no response' : c.hallucinationReasons[0] ?? '';
            lines.push(`  ${safe(c.id)} [${safe(c.category)}]: ${safe(why)}`);
        }
        if (failing.length > max)
            lines.push(paint('dim', `  … and ${failing.length - max} more in the report`));
    }
    for (const note of v.notes)
        lines.push(paint('dim', `note: ${safe(note)}`));
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 67176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ shardOfEach),
/* harmony export */   Xm: () => (/* binding */ selectShard),
/* harmony export */   d7: () => (/* binding */ parseShardSpec)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, shardIds, formatShard */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71958);


/** Most shards a run may be split into; far beyond any Actions matrix (256 jobs). */
const MAX_SHARDS = 1024;
function parseShardSpec(text, where) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const fail = (message) => {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(message, {
            ...where,
            fix: 'write the shard as INDEX/TOTAL with 1 <= INDEX <= TOTAL, e.g. 3/8 (in a matrix: ${{ matrix.shard }}/8)',
        });
    };
    if (!match)
        return fail(`${JSON.stringify(text)} is not a shard`);
    const index = Number(match[1]);
    const total = Number(match[2]);
    if (total < 1)
        return fail(`shard ${text.trim()}: the total must be at least 1`);
    if (total > MAX_SHARDS)
        return fail(`shard ${text.trim()}: the total may be at most ${MAX_SHARDS}`);
    if (index < 1 || index > total)
        return fail(`shard ${text.trim()}: the index must be between 1 and ${total}`);
    return { index, total };
}
/**
 * The cases of one shard, in their original order.
 *
 * Cases are ordered by sha256 of their id and dealt round-robin, so shard sizes differ
 * by at most one and membership depends only on the set of ids (not file order, not
 * the machine). Taking sha256(id) mod N alone would be deterministic but not balanced:
 * shard sizes would follow a multinomial spread (about ±sqrt(n/N)), so one shard of a
 * matrix could get markedly more work than another.
 */
function selectShard(cases, spec) {
    const chosen = new Set(shardIds(cases.map((c) => c.id), spec));
    return cases.filter((c) => chosen.has(c.id));
}
/** The ids in shard `spec`, in hash order. */
function shardIds(ids, spec) {
    const ordered = hashOrder(ids);
    const out = [];
    for (let i = spec.index - 1; i < ordered.length; i += spec.total)
        out.push(ordered[i]);
    return out;
}
/** The 1-based shard of every id when split into `total` shards (one hashing pass for all). */
function shardOfEach(ids, total) {
    const shardOf = new Map();
    hashOrder(ids).forEach((id, position) => shardOf.set(id, (position % total) + 1));
    return shardOf;
}
function hashOrder(ids) {
    const keyed = ids.map((id) => ({ id, key: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(id, 'utf8').digest('hex') }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return keyed.map((k) => k.id);
}
function formatShard(spec) {
    return `${spec.index}/${spec.total}`;
}


/***/ })

};
