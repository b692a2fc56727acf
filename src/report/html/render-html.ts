import { createHash } from 'node:crypto';
import { VERDICT_WORDS } from '../format.js';
import type { Report } from '../types.js';
import { CHANGE, compareCases, caseOutcome, OUTCOME } from './case-outcomes.js';
import { pageScript } from './client/page-script.js';
import { jsonForScript } from './embed-json.js';
import { overview, verdictHeader, type BaselineView } from './overview.js';
import { html, trusted, type SafeHtml } from './safe-html.js';
import { PAGE_CSS } from './styles.js';

/**
 * The HTML report: one self-contained page (inline style, script and SVG; no request to
 * anywhere) that opens from a downloaded artifact or `file://`. The overview is rendered
 * here; the case table is drawn by the page's script from the report JSON embedded in it.
 */
export interface HtmlOptions {
  /** The baseline report: its figures beside this run's and which cases changed. */
  baseline?: BaselineView | null;
}

const SCRIPT = `(${pageScript.toString()})();`;
if (/<\/script|<!--/i.test(SCRIPT)) throw new Error('the page script contains text that would end its <script> element');

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Nothing external: no connection, font, image, frame or form; only this page's own style and script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(PAGE_CSS)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Widths in pixels for the figures, in per cent for text; the question takes the rest. */
const COLUMNS: { key: string; label: string; width: string | null }[] = [
  { key: 'id', label: 'Case', width: '13%' },
  { key: 'category', label: 'Category', width: '10%' },
  { key: 'outcome', label: 'Outcome', width: '112' },
  { key: 'claims', label: 'Claims', width: '56' },
  { key: 'hallucinated', label: 'Halluc.', width: '56' },
  { key: 'score', label: 'Lowest score', width: '62' },
  { key: 'latency', label: 'Latency', width: '70' },
  { key: 'change', label: 'vs baseline', width: '11%' },
  { key: 'question', label: 'Question', width: null },
];

function casesSection(report: Report, withBaseline: boolean): SafeHtml {
  const cols = COLUMNS.map((c) => (c.width === null ? trusted('<col>') : html`<col width="${c.width}">`));
  const heads = COLUMNS.map((c) => html`<th scope="col" data-sort="${c.key}"><button type="button">${c.label}</button></th>`);
  return html`<section id="cases"><h2>Cases</h2>
<div class="filters" role="search">
<input type="search" id="filter-search" placeholder="Search id, question, answer, reasons (press /)" aria-label="Search cases">
<label>Category <select id="filter-category"><option value="">all</option></select></label>
<label>Outcome <select id="filter-outcome"><option value="all">all</option><option value="hallucinated">hallucinated</option><option value="uncited">uncited</option><option value="abstained">abstained</option><option value="error">error</option><option value="ok">none of these</option></select></label>
<label><input type="checkbox" id="filter-changed"${withBaseline ? '' : ' disabled'}> changed against the baseline</label>
<span id="case-count">${report.cases.length} cases</span>
</div>
<div class="cases-layout"><div class="table-wrap" id="table-wrap"><table class="cases" id="case-table"><colgroup>${cols}</colgroup><thead><tr>${heads}</tr></thead><tbody id="case-rows"><tr><td colspan="${COLUMNS.length}" class="empty">The case table needs JavaScript; every case is also in the report JSON.</td></tr></tbody></table></div>
<aside id="case-detail" aria-label="The chosen case"><p class="empty">Choose a case to see its answer, each claim with its verdict, citations and evidence.</p></aside></div></section>`;
}

/** The page in pieces, so a report of 100,000 cases is written without building one string. */
export function* renderHtmlPieces(report: Report, options: HtmlOptions = {}): Generator<string> {
  const baseline = options.baseline ?? null;
  const title = `factgate ${VERDICT_WORDS[report.verdict.status].toLowerCase()}: ${report.metrics.counts.cases} cases${report.run.gitSha ? ` at ${report.run.gitSha.slice(0, 7)}` : ''}`;
  yield html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factgate ${report.tool.version}">
<title>${title}</title>
<style>${trusted(PAGE_CSS)}</style></head>
<body>
${verdictHeader(report)}
<nav class="tabs"><a href="#overview">Overview</a><a href="#drift">Baseline</a>${report.coverage ? trusted('<a href="#coverage">Coverage</a>') : ''}<a href="#cases">Cases (${report.cases.length})</a></nav>
<main>
${overview(report, baseline)}
${casesSection(report, baseline !== null)}
</main>
`.text;
  yield '<script type="application/json" id="factgate-data">';
  yield* dataPieces(report, baseline);
  yield '</script>\n<script>';
  yield SCRIPT;
  yield '</script>\n</body></html>\n';
}

export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  return [...renderHtmlPieces(report, options)].join('');
}

/** The page's data (PageData): the report itself, with each case written on its own. */
function* dataPieces(report: Report, baseline: BaselineView | null): Generator<string> {
  const comparison = baseline ? compareCases(report, baseline) : null;
  yield `{"bits":${jsonForScript(OUTCOME)},"changeCodes":${jsonForScript(CHANGE)},`;
  yield `"outcome":${jsonForScript(report.cases.map(caseOutcome))},`;
  yield `"change":${jsonForScript(comparison?.change ?? null)},"was":${jsonForScript(comparison?.was ?? null)},`;
  const { cases, ...rest } = report;
  const head = jsonForScript(rest);
  yield `"report":${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"cases":[`;
  for (let i = 0; i < cases.length; i++) yield (i > 0 ? ',' : '') + jsonForScript(cases[i]);
  yield ']}}';
}
