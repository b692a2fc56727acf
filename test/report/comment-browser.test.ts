import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, commentHtml, drawMermaid, structureOf, type CommentStructure } from '../../scripts/comment-page.mjs';
import { CHECK_RUN_OUTPUT_LIMIT, COMMENT_LIMIT } from '../../src/report/budget.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { manyCategoriesRegressed, scenarios, wideTextRun } from './scenarios.js';

/**
 * The comment as GitHub shows it: GFM rendered by markdown-it, GitHub's CSS, Mermaid drawn
 * by the mermaid package, in Debian's Chromium. The checks are structural: a table that
 * loses a column, a `<details>` that swallows the rest, or a chart Mermaid cannot read all
 * show up here and not in the Markdown text.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function rendered(markdown: string): Promise<CommentStructure & { mermaid: { blocks: number; errors: string[] } }> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 912, height: 900 });
    await page.setContent(commentHtml(markdown), { waitUntil: 'load' });
    const mermaid = await drawMermaid(page);
    return { ...(await structureOf(page)), mermaid };
  } finally {
    await page.close();
  }
}

/** Table rows in the Markdown source, header and delimiter rows left out, and their cell counts against the header's. */
function sourceTables(source: string): { rows: number; consistent: boolean }[] {
  const tables: { rows: number; consistent: boolean }[] = [];
  const cells = (line: string) => line.replace(/`[^`]*`/g, '').split(/(?<!\\)\|/).length;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ') || !/^\| :?-{3}/.test(lines[i + 1] ?? '')) continue;
    const header = cells(lines[i]!);
    let j = i + 2;
    let consistent = true;
    for (; j < lines.length && lines[j]!.startsWith('| '); j++) consistent &&= cells(lines[j]!) === header;
    tables.push({ rows: j - i - 2, consistent });
    i = j;
  }
  return tables;
}

function expectWellFormed(result: Awaited<ReturnType<typeof rendered>>, source: string): void {
  // GFM pads a short row and drops extra cells, so the source is checked too: every row as wide as its header,
  // and every source row a row of the rendered table (a line break inside a cell would end the table early).
  const tables = sourceTables(source);
  expect(tables.every((t) => t.consistent)).toBe(true);
  expect(result.tables.map((t) => t.rows.length)).toEqual(tables.map((t) => t.rows));
  for (const table of result.tables) for (const cells of table.rows) expect(cells).toBe(table.header);
  expect(result.details.length).toBe((source.match(/<details>/g) ?? []).length);
  for (const d of result.details) expect(d).toEqual({ withSummary: true, nested: false });
  expect(result.literalTags).toEqual([]);
  expect(result.mermaid.errors).toEqual([]);
  expect(result.mermaid.blocks).toBe((source.match(/^```mermaid$/gm) ?? []).length);
}

const runs = scenarios();
const cases: [string, () => Report][] = [
  ['passing', () => runs.passing],
  ['regressed', () => runs.regressed],
  ['missing responses', () => runs.missingResponses],
  ['coverage failure', () => runs.coverageFailure],
  ['broken app', () => runs.brokenApp],
  ['120 regressing categories', manyCategoriesRegressed],
];

describe('the comment in a browser', () => {
  it.each(cases)('renders the %s run with whole tables, closed sections and charts Mermaid reads', async (_name, make) => {
    const markdown = renderMarkdown(make(), { limit: COMMENT_LIMIT, pullNumber: 42 });
    const result = await rendered(markdown);
    expectWellFormed(result, markdown);
    // The first screen says what failed and why: the sentence and the rule lines end above the fold.
    expect(result.verdictBottom).toBeLessThan(900);
    expect(result.firstTableTop).toBeGreaterThan(result.headingBottom);
  }, 60_000);

  it('catches what it looks for: a broken chart, a row broken by a line break, a section left open', async () => {
    const broken = [
      '### ❌ factgate failed: x',
      '| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | broken\nline |',
      '```mermaid\nxychart-beta\n  bar [1, 2\n```',
      '<details><summary>open</summary>\n\ntext',
      '<details><summary>inside</summary>\n\nmore\n\n</details>',
    ].join('\n\n');
    const result = await rendered(broken);
    expect(sourceTables(broken)).toEqual([{ rows: 2, consistent: false }]);
    // GFM reads the broken line as one more row: the rendered table no longer matches the source.
    expect(result.tables[0]?.rows.length).toBe(3);
    expect(() => expectWellFormed(result, broken)).toThrow();
    expect(result.mermaid.errors).toHaveLength(1);
    expect(result.details.some((d) => d.nested)).toBe(true);
  }, 60_000);

  it('draws the regressed run chart with its threshold line', async () => {
    const markdown = renderMarkdown(runs.regressed);
    const result = await rendered(markdown);
    expect(result.mermaid).toEqual({ blocks: 1, errors: [] });
  }, 60_000);

  it('renders the 5,000-case emoji and CJK run as comment and check run alike', async () => {
    const report = wideTextRun();
    for (const limit of [COMMENT_LIMIT, CHECK_RUN_OUTPUT_LIMIT]) {
      const markdown = renderMarkdown(report, { limit });
      expectWellFormed(await rendered(markdown), markdown);
    }
  }, 120_000);
});
