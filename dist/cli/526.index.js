export const id = 526;
export const ids = [526];
export const modules = {

/***/ 40481:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _report_gate_outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59338);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71958);
/* harmony import */ var _shared_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25102);




/** 0 passed, 1 failed, 2 wrong input or settings, 3 a bug in factgate (please report it). */
const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 };
/** The verdict's exit status, by the one rule every entry uses (`gateOutcome`). */
function exitCodeFor(report) {
    return (0,_report_gate_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .gateOutcome */ .S)(report).exit === 0 ? EXIT.pass : EXIT.fail;
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
// EXTERNAL MODULE: ./.build/src/shared/escape.js
var shared_escape = __webpack_require__(97606);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/shared/secrets.js
var shared_secrets = __webpack_require__(85848);
// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/main.js






// Each command is loaded when it runs: `factgate run` never pays for the GitHub client.
const COMMANDS = {
    run: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(624), __webpack_require__.e(856), __webpack_require__.e(382), __webpack_require__.e(129), __webpack_require__.e(269), __webpack_require__.e(873), __webpack_require__.e(679), __webpack_require__.e(304), __webpack_require__.e(616), __webpack_require__.e(223)]).then(__webpack_require__.bind(__webpack_require__, 75223))).runRunCommand, summary: 'Evaluate the golden set and apply the gate (the main command).' },
    init: { load: async () => (await __webpack_require__.e(/* import() */ 450).then(__webpack_require__.bind(__webpack_require__, 60450))).runInitCommand, summary: 'Write a first factgate.yml, golden set and workflow (never overwrites).' },
    coverage: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(304), __webpack_require__.e(590)]).then(__webpack_require__.bind(__webpack_require__, 83505))).runCoverageCommand, summary: 'Read coverage reports and print what was measured, per file and overall.' },
    merge: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(624), __webpack_require__.e(382), __webpack_require__.e(380), __webpack_require__.e(269), __webpack_require__.e(873), __webpack_require__.e(616), __webpack_require__.e(394)]).then(__webpack_require__.bind(__webpack_require__, 35936))).runMergeCommand, summary: 'Merge the shard reports of one run (--shard I/N) into the full report and gate it.' },
    html: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(624), __webpack_require__.e(380), __webpack_require__.e(269), __webpack_require__.e(583), __webpack_require__.e(843)]).then(__webpack_require__.bind(__webpack_require__, 20233))).runHtmlCommand, summary: 'Render a report JSON as one self-contained HTML page to browse every case.' },
    comment: { load: async () => (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(189), __webpack_require__.e(380), __webpack_require__.e(873), __webpack_require__.e(719)]).then(__webpack_require__.bind(__webpack_require__, 3281))).runCommentCliCommand, summary: 'Post the report artifact of a finished run as the sticky comment (fork-safe step).' },
};
const USAGE = `factgate ${package_namespaceObject.rE}: a quality gate for LLM and RAG applications.

Usage: factgate <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join('\n')}

Run "factgate <command> --help" for a command's options.`;
/** Dispatches a command; the one place errors become an exit status. */
async function main(argv, io) {
    // Every line printed, errors and documents on stdout included, goes through one escaper,
    // then through the secret mask, as the last step before it leaves the process.
    const secrets = new shared_secrets/* SecretMask */.fZ();
    const full = {
        ...io,
        stdout: (0,shared_escape/* logLineWriter */.qI)((text) => io.stdout(secrets.text(text)), { keepColours: io.color }),
        stderr: (0,shared_escape/* logLineWriter */.qI)((text) => io.stderr(secrets.text(text))),
        version: package_namespaceObject.rE,
        secrets,
    };
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
            full.stderr(`factgate: ${(0,shared_escape/* escapeLogText */.dD)(error.message)}\n`);
            return cli_io/* EXIT */.dc.usage;
        }
        full.stderr(`factgate: internal error: ${(0,shared_escape/* escapeLogText */.dD)((0,errors/* getErrorMessage */.u1)(error))}\n${error instanceof Error && error.stack ? (0,shared_escape/* escapeLogText */.dD)(error.stack) + '\n' : ''}`);
        return cli_io/* EXIT */.dc.internal;
    }
}


/***/ }),

/***/ 59338:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ gateOutcome)
/* harmony export */ });
/**
 * A complete shard is meant to be partial: its report says "partial-report" and the
 * merge judges the whole run, so the shard itself passes. An incomplete shard (cancelled,
 * cases not run) fails like any partial report.
 */
function gateOutcome(report) {
    const { verdict, run } = report;
    if (run.shard !== null && report.cases.every((c) => c.status !== 'not-run')) {
        return { exit: 0, failing: false, headline: `factgate: shard ${run.shard.index}/${run.shard.total} is complete; factgate merge judges the whole run` };
    }
    if (verdict.status === 'pass')
        return { exit: 0, failing: false, headline: 'factgate: the gate passed' };
    if (verdict.status === 'overridden') {
        return { exit: 0, failing: false, headline: `factgate: the gate failed and was overridden by ${verdict.override?.by ?? 'a maintainer'}` };
    }
    const rules = [...new Set(verdict.breaches.map((b) => b.rule))].join(', ') || 'see the report';
    return {
        exit: 1,
        failing: true,
        headline: `factgate: the gate ${verdict.status === 'fail' ? 'failed' : 'could not decide'}: ${rules}`,
    };
}


/***/ }),

/***/ 97606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   Z_: () => (/* binding */ INVISIBLE_CONTROL_CLASS),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   dD: () => (/* binding */ escapeLogText),
/* harmony export */   qI: () => (/* binding */ logLineWriter)
/* harmony export */ });
/* unused harmony exports truncateText, defuseMentions */
/**
 * Making untrusted text (model answers, golden sets, file paths, XML) safe to show.
 *
 * Markdown: no `@mention` or `#123` pings, no raw HTML, nothing that opens a link, an
 * image, a table column or a code span. HTML (inside `<summary>` and other HTML blocks,
 * where Markdown escapes are not read): entities only. Logs: no line can become a
 * workflow command. Secrets are masked by `secrets.ts`, at the report and where text leaves.
 */
const ZERO_WIDTH_JOINER = '\u200D';
const ELLIPSIS = '…';
/** C0/C1 controls (keeping tab and newlines) and bidirectional overrides that can reorder what a reader sees. */
const INVISIBLE_CONTROL_CLASS = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]';
const INVISIBLE_CONTROLS = new RegExp(INVISIBLE_CONTROL_CLASS, 'g');
/** Cuts to at most `maxLength` code points, never inside a surrogate pair. */
function truncateText(text, maxLength) {
    if (maxLength <= 0)
        return '';
    if (text.length <= maxLength)
        return text;
    const codePoints = Array.from(text);
    if (codePoints.length <= maxLength)
        return text;
    return codePoints.slice(0, Math.max(0, maxLength - 1)).join('') + ELLIPSIS;
}
function prepare(text, options) {
    const clean = String(text).replace(INVISIBLE_CONTROLS, '').replace(/\r\n?/g, '\n');
    return options.maxLength === undefined ? clean : truncateText(clean, options.maxLength);
}
/**
 * Stops GitHub from turning text into notifications or cross-references: `@user`,
 * `@org/team`, `#12`, `GH-12`, `owner/repo#12`. A zero-width joiner after the sigil keeps
 * the text readable while the mention and reference filters no longer match.
 */
function defuseMentions(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZERO_WIDTH_JOINER}-`);
}
/** HTML entities for text placed inside HTML (`<summary>`, attributes). */
function escapeHtml(text, options = {}) {
    // Mentions first: the numeric entity for an apostrophe (`&#39;`) must not be split.
    return defuseMentions(prepare(text, options))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\n/g, ' ');
}
/**
 * Punctuation that starts Markdown constructs anywhere in a line: emphasis, code, links
 * and images (brackets), headings, tables, strikethrough, math. `<`, `>` and `&` become
 * entities so no raw HTML or entity can be injected.
 */
function escapeMarkdownPunctuation(text) {
    return text
        .replace(/[\\`*_[\]#|~$!{}()]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** A line that begins like a list item, a quote or a thematic break must not become one. */
function escapeLineStart(text) {
    return text.replace(/^(\s*)([-+=]|\d+[.)])/, (_m, space, marker) => marker.length === 1 ? `${space}\\${marker}` : `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}
/** Untrusted text inside a paragraph or a list item, on one line. */
function escapeMarkdownInline(text, options = {}) {
    const oneLine = prepare(text, options).replace(/\s*\n\s*/g, ' ');
    return defuseMentions(escapeLineStart(escapeMarkdownPunctuation(oneLine)));
}
/** Untrusted text inside a Markdown table cell: pipes escaped, line breaks kept as `<br>`. */
function escapeTableCell(text, options = {}) {
    const lines = prepare(text, options)
        .trim()
        .split(/\s*\n\s*/);
    return defuseMentions(lines.map((line) => escapeMarkdownPunctuation(line)).join('<br>'));
}
/**
 * Untrusted text as inline code (identifiers, file paths). The fence is one backtick
 * longer than the longest run inside, so the span cannot be closed early. In a table,
 * pipes still need `\|` because tables are split before code spans are read.
 */
function codeSpan(text, options = {}) {
    let body = prepare(text, options).replace(/\n/g, ' ');
    if (options.inTable)
        body = body.replace(/\|/g, '\\|');
    if (body === '')
        return '` `';
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * Untrusted multi-line text as a fenced code block: nothing inside is read as Markdown,
 * HTML or a mention. The fence outgrows any backtick run in the text.
 */
function codeBlock(text, options = {}) {
    const body = prepare(text, options);
    const longestRun = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const language = (options.language ?? 'text').replace(/[^A-Za-z0-9_+-]/g, '');
    return `${fence}${language}\n${body.replace(/\n+$/, '')}\n${fence}`;
}
/**
 * A workflow-command start at the beginning of a line (after white space): `::` or `##[`.
 * The runner splits lines at `\n`, `\r` or both. At the end of a piece of text the next
 * character is not known yet, so a lone `:`, `#` or `##` there is defused too.
 */
const COMMAND_START = /^([^\S\r\n]*)(:(?=:|$)|#(?=#\[|#$|$))/;
const LINE_BREAKS = /(\r\n|\r|\n)/;
/** Defuses a command start on one line: a zero-width joiner after its first character. */
function defuseLine(line) {
    return line.replace(COMMAND_START, `$1$2${ZERO_WIDTH_JOINER}`);
}
/**
 * Untrusted text for a log line. The runner reads `::command::` and the older `##[command]`
 * at the start of any line (after white space), so on every line such a start gets a
 * zero-width joiner between its first two characters: the text stays readable and no
 * `::error::`, `::add-mask::` or `::stop-commands::` can be forged.
 */
function escapeLogText(text) {
    return prepare(text, {})
        .split('\n')
        .map(defuseLine)
        .join('\n');
}
/** Controls other than tab and line breaks; with colours, SGR sequences (`ESC [ … m`) are kept. */
const OUTPUT_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const OUTPUT_CONTROLS_KEEPING_COLOURS = /\u001B\[[0-9;]*m|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/**
 * Wraps a stream's write so that nothing written through it can start a workflow command
 * or carry terminal controls, however the text is split between writes: every line the
 * CLI prints, errors and documents on standard output included, goes through here.
 * Line breaks (`\r` too, which redraws a progress bar) are kept.
 */
function logLineWriter(write, options = {}) {
    const controls = options.keepColours ? OUTPUT_CONTROLS_KEEPING_COLOURS : OUTPUT_CONTROLS;
    // True while the current line holds only white space: its next character starts it.
    let atLineStart = true;
    return (text) => {
        const clean = String(text).replace(controls, (match) => (match.length > 1 ? match : ''));
        if (clean === '')
            return;
        const parts = clean.split(LINE_BREAKS);
        for (let i = 0; i < parts.length; i += 2) {
            if (i > 0 || atLineStart)
                parts[i] = defuseLine(parts[i]);
        }
        const last = parts[parts.length - 1];
        atLineStart = /^[^\S\r\n]*$/.test(last) && (parts.length > 1 || atLineStart);
        write(parts.join(''));
    };
}


/***/ }),

/***/ 85848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fZ: () => (/* binding */ SecretMask)
/* harmony export */ });
/* unused harmony exports REDACTED, redactSecrets, secretRedactor */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97606);
/**
 * Secrets (API keys, header values read from the environment, the GitHub token) and the
 * one function that masks them. The report is masked once, where the pipeline makes it;
 * everything else that leaves the process (terminal, log lines, error messages, the job
 * summary, outputs, request bodies sent to GitHub) is masked by the sink that writes it,
 * with the same `SecretMask`.
 */

const REDACTED = '***';
/** Controls a renderer drops (escape.ts): a secret with them inside would come out whole. */
const DROPPED_BETWEEN = `${_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .INVISIBLE_CONTROL_CLASS */ .Z_}*`;
/**
 * The secrets one command knows of, collected as they are found (the token at the start,
 * header values and the judge's key when the settings are read), and the masking of text
 * and of JSON-like values with them. `onAdd` hears each new secret (the Action registers
 * it with the runner, which then masks it in the log too).
 */
class SecretMask {
    #secrets = new Set();
    #onAdd;
    #redact = null;
    constructor(secrets = [], onAdd) {
        this.#onAdd = onAdd;
        this.add(...secrets);
    }
    /** Adds secrets; empty and blank values are ignored, as they cannot be masked. */
    add(...secrets) {
        for (const secret of secrets) {
            if (typeof secret !== 'string' || secret.trim() === '' || this.#secrets.has(secret))
                continue;
            this.#secrets.add(secret);
            this.#redact = null;
            this.#onAdd?.(secret);
        }
    }
    get secrets() {
        return [...this.#secrets];
    }
    /** The text with every form of every secret replaced by `***`. */
    text(text) {
        if (this.#secrets.size === 0)
            return String(text);
        this.#redact ??= secretRedactor([...this.#secrets]);
        return this.#redact(text);
    }
    /** A copy of a JSON-like value (a report) with every string masked; anything else is kept as it is. */
    deep(value) {
        if (this.#secrets.size === 0)
            return value;
        const walk = (node) => {
            if (typeof node === 'string')
                return this.text(node);
            if (Array.isArray(node))
                return node.map(walk);
            if (isPlainObject(node))
                return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
            return node;
        };
        return walk(value);
    }
}
function isPlainObject(node) {
    if (node === null || typeof node !== 'object')
        return false;
    const prototype = Object.getPrototypeOf(node);
    return prototype === Object.prototype || prototype === null;
}
/**
 * Replaces every secret in `text` with `***`, including the forms a model or a tool is
 * likely to echo: each line of a multi-line secret, JSON-escaped, URL-encoded and base64.
 * Longer secrets are replaced first so a secret containing another is not half-masked.
 */
function redactSecrets(text, secrets) {
    return secretRedactor(secrets)(text);
}
/**
 * A redactor with the secrets' forms worked out once: one regular expression whose
 * alternatives are longest first, so a secret containing another is masked whole. Each
 * form also matches with invisible controls between its characters: the renderers drop
 * those, so text that holds a secret only after they are dropped is masked here already.
 */
function secretRedactor(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (typeof secret !== 'string' || secret.trim() === '')
            continue;
        for (const form of secretForms(secret))
            if (form.trim() !== '')
                forms.add(form);
    }
    if (forms.size === 0)
        return (text) => String(text);
    const pattern = new RegExp([...forms]
        .sort((a, b) => b.length - a.length)
        .map((form) => Array.from(form, (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(DROPPED_BETWEEN))
        .join('|'), 'g');
    return (text) => String(text).replace(pattern, REDACTED);
}
function secretForms(secret) {
    const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
    forms.push(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
    if (/[\r\n]/.test(secret))
        forms.push(...secret.split(/\r?\n/).filter((line) => line.trim().length >= 4));
    return forms;
}


/***/ })

};
