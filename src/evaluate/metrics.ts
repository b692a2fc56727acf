import { quantileSorted } from 'simple-statistics';
import { wilsonInterval } from '../stats/index.js';
import type { CaseResult, CategoryMetrics, LatencySummary, Metrics, Rate } from '../report/types.js';
import { CONTEXT_PRECISION_K } from './retrieval.js';

/** A rate with its counts and Wilson 95 % interval; value and interval are null over nothing. */
export function rate(numerator: number, denominator: number): Rate {
  if (denominator === 0) return { value: null, numerator, denominator, ci: null };
  const { lower, upper } = wilsonInterval(numerator, denominator);
  return { value: numerator / denominator, numerator, denominator, ci: { lower, upper } };
}

/** Tallies shared by the overall and per-category figures. */
interface Tally {
  cases: number;
  evaluated: number;
  hallucinatedCases: number;
  claims: number;
  hallucinated: number;
  covered: number;
  facts: number;
  factsEntailed: number;
  supported: number;
  contradicted: number;
  unsupported: number;
  undetermined: number;
  nonClaims: number;
  citations: number;
  relevantCitations: number;
  fabricated: number;
  answerable: number;
  answered: number;
  failed: number;
  contextCases: number;
  /** Claims judged against contexts, and those the contexts entail. */
  contextClaims: number;
  faithful: number;
  /** Claims judged against both sides, those the golden sources entail, and of those the ones the contexts do not. */
  bothClaims: number;
  sourceSupported: number;
  ungrounded: number;
  recallItems: number;
  recallFound: number;
  passages: number;
  usefulPassages: number;
  topPassages: number;
  usefulTopPassages: number;
  averagePrecisionSum: number;
  averagePrecisionCases: number;
}

function tally(cases: readonly CaseResult[]): Tally {
  const t: Tally = {
    cases: 0, evaluated: 0, hallucinatedCases: 0, claims: 0, hallucinated: 0, covered: 0, facts: 0,
    factsEntailed: 0, supported: 0, contradicted: 0, unsupported: 0, undetermined: 0, nonClaims: 0,
    citations: 0, relevantCitations: 0, fabricated: 0, answerable: 0, answered: 0, failed: 0,
    contextCases: 0, contextClaims: 0, faithful: 0, bothClaims: 0, sourceSupported: 0, ungrounded: 0, recallItems: 0,
    recallFound: 0, passages: 0, usefulPassages: 0, topPassages: 0, usefulTopPassages: 0, averagePrecisionSum: 0,
    averagePrecisionCases: 0,
  };
  for (const c of cases) {
    if (c.status === 'not-run') continue;
    t.cases++;
    if (c.status === 'missing' || c.status === 'error') {
      t.failed++;
      continue;
    }
    t.evaluated++;
    if (c.hallucinated) t.hallucinatedCases++;
    if (c.expect === 'answer') {
      t.answerable++;
      if (c.status === 'answered') t.answered++;
      t.facts += c.facts.length;
      t.factsEntailed += c.facts.filter((f) => f.entailed).length;
    }
    t.nonClaims += c.nonClaims.length;
    tallyRetrieval(t, c);
    for (const claim of c.claims) {
      t.claims++;
      t[claim.verdict]++;
      if (claim.hallucinated) t.hallucinated++;
      if (claim.citationCovered) t.covered++;
      if (claim.contextsVerdict !== null) {
        t.contextClaims++;
        if (claim.contextsVerdict === 'supported') t.faithful++;
        if (claim.sourcesVerdict !== null) {
          t.bothClaims++;
          if (claim.sourcesVerdict === 'supported') t.sourceSupported++;
          if (claim.ungroundedButTrue) t.ungrounded++;
        }
      }
      for (const check of claim.citationChecks) {
        t.citations++;
        if (check.relevant) t.relevantCitations++;
        if (!check.known) t.fabricated++;
      }
    }
  }
  return t;
}

/** Context recall and precision from each case's retrieval section. */
function tallyRetrieval(t: Tally, c: CaseResult): void {
  const r = c.retrieval;
  if (r === null) return;
  t.contextCases++;
  for (const item of r.recall?.items ?? []) {
    t.recallItems++;
    if (item.found) t.recallFound++;
  }
  for (const context of r.contexts) {
    t.passages++;
    if (context.useful) t.usefulPassages++;
    if (context.rank <= CONTEXT_PRECISION_K) {
      t.topPassages++;
      if (context.useful) t.usefulTopPassages++;
    }
  }
  if (r.averagePrecision !== null) {
    t.averagePrecisionSum += r.averagePrecision;
    t.averagePrecisionCases++;
  }
}

/** The metrics of DESIGN.md, computed from case results only, so merged shards agree. */
export function computeMetrics(cases: readonly CaseResult[]): Metrics {
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
    contextPrecisionAtK: { ...rate(t.usefulTopPassages, t.topPassages), k: CONTEXT_PRECISION_K },
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

export function computeCategoryMetrics(cases: readonly CaseResult[]): CategoryMetrics[] {
  const groups = new Map<string, CaseResult[]>();
  for (const c of cases) {
    const list = groups.get(c.category) ?? [];
    list.push(c);
    groups.set(c.category, list);
  }
  return [...groups.keys()].sort().map((category) => {
    const t = tally(groups.get(category)!);
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
export function latencySummary(cases: readonly CaseResult[]): LatencySummary | null {
  const values = cases
    .map((c) => c.latencyMs)
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (values.length === 0) return null;
  return {
    count: values.length,
    p50: quantileSorted(values, 0.5),
    p95: quantileSorted(values, 0.95),
    p99: quantileSorted(values, 0.99),
  };
}
