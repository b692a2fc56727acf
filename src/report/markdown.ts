import { createHash } from 'node:crypto';
import { codeBlock, codeSpan, escapeHtml, escapeMarkdownInline, escapeTableCell } from '../shared/escape.js';
import { COMMENT_LIMIT, fitToBudget, type BudgetSection, type FitResult, type SizeLimit } from './budget.js';
import { effectWords, findingGate, findingPlainWords, gateWords, summarySentence, verdictLines } from './summary.js';
import { count, errorHeadline, failedAt, failingCases, lineRanges, METRIC_LABELS, percent, plural, points, pValue, rangeText, rateInterval, type FailingCase } from './format.js';
import { baselineFigures, changeText, metricRows, thresholdText, valueText, type MetricRow } from './rows.js';
import type { BaselineFigures, ClaimResult, DriftFinding, Report } from './types.js';

/**
 * The Markdown report: the pull-request comment body, the check-run summary and the job
 * summary. One summary sentence, then one line per failed rule, then the one metrics table
 * (every row's status from every rule that touches it), then drift in plain words, then the
 * evidence. Every piece of untrusted text (answers, questions, claims, sources, ids, paths)
 * is escaped here, and the document is fitted to the destination's size limit by leaving
 * out whole sections or whole items (see budget.ts), never by cutting one. Secrets are not
 * this module's: the report comes masked, and the sink that posts the text masks it again.
 */

export interface MarkdownOptions {
  /** Where the text goes; default: the pull-request comment. */
  limit?: SizeLimit;
  /** The baseline's figures; default: those the report recorded when it was compared. */
  baseline?: BaselineFigures | null;
  /** Link to the report artifact (the run link comes from the report). */
  artifactUrl?: string | null;
  /** The pull request's number, for links from uncovered lines to its diff. */
  pullNumber?: number | null;
  /** Extra sentences to show under the verdict (for example, overrides that did not count). */
  notes?: readonly string[];
}

/** Budget order: lower numbers are left out first. The verdict, metrics and links always stay. */
const DROP_ORDER = { chart: 1, allRules: 2, uncoveredLines: 3, failingCases: 4, categories: 5, driftStatistics: 6, drift: 7, coverage: 8 } as const;
const MAX_CATEGORY_ROWS = 50;
const MAX_DRIFT_LINES = 8;
const MAX_STATISTICS_ROWS = 60;
const MAX_CASES = 300;
const MAX_CHART_CATEGORIES = 12;
const MAX_UNCOVERED_FILES = 60;

const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌', none: '—' } as const;
const VERDICT_ICON: Record<Report['verdict']['status'], string> = { pass: '✅', fail: '❌', error: '❌', overridden: '🟡' };
const VERDICT_TITLE: Record<Report['verdict']['status'], string> = { pass: 'passed', fail: 'failed', error: 'could not decide', overridden: 'overridden' };

/** The report as Markdown within `options.limit` (the comment limit by default). */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return renderMarkdownFitted(report, options).markdown;
}

/** Like `renderMarkdown`, also saying which parts were left out. */
export function renderMarkdownFitted(report: Report, options: MarkdownOptions = {}): FitResult {
  const sections = renderMarkdownSections(report, options);
  const whereToFindTheRest = options.artifactUrl
    ? `Everything is in the [report artifact](${safeUrl(options.artifactUrl)}).`
    : 'Everything is in the report JSON.';
  return fitToBudget(sections, options.limit ?? COMMENT_LIMIT, { whereToFindTheRest });
}

/** The report as budget sections, in reading order. */
export function renderMarkdownSections(report: Report, options: MarkdownOptions = {}): BudgetSection[] {
  const figures = baselineFigures(report, options.baseline ?? null);
  const rows = metricRows(report, figures);
  const verdict = verdictLines(report, options.notes ?? []);
  const sections: BudgetSection[] = [
    { id: 'verdict', label: 'verdict', blocks: [`### ${VERDICT_ICON[report.verdict.status]} factgate ${VERDICT_TITLE[report.verdict.status]}: ${escapeMarkdownInline(summarySentence(report, figures), { maxLength: 300 })}`, ...(verdict.shown ? [verdict.shown] : [])] },
  ];
  if (verdict.all) sections.push({ id: 'all-rules', label: 'list of every breach', blocks: [verdict.all], dropOrder: DROP_ORDER.allRules });
  sections.push({ id: 'metrics', label: 'metrics table', blocks: [metricsTable(rows, figures !== null)] });
  const chart = categoryChart(report, figures);
  if (chart) sections.push({ id: 'chart', label: 'chart', blocks: [chart], dropOrder: DROP_ORDER.chart });
  if (report.drift) sections.push({ id: 'drift', label: 'comparison with the baseline', blocks: driftBlocks(report), dropOrder: DROP_ORDER.drift });
  const statistics = report.drift ? driftStatistics(report.drift) : null;
  if (statistics) sections.push({ id: 'drift-statistics', label: 'drift statistics', blocks: [statistics], dropOrder: DROP_ORDER.driftStatistics });
  if (report.categories.length > 1) {
    sections.push({ id: 'categories', label: 'per-category table', blocks: [categoryTable(report, figures)], dropOrder: DROP_ORDER.categories });
  }
  if (report.coverage) {
    if (report.coverage.warnings.length > 0) sections.push({ id: 'coverage', label: 'coverage warnings', blocks: [coverageWarnings(report.coverage)], dropOrder: DROP_ORDER.coverage });
    const uncovered = uncoveredLines(report, options.pullNumber ?? null);
    if (uncovered) sections.push({ id: 'uncovered', label: 'list of uncovered changed lines', blocks: [uncovered], dropOrder: DROP_ORDER.uncoveredLines });
  }
  const failing = failingCases(report);
  if (failing.length > 0) {
    const items = caseItems(failing.slice(0, MAX_CASES), failing);
    sections.push({
      id: 'failing-cases',
      label: 'failing cases',
      blocks: [casesHeading(failing), ...items.map((i) => i.block)],
      dropOrder: DROP_ORDER.failingCases,
      dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases', itemsPerBlock: items.map((i) => i.cases), total: failing.length },
    });
  }
  sections.push({ id: 'links', label: 'links', blocks: [linksLine(report, options.artifactUrl ?? null)] });
  return sections;
}

function metricsTable(rows: readonly MetricRow[], hasBaseline: boolean): string {
  const out = hasBaseline
    ? ['| Metric | Value | Baseline | Change | Threshold | Status |', '| --- | ---: | ---: | ---: | ---: | :---: |']
    : ['| Metric | Value | Threshold | Status |', '| --- | ---: | ---: | :---: |'];
  for (const row of rows) {
    const counts = row.counts ? ` (${count(row.counts.numerator)}/${count(row.counts.denominator)})` : '';
    const ci = row.ci ? `<br><sub>${rateInterval(row.ci)}</sub>` : '';
    const value = row.value === null ? 'n/a' : `**${valueText(row)}**${counts}${ci}`;
    // A red mark only where the gate calls the change a significant regression.
    const change = `${changeText(row)}${row.significantRegression ? ' 🔴' : ''}`;
    const cells = hasBaseline ? [row.label, value, percent(row.baseline), change, thresholdText(row), STATUS_ICON[row.status]] : [row.label, value, thresholdText(row), STATUS_ICON[row.status]];
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out.join('\n');
}

function worstCategories(report: Report) {
  return [...report.categories].sort(
    (a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category),
  );
}

function categoryTable(report: Report, figures: BaselineFigures | null): string {
  const baseOf = new Map((figures?.categories ?? []).map((c) => [c.category, c]));
  const significant = new Set(
    (report.drift?.findings ?? []).filter((f) => f.metric === 'hallucinationRate' && f.significant && f.direction === 'regression').map((f) => f.scope),
  );
  const rows = worstCategories(report);
  const out = figures
    ? ['| Category | Cases | Hallucination rate | Baseline | Change | Citation coverage | Fact recall |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |']
    : ['| Category | Cases | Hallucination rate | Citation coverage | Fact recall |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const c of rows.slice(0, MAX_CATEGORY_ROWS)) {
    const base = baseOf.get(c.category)?.hallucinationRate.value ?? null;
    const value = `${percent(c.hallucinationRate.value)} (${count(c.hallucinationRate.numerator)}/${count(c.hallucinationRate.denominator)})`;
    const change = c.hallucinationRate.value !== null && base !== null ? `${points(c.hallucinationRate.value - base)}${significant.has(c.category) ? ' 🔴' : ''}` : '—';
    const cells = [escapeTableCell(c.category, { maxLength: 60 }), count(c.cases), value, ...(figures ? [percent(base), change] : []), percent(c.citationCoverage.value), percent(c.factRecall.value)];
    out.push(`| ${cells.join(' | ')} |`);
  }
  const more = rows.length > MAX_CATEGORY_ROWS ? `\n\nThe ${count(rows.length - MAX_CATEGORY_ROWS)} categories with the lowest hallucination rates are in the report JSON.` : '';
  return `<details><summary>By category (${count(rows.length)})</summary>\n\n${out.join('\n')}${more}\n\n</details>`;
}

/** A Mermaid label: only letters, digits and a few separators survive; Mermaid reads the rest. */
function chartLabel(text: string): string {
  const clean = text.replace(/[^\p{L}\p{N} _./-]/gu, ' ').replace(/\s+/g, ' ').trim();
  return `"${Array.from(clean || '?').slice(0, 24).join('')}"`;
}

/**
 * Hallucination rate per category: bars for this run, a line for the baseline and a flat
 * line for the threshold. Drawn only with two or more categories and when some category
 * hallucinates (an all-zero chart says nothing a sentence does not).
 */
function categoryChart(report: Report, figures: BaselineFigures | null): string | null {
  const categories = worstCategories(report).filter((c) => c.hallucinationRate.value !== null).slice(0, MAX_CHART_CATEGORIES);
  if (categories.length < 2) return null;
  const baseOf = new Map((figures?.categories ?? []).map((c) => [c.category, c.hallucinationRate.value]));
  const head = categories.map((c) => round((c.hallucinationRate.value ?? 0) * 100));
  const base = categories.map((c) => round((baseOf.get(c.category) ?? 0) * 100));
  if (head.every((v) => v === 0) && (!figures || base.every((v) => v === 0))) return null;
  const threshold = report.policy.thresholds.maxHallucinationRate;
  const top = Math.max(1, ...head, ...(figures ? base : []), threshold === null ? 0 : threshold * 100) * 1.1;
  const lines = [
    'xychart-beta',
    '  title "Hallucination rate by category (%)"',
    `  x-axis [${categories.map((c) => chartLabel(c.category)).join(', ')}]`,
    `  y-axis "%" 0 --> ${round(top)}`,
    `  bar [${head.join(', ')}]`,
  ];
  if (figures) lines.push(`  line [${base.join(', ')}]`);
  if (threshold !== null) lines.push(`  line [${categories.map(() => round(threshold * 100)).join(', ')}]`);
  // Mermaid charts have no legend: say under the chart what each series is.
  const legend = ['Bars: this run', figures ? 'line: the baseline' : null, threshold === null ? null : `flat line: the threshold, ${percent(threshold)}`].filter(Boolean).join(' · ');
  return `${['```mermaid', ...lines, '```'].join('\n')}\n\n<sub>${legend}</sub>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function coverageWarnings(coverage: NonNullable<Report['coverage']>): string {
  const shown = coverage.warnings.slice(0, 20).map((w) => `- ⚠️ ${escapeMarkdownInline(w, { maxLength: 300 })}`);
  if (coverage.warnings.length > 20) shown.push(`- … ${count(coverage.warnings.length - 20)} more in the report JSON`);
  return `<details><summary>Coverage warnings (${count(coverage.warnings.length)})</summary>\n\n${shown.join('\n')}\n\n</details>`;
}

function uncoveredLines(report: Report, pullNumber: number | null): string | null {
  const files = report.coverage?.patch?.uncovered.filter((f) => f.lines.length > 0) ?? [];
  if (files.length === 0) return null;
  const link = lineLink(report, pullNumber);
  const lines = files.slice(0, MAX_UNCOVERED_FILES).map((f) => {
    const ranges = lineRanges(f.lines);
    const shown = ranges.slice(0, 30).map((r) => {
      const url = link(f.path, r.start, r.end);
      return url ? `[${rangeText(r)}](${url})` : rangeText(r);
    });
    return `- ${codeSpan(f.path, { maxLength: 200 })}: ${shown.join(', ')}${ranges.length > 30 ? ', …' : ''}`;
  });
  if (files.length > MAX_UNCOVERED_FILES) lines.push(`- … ${count(files.length - MAX_UNCOVERED_FILES)} more files`);
  return `<details><summary>Changed lines without coverage (${plural(files.length, 'file')})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

/** Links from line ranges to the pull request's diff (GitHub anchors a file by the SHA-256 of its path), or to the file at the commit. */
function lineLink(report: Report, pullNumber: number | null): (path: string, start: number, end: number) => string | null {
  const repo = repositoryUrl(report);
  if (repo && pullNumber !== null && Number.isSafeInteger(pullNumber) && pullNumber > 0) {
    const pull = `${repo}/pull/${pullNumber}`;
    return (path, start, end) => `${pull}/files#diff-${createHash('sha256').update(path).digest('hex')}R${start}${end > start ? `-R${end}` : ''}`;
  }
  const sha = report.run.gitSha;
  if (!repo || !sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return () => null;
  return (path, start, end) => `${repo}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${start}${end > start ? `-L${end}` : ''}`;
}

function driftBlocks(report: Report): string[] {
  const drift = report.drift!;
  const since = drift.baseline?.gitSha ? ` ${commitLink(report, drift.baseline.gitSha)}` : '';
  const heading = `#### Compared with the baseline${since}`;
  if (drift.status !== 'compared') {
    return [heading, `Not compared: ${escapeMarkdownInline(drift.reason ?? drift.status, { maxLength: 300 })}`];
  }
  const changed = [
    drift.cases.added.length ? `${count(drift.cases.added.length)} added` : null,
    drift.cases.removed.length ? `${count(drift.cases.removed.length)} removed` : null,
    drift.cases.changed.length ? `${count(drift.cases.changed.length)} changed` : null,
  ].filter(Boolean);
  const scope = `${plural(drift.cases.compared, 'unchanged case')} compared${changed.length ? ` (${changed.join(', ')} since the baseline, not compared)` : ''}.`;
  const regressions = drift.findings.filter((f) => f.significant && f.direction === 'regression');
  if (regressions.length === 0) {
    const improved = drift.findings.filter((f) => f.direction === 'improvement' && f.role === 'gating').length;
    return [heading, `${scope} No significant regression${improved ? `; ${plural(improved, 'measure')} improved` : ''}.`];
  }
  // Those that fail the gate first, then those that warn.
  const order = { fail: 0, warn: 1, none: 2 } as const;
  const sorted = [...regressions].sort((a, b) => order[findingGate(report, a)] - order[findingGate(report, b)]);
  const lines = sorted.slice(0, MAX_DRIFT_LINES).map((f) => {
    const gate = findingGate(report, f);
    return `- ${gate === 'fail' ? '🔴' : gate === 'warn' ? '⚠️' : 'ℹ️'} ${escapeMarkdownInline(findingPlainWords(f), { maxLength: 400 })} — ${gateWords(gate)}.`;
  });
  if (sorted.length > MAX_DRIFT_LINES) lines.push(`- … and ${count(sorted.length - MAX_DRIFT_LINES)} more significant regressions, in the statistics below.`);
  return [heading, `${scope} ${plural(regressions.length, 'significant regression')}:`, lines.join('\n')];
}

/** Every test against the baseline, numbers only: the words are above, the reasoning in the report. */
function driftStatistics(drift: NonNullable<Report['drift']>): string | null {
  if (drift.status !== 'compared' || drift.findings.length === 0) return null;
  const rows = ['| Metric | Where | Test | Change | p | Adjusted p | Result |', '| --- | --- | --- | ---: | ---: | ---: | --- |'];
  const sorted = [...drift.findings].sort((a, b) => Number(b.significant) - Number(a.significant) || (a.adjustedPValue ?? a.pValue ?? 1) - (b.adjustedPValue ?? b.pValue ?? 1));
  for (const f of sorted.slice(0, MAX_STATISTICS_ROWS)) {
    rows.push(
      `| ${METRIC_LABELS[f.metric] ?? escapeTableCell(f.metric, { maxLength: 40 })} | ${escapeTableCell(f.scope, { maxLength: 60 })} | ${escapeTableCell(f.test, { maxLength: 30 })}${f.role === 'descriptive' ? ' (descriptive)' : ''} | ${effectText(f)} | ${f.pValue === null ? '—' : pValue(f.pValue).replace(/^p (= )?/, '')} | ${f.adjustedPValue === null ? '—' : pValue(f.adjustedPValue).replace(/^p (= )?/, '')} | ${resultWords(f)} |`,
    );
  }
  const more = sorted.length > MAX_STATISTICS_ROWS ? `\n\n${count(sorted.length - MAX_STATISTICS_ROWS)} more tests in the report JSON.` : '';
  const how = drift.findings.some((f) => f.correction)
    ? '\n\np: the test\'s own one-sided p-value. Adjusted p: after the gating tests are corrected together, so that an unchanged app fails no more often than α; the report JSON names each test\'s correction.'
    : '';
  return `<details><summary>Statistics (${plural(drift.findings.length, 'test')})</summary>\n\n${rows.join('\n')}${more}${how}\n\n</details>`;
}

function effectText(f: DriftFinding): string {
  return f.effect === null ? '—' : effectWords(f);
}

function resultWords(f: DriftFinding): string {
  if (f.significant) return 'significant regression';
  return f.direction === 'regression' ? 'worse, not significant' : f.direction === 'improvement' ? 'better' : 'no change';
}

function casesHeading(failing: readonly FailingCase[]): string {
  const by = { hallucinated: 0, error: 0, missing: 0 };
  for (const f of failing) by[f.kind]++;
  const stopped = failing.filter((f) => f.kind === 'error' && failedAt(f.case.error) === 'ran out of judging time').length;
  const parts = [
    by.hallucinated ? `${count(by.hallucinated)} hallucinate` : null,
    by.error > stopped ? `${count(by.error - stopped)} failed in the app` : null,
    stopped ? `${count(stopped)} ran out of judging time` : null,
    by.missing ? `${count(by.missing)} got no response` : null,
  ].filter(Boolean);
  return `#### Cases to look at: ${parts.join(', ')}${failing.length > 1 ? ' (worst first)' : ''}`;
}

/** One collapsed block per case; cases that failed in the app with the same error share one block. */
function caseItems(shown: readonly FailingCase[], all: readonly FailingCase[]): { block: string; cases: number }[] {
  const items: { block: string; cases: number }[] = [];
  const errorGroups = new Map<string, FailingCase[]>();
  for (const f of all) {
    if (f.kind !== 'error' && f.kind !== 'missing') continue;
    const key = f.kind === 'missing' ? '\u0000missing' : (f.case.error ?? 'unknown error');
    errorGroups.set(key, [...(errorGroups.get(key) ?? []), f]);
  }
  const grouped = new Set<string>();
  for (const f of shown) {
    if (f.kind === 'hallucinated') {
      items.push({ block: hallucinatedCase(f), cases: 1 });
      continue;
    }
    const key = f.kind === 'missing' ? '\u0000missing' : (f.case.error ?? 'unknown error');
    if (grouped.has(key)) continue;
    grouped.add(key);
    const group = errorGroups.get(key) ?? [f];
    items.push({ block: f.kind === 'missing' ? missingCases(group) : erroredCases(group), cases: group.length });
  }
  return items;
}

function idsText(group: readonly FailingCase[]): string {
  const ids = group.slice(0, 10).map((f) => codeSpan(f.case.id, { maxLength: 80 }));
  return group.length > 10 ? `${ids.join(', ')} and ${count(group.length - 10)} more` : ids.join(', ');
}

function erroredCases(group: readonly FailingCase[]): string {
  const error = group[0]?.case.error ?? 'unknown error';
  const firstLine = errorHeadline(error);
  const who = group.length === 1 ? `<code>${summaryText(group[0]!.case.id, 80)}</code>` : `${count(group.length)} cases`;
  const summary = `${who} · ${failedAt(error)}: ${summaryText(firstLine, 160)}`;
  const body = [`${group.length === 1 ? 'Case' : 'Cases'} ${idsText(group)}${group.length > 1 ? ', all with this error' : ''}:`, codeBlock(error, { maxLength: 2000 })];
  return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

function missingCases(group: readonly FailingCase[]): string {
  const who = group.length === 1 ? `<code>${summaryText(group[0]!.case.id, 80)}</code>` : `${count(group.length)} cases`;
  return `<details><summary>${who} · no response from the app</summary>\n\nNo response for ${idsText(group)}.\n\n</details>`;
}

const VERDICT_PHRASE: Record<string, string> = { contradicted: 'the sources say otherwise', unsupported: 'the sources do not say this', undetermined: 'the judge could not decide' };

/** A hallucinated case: the reason in the summary line, the claims with their evidence and why, the answer wrapped. */
function hallucinatedCase(f: FailingCase): string {
  const c = f.case;
  const claims = c.claims.filter((cl) => cl.hallucinated).sort((a, b) => Number(b.verdict === 'contradicted') - Number(a.verdict === 'contradicted'));
  const worst = claims[0];
  // Reasons the claims table does not already give: a stated falsehood, an answer that should have been a refusal.
  const otherReasons = c.hallucinationReasons.filter((r) => !/^claim \d+ is /.test(r));
  const reason = worst ? `${worst.verdict}: “${oneLine(worst.text)}”` : (otherReasons[0] ?? 'hallucinated');
  const more = f.hallucinated > 1 ? ` (+${count(f.hallucinated - 1)} more)` : '';
  const summary = `<code>${summaryText(c.id, 80)}</code> · ${summaryText(c.category, 40)} · ${summaryText(reason, 160)}${more}`;
  const body: string[] = [`**Question:** ${escapeMarkdownInline(c.question, { maxLength: 400 })}`];
  for (const r of otherReasons.slice(0, 5)) body.push(`- ${escapeMarkdownInline(r, { maxLength: 400 })}`);
  if (claims.length > 0) {
    body.push(['| Claim | Cites | Verdict | Evidence | Why |', '| --- | --- | --- | --- | --- |', ...claims.slice(0, 20).map(claimRow)].join('\n'));
    if (claims.length > 20) body.push(`${count(claims.length - 20)} more claims in the report JSON.`);
  }
  if (c.answer) body.push(`**Answer:**\n\n${quote(c.answer, 1500)}`);
  return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

/**
 * Untrusted text in a `<summary>`: HTML entities, and Markdown punctuation as numeric
 * entities too, so no renderer that reads Markdown inside HTML finds a link or emphasis.
 */
function summaryText(text: string, maxLength: number): string {
  return escapeHtml(oneLine(text), { maxLength }).replace(/[[\]()!`*_~|\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Untrusted text as a quotation that wraps: each line escaped, paragraphs kept. */
function quote(text: string, maxLength: number): string {
  const lines = escapeMarkdownInlineLines(text, maxLength);
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

function escapeMarkdownInlineLines(text: string, maxLength: number): string[] {
  const cut = Array.from(text).length > maxLength ? `${Array.from(text).slice(0, maxLength - 1).join('')}…` : text;
  return cut
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : escapeMarkdownInline(line.trim())))
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
}

/** Text on one line: line breaks and HTML line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}

function claimRow(claim: ClaimResult): string {
  const cites = claim.citations.length
    ? claim.citations
        .map((id) => {
          const check = claim.citationChecks.find((c) => c.sourceId === id);
          return `${codeSpan(id, { maxLength: 40, inTable: true })}${check && !check.known ? ' (no such source)' : ''}`;
        })
        .join(', ')
    : 'nothing';
  const evidence = claim.evidence
    ? `${codeSpan(claim.evidence.sourceId, { maxLength: 40, inTable: true })}: “${escapeTableCell(oneLine(claim.evidence.sentence), { maxLength: 300 })}”`
    : '—';
  const verdict = `${claim.verdict}<br><sub>${VERDICT_PHRASE[claim.verdict] ?? ''}</sub>`;
  return `| ${escapeTableCell(oneLine(claim.text), { maxLength: 400 })} | ${cites} | ${verdict} | ${evidence} | ${escapeTableCell(oneLine(claim.reason), { maxLength: 300 })} |`;
}

/** The repository's web address, from the run link ("https://github.com/o/r/actions/runs/1"). */
function repositoryUrl(report: Report): string | null {
  const match = report.run.runUrl ? /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/actions\/runs\/\d+/.exec(report.run.runUrl) : null;
  return match?.[1] ? safeUrl(match[1]) : null;
}

function commitLink(report: Report, sha: string): string {
  const repo = repositoryUrl(report);
  const short = codeSpan(sha.slice(0, 7));
  return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](${repo}/commit/${sha})` : short;
}

function linksLine(report: Report, artifactUrl: string | null): string {
  const parts = [`factgate ${escapeMarkdownInline(report.tool.version)}`, `policy ${codeSpan(report.policy.name)}`, plural(report.goldenSet.caseCount, 'case')];
  const base = report.drift?.baseline?.gitSha;
  const head = report.run.gitSha;
  if (head) parts.push(base ? `${commitLink(report, base)} → ${commitLink(report, head)}` : `commit ${commitLink(report, head)}`);
  if (report.run.runUrl) parts.push(`[workflow run](${safeUrl(report.run.runUrl)})`);
  if (artifactUrl) parts.push(`[report artifact](${safeUrl(artifactUrl)})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** Only http(s) links, with the characters that would end a Markdown link destination encoded. */
export function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '#';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '#';
  return parsed.toString().replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
