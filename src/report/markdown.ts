import {
  codeBlock,
  codeSpan,
  escapeHtml,
  escapeMarkdownInline,
  escapeTableCell,
  redactDeep,
  secretRedactor,
} from '../shared/escape.js';
import { COMMENT_LIMIT, fitToBudget, type BudgetSection, type FitResult, type SizeLimit } from './budget.js';
import { headlineRows, percent, ruleStatus, VERDICT_WORDS } from './format.js';
import type { CaseResult, ClaimResult, Rate, Report } from './types.js';

/**
 * The Markdown report: the pull-request comment body, the check-run summary and the job
 * summary. Verdict first, then the numbers a reviewer compares, then the evidence. Every
 * piece of untrusted text (answers, questions, claims, sources, ids, paths) is escaped
 * here, and the document is fitted to the destination's size limit by leaving out whole
 * sections (see budget.ts), never by cutting one.
 */

export interface MarkdownOptions {
  /** Where the text goes; default: the pull-request comment. */
  limit?: SizeLimit;
  /** The baseline report, for the baseline and change columns and the chart. */
  baseline?: Pick<Report, 'metrics' | 'categories'> | null;
  /** Link to the report artifact (the run link comes from the report). */
  artifactUrl?: string | null;
  /** Extra sentences to show under the verdict (for example, overrides that did not count). */
  notes?: readonly string[];
  /** Values to mask wherever they appear (API keys a model may echo). */
  secrets?: readonly string[];
}

/** Budget order: lower numbers are left out first. The verdict, metrics and links always stay. */
const DROP_ORDER = { chart: 1, uncoveredLines: 2, failingCases: 3, categories: 4, drift: 5, coverage: 6 } as const;
const MAX_CATEGORY_ROWS = 100;
const MAX_DRIFT_ROWS = 50;
const MAX_CASES = 500;
const MAX_CHART_CATEGORIES = 12;

const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌' } as const;
const VERDICT_ICON: Record<Report['verdict']['status'], string> = { pass: '✅', fail: '❌', error: '❌', overridden: '🟡' };

/** The report as Markdown within `options.limit` (the comment limit by default). */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return renderMarkdownFitted(report, options).markdown;
}

/** Like `renderMarkdown`, also saying which parts were left out. */
export function renderMarkdownFitted(report: Report, options: MarkdownOptions = {}): FitResult {
  const secrets = options.secrets ?? [];
  // Redact the data first so `***` is escaped like any other text; then the rendered
  // blocks, in case escaping produced a form of a secret the data did not contain.
  const redact = secretRedactor(secrets);
  const sections = renderMarkdownSections(redactDeep(report, secrets), options).map((section) => ({
    ...section,
    blocks: secrets.length ? section.blocks.map(redact) : section.blocks,
  }));
  const whereToFindTheRest = options.artifactUrl
    ? `Everything is in the [report artifact](${safeUrl(options.artifactUrl)}).`
    : 'Everything is in the report JSON.';
  return fitToBudget(sections, options.limit ?? COMMENT_LIMIT, { whereToFindTheRest });
}

/** The report as budget sections, in reading order. */
export function renderMarkdownSections(report: Report, options: MarkdownOptions = {}): BudgetSection[] {
  const sections: BudgetSection[] = [
    { id: 'verdict', label: 'verdict', blocks: verdictBlocks(report, options.notes ?? []) },
    { id: 'metrics', label: 'metrics table', blocks: [metricsTable(report, options.baseline ?? null)] },
  ];
  const chart = categoryChart(report, options.baseline ?? null);
  if (chart) sections.push({ id: 'chart', label: 'chart', blocks: [chart], dropOrder: DROP_ORDER.chart });
  if (report.categories.length > 1) {
    sections.push({ id: 'categories', label: 'per-category table', blocks: [categoryTable(report, options.baseline ?? null)], dropOrder: DROP_ORDER.categories });
  }
  if (report.coverage) {
    sections.push({ id: 'coverage', label: 'coverage table', blocks: coverageBlocks(report.coverage), dropOrder: DROP_ORDER.coverage });
    const uncovered = uncoveredLines(report.coverage);
    if (uncovered) sections.push({ id: 'uncovered', label: 'list of uncovered changed lines', blocks: [uncovered], dropOrder: DROP_ORDER.uncoveredLines });
  }
  if (report.drift) sections.push({ id: 'drift', label: 'drift findings', blocks: driftBlocks(report.drift), dropOrder: DROP_ORDER.drift });
  const failing = failingCases(report);
  if (failing.length > 0) {
    const shown = failing.slice(0, MAX_CASES);
    const heading = `#### Cases to look at (${failing.length})`;
    const more = failing.length > shown.length ? [`… and ${failing.length - shown.length} more in the report JSON.`] : [];
    sections.push({
      id: 'failing-cases',
      label: 'failing cases',
      blocks: [heading, ...shown.map(caseDetails), ...more],
      dropOrder: DROP_ORDER.failingCases,
      dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases' },
    });
  }
  sections.push({ id: 'links', label: 'links', blocks: [linksLine(report, options.artifactUrl ?? null)] });
  return sections;
}

function verdictBlocks(report: Report, notes: readonly string[]): string[] {
  const v = report.verdict;
  const first = v.breaches[0];
  const why =
    v.status === 'pass'
      ? 'every threshold met'
      : first
        ? `${escapeMarkdownInline(first.message, { maxLength: 200 })}${v.breaches.length > 1 ? ` (and ${v.breaches.length - 1} more)` : ''}`
        : escapeMarkdownInline(v.notes[0] ?? report.run.partialReason ?? 'see the report', { maxLength: 200 });
  const blocks = [`### ${VERDICT_ICON[v.status]} factgate ${VERDICT_WORDS[v.status].toLowerCase()}: ${why} · policy ${codeSpan(report.policy.name)}`];

  const lines: string[] = [];
  if (v.override) {
    lines.push(
      `- 🟡 Overridden by ${escapeMarkdownInline(v.override.by)} (${escapeMarkdownInline(v.override.permission)}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${escapeMarkdownInline(v.override.at)}; waived: ${v.override.waived.map((rule) => codeSpan(rule)).join(', ')}`,
    );
  }
  for (const breach of v.breaches) lines.push(`- ❌ ${codeSpan(breach.rule)}: ${escapeMarkdownInline(breach.message, { maxLength: 500 })}`);
  for (const warning of v.warnings) lines.push(`- ⚠️ ${codeSpan(warning.rule)}: ${escapeMarkdownInline(warning.message, { maxLength: 500 })}`);
  for (const note of [...v.notes, ...notes]) lines.push(`- ℹ️ ${escapeMarkdownInline(note, { maxLength: 500 })}`);
  if (report.run.partial) lines.push(`- ℹ️ Partial run: ${escapeMarkdownInline(report.run.partialReason ?? 'incomplete')}`);
  if (lines.length > 0) blocks.push(lines.join('\n'));
  return blocks;
}

/** Which way is better for a headline rule: `max-*` rules want lower values. */
function lowerIsBetter(rule: string | null): boolean {
  return rule !== null && rule.startsWith('max-');
}

/** "↑ +1.20 pp" with a word for whether that is better or worse. */
function change(value: number | null, baseline: number | null, lowerBetter: boolean): string {
  if (value === null || baseline === null) return '—';
  const delta = (value - baseline) * 100;
  if (Math.abs(delta) < 0.005) return '→ 0 pp';
  const arrow = delta > 0 ? '↑' : '↓';
  const worse = delta > 0 === lowerBetter;
  return `${arrow} ${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)} pp ${worse ? '🔴' : '🟢'}`;
}

function metricsTable(report: Report, baseline: Pick<Report, 'metrics'> | null): string {
  const rows = headlineRows(report);
  const baselineRows = baseline ? headlineRows({ ...report, metrics: baseline.metrics }) : null;
  const out = ['| Metric | Value | Baseline | Change | Threshold | Status |', '| --- | ---: | ---: | :---: | ---: | :---: |'];
  rows.forEach((row) => {
    const base = baselineRows?.find((b) => b.label === row.label)?.rate.value ?? null;
    const threshold = row.threshold === null ? '—' : `${lowerIsBetter(row.rule) ? '≤' : '≥'} ${percent(row.threshold)}`;
    out.push(
      `| ${row.label} | ${rateCell(row.rate)} | ${baselineRows ? percent(base) : '—'} | ${change(row.rate.value, base, lowerIsBetter(row.rule))} | ${threshold} | ${STATUS_ICON[ruleStatus(report, row.rule)]} |`,
    );
  });
  return out.join('\n');
}

function rateCell(rate: Rate): string {
  if (rate.value === null) return 'n/a';
  const ci = rate.ci ? ` <sub>${percent(rate.ci.lower)}–${percent(rate.ci.upper)}</sub>` : '';
  return `**${percent(rate.value)}** (${rate.numerator}/${rate.denominator})${ci}`;
}

function worstCategories(report: Report) {
  return [...report.categories].sort(
    (a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category),
  );
}

function categoryTable(report: Report, baseline: Pick<Report, 'categories'> | null): string {
  const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c]));
  const rows = worstCategories(report);
  const out = [
    '| Category | Cases | Hallucination rate | Baseline | Change | Citation coverage | Fact recall |',
    '| --- | ---: | ---: | ---: | :---: | ---: | ---: |',
  ];
  for (const c of rows.slice(0, MAX_CATEGORY_ROWS)) {
    const base = baseOf.get(c.category)?.hallucinationRate.value ?? null;
    out.push(
      `| ${escapeTableCell(c.category, { maxLength: 60 })} | ${c.cases} | ${percent(c.hallucinationRate.value)} (${c.hallucinationRate.numerator}/${c.hallucinationRate.denominator}) | ${percent(base)} | ${change(c.hallucinationRate.value, base, true)} | ${percent(c.citationCoverage.value)} | ${percent(c.factRecall.value)} |`,
    );
  }
  const table = out.join('\n');
  return rows.length > MAX_CATEGORY_ROWS ? `${table}\n\n${rows.length - MAX_CATEGORY_ROWS} more categories in the report JSON.` : table;
}

/** A Mermaid label: only letters, digits and a few separators survive; Mermaid reads the rest. */
function chartLabel(text: string): string {
  const clean = text.replace(/[^\p{L}\p{N} _./-]/gu, ' ').replace(/\s+/g, ' ').trim();
  return `"${Array.from(clean || '?').slice(0, 24).join('')}"`;
}

/**
 * Hallucination rate per category: bars for this run, a line for the baseline. Drawn only
 * with two or more categories, where a picture beats reading a column of percentages.
 */
function categoryChart(report: Report, baseline: Pick<Report, 'categories'> | null): string | null {
  const categories = worstCategories(report).filter((c) => c.hallucinationRate.value !== null).slice(0, MAX_CHART_CATEGORIES);
  if (categories.length < 2) return null;
  const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c.hallucinationRate.value]));
  const head = categories.map((c) => round((c.hallucinationRate.value ?? 0) * 100));
  const base = categories.map((c) => round((baseOf.get(c.category) ?? 0) * 100));
  const top = Math.max(1, ...head, ...(baseline ? base : [])) * 1.1;
  const lines = [
    'xychart-beta',
    `  title "Hallucination rate by category, %${baseline ? ' (bars: this run, line: baseline)' : ''}"`,
    `  x-axis [${categories.map((c) => chartLabel(c.category)).join(', ')}]`,
    `  y-axis "%" 0 --> ${round(top)}`,
    `  bar [${head.join(', ')}]`,
  ];
  if (baseline) lines.push(`  line [${base.join(', ')}]`);
  return ['```mermaid', ...lines, '```'].join('\n');
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function coverageBlocks(coverage: NonNullable<Report['coverage']>): string[] {
  const pct = (t: { covered: number; total: number; rate: number | null }) => `${percent(t.rate)} (${t.covered}/${t.total})`;
  const rows = [
    '#### Coverage',
    ['| Coverage | Value |', '| --- | ---: |', `| Lines | ${pct(coverage.lines)} |`, `| Branches | ${pct(coverage.branches)} |`, `| Changed lines (patch) | ${coverage.patch ? pct(coverage.patch) : 'n/a'} |`].join('\n'),
  ];
  if (coverage.warnings.length > 0) rows.push(coverage.warnings.slice(0, 20).map((w) => `- ⚠️ ${escapeMarkdownInline(w, { maxLength: 300 })}`).join('\n'));
  return rows;
}

function uncoveredLines(coverage: NonNullable<Report['coverage']>): string | null {
  const files = coverage.patch?.uncovered.filter((f) => f.lines.length > 0) ?? [];
  if (files.length === 0) return null;
  const lines = files.slice(0, 100).map((f) => `- ${codeSpan(f.path, { maxLength: 200 })}: ${lineRanges(f.lines)}`);
  if (files.length > 100) lines.push(`- … ${files.length - 100} more files`);
  return `<details><summary>Changed lines without coverage (${files.length} file${files.length === 1 ? '' : 's'})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

/** 3,4,5,9 → "3–5, 9" */
function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.length > 30 ? `${ranges.slice(0, 30).join(', ')}, …` : ranges.join(', ');
}

function driftBlocks(drift: NonNullable<Report['drift']>): string[] {
  const heading = '#### Compared with the baseline';
  if (drift.status !== 'compared') {
    return [heading, `Not compared: ${escapeMarkdownInline(drift.reason ?? drift.status, { maxLength: 300 })}`];
  }
  const significant = drift.findings.filter((f) => f.significant);
  const summary = `${drift.cases.compared} cases compared (${drift.cases.added.length} added, ${drift.cases.removed.length} removed, ${drift.cases.changed.length} changed since the baseline).`;
  if (significant.length === 0) return [heading, `${summary} No significant change.`];
  // The p-value a reader judges by: adjusted for the gating tests, the test's own for descriptive ones.
  const rows = ['| Change | Where | Test | p-value (adjusted) | Finding |', '| :---: | --- | --- | ---: | --- |'];
  for (const f of significant.slice(0, MAX_DRIFT_ROWS)) {
    rows.push(
      `| ${f.direction === 'regression' ? '🔴 worse' : f.direction === 'improvement' ? '🟢 better' : '—'} | ${escapeTableCell(f.scope, { maxLength: 60 })} | ${escapeTableCell(f.test)}${f.role === 'descriptive' ? ' (descriptive)' : ''} | ${shownPValue(f.adjustedPValue ?? f.pValue)} | ${escapeTableCell(f.explanation, { maxLength: 400 })} |`,
    );
  }
  const more = significant.length > MAX_DRIFT_ROWS ? `\n\n${significant.length - MAX_DRIFT_ROWS} more findings in the report JSON.` : '';
  return [heading, `${summary} Significant changes:`, rows.join('\n') + more];
}

function shownPValue(p: number | null): string {
  return p === null ? '—' : p < 0.001 ? '< 0.001' : p.toFixed(3);
}

function failingCases(report: Report): CaseResult[] {
  return report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
}

/** One case in a collapsed section: the claim, what it cites, the evidence, and why. */
function caseDetails(c: CaseResult): string {
  const what = c.status === 'error' ? 'error' : c.status === 'missing' ? 'no response' : `${c.claims.filter((cl) => cl.hallucinated).length} hallucinated claim(s)`;
  const summary = `${escapeHtml(c.id, { maxLength: 80 })} · ${escapeHtml(c.category, { maxLength: 40 })} · ${what}`;
  const body: string[] = [`**Question:** ${escapeMarkdownInline(c.question, { maxLength: 400 })}`];
  if (c.status === 'error') body.push(`**Error:** ${escapeMarkdownInline(c.error ?? 'unknown', { maxLength: 500 })}`);
  if (c.status === 'missing') body.push('The application gave no response for this case.');
  for (const reason of c.hallucinationReasons) body.push(`- ${escapeMarkdownInline(reason, { maxLength: 400 })}`);
  const claims = c.claims.filter((cl) => cl.hallucinated);
  if (claims.length > 0) {
    body.push(['| Claim | Cites | Verdict | Evidence | Why |', '| --- | --- | --- | --- | --- |', ...claims.slice(0, 20).map(claimRow)].join('\n'));
    if (claims.length > 20) body.push(`${claims.length - 20} more claims in the report JSON.`);
  }
  if (c.answer) body.push(`<sub>Answer</sub>\n\n${codeBlock(c.answer, { maxLength: 1500 })}`);
  return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
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
    ? `${codeSpan(claim.evidence.sourceId, { maxLength: 40, inTable: true })}: “${escapeTableCell(claim.evidence.sentence, { maxLength: 300 })}”`
    : '—';
  return `| ${escapeTableCell(claim.text, { maxLength: 400 })} | ${cites} | ${claim.verdict} | ${evidence} | ${escapeTableCell(claim.reason, { maxLength: 300 })} |`;
}

function linksLine(report: Report, artifactUrl: string | null): string {
  const links = [];
  if (report.run.runUrl) links.push(`[workflow run](${safeUrl(report.run.runUrl)})`);
  if (artifactUrl) links.push(`[report artifact](${safeUrl(artifactUrl)})`);
  const sha = report.run.gitSha ? ` · commit ${codeSpan(report.run.gitSha.slice(0, 12))}` : '';
  return `<sub>factgate ${escapeMarkdownInline(report.tool.version)} · ${report.goldenSet.caseCount} cases${sha}${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`;
}

/** Only http(s) links, with the characters that would end a Markdown link destination encoded. */
function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '#';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '#';
  return parsed.toString().replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
