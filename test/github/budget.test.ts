import { describe, expect, it } from 'vitest';
import {
  CHECK_RUN_OUTPUT_LIMIT,
  COMMENT_LIMIT,
  JOB_SUMMARY_LIMIT,
  countCodePoints,
  countUtf8Bytes,
  fitToBudget,
  type BudgetSection,
  type SizeLimit,
} from '../../src/report/budget.js';

function table(rows: number, cell = 'x'.repeat(40)): string {
  return ['| case | why |', '| --- | --- |', ...Array.from({ length: rows }, (_, i) => `| c${i} | ${cell} |`)].join('\n');
}

function details(i: number, size: number): string {
  return `<details><summary>case ${i}</summary>\n\n${'y'.repeat(size)}\n\n</details>`;
}

function sections(caseCount: number, caseSize: number): BudgetSection[] {
  return [
    { id: 'verdict', label: 'verdict', blocks: ['**factgate: fail**'] },
    { id: 'metrics', label: 'metrics table', blocks: ['## Metrics', table(8)] },
    { id: 'categories', label: 'per-category table', blocks: ['## Categories', table(30)], dropOrder: 2 },
    { id: 'chart', label: 'chart', blocks: ['```mermaid\nxychart-beta\n```'], dropOrder: 1 },
    {
      id: 'failing',
      label: 'failing cases',
      blocks: ['## Failing cases', ...Array.from({ length: caseCount }, (_, i) => details(i, caseSize))],
      dropOrder: 3,
      dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases' },
    },
  ];
}

/** Every `<details>` opened is closed and every table keeps its header and delimiter rows. */
function assertWhole(markdown: string): void {
  expect((markdown.match(/<details>/g) ?? []).length).toBe((markdown.match(/<\/details>/g) ?? []).length);
  for (const block of markdown.split('\n\n')) {
    if (block.startsWith('| ')) expect(block.split('\n')[1]).toBe('| --- | --- |');
  }
}

describe('countCodePoints', () => {
  it('counts characters as GitHub does: an astral emoji is one, not two', () => {
    expect(countCodePoints('a😀b')).toBe(3);
    expect('a😀b'.length).toBe(4);
    expect(countCodePoints('é')).toBe(1);
    expect(countCodePoints('\uD800x')).toBe(2);
    expect(countUtf8Bytes('😀')).toBe(4);
  });
});

describe('fitToBudget', () => {
  it('returns the document whole when it fits', () => {
    const result = fitToBudget(sections(3, 100), COMMENT_LIMIT);
    expect(result.omitted).toEqual([]);
    expect(result.markdown).not.toMatch(/Not shown/);
    expect(result.size).toBe(countCodePoints(result.markdown));
  });

  it('leaves out the chart first, then cases from the end, and says what it left out', () => {
    const limit: SizeLimit = { ...COMMENT_LIMIT, max: 20_000 };
    const result = fitToBudget(sections(40, 1000), limit, { whereToFindTheRest: 'The full report is in the report artifact.' });
    expect(result.size).toBeLessThanOrEqual(20_000);
    expect(result.omitted.map((o) => o.id)).toEqual(['categories', 'chart', 'failing']);
    const failing = result.omitted.find((o) => o.id === 'failing');
    expect(failing?.items?.total).toBe(40);
    expect(result.markdown).toContain('<summary>case 0</summary>');
    expect(result.markdown).toContain(`${failing?.items?.omitted} of 40 failing cases`);
    expect(result.markdown).toMatch(/The full report is in the report artifact\.$/);
    // The per-category table comes before failing cases in the drop order, so it went too.
    expect(result.markdown).not.toContain('## Categories');
    assertWhole(result.markdown);
  });

  it('counts left-out items against every item there is, not against the blocks made', () => {
    // 5,000 failing cases: 500 rendered, the last block standing for a group of 20 identical errors.
    const blocks = Array.from({ length: 500 }, (_, i) => details(i, 200));
    const section: BudgetSection = {
      id: 'failing',
      label: 'failing cases',
      blocks: ['## Failing cases (5,000)', ...blocks],
      dropOrder: 1,
      dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases', itemsPerBlock: [...Array.from({ length: 499 }, () => 1), 20], total: 5_000 },
    };
    const roomy = fitToBudget([section], { ...COMMENT_LIMIT, max: 1_000_000 });
    expect(roomy.omitted).toEqual([{ id: 'failing', label: 'failing cases', items: { omitted: 5_000 - 519, total: 5_000, itemName: 'failing cases' } }]);
    expect(roomy.markdown).toContain('4,481 of 5,000 failing cases');
    const tight = fitToBudget([section], { ...COMMENT_LIMIT, max: 20_000 });
    const shown = (tight.markdown.match(/<details>/g) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(tight.markdown).toContain(`${(5_000 - shown).toLocaleString('en-US')} of 5,000 failing cases`);
  });

  it('sizes the check-run output in bytes: CJK text takes three a character', () => {
    const cjk: BudgetSection[] = [
      { id: 'v', label: 'verdict', blocks: ['判定'.repeat(10_000)] },
      { id: 'x', label: 'extra', blocks: ['幻覚'.repeat(10_000)], dropOrder: 1 },
    ];
    expect(fitToBudget(cjk, COMMENT_LIMIT).omitted).toEqual([]);
    const checkRun = fitToBudget(cjk, CHECK_RUN_OUTPUT_LIMIT);
    expect(checkRun.omitted).toEqual([{ id: 'x', label: 'extra' }]);
    expect(countUtf8Bytes(checkRun.markdown)).toBeLessThanOrEqual(65_535);
  });

  it('drops a list section with its heading once no item fits', () => {
    const limit: SizeLimit = { ...COMMENT_LIMIT, max: 2_000 };
    const result = fitToBudget(sections(5, 5_000), limit);
    expect(result.markdown).not.toContain('## Failing cases');
    expect(result.omitted.map((o) => o.id)).toEqual(['categories', 'chart', 'failing']);
    assertWhole(result.markdown);
  });

  it('counts emoji as one character against the comment limit but four bytes against the job summary', () => {
    const emoji: BudgetSection[] = [
      { id: 'v', label: 'verdict', blocks: ['😀'.repeat(30_000)] },
      { id: 'x', label: 'extra', blocks: ['😀'.repeat(30_000)], dropOrder: 1 },
    ];
    expect(fitToBudget(emoji, COMMENT_LIMIT).omitted).toEqual([]);
    const bytes = fitToBudget(emoji, { ...JOB_SUMMARY_LIMIT, max: 200_000 });
    expect(bytes.omitted).toEqual([{ id: 'x', label: 'extra' }]);
    expect(bytes.size).toBeLessThanOrEqual(200_000);
  });

  it('stays linear for thousands of cases and under the real comment limit', () => {
    const result = fitToBudget(sections(5_000, 300), COMMENT_LIMIT);
    expect(result.size).toBeLessThanOrEqual(COMMENT_LIMIT.max);
    expect(result.size).toBeGreaterThan(COMMENT_LIMIT.max - 1_000);
    assertWhole(result.markdown);
  });

  it('never throws: parts that always stay are kept whole while they fit, and the note says what is missing', () => {
    const tooBig: BudgetSection[] = [
      { id: 'v', label: 'verdict', blocks: ['### verdict', 'x'.repeat(300)] },
      { id: 'm', label: 'metrics table', blocks: ['| a | b |\n| --- | --- |\n| 1 | 2 |'] },
    ];
    const limit = { ...COMMENT_LIMIT, max: 200 };
    const result = fitToBudget(tooBig, limit);
    expect(result.size).toBeLessThanOrEqual(200);
    expect(result.markdown.startsWith('### verdict\n\n')).toBe(true);
    expect(result.omitted.map((o) => o.id)).toEqual(['v', 'm']);
    expect(result.markdown).toMatch(/Not shown.*the verdict; the metrics table\./);
    // A limit smaller than the note itself: the note, cut at a whole character.
    const tiny = fitToBudget(tooBig, { ...COMMENT_LIMIT, max: 20 });
    expect(countCodePoints(tiny.markdown)).toBeLessThanOrEqual(20);
    expect(tiny.markdown.startsWith('> [!NOTE]')).toBe(true);
  });
});
