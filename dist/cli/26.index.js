export const id = 26;
export const ids = [26];
export const modules = {

/***/ 15790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HC: () => (/* reexport */ DEFAULT_CITATION_PATTERN),
  sX: () => (/* binding */ abstains),
  HS: () => (/* binding */ extractClaims)
});

// UNUSED EXPORTS: compileCitationPattern, contextualizeClaim, isAbstention, isFragment, splitSentences

// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
;// CONCATENATED MODULE: ./.build/src/evaluate/claims/citations.js

/**
 * Inline citation markers: `[S1]`, `[1]`, `[S1, S2]`, `[^1]`, `[doc-2; doc-3]`.
 * Ids hold no spaces, so ordinary bracketed words with spaces are left alone;
 * a bracket followed by "(" is a Markdown link, not a citation.
 */
const DEFAULT_CITATION_PATTERN = /\[\^?\s*([A-Za-z0-9][\w.:#/-]*(?:\s*[,;]\s*\^?[A-Za-z0-9][\w.:#/-]*)*)\s*\](?![(:])/g;
/**
 * Compiles the user's citation pattern. A string is read as a regular expression
 * source; its first capture group (or, without one, the whole match) holds the ids.
 */
function compileCitationPattern(pattern, place = 'citationPattern') {
    if (pattern === undefined)
        return new RegExp(DEFAULT_CITATION_PATTERN.source, 'g');
    let compiled;
    try {
        compiled =
            typeof pattern === 'string'
                ? new RegExp(pattern, 'g')
                : new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the citation pattern ${JSON.stringify(String(pattern))} is not a valid regular expression`, {
            place,
            fix: `write a JavaScript regular expression whose first group captures the ids, e.g. ${JSON.stringify(DEFAULT_CITATION_PATTERN.source)} (${error instanceof Error ? error.message : String(error)})`,
        });
    }
    if (compiled.test('')) {
        throw new errors/* ConfigurationError */.j1(`the citation pattern ${JSON.stringify(compiled.source)} matches empty text`, {
            place,
            fix: 'make the pattern match the whole marker, brackets included, e.g. "\\[(S\\d+)\\]"',
        });
    }
    compiled.lastIndex = 0;
    return compiled;
}
/** Splits "S1, ^S2; S3" into ids. */
function parseIds(raw) {
    return raw
        .split(/[,;]/)
        .map((id) => id.trim().replace(/^\^/, '').replace(/^\[|\]$/g, '').trim())
        .filter((id) => id.length > 0);
}
/**
 * Removes citation markers (with the spaces before them) and records where each
 * was, so a marker can later be given to the sentence it follows.
 */
function removeCitations(text, pattern) {
    const marks = [];
    let clean = '';
    let last = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (match[0].length === 0) {
            pattern.lastIndex++;
            continue;
        }
        const before = text.slice(last, match.index);
        const kept = before.replace(/[ \t]+$/, '');
        clean += kept;
        const ids = parseIds(match[1] ?? match[0]);
        if (ids.length > 0)
            marks.push({ ids, at: clean.length });
        last = match.index + match[0].length;
    }
    clean += text.slice(last);
    return { text: respace(clean, marks), marks };
}
/** Re-inserts a space where removing a marker joined two words ("Paris[S1]and" stays readable). */
function respace(clean, marks) {
    let out = clean;
    for (let i = marks.length - 1; i >= 0; i--) {
        const mark = marks[i];
        if (!mark)
            continue;
        const before = out[mark.at - 1];
        const after = out[mark.at];
        if (before && after && /[\w.,;:!?)"'”’]/.test(before) && /\w/.test(after)) {
            out = `${out.slice(0, mark.at)} ${out.slice(mark.at)}`;
            for (let j = i + 1; j < marks.length; j++) {
                const later = marks[j];
                if (later)
                    later.at += 1;
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/src/evaluate/claims/markdown.js
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
const QUOTE_MARK = /^\s{0,3}>\s?/;
function splitBlocks(answer) {
    const lines = answer.replace(/\r\n?/g, '\n').split('\n');
    const blocks = [];
    let prose = [];
    const flush = () => {
        if (prose.length > 0)
            blocks.push({ kind: 'prose', text: prose.join(' ') });
        prose = [];
    };
    for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] ?? '').replace(QUOTE_MARK, '');
        const fence = FENCE.exec(line);
        if (fence?.[1]) {
            flush();
            const marker = fence[1];
            const body = [];
            i++;
            while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker))
                body.push(lines[i++] ?? '');
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
            while (i + 1 < lines.length && TABLE_ROW.test(lines[i + 1] ?? ''))
                rows.push(lines[++i] ?? '');
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
function stripInline(text) {
    return text
        .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1')
        .replace(/(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])/g, '$1')
        .replace(/`([^`\n]+)`/g, '$1')
        .replace(/<\/?[A-Za-z][^<>]*>/g, '');
}

;// CONCATENATED MODULE: ./.build/src/evaluate/claims/non-claims.js
// Declining to answer: "I don't know", "the sources do not say", "cannot be determined".
const ABSTENTION = new RegExp([
    String.raw `\bi\s+(?:do\s+not|don['’]t|cannot|can['’]t|could\s+not|couldn['’]t|am\s+unable\s+to|['’]m\s+unable\s+to|am\s+not\s+able\s+to|was\s+unable\s+to|did\s+not|didn['’]t)\s+(?:know|find|answer|say|determine|tell|confirm|locate|see|verify)\b`,
    String.raw `\bi\s+(?:do\s+not|don['’]t)\s+have\s+(?:enough\s+|sufficient\s+|any\s+)?(?:information|data|details|context|knowledge)\b`,
    String.raw `\bi\s*(?:am|['’]m)\s+(?:not\s+sure|not\s+certain|uncertain|unsure)\b`,
    String.raw `\b(?:not\s+enough|insufficient|no\s+relevant)\s+(?:information|context|data|evidence)\b`,
    String.raw `\b(?:provided\s+|given\s+|available\s+)?(?:sources?|documents?|context|texts?|passages?|materials?)(?:\s+(?:provided|given|available))?\s+(?:do|does|did)\s*(?:not|n['’]t)\s+(?:contain|mention|say|include|provide|specify|state|cover|address|answer|discuss)\b`,
    String.raw `\bthere\s+is\s+no\s+(?:information|mention|data|evidence)\b`,
    String.raw `\bno\s+information\s+(?:is\s+)?(?:available|provided|given)\b`,
    String.raw `\b(?:unable|not\s+able)\s+to\s+(?:answer|determine|find|say)\b`,
    String.raw `\bcannot\s+be\s+(?:determined|answered)\b`,
].join('|'), 'i');
// Pleasantries that carry no fact. Only short sentences qualify, so "Thanks to the
// new law, fines doubled" is still a claim.
const GREETING = /^(?:hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening)|thanks?(?!\s+to\b)|thank\s+you|you['’]re\s+welcome|sure|certainly|of\s+course|absolutely|great\s+question|good\s+question|happy\s+to\s+help|glad\s+to\s+help|i\s+hope\s+(?:this|that)\s+helps|hope\s+(?:this|that)\s+helps|let\s+me\s+know|feel\s+free|please\s+let\s+me\s+know|is\s+there\s+anything\s+else)\b/i;
const LEAD_IN = /^(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|the\s+following)\b.*:$|:$/i;
/** "I'm not sure, but the label says 4 g" still asserts what follows the "but". */
function assertsAfterHedge(text) {
    const tail = /\b(?:but|however|though|although|yet)\b(.*)$/i.exec(text)?.[1] ?? '';
    return tail.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length >= 3;
}
/** Classifies one cleaned sentence; `undefined` means it is a claim. */
function nonClaimReason(sentence) {
    const text = sentence.trim();
    if (!/[\p{L}\p{N}]/u.test(text))
        return 'no content';
    if (/\?["'”’)\]]*$/.test(text))
        return 'question';
    if (ABSTENTION.test(text) && !assertsAfterHedge(text))
        return 'abstention';
    const words = text.split(/\s+/).length;
    if (words <= 12 && GREETING.test(text))
        return 'greeting';
    if (LEAD_IN.test(text))
        return 'lead-in';
    return undefined;
}

// EXTERNAL MODULE: ./.build/src/evaluate/claims/sentences.js
var claims_sentences = __webpack_require__(85511);
// EXTERNAL MODULE: ./.build/src/evaluate/claims/context.js
var context = __webpack_require__(50442);
;// CONCATENATED MODULE: ./.build/src/evaluate/claims.js
/**
 * Turns a free-text answer into the claims a judge checks: one claim a sentence,
 * with the inline citation markers that follow it, and the sentences that assert
 * nothing (questions, greetings, abstentions, Markdown structure) kept apart.
 */







function extractClaims(answer, options = {}) {
    const pattern = compileCitationPattern(options.citationPattern);
    const claims = [];
    for (const block of splitBlocks(answer)) {
        if (block.kind !== 'prose') {
            const { text, marks } = removeCitations(block.text, pattern);
            if (text.trim() === '' && marks.length === 0)
                continue;
            claims.push({ text: text.trim(), citations: uniqueIds(marks), kind: 'non-claim', nonClaimReason: block.kind });
            continue;
        }
        claims.push(...claimsOfProse(block.text, pattern));
    }
    return claims;
}
function claimsOfProse(prose, pattern) {
    const { text, marks } = removeCitations(prose, pattern);
    const sentences = (0,claims_sentences/* splitSentences */.P)(text);
    if (sentences.length === 0)
        return [];
    const marksOf = sentences.map(() => []);
    for (const mark of marks) {
        // A marker belongs to the last sentence that starts before it: "… capital. [S1] Next"
        // gives [S1] to "… capital.", since the space before the marker was removed with it.
        let owner = 0;
        for (let i = 0; i < sentences.length; i++) {
            const sentence = sentences[i];
            if (sentence && sentence.start < mark.at)
                owner = i;
        }
        marksOf[owner]?.push(mark);
    }
    return sentences.map((sentence, i) => {
        const reason = nonClaimReason(sentence.text);
        const citations = uniqueIds(marksOf[i] ?? []);
        return reason === undefined
            ? { text: sentence.text, citations, kind: 'claim' }
            : { text: sentence.text, citations, kind: 'non-claim', nonClaimReason: reason };
    });
}
function uniqueIds(marks) {
    return [...new Set(marks.flatMap((mark) => mark.ids))];
}
/**
 * True when the answer declines to answer: it is empty, or it makes no claim
 * and at least one of its sentences is an abstention ("I don't know").
 */
function isAbstention(answer, options = {}) {
    return answer.trim() === '' || abstains(extractClaims(answer, options));
}
/** The same test on claims already extracted from the answer. */
function abstains(parts) {
    return parts.every((part) => part.kind === 'non-claim') && parts.some((part) => part.nonClaimReason === 'abstention');
}


/***/ }),

/***/ 50442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ contextualizeClaim)
/* harmony export */ });
/* unused harmony export isFragment */
/**
 * A short answer ("Delhi") means nothing on its own; with its question ("In which
 * city is the head office?") it is the claim "the head office is in Delhi".
 */
const VERB_HINT = /\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|[a-z]{3,}(?:ed|es|s))\b/i;
/** A fragment is an answer too short, or too verbless, to be a claim on its own. */
function isFragment(claim) {
    const words = claim.trim().replace(/[.!]+$/, '').split(/\s+/).filter(Boolean);
    if (words.length === 0)
        return false;
    if (words.length <= 2)
        return true;
    return words.length <= 5 && !VERB_HINT.test(words.slice(1).join(' '));
}
const AUX = '(is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|may|might|must)';
const PARTICIPLE = /^(?:[a-z]+(?:ed|en|wn|ght)|made|built|held|led|born|sold|paid|set|put|run|won|found|told|said|sent|spent|kept|left|met|read|cut|hit|let|shut|begun|done|gone|seen|known|given|taken|written|chosen)$/i;
/** Puts the auxiliary back after the subject: ("was", "the company founded") → "the company was founded". */
function statement(aux, rest, tail) {
    if (/^(?:do|does|did)$/i.test(aux))
        return `${rest} ${tail}`;
    const words = rest.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (words.length >= 2 && PARTICIPLE.test(last))
        return `${words.slice(0, -1).join(' ')} ${aux} ${last} ${tail}`;
    return `${rest} ${aux} ${tail}`;
}
const REWRITES = [
    // "In which city is the head office?" → "the head office is in Delhi"
    {
        pattern: new RegExp(`^(in|at|on|from|to|for|by|with|during|since|into|under)\\s+(?:which|what)\\s+[\\w\\s-]*?\\s*${AUX}\\s+(.+)$`, 'i'),
        build: (m, a) => statement(m[2] ?? '', m[3] ?? '', `${(m[1] ?? '').toLowerCase()} ${a}`),
    },
    // "When was the company founded?" → "the company was founded in 1998"
    {
        pattern: new RegExp(`^when\\s+${AUX}\\s+(.+)$`, 'i'),
        build: (m, a) => statement(m[1] ?? '', m[2] ?? '', /^\d{3,4}$/.test(a) ? `in ${a}` : a),
    },
    // "Where is the head office?" → "the head office is in Delhi"
    {
        pattern: new RegExp(`^where\\s+${AUX}\\s+(.+)$`, 'i'),
        build: (m, a) => statement(m[1] ?? '', m[2] ?? '', /^(?:in|at|on|near|inside|outside)\b/i.test(a) ? a : `in ${a}`),
    },
    // "How many employees does Acme have?" → "Acme have 40 employees"
    {
        pattern: new RegExp(`^how\\s+(many|much)\\s+(.+?)\\s+${AUX}\\s+(.+)$`, 'i'),
        build: (m, a) => statement(m[3] ?? '', m[4] ?? '', `${a} ${m[2] ?? ''}`),
    },
    // "Who founded the company?" → "Ada Lovelace founded the company"
    {
        pattern: new RegExp(`^who\\s+(?!${AUX}\\b)(\\w+)\\s+(.+)$`, 'i'),
        build: (m, a) => `${a} ${m[2]} ${m[3]}`,
    },
    // "What is the maximum dose?" / "Which drug is safer?" → "the maximum dose is 4 g"
    {
        pattern: new RegExp(`^(?:what|who|which)(?:\\s+[\\w-]+)?\\s+${AUX}\\s+(.+)$`, 'i'),
        build: (m, a) => statement(m[1] ?? '', m[2] ?? '', a),
    },
];
/**
 * States a fragment answer as a claim using its question. Full-sentence claims
 * are returned unchanged; questions no rewrite fits become "question: answer",
 * which keeps the question's words in the claim the judge checks.
 */
function contextualizeClaim(question, claim) {
    const answer = claim.trim().replace(/[.!]+$/, '');
    const asked = question.trim().replace(/\?+\s*$/, '').trim();
    if (!isFragment(claim) || asked === '' || answer === '')
        return claim;
    for (const { pattern, build } of REWRITES) {
        const match = pattern.exec(asked);
        if (match)
            return `${build(match, answer).replace(/\s+/g, ' ').trim()}.`;
    }
    return `${asked}: ${answer}.`;
}


/***/ }),

/***/ 85511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ splitSentences)
/* harmony export */ });
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** Abbreviations that almost never end a sentence: the break after them is wrong. */
const NEVER_FINAL = new Set([
    'dr', 'mr', 'mrs', 'ms', 'prof', 'sr', 'st', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'rev',
    'hon', 'gov', 'sen', 'rep', 'pres', 'e.g', 'i.e', 'cf', 'vs', 'approx', 'fig', 'figs', 'eq',
    'vol', 'no', 'nos', 'pp', 'ch', 'sec', 'art', 'dept', 'est', 'ca', 'viz', 'al',
]);
/** Words that usually open a new sentence: after "U.S." they signal a real break. */
const SENTENCE_OPENERS = new Set([
    'a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i',
    'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'there', 'here', 'in', 'on', 'at',
    'for', 'but', 'and', 'or', 'so', 'however', 'also', 'then', 'after', 'before', 'when',
    'while', 'if', 'as', 'since', 'because', 'although', 'many', 'most', 'some', 'all', 'no',
    'each', 'every', 'both', 'one', 'two', 'three', 'what', 'who', 'how', 'why', 'where',
]);
/** Does the break after `segment` fall inside an abbreviation rather than at a sentence end? */
function breaksInsideAbbreviation(segment, next) {
    const tail = /(?:^|[\s(\"'“‘])((?:[A-Za-z]\.)*[A-Za-z]+)\.[\s\"'”’)]*$/.exec(segment);
    if (!tail?.[1])
        return false;
    const word = tail[1].replace(/\.$/, '');
    const lower = word.toLowerCase();
    if (NEVER_FINAL.has(lower))
        return true;
    const nextWord = /^\s*["'“‘(]?([A-Za-z]+)/.exec(next)?.[1];
    if (nextWord === undefined)
        return false;
    // A lone capital ("John F. Kennedy") or an initialism ("U.S.") is kept when the
    // next word does not look like the start of a new sentence.
    const isInitialism = /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
    return isInitialism && !SENTENCE_OPENERS.has(nextWord.toLowerCase());
}
/**
 * Splits prose into sentences with `Intl.Segmenter`, then re-joins breaks the
 * segmenter puts after abbreviations and initials ("Dr.", "e.g.", "U.S. Army").
 * Offsets point into `text`; `text` of each span is trimmed.
 */
function splitSentences(text) {
    const raw = [];
    for (const part of segmenter.segment(text)) {
        raw.push({ start: part.index, end: part.index + part.segment.length });
    }
    const merged = [];
    for (const span of raw) {
        const previous = merged[merged.length - 1];
        if (previous &&
            breaksInsideAbbreviation(text.slice(previous.start, previous.end), text.slice(span.start, span.end))) {
            previous.end = span.end;
        }
        else {
            merged.push({ ...span });
        }
    }
    const spans = [];
    for (const { start, end } of merged) {
        const slice = text.slice(start, end);
        const leading = slice.length - slice.trimStart().length;
        const trimmed = slice.trim();
        if (trimmed.length === 0)
            continue;
        spans.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
    }
    return spans;
}


/***/ }),

/***/ 95896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pL: () => (/* binding */ evaluateCases)
/* harmony export */ });
/* unused harmony exports FORBIDDEN_MIN_SCORE, EVALUATION_BATCH */
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15790);

const ANSWER_SOURCE_ID = 'answer';
/**
 * A forbidden fact marks the whole case hallucinated, so it must be entailed with high
 * confidence: a correct answer shares most words with the plausible wrong fact it rules
 * out ("E-4012 means the fan failed" vs "E-4012 means the sensor reads high").
 */
const FORBIDDEN_MIN_SCORE = 0.9;
/** Cases judged per batch: bounds memory (requests, source indexes) on large golden sets. */
const EVALUATION_BATCH = 256;
async function evaluateCases(cases, responses, judge, options = {}) {
    const results = [];
    const size = options.batchSize ?? judge.batchSize ?? EVALUATION_BATCH;
    for (let start = 0; start < cases.length; start += size) {
        results.push(...(await evaluateBatch(cases.slice(start, start + size), responses, judge, options)));
    }
    return results;
}
async function evaluateBatch(cases, responses, judge, options) {
    const requests = [];
    // Within a case the same claim is often asked against the same sources twice (a claim
    // citing the case's only source): ask the judge once.
    let asked = new Map();
    const ask = (request) => {
        const signature = `${request.claim}\u0000${request.sources.map((s) => s.id).join('\u0001')}`;
        const known = asked.get(signature);
        if (known !== undefined)
            return known;
        const key = String(requests.length);
        requests.push({ key, ...request });
        asked.set(signature, key);
        return key;
    };
    const planned = cases.map((golden) => {
        asked = new Map();
        const response = options.notRun?.has(golden.id) ? undefined : responses.byId.get(golden.id);
        const usable = response !== undefined && response.error === undefined;
        const claims = usable ? claimsOf(response, options.citationPattern) : [];
        const abstained = usable && response.claims === undefined && (response.answer.trim() === '' || (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .abstains */ .sX)(claims));
        const plan = { golden, response, claims, abstained, claimKeys: [], factKeys: [], forbiddenKeys: [] };
        if (!usable || abstained)
            return plan;
        // One array per distinct set of sources, so a judge can recognise sources it has indexed.
        const sourceSets = new Map();
        const byId = new Map(golden.sources.map((s) => [s.id, plain(s)]));
        const sourcesFor = (ids) => {
            const key = ids.join('\u0001');
            let set = sourceSets.get(key);
            if (!set)
                sourceSets.set(key, (set = ids.map((id) => byId.get(id))));
            return set;
        };
        const allIds = golden.sources.map((s) => s.id);
        for (const claim of claims) {
            if (claim.kind !== 'claim')
                continue;
            const question = golden.question;
            const allRequest = { question, claim: claim.text, sources: sourcesFor(allIds) };
            const known = claim.citations.filter((id) => byId.has(id));
            const cited = known.length > 0 ? ask({ question, claim: claim.text, sources: sourcesFor(known) }) : null;
            // Citing every source makes the two questions one.
            const all = cited !== null && known.length === allIds.length ? cited : null;
            // ALCE precision needs each citation alone and the others without it (only when there are several).
            const single = known.length > 1 ? known.map((id) => ask({ question, claim: claim.text, sources: sourcesFor([id]) })) : known.map(() => null);
            const without = known.length > 1
                ? known.map((id) => ask({ question, claim: claim.text, sources: sourcesFor(known.filter((other) => other !== id)) }))
                : known.map(() => null);
            plan.claimKeys.push({ all, cited, single, without, allRequest });
        }
        const answerSource = [{ id: ANSWER_SOURCE_ID, text: answerText(response, claims) }];
        if (golden.expect === 'answer') {
            plan.factKeys = golden.expectedFacts.map((fact) => ask({ question: golden.question, claim: fact.text, sources: answerSource }));
        }
        plan.forbiddenKeys = golden.forbidden.map((fact) => ask({ question: golden.question, claim: fact, sources: answerSource }));
        return plan;
    });
    const byKey = new Map();
    const judgeAll = async () => {
        const pending = requests.filter((r) => !byKey.has(r.key));
        for (const result of pending.length > 0 ? await judge.judge(pending) : [])
            byKey.set(result.key, result);
    };
    await judgeAll();
    // Entailment is monotone in the evidence (as ALCE assumes): a claim its cited sources
    // support is supported by all of the case's sources, so only the others are asked again.
    for (const plan of planned) {
        asked = new Map(); // the duplicate check is per case: other cases' sources differ
        for (const keys of plan.claimKeys) {
            if (keys.all !== null)
                continue;
            keys.all = keys.cited !== null && byKey.get(keys.cited)?.verdict === 'supported' ? keys.cited : ask(keys.allRequest);
        }
    }
    await judgeAll();
    const lookup = (key) => byKey.get(key) ?? {
        key,
        verdict: 'undetermined',
        score: 0,
        evidence: null,
        judge: judge.name,
        reason: 'the judge returned no verdict for this claim',
    };
    return planned.map((plan) => buildCaseResult(plan, lookup, options));
}
function buildCaseResult(plan, lookup, options) {
    const { golden, response, claims, abstained } = plan;
    const base = {
        id: golden.id,
        category: golden.category,
        question: golden.question,
        expect: golden.expect,
        contentHash: golden.contentHash,
        answer: response?.answer ?? '',
        error: response?.error ?? null,
        latencyMs: response?.latency_ms ?? null,
    };
    if (response === undefined) {
        const status = options.notRun?.has(golden.id) ? 'not-run' : 'missing';
        return { ...base, status, claims: [], nonClaims: [], hallucinated: false, hallucinationReasons: [], facts: [], forbidden: [] };
    }
    if (response.error !== undefined) {
        return { ...base, status: 'error', claims: [], nonClaims: [], hallucinated: false, hallucinationReasons: [], facts: [], forbidden: [] };
    }
    const knownIds = new Set(golden.sources.map((s) => s.id));
    const nonClaims = claims.filter((c) => c.kind === 'non-claim').map((c) => ({ text: c.text, reason: c.nonClaimReason ?? 'non-claim' }));
    const reasons = [];
    if (golden.expect === 'abstain' && !abstained) {
        reasons.push('the sources do not answer this question, so the app should have declined, but it answered');
    }
    const claimResults = [];
    let k = 0;
    claims.forEach((claim) => {
        if (claim.kind !== 'claim')
            return;
        const keys = plan.claimKeys[k];
        const index = k++;
        const overall = lookup(keys.all);
        const cited = keys.cited === null ? null : lookup(keys.cited);
        const known = claim.citations.filter((id) => knownIds.has(id));
        const jointEntails = cited?.verdict === 'supported';
        const checks = claim.citations.map((sourceId) => {
            if (!knownIds.has(sourceId))
                return { sourceId, known: false, relevant: false };
            const i = known.indexOf(sourceId);
            if (!jointEntails)
                return { sourceId, known: true, relevant: false };
            if (known.length === 1)
                return { sourceId, known: true, relevant: true };
            const alone = lookup(keys.single[i]).verdict === 'supported';
            const othersSuffice = lookup(keys.without[i]).verdict === 'supported';
            return { sourceId, known: true, relevant: alone || !othersSuffice };
        });
        const verdictHallucinated = overall.verdict === 'contradicted' || overall.verdict === 'unsupported';
        const hallucinated = verdictHallucinated || golden.expect === 'abstain';
        if (verdictHallucinated) {
            reasons.push(`claim ${index + 1} is ${overall.verdict}: ${overall.reason}`);
        }
        claimResults.push({
            index,
            text: claim.text,
            citations: claim.citations,
            verdict: overall.verdict,
            score: overall.score,
            evidence: overall.evidence,
            judge: overall.judge,
            reason: overall.reason,
            hallucinated,
            citedVerdict: cited?.verdict ?? null,
            citationCovered: claim.citations.length > 0 && jointEntails,
            citationChecks: checks,
        });
    });
    const facts = plan.factKeys.map((key, i) => factCheck(golden.expectedFacts[i].text, lookup(key)));
    const forbidden = plan.forbiddenKeys.map((key, i) => factCheck(golden.forbidden[i], lookup(key), FORBIDDEN_MIN_SCORE));
    for (const fact of forbidden) {
        if (fact.entailed)
            reasons.push(`the answer states a known falsehood: "${fact.text}"`);
    }
    return {
        ...base,
        status: abstained ? 'abstained' : 'answered',
        claims: claimResults,
        nonClaims,
        hallucinated: reasons.length > 0,
        hallucinationReasons: reasons,
        // An abstention on an answerable case is not a hallucination, but it recalls no fact.
        facts: golden.expect === 'answer' && abstained ? golden.expectedFacts.map((f) => ({ text: f.text, entailed: false, evidence: null })) : facts,
        forbidden,
    };
}
function factCheck(text, result, minScore = 0) {
    return { text, entailed: result.verdict === 'supported' && result.score >= minScore, evidence: result.evidence?.sentence ?? null };
}
function claimsOf(response, citationPattern) {
    if (response.claims !== undefined) {
        return response.claims.map((c) => ({ text: c.text, citations: [...new Set(c.citations)], kind: 'claim' }));
    }
    return (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .extractClaims */ .HS)(response.answer, patternOption({ citationPattern }));
}
function patternOption(options) {
    return options.citationPattern === undefined ? {} : { citationPattern: options.citationPattern };
}
/** The answer as plain prose (citation markers removed) for checking facts against it. */
function answerText(response, claims) {
    const text = claims.filter((c) => c.kind === 'claim').map((c) => c.text).join(' ');
    return text === '' ? response.answer : text;
}
function plain(source) {
    return { id: source.id, text: source.text };
}


/***/ }),

/***/ 28026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateOnWorkers: () => (/* binding */ evaluateOnWorkers),
  packEvaluationTasks: () => (/* binding */ packEvaluationTasks),
  serveEvaluationWorker: () => (/* binding */ serveEvaluationWorker)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./.build/src/shared/json-lines-bytes.js
/**
 * Values as UTF-8 JSON Lines in one byte array, for messages between threads. Each value is
 * serialised and parsed on its own: a message of thousands of cases never becomes one JSON
 * string, which V8 would place in the old generation as soon as it passes 128 KB (as
 * garbage it then waits there for a full collection; a 100,000-case run made 200 MB of it).
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NEWLINE = 0x0a;
/** The bytes, in an ArrayBuffer of their own that can be transferred to another thread. */
function encodeJsonLines(values) {
    const lines = [];
    let length = 0;
    for (const value of values) {
        const line = encoder.encode(`${JSON.stringify(value)}\n`);
        lines.push(line);
        length += line.length;
    }
    const bytes = new Uint8Array(new ArrayBuffer(length));
    let offset = 0;
    for (const line of lines) {
        bytes.set(line, offset);
        offset += line.length;
    }
    return bytes;
}
function decodeJsonLines(bytes) {
    const values = [];
    let start = 0;
    while (start < bytes.length) {
        let end = bytes.indexOf(NEWLINE, start);
        if (end === -1)
            end = bytes.length;
        values.push(JSON.parse(decoder.decode(bytes.subarray(start, end))));
        start = end + 1;
    }
    return values;
}

// EXTERNAL MODULE: ./.build/src/evaluate/evaluate.js
var evaluate = __webpack_require__(95896);
// EXTERNAL MODULE: ./.build/src/evaluate/judges/deterministic.js + 6 modules
var deterministic = __webpack_require__(22150);
;// CONCATENATED MODULE: ./.build/src/evaluate/evaluation-pool.js
/**
 * Large golden sets are evaluated on worker threads: each worker takes the next task (a
 * batch of cases: claims, planning, the deterministic judge, case results) until none is
 * left, so the threads finish together whatever the cases cost. The judge is pure, so the
 * results are exactly those of one thread, in the golden set's order.
 *
 * Tasks and results travel as JSON Lines bytes whose buffers are handed over, not copied:
 * cases packed where they were loaded never sit in the main thread's heap. Workers also
 * give the evaluation a heap sized for it: a young generation roomy enough for a batch's
 * short-lived objects and an old one that stays small, since a worker keeps nothing
 * between tasks.
 */




const TASK_SIZE = 512;
/** Measured on 100,000 cases: a 32 MB young generation costs 20 % more time, 128 MB saves little. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 64, maxOldGenerationSizeMb: 512 };
/** The cases in tasks, packed one at a time, so the first can be evaluated while the rest are packed. */
function* packEvaluationTasks(cases, responses, options = {}) {
    const size = options.taskSize ?? TASK_SIZE;
    for (let start = 0; start < cases.length; start += size) {
        const slice = cases.slice(start, start + size);
        const header = {
            notRun: options.notRun ? slice.filter((golden) => options.notRun.has(golden.id)).map((golden) => golden.id) : [],
            citationPattern: options.citationPattern ?? null,
        };
        yield encodeJsonLines([header, ...slice.map((golden) => ({ golden, response: responses.byId.get(golden.id) ?? null }))]);
    }
}
/** In a worker started by evaluateOnWorkers: evaluates each task posted with the deterministic judge, answers with the results as JSON Lines. */
function serveEvaluationWorker() {
    const judge = (0,deterministic/* createDeterministicJudge */.WI)();
    // A failure rejects this listener's promise; unhandled, it reaches the parent as the worker's 'error'.
    external_node_worker_threads_.parentPort.on('message', async (packed) => {
        const [header, ...entries] = decodeJsonLines(packed);
        const byId = new Map();
        for (const { golden, response } of entries)
            if (response)
                byId.set(golden.id, response);
        const options = { notRun: new Set(header.notRun), ...(header.citationPattern !== null ? { citationPattern: header.citationPattern } : {}) };
        const results = encodeJsonLines(await (0,evaluate/* evaluateCases */.pL)(entries.map((entry) => entry.golden), { byId, missing: [], unknown: [] }, judge, options));
        external_node_worker_threads_.parentPort.postMessage(results, [results.buffer]);
    });
}
/**
 * The results of every task, in order, computed on `threads` workers. Tasks may still be
 * arriving (the loader packs them as it goes); each one's buffer moves to its worker.
 */
async function evaluateOnWorkers(tasks, options) {
    // Started first: they boot while the first tasks are still being packed.
    const workers = Array.from({ length: Math.max(1, options.threads) }, () => {
        const marker = { factgateWorker: 'evaluate' };
        return new external_node_worker_threads_.Worker(options.entry, { workerData: marker, resourceLimits: WORKER_LIMITS });
    });
    const numbered = numberedTasks(tasks);
    const results = [];
    const drain = async (worker) => {
        for (let next = await numbered.next(); !next.done; next = await numbered.next()) {
            results[next.value.index] = await ask(worker, next.value.task);
        }
    };
    try {
        await Promise.all(workers.map(drain));
        return results.flat();
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
}
/** Workers pull from one iterator; the numbers put the results back in the tasks' order. */
async function* numberedTasks(tasks) {
    let index = 0;
    for await (const task of tasks)
        yield { index: index++, task };
}
function ask(worker, task) {
    return new Promise((resolve, reject) => {
        const settle = () => {
            worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        };
        const onMessage = (results) => {
            settle();
            resolve(decodeJsonLines(results));
        };
        const onError = (error) => {
            settle();
            reject(error);
        };
        const onExit = (code) => onError(new Error(`an evaluation worker stopped (exit code ${code}) before answering`));
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        worker.postMessage(task, [task.buffer]);
    });
}


/***/ }),

/***/ 22150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WI: () => (/* binding */ createDeterministicJudge)
});

// UNUSED EXPORTS: DETERMINISTIC_JUDGE_NAME, verdictOf

// EXTERNAL MODULE: ./.build/src/evaluate/claims/context.js
var context = __webpack_require__(50442);
;// CONCATENATED MODULE: ./.build/src/evaluate/judges/text.js
/**
 * Tokens for lexical alignment: lower-cased stems of content words, numbers in
 * one canonical spelling ("4,000" and "4000" agree; "four" is 4), and flags for
 * the small words that flip meaning (negation, quantifiers, modality).
 */
const STOPWORDS = new Set(('a an the and or but if then else of to in on at by for with from into onto upon about as than so such ' +
    'this that these those there here it its it\'s they them their theirs he him his she her hers we us our ours ' +
    'you your yours i me my mine who whom whose which what when where why how is are was were be been being am ' +
    'do does did doing done have has had having will would shall should can could may might must also just only ' +
    'very too again further once both each other own same some any more most such up down out over under off ' +
    'between through during before after above below while because until against among per via etc s t don ' +
    'said says say according one\'s itself themselves himself herself ourselves yourself whether either').split(/\s+/));
/** Words that negate what follows (matched on the lower-cased surface). */
const NEGATIONS = new Set(('not no never none nor neither without nobody nothing nowhere cannot unable ' +
    'lack lacks lacked lacking fail fails failed failing deny denies denied denying ' +
    'refuse refuses refused refusing falsely incorrectly instead non').split(' '));
/** How much a claim commits to: hedges and absolutes that must agree with the source. */
const HEDGES = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'likely', 'unlikely', 'probably', 'suggest', 'suggests', 'suggested', 'plan', 'plans', 'planned', 'consider', 'considering', 'propose', 'proposed', 'expect', 'expected', 'potential', 'potentially', 'reportedly', 'allegedly', 'some', 'sometimes', 'often', 'usually', 'most', 'many', 'several', 'few']);
const ABSOLUTES = new Set(['all', 'every', 'always', 'must', 'will', 'definitely', 'certainly', 'only', 'entire', 'entirely', 'completely', 'never', 'none', 'guaranteed', 'everyone', 'everything', 'whole']);
// Cardinals only: ordinals and "half", "double" are too often not quantities ("first adopted").
const NUMBER_WORDS = {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const SCALES = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };
const TOKEN = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Irregular forms mapped to their base, so "rose" meets "rise" and "fell" meets "fall". */
const IRREGULAR = Object.fromEntries(('rose:rise risen:rise fell:fall fallen:fall won:win lost:lose sold:sell bought:buy grew:grow grown:grow ' +
    'began:begin begun:begin gave:give given:give took:take taken:take sent:send spent:spend made:make ' +
    'went:go gone:go came:come seen:see knew:know known:know told:tell said:say paid:pay ' +
    'led:lead held:hold kept:keep met:meet brought:bring thought:think found:find ' +
    'built:build wrote:write written:write chose:choose chosen:choose drove:drive driven:drive ' +
    'ran:run became:become broke:break broken:break spoke:speak spoken:speak stole:steal stolen:steal ' +
    'drew:draw drawn:draw threw:throw thrown:throw flew:fly flown:fly hid:hide hidden:hide ' +
    'fought:fight caught:catch taught:teach sought:seek sank:sink sunk:sink shot:shoot struck:strike ' +
    'ate:eat eaten:eat wore:wear worn:wear felt:feel dealt:deal meant:mean ' +
    'men:man women:woman children:child people:person mice:mouse feet:foot teeth:tooth ' +
    'better:good best:good worse:bad worst:bad')
    .split(' ')
    .map((pair) => pair.split(':')));
/** Light suffix stripping: enough to match "activists"/"activist", "dumped"/"dump". */
function stem(word) {
    let w = word.toLowerCase();
    if (w.endsWith("'s") || w.endsWith('’s'))
        w = w.slice(0, -2);
    w = w.replace(/’/g, "'");
    const base = IRREGULAR[w];
    if (base !== undefined)
        w = base;
    if (w.length <= 3)
        return w;
    if (w.endsWith('ies') && w.length > 4)
        return `${w.slice(0, -3)}y`;
    if (w.endsWith('sses'))
        return w.slice(0, -2);
    if (w.endsWith('ing') && w.length > 5)
        return undouble(w.slice(0, -3));
    if (w.endsWith('ied') && w.length > 4)
        return `${w.slice(0, -3)}y`;
    if (w.endsWith('ed') && w.length > 4)
        return undouble(w.slice(0, -2).replace(/e$/, ''));
    if (w.endsWith('ly') && w.length > 5)
        return w.slice(0, -2);
    if (w.endsWith('es') && /(?:ch|sh|x|z|ss)es$/.test(w))
        return w.slice(0, -2);
    if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w))
        return w.slice(0, -1).replace(/e$/, '');
    return w.replace(/e$/, '');
}
function undouble(w) {
    return /([bdfgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w.replace(/e$/, '');
}
function canonicalNumber(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}
/** Parses "4,000", "4.5", "1st" into a number; a comma followed by three digits groups thousands. */
function parseDigits(text) {
    const bare = text.replace(/(?:st|nd|rd|th)$/, '');
    const normalised = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(bare) ? bare.replace(/,/g, '') : bare.replace(/,/g, '.');
    return Number.parseFloat(normalised);
}
const wordInfo = new Map();
const WORD_INFO_LIMIT = 200_000;
function infoOf(surface) {
    const known = wordInfo.get(surface);
    if (known)
        return known;
    const lower = surface.toLowerCase();
    const info = {
        lower,
        key: stem(lower),
        stop: STOPWORDS.has(lower),
        numberWord: NUMBER_WORDS[lower],
        scale: SCALES[lower],
        contraction: /n['’]t$/.test(lower),
        capitalised: /^\p{Lu}/u.test(surface),
        alwaysName: /^\p{Lu}{2,}$/u.test(surface) || (/\d/.test(surface) && /\p{L}/u.test(surface)),
    };
    if (wordInfo.size >= WORD_INFO_LIMIT)
        wordInfo.clear();
    wordInfo.set(surface, info);
    return info;
}
/** Does the gap between two tokens end a sentence (closing punctuation, or a line break)? */
function gapEndsSentence(text, from, to) {
    let sawMark = false;
    for (let i = to - 1; i >= from; i--) {
        const c = text.charCodeAt(i);
        if (c === 10)
            return true;
        if (c === 32 || c === 9 || c === 13)
            continue;
        if (!sawMark) {
            sawMark = true;
            // . ! ? : ;
            if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59)
                return true;
        }
    }
    return false;
}
/** Splits text into tokens; a capitalised word is a name unless it opens a sentence. */
function tokenize(text) {
    const tokens = [];
    let sentenceStart = true;
    let last = 0;
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
        const surface = match[0];
        if (gapEndsSentence(text, last, match.index))
            sentenceStart = true;
        last = match.index + surface.length;
        const first = surface.charCodeAt(0);
        if (first >= 48 && first <= 57) {
            tokens.push({ key: canonicalNumber(parseDigits(surface)), surface, lower: surface, kind: 'number', stop: false, name: false });
            sentenceStart = false;
            continue;
        }
        const info = infoOf(surface);
        const previous = tokens[tokens.length - 1];
        if (info.scale !== undefined && previous?.kind === 'number') {
            // "4.5 million" is one quantity.
            previous.key = canonicalNumber(Number(previous.key) * info.scale);
            previous.surface = `${previous.surface} ${surface}`;
            previous.lower = previous.surface.toLowerCase();
            continue;
        }
        if (info.numberWord !== undefined) {
            tokens.push({ key: canonicalNumber(info.numberWord), surface, lower: info.lower, kind: 'number', stop: false, name: false });
        }
        else if (info.contraction) {
            tokens.push({ key: 'not', surface, lower: info.lower, kind: 'word', stop: true, name: false });
        }
        else {
            const isName = (!sentenceStart && info.capitalised) || info.alwaysName;
            tokens.push({ key: info.key, surface, lower: info.lower, kind: 'word', stop: info.stop && !isName, name: isName && !info.stop });
        }
        sentenceStart = false;
    }
    return tokens;
}

;// CONCATENATED MODULE: ./.build/src/evaluate/judges/lexicon.js

/**
 * Word pairs of opposite meaning. A claim that uses one where its best source
 * sentence uses the other ("rose" / "fell") says the opposite of its source.
 * General English only: nothing here is tuned to a data set.
 */
const PAIRS = `
increase:decrease increase:reduce increase:cut increase:drop increase:decline increase:fall
rise:fall rise:drop rise:decline raise:lower raise:cut grow:shrink grow:decline growth:decline
up:down high:low higher:lower highest:lowest more:less more:fewer most:least most:fewest
before:after first:last earlier:later early:late past:future previous:next yesterday:tomorrow
maximum:minimum max:min large:small larger:smaller largest:smallest big:small bigger:smaller
long:short longer:shorter win:lose won:lost winner:loser gain:loss profit:loss surplus:deficit
accept:reject approve:reject accept:decline approve:deny confirm:deny allow:prohibit allow:forbid
allow:ban permit:forbid open:close opened:closed start:end start:finish begin:end buy:sell
bought:sold include:exclude positive:negative success:failure succeed:fail agree:disagree
true:false safe:dangerous safe:unsafe legal:illegal possible:impossible above:below over:under
inside:outside import:export strong:weak stronger:weaker fast:slow faster:slower hot:cold
rich:poor cheap:expensive cheaper:costlier easy:difficult easy:hard good:bad better:worse
best:worst always:never all:none everyone:nobody everything:nothing many:few often:rarely
present:absent arrive:leave arrive:depart enter:exit send:receive sent:received lend:borrow
give:take attack:defend friend:enemy ally:enemy guilty:innocent optimistic:pessimistic
upper:lower top:bottom full:empty heavy:light wide:narrow thick:thin deep:shallow
male:female man:woman men:women husband:wife mother:father son:daughter boy:girl brother:sister
north:south east:west left:right internal:external majority:minority hire:fire add:remove
support:oppose like:dislike love:hate happy:sad same:different new:old young:old junior:senior
morning:evening day:night summer:winter spring:autumn employ:dismiss public:private
online:offline remote:local domestic:foreign domestic:international urban:rural
ascending:descending inbound:outbound buyer:seller seller:customer employer:employee
teacher:student parent:child host:guest landlord:tenant
all:some every:some each:some always:sometimes entire:partial whole:partial total:partial
complete:partial completely:partially fully:partially specific:general specific:generic
thrive:struggle thriving:struggling within:outside inside:outside include:omit
simple:complex simple:complicated easy:complex clear:unclear certain:uncertain
increase:lower increase:reduction gain:drop gain:decline improve:worsen improve:deteriorate
improvement:decline improvement:deterioration strengthen:weaken expand:contract expansion:contraction
success:loss win:defeat victory:defeat pass:fail passed:failed approve:veto approval:rejection
guilty:acquitted convict:acquit conviction:acquittal arrest:release allow:deny permit:deny
accept:refuse agree:refuse agree:object support:reject support:criticize praise:criticize
praise:condemn like:hate love:dislike enjoy:hate interested:uninterested
positive:critical favorable:unfavorable favourable:unfavourable optimistic:worried
rare:common rarely:frequently seldom:often uncommon:common frequent:rare frequent:occasional
temporary:permanent temporarily:permanently short-term:long-term local:national
minor:major minor:significant slight:significant slight:major small:significant small:huge
low:significant weak:robust decline:growth loss:growth shortage:surplus scarce:abundant
cheap:costly inexpensive:expensive affordable:expensive free:paid profit:deficit
arrive:depart arrival:departure come:go import:exportation input:output sender:recipient
before:during after:during beginning:end start:stop launch:cancel launch:end open:shut
online:in-person virtual:physical digital:physical manual:automatic automatic:manual
junior:senior beginner:expert beginner:advanced novice:expert novice:advanced amateur:professional
`;
const OPPOSITES = new Map();
for (const pair of PAIRS.trim().split(/\s+/)) {
    const [a, b] = pair.split(':').map((word) => stem(word));
    if (!a || !b)
        continue;
    if (!OPPOSITES.has(a))
        OPPOSITES.set(a, new Set());
    if (!OPPOSITES.has(b))
        OPPOSITES.set(b, new Set());
    OPPOSITES.get(a)?.add(b);
    OPPOSITES.get(b)?.add(a);
}
/** Stems of words that mean the opposite of `key` (a stem). */
function oppositesOf(key) {
    return OPPOSITES.get(key);
}
/**
 * Closed classes of words that name one choice among alternatives. A claim that
 * uses one member where its source sentence uses another ("Tuesday" for "Monday",
 * "week" for "month") has swapped a fact.
 */
const CLASSES = `
minute hour day week weekend month quarter year decade century
yesterday today tomorrow tonight
monday tuesday wednesday thursday friday saturday sunday
january february april june july august september october november december
red orange yellow green blue purple violet pink brown black white gray grey
north south east west northern southern eastern western northeast northwest southeast southwest
breakfast lunch dinner
spring summer autumn winter
mother father son daughter brother sister wife husband uncle aunt cousin grandmother grandfather niece nephew
gold silver bronze platinum
morning afternoon evening night
first second third fourth fifth sixth seventh eighth ninth tenth last
half double twice triple
`;
const CLASS_OF = new Map();
CLASSES.trim()
    .split('\n')
    .forEach((line, id) => {
    for (const word of line.trim().split(/\s+/))
        if (!CLASS_OF.has(stem(word)))
            CLASS_OF.set(stem(word), id);
});
/** The closed class a stem belongs to, if any. */
function classOf(key) {
    return CLASS_OF.get(key);
}
/** How strong a claim says a change or amount is; adding or flipping a degree is not in the source. */
const STRONG = ['significant', 'significantly', 'considerable', 'considerably', 'substantial', 'substantially', 'major', 'huge', 'sharp', 'sharply', 'dramatic', 'dramatically', 'massive', 'strong', 'strongly', 'record', 'exorbitant', 'enormous', 'vast'];
const WEAK = ['slight', 'slightly', 'small', 'minor', 'modest', 'modestly', 'marginal', 'marginally', 'mild', 'mildly', 'little', 'somewhat'];
const DEGREE = new Map([
    ...STRONG.map((word) => [stem(word), 'strong']),
    ...WEAK.map((word) => [stem(word), 'weak']),
]);
function degreeOf(key) {
    return DEGREE.get(key);
}

// EXTERNAL MODULE: ./.build/src/evaluate/claims/sentences.js
var claims_sentences = __webpack_require__(85511);
;// CONCATENATED MODULE: ./.build/src/evaluate/judges/sources.js


/**
 * One source sentence, tokenised once and reused for every claim of a case. Its key sets
 * are built on first use: only the sentences a claim aligns to are ever asked.
 */
class IndexedSentence {
    sourceId;
    text;
    start;
    end;
    tokens;
    keySet;
    allKeySet;
    numberSet;
    contentKeyList;
    constructor(sourceId, text, start, end, tokens) {
        this.sourceId = sourceId;
        this.text = text;
        this.start = start;
        this.end = end;
        this.tokens = tokens;
    }
    /** Content keys (stems, numbers, names). */
    get keys() {
        return (this.keySet ??= new Set(this.tokens.filter((token) => !token.stop).map((token) => token.key)));
    }
    /** Every key, stopwords included: opposites and quantifiers are often stopwords. */
    get allKeys() {
        return (this.allKeySet ??= new Set(this.tokens.map((token) => token.key)));
    }
    get numbers() {
        return (this.numberSet ??= new Set(this.tokens.filter((token) => token.kind === 'number').map((token) => token.key)));
    }
    /** The content keys in order, stopwords left out: consecutive ones are the sentence's bigrams. */
    get contentKeys() {
        return (this.contentKeyList ??= this.tokens.filter((token) => !token.stop).map((token) => token.key));
    }
}
/** The sentences of a set of sources, with which sentences hold each content key. */
class IndexedSources {
    sentences;
    postings;
    allKeySet;
    numberSet;
    constructor(sentences, 
    /** For each content key, the positions in `sentences` of the sentences that contain it, each once. */
    postings) {
        this.sentences = sentences;
        this.postings = postings;
    }
    /** Every key, stopwords included (built on first use: few claims ask). */
    get allKeys() {
        return (this.allKeySet ??= this.keysOf(() => true));
    }
    get numbers() {
        return (this.numberSet ??= this.keysOf((token) => token.kind === 'number'));
    }
    keysOf(wanted) {
        const keys = new Set();
        for (const sentence of this.sentences)
            for (const token of sentence.tokens)
                if (wanted(token))
                    keys.add(token.key);
        return keys;
    }
    /** Does some sentence have the content keys `first` and `second` next to each other? */
    hasBigram(first, second) {
        for (const position of this.postings.get(first) ?? []) {
            const keys = this.sentences[position].contentKeys;
            for (let i = 1; i < keys.length; i++)
                if (keys[i - 1] === first && keys[i] === second)
                    return true;
        }
        return false;
    }
}
/** Pairs of consecutive content keys: catch swapped roles and relations ("a b" is not "b a"). */
function contentBigrams(tokens) {
    const content = tokens.filter((token) => !token.stop);
    const pairs = [];
    for (let i = 1; i < content.length; i++)
        pairs.push([content[i - 1].key, content[i].key]);
    return pairs;
}
/** `text` is the sentence as in the source; `flat` the same with wrapped lines joined by spaces. */
function indexSentence(sourceId, text, flat, start, end) {
    return new IndexedSentence(sourceId, text, start, end, tokenize(flat));
}
/**
 * The last few results, in a fixed ring of slots: every claim of a case is judged against
 * the same sources, so a handful of slots catches the repeats. A ring rather than a Map on
 * purpose: a long-lived Map that keeps adding and deleting entries leaves dead tables in
 * the old generation whose slots keep fresh indexes alive, so every index the judge built
 * was copied by the collector (a third of the judge's time went to collecting).
 */
class RecentMemo {
    keys;
    values;
    next = 0;
    constructor(size) {
        this.keys = new Array(size).fill(undefined);
        this.values = new Array(size).fill(undefined);
    }
    get(sources, make) {
        for (let i = 0; i < this.keys.length; i++) {
            const key = this.keys[i];
            if (key !== undefined && sameSources(key, sources))
                return this.values[i];
        }
        const value = make();
        // A copy of the ids and texts: the caller's array or objects may change later.
        this.keys[this.next] = sources.map((source) => ({ id: source.id, text: source.text }));
        this.values[this.next] = value;
        this.next = (this.next + 1) % this.keys.length;
        return value;
    }
}
function sameSources(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].text !== b[i].text || a[i].id !== b[i].id)
            return false;
    }
    return true;
}
/** Enough for the sources of several cases: the judge is asked about one case at a time or a few. */
const sentenceMemo = new RecentMemo(64);
const sourcesMemo = new RecentMemo(16);
function sentencesOf(source) {
    return sentenceMemo.get([source], () => splitSource(source.id, source.text));
}
function splitSource(sourceId, text) {
    // Blank lines and list items separate sentences even without punctuation (titles,
    // bullets); any other line break is a wrapped line inside a sentence. Joining a
    // wrapped line with a space keeps every offset, so evidence still points into `text`.
    const sentences = [];
    let offset = 0;
    for (const block of text.split(BLOCK_BREAK)) {
        const joined = block.replace(/\r?\n/g, (m) => ' '.repeat(m.length));
        for (const span of (0,claims_sentences/* splitSentences */.P)(joined)) {
            sentences.push(indexSentence(sourceId, text.slice(offset + span.start, offset + span.end), joined.slice(span.start, span.end), offset + span.start, offset + span.end));
        }
        offset += block.length;
    }
    return sentences;
}
/** A blank line, or a line break before a list item: kept with the block that follows. */
const BLOCK_BREAK = /(?<=\n)(?=[ \t]*(?:\r?\n|[-*+•][ \t]|\d{1,3}[.)][ \t]))/;
function indexSources(sources) {
    return sourcesMemo.get(sources, () => buildIndex(sources));
}
function buildIndex(sources) {
    const sentences = sources.flatMap(sentencesOf);
    const postings = new Map();
    for (const [position, sentence] of sentences.entries()) {
        for (const token of sentence.tokens) {
            if (token.stop)
                continue;
            const list = postings.get(token.key);
            if (!list)
                postings.set(token.key, [position]);
            else if (list[list.length - 1] !== position)
                list.push(position);
        }
    }
    return new IndexedSources(sentences, postings);
}

;// CONCATENATED MODULE: ./.build/src/evaluate/judges/features.js



/** Numeric features, each in a small range, in a fixed order shared with the trained model. */
const FEATURE_NAMES = [
    'coverageAll',
    'coverageWeighted',
    'coverageBest',
    'coverageTop2',
    'bigramCoverage',
    'novelWordCount',
    'novelNameCount',
    'novelNumberCount',
    'numberConflict',
    'negationMismatch',
    'oppositeCount',
    'modalityMismatch',
    'negationFlip',
    'classSwap',
    'degreeMismatch',
    'unmatchedNegation',
    'numberMoved',
];
function countIn(tokens, words) {
    let count = 0;
    for (const token of tokens)
        if (words.has(token.lower) || words.has(token.key))
            count++;
    return count;
}
const NEGATING_PREFIX = /^(?:non|un|in|im|ir|il|dis)(?=\p{L}{3,})/u;
/** "unsafe" against "safe", "disagree" against "agree": a prefix that negates the word. */
function prefixOpposite(key, sentence) {
    const bare = key.replace(NEGATING_PREFIX, '');
    if (bare !== key && sentence.allKeys.has(bare))
        return bare;
    for (const prefix of ['un', 'in', 'im', 'ir', 'il', 'dis', 'non']) {
        if (sentence.allKeys.has(prefix + key))
            return prefix + key;
    }
    return undefined;
}
function sharedContent(sentence, content) {
    let shared = 0;
    for (const key of content)
        if (sentence.keys.has(key))
            shared++;
    return shared;
}
/** Words a negation reaches: the content words among the few tokens after it. */
const NEGATION_REACH = 4;
function negationScope(tokens) {
    const negated = new Set();
    const affirmed = new Set();
    let reach = 0;
    for (const token of tokens) {
        if (NEGATIONS.has(token.lower) || token.key === 'not') {
            reach = NEGATION_REACH;
            continue;
        }
        if (!token.stop)
            (reach > 0 ? negated : affirmed).add(token.key);
        if (reach > 0)
            reach--;
    }
    return { negated, affirmed };
}
const members = new WeakMap();
/** A word of the sentence in the given closed class (the first one). */
function memberOf(sentence, kind) {
    let byClass = members.get(sentence);
    if (!byClass) {
        byClass = new Map();
        for (const key of sentence.allKeys) {
            const found = classOf(key);
            if (found !== undefined && !byClass.has(found))
                byClass.set(found, key);
        }
        members.set(sentence, byClass);
    }
    return byClass.get(kind);
}
function flagCounts(tokens) {
    return { negations: countIn(tokens, NEGATIONS), absolutes: countIn(tokens, ABSOLUTES), hedges: countIn(tokens, HEDGES) };
}
const counts = new WeakMap();
function sentenceCounts(sentence) {
    let found = counts.get(sentence);
    if (!found) {
        found = flagCounts(sentence.tokens);
        counts.set(sentence, found);
    }
    return found;
}
const scopes = new WeakMap();
function sentenceScope(sentence) {
    let scope = scopes.get(sentence);
    if (!scope) {
        scope = negationScope(sentence.tokens);
        scopes.set(sentence, scope);
    }
    return scope;
}
/** Position of the first largest positive value, or -1 when none is positive. */
function argmax(values) {
    let at = -1;
    let top = 0;
    for (let i = 0; i < values.length; i++) {
        const value = values[i] ?? 0;
        if (value > top) {
            top = value;
            at = i;
        }
    }
    return at;
}
function align(claim, index) {
    const tokens = tokenize(claim);
    const content = [...new Set(tokens.filter((token) => !token.stop).map((token) => token.key))];
    const names = new Set(tokens.filter((token) => token.name).map((token) => token.key));
    const numbers = new Set(tokens.filter((token) => token.kind === 'number').map((token) => token.key));
    const sentenceCount = Math.max(1, index.sentences.length);
    const weightOf = (key) => Math.log(1 + sentenceCount / (1 + (index.postings.get(key)?.length ?? 0)));
    // Best sentence by rarity-weighted overlap, then the sentence that best covers the rest,
    // both accumulated over the sentences that share a key with the claim (postings).
    const weights = new Map(content.map((key) => [key, weightOf(key)]));
    const overlap = new Float64Array(index.sentences.length);
    for (const key of content) {
        const weight = weights.get(key) ?? 0;
        for (const position of index.postings.get(key) ?? [])
            overlap[position] = (overlap[position] ?? 0) + weight;
    }
    const bestPosition = argmax(overlap);
    const best = bestPosition >= 0 ? (index.sentences[bestPosition] ?? null) : null;
    let second = null;
    if (best) {
        overlap.fill(0);
        for (const key of content) {
            if (best.keys.has(key))
                continue;
            const weight = weights.get(key) ?? 0;
            for (const position of index.postings.get(key) ?? [])
                overlap[position] = (overlap[position] ?? 0) + weight;
        }
        overlap[bestPosition] = 0;
        const secondPosition = argmax(overlap);
        second = secondPosition >= 0 ? (index.sentences[secondPosition] ?? null) : null;
    }
    let found = 0;
    let weightFound = 0;
    let weightAll = 0;
    let inBest = 0;
    let inTop2 = 0;
    const novelWords = [];
    for (const key of content) {
        const weight = weights.get(key) ?? 0;
        weightAll += weight;
        if (index.postings.has(key)) {
            found++;
            weightFound += weight;
        }
        else {
            novelWords.push(key);
        }
        if (best?.keys.has(key))
            inBest++;
        if (best?.keys.has(key) || second?.keys.has(key))
            inTop2++;
    }
    const novelNumbers = [...numbers].filter((number) => !index.numbers.has(number));
    const novelNames = [...names].filter((name) => !index.postings.has(name));
    const aligned = [best, second].filter((sentence) => sentence !== null);
    const alignedHasNumber = aligned.some((sentence) => sentence.numbers.size > 0);
    const opposites = [];
    const claimKeys = new Set(tokens.map((token) => token.key));
    for (const key of claimKeys) {
        const opposite = oppositesOf(key);
        if (!opposite)
            continue;
        if (aligned.some((sentence) => sentence.allKeys.has(key)))
            continue;
        for (const other of opposite) {
            if (claimKeys.has(other))
                continue;
            if (aligned.some((sentence) => sentence.allKeys.has(other))) {
                opposites.push({ claim: key, source: other });
                break;
            }
        }
    }
    for (const key of novelWords) {
        for (const sentence of aligned) {
            const opposite = prefixOpposite(key, sentence);
            if (opposite) {
                opposites.push({ claim: key, source: opposite });
                break;
            }
        }
    }
    // A claim word nowhere in the sources whose opposite is in a sentence about the same thing.
    for (const key of claimKeys) {
        const opposite = oppositesOf(key);
        if (!opposite || index.allKeys.has(key) || opposites.some((o) => o.claim === key))
            continue;
        const other = [...opposite].find((word) => !claimKeys.has(word) &&
            index.allKeys.has(word) &&
            index.sentences.some((sentence) => sentence.allKeys.has(word) && sharedContent(sentence, content) >= 2));
        if (other)
            opposites.push({ claim: key, source: other });
    }
    const claimScope = negationScope(tokens);
    const negationFlip = aligned.some((sentence) => {
        const scope = sentenceScope(sentence);
        return [...claimScope.negated].some((key) => scope.affirmed.has(key) && !scope.negated.has(key));
    });
    // One member of a closed class where the aligned sentence has another ("week" for "month").
    const alignedAll = (key) => aligned.some((sentence) => sentence.allKeys.has(key));
    const swaps = [];
    for (const key of claimKeys) {
        const kind = classOf(key);
        if (kind === undefined || alignedAll(key))
            continue;
        const other = aligned.map((sentence) => memberOf(sentence, kind)).find((k) => k !== undefined && !claimKeys.has(k));
        if (other)
            swaps.push({ claim: key, source: other });
    }
    // A degree ("significant", "slight") the aligned sentences do not give, or the other way round.
    const claimDegrees = [...claimKeys].filter((key) => degreeOf(key) !== undefined && !alignedAll(key));
    const sourceDegrees = claimDegrees.length > 0 ? new Set(aligned.flatMap((sentence) => [...sentence.allKeys].map(degreeOf).filter((d) => d !== undefined))) : undefined;
    const degreeMismatch = claimDegrees.some((key) => !sourceDegrees?.has(degreeOf(key) ?? 'strong'));
    // A negative claim needs a negative source: no negation anywhere in the aligned sentences.
    const unmatchedNegation = claimScope.negated.size > 0 && aligned.every((sentence) => sentenceScope(sentence).negated.size === 0);
    // A number from elsewhere in the sources, where the aligned sentences give a different one.
    const alignedNumbers = new Set(aligned.flatMap((sentence) => [...sentence.numbers]));
    const numberMoved = [...numbers].some((n) => index.numbers.has(n) && !alignedNumbers.has(n)) && [...alignedNumbers].some((n) => !numbers.has(n));
    const claimCounts = flagCounts(tokens);
    const claimNegations = claimCounts.negations;
    const sourceNegations = best ? sentenceCounts(best).negations : 0;
    const claimAbsolutes = claimCounts.absolutes;
    const claimHedges = claimCounts.hedges;
    const sourceAbsolutes = aligned.reduce((sum, sentence) => sum + sentenceCounts(sentence).absolutes, 0);
    const sourceHedges = aligned.reduce((sum, sentence) => sum + sentenceCounts(sentence).hedges, 0);
    const bigrams = contentBigrams(tokens);
    const bigramsFound = bigrams.filter(([first, second]) => index.hasBigram(first, second)).length;
    const total = Math.max(1, content.length);
    const features = {
        coverageAll: found / total,
        coverageWeighted: weightAll > 0 ? weightFound / weightAll : 0,
        coverageBest: inBest / total,
        coverageTop2: inTop2 / total,
        bigramCoverage: bigrams.length > 0 ? bigramsFound / bigrams.length : 1,
        novelWordCount: Math.min(novelWords.length, 5),
        novelNameCount: Math.min(novelNames.length, 3),
        novelNumberCount: Math.min(novelNumbers.length, 3),
        numberConflict: novelNumbers.length > 0 && alignedHasNumber ? 1 : 0,
        negationMismatch: best && claimNegations % 2 !== sourceNegations % 2 ? 1 : 0,
        oppositeCount: Math.min(opposites.length, 2),
        modalityMismatch: (claimAbsolutes > 0 && sourceAbsolutes === 0 && sourceHedges > 0) || (claimHedges > 0 && sourceHedges === 0 && sourceAbsolutes > 0) ? 1 : 0,
        negationFlip: negationFlip ? 1 : 0,
        classSwap: Math.min(swaps.length, 2),
        degreeMismatch: degreeMismatch ? 1 : 0,
        unmatchedNegation: unmatchedNegation ? 1 : 0,
        numberMoved: numberMoved ? 1 : 0,
    };
    const surface = (key) => {
        const token = tokens.find((t) => t.key === key) ??
            aligned.flatMap((sentence) => sentence.tokens).find((t) => t.key === key) ??
            index.sentences.flatMap((sentence) => sentence.tokens).find((t) => t.key === key);
        return token?.surface ?? key;
    };
    return { best, second, contentCount: content.length, novelWords, novelNumbers, novelNames, opposites, swaps, features, surface };
}

;// CONCATENATED MODULE: ./.build/src/evaluate/judges/model/deterministic.json
const deterministic_namespaceObject = /*#__PURE__*/JSON.parse('{"version":1,"features":["coverageAll","coverageWeighted","coverageBest","coverageTop2","bigramCoverage","novelWordCount","novelNameCount","novelNumberCount","numberConflict","negationMismatch","oppositeCount","modalityMismatch","negationFlip","classSwap","degreeMismatch","unmatchedNegation","numberMoved"],"mean":[0.73937,0.666547,0.452725,0.619579,0.380665,2.853147,0.07634,0.051865,0.040793,0.205128,0.08683,0.066434,0.085082,0.013403,0.008159,0.05711,0.022145],"scale":[0.202703,0.22103,0.216839,0.209961,0.241111,1.587941,0.302476,0.253626,0.197809,0.403795,0.305412,0.249038,0.279003,0.124718,0.089955,0.232052,0.147153],"weights":[0,0,0,0,0,0,-0.556861,-0.546285,-0.327971,0,-0.263698,0,-0.444677,0,-0.191523,-0.165102,-0.302632],"bias":0.013435,"threshold":0.265778,"minCoverage":0.5,"provenance":"logistic regression trained by scripts/train-judge.mjs on summedits-dev.jsonl (SummEdits evaluation split, salesforce/factualNLG, Apache-2.0), 986 summaries; leave-one-domain-out balanced accuracy 66.1%, 4-fold by document 65.7%"}');
;// CONCATENATED MODULE: ./.build/src/evaluate/judges/model.js


const DEFAULT_MODEL = deterministic_namespaceObject;
/** Checks a model's shape once, so a hand-edited file fails loudly rather than scoring NaN. */
function checkModel(model) {
    const n = FEATURE_NAMES.length;
    const sameFeatures = model.features.length === n && model.features.every((name, i) => name === FEATURE_NAMES[i]);
    const sized = [model.mean, model.scale, model.weights].every((list) => list.length === n && list.every(Number.isFinite));
    if (!sameFeatures || !sized || !Number.isFinite(model.bias) || !(model.threshold > 0 && model.threshold < 1) || !(model.minCoverage >= 0 && model.minCoverage <= 1)) {
        throw new Error(`judge model does not match the features ${FEATURE_NAMES.join(', ')}; retrain with scripts/train-judge.mjs`);
    }
    return model;
}
/**
 * The judge's score in [0, 1]: the model's probability relative to the best a claim
 * can get (every word found, nothing new, nothing flipped), scaled by the share of
 * the claim's content words found in the sources. A claim that repeats a source
 * sentence scores 1; one that is half about something else at most one half.
 */
function supportScore(model, features) {
    return Math.min(1, probabilitySupported(model, features) / bestProbability(model)) * features.coverageAll;
}
const best = new WeakMap();
/** The probability of an ideal claim: features that raise support at 1 (they are shares), the rest at 0. */
function bestProbability(model) {
    let value = best.get(model);
    if (value === undefined) {
        const ideal = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, (model.weights[i] ?? 0) > 0 ? 1 : 0]));
        value = probabilitySupported(model, ideal);
        best.set(model, value);
    }
    return value;
}
/** P(supported) for one feature vector. */
function probabilitySupported(model, features) {
    let z = model.bias;
    for (let i = 0; i < FEATURE_NAMES.length; i++) {
        const name = FEATURE_NAMES[i];
        z += (model.weights[i] ?? 0) * ((features[name] - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
    }
    return 1 / (1 + Math.exp(-z));
}

;// CONCATENATED MODULE: ./.build/src/evaluate/judges/deterministic.js




const DETERMINISTIC_JUDGE_NAME = 'deterministic';
/**
 * Few cases per call: the judge gains nothing from large batches, and its source memo
 * (see sources.ts) only has to span the cases of one batch.
 */
const DETERMINISTIC_BATCH = 16;
/**
 * The offline judge: aligns each claim to its best source sentences and checks
 * that its words, numbers and names are there and that nothing is flipped
 * (negation, opposites, modality). A logistic model turns the alignment into a
 * probability; numbers and names that are not in the sources are never supported.
 */
function createDeterministicJudge(options = {}) {
    for (const [name, value] of [['minCoverage', options.minCoverage], ['supportThreshold', options.supportThreshold]]) {
        if (value !== undefined && !(value >= 0 && value <= 1))
            throw new RangeError(`${name} must be between 0 and 1 (got ${value})`);
    }
    const base = checkModel(options.model ?? DEFAULT_MODEL);
    const model = options.minCoverage === undefined ? base : checkModel({ ...base, minCoverage: options.minCoverage });
    const threshold = options.supportThreshold ?? model.threshold;
    const judgeOne = (request) => decide(request, model, threshold);
    return {
        name: DETERMINISTIC_JUDGE_NAME,
        batchSize: DETERMINISTIC_BATCH,
        judgeOne,
        judge: (requests) => Promise.resolve(requests.map(judgeOne)),
    };
}
function evidenceOf(sentence) {
    return sentence ? { sourceId: sentence.sourceId, sentence: sentence.text, start: sentence.start, end: sentence.end } : null;
}
function decide(request, model, threshold) {
    const base = { key: request.key, judge: DETERMINISTIC_JUDGE_NAME };
    if (!request.sources.some((source) => /\S/.test(source.text))) {
        return { ...base, verdict: 'unsupported', score: 0, evidence: null, reason: 'no source text to check the claim against' };
    }
    // A short answer ("1998") is checked as the statement it makes about the question.
    const alignment = align((0,context/* contextualizeClaim */.w)(request.question, request.claim), indexSources(request.sources));
    return { ...base, ...verdictOf(alignment, model, threshold), evidence: evidenceOf(alignment.best) };
}
/** The verdict for an alignment: shared by the judge and the training script, so both decide alike. */
function verdictOf(alignment, model, threshold) {
    if (alignment.contentCount === 0)
        return { verdict: 'unsupported', score: 0, reason: 'the claim has no content words to check' };
    const score = supportScore(model, alignment.features);
    const contradiction = contradictionReason(alignment);
    const blocker = blockingReason(alignment, model.minCoverage);
    if (score >= threshold && !blocker && !contradiction)
        return { verdict: 'supported', score, reason: supportReason(alignment) };
    if (contradiction)
        return { verdict: 'contradicted', score, reason: contradiction };
    return { verdict: 'unsupported', score, reason: blocker ?? missingReason(alignment) };
}
/** A flip against a sentence the claim is clearly about: the source says otherwise. */
function contradictionReason(alignment) {
    const { features, best } = alignment;
    if (!best || features.coverageTop2 < 0.5)
        return undefined;
    if (features.numberConflict) {
        const said = [...best.numbers, ...(alignment.second?.numbers ?? [])].slice(0, 3).map(alignment.surface).join(', ');
        return `number ${alignment.novelNumbers.map(alignment.surface).join(', ')} is not in the sources; the matching sentence says ${said}`;
    }
    if (features.numberMoved) {
        const said = [...best.numbers, ...(alignment.second?.numbers ?? [])].slice(0, 3).map(alignment.surface).join(', ');
        return `the claim's number is from another part of the sources; the matching sentence says ${said}`;
    }
    const opposite = alignment.opposites[0] ?? alignment.swaps[0];
    if (opposite)
        return `the claim says "${alignment.surface(opposite.claim)}" where the source says "${alignment.surface(opposite.source)}"`;
    if (features.negationFlip)
        return 'the claim negates what the source sentence states';
    if (features.negationMismatch && features.coverageBest >= 0.6)
        return 'the claim negates what the source sentence states (or the reverse)';
    return undefined;
}
/** Numbers and names must appear in the sources, and most of the words, whatever the model thinks. */
function blockingReason(alignment, minCoverage) {
    if (alignment.novelNumbers.length > 0)
        return `number ${alignment.novelNumbers.map(alignment.surface).join(', ')} is not in the sources`;
    if (alignment.novelNames.length > 0)
        return `name ${alignment.novelNames.map(alignment.surface).join(', ')} is not in the sources`;
    if (alignment.features.coverageAll < minCoverage)
        return missingReason(alignment);
    if (alignment.features.unmatchedNegation)
        return 'the claim is negative but no matching source sentence is';
    return undefined;
}
function missingReason(alignment) {
    const missing = alignment.novelWords.slice(0, 5);
    if (missing.length === 0)
        return 'the words are in the sources but not said together';
    return `${alignment.novelWords.length} of ${alignment.contentCount} content words not in the sources: ${missing.map(alignment.surface).join(', ')}`;
}
function supportReason(alignment) {
    const where = alignment.best ? ` (best match in ${alignment.best.sourceId})` : '';
    return `${Math.round(alignment.features.coverageAll * 100)}% of content words, all numbers and names found in the sources${where}`;
}


/***/ })

};
