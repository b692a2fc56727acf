import { html, type SafeHtml } from './safe-html.js';

/**
 * Charts as inline SVG, drawn here from the report's numbers: no script, no external
 * resource, and the page's stylesheet colours them (class names, never style attributes,
 * which the page's Content-Security-Policy does not allow).
 */

export interface BarRow {
  label: string;
  value: number | null;
  /** The 95 % interval, drawn as a whisker across the bar. */
  ci?: { lower: number; upper: number } | null;
  /** The baseline run's value, drawn as a thinner bar under the head's. */
  baseline?: number | null;
}

export interface BarChartSpec {
  title: string;
  rows: readonly BarRow[];
  threshold: number | null;
  /** "max" thresholds are breached above the line, "min" thresholds below it. */
  thresholdKind: 'max' | 'min';
  /** The right end of the axis (1 for rates shown in full). */
  axisMax: number;
  format: (value: number) => string;
  /** Rows not drawn (shown in the table instead). */
  omitted?: number;
}

const WIDTH = 580;
const LABEL = 150;
const VALUE = 70;
const PLOT = WIDTH - LABEL - VALUE;
const ROW = 28;
const TOP = 20;
const BOTTOM = 24;

const n = (x: number): string => (Math.round(x * 10) / 10).toString();

export function horizontalBarChart(spec: BarChartSpec): SafeHtml {
  const withBaseline = spec.rows.some((r) => r.baseline !== undefined && r.baseline !== null);
  const height = TOP + spec.rows.length * ROW + BOTTOM;
  const x = (v: number): number => LABEL + (Math.min(Math.max(v, 0), spec.axisMax) / spec.axisMax) * PLOT;
  const breached = (v: number): boolean => spec.threshold !== null && (spec.thresholdKind === 'max' ? v > spec.threshold : v < spec.threshold);
  const rows = spec.rows.map((row, i) => {
    const y = TOP + i * ROW;
    const headHeight = withBaseline ? 12 : 16;
    const label = row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label;
    const bar =
      row.value === null
        ? html`<text class="muted" x="${n(LABEL + 4)}" y="${n(y + 14)}">nothing to measure</text>`
        : html`<rect class="bar head${breached(row.value) ? ' breach' : ''}" x="${LABEL}" y="${n(y + 3)}" width="${n(x(row.value) - LABEL)}" height="${headHeight}"><title>${row.label}: ${spec.format(row.value)}</title></rect>`;
    const ci = row.ci && row.value !== null ? html`<line class="whisker" x1="${n(x(row.ci.lower))}" x2="${n(x(row.ci.upper))}" y1="${n(y + 3 + headHeight / 2)}" y2="${n(y + 3 + headHeight / 2)}"/>` : '';
    const base =
      withBaseline && row.baseline !== undefined && row.baseline !== null
        ? html`<rect class="bar base" x="${LABEL}" y="${n(y + 17)}" width="${n(x(row.baseline) - LABEL)}" height="6"><title>${row.label}, baseline: ${spec.format(row.baseline)}</title></rect>`
        : '';
    return html`<g class="row"><text class="label" x="${LABEL - 8}" y="${n(y + 15)}">${label}</text>${bar}${ci}${base}<text class="value" x="${WIDTH - VALUE + 6}" y="${n(y + 15)}">${row.value === null ? 'n/a' : spec.format(row.value)}</text></g>`;
  });
  const threshold =
    spec.threshold === null
      ? ''
      : html`<line class="threshold" x1="${n(x(spec.threshold))}" x2="${n(x(spec.threshold))}" y1="${TOP - 6}" y2="${n(height - BOTTOM + 4)}"/><text class="threshold-label" x="${n(x(spec.threshold))}" y="${TOP - 10}">${spec.thresholdKind} ${spec.format(spec.threshold)}</text>`;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (t) => html`<text class="tick" x="${n(LABEL + t * PLOT)}" y="${n(height - 6)}">${spec.format(t * spec.axisMax)}</text>`,
  );
  const legend = withBaseline ? 'thick bar: this run · thin bar: baseline · whisker: 95 % interval' : 'whisker: 95 % interval';
  const omitted = spec.omitted ? html`<p class="muted">${spec.omitted} more in the table below.</p>` : '';
  return html`<figure class="chart"><figcaption>${spec.title}<span class="muted">${legend}</span></figcaption><svg role="img" aria-label="${spec.title}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${rows}${threshold}${ticks}</svg>${omitted}</figure>`;
}

/** Share of scores in each tenth of [0, 1] (1 goes in the last bin). */
export function scoreHistogram(scores: Iterable<number>, bins = 10): { shares: number[]; count: number } {
  const counts = new Array<number>(bins).fill(0);
  let count = 0;
  for (const score of scores) {
    if (!Number.isFinite(score)) continue;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(score * bins)));
    counts[bin]!++;
    count++;
  }
  return { shares: counts.map((c) => (count === 0 ? 0 : c / count)), count };
}

export function histogramChart(title: string, head: { shares: number[]; count: number }, baseline: { shares: number[]; count: number } | null): SafeHtml {
  const width = WIDTH;
  const height = 214;
  const left = 44;
  const top = 12;
  const bottom = 34;
  const plotW = width - left - 12;
  const plotH = height - top - bottom;
  const bins = head.shares.length;
  const top1 = Math.max(0.05, ...head.shares, ...(baseline?.shares ?? []));
  const yMax = Math.ceil(top1 * 10) / 10;
  const slot = plotW / bins;
  const barW = baseline ? slot * 0.38 : slot * 0.7;
  const y = (share: number): number => top + plotH - (share / yMax) * plotH;
  const pct = (v: number): string => `${Math.round(v * 100)}%`;
  const bars = head.shares.map((share, i) => {
    const x0 = left + i * slot + (baseline ? slot * 0.1 : slot * 0.15);
    const range = `${(i / bins).toFixed(1)}–${((i + 1) / bins).toFixed(1)}`;
    const headBar = html`<rect class="bar head" x="${n(x0)}" y="${n(y(share))}" width="${n(barW)}" height="${n(top + plotH - y(share))}"><title>score ${range}: ${pct(share)} of this run's claims</title></rect>`;
    const b = baseline?.shares[i];
    const baseBar =
      b === undefined
        ? ''
        : html`<rect class="bar base" x="${n(x0 + barW + slot * 0.04)}" y="${n(y(b))}" width="${n(barW)}" height="${n(top + plotH - y(b))}"><title>score ${range}: ${pct(b)} of the baseline's claims</title></rect>`;
    return html`${headBar}${baseBar}`;
  });
  const xTicks = [0, 0.5, 1].map((t) => html`<text class="tick" x="${n(left + t * plotW)}" y="${n(height - bottom + 16)}">${t.toFixed(1)}</text>`);
  const yTicks = [0, yMax / 2, yMax].map((t) => html`<text class="tick y" x="${left - 6}" y="${n(y(t) + 4)}">${pct(t)}</text><line class="grid" x1="${left}" x2="${n(left + plotW)}" y1="${n(y(t))}" y2="${n(y(t))}"/>`);
  const legend = baseline
    ? `dark: this run (${head.count} claims) · light: baseline (${baseline.count} claims); share of claims in each tenth of the score`
    : `${head.count} claims; share of claims in each tenth of the score`;
  return html`<figure class="chart"><figcaption>${title}<span class="muted">${legend}</span></figcaption><svg role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${yTicks}${bars}${xTicks}<text class="axis" x="${n(left + plotW / 2)}" y="${height - 4}">judge score (probability the claim is supported)</text></svg></figure>`;
}
