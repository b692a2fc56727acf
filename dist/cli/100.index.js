export const id = 100;
export const ids = [100];
export const modules = {

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

/***/ 72833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ thresholdText),
/* harmony export */   IN: () => (/* binding */ metricRows),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   Zl: () => (/* binding */ baselineFigures),
/* harmony export */   k0: () => (/* binding */ changeText)
/* harmony export */ });
/* unused harmony export significantRegressionOf */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96747);

/** The baseline figures to compare with: given by the caller, or recorded in the report at comparison time. */
function baselineFigures(report, given) {
    return given ?? report.drift?.baseline?.figures ?? null;
}
function metricRows(report, given) {
    const figures = baselineFigures(report, given);
    // Matched by label: a baseline without contexts has no retrieval rows.
    const baseRows = figures ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineRows */ .yY)({ ...report, metrics: figures.metrics }) : null;
    const rows = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineRows */ .yY)(report).map((row) => {
        const rules = [row.rule, ...(row.rule === 'max-error-rate' ? ['missing-responses', 'unknown-responses'] : [])];
        return build(report, {
            label: row.label,
            value: row.rate.value,
            counts: { numerator: row.rate.numerator, denominator: row.rate.denominator },
            ci: row.rate.ci,
            baseline: baseRows?.find((base) => base.label === row.label)?.rate.value ?? null,
            threshold: row.threshold === null ? null : { bound: row.lowerIsBetter ? 'max' : 'min', value: row.threshold },
            rules: rules.filter((r) => r !== null),
            driftMetric: row.driftMetric,
            lowerIsBetter: row.lowerIsBetter,
            certificationLabel: row.label,
        });
    });
    const t = report.policy.thresholds;
    const coverage = report.coverage;
    const coverageProblem = report.verdict.breaches.concat(report.verdict.warnings).some(isCoverageInputProblem);
    if (coverage || coverageProblem) {
        const base = figures?.coverage ?? null;
        const row = (label, totals, baseTotals, threshold, rules, driftMetric) => build(report, {
            label,
            value: totals?.rate ?? null,
            counts: totals ? { numerator: totals.covered, denominator: totals.total } : null,
            ci: null,
            baseline: baseTotals?.rate ?? null,
            threshold: threshold === null ? null : { bound: 'min', value: threshold },
            rules,
            driftMetric,
            lowerIsBetter: false,
            coverageRow: true,
        });
        {
            rows.push(row('Line coverage', coverage?.lines, base?.lines, t.minLineCoverage, ['min-line-coverage', 'max-line-coverage-drop'], 'lineCoverage'));
        }
        if ((coverage && coverage.branches.total > 0) || (coverage && t.minBranchCoverage !== null)) {
            rows.push(row('Branch coverage', coverage?.branches, base?.branches, t.minBranchCoverage, ['min-branch-coverage'], 'branchCoverage'));
        }
        if (coverage?.patch || (coverage && t.minPatchCoverage !== null)) {
            rows.push(row('Patch coverage (changed lines)', coverage?.patch, base?.patch, t.minPatchCoverage, ['min-patch-coverage'], 'patchCoverage'));
        }
    }
    return rows;
}
function build(report, input) {
    const v = report.verdict;
    const failing = [];
    const warning = [];
    const note = (list, rule) => void (list.includes(rule) || list.push(rule));
    const regression = significantRegressionOf(report, input.driftMetric);
    const touches = (b) => input.rules.includes(b.rule) ||
        (regression !== null && b.message === regression.explanation) ||
        (input.coverageRow === true && isCoverageInputProblem(b)) ||
        (b.rule === 'certification' && input.certificationLabel !== undefined && b.message.startsWith(`${input.certificationLabel} `));
    for (const b of v.breaches)
        if (touches(b))
            note(failing, b.rule);
    for (const b of v.warnings)
        if (touches(b))
            note(warning, b.rule);
    const waived = new Set(v.override?.waived ?? []);
    const checked = input.threshold !== null || (input.driftMetric !== null && report.drift?.status === 'compared');
    // Nothing measured and nothing failed on it: no ✅ for a figure that is not there.
    const status = failing.some((r) => !waived.has(r)) ? 'fail' : failing.length > 0 || warning.length > 0 ? 'warn' : checked && input.value !== null ? 'ok' : 'none';
    const change = input.value !== null && input.baseline !== null ? input.value - input.baseline : null;
    return {
        label: input.label,
        value: input.value,
        counts: input.counts,
        ci: input.ci,
        baseline: input.baseline,
        change,
        significantRegression: regression !== null,
        threshold: input.threshold,
        status,
        rules: [...failing, ...warning],
        lowerIsBetter: input.lowerIsBetter,
    };
}
/** The overall finding on a metric that the gate calls a significant regression. */
function significantRegressionOf(report, metric) {
    if (metric === null || report.drift?.status !== 'compared')
        return null;
    return report.drift.findings.find((f) => f.metric === metric && f.scope === 'overall' && f.significant && f.direction === 'regression') ?? null;
}
function isCoverageInputProblem(b) {
    return b.rule === 'missing-inputs' && /^coverage\b/i.test(b.message);
}
/** "≤ 2.0%" / "≥ 90.0%", with enough decimals to differ from the value when they would round alike. */
function thresholdText(row) {
    if (!row.threshold)
        return '—';
    const shown = row.value === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(row.threshold.value) : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percentPair */ .oi)(row.threshold.value, row.value)[0];
    return `${row.threshold.bound === 'max' ? '≤' : '≥'} ${shown}`;
}
function valueText(row) {
    if (row.value === null)
        return 'n/a';
    return row.threshold ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percentPair */ .oi)(row.value, row.threshold.value)[0] : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(row.value);
}
function changeText(row) {
    return row.change === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .points */ .WR)(row.change);
}


/***/ }),

/***/ 99927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ REPORT_SCHEMA_VERSION)
/* harmony export */ });
/**
 * 3: responses may carry the contexts the app retrieved. Claims record their verdicts
 * against the golden sources and against the contexts (and whether they are "ungrounded
 * but true"), cases their retrieval (passages, what each supports, context recall), and
 * the metrics gain faithfulness, context recall and context precision. A compared
 * baseline's figures are recorded (drift.baseline.figures), for comments rendered
 * without the baseline. A worker's start-up is kept apart from its first case's latency
 * (startupMs).
 */
const REPORT_SCHEMA_VERSION = 3;


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ validateReport)
});

;// CONCATENATED MODULE: ./.build/schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/report.schema.json","title":"factgate report","description":"The versioned report of one factgate run. Generated from src/report/types.ts.","$ref":"#/definitions/Report","definitions":{"Report":{"type":"object","properties":{"schemaVersion":{"type":"number","const":3},"tool":{"type":"object","properties":{"name":{"type":"string","const":"factgate"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"run":{"type":"object","properties":{"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"durationMs":{"type":"number"},"gitSha":{"type":["string","null"]},"ref":{"type":["string","null"]},"runUrl":{"type":["string","null"]},"shard":{"anyOf":[{"type":"object","properties":{"index":{"type":"number"},"total":{"type":"number"}},"required":["index","total"],"additionalProperties":false},{"type":"null"}]},"partial":{"type":"boolean","description":"True when cancelled or a shard: the verdict of a partial report is never pass."},"partialReason":{"type":["string","null"]}},"required":["startedAt","finishedAt","durationMs","gitSha","ref","runUrl","shard","partial","partialReason"],"additionalProperties":false},"goldenSet":{"type":"object","properties":{"files":{"type":"array","items":{"type":"string"}},"hash":{"type":"string"},"caseCount":{"type":"number"}},"required":["files","hash","caseCount"],"additionalProperties":false},"settings":{"type":"object","properties":{"responses":{"type":"string"},"judge":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"citationPattern":{"type":"string"},"judgeAgainst":{"type":"string","enum":["both","sources","contexts"],"description":"What the hallucination verdict judged claims against when contexts were returned."},"settingsHash":{"type":"string"}},"required":["responses","judge","citationPattern","judgeAgainst","settingsHash"],"additionalProperties":false},"policy":{"$ref":"#/definitions/ResolvedPolicy"},"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"cases":{"type":"array","items":{"$ref":"#/definitions/CaseResult"}},"responses":{"type":"object","properties":{"missing":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}}},"required":["missing","unknown"],"additionalProperties":false},"coverage":{"anyOf":[{"$ref":"#/definitions/ReportCoverage"},{"type":"null"}]},"drift":{"anyOf":[{"$ref":"#/definitions/ReportDrift"},{"type":"null"}]},"verdict":{"$ref":"#/definitions/Verdict"}},"required":["schemaVersion","tool","run","goldenSet","settings","policy","metrics","categories","cases","responses","coverage","drift","verdict"],"additionalProperties":false},"ResolvedPolicy":{"type":"object","properties":{"name":{"type":"string"},"extends":{"$ref":"#/definitions/PresetName"},"thresholds":{"$ref":"#/definitions/Thresholds"},"regression":{"$ref":"#/definitions/RuleAction","description":"A significant regression against the baseline."},"alpha":{"type":"number","description":"Significance level and minimum effect (absolute rate change) for drift findings."},"minEffect":{"type":"number"},"missingResponses":{"$ref":"#/definitions/RuleAction","description":"Golden-set cases with no response, or with an errored response."},"unknownResponses":{"$ref":"#/definitions/RuleAction","description":"Responses whose id is not in the golden set."},"missingInputs":{"$ref":"#/definitions/RuleAction","description":"A configured input (coverage report, baseline) that is missing or unreadable."},"judgeScoreDrift":{"$ref":"#/definitions/RuleAction","description":"Judge-score and latency distributions that moved towards worse (one-sided KS): warn by default, since they shift between identical runs on a loaded runner; \'fail\' makes them gating, corrected with the other regression tests."},"latencyDrift":{"$ref":"#/definitions/RuleAction"},"certification":{"$ref":"#/definitions/RuleAction","description":"The golden set is too small to demonstrate the thresholds at 95 % confidence."},"certificationBound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson) or Wilson (not a true 95 % bound near 0)."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"overrideLabel":{"type":"string"}},"required":["name","extends","thresholds","regression","alpha","minEffect","missingResponses","unknownResponses","missingInputs","judgeScoreDrift","latencyDrift","certification","certificationBound","override","overrideLabel"],"additionalProperties":false},"PresetName":{"type":"string","enum":["strict","standard","permissive"]},"Thresholds":{"type":"object","properties":{"maxHallucinationRate":{"type":["number","null"]},"maxCaseHallucinationRate":{"type":["number","null"]},"minCitationCoverage":{"type":["number","null"]},"minCitationPrecision":{"type":["number","null"]},"minFactRecall":{"type":["number","null"]},"minFaithfulness":{"type":["number","null"]},"minContextRecall":{"type":["number","null"]},"minContextPrecision":{"type":["number","null"]},"maxUndeterminedRate":{"type":["number","null"]},"maxErrorRate":{"type":["number","null"]},"maxLatencyP95Ms":{"type":["number","null"]},"minLineCoverage":{"type":["number","null"]},"minBranchCoverage":{"type":["number","null"]},"minPatchCoverage":{"type":["number","null"]},"maxLineCoverageDrop":{"type":["number","null"]}},"required":["maxHallucinationRate","maxCaseHallucinationRate","minCitationCoverage","minCitationPrecision","minFactRecall","minFaithfulness","minContextRecall","minContextPrecision","maxUndeterminedRate","maxErrorRate","maxLatencyP95Ms","minLineCoverage","minBranchCoverage","minPatchCoverage","maxLineCoverageDrop"],"additionalProperties":false,"description":"Rate thresholds are fractions in [0, 1]; null switches a threshold off."},"RuleAction":{"type":"string","enum":["fail","warn","ignore"],"description":"What happens when a rule is breached or an input is missing."},"Metrics":{"type":"object","properties":{"hallucinationRate":{"$ref":"#/definitions/Rate","description":"Hallucinated (contradicted + unsupported) claims / all claims (micro)."},"caseHallucinationRate":{"$ref":"#/definitions/Rate","description":"Cases with at least one hallucination / evaluated cases."},"citationCoverage":{"$ref":"#/definitions/Rate","description":"ALCE citation recall: claims whose cited sources together entail them / all claims."},"citationPrecision":{"$ref":"#/definitions/Rate","description":"ALCE citation precision: relevant citations / all citations."},"factRecall":{"$ref":"#/definitions/Rate","description":"Expected facts entailed by the answer / expected facts (answerable cases)."},"undeterminedRate":{"$ref":"#/definitions/Rate","description":"Claims the judge could not decide / all claims."},"answerRate":{"$ref":"#/definitions/Rate","description":"Answerable cases the app answered (did not abstain) / answerable cases."},"errorRate":{"$ref":"#/definitions/Rate","description":"Cases whose response is missing or errored / all cases."},"fabricatedCitationRate":{"$ref":"#/definitions/Rate","description":"Citations to ids the case does not have / all citations."},"faithfulness":{"$ref":"#/definitions/Rate","description":"Claims the retrieved contexts entail / claims of answers that came with contexts (RAGAS faithfulness, per claim)."},"sourceSupport":{"$ref":"#/definitions/Rate","description":"Claims the golden sources entail / claims of answers with both contexts and golden sources: faithfulness\'s companion."},"ungroundedButTrueRate":{"$ref":"#/definitions/Rate","description":"Claims the golden sources support but the retrieved contexts do not / the same claims as sourceSupport."},"contextRecall":{"$ref":"#/definitions/Rate","description":"Relevant ids, expected facts or golden sources found in the retrieved contexts / all of them (cases with contexts)."},"contextPrecision":{"$ref":"#/definitions/Rate","description":"Retrieved passages that alone entail at least one claim or expected fact / retrieved passages."},"contextPrecisionAtK":{"type":"object","additionalProperties":false,"properties":{"k":{"type":"number"},"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["ci","denominator","k","numerator","value"],"description":"The same, over each case\'s top `k` passages by score (or by order without scores)."},"meanAveragePrecision":{"type":"object","properties":{"value":{"type":["number","null"]},"cases":{"type":"number"}},"required":["value","cases"],"additionalProperties":false,"description":"Mean over cases of rank-weighted precision (average precision, RAGAS context precision); not a proportion, so no interval."},"latency":{"anyOf":[{"$ref":"#/definitions/LatencySummary"},{"type":"null"}]},"counts":{"type":"object","properties":{"cases":{"type":"number"},"claims":{"type":"number"},"supported":{"type":"number"},"contradicted":{"type":"number"},"unsupported":{"type":"number"},"undetermined":{"type":"number"},"nonClaims":{"type":"number"},"citations":{"type":"number"},"fabricatedCitations":{"type":"number"},"contextCases":{"type":"number","description":"Cases whose response carried contexts, and the passages they held."},"contexts":{"type":"number"}},"required":["cases","claims","supported","contradicted","unsupported","undetermined","nonClaims","citations","fabricatedCitations","contextCases","contexts"],"additionalProperties":false}},"required":["hallucinationRate","caseHallucinationRate","citationCoverage","citationPrecision","factRecall","undeterminedRate","answerRate","errorRate","fabricatedCitationRate","faithfulness","sourceSupport","ungroundedButTrueRate","contextRecall","contextPrecision","contextPrecisionAtK","meanAveragePrecision","latency","counts"],"additionalProperties":false},"Rate":{"type":"object","properties":{"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["value","numerator","denominator","ci"],"additionalProperties":false,"description":"A rate with everything needed to trace and trust it."},"LatencySummary":{"type":"object","properties":{"count":{"type":"number"},"p50":{"type":"number"},"p95":{"type":"number"},"p99":{"type":"number"}},"required":["count","p50","p95","p99"],"additionalProperties":false},"CategoryMetrics":{"type":"object","properties":{"category":{"type":"string"},"cases":{"type":"number"},"hallucinationRate":{"$ref":"#/definitions/Rate"},"caseHallucinationRate":{"$ref":"#/definitions/Rate"},"citationCoverage":{"$ref":"#/definitions/Rate"},"factRecall":{"$ref":"#/definitions/Rate"},"faithfulness":{"$ref":"#/definitions/Rate"},"contextRecall":{"$ref":"#/definitions/Rate"},"contextPrecision":{"$ref":"#/definitions/Rate"}},"required":["category","cases","hallucinationRate","caseHallucinationRate","citationCoverage","factRecall","faithfulness","contextRecall","contextPrecision"],"additionalProperties":false},"CaseResult":{"type":"object","properties":{"id":{"type":"string"},"category":{"type":"string"},"question":{"type":"string"},"expect":{"type":"string","enum":["answer","abstain"]},"contentHash":{"type":"string"},"status":{"$ref":"#/definitions/CaseStatus"},"answer":{"type":"string"},"error":{"type":["string","null"]},"latencyMs":{"type":["number","null"],"description":"The app\'s own latency_ms when it reports one, else request to answer; null when unknown."},"startupMs":{"type":"number","description":"A fresh worker process\'s first answer, start-up included (when the app reported no latency_ms): kept out of latencyMs and the latency figures."},"claims":{"type":"array","items":{"$ref":"#/definitions/ClaimResult"}},"nonClaims":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"reason":{"type":"string"}},"required":["text","reason"],"additionalProperties":false}},"hallucinated":{"type":"boolean"},"hallucinationReasons":{"type":"array","items":{"type":"string"},"description":"Every reason the case counts as hallucinated, in plain words."},"facts":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"forbidden":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"retrieval":{"anyOf":[{"$ref":"#/definitions/CaseRetrieval"},{"type":"null"}],"description":"What the app retrieved and how it fared; null when the response carried no contexts."}},"required":["id","category","question","expect","contentHash","status","answer","error","latencyMs","claims","nonClaims","hallucinated","hallucinationReasons","facts","forbidden","retrieval"],"additionalProperties":false},"CaseStatus":{"type":"string","enum":["answered","abstained","error","missing","not-run"]},"ClaimResult":{"type":"object","properties":{"index":{"type":"number"},"text":{"type":"string"},"citations":{"type":"array","items":{"type":"string"}},"verdict":{"$ref":"#/definitions/ClaimVerdict","description":"The verdict the hallucination rate uses: against the golden sources, the retrieved contexts, or both (supported by either), as settings.judgeAgainst says."},"score":{"type":"number"},"evidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}]},"judge":{"type":"string"},"reason":{"type":"string"},"hallucinated":{"type":"boolean","description":"contradicted or unsupported."},"sourcesVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against all of the case\'s golden sources; null when the case has none."},"contextsVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against all of the retrieved contexts (faithfulness); null when the response has none."},"contextsEvidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}],"description":"Where in the contexts the judge found the claim; the passage id is in sourceId."},"ungroundedButTrue":{"type":"boolean","description":"Supported by the golden sources but not by what the app retrieved."},"citedVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against the concatenation of the claim\'s known cited sources; null without any."},"citationCovered":{"type":"boolean","description":"ALCE citation recall for this claim: ≥ 1 citation and the cited sources entail it."},"citationChecks":{"type":"array","items":{"$ref":"#/definitions/CitationCheck"}}},"required":["index","text","citations","verdict","score","evidence","judge","reason","hallucinated","sourcesVerdict","contextsVerdict","contextsEvidence","ungroundedButTrue","citedVerdict","citationCovered","citationChecks"],"additionalProperties":false},"ClaimVerdict":{"type":"string","enum":["supported","contradicted","unsupported","undetermined"]},"Evidence":{"type":"object","properties":{"sourceId":{"type":"string"},"sentence":{"type":"string","description":"The source sentence (or span) the judge aligned the claim to."},"start":{"type":"number","description":"Character offsets of `sentence` in the source text."},"end":{"type":"number"}},"required":["sourceId","sentence","start","end"],"additionalProperties":false,"description":"The best place in the sources that bears on a claim."},"CitationCheck":{"type":"object","properties":{"sourceId":{"type":"string"},"known":{"type":"boolean","description":"The id exists in the case\'s sources or the response\'s contexts."},"relevant":{"type":"boolean","description":"ALCE: false when this source alone does not entail the claim and the others do without it."}},"required":["sourceId","known","relevant"],"additionalProperties":false},"FactCheck":{"type":"object","properties":{"text":{"type":"string"},"entailed":{"type":"boolean"},"evidence":{"type":["string","null"]}},"required":["text","entailed","evidence"],"additionalProperties":false},"CaseRetrieval":{"type":"object","properties":{"contexts":{"type":"array","items":{"$ref":"#/definitions/ContextResult"},"description":"In rank order."},"recall":{"anyOf":[{"type":"object","properties":{"basis":{"type":"string","enum":["relevant","expected-facts","sources"]},"items":{"type":"array","items":{"$ref":"#/definitions/RecallItem"}}},"required":["basis","items"],"additionalProperties":false},{"type":"null"}],"description":"What context recall counts for this case: the `relevant` ids when given, else the expected facts, else the golden sources (found through each passage\'s `source`); null when there is nothing to look for."},"averagePrecision":{"type":["number","null"],"description":"Rank-weighted precision of this case\'s passages (0 when none is useful)."}},"required":["contexts","recall","averagePrecision"],"additionalProperties":false},"ContextResult":{"type":"object","properties":{"id":{"type":"string"},"rank":{"type":"number","description":"1 is the best: by score when every passage has one, else in the order returned."},"title":{"type":["string","null"]},"source":{"type":["string","null"]},"score":{"type":["number","null"]},"supportsClaims":{"type":"array","items":{"type":"number"},"description":"Indexes of the claims and of the expected facts this passage alone entails."},"supportsFacts":{"type":"array","items":{"type":"number"}},"useful":{"type":"boolean","description":"Supports at least one claim or expected fact (context precision)."}},"required":["id","rank","title","source","score","supportsClaims","supportsFacts","useful"],"additionalProperties":false,"description":"One retrieved passage as judged: its rank and what it supports on its own."},"RecallItem":{"type":"object","properties":{"text":{"type":"string","description":"The relevant id, the expected fact, or the golden source id."},"found":{"type":"boolean"},"contextId":{"type":["string","null"],"description":"A passage that has it, when found."}},"required":["text","found","contextId"],"additionalProperties":false,"description":"One thing context recall looks for in the retrieved contexts."},"ReportCoverage":{"type":"object","properties":{"reports":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"format":{"type":"string"}},"required":["file","format"],"additionalProperties":false}},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"type":"object","additionalProperties":false,"properties":{"uncovered":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"type":"array","items":{"type":"number"}}},"required":["path","lines"],"additionalProperties":false}},"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","rate","total","uncovered"]},{"type":"null"}]},"files":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"}},"required":["path","lines","branches"],"additionalProperties":false}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["reports","lines","branches","patch","files","warnings"],"additionalProperties":false},"CoverageTotals":{"type":"object","properties":{"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","total","rate"],"additionalProperties":false},"ReportDrift":{"type":"object","properties":{"status":{"type":"string","enum":["compared","skipped","not-comparable"]},"reason":{"type":["string","null"]},"baseline":{"anyOf":[{"type":"object","properties":{"file":{"type":"string"},"gitSha":{"type":["string","null"]},"createdAt":{"type":["string","null"]},"figures":{"$ref":"#/definitions/BaselineFigures","description":"The baseline\'s own figures, so that a comment rendered from this report alone can show them."}},"required":["file","gitSha","createdAt"],"additionalProperties":false},{"type":"null"}]},"cases":{"type":"object","properties":{"compared":{"type":"number"},"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}},"changed":{"type":"array","items":{"type":"string"}}},"required":["compared","added","removed","changed"],"additionalProperties":false},"findings":{"type":"array","items":{"$ref":"#/definitions/DriftFinding"}}},"required":["status","reason","baseline","cases","findings"],"additionalProperties":false},"BaselineFigures":{"type":"object","properties":{"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"coverage":{"anyOf":[{"type":"object","properties":{"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"$ref":"#/definitions/CoverageTotals"},{"type":"null"}]}},"required":["lines","branches","patch"],"additionalProperties":false},{"type":"null"}]}},"required":["metrics","categories","coverage"],"additionalProperties":false,"description":"What a rendering needs of the baseline report: its headline metrics, categories and coverage totals."},"DriftFinding":{"type":"object","properties":{"test":{"type":"string","description":"e.g. \\"mcnemar\\", \\"fisher\\", \\"z-test\\", \\"ks\\", \\"psi\\", \\"delta\\"."},"metric":{"type":"string"},"scope":{"type":"string","description":"\\"overall\\" or a category name."},"statistic":{"type":["number","null"]},"pValue":{"type":["number","null"],"description":"The test\'s own p-value, one-sided in the regression direction; null for distances and deltas."},"adjustedPValue":{"type":["number","null"],"description":"pValue after the family-wise correction of the gating tests; null when the finding is not corrected."},"role":{"type":"string","enum":["gating","descriptive"],"description":"gating: can fail the gate (corrected together); descriptive: shown, warns at most."},"correction":{"type":["string","null"],"description":"How adjustedPValue was obtained, in words; null when not corrected."},"effect":{"type":["number","null"]},"effectCi":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}]},"direction":{"type":"string","enum":["regression","improvement","none"]},"significant":{"type":"boolean","description":"A regression with (adjusted) p ≤ α and an effect of at least the minimum effect."},"explanation":{"type":"string"}},"required":["test","metric","scope","statistic","pValue","adjustedPValue","role","correction","effect","effectCi","direction","significant","explanation"],"additionalProperties":false},"Verdict":{"type":"object","properties":{"status":{"type":"string","enum":["pass","fail","error","overridden"]},"breaches":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"notes":{"type":"array","items":{"type":"string"},"description":"Thresholds that could not be checked and why (e.g. no coverage report configured)."},"override":{"anyOf":[{"$ref":"#/definitions/OverrideRecord"},{"type":"null"}]}},"required":["status","breaches","warnings","notes","override"],"additionalProperties":false},"Breach":{"type":"object","properties":{"rule":{"type":"string","description":"The policy key that was breached, e.g. \\"max-hallucination-rate\\"."},"severity":{"$ref":"#/definitions/BreachSeverity"},"actual":{"type":["number","null"],"description":"The measured value, when there is one."},"threshold":{"type":["number","null"]},"message":{"type":"string"}},"required":["rule","severity","actual","threshold","message"],"additionalProperties":false},"BreachSeverity":{"type":"string","enum":["fail","warn"]},"OverrideRecord":{"type":"object","properties":{"by":{"type":"string"},"at":{"type":"string"},"via":{"type":"string","enum":["review","label"]},"permission":{"type":"string"},"waived":{"type":"array","items":{"type":"string"}}},"required":["by","at","via","permission","waived"],"additionalProperties":false}}}');
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/shared/structured.js + 1 modules
var structured = __webpack_require__(55548);
// EXTERNAL MODULE: ./.build/src/report/types.js
var types = __webpack_require__(99927);
;// CONCATENATED MODULE: ./.build/src/report/validate-report.js





const reportValidator = (0,schema/* compileSchema */.Fc)(report_schema_namespaceObject);
/**
 * Checks that a parsed JSON document is a factgate report this version can read.
 * Baselines, shard parts and fork-safe comment artifacts all pass through here.
 */
function validateReport(value, file) {
    const version = value?.schemaVersion;
    if (value === null || typeof value !== 'object' || version === undefined) {
        throw new errors/* ConfigurationError */.j1('this is not a factgate report (no schemaVersion)', {
            file,
            fix: 'point to the JSON written by factgate run --report-json',
        });
    }
    if (version !== types/* REPORT_SCHEMA_VERSION */.W) {
        throw new errors/* ConfigurationError */.j1(`report schema version ${String(version)} is not supported (this factgate reads version ${types/* REPORT_SCHEMA_VERSION */.W})`, {
            file,
            fix: 'produce the report with the same factgate version, or regenerate the baseline',
        });
    }
    if (!reportValidator()(value)) {
        const error = (0,schema/* bestError */.Lq)(reportValidator().errors);
        throw new errors/* ConfigurationError */.j1(`the report does not match the report schema: ${error.message ?? 'invalid'}`, {
            file,
            place: (0,structured/* jsonPointer */.Av)((0,schema/* pointerToPath */.ox)(error.instancePath)),
            fix: 'use the unmodified report JSON that factgate wrote',
        });
    }
    return value;
}


/***/ })

};
