export const id = 618;
export const ids = [618];
export const modules = {

/***/ 53196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCommandLine: () => (/* binding */ parseCommandLine)
/* harmony export */ });
/* harmony import */ var shell_quote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26591);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71958);


/**
 * Splits a command line into argv the way a POSIX shell would (quotes, backslashes,
 * $VARS from `env`), but refuses pipes, redirections, globs and the like: the command
 * runs without a shell, so such syntax would silently mean something else.
 */
function parseCommandLine(line, env, where) {
    const fail = (message, fix) => {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(message, { ...where, fix });
    };
    const open = unclosedQuote(line);
    if (open)
        fail(`the command has an unclosed ${open} quote: ${line}`, `close the ${open} quote`);
    const missing = [];
    const tokens = (0,shell_quote__WEBPACK_IMPORTED_MODULE_0__.parse)(line, (name) => {
        const value = env[name];
        if (value === undefined)
            missing.push(name);
        return value ?? '';
    });
    if (missing.length > 0) {
        fail(`the command uses $${missing[0]}, which is not set in the environment`, `set ${missing[0]} before running factgate, or write the value into the command`);
    }
    const argv = [];
    for (const token of tokens) {
        if (typeof token === 'string') {
            argv.push(token);
        }
        else if ('comment' in token) {
            fail(`the command contains a comment (#${token.comment})`, 'remove it, or quote the # if it is an argument');
        }
        else if (token.op === 'glob') {
            fail(`the command contains the pattern ${token.pattern}, which is not expanded (no shell runs the command)`, `quote it if it is meant literally, or list the files; for shell features use sh -c '...'`);
        }
        else {
            fail(`the command uses the shell operator ${token.op}, which is not interpreted (no shell runs the command)`, `put the pipeline in a script and run that, or use sh -c '...'`);
        }
    }
    if (argv.length === 0 || argv[0] === '')
        fail('the command is empty', 'give the program to run, e.g. "python app.py"');
    return argv;
}
/** The quote character left open at the end of `line`, if any. */
function unclosedQuote(line) {
    let quote;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote === "'") {
            if (ch === "'")
                quote = undefined;
        }
        else if (ch === '\\') {
            i++;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = undefined;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
        }
    }
    return quote;
}


/***/ }),

/***/ 87618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  getResponses: () => (/* binding */ getResponses)
});

// UNUSED EXPORTS: MAX_ANSWER_CHARS, prepareProvider, providerSecrets, withinAnswerCap

// EXTERNAL MODULE: ./.build/schemas/response.schema.json
var response_schema = __webpack_require__(59620);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/shared/files.js
var files = __webpack_require__(88358);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/responses/contexts.js
var responses_contexts = __webpack_require__(35166);
;// CONCATENATED MODULE: ./.build/src/responses/app-protocol.js

function publicCase(kase) {
    return {
        id: kase.id,
        category: kase.category,
        question: kase.question,
        sources: kase.sources.map((s) => (s.title === undefined ? { id: s.id, text: s.text } : { id: s.id, title: s.title, text: s.text })),
    };
}
/**
 * Checks a decoded response object against the response contract.
 * `idRequired`: worker lines must echo the id, so an out-of-order answer is caught.
 */
function checkAppResponse(value, expectedId, idRequired) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return { ok: false, error: `the response is ${describeJson(value)}, not an object like {"id": ..., "answer": "..."}` };
    }
    const record = value;
    if (record.id === undefined || record.id === null) {
        if (idRequired)
            return { ok: false, error: `the response has no "id"; a worker must echo each case's id` };
    }
    else if (String(record.id) !== expectedId) {
        return {
            ok: false,
            error: `the response is for case ${JSON.stringify(String(record.id))}, not ${JSON.stringify(expectedId)}; answer each request in order, echoing its id`,
        };
    }
    const appError = typeof record.error === 'string' && record.error !== '' ? record.error : undefined;
    if (typeof record.answer !== 'string' && !(appError && (record.answer === undefined || record.answer === null))) {
        return { ok: false, error: `"answer" is ${describeJson(record.answer)}, not a string` };
    }
    const response = { id: expectedId, answer: typeof record.answer === 'string' ? record.answer : '' };
    if (record.claims !== undefined && record.claims !== null) {
        const claims = checkClaims(record.claims);
        if (!claims.ok)
            return claims;
        response.claims = claims.value;
    }
    if (record.contexts !== undefined && record.contexts !== null) {
        const contexts = (0,responses_contexts/* checkContexts */.R$)(record.contexts);
        if (!contexts.ok)
            return { ok: false, error: contexts.error };
        response.contexts = contexts.value;
    }
    if (record.latency_ms !== undefined && record.latency_ms !== null) {
        const ms = record.latency_ms;
        if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
            return { ok: false, error: `"latency_ms" is ${describeJson(ms)}, not a number of milliseconds (0 or more)` };
        response.latency_ms = ms;
    }
    if (appError)
        response.error = `the app reported an error: ${appError}`;
    return { ok: true, value: response };
}
function checkClaims(value) {
    if (!Array.isArray(value))
        return { ok: false, error: `"claims" is ${describeJson(value)}, not a list` };
    const claims = [];
    for (const [i, claim] of value.entries()) {
        const c = claim;
        if (typeof c !== 'object' || c === null || typeof c.text !== 'string') {
            return { ok: false, error: `claims[${i}] needs a "text" string` };
        }
        const citations = c.citations ?? [];
        if (!Array.isArray(citations) || !citations.every((x) => typeof x === 'string' || typeof x === 'number')) {
            return { ok: false, error: `claims[${i}].citations must be a list of source ids` };
        }
        claims.push({ text: c.text, citations: citations.map(String) });
    }
    return { ok: true, value: claims };
}
/** Decodes JSON text, describing the failure with a short, log-safe excerpt. */
function parseJsonText(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { ok: false, error: `not JSON (${reason}): ${excerpt(text)}` };
    }
}
/** At most `max` characters of untrusted text, on one line, for an error message. */
function excerpt(text, max = 200) {
    const flat = JSON.stringify(text.length > max ? text.slice(0, max) : text);
    return text.length > max ? `${flat}… (${text.length} characters)` : flat;
}
function describeJson(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}

;// CONCATENATED MODULE: ./.build/src/responses/child-env.js
/**
 * The environment the app under test runs with: factgate's own, minus what the Actions
 * runner hands to factgate alone. INPUT_* holds the action's inputs (the GitHub token
 * among them) and ACTIONS_* the runner's service tokens; the app, which on a pull
 * request is the contributor's code, must not inherit them. Variables the settings set
 * explicitly are always passed.
 */
const RUNNER_ONLY = [/^INPUT_/i, /^ACTIONS_RUNTIME_/i, /^ACTIONS_ID_TOKEN_REQUEST_/i, /^ACTIONS_CACHE_URL$/i, /^ACTIONS_RESULTS_URL$/i];
function childEnvironment(inherited, explicit) {
    const env = {};
    for (const [name, value] of Object.entries(inherited)) {
        if (!RUNNER_ONLY.some((pattern) => pattern.test(name)))
            env[name] = value;
    }
    return { ...env, ...explicit };
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./.build/src/shared/process-tree.js
var process_tree = __webpack_require__(96541);
// EXTERNAL MODULE: ./.build/src/shared/stream-capture.js
var stream_capture = __webpack_require__(99858);
// EXTERNAL MODULE: ./.build/src/report/format.js
var format = __webpack_require__(96747);
;// CONCATENATED MODULE: ./.build/src/responses/command.js





const STDERR_TAIL_BYTES = 2048;
/**
 * After the app exits (or is killed), how long its pipes may stay open: what is left in them
 * is read, but a grandchild that holds them (one in a new session, out of the app's group)
 * is killed and the case goes on without waiting for it.
 */
const PIPE_DRAIN_MS = 500;
/**
 * Per-case mode: one process per case, the case JSON on stdin, the response JSON on
 * stdout. Never throws for the app's misbehaviour: every failure becomes the case's error.
 */
function runCommandCase(kase, target, signal) {
    const started = external_node_perf_hooks_.performance.now();
    return new Promise((resolve) => {
        const stdout = [];
        let stdoutSize = 0;
        const stderr = new stream_capture/* TailBuffer */.v(STDERR_TAIL_BYTES);
        let why;
        let spawnError;
        let settled = false;
        const child = (0,process_tree/* spawnInGroup */.Mw)(target.argv, { cwd: target.cwd, env: target.env });
        let drain;
        const stop = (reason) => {
            why ??= reason;
            (0,process_tree/* killTree */.TP)(child, true);
        };
        const timer = setTimeout(() => stop('timeout'), target.timeoutMs);
        const onAbort = () => stop('cancel');
        signal.addEventListener('abort', onAbort, { once: true });
        if (signal.aborted)
            onAbort();
        const finish = (response) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(drain);
            signal.removeEventListener('abort', onAbort);
            (0,process_tree/* killTree */.TP)(child);
            (0,process_tree/* forgetChild */.mR)(child);
            // The app's own figure leaves out its process start-up; without one, the process's time is all there is.
            resolve({ ...response, latency_ms: response.latency_ms ?? roundMs(external_node_perf_hooks_.performance.now() - started) });
        };
        child.stdout.on('data', (chunk) => {
            if (why)
                return;
            stdoutSize += chunk.length;
            if (stdoutSize > target.maxOutputBytes)
                stop('flood');
            else
                stdout.push(chunk);
        });
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        // The app may exit without reading its input; the exit status tells the story.
        child.stdin.on('error', () => { });
        child.on('error', (error) => {
            spawnError = error;
            // A process that never started emits no 'exit'; 'close' may still follow.
            if (child.pid === undefined)
                finish({ id: kase.id, answer: '', error: describeSpawnError(error, target.argv) });
        });
        // Leftover grandchildren would hold the pipes open and delay 'close': end them now, and
        // those beyond the group once the pipes have had their time.
        child.on('exit', (code, exitSignal) => {
            (0,process_tree/* killTree */.TP)(child);
            drain = setTimeout(() => {
                (0,process_tree/* killTree */.TP)(child, true);
                child.stdout.destroy();
                child.stderr.destroy();
                closed(code, exitSignal);
            }, PIPE_DRAIN_MS);
        });
        child.on('close', (code, exitSignal) => closed(code, exitSignal));
        const closed = (code, exitSignal) => {
            if (settled)
                return;
            const tail = stderr.text();
            if (spawnError)
                return finish({ id: kase.id, answer: '', error: describeSpawnError(spawnError, target.argv) });
            if (why)
                return finish({ id: kase.id, answer: '', error: describeStop(why, target) + stderrNote(tail) });
            if (code !== 0)
                return finish({ id: kase.id, answer: '', error: describeExit(code, exitSignal) + stderrNote(tail) });
            const text = Buffer.concat(stdout).toString('utf8').trim();
            if (text === '') {
                return finish({
                    id: kase.id,
                    answer: '',
                    error: `the app exited with code 0 without printing a response on stdout${stderrNote(tail)}; fix: print the response JSON on stdout`,
                });
            }
            const json = parseJsonText(text);
            if (!json.ok) {
                return finish({
                    id: kase.id,
                    answer: '',
                    error: `the app printed a response that is ${json.error}; fix: print exactly one JSON object on stdout and send logs to stderr`,
                });
            }
            const checked = checkAppResponse(json.value, kase.id, false);
            finish(checked.ok ? checked.value : { id: kase.id, answer: '', error: `the app's response is invalid: ${checked.error}` });
        };
        child.stdin.end(JSON.stringify(kase) + '\n');
    });
}
function describeSpawnError(error, argv) {
    const code = error.code;
    if (code === 'ENOENT') {
        return `could not start ${JSON.stringify(argv[0])}: the program or the working directory was not found; fix: check the command, PATH and the working directory`;
    }
    if (code === 'EACCES') {
        return `could not start ${JSON.stringify(argv[0])}: permission denied; fix: make it executable (chmod +x) or run it through its interpreter`;
    }
    return `could not start ${JSON.stringify(argv[0])}: ${error.message}`;
}
function describeStop(why, target, allowedMs = target.timeoutMs) {
    switch (why) {
        case 'timeout':
            return `the app did not answer within ${(0,format/* formatSeconds */.Xo)(allowedMs)}; it was killed with every process it started; fix: ${timeoutFix(target)}`;
        case 'flood':
            return `the app wrote more than ${target.maxOutputBytes} bytes for one response; it was killed; fix: print only the response JSON (logs go to stderr), or raise the output limit`;
        case 'cancel':
            return 'cancelled before the app answered';
    }
}
/**
 * A worker that never answers is most often a per-case app (it reads stdin to the end
 * before it answers) run in worker mode: say so, and where the mode was chosen.
 */
function timeoutFix(target) {
    const from = target.modeFrom ? ` (command-mode: ${target.mode}, from ${target.modeFrom})` : '';
    if (target.mode === 'worker') {
        return `in worker mode${from} the app must answer each case line with one response line while stdin stays open; if it reads all of stdin before answering, it is a per-case app: set command-mode: per-case; otherwise raise timeout-ms (now ${target.timeoutMs})`;
    }
    return `make the app answer within the time-out or raise timeout-ms (now ${target.timeoutMs}); if the app is a long-lived worker that answers one line per case, set command-mode: worker`;
}
function describeExit(code, signal) {
    if (signal)
        return `the app was killed by ${signal}`;
    return `the app exited with code ${code}`;
}
function stderrNote(tail) {
    if (!tail)
        return '';
    return `; stderr ends with: ${JSON.stringify(tail.length > 500 ? `…${tail.slice(-500)}` : tail)}`;
}
function roundMs(ms) {
    return Math.round(ms * 1000) / 1000;
}

// EXTERNAL MODULE: ./.build/src/responses/command-line.js
var command_line = __webpack_require__(53196);
;// CONCATENATED MODULE: ./.build/src/responses/command-worker.js





/** After this many worker deaths in a row with no answer in between, stop restarting. */
const MAX_CONSECUTIVE_WORKER_FAILURES = 5;
/** How long a worker may take to exit after its stdin closes before it is killed. */
const GRACEFUL_EXIT_MS = 2000;
/**
 * One long-lived app process answering one JSON line per request, in order. Several
 * cases may be written ahead; the first in line is the one being answered, and its
 * time-out and latency run from when it got there. Any breach of the protocol (a
 * crash, a non-JSON line, an answer for another id, a flood, a time-out) fails that
 * case and ends the process; the cases queued behind it go to a new process.
 */
class WorkerProcess {
    target;
    pool;
    child;
    splitter = new stream_capture/* LineSplitter */.g(0);
    stderr = new stream_capture/* TailBuffer */.v(STDERR_TAIL_BYTES);
    queue = [];
    spawnError;
    /** The next case to reach the head is the new process's first: it gets the start-up allowance. */
    firstOnProcess = false;
    constructor(target, pool) {
        this.target = target;
        this.pool = pool;
    }
    ask(kase, signal) {
        return new Promise((resolve) => {
            const refusal = this.child ? null : this.pool.refusal();
            if (refusal !== null)
                return resolve({ id: kase.id, answer: '', error: refusal, latency_ms: 0 });
            if (signal.aborted)
                return resolve({ id: kase.id, answer: '', error: describeStop('cancel', this.target), latency_ms: 0 });
            const onAbort = () => this.cancelAll();
            signal.addEventListener('abort', onAbort, { once: true });
            const entry = {
                id: kase.id,
                line: JSON.stringify(kase) + '\n',
                started: undefined,
                firstOnProcess: false,
                timer: undefined,
                resolve: (response) => {
                    signal.removeEventListener('abort', onAbort);
                    resolve(response);
                },
            };
            this.queue.push(entry);
            this.send(entry);
            if (this.queue.length === 1)
                this.startHead();
        });
    }
    /** Ends the process: closes its stdin, then kills what is left after a grace period. */
    async close() {
        const child = this.child;
        if (!child)
            return;
        this.child = undefined;
        if (child.exitCode === null && child.signalCode === null) {
            const exited = new Promise((resolve) => child.once('exit', () => resolve()));
            child.stdin.end();
            let timer;
            await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, GRACEFUL_EXIT_MS)))]);
            clearTimeout(timer);
        }
        // Once per worker at the end of the run: nothing it started may outlive the run.
        (0,process_tree/* killTree */.TP)(child, true);
    }
    send(entry) {
        const child = this.child ?? this.start();
        if (!this.spawnError)
            child.stdin.write(entry.line);
    }
    start() {
        this.splitter = new stream_capture/* LineSplitter */.g(this.target.maxOutputBytes);
        this.stderr.clear();
        this.spawnError = undefined;
        this.firstOnProcess = true;
        const child = (0,process_tree/* spawnInGroup */.Mw)(this.target.argv, { cwd: this.target.cwd, env: this.target.env });
        this.child = child;
        const current = () => this.child === child;
        child.stdout.on('data', (chunk) => {
            if (!current())
                return;
            const { lines, overflow } = this.splitter.push(chunk);
            for (const line of lines) {
                if (!current())
                    return;
                if (line.trim() !== '')
                    this.onLine(line);
            }
            if (overflow && current())
                this.failHead(describeStop('flood', this.target), true);
        });
        child.stderr.on('data', (chunk) => {
            if (current())
                this.stderr.push(chunk);
        });
        child.stdin.on('error', () => { });
        child.on('error', (error) => {
            if (!current())
                return;
            this.spawnError = error;
            if (child.pid === undefined)
                this.failHead(describeSpawnError(error, this.target.argv), true);
        });
        child.on('exit', () => (0,process_tree/* killTree */.TP)(child));
        child.on('close', (code, signal) => {
            if (!current())
                return;
            const partial = this.splitter.remainder();
            const partialNote = partial ? `; it had written an unfinished line: ${excerpt(partial)}` : '';
            this.failHead(`${describeExit(code, signal).replace('the app', 'the worker')} while answering this case${partialNote}${stderrNote(this.stderr.text())}; it is restarted for the next case`, true);
        });
        return child;
    }
    /** Starts the clock of the case now first in line. */
    startHead() {
        const head = this.queue[0];
        if (!head || head.started !== undefined)
            return;
        head.started = external_node_perf_hooks_.performance.now();
        head.firstOnProcess = this.firstOnProcess;
        const allowedMs = this.target.timeoutMs + (this.firstOnProcess ? this.target.startupTimeoutMs : 0);
        this.firstOnProcess = false;
        head.timer = setTimeout(() => this.failHead(describeStop('timeout', this.target, allowedMs), false), allowedMs);
    }
    onLine(line) {
        const head = this.queue[0];
        if (!head) {
            // Nobody to blame: end the process so its stray output cannot be taken for an answer.
            this.endProcess();
            return;
        }
        const json = parseJsonText(line);
        if (!json.ok) {
            return this.failHead(`the worker printed a line that is ${json.error}; fix: print one JSON response per line on stdout and send logs to stderr`, true);
        }
        const checked = checkAppResponse(json.value, head.id, true);
        if (!checked.ok)
            return this.failHead(`the worker's response is invalid: ${checked.error}`, true);
        this.settleHead(checked.value);
        this.pool.outcome(null);
        this.startHead();
    }
    /**
     * Fails the case first in line and ends the process, whose stream is now out of step;
     * the cases queued behind it are sent again to a new process. `broken`: the app
     * itself misbehaved (not a slow answer).
     */
    failHead(error, broken) {
        this.endProcess();
        const head = this.queue[0];
        if (!head)
            return;
        this.settleHead({ id: head.id, answer: '', error });
        if (broken)
            this.pool.outcome(error);
        if (this.queue.length === 0)
            return;
        const refusal = this.pool.refusal();
        if (refusal !== null) {
            for (const entry of this.queue.splice(0))
                this.settle(entry, { id: entry.id, answer: '', error: refusal });
            return;
        }
        for (const entry of this.queue)
            this.send(entry);
        this.startHead();
    }
    cancelAll() {
        this.endProcess();
        for (const entry of this.queue.splice(0))
            this.settle(entry, { id: entry.id, answer: '', error: describeStop('cancel', this.target) });
    }
    endProcess() {
        const child = this.child;
        this.child = undefined;
        // Thorough: a worker ended for a time-out or a breach may have left the group with setsid().
        if (child)
            (0,process_tree/* killTree */.TP)(child, true);
    }
    settleHead(response) {
        const head = this.queue.shift();
        if (head)
            this.settle(head, response);
    }
    settle(entry, response) {
        clearTimeout(entry.timer);
        const measured = roundMs(entry.started === undefined ? 0 : external_node_perf_hooks_.performance.now() - entry.started);
        if (response.latency_ms !== undefined)
            entry.resolve(response);
        else if (entry.firstOnProcess && !response.error)
            entry.resolve({ ...response, startup_ms: measured });
        else
            entry.resolve({ ...response, latency_ms: measured });
    }
}
/**
 * The worker processes of a run. Lanes (cases in flight) are spread over the workers;
 * with fewer workers than lanes each worker gets several cases ahead. A worker that
 * keeps failing is not restarted forever.
 */
class WorkerPool {
    target;
    workerCount;
    workers = [];
    failuresInARow = 0;
    lastFailure = '';
    pool = {
        refusal: () => this.failuresInARow >= MAX_CONSECUTIVE_WORKER_FAILURES
            ? `not sent: the worker failed ${this.failuresInARow} times in a row without answering, so it is not restarted again; last failure: ${this.lastFailure}`
            : null,
        outcome: (failure) => {
            this.failuresInARow = failure === null ? 0 : this.failuresInARow + 1;
            if (failure !== null)
                this.lastFailure = failure;
        },
    };
    constructor(target, workerCount) {
        this.target = target;
        this.workerCount = workerCount;
    }
    ask(kase, lane, signal) {
        const index = lane % this.workerCount;
        const worker = (this.workers[index] ??= new WorkerProcess(this.target, this.pool));
        return worker.ask(kase, signal);
    }
    async close() {
        await Promise.all(this.workers.map((w) => w.close()));
    }
}

;// CONCATENATED MODULE: ./.build/src/responses/find-executable.js


/**
 * Where `program` would be found when spawned from `cwd` with `env.PATH`, or undefined.
 * Checked once before the run so a typo in the command is one clear settings error
 * instead of the same failure on every case.
 */
function findExecutable(program, cwd, env, platform = process.platform) {
    const extensions = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : [''];
    const hasSeparator = program.includes('/') || (platform === 'win32' && program.includes('\\'));
    const candidates = hasSeparator
        ? [(0,external_node_path_.isAbsolute)(program) ? program : (0,external_node_path_.resolve)(cwd, program)]
        : (env.PATH ?? env.Path ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .map((dir) => (0,external_node_path_.resolve)(cwd, dir, program));
    for (const base of candidates) {
        for (const ext of extensions) {
            if (isRunnableFile(base + ext, platform))
                return base + ext;
        }
    }
    return undefined;
}
function isRunnableFile(path, platform) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        if (platform !== 'win32')
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./.build/src/responses/http-template.js

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;
const PLACEHOLDER_NAMES = ['id', 'category', 'question', 'sources', 'case'];
/**
 * Compiles a request body template into a function from case to JSON text. The template
 * is parsed as JSON first and placeholders are replaced in the parsed tree, so a
 * question holding quotes or newlines can never break out of its string.
 */
function compileBodyTemplate(template, where) {
    if (template === undefined)
        return (kase) => JSON.stringify(kase);
    let tree = template;
    if (typeof template === 'string') {
        try {
            tree = JSON.parse(template);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`the request body template is not valid JSON: ${error.message}`, {
                ...where,
                fix: 'write the template as JSON with placeholders inside strings, e.g. {"prompt": "{{question}}", "docs": "{{sources}}"}',
            });
        }
    }
    checkPlaceholders(tree, where, '');
    return (kase) => JSON.stringify(fill(tree, kase));
}
function checkPlaceholders(node, where, pointer) {
    if (typeof node === 'string') {
        for (const match of node.matchAll(PLACEHOLDER)) {
            if (!PLACEHOLDER_NAMES.includes(match[1])) {
                throw new errors/* ConfigurationError */.j1(`the request body template uses the unknown placeholder {{${match[1]}}} at ${pointer || '/'}`, {
                    ...where,
                    fix: `use one of ${PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(', ')}`,
                });
            }
        }
    }
    else if (Array.isArray(node)) {
        node.forEach((item, i) => checkPlaceholders(item, where, `${pointer}/${i}`));
    }
    else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node))
            checkPlaceholders(value, where, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
}
function fill(node, kase) {
    if (typeof node === 'string') {
        const whole = /^\{\{\s*([A-Za-z_]\w*)\s*\}\}$/.exec(node);
        if (whole)
            return http_template_valueOf(whole[1], kase);
        return node.replace(PLACEHOLDER, (_, name) => {
            const value = http_template_valueOf(name, kase);
            return typeof value === 'string' ? value : JSON.stringify(value);
        });
    }
    if (Array.isArray(node))
        return node.map((item) => fill(item, kase));
    if (typeof node === 'object' && node !== null) {
        const out = {};
        for (const [key, value] of Object.entries(node))
            out[key] = fill(value, kase);
        return out;
    }
    return node;
}
function http_template_valueOf(name, kase) {
    return name === 'case' ? kase : kase[name];
}
/**
 * Expands ${NAME} in header values from the environment. The expanded values are
 * returned as secrets so the caller can mask them in logs before anything is printed.
 */
function http_template_expandHeaders(headers, env, where) {
    const out = {};
    const secrets = [];
    for (const [name, template] of Object.entries(headers ?? {})) {
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
            throw new errors/* ConfigurationError */.j1(`${JSON.stringify(name)} is not a valid HTTP header name`, {
                ...where,
                fix: 'use letters, digits and dashes, e.g. Authorization or X-Api-Key',
            });
        }
        out[name] = String(template).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable) => {
            const value = env[variable];
            if (value === undefined || value === '') {
                throw new errors/* ConfigurationError */.j1(`header ${name} uses \${${variable}}, which is not set in the environment`, {
                    ...where,
                    fix: `set ${variable} (in a workflow: env: ${variable}: \${{ secrets.${variable} }})`,
                });
            }
            secrets.push(value);
            return value;
        });
        if (/[\r\n]/.test(out[name])) {
            throw new errors/* ConfigurationError */.j1(`header ${name} would contain a line break`, {
                ...where,
                fix: 'remove line breaks from the header value and from the variables it uses',
            });
        }
    }
    return { headers: out, secrets };
}
/** A parsed field path: "data.answer", "choices[0].message.content", "items.0.text". */
function compileFieldPath(path, where) {
    if (!/^[^.[\]\s]+(?:\.[^.[\]\s]+|\[\d+\])*$/.test(path)) {
        throw new errors/* ConfigurationError */.j1(`${JSON.stringify(path)} is not a field path`, {
            ...where,
            fix: 'write it as dot-separated names with [n] for list items, e.g. data.answer or choices[0].message.content',
        });
    }
    const steps = [];
    for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
        if (match[2] !== undefined)
            steps.push(Number(match[2]));
        else
            steps.push(/^\d+$/.test(match[1]) ? Number(match[1]) : match[1]);
    }
    return steps;
}
/** The value at `steps`, or undefined when any step is missing. */
function readFieldPath(value, steps) {
    let current = value;
    for (const step of steps) {
        if (current === null || typeof current !== 'object')
            return undefined;
        if (typeof step === 'number') {
            if (!Array.isArray(current))
                return undefined;
            current = current[step];
        }
        else {
            if (!Object.prototype.hasOwnProperty.call(current, step))
                return undefined;
            current = current[step];
        }
    }
    return current;
}

// EXTERNAL MODULE: ./.build/src/shared/retry-after.js
var retry_after = __webpack_require__(42132);
;// CONCATENATED MODULE: ./.build/src/responses/http.js








const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    }),
    random: Math.random,
};
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;
const MAX_REDIRECTS = 5;
/** After this many cases in a row that could not connect at all, stop trying the rest. */
const MAX_UNREACHABLE_CASES = 5;
/**
 * POSTs each case to the app's endpoint over a keep-alive connection pool. Retries
 * 429 and 5xx (honouring retry-after) and refused connections; never follows a
 * redirect to another origin, so headers carrying secrets stay with the configured host.
 */
class HttpProvider {
    target;
    clock;
    agent;
    unreachableInARow = 0;
    lastUnreachable = '';
    constructor(target, clock = realClock) {
        this.target = target;
        this.clock = clock;
        this.agent = new undici/* Agent */.g6({ connections: target.concurrency, keepAliveTimeout: 10_000 });
    }
    async ask(kase, signal) {
        // An endpoint that is not up would cost every case its full retry budget.
        if (this.unreachableInARow >= MAX_UNREACHABLE_CASES) {
            return {
                id: kase.id,
                answer: '',
                error: `not sent: the endpoint could not be reached for ${this.unreachableInARow} cases in a row; last failure: ${this.lastUnreachable}`,
                latency_ms: 0,
            };
        }
        const body = this.target.body(kase);
        for (let attempt = 1;; attempt++) {
            const started = external_node_perf_hooks_.performance.now();
            const outcome = await this.attempt(kase.id, body, signal);
            const latency_ms = roundMs(external_node_perf_hooks_.performance.now() - started);
            if (outcome.kind === 'ok' || !outcome.unreachable)
                this.unreachableInARow = 0;
            else if (outcome.kind === 'final' || attempt > this.target.retries) {
                this.unreachableInARow++;
                this.lastUnreachable = outcome.error;
            }
            if (outcome.kind === 'ok')
                return { ...outcome.response, latency_ms: outcome.response.latency_ms ?? latency_ms };
            const tries = attempt > 1 ? ` (after ${attempt} attempts)` : '';
            if (outcome.kind === 'final' || attempt > this.target.retries) {
                return { id: kase.id, answer: '', error: outcome.error + tries, latency_ms };
            }
            const asked = outcome.retryAfterMs;
            if (asked !== undefined && asked > this.target.maxRetryWaitMs) {
                return {
                    id: kase.id,
                    answer: '',
                    error: `${outcome.error}; the server asked to retry after ${(0,format/* formatSeconds */.Xo)(asked)}, longer than the ${(0,format/* formatSeconds */.Xo)(this.target.maxRetryWaitMs)} limit${tries}; fix: lower the load (concurrency) or raise the retry wait limit`,
                    latency_ms,
                };
            }
            await this.clock.sleep(asked ?? (0,retry_after/* backoffMs */.j)(attempt, BACKOFF_BASE_MS, BACKOFF_CAP_MS, this.clock.random), signal);
            if (signal.aborted)
                return { id: kase.id, answer: '', error: 'cancelled before the endpoint answered', latency_ms };
        }
    }
    async close() {
        await this.agent.close();
    }
    async attempt(id, body, signal) {
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, this.target.timeoutMs);
        const onAbort = () => controller.abort();
        signal.addEventListener('abort', onAbort, { once: true });
        if (signal.aborted)
            controller.abort();
        try {
            return await this.post(id, body, controller.signal);
        }
        catch (error) {
            if (timedOut) {
                return {
                    kind: 'final',
                    error: `the endpoint did not answer within ${(0,format/* formatSeconds */.Xo)(this.target.timeoutMs)}; fix: make the app answer within the time-out or raise timeout-ms (now ${this.target.timeoutMs})`,
                };
            }
            if (signal.aborted)
                return { kind: 'final', error: 'cancelled before the endpoint answered' };
            return describeNetworkError(error, this.target.url);
        }
        finally {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
        }
    }
    async post(id, body, signal) {
        let url = this.target.url;
        for (let hop = 0;; hop++) {
            const response = await (0,undici/* request */.Em)(url, {
                method: 'POST',
                dispatcher: this.agent,
                headers: { 'content-type': 'application/json', accept: 'application/json', ...this.target.headers },
                body,
                signal,
            });
            const status = response.statusCode;
            if (status >= 300 && status < 400 && status !== 304) {
                await response.body.dump();
                const next = redirectTarget(url, response.headers.location);
                if (typeof next === 'string')
                    return { kind: 'final', error: `HTTP ${status}: ${next}` };
                if (next.origin !== url.origin) {
                    return {
                        kind: 'final',
                        error: `HTTP ${status}: the endpoint redirects to another origin (${next.origin}); the redirect was not followed, so the request headers (which may carry secrets) were not sent there; fix: set the endpoint to the final URL if you trust that host`,
                    };
                }
                if (status !== 307 && status !== 308) {
                    return {
                        kind: 'final',
                        error: `HTTP ${status}: the endpoint redirects to ${next.pathname}, and following a ${status} would turn the POST into a GET; fix: set the endpoint to the final URL`,
                    };
                }
                if (hop >= MAX_REDIRECTS)
                    return { kind: 'final', error: `more than ${MAX_REDIRECTS} redirects; fix: set the endpoint to the final URL` };
                url = next;
                continue;
            }
            const text = await readCapped(response.body, this.target.maxResponseBytes);
            if (text === undefined) {
                return {
                    kind: 'final',
                    error: `HTTP ${status}: the response body is larger than ${this.target.maxResponseBytes} bytes; fix: return a smaller body or raise the response size limit`,
                };
            }
            if (status === 429 || status >= 500) {
                const retryAfter = (0,retry_after/* parseRetryAfter */.m)(headerValue(response.headers['retry-after']), this.clock.now());
                return { kind: 'retry', error: `HTTP ${status}: ${excerpt(text)}`, retryAfterMs: retryAfter };
            }
            if (status < 200 || status >= 300)
                return { kind: 'final', error: describeClientError(status, text) };
            return this.decode(id, status, text);
        }
    }
    decode(id, status, text) {
        const json = parseJsonText(text);
        if (!json.ok) {
            return { kind: 'final', error: `HTTP ${status}: the response body is ${json.error}; fix: return a JSON body` };
        }
        const { answerPath, claimsPath, contextsPath } = this.target;
        // The plain contract ({id, answer, claims, contexts}) gets the full check, including the id echo.
        if (answerPath.text === 'answer' && (claimsPath === undefined || claimsPath.text === 'claims') && (contextsPath === undefined || contextsPath.text === 'contexts')) {
            const checked = checkAppResponse(json.value, id, false);
            return checked.ok ? { kind: 'ok', response: checked.value } : { kind: 'final', error: `the endpoint's response is invalid: ${checked.error}` };
        }
        const answer = readFieldPath(json.value, answerPath.steps);
        if (typeof answer !== 'string') {
            return {
                kind: 'final',
                error: `the response has no text at "${answerPath.text}" (${describeFound(answer, json.value)}); fix: set the answer path to where the answer is`,
            };
        }
        const response = { id, answer };
        const reported = json.value?.latency_ms;
        if (typeof reported === 'number' && Number.isFinite(reported) && reported >= 0)
            response.latency_ms = reported;
        if (claimsPath) {
            const rawClaims = readFieldPath(json.value, claimsPath.steps);
            if (rawClaims !== undefined && rawClaims !== null) {
                const claims = checkClaims(rawClaims);
                if (!claims.ok)
                    return { kind: 'final', error: `the claims at "${claimsPath.text}" are invalid: ${claims.error}` };
                response.claims = claims.value;
            }
        }
        if (contextsPath) {
            const rawContexts = readFieldPath(json.value, contextsPath.steps);
            if (rawContexts !== undefined && rawContexts !== null) {
                const contexts = (0,responses_contexts/* checkContexts */.R$)(rawContexts);
                if (!contexts.ok)
                    return { kind: 'final', error: `the contexts at "${contextsPath.text}" are invalid: ${contexts.error}` };
                response.contexts = contexts.value;
            }
        }
        return { kind: 'ok', response };
    }
}
function redirectTarget(from, location) {
    const value = headerValue(location);
    if (!value)
        return 'a redirect without a Location header; fix: set the endpoint to the final URL';
    try {
        return new URL(value, from);
    }
    catch {
        return `a redirect to an invalid URL ${excerpt(value)}; fix: set the endpoint to the final URL`;
    }
}
/** The body as text, or undefined once it exceeds `limit` bytes (the rest is not read). */
async function readCapped(body, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            body.destroy();
            return undefined;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function headerValue(value) {
    return Array.isArray(value) ? value[0] : value;
}
function describeClientError(status, text) {
    const fix = status === 401 || status === 403
        ? 'check the credentials in the request headers'
        : status === 404 || status === 405
            ? 'check the endpoint URL and that it accepts POST'
            : 'check the request body template against what the app expects';
    return `HTTP ${status}: ${excerpt(text)}; fix: ${fix}`;
}
function describeFound(value, root) {
    const found = value === undefined ? 'nothing there' : `found ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}`;
    if (typeof root === 'object' && root !== null && !Array.isArray(root)) {
        const keys = Object.keys(root).slice(0, 10);
        return `${found}; the top-level fields are ${keys.length ? keys.join(', ') : 'none'}`;
    }
    return found;
}
function describeNetworkError(error, url) {
    const err = error;
    const code = err.code ?? err.cause?.code;
    const where = url.origin;
    switch (code) {
        case 'ECONNREFUSED':
            return {
                kind: 'retry',
                error: `could not connect to ${where}: connection refused; fix: start the app before factgate and wait until it listens, or check the endpoint`,
                retryAfterMs: undefined,
                unreachable: true,
            };
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return { kind: 'final', error: `could not resolve the host of ${where}; fix: check the endpoint URL`, unreachable: true };
        case 'ECONNRESET':
        case 'EPIPE':
        case 'UND_ERR_SOCKET':
        case 'UND_ERR_CLOSED':
            return { kind: 'retry', error: `the connection to ${where} was closed before a response arrived (${code})`, retryAfterMs: undefined };
        default:
            return { kind: 'final', error: `request to ${where} failed: ${code ? `${code}: ` : ''}${err.message ?? String(error)}` };
    }
}

// EXTERNAL MODULE: ./.build/src/responses/provider-settings.js
var provider_settings = __webpack_require__(91721);
;// CONCATENATED MODULE: ./.build/src/responses/run-cases.js
/**
 * Runs `task` over `items` with at most `concurrency` in flight. Lane numbers let a
 * provider keep one long-lived resource (a worker process) per lane. On cancel, no new
 * case starts, in-flight tasks see the signal, and every case without a real outcome
 * is listed in `notRun` so the report can say it is partial.
 */
async function runCases(items, options, task) {
    const signal = options.signal ?? new AbortController().signal;
    const outcomes = new Array(items.length);
    let next = 0;
    const lanes = Math.max(1, Math.min(Math.floor(options.concurrency), items.length));
    async function lane(index) {
        while (!signal.aborted && next < items.length) {
            const position = next++;
            const response = await task(items[position], index, signal);
            // A failure that coincides with the cancel was caused by it: that case did not run.
            if (signal.aborted && response.error !== undefined)
                continue;
            outcomes[position] = response;
            options.onSettled?.(response);
        }
    }
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
    const responses = [];
    const notRun = [];
    outcomes.length = items.length;
    for (let i = 0; i < items.length; i++) {
        const outcome = outcomes[i];
        if (outcome)
            responses.push(outcome);
        else
            notRun.push(items[i].id);
    }
    return { responses, notRun, cancelled: signal.aborted };
}

;// CONCATENATED MODULE: ./.build/src/responses/providers.js
















/**
 * Gets every case's answer from the app. Cases the app fails on carry `error` (and
 * still `latency_ms`); the run never stops for them. A cancel (options.signal) stops
 * children and requests and lists the cases that did not run. Throws ConfigurationError
 * before running anything when the settings cannot work (bad command, URL, template...).
 */
async function getResponses(cases, settings, options = {}) {
    const provider = prepareProvider(settings, options);
    const publicCases = cases.map(publicCase);
    // Every lane listens to the cancel signal; a private one avoids the listener-leak warning.
    const cancel = new AbortController();
    (0,external_node_events_.setMaxListeners)(provider.concurrency * 4 + 16, cancel.signal);
    const forward = () => cancel.abort();
    options.signal?.addEventListener('abort', forward, { once: true });
    if (options.signal?.aborted)
        forward();
    options.progress?.start(publicCases.length);
    let result;
    try {
        result = await runCases(publicCases, { concurrency: provider.concurrency, signal: cancel.signal, onSettled: (r) => options.progress?.settled(r) }, async (kase, lane, signal) => withinAnswerCap(await provider.ask(kase, lane, signal)));
    }
    finally {
        options.signal?.removeEventListener('abort', forward);
        await provider.close();
        options.progress?.finish({ cancelled: result?.cancelled ?? cancel.signal.aborted });
    }
    return { ...result, secrets: provider.secrets };
}
/** The longest answer judged, the same for every provider as for the responses file (its schema's limit). */
const MAX_ANSWER_CHARS = response_schema.properties.answer.maxLength;
/**
 * An answer over the cap is the case's error, never judged: judging time grows with the
 * answer, and a 900 KB answer would hold the run for minutes.
 */
function withinAnswerCap(response) {
    if (response.answer.length <= MAX_ANSWER_CHARS)
        return response;
    const { latency_ms } = response;
    return {
        id: response.id,
        answer: '',
        error: `the answer is ${response.answer.length.toLocaleString('en-US')} characters, over the ${MAX_ANSWER_CHARS.toLocaleString('en-US')} factgate judges; fix: make the app answer more briefly (an answer this long is usually a loop or a dump)`,
        ...(latency_ms !== undefined ? { latency_ms } : {}),
    };
}
/** The values the HTTP headers will carry, so the caller can mask them before any output. */
function providerSecrets(settings, env = process.env) {
    if (settings.kind !== 'http')
        return [];
    return expandHeaders(settings.headers, env, settingsPlace(settings.origin, 'headers')).secrets;
}
function prepareProvider(settings, options = {}) {
    const env = options.env ?? process.env;
    const concurrency = checkCount(options.concurrency ?? provider_settings/* PROVIDER_DEFAULTS */.h.concurrency, 1, 1024, settings, 'concurrency');
    const timeoutMs = checkCount(options.timeoutMs ?? provider_settings/* PROVIDER_DEFAULTS */.h.timeoutMs, 1, 24 * 3600 * 1000, settings, 'timeoutMs');
    if (settings.kind === 'http') {
        const retries = checkCount(options.retries ?? provider_settings/* PROVIDER_DEFAULTS */.h.retries, 0, 10, settings, 'retries');
        return prepareHttp(settings, { env, concurrency, timeoutMs, retries, clock: options.clock ?? realClock });
    }
    const target = resolveCommand(settings, env, options.cwd ?? process.cwd(), timeoutMs);
    if (settings.mode === 'worker') {
        const workers = checkCount(settings.workers ?? concurrency, 1, concurrency, settings, 'workers');
        const pool = new WorkerPool(target, workers);
        return { concurrency, secrets: [], ask: (kase, lane, signal) => pool.ask(kase, lane, signal), close: () => pool.close() };
    }
    return { concurrency, secrets: [], ask: (kase, _lane, signal) => runCommandCase(kase, target, signal), close: async () => { } };
}
function resolveCommand(settings, baseEnv, baseCwd, timeoutMs) {
    const env = childEnvironment(baseEnv, settings.env);
    const cwd = (0,external_node_path_.resolve)(baseCwd, settings.cwd ?? '.');
    if (!(0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false })?.isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`the working directory ${cwd} does not exist`, {
            ...(0,provider_settings/* settingsPlace */.t)(settings.origin, 'cwd'),
            fix: `give an existing directory (${files/* PATHS_ARE_RELATIVE */.zc})`,
        });
    }
    const argv = (0,command_line.parseCommandLine)(settings.command, env, (0,provider_settings/* settingsPlace */.t)(settings.origin, 'command'));
    if (!findExecutable(argv[0], cwd, env)) {
        throw new errors/* ConfigurationError */.j1(`the command's program ${JSON.stringify(argv[0])} was not found (looked in ${argv[0].includes('/') ? cwd : 'PATH'})`, {
            ...(0,provider_settings/* settingsPlace */.t)(settings.origin, 'command'),
            fix: `install it, fix the spelling, or give its path (a relative path starts from the app's working directory, ${cwd})`,
        });
    }
    const maxOutputBytes = checkCount(settings.maxOutputBytes ?? provider_settings/* PROVIDER_DEFAULTS */.h.maxOutputBytes, 64, 1024 ** 3, settings, 'maxOutputBytes');
    const startupTimeoutMs = settings.mode === 'worker'
        ? checkCount(settings.startupTimeoutMs ?? provider_settings/* PROVIDER_DEFAULTS */.h.startupTimeoutMs, 0, 24 * 3600 * 1000, settings, 'startupTimeoutMs')
        : 0;
    return { argv, cwd, env, timeoutMs, startupTimeoutMs, maxOutputBytes, mode: settings.mode, ...(settings.modeFrom !== undefined ? { modeFrom: settings.modeFrom } : {}) };
}
function prepareHttp(settings, run) {
    const where = (field) => (0,provider_settings/* settingsPlace */.t)(settings.origin, field);
    let url;
    try {
        url = new URL(settings.endpoint);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${JSON.stringify(settings.endpoint)} is not a URL`, {
            ...where('endpoint'),
            fix: 'give the full URL, e.g. http://127.0.0.1:8000/answer',
        });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j1(`the endpoint must be http: or https:, not ${url.protocol}`, {
            ...where('endpoint'),
            fix: 'give an http:// or https:// URL',
        });
    }
    if (url.username || url.password) {
        throw new errors/* ConfigurationError */.j1('the endpoint URL carries credentials, which would be printed with it', {
            ...where('endpoint'),
            fix: 'put them in a header instead, e.g. Authorization: Basic ${APP_CREDENTIALS}',
        });
    }
    const { headers, secrets } = http_template_expandHeaders(settings.headers, run.env, where('headers'));
    const answerText = settings.answerPath ?? provider_settings/* PROVIDER_DEFAULTS */.h.answerPath;
    const provider = new HttpProvider({
        url,
        headers,
        body: compileBodyTemplate(settings.bodyTemplate, where('bodyTemplate')),
        answerPath: { text: answerText, steps: compileFieldPath(answerText, where('answerPath')) },
        claimsPath: settings.claimsPath === undefined
            ? answerText === provider_settings/* PROVIDER_DEFAULTS */.h.answerPath
                ? { text: 'claims', steps: ['claims'] }
                : undefined
            : { text: settings.claimsPath, steps: compileFieldPath(settings.claimsPath, where('claimsPath')) },
        contextsPath: settings.contextsPath === undefined
            ? answerText === provider_settings/* PROVIDER_DEFAULTS */.h.answerPath
                ? { text: 'contexts', steps: ['contexts'] }
                : undefined
            : { text: settings.contextsPath, steps: compileFieldPath(settings.contextsPath, where('contextsPath')) },
        timeoutMs: run.timeoutMs,
        retries: run.retries,
        maxRetryWaitMs: checkCount(settings.maxRetryWaitMs ?? provider_settings/* PROVIDER_DEFAULTS */.h.maxRetryWaitMs, 0, 3600 * 1000, settings, 'maxRetryWaitMs'),
        maxResponseBytes: checkCount(settings.maxResponseBytes ?? provider_settings/* PROVIDER_DEFAULTS */.h.maxResponseBytes, 64, 1024 ** 3, settings, 'maxResponseBytes'),
        concurrency: run.concurrency,
    }, run.clock);
    return {
        concurrency: run.concurrency,
        secrets,
        ask: (kase, _lane, signal) => provider.ask(kase, signal),
        close: () => provider.close(),
    };
}
function checkCount(value, min, max, settings, field) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new errors/* ConfigurationError */.j1(`${field} is ${value}, which is not a whole number from ${min} to ${max}`, {
            ...(0,provider_settings/* settingsPlace */.t)(settings.origin, field),
            fix: `set a whole number between ${min} and ${max}`,
        });
    }
    return value;
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
