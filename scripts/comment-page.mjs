// The pull-request comment as GitHub shows it: GFM through markdown-it (tables, raw HTML for
// <details> and <sub>, as GitHub allows them), GitHub's own Markdown CSS from
// github-markdown-css, and Mermaid blocks drawn by the mermaid package inside the page.
// Shared by the browser test of the comment and by `npm run screenshot:comment`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new'];
export const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');
const GITHUB_CSS = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');

const markdown = new MarkdownIt({ html: true, linkify: false });
// GitHub turns a fenced mermaid block into a diagram; keep the source for mermaid to read.
const defaultFence = markdown.renderer.rules.fence;
markdown.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token.info.trim() === 'mermaid') return `<pre class="mermaid-source" hidden>${markdown.utils.escapeHtml(token.content)}</pre><div class="mermaid-diagram"></div>\n`;
  return defaultFence(tokens, idx, options, env, self);
};
// GitHub's alerts: "> [!NOTE]" becomes a note box.
const NOTE_STYLE = '.markdown-alert{padding:.5rem 1rem;border-left:.25em solid #0969da;color:inherit;margin-bottom:16px}';

/** The comment's Markdown as an HTML document styled like a GitHub comment, `width` pixels wide. */
export function commentHtml(source, { width = 880 } = {}) {
  const body = markdown.render(source).replace(/<blockquote>\n<p>\[!NOTE\]/g, '<blockquote class="markdown-alert"><p><strong>Note</strong>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${GITHUB_CSS}
body{margin:0;background:#fff}
.comment{box-sizing:border-box;width:${width}px;margin:16px;border:1px solid #d0d7de;border-radius:6px}
.comment-header{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:8px 16px;font:14px -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#59636e}
.markdown-body{padding:16px}
${NOTE_STYLE}
</style></head><body><div class="comment"><div class="comment-header"><strong>github-actions</strong> bot commented</div><article class="markdown-body">${body}</article></div></body></html>`;
}

/**
 * Draws every Mermaid block in the page and returns the parse errors (none when all parse).
 * Runs inside the page: mermaid needs a DOM to lay out text.
 */
export async function drawMermaid(page) {
  await page.addScriptTag({ path: MERMAID_SCRIPT });
  return page.evaluate(async () => {
    const mermaid = globalThis.mermaid;
    mermaid.initialize({ startOnLoad: false, theme: 'default' });
    const errors = [];
    const sources = [...document.querySelectorAll('pre.mermaid-source')];
    for (const [i, pre] of sources.entries()) {
      try {
        await mermaid.parse(pre.textContent);
        const { svg } = await mermaid.render(`chart-${i}`, pre.textContent);
        pre.nextElementSibling.innerHTML = svg;
      } catch (error) {
        errors.push(String(error?.message ?? error));
      }
    }
    return { blocks: sources.length, errors };
  });
}

/**
 * What the rendered comment is made of, read in the page: each table's header width and
 * row widths, each `<details>` (does it start with its summary, is it inside another),
 * markup shown as text, and where the verdict ends on the screen.
 */
export function structureOf(page) {
  return page.evaluate(() => {
    const body = document.querySelector('.markdown-body');
    const tables = [...body.querySelectorAll('table')].map((table) => ({
      header: table.querySelectorAll('thead th').length,
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => tr.children.length),
    }));
    const details = [...body.querySelectorAll('details')].map((d) => ({
      withSummary: d.firstElementChild?.tagName === 'SUMMARY',
      nested: d.parentElement?.closest('details') !== null,
    }));
    const literalTags = (body.textContent.match(/<\/?(details|summary|sub|br)>/g) ?? []).slice(0, 5);
    const heading = body.querySelector('h3');
    const verdict = body.querySelector('h3 + ul') ?? heading;
    const firstTable = body.querySelector('table');
    return {
      tables,
      details,
      literalTags,
      headingBottom: heading ? heading.getBoundingClientRect().bottom : 0,
      verdictBottom: verdict ? verdict.getBoundingClientRect().bottom : 0,
      firstTableTop: firstTable ? firstTable.getBoundingClientRect().top : Number.MAX_VALUE,
    };
  });
}
