/**
 * Just enough Markdown to tell prose from structure in a model's answer:
 * headings, tables and code blocks are not claims, list items are claims of
 * their own, inline emphasis and links are reduced to their text.
 */
export type Block =
  | { kind: 'prose'; text: string }
  | { kind: 'heading' | 'table' | 'code block'; text: string };

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
const QUOTE_MARK = /^\s{0,3}>\s?/;

export function splitBlocks(answer: string): Block[] {
  const lines = answer.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let prose: string[] = [];
  const flush = (): void => {
    if (prose.length > 0) blocks.push({ kind: 'prose', text: prose.join(' ') });
    prose = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(QUOTE_MARK, '');
    const fence = FENCE.exec(line);
    if (fence?.[1]) {
      flush();
      const marker = fence[1];
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker)) body.push(lines[i++] ?? '');
      blocks.push({ kind: 'code block', text: body.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (HEADING.test(line)) {
      flush();
      blocks.push({ kind: 'heading', text: line.replace(HEADING, '').replace(/\s#+\s*$/, '').trim() });
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && prose.length > 0) {
      blocks.push({ kind: 'heading', text: prose.join(' ') });
      prose = [];
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    if (TABLE_ROW.test(line) || (TABLE_DIVIDER.test(line) && line.includes('|'))) {
      flush();
      const rows = [line];
      while (i + 1 < lines.length && TABLE_ROW.test(lines[i + 1] ?? '')) rows.push(lines[++i] ?? '');
      blocks.push({ kind: 'table', text: rows.join('\n') });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      prose.push(line.replace(LIST_ITEM, ''));
      continue;
    }
    prose.push(line.trim());
  }
  flush();
  return blocks.map((block) => (block.kind === 'prose' ? { kind: 'prose', text: stripInline(block.text) } : block));
}

/** Reduces inline Markdown to plain text: links and images to their text, emphasis and code to content. */
export function stripInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '');
}
