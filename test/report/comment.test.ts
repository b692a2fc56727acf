import { describe, expect, it } from 'vitest';
import { CHECK_RUN_OUTPUT_LIMIT, COMMENT_LIMIT, JOB_SUMMARY_LIMIT, countCodePoints, countUtf8Bytes } from '../../src/report/budget.js';
import { renderMarkdownFitted } from '../../src/report/markdown.js';
import { metricRows } from '../../src/report/rows.js';
import type { Report } from '../../src/report/types.js';
import { failingCases } from '../../src/report/format.js';
import { caseResult, claim, sampleReport } from '../github/support/report-fixture.js';
import { manyCategoriesRegressed, scenarios, wideTextRun } from './scenarios.js';

/** The comment's first screen: everything before the metrics table. */
function verdictSection(markdown: string): string {
  return (markdown.split('\n| Metric |')[0] ?? '').replace(/<details>[\s\S]*?<\/details>/g, '');
}

function statusOf(report: Report, label: string): string | undefined {
  return metricRows(report).find((r) => r.label === label)?.status;
}

/** Every `<details>` closes, and every table row has as many cells as its header. */
function assertStructure(markdown: string): void {
  expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
  for (const block of markdown.split(/\n\n/)) {
    const lines = block.split('\n').filter((l) => l.startsWith('| '));
    if (lines.length < 2) continue;
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const line of lines) expect(cells(line), line).toBe(cells(lines[0]!));
  }
}

describe('the comment on the runs a maintainer meets', () => {
  const runs = scenarios();

  it('opens a passing run with one sentence and no warning lines about sample size first', () => {
    const markdown = renderMarkdownFitted(runs.passing).markdown;
    expect(markdown.split('\n')[0]).toBe('### ✅ factgate passed: no case hallucinates \\(65 cases\\), as before; every threshold met \\(2 warnings\\)');
    // The two thresholds a golden set this size cannot demonstrate: one line, the arithmetic collapsed.
    const lines = verdictSection(markdown).split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual(['- ⚠️ `certification`: Hallucination rate ≤ 2.0%, Undetermined claims ≤ 2.0% are not yet demonstrated at 95% confidence by a golden set this size (how many more cases would, below)']);
    // Nothing hallucinates in this run or the baseline: a chart of zeros says nothing.
    expect(markdown).not.toContain('```mermaid');
    expect(markdown).not.toContain('🔴');
    assertStructure(markdown);
  });

  it('says in its first sentence how many cases now hallucinate, against the baseline, and how many checks failed', () => {
    const { regressed } = runs;
    const markdown = renderMarkdownFitted(regressed).markdown;
    const cases = regressed.metrics.caseHallucinationRate;
    const failed = new Set(regressed.verdict.breaches.map((b) => b.rule)).size;
    expect(markdown.split('\n')[0]).toBe(`### ❌ factgate failed: ${cases.numerator} of ${cases.denominator} cases now hallucinate, none before; ${failed} checks failed`);
    expect(verdictSection(markdown).split('\n').filter((l) => l.startsWith('- ')).length).toBeLessThanOrEqual(8);
    assertStructure(markdown);
  });

  it('takes every row status from every rule on it: threshold, regression, missing responses, coverage', () => {
    const { passing, regressed, missingResponses, coverageFailure } = runs;
    for (const row of metricRows(passing)) expect(['ok', 'none', 'warn'], row.label).toContain(row.status);
    expect(statusOf(passing, 'Hallucination rate')).not.toBe('fail');

    // No threshold on the share of hallucinating cases under `standard`, but the paired regression test fails it.
    expect(regressed.policy.thresholds.maxCaseHallucinationRate).toBeNull();
    expect(regressed.verdict.breaches.some((b) => b.rule === 'regression')).toBe(true);
    expect(statusOf(regressed, 'Cases with a hallucination')).toBe('fail');
    const row = metricRows(regressed).find((r) => r.label === 'Cases with a hallucination')!;
    expect(row.significantRegression).toBe(true);

    // Errors / missing has no threshold under `standard`; missing responses fail the gate on that row.
    expect(missingResponses.verdict.breaches.some((b) => b.rule === 'missing-responses')).toBe(true);
    expect(statusOf(missingResponses, 'Errors / missing')).toBe('fail');
    expect(renderMarkdownFitted(missingResponses).markdown.split('\n')[0]).toMatch(/^### ❌ factgate failed: 65 of 65 cases got no response; /);

    // Coverage rows sit in the one table with their threshold, baseline, change and status.
    const markdown = renderMarkdownFitted(coverageFailure).markdown;
    expect(coverageFailure.verdict.breaches.map((b) => b.rule)).toContain('min-line-coverage');
    expect(markdown).toMatch(/\| Line coverage \| \*\*52\.0%\*\* \(520\/1,000\) \| 70\.0% \| −18\.0 pp( 🔴)? \| ≥ 60\.0% \| ❌ \|/);
    expect(markdown).toMatch(/\| Patch coverage \(changed lines\) \| \*\*25\.0%\*\* \(3\/12\) \| 100\.0% \| −75\.0 pp( 🔴)? \| — \| ✅ \|/);
    expect(statusOf(coverageFailure, 'Hallucination rate')).not.toBe('fail');
    expect(markdown.split('\n')[0]).toBe('### ❌ factgate failed: Line coverage 52.0% is below the minimum of 60.0%; 2 checks failed');
  });

  it('links uncovered changed lines to the pull request diff and the commits to GitHub', () => {
    const markdown = renderMarkdownFitted(runs.coverageFailure, { pullNumber: 42 }).markdown;
    // GitHub anchors a file in the diff by the SHA-256 of its path.
    expect(markdown).toContain('[12–14](https://github.com/acme/rag-app/pull/42/files#diff-');
    expect(markdown).toMatch(/\[12–14\]\(https:\/\/github\.com\/acme\/rag-app\/pull\/42\/files#diff-[0-9a-f]{64}R12-R14\)/);
    expect(markdown).toContain('[`aaaaaaa`](https://github.com/acme/rag-app/commit/' + 'a'.repeat(40) + ') → [`bbbbbbb`](https://github.com/acme/rag-app/commit/' + 'b'.repeat(40) + ')');
    expect(markdown).toContain('[workflow run](https://github.com/acme/rag-app/actions/runs/9001)');
    // Without a pull request, the lines link to the file at the commit.
    expect(renderMarkdownFitted(runs.coverageFailure).markdown).toContain(`[12–14](https://github.com/acme/rag-app/blob/${'b'.repeat(40)}/src/app/answer.py#L12-L14)`);
  });

  it('shows 65 identical app errors as one message, with the trace once', () => {
    const markdown = renderMarkdownFitted(runs.brokenApp).markdown;
    expect(markdown.match(/ConnectionRefusedError/g)?.length).toBe(2); // the summary line and the trace
    expect(markdown).toContain('<details><summary>65 cases · failed in the app: ConnectionRefusedError: &#91;Errno 111&#93; Connection refused</summary>');
    expect(markdown.split('\n')[0]).toMatch(/^### ❌ factgate failed: 65 of 65 cases failed in the app; /);
  });

  it('orders failing cases by severity and puts the reason in the summary line, without repeating it', () => {
    const cases = [
      caseResult('a-unsupported', 'x', [claim('One unsupported claim [S1].', 'unsupported')]),
      caseResult('b-two-contradicted', 'x', [claim('First wrong claim [S1].', 'contradicted'), claim('Second wrong claim [S1].', 'contradicted')]),
      caseResult('c-fine', 'x', [claim('A supported claim [S1].', 'supported')]),
    ];
    const ordered = failingCases({ cases }).map((f) => f.case.id);
    expect(ordered).toEqual(['b-two-contradicted', 'a-unsupported']);
    const markdown = renderMarkdownFitted(sampleReport({ cases })).markdown;
    const summaries = [...markdown.matchAll(/<details><summary><code>([^<]+)<\/code> · x · ([^<]+)<\/summary>/g)].map((m) => [m[1], m[2]]);
    expect(summaries).toEqual([
      ['b-two-contradicted', 'contradicted: “First wrong claim &#91;S1&#93;.” (+1 more)'],
      ['a-unsupported', 'unsupported: “One unsupported claim &#91;S1&#93;.”'],
    ]);
    const first = (markdown.split('#### Cases to look at')[1] ?? '').split('</details>')[0] ?? '';
    // The reason once, in the claims table: not again as a bullet.
    expect(first.match(/the source gives 4,000 mg, not 8,000 mg/g)?.length).toBe(2);
    expect(first).not.toMatch(/^- claim \d/m);
  });

  it('words drift in plain words once, with the statistics collapsed', () => {
    const markdown = renderMarkdownFitted(runs.regressed).markdown;
    const drift = markdown.split('#### Compared with the baseline')[1] ?? '';
    expect(drift).toMatch(/- 🔴 Paired over 65 unchanged cases: \d+ cases started hallucinating .* and none stopped, \+\d+\.\d pp: very unlikely to be chance — fails the gate\./);
    expect(drift).toContain('<details><summary>Statistics (');
    // The test's words and p-values are in the statistics table only.
    const bullets = drift.split('<details>')[0] ?? '';
    expect(bullets).not.toMatch(/McNemar|Fisher|p = |p &lt;/);
    expect(markdown).not.toMatch(/e[+-]\d/);
    expect(markdown).not.toContain(' pts');
  });

  it('draws the chart only when it says something, with the threshold as a line', () => {
    const markdown = renderMarkdownFitted(runs.regressed).markdown;
    const chart = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)?.[1] ?? '';
    expect(markdown).toContain('```\n\n<sub>Bars: this run · line: the baseline · flat line: the threshold, 2.0%</sub>');
    expect(chart.split('\n').filter((l) => l.trim().startsWith('line [')).at(-1)).toBe('  line [2, 2, 2, 2, 2]');
  });
});

describe('the budget, on runs that used to break it', () => {
  it('renders 120 regressing categories as a valid comment, check run and job summary, the verdict bounded', () => {
    const report = manyCategoriesRegressed();
    expect(report.verdict.breaches.length).toBeGreaterThan(200);
    for (const limit of [COMMENT_LIMIT, CHECK_RUN_OUTPUT_LIMIT, JOB_SUMMARY_LIMIT]) {
      const fitted = renderMarkdownFitted(report, { limit });
      expect(limit.measure(fitted.markdown)).toBeLessThanOrEqual(limit.max);
      assertStructure(fitted.markdown);
      const lines = verdictSection(fitted.markdown).split('\n').filter((l) => l.startsWith('- '));
      expect(lines.length).toBeLessThanOrEqual(9);
      expect(fitted.markdown).toContain('| Hallucination rate |');
    }
  });

  it('keeps a 5,000-case emoji and CJK run under every limit in the unit GitHub counts', () => {
    const report = wideTextRun();
    const comment = renderMarkdownFitted(report, { limit: COMMENT_LIMIT });
    const checkRun = renderMarkdownFitted(report, { limit: CHECK_RUN_OUTPUT_LIMIT });
    const summary = renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT });
    expect(countCodePoints(comment.markdown)).toBeLessThanOrEqual(65_536);
    expect(countUtf8Bytes(checkRun.markdown)).toBeLessThanOrEqual(65_535);
    expect(countUtf8Bytes(summary.markdown)).toBeLessThanOrEqual(1_048_576);
    // The same text is longer in bytes: the check run shows less than the comment.
    expect(countUtf8Bytes(comment.markdown)).toBeGreaterThan(65_535);
    for (const fitted of [comment, checkRun, summary]) assertStructure(fitted.markdown);
  });

  it('counts the cases it left out against every failing case', () => {
    const report = wideTextRun();
    const failing = report.cases.filter((c) => c.hallucinated).length;
    const fitted = renderMarkdownFitted(report, { limit: COMMENT_LIMIT });
    const shown = (fitted.markdown.split('#### Cases to look at')[1]?.match(/<details><summary><code>/g) ?? []).length;
    expect(fitted.markdown).toContain(`#### Cases to look at: ${failing.toLocaleString('en-US')} hallucinate`);
    expect(fitted.markdown).toContain(`${(failing - shown).toLocaleString('en-US')} of ${failing.toLocaleString('en-US')} failing cases`);
  });
});
