import { codeSpan, escapeMarkdownInline } from '../shared/escape.js';
import { count, failedAt, METRIC_LABELS, percent, plural, points } from './format.js';
import type { BaselineFigures, Breach, DriftFinding, Report } from './types.js';

/**
 * What a reader needs before anything else: one sentence that says what happened, then one
 * line per rule that failed or warned (at most MAX_RULE_LINES), the rest collapsed. The
 * number of breaches never changes the size of what is always shown.
 */

const MAX_RULE_LINES = 8;
const MAX_LISTED = 100;

/** "26 of 65 cases now hallucinate, none before; 3 checks failed" */
export function summarySentence(report: Report, figures: BaselineFigures | null): string {
  const v = report.verdict;
  const m = report.metrics;
  if (m.counts.cases === 0) return v.breaches[0]?.message.replace(/\.$/, '') ?? 'no case was evaluated';
  const clauses: string[] = [];
  const missing = report.responses.missing.length;
  const errored = Math.max(0, m.errorRate.numerator - missing);
  const stopped = report.cases.filter((c) => c.status === 'error' && failedAt(c.error) === 'ran out of judging time').length;
  if (errored > stopped) clauses.push(`${count(errored - stopped)} of ${plural(m.counts.cases, 'case')} failed in the app`);
  if (stopped > 0) clauses.push(`${count(stopped)} of ${plural(m.counts.cases, 'case')} ran out of judging time`);
  if (missing > 0) clauses.push(`${count(missing)} of ${plural(m.counts.cases, 'case')} got no response`);
  const hallucinating = m.caseHallucinationRate;
  const before = figures?.metrics.caseHallucinationRate ?? null;
  if (hallucinating.numerator > 0 || clauses.length === 0) {
    const verb = hallucinating.numerator === 1 ? 'hallucinates' : 'hallucinate';
    const same = before !== null && before.numerator === hallucinating.numerator && before.denominator === hallucinating.denominator;
    const now = before && !same ? 'now ' : '';
    const was = before ? (same ? ', as before' : before.numerator === 0 ? ', none before' : `, ${count(before.numerator)} of ${count(before.denominator)} before`) : '';
    clauses.push(hallucinating.numerator === 0 ? `no case hallucinates (${plural(hallucinating.denominator, 'case')})${before && before.numerator === 0 ? ', as before' : was}` : `${count(hallucinating.numerator)} of ${plural(hallucinating.denominator, 'case')} ${now}${verb}${was}`);
  }
  const failedRules = unique(v.breaches.map((b) => b.rule));
  const onlyAboutCases = failedRules.every((r) => CASE_RULES.has(r));
  if (v.status === 'pass') {
    return `${clauses.join('; ')}; every threshold met${v.warnings.length ? ` (${plural(v.warnings.length, 'warning')})` : ''}`;
  }
  if (!onlyAboutCases && hallucinating.numerator === 0 && errored === 0 && missing === 0) {
    const first = v.breaches.find((b) => !CASE_RULES.has(b.rule));
    if (first) clauses.splice(0, clauses.length, first.message.replace(/\.$/, ''));
  }
  if (v.status === 'overridden') {
    return `${clauses.join('; ')}; ${plural(failedRules.length, 'failed check')} waived by ${v.override?.by ?? 'a maintainer'}`;
  }
  return `${clauses.join('; ')}; ${plural(failedRules.length, 'check')} failed`;
}

/** Rules the sentence's clauses about cases already speak for. */
const CASE_RULES = new Set(['max-hallucination-rate', 'max-case-hallucination-rate', 'missing-responses', 'max-error-rate']);

interface RuleGroup {
  rule: string;
  severity: 'fail' | 'warn';
  entries: Breach[];
}

/** The rule lines under the sentence, and the collapsed list of everything, when there is more than the lines show. */
export function verdictLines(report: Report, notes: readonly string[]): { shown: string | null; all: string | null } {
  const v = report.verdict;
  const waived = new Set(v.override?.waived ?? []);
  const groups = groupByRule([...v.breaches, ...v.warnings]);
  const lines: string[] = [];
  if (v.override) {
    lines.push(
      `- 🟡 Overridden by ${escapeMarkdownInline(v.override.by)} (${escapeMarkdownInline(v.override.permission)}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${escapeMarkdownInline(v.override.at)}; waived: ${v.override.waived.map((rule) => codeSpan(rule)).join(', ')}`,
    );
  }
  for (const group of groups.slice(0, MAX_RULE_LINES)) lines.push(ruleLine(report, group, waived));
  const hidden = groups.length - MAX_RULE_LINES;
  if (hidden > 0) lines.push(`- … and ${plural(hidden, 'more rule')}, listed below`);
  for (const note of notes.slice(0, 3)) lines.push(`- ℹ️ ${escapeMarkdownInline(note, { maxLength: 300 })}`);
  if (report.run.partial) lines.push(`- ℹ️ Partial run: ${escapeMarkdownInline(report.run.partialReason ?? 'incomplete', { maxLength: 300 })}`);

  // Collapsed: what the lines above only count (a rule's further entries, rules past the first lines) and the notes.
  const listed: string[] = [];
  groups.forEach((group, index) => {
    if (index < MAX_RULE_LINES && group.entries.length === 1 && group.rule !== 'certification') return;
    for (const entry of group.entries) {
      const icon = group.severity === 'warn' ? '⚠️' : waived.has(group.rule) ? '🟡' : '❌';
      const finding = findingOf(report, entry);
      const text = finding ? `${findingName(finding)}, ${effectWords(finding)} (see the comparison with the baseline)` : entry.message;
      listed.push(`- ${icon} ${codeSpan(group.rule)}: ${escapeMarkdownInline(text, { maxLength: 300 })}`);
    }
  });
  const listedBreaches = listed.filter((l) => !l.startsWith('- ⚠️')).length;
  const listedWarnings = listed.length - listedBreaches;
  for (const n of v.notes) listed.push(`- ℹ️ ${escapeMarkdownInline(n, { maxLength: 300 })}`);
  let all: string | null = null;
  if (listed.length > 0) {
    const shown = listed.slice(0, MAX_LISTED);
    if (listed.length > MAX_LISTED) shown.push(`- … and ${count(listed.length - MAX_LISTED)} more in the report JSON`);
    const what = [
      listedBreaches ? plural(listedBreaches, 'breach', 'breaches') : null,
      listedWarnings ? plural(listedWarnings, 'warning') : null,
      v.notes.length ? plural(v.notes.length, 'note') : null,
    ]
      .filter(Boolean)
      .join(', ');
    all = `<details><summary>In detail: ${what}</summary>\n\n${shown.join('\n')}\n\n</details>`;
  }
  return { shown: lines.length ? lines.join('\n') : null, all };
}

function groupByRule(entries: readonly Breach[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const entry of entries) {
    const key = `${entry.severity}\u0000${entry.rule}`;
    const group = groups.get(key) ?? { rule: entry.rule, severity: entry.severity, entries: [] };
    group.entries.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function ruleLine(report: Report, group: RuleGroup, waived: ReadonlySet<string>): string {
  const icon = group.severity === 'warn' ? '⚠️' : waived.has(group.rule) ? '🟡' : '❌';
  const findings = group.entries.map((e) => findingOf(report, e)).filter((f): f is DriftFinding => f !== null);
  if (findings.length === group.entries.length) {
    const names = findings.slice(0, 3).map(findingName).join(', ');
    const more = findings.length > 3 ? ` and ${count(findings.length - 3)} more` : '';
    return `- ${icon} ${codeSpan(group.rule)}: ${plural(findings.length, 'significant regression')} against the baseline: ${escapeMarkdownInline(names + more, { maxLength: 300 })}`;
  }
  const first = group.entries[0]!;
  if (group.rule === 'certification') {
    // "Hallucination rate ≤ 2.0% is not demonstrated at 95% confidence: …" → the threshold only; the arithmetic is below.
    const thresholds = group.entries.map((e) => e.message.split(' is not demonstrated')[0] ?? e.message);
    const what = group.entries.length === 1 ? `${thresholds[0]} is` : `${thresholds.join(', ')} are`;
    return `- ${icon} ${codeSpan(group.rule)}: ${escapeMarkdownInline(what, { maxLength: 200 })} not yet demonstrated at 95% confidence by a golden set this size (how many more cases would, below)`;
  }
  if (group.entries.length === 1) return `- ${icon} ${codeSpan(group.rule)}: ${escapeMarkdownInline(first.message, { maxLength: 300 })}`;
  return `- ${icon} ${codeSpan(group.rule)} (${count(group.entries.length)}): ${escapeMarkdownInline(first.message, { maxLength: 200 })} … and ${count(group.entries.length - 1)} more, listed below`;
}

/** "+5.0 pp", "12.0% slower" */
export function effectWords(f: DriftFinding): string {
  if (f.effect === null) return 'changed';
  if (f.metric === 'latencyP95Ms') return `${percent(Math.abs(f.effect))} ${f.effect >= 0 ? 'slower' : 'faster'}`;
  if (f.metric === 'judgeScore') return `mean score ${f.effect >= 0 ? '+' : '−'}${Math.abs(f.effect).toFixed(3)}`;
  return points(f.effect);
}

/** "Hallucination rate in “medical”" */
export function findingName(f: DriftFinding): string {
  const label = METRIC_LABELS[f.metric] ?? f.metric;
  return f.scope === 'overall' ? label : `${label} in “${f.scope}”`;
}

/** The drift finding a breach or warning was raised for (the policy copies its explanation). */
function findingOf(report: Report, entry: Breach): DriftFinding | null {
  return report.drift?.findings.find((f) => f.significant && f.explanation === entry.message) ?? null;
}

/** Whether a significant regression fails the gate, warns, or is shown only. */
export function findingGate(report: Report, f: DriftFinding): 'fail' | 'warn' | 'none' {
  const v = report.verdict;
  const breach = v.breaches.find((b) => b.message === f.explanation);
  if (breach) return v.override?.waived.includes(breach.rule) ? 'warn' : 'fail';
  return v.warnings.some((w) => w.message === f.explanation) ? 'warn' : 'none';
}

export function gateWords(gate: 'fail' | 'warn' | 'none'): string {
  return gate === 'fail' ? 'fails the gate' : gate === 'warn' ? 'warns, does not fail the gate' : 'shown only, the policy ignores it';
}

/**
 * A finding in plain words: what changed (the measurement part of its explanation, without
 * the interval) and how sure, from its p-value. The test, the p-values and the correction
 * are in the statistics table.
 */
export function findingPlainWords(f: DriftFinding): string {
  // A test's explanation ends "; <test> <p-values>: <verdict>."; a plain difference's ends ": <verdict>.".
  const cut = f.pValue === null ? f.explanation.lastIndexOf(': ') : f.explanation.lastIndexOf('; ');
  const what = (cut > 0 ? f.explanation.slice(0, cut) : f.explanation).replace(/\s*\(\d+(\.\d+)? % CI [^)]*\)$/, '');
  const p = f.adjustedPValue ?? f.pValue;
  const sure = p === null ? 'more than the policy\'s minimum change' : p < 0.001 ? 'very unlikely to be chance' : p < 0.01 ? 'unlikely to be chance' : 'probably not chance';
  return `${what}: ${sure}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
