export const id = 269;
export const ids = [269];
export const modules = {

/***/ 5492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zg: () => (/* reexport */ MAX_BASELINE_BYTES),
  $_: () => (/* reexport */ compareWithBaseline),
  Q_: () => (/* reexport */ driftOptions),
  gX: () => (/* reexport */ loadBaselineReport),
  _N: () => (/* reexport */ skippedDrift),
  dD: () => (/* reexport */ uncertifiedThresholds)
});

// UNUSED EXPORTS: computeDrift, matchCases, notComparableReason, parseBaselineReport

// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./.build/src/drift/comparable.js
/** null when comparable, otherwise the reason in plain words. */
function notComparableReason(head, baseline) {
    if (head.schemaVersion !== baseline.schemaVersion) {
        return `the baseline report has schema version ${baseline.schemaVersion} and this run ${head.schemaVersion}`;
    }
    const h = head.settings.judge;
    const b = baseline.settings.judge;
    if (h.name !== b.name || h.version !== b.version) {
        return `the baseline was judged by ${b.name} ${b.version} and this run by ${h.name} ${h.version}; judges score differently, so rates are not comparable`;
    }
    return null;
}

// EXTERNAL MODULE: ./.build/src/stats/index.js + 14 modules
var stats = __webpack_require__(21444);
// EXTERNAL MODULE: ./.build/src/report/format.js
var format = __webpack_require__(96747);
;// CONCATENATED MODULE: ./.build/src/drift/explain.js
/** Plain-words formatting for drift findings: one line a reader can act on. */
/** Numbers are worded as in every other rendering (src/report/format.ts). */


/** At most `limit` ids, then how many more, so a comment stays readable. */
function idList(ids, limit = 5) {
    if (ids.length <= limit)
        return ids.join(', ');
    return `${ids.slice(0, limit).join(', ')} and ${(ids.length - limit).toLocaleString('en-US')} more`;
}
/** The minimum effect as an unsigned change in percentage points. */
function minEffectPoints(minEffect) {
    return (0,format/* points */.WR)(minEffect).replace(/^[+±]/, '');
}
/**
 * The closing words of a finding. `minEffect` is already worded in the finding's unit
 * ("2.0 pp", "2.0% slower").
 */
function verdictWords(direction, significant, alpha, minEffect, pValueKnown) {
    if (direction === 'none')
        return 'no change';
    if (significant)
        return `a significant ${direction}`;
    // One-sided tests look for regressions only; a measured gain is stated, never "significant".
    if (direction === 'improvement')
        return pValueKnown ? 'an improvement (only regressions are tested)' : 'an improvement';
    return pValueKnown
        ? `not significant at α = ${alpha} with a minimum effect of ${minEffect}`
        : `below the minimum effect of ${minEffect}`;
}

;// CONCATENATED MODULE: ./.build/src/drift/findings.js
/**
 * Builders for each kind of drift finding. A test finding starts as a draft with its
 * test, statistic, one-sided p-value (the direction of a regression is fixed in advance),
 * effect (head minus baseline) with its interval and direction; `settle` then decides
 * it, once the gating tests have been corrected together (correction.ts): significant
 * when it is a regression, its p-value (adjusted, for gating findings) is ≤ α and
 * |effect| ≥ the minimum effect, both set by the policy.
 */



function directionOf(effect, polarity) {
    if (effect === 0 || Number.isNaN(effect))
        return 'none';
    const worse = polarity === 'higher-is-worse' ? effect > 0 : effect < 0;
    return worse ? 'regression' : 'improvement';
}
function isSignificant(direction, p, effect, t) {
    return direction === 'regression' && p !== null && p <= t.alpha && Math.abs(effect) >= t.minEffect;
}
/** The decided finding; `adjusted` and `correction` are given for corrected (gating) findings. */
function settle(draft, t, adjusted = null, correction = null) {
    const { finding } = draft;
    const p = adjusted ?? finding.pValue;
    const significant = draft.practical && isSignificant(finding.direction, p, finding.effect ?? 0, t);
    const pWords = adjusted === null ? (0,format/* pValue */.sp)(finding.pValue) : `${(0,format/* pValue */.sp)(finding.pValue)}, adjusted ${(0,format/* pValue */.sp)(adjusted)} after ${correction}`;
    const role = draft.role === 'descriptive' ? ', descriptive' : '';
    return {
        ...finding,
        adjustedPValue: adjusted,
        role: draft.role,
        correction,
        significant,
        explanation: `${draft.text}; ${draft.testWords} ${pWords}${role}: ${verdictWords(finding.direction, significant, t.alpha, draft.minEffectWords, true)}.`,
    };
}
/**
 * Paired yes/no outcomes (per-case hallucination flags) → McNemar's exact test.
 * Effect: the change in the share of "yes", (becameYes − becameNo)/pairs. Its interval
 * conditions on the discordant pairs: the Wilson interval of becameYes/(discordant),
 * mapped to (discordant/pairs)·(2·share − 1).
 */
function pairedFinding(metric, label, flags, t) {
    const up = flags.becameYes.length;
    const down = flags.becameNo.length;
    const discordant = up + down;
    const { pValue: p } = (0,stats/* mcnemarExactCounts */.FF)(up, down, 'greater');
    const effect = flags.pairs === 0 ? 0 : (up - down) / flags.pairs;
    const share = (0,stats/* wilsonInterval */.YV)(up, discordant, t.confidence);
    const scale = flags.pairs === 0 ? 0 : discordant / flags.pairs;
    const effectCi = discordant === 0 ? { lower: 0, upper: 0 } : { lower: scale * (2 * share.lower - 1), upper: scale * (2 * share.upper - 1) };
    const direction = directionOf(effect, 'higher-is-worse');
    const started = up === 0 ? `no case started ${label}` : `${(0,format/* count */.U9)(up)} case${up === 1 ? '' : 's'} started ${label} (${idList(flags.becameYes)})`;
    const stopped = down === 0 ? `none stopped` : `${(0,format/* count */.U9)(down)} stopped (${idList(flags.becameNo)})`;
    return {
        finding: { test: 'mcnemar', metric, scope: 'overall', statistic: up, pValue: p, effect, effectCi, direction },
        role: 'gating',
        text: `Paired over ${(0,format/* count */.U9)(flags.pairs)} unchanged cases: ${started} and ${stopped}, ${(0,format/* points */.WR)(effect)} (${ciWords(effectCi, t.confidence)})`,
        testWords: 'McNemar exact, one-sided',
        minEffectWords: minEffectPoints(t.minEffect),
        practical: true,
    };
}
/** Two independent rates (head vs baseline) → z-test where valid, Fisher otherwise, one-sided. */
function rateFinding(metric, label, scope, head, baseline, polarity, t) {
    // A regression is a higher rate for higher-is-worse metrics and a lower one otherwise.
    const alternative = polarity === 'higher-is-worse' ? 'greater' : 'less';
    const comparison = (0,stats/* compareProportions */.vO)({ successes: head.events, n: head.n }, { successes: baseline.events, n: baseline.n }, t.confidence, alternative);
    const effect = comparison.difference;
    const where = scope === 'overall' ? '' : ` in category "${scope}"`;
    const testName = comparison.test === 'z' ? 'two-proportion z-test' : 'Fisher exact';
    return {
        finding: {
            test: comparison.test === 'z' ? 'z-test' : 'fisher',
            metric,
            scope,
            statistic: comparison.statistic,
            pValue: comparison.pValue,
            effect,
            effectCi: comparison.interval,
            direction: directionOf(effect, polarity),
        },
        role: 'gating',
        text: `${label}${where} went from ${(0,format/* percent */.KN)(baseline.events / baseline.n)} (${(0,format/* count */.U9)(baseline.events)}/${(0,format/* count */.U9)(baseline.n)}) to ` +
            `${(0,format/* percent */.KN)(head.events / head.n)} (${(0,format/* count */.U9)(head.events)}/${(0,format/* count */.U9)(head.n)}), ${(0,format/* points */.WR)(effect)} (${ciWords(comparison.interval, t.confidence)})`,
        testWords: `${testName}, one-sided`,
        minEffectWords: minEffectPoints(t.minEffect),
        practical: true,
    };
}
/**
 * Two distributions of judge scores → one-sided two-sample Kolmogorov–Smirnov (are the
 * head's scores lower?). Effect: the change in mean score (higher = more confidently
 * supported); KS gives no interval for it. Gating only when the policy says so.
 */
function scoreDistributionFinding(head, baseline, t, role) {
    const ks = (0,stats/* ksTwoSample */.X3)(head, baseline, 'greater');
    const effect = mean(head) - mean(baseline);
    return {
        finding: { test: 'ks', metric: 'judgeScore', scope: 'overall', statistic: ks.statistic, pValue: ks.pValue, effect, effectCi: null, direction: directionOf(effect, 'higher-is-better') },
        role,
        text: `Judge scores (${baseline.length} → ${head.length} claims): mean ${mean(baseline).toFixed(3)} → ${mean(head).toFixed(3)}, ` +
            `largest excess of the head's score distribution over the baseline's D⁺ = ${ks.statistic.toFixed(3)}`,
        testWords: `KS (${ks.method}, one-sided: lower scores)`,
        minEffectWords: `${t.minEffect} in mean score`,
        practical: true,
    };
}
/**
 * Population Stability Index of judge scores. A descriptive distance with no p-value,
 * so it is never "significant"; its conventional level is stated instead.
 */
function scoreStabilityFinding(head, baseline) {
    const psi = (0,stats/* populationStabilityIndex */.V5)(baseline, head);
    const shift = mean(head) - mean(baseline);
    const direction = psi.level === 'stable' ? 'none' : directionOf(shift, 'higher-is-better');
    return {
        test: 'psi',
        metric: 'judgeScore',
        scope: 'overall',
        statistic: psi.psi,
        pValue: null,
        adjustedPValue: null,
        role: 'descriptive',
        correction: null,
        effect: psi.psi,
        effectCi: null,
        direction,
        significant: false,
        explanation: `Judge-score stability index PSI = ${psi.psi.toFixed(3)} over ${psi.bins.length} baseline-quantile bins: ` +
            `${psi.level === 'stable' ? 'stable (< 0.1)' : psi.level === 'moderate' ? 'a moderate shift (0.1–0.25)' : 'a major shift (> 0.25)'}; descriptive, no p-value.`,
    };
}
/**
 * A deterministic measurement (line coverage of the whole code base): not a sample, so
 * there is no p-value; the change is real and significant when it reaches the minimum
 * effect.
 */
function deltaFinding(metric, label, head, baseline, polarity, t, judged = true, note = '') {
    const effect = head - baseline;
    const direction = directionOf(effect, polarity);
    const significant = judged && direction === 'regression' && Math.abs(effect) >= t.minEffect;
    const words = judged ? verdictWords(direction, significant, t.alpha, minEffectPoints(t.minEffect), false) : 'shown for context';
    return {
        test: 'delta',
        metric,
        scope: 'overall',
        statistic: null,
        pValue: null,
        adjustedPValue: null,
        role: judged ? 'gating' : 'descriptive',
        correction: null,
        effect,
        effectCi: null,
        direction,
        significant,
        explanation: `${label} went from ${(0,format/* percent */.KN)(baseline)} to ${(0,format/* percent */.KN)(head)}, ${(0,format/* points */.WR)(effect)}${note}: ${words}.`,
    };
}
/**
 * Latency jitters between runs even when nothing changed (a 1 ms to 1.4 ms p95 is noise that
 * KS sees as "significant" over thousands of cases), so a latency finding also needs a
 * change of practical size: at least 50 ms and at least 10 % in p95.
 */
const LATENCY_MIN_CHANGE_MS = 50;
const LATENCY_MIN_RELATIVE_CHANGE = 0.1;
/**
 * Per-case latencies → one-sided KS on the distributions (is the head slower?); effect is
 * the relative change of the p95 (0.2 = 20 % slower), compared with the minimum effect and
 * the practical floor above. Gating only when the policy says so.
 */
function latencyFinding(head, baseline, p95, t, role) {
    // Slower head: its CDF lies below the baseline's, SciPy's alternative 'less'.
    const ks = (0,stats/* ksTwoSample */.X3)(head, baseline, 'less');
    const before = p95(baseline);
    const after = p95(head);
    const effect = before === 0 ? (after === 0 ? 0 : Infinity) : after / before - 1;
    return {
        finding: { test: 'ks', metric: 'latencyP95Ms', scope: 'overall', statistic: ks.statistic, pValue: ks.pValue, effect, effectCi: null, direction: directionOf(effect, 'higher-is-worse') },
        role,
        text: `Latency p95 went from ${Math.round(before)} ms to ${Math.round(after)} ms (${effect >= 0 ? '+' : '−'}${Math.abs(effect * 100).toFixed(1)}%)`,
        testWords: 'KS on per-case latencies, one-sided: slower',
        minEffectWords: `a change in p95 of ${LATENCY_MIN_CHANGE_MS} ms and ${Math.max(LATENCY_MIN_RELATIVE_CHANGE, t.minEffect) * 100}%`,
        practical: Math.abs(after - before) >= LATENCY_MIN_CHANGE_MS && Math.abs(effect) >= LATENCY_MIN_RELATIVE_CHANGE,
    };
}
function ciWords(interval, confidence) {
    return (0,format/* pointsInterval */.Jb)(interval, confidence);
}
function mean(values) {
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}

;// CONCATENATED MODULE: ./.build/src/drift/correction.js


/** Which headline metric each refinement belongs under. */
const PARENT = {
    caseHallucinationRate: 'hallucinationRate',
};
function parentOf(draft) {
    const { metric, scope } = draft.finding;
    if (scope !== 'overall')
        return metric;
    return PARENT[metric] ?? null;
}
function correctAndSettle(drafts, t) {
    const gating = drafts.filter((d) => d.role === 'gating');
    const headlineMetrics = new Set(gating.filter((d) => parentOf(d) === null).map((d) => d.finding.metric));
    const isHeadline = (d) => {
        const parent = parentOf(d);
        return parent === null || !headlineMetrics.has(parent);
    };
    const headline = gating.filter(isHeadline);
    const headlineAdjusted = new Map();
    const holmAdjusted = (0,stats/* holm */.fU)(headline.map((d) => d.finding.pValue));
    headline.forEach((d, i) => headlineAdjusted.set(d, holmAdjusted[i]));
    const headlineWords = `Holm over ${headline.length} headline test${headline.length === 1 ? '' : 's'}`;
    const refinementAdjusted = new Map();
    for (const metric of headlineMetrics) {
        const parent = headline.find((d) => d.finding.metric === metric && d.finding.scope === 'overall');
        const group = gating.filter((d) => !isHeadline(d) && parentOf(d) === metric);
        if (group.length === 0)
            continue;
        const bh = (0,stats/* benjaminiHochberg */.Uh)(group.map((d) => d.finding.pValue));
        const floor = headlineAdjusted.get(parent);
        const words = `Benjamini–Hochberg over ${group.length} refinement${group.length === 1 ? '' : 's'} of ${parent.finding.metric}, not below its Holm-adjusted p`;
        group.forEach((d, i) => refinementAdjusted.set(d, { adjusted: Math.max(floor, bh[i]), words }));
    }
    return drafts.map((d) => {
        if (d.role === 'descriptive')
            return settle(d, t);
        const refinement = refinementAdjusted.get(d);
        if (refinement)
            return settle(d, t, refinement.adjusted, refinement.words);
        return settle(d, t, headlineAdjusted.get(d), headlineWords);
    });
}

;// CONCATENATED MODULE: ./.build/src/drift/match-cases.js
function matchCases(head, baseline) {
    const baselineById = new Map(baseline.cases.map((c) => [c.id, c]));
    const headIds = new Set(head.cases.map((c) => c.id));
    const match = { pairs: [], added: [], removed: [], changed: [] };
    for (const headCase of head.cases) {
        const baselineCase = baselineById.get(headCase.id);
        if (!baselineCase)
            match.added.push(headCase.id);
        else if (baselineCase.contentHash !== headCase.contentHash)
            match.changed.push(headCase.id);
        else
            match.pairs.push({ head: headCase, baseline: baselineCase });
    }
    for (const baselineCase of baseline.cases) {
        if (!headIds.has(baselineCase.id))
            match.removed.push(baselineCase.id);
    }
    return match;
}
/** Statuses whose claims were judged; errored, missing and skipped cases have none. */
function wasEvaluated(c) {
    return c.status === 'answered' || c.status === 'abstained';
}
function failedToAnswer(c) {
    return c.status === 'error' || c.status === 'missing';
}

;// CONCATENATED MODULE: ./.build/src/drift/compute-drift.js
/**
 * Drift tests of a head run against a baseline run. Pure: takes two reports, returns
 * the report's drift section. It never decides pass or fail; the policy reads the
 * findings' `significant` and `direction`.
 *
 * Only cases present in both runs with unchanged content are compared. Every test is
 * one-sided in the direction of a regression, fixed in advance. Tests:
 * - per-case hallucination flags, paired → McNemar exact;
 * - claim hallucination rate, citation coverage, case error rate → z-test where valid,
 *   Fisher otherwise; the two claim rates also per category;
 * - faithfulness, context recall and context precision (when both runs retrieved) → the same;
 * - judge-score distributions → Kolmogorov–Smirnov and PSI;
 * - line coverage (and, for context, patch coverage) deltas; latency p95 via KS.
 * The tests that can fail the gate are corrected together (correction.ts); judge-score
 * and latency KS are descriptive unless the options make them gating.
 */





/** The drift options a policy sets: α, the minimum effect, and which KS tests gate. */
function driftOptions(policy) {
    return { alpha: policy.alpha, minEffect: policy.minEffect, judgeScoreGates: policy.judgeScoreDrift === 'fail', latencyGates: policy.latencyDrift === 'fail' };
}
function computeDrift(head, baseline, options) {
    checkOptions(options);
    const t = { alpha: options.alpha, minEffect: options.minEffect, confidence: options.confidence ?? 0.95 };
    const roles = { judgeScore: options.judgeScoreGates ? 'gating' : 'descriptive', latency: options.latencyGates ? 'gating' : 'descriptive' };
    const match = matchCases(head, baseline);
    const drift = {
        status: 'compared',
        reason: null,
        baseline: { file: options.baselineFile, gitSha: baseline.run.gitSha, createdAt: baseline.run.finishedAt, figures: figuresOf(baseline) },
        cases: { compared: match.pairs.length, added: match.added, removed: match.removed, changed: match.changed },
        findings: [],
    };
    const incomparable = notComparableReason(head, baseline);
    if (incomparable)
        return { ...drift, status: 'not-comparable', reason: incomparable, cases: { ...drift.cases, compared: 0 } };
    if (match.pairs.length === 0) {
        return { ...drift, status: 'skipped', reason: 'no case is in both runs with unchanged content, so there is nothing to compare' };
    }
    const claims = claimFindings(match.pairs, t, roles.judgeScore);
    const tests = correctAndSettle([...caseFindings(match.pairs, t), ...claims.drafts, ...retrievalFindings(match.pairs, t), ...latencyFindings(match.pairs, t, roles.latency)], t);
    drift.findings = [...tests, ...claims.stability, ...coverageFindings(head, baseline, t)];
    return drift;
}
/** The baseline's figures kept in the head report, for renderings that have only the head report (the fork-safe comment). */
function figuresOf(baseline) {
    const c = baseline.coverage;
    const totals = (t) => ({ covered: t.covered, total: t.total, rate: t.rate });
    return {
        metrics: baseline.metrics,
        categories: baseline.categories,
        coverage: c ? { lines: totals(c.lines), branches: totals(c.branches), patch: c.patch ? totals(c.patch) : null } : null,
    };
}
/** The drift section for the other outcomes of looking for a baseline. */
function compareWithBaseline(head, baseline, options) {
    if (baseline === null)
        return skippedDrift(options.noBaselineReason ?? 'no baseline report (first run, or none was configured)');
    if (baseline.status === 'not-comparable') {
        return {
            status: 'not-comparable',
            reason: baseline.reason,
            baseline: { file: baseline.file, gitSha: baseline.gitSha, createdAt: baseline.createdAt },
            cases: { compared: 0, added: [], removed: [], changed: [] },
            findings: [],
        };
    }
    return computeDrift(head, baseline.report, { ...options, baselineFile: baseline.file });
}
function skippedDrift(reason) {
    return { status: 'skipped', reason, baseline: null, cases: { compared: 0, added: [], removed: [], changed: [] }, findings: [] };
}
function caseFindings(pairs, t) {
    const judged = pairs.filter((p) => wasEvaluated(p.head) && wasEvaluated(p.baseline));
    const becameYes = judged.filter((p) => p.head.hallucinated && !p.baseline.hallucinated).map((p) => p.head.id);
    const becameNo = judged.filter((p) => !p.head.hallucinated && p.baseline.hallucinated).map((p) => p.head.id);
    const findings = [pairedFinding('caseHallucinationRate', 'hallucinating', { becameYes, becameNo, pairs: judged.length }, t)];
    const errors = (side) => ({ events: pairs.filter((p) => failedToAnswer(p[side])).length, n: pairs.length });
    const headErrors = errors('head');
    const baselineErrors = errors('baseline');
    // No errors on either side: nothing to test, and a line saying so is noise.
    if (headErrors.events + baselineErrors.events > 0) {
        findings.push(rateFinding('errorRate', 'Error rate (cases without an answer)', 'overall', headErrors, baselineErrors, 'higher-is-worse', t));
    }
    return findings;
}
function countClaims(cases) {
    const counts = { claims: 0, hallucinated: 0, covered: 0 };
    for (const c of cases) {
        if (!wasEvaluated(c))
            continue;
        for (const claim of c.claims) {
            counts.claims++;
            if (claim.hallucinated)
                counts.hallucinated++;
            if (claim.citationCovered)
                counts.covered++;
        }
    }
    return counts;
}
const CLAIM_METRICS = [
    { metric: 'hallucinationRate', label: 'Claim hallucination rate', events: (c) => c.hallucinated, polarity: 'higher-is-worse' },
    { metric: 'citationCoverage', label: 'Citation coverage', events: (c) => c.covered, polarity: 'higher-is-better' },
];
function claimFindings(pairs, t, scoreRole) {
    const drafts = [];
    const stability = [];
    const head = countClaims(pairs.map((p) => p.head));
    const baseline = countClaims(pairs.map((p) => p.baseline));
    if (head.claims > 0 && baseline.claims > 0) {
        for (const m of CLAIM_METRICS) {
            drafts.push(rateFinding(m.metric, m.label, 'overall', { events: m.events(head), n: head.claims }, { events: m.events(baseline), n: baseline.claims }, m.polarity, t));
        }
    }
    drafts.push(...categoryFindings(pairs, t));
    const scores = (side) => pairs.filter((p) => wasEvaluated(p[side])).flatMap((p) => p[side].claims.map((c) => c.score)).filter(Number.isFinite);
    const headScores = scores('head');
    const baselineScores = scores('baseline');
    if (headScores.length > 0 && baselineScores.length > 0) {
        drafts.push(scoreDistributionFinding(headScores, baselineScores, t, scoreRole));
        stability.push(scoreStabilityFinding(headScores, baselineScores));
    }
    return { drafts, stability };
}
/**
 * The claim rates per category, to say where a change is; they are corrected with the
 * overall rate they refine (correction.ts). A single category would only repeat the
 * overall test, so it is skipped.
 */
function categoryFindings(pairs, t) {
    const byCategory = new Map();
    for (const pair of pairs) {
        const list = byCategory.get(pair.head.category) ?? [];
        list.push(pair);
        byCategory.set(pair.head.category, list);
    }
    if (byCategory.size < 2)
        return [];
    const groups = [...byCategory.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([category, list]) => ({ category, head: countClaims(list.map((p) => p.head)), baseline: countClaims(list.map((p) => p.baseline)) }))
        .filter((g) => g.head.claims > 0 && g.baseline.claims > 0);
    return CLAIM_METRICS.flatMap((m) => groups.map((g) => rateFinding(m.metric, m.label, g.category, { events: m.events(g.head), n: g.head.claims }, { events: m.events(g.baseline), n: g.baseline.claims }, m.polarity, t)));
}
/** Retrieval counts of evaluated cases: faithful claims, recalled items, useful passages. */
function countRetrieval(cases) {
    const counts = { faithfulness: { events: 0, n: 0 }, contextRecall: { events: 0, n: 0 }, contextPrecision: { events: 0, n: 0 } };
    for (const c of cases) {
        if (!wasEvaluated(c) || c.retrieval === null)
            continue;
        for (const claim of c.claims) {
            if (claim.contextsVerdict === null)
                continue;
            counts.faithfulness.n++;
            if (claim.contextsVerdict === 'supported')
                counts.faithfulness.events++;
        }
        for (const item of c.retrieval.recall?.items ?? []) {
            counts.contextRecall.n++;
            if (item.found)
                counts.contextRecall.events++;
        }
        for (const context of c.retrieval.contexts) {
            counts.contextPrecision.n++;
            if (context.useful)
                counts.contextPrecision.events++;
        }
    }
    return counts;
}
const RETRIEVAL_METRICS = [
    { metric: 'faithfulness', label: 'Faithfulness to the retrieved contexts' },
    { metric: 'contextRecall', label: 'Context recall' },
    { metric: 'contextPrecision', label: 'Context precision' },
];
/** What the app retrieved, over the unchanged cases both runs retrieved for: headline tests, lower is worse. */
function retrievalFindings(pairs, t) {
    const head = countRetrieval(pairs.map((p) => p.head));
    const baseline = countRetrieval(pairs.map((p) => p.baseline));
    return RETRIEVAL_METRICS.filter((m) => head[m.metric].n > 0 && baseline[m.metric].n > 0).map((m) => rateFinding(m.metric, m.label, 'overall', head[m.metric], baseline[m.metric], 'higher-is-better', t));
}
function coverageFindings(head, baseline, t) {
    const findings = [];
    const h = head.coverage;
    const b = baseline.coverage;
    if (h?.lines.rate != null && b?.lines.rate != null) {
        findings.push(deltaFinding('lineCoverage', 'Line coverage', h.lines.rate, b.lines.rate, 'higher-is-better', t));
    }
    if (h?.patch?.rate != null && b?.patch?.rate != null) {
        findings.push(deltaFinding('patchCoverage', 'Patch coverage', h.patch.rate, b.patch.rate, 'higher-is-better', t, false, ' (each run measures its own diff)'));
    }
    return findings;
}
function latencyFindings(pairs, t, role) {
    const latencies = (side) => pairs.map((p) => p[side].latencyMs).filter((ms) => ms !== null && Number.isFinite(ms));
    const head = latencies('head');
    const baseline = latencies('baseline');
    if (head.length === 0 || baseline.length === 0)
        return [];
    // The same percentile definition as the report's latency summary.
    const p95 = (values) => (0,simple_statistics/* quantileSorted */.Z4)([...values].sort((a, b) => a - b), 0.95);
    return [latencyFinding(head, baseline, p95, t, role)];
}
function checkOptions(options) {
    if (!(options.alpha > 0 && options.alpha < 1))
        throw new RangeError(`alpha must be between 0 and 1, got ${options.alpha}`);
    if (!(options.minEffect >= 0))
        throw new RangeError(`minEffect must be ≥ 0, got ${options.minEffect}`);
}

// EXTERNAL MODULE: ./.build/src/report/types.js
var types = __webpack_require__(99927);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/files.js
var files = __webpack_require__(88358);
;// CONCATENATED MODULE: ./.build/src/drift/load-baseline.js
/**
 * Reading the baseline report. A file that is missing, unreadable, not JSON or not a
 * factgate report is a user mistake (ConfigurationError naming the file and the fix);
 * a genuine factgate report from another schema version is not an error but "not
 * comparable", which the drift section reports instead of comparing.
 */



/** Reports carry every claim of every case; this bounds what a baseline may weigh. */
const MAX_BASELINE_BYTES = 256 * files/* MiB */.lv;
async function loadBaselineReport(path, displayPath = path) {
    const text = await (0,files/* readTextFile */.Gu)(path, MAX_BASELINE_BYTES, 'baseline report', displayPath);
    return await parseBaselineReport(text, displayPath);
}
/** The same checks on text already in hand (e.g. from a downloaded artifact). */
async function parseBaselineReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the baseline report is not valid JSON (${error.message})`, {
            file,
            fix: 'point to the JSON written by factgate run --report-json',
        });
    }
    const document = value;
    if (document === null || typeof document !== 'object' || Array.isArray(document) || document.tool?.name !== 'factgate') {
        throw new errors/* ConfigurationError */.j1('the baseline is not a factgate report (no tool.name "factgate")', {
            file,
            place: '/tool/name',
            fix: 'point to the JSON written by factgate run --report-json',
        });
    }
    if (document.schemaVersion !== types/* REPORT_SCHEMA_VERSION */.W) {
        return {
            status: 'not-comparable',
            file,
            reason: `the baseline report has schema version ${JSON.stringify(document.schemaVersion)} and this run writes ${types/* REPORT_SCHEMA_VERSION */.W}; regenerate the baseline with this factgate version`,
            gitSha: typeof document.run?.gitSha === 'string' ? document.run.gitSha : null,
            createdAt: typeof document.run?.finishedAt === 'string' ? document.run.finishedAt : null,
        };
    }
    // Loaded here, not up front: a run without a baseline never loads the report validator.
    const { validateReport } = await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 3380));
    return { status: 'loaded', file, report: validateReport(value, file) };
}

// EXTERNAL MODULE: ./.build/src/policy/keys.js
var keys = __webpack_require__(68384);
;// CONCATENATED MODULE: ./.build/src/drift/certify-thresholds.js
/**
 * Can this golden set certify the policy? For every rate threshold on what the golden
 * set measures (hallucination, citation, fact recall, faithfulness, context recall and precision, undetermined and error rates),
 * checks whether the one-sided 95 % bound of the observed rate is on the right side of
 * the threshold (src/stats/certify.ts). A threshold the observed rate already breaches
 * is the policy's ordinary breach, not a question of size, so it is not listed here.
 * A rate with nothing to measure is left to the policy's own "not measured" handling.
 * Code-coverage thresholds are measurements, not samples, and need no certification.
 */



/** Which metric each sampled threshold reads, and what one observation is called. */
const SAMPLED = {
    maxHallucinationRate: { rate: (m) => m.hallucinationRate, unit: 'claims', event: 'hallucinated', good: 'with no hallucination' },
    maxCaseHallucinationRate: { rate: (m) => m.caseHallucinationRate, unit: 'cases', event: 'hallucinated', good: 'with no hallucination' },
    minCitationCoverage: { rate: (m) => m.citationCoverage, unit: 'claims', event: 'covered by their citations', good: 'all covered' },
    minCitationPrecision: { rate: (m) => m.citationPrecision, unit: 'citations', event: 'relevant', good: 'all relevant' },
    minFactRecall: { rate: (m) => m.factRecall, unit: 'expected facts', event: 'recalled', good: 'all recalled' },
    minFaithfulness: { rate: (m) => m.faithfulness, unit: 'claims', event: 'entailed by the contexts', good: 'all entailed' },
    minContextRecall: { rate: (m) => m.contextRecall, unit: 'relevant items', event: 'found in the contexts', good: 'all found' },
    minContextPrecision: { rate: (m) => m.contextPrecision, unit: 'retrieved passages', event: 'useful', good: 'all useful' },
    maxUndeterminedRate: { rate: (m) => m.undeterminedRate, unit: 'claims', event: 'undetermined', good: 'all determined' },
    maxErrorRate: { rate: (m) => m.errorRate, unit: 'cases', event: 'errored', good: 'with no error' },
};
function uncertifiedThresholds(metrics, thresholds, method = 'exact') {
    const result = [];
    for (const rule of Object.keys(SAMPLED)) {
        const threshold = thresholds[rule];
        // Thresholds of 0 or 1 can never be shown by a finite sample; they are plain checks.
        if (threshold === null || threshold <= 0 || threshold >= 1)
            continue;
        const { key, label, bound } = keys/* THRESHOLD_KEYS */.Hj[rule];
        const spec = SAMPLED[rule];
        const rate = spec.rate(metrics);
        const kind = bound;
        // Nothing measured (e.g. no expected facts): the policy reports that on its own.
        if (rate.denominator === 0)
            continue;
        if (rate.value !== null && (kind === 'max' ? rate.value > threshold : rate.value < threshold))
            continue;
        const certification = (0,stats/* certifyRate */.T1)({ events: rate.numerator, n: rate.denominator, threshold, kind });
        const chosen = certification[method];
        if (chosen.demonstrated)
            continue;
        const other = certification[method === 'wilson' ? 'exact' : 'wilson'];
        const side = kind === 'max' ? 'upper' : 'lower';
        const more = chosen.moreIfAllGood === null
            ? 'no number of further observations would demonstrate it'
            : `${chosen.moreIfAllGood} more ${spec.unit} ${spec.good}` +
                (chosen.moreAtSameRate === null ? '' : `, or ${chosen.moreAtSameRate} more at the observed rate,`) +
                ' would demonstrate it';
        result.push({
            rule: key,
            certification,
            message: `${label} ${kind === 'max' ? '≤' : '≥'} ${(0,format/* percent */.KN)(threshold)} is not demonstrated at 95% confidence: ` +
                `${rate.numerator} of ${rate.denominator} ${spec.unit} ${spec.event}, one-sided 95% ${side} bound ${(0,format/* percent */.KN)(chosen.bound)} ` +
                `(${method === 'wilson' ? 'Wilson, not a true 95% bound near 0' : 'exact Clopper–Pearson'}; ${method === 'wilson' ? 'exact' : 'Wilson'} ${(0,format/* percent */.KN)(other.bound)}); ${more}.`,
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./.build/src/drift/index.js







/***/ }),

/***/ 68384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ THRESHOLD_KEYS),
/* harmony export */   XJ: () => (/* binding */ OPTION_KEYS)
/* harmony export */ });
/* unused harmony export OPTION_VALUES */
/**
 * The factgate.yml / action-input spelling of every threshold, the one place the
 * kebab-case names are declared. `kind` says how a value is written and shown.
 */
const THRESHOLD_KEYS = {
    maxHallucinationRate: { key: 'max-hallucination-rate', kind: 'rate', label: 'Hallucination rate', bound: 'max' },
    maxCaseHallucinationRate: {
        key: 'max-case-hallucination-rate',
        kind: 'rate',
        label: 'Cases with a hallucination',
        bound: 'max',
    },
    minCitationCoverage: { key: 'min-citation-coverage', kind: 'rate', label: 'Citation coverage', bound: 'min' },
    minCitationPrecision: { key: 'min-citation-precision', kind: 'rate', label: 'Citation precision', bound: 'min' },
    minFactRecall: { key: 'min-fact-recall', kind: 'rate', label: 'Expected-fact recall', bound: 'min' },
    minFaithfulness: { key: 'min-faithfulness', kind: 'rate', label: 'Faithfulness to the contexts', bound: 'min' },
    minContextRecall: { key: 'min-context-recall', kind: 'rate', label: 'Context recall', bound: 'min' },
    minContextPrecision: { key: 'min-context-precision', kind: 'rate', label: 'Context precision', bound: 'min' },
    maxUndeterminedRate: { key: 'max-undetermined-rate', kind: 'rate', label: 'Undetermined claims', bound: 'max' },
    maxErrorRate: { key: 'max-error-rate', kind: 'rate', label: 'Error rate', bound: 'max' },
    maxLatencyP95Ms: { key: 'max-latency-p95-ms', kind: 'ms', label: 'Latency p95', bound: 'max' },
    minLineCoverage: { key: 'min-line-coverage', kind: 'rate', label: 'Line coverage', bound: 'min' },
    minBranchCoverage: { key: 'min-branch-coverage', kind: 'rate', label: 'Branch coverage', bound: 'min' },
    minPatchCoverage: { key: 'min-patch-coverage', kind: 'rate', label: 'Patch coverage', bound: 'min' },
    maxLineCoverageDrop: { key: 'max-line-coverage-drop', kind: 'rate', label: 'Line coverage drop', bound: 'max' },
};
/**
 * What each of the policy's other options may be in factgate.yml, as a JSON Schema
 * fragment: schemas/config.schema.json is generated from these and THRESHOLD_KEYS.
 */
const OPTION_VALUES = {
    regression: { $ref: '#/definitions/action' },
    alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5 },
    minEffect: { type: 'number', minimum: 0, maximum: 1 },
    missingResponses: { $ref: '#/definitions/action' },
    unknownResponses: { $ref: '#/definitions/action' },
    missingInputs: { $ref: '#/definitions/action' },
    judgeScoreDrift: { $ref: '#/definitions/action' },
    latencyDrift: { $ref: '#/definitions/action' },
    certification: { $ref: '#/definitions/action' },
    certificationBound: {
        type: 'string',
        enum: ['exact', 'wilson'],
        description: 'The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson.',
    },
    override: { type: 'string', enum: ['maintainer-approval', 'write-label', 'none'] },
    overrideLabel: { type: 'string', minLength: 1, maxLength: 50 },
};
/** The factgate.yml spelling of the policy's other options. */
const OPTION_KEYS = {
    regression: 'regression',
    alpha: 'alpha',
    minEffect: 'min-effect',
    missingResponses: 'missing-responses',
    unknownResponses: 'unknown-responses',
    missingInputs: 'missing-inputs',
    judgeScoreDrift: 'judge-score-drift',
    latencyDrift: 'latency-drift',
    certification: 'certification',
    certificationBound: 'certification-bound',
    override: 'override',
    overrideLabel: 'override-label',
};


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

/***/ 88358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   zc: () => (/* binding */ PATHS_ARE_RELATIVE)
/* harmony export */ });
/* unused harmony exports decodeUtf8Text, stripBom, formatBytes */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);




const MiB = 1024 * 1024;
/**
 * Reads a UTF-8 text file no larger than `maxBytes`, checking the size before reading
 * so an oversized file is refused without loading it. A leading BOM is dropped. The rule
 * for every input file: it is UTF-8 text, so a UTF-16 or UTF-32 file, a raw NUL byte and
 * a byte that is not UTF-8 are errors naming the place (never silently U+FFFD); a NUL
 * written as an escape (`\u0000` in JSON, `\0` in YAML) is data like any other.
 */
/** How a path setting is resolved, for the fix of a "not found" error. */
const PATHS_ARE_RELATIVE = "paths in factgate.yml are relative to the file's folder, paths given as flags or Action inputs to the working directory";
async function readTextFile(path, maxBytes, what, displayPath = path) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is not a file`, { file: displayPath, fix: `point to a ${what} file` });
        }
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: `check the path and that the file exists (it was read as ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)}; ${PATHS_ARE_RELATIVE})`,
        });
    }
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`, { file: displayPath, fix: `split it into smaller files, or raise the limit if the size is intended` });
    }
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (error) {
        // The file is there (stat saw it) but cannot be read: its permissions, most often.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: error?.code === 'EACCES' ? `make the file readable by the user factgate runs as (chmod a+r ${displayPath})` : 'check that the file can be read',
        });
    }
    return stripBom(decodeUtf8Text(bytes, what, displayPath));
}
/** The bytes as UTF-8 text, or a ConfigurationError that names the encoding or the bad byte's place. */
function decodeUtf8Text(bytes, what, file) {
    const encoding = wideEncoding(bytes);
    if (encoding) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${encoding}, not UTF-8`, {
            file,
            fix: `save it as UTF-8 (in PowerShell: Get-Content ${file} | Set-Content -Encoding utf8 ${file}; or iconv -f ${encoding.split(' ')[0]} -t UTF-8)`,
        });
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('a raw NUL byte (0x00) is in the file; text files have none', {
            file,
            place: bytePlace(bytes, nul),
            fix: 'remove the byte (is this a binary file?); to mean the character, write it escaped (\\u0000)',
        });
    }
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = firstInvalidUtf8(bytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not UTF-8`, {
            file,
            place: bytePlace(bytes, bad),
            fix: 'save the file as UTF-8 (it may be Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)',
        });
    }
    return bytes.toString('utf8');
}
/** UTF-16 and UTF-32, by their byte-order mark, or (without one) by NUL bytes in every other place. */
function wideEncoding(bytes) {
    const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return 'UTF-32LE encoded';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32BE encoded';
    if (a === 0xff && b === 0xfe)
        return 'UTF-16LE encoded';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16BE encoded';
    // ASCII text in UTF-16 without a mark: the high bytes of the first characters are all 0.
    const sample = Math.min(bytes.length, 64) & ~1;
    if (sample < 4)
        return null;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i++)
        if (bytes[i] === 0)
            i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample / 2;
    if (oddZeros >= half * 0.75 && evenZeros === 0)
        return 'UTF-16LE encoded (no byte-order mark)';
    if (evenZeros >= half * 0.75 && oddZeros === 0)
        return 'UTF-16BE encoded (no byte-order mark)';
    return null;
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        if (length > 1 && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + length)))
            return i;
        i += length;
    }
    return 0;
}
/** "line L, column C" of a byte offset (columns in characters). */
function bytePlace(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return `line ${line}, column ${bytes.subarray(lineStart, offset).toString('utf8').length + 1}`;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function formatBytes(bytes) {
    if (bytes >= MiB)
        return `${(bytes / MiB).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 38727:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isStandardOutput),
/* harmony export */   y: () => (/* binding */ checkOutputTargets)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);
/**
 * Where a report may be written, checked before any work starts: a run of an hour must not
 * end on "EISDIR". Only regular files are ever replaced; standard output is written directly.
 */




/** The names that mean "write to standard output" instead of a file. */
const STANDARD_OUTPUT_NAMES = new Set(['-', '/dev/stdout']);
function isStandardOutput(path) {
    return STANDARD_OUTPUT_NAMES.has(path);
}
/** Throws a ConfigurationError naming the setting when any target cannot be written as intended. */
async function checkOutputTargets(targets) {
    const seen = new Map();
    for (const target of targets) {
        const key = isStandardOutput(target.path) ? 'standard output' : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(target.path);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${target.setting} and ${earlier} both name ${key}`, {
                place: target.setting,
                fix: 'give each output its own file',
            });
        }
        seen.set(key, target.setting);
        if (!isStandardOutput(target.path))
            await checkFileTarget(target);
    }
}
async function checkFileTarget({ setting, path }) {
    const fail = (message, fix) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(message, { file: path, place: setting, fix });
    };
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch((error) => {
        // ENOTDIR: a file stands where a folder should be; the folder walk below names it.
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return null;
        if (error.code === 'EACCES')
            return fail('the folder cannot be searched (permission denied)', `choose a ${setting} in a folder you can write`);
        throw error;
    });
    if (info) {
        if (info.isDirectory())
            fail('the path is a folder', `give a file name, e.g. ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path, 'report')}`);
        if (info.isSymbolicLink())
            fail('the path is a symbolic link; factgate replaces only regular files', `point ${setting} at the file itself, or remove the link`);
        if (!info.isFile()) {
            fail(`the path is ${kindOf(info)}, not a regular file; factgate replaces only regular files`, `choose a regular file, or "-" to write to standard output`);
        }
    }
    const folder = await nearestExistingFolder((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), setting, path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(folder, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).catch(() => fail(`cannot write in ${folder} (permission denied)`, `choose a ${setting} in a folder you can write, or fix the folder's permissions`));
}
/** The folder the output (and its missing parents) will be created in. */
async function nearestExistingFolder(folder, setting, path) {
    for (let current = folder;; current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current)) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(current).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return null;
            throw error;
        });
        if (info?.isDirectory())
            return current;
        if (info?.isSymbolicLink()) {
            // A linked folder is fine: the report is written inside it, the link is not replaced.
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(current).catch(() => null))?.isDirectory())
                return current;
        }
        if (info) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${current} is a file, so no folder can be made there`, {
                file: path,
                place: setting,
                fix: `remove or rename ${current}, or choose another ${setting}`,
            });
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current) === current)
            return current;
    }
}
function kindOf(info) {
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}


/***/ }),

/***/ 23784:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g3: () => (/* binding */ writePiecesAtomically),
/* harmony export */   u0: () => (/* binding */ writeAllOrNone)
/* harmony export */ });
/* unused harmony exports writeTextAtomically, writeJsonAtomically, prettyJsonPieces */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71958);
/* harmony import */ var _output_targets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38727);
/**
 * Output files are written under a temporary name and renamed into place, so a crash or a
 * full disk never leaves half a report where a later step (or the baseline) would read it.
 * Several outputs are written all or none: every temporary file is written in full before
 * the first is renamed. Only regular files are replaced; standard output is written to.
 */




/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 16;
async function writeTextAtomically(path, text) {
    await writeAllOrNone([{ setting: path, path, content: { text } }], () => undefined);
}
/**
 * Writes exactly `JSON.stringify(value, null, 2) + '\n'`, but serialises each element of a
 * top-level array on its own: a report of 100,000 cases never exists as one string.
 */
async function writeJsonAtomically(path, value) {
    await writeAllOrNone([{ setting: path, path, content: { json: value } }], () => undefined);
}
/**
 * Writes every output or none. The targets are checked again (they were checked before the
 * run, but a run is long), each file is written in full under a temporary name beside it,
 * and only then are they renamed into place; outputs to standard output come last.
 */
async function writeAllOrNone(outputs, stdout) {
    await (0,_output_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .checkOutputTargets */ .y)(outputs);
    const files = outputs.filter((o) => !(0,_output_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .isStandardOutput */ .H)(o.path));
    const written = [];
    try {
        for (const output of files) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(output.path), { recursive: true });
            const temporary = `${output.path}.${process.pid}.tmp`;
            written.push({ output, temporary });
            await writeContent(temporary, output);
        }
    }
    catch (error) {
        await Promise.all(written.map(({ temporary }) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { force: true })));
        throw asOutputError(error, written[written.length - 1]?.output);
    }
    for (const { temporary, output } of written)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, output.path);
    for (const output of outputs) {
        if (!(0,_output_targets_js__WEBPACK_IMPORTED_MODULE_3__/* .isStandardOutput */ .H)(output.path))
            continue;
        for (const piece of contentPieces(output.content))
            stdout(piece);
    }
}
async function writeContent(temporary, output) {
    // 'wx': a leftover or planted file (or link) under the temporary name is never written through.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temporary, { force: true });
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(temporary, 'wx');
    try {
        for (const piece of contentPieces(output.content))
            await handle.write(piece);
    }
    finally {
        await handle.close();
    }
}
/** The content in writes of about WRITE_CHUNK characters, ending with the final newline of JSON. */
function* contentPieces(content) {
    if ('text' in content) {
        yield content.text;
        return;
    }
    let pending = '';
    for (const piece of 'json' in content ? prettyJsonPieces(content.json) : content.pieces()) {
        pending += piece;
        if (pending.length >= WRITE_CHUNK) {
            yield pending;
            pending = '';
        }
    }
    yield 'json' in content ? `${pending}\n` : pending;
}
/** A full disk or a quota is the user's to fix: say which output and what happened. */
function asOutputError(error, output) {
    const code = error?.code;
    if (!output || typeof code !== 'string')
        return error;
    const why = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EACCES: 'permission denied', EROFS: 'the file system is read-only', EIO: 'an input/output error' };
    if (!(code in why))
        return error;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot write the output: ${why[code]}; no output was written`, {
        file: output.path,
        place: output.setting,
        fix: 'free space or choose another place for the outputs, then run again',
    });
}
/** The text of JSON.stringify(value, null, 2), in pieces. */
function* prettyJsonPieces(value) {
    // The keys JSON.stringify leaves out.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) {
        yield '{}';
        return;
    }
    yield '{';
    for (const [i, [key, item]] of entries.entries()) {
        const comma = i < entries.length - 1 ? ',' : '';
        const head = `\n  ${JSON.stringify(key)}: `;
        if (Array.isArray(item) && item.length > 0) {
            yield `${head}[`;
            for (let j = 0; j < item.length; j++)
                yield `\n    ${nested(item[j], 2)}${j < item.length - 1 ? ',' : ''}`;
            yield `\n  ]${comma}`;
        }
        else {
            yield `${head}${nested(item, 1)}${comma}`;
        }
    }
    yield '\n}';
}
const WRAPPERS = {
    1: { head: '{\n  "x": '.length, tail: '\n}'.length, wrap: (value) => ({ x: value }) },
    2: { head: '{\n  "x": [\n    '.length, tail: '\n  ]\n}'.length, wrap: (value) => ({ x: [value] }) },
};
/**
 * `value` as JSON.stringify(document, null, 2) writes it `depth` levels down: stringified
 * inside a wrapper of that depth, so JSON.stringify indents it itself (no pass over the text
 * to re-indent it), and the wrapper is cut off.
 */
function nested(value, depth) {
    const { head, tail, wrap } = WRAPPERS[depth];
    const text = JSON.stringify(wrap(value), null, 2);
    return text.slice(head, text.length - tail);
}
/** Writes text given in pieces (a generator, say), gathered into writes of about 64 KiB. */
async function writePiecesAtomically(path, pieces, setting = path, stdout = () => undefined) {
    await writeAllOrNone([{ setting, path, content: { pieces: () => pieces } }], stdout);
}


/***/ }),

/***/ 21444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uh: () => (/* reexport */ benjaminiHochberg),
  T1: () => (/* reexport */ certifyRate),
  vO: () => (/* reexport */ compareProportions),
  fU: () => (/* reexport */ holm),
  X3: () => (/* reexport */ ksTwoSample),
  FF: () => (/* reexport */ mcnemarExactCounts),
  V5: () => (/* reexport */ populationStabilityIndex),
  YV: () => (/* reexport */ wilsonInterval)
});

// UNUSED EXPORTS: KS_EXACT_MAX_N, PSI_DEFAULT_BINS, PSI_EPSILON, PSI_MAJOR, PSI_MODERATE, Z_TEST_MIN_FAILURES, Z_TEST_MIN_SUCCESSES, binomialLogPmf, binomialPmf, exactBinomialInterval, fisherExact, hypergeometricLogPmf, kolmogorovSf, ksOneSampleSf, logChoose, logFactorial, logGamma, mcnemarExact, newcombeInterval, normalCdf, normalIsf, normalQuantile, normalSf, smirnovSf, twoProportionZTest, zTestIsValid

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var lib = __webpack_require__(30988);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfcinv/lib/index.js
var math_base_special_erfcinv_lib = __webpack_require__(80119);
;// CONCATENATED MODULE: ./.build/src/stats/normal.js
/**
 * Standard normal distribution, accurate in the tails.
 *
 * Built on the complementary error function (and its inverse) from stdlib, which keep
 * full relative precision far into the tails; simple-statistics' table-based CDF stops
 * at |z| = 3.09 and must not feed a p-value. Matches scipy.special.ndtr / ndtri.
 */


/** P(Z ≤ z). */
function normalCdf(z) {
    return 0.5 * lib(-z / Math.SQRT2);
}
/** P(Z > z), computed directly so that small upper tails keep their precision. */
function normalSf(z) {
    return 0.5 * lib(z / Math.SQRT2);
}
/**
 * The z with P(Z ≤ z) = p (inverse CDF, probit). Above 1/2 it works from the upper tail
 * 1 − p, which is exact in floating point there, so p = 1 − 1e-12 keeps its precision
 * (erfcinv(2p) near 2 would see only the few bits of 2 − 2p that survive rounding).
 */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
    if (p > 0.5)
        return Math.SQRT2 * math_base_special_erfcinv_lib(2 * (1 - p));
    return -Math.SQRT2 * math_base_special_erfcinv_lib(2 * p);
}
/** The z with P(Z > z) = q (inverse survival function). */
function normalIsf(q) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`normalIsf: q must be in [0, 1], got ${q}`);
    if (q > 0.5)
        return -Math.SQRT2 * erfcinv(2 * (1 - q));
    return Math.SQRT2 * erfcinv(2 * q);
}

;// CONCATENATED MODULE: ./.build/src/stats/validate.js
/**
 * Argument checks shared by the statistics functions. A bad argument here is a
 * programming error (the caller passed a negative count), not a user mistake,
 * so these throw RangeError rather than ConfigurationError.
 */
function validate_assertCount(name, value) {
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
}
function validate_assertConfidence(confidence) {
    if (!(confidence > 0 && confidence < 1)) {
        throw new RangeError(`confidence must be strictly between 0 and 1, got ${confidence}`);
    }
}
function assertProbability(name, value) {
    if (!(value > 0 && value < 1)) {
        throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`);
    }
}

;// CONCATENATED MODULE: ./.build/src/stats/wilson.js
/**
 * Wilson score interval for a binomial proportion.
 *
 * Definition (Wilson 1927; Newcombe 1998, method 3): the set of p for which the score
 * test of H0: rate = p is not rejected at level 1 − confidence. With p̂ = k/n and
 * z = Φ⁻¹((1 + confidence)/2):
 *   centre = (2np̂ + z²) / (2(n + z²)),  half-width = z·√(4np̂(1 − p̂) + z²) / (2(n + z²)).
 * The bounds are set to exactly 0 when k = 0 and 1 when k = n, as in
 * scipy.stats.binomtest(k, n).proportion_ci(method='wilson'), which this matches.
 * Unlike the Wald interval it stays inside [0, 1] and behaves at rates near 0.
 */


function wilsonInterval(successes, n, confidence = 0.95) {
    validate_assertCount('n', n);
    validate_assertCount('successes', successes);
    if (successes > n)
        throw new RangeError(`wilsonInterval: successes (${successes}) exceed n (${n})`);
    validate_assertConfidence(confidence);
    // No observations: every rate is still possible.
    if (n === 0)
        return { lower: 0, upper: 1 };
    const z = normalQuantile(0.5 + 0.5 * confidence);
    const p = successes / n;
    const denom = 2 * (n + z * z);
    const centre = (2 * n * p + z * z) / denom;
    const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z * z);
    return {
        lower: successes === 0 ? 0 : centre - delta,
        upper: successes === n ? 1 : centre + delta,
    };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-betaincinv/lib/index.js
var math_base_special_betaincinv_lib = __webpack_require__(77881);
;// CONCATENATED MODULE: ./.build/src/stats/exact-interval.js
/**
 * Exact (Clopper–Pearson) binomial interval.
 *
 * Definition (Clopper & Pearson 1934): the bounds are the rates at which observing
 * k or more (lower) or k or fewer (upper) successes has probability (1 − confidence)/2,
 * which in closed form are beta quantiles:
 *   lower = B⁻¹(α/2; k, n − k + 1),  upper = B⁻¹(1 − α/2; k + 1, n − k),
 * with lower = 0 when k = 0 and upper = 1 when k = n. Matches
 * scipy.stats.beta.ppf (the same interval as statsmodels' proportion_confint(method='beta')).
 * Conservative: its coverage is never below the nominal level.
 */


function exactBinomialInterval(successes, n, confidence = 0.95) {
    assertCount('n', n);
    assertCount('successes', successes);
    if (successes > n)
        throw new RangeError(`exactBinomialInterval: successes (${successes}) exceed n (${n})`);
    assertConfidence(confidence);
    if (n === 0)
        return { lower: 0, upper: 1 };
    const alpha = 1 - confidence;
    return {
        lower: successes === 0 ? 0 : betaincinv(alpha / 2, successes, n - successes + 1),
        // The upper quantile taken from the upper tail keeps precision when it is close to 1.
        upper: successes === n ? 1 : betaincinv(alpha / 2, successes + 1, n - successes, true),
    };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-binomcoefln/lib/index.js
var math_base_special_binomcoefln_lib = __webpack_require__(22558);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var math_base_special_gammaln_lib = __webpack_require__(67711);
;// CONCATENATED MODULE: ./.build/src/stats/logspace.js
/**
 * Log-space building blocks for exact tests: binomial and hypergeometric
 * probabilities that stay accurate where the plain products would under- or
 * overflow (p-values of 1e-300 are still representable as sums of exp(log)).
 *
 * ln C(n, k) comes from stdlib's binomcoefln (−ln(n+1) − ln B(n−k+1, k+1)), which
 * avoids the cancellation of lnΓ(n+1) − lnΓ(k+1) − lnΓ(n−k+1) for large n.
 */


/** ln Γ(x). */
function logGamma(x) {
    return gammaln(x);
}
/** ln n! */
function logFactorial(n) {
    return gammaln(n + 1);
}
/** ln C(n, k); −∞ outside 0 ≤ k ≤ n. */
function logChoose(n, k) {
    if (k < 0 || k > n)
        return -Infinity;
    return math_base_special_binomcoefln_lib(n, k);
}
/** ln P(X = k) for X ~ Binomial(n, p). */
function binomialLogPmf(k, n, p) {
    if (k < 0 || k > n)
        return -Infinity;
    if (p === 0)
        return k === 0 ? 0 : -Infinity;
    if (p === 1)
        return k === n ? 0 : -Infinity;
    return logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}
function binomialPmf(k, n, p) {
    return Math.exp(binomialLogPmf(k, n, p));
}
/**
 * ln P(X = x) for X ~ Hypergeometric: x successes in a draw of `draws` items from a
 * population of `total` holding `successes` successes (SciPy's hypergeom(M, n, N)).
 */
function hypergeometricLogPmf(x, total, successes, draws) {
    return logChoose(successes, x) + logChoose(total - successes, draws - x) - logChoose(total, draws);
}
/** Σ exp(terms), summed smallest first so that tiny tails are not lost. */
function sumExp(logTerms) {
    const sorted = logTerms.filter((t) => t > -Infinity).sort((a, b) => a - b);
    let sum = 0;
    for (const t of sorted)
        sum += Math.exp(t);
    return sum;
}

;// CONCATENATED MODULE: ./.build/src/stats/fisher.js
/**
 * Fisher's exact test on a 2×2 table.
 *
 *            outcome  no outcome
 *   group 1     a         b
 *   group 2     c         d
 *
 * With the margins fixed, a follows the hypergeometric distribution
 * Hypergeom(M = a+b+c+d, n = a+b, N = a+c).
 * - 'less':      P(X ≤ a) (group 1's rate lower than group 2's)
 * - 'greater':   P(X ≥ a)
 * - 'two-sided': the sum of P(X = x) over every x no more likely than the observed a
 *                (the "minimum likelihood" rule).
 * The one-sided p-values are scipy.stats.fisher_exact's. The two-sided one is R's
 * fisher.test: tables whose probability is within a relative 1e-7 of the observed one
 * count as equally likely. SciPy uses 1e-14, which is below the rounding of these
 * log-space terms (lgamma sums carry relative errors near 1e-13), so mirror-image tables
 * that are exactly tied would be split by rounding. The cost is that a table truly
 * within 1e-7 of the observed probability counts as a tie, which raises p: for
 * a=134, b=47, c=1111, d=278, p = 0.0786 here and in R, 0.0646 in SciPy. The gate's
 * drift tests are one-sided, where no such choice arises.
 * A row or column of zeros gives p = 1 and an undefined odds ratio (null).
 * The odds ratio is the sample one, ad/(bc), ∞ when b or c is 0.
 */


/** Relative tolerance under which two table probabilities are treated as equal. */
const TIE_TOLERANCE = 1e-7;
function fisherExact(table, alternative = 'two-sided') {
    const { a, b, c, d } = table;
    for (const [name, value] of Object.entries(table))
        validate_assertCount(name, value);
    if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0)
        return { oddsRatio: null, pValue: 1 };
    const oddsRatio = b > 0 && c > 0 ? (a * d) / (b * c) : Infinity;
    const total = a + b + c + d;
    const row1 = a + b;
    const col1 = a + c;
    const low = Math.max(0, col1 - (c + d));
    const high = Math.min(col1, row1);
    const logPmf = (x) => hypergeometricLogPmf(x, total, row1, col1);
    const terms = [];
    if (alternative === 'less') {
        for (let x = low; x <= a; x++)
            terms.push(logPmf(x));
    }
    else if (alternative === 'greater') {
        for (let x = a; x <= high; x++)
            terms.push(logPmf(x));
    }
    else {
        const observed = logPmf(a);
        const threshold = observed + Math.log1p(TIE_TOLERANCE);
        for (let x = low; x <= high; x++) {
            const term = x === a ? observed : logPmf(x);
            if (term <= threshold)
                terms.push(term);
        }
    }
    return { oddsRatio, pValue: Math.min(1, sumExp(terms)) };
}

;// CONCATENATED MODULE: ./.build/src/stats/mcnemar.js


/** From the two discordant counts. */
function mcnemarExactCounts(becameYes, becameNo, alternative = 'two-sided') {
    validate_assertCount('becameYes', becameYes);
    validate_assertCount('becameNo', becameNo);
    const n = becameYes + becameNo;
    if (n === 0)
        return { becameYes, becameNo, pValue: 1 };
    if (alternative !== 'two-sided') {
        // P(X ≥ b) is P(Y ≤ c) for Y = n − X, which is Binomial(n, 1/2) too.
        const upTo = alternative === 'greater' ? becameNo : becameYes;
        const terms = [];
        for (let k = 0; k <= upTo; k++)
            terms.push(binomialLogPmf(k, n, 0.5));
        return { becameYes, becameNo, pValue: Math.min(1, sumExp(terms)) };
    }
    const smaller = Math.min(becameYes, becameNo);
    const terms = [];
    for (let k = 0; k <= smaller; k++)
        terms.push(binomialLogPmf(k, n, 0.5));
    return { becameYes, becameNo, pValue: Math.min(1, 2 * sumExp(terms)) };
}
/** From paired outcomes: before[i] and after[i] belong to the same subject. */
function mcnemarExact(before, after) {
    if (before.length !== after.length) {
        throw new RangeError(`mcnemarExact: paired samples differ in length (${before.length} vs ${after.length})`);
    }
    let becameYes = 0;
    let becameNo = 0;
    before.forEach((was, i) => {
        const is = after[i];
        if (!was && is)
            becameYes++;
        else if (was && !is)
            becameNo++;
    });
    return mcnemarExactCounts(becameYes, becameNo);
}

;// CONCATENATED MODULE: ./.build/src/stats/two-proportions.js
/**
 * Comparing two independent proportions (e.g. the claim hallucination rate of the
 * head run against the baseline run).
 *
 * - twoProportionZTest: the pooled two-proportion z-test,
 *     z = (p̂₁ − p̂₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)),  p̂ = (x₁ + x₂)/(n₁ + n₂),
 *   two-sided p = 2·P(Z > |z|), 'greater' (first rate higher) P(Z > z), 'less' P(Z < z);
 *   as statsmodels' proportions_ztest (alternative 'two-sided', 'larger', 'smaller'). Its
 *   normal approximation is trusted only with ≥ 10 successes and ≥ 10 failures per group.
 * - newcombeInterval: Newcombe's hybrid score interval for p̂₁ − p̂₂ (Newcombe 1998,
 *   method 10), built from the two Wilson intervals; as statsmodels'
 *   confint_proportions_2indep(method='newcomb').
 * - compareProportions: uses the z-test where it is valid and Fisher's exact test
 *   otherwise, and says which one it used and why.
 */




/** The normal approximation is trusted only above these counts in every group. */
const Z_TEST_MIN_SUCCESSES = 10;
const Z_TEST_MIN_FAILURES = 10;
function twoProportionZTest(first, second, alternative = 'two-sided') {
    checkProportion(first);
    checkProportion(second);
    const p1 = first.successes / first.n;
    const p2 = second.successes / second.n;
    const pooled = (first.successes + second.successes) / (first.n + second.n);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
    if (se === 0)
        return { z: 0, pValue: 1 };
    const z = (p1 - p2) / se;
    if (alternative === 'greater')
        return { z, pValue: normalSf(z) };
    if (alternative === 'less')
        return { z, pValue: normalCdf(z) };
    return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
function newcombeInterval(first, second, confidence = 0.95) {
    checkProportion(first);
    checkProportion(second);
    const p1 = first.successes / first.n;
    const p2 = second.successes / second.n;
    const w1 = wilsonInterval(first.successes, first.n, confidence);
    const w2 = wilsonInterval(second.successes, second.n, confidence);
    const difference = p1 - p2;
    return {
        lower: difference - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
        upper: difference + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
    };
}
function zTestIsValid(first, second) {
    return [first, second].every((g) => g.successes >= Z_TEST_MIN_SUCCESSES && g.n - g.successes >= Z_TEST_MIN_FAILURES);
}
/**
 * Comparison of two independent proportions, choosing the valid test; 'greater' asks
 * whether the first rate is higher, 'less' whether it is lower.
 */
function compareProportions(first, second, confidence = 0.95, alternative = 'two-sided') {
    checkProportion(first);
    checkProportion(second);
    const difference = first.successes / first.n - second.successes / second.n;
    const interval = newcombeInterval(first, second, confidence);
    if (zTestIsValid(first, second)) {
        const { z, pValue } = twoProportionZTest(first, second, alternative);
        return {
            test: 'z',
            reason: `each group has at least ${Z_TEST_MIN_SUCCESSES} successes and ${Z_TEST_MIN_FAILURES} failures, so the normal approximation holds`,
            statistic: z,
            pValue,
            difference,
            interval,
        };
    }
    const fisher = fisherExact({
        a: first.successes,
        b: first.n - first.successes,
        c: second.successes,
        d: second.n - second.successes,
    }, alternative);
    return {
        test: 'fisher',
        reason: `a group has fewer than ${Z_TEST_MIN_SUCCESSES} successes or ${Z_TEST_MIN_FAILURES} failures, so the exact test is used`,
        statistic: fisher.oddsRatio,
        pValue: fisher.pValue,
        difference,
        interval,
    };
}
function checkProportion({ successes, n }) {
    validate_assertCount('n', n);
    validate_assertCount('successes', successes);
    if (n === 0)
        throw new RangeError('a proportion needs at least one observation');
    if (successes > n)
        throw new RangeError(`successes (${successes}) exceed n (${n})`);
}

;// CONCATENATED MODULE: ./.build/src/stats/kolmogorov-distribution.js
/**
 * Distributions of Kolmogorov–Smirnov statistics, ported from SciPy so that factgate's
 * asymptotic two-sample p-value is the one scipy.stats.ks_2samp gives.
 *
 * - kolmogorovSf(t): P(K > t) for Kolmogorov's limiting distribution
 *   (scipy.special.kolmogorov).
 * - smirnovSf(n, x): P(Dₙ⁺ ≥ x) for the one-sided one-sample statistic, by the exact
 *   Birnbaum–Tingey sum, in log space so no term under- or overflows
 *   (scipy.special.smirnov).
 * - ksOneSampleSf(n, x): P(Dₙ ≥ x) for the two-sided one-sample statistic
 *   (scipy.stats.kstwo.sf), following Simard & L'Ecuyer (2011) as SciPy's
 *   stats/_ksstats.py does: Ruben–Gambino closed forms at the ends, the Durbin matrix
 *   (Marsaglia–Tsang–Wang) and Pomeranz recursions for small n, 2·smirnov in the upper
 *   tail, and the Pelz–Good expansion for large n.
 */

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;
/**
 * P(K > t): for t ≥ 1 the alternating series 2·Σ (−1)^(k−1) e^(−2k²t²); below, 1 minus
 * the theta-function form of the CDF, √(2π)/t · Σ e^(−(2k−1)²π²/(8t²)), which
 * converges fast there.
 */
function kolmogorovSf(t) {
    if (!(t > 0))
        return 1;
    if (t >= 1) {
        let sum = 0;
        for (let k = 1; k <= 100; k++) {
            const term = Math.exp(-2 * k * k * t * t);
            sum += k % 2 === 1 ? term : -term;
            if (term < 1e-300 || term < 1e-17 * sum)
                break;
        }
        return 2 * sum;
    }
    let cdf = 0;
    for (let k = 1; k <= 100; k++) {
        const term = Math.exp((-((2 * k - 1) ** 2) * Math.PI * Math.PI) / (8 * t * t));
        cdf += term;
        if (term < 1e-17 * cdf || term === 0)
            break;
    }
    return 1 - (Math.sqrt(2 * Math.PI) / t) * cdf;
}
/** P(Dₙ⁺ ≥ x) = x·Σⱼ C(n, j)(1 − x − j/n)^(n−j)(x + j/n)^(j−1), j = 0..⌊n(1 − x)⌋. */
function smirnovSf(n, x) {
    if (!(x > 0))
        return 1;
    if (x >= 1)
        return 0;
    const logs = [];
    let largest = -Infinity;
    for (let j = 0; j <= n; j++) {
        const rest = 1 - x - j / n;
        if (rest <= 0)
            break;
        const term = logChoose(n, j) + (n - j) * Math.log(rest) + (j - 1) * Math.log(x + j / n);
        logs.push(term);
        if (term > largest)
            largest = term;
    }
    if (logs.length === 0)
        return 0;
    let sum = 0;
    for (const term of logs)
        sum += Math.exp(term - largest);
    return clamp01(x * Math.exp(largest) * sum);
}
/** P(Dₙ ≥ x), the survival function of the two-sided one-sample KS statistic. */
function ksOneSampleSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        // Ruben–Gambino: 1/2n ≤ x ≤ 1/n.
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return clamp01(1 - cdf);
    }
    if (t >= n - 1)
        return clamp01(2 * (1 - x) ** n); // Ruben–Gambino
    if (x >= 0.5)
        return clamp01(2 * smirnovSf(n, x));
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clamp01(1 - durbinMatrixCdf(n, x));
        if (nxSquared <= 4)
            return clamp01(1 - pomeranzCdf(n, x));
        return clamp01(2 * smirnovSf(n, x));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clamp01(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
    return clamp01(1 - cdf);
}
/** ln(n!/nⁿ) by Stirling's series with SciPy's coefficients. */
function logFactorialOverPower(n) {
    const coefficients = [
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
    ];
    const rn = 1 / n;
    let poly = 0;
    for (const c of coefficients)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
/** Durbin (1968) matrix method as refined by Marsaglia, Tsang & Wang (2003): P(Dₙ ≤ d). */
function durbinMatrixCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++) {
        for (let row = i - 1; row < m; row++)
            H[row * m + i] = w[row - (i - 1)];
    }
    for (let row = 0; row < m; row++)
        H[row * m] = v[row];
    for (let col = 0; col < m; col++)
        H[(m - 1) * m + col] = v[m - 1 - col];
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
    let nn = n;
    let exponent = 0;
    let hExponent = 0;
    while (nn > 0) {
        if (nn % 2) {
            power = multiply(power, H, m);
            exponent += hExponent;
        }
        H = multiply(H, H, m);
        hExponent *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            hExponent += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            exponent -= E128;
        }
    }
    if (exponent !== 0)
        p *= 2 ** exponent;
    return clamp01(p);
}
function multiply(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let l = 0; l < m; l++) {
            const ail = a[i * m + l];
            if (ail === 0)
                continue;
            for (let j = 0; j < m; j++)
                c[i * m + j] += ail * b[l * m + j];
        }
    }
    return c;
}
/** Pomeranz (1974) recursion: P(Dₙ ≤ x). */
function pomeranzCdf(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let exponent = 0;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * (g / n)) / m;
        twogpower[m] = (twogpower[m - 1] * ((2 * g) / n)) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // numpy.convolve(V0[k1 − V0s : k1 − V0s + ln2], pwrs[:ln2]), slices clipped at the ends.
            const start = k1 - V0s;
            const left = V0.subarray(start, Math.min(start + ln2, npwrs));
            const right = pwrs.subarray(0, Math.min(ln2, npwrs));
            const convStart = j1 - k1;
            const convLength = j2 - j1 + 1;
            for (let out = 0; out < convLength; out++) {
                const index = convStart + out;
                let sum = 0;
                const lo = Math.max(0, index - (right.length - 1));
                const hi = Math.min(index, left.length - 1);
                for (let a = lo; a <= hi; a++)
                    sum += left[a] * right[index - a];
                V1[out] = sum;
            }
            let largest = 0;
            for (const value of V1)
                if (value > largest)
                    largest = value;
            if (largest > 0 && largest < EM128) {
                for (let a = 0; a < V1.length; a++)
                    V1[a] *= EP128;
                exponent -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let answer = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(answer) > EP128) {
            answer *= EM128;
            exponent += E128;
        }
        answer *= m;
    }
    if (exponent !== 0)
        answer *= 2 ** exponent;
    return clamp01(answer);
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pelz–Good (1976) expansion of P(Dₙ ≤ x) in powers of 1/√n. */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const pi2 = Math.PI ** 2;
    const pi4 = Math.PI ** 4;
    const pi6 = Math.PI ** 6;
    const qlog = -pi2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = pi2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
    const k2c = (pi4 * (1 - 2 * z2)) / 16;
    const k3d = (pi6 * (5 - 30 * z2)) / 64;
    const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = q ** (8 * k);
        const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coefficients[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    q = Math.exp(-pi2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qk = q ** k2;
        k2extra += k2 * qk;
        const kpi = Math.PI * k;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
    }
    K[2] += (k2extra * pi2 * SQRT2PI) / (-36 * z3);
    K[3] += (k3extra * pi2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
function clamp01(p) {
    return Math.min(1, Math.max(0, p));
}

;// CONCATENATED MODULE: ./.build/src/stats/kolmogorov-smirnov.js
/**
 * Two-sample Kolmogorov–Smirnov test, two-sided or one-sided.
 *
 * Statistic, with SciPy's naming: 'two-sided' D = max |F₁(x) − F₂(x)|, the largest gap
 * between the two empirical CDFs; 'greater' D⁺ = max (F₁ − F₂), large when the first
 * sample tends to be smaller; 'less' D⁻ = max (F₂ − F₁). Ties are handled by evaluating
 * both CDFs at every observed value.
 *
 * P-value, with SciPy's `ks_2samp(method='auto')` switch: exact when the larger
 * sample has at most 10,000 values, asymptotic otherwise.
 * - Exact (the distribution of the statistic under H0 for continuous data, by counting
 *   lattice paths, Hodges 1958): for two-sided tests of equal sizes SciPy's closed
 *   alternating sum (Gnedenko–Korolyuk); otherwise the probability that a random path
 *   touches the boundary, summed directly over the steps that first leave the band
 *   (dynamic programming over path probabilities, so nothing overflows and a tail of
 *   1e-32 keeps its digits, where 1 − P(inside) would cancel below about 1e-8).
 *   Matches scipy.stats.ks_2samp(method='exact'), and stays exact for one-sided tests
 *   of sizes where SciPy's path count overflows and it falls back to the asymptotic form.
 * - Asymptotic: as SciPy; two-sided, the one-sample distribution at the effective size
 *   n = round(n₁n₂/(n₁+n₂)) (scipy.stats.kstwo.sf; see kolmogorov-distribution.ts);
 *   one-sided, Hodges' approximation exp(−2z² − 2z(m + 2n)/(3√(mn(m + n)))), m ≥ n.
 * With ties (e.g. judge scores on a coarse scale) the exact p-value is conservative.
 */

const KS_EXACT_MAX_N = 10_000;
function ksTwoSample(first, second, alternative = 'two-sided') {
    if (first.length === 0 || second.length === 0)
        throw new RangeError('ksTwoSample: both samples need values');
    for (const v of [...first, ...second]) {
        if (!Number.isFinite(v))
            throw new RangeError(`ksTwoSample: values must be finite numbers, got ${v}`);
    }
    const xs = Float64Array.from(first).sort();
    const ys = Float64Array.from(second).sort();
    const n1 = xs.length;
    const n2 = ys.length;
    const { gapTimesSizes, gap } = largestGap(xs, ys, alternative);
    const g = gcd(n1, n2);
    if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
        const lcm = (n1 / g) * n2;
        const h = gapTimesSizes / g; // D·lcm, an integer
        const statistic = h / lcm;
        if (h === 0)
            return { statistic, pValue: 1, method: 'exact' };
        const pValue = alternative === 'two-sided' && n1 === n2 ? outsideSquareProbability(n1, h) : boundaryProbability(n1, n2, gapTimesSizes, alternative);
        return { statistic, pValue: kolmogorov_smirnov_clamp01(pValue), method: 'exact' };
    }
    if (alternative === 'two-sided') {
        const en = roundHalfEven((n1 * n2) / (n1 + n2));
        return { statistic: gap, pValue: kolmogorov_smirnov_clamp01(ksOneSampleSf(en, gap)), method: 'asymptotic' };
    }
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const z = Math.sqrt((m * n) / (m + n)) * gap;
    const exponent = -2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3;
    return { statistic: gap, pValue: kolmogorov_smirnov_clamp01(Math.exp(exponent)), method: 'asymptotic' };
}
/**
 * Largest c₁·n₂ − c₂·n₁ (exact integer; its absolute value for 'two-sided', its negative
 * for 'less') and the same gap between the CDFs as a fraction, over every observed value.
 */
function largestGap(xs, ys, alternative) {
    const n1 = xs.length;
    const n2 = ys.length;
    const signed = (d) => (alternative === 'two-sided' ? Math.abs(d) : alternative === 'greater' ? d : -d);
    let i = 0;
    let j = 0;
    let gapTimesSizes = 0;
    let gap = 0;
    while (i < n1 || j < n2) {
        // Step past every copy of the next value in both samples, then compare the CDFs.
        const value = j >= n2 || (i < n1 && xs[i] <= ys[j]) ? xs[i] : ys[j];
        while (i < n1 && xs[i] <= value)
            i++;
        while (j < n2 && ys[j] <= value)
            j++;
        gapTimesSizes = Math.max(gapTimesSizes, signed(i * n2 - j * n1));
        gap = Math.max(gap, signed(i / n1 - j / n2));
    }
    return { gapTimesSizes, gap };
}
/**
 * P(D ≥ h/n) for two samples of size n: 2·Σₖ (−1)^(k+1) C(2n, n − kh)/C(2n, n), evaluated
 * as SciPy does, in Horner form with each ratio built from h simple factors so that
 * nothing cancels or overflows.
 */
function outsideSquareProbability(n, h) {
    // Every path leaves |x − y| < 1 at its first step; the sum would only round near 1.
    if (h === 1)
        return 1;
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let ratio = 1;
        for (let j = 0; j < h; j++)
            ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
        p = ratio * (1 - p);
    }
    return 2 * p;
}
/**
 * Probability that a uniformly random lattice path from (0, 0) to (m, n) reaches the
 * boundary: x·n − y·m ≥ bound ('greater'), y·m − x·n ≥ bound ('less'), either
 * ('two-sided'); x counts the first sample, y the second. f holds, for one column x, the
 * probability of reaching (x, y) while still inside; from a point with r steps left the
 * path steps in x with probability (m − x)/r. Each step that leaves the band adds its
 * probability to the tail, so the tail is a sum of positive terms and never a difference.
 */
function boundaryProbability(m, n, bound, alternative) {
    const lowOf = (x) => (alternative === 'less' ? 0 : Math.max(0, Math.floor((n * x - bound) / m) + 1));
    const highOf = (x) => (alternative === 'greater' ? n : Math.min(n, Math.ceil((n * x + bound) / m) - 1));
    let column = new Float64Array(n + 2);
    let next = new Float64Array(n + 2);
    column[0] = 1;
    let outside = 0;
    let low = lowOf(0);
    let high = highOf(0);
    for (let x = 0; x <= m; x++) {
        const nextLow = x < m ? lowOf(x + 1) : 0;
        const nextHigh = x < m ? highOf(x + 1) : -1;
        for (let y = low; y <= high; y++) {
            const f = column[y];
            const remaining = m + n - x - y;
            if (f === 0 || remaining === 0)
                continue;
            const up = (f * (n - y)) / remaining;
            const across = (f * (m - x)) / remaining;
            if (y < n) {
                if (y + 1 <= high)
                    column[y + 1] += up;
                else
                    outside += up;
            }
            if (x < m) {
                if (y >= nextLow && y <= nextHigh)
                    next[y] += across;
                else
                    outside += across;
            }
        }
        column.fill(0, low, high + 1);
        [column, next] = [next, column];
        low = nextLow;
        high = nextHigh;
    }
    return outside;
}
/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
function kolmogorov_smirnov_clamp01(p) {
    return Math.min(1, Math.max(0, p));
}

;// CONCATENATED MODULE: ./.build/src/stats/psi.js
/**
 * Population Stability Index: how far a distribution (head) has moved from a
 * reference (baseline).
 *
 * Binning: when the baseline has at most `bins` distinct values (coarse scores such as
 * 0, 0.5 and 1), one bin per distinct value; otherwise the baseline's deciles (by
 * default; `bins` quantiles in general), computed with the linear interpolation of
 * numpy.quantile's default method, duplicate edges merged. Bin i holds values in
 * (edgeᵢ₋₁, edgeᵢ], the first bin is open below and the last open above. (Quantile
 * edges alone would put a heavy tie, e.g. 90 % of scores at one value, in the same bin
 * as everything below it and hide a shift.)
 *
 * PSI = Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ), with eᵢ and aᵢ the baseline's and head's shares of bin i.
 * An empty bin would make the logarithm infinite, so every share is floored at
 * PSI_EPSILON = 1e-4 (one in ten thousand).
 * Conventional reading (Siddiqi 2006): < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift.
 * PSI is a distance, not a test: it has no p-value.
 */
const PSI_EPSILON = 1e-4;
const PSI_DEFAULT_BINS = 10;
const PSI_MODERATE = 0.1;
const PSI_MAJOR = 0.25;
function populationStabilityIndex(baseline, head, bins = PSI_DEFAULT_BINS, epsilon = PSI_EPSILON) {
    if (baseline.length === 0 || head.length === 0)
        throw new RangeError('populationStabilityIndex: both samples need values');
    if (!Number.isInteger(bins) || bins < 2)
        throw new RangeError(`populationStabilityIndex: bins must be an integer ≥ 2, got ${bins}`);
    for (const v of [...baseline, ...head]) {
        if (!Number.isFinite(v))
            throw new RangeError(`populationStabilityIndex: values must be finite numbers, got ${v}`);
    }
    const sorted = Float64Array.from(baseline).sort();
    const edges = binEdges(sorted, bins);
    const expected = countIntoBins(baseline, edges);
    const actual = countIntoBins(head, edges);
    let psi = 0;
    const result = expected.map((count, i) => {
        const e = Math.max(count / baseline.length, epsilon);
        const a = Math.max(actual[i] / head.length, epsilon);
        psi += (a - e) * Math.log(a / e);
        return { upper: edges[i] ?? Infinity, baselineShare: count / baseline.length, headShare: actual[i] / head.length };
    });
    return { psi, bins: result, level: psi < PSI_MODERATE ? 'stable' : psi <= PSI_MAJOR ? 'moderate' : 'major' };
}
/** Upper edges of every bin but the last (which is open above). */
function binEdges(sorted, bins) {
    const distinct = [];
    for (const v of sorted)
        if (distinct.length === 0 || v > distinct[distinct.length - 1])
            distinct.push(v);
    if (distinct.length <= bins)
        return distinct.slice(0, -1);
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const edge = linearQuantile(sorted, i / bins);
        if (edges.length === 0 || edge > edges[edges.length - 1])
            edges.push(edge);
    }
    return edges;
}
/** numpy.quantile(method='linear') on sorted data, including its two-sided lerp. */
function linearQuantile(sorted, q) {
    const position = (sorted.length - 1) * q;
    const below = Math.floor(position);
    const t = position - below;
    const a = sorted[below];
    const b = sorted[Math.min(below + 1, sorted.length - 1)];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/** Count of values per bin (edgeᵢ₋₁, edgeᵢ]. */
function countIntoBins(values, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    for (const v of values) {
        // First edge ≥ v (binary search), as numpy.searchsorted(side='left').
        let lo = 0;
        let hi = edges.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (edges[mid] < v)
                lo = mid + 1;
            else
                hi = mid;
        }
        counts[lo]++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./.build/src/stats/benjamini-hochberg.js
/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate control).
 *
 * When many categories are tested at once, some will look significant by chance.
 * With m p-values sorted ascending, p₍ᵢ₎ is adjusted to min over j ≥ i of m·p₍ⱼ₎/j,
 * capped at 1; rejecting every adjusted p ≤ α keeps the expected share of false
 * discoveries at or below α (Benjamini & Hochberg 1995). Results come back in the input
 * order. Matches scipy.stats.false_discovery_control(method='bh').
 */
function benjaminiHochberg(pValues) {
    for (const p of pValues) {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`benjaminiHochberg: p-values must be in [0, 1], got ${p}`);
    }
    const m = pValues.length;
    const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
    const adjusted = new Array(m);
    let running = 1;
    for (let rank = m; rank >= 1; rank--) {
        const { p, i } = order[rank - 1];
        running = Math.min(running, p * (m / rank));
        adjusted[i] = running;
    }
    return adjusted;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-padjust/lib/index.js
var stats_padjust_lib = __webpack_require__(10030);
;// CONCATENATED MODULE: ./.build/src/stats/holm.js
/**
 * Holm's step-down adjusted p-values (family-wise error control, Holm 1979).
 *
 * With m p-values sorted ascending, p₍ᵢ₎ is adjusted to max over j ≤ i of (m − j + 1)·p₍ⱼ₎,
 * capped at 1; rejecting every adjusted p ≤ α keeps the chance of any false rejection at
 * or below α under any dependence between the tests. Results come back in the input
 * order. Computed by @stdlib/stats-padjust; matches statsmodels'
 * multipletests(method='holm').
 */

function holm(pValues) {
    for (const p of pValues) {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`holm: p-values must be in [0, 1], got ${p}`);
    }
    if (pValues.length === 0)
        return [];
    return Array.from(stats_padjust_lib([...pValues], 'holm'));
}

;// CONCATENATED MODULE: ./.build/src/stats/certify.js
/**
 * Can a golden set of this size certify a rate threshold?
 *
 * A policy such as "hallucination rate ≤ 0.5 %" is demonstrated at 95 % confidence
 * only when the one-sided 95 % upper confidence bound of the observed rate is at or
 * below the threshold (for "citation coverage ≥ 90 %", when the one-sided lower bound
 * is at or above it). A one-sided 95 % bound is the matching end of the two-sided 90 %
 * interval. Both the exact (Clopper–Pearson) and the Wilson bounds are given. Only the
 * exact one is a true 95 % bound: with zero hallucinations in 539 claims Wilson
 * "demonstrates" ≤ 0.5 %, yet an app whose true rate is 0.5 % shows 0 of 539 with
 * probability 0.995^539 = 6.7 %; the exact bound needs 598 claims (0.995^598 < 5 %).
 *
 * When the set is too small this also says how many more observations it would take:
 * - if every further observation were good (no more hallucinations / all covered): the
 *   smallest number that demonstrates it (the bound then only improves with more);
 * - at the same observed rate (impossible when that rate is itself on the wrong side):
 *   the smallest number from which every larger set at that rate demonstrates it. A
 *   projected count is rounded to the unfavourable side (so advice never understates),
 *   and each step up of the rounded count moves the bound back up: "demonstrated" at the
 *   same rate switches on and off before it holds for good, so the answer is where it
 *   stops switching, not the first size where it holds.
 */



/** Larger searches are not useful advice: the answer is "no practical size". */
const SEARCH_LIMIT = 1e9;
function certifyRate(input) {
    const { events, n, threshold, kind } = input;
    const confidence = input.confidence ?? 0.95;
    validate_assertCount('events', events);
    validate_assertCount('n', n);
    if (events > n)
        throw new RangeError(`certifyRate: events (${events}) exceed n (${n})`);
    assertProbability('threshold', threshold);
    validate_assertConfidence(confidence);
    const make = (method) => certifyWith(method, events, n, threshold, kind, confidence);
    return {
        events,
        n,
        rate: n === 0 ? null : events / n,
        threshold,
        kind,
        confidence,
        wilson: make('wilson'),
        exact: make('exact'),
    };
}
function certifyWith(method, events, n, threshold, kind, confidence) {
    const alpha = 2 * (1 - confidence); // of the two-sided interval whose one end is the bound
    const boundOf = (k, size) => oneSidedBound(method, kind, k, size, alpha);
    const meets = (k, size) => (kind === 'max' ? boundOf(k, size) <= threshold : boundOf(k, size) >= threshold);
    const bound = boundOf(events, n);
    const demonstrated = n > 0 && meets(events, n);
    if (demonstrated)
        return { method, bound, demonstrated, moreAtSameRate: 0, moreIfAllGood: 0 };
    // All further observations good: 'max' adds non-events, 'min' adds events.
    const moreIfAllGood = smallestMore((m) => meets(kind === 'max' ? events : events + m, n + m));
    const sameRateCanWork = n > 0 && (kind === 'max' ? events / n < threshold : events / n > threshold);
    const sameRate = sameRateCanWork ? sizeForGoodAtSameRate(events, n, kind, meets) : null;
    return { method, bound, demonstrated, moreAtSameRate: sameRate === null ? null : sameRate - n, moreIfAllGood };
}
/**
 * The one-sided bound for a count that may be real (a projection); both formulas are
 * defined for real counts, and at integer counts they equal wilsonInterval and
 * exactBinomialInterval.
 */
function oneSidedBound(method, kind, k, n, alpha) {
    if (n === 0)
        return kind === 'max' ? 1 : 0;
    if (kind === 'max' && k >= n)
        return 1;
    if (kind === 'min' && k <= 0)
        return 0;
    if (method === 'exact') {
        return kind === 'max' ? math_base_special_betaincinv_lib(alpha / 2, k + 1, n - k, true) : math_base_special_betaincinv_lib(alpha / 2, k, n - k + 1);
    }
    const z = normalQuantile(1 - alpha / 2);
    const p = k / n;
    const denom = 2 * (n + z * z);
    const centre = (2 * n * p + z * z) / denom;
    const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z * z);
    return kind === 'max' ? centre + delta : centre - delta;
}
/** Smallest m ≥ 1 with ok(m), for ok monotone in m; null if none below SEARCH_LIMIT. */
function smallestMore(ok) {
    let high = 1;
    while (!ok(high)) {
        if (high >= SEARCH_LIMIT)
            return null;
        high *= 2;
    }
    let low = Math.floor(high / 2); // ok(low) is false, or low is 0
    while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (ok(mid))
            high = mid;
        else
            low = mid;
    }
    return high;
}
/** Rounded-count intervals scanned before settling for the (valid, larger) upper bound. */
const SCAN_LIMIT = 100_000;
/**
 * The smallest size N > n from which every size at the observed rate e/n demonstrates the
 * threshold, with the count at size N rounded to the unfavourable side (up for 'max',
 * down for 'min'). Over sizes where the rounded count stays the same, the bound only
 * worsens towards one end (the first size for 'max', the last for 'min'), so it is
 * enough to check that end of each such stretch.
 * 1. N*: from here on it holds for good, because the bound with one whole event more
 *    (or less) than the real projection, which no rounding exceeds, is already on the
 *    right side and keeps improving with size (bisection on that monotone condition).
 * 2. Below N*, the stretches are checked downwards until one fails; the answer is just
 *    above the largest failing size.
 */
function sizeForGoodAtSameRate(e, n, kind, meets) {
    const slack = kind === 'max' ? 1 : -1;
    const more = smallestMore((m) => {
        const size = n + m;
        const k = (e * size) / n + slack;
        return meets(k, size);
    });
    if (more === null)
        return null;
    const goodFrom = n + more;
    const count = (size) => (kind === 'max' ? Math.ceil((e * size) / n) : Math.floor((e * size) / n));
    // First size of the stretch with rounded count c.
    const stretchStart = (c) => (kind === 'max' ? Math.floor(((c - 1) * n) / e) + 1 : Math.ceil((c * n) / e));
    let top = goodFrom - 1;
    for (let scanned = 0; top > n && scanned < SCAN_LIMIT; scanned++) {
        const c = count(top);
        const start = Math.max(n + 1, e === 0 ? n + 1 : stretchStart(c));
        if (kind === 'min') {
            // The lower bound falls as the size grows at a fixed count: the top is the worst.
            if (!meets(c, top))
                return top + 1;
        }
        else if (!meets(c, start)) {
            // The upper bound falls as the size grows: find the last failing size.
            let lo = start; // fails
            let hi = top + 1; // holds (or is goodFrom)
            while (hi - lo > 1) {
                const mid = Math.floor((lo + hi) / 2);
                if (meets(c, mid))
                    hi = mid;
                else
                    lo = mid;
            }
            return hi;
        }
        top = start - 1;
    }
    return top <= n ? n + 1 : goodFrom;
}

;// CONCATENATED MODULE: ./.build/src/stats/index.js
/**
 * Statistics for factgate's metrics and drift tests. Pure functions, no I/O; each file
 * states its definition and the reference implementation it is checked against.
 */















/***/ })

};
