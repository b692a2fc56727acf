import { escapeHtml, escapeMarkdownInline, escapeTableCell } from '../shared/escape.js';
import { headlineRows, percent, ruleStatus, VERDICT_WORDS } from './format.js';
import type { CaseResult, Report } from './types.js';

const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌' } as const;

/** The Markdown report: the pull-request comment body and the job summary. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const v = report.verdict;
  const icon = v.status === 'pass' ? '✅' : v.status === 'overridden' ? '🟡' : '❌';
  const reasons = v.breaches.length > 0 ? `: ${v.breaches.length} breach${v.breaches.length === 1 ? '' : 'es'}` : '';
  out.push(`### ${icon} factgate ${VERDICT_WORDS[v.status].toLowerCase()}${reasons} (policy \`${escapeMarkdownInline(report.policy.name)}\`)`);
  out.push('');
  for (const breach of v.breaches) out.push(`- ❌ **${breach.rule}**: ${escapeMarkdownInline(breach.message)}`);
  for (const warning of v.warnings) out.push(`- ⚠️ **${warning.rule}**: ${escapeMarkdownInline(warning.message)}`);
  if (v.breaches.length + v.warnings.length > 0) out.push('');

  out.push('| Metric | Value | 95% CI | Count | Threshold | Status |', '|---|---:|---|---:|---:|:---:|');
  for (const row of headlineRows(report)) {
    const ci = row.rate.ci ? `${percent(row.rate.ci.lower)}–${percent(row.rate.ci.upper)}` : '';
    const threshold = row.threshold === null ? '' : `${row.rule!.startsWith('max') ? '≤' : '≥'} ${percent(row.threshold)}`;
    out.push(`| ${row.label} | ${percent(row.rate.value)} | ${ci} | ${row.rate.numerator}/${row.rate.denominator} | ${threshold} | ${STATUS_ICON[ruleStatus(report, row.rule)]} |`);
  }
  out.push('');

  if (report.categories.length > 1) {
    out.push('| Category | Cases | Hallucination rate | Citation coverage | Fact recall |', '|---|---:|---:|---:|---:|');
    for (const c of report.categories) {
      out.push(`| ${escapeTableCell(c.category)} | ${c.cases} | ${percent(c.hallucinationRate.value)} | ${percent(c.citationCoverage.value)} | ${percent(c.factRecall.value)} |`);
    }
    out.push('');
  }

  const failing = report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
  if (failing.length > 0) {
    out.push(`<details><summary>${failing.length} case${failing.length === 1 ? '' : 's'} to look at</summary>`, '');
    for (const c of failing.slice(0, 50)) out.push(...renderCase(c), '');
    if (failing.length > 50) out.push(`… and ${failing.length - 50} more in the report JSON.`, '');
    out.push('</details>', '');
  }
  for (const note of v.notes) out.push(`> ${escapeMarkdownInline(note)}`);
  return out.join('\n').trimEnd() + '\n';
}

function renderCase(c: CaseResult): string[] {
  const lines = [`**${escapeMarkdownInline(c.id)}** (${escapeMarkdownInline(c.category)}): ${escapeMarkdownInline(c.question, { maxLength: 300 })}`];
  if (c.status === 'error') lines.push(`- error: ${escapeMarkdownInline(c.error ?? '', { maxLength: 500 })}`);
  if (c.status === 'missing') lines.push('- no response for this case');
  for (const reason of c.hallucinationReasons) lines.push(`- ${escapeMarkdownInline(reason, { maxLength: 500 })}`);
  for (const claim of c.claims.filter((cl) => cl.hallucinated)) {
    const evidence = claim.evidence ? ` — closest source text (${escapeHtml(claim.evidence.sourceId)}): “${escapeMarkdownInline(claim.evidence.sentence, { maxLength: 300 })}”` : '';
    lines.push(`  - claim: “${escapeMarkdownInline(claim.text, { maxLength: 400 })}” cites ${claim.citations.length ? claim.citations.map((s) => escapeMarkdownInline(s)).join(', ') : 'nothing'}${evidence}`);
  }
  return lines;
}
