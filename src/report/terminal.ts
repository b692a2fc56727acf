import { escapeLogText } from '../shared/escape.js';
import { count, errorHeadline, failedAt, failingCases, hasContexts, percent, plural, VERDICT_WORDS } from './format.js';
import { changeText, metricRows, thresholdText, valueText } from './rows.js';
import { findingGate, findingPlainWords, summarySentence } from './summary.js';
import { baselineFigures } from './rows.js';
import type { Report } from './types.js';

export interface TerminalOptions {
  color: boolean;
  /** Most failing cases listed. */
  maxCases?: number;
  /** Columns to fit; default 80 (a CI log, or a terminal that did not say). */
  width?: number;
  /** Files written, named on the last line. */
  reportPaths?: readonly string[];
}

/** Failing claims shown under each listed case; the rest are in the report. */
const MAX_CLAIMS_PER_CASE = 3;

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
const MIN_WIDTH = 40;

/**
 * The verdict and its reasons for a terminal or a CI log, wrapped to the width at word
 * boundaries (a number is never split), each regression printed once, ending with the
 * verdict line and the reports written. Untrusted text is made log-safe.
 */
export function renderTerminal(report: Report, options: TerminalOptions): string {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? 80));
  const paint = (code: keyof typeof CODES, text: string): string => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
  const safe = (text: string, max = 300): string => escapeLogText(Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, max).join(''));
  const out: string[] = [];
  /** Adds `text` wrapped to the width: `first` before the first line, continuation lines indented to match. */
  const say = (first: string, text: string, style?: keyof typeof CODES) => {
    const lines = wrap(text, width - visibleLength(first));
    const pad = ' '.repeat(visibleLength(first));
    lines.forEach((line, i) => out.push(`${i === 0 ? first : pad}${style ? paint(style, line) : line}`));
  };
  const v = report.verdict;
  const color = v.status === 'pass' ? 'green' : v.status === 'overridden' ? 'yellow' : 'red';
  const figures = baselineFigures(report);
  const verdictLine = `factgate: ${VERDICT_WORDS[v.status]}`;
  say(paint('bold', paint(color, verdictLine)) + ' — ', safe(summarySentence(report, figures)));

  // Rules: a regression is named here and explained once, under "Against the baseline".
  const regressions = new Set(report.drift?.findings.filter((f) => f.significant).map((f) => f.explanation) ?? []);
  const drift = [...v.breaches, ...v.warnings].filter((b) => regressions.has(b.message));
  for (const [list, mark, style] of [[v.breaches, '✗', 'red'], [v.warnings, '!', 'yellow']] as const) {
    const byRule = new Map<string, string[]>();
    for (const b of list) if (!regressions.has(b.message)) byRule.set(b.rule, [...(byRule.get(b.rule) ?? []), b.message]);
    for (const [rule, messages] of byRule) {
      const more = messages.length > 1 ? ` (and ${count(messages.length - 1)} more in the report)` : '';
      say(`  ${paint(style, mark)} `, `${rule}: ${safe(messages[0] ?? '')}${more}`);
    }
  }
  if (drift.length > 0) say(`  ${paint('red', '✗')} `, `${plural(drift.length, 'significant regression')} against the baseline, below`);

  out.push('');
  for (const row of metricRows(report, figures)) {
    const mark = row.status === 'fail' ? paint('red', '✗') : row.status === 'warn' ? paint('yellow', '!') : ' ';
    const counts = row.counts ? ` (${count(row.counts.numerator)}/${count(row.counts.denominator)})` : '';
    const extra = [row.threshold ? `${row.threshold.bound} ${thresholdText(row).slice(2)}` : null, row.change !== null ? `${changeText(row)} vs baseline` : null].filter(Boolean).join(', ');
    say(`${mark} ${row.label.padEnd(Math.min(30, width - 30))} `, `${valueText(row)}${counts}${extra ? ` ${paint('dim', `(${extra})`)}` : ''}`);
  }
  const map = report.metrics.meanAveragePrecision;
  if (hasContexts(report) && map.value !== null) {
    say(`  ${'Mean average precision'.padEnd(Math.min(30, width - 30))} `, `${map.value.toFixed(3)} (mean over ${plural(map.cases, 'case')})`);
  }

  if (report.categories.length > 1) {
    out.push('');
    const retrieval = hasContexts(report);
    say('', `By category (hallucination rate, citation coverage${retrieval ? ', faithfulness, context recall, context precision' : ''})`, 'bold');
    const worst = [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
    for (const cat of worst.slice(0, 20)) {
      const contexts = retrieval ? `, ${percent(cat.faithfulness.value)}, ${percent(cat.contextRecall.value)}, ${percent(cat.contextPrecision.value)}` : '';
      say('  ', `${safe(cat.category, 40)}: ${percent(cat.hallucinationRate.value)}, ${percent(cat.citationCoverage.value)}${contexts} (${plural(cat.cases, 'case')})`);
    }
    if (worst.length > 20) out.push(paint('dim', `  … ${count(worst.length - 20)} more categories in the report`));
  }
  if (report.drift?.status === 'compared') {
    const d = report.drift;
    const significant = d.findings.filter((f) => f.significant && f.direction === 'regression');
    out.push('');
    say('', `Against the baseline: ${plural(d.cases.compared, 'unchanged case')} compared`, 'bold');
    if (significant.length === 0) out.push('  no significant regression');
    for (const f of significant.slice(0, 20)) {
      const gate = findingGate(report, f);
      const mark = gate === 'fail' ? paint('red', '✗') : gate === 'warn' ? paint('yellow', '!') : ' ';
      say(`  ${mark} `, `${safe(findingPlainWords(f), 400)}${gate === 'fail' ? ' (fails the gate)' : gate === 'warn' ? ' (warns)' : ''}`);
    }
    if (significant.length > 20) out.push(paint('dim', `  … ${count(significant.length - 20)} more in the report`));
  } else if (report.drift?.reason) {
    out.push('');
    say('', `Against the baseline: not compared (${safe(report.drift.reason)})`, 'dim');
  }

  const failing = failingCases(report);
  if (failing.length > 0) {
    const max = options.maxCases ?? 10;
    out.push('');
    say('', `Cases to look at (${count(failing.length)}, worst first)`, 'bold');
    const errors = new Set<string>();
    let listed = 0;
    for (const f of failing) {
      if (listed >= max) break;
      const c = f.case;
      if (f.kind === 'error') {
        const first = errorHeadline(c.error ?? 'unknown error');
        if (errors.has(first)) continue;
        errors.add(first);
        const same = failing.filter((g) => g.kind === 'error' && errorHeadline(g.case.error ?? 'unknown error') === first).length;
        say('  ', `${same > 1 ? `${count(same)} cases` : safe(c.id, 80)} ${failedAt(c.error)}: ${safe(first, 200)}`);
      } else if (f.kind === 'missing') {
        say('  ', `${safe(c.id, 80)}: no response`);
      } else {
        const worst = c.claims.find((cl) => cl.verdict === 'contradicted') ?? c.claims.find((cl) => cl.hallucinated);
        const why = worst ? `${worst.verdict}: "${worst.text}" (${worst.reason})` : (c.hallucinationReasons[0] ?? 'hallucinated');
        say('  ', `${safe(c.id, 80)} [${safe(c.category, 40)}] ${safe(why, 240)}`);
        // The other failing claims, so the reader sees what was said without opening the report.
        const others = c.claims.filter((claim) => claim.hallucinated && claim !== worst);
        for (const claim of others.slice(0, MAX_CLAIMS_PER_CASE - 1)) say(`    ${paint('red', '✗')} `, `${claim.verdict}: "${safe(claim.text, 160)}" (${safe(claim.reason, 160)})`);
        if (others.length > MAX_CLAIMS_PER_CASE - 1) say('    ', `… and ${count(others.length - MAX_CLAIMS_PER_CASE + 1)} more claims`, 'dim');
      }
      listed++;
    }
    if (failing.length > listed) out.push(paint('dim', `  … and the rest in the report`));
  }
  for (const note of v.notes) say(paint('dim', 'note: '), safe(note), 'dim');

  out.push('');
  say(paint('bold', paint(color, verdictLine)) + ' ', `(policy ${safe(report.policy.name, 40)}, ${plural(report.metrics.counts.cases, 'case')}, ${plural(report.metrics.counts.claims, 'claim')})`);
  const paths = (options.reportPaths ?? []).filter((p) => p !== '');
  if (paths.length > 0) say('Reports: ', paths.map((p) => safe(p, 400)).join(', '));
  return out.join('\n') + '\n';
}

/** Columns a string takes, without colour codes; wide (East Asian) characters take two. */
export function visibleLength(text: string): number {
  let width = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Words onto lines of at most `width` columns; a word longer than a line stays whole (never a split number or path). */
export function wrap(text: string, width: number): string[] {
  const room = Math.max(10, width);
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = visibleLength(word);
    if (line !== '' && used + 1 + w > room) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line = line === '' ? word : `${line} ${word}`;
    used += (used === 0 ? 0 : 1) + w;
  }
  lines.push(line);
  return lines;
}
