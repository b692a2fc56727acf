import { headlineRows, percent, VERDICT_WORDS } from '../format.js';
import { metricRows } from '../rows.js';
import type { CategoryMetrics, Rate, Report } from '../types.js';
import { histogramChart, horizontalBarChart, scoreHistogram, type BarRow } from './charts.js';
import { html, type SafeHtml } from './safe-html.js';

/** The baseline facts the overview compares with. */
export type BaselineView = Pick<Report, 'metrics' | 'categories' | 'cases'>;

const MAX_CHART_ROWS = 25;
const MAX_COVERAGE_FILES = 20;

export function verdictHeader(report: Report): SafeHtml {
  const v = report.verdict;
  const run = report.run;
  const meta = [
    `policy ${report.policy.name}`,
    `${report.metrics.counts.cases} cases`,
    `${report.metrics.counts.claims} claims`,
    `judge ${report.settings.judge.name}`,
    run.gitSha ? `commit ${run.gitSha.slice(0, 12)}` : null,
    run.ref,
    `run ${run.startedAt}`,
    `factgate ${report.tool.version}`,
  ].filter((part): part is string => Boolean(part));
  const runLink = run.runUrl && /^https:\/\//.test(run.runUrl) ? html` · <a href="${run.runUrl}" rel="noreferrer">workflow run</a>` : '';
  return html`<header class="verdict ${v.status}" id="top"><h1><span class="badge">${VERDICT_WORDS[v.status]}</span> factgate report</h1><p class="summary" id="summary">${summarySentence(report)}</p><p class="meta">${meta.join(' · ')}${runLink}</p></header>`;
}

/** One sentence a reader can stop at: the verdict, why, and the two headline rates. */
export function summarySentence(report: Report): string {
  const v = report.verdict;
  const m = report.metrics;
  const verb = { pass: 'passed', fail: 'failed', error: 'could not decide', overridden: 'failed and was overridden' }[v.status];
  const why =
    v.breaches.length > 0
      ? `${v.breaches.length === 1 ? 'one breach' : `${v.breaches.length} breaches`} (${breachedRules(v.breaches)})`
      : v.status === 'pass'
        ? 'every threshold met'
        : (v.notes[0] ?? report.run.partialReason ?? 'see the reasons below');
  const rates =
    m.counts.claims === 0
      ? 'no claims were judged'
      : `${m.hallucinationRate.numerator} of ${m.counts.claims} claims are hallucinated (${percent(m.hallucinationRate.value)}) and ${m.citationCoverage.numerator} are backed by their citations (${percent(m.citationCoverage.value)})`;
  return `The gate ${verb} under the ${report.policy.name} policy: ${why}. ${rates}, over ${m.counts.cases} cases.`;
}

/** "max-hallucination-rate, min-citation-coverage and 9 × regression". */
function breachedRules(breaches: Report['verdict']['breaches']): string {
  const counts = new Map<string, number>();
  for (const b of breaches) counts.set(b.rule, (counts.get(b.rule) ?? 0) + 1);
  const parts = [...counts].map(([rule, count]) => (count === 1 ? rule : `${count} × ${rule}`));
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** One line per rule; a rule breached several times (each significant regression) folds its messages. */
function grouped(breaches: Report['verdict']['breaches'], kind: 'fail' | 'warn'): SafeHtml[] {
  const byRule = new Map<string, string[]>();
  for (const b of breaches) byRule.set(b.rule, [...(byRule.get(b.rule) ?? []), b.message]);
  return [...byRule].map(([rule, messages]) =>
    messages.length === 1
      ? html`<li class="${kind}"><code>${rule}</code> ${messages[0]}</li>`
      : html`<li class="${kind}"><details><summary><code>${rule}</code> ${kind === 'fail' ? 'breached' : 'warned'} ${messages.length} times</summary><ul>${messages.map((m) => html`<li>${m}</li>`)}</ul></details></li>`,
  );
}

function reasons(report: Report): SafeHtml {
  const v = report.verdict;
  const items = [
    ...(v.override
      ? [html`<li class="overridden">Overridden by ${v.override.by} (${v.override.permission}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${v.override.at}; waived: ${v.override.waived.join(', ')}</li>`]
      : []),
    ...grouped(v.breaches, 'fail'),
    ...grouped(v.warnings, 'warn'),
    ...v.notes.map((note) => html`<li class="note">${note}</li>`),
    ...(report.run.partial ? [html`<li class="note">Partial run: ${report.run.partialReason ?? 'incomplete'}</li>`] : []),
  ];
  return items.length === 0 ? html`` : html`<ul class="reasons">${items}</ul>`;
}

function interval(rate: Rate): string {
  return rate.ci ? `${percent(rate.ci.lower)} – ${percent(rate.ci.upper)}` : '';
}

function changeCell(value: number | null, before: number | null, lowerIsBetter: boolean): SafeHtml {
  if (value === null || before === null) return html`<td class="num">—</td>`;
  const delta = (value - before) * 100;
  if (Math.abs(delta) < 0.005) return html`<td class="num">0 pts</td>`;
  const worse = delta > 0 === lowerIsBetter;
  return html`<td class="num ${worse ? 'worse' : 'better'}">${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)} pts</td>`;
}

function metricsTable(report: Report, baseline: BaselineView | null): SafeHtml {
  const baseRows = baseline ? headlineRows({ ...report, metrics: baseline.metrics }) : null;
  // The same status as the comment's table: every rule that touches the row.
  const statuses = metricRows(report).map((row) => (row.status === 'none' ? 'ok' : row.status));
  const rows = headlineRows(report).map((row, i) => {
    const status = statuses[i] ?? 'ok';
    const before = baseRows?.[i]?.rate.value ?? null;
    const lowerIsBetter = row.rule?.startsWith('max-') ?? false;
    const threshold = row.threshold === null ? '' : `${row.rule!.startsWith('max') ? '≤' : '≥'} ${percent(row.threshold)}`;
    return html`<tr class="${status}"><th scope="row">${row.label}</th><td class="num">${percent(row.rate.value)}</td><td class="num">${row.rate.numerator} / ${row.rate.denominator}</td><td class="num">${interval(row.rate)}</td><td class="num">${threshold}</td>${
      baseline ? html`<td class="num">${percent(before)}</td>${changeCell(row.rate.value, before, lowerIsBetter)}` : ''
    }<td class="status">${status === 'fail' ? 'breached' : status === 'warn' ? 'warning' : ''}</td></tr>`;
  });
  const head = baseline ? html`<th>Baseline</th><th>Change</th>` : '';
  return html`<table class="metrics" id="metrics"><thead><tr><th>Metric</th><th>This run</th><th>Count</th><th>95 % interval</th><th>Threshold</th>${head}<th></th></tr></thead><tbody>${rows}</tbody></table>`;
}

function categoryRows(report: Report, pick: (c: CategoryMetrics) => Rate, baseline: BaselineView | null): { rows: BarRow[]; omitted: number } {
  const before = new Map((baseline?.categories ?? []).map((c) => [c.category, pick(c).value]));
  const all = report.categories.map((c) => ({ label: c.category, value: pick(c).value, ci: pick(c).ci, ...(baseline ? { baseline: before.get(c.category) ?? null } : {}) }));
  return { rows: all.slice(0, MAX_CHART_ROWS), omitted: Math.max(0, all.length - MAX_CHART_ROWS) };
}

function categoryCharts(report: Report, baseline: BaselineView | null): SafeHtml {
  if (report.categories.length === 0) return html``;
  const t = report.policy.thresholds;
  const hall = categoryRows(report, (c) => c.hallucinationRate, baseline);
  const highest = Math.max(t.maxHallucinationRate ?? 0, ...hall.rows.flatMap((r) => [r.value ?? 0, r.ci?.upper ?? 0, r.baseline ?? 0]));
  // Hallucination rates are usually small: the axis ends a little past the largest value shown.
  const axisMax = Math.min(1, Math.max(0.05, Math.ceil(highest * 1.15 * 20) / 20));
  const cov = categoryRows(report, (c) => c.citationCoverage, baseline);
  return html`<div class="charts">${horizontalBarChart({
    title: 'Hallucination rate per category',
    rows: hall.rows,
    threshold: t.maxHallucinationRate,
    thresholdKind: 'max',
    axisMax,
    format: (v) => percent(v),
    omitted: hall.omitted,
  })}${horizontalBarChart({
    title: 'Citation coverage per category',
    rows: cov.rows,
    threshold: t.minCitationCoverage,
    thresholdKind: 'min',
    axisMax: 1,
    format: (v) => percent(v, { digits: 0 }),
    omitted: cov.omitted,
  })}</div>`;
}

function* claimScores(cases: BaselineView['cases']): Generator<number> {
  for (const c of cases) for (const claim of c.claims) yield claim.score;
}

function scoreChart(report: Report, baseline: BaselineView | null): SafeHtml {
  if (report.metrics.counts.claims === 0) return html``;
  const head = scoreHistogram(claimScores(report.cases));
  const base = baseline ? scoreHistogram(claimScores(baseline.cases)) : null;
  return histogramChart(baseline ? 'Judge-score distribution, this run against the baseline' : 'Judge-score distribution', head, base && base.count > 0 ? base : null);
}

function categoryTable(report: Report, baseline: BaselineView | null): SafeHtml {
  if (report.categories.length === 0) return html``;
  const before = new Map((baseline?.categories ?? []).map((c) => [c.category, c]));
  const rows = report.categories.map((c) => {
    const b = before.get(c.category);
    return html`<tr><th scope="row">${c.category}</th><td class="num">${c.cases}</td><td class="num">${percent(c.hallucinationRate.value)}</td><td class="num">${c.hallucinationRate.numerator} / ${c.hallucinationRate.denominator}</td>${
      baseline ? html`<td class="num">${percent(b?.hallucinationRate.value ?? null)}</td>` : ''
    }<td class="num">${percent(c.citationCoverage.value)}</td>${baseline ? html`<td class="num">${percent(b?.citationCoverage.value ?? null)}</td>` : ''}<td class="num">${percent(c.caseHallucinationRate.value)}</td><td class="num">${percent(c.factRecall.value)}</td></tr>`;
  });
  const b = (label: string): SafeHtml | string => (baseline ? html`<th>${label}</th>` : '');
  return html`<table class="categories" id="categories"><thead><tr><th>Category</th><th>Cases</th><th>Hallucination</th><th>Claims</th>${b('Baseline')}<th>Citation coverage</th>${b('Baseline')}<th>Cases with a hallucination</th><th>Fact recall</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function driftSection(report: Report): SafeHtml {
  const d = report.drift;
  if (!d) return html`<section id="drift"><h2>Against the baseline</h2><p class="muted">No baseline was given, so nothing was compared.</p></section>`;
  if (d.status !== 'compared') return html`<section id="drift"><h2>Against the baseline</h2><p class="muted">${d.status === 'skipped' ? 'Not compared' : 'Not comparable'}: ${d.reason ?? 'no reason given'}.</p></section>`;
  const significant = d.findings.filter((f) => f.significant);
  const rest = d.findings.filter((f) => !f.significant);
  const item = (f: (typeof d.findings)[number]): SafeHtml =>
    html`<li class="${f.significant ? f.direction : 'none'}"><span class="mark">${f.significant ? (f.direction === 'regression' ? '▼' : '▲') : '·'}</span> ${f.explanation}${f.role === 'descriptive' ? html` <span class="muted">(descriptive)</span>` : ''}</li>`;
  const base = d.baseline;
  return html`<section id="drift"><h2>Against the baseline</h2><p>${d.cases.compared} unchanged cases compared; ${d.cases.added.length} added, ${d.cases.removed.length} removed, ${d.cases.changed.length} changed${
    base ? html` (baseline ${base.file}${base.gitSha ? `, commit ${base.gitSha.slice(0, 12)}` : ''})` : ''
  }.</p>${significant.length === 0 ? html`<p>No significant change.</p>` : html`<ul class="findings">${significant.map(item)}</ul>`}${
    rest.length > 0 ? html`<details><summary>${rest.length} other tests, not significant</summary><ul class="findings">${rest.map(item)}</ul></details>` : ''
  }</section>`;
}

function coverageSection(report: Report): SafeHtml {
  const c = report.coverage;
  if (!c) return html``;
  const t = report.policy.thresholds;
  const files = c.files
    .filter((f) => f.lines.rate !== null)
    .sort((a, b) => a.lines.rate! - b.lines.rate! || a.path.localeCompare(b.path));
  const shown = files.slice(0, MAX_COVERAGE_FILES);
  const chart =
    shown.length === 0
      ? ''
      : horizontalBarChart({
          title: files.length > shown.length ? `Line coverage of the ${shown.length} least covered files (of ${files.length})` : 'Line coverage by file',
          rows: shown.map((f) => ({ label: f.path.split('/').slice(-2).join('/'), value: f.lines.rate })),
          threshold: t.minLineCoverage,
          thresholdKind: 'min',
          axisMax: 1,
          format: (v) => percent(v, { digits: 0 }),
        });
  const totals = [
    html`<tr><th scope="row">Lines</th><td class="num">${percent(c.lines.rate)}</td><td class="num">${c.lines.covered} / ${c.lines.total}</td></tr>`,
    html`<tr><th scope="row">Branches</th><td class="num">${percent(c.branches.rate)}</td><td class="num">${c.branches.covered} / ${c.branches.total}</td></tr>`,
    c.patch ? html`<tr><th scope="row">Patch (changed lines)</th><td class="num">${percent(c.patch.rate)}</td><td class="num">${c.patch.covered} / ${c.patch.total}</td></tr>` : '',
  ];
  const warnings = c.warnings.length > 0 ? html`<ul class="reasons">${c.warnings.map((w) => html`<li class="warn">${w}</li>`)}</ul>` : '';
  return html`<section id="coverage"><h2>Code coverage</h2><table class="coverage"><tbody>${totals}</tbody></table>${warnings}${chart}</section>`;
}

export function overview(report: Report, baseline: BaselineView | null): SafeHtml {
  return html`<section id="overview"><h2>Overview</h2>${reasons(report)}${metricsTable(report, baseline)}${categoryCharts(report, baseline)}${scoreChart(report, baseline)}${
    report.categories.length > 1 ? html`<h3>By category</h3>${categoryTable(report, baseline)}` : ''
  }</section>${driftSection(report)}${coverageSection(report)}`;
}
