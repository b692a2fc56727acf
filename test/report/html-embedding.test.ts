import { describe, expect, it } from 'vitest';
import { caseOutcome, CHANGE, compareCases, OUTCOME } from '../../src/report/html/case-outcomes.js';
import { jsonForScript } from '../../src/report/html/embed-json.js';
import { html, trusted } from '../../src/report/html/safe-html.js';
import { renderHtml } from '../../src/report/html/render-html.js';
import type { CaseResult, Report } from '../../src/report/types.js';
import { makeReport } from '../drift/synthetic-reports.js';

describe('report data inside the page', () => {
  const hostile = ['</script><script>alert(1)</script>', '<!-- x', '<SCRIPT>', '</ScRiPt >', '\u2028\u2029', '"\\\'`${x}`'];

  it('never contains what would end or confuse its script element, and parses back to the same value', () => {
    const value = { texts: hostile, nested: { answer: hostile.join(' ') } };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<\/script|<!--|<script/i);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes interpolated text in templates and keeps nested templates as markup', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'" onmouseover="x'}">${inner}${hostile[0]!}</p>`.text).toBe(
      '<p title="&quot; onmouseover=&quot;x"><b>&lt;i&gt;</b>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
    expect(html`${[trusted('<br>'), '<br>', null, false, 3]}`.text).toBe('<br>&lt;br&gt;3');
  });

  it('puts hostile report text in the page only escaped or inside the data block', () => {
    const report = makeReport({});
    const first = report.cases[0]!;
    report.cases[0] = { ...first, question: hostile.join(' '), answer: hostile.join(' '), category: '<img src=x onerror=alert(1)>' };
    const page = renderHtml(report);
    // Exactly the page's own two scripts and no other element the text could have made.
    expect(page.match(/<script\b/gi)).toHaveLength(2);
    expect(page.match(/<\/script/gi)).toHaveLength(2);
    expect(page).not.toMatch(/<img\b/i);
    expect(page.indexOf('<!--')).toBe(-1);
    const data = /<script type="application\/json" id="factgate-data">([^]*?)<\/script>/.exec(page)![1]!;
    expect((JSON.parse(data) as { report: Report }).report.cases[0]!.answer).toBe(hostile.join(' '));
  });
});

describe('case outcomes and changes against the baseline', () => {
  const report = makeReport({ hallucinating: new Set(['fin-001']), uncited: new Set(['fin-002']), errored: new Set(['fin-003']) });
  const byId = (id: string): CaseResult => report.cases.find((c) => c.id === id)!;

  it('flags hallucinated, uncited and failed cases, and nothing else', () => {
    expect(caseOutcome(byId('fin-001')) & OUTCOME.hallucinated).toBeTruthy();
    expect(caseOutcome(byId('fin-002'))).toBe(OUTCOME.uncited);
    expect(caseOutcome(byId('fin-003')) & OUTCOME.error).toBeTruthy();
    expect(caseOutcome(byId('fin-004'))).toBe(0);
  });

  it('tells added, edited, changed and unchanged cases apart', () => {
    const baseline = makeReport({ hallucinating: new Set(['fin-002']), only: (id) => id !== 'fin-005', contentHash: (id) => (id === 'fin-006' ? 'old' : `hash-${id}`) });
    const head = makeReport({ hallucinating: new Set(['fin-001']), contentHash: (id) => `hash-${id}` });
    const { change, was } = compareCases(head, baseline);
    const at = (id: string): number => head.cases.findIndex((c) => c.id === id);
    expect(change[at('fin-001')]).toBe(CHANGE.outcome);
    expect(was[at('fin-001')]).toBe(0);
    expect(change[at('fin-002')]).toBe(CHANGE.outcome);
    expect(change[at('fin-005')]).toBe(CHANGE.added);
    expect(was[at('fin-005')]).toBe(-1);
    expect(change[at('fin-006')]).toBe(CHANGE.edited);
    expect(change[at('fin-007')]).toBe(CHANGE.same);
  });
});
