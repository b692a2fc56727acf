export const id = 583;
export const ids = [583];
export const modules = {

/***/ 88583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTENT_SECURITY_POLICY: () => (/* binding */ CONTENT_SECURITY_POLICY),
  renderHtml: () => (/* binding */ renderHtml),
  renderHtmlPieces: () => (/* binding */ renderHtmlPieces)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/src/report/format.js
var format = __webpack_require__(96747);
;// CONCATENATED MODULE: ./.build/src/report/html/case-outcomes.js
/**
 * What the case table filters on, one bit each, computed here once so the page and the
 * tests agree: a case can be hallucinated and uncited at once.
 */
const OUTCOME = {
    /** At least one contradicted or unsupported claim, or an answer where the app should have declined. */
    hallucinated: 1,
    /** At least one claim that is true to the sources but whose citations do not support it. */
    uncited: 2,
    /** The app declined to answer. */
    abstained: 4,
    /** No usable response: the app failed, said nothing for the case, or was not run. */
    error: 8,
};
function caseOutcome(c) {
    let flags = 0;
    if (c.hallucinated)
        flags |= OUTCOME.hallucinated;
    if (c.claims.some((claim) => !claim.hallucinated && !claim.citationCovered))
        flags |= OUTCOME.uncited;
    if (c.status === 'abstained')
        flags |= OUTCOME.abstained;
    if (c.status === 'error' || c.status === 'missing' || c.status === 'not-run')
        flags |= OUTCOME.error;
    return flags;
}
/** How a case compares with the baseline run. */
const CHANGE = { same: 0, added: 1, edited: 2, outcome: 3 };
/**
 * Each case against the baseline's case of the same id: new in this run, edited (the
 * golden-set case itself changed), a different outcome, or the same.
 */
function compareCases(report, baseline) {
    const before = new Map();
    for (const c of baseline.cases)
        before.set(c.id, { hash: c.contentHash, flags: caseOutcome(c) });
    const change = [];
    const was = [];
    for (const c of report.cases) {
        const old = before.get(c.id);
        if (!old) {
            change.push(CHANGE.added);
            was.push(-1);
            continue;
        }
        was.push(old.flags);
        change.push(old.hash !== c.contentHash ? CHANGE.edited : old.flags !== caseOutcome(c) ? CHANGE.outcome : CHANGE.same);
    }
    return { change, was };
}

;// CONCATENATED MODULE: ./.build/src/report/html/client/page-script.js
function pageScript() {
    const ROW_HEIGHT = 30;
    const OVERSCAN = 12;
    const COLUMNS = 9;
    const data = JSON.parse(document.getElementById('factgate-data').textContent);
    const cases = data.report.cases;
    const total = cases.length;
    const bits = data.bits;
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    // Per-case figures the table shows and sorts by, computed once.
    const hallucinatedClaims = new Int32Array(total);
    const lowestScore = new Float64Array(total);
    for (let i = 0; i < total; i++) {
        const claims = cases[i].claims;
        let h = 0;
        let low = Number.POSITIVE_INFINITY;
        for (const claim of claims) {
            if (claim.hallucinated)
                h++;
            if (claim.score < low)
                low = claim.score;
        }
        hallucinatedClaims[i] = h;
        lowestScore[i] = claims.length === 0 ? Number.NaN : low;
    }
    let haystack = null;
    const el = (tag, className, text) => {
        const node = document.createElement(tag);
        if (className)
            node.className = className;
        if (text !== undefined)
            node.textContent = text;
        return node;
    };
    const outcomeNames = (flags) => {
        const names = [];
        if (flags & bits.error)
            names.push('error');
        if (flags & bits.hallucinated)
            names.push('hallucinated');
        if (flags & bits.uncited)
            names.push('uncited');
        if (flags & bits.abstained)
            names.push('abstained');
        return names;
    };
    const outcomeRank = (flags) => (flags & bits.error ? 4 : flags & bits.hallucinated ? 3 : flags & bits.uncited ? 2 : flags & bits.abstained ? 1 : 0);
    const changeText = (i) => {
        if (!data.change)
            return '';
        const code = data.change[i];
        const codes = data.changeCodes;
        if (code === codes.added)
            return 'new';
        if (code === codes.edited)
            return 'case edited';
        if (code === codes.outcome)
            return `was ${outcomeNames(data.was[i]).join(', ') || 'ok'}`;
        return '';
    };
    const formatScore = (score) => (Number.isNaN(score) ? '' : score.toFixed(3));
    const formatLatency = (ms) => (ms === null ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
    // Filters and sort.
    const search = document.getElementById('filter-search');
    const category = document.getElementById('filter-category');
    const outcome = document.getElementById('filter-outcome');
    const changed = document.getElementById('filter-changed');
    const countLabel = document.getElementById('case-count');
    const wrap = document.getElementById('table-wrap');
    const body = document.getElementById('case-rows');
    const detail = document.getElementById('case-detail');
    const categories = [...new Set(cases.map((c) => c.category))].sort(collator.compare);
    for (const name of categories)
        category.append(new Option(name, name));
    if (!data.change) {
        changed.disabled = true;
        changed.parentElement.title = 'Render with --baseline to compare cases with another run';
    }
    let sortKey = 'index';
    let sortDirection = 1;
    let visible = new Int32Array(0);
    let selected = -1;
    const sortValue = {
        outcome: (i) => outcomeRank(data.outcome[i]),
        claims: (i) => cases[i].claims.length,
        hallucinated: (i) => hallucinatedClaims[i],
        score: (i) => lowestScore[i],
        latency: (i) => cases[i].latencyMs ?? Number.NaN,
        change: (i) => (data.change ? data.change[i] : 0),
    };
    function applyFilters() {
        const query = search.value.trim().toLowerCase();
        if (query && !haystack)
            haystack = cases.map((c) => `${c.id}\n${c.question}\n${c.answer}\n${c.claims.map((claim) => claim.reason).join('\n')}`.toLowerCase());
        const wantCategory = category.value;
        const wantOutcome = outcome.value;
        const bit = wantOutcome === 'all' || wantOutcome === 'ok' ? 0 : bits[wantOutcome];
        const onlyChanged = changed.checked && data.change !== null;
        const out = new Int32Array(total);
        let n = 0;
        for (let i = 0; i < total; i++) {
            const c = cases[i];
            if (wantCategory !== '' && c.category !== wantCategory)
                continue;
            const flags = data.outcome[i];
            if (wantOutcome === 'ok' ? flags !== 0 : bit !== 0 && (flags & bit) === 0)
                continue;
            if (onlyChanged && data.change[i] === data.changeCodes.same)
                continue;
            if (query && !haystack[i].includes(query))
                continue;
            out[n++] = i;
        }
        visible = out.slice(0, n);
        sortVisible();
        countLabel.textContent = `Showing ${n.toLocaleString('en')} of ${total.toLocaleString('en')} cases`;
        wrap.scrollTop = 0;
        renderRows();
    }
    function sortVisible() {
        if (sortKey === 'index') {
            if (sortDirection < 0)
                visible.reverse();
            return;
        }
        const list = Array.from(visible);
        if (sortKey === 'id' || sortKey === 'category' || sortKey === 'question') {
            const key = sortKey;
            list.sort((a, b) => sortDirection * collator.compare(cases[a][key], cases[b][key]) || a - b);
        }
        else {
            const value = sortValue[sortKey];
            // Cases without a value (no claims, no latency) go last whichever way the sort runs.
            list.sort((a, b) => {
                const x = value(a);
                const y = value(b);
                if (Number.isNaN(x) || Number.isNaN(y))
                    return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
                return sortDirection * (x - y) || a - b;
            });
        }
        visible = Int32Array.from(list);
    }
    for (const header of Array.from(document.querySelectorAll('#case-table th[data-sort]'))) {
        header.querySelector('button').addEventListener('click', () => {
            const key = header.dataset.sort;
            sortDirection = key === sortKey ? -sortDirection : key === 'index' || key === 'id' || key === 'category' || key === 'question' ? 1 : -1;
            sortKey = key;
            for (const other of Array.from(document.querySelectorAll('#case-table th[data-sort]')))
                other.removeAttribute('aria-sort');
            header.setAttribute('aria-sort', sortDirection > 0 ? 'ascending' : 'descending');
            sortVisible();
            renderRows();
        });
    }
    // Rows are drawn only where the table is scrolled to: 100,000 cases cost 40 rows of DOM.
    function spacer(height) {
        const tr = el('tr', 'spacer');
        const td = el('td');
        td.colSpan = COLUMNS;
        td.style.height = `${height}px`;
        tr.append(td);
        return tr;
    }
    function renderRows() {
        const first = Math.max(0, Math.floor(wrap.scrollTop / ROW_HEIGHT) - OVERSCAN);
        const last = Math.min(visible.length, Math.ceil((wrap.scrollTop + wrap.clientHeight) / ROW_HEIGHT) + OVERSCAN);
        const fragment = document.createDocumentFragment();
        fragment.append(spacer(first * ROW_HEIGHT));
        for (let k = first; k < last; k++) {
            const i = visible[k];
            const c = cases[i];
            const tr = el('tr', i === selected ? 'row selected' : 'row');
            tr.dataset.index = String(i);
            tr.tabIndex = 0;
            const names = outcomeNames(data.outcome[i]);
            const outcomeCell = el('td');
            for (const name of names.length ? names : ['ok'])
                outcomeCell.append(el('span', `chip ${name}`, name));
            tr.append(el('td', 'id', c.id), el('td', '', c.category), outcomeCell, el('td', 'num', String(c.claims.length)), el('td', 'num', String(hallucinatedClaims[i])), el('td', 'num', formatScore(lowestScore[i])), el('td', 'num', formatLatency(c.latencyMs)), el('td', '', changeText(i)), el('td', 'question', c.question));
            tr.title = c.question;
            fragment.append(tr);
        }
        fragment.append(spacer((visible.length - last) * ROW_HEIGHT));
        body.replaceChildren(fragment);
        if (visible.length === 0) {
            const tr = el('tr');
            const td = el('td', 'empty', 'No case matches these filters.');
            td.colSpan = COLUMNS;
            tr.append(td);
            body.append(tr);
        }
    }
    let frame = 0;
    wrap.addEventListener('scroll', () => {
        if (frame === 0)
            frame = requestAnimationFrame(() => ((frame = 0), renderRows()));
    });
    window.addEventListener('resize', () => renderRows());
    body.addEventListener('click', (event) => {
        const row = event.target.closest('tr.row');
        if (row)
            openCase(Number(row.dataset.index));
    });
    body.addEventListener('keydown', (event) => {
        const row = event.target.closest('tr.row');
        if (!row)
            return;
        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            openCase(Number(row.dataset.index));
        }
        else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const next = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling);
            if (next?.classList.contains('row'))
                next.focus();
        }
    });
    let timer = 0;
    search.addEventListener('input', () => {
        clearTimeout(timer);
        timer = window.setTimeout(applyFilters, 120);
    });
    for (const control of [category, outcome, changed])
        control.addEventListener('change', applyFilters);
    // The case view.
    const byId = new Map();
    cases.forEach((c, i) => byId.set(c.id, i));
    function openCase(i) {
        const id = cases[i].id;
        const hash = `#case=${encodeURIComponent(id)}`;
        if (location.hash !== hash)
            history.replaceState(null, '', hash);
        showCase(i);
        // Keyboard and screen-reader users land on the case they opened.
        detail.querySelector('h2')?.focus();
    }
    window.addEventListener('hashchange', fromHash);
    document.addEventListener('keydown', (event) => {
        const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
        if (event.key === '/' && !typing) {
            event.preventDefault();
            search.focus();
        }
    });
    function fromHash() {
        const match = /^#case=(.*)$/.exec(location.hash);
        if (!match)
            return;
        let id;
        try {
            id = decodeURIComponent(match[1]);
        }
        catch {
            return;
        }
        const i = byId.get(id);
        if (i !== undefined)
            showCase(i);
    }
    function section(title, ...content) {
        const s = el('section');
        s.append(el('h3', '', title), ...content);
        return s;
    }
    function showCase(i) {
        selected = i;
        renderRows();
        const c = cases[i];
        const names = outcomeNames(data.outcome[i]);
        const heading = el('h2');
        heading.tabIndex = -1;
        heading.append(document.createTextNode(`${c.id} `));
        for (const name of names.length ? names : ['ok'])
            heading.append(el('span', `chip ${name}`, name));
        const facts = el('dl');
        const fact = (term, value) => {
            if (value)
                facts.append(el('dt', '', term), el('dd', '', value));
        };
        fact('Category', c.category);
        fact('Status', c.status);
        fact('Expected', c.expect === 'abstain' ? 'decline (the sources do not answer it)' : 'an answer');
        fact('Latency', formatLatency(c.latencyMs));
        fact('Against the baseline', changeText(i) || (data.change ? 'unchanged' : ''));
        const parts = [heading, facts, section('Question', el('p', 'question', c.question))];
        if (c.error)
            parts.push(section('Error', el('pre', 'error', c.error)));
        parts.push(section('Answer', answerWithClaims(c)));
        if (c.hallucinationReasons.length) {
            const list = el('ul', 'reasons');
            for (const reason of c.hallucinationReasons)
                list.append(el('li', 'fail', reason));
            parts.push(section('Why it counts as hallucinated', list));
        }
        if (c.claims.length) {
            const list = el('ol', 'claims');
            for (const claim of c.claims)
                list.append(claimCard(claim));
            parts.push(section(`Claims (${c.claims.length})`, list));
        }
        if (c.nonClaims.length) {
            const list = el('ul');
            for (const nc of c.nonClaims)
                list.append(el('li', '', `${nc.text} (${nc.reason})`));
            parts.push(section('Not claims', list));
        }
        if (c.facts.length)
            parts.push(section('Expected facts', factList(c.facts, 'entailed by the answer', 'not in the answer')));
        if (c.forbidden.length)
            parts.push(section('Known falsehoods', factList(c.forbidden, 'stated by the answer', 'not stated')));
        detail.replaceChildren(...parts);
        detail.hidden = false;
        detail.scrollTop = 0;
        detail.dataset.caseId = c.id;
    }
    function factList(list, yes, no) {
        const ul = el('ul');
        for (const f of list) {
            const li = el('li');
            li.append(el('span', `chip ${f.entailed ? 'supported' : 'unsupported'}`, f.entailed ? yes : no), document.createTextNode(f.text));
            if (f.evidence)
                li.append(el('div', 'claim-facts', `closest in the answer: ${f.evidence}`));
            ul.append(li);
        }
        return ul;
    }
    // Claims are the answer's sentences without their citation markers; find each in turn.
    function locateClaims(answer, claims) {
        const found = [];
        let cursor = 0;
        for (const claim of claims) {
            const core = claim.text.trim().replace(/[.!?。]+$/u, '');
            if (!core)
                continue;
            let start = answer.indexOf(core, cursor);
            let end = start + core.length;
            if (start < 0) {
                const words = core.split(/\s+/).slice(0, 40).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
                const match = new RegExp(words.join('\\s+(?:\\[[^\\]]{0,40}\\]\\s*)?'), 'u').exec(answer.slice(cursor));
                if (!match)
                    continue;
                start = cursor + match.index;
                end = start + match[0].length;
            }
            const tail = /^\s*(?:\[[^\]\n]{0,60}\]\s*)*[.!?。]?(?:\s*\[[^\]\n]{0,60}\])*/u.exec(answer.slice(end));
            end += tail ? tail[0].length : 0;
            found.push({ start, end, claim });
            cursor = end;
        }
        return found;
    }
    function answerWithClaims(c) {
        const p = el('p', 'answer');
        if (!c.answer) {
            p.textContent = c.status === 'abstained' ? '(the app declined to answer)' : '(no answer)';
            return p;
        }
        let at = 0;
        for (const span of locateClaims(c.answer, c.claims)) {
            if (span.start > at)
                p.append(document.createTextNode(c.answer.slice(at, span.start)));
            const mark = el('span', `claim-span ${span.claim.verdict}${!span.claim.hallucinated && !span.claim.citationCovered ? ' uncited' : ''}`);
            mark.dataset.claim = String(span.claim.index);
            mark.title = `claim ${span.claim.index + 1}: ${span.claim.verdict}`;
            // The claim's number comes from the stylesheet, so the answer's text stays exactly the answer.
            mark.dataset.n = String(span.claim.index + 1);
            mark.append(document.createTextNode(c.answer.slice(span.start, span.end)));
            mark.addEventListener('click', () => {
                const card = document.getElementById(`claim-${span.claim.index}`);
                if (!card)
                    return;
                card.scrollIntoView({ block: 'nearest' });
                card.classList.add('focus');
                setTimeout(() => card.classList.remove('focus'), 1200);
            });
            p.append(mark);
            at = span.end;
        }
        if (at < c.answer.length)
            p.append(document.createTextNode(c.answer.slice(at)));
        return p;
    }
    const STOPWORDS = new Set('a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' '));
    const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*%?/gu;
    const wordsOf = (text) => {
        const words = new Set();
        for (const m of text.matchAll(WORD)) {
            const w = m[0].toLowerCase();
            if (!STOPWORDS.has(w))
                words.add(w);
        }
        return words;
    };
    /** The evidence sentence with the stretches that share the claim's words marked. */
    function markedEvidence(sentence, claim) {
        const wanted = wordsOf(claim);
        const out = el('span', 'sentence');
        const matches = [...sentence.matchAll(WORD)].filter((m) => wanted.has(m[0].toLowerCase()));
        let at = 0;
        let k = 0;
        while (k < matches.length) {
            // Join neighbouring matched words (and the space or stopword between them) into one span.
            let j = k;
            while (j + 1 < matches.length) {
                const gap = sentence.slice(matches[j].index + matches[j][0].length, matches[j + 1].index);
                if (!/^[\s,]*(?:[\p{L}]{1,4}[\s,]+)?$/u.test(gap) || (gap.trim() && !STOPWORDS.has(gap.trim().toLowerCase())))
                    break;
                j++;
            }
            const start = matches[k].index;
            const end = matches[j].index + matches[j][0].length;
            if (start > at)
                out.append(document.createTextNode(sentence.slice(at, start)));
            out.append(el('mark', '', sentence.slice(start, end)));
            at = end;
            k = j + 1;
        }
        if (at < sentence.length)
            out.append(document.createTextNode(sentence.slice(at)));
        return out;
    }
    function claimCard(claim) {
        const uncited = !claim.hallucinated && !claim.citationCovered;
        const li = el('li', `claim ${claim.verdict}`);
        li.id = `claim-${claim.index}`;
        const left = el('div');
        const head = el('div', 'claim-head');
        head.append(el('strong', '', `${claim.index + 1}. `), el('span', `chip ${claim.verdict}`, claim.verdict));
        if (uncited)
            head.append(el('span', 'chip uncited', 'uncited'));
        left.append(head, el('p', 'claim-text', claim.text));
        left.append(el('div', 'claim-facts', `judge ${claim.judge} · score ${claim.score.toFixed(3)}${claim.citedVerdict ? ` · cited sources: ${claim.citedVerdict}` : ''}`));
        left.append(el('p', 'reason', claim.reason));
        const right = el('div');
        const cites = el('ul', 'citations');
        if (claim.citationChecks.length === 0)
            cites.append(el('li', 'muted', 'no citation'));
        for (const check of claim.citationChecks) {
            const text = !check.known ? `${check.sourceId}: no such source in the case (fabricated)` : check.relevant ? `${check.sourceId}: supports the claim` : `${check.sourceId}: does not support the claim`;
            cites.append(el('li', check.known ? (check.relevant ? 'relevant' : 'irrelevant') : 'fabricated', text));
        }
        right.append(el('div', 'claim-facts', 'Citations'), cites);
        if (claim.evidence) {
            const quote = el('blockquote', 'evidence');
            quote.append(el('span', 'source', `Evidence: ${claim.evidence.sourceId}, characters ${claim.evidence.start}–${claim.evidence.end}`), markedEvidence(claim.evidence.sentence, claim.text));
            right.append(quote);
        }
        else {
            right.append(el('p', 'muted', 'No evidence sentence in the sources.'));
        }
        li.append(left, right);
        return li;
    }
    applyFilters();
    fromHash();
    document.body.dataset.ready = 'true';
}

;// CONCATENATED MODULE: ./.build/src/report/html/embed-json.js
/**
 * JSON placed inside `<script type="application/json">`. The HTML parser ends a script at
 * `</script` and treats `<!--` specially, whatever JSON says about strings; `<` can only occur
 * inside JSON strings, where `\u003c` means the same character, so replacing every `<` makes
 * any text safe there. U+2028 and U+2029 are escaped too, so the block stays valid
 * JavaScript for any tool that reads it as such.
 */
function jsonForScript(value) {
    return (JSON.stringify(value) ?? 'null').replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// EXTERNAL MODULE: ./.build/src/report/rows.js
var report_rows = __webpack_require__(72833);
;// CONCATENATED MODULE: ./.build/src/report/html/safe-html.js
/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is
 * already `SafeHtml` (the output of another template). Untrusted text can only reach the
 * page as text, never as markup, by construction.
 */
class SafeHtml {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML or SVG element content and quoted attribute values. */
function escapeText(text) {
    return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
function render(value) {
    if (value === null || value === undefined || value === false)
        return '';
    if (value instanceof SafeHtml)
        return value.text;
    if (Array.isArray(value))
        return value.map(render).join('');
    return escapeText(String(value));
}
function html(strings, ...values) {
    let out = strings[0];
    for (let i = 0; i < values.length; i++)
        out += render(values[i]) + strings[i + 1];
    return new SafeHtml(out);
}
/** Markup the caller vouches for (constants of this module's callers, never data). */
function trusted(markup) {
    return new SafeHtml(markup);
}

;// CONCATENATED MODULE: ./.build/src/report/html/charts.js

const WIDTH = 580;
const LABEL = 150;
const VALUE = 70;
const PLOT = WIDTH - LABEL - VALUE;
const ROW = 28;
const TOP = 20;
const BOTTOM = 24;
const n = (x) => (Math.round(x * 10) / 10).toString();
function horizontalBarChart(spec) {
    const withBaseline = spec.rows.some((r) => r.baseline !== undefined && r.baseline !== null);
    const height = TOP + spec.rows.length * ROW + BOTTOM;
    const x = (v) => LABEL + (Math.min(Math.max(v, 0), spec.axisMax) / spec.axisMax) * PLOT;
    const breached = (v) => spec.threshold !== null && (spec.thresholdKind === 'max' ? v > spec.threshold : v < spec.threshold);
    const rows = spec.rows.map((row, i) => {
        const y = TOP + i * ROW;
        const headHeight = withBaseline ? 12 : 16;
        const label = row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label;
        const bar = row.value === null
            ? html `<text class="muted" x="${n(LABEL + 4)}" y="${n(y + 14)}">nothing to measure</text>`
            : html `<rect class="bar head${breached(row.value) ? ' breach' : ''}" x="${LABEL}" y="${n(y + 3)}" width="${n(x(row.value) - LABEL)}" height="${headHeight}"><title>${row.label}: ${spec.format(row.value)}</title></rect>`;
        const ci = row.ci && row.value !== null ? html `<line class="whisker" x1="${n(x(row.ci.lower))}" x2="${n(x(row.ci.upper))}" y1="${n(y + 3 + headHeight / 2)}" y2="${n(y + 3 + headHeight / 2)}"/>` : '';
        const base = withBaseline && row.baseline !== undefined && row.baseline !== null
            ? html `<rect class="bar base" x="${LABEL}" y="${n(y + 17)}" width="${n(x(row.baseline) - LABEL)}" height="6"><title>${row.label}, baseline: ${spec.format(row.baseline)}</title></rect>`
            : '';
        return html `<g class="row"><text class="label" x="${LABEL - 8}" y="${n(y + 15)}">${label}</text>${bar}${ci}${base}<text class="value" x="${WIDTH - VALUE + 6}" y="${n(y + 15)}">${row.value === null ? 'n/a' : spec.format(row.value)}</text></g>`;
    });
    const threshold = spec.threshold === null
        ? ''
        : html `<line class="threshold" x1="${n(x(spec.threshold))}" x2="${n(x(spec.threshold))}" y1="${TOP - 6}" y2="${n(height - BOTTOM + 4)}"/><text class="threshold-label" x="${n(x(spec.threshold))}" y="${TOP - 10}">${spec.thresholdKind} ${spec.format(spec.threshold)}</text>`;
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => html `<text class="tick" x="${n(LABEL + t * PLOT)}" y="${n(height - 6)}">${spec.format(t * spec.axisMax)}</text>`);
    const legend = withBaseline ? 'thick bar: this run · thin bar: baseline · whisker: 95 % interval' : 'whisker: 95 % interval';
    const omitted = spec.omitted ? html `<p class="muted">${spec.omitted} more in the table below.</p>` : '';
    return html `<figure class="chart"><figcaption>${spec.title}<span class="muted">${legend}</span></figcaption><svg role="img" aria-label="${spec.title}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">${rows}${threshold}${ticks}</svg>${omitted}</figure>`;
}
/** Share of scores in each tenth of [0, 1] (1 goes in the last bin). */
function scoreHistogram(scores, bins = 10) {
    const counts = new Array(bins).fill(0);
    let count = 0;
    for (const score of scores) {
        if (!Number.isFinite(score))
            continue;
        const bin = Math.min(bins - 1, Math.max(0, Math.floor(score * bins)));
        counts[bin]++;
        count++;
    }
    return { shares: counts.map((c) => (count === 0 ? 0 : c / count)), count };
}
function histogramChart(title, head, baseline) {
    const width = WIDTH;
    const height = 214;
    const left = 44;
    const top = 12;
    const bottom = 34;
    const plotW = width - left - 12;
    const plotH = height - top - bottom;
    const bins = head.shares.length;
    const top1 = Math.max(0.05, ...head.shares, ...(baseline?.shares ?? []));
    const yMax = Math.ceil(top1 * 10) / 10;
    const slot = plotW / bins;
    const barW = baseline ? slot * 0.38 : slot * 0.7;
    const y = (share) => top + plotH - (share / yMax) * plotH;
    const pct = (v) => `${Math.round(v * 100)}%`;
    const bars = head.shares.map((share, i) => {
        const x0 = left + i * slot + (baseline ? slot * 0.1 : slot * 0.15);
        const range = `${(i / bins).toFixed(1)}–${((i + 1) / bins).toFixed(1)}`;
        const headBar = html `<rect class="bar head" x="${n(x0)}" y="${n(y(share))}" width="${n(barW)}" height="${n(top + plotH - y(share))}"><title>score ${range}: ${pct(share)} of this run's claims</title></rect>`;
        const b = baseline?.shares[i];
        const baseBar = b === undefined
            ? ''
            : html `<rect class="bar base" x="${n(x0 + barW + slot * 0.04)}" y="${n(y(b))}" width="${n(barW)}" height="${n(top + plotH - y(b))}"><title>score ${range}: ${pct(b)} of the baseline's claims</title></rect>`;
        return html `${headBar}${baseBar}`;
    });
    const xTicks = [0, 0.5, 1].map((t) => html `<text class="tick" x="${n(left + t * plotW)}" y="${n(height - bottom + 16)}">${t.toFixed(1)}</text>`);
    const yTicks = [0, yMax / 2, yMax].map((t) => html `<text class="tick y" x="${left - 6}" y="${n(y(t) + 4)}">${pct(t)}</text><line class="grid" x1="${left}" x2="${n(left + plotW)}" y1="${n(y(t))}" y2="${n(y(t))}"/>`);
    const legend = baseline
        ? `dark: this run (${head.count} claims) · light: baseline (${baseline.count} claims); share of claims in each tenth of the score`
        : `${head.count} claims; share of claims in each tenth of the score`;
    return html `<figure class="chart"><figcaption>${title}<span class="muted">${legend}</span></figcaption><svg role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${yTicks}${bars}${xTicks}<text class="axis" x="${n(left + plotW / 2)}" y="${height - 4}">judge score (probability the claim is supported)</text></svg></figure>`;
}

;// CONCATENATED MODULE: ./.build/src/report/html/overview.js




const MAX_CHART_ROWS = 25;
const MAX_COVERAGE_FILES = 20;
function verdictHeader(report) {
    const v = report.verdict;
    const run = report.run;
    const meta = [
        `policy ${report.policy.name}`,
        `${report.metrics.counts.cases} cases`,
        `${report.metrics.counts.claims} claims`,
        `judge ${report.settings.judge.name}`,
        run.gitSha ? `commit ${run.gitSha.slice(0, 12)}` : null,
        run.ref,
        `run ${run.startedAt}`,
        `factgate ${report.tool.version}`,
    ].filter((part) => Boolean(part));
    const runLink = run.runUrl && /^https:\/\//.test(run.runUrl) ? html ` · <a href="${run.runUrl}" rel="noreferrer">workflow run</a>` : '';
    return html `<header class="verdict ${v.status}" id="top"><h1><span class="badge">${format/* VERDICT_WORDS */._G[v.status]}</span> factgate report</h1><p class="summary" id="summary">${summarySentence(report)}</p><p class="meta">${meta.join(' · ')}${runLink}</p></header>`;
}
/** One sentence a reader can stop at: the verdict, why, and the two headline rates. */
function summarySentence(report) {
    const v = report.verdict;
    const m = report.metrics;
    const verb = { pass: 'passed', fail: 'failed', error: 'could not decide', overridden: 'failed and was overridden' }[v.status];
    const why = v.breaches.length > 0
        ? `${v.breaches.length === 1 ? 'one breach' : `${v.breaches.length} breaches`} (${breachedRules(v.breaches)})`
        : v.status === 'pass'
            ? 'every threshold met'
            : (v.notes[0] ?? report.run.partialReason ?? 'see the reasons below');
    const rates = m.counts.claims === 0
        ? 'no claims were judged'
        : `${m.hallucinationRate.numerator} of ${m.counts.claims} claims are hallucinated (${(0,format/* percent */.KN)(m.hallucinationRate.value)}) and ${m.citationCoverage.numerator} are backed by their citations (${(0,format/* percent */.KN)(m.citationCoverage.value)})`;
    return `The gate ${verb} under the ${report.policy.name} policy: ${why}. ${rates}, over ${m.counts.cases} cases.`;
}
/** "max-hallucination-rate, min-citation-coverage and 9 × regression". */
function breachedRules(breaches) {
    const counts = new Map();
    for (const b of breaches)
        counts.set(b.rule, (counts.get(b.rule) ?? 0) + 1);
    const parts = [...counts].map(([rule, count]) => (count === 1 ? rule : `${count} × ${rule}`));
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
/** One line per rule; a rule breached several times (each significant regression) folds its messages. */
function grouped(breaches, kind) {
    const byRule = new Map();
    for (const b of breaches)
        byRule.set(b.rule, [...(byRule.get(b.rule) ?? []), b.message]);
    return [...byRule].map(([rule, messages]) => messages.length === 1
        ? html `<li class="${kind}"><code>${rule}</code> ${messages[0]}</li>`
        : html `<li class="${kind}"><details><summary><code>${rule}</code> ${kind === 'fail' ? 'breached' : 'warned'} ${messages.length} times</summary><ul>${messages.map((m) => html `<li>${m}</li>`)}</ul></details></li>`);
}
function reasons(report) {
    const v = report.verdict;
    const items = [
        ...(v.override
            ? [html `<li class="overridden">Overridden by ${v.override.by} (${v.override.permission}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${v.override.at}; waived: ${v.override.waived.join(', ')}</li>`]
            : []),
        ...grouped(v.breaches, 'fail'),
        ...grouped(v.warnings, 'warn'),
        ...v.notes.map((note) => html `<li class="note">${note}</li>`),
        ...(report.run.partial ? [html `<li class="note">Partial run: ${report.run.partialReason ?? 'incomplete'}</li>`] : []),
    ];
    return items.length === 0 ? html `` : html `<ul class="reasons">${items}</ul>`;
}
function interval(rate) {
    return rate.ci ? `${(0,format/* percent */.KN)(rate.ci.lower)} – ${(0,format/* percent */.KN)(rate.ci.upper)}` : '';
}
function changeCell(value, before, lowerIsBetter) {
    if (value === null || before === null)
        return html `<td class="num">—</td>`;
    const delta = (value - before) * 100;
    if (Math.abs(delta) < 0.005)
        return html `<td class="num">0 pts</td>`;
    const worse = delta > 0 === lowerIsBetter;
    return html `<td class="num ${worse ? 'worse' : 'better'}">${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)} pts</td>`;
}
function metricsTable(report, baseline) {
    const baseRows = baseline ? (0,format/* headlineRows */.yY)({ ...report, metrics: baseline.metrics }) : null;
    // The same status as the comment's table: every rule that touches the row.
    const statuses = (0,report_rows/* metricRows */.IN)(report).map((row) => (row.status === 'none' ? 'ok' : row.status));
    const rows = (0,format/* headlineRows */.yY)(report).map((row, i) => {
        const status = statuses[i] ?? 'ok';
        const before = baseRows?.[i]?.rate.value ?? null;
        const lowerIsBetter = row.rule?.startsWith('max-') ?? false;
        const threshold = row.threshold === null ? '' : `${row.rule.startsWith('max') ? '≤' : '≥'} ${(0,format/* percent */.KN)(row.threshold)}`;
        return html `<tr class="${status}"><th scope="row">${row.label}</th><td class="num">${(0,format/* percent */.KN)(row.rate.value)}</td><td class="num">${row.rate.numerator} / ${row.rate.denominator}</td><td class="num">${interval(row.rate)}</td><td class="num">${threshold}</td>${baseline ? html `<td class="num">${(0,format/* percent */.KN)(before)}</td>${changeCell(row.rate.value, before, lowerIsBetter)}` : ''}<td class="status">${status === 'fail' ? 'breached' : status === 'warn' ? 'warning' : ''}</td></tr>`;
    });
    const head = baseline ? html `<th>Baseline</th><th>Change</th>` : '';
    return html `<table class="metrics" id="metrics"><thead><tr><th>Metric</th><th>This run</th><th>Count</th><th>95 % interval</th><th>Threshold</th>${head}<th></th></tr></thead><tbody>${rows}</tbody></table>`;
}
function categoryRows(report, pick, baseline) {
    const before = new Map((baseline?.categories ?? []).map((c) => [c.category, pick(c).value]));
    const all = report.categories.map((c) => ({ label: c.category, value: pick(c).value, ci: pick(c).ci, ...(baseline ? { baseline: before.get(c.category) ?? null } : {}) }));
    return { rows: all.slice(0, MAX_CHART_ROWS), omitted: Math.max(0, all.length - MAX_CHART_ROWS) };
}
function categoryCharts(report, baseline) {
    if (report.categories.length === 0)
        return html ``;
    const t = report.policy.thresholds;
    const hall = categoryRows(report, (c) => c.hallucinationRate, baseline);
    const highest = Math.max(t.maxHallucinationRate ?? 0, ...hall.rows.flatMap((r) => [r.value ?? 0, r.ci?.upper ?? 0, r.baseline ?? 0]));
    // Hallucination rates are usually small: the axis ends a little past the largest value shown.
    const axisMax = Math.min(1, Math.max(0.05, Math.ceil(highest * 1.15 * 20) / 20));
    const cov = categoryRows(report, (c) => c.citationCoverage, baseline);
    return html `<div class="charts">${horizontalBarChart({
        title: 'Hallucination rate per category',
        rows: hall.rows,
        threshold: t.maxHallucinationRate,
        thresholdKind: 'max',
        axisMax,
        format: (v) => (0,format/* percent */.KN)(v),
        omitted: hall.omitted,
    })}${horizontalBarChart({
        title: 'Citation coverage per category',
        rows: cov.rows,
        threshold: t.minCitationCoverage,
        thresholdKind: 'min',
        axisMax: 1,
        format: (v) => (0,format/* percent */.KN)(v, { digits: 0 }),
        omitted: cov.omitted,
    })}</div>`;
}
function* claimScores(cases) {
    for (const c of cases)
        for (const claim of c.claims)
            yield claim.score;
}
function scoreChart(report, baseline) {
    if (report.metrics.counts.claims === 0)
        return html ``;
    const head = scoreHistogram(claimScores(report.cases));
    const base = baseline ? scoreHistogram(claimScores(baseline.cases)) : null;
    return histogramChart(baseline ? 'Judge-score distribution, this run against the baseline' : 'Judge-score distribution', head, base && base.count > 0 ? base : null);
}
function categoryTable(report, baseline) {
    if (report.categories.length === 0)
        return html ``;
    const before = new Map((baseline?.categories ?? []).map((c) => [c.category, c]));
    const rows = report.categories.map((c) => {
        const b = before.get(c.category);
        return html `<tr><th scope="row">${c.category}</th><td class="num">${c.cases}</td><td class="num">${(0,format/* percent */.KN)(c.hallucinationRate.value)}</td><td class="num">${c.hallucinationRate.numerator} / ${c.hallucinationRate.denominator}</td>${baseline ? html `<td class="num">${(0,format/* percent */.KN)(b?.hallucinationRate.value ?? null)}</td>` : ''}<td class="num">${(0,format/* percent */.KN)(c.citationCoverage.value)}</td>${baseline ? html `<td class="num">${(0,format/* percent */.KN)(b?.citationCoverage.value ?? null)}</td>` : ''}<td class="num">${(0,format/* percent */.KN)(c.caseHallucinationRate.value)}</td><td class="num">${(0,format/* percent */.KN)(c.factRecall.value)}</td></tr>`;
    });
    const b = (label) => (baseline ? html `<th>${label}</th>` : '');
    return html `<table class="categories" id="categories"><thead><tr><th>Category</th><th>Cases</th><th>Hallucination</th><th>Claims</th>${b('Baseline')}<th>Citation coverage</th>${b('Baseline')}<th>Cases with a hallucination</th><th>Fact recall</th></tr></thead><tbody>${rows}</tbody></table>`;
}
function driftSection(report) {
    const d = report.drift;
    if (!d)
        return html `<section id="drift"><h2>Against the baseline</h2><p class="muted">No baseline was given, so nothing was compared.</p></section>`;
    if (d.status !== 'compared')
        return html `<section id="drift"><h2>Against the baseline</h2><p class="muted">${d.status === 'skipped' ? 'Not compared' : 'Not comparable'}: ${d.reason ?? 'no reason given'}.</p></section>`;
    const significant = d.findings.filter((f) => f.significant);
    const rest = d.findings.filter((f) => !f.significant);
    const item = (f) => html `<li class="${f.significant ? f.direction : 'none'}"><span class="mark">${f.significant ? (f.direction === 'regression' ? '▼' : '▲') : '·'}</span> ${f.explanation}${f.role === 'descriptive' ? html ` <span class="muted">(descriptive)</span>` : ''}</li>`;
    const base = d.baseline;
    return html `<section id="drift"><h2>Against the baseline</h2><p>${d.cases.compared} unchanged cases compared; ${d.cases.added.length} added, ${d.cases.removed.length} removed, ${d.cases.changed.length} changed${base ? html ` (baseline ${base.file}${base.gitSha ? `, commit ${base.gitSha.slice(0, 12)}` : ''})` : ''}.</p>${significant.length === 0 ? html `<p>No significant change.</p>` : html `<ul class="findings">${significant.map(item)}</ul>`}${rest.length > 0 ? html `<details><summary>${rest.length} other tests, not significant</summary><ul class="findings">${rest.map(item)}</ul></details>` : ''}</section>`;
}
function coverageSection(report) {
    const c = report.coverage;
    if (!c)
        return html ``;
    const t = report.policy.thresholds;
    const files = c.files
        .filter((f) => f.lines.rate !== null)
        .sort((a, b) => a.lines.rate - b.lines.rate || a.path.localeCompare(b.path));
    const shown = files.slice(0, MAX_COVERAGE_FILES);
    const chart = shown.length === 0
        ? ''
        : horizontalBarChart({
            title: files.length > shown.length ? `Line coverage of the ${shown.length} least covered files (of ${files.length})` : 'Line coverage by file',
            rows: shown.map((f) => ({ label: f.path.split('/').slice(-2).join('/'), value: f.lines.rate })),
            threshold: t.minLineCoverage,
            thresholdKind: 'min',
            axisMax: 1,
            format: (v) => (0,format/* percent */.KN)(v, { digits: 0 }),
        });
    const totals = [
        html `<tr><th scope="row">Lines</th><td class="num">${(0,format/* percent */.KN)(c.lines.rate)}</td><td class="num">${c.lines.covered} / ${c.lines.total}</td></tr>`,
        html `<tr><th scope="row">Branches</th><td class="num">${(0,format/* percent */.KN)(c.branches.rate)}</td><td class="num">${c.branches.covered} / ${c.branches.total}</td></tr>`,
        c.patch ? html `<tr><th scope="row">Patch (changed lines)</th><td class="num">${(0,format/* percent */.KN)(c.patch.rate)}</td><td class="num">${c.patch.covered} / ${c.patch.total}</td></tr>` : '',
    ];
    const warnings = c.warnings.length > 0 ? html `<ul class="reasons">${c.warnings.map((w) => html `<li class="warn">${w}</li>`)}</ul>` : '';
    return html `<section id="coverage"><h2>Code coverage</h2><table class="coverage"><tbody>${totals}</tbody></table>${warnings}${chart}</section>`;
}
function overview(report, baseline) {
    return html `<section id="overview"><h2>Overview</h2>${reasons(report)}${metricsTable(report, baseline)}${categoryCharts(report, baseline)}${scoreChart(report, baseline)}${report.categories.length > 1 ? html `<h3>By category</h3>${categoryTable(report, baseline)}` : ''}</section>${driftSection(report)}${coverageSection(report)}`;
}

;// CONCATENATED MODULE: ./.build/src/report/html/styles.js
/** The page's stylesheet, inlined (the Content-Security-Policy admits it by its hash). */
const PAGE_CSS = `
:root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--info:#0969da;
--supported:#dafbe1;--supported-b:#1a7f37;--contradicted:#ffebe9;--contradicted-b:#cf222e;--unsupported:#fff1e5;--unsupported-b:#bc4c00;--undetermined:#eaeef2;--undetermined-b:#59636e;--mark:#fff8c5;--head:#0969da;--base:#9fc5f8;--breach:#cf222e}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--soft:#151b23;--pass:#3fb950;--fail:#f85149;--warn:#d29922;--info:#4493f8;
--supported:#12261e;--supported-b:#3fb950;--contradicted:#2d1214;--contradicted-b:#f85149;--unsupported:#2b1a0e;--unsupported-b:#db6d28;--undetermined:#212830;--undetermined-b:#9198a1;--mark:#3b2e00;--head:#4493f8;--base:#1f4a80;--breach:#f85149}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main,header.verdict,nav.tabs{max-width:1400px;margin:0 auto;padding:0 24px}
h1{font-size:22px;margin:16px 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:20px 0 6px}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--soft);padding:1px 4px;border-radius:4px}
a{color:var(--info)}
.muted{color:var(--muted)}
header.verdict{border-bottom:4px solid var(--line);padding-bottom:8px}
header.verdict.pass{border-color:var(--pass)}header.verdict.fail,header.verdict.error{border-color:var(--fail)}header.verdict.overridden{border-color:var(--warn)}
.badge{display:inline-block;padding:2px 10px;border-radius:6px;color:#fff;font-size:16px;vertical-align:2px;margin-right:6px;background:var(--muted)}
.pass .badge{background:var(--pass)}.fail .badge,.error .badge{background:var(--fail)}.overridden .badge{background:var(--warn)}
.summary{font-size:16px;margin:6px 0}.meta{color:var(--muted);font-size:12px;margin:2px 0}
nav.tabs{position:sticky;top:0;background:var(--bg);z-index:3;border-bottom:1px solid var(--line);display:flex;gap:16px;padding-top:6px;padding-bottom:6px}
nav.tabs a{text-decoration:none;font-weight:600}
ul.reasons{padding-left:0;list-style:none}ul.reasons li{padding:4px 8px;margin:3px 0;border-left:4px solid var(--line);background:var(--soft)}
ul.reasons li.fail{border-color:var(--fail)}ul.reasons li.warn{border-color:var(--warn)}ul.reasons li.overridden{border-color:var(--warn)}
table{border-collapse:collapse}th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.metrics tr.fail th,table.metrics tr.fail td.status{color:var(--fail);font-weight:600}table.metrics tr.warn td.status{color:var(--warn)}
td.worse{color:var(--fail)}td.better{color:var(--pass)}
.charts{display:flex;flex-wrap:wrap;gap:12px 32px}
figure.chart{margin:12px 0}figure.chart figcaption{font-weight:600;margin-bottom:4px}figure.chart figcaption .muted{font-weight:400;font-size:12px;display:block}
figure.chart svg{max-width:100%;height:auto;font-size:12px}
svg text{fill:var(--fg)}svg .label{text-anchor:end}svg .tick{fill:var(--muted);text-anchor:middle;font-size:11px}svg .tick.y{text-anchor:end}
svg .legend,svg .axis{fill:var(--muted);font-size:11px}svg .axis{text-anchor:middle}svg .muted{fill:var(--muted)}
svg .bar.head{fill:var(--head)}svg .bar.base{fill:var(--base)}svg .bar.breach{fill:var(--breach)}
svg .whisker{stroke:var(--fg);stroke-width:1.5}svg .threshold{stroke:var(--fail);stroke-width:1.5;stroke-dasharray:4 3}
svg .threshold-label{fill:var(--fail);text-anchor:middle;font-size:11px}svg .grid{stroke:var(--line);stroke-width:1}
ul.findings{padding-left:0;list-style:none}ul.findings li{margin:4px 0}ul.findings .mark{display:inline-block;width:1.2em}
ul.findings li.regression .mark{color:var(--fail)}ul.findings li.improvement .mark{color:var(--pass)}
.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin:8px 0}
.filters input[type=search]{min-width:280px;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
.filters select{padding:4px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
#case-count{color:var(--muted)}
.cases-layout{display:grid;grid-template-columns:minmax(0,1.6fr) minmax(0,1fr);gap:16px;align-items:start}
@media (max-width:1100px){.cases-layout{grid-template-columns:1fr}}
.table-wrap{height:70vh;overflow:auto;border:1px solid var(--line);border-radius:6px}
table.cases{table-layout:fixed;width:100%;min-width:640px}
table.cases th{position:sticky;top:0;background:var(--soft);z-index:1;padding:0}
table.cases th button{all:unset;display:block;width:100%;padding:6px;cursor:pointer;font-weight:600;box-sizing:border-box}
table.cases th button:focus-visible{outline:2px solid var(--info)}
table.cases th[aria-sort=ascending] button::after{content:" ▲"}table.cases th[aria-sort=descending] button::after{content:" ▼"}
table.cases td{height:30px;padding:0 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;line-height:30px;border-bottom:1px solid var(--line)}
table.cases tr.row{cursor:pointer}table.cases tr.row:hover td{background:var(--soft)}table.cases tr.row.selected td{background:var(--mark)}
table.cases tr.row:focus-visible{outline:2px solid var(--info);outline-offset:-2px}
table.cases tr.spacer td{padding:0;border:0;height:0}
.chip{display:inline-block;padding:0 6px;margin-right:4px;border-radius:10px;font-size:12px;line-height:18px;border:1px solid var(--line)}
.chip.hallucinated,.chip.contradicted{background:var(--contradicted);border-color:var(--contradicted-b)}
.chip.uncited,.chip.unsupported{background:var(--unsupported);border-color:var(--unsupported-b)}
.chip.abstained,.chip.undetermined{background:var(--undetermined);border-color:var(--undetermined-b)}
.chip.error{background:var(--contradicted);border-color:var(--fail);font-weight:600}
.chip.ok,.chip.supported{background:var(--supported);border-color:var(--supported-b)}
#case-detail{border:1px solid var(--line);border-radius:6px;padding:8px 16px;position:sticky;top:48px;max-height:calc(100vh - 64px);overflow:auto}
#case-detail h2{margin-top:8px}
#case-detail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:4px 0}#case-detail dt{color:var(--muted)}#case-detail dd{margin:0}
.answer{white-space:pre-wrap;background:var(--soft);padding:8px;border-radius:6px;line-height:1.7}
.answer .claim-span{border-bottom:2px solid;padding:1px 0;cursor:pointer}
.claim-span.supported{background:var(--supported);border-color:var(--supported-b)}.claim-span.contradicted{background:var(--contradicted);border-color:var(--contradicted-b)}
.claim-span.unsupported{background:var(--unsupported);border-color:var(--unsupported-b)}.claim-span.undetermined{background:var(--undetermined);border-color:var(--undetermined-b)}
.claim-span.uncited{border-bottom-style:dashed}
.claim-span::after{content:attr(data-n);font-size:10px;vertical-align:super;color:var(--muted);margin-left:1px}
ol.claims{padding-left:0;list-style:none}
li.claim{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:4px 16px;border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:8px;margin:8px 0}
li.claim.supported{border-left-color:var(--supported-b)}li.claim.contradicted{border-left-color:var(--contradicted-b)}li.claim.unsupported{border-left-color:var(--unsupported-b)}li.claim.undetermined{border-left-color:var(--undetermined-b)}
li.claim.focus{outline:2px solid var(--info)}
@media (max-width:700px){li.claim{grid-template-columns:1fr}}
.claim-text{margin:4px 0;font-weight:500}.claim-facts{color:var(--muted);font-size:12px}
.evidence{margin:0;padding:6px 8px;border-left:3px solid var(--line);background:var(--soft)}
.evidence mark{background:var(--mark);color:inherit;border-bottom:2px solid var(--warn)}
.evidence .source{display:block;color:var(--muted);font-size:12px}
ul.citations{margin:4px 0;padding-left:18px}ul.citations li.fabricated{color:var(--fail)}
.empty{color:var(--muted);padding:24px;text-align:center}
@media print{nav.tabs,.filters{display:none}.table-wrap{height:auto}}
`;

;// CONCATENATED MODULE: ./.build/src/report/html/render-html.js








const SCRIPT = `(${pageScript.toString()})();`;
if (/<\/script|<!--/i.test(SCRIPT))
    throw new Error('the page script contains text that would end its <script> element');
const sha256 = (text) => `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
/** Nothing external: no connection, font, image, frame or form; only this page's own style and script. */
const CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    `script-src ${sha256(SCRIPT)}`,
    `style-src ${sha256(PAGE_CSS)}`,
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
/** Widths in pixels for the figures, in per cent for text; the question takes the rest. */
const COLUMNS = [
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
function casesSection(report, withBaseline) {
    const cols = COLUMNS.map((c) => (c.width === null ? trusted('<col>') : html `<col width="${c.width}">`));
    const heads = COLUMNS.map((c) => html `<th scope="col" data-sort="${c.key}"><button type="button">${c.label}</button></th>`);
    return html `<section id="cases"><h2>Cases</h2>
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
function* renderHtmlPieces(report, options = {}) {
    const baseline = options.baseline ?? null;
    const title = `factgate ${format/* VERDICT_WORDS */._G[report.verdict.status].toLowerCase()}: ${report.metrics.counts.cases} cases${report.run.gitSha ? ` at ${report.run.gitSha.slice(0, 7)}` : ''}`;
    yield html `<!doctype html>
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
function renderHtml(report, options = {}) {
    return [...renderHtmlPieces(report, options)].join('');
}
/** The page's data (PageData): the report itself, with each case written on its own. */
function* dataPieces(report, baseline) {
    const comparison = baseline ? compareCases(report, baseline) : null;
    yield `{"bits":${jsonForScript(OUTCOME)},"changeCodes":${jsonForScript(CHANGE)},`;
    yield `"outcome":${jsonForScript(report.cases.map(caseOutcome))},`;
    yield `"change":${jsonForScript(comparison?.change ?? null)},"was":${jsonForScript(comparison?.was ?? null)},`;
    const { cases, ...rest } = report;
    const head = jsonForScript(rest);
    yield `"report":${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"cases":[`;
    for (let i = 0; i < cases.length; i++)
        yield (i > 0 ? ',' : '') + jsonForScript(cases[i]);
    yield ']}}';
}


/***/ })

};
