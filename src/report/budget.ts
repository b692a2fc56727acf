/**
 * Fitting a rendered Markdown document under a size limit by leaving out whole parts
 * (a section, or whole blocks at the end of a list-like section) in a fixed order, never
 * cutting a table, a code block or a `<details>` in half, and saying what was left out.
 */

/**
 * GitHub validates comment and check-run text with Rails' length validator
 * ("Body is too long (maximum is 65536 characters)"), which counts Ruby characters:
 * Unicode code points, not UTF-16 code units and not bytes. An emoji outside the BMP is
 * one character to GitHub but two to `String.prototype.length`.
 */
export function countCodePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** The job summary limit is in bytes of the UTF-8 file the runner uploads. */
export function countUtf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export interface SizeLimit {
  /** Where the text goes, for the left-out note ("comment", "check run"). */
  name: string;
  max: number;
  measure: (text: string) => number;
  /** How the note names the unit: "characters" or "bytes". */
  unit: string;
}

/**
 * Each destination counted in the unit GitHub counts: a comment body in characters (code
 * points, Rails' validator), a check-run summary or text in bytes (GitHub answers 422 past
 * 65,535 bytes of UTF-8, whatever the characters), the job summary in bytes of the file.
 */
export const COMMENT_LIMIT: SizeLimit = { name: 'pull-request comment', max: 65_536, measure: countCodePoints, unit: 'characters' };
export const CHECK_RUN_OUTPUT_LIMIT: SizeLimit = { name: 'check run', max: 65_535, measure: countUtf8Bytes, unit: 'bytes' };
export const JOB_SUMMARY_LIMIT: SizeLimit = { name: 'job summary', max: 1_048_576, measure: countUtf8Bytes, unit: 'bytes' };

export interface BudgetSection {
  /** Stable key, reported back in `omitted`. */
  id: string;
  /** How the left-out note names this section ("per-category table", "failing cases"). */
  label: string;
  /** Atomic Markdown blocks (a heading, a table, a `<details>`, a paragraph); never split. */
  blocks: readonly string[];
  /** Lower numbers are left out first; `undefined` means the section always stays. */
  dropOrder?: number;
  /**
   * For list-like sections (one `<details>` per failing case): leave out trailing blocks one
   * at a time before leaving out the whole section. The first `keepBlocks` blocks (a heading)
   * stay as long as any item stays.
   */
  dropItemsFromEnd?: {
    keepBlocks: number;
    itemName: string;
    /** Items each block after the first `keepBlocks` stands for (one group of identical errors is many cases); default 1 each. */
    itemsPerBlock?: readonly number[];
    /** Items there are in all, including those the renderer never turned into blocks; default the blocks' items. */
    total?: number;
  };
}

export interface OmittedPart {
  id: string;
  label: string;
  /** Items left out of a list-like section, when not the whole section. */
  items?: { omitted: number; total: number; itemName: string };
}

export interface FitResult {
  markdown: string;
  /** Size as `limit.measure` counts it. */
  size: number;
  omitted: OmittedPart[];
}

export interface FitOptions {
  /** Put between blocks; default a blank line. */
  separator?: string;
  /** Extra sentence at the end of the left-out note, e.g. where the full report is. */
  whereToFindTheRest?: string;
}

interface SectionState {
  section: BudgetSection;
  blockSizes: number[];
  kept: number;
}

/**
 * Joins the sections, leaving out parts in `dropOrder` until the result fits `limit`.
 * Never throws: when even the parts that always stay are too large (a renderer bug, or a
 * tiny limit), it keeps as many whole blocks of them as fit and says so, and as a last
 * resort returns the note alone, cut to the limit.
 */
export function fitToBudget(sections: readonly BudgetSection[], limit: SizeLimit, options: FitOptions = {}): FitResult {
  const separator = options.separator ?? '\n\n';
  const separatorSize = limit.measure(separator);
  const states: SectionState[] = sections.map((section) => ({
    section,
    blockSizes: section.blocks.map((block) => limit.measure(block)),
    kept: section.blocks.length,
  }));

  // Running totals so that leaving out thousands of items stays linear.
  let blockTotal = 0;
  let blockCount = 0;
  for (const state of states) for (const size of state.blockSizes) (blockTotal += size), blockCount++;
  const size = () => blockTotal + Math.max(0, blockCount - 1) * separatorSize;
  const noteSize = () => {
    const note = omissionNote(states, limit, options);
    return note === '' ? 0 : limit.measure(note) + separatorSize;
  };
  const fits = () => size() + noteSize() <= limit.max;
  const dropLast = (state: SectionState) => {
    state.kept--;
    blockTotal -= state.blockSizes[state.kept] ?? 0;
    blockCount--;
  };

  const droppable = states
    .filter((s) => s.section.dropOrder !== undefined)
    .sort((a, b) => (a.section.dropOrder ?? 0) - (b.section.dropOrder ?? 0));

  for (const state of droppable) {
    if (fits()) break;
    const keepBlocks = state.section.dropItemsFromEnd?.keepBlocks ?? state.kept;
    while (state.kept > keepBlocks && !fits()) dropLast(state);
    if (!fits() || state.kept === keepBlocks) while (state.kept > 0) dropLast(state);
  }
  // Still too large: the parts that always stay, whole blocks from the end, the first block last.
  for (let i = states.length - 1; i >= 0 && !fits(); i--) {
    const state = states[i]!;
    while (state.kept > (i === 0 ? 1 : 0) && !fits()) dropLast(state);
  }
  const first = states[0];
  if (!fits() && first && first.kept > 0) dropLast(first);

  let markdown = render(states, separator, omissionNote(states, limit, options));
  if (limit.measure(markdown) > limit.max) markdown = cutToFit(markdown, limit);
  return { markdown, size: limit.measure(markdown), omitted: omittedParts(states) };
}

/** The longest prefix of whole code points that fits (only ever the note alone, in a limit too small for it). */
function cutToFit(text: string, limit: SizeLimit): string {
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (limit.measure(chars.slice(0, mid).join('')) <= limit.max) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('');
}

function render(states: readonly SectionState[], separator: string, note: string): string {
  const blocks = states.flatMap((s) => s.section.blocks.slice(0, s.kept));
  if (note !== '') blocks.push(note);
  return blocks.join(separator);
}

function omittedParts(states: readonly SectionState[]): OmittedPart[] {
  const parts: OmittedPart[] = [];
  for (const { section, kept } of states) {
    const items = section.dropItemsFromEnd;
    if (items && kept > 0) {
      const perBlock = (i: number) => items.itemsPerBlock?.[i] ?? 1;
      let shown = 0;
      let made = 0;
      for (let i = 0; i < section.blocks.length - items.keepBlocks; i++) {
        made += perBlock(i);
        if (i < kept - items.keepBlocks) shown += perBlock(i);
      }
      const total = Math.max(items.total ?? made, made);
      if (shown < total) parts.push({ id: section.id, label: section.label, items: { omitted: total - shown, total, itemName: items.itemName } });
    } else if (kept < section.blocks.length) {
      parts.push({ id: section.id, label: section.label });
    }
  }
  return parts;
}

function omissionNote(states: readonly SectionState[], limit: SizeLimit, options: FitOptions): string {
  const parts = omittedParts(states);
  if (parts.length === 0) return '';
  const described = parts.map((part) =>
    part.items ? `${part.items.omitted.toLocaleString('en-US')} of ${part.items.total.toLocaleString('en-US')} ${part.items.itemName}` : `the ${part.label}`,
  );
  const rest = options.whereToFindTheRest ? ` ${options.whereToFindTheRest}` : '';
  return `> [!NOTE]\n> Not shown, to keep this ${limit.name} short and under GitHub's limit of ${limit.max.toLocaleString('en-US')} ${limit.unit}: ${described.join('; ')}.${rest}`;
}
