import type { Rate, Report } from './types.js';

/** Shared wording for every rendering, so the terminal and the comment say the same. */
export function percent(value: number | null, digits?: number): string {
  if (value === null) return 'n/a';
  const pct = value * 100;
  const d = digits ?? (pct !== 0 && Math.abs(pct) < 10 ? 2 : 1);
  return `${pct.toFixed(d)}%`;
}

export function rateText(rate: Rate): string {
  if (rate.value === null) return 'n/a (nothing to measure)';
  const ci = rate.ci ? ` [95% CI ${percent(rate.ci.lower)}–${percent(rate.ci.upper)}]` : '';
  return `${percent(rate.value)} (${rate.numerator}/${rate.denominator})${ci}`;
}

export const VERDICT_WORDS: Record<Report['verdict']['status'], string> = {
  pass: 'PASSED',
  fail: 'FAILED',
  error: 'COULD NOT DECIDE',
  overridden: 'OVERRIDDEN',
};

/** What the hallucination verdict was judged against, in words, once contexts are in play. */
const AGAINST_WORDS: Record<Report['settings']['judgeAgainst'], string> = {
  both: 'vs sources or contexts',
  sources: 'vs golden sources',
  contexts: 'vs retrieved contexts',
};

/** True when any case's response carried contexts: the retrieval rows are shown. */
export function hasContexts(report: Pick<Report, 'cases'>): boolean {
  return report.cases.some((c) => c.retrieval !== null);
}

type HeadlineRow = { label: string; rate: Rate; rule: string | null; threshold: number | null };

/** The headline metrics, in the order every rendering shows them (the retrieval rows only when contexts exist). */
export function headlineRows(report: Report): HeadlineRow[] {
  const t = report.policy.thresholds;
  const m = report.metrics;
  const retrieval = hasContexts(report);
  const hallucination = retrieval ? `Hallucination rate (${AGAINST_WORDS[report.settings.judgeAgainst]})` : 'Hallucination rate';
  return [
    { label: hallucination, rate: m.hallucinationRate, rule: 'max-hallucination-rate', threshold: t.maxHallucinationRate },
    { label: 'Citation coverage', rate: m.citationCoverage, rule: 'min-citation-coverage', threshold: t.minCitationCoverage },
    { label: 'Citation precision', rate: m.citationPrecision, rule: 'min-citation-precision', threshold: t.minCitationPrecision },
    { label: 'Cases with a hallucination', rate: m.caseHallucinationRate, rule: 'max-case-hallucination-rate', threshold: t.maxCaseHallucinationRate },
    { label: 'Expected-fact recall', rate: m.factRecall, rule: 'min-fact-recall', threshold: t.minFactRecall },
    // After the answer's figures, in the order of DESIGN.md: what the app retrieved.
    ...(retrieval ? retrievalRows(report) : []),
    { label: 'Answer rate', rate: m.answerRate, rule: null, threshold: null },
    { label: 'Undetermined claims', rate: m.undeterminedRate, rule: 'max-undetermined-rate', threshold: t.maxUndeterminedRate },
    { label: 'Errors / missing', rate: m.errorRate, rule: 'max-error-rate', threshold: t.maxErrorRate },
  ];
}

/** Faithfulness next to support by the golden sources, then the retriever's own scores. */
function retrievalRows(report: Report): HeadlineRow[] {
  const t = report.policy.thresholds;
  const m = report.metrics;
  // Metrics of an older baseline have no retrieval figures.
  const none: Rate = { value: null, numerator: 0, denominator: 0, ci: null };
  const rows: HeadlineRow[] = [
    { label: 'Faithfulness (to retrieved contexts)', rate: m.faithfulness ?? none, rule: 'min-faithfulness', threshold: t.minFaithfulness },
    { label: 'Golden-source support (same claims)', rate: m.sourceSupport ?? none, rule: null, threshold: null },
    { label: 'Ungrounded but true', rate: m.ungroundedButTrueRate ?? none, rule: null, threshold: null },
    { label: 'Context recall', rate: m.contextRecall ?? none, rule: 'min-context-recall', threshold: t.minContextRecall },
    { label: 'Context precision', rate: m.contextPrecision ?? none, rule: 'min-context-precision', threshold: t.minContextPrecision },
    { label: `Context precision@${m.contextPrecisionAtK?.k ?? 1}`, rate: m.contextPrecisionAtK ?? none, rule: null, threshold: null },
  ];
  // A figure without a threshold and nothing to count (no golden sources beside the contexts) is left out.
  return rows.filter((row) => row.rule !== null || row.rate.denominator > 0);
}

export function ruleStatus(report: Report, rule: string | null): 'fail' | 'warn' | 'ok' {
  if (rule === null) return 'ok';
  if (report.verdict.breaches.some((b) => b.rule === rule)) return 'fail';
  if (report.verdict.warnings.some((b) => b.rule === rule)) return 'warn';
  return 'ok';
}
