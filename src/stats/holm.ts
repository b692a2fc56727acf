/**
 * Holm's step-down adjusted p-values (family-wise error control, Holm 1979).
 *
 * With m p-values sorted ascending, p₍ᵢ₎ is adjusted to max over j ≤ i of (m − j + 1)·p₍ⱼ₎,
 * capped at 1; rejecting every adjusted p ≤ α keeps the chance of any false rejection at
 * or below α under any dependence between the tests. Results come back in the input
 * order. Computed by @stdlib/stats-padjust; matches statsmodels'
 * multipletests(method='holm').
 */
import padjust from '@stdlib/stats-padjust';

export function holm(pValues: readonly number[]): number[] {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holm: p-values must be in [0, 1], got ${p}`);
  }
  if (pValues.length === 0) return [];
  return Array.from(padjust([...pValues], 'holm'));
}
