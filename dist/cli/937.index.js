export const id = 937;
export const ids = [937];
export const modules = {

/***/ 55937:
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
// EXTERNAL MODULE: ./.build/src/policy/evaluate-policy.js
var evaluate_policy = __webpack_require__(790);
// EXTERNAL MODULE: ./.build/src/pipeline/run-gate.js + 4 modules
var run_gate = __webpack_require__(88742);
// EXTERNAL MODULE: ./.build/src/responses/shard.js
var shard = __webpack_require__(67176);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
;// CONCATENATED MODULE: ./.build/src/report/merge.js
/**
 * Merging shard reports (`factgate run --shard i/N`) into the report of the whole run.
 * The parts must come from the same golden set, settings, policy, commit and factgate
 * version, and hold each shard exactly once. Metrics, categories, drift and the verdict
 * are recomputed from the merged cases, so the result equals an unsharded run apart
 * from timings.
 */






function mergeReports(parts, gate = { baseline: null }) {
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
    const merged = {
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
        drift: null,
        verdict: { status: 'error', breaches: [], warnings: [], notes: [], override: null },
    };
    // Each shard compared only its own cases with the baseline: drift is computed afresh.
    merged.drift = (0,drift/* compareWithBaseline */.$_)(merged, gate.baseline, { ...(0,drift/* driftOptions */.Q_)(merged.policy), noBaselineReason: gate.noBaselineReason ?? run_gate/* NO_BASELINE_REASON */.rJ });
    merged.verdict = (0,evaluate_policy/* evaluatePolicy */.Uz)((0,run_gate/* gateInputFromReport */.ew)(merged, {
        inputProblems: gate.inputProblems ?? [],
        uncertified: (0,drift/* uncertifiedThresholds */.dD)(merged.metrics, merged.policy.thresholds, merged.policy.certificationBound),
    }), merged.policy);
    return merged;
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

// EXTERNAL MODULE: ./.build/src/report/terminal.js
var terminal = __webpack_require__(3228);
// EXTERNAL MODULE: ./.build/src/report/validate-report.js + 1 modules
var validate_report = __webpack_require__(3380);
// EXTERNAL MODULE: ./.build/src/shared/files.js
var files = __webpack_require__(88358);
// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
// EXTERNAL MODULE: ./.build/src/cli/run-command.js + 14 modules
var run_command = __webpack_require__(45453);
;// CONCATENATED MODULE: ./.build/src/cli/merge-command.js










const MERGE_USAGE = `Usage: factgate merge REPORT... [--out FILE] [--report-md FILE] [--baseline FILE]

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
  --baseline FILE             Compare the merged run with this report (drift tests).
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the reports cannot be merged.`;
async function runMergeCommand(argv, io) {
    const { values, positionals } = (0,cli_io/* parseFlags */.bQ)(argv, 'merge', {
        out: { type: 'string' },
        'report-md': { type: 'string' },
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
        parts.push({ file, report: await readReport(file, io.cwd) });
    const merged = mergeReports(parts, await baselineGate(values.baseline, io.cwd));
    const out = values.out === undefined ? null : (0,external_node_path_.resolve)(io.cwd, values.out);
    const md = values['report-md'] === undefined ? null : (0,external_node_path_.resolve)(io.cwd, values['report-md']);
    await (0,run_command.writeOutputs)(merged, out, md);
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
async function readReport(file, cwd) {
    const text = await (0,files/* readTextFile */.Gu)((0,external_node_path_.resolve)(cwd, file), drift/* MAX_BASELINE_BYTES */.Zg, 'shard report', file);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`not JSON: ${error.message}`, {
            file,
            fix: 'pass the unmodified report JSON that factgate wrote',
        });
    }
    return (0,validate_report/* validateReport */.R)(value, file);
}


/***/ })

};
