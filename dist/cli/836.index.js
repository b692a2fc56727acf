export const id = 836;
export const ids = [836];
export const modules = {

/***/ 48836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LLM_DEFAULTS: () => (/* binding */ LLM_DEFAULTS),
  batchRequests: () => (/* binding */ batchRequests),
  createLlmJudge: () => (/* binding */ createLlmJudge)
});

// EXTERNAL MODULE: ./.build/src/shared/retry-after.js
var retry_after = __webpack_require__(42132);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
;// CONCATENATED MODULE: ./.build/src/evaluate/judges/llm-prompt.js
/**
 * The judging prompt. Any change to its wording must change the version: the
 * version is part of every cached verdict's key, so old verdicts are not reused.
 */
const LLM_PROMPT_VERSION = 'factgate-judge-2';
const LLM_SYSTEM_PROMPT = `You are a meticulous fact-checker for a question-answering system.
For each claim, decide whether the SOURCES entail it, using only the SOURCES and no outside knowledge.
- "supported": the SOURCES state the claim or it follows directly from them. Numbers, units, dates, names, negations and quantifiers must agree exactly.
- "contradicted": the SOURCES state something incompatible with the claim.
- "unsupported": the SOURCES do not say enough to decide.
Read each claim in the context of the QUESTION (a short answer "Delhi" to "Where is the office?" claims the office is in Delhi).
Reply with one JSON object and nothing else:
{"verdicts": [{"id": "<claim id>", "verdict": "supported" | "contradicted" | "unsupported", "confidence": <0..1>, "source_id": "<id of the source quoted, or null>", "evidence": "<exact quote from that source, or null>", "reason": "<one short sentence>"}]}
Give exactly one verdict for every claim id, and quote evidence verbatim.`;
function buildMessages(batch) {
    const sources = batch.sources.map((source) => `[${source.id}]\n${source.text}`).join('\n\n');
    const claims = batch.claims.map((claim) => `${claim.id}: ${claim.request.claim}`).join('\n');
    return [
        { role: 'system', content: LLM_SYSTEM_PROMPT },
        { role: 'user', content: `QUESTION:\n${batch.question || '(none)'}\n\nSOURCES:\n${sources}\n\nCLAIMS:\n${claims}` },
    ];
}
/**
 * Pulls the verdict list out of a model's reply. Tolerates a Markdown code fence
 * around the JSON (some servers add one even in JSON mode); anything else that is
 * not JSON with a "verdicts" list is rejected.
 */
function parseVerdictList(content) {
    const unfenced = content.trim().replace(/^```(?:json)?\s*\n([\s\S]*?)\n?```$/i, '$1');
    let parsed;
    try {
        parsed = JSON.parse(unfenced);
    }
    catch {
        return 'the reply is not JSON';
    }
    if (Array.isArray(parsed))
        return parsed;
    if (parsed && typeof parsed === 'object' && Array.isArray(parsed.verdicts)) {
        return parsed.verdicts;
    }
    return 'the reply has no "verdicts" list';
}

;// CONCATENATED MODULE: ./.build/src/evaluate/judges/pool.js
/** Runs `work` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ./.build/src/evaluate/judges/verdict-schema.js
var verdict_schema = __webpack_require__(73777);
;// CONCATENATED MODULE: ./.build/src/evaluate/judges/llm.js





const LLM_DEFAULTS = {
    concurrency: 4,
    timeoutMs: 60_000,
    maxRetries: 4,
    maxRetryWaitMs: 60_000,
    backoffBaseMs: 1_000,
    batchSize: 8,
    jsonMode: true,
};
const RETRYABLE = new Set([408, 409, 425, 429, 500, 502, 503, 504]);
/** Longest response body read; a reply of verdicts is a few kilobytes. */
const MAX_RESPONSE_CHARS = 4 * 1024 * 1024;
/** A judge that asks a chat-completions endpoint; anything it cannot read is undetermined, never supported. */
function createLlmJudge(options) {
    const settings = { ...LLM_DEFAULTS, ...definedOnly(options) };
    const name = `llm:${options.model}`;
    const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    const doFetch = options.fetch ?? globalThis.fetch;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const now = options.now ?? Date.now;
    const redact = (text) => (options.apiKey ? text.split(options.apiKey).join('[redacted]') : text);
    if (!/^https?:\/\//i.test(options.baseUrl)) {
        throw new errors/* ConfigurationError */.j1(`the judge base URL "${options.baseUrl}" is not an http(s) URL`, {
            place: 'judge base URL',
            fix: 'give the API root, e.g. https://api.openai.com/v1',
        });
    }
    if (options.model.trim() === '') {
        throw new errors/* ConfigurationError */.j1('no model is named for the LLM judge', { place: 'judge model', fix: 'name the model, e.g. gpt-4o-mini' });
    }
    /** Sends one chat request with retries; returns the reply text or why there is none. */
    async function complete(batch) {
        const body = JSON.stringify({
            model: options.model,
            temperature: 0,
            messages: buildMessages(batch),
            ...(settings.jsonMode ? { response_format: { type: 'json_object' } } : {}),
        });
        const headers = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
        if (options.apiKey)
            headers.authorization = `Bearer ${options.apiKey}`;
        let lastProblem = '';
        for (let attempt = 1; attempt <= settings.maxRetries + 1; attempt++) {
            let retryAfter;
            try {
                const response = await doFetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(settings.timeoutMs) });
                const text = await response.text();
                if (text.length > MAX_RESPONSE_CHARS)
                    return { failure: `the response is larger than ${MAX_RESPONSE_CHARS} characters` };
                if (response.ok)
                    return readCompletion(text);
                if (response.status === 401 || response.status === 403) {
                    throw new errors/* ConfigurationError */.j1(`the LLM judge endpoint refused the API key (HTTP ${response.status})`, {
                        place: 'judge API key',
                        fix: 'check that the environment variable named for the key holds a valid key for this endpoint',
                    });
                }
                if (response.status === 404) {
                    throw new errors/* ConfigurationError */.j1(`the LLM judge endpoint ${url} answered 404 for model "${options.model}"`, {
                        place: 'judge base URL / model',
                        fix: 'give the API root that serves /chat/completions (often ending in /v1) and a model it offers',
                    });
                }
                lastProblem = `HTTP ${response.status}${snippet(text)}`;
                if (!RETRYABLE.has(response.status))
                    return { failure: lastProblem };
                retryAfter = (0,retry_after/* parseRetryAfter */.m)(response.headers.get('retry-after'), now());
            }
            catch (error) {
                if (error instanceof errors/* ConfigurationError */.j1)
                    throw error;
                lastProblem = describeFetchError(error, settings.timeoutMs);
            }
            if (attempt > settings.maxRetries)
                break;
            const wait = retryAfter ?? (0,retry_after/* backoffMs */.j)(attempt, settings.backoffBaseMs, settings.maxRetryWaitMs);
            if (wait > settings.maxRetryWaitMs) {
                return { failure: `${lastProblem}; the server asked to wait ${Math.ceil(wait / 1000)} s, more than the ${Math.ceil(settings.maxRetryWaitMs / 1000)} s allowed` };
            }
            await sleep(wait);
        }
        return { failure: `${lastProblem} after ${settings.maxRetries + 1} attempts` };
    }
    async function judgeBatch(batch) {
        const reply = await complete(batch);
        if ('failure' in reply)
            return batch.claims.map((c) => (0,verdict_schema/* undetermined */.nZ)(c.request.key, name, `no verdict: ${reply.failure}`));
        const list = parseVerdictList(reply.content);
        if (typeof list === 'string')
            return batch.claims.map((c) => (0,verdict_schema/* undetermined */.nZ)(c.request.key, name, `no verdict: ${list}`));
        const byId = new Map();
        for (const entry of list) {
            const id = entry && typeof entry === 'object' ? entry.id : undefined;
            if (typeof id === 'string' && !byId.has(id))
                byId.set(id, entry);
        }
        return batch.claims.map(({ id, request }) => {
            const entry = byId.get(id);
            if (entry === undefined)
                return (0,verdict_schema/* undetermined */.nZ)(request.key, name, 'no verdict: the reply has no verdict for this claim');
            if (!(0,verdict_schema/* isRawVerdict */.md)(entry))
                return (0,verdict_schema/* undetermined */.nZ)(request.key, name, `no verdict: invalid verdict (${(0,verdict_schema/* verdictProblem */.ls)(entry)})`);
            return (0,verdict_schema/* resultFromVerdict */.PT)(request.key, entry, name, request.sources);
        });
    }
    return {
        name,
        cacheIdentity: `llm\u0000${options.model}\u0000${LLM_PROMPT_VERSION}`,
        async judge(requests) {
            const results = await mapWithConcurrency(batchRequests(requests, settings.batchSize), settings.concurrency, judgeBatch);
            const byKey = new Map(results.flat().map((result) => [result.key, { ...result, reason: redact(result.reason) }]));
            return requests.map((request) => byKey.get(request.key) ?? (0,verdict_schema/* undetermined */.nZ)(request.key, name, 'no verdict'));
        },
    };
}
/** Groups claims that share a question and sources, so the sources are sent once per batch. */
function batchRequests(requests, size) {
    const groups = new Map();
    for (const request of requests) {
        const key = JSON.stringify([request.question, request.sources.map((s) => [s.id, s.text])]);
        const group = groups.get(key);
        if (group)
            group.push(request);
        else
            groups.set(key, [request]);
    }
    const batches = [];
    for (const group of groups.values()) {
        for (let i = 0; i < group.length; i += Math.max(1, size)) {
            const slice = group.slice(i, i + Math.max(1, size));
            const first = slice[0];
            batches.push({ question: first.question, sources: first.sources, claims: slice.map((request, j) => ({ id: `c${j + 1}`, request })) });
        }
    }
    return batches;
}
function readCompletion(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { failure: `the endpoint's response is not JSON${snippet(text)}` };
    }
    const content = parsed?.choices?.[0]?.message?.content;
    if (typeof content !== 'string')
        return { failure: 'the response has no choices[0].message.content' };
    return { content };
}
function describeFetchError(error, timeoutMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        return `timed out after ${timeoutMs} ms`;
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `request failed (${error instanceof Error ? error.message : String(error)}${cause})`;
}
function snippet(text) {
    const flat = text.replace(/\s+/g, ' ').trim().slice(0, 200);
    return flat ? `: ${flat}` : '';
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 73777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ resultFromVerdict),
/* harmony export */   ls: () => (/* binding */ verdictProblem),
/* harmony export */   md: () => (/* binding */ isRawVerdict),
/* harmony export */   nZ: () => (/* binding */ undetermined)
/* harmony export */ });
/* unused harmony export locateEvidence */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42463);

const VERDICT_SCHEMA = {
    type: 'object',
    required: ['id', 'verdict'],
    additionalProperties: true,
    properties: {
        id: { type: 'string', minLength: 1, maxLength: 200 },
        verdict: { enum: ['supported', 'contradicted', 'unsupported'] },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
        source_id: { type: ['string', 'null'], maxLength: 200 },
        evidence: { type: ['string', 'null'], maxLength: 4000 },
        reason: { type: 'string', maxLength: 2000 },
    },
};
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_0__.Ajv({ strict: true, allErrors: false, allowUnionTypes: true });
const isRawVerdict = ajv.compile(VERDICT_SCHEMA);
/** Why a value is not a verdict, in a few words for the report. */
function verdictProblem(value) {
    if (isRawVerdict(value))
        return '';
    const error = isRawVerdict.errors?.[0];
    return error ? `${error.instancePath || 'verdict'} ${error.message ?? 'is invalid'}` : 'not a verdict';
}
/** Finds a quoted piece of evidence in the named source (or any source) and gives its offsets. */
function locateEvidence(quote, sourceId, sources) {
    const wanted = quote?.trim();
    if (!wanted)
        return null;
    const ordered = [...sources].sort((a, b) => Number(b.id === sourceId) - Number(a.id === sourceId));
    for (const source of ordered) {
        let at = source.text.indexOf(wanted);
        if (at < 0)
            at = source.text.toLowerCase().indexOf(wanted.toLowerCase());
        if (at >= 0)
            return { sourceId: source.id, sentence: source.text.slice(at, at + wanted.length), start: at, end: at + wanted.length };
    }
    return null;
}
/** Turns a validated verdict into a result; the score is the confidence that the claim is supported. */
function resultFromVerdict(key, raw, judge, sources) {
    const confidence = raw.confidence ?? 1;
    const evidence = locateEvidence(raw.evidence, raw.source_id, sources);
    const quoted = raw.evidence?.trim() && !evidence ? ' (the quoted evidence is not in the sources)' : '';
    return {
        key,
        verdict: raw.verdict,
        score: raw.verdict === 'supported' ? confidence : 1 - confidence,
        evidence,
        judge,
        reason: `${(raw.reason ?? raw.verdict).slice(0, 500)}${quoted}`,
    };
}
function undetermined(key, judge, reason) {
    return { key, verdict: 'undetermined', score: 0, evidence: null, judge, reason };
}


/***/ }),

/***/ 42132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ backoffMs),
/* harmony export */   m: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/**
 * How long a server asked us to wait (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
 * Returns undefined when the header is absent or unreadable, so the caller falls back
 * to its own back-off.
 */
function parseRetryAfter(value, now) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An IMF-fixdate always names a weekday; this keeps "5.5" or "-1" from parsing as a date.
    if (!/^[A-Za-z]{3},/.test(text))
        return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - now);
}
/** Exponential back-off, jittered between half and all of base × 2^(attempt-1), capped: spreads retries of concurrent requests. */
function backoffMs(attempt, baseMs, capMs, random = Math.random) {
    const ceiling = Math.min(capMs, baseMs * 2 ** (attempt - 1));
    return Math.round(ceiling * (0.5 + random() / 2));
}


/***/ })

};
