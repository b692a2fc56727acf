/**
 * The HTML report as people see it: the bundled golden set answered by the example app's
 * good and regressed variants, written by `factgate run --report-html` and
 * `factgate html`, opened from file:// in headless Chromium with every request refused.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseOutcome, OUTCOME } from '../../src/report/html/case-outcomes.js';
import type { Report } from '../../src/report/types.js';
import { validateReport } from '../../src/report/validate-report.js';
import { launchBrowser, openFile, type OpenedPage } from '../support/browser.js';
import { runCli } from '../support/cli.js';
import { goldenCase } from '../support/temp.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const APP = join(ROOT, 'examples/app/app.mjs');
const GOLDEN = join(ROOT, 'golden-sets');

let dir: string;
let browser: Browser;
let good: { html: string; report: Report };
let regressed: { html: string; report: Report };

async function gate(variant: 'good' | 'regressed', baseline: string | null): Promise<{ html: string; report: Report }> {
  const responses = join(dir, `${variant}.jsonl`);
  await run(process.execPath, [APP, '--golden-set', GOLDEN, '--out', responses, '--variant', variant]);
  const json = join(dir, `${variant}.json`);
  const html = join(dir, `${variant}.html`);
  const result = await runCli(
    ['run', '--golden-set', GOLDEN, '--responses', responses, '--report-json', json, '--report-html', html, ...(baseline ? ['--baseline', baseline] : [])],
    dir,
  );
  expect(result.stderr).toBe('');
  return { html, report: validateReport(JSON.parse(readFileSync(json, 'utf8')), json) };
}

async function text(opened: OpenedPage, selector: string): Promise<string> {
  return opened.page.$eval(selector, (node) => node.textContent ?? '');
}

async function ready(opened: OpenedPage): Promise<void> {
  await opened.page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
}

/** The ids of every case the table shows, scrolling through it: rows exist only where it is scrolled to. */
async function shownIds(opened: OpenedPage): Promise<string[]> {
  return opened.page.evaluate(async () => {
    const wrap = document.getElementById('table-wrap')!;
    const ids: string[] = [];
    const seen = new Set<string>();
    wrap.scrollTop = 0;
    for (;;) {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (const cell of Array.from(wrap.querySelectorAll('tr.row td.id'))) {
        if (!seen.has(cell.textContent!)) ids.push(cell.textContent!), seen.add(cell.textContent!);
      }
      if (wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - 1) break;
      wrap.scrollTop += wrap.clientHeight;
    }
    wrap.scrollTop = 0;
    return ids;
  });
}

function expectNothingLeft(opened: OpenedPage): void {
  expect(opened.requests).toEqual([]);
  expect(opened.dialogs).toEqual([]);
  expect(opened.errors).toEqual([]);
}

describe('the HTML report in a browser', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factgate-html-'));
    good = await gate('good', null);
    regressed = await gate('regressed', join(dir, 'good.json'));
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the passing run from file:// with its verdict and counts, requesting nothing', async () => {
    const opened = await openFile(browser, good.html);
    await ready(opened);
    const m = good.report.metrics;
    expect(await text(opened, 'header.verdict .badge')).toBe('PASSED');
    expect(await text(opened, '#summary')).toContain(`${m.hallucinationRate.numerator} of ${m.counts.claims} claims are hallucinated`);
    expect(await text(opened, '#summary')).toContain(`over ${m.counts.cases} cases`);
    expect(await text(opened, '#case-count')).toBe(`Showing ${m.counts.cases} of ${m.counts.cases} cases`);
    const csp = await opened.page.$eval('meta[http-equiv="Content-Security-Policy"]', (node) => node.getAttribute('content') ?? '');
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'$/);
    // Without a baseline, the change filter cannot be used.
    expect(await opened.page.$eval('#filter-changed', (node) => (node as HTMLInputElement).disabled)).toBe(true);
    expectNothingLeft(opened);
    await opened.page.close();
  });

  it('shows the regressed run’s figures, the baseline beside them and every significant finding', async () => {
    const opened = await openFile(browser, regressed.html);
    await ready(opened);
    const r = regressed.report;
    expect(await text(opened, 'header.verdict .badge')).toBe('FAILED');
    expect(await text(opened, '#summary')).toContain(`failed under the standard policy: ${r.verdict.breaches.length} breaches (max-hallucination-rate, min-citation-coverage and `);
    const metricRows = await opened.page.$$eval('#metrics tbody tr', (rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent)));
    const hallucination = metricRows.find((row) => row[0] === 'Hallucination rate')!;
    expect(hallucination[2]).toBe(`${r.metrics.hallucinationRate.numerator} / ${r.metrics.hallucinationRate.denominator}`);
    expect(hallucination[5]).toBe('0.0%'); // the good run's rate, as baseline
    expect(hallucination.at(-1)).toBe('breached');
    const findings = await opened.page.$$eval('#drift > ul.findings li', (items) => items.map((item) => item.textContent));
    expect(findings).toHaveLength(r.drift!.findings.filter((f) => f.significant).length);
    // The charts: one bar per category in each category chart, the threshold line drawn.
    const charts = await opened.page.$$eval('figure.chart', (figures) =>
      figures.map((f) => ({ title: f.querySelector('figcaption')!.firstChild!.textContent, heads: f.querySelectorAll('rect.head').length, thresholds: f.querySelectorAll('line.threshold').length })),
    );
    expect(charts[0]).toEqual({ title: 'Hallucination rate per category', heads: r.categories.length, thresholds: 1 });
    expect(charts[1]).toEqual({ title: 'Citation coverage per category', heads: r.categories.length, thresholds: 1 });
    expect(charts[2]!.title).toBe('Judge-score distribution, this run against the baseline');
    expectNothingLeft(opened);
    await opened.page.close();
  });

  it('filters by outcome, category, change against the baseline and text, and sorts', async () => {
    const opened = await openFile(browser, regressed.html);
    await ready(opened);
    const { page } = opened;
    const cases = regressed.report.cases;
    const shown = (): Promise<string[]> => shownIds(opened);

    await page.select('#filter-outcome', 'hallucinated');
    const hallucinated = cases.filter((c) => caseOutcome(c) & OUTCOME.hallucinated).map((c) => c.id);
    expect(hallucinated.length).toBeGreaterThan(0);
    expect(await shown()).toEqual(hallucinated);
    expect(await text(opened, '#case-count')).toBe(`Showing ${hallucinated.length} of ${cases.length} cases`);

    await page.select('#filter-category', 'medical');
    expect(await shown()).toEqual(cases.filter((c) => c.category === 'medical' && caseOutcome(c) & OUTCOME.hallucinated).map((c) => c.id));

    await page.select('#filter-outcome', 'all');
    await page.select('#filter-category', '');
    await page.click('#filter-changed');
    const goodById = new Map(good.report.cases.map((c) => [c.id, caseOutcome(c)]));
    const changed = cases.filter((c) => goodById.get(c.id) !== caseOutcome(c)).map((c) => c.id);
    expect(changed.length).toBeGreaterThan(0);
    expect(await shown()).toEqual(changed);
    await page.click('#filter-changed');

    await page.type('#filter-search', 'Zentrafen');
    await page.waitForFunction((n) => document.getElementById('case-count')!.textContent === `Showing ${n} of 65 cases`, {}, cases.filter((c) => `${c.id}\n${c.question}\n${c.answer}`.toLowerCase().includes('zentrafen') || c.claims.some((claim) => claim.reason.toLowerCase().includes('zentrafen'))).length);
    await page.$eval('#filter-search', (node) => ((node as HTMLInputElement).value = ''));
    await page.type('#filter-search', ' ');
    await page.waitForFunction(() => document.getElementById('case-count')!.textContent === 'Showing 65 of 65 cases');

    // Lowest judge score first, after one click on a numeric column (highest first) and another.
    await page.click('#case-table th[data-sort="score"] button');
    await page.click('#case-table th[data-sort="score"] button');
    const lowest = Math.min(...cases.flatMap((c) => c.claims.map((claim) => claim.score)));
    expect(await page.$eval('#case-rows tr.row td:nth-child(6)', (cell) => cell.textContent)).toBe(lowest.toFixed(3));
    expect(await page.$eval('#case-table th[data-sort="score"]', (cell) => cell.getAttribute('aria-sort'))).toBe('ascending');
    expectNothingLeft(opened);
    await page.close();
  });

  it('opens a case to its claims, highlighted by verdict, with citations and the evidence span marked', async () => {
    const target = regressed.report.cases.find((c) => c.claims.some((claim) => claim.hallucinated) && c.claims.some((claim) => claim.verdict === 'supported' && claim.evidence))!;
    const opened = await openFile(browser, regressed.html);
    await ready(opened);
    const { page } = opened;
    await page.select('#filter-outcome', 'hallucinated');
    await page.$$eval('#case-rows tr.row', (rows, id) => (rows.find((row) => row.querySelector('td.id')!.textContent === id) as HTMLElement).click(), target.id);
    await page.waitForFunction((id) => document.getElementById('case-detail')!.dataset.caseId === id, {}, target.id);
    expect(await page.evaluate(() => document.activeElement?.closest('#case-detail') !== null && document.activeElement?.tagName)).toBe('H2');
    expect(await page.evaluate(() => location.hash)).toBe(`#case=${encodeURIComponent(target.id)}`);

    expect(await text(opened, '#case-detail p.question')).toBe(target.question);
    expect(await text(opened, '#case-detail p.answer')).toBe(target.answer);
    const spans = await page.$$eval('#case-detail p.answer .claim-span', (nodes) => nodes.map((node) => ({ claim: Number((node as HTMLElement).dataset.claim), classes: node.className })));
    expect(spans.map((s) => s.claim)).toEqual(target.claims.map((c) => c.index));
    for (const claim of target.claims) expect(spans.find((s) => s.claim === claim.index)!.classes).toContain(claim.verdict);

    const cards = await page.$$eval('#case-detail li.claim', (nodes) =>
      nodes.map((node) => ({
        text: node.querySelector('.claim-text')!.textContent,
        reason: node.querySelector('.reason')!.textContent,
        facts: node.querySelector('.claim-facts')!.textContent,
        citations: Array.from(node.querySelectorAll('ul.citations li'), (li) => li.textContent),
        evidence: node.querySelector('.evidence .sentence')?.textContent ?? null,
        marked: Array.from(node.querySelectorAll('.evidence mark'), (mark) => mark.textContent),
      })),
    );
    expect(cards).toHaveLength(target.claims.length);
    target.claims.forEach((claim, i) => {
      const card = cards[i]!;
      expect(card.text).toBe(claim.text);
      expect(card.reason).toBe(claim.reason);
      expect(card.facts).toContain(`judge ${claim.judge} · score ${claim.score.toFixed(3)}`);
      expect(card.citations).toHaveLength(Math.max(1, claim.citationChecks.length));
      expect(card.evidence).toBe(claim.evidence?.sentence ?? null);
    });
    // The supported claim's evidence marks the words it shares with the claim, as one span per stretch.
    const supported = target.claims.findIndex((claim) => claim.verdict === 'supported' && claim.evidence);
    const marked = cards[supported]!.marked;
    expect(marked.length).toBeGreaterThan(0);
    for (const span of marked) expect(target.claims[supported]!.evidence!.sentence).toContain(span!);
    expect(marked.join(' ')).toMatch(/\d/);
    expectNothingLeft(opened);
    await page.close();
  });

  it('opens straight to a case from a link with its hash', async () => {
    const target = regressed.report.cases.at(-1)!;
    const opened = await openFile(browser, regressed.html, `#case=${encodeURIComponent(target.id)}`);
    await ready(opened);
    expect(await opened.page.$eval('#case-detail', (node) => (node as HTMLElement).dataset.caseId)).toBe(target.id);
    expectNothingLeft(opened);
    await opened.page.close();
  });

  it('renders any report afterwards with factgate html, the same page as the run wrote', async () => {
    const out = join(dir, 'again.html');
    const result = await runCli(['html', 'regressed.json', '--baseline', 'good.json', '--out', 'again.html'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(regressed.html, 'utf8'));
  });

  it('shows hostile answers, questions and categories as text: nothing runs, loads or breaks out', async () => {
    const hostile = [
      '<script>alert("script")</script>',
      '</script><script>alert("break-out")</script>',
      '<img src=x onerror="alert(\'img\')">',
      '<!-- <script>alert("comment")</script>',
      '<a href="https://example.com/track">link</a><iframe src="https://example.com"></iframe>',
      '\u2028\u2029 ${alert("template")}',
    ].join(' ');
    const golden = [goldenCase('x-1', { category: '<svg onload=alert("category")>', question: `Which dose? ${hostile}` }), goldenCase('x-2')];
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(golden));
    writeFileSync(join(dir, 'hostile.jsonl'), [JSON.stringify({ id: 'x-1', answer: `The maximum is 3,000 mg. ${hostile} [S1]` }), JSON.stringify({ id: 'x-2', answer: hostile })].join('\n'));
    const result = await runCli(['run', '--golden-set', 'hostile.json', '--responses', 'hostile.jsonl', '--report-json', 'hostile-report.json'], dir);
    expect(result.stderr).toBe('');
    // A report is read from an artifact, so any of its text may be hostile: the id, a reason, the evidence too.
    const written = JSON.parse(readFileSync(join(dir, 'hostile-report.json'), 'utf8')) as Report;
    written.cases[0]!.id = 'x-<b>1</b>';
    for (const claim of written.cases[0]!.claims) {
      claim.reason = hostile;
      if (claim.evidence) claim.evidence.sentence = `${claim.evidence.sentence} ${hostile}`;
    }
    writeFileSync(join(dir, 'hostile-report.json'), JSON.stringify(written));
    expect(await runCli(['html', 'hostile-report.json', '--out', 'hostile.html'], dir)).toMatchObject({ code: 0, stderr: '' });
    const opened = await openFile(browser, join(dir, 'hostile.html'), `#case=${encodeURIComponent('x-<b>1</b>')}`);
    await ready(opened);
    const { page } = opened;
    expect(await page.$eval('#case-detail', (node) => (node as HTMLElement).dataset.caseId)).toBe('x-<b>1</b>');
    expect(await text(opened, '#case-detail p.question')).toBe(`Which dose? ${hostile}`);
    expect(await text(opened, '#case-detail p.answer')).toContain(hostile);
    const report = validateReport(JSON.parse(readFileSync(join(dir, 'hostile-report.json'), 'utf8')), 'hostile-report.json');
    expect(await text(opened, '#case-detail p.answer')).toBe(report.cases[0]!.answer);
    expect(await opened.page.$$eval('#case-detail li.claim .reason', (nodes) => nodes.map((node) => node.textContent))).toEqual(report.cases[0]!.claims.map(() => hostile));
    // Only the page's own two scripts, and no element the text could have made.
    expect(await page.$$eval('script', (nodes) => nodes.length)).toBe(2);
    expect(await page.$$eval('img, iframe, b, a[href^="https"]', (nodes) => nodes.length)).toBe(0);
    expect(await page.$$eval('svg', (nodes) => nodes.every((svg) => !svg.hasAttribute('onload')))).toBe(true);
    expect(await page.$eval('#filter-category', (node) => Array.from((node as HTMLSelectElement).options, (o) => o.textContent))).toContain('<svg onload=alert("category")>');
    await page.click('#case-rows tr.row:nth-child(3)');
    expect(await text(opened, '#case-detail p.answer')).toBe(hostile);
    expectNothingLeft(opened);
    await page.close();
  });
});
