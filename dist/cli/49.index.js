export const id = 49;
export const ids = [49];
export const modules = {

/***/ 2049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMAND_DEFAULTS: () => (/* binding */ COMMAND_DEFAULTS),
/* harmony export */   createCommandJudge: () => (/* binding */ createCommandJudge)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _shared_process_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96541);
/* harmony import */ var _shared_stream_capture_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99858);
/* harmony import */ var _verdict_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73777);




const COMMAND_DEFAULTS = { timeoutMs: 300_000, maxLineBytes: 1 << 20 };
/**
 * Protocol, one JSON object a line.
 * stdin, one line per claim: {"key", "question", "claim", "sources": [{"id", "text"}]}.
 * stdout, one line per claim: {"key", "verdict": "supported" | "contradicted" | "unsupported",
 *   "confidence"?: 0..1, "source_id"?, "evidence"?: quote, "reason"?}.
 * Lines that are not JSON objects are ignored (a model's log line on stdout must
 * not sink the batch) but reported on the claims left without a verdict.
 */
function createCommandJudge(options) {
    const program = options.argv[0];
    if (!program)
        throw new Error('the command judge needs a program to run');
    const name = `command:${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(program)}`;
    const timeoutMs = options.timeoutMs ?? COMMAND_DEFAULTS.timeoutMs;
    const maxLineBytes = options.maxLineBytes ?? COMMAND_DEFAULTS.maxLineBytes;
    return {
        name,
        cacheIdentity: `command\u0000${options.argv.join('\u0001')}\u0000${options.version ?? ''}`,
        async judge(requests) {
            if (requests.length === 0)
                return [];
            const run = await runCommand(options, requests, timeoutMs, maxLineBytes);
            const byKey = new Map();
            const problems = [];
            run.lines.forEach((line, i) => {
                if (line.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(line);
                }
                catch {
                    problems.push(`stdout line ${i + 1} is not JSON: ${line.slice(0, 80)}`);
                    return;
                }
                const withId = value && typeof value === 'object' && 'key' in value && !('id' in value) ? { ...value, id: value.key } : value;
                if (!(0,_verdict_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .isRawVerdict */ .md)(withId)) {
                    problems.push(`stdout line ${i + 1} is not a verdict (${(0,_verdict_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictProblem */ .ls)(withId)})`);
                    return;
                }
                if (!byKey.has(withId.id))
                    byKey.set(withId.id, withId);
            });
            return requests.map((request) => {
                if (run.failure)
                    return (0,_verdict_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .undetermined */ .nZ)(request.key, name, `no verdict: ${run.failure}`);
                const raw = byKey.get(request.key);
                if (raw)
                    return (0,_verdict_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .resultFromVerdict */ .PT)(request.key, raw, name, request.sources);
                const why = problems.length > 0 ? `; ${problems[0]}` : '';
                return (0,_verdict_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .undetermined */ .nZ)(request.key, name, `no verdict: the command wrote no verdict for this claim${why}`);
            });
        },
    };
}
function runCommand(options, requests, timeoutMs, maxLineBytes) {
    return new Promise((resolve) => {
        const lines = [];
        const stderr = new _shared_stream_capture_js__WEBPACK_IMPORTED_MODULE_3__/* .TailBuffer */ .v(2_000);
        const splitter = new _shared_stream_capture_js__WEBPACK_IMPORTED_MODULE_3__/* .LineSplitter */ .g(maxLineBytes);
        let failure;
        let settled = false;
        const child = (0,_shared_process_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnInGroup */ .Mw)(options.argv, { cwd: options.cwd ?? process.cwd(), env: options.env ?? process.env });
        const finish = (extra) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            (0,_shared_process_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .killTree */ .TP)(child);
            resolve({ lines, failure: failure ?? extra });
        };
        const timer = setTimeout(() => {
            failure ??= `the command timed out after ${timeoutMs} ms and was stopped`;
            finish();
        }, timeoutMs);
        child.on('error', (error) => {
            failure ??=
                error.code === 'ENOENT'
                    ? `command not found: ${options.argv[0]} (check the judge command and PATH)`
                    : error.code === 'EACCES'
                        ? `command is not executable: ${options.argv[0]}`
                        : `the command could not start: ${error.message}`;
            finish();
        });
        child.stdout.on('data', (chunk) => {
            const { lines: complete, overflow } = splitter.push(chunk);
            lines.push(...complete);
            if (overflow) {
                failure ??= `the command wrote a stdout line longer than ${maxLineBytes} bytes`;
                finish();
            }
        });
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('close', (code, signal) => {
            const rest = splitter.remainder();
            if (rest.trim())
                lines.push(rest);
            if (code !== 0 && !settled) {
                const tail = stderr.text();
                failure ??= `the command exited with ${code === null ? `signal ${signal}` : `code ${code}`}${tail ? `: ${tail.slice(-300)}` : ''}`;
            }
            finish();
        });
        // A program that exits without reading all of stdin is judged by its exit status, not by EPIPE.
        child.stdin.on('error', () => undefined);
        for (const request of requests) {
            child.stdin.write(`${JSON.stringify({ key: request.key, question: request.question, claim: request.claim, sources: request.sources })}\n`);
        }
        child.stdin.end();
    });
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

/***/ 96541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ spawnInGroup),
/* harmony export */   TP: () => (/* binding */ killTree),
/* harmony export */   mR: () => (/* binding */ forgetChild)
/* harmony export */ });
/* unused harmony exports TAG_VARIABLE, liveGroupCount */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);



/**
 * Children run in their own process group (POSIX) so that a time-out or a cancel can
 * kill the whole tree: an app that started a grandchild (a model server, a shell
 * pipeline) must not outlive the case. Groups still alive when factgate exits are
 * killed on the way out.
 */
const liveGroups = new Set();
let exitHookInstalled = false;
/** Marks every process an app starts, so it can be found after it leaves the app's group. */
const TAG_VARIABLE = 'FACTGATE_PROCESS_TAG';
const RUN_TAG = `${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString('hex')}`;
/** Each child's own tag, by pid, while it may still have processes to kill. */
const tags = new Map();
let spawned = 0;
function spawnInGroup(argv, options) {
    installExitHook();
    const [program, ...args] = argv;
    const tag = `${RUN_TAG}:${++spawned}`;
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
        cwd: options.cwd,
        env: { ...options.env, [TAG_VARIABLE]: tag },
        stdio: ['pipe', 'pipe', 'pipe'],
        // setsid() on POSIX: the child leads a new group whose id is its pid.
        detached: process.platform !== 'win32',
        windowsHide: true,
    });
    // The group may outlive its leader (a grandchild still running): its id stays listed
    // until killTree, which the providers call as soon as the child exits.
    if (child.pid !== undefined) {
        liveGroups.add(child.pid);
        tags.set(child.pid, tag);
    }
    return child;
}
/**
 * Kills the child and everything it started; safe to call more than once. `thorough` (at a
 * time-out, a cancel, or pipes held open after the child exited) also kills, on Linux, the
 * descendants that left the group with setsid() and any process still holding the child's
 * pipes: a grandchild in a new session is in no group of ours, but it still holds the pipe.
 */
function killTree(child, thorough = false) {
    const pid = child.pid;
    if (pid === undefined)
        return;
    if (thorough && process.platform === 'linux') {
        const tag = tags.get(pid);
        for (const other of new Set([...descendantsOf(pid), ...(tag ? taggedProcesses((t) => t === tag) : [])])) {
            try {
                process.kill(other, 'SIGKILL');
            }
            catch {
                // Gone already.
            }
        }
    }
    if (process.platform === 'win32') {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    }
    else {
        try {
            process.kill(-pid, 'SIGKILL');
        }
        catch {
            // ESRCH: the group is already gone.
        }
    }
    try {
        child.kill('SIGKILL');
    }
    catch {
        // Already exited.
    }
    liveGroups.delete(pid);
    if (thorough)
        tags.delete(pid);
}
/** Every process below `root` now, from the parent ids in /proc (empty where /proc cannot be read). */
function descendantsOf(root) {
    const children = new Map();
    for (const pid of procPids()) {
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
            // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            children.set(ppid, [...(children.get(ppid) ?? []), pid]);
        }
        catch {
            // The process ended while we looked.
        }
    }
    const found = [];
    for (let queue = [root]; queue.length > 0;) {
        const next = queue.shift();
        for (const child of children.get(next) ?? []) {
            found.push(child);
            queue.push(child);
        }
    }
    return found;
}
/**
 * Processes whose environment carries `tag` (exactly, or as the run's prefix). The tag is
 * inherited by everything the app starts, whatever session or group it moves to, unless a
 * process clears its environment; only processes of our own user can be read.
 */
function taggedProcesses(matches) {
    const found = [];
    for (const pid of procPids()) {
        if (pid === process.pid)
            continue;
        let environ;
        try {
            environ = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/environ`, 'latin1');
        }
        catch {
            continue;
        }
        const at = environ.indexOf(`${TAG_VARIABLE}=`);
        if (at === -1)
            continue;
        const end = environ.indexOf('\0', at);
        if (matches(environ.slice(at + TAG_VARIABLE.length + 1, end === -1 ? undefined : end)))
            found.push(pid);
    }
    return found;
}
function procPids() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
    }
    catch {
        return [];
    }
}
/** The child is done with for good (its case settled): its tag need not be kept. */
function forgetChild(child) {
    if (child.pid !== undefined)
        tags.delete(child.pid);
}
/** How many process groups factgate still owns; for tests. */
function liveGroupCount() {
    return liveGroups.size;
}
function installExitHook() {
    if (exitHookInstalled)
        return;
    exitHookInstalled = true;
    process.on('exit', () => {
        // Whatever any app started and left behind, in any group or session, ends with the run.
        if (process.platform === 'linux') {
            for (const pid of taggedProcesses((t) => t.startsWith(`${RUN_TAG}:`))) {
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    // Already gone.
                }
            }
        }
        for (const pid of liveGroups) {
            try {
                process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
            }
            catch {
                // Already gone.
            }
        }
    });
}


/***/ }),

/***/ 99858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LineSplitter),
/* harmony export */   v: () => (/* binding */ TailBuffer)
/* harmony export */ });
/** Keeps only the last `limit` bytes written: enough stderr to explain a failure. */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - (this.chunks[0]?.length ?? 0) >= this.limit && this.chunks.length > 1) {
            this.size -= this.chunks.shift().length;
        }
    }
    /** The tail as text, trimmed, with a marker when earlier output was dropped. */
    text() {
        const all = Buffer.concat(this.chunks);
        const cut = all.length > this.limit;
        const kept = cut ? all.subarray(all.length - this.limit) : all;
        const text = kept.toString('utf8').replace(/^\uFFFD+/, '').trim();
        return cut ? `…${text}` : text;
    }
    clear() {
        this.chunks = [];
        this.size = 0;
    }
}
/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes`
 * of an unfinished line: a process that floods its stdout cannot exhaust memory.
 */
class LineSplitter {
    maxLineBytes;
    pending = [];
    pendingSize = 0;
    constructor(maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }
    /** Complete lines in `chunk`; `overflow` is true once the unfinished line is too long. */
    push(chunk) {
        const lines = [];
        let start = 0;
        for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
            const piece = chunk.subarray(start, nl);
            if (this.pendingSize + piece.length > this.maxLineBytes)
                return { lines, overflow: true };
            this.pending.push(piece);
            lines.push(Buffer.concat(this.pending).toString('utf8').replace(/\r$/, ''));
            this.pending = [];
            this.pendingSize = 0;
            start = nl + 1;
        }
        const rest = chunk.subarray(start);
        this.pendingSize += rest.length;
        if (this.pendingSize > this.maxLineBytes)
            return { lines, overflow: true };
        if (rest.length > 0)
            this.pending.push(rest);
        return { lines, overflow: false };
    }
    /** The unfinished line, if the stream ended in the middle of one. */
    remainder() {
        return Buffer.concat(this.pending).toString('utf8');
    }
}


/***/ })

};
