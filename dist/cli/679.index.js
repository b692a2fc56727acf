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

/***/ 59620:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/response.schema.json","title":"factgate application response","description":"The application\'s answer to one golden-set case.","type":"object","additionalProperties":false,"required":["id","answer"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128},"answer":{"type":"string","maxLength":200000},"claims":{"description":"Claims as the application structured them; they take precedence over splitting the answer.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["text","citations"],"properties":{"text":{"type":"string","minLength":1,"maxLength":20000},"citations":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":64}}}}},"contexts":{"description":"What the application\'s retriever returned for this case, best first (or ranked by score). Claims and citations are judged against these passages.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"description":"Unique within the response; citations may name it.","type":["string","number"],"minLength":1,"maxLength":256},"text":{"type":"string","minLength":1,"maxLength":100000},"title":{"type":"string","maxLength":500},"score":{"description":"The retriever\'s score; higher ranks first.","type":"number"},"source":{"description":"The golden-set source id or document id the passage came from.","type":["string","number"],"minLength":1,"maxLength":256}}}},"error":{"type":"string","maxLength":20000},"latency_ms":{"type":"number","minimum":0}}}');

/***/ })

};
