import type { Report } from '../report/types.js';

/** The outputs a report gives, in the gate and in the comment step alike (names in OUTPUTS, src/settings/options.ts). */
export function reportOutputs(report: Pick<Report, 'verdict' | 'metrics'>, reportPath: string | null): Record<'verdict' | 'hallucination-rate' | 'citation-coverage' | 'report-path', string> {
  return {
    verdict: report.verdict.status,
    'hallucination-rate': report.metrics.hallucinationRate.value?.toString() ?? '',
    'citation-coverage': report.metrics.citationCoverage.value?.toString() ?? '',
    'report-path': reportPath ?? '',
  };
}
