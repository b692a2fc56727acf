#!/usr/bin/env python3
"""Reference values from SciPy for factgate's statistics tests.

Reads one JSON object on stdin: {"function": NAME, "cases": [ARGS, ...]} and writes
{"scipy": VERSION, "results": [RESULT, ...]} on stdout, one result per case.
The tests send seeded random inputs here and compare the TypeScript implementation
with SciPy (and statsmodels where SciPy has no such function).
"""
import json
import sys

try:
    import numpy as np
    import scipy
    from scipy import special, stats
except ImportError as error:  # the test turns this into an install hint
    sys.stderr.write(f"SciPy is not importable: {error}\n")
    sys.exit(3)


def wilson(k, n, confidence):
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=confidence, method="wilson")
    return [ci.low, ci.high]


def exact_interval(k, n, confidence):
    # Clopper-Pearson through the beta quantiles (the closed form of the interval);
    # binomtest's 'exact' uses a root finder whose tolerance is coarser than 1e-9.
    alpha = 1 - confidence
    low = 0.0 if k == 0 else stats.beta.ppf(alpha / 2, k, n - k + 1)
    high = 1.0 if k == n else stats.beta.ppf(1 - alpha / 2, k + 1, n - k)
    return [low, high]


def fisher(a, b, c, d, alternative):
    result = stats.fisher_exact([[a, b], [c, d]], alternative=alternative)
    return [none_if_nan(result.statistic), result.pvalue]


def mcnemar(b, c):
    if b + c == 0:
        return 1.0
    return stats.binomtest(b, b + c, 0.5).pvalue


def mcnemar_statsmodels(b, c):
    from statsmodels.stats.contingency_tables import mcnemar as sm_mcnemar
    return sm_mcnemar([[0, b], [c, 0]], exact=True).pvalue


def two_proportion_z(x1, n1, x2, n2):
    from statsmodels.stats.proportion import proportions_ztest
    z, p = proportions_ztest([x1, x2], [n1, n2])
    return [float(z), float(p)]


def ks(x, y):
    result = stats.ks_2samp(x, y, alternative="two-sided", method="auto")
    return [result.statistic, result.pvalue]


def kolmogorov(t):
    return special.kolmogorov(t)


def smirnov(n, x):
    return special.smirnov(n, x)


def kstwo_sf(n, x):
    return stats.kstwo.sf(x, n)


def newcombe(x1, n1, x2, n2, confidence):
    from statsmodels.stats.proportion import confint_proportions_2indep
    low, high = confint_proportions_2indep(x1, n1, x2, n2, method="newcomb", compare="diff", alpha=1 - confidence)
    return [float(low), float(high)]


def ks_sided(x, y, alternative, method):
    result = stats.ks_2samp(x, y, alternative=alternative, method=method)
    return [result.statistic, result.pvalue]


def two_proportion_z_sided(x1, n1, x2, n2, alternative):
    from statsmodels.stats.proportion import proportions_ztest
    z, p = proportions_ztest([x1, x2], [n1, n2], alternative=alternative)
    return [float(z), float(p)]


def mcnemar_sided(b, c, alternative):
    if b + c == 0:
        return 1.0
    return stats.binomtest(b, b + c, 0.5, alternative=alternative).pvalue


def holm(pvalues):
    from statsmodels.stats.multitest import multipletests
    return list(multipletests(pvalues, method="holm")[1])


def ks_exact(x, y):
    result = stats.ks_2samp(x, y, alternative="two-sided", method="exact")
    return [result.statistic, result.pvalue]


def psi(baseline, head, bins, epsilon):
    # Edges: one bin per distinct baseline value when there are at most `bins` of them,
    # else the interior quantiles of the baseline (numpy's default linear method),
    # duplicates removed; bin i holds values in (edge[i-1], edge[i]].
    baseline = np.asarray(baseline, dtype=float)
    head = np.asarray(head, dtype=float)
    distinct = np.unique(baseline)
    if len(distinct) <= bins:
        edges = distinct[:-1]
    else:
        edges = np.unique(np.quantile(baseline, np.arange(1, bins) / bins))
    expected = np.bincount(np.searchsorted(edges, baseline, side="left"), minlength=len(edges) + 1)
    actual = np.bincount(np.searchsorted(edges, head, side="left"), minlength=len(edges) + 1)
    e = np.maximum(expected / len(baseline), epsilon)
    a = np.maximum(actual / len(head), epsilon)
    return float(np.sum((a - e) * np.log(a / e)))


def bh(pvalues):
    if hasattr(stats, "false_discovery_control"):
        return list(stats.false_discovery_control(pvalues, method="bh"))
    from statsmodels.stats.multitest import multipletests
    return list(multipletests(pvalues, method="fdr_bh")[1])


def normal(z):
    return [special.ndtr(z), stats.norm.sf(z)]


def normal_quantile(p):
    return [special.ndtri(p), stats.norm.isf(p)]


def gammaln(x):
    return special.gammaln(x)


def binom_pmf(k, n, p):
    return [stats.binom.pmf(k, n, p), stats.binom.logpmf(k, n, p)]


def none_if_nan(value):
    value = float(value)
    return None if value != value else value


FUNCTIONS = {
    "wilson": wilson,
    "exact_interval": exact_interval,
    "fisher": fisher,
    "mcnemar": mcnemar,
    "mcnemar_statsmodels": mcnemar_statsmodels,
    "two_proportion_z": two_proportion_z,
    "ks": ks,
    "ks_exact": ks_exact,
    "ks_sided": ks_sided,
    "two_proportion_z_sided": two_proportion_z_sided,
    "mcnemar_sided": mcnemar_sided,
    "holm": holm,
    "kolmogorov": kolmogorov,
    "smirnov": smirnov,
    "kstwo_sf": kstwo_sf,
    "newcombe": newcombe,
    "psi": psi,
    "bh": bh,
    "normal": normal,
    "normal_quantile": normal_quantile,
    "gammaln": gammaln,
    "binom_pmf": binom_pmf,
}


def to_json(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return [to_json(v) for v in value]
    if value is None:
        return None
    value = float(value)
    if value != value:
        return None
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def main():
    request = json.load(sys.stdin)
    function = FUNCTIONS[request["function"]]
    results = [to_json(function(*case)) for case in request["cases"]]
    json.dump({"scipy": scipy.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
