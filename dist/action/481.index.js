export const id = 481;
export const ids = [481];
export const modules = {

/***/ 86481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./.build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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














;// CONCATENATED MODULE: ./.build/src/drift/explain.js
/** Plain-words formatting for drift findings: one line a reader can act on. */
function percent(value) {
    const pct = value * 100;
    const digits = pct !== 0 && Math.abs(pct) < 10 ? 2 : 1;
    return `${pct.toFixed(digits)}%`;
}
/** A change in rate as signed percentage points. */
function points(value) {
    const pp = value * 100;
    const digits = pp !== 0 && Math.abs(pp) < 10 ? 2 : 1;
    return `${pp > 0 ? '+' : pp < 0 ? '−' : '±'}${Math.abs(pp).toFixed(digits)} pts`;
}
function pValue(p) {
    if (p < 0.0001)
        return `p = ${p.toExponential(1)}`;
    return `p = ${p.toFixed(4)}`;
}
/** At most `limit` ids, then how many more, so a comment stays readable. */
function idList(ids, limit = 5) {
    if (ids.length <= limit)
        return ids.join(', ');
    return `${ids.slice(0, limit).join(', ')} and ${ids.length - limit} more`;
}
/** The minimum effect as an unsigned change in percentage points. */
function minEffectPoints(minEffect) {
    return points(minEffect).replace(/^[+±]/, '');
}
/**
 * The closing words of a finding. `minEffect` is already worded in the finding's unit
 * ("2.00 pts", "2.0% slower").
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
    const pWords = adjusted === null ? pValue(finding.pValue) : `${pValue(finding.pValue)}, ${pValue(adjusted).slice(4)} after ${correction}`;
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
    const { pValue: p } = mcnemarExactCounts(up, down, 'greater');
    const effect = flags.pairs === 0 ? 0 : (up - down) / flags.pairs;
    const share = wilsonInterval(up, discordant, t.confidence);
    const scale = flags.pairs === 0 ? 0 : discordant / flags.pairs;
    const effectCi = discordant === 0 ? { lower: 0, upper: 0 } : { lower: scale * (2 * share.lower - 1), upper: scale * (2 * share.upper - 1) };
    const direction = directionOf(effect, 'higher-is-worse');
    const started = up === 0 ? `no case started ${label}` : `${up} case${up === 1 ? '' : 's'} started ${label} (${idList(flags.becameYes)})`;
    const stopped = down === 0 ? `none stopped` : `${down} stopped (${idList(flags.becameNo)})`;
    return {
        finding: { test: 'mcnemar', metric, scope: 'overall', statistic: up, pValue: p, effect, effectCi, direction },
        role: 'gating',
        text: `Paired over ${flags.pairs} unchanged cases: ${started} and ${stopped}, ${points(effect)} (${ciWords(effectCi, t.confidence)})`,
        testWords: 'McNemar exact, one-sided',
        minEffectWords: minEffectPoints(t.minEffect),
        practical: true,
    };
}
/** Two independent rates (head vs baseline) → z-test where valid, Fisher otherwise, one-sided. */
function rateFinding(metric, label, scope, head, baseline, polarity, t) {
    // A regression is a higher rate for higher-is-worse metrics and a lower one otherwise.
    const alternative = polarity === 'higher-is-worse' ? 'greater' : 'less';
    const comparison = compareProportions({ successes: head.events, n: head.n }, { successes: baseline.events, n: baseline.n }, t.confidence, alternative);
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
        text: `${label}${where} went from ${percent(baseline.events / baseline.n)} (${baseline.events}/${baseline.n}) to ` +
            `${percent(head.events / head.n)} (${head.events}/${head.n}), ${points(effect)} (${ciWords(comparison.interval, t.confidence)})`,
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
    const ks = ksTwoSample(head, baseline, 'greater');
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
    const psi = populationStabilityIndex(baseline, head);
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
        explanation: `${label} went from ${percent(baseline)} to ${percent(head)}, ${points(effect)}${note}: ${words}.`,
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
    const ks = ksTwoSample(head, baseline, 'less');
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
    return `${Math.round(confidence * 100)}% CI ${points(interval.lower)} to ${points(interval.upper)}`;
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
    const holmAdjusted = holm(headline.map((d) => d.finding.pValue));
    headline.forEach((d, i) => headlineAdjusted.set(d, holmAdjusted[i]));
    const headlineWords = `Holm over ${headline.length} headline test${headline.length === 1 ? '' : 's'}`;
    const refinementAdjusted = new Map();
    for (const metric of headlineMetrics) {
        const parent = headline.find((d) => d.finding.metric === metric && d.finding.scope === 'overall');
        const group = gating.filter((d) => !isHeadline(d) && parentOf(d) === metric);
        if (group.length === 0)
            continue;
        const bh = benjaminiHochberg(group.map((d) => d.finding.pValue));
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
        baseline: { file: options.baselineFile, gitSha: baseline.run.gitSha, createdAt: baseline.run.finishedAt },
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
    const tests = correctAndSettle([...caseFindings(match.pairs, t), ...claims.drafts, ...latencyFindings(match.pairs, t, roles.latency)], t);
    drift.findings = [...tests, ...claims.stability, ...coverageFindings(head, baseline, t)];
    return drift;
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

;// CONCATENATED MODULE: ./.build/schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/report.schema.json","title":"factgate report","description":"The versioned report of one factgate run. Generated from src/report/types.ts.","$ref":"#/definitions/Report","definitions":{"Report":{"type":"object","properties":{"schemaVersion":{"type":"number","const":2},"tool":{"type":"object","properties":{"name":{"type":"string","const":"factgate"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"run":{"type":"object","properties":{"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"durationMs":{"type":"number"},"gitSha":{"type":["string","null"]},"ref":{"type":["string","null"]},"runUrl":{"type":["string","null"]},"shard":{"anyOf":[{"type":"object","properties":{"index":{"type":"number"},"total":{"type":"number"}},"required":["index","total"],"additionalProperties":false},{"type":"null"}]},"partial":{"type":"boolean","description":"True when cancelled or a shard: the verdict of a partial report is never pass."},"partialReason":{"type":["string","null"]}},"required":["startedAt","finishedAt","durationMs","gitSha","ref","runUrl","shard","partial","partialReason"],"additionalProperties":false},"goldenSet":{"type":"object","properties":{"files":{"type":"array","items":{"type":"string"}},"hash":{"type":"string"},"caseCount":{"type":"number"}},"required":["files","hash","caseCount"],"additionalProperties":false},"settings":{"type":"object","properties":{"responses":{"type":"string"},"judge":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"citationPattern":{"type":"string"},"settingsHash":{"type":"string"}},"required":["responses","judge","citationPattern","settingsHash"],"additionalProperties":false},"policy":{"$ref":"#/definitions/ResolvedPolicy"},"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"cases":{"type":"array","items":{"$ref":"#/definitions/CaseResult"}},"responses":{"type":"object","properties":{"missing":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}}},"required":["missing","unknown"],"additionalProperties":false},"coverage":{"anyOf":[{"$ref":"#/definitions/ReportCoverage"},{"type":"null"}]},"drift":{"anyOf":[{"$ref":"#/definitions/ReportDrift"},{"type":"null"}]},"verdict":{"$ref":"#/definitions/Verdict"}},"required":["schemaVersion","tool","run","goldenSet","settings","policy","metrics","categories","cases","responses","coverage","drift","verdict"],"additionalProperties":false},"ResolvedPolicy":{"type":"object","properties":{"name":{"type":"string"},"extends":{"$ref":"#/definitions/PresetName"},"thresholds":{"$ref":"#/definitions/Thresholds"},"regression":{"$ref":"#/definitions/RuleAction","description":"A significant regression against the baseline."},"alpha":{"type":"number","description":"Significance level and minimum effect (absolute rate change) for drift findings."},"minEffect":{"type":"number"},"missingResponses":{"$ref":"#/definitions/RuleAction","description":"Golden-set cases with no response, or with an errored response."},"unknownResponses":{"$ref":"#/definitions/RuleAction","description":"Responses whose id is not in the golden set."},"missingInputs":{"$ref":"#/definitions/RuleAction","description":"A configured input (coverage report, baseline) that is missing or unreadable."},"judgeScoreDrift":{"$ref":"#/definitions/RuleAction","description":"Judge-score and latency distributions that moved towards worse (one-sided KS): warn by default, since they shift between identical runs on a loaded runner; \'fail\' makes them gating, corrected with the other regression tests."},"latencyDrift":{"$ref":"#/definitions/RuleAction"},"certification":{"$ref":"#/definitions/RuleAction","description":"The golden set is too small to demonstrate the thresholds at 95 % confidence."},"certificationBound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson) or Wilson (not a true 95 % bound near 0)."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"overrideLabel":{"type":"string"}},"required":["name","extends","thresholds","regression","alpha","minEffect","missingResponses","unknownResponses","missingInputs","judgeScoreDrift","latencyDrift","certification","certificationBound","override","overrideLabel"],"additionalProperties":false},"PresetName":{"type":"string","enum":["strict","standard","permissive"]},"Thresholds":{"type":"object","properties":{"maxHallucinationRate":{"type":["number","null"]},"maxCaseHallucinationRate":{"type":["number","null"]},"minCitationCoverage":{"type":["number","null"]},"minCitationPrecision":{"type":["number","null"]},"minFactRecall":{"type":["number","null"]},"maxUndeterminedRate":{"type":["number","null"]},"maxErrorRate":{"type":["number","null"]},"maxLatencyP95Ms":{"type":["number","null"]},"minLineCoverage":{"type":["number","null"]},"minBranchCoverage":{"type":["number","null"]},"minPatchCoverage":{"type":["number","null"]},"maxLineCoverageDrop":{"type":["number","null"]}},"required":["maxHallucinationRate","maxCaseHallucinationRate","minCitationCoverage","minCitationPrecision","minFactRecall","maxUndeterminedRate","maxErrorRate","maxLatencyP95Ms","minLineCoverage","minBranchCoverage","minPatchCoverage","maxLineCoverageDrop"],"additionalProperties":false,"description":"Rate thresholds are fractions in [0, 1]; null switches a threshold off."},"RuleAction":{"type":"string","enum":["fail","warn","ignore"],"description":"What happens when a rule is breached or an input is missing."},"Metrics":{"type":"object","properties":{"hallucinationRate":{"$ref":"#/definitions/Rate","description":"Hallucinated (contradicted + unsupported) claims / all claims (micro)."},"caseHallucinationRate":{"$ref":"#/definitions/Rate","description":"Cases with at least one hallucination / evaluated cases."},"citationCoverage":{"$ref":"#/definitions/Rate","description":"ALCE citation recall: claims whose cited sources together entail them / all claims."},"citationPrecision":{"$ref":"#/definitions/Rate","description":"ALCE citation precision: relevant citations / all citations."},"factRecall":{"$ref":"#/definitions/Rate","description":"Expected facts entailed by the answer / expected facts (answerable cases)."},"undeterminedRate":{"$ref":"#/definitions/Rate","description":"Claims the judge could not decide / all claims."},"answerRate":{"$ref":"#/definitions/Rate","description":"Answerable cases the app answered (did not abstain) / answerable cases."},"errorRate":{"$ref":"#/definitions/Rate","description":"Cases whose response is missing or errored / all cases."},"fabricatedCitationRate":{"$ref":"#/definitions/Rate","description":"Citations to ids the case does not have / all citations."},"latency":{"anyOf":[{"$ref":"#/definitions/LatencySummary"},{"type":"null"}]},"counts":{"type":"object","properties":{"cases":{"type":"number"},"claims":{"type":"number"},"supported":{"type":"number"},"contradicted":{"type":"number"},"unsupported":{"type":"number"},"undetermined":{"type":"number"},"nonClaims":{"type":"number"},"citations":{"type":"number"},"fabricatedCitations":{"type":"number"}},"required":["cases","claims","supported","contradicted","unsupported","undetermined","nonClaims","citations","fabricatedCitations"],"additionalProperties":false}},"required":["hallucinationRate","caseHallucinationRate","citationCoverage","citationPrecision","factRecall","undeterminedRate","answerRate","errorRate","fabricatedCitationRate","latency","counts"],"additionalProperties":false},"Rate":{"type":"object","properties":{"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["value","numerator","denominator","ci"],"additionalProperties":false,"description":"A rate with everything needed to trace and trust it."},"LatencySummary":{"type":"object","properties":{"count":{"type":"number"},"p50":{"type":"number"},"p95":{"type":"number"},"p99":{"type":"number"}},"required":["count","p50","p95","p99"],"additionalProperties":false},"CategoryMetrics":{"type":"object","properties":{"category":{"type":"string"},"cases":{"type":"number"},"hallucinationRate":{"$ref":"#/definitions/Rate"},"caseHallucinationRate":{"$ref":"#/definitions/Rate"},"citationCoverage":{"$ref":"#/definitions/Rate"},"factRecall":{"$ref":"#/definitions/Rate"}},"required":["category","cases","hallucinationRate","caseHallucinationRate","citationCoverage","factRecall"],"additionalProperties":false},"CaseResult":{"type":"object","properties":{"id":{"type":"string"},"category":{"type":"string"},"question":{"type":"string"},"expect":{"type":"string","enum":["answer","abstain"]},"contentHash":{"type":"string"},"status":{"$ref":"#/definitions/CaseStatus"},"answer":{"type":"string"},"error":{"type":["string","null"]},"latencyMs":{"type":["number","null"],"description":"The app\'s own latency_ms when it reports one, else request to answer; null when unknown."},"startupMs":{"type":"number","description":"A fresh worker process\'s first answer, start-up included (when the app reported no latency_ms): kept out of latencyMs and the latency figures."},"claims":{"type":"array","items":{"$ref":"#/definitions/ClaimResult"}},"nonClaims":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"reason":{"type":"string"}},"required":["text","reason"],"additionalProperties":false}},"hallucinated":{"type":"boolean"},"hallucinationReasons":{"type":"array","items":{"type":"string"},"description":"Every reason the case counts as hallucinated, in plain words."},"facts":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"forbidden":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}}},"required":["id","category","question","expect","contentHash","status","answer","error","latencyMs","claims","nonClaims","hallucinated","hallucinationReasons","facts","forbidden"],"additionalProperties":false},"CaseStatus":{"type":"string","enum":["answered","abstained","error","missing","not-run"]},"ClaimResult":{"type":"object","properties":{"index":{"type":"number"},"text":{"type":"string"},"citations":{"type":"array","items":{"type":"string"}},"verdict":{"$ref":"#/definitions/ClaimVerdict","description":"The judge\'s verdict against all of the case\'s sources."},"score":{"type":"number"},"evidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}]},"judge":{"type":"string"},"reason":{"type":"string"},"hallucinated":{"type":"boolean","description":"contradicted or unsupported."},"citedVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against the concatenation of the claim\'s known cited sources; null without any."},"citationCovered":{"type":"boolean","description":"ALCE citation recall for this claim: ≥ 1 citation and the cited sources entail it."},"citationChecks":{"type":"array","items":{"$ref":"#/definitions/CitationCheck"}}},"required":["index","text","citations","verdict","score","evidence","judge","reason","hallucinated","citedVerdict","citationCovered","citationChecks"],"additionalProperties":false},"ClaimVerdict":{"type":"string","enum":["supported","contradicted","unsupported","undetermined"]},"Evidence":{"type":"object","properties":{"sourceId":{"type":"string"},"sentence":{"type":"string","description":"The source sentence (or span) the judge aligned the claim to."},"start":{"type":"number","description":"Character offsets of `sentence` in the source text."},"end":{"type":"number"}},"required":["sourceId","sentence","start","end"],"additionalProperties":false,"description":"The best place in the sources that bears on a claim."},"CitationCheck":{"type":"object","properties":{"sourceId":{"type":"string"},"known":{"type":"boolean","description":"The id exists in the case\'s sources."},"relevant":{"type":"boolean","description":"ALCE: false when this source alone does not entail the claim and the others do without it."}},"required":["sourceId","known","relevant"],"additionalProperties":false},"FactCheck":{"type":"object","properties":{"text":{"type":"string"},"entailed":{"type":"boolean"},"evidence":{"type":["string","null"]}},"required":["text","entailed","evidence"],"additionalProperties":false},"ReportCoverage":{"type":"object","properties":{"reports":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"format":{"type":"string"}},"required":["file","format"],"additionalProperties":false}},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"type":"object","additionalProperties":false,"properties":{"uncovered":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"type":"array","items":{"type":"number"}}},"required":["path","lines"],"additionalProperties":false}},"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","rate","total","uncovered"]},{"type":"null"}]},"files":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"}},"required":["path","lines","branches"],"additionalProperties":false}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["reports","lines","branches","patch","files","warnings"],"additionalProperties":false},"CoverageTotals":{"type":"object","properties":{"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","total","rate"],"additionalProperties":false},"ReportDrift":{"type":"object","properties":{"status":{"type":"string","enum":["compared","skipped","not-comparable"]},"reason":{"type":["string","null"]},"baseline":{"anyOf":[{"type":"object","properties":{"file":{"type":"string"},"gitSha":{"type":["string","null"]},"createdAt":{"type":["string","null"]}},"required":["file","gitSha","createdAt"],"additionalProperties":false},{"type":"null"}]},"cases":{"type":"object","properties":{"compared":{"type":"number"},"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}},"changed":{"type":"array","items":{"type":"string"}}},"required":["compared","added","removed","changed"],"additionalProperties":false},"findings":{"type":"array","items":{"$ref":"#/definitions/DriftFinding"}}},"required":["status","reason","baseline","cases","findings"],"additionalProperties":false},"DriftFinding":{"type":"object","properties":{"test":{"type":"string","description":"e.g. \\"mcnemar\\", \\"fisher\\", \\"z-test\\", \\"ks\\", \\"psi\\", \\"delta\\"."},"metric":{"type":"string"},"scope":{"type":"string","description":"\\"overall\\" or a category name."},"statistic":{"type":["number","null"]},"pValue":{"type":["number","null"],"description":"The test\'s own p-value, one-sided in the regression direction; null for distances and deltas."},"adjustedPValue":{"type":["number","null"],"description":"pValue after the family-wise correction of the gating tests; null when the finding is not corrected."},"role":{"type":"string","enum":["gating","descriptive"],"description":"gating: can fail the gate (corrected together); descriptive: shown, warns at most."},"correction":{"type":["string","null"],"description":"How adjustedPValue was obtained, in words; null when not corrected."},"effect":{"type":["number","null"]},"effectCi":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}]},"direction":{"type":"string","enum":["regression","improvement","none"]},"significant":{"type":"boolean","description":"A regression with (adjusted) p ≤ α and an effect of at least the minimum effect."},"explanation":{"type":"string"}},"required":["test","metric","scope","statistic","pValue","adjustedPValue","role","correction","effect","effectCi","direction","significant","explanation"],"additionalProperties":false},"Verdict":{"type":"object","properties":{"status":{"type":"string","enum":["pass","fail","error","overridden"]},"breaches":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"notes":{"type":"array","items":{"type":"string"},"description":"Thresholds that could not be checked and why (e.g. no coverage report configured)."},"override":{"anyOf":[{"$ref":"#/definitions/OverrideRecord"},{"type":"null"}]}},"required":["status","breaches","warnings","notes","override"],"additionalProperties":false},"Breach":{"type":"object","properties":{"rule":{"type":"string","description":"The policy key that was breached, e.g. \\"max-hallucination-rate\\"."},"severity":{"$ref":"#/definitions/BreachSeverity"},"actual":{"type":["number","null"],"description":"The measured value, when there is one."},"threshold":{"type":["number","null"]},"message":{"type":"string"}},"required":["rule","severity","actual","threshold","message"],"additionalProperties":false},"BreachSeverity":{"type":"string","enum":["fail","warn"]},"OverrideRecord":{"type":"object","properties":{"by":{"type":"string"},"at":{"type":"string"},"via":{"type":"string","enum":["review","label"]},"permission":{"type":"string"},"waived":{"type":"array","items":{"type":"string"}}},"required":["by","at","via","permission","waived"],"additionalProperties":false}}}');
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/shared/structured.js
var structured = __webpack_require__(85934);
;// CONCATENATED MODULE: ./.build/src/report/types.js
const REPORT_SCHEMA_VERSION = 2;

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
    if (version !== REPORT_SCHEMA_VERSION) {
        throw new errors/* ConfigurationError */.j1(`report schema version ${String(version)} is not supported (this factgate reads version ${REPORT_SCHEMA_VERSION})`, {
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
    return parseBaselineReport(text, displayPath);
}
/** The same checks on text already in hand (e.g. from a downloaded artifact). */
function parseBaselineReport(text, file) {
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
    if (document.schemaVersion !== REPORT_SCHEMA_VERSION) {
        return {
            status: 'not-comparable',
            file,
            reason: `the baseline report has schema version ${JSON.stringify(document.schemaVersion)} and this run writes ${REPORT_SCHEMA_VERSION}; regenerate the baseline with this factgate version`,
            gitSha: typeof document.run?.gitSha === 'string' ? document.run.gitSha : null,
            createdAt: typeof document.run?.finishedAt === 'string' ? document.run.finishedAt : null,
        };
    }
    return { status: 'loaded', file, report: validateReport(value, file) };
}

;// CONCATENATED MODULE: ./.build/src/policy/keys.js
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
    maxUndeterminedRate: { key: 'max-undetermined-rate', kind: 'rate', label: 'Undetermined claims', bound: 'max' },
    maxErrorRate: { key: 'max-error-rate', kind: 'rate', label: 'Error rate', bound: 'max' },
    maxLatencyP95Ms: { key: 'max-latency-p95-ms', kind: 'ms', label: 'Latency p95', bound: 'max' },
    minLineCoverage: { key: 'min-line-coverage', kind: 'rate', label: 'Line coverage', bound: 'min' },
    minBranchCoverage: { key: 'min-branch-coverage', kind: 'rate', label: 'Branch coverage', bound: 'min' },
    minPatchCoverage: { key: 'min-patch-coverage', kind: 'rate', label: 'Patch coverage', bound: 'min' },
    maxLineCoverageDrop: { key: 'max-line-coverage-drop', kind: 'rate', label: 'Line coverage drop', bound: 'max' },
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

;// CONCATENATED MODULE: ./.build/src/drift/certify-thresholds.js
/**
 * Can this golden set certify the policy? For every rate threshold on what the golden
 * set measures (hallucination, citation, fact recall, undetermined and error rates),
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
        const { key, label, bound } = THRESHOLD_KEYS[rule];
        const spec = SAMPLED[rule];
        const rate = spec.rate(metrics);
        const kind = bound;
        // Nothing measured (e.g. no expected facts): the policy reports that on its own.
        if (rate.denominator === 0)
            continue;
        if (rate.value !== null && (kind === 'max' ? rate.value > threshold : rate.value < threshold))
            continue;
        const certification = certifyRate({ events: rate.numerator, n: rate.denominator, threshold, kind });
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
            message: `${label} ${kind === 'max' ? '≤' : '≥'} ${percent(threshold)} is not demonstrated at 95% confidence: ` +
                `${rate.numerator} of ${rate.denominator} ${spec.unit} ${spec.event}, one-sided 95% ${side} bound ${percent(chosen.bound)} ` +
                `(${method === 'wilson' ? 'Wilson, not a true 95% bound near 0' : 'exact Clopper–Pearson'}; ${method === 'wilson' ? 'exact' : 'Wilson'} ${percent(other.bound)}); ${more}.`,
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./.build/src/drift/index.js






// EXTERNAL MODULE: ./.build/src/evaluate/claims.js + 3 modules
var claims = __webpack_require__(15790);
// EXTERNAL MODULE: ./.build/src/evaluate/evaluate.js
var evaluate = __webpack_require__(95896);
// EXTERNAL MODULE: ./.build/src/evaluate/evaluation-pool.js + 1 modules
var evaluation_pool = __webpack_require__(28026);
;// CONCATENATED MODULE: ./.build/src/policy/evaluate-policy.js

function formatThreshold(rule, value) {
    if (value === null)
        return 'n/a';
    return THRESHOLD_KEYS[rule].kind === 'ms' ? `${Math.round(value)} ms` : formatPercent(value);
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
    for (const rule of Object.keys(THRESHOLD_KEYS)) {
        const threshold = policy.thresholds[rule];
        if (threshold === null)
            continue;
        const spec = THRESHOLD_KEYS[rule];
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
    const own = finding.metric === 'judgeScore' ? { rule: OPTION_KEYS.judgeScoreDrift, action: policy.judgeScoreDrift } :
        finding.metric === 'latencyP95Ms' ? { rule: OPTION_KEYS.latencyDrift, action: policy.latencyDrift } :
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./.build/src/evaluate/metrics.js


/** A rate with its counts and Wilson 95 % interval; value and interval are null over nothing. */
function rate(numerator, denominator) {
    if (denominator === 0)
        return { value: null, numerator, denominator, ci: null };
    const { lower, upper } = wilsonInterval(numerator, denominator);
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
        p50: (0,simple_statistics/* quantileSorted */.Z4)(values, 0.5),
        p95: (0,simple_statistics/* quantileSorted */.Z4)(values, 0.95),
        p99: (0,simple_statistics/* quantileSorted */.Z4)(values, 0.99),
    };
}

;// CONCATENATED MODULE: ./.build/src/report/build-report.js



/** Hash of the settings that change results: shards and baselines must agree on it. */
function settingsHash(settings, policy) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([settings, policy])).digest('hex');
}
function buildReport(input) {
    const partial = input.shard !== null || input.partialReason !== null;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: 'factgate', version: input.version },
        run: {
            startedAt: input.startedAt.toISOString(),
            finishedAt: input.finishedAt.toISOString(),
            durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
            gitSha: input.git.sha,
            ref: input.git.ref,
            runUrl: input.git.runUrl,
            shard: input.shard,
            partial,
            partialReason: input.partialReason ?? (input.shard ? `shard ${input.shard.index}/${input.shard.total}` : null),
        },
        goldenSet: { files: input.goldenSet.files, hash: input.goldenSet.hash, caseCount: input.goldenSet.caseCount },
        settings: { ...input.settings, settingsHash: settingsHash(input.settings, input.policy) },
        policy: input.policy,
        metrics: computeMetrics(input.cases),
        categories: computeCategoryMetrics(input.cases),
        cases: input.cases,
        responses: input.responses,
        coverage: input.coverage,
        drift: input.drift,
        verdict: input.verdict,
    };
}

// EXTERNAL MODULE: ./.build/src/responses/file.js + 1 modules
var file = __webpack_require__(83779);
;// CONCATENATED MODULE: ./.build/src/coverage/line-hits.js
/**
 * Hits per line number of one file. A report of 2 million lines fills 2 million entries,
 * and a `Map` costs several times the time and memory of an array indexed by line number
 * (line numbers of a file are small and dense). The array grows by doubling, but only while
 * the numbers stay near the count of lines held; a file with far-apart numbers (a
 * hand-made `number="999999999"`) switches to a `Map`, so memory stays bounded by the
 * number of lines either way. Iteration is in ascending line order for the array, in
 * insertion order for the `Map`.
 */
class LineHits {
    /** hits[line], or ABSENT for a line that is not listed. */
    dense = EMPTY;
    sparse;
    count = 0;
    /** Number of lines listed. */
    get size() {
        return this.count;
    }
    get(line) {
        if (this.sparse !== undefined)
            return this.sparse.get(line);
        const hits = this.dense[line];
        return hits === undefined || hits === ABSENT ? undefined : hits;
    }
    has(line) {
        return this.get(line) !== undefined;
    }
    set(line, hits) {
        this.put(line, hits, false);
    }
    /** Adds hits to a line (a line listed twice sums, like two runs). */
    add(line, hits) {
        this.put(line, hits, true);
    }
    /** How many listed lines have hits above zero. */
    coveredCount() {
        let covered = 0;
        if (this.sparse !== undefined) {
            for (const hits of this.sparse.values())
                if (hits > 0)
                    covered++;
            return covered;
        }
        const dense = this.dense;
        for (let line = 0; line < dense.length; line++)
            if (dense[line] > 0)
                covered++;
        return covered;
    }
    copy() {
        const copy = new LineHits();
        copy.count = this.count;
        if (this.sparse !== undefined) {
            copy.sparse = new Map(this.sparse);
            copy.dense = undefined;
        }
        else {
            copy.dense = this.dense.slice();
        }
        return copy;
    }
    *entries() {
        if (this.sparse !== undefined) {
            yield* this.sparse.entries();
            return;
        }
        const dense = this.dense;
        for (let line = 0; line < dense.length; line++) {
            const hits = dense[line];
            if (hits !== ABSENT)
                yield [line, hits];
        }
    }
    *keys() {
        for (const [line] of this.entries())
            yield line;
    }
    *values() {
        for (const [, hits] of this.entries())
            yield hits;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    put(line, hits, sum) {
        if (this.sparse !== undefined) {
            const previous = this.sparse.get(line);
            if (previous === undefined)
                this.count++;
            this.sparse.set(line, sum && previous !== undefined ? previous + hits : hits);
            return;
        }
        let dense = this.dense;
        if (!(line < dense.length)) {
            if (!Number.isSafeInteger(line) || line < 0 || line > 2 * this.count + MAX_GAP) {
                this.toSparse();
                return this.put(line, hits, sum);
            }
            const grown = new Float64Array(Math.max(line + 1, dense.length * 2, 16)).fill(ABSENT);
            grown.set(dense);
            this.dense = dense = grown;
        }
        const previous = dense[line];
        if (previous === ABSENT) {
            this.count++;
            dense[line] = hits;
        }
        else {
            dense[line] = sum ? previous + hits : hits;
        }
    }
    toSparse() {
        this.sparse = new Map(this.entries());
        this.dense = undefined;
    }
}
/** Hits are never negative, so -1 marks a line that is not listed. */
const ABSENT = -1;
/** How far past twice the lines held a new line number may lie and still grow the array. */
const MAX_GAP = 4096;
const EMPTY = new Float64Array(0);

;// CONCATENATED MODULE: ./.build/src/coverage/branches.js
/**
 * Records one LCOV branch outcome under its identity (block and branch within the line).
 * geninfo writes a source file once for every object that compiles it, so the same branch
 * comes again: it is one branch, taken when any record took it, as `lcov -a` counts it.
 */
function addIdentifiedBranch(file, line, id, taken) {
    const outcomes = (file.branchOutcomes ??= new Map());
    let byId = outcomes.get(line);
    if (byId === undefined) {
        byId = new Map();
        outcomes.set(line, byId);
    }
    const counts = file.branches.get(line) ?? { covered: 0, total: 0 };
    const before = byId.get(id);
    if (before === undefined) {
        byId.set(id, taken);
        file.branches.set(line, { covered: counts.covered + (taken ? 1 : 0), total: counts.total + 1 });
    }
    else if (taken && !before) {
        byId.set(id, true);
        file.branches.set(line, { covered: counts.covered + 1, total: counts.total });
    }
}
/**
 * Adds `source`'s branches of one line into `target` (which the caller owns). Branches
 * known by identity on both sides are united; otherwise only counts are known, and
 * `combineBranchCounts` keeps a lower bound.
 */
function mergeLineBranches(target, source, line, counts) {
    const existing = target.branches.get(line);
    if (existing === undefined) {
        target.branches.set(line, counts);
        const ids = source.branchOutcomes?.get(line);
        if (ids !== undefined)
            (target.branchOutcomes ??= new Map()).set(line, new Map(ids));
        return;
    }
    const mine = target.branchOutcomes?.get(line);
    const theirs = source.branchOutcomes?.get(line);
    if (mine !== undefined && theirs !== undefined) {
        for (const [id, taken] of theirs)
            addIdentifiedBranch(target, line, id, taken);
        return;
    }
    // One side has only counts: the identities no longer describe the line.
    target.branchOutcomes?.delete(line);
    target.branches.set(line, combineBranchCounts(existing, counts));
}
/** A copy of a file's branch identities that can change without touching the original. */
function copyBranchOutcomes(file) {
    if (file.branchOutcomes === undefined)
        return undefined;
    return new Map([...file.branchOutcomes].map(([line, ids]) => [line, new Map(ids)]));
}
/**
 * Two summaries of the same line's branches. Cobertura, JaCoCo and Clover give only
 * covered/total per line, not which branches, so the union cannot be known: keep the larger
 * total and the larger covered count (a lower bound on the truth, never above the total).
 */
function combineBranchCounts(a, b) {
    const total = Math.max(a.total, b.total);
    return { covered: Math.min(total, Math.max(a.covered, b.covered)), total };
}

;// CONCATENATED MODULE: ./.build/src/coverage/collector.js


/** Accumulates lines and branches per file while a report is read. */
class CoverageCollector {
    fileName;
    format;
    files = new Map();
    sourceRoots = [];
    warnings = [];
    declared = {};
    producer;
    constructor(fileName, format) {
        this.fileName = fileName;
        this.format = format;
    }
    file(rawPath) {
        const path = normaliseReportPath(rawPath);
        let file = this.files.get(path);
        if (file === undefined) {
            file = { path, lines: new LineHits(), branches: new Map() };
            this.files.set(path, file);
        }
        return file;
    }
    /** Same line twice (classes sharing a file, repeated records) sums, like separate runs. */
    addLine(file, line, hits) {
        file.lines.add(line, hits);
    }
    /** One branch outcome of a line, by its identity (LCOV lists each branch on its own record). */
    addBranch(file, line, id, taken) {
        addIdentifiedBranch(file, line, id, taken);
    }
    /** A line's branch summary; a line listed again (classes sharing a file) keeps the larger. */
    setBranches(file, line, counts) {
        const existing = file.branches.get(line);
        file.branches.set(line, existing === undefined ? counts : combineBranchCounts(existing, counts));
    }
    warn(message) {
        this.warnings.push(`${this.fileName}: ${message}`);
    }
    finish() {
        const report = {
            file: this.fileName,
            format: this.format,
            files: this.files,
            sourceRoots: this.sourceRoots,
            declared: this.declared,
            warnings: this.warnings,
        };
        if (this.producer !== undefined)
            report.producer = this.producer;
        return report;
    }
}
/** Forward slashes, no "./" prefix, no trailing spaces: paths as later compared to a diff. */
function normaliseReportPath(rawPath) {
    let path = rawPath.trim().replace(/\\/g, '/');
    while (path.startsWith('./'))
        path = path.slice(2);
    return path.replace(/\/{2,}/g, '/');
}

;// CONCATENATED MODULE: ./.build/src/coverage/numbers.js

// Decimal only: no hex ("0x1"), no leading zeros ("006"), no sign, optional exponent
// because Python writes small floats as "1e-05".
const RATE_RE = /^(?:0|[1-9][0-9]*)?(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
/** A non-negative integer written in plain decimal (a hit count, a line number). */
function parseCount(value, what, source) {
    const n = plainInteger(value);
    if (n !== -1)
        return n;
    throw new errors/* ConfigurationError */.j1(`${what} is "${clip(value)}", not a whole number ≥ 0`, {
        file: source.fileName,
        place: source.place(),
        fix: 'regenerate the report with its producer; hand-edited or corrupted reports are not read',
    });
}
/**
 * A count attribute read straight from the scanner's text when it is plain digits (no
 * string is made: this runs for every line of a report); otherwise read as text, which
 * trims it or says what is wrong. `absent` stands in for a missing attribute.
 */
function parseCountAttribute(attributes, name, what, source, absent = '') {
    const n = attributes.integer(name);
    return n !== -1 ? n : parseCount(attributes.get(name) ?? absent, what, source);
}
/**
 * A rate between 0 and 1. `NaN` (MATLAB writes it when nothing was measured) and an empty
 * value mean "not declared" and return undefined; anything else out of range is an error.
 */
function parseRate(value, what, source) {
    const text = value.trim();
    if (text === '' || text === 'NaN' || text === 'nan')
        return undefined;
    if (text !== '.' && RATE_RE.test(text)) {
        const n = Number(text);
        if (n >= 0 && n <= 1)
            return text;
    }
    throw new errors/* ConfigurationError */.j1(`${what} is "${clip(value)}", not a rate between 0 and 1`, {
        file: source.fileName,
        place: source.place(),
        fix: 'regenerate the report with its producer; rates are decimals such as 0.75',
    });
}
/** A declared count that may be missing or NaN (then undefined). */
function parseOptionalCount(value, what, source) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (text === '' || text === 'NaN' || text === 'nan')
        return undefined;
    return parseCount(text, what, source);
}
function clip(value) {
    return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
/** Digits only, no leading zero unless the number is 0, safe size; -1 otherwise. Runs per line, so no regexp. */
function plainInteger(text) {
    const length = text.length;
    if (length === 0 || length > 15)
        return text.trim() !== text && text.trim() !== '' ? plainInteger(text.trim()) : -1;
    if (length > 1 && text.charCodeAt(0) === 48)
        return -1;
    let n = 0;
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return text.trim() !== text ? plainInteger(text.trim()) : -1;
        n = n * 10 + c;
    }
    return n;
}

;// CONCATENATED MODULE: ./.build/src/coverage/lcov.js



/** Record types that carry nothing factgate uses but are valid LCOV. */
const IGNORED_RECORDS = new Set(['TN', 'VER', 'FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA', 'BFH', 'BFF']);
const RECORD_RE = /^([A-Z_]+):(.*)$/;
/**
 * LCOV tracefiles (geninfo/lcov 1.x and 2.x, istanbul, c8, coverage.py, gcovr, coverlet,
 * flutter, grcov). Lines come from `DA`, branches from `BRDA` (`-` means never evaluated:
 * not covered), each identified by its line, block and branch, so that a file written in
 * several sections merges as lcov merges it. `LF`/`LH` and `BRF`/`BRH` are the declared totals. Function records
 * (`FN`, `FNDA`, lcov 2's `FNL`/`FNA`) are accepted but not needed; names may hold commas.
 */
class LcovParser {
    fileName;
    collector;
    file;
    pending = '';
    lineNumber = 0;
    declaredLines = { covered: 0, total: 0 };
    declaredBranches = { covered: 0, total: 0 };
    sawLineTotals = false;
    sawBranchTotals = false;
    /** A file in several sections (geninfo: one per object that compiles it). */
    repeatedFile = false;
    unknown = new Set();
    records = 0;
    source;
    constructor(fileName) {
        this.fileName = fileName;
        this.collector = new CoverageCollector(fileName, 'lcov');
        this.source = { fileName, place: () => `line ${this.lineNumber}` };
    }
    write(chunk) {
        const text = this.pending + chunk;
        let start = 0;
        let newline = text.indexOf('\n');
        while (newline !== -1) {
            this.record(text.slice(start, newline));
            start = newline + 1;
            newline = text.indexOf('\n', start);
        }
        this.pending = text.slice(start);
    }
    end() {
        if (this.pending !== '')
            this.record(this.pending);
        this.pending = '';
        if (this.file !== undefined) {
            throw new errors/* ConfigurationError */.j1('the last SF record has no end_of_record: the file is truncated', {
                file: this.fileName,
                place: `line ${this.lineNumber}`,
                fix: 'regenerate the report and make sure it is written completely',
            });
        }
        if (this.records === 0) {
            throw new errors/* ConfigurationError */.j1('the file has no SF records', {
                file: this.fileName,
                place: `line ${this.lineNumber}`,
                fix: 'pass an LCOV tracefile with at least one SF ... end_of_record section',
            });
        }
        // Each section declares its own totals, so with a file in several sections their sum
        // counts its lines once per section: it says nothing about the merged file.
        if (this.sawLineTotals && !this.repeatedFile)
            this.collector.declared.lines = this.declaredLines;
        if (this.sawBranchTotals && !this.repeatedFile)
            this.collector.declared.branches = this.declaredBranches;
        if (this.unknown.size > 0)
            this.collector.warn(`unknown LCOV records ignored: ${[...this.unknown].join(', ')}`);
        return this.collector.finish();
    }
    record(rawLine) {
        this.lineNumber++;
        const line = rawLine.trim();
        if (line === '')
            return;
        if (line === 'end_of_record') {
            if (this.file === undefined)
                throw this.error('end_of_record without an SF record before it');
            this.file = undefined;
            return;
        }
        const match = RECORD_RE.exec(line);
        if (match === null)
            throw this.error(`"${line.slice(0, 40)}" is not an LCOV record`);
        const type = match[1];
        const value = match[2];
        if (type === 'SF') {
            if (this.file !== undefined)
                throw this.error('SF record before the previous one ended (end_of_record missing)');
            if (value.trim() === '')
                throw this.error('SF record with no path');
            if (this.collector.files.has(normaliseReportPath(value)))
                this.repeatedFile = true;
            this.file = this.collector.file(value);
            this.records++;
            return;
        }
        if (IGNORED_RECORDS.has(type))
            return;
        if (type !== 'DA' && type !== 'BRDA' && type !== 'LF' && type !== 'LH' && type !== 'BRF' && type !== 'BRH') {
            this.unknown.add(type);
            return;
        }
        const file = this.file;
        if (file === undefined)
            throw this.error(`${type} record outside an SF ... end_of_record section`);
        const fields = value.split(',');
        const s = this.source;
        if (type === 'DA') {
            // DA:<line>,<hits>[,<checksum>]
            if (fields.length < 2)
                throw this.error('DA record needs a line number and a hit count');
            this.collector.addLine(file, parseCount(fields[0], 'DA line', s), parseCount(fields[1], 'DA hits', s));
        }
        else if (type === 'BRDA') {
            // BRDA:<line>,[<exception>]<block>,<branch>,<taken or ->; lcov 2 may add fields in between.
            if (fields.length < 4)
                throw this.error('BRDA record needs line, block, branch and taken');
            const taken = fields[fields.length - 1].trim();
            const hits = taken === '-' ? 0 : parseCount(taken, 'BRDA taken', s);
            const id = fields.slice(1, -1).map((f) => f.trim()).join(',');
            this.collector.addBranch(file, parseCount(fields[0], 'BRDA line', s), id, hits > 0);
        }
        else if (type === 'LF') {
            this.declaredLines.total += parseCount(value, 'LF', s);
            this.sawLineTotals = true;
        }
        else if (type === 'LH') {
            this.declaredLines.covered += parseCount(value, 'LH', s);
        }
        else if (type === 'BRF') {
            this.declaredBranches.total += parseCount(value, 'BRF', s);
            this.sawBranchTotals = true;
        }
        else {
            this.declaredBranches.covered += parseCount(value, 'BRH', s);
        }
    }
    error(message) {
        return new errors/* ConfigurationError */.j1(`not a readable LCOV report: ${message}`, {
            file: this.fileName,
            place: `line ${this.lineNumber}`,
            fix: 'regenerate the report with its producer; the file is not complete LCOV',
        });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/clover.js


/**
 * Clover XML from istanbul, PHPUnit, gcovr and OpenClover. Only `<project>` counts; the
 * `<testproject>` section (coverage of the tests themselves) is skipped. Executable lines
 * are `stmt` and `cond` lines; on `cond` lines `truecount`/`falsecount` are the covered and
 * uncovered branches, which is how istanbul writes them and what adds up to the declared
 * `conditionals`.
 */
class CloverHandler {
    source;
    collector;
    file;
    inProject = false;
    depth = 0;
    projectDepth = -1;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'clover');
    }
    open(name, a) {
        this.depth++;
        if (name === 'project' && this.depth === 2) {
            this.inProject = true;
            this.projectDepth = this.depth;
            return false;
        }
        if (!this.inProject)
            return false;
        if (name === 'line' && this.file !== undefined)
            this.line(this.file, a);
        else if (name === 'file') {
            const path = a.get('path') ?? a.get('name');
            if (path !== undefined && path.trim() !== '')
                this.file = this.collector.file(path);
        }
        else if (name === 'metrics' && this.depth === this.projectDepth + 1)
            this.metrics(a);
        return false;
    }
    text() { }
    close(name) {
        if (name === 'file')
            this.file = undefined;
        if (name === 'project' && this.depth === this.projectDepth)
            this.inProject = false;
        this.depth--;
    }
    finish() {
        if (this.collector.files.size === 0)
            this.collector.warn('the report lists no files');
        return this.collector.finish();
    }
    metrics(a) {
        const s = this.source;
        const statements = parseOptionalCount(a.get('statements'), 'statements', s);
        const covered = parseOptionalCount(a.get('coveredstatements'), 'coveredstatements', s);
        if (statements !== undefined && covered !== undefined) {
            this.collector.declared.lines = { covered, total: statements };
        }
        const conditionals = parseOptionalCount(a.get('conditionals'), 'conditionals', s);
        const coveredConditionals = parseOptionalCount(a.get('coveredconditionals'), 'coveredconditionals', s);
        if (conditionals !== undefined && coveredConditionals !== undefined) {
            this.collector.declared.branches = { covered: coveredConditionals, total: conditionals };
        }
    }
    line(file, a) {
        const type = a.get('type');
        if (type !== 'stmt' && type !== 'cond')
            return;
        const s = this.source;
        const number = parseCountAttribute(a, 'num', '<line> num', s);
        const hits = parseCountAttribute(a, 'count', '<line> count', s);
        this.collector.addLine(file, number, hits);
        if (type === 'cond') {
            const covered = parseCountAttribute(a, 'truecount', '<line> truecount', s, '0');
            const uncovered = parseCountAttribute(a, 'falsecount', '<line> falsecount', s, '0');
            if (covered + uncovered > 0)
                this.collector.setBranches(file, number, { covered, total: covered + uncovered });
        }
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/cobertura.js



const CONDITION_COVERAGE_RE = /^\s*[0-9]+(?:\.[0-9]+)?\s*%\s*\(([0-9]+)\/([0-9]+)\)\s*$/;
/**
 * Cobertura as written by coverage.py, istanbul, gcovr, coverlet, Cobertura (Java),
 * simplecov-cobertura, LuaCov, MATLAB and others. Only class-level `<lines>` count: the
 * `<method>` lines repeat them. Classes sharing a filename merge; classes may sit directly
 * under `<packages>`.
 */
class CoberturaHandler {
    source;
    collector;
    file;
    methodDepth = 0;
    sourceText;
    lineCount = 0;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'cobertura');
    }
    open(name, a) {
        switch (name) {
            case 'line':
                if (this.file !== undefined && this.methodDepth === 0)
                    this.line(this.file, a);
                return false;
            case 'class': {
                const filename = a.get('filename');
                if (filename === undefined || filename.trim() === '') {
                    throw new errors/* ConfigurationError */.j1('<class> has no filename attribute', {
                        file: this.source.fileName,
                        place: this.source.place(),
                        fix: 'regenerate the report; every Cobertura <class> names its source file',
                    });
                }
                this.file = this.collector.file(filename);
                return false;
            }
            case 'method':
                this.methodDepth++;
                return false;
            case 'source':
                this.sourceText = '';
                return true;
            case 'coverage':
                this.root(a);
                return false;
            default:
                return false;
        }
    }
    text(text) {
        // A source root is a path; 4 KiB is plenty and keeps hostile text bounded.
        if (this.sourceText !== undefined)
            this.sourceText += text.slice(0, 4096 - this.sourceText.length);
    }
    close(name) {
        if (name === 'class')
            this.file = undefined;
        else if (name === 'method')
            this.methodDepth--;
        else if (name === 'source' && this.sourceText !== undefined) {
            const root = this.sourceText.trim();
            // Some producers write the command-line flag itself ("--source") as a root.
            if (root !== '' && !root.startsWith('--'))
                this.collector.sourceRoots.push(root);
            this.sourceText = undefined;
        }
    }
    finish() {
        if (this.lineCount === 0)
            this.collector.warn('the report lists no lines');
        return this.collector.finish();
    }
    root(a) {
        const s = this.source;
        const declared = this.collector.declared;
        const linesCovered = parseOptionalCount(a.get('lines-covered'), 'lines-covered', s);
        const linesValid = parseOptionalCount(a.get('lines-valid'), 'lines-valid', s);
        if (linesCovered !== undefined && linesValid !== undefined) {
            declared.lines = { covered: linesCovered, total: linesValid };
        }
        const branchesCovered = parseOptionalCount(a.get('branches-covered'), 'branches-covered', s);
        const branchesValid = parseOptionalCount(a.get('branches-valid'), 'branches-valid', s);
        if (branchesCovered !== undefined && branchesValid !== undefined) {
            declared.branches = { covered: branchesCovered, total: branchesValid };
        }
        for (const [attribute, key] of [
            ['line-rate', 'lineRate'],
            ['branch-rate', 'branchRate'],
        ]) {
            const raw = a.get(attribute);
            if (raw === undefined)
                continue;
            const rate = parseRate(raw, attribute, s);
            if (rate === undefined)
                this.collector.warn(`${attribute} is "${raw}"; it was ignored`);
            else
                declared[key] = rate;
        }
        const version = a.get('version');
        if (version?.startsWith('gcovr'))
            this.collector.producer = version;
    }
    line(file, a) {
        const s = this.source;
        const number = parseCountAttribute(a, 'number', '<line> number', s);
        const hits = parseCountAttribute(a, 'hits', '<line> hits', s);
        this.lineCount++;
        this.collector.addLine(file, number, hits);
        const branch = a.get('branch');
        // Producers write "true" or "True".
        if (branch === undefined || branch.toLowerCase() !== 'true')
            return;
        const conditions = a.get('condition-coverage');
        if (conditions === undefined)
            return;
        const match = CONDITION_COVERAGE_RE.exec(conditions);
        if (match === null) {
            throw new errors/* ConfigurationError */.j1(`condition-coverage is "${conditions.slice(0, 40)}", not "P% (covered/total)"`, {
                file: s.fileName,
                place: s.place(),
                fix: 'regenerate the report with its producer',
            });
        }
        const covered = parseCount(match[1], 'condition-coverage covered', s);
        const total = parseCount(match[2], 'condition-coverage total', s);
        if (covered > total) {
            throw new errors/* ConfigurationError */.j1(`condition-coverage "${conditions}" covers more branches than exist`, {
                file: s.fileName,
                place: s.place(),
                fix: 'regenerate the report with its producer',
            });
        }
        this.collector.setBranches(file, number, { covered, total });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/jacoco.js


/**
 * JaCoCo XML. A line is covered when it has covered instructions (`ci` > 0); its branches
 * are `mb` + `cb`. The path is the package name joined with the source file name. gcovr's
 * JaCoCo output has no `mi`/`ci` on lines: such files keep their `LINE` counter as totals.
 */
class JacocoHandler {
    source;
    collector;
    packageName = '';
    file;
    fileHasLineHits = false;
    fileCounters = {};
    depth = 0;
    skipDepth = -1;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'jacoco');
    }
    open(name, a) {
        this.depth++;
        if (this.skipDepth !== -1)
            return false;
        switch (name) {
            case 'report':
                if (a.get('name')?.startsWith('GCOVR'))
                    this.collector.producer = 'gcovr';
                break;
            case 'package':
                this.packageName = (a.get('name') ?? '').replace(/\\/g, '/');
                break;
            case 'sourcefile': {
                const base = a.get('name') ?? '';
                this.file = this.collector.file(this.packageName === '' ? base : `${this.packageName}/${base}`);
                this.fileHasLineHits = false;
                this.fileCounters = {};
                break;
            }
            case 'class':
            case 'sessioninfo':
                // Class and method counters repeat the source file's; nothing to read inside.
                this.skipDepth = this.depth;
                break;
            case 'line':
                if (this.file !== undefined)
                    this.line(this.file, a);
                break;
            case 'counter':
                this.counter(a);
                break;
        }
        return false;
    }
    text() { }
    close(name) {
        if (this.skipDepth === this.depth)
            this.skipDepth = -1;
        else if (this.skipDepth === -1 && name === 'sourcefile' && this.file !== undefined) {
            if (!this.fileHasLineHits && this.fileCounters.lines !== undefined) {
                this.file.totalsOnly = {
                    lines: this.fileCounters.lines,
                    branches: this.fileCounters.branches ?? { covered: 0, total: 0 },
                };
            }
            this.file = undefined;
        }
        else if (name === 'package')
            this.packageName = '';
        this.depth--;
    }
    finish() {
        const partial = [...this.collector.files.values()].filter((f) => f.totalsOnly !== undefined).length;
        if (partial > 0) {
            this.collector.warn(`${partial} file(s) have no per-line hits (mi/ci), only totals: their lines cannot be matched against a diff`);
        }
        if (this.collector.files.size === 0)
            this.collector.warn('the report lists no source files');
        return this.collector.finish();
    }
    line(file, a) {
        const s = this.source;
        const number = parseCountAttribute(a, 'nr', '<line> nr', s);
        const coveredInstructions = a.get('ci');
        if (coveredInstructions !== undefined) {
            this.fileHasLineHits = true;
            this.collector.addLine(file, number, parseCount(coveredInstructions, '<line> ci', s));
            const missedInstructions = a.get('mi');
            if (missedInstructions !== undefined)
                parseCount(missedInstructions, '<line> mi', s);
        }
        const missed = parseCountAttribute(a, 'mb', '<line> mb', s, '0');
        const covered = parseCountAttribute(a, 'cb', '<line> cb', s, '0');
        if (missed + covered > 0)
            this.collector.setBranches(file, number, { covered, total: missed + covered });
    }
    counter(a) {
        const type = a.get('type');
        if (type !== 'LINE' && type !== 'BRANCH')
            return;
        const s = this.source;
        const missed = parseCount(a.get('missed') ?? '', `<counter type="${type}"> missed`, s);
        const covered = parseCount(a.get('covered') ?? '', `<counter type="${type}"> covered`, s);
        const counts = { covered, total: covered + missed };
        const key = type === 'LINE' ? 'lines' : 'branches';
        // depth 2 is a direct child of <report>: the report's own totals.
        if (this.depth === 2)
            this.collector.declared[key] = counts;
        else if (this.file !== undefined)
            this.fileCounters[key] = counts;
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/xml-formats.js




/** Root elements of XML formats that are not read, with what to do instead. */
const OTHER_XML_FORMATS = {
    CoverageSession: 'OpenCover XML; ask the tool for Cobertura (coverlet: --format cobertura)',
    results: 'dotCover or another results format; export Cobertura or LCOV instead',
    testsuites: 'JUnit test results, not coverage; pass the coverage report',
    testsuite: 'JUnit test results, not coverage; pass the coverage report',
    CoverageDSPriv: 'Visual Studio coverage XML; convert it to Cobertura (dotnet-coverage merge -f cobertura)',
};
/**
 * Picks the format from the root element. Cobertura, Clover and SonarQube's generic
 * format all use `<coverage>`, so for that root the first child decides.
 */
class XmlFormatDispatcher {
    fileName;
    source;
    forced;
    onHandler;
    handler;
    pendingRoot;
    /** Where the deferred root tag was, so errors in its attributes point at it. */
    rootPlace;
    handlerSource;
    constructor(fileName, source, forced, 
    /** Called with the format's handler so events can go to it directly from then on. */
    onHandler = () => { }) {
        this.fileName = fileName;
        this.source = source;
        this.forced = forced;
        this.onHandler = onHandler;
        this.handlerSource = { fileName, place: () => this.rootPlace ?? source.place() };
    }
    open(name, attributes) {
        if (this.handler !== undefined)
            return this.handler.open(name, attributes);
        if (this.pendingRoot === undefined) {
            if (name === 'report')
                return this.start('jacoco', name, attributes);
            if (name === 'coverage') {
                // The scanner reuses its attributes object for the next tag: keep a copy.
                this.pendingRoot = attributes.copy();
                this.rootPlace = this.source.place();
                return false;
            }
            throw this.unknownRoot(name);
        }
        const format = this.formatFromFirstChild(name);
        const root = this.pendingRoot;
        this.start(format, 'coverage', root);
        return this.handler.open(name, attributes);
    }
    text(text) {
        this.handler?.text(text);
    }
    close(name) {
        if (this.handler === undefined && this.pendingRoot !== undefined) {
            // <coverage/> with no children: an empty report of the format its attributes suggest.
            const root = this.pendingRoot;
            this.start(root.get('line-rate') !== undefined || this.forced === 'cobertura' ? 'cobertura' : 'clover', 'coverage', root);
        }
        this.handler?.close(name);
    }
    finish() {
        if (this.handler === undefined)
            throw new Error('finish() before the root element was read');
        return this.handler.finish();
    }
    formatFromFirstChild(child) {
        if (child === 'sources' || child === 'packages')
            return 'cobertura';
        if (child === 'project' || child === 'testproject')
            return 'clover';
        if (child === 'file') {
            throw new errors/* ConfigurationError */.j1('this is a SonarQube generic coverage report, which factgate does not read', {
                file: this.fileName,
                place: this.source.place(),
                fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report (gcovr: --cobertura or --lcov instead of --sonarqube)',
            });
        }
        throw new errors/* ConfigurationError */.j1(`<coverage> starts with <${child}>, which no known coverage format does`, {
            file: this.fileName,
            place: this.source.place(),
            fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report',
        });
    }
    start(format, root, attributes) {
        if (this.forced !== undefined && this.forced !== format) {
            throw new errors/* ConfigurationError */.j1(`--format ${this.forced} was asked for, but the file is ${format}`, {
                file: this.fileName,
                place: this.source.place(),
                fix: `use --format ${format} or --format auto`,
            });
        }
        this.handler =
            format === 'jacoco'
                ? new JacocoHandler(this.fileName, this.handlerSource)
                : format === 'clover'
                    ? new CloverHandler(this.fileName, this.handlerSource)
                    : new CoberturaHandler(this.fileName, this.handlerSource);
        const capture = this.handler.open(root, attributes);
        this.rootPlace = undefined;
        this.onHandler(this.handler);
        return capture;
    }
    unknownRoot(name) {
        const known = Object.hasOwn(OTHER_XML_FORMATS, name) ? OTHER_XML_FORMATS[name] : undefined;
        return new errors/* ConfigurationError */.j1(known !== undefined
            ? `the root element <${name}> is ${known.split(';')[0]}, which factgate does not read`
            : `the root element is <${name}>, not a coverage report`, {
            file: this.fileName,
            place: this.source.place(),
            fix: known?.split('; ')[1] ?? 'pass a Cobertura (<coverage>), JaCoCo (<report>), LCOV or Clover report',
        });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/xml-scanner.js

/**
 * A strict, streaming XML scanner for coverage reports.
 *
 * Why not a general-purpose library: on a 60 MB Cobertura report, saxes alone takes about
 * 1.4 s of CPU to tokenise, htmlparser2 1.5 s (and reports no well-formedness errors) and
 * sax 2.9 s; DOM parsers take 3–10 s and 0.6 GB, while the whole process reading the
 * report with this scanner takes about 0.8 s (see README.md). Coverage reports use a small part of XML, so this scanner accepts exactly
 * that part and rejects the rest with the line and column:
 * - no DTD processing: a DOCTYPE with an internal subset is refused, an external one is
 *   never fetched, and only the five predefined entities and character references are
 *   decoded, so entity expansion cannot happen (output is never longer than input);
 * - well-formedness: tags must match and close, one root, nothing but whitespace, comments
 *   and processing instructions outside it, no duplicate attributes;
 * - a nesting cap; attributes are pairs in an array, so `__proto__` is just a name.
 */
/**
 * A start tag's attributes, looked up by scanning: tags have a handful of attributes, and
 * no object is keyed by untrusted names (so `__proto__` is just a name, and no key is
 * interned per tag). A plain value is kept as its offsets in the scanner's text and cut out
 * only when asked for, so `<line number="7" hits="1"/>` costs no string at all when its
 * numbers are read with `integer` (the hot path of a 2-million-line report). Values that
 * need normalising or decoding are turned into strings while the tag is scanned, so every
 * well-formedness error is still found at once.
 */
class XmlAttributes {
    text = xml_scanner_EMPTY;
    names = [];
    starts = [];
    ends = [];
    /** The value as a string once made; undefined while it is only offsets into `text`. */
    values = [];
    /** Number of attributes of the current tag. */
    count = 0;
    /** Starts a new tag whose plain values are offsets into `text`. */
    reset(text) {
        this.text = text;
        this.count = 0;
    }
    name(index) {
        return this.names[index];
    }
    value(index) {
        let value = this.values[index];
        if (value === undefined) {
            value = unitsText(this.text, this.starts[index], this.ends[index]);
            this.values[index] = value;
        }
        return value;
    }
    get(name) {
        const index = this.indexOf(name);
        return index === -1 ? undefined : this.value(index);
    }
    has(name) {
        return this.indexOf(name) !== -1;
    }
    /**
     * The value as a plain decimal integer (digits only, no leading zero, at most 15 digits)
     * read without making a string; -1 when absent or written any other way, so the caller
     * can read it with `get` and say what is wrong.
     */
    integer(name) {
        const index = this.indexOf(name);
        if (index === -1)
            return -1;
        // Values made into strings (normalised or decoded) are read with `get`.
        if (this.values[index] !== undefined)
            return -1;
        const text = this.text;
        const start = this.starts[index];
        const end = this.ends[index];
        const length = end - start;
        if (length === 0 || length > 15 || (length > 1 && text[start] === 48))
            return -1;
        let n = 0;
        for (let i = start; i < end; i++) {
            const digit = text[i] - 48;
            if (digit < 0 || digit > 9)
                return -1;
            n = n * 10 + digit;
        }
        return n;
    }
    /** A value already made into a string (normalised or decoded). */
    add(name, value) {
        this.names[this.count] = name;
        this.values[this.count++] = value;
    }
    /** A plain value: text[start, end) of the current tag's text. */
    addRange(name, start, end) {
        this.names[this.count] = name;
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.values[this.count++] = undefined;
    }
    /** A copy that stays valid after the scanner moves on. */
    copy() {
        const copy = new XmlAttributes();
        for (let i = 0; i < this.count; i++)
            copy.add(this.names[i], this.value(i));
        return copy;
    }
    indexOf(name) {
        const names = this.names;
        for (let i = 0; i < this.count; i++)
            if (names[i] === name)
                return i;
        return -1;
    }
}
const DOCTYPE_RE = /<!DOCTYPE[ \t\r\n]+[^ \t\r\n>[]+(?:[ \t\r\n]+(?:SYSTEM[ \t\r\n]+(?:"[^"]*"|'[^']*')|PUBLIC[ \t\r\n]+(?:"[^"]*"|'[^']*')[ \t\r\n]+(?:"[^"]*"|'[^']*')))?[ \t\r\n]*([[>])/y;
const REFERENCE_RE = /&(?:#x([0-9a-fA-F]{1,8});|#([0-9]{1,10});|(lt|gt|amp|quot|apos);)|&/g;
const WHITESPACE_ONLY_RE = /^[ \t\r\n]*$/;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A tag, comment or declaration longer than this is refused instead of buffered forever. */
const MAX_MARKUP_CHARS = 1 << 20;
class XmlScanner {
    handler;
    options;
    buffer = xml_scanner_EMPTY;
    /** Line (1-based) and column offset of buffer[0], to name places in errors. */
    line = 1;
    column = 1;
    stack = [];
    rootSeen = false;
    rootClosed = false;
    doctypeSeen = false;
    anythingSeen = false;
    capturing = -1;
    nextAmpersand = -1;
    markupStart = 0;
    /** Reused for every tag: handlers read attributes during `open` and keep none. */
    attributes = new XmlAttributes();
    /** The previous tag's name and attribute names, reused when the next tag repeats them. */
    lastTagName = '';
    attributeNames = [];
    constructor(handler, options) {
        this.handler = handler;
        this.options = options;
    }
    /** Hands the following events to another handler (once the format is known). */
    setHandler(handler) {
        this.handler = handler;
    }
    /**
     * Scans the next piece of the document: a string, or bytes that are each one Latin-1
     * character (the reader hands ASCII chunks of a UTF-8 file over as they were read).
     */
    write(chunk) {
        const units = toUnits(chunk);
        this.buffer = this.buffer.length === 0 ? units : joinUnits(this.buffer, units);
        this.scan(false);
    }
    end() {
        this.scan(true);
        if (!this.rootSeen) {
            throw this.error(this.anythingSeen ? 'the file has no root element' : 'the file is empty', this.buffer.length, {
                fix: 'pass the coverage report your test run wrote (was the file written completely?)',
            });
        }
        if (this.stack.length > 0) {
            throw this.error(`the file ends before <${this.stack[this.stack.length - 1]}> is closed: it is truncated`, this.buffer.length, { fix: 'regenerate the report and make sure it is written completely before factgate reads it' });
        }
    }
    /** "line L, column C" of the markup being handled, for errors raised by handlers. */
    place() {
        return this.placeOf(this.markupStart);
    }
    scan(final) {
        const s = this.buffer;
        const n = s.length;
        let i = 0;
        this.nextAmpersand = -1;
        while (i < n) {
            // Tags mostly follow each other directly or after one newline: look before searching.
            const lt = s[i] === 60 ? i : s[i] === 10 && s[i + 1] === 60 ? i + 1 : s.indexOf(60 /* < */, i);
            const textEnd = lt === -1 ? n : lt;
            if (textEnd > i) {
                // Keep a trailing, unfinished reference for the next chunk.
                let cut = textEnd;
                if (lt === -1 && !final) {
                    const amp = s.lastIndexOf(38 /* & */, n - 1);
                    if (amp >= i && s.indexOf(59 /* ; */, amp) === -1)
                        cut = amp;
                    // And a trailing CR, which reads as one line end with an LF that may follow.
                    else if (s[n - 1] === 13)
                        cut = n - 1;
                }
                // Whitespace between tags inside the root needs nothing unless it may hold a
                // reference or its element's text was asked for; most gaps end here.
                if (cut > i && (this.stack.length === 0 || this.capturing !== -1 || this.ampersandBefore(s, i, cut)))
                    this.handleText(s, i, cut);
                i = cut;
                if (lt === -1)
                    break;
            }
            this.markupStart = lt;
            const next = s[lt + 1];
            let consumed;
            if (next === 47 /* / */)
                consumed = this.endTag(s, lt);
            else if (next === 63 /* ? */)
                consumed = this.processingInstruction(s, lt);
            else if (next === 33 /* ! */)
                consumed = this.declaration(s, lt, final);
            else
                consumed = this.startTag(s, lt);
            if (consumed === -1) {
                if (final || n - lt > MAX_MARKUP_CHARS) {
                    throw this.error(n - lt > MAX_MARKUP_CHARS ? 'markup longer than 1 MiB' : 'the file ends inside a tag: it is truncated', lt, { fix: 'regenerate the report; it is not complete XML' });
                }
                break;
            }
            i = consumed;
        }
        this.advance(s, i);
    }
    /** Drops consumed text from the buffer, keeping line/column of what remains. */
    advance(s, consumed) {
        if (consumed === 0)
            return;
        let newline = s.indexOf(10 /* \n */);
        let last = -1;
        while (newline !== -1 && newline < consumed) {
            this.line++;
            last = newline;
            newline = s.indexOf(10, newline + 1);
        }
        this.column = last === -1 ? this.column + consumed : consumed - last;
        this.buffer = s.subarray(consumed);
    }
    handleText(s, from, to) {
        if (this.stack.length === 0) {
            const text = unitsText(s, from, to);
            if (!WHITESPACE_ONLY_RE.test(text)) {
                const offset = from + text.search(/[^ \t\r\n]/);
                throw this.error(this.rootClosed ? 'text after the end of the document' : 'text before the root element', offset, { fix: 'the file is not a single XML document; regenerate it' });
            }
            return;
        }
        const hasReference = this.ampersandBefore(s, from, to);
        if (this.capturing !== -1) {
            // XML line-end normalisation: CRLF and lone CR read as LF.
            const raw = unitsText(s, from, to).replace(/\r\n?/g, '\n');
            this.handler.text(hasReference ? this.decode(raw, from) : raw);
        }
        else if (hasReference) {
            this.decode(unitsText(s, from, to), from);
        }
    }
    /** Whether s[from, to) holds an '&', remembering the next one so the search is done once per buffer. */
    ampersandBefore(s, from, to) {
        if (this.nextAmpersand === -1 || this.nextAmpersand < from) {
            const amp = s.indexOf(38 /* & */, from);
            this.nextAmpersand = amp === -1 ? Number.MAX_SAFE_INTEGER : amp;
        }
        return this.nextAmpersand < to;
    }
    startTag(s, lt) {
        // Hand-rolled rather than regular expressions: this runs once per <line>, and the
        // character loop is about twice as fast as sticky regexps on large reports.
        const n = s.length;
        let p = lt + 1;
        if (p >= n)
            return -1;
        if (!isNameStart(s[p])) {
            throw this.error(`'<' is not followed by a tag name`, lt, {
                fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
            });
        }
        // Tags repeat: when this one has the previous tag's name, reuse that string instead of
        // scanning and copying the name again.
        let name = this.lastTagName;
        if (p + name.length < n && sameText(s, p, name) && !isNameChar(s[p + name.length])) {
            p += name.length;
        }
        else {
            p++;
            while (p < n && isNameChar(s[p]))
                p++;
            if (p >= n)
                return -1;
            name = unitsText(s, lt + 1, p);
            this.lastTagName = name;
        }
        const attributes = this.attributes;
        attributes.reset(s);
        let attributeIndex = 0;
        for (;;) {
            let q = p;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            const c = s[q];
            if (c === 62 /* > */) {
                this.openElement(name, attributes, lt);
                return q + 1;
            }
            if (c === 47 /* / */) {
                if (q + 1 >= n)
                    return -1;
                if (s[q + 1] !== 62)
                    throw this.malformedTag(name, q);
                this.openElement(name, attributes, lt);
                this.closeElement(name);
                return q + 2;
            }
            if (q === p || !isNameStart(c))
                throw this.malformedTag(name, q);
            const nameStart = q;
            // Same for attribute names, which come in the same order tag after tag.
            let attributeName = this.attributeNames[attributeIndex];
            if (attributeName !== undefined && q + attributeName.length < n && sameText(s, q, attributeName) && !isNameChar(s[q + attributeName.length])) {
                q += attributeName.length;
            }
            else {
                q++;
                while (q < n && isNameChar(s[q]))
                    q++;
                attributeName = unitsText(s, nameStart, q);
                this.attributeNames[attributeIndex] = attributeName;
            }
            attributeIndex++;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            if (s[q] !== 61 /* = */)
                throw this.malformedTag(name, q);
            q++;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            const quote = s[q];
            if (quote !== 34 && quote !== 39)
                throw this.malformedTag(name, q);
            // One pass finds the closing quote and notes '<' (not allowed) and '&' (to decode).
            let close = q + 1;
            let hasReference = false;
            let hasLineBreakOrTab = false;
            for (;;) {
                if (close >= n)
                    return -1;
                const v = s[close];
                if (v === quote)
                    break;
                if (v === 60 /* < */) {
                    throw this.error(`'<' inside the value of ${attributeName} in <${name}>`, close, {
                        fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
                    });
                }
                if (v === 38 /* & */)
                    hasReference = true;
                else if (v === 9 || v === 10 || v === 13)
                    hasLineBreakOrTab = true;
                close++;
            }
            if (attributes.has(attributeName)) {
                throw this.error(`attribute ${attributeName} appears twice in <${name}>`, nameStart, {
                    fix: 'the file is not well-formed XML; regenerate it',
                });
            }
            if (hasReference || hasLineBreakOrTab) {
                let raw = unitsText(s, q + 1, close);
                // XML attribute-value normalisation: each tab or line end (CRLF as one) is a space.
                if (hasLineBreakOrTab)
                    raw = raw.replace(/\r\n|[\t\n\r]/g, ' ');
                attributes.add(attributeName, hasReference ? this.decode(raw, q) : raw);
            }
            else {
                attributes.addRange(attributeName, q + 1, close);
            }
            p = close + 1;
        }
    }
    malformedTag(name, offset) {
        return this.error(`malformed start tag <${name}>`, offset, {
            fix: 'attributes must be name="value" pairs separated by spaces; the file is not well-formed XML',
        });
    }
    openElement(name, attributes, lt) {
        if (this.stack.length === 0) {
            if (this.rootClosed) {
                throw this.error(`a second root element <${name}> after the end of the document`, lt, {
                    fix: 'the file holds more than one XML document; pass each report as its own file',
                });
            }
            this.rootSeen = true;
        }
        if (this.stack.length >= this.options.maxDepth) {
            throw this.error(`elements are nested deeper than ${this.options.maxDepth} levels`, lt, {
                fix: 'this is not a coverage report; coverage reports nest a few levels deep',
            });
        }
        this.anythingSeen = true;
        this.stack.push(name);
        const capture = this.handler.open(name, attributes);
        if (capture === true && this.capturing === -1)
            this.capturing = this.stack.length;
    }
    closeElement(name) {
        if (this.capturing === this.stack.length)
            this.capturing = -1;
        this.stack.pop();
        if (this.stack.length === 0)
            this.rootClosed = true;
        this.handler.close(name);
    }
    endTag(s, lt) {
        const n = s.length;
        let p = lt + 2;
        if (p >= n)
            return -1;
        if (!isNameStart(s[p])) {
            throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        p++;
        while (p < n && isNameChar(s[p]))
            p++;
        const nameEnd = p;
        while (p < n && isSpace(s[p]))
            p++;
        if (p >= n)
            return -1;
        if (s[p] !== 62) {
            throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        const name = unitsText(s, lt + 2, nameEnd);
        const open = this.stack[this.stack.length - 1];
        if (open !== name) {
            throw this.error(open === undefined ? `</${name}> closes nothing` : `</${name}> where </${open}> was expected`, lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        this.closeElement(name);
        return p + 1;
    }
    processingInstruction(s, lt) {
        const end = indexOfText(s, '?>', lt + 2);
        if (end === -1)
            return -1;
        const target = /^[^ \t\r\n?]*/.exec(unitsText(s, lt + 2, Math.min(end, lt + 40)))?.[0] ?? '';
        if (target.toLowerCase() === 'xml' && (this.line !== 1 || this.column + lt !== 1)) {
            throw this.error('the XML declaration is not at the start of the file', lt, {
                fix: 'the file holds more than one XML document or has text before <?xml; regenerate it',
            });
        }
        this.anythingSeen = true;
        return end + 2;
    }
    declaration(s, lt, final) {
        if (startsWithText(s, lt, '<!--')) {
            const end = indexOfText(s, '-->', lt + 4);
            if (end === -1)
                return -1;
            this.anythingSeen = true;
            return end + 3;
        }
        if (startsWithText(s, lt, '<![CDATA[')) {
            if (this.stack.length === 0) {
                throw this.error('CDATA outside the root element', lt, { fix: 'the file is not well-formed XML' });
            }
            const end = indexOfText(s, ']]>', lt + 9);
            if (end === -1)
                return -1;
            if (this.capturing !== -1)
                this.handler.text(unitsText(s, lt + 9, end));
            return end + 3;
        }
        if (s.length - lt < 9 && !final)
            return -1;
        if (startsWithText(s, lt, '<!DOCTYPE')) {
            if (this.doctypeSeen) {
                throw this.error('a second DOCTYPE', lt, { fix: 'a document has at most one DOCTYPE; regenerate the report' });
            }
            if (this.rootSeen) {
                throw this.error('a DOCTYPE after the root element', lt, { fix: 'the file is not well-formed XML' });
            }
            // A DOCTYPE ends at the first '>' or '[' after its quoted identifiers; the regular
            // expression runs on the text from here, at most the markup cap.
            DOCTYPE_RE.lastIndex = 0;
            const match = DOCTYPE_RE.exec(unitsText(s, lt, Math.min(s.length, lt + MAX_MARKUP_CHARS)));
            if (match === null) {
                if (s.indexOf(62 /* > */, lt) === -1 && !final)
                    return -1;
                throw this.error('malformed DOCTYPE', lt, { fix: 'remove the DOCTYPE line; factgate does not need it' });
            }
            if (match[1] === '[') {
                throw this.error('DOCTYPE with an internal subset (entity or DTD declarations) is refused', lt, {
                    fix: 'coverage reports never need DTD declarations; remove the [...] part of the DOCTYPE',
                });
            }
            this.doctypeSeen = true;
            this.anythingSeen = true;
            return lt + DOCTYPE_RE.lastIndex;
        }
        throw this.error(`unexpected markup '${unitsText(s, lt, Math.min(s.length, lt + 9))}'`, lt, {
            fix: 'only elements, comments, CDATA and one DOCTYPE without declarations are accepted',
        });
    }
    /** Decodes the predefined entities and character references; anything else is an error. */
    decode(raw, offset) {
        return raw.replace(REFERENCE_RE, (whole, hex, decimal, named, at) => {
            if (named !== undefined)
                return PREDEFINED[named];
            if (hex !== undefined || decimal !== undefined) {
                const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal, 10);
                if (isXmlChar(code))
                    return String.fromCodePoint(code);
                throw this.error(`character reference ${whole} is not an XML character`, offset, {
                    fix: 'the file is not well-formed XML; regenerate it',
                });
            }
            const name = /^&[^;\s<&]{0,40};?/.exec(raw.slice(at ?? 0))?.[0] ?? '&';
            throw this.error(name.endsWith(';')
                ? `entity reference ${name} is not expanded: only &lt; &gt; &amp; &quot; &apos; and character references are accepted`
                : `a bare '&' that starts no reference`, offset, { fix: "DTD entities are never expanded; write '&amp;' for a literal '&'" });
        });
    }
    placeOf(offset) {
        const s = this.buffer;
        let line = this.line;
        let lineStart = -1;
        let newline = s.indexOf(10 /* \n */);
        while (newline !== -1 && newline < offset) {
            line++;
            lineStart = newline;
            newline = s.indexOf(10, newline + 1);
        }
        const column = lineStart === -1 ? this.column + offset : offset - lineStart;
        return `line ${line}, column ${column}`;
    }
    error(message, offset, details) {
        return new errors/* ConfigurationError */.j1(`not a readable XML coverage report: ${message}`, {
            file: this.options.fileName,
            place: this.placeOf(offset),
            fix: details.fix,
        });
    }
}
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
function isNameStart(c) {
    if (c === undefined)
        return false;
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}
function isNameChar(c) {
    if (c === undefined)
        return false;
    return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}
function isSpace(c) {
    if (c === undefined)
        return false;
    return c === 32 || c === 10 || c === 9 || c === 13;
}
/** Whether s holds `text` at `at` (the caller has checked the length fits). */
function sameText(s, at, text) {
    for (let i = 0; i < text.length; i++)
        if (s[at + i] !== text.charCodeAt(i))
            return false;
    return true;
}
const xml_scanner_EMPTY = Buffer.alloc(0);
const NOT_LATIN1_RE = /[^\u0000-\u00ff]/;
function toUnits(chunk) {
    if (typeof chunk !== 'string') {
        return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    if (!NOT_LATIN1_RE.test(chunk))
        return Buffer.from(chunk, 'latin1');
    const units = new Uint16Array(chunk.length);
    for (let i = 0; i < chunk.length; i++)
        units[i] = chunk.charCodeAt(i);
    return units;
}
/** The unscanned rest of the previous piece followed by the next one, in one array. */
function joinUnits(rest, next) {
    const length = rest.length + next.length;
    const joined = rest instanceof Uint16Array || next instanceof Uint16Array ? new Uint16Array(length) : Buffer.allocUnsafe(length);
    joined.set(rest, 0);
    joined.set(next, rest.length);
    return joined;
}
function unitsText(s, from, to) {
    if (Buffer.isBuffer(s))
        return s.toString('latin1', from, to);
    let text = '';
    // In slices, so that no call gets more arguments than the engine accepts.
    for (let i = from; i < to; i += 8192)
        text += String.fromCharCode(...s.subarray(i, Math.min(to, i + 8192)));
    return text;
}
function startsWithText(s, at, text) {
    return at + text.length <= s.length && sameText(s, at, text);
}
function indexOfText(s, text, from) {
    const first = text.charCodeAt(0);
    for (let i = s.indexOf(first, from); i !== -1; i = s.indexOf(first, i + 1)) {
        if (i + text.length > s.length)
            return -1;
        if (sameText(s, i, text))
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./.build/src/coverage/parse.js




const DEFAULT_MAX_DEPTH = 64;
const LCOV_START_RE = /^(?:TN|SF|VER|FN|FNL|DA):/;
function createCoverageParser(fileName, options = {}) {
    const forced = options.format === 'auto' ? undefined : options.format;
    let head = '';
    let started = false;
    let sink;
    const choose = (final) => {
        const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
        const content = text.trimStart();
        if (content === '') {
            if (final)
                throw emptyFile(fileName);
            return;
        }
        if (content.startsWith('<')) {
            if (forced === 'lcov')
                throw formatMismatch(fileName, 'lcov', 'XML');
            sink = xmlSink(fileName, forced, options.maxDepth ?? DEFAULT_MAX_DEPTH);
        }
        else {
            const newline = content.indexOf('\n');
            if (newline === -1 && !final && content.length < 256)
                return;
            const firstLine = (newline === -1 ? content : content.slice(0, newline)).trim();
            if (!LCOV_START_RE.test(firstLine))
                throw notCoverage(fileName, firstLine);
            if (forced !== undefined && forced !== 'lcov')
                throw formatMismatch(fileName, forced, 'LCOV');
            const lcov = new LcovParser(fileName);
            sink = { write: (c) => lcov.write(typeof c === 'string' ? c : latin1(c)), end: () => lcov.end() };
        }
        started = true;
        sink.write(text);
    };
    return {
        write(chunk) {
            if (started)
                return sink.write(chunk);
            head += typeof chunk === 'string' ? chunk : latin1(chunk);
            choose(false);
        },
        end() {
            if (!started)
                choose(true);
            return sink.end();
        },
    };
}
/** Parses a whole report held in memory. */
function parseCoverage(text, fileName, options = {}) {
    const parser = createCoverageParser(fileName, options);
    parser.write(text);
    return parser.end();
}
function xmlSink(fileName, forced, maxDepth) {
    let scanner;
    const dispatcher = new XmlFormatDispatcher(fileName, { fileName, place: () => scanner.place() }, forced, (handler) => scanner.setHandler(handler));
    scanner = new XmlScanner(dispatcher, { fileName, maxDepth });
    return {
        write: (chunk) => scanner.write(chunk),
        end: () => {
            scanner.end();
            return dispatcher.finish();
        },
    };
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
function emptyFile(fileName) {
    return new errors/* ConfigurationError */.j1('the coverage report is empty', {
        file: fileName,
        place: 'line 1',
        fix: 'check that the test run wrote its report before factgate reads it; an empty file is never read as 0 % coverage',
    });
}
function formatMismatch(fileName, asked, found) {
    return new errors/* ConfigurationError */.j1(`--format ${asked} was asked for, but the file is ${found}`, {
        file: fileName,
        place: 'line 1',
        fix: 'use --format auto, or pass the report of the format you named',
    });
}
/** Names the format a user most likely passed by mistake, with what to pass instead. */
function notCoverage(fileName, firstLine) {
    let message = 'the file is not a coverage report factgate reads (Cobertura, JaCoCo, LCOV or Clover)';
    let fix = 'pass a Cobertura, JaCoCo, LCOV or Clover report';
    if (firstLine.startsWith('{') || firstLine.startsWith('[')) {
        message = 'the file is JSON (coverage.py JSON or istanbul coverage-final.json), which factgate does not read';
        fix = 'coverage.py: run `coverage xml`; istanbul/nyc/c8/jest: add the cobertura or lcov reporter';
    }
    else if (firstLine.startsWith('mode:')) {
        message = 'the file is a Go cover profile, which factgate does not read';
        fix = 'convert it to Cobertura (for example with gocover-cobertura)';
    }
    else if (firstLine.startsWith('#')) {
        message = 'the file looks like a text summary, not a coverage report';
    }
    return new errors/* ConfigurationError */.j1(message, { file: fileName, place: 'line 1', fix });
}

;// CONCATENATED MODULE: ./.build/src/coverage/summary.js
function rated(counts) {
    return { ...counts, rate: counts.total === 0 ? null : counts.covered / counts.total };
}
/** Line and branch counts of one file, recounted from its lines. */
function countFile(file) {
    if (file.totalsOnly !== undefined && file.lines.size === 0) {
        return { lines: { ...file.totalsOnly.lines }, branches: { ...file.totalsOnly.branches } };
    }
    const covered = file.lines.coveredCount();
    const branches = { covered: 0, total: 0 };
    for (const b of file.branches.values()) {
        branches.covered += b.covered;
        branches.total += b.total;
    }
    return { lines: { covered, total: file.lines.size }, branches };
}
function countFiles(files) {
    const lines = { covered: 0, total: 0 };
    const branches = { covered: 0, total: 0 };
    for (const file of files) {
        const c = countFile(file);
        lines.covered += c.lines.covered;
        lines.total += c.lines.total;
        branches.covered += c.branches.covered;
        branches.total += c.branches.total;
    }
    return { lines, branches };
}
/** The JSON-ready summary: overall and per-file counts, per-report declared vs computed. */
function summarizeCoverage(data) {
    const files = [...data.files.values()]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => {
        const c = countFile(file);
        return { path: file.path, lines: rated(c.lines), branches: rated(c.branches) };
    });
    const totals = countFiles(data.files.values());
    return {
        lines: rated(totals.lines),
        branches: rated(totals.branches),
        files,
        reports: data.reports,
        warnings: data.warnings,
    };
}
/** Messages for each way the declared totals disagree with the recount. */
function compareDeclared(declared, computed) {
    const problems = [];
    for (const kind of ['lines', 'branches']) {
        const said = declared[kind];
        const found = computed[kind];
        if (said !== undefined) {
            if (said.covered !== found.covered || said.total !== found.total) {
                problems.push(`declares ${said.covered}/${said.total} ${kind} covered, but its ${kind} add up to ${found.covered}/${found.total}`);
            }
            continue;
        }
        const rate = kind === 'lines' ? declared.lineRate : declared.branchRate;
        if (rate === undefined || found.total === 0)
            continue;
        // A rate written with d decimals is consistent with anything that rounds to it.
        const decimals = /\.([0-9]+)$/.exec(rate)?.[1]?.length ?? 0;
        const tolerance = 0.5 * 10 ** -decimals + 1e-9;
        const actual = found.covered / found.total;
        if (Math.abs(Number(rate) - actual) > tolerance) {
            problems.push(`declares a ${kind === 'lines' ? 'line' : 'branch'} rate of ${rate}, but its ${kind} add up to ${found.covered}/${found.total} (${actual.toFixed(4)})`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./.build/src/coverage/paths.js


const CONVENTIONAL_SOURCE_ROOTS = ['src/main/java', 'src/main/kotlin', 'src/main/scala', 'src', 'lib'];
/** Parses one `from=>to` rewrite as given on the command line or in settings. */
function parsePathRewrite(text, where) {
    const arrow = text.indexOf('=>');
    const from = arrow === -1 ? '' : text.slice(0, arrow).trim();
    if (arrow === -1 || from === '') {
        throw new errors/* ConfigurationError */.j1(`path map "${text}" is not of the form from=>to`, {
            ...where,
            fix: 'write the report prefix, then =>, then the repository prefix, e.g. /app/=>services/api/ (to may be empty)',
        });
    }
    return { from: toSlashes(from), to: toSlashes(text.slice(arrow + 2).trim()) };
}
/**
 * Turns a path as written in a report into a repository-relative path. Candidates, in
 * order: the path joined with each of the report's source roots, with each configured
 * source root, and the path itself (a relative candidate from the working directory
 * first, then from the top level). With `exists`, a candidate that exists wins; when
 * several exist, the one the file fits (its highest line within the file's length), so a
 * filename under several `<source>` roots goes where it belongs. Without `exists`, the
 * first candidate inside the repository. A path that stays outside is returned as it is
 * (absolute), so the caller can tell the user to add a path map.
 */
function resolveReportPath(reportPath, reportRoots, options) {
    return resolveReportFile(reportPath, reportRoots, options, () => 0).path;
}
function resolveReportFile(reportPath, reportRoots, options, highestLine) {
    const path = toSlashes(reportPath);
    const rewrites = options.rewrites ?? [];
    const candidates = [];
    if (paths_isAbsolute(path))
        candidates.push(path);
    else {
        for (const root of reportRoots)
            candidates.push(joinPath(toSlashes(root), path));
        for (const root of options.sourceRoots ?? [])
            candidates.push(joinPath(toSlashes(root), path));
        candidates.push(path);
    }
    const written = candidates[0] ?? path;
    const repoRoot = trimTrailingSlash(toSlashes(options.repoRoot));
    const inside = [...new Set(candidates.flatMap((c) => placements(c, rewrites, repoRoot, options.workingDirectory ?? '')))];
    const exists = options.exists;
    if (exists === undefined) {
        const first = inside[0];
        return first === undefined ? { path: rewrite(written, rewrites), written, found: false } : { path: first, written, found: true };
    }
    let existing = inside.filter((candidate) => exists(candidate));
    if (existing.length === 0 && !paths_isAbsolute(path)) {
        // Conventional roots for reports that give package paths (JaCoCo): a last guess, so
        // only an existing file is taken from them.
        const conventional = CONVENTIONAL_SOURCE_ROOTS.map((root) => joinPath(root, path)).flatMap((c) => placements(c, rewrites, repoRoot, ''));
        const hit = conventional.find((candidate) => exists(candidate));
        if (hit !== undefined)
            existing = [hit];
    }
    if (existing.length === 0) {
        // Nothing exists (deleted files, a checkout without sources): prefer a report root's join.
        return { path: inside[0] ?? rewrite(written, rewrites), written, found: false };
    }
    if (existing.length === 1 || options.lineCount === undefined)
        return { path: existing[0], written, found: true };
    const highest = highestLine();
    if (highest === 0)
        return { path: existing[0], written, found: true };
    const lineCount = options.lineCount;
    const fitting = existing.filter((candidate) => (lineCount(candidate) ?? Infinity) >= highest);
    if (fitting.length === 0)
        return { path: existing[0], written, found: true, noneFits: existing };
    const resolved = { path: fitting[0], written, found: true };
    if (fitting.length > 1)
        resolved.severalFit = fitting;
    return resolved;
}
/**
 * Repository-relative places one candidate can stand for. A rewritten path is what the
 * user says it is; an untouched relative one is tried from the working directory first.
 */
function placements(candidate, rewrites, repoRoot, workingDirectory) {
    const rewritten = rewrite(candidate, rewrites);
    const forms = rewritten === candidate && !paths_isAbsolute(candidate) && workingDirectory !== '' ? [joinPath(workingDirectory, candidate), candidate] : [rewritten];
    return forms.map((form) => toRepoRelative(form, repoRoot)).filter((p) => p !== undefined);
}
function paths_isAbsolute(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
function rewrite(path, rewrites) {
    for (const { from, to } of rewrites) {
        if (path.startsWith(from))
            return to + path.slice(from.length);
        // Windows drive letters differ in case between tools.
        if (/^[A-Za-z]:\//.test(from) && path.toLowerCase().startsWith(from.toLowerCase()))
            return to + path.slice(from.length);
    }
    return path;
}
function toRepoRelative(path, repoRoot) {
    if (paths_isAbsolute(path)) {
        if (path === repoRoot)
            return undefined;
        if (!path.startsWith(`${repoRoot}/`))
            return undefined;
        path = path.slice(repoRoot.length + 1);
    }
    const normal = external_node_path_.posix.normalize(path);
    if (normal === '..' || normal.startsWith('../') || normal === '.')
        return undefined;
    return normal.replace(/^\.\//, '');
}
function joinPath(root, path) {
    return root === '' ? path : `${trimTrailingSlash(root)}/${path}`;
}
function toSlashes(path) {
    return path.trim().replace(/\\/g, '/');
}
function trimTrailingSlash(path) {
    return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

;// CONCATENATED MODULE: ./.build/src/coverage/merge.js



/**
 * Merges reports into one per-file view from raw counts, never by averaging rates: hits
 * per line are summed (a line counts once, covered when any report hit it), and branches
 * per line combine as `mergeLineBranches` says (by identity when both reports give it). Every path is first mapped to a
 * repository-relative one.
 */
function mergeCoverage(reports, mapping) {
    const files = new Map();
    const owned = new Set();
    const summaries = [];
    const warnings = [];
    const unmatched = [];
    for (const report of reports) {
        warnings.push(...report.warnings);
        const computed = countFiles(report.files.values());
        const summary = { file: report.file, format: report.format, declared: report.declared, computed };
        if (report.producer !== undefined)
            summary.producer = report.producer;
        summaries.push(summary);
        for (const problem of compareDeclared(report.declared, computed))
            warnings.push(`${report.file}: ${problem}`);
        const written = [];
        const placements = [];
        for (const file of report.files.values()) {
            const resolved = resolveReportFile(file.path, report.sourceRoots, mapping, () => highestLine(file));
            if (!resolved.found)
                written.push(resolved.written);
            const placement = describePlacement(file, resolved);
            if (placement !== undefined)
                placements.push(placement);
            addFile(files, owned, resolved.path, file);
        }
        if (written.length > 0)
            unmatched.push({ report: report.file, total: report.files.size, written });
        if (placements.length > 0) {
            warnings.push(`${report.file}: ${placements.length} file name(s) stand for several files of the checkout: ${placements.slice(0, 3).join('; ')}; ` +
                'add a path map (coverage-path-map) if a file was placed wrongly');
        }
    }
    return { files, reports: summaries, warnings, unmatched };
}
/**
 * Adds one report's file to the merged view. The first report's maps are taken over as
 * they are (a 2-million-line report is not copied); they are copied only before a second
 * report is added into them, so the parsed reports themselves never change.
 */
function addFile(files, owned, path, file) {
    let target = files.get(path);
    if (target === undefined) {
        const shared = { path, lines: file.lines, branches: file.branches };
        if (file.branchOutcomes !== undefined)
            shared.branchOutcomes = file.branchOutcomes;
        if (file.totalsOnly !== undefined)
            shared.totalsOnly = file.totalsOnly;
        files.set(path, shared);
        return;
    }
    if (!owned.has(target)) {
        const copy = { path, lines: target.lines.copy(), branches: new Map(target.branches) };
        const outcomes = copyBranchOutcomes(target);
        if (outcomes !== undefined)
            copy.branchOutcomes = outcomes;
        if (target.totalsOnly !== undefined)
            copy.totalsOnly = structuredClone(target.totalsOnly);
        files.set(path, copy);
        owned.add(copy);
        target = copy;
    }
    for (const [line, hits] of file.lines)
        target.lines.add(line, hits);
    for (const [line, counts] of file.branches)
        mergeLineBranches(target, file, line, counts);
    if (file.totalsOnly !== undefined) {
        const t = target.totalsOnly ?? { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
        target.totalsOnly = {
            lines: { covered: t.lines.covered + file.totalsOnly.lines.covered, total: t.lines.total + file.totalsOnly.lines.total },
            branches: { covered: t.branches.covered + file.totalsOnly.branches.covered, total: t.branches.total + file.totalsOnly.branches.total },
        };
    }
}
/** Why a file went where it did, when more than one file of the checkout could be it. */
function describePlacement(file, resolved) {
    if (resolved.severalFit !== undefined) {
        return `${file.path} fits ${resolved.severalFit.join(', ')} (lines up to ${highestLine(file)}), placed at ${resolved.path}`;
    }
    if (resolved.noneFits !== undefined) {
        return `${file.path} has lines up to ${highestLine(file)}, more than any of ${resolved.noneFits.join(', ')} has (placed at ${resolved.path}; is the report older than the checkout?)`;
    }
    return undefined;
}
function highestLine(file) {
    let highest = 0;
    for (const [line] of file.lines)
        if (line > highest)
            highest = line;
    return highest;
}

;// CONCATENATED MODULE: ./.build/src/coverage/unmatched-files.js

const EXAMPLES = 3;
/**
 * The warning for one report's unmatched files: how many, a few examples, and the
 * setting that would place them, found by matching their trailing path components with
 * the checkout's files.
 */
function unmatchedFilesWarning(unmatched, repoFiles) {
    const count = unmatched.written.length;
    const examples = unmatched.written.slice(0, EXAMPLES).join(', ');
    const head = `${unmatched.report}: ${count} of ${unmatched.total} file(s) in the report were not found in the checkout ` +
        `(e.g. ${examples}), so their lines cannot match the changed files`;
    const fix = repoFiles === undefined ? undefined : suggestPathFix(unmatched.written, repoFiles);
    if (fix === undefined) {
        return `${head}; add a path map from the report's prefix to the repository's (coverage-path-map FROM=>TO; --path-map for factgate coverage)`;
    }
    const share = fix.places === count ? 'them' : `${fix.places} of them`;
    if (fix.kind === 'source-root') {
        return `${head}; the source root "${fix.root}" would place ${share} (coverage-source-root: ${fix.root}; --source-root for factgate coverage)`;
    }
    return `${head}; the path map "${fix.from}=>${fix.to}" would place ${share} (coverage-path-map: ${fix.from}=>${fix.to}; --path-map for factgate coverage)`;
}
/**
 * The prefix rewrite that places the most unmatched paths on checkout files: for each
 * path, the checkout file sharing the longest run of trailing components (when one file
 * alone shares the longest run), then the rewrite most of them agree on.
 */
function suggestPathFix(written, repoFiles) {
    const byName = new Map();
    for (const file of repoFiles) {
        const parts = file.split('/');
        const name = parts[parts.length - 1];
        const list = byName.get(name);
        if (list === undefined)
            byName.set(name, [parts]);
        else
            list.push(parts);
    }
    const votes = new Map();
    for (const path of written) {
        const parts = external_node_path_.posix.normalize(path).split('/');
        let best = 0;
        let match;
        let tie = false;
        for (const file of byName.get(parts[parts.length - 1]) ?? []) {
            const shared = sharedTail(parts, file);
            if (shared > best)
                [best, match, tie] = [shared, file, false];
            else if (shared === best)
                tie = true;
        }
        if (match === undefined || tie)
            continue;
        const from = prefix(parts, best);
        const to = prefix(match, best);
        const key = `${from}\u0000${to}`;
        const vote = votes.get(key) ?? { from, to, places: 0 };
        vote.places++;
        votes.set(key, vote);
    }
    let winner;
    for (const vote of votes.values())
        if (winner === undefined || vote.places > winner.places)
            winner = vote;
    if (winner === undefined || winner.from === winner.to)
        return undefined;
    // A relative path that is a whole tail of checkout files needs a root, not a rewrite.
    if (winner.from === '')
        return winner.to === '' ? undefined : { kind: 'source-root', root: winner.to.replace(/\/$/, ''), places: winner.places };
    return { kind: 'path-map', ...winner };
}
function sharedTail(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
/** The components before the last `tail` ones, as a prefix ending in "/" ('' when none). */
function prefix(parts, tail) {
    const head = parts.slice(0, parts.length - tail);
    if (head.length === 0)
        return '';
    return `${head.join('/')}/`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./.build/src/coverage/repository.js


/**
 * Where report paths are resolved when factgate runs in `cwd`: `git diff` and the
 * pull-request files API name files from the repository's top level, wherever factgate
 * starts, so report paths are made relative to the top level too; relative report paths
 * are tried from `cwd` first (`workingDirectory`). Outside a git repository, `cwd` is the
 * root.
 */
async function repositoryOptions(git, cwd) {
    let top;
    try {
        top = (await git(['rev-parse', '--show-toplevel'])).trim();
    }
    catch {
        return { repoRoot: cwd };
    }
    if (top === '')
        return { repoRoot: cwd };
    const workingDirectory = (0,external_node_path_.relative)(real(top), real(cwd)).split('\\').join('/');
    if (workingDirectory.startsWith('..'))
        return { repoRoot: cwd };
    // Reports name files the way the producer saw them, through the same (possibly
    // symlinked) path as the working directory: keep that spelling of the top level.
    const suffix = workingDirectory === '' ? '' : `/${workingDirectory}`;
    const slashed = cwd.split('\\').join('/').replace(/\/+$/, '');
    const repoRoot = suffix !== '' && slashed.endsWith(suffix) ? slashed.slice(0, -suffix.length) : workingDirectory === '' ? cwd : top;
    return { repoRoot, workingDirectory, repoFiles: () => repositoryFiles(git) };
}
/** Tracked and untracked (not ignored) files, relative to the top level. */
async function repositoryFiles(git) {
    const out = await git(['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard', '--', ':/']);
    return [...new Set(out.split('\0').filter((file) => file !== ''))];
}
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/patch.js

/**
 * Patch coverage exactly as diff-cover computes it: of the added lines that the coverage
 * data measures, the share with hits. Added lines the report does not list (comments,
 * blank lines, files it does not mention) are not counted. Works from any source of
 * changed lines (git diff, a pull request's files).
 */
function computePatchCoverage(data, changed) {
    const files = [];
    const unmeasuredFiles = [];
    const warnings = [];
    let measured = 0;
    let covered = 0;
    for (const change of changed) {
        const file = data.files.get(change.path);
        if (file === undefined) {
            unmeasuredFiles.push(change.path);
            continue;
        }
        if (file.lines.size === 0 && file.totalsOnly !== undefined) {
            warnings.push(`${change.path}: the report gives only totals for this file, so its changed lines are not counted`);
            unmeasuredFiles.push(change.path);
            continue;
        }
        const uncoveredLines = [];
        let fileMeasured = 0;
        for (const line of new Set(change.addedLines)) {
            const hits = file.lines.get(line);
            if (hits === undefined)
                continue;
            fileMeasured++;
            if (hits === 0)
                uncoveredLines.push(line);
        }
        if (fileMeasured === 0)
            continue;
        uncoveredLines.sort((a, b) => a - b);
        const fileCovered = fileMeasured - uncoveredLines.length;
        files.push({ path: change.path, measured: fileMeasured, covered: fileCovered, uncoveredLines, rate: fileCovered / fileMeasured });
        measured += fileMeasured;
        covered += fileCovered;
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { lines: rated({ covered, total: measured }), files, unmeasuredFiles: unmeasuredFiles.sort(), warnings };
}
/**
 * Uncovered changed lines as ranges of consecutive lines, at most `limit` of them (GitHub
 * shows a limited number of annotations per step); `omitted` says how many were left out.
 */
function uncoveredRanges(patch, limit) {
    const ranges = [];
    for (const file of patch.files) {
        const lines = file.uncoveredLines;
        for (let i = 0; i < lines.length; i++) {
            const startLine = lines[i];
            while (i + 1 < lines.length && lines[i + 1] === lines[i] + 1)
                i++;
            ranges.push({ path: file.path, startLine, endLine: lines[i] });
        }
    }
    const kept = Math.max(0, Math.floor(limit));
    return { ranges: ranges.slice(0, kept), omitted: Math.max(0, ranges.length - kept) };
}

;// CONCATENATED MODULE: ./.build/src/coverage/git-diff.js

const HUNK_RE = /^@@ -[0-9]+(?:,[0-9]+)? \+([0-9]+)(?:,([0-9]+))? @@/;
/**
 * Lines added per file in a unified diff (`git diff -U0` or with context). Deleted files
 * and binary files have no added lines and are left out; renamed files use the new path.
 */
function changedLinesFromGitDiff(diffText) {
    const files = new Map();
    let current;
    let newLine = 0;
    let oldRemaining = 0;
    let newRemaining = 0;
    const lines = diffText.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].replace(/\r$/, '');
        if (oldRemaining > 0 || newRemaining > 0) {
            const kind = line[0];
            if (kind === '+') {
                current?.add(newLine);
                newLine++;
                newRemaining--;
            }
            else if (kind === '-') {
                oldRemaining--;
            }
            else if (kind === ' ' || line === '') {
                newLine++;
                oldRemaining--;
                newRemaining--;
            }
            else if (kind !== '\\') {
                throw diffError(`hunk ends early at "${line.slice(0, 60)}"`, index);
            }
            continue;
        }
        if (line.startsWith('diff --git ')) {
            current = undefined;
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = stripPrefix(unquote(target));
                current = files.get(path) ?? new Set();
                files.set(path, current);
            }
        }
        else if (line.startsWith('@@')) {
            const match = HUNK_RE.exec(line);
            if (match === null)
                throw diffError(`malformed hunk header "${line.slice(0, 60)}"`, index);
            newLine = Number(match[1]);
            newRemaining = match[2] === undefined ? 1 : Number(match[2]);
            const old = /^@@ -[0-9]+(?:,([0-9]+))?/.exec(line);
            oldRemaining = old?.[1] === undefined ? 1 : Number(old[1]);
        }
    }
    return [...files]
        .filter(([, set]) => set.size > 0)
        .map(([path, set]) => ({ path, addedLines: [...set].sort((a, b) => a - b) }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * Added lines of one file's patch as the pull-request files API returns it (hunks only,
 * no `diff --git`/`+++` header), so that source and `git diff` give the same lines.
 */
function addedLinesFromPatch(path, patch) {
    const [file] = changedLinesFromGitDiff(`+++ b/${path}\n${patch}`);
    return { path, addedLines: file?.addedLines ?? [] };
}
/**
 * Changed lines between the merge base of `base` and HEAD and the working tree: what a
 * pull request adds, including uncommitted edits, as diff-cover counts them.
 */
async function changedLinesFromGit(git, base) {
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', base, 'HEAD'])).trim();
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot find the merge base of ${base} and HEAD`, {
            fix: `fetch the base branch (actions/checkout with fetch-depth: 0), or name an existing ref; git said: ${String(error instanceof Error ? error.message : error).trim()}`,
        });
    }
    // Paths from the top level wherever git runs (diff.relative would make them relative to
    // the working directory, which the report paths are not).
    const diff = await git(['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-relative', '--find-renames', '-U0', mergeBase]);
    return changedLinesFromGitDiff(diff);
}
function stripPrefix(path) {
    return path.startsWith('b/') ? path.slice(2) : path;
}
/** Git quotes unusual paths C-style: "b/caf\303\251 \"x\".py". */
function unquote(path) {
    if (!path.startsWith('"') || !path.endsWith('"'))
        return path.replace(/\t$/, '');
    const body = path.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[++i];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            const escapes = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
            bytes.push(escapes[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function diffError(message, index) {
    return new errors/* ConfigurationError */.j1(`the diff cannot be read: ${message}`, {
        place: `line ${index + 1}`,
        fix: 'pass the output of `git diff` unchanged',
    });
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./.build/src/coverage/read-reports.js









/** 100 MiB: far above real reports (a 2-million-line Cobertura file is 60 MB). */
const DEFAULT_MAX_REPORT_BYTES = 100 * 1024 * 1024;
const nodeFileSystem = {
    size(path) {
        try {
            const stat = (0,external_node_fs_.statSync)(path);
            return stat.isFile() ? stat.size : undefined;
        }
        catch {
            return undefined;
        }
    },
    // 256 KiB: Node turns larger Latin-1 strings into external strings, which cost more memory.
    chunks: (path) => (0,external_node_fs_.createReadStream)(path, { highWaterMark: 256 * 1024 }),
    exists: (path) => (0,external_node_fs_.existsSync)(path),
    lineCount(path) {
        try {
            const text = (0,external_node_fs_.readFileSync)(path);
            let lines = 0;
            for (let at = text.indexOf(10); at !== -1; at = text.indexOf(10, at + 1))
                lines++;
            // A last line without a newline is a line too.
            return text.length > 0 && text[text.length - 1] !== 10 ? lines + 1 : lines;
        }
        catch {
            return undefined;
        }
    },
};
/** Reads, checks and merges several reports. */
async function readCoverageReports(paths, options = {}, fs = nodeFileSystem) {
    if (paths.length === 0) {
        throw new errors/* ConfigurationError */.j1('no coverage report was given', { fix: 'pass the path of at least one coverage report' });
    }
    const reports = [];
    for (const path of paths)
        reports.push(await readCoverageReport(path, options, fs));
    const repoRoot = options.repoRoot ?? process.cwd();
    const lineCount = fs.lineCount;
    const data = mergeCoverage(reports, {
        repoRoot,
        workingDirectory: options.workingDirectory ?? '',
        rewrites: options.rewrites ?? [],
        sourceRoots: options.sourceRoots ?? [],
        exists: (relative) => fs.exists((0,external_node_path_.join)(repoRoot, relative)),
        ...(lineCount !== undefined ? { lineCount: (relative) => lineCount.call(fs, (0,external_node_path_.join)(repoRoot, relative)) } : {}),
    });
    if (data.unmatched.length > 0) {
        const repoFiles = await options.repoFiles?.();
        for (const unmatched of data.unmatched)
            data.warnings.push(unmatchedFilesWarning(unmatched, repoFiles));
    }
    return data;
}
/** Reads one report as a stream, refusing it by size first. */
async function readCoverageReport(path, options = {}, fs = nodeFileSystem) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
    const ioPath = options.baseDir === undefined ? path : (0,external_node_path_.resolve)(options.baseDir, path);
    const size = fs.size(ioPath);
    if (size === undefined) {
        throw new errors/* ConfigurationError */.j1('the coverage report does not exist or is not a file', {
            file: path,
            fix: `check the path (it was read as ${(0,external_node_path_.resolve)(ioPath)}; ${files/* PATHS_ARE_RELATIVE */.zc})`,
        });
    }
    if (size > maxBytes)
        throw tooLarge(path, size, maxBytes);
    const parser = createCoverageParser(path, options);
    let decoder;
    let asciiSoFar = true;
    let bytes = 0;
    for await (let chunk of fs.chunks(ioPath)) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes)
            throw tooLarge(path, bytes, maxBytes);
        if (decoder === undefined) {
            decoder = decoderFor(chunk, path);
            // A UTF-8 byte order mark says nothing the decoder needs; dropping it keeps the fast path.
            if (decoder.encoding === 'utf-8' && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        // Reports are nearly always ASCII; while they are, the bytes are the characters and
        // go to the parser as they are, with no decoding (the decoder holds no partial bytes).
        if (asciiSoFar && decoder.encoding === 'utf-8' && (0,external_node_buffer_.isAscii)(chunk)) {
            parser.write(chunk);
            continue;
        }
        asciiSoFar = false;
        parser.write(decode(decoder, chunk, path, bytes - chunk.byteLength, true));
    }
    if (decoder !== undefined)
        parser.write(decode(decoder, new Uint8Array(0), path, bytes, false));
    return parser.end();
}
function decode(decoder, chunk, path, offset, stream) {
    try {
        return decoder.decode(chunk, { stream });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the file is not valid ${decoder.encoding} text`, {
            file: path,
            place: `near byte ${offset}`,
            fix: 'coverage reports are text; regenerate the report, or save it as UTF-8',
        });
    }
}
/** UTF-8 unless a byte order mark or the XML declaration says otherwise. */
function decoderFor(first, path) {
    if (first[0] === 0xff && first[1] === 0xfe)
        return new external_node_util_.TextDecoder('utf-16le', { fatal: true });
    if (first[0] === 0xfe && first[1] === 0xff)
        return new external_node_util_.TextDecoder('utf-16be', { fatal: true });
    const head = Buffer.from(first.subarray(0, 200)).toString('latin1');
    const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    const label = declared ?? 'utf-8';
    try {
        return new external_node_util_.TextDecoder(label, { fatal: true });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the XML declaration names the encoding "${label}", which factgate cannot decode`, {
            file: path,
            place: 'line 1',
            fix: 'save the report as UTF-8',
        });
    }
}
function tooLarge(path, size, maxBytes) {
    return new errors/* ConfigurationError */.j1(`the coverage report is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit`, {
        file: path,
        fix: 'raise the coverage size limit if the report is genuine, or check that the right file was passed',
    });
}

;// CONCATENATED MODULE: ./.build/src/coverage/index.js












;// CONCATENATED MODULE: ./.build/src/pipeline/coverage-step.js



/**
 * Reads the configured coverage reports (and patch coverage against a git base). A report
 * that cannot be read is an input problem for the policy, never "0 % coverage".
 */
async function measureCoverage(settings, git, inputProblems, changedLines = null) {
    if (settings.coverage.length === 0)
        return null;
    const display = settings.coverage.map((p) => (0,external_node_path_.relative)(settings.cwd, p) || p);
    try {
        const rewrites = settings.coveragePathMap.map((text) => parsePathRewrite(text, { place: 'coverage-path-map' }));
        const data = await readCoverageReports(display, {
            ...(await repositoryOptions(git, settings.cwd)),
            baseDir: settings.cwd,
            rewrites,
            sourceRoots: settings.coverageSourceRoot,
        });
        const summary = summarizeCoverage(data);
        let patch = null;
        if (changedLines !== null || settings.coverageBase !== null) {
            const changed = changedLines ?? (await changedLinesFromGit(git, settings.coverageBase));
            const result = computePatchCoverage(data, changed);
            patch = {
                ...result.lines,
                uncovered: result.files.filter((f) => f.uncoveredLines.length > 0).map((f) => ({ path: f.path, lines: f.uncoveredLines })),
            };
            summary.warnings.push(...result.warnings);
        }
        return {
            reports: summary.reports.map((r) => ({ file: r.file, format: r.format })),
            lines: summary.lines,
            branches: summary.branches,
            patch,
            files: summary.files,
            warnings: summary.warnings,
        };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        inputProblems.push(`coverage: ${error.message}`);
        return null;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./.build/src/pipeline/git-runner.js

/** Runs git in `cwd` without a shell; its stderr becomes the error message. */
function gitRunner(cwd) {
    return (args) => new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(stderr.trim() || error.message));
            else
                resolve(stdout);
        });
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./.build/src/evaluate/judges/cache.js


const VERDICT_CACHE_VERSION = 1;
/**
 * Verdicts by content: the key hashes the judge's identity (kind, model, prompt
 * version) with the question, the claim and the sources, so any change to one of
 * them asks the judge again, and an unchanged re-run asks nothing.
 */
class VerdictCache {
    entries = new Map();
    hits = 0;
    misses = 0;
    /** Set when a new verdict was stored since loading. */
    changed = false;
    constructor(entries = []) {
        for (const [key, value] of entries)
            this.entries.set(key, value);
    }
    get size() {
        return this.entries.size;
    }
    get(key) {
        const hit = this.entries.get(key);
        if (hit)
            this.hits++;
        else
            this.misses++;
        return hit;
    }
    set(key, verdict) {
        this.entries.set(key, verdict);
        this.changed = true;
    }
    toJSON() {
        const sorted = [...this.entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return { version: VERDICT_CACHE_VERSION, verdicts: Object.fromEntries(sorted) };
    }
}
function verdictKey(identity, request) {
    const content = JSON.stringify([identity, request.question, request.claim, request.sources.map((s) => [s.id, s.text])]);
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}
/**
 * Reads a cache file. A missing file is an empty cache; an unreadable or foreign
 * one is too, with a warning, since a cache is only ever an optimisation.
 */
async function loadVerdictCache(path, fs) {
    let text;
    try {
        text = await fs.readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { cache: new VerdictCache() };
        return { cache: new VerdictCache(), warning: `verdict cache ${path} could not be read (${error.message}); starting empty` };
    }
    const parsed = parseCacheFile(text);
    if (typeof parsed === 'string')
        return { cache: new VerdictCache(), warning: `verdict cache ${path} ${parsed}; starting empty` };
    return { cache: new VerdictCache(parsed) };
}
function parseCacheFile(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return 'is not JSON';
    }
    const file = data;
    if (file?.version !== VERDICT_CACHE_VERSION || !file.verdicts || typeof file.verdicts !== 'object') {
        return `is not a version ${VERDICT_CACHE_VERSION} verdict cache`;
    }
    return Object.entries(file.verdicts).filter((entry) => isCachedVerdict(entry[0], entry[1]));
}
function isCachedVerdict(key, value) {
    const v = value;
    return (/^[0-9a-f]{64}$/.test(key) &&
        !!v &&
        (v.verdict === 'supported' || v.verdict === 'contradicted' || v.verdict === 'unsupported') &&
        typeof v.score === 'number' &&
        typeof v.judge === 'string' &&
        typeof v.reason === 'string' &&
        (v.evidence === null || (typeof v.evidence === 'object' && typeof v.evidence?.sentence === 'string')));
}
async function saveVerdictCache(path, cache, fs) {
    await fs.mkdir((0,external_node_path_.dirname)(path), { recursive: true });
    await fs.writeFile(path, `${JSON.stringify(cache.toJSON())}\n`);
}
/**
 * Wraps a judge so that verdicts already in the cache are reused and only the rest
 * are asked. Undetermined verdicts are never stored: the next run tries again.
 */
function withVerdictCache(judge, cache, identity) {
    return {
        name: judge.name,
        async judge(requests) {
            const keys = requests.map((request) => verdictKey(identity, request));
            const results = requests.map((request, i) => {
                const hit = cache.get(keys[i]);
                return hit ? { ...hit, key: request.key } : undefined;
            });
            const missing = requests.filter((_, i) => results[i] === undefined);
            if (missing.length > 0) {
                const fresh = new Map((await judge.judge(missing)).map((result) => [result.key, result]));
                requests.forEach((request, i) => {
                    if (results[i])
                        return;
                    const result = fresh.get(request.key);
                    results[i] = result;
                    if (result && result.verdict !== 'undetermined') {
                        const { key: _key, ...verdict } = result;
                        cache.set(keys[i], verdict);
                    }
                });
            }
            return results.map((result, i) => result ?? { key: requests[i]?.key ?? '', verdict: 'undetermined', score: 0, evidence: null, judge: judge.name, reason: 'no verdict' });
        },
    };
}

// EXTERNAL MODULE: ./.build/src/evaluate/judges/deterministic.js + 10 modules
var deterministic = __webpack_require__(76484);
;// CONCATENATED MODULE: ./.build/src/pipeline/judge-factory.js



const nodeCacheFs = {
    readFile: (path, encoding) => (0,promises_.readFile)(path, encoding),
    writeFile: (path, data) => (0,promises_.writeFile)(path, data),
    mkdir: (path, options) => (0,promises_.mkdir)(path, options),
};
/**
 * The judge the settings name. The cache wraps the judge that makes calls (the LLM or the
 * command), not the deterministic first pass, which is cheaper to recompute than to look up.
 */
async function buildJudge(settings, env, cwd) {
    const apiKey = env[settings.apiKeyEnv];
    const secrets = apiKey ? [apiKey] : [];
    const loaded = settings.cache && settings.kind !== 'deterministic' ? await loadVerdictCache(settings.cache, nodeCacheFs) : null;
    const cached = (judge) => (loaded ? withVerdictCache(judge, loaded.cache, judge.cacheIdentity) : judge);
    // The judges that call out are loaded only when chosen.
    const { parseCommandLine } = settings.kind === 'command' || settings.kind === 'hybrid' ? await __webpack_require__.e(/* import() */ 196).then(__webpack_require__.bind(__webpack_require__, 53196)) : { parseCommandLine: null };
    const { createLlmJudge } = settings.kind === 'llm' || settings.kind === 'hybrid' ? await __webpack_require__.e(/* import() */ 836).then(__webpack_require__.bind(__webpack_require__, 48836)) : { createLlmJudge: null };
    const { createCommandJudge } = settings.kind === 'command' || settings.kind === 'hybrid' ? await __webpack_require__.e(/* import() */ 49).then(__webpack_require__.bind(__webpack_require__, 2049)) : { createCommandJudge: null };
    const llm = () => createLlmJudge({
        baseUrl: settings.url,
        model: settings.model,
        ...(apiKey ? { apiKey } : {}),
        ...(settings.concurrency !== null ? { concurrency: settings.concurrency } : {}),
        ...(settings.timeoutMs !== null ? { timeoutMs: settings.timeoutMs } : {}),
    });
    const command = () => createCommandJudge({
        argv: parseCommandLine(settings.command, { ...env }, { file: 'settings', place: 'judge-command' }),
        cwd,
        env: { ...env },
        ...(settings.timeoutMs !== null ? { timeoutMs: settings.timeoutMs } : {}),
    });
    let judge;
    switch (settings.kind) {
        case 'deterministic':
            judge = (0,deterministic/* createDeterministicJudge */.WI)();
            break;
        case 'llm':
            judge = cached(llm());
            break;
        case 'command':
            judge = cached(command());
            break;
        case 'hybrid': {
            const { createHybridJudge } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.bind(__webpack_require__, 43492));
            judge = createHybridJudge({ first: (0,deterministic/* createDeterministicJudge */.WI)(), fallback: cached(settings.hybridFallback === 'command' ? command() : llm()) });
            break;
        }
    }
    return {
        judge,
        secrets,
        cache: loaded?.cache ?? null,
        warning: loaded?.warning ?? null,
        save: async () => {
            if (loaded && settings.cache && loaded.cache.changed)
                await saveVerdictCache(settings.cache, loaded.cache, nodeCacheFs);
        },
    };
}

// EXTERNAL MODULE: ./.build/src/pipeline/load-cases.js + 2 modules
var load_cases = __webpack_require__(17931);
// EXTERNAL MODULE: ./.build/src/pipeline/load-worker.js
var load_worker = __webpack_require__(23679);
;// CONCATENATED MODULE: ./.build/src/pipeline/run-gate.js
/**
 * The pipeline end to end: settings → golden set → responses → evaluate → metrics →
 * coverage → drift → policy → report. Entry points pass in what touches the outside
 * world (clock, environment, cancellation, progress) and decide what to do with the report.
 */















/** Same words for a run and a merge without a baseline, so both reports agree. */
const NO_BASELINE_REASON = 'no baseline report was configured (first run, or --baseline not set)';
/** Below this many cases, starting worker threads costs more than it saves. */
const PARALLEL_MIN_CASES = 5000;
/** A golden set this large on disk (about 4,000 typical cases) is loaded and evaluated off the main thread. */
const LARGE_GOLDEN_SET_BYTES = 4 * 1024 * 1024;
const MAX_EVALUATION_THREADS = 4;
async function run_gate_runGate(settings, deps) {
    const startedAt = deps.now();
    const secrets = [];
    // The golden set and the answers are needed only until every case is judged: large runs
    // free them before the report is built.
    const { goldenSet, results, judge, matched, notRun } = await evaluateGoldenSet(settings, deps, secrets);
    const report = buildReport({
        version: deps.version,
        startedAt,
        finishedAt: deps.now(),
        git: deps.git,
        goldenSet,
        settings: {
            responses: settings.responses.kind === 'file' ? 'file' : settings.responses.provider.kind === 'http' ? 'http' : `command (${settings.responses.provider.mode})`,
            judge: { name: judge.name, version: judgeVersion(judge) },
            citationPattern: settings.citationPattern ?? claims/* DEFAULT_CITATION_PATTERN */.HC.source,
        },
        policy: settings.policy,
        cases: results,
        responses: { missing: matched.missing, unknown: matched.unknown },
        coverage: null,
        drift: null,
        verdict: { status: 'error', breaches: [], warnings: [], notes: [], override: null },
        shard: settings.shard,
        partialReason: notRun.length > 0 ? `cancelled: ${notRun.length} case${notRun.length === 1 ? '' : 's'} not run` : null,
    });
    const inputProblems = [];
    report.coverage = await measureCoverage(settings, deps.runGit ?? gitRunner(settings.cwd), inputProblems, deps.changedLines ?? null);
    const drift = await driftAgainstBaseline(report, settings, inputProblems, deps.noBaselineReason);
    report.drift = drift.drift;
    report.verdict = evaluatePolicy(gateInputFromReport(report, { inputProblems, uncertified: uncertifiedThresholds(report.metrics, settings.policy.thresholds, settings.policy.certificationBound) }), settings.policy);
    return { report, secrets, baseline: drift.baseline };
}
/** Golden set → responses → verdicts: everything that needs the cases and their answers. */
async function evaluateGoldenSet(settings, deps, secrets) {
    const env = deps.env ?? process.env;
    // Built once the inputs are read, so a bad golden set is reported before a bad judge setting.
    const buildTheJudge = async () => {
        const built = deps.judge ? null : await buildJudge(settings.judge, env, settings.cwd);
        if (built)
            secrets.push(...built.secrets);
        if (built?.warning)
            deps.warn?.(built.warning);
        return { judge: deps.judge ?? built.judge, save: async () => built?.save() };
    };
    // Large runs with the offline judge use every core; a judge that calls out is bound by its calls.
    const threads = Math.min((0,external_node_os_.availableParallelism)(), MAX_EVALUATION_THREADS);
    const workers = deps.workerEntry !== undefined && !deps.judge && settings.judge.kind === 'deterministic' && threads > 1 ? { entry: deps.workerEntry, threads } : null;
    const citationPattern = settings.citationPattern ?? null;
    if (workers && settings.responses.kind === 'file' && (await (0,load_cases/* goldenSetBytes */.tN)(settings.goldenSet, settings.cwd)) >= LARGE_GOLDEN_SET_BYTES) {
        // The cases never come to this thread: the loader packs them for the evaluators.
        const loaded = (0,load_worker.loadOnWorker)(workers.entry, { goldenSet: settings.goldenSet, cwd: settings.cwd, responses: settings.responses.path, shard: settings.shard, citationPattern });
        const results = await (0,evaluation_pool.evaluateOnWorkers)(loaded.tasks, workers);
        const { goldenSet, missing, unknown } = loaded.summary();
        const { judge } = await buildTheJudge();
        return { goldenSet, results, judge, matched: { missing, unknown }, notRun: [] };
    }
    const { goldenSet, cases, otherShards } = await (0,load_cases/* loadCases */.EG)(settings.goldenSet, settings.cwd, settings.shard);
    let matched;
    let notRun = [];
    if (settings.responses.kind === 'file') {
        matched = await (0,load_cases/* loadMatchedResponses */.V6)(settings.responses.path, settings.cwd, cases, otherShards);
    }
    else {
        // Loaded only when the app is run, so a file of answers never pays for the HTTP client.
        const { getResponses } = await Promise.all(/* import() */[__webpack_require__.e(882), __webpack_require__.e(618)]).then(__webpack_require__.bind(__webpack_require__, 87618));
        const run = await getResponses(cases, settings.responses.provider, {
            ...(settings.run.concurrency !== null ? { concurrency: settings.run.concurrency } : {}),
            ...(settings.run.timeoutMs !== null ? { timeoutMs: settings.run.timeoutMs } : {}),
            ...(settings.run.retries !== null ? { retries: settings.run.retries } : {}),
            ...(deps.signal ? { signal: deps.signal } : {}),
            ...(deps.progress ? { progress: deps.progress } : {}),
            env: { ...env },
            cwd: settings.cwd,
        });
        matched = (0,file/* matchResponses */.ur)(cases, run.responses);
        notRun = run.notRun;
        secrets.push(...run.secrets);
    }
    const notRunSet = new Set(notRun);
    matched.missing = matched.missing.filter((id) => !notRunSet.has(id));
    const { judge, save } = await buildTheJudge();
    const options = { ...(citationPattern !== null ? { citationPattern } : {}), notRun: notRunSet };
    const results = workers && cases.length >= PARALLEL_MIN_CASES
        ? await (0,evaluation_pool.evaluateOnWorkers)((0,evaluation_pool.packEvaluationTasks)(cases, matched, options), workers)
        : await (0,evaluate/* evaluateCases */.pL)(cases, matched, judge, options);
    await save();
    return { goldenSet, results, judge, matched: { missing: matched.missing, unknown: matched.unknown }, notRun };
}
/**
 * Drift against the baseline report, when one is configured. An unreadable baseline is an
 * input problem the policy rules on (fail closed by default), never a silent skip.
 */
async function driftAgainstBaseline(report, settings, inputProblems, noBaselineReason) {
    const options = driftOptions(settings.policy);
    if (settings.shard !== null)
        return { drift: skippedDrift('a shard is compared with the baseline only once merged'), baseline: null };
    if (settings.baseline === null) {
        const reason = noBaselineReason ?? (settings.baselineAuto ? 'baseline: auto finds the base branch report only in GitHub Actions, on a pull request' : NO_BASELINE_REASON);
        return { drift: compareWithBaseline(report, null, { ...options, noBaselineReason: reason }), baseline: null };
    }
    const display = (0,external_node_path_.relative)(settings.cwd, settings.baseline) || settings.baseline;
    try {
        const load = await loadBaselineReport(settings.baseline, display);
        return { drift: compareWithBaseline(report, load, options), baseline: load.status === 'loaded' ? load.report : null };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        inputProblems.push(`baseline: ${error.message}`);
        return { drift: compareWithBaseline(report, null, { ...options, noBaselineReason: `the baseline could not be read (${display})` }), baseline: null };
    }
}
/** The policy's view of a report: used for fresh runs and merged shards alike. */
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
function judgeVersion(judge) {
    return judge.version ?? '1';
}

;// CONCATENATED MODULE: ./.build/src/shared/write-atomically.js
/**
 * Output files are written under a temporary name and renamed into place, so a crash or a
 * full disk never leaves half a report where a later step (or the baseline) would read it.
 */


/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 16;
async function writeTextAtomically(path, text) {
    await replaceWith(path, (temporary) => (0,promises_.writeFile)(temporary, text));
}
/**
 * Writes exactly `JSON.stringify(value, null, 2) + '\n'`, but serialises each element of a
 * top-level array on its own: a report of 100,000 cases never exists as one string.
 */
async function writeJsonAtomically(path, value) {
    await replaceWith(path, async (temporary) => {
        const handle = await (0,promises_.open)(temporary, 'w');
        try {
            let pending = '';
            for (const piece of prettyJsonPieces(value)) {
                pending += piece;
                if (pending.length >= WRITE_CHUNK) {
                    await handle.write(pending);
                    pending = '';
                }
            }
            await handle.write(`${pending}\n`);
        }
        finally {
            await handle.close();
        }
    });
}
async function replaceWith(path, write) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        await write(temporary);
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
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

;// CONCATENATED MODULE: ./.build/src/report/budget.js
/**
 * Fitting a rendered Markdown document under a size limit by leaving out whole parts
 * (a section, or whole blocks at the end of a list-like section) in a fixed order, never
 * cutting a table, a code block or a `<details>` in half, and saying what was left out.
 */
/**
 * GitHub validates comment and check-run text with Rails' length validator
 * ("Body is too long (maximum is 65536 characters)"), which counts Ruby characters:
 * Unicode code points, not UTF-16 code units and not bytes. An emoji outside the BMP is
 * one character to GitHub but two to `String.prototype.length`.
 */
function countCodePoints(text) {
    let count = text.length;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                count--;
                i++;
            }
        }
    }
    return count;
}
/** The job summary limit is in bytes of the UTF-8 file the runner uploads. */
function countUtf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
const COMMENT_LIMIT = { name: 'pull-request comment', max: 65_536, measure: countCodePoints, unit: 'characters' };
const CHECK_RUN_OUTPUT_LIMIT = { name: 'check run', max: 65_535, measure: countCodePoints, unit: 'characters' };
const JOB_SUMMARY_LIMIT = { name: 'job summary', max: 1_048_576, measure: countUtf8Bytes, unit: 'bytes' };
/** Joins the sections, leaving out parts in `dropOrder` until the result fits `limit`. */
function fitToBudget(sections, limit, options = {}) {
    const separator = options.separator ?? '\n\n';
    const separatorSize = limit.measure(separator);
    const states = sections.map((section) => ({
        section,
        blockSizes: section.blocks.map((block) => limit.measure(block)),
        kept: section.blocks.length,
    }));
    // Running totals so that leaving out thousands of items stays linear.
    let blockTotal = 0;
    let blockCount = 0;
    for (const state of states)
        for (const size of state.blockSizes)
            (blockTotal += size), blockCount++;
    const size = () => blockTotal + Math.max(0, blockCount - 1) * separatorSize;
    const noteSize = () => {
        const note = omissionNote(states, limit, options);
        return note === '' ? 0 : limit.measure(note) + separatorSize;
    };
    const fits = () => size() + noteSize() <= limit.max;
    const dropLast = (state) => {
        state.kept--;
        blockTotal -= state.blockSizes[state.kept] ?? 0;
        blockCount--;
    };
    const droppable = states
        .filter((s) => s.section.dropOrder !== undefined)
        .sort((a, b) => (a.section.dropOrder ?? 0) - (b.section.dropOrder ?? 0));
    for (const state of droppable) {
        if (fits())
            break;
        const keepBlocks = state.section.dropItemsFromEnd?.keepBlocks ?? state.kept;
        while (state.kept > keepBlocks && !fits())
            dropLast(state);
        if (!fits() || state.kept === keepBlocks)
            while (state.kept > 0)
                dropLast(state);
    }
    const markdown = render(states, separator, omissionNote(states, limit, options));
    const finalSize = limit.measure(markdown);
    if (finalSize > limit.max) {
        throw new Error(`The parts of the ${limit.name} that are never left out take ${finalSize} ${limit.unit}, over the limit of ${limit.max}; ` +
            'the renderer must bound them.');
    }
    return { markdown, size: finalSize, omitted: omittedParts(states) };
}
function render(states, separator, note) {
    const blocks = states.flatMap((s) => s.section.blocks.slice(0, s.kept));
    if (note !== '')
        blocks.push(note);
    return blocks.join(separator);
}
function omittedParts(states) {
    const parts = [];
    for (const { section, kept } of states) {
        if (kept === section.blocks.length)
            continue;
        const items = section.dropItemsFromEnd;
        if (items && kept > 0) {
            const total = section.blocks.length - items.keepBlocks;
            parts.push({ id: section.id, label: section.label, items: { omitted: section.blocks.length - kept, total, itemName: items.itemName } });
        }
        else {
            parts.push({ id: section.id, label: section.label });
        }
    }
    return parts;
}
function omissionNote(states, limit, options) {
    const parts = omittedParts(states);
    if (parts.length === 0)
        return '';
    const described = parts.map((part) => part.items ? `${part.items.omitted} of ${part.items.total} ${part.items.itemName}` : `the ${part.label}`);
    const rest = options.whereToFindTheRest ? ` ${options.whereToFindTheRest}` : '';
    return `> [!NOTE]\n> Left out to stay under the ${limit.name} limit of ${limit.max.toLocaleString('en-US')} ${limit.unit}: ${described.join('; ')}.${rest}`;
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(20925);
;// CONCATENATED MODULE: ./.build/src/report/junit.js

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
    if (c.status === 'error')
        return { node: { ...node, error: { '@_type': 'app-error', '@_message': attribute(c.error ?? 'the app failed'), '#text': clean(c.error ?? '', MAX_BODY_CHARS) } }, outcome: 'error' };
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
    return new json2xml/* default */.A({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true }).build(document);
}

;// CONCATENATED MODULE: ./.build/src/shared/escape.js
/**
 * Making untrusted text (model answers, golden sets, file paths, XML) safe to show.
 *
 * Markdown: no `@mention` or `#123` pings, no raw HTML, nothing that opens a link, an
 * image, a table column or a code span. HTML (inside `<summary>` and other HTML blocks,
 * where Markdown escapes are not read): entities only. Logs: no line can become a
 * workflow command. Secrets: replaced before any of the above.
 */
const ZERO_WIDTH_JOINER = '\u200D';
const ELLIPSIS = '…';
/** C0/C1 controls (keeping tab and newlines) and bidirectional overrides that can reorder what a reader sees. */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Cuts to at most `maxLength` code points, never inside a surrogate pair. */
function truncateText(text, maxLength) {
    if (maxLength <= 0)
        return '';
    if (text.length <= maxLength)
        return text;
    const codePoints = Array.from(text);
    if (codePoints.length <= maxLength)
        return text;
    return codePoints.slice(0, Math.max(0, maxLength - 1)).join('') + ELLIPSIS;
}
function prepare(text, options) {
    const clean = String(text).replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n');
    return options.maxLength === undefined ? clean : truncateText(clean, options.maxLength);
}
/**
 * Stops GitHub from turning text into notifications or cross-references: `@user`,
 * `@org/team`, `#12`, `GH-12`, `owner/repo#12`. A zero-width joiner after the sigil keeps
 * the text readable while the mention and reference filters no longer match.
 */
function defuseMentions(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}-`);
}
/** HTML entities for text placed inside HTML (`<summary>`, attributes). */
function escapeHtml(text, options = {}) {
    // Mentions first: the numeric entity for an apostrophe (`&#39;`) must not be split.
    return defuseMentions(prepare(text, options))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\n/g, ' ');
}
/**
 * Punctuation that starts Markdown constructs anywhere in a line: emphasis, code, links
 * and images (brackets), headings, tables, strikethrough, math. `<`, `>` and `&` become
 * entities so no raw HTML or entity can be injected.
 */
function escapeMarkdownPunctuation(text) {
    return text
        .replace(/[\\`*_[\]#|~$!{}()]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A line that begins like a list item, a quote or a thematic break must not become one. */
function escapeLineStart(text) {
    return text.replace(/^(\s*)([-+=]|\d+[.)])/, (_m, space, marker) => marker.length === 1 ? `${space}\\${marker}` : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
/** Untrusted text inside a paragraph or a list item, on one line. */
function escapeMarkdownInline(text, options = {}) {
    const oneLine = prepare(text, options).replace(/\s*\n\s*/g, ' ');
    return defuseMentions(escapeLineStart(escapeMarkdownPunctuation(oneLine)));
}
/** Untrusted text inside a Markdown table cell: pipes escaped, line breaks kept as `<br>`. */
function escapeTableCell(text, options = {}) {
    const lines = prepare(text, options)
        .trim()
        .split(/\s*\n\s*/);
    return defuseMentions(lines.map((line) => escapeMarkdownPunctuation(line)).join('<br>'));
}
/**
 * Untrusted text as inline code (identifiers, file paths). The fence is one backtick
 * longer than the longest run inside, so the span cannot be closed early. In a table,
 * pipes still need `\|` because tables are split before code spans are read.
 */
function codeSpan(text, options = {}) {
    let body = prepare(text, options).replace(/\n/g, ' ');
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Untrusted multi-line text as a fenced code block: nothing inside is read as Markdown,
 * HTML or a mention. The fence outgrows any backtick run in the text.
 */
function codeBlock(text, options = {}) {
    const body = prepare(text, options);
    const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const language = (options.language ?? 'text').replace(/[^A-Za-z0-9_+-]/g, '');
    return `${fence}${language}\n${body.replace(/\n+$/, '')}\n${fence}`;
}
/**
 * Untrusted text for a log line. The runner reads `::command::` and the older `##[command]`
 * at the start of any line (after white space), so on every line such a start gets a
 * zero-width joiner between its first two characters: the text stays readable and no
 * `::error::`, `::add-mask::` or `::stop-commands::` can be forged.
 */
function escape_escapeLogText(text) {
    return prepare(text, {})
        .split('\n')
        .map((line) => line.replace(/^(\s*)(:(?=:)|#(?=#\[))/, `$1$2${ZERO_WIDTH_JOINER}`))
        .join('\n');
}
const REDACTED = '***';
/**
 * Replaces every secret in `text` with `***`, including the forms a model or a tool is
 * likely to echo: each line of a multi-line secret, JSON-escaped, URL-encoded and base64.
 * Longer secrets are replaced first so a secret containing another is not half-masked.
 */
function escape_redactSecrets(text, secrets) {
    return secretRedactor(secrets)(text);
}
/**
 * A redactor with the secrets' forms worked out once: one regular expression whose
 * alternatives are longest first, so a secret containing another is masked whole.
 */
function secretRedactor(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (typeof secret !== 'string' || secret.trim() === '')
            continue;
        for (const form of secretForms(secret))
            if (form.trim() !== '')
                forms.add(form);
    }
    if (forms.size === 0)
        return (text) => String(text);
    const pattern = new RegExp([...forms]
        .sort((a, b) => b.length - a.length)
        .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'), 'g');
    return (text) => String(text).replace(pattern, REDACTED);
}
function secretForms(secret) {
    const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
    forms.push(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
    if (/[\r\n]/.test(secret))
        forms.push(...secret.split(/\r?\n/).filter((line) => line.trim().length >= 4));
    return forms;
}
/** Redacts every string inside a JSON-like value (a report), returning a copy. */
function escape_redactDeep(value, secrets) {
    if (!secrets.some((s) => typeof s === 'string' && s.trim() !== ''))
        return value;
    const redact = secretRedactor(secrets);
    const walk = (node) => {
        if (typeof node === 'string')
            return redact(node);
        if (Array.isArray(node))
            return node.map(walk);
        if (node && typeof node === 'object')
            return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
        return node;
    };
    return walk(value);
}

;// CONCATENATED MODULE: ./.build/src/report/format.js
/** Shared wording for every rendering, so the terminal and the comment say the same. */
function format_percent(value, digits) {
    if (value === null)
        return 'n/a';
    const pct = value * 100;
    const d = digits ?? (pct !== 0 && Math.abs(pct) < 10 ? 2 : 1);
    return `${pct.toFixed(d)}%`;
}
function rateText(rate) {
    if (rate.value === null)
        return 'n/a (nothing to measure)';
    const ci = rate.ci ? ` [95% CI ${format_percent(rate.ci.lower)}–${format_percent(rate.ci.upper)}]` : '';
    return `${format_percent(rate.value)} (${rate.numerator}/${rate.denominator})${ci}`;
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

;// CONCATENATED MODULE: ./.build/src/report/markdown.js



/** Budget order: lower numbers are left out first. The verdict, metrics and links always stay. */
const DROP_ORDER = { chart: 1, uncoveredLines: 2, failingCases: 3, categories: 4, drift: 5, coverage: 6 };
const MAX_CATEGORY_ROWS = 100;
const MAX_DRIFT_ROWS = 50;
const MAX_CASES = 500;
const MAX_CHART_CATEGORIES = 12;
const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌' };
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '❌', overridden: '🟡' };
/** The report as Markdown within `options.limit` (the comment limit by default). */
function renderMarkdown(report, options = {}) {
    return renderMarkdownFitted(report, options).markdown;
}
/** Like `renderMarkdown`, also saying which parts were left out. */
function renderMarkdownFitted(report, options = {}) {
    const secrets = options.secrets ?? [];
    // Redact the data first so `***` is escaped like any other text; then the rendered
    // blocks, in case escaping produced a form of a secret the data did not contain.
    const redact = secretRedactor(secrets);
    const sections = renderMarkdownSections(escape_redactDeep(report, secrets), options).map((section) => ({
        ...section,
        blocks: secrets.length ? section.blocks.map(redact) : section.blocks,
    }));
    const whereToFindTheRest = options.artifactUrl
        ? `Everything is in the [report artifact](${safeUrl(options.artifactUrl)}).`
        : 'Everything is in the report JSON.';
    return fitToBudget(sections, options.limit ?? COMMENT_LIMIT, { whereToFindTheRest });
}
/** The report as budget sections, in reading order. */
function renderMarkdownSections(report, options = {}) {
    const sections = [
        { id: 'verdict', label: 'verdict', blocks: verdictBlocks(report, options.notes ?? []) },
        { id: 'metrics', label: 'metrics table', blocks: [metricsTable(report, options.baseline ?? null)] },
    ];
    const chart = categoryChart(report, options.baseline ?? null);
    if (chart)
        sections.push({ id: 'chart', label: 'chart', blocks: [chart], dropOrder: DROP_ORDER.chart });
    if (report.categories.length > 1) {
        sections.push({ id: 'categories', label: 'per-category table', blocks: [categoryTable(report, options.baseline ?? null)], dropOrder: DROP_ORDER.categories });
    }
    if (report.coverage) {
        sections.push({ id: 'coverage', label: 'coverage table', blocks: coverageBlocks(report.coverage), dropOrder: DROP_ORDER.coverage });
        const uncovered = uncoveredLines(report.coverage);
        if (uncovered)
            sections.push({ id: 'uncovered', label: 'list of uncovered changed lines', blocks: [uncovered], dropOrder: DROP_ORDER.uncoveredLines });
    }
    if (report.drift)
        sections.push({ id: 'drift', label: 'drift findings', blocks: driftBlocks(report.drift), dropOrder: DROP_ORDER.drift });
    const failing = failingCases(report);
    if (failing.length > 0) {
        const shown = failing.slice(0, MAX_CASES);
        const heading = `#### Cases to look at (${failing.length})`;
        const more = failing.length > shown.length ? [`… and ${failing.length - shown.length} more in the report JSON.`] : [];
        sections.push({
            id: 'failing-cases',
            label: 'failing cases',
            blocks: [heading, ...shown.map(caseDetails), ...more],
            dropOrder: DROP_ORDER.failingCases,
            dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases' },
        });
    }
    sections.push({ id: 'links', label: 'links', blocks: [linksLine(report, options.artifactUrl ?? null)] });
    return sections;
}
function verdictBlocks(report, notes) {
    const v = report.verdict;
    const first = v.breaches[0];
    const why = v.status === 'pass'
        ? 'every threshold met'
        : first
            ? `${escapeMarkdownInline(first.message, { maxLength: 200 })}${v.breaches.length > 1 ? ` (and ${v.breaches.length - 1} more)` : ''}`
            : escapeMarkdownInline(v.notes[0] ?? report.run.partialReason ?? 'see the report', { maxLength: 200 });
    const blocks = [`### ${VERDICT_ICON[v.status]} factgate ${VERDICT_WORDS[v.status].toLowerCase()}: ${why} · policy ${codeSpan(report.policy.name)}`];
    const lines = [];
    if (v.override) {
        lines.push(`- 🟡 Overridden by ${escapeMarkdownInline(v.override.by)} (${escapeMarkdownInline(v.override.permission)}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${escapeMarkdownInline(v.override.at)}; waived: ${v.override.waived.map((rule) => codeSpan(rule)).join(', ')}`);
    }
    for (const breach of v.breaches)
        lines.push(`- ❌ ${codeSpan(breach.rule)}: ${escapeMarkdownInline(breach.message, { maxLength: 500 })}`);
    for (const warning of v.warnings)
        lines.push(`- ⚠️ ${codeSpan(warning.rule)}: ${escapeMarkdownInline(warning.message, { maxLength: 500 })}`);
    for (const note of [...v.notes, ...notes])
        lines.push(`- ℹ️ ${escapeMarkdownInline(note, { maxLength: 500 })}`);
    if (report.run.partial)
        lines.push(`- ℹ️ Partial run: ${escapeMarkdownInline(report.run.partialReason ?? 'incomplete')}`);
    if (lines.length > 0)
        blocks.push(lines.join('\n'));
    return blocks;
}
/** Which way is better for a headline rule: `max-*` rules want lower values. */
function lowerIsBetter(rule) {
    return rule !== null && rule.startsWith('max-');
}
/** "↑ +1.20 pp" with a word for whether that is better or worse. */
function change(value, baseline, lowerBetter) {
    if (value === null || baseline === null)
        return '—';
    const delta = (value - baseline) * 100;
    if (Math.abs(delta) < 0.005)
        return '→ 0 pp';
    const arrow = delta > 0 ? '↑' : '↓';
    const worse = delta > 0 === lowerBetter;
    return `${arrow} ${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)} pp ${worse ? '🔴' : '🟢'}`;
}
function metricsTable(report, baseline) {
    const rows = headlineRows(report);
    const baselineRows = baseline ? headlineRows({ ...report, metrics: baseline.metrics }) : null;
    const out = ['| Metric | Value | Baseline | Change | Threshold | Status |', '| --- | ---: | ---: | :---: | ---: | :---: |'];
    rows.forEach((row, i) => {
        const base = baselineRows?.[i]?.rate.value ?? null;
        const threshold = row.threshold === null ? '—' : `${lowerIsBetter(row.rule) ? '≤' : '≥'} ${format_percent(row.threshold)}`;
        out.push(`| ${row.label} | ${rateCell(row.rate)} | ${baselineRows ? format_percent(base) : '—'} | ${change(row.rate.value, base, lowerIsBetter(row.rule))} | ${threshold} | ${STATUS_ICON[ruleStatus(report, row.rule)]} |`);
    });
    return out.join('\n');
}
function rateCell(rate) {
    if (rate.value === null)
        return 'n/a';
    const ci = rate.ci ? ` <sub>${format_percent(rate.ci.lower)}–${format_percent(rate.ci.upper)}</sub>` : '';
    return `**${format_percent(rate.value)}** (${rate.numerator}/${rate.denominator})${ci}`;
}
function worstCategories(report) {
    return [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
}
function categoryTable(report, baseline) {
    const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c]));
    const rows = worstCategories(report);
    const out = [
        '| Category | Cases | Hallucination rate | Baseline | Change | Citation coverage | Fact recall |',
        '| --- | ---: | ---: | ---: | :---: | ---: | ---: |',
    ];
    for (const c of rows.slice(0, MAX_CATEGORY_ROWS)) {
        const base = baseOf.get(c.category)?.hallucinationRate.value ?? null;
        out.push(`| ${escapeTableCell(c.category, { maxLength: 60 })} | ${c.cases} | ${format_percent(c.hallucinationRate.value)} (${c.hallucinationRate.numerator}/${c.hallucinationRate.denominator}) | ${format_percent(base)} | ${change(c.hallucinationRate.value, base, true)} | ${format_percent(c.citationCoverage.value)} | ${format_percent(c.factRecall.value)} |`);
    }
    const table = out.join('\n');
    return rows.length > MAX_CATEGORY_ROWS ? `${table}\n\n${rows.length - MAX_CATEGORY_ROWS} more categories in the report JSON.` : table;
}
/** A Mermaid label: only letters, digits and a few separators survive; Mermaid reads the rest. */
function chartLabel(text) {
    const clean = text.replace(/[^\p{L}\p{N} _./-]/gu, ' ').replace(/\s+/g, ' ').trim();
    return `"${Array.from(clean || '?').slice(0, 24).join('')}"`;
}
/**
 * Hallucination rate per category: bars for this run, a line for the baseline. Drawn only
 * with two or more categories, where a picture beats reading a column of percentages.
 */
function categoryChart(report, baseline) {
    const categories = worstCategories(report).filter((c) => c.hallucinationRate.value !== null).slice(0, MAX_CHART_CATEGORIES);
    if (categories.length < 2)
        return null;
    const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c.hallucinationRate.value]));
    const head = categories.map((c) => round((c.hallucinationRate.value ?? 0) * 100));
    const base = categories.map((c) => round((baseOf.get(c.category) ?? 0) * 100));
    const top = Math.max(1, ...head, ...(baseline ? base : [])) * 1.1;
    const lines = [
        'xychart-beta',
        `  title "Hallucination rate by category, %${baseline ? ' (bars: this run, line: baseline)' : ''}"`,
        `  x-axis [${categories.map((c) => chartLabel(c.category)).join(', ')}]`,
        `  y-axis "%" 0 --> ${round(top)}`,
        `  bar [${head.join(', ')}]`,
    ];
    if (baseline)
        lines.push(`  line [${base.join(', ')}]`);
    return ['```mermaid', ...lines, '```'].join('\n');
}
function round(value) {
    return Math.round(value * 100) / 100;
}
function coverageBlocks(coverage) {
    const pct = (t) => `${format_percent(t.rate)} (${t.covered}/${t.total})`;
    const rows = [
        '#### Coverage',
        ['| Coverage | Value |', '| --- | ---: |', `| Lines | ${pct(coverage.lines)} |`, `| Branches | ${pct(coverage.branches)} |`, `| Changed lines (patch) | ${coverage.patch ? pct(coverage.patch) : 'n/a'} |`].join('\n'),
    ];
    if (coverage.warnings.length > 0)
        rows.push(coverage.warnings.slice(0, 20).map((w) => `- ⚠️ ${escapeMarkdownInline(w, { maxLength: 300 })}`).join('\n'));
    return rows;
}
function uncoveredLines(coverage) {
    const files = coverage.patch?.uncovered.filter((f) => f.lines.length > 0) ?? [];
    if (files.length === 0)
        return null;
    const lines = files.slice(0, 100).map((f) => `- ${codeSpan(f.path, { maxLength: 200 })}: ${lineRanges(f.lines)}`);
    if (files.length > 100)
        lines.push(`- … ${files.length - 100} more files`);
    return `<details><summary>Changed lines without coverage (${files.length} file${files.length === 1 ? '' : 's'})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
/** 3,4,5,9 → "3–5, 9" */
function lineRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1)
            j++;
        ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
        i = j + 1;
    }
    return ranges.length > 30 ? `${ranges.slice(0, 30).join(', ')}, …` : ranges.join(', ');
}
function driftBlocks(drift) {
    const heading = '#### Compared with the baseline';
    if (drift.status !== 'compared') {
        return [heading, `Not compared: ${escapeMarkdownInline(drift.reason ?? drift.status, { maxLength: 300 })}`];
    }
    const significant = drift.findings.filter((f) => f.significant);
    const summary = `${drift.cases.compared} cases compared (${drift.cases.added.length} added, ${drift.cases.removed.length} removed, ${drift.cases.changed.length} changed since the baseline).`;
    if (significant.length === 0)
        return [heading, `${summary} No significant change.`];
    // The p-value a reader judges by: adjusted for the gating tests, the test's own for descriptive ones.
    const rows = ['| Change | Where | Test | p-value (adjusted) | Finding |', '| :---: | --- | --- | ---: | --- |'];
    for (const f of significant.slice(0, MAX_DRIFT_ROWS)) {
        rows.push(`| ${f.direction === 'regression' ? '🔴 worse' : f.direction === 'improvement' ? '🟢 better' : '—'} | ${escapeTableCell(f.scope, { maxLength: 60 })} | ${escapeTableCell(f.test)}${f.role === 'descriptive' ? ' (descriptive)' : ''} | ${shownPValue(f.adjustedPValue ?? f.pValue)} | ${escapeTableCell(f.explanation, { maxLength: 400 })} |`);
    }
    const more = significant.length > MAX_DRIFT_ROWS ? `\n\n${significant.length - MAX_DRIFT_ROWS} more findings in the report JSON.` : '';
    return [heading, `${summary} Significant changes:`, rows.join('\n') + more];
}
function shownPValue(p) {
    return p === null ? '—' : p < 0.001 ? '< 0.001' : p.toFixed(3);
}
function failingCases(report) {
    return report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
}
/** One case in a collapsed section: the claim, what it cites, the evidence, and why. */
function caseDetails(c) {
    const what = c.status === 'error' ? 'error' : c.status === 'missing' ? 'no response' : `${c.claims.filter((cl) => cl.hallucinated).length} hallucinated claim(s)`;
    const summary = `${escapeHtml(c.id, { maxLength: 80 })} · ${escapeHtml(c.category, { maxLength: 40 })} · ${what}`;
    const body = [`**Question:** ${escapeMarkdownInline(c.question, { maxLength: 400 })}`];
    if (c.status === 'error')
        body.push(`**Error:** ${escapeMarkdownInline(c.error ?? 'unknown', { maxLength: 500 })}`);
    if (c.status === 'missing')
        body.push('The application gave no response for this case.');
    for (const reason of c.hallucinationReasons)
        body.push(`- ${escapeMarkdownInline(reason, { maxLength: 400 })}`);
    const claims = c.claims.filter((cl) => cl.hallucinated);
    if (claims.length > 0) {
        body.push(['| Claim | Cites | Verdict | Evidence | Why |', '| --- | --- | --- | --- | --- |', ...claims.slice(0, 20).map(claimRow)].join('\n'));
        if (claims.length > 20)
            body.push(`${claims.length - 20} more claims in the report JSON.`);
    }
    if (c.answer)
        body.push(`<sub>Answer</sub>\n\n${codeBlock(c.answer, { maxLength: 1500 })}`);
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
function claimRow(claim) {
    const cites = claim.citations.length
        ? claim.citations
            .map((id) => {
            const check = claim.citationChecks.find((c) => c.sourceId === id);
            return `${codeSpan(id, { maxLength: 40, inTable: true })}${check && !check.known ? ' (no such source)' : ''}`;
        })
            .join(', ')
        : 'nothing';
    const evidence = claim.evidence
        ? `${codeSpan(claim.evidence.sourceId, { maxLength: 40, inTable: true })}: “${escapeTableCell(claim.evidence.sentence, { maxLength: 300 })}”`
        : '—';
    return `| ${escapeTableCell(claim.text, { maxLength: 400 })} | ${cites} | ${claim.verdict} | ${evidence} | ${escapeTableCell(claim.reason, { maxLength: 300 })} |`;
}
function linksLine(report, artifactUrl) {
    const links = [];
    if (report.run.runUrl)
        links.push(`[workflow run](${safeUrl(report.run.runUrl)})`);
    if (artifactUrl)
        links.push(`[report artifact](${safeUrl(artifactUrl)})`);
    const sha = report.run.gitSha ? ` · commit ${codeSpan(report.run.gitSha.slice(0, 12))}` : '';
    return `<sub>factgate ${escapeMarkdownInline(report.tool.version)} · ${report.goldenSet.caseCount} cases${sha}${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`;
}
/** Only http(s) links, with the characters that would end a Markdown link destination encoded. */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '#';
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return '#';
    return parsed.toString().replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./.build/src/report/terminal.js


/** Failing claims shown under each listed case; the rest are in the report. */
const MAX_CLAIMS_PER_CASE = 3;
const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
/** The verdict and its reasons for a terminal or a CI log; untrusted text is made log-safe. */
function terminal_renderTerminal(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
    const safe = (text) => escape_escapeLogText(text.replace(/\s+/g, ' ').slice(0, 300));
    const lines = [];
    const v = report.verdict;
    const color = v.status === 'pass' ? 'green' : v.status === 'overridden' ? 'yellow' : 'red';
    lines.push(paint('bold', paint(color, `factgate: ${VERDICT_WORDS[v.status]}`)) + ` (policy ${report.policy.name}, ${report.metrics.counts.cases} cases, ${report.metrics.counts.claims} claims)`);
    for (const breach of v.breaches)
        lines.push(`  ${paint('red', '✗')} ${breach.rule}: ${safe(breach.message)}`);
    for (const warning of v.warnings)
        lines.push(`  ${paint('yellow', '!')} ${warning.rule}: ${safe(warning.message)}`);
    lines.push('');
    for (const row of headlineRows(report)) {
        const status = ruleStatus(report, row.rule);
        const mark = status === 'fail' ? paint('red', '✗') : status === 'warn' ? paint('yellow', '!') : ' ';
        const threshold = row.threshold === null ? '' : paint('dim', `  (${row.rule.startsWith('max') ? 'max' : 'min'} ${format_percent(row.threshold)})`);
        lines.push(`${mark} ${row.label.padEnd(28)} ${rateText(row.rate)}${threshold}`);
    }
    if (report.coverage) {
        const c = report.coverage;
        lines.push(`  ${'Line coverage'.padEnd(28)} ${format_percent(c.lines.rate)} (${c.lines.covered}/${c.lines.total})`);
        if (c.patch)
            lines.push(`  ${'Patch coverage'.padEnd(28)} ${format_percent(c.patch.rate)} (${c.patch.covered}/${c.patch.total})`);
    }
    if (report.categories.length > 1) {
        lines.push('', paint('bold', 'By category'));
        for (const cat of report.categories) {
            lines.push(`  ${safe(cat.category).padEnd(20)} hallucination ${format_percent(cat.hallucinationRate.value).padStart(7)}  citation coverage ${format_percent(cat.citationCoverage.value).padStart(7)}  (${cat.cases} cases)`);
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
            // The claims themselves, so the reader sees what was said without opening the report.
            const claims = c.claims.filter((claim) => claim.hallucinated);
            for (const claim of claims.slice(0, MAX_CLAIMS_PER_CASE)) {
                lines.push(`    ${paint('red', '✗')} "${safe(claim.text.slice(0, 160))}" ${paint('dim', `${claim.verdict}: ${safe(claim.reason.slice(0, 160))}`)}`);
            }
            if (claims.length > MAX_CLAIMS_PER_CASE)
                lines.push(paint('dim', `    … and ${claims.length - MAX_CLAIMS_PER_CASE} more claims`));
        }
        if (failing.length > max)
            lines.push(paint('dim', `  … and ${failing.length - max} more in the report`));
    }
    for (const note of v.notes)
        lines.push(paint('dim', `note: ${safe(note)}`));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var bottleneck_lib = __webpack_require__(62203);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./.build/src/github/client.js




/**
 * `@actions/github`'s Octokit (proxy-aware, REST methods, pagination) with
 * `@octokit/plugin-retry` for 5xx and network faults and `@octokit/plugin-throttling` for
 * rate limits. Both are bounded: a request is tried at most `retries + 1` times for server
 * errors and `rateLimitRetries + 1` times for rate limits.
 */
function createGitHubClient(options) {
    const perSecond = options.millisecondsPerSecond ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const { logger } = options;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries) {
            logger.warning(`GitHub ${kind} rate limit on ${what}: gave up after ${retryCount} retries.`);
            return false;
        }
        if (retryAfter > maxWait) {
            logger.warning(`GitHub ${kind} rate limit on ${what}: asked to wait ${retryAfter} s, more than ${maxWait} s; not retrying.`);
            return false;
        }
        logger.info(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`);
        return true;
    };
    // The plugin's default groups are shared by the whole process; fresh groups without
    // minimum spacing keep its rate-limit handling while letting tests run at full speed.
    const unspaced = options.spaceWrites === false
        ? {
            write: new bottleneck_lib.Group({ maxConcurrent: 1, minTime: 0 }),
            notifications: new bottleneck_lib.Group({ maxConcurrent: 1, minTime: 0 }),
            global: new bottleneck_lib.Group({ maxConcurrent: 10 }),
            retryLimiter: new bottleneck_lib(),
        }
        : {};
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: perSecond,
        ...unspaced,
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
        // 429 is left to the throttling plugin, which honours Retry-After and the rate-limit
        // reset and asks the handlers above; the retry plugin would back off blindly.
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: perSecond, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle,
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** The HTTP status of an Octokit request error, or undefined for anything else. */
function httpStatusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
/** The message GitHub put in an error response body, when there is one. */
function gitHubMessageOf(error) {
    if (typeof error === 'object' && error !== null && 'response' in error) {
        const data = error.response?.data;
        if (typeof data === 'object' && data !== null) {
            const { message, errors } = data;
            const details = Array.isArray(errors)
                ? errors.map((e) => (typeof e === 'object' && e && 'message' in e ? String(e.message) : JSON.stringify(e)))
                : [];
            return [typeof message === 'string' ? message : '', ...details].filter(Boolean).join(': ');
        }
    }
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./.build/src/github/check-run.js



/** GitHub accepts at most 50 annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_RUN_NAME = 'factgate';
/**
 * Publishes the optional `factgate` check run. Up to 50 annotations go with the create;
 * beyond that the run is created in progress and completed by the update carrying the
 * last batch, because GitHub takes annotations 50 per request.
 */
async function publishCheckRun(octokit, request) {
    for (const [field, value] of [['summary', request.summary], ['text', request.text ?? '']]) {
        if (CHECK_RUN_OUTPUT_LIMIT.measure(value) > CHECK_RUN_OUTPUT_LIMIT.max) {
            throw new Error(`The check run ${field} is over ${CHECK_RUN_OUTPUT_LIMIT.max} characters; budget it before publishing.`);
        }
    }
    const annotations = request.annotations.map(toApiAnnotation);
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = (batch) => ({
        title: truncateText(request.title, 255),
        summary: request.summary,
        ...(request.text ? { text: request.text } : {}),
        ...(batch && batch.length > 0 ? { annotations: batch } : {}),
    });
    const completion = { status: 'completed', conclusion: request.conclusion, completed_at: new Date().toISOString() };
    let created;
    try {
        created = await octokit.rest.checks.create({
            owner: request.owner,
            repo: request.repo,
            name: request.name ?? CHECK_RUN_NAME,
            head_sha: request.headSha,
            ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
            ...(batches.length <= 1 ? completion : { status: 'in_progress' }),
            output: output(batches[0]),
        });
    }
    catch (error) {
        if (httpStatusOf(error) === 403)
            return { action: 'forbidden', message: gitHubMessageOf(error) };
        throw error;
    }
    let requests = 1;
    for (let i = 1; i < batches.length; i++) {
        const last = i === batches.length - 1;
        await octokit.rest.checks.update({
            owner: request.owner,
            repo: request.repo,
            check_run_id: created.data.id,
            ...(last ? completion : {}),
            output: output(batches[i]),
        });
        requests++;
    }
    return { action: 'created', id: created.data.id, url: created.data.html_url ?? '', annotations: annotations.length, requests };
}
function toApiAnnotation(a) {
    const start = Math.max(1, Math.floor(a.startLine));
    return {
        path: a.path.replace(/^\.\//, ''),
        start_line: start,
        end_line: Math.max(start, Math.floor(a.endLine)),
        annotation_level: a.level,
        // GitHub caps message and raw details at 64 KB and the title at 255 characters.
        message: truncateText(a.message, 16_000),
        ...(a.title ? { title: truncateText(a.title, 255) } : {}),
        ...(a.rawDetails ? { raw_details: truncateText(a.rawDetails, 16_000) } : {}),
    };
}

;// CONCATENATED MODULE: ./.build/src/github/logger.js

const silentLogger = {
    debug() { },
    info() { },
    notice() { },
    warning() { },
};
/**
 * Wraps a logger so every message is redacted and cannot forge a workflow command,
 * whatever GitHub, a model or a golden set put into it.
 */
function safeLogger(logger, secrets) {
    const clean = (message) => escape_escapeLogText(escape_redactSecrets(message, secrets));
    return {
        debug: (message) => logger.debug(clean(message)),
        info: (message) => logger.info(clean(message)),
        notice: (message) => logger.notice(clean(message)),
        warning: (message) => logger.warning(clean(message)),
    };
}

;// CONCATENATED MODULE: ./.build/src/github/notices.js
/** What the user reads when GitHub refuses a write; each says what still happened and how to fix it. */
function readOnlyCommentNotice(fromFork, message) {
    const why = fromFork
        ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token'
        : 'the token may not write pull-request comments (grant "pull-requests: write" in the workflow\'s permissions)';
    return (`factgate could not post its pull-request comment: ${why} (GitHub said: ${message}). ` +
        'The verdict, the job status and the job summary are unaffected. ' +
        'To comment on pull requests from forks, upload the report as an artifact in this workflow and post it from a second workflow ' +
        'triggered by "workflow_run" that runs "factgate comment" with "pull-requests: write" and "actions: read" ' +
        '(README: "Pull requests from forks").');
}
function checkRunForbiddenNotice(message) {
    return (`factgate did not create its "factgate" check run: the token lacks "checks: write" (GitHub said: ${message}). ` +
        "The job's own status is the check branch protection should require, and it is set as usual; " +
        'grant "checks: write" only if you want the separate check run with annotations.');
}

;// CONCATENATED MODULE: ./.build/src/github/comment-listing.js
/**
 * One GraphQL query lists a pull request's comments 100 at a time with the two facts REST
 * does not reliably give: whether the comment was written by this token's identity
 * (`viewerDidAuthor`: works for GITHUB_TOKEN and GitHub App installation tokens, which may
 * not call GET /user) and whether it was minimised (`isMinimized`; REST added a `minimized`
 * field only recently and older GitHub Enterprise Server versions lack it).
 * `fullDatabaseId` is used because comment ids no longer fit GraphQL's 32-bit `databaseId`.
 */
const LIST_COMMENTS_QUERY = /* GraphQL */ `
  query FactgateListComments($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        comments(first: 100, after: $cursor) {
          nodes {
            fullDatabaseId
            body
            author {
              login
            }
            viewerDidAuthor
            isMinimized
            createdAt
            url
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;
/** Every comment on the pull request, oldest first, following every page. */
async function listPullRequestComments(octokit, target) {
    const comments = [];
    let cursor = null;
    for (;;) {
        const page = await octokit.graphql(LIST_COMMENTS_QUERY, {
            owner: target.owner,
            repo: target.repo,
            number: target.pullNumber,
            cursor,
        });
        const connection = page.repository?.pullRequest?.comments;
        if (!connection) {
            throw new Error(`GitHub returned no pull request #${target.pullNumber} in ${target.owner}/${target.repo}.`);
        }
        for (const node of connection.nodes) {
            if (!node || node.fullDatabaseId === null)
                continue;
            comments.push({
                id: Number(node.fullDatabaseId),
                body: node.body,
                authorLogin: node.author?.login ?? null,
                viewerDidAuthor: node.viewerDidAuthor,
                isMinimized: node.isMinimized,
                createdAt: node.createdAt,
                url: node.url,
            });
        }
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor)
            break;
        cursor = connection.pageInfo.endCursor;
    }
    return comments;
}

;// CONCATENATED MODULE: ./.build/src/github/sticky-comment.js



/** When the sticky comment is written. */
const COMMENT_MODES = ['always', 'on-failure', 'update-only', 'off'];
/** Reads a comment mode from an input or a settings file, naming where a wrong value came from. */
function parseCommentMode(value, where) {
    const mode = value.trim().toLowerCase();
    if (COMMENT_MODES.includes(mode))
        return mode;
    throw new errors/* ConfigurationError */.j1(`${JSON.stringify(value)} is not a comment mode.`, {
        ...where,
        fix: `Use one of: ${COMMENT_MODES.join(', ')}.`,
    });
}
const GATE_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._]|-(?!-)){0,63}$/;
/**
 * The hidden first line that identifies a gate's comment. The gate id keeps two gates in
 * one repository on two comments; it may not contain `--`, which would end the HTML comment.
 */
function commentMarker(gateId) {
    if (!GATE_ID_PATTERN.test(gateId)) {
        throw new errors/* ConfigurationError */.j1(`The gate id ${JSON.stringify(gateId)} cannot be used in the comment marker.`, {
            place: 'gate-id',
            fix: 'Use 1 to 64 letters, digits, ".", "_" or single "-", starting with a letter or digit (for example "factgate" or "rag-eval").',
        });
    }
    return `<!-- factgate:${gateId} -->`;
}
/** The marker plus the line break that follows it: what the comment budget must leave room for. */
function markerOverhead(gateId) {
    return `${commentMarker(gateId)}\n`;
}
/**
 * Creates or updates the gate's one comment on the pull request.
 *
 * Found by marker and author among all pages, minimised comments ignored; updated in
 * place. After a create the comments are listed again and newer duplicates deleted, the
 * oldest kept, so two runs racing end with one comment carrying the last writer's text.
 * API calls besides listing pages: one to update; or one to create plus one delete per
 * duplicate plus one update when a concurrent run's comment is the one kept.
 */
async function upsertStickyComment(octokit, request, logger) {
    const marker = commentMarker(request.gateId);
    if (request.mode === 'off')
        return { action: 'skipped', reason: 'the comment mode is "off"' };
    const ownComments = async () => findOwnComments(await listPullRequestComments(octokit, request.target), marker, request.authorLogin);
    let body = `${marker}\n${request.markdown}`;
    const { owner, repo } = request.target;
    const existing = await ownComments();
    const oldest = existing[0];
    if (oldest) {
        const written = await writeBody((text) => updateComment(octokit, owner, repo, oldest.id, text), body, request, marker, logger);
        if (written.kind === 'forbidden')
            return { action: 'forbidden', message: written.message };
        const duplicatesDeleted = await deleteComments(octokit, owner, repo, existing.slice(1), logger);
        return { action: 'updated', commentId: oldest.id, url: written.url, duplicatesDeleted };
    }
    if (request.mode === 'update-only') {
        return { action: 'skipped', reason: 'the comment mode is "update-only" and there is no comment to update' };
    }
    if (request.mode === 'on-failure' && !request.failing) {
        return { action: 'skipped', reason: 'the gate passed and the comment mode is "on-failure"' };
    }
    let createdId;
    try {
        const written = await writeBody(async (text) => {
            const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: request.target.pullNumber, body: text });
            createdId = created.data.id;
            return created.data.html_url;
        }, body, request, marker, logger);
        if (written.kind === 'forbidden')
            return { action: 'forbidden', message: written.message };
        body = written.body;
    }
    catch (error) {
        // A create that timed out or failed at the gateway may still have been stored; the
        // listing below finds it instead of leaving a second comment behind.
        const status = httpStatusOf(error);
        if (status === undefined || status < 500)
            throw error;
        logger.warning(`Creating the comment failed with HTTP ${status}; checking whether GitHub stored it anyway.`);
    }
    const after = await ownComments();
    const survivor = after[0];
    if (!survivor) {
        throw new Error(`The factgate comment on pull request #${request.target.pullNumber} could not be created.`);
    }
    const duplicatesDeleted = await deleteComments(octokit, owner, repo, after.slice(1), logger);
    let url = survivor.url;
    if (survivor.id !== createdId && survivor.body !== body) {
        // A concurrent run created the kept comment first; carry this run's text over to it.
        url = await updateComment(octokit, owner, repo, survivor.id, body);
    }
    return { action: survivor.id === createdId ? 'created' : 'updated', commentId: survivor.id, url, duplicatesDeleted };
}
/** This gate's visible comments written by this token (or `authorLogin`), oldest first. */
function findOwnComments(comments, marker, authorLogin) {
    const login = authorLogin?.toLowerCase();
    return comments
        .filter((c) => !c.isMinimized && c.body.includes(marker))
        .filter((c) => (login === undefined ? c.viewerDidAuthor : c.authorLogin?.toLowerCase() === login))
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}
/** Writes the body; a 403 becomes `forbidden`, a 422 for length is retried once with the smaller body. */
async function writeBody(write, body, request, marker, logger) {
    try {
        return { kind: 'written', url: await write(body), body };
    }
    catch (error) {
        const status = httpStatusOf(error);
        if (status === 403)
            return { kind: 'forbidden', message: gitHubMessageOf(error) };
        if (status === 422 && request.smallerMarkdown && /too long|maximum/i.test(gitHubMessageOf(error))) {
            logger.warning(`GitHub rejected the comment as too long (${gitHubMessageOf(error)}); posting a shorter version.`);
            const smaller = `${marker}\n${request.smallerMarkdown()}`;
            return { kind: 'written', url: await write(smaller), body: smaller };
        }
        throw error;
    }
}
async function updateComment(octokit, owner, repo, commentId, body) {
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    return updated.data.html_url;
}
/** Deletes duplicates; one already deleted by a concurrent run (404) is fine. */
async function deleteComments(octokit, owner, repo, comments, logger) {
    let deleted = 0;
    for (const comment of comments) {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
            deleted++;
        }
        catch (error) {
            if (httpStatusOf(error) !== 404)
                throw error;
        }
    }
    if (deleted > 0)
        logger.info(`Deleted ${deleted} duplicate factgate comment${deleted === 1 ? '' : 's'}.`);
    return deleted;
}

;// CONCATENATED MODULE: ./.build/src/github/publish.js







/** Outputs this function sets, beyond those the Action sets from the report. */
const PUBLISH_OUTPUTS = {
    'comment-url': 'URL of the pull-request comment, when one was created or updated.',
    'check-run-url': 'URL of the factgate check run, when one was created.',
};
/**
 * Publishes a finished report on GitHub: the job summary (always), the sticky comment
 * (pull requests), the optional `factgate` check run with annotations, and outputs.
 * A refused write (a fork's read-only token, a missing permission) becomes a notice and
 * never changes the verdict; the job's exit status stays the Action's to set.
 */
async function publishToGitHub(input) {
    const { settings, context, octokit } = input;
    const logger = safeLogger(input.logger, settings.secrets);
    const report = escape_redactDeep(input.report, settings.secrets);
    const render = input.markdown ?? renderMarkdownFitted;
    const renderOptions = {
        baseline: input.baseline ?? null,
        artifactUrl: settings.artifactUrl ?? null,
        notes: settings.notes ?? [],
        secrets: settings.secrets,
    };
    const failing = report.verdict.status === 'fail' || report.verdict.status === 'error';
    await input.io.writeJobSummary(render(report, { ...renderOptions, limit: JOB_SUMMARY_LIMIT }).markdown);
    let comment = { action: 'skipped', reason: `a ${context.eventName} event has no pull request to comment on` };
    if (context.kind === 'pull_request') {
        const room = COMMENT_LIMIT.measure(markerOverhead(settings.gateId));
        const commentLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
        comment = await upsertStickyComment(octokit, {
            target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
            gateId: settings.gateId,
            mode: settings.commentMode,
            failing,
            markdown: render(report, { ...renderOptions, limit: commentLimit }).markdown,
            // If GitHub counts differently than documented, bytes are never fewer than characters.
            smallerMarkdown: () => render(report, { ...renderOptions, limit: { ...commentLimit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
            ...(settings.commentAuthor ? { authorLogin: settings.commentAuthor } : {}),
        }, logger);
        if (comment.action === 'forbidden')
            logger.notice(readOnlyCommentNotice(context.fromFork, comment.message));
        else if (comment.action === 'skipped')
            logger.info(`No pull-request comment: ${comment.reason}.`);
        else {
            logger.info(`Pull-request comment ${comment.action}: ${comment.url}`);
            input.io.setOutput('comment-url', comment.url);
        }
    }
    let checkRun = { action: 'skipped', reason: 'the check run is turned off' };
    if (settings.checkRun && context.headSha) {
        checkRun = await publishCheckRun(octokit, {
            owner: context.owner,
            repo: context.repo,
            // On pull requests the run belongs on the head commit, not the merge commit the job checked out.
            headSha: context.headSha,
            conclusion: report.verdict.status === 'pass' ? 'success' : report.verdict.status === 'overridden' ? 'neutral' : 'failure',
            title: checkRunTitle(report),
            summary: render(report, { ...renderOptions, limit: CHECK_RUN_OUTPUT_LIMIT }).markdown,
            annotations: coverageAnnotations(report),
            ...(report.run.runUrl ? { detailsUrl: report.run.runUrl } : {}),
        });
        if (checkRun.action === 'forbidden')
            logger.notice(checkRunForbiddenNotice(checkRun.message));
        else {
            logger.info(`Check run "factgate" created with ${checkRun.annotations} annotations: ${checkRun.url}`);
            input.io.setOutput('check-run-url', checkRun.url);
        }
    }
    else if (settings.checkRun) {
        checkRun = { action: 'skipped', reason: 'the event names no commit' };
    }
    return { comment, checkRun };
}
function checkRunTitle(report) {
    const v = report.verdict;
    if (v.status === 'pass')
        return 'factgate passed';
    if (v.status === 'overridden')
        return `factgate overridden by ${v.override?.by ?? 'a maintainer'}`;
    return `factgate ${v.status === 'fail' ? 'failed' : 'could not decide'}: ${v.breaches.length} breach${v.breaches.length === 1 ? '' : 'es'}`;
}
/** Annotations beyond this many are left to the comment and the report (each 50 cost a request). */
const MAX_ANNOTATIONS = 200;
/** One warning per uncovered changed-line range: these are the positions GitHub can show in the diff. */
function coverageAnnotations(report) {
    const annotations = [];
    for (const file of report.coverage?.patch?.uncovered ?? []) {
        if (annotations.length >= MAX_ANNOTATIONS)
            break;
        const lines = [...new Set(file.lines)].sort((a, b) => a - b);
        for (let i = 0; i < lines.length;) {
            let j = i;
            while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1)
                j++;
            const start = lines[i] ?? 1;
            const end = lines[j] ?? start;
            annotations.push({
                path: file.path,
                startLine: start,
                endLine: end,
                level: 'warning',
                title: 'Changed lines not covered by tests',
                message: start === end ? `Line ${start} was changed and no test covers it.` : `Lines ${start}–${end} were changed and no test covers them.`,
            });
            i = j + 1;
        }
    }
    return annotations.slice(0, MAX_ANNOTATIONS);
}

;// CONCATENATED MODULE: ./.build/src/settings/options.js

const options_OPTIONS = [
    { key: 'config', kind: 'string', placeholder: 'FILE', cliOnly: true, description: 'Settings file (default: factgate.yml in the working directory, when present).' },
    { key: 'golden-set', kind: 'list', placeholder: 'PATH', description: 'Golden-set files, directories or globs (.json, .jsonl, .yaml, .yml).' },
    { key: 'responses', kind: 'string', placeholder: 'FILE', description: "The application's answers, precomputed: a JSON array or JSON Lines file keyed by case id." },
    { key: 'command', kind: 'string', placeholder: 'CMD', description: 'Run the application as a command (no shell): a case JSON on stdin, a response JSON on stdout.' },
    { key: 'command-mode', kind: 'string', placeholder: 'MODE', description: 'per-case (default): one process per case; worker: long-lived processes, one JSON line in and out per case.' },
    { key: 'command-cwd', kind: 'string', placeholder: 'DIR', description: "The command's working directory." },
    { key: 'endpoint', kind: 'string', placeholder: 'URL', description: 'POST each case to this HTTP endpoint (an app started by an earlier step).' },
    { key: 'endpoint-header', kind: 'list', placeholder: 'NAME: VALUE', description: 'Request headers; ${NAME} in a value reads an environment variable and is masked.' },
    { key: 'endpoint-body', kind: 'string', placeholder: 'JSON', description: 'Request body template with {{id}}, {{question}}, {{sources}}, {{case}} (default: the public case).' },
    { key: 'answer-path', kind: 'string', placeholder: 'PATH', description: "Where the answer is in the endpoint's JSON response (default answer), e.g. data.answer." },
    { key: 'claims-path', kind: 'string', placeholder: 'PATH', description: "Where structured claims are in the endpoint's response, when the app returns them." },
    { key: 'concurrency', kind: 'string', placeholder: 'N', description: 'Cases in flight at once: processes, workers or HTTP requests (default 4).' },
    { key: 'timeout-ms', kind: 'string', placeholder: 'MS', description: 'Time-out per case, in milliseconds (default 60000); a hung command is killed with its process tree.' },
    { key: 'retries', kind: 'string', placeholder: 'N', description: 'HTTP retries after a 429, a 5xx or a refused connection (default 2).' },
    { key: 'shard', kind: 'string', placeholder: 'I/N', description: 'Run only shard I of N (balanced by a hash of the case id) and write a partial report for factgate merge.' },
    { key: 'judge', kind: 'string', placeholder: 'NAME', description: 'Claim judge: deterministic (default, offline), llm, command, or hybrid (deterministic first, the rest to llm or command).' },
    { key: 'judge-url', kind: 'string', placeholder: 'URL', description: 'Base URL of an OpenAI-compatible chat-completions API, e.g. https://api.openai.com/v1.' },
    { key: 'judge-model', kind: 'string', placeholder: 'MODEL', description: 'The LLM judge model.' },
    { key: 'judge-api-key-env', kind: 'string', placeholder: 'VAR', description: 'Environment variable holding the LLM judge API key (default FACTGATE_JUDGE_API_KEY).' },
    { key: 'judge-command', kind: 'string', placeholder: 'CMD', description: 'A judge program: claims and evidence as JSON Lines on stdin, verdicts as JSON Lines on stdout.' },
    { key: 'judge-concurrency', kind: 'string', placeholder: 'N', description: 'LLM judge requests in flight (default 4).' },
    { key: 'judge-timeout-ms', kind: 'string', placeholder: 'MS', description: 'Time-out per judge request or judge command run, in milliseconds.' },
    { key: 'judge-cache', kind: 'string', placeholder: 'FILE', description: 'Verdict cache file (content-addressed): an unchanged re-run makes no LLM calls.' },
    { key: 'hybrid-fallback', kind: 'string', placeholder: 'JUDGE', description: 'With judge: hybrid, who decides what the deterministic judge cannot: llm or command.' },
    { key: 'citation-pattern', kind: 'string', placeholder: 'REGEX', description: 'Inline citation marker pattern; its first group holds the ids (default matches [S1], [1], [S1, S2], [^1]).' },
    { key: 'coverage', kind: 'list', placeholder: 'FILE', description: 'Code-coverage reports (Cobertura, JaCoCo, LCOV, Clover).' },
    { key: 'coverage-base', kind: 'string', placeholder: 'REF', description: 'Git ref to diff against for patch coverage (its merge base with HEAD), e.g. origin/main.' },
    { key: 'coverage-path-map', kind: 'list', placeholder: 'FROM=>TO', description: 'Rewrites of report paths to repository paths, e.g. /app/=>services/api/ (containers, monorepos).' },
    { key: 'coverage-source-root', kind: 'list', placeholder: 'DIR', description: 'Folders that relative report paths are relative to, e.g. packages/web for a package-relative LCOV (as diff-cover --src-roots).' },
    { key: 'policy', kind: 'string', placeholder: 'NAME', description: 'Gating policy: strict, standard (default) or permissive; custom policies go in factgate.yml.' },
    { key: 'baseline', kind: 'string', placeholder: 'FILE', description: "The base branch's factgate report for drift tests: a file, or auto (in the Action: the report artifact of the base branch's latest successful push run)." },
    { key: 'report-json', kind: 'string', placeholder: 'FILE', actionDefault: 'factgate-report.json', description: 'Where to write the report JSON.' },
    { key: 'report-md', kind: 'string', placeholder: 'FILE', description: 'Where to write the Markdown report.' },
    { key: 'report-junit', kind: 'string', placeholder: 'FILE', description: "Where to write JUnit XML (one test case per golden case) for CI's test views: GitHub test reporters, GitLab, Jenkins, Buildkite." },
];
/** Options of the Action side only (inputs; some are also `factgate comment`'s flags). */
const GITHUB_OPTIONS = [
    { key: 'judge-api-key', kind: 'string', placeholder: 'KEY', description: 'The LLM judge API key (pass a secret); masked in every log, report and comment.' },
    { key: 'mode', kind: 'string', placeholder: 'MODE', actionDefault: 'run', description: 'run (default): run the gate and publish; comment: post the report artifact of a finished run (fork-safe workflow_run step).' },
    { key: 'github-token', kind: 'string', placeholder: 'TOKEN', actionDefault: '${{ github.token }}', description: 'Token for the comment, the check run, overrides and artifacts (default: the workflow token).' },
    { key: 'comment', kind: 'string', placeholder: 'WHEN', actionDefault: 'always', description: 'Sticky pull-request comment: always (default), on-failure, update-only or off.' },
    { key: 'gate-id', kind: 'string', placeholder: 'ID', actionDefault: 'factgate', description: 'Tells two gates in one repository apart: each keeps its own comment (default factgate).' },
    { key: 'check-run', kind: 'boolean', actionDefault: 'false', description: 'Also create a "factgate" check run with annotations (needs checks: write). Default false.' },
    { key: 'artifact-name', kind: 'string', placeholder: 'NAME', actionDefault: 'factgate-report', description: 'Name of the report artifact that the comment mode downloads (default factgate-report).' },
    { key: 'comment-author', kind: 'string', placeholder: 'LOGIN', description: "Find the sticky comment by this login instead of the token's own identity (rarely needed)." },
];
/** Action outputs, declared once (action.yml is checked against this list in tests). */
const OUTPUTS = {
    verdict: 'The verdict: pass, fail, error or overridden.',
    'hallucination-rate': 'Hallucinated claims / all claims, as a fraction (empty when nothing was measured).',
    'citation-coverage': 'Claims whose citations support them / all claims, as a fraction.',
    'report-path': 'Path of the report JSON written by this run.',
    ...PUBLISH_OUTPUTS,
};

// EXTERNAL MODULE: ./.build/src/responses/provider-settings.js
var provider_settings = __webpack_require__(91721);
;// CONCATENATED MODULE: ./.build/src/policy/presets.js
const NO_THRESHOLDS = {
    maxHallucinationRate: null,
    maxCaseHallucinationRate: null,
    minCitationCoverage: null,
    minCitationPrecision: null,
    minFactRecall: null,
    maxUndeterminedRate: null,
    maxErrorRate: null,
    maxLatencyP95Ms: null,
    minLineCoverage: null,
    minBranchCoverage: null,
    minPatchCoverage: null,
    maxLineCoverageDrop: null,
};
/** The presets of the design, the single source of these numbers. */
const PRESETS = {
    strict: {
        name: 'strict',
        extends: 'strict',
        thresholds: {
            ...NO_THRESHOLDS,
            maxHallucinationRate: 0.005,
            maxUndeterminedRate: 0,
            minCitationCoverage: 0.98,
            minLineCoverage: 0.8,
        },
        regression: 'fail',
        alpha: 0.05,
        minEffect: 0.01,
        missingResponses: 'fail',
        unknownResponses: 'fail',
        missingInputs: 'fail',
        judgeScoreDrift: 'warn',
        latencyDrift: 'warn',
        certification: 'fail',
        certificationBound: 'exact',
        override: 'maintainer-approval',
        overrideLabel: 'factgate-override',
    },
    standard: {
        name: 'standard',
        extends: 'standard',
        thresholds: {
            ...NO_THRESHOLDS,
            maxHallucinationRate: 0.02,
            maxUndeterminedRate: 0.02,
            minCitationCoverage: 0.9,
            minLineCoverage: 0.6,
        },
        regression: 'fail',
        alpha: 0.05,
        minEffect: 0.02,
        missingResponses: 'fail',
        unknownResponses: 'fail',
        missingInputs: 'fail',
        judgeScoreDrift: 'warn',
        latencyDrift: 'warn',
        certification: 'warn',
        certificationBound: 'exact',
        override: 'write-label',
        overrideLabel: 'factgate-override',
    },
    permissive: {
        name: 'permissive',
        extends: 'permissive',
        thresholds: {
            ...NO_THRESHOLDS,
            maxHallucinationRate: 0.05,
            maxUndeterminedRate: 0.05,
            minCitationCoverage: 0.75,
            minLineCoverage: 0.4,
        },
        regression: 'warn',
        alpha: 0.05,
        minEffect: 0.03,
        missingResponses: 'fail',
        unknownResponses: 'fail',
        missingInputs: 'fail',
        judgeScoreDrift: 'warn',
        latencyDrift: 'warn',
        certification: 'warn',
        certificationBound: 'exact',
        override: 'none',
        overrideLabel: 'factgate-override',
    },
};

;// CONCATENATED MODULE: ./.build/src/policy/types.js
const PRESET_NAMES = ['strict', 'standard', 'permissive'];

;// CONCATENATED MODULE: ./.build/src/policy/resolve-policy.js





function isPresetName(name) {
    return PRESET_NAMES.includes(name);
}
function presetPolicy(name, file) {
    if (!isPresetName(name)) {
        const guess = (0,schema/* closest */.kp)(name, PRESET_NAMES);
        throw new errors/* ConfigurationError */.j1(`unknown policy "${name}"`, {
            ...(file ? { file } : {}),
            place: 'policy',
            fix: `${guess ? `did you mean "${guess}"? ` : ''}use strict, standard or permissive, or define a custom policy (extends: standard) in factgate.yml`,
        });
    }
    return structuredClone(PRESETS[name]);
}
/** Resolves a preset name or a custom policy that extends a preset. */
function resolvePolicy(spec, file) {
    if (typeof spec === 'string')
        return presetPolicy(spec, file);
    const policy = presetPolicy(spec.extends, file);
    policy.name = spec.name ?? `custom (extends ${spec.extends})`;
    for (const [field, { key, kind }] of Object.entries(THRESHOLD_KEYS)) {
        if (!(key in spec))
            continue;
        policy.thresholds[field] = kind === 'rate' ? resolve_policy_parseRate(spec[key], `policy.${key}`, file) : spec[key];
    }
    for (const [field, key] of Object.entries(OPTION_KEYS)) {
        if (key in spec)
            policy[field] = spec[key];
    }
    return policy;
}
/** 0.02 or "2%" → 0.02; null stays null (threshold off). */
function resolve_policy_parseRate(value, place, file) {
    if (value === null)
        return null;
    if (typeof value === 'number')
        return value;
    const text = String(value);
    const pct = Number(text.slice(0, -1));
    if (text.endsWith('%') && Number.isFinite(pct) && pct >= 0 && pct <= 100)
        return pct / 100;
    throw new errors/* ConfigurationError */.j1(`"${text}" is not a rate`, {
        ...(file ? { file } : {}),
        place,
        fix: 'write a fraction between 0 and 1 (0.02) or a percentage ("2%")',
    });
}

// EXTERNAL MODULE: ./.build/src/responses/shard.js
var shard = __webpack_require__(67176);
;// CONCATENATED MODULE: ./.build/schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/config.schema.json","title":"factgate.yml","description":"factgate settings. Paths are relative to this file\'s directory. Command-line flags and Action inputs of the same name override these.","type":"object","additionalProperties":false,"properties":{"golden-set":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"responses":{"type":"string","minLength":1,"maxLength":4096},"command":{"type":"string","minLength":1,"maxLength":4096},"command-mode":{"type":"string","enum":["per-case","worker"]},"command-cwd":{"type":"string","minLength":1,"maxLength":4096},"endpoint":{"type":"string","pattern":"^https?://","maxLength":4096},"endpoint-header":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"endpoint-body":{"anyOf":[{"type":"string","minLength":1,"maxLength":100000},{"type":"object"},{"type":"array"}]},"answer-path":{"type":"string","minLength":1,"maxLength":256},"claims-path":{"type":"string","minLength":1,"maxLength":256},"concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"retries":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"shard":{"type":"string","pattern":"^[0-9]+/[0-9]+$"},"judge":{"type":"string","enum":["deterministic","llm","command","hybrid"]},"judge-url":{"type":"string","pattern":"^https?://","maxLength":4096},"judge-model":{"type":"string","minLength":1,"maxLength":256},"judge-api-key-env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":128},"judge-command":{"type":"string","minLength":1,"maxLength":4096},"judge-concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-cache":{"type":"string","minLength":1,"maxLength":4096},"hybrid-fallback":{"type":"string","enum":["llm","command"]},"citation-pattern":{"type":"string","minLength":1,"maxLength":500},"coverage":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-base":{"type":"string","minLength":1,"maxLength":256},"coverage-path-map":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-source-root":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"policy":{"anyOf":[{"type":"string","enum":["strict","standard","permissive"]},{"$ref":"#/definitions/policy"}]},"baseline":{"type":"string","minLength":1,"maxLength":4096},"report-json":{"type":"string","minLength":1,"maxLength":4096},"report-md":{"type":"string","minLength":1,"maxLength":4096},"report-junit":{"type":"string","minLength":1,"maxLength":4096}},"definitions":{"rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?%$"},{"type":"null"}],"description":"A fraction in [0, 1] (0.02) or a percentage string (\'2%\'); null switches the threshold off."},"milliseconds":{"anyOf":[{"type":"number","minimum":0},{"type":"null"}]},"action":{"type":"string","enum":["fail","warn","ignore"]},"policy":{"type":"object","additionalProperties":false,"required":["extends"],"properties":{"extends":{"type":"string","enum":["strict","standard","permissive"],"description":"The preset this policy starts from."},"name":{"type":"string","minLength":1,"maxLength":64},"max-hallucination-rate":{"$ref":"#/definitions/rate"},"max-case-hallucination-rate":{"$ref":"#/definitions/rate"},"min-citation-coverage":{"$ref":"#/definitions/rate"},"min-citation-precision":{"$ref":"#/definitions/rate"},"min-fact-recall":{"$ref":"#/definitions/rate"},"max-undetermined-rate":{"$ref":"#/definitions/rate"},"max-error-rate":{"$ref":"#/definitions/rate"},"min-line-coverage":{"$ref":"#/definitions/rate"},"min-branch-coverage":{"$ref":"#/definitions/rate"},"min-patch-coverage":{"$ref":"#/definitions/rate"},"max-line-coverage-drop":{"$ref":"#/definitions/rate"},"max-latency-p95-ms":{"$ref":"#/definitions/milliseconds"},"regression":{"$ref":"#/definitions/action"},"missing-responses":{"$ref":"#/definitions/action"},"unknown-responses":{"$ref":"#/definitions/action"},"missing-inputs":{"$ref":"#/definitions/action"},"judge-score-drift":{"$ref":"#/definitions/action"},"latency-drift":{"$ref":"#/definitions/action"},"certification":{"$ref":"#/definitions/action"},"certification-bound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson."},"alpha":{"type":"number","exclusiveMinimum":0,"maximum":0.5},"min-effect":{"type":"number","minimum":0,"maximum":1},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"override-label":{"type":"string","minLength":1,"maxLength":50}}}}}');
;// CONCATENATED MODULE: ./.build/src/settings/config-file.js







const DEFAULT_CONFIG_NAME = 'factgate.yml';
const configValidator = (0,schema/* compileSchema */.Fc)(config_schema_namespaceObject);
/** Finds the settings file: the one named, or factgate.yml in the working directory if present. */
function locateConfig(explicit, cwd) {
    if (explicit !== undefined)
        return (0,external_node_path_.resolve)(cwd, explicit);
    const implicit = (0,external_node_path_.resolve)(cwd, DEFAULT_CONFIG_NAME);
    return (0,external_node_fs_.existsSync)(implicit) ? implicit : null;
}
async function loadConfigFile(absolute, cwd) {
    const file = (0,external_node_path_.relative)(cwd, absolute) || absolute;
    const text = await (0,files/* readTextFile */.Gu)(absolute, 1 * files/* MiB */.lv, 'settings file', file);
    const [doc] = (0,structured/* parseStructured */.jE)(text, file, absolute.endsWith('.json') ? 'json' : 'yaml');
    const value = doc.value ?? {};
    if (!configValidator()(value)) {
        throw (0,schema/* schemaError */.g$)((0,schema/* bestError */.Lq)(configValidator().errors), doc, file, [], 'factgate.yml', knownKeys);
    }
    return { file, dir: (0,external_node_path_.dirname)(absolute), config: value, lineOf: (key) => doc.locate([key], true)?.line ?? null };
}
function knownKeys(path) {
    if (path[0] === 'policy')
        return Object.keys(config_schema_namespaceObject.definitions.policy.properties);
    return Object.keys(config_schema_namespaceObject.properties);
}

;// CONCATENATED MODULE: ./.build/src/settings/settings.js







const JUDGES = ['deterministic', 'llm', 'command', 'hybrid'];
const DEFAULT_JUDGE_API_KEY_ENV = 'FACTGATE_JUDGE_API_KEY';
/** The value of report-json, report-md or report-junit that writes no report. */
const NO_REPORT = 'none';
/**
 * The settings that say how the app is reached. A flag or input that chooses the app
 * (--responses, --command, --endpoint) replaces all of them: a mode, folder or time-out
 * left in factgate.yml for one app never applies to another.
 */
const APP_KEYS = ['responses', 'command', 'command-mode', 'command-cwd', 'endpoint', 'endpoint-header', 'endpoint-body', 'answer-path', 'claims-path', 'concurrency', 'timeout-ms', 'retries'];
const APP_CHOOSERS = ['responses', 'command', 'endpoint'];
/**
 * Merges flags or inputs over factgate.yml over defaults. Flag paths are relative to the
 * working directory, factgate.yml paths to the file's own directory.
 */
async function settings_resolveSettings(raw, cwd, defaults = {}) {
    const configPath = locateConfig(single(raw.config), cwd);
    const loaded = configPath ? await loadConfigFile(configPath, cwd) : null;
    const fileConfig = loaded?.config ?? {};
    const chooser = APP_CHOOSERS.find((key) => raw[key] !== undefined);
    const config = chooser ? withoutKeys(fileConfig, APP_KEYS) : fileConfig;
    const configDir = loaded?.dir ?? cwd;
    const fileOf = loaded ? { file: loaded.file } : {};
    const where = (key) => (raw[key] !== undefined ? { place: `--${key}` } : { ...fileOf, place: key });
    /** A flag beats factgate.yml; numbers in factgate.yml become strings here and are parsed below. */
    const text = (key) => {
        const flag = single(raw[key]);
        if (flag !== undefined)
            return flag;
        const value = config[key];
        return value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value) : String(value);
    };
    const path = (key) => {
        const flag = single(raw[key]);
        if (flag !== undefined)
            return (0,external_node_path_.resolve)(cwd, flag);
        const value = config[key];
        return typeof value === 'string' ? (0,external_node_path_.resolve)(configDir, value) : undefined;
    };
    const list = (key) => (raw[key] !== undefined ? toList(raw[key]) : toList(config[key]));
    const pathList = (key) => raw[key] !== undefined ? toList(raw[key]).map((p) => relativeTo(cwd, (0,external_node_path_.resolve)(cwd, p))) : list(key).map((p) => relativeTo(cwd, (0,external_node_path_.resolve)(configDir, p)));
    const count = (key, min, max) => {
        const value = text(key);
        if (value === undefined)
            return null;
        const n = Number(value);
        if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
            throw new errors/* ConfigurationError */.j1(`${key} must be a whole number from ${min} to ${max}, not "${value}"`, { ...where(key), fix: `write a number between ${min} and ${max}` });
        }
        return n;
    };
    const oneOf = (key, allowed) => {
        const value = text(key);
        if (value === undefined)
            return undefined;
        if (!allowed.includes(value)) {
            const guess = (0,schema/* closest */.kp)(value, allowed);
            throw new errors/* ConfigurationError */.j1(`unknown ${key} "${value}"`, { ...where(key), fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${allowed.join(', ')}` });
        }
        return value;
    };
    const goldenSet = pathList('golden-set');
    if (goldenSet.length === 0) {
        throw new errors/* ConfigurationError */.j1('no golden set given', { ...fileOf, fix: 'pass --golden-set PATH, or set golden-set: in factgate.yml' });
    }
    const describeFileKey = (key) => {
        const line = loaded?.lineOf(key) ?? null;
        return `${loaded?.file ?? 'factgate.yml'}${line === null ? '' : ` line ${line}`}`;
    };
    const responses = responsesSource({ text, path, list, oneOf, where, cwd, configDir, raw, fileOf, describeFileKey });
    const judge = judgeSettings({ text, path, count, oneOf, where });
    const citationPattern = text('citation-pattern');
    if (citationPattern !== undefined)
        checkCitationPattern(citationPattern, where('citation-pattern'));
    const shardText = text('shard');
    const policyFlag = single(raw.policy);
    return {
        cwd,
        configFile: loaded?.file ?? null,
        goldenSet,
        responses,
        run: { concurrency: count('concurrency', 1, 1024), timeoutMs: count('timeout-ms', 1, 86_400_000), retries: count('retries', 0, 10) },
        shard: shardText === undefined ? null : (0,shard/* parseShardSpec */.d7)(shardText, { file: loaded?.file ?? 'command line', place: where('shard').place }),
        judge,
        citationPattern,
        coverage: pathList('coverage').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        coverageBase: text('coverage-base') ?? null,
        coveragePathMap: list('coverage-path-map'),
        coverageSourceRoot: pathList('coverage-source-root').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        baseline: text('baseline') === 'auto' ? null : (path('baseline') ?? null),
        baselineAuto: text('baseline') === 'auto',
        policy: policyFlag !== undefined ? resolvePolicy(policyFlag) : resolvePolicy(config.policy ?? 'standard', loaded?.file),
        // "none" turns a report off, including the CLI's default one.
        reportJson: text('report-json') === NO_REPORT ? null : (path('report-json') ?? (defaults.reportJson === undefined ? null : (0,external_node_path_.resolve)(cwd, defaults.reportJson))),
        reportMd: text('report-md') === NO_REPORT ? null : (path('report-md') ?? null),
        reportJunit: text('report-junit') === NO_REPORT ? null : (path('report-junit') ?? null),
        origins: settingOrigins(raw, fileConfig, loaded, chooser),
    };
}
function settingOrigins(raw, fileConfig, loaded, chooser) {
    return options_OPTIONS.filter((o) => o.key !== 'config').map(({ key }) => {
        if (raw[key] !== undefined)
            return { key, given: shown(raw[key]), source: { from: 'flag' } };
        const written = fileConfig[key];
        if (written === undefined || written === null || !loaded)
            return { key, given: null, source: { from: 'default' } };
        const at = { file: loaded.file, line: loaded.lineOf(key) };
        const replaced = chooser !== undefined && APP_KEYS.includes(key);
        return { key, given: shown(written), source: replaced ? { from: 'replaced', ...at, by: `--${chooser}` } : { from: 'file', ...at } };
    });
}
function shown(value) {
    if (Array.isArray(value))
        return value.map((v) => shown(v)).join(', ');
    if (typeof value === 'object' && value !== null)
        return 'extends' in value ? `custom (extends ${String(value.extends)})` : JSON.stringify(value);
    return String(value);
}
function withoutKeys(config, keys) {
    return Object.fromEntries(Object.entries(config).filter(([key]) => !keys.includes(key)));
}
function responsesSource(r) {
    const given = ['responses', 'command', 'endpoint'].filter((key) => r.text(key) !== undefined);
    if (given.length === 0) {
        throw new errors/* ConfigurationError */.j1("no answers: factgate needs the application's responses", {
            ...r.fileOf,
            fix: 'pass --responses FILE (precomputed answers), --command "CMD" (run the app) or --endpoint URL (call the app), or set one in factgate.yml',
        });
    }
    if (given.length > 1) {
        throw new errors/* ConfigurationError */.j1(`${given.map((k) => `${k}`).join(' and ')} are both set; the answers must come from one place`, {
            ...r.where(given[1]),
            fix: `keep one of ${given.join(', ')}`,
        });
    }
    const origin = { file: r.fileOf.file ?? 'command line', describeKey: (field) => FIELD_KEYS[field] ?? field };
    if (given[0] === 'responses')
        return { kind: 'file', path: r.path('responses') };
    if (given[0] === 'command') {
        const mode = r.oneOf('command-mode', ['per-case', 'worker']) ?? 'per-case';
        const cwdFlag = r.raw['command-cwd'] !== undefined;
        const commandCwd = r.text('command-cwd');
        return {
            kind: 'app',
            provider: {
                kind: 'command',
                mode,
                modeFrom: r.text('command-mode') === undefined ? 'the default' : r.raw['command-mode'] !== undefined ? '--command-mode' : r.describeFileKey('command-mode'),
                command: r.text('command'),
                // The app runs where the settings say: flags from the working directory, factgate.yml from its folder.
                cwd: commandCwd === undefined ? (r.raw.command !== undefined ? r.cwd : r.configDir) : (0,external_node_path_.resolve)(cwdFlag ? r.cwd : r.configDir, commandCwd),
                origin,
            },
        };
    }
    const headers = {};
    for (const line of r.list('endpoint-header')) {
        const colon = line.indexOf(':');
        if (colon <= 0) {
            throw new errors/* ConfigurationError */.j1(`the header "${line}" has no "Name: value" form`, { ...r.where('endpoint-header'), fix: 'write each header as Name: value, e.g. Authorization: Bearer ${APP_TOKEN}' });
        }
        headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    const body = r.text('endpoint-body');
    let bodyTemplate;
    if (body !== undefined) {
        try {
            bodyTemplate = JSON.parse(body);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`the request body template is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
                ...r.where('endpoint-body'),
                fix: 'write a JSON object, e.g. {"query": "{{question}}", "documents": "{{sources}}"}',
            });
        }
    }
    const answerPath = r.text('answer-path');
    const claimsPath = r.text('claims-path');
    return {
        kind: 'app',
        provider: {
            kind: 'http',
            endpoint: r.text('endpoint'),
            headers,
            ...(bodyTemplate !== undefined ? { bodyTemplate } : {}),
            ...(answerPath !== undefined ? { answerPath } : {}),
            ...(claimsPath !== undefined ? { claimsPath } : {}),
            origin,
        },
    };
}
/** Provider field names → the option key a user writes, for error messages. */
const FIELD_KEYS = {
    command: 'command',
    cwd: 'command-cwd',
    mode: 'command-mode',
    endpoint: 'endpoint',
    headers: 'endpoint-header',
    bodyTemplate: 'endpoint-body',
    answerPath: 'answer-path',
    claimsPath: 'claims-path',
    concurrency: 'concurrency',
    timeoutMs: 'timeout-ms',
    retries: 'retries',
};
function judgeSettings(r) {
    const kind = r.oneOf('judge', JUDGES) ?? 'deterministic';
    const settings = {
        kind,
        url: r.text('judge-url') ?? null,
        model: r.text('judge-model') ?? null,
        apiKeyEnv: r.text('judge-api-key-env') ?? DEFAULT_JUDGE_API_KEY_ENV,
        command: r.text('judge-command') ?? null,
        concurrency: r.count('judge-concurrency', 1, 256),
        timeoutMs: r.count('judge-timeout-ms', 1, 86_400_000),
        cache: r.path('judge-cache') ?? null,
        hybridFallback: r.oneOf('hybrid-fallback', ['llm', 'command']) ?? null,
    };
    const needs = kind === 'hybrid' ? (settings.hybridFallback ?? (settings.command && !settings.url ? 'command' : 'llm')) : kind;
    if (kind === 'hybrid')
        settings.hybridFallback = needs;
    if (needs === 'llm' && (!settings.url || !settings.model)) {
        throw new errors/* ConfigurationError */.j1(`the ${kind} judge needs ${!settings.url ? 'judge-url' : 'judge-model'}`, {
            ...r.where('judge'),
            fix: 'set judge-url (an OpenAI-compatible base URL, e.g. https://api.openai.com/v1) and judge-model, with the key in FACTGATE_JUDGE_API_KEY',
        });
    }
    if (needs === 'command' && !settings.command) {
        throw new errors/* ConfigurationError */.j1(`the ${kind} judge needs judge-command`, { ...r.where('judge'), fix: 'set judge-command to the program that reads claims as JSON Lines and writes verdicts' });
    }
    return settings;
}
function checkCitationPattern(pattern, where) {
    let groups;
    try {
        groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the citation pattern is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`, {
            ...where,
            fix: 'write a JavaScript regular expression, for example \\[(S?\\d+(?:,\\s*S?\\d+)*)\\]',
        });
    }
    if (groups < 1) {
        throw new errors/* ConfigurationError */.j1('the citation pattern has no capture group for the source ids', {
            ...where,
            fix: 'wrap the ids part in parentheses, for example \\[([^\\]]+)\\]',
        });
    }
}
function single(value) {
    if (Array.isArray(value))
        return value[value.length - 1];
    return value;
}
function toList(value) {
    if (value === undefined)
        return [];
    return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/\r?\n/)).map((v) => v.trim()).filter(Boolean);
}
/** Keep globs relative (tinyglobby matches them against cwd); inside cwd use a relative path. */
function relativeTo(cwd, absolute) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel;
}

;// CONCATENATED MODULE: ./.build/src/settings/report-defaults.js
/** Where `factgate run` writes its report when no setting names a place (relative to the working directory). */
const report_defaults_DEFAULT_REPORT_JSON = '.factgate/report.json';

;// CONCATENATED MODULE: ./.build/src/settings/explain-settings.js



/** What applies when a setting is given nowhere (the rest are simply off). */
const DEFAULTS = {
    'command-mode': 'per-case',
    'answer-path': provider_settings/* PROVIDER_DEFAULTS */.h.answerPath,
    concurrency: String(provider_settings/* PROVIDER_DEFAULTS */.h.concurrency),
    'timeout-ms': String(provider_settings/* PROVIDER_DEFAULTS */.h.timeoutMs),
    retries: String(provider_settings/* PROVIDER_DEFAULTS */.h.retries),
    judge: 'deterministic',
    'judge-api-key-env': DEFAULT_JUDGE_API_KEY_ENV,
    policy: 'standard',
    'report-json': report_defaults_DEFAULT_REPORT_JSON,
};
function describeSource(source) {
    const at = (file, line) => (line === null ? file : `${file} line ${line}`);
    switch (source.from) {
        case 'flag':
            return 'flag';
        case 'file':
            return at(source.file, source.line);
        case 'default':
            return 'default';
        case 'replaced':
            return `not used: ${at(source.file, source.line)}, replaced by ${source.by}`;
    }
}
/** `factgate run --explain-settings`: one line per setting, its value and where it came from. */
function explain_settings_explainSettings(origins, configFile) {
    const rows = origins.map((o) => [o.key, o.given ?? DEFAULTS[o.key] ?? '(not set)', describeSource(o.source)]);
    const width = Math.max(...rows.map(([key]) => key.length)) + 2;
    const valueWidth = Math.min(48, Math.max(...rows.map(([, value]) => value.length)) + 2);
    const clip = (value) => (value.length > valueWidth - 2 ? value.slice(0, valueWidth - 3) + '…' : value);
    return [
        `Settings: a flag beats ${configFile ?? 'factgate.yml (none found)'}, which beats the default; a flag that chooses the app (--responses, --command, --endpoint) replaces all the file's app settings.`,
        ...rows.map(([key, value, source]) => `  ${key.padEnd(width)}${clip(value).padEnd(valueWidth)}${source}`),
        '',
    ].join('\n');
}
/** The warning a run prints when a flag set aside app settings written in factgate.yml. */
function explain_settings_replacedSettingsWarning(origins) {
    const replaced = origins.filter((o) => o.source.from === 'replaced');
    const first = replaced[0]?.source;
    if (!first || first.from !== 'replaced')
        return null;
    const keys = replaced.map((o) => (o.source.from === 'replaced' && o.source.line !== null ? `${o.key} (line ${o.source.line})` : o.key));
    return `${first.by} replaces the app settings of ${first.file}: ${keys.join(', ')} ${replaced.length === 1 ? 'is' : 'are'} not used; give them as flags if this app needs them`;
}

;// CONCATENATED MODULE: ./.build/src/cli/cli-io.js



/** 0 passed, 1 failed, 2 wrong input or settings, 3 a bug in factgate (please report it). */
const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 };
function cli_io_exitCodeFor(report) {
    // A complete shard is meant to be partial: the merge judges the whole run.
    if (report.run.shard !== null && report.cases.every((c) => c.status !== 'not-run'))
        return EXIT.pass;
    return report.verdict.status === 'pass' || report.verdict.status === 'overridden' ? EXIT.pass : EXIT.fail;
}
/** node:util parseArgs, with unknown or malformed flags turned into errors that suggest the fix. */
function cli_io_parseFlags(argv, command, options) {
    try {
        return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const flag = /'(--?[^'\s]+)/.exec(message)?.[1];
        const guess = flag ? closest(flag.replace(/^-+/, ''), Object.keys(options)) : null;
        throw new ConfigurationError(message.replace(/\. To specify a positional argument.*$/s, ''), {
            place: `factgate ${command}`,
            fix: guess ? `did you mean --${guess}?` : `see factgate ${command} --help`,
        });
    }
}

;// CONCATENATED MODULE: ./.build/src/cli/run-command.js















const RUN_USAGE = (/* unused pure expression or super */ null && (`Usage: factgate run [options]

Runs the golden set's answers through the judge, applies the policy and prints the verdict.

Options:
${OPTIONS.map((o) => `  --${o.key}${'placeholder' in o ? ` ${o.placeholder}` : ''}`.padEnd(30) + o.description).join('\n')}
  --explain-settings          Print every setting, its value and where it came from (flag, file and line, default), and stop.
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the input or settings are wrong.
Settings come from flags, then factgate.yml, then defaults (policy: standard). A flag that
chooses the app (--responses, --command, --endpoint) replaces all the app settings of
factgate.yml (mode, folder, time-outs). The report goes to ${DEFAULT_REPORT_JSON} unless
--report-json names another file (or none).`));
async function runRunCommand(argv, io) {
    const { values } = parseFlags(argv, 'run', {
        ...Object.fromEntries(OPTIONS.map((o) => [o.key, { type: 'string', multiple: o.kind === 'list' }])),
        help: { type: 'boolean' },
        'explain-settings': { type: 'boolean' },
    });
    if (values.help) {
        io.stdout(RUN_USAGE + '\n');
        return 0;
    }
    const { 'explain-settings': explain, help: _help, ...raw } = values;
    const settings = await resolveSettings(raw, io.cwd, { reportJson: DEFAULT_REPORT_JSON });
    if (explain) {
        io.stdout(explainSettings(settings.origins, settings.configFile));
        return 0;
    }
    const replaced = replacedSettingsWarning(settings.origins);
    if (replaced)
        io.stderr(`warning: ${escapeLogText(replaced)}\n`);
    const cancel = new AbortController();
    const stop = () => {
        io.stderr('factgate: stopping; a partial report will be written\n');
        cancel.abort();
    };
    io.onInterrupt?.(stop);
    const { report: unredacted, secrets, baseline } = await runGate(settings, {
        version: io.version,
        now: () => new Date(),
        git: gitFactsFromEnv(io.env),
        env: io.env,
        signal: cancel.signal,
        progress: createProgress({ write: io.stderr, isTTY: io.stderrIsTTY ?? false }),
        warn: (message) => io.stderr(`warning: ${escapeLogText(message)}\n`),
        ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
    });
    const report = redactDeep(unredacted, secrets);
    await writeOutputs(report, settings.reportJson, settings.reportMd, baseline, settings.reportJunit);
    io.stdout(redactSecrets(renderTerminal(report, { color: io.color }), secrets));
    const written = [settings.reportJson, settings.reportMd, settings.reportJunit].filter((p) => p !== null).map((p) => displayPath(io.cwd, p));
    io.stdout(written.length > 0 ? `Reports: ${written.join(', ')}\n` : 'No report written (report-json: none).\n');
    return exitCodeFor(report);
}
/** A written file as the user would type it: relative inside the working directory. */
function displayPath(cwd, path) {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
/** Writes each file to a temporary name first, so a crash never leaves half a report. */
async function writeOutputs(report, jsonPath, mdPath, baseline = null, junitPath = null) {
    if (jsonPath)
        await writeJsonAtomically(jsonPath, report);
    if (mdPath)
        await writeTextAtomically(mdPath, renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, baseline }).markdown);
    if (junitPath)
        await writeTextAtomically(junitPath, renderJunit(report));
}

;// CONCATENATED MODULE: ./.build/src/github/pull-request-lookup.js
/**
 * The open pull requests of this repository whose head is the run's `head_sha`, found
 * through the API or GitHub's own event payload, never through anything inside the
 * artifact (which the pull request's author controls).
 */
async function findPullRequestsForRun(octokit, run) {
    const here = `${run.owner}/${run.repo}`.toLowerCase();
    // Same-repository runs: GitHub already linked the pull request in the payload.
    const linked = run.pullRequests.filter((p) => p.headSha === run.headSha && (p.baseRepository === null || p.baseRepository.toLowerCase() === here));
    if (linked.length > 0)
        return unique(linked.map((p) => p.number));
    const byCommit = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner: run.owner,
        repo: run.repo,
        commit_sha: run.headSha,
        per_page: 100,
    });
    const matching = byCommit.filter((p) => p.state === 'open' && p.head.sha === run.headSha && p.base.repo.full_name.toLowerCase() === here);
    if (matching.length > 0)
        return unique(matching.map((p) => p.number));
    // A fork's commit is not always associated yet; its branch still names the pull request.
    if (run.headRepository && run.headBranch) {
        const headOwner = run.headRepository.split('/')[0];
        const byBranch = await octokit.paginate(octokit.rest.pulls.list, {
            owner: run.owner,
            repo: run.repo,
            state: 'open',
            head: `${headOwner}:${run.headBranch}`,
            per_page: 100,
        });
        return unique(byBranch.filter((p) => p.head.sha === run.headSha).map((p) => p.number));
    }
    return [];
}
function unique(numbers) {
    return [...new Set(numbers)].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./.build/src/github/report-artifact.js




/** The report artifact's name and the JSON file inside it, shared by upload and download. */
const REPORT_ARTIFACT_NAME = 'factgate-report';
const REPORT_FILE_NAME = 'factgate-report.json';
/** A report larger than this is refused rather than parsed (the artifact is untrusted input). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/**
 * The production downloader: `@actions/artifact` cross-run download with the token
 * (needs `actions: read`). Loaded lazily so nothing imports the Actions runtime until it
 * is needed.
 */
function actionsArtifactDownloader(token) {
    return async (request) => {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(299), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        const client = new DefaultArtifactClient();
        const findBy = { token, workflowRunId: request.runId, repositoryOwner: request.owner, repositoryName: request.repo };
        let artifactId;
        try {
            artifactId = (await client.getArtifact(request.artifactName, { findBy })).artifact.id;
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`No artifact named "${request.artifactName}" in workflow run ${request.runId}.`, {
                place: `artifact ${request.artifactName}`,
                fix: `Upload the report in the pull_request workflow with actions/upload-artifact (name: ${request.artifactName}, if: always()) and grant "actions: read" to the comment workflow. (${String(error)})`,
            });
        }
        const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'factgate-artifact-'));
        await client.downloadArtifact(artifactId, { path: directory, findBy });
        return readReportFile(directory, request);
    };
}
/** Reads the report file from a downloaded artifact directory, bounded in size. */
async function readReportFile(directory, request) {
    const names = await (0,promises_.readdir)(directory);
    const file = (0,external_node_path_.join)(directory, request.fileName);
    if (!names.includes(request.fileName)) {
        throw new errors/* ConfigurationError */.j1(`The artifact "${request.artifactName}" has no ${request.fileName} (it holds: ${names.join(', ') || 'nothing'}).`, {
            file: request.artifactName,
            fix: `Write the report with --report-json ${request.fileName} and upload that file in the artifact.`,
        });
    }
    const { size } = await (0,promises_.stat)(file);
    if (size > MAX_REPORT_BYTES) {
        throw new errors/* ConfigurationError */.j1(`The report is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a downloaded report.`, {
            file: `${request.artifactName}/${request.fileName}`,
            fix: 'Upload the report factgate wrote, unchanged.',
        });
    }
    return { file: `${request.artifactName}/${request.fileName}`, text: await (0,promises_.readFile)(file, 'utf8') };
}

;// CONCATENATED MODULE: ./.build/src/github/comment-from-artifact.js



/**
 * The fork-safe comment step (`factgate comment`, Action mode `comment`), run by a
 * `workflow_run` workflow that has a writable token: download the report artifact of the
 * finished `pull_request` run, validate it against the report schema, find the pull
 * request by the run's head commit through the API, and post. Nothing in the artifact
 * chooses where the comment goes.
 */
async function commentFromArtifact(options) {
    const { context, logger } = options;
    if (context.kind !== 'workflow_run') {
        throw new errors/* ConfigurationError */.j1(`"factgate comment" runs on workflow_run events, not ${context.eventName}.`, {
            place: 'on:',
            fix: 'Trigger the comment workflow with "on: workflow_run: { workflows: [<your gate workflow>], types: [completed] }".',
        });
    }
    if (context.triggeringEvent !== 'pull_request' && context.triggeringEvent !== 'pull_request_target') {
        const reason = `the finished run was started by ${context.triggeringEvent}, not by a pull request`;
        logger.info(`Nothing to comment on: ${reason}.`);
        return { status: 'skipped', reason };
    }
    if (context.conclusion === 'cancelled' || context.conclusion === 'skipped') {
        const reason = `the finished run was ${context.conclusion}`;
        logger.info(`Nothing to comment on: ${reason}.`);
        return { status: 'skipped', reason };
    }
    const pullRequests = await findPullRequestsForRun(options.octokit, context);
    if (pullRequests.length === 0) {
        const reason = `no open pull request in ${context.owner}/${context.repo} has head commit ${context.headSha}`;
        logger.info(`Nothing to comment on: ${reason} (closed, or pushed again since).`);
        return { status: 'skipped', reason };
    }
    const artifactName = options.artifactName ?? REPORT_ARTIFACT_NAME;
    const { file, text } = await options.download({
        owner: context.owner,
        repo: context.repo,
        runId: context.runId,
        artifactName,
        fileName: options.fileName ?? REPORT_FILE_NAME,
    });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The report artifact is not valid JSON: ${error.message}`, {
            file,
            fix: 'Upload the report file factgate wrote (--report-json), unchanged.',
        });
    }
    const report = options.validateReport(json, file);
    const outcomes = [];
    for (const pullNumber of pullRequests) {
        outcomes.push(await options.post(report, { owner: context.owner, repo: context.repo, pullNumber }));
    }
    return { status: 'posted', report, pullRequests, outcomes };
}

;// CONCATENATED MODULE: ./.build/src/github/comment-command.js







/**
 * `factgate comment` and the Action's `comment` mode: the second half of the fork-safe
 * setup. Posts the sticky comment from the report artifact of the finished pull-request
 * run, rendered and budgeted exactly like the comment the gate job posts itself.
 */
async function runCommentCommand(input) {
    const { settings } = input;
    const logger = safeLogger(input.logger, settings.secrets);
    const room = COMMENT_LIMIT.measure(markerOverhead(settings.gateId));
    const limit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
    const options = { artifactUrl: settings.artifactUrl ?? null, secrets: settings.secrets };
    const result = await commentFromArtifact({
        octokit: input.octokit,
        context: input.context,
        logger,
        download: input.download,
        validateReport: (value, file) => escape_redactDeep(input.validateReport(value, file), settings.secrets),
        ...(settings.artifactName ? { artifactName: settings.artifactName } : {}),
        post: async (report, target) => {
            const outcome = await upsertStickyComment(input.octokit, {
                target,
                gateId: settings.gateId,
                mode: settings.commentMode,
                failing: report.verdict.status === 'fail' || report.verdict.status === 'error',
                markdown: renderMarkdownFitted(report, { ...options, limit }).markdown,
                smallerMarkdown: () => renderMarkdownFitted(report, { ...options, limit: { ...limit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
            }, logger);
            if (outcome.action === 'forbidden')
                logger.notice(readOnlyCommentNotice(false, outcome.message));
            else if (outcome.action !== 'skipped')
                logger.info(`Pull-request comment on #${target.pullNumber} ${outcome.action}: ${outcome.url}`);
            return outcome;
        },
    });
    return result;
}

;// CONCATENATED MODULE: ./.build/src/github/event-context.js


function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads fields from the payload, naming the JSON pointer of anything missing. */
class PayloadReader {
    file;
    eventName;
    constructor(file, eventName) {
        this.file = file;
        this.eventName = eventName;
    }
    fail(pointer, expected) {
        throw new errors/* ConfigurationError */.j1(`The ${this.eventName} event payload has no ${expected} at ${pointer}.`, {
            file: this.file,
            place: pointer,
            fix: `Run factgate on the events it supports (pull_request, pull_request_target, workflow_run, push) and pass the runner's own event file; when replaying an event, use a complete webhook payload.`,
        });
    }
    object(value, pointer) {
        return isObject(value) ? value : this.fail(pointer, 'object');
    }
    string(value, pointer) {
        return typeof value === 'string' && value !== '' ? value : this.fail(pointer, 'string');
    }
    number(value, pointer) {
        return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : this.fail(pointer, 'positive integer');
    }
    optionalString(value) {
        return typeof value === 'string' && value !== '' ? value : null;
    }
}
function fullName(repository) {
    return isObject(repository) && typeof repository['full_name'] === 'string' ? repository['full_name'] : null;
}
/**
 * Parses an event payload. `file` is only used to name the payload in errors.
 * `repositoryFallback` (GITHUB_REPOSITORY) is used when the payload lacks `repository`.
 */
function parseEventContext(eventName, payload, file, repositoryFallback) {
    const read = new PayloadReader(file, eventName);
    const root = read.object(payload, '');
    const { owner, repo } = repositoryOf(root, repositoryFallback, read);
    const action = typeof root['action'] === 'string' ? root['action'] : undefined;
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = read.object(root['pull_request'], '/pull_request');
        const head = read.object(pr['head'], '/pull_request/head');
        const base = read.object(pr['base'], '/pull_request/base');
        const baseRepository = fullName(base['repo']) ?? `${owner}/${repo}`;
        const headRepository = fullName(head['repo']);
        const labels = Array.isArray(pr['labels'])
            ? pr['labels'].flatMap((label) => (isObject(label) && typeof label['name'] === 'string' ? [label['name']] : []))
            : [];
        return {
            kind: 'pull_request',
            eventName,
            action,
            owner,
            repo,
            pullNumber: read.number(pr['number'], '/pull_request/number'),
            headSha: read.string(head['sha'], '/pull_request/head/sha'),
            baseSha: read.string(base['sha'], '/pull_request/base/sha'),
            baseRef: read.string(base['ref'], '/pull_request/base/ref'),
            headRepository,
            fromFork: headRepository === null || headRepository.toLowerCase() !== baseRepository.toLowerCase(),
            labels,
        };
    }
    if (eventName === 'workflow_run') {
        const run = read.object(root['workflow_run'], '/workflow_run');
        const pulls = Array.isArray(run['pull_requests']) ? run['pull_requests'] : [];
        return {
            kind: 'workflow_run',
            eventName,
            action,
            owner,
            repo,
            runId: read.number(run['id'], '/workflow_run/id'),
            triggeringEvent: read.string(run['event'], '/workflow_run/event'),
            conclusion: read.optionalString(run['conclusion']),
            headSha: read.string(run['head_sha'], '/workflow_run/head_sha'),
            headBranch: read.optionalString(run['head_branch']),
            headRepository: fullName(run['head_repository']),
            pullRequests: pulls.flatMap((pull, index) => {
                if (!isObject(pull))
                    return [];
                const head = read.object(pull['head'], `/workflow_run/pull_requests/${index}/head`);
                const base = isObject(pull['base']) ? pull['base'] : {};
                const baseRepo = isObject(base['repo']) ? base['repo'] : {};
                return [
                    {
                        number: read.number(pull['number'], `/workflow_run/pull_requests/${index}/number`),
                        headSha: read.string(head['sha'], `/workflow_run/pull_requests/${index}/head/sha`),
                        baseRepository: typeof baseRepo['url'] === 'string' ? repositoryFromApiUrl(baseRepo['url']) : null,
                    },
                ];
            }),
        };
    }
    if (eventName === 'push') {
        return {
            kind: 'push',
            eventName,
            owner,
            repo,
            ref: read.string(root['ref'], '/ref'),
            headSha: read.string(root['after'], '/after'),
        };
    }
    return { kind: 'other', eventName, owner, repo, headSha: undefined };
}
function repositoryOf(root, fallback, read) {
    const name = fullName(root['repository']) ?? fallback;
    if (!name)
        return read.fail('/repository/full_name', 'repository');
    const [owner, repo, ...rest] = name.split('/');
    if (!owner || !repo || rest.length > 0)
        return read.fail('/repository/full_name', '"owner/name" string');
    return { owner, repo };
}
/** `https://api.github.com/repos/OWNER/NAME` → `OWNER/NAME` (the only repository field in a run's pull_requests). */
function repositoryFromApiUrl(url) {
    const match = /\/repos\/([^/]+)\/([^/]+)\/?$/.exec(url);
    return match ? `${match[1]}/${match[2]}` : null;
}
/**
 * Reads the runner's event: GITHUB_EVENT_NAME, the payload at GITHUB_EVENT_PATH, and
 * GITHUB_REPOSITORY as a fallback for the repository.
 */
async function readEventContext(env) {
    const eventName = env['GITHUB_EVENT_NAME'];
    const path = env['GITHUB_EVENT_PATH'];
    if (!eventName || !path) {
        throw new errors/* ConfigurationError */.j1('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set.', {
            place: 'environment',
            fix: 'Run this inside a GitHub Actions job, or set both variables to replay an event locally.',
        });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The event payload cannot be read: ${error.message}`, { file: path, fix: 'Point GITHUB_EVENT_PATH at the webhook payload JSON.' });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The event payload is not JSON: ${error.message}`, { file: path, fix: 'Point GITHUB_EVENT_PATH at the webhook payload JSON.' });
    }
    return parseEventContext(eventName, payload, path, env['GITHUB_REPOSITORY']);
}

;// CONCATENATED MODULE: ./.build/src/github/overrides.js

/** Permission levels, as GitHub names them in `role_name` (custom roles report their base in `permission`). */
const MAINTAINER_ROLES = new Set(['maintain', 'admin']);
const WRITE_ROLES = new Set(['write', 'maintain', 'admin']);
/**
 * Decides whether a failing gate is overridden, checking every permission through the
 * API at decision time:
 * - `maintainer-approval` (strict): an approving review of the head commit, or the override
 *   label, by a user whose role is maintain or admin;
 * - `write-label` (standard): the override label added by a user with write access or more;
 * - `none`: nothing overrides.
 * The label's author is who added it last (issue events, every page), not who opened the PR.
 */
async function decideOverride(octokit, request, logger) {
    const failing = request.breaches.filter((b) => b.severity === 'fail');
    if (failing.length === 0 || request.override === 'none') {
        return { override: null, notes: [] };
    }
    const notes = [];
    const roles = new Map();
    const roleOf = async (login) => {
        let found = roles.get(login);
        if (!found) {
            found = await collaboratorRole(octokit, request.target, login);
            roles.set(login, found);
        }
        return found;
    };
    const accepted = request.override === 'maintainer-approval' ? MAINTAINER_ROLES : WRITE_ROLES;
    const needed = request.override === 'maintainer-approval' ? 'maintain or admin' : 'write, maintain or admin';
    const candidates = [];
    const labeler = await whoAddedLabel(octokit, request.target, request.label);
    if (labeler)
        candidates.push({ ...labeler, via: 'label' });
    if (request.override === 'maintainer-approval')
        candidates.push(...(await approversOfHead(octokit, request.target, request.headSha)));
    for (const candidate of candidates) {
        const { role, permission } = await roleOf(candidate.login);
        if (accepted.has(role) || (permission === 'admin' && accepted.has('admin'))) {
            const record = {
                by: candidate.login,
                at: candidate.at,
                via: candidate.via,
                permission: role,
                waived: failing.map((b) => b.rule),
            };
            logger.info(`The gate failure is overridden by ${candidate.login} (${role}) through ${candidate.via === 'label' ? `the "${request.label}" label` : 'an approving review'}.`);
            return { override: record, notes };
        }
        const through = candidate.via === 'label' ? `the "${request.label}" label` : 'an approving review';
        notes.push(`${candidate.login} (permission: ${role}) gave ${through}, which changes nothing: this policy accepts overrides only from users with ${needed} permission.`);
    }
    for (const note of notes)
        logger.info(note);
    return { override: null, notes };
}
/** The user who last added `label`, if the label is still on the pull request. */
async function whoAddedLabel(octokit, target, label) {
    const events = await octokit.paginate(octokit.rest.issues.listEvents, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.pullNumber,
        per_page: 100,
    });
    let current = null;
    const wanted = label.toLowerCase();
    for (const event of events) {
        const name = 'label' in event && event.label ? event.label.name : undefined;
        if (typeof name !== 'string' || name.toLowerCase() !== wanted)
            continue;
        if (event.event === 'labeled' && event.actor)
            current = { login: event.actor.login, at: event.created_at };
        if (event.event === 'unlabeled')
            current = null;
    }
    return current;
}
/** Users whose latest review is an approval of the head commit, in review order. */
async function approversOfHead(octokit, target, headSha) {
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        owner: target.owner,
        repo: target.repo,
        pull_number: target.pullNumber,
        per_page: 100,
    });
    const latest = new Map();
    for (const review of reviews) {
        // Comments do not replace an earlier approval or change request; GitHub shows the same.
        if (!review.user || review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        latest.set(review.user.login, review);
    }
    return [...latest.values()]
        .filter((r) => r.state === 'APPROVED' && r.commit_id === headSha && r.user)
        .map((r) => ({ login: r.user?.login ?? '', at: r.submitted_at ?? '', via: 'review' }));
}
async function collaboratorRole(octokit, target, login) {
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: target.owner, repo: target.repo, username: login });
        return { role: data.role_name || data.permission, permission: data.permission };
    }
    catch (error) {
        // Not a collaborator (404): no permission at all.
        if (httpStatusOf(error) === 404)
            return { role: 'none', permission: 'none' };
        throw error;
    }
}
/** The report with a decided override applied: a failing verdict becomes "overridden". */
function applyOverride(report, decision) {
    if (!decision.override || report.verdict.status !== 'fail')
        return report;
    return { ...report, verdict: { ...report.verdict, status: 'overridden', override: decision.override } };
}

;// CONCATENATED MODULE: ./.build/src/pipeline/git-facts.js
/** Commit, ref and run link from the standard GitHub Actions variables (null on a laptop). */
function git_facts_gitFactsFromEnv(env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
    return {
        sha: env.GITHUB_SHA ?? null,
        ref: env.GITHUB_REF ?? null,
        runUrl: GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
            ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
            : null,
    };
}

;// CONCATENATED MODULE: ./.build/src/settings/github-settings.js



const GATE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** The GitHub side's settings from Action inputs or `factgate comment` flags. */
function resolveGitHubSettings(raw, env, placePrefix = '') {
    const mode = raw.mode ?? 'run';
    if (mode !== 'run' && mode !== 'comment') {
        throw new errors/* ConfigurationError */.j1(`unknown mode "${mode}"`, { place: `${placePrefix}mode`, fix: 'use run (the gate) or comment (the fork-safe comment step)' });
    }
    const gateId = raw['gate-id'] ?? 'factgate';
    if (!GATE_ID.test(gateId)) {
        throw new errors/* ConfigurationError */.j1(`gate id "${gateId}" is not allowed`, { place: `${placePrefix}gate-id`, fix: 'use letters, digits, dot, dash or underscore (at most 64)' });
    }
    const checkRun = raw['check-run'] ?? 'false';
    if (!['true', 'false'].includes(checkRun.toLowerCase())) {
        throw new errors/* ConfigurationError */.j1(`check-run must be true or false, not "${checkRun}"`, { place: `${placePrefix}check-run`, fix: 'write true or false' });
    }
    return {
        mode,
        token: raw['github-token'] ?? env.GITHUB_TOKEN ?? null,
        commentMode: parseCommentMode(raw.comment ?? 'always', { place: `${placePrefix}comment` }),
        gateId,
        checkRun: checkRun.toLowerCase() === 'true',
        artifactName: raw['artifact-name'] ?? REPORT_ARTIFACT_NAME,
        commentAuthor: raw['comment-author'],
    };
}

;// CONCATENATED MODULE: ./.build/src/github/baseline-artifact.js



/**
 * The baseline for drift tests: the report artifact of the newest successful run on the
 * base branch.
 *
 * Which runs count: runs started by `push` on the base branch that concluded `success`,
 * from the same workflow when it is known (GITHUB_WORKFLOW_REF), else from any workflow of
 * the repository. Only `push` runs are taken because the branch filter matches a run's head
 * branch by name, and a pull request from a fork whose branch is also called `main` runs
 * with that head branch: its report was produced by code nobody merged. Each run is also
 * checked to come from this repository, in case a filter is not applied.
 */
/**
 * Page size for listing runs; with `maxPages` it bounds how far back the search goes. Each
 * run examined costs one artifact listing, so a base branch that never uploads the report
 * costs at most 5 + 50 requests.
 */
const BASELINE_RUNS_PER_PAGE = 10;
const BASELINE_MAX_PAGES = 5;
/**
 * The workflow file name from GITHUB_WORKFLOW_REF
 * (`owner/repo/.github/workflows/gate.yml@refs/pull/7/merge` → `gate.yml`), which the
 * runs endpoint accepts in place of the workflow id. Undefined when the value has no such
 * shape.
 */
function workflowFileFromRef(workflowRef) {
    return /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef ?? '')?.[1];
}
async function findBaselineReport(options) {
    const { octokit, owner, repo, baseBranch, artifactName, logger } = options;
    if (baseBranch.trim() === '' || baseBranch.startsWith('refs/')) {
        throw new errors/* ConfigurationError */.j1(`The base branch for the baseline must be a branch name, not "${baseBranch}".`, {
            place: 'base branch',
            fix: 'Pass the pull request\'s base.ref (for example "main"); the baseline is looked up on pull_request events.',
        });
    }
    const perPage = options.perPage ?? BASELINE_RUNS_PER_PAGE;
    const maxPages = options.maxPages ?? BASELINE_MAX_PAGES;
    const now = options.now ?? Date.now;
    const workflow = options.workflowFileOrId;
    const source = workflow === undefined ? `any workflow of ${owner}/${repo}` : `workflow ${workflow}`;
    const filters = { owner, repo, branch: baseBranch, event: 'push', status: 'success', exclude_pull_requests: true, per_page: perPage };
    const pages = workflow === undefined
        ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, filters)
        : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, { ...filters, workflow_id: workflow });
    let examined = 0;
    let expired = 0;
    let morePages = false;
    let chosen;
    try {
        let pageCount = 0;
        search: for await (const page of pages) {
            pageCount += 1;
            for (const run of page.data) {
                if (!isPushSuccessOn(run, baseBranch, `${owner}/${repo}`)) {
                    logger.debug(`Baseline: run ${run.id} is not a successful push to "${baseBranch}" in ${owner}/${repo}; skipped.`);
                    continue;
                }
                const named = await artifactsNamed(octokit, { owner, repo, runId: run.id, artifactName });
                if (named === 'run deleted') {
                    logger.debug(`Baseline: run ${run.id} was deleted while searching; skipped.`);
                    continue;
                }
                examined += 1;
                if (named.some((a) => !a.expired && (a.expires_at === null || Date.parse(a.expires_at) > now()))) {
                    chosen = run;
                    break search;
                }
                if (named.length > 0)
                    expired += 1;
                logger.debug(`Baseline: run ${run.id} (#${run.run_number}) has ${named.length > 0 ? 'only an expired' : 'no'} "${artifactName}" artifact.`);
            }
            if (pageCount === maxPages) {
                // Stop without fetching the next page; the Link header says whether there was one.
                morePages = /rel="next"/.test(page.headers.link ?? '');
                break;
            }
        }
    }
    catch (error) {
        const none = unreadable(error, { owner, repo, baseBranch, workflow });
        if (none)
            return none;
        throw error;
    }
    if (chosen) {
        // Download failures are not a reason to skip drift: the artifact exists and is unreadable.
        const { text, file } = await options.download({ owner, repo, runId: chosen.id, artifactName, fileName: options.fileName ?? REPORT_FILE_NAME });
        logger.info(`Baseline: "${artifactName}" of run ${chosen.id} (#${chosen.run_number}, commit ${chosen.head_sha.slice(0, 7)}) on "${baseBranch}".`);
        return { text, file, runId: chosen.id, headSha: chosen.head_sha };
    }
    if (examined === 0) {
        return { none: `no successful push run of ${source} on "${baseBranch}" yet (the first run, or the workflow does not run on push to "${baseBranch}")` };
    }
    const runs = `${examined} successful push run${examined === 1 ? '' : 's'}`;
    const scope = `${morePages ? 'the newest' : 'all'} ${runs} of ${source} on "${baseBranch}"`;
    const fix = `upload the report as "${artifactName}" with actions/upload-artifact on push to "${baseBranch}"`;
    if (expired === examined) {
        return { none: `the "${artifactName}" artifact has expired on ${scope}; ${fix}, with retention-days long enough to outlive pull requests` };
    }
    return { none: `no unexpired "${artifactName}" artifact on ${scope} (${expired} expired, ${examined - expired} without one); ${fix}` };
}
/** The run's artifacts called `artifactName`; a run deleted since it was listed has none. */
async function artifactsNamed(octokit, where) {
    try {
        const listed = await octokit.rest.actions.listWorkflowRunArtifacts({ owner: where.owner, repo: where.repo, run_id: where.runId, name: where.artifactName, per_page: 100 });
        // The name filter is GitHub's; the exact comparison is ours.
        return listed.data.artifacts.filter((a) => a.name === where.artifactName);
    }
    catch (error) {
        if (httpStatusOf(error) === 404)
            return 'run deleted';
        throw error;
    }
}
function isPushSuccessOn(run, branch, repository) {
    const from = run.head_repository?.full_name;
    return (run.event === 'push' &&
        run.head_branch === branch &&
        run.conclusion === 'success' &&
        typeof from === 'string' &&
        from.toLowerCase() === repository.toLowerCase());
}
/**
 * A missing permission or an unknown workflow is a reason to skip drift, not to fail; a
 * rate limit or a server error stays an error (the client already retried it).
 */
function unreadable(error, where) {
    const status = httpStatusOf(error);
    const message = gitHubMessageOf(error);
    if (status === 403 && !/rate limit/i.test(message)) {
        return {
            none: `the token may not read the workflow runs and artifacts of ${where.owner}/${where.repo} (HTTP 403: ${message}); add "actions: read" to the job's permissions:`,
        };
    }
    if (status === 404 && where.workflow !== undefined) {
        return {
            none: `workflow ${where.workflow} is not known in ${where.owner}/${where.repo} (HTTP 404): it is new or renamed, so "${where.baseBranch}" has no run of it yet`,
        };
    }
    if (status === 404) {
        return {
            none: `the workflow runs of ${where.owner}/${where.repo} are not visible to the token (HTTP 404: ${message}); add "actions: read" to the job's permissions:`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/github/pull-request-files.js



/**
 * Beyond this many files the pull request is read from git instead: GitHub stops listing
 * at 3000 files and leaves out patches of large diffs, and git is cheaper than 30 pages.
 */
const PULL_REQUEST_FILES_LIMIT = 300;
const PER_PAGE = 100;
/**
 * Lines added by a pull request, per file, from the pull-request files API (every page,
 * 100 files a page). Returns `{ fallback }` with the reason whenever the API's view is
 * incomplete — too many files, a patch GitHub left out, or a request GitHub refused — so
 * the caller reads the same change from git.
 */
async function changedLinesFromPullRequest(options) {
    const { octokit, owner, repo, pullNumber, logger } = options;
    let entries;
    let listed = 0;
    try {
        entries = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: PER_PAGE }, (response, done) => {
            // Stop reading pages as soon as the limit is passed: the answer is git either way.
            listed += response.data.length;
            if (listed > PULL_REQUEST_FILES_LIMIT)
                done();
            return response.data;
        });
    }
    catch (error) {
        const status = httpStatusOf(error);
        if (status === undefined)
            throw error;
        return fallback(logger, pullNumber, `GitHub answered ${status} to the file listing (${gitHubMessageOf(error)})`);
    }
    if (entries.length > PULL_REQUEST_FILES_LIMIT) {
        return fallback(logger, pullNumber, `it changes more than ${PULL_REQUEST_FILES_LIMIT} files`);
    }
    const files = [];
    for (const entry of entries) {
        const read = addedLines(entry);
        if (typeof read === 'string')
            return fallback(logger, pullNumber, read);
        if (read.addedLines.length > 0)
            files.push(read);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    logger.info(`Changed lines of pull request #${pullNumber} from the GitHub API: ${entries.length} files listed, ${files.length} with added lines.`);
    return { files };
}
/** One file's added lines, or the reason they cannot be trusted. */
function addedLines(entry) {
    const { filename: path, status, additions, patch } = entry;
    if (status === 'removed')
        return { path, addedLines: [] };
    if (patch === undefined) {
        // A binary file has no patch and no additions; anything else without a patch is a
        // diff GitHub did not send (too large), or a rename or copy git would show as new lines.
        if (status === 'renamed' || status === 'copied')
            return `GitHub sent no patch for ${status} file ${path}`;
        if (additions > 0)
            return `GitHub left out the patch of ${path} (${additions} added lines), as it does for large diffs`;
        return { path, addedLines: [] };
    }
    let read;
    try {
        read = addedLinesFromPatch(path, patch);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            return `the patch GitHub sent for ${path} cannot be read: ${error.message}`;
        throw error;
    }
    // A patch that adds fewer lines than GitHub counted was cut short.
    if (read.addedLines.length !== additions) {
        return `the patch GitHub sent for ${path} adds ${read.addedLines.length} lines where GitHub counts ${additions}`;
    }
    return read;
}
function fallback(logger, pullNumber, reason) {
    logger.info(`Changed lines of pull request #${pullNumber} come from git: ${reason}.`);
    return { fallback: reason };
}

;// CONCATENATED MODULE: ./.build/src/action/inputs.js

/** Action inputs → the same raw options the CLI flags give; empty inputs are left out. */
function readActionInputs(core) {
    const raw = {};
    for (const option of options_OPTIONS) {
        if (option.kind === 'list') {
            const values = core.getMultilineInput(option.key).flatMap((line) => line.split(',')).map((v) => v.trim()).filter(Boolean);
            if (values.length > 0)
                raw[option.key] = values;
        }
        else {
            const value = core.getInput(option.key).trim();
            if (value !== '')
                raw[option.key] = value;
        }
    }
    return raw;
}
/** The GitHub-side inputs, trimmed; empty ones left out so defaults apply. */
function readGitHubInputs(core) {
    const raw = {};
    for (const option of GITHUB_OPTIONS) {
        const value = core.getInput(option.key).trim();
        if (value !== '')
            raw[option.key] = value;
    }
    return raw;
}

;// CONCATENATED MODULE: ./.build/src/action/verdict-cache.js



/**
 * Restores and saves the judge's verdict cache between workflow runs. Keys carry the
 * judge's identity; every run saves under a new key (cache entries are immutable) and
 * restores the newest one with the same prefix. A cache outage only costs API calls.
 */
function verdictCacheSync(judge, cwd, env, service, warn) {
    if (!judge.cache || judge.kind === 'deterministic')
        return null;
    // @actions/cache wants paths relative to the workspace.
    const path = (0,external_node_path_.relative)(cwd, judge.cache) || judge.cache;
    const identity = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([judge.kind, judge.url, judge.model, judge.command, judge.hybridFallback])).digest('hex').slice(0, 16);
    const prefix = `factgate-verdicts-${identity}-`;
    const key = `${prefix}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    return {
        async restore() {
            try {
                await service.restoreCache([path], key, [prefix]);
            }
            catch (error) {
                warn(`The verdict cache could not be restored (${(0,errors/* getErrorMessage */.u1)(error)}); every claim goes to the judge.`);
            }
        },
        async save() {
            try {
                await service.saveCache([path], key);
            }
            catch (error) {
                warn(`The verdict cache could not be saved (${(0,errors/* getErrorMessage */.u1)(error)}).`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./.build/src/responses/progress.js
const realEvery = (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
};
function progress_createProgress(options) {
    const now = options.now ?? (() => Date.now());
    const logIntervalMs = options.logIntervalMs ?? 10_000;
    const redrawMs = options.redrawMs ?? 100;
    const width = options.width ?? 24;
    let total = 0;
    let done = 0;
    let errors = 0;
    let startedAt = 0;
    let lastDraw = -Infinity;
    let lastLog = 0;
    let nextDecile = 1;
    let stopTicking;
    const rate = () => {
        const seconds = (now() - startedAt) / 1000;
        return seconds > 0 ? done / seconds : 0;
    };
    const status = () => {
        const r = rate();
        const eta = r > 0 && done < total ? ` · ETA ${formatDuration((total - done) / r)}` : '';
        const errorText = errors ? ` · ${errors} error${errors === 1 ? '' : 's'}` : '';
        return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} cases (${percent()}%) · ${formatRate(r)}/s${eta}${errorText}`;
    };
    const percent = () => (total === 0 ? 100 : Math.floor((done / total) * 100));
    const drawBar = (force) => {
        const t = now();
        if (!force && t - lastDraw < redrawMs)
            return;
        lastDraw = t;
        const filled = total === 0 ? width : Math.round((done / total) * width);
        options.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${status()}`);
    };
    const logLine = () => {
        lastLog = now();
        options.write(`progress: ${status()}\n`);
    };
    return {
        start(count) {
            total = count;
            startedAt = now();
            lastLog = startedAt;
            if (options.isTTY)
                drawBar(true);
            else {
                options.write(`progress: ${total.toLocaleString('en-US')} cases to run\n`);
                stopTicking = (options.every ?? realEvery)(Math.min(logIntervalMs, 1000), () => {
                    if (done < total && now() - lastLog >= logIntervalMs)
                        logLine();
                });
            }
        },
        settled(response) {
            done++;
            if (response.error !== undefined)
                errors++;
            if (options.isTTY)
                return drawBar(done === total);
            // Deciles crossed by this case get one line between them, not one each.
            let crossed = false;
            while (nextDecile <= 10 && done * 10 >= nextDecile * total) {
                nextDecile++;
                crossed = true;
            }
            if (crossed || now() - lastLog >= logIntervalMs)
                logLine();
        },
        finish({ cancelled }) {
            stopTicking?.();
            const end = cancelled ? ` · cancelled, ${total - done} not run` : '';
            if (options.isTTY) {
                drawBar(true);
                options.write(`${end}\n`);
            }
            else if (cancelled) {
                options.write(`progress: ${status()}${end}\n`);
            }
        },
    };
}
function formatRate(perSecond) {
    return perSecond >= 100 ? Math.round(perSecond).toLocaleString('en-US') : perSecond.toFixed(1);
}
/** 75 → "1:15", 3725 → "1:02:05". */
function formatDuration(seconds) {
    const s = Math.max(0, Math.ceil(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

;// CONCATENATED MODULE: ./.build/src/action/main.js



























const logger = {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
};
/** The Action: the CLI's settings and pipeline, then the GitHub side; the one place that fails the step. */
async function run(workerEntry) {
    try {
        const github = resolveGitHubSettings(readGitHubInputs(core), process.env);
        if (github.token)
            core.setSecret(github.token);
        if (github.mode === 'comment')
            await commentMode(github, await readEventContext(process.env));
        else
            await gateMode(github, process.env.GITHUB_EVENT_PATH ? await readEventContext(process.env) : null, workerEntry);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            core.setFailed(`factgate: ${error.message}`);
        else
            core.setFailed(`factgate: internal error: ${(0,errors/* getErrorMessage */.u1)(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
    }
}
async function gateMode(github, context, workerEntry) {
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = await settings_resolveSettings(readActionInputs(core), cwd);
    const judgeKey = readGitHubInputs(core)['judge-api-key'];
    const env = { ...process.env };
    if (judgeKey) {
        core.setSecret(judgeKey);
        env[settings.judge.apiKeyEnv] = judgeKey;
    }
    const usesCache = settings.judge.cache !== null && settings.judge.kind !== 'deterministic';
    const verdictCache = usesCache ? verdictCacheSync(settings.judge, cwd, process.env, await Promise.all(/* import() */[__webpack_require__.e(299), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091)), (m) => core.warning(m)) : null;
    await verdictCache?.restore();
    const noBaselineReason = settings.baselineAuto ? await fetchBaseline(settings, github, context) : undefined;
    const changedLines = await pullRequestChanges(settings, github, context);
    const cancel = new AbortController();
    // The runner sends SIGINT on cancellation: stop the app and keep a partial report.
    process.once('SIGINT', () => cancel.abort());
    process.once('SIGTERM', () => cancel.abort());
    const gate = await run_gate_runGate(settings, {
        version: package_namespaceObject.rE,
        now: () => new Date(),
        git: git_facts_gitFactsFromEnv(process.env),
        env,
        signal: cancel.signal,
        progress: progress_createProgress({ write: (line) => core.info(line.trimEnd()), isTTY: false }),
        warn: (message) => core.warning(message),
        ...(workerEntry ? { workerEntry } : {}),
        ...(noBaselineReason !== undefined ? { noBaselineReason } : {}),
        ...(changedLines ? { changedLines } : {}),
    });
    await verdictCache?.save();
    const secrets = [...gate.secrets, ...(github.token ? [github.token] : []), ...(judgeKey ? [judgeKey] : [])];
    for (const secret of gate.secrets)
        core.setSecret(secret);
    let report = gate.report;
    const octokit = github.token ? client(github.token) : null;
    const notes = [];
    if (octokit && context?.kind === 'pull_request' && report.verdict.status === 'fail') {
        const decision = await decideOverride(octokit, {
            target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
            headSha: context.headSha,
            override: settings.policy.override,
            label: settings.policy.overrideLabel,
            breaches: report.verdict.breaches,
        }, logger);
        report = applyOverride(report, decision);
        notes.push(...decision.notes);
    }
    report = escape_redactDeep(report, secrets);
    await writeOutputs(report, settings.reportJson, settings.reportMd, gate.baseline, settings.reportJunit);
    core.info(terminal_renderTerminal(report, { color: false }));
    setReportOutputs(report, settings.reportJson);
    if (octokit && context) {
        await publishToGitHub({
            report,
            baseline: gate.baseline,
            octokit,
            context,
            settings: { gateId: github.gateId, commentMode: github.commentMode, checkRun: github.checkRun, secrets, notes, ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}) },
            logger,
            io: { writeJobSummary: async (markdown) => void (await core.summary.addRaw(markdown).write()), setOutput: (name, value) => core.setOutput(name, value) },
        });
    }
    else {
        logger.notice(context ? 'No GitHub token: the verdict and the job summary only (pass github-token for the pull-request comment).' : 'No GitHub event: the verdict and the job summary only.');
        await core.summary.addRaw(renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, notes }).markdown).write();
    }
    if (report.verdict.status === 'fail' || report.verdict.status === 'error') {
        core.setFailed(`factgate: the gate ${report.verdict.status === 'fail' ? 'failed' : 'could not decide'}: ${report.verdict.breaches.map((b) => b.rule).join(', ') || 'see the report'}`);
    }
}
/**
 * `baseline: auto`: the report artifact of the base branch's newest successful push run,
 * saved to a file the pipeline then loads with every check. Returns why there is none.
 */
async function fetchBaseline(settings, github, context) {
    if (context?.kind !== 'pull_request')
        return 'baseline: auto compares pull requests only; this event has no base branch';
    if (!github.token)
        return 'baseline: auto needs github-token with actions: read';
    const found = await findBaselineReport({
        octokit: client(github.token),
        owner: context.owner,
        repo: context.repo,
        baseBranch: context.baseRef,
        ...(workflowFileFromRef(process.env.GITHUB_WORKFLOW_REF) ? { workflowFileOrId: workflowFileFromRef(process.env.GITHUB_WORKFLOW_REF) } : {}),
        artifactName: github.artifactName,
        download: actionsArtifactDownloader(github.token),
        logger,
    });
    if ('none' in found)
        return found.none;
    const file = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'factgate-baseline-')), 'baseline.json');
    await (0,promises_.writeFile)(file, found.text);
    core.info(`Baseline: the report of run ${found.runId} on ${context.baseRef} (${found.headSha.slice(0, 7)}).`);
    settings.baseline = file;
    return undefined;
}
/**
 * Patch coverage on a pull request without coverage-base: the lines the pull request adds,
 * from the files API, or git against the base commit when the API cannot give them all.
 */
async function pullRequestChanges(settings, github, context) {
    if (settings.coverage.length === 0 || settings.coverageBase !== null || context?.kind !== 'pull_request')
        return null;
    if (github.token) {
        const changed = await changedLinesFromPullRequest({ octokit: client(github.token), owner: context.owner, repo: context.repo, pullNumber: context.pullNumber, logger });
        if ('files' in changed)
            return changed.files;
        core.info(`Patch coverage from git instead: ${changed.fallback}`);
    }
    settings.coverageBase = context.baseSha;
    return null;
}
async function commentMode(github, context) {
    if (!github.token) {
        throw new errors/* ConfigurationError */.j1('the comment mode needs a token', { place: 'github-token', fix: 'pass github-token: ${{ github.token }} with pull-requests: write and actions: read' });
    }
    await runCommentCommand({
        octokit: client(github.token),
        context,
        logger,
        download: actionsArtifactDownloader(github.token),
        validateReport: validateReport,
        settings: { gateId: github.gateId, commentMode: github.commentMode, secrets: [github.token], artifactName: github.artifactName },
    });
}
function client(token) {
    return createGitHubClient({ token, logger, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) });
}
function setReportOutputs(report, reportPath) {
    const outputs = {
        verdict: report.verdict.status,
        'hallucination-rate': report.metrics.hallucinationRate.value?.toString() ?? '',
        'citation-coverage': report.metrics.citationCoverage.value?.toString() ?? '',
        'report-path': reportPath ?? '',
    };
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, value);
}


/***/ }),

/***/ 91721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ PROVIDER_DEFAULTS),
/* harmony export */   t: () => (/* binding */ settingsPlace)
/* harmony export */ });
/**
 * How factgate gets answers from the application under test, as the settings stage
 * hands it over: a command (one process per case, or a persistent worker) or an HTTP
 * endpoint. Run-wide knobs (concurrency, time-out, retries) live in ProviderRunOptions.
 */
const PROVIDER_DEFAULTS = {
    concurrency: 4,
    timeoutMs: 60_000,
    retries: 2,
    maxOutputBytes: 1024 * 1024,
    maxResponseBytes: 1024 * 1024,
    maxRetryWaitMs: 60_000,
    startupTimeoutMs: 60_000,
    answerPath: 'answer',
};
/** File and place of a provider field, for ConfigurationError. */
function settingsPlace(origin, field) {
    return {
        file: origin?.file ?? 'provider settings',
        place: origin?.describeKey ? origin.describeKey(field) : field,
    };
}


/***/ })

};
