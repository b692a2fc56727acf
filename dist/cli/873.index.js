export const id = 873;
export const ids = [873];
export const modules = {

/***/ 72329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   c5: () => (/* binding */ fitToBudget),
/* harmony export */   k0: () => (/* binding */ countUtf8Bytes),
/* harmony export */   zS: () => (/* binding */ JOB_SUMMARY_LIMIT)
/* harmony export */ });
/* unused harmony exports countCodePoints, CHECK_RUN_OUTPUT_LIMIT */
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
function countCodePoints(text) {
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
function countUtf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Each destination counted in the unit GitHub counts: a comment body in characters (code
 * points, Rails' validator), a check-run summary or text in bytes (GitHub answers 422 past
 * 65,535 bytes of UTF-8, whatever the characters), the job summary in bytes of the file.
 */
const COMMENT_LIMIT = { name: 'pull-request comment', max: 65_536, measure: countCodePoints, unit: 'characters' };
const CHECK_RUN_OUTPUT_LIMIT = { name: 'check run', max: 65_535, measure: countUtf8Bytes, unit: 'bytes' };
const JOB_SUMMARY_LIMIT = { name: 'job summary', max: 1_048_576, measure: countUtf8Bytes, unit: 'bytes' };
/**
 * Joins the sections, leaving out parts in `dropOrder` until the result fits `limit`.
 * Never throws: when even the parts that always stay are too large (a renderer bug, or a
 * tiny limit), it keeps as many whole blocks of them as fit and says so, and as a last
 * resort returns the note alone, cut to the limit.
 */
function fitToBudget(sections, limit, options = {}) {
    const separator = options.separator ?? '\n\n';
    const separatorSize = limit.measure(separator);
    const states = sections.map((section) => ({
        section,
        blockSizes: section.blocks.map((block) => limit.measure(block)),
        kept: section.blocks.length,
    }));
    // Running totals so that leaving out thousands of items stays linear.
    let blockTotal = 0;
    let blockCount = 0;
    for (const state of states)
        for (const size of state.blockSizes)
            (blockTotal += size), blockCount++;
    const size = () => blockTotal + Math.max(0, blockCount - 1) * separatorSize;
    const noteSize = () => {
        const note = omissionNote(states, limit, options);
        return note === '' ? 0 : limit.measure(note) + separatorSize;
    };
    const fits = () => size() + noteSize() <= limit.max;
    const dropLast = (state) => {
        state.kept--;
        blockTotal -= state.blockSizes[state.kept] ?? 0;
        blockCount--;
    };
    const droppable = states
        .filter((s) => s.section.dropOrder !== undefined)
        .sort((a, b) => (a.section.dropOrder ?? 0) - (b.section.dropOrder ?? 0));
    for (const state of droppable) {
        if (fits())
            break;
        const keepBlocks = state.section.dropItemsFromEnd?.keepBlocks ?? state.kept;
        while (state.kept > keepBlocks && !fits())
            dropLast(state);
        if (!fits() || state.kept === keepBlocks)
            while (state.kept > 0)
                dropLast(state);
    }
    // Still too large: the parts that always stay, whole blocks from the end, the first block last.
    for (let i = states.length - 1; i >= 0 && !fits(); i--) {
        const state = states[i];
        while (state.kept > (i === 0 ? 1 : 0) && !fits())
            dropLast(state);
    }
    const first = states[0];
    if (!fits() && first && first.kept > 0)
        dropLast(first);
    let markdown = render(states, separator, omissionNote(states, limit, options));
    if (limit.measure(markdown) > limit.max)
        markdown = cutToFit(markdown, limit);
    return { markdown, size: limit.measure(markdown), omitted: omittedParts(states) };
}
/** The longest prefix of whole code points that fits (only ever the note alone, in a limit too small for it). */
function cutToFit(text, limit) {
    const chars = Array.from(text);
    let low = 0;
    let high = chars.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (limit.measure(chars.slice(0, mid).join('')) <= limit.max)
            low = mid;
        else
            high = mid - 1;
    }
    return chars.slice(0, low).join('');
}
function render(states, separator, note) {
    const blocks = states.flatMap((s) => s.section.blocks.slice(0, s.kept));
    if (note !== '')
        blocks.push(note);
    return blocks.join(separator);
}
function omittedParts(states) {
    const parts = [];
    for (const { section, kept } of states) {
        const items = section.dropItemsFromEnd;
        if (items && kept > 0) {
            const perBlock = (i) => items.itemsPerBlock?.[i] ?? 1;
            let shown = 0;
            let made = 0;
            for (let i = 0; i < section.blocks.length - items.keepBlocks; i++) {
                made += perBlock(i);
                if (i < kept - items.keepBlocks)
                    shown += perBlock(i);
            }
            const total = Math.max(items.total ?? made, made);
            if (shown < total)
                parts.push({ id: section.id, label: section.label, items: { omitted: total - shown, total, itemName: items.itemName } });
        }
        else if (kept < section.blocks.length) {
            parts.push({ id: section.id, label: section.label });
        }
    }
    return parts;
}
function omissionNote(states, limit, options) {
    const parts = omittedParts(states);
    if (parts.length === 0)
        return '';
    const described = parts.map((part) => part.items ? `${part.items.omitted.toLocaleString('en-US')} of ${part.items.total.toLocaleString('en-US')} ${part.items.itemName}` : `the ${part.label}`);
    const rest = options.whereToFindTheRest ? ` ${options.whereToFindTheRest}` : '';
    return `> [!NOTE]\n> Not shown, to keep this ${limit.name} short and under GitHub's limit of ${limit.max.toLocaleString('en-US')} ${limit.unit}: ${described.join('; ')}.${rest}`;
}


/***/ }),

/***/ 14873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kB: () => (/* binding */ renderMarkdownFitted)
/* harmony export */ });
/* unused harmony exports renderMarkdown, renderMarkdownSections, safeUrl */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97606);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72329);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45638);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96747);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72833);






/** Budget order: lower numbers are left out first. The verdict, metrics and links always stay. */
const DROP_ORDER = { chart: 1, allRules: 2, uncoveredLines: 3, failingCases: 4, categories: 5, driftStatistics: 6, drift: 7, coverage: 8 };
const MAX_CATEGORY_ROWS = 50;
const MAX_DRIFT_LINES = 8;
const MAX_STATISTICS_ROWS = 60;
const MAX_CASES = 300;
const MAX_CHART_CATEGORIES = 12;
const MAX_UNCOVERED_FILES = 60;
const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌', none: '—' };
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '❌', overridden: '🟡' };
const VERDICT_TITLE = { pass: 'passed', fail: 'failed', error: 'could not decide', overridden: 'overridden' };
/** The report as Markdown within `options.limit` (the comment limit by default). */
function renderMarkdown(report, options = {}) {
    return renderMarkdownFitted(report, options).markdown;
}
/** Like `renderMarkdown`, also saying which parts were left out. */
function renderMarkdownFitted(report, options = {}) {
    const sections = renderMarkdownSections(report, options);
    const whereToFindTheRest = options.artifactUrl
        ? `Everything is in the [report artifact](${safeUrl(options.artifactUrl)}).`
        : 'Everything is in the report JSON.';
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .fitToBudget */ .c5)(sections, options.limit ?? _budget_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_LIMIT */ .W$, { whereToFindTheRest });
}
/** The report as budget sections, in reading order. */
function renderMarkdownSections(report, options = {}) {
    const figures = (0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .baselineFigures */ .Zl)(report, options.baseline ?? null);
    const rows = (0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .metricRows */ .IN)(report, figures);
    const verdict = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictLines */ .rz)(report, options.notes ?? []);
    const sections = [
        { id: 'verdict', label: 'verdict', blocks: [`### ${VERDICT_ICON[report.verdict.status]} factgate ${VERDICT_TITLE[report.verdict.status]}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .summarySentence */ .qv)(report, figures), { maxLength: 300 })}`, ...(verdict.shown ? [verdict.shown] : [])] },
    ];
    if (verdict.all)
        sections.push({ id: 'all-rules', label: 'list of every breach', blocks: [verdict.all], dropOrder: DROP_ORDER.allRules });
    sections.push({ id: 'metrics', label: 'metrics table', blocks: [metricsTable(rows, figures !== null)] });
    const chart = categoryChart(report, figures);
    if (chart)
        sections.push({ id: 'chart', label: 'chart', blocks: [chart], dropOrder: DROP_ORDER.chart });
    if (report.drift)
        sections.push({ id: 'drift', label: 'comparison with the baseline', blocks: driftBlocks(report), dropOrder: DROP_ORDER.drift });
    const statistics = report.drift ? driftStatistics(report.drift) : null;
    if (statistics)
        sections.push({ id: 'drift-statistics', label: 'drift statistics', blocks: [statistics], dropOrder: DROP_ORDER.driftStatistics });
    if (report.categories.length > 1) {
        sections.push({ id: 'categories', label: 'per-category table', blocks: [categoryTable(report, figures)], dropOrder: DROP_ORDER.categories });
    }
    if (report.coverage) {
        if (report.coverage.warnings.length > 0)
            sections.push({ id: 'coverage', label: 'coverage warnings', blocks: [coverageWarnings(report.coverage)], dropOrder: DROP_ORDER.coverage });
        const uncovered = uncoveredLines(report, options.pullNumber ?? null);
        if (uncovered)
            sections.push({ id: 'uncovered', label: 'list of uncovered changed lines', blocks: [uncovered], dropOrder: DROP_ORDER.uncoveredLines });
    }
    const failing = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .failingCases */ .wb)(report);
    if (failing.length > 0) {
        const items = caseItems(failing.slice(0, MAX_CASES), failing);
        sections.push({
            id: 'failing-cases',
            label: 'failing cases',
            blocks: [casesHeading(failing), ...items.map((i) => i.block)],
            dropOrder: DROP_ORDER.failingCases,
            dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases', itemsPerBlock: items.map((i) => i.cases), total: failing.length },
        });
    }
    sections.push({ id: 'links', label: 'links', blocks: [linksLine(report, options.artifactUrl ?? null)] });
    return sections;
}
function metricsTable(rows, hasBaseline) {
    const out = hasBaseline
        ? ['| Metric | Value | Baseline | Change | Threshold | Status |', '| --- | ---: | ---: | ---: | ---: | :---: |']
        : ['| Metric | Value | Threshold | Status |', '| --- | ---: | ---: | :---: |'];
    for (const row of rows) {
        const counts = row.counts ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(row.counts.numerator)}/${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(row.counts.denominator)})` : '';
        const ci = row.ci ? `<br><sub>${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .rateInterval */ .mP)(row.ci)}</sub>` : '';
        const value = row.value === null ? 'n/a' : `**${(0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .valueText */ .Ru)(row)}**${counts}${ci}`;
        // A red mark only where the gate calls the change a significant regression.
        const change = `${(0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .changeText */ .k0)(row)}${row.significantRegression ? ' 🔴' : ''}`;
        const cells = hasBaseline ? [row.label, value, (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .percent */ .KN)(row.baseline), change, (0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .thresholdText */ .HA)(row), STATUS_ICON[row.status]] : [row.label, value, (0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .thresholdText */ .HA)(row), STATUS_ICON[row.status]];
        out.push(`| ${cells.join(' | ')} |`);
    }
    return out.join('\n');
}
function worstCategories(report) {
    return [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
}
function categoryTable(report, figures) {
    const baseOf = new Map((figures?.categories ?? []).map((c) => [c.category, c]));
    const significant = new Set((report.drift?.findings ?? []).filter((f) => f.metric === 'hallucinationRate' && f.significant && f.direction === 'regression').map((f) => f.scope));
    const rows = worstCategories(report);
    const out = figures
        ? ['| Category | Cases | Hallucination rate | Baseline | Change | Citation coverage | Fact recall |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |']
        : ['| Category | Cases | Hallucination rate | Citation coverage | Fact recall |', '| --- | ---: | ---: | ---: | ---: |'];
    for (const c of rows.slice(0, MAX_CATEGORY_ROWS)) {
        const base = baseOf.get(c.category)?.hallucinationRate.value ?? null;
        const value = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .percent */ .KN)(c.hallucinationRate.value)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.hallucinationRate.numerator)}/${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.hallucinationRate.denominator)})`;
        const change = c.hallucinationRate.value !== null && base !== null ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .points */ .WR)(c.hallucinationRate.value - base)}${significant.has(c.category) ? ' 🔴' : ''}` : '—';
        const cells = [(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(c.category, { maxLength: 60 }), (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.cases), value, ...(figures ? [(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .percent */ .KN)(base), change] : []), (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .percent */ .KN)(c.citationCoverage.value), (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .percent */ .KN)(c.factRecall.value)];
        out.push(`| ${cells.join(' | ')} |`);
    }
    const more = rows.length > MAX_CATEGORY_ROWS ? `\n\nThe ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(rows.length - MAX_CATEGORY_ROWS)} categories with the lowest hallucination rates are in the report JSON.` : '';
    return `<details><summary>By category (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(rows.length)})</summary>\n\n${out.join('\n')}${more}\n\n</details>`;
}
/** A Mermaid label: only letters, digits and a few separators survive; Mermaid reads the rest. */
function chartLabel(text) {
    const clean = text.replace(/[^\p{L}\p{N} _./-]/gu, ' ').replace(/\s+/g, ' ').trim();
    return `"${Array.from(clean || '?').slice(0, 24).join('')}"`;
}
/**
 * Hallucination rate per category: bars for this run, a line for the baseline and a flat
 * line for the threshold. Drawn only with two or more categories and when some category
 * hallucinates (an all-zero chart says nothing a sentence does not).
 */
function categoryChart(report, figures) {
    const categories = worstCategories(report).filter((c) => c.hallucinationRate.value !== null).slice(0, MAX_CHART_CATEGORIES);
    if (categories.length < 2)
        return null;
    const baseOf = new Map((figures?.categories ?? []).map((c) => [c.category, c.hallucinationRate.value]));
    const head = categories.map((c) => round((c.hallucinationRate.value ?? 0) * 100));
    const base = categories.map((c) => round((baseOf.get(c.category) ?? 0) * 100));
    if (head.every((v) => v === 0) && (!figures || base.every((v) => v === 0)))
        return null;
    const threshold = report.policy.thresholds.maxHallucinationRate;
    const top = Math.max(1, ...head, ...(figures ? base : []), threshold === null ? 0 : threshold * 100) * 1.1;
    const lines = [
        'xychart-beta',
        '  title "Hallucination rate by category (%)"',
        `  x-axis [${categories.map((c) => chartLabel(c.category)).join(', ')}]`,
        `  y-axis "%" 0 --> ${round(top)}`,
        `  bar [${head.join(', ')}]`,
    ];
    if (figures)
        lines.push(`  line [${base.join(', ')}]`);
    if (threshold !== null)
        lines.push(`  line [${categories.map(() => round(threshold * 100)).join(', ')}]`);
    // Mermaid charts have no legend: say under the chart what each series is.
    const legend = ['Bars: this run', figures ? 'line: the baseline' : null, threshold === null ? null : `flat line: the threshold, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .percent */ .KN)(threshold)}`].filter(Boolean).join(' · ');
    return `${['```mermaid', ...lines, '```'].join('\n')}\n\n<sub>${legend}</sub>`;
}
function round(value) {
    return Math.round(value * 100) / 100;
}
function coverageWarnings(coverage) {
    const shown = coverage.warnings.slice(0, 20).map((w) => `- ⚠️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(w, { maxLength: 300 })}`);
    if (coverage.warnings.length > 20)
        shown.push(`- … ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(coverage.warnings.length - 20)} more in the report JSON`);
    return `<details><summary>Coverage warnings (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(coverage.warnings.length)})</summary>\n\n${shown.join('\n')}\n\n</details>`;
}
function uncoveredLines(report, pullNumber) {
    const files = report.coverage?.patch?.uncovered.filter((f) => f.lines.length > 0) ?? [];
    if (files.length === 0)
        return null;
    const link = lineLink(report, pullNumber);
    const lines = files.slice(0, MAX_UNCOVERED_FILES).map((f) => {
        const ranges = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .lineRanges */ .nV)(f.lines);
        const shown = ranges.slice(0, 30).map((r) => {
            const url = link(f.path, r.start, r.end);
            return url ? `[${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeText */ .lq)(r)}](${url})` : (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .rangeText */ .lq)(r);
        });
        return `- ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f.path, { maxLength: 200 })}: ${shown.join(', ')}${ranges.length > 30 ? ', …' : ''}`;
    });
    if (files.length > MAX_UNCOVERED_FILES)
        lines.push(`- … ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(files.length - MAX_UNCOVERED_FILES)} more files`);
    return `<details><summary>Changed lines without coverage (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(files.length, 'file')})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
/** Links from line ranges to the pull request's diff (GitHub anchors a file by the SHA-256 of its path), or to the file at the commit. */
function lineLink(report, pullNumber) {
    const repo = repositoryUrl(report);
    if (repo && pullNumber !== null && Number.isSafeInteger(pullNumber) && pullNumber > 0) {
        const pull = `${repo}/pull/${pullNumber}`;
        return (path, start, end) => `${pull}/files#diff-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(path).digest('hex')}R${start}${end > start ? `-R${end}` : ''}`;
    }
    const sha = report.run.gitSha;
    if (!repo || !sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return () => null;
    return (path, start, end) => `${repo}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${start}${end > start ? `-L${end}` : ''}`;
}
function driftBlocks(report) {
    const drift = report.drift;
    const since = drift.baseline?.gitSha ? ` ${commitLink(report, drift.baseline.gitSha)}` : '';
    const heading = `#### Compared with the baseline${since}`;
    if (drift.status !== 'compared') {
        return [heading, `Not compared: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(drift.reason ?? drift.status, { maxLength: 300 })}`];
    }
    const changed = [
        drift.cases.added.length ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(drift.cases.added.length)} added` : null,
        drift.cases.removed.length ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(drift.cases.removed.length)} removed` : null,
        drift.cases.changed.length ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(drift.cases.changed.length)} changed` : null,
    ].filter(Boolean);
    const scope = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(drift.cases.compared, 'unchanged case')} compared${changed.length ? ` (${changed.join(', ')} since the baseline, not compared)` : ''}.`;
    const regressions = drift.findings.filter((f) => f.significant && f.direction === 'regression');
    if (regressions.length === 0) {
        const improved = drift.findings.filter((f) => f.direction === 'improvement' && f.role === 'gating').length;
        return [heading, `${scope} No significant regression${improved ? `; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(improved, 'measure')} improved` : ''}.`];
    }
    // Those that fail the gate first, then those that warn.
    const order = { fail: 0, warn: 1, none: 2 };
    const sorted = [...regressions].sort((a, b) => order[(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .findingGate */ .hM)(report, a)] - order[(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .findingGate */ .hM)(report, b)]);
    const lines = sorted.slice(0, MAX_DRIFT_LINES).map((f) => {
        const gate = (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .findingGate */ .hM)(report, f);
        return `- ${gate === 'fail' ? '🔴' : gate === 'warn' ? '⚠️' : 'ℹ️'} ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .findingPlainWords */ .hj)(f), { maxLength: 400 })} — ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .gateWords */ .DO)(gate)}.`;
    });
    if (sorted.length > MAX_DRIFT_LINES)
        lines.push(`- … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(sorted.length - MAX_DRIFT_LINES)} more significant regressions, in the statistics below.`);
    return [heading, `${scope} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(regressions.length, 'significant regression')}:`, lines.join('\n')];
}
/** Every test against the baseline, numbers only: the words are above, the reasoning in the report. */
function driftStatistics(drift) {
    if (drift.status !== 'compared' || drift.findings.length === 0)
        return null;
    const rows = ['| Metric | Where | Test | Change | p | Adjusted p | Result |', '| --- | --- | --- | ---: | ---: | ---: | --- |'];
    const sorted = [...drift.findings].sort((a, b) => Number(b.significant) - Number(a.significant) || (a.adjustedPValue ?? a.pValue ?? 1) - (b.adjustedPValue ?? b.pValue ?? 1));
    for (const f of sorted.slice(0, MAX_STATISTICS_ROWS)) {
        rows.push(`| ${_format_js__WEBPACK_IMPORTED_MODULE_4__/* .METRIC_LABELS */ .t8[f.metric] ?? (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(f.metric, { maxLength: 40 })} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(f.scope, { maxLength: 60 })} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(f.test, { maxLength: 30 })}${f.role === 'descriptive' ? ' (descriptive)' : ''} | ${effectText(f)} | ${f.pValue === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(f.pValue).replace(/^p (= )?/, '')} | ${f.adjustedPValue === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(f.adjustedPValue).replace(/^p (= )?/, '')} | ${resultWords(f)} |`);
    }
    const more = sorted.length > MAX_STATISTICS_ROWS ? `\n\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(sorted.length - MAX_STATISTICS_ROWS)} more tests in the report JSON.` : '';
    const how = drift.findings.some((f) => f.correction)
        ? '\n\np: the test\'s own one-sided p-value. Adjusted p: after the gating tests are corrected together, so that an unchanged app fails no more often than α; the report JSON names each test\'s correction.'
        : '';
    return `<details><summary>Statistics (${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(drift.findings.length, 'test')})</summary>\n\n${rows.join('\n')}${more}${how}\n\n</details>`;
}
function effectText(f) {
    return f.effect === null ? '—' : (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .effectWords */ .zT)(f);
}
function resultWords(f) {
    if (f.significant)
        return 'significant regression';
    return f.direction === 'regression' ? 'worse, not significant' : f.direction === 'improvement' ? 'better' : 'no change';
}
function casesHeading(failing) {
    const by = { hallucinated: 0, error: 0, missing: 0 };
    for (const f of failing)
        by[f.kind]++;
    const stopped = failing.filter((f) => f.kind === 'error' && (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .failedAt */ .JG)(f.case.error) === 'ran out of judging time').length;
    const parts = [
        by.hallucinated ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(by.hallucinated)} hallucinate` : null,
        by.error > stopped ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(by.error - stopped)} failed in the app` : null,
        stopped ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(stopped)} ran out of judging time` : null,
        by.missing ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(by.missing)} got no response` : null,
    ].filter(Boolean);
    return `#### Cases to look at: ${parts.join(', ')}${failing.length > 1 ? ' (worst first)' : ''}`;
}
/** One collapsed block per case; cases that failed in the app with the same error share one block. */
function caseItems(shown, all) {
    const items = [];
    const errorGroups = new Map();
    for (const f of all) {
        if (f.kind !== 'error' && f.kind !== 'missing')
            continue;
        const key = f.kind === 'missing' ? '\u0000missing' : (f.case.error ?? 'unknown error');
        errorGroups.set(key, [...(errorGroups.get(key) ?? []), f]);
    }
    const grouped = new Set();
    for (const f of shown) {
        if (f.kind === 'hallucinated') {
            items.push({ block: hallucinatedCase(f), cases: 1 });
            continue;
        }
        const key = f.kind === 'missing' ? '\u0000missing' : (f.case.error ?? 'unknown error');
        if (grouped.has(key))
            continue;
        grouped.add(key);
        const group = errorGroups.get(key) ?? [f];
        items.push({ block: f.kind === 'missing' ? missingCases(group) : erroredCases(group), cases: group.length });
    }
    return items;
}
function idsText(group) {
    const ids = group.slice(0, 10).map((f) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f.case.id, { maxLength: 80 }));
    return group.length > 10 ? `${ids.join(', ')} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(group.length - 10)} more` : ids.join(', ');
}
function erroredCases(group) {
    const error = group[0]?.case.error ?? 'unknown error';
    const firstLine = (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .errorHeadline */ .rP)(error);
    const who = group.length === 1 ? `<code>${summaryText(group[0].case.id, 80)}</code>` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(group.length)} cases`;
    const summary = `${who} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .failedAt */ .JG)(error)}: ${summaryText(firstLine, 160)}`;
    const body = [`${group.length === 1 ? 'Case' : 'Cases'} ${idsText(group)}${group.length > 1 ? ', all with this error' : ''}:`, (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(error, { maxLength: 2000 })];
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
function missingCases(group) {
    const who = group.length === 1 ? `<code>${summaryText(group[0].case.id, 80)}</code>` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(group.length)} cases`;
    return `<details><summary>${who} · no response from the app</summary>\n\nNo response for ${idsText(group)}.\n\n</details>`;
}
const VERDICT_PHRASE = { contradicted: 'the sources say otherwise', unsupported: 'the sources do not say this', undetermined: 'the judge could not decide' };
/** A hallucinated case: the reason in the summary line, the claims with their evidence and why, the answer wrapped. */
function hallucinatedCase(f) {
    const c = f.case;
    const claims = c.claims.filter((cl) => cl.hallucinated).sort((a, b) => Number(b.verdict === 'contradicted') - Number(a.verdict === 'contradicted'));
    const worst = claims[0];
    // Reasons the claims table does not already give: a stated falsehood, an answer that should have been a refusal.
    const otherReasons = c.hallucinationReasons.filter((r) => !/^claim \d+ is /.test(r));
    const reason = worst ? `${worst.verdict}: “${oneLine(worst.text)}”` : (otherReasons[0] ?? 'hallucinated');
    const more = f.hallucinated > 1 ? ` (+${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(f.hallucinated - 1)} more)` : '';
    const summary = `<code>${summaryText(c.id, 80)}</code> · ${summaryText(c.category, 40)} · ${summaryText(reason, 160)}${more}`;
    const body = [`**Question:** ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(c.question, { maxLength: 400 })}`];
    for (const r of otherReasons.slice(0, 5))
        body.push(`- ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(r, { maxLength: 400 })}`);
    if (claims.length > 0) {
        body.push(['| Claim | Cites | Verdict | Evidence | Why |', '| --- | --- | --- | --- | --- |', ...claims.slice(0, 20).map(claimRow)].join('\n'));
        if (claims.length > 20)
            body.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(claims.length - 20)} more claims in the report JSON.`);
    }
    if (c.answer)
        body.push(`**Answer:**\n\n${quote(c.answer, 1500)}`);
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
/**
 * Untrusted text in a `<summary>`: HTML entities, and Markdown punctuation as numeric
 * entities too, so no renderer that reads Markdown inside HTML finds a link or emphasis.
 */
function summaryText(text, maxLength) {
    return (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(oneLine(text), { maxLength }).replace(/[[\]()!`*_~|\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Untrusted text as a quotation that wraps: each line escaped, paragraphs kept. */
function quote(text, maxLength) {
    const lines = escapeMarkdownInlineLines(text, maxLength);
    return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}
function escapeMarkdownInlineLines(text, maxLength) {
    const cut = Array.from(text).length > maxLength ? `${Array.from(text).slice(0, maxLength - 1).join('')}…` : text;
    return cut
        .replace(/\r\n?/g, '\n')
        .replace(/<br\s*\/?>/gi, '\n')
        .split('\n')
        .map((line) => (line.trim() === '' ? '' : (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(line.trim())))
        .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
}
/** Text on one line: line breaks and HTML line breaks become spaces. */
function oneLine(text) {
    return text.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}
function claimRow(claim) {
    const cites = claim.citations.length
        ? claim.citations
            .map((id) => {
            const check = claim.citationChecks.find((c) => c.sourceId === id);
            return `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(id, { maxLength: 40, inTable: true })}${check && !check.known ? ' (no such source)' : ''}`;
        })
            .join(', ')
        : 'nothing';
    const evidence = claim.evidence
        ? `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(claim.evidence.sourceId, { maxLength: 40, inTable: true })}: “${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(oneLine(claim.evidence.sentence), { maxLength: 300 })}”`
        : '—';
    const verdict = `${claim.verdict}<br><sub>${VERDICT_PHRASE[claim.verdict] ?? ''}</sub>`;
    return `| ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(oneLine(claim.text), { maxLength: 400 })} | ${cites} | ${verdict} | ${evidence} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeTableCell */ .aL)(oneLine(claim.reason), { maxLength: 300 })} |`;
}
/** The repository's web address, from the run link ("https://github.com/o/r/actions/runs/1"). */
function repositoryUrl(report) {
    const match = report.run.runUrl ? /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/actions\/runs\/\d+/.exec(report.run.runUrl) : null;
    return match?.[1] ? safeUrl(match[1]) : null;
}
function commitLink(report, sha) {
    const repo = repositoryUrl(report);
    const short = (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(sha.slice(0, 7));
    return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](${repo}/commit/${sha})` : short;
}
function linksLine(report, artifactUrl) {
    const parts = [`factgate ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownInline */ .E4)(report.tool.version)}`, `policy ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.policy.name)}`, (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(report.goldenSet.caseCount, 'case')];
    const base = report.drift?.baseline?.gitSha;
    const head = report.run.gitSha;
    if (head)
        parts.push(base ? `${commitLink(report, base)} → ${commitLink(report, head)}` : `commit ${commitLink(report, head)}`);
    if (report.run.runUrl)
        parts.push(`[workflow run](${safeUrl(report.run.runUrl)})`);
    if (artifactUrl)
        parts.push(`[report artifact](${safeUrl(artifactUrl)})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** Only http(s) links, with the characters that would end a Markdown link destination encoded. */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '#';
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return '#';
    return parsed.toString().replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}


/***/ }),

/***/ 45638:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ gateWords),
/* harmony export */   hM: () => (/* binding */ findingGate),
/* harmony export */   hj: () => (/* binding */ findingPlainWords),
/* harmony export */   qv: () => (/* binding */ summarySentence),
/* harmony export */   rz: () => (/* binding */ verdictLines),
/* harmony export */   zT: () => (/* binding */ effectWords)
/* harmony export */ });
/* unused harmony export findingName */
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97606);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96747);


/**
 * What a reader needs before anything else: one sentence that says what happened, then one
 * line per rule that failed or warned (at most MAX_RULE_LINES), the rest collapsed. The
 * number of breaches never changes the size of what is always shown.
 */
const MAX_RULE_LINES = 8;
const MAX_LISTED = 100;
/** "26 of 65 cases now hallucinate, none before; 3 checks failed" */
function summarySentence(report, figures) {
    const v = report.verdict;
    const m = report.metrics;
    if (m.counts.cases === 0)
        return v.breaches[0]?.message.replace(/\.$/, '') ?? 'no case was evaluated';
    const clauses = [];
    const missing = report.responses.missing.length;
    const errored = Math.max(0, m.errorRate.numerator - missing);
    const stopped = report.cases.filter((c) => c.status === 'error' && (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .failedAt */ .JG)(c.error) === 'ran out of judging time').length;
    if (errored > stopped)
        clauses.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(errored - stopped)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(m.counts.cases, 'case')} failed in the app`);
    if (stopped > 0)
        clauses.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(stopped)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(m.counts.cases, 'case')} ran out of judging time`);
    if (missing > 0)
        clauses.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(missing)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(m.counts.cases, 'case')} got no response`);
    const hallucinating = m.caseHallucinationRate;
    const before = figures?.metrics.caseHallucinationRate ?? null;
    if (hallucinating.numerator > 0 || clauses.length === 0) {
        const verb = hallucinating.numerator === 1 ? 'hallucinates' : 'hallucinate';
        const same = before !== null && before.numerator === hallucinating.numerator && before.denominator === hallucinating.denominator;
        const now = before && !same ? 'now ' : '';
        const was = before ? (same ? ', as before' : before.numerator === 0 ? ', none before' : `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(before.numerator)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(before.denominator)} before`) : '';
        clauses.push(hallucinating.numerator === 0 ? `no case hallucinates (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hallucinating.denominator, 'case')})${before && before.numerator === 0 ? ', as before' : was}` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(hallucinating.numerator)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hallucinating.denominator, 'case')} ${now}${verb}${was}`);
    }
    const failedRules = unique(v.breaches.map((b) => b.rule));
    const onlyAboutCases = failedRules.every((r) => CASE_RULES.has(r));
    if (v.status === 'pass') {
        return `${clauses.join('; ')}; every threshold met${v.warnings.length ? ` (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(v.warnings.length, 'warning')})` : ''}`;
    }
    if (!onlyAboutCases && hallucinating.numerator === 0 && errored === 0 && missing === 0) {
        const first = v.breaches.find((b) => !CASE_RULES.has(b.rule));
        if (first)
            clauses.splice(0, clauses.length, first.message.replace(/\.$/, ''));
    }
    if (v.status === 'overridden') {
        return `${clauses.join('; ')}; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(failedRules.length, 'failed check')} waived by ${v.override?.by ?? 'a maintainer'}`;
    }
    return `${clauses.join('; ')}; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(failedRules.length, 'check')} failed`;
}
/** Rules the sentence's clauses about cases already speak for. */
const CASE_RULES = new Set(['max-hallucination-rate', 'max-case-hallucination-rate', 'missing-responses', 'max-error-rate']);
/** The rule lines under the sentence, and the collapsed list of everything, when there is more than the lines show. */
function verdictLines(report, notes) {
    const v = report.verdict;
    const waived = new Set(v.override?.waived ?? []);
    const groups = groupByRule([...v.breaches, ...v.warnings]);
    const lines = [];
    if (v.override) {
        lines.push(`- 🟡 Overridden by ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(v.override.by)} (${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(v.override.permission)}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(v.override.at)}; waived: ${v.override.waived.map((rule) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(rule)).join(', ')}`);
    }
    for (const group of groups.slice(0, MAX_RULE_LINES))
        lines.push(ruleLine(report, group, waived));
    const hidden = groups.length - MAX_RULE_LINES;
    if (hidden > 0)
        lines.push(`- … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(hidden, 'more rule')}, listed below`);
    for (const note of notes.slice(0, 3))
        lines.push(`- ℹ️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(note, { maxLength: 300 })}`);
    if (report.run.partial)
        lines.push(`- ℹ️ Partial run: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(report.run.partialReason ?? 'incomplete', { maxLength: 300 })}`);
    // Collapsed: what the lines above only count (a rule's further entries, rules past the first lines) and the notes.
    const listed = [];
    groups.forEach((group, index) => {
        if (index < MAX_RULE_LINES && group.entries.length === 1 && group.rule !== 'certification')
            return;
        for (const entry of group.entries) {
            const icon = group.severity === 'warn' ? '⚠️' : waived.has(group.rule) ? '🟡' : '❌';
            const finding = findingOf(report, entry);
            const text = finding ? `${findingName(finding)}, ${effectWords(finding)} (see the comparison with the baseline)` : entry.message;
            listed.push(`- ${icon} ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(group.rule)}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(text, { maxLength: 300 })}`);
        }
    });
    const listedBreaches = listed.filter((l) => !l.startsWith('- ⚠️')).length;
    const listedWarnings = listed.length - listedBreaches;
    for (const n of v.notes)
        listed.push(`- ℹ️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(n, { maxLength: 300 })}`);
    let all = null;
    if (listed.length > 0) {
        const shown = listed.slice(0, MAX_LISTED);
        if (listed.length > MAX_LISTED)
            shown.push(`- … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(listed.length - MAX_LISTED)} more in the report JSON`);
        const what = [
            listedBreaches ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(listedBreaches, 'breach', 'breaches') : null,
            listedWarnings ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(listedWarnings, 'warning') : null,
            v.notes.length ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(v.notes.length, 'note') : null,
        ]
            .filter(Boolean)
            .join(', ');
        all = `<details><summary>In detail: ${what}</summary>\n\n${shown.join('\n')}\n\n</details>`;
    }
    return { shown: lines.length ? lines.join('\n') : null, all };
}
function groupByRule(entries) {
    const groups = new Map();
    for (const entry of entries) {
        const key = `${entry.severity}\u0000${entry.rule}`;
        const group = groups.get(key) ?? { rule: entry.rule, severity: entry.severity, entries: [] };
        group.entries.push(entry);
        groups.set(key, group);
    }
    return [...groups.values()];
}
function ruleLine(report, group, waived) {
    const icon = group.severity === 'warn' ? '⚠️' : waived.has(group.rule) ? '🟡' : '❌';
    const findings = group.entries.map((e) => findingOf(report, e)).filter((f) => f !== null);
    if (findings.length === group.entries.length) {
        const names = findings.slice(0, 3).map(findingName).join(', ');
        const more = findings.length > 3 ? ` and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(findings.length - 3)} more` : '';
        return `- ${icon} ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(group.rule)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(findings.length, 'significant regression')} against the baseline: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(names + more, { maxLength: 300 })}`;
    }
    const first = group.entries[0];
    if (group.rule === 'certification') {
        // "Hallucination rate ≤ 2.0% is not demonstrated at 95% confidence: …" → the threshold only; the arithmetic is below.
        const thresholds = group.entries.map((e) => e.message.split(' is not demonstrated')[0] ?? e.message);
        const what = group.entries.length === 1 ? `${thresholds[0]} is` : `${thresholds.join(', ')} are`;
        return `- ${icon} ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(group.rule)}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(what, { maxLength: 200 })} not yet demonstrated at 95% confidence by a golden set this size (how many more cases would, below)`;
    }
    if (group.entries.length === 1)
        return `- ${icon} ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(group.rule)}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(first.message, { maxLength: 300 })}`;
    return `- ${icon} ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(group.rule)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(group.entries.length)}): ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownInline */ .E4)(first.message, { maxLength: 200 })} … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .count */ .U9)(group.entries.length - 1)} more, listed below`;
}
/** "+5.0 pp", "12.0% slower" */
function effectWords(f) {
    if (f.effect === null)
        return 'changed';
    if (f.metric === 'latencyP95Ms')
        return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(Math.abs(f.effect))} ${f.effect >= 0 ? 'slower' : 'faster'}`;
    if (f.metric === 'judgeScore')
        return `mean score ${f.effect >= 0 ? '+' : '−'}${Math.abs(f.effect).toFixed(3)}`;
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .points */ .WR)(f.effect);
}
/** "Hallucination rate in “medical”" */
function findingName(f) {
    const label = _format_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_LABELS */ .t8[f.metric] ?? f.metric;
    return f.scope === 'overall' ? label : `${label} in “${f.scope}”`;
}
/** The drift finding a breach or warning was raised for (the policy copies its explanation). */
function findingOf(report, entry) {
    return report.drift?.findings.find((f) => f.significant && f.explanation === entry.message) ?? null;
}
/** Whether a significant regression fails the gate, warns, or is shown only. */
function findingGate(report, f) {
    const v = report.verdict;
    const breach = v.breaches.find((b) => b.message === f.explanation);
    if (breach)
        return v.override?.waived.includes(breach.rule) ? 'warn' : 'fail';
    return v.warnings.some((w) => w.message === f.explanation) ? 'warn' : 'none';
}
function gateWords(gate) {
    return gate === 'fail' ? 'fails the gate' : gate === 'warn' ? 'warns, does not fail the gate' : 'shown only, the policy ignores it';
}
/**
 * A finding in plain words: what changed (the measurement part of its explanation, without
 * the interval) and how sure, from its p-value. The test, the p-values and the correction
 * are in the statistics table.
 */
function findingPlainWords(f) {
    // A test's explanation ends "; <test> <p-values>: <verdict>."; a plain difference's ends ": <verdict>.".
    const cut = f.pValue === null ? f.explanation.lastIndexOf(': ') : f.explanation.lastIndexOf('; ');
    const what = (cut > 0 ? f.explanation.slice(0, cut) : f.explanation).replace(/\s*\(\d+(\.\d+)? % CI [^)]*\)$/, '');
    const p = f.adjustedPValue ?? f.pValue;
    const sure = p === null ? 'more than the policy\'s minimum change' : p < 0.001 ? 'very unlikely to be chance' : p < 0.01 ? 'unlikely to be chance' : 'probably not chance';
    return `${what}: ${sure}`;
}
function unique(values) {
    return [...new Set(values)];
}


/***/ })

};
