/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate control).
 *
 * When many categories are tested at once, some will look significant by chance.
 * With m p-values sorted ascending, p₍ᵢ₎ is adjusted to min over j ≥ i of m·p₍ⱼ₎/j,
 * capped at 1; rejecting every adjusted p ≤ α keeps the expected share of false
 * discoveries at or below α (Benjamini & Hochberg 1995). Results come back in the input
 * order. Matches scipy.stats.false_discovery_control(method='bh').
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`benjaminiHochberg: p-values must be in [0, 1], got ${p}`);
  }
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, i } = order[rank - 1]!;
    running = Math.min(running, p * (m / rank));
    adjusted[i] = running;
  }
  return adjusted;
}
