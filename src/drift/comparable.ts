/**
 * Whether two reports can be compared at all. Different judges (or judge versions)
 * score claims differently, so their rates differ for reasons that are not the app's;
 * such a baseline is reported as not comparable, never silently compared.
 */
import type { UnjudgedReport } from '../report/types.js';

/** null when comparable, otherwise the reason in plain words. */
export function notComparableReason(head: UnjudgedReport, baseline: UnjudgedReport): string | null {
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
