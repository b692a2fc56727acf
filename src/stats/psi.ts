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
export const PSI_EPSILON = 1e-4;
export const PSI_DEFAULT_BINS = 10;
export const PSI_MODERATE = 0.1;
export const PSI_MAJOR = 0.25;

export interface PsiBin {
  /** Upper edge of the bin (Infinity for the last). */
  upper: number;
  baselineShare: number;
  headShare: number;
}

export interface PsiResult {
  psi: number;
  bins: PsiBin[];
  level: 'stable' | 'moderate' | 'major';
}

export function populationStabilityIndex(
  baseline: readonly number[],
  head: readonly number[],
  bins = PSI_DEFAULT_BINS,
  epsilon = PSI_EPSILON,
): PsiResult {
  if (baseline.length === 0 || head.length === 0) throw new RangeError('populationStabilityIndex: both samples need values');
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`populationStabilityIndex: bins must be an integer ≥ 2, got ${bins}`);
  for (const v of [...baseline, ...head]) {
    if (!Number.isFinite(v)) throw new RangeError(`populationStabilityIndex: values must be finite numbers, got ${v}`);
  }
  const sorted = Float64Array.from(baseline).sort();
  const edges = binEdges(sorted, bins);
  const expected = countIntoBins(baseline, edges);
  const actual = countIntoBins(head, edges);
  let psi = 0;
  const result: PsiBin[] = expected.map((count, i) => {
    const e = Math.max(count / baseline.length, epsilon);
    const a = Math.max(actual[i]! / head.length, epsilon);
    psi += (a - e) * Math.log(a / e);
    return { upper: edges[i] ?? Infinity, baselineShare: count / baseline.length, headShare: actual[i]! / head.length };
  });
  return { psi, bins: result, level: psi < PSI_MODERATE ? 'stable' : psi <= PSI_MAJOR ? 'moderate' : 'major' };
}

/** Upper edges of every bin but the last (which is open above). */
function binEdges(sorted: Float64Array, bins: number): number[] {
  const distinct: number[] = [];
  for (const v of sorted) if (distinct.length === 0 || v > distinct[distinct.length - 1]!) distinct.push(v);
  if (distinct.length <= bins) return distinct.slice(0, -1);
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const edge = linearQuantile(sorted, i / bins);
    if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
  }
  return edges;
}

/** numpy.quantile(method='linear') on sorted data, including its two-sided lerp. */
function linearQuantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const t = position - below;
  const a = sorted[below]!;
  const b = sorted[Math.min(below + 1, sorted.length - 1)]!;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Count of values per bin (edgeᵢ₋₁, edgeᵢ]. */
function countIntoBins(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    // First edge ≥ v (binary search), as numpy.searchsorted(side='left').
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edges[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    counts[lo]!++;
  }
  return counts;
}
