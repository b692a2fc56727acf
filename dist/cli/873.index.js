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
const COMMENT_LIMIT = { name: 'pull-request comment', max: 65_536, measure: countCodePoints, unit: 'characters' };
const CHECK_RUN_OUTPUT_LIMIT = { name: 'check run', max: 65_535, measure: countCodePoints, unit: 'characters' };
const JOB_SUMMARY_LIMIT = { name: 'job summary', max: 1_048_576, measure: countUtf8Bytes, unit: 'bytes' };
/** Joins the sections, leaving out parts in `dropOrder` until the result fits `limit`. */
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
    const markdown = render(states, separator, omissionNote(states, limit, options));
    const finalSize = limit.measure(markdown);
    if (finalSize > limit.max) {
        throw new Error(`The parts of the ${limit.name} that are never left out take ${finalSize} ${limit.unit}, over the limit of ${limit.max}; ` +
            'the renderer must bound them.');
    }
    return { markdown, size: finalSize, omitted: omittedParts(states) };
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
        if (kept === section.blocks.length)
            continue;
        const items = section.dropItemsFromEnd;
        if (items && kept > 0) {
            const total = section.blocks.length - items.keepBlocks;
            parts.push({ id: section.id, label: section.label, items: { omitted: section.blocks.length - kept, total, itemName: items.itemName } });
        }
        else {
            parts.push({ id: section.id, label: section.label });
        }
    }
    return parts;
}
function omissionNote(states, limit, options) {
    const parts = omittedParts(states);
    if (parts.length === 0)
        return '';
    const described = parts.map((part) => part.items ? `${part.items.omitted} of ${part.items.total} ${part.items.itemName}` : `the ${part.label}`);
    const rest = options.whereToFindTheRest ? ` ${options.whereToFindTheRest}` : '';
    return `> [!NOTE]\n> Left out to stay under the ${limit.name} limit of ${limit.max.toLocaleString('en-US')} ${limit.unit}: ${described.join('; ')}.${rest}`;
}


/***/ }),

/***/ 14873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kB: () => (/* binding */ renderMarkdownFitted)
/* harmony export */ });
/* unused harmony exports renderMarkdown, renderMarkdownSections */
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97606);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72329);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96747);



/** Budget order: lower numbers are left out first. The verdict, metrics and links always stay. */
const DROP_ORDER = { chart: 1, uncoveredLines: 2, failingCases: 3, categories: 4, drift: 5, coverage: 6 };
const MAX_CATEGORY_ROWS = 100;
const MAX_DRIFT_ROWS = 50;
const MAX_CASES = 500;
const MAX_CHART_CATEGORIES = 12;
const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌' };
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '❌', overridden: '🟡' };
/** The report as Markdown within `options.limit` (the comment limit by default). */
function renderMarkdown(report, options = {}) {
    return renderMarkdownFitted(report, options).markdown;
}
/** Like `renderMarkdown`, also saying which parts were left out. */
function renderMarkdownFitted(report, options = {}) {
    const secrets = options.secrets ?? [];
    // Redact the data first so `***` is escaped like any other text; then the rendered
    // blocks, in case escaping produced a form of a secret the data did not contain.
    const redact = (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .secretRedactor */ .xc)(secrets);
    const sections = renderMarkdownSections((0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .redactDeep */ .KL)(report, secrets), options).map((section) => ({
        ...section,
        blocks: secrets.length ? section.blocks.map(redact) : section.blocks,
    }));
    const whereToFindTheRest = options.artifactUrl
        ? `Everything is in the [report artifact](${safeUrl(options.artifactUrl)}).`
        : 'Everything is in the report JSON.';
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .fitToBudget */ .c5)(sections, options.limit ?? _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_LIMIT */ .W$, { whereToFindTheRest });
}
/** The report as budget sections, in reading order. */
function renderMarkdownSections(report, options = {}) {
    const sections = [
        { id: 'verdict', label: 'verdict', blocks: verdictBlocks(report, options.notes ?? []) },
        { id: 'metrics', label: 'metrics table', blocks: [metricsTable(report, options.baseline ?? null)] },
    ];
    const chart = categoryChart(report, options.baseline ?? null);
    if (chart)
        sections.push({ id: 'chart', label: 'chart', blocks: [chart], dropOrder: DROP_ORDER.chart });
    if (report.categories.length > 1) {
        sections.push({ id: 'categories', label: 'per-category table', blocks: [categoryTable(report, options.baseline ?? null)], dropOrder: DROP_ORDER.categories });
    }
    if (report.coverage) {
        sections.push({ id: 'coverage', label: 'coverage table', blocks: coverageBlocks(report.coverage), dropOrder: DROP_ORDER.coverage });
        const uncovered = uncoveredLines(report.coverage);
        if (uncovered)
            sections.push({ id: 'uncovered', label: 'list of uncovered changed lines', blocks: [uncovered], dropOrder: DROP_ORDER.uncoveredLines });
    }
    if (report.drift)
        sections.push({ id: 'drift', label: 'drift findings', blocks: driftBlocks(report.drift), dropOrder: DROP_ORDER.drift });
    const failing = failingCases(report);
    if (failing.length > 0) {
        const shown = failing.slice(0, MAX_CASES);
        const heading = `#### Cases to look at (${failing.length})`;
        const more = failing.length > shown.length ? [`… and ${failing.length - shown.length} more in the report JSON.`] : [];
        sections.push({
            id: 'failing-cases',
            label: 'failing cases',
            blocks: [heading, ...shown.map(caseDetails), ...more],
            dropOrder: DROP_ORDER.failingCases,
            dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases' },
        });
    }
    sections.push({ id: 'links', label: 'links', blocks: [linksLine(report, options.artifactUrl ?? null)] });
    return sections;
}
function verdictBlocks(report, notes) {
    const v = report.verdict;
    const first = v.breaches[0];
    const why = v.status === 'pass'
        ? 'every threshold met'
        : first
            ? `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(first.message, { maxLength: 200 })}${v.breaches.length > 1 ? ` (and ${v.breaches.length - 1} more)` : ''}`
            : (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.notes[0] ?? report.run.partialReason ?? 'see the report', { maxLength: 200 });
    const blocks = [`### ${VERDICT_ICON[v.status]} factgate ${_format_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_WORDS */ ._G[v.status].toLowerCase()}: ${why} · policy ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.policy.name)}`];
    const lines = [];
    if (v.override) {
        lines.push(`- 🟡 Overridden by ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.override.by)} (${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.override.permission)}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.override.at)}; waived: ${v.override.waived.map((rule) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(rule)).join(', ')}`);
    }
    for (const breach of v.breaches)
        lines.push(`- ❌ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(breach.rule)}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(breach.message, { maxLength: 500 })}`);
    for (const warning of v.warnings)
        lines.push(`- ⚠️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(warning.rule)}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(warning.message, { maxLength: 500 })}`);
    for (const note of [...v.notes, ...notes])
        lines.push(`- ℹ️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(note, { maxLength: 500 })}`);
    if (report.run.partial)
        lines.push(`- ℹ️ Partial run: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(report.run.partialReason ?? 'incomplete')}`);
    if (lines.length > 0)
        blocks.push(lines.join('\n'));
    return blocks;
}
/** Which way is better for a headline rule: `max-*` rules want lower values. */
function lowerIsBetter(rule) {
    return rule !== null && rule.startsWith('max-');
}
/** "↑ +1.20 pp" with a word for whether that is better or worse. */
function change(value, baseline, lowerBetter) {
    if (value === null || baseline === null)
        return '—';
    const delta = (value - baseline) * 100;
    if (Math.abs(delta) < 0.005)
        return '→ 0 pp';
    const arrow = delta > 0 ? '↑' : '↓';
    const worse = delta > 0 === lowerBetter;
    return `${arrow} ${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)} pp ${worse ? '🔴' : '🟢'}`;
}
function metricsTable(report, baseline) {
    const rows = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .headlineRows */ .yY)(report);
    const baselineRows = baseline ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .headlineRows */ .yY)({ ...report, metrics: baseline.metrics }) : null;
    const out = ['| Metric | Value | Baseline | Change | Threshold | Status |', '| --- | ---: | ---: | :---: | ---: | :---: |'];
    rows.forEach((row, i) => {
        const base = baselineRows?.[i]?.rate.value ?? null;
        const threshold = row.threshold === null ? '—' : `${lowerIsBetter(row.rule) ? '≤' : '≥'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(row.threshold)}`;
        out.push(`| ${row.label} | ${rateCell(row.rate)} | ${baselineRows ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(base) : '—'} | ${change(row.rate.value, base, lowerIsBetter(row.rule))} | ${threshold} | ${STATUS_ICON[(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleStatus */ .Rg)(report, row.rule)]} |`);
    });
    return out.join('\n');
}
function rateCell(rate) {
    if (rate.value === null)
        return 'n/a';
    const ci = rate.ci ? ` <sub>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(rate.ci.lower)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(rate.ci.upper)}</sub>` : '';
    return `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(rate.value)}** (${rate.numerator}/${rate.denominator})${ci}`;
}
function worstCategories(report) {
    return [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
}
function categoryTable(report, baseline) {
    const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c]));
    const rows = worstCategories(report);
    const out = [
        '| Category | Cases | Hallucination rate | Baseline | Change | Citation coverage | Fact recall |',
        '| --- | ---: | ---: | ---: | :---: | ---: | ---: |',
    ];
    for (const c of rows.slice(0, MAX_CATEGORY_ROWS)) {
        const base = baseOf.get(c.category)?.hallucinationRate.value ?? null;
        out.push(`| ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(c.category, { maxLength: 60 })} | ${c.cases} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.hallucinationRate.value)} (${c.hallucinationRate.numerator}/${c.hallucinationRate.denominator}) | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(base)} | ${change(c.hallucinationRate.value, base, true)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.citationCoverage.value)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.factRecall.value)} |`);
    }
    const table = out.join('\n');
    return rows.length > MAX_CATEGORY_ROWS ? `${table}\n\n${rows.length - MAX_CATEGORY_ROWS} more categories in the report JSON.` : table;
}
/** A Mermaid label: only letters, digits and a few separators survive; Mermaid reads the rest. */
function chartLabel(text) {
    const clean = text.replace(/[^\p{L}\p{N} _./-]/gu, ' ').replace(/\s+/g, ' ').trim();
    return `"${Array.from(clean || '?').slice(0, 24).join('')}"`;
}
/**
 * Hallucination rate per category: bars for this run, a line for the baseline. Drawn only
 * with two or more categories, where a picture beats reading a column of percentages.
 */
function categoryChart(report, baseline) {
    const categories = worstCategories(report).filter((c) => c.hallucinationRate.value !== null).slice(0, MAX_CHART_CATEGORIES);
    if (categories.length < 2)
        return null;
    const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c.hallucinationRate.value]));
    const head = categories.map((c) => round((c.hallucinationRate.value ?? 0) * 100));
    const base = categories.map((c) => round((baseOf.get(c.category) ?? 0) * 100));
    const top = Math.max(1, ...head, ...(baseline ? base : [])) * 1.1;
    const lines = [
        'xychart-beta',
        `  title "Hallucination rate by category, %${baseline ? ' (bars: this run, line: baseline)' : ''}"`,
        `  x-axis [${categories.map((c) => chartLabel(c.category)).join(', ')}]`,
        `  y-axis "%" 0 --> ${round(top)}`,
        `  bar [${head.join(', ')}]`,
    ];
    if (baseline)
        lines.push(`  line [${base.join(', ')}]`);
    return ['```mermaid', ...lines, '```'].join('\n');
}
function round(value) {
    return Math.round(value * 100) / 100;
}
function coverageBlocks(coverage) {
    const pct = (t) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(t.rate)} (${t.covered}/${t.total})`;
    const rows = [
        '#### Coverage',
        ['| Coverage | Value |', '| --- | ---: |', `| Lines | ${pct(coverage.lines)} |`, `| Branches | ${pct(coverage.branches)} |`, `| Changed lines (patch) | ${coverage.patch ? pct(coverage.patch) : 'n/a'} |`].join('\n'),
    ];
    if (coverage.warnings.length > 0)
        rows.push(coverage.warnings.slice(0, 20).map((w) => `- ⚠️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(w, { maxLength: 300 })}`).join('\n'));
    return rows;
}
function uncoveredLines(coverage) {
    const files = coverage.patch?.uncovered.filter((f) => f.lines.length > 0) ?? [];
    if (files.length === 0)
        return null;
    const lines = files.slice(0, 100).map((f) => `- ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.path, { maxLength: 200 })}: ${lineRanges(f.lines)}`);
    if (files.length > 100)
        lines.push(`- … ${files.length - 100} more files`);
    return `<details><summary>Changed lines without coverage (${files.length} file${files.length === 1 ? '' : 's'})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
/** 3,4,5,9 → "3–5, 9" */
function lineRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1)
            j++;
        ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
        i = j + 1;
    }
    return ranges.length > 30 ? `${ranges.slice(0, 30).join(', ')}, …` : ranges.join(', ');
}
function driftBlocks(drift) {
    const heading = '#### Compared with the baseline';
    if (drift.status !== 'compared') {
        return [heading, `Not compared: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(drift.reason ?? drift.status, { maxLength: 300 })}`];
    }
    const significant = drift.findings.filter((f) => f.significant);
    const summary = `${drift.cases.compared} cases compared (${drift.cases.added.length} added, ${drift.cases.removed.length} removed, ${drift.cases.changed.length} changed since the baseline).`;
    if (significant.length === 0)
        return [heading, `${summary} No significant change.`];
    // The p-value a reader judges by: adjusted for the gating tests, the test's own for descriptive ones.
    const rows = ['| Change | Where | Test | p-value (adjusted) | Finding |', '| :---: | --- | --- | ---: | --- |'];
    for (const f of significant.slice(0, MAX_DRIFT_ROWS)) {
        rows.push(`| ${f.direction === 'regression' ? '🔴 worse' : f.direction === 'improvement' ? '🟢 better' : '—'} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(f.scope, { maxLength: 60 })} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(f.test)}${f.role === 'descriptive' ? ' (descriptive)' : ''} | ${shownPValue(f.adjustedPValue ?? f.pValue)} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(f.explanation, { maxLength: 400 })} |`);
    }
    const more = significant.length > MAX_DRIFT_ROWS ? `\n\n${significant.length - MAX_DRIFT_ROWS} more findings in the report JSON.` : '';
    return [heading, `${summary} Significant changes:`, rows.join('\n') + more];
}
function shownPValue(p) {
    return p === null ? '—' : p < 0.001 ? '< 0.001' : p.toFixed(3);
}
function failingCases(report) {
    return report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
}
/** One case in a collapsed section: the claim, what it cites, the evidence, and why. */
function caseDetails(c) {
    const what = c.status === 'error' ? 'error' : c.status === 'missing' ? 'no response' : `${c.claims.filter((cl) => cl.hallucinated).length} hallucinated claim(s)`;
    const summary = `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(c.id, { maxLength: 80 })} · ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(c.category, { maxLength: 40 })} · ${what}`;
    const body = [`**Question:** ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(c.question, { maxLength: 400 })}`];
    if (c.status === 'error')
        body.push(`**Error:** ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(c.error ?? 'unknown', { maxLength: 500 })}`);
    if (c.status === 'missing')
        body.push('The application gave no response for this case.');
    for (const reason of c.hallucinationReasons)
        body.push(`- ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(reason, { maxLength: 400 })}`);
    const claims = c.claims.filter((cl) => cl.hallucinated);
    if (claims.length > 0) {
        body.push(['| Claim | Cites | Verdict | Evidence | Why |', '| --- | --- | --- | --- | --- |', ...claims.slice(0, 20).map(claimRow)].join('\n'));
        if (claims.length > 20)
            body.push(`${claims.length - 20} more claims in the report JSON.`);
    }
    if (c.answer)
        body.push(`<sub>Answer</sub>\n\n${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(c.answer, { maxLength: 1500 })}`);
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
function claimRow(claim) {
    const cites = claim.citations.length
        ? claim.citations
            .map((id) => {
            const check = claim.citationChecks.find((c) => c.sourceId === id);
            return `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(id, { maxLength: 40, inTable: true })}${check && !check.known ? ' (no such source)' : ''}`;
        })
            .join(', ')
        : 'nothing';
    const evidence = claim.evidence
        ? `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(claim.evidence.sourceId, { maxLength: 40, inTable: true })}: “${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(claim.evidence.sentence, { maxLength: 300 })}”`
        : '—';
    return `| ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(claim.text, { maxLength: 400 })} | ${cites} | ${claim.verdict} | ${evidence} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(claim.reason, { maxLength: 300 })} |`;
}
function linksLine(report, artifactUrl) {
    const links = [];
    if (report.run.runUrl)
        links.push(`[workflow run](${safeUrl(report.run.runUrl)})`);
    if (artifactUrl)
        links.push(`[report artifact](${safeUrl(artifactUrl)})`);
    const sha = report.run.gitSha ? ` · commit ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.run.gitSha.slice(0, 12))}` : '';
    return `<sub>factgate ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(report.tool.version)} · ${report.goldenSet.caseCount} cases${sha}${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`;
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

/***/ 97606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   dD: () => (/* binding */ escapeLogText),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   xc: () => (/* binding */ secretRedactor)
/* harmony export */ });
/* unused harmony exports truncateText, defuseMentions, REDACTED */
/**
 * Making untrusted text (model answers, golden sets, file paths, XML) safe to show.
 *
 * Markdown: no `@mention` or `#123` pings, no raw HTML, nothing that opens a link, an
 * image, a table column or a code span. HTML (inside `<summary>` and other HTML blocks,
 * where Markdown escapes are not read): entities only. Logs: no line can become a
 * workflow command. Secrets: replaced before any of the above.
 */
const ZERO_WIDTH_JOINER = '\u200D';
const ELLIPSIS = '…';
/** C0/C1 controls (keeping tab and newlines) and bidirectional overrides that can reorder what a reader sees. */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Cuts to at most `maxLength` code points, never inside a surrogate pair. */
function truncateText(text, maxLength) {
    if (maxLength <= 0)
        return '';
    if (text.length <= maxLength)
        return text;
    const codePoints = Array.from(text);
    if (codePoints.length <= maxLength)
        return text;
    return codePoints.slice(0, Math.max(0, maxLength - 1)).join('') + ELLIPSIS;
}
function prepare(text, options) {
    const clean = String(text).replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n');
    return options.maxLength === undefined ? clean : truncateText(clean, options.maxLength);
}
/**
 * Stops GitHub from turning text into notifications or cross-references: `@user`,
 * `@org/team`, `#12`, `GH-12`, `owner/repo#12`. A zero-width joiner after the sigil keeps
 * the text readable while the mention and reference filters no longer match.
 */
function defuseMentions(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}-`);
}
/** HTML entities for text placed inside HTML (`<summary>`, attributes). */
function escapeHtml(text, options = {}) {
    // Mentions first: the numeric entity for an apostrophe (`&#39;`) must not be split.
    return defuseMentions(prepare(text, options))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\n/g, ' ');
}
/**
 * Punctuation that starts Markdown constructs anywhere in a line: emphasis, code, links
 * and images (brackets), headings, tables, strikethrough, math. `<`, `>` and `&` become
 * entities so no raw HTML or entity can be injected.
 */
function escapeMarkdownPunctuation(text) {
    return text
        .replace(/[\\`*_[\]#|~$!{}()]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A line that begins like a list item, a quote or a thematic break must not become one. */
function escapeLineStart(text) {
    return text.replace(/^(\s*)([-+=]|\d+[.)])/, (_m, space, marker) => marker.length === 1 ? `${space}\\${marker}` : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
/** Untrusted text inside a paragraph or a list item, on one line. */
function escapeMarkdownInline(text, options = {}) {
    const oneLine = prepare(text, options).replace(/\s*\n\s*/g, ' ');
    return defuseMentions(escapeLineStart(escapeMarkdownPunctuation(oneLine)));
}
/** Untrusted text inside a Markdown table cell: pipes escaped, line breaks kept as `<br>`. */
function escapeTableCell(text, options = {}) {
    const lines = prepare(text, options)
        .trim()
        .split(/\s*\n\s*/);
    return defuseMentions(lines.map((line) => escapeMarkdownPunctuation(line)).join('<br>'));
}
/**
 * Untrusted text as inline code (identifiers, file paths). The fence is one backtick
 * longer than the longest run inside, so the span cannot be closed early. In a table,
 * pipes still need `\|` because tables are split before code spans are read.
 */
function codeSpan(text, options = {}) {
    let body = prepare(text, options).replace(/\n/g, ' ');
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Untrusted multi-line text as a fenced code block: nothing inside is read as Markdown,
 * HTML or a mention. The fence outgrows any backtick run in the text.
 */
function codeBlock(text, options = {}) {
    const body = prepare(text, options);
    const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const language = (options.language ?? 'text').replace(/[^A-Za-z0-9_+-]/g, '');
    return `${fence}${language}\n${body.replace(/\n+$/, '')}\n${fence}`;
}
/**
 * Untrusted text for a log line. The runner reads `::command::` and the older `##[command]`
 * at the start of any line (after white space), so on every line such a start gets a
 * zero-width joiner between its first two characters: the text stays readable and no
 * `::error::`, `::add-mask::` or `::stop-commands::` can be forged.
 */
function escapeLogText(text) {
    return prepare(text, {})
        .split('\n')
        .map((line) => line.replace(/^(\s*)(:(?=:)|#(?=#\[))/, `$1$2${ZERO_WIDTH_JOINER}`))
        .join('\n');
}
const REDACTED = '***';
/**
 * Replaces every secret in `text` with `***`, including the forms a model or a tool is
 * likely to echo: each line of a multi-line secret, JSON-escaped, URL-encoded and base64.
 * Longer secrets are replaced first so a secret containing another is not half-masked.
 */
function redactSecrets(text, secrets) {
    return secretRedactor(secrets)(text);
}
/**
 * A redactor with the secrets' forms worked out once: one regular expression whose
 * alternatives are longest first, so a secret containing another is masked whole.
 */
function secretRedactor(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (typeof secret !== 'string' || secret.trim() === '')
            continue;
        for (const form of secretForms(secret))
            if (form.trim() !== '')
                forms.add(form);
    }
    if (forms.size === 0)
        return (text) => String(text);
    const pattern = new RegExp([...forms]
        .sort((a, b) => b.length - a.length)
        .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'), 'g');
    return (text) => String(text).replace(pattern, REDACTED);
}
function secretForms(secret) {
    const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
    forms.push(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
    if (/[\r\n]/.test(secret))
        forms.push(...secret.split(/\r?\n/).filter((line) => line.trim().length >= 4));
    return forms;
}
/** Redacts every string inside a JSON-like value (a report), returning a copy. */
function redactDeep(value, secrets) {
    if (!secrets.some((s) => typeof s === 'string' && s.trim() !== ''))
        return value;
    const redact = secretRedactor(secrets);
    const walk = (node) => {
        if (typeof node === 'string')
            return redact(node);
        if (Array.isArray(node))
            return node.map(walk);
        if (node && typeof node === 'object')
            return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
        return node;
    };
    return walk(value);
}


/***/ })

};
