export const id = 679;
export const ids = [679];
export const modules = {

/***/ 17931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tN: () => (/* binding */ goldenSetBytes),
  EG: () => (/* binding */ loadCases),
  V6: () => (/* binding */ loadMatchedResponses)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./.build/schemas/golden-case.schema.json
const golden_case_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/golden-case.schema.json","title":"factgate golden-set case","description":"One question with what a right answer says, and optionally the sources a grounded answer may rely on (without them, answers are judged against the contexts the app retrieved).","type":"object","additionalProperties":false,"required":["id","question"],"properties":{"id":{"description":"Unique in the whole golden set.","type":"string","minLength":1,"maxLength":128,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:/-]*$"},"category":{"description":"Breakdown key for per-category metrics.","type":"string","minLength":1,"maxLength":64},"question":{"type":"string","minLength":1,"maxLength":8000},"sources":{"description":"What a grounded answer may rely on. Optional when the app returns the contexts it retrieved.","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/definitions/source"}},"expected_facts":{"description":"Facts a right answer states; a string, or an object naming the sources that state it.","type":"array","maxItems":100,"items":{"anyOf":[{"type":"string","minLength":1,"maxLength":2000},{"$ref":"#/definitions/fact"}]}},"forbidden":{"description":"Known hallucinations: an answer that entails one is hallucinated.","type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":2000}},"relevant":{"description":"Ids of the documents (golden-set sources or the app\'s own document ids) a retriever should find for this question; context recall counts them.","type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":256}},"expect":{"description":"answer (default), or abstain when the right behaviour is to decline.","type":"string","enum":["answer","abstain"]}},"definitions":{"source":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9][A-Za-z0-9._:-]*$"},"title":{"type":"string","maxLength":500},"text":{"type":"string","minLength":1,"maxLength":500000}}},"fact":{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","minLength":1,"maxLength":2000},"sources":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":64}}}}}}');
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/files.js
var shared_files = __webpack_require__(88358);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/shared/structured.js + 1 modules
var structured = __webpack_require__(55548);
;// CONCATENATED MODULE: ./.build/src/golden/load-golden-set.js









const DEFAULT_GOLDEN_LIMITS = {
    maxFileBytes: 256 * shared_files/* MiB */.lv,
    maxCases: 1_000_000,
    maxAliasCount: 100,
    maxErrors: 20,
};
const DEFAULT_CATEGORY = 'general';
const caseValidator = (0,schema/* compileSchema */.Fc)(golden_case_schema_namespaceObject);
/** No string in a case may be longer than a source text: longer ones are refused as the file is read. */
const LONGEST_STRING = (0,schema/* longestStringAllowed */.OO)(golden_case_schema_namespaceObject);
const GOLDEN_EXTENSIONS = ['json', 'jsonl', 'ndjson', 'yaml', 'yml'];
/**
 * Expands directories and globs into the sorted list of golden-set files.
 * An input that matches nothing is an error, so a typo never yields an empty gate.
 */
async function findGoldenSetFiles(inputs, cwd) {
    if (inputs.length === 0) {
        throw new errors/* ConfigurationError */.j1('no golden set given', {
            fix: 'pass --golden-set PATH (a file, a directory or a glob), or set golden-set in factgate.yml',
        });
    }
    const files = new Set();
    for (const input of inputs) {
        const matched = await expandOne(input, cwd);
        if (matched.length === 0) {
            throw new errors/* ConfigurationError */.j1('the golden set matches no .json, .jsonl or .yaml file', {
                file: input,
                fix: 'check the path or glob; directories are searched recursively for *.json, *.jsonl, *.yaml and *.yml',
            });
        }
        for (const file of matched)
            files.add(file);
    }
    return [...files].sort();
}
async function expandOne(input, cwd) {
    const absolute = (0,external_node_path_.resolve)(cwd, input);
    if (!(0,dist/* isDynamicPattern */.ey)(input)) {
        const info = await (0,promises_.stat)(absolute).catch(() => null);
        if (!info) {
            throw new errors/* ConfigurationError */.j1('the golden set path does not exist', {
                file: input,
                fix: `check the path (it was read as ${absolute}; ${shared_files/* PATHS_ARE_RELATIVE */.zc})`,
            });
        }
        if (info.isFile())
            return [absolute];
        return filesUnder(absolute);
    }
    const matches = await (0,dist/* glob */.TI)(input, { cwd, absolute: true, dot: false });
    return matches.filter((file) => (0,structured/* formatFromPath */.br)(file) !== null);
}
/**
 * The golden-set files in a folder and its subfolders, hidden ones left out. Listed, not
 * globbed: a glob skips names it cannot match (one that starts with a newline), and a
 * golden-set file must never be left out without a word.
 */
async function filesUnder(folder) {
    const entries = await (0,promises_.readdir)(folder, { recursive: true, withFileTypes: true });
    return entries
        .filter((entry) => entry.isFile() && GOLDEN_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(`.${ext}`)))
        .map((entry) => (0,external_node_path_.join)(entry.parentPath ?? entry.path, entry.name))
        .filter((file) => !(0,external_node_path_.relative)(folder, file).split(external_node_path_.sep).some((part) => part.startsWith('.')));
}
/** Loads, validates and normalises a golden set. Throws ConfigurationErrors listing every problem found. */
async function loadGoldenSet(inputs, cwd, limits = DEFAULT_GOLDEN_LIMITS) {
    const files = await findGoldenSetFiles(inputs, cwd);
    const problems = [];
    const cases = [];
    const firstSeen = new Map();
    for (const absolute of files) {
        const file = (0,external_node_path_.relative)(cwd, absolute) || absolute;
        const format = (0,structured/* formatFromPath */.br)(absolute);
        if (!format)
            continue;
        let docs;
        try {
            const text = await (0,shared_files/* readTextFile */.Gu)(absolute, limits.maxFileBytes, 'golden-set file', file);
            docs = (0,structured/* parseStructuredLazily */.Ek)(text, file, format, { maxAliasCount: limits.maxAliasCount, maxStringChars: LONGEST_STRING });
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            problems.push(error);
            if (problems.length >= limits.maxErrors)
                break;
            continue;
        }
        // JSON Lines are parsed as they are read. A syntax error on any line is still the file's
        // only problem, as if the file had been parsed whole first: what was taken from its
        // earlier lines is given back.
        const before = { cases: cases.length, problems: problems.length };
        const added = [];
        let full = false;
        try {
            for (const doc of docs) {
                // At the error limit, the rest of the file is only read for a syntax error.
                if (full)
                    continue;
                if (doc.value === null || doc.value === undefined) {
                    problems.push(new errors/* ConfigurationError */.j1('the file holds no case (it is empty, only comments, or null)', {
                        file,
                        fix: 'write a case (an object with id, question and sources) or a list of cases, or remove the file',
                    }));
                    continue;
                }
                for (const { raw, path } of casesIn(doc, format)) {
                    const result = normaliseCase(raw, path, doc, file);
                    if (result instanceof errors/* ConfigurationError */.j1) {
                        problems.push(result);
                    }
                    else {
                        const previous = firstSeen.get(result.id);
                        if (previous) {
                            problems.push(new errors/* ConfigurationError */.j1(`duplicate case id "${result.id}" (first defined at ${previous.file}, line ${previous.line})`, {
                                file,
                                place: (0,structured/* formatPlace */.dE)(doc.locate([...path, 'id']), [...path, 'id']),
                                fix: 'give every case a unique id across all golden-set files',
                            }));
                        }
                        else {
                            firstSeen.set(result.id, result.origin);
                            added.push(result.id);
                            cases.push(result);
                        }
                    }
                    if (problems.length >= limits.maxErrors) {
                        full = true;
                        break;
                    }
                }
            }
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            cases.length = before.cases;
            problems.length = before.problems;
            for (const id of added)
                firstSeen.delete(id);
            problems.push(error);
            if (problems.length >= limits.maxErrors)
                break;
            continue;
        }
        if (cases.length > limits.maxCases) {
            problems.push(new errors/* ConfigurationError */.j1(`the golden set has more than ${limits.maxCases} cases`, {
                file,
                fix: 'split the run into shards, or raise the case limit',
            }));
            break;
        }
        if (problems.length >= limits.maxErrors)
            break;
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new errors/* ConfigurationErrors */.yb(problems);
    if (cases.length === 0) {
        throw new errors/* ConfigurationError */.j1('the golden set is empty: no case was found', {
            file: inputs.join(', '),
            fix: 'add at least one case (see golden-sets/ in the factgate repository for the format)',
        });
    }
    cases.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const c of cases)
        hash.update(c.contentHash);
    return { cases, files: files.map((f) => (0,external_node_path_.relative)(cwd, f) || f), hash: hash.digest('hex') };
}
/** A file holds one case, a list of cases, or (JSON Lines) one case per line. */
function* casesIn(doc, format) {
    if (Array.isArray(doc.value) && format !== 'jsonl') {
        for (let i = 0; i < doc.value.length; i++)
            yield { raw: doc.value[i], path: [i] };
    }
    else {
        yield { raw: doc.value, path: [] };
    }
}
function knownKeys(path) {
    const tail = path.filter((p) => typeof p === 'string');
    const last = tail[tail.length - 1];
    const defs = golden_case_schema_namespaceObject.definitions;
    if (last === 'sources')
        return Object.keys(defs.source.properties);
    if (last === 'expected_facts')
        return Object.keys(defs.fact.properties);
    return Object.keys(golden_case_schema_namespaceObject.properties);
}
function normaliseCase(raw, path, doc, file) {
    if (!caseValidator()(raw)) {
        return (0,schema/* schemaError */.g$)((0,schema/* bestError */.Lq)(caseValidator().errors), doc, file, path, 'the case', knownKeys);
    }
    const sources = raw.sources ?? [];
    const sourceIds = new Set();
    for (let i = 0; i < sources.length; i++) {
        const id = sources[i].id;
        if (sourceIds.has(id)) {
            const at = [...path, 'sources', i, 'id'];
            return new errors/* ConfigurationError */.j1(`case "${raw.id}" has two sources with id "${id}"`, {
                file,
                place: (0,structured/* formatPlace */.dE)(doc.locate(at), at),
                fix: 'give each source of a case its own id (S1, S2, ...)',
            });
        }
        sourceIds.add(id);
    }
    const expectedFacts = [];
    for (let i = 0; i < (raw.expected_facts ?? []).length; i++) {
        const fact = raw.expected_facts[i];
        const normalised = typeof fact === 'string' ? { text: fact } : { ...fact };
        for (let j = 0; j < (normalised.sources ?? []).length; j++) {
            const ref = normalised.sources[j];
            if (!sourceIds.has(ref)) {
                const at = [...path, 'expected_facts', i, 'sources', j];
                return new errors/* ConfigurationError */.j1(`expected fact refers to source "${ref}", which case "${raw.id}" does not have`, {
                    file,
                    place: (0,structured/* formatPlace */.dE)(doc.locate(at), at),
                    fix: sourceIds.size === 0
                        ? 'this case has no sources; drop the fact\'s "sources", or list the documents a retriever should find in "relevant"'
                        : `use one of the case's source ids: ${[...sourceIds].join(', ')}`,
                });
            }
        }
        expectedFacts.push(normalised);
    }
    const expect = raw.expect ?? 'answer';
    const position = doc.locateIsCheap ? doc.locate(path) : null;
    const golden = {
        id: raw.id,
        category: raw.category ?? DEFAULT_CATEGORY,
        question: raw.question,
        sources: sources.map((s) => (s.title === undefined ? { id: s.id, text: s.text } : { id: s.id, title: s.title, text: s.text })),
        expectedFacts,
        forbidden: raw.forbidden ?? [],
        ...(raw.relevant !== undefined && raw.relevant.length > 0 ? { relevant: [...new Set(raw.relevant)] } : {}),
        expect,
        origin: { file, line: position?.line ?? doc.line },
    };
    return { ...golden, contentHash: hashCaseContent(golden) };
}
/** Hash of what the case asks and expects (not where it was written), for drift matching. */
function hashCaseContent(c) {
    // `relevant` joins the hash only when given, so cases written before it keep their hashes.
    const fields = [c.id, c.category, c.question, c.sources, c.expectedFacts, c.forbidden, c.expect];
    if (c.relevant !== undefined && c.relevant.length > 0)
        fields.push(c.relevant);
    const canonical = JSON.stringify(fields);
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex');
}

// EXTERNAL MODULE: ./.build/src/responses/file.js
var file = __webpack_require__(94904);
// EXTERNAL MODULE: ./.build/src/responses/shard.js
var responses_shard = __webpack_require__(67176);
;// CONCATENATED MODULE: ./.build/src/pipeline/load-cases.js




/** The cases this run evaluates: all of the golden set, or one shard's (and the other shards' ids). */
async function loadCases(inputs, cwd, shard) {
    const loaded = await loadGoldenSet(inputs, cwd);
    const goldenSet = { files: loaded.files, hash: loaded.hash, caseCount: loaded.cases.length };
    if (!shard)
        return { goldenSet, cases: loaded.cases, otherShards: new Set() };
    const cases = (0,responses_shard/* selectShard */.Xm)(loaded.cases, shard);
    const mine = new Set(cases.map((c) => c.id));
    return { goldenSet, cases, otherShards: new Set(loaded.cases.filter((c) => !mine.has(c.id)).map((c) => c.id)) };
}
/** A responses file matched with the cases; other shards' answers are theirs, not unknown ids. */
async function loadMatchedResponses(path, cwd, cases, otherShards) {
    let responses = await (0,file/* loadResponsesFile */.n3)(path, cwd);
    if (otherShards.size > 0)
        responses = responses.filter((r) => !otherShards.has(r.id));
    return (0,file/* matchResponses */.ur)(cases, responses);
}
/** The golden set's size on disk: how much work a run is, before anything is parsed. */
async function goldenSetBytes(inputs, cwd) {
    const sizes = await Promise.all((await findGoldenSetFiles(inputs, cwd)).map(async (file) => (await (0,promises_.stat)(file)).size));
    return sizes.reduce((sum, size) => sum + size, 0);
}


/***/ }),

/***/ 23679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadOnWorker: () => (/* binding */ loadOnWorker),
/* harmony export */   serveLoadWorker: () => (/* binding */ serveLoadWorker)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75919);
/* harmony import */ var _evaluation_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80129);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);
/* harmony import */ var _load_cases_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17931);
/**
 * A large golden set is read, checked and packed into evaluation tasks on a thread of its
 * own. The parsed cases are most of a large run's memory; here they die with the thread, in
 * one piece, instead of waiting in the main thread's heap for a full collection that V8
 * puts off as long as it can (a 100,000-case run peaked at 960 MB that way, 700 MB this way).
 */





/** In a worker started by loadOnWorker: loads, sends every task, then the summary. */
async function serveLoadWorker() {
    const { request } = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    const send = (message) => node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage(message, 'task' in message ? [message.task.buffer] : []);
    try {
        const { goldenSet, cases, otherShards } = await (0,_load_cases_js__WEBPACK_IMPORTED_MODULE_4__/* .loadCases */ .EG)(request.goldenSet, request.cwd, request.shard);
        const matched = await (0,_load_cases_js__WEBPACK_IMPORTED_MODULE_4__/* .loadMatchedResponses */ .V6)(request.responses, request.cwd, cases, otherShards);
        // Packed in full before any is sent: the evaluators fill their heaps only once this
        // thread's is gone (a 100,000-case run peaked at 700 MB this way, 880 MB sending each
        // task as soon as it was packed, for the same time).
        const tasks = [
            ...(0,_evaluation_pool_js__WEBPACK_IMPORTED_MODULE_2__.packEvaluationTasks)(cases, matched, {
                judgeAgainst: request.judgeAgainst,
                ...(request.citationPattern === null ? {} : { citationPattern: request.citationPattern }),
                ...(request.budgetMs === null ? {} : { budgetMs: request.budgetMs }),
            }),
        ];
        for (const task of tasks)
            send({ task });
        send({ done: { goldenSet, missing: matched.missing, unknown: matched.unknown } });
    }
    catch (error) {
        const known = error instanceof Error ? error : new Error(String(error));
        send({ error: { message: known.message, configuration: error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1, stack: known.stack } });
    }
}
/**
 * Loads on a worker thread. `tasks` yields each task as the loader sends it; once they are
 * all taken, `summary()` has the rest. A bad input throws the same ConfigurationError (same
 * message) as loading on this thread would.
 */
function loadOnWorker(entry, request) {
    let summary = null;
    async function* tasks() {
        const data = { factgateWorker: 'load', request };
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(entry, { workerData: data });
        const stopped = new AbortController();
        worker.once('exit', () => stopped.abort());
        try {
            for await (const [message] of (0,node_events__WEBPACK_IMPORTED_MODULE_0__.on)(worker, 'message', { signal: stopped.signal })) {
                if ('task' in message) {
                    yield message.task;
                }
                else if ('done' in message) {
                    summary = message.done;
                    return;
                }
                else {
                    throw rebuildError(message.error);
                }
            }
        }
        catch (error) {
            if (stopped.signal.aborted && error.name === 'AbortError')
                throw new Error('the golden-set loader stopped before it finished');
            throw error;
        }
        finally {
            await worker.terminate();
        }
    }
    return {
        tasks: tasks(),
        summary: () => {
            if (summary === null)
                throw new Error('the golden-set summary was asked for before every task was taken');
            return summary;
        },
    };
}
function rebuildError(error) {
    if (error.configuration)
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(error.message);
    const rebuilt = new Error(error.message);
    if (error.stack)
        rebuilt.stack = error.stack;
    return rebuilt;
}


/***/ }),

/***/ 94904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n3: () => (/* binding */ loadResponsesFile),
/* harmony export */   ur: () => (/* binding */ matchResponses)
/* harmony export */ });
/* unused harmony export DEFAULT_RESPONSES_MAX_BYTES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _schemas_response_schema_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59620);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71958);
/* harmony import */ var _shared_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88358);
/* harmony import */ var _shared_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25102);
/* harmony import */ var _shared_structured_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55548);
/* harmony import */ var _contexts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35166);







const responseValidator = (0,_shared_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .compileSchema */ .Fc)(_schemas_response_schema_json__WEBPACK_IMPORTED_MODULE_1__);
const DEFAULT_RESPONSES_MAX_BYTES = 512 * _shared_files_js__WEBPACK_IMPORTED_MODULE_3__/* .MiB */ .lv;
/**
 * Reads precomputed responses: a JSON array, or JSON Lines with one response a line.
 * Every response is validated; a repeated id is an error (which answer would count?).
 */
async function loadResponsesFile(path, cwd, maxBytes = DEFAULT_RESPONSES_MAX_BYTES, maxErrors = 20) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, absolute) || absolute;
    const text = await (0,_shared_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(absolute, maxBytes, 'responses file', file);
    const docs = (0,_shared_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStructured */ .jE)(text, file, detectFormat(text), { maxAliasCount: 100, maxStringChars: (0,_shared_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .longestStringAllowed */ .OO)(_schemas_response_schema_json__WEBPACK_IMPORTED_MODULE_1__) });
    const responses = [];
    const problems = [];
    const seen = new Map();
    for (const doc of docs) {
        for (const { raw, path: at } of responsesIn(doc, file)) {
            if (!responseValidator()(raw)) {
                problems.push((0,_shared_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaError */ .g$)((0,_shared_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .bestError */ .Lq)(responseValidator().errors), doc, file, at, 'the response', () => Object.keys(_schemas_response_schema_json__WEBPACK_IMPORTED_MODULE_1__.properties)));
            }
            else if (seen.has(raw.id)) {
                problems.push(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`two responses for case "${raw.id}"`, {
                    file,
                    place: (0,_shared_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPlace */ .dE)(doc.locate([...at, 'id']), [...at, 'id']),
                    fix: 'keep one response per case id',
                }));
            }
            else {
                const contexts = raw.contexts === undefined ? null : (0,_contexts_js__WEBPACK_IMPORTED_MODULE_6__/* .checkContexts */ .R$)(raw.contexts);
                if (contexts !== null && !contexts.ok) {
                    const [message, fix] = contexts.error.split('; fix: ');
                    const place = [...at, ...contexts.at];
                    problems.push(new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`response "${raw.id}": ${message}`, { file, place: (0,_shared_structured_js__WEBPACK_IMPORTED_MODULE_5__/* .formatPlace */ .dE)(doc.locate(place), place), fix: fix ?? 'see schemas/response.schema.json' }));
                }
                else {
                    if (contexts !== null)
                        raw.contexts = contexts.value;
                    seen.set(raw.id, responses.length);
                    responses.push(raw);
                }
            }
            if (problems.length >= maxErrors)
                break;
        }
        if (problems.length >= maxErrors)
            break;
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationErrors */ .yb(problems);
    return responses;
}
/** A file whose first non-blank character is "[" is a JSON array; anything else is JSON Lines. */
function detectFormat(text) {
    return /^\s*\[/.test(text) ? 'json' : 'jsonl';
}
function* responsesIn(doc, file) {
    if (Array.isArray(doc.value)) {
        for (let i = 0; i < doc.value.length; i++)
            yield { raw: doc.value[i], path: [i] };
    }
    else if (doc.value !== null && typeof doc.value === 'object') {
        yield { raw: doc.value, path: [] };
    }
    else {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('a response must be a JSON object', {
            file,
            place: `line ${doc.line}`,
            fix: 'write {"id": "...", "answer": "..."} per line, or a JSON array of such objects',
        });
    }
}
/** Keys responses by case id and lists what is missing and what is unknown. */
function matchResponses(cases, responses) {
    const byId = new Map();
    const caseIds = new Set(cases.map((c) => c.id));
    const unknown = [];
    for (const response of responses) {
        if (caseIds.has(response.id))
            byId.set(response.id, response);
        else
            unknown.push(response.id);
    }
    const missing = cases.filter((c) => !byId.has(c.id)).map((c) => c.id);
    return { byId, missing, unknown: unknown.sort() };
}


/***/ }),

/***/ 67176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ selectShard),
/* harmony export */   d7: () => (/* binding */ parseShardSpec)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, shardIds, shardOfEach, formatShard */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71958);


/** Most shards a run may be split into; far beyond any Actions matrix (256 jobs). */
const MAX_SHARDS = 1024;
function parseShardSpec(text, where) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const fail = (message) => {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(message, {
            ...where,
            fix: 'write the shard as INDEX/TOTAL with 1 <= INDEX <= TOTAL, e.g. 3/8 (in a matrix: ${{ matrix.shard }}/8)',
        });
    };
    if (!match)
        return fail(`${JSON.stringify(text)} is not a shard`);
    const index = Number(match[1]);
    const total = Number(match[2]);
    if (total < 1)
        return fail(`shard ${text.trim()}: the total must be at least 1`);
    if (total > MAX_SHARDS)
        return fail(`shard ${text.trim()}: the total may be at most ${MAX_SHARDS}`);
    if (index < 1 || index > total)
        return fail(`shard ${text.trim()}: the index must be between 1 and ${total}`);
    return { index, total };
}
/**
 * The cases of one shard, in their original order.
 *
 * Cases are ordered by sha256 of their id and dealt round-robin, so shard sizes differ
 * by at most one and membership depends only on the set of ids (not file order, not
 * the machine). Taking sha256(id) mod N alone would be deterministic but not balanced:
 * shard sizes would follow a multinomial spread (about ±sqrt(n/N)), so one shard of a
 * matrix could get markedly more work than another.
 */
function selectShard(cases, spec) {
    const chosen = new Set(shardIds(cases.map((c) => c.id), spec));
    return cases.filter((c) => chosen.has(c.id));
}
/** The ids in shard `spec`, in hash order. */
function shardIds(ids, spec) {
    const ordered = hashOrder(ids);
    const out = [];
    for (let i = spec.index - 1; i < ordered.length; i += spec.total)
        out.push(ordered[i]);
    return out;
}
/** The 1-based shard of every id when split into `total` shards (one hashing pass for all). */
function shardOfEach(ids, total) {
    const shardOf = new Map();
    hashOrder(ids).forEach((id, position) => shardOf.set(id, (position % total) + 1));
    return shardOf;
}
function hashOrder(ids) {
    const keyed = ids.map((id) => ({ id, key: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(id, 'utf8').digest('hex') }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return keyed.map((k) => k.id);
}
function formatShard(spec) {
    return `${spec.index}/${spec.total}`;
}


/***/ }),

/***/ 88358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   zc: () => (/* binding */ PATHS_ARE_RELATIVE)
/* harmony export */ });
/* unused harmony exports decodeUtf8Text, stripBom, formatBytes */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);




const MiB = 1024 * 1024;
/**
 * Reads a UTF-8 text file no larger than `maxBytes`, checking the size before reading
 * so an oversized file is refused without loading it. A leading BOM is dropped. The rule
 * for every input file: it is UTF-8 text, so a UTF-16 or UTF-32 file, a raw NUL byte and
 * a byte that is not UTF-8 are errors naming the place (never silently U+FFFD); a NUL
 * written as an escape (`\u0000` in JSON, `\0` in YAML) is data like any other.
 */
/** How a path setting is resolved, for the fix of a "not found" error. */
const PATHS_ARE_RELATIVE = "paths in factgate.yml are relative to the file's folder, paths given as flags or Action inputs to the working directory";
async function readTextFile(path, maxBytes, what, displayPath = path) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is not a file`, { file: displayPath, fix: `point to a ${what} file` });
        }
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: `check the path and that the file exists (it was read as ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)}; ${PATHS_ARE_RELATIVE})`,
        });
    }
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`, { file: displayPath, fix: `split it into smaller files, or raise the limit if the size is intended` });
    }
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (error) {
        // The file is there (stat saw it) but cannot be read: its permissions, most often.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: error?.code === 'EACCES' ? `make the file readable by the user factgate runs as (chmod a+r ${displayPath})` : 'check that the file can be read',
        });
    }
    return stripBom(decodeUtf8Text(bytes, what, displayPath));
}
/** The bytes as UTF-8 text, or a ConfigurationError that names the encoding or the bad byte's place. */
function decodeUtf8Text(bytes, what, file) {
    const encoding = wideEncoding(bytes);
    if (encoding) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${encoding}, not UTF-8`, {
            file,
            fix: `save it as UTF-8 (in PowerShell: Get-Content ${file} | Set-Content -Encoding utf8 ${file}; or iconv -f ${encoding.split(' ')[0]} -t UTF-8)`,
        });
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('a raw NUL byte (0x00) is in the file; text files have none', {
            file,
            place: bytePlace(bytes, nul),
            fix: 'remove the byte (is this a binary file?); to mean the character, write it escaped (\\u0000)',
        });
    }
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = firstInvalidUtf8(bytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not UTF-8`, {
            file,
            place: bytePlace(bytes, bad),
            fix: 'save the file as UTF-8 (it may be Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)',
        });
    }
    return bytes.toString('utf8');
}
/** UTF-16 and UTF-32, by their byte-order mark, or (without one) by NUL bytes in every other place. */
function wideEncoding(bytes) {
    const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return 'UTF-32LE encoded';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32BE encoded';
    if (a === 0xff && b === 0xfe)
        return 'UTF-16LE encoded';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16BE encoded';
    // ASCII text in UTF-16 without a mark: the high bytes of the first characters are all 0.
    const sample = Math.min(bytes.length, 64) & ~1;
    if (sample < 4)
        return null;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i++)
        if (bytes[i] === 0)
            i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample / 2;
    if (oddZeros >= half * 0.75 && evenZeros === 0)
        return 'UTF-16LE encoded (no byte-order mark)';
    if (evenZeros >= half * 0.75 && oddZeros === 0)
        return 'UTF-16BE encoded (no byte-order mark)';
    return null;
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        if (length > 1 && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + length)))
            return i;
        i += length;
    }
    return 0;
}
/** "line L, column C" of a byte offset (columns in characters). */
function bytePlace(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return `line ${line}, column ${bytes.subarray(lineStart, offset).toString('utf8').length + 1}`;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function formatBytes(bytes) {
    if (bytes >= MiB)
        return `${(bytes / MiB).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 25102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Lq: () => (/* binding */ bestError),
/* harmony export */   OO: () => (/* binding */ longestStringAllowed),
/* harmony export */   g$: () => (/* binding */ schemaError),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ox: () => (/* binding */ pointerToPath)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71958);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55548);



/**
 * One Ajv for bundled schemas. Strict mode catches mistakes in our own schemas; no
 * `$data` and no `allErrors`, so untrusted input cannot make validation do more work
 * than one pass that stops at the first error.
 */
const ajv = new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv({ strict: true, allErrors: false, $data: false, allowUnionTypes: true });
/**
 * The validator for a bundled schema, compiled on first use: a run that never reads a
 * baseline never pays for compiling the report schema.
 */
function compileSchema(schema) {
    let compiled;
    return () => (compiled ??= ajv.compile(schema));
}
const KEYWORD_RANK = { anyOf: 0, oneOf: 0, type: 1, enum: 2 };
/**
 * With anyOf, Ajv reports one error per branch: the deepest one, and among equals a
 * specific one (unknown key, missing key) over "must be string", says what went wrong.
 */
function bestError(errors) {
    let best = errors[0];
    for (const error of errors) {
        const depth = error.instancePath.split('/').length;
        const bestDepth = best.instancePath.split('/').length;
        const rank = KEYWORD_RANK[error.keyword] ?? 3;
        const bestRank = KEYWORD_RANK[best.keyword] ?? 3;
        if (depth > bestDepth || (depth === bestDepth && rank > bestRank))
            best = error;
    }
    return best;
}
/** Turns the first schema error into a message that names the place and the fix. */
function schemaError(error, doc, file, basePath, what, knownKeys) {
    const path = [...basePath, ...pointerToPath(error.instancePath)];
    const params = error.params;
    let message;
    let fix;
    let keyPath = path;
    let atKey = false;
    switch (error.keyword) {
        case 'additionalProperties': {
            const extra = String(params.additionalProperty);
            keyPath = [...path, extra];
            atKey = true;
            const allowed = knownKeys?.(path) ?? [];
            const guess = closest(extra, allowed);
            message = `unknown key "${extra}" in ${what}`;
            fix = guess
                ? `did you mean "${guess}"? Rename the key`
                : `remove it${allowed.length ? `; allowed keys: ${allowed.join(', ')}` : ''}`;
            break;
        }
        case 'required': {
            const missing = String(params.missingProperty);
            // A required key that is missing next to an unknown look-alike is a typo: point at it.
            const typo = Object.keys(valueAt(doc.value, path) ?? {}).find((k) => !(knownKeys?.(path) ?? []).includes(k) && closest(k, [missing]) !== null);
            if (typo !== undefined) {
                keyPath = [...path, typo];
                atKey = true;
                message = `unknown key "${typo}" in ${what}`;
                fix = `did you mean "${missing}"? Rename the key`;
            }
            else {
                message = `${what} is missing "${missing}"`;
                fix = `add a "${missing}" key`;
            }
            break;
        }
        case 'type': {
            const found = valueAtPath(doc.value, path);
            // YAML's .nan and .inf are numbers to JSON Schema's eyes only after they are read: say what was written.
            const special = typeof found === 'number' && !Number.isFinite(found) ? ` (it is ${Number.isNaN(found) ? '.nan, not a number' : 'an infinity, .inf'})` : '';
            message = `${describePath(path, what)} must be ${String(params.type)}${special}`;
            fix = `write ${article(String(params.type))} ${String(params.type)} there${special && params.type !== 'string' ? ' (a finite number)' : special ? ' (quote it to mean the text)' : ''}`;
            break;
        }
        case 'enum':
            message = `${describePath(path, what)} must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
            fix = 'use one of the allowed values';
            break;
        case 'maxLength':
        case 'maxItems':
            message = `${describePath(path, what)} is too long (${error.message ?? ''})`;
            fix = 'shorten it, or split the case';
            break;
        case 'minLength':
        case 'minItems':
            message = `${describePath(path, what)} is empty or too short (${error.message ?? ''})`;
            fix = 'fill it in';
            break;
        case 'pattern': {
            const rule = describePattern(String(params.pattern), valueAtPath(doc.value, path));
            message = `${describePath(path, what)} ${rule.problem}`;
            fix = rule.fix;
            break;
        }
        default:
            message = `${describePath(path, what)} ${error.message ?? 'is invalid'}`;
            fix = 'see the JSON Schema shipped in schemas/ for the allowed form';
    }
    const position = doc.locate(keyPath, atKey);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(message, { file, place: (0,_structured_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlace */ .dE)(position, keyPath), fix });
}
/** The value at a path, whatever its type (undefined when absent). */
function valueAtPath(root, path) {
    let value = root;
    for (const segment of path) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[segment];
    }
    return value;
}
/** The schemas' two kinds of pattern, said in words: a URL scheme, or an identifier's characters. */
function describePattern(pattern, value) {
    if (pattern === '^https?://') {
        const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(String(value))?.[1];
        return { problem: `must be an http:// or https:// URL${scheme ? `, not ${scheme}:` : ''}`, fix: 'give the app\'s URL, e.g. http://127.0.0.1:8080/answer (other schemes such as file: are not read)' };
    }
    const identifier = /^\^\[([^\]]+)\]\[([^\]]+)\]\*\$$/.exec(pattern);
    if (identifier) {
        const first = describeClass(identifier[1]);
        const rest = describeClass(identifier[2]);
        const plural = rest.map((word) => word.replace(/^a (letter|digit)$/, '$1s'));
        return { problem: 'has characters that are not allowed', fix: `start with ${first.join(' or ')}; then use ${plural.join(', ')} only` };
    }
    return { problem: `does not match the pattern ${pattern}`, fix: `write a value that matches ${pattern}` };
}
/** `A-Za-z0-9._:-` → ["letters", "digits", ". _ : -"]. */
function describeClass(characterClass) {
    let rest = characterClass;
    const words = [];
    if (rest.includes('A-Za-z') || rest.includes('a-zA-Z'))
        words.push('a letter');
    rest = rest.replace(/A-Za-z|a-zA-Z/, '');
    if (rest.includes('0-9'))
        words.push('a digit');
    rest = rest.replace('0-9', '').replace(/\\/g, '');
    if (rest !== '')
        words.push([...rest].join(' '));
    return words;
}
function valueAt(root, path) {
    let value = root;
    for (const segment of path) {
        if (value === null || typeof value !== 'object')
            return null;
        value = value[segment];
    }
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}
function describePath(path, what) {
    const last = path[path.length - 1];
    return last === undefined ? what : `"${String(last)}"`;
}
function article(word) {
    return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** The allowed key closest to a typo, when it is close enough to be a likely slip. */
function closest(word, candidates) {
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/**
 * The longest string a schema allows anywhere (its largest `maxLength`): a reader can refuse
 * a longer one before parsing it. One source of truth with the schema's own limits.
 */
function longestStringAllowed(schema) {
    let longest = 0;
    const visit = (node) => {
        if (Array.isArray(node))
            node.forEach(visit);
        else if (node !== null && typeof node === 'object') {
            const maxLength = node.maxLength;
            if (typeof maxLength === 'number')
                longest = Math.max(longest, maxLength);
            Object.values(node).forEach(visit);
        }
    };
    visit(schema);
    return longest;
}


/***/ }),

/***/ 55548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  br: () => (/* binding */ formatFromPath),
  dE: () => (/* binding */ formatPlace),
  Av: () => (/* binding */ jsonPointer),
  jE: () => (/* binding */ parseStructured),
  Ek: () => (/* binding */ parseStructuredLazily)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
;// CONCATENATED MODULE: ./.build/src/shared/json-scan.js
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/**
 * Calls `visit` at each key and each value, in order, until it returns true. Strings are
 * skipped with indexOf, so the walk costs little more than one read of the text. On text
 * that is not JSON the walk stops or visits nonsense; callers parse such text to report it.
 */
function walk(text, visit) {
    const frames = [];
    const path = [];
    let expectKey = false;
    for (let i = 0; i < text.length;) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a /* : */) {
            i++;
            continue;
        }
        const frame = frames[frames.length - 1];
        if (c === 0x2c /* , */) {
            if (frame?.array)
                path[path.length - 1] = ++frame.index;
            else if (frame) {
                if (frame.keyed)
                    path.pop();
                frame.keyed = false;
                expectKey = true;
            }
            i++;
            continue;
        }
        if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
            if (frame && (frame.array || frame.keyed))
                path.pop();
            frames.pop();
            expectKey = false;
            i++;
            continue;
        }
        if (c === QUOTE) {
            const end = stringEnd(text, i);
            if (expectKey && frame && !frame.array) {
                path.push(decodeKey(text, i, end));
                frame.keyed = true;
                expectKey = false;
                if (visit('key', i, end, path))
                    return;
            }
            else if (visit('value', i, end, path))
                return;
            i = end;
            continue;
        }
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            if (visit('value', i, i + 1, path))
                return;
            const array = c === 0x5b;
            frames.push({ array, index: 0, keyed: false });
            if (array)
                path.push(0);
            expectKey = !array;
            i++;
            continue;
        }
        // A number, true, false or null: up to the next structural character or white space.
        let end = i + 1;
        while (end < text.length && !/[\s,\]}:]/.test(text[end]))
            end++;
        if (visit('value', i, end, path))
            return;
        i = end;
    }
}
/** The offset just past the closing quote of the string that opens at `start`. */
function stringEnd(text, start) {
    for (let from = start + 1;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1)
            return text.length;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote + 1;
        from = quote + 1;
    }
}
function decodeKey(text, start, end) {
    try {
        return JSON.parse(text.slice(start, end));
    }
    catch {
        return text.slice(start + 1, end - 1);
    }
}
/** Characters the string literal at start..end decodes to; escapes make it shorter than its text. */
function decodedLength(text, start, end, atMost) {
    const rawLength = end - start - 2;
    // An escape takes 2 to 6 characters of text for one character: below the limit either way.
    if (rawLength <= atMost)
        return rawLength;
    if (text.indexOf('\\', start) === -1 || text.indexOf('\\', start) > end)
        return rawLength;
    try {
        return JSON.parse(text.slice(start, end)).length;
    }
    catch {
        return rawLength;
    }
}
/** The first key or string value longer than `maxChars` characters, or null. */
function findLongString(text, maxChars, firstLine = 1) {
    // Nothing in a text this short can be too long: skip the walk.
    if (text.length <= maxChars)
        return null;
    let found = null;
    walk(text, (kind, start, end, path) => {
        if (text.charCodeAt(start) !== QUOTE || end - start - 2 <= maxChars)
            return false;
        const length = decodedLength(text, start, end, maxChars);
        if (length <= maxChars)
            return false;
        found = { path: [...path], position: positionAt(text, start, firstLine), length };
        return true;
    });
    return found;
}
/** Where the value at `path` (or, with `key`, its key) starts; null when it is not there. */
function locateInJson(text, path, key, firstLine = 1) {
    let offset = null;
    let bestDepth = -1;
    walk(text, (kind, start, _end, at) => {
        if (at.length > path.length)
            return false;
        if (!at.every((segment, i) => String(segment) === String(path[i])))
            return false;
        // The deepest ancestor seen so far stands in when the path itself is missing.
        if (at.length === path.length && (kind === 'key') === key) {
            offset = start;
            return true;
        }
        if (kind === 'value' && at.length > bestDepth) {
            bestDepth = at.length;
            offset = start;
        }
        return false;
    });
    return offset === null ? null : positionAt(text, offset, firstLine);
}
function positionAt(text, offset, firstLine) {
    let line = firstLine;
    let lineStart = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./.build/src/shared/structured.js



const DEFAULT_LIMITS = { maxAliasCount: 100 };
function formatFromPath(path) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson'))
        return 'jsonl';
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return 'yaml';
    return null;
}
/** "/0/sources/1/id": RFC 6901 JSON pointer for a path. */
function jsonPointer(path) {
    if (path.length === 0)
        return '(document root)';
    return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
function formatPlace(position, path) {
    const pointer = jsonPointer(path);
    return position ? `line ${position.line}, column ${position.column} (${pointer})` : pointer;
}
/**
 * Parses JSON, JSON Lines or YAML. Syntax errors become ConfigurationErrors with the
 * line and column; YAML aliases are bounded and self-referencing anchors refused.
 */
function parseStructured(text, file, format, limits = DEFAULT_LIMITS) {
    switch (format) {
        case 'json':
            return [parseJson(text, file, 1, limits)];
        case 'jsonl':
            return parseJsonLines(text, file, limits);
        case 'yaml':
            return [parseYaml(text, file, limits)];
    }
}
/**
 * parseStructured, but JSON Lines are parsed one line at a time as the caller iterates, so
 * each line's parse can be let go once it is used (a large golden set never holds every
 * line's raw value at once). JSON Lines syntax errors are thrown by the iteration.
 */
function parseStructuredLazily(text, file, format, limits = DEFAULT_LIMITS) {
    return format === 'jsonl' ? jsonLines(text, file, limits) : parseStructured(text, file, format, limits);
}
function parseJson(text, file, firstLine, limits) {
    if (text.trim() === '') {
        throw new errors/* ConfigurationError */.j1('the file is empty', { file, fix: 'write the JSON document in it, or remove the file' });
    }
    if (limits.maxStringChars !== undefined)
        refuseLongString(text, file, firstLine, limits.maxStringChars);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const position = jsonErrorPosition(text, error);
        throw new errors/* ConfigurationError */.j1(`invalid JSON: ${jsonErrorReason(error)}`, {
            file,
            place: position ? `line ${position.line + firstLine - 1}, column ${position.column}` : `line ${firstLine}`,
            fix: 'correct the JSON syntax at that place (a missing comma, quote or bracket is the usual cause)',
        });
    }
    return { value, line: firstLine, locate: (path, key) => locateInJson(text, path, key ?? false, firstLine), locateIsCheap: false };
}
/** Refused while reading: JSON.parse would make the string, and the schema would only then say it is too long. */
function refuseLongString(text, file, firstLine, maxChars) {
    const long = findLongString(text, maxChars, firstLine);
    if (!long)
        return;
    throw new errors/* ConfigurationError */.j1(`a string of ${long.length.toLocaleString('en-US')} characters, longer than any field allows (${maxChars.toLocaleString('en-US')})`, {
        file,
        place: formatPlace(long.position, long.path),
        fix: 'shorten it; split a long source text into several sources',
    });
}
function parseJsonLines(text, file, limits) {
    return [...jsonLines(text, file, limits)];
}
/** One document a line, parsed as it is reached: a syntax error is thrown by the iteration. */
function* jsonLines(text, file, limits) {
    let start = 0;
    let lineNo = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        lineNo++;
        const line = text.slice(start, end).replace(/\r$/, '');
        if (line.trim() !== '')
            yield parseJson(line, file, lineNo, limits);
        start = end + 1;
    }
}
function parseYaml(text, file, limits) {
    const lineCounter = new dist/* LineCounter */.HN();
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
    }
    catch (error) {
        if (error instanceof RangeError)
            throw tooDeep(file);
        throw error;
    }
    const firstError = doc.errors[0];
    if (firstError && /Maximum call stack/.test(firstError.message))
        throw tooDeep(file, firstError.linePos?.[0]);
    if (firstError) {
        const pos = firstError.linePos?.[0];
        throw new errors/* ConfigurationError */.j1(`invalid YAML: ${firstError.message.split('\n')[0]}`, {
            file,
            place: pos ? `line ${pos.line}, column ${pos.col}` : undefined,
            fix: firstError.code === 'DUPLICATE_KEY'
                ? 'remove or rename the repeated key'
                : 'correct the YAML syntax at that place (indentation and unclosed brackets or quotes are the usual causes)',
        });
    }
    if (limits.maxStringChars !== undefined)
        refuseLongYamlScalar(doc, lineCounter, file, limits.maxStringChars);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`YAML aliases expand too far: ${error instanceof Error ? error.message : String(error)}`, {
            file,
            fix: `use at most ${limits.maxAliasCount} alias expansions per file, or write the repeated values out`,
        });
    }
    const cycle = findCycle(value);
    if (cycle) {
        throw new errors/* ConfigurationError */.j1('a YAML anchor refers to itself, which makes an endless value', {
            file,
            place: formatPlace(locateInYaml(doc, lineCounter, cycle, false, 1), cycle),
            fix: 'replace the alias inside its own anchor with the values themselves',
        });
    }
    return { value, line: 1, locate: (path, key) => locateInYaml(doc, lineCounter, path, key ?? false, 1), locateIsCheap: true };
}
/** The parser recursed out of stack: the nesting, not the indentation, is the problem. */
function tooDeep(file, pos) {
    return new errors/* ConfigurationError */.j1('the YAML nests too deeply to read (thousands of levels of lists or maps)', {
        file,
        ...(pos ? { place: `line ${pos.line}, column ${pos.col}` } : {}),
        fix: 'flatten the structure: a golden case needs a few levels of nesting, not thousands',
    });
}
/** Before the document becomes values (a copy of every string): a scalar over the limit is refused. */
function refuseLongYamlScalar(doc, lineCounter, file, maxChars) {
    let long = null;
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node, ancestors) {
            if (typeof node.value !== 'string' || node.value.length <= maxChars)
                return undefined;
            const path = [];
            for (let i = 1; i < ancestors.length; i++) {
                const parent = ancestors[i - 1];
                const child = ancestors[i];
                if ((0,dist/* isSeq */.oP)(parent))
                    path.push(parent.items.indexOf(child));
                else if ((0,dist/* isScalar */.jn)(child.key))
                    path.push(String((child.key).value));
            }
            long = { length: node.value.length, offset: rangeStart(node), path };
            return dist/* visit */.YR.BREAK;
        },
    });
    if (!long)
        return;
    const found = long;
    throw new errors/* ConfigurationError */.j1(`a string of ${found.length.toLocaleString('en-US')} characters, longer than any field allows (${maxChars.toLocaleString('en-US')})`, {
        file,
        place: formatPlace(toPosition(lineCounter, found.offset, 1), found.path),
        fix: 'shorten it; split a long source text into several sources',
    });
}
/** Path to the first value that contains itself (a self-referencing YAML anchor). */
function findCycle(root) {
    const onStack = new Set();
    const visit = (value, path) => {
        if (value === null || typeof value !== 'object')
            return null;
        if (onStack.has(value))
            return path;
        onStack.add(value);
        const entries = Array.isArray(value)
            ? value.map((v, i) => [i, v])
            : Object.entries(value);
        for (const [k, v] of entries) {
            const found = visit(v, [...path, k]);
            if (found)
                return found;
        }
        onStack.delete(value);
        return null;
    };
    return visit(root, []);
}
function locateInYaml(doc, lc, path, key, firstLine) {
    let node = doc.contents;
    let offset = rangeStart(node);
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        const last = i === path.length - 1;
        if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => {
                const k = p.key;
                return k !== null && typeof k === 'object' && String(k.value) === String(segment);
            });
            if (!pair)
                return toPosition(lc, offset, firstLine);
            if (last && key)
                return toPosition(lc, rangeStart(pair.key), firstLine);
            node = pair.value;
        }
        else {
            break;
        }
        offset = rangeStart(node) ?? offset;
    }
    return toPosition(lc, offset, firstLine);
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : null;
}
function toPosition(lc, offset, firstLine) {
    if (offset === null)
        return null;
    const { line, col } = lc.linePos(offset);
    return { line: line + firstLine - 1, column: col };
}
function jsonErrorReason(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
}
/** V8 reports "at position N" (Node 20) or "(line L column C)" (Node 22+). */
function jsonErrorPosition(text, error) {
    const message = error instanceof Error ? error.message : '';
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol)
        return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
    const pos = /position (\d+)/.exec(message);
    if (pos) {
        const offset = Number(pos[1]);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        return { line, column };
    }
    if (/Unexpected end of JSON input/.test(message)) {
        const lines = text.split('\n');
        return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
    }
    return null;
}


/***/ }),

/***/ 59620:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/response.schema.json","title":"factgate application response","description":"The application\'s answer to one golden-set case.","type":"object","additionalProperties":false,"required":["id","answer"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128},"answer":{"type":"string","maxLength":200000},"claims":{"description":"Claims as the application structured them; they take precedence over splitting the answer.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["text","citations"],"properties":{"text":{"type":"string","minLength":1,"maxLength":20000},"citations":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":64}}}}},"contexts":{"description":"What the application\'s retriever returned for this case, best first (or ranked by score). Claims and citations are judged against these passages.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"description":"Unique within the response; citations may name it.","type":["string","number"],"minLength":1,"maxLength":256},"text":{"type":"string","minLength":1,"maxLength":100000},"title":{"type":"string","maxLength":500},"score":{"description":"The retriever\'s score; higher ranks first.","type":"number"},"source":{"description":"The golden-set source id or document id the passage came from.","type":["string","number"],"minLength":1,"maxLength":256}}}},"error":{"type":"string","maxLength":20000},"latency_ms":{"type":"number","minimum":0}}}');

/***/ })

};
