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

/** The headline metrics, in the order every rendering shows them. */
export function headlineRows(report: Report): { label: string; rate: Rate; rule: string | null; threshold: number | null }[] {
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

export function ruleStatus(report: Report, rule: string | null): 'fail' | 'warn' | 'ok' {
  if (rule === null) return 'ok';
  if (report.verdict.breaches.some((b) => b.rule === rule)) return 'fail';
  if (report.verdict.warnings.some((b) => b.rule === rule)) return 'warn';
  return 'ok';
}
