export const id = 954;
export const ids = [954];
export const modules = {

/***/ 17954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJunit: () => (/* binding */ renderJunit)
/* harmony export */ });
/* harmony import */ var fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20925);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96747);


/**
 * The report as JUnit XML, for the test views CI already has (GitHub test-report actions,
 * GitLab, Jenkins, Buildkite): one test case per golden case (classname = category), a
 * failure with each hallucinated claim, its reason and its evidence, an error when the app
 * failed or gave no answer, and one test case for the gate's verdict itself.
 */
/** Longest attribute (a message, a name) and failure text; the full story is in report.json. */
const MAX_ATTRIBUTE_CHARS = 500;
const MAX_BODY_CHARS = 8000;
const GATE_SUITE = 'factgate gate';
// XML 1.0 has no way to write these characters, even escaped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function clean(text, max) {
    const chars = [...text.replace(NOT_XML, '\uFFFD')];
    return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
}
/** Attributes are one line: a parser would turn newlines into spaces anyway. */
function attribute(text) {
    return clean(text.replace(/\s+/g, ' ').trim(), MAX_ATTRIBUTE_CHARS);
}
function seconds(ms) {
    return ms === null || !Number.isFinite(ms) ? '0' : (ms / 1000).toFixed(3);
}
function failureText(c) {
    const lines = [];
    for (const claim of c.claims.filter((claim) => claim.hallucinated)) {
        lines.push(`claim: ${claim.text}`, `verdict: ${claim.verdict}`, `reason: ${claim.reason}`);
        if (claim.citations.length > 0)
            lines.push(`cited: ${claim.citations.join(', ')}`);
        if (claim.evidence)
            lines.push(`evidence [${claim.evidence.sourceId}]: ${claim.evidence.sentence}`);
        lines.push('');
    }
    const claimReasons = new Set(c.claims.filter((claim) => claim.hallucinated).map((claim) => claim.reason));
    for (const reason of c.hallucinationReasons)
        if (!claimReasons.has(reason))
            lines.push(reason);
    lines.push('', `question: ${c.question}`, `answer: ${c.answer}`);
    return clean(lines.join('\n').trim(), MAX_BODY_CHARS);
}
function testCase(c) {
    const node = { '@_name': attribute(c.id), '@_classname': attribute(c.category), '@_time': seconds(c.latencyMs) };
    if (c.status === 'not-run')
        return { node: { ...node, skipped: { '@_message': 'not run here: another shard answers this case' } }, outcome: 'skipped' };
    if (c.status === 'error') {
        const type = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .failedAt */ .JG)(c.error) === 'failed in the app' ? 'app-error' : 'judging-budget';
        return { node: { ...node, error: { '@_type': type, '@_message': attribute(c.error ?? 'the app failed'), '#text': clean(c.error ?? '', MAX_BODY_CHARS) } }, outcome: 'error' };
    }
    if (c.status === 'missing')
        return { node: { ...node, error: { '@_type': 'missing-response', '@_message': 'the app gave no response for this case' } }, outcome: 'error' };
    if (c.hallucinated) {
        const first = c.hallucinationReasons[0] ?? 'hallucinated';
        return { node: { ...node, failure: { '@_type': 'hallucination', '@_message': attribute(first), '#text': failureText(c) } }, outcome: 'failure' };
    }
    return { node, outcome: 'pass' };
}
function suite(name, cases, timeMs, timestamp) {
    const count = (outcome) => String(cases.filter((c) => c.outcome === outcome).length);
    return {
        '@_name': attribute(name),
        '@_tests': String(cases.length),
        '@_failures': count('failure'),
        '@_errors': count('error'),
        '@_skipped': count('skipped'),
        '@_time': seconds(timeMs),
        '@_timestamp': timestamp.replace(/\.\d+Z$/, '').replace(/Z$/, ''),
        testcase: cases.map((c) => c.node),
    };
}
function gateCase(report) {
    const v = report.verdict;
    const node = { '@_name': `verdict (policy ${attribute(report.policy.name)})`, '@_classname': 'gate', '@_time': '0' };
    if (v.status === 'pass' || v.status === 'overridden')
        return { node, outcome: 'pass' };
    const text = v.breaches.map((b) => `${b.rule}: ${b.message}`).join('\n') || `the gate's verdict is ${v.status}`;
    return { node: { ...node, failure: { '@_type': 'gate', '@_message': attribute(v.breaches[0] ? `${v.breaches[0].rule}: ${v.breaches[0].message}` : v.status), '#text': clean(text, MAX_BODY_CHARS) } }, outcome: 'failure' };
}
function renderJunit(report) {
    const byCategory = new Map();
    const timeByCategory = new Map();
    for (const c of report.cases) {
        byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), testCase(c)]);
        timeByCategory.set(c.category, (timeByCategory.get(c.category) ?? 0) + (c.latencyMs ?? 0));
    }
    const stamp = report.run.startedAt;
    const suites = [...byCategory].map(([category, cases]) => suite(category, cases, timeByCategory.get(category) ?? 0, stamp));
    suites.push(suite(GATE_SUITE, [gateCase(report)], 0, stamp));
    const total = (key) => String(suites.reduce((sum, s) => sum + Number(s[key]), 0));
    const document = {
        '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
        testsuites: { '@_name': 'factgate', '@_tests': total('@_tests'), '@_failures': total('@_failures'), '@_errors': total('@_errors'), '@_time': seconds(report.run.durationMs), testsuite: suites },
    };
    return new fast_xml_parser__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true }).build(document);
}


/***/ })

};
