import { escapeLogText } from '../shared/escape.js';
import { headlineRows, percent, rateText, ruleStatus, VERDICT_WORDS } from './format.js';
import type { Report } from './types.js';

export interface TerminalOptions {
  color: boolean;
  /** Most failing cases listed. */
  maxCases?: number;
}

/** Failing claims shown under each listed case; the rest are in the report. */
const MAX_CLAIMS_PER_CASE = 3;

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

/** The verdict and its reasons for a terminal or a CI log; untrusted text is made log-safe. */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const paint = (code: keyof typeof CODES, text: string): string => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const safe = (text: string): string => escapeLogText(text.replace(/\s+/g, ' ').slice(0, 300));
  const lines: string[] = [];
  const v = report.verdict;
  const color = v.status === 'pass' ? 'green' : v.status === 'overridden' ? 'yellow' : 'red';
  lines.push(paint('bold', paint(color, `factgate: ${VERDICT_WORDS[v.status]}`)) + ` (policy ${report.policy.name}, ${report.metrics.counts.cases} cases, ${report.metrics.counts.claims} claims)`);
  for (const breach of v.breaches) lines.push(`  ${paint('red', '✗')} ${breach.rule}: ${safe(breach.message)}`);
  for (const warning of v.warnings) lines.push(`  ${paint('yellow', '!')} ${warning.rule}: ${safe(warning.message)}`);
  lines.push('');
  for (const row of headlineRows(report)) {
    const status = ruleStatus(report, row.rule);
    const mark = status === 'fail' ? paint('red', '✗') : status === 'warn' ? paint('yellow', '!') : ' ';
    const threshold = row.threshold === null ? '' : paint('dim', `  (${row.rule!.startsWith('max') ? 'max' : 'min'} ${percent(row.threshold)})`);
    lines.push(`${mark} ${row.label.padEnd(28)} ${rateText(row.rate)}${threshold}`);
  }
  if (report.coverage) {
    const c = report.coverage;
    lines.push(`  ${'Line coverage'.padEnd(28)} ${percent(c.lines.rate)} (${c.lines.covered}/${c.lines.total})`);
    if (c.patch) lines.push(`  ${'Patch coverage'.padEnd(28)} ${percent(c.patch.rate)} (${c.patch.covered}/${c.patch.total})`);
  }
  if (report.categories.length > 1) {
    lines.push('', paint('bold', 'By category'));
    for (const cat of report.categories) {
      lines.push(`  ${safe(cat.category).padEnd(20)} hallucination ${percent(cat.hallucinationRate.value).padStart(7)}  citation coverage ${percent(cat.citationCoverage.value).padStart(7)}  (${cat.cases} cases)`);
    }
  }
  if (report.drift && report.drift.status === 'compared') {
    const d = report.drift;
    const significant = d.findings.filter((f) => f.significant);
    lines.push('', paint('bold', `Against the baseline (${d.cases.compared} unchanged cases compared; ${d.cases.added.length} added, ${d.cases.removed.length} removed, ${d.cases.changed.length} changed)`));
    if (significant.length === 0) lines.push('  no significant change');
    for (const f of significant) {
      const mark = f.direction === 'regression' ? paint('red', '▼') : paint('green', '▲');
      lines.push(`  ${mark} ${safe(f.explanation)}`);
    }
  }
  const failing = report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
  if (failing.length > 0) {
    const max = options.maxCases ?? 10;
    lines.push('', paint('bold', `Cases to look at (${failing.length})`));
    for (const c of failing.slice(0, max)) {
      const why = c.status === 'error' ? `error: ${c.error ?? ''}` : c.status === 'missing' ? 'no response' : c.hallucinationReasons[0] ?? '';
      lines.push(`  ${safe(c.id)} [${safe(c.category)}]: ${safe(why)}`);
      // The claims themselves, so the reader sees what was said without opening the report.
      const claims = c.claims.filter((claim) => claim.hallucinated);
      for (const claim of claims.slice(0, MAX_CLAIMS_PER_CASE)) {
        lines.push(`    ${paint('red', '✗')} "${safe(claim.text.slice(0, 160))}" ${paint('dim', `${claim.verdict}: ${safe(claim.reason.slice(0, 160))}`)}`);
      }
      if (claims.length > MAX_CLAIMS_PER_CASE) lines.push(paint('dim', `    … and ${claims.length - MAX_CLAIMS_PER_CASE} more claims`));
    }
    if (failing.length > max) lines.push(paint('dim', `  … and ${failing.length - max} more in the report`));
  }
  for (const note of v.notes) lines.push(paint('dim', `note: ${safe(note)}`));
  return lines.join('\n') + '\n';
}
