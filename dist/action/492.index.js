export const id = 492;
export const ids = [492];
export const modules = {

/***/ 43492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createHybridJudge: () => (/* binding */ createHybridJudge)
/* harmony export */ });
/* unused harmony export HYBRID_DEFAULTS */
const HYBRID_DEFAULTS = { supportAbove: 0.85, rejectBelow: 0.05 };
/**
 * The cheap judge settles what it is confident about; the rest goes to the
 * expensive one. Each result keeps the name of the judge that decided it.
 */
function createHybridJudge(options) {
    const supportAbove = options.supportAbove ?? HYBRID_DEFAULTS.supportAbove;
    const rejectBelow = options.rejectBelow ?? HYBRID_DEFAULTS.rejectBelow;
    if (!(rejectBelow >= 0 && supportAbove <= 1 && rejectBelow <= supportAbove)) {
        throw new RangeError(`hybrid thresholds need 0 <= rejectBelow <= supportAbove <= 1 (got ${rejectBelow}, ${supportAbove})`);
    }
    const settled = (result) => (result.verdict === 'supported' && result.score > supportAbove) ||
        ((result.verdict === 'contradicted' || result.verdict === 'unsupported') && result.score < rejectBelow);
    return {
        name: `hybrid(${options.first.name}, ${options.fallback.name})`,
        async judge(requests, budget) {
            const firstResults = await options.first.judge(requests, budget);
            const firstByKey = new Map(firstResults.map((result) => [result.key, result]));
            // A case the first judge ran out of time on is an error: none of it goes on to the fallback.
            const unsure = requests.filter((request) => {
                const result = firstByKey.get(request.key);
                return (!result || !settled(result)) && (budget?.allows(request) ?? true);
            });
            const fallbackByKey = new Map((unsure.length > 0 ? await options.fallback.judge(unsure) : []).map((r) => [r.key, r]));
            return requests.map((request) => {
                const first = firstByKey.get(request.key);
                if (first && settled(first))
                    return first;
                const second = fallbackByKey.get(request.key);
                if (!second)
                    return { key: request.key, verdict: 'undetermined', score: 0, evidence: null, judge: options.fallback.name, reason: 'no verdict' };
                if (second.verdict !== 'undetermined' || !first)
                    return second;
                // Say what the cheap judge thought, so the report is not silent about it.
                return { ...second, evidence: second.evidence ?? first.evidence, reason: `${second.reason}; ${first.judge} said ${first.verdict} (${first.reason})` };
            });
        },
    };
}


/***/ })

};
