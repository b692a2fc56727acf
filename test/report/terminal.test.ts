import { describe, expect, it } from 'vitest';
import { renderTerminal, visibleLength, wrap } from '../../src/report/terminal.js';
import { manyCategoriesRegressed, scenarios } from './scenarios.js';

describe('renderTerminal', () => {
  const { regressed, passing } = scenarios();

  it('fits 80 columns, wrapping at word boundaries without splitting a number', () => {
    const text = renderTerminal(regressed, { color: false, width: 80 });
    for (const line of text.split('\n')) expect(visibleLength(line), line).toBeLessThanOrEqual(80);
    // Every figure of the one-line form is still whole once the lines are joined again.
    const joined = text.replace(/\n +/g, ' ');
    for (const figure of text.match(/\d[\d,.]*%?/g) ?? []) expect(joined).toContain(figure);
    const narrow = renderTerminal(regressed, { color: true, width: 50 });
    for (const line of narrow.split('\n')) expect(visibleLength(line), line).toBeLessThanOrEqual(50);
  });

  it('prints each regression once, under the baseline comparison', () => {
    const text = renderTerminal(regressed, { color: false, width: 100 });
    const paired = regressed.drift!.findings.find((f) => f.test === 'mcnemar')!;
    expect(paired.significant).toBe(true);
    const joined = text.replace(/\n +/g, ' ');
    expect(joined.split('started hallucinating').length - 1).toBe(1);
    expect(joined).toMatch(/✗ \d+ significant regressions against the baseline, below/);
  });

  it('ends with the verdict line and the reports written', () => {
    const text = renderTerminal(passing, { color: false, reportPaths: ['.factgate/report.json', '.factgate/report.md'] });
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-2)).toBe('factgate: PASSED (policy standard, 65 cases, 130 claims)');
    expect(lines.at(-1)).toBe('Reports: .factgate/report.json, .factgate/report.md');
    expect(text.replace(/\n +/g, ' ')).toMatch(/^factgate: PASSED — no case hallucinates \(65 cases\), as before; every threshold met/);
  });

  it('keeps a 120-category run to a bounded number of lines', () => {
    const text = renderTerminal(manyCategoriesRegressed(), { color: false });
    expect(text.split('\n').length).toBeLessThan(200);
  });
});

describe('wrap', () => {
  it('never splits a word, counts wide characters as two columns', () => {
    expect(wrap('a 1,234,567.89% b', 8)).toEqual(['a', '1,234,567.89%', 'b']);
    expect(wrap('幻覚 幻覚 幻覚', 10)).toEqual(['幻覚 幻覚', '幻覚']);
    expect(visibleLength('\u001b[31m✗\u001b[0m 幻')).toBe(4);
  });
});
