export const id = 394;
export const ids = [394];
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
// EXTERNAL MODULE: ./.build/src/shared/output-targets.js
var output_targets = __webpack_require__(38727);
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
  --out FILE                  Write the merged report JSON here (- for standard output)
                              and print the verdict;
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
    const out = values.out === undefined ? null : outputPath(values.out, io.cwd);
    const md = values['report-md'] === undefined ? null : outputPath(values['report-md'], io.cwd);
    const html = values['report-html'] === undefined ? null : outputPath(values['report-html'], io.cwd);
    // Without --out the merged JSON is the standard output, as `--out -` is.
    const outputs = { json: out ?? '-', md, html, jsonSetting: '--out' };
    await (0,output_targets/* checkOutputTargets */.y)((0,report_files/* outputTargets */.oO)(outputs));
    const files = await expandInputs(positionals, io.cwd);
    const parts = [];
    for (const file of files)
        parts.push({ file, report: await (0,read_report/* readReportJson */.V)(file, io.cwd, 'shard report') });
    const gate = await baselineGate(values.baseline, io.cwd);
    const merged = mergeShardReports(parts, gate);
    await (0,report_files/* writeOutputs */.Kn)(merged, outputs, io.stdout, gate.baseline?.status === 'loaded' ? gate.baseline.report : null);
    if (out !== null) {
        const reportPaths = (0,report_files/* writtenPaths */.MD)(outputs);
        ((0,report_files/* reportOnStandardOutput */.WT)(outputs) ? io.stderr : io.stdout)((0,terminal/* renderTerminal */.bF)(merged, { color: io.color, reportPaths, ...(io.columns ? { width: io.columns } : {}) }));
    }
    return (0,cli_io/* exitCodeFor */.Rr)(merged);
}
function outputPath(path, cwd) {
    return (0,output_targets/* isStandardOutput */.H)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
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
    return (0,_report_validate_report_js__WEBPACK_IMPORTED_MODULE_2__.validateReport)(value, file);
}


/***/ }),

/***/ 72851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ CONTEXT_PRECISION_K),
/* harmony export */   FW: () => (/* binding */ relevantRecall),
/* harmony export */   GB: () => (/* binding */ contextRefs),
/* harmony export */   PY: () => (/* binding */ caseRetrieval),
/* harmony export */   r2: () => (/* binding */ hallucinationVerdict),
/* harmony export */   y6: () => (/* binding */ JUDGE_AGAINST)
/* harmony export */ });
/* unused harmony export averagePrecision */
/* harmony import */ var _responses_contexts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35166);

/** What the hallucination verdict judges a claim against when the app returns contexts. */
const JUDGE_AGAINST = ['both', 'sources', 'contexts'];
/** Precision@k looks at each case's top passage: is what the retriever ranks first of any use? */
const CONTEXT_PRECISION_K = 1;
/**
 * The verdict the hallucination rate uses. With both: supported when either side supports
 * the claim; otherwise a contradiction found on either side stands, then an undecided
 * side (never counted as supported), and only then "unsupported". A missing side is
 * left out whatever the setting, so a case without golden sources is judged against
 * its contexts and an app without contexts against the golden sources.
 */
function hallucinationVerdict(against, sources, contexts) {
    if (sources === null || contexts === null)
        return sources ?? contexts;
    if (against === 'sources')
        return sources;
    if (against === 'contexts')
        return contexts;
    for (const verdict of ORDER) {
        const decided = [contexts, sources].find((r) => r.verdict === verdict);
        if (decided) {
            if (verdict === 'supported')
                return decided;
            const other = decided === sources ? contexts : sources;
            return { ...decided, reason: `neither the golden sources nor the retrieved contexts support it; ${side(decided, sources)}: ${decided.reason}; ${side(other, sources)}: ${other.reason}` };
        }
    }
    return contexts;
}
const ORDER = ['supported', 'contradicted', 'undetermined', 'unsupported'];
function side(result, sources) {
    return result === sources ? 'golden sources' : 'retrieved contexts';
}
/** How a passage id is shown to the judge: its own id, unless a golden source already has it. */
function contextRefs(contexts, sourceIds) {
    return contexts.map((c) => (sourceIds.has(c.id) ? `context:${c.id}` : c.id));
}
/**
 * A case's retrieval section from what each passage alone supports. `supports[i]` holds
 * the claims and facts passage i (in the response's order) entails.
 */
function caseRetrieval(contexts, supports, recall) {
    const indexed = contexts.map((context, index) => ({ ...context, index }));
    const ranked = (0,_responses_contexts_js__WEBPACK_IMPORTED_MODULE_0__/* .rankedContexts */ .MA)(indexed).map((c, rank) => {
        const s = supports[c.index];
        return {
            id: c.id,
            rank: rank + 1,
            title: c.title ?? null,
            source: c.source ?? null,
            score: c.score ?? null,
            supportsClaims: s.claims,
            supportsFacts: s.facts,
            useful: s.claims.length > 0 || s.facts.length > 0,
        };
    });
    return { contexts: ranked, recall, averagePrecision: averagePrecision(ranked.map((c) => c.useful)) };
}
/**
 * Average precision of a ranked list of useful/not-useful passages: the mean of
 * precision@k over the ranks k of the useful ones (what RAGAS calls context precision).
 * 0 when no passage is useful; null for an empty list.
 */
function averagePrecision(useful) {
    if (useful.length === 0)
        return null;
    let hits = 0;
    let sum = 0;
    useful.forEach((u, i) => {
        if (!u)
            return;
        hits++;
        sum += hits / (i + 1);
    });
    return hits === 0 ? 0 : sum / hits;
}
/** Relevant ids found among the passages' ids and `source` fields. */
function relevantRecall(relevant, contexts) {
    return relevant.map((id) => {
        const hit = contexts.find((c) => c.source === id || c.id === id);
        return { text: id, found: hit !== undefined, contextId: hit?.id ?? null };
    });
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

/***/ 35166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ rankedContexts),
/* harmony export */   R$: () => (/* binding */ checkContexts)
/* harmony export */ });
/* unused harmony exports MAX_CONTEXTS, MAX_CONTEXT_CHARS, MAX_CONTEXTS_TOTAL_CHARS, MAX_CONTEXT_ID_CHARS, contextsParsed */
const MAX_CONTEXTS = 1000;
const MAX_CONTEXT_CHARS = 100_000;
const MAX_CONTEXTS_TOTAL_CHARS = 1_000_000;
const MAX_CONTEXT_ID_CHARS = 256;
/**
 * Checks the `contexts` of a response: a list of {id, text, title?, score?, source?},
 * ids unique, within the bounds. Messages say what is wrong and how to fix it.
 */
function checkContexts(value) {
    const fail = (error, ...at) => ({ ok: false, error, at: ['contexts', ...at] });
    if (!Array.isArray(value))
        return fail(`"contexts" is ${describe(value)}, not a list; fix: return a list of {"id", "text"} passages`);
    if (value.length > MAX_CONTEXTS) {
        return fail(`"contexts" has ${value.length} passages, more than the ${MAX_CONTEXTS} allowed; fix: return only the passages the answer was drawn from (the retriever's top k)`);
    }
    const seen = new Map();
    const contexts = [];
    let total = 0;
    for (const [i, item] of value.entries()) {
        const c = item;
        if (typeof c !== 'object' || c === null || Array.isArray(c))
            return fail(`contexts[${i}] is ${describe(item)}, not an object like {"id", "text"}; fix: write each passage as an object`, i);
        const unknown = Object.keys(c).find((key) => !KEYS.has(key));
        if (unknown !== undefined)
            return fail(`contexts[${i}] has an unknown key "${unknown}"; fix: use only ${[...KEYS].join(', ')}`, i, unknown);
        const id = typeof c.id === 'number' && Number.isFinite(c.id) ? String(c.id) : c.id;
        if (typeof id !== 'string' || id === '' || id.length > MAX_CONTEXT_ID_CHARS) {
            return fail(`contexts[${i}].id is ${describe(c.id)}; fix: give every passage an id (1 to ${MAX_CONTEXT_ID_CHARS} characters), unique in the response`, i, 'id');
        }
        const first = seen.get(id);
        if (first !== undefined)
            return fail(`contexts[${i}].id "${id}" repeats contexts[${first}].id; fix: give each passage of a response its own id (a citation must name one passage)`, i, 'id');
        seen.set(id, i);
        if (typeof c.text !== 'string' || c.text === '')
            return fail(`contexts[${i}].text is ${describe(c.text)}; fix: give the passage's text`, i, 'text');
        if (c.text.length > MAX_CONTEXT_CHARS) {
            return fail(`contexts[${i}].text has ${c.text.length} characters, more than the ${MAX_CONTEXT_CHARS} allowed for a passage; fix: return the retrieved chunk, not the whole document`, i, 'text');
        }
        total += c.text.length;
        if (total > MAX_CONTEXTS_TOTAL_CHARS) {
            return fail(`"contexts" hold more than ${MAX_CONTEXTS_TOTAL_CHARS} characters in all (at contexts[${i}]); fix: return fewer or shorter passages`, i, 'text');
        }
        const context = { id, text: c.text };
        if (c.title !== undefined && c.title !== null) {
            if (typeof c.title !== 'string' || c.title.length > 500)
                return fail(`contexts[${i}].title is ${describe(c.title)}; fix: a string of at most 500 characters`, i, 'title');
            context.title = c.title;
        }
        if (c.score !== undefined && c.score !== null) {
            if (typeof c.score !== 'number' || !Number.isFinite(c.score))
                return fail(`contexts[${i}].score is ${describe(c.score)}; fix: a finite number (higher ranks first)`, i, 'score');
            context.score = c.score;
        }
        if (c.source !== undefined && c.source !== null) {
            const source = typeof c.source === 'number' && Number.isFinite(c.source) ? String(c.source) : c.source;
            if (typeof source !== 'string' || source === '' || source.length > MAX_CONTEXT_ID_CHARS) {
                return fail(`contexts[${i}].source is ${describe(c.source)}; fix: the id of the golden-set source or document the passage came from`, i, 'source');
            }
            context.source = source;
        }
        contexts.push(context);
    }
    return { ok: true, value: contexts };
}
/** The passages in rank order: by score (highest first) when every passage has one, else as listed. */
function rankedContexts(contexts) {
    if (contexts.length === 0 || !contexts.every((c) => typeof c.score === 'number'))
        return [...contexts];
    return contexts
        .map((context, index) => ({ context, index }))
        .sort((a, b) => b.context.score - a.context.score || a.index - b.index)
        .map((entry) => entry.context);
}
/** Adapts a contexts check to the plain protocol result the providers use. */
function contextsParsed(check) {
    return check.ok ? check : { ok: false, error: check.error };
}
const KEYS = new Set(['id', 'text', 'title', 'score', 'source']);
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return value === '' ? 'empty' : `a string of ${value.length} characters`;
    return `a ${typeof value}`;
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
