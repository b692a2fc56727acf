export const id = 526;
export const ids = [526,958];
export const modules = {

/***/ 40481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71958);
/* harmony import */ var _shared_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25102);



/** 0 passed, 1 failed, 2 wrong input or settings, 3 a bug in factgate (please report it). */
const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 };
function exitCodeFor(report) {
    // A complete shard is meant to be partial: the merge judges the whole run.
    if (report.run.shard !== null && report.cases.every((c) => c.status !== 'not-run'))
        return EXIT.pass;
    return report.verdict.status === 'pass' || report.verdict.status === 'overridden' ? EXIT.pass : EXIT.fail;
}
/** node:util parseArgs, with unknown or malformed flags turned into errors that suggest the fix. */
function parseFlags(argv, command, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, strict: true, allowPositionals: true });
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const flag = /'(--?[^'\s]+)/.exec(message)?.[1];
        const guess = flag ? (0,_shared_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(flag.replace(/^-+/, ''), Object.keys(options)) : null;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(message.replace(/\. To specify a positional argument.*$/s, ''), {
            place: `factgate ${command}`,
            fix: guess ? `did you mean --${guess}?` : `see factgate ${command} --help`,
        });
    }
}


/***/ }),

/***/ 96526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  USAGE: () => (/* binding */ USAGE),
  main: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./.build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/main.js




// Each command is loaded when it runs: `factgate run` never pays for the GitHub client.
const COMMANDS = {
    run: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(382), __webpack_require__.e(925), __webpack_require__.e(363), __webpack_require__.e(26), __webpack_require__.e(680), __webpack_require__.e(885), __webpack_require__.e(679), __webpack_require__.e(453)]).then(__webpack_require__.bind(__webpack_require__, 45453))).runRunCommand, summary: 'Evaluate the golden set and apply the gate (the main command).' },
    init: { load: async () => (await __webpack_require__.e(/* import() */ 450).then(__webpack_require__.bind(__webpack_require__, 60450))).runInitCommand, summary: 'Write a first factgate.yml, golden set and workflow (never overwrites).' },
    coverage: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(680), __webpack_require__.e(890)]).then(__webpack_require__.bind(__webpack_require__, 73890))).runCoverageCommand, summary: 'Read coverage reports and print what was measured, per file and overall.' },
    merge: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(382), __webpack_require__.e(925), __webpack_require__.e(363), __webpack_require__.e(26), __webpack_require__.e(680), __webpack_require__.e(885), __webpack_require__.e(679), __webpack_require__.e(453), __webpack_require__.e(937)]).then(__webpack_require__.bind(__webpack_require__, 55937))).runMergeCommand, summary: 'Merge the shard reports of one run (--shard I/N) into the full report and gate it.' },
    comment: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(874), __webpack_require__.e(885), __webpack_require__.e(656)]).then(__webpack_require__.bind(__webpack_require__, 70656))).runCommentCliCommand, summary: 'Post the report artifact of a finished run as the sticky comment (fork-safe step).' },
};
const USAGE = `factgate ${package_namespaceObject.rE}: a quality gate for LLM and RAG applications.

Usage: factgate <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join('\n')}

Run "factgate <command> --help" for a command's options.`;
/** Dispatches a command; the one place errors become an exit status. */
async function main(argv, io) {
    const full = { ...io, version: package_namespaceObject.rE };
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        full.stdout(USAGE + '\n');
        return name === undefined ? cli_io/* EXIT */.dc.usage : cli_io/* EXIT */.dc.pass;
    }
    if (name === '--version' || name === '-v') {
        full.stdout(package_namespaceObject.rE + '\n');
        return cli_io/* EXIT */.dc.pass;
    }
    const command = COMMANDS[name];
    try {
        if (!command) {
            const guess = (0,schema/* closest */.kp)(name, Object.keys(COMMANDS));
            throw new errors/* ConfigurationError */.j1(`unknown command "${name}"`, {
                fix: guess ? `did you mean "factgate ${guess}"?` : 'run factgate --help for the commands',
            });
        }
        return await (await command.load())(rest, full);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1) {
            full.stderr(`factgate: ${error.message}\n`);
            return cli_io/* EXIT */.dc.usage;
        }
        full.stderr(`factgate: internal error: ${(0,errors/* getErrorMessage */.u1)(error)}\n${error instanceof Error && error.stack ? error.stack + '\n' : ''}`);
        return cli_io/* EXIT */.dc.internal;
    }
}


/***/ }),

/***/ 71958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   yb: () => (/* binding */ ConfigurationErrors)
/* harmony export */ });
/**
 * A mistake the user can fix: bad input files, bad settings, bad flags.
 * The CLI exits 2 on these; anything else is a bug and keeps its stack.
 */
class ConfigurationError extends Error {
    /** The file at fault, when there is one. */
    file;
    /** Where in the file: "line 3, column 7", a JSON pointer, or both. */
    place;
    /** What to change to make it work. */
    fix;
    constructor(message, details = {}) {
        super(formatConfigurationMessage(message, details));
        this.name = 'ConfigurationError';
        this.file = details.file;
        this.place = details.place;
        this.fix = details.fix;
    }
}
function formatConfigurationMessage(message, details) {
    const where = [details.file, details.place].filter(Boolean).join(': ');
    const head = where ? `${where}: ${message}` : message;
    return details.fix ? `${head}\n  fix: ${details.fix}` : head;
}
/** Several user mistakes found in one pass, reported together. */
class ConfigurationErrors extends ConfigurationError {
    errors;
    constructor(errors) {
        super(`${errors.length} problem${errors.length === 1 ? '' : 's'} found:\n` +
            errors.map((e) => `- ${e.message.replace(/\n/g, '\n  ')}`).join('\n'));
        this.errors = errors;
    }
}
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 25102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Lq: () => (/* binding */ bestError),
/* harmony export */   g$: () => (/* binding */ schemaError),
/* harmony export */   kp: () => (/* binding */ closest),
/* harmony export */   ox: () => (/* binding */ pointerToPath)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71958);
/* harmony import */ var _structured_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85934);



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
        case 'type':
            message = `${describePath(path, what)} must be ${String(params.type)}`;
            fix = `write ${article(String(params.type))} ${String(params.type)} there`;
            break;
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
        case 'pattern':
            message = `${describePath(path, what)} has characters that are not allowed`;
            fix = `use letters, digits and . _ : - only (pattern ${String(params.pattern)})`;
            break;
        default:
            message = `${describePath(path, what)} ${error.message ?? 'is invalid'}`;
            fix = 'see the JSON Schema shipped in schemas/ for the allowed form';
    }
    const position = doc.locate(keyPath, atKey);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(message, { file, place: (0,_structured_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlace */ .dE)(position, keyPath), fix });
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


/***/ }),

/***/ 85934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ jsonPointer),
/* harmony export */   Ek: () => (/* binding */ parseStructuredLazily),
/* harmony export */   br: () => (/* binding */ formatFromPath),
/* harmony export */   dE: () => (/* binding */ formatPlace),
/* harmony export */   jE: () => (/* binding */ parseStructured)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71958);


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
            return [parseJson(text, file, 1)];
        case 'jsonl':
            return parseJsonLines(text, file);
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
    return format === 'jsonl' ? jsonLines(text, file) : parseStructured(text, file, format, limits);
}
function parseJson(text, file, firstLine) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const position = jsonErrorPosition(text, error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`invalid JSON: ${jsonErrorReason(error)}`, {
            file,
            place: position ? `line ${position.line + firstLine - 1}, column ${position.column}` : `line ${firstLine}`,
            fix: 'correct the JSON syntax at that place (a missing comma, quote or bracket is the usual cause)',
        });
    }
    return { value, line: firstLine, locate: lazyLocator(text, firstLine), locateIsCheap: false };
}
function parseJsonLines(text, file) {
    return [...jsonLines(text, file)];
}
/** One document a line, parsed as it is reached: a syntax error is thrown by the iteration. */
function* jsonLines(text, file) {
    let start = 0;
    let lineNo = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        lineNo++;
        const line = text.slice(start, end).replace(/\r$/, '');
        if (line.trim() !== '')
            yield parseJson(line, file, lineNo);
        start = end + 1;
    }
}
function parseYaml(text, file, limits) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
    const firstError = doc.errors[0];
    if (firstError) {
        const pos = firstError.linePos?.[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`invalid YAML: ${firstError.message.split('\n')[0]}`, {
            file,
            place: pos ? `line ${pos.line}, column ${pos.col}` : undefined,
            fix: firstError.code === 'DUPLICATE_KEY'
                ? 'remove or rename the repeated key'
                : 'correct the YAML syntax at that place (indentation and unclosed brackets or quotes are the usual causes)',
        });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`YAML aliases expand too far: ${error instanceof Error ? error.message : String(error)}`, {
            file,
            fix: `use at most ${limits.maxAliasCount} alias expansions per file, or write the repeated values out`,
        });
    }
    const cycle = findCycle(value);
    if (cycle) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('a YAML anchor refers to itself, which makes an endless value', {
            file,
            place: formatPlace(locateInYaml(doc, lineCounter, cycle, false, 1), cycle),
            fix: 'replace the alias inside its own anchor with the values themselves',
        });
    }
    return { value, line: 1, locate: (path, key) => locateInYaml(doc, lineCounter, path, key ?? false, 1), locateIsCheap: true };
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
function lazyLocator(text, firstLine) {
    let cached = null;
    return (path, key) => {
        if (!cached) {
            const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
            cached = { doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lc, uniqueKeys: false }), lc };
        }
        return locateInYaml(cached.doc, cached.lc, path, key ?? false, firstLine);
    };
}
function locateInYaml(doc, lc, path, key, firstLine) {
    let node = doc.contents;
    let offset = rangeStart(node);
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        const last = i === path.length - 1;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
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


/***/ })

};
