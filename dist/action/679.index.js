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
// EXTERNAL MODULE: ./.build/src/shared/validators.generated.js
var validators_generated = __webpack_require__(65413);
;// CONCATENATED MODULE: ./.build/src/golden/load-golden-set.js










const DEFAULT_GOLDEN_LIMITS = {
    maxFileBytes: 256 * shared_files/* MiB */.lv,
    maxCases: 1_000_000,
    maxAliasCount: 100,
    maxErrors: 20,
};
const DEFAULT_CATEGORY = 'general';
/** Compiled ahead of time from the schema by the build (scripts/generate-validators.mjs). */
const caseValidator = validators_generated/* validateGoldenCase */.eJ;
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
    if (!caseValidator(raw)) {
        return (0,schema/* schemaError */.g$)((0,schema/* bestError */.Lq)(caseValidator.errors), doc, file, path, 'the case', knownKeys);
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
/* harmony import */ var _shared_validators_generated_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65413);








/** Compiled ahead of time from the schema by the build (scripts/generate-validators.mjs). */
const responseValidator = _shared_validators_generated_js__WEBPACK_IMPORTED_MODULE_7__/* .validateResponse */ .kL;
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
            if (!responseValidator(raw)) {
                problems.push((0,_shared_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .schemaError */ .g$)((0,_shared_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .bestError */ .Lq)(responseValidator.errors), doc, file, at, 'the response', () => Object.keys(_schemas_response_schema_json__WEBPACK_IMPORTED_MODULE_1__.properties)));
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
/* harmony export */   Lq: () => (/* binding */ bestError),
/* harmony export */   OO: () => (/* binding */ longestStringAllowed),
/* harmony export */   ZW: () => (/* binding */ AJV_OPTIONS),
/* harmony export */   g$: () => (/* binding */ schemaError),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ox: () => (/* binding */ pointerToPath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71958);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55548);


/**
 * The options of every Ajv factgate makes. Strict mode catches mistakes in our own schemas;
 * no `$data` and no `allErrors`, so untrusted input cannot make validation do more work than
 * one pass that stops at the first error. The golden-case, response and factgate.yml schemas
 * are compiled ahead of time with these options (validators.generated.ts); only the report
 * schema, read for baselines, is compiled at run time (validate-report.ts).
 */
const AJV_OPTIONS = { strict: true, allErrors: false, $data: false, allowUnionTypes: true };
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

/***/ 65413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   eJ: () => (/* binding */ validateGoldenCase),
/* harmony export */   kL: () => (/* binding */ validateResponse)
/* harmony export */ });
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36214);

const runtime_ucs2length = { default: ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__?.default ?? ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ };
const validateGoldenCaseRaw = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/factgate/factgate/schemas/golden-case.schema.json", "title": "factgate golden-set case", "description": "One question with what a right answer says, and optionally the sources a grounded answer may rely on (without them, answers are judged against the contexts the app retrieved).", "type": "object", "additionalProperties": false, "required": ["id", "question"], "properties": { "id": { "description": "Unique in the whole golden set.", "type": "string", "minLength": 1, "maxLength": 128, "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]*$" }, "category": { "description": "Breakdown key for per-category metrics.", "type": "string", "minLength": 1, "maxLength": 64 }, "question": { "type": "string", "minLength": 1, "maxLength": 8000 }, "sources": { "description": "What a grounded answer may rely on. Optional when the app returns the contexts it retrieved.", "type": "array", "minItems": 1, "maxItems": 100, "items": { "$ref": "#/definitions/source" } }, "expected_facts": { "description": "Facts a right answer states; a string, or an object naming the sources that state it.", "type": "array", "maxItems": 100, "items": { "anyOf": [{ "type": "string", "minLength": 1, "maxLength": 2000 }, { "$ref": "#/definitions/fact" }] } }, "forbidden": { "description": "Known hallucinations: an answer that entails one is hallucinated.", "type": "array", "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 2000 } }, "relevant": { "description": "Ids of the documents (golden-set sources or the app's own document ids) a retriever should find for this question; context recall counts them.", "type": "array", "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 256 } }, "expect": { "description": "answer (default), or abstain when the right behaviour is to decline.", "type": "string", "enum": ["answer", "abstain"] } }, "definitions": { "source": { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]*$" }, "title": { "type": "string", "maxLength": 500 }, "text": { "type": "string", "minLength": 1, "maxLength": 500000 } } }, "fact": { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 2000 }, "sources": { "type": "array", "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 64 } } } } } };
const schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]*$" }, "title": { "type": "string", "maxLength": 500 }, "text": { "type": "string", "minLength": 1, "maxLength": 500000 } } };
const schema13 = { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 2000 }, "sources": { "type": "array", "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 64 } } } };
const func2 = runtime_ucs2length.default;
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]*$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:-]*$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/factgate/factgate/schemas/golden-case.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.id === undefined) && (missing0 = "id")) || ((data.question === undefined) && (missing0 = "question"))) {
                validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((((((key0 === "id") || (key0 === "category")) || (key0 === "question")) || (key0 === "sources")) || (key0 === "expected_facts")) || (key0 === "forbidden")) || (key0 === "relevant")) || (key0 === "expect"))) {
                        validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.id !== undefined) {
                        let data0 = data.id;
                        const _errs2 = errors;
                        if (errors === _errs2) {
                            if (typeof data0 === "string") {
                                if (func2(data0) > 128) {
                                    validate10.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                    return false;
                                }
                                else {
                                    if (func2(data0) < 1) {
                                        validate10.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                    }
                                    else {
                                        if (!pattern0.test(data0)) {
                                            validate10.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._:/-]*$" + "\"" }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            else {
                                validate10.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.category !== undefined) {
                            let data1 = data.category;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (typeof data1 === "string") {
                                    if (func2(data1) > 64) {
                                        validate10.errors = [{ instancePath: instancePath + "/category", schemaPath: "#/properties/category/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }];
                                        return false;
                                    }
                                    else {
                                        if (func2(data1) < 1) {
                                            validate10.errors = [{ instancePath: instancePath + "/category", schemaPath: "#/properties/category/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                        }
                                    }
                                }
                                else {
                                    validate10.errors = [{ instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.question !== undefined) {
                                let data2 = data.question;
                                const _errs6 = errors;
                                if (errors === _errs6) {
                                    if (typeof data2 === "string") {
                                        if (func2(data2) > 8000) {
                                            validate10.errors = [{ instancePath: instancePath + "/question", schemaPath: "#/properties/question/maxLength", keyword: "maxLength", params: { limit: 8000 }, message: "must NOT have more than 8000 characters" }];
                                            return false;
                                        }
                                        else {
                                            if (func2(data2) < 1) {
                                                validate10.errors = [{ instancePath: instancePath + "/question", schemaPath: "#/properties/question/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                            }
                                        }
                                    }
                                    else {
                                        validate10.errors = [{ instancePath: instancePath + "/question", schemaPath: "#/properties/question/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.sources !== undefined) {
                                    let data3 = data.sources;
                                    const _errs8 = errors;
                                    if (errors === _errs8) {
                                        if (Array.isArray(data3)) {
                                            if (data3.length > 100) {
                                                validate10.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                return false;
                                            }
                                            else {
                                                if (data3.length < 1) {
                                                    validate10.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                    return false;
                                                }
                                                else {
                                                    var valid1 = true;
                                                    const len0 = data3.length;
                                                    for (let i0 = 0; i0 < len0; i0++) {
                                                        let data4 = data3[i0];
                                                        const _errs10 = errors;
                                                        const _errs11 = errors;
                                                        if (errors === _errs11) {
                                                            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                                                let missing1;
                                                                if (((data4.id === undefined) && (missing1 = "id")) || ((data4.text === undefined) && (missing1 = "text"))) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/sources/" + i0, schemaPath: "#/definitions/source/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    const _errs13 = errors;
                                                                    for (const key1 in data4) {
                                                                        if (!(((key1 === "id") || (key1 === "title")) || (key1 === "text"))) {
                                                                            validate10.errors = [{ instancePath: instancePath + "/sources/" + i0, schemaPath: "#/definitions/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                            return false;
                                                                            break;
                                                                        }
                                                                    }
                                                                    if (_errs13 === errors) {
                                                                        if (data4.id !== undefined) {
                                                                            let data5 = data4.id;
                                                                            const _errs14 = errors;
                                                                            if (errors === _errs14) {
                                                                                if (typeof data5 === "string") {
                                                                                    if (func2(data5) > 64) {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/id", schemaPath: "#/definitions/source/properties/id/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }];
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        if (func2(data5) < 1) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/id", schemaPath: "#/definitions/source/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            if (!pattern1.test(data5)) {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/id", schemaPath: "#/definitions/source/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._:-]*$" + "\"" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/id", schemaPath: "#/definitions/source/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid3 = _errs14 === errors;
                                                                        }
                                                                        else {
                                                                            var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                            if (data4.title !== undefined) {
                                                                                let data6 = data4.title;
                                                                                const _errs16 = errors;
                                                                                if (errors === _errs16) {
                                                                                    if (typeof data6 === "string") {
                                                                                        if (func2(data6) > 500) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/title", schemaPath: "#/definitions/source/properties/title/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/title", schemaPath: "#/definitions/source/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid3 = _errs16 === errors;
                                                                            }
                                                                            else {
                                                                                var valid3 = true;
                                                                            }
                                                                            if (valid3) {
                                                                                if (data4.text !== undefined) {
                                                                                    let data7 = data4.text;
                                                                                    const _errs18 = errors;
                                                                                    if (errors === _errs18) {
                                                                                        if (typeof data7 === "string") {
                                                                                            if (func2(data7) > 500000) {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/text", schemaPath: "#/definitions/source/properties/text/maxLength", keyword: "maxLength", params: { limit: 500000 }, message: "must NOT have more than 500000 characters" }];
                                                                                                return false;
                                                                                            }
                                                                                            else {
                                                                                                if (func2(data7) < 1) {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/text", schemaPath: "#/definitions/source/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/sources/" + i0 + "/text", schemaPath: "#/definitions/source/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid3 = _errs18 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid3 = true;
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate10.errors = [{ instancePath: instancePath + "/sources/" + i0, schemaPath: "#/definitions/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid1 = _errs10 === errors;
                                                        if (!valid1) {
                                                            break;
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate10.errors = [{ instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.expected_facts !== undefined) {
                                        let data8 = data.expected_facts;
                                        const _errs20 = errors;
                                        if (errors === _errs20) {
                                            if (Array.isArray(data8)) {
                                                if (data8.length > 100) {
                                                    validate10.errors = [{ instancePath: instancePath + "/expected_facts", schemaPath: "#/properties/expected_facts/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                    return false;
                                                }
                                                else {
                                                    var valid4 = true;
                                                    const len1 = data8.length;
                                                    for (let i1 = 0; i1 < len1; i1++) {
                                                        let data9 = data8[i1];
                                                        const _errs22 = errors;
                                                        const _errs23 = errors;
                                                        let valid5 = false;
                                                        const _errs24 = errors;
                                                        if (errors === _errs24) {
                                                            if (typeof data9 === "string") {
                                                                if (func2(data9) > 2000) {
                                                                    const err0 = { instancePath: instancePath + "/expected_facts/" + i1, schemaPath: "#/properties/expected_facts/items/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err0];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err0);
                                                                    }
                                                                    errors++;
                                                                }
                                                                else {
                                                                    if (func2(data9) < 1) {
                                                                        const err1 = { instancePath: instancePath + "/expected_facts/" + i1, schemaPath: "#/properties/expected_facts/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err1];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err1);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err2 = { instancePath: instancePath + "/expected_facts/" + i1, schemaPath: "#/properties/expected_facts/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err2];
                                                                }
                                                                else {
                                                                    vErrors.push(err2);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        var _valid0 = _errs24 === errors;
                                                        valid5 = valid5 || _valid0;
                                                        if (!valid5) {
                                                            const _errs26 = errors;
                                                            const _errs27 = errors;
                                                            if (errors === _errs27) {
                                                                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                                                    let missing2;
                                                                    if ((data9.text === undefined) && (missing2 = "text")) {
                                                                        const err3 = { instancePath: instancePath + "/expected_facts/" + i1, schemaPath: "#/definitions/fact/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err3];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err3);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                    else {
                                                                        const _errs29 = errors;
                                                                        for (const key2 in data9) {
                                                                            if (!((key2 === "text") || (key2 === "sources"))) {
                                                                                const err4 = { instancePath: instancePath + "/expected_facts/" + i1, schemaPath: "#/definitions/fact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err4];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err4);
                                                                                }
                                                                                errors++;
                                                                                break;
                                                                            }
                                                                        }
                                                                        if (_errs29 === errors) {
                                                                            if (data9.text !== undefined) {
                                                                                let data10 = data9.text;
                                                                                const _errs30 = errors;
                                                                                if (errors === _errs30) {
                                                                                    if (typeof data10 === "string") {
                                                                                        if (func2(data10) > 2000) {
                                                                                            const err5 = { instancePath: instancePath + "/expected_facts/" + i1 + "/text", schemaPath: "#/definitions/fact/properties/text/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err5];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err5);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                        else {
                                                                                            if (func2(data10) < 1) {
                                                                                                const err6 = { instancePath: instancePath + "/expected_facts/" + i1 + "/text", schemaPath: "#/definitions/fact/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err6];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err6);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        const err7 = { instancePath: instancePath + "/expected_facts/" + i1 + "/text", schemaPath: "#/definitions/fact/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err7];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err7);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                }
                                                                                var valid7 = _errs30 === errors;
                                                                            }
                                                                            else {
                                                                                var valid7 = true;
                                                                            }
                                                                            if (valid7) {
                                                                                if (data9.sources !== undefined) {
                                                                                    let data11 = data9.sources;
                                                                                    const _errs32 = errors;
                                                                                    if (errors === _errs32) {
                                                                                        if (Array.isArray(data11)) {
                                                                                            if (data11.length > 100) {
                                                                                                const err8 = { instancePath: instancePath + "/expected_facts/" + i1 + "/sources", schemaPath: "#/definitions/fact/properties/sources/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err8];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err8);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                            else {
                                                                                                var valid8 = true;
                                                                                                const len2 = data11.length;
                                                                                                for (let i2 = 0; i2 < len2; i2++) {
                                                                                                    let data12 = data11[i2];
                                                                                                    const _errs34 = errors;
                                                                                                    if (errors === _errs34) {
                                                                                                        if (typeof data12 === "string") {
                                                                                                            if (func2(data12) > 64) {
                                                                                                                const err9 = { instancePath: instancePath + "/expected_facts/" + i1 + "/sources/" + i2, schemaPath: "#/definitions/fact/properties/sources/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                                                                                                                if (vErrors === null) {
                                                                                                                    vErrors = [err9];
                                                                                                                }
                                                                                                                else {
                                                                                                                    vErrors.push(err9);
                                                                                                                }
                                                                                                                errors++;
                                                                                                            }
                                                                                                            else {
                                                                                                                if (func2(data12) < 1) {
                                                                                                                    const err10 = { instancePath: instancePath + "/expected_facts/" + i1 + "/sources/" + i2, schemaPath: "#/definitions/fact/properties/sources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                                    if (vErrors === null) {
                                                                                                                        vErrors = [err10];
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        vErrors.push(err10);
                                                                                                                    }
                                                                                                                    errors++;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            const err11 = { instancePath: instancePath + "/expected_facts/" + i1 + "/sources/" + i2, schemaPath: "#/definitions/fact/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                            if (vErrors === null) {
                                                                                                                vErrors = [err11];
                                                                                                            }
                                                                                                            else {
                                                                                                                vErrors.push(err11);
                                                                                                            }
                                                                                                            errors++;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid8 = _errs34 === errors;
                                                                                                    if (!valid8) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            const err12 = { instancePath: instancePath + "/expected_facts/" + i1 + "/sources", schemaPath: "#/definitions/fact/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err12];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err12);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                    }
                                                                                    var valid7 = _errs32 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid7 = true;
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err13 = { instancePath: instancePath + "/expected_facts/" + i1, schemaPath: "#/definitions/fact/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err13];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err13);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            var _valid0 = _errs26 === errors;
                                                            valid5 = valid5 || _valid0;
                                                        }
                                                        if (!valid5) {
                                                            const err14 = { instancePath: instancePath + "/expected_facts/" + i1, schemaPath: "#/properties/expected_facts/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                            if (vErrors === null) {
                                                                vErrors = [err14];
                                                            }
                                                            else {
                                                                vErrors.push(err14);
                                                            }
                                                            errors++;
                                                            validate10.errors = vErrors;
                                                            return false;
                                                        }
                                                        else {
                                                            errors = _errs23;
                                                            if (vErrors !== null) {
                                                                if (_errs23) {
                                                                    vErrors.length = _errs23;
                                                                }
                                                                else {
                                                                    vErrors = null;
                                                                }
                                                            }
                                                        }
                                                        var valid4 = _errs22 === errors;
                                                        if (!valid4) {
                                                            break;
                                                        }
                                                    }
                                                }
                                            }
                                            else {
                                                validate10.errors = [{ instancePath: instancePath + "/expected_facts", schemaPath: "#/properties/expected_facts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs20 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.forbidden !== undefined) {
                                            let data13 = data.forbidden;
                                            const _errs36 = errors;
                                            if (errors === _errs36) {
                                                if (Array.isArray(data13)) {
                                                    if (data13.length > 100) {
                                                        validate10.errors = [{ instancePath: instancePath + "/forbidden", schemaPath: "#/properties/forbidden/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                        return false;
                                                    }
                                                    else {
                                                        var valid9 = true;
                                                        const len3 = data13.length;
                                                        for (let i3 = 0; i3 < len3; i3++) {
                                                            let data14 = data13[i3];
                                                            const _errs38 = errors;
                                                            if (errors === _errs38) {
                                                                if (typeof data14 === "string") {
                                                                    if (func2(data14) > 2000) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/forbidden/" + i3, schemaPath: "#/properties/forbidden/items/maxLength", keyword: "maxLength", params: { limit: 2000 }, message: "must NOT have more than 2000 characters" }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        if (func2(data14) < 1) {
                                                                            validate10.errors = [{ instancePath: instancePath + "/forbidden/" + i3, schemaPath: "#/properties/forbidden/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    validate10.errors = [{ instancePath: instancePath + "/forbidden/" + i3, schemaPath: "#/properties/forbidden/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid9 = _errs38 === errors;
                                                            if (!valid9) {
                                                                break;
                                                            }
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate10.errors = [{ instancePath: instancePath + "/forbidden", schemaPath: "#/properties/forbidden/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs36 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.relevant !== undefined) {
                                                let data15 = data.relevant;
                                                const _errs40 = errors;
                                                if (errors === _errs40) {
                                                    if (Array.isArray(data15)) {
                                                        if (data15.length > 100) {
                                                            validate10.errors = [{ instancePath: instancePath + "/relevant", schemaPath: "#/properties/relevant/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                            return false;
                                                        }
                                                        else {
                                                            var valid10 = true;
                                                            const len4 = data15.length;
                                                            for (let i4 = 0; i4 < len4; i4++) {
                                                                let data16 = data15[i4];
                                                                const _errs42 = errors;
                                                                if (errors === _errs42) {
                                                                    if (typeof data16 === "string") {
                                                                        if (func2(data16) > 256) {
                                                                            validate10.errors = [{ instancePath: instancePath + "/relevant/" + i4, schemaPath: "#/properties/relevant/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            if (func2(data16) < 1) {
                                                                                validate10.errors = [{ instancePath: instancePath + "/relevant/" + i4, schemaPath: "#/properties/relevant/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/relevant/" + i4, schemaPath: "#/properties/relevant/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid10 = _errs42 === errors;
                                                                if (!valid10) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate10.errors = [{ instancePath: instancePath + "/relevant", schemaPath: "#/properties/relevant/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs40 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.expect !== undefined) {
                                                    let data17 = data.expect;
                                                    const _errs44 = errors;
                                                    if (typeof data17 !== "string") {
                                                        validate10.errors = [{ instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    if (!((data17 === "answer") || (data17 === "abstain"))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/enum", keyword: "enum", params: { allowedValues: schema11.properties.expect.enum }, message: "must be equal to one of the allowed values" }];
                                                        return false;
                                                    }
                                                    var valid0 = _errs44 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate10.errors = vErrors;
    return errors === 0;
}
const validateResponseRaw = validate11;
const schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/factgate/factgate/schemas/response.schema.json", "title": "factgate application response", "description": "The application's answer to one golden-set case.", "type": "object", "additionalProperties": false, "required": ["id", "answer"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 128 }, "answer": { "type": "string", "maxLength": 200000 }, "claims": { "description": "Claims as the application structured them; they take precedence over splitting the answer.", "type": "array", "maxItems": 1000, "items": { "type": "object", "additionalProperties": false, "required": ["text", "citations"], "properties": { "text": { "type": "string", "minLength": 1, "maxLength": 20000 }, "citations": { "type": "array", "maxItems": 100, "items": { "type": "string", "minLength": 1, "maxLength": 64 } } } } }, "contexts": { "description": "What the application's retriever returned for this case, best first (or ranked by score). Claims and citations are judged against these passages.", "type": "array", "maxItems": 1000, "items": { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "description": "Unique within the response; citations may name it.", "type": ["string", "number"], "minLength": 1, "maxLength": 256 }, "text": { "type": "string", "minLength": 1, "maxLength": 100000 }, "title": { "type": "string", "maxLength": 500 }, "score": { "description": "The retriever's score; higher ranks first.", "type": "number" }, "source": { "description": "The golden-set source id or document id the passage came from.", "type": ["string", "number"], "minLength": 1, "maxLength": 256 } } } }, "error": { "type": "string", "maxLength": 20000 }, "latency_ms": { "type": "number", "minimum": 0 } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/factgate/factgate/schemas/response.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.id === undefined) && (missing0 = "id")) || ((data.answer === undefined) && (missing0 = "answer"))) {
                validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((((key0 === "id") || (key0 === "answer")) || (key0 === "claims")) || (key0 === "contexts")) || (key0 === "error")) || (key0 === "latency_ms"))) {
                        validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.id !== undefined) {
                        let data0 = data.id;
                        const _errs2 = errors;
                        if (errors === _errs2) {
                            if (typeof data0 === "string") {
                                if (func2(data0) > 128) {
                                    validate11.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                    return false;
                                }
                                else {
                                    if (func2(data0) < 1) {
                                        validate11.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                    }
                                }
                            }
                            else {
                                validate11.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.answer !== undefined) {
                            let data1 = data.answer;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (typeof data1 === "string") {
                                    if (func2(data1) > 200000) {
                                        validate11.errors = [{ instancePath: instancePath + "/answer", schemaPath: "#/properties/answer/maxLength", keyword: "maxLength", params: { limit: 200000 }, message: "must NOT have more than 200000 characters" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate11.errors = [{ instancePath: instancePath + "/answer", schemaPath: "#/properties/answer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.claims !== undefined) {
                                let data2 = data.claims;
                                const _errs6 = errors;
                                if (errors === _errs6) {
                                    if (Array.isArray(data2)) {
                                        if (data2.length > 1000) {
                                            validate11.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" }];
                                            return false;
                                        }
                                        else {
                                            var valid1 = true;
                                            const len0 = data2.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                                let data3 = data2[i0];
                                                const _errs8 = errors;
                                                if (errors === _errs8) {
                                                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                                        let missing1;
                                                        if (((data3.text === undefined) && (missing1 = "text")) || ((data3.citations === undefined) && (missing1 = "citations"))) {
                                                            validate11.errors = [{ instancePath: instancePath + "/claims/" + i0, schemaPath: "#/properties/claims/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                            return false;
                                                        }
                                                        else {
                                                            const _errs10 = errors;
                                                            for (const key1 in data3) {
                                                                if (!((key1 === "text") || (key1 === "citations"))) {
                                                                    validate11.errors = [{ instancePath: instancePath + "/claims/" + i0, schemaPath: "#/properties/claims/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                }
                                                            }
                                                            if (_errs10 === errors) {
                                                                if (data3.text !== undefined) {
                                                                    let data4 = data3.text;
                                                                    const _errs11 = errors;
                                                                    if (errors === _errs11) {
                                                                        if (typeof data4 === "string") {
                                                                            if (func2(data4) > 20000) {
                                                                                validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/text", schemaPath: "#/properties/claims/items/properties/text/maxLength", keyword: "maxLength", params: { limit: 20000 }, message: "must NOT have more than 20000 characters" }];
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                if (func2(data4) < 1) {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/text", schemaPath: "#/properties/claims/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/text", schemaPath: "#/properties/claims/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid2 = _errs11 === errors;
                                                                }
                                                                else {
                                                                    var valid2 = true;
                                                                }
                                                                if (valid2) {
                                                                    if (data3.citations !== undefined) {
                                                                        let data5 = data3.citations;
                                                                        const _errs13 = errors;
                                                                        if (errors === _errs13) {
                                                                            if (Array.isArray(data5)) {
                                                                                if (data5.length > 100) {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/citations", schemaPath: "#/properties/claims/items/properties/citations/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    var valid3 = true;
                                                                                    const len1 = data5.length;
                                                                                    for (let i1 = 0; i1 < len1; i1++) {
                                                                                        let data6 = data5[i1];
                                                                                        const _errs15 = errors;
                                                                                        if (errors === _errs15) {
                                                                                            if (typeof data6 === "string") {
                                                                                                if (func2(data6) > 64) {
                                                                                                    validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/citations/" + i1, schemaPath: "#/properties/claims/items/properties/citations/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    if (func2(data6) < 1) {
                                                                                                        validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/citations/" + i1, schemaPath: "#/properties/claims/items/properties/citations/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/citations/" + i1, schemaPath: "#/properties/claims/items/properties/citations/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid3 = _errs15 === errors;
                                                                                        if (!valid3) {
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate11.errors = [{ instancePath: instancePath + "/claims/" + i0 + "/citations", schemaPath: "#/properties/claims/items/properties/citations/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid2 = _errs13 === errors;
                                                                    }
                                                                    else {
                                                                        var valid2 = true;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate11.errors = [{ instancePath: instancePath + "/claims/" + i0, schemaPath: "#/properties/claims/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid1 = _errs8 === errors;
                                                if (!valid1) {
                                                    break;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        validate11.errors = [{ instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.contexts !== undefined) {
                                    let data7 = data.contexts;
                                    const _errs17 = errors;
                                    if (errors === _errs17) {
                                        if (Array.isArray(data7)) {
                                            if (data7.length > 1000) {
                                                validate11.errors = [{ instancePath: instancePath + "/contexts", schemaPath: "#/properties/contexts/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" }];
                                                return false;
                                            }
                                            else {
                                                var valid4 = true;
                                                const len2 = data7.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                    let data8 = data7[i2];
                                                    const _errs19 = errors;
                                                    if (errors === _errs19) {
                                                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                                            let missing2;
                                                            if (((data8.id === undefined) && (missing2 = "id")) || ((data8.text === undefined) && (missing2 = "text"))) {
                                                                validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2, schemaPath: "#/properties/contexts/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                return false;
                                                            }
                                                            else {
                                                                const _errs21 = errors;
                                                                for (const key2 in data8) {
                                                                    if (!(((((key2 === "id") || (key2 === "text")) || (key2 === "title")) || (key2 === "score")) || (key2 === "source"))) {
                                                                        validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2, schemaPath: "#/properties/contexts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                                        return false;
                                                                        break;
                                                                    }
                                                                }
                                                                if (_errs21 === errors) {
                                                                    if (data8.id !== undefined) {
                                                                        let data9 = data8.id;
                                                                        const _errs22 = errors;
                                                                        if ((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) {
                                                                            validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/id", schemaPath: "#/properties/contexts/items/properties/id/type", keyword: "type", params: { type: schema14.properties.contexts.items.properties.id.type }, message: "must be string,number" }];
                                                                            return false;
                                                                        }
                                                                        if (errors === _errs22) {
                                                                            if (typeof data9 === "string") {
                                                                                if (func2(data9) > 256) {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/id", schemaPath: "#/properties/contexts/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    if (func2(data9) < 1) {
                                                                                        validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/id", schemaPath: "#/properties/contexts/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                        var valid5 = _errs22 === errors;
                                                                    }
                                                                    else {
                                                                        var valid5 = true;
                                                                    }
                                                                    if (valid5) {
                                                                        if (data8.text !== undefined) {
                                                                            let data10 = data8.text;
                                                                            const _errs24 = errors;
                                                                            if (errors === _errs24) {
                                                                                if (typeof data10 === "string") {
                                                                                    if (func2(data10) > 100000) {
                                                                                        validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/text", schemaPath: "#/properties/contexts/items/properties/text/maxLength", keyword: "maxLength", params: { limit: 100000 }, message: "must NOT have more than 100000 characters" }];
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        if (func2(data10) < 1) {
                                                                                            validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/text", schemaPath: "#/properties/contexts/items/properties/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/text", schemaPath: "#/properties/contexts/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid5 = _errs24 === errors;
                                                                        }
                                                                        else {
                                                                            var valid5 = true;
                                                                        }
                                                                        if (valid5) {
                                                                            if (data8.title !== undefined) {
                                                                                let data11 = data8.title;
                                                                                const _errs26 = errors;
                                                                                if (errors === _errs26) {
                                                                                    if (typeof data11 === "string") {
                                                                                        if (func2(data11) > 500) {
                                                                                            validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/title", schemaPath: "#/properties/contexts/items/properties/title/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/title", schemaPath: "#/properties/contexts/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid5 = _errs26 === errors;
                                                                            }
                                                                            else {
                                                                                var valid5 = true;
                                                                            }
                                                                            if (valid5) {
                                                                                if (data8.score !== undefined) {
                                                                                    let data12 = data8.score;
                                                                                    const _errs28 = errors;
                                                                                    if (!((typeof data12 == "number") && (isFinite(data12)))) {
                                                                                        validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/score", schemaPath: "#/properties/contexts/items/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid5 = _errs28 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid5 = true;
                                                                                }
                                                                                if (valid5) {
                                                                                    if (data8.source !== undefined) {
                                                                                        let data13 = data8.source;
                                                                                        const _errs30 = errors;
                                                                                        if ((typeof data13 !== "string") && (!((typeof data13 == "number") && (isFinite(data13))))) {
                                                                                            validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/source", schemaPath: "#/properties/contexts/items/properties/source/type", keyword: "type", params: { type: schema14.properties.contexts.items.properties.source.type }, message: "must be string,number" }];
                                                                                            return false;
                                                                                        }
                                                                                        if (errors === _errs30) {
                                                                                            if (typeof data13 === "string") {
                                                                                                if (func2(data13) > 256) {
                                                                                                    validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/source", schemaPath: "#/properties/contexts/items/properties/source/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    if (func2(data13) < 1) {
                                                                                                        validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2 + "/source", schemaPath: "#/properties/contexts/items/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        var valid5 = _errs30 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid5 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate11.errors = [{ instancePath: instancePath + "/contexts/" + i2, schemaPath: "#/properties/contexts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid4 = _errs19 === errors;
                                                    if (!valid4) {
                                                        break;
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate11.errors = [{ instancePath: instancePath + "/contexts", schemaPath: "#/properties/contexts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs17 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.error !== undefined) {
                                        let data14 = data.error;
                                        const _errs32 = errors;
                                        if (errors === _errs32) {
                                            if (typeof data14 === "string") {
                                                if (func2(data14) > 20000) {
                                                    validate11.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/maxLength", keyword: "maxLength", params: { limit: 20000 }, message: "must NOT have more than 20000 characters" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate11.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs32 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.latency_ms !== undefined) {
                                            let data15 = data.latency_ms;
                                            const _errs34 = errors;
                                            if (errors === _errs34) {
                                                if ((typeof data15 == "number") && (isFinite(data15))) {
                                                    if (data15 < 0 || isNaN(data15)) {
                                                        validate11.errors = [{ instancePath: instancePath + "/latency_ms", schemaPath: "#/properties/latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                    }
                                                }
                                                else {
                                                    validate11.errors = [{ instancePath: instancePath + "/latency_ms", schemaPath: "#/properties/latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs34 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const validateConfigRaw = validate12;
const schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/factgate/factgate/schemas/config.schema.json", "title": "factgate.yml", "description": "factgate settings. Paths are relative to this file's directory. Command-line flags and Action inputs of the same name override these.", "type": "object", "additionalProperties": false, "properties": { "golden-set": { "anyOf": [{ "type": "string", "minLength": 1, "maxLength": 4096 }, { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "type": "string", "minLength": 1, "maxLength": 4096 } }] }, "responses": { "type": "string", "minLength": 1, "maxLength": 4096 }, "command": { "type": "string", "minLength": 1, "maxLength": 4096 }, "command-mode": { "type": "string", "enum": ["per-case", "worker"] }, "command-cwd": { "type": "string", "minLength": 1, "maxLength": 4096 }, "endpoint": { "type": "string", "pattern": "^https?://", "maxLength": 4096 }, "endpoint-header": { "anyOf": [{ "type": "string", "minLength": 1, "maxLength": 4096 }, { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "type": "string", "minLength": 1, "maxLength": 4096 } }] }, "endpoint-body": { "anyOf": [{ "type": "string", "minLength": 1, "maxLength": 100000 }, { "type": "object" }, { "type": "array" }] }, "answer-path": { "type": "string", "minLength": 1, "maxLength": 256 }, "claims-path": { "type": "string", "minLength": 1, "maxLength": 256 }, "contexts-path": { "type": "string", "minLength": 1, "maxLength": 256 }, "concurrency": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+$" }] }, "timeout-ms": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+$" }] }, "worker-start-timeout-ms": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+$" }] }, "retries": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+$" }] }, "shard": { "type": "string", "pattern": "^[0-9]+/[0-9]+$" }, "judge": { "type": "string", "enum": ["deterministic", "llm", "command", "hybrid"] }, "judge-url": { "type": "string", "pattern": "^https?://", "maxLength": 4096 }, "judge-model": { "type": "string", "minLength": 1, "maxLength": 256 }, "judge-api-key-env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "maxLength": 128 }, "judge-command": { "type": "string", "minLength": 1, "maxLength": 4096 }, "judge-concurrency": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+$" }] }, "judge-timeout-ms": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+$" }] }, "judge-budget-ms": { "anyOf": [{ "type": "integer", "minimum": 0 }, { "type": "string", "pattern": "^[0-9]+$" }] }, "judge-cache": { "type": "string", "minLength": 1, "maxLength": 4096 }, "hybrid-fallback": { "type": "string", "enum": ["llm", "command"] }, "judge-against": { "type": "string", "enum": ["both", "sources", "contexts"] }, "citation-pattern": { "type": "string", "minLength": 1, "maxLength": 500 }, "coverage": { "anyOf": [{ "type": "string", "minLength": 1, "maxLength": 4096 }, { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "type": "string", "minLength": 1, "maxLength": 4096 } }] }, "coverage-base": { "type": "string", "minLength": 1, "maxLength": 256 }, "coverage-path-map": { "anyOf": [{ "type": "string", "minLength": 1, "maxLength": 4096 }, { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "type": "string", "minLength": 1, "maxLength": 4096 } }] }, "coverage-source-root": { "anyOf": [{ "type": "string", "minLength": 1, "maxLength": 4096 }, { "type": "array", "minItems": 1, "maxItems": 1000, "items": { "type": "string", "minLength": 1, "maxLength": 4096 } }] }, "policy": { "anyOf": [{ "type": "string", "enum": ["strict", "standard", "permissive"] }, { "$ref": "#/definitions/policy" }] }, "baseline": { "type": "string", "minLength": 1, "maxLength": 4096 }, "report-json": { "type": "string", "minLength": 1, "maxLength": 4096 }, "report-md": { "type": "string", "minLength": 1, "maxLength": 4096 }, "report-html": { "type": "string", "minLength": 1, "maxLength": 4096 }, "report-junit": { "type": "string", "minLength": 1, "maxLength": 4096 } }, "definitions": { "rate": { "anyOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?%$" }, { "type": "null" }], "description": "A fraction in [0, 1] (0.02) or a percentage string ('2%'); null switches the threshold off." }, "milliseconds": { "anyOf": [{ "type": "number", "minimum": 0 }, { "type": "null" }] }, "action": { "type": "string", "enum": ["fail", "warn", "ignore"] }, "policy": { "type": "object", "additionalProperties": false, "required": ["extends"], "properties": { "extends": { "type": "string", "enum": ["strict", "standard", "permissive"], "description": "The preset this policy starts from." }, "name": { "type": "string", "minLength": 1, "maxLength": 64 }, "max-hallucination-rate": { "$ref": "#/definitions/rate" }, "max-case-hallucination-rate": { "$ref": "#/definitions/rate" }, "min-citation-coverage": { "$ref": "#/definitions/rate" }, "min-citation-precision": { "$ref": "#/definitions/rate" }, "min-fact-recall": { "$ref": "#/definitions/rate" }, "min-faithfulness": { "$ref": "#/definitions/rate" }, "min-context-recall": { "$ref": "#/definitions/rate" }, "min-context-precision": { "$ref": "#/definitions/rate" }, "max-undetermined-rate": { "$ref": "#/definitions/rate" }, "max-error-rate": { "$ref": "#/definitions/rate" }, "max-latency-p95-ms": { "$ref": "#/definitions/milliseconds" }, "min-line-coverage": { "$ref": "#/definitions/rate" }, "min-branch-coverage": { "$ref": "#/definitions/rate" }, "min-patch-coverage": { "$ref": "#/definitions/rate" }, "max-line-coverage-drop": { "$ref": "#/definitions/rate" }, "regression": { "$ref": "#/definitions/action" }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 }, "min-effect": { "type": "number", "minimum": 0, "maximum": 1 }, "missing-responses": { "$ref": "#/definitions/action" }, "unknown-responses": { "$ref": "#/definitions/action" }, "missing-inputs": { "$ref": "#/definitions/action" }, "judge-score-drift": { "$ref": "#/definitions/action" }, "latency-drift": { "$ref": "#/definitions/action" }, "certification": { "$ref": "#/definitions/action" }, "certification-bound": { "type": "string", "enum": ["exact", "wilson"], "description": "The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson." }, "override": { "type": "string", "enum": ["maintainer-approval", "write-label", "none"] }, "override-label": { "type": "string", "minLength": 1, "maxLength": 50 } } } } };
const func38 = Object.prototype.hasOwnProperty;
const pattern2 = new RegExp("^https?://", "u");
const pattern3 = new RegExp("^[0-9]+$", "u");
const pattern7 = new RegExp("^[0-9]+/[0-9]+$", "u");
const pattern9 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema16 = { "type": "object", "additionalProperties": false, "required": ["extends"], "properties": { "extends": { "type": "string", "enum": ["strict", "standard", "permissive"], "description": "The preset this policy starts from." }, "name": { "type": "string", "minLength": 1, "maxLength": 64 }, "max-hallucination-rate": { "$ref": "#/definitions/rate" }, "max-case-hallucination-rate": { "$ref": "#/definitions/rate" }, "min-citation-coverage": { "$ref": "#/definitions/rate" }, "min-citation-precision": { "$ref": "#/definitions/rate" }, "min-fact-recall": { "$ref": "#/definitions/rate" }, "min-faithfulness": { "$ref": "#/definitions/rate" }, "min-context-recall": { "$ref": "#/definitions/rate" }, "min-context-precision": { "$ref": "#/definitions/rate" }, "max-undetermined-rate": { "$ref": "#/definitions/rate" }, "max-error-rate": { "$ref": "#/definitions/rate" }, "max-latency-p95-ms": { "$ref": "#/definitions/milliseconds" }, "min-line-coverage": { "$ref": "#/definitions/rate" }, "min-branch-coverage": { "$ref": "#/definitions/rate" }, "min-patch-coverage": { "$ref": "#/definitions/rate" }, "max-line-coverage-drop": { "$ref": "#/definitions/rate" }, "regression": { "$ref": "#/definitions/action" }, "alpha": { "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 }, "min-effect": { "type": "number", "minimum": 0, "maximum": 1 }, "missing-responses": { "$ref": "#/definitions/action" }, "unknown-responses": { "$ref": "#/definitions/action" }, "missing-inputs": { "$ref": "#/definitions/action" }, "judge-score-drift": { "$ref": "#/definitions/action" }, "latency-drift": { "$ref": "#/definitions/action" }, "certification": { "$ref": "#/definitions/action" }, "certification-bound": { "type": "string", "enum": ["exact", "wilson"], "description": "The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson." }, "override": { "type": "string", "enum": ["maintainer-approval", "write-label", "none"] }, "override-label": { "type": "string", "minLength": 1, "maxLength": 50 } } };
const schema17 = { "anyOf": [{ "type": "number", "minimum": 0, "maximum": 1 }, { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?%$" }, { "type": "null" }], "description": "A fraction in [0, 1] (0.02) or a percentage string ('2%'); null switches the threshold off." };
const schema27 = { "anyOf": [{ "type": "number", "minimum": 0 }, { "type": "null" }] };
const schema32 = { "type": "string", "enum": ["fail", "warn", "ignore"] };
const pattern13 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((data.extends === undefined) && (missing0 = "extends")) {
                validate13.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(func38.call(schema16.properties, key0))) {
                        validate13.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.extends !== undefined) {
                        let data0 = data.extends;
                        const _errs2 = errors;
                        if (typeof data0 !== "string") {
                            validate13.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        if (!(((data0 === "strict") || (data0 === "standard")) || (data0 === "permissive"))) {
                            validate13.errors = [{ instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema16.properties.extends.enum }, message: "must be equal to one of the allowed values" }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.name !== undefined) {
                            let data1 = data.name;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (typeof data1 === "string") {
                                    if (func2(data1) > 64) {
                                        validate13.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" }];
                                        return false;
                                    }
                                    else {
                                        if (func2(data1) < 1) {
                                            validate13.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                        }
                                    }
                                }
                                else {
                                    validate13.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data["max-hallucination-rate"] !== undefined) {
                                let data2 = data["max-hallucination-rate"];
                                const _errs6 = errors;
                                const _errs8 = errors;
                                let valid2 = false;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if ((typeof data2 == "number") && (isFinite(data2))) {
                                        if (data2 > 1 || isNaN(data2)) {
                                            const err0 = { instancePath: instancePath + "/max-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                            if (vErrors === null) {
                                                vErrors = [err0];
                                            }
                                            else {
                                                vErrors.push(err0);
                                            }
                                            errors++;
                                        }
                                        else {
                                            if (data2 < 0 || isNaN(data2)) {
                                                const err1 = { instancePath: instancePath + "/max-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                if (vErrors === null) {
                                                    vErrors = [err1];
                                                }
                                                else {
                                                    vErrors.push(err1);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err2 = { instancePath: instancePath + "/max-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                        if (vErrors === null) {
                                            vErrors = [err2];
                                        }
                                        else {
                                            vErrors.push(err2);
                                        }
                                        errors++;
                                    }
                                }
                                var _valid0 = _errs9 === errors;
                                valid2 = valid2 || _valid0;
                                if (!valid2) {
                                    const _errs11 = errors;
                                    if (errors === _errs11) {
                                        if (typeof data2 === "string") {
                                            if (!pattern13.test(data2)) {
                                                const err3 = { instancePath: instancePath + "/max-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                if (vErrors === null) {
                                                    vErrors = [err3];
                                                }
                                                else {
                                                    vErrors.push(err3);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err4 = { instancePath: instancePath + "/max-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                                vErrors = [err4];
                                            }
                                            else {
                                                vErrors.push(err4);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid0 = _errs11 === errors;
                                    valid2 = valid2 || _valid0;
                                    if (!valid2) {
                                        const _errs13 = errors;
                                        if (data2 !== null) {
                                            const err5 = { instancePath: instancePath + "/max-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                            if (vErrors === null) {
                                                vErrors = [err5];
                                            }
                                            else {
                                                vErrors.push(err5);
                                            }
                                            errors++;
                                        }
                                        var _valid0 = _errs13 === errors;
                                        valid2 = valid2 || _valid0;
                                    }
                                }
                                if (!valid2) {
                                    const err6 = { instancePath: instancePath + "/max-hallucination-rate", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                    if (vErrors === null) {
                                        vErrors = [err6];
                                    }
                                    else {
                                        vErrors.push(err6);
                                    }
                                    errors++;
                                    validate13.errors = vErrors;
                                    return false;
                                }
                                else {
                                    errors = _errs8;
                                    if (vErrors !== null) {
                                        if (_errs8) {
                                            vErrors.length = _errs8;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data["max-case-hallucination-rate"] !== undefined) {
                                    let data3 = data["max-case-hallucination-rate"];
                                    const _errs15 = errors;
                                    const _errs17 = errors;
                                    let valid4 = false;
                                    const _errs18 = errors;
                                    if (errors === _errs18) {
                                        if ((typeof data3 == "number") && (isFinite(data3))) {
                                            if (data3 > 1 || isNaN(data3)) {
                                                const err7 = { instancePath: instancePath + "/max-case-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                if (vErrors === null) {
                                                    vErrors = [err7];
                                                }
                                                else {
                                                    vErrors.push(err7);
                                                }
                                                errors++;
                                            }
                                            else {
                                                if (data3 < 0 || isNaN(data3)) {
                                                    const err8 = { instancePath: instancePath + "/max-case-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    if (vErrors === null) {
                                                        vErrors = [err8];
                                                    }
                                                    else {
                                                        vErrors.push(err8);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err9 = { instancePath: instancePath + "/max-case-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                            if (vErrors === null) {
                                                vErrors = [err9];
                                            }
                                            else {
                                                vErrors.push(err9);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid1 = _errs18 === errors;
                                    valid4 = valid4 || _valid1;
                                    if (!valid4) {
                                        const _errs20 = errors;
                                        if (errors === _errs20) {
                                            if (typeof data3 === "string") {
                                                if (!pattern13.test(data3)) {
                                                    const err10 = { instancePath: instancePath + "/max-case-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                    if (vErrors === null) {
                                                        vErrors = [err10];
                                                    }
                                                    else {
                                                        vErrors.push(err10);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err11 = { instancePath: instancePath + "/max-case-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err11];
                                                }
                                                else {
                                                    vErrors.push(err11);
                                                }
                                                errors++;
                                            }
                                        }
                                        var _valid1 = _errs20 === errors;
                                        valid4 = valid4 || _valid1;
                                        if (!valid4) {
                                            const _errs22 = errors;
                                            if (data3 !== null) {
                                                const err12 = { instancePath: instancePath + "/max-case-hallucination-rate", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                if (vErrors === null) {
                                                    vErrors = [err12];
                                                }
                                                else {
                                                    vErrors.push(err12);
                                                }
                                                errors++;
                                            }
                                            var _valid1 = _errs22 === errors;
                                            valid4 = valid4 || _valid1;
                                        }
                                    }
                                    if (!valid4) {
                                        const err13 = { instancePath: instancePath + "/max-case-hallucination-rate", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                        if (vErrors === null) {
                                            vErrors = [err13];
                                        }
                                        else {
                                            vErrors.push(err13);
                                        }
                                        errors++;
                                        validate13.errors = vErrors;
                                        return false;
                                    }
                                    else {
                                        errors = _errs17;
                                        if (vErrors !== null) {
                                            if (_errs17) {
                                                vErrors.length = _errs17;
                                            }
                                            else {
                                                vErrors = null;
                                            }
                                        }
                                    }
                                    var valid0 = _errs15 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data["min-citation-coverage"] !== undefined) {
                                        let data4 = data["min-citation-coverage"];
                                        const _errs24 = errors;
                                        const _errs26 = errors;
                                        let valid6 = false;
                                        const _errs27 = errors;
                                        if (errors === _errs27) {
                                            if ((typeof data4 == "number") && (isFinite(data4))) {
                                                if (data4 > 1 || isNaN(data4)) {
                                                    const err14 = { instancePath: instancePath + "/min-citation-coverage", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                    if (vErrors === null) {
                                                        vErrors = [err14];
                                                    }
                                                    else {
                                                        vErrors.push(err14);
                                                    }
                                                    errors++;
                                                }
                                                else {
                                                    if (data4 < 0 || isNaN(data4)) {
                                                        const err15 = { instancePath: instancePath + "/min-citation-coverage", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                        if (vErrors === null) {
                                                            vErrors = [err15];
                                                        }
                                                        else {
                                                            vErrors.push(err15);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err16 = { instancePath: instancePath + "/min-citation-coverage", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                if (vErrors === null) {
                                                    vErrors = [err16];
                                                }
                                                else {
                                                    vErrors.push(err16);
                                                }
                                                errors++;
                                            }
                                        }
                                        var _valid2 = _errs27 === errors;
                                        valid6 = valid6 || _valid2;
                                        if (!valid6) {
                                            const _errs29 = errors;
                                            if (errors === _errs29) {
                                                if (typeof data4 === "string") {
                                                    if (!pattern13.test(data4)) {
                                                        const err17 = { instancePath: instancePath + "/min-citation-coverage", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                        if (vErrors === null) {
                                                            vErrors = [err17];
                                                        }
                                                        else {
                                                            vErrors.push(err17);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err18 = { instancePath: instancePath + "/min-citation-coverage", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err18];
                                                    }
                                                    else {
                                                        vErrors.push(err18);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            var _valid2 = _errs29 === errors;
                                            valid6 = valid6 || _valid2;
                                            if (!valid6) {
                                                const _errs31 = errors;
                                                if (data4 !== null) {
                                                    const err19 = { instancePath: instancePath + "/min-citation-coverage", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                    if (vErrors === null) {
                                                        vErrors = [err19];
                                                    }
                                                    else {
                                                        vErrors.push(err19);
                                                    }
                                                    errors++;
                                                }
                                                var _valid2 = _errs31 === errors;
                                                valid6 = valid6 || _valid2;
                                            }
                                        }
                                        if (!valid6) {
                                            const err20 = { instancePath: instancePath + "/min-citation-coverage", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                            if (vErrors === null) {
                                                vErrors = [err20];
                                            }
                                            else {
                                                vErrors.push(err20);
                                            }
                                            errors++;
                                            validate13.errors = vErrors;
                                            return false;
                                        }
                                        else {
                                            errors = _errs26;
                                            if (vErrors !== null) {
                                                if (_errs26) {
                                                    vErrors.length = _errs26;
                                                }
                                                else {
                                                    vErrors = null;
                                                }
                                            }
                                        }
                                        var valid0 = _errs24 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data["min-citation-precision"] !== undefined) {
                                            let data5 = data["min-citation-precision"];
                                            const _errs33 = errors;
                                            const _errs35 = errors;
                                            let valid8 = false;
                                            const _errs36 = errors;
                                            if (errors === _errs36) {
                                                if ((typeof data5 == "number") && (isFinite(data5))) {
                                                    if (data5 > 1 || isNaN(data5)) {
                                                        const err21 = { instancePath: instancePath + "/min-citation-precision", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                        if (vErrors === null) {
                                                            vErrors = [err21];
                                                        }
                                                        else {
                                                            vErrors.push(err21);
                                                        }
                                                        errors++;
                                                    }
                                                    else {
                                                        if (data5 < 0 || isNaN(data5)) {
                                                            const err22 = { instancePath: instancePath + "/min-citation-precision", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                            if (vErrors === null) {
                                                                vErrors = [err22];
                                                            }
                                                            else {
                                                                vErrors.push(err22);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err23 = { instancePath: instancePath + "/min-citation-precision", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                    if (vErrors === null) {
                                                        vErrors = [err23];
                                                    }
                                                    else {
                                                        vErrors.push(err23);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            var _valid3 = _errs36 === errors;
                                            valid8 = valid8 || _valid3;
                                            if (!valid8) {
                                                const _errs38 = errors;
                                                if (errors === _errs38) {
                                                    if (typeof data5 === "string") {
                                                        if (!pattern13.test(data5)) {
                                                            const err24 = { instancePath: instancePath + "/min-citation-precision", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                            if (vErrors === null) {
                                                                vErrors = [err24];
                                                            }
                                                            else {
                                                                vErrors.push(err24);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err25 = { instancePath: instancePath + "/min-citation-precision", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err25];
                                                        }
                                                        else {
                                                            vErrors.push(err25);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var _valid3 = _errs38 === errors;
                                                valid8 = valid8 || _valid3;
                                                if (!valid8) {
                                                    const _errs40 = errors;
                                                    if (data5 !== null) {
                                                        const err26 = { instancePath: instancePath + "/min-citation-precision", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                        if (vErrors === null) {
                                                            vErrors = [err26];
                                                        }
                                                        else {
                                                            vErrors.push(err26);
                                                        }
                                                        errors++;
                                                    }
                                                    var _valid3 = _errs40 === errors;
                                                    valid8 = valid8 || _valid3;
                                                }
                                            }
                                            if (!valid8) {
                                                const err27 = { instancePath: instancePath + "/min-citation-precision", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                if (vErrors === null) {
                                                    vErrors = [err27];
                                                }
                                                else {
                                                    vErrors.push(err27);
                                                }
                                                errors++;
                                                validate13.errors = vErrors;
                                                return false;
                                            }
                                            else {
                                                errors = _errs35;
                                                if (vErrors !== null) {
                                                    if (_errs35) {
                                                        vErrors.length = _errs35;
                                                    }
                                                    else {
                                                        vErrors = null;
                                                    }
                                                }
                                            }
                                            var valid0 = _errs33 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data["min-fact-recall"] !== undefined) {
                                                let data6 = data["min-fact-recall"];
                                                const _errs42 = errors;
                                                const _errs44 = errors;
                                                let valid10 = false;
                                                const _errs45 = errors;
                                                if (errors === _errs45) {
                                                    if ((typeof data6 == "number") && (isFinite(data6))) {
                                                        if (data6 > 1 || isNaN(data6)) {
                                                            const err28 = { instancePath: instancePath + "/min-fact-recall", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                            if (vErrors === null) {
                                                                vErrors = [err28];
                                                            }
                                                            else {
                                                                vErrors.push(err28);
                                                            }
                                                            errors++;
                                                        }
                                                        else {
                                                            if (data6 < 0 || isNaN(data6)) {
                                                                const err29 = { instancePath: instancePath + "/min-fact-recall", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err29];
                                                                }
                                                                else {
                                                                    vErrors.push(err29);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err30 = { instancePath: instancePath + "/min-fact-recall", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                        if (vErrors === null) {
                                                            vErrors = [err30];
                                                        }
                                                        else {
                                                            vErrors.push(err30);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var _valid4 = _errs45 === errors;
                                                valid10 = valid10 || _valid4;
                                                if (!valid10) {
                                                    const _errs47 = errors;
                                                    if (errors === _errs47) {
                                                        if (typeof data6 === "string") {
                                                            if (!pattern13.test(data6)) {
                                                                const err31 = { instancePath: instancePath + "/min-fact-recall", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err31];
                                                                }
                                                                else {
                                                                    vErrors.push(err31);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err32 = { instancePath: instancePath + "/min-fact-recall", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err32];
                                                            }
                                                            else {
                                                                vErrors.push(err32);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    var _valid4 = _errs47 === errors;
                                                    valid10 = valid10 || _valid4;
                                                    if (!valid10) {
                                                        const _errs49 = errors;
                                                        if (data6 !== null) {
                                                            const err33 = { instancePath: instancePath + "/min-fact-recall", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                            if (vErrors === null) {
                                                                vErrors = [err33];
                                                            }
                                                            else {
                                                                vErrors.push(err33);
                                                            }
                                                            errors++;
                                                        }
                                                        var _valid4 = _errs49 === errors;
                                                        valid10 = valid10 || _valid4;
                                                    }
                                                }
                                                if (!valid10) {
                                                    const err34 = { instancePath: instancePath + "/min-fact-recall", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                    if (vErrors === null) {
                                                        vErrors = [err34];
                                                    }
                                                    else {
                                                        vErrors.push(err34);
                                                    }
                                                    errors++;
                                                    validate13.errors = vErrors;
                                                    return false;
                                                }
                                                else {
                                                    errors = _errs44;
                                                    if (vErrors !== null) {
                                                        if (_errs44) {
                                                            vErrors.length = _errs44;
                                                        }
                                                        else {
                                                            vErrors = null;
                                                        }
                                                    }
                                                }
                                                var valid0 = _errs42 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data["min-faithfulness"] !== undefined) {
                                                    let data7 = data["min-faithfulness"];
                                                    const _errs51 = errors;
                                                    const _errs53 = errors;
                                                    let valid12 = false;
                                                    const _errs54 = errors;
                                                    if (errors === _errs54) {
                                                        if ((typeof data7 == "number") && (isFinite(data7))) {
                                                            if (data7 > 1 || isNaN(data7)) {
                                                                const err35 = { instancePath: instancePath + "/min-faithfulness", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err35];
                                                                }
                                                                else {
                                                                    vErrors.push(err35);
                                                                }
                                                                errors++;
                                                            }
                                                            else {
                                                                if (data7 < 0 || isNaN(data7)) {
                                                                    const err36 = { instancePath: instancePath + "/min-faithfulness", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err36];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err36);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err37 = { instancePath: instancePath + "/min-faithfulness", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                            if (vErrors === null) {
                                                                vErrors = [err37];
                                                            }
                                                            else {
                                                                vErrors.push(err37);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    var _valid5 = _errs54 === errors;
                                                    valid12 = valid12 || _valid5;
                                                    if (!valid12) {
                                                        const _errs56 = errors;
                                                        if (errors === _errs56) {
                                                            if (typeof data7 === "string") {
                                                                if (!pattern13.test(data7)) {
                                                                    const err38 = { instancePath: instancePath + "/min-faithfulness", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err38];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err38);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            else {
                                                                const err39 = { instancePath: instancePath + "/min-faithfulness", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err39];
                                                                }
                                                                else {
                                                                    vErrors.push(err39);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        var _valid5 = _errs56 === errors;
                                                        valid12 = valid12 || _valid5;
                                                        if (!valid12) {
                                                            const _errs58 = errors;
                                                            if (data7 !== null) {
                                                                const err40 = { instancePath: instancePath + "/min-faithfulness", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err40];
                                                                }
                                                                else {
                                                                    vErrors.push(err40);
                                                                }
                                                                errors++;
                                                            }
                                                            var _valid5 = _errs58 === errors;
                                                            valid12 = valid12 || _valid5;
                                                        }
                                                    }
                                                    if (!valid12) {
                                                        const err41 = { instancePath: instancePath + "/min-faithfulness", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                        if (vErrors === null) {
                                                            vErrors = [err41];
                                                        }
                                                        else {
                                                            vErrors.push(err41);
                                                        }
                                                        errors++;
                                                        validate13.errors = vErrors;
                                                        return false;
                                                    }
                                                    else {
                                                        errors = _errs53;
                                                        if (vErrors !== null) {
                                                            if (_errs53) {
                                                                vErrors.length = _errs53;
                                                            }
                                                            else {
                                                                vErrors = null;
                                                            }
                                                        }
                                                    }
                                                    var valid0 = _errs51 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data["min-context-recall"] !== undefined) {
                                                        let data8 = data["min-context-recall"];
                                                        const _errs60 = errors;
                                                        const _errs62 = errors;
                                                        let valid14 = false;
                                                        const _errs63 = errors;
                                                        if (errors === _errs63) {
                                                            if ((typeof data8 == "number") && (isFinite(data8))) {
                                                                if (data8 > 1 || isNaN(data8)) {
                                                                    const err42 = { instancePath: instancePath + "/min-context-recall", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err42];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err42);
                                                                    }
                                                                    errors++;
                                                                }
                                                                else {
                                                                    if (data8 < 0 || isNaN(data8)) {
                                                                        const err43 = { instancePath: instancePath + "/min-context-recall", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err43];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err43);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err44 = { instancePath: instancePath + "/min-context-recall", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err44];
                                                                }
                                                                else {
                                                                    vErrors.push(err44);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        var _valid6 = _errs63 === errors;
                                                        valid14 = valid14 || _valid6;
                                                        if (!valid14) {
                                                            const _errs65 = errors;
                                                            if (errors === _errs65) {
                                                                if (typeof data8 === "string") {
                                                                    if (!pattern13.test(data8)) {
                                                                        const err45 = { instancePath: instancePath + "/min-context-recall", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err45];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err45);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                else {
                                                                    const err46 = { instancePath: instancePath + "/min-context-recall", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err46];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err46);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            var _valid6 = _errs65 === errors;
                                                            valid14 = valid14 || _valid6;
                                                            if (!valid14) {
                                                                const _errs67 = errors;
                                                                if (data8 !== null) {
                                                                    const err47 = { instancePath: instancePath + "/min-context-recall", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err47];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err47);
                                                                    }
                                                                    errors++;
                                                                }
                                                                var _valid6 = _errs67 === errors;
                                                                valid14 = valid14 || _valid6;
                                                            }
                                                        }
                                                        if (!valid14) {
                                                            const err48 = { instancePath: instancePath + "/min-context-recall", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                            if (vErrors === null) {
                                                                vErrors = [err48];
                                                            }
                                                            else {
                                                                vErrors.push(err48);
                                                            }
                                                            errors++;
                                                            validate13.errors = vErrors;
                                                            return false;
                                                        }
                                                        else {
                                                            errors = _errs62;
                                                            if (vErrors !== null) {
                                                                if (_errs62) {
                                                                    vErrors.length = _errs62;
                                                                }
                                                                else {
                                                                    vErrors = null;
                                                                }
                                                            }
                                                        }
                                                        var valid0 = _errs60 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data["min-context-precision"] !== undefined) {
                                                            let data9 = data["min-context-precision"];
                                                            const _errs69 = errors;
                                                            const _errs71 = errors;
                                                            let valid16 = false;
                                                            const _errs72 = errors;
                                                            if (errors === _errs72) {
                                                                if ((typeof data9 == "number") && (isFinite(data9))) {
                                                                    if (data9 > 1 || isNaN(data9)) {
                                                                        const err49 = { instancePath: instancePath + "/min-context-precision", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err49];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err49);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                    else {
                                                                        if (data9 < 0 || isNaN(data9)) {
                                                                            const err50 = { instancePath: instancePath + "/min-context-precision", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err50];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err50);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err51 = { instancePath: instancePath + "/min-context-precision", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err51];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err51);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            var _valid7 = _errs72 === errors;
                                                            valid16 = valid16 || _valid7;
                                                            if (!valid16) {
                                                                const _errs74 = errors;
                                                                if (errors === _errs74) {
                                                                    if (typeof data9 === "string") {
                                                                        if (!pattern13.test(data9)) {
                                                                            const err52 = { instancePath: instancePath + "/min-context-precision", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err52];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err52);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err53 = { instancePath: instancePath + "/min-context-precision", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err53];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err53);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                var _valid7 = _errs74 === errors;
                                                                valid16 = valid16 || _valid7;
                                                                if (!valid16) {
                                                                    const _errs76 = errors;
                                                                    if (data9 !== null) {
                                                                        const err54 = { instancePath: instancePath + "/min-context-precision", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err54];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err54);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                    var _valid7 = _errs76 === errors;
                                                                    valid16 = valid16 || _valid7;
                                                                }
                                                            }
                                                            if (!valid16) {
                                                                const err55 = { instancePath: instancePath + "/min-context-precision", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err55];
                                                                }
                                                                else {
                                                                    vErrors.push(err55);
                                                                }
                                                                errors++;
                                                                validate13.errors = vErrors;
                                                                return false;
                                                            }
                                                            else {
                                                                errors = _errs71;
                                                                if (vErrors !== null) {
                                                                    if (_errs71) {
                                                                        vErrors.length = _errs71;
                                                                    }
                                                                    else {
                                                                        vErrors = null;
                                                                    }
                                                                }
                                                            }
                                                            var valid0 = _errs69 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data["max-undetermined-rate"] !== undefined) {
                                                                let data10 = data["max-undetermined-rate"];
                                                                const _errs78 = errors;
                                                                const _errs80 = errors;
                                                                let valid18 = false;
                                                                const _errs81 = errors;
                                                                if (errors === _errs81) {
                                                                    if ((typeof data10 == "number") && (isFinite(data10))) {
                                                                        if (data10 > 1 || isNaN(data10)) {
                                                                            const err56 = { instancePath: instancePath + "/max-undetermined-rate", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err56];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err56);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        else {
                                                                            if (data10 < 0 || isNaN(data10)) {
                                                                                const err57 = { instancePath: instancePath + "/max-undetermined-rate", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err57];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err57);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err58 = { instancePath: instancePath + "/max-undetermined-rate", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err58];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err58);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                                var _valid8 = _errs81 === errors;
                                                                valid18 = valid18 || _valid8;
                                                                if (!valid18) {
                                                                    const _errs83 = errors;
                                                                    if (errors === _errs83) {
                                                                        if (typeof data10 === "string") {
                                                                            if (!pattern13.test(data10)) {
                                                                                const err59 = { instancePath: instancePath + "/max-undetermined-rate", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err59];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err59);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        else {
                                                                            const err60 = { instancePath: instancePath + "/max-undetermined-rate", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err60];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err60);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    var _valid8 = _errs83 === errors;
                                                                    valid18 = valid18 || _valid8;
                                                                    if (!valid18) {
                                                                        const _errs85 = errors;
                                                                        if (data10 !== null) {
                                                                            const err61 = { instancePath: instancePath + "/max-undetermined-rate", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err61];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err61);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        var _valid8 = _errs85 === errors;
                                                                        valid18 = valid18 || _valid8;
                                                                    }
                                                                }
                                                                if (!valid18) {
                                                                    const err62 = { instancePath: instancePath + "/max-undetermined-rate", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err62];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err62);
                                                                    }
                                                                    errors++;
                                                                    validate13.errors = vErrors;
                                                                    return false;
                                                                }
                                                                else {
                                                                    errors = _errs80;
                                                                    if (vErrors !== null) {
                                                                        if (_errs80) {
                                                                            vErrors.length = _errs80;
                                                                        }
                                                                        else {
                                                                            vErrors = null;
                                                                        }
                                                                    }
                                                                }
                                                                var valid0 = _errs78 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data["max-error-rate"] !== undefined) {
                                                                    let data11 = data["max-error-rate"];
                                                                    const _errs87 = errors;
                                                                    const _errs89 = errors;
                                                                    let valid20 = false;
                                                                    const _errs90 = errors;
                                                                    if (errors === _errs90) {
                                                                        if ((typeof data11 == "number") && (isFinite(data11))) {
                                                                            if (data11 > 1 || isNaN(data11)) {
                                                                                const err63 = { instancePath: instancePath + "/max-error-rate", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err63];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err63);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                            else {
                                                                                if (data11 < 0 || isNaN(data11)) {
                                                                                    const err64 = { instancePath: instancePath + "/max-error-rate", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err64];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err64);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            const err65 = { instancePath: instancePath + "/max-error-rate", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err65];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err65);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    var _valid9 = _errs90 === errors;
                                                                    valid20 = valid20 || _valid9;
                                                                    if (!valid20) {
                                                                        const _errs92 = errors;
                                                                        if (errors === _errs92) {
                                                                            if (typeof data11 === "string") {
                                                                                if (!pattern13.test(data11)) {
                                                                                    const err66 = { instancePath: instancePath + "/max-error-rate", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err66];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err66);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err67 = { instancePath: instancePath + "/max-error-rate", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err67];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err67);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        var _valid9 = _errs92 === errors;
                                                                        valid20 = valid20 || _valid9;
                                                                        if (!valid20) {
                                                                            const _errs94 = errors;
                                                                            if (data11 !== null) {
                                                                                const err68 = { instancePath: instancePath + "/max-error-rate", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err68];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err68);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                            var _valid9 = _errs94 === errors;
                                                                            valid20 = valid20 || _valid9;
                                                                        }
                                                                    }
                                                                    if (!valid20) {
                                                                        const err69 = { instancePath: instancePath + "/max-error-rate", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err69];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err69);
                                                                        }
                                                                        errors++;
                                                                        validate13.errors = vErrors;
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        errors = _errs89;
                                                                        if (vErrors !== null) {
                                                                            if (_errs89) {
                                                                                vErrors.length = _errs89;
                                                                            }
                                                                            else {
                                                                                vErrors = null;
                                                                            }
                                                                        }
                                                                    }
                                                                    var valid0 = _errs87 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data["max-latency-p95-ms"] !== undefined) {
                                                                        let data12 = data["max-latency-p95-ms"];
                                                                        const _errs96 = errors;
                                                                        const _errs98 = errors;
                                                                        let valid22 = false;
                                                                        const _errs99 = errors;
                                                                        if (errors === _errs99) {
                                                                            if ((typeof data12 == "number") && (isFinite(data12))) {
                                                                                if (data12 < 0 || isNaN(data12)) {
                                                                                    const err70 = { instancePath: instancePath + "/max-latency-p95-ms", schemaPath: "#/definitions/milliseconds/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err70];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err70);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err71 = { instancePath: instancePath + "/max-latency-p95-ms", schemaPath: "#/definitions/milliseconds/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err71];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err71);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        var _valid10 = _errs99 === errors;
                                                                        valid22 = valid22 || _valid10;
                                                                        if (!valid22) {
                                                                            const _errs101 = errors;
                                                                            if (data12 !== null) {
                                                                                const err72 = { instancePath: instancePath + "/max-latency-p95-ms", schemaPath: "#/definitions/milliseconds/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err72];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err72);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                            var _valid10 = _errs101 === errors;
                                                                            valid22 = valid22 || _valid10;
                                                                        }
                                                                        if (!valid22) {
                                                                            const err73 = { instancePath: instancePath + "/max-latency-p95-ms", schemaPath: "#/definitions/milliseconds/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err73];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err73);
                                                                            }
                                                                            errors++;
                                                                            validate13.errors = vErrors;
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            errors = _errs98;
                                                                            if (vErrors !== null) {
                                                                                if (_errs98) {
                                                                                    vErrors.length = _errs98;
                                                                                }
                                                                                else {
                                                                                    vErrors = null;
                                                                                }
                                                                            }
                                                                        }
                                                                        var valid0 = _errs96 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data["min-line-coverage"] !== undefined) {
                                                                            let data13 = data["min-line-coverage"];
                                                                            const _errs103 = errors;
                                                                            const _errs105 = errors;
                                                                            let valid24 = false;
                                                                            const _errs106 = errors;
                                                                            if (errors === _errs106) {
                                                                                if ((typeof data13 == "number") && (isFinite(data13))) {
                                                                                    if (data13 > 1 || isNaN(data13)) {
                                                                                        const err74 = { instancePath: instancePath + "/min-line-coverage", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err74];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err74);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                    else {
                                                                                        if (data13 < 0 || isNaN(data13)) {
                                                                                            const err75 = { instancePath: instancePath + "/min-line-coverage", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err75];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err75);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    const err76 = { instancePath: instancePath + "/min-line-coverage", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err76];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err76);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            var _valid11 = _errs106 === errors;
                                                                            valid24 = valid24 || _valid11;
                                                                            if (!valid24) {
                                                                                const _errs108 = errors;
                                                                                if (errors === _errs108) {
                                                                                    if (typeof data13 === "string") {
                                                                                        if (!pattern13.test(data13)) {
                                                                                            const err77 = { instancePath: instancePath + "/min-line-coverage", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err77];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err77);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        const err78 = { instancePath: instancePath + "/min-line-coverage", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err78];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err78);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                }
                                                                                var _valid11 = _errs108 === errors;
                                                                                valid24 = valid24 || _valid11;
                                                                                if (!valid24) {
                                                                                    const _errs110 = errors;
                                                                                    if (data13 !== null) {
                                                                                        const err79 = { instancePath: instancePath + "/min-line-coverage", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err79];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err79);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                    var _valid11 = _errs110 === errors;
                                                                                    valid24 = valid24 || _valid11;
                                                                                }
                                                                            }
                                                                            if (!valid24) {
                                                                                const err80 = { instancePath: instancePath + "/min-line-coverage", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err80];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err80);
                                                                                }
                                                                                errors++;
                                                                                validate13.errors = vErrors;
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                errors = _errs105;
                                                                                if (vErrors !== null) {
                                                                                    if (_errs105) {
                                                                                        vErrors.length = _errs105;
                                                                                    }
                                                                                    else {
                                                                                        vErrors = null;
                                                                                    }
                                                                                }
                                                                            }
                                                                            var valid0 = _errs103 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data["min-branch-coverage"] !== undefined) {
                                                                                let data14 = data["min-branch-coverage"];
                                                                                const _errs112 = errors;
                                                                                const _errs114 = errors;
                                                                                let valid26 = false;
                                                                                const _errs115 = errors;
                                                                                if (errors === _errs115) {
                                                                                    if ((typeof data14 == "number") && (isFinite(data14))) {
                                                                                        if (data14 > 1 || isNaN(data14)) {
                                                                                            const err81 = { instancePath: instancePath + "/min-branch-coverage", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err81];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err81);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                        else {
                                                                                            if (data14 < 0 || isNaN(data14)) {
                                                                                                const err82 = { instancePath: instancePath + "/min-branch-coverage", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err82];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err82);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        const err83 = { instancePath: instancePath + "/min-branch-coverage", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err83];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err83);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                }
                                                                                var _valid12 = _errs115 === errors;
                                                                                valid26 = valid26 || _valid12;
                                                                                if (!valid26) {
                                                                                    const _errs117 = errors;
                                                                                    if (errors === _errs117) {
                                                                                        if (typeof data14 === "string") {
                                                                                            if (!pattern13.test(data14)) {
                                                                                                const err84 = { instancePath: instancePath + "/min-branch-coverage", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err84];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err84);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            const err85 = { instancePath: instancePath + "/min-branch-coverage", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err85];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err85);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                    }
                                                                                    var _valid12 = _errs117 === errors;
                                                                                    valid26 = valid26 || _valid12;
                                                                                    if (!valid26) {
                                                                                        const _errs119 = errors;
                                                                                        if (data14 !== null) {
                                                                                            const err86 = { instancePath: instancePath + "/min-branch-coverage", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err86];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err86);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                        var _valid12 = _errs119 === errors;
                                                                                        valid26 = valid26 || _valid12;
                                                                                    }
                                                                                }
                                                                                if (!valid26) {
                                                                                    const err87 = { instancePath: instancePath + "/min-branch-coverage", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err87];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err87);
                                                                                    }
                                                                                    errors++;
                                                                                    validate13.errors = vErrors;
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    errors = _errs114;
                                                                                    if (vErrors !== null) {
                                                                                        if (_errs114) {
                                                                                            vErrors.length = _errs114;
                                                                                        }
                                                                                        else {
                                                                                            vErrors = null;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                var valid0 = _errs112 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                                if (data["min-patch-coverage"] !== undefined) {
                                                                                    let data15 = data["min-patch-coverage"];
                                                                                    const _errs121 = errors;
                                                                                    const _errs123 = errors;
                                                                                    let valid28 = false;
                                                                                    const _errs124 = errors;
                                                                                    if (errors === _errs124) {
                                                                                        if ((typeof data15 == "number") && (isFinite(data15))) {
                                                                                            if (data15 > 1 || isNaN(data15)) {
                                                                                                const err88 = { instancePath: instancePath + "/min-patch-coverage", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err88];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err88);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                            else {
                                                                                                if (data15 < 0 || isNaN(data15)) {
                                                                                                    const err89 = { instancePath: instancePath + "/min-patch-coverage", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                    if (vErrors === null) {
                                                                                                        vErrors = [err89];
                                                                                                    }
                                                                                                    else {
                                                                                                        vErrors.push(err89);
                                                                                                    }
                                                                                                    errors++;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            const err90 = { instancePath: instancePath + "/min-patch-coverage", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err90];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err90);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                    }
                                                                                    var _valid13 = _errs124 === errors;
                                                                                    valid28 = valid28 || _valid13;
                                                                                    if (!valid28) {
                                                                                        const _errs126 = errors;
                                                                                        if (errors === _errs126) {
                                                                                            if (typeof data15 === "string") {
                                                                                                if (!pattern13.test(data15)) {
                                                                                                    const err91 = { instancePath: instancePath + "/min-patch-coverage", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                                                    if (vErrors === null) {
                                                                                                        vErrors = [err91];
                                                                                                    }
                                                                                                    else {
                                                                                                        vErrors.push(err91);
                                                                                                    }
                                                                                                    errors++;
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                const err92 = { instancePath: instancePath + "/min-patch-coverage", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err92];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err92);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                        }
                                                                                        var _valid13 = _errs126 === errors;
                                                                                        valid28 = valid28 || _valid13;
                                                                                        if (!valid28) {
                                                                                            const _errs128 = errors;
                                                                                            if (data15 !== null) {
                                                                                                const err93 = { instancePath: instancePath + "/min-patch-coverage", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err93];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err93);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                            var _valid13 = _errs128 === errors;
                                                                                            valid28 = valid28 || _valid13;
                                                                                        }
                                                                                    }
                                                                                    if (!valid28) {
                                                                                        const err94 = { instancePath: instancePath + "/min-patch-coverage", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err94];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err94);
                                                                                        }
                                                                                        errors++;
                                                                                        validate13.errors = vErrors;
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        errors = _errs123;
                                                                                        if (vErrors !== null) {
                                                                                            if (_errs123) {
                                                                                                vErrors.length = _errs123;
                                                                                            }
                                                                                            else {
                                                                                                vErrors = null;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    var valid0 = _errs121 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid0 = true;
                                                                                }
                                                                                if (valid0) {
                                                                                    if (data["max-line-coverage-drop"] !== undefined) {
                                                                                        let data16 = data["max-line-coverage-drop"];
                                                                                        const _errs130 = errors;
                                                                                        const _errs132 = errors;
                                                                                        let valid30 = false;
                                                                                        const _errs133 = errors;
                                                                                        if (errors === _errs133) {
                                                                                            if ((typeof data16 == "number") && (isFinite(data16))) {
                                                                                                if (data16 > 1 || isNaN(data16)) {
                                                                                                    const err95 = { instancePath: instancePath + "/max-line-coverage-drop", schemaPath: "#/definitions/rate/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                                                                                                    if (vErrors === null) {
                                                                                                        vErrors = [err95];
                                                                                                    }
                                                                                                    else {
                                                                                                        vErrors.push(err95);
                                                                                                    }
                                                                                                    errors++;
                                                                                                }
                                                                                                else {
                                                                                                    if (data16 < 0 || isNaN(data16)) {
                                                                                                        const err96 = { instancePath: instancePath + "/max-line-coverage-drop", schemaPath: "#/definitions/rate/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                        if (vErrors === null) {
                                                                                                            vErrors = [err96];
                                                                                                        }
                                                                                                        else {
                                                                                                            vErrors.push(err96);
                                                                                                        }
                                                                                                        errors++;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                const err97 = { instancePath: instancePath + "/max-line-coverage-drop", schemaPath: "#/definitions/rate/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err97];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err97);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                        }
                                                                                        var _valid14 = _errs133 === errors;
                                                                                        valid30 = valid30 || _valid14;
                                                                                        if (!valid30) {
                                                                                            const _errs135 = errors;
                                                                                            if (errors === _errs135) {
                                                                                                if (typeof data16 === "string") {
                                                                                                    if (!pattern13.test(data16)) {
                                                                                                        const err98 = { instancePath: instancePath + "/max-line-coverage-drop", schemaPath: "#/definitions/rate/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: "must match pattern \"" + "^[0-9]+(\\.[0-9]+)?%$" + "\"" };
                                                                                                        if (vErrors === null) {
                                                                                                            vErrors = [err98];
                                                                                                        }
                                                                                                        else {
                                                                                                            vErrors.push(err98);
                                                                                                        }
                                                                                                        errors++;
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    const err99 = { instancePath: instancePath + "/max-line-coverage-drop", schemaPath: "#/definitions/rate/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                    if (vErrors === null) {
                                                                                                        vErrors = [err99];
                                                                                                    }
                                                                                                    else {
                                                                                                        vErrors.push(err99);
                                                                                                    }
                                                                                                    errors++;
                                                                                                }
                                                                                            }
                                                                                            var _valid14 = _errs135 === errors;
                                                                                            valid30 = valid30 || _valid14;
                                                                                            if (!valid30) {
                                                                                                const _errs137 = errors;
                                                                                                if (data16 !== null) {
                                                                                                    const err100 = { instancePath: instancePath + "/max-line-coverage-drop", schemaPath: "#/definitions/rate/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                    if (vErrors === null) {
                                                                                                        vErrors = [err100];
                                                                                                    }
                                                                                                    else {
                                                                                                        vErrors.push(err100);
                                                                                                    }
                                                                                                    errors++;
                                                                                                }
                                                                                                var _valid14 = _errs137 === errors;
                                                                                                valid30 = valid30 || _valid14;
                                                                                            }
                                                                                        }
                                                                                        if (!valid30) {
                                                                                            const err101 = { instancePath: instancePath + "/max-line-coverage-drop", schemaPath: "#/definitions/rate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err101];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err101);
                                                                                            }
                                                                                            errors++;
                                                                                            validate13.errors = vErrors;
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            errors = _errs132;
                                                                                            if (vErrors !== null) {
                                                                                                if (_errs132) {
                                                                                                    vErrors.length = _errs132;
                                                                                                }
                                                                                                else {
                                                                                                    vErrors = null;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        var valid0 = _errs130 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid0 = true;
                                                                                    }
                                                                                    if (valid0) {
                                                                                        if (data.regression !== undefined) {
                                                                                            let data17 = data.regression;
                                                                                            const _errs139 = errors;
                                                                                            if (typeof data17 !== "string") {
                                                                                                validate13.errors = [{ instancePath: instancePath + "/regression", schemaPath: "#/definitions/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                            if (!(((data17 === "fail") || (data17 === "warn")) || (data17 === "ignore"))) {
                                                                                                validate13.errors = [{ instancePath: instancePath + "/regression", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                return false;
                                                                                            }
                                                                                            var valid0 = _errs139 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid0 = true;
                                                                                        }
                                                                                        if (valid0) {
                                                                                            if (data.alpha !== undefined) {
                                                                                                let data18 = data.alpha;
                                                                                                const _errs142 = errors;
                                                                                                if (errors === _errs142) {
                                                                                                    if ((typeof data18 == "number") && (isFinite(data18))) {
                                                                                                        if (data18 > 0.5 || isNaN(data18)) {
                                                                                                            validate13.errors = [{ instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        else {
                                                                                                            if (data18 <= 0 || isNaN(data18)) {
                                                                                                                validate13.errors = [{ instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate13.errors = [{ instancePath: instancePath + "/alpha", schemaPath: "#/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid0 = _errs142 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid0 = true;
                                                                                            }
                                                                                            if (valid0) {
                                                                                                if (data["min-effect"] !== undefined) {
                                                                                                    let data19 = data["min-effect"];
                                                                                                    const _errs144 = errors;
                                                                                                    if (errors === _errs144) {
                                                                                                        if ((typeof data19 == "number") && (isFinite(data19))) {
                                                                                                            if (data19 > 1 || isNaN(data19)) {
                                                                                                                validate13.errors = [{ instancePath: instancePath + "/min-effect", schemaPath: "#/properties/min-effect/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            else {
                                                                                                                if (data19 < 0 || isNaN(data19)) {
                                                                                                                    validate13.errors = [{ instancePath: instancePath + "/min-effect", schemaPath: "#/properties/min-effect/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate13.errors = [{ instancePath: instancePath + "/min-effect", schemaPath: "#/properties/min-effect/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid0 = _errs144 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid0 = true;
                                                                                                }
                                                                                                if (valid0) {
                                                                                                    if (data["missing-responses"] !== undefined) {
                                                                                                        let data20 = data["missing-responses"];
                                                                                                        const _errs146 = errors;
                                                                                                        if (typeof data20 !== "string") {
                                                                                                            validate13.errors = [{ instancePath: instancePath + "/missing-responses", schemaPath: "#/definitions/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        if (!(((data20 === "fail") || (data20 === "warn")) || (data20 === "ignore"))) {
                                                                                                            validate13.errors = [{ instancePath: instancePath + "/missing-responses", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        var valid0 = _errs146 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid0 = true;
                                                                                                    }
                                                                                                    if (valid0) {
                                                                                                        if (data["unknown-responses"] !== undefined) {
                                                                                                            let data21 = data["unknown-responses"];
                                                                                                            const _errs149 = errors;
                                                                                                            if (typeof data21 !== "string") {
                                                                                                                validate13.errors = [{ instancePath: instancePath + "/unknown-responses", schemaPath: "#/definitions/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            if (!(((data21 === "fail") || (data21 === "warn")) || (data21 === "ignore"))) {
                                                                                                                validate13.errors = [{ instancePath: instancePath + "/unknown-responses", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid0 = _errs149 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid0 = true;
                                                                                                        }
                                                                                                        if (valid0) {
                                                                                                            if (data["missing-inputs"] !== undefined) {
                                                                                                                let data22 = data["missing-inputs"];
                                                                                                                const _errs152 = errors;
                                                                                                                if (typeof data22 !== "string") {
                                                                                                                    validate13.errors = [{ instancePath: instancePath + "/missing-inputs", schemaPath: "#/definitions/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                if (!(((data22 === "fail") || (data22 === "warn")) || (data22 === "ignore"))) {
                                                                                                                    validate13.errors = [{ instancePath: instancePath + "/missing-inputs", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid0 = _errs152 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid0 = true;
                                                                                                            }
                                                                                                            if (valid0) {
                                                                                                                if (data["judge-score-drift"] !== undefined) {
                                                                                                                    let data23 = data["judge-score-drift"];
                                                                                                                    const _errs155 = errors;
                                                                                                                    if (typeof data23 !== "string") {
                                                                                                                        validate13.errors = [{ instancePath: instancePath + "/judge-score-drift", schemaPath: "#/definitions/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    if (!(((data23 === "fail") || (data23 === "warn")) || (data23 === "ignore"))) {
                                                                                                                        validate13.errors = [{ instancePath: instancePath + "/judge-score-drift", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid0 = _errs155 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid0 = true;
                                                                                                                }
                                                                                                                if (valid0) {
                                                                                                                    if (data["latency-drift"] !== undefined) {
                                                                                                                        let data24 = data["latency-drift"];
                                                                                                                        const _errs158 = errors;
                                                                                                                        if (typeof data24 !== "string") {
                                                                                                                            validate13.errors = [{ instancePath: instancePath + "/latency-drift", schemaPath: "#/definitions/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        if (!(((data24 === "fail") || (data24 === "warn")) || (data24 === "ignore"))) {
                                                                                                                            validate13.errors = [{ instancePath: instancePath + "/latency-drift", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid0 = _errs158 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid0 = true;
                                                                                                                    }
                                                                                                                    if (valid0) {
                                                                                                                        if (data.certification !== undefined) {
                                                                                                                            let data25 = data.certification;
                                                                                                                            const _errs161 = errors;
                                                                                                                            if (typeof data25 !== "string") {
                                                                                                                                validate13.errors = [{ instancePath: instancePath + "/certification", schemaPath: "#/definitions/action/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            if (!(((data25 === "fail") || (data25 === "warn")) || (data25 === "ignore"))) {
                                                                                                                                validate13.errors = [{ instancePath: instancePath + "/certification", schemaPath: "#/definitions/action/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            var valid0 = _errs161 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid0 = true;
                                                                                                                        }
                                                                                                                        if (valid0) {
                                                                                                                            if (data["certification-bound"] !== undefined) {
                                                                                                                                let data26 = data["certification-bound"];
                                                                                                                                const _errs164 = errors;
                                                                                                                                if (typeof data26 !== "string") {
                                                                                                                                    validate13.errors = [{ instancePath: instancePath + "/certification-bound", schemaPath: "#/properties/certification-bound/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                if (!((data26 === "exact") || (data26 === "wilson"))) {
                                                                                                                                    validate13.errors = [{ instancePath: instancePath + "/certification-bound", schemaPath: "#/properties/certification-bound/enum", keyword: "enum", params: { allowedValues: schema16.properties["certification-bound"].enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                var valid0 = _errs164 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid0 = true;
                                                                                                                            }
                                                                                                                            if (valid0) {
                                                                                                                                if (data.override !== undefined) {
                                                                                                                                    let data27 = data.override;
                                                                                                                                    const _errs166 = errors;
                                                                                                                                    if (typeof data27 !== "string") {
                                                                                                                                        validate13.errors = [{ instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    if (!(((data27 === "maintainer-approval") || (data27 === "write-label")) || (data27 === "none"))) {
                                                                                                                                        validate13.errors = [{ instancePath: instancePath + "/override", schemaPath: "#/properties/override/enum", keyword: "enum", params: { allowedValues: schema16.properties.override.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    var valid0 = _errs166 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid0 = true;
                                                                                                                                }
                                                                                                                                if (valid0) {
                                                                                                                                    if (data["override-label"] !== undefined) {
                                                                                                                                        let data28 = data["override-label"];
                                                                                                                                        const _errs168 = errors;
                                                                                                                                        if (errors === _errs168) {
                                                                                                                                            if (typeof data28 === "string") {
                                                                                                                                                if (func2(data28) > 50) {
                                                                                                                                                    validate13.errors = [{ instancePath: instancePath + "/override-label", schemaPath: "#/properties/override-label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    if (func2(data28) < 1) {
                                                                                                                                                        validate13.errors = [{ instancePath: instancePath + "/override-label", schemaPath: "#/properties/override-label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                validate13.errors = [{ instancePath: instancePath + "/override-label", schemaPath: "#/properties/override-label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        var valid0 = _errs168 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid0 = true;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate13.errors = vErrors;
    return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://github.com/factgate/factgate/schemas/config.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!(func38.call(schema15.properties, key0))) {
                    validate12.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data["golden-set"] !== undefined) {
                    let data0 = data["golden-set"];
                    const _errs2 = errors;
                    const _errs3 = errors;
                    let valid1 = false;
                    const _errs4 = errors;
                    if (errors === _errs4) {
                        if (typeof data0 === "string") {
                            if (func2(data0) > 4096) {
                                const err0 = { instancePath: instancePath + "/golden-set", schemaPath: "#/properties/golden-set/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                if (vErrors === null) {
                                    vErrors = [err0];
                                }
                                else {
                                    vErrors.push(err0);
                                }
                                errors++;
                            }
                            else {
                                if (func2(data0) < 1) {
                                    const err1 = { instancePath: instancePath + "/golden-set", schemaPath: "#/properties/golden-set/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err1];
                                    }
                                    else {
                                        vErrors.push(err1);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err2 = { instancePath: instancePath + "/golden-set", schemaPath: "#/properties/golden-set/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs4 === errors;
                    valid1 = valid1 || _valid0;
                    if (!valid1) {
                        const _errs6 = errors;
                        if (errors === _errs6) {
                            if (Array.isArray(data0)) {
                                if (data0.length > 1000) {
                                    const err3 = { instancePath: instancePath + "/golden-set", schemaPath: "#/properties/golden-set/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                                    if (vErrors === null) {
                                        vErrors = [err3];
                                    }
                                    else {
                                        vErrors.push(err3);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data0.length < 1) {
                                        const err4 = { instancePath: instancePath + "/golden-set", schemaPath: "#/properties/golden-set/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                        if (vErrors === null) {
                                            vErrors = [err4];
                                        }
                                        else {
                                            vErrors.push(err4);
                                        }
                                        errors++;
                                    }
                                    else {
                                        var valid2 = true;
                                        const len0 = data0.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            let data1 = data0[i0];
                                            const _errs8 = errors;
                                            if (errors === _errs8) {
                                                if (typeof data1 === "string") {
                                                    if (func2(data1) > 4096) {
                                                        const err5 = { instancePath: instancePath + "/golden-set/" + i0, schemaPath: "#/properties/golden-set/anyOf/1/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err5];
                                                        }
                                                        else {
                                                            vErrors.push(err5);
                                                        }
                                                        errors++;
                                                    }
                                                    else {
                                                        if (func2(data1) < 1) {
                                                            const err6 = { instancePath: instancePath + "/golden-set/" + i0, schemaPath: "#/properties/golden-set/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                            if (vErrors === null) {
                                                                vErrors = [err6];
                                                            }
                                                            else {
                                                                vErrors.push(err6);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err7 = { instancePath: instancePath + "/golden-set/" + i0, schemaPath: "#/properties/golden-set/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err7];
                                                    }
                                                    else {
                                                        vErrors.push(err7);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            var valid2 = _errs8 === errors;
                                            if (!valid2) {
                                                break;
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                const err8 = { instancePath: instancePath + "/golden-set", schemaPath: "#/properties/golden-set/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        var _valid0 = _errs6 === errors;
                        valid1 = valid1 || _valid0;
                    }
                    if (!valid1) {
                        const err9 = { instancePath: instancePath + "/golden-set", schemaPath: "#/properties/golden-set/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                        validate12.errors = vErrors;
                        return false;
                    }
                    else {
                        errors = _errs3;
                        if (vErrors !== null) {
                            if (_errs3) {
                                vErrors.length = _errs3;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.responses !== undefined) {
                        let data2 = data.responses;
                        const _errs10 = errors;
                        if (errors === _errs10) {
                            if (typeof data2 === "string") {
                                if (func2(data2) > 4096) {
                                    validate12.errors = [{ instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                    return false;
                                }
                                else {
                                    if (func2(data2) < 1) {
                                        validate12.errors = [{ instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                    }
                                }
                            }
                            else {
                                validate12.errors = [{ instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs10 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.command !== undefined) {
                            let data3 = data.command;
                            const _errs12 = errors;
                            if (errors === _errs12) {
                                if (typeof data3 === "string") {
                                    if (func2(data3) > 4096) {
                                        validate12.errors = [{ instancePath: instancePath + "/command", schemaPath: "#/properties/command/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                        return false;
                                    }
                                    else {
                                        if (func2(data3) < 1) {
                                            validate12.errors = [{ instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                        }
                                    }
                                }
                                else {
                                    validate12.errors = [{ instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs12 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data["command-mode"] !== undefined) {
                                let data4 = data["command-mode"];
                                const _errs14 = errors;
                                if (typeof data4 !== "string") {
                                    validate12.errors = [{ instancePath: instancePath + "/command-mode", schemaPath: "#/properties/command-mode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                if (!((data4 === "per-case") || (data4 === "worker"))) {
                                    validate12.errors = [{ instancePath: instancePath + "/command-mode", schemaPath: "#/properties/command-mode/enum", keyword: "enum", params: { allowedValues: schema15.properties["command-mode"].enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                }
                                var valid0 = _errs14 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data["command-cwd"] !== undefined) {
                                    let data5 = data["command-cwd"];
                                    const _errs16 = errors;
                                    if (errors === _errs16) {
                                        if (typeof data5 === "string") {
                                            if (func2(data5) > 4096) {
                                                validate12.errors = [{ instancePath: instancePath + "/command-cwd", schemaPath: "#/properties/command-cwd/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                return false;
                                            }
                                            else {
                                                if (func2(data5) < 1) {
                                                    validate12.errors = [{ instancePath: instancePath + "/command-cwd", schemaPath: "#/properties/command-cwd/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                }
                                            }
                                        }
                                        else {
                                            validate12.errors = [{ instancePath: instancePath + "/command-cwd", schemaPath: "#/properties/command-cwd/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs16 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.endpoint !== undefined) {
                                        let data6 = data.endpoint;
                                        const _errs18 = errors;
                                        if (errors === _errs18) {
                                            if (typeof data6 === "string") {
                                                if (func2(data6) > 4096) {
                                                    validate12.errors = [{ instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                    return false;
                                                }
                                                else {
                                                    if (!pattern2.test(data6)) {
                                                        validate12.errors = [{ instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: "must match pattern \"" + "^https?://" + "\"" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                            else {
                                                validate12.errors = [{ instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs18 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data["endpoint-header"] !== undefined) {
                                            let data7 = data["endpoint-header"];
                                            const _errs20 = errors;
                                            const _errs21 = errors;
                                            let valid3 = false;
                                            const _errs22 = errors;
                                            if (errors === _errs22) {
                                                if (typeof data7 === "string") {
                                                    if (func2(data7) > 4096) {
                                                        const err10 = { instancePath: instancePath + "/endpoint-header", schemaPath: "#/properties/endpoint-header/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                        if (vErrors === null) {
                                                            vErrors = [err10];
                                                        }
                                                        else {
                                                            vErrors.push(err10);
                                                        }
                                                        errors++;
                                                    }
                                                    else {
                                                        if (func2(data7) < 1) {
                                                            const err11 = { instancePath: instancePath + "/endpoint-header", schemaPath: "#/properties/endpoint-header/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                            if (vErrors === null) {
                                                                vErrors = [err11];
                                                            }
                                                            else {
                                                                vErrors.push(err11);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err12 = { instancePath: instancePath + "/endpoint-header", schemaPath: "#/properties/endpoint-header/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                        vErrors = [err12];
                                                    }
                                                    else {
                                                        vErrors.push(err12);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            var _valid1 = _errs22 === errors;
                                            valid3 = valid3 || _valid1;
                                            if (!valid3) {
                                                const _errs24 = errors;
                                                if (errors === _errs24) {
                                                    if (Array.isArray(data7)) {
                                                        if (data7.length > 1000) {
                                                            const err13 = { instancePath: instancePath + "/endpoint-header", schemaPath: "#/properties/endpoint-header/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                                                            if (vErrors === null) {
                                                                vErrors = [err13];
                                                            }
                                                            else {
                                                                vErrors.push(err13);
                                                            }
                                                            errors++;
                                                        }
                                                        else {
                                                            if (data7.length < 1) {
                                                                const err14 = { instancePath: instancePath + "/endpoint-header", schemaPath: "#/properties/endpoint-header/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err14];
                                                                }
                                                                else {
                                                                    vErrors.push(err14);
                                                                }
                                                                errors++;
                                                            }
                                                            else {
                                                                var valid4 = true;
                                                                const len1 = data7.length;
                                                                for (let i1 = 0; i1 < len1; i1++) {
                                                                    let data8 = data7[i1];
                                                                    const _errs26 = errors;
                                                                    if (errors === _errs26) {
                                                                        if (typeof data8 === "string") {
                                                                            if (func2(data8) > 4096) {
                                                                                const err15 = { instancePath: instancePath + "/endpoint-header/" + i1, schemaPath: "#/properties/endpoint-header/anyOf/1/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err15];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err15);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                            else {
                                                                                if (func2(data8) < 1) {
                                                                                    const err16 = { instancePath: instancePath + "/endpoint-header/" + i1, schemaPath: "#/properties/endpoint-header/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err16];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err16);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            const err17 = { instancePath: instancePath + "/endpoint-header/" + i1, schemaPath: "#/properties/endpoint-header/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err17];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err17);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    var valid4 = _errs26 === errors;
                                                                    if (!valid4) {
                                                                        break;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err18 = { instancePath: instancePath + "/endpoint-header", schemaPath: "#/properties/endpoint-header/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                        if (vErrors === null) {
                                                            vErrors = [err18];
                                                        }
                                                        else {
                                                            vErrors.push(err18);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var _valid1 = _errs24 === errors;
                                                valid3 = valid3 || _valid1;
                                            }
                                            if (!valid3) {
                                                const err19 = { instancePath: instancePath + "/endpoint-header", schemaPath: "#/properties/endpoint-header/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                if (vErrors === null) {
                                                    vErrors = [err19];
                                                }
                                                else {
                                                    vErrors.push(err19);
                                                }
                                                errors++;
                                                validate12.errors = vErrors;
                                                return false;
                                            }
                                            else {
                                                errors = _errs21;
                                                if (vErrors !== null) {
                                                    if (_errs21) {
                                                        vErrors.length = _errs21;
                                                    }
                                                    else {
                                                        vErrors = null;
                                                    }
                                                }
                                            }
                                            var valid0 = _errs20 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data["endpoint-body"] !== undefined) {
                                                let data9 = data["endpoint-body"];
                                                const _errs28 = errors;
                                                const _errs29 = errors;
                                                let valid5 = false;
                                                const _errs30 = errors;
                                                if (errors === _errs30) {
                                                    if (typeof data9 === "string") {
                                                        if (func2(data9) > 100000) {
                                                            const err20 = { instancePath: instancePath + "/endpoint-body", schemaPath: "#/properties/endpoint-body/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 100000 }, message: "must NOT have more than 100000 characters" };
                                                            if (vErrors === null) {
                                                                vErrors = [err20];
                                                            }
                                                            else {
                                                                vErrors.push(err20);
                                                            }
                                                            errors++;
                                                        }
                                                        else {
                                                            if (func2(data9) < 1) {
                                                                const err21 = { instancePath: instancePath + "/endpoint-body", schemaPath: "#/properties/endpoint-body/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err21];
                                                                }
                                                                else {
                                                                    vErrors.push(err21);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err22 = { instancePath: instancePath + "/endpoint-body", schemaPath: "#/properties/endpoint-body/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                        if (vErrors === null) {
                                                            vErrors = [err22];
                                                        }
                                                        else {
                                                            vErrors.push(err22);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var _valid2 = _errs30 === errors;
                                                valid5 = valid5 || _valid2;
                                                if (!valid5) {
                                                    const _errs32 = errors;
                                                    if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                                                        const err23 = { instancePath: instancePath + "/endpoint-body", schemaPath: "#/properties/endpoint-body/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        if (vErrors === null) {
                                                            vErrors = [err23];
                                                        }
                                                        else {
                                                            vErrors.push(err23);
                                                        }
                                                        errors++;
                                                    }
                                                    var _valid2 = _errs32 === errors;
                                                    valid5 = valid5 || _valid2;
                                                    if (!valid5) {
                                                        const _errs34 = errors;
                                                        if (!(Array.isArray(data9))) {
                                                            const err24 = { instancePath: instancePath + "/endpoint-body", schemaPath: "#/properties/endpoint-body/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                            if (vErrors === null) {
                                                                vErrors = [err24];
                                                            }
                                                            else {
                                                                vErrors.push(err24);
                                                            }
                                                            errors++;
                                                        }
                                                        var _valid2 = _errs34 === errors;
                                                        valid5 = valid5 || _valid2;
                                                    }
                                                }
                                                if (!valid5) {
                                                    const err25 = { instancePath: instancePath + "/endpoint-body", schemaPath: "#/properties/endpoint-body/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                    if (vErrors === null) {
                                                        vErrors = [err25];
                                                    }
                                                    else {
                                                        vErrors.push(err25);
                                                    }
                                                    errors++;
                                                    validate12.errors = vErrors;
                                                    return false;
                                                }
                                                else {
                                                    errors = _errs29;
                                                    if (vErrors !== null) {
                                                        if (_errs29) {
                                                            vErrors.length = _errs29;
                                                        }
                                                        else {
                                                            vErrors = null;
                                                        }
                                                    }
                                                }
                                                var valid0 = _errs28 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data["answer-path"] !== undefined) {
                                                    let data10 = data["answer-path"];
                                                    const _errs36 = errors;
                                                    if (errors === _errs36) {
                                                        if (typeof data10 === "string") {
                                                            if (func2(data10) > 256) {
                                                                validate12.errors = [{ instancePath: instancePath + "/answer-path", schemaPath: "#/properties/answer-path/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                return false;
                                                            }
                                                            else {
                                                                if (func2(data10) < 1) {
                                                                    validate12.errors = [{ instancePath: instancePath + "/answer-path", schemaPath: "#/properties/answer-path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                    return false;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate12.errors = [{ instancePath: instancePath + "/answer-path", schemaPath: "#/properties/answer-path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs36 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data["claims-path"] !== undefined) {
                                                        let data11 = data["claims-path"];
                                                        const _errs38 = errors;
                                                        if (errors === _errs38) {
                                                            if (typeof data11 === "string") {
                                                                if (func2(data11) > 256) {
                                                                    validate12.errors = [{ instancePath: instancePath + "/claims-path", schemaPath: "#/properties/claims-path/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    if (func2(data11) < 1) {
                                                                        validate12.errors = [{ instancePath: instancePath + "/claims-path", schemaPath: "#/properties/claims-path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                        return false;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate12.errors = [{ instancePath: instancePath + "/claims-path", schemaPath: "#/properties/claims-path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs38 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data["contexts-path"] !== undefined) {
                                                            let data12 = data["contexts-path"];
                                                            const _errs40 = errors;
                                                            if (errors === _errs40) {
                                                                if (typeof data12 === "string") {
                                                                    if (func2(data12) > 256) {
                                                                        validate12.errors = [{ instancePath: instancePath + "/contexts-path", schemaPath: "#/properties/contexts-path/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        if (func2(data12) < 1) {
                                                                            validate12.errors = [{ instancePath: instancePath + "/contexts-path", schemaPath: "#/properties/contexts-path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    validate12.errors = [{ instancePath: instancePath + "/contexts-path", schemaPath: "#/properties/contexts-path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid0 = _errs40 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.concurrency !== undefined) {
                                                                let data13 = data.concurrency;
                                                                const _errs42 = errors;
                                                                const _errs43 = errors;
                                                                let valid6 = false;
                                                                const _errs44 = errors;
                                                                if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                                                                    const err26 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err26];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err26);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (errors === _errs44) {
                                                                    if ((typeof data13 == "number") && (isFinite(data13))) {
                                                                        if (data13 < 0 || isNaN(data13)) {
                                                                            const err27 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err27];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err27);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                var _valid3 = _errs44 === errors;
                                                                valid6 = valid6 || _valid3;
                                                                if (!valid6) {
                                                                    const _errs46 = errors;
                                                                    if (errors === _errs46) {
                                                                        if (typeof data13 === "string") {
                                                                            if (!pattern3.test(data13)) {
                                                                                const err28 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+$" + "\"" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err28];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err28);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        else {
                                                                            const err29 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err29];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err29);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    var _valid3 = _errs46 === errors;
                                                                    valid6 = valid6 || _valid3;
                                                                }
                                                                if (!valid6) {
                                                                    const err30 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err30];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err30);
                                                                    }
                                                                    errors++;
                                                                    validate12.errors = vErrors;
                                                                    return false;
                                                                }
                                                                else {
                                                                    errors = _errs43;
                                                                    if (vErrors !== null) {
                                                                        if (_errs43) {
                                                                            vErrors.length = _errs43;
                                                                        }
                                                                        else {
                                                                            vErrors = null;
                                                                        }
                                                                    }
                                                                }
                                                                var valid0 = _errs42 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data["timeout-ms"] !== undefined) {
                                                                    let data14 = data["timeout-ms"];
                                                                    const _errs48 = errors;
                                                                    const _errs49 = errors;
                                                                    let valid7 = false;
                                                                    const _errs50 = errors;
                                                                    if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                                                                        const err31 = { instancePath: instancePath + "/timeout-ms", schemaPath: "#/properties/timeout-ms/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err31];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err31);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                    if (errors === _errs50) {
                                                                        if ((typeof data14 == "number") && (isFinite(data14))) {
                                                                            if (data14 < 0 || isNaN(data14)) {
                                                                                const err32 = { instancePath: instancePath + "/timeout-ms", schemaPath: "#/properties/timeout-ms/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err32];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err32);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                    }
                                                                    var _valid4 = _errs50 === errors;
                                                                    valid7 = valid7 || _valid4;
                                                                    if (!valid7) {
                                                                        const _errs52 = errors;
                                                                        if (errors === _errs52) {
                                                                            if (typeof data14 === "string") {
                                                                                if (!pattern3.test(data14)) {
                                                                                    const err33 = { instancePath: instancePath + "/timeout-ms", schemaPath: "#/properties/timeout-ms/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+$" + "\"" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err33];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err33);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err34 = { instancePath: instancePath + "/timeout-ms", schemaPath: "#/properties/timeout-ms/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err34];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err34);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        var _valid4 = _errs52 === errors;
                                                                        valid7 = valid7 || _valid4;
                                                                    }
                                                                    if (!valid7) {
                                                                        const err35 = { instancePath: instancePath + "/timeout-ms", schemaPath: "#/properties/timeout-ms/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err35];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err35);
                                                                        }
                                                                        errors++;
                                                                        validate12.errors = vErrors;
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        errors = _errs49;
                                                                        if (vErrors !== null) {
                                                                            if (_errs49) {
                                                                                vErrors.length = _errs49;
                                                                            }
                                                                            else {
                                                                                vErrors = null;
                                                                            }
                                                                        }
                                                                    }
                                                                    var valid0 = _errs48 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data["worker-start-timeout-ms"] !== undefined) {
                                                                        let data15 = data["worker-start-timeout-ms"];
                                                                        const _errs54 = errors;
                                                                        const _errs55 = errors;
                                                                        let valid8 = false;
                                                                        const _errs56 = errors;
                                                                        if (!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) {
                                                                            const err36 = { instancePath: instancePath + "/worker-start-timeout-ms", schemaPath: "#/properties/worker-start-timeout-ms/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err36];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err36);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        if (errors === _errs56) {
                                                                            if ((typeof data15 == "number") && (isFinite(data15))) {
                                                                                if (data15 < 0 || isNaN(data15)) {
                                                                                    const err37 = { instancePath: instancePath + "/worker-start-timeout-ms", schemaPath: "#/properties/worker-start-timeout-ms/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err37];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err37);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                        }
                                                                        var _valid5 = _errs56 === errors;
                                                                        valid8 = valid8 || _valid5;
                                                                        if (!valid8) {
                                                                            const _errs58 = errors;
                                                                            if (errors === _errs58) {
                                                                                if (typeof data15 === "string") {
                                                                                    if (!pattern3.test(data15)) {
                                                                                        const err38 = { instancePath: instancePath + "/worker-start-timeout-ms", schemaPath: "#/properties/worker-start-timeout-ms/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+$" + "\"" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err38];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err38);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    const err39 = { instancePath: instancePath + "/worker-start-timeout-ms", schemaPath: "#/properties/worker-start-timeout-ms/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err39];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err39);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                            var _valid5 = _errs58 === errors;
                                                                            valid8 = valid8 || _valid5;
                                                                        }
                                                                        if (!valid8) {
                                                                            const err40 = { instancePath: instancePath + "/worker-start-timeout-ms", schemaPath: "#/properties/worker-start-timeout-ms/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err40];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err40);
                                                                            }
                                                                            errors++;
                                                                            validate12.errors = vErrors;
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            errors = _errs55;
                                                                            if (vErrors !== null) {
                                                                                if (_errs55) {
                                                                                    vErrors.length = _errs55;
                                                                                }
                                                                                else {
                                                                                    vErrors = null;
                                                                                }
                                                                            }
                                                                        }
                                                                        var valid0 = _errs54 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.retries !== undefined) {
                                                                            let data16 = data.retries;
                                                                            const _errs60 = errors;
                                                                            const _errs61 = errors;
                                                                            let valid9 = false;
                                                                            const _errs62 = errors;
                                                                            if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                                                                                const err41 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err41];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err41);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                            if (errors === _errs62) {
                                                                                if ((typeof data16 == "number") && (isFinite(data16))) {
                                                                                    if (data16 < 0 || isNaN(data16)) {
                                                                                        const err42 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err42];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err42);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                }
                                                                            }
                                                                            var _valid6 = _errs62 === errors;
                                                                            valid9 = valid9 || _valid6;
                                                                            if (!valid9) {
                                                                                const _errs64 = errors;
                                                                                if (errors === _errs64) {
                                                                                    if (typeof data16 === "string") {
                                                                                        if (!pattern3.test(data16)) {
                                                                                            const err43 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+$" + "\"" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err43];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err43);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        const err44 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err44];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err44);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                }
                                                                                var _valid6 = _errs64 === errors;
                                                                                valid9 = valid9 || _valid6;
                                                                            }
                                                                            if (!valid9) {
                                                                                const err45 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err45];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err45);
                                                                                }
                                                                                errors++;
                                                                                validate12.errors = vErrors;
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                errors = _errs61;
                                                                                if (vErrors !== null) {
                                                                                    if (_errs61) {
                                                                                        vErrors.length = _errs61;
                                                                                    }
                                                                                    else {
                                                                                        vErrors = null;
                                                                                    }
                                                                                }
                                                                            }
                                                                            var valid0 = _errs60 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.shard !== undefined) {
                                                                                let data17 = data.shard;
                                                                                const _errs66 = errors;
                                                                                if (errors === _errs66) {
                                                                                    if (typeof data17 === "string") {
                                                                                        if (!pattern7.test(data17)) {
                                                                                            validate12.errors = [{ instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/pattern", keyword: "pattern", params: { pattern: "^[0-9]+/[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+/[0-9]+$" + "\"" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate12.errors = [{ instancePath: instancePath + "/shard", schemaPath: "#/properties/shard/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid0 = _errs66 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                                if (data.judge !== undefined) {
                                                                                    let data18 = data.judge;
                                                                                    const _errs68 = errors;
                                                                                    if (typeof data18 !== "string") {
                                                                                        validate12.errors = [{ instancePath: instancePath + "/judge", schemaPath: "#/properties/judge/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                    if (!((((data18 === "deterministic") || (data18 === "llm")) || (data18 === "command")) || (data18 === "hybrid"))) {
                                                                                        validate12.errors = [{ instancePath: instancePath + "/judge", schemaPath: "#/properties/judge/enum", keyword: "enum", params: { allowedValues: schema15.properties.judge.enum }, message: "must be equal to one of the allowed values" }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid0 = _errs68 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid0 = true;
                                                                                }
                                                                                if (valid0) {
                                                                                    if (data["judge-url"] !== undefined) {
                                                                                        let data19 = data["judge-url"];
                                                                                        const _errs70 = errors;
                                                                                        if (errors === _errs70) {
                                                                                            if (typeof data19 === "string") {
                                                                                                if (func2(data19) > 4096) {
                                                                                                    validate12.errors = [{ instancePath: instancePath + "/judge-url", schemaPath: "#/properties/judge-url/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    if (!pattern2.test(data19)) {
                                                                                                        validate12.errors = [{ instancePath: instancePath + "/judge-url", schemaPath: "#/properties/judge-url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: "must match pattern \"" + "^https?://" + "\"" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate12.errors = [{ instancePath: instancePath + "/judge-url", schemaPath: "#/properties/judge-url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid0 = _errs70 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid0 = true;
                                                                                    }
                                                                                    if (valid0) {
                                                                                        if (data["judge-model"] !== undefined) {
                                                                                            let data20 = data["judge-model"];
                                                                                            const _errs72 = errors;
                                                                                            if (errors === _errs72) {
                                                                                                if (typeof data20 === "string") {
                                                                                                    if (func2(data20) > 256) {
                                                                                                        validate12.errors = [{ instancePath: instancePath + "/judge-model", schemaPath: "#/properties/judge-model/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    else {
                                                                                                        if (func2(data20) < 1) {
                                                                                                            validate12.errors = [{ instancePath: instancePath + "/judge-model", schemaPath: "#/properties/judge-model/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate12.errors = [{ instancePath: instancePath + "/judge-model", schemaPath: "#/properties/judge-model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid0 = _errs72 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid0 = true;
                                                                                        }
                                                                                        if (valid0) {
                                                                                            if (data["judge-api-key-env"] !== undefined) {
                                                                                                let data21 = data["judge-api-key-env"];
                                                                                                const _errs74 = errors;
                                                                                                if (errors === _errs74) {
                                                                                                    if (typeof data21 === "string") {
                                                                                                        if (func2(data21) > 128) {
                                                                                                            validate12.errors = [{ instancePath: instancePath + "/judge-api-key-env", schemaPath: "#/properties/judge-api-key-env/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        else {
                                                                                                            if (!pattern9.test(data21)) {
                                                                                                                validate12.errors = [{ instancePath: instancePath + "/judge-api-key-env", schemaPath: "#/properties/judge-api-key-env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate12.errors = [{ instancePath: instancePath + "/judge-api-key-env", schemaPath: "#/properties/judge-api-key-env/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid0 = _errs74 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid0 = true;
                                                                                            }
                                                                                            if (valid0) {
                                                                                                if (data["judge-command"] !== undefined) {
                                                                                                    let data22 = data["judge-command"];
                                                                                                    const _errs76 = errors;
                                                                                                    if (errors === _errs76) {
                                                                                                        if (typeof data22 === "string") {
                                                                                                            if (func2(data22) > 4096) {
                                                                                                                validate12.errors = [{ instancePath: instancePath + "/judge-command", schemaPath: "#/properties/judge-command/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            else {
                                                                                                                if (func2(data22) < 1) {
                                                                                                                    validate12.errors = [{ instancePath: instancePath + "/judge-command", schemaPath: "#/properties/judge-command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate12.errors = [{ instancePath: instancePath + "/judge-command", schemaPath: "#/properties/judge-command/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid0 = _errs76 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid0 = true;
                                                                                                }
                                                                                                if (valid0) {
                                                                                                    if (data["judge-concurrency"] !== undefined) {
                                                                                                        let data23 = data["judge-concurrency"];
                                                                                                        const _errs78 = errors;
                                                                                                        const _errs79 = errors;
                                                                                                        let valid10 = false;
                                                                                                        const _errs80 = errors;
                                                                                                        if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                                                                                                            const err46 = { instancePath: instancePath + "/judge-concurrency", schemaPath: "#/properties/judge-concurrency/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                            if (vErrors === null) {
                                                                                                                vErrors = [err46];
                                                                                                            }
                                                                                                            else {
                                                                                                                vErrors.push(err46);
                                                                                                            }
                                                                                                            errors++;
                                                                                                        }
                                                                                                        if (errors === _errs80) {
                                                                                                            if ((typeof data23 == "number") && (isFinite(data23))) {
                                                                                                                if (data23 < 0 || isNaN(data23)) {
                                                                                                                    const err47 = { instancePath: instancePath + "/judge-concurrency", schemaPath: "#/properties/judge-concurrency/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                                    if (vErrors === null) {
                                                                                                                        vErrors = [err47];
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        vErrors.push(err47);
                                                                                                                    }
                                                                                                                    errors++;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        var _valid7 = _errs80 === errors;
                                                                                                        valid10 = valid10 || _valid7;
                                                                                                        if (!valid10) {
                                                                                                            const _errs82 = errors;
                                                                                                            if (errors === _errs82) {
                                                                                                                if (typeof data23 === "string") {
                                                                                                                    if (!pattern3.test(data23)) {
                                                                                                                        const err48 = { instancePath: instancePath + "/judge-concurrency", schemaPath: "#/properties/judge-concurrency/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+$" + "\"" };
                                                                                                                        if (vErrors === null) {
                                                                                                                            vErrors = [err48];
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            vErrors.push(err48);
                                                                                                                        }
                                                                                                                        errors++;
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    const err49 = { instancePath: instancePath + "/judge-concurrency", schemaPath: "#/properties/judge-concurrency/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                    if (vErrors === null) {
                                                                                                                        vErrors = [err49];
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        vErrors.push(err49);
                                                                                                                    }
                                                                                                                    errors++;
                                                                                                                }
                                                                                                            }
                                                                                                            var _valid7 = _errs82 === errors;
                                                                                                            valid10 = valid10 || _valid7;
                                                                                                        }
                                                                                                        if (!valid10) {
                                                                                                            const err50 = { instancePath: instancePath + "/judge-concurrency", schemaPath: "#/properties/judge-concurrency/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                                            if (vErrors === null) {
                                                                                                                vErrors = [err50];
                                                                                                            }
                                                                                                            else {
                                                                                                                vErrors.push(err50);
                                                                                                            }
                                                                                                            errors++;
                                                                                                            validate12.errors = vErrors;
                                                                                                            return false;
                                                                                                        }
                                                                                                        else {
                                                                                                            errors = _errs79;
                                                                                                            if (vErrors !== null) {
                                                                                                                if (_errs79) {
                                                                                                                    vErrors.length = _errs79;
                                                                                                                }
                                                                                                                else {
                                                                                                                    vErrors = null;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        var valid0 = _errs78 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid0 = true;
                                                                                                    }
                                                                                                    if (valid0) {
                                                                                                        if (data["judge-timeout-ms"] !== undefined) {
                                                                                                            let data24 = data["judge-timeout-ms"];
                                                                                                            const _errs84 = errors;
                                                                                                            const _errs85 = errors;
                                                                                                            let valid11 = false;
                                                                                                            const _errs86 = errors;
                                                                                                            if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                                                                                                                const err51 = { instancePath: instancePath + "/judge-timeout-ms", schemaPath: "#/properties/judge-timeout-ms/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                                if (vErrors === null) {
                                                                                                                    vErrors = [err51];
                                                                                                                }
                                                                                                                else {
                                                                                                                    vErrors.push(err51);
                                                                                                                }
                                                                                                                errors++;
                                                                                                            }
                                                                                                            if (errors === _errs86) {
                                                                                                                if ((typeof data24 == "number") && (isFinite(data24))) {
                                                                                                                    if (data24 < 0 || isNaN(data24)) {
                                                                                                                        const err52 = { instancePath: instancePath + "/judge-timeout-ms", schemaPath: "#/properties/judge-timeout-ms/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                                        if (vErrors === null) {
                                                                                                                            vErrors = [err52];
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            vErrors.push(err52);
                                                                                                                        }
                                                                                                                        errors++;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                            var _valid8 = _errs86 === errors;
                                                                                                            valid11 = valid11 || _valid8;
                                                                                                            if (!valid11) {
                                                                                                                const _errs88 = errors;
                                                                                                                if (errors === _errs88) {
                                                                                                                    if (typeof data24 === "string") {
                                                                                                                        if (!pattern3.test(data24)) {
                                                                                                                            const err53 = { instancePath: instancePath + "/judge-timeout-ms", schemaPath: "#/properties/judge-timeout-ms/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+$" + "\"" };
                                                                                                                            if (vErrors === null) {
                                                                                                                                vErrors = [err53];
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                vErrors.push(err53);
                                                                                                                            }
                                                                                                                            errors++;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        const err54 = { instancePath: instancePath + "/judge-timeout-ms", schemaPath: "#/properties/judge-timeout-ms/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                        if (vErrors === null) {
                                                                                                                            vErrors = [err54];
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            vErrors.push(err54);
                                                                                                                        }
                                                                                                                        errors++;
                                                                                                                    }
                                                                                                                }
                                                                                                                var _valid8 = _errs88 === errors;
                                                                                                                valid11 = valid11 || _valid8;
                                                                                                            }
                                                                                                            if (!valid11) {
                                                                                                                const err55 = { instancePath: instancePath + "/judge-timeout-ms", schemaPath: "#/properties/judge-timeout-ms/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                                                if (vErrors === null) {
                                                                                                                    vErrors = [err55];
                                                                                                                }
                                                                                                                else {
                                                                                                                    vErrors.push(err55);
                                                                                                                }
                                                                                                                errors++;
                                                                                                                validate12.errors = vErrors;
                                                                                                                return false;
                                                                                                            }
                                                                                                            else {
                                                                                                                errors = _errs85;
                                                                                                                if (vErrors !== null) {
                                                                                                                    if (_errs85) {
                                                                                                                        vErrors.length = _errs85;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        vErrors = null;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                            var valid0 = _errs84 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid0 = true;
                                                                                                        }
                                                                                                        if (valid0) {
                                                                                                            if (data["judge-budget-ms"] !== undefined) {
                                                                                                                let data25 = data["judge-budget-ms"];
                                                                                                                const _errs90 = errors;
                                                                                                                const _errs91 = errors;
                                                                                                                let valid12 = false;
                                                                                                                const _errs92 = errors;
                                                                                                                if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
                                                                                                                    const err56 = { instancePath: instancePath + "/judge-budget-ms", schemaPath: "#/properties/judge-budget-ms/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                                    if (vErrors === null) {
                                                                                                                        vErrors = [err56];
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        vErrors.push(err56);
                                                                                                                    }
                                                                                                                    errors++;
                                                                                                                }
                                                                                                                if (errors === _errs92) {
                                                                                                                    if ((typeof data25 == "number") && (isFinite(data25))) {
                                                                                                                        if (data25 < 0 || isNaN(data25)) {
                                                                                                                            const err57 = { instancePath: instancePath + "/judge-budget-ms", schemaPath: "#/properties/judge-budget-ms/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                                            if (vErrors === null) {
                                                                                                                                vErrors = [err57];
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                vErrors.push(err57);
                                                                                                                            }
                                                                                                                            errors++;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                                var _valid9 = _errs92 === errors;
                                                                                                                valid12 = valid12 || _valid9;
                                                                                                                if (!valid12) {
                                                                                                                    const _errs94 = errors;
                                                                                                                    if (errors === _errs94) {
                                                                                                                        if (typeof data25 === "string") {
                                                                                                                            if (!pattern3.test(data25)) {
                                                                                                                                const err58 = { instancePath: instancePath + "/judge-budget-ms", schemaPath: "#/properties/judge-budget-ms/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: "must match pattern \"" + "^[0-9]+$" + "\"" };
                                                                                                                                if (vErrors === null) {
                                                                                                                                    vErrors = [err58];
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    vErrors.push(err58);
                                                                                                                                }
                                                                                                                                errors++;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            const err59 = { instancePath: instancePath + "/judge-budget-ms", schemaPath: "#/properties/judge-budget-ms/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                            if (vErrors === null) {
                                                                                                                                vErrors = [err59];
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                vErrors.push(err59);
                                                                                                                            }
                                                                                                                            errors++;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var _valid9 = _errs94 === errors;
                                                                                                                    valid12 = valid12 || _valid9;
                                                                                                                }
                                                                                                                if (!valid12) {
                                                                                                                    const err60 = { instancePath: instancePath + "/judge-budget-ms", schemaPath: "#/properties/judge-budget-ms/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                                                    if (vErrors === null) {
                                                                                                                        vErrors = [err60];
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        vErrors.push(err60);
                                                                                                                    }
                                                                                                                    errors++;
                                                                                                                    validate12.errors = vErrors;
                                                                                                                    return false;
                                                                                                                }
                                                                                                                else {
                                                                                                                    errors = _errs91;
                                                                                                                    if (vErrors !== null) {
                                                                                                                        if (_errs91) {
                                                                                                                            vErrors.length = _errs91;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            vErrors = null;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid0 = _errs90 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid0 = true;
                                                                                                            }
                                                                                                            if (valid0) {
                                                                                                                if (data["judge-cache"] !== undefined) {
                                                                                                                    let data26 = data["judge-cache"];
                                                                                                                    const _errs96 = errors;
                                                                                                                    if (errors === _errs96) {
                                                                                                                        if (typeof data26 === "string") {
                                                                                                                            if (func2(data26) > 4096) {
                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/judge-cache", schemaPath: "#/properties/judge-cache/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                if (func2(data26) < 1) {
                                                                                                                                    validate12.errors = [{ instancePath: instancePath + "/judge-cache", schemaPath: "#/properties/judge-cache/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate12.errors = [{ instancePath: instancePath + "/judge-cache", schemaPath: "#/properties/judge-cache/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid0 = _errs96 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid0 = true;
                                                                                                                }
                                                                                                                if (valid0) {
                                                                                                                    if (data["hybrid-fallback"] !== undefined) {
                                                                                                                        let data27 = data["hybrid-fallback"];
                                                                                                                        const _errs98 = errors;
                                                                                                                        if (typeof data27 !== "string") {
                                                                                                                            validate12.errors = [{ instancePath: instancePath + "/hybrid-fallback", schemaPath: "#/properties/hybrid-fallback/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        if (!((data27 === "llm") || (data27 === "command"))) {
                                                                                                                            validate12.errors = [{ instancePath: instancePath + "/hybrid-fallback", schemaPath: "#/properties/hybrid-fallback/enum", keyword: "enum", params: { allowedValues: schema15.properties["hybrid-fallback"].enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid0 = _errs98 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid0 = true;
                                                                                                                    }
                                                                                                                    if (valid0) {
                                                                                                                        if (data["judge-against"] !== undefined) {
                                                                                                                            let data28 = data["judge-against"];
                                                                                                                            const _errs100 = errors;
                                                                                                                            if (typeof data28 !== "string") {
                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/judge-against", schemaPath: "#/properties/judge-against/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            if (!(((data28 === "both") || (data28 === "sources")) || (data28 === "contexts"))) {
                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/judge-against", schemaPath: "#/properties/judge-against/enum", keyword: "enum", params: { allowedValues: schema15.properties["judge-against"].enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            var valid0 = _errs100 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid0 = true;
                                                                                                                        }
                                                                                                                        if (valid0) {
                                                                                                                            if (data["citation-pattern"] !== undefined) {
                                                                                                                                let data29 = data["citation-pattern"];
                                                                                                                                const _errs102 = errors;
                                                                                                                                if (errors === _errs102) {
                                                                                                                                    if (typeof data29 === "string") {
                                                                                                                                        if (func2(data29) > 500) {
                                                                                                                                            validate12.errors = [{ instancePath: instancePath + "/citation-pattern", schemaPath: "#/properties/citation-pattern/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            if (func2(data29) < 1) {
                                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/citation-pattern", schemaPath: "#/properties/citation-pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        validate12.errors = [{ instancePath: instancePath + "/citation-pattern", schemaPath: "#/properties/citation-pattern/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid0 = _errs102 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid0 = true;
                                                                                                                            }
                                                                                                                            if (valid0) {
                                                                                                                                if (data.coverage !== undefined) {
                                                                                                                                    let data30 = data.coverage;
                                                                                                                                    const _errs104 = errors;
                                                                                                                                    const _errs105 = errors;
                                                                                                                                    let valid13 = false;
                                                                                                                                    const _errs106 = errors;
                                                                                                                                    if (errors === _errs106) {
                                                                                                                                        if (typeof data30 === "string") {
                                                                                                                                            if (func2(data30) > 4096) {
                                                                                                                                                const err61 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                                                                                                                if (vErrors === null) {
                                                                                                                                                    vErrors = [err61];
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    vErrors.push(err61);
                                                                                                                                                }
                                                                                                                                                errors++;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                if (func2(data30) < 1) {
                                                                                                                                                    const err62 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                        vErrors = [err62];
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        vErrors.push(err62);
                                                                                                                                                    }
                                                                                                                                                    errors++;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            const err63 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                            if (vErrors === null) {
                                                                                                                                                vErrors = [err63];
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                vErrors.push(err63);
                                                                                                                                            }
                                                                                                                                            errors++;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    var _valid10 = _errs106 === errors;
                                                                                                                                    valid13 = valid13 || _valid10;
                                                                                                                                    if (!valid13) {
                                                                                                                                        const _errs108 = errors;
                                                                                                                                        if (errors === _errs108) {
                                                                                                                                            if (Array.isArray(data30)) {
                                                                                                                                                if (data30.length > 1000) {
                                                                                                                                                    const err64 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                        vErrors = [err64];
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        vErrors.push(err64);
                                                                                                                                                    }
                                                                                                                                                    errors++;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    if (data30.length < 1) {
                                                                                                                                                        const err65 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err65];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err65);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid14 = true;
                                                                                                                                                        const len2 = data30.length;
                                                                                                                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                                                                                                                            let data31 = data30[i2];
                                                                                                                                                            const _errs110 = errors;
                                                                                                                                                            if (errors === _errs110) {
                                                                                                                                                                if (typeof data31 === "string") {
                                                                                                                                                                    if (func2(data31) > 4096) {
                                                                                                                                                                        const err66 = { instancePath: instancePath + "/coverage/" + i2, schemaPath: "#/properties/coverage/anyOf/1/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                            vErrors = [err66];
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            vErrors.push(err66);
                                                                                                                                                                        }
                                                                                                                                                                        errors++;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        if (func2(data31) < 1) {
                                                                                                                                                                            const err67 = { instancePath: instancePath + "/coverage/" + i2, schemaPath: "#/properties/coverage/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                vErrors = [err67];
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                vErrors.push(err67);
                                                                                                                                                                            }
                                                                                                                                                                            errors++;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    const err68 = { instancePath: instancePath + "/coverage/" + i2, schemaPath: "#/properties/coverage/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                        vErrors = [err68];
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        vErrors.push(err68);
                                                                                                                                                                    }
                                                                                                                                                                    errors++;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            var valid14 = _errs110 === errors;
                                                                                                                                                            if (!valid14) {
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                const err69 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                if (vErrors === null) {
                                                                                                                                                    vErrors = [err69];
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    vErrors.push(err69);
                                                                                                                                                }
                                                                                                                                                errors++;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        var _valid10 = _errs108 === errors;
                                                                                                                                        valid13 = valid13 || _valid10;
                                                                                                                                    }
                                                                                                                                    if (!valid13) {
                                                                                                                                        const err70 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                                                                        if (vErrors === null) {
                                                                                                                                            vErrors = [err70];
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            vErrors.push(err70);
                                                                                                                                        }
                                                                                                                                        errors++;
                                                                                                                                        validate12.errors = vErrors;
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        errors = _errs105;
                                                                                                                                        if (vErrors !== null) {
                                                                                                                                            if (_errs105) {
                                                                                                                                                vErrors.length = _errs105;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                vErrors = null;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    var valid0 = _errs104 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid0 = true;
                                                                                                                                }
                                                                                                                                if (valid0) {
                                                                                                                                    if (data["coverage-base"] !== undefined) {
                                                                                                                                        let data32 = data["coverage-base"];
                                                                                                                                        const _errs112 = errors;
                                                                                                                                        if (errors === _errs112) {
                                                                                                                                            if (typeof data32 === "string") {
                                                                                                                                                if (func2(data32) > 256) {
                                                                                                                                                    validate12.errors = [{ instancePath: instancePath + "/coverage-base", schemaPath: "#/properties/coverage-base/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    if (func2(data32) < 1) {
                                                                                                                                                        validate12.errors = [{ instancePath: instancePath + "/coverage-base", schemaPath: "#/properties/coverage-base/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/coverage-base", schemaPath: "#/properties/coverage-base/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        var valid0 = _errs112 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid0 = true;
                                                                                                                                    }
                                                                                                                                    if (valid0) {
                                                                                                                                        if (data["coverage-path-map"] !== undefined) {
                                                                                                                                            let data33 = data["coverage-path-map"];
                                                                                                                                            const _errs114 = errors;
                                                                                                                                            const _errs115 = errors;
                                                                                                                                            let valid15 = false;
                                                                                                                                            const _errs116 = errors;
                                                                                                                                            if (errors === _errs116) {
                                                                                                                                                if (typeof data33 === "string") {
                                                                                                                                                    if (func2(data33) > 4096) {
                                                                                                                                                        const err71 = { instancePath: instancePath + "/coverage-path-map", schemaPath: "#/properties/coverage-path-map/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err71];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err71);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        if (func2(data33) < 1) {
                                                                                                                                                            const err72 = { instancePath: instancePath + "/coverage-path-map", schemaPath: "#/properties/coverage-path-map/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                vErrors = [err72];
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors.push(err72);
                                                                                                                                                            }
                                                                                                                                                            errors++;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    const err73 = { instancePath: instancePath + "/coverage-path-map", schemaPath: "#/properties/coverage-path-map/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                        vErrors = [err73];
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        vErrors.push(err73);
                                                                                                                                                    }
                                                                                                                                                    errors++;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var _valid11 = _errs116 === errors;
                                                                                                                                            valid15 = valid15 || _valid11;
                                                                                                                                            if (!valid15) {
                                                                                                                                                const _errs118 = errors;
                                                                                                                                                if (errors === _errs118) {
                                                                                                                                                    if (Array.isArray(data33)) {
                                                                                                                                                        if (data33.length > 1000) {
                                                                                                                                                            const err74 = { instancePath: instancePath + "/coverage-path-map", schemaPath: "#/properties/coverage-path-map/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                vErrors = [err74];
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors.push(err74);
                                                                                                                                                            }
                                                                                                                                                            errors++;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            if (data33.length < 1) {
                                                                                                                                                                const err75 = { instancePath: instancePath + "/coverage-path-map", schemaPath: "#/properties/coverage-path-map/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                    vErrors = [err75];
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    vErrors.push(err75);
                                                                                                                                                                }
                                                                                                                                                                errors++;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid16 = true;
                                                                                                                                                                const len3 = data33.length;
                                                                                                                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                                                                                                                    let data34 = data33[i3];
                                                                                                                                                                    const _errs120 = errors;
                                                                                                                                                                    if (errors === _errs120) {
                                                                                                                                                                        if (typeof data34 === "string") {
                                                                                                                                                                            if (func2(data34) > 4096) {
                                                                                                                                                                                const err76 = { instancePath: instancePath + "/coverage-path-map/" + i3, schemaPath: "#/properties/coverage-path-map/anyOf/1/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                    vErrors = [err76];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors.push(err76);
                                                                                                                                                                                }
                                                                                                                                                                                errors++;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                if (func2(data34) < 1) {
                                                                                                                                                                                    const err77 = { instancePath: instancePath + "/coverage-path-map/" + i3, schemaPath: "#/properties/coverage-path-map/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                        vErrors = [err77];
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        vErrors.push(err77);
                                                                                                                                                                                    }
                                                                                                                                                                                    errors++;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            const err78 = { instancePath: instancePath + "/coverage-path-map/" + i3, schemaPath: "#/properties/coverage-path-map/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                vErrors = [err78];
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                vErrors.push(err78);
                                                                                                                                                                            }
                                                                                                                                                                            errors++;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    var valid16 = _errs120 === errors;
                                                                                                                                                                    if (!valid16) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        const err79 = { instancePath: instancePath + "/coverage-path-map", schemaPath: "#/properties/coverage-path-map/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err79];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err79);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                var _valid11 = _errs118 === errors;
                                                                                                                                                valid15 = valid15 || _valid11;
                                                                                                                                            }
                                                                                                                                            if (!valid15) {
                                                                                                                                                const err80 = { instancePath: instancePath + "/coverage-path-map", schemaPath: "#/properties/coverage-path-map/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                                                                                if (vErrors === null) {
                                                                                                                                                    vErrors = [err80];
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    vErrors.push(err80);
                                                                                                                                                }
                                                                                                                                                errors++;
                                                                                                                                                validate12.errors = vErrors;
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                errors = _errs115;
                                                                                                                                                if (vErrors !== null) {
                                                                                                                                                    if (_errs115) {
                                                                                                                                                        vErrors.length = _errs115;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        vErrors = null;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var valid0 = _errs114 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid0 = true;
                                                                                                                                        }
                                                                                                                                        if (valid0) {
                                                                                                                                            if (data["coverage-source-root"] !== undefined) {
                                                                                                                                                let data35 = data["coverage-source-root"];
                                                                                                                                                const _errs122 = errors;
                                                                                                                                                const _errs123 = errors;
                                                                                                                                                let valid17 = false;
                                                                                                                                                const _errs124 = errors;
                                                                                                                                                if (errors === _errs124) {
                                                                                                                                                    if (typeof data35 === "string") {
                                                                                                                                                        if (func2(data35) > 4096) {
                                                                                                                                                            const err81 = { instancePath: instancePath + "/coverage-source-root", schemaPath: "#/properties/coverage-source-root/anyOf/0/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                vErrors = [err81];
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors.push(err81);
                                                                                                                                                            }
                                                                                                                                                            errors++;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            if (func2(data35) < 1) {
                                                                                                                                                                const err82 = { instancePath: instancePath + "/coverage-source-root", schemaPath: "#/properties/coverage-source-root/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                    vErrors = [err82];
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    vErrors.push(err82);
                                                                                                                                                                }
                                                                                                                                                                errors++;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        const err83 = { instancePath: instancePath + "/coverage-source-root", schemaPath: "#/properties/coverage-source-root/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err83];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err83);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                var _valid12 = _errs124 === errors;
                                                                                                                                                valid17 = valid17 || _valid12;
                                                                                                                                                if (!valid17) {
                                                                                                                                                    const _errs126 = errors;
                                                                                                                                                    if (errors === _errs126) {
                                                                                                                                                        if (Array.isArray(data35)) {
                                                                                                                                                            if (data35.length > 1000) {
                                                                                                                                                                const err84 = { instancePath: instancePath + "/coverage-source-root", schemaPath: "#/properties/coverage-source-root/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                    vErrors = [err84];
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    vErrors.push(err84);
                                                                                                                                                                }
                                                                                                                                                                errors++;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                if (data35.length < 1) {
                                                                                                                                                                    const err85 = { instancePath: instancePath + "/coverage-source-root", schemaPath: "#/properties/coverage-source-root/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                        vErrors = [err85];
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        vErrors.push(err85);
                                                                                                                                                                    }
                                                                                                                                                                    errors++;
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    var valid18 = true;
                                                                                                                                                                    const len4 = data35.length;
                                                                                                                                                                    for (let i4 = 0; i4 < len4; i4++) {
                                                                                                                                                                        let data36 = data35[i4];
                                                                                                                                                                        const _errs128 = errors;
                                                                                                                                                                        if (errors === _errs128) {
                                                                                                                                                                            if (typeof data36 === "string") {
                                                                                                                                                                                if (func2(data36) > 4096) {
                                                                                                                                                                                    const err86 = { instancePath: instancePath + "/coverage-source-root/" + i4, schemaPath: "#/properties/coverage-source-root/anyOf/1/items/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                        vErrors = [err86];
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        vErrors.push(err86);
                                                                                                                                                                                    }
                                                                                                                                                                                    errors++;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    if (func2(data36) < 1) {
                                                                                                                                                                                        const err87 = { instancePath: instancePath + "/coverage-source-root/" + i4, schemaPath: "#/properties/coverage-source-root/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                            vErrors = [err87];
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            vErrors.push(err87);
                                                                                                                                                                                        }
                                                                                                                                                                                        errors++;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                const err88 = { instancePath: instancePath + "/coverage-source-root/" + i4, schemaPath: "#/properties/coverage-source-root/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                    vErrors = [err88];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors.push(err88);
                                                                                                                                                                                }
                                                                                                                                                                                errors++;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        var valid18 = _errs128 === errors;
                                                                                                                                                                        if (!valid18) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            const err89 = { instancePath: instancePath + "/coverage-source-root", schemaPath: "#/properties/coverage-source-root/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                vErrors = [err89];
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors.push(err89);
                                                                                                                                                            }
                                                                                                                                                            errors++;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    var _valid12 = _errs126 === errors;
                                                                                                                                                    valid17 = valid17 || _valid12;
                                                                                                                                                }
                                                                                                                                                if (!valid17) {
                                                                                                                                                    const err90 = { instancePath: instancePath + "/coverage-source-root", schemaPath: "#/properties/coverage-source-root/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                        vErrors = [err90];
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        vErrors.push(err90);
                                                                                                                                                    }
                                                                                                                                                    errors++;
                                                                                                                                                    validate12.errors = vErrors;
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    errors = _errs123;
                                                                                                                                                    if (vErrors !== null) {
                                                                                                                                                        if (_errs123) {
                                                                                                                                                            vErrors.length = _errs123;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors = null;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                var valid0 = _errs122 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid0 = true;
                                                                                                                                            }
                                                                                                                                            if (valid0) {
                                                                                                                                                if (data.policy !== undefined) {
                                                                                                                                                    let data37 = data.policy;
                                                                                                                                                    const _errs130 = errors;
                                                                                                                                                    const _errs131 = errors;
                                                                                                                                                    let valid19 = false;
                                                                                                                                                    const _errs132 = errors;
                                                                                                                                                    if (typeof data37 !== "string") {
                                                                                                                                                        const err91 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err91];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err91);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                    if (!(((data37 === "strict") || (data37 === "standard")) || (data37 === "permissive"))) {
                                                                                                                                                        const err92 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema15.properties.policy.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err92];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err92);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                    var _valid13 = _errs132 === errors;
                                                                                                                                                    valid19 = valid19 || _valid13;
                                                                                                                                                    if (!valid19) {
                                                                                                                                                        const _errs134 = errors;
                                                                                                                                                        if (!(validate13(data37, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData }))) {
                                                                                                                                                            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                                                                                                                                            errors = vErrors.length;
                                                                                                                                                        }
                                                                                                                                                        var _valid13 = _errs134 === errors;
                                                                                                                                                        valid19 = valid19 || _valid13;
                                                                                                                                                    }
                                                                                                                                                    if (!valid19) {
                                                                                                                                                        const err93 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err93];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err93);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                        validate12.errors = vErrors;
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        errors = _errs131;
                                                                                                                                                        if (vErrors !== null) {
                                                                                                                                                            if (_errs131) {
                                                                                                                                                                vErrors.length = _errs131;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors = null;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    var valid0 = _errs130 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid0 = true;
                                                                                                                                                }
                                                                                                                                                if (valid0) {
                                                                                                                                                    if (data.baseline !== undefined) {
                                                                                                                                                        let data38 = data.baseline;
                                                                                                                                                        const _errs135 = errors;
                                                                                                                                                        if (errors === _errs135) {
                                                                                                                                                            if (typeof data38 === "string") {
                                                                                                                                                                if (func2(data38) > 4096) {
                                                                                                                                                                    validate12.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    if (func2(data38) < 1) {
                                                                                                                                                                        validate12.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        var valid0 = _errs135 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid0 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid0) {
                                                                                                                                                        if (data["report-json"] !== undefined) {
                                                                                                                                                            let data39 = data["report-json"];
                                                                                                                                                            const _errs137 = errors;
                                                                                                                                                            if (errors === _errs137) {
                                                                                                                                                                if (typeof data39 === "string") {
                                                                                                                                                                    if (func2(data39) > 4096) {
                                                                                                                                                                        validate12.errors = [{ instancePath: instancePath + "/report-json", schemaPath: "#/properties/report-json/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        if (func2(data39) < 1) {
                                                                                                                                                                            validate12.errors = [{ instancePath: instancePath + "/report-json", schemaPath: "#/properties/report-json/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    validate12.errors = [{ instancePath: instancePath + "/report-json", schemaPath: "#/properties/report-json/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            var valid0 = _errs137 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid0 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid0) {
                                                                                                                                                            if (data["report-md"] !== undefined) {
                                                                                                                                                                let data40 = data["report-md"];
                                                                                                                                                                const _errs139 = errors;
                                                                                                                                                                if (errors === _errs139) {
                                                                                                                                                                    if (typeof data40 === "string") {
                                                                                                                                                                        if (func2(data40) > 4096) {
                                                                                                                                                                            validate12.errors = [{ instancePath: instancePath + "/report-md", schemaPath: "#/properties/report-md/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            if (func2(data40) < 1) {
                                                                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/report-md", schemaPath: "#/properties/report-md/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        validate12.errors = [{ instancePath: instancePath + "/report-md", schemaPath: "#/properties/report-md/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                var valid0 = _errs139 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid0 = true;
                                                                                                                                                            }
                                                                                                                                                            if (valid0) {
                                                                                                                                                                if (data["report-html"] !== undefined) {
                                                                                                                                                                    let data41 = data["report-html"];
                                                                                                                                                                    const _errs141 = errors;
                                                                                                                                                                    if (errors === _errs141) {
                                                                                                                                                                        if (typeof data41 === "string") {
                                                                                                                                                                            if (func2(data41) > 4096) {
                                                                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/report-html", schemaPath: "#/properties/report-html/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                if (func2(data41) < 1) {
                                                                                                                                                                                    validate12.errors = [{ instancePath: instancePath + "/report-html", schemaPath: "#/properties/report-html/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            validate12.errors = [{ instancePath: instancePath + "/report-html", schemaPath: "#/properties/report-html/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    var valid0 = _errs141 === errors;
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    var valid0 = true;
                                                                                                                                                                }
                                                                                                                                                                if (valid0) {
                                                                                                                                                                    if (data["report-junit"] !== undefined) {
                                                                                                                                                                        let data42 = data["report-junit"];
                                                                                                                                                                        const _errs143 = errors;
                                                                                                                                                                        if (errors === _errs143) {
                                                                                                                                                                            if (typeof data42 === "string") {
                                                                                                                                                                                if (func2(data42) > 4096) {
                                                                                                                                                                                    validate12.errors = [{ instancePath: instancePath + "/report-junit", schemaPath: "#/properties/report-junit/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    if (func2(data42) < 1) {
                                                                                                                                                                                        validate12.errors = [{ instancePath: instancePath + "/report-junit", schemaPath: "#/properties/report-junit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                validate12.errors = [{ instancePath: instancePath + "/report-junit", schemaPath: "#/properties/report-junit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        var valid0 = _errs143 === errors;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        var valid0 = true;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate12.errors = vErrors;
    return errors === 0;
}
const validateGoldenCase = validateGoldenCaseRaw;
const validateResponse = validateResponseRaw;
const validateConfig = validateConfigRaw;


/***/ }),

/***/ 59620:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/response.schema.json","title":"factgate application response","description":"The application\'s answer to one golden-set case.","type":"object","additionalProperties":false,"required":["id","answer"],"properties":{"id":{"type":"string","minLength":1,"maxLength":128},"answer":{"type":"string","maxLength":200000},"claims":{"description":"Claims as the application structured them; they take precedence over splitting the answer.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["text","citations"],"properties":{"text":{"type":"string","minLength":1,"maxLength":20000},"citations":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":64}}}}},"contexts":{"description":"What the application\'s retriever returned for this case, best first (or ranked by score). Claims and citations are judged against these passages.","type":"array","maxItems":1000,"items":{"type":"object","additionalProperties":false,"required":["id","text"],"properties":{"id":{"description":"Unique within the response; citations may name it.","type":["string","number"],"minLength":1,"maxLength":256},"text":{"type":"string","minLength":1,"maxLength":100000},"title":{"type":"string","maxLength":500},"score":{"description":"The retriever\'s score; higher ranks first.","type":"number"},"source":{"description":"The golden-set source id or document id the passage came from.","type":["string","number"],"minLength":1,"maxLength":256}}}},"error":{"type":"string","maxLength":20000},"latency_ms":{"type":"number","minimum":0}}}');

/***/ })

};
