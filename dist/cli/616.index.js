export const id = 616;
export const ids = [616];
export const modules = {

/***/ 64438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jE: () => (/* binding */ computeCategoryMetrics),
/* harmony export */   pH: () => (/* binding */ computeMetrics)
/* harmony export */ });
/* unused harmony exports rate, latencySummary */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15521);
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21444);
/* harmony import */ var _retrieval_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72851);



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
        contextCases: 0, contextClaims: 0, faithful: 0, bothClaims: 0, sourceSupported: 0, ungrounded: 0, recallItems: 0,
        recallFound: 0, passages: 0, usefulPassages: 0, topPassages: 0, usefulTopPassages: 0, averagePrecisionSum: 0,
        averagePrecisionCases: 0,
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
        tallyRetrieval(t, c);
        for (const claim of c.claims) {
            t.claims++;
            t[claim.verdict]++;
            if (claim.hallucinated)
                t.hallucinated++;
            if (claim.citationCovered)
                t.covered++;
            if (claim.contextsVerdict !== null) {
                t.contextClaims++;
                if (claim.contextsVerdict === 'supported')
                    t.faithful++;
                if (claim.sourcesVerdict !== null) {
                    t.bothClaims++;
                    if (claim.sourcesVerdict === 'supported')
                        t.sourceSupported++;
                    if (claim.ungroundedButTrue)
                        t.ungrounded++;
                }
            }
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
/** Context recall and precision from each case's retrieval section. */
function tallyRetrieval(t, c) {
    const r = c.retrieval;
    if (r === null)
        return;
    t.contextCases++;
    for (const item of r.recall?.items ?? []) {
        t.recallItems++;
        if (item.found)
            t.recallFound++;
    }
    for (const context of r.contexts) {
        t.passages++;
        if (context.useful)
            t.usefulPassages++;
        if (context.rank <= _retrieval_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_PRECISION_K */ .DB) {
            t.topPassages++;
            if (context.useful)
                t.usefulTopPassages++;
        }
    }
    if (r.averagePrecision !== null) {
        t.averagePrecisionSum += r.averagePrecision;
        t.averagePrecisionCases++;
    }
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
        faithfulness: rate(t.faithful, t.contextClaims),
        sourceSupport: rate(t.sourceSupported, t.bothClaims),
        ungroundedButTrueRate: rate(t.ungrounded, t.bothClaims),
        contextRecall: rate(t.recallFound, t.recallItems),
        contextPrecision: rate(t.usefulPassages, t.passages),
        contextPrecisionAtK: { ...rate(t.usefulTopPassages, t.topPassages), k: _retrieval_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTEXT_PRECISION_K */ .DB },
        meanAveragePrecision: {
            value: t.averagePrecisionCases === 0 ? null : t.averagePrecisionSum / t.averagePrecisionCases,
            cases: t.averagePrecisionCases,
        },
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
            contextCases: t.contextCases,
            contexts: t.passages,
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
            faithfulness: rate(t.faithful, t.contextClaims),
            contextRecall: rate(t.recallFound, t.recallItems),
            contextPrecision: rate(t.usefulPassages, t.passages),
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
// EXTERNAL MODULE: ./.build/src/report/format.js
var format = __webpack_require__(96747);
// EXTERNAL MODULE: ./.build/src/policy/keys.js
var keys = __webpack_require__(68384);
;// CONCATENATED MODULE: ./.build/src/policy/evaluate-policy.js


function formatThreshold(rule, value) {
    if (value === null)
        return 'n/a';
    return keys/* THRESHOLD_KEYS */.Hj[rule].kind === 'ms' ? `${Math.round(value)} ms` : (0,format/* percent */.KN)(value);
}
/** The measured value and the threshold, worded so that they differ ("2.04%" above "2.00%", not "2.0%" above "2.0%"). */
function valueAgainstThreshold(rule, value, threshold) {
    if (keys/* THRESHOLD_KEYS */.Hj[rule].kind === 'ms')
        return [formatThreshold(rule, value), formatThreshold(rule, threshold)];
    return (0,format/* percentPair */.oi)(value, threshold);
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
        // Set only by a custom policy: an app that returns no contexts cannot show them, and fails.
        minFaithfulness: { value: m.faithfulness.value, rate: m.faithfulness, measured: true },
        minContextRecall: { value: m.contextRecall.value, rate: m.contextRecall, measured: true },
        minContextPrecision: { value: m.contextPrecision.value, rate: m.contextPrecision, measured: true },
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
/** Thresholds on what the app retrieved. */
const CONTEXT_RULES = new Set(['minFaithfulness', 'minContextRecall', 'minContextPrecision']);
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
            verdict.notes.push(`${spec.key}: not checked, ${notMeasuredReason(rule, input)}.`);
            continue;
        }
        if (value === null) {
            const why = CONTEXT_RULES.has(rule) && input.metrics.counts.contextCases === 0 ? 'no response carried contexts' : 'nothing to count';
            push(verdict, 'fail', {
                rule: spec.key,
                actual: null,
                threshold,
                message: `${spec.label} could not be measured (${why}), so ${spec.key} ${formatThreshold(rule, threshold)} cannot be shown.`,
            });
            continue;
        }
        const breached = spec.bound === 'max' ? value > threshold : value < threshold;
        if (!breached)
            continue;
        const counts = rate ? ` (${(0,format/* count */.U9)(rate.numerator)}/${(0,format/* count */.U9)(rate.denominator)})` : '';
        const [shown, limit] = valueAgainstThreshold(rule, value, threshold);
        push(verdict, 'fail', {
            rule: spec.key,
            actual: value,
            threshold,
            message: `${spec.label} ${shown}${counts} is ${spec.bound === 'max' ? 'above the maximum' : 'below the minimum'} of ${limit}.`,
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
            message: `${errored} case${plural(errored)} failed in the application or ran out of judging time (see each case's error).`,
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
function notMeasuredReason(rule, input) {
    switch (rule) {
        case 'minLineCoverage':
        case 'minBranchCoverage':
            // A configured report that could not be read is already a missing input; say so, not "none configured".
            return input.inputProblems.some((problem) => problem.startsWith('coverage:'))
                ? 'the coverage report could not be read (see missing-inputs)'
                : 'no coverage report is configured';
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
/* harmony export */   Kn: () => (/* binding */ writeOutputs),
/* harmony export */   MD: () => (/* binding */ writtenPaths),
/* harmony export */   WT: () => (/* binding */ reportOnStandardOutput),
/* harmony export */   oO: () => (/* binding */ outputTargets)
/* harmony export */ });
/* harmony import */ var _report_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72329);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14873);
/* harmony import */ var _shared_output_targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38727);
/* harmony import */ var _shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23784);




/** The report outputs a run writes, by the setting that names each: checked before any work. */
function outputTargets(files) {
    return [
        ...(files.json ? [{ setting: files.jsonSetting ?? 'report-json', path: files.json }] : []),
        ...(files.md ? [{ setting: 'report-md', path: files.md }] : []),
        ...(files.html ? [{ setting: 'report-html', path: files.html }] : []),
        ...(files.junit ? [{ setting: 'report-junit', path: files.junit }] : []),
    ];
}
/**
 * Writes every report file or none (CLI and Action alike), each under a temporary name
 * first, so a crash never leaves half a report; outputs to standard output go to `stdout`.
 */
async function writeOutputs(report, files, stdout, baseline = null) {
    // Loaded only when asked for: a run without the page or JUnit never parses their code.
    const { renderHtmlPieces } = files.html ? await __webpack_require__.e(/* import() */ 583).then(__webpack_require__.bind(__webpack_require__, 88583)) : { renderHtmlPieces: null };
    const { renderJunit } = files.junit ? await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 17954)) : { renderJunit: null };
    const outputs = outputTargets(files).map((target) => ({
        ...target,
        content: target.setting === 'report-md'
            ? { text: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMarkdownFitted */ .kB)(report, { limit: _report_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_SUMMARY_LIMIT */ .zS, baseline }).markdown }
            : target.setting === 'report-html'
                ? { pieces: () => renderHtmlPieces(report, { baseline }) }
                : target.setting === 'report-junit'
                    ? { text: renderJunit(report) }
                    : { json: report },
    }));
    await (0,_shared_write_atomically_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAllOrNone */ .u0)(outputs, stdout);
}
/** The report files written, as the terminal names them on its last line (standard output is not a file). */
function writtenPaths(files) {
    return outputTargets(files)
        .map((target) => target.path)
        .filter((path) => !(0,_shared_output_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .isStandardOutput */ .H)(path));
}
/** A report goes to standard output: the verdict then goes to stderr, so stdout stays one document. */
function reportOnStandardOutput(files) {
    return outputTargets(files).some((target) => (0,_shared_output_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .isStandardOutput */ .H)(target.path));
}


/***/ }),

/***/ 3228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bF: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* unused harmony exports visibleLength, wrap */
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97606);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96747);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72833);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45638);





/** Failing claims shown under each listed case; the rest are in the report. */
const MAX_CLAIMS_PER_CASE = 3;
const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
const MIN_WIDTH = 40;
/**
 * The verdict and its reasons for a terminal or a CI log, wrapped to the width at word
 * boundaries (a number is never split), each regression printed once, ending with the
 * verdict line and the reports written. Untrusted text is made log-safe.
 */
function renderTerminal(report, options) {
    const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? 80));
    const paint = (code, text) => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
    const safe = (text, max = 300) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogText */ .dD)(Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, max).join(''));
    const out = [];
    /** Adds `text` wrapped to the width: `first` before the first line, continuation lines indented to match. */
    const say = (first, text, style) => {
        const lines = wrap(text, width - visibleLength(first));
        const pad = ' '.repeat(visibleLength(first));
        lines.forEach((line, i) => out.push(`${i === 0 ? first : pad}${style ? paint(style, line) : line}`));
    };
    const v = report.verdict;
    const color = v.status === 'pass' ? 'green' : v.status === 'overridden' ? 'yellow' : 'red';
    const figures = (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .baselineFigures */ .Zl)(report);
    const verdictLine = `factgate: ${_format_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_WORDS */ ._G[v.status]}`;
    say(paint('bold', paint(color, verdictLine)) + ' — ', safe((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .summarySentence */ .qv)(report, figures)));
    // Rules: a regression is named here and explained once, under "Against the baseline".
    const regressions = new Set(report.drift?.findings.filter((f) => f.significant).map((f) => f.explanation) ?? []);
    const drift = [...v.breaches, ...v.warnings].filter((b) => regressions.has(b.message));
    for (const [list, mark, style] of [[v.breaches, '✗', 'red'], [v.warnings, '!', 'yellow']]) {
        const byRule = new Map();
        for (const b of list)
            if (!regressions.has(b.message))
                byRule.set(b.rule, [...(byRule.get(b.rule) ?? []), b.message]);
        for (const [rule, messages] of byRule) {
            const more = messages.length > 1 ? ` (and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(messages.length - 1)} more in the report)` : '';
            say(`  ${paint(style, mark)} `, `${rule}: ${safe(messages[0] ?? '')}${more}`);
        }
    }
    if (drift.length > 0)
        say(`  ${paint('red', '✗')} `, `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(drift.length, 'significant regression')} against the baseline, below`);
    out.push('');
    for (const row of (0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .metricRows */ .IN)(report, figures)) {
        const mark = row.status === 'fail' ? paint('red', '✗') : row.status === 'warn' ? paint('yellow', '!') : ' ';
        const counts = row.counts ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(row.counts.numerator)}/${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(row.counts.denominator)})` : '';
        const extra = [row.threshold ? `${row.threshold.bound} ${(0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .thresholdText */ .HA)(row).slice(2)}` : null, row.change !== null ? `${(0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .changeText */ .k0)(row)} vs baseline` : null].filter(Boolean).join(', ');
        say(`${mark} ${row.label.padEnd(Math.min(30, width - 30))} `, `${(0,_rows_js__WEBPACK_IMPORTED_MODULE_2__/* .valueText */ .Ru)(row)}${counts}${extra ? ` ${paint('dim', `(${extra})`)}` : ''}`);
    }
    const map = report.metrics.meanAveragePrecision;
    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .hasContexts */ .BX)(report) && map.value !== null) {
        say(`  ${'Mean average precision'.padEnd(Math.min(30, width - 30))} `, `${map.value.toFixed(3)} (mean over ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(map.cases, 'case')})`);
    }
    if (report.categories.length > 1) {
        out.push('');
        const retrieval = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .hasContexts */ .BX)(report);
        say('', `By category (hallucination rate, citation coverage${retrieval ? ', faithfulness, context recall, context precision' : ''})`, 'bold');
        const worst = [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
        for (const cat of worst.slice(0, 20)) {
            const contexts = retrieval ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(cat.faithfulness.value)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(cat.contextRecall.value)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(cat.contextPrecision.value)}` : '';
            say('  ', `${safe(cat.category, 40)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(cat.hallucinationRate.value)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(cat.citationCoverage.value)}${contexts} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(cat.cases, 'case')})`);
        }
        if (worst.length > 20)
            out.push(paint('dim', `  … ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(worst.length - 20)} more categories in the report`));
    }
    if (report.drift?.status === 'compared') {
        const d = report.drift;
        const significant = d.findings.filter((f) => f.significant && f.direction === 'regression');
        out.push('');
        say('', `Against the baseline: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(d.cases.compared, 'unchanged case')} compared`, 'bold');
        if (significant.length === 0)
            out.push('  no significant regression');
        for (const f of significant.slice(0, 20)) {
            const gate = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .findingGate */ .hM)(report, f);
            const mark = gate === 'fail' ? paint('red', '✗') : gate === 'warn' ? paint('yellow', '!') : ' ';
            say(`  ${mark} `, `${safe((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .findingPlainWords */ .hj)(f), 400)}${gate === 'fail' ? ' (fails the gate)' : gate === 'warn' ? ' (warns)' : ''}`);
        }
        if (significant.length > 20)
            out.push(paint('dim', `  … ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(significant.length - 20)} more in the report`));
    }
    else if (report.drift?.reason) {
        out.push('');
        say('', `Against the baseline: not compared (${safe(report.drift.reason)})`, 'dim');
    }
    const failing = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .failingCases */ .wb)(report);
    if (failing.length > 0) {
        const max = options.maxCases ?? 10;
        out.push('');
        say('', `Cases to look at (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(failing.length)}, worst first)`, 'bold');
        const errors = new Set();
        let listed = 0;
        for (const f of failing) {
            if (listed >= max)
                break;
            const c = f.case;
            if (f.kind === 'error') {
                const first = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .errorHeadline */ .rP)(c.error ?? 'unknown error');
                if (errors.has(first))
                    continue;
                errors.add(first);
                const same = failing.filter((g) => g.kind === 'error' && (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .errorHeadline */ .rP)(g.case.error ?? 'unknown error') === first).length;
                say('  ', `${same > 1 ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(same)} cases` : safe(c.id, 80)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .failedAt */ .JG)(c.error)}: ${safe(first, 200)}`);
            }
            else if (f.kind === 'missing') {
                say('  ', `${safe(c.id, 80)}: no response`);
            }
            else {
                const worst = c.claims.find((cl) => cl.verdict === 'contradicted') ?? c.claims.find((cl) => cl.hallucinated);
                const why = worst ? `${worst.verdict}: "${worst.text}" (${worst.reason})` : (c.hallucinationReasons[0] ?? 'hallucinated');
                say('  ', `${safe(c.id, 80)} [${safe(c.category, 40)}] ${safe(why, 240)}`);
                // The other failing claims, so the reader sees what was said without opening the report.
                const others = c.claims.filter((claim) => claim.hallucinated && claim !== worst);
                for (const claim of others.slice(0, MAX_CLAIMS_PER_CASE - 1))
                    say(`    ${paint('red', '✗')} `, `${claim.verdict}: "${safe(claim.text, 160)}" (${safe(claim.reason, 160)})`);
                if (others.length > MAX_CLAIMS_PER_CASE - 1)
                    say('    ', `… and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(others.length - MAX_CLAIMS_PER_CASE + 1)} more claims`, 'dim');
            }
            listed++;
        }
        if (failing.length > listed)
            out.push(paint('dim', `  … and the rest in the report`));
    }
    for (const note of v.notes)
        say(paint('dim', 'note: '), safe(note), 'dim');
    out.push('');
    say(paint('bold', paint(color, verdictLine)) + ' ', `(policy ${safe(report.policy.name, 40)}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.metrics.counts.cases, 'case')}, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(report.metrics.counts.claims, 'claim')})`);
    const paths = (options.reportPaths ?? []).filter((p) => p !== '');
    if (paths.length > 0)
        say('Reports: ', paths.map((p) => safe(p, 400)).join(', '));
    return out.join('\n') + '\n';
}
/** Columns a string takes, without colour codes; wide (East Asian) characters take two. */
function visibleLength(text) {
    let width = 0;
    for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f))
            continue;
        width += isWide(cp) ? 2 : 1;
    }
    return width;
}
function isWide(cp) {
    return ((cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        (cp >= 0x1f300 && cp <= 0x1faff) ||
        (cp >= 0x20000 && cp <= 0x3fffd));
}
/** Words onto lines of at most `width` columns; a word longer than a line stays whole (never a split number or path). */
function wrap(text, width) {
    const room = Math.max(10, width);
    const lines = [];
    let line = '';
    let used = 0;
    for (const word of text.split(' ')) {
        if (word === '')
            continue;
        const w = visibleLength(word);
        if (line !== '' && used + 1 + w > room) {
            lines.push(line);
            line = '';
            used = 0;
        }
        line = line === '' ? word : `${line} ${word}`;
        used += (used === 0 ? 0 : 1) + w;
    }
    lines.push(line);
    return lines;
}


/***/ })

};
