/// <reference lib="dom" />
/**
 * The page's script. It runs in the browser, inlined as the text of `pageScript` (the
 * Content-Security-Policy admits it by its hash), so it must not use anything from outside
 * its own body: only types are imported. Every piece of report text reaches the page
 * through `textContent` or a text node, never as markup.
 */
import type { CaseResult, ClaimResult, Report } from '../../types.js';

/** What the page reads from its data block. */
export interface PageData {
  report: Report;
  /** Outcome flags per case (see case-outcomes.ts), and their bits. */
  outcome: number[];
  bits: { hallucinated: number; uncited: number; abstained: number; error: number };
  /** Per case against the baseline (CHANGE codes), or null without a baseline. */
  change: number[] | null;
  was: number[] | null;
  changeCodes: { same: number; added: number; edited: number; outcome: number };
}

export function pageScript(): void {
  const ROW_HEIGHT = 30;
  const OVERSCAN = 12;
  const COLUMNS = 9;
  const data = JSON.parse(document.getElementById('factgate-data')!.textContent!) as PageData;
  const cases = data.report.cases;
  const total = cases.length;
  const bits = data.bits;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

  // Per-case figures the table shows and sorts by, computed once.
  const hallucinatedClaims = new Int32Array(total);
  const lowestScore = new Float64Array(total);
  for (let i = 0; i < total; i++) {
    const claims = cases[i]!.claims;
    let h = 0;
    let low = Number.POSITIVE_INFINITY;
    for (const claim of claims) {
      if (claim.hallucinated) h++;
      if (claim.score < low) low = claim.score;
    }
    hallucinatedClaims[i] = h;
    lowestScore[i] = claims.length === 0 ? Number.NaN : low;
  }
  let haystack: string[] | null = null;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const outcomeNames = (flags: number): string[] => {
    const names: string[] = [];
    if (flags & bits.error) names.push('error');
    if (flags & bits.hallucinated) names.push('hallucinated');
    if (flags & bits.uncited) names.push('uncited');
    if (flags & bits.abstained) names.push('abstained');
    return names;
  };
  const outcomeRank = (flags: number): number => (flags & bits.error ? 4 : flags & bits.hallucinated ? 3 : flags & bits.uncited ? 2 : flags & bits.abstained ? 1 : 0);
  const changeText = (i: number): string => {
    if (!data.change) return '';
    const code = data.change[i]!;
    const codes = data.changeCodes;
    if (code === codes.added) return 'new';
    if (code === codes.edited) return 'case edited';
    if (code === codes.outcome) return `was ${outcomeNames(data.was![i]!).join(', ') || 'ok'}`;
    return '';
  };
  const formatScore = (score: number): string => (Number.isNaN(score) ? '' : score.toFixed(3));
  const formatLatency = (ms: number | null): string => (ms === null ? '' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

  // Filters and sort.
  const search = document.getElementById('filter-search') as HTMLInputElement;
  const category = document.getElementById('filter-category') as HTMLSelectElement;
  const outcome = document.getElementById('filter-outcome') as HTMLSelectElement;
  const changed = document.getElementById('filter-changed') as HTMLInputElement;
  const countLabel = document.getElementById('case-count')!;
  const wrap = document.getElementById('table-wrap')!;
  const body = document.getElementById('case-rows')!;
  const detail = document.getElementById('case-detail')!;
  const categories = [...new Set(cases.map((c) => c.category))].sort(collator.compare);
  for (const name of categories) category.append(new Option(name, name));
  if (!data.change) {
    changed.disabled = true;
    changed.parentElement!.title = 'Render with --baseline to compare cases with another run';
  }

  let sortKey = 'index';
  let sortDirection = 1;
  let visible: Int32Array = new Int32Array(0);
  let selected = -1;

  const sortValue: Record<string, (i: number) => number> = {
    outcome: (i) => outcomeRank(data.outcome[i]!),
    claims: (i) => cases[i]!.claims.length,
    hallucinated: (i) => hallucinatedClaims[i]!,
    score: (i) => lowestScore[i]!,
    latency: (i) => cases[i]!.latencyMs ?? Number.NaN,
    change: (i) => (data.change ? data.change[i]! : 0),
  };

  function applyFilters(): void {
    const query = search.value.trim().toLowerCase();
    if (query && !haystack) haystack = cases.map((c) => `${c.id}\n${c.question}\n${c.answer}\n${c.claims.map((claim) => claim.reason).join('\n')}`.toLowerCase());
    const wantCategory = category.value;
    const wantOutcome = outcome.value;
    const bit = wantOutcome === 'all' || wantOutcome === 'ok' ? 0 : bits[wantOutcome as keyof typeof bits];
    const onlyChanged = changed.checked && data.change !== null;
    const out = new Int32Array(total);
    let n = 0;
    for (let i = 0; i < total; i++) {
      const c = cases[i]!;
      if (wantCategory !== '' && c.category !== wantCategory) continue;
      const flags = data.outcome[i]!;
      if (wantOutcome === 'ok' ? flags !== 0 : bit !== 0 && (flags & bit) === 0) continue;
      if (onlyChanged && data.change![i] === data.changeCodes.same) continue;
      if (query && !haystack![i]!.includes(query)) continue;
      out[n++] = i;
    }
    visible = out.slice(0, n);
    sortVisible();
    countLabel.textContent = `Showing ${n.toLocaleString('en')} of ${total.toLocaleString('en')} cases`;
    wrap.scrollTop = 0;
    renderRows();
  }

  function sortVisible(): void {
    if (sortKey === 'index') {
      if (sortDirection < 0) visible.reverse();
      return;
    }
    const list = Array.from(visible);
    if (sortKey === 'id' || sortKey === 'category' || sortKey === 'question') {
      const key = sortKey as 'id' | 'category' | 'question';
      list.sort((a, b) => sortDirection * collator.compare(cases[a]![key], cases[b]![key]) || a - b);
    } else {
      const value = sortValue[sortKey]!;
      // Cases without a value (no claims, no latency) go last whichever way the sort runs.
      list.sort((a, b) => {
        const x = value(a);
        const y = value(b);
        if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a - b : Number.isNaN(x) ? 1 : -1;
        return sortDirection * (x - y) || a - b;
      });
    }
    visible = Int32Array.from(list);
  }

  for (const header of Array.from(document.querySelectorAll<HTMLTableCellElement>('#case-table th[data-sort]'))) {
    header.querySelector('button')!.addEventListener('click', () => {
      const key = header.dataset.sort!;
      sortDirection = key === sortKey ? -sortDirection : key === 'index' || key === 'id' || key === 'category' || key === 'question' ? 1 : -1;
      sortKey = key;
      for (const other of Array.from(document.querySelectorAll<HTMLTableCellElement>('#case-table th[data-sort]'))) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', sortDirection > 0 ? 'ascending' : 'descending');
      sortVisible();
      renderRows();
    });
  }

  // Rows are drawn only where the table is scrolled to: 100,000 cases cost 40 rows of DOM.
  function spacer(height: number): HTMLTableRowElement {
    const tr = el('tr', 'spacer');
    const td = el('td');
    td.colSpan = COLUMNS;
    td.style.height = `${height}px`;
    tr.append(td);
    return tr;
  }

  function renderRows(): void {
    const first = Math.max(0, Math.floor(wrap.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(visible.length, Math.ceil((wrap.scrollTop + wrap.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const fragment = document.createDocumentFragment();
    fragment.append(spacer(first * ROW_HEIGHT));
    for (let k = first; k < last; k++) {
      const i = visible[k]!;
      const c = cases[i]!;
      const tr = el('tr', i === selected ? 'row selected' : 'row');
      tr.dataset.index = String(i);
      tr.tabIndex = 0;
      const names = outcomeNames(data.outcome[i]!);
      const outcomeCell = el('td');
      for (const name of names.length ? names : ['ok']) outcomeCell.append(el('span', `chip ${name}`, name));
      tr.append(
        el('td', 'id', c.id),
        el('td', '', c.category),
        outcomeCell,
        el('td', 'num', String(c.claims.length)),
        el('td', 'num', String(hallucinatedClaims[i])),
        el('td', 'num', formatScore(lowestScore[i]!)),
        el('td', 'num', formatLatency(c.latencyMs)),
        el('td', '', changeText(i)),
        el('td', 'question', c.question),
      );
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
    if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), renderRows()));
  });
  window.addEventListener('resize', () => renderRows());
  body.addEventListener('click', (event) => {
    const row = (event.target as Element).closest('tr.row') as HTMLTableRowElement | null;
    if (row) openCase(Number(row.dataset.index));
  });
  body.addEventListener('keydown', (event) => {
    const row = (event.target as Element).closest('tr.row') as HTMLTableRowElement | null;
    if (!row) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openCase(Number(row.dataset.index));
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
      if (next?.classList.contains('row')) next.focus();
    }
  });

  let timer = 0;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(applyFilters, 120);
  });
  for (const control of [category, outcome, changed]) control.addEventListener('change', applyFilters);

  // The case view.
  const byId = new Map<string, number>();
  cases.forEach((c, i) => byId.set(c.id, i));

  function openCase(i: number): void {
    const id = cases[i]!.id;
    const hash = `#case=${encodeURIComponent(id)}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
    showCase(i);
    // Keyboard and screen-reader users land on the case they opened.
    detail.querySelector<HTMLElement>('h2')?.focus();
  }

  window.addEventListener('hashchange', fromHash);
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
    }
  });
  function fromHash(): void {
    const match = /^#case=(.*)$/.exec(location.hash);
    if (!match) return;
    let id: string;
    try {
      id = decodeURIComponent(match[1]!);
    } catch {
      return;
    }
    const i = byId.get(id);
    if (i !== undefined) showCase(i);
  }

  function section(title: string, ...content: Node[]): HTMLElement {
    const s = el('section');
    s.append(el('h3', '', title), ...content);
    return s;
  }

  function showCase(i: number): void {
    selected = i;
    renderRows();
    const c = cases[i]!;
    const names = outcomeNames(data.outcome[i]!);
    const heading = el('h2');
    heading.tabIndex = -1;
    heading.append(document.createTextNode(`${c.id} `));
    for (const name of names.length ? names : ['ok']) heading.append(el('span', `chip ${name}`, name));
    const facts = el('dl');
    const fact = (term: string, value: string): void => {
      if (value) facts.append(el('dt', '', term), el('dd', '', value));
    };
    fact('Category', c.category);
    fact('Status', c.status);
    fact('Expected', c.expect === 'abstain' ? 'decline (the sources do not answer it)' : 'an answer');
    fact('Latency', formatLatency(c.latencyMs));
    fact('Against the baseline', changeText(i) || (data.change ? 'unchanged' : ''));
    const parts: Node[] = [heading, facts, section('Question', el('p', 'question', c.question))];
    if (c.error) parts.push(section('Error', el('pre', 'error', c.error)));
    parts.push(section('Answer', answerWithClaims(c)));
    if (c.hallucinationReasons.length) {
      const list = el('ul', 'reasons');
      for (const reason of c.hallucinationReasons) list.append(el('li', 'fail', reason));
      parts.push(section('Why it counts as hallucinated', list));
    }
    if (c.claims.length) {
      const list = el('ol', 'claims');
      for (const claim of c.claims) list.append(claimCard(claim));
      parts.push(section(`Claims (${c.claims.length})`, list));
    }
    if (c.nonClaims.length) {
      const list = el('ul');
      for (const nc of c.nonClaims) list.append(el('li', '', `${nc.text} (${nc.reason})`));
      parts.push(section('Not claims', list));
    }
    if (c.facts.length) parts.push(section('Expected facts', factList(c.facts, 'entailed by the answer', 'not in the answer')));
    if (c.forbidden.length) parts.push(section('Known falsehoods', factList(c.forbidden, 'stated by the answer', 'not stated')));
    detail.replaceChildren(...parts);
    detail.hidden = false;
    detail.scrollTop = 0;
    detail.dataset.caseId = c.id;
  }

  function factList(list: CaseResult['facts'], yes: string, no: string): HTMLElement {
    const ul = el('ul');
    for (const f of list) {
      const li = el('li');
      li.append(el('span', `chip ${f.entailed ? 'supported' : 'unsupported'}`, f.entailed ? yes : no), document.createTextNode(f.text));
      if (f.evidence) li.append(el('div', 'claim-facts', `closest in the answer: ${f.evidence}`));
      ul.append(li);
    }
    return ul;
  }

  // Claims are the answer's sentences without their citation markers; find each in turn.
  function locateClaims(answer: string, claims: readonly ClaimResult[]): { start: number; end: number; claim: ClaimResult }[] {
    const found: { start: number; end: number; claim: ClaimResult }[] = [];
    let cursor = 0;
    for (const claim of claims) {
      const core = claim.text.trim().replace(/[.!?。]+$/u, '');
      if (!core) continue;
      let start = answer.indexOf(core, cursor);
      let end = start + core.length;
      if (start < 0) {
        const words = core.split(/\s+/).slice(0, 40).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const match = new RegExp(words.join('\\s+(?:\\[[^\\]]{0,40}\\]\\s*)?'), 'u').exec(answer.slice(cursor));
        if (!match) continue;
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

  function answerWithClaims(c: CaseResult): HTMLElement {
    const p = el('p', 'answer');
    if (!c.answer) {
      p.textContent = c.status === 'abstained' ? '(the app declined to answer)' : '(no answer)';
      return p;
    }
    let at = 0;
    for (const span of locateClaims(c.answer, c.claims)) {
      if (span.start > at) p.append(document.createTextNode(c.answer.slice(at, span.start)));
      const mark = el('span', `claim-span ${span.claim.verdict}${!span.claim.hallucinated && !span.claim.citationCovered ? ' uncited' : ''}`);
      mark.dataset.claim = String(span.claim.index);
      mark.title = `claim ${span.claim.index + 1}: ${span.claim.verdict}`;
      // The claim's number comes from the stylesheet, so the answer's text stays exactly the answer.
      mark.dataset.n = String(span.claim.index + 1);
      mark.append(document.createTextNode(c.answer.slice(span.start, span.end)));
      mark.addEventListener('click', () => {
        const card = document.getElementById(`claim-${span.claim.index}`);
        if (!card) return;
        card.scrollIntoView({ block: 'nearest' });
        card.classList.add('focus');
        setTimeout(() => card.classList.remove('focus'), 1200);
      });
      p.append(mark);
      at = span.end;
    }
    if (at < c.answer.length) p.append(document.createTextNode(c.answer.slice(at)));
    return p;
  }

  const STOPWORDS = new Set('a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' '));
  const WORD = /[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*%?/gu;
  const wordsOf = (text: string): Set<string> => {
    const words = new Set<string>();
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (!STOPWORDS.has(w)) words.add(w);
    }
    return words;
  };

  /** The evidence sentence with the stretches that share the claim's words marked. */
  function markedEvidence(sentence: string, claim: string): HTMLElement {
    const wanted = wordsOf(claim);
    const out = el('span', 'sentence');
    const matches = [...sentence.matchAll(WORD)].filter((m) => wanted.has(m[0].toLowerCase()));
    let at = 0;
    let k = 0;
    while (k < matches.length) {
      // Join neighbouring matched words (and the space or stopword between them) into one span.
      let j = k;
      while (j + 1 < matches.length) {
        const gap = sentence.slice(matches[j]!.index! + matches[j]![0].length, matches[j + 1]!.index!);
        if (!/^[\s,]*(?:[\p{L}]{1,4}[\s,]+)?$/u.test(gap) || (gap.trim() && !STOPWORDS.has(gap.trim().toLowerCase()))) break;
        j++;
      }
      const start = matches[k]!.index!;
      const end = matches[j]!.index! + matches[j]![0].length;
      if (start > at) out.append(document.createTextNode(sentence.slice(at, start)));
      out.append(el('mark', '', sentence.slice(start, end)));
      at = end;
      k = j + 1;
    }
    if (at < sentence.length) out.append(document.createTextNode(sentence.slice(at)));
    return out;
  }

  function claimCard(claim: ClaimResult): HTMLElement {
    const uncited = !claim.hallucinated && !claim.citationCovered;
    const li = el('li', `claim ${claim.verdict}`);
    li.id = `claim-${claim.index}`;
    const left = el('div');
    const head = el('div', 'claim-head');
    head.append(el('strong', '', `${claim.index + 1}. `), el('span', `chip ${claim.verdict}`, claim.verdict));
    if (uncited) head.append(el('span', 'chip uncited', 'uncited'));
    left.append(head, el('p', 'claim-text', claim.text));
    left.append(el('div', 'claim-facts', `judge ${claim.judge} · score ${claim.score.toFixed(3)}${claim.citedVerdict ? ` · cited sources: ${claim.citedVerdict}` : ''}`));
    left.append(el('p', 'reason', claim.reason));
    const right = el('div');
    const cites = el('ul', 'citations');
    if (claim.citationChecks.length === 0) cites.append(el('li', 'muted', 'no citation'));
    for (const check of claim.citationChecks) {
      const text = !check.known ? `${check.sourceId}: no such source in the case (fabricated)` : check.relevant ? `${check.sourceId}: supports the claim` : `${check.sourceId}: does not support the claim`;
      cites.append(el('li', check.known ? (check.relevant ? 'relevant' : 'irrelevant') : 'fabricated', text));
    }
    right.append(el('div', 'claim-facts', 'Citations'), cites);
    if (claim.evidence) {
      const quote = el('blockquote', 'evidence');
      quote.append(el('span', 'source', `Evidence: ${claim.evidence.sourceId}, characters ${claim.evidence.start}–${claim.evidence.end}`), markedEvidence(claim.evidence.sentence, claim.text));
      right.append(quote);
    } else {
      right.append(el('p', 'muted', 'No evidence sentence in the sources.'));
    }
    li.append(left, right);
    return li;
  }

  applyFilters();
  fromHash();
  document.body.dataset.ready = 'true';
}
