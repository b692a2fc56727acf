/** Plain-words formatting for drift findings: one line a reader can act on. */

/** Numbers are worded as in every other rendering (src/report/format.ts). */
export { percent, points, pValue } from '../report/format.js';
import { points } from '../report/format.js';

/** At most `limit` ids, then how many more, so a comment stays readable. */
export function idList(ids: readonly string[], limit = 5): string {
  if (ids.length <= limit) return ids.join(', ');
  return `${ids.slice(0, limit).join(', ')} and ${(ids.length - limit).toLocaleString('en-US')} more`;
}

/** The minimum effect as an unsigned change in percentage points. */
export function minEffectPoints(minEffect: number): string {
  return points(minEffect).replace(/^[+±]/, '');
}

/**
 * The closing words of a finding. `minEffect` is already worded in the finding's unit
 * ("2.0 pp", "2.0% slower").
 */
export function verdictWords(
  direction: 'regression' | 'improvement' | 'none',
  significant: boolean,
  alpha: number,
  minEffect: string,
  pValueKnown: boolean,
): string {
  if (direction === 'none') return 'no change';
  if (significant) return `a significant ${direction}`;
  // One-sided tests look for regressions only; a measured gain is stated, never "significant".
  if (direction === 'improvement') return pValueKnown ? 'an improvement (only regressions are tested)' : 'an improvement';
  return pValueKnown
    ? `not significant at α = ${alpha} with a minimum effect of ${minEffect}`
    : `below the minimum effect of ${minEffect}`;
}
