export const id = 542;
export const ids = [542];
export const modules = {

/***/ 96747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Rg: () => (/* binding */ ruleStatus),
/* harmony export */   _G: () => (/* binding */ VERDICT_WORDS),
/* harmony export */   cf: () => (/* binding */ rateText),
/* harmony export */   yY: () => (/* binding */ headlineRows)
/* harmony export */ });
/** Shared wording for every rendering, so the terminal and the comment say the same. */
function percent(value, digits) {
    if (value === null)
        return 'n/a';
    const pct = value * 100;
    const d = digits ?? (pct !== 0 && Math.abs(pct) < 10 ? 2 : 1);
    return `${pct.toFixed(d)}%`;
}
function rateText(rate) {
    if (rate.value === null)
        return 'n/a (nothing to measure)';
    const ci = rate.ci ? ` [95% CI ${percent(rate.ci.lower)}–${percent(rate.ci.upper)}]` : '';
    return `${percent(rate.value)} (${rate.numerator}/${rate.denominator})${ci}`;
}
const VERDICT_WORDS = {
    pass: 'PASSED',
    fail: 'FAILED',
    error: 'COULD NOT DECIDE',
    overridden: 'OVERRIDDEN',
};
/** The headline metrics, in the order every rendering shows them. */
function headlineRows(report) {
    const t = report.policy.thresholds;
    const m = report.metrics;
    return [
        { label: 'Hallucination rate', rate: m.hallucinationRate, rule: 'max-hallucination-rate', threshold: t.maxHallucinationRate },
        { label: 'Citation coverage', rate: m.citationCoverage, rule: 'min-citation-coverage', threshold: t.minCitationCoverage },
        { label: 'Citation precision', rate: m.citationPrecision, rule: 'min-citation-precision', threshold: t.minCitationPrecision },
        { label: 'Cases with a hallucination', rate: m.caseHallucinationRate, rule: 'max-case-hallucination-rate', threshold: t.maxCaseHallucinationRate },
        { label: 'Expected-fact recall', rate: m.factRecall, rule: 'min-fact-recall', threshold: t.minFactRecall },
        { label: 'Answer rate', rate: m.answerRate, rule: null, threshold: null },
        { label: 'Undetermined claims', rate: m.undeterminedRate, rule: 'max-undetermined-rate', threshold: t.maxUndeterminedRate },
        { label: 'Errors / missing', rate: m.errorRate, rule: 'max-error-rate', threshold: t.maxErrorRate },
    ];
}
function ruleStatus(report, rule) {
    if (rule === null)
        return 'ok';
    if (report.verdict.breaches.some((b) => b.rule === rule))
        return 'fail';
    if (report.verdict.warnings.some((b) => b.rule === rule))
        return 'warn';
    return 'ok';
}


/***/ }),

/***/ 99927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ REPORT_SCHEMA_VERSION)
/* harmony export */ });
const REPORT_SCHEMA_VERSION = 2;


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ validateReport)
});

;// CONCATENATED MODULE: ./.build/schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/report.schema.json","title":"factgate report","description":"The versioned report of one factgate run. Generated from src/report/types.ts.","$ref":"#/definitions/Report","definitions":{"Report":{"type":"object","properties":{"schemaVersion":{"type":"number","const":2},"tool":{"type":"object","properties":{"name":{"type":"string","const":"factgate"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"run":{"type":"object","properties":{"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"durationMs":{"type":"number"},"gitSha":{"type":["string","null"]},"ref":{"type":["string","null"]},"runUrl":{"type":["string","null"]},"shard":{"anyOf":[{"type":"object","properties":{"index":{"type":"number"},"total":{"type":"number"}},"required":["index","total"],"additionalProperties":false},{"type":"null"}]},"partial":{"type":"boolean","description":"True when cancelled or a shard: the verdict of a partial report is never pass."},"partialReason":{"type":["string","null"]}},"required":["startedAt","finishedAt","durationMs","gitSha","ref","runUrl","shard","partial","partialReason"],"additionalProperties":false},"goldenSet":{"type":"object","properties":{"files":{"type":"array","items":{"type":"string"}},"hash":{"type":"string"},"caseCount":{"type":"number"}},"required":["files","hash","caseCount"],"additionalProperties":false},"settings":{"type":"object","properties":{"responses":{"type":"string"},"judge":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"citationPattern":{"type":"string"},"settingsHash":{"type":"string"}},"required":["responses","judge","citationPattern","settingsHash"],"additionalProperties":false},"policy":{"$ref":"#/definitions/ResolvedPolicy"},"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"cases":{"type":"array","items":{"$ref":"#/definitions/CaseResult"}},"responses":{"type":"object","properties":{"missing":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}}},"required":["missing","unknown"],"additionalProperties":false},"coverage":{"anyOf":[{"$ref":"#/definitions/ReportCoverage"},{"type":"null"}]},"drift":{"anyOf":[{"$ref":"#/definitions/ReportDrift"},{"type":"null"}]},"verdict":{"$ref":"#/definitions/Verdict"}},"required":["schemaVersion","tool","run","goldenSet","settings","policy","metrics","categories","cases","responses","coverage","drift","verdict"],"additionalProperties":false},"ResolvedPolicy":{"type":"object","properties":{"name":{"type":"string"},"extends":{"$ref":"#/definitions/PresetName"},"thresholds":{"$ref":"#/definitions/Thresholds"},"regression":{"$ref":"#/definitions/RuleAction","description":"A significant regression against the baseline."},"alpha":{"type":"number","description":"Significance level and minimum effect (absolute rate change) for drift findings."},"minEffect":{"type":"number"},"missingResponses":{"$ref":"#/definitions/RuleAction","description":"Golden-set cases with no response, or with an errored response."},"unknownResponses":{"$ref":"#/definitions/RuleAction","description":"Responses whose id is not in the golden set."},"missingInputs":{"$ref":"#/definitions/RuleAction","description":"A configured input (coverage report, baseline) that is missing or unreadable."},"judgeScoreDrift":{"$ref":"#/definitions/RuleAction","description":"Judge-score and latency distributions that moved towards worse (one-sided KS): warn by default, since they shift between identical runs on a loaded runner; \'fail\' makes them gating, corrected with the other regression tests."},"latencyDrift":{"$ref":"#/definitions/RuleAction"},"certification":{"$ref":"#/definitions/RuleAction","description":"The golden set is too small to demonstrate the thresholds at 95 % confidence."},"certificationBound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson) or Wilson (not a true 95 % bound near 0)."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"overrideLabel":{"type":"string"}},"required":["name","extends","thresholds","regression","alpha","minEffect","missingResponses","unknownResponses","missingInputs","judgeScoreDrift","latencyDrift","certification","certificationBound","override","overrideLabel"],"additionalProperties":false},"PresetName":{"type":"string","enum":["strict","standard","permissive"]},"Thresholds":{"type":"object","properties":{"maxHallucinationRate":{"type":["number","null"]},"maxCaseHallucinationRate":{"type":["number","null"]},"minCitationCoverage":{"type":["number","null"]},"minCitationPrecision":{"type":["number","null"]},"minFactRecall":{"type":["number","null"]},"maxUndeterminedRate":{"type":["number","null"]},"maxErrorRate":{"type":["number","null"]},"maxLatencyP95Ms":{"type":["number","null"]},"minLineCoverage":{"type":["number","null"]},"minBranchCoverage":{"type":["number","null"]},"minPatchCoverage":{"type":["number","null"]},"maxLineCoverageDrop":{"type":["number","null"]}},"required":["maxHallucinationRate","maxCaseHallucinationRate","minCitationCoverage","minCitationPrecision","minFactRecall","maxUndeterminedRate","maxErrorRate","maxLatencyP95Ms","minLineCoverage","minBranchCoverage","minPatchCoverage","maxLineCoverageDrop"],"additionalProperties":false,"description":"Rate thresholds are fractions in [0, 1]; null switches a threshold off."},"RuleAction":{"type":"string","enum":["fail","warn","ignore"],"description":"What happens when a rule is breached or an input is missing."},"Metrics":{"type":"object","properties":{"hallucinationRate":{"$ref":"#/definitions/Rate","description":"Hallucinated (contradicted + unsupported) claims / all claims (micro)."},"caseHallucinationRate":{"$ref":"#/definitions/Rate","description":"Cases with at least one hallucination / evaluated cases."},"citationCoverage":{"$ref":"#/definitions/Rate","description":"ALCE citation recall: claims whose cited sources together entail them / all claims."},"citationPrecision":{"$ref":"#/definitions/Rate","description":"ALCE citation precision: relevant citations / all citations."},"factRecall":{"$ref":"#/definitions/Rate","description":"Expected facts entailed by the answer / expected facts (answerable cases)."},"undeterminedRate":{"$ref":"#/definitions/Rate","description":"Claims the judge could not decide / all claims."},"answerRate":{"$ref":"#/definitions/Rate","description":"Answerable cases the app answered (did not abstain) / answerable cases."},"errorRate":{"$ref":"#/definitions/Rate","description":"Cases whose response is missing or errored / all cases."},"fabricatedCitationRate":{"$ref":"#/definitions/Rate","description":"Citations to ids the case does not have / all citations."},"latency":{"anyOf":[{"$ref":"#/definitions/LatencySummary"},{"type":"null"}]},"counts":{"type":"object","properties":{"cases":{"type":"number"},"claims":{"type":"number"},"supported":{"type":"number"},"contradicted":{"type":"number"},"unsupported":{"type":"number"},"undetermined":{"type":"number"},"nonClaims":{"type":"number"},"citations":{"type":"number"},"fabricatedCitations":{"type":"number"}},"required":["cases","claims","supported","contradicted","unsupported","undetermined","nonClaims","citations","fabricatedCitations"],"additionalProperties":false}},"required":["hallucinationRate","caseHallucinationRate","citationCoverage","citationPrecision","factRecall","undeterminedRate","answerRate","errorRate","fabricatedCitationRate","latency","counts"],"additionalProperties":false},"Rate":{"type":"object","properties":{"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["value","numerator","denominator","ci"],"additionalProperties":false,"description":"A rate with everything needed to trace and trust it."},"LatencySummary":{"type":"object","properties":{"count":{"type":"number"},"p50":{"type":"number"},"p95":{"type":"number"},"p99":{"type":"number"}},"required":["count","p50","p95","p99"],"additionalProperties":false},"CategoryMetrics":{"type":"object","properties":{"category":{"type":"string"},"cases":{"type":"number"},"hallucinationRate":{"$ref":"#/definitions/Rate"},"caseHallucinationRate":{"$ref":"#/definitions/Rate"},"citationCoverage":{"$ref":"#/definitions/Rate"},"factRecall":{"$ref":"#/definitions/Rate"}},"required":["category","cases","hallucinationRate","caseHallucinationRate","citationCoverage","factRecall"],"additionalProperties":false},"CaseResult":{"type":"object","properties":{"id":{"type":"string"},"category":{"type":"string"},"question":{"type":"string"},"expect":{"type":"string","enum":["answer","abstain"]},"contentHash":{"type":"string"},"status":{"$ref":"#/definitions/CaseStatus"},"answer":{"type":"string"},"error":{"type":["string","null"]},"latencyMs":{"type":["number","null"]},"claims":{"type":"array","items":{"$ref":"#/definitions/ClaimResult"}},"nonClaims":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"reason":{"type":"string"}},"required":["text","reason"],"additionalProperties":false}},"hallucinated":{"type":"boolean"},"hallucinationReasons":{"type":"array","items":{"type":"string"},"description":"Every reason the case counts as hallucinated, in plain words."},"facts":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"forbidden":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}}},"required":["id","category","question","expect","contentHash","status","answer","error","latencyMs","claims","nonClaims","hallucinated","hallucinationReasons","facts","forbidden"],"additionalProperties":false},"CaseStatus":{"type":"string","enum":["answered","abstained","error","missing","not-run"]},"ClaimResult":{"type":"object","properties":{"index":{"type":"number"},"text":{"type":"string"},"citations":{"type":"array","items":{"type":"string"}},"verdict":{"$ref":"#/definitions/ClaimVerdict","description":"The judge\'s verdict against all of the case\'s sources."},"score":{"type":"number"},"evidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}]},"judge":{"type":"string"},"reason":{"type":"string"},"hallucinated":{"type":"boolean","description":"contradicted or unsupported."},"citedVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against the concatenation of the claim\'s known cited sources; null without any."},"citationCovered":{"type":"boolean","description":"ALCE citation recall for this claim: ≥ 1 citation and the cited sources entail it."},"citationChecks":{"type":"array","items":{"$ref":"#/definitions/CitationCheck"}}},"required":["index","text","citations","verdict","score","evidence","judge","reason","hallucinated","citedVerdict","citationCovered","citationChecks"],"additionalProperties":false},"ClaimVerdict":{"type":"string","enum":["supported","contradicted","unsupported","undetermined"]},"Evidence":{"type":"object","properties":{"sourceId":{"type":"string"},"sentence":{"type":"string","description":"The source sentence (or span) the judge aligned the claim to."},"start":{"type":"number","description":"Character offsets of `sentence` in the source text."},"end":{"type":"number"}},"required":["sourceId","sentence","start","end"],"additionalProperties":false,"description":"The best place in the sources that bears on a claim."},"CitationCheck":{"type":"object","properties":{"sourceId":{"type":"string"},"known":{"type":"boolean","description":"The id exists in the case\'s sources."},"relevant":{"type":"boolean","description":"ALCE: false when this source alone does not entail the claim and the others do without it."}},"required":["sourceId","known","relevant"],"additionalProperties":false},"FactCheck":{"type":"object","properties":{"text":{"type":"string"},"entailed":{"type":"boolean"},"evidence":{"type":["string","null"]}},"required":["text","entailed","evidence"],"additionalProperties":false},"ReportCoverage":{"type":"object","properties":{"reports":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"format":{"type":"string"}},"required":["file","format"],"additionalProperties":false}},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"type":"object","additionalProperties":false,"properties":{"uncovered":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"type":"array","items":{"type":"number"}}},"required":["path","lines"],"additionalProperties":false}},"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","rate","total","uncovered"]},{"type":"null"}]},"files":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"}},"required":["path","lines","branches"],"additionalProperties":false}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["reports","lines","branches","patch","files","warnings"],"additionalProperties":false},"CoverageTotals":{"type":"object","properties":{"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","total","rate"],"additionalProperties":false},"ReportDrift":{"type":"object","properties":{"status":{"type":"string","enum":["compared","skipped","not-comparable"]},"reason":{"type":["string","null"]},"baseline":{"anyOf":[{"type":"object","properties":{"file":{"type":"string"},"gitSha":{"type":["string","null"]},"createdAt":{"type":["string","null"]}},"required":["file","gitSha","createdAt"],"additionalProperties":false},{"type":"null"}]},"cases":{"type":"object","properties":{"compared":{"type":"number"},"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}},"changed":{"type":"array","items":{"type":"string"}}},"required":["compared","added","removed","changed"],"additionalProperties":false},"findings":{"type":"array","items":{"$ref":"#/definitions/DriftFinding"}}},"required":["status","reason","baseline","cases","findings"],"additionalProperties":false},"DriftFinding":{"type":"object","properties":{"test":{"type":"string","description":"e.g. \\"mcnemar\\", \\"fisher\\", \\"z-test\\", \\"ks\\", \\"psi\\", \\"delta\\"."},"metric":{"type":"string"},"scope":{"type":"string","description":"\\"overall\\" or a category name."},"statistic":{"type":["number","null"]},"pValue":{"type":["number","null"],"description":"The test\'s own p-value, one-sided in the regression direction; null for distances and deltas."},"adjustedPValue":{"type":["number","null"],"description":"pValue after the family-wise correction of the gating tests; null when the finding is not corrected."},"role":{"type":"string","enum":["gating","descriptive"],"description":"gating: can fail the gate (corrected together); descriptive: shown, warns at most."},"correction":{"type":["string","null"],"description":"How adjustedPValue was obtained, in words; null when not corrected."},"effect":{"type":["number","null"]},"effectCi":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}]},"direction":{"type":"string","enum":["regression","improvement","none"]},"significant":{"type":"boolean","description":"A regression with (adjusted) p ≤ α and an effect of at least the minimum effect."},"explanation":{"type":"string"}},"required":["test","metric","scope","statistic","pValue","adjustedPValue","role","correction","effect","effectCi","direction","significant","explanation"],"additionalProperties":false},"Verdict":{"type":"object","properties":{"status":{"type":"string","enum":["pass","fail","error","overridden"]},"breaches":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"notes":{"type":"array","items":{"type":"string"},"description":"Thresholds that could not be checked and why (e.g. no coverage report configured)."},"override":{"anyOf":[{"$ref":"#/definitions/OverrideRecord"},{"type":"null"}]}},"required":["status","breaches","warnings","notes","override"],"additionalProperties":false},"Breach":{"type":"object","properties":{"rule":{"type":"string","description":"The policy key that was breached, e.g. \\"max-hallucination-rate\\"."},"severity":{"$ref":"#/definitions/BreachSeverity"},"actual":{"type":["number","null"],"description":"The measured value, when there is one."},"threshold":{"type":["number","null"]},"message":{"type":"string"}},"required":["rule","severity","actual","threshold","message"],"additionalProperties":false},"BreachSeverity":{"type":"string","enum":["fail","warn"]},"OverrideRecord":{"type":"object","properties":{"by":{"type":"string"},"at":{"type":"string"},"via":{"type":"string","enum":["review","label"]},"permission":{"type":"string"},"waived":{"type":"array","items":{"type":"string"}}},"required":["by","at","via","permission","waived"],"additionalProperties":false}}}');
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/shared/structured.js
var structured = __webpack_require__(85934);
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
