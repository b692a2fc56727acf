export const id = 102;
export const ids = [102,958];
export const modules = {

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


/***/ })

};
