export const id = 592;
export const ids = [592];
export const modules = {

/***/ 90592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./.build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
;// CONCATENATED MODULE: ./.build/src/shared/output-targets.js
/**
 * Where a report may be written, checked before any work starts: a run of an hour must not
 * end on "EISDIR". Only regular files are ever replaced; standard output is written directly.
 */




/** The names that mean "write to standard output" instead of a file. */
const STANDARD_OUTPUT_NAMES = new Set(['-', '/dev/stdout']);
function output_targets_isStandardOutput(path) {
    return STANDARD_OUTPUT_NAMES.has(path);
}
/** Throws a ConfigurationError naming the setting when any target cannot be written as intended. */
async function checkOutputTargets(targets) {
    const seen = new Map();
    for (const target of targets) {
        const key = output_targets_isStandardOutput(target.path) ? 'standard output' : (0,external_node_path_.resolve)(target.path);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            throw new errors/* ConfigurationError */.j1(`${target.setting} and ${earlier} both name ${key}`, {
                place: target.setting,
                fix: 'give each output its own file',
            });
        }
        seen.set(key, target.setting);
        if (!output_targets_isStandardOutput(target.path))
            await checkFileTarget(target);
    }
}
async function checkFileTarget({ setting, path }) {
    const fail = (message, fix) => {
        throw new errors/* ConfigurationError */.j1(message, { file: path, place: setting, fix });
    };
    const info = await (0,promises_.lstat)(path).catch((error) => {
        // ENOTDIR: a file stands where a folder should be; the folder walk below names it.
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return null;
        if (error.code === 'EACCES')
            return fail('the folder cannot be searched (permission denied)', `choose a ${setting} in a folder you can write`);
        throw error;
    });
    if (info) {
        if (info.isDirectory())
            fail('the path is a folder', `give a file name, e.g. ${(0,external_node_path_.resolve)(path, 'report')}`);
        if (info.isSymbolicLink())
            fail('the path is a symbolic link; factgate replaces only regular files', `point ${setting} at the file itself, or remove the link`);
        if (!info.isFile()) {
            fail(`the path is ${kindOf(info)}, not a regular file; factgate replaces only regular files`, `choose a regular file, or "-" to write to standard output`);
        }
    }
    const folder = await nearestExistingFolder((0,external_node_path_.dirname)(path), setting, path);
    await (0,promises_.access)(folder, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK).catch(() => fail(`cannot write in ${folder} (permission denied)`, `choose a ${setting} in a folder you can write, or fix the folder's permissions`));
}
/** The folder the output (and its missing parents) will be created in. */
async function nearestExistingFolder(folder, setting, path) {
    for (let current = folder;; current = (0,external_node_path_.dirname)(current)) {
        const info = await (0,promises_.lstat)(current).catch((error) => {
            if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
                return null;
            throw error;
        });
        if (info?.isDirectory())
            return current;
        if (info?.isSymbolicLink()) {
            // A linked folder is fine: the report is written inside it, the link is not replaced.
            if ((await (0,promises_.stat)(current).catch(() => null))?.isDirectory())
                return current;
        }
        if (info) {
            throw new errors/* ConfigurationError */.j1(`${current} is a file, so no folder can be made there`, {
                file: path,
                place: setting,
                fix: `remove or rename ${current}, or choose another ${setting}`,
            });
        }
        if ((0,external_node_path_.dirname)(current) === current)
            return current;
    }
}
function kindOf(info) {
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./.build/src/shared/escape.js
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

;// CONCATENATED MODULE: ./.build/src/shared/secrets.js
/**
 * Secrets (API keys, header values read from the environment, the GitHub token) and the
 * one function that masks them. The report is masked once, where the pipeline makes it;
 * everything else that leaves the process (terminal, log lines, error messages, the job
 * summary, outputs, request bodies sent to GitHub) is masked by the sink that writes it,
 * with the same `SecretMask`.
 */

const REDACTED = '***';
/** Controls a renderer drops (escape.ts): a secret with them inside would come out whole. */
const DROPPED_BETWEEN = `${INVISIBLE_CONTROL_CLASS}*`;
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

// EXTERNAL MODULE: ./.build/src/shared/retry-after.js
var retry_after = __webpack_require__(42132);
;// CONCATENATED MODULE: ./.build/src/github/rate-limit.js

/** GitHub's advice when a secondary rate limit names no wait: at least a minute. */
const SECONDARY_FALLBACK_SECONDS = 60;
/**
 * Whether a failed request hit one of GitHub's rate limits, and how long to wait.
 * Any 429 counts; a 403 counts when GitHub says so (x-ratelimit-remaining: 0, a
 * Retry-After, "rate limit" in the message, or a GraphQL RATE_LIMITED error), since a
 * 403 otherwise means a missing permission, which no wait fixes.
 */
function rateLimitHit(error, nowMs) {
    if (typeof error !== 'object' || error === null)
        return null;
    const e = error;
    if (e.status !== 429 && e.status !== 403)
        return null;
    const headers = e.response?.headers ?? {};
    const header = (name) => (headers[name] === undefined ? undefined : String(headers[name]));
    const data = e.response?.data;
    const message = `${typeof e.message === 'string' ? e.message : ''} ${typeof data?.message === 'string' ? data.message : ''}`;
    const graphQLLimited = Array.isArray(data?.errors) && data.errors.some((x) => typeof x === 'object' && x !== null && x.type === 'RATE_LIMITED');
    const exhausted = header('x-ratelimit-remaining') === '0';
    const retryAfterMs = (0,retry_after/* parseRetryAfter */.m)(header('retry-after'), nowMs);
    if (e.status === 403 && !exhausted && retryAfterMs === undefined && !graphQLLimited && !/rate limit/i.test(message))
        return null;
    const secondary = /secondary rate/i.test(message);
    if (retryAfterMs !== undefined)
        return { kind: secondary || !exhausted ? 'secondary' : 'primary', waitSeconds: Math.ceil(retryAfterMs / 1000) };
    const reset = Number(header('x-ratelimit-reset'));
    if ((exhausted || graphQLLimited) && Number.isFinite(reset) && reset > 0) {
        return { kind: 'primary', waitSeconds: Math.max(0, Math.ceil(reset - nowMs / 1000)) + 1 };
    }
    return { kind: secondary || !exhausted ? 'secondary' : 'primary', waitSeconds: SECONDARY_FALLBACK_SECONDS };
}

;// CONCATENATED MODULE: ./.build/src/github/client.js






/**
 * `@actions/github`'s Octokit (proxy-aware, REST methods, pagination) with
 * `@octokit/plugin-retry` for 5xx and network faults, `@octokit/plugin-throttling` for the
 * spacing GitHub asks of writes, and `honourRateLimits` for 429s and rate-limit 403s. All
 * are bounded: a request is tried at most `retries + 1` times for server errors and
 * `rateLimitRetries + 1` times for rate limits. Every request's text (a comment body, a
 * check run's summary, GraphQL variables) is masked with `secrets` on its way out: the
 * boundary for everything posted to GitHub.
 */
function createGitHubClient(options) {
    const perSecond = options.millisecondsPerSecond ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const { logger } = options;
    const secrets = options.secrets ?? new SecretMask();
    secrets.add(options.token);
    // The plugin's default groups are shared by the whole process; fresh groups without
    // minimum spacing keep its rate-limit handling while letting tests run at full speed.
    const unspaced = options.spaceWrites === false
        ? {
            write: new lib.Group({ maxConcurrent: 1, minTime: 0 }),
            notifications: new lib.Group({ maxConcurrent: 1, minTime: 0 }),
            global: new lib.Group({ maxConcurrent: 10 }),
            retryLimiter: new lib(),
        }
        : {};
    // The throttling plugin spaces writes; waiting out rate limits is `honourRateLimits`' job,
    // which also covers a plain 429 the plugin would not retry.
    const throttle = {
        onRateLimit: () => false,
        onSecondaryRateLimit: () => false,
        retryAfterBaseValue: perSecond,
        ...unspaced,
    };
    return (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
        // 429 is left to `honourRateLimits`, which waits as long as GitHub asks; the retry
        // plugin would back off blindly.
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: perSecond, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle,
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
    }, maskOutgoingText(secrets), dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, honourRateLimits({ retries: rateLimitRetries, maxWaitSeconds: maxWait, millisecondsPerSecond: perSecond, logger }));
}
/** Request options that carry none of factgate's text: the route, the headers (the token's own) and the transport. */
const TRANSPORT_OPTIONS = new Set(['method', 'url', 'baseUrl', 'headers', 'mediaType', 'request']);
/** An Octokit plugin that masks the secrets in every parameter a request sends, after rendering and budgeting. */
function maskOutgoingText(secrets) {
    return (octokit) => {
        octokit.hook.before('request', (options) => {
            const fields = options;
            for (const [key, value] of Object.entries(fields)) {
                if (!TRANSPORT_OPTIONS.has(key))
                    fields[key] = secrets.deep(value);
            }
        });
    };
}
/**
 * An Octokit plugin that waits out a rate limit and tries again: Retry-After, else until
 * x-ratelimit-reset, else GitHub's one-minute advice; at most `retries` times, and never
 * longer than `maxWaitSeconds` at once. It wraps the other plugins, so a retried request
 * is spaced and retried for server errors as usual.
 */
function honourRateLimits(limits) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const what = `${options.method} ${options.url}`;
            for (let retry = 0;; retry++) {
                try {
                    return await request(options);
                }
                catch (error) {
                    const hit = rateLimitHit(error, Date.now());
                    if (!hit)
                        throw error;
                    const { kind, waitSeconds } = hit;
                    if (retry >= limits.retries) {
                        limits.logger.warning(`GitHub ${kind} rate limit on ${what}: gave up after ${retry} retries.`);
                        throw error;
                    }
                    if (waitSeconds > limits.maxWaitSeconds) {
                        limits.logger.warning(`GitHub ${kind} rate limit on ${what}: asked to wait ${waitSeconds} s, more than ${limits.maxWaitSeconds} s; not retrying.`);
                        throw error;
                    }
                    limits.logger.info(`GitHub ${kind} rate limit on ${what}: retrying in ${waitSeconds} s (retry ${retry + 1} of ${limits.retries}).`);
                    await new Promise((resolve) => setTimeout(resolve, waitSeconds * limits.millisecondsPerSecond));
                }
            }
        });
    };
}
/** The HTTP status of an Octokit request error, or undefined for anything else. */
function httpStatusOf(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
/** A 403 that means "no permission" (a fork's read-only token, a permission not granted), not a rate limit. */
function isPermissionDenied(error) {
    return httpStatusOf(error) === 403 && rateLimitHit(error, Date.now()) === null;
}
/** The message GitHub put in an error response body, when there is one. */
function gitHubMessageOf(error) {
    if (typeof error === 'object' && error !== null && 'response' in error) {
        const data = error.response?.data;
        if (typeof data === 'object' && data !== null) {
            const { message, errors } = data;
            const details = Array.isArray(errors)
                ? errors.map((e) => (typeof e === 'object' && e && 'message' in e ? String(e.message) : JSON.stringify(e)))
                : [];
            return [typeof message === 'string' ? message : '', ...details].filter(Boolean).join(': ');
        }
    }
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./.build/src/report/budget.js
/**
 * Fitting a rendered Markdown document under a size limit by leaving out whole parts
 * (a section, or whole blocks at the end of a list-like section) in a fixed order, never
 * cutting a table, a code block or a `<details>` in half, and saying what was left out.
 */
/**
 * GitHub validates comment and check-run text with Rails' length validator
 * ("Body is too long (maximum is 65536 characters)"), which counts Ruby characters:
 * Unicode code points, not UTF-16 code units and not bytes. An emoji outside the BMP is
 * one character to GitHub but two to `String.prototype.length`.
 */
function countCodePoints(text) {
    let count = text.length;
    for (let i = 0; i < text.length - 1; i++) {
        const unit = text.charCodeAt(i);
        if (unit >= 0xd800 && unit <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                count--;
                i++;
            }
        }
    }
    return count;
}
/** The job summary limit is in bytes of the UTF-8 file the runner uploads. */
function countUtf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Each destination counted in the unit GitHub counts: a comment body in characters (code
 * points, Rails' validator), a check-run summary or text in bytes (GitHub answers 422 past
 * 65,535 bytes of UTF-8, whatever the characters), the job summary in bytes of the file.
 */
const COMMENT_LIMIT = { name: 'pull-request comment', max: 65_536, measure: countCodePoints, unit: 'characters' };
const CHECK_RUN_OUTPUT_LIMIT = { name: 'check run', max: 65_535, measure: countUtf8Bytes, unit: 'bytes' };
const JOB_SUMMARY_LIMIT = { name: 'job summary', max: 1_048_576, measure: countUtf8Bytes, unit: 'bytes' };
/**
 * Joins the sections, leaving out parts in `dropOrder` until the result fits `limit`.
 * Never throws: when even the parts that always stay are too large (a renderer bug, or a
 * tiny limit), it keeps as many whole blocks of them as fit and says so, and as a last
 * resort returns the note alone, cut to the limit.
 */
function fitToBudget(sections, limit, options = {}) {
    const separator = options.separator ?? '\n\n';
    const separatorSize = limit.measure(separator);
    const states = sections.map((section) => ({
        section,
        blockSizes: section.blocks.map((block) => limit.measure(block)),
        kept: section.blocks.length,
    }));
    // Running totals so that leaving out thousands of items stays linear.
    let blockTotal = 0;
    let blockCount = 0;
    for (const state of states)
        for (const size of state.blockSizes)
            (blockTotal += size), blockCount++;
    const size = () => blockTotal + Math.max(0, blockCount - 1) * separatorSize;
    const noteSize = () => {
        const note = omissionNote(states, limit, options);
        return note === '' ? 0 : limit.measure(note) + separatorSize;
    };
    const fits = () => size() + noteSize() <= limit.max;
    const dropLast = (state) => {
        state.kept--;
        blockTotal -= state.blockSizes[state.kept] ?? 0;
        blockCount--;
    };
    const droppable = states
        .filter((s) => s.section.dropOrder !== undefined)
        .sort((a, b) => (a.section.dropOrder ?? 0) - (b.section.dropOrder ?? 0));
    for (const state of droppable) {
        if (fits())
            break;
        const keepBlocks = state.section.dropItemsFromEnd?.keepBlocks ?? state.kept;
        while (state.kept > keepBlocks && !fits())
            dropLast(state);
        if (!fits() || state.kept === keepBlocks)
            while (state.kept > 0)
                dropLast(state);
    }
    // Still too large: the parts that always stay, whole blocks from the end, the first block last.
    for (let i = states.length - 1; i >= 0 && !fits(); i--) {
        const state = states[i];
        while (state.kept > (i === 0 ? 1 : 0) && !fits())
            dropLast(state);
    }
    const first = states[0];
    if (!fits() && first && first.kept > 0)
        dropLast(first);
    let markdown = render(states, separator, omissionNote(states, limit, options));
    if (limit.measure(markdown) > limit.max)
        markdown = cutToFit(markdown, limit);
    return { markdown, size: limit.measure(markdown), omitted: omittedParts(states) };
}
/** The longest prefix of whole code points that fits (only ever the note alone, in a limit too small for it). */
function cutToFit(text, limit) {
    const chars = Array.from(text);
    let low = 0;
    let high = chars.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (limit.measure(chars.slice(0, mid).join('')) <= limit.max)
            low = mid;
        else
            high = mid - 1;
    }
    return chars.slice(0, low).join('');
}
function render(states, separator, note) {
    const blocks = states.flatMap((s) => s.section.blocks.slice(0, s.kept));
    if (note !== '')
        blocks.push(note);
    return blocks.join(separator);
}
function omittedParts(states) {
    const parts = [];
    for (const { section, kept } of states) {
        const items = section.dropItemsFromEnd;
        if (items && kept > 0) {
            const perBlock = (i) => items.itemsPerBlock?.[i] ?? 1;
            let shown = 0;
            let made = 0;
            for (let i = 0; i < section.blocks.length - items.keepBlocks; i++) {
                made += perBlock(i);
                if (i < kept - items.keepBlocks)
                    shown += perBlock(i);
            }
            const total = Math.max(items.total ?? made, made);
            if (shown < total)
                parts.push({ id: section.id, label: section.label, items: { omitted: total - shown, total, itemName: items.itemName } });
        }
        else if (kept < section.blocks.length) {
            parts.push({ id: section.id, label: section.label });
        }
    }
    return parts;
}
function omissionNote(states, limit, options) {
    const parts = omittedParts(states);
    if (parts.length === 0)
        return '';
    const described = parts.map((part) => part.items ? `${part.items.omitted.toLocaleString('en-US')} of ${part.items.total.toLocaleString('en-US')} ${part.items.itemName}` : `the ${part.label}`);
    const rest = options.whereToFindTheRest ? ` ${options.whereToFindTheRest}` : '';
    return `> [!NOTE]\n> Not shown, to keep this ${limit.name} short and under GitHub's limit of ${limit.max.toLocaleString('en-US')} ${limit.unit}: ${described.join('; ')}.${rest}`;
}

;// CONCATENATED MODULE: ./.build/src/report/gate-outcome.js
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/src/report/format.js
var format = __webpack_require__(96747);
;// CONCATENATED MODULE: ./.build/src/report/summary.js


/**
 * What a reader needs before anything else: one sentence that says what happened, then one
 * line per rule that failed or warned (at most MAX_RULE_LINES), the rest collapsed. The
 * number of breaches never changes the size of what is always shown.
 */
const MAX_RULE_LINES = 8;
const MAX_LISTED = 100;
/** "26 of 65 cases now hallucinate, none before; 3 checks failed" */
function summarySentence(report, figures) {
    const v = report.verdict;
    const m = report.metrics;
    if (m.counts.cases === 0)
        return v.breaches[0]?.message.replace(/\.$/, '') ?? 'no case was evaluated';
    const clauses = [];
    const missing = report.responses.missing.length;
    const errored = Math.max(0, m.errorRate.numerator - missing);
    const stopped = report.cases.filter((c) => c.status === 'error' && (0,format/* failedAt */.JG)(c.error) === 'ran out of judging time').length;
    if (errored > stopped)
        clauses.push(`${(0,format/* count */.U9)(errored - stopped)} of ${(0,format/* plural */.LS)(m.counts.cases, 'case')} failed in the app`);
    if (stopped > 0)
        clauses.push(`${(0,format/* count */.U9)(stopped)} of ${(0,format/* plural */.LS)(m.counts.cases, 'case')} ran out of judging time`);
    if (missing > 0)
        clauses.push(`${(0,format/* count */.U9)(missing)} of ${(0,format/* plural */.LS)(m.counts.cases, 'case')} got no response`);
    const hallucinating = m.caseHallucinationRate;
    const before = figures?.metrics.caseHallucinationRate ?? null;
    if (hallucinating.numerator > 0 || clauses.length === 0) {
        const verb = hallucinating.numerator === 1 ? 'hallucinates' : 'hallucinate';
        const same = before !== null && before.numerator === hallucinating.numerator && before.denominator === hallucinating.denominator;
        const now = before && !same ? 'now ' : '';
        const was = before ? (same ? ', as before' : before.numerator === 0 ? ', none before' : `, ${(0,format/* count */.U9)(before.numerator)} of ${(0,format/* count */.U9)(before.denominator)} before`) : '';
        clauses.push(hallucinating.numerator === 0 ? `no case hallucinates (${(0,format/* plural */.LS)(hallucinating.denominator, 'case')})${before && before.numerator === 0 ? ', as before' : was}` : `${(0,format/* count */.U9)(hallucinating.numerator)} of ${(0,format/* plural */.LS)(hallucinating.denominator, 'case')} ${now}${verb}${was}`);
    }
    const failedRules = unique(v.breaches.map((b) => b.rule));
    const onlyAboutCases = failedRules.every((r) => CASE_RULES.has(r));
    if (v.status === 'pass') {
        return `${clauses.join('; ')}; every threshold met${v.warnings.length ? ` (${(0,format/* plural */.LS)(v.warnings.length, 'warning')})` : ''}`;
    }
    if (!onlyAboutCases && hallucinating.numerator === 0 && errored === 0 && missing === 0) {
        const first = v.breaches.find((b) => !CASE_RULES.has(b.rule));
        if (first)
            clauses.splice(0, clauses.length, first.message.replace(/\.$/, ''));
    }
    if (v.status === 'overridden') {
        return `${clauses.join('; ')}; ${(0,format/* plural */.LS)(failedRules.length, 'failed check')} waived by ${v.override?.by ?? 'a maintainer'}`;
    }
    return `${clauses.join('; ')}; ${(0,format/* plural */.LS)(failedRules.length, 'check')} failed`;
}
/** Rules the sentence's clauses about cases already speak for. */
const CASE_RULES = new Set(['max-hallucination-rate', 'max-case-hallucination-rate', 'missing-responses', 'max-error-rate']);
/** The rule lines under the sentence, and the collapsed list of everything, when there is more than the lines show. */
function verdictLines(report, notes) {
    const v = report.verdict;
    const waived = new Set(v.override?.waived ?? []);
    const groups = groupByRule([...v.breaches, ...v.warnings]);
    const lines = [];
    if (v.override) {
        lines.push(`- 🟡 Overridden by ${escapeMarkdownInline(v.override.by)} (${escapeMarkdownInline(v.override.permission)}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${escapeMarkdownInline(v.override.at)}; waived: ${v.override.waived.map((rule) => codeSpan(rule)).join(', ')}`);
    }
    for (const group of groups.slice(0, MAX_RULE_LINES))
        lines.push(ruleLine(report, group, waived));
    const hidden = groups.length - MAX_RULE_LINES;
    if (hidden > 0)
        lines.push(`- … and ${(0,format/* plural */.LS)(hidden, 'more rule')}, listed below`);
    for (const note of notes.slice(0, 3))
        lines.push(`- ℹ️ ${escapeMarkdownInline(note, { maxLength: 300 })}`);
    if (report.run.partial)
        lines.push(`- ℹ️ Partial run: ${escapeMarkdownInline(report.run.partialReason ?? 'incomplete', { maxLength: 300 })}`);
    // Collapsed: what the lines above only count (a rule's further entries, rules past the first lines) and the notes.
    const listed = [];
    groups.forEach((group, index) => {
        if (index < MAX_RULE_LINES && group.entries.length === 1 && group.rule !== 'certification')
            return;
        for (const entry of group.entries) {
            const icon = group.severity === 'warn' ? '⚠️' : waived.has(group.rule) ? '🟡' : '❌';
            const finding = findingOf(report, entry);
            const text = finding ? `${findingName(finding)}, ${effectWords(finding)} (see the comparison with the baseline)` : entry.message;
            listed.push(`- ${icon} ${codeSpan(group.rule)}: ${escapeMarkdownInline(text, { maxLength: 300 })}`);
        }
    });
    const listedBreaches = listed.filter((l) => !l.startsWith('- ⚠️')).length;
    const listedWarnings = listed.length - listedBreaches;
    for (const n of v.notes)
        listed.push(`- ℹ️ ${escapeMarkdownInline(n, { maxLength: 300 })}`);
    let all = null;
    if (listed.length > 0) {
        const shown = listed.slice(0, MAX_LISTED);
        if (listed.length > MAX_LISTED)
            shown.push(`- … and ${(0,format/* count */.U9)(listed.length - MAX_LISTED)} more in the report JSON`);
        const what = [
            listedBreaches ? (0,format/* plural */.LS)(listedBreaches, 'breach', 'breaches') : null,
            listedWarnings ? (0,format/* plural */.LS)(listedWarnings, 'warning') : null,
            v.notes.length ? (0,format/* plural */.LS)(v.notes.length, 'note') : null,
        ]
            .filter(Boolean)
            .join(', ');
        all = `<details><summary>In detail: ${what}</summary>\n\n${shown.join('\n')}\n\n</details>`;
    }
    return { shown: lines.length ? lines.join('\n') : null, all };
}
function groupByRule(entries) {
    const groups = new Map();
    for (const entry of entries) {
        const key = `${entry.severity}\u0000${entry.rule}`;
        const group = groups.get(key) ?? { rule: entry.rule, severity: entry.severity, entries: [] };
        group.entries.push(entry);
        groups.set(key, group);
    }
    return [...groups.values()];
}
function ruleLine(report, group, waived) {
    const icon = group.severity === 'warn' ? '⚠️' : waived.has(group.rule) ? '🟡' : '❌';
    const findings = group.entries.map((e) => findingOf(report, e)).filter((f) => f !== null);
    if (findings.length === group.entries.length) {
        const names = findings.slice(0, 3).map(findingName).join(', ');
        const more = findings.length > 3 ? ` and ${(0,format/* count */.U9)(findings.length - 3)} more` : '';
        return `- ${icon} ${codeSpan(group.rule)}: ${(0,format/* plural */.LS)(findings.length, 'significant regression')} against the baseline: ${escapeMarkdownInline(names + more, { maxLength: 300 })}`;
    }
    const first = group.entries[0];
    if (group.rule === 'certification') {
        // "Hallucination rate ≤ 2.0% is not demonstrated at 95% confidence: …" → the threshold only; the arithmetic is below.
        const thresholds = group.entries.map((e) => e.message.split(' is not demonstrated')[0] ?? e.message);
        const what = group.entries.length === 1 ? `${thresholds[0]} is` : `${thresholds.join(', ')} are`;
        return `- ${icon} ${codeSpan(group.rule)}: ${escapeMarkdownInline(what, { maxLength: 200 })} not yet demonstrated at 95% confidence by a golden set this size (how many more cases would, below)`;
    }
    if (group.entries.length === 1)
        return `- ${icon} ${codeSpan(group.rule)}: ${escapeMarkdownInline(first.message, { maxLength: 300 })}`;
    return `- ${icon} ${codeSpan(group.rule)} (${(0,format/* count */.U9)(group.entries.length)}): ${escapeMarkdownInline(first.message, { maxLength: 200 })} … and ${(0,format/* count */.U9)(group.entries.length - 1)} more, listed below`;
}
/** "+5.0 pp", "12.0% slower" */
function effectWords(f) {
    if (f.effect === null)
        return 'changed';
    if (f.metric === 'latencyP95Ms')
        return `${(0,format/* percent */.KN)(Math.abs(f.effect))} ${f.effect >= 0 ? 'slower' : 'faster'}`;
    if (f.metric === 'judgeScore')
        return `mean score ${f.effect >= 0 ? '+' : '−'}${Math.abs(f.effect).toFixed(3)}`;
    return (0,format/* points */.WR)(f.effect);
}
/** "Hallucination rate in “medical”" */
function findingName(f) {
    const label = format/* METRIC_LABELS */.t8[f.metric] ?? f.metric;
    return f.scope === 'overall' ? label : `${label} in “${f.scope}”`;
}
/** The drift finding a breach or warning was raised for (the policy copies its explanation). */
function findingOf(report, entry) {
    return report.drift?.findings.find((f) => f.significant && f.explanation === entry.message) ?? null;
}
/** Whether a significant regression fails the gate, warns, or is shown only. */
function findingGate(report, f) {
    const v = report.verdict;
    const breach = v.breaches.find((b) => b.message === f.explanation);
    if (breach)
        return v.override?.waived.includes(breach.rule) ? 'warn' : 'fail';
    return v.warnings.some((w) => w.message === f.explanation) ? 'warn' : 'none';
}
function gateWords(gate) {
    return gate === 'fail' ? 'fails the gate' : gate === 'warn' ? 'warns, does not fail the gate' : 'shown only, the policy ignores it';
}
/**
 * A finding in plain words: what changed (the measurement part of its explanation, without
 * the interval) and how sure, from its p-value. The test, the p-values and the correction
 * are in the statistics table.
 */
function findingPlainWords(f) {
    // A test's explanation ends "; <test> <p-values>: <verdict>."; a plain difference's ends ": <verdict>.".
    const cut = f.pValue === null ? f.explanation.lastIndexOf(': ') : f.explanation.lastIndexOf('; ');
    const what = (cut > 0 ? f.explanation.slice(0, cut) : f.explanation).replace(/\s*\(\d+(\.\d+)? % CI [^)]*\)$/, '');
    const p = f.adjustedPValue ?? f.pValue;
    const sure = p === null ? 'more than the policy\'s minimum change' : p < 0.001 ? 'very unlikely to be chance' : p < 0.01 ? 'unlikely to be chance' : 'probably not chance';
    return `${what}: ${sure}`;
}
function unique(values) {
    return [...new Set(values)];
}

// EXTERNAL MODULE: ./.build/src/report/rows.js
var report_rows = __webpack_require__(72833);
;// CONCATENATED MODULE: ./.build/src/report/markdown.js






/** Budget order: lower numbers are left out first. The verdict, metrics and links always stay. */
const DROP_ORDER = { chart: 1, allRules: 2, uncoveredLines: 3, failingCases: 4, categories: 5, driftStatistics: 6, drift: 7, coverage: 8 };
const MAX_CATEGORY_ROWS = 50;
const MAX_DRIFT_LINES = 8;
const MAX_STATISTICS_ROWS = 60;
const MAX_CASES = 300;
const MAX_CHART_CATEGORIES = 12;
const MAX_UNCOVERED_FILES = 60;
const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌', none: '—' };
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '❌', overridden: '🟡' };
const VERDICT_TITLE = { pass: 'passed', fail: 'failed', error: 'could not decide', overridden: 'overridden' };
/** The report as Markdown within `options.limit` (the comment limit by default). */
function renderMarkdown(report, options = {}) {
    return renderMarkdownFitted(report, options).markdown;
}
/** Like `renderMarkdown`, also saying which parts were left out. */
function renderMarkdownFitted(report, options = {}) {
    const sections = renderMarkdownSections(report, options);
    const whereToFindTheRest = options.artifactUrl
        ? `Everything is in the [report artifact](${safeUrl(options.artifactUrl)}).`
        : 'Everything is in the report JSON.';
    return fitToBudget(sections, options.limit ?? COMMENT_LIMIT, { whereToFindTheRest });
}
/** The report as budget sections, in reading order. */
function renderMarkdownSections(report, options = {}) {
    const figures = (0,report_rows/* baselineFigures */.Zl)(report, options.baseline ?? null);
    const rows = (0,report_rows/* metricRows */.IN)(report, figures);
    const verdict = verdictLines(report, options.notes ?? []);
    const sections = [
        { id: 'verdict', label: 'verdict', blocks: [`### ${VERDICT_ICON[report.verdict.status]} factgate ${VERDICT_TITLE[report.verdict.status]}: ${escapeMarkdownInline(summarySentence(report, figures), { maxLength: 300 })}`, ...(verdict.shown ? [verdict.shown] : [])] },
    ];
    if (verdict.all)
        sections.push({ id: 'all-rules', label: 'list of every breach', blocks: [verdict.all], dropOrder: DROP_ORDER.allRules });
    sections.push({ id: 'metrics', label: 'metrics table', blocks: [metricsTable(rows, figures !== null)] });
    const chart = categoryChart(report, figures);
    if (chart)
        sections.push({ id: 'chart', label: 'chart', blocks: [chart], dropOrder: DROP_ORDER.chart });
    if (report.drift)
        sections.push({ id: 'drift', label: 'comparison with the baseline', blocks: driftBlocks(report), dropOrder: DROP_ORDER.drift });
    const statistics = report.drift ? driftStatistics(report.drift) : null;
    if (statistics)
        sections.push({ id: 'drift-statistics', label: 'drift statistics', blocks: [statistics], dropOrder: DROP_ORDER.driftStatistics });
    if (report.categories.length > 1) {
        sections.push({ id: 'categories', label: 'per-category table', blocks: [categoryTable(report, figures)], dropOrder: DROP_ORDER.categories });
    }
    if (report.coverage) {
        if (report.coverage.warnings.length > 0)
            sections.push({ id: 'coverage', label: 'coverage warnings', blocks: [coverageWarnings(report.coverage)], dropOrder: DROP_ORDER.coverage });
        const uncovered = uncoveredLines(report, options.pullNumber ?? null);
        if (uncovered)
            sections.push({ id: 'uncovered', label: 'list of uncovered changed lines', blocks: [uncovered], dropOrder: DROP_ORDER.uncoveredLines });
    }
    const failing = (0,format/* failingCases */.wb)(report);
    if (failing.length > 0) {
        const items = caseItems(failing.slice(0, MAX_CASES), failing);
        sections.push({
            id: 'failing-cases',
            label: 'failing cases',
            blocks: [casesHeading(failing), ...items.map((i) => i.block)],
            dropOrder: DROP_ORDER.failingCases,
            dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases', itemsPerBlock: items.map((i) => i.cases), total: failing.length },
        });
    }
    sections.push({ id: 'links', label: 'links', blocks: [linksLine(report, options.artifactUrl ?? null)] });
    return sections;
}
function metricsTable(rows, hasBaseline) {
    const out = hasBaseline
        ? ['| Metric | Value | Baseline | Change | Threshold | Status |', '| --- | ---: | ---: | ---: | ---: | :---: |']
        : ['| Metric | Value | Threshold | Status |', '| --- | ---: | ---: | :---: |'];
    for (const row of rows) {
        const counts = row.counts ? ` (${(0,format/* count */.U9)(row.counts.numerator)}/${(0,format/* count */.U9)(row.counts.denominator)})` : '';
        const ci = row.ci ? `<br><sub>${(0,format/* rateInterval */.mP)(row.ci)}</sub>` : '';
        const value = row.value === null ? 'n/a' : `**${(0,report_rows/* valueText */.Ru)(row)}**${counts}${ci}`;
        // A red mark only where the gate calls the change a significant regression.
        const change = `${(0,report_rows/* changeText */.k0)(row)}${row.significantRegression ? ' 🔴' : ''}`;
        const cells = hasBaseline ? [row.label, value, (0,format/* percent */.KN)(row.baseline), change, (0,report_rows/* thresholdText */.HA)(row), STATUS_ICON[row.status]] : [row.label, value, (0,report_rows/* thresholdText */.HA)(row), STATUS_ICON[row.status]];
        out.push(`| ${cells.join(' | ')} |`);
    }
    return out.join('\n');
}
function worstCategories(report) {
    return [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
}
function categoryTable(report, figures) {
    const baseOf = new Map((figures?.categories ?? []).map((c) => [c.category, c]));
    const significant = new Set((report.drift?.findings ?? []).filter((f) => f.metric === 'hallucinationRate' && f.significant && f.direction === 'regression').map((f) => f.scope));
    const rows = worstCategories(report);
    const out = figures
        ? ['| Category | Cases | Hallucination rate | Baseline | Change | Citation coverage | Fact recall |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |']
        : ['| Category | Cases | Hallucination rate | Citation coverage | Fact recall |', '| --- | ---: | ---: | ---: | ---: |'];
    for (const c of rows.slice(0, MAX_CATEGORY_ROWS)) {
        const base = baseOf.get(c.category)?.hallucinationRate.value ?? null;
        const value = `${(0,format/* percent */.KN)(c.hallucinationRate.value)} (${(0,format/* count */.U9)(c.hallucinationRate.numerator)}/${(0,format/* count */.U9)(c.hallucinationRate.denominator)})`;
        const change = c.hallucinationRate.value !== null && base !== null ? `${(0,format/* points */.WR)(c.hallucinationRate.value - base)}${significant.has(c.category) ? ' 🔴' : ''}` : '—';
        const cells = [escapeTableCell(c.category, { maxLength: 60 }), (0,format/* count */.U9)(c.cases), value, ...(figures ? [(0,format/* percent */.KN)(base), change] : []), (0,format/* percent */.KN)(c.citationCoverage.value), (0,format/* percent */.KN)(c.factRecall.value)];
        out.push(`| ${cells.join(' | ')} |`);
    }
    const more = rows.length > MAX_CATEGORY_ROWS ? `\n\nThe ${(0,format/* count */.U9)(rows.length - MAX_CATEGORY_ROWS)} categories with the lowest hallucination rates are in the report JSON.` : '';
    return `<details><summary>By category (${(0,format/* count */.U9)(rows.length)})</summary>\n\n${out.join('\n')}${more}\n\n</details>`;
}
/** A Mermaid label: only letters, digits and a few separators survive; Mermaid reads the rest. */
function chartLabel(text) {
    const clean = text.replace(/[^\p{L}\p{N} _./-]/gu, ' ').replace(/\s+/g, ' ').trim();
    return `"${Array.from(clean || '?').slice(0, 24).join('')}"`;
}
/**
 * Hallucination rate per category: bars for this run, a line for the baseline and a flat
 * line for the threshold. Drawn only with two or more categories and when some category
 * hallucinates (an all-zero chart says nothing a sentence does not).
 */
function categoryChart(report, figures) {
    const categories = worstCategories(report).filter((c) => c.hallucinationRate.value !== null).slice(0, MAX_CHART_CATEGORIES);
    if (categories.length < 2)
        return null;
    const baseOf = new Map((figures?.categories ?? []).map((c) => [c.category, c.hallucinationRate.value]));
    const head = categories.map((c) => round((c.hallucinationRate.value ?? 0) * 100));
    const base = categories.map((c) => round((baseOf.get(c.category) ?? 0) * 100));
    if (head.every((v) => v === 0) && (!figures || base.every((v) => v === 0)))
        return null;
    const threshold = report.policy.thresholds.maxHallucinationRate;
    const top = Math.max(1, ...head, ...(figures ? base : []), threshold === null ? 0 : threshold * 100) * 1.1;
    const lines = [
        'xychart-beta',
        '  title "Hallucination rate by category (%)"',
        `  x-axis [${categories.map((c) => chartLabel(c.category)).join(', ')}]`,
        `  y-axis "%" 0 --> ${round(top)}`,
        `  bar [${head.join(', ')}]`,
    ];
    if (figures)
        lines.push(`  line [${base.join(', ')}]`);
    if (threshold !== null)
        lines.push(`  line [${categories.map(() => round(threshold * 100)).join(', ')}]`);
    // Mermaid charts have no legend: say under the chart what each series is.
    const legend = ['Bars: this run', figures ? 'line: the baseline' : null, threshold === null ? null : `flat line: the threshold, ${(0,format/* percent */.KN)(threshold)}`].filter(Boolean).join(' · ');
    return `${['```mermaid', ...lines, '```'].join('\n')}\n\n<sub>${legend}</sub>`;
}
function round(value) {
    return Math.round(value * 100) / 100;
}
function coverageWarnings(coverage) {
    const shown = coverage.warnings.slice(0, 20).map((w) => `- ⚠️ ${escapeMarkdownInline(w, { maxLength: 300 })}`);
    if (coverage.warnings.length > 20)
        shown.push(`- … ${(0,format/* count */.U9)(coverage.warnings.length - 20)} more in the report JSON`);
    return `<details><summary>Coverage warnings (${(0,format/* count */.U9)(coverage.warnings.length)})</summary>\n\n${shown.join('\n')}\n\n</details>`;
}
function uncoveredLines(report, pullNumber) {
    const files = report.coverage?.patch?.uncovered.filter((f) => f.lines.length > 0) ?? [];
    if (files.length === 0)
        return null;
    const link = lineLink(report, pullNumber);
    const lines = files.slice(0, MAX_UNCOVERED_FILES).map((f) => {
        const ranges = (0,format/* lineRanges */.nV)(f.lines);
        const shown = ranges.slice(0, 30).map((r) => {
            const url = link(f.path, r.start, r.end);
            return url ? `[${(0,format/* rangeText */.lq)(r)}](${url})` : (0,format/* rangeText */.lq)(r);
        });
        return `- ${codeSpan(f.path, { maxLength: 200 })}: ${shown.join(', ')}${ranges.length > 30 ? ', …' : ''}`;
    });
    if (files.length > MAX_UNCOVERED_FILES)
        lines.push(`- … ${(0,format/* count */.U9)(files.length - MAX_UNCOVERED_FILES)} more files`);
    return `<details><summary>Changed lines without coverage (${(0,format/* plural */.LS)(files.length, 'file')})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
/** Links from line ranges to the pull request's diff (GitHub anchors a file by the SHA-256 of its path), or to the file at the commit. */
function lineLink(report, pullNumber) {
    const repo = repositoryUrl(report);
    if (repo && pullNumber !== null && Number.isSafeInteger(pullNumber) && pullNumber > 0) {
        const pull = `${repo}/pull/${pullNumber}`;
        return (path, start, end) => `${pull}/files#diff-${(0,external_node_crypto_.createHash)('sha256').update(path).digest('hex')}R${start}${end > start ? `-R${end}` : ''}`;
    }
    const sha = report.run.gitSha;
    if (!repo || !sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return () => null;
    return (path, start, end) => `${repo}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${start}${end > start ? `-L${end}` : ''}`;
}
function driftBlocks(report) {
    const drift = report.drift;
    const since = drift.baseline?.gitSha ? ` ${commitLink(report, drift.baseline.gitSha)}` : '';
    const heading = `#### Compared with the baseline${since}`;
    if (drift.status !== 'compared') {
        return [heading, `Not compared: ${escapeMarkdownInline(drift.reason ?? drift.status, { maxLength: 300 })}`];
    }
    const changed = [
        drift.cases.added.length ? `${(0,format/* count */.U9)(drift.cases.added.length)} added` : null,
        drift.cases.removed.length ? `${(0,format/* count */.U9)(drift.cases.removed.length)} removed` : null,
        drift.cases.changed.length ? `${(0,format/* count */.U9)(drift.cases.changed.length)} changed` : null,
    ].filter(Boolean);
    const scope = `${(0,format/* plural */.LS)(drift.cases.compared, 'unchanged case')} compared${changed.length ? ` (${changed.join(', ')} since the baseline, not compared)` : ''}.`;
    const regressions = drift.findings.filter((f) => f.significant && f.direction === 'regression');
    if (regressions.length === 0) {
        const improved = drift.findings.filter((f) => f.direction === 'improvement' && f.role === 'gating').length;
        return [heading, `${scope} No significant regression${improved ? `; ${(0,format/* plural */.LS)(improved, 'measure')} improved` : ''}.`];
    }
    // Those that fail the gate first, then those that warn.
    const order = { fail: 0, warn: 1, none: 2 };
    const sorted = [...regressions].sort((a, b) => order[findingGate(report, a)] - order[findingGate(report, b)]);
    const lines = sorted.slice(0, MAX_DRIFT_LINES).map((f) => {
        const gate = findingGate(report, f);
        return `- ${gate === 'fail' ? '🔴' : gate === 'warn' ? '⚠️' : 'ℹ️'} ${escapeMarkdownInline(findingPlainWords(f), { maxLength: 400 })} — ${gateWords(gate)}.`;
    });
    if (sorted.length > MAX_DRIFT_LINES)
        lines.push(`- … and ${(0,format/* count */.U9)(sorted.length - MAX_DRIFT_LINES)} more significant regressions, in the statistics below.`);
    return [heading, `${scope} ${(0,format/* plural */.LS)(regressions.length, 'significant regression')}:`, lines.join('\n')];
}
/** Every test against the baseline, numbers only: the words are above, the reasoning in the report. */
function driftStatistics(drift) {
    if (drift.status !== 'compared' || drift.findings.length === 0)
        return null;
    const rows = ['| Metric | Where | Test | Change | p | Adjusted p | Result |', '| --- | --- | --- | ---: | ---: | ---: | --- |'];
    const sorted = [...drift.findings].sort((a, b) => Number(b.significant) - Number(a.significant) || (a.adjustedPValue ?? a.pValue ?? 1) - (b.adjustedPValue ?? b.pValue ?? 1));
    for (const f of sorted.slice(0, MAX_STATISTICS_ROWS)) {
        rows.push(`| ${format/* METRIC_LABELS */.t8[f.metric] ?? escapeTableCell(f.metric, { maxLength: 40 })} | ${escapeTableCell(f.scope, { maxLength: 60 })} | ${escapeTableCell(f.test, { maxLength: 30 })}${f.role === 'descriptive' ? ' (descriptive)' : ''} | ${effectText(f)} | ${f.pValue === null ? '—' : (0,format/* pValue */.sp)(f.pValue).replace(/^p (= )?/, '')} | ${f.adjustedPValue === null ? '—' : (0,format/* pValue */.sp)(f.adjustedPValue).replace(/^p (= )?/, '')} | ${resultWords(f)} |`);
    }
    const more = sorted.length > MAX_STATISTICS_ROWS ? `\n\n${(0,format/* count */.U9)(sorted.length - MAX_STATISTICS_ROWS)} more tests in the report JSON.` : '';
    const how = drift.findings.some((f) => f.correction)
        ? '\n\np: the test\'s own one-sided p-value. Adjusted p: after the gating tests are corrected together, so that an unchanged app fails no more often than α; the report JSON names each test\'s correction.'
        : '';
    return `<details><summary>Statistics (${(0,format/* plural */.LS)(drift.findings.length, 'test')})</summary>\n\n${rows.join('\n')}${more}${how}\n\n</details>`;
}
function effectText(f) {
    return f.effect === null ? '—' : effectWords(f);
}
function resultWords(f) {
    if (f.significant)
        return 'significant regression';
    return f.direction === 'regression' ? 'worse, not significant' : f.direction === 'improvement' ? 'better' : 'no change';
}
function casesHeading(failing) {
    const by = { hallucinated: 0, error: 0, missing: 0 };
    for (const f of failing)
        by[f.kind]++;
    const stopped = failing.filter((f) => f.kind === 'error' && (0,format/* failedAt */.JG)(f.case.error) === 'ran out of judging time').length;
    const parts = [
        by.hallucinated ? `${(0,format/* count */.U9)(by.hallucinated)} hallucinate` : null,
        by.error > stopped ? `${(0,format/* count */.U9)(by.error - stopped)} failed in the app` : null,
        stopped ? `${(0,format/* count */.U9)(stopped)} ran out of judging time` : null,
        by.missing ? `${(0,format/* count */.U9)(by.missing)} got no response` : null,
    ].filter(Boolean);
    return `#### Cases to look at: ${parts.join(', ')}${failing.length > 1 ? ' (worst first)' : ''}`;
}
/** One collapsed block per case; cases that failed in the app with the same error share one block. */
function caseItems(shown, all) {
    const items = [];
    const errorGroups = new Map();
    for (const f of all) {
        if (f.kind !== 'error' && f.kind !== 'missing')
            continue;
        const key = f.kind === 'missing' ? '\u0000missing' : (f.case.error ?? 'unknown error');
        errorGroups.set(key, [...(errorGroups.get(key) ?? []), f]);
    }
    const grouped = new Set();
    for (const f of shown) {
        if (f.kind === 'hallucinated') {
            items.push({ block: hallucinatedCase(f), cases: 1 });
            continue;
        }
        const key = f.kind === 'missing' ? '\u0000missing' : (f.case.error ?? 'unknown error');
        if (grouped.has(key))
            continue;
        grouped.add(key);
        const group = errorGroups.get(key) ?? [f];
        items.push({ block: f.kind === 'missing' ? missingCases(group) : erroredCases(group), cases: group.length });
    }
    return items;
}
function idsText(group) {
    const ids = group.slice(0, 10).map((f) => codeSpan(f.case.id, { maxLength: 80 }));
    return group.length > 10 ? `${ids.join(', ')} and ${(0,format/* count */.U9)(group.length - 10)} more` : ids.join(', ');
}
function erroredCases(group) {
    const error = group[0]?.case.error ?? 'unknown error';
    const firstLine = (0,format/* errorHeadline */.rP)(error);
    const who = group.length === 1 ? `<code>${summaryText(group[0].case.id, 80)}</code>` : `${(0,format/* count */.U9)(group.length)} cases`;
    const summary = `${who} · ${(0,format/* failedAt */.JG)(error)}: ${summaryText(firstLine, 160)}`;
    const body = [`${group.length === 1 ? 'Case' : 'Cases'} ${idsText(group)}${group.length > 1 ? ', all with this error' : ''}:`, codeBlock(error, { maxLength: 2000 })];
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
function missingCases(group) {
    const who = group.length === 1 ? `<code>${summaryText(group[0].case.id, 80)}</code>` : `${(0,format/* count */.U9)(group.length)} cases`;
    return `<details><summary>${who} · no response from the app</summary>\n\nNo response for ${idsText(group)}.\n\n</details>`;
}
const VERDICT_PHRASE = { contradicted: 'the sources say otherwise', unsupported: 'the sources do not say this', undetermined: 'the judge could not decide' };
/** A hallucinated case: the reason in the summary line, the claims with their evidence and why, the answer wrapped. */
function hallucinatedCase(f) {
    const c = f.case;
    const claims = c.claims.filter((cl) => cl.hallucinated).sort((a, b) => Number(b.verdict === 'contradicted') - Number(a.verdict === 'contradicted'));
    const worst = claims[0];
    // Reasons the claims table does not already give: a stated falsehood, an answer that should have been a refusal.
    const otherReasons = c.hallucinationReasons.filter((r) => !/^claim \d+ is /.test(r));
    const reason = worst ? `${worst.verdict}: “${oneLine(worst.text)}”` : (otherReasons[0] ?? 'hallucinated');
    const more = f.hallucinated > 1 ? ` (+${(0,format/* count */.U9)(f.hallucinated - 1)} more)` : '';
    const summary = `<code>${summaryText(c.id, 80)}</code> · ${summaryText(c.category, 40)} · ${summaryText(reason, 160)}${more}`;
    const body = [`**Question:** ${escapeMarkdownInline(c.question, { maxLength: 400 })}`];
    for (const r of otherReasons.slice(0, 5))
        body.push(`- ${escapeMarkdownInline(r, { maxLength: 400 })}`);
    if (claims.length > 0) {
        body.push(['| Claim | Cites | Verdict | Evidence | Why |', '| --- | --- | --- | --- | --- |', ...claims.slice(0, 20).map(claimRow)].join('\n'));
        if (claims.length > 20)
            body.push(`${(0,format/* count */.U9)(claims.length - 20)} more claims in the report JSON.`);
    }
    if (c.answer)
        body.push(`**Answer:**\n\n${quote(c.answer, 1500)}`);
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
/**
 * Untrusted text in a `<summary>`: HTML entities, and Markdown punctuation as numeric
 * entities too, so no renderer that reads Markdown inside HTML finds a link or emphasis.
 */
function summaryText(text, maxLength) {
    return escapeHtml(oneLine(text), { maxLength }).replace(/[[\]()!`*_~|\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** Untrusted text as a quotation that wraps: each line escaped, paragraphs kept. */
function quote(text, maxLength) {
    const lines = escapeMarkdownInlineLines(text, maxLength);
    return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}
function escapeMarkdownInlineLines(text, maxLength) {
    const cut = Array.from(text).length > maxLength ? `${Array.from(text).slice(0, maxLength - 1).join('')}…` : text;
    return cut
        .replace(/\r\n?/g, '\n')
        .replace(/<br\s*\/?>/gi, '\n')
        .split('\n')
        .map((line) => (line.trim() === '' ? '' : escapeMarkdownInline(line.trim())))
        .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
}
/** Text on one line: line breaks and HTML line breaks become spaces. */
function oneLine(text) {
    return text.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}
function claimRow(claim) {
    const cites = claim.citations.length
        ? claim.citations
            .map((id) => {
            const check = claim.citationChecks.find((c) => c.sourceId === id);
            return `${codeSpan(id, { maxLength: 40, inTable: true })}${check && !check.known ? ' (no such source)' : ''}`;
        })
            .join(', ')
        : 'nothing';
    const evidence = claim.evidence
        ? `${codeSpan(claim.evidence.sourceId, { maxLength: 40, inTable: true })}: “${escapeTableCell(oneLine(claim.evidence.sentence), { maxLength: 300 })}”`
        : '—';
    const verdict = `${claim.verdict}<br><sub>${VERDICT_PHRASE[claim.verdict] ?? ''}</sub>`;
    return `| ${escapeTableCell(oneLine(claim.text), { maxLength: 400 })} | ${cites} | ${verdict} | ${evidence} | ${escapeTableCell(oneLine(claim.reason), { maxLength: 300 })} |`;
}
/** The repository's web address, from the run link ("https://github.com/o/r/actions/runs/1"). */
function repositoryUrl(report) {
    const match = report.run.runUrl ? /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/actions\/runs\/\d+/.exec(report.run.runUrl) : null;
    return match?.[1] ? safeUrl(match[1]) : null;
}
function commitLink(report, sha) {
    const repo = repositoryUrl(report);
    const short = codeSpan(sha.slice(0, 7));
    return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](${repo}/commit/${sha})` : short;
}
function linksLine(report, artifactUrl) {
    const parts = [`factgate ${escapeMarkdownInline(report.tool.version)}`, `policy ${codeSpan(report.policy.name)}`, (0,format/* plural */.LS)(report.goldenSet.caseCount, 'case')];
    const base = report.drift?.baseline?.gitSha;
    const head = report.run.gitSha;
    if (head)
        parts.push(base ? `${commitLink(report, base)} → ${commitLink(report, head)}` : `commit ${commitLink(report, head)}`);
    if (report.run.runUrl)
        parts.push(`[workflow run](${safeUrl(report.run.runUrl)})`);
    if (artifactUrl)
        parts.push(`[report artifact](${safeUrl(artifactUrl)})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/** Only http(s) links, with the characters that would end a Markdown link destination encoded. */
function safeUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return '#';
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return '#';
    return parsed.toString().replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./.build/src/github/pull-request-lookup.js
/**
 * The open pull requests of this repository whose head is the run's `head_sha`, found
 * through the API or GitHub's own event payload, never through anything inside the
 * artifact (which the pull request's author controls).
 */
async function findPullRequestsForRun(octokit, run) {
    const here = `${run.owner}/${run.repo}`.toLowerCase();
    // Same-repository runs: GitHub already linked the pull request in the payload.
    const linked = run.pullRequests.filter((p) => p.headSha === run.headSha && (p.baseRepository === null || p.baseRepository.toLowerCase() === here));
    if (linked.length > 0)
        return pull_request_lookup_unique(linked.map((p) => p.number));
    const byCommit = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner: run.owner,
        repo: run.repo,
        commit_sha: run.headSha,
        per_page: 100,
    });
    const matching = byCommit.filter((p) => p.state === 'open' && p.head.sha === run.headSha && p.base.repo.full_name.toLowerCase() === here);
    if (matching.length > 0)
        return pull_request_lookup_unique(matching.map((p) => p.number));
    // A fork's commit is not always associated yet; its branch still names the pull request.
    if (run.headRepository && run.headBranch) {
        const headOwner = run.headRepository.split('/')[0];
        const byBranch = await octokit.paginate(octokit.rest.pulls.list, {
            owner: run.owner,
            repo: run.repo,
            state: 'open',
            head: `${headOwner}:${run.headBranch}`,
            per_page: 100,
        });
        return pull_request_lookup_unique(byBranch.filter((p) => p.head.sha === run.headSha).map((p) => p.number));
    }
    return [];
}
function pull_request_lookup_unique(numbers) {
    return [...new Set(numbers)].sort((a, b) => a - b);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./.build/src/policy/types.js
const PRESET_NAMES = ['strict', 'standard', 'permissive'];

// EXTERNAL MODULE: ./.build/src/evaluate/retrieval.js
var retrieval = __webpack_require__(72851);
;// CONCATENATED MODULE: ./.build/src/settings/options.js


const JUDGES = ['deterministic', 'llm', 'command', 'hybrid'];
const COMMAND_MODES = ['per-case', 'worker'];
const HYBRID_FALLBACKS = ['llm', 'command'];
const PATH = { type: 'path' };
const COUNT = { type: 'count' };
const URL_VALUE = { type: 'url' };
const SHORT_TEXT = { type: 'text', maxLength: 256 };
const OPTIONS = [
    { key: 'config', value: PATH, kind: 'string', placeholder: 'FILE', cliOnly: true, description: 'Settings file (default: factgate.yml in the working directory, when present).' },
    { key: 'golden-set', value: PATH, kind: 'list', placeholder: 'PATH', description: 'Golden-set files, directories or globs (.json, .jsonl, .yaml, .yml).' },
    { key: 'responses', value: PATH, kind: 'string', placeholder: 'FILE', description: "The application's answers, precomputed: a JSON array or JSON Lines file keyed by case id." },
    { key: 'command', value: { type: 'text', maxLength: 4096 }, kind: 'string', placeholder: 'CMD', description: 'Run the application as a command (no shell): a case JSON on stdin, a response JSON on stdout.' },
    { key: 'command-mode', value: { type: 'enum', values: COMMAND_MODES }, kind: 'string', placeholder: 'MODE', description: 'per-case (default): one process per case; worker: long-lived processes, one JSON line in and out per case.' },
    { key: 'command-cwd', value: PATH, kind: 'string', placeholder: 'DIR', description: "The command's working directory." },
    { key: 'endpoint', value: URL_VALUE, kind: 'string', placeholder: 'URL', description: 'POST each case to this HTTP endpoint (an app started by an earlier step).' },
    { key: 'endpoint-header', value: { type: 'text', maxLength: 4096 }, kind: 'list', placeholder: 'NAME: VALUE', description: 'Request headers; ${NAME} in a value reads an environment variable and is masked.' },
    { key: 'endpoint-body', value: { type: 'template' }, kind: 'string', placeholder: 'JSON', description: 'Request body template with {{id}}, {{question}}, {{sources}}, {{case}} (default: the public case).' },
    { key: 'answer-path', value: SHORT_TEXT, kind: 'string', placeholder: 'PATH', description: "Where the answer is in the endpoint's JSON response (default answer), e.g. data.answer." },
    { key: 'claims-path', value: SHORT_TEXT, kind: 'string', placeholder: 'PATH', description: "Where structured claims are in the endpoint's response, when the app returns them." },
    { key: 'contexts-path', value: SHORT_TEXT, kind: 'string', placeholder: 'PATH', description: "Where the retrieved passages ({id, text, title?, score?, source?}) are in the endpoint's response (default contexts when answer-path is answer)." },
    { key: 'concurrency', value: COUNT, kind: 'string', placeholder: 'N', description: 'Cases in flight at once: processes, workers or HTTP requests (default 4).' },
    { key: 'timeout-ms', value: COUNT, kind: 'string', placeholder: 'MS', description: 'Time-out per case, in milliseconds (default 60000); a hung command is killed with its process tree.' },
    { key: 'worker-start-timeout-ms', value: COUNT, kind: 'string', placeholder: 'MS', description: "command-mode worker: time added to a new worker's first case for its start-up (default 60000; 0 for none)." },
    { key: 'retries', value: COUNT, kind: 'string', placeholder: 'N', description: 'HTTP retries after a 429, a 5xx or a refused connection (default 2).' },
    { key: 'shard', value: { type: 'pattern', pattern: '^[0-9]+/[0-9]+$' }, kind: 'string', placeholder: 'I/N', description: 'Run only shard I of N (balanced by a hash of the case id) and write a partial report for factgate merge.' },
    { key: 'judge', value: { type: 'enum', values: JUDGES }, kind: 'string', placeholder: 'NAME', description: 'Claim judge: deterministic (default, offline), llm, command, or hybrid (deterministic first, the rest to llm or command).' },
    { key: 'judge-url', value: URL_VALUE, kind: 'string', placeholder: 'URL', description: 'Base URL of an OpenAI-compatible chat-completions API, e.g. https://api.openai.com/v1.' },
    { key: 'judge-model', value: SHORT_TEXT, kind: 'string', placeholder: 'MODEL', description: 'The LLM judge model.' },
    { key: 'judge-api-key-env', value: { type: 'pattern', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 128 }, kind: 'string', placeholder: 'VAR', description: 'Environment variable holding the LLM judge API key (default FACTGATE_JUDGE_API_KEY).' },
    { key: 'judge-command', value: { type: 'text', maxLength: 4096 }, kind: 'string', placeholder: 'CMD', description: 'A judge program: claims and evidence as JSON Lines on stdin, verdicts as JSON Lines on stdout.' },
    { key: 'judge-concurrency', value: COUNT, kind: 'string', placeholder: 'N', description: 'LLM judge requests in flight (default 4).' },
    { key: 'judge-timeout-ms', value: COUNT, kind: 'string', placeholder: 'MS', description: 'Time-out per judge request or judge command run, in milliseconds.' },
    { key: 'judge-budget-ms', value: COUNT, kind: 'string', placeholder: 'MS', description: "Judging time per case, in milliseconds (default 60000): factgate's own work on the case's answer and sources; a case over it is an error, which fails the gate." },
    { key: 'judge-cache', value: PATH, kind: 'string', placeholder: 'FILE', description: 'Verdict cache file (content-addressed): an unchanged re-run makes no LLM calls.' },
    { key: 'hybrid-fallback', value: { type: 'enum', values: HYBRID_FALLBACKS }, kind: 'string', placeholder: 'JUDGE', description: 'With judge: hybrid, who decides what the deterministic judge cannot: llm or command.' },
    { key: 'judge-against', value: { type: 'enum', values: retrieval/* JUDGE_AGAINST */.y6 }, kind: 'string', placeholder: 'WHAT', description: 'What the hallucination rate judges claims against when the app returns contexts: both (default: hallucinated when neither supports it), sources or contexts.' },
    { key: 'citation-pattern', value: { type: 'text', maxLength: 500 }, kind: 'string', placeholder: 'REGEX', description: 'Inline citation marker pattern; its first group holds the ids (default matches [S1], [1], [S1, S2], [^1]).' },
    { key: 'coverage', value: PATH, kind: 'list', placeholder: 'FILE', description: 'Code-coverage reports (Cobertura, JaCoCo, LCOV, Clover).' },
    { key: 'coverage-base', value: SHORT_TEXT, kind: 'string', placeholder: 'REF', description: 'Git ref to diff against for patch coverage (its merge base with HEAD), e.g. origin/main.' },
    { key: 'coverage-path-map', value: { type: 'text', maxLength: 4096 }, kind: 'list', placeholder: 'FROM=>TO', description: 'Rewrites of report paths to repository paths, e.g. /app/=>services/api/ (containers, monorepos).' },
    { key: 'coverage-source-root', value: PATH, kind: 'list', placeholder: 'DIR', description: 'Folders that relative report paths are relative to, e.g. packages/web for a package-relative LCOV (as diff-cover --src-roots).' },
    { key: 'policy', value: { type: 'policy', presets: PRESET_NAMES }, kind: 'string', placeholder: 'NAME', description: 'Gating policy: strict, standard (default) or permissive; custom policies go in factgate.yml.' },
    { key: 'baseline', value: PATH, kind: 'string', placeholder: 'FILE', description: "The base branch's factgate report for drift tests: a file, or auto (in the Action: the report artifact of the base branch's latest successful push run)." },
    { key: 'report-json', value: PATH, kind: 'string', placeholder: 'FILE', actionDefault: 'factgate-report.json', description: 'Where to write the report JSON (a regular file, or - for standard output); checked before the run.' },
    { key: 'report-md', value: PATH, kind: 'string', placeholder: 'FILE', description: 'Where to write the Markdown report (a regular file, or - for standard output).' },
    { key: 'report-html', value: PATH, kind: 'string', placeholder: 'FILE', description: 'Where to write the HTML report: one self-contained page to browse every case, offline (the Action uploads it with the report JSON).' },
    { key: 'report-junit', value: PATH, kind: 'string', placeholder: 'FILE', description: "Where to write JUnit XML (one test case per golden case) for CI's test views: GitHub test reporters, GitLab, Jenkins, Buildkite." },
];
/** The report artifact's name, which the comment step looks for unless told another. */
const REPORT_ARTIFACT_NAME = 'factgate-report';
/** Options of the Action side only (inputs; some are also `factgate comment`'s flags). */
const GITHUB_OPTIONS = [
    { key: 'judge-api-key', kind: 'string', placeholder: 'KEY', description: 'The LLM judge API key (pass a secret); masked in every log, report and comment.' },
    { key: 'mode', kind: 'string', placeholder: 'MODE', actionDefault: 'run', description: 'run (default): run the gate and publish; comment: post the report artifact of a finished run (fork-safe workflow_run step).' },
    { key: 'github-token', kind: 'string', placeholder: 'TOKEN', actionDefault: '${{ github.token }}', description: 'Token for the comment, the check run, overrides and artifacts (default: the workflow token).' },
    { key: 'comment', kind: 'string', placeholder: 'WHEN', actionDefault: 'always', description: 'Sticky pull-request comment: always (default), on-failure, update-only or off.' },
    { key: 'gate-id', kind: 'string', placeholder: 'ID', actionDefault: 'factgate', description: 'Tells two gates in one repository apart: each keeps its own comment (default factgate).' },
    { key: 'check-run', kind: 'boolean', actionDefault: 'false', description: 'Also create a "factgate" check run with annotations (needs checks: write). Default false.' },
    { key: 'artifact-name', kind: 'string', placeholder: 'NAME', actionDefault: REPORT_ARTIFACT_NAME, description: 'Name of the report artifact that the comment mode downloads (default factgate-report).' },
    { key: 'comment-author', kind: 'string', placeholder: 'LOGIN', description: "Find the sticky comment by this login instead of the token's own identity (rarely needed); github-actions[bot] and github-actions are the same author." },
    { key: 'publish-failure', kind: 'string', placeholder: 'WHAT', actionDefault: 'warn', description: 'When GitHub will not take the comment or check run after retries: warn (default; the job keeps the verdict) or fail.' },
];
/** Action outputs, declared once (action.yml is checked against this list in tests); the last two are set when publishing. */
const OUTPUTS = {
    verdict: 'The verdict: pass, fail, error or overridden.',
    'hallucination-rate': 'Hallucinated claims / all claims, as a fraction (empty when nothing was measured).',
    'citation-coverage': 'Claims whose citations support them / all claims, as a fraction.',
    'report-path': 'Path of the report JSON written by this run.',
    'comment-url': 'URL of the pull-request comment, when one was created or updated.',
    'check-run-url': 'URL of the factgate check run, when one was created.',
};

;// CONCATENATED MODULE: ./.build/src/github/report-artifact.js





/** The report artifact's name and the JSON file inside it, shared by upload and download. */

const REPORT_FILE_NAME = 'factgate-report.json';
/** A report larger than this is refused rather than parsed (the artifact is untrusted input). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/**
 * The production downloader: `@actions/artifact` cross-run download with the token
 * (needs `actions: read`). Loaded lazily so nothing imports the Actions runtime until it
 * is needed.
 */
function actionsArtifactDownloader(token, serverUrl = 'https://github.com') {
    return async (request) => {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(299), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        const client = new DefaultArtifactClient();
        const findBy = { token, workflowRunId: request.runId, repositoryOwner: request.owner, repositoryName: request.repo };
        let artifactId;
        try {
            artifactId = (await client.getArtifact(request.artifactName, { findBy })).artifact.id;
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`No artifact named "${request.artifactName}" in workflow run ${request.runId}.`, {
                place: `artifact ${request.artifactName}`,
                fix: `Upload the report in the pull_request workflow with actions/upload-artifact (name: ${request.artifactName}, if: always()) and grant "actions: read" to the comment workflow. (${String(error)})`,
            });
        }
        const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'factgate-artifact-'));
        try {
            // The zip is kept whole and only the report is read out of it, bounded: extracting
            // everything first would let a small zip of whitespace fill the disk.
            await client.downloadArtifact(artifactId, { path: directory, findBy, skipDecompress: true });
            const [zip] = await (0,promises_.readdir)(directory);
            if (zip === undefined)
                throw new Error(`the artifact ${request.artifactName} downloaded as nothing`);
            const url = `${serverUrl.replace(/\/+$/, '')}/${request.owner}/${request.repo}/actions/runs/${request.runId}/artifacts/${artifactId}`;
            return { ...(await readReportFromZip((0,external_node_path_.join)(directory, zip), request)), url };
        }
        finally {
            await (0,promises_.rm)(directory, { recursive: true, force: true });
        }
    };
}
/**
 * The report file's text out of an artifact zip, never more than MAX_REPORT_BYTES of it:
 * the size the zip declares is checked first, and the bytes inflated are counted as they
 * come (yauzl also refuses an entry whose inflated size differs from the declared one).
 */
async function readReportFromZip(zipPath, request) {
    const file = `${request.artifactName}/${request.fileName}`;
    const zip = await new Promise((resolve, reject) => yauzl.open(zipPath, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, opened) => (error ? reject(error) : resolve(opened)))).catch((error) => {
        throw new errors/* ConfigurationError */.j1(`The artifact "${request.artifactName}" is not a readable zip: ${error instanceof Error ? error.message : String(error)}.`, {
            file: request.artifactName,
            fix: 'Upload the report with actions/upload-artifact, unchanged.',
        });
    });
    try {
        const names = [];
        const entry = await new Promise((resolve, reject) => {
            zip.on('entry', (candidate) => {
                if (candidate.fileName === request.fileName)
                    return resolve(candidate);
                if (names.length < 20)
                    names.push(candidate.fileName);
                zip.readEntry();
            });
            zip.on('end', () => resolve(null));
            zip.on('error', reject);
            zip.readEntry();
        });
        if (entry === null) {
            throw new errors/* ConfigurationError */.j1(`The artifact "${request.artifactName}" has no ${request.fileName} (it holds: ${names.join(', ') || 'nothing'}).`, {
                file: request.artifactName,
                fix: `Write the report with --report-json ${request.fileName} and upload that file in the artifact.`,
            });
        }
        const tooBig = (size) => new errors/* ConfigurationError */.j1(`The report is ${size}, over the ${MAX_REPORT_BYTES}-byte limit for a downloaded report.`, { file, fix: 'Upload the report factgate wrote, unchanged.' });
        if (entry.uncompressedSize > MAX_REPORT_BYTES)
            throw tooBig(`${entry.uncompressedSize} bytes`);
        const stream = await new Promise((resolve, reject) => zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))));
        const chunks = [];
        let size = 0;
        for await (const chunk of stream) {
            size += chunk.length;
            if (size > MAX_REPORT_BYTES)
                throw tooBig(`more than ${MAX_REPORT_BYTES} bytes once inflated`);
            chunks.push(chunk);
        }
        return { file, text: Buffer.concat(chunks).toString('utf8') };
    }
    finally {
        zip.close();
    }
}
/** Reads the report file from a downloaded artifact directory, bounded in size. */
async function readReportFile(directory, request) {
    const names = await readdir(directory);
    const file = join(directory, request.fileName);
    if (!names.includes(request.fileName)) {
        throw new ConfigurationError(`The artifact "${request.artifactName}" has no ${request.fileName} (it holds: ${names.join(', ') || 'nothing'}).`, {
            file: request.artifactName,
            fix: `Write the report with --report-json ${request.fileName} and upload that file in the artifact.`,
        });
    }
    const { size } = await stat(file);
    if (size > MAX_REPORT_BYTES) {
        throw new ConfigurationError(`The report is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a downloaded report.`, {
            file: `${request.artifactName}/${request.fileName}`,
            fix: 'Upload the report factgate wrote, unchanged.',
        });
    }
    return { file: `${request.artifactName}/${request.fileName}`, text: await readFile(file, 'utf8') };
}

;// CONCATENATED MODULE: ./.build/src/github/comment-from-artifact.js



/**
 * The fork-safe comment step (`factgate comment`, Action mode `comment`), run by a
 * `workflow_run` workflow that has a writable token: download the report artifact of the
 * finished `pull_request` run, validate it against the report schema, find the pull
 * request by the run's head commit through the API, and post. Nothing in the artifact
 * chooses where the comment goes. The baseline and change columns come from the baseline
 * figures the report recorded when the gate compared it (the comment step has no baseline
 * of its own, and must show the same comparison the gate judged).
 */
async function commentFromArtifact(options) {
    const { context, logger } = options;
    if (context.kind !== 'workflow_run') {
        throw new errors/* ConfigurationError */.j1(`"factgate comment" runs on workflow_run events, not ${context.eventName}.`, {
            place: 'on:',
            fix: 'Trigger the comment workflow with "on: workflow_run: { workflows: [<your gate workflow>], types: [completed] }".',
        });
    }
    if (context.triggeringEvent !== 'pull_request' && context.triggeringEvent !== 'pull_request_target') {
        const reason = `the finished run was started by ${context.triggeringEvent}, not by a pull request`;
        logger.info(`Nothing to comment on: ${reason}.`);
        return { status: 'skipped', reason };
    }
    if (context.conclusion === 'cancelled' || context.conclusion === 'skipped') {
        const reason = `the finished run was ${context.conclusion}`;
        logger.info(`Nothing to comment on: ${reason}.`);
        return { status: 'skipped', reason };
    }
    const pullRequests = await findPullRequestsForRun(options.octokit, context);
    if (pullRequests.length === 0) {
        const reason = `no open pull request in ${context.owner}/${context.repo} has head commit ${context.headSha}`;
        logger.info(`Nothing to comment on: ${reason} (closed, or pushed again since).`);
        return { status: 'skipped', reason };
    }
    const artifactName = options.artifactName ?? REPORT_ARTIFACT_NAME;
    const { file, text, url } = await options.download({
        owner: context.owner,
        repo: context.repo,
        runId: context.runId,
        artifactName,
        fileName: options.fileName ?? REPORT_FILE_NAME,
    });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The report artifact is not valid JSON: ${error.message}`, {
            file,
            fix: 'Upload the report file factgate wrote (--report-json), unchanged.',
        });
    }
    const report = options.validateReport(json, file);
    const outcomes = [];
    for (const pullNumber of pullRequests) {
        outcomes.push(await options.post(report, { owner: context.owner, repo: context.repo, pullNumber }, { artifactUrl: url ?? null }));
    }
    return { status: 'posted', report, pullRequests, outcomes };
}

;// CONCATENATED MODULE: ./.build/src/settings/gate-id.js

/**
 * A gate id: 1 to 64 letters, digits, ".", "_" or single "-", starting with a letter or
 * digit, a "-" never doubled nor last. It goes inside an HTML comment (the sticky comment's marker), where `--` would
 * end the comment early; the one pattern settings and the marker both use.
 */
const GATE_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._]|-(?=[A-Za-z0-9._])){0,63}$/;
const DEFAULT_GATE_ID = 'factgate';
/** Checks a gate id as given in an input, a flag or a settings file. */
function parseGateId(value, where) {
    if (GATE_ID_PATTERN.test(value))
        return value;
    throw new errors/* ConfigurationError */.j1(`the gate id ${JSON.stringify(value)} is not allowed`, {
        ...where,
        fix: 'use 1 to 64 letters, digits, ".", "_" or single "-", starting and ending with a letter or digit (for example "factgate" or "rag-eval")',
    });
}

;// CONCATENATED MODULE: ./.build/src/github/comment-marker.js

const NO_STAMP = { headSha: null, runId: null, runAttempt: null };
/** The hidden first line: the gate id, then the commit and the run when known. */
function commentMarker(gateId, stamp = NO_STAMP) {
    parseGateId(gateId, { place: 'gate-id' });
    const fields = [
        stamp.headSha && /^[0-9a-f]{7,64}$/i.test(stamp.headSha) ? `sha=${stamp.headSha.toLowerCase()}` : '',
        stamp.runId !== null ? `run=${stamp.runId}.${stamp.runAttempt ?? 1}` : '',
    ].filter(Boolean);
    return `<!-- factgate:${gateId}${fields.map((f) => ` ${f}`).join('')} -->`;
}
/** The visible last line: which commit and run the comment describes (GitHub links the short SHA). */
function commentFooter(stamp) {
    if (!stamp.headSha)
        return '';
    const run = stamp.runId === null ? '' : stamp.runUrl ? ` by [run ${stamp.runId}${attemptText(stamp)}](${stamp.runUrl})` : ` by run ${stamp.runId}${attemptText(stamp)}`;
    return `\n\n<sub>For commit ${stamp.headSha.slice(0, 7)}${run}.</sub>`;
}
function attemptText(stamp) {
    return stamp.runAttempt !== null && stamp.runAttempt > 1 ? `, attempt ${stamp.runAttempt}` : '';
}
/** The whole body GitHub stores: marker, the rendered report, the commit line. */
function commentBody(gateId, stamp, markdown) {
    return `${commentMarker(gateId, stamp)}\n${markdown}${commentFooter(stamp)}`;
}
/** What the comment budget must leave room for besides the rendered report. */
function commentOverhead(gateId, stamp) {
    return `${commentMarker(gateId, stamp)}\n${commentFooter(stamp)}`;
}
/** The marker of a stored comment, when its first line is one for this gate id. */
function readCommentMarker(body, gateId) {
    const match = /^<!-- factgate:(\S+)((?: [a-z]+=[^\s>]*)*) -->/.exec(body);
    if (!match || match[1] !== gateId || !GATE_ID_PATTERN.test(match[1]))
        return null;
    const fields = new Map((match[2] ?? '').trim().split(' ').filter(Boolean).map((f) => f.split('=', 2)));
    const sha = fields.get('sha');
    const run = /^(\d{1,20})\.(\d{1,6})$/.exec(fields.get('run') ?? '');
    return {
        headSha: sha && /^[0-9a-f]{7,64}$/.test(sha) ? sha : null,
        runId: run ? Number(run[1]) : null,
        runAttempt: run ? Number(run[2]) : null,
    };
}
/**
 * Order of two writers: positive when `a` is the later run. A comment without a run (an
 * older factgate, a local run) is older than any run; two without runs tie.
 */
function compareStamps(a, b) {
    if (a.runId === null || b.runId === null)
        return (a.runId === null ? 0 : 1) - (b.runId === null ? 0 : 1);
    return a.runId - b.runId || (a.runAttempt ?? 1) - (b.runAttempt ?? 1);
}

;// CONCATENATED MODULE: ./.build/src/github/logger.js

const silentLogger = {
    debug() { },
    info() { },
    notice() { },
    warning() { },
};
/**
 * Wraps a logger so no message can forge a workflow command, whatever GitHub, a model or a
 * golden set put into it. An entry point's own logger, where lines leave the process, also
 * masks its `secrets` (last, so nothing the escaping drops can rejoin a secret).
 */
function safeLogger(logger, secrets) {
    const clean = (message) => (secrets ? secrets.text(escapeLogText(message)) : escapeLogText(message));
    return {
        debug: (message) => logger.debug(clean(message)),
        info: (message) => logger.info(clean(message)),
        notice: (message) => logger.notice(clean(message)),
        warning: (message) => logger.warning(clean(message)),
    };
}

;// CONCATENATED MODULE: ./.build/src/github/check-run.js



/** GitHub accepts at most 50 annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_RUN_NAME = 'factgate';
/**
 * Publishes the optional `factgate` check run. Up to 50 annotations go with the create;
 * beyond that the run is created in progress and completed by the update carrying the
 * last batch, because GitHub takes annotations 50 per request.
 */
async function publishCheckRun(octokit, request) {
    for (const [field, value] of [['summary', request.summary], ['text', request.text ?? '']]) {
        if (CHECK_RUN_OUTPUT_LIMIT.measure(value) > CHECK_RUN_OUTPUT_LIMIT.max) {
            throw new Error(`The check run ${field} is over ${CHECK_RUN_OUTPUT_LIMIT.max} ${CHECK_RUN_OUTPUT_LIMIT.unit} of UTF-8; budget it before publishing.`);
        }
    }
    const annotations = request.annotations.map(toApiAnnotation);
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = (batch) => ({
        title: truncateText(request.title, 255),
        summary: request.summary,
        ...(request.text ? { text: request.text } : {}),
        ...(batch && batch.length > 0 ? { annotations: batch } : {}),
    });
    const completion = { status: 'completed', conclusion: request.conclusion, completed_at: new Date().toISOString() };
    let created;
    try {
        created = await octokit.rest.checks.create({
            owner: request.owner,
            repo: request.repo,
            name: request.name ?? CHECK_RUN_NAME,
            head_sha: request.headSha,
            ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
            ...(batches.length <= 1 ? completion : { status: 'in_progress' }),
            output: output(batches[0]),
        });
    }
    catch (error) {
        if (isPermissionDenied(error))
            return { action: 'forbidden', message: gitHubMessageOf(error) };
        throw error;
    }
    let requests = 1;
    for (let i = 1; i < batches.length; i++) {
        const last = i === batches.length - 1;
        await octokit.rest.checks.update({
            owner: request.owner,
            repo: request.repo,
            check_run_id: created.data.id,
            ...(last ? completion : {}),
            output: output(batches[i]),
        });
        requests++;
    }
    return { action: 'created', id: created.data.id, url: created.data.html_url ?? '', annotations: annotations.length, requests };
}
function toApiAnnotation(a) {
    const start = Math.max(1, Math.floor(a.startLine));
    return {
        path: a.path.replace(/^\.\//, ''),
        start_line: start,
        end_line: Math.max(start, Math.floor(a.endLine)),
        annotation_level: a.level,
        // GitHub caps message and raw details at 64 KB and the title at 255 characters.
        message: truncateText(a.message, 16_000),
        ...(a.title ? { title: truncateText(a.title, 255) } : {}),
        ...(a.rawDetails ? { raw_details: truncateText(a.rawDetails, 16_000) } : {}),
    };
}

;// CONCATENATED MODULE: ./.build/src/github/notices.js
/** What the user reads when GitHub refuses a write; each says what still happened and how to fix it. */
/** The README heading that explains the fork-safe two-workflow setup; a test keeps the two in step. */
const FORK_SECTION = 'Pull requests from forks';
function readOnlyCommentNotice(fromFork, message) {
    const why = fromFork
        ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token'
        : 'the token may not write pull-request comments (grant "pull-requests: write" in the workflow\'s permissions)';
    return (`factgate could not post its pull-request comment: ${why} (GitHub said: ${message}). ` +
        'The verdict, the job status and the job summary are unaffected. ' +
        'To comment on pull requests from forks, upload the report as an artifact in this workflow and post it from a second workflow ' +
        'triggered by "workflow_run" that runs "factgate comment" with "pull-requests: write" and "actions: read" ' +
        `(README: "${FORK_SECTION}").`);
}
function checkRunForbiddenNotice(fromFork, message) {
    const why = fromFork
        ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token whatever the workflow grants'
        : 'the token lacks "checks: write"';
    return (`factgate did not create its "factgate" check run: ${why} (GitHub said: ${message}). ` +
        "The job's own status is the check branch protection should require, and it is set as usual; " +
        (fromFork ? `the comment step of the fork-safe setup (README: "${FORK_SECTION}") carries the report instead.` : 'grant "checks: write" only if you want the separate check run with annotations.'));
}
/** A write that failed after the client's retries: what was not posted, why, and that the verdict holds. */
function publishFailureNotice(what, reason) {
    return (`factgate could not post ${what}: ${reason}. The verdict and the job status are unaffected ` +
        '(set publish-failure: fail to fail the job when publishing fails).');
}
function supersededNotice(by) {
    const commit = by.headSha ? ` for commit ${by.headSha.slice(0, 7)}` : '';
    return (`factgate left the pull-request comment as it is: a later run (run ${by.runId ?? '?'}, attempt ${by.runAttempt ?? 1})${commit} wrote it, ` +
        "and a run never overwrites a later one's verdict. This run's verdict is in its job summary and its job status.");
}

;// CONCATENATED MODULE: ./.build/src/github/comment-listing.js
/**
 * One GraphQL query lists a pull request's comments 100 at a time with the two facts REST
 * does not reliably give: whether the comment was written by this token's identity
 * (`viewerDidAuthor`: works for GITHUB_TOKEN and GitHub App installation tokens, which may
 * not call GET /user) and whether it was minimised (`isMinimized`; REST added a `minimized`
 * field only recently and older GitHub Enterprise Server versions lack it).
 * `fullDatabaseId` is used because comment ids no longer fit GraphQL's 32-bit `databaseId`.
 */
const LIST_COMMENTS_QUERY = /* GraphQL */ `
  query FactgateListComments($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      pullRequest(number: $number) {
        comments(first: 100, after: $cursor) {
          nodes {
            fullDatabaseId
            body
            author {
              login
            }
            viewerDidAuthor
            isMinimized
            createdAt
            url
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;
/** Every comment on the pull request, oldest first, following every page. */
async function listPullRequestComments(octokit, target) {
    const comments = [];
    let cursor = null;
    for (;;) {
        const page = await octokit.graphql(LIST_COMMENTS_QUERY, {
            owner: target.owner,
            repo: target.repo,
            number: target.pullNumber,
            cursor,
        });
        const connection = page.repository?.pullRequest?.comments;
        if (!connection) {
            throw new Error(`GitHub returned no pull request #${target.pullNumber} in ${target.owner}/${target.repo}.`);
        }
        for (const node of connection.nodes) {
            if (!node || node.fullDatabaseId === null)
                continue;
            comments.push({
                id: Number(node.fullDatabaseId),
                body: node.body,
                authorLogin: node.author?.login ?? null,
                viewerDidAuthor: node.viewerDidAuthor,
                isMinimized: node.isMinimized,
                createdAt: node.createdAt,
                url: node.url,
            });
        }
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor)
            break;
        cursor = connection.pageInfo.endCursor;
    }
    return comments;
}

;// CONCATENATED MODULE: ./.build/src/github/sticky-comment.js



/** Creates tried at most this many times; each failure is followed by a listing, so none is blind. */
const CREATE_ATTEMPTS = 3;
/**
 * Creates or updates the gate's one comment on the pull request.
 *
 * Found by marker and author among all pages, minimised comments ignored; the oldest is
 * kept and updated in place, newer duplicates deleted. The marker records the commit and
 * the run (id, attempt): the comment always ends up with the text of the latest run, so a
 * slow run for an older commit never overwrites a newer one's verdict. A create is never
 * retried blindly: after a failed POST the comments are listed again and one GitHub stored
 * anyway is adopted. API calls besides listing pages: one to update; or one to create
 * plus one delete per duplicate plus one update when a concurrent run's comment is kept.
 */
async function upsertStickyComment(octokit, request, logger) {
    if (request.mode === 'off')
        return { action: 'skipped', reason: 'the comment mode is "off"' };
    const stamp = request.stamp ?? NO_STAMP;
    const ownComments = async () => findOwnComments(await listPullRequestComments(octokit, request.target), request.gateId, request.authorLogin);
    // Building the body checks the gate id before any request.
    const ours = { body: commentBody(request.gateId, stamp, request.markdown), stamp };
    const existing = await ownComments();
    if (existing.length > 0)
        return reconcile(octokit, request, existing, ours, null, logger);
    if (request.mode === 'update-only') {
        return { action: 'skipped', reason: 'the comment mode is "update-only" and there is no comment to update' };
    }
    if (request.mode === 'on-failure' && !request.failing) {
        return { action: 'skipped', reason: 'the gate passed and the comment mode is "on-failure"' };
    }
    const { owner, repo } = request.target;
    for (let attempt = 1;; attempt++) {
        let createdId = null;
        try {
            const written = await writeBody(async (text) => {
                // No retry inside the client: a POST that failed may have been stored.
                const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: request.target.pullNumber, body: text, request: { retries: 0 } });
                createdId = created.data.id;
                return created.data.html_url;
            }, ours, request, logger);
            if (written.kind === 'forbidden')
                return { action: 'forbidden', message: written.message };
            ours.body = written.body;
            return reconcile(octokit, request, await ownComments(), ours, createdId, logger);
        }
        catch (error) {
            const status = httpStatusOf(error);
            // Octokit reports a network fault as status 500: the request may have reached GitHub too.
            if (status !== undefined && status < 500)
                throw error;
            logger.warning(`Creating the comment failed (${status === undefined ? 'no answer' : `HTTP ${status}`}); checking whether GitHub stored it anyway.`);
            const after = await ownComments();
            if (after.length > 0)
                return reconcile(octokit, request, after, ours, after.find((c) => c.body === ours.body)?.id ?? null, logger);
            if (attempt >= CREATE_ATTEMPTS)
                throw error;
            logger.info(`GitHub did not store the comment; creating it again (attempt ${attempt + 1} of ${CREATE_ATTEMPTS}).`);
        }
    }
}
/**
 * Leaves one comment, the oldest, carrying the text of the latest writer: this run's, or
 * that of a later run found among the duplicates. Every other copy is deleted.
 */
async function reconcile(octokit, request, own, ours, createdId, logger) {
    const { owner, repo } = request.target;
    const survivor = own[0];
    const latest = own.filter((c) => c.id !== createdId).reduce((best, c) => (best === null || compareStamps(c.stamp, best.stamp) > 0 ? c : best), null);
    const oursIsLatest = latest === null || compareStamps(ours.stamp, latest.stamp) >= 0;
    const text = oursIsLatest ? ours.body : latest.body;
    let url = survivor.url;
    if (survivor.body !== text) {
        const written = await writeBody((body) => updateComment(octokit, owner, repo, survivor.id, body), oursIsLatest ? ours : { body: text, stamp: latest.stamp }, oursIsLatest ? request : { ...request, smallerMarkdown: undefined }, logger);
        if (written.kind === 'forbidden')
            return { action: 'forbidden', message: written.message };
        url = written.url;
    }
    const duplicatesDeleted = await deleteComments(octokit, owner, repo, own.slice(1), logger);
    if (!oursIsLatest) {
        logger.info(`A later run (${describeStamp(latest.stamp)}) already wrote the comment; its text is kept.`);
        return { action: 'superseded', commentId: survivor.id, url, duplicatesDeleted, by: latest.stamp };
    }
    return { action: survivor.id === createdId ? 'created' : 'updated', commentId: survivor.id, url, duplicatesDeleted };
}
function describeStamp(stamp) {
    const commit = stamp.headSha ? `commit ${stamp.headSha.slice(0, 7)}, ` : '';
    return `${commit}run ${stamp.runId ?? '?'} attempt ${stamp.runAttempt ?? 1}`;
}
/**
 * GraphQL names a GitHub App by its slug (`github-actions`); REST, the UI and users write
 * the bot account's login (`github-actions[bot]`). Both mean the same author.
 */
function normaliseLogin(login) {
    return login.trim().toLowerCase().replace(/\[bot\]$/, '');
}
/** This gate's visible comments written by this token (or `authorLogin`), oldest first. */
function findOwnComments(comments, gateId, authorLogin) {
    const login = authorLogin === undefined ? undefined : normaliseLogin(authorLogin);
    const own = [];
    for (const c of comments) {
        if (c.isMinimized)
            continue;
        if (login === undefined ? !c.viewerDidAuthor : c.authorLogin === null || normaliseLogin(c.authorLogin) !== login)
            continue;
        const stamp = readCommentMarker(c.body, gateId);
        if (stamp)
            own.push({ ...c, stamp });
    }
    return own.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}
/** Writes the body; a 403 becomes `forbidden`, a 422 for length is retried once with the smaller body. */
async function writeBody(write, draft, request, logger) {
    try {
        return { kind: 'written', url: await write(draft.body), body: draft.body };
    }
    catch (error) {
        const status = httpStatusOf(error);
        // A rate-limit 403 the client gave up on is a publishing failure, not a missing permission.
        if (isPermissionDenied(error))
            return { kind: 'forbidden', message: gitHubMessageOf(error) };
        if (status === 422 && request.smallerMarkdown && /too long|maximum/i.test(gitHubMessageOf(error))) {
            logger.warning(`GitHub rejected the comment as too long (${gitHubMessageOf(error)}); posting a shorter version.`);
            const smaller = commentBody(request.gateId, draft.stamp, request.smallerMarkdown());
            return { kind: 'written', url: await write(smaller), body: smaller };
        }
        throw error;
    }
}
async function updateComment(octokit, owner, repo, commentId, body) {
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    return updated.data.html_url;
}
/** Deletes duplicates; one already deleted by a concurrent run (404) is fine. */
async function deleteComments(octokit, owner, repo, comments, logger) {
    let deleted = 0;
    for (const comment of comments) {
        try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
            deleted++;
        }
        catch (error) {
            if (httpStatusOf(error) !== 404)
                throw error;
        }
    }
    if (deleted > 0)
        logger.info(`Deleted ${deleted} duplicate factgate comment${deleted === 1 ? '' : 's'}.`);
    return deleted;
}

;// CONCATENATED MODULE: ./.build/src/github/publish.js











/**
 * Publishes a finished report on GitHub: the job summary (always), the sticky comment
 * (pull requests), the optional `factgate` check run with annotations, and outputs.
 * Publishing never judges: a refused write (a fork's read-only token, a missing
 * permission) becomes a notice, and a write that still fails after the client's retries (an
 * outage, an exhausted rate limit) becomes a warning, a line in the job summary and an
 * entry in `failures`. The job's exit status stays the caller's to set. Secrets are the
 * sinks' to mask: the report comes masked, the client masks what it posts and the
 * caller's logger and `io` mask what they write.
 */
async function publishToGitHub(input) {
    const { settings, context, octokit } = input;
    const logger = safeLogger(input.logger);
    const { report } = input;
    const render = input.markdown ?? renderMarkdownFitted;
    const renderOptions = {
        baseline: input.baseline ?? null,
        artifactUrl: settings.artifactUrl ?? null,
        notes: settings.notes ?? [],
        pullNumber: context.kind === 'pull_request' ? context.pullNumber : null,
    };
    const outcome = gateOutcome(report);
    const stamp = settings.stamp ?? NO_STAMP;
    const failures = [];
    await input.io.writeJobSummary(render(report, { ...renderOptions, limit: JOB_SUMMARY_LIMIT }).markdown);
    let comment = { action: 'skipped', reason: `a ${context.eventName} event has no pull request to comment on` };
    if (context.kind === 'pull_request') {
        const room = COMMENT_LIMIT.measure(commentOverhead(settings.gateId, stamp));
        const commentLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
        comment = await publishStep('the pull-request comment', failures, logger, () => upsertStickyComment(octokit, {
            target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
            gateId: settings.gateId,
            mode: settings.commentMode,
            failing: outcome.failing,
            stamp,
            markdown: render(report, { ...renderOptions, limit: commentLimit }).markdown,
            // If GitHub counts differently than documented, bytes are never fewer than characters.
            smallerMarkdown: () => render(report, { ...renderOptions, limit: { ...commentLimit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
            ...(settings.commentAuthor ? { authorLogin: settings.commentAuthor } : {}),
        }, logger));
        reportComment(comment, context.fromFork, logger, input.io);
    }
    let checkRun = { action: 'skipped', reason: 'the check run is turned off' };
    if (settings.checkRun && context.headSha) {
        const headSha = context.headSha;
        checkRun = await publishStep('the "factgate" check run', failures, logger, () => publishCheckRun(octokit, {
            owner: context.owner,
            repo: context.repo,
            // On pull requests the run belongs on the head commit, not the merge commit the job checked out.
            headSha,
            conclusion: report.verdict.status === 'overridden' ? 'neutral' : outcome.failing ? 'failure' : 'success',
            title: checkRunTitle(report),
            summary: render(report, { ...renderOptions, limit: CHECK_RUN_OUTPUT_LIMIT }).markdown,
            annotations: coverageAnnotations(report),
            ...(report.run.runUrl ? { detailsUrl: report.run.runUrl } : {}),
        }));
        if (checkRun.action === 'forbidden')
            logger.notice(checkRunForbiddenNotice(context.kind === 'pull_request' && context.fromFork, checkRun.message));
        else if (checkRun.action !== 'failed') {
            logger.info(`Check run "factgate" created with ${checkRun.annotations} annotations: ${checkRun.url}`);
            input.io.setOutput('check-run-url', checkRun.url);
        }
    }
    else if (settings.checkRun) {
        checkRun = { action: 'skipped', reason: 'the event names no commit' };
    }
    if (failures.length > 0)
        await input.io.writeJobSummary(publishFailureSummary(failures));
    return { comment, checkRun, failures };
}
/** Logs what happened to the comment and sets `comment-url`; shared with the comment step. */
function reportComment(comment, fromFork, logger, io, where = 'Pull-request comment') {
    if (comment.action === 'forbidden')
        logger.notice(readOnlyCommentNotice(fromFork, comment.message));
    else if (comment.action === 'skipped')
        logger.info(`No pull-request comment: ${comment.reason}.`);
    else if (comment.action === 'superseded') {
        logger.notice(supersededNotice(comment.by));
        io.setOutput('comment-url', comment.url);
    }
    else if (comment.action !== 'failed') {
        logger.info(`${where} ${comment.action}: ${comment.url}`);
        io.setOutput('comment-url', comment.url);
    }
}
/**
 * Runs one publishing step; a failure after the client's retries is recorded and warned
 * about instead of thrown. A ConfigurationError is the user's to fix and still stops the run.
 */
async function publishStep(what, failures, logger, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        const reason = publishFailureReason(error);
        failures.push(`${what} was not posted: ${reason}`);
        logger.warning(publishFailureNotice(what, reason));
        return { action: 'failed', reason };
    }
}
/** The job summary's account of what GitHub did not take. */
function publishFailureSummary(failures) {
    return `\n\n> [!WARNING]\n${failures.map((f) => `> factgate: ${f}. The verdict above stands.`).join('\n>\n')}\n`;
}
function publishFailureReason(error) {
    const status = httpStatusOf(error);
    const message = gitHubMessageOf(error).replace(/\s+/g, ' ').trim().slice(0, 300);
    return status === undefined ? message : `GitHub answered HTTP ${status} (${message})`;
}
function checkRunTitle(report) {
    const v = report.verdict;
    if (v.status === 'pass')
        return 'factgate passed';
    if (v.status === 'overridden')
        return `factgate overridden by ${v.override?.by ?? 'a maintainer'}`;
    return `factgate ${v.status === 'fail' ? 'failed' : 'could not decide'}: ${v.breaches.length} breach${v.breaches.length === 1 ? '' : 'es'}`;
}
/** Annotations beyond this many are left to the comment and the report (each 50 cost a request). */
const MAX_ANNOTATIONS = 200;
/** One warning per uncovered changed-line range: these are the positions GitHub can show in the diff. */
function coverageAnnotations(report) {
    const annotations = [];
    for (const file of report.coverage?.patch?.uncovered ?? []) {
        if (annotations.length >= MAX_ANNOTATIONS)
            break;
        for (const { start, end } of (0,format/* lineRanges */.nV)(file.lines)) {
            annotations.push({
                path: file.path,
                startLine: start,
                endLine: end,
                level: 'warning',
                title: 'Changed lines not covered by tests',
                message: start === end ? `Line ${start} was changed and no test covers it.` : `Lines ${start}–${end} were changed and no test covers them.`,
            });
        }
    }
    return annotations.slice(0, MAX_ANNOTATIONS);
}

;// CONCATENATED MODULE: ./.build/src/github/report-outputs.js
/** The outputs a report gives, in the gate and in the comment step alike (names in OUTPUTS, src/settings/options.ts). */
function reportOutputs(report, reportPath) {
    return {
        verdict: report.verdict.status,
        'hallucination-rate': report.metrics.hallucinationRate.value?.toString() ?? '',
        'citation-coverage': report.metrics.citationCoverage.value?.toString() ?? '',
        'report-path': reportPath ?? '',
    };
}

;// CONCATENATED MODULE: ./.build/src/github/comment-command.js









/**
 * `factgate comment` and the Action's `comment` mode: the second half of the fork-safe
 * setup. Posts the sticky comment from the report artifact of the finished pull-request
 * run, rendered and budgeted exactly like the comment the gate job posts itself, stamped
 * with that run's commit, id and attempt. Sets the same outputs as the gate (verdict,
 * metrics, `comment-url`) and writes the job summary. The artifact's report was masked by
 * the run that made it; this step's token is masked by the client, the logger and `io`.
 */
async function runCommentCommand(input) {
    const { settings, context } = input;
    const logger = safeLogger(input.logger);
    const options = { artifactUrl: settings.artifactUrl ?? null };
    const failures = [];
    const stamp = context.kind === 'workflow_run' ? { headSha: context.headSha, runId: context.runId, runAttempt: context.runAttempt, runUrl: context.runUrl } : null;
    const room = COMMENT_LIMIT.measure(commentOverhead(settings.gateId, stamp ?? { headSha: null, runId: null, runAttempt: null }));
    const limit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
    const result = await commentFromArtifact({
        octokit: input.octokit,
        context,
        logger,
        download: input.download,
        validateReport: input.validateReport,
        ...(settings.artifactName ? { artifactName: settings.artifactName } : {}),
        post: async (report, target, found) => {
            // The artifact the comment was made from is the one to link to.
            const postOptions = { ...options, artifactUrl: found.artifactUrl ?? options.artifactUrl, pullNumber: target.pullNumber };
            const outcome = await publishStep(`the pull-request comment on #${target.pullNumber}`, failures, logger, () => upsertStickyComment(input.octokit, {
                target,
                gateId: settings.gateId,
                mode: settings.commentMode,
                failing: gateOutcome(report).failing,
                ...(stamp ? { stamp } : {}),
                markdown: renderMarkdownFitted(report, { ...postOptions, limit }).markdown,
                smallerMarkdown: () => renderMarkdownFitted(report, { ...postOptions, limit: { ...limit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
                ...(settings.commentAuthor ? { authorLogin: settings.commentAuthor } : {}),
            }, logger));
            reportComment(outcome, false, logger, input.io, `Pull-request comment on #${target.pullNumber}`);
            return outcome.action === 'failed' ? { action: 'skipped', reason: outcome.reason } : outcome;
        },
    });
    if (result.status === 'posted') {
        const { report } = result;
        // No report file is written here: report-path stays empty.
        for (const [name, value] of Object.entries(reportOutputs(report, null)))
            input.io.setOutput(name, value);
        logger.info(`${gateOutcome(report).headline} (the report of run ${stamp?.runId ?? '?'}).`);
        await input.io.writeJobSummary(renderMarkdownFitted(report, { ...options, limit: JOB_SUMMARY_LIMIT }).markdown);
    }
    else {
        await input.io.writeJobSummary(`factgate: no pull-request comment: ${result.reason}.\n`);
    }
    if (failures.length > 0)
        await input.io.writeJobSummary(publishFailureSummary(failures));
    return { ...result, failures };
}

;// CONCATENATED MODULE: ./.build/src/github/event-context.js


function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads fields from the payload, naming the JSON pointer of anything missing. */
class PayloadReader {
    file;
    eventName;
    constructor(file, eventName) {
        this.file = file;
        this.eventName = eventName;
    }
    fail(pointer, expected) {
        throw new errors/* ConfigurationError */.j1(`The ${this.eventName} event payload has no ${expected} at ${pointer}.`, {
            file: this.file,
            place: pointer,
            fix: `Run factgate on the events it supports (pull_request, pull_request_target, workflow_run, push) and pass the runner's own event file; when replaying an event, use a complete webhook payload.`,
        });
    }
    object(value, pointer) {
        return isObject(value) ? value : this.fail(pointer, 'object');
    }
    string(value, pointer) {
        return typeof value === 'string' && value !== '' ? value : this.fail(pointer, 'string');
    }
    number(value, pointer) {
        return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : this.fail(pointer, 'positive integer');
    }
    optionalString(value) {
        return typeof value === 'string' && value !== '' ? value : null;
    }
}
function fullName(repository) {
    return isObject(repository) && typeof repository['full_name'] === 'string' ? repository['full_name'] : null;
}
/**
 * Parses an event payload. `file` is only used to name the payload in errors.
 * `repositoryFallback` (GITHUB_REPOSITORY) is used when the payload lacks `repository`.
 */
function parseEventContext(eventName, payload, file, repositoryFallback) {
    const read = new PayloadReader(file, eventName);
    const root = read.object(payload, '');
    const { owner, repo } = repositoryOf(root, repositoryFallback, read);
    const action = typeof root['action'] === 'string' ? root['action'] : undefined;
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = read.object(root['pull_request'], '/pull_request');
        const head = read.object(pr['head'], '/pull_request/head');
        const base = read.object(pr['base'], '/pull_request/base');
        const baseRepository = fullName(base['repo']) ?? `${owner}/${repo}`;
        const headRepository = fullName(head['repo']);
        const labels = Array.isArray(pr['labels'])
            ? pr['labels'].flatMap((label) => (isObject(label) && typeof label['name'] === 'string' ? [label['name']] : []))
            : [];
        return {
            kind: 'pull_request',
            eventName,
            action,
            owner,
            repo,
            pullNumber: read.number(pr['number'], '/pull_request/number'),
            headSha: read.string(head['sha'], '/pull_request/head/sha'),
            baseSha: read.string(base['sha'], '/pull_request/base/sha'),
            baseRef: read.string(base['ref'], '/pull_request/base/ref'),
            headRepository,
            fromFork: headRepository === null || headRepository.toLowerCase() !== baseRepository.toLowerCase(),
            labels,
        };
    }
    if (eventName === 'workflow_run') {
        const run = read.object(root['workflow_run'], '/workflow_run');
        const pulls = Array.isArray(run['pull_requests']) ? run['pull_requests'] : [];
        return {
            kind: 'workflow_run',
            eventName,
            action,
            owner,
            repo,
            runId: read.number(run['id'], '/workflow_run/id'),
            runAttempt: typeof run['run_attempt'] === 'number' && Number.isInteger(run['run_attempt']) && run['run_attempt'] > 0 ? run['run_attempt'] : 1,
            runUrl: read.optionalString(run['html_url']),
            triggeringEvent: read.string(run['event'], '/workflow_run/event'),
            conclusion: read.optionalString(run['conclusion']),
            headSha: read.string(run['head_sha'], '/workflow_run/head_sha'),
            headBranch: read.optionalString(run['head_branch']),
            headRepository: fullName(run['head_repository']),
            pullRequests: pulls.flatMap((pull, index) => {
                if (!isObject(pull))
                    return [];
                const head = read.object(pull['head'], `/workflow_run/pull_requests/${index}/head`);
                const base = isObject(pull['base']) ? pull['base'] : {};
                const baseRepo = isObject(base['repo']) ? base['repo'] : {};
                return [
                    {
                        number: read.number(pull['number'], `/workflow_run/pull_requests/${index}/number`),
                        headSha: read.string(head['sha'], `/workflow_run/pull_requests/${index}/head/sha`),
                        baseRepository: typeof baseRepo['url'] === 'string' ? repositoryFromApiUrl(baseRepo['url']) : null,
                    },
                ];
            }),
        };
    }
    if (eventName === 'push') {
        return {
            kind: 'push',
            eventName,
            owner,
            repo,
            ref: read.string(root['ref'], '/ref'),
            headSha: read.string(root['after'], '/after'),
        };
    }
    return { kind: 'other', eventName, owner, repo, headSha: undefined };
}
function repositoryOf(root, fallback, read) {
    const name = fullName(root['repository']) ?? fallback;
    if (!name)
        return read.fail('/repository/full_name', 'repository');
    const [owner, repo, ...rest] = name.split('/');
    if (!owner || !repo || rest.length > 0)
        return read.fail('/repository/full_name', '"owner/name" string');
    return { owner, repo };
}
/** `https://api.github.com/repos/OWNER/NAME` → `OWNER/NAME` (the only repository field in a run's pull_requests). */
function repositoryFromApiUrl(url) {
    const match = /\/repos\/([^/]+)\/([^/]+)\/?$/.exec(url);
    return match ? `${match[1]}/${match[2]}` : null;
}
/**
 * Reads the runner's event: GITHUB_EVENT_NAME, the payload at GITHUB_EVENT_PATH, and
 * GITHUB_REPOSITORY as a fallback for the repository.
 */
async function readEventContext(env) {
    const eventName = env['GITHUB_EVENT_NAME'];
    const path = env['GITHUB_EVENT_PATH'];
    if (!eventName || !path) {
        throw new errors/* ConfigurationError */.j1('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set.', {
            place: 'environment',
            fix: 'Run this inside a GitHub Actions job, or set both variables to replay an event locally.',
        });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The event payload cannot be read: ${error.message}`, { file: path, fix: 'Point GITHUB_EVENT_PATH at the webhook payload JSON.' });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`The event payload is not JSON: ${error.message}`, { file: path, fix: 'Point GITHUB_EVENT_PATH at the webhook payload JSON.' });
    }
    return parseEventContext(eventName, payload, path, env['GITHUB_REPOSITORY']);
}

;// CONCATENATED MODULE: ./.build/src/github/overrides.js

/** Permission levels, as GitHub names them in `role_name` (custom roles report their base in `permission`). */
const MAINTAINER_ROLES = new Set(['maintain', 'admin']);
const WRITE_ROLES = new Set(['write', 'maintain', 'admin']);
/**
 * Decides whether a failing gate is overridden, checking every permission through the
 * API at decision time:
 * - `maintainer-approval` (strict): an approving review of the head commit, or the override
 *   label, by a user whose role is maintain or admin;
 * - `write-label` (standard): the override label added by a user with write access or more;
 * - `none`: nothing overrides.
 * The label's author is who added it last (issue events, every page), not who opened the PR.
 */
async function decideOverride(octokit, request, logger) {
    const failing = request.breaches.filter((b) => b.severity === 'fail');
    if (failing.length === 0 || request.override === 'none') {
        return { override: null, notes: [] };
    }
    const notes = [];
    const roles = new Map();
    const roleOf = async (login) => {
        let found = roles.get(login);
        if (!found) {
            found = await collaboratorRole(octokit, request.target, login);
            roles.set(login, found);
        }
        return found;
    };
    const accepted = request.override === 'maintainer-approval' ? MAINTAINER_ROLES : WRITE_ROLES;
    const needed = request.override === 'maintainer-approval' ? 'maintain or admin' : 'write, maintain or admin';
    const candidates = [];
    const labeler = await whoAddedLabel(octokit, request.target, request.label);
    if (labeler)
        candidates.push({ ...labeler, via: 'label' });
    if (request.override === 'maintainer-approval')
        candidates.push(...(await approversOfHead(octokit, request.target, request.headSha)));
    for (const candidate of candidates) {
        const { role, permission } = await roleOf(candidate.login);
        if (accepted.has(role) || (permission === 'admin' && accepted.has('admin'))) {
            const record = {
                by: candidate.login,
                at: candidate.at,
                via: candidate.via,
                permission: role,
                waived: failing.map((b) => b.rule),
            };
            logger.info(`The gate failure is overridden by ${candidate.login} (${role}) through ${candidate.via === 'label' ? `the "${request.label}" label` : 'an approving review'}.`);
            return { override: record, notes };
        }
        const through = candidate.via === 'label' ? `the "${request.label}" label` : 'an approving review';
        notes.push(`${candidate.login} (permission: ${role}) gave ${through}, which changes nothing: this policy accepts overrides only from users with ${needed} permission.`);
    }
    for (const note of notes)
        logger.info(note);
    return { override: null, notes };
}
/** The user who last added `label`, if the label is still on the pull request. */
async function whoAddedLabel(octokit, target, label) {
    const events = await octokit.paginate(octokit.rest.issues.listEvents, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.pullNumber,
        per_page: 100,
    });
    let current = null;
    const wanted = label.toLowerCase();
    for (const event of events) {
        const name = 'label' in event && event.label ? event.label.name : undefined;
        if (typeof name !== 'string' || name.toLowerCase() !== wanted)
            continue;
        if (event.event === 'labeled' && event.actor)
            current = { login: event.actor.login, at: event.created_at };
        if (event.event === 'unlabeled')
            current = null;
    }
    return current;
}
/** Users whose latest review is an approval of the head commit, in review order. */
async function approversOfHead(octokit, target, headSha) {
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
        owner: target.owner,
        repo: target.repo,
        pull_number: target.pullNumber,
        per_page: 100,
    });
    const latest = new Map();
    for (const review of reviews) {
        // Comments do not replace an earlier approval or change request; GitHub shows the same.
        if (!review.user || review.state === 'COMMENTED' || review.state === 'PENDING')
            continue;
        latest.set(review.user.login, review);
    }
    return [...latest.values()]
        .filter((r) => r.state === 'APPROVED' && r.commit_id === headSha && r.user)
        .map((r) => ({ login: r.user?.login ?? '', at: r.submitted_at ?? '', via: 'review' }));
}
async function collaboratorRole(octokit, target, login) {
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: target.owner, repo: target.repo, username: login });
        return { role: data.role_name || data.permission, permission: data.permission };
    }
    catch (error) {
        // Not a collaborator (404): no permission at all.
        if (httpStatusOf(error) === 404)
            return { role: 'none', permission: 'none' };
        throw error;
    }
}
/** The report with a decided override applied: a failing verdict becomes "overridden". */
function applyOverride(report, decision) {
    if (!decision.override || report.verdict.status !== 'fail')
        return report;
    return { ...report, verdict: { ...report.verdict, status: 'overridden', override: decision.override } };
}
/**
 * The override step of a gate run: on a pull request, a failing verdict is checked against
 * the reviews and labels on GitHub. Anything else comes back unchanged, and so does a
 * failure whose overrides GitHub could not be asked about.
 */
async function overrideOnGitHub(octokit, context, policy, report, logger) {
    if (!octokit || context.kind !== 'pull_request' || context.pullNumber === undefined || !context.headSha || report.verdict.status !== 'fail') {
        return { report, notes: [] };
    }
    try {
        const decision = await decideOverride(octokit, {
            target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
            headSha: context.headSha,
            override: policy.override,
            label: policy.overrideLabel,
            breaches: report.verdict.breaches,
        }, logger);
        return { report: applyOverride(report, decision), notes: decision.notes };
    }
    catch (error) {
        // Fails closed: an override GitHub cannot confirm (an outage after the client's retries) waives nothing.
        const status = httpStatusOf(error);
        if (status === undefined)
            throw error;
        const note = `Overrides could not be checked (GitHub answered HTTP ${status}: ${gitHubMessageOf(error)}); the failure stands. Re-run the job to check them again.`;
        logger.warning(note);
        return { report, notes: [note] };
    }
}

;// CONCATENATED MODULE: ./.build/src/github/baseline-artifact.js



/**
 * The baseline for drift tests: the report artifact of the newest successful run on the
 * base branch.
 *
 * Which runs count: runs started by `push` on the base branch that concluded `success`,
 * from the same workflow when it is known (GITHUB_WORKFLOW_REF), else from any workflow of
 * the repository. Only `push` runs are taken because the branch filter matches a run's head
 * branch by name, and a pull request from a fork whose branch is also called `main` runs
 * with that head branch: its report was produced by code nobody merged. Each run is also
 * checked to come from this repository, in case a filter is not applied.
 */
/**
 * Page size for listing runs; with `maxPages` it bounds how far back the search goes. Each
 * run examined costs one artifact listing, so a base branch that never uploads the report
 * costs at most 5 + 50 requests.
 */
const BASELINE_RUNS_PER_PAGE = 10;
const BASELINE_MAX_PAGES = 5;
/**
 * The workflow file name from GITHUB_WORKFLOW_REF
 * (`owner/repo/.github/workflows/gate.yml@refs/pull/7/merge` → `gate.yml`), which the
 * runs endpoint accepts in place of the workflow id. Undefined when the value has no such
 * shape.
 */
function workflowFileFromRef(workflowRef) {
    return /\/\.github\/workflows\/([^/@]+)@/.exec(workflowRef ?? '')?.[1];
}
async function findBaselineReport(options) {
    const { octokit, owner, repo, baseBranch, artifactName, logger } = options;
    if (baseBranch.trim() === '' || baseBranch.startsWith('refs/')) {
        throw new errors/* ConfigurationError */.j1(`The base branch for the baseline must be a branch name, not "${baseBranch}".`, {
            place: 'base branch',
            fix: 'Pass the pull request\'s base.ref (for example "main"); the baseline is looked up on pull_request events.',
        });
    }
    const perPage = options.perPage ?? BASELINE_RUNS_PER_PAGE;
    const maxPages = options.maxPages ?? BASELINE_MAX_PAGES;
    const now = options.now ?? Date.now;
    const workflow = options.workflowFileOrId;
    const source = workflow === undefined ? `any workflow of ${owner}/${repo}` : `workflow ${workflow}`;
    const filters = { owner, repo, branch: baseBranch, event: 'push', status: 'success', exclude_pull_requests: true, per_page: perPage };
    const pages = workflow === undefined
        ? octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunsForRepo, filters)
        : octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, { ...filters, workflow_id: workflow });
    let examined = 0;
    let expired = 0;
    let morePages = false;
    let chosen;
    try {
        let pageCount = 0;
        search: for await (const page of pages) {
            pageCount += 1;
            for (const run of page.data) {
                if (!isPushSuccessOn(run, baseBranch, `${owner}/${repo}`)) {
                    logger.debug(`Baseline: run ${run.id} is not a successful push to "${baseBranch}" in ${owner}/${repo}; skipped.`);
                    continue;
                }
                const named = await artifactsNamed(octokit, { owner, repo, runId: run.id, artifactName });
                if (named === 'run deleted') {
                    logger.debug(`Baseline: run ${run.id} was deleted while searching; skipped.`);
                    continue;
                }
                examined += 1;
                if (named.some((a) => !a.expired && (a.expires_at === null || Date.parse(a.expires_at) > now()))) {
                    chosen = run;
                    break search;
                }
                if (named.length > 0)
                    expired += 1;
                logger.debug(`Baseline: run ${run.id} (#${run.run_number}) has ${named.length > 0 ? 'only an expired' : 'no'} "${artifactName}" artifact.`);
            }
            if (pageCount === maxPages) {
                // Stop without fetching the next page; the Link header says whether there was one.
                morePages = /rel="next"/.test(page.headers.link ?? '');
                break;
            }
        }
    }
    catch (error) {
        const none = unreadable(error, { owner, repo, baseBranch, workflow });
        if (none)
            return none;
        throw error;
    }
    if (chosen) {
        // Download failures are not a reason to skip drift: the artifact exists and is unreadable.
        const { text, file } = await options.download({ owner, repo, runId: chosen.id, artifactName, fileName: options.fileName ?? REPORT_FILE_NAME });
        logger.info(`Baseline: "${artifactName}" of run ${chosen.id} (#${chosen.run_number}, commit ${chosen.head_sha.slice(0, 7)}) on "${baseBranch}".`);
        return { text, file, runId: chosen.id, headSha: chosen.head_sha };
    }
    if (examined === 0) {
        return { none: `no successful push run of ${source} on "${baseBranch}" yet (the first run, or the workflow does not run on push to "${baseBranch}")` };
    }
    const runs = `${examined} successful push run${examined === 1 ? '' : 's'}`;
    const scope = `${morePages ? 'the newest' : 'all'} ${runs} of ${source} on "${baseBranch}"`;
    const fix = `upload the report as "${artifactName}" with actions/upload-artifact on push to "${baseBranch}"`;
    if (expired === examined) {
        return { none: `the "${artifactName}" artifact has expired on ${scope}; ${fix}, with retention-days long enough to outlive pull requests` };
    }
    return { none: `no unexpired "${artifactName}" artifact on ${scope} (${expired} expired, ${examined - expired} without one); ${fix}` };
}
/** The run's artifacts called `artifactName`; a run deleted since it was listed has none. */
async function artifactsNamed(octokit, where) {
    try {
        const listed = await octokit.rest.actions.listWorkflowRunArtifacts({ owner: where.owner, repo: where.repo, run_id: where.runId, name: where.artifactName, per_page: 100 });
        // The name filter is GitHub's; the exact comparison is ours.
        return listed.data.artifacts.filter((a) => a.name === where.artifactName);
    }
    catch (error) {
        if (httpStatusOf(error) === 404)
            return 'run deleted';
        throw error;
    }
}
function isPushSuccessOn(run, branch, repository) {
    const from = run.head_repository?.full_name;
    return (run.event === 'push' &&
        run.head_branch === branch &&
        run.conclusion === 'success' &&
        typeof from === 'string' &&
        from.toLowerCase() === repository.toLowerCase());
}
/**
 * A missing permission or an unknown workflow is a reason to skip drift, not to fail; a
 * rate limit or a server error stays an error (the client already retried it).
 */
function unreadable(error, where) {
    const status = httpStatusOf(error);
    const message = gitHubMessageOf(error);
    if (status === 403 && !/rate limit/i.test(message)) {
        return {
            none: `the token may not read the workflow runs and artifacts of ${where.owner}/${where.repo} (HTTP 403: ${message}); add "actions: read" to the job's permissions:`,
        };
    }
    if (status === 404 && where.workflow !== undefined) {
        return {
            none: `workflow ${where.workflow} is not known in ${where.owner}/${where.repo} (HTTP 404): it is new or renamed, so "${where.baseBranch}" has no run of it yet`,
        };
    }
    if (status === 404) {
        return {
            none: `the workflow runs of ${where.owner}/${where.repo} are not visible to the token (HTTP 404: ${message}); add "actions: read" to the job's permissions:`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/src/coverage/git-diff.js

const HUNK_RE = /^@@ -[0-9]+(?:,[0-9]+)? \+([0-9]+)(?:,([0-9]+))? @@/;
/**
 * Lines added per file in a unified diff (`git diff -U0` or with context). Deleted files
 * and binary files have no added lines and are left out; renamed files use the new path.
 */
function changedLinesFromGitDiff(diffText) {
    const files = new Map();
    let current;
    let newLine = 0;
    let oldRemaining = 0;
    let newRemaining = 0;
    const lines = diffText.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].replace(/\r$/, '');
        if (oldRemaining > 0 || newRemaining > 0) {
            const kind = line[0];
            if (kind === '+') {
                current?.add(newLine);
                newLine++;
                newRemaining--;
            }
            else if (kind === '-') {
                oldRemaining--;
            }
            else if (kind === ' ' || line === '') {
                newLine++;
                oldRemaining--;
                newRemaining--;
            }
            else if (kind !== '\\') {
                throw diffError(`hunk ends early at "${line.slice(0, 60)}"`, index);
            }
            continue;
        }
        if (line.startsWith('diff --git ')) {
            current = undefined;
        }
        else if (line.startsWith('+++ ')) {
            const target = line.slice(4);
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = stripPrefix(unquote(target));
                current = files.get(path) ?? new Set();
                files.set(path, current);
            }
        }
        else if (line.startsWith('@@')) {
            const match = HUNK_RE.exec(line);
            if (match === null)
                throw diffError(`malformed hunk header "${line.slice(0, 60)}"`, index);
            newLine = Number(match[1]);
            newRemaining = match[2] === undefined ? 1 : Number(match[2]);
            const old = /^@@ -[0-9]+(?:,([0-9]+))?/.exec(line);
            oldRemaining = old?.[1] === undefined ? 1 : Number(old[1]);
        }
    }
    return [...files]
        .filter(([, set]) => set.size > 0)
        .map(([path, set]) => ({ path, addedLines: [...set].sort((a, b) => a - b) }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * Added lines of one file's patch as the pull-request files API returns it (hunks only,
 * no `diff --git`/`+++` header), so that source and `git diff` give the same lines.
 */
function addedLinesFromPatch(path, patch) {
    const [file] = changedLinesFromGitDiff(`+++ b/${path}\n${patch}`);
    return { path, addedLines: file?.addedLines ?? [] };
}
/**
 * Changed lines between the merge base of `base` and HEAD and the working tree: what a
 * pull request adds, including uncommitted edits, as diff-cover counts them.
 */
async function changedLinesFromGit(git, base) {
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', base, 'HEAD'])).trim();
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`cannot find the merge base of ${base} and HEAD`, {
            fix: `fetch the base branch (actions/checkout with fetch-depth: 0), or name an existing ref; git said: ${String(error instanceof Error ? error.message : error).trim()}`,
        });
    }
    // Paths from the top level wherever git runs (diff.relative would make them relative to
    // the working directory, which the report paths are not).
    const diff = await git(['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--no-relative', '--find-renames', '-U0', mergeBase]);
    return changedLinesFromGitDiff(diff);
}
function stripPrefix(path) {
    return path.startsWith('b/') ? path.slice(2) : path;
}
/** Git quotes unusual paths C-style: "b/caf\303\251 \"x\".py". */
function unquote(path) {
    if (!path.startsWith('"') || !path.endsWith('"'))
        return path.replace(/\t$/, '');
    const body = path.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[++i];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i, i + 3), 8));
            i += 2;
        }
        else {
            const escapes = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
            bytes.push(escapes[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
function diffError(message, index) {
    return new errors/* ConfigurationError */.j1(`the diff cannot be read: ${message}`, {
        place: `line ${index + 1}`,
        fix: 'pass the output of `git diff` unchanged',
    });
}

;// CONCATENATED MODULE: ./.build/src/github/pull-request-files.js



/**
 * Beyond this many files the pull request is read from git instead: GitHub stops listing
 * at 3000 files and leaves out patches of large diffs, and git is cheaper than 30 pages.
 */
const PULL_REQUEST_FILES_LIMIT = 300;
const PER_PAGE = 100;
/**
 * Lines added by a pull request, per file, from the pull-request files API (every page,
 * 100 files a page). Returns `{ fallback }` with the reason whenever the API's view is
 * incomplete — too many files, a patch GitHub left out, or a request GitHub refused — so
 * the caller reads the same change from git.
 */
async function changedLinesFromPullRequest(options) {
    const { octokit, owner, repo, pullNumber, logger } = options;
    let entries;
    let listed = 0;
    try {
        entries = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: PER_PAGE }, (response, done) => {
            // Stop reading pages as soon as the limit is passed: the answer is git either way.
            listed += response.data.length;
            if (listed > PULL_REQUEST_FILES_LIMIT)
                done();
            return response.data;
        });
    }
    catch (error) {
        const status = httpStatusOf(error);
        if (status === undefined)
            throw error;
        return fallback(logger, pullNumber, `GitHub answered ${status} to the file listing (${gitHubMessageOf(error)})`);
    }
    if (entries.length > PULL_REQUEST_FILES_LIMIT) {
        return fallback(logger, pullNumber, `it changes more than ${PULL_REQUEST_FILES_LIMIT} files`);
    }
    const files = [];
    for (const entry of entries) {
        const read = addedLines(entry);
        if (typeof read === 'string')
            return fallback(logger, pullNumber, read);
        if (read.addedLines.length > 0)
            files.push(read);
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    logger.info(`Changed lines of pull request #${pullNumber} from the GitHub API: ${entries.length} files listed, ${files.length} with added lines.`);
    return { files };
}
/** One file's added lines, or the reason they cannot be trusted. */
function addedLines(entry) {
    const { filename: path, status, additions, patch } = entry;
    if (status === 'removed')
        return { path, addedLines: [] };
    if (patch === undefined) {
        // A binary file has no patch and no additions; anything else without a patch is a
        // diff GitHub did not send (too large), or a rename or copy git would show as new lines.
        if (status === 'renamed' || status === 'copied')
            return `GitHub sent no patch for ${status} file ${path}`;
        if (additions > 0)
            return `GitHub left out the patch of ${path} (${additions} added lines), as it does for large diffs`;
        return { path, addedLines: [] };
    }
    let read;
    try {
        read = addedLinesFromPatch(path, patch);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            return `the patch GitHub sent for ${path} cannot be read: ${error.message}`;
        throw error;
    }
    // A patch that adds fewer lines than GitHub counted was cut short.
    if (read.addedLines.length !== additions) {
        return `the patch GitHub sent for ${path} adds ${read.addedLines.length} lines where GitHub counts ${additions}`;
    }
    return read;
}
function fallback(logger, pullNumber, reason) {
    logger.info(`Changed lines of pull request #${pullNumber} come from git: ${reason}.`);
    return { fallback: reason };
}

;// CONCATENATED MODULE: ./.build/src/github/pull-request-inputs.js





/**
 * The GitHub facts a gate run needs: `baseline: auto`'s report (the artifact of the base
 * branch's newest successful push run, saved to a file) and, for patch coverage without
 * coverage-base, the pull request's changed lines (the files API, or git against the base
 * commit when the API cannot give them all). Settings are read, never changed.
 */
async function pullRequestInputs(options) {
    const { settings, context, octokit, logger } = options;
    const inputs = { baseline: settings.baseline, changedLines: null, coverageBase: settings.coverageBase };
    if (settings.baselineAuto) {
        if (context?.kind !== 'pull_request')
            inputs.noBaselineReason = 'baseline: auto compares pull requests only; this event has no base branch';
        else if (!octokit || !options.download)
            inputs.noBaselineReason = 'baseline: auto needs github-token with actions: read';
        else {
            const workflowFile = workflowFileFromRef(options.workflowRef);
            const found = await findBaselineReport({
                octokit,
                owner: context.owner,
                repo: context.repo,
                baseBranch: context.baseRef,
                ...(workflowFile ? { workflowFileOrId: workflowFile } : {}),
                artifactName: options.artifactName,
                download: options.download,
                logger,
            });
            if ('none' in found)
                inputs.noBaselineReason = found.none;
            else {
                const file = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'factgate-baseline-')), 'baseline.json');
                await (0,promises_.writeFile)(file, found.text);
                logger.info(`Baseline: the report of run ${found.runId} on ${context.baseRef} (${found.headSha.slice(0, 7)}).`);
                inputs.baseline = file;
            }
        }
    }
    if (settings.coverage.length > 0 && settings.coverageBase === null && context?.kind === 'pull_request') {
        if (octokit) {
            const changed = await changedLinesFromPullRequest({ octokit, owner: context.owner, repo: context.repo, pullNumber: context.pullNumber, logger });
            if ('files' in changed)
                inputs.changedLines = changed.files;
            else
                logger.info(`Patch coverage from git instead: ${changed.fallback}`);
        }
        if (inputs.changedLines === null)
            inputs.coverageBase = context.baseSha;
    }
    return inputs;
}

;// CONCATENATED MODULE: ./.build/src/pipeline/git-facts.js
/** Commit, ref and run link from the standard GitHub Actions variables (null on a laptop). */
function gitFactsFromEnv(env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
    return {
        sha: env.GITHUB_SHA ?? null,
        ref: env.GITHUB_REF ?? null,
        runUrl: GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
            ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
            : null,
    };
}

;// CONCATENATED MODULE: ./.build/src/shared/write-atomically.js
/**
 * Output files are written under a temporary name and renamed into place, so a crash or a
 * full disk never leaves half a report where a later step (or the baseline) would read it.
 * Several outputs are written all or none: every temporary file is written in full before
 * the first is renamed. Only regular files are replaced; standard output is written to.
 */




/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 16;
async function writeTextAtomically(path, text) {
    await writeAllOrNone([{ setting: path, path, content: { text } }], () => undefined);
}
/**
 * Writes exactly `JSON.stringify(value, null, 2) + '\n'`, but serialises each element of a
 * top-level array on its own: a report of 100,000 cases never exists as one string.
 */
async function writeJsonAtomically(path, value) {
    await writeAllOrNone([{ setting: path, path, content: { json: value } }], () => undefined);
}
/**
 * Writes every output or none. The targets are checked again (they were checked before the
 * run, but a run is long), each file is written in full under a temporary name beside it,
 * and only then are they renamed into place; outputs to standard output come last.
 */
async function writeAllOrNone(outputs, stdout) {
    await checkOutputTargets(outputs);
    const files = outputs.filter((o) => !output_targets_isStandardOutput(o.path));
    const written = [];
    try {
        for (const output of files) {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(output.path), { recursive: true });
            const temporary = `${output.path}.${process.pid}.tmp`;
            written.push({ output, temporary });
            await writeContent(temporary, output);
        }
    }
    catch (error) {
        await Promise.all(written.map(({ temporary }) => (0,promises_.rm)(temporary, { force: true })));
        throw asOutputError(error, written[written.length - 1]?.output);
    }
    for (const { temporary, output } of written)
        await (0,promises_.rename)(temporary, output.path);
    for (const output of outputs) {
        if (!output_targets_isStandardOutput(output.path))
            continue;
        for (const piece of contentPieces(output.content))
            stdout(piece);
    }
}
async function writeContent(temporary, output) {
    // 'wx': a leftover or planted file (or link) under the temporary name is never written through.
    await (0,promises_.rm)(temporary, { force: true });
    const handle = await (0,promises_.open)(temporary, 'wx');
    try {
        for (const piece of contentPieces(output.content))
            await handle.write(piece);
    }
    finally {
        await handle.close();
    }
}
/** The content in writes of about WRITE_CHUNK characters, ending with the final newline of JSON. */
function* contentPieces(content) {
    if ('text' in content) {
        yield content.text;
        return;
    }
    let pending = '';
    for (const piece of 'json' in content ? prettyJsonPieces(content.json) : content.pieces()) {
        pending += piece;
        if (pending.length >= WRITE_CHUNK) {
            yield pending;
            pending = '';
        }
    }
    yield 'json' in content ? `${pending}\n` : pending;
}
/** A full disk or a quota is the user's to fix: say which output and what happened. */
function asOutputError(error, output) {
    const code = error?.code;
    if (!output || typeof code !== 'string')
        return error;
    const why = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EACCES: 'permission denied', EROFS: 'the file system is read-only', EIO: 'an input/output error' };
    if (!(code in why))
        return error;
    return new errors/* ConfigurationError */.j1(`cannot write the output: ${why[code]}; no output was written`, {
        file: output.path,
        place: output.setting,
        fix: 'free space or choose another place for the outputs, then run again',
    });
}
/** The text of JSON.stringify(value, null, 2), in pieces. */
function* prettyJsonPieces(value) {
    // The keys JSON.stringify leaves out.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) {
        yield '{}';
        return;
    }
    yield '{';
    for (const [i, [key, item]] of entries.entries()) {
        const comma = i < entries.length - 1 ? ',' : '';
        const head = `\n  ${JSON.stringify(key)}: `;
        if (Array.isArray(item) && item.length > 0) {
            yield `${head}[`;
            for (let j = 0; j < item.length; j++)
                yield `\n    ${nested(item[j], 2)}${j < item.length - 1 ? ',' : ''}`;
            yield `\n  ]${comma}`;
        }
        else {
            yield `${head}${nested(item, 1)}${comma}`;
        }
    }
    yield '\n}';
}
const WRAPPERS = {
    1: { head: '{\n  "x": '.length, tail: '\n}'.length, wrap: (value) => ({ x: value }) },
    2: { head: '{\n  "x": [\n    '.length, tail: '\n  ]\n}'.length, wrap: (value) => ({ x: [value] }) },
};
/**
 * `value` as JSON.stringify(document, null, 2) writes it `depth` levels down: stringified
 * inside a wrapper of that depth, so JSON.stringify indents it itself (no pass over the text
 * to re-indent it), and the wrapper is cut off.
 */
function nested(value, depth) {
    const { head, tail, wrap } = WRAPPERS[depth];
    const text = JSON.stringify(wrap(value), null, 2);
    return text.slice(head, text.length - tail);
}
/** Writes text given in pieces (a generator, say), gathered into writes of about 64 KiB. */
async function writePiecesAtomically(path, pieces, setting = path, stdout = () => undefined) {
    await writeAllOrNone([{ setting, path, content: { pieces: () => pieces } }], stdout);
}

;// CONCATENATED MODULE: ./.build/src/pipeline/report-files.js




/** The report outputs a run writes, by the setting that names each: checked before any work. */
function outputTargets(files) {
    return [
        ...(files.json ? [{ setting: files.jsonSetting ?? 'report-json', path: files.json }] : []),
        ...(files.md ? [{ setting: 'report-md', path: files.md }] : []),
        ...(files.html ? [{ setting: 'report-html', path: files.html }] : []),
        ...(files.junit ? [{ setting: 'report-junit', path: files.junit }] : []),
    ];
}
/**
 * Writes every report file or none (CLI and Action alike), each under a temporary name
 * first, so a crash never leaves half a report; outputs to standard output go to `stdout`.
 */
async function writeOutputs(report, files, stdout, baseline = null) {
    // Loaded only when asked for: a run without the page or JUnit never parses their code.
    const { renderHtmlPieces } = files.html ? await __webpack_require__.e(/* import() */ 583).then(__webpack_require__.bind(__webpack_require__, 88583)) : { renderHtmlPieces: null };
    const { renderJunit } = files.junit ? await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 17954)) : { renderJunit: null };
    const outputs = outputTargets(files).map((target) => ({
        ...target,
        content: target.setting === 'report-md'
            ? { text: renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, baseline }).markdown }
            : target.setting === 'report-html'
                ? { pieces: () => renderHtmlPieces(report, { baseline }) }
                : target.setting === 'report-junit'
                    ? { text: renderJunit(report) }
                    : { json: report },
    }));
    await writeAllOrNone(outputs, stdout);
}
/** The report files written, as the terminal names them on its last line (standard output is not a file). */
function writtenPaths(files) {
    return outputTargets(files)
        .map((target) => target.path)
        .filter((path) => !output_targets_isStandardOutput(path));
}
/** A report goes to standard output: the verdict then goes to stderr, so stdout stays one document. */
function reportOnStandardOutput(files) {
    return outputTargets(files).some((target) => isStandardOutput(target.path));
}

// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./.build/src/drift/comparable.js
/** null when comparable, otherwise the reason in plain words. */
function notComparableReason(head, baseline) {
    if (head.schemaVersion !== baseline.schemaVersion) {
        return `the baseline report has schema version ${baseline.schemaVersion} and this run ${head.schemaVersion}`;
    }
    const h = head.settings.judge;
    const b = baseline.settings.judge;
    if (h.name !== b.name || h.version !== b.version) {
        return `the baseline was judged by ${b.name} ${b.version} and this run by ${h.name} ${h.version}; judges score differently, so rates are not comparable`;
    }
    return null;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var math_base_special_erfc_lib = __webpack_require__(30988);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfcinv/lib/index.js
var math_base_special_erfcinv_lib = __webpack_require__(80119);
;// CONCATENATED MODULE: ./.build/src/stats/normal.js
/**
 * Standard normal distribution, accurate in the tails.
 *
 * Built on the complementary error function (and its inverse) from stdlib, which keep
 * full relative precision far into the tails; simple-statistics' table-based CDF stops
 * at |z| = 3.09 and must not feed a p-value. Matches scipy.special.ndtr / ndtri.
 */


/** P(Z ≤ z). */
function normalCdf(z) {
    return 0.5 * math_base_special_erfc_lib(-z / Math.SQRT2);
}
/** P(Z > z), computed directly so that small upper tails keep their precision. */
function normalSf(z) {
    return 0.5 * math_base_special_erfc_lib(z / Math.SQRT2);
}
/**
 * The z with P(Z ≤ z) = p (inverse CDF, probit). Above 1/2 it works from the upper tail
 * 1 − p, which is exact in floating point there, so p = 1 − 1e-12 keeps its precision
 * (erfcinv(2p) near 2 would see only the few bits of 2 − 2p that survive rounding).
 */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
    if (p > 0.5)
        return Math.SQRT2 * math_base_special_erfcinv_lib(2 * (1 - p));
    return -Math.SQRT2 * math_base_special_erfcinv_lib(2 * p);
}
/** The z with P(Z > z) = q (inverse survival function). */
function normalIsf(q) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`normalIsf: q must be in [0, 1], got ${q}`);
    if (q > 0.5)
        return -Math.SQRT2 * erfcinv(2 * (1 - q));
    return Math.SQRT2 * erfcinv(2 * q);
}

;// CONCATENATED MODULE: ./.build/src/stats/validate.js
/**
 * Argument checks shared by the statistics functions. A bad argument here is a
 * programming error (the caller passed a negative count), not a user mistake,
 * so these throw RangeError rather than ConfigurationError.
 */
function validate_assertCount(name, value) {
    if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
    }
}
function validate_assertConfidence(confidence) {
    if (!(confidence > 0 && confidence < 1)) {
        throw new RangeError(`confidence must be strictly between 0 and 1, got ${confidence}`);
    }
}
function assertProbability(name, value) {
    if (!(value > 0 && value < 1)) {
        throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`);
    }
}

;// CONCATENATED MODULE: ./.build/src/stats/wilson.js
/**
 * Wilson score interval for a binomial proportion.
 *
 * Definition (Wilson 1927; Newcombe 1998, method 3): the set of p for which the score
 * test of H0: rate = p is not rejected at level 1 − confidence. With p̂ = k/n and
 * z = Φ⁻¹((1 + confidence)/2):
 *   centre = (2np̂ + z²) / (2(n + z²)),  half-width = z·√(4np̂(1 − p̂) + z²) / (2(n + z²)).
 * The bounds are set to exactly 0 when k = 0 and 1 when k = n, as in
 * scipy.stats.binomtest(k, n).proportion_ci(method='wilson'), which this matches.
 * Unlike the Wald interval it stays inside [0, 1] and behaves at rates near 0.
 */


function wilsonInterval(successes, n, confidence = 0.95) {
    validate_assertCount('n', n);
    validate_assertCount('successes', successes);
    if (successes > n)
        throw new RangeError(`wilsonInterval: successes (${successes}) exceed n (${n})`);
    validate_assertConfidence(confidence);
    // No observations: every rate is still possible.
    if (n === 0)
        return { lower: 0, upper: 1 };
    const z = normalQuantile(0.5 + 0.5 * confidence);
    const p = successes / n;
    const denom = 2 * (n + z * z);
    const centre = (2 * n * p + z * z) / denom;
    const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z * z);
    return {
        lower: successes === 0 ? 0 : centre - delta,
        upper: successes === n ? 1 : centre + delta,
    };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-betaincinv/lib/index.js
var math_base_special_betaincinv_lib = __webpack_require__(77881);
;// CONCATENATED MODULE: ./.build/src/stats/exact-interval.js
/**
 * Exact (Clopper–Pearson) binomial interval.
 *
 * Definition (Clopper & Pearson 1934): the bounds are the rates at which observing
 * k or more (lower) or k or fewer (upper) successes has probability (1 − confidence)/2,
 * which in closed form are beta quantiles:
 *   lower = B⁻¹(α/2; k, n − k + 1),  upper = B⁻¹(1 − α/2; k + 1, n − k),
 * with lower = 0 when k = 0 and upper = 1 when k = n. Matches
 * scipy.stats.beta.ppf (the same interval as statsmodels' proportion_confint(method='beta')).
 * Conservative: its coverage is never below the nominal level.
 */


function exactBinomialInterval(successes, n, confidence = 0.95) {
    assertCount('n', n);
    assertCount('successes', successes);
    if (successes > n)
        throw new RangeError(`exactBinomialInterval: successes (${successes}) exceed n (${n})`);
    assertConfidence(confidence);
    if (n === 0)
        return { lower: 0, upper: 1 };
    const alpha = 1 - confidence;
    return {
        lower: successes === 0 ? 0 : betaincinv(alpha / 2, successes, n - successes + 1),
        // The upper quantile taken from the upper tail keeps precision when it is close to 1.
        upper: successes === n ? 1 : betaincinv(alpha / 2, successes + 1, n - successes, true),
    };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-binomcoefln/lib/index.js
var math_base_special_binomcoefln_lib = __webpack_require__(22558);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var math_base_special_gammaln_lib = __webpack_require__(67711);
;// CONCATENATED MODULE: ./.build/src/stats/logspace.js
/**
 * Log-space building blocks for exact tests: binomial and hypergeometric
 * probabilities that stay accurate where the plain products would under- or
 * overflow (p-values of 1e-300 are still representable as sums of exp(log)).
 *
 * ln C(n, k) comes from stdlib's binomcoefln (−ln(n+1) − ln B(n−k+1, k+1)), which
 * avoids the cancellation of lnΓ(n+1) − lnΓ(k+1) − lnΓ(n−k+1) for large n.
 */


/** ln Γ(x). */
function logGamma(x) {
    return gammaln(x);
}
/** ln n! */
function logFactorial(n) {
    return gammaln(n + 1);
}
/** ln C(n, k); −∞ outside 0 ≤ k ≤ n. */
function logChoose(n, k) {
    if (k < 0 || k > n)
        return -Infinity;
    return math_base_special_binomcoefln_lib(n, k);
}
/** ln P(X = k) for X ~ Binomial(n, p). */
function binomialLogPmf(k, n, p) {
    if (k < 0 || k > n)
        return -Infinity;
    if (p === 0)
        return k === 0 ? 0 : -Infinity;
    if (p === 1)
        return k === n ? 0 : -Infinity;
    return logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}
function binomialPmf(k, n, p) {
    return Math.exp(binomialLogPmf(k, n, p));
}
/**
 * ln P(X = x) for X ~ Hypergeometric: x successes in a draw of `draws` items from a
 * population of `total` holding `successes` successes (SciPy's hypergeom(M, n, N)).
 */
function hypergeometricLogPmf(x, total, successes, draws) {
    return logChoose(successes, x) + logChoose(total - successes, draws - x) - logChoose(total, draws);
}
/** Σ exp(terms), summed smallest first so that tiny tails are not lost. */
function sumExp(logTerms) {
    const sorted = logTerms.filter((t) => t > -Infinity).sort((a, b) => a - b);
    let sum = 0;
    for (const t of sorted)
        sum += Math.exp(t);
    return sum;
}

;// CONCATENATED MODULE: ./.build/src/stats/fisher.js
/**
 * Fisher's exact test on a 2×2 table.
 *
 *            outcome  no outcome
 *   group 1     a         b
 *   group 2     c         d
 *
 * With the margins fixed, a follows the hypergeometric distribution
 * Hypergeom(M = a+b+c+d, n = a+b, N = a+c).
 * - 'less':      P(X ≤ a) (group 1's rate lower than group 2's)
 * - 'greater':   P(X ≥ a)
 * - 'two-sided': the sum of P(X = x) over every x no more likely than the observed a
 *                (the "minimum likelihood" rule).
 * The one-sided p-values are scipy.stats.fisher_exact's. The two-sided one is R's
 * fisher.test: tables whose probability is within a relative 1e-7 of the observed one
 * count as equally likely. SciPy uses 1e-14, which is below the rounding of these
 * log-space terms (lgamma sums carry relative errors near 1e-13), so mirror-image tables
 * that are exactly tied would be split by rounding. The cost is that a table truly
 * within 1e-7 of the observed probability counts as a tie, which raises p: for
 * a=134, b=47, c=1111, d=278, p = 0.0786 here and in R, 0.0646 in SciPy. The gate's
 * drift tests are one-sided, where no such choice arises.
 * A row or column of zeros gives p = 1 and an undefined odds ratio (null).
 * The odds ratio is the sample one, ad/(bc), ∞ when b or c is 0.
 */


/** Relative tolerance under which two table probabilities are treated as equal. */
const TIE_TOLERANCE = 1e-7;
function fisherExact(table, alternative = 'two-sided') {
    const { a, b, c, d } = table;
    for (const [name, value] of Object.entries(table))
        validate_assertCount(name, value);
    if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0)
        return { oddsRatio: null, pValue: 1 };
    const oddsRatio = b > 0 && c > 0 ? (a * d) / (b * c) : Infinity;
    const total = a + b + c + d;
    const row1 = a + b;
    const col1 = a + c;
    const low = Math.max(0, col1 - (c + d));
    const high = Math.min(col1, row1);
    const logPmf = (x) => hypergeometricLogPmf(x, total, row1, col1);
    const terms = [];
    if (alternative === 'less') {
        for (let x = low; x <= a; x++)
            terms.push(logPmf(x));
    }
    else if (alternative === 'greater') {
        for (let x = a; x <= high; x++)
            terms.push(logPmf(x));
    }
    else {
        const observed = logPmf(a);
        const threshold = observed + Math.log1p(TIE_TOLERANCE);
        for (let x = low; x <= high; x++) {
            const term = x === a ? observed : logPmf(x);
            if (term <= threshold)
                terms.push(term);
        }
    }
    return { oddsRatio, pValue: Math.min(1, sumExp(terms)) };
}

;// CONCATENATED MODULE: ./.build/src/stats/mcnemar.js


/** From the two discordant counts. */
function mcnemarExactCounts(becameYes, becameNo, alternative = 'two-sided') {
    validate_assertCount('becameYes', becameYes);
    validate_assertCount('becameNo', becameNo);
    const n = becameYes + becameNo;
    if (n === 0)
        return { becameYes, becameNo, pValue: 1 };
    if (alternative !== 'two-sided') {
        // P(X ≥ b) is P(Y ≤ c) for Y = n − X, which is Binomial(n, 1/2) too.
        const upTo = alternative === 'greater' ? becameNo : becameYes;
        const terms = [];
        for (let k = 0; k <= upTo; k++)
            terms.push(binomialLogPmf(k, n, 0.5));
        return { becameYes, becameNo, pValue: Math.min(1, sumExp(terms)) };
    }
    const smaller = Math.min(becameYes, becameNo);
    const terms = [];
    for (let k = 0; k <= smaller; k++)
        terms.push(binomialLogPmf(k, n, 0.5));
    return { becameYes, becameNo, pValue: Math.min(1, 2 * sumExp(terms)) };
}
/** From paired outcomes: before[i] and after[i] belong to the same subject. */
function mcnemarExact(before, after) {
    if (before.length !== after.length) {
        throw new RangeError(`mcnemarExact: paired samples differ in length (${before.length} vs ${after.length})`);
    }
    let becameYes = 0;
    let becameNo = 0;
    before.forEach((was, i) => {
        const is = after[i];
        if (!was && is)
            becameYes++;
        else if (was && !is)
            becameNo++;
    });
    return mcnemarExactCounts(becameYes, becameNo);
}

;// CONCATENATED MODULE: ./.build/src/stats/two-proportions.js
/**
 * Comparing two independent proportions (e.g. the claim hallucination rate of the
 * head run against the baseline run).
 *
 * - twoProportionZTest: the pooled two-proportion z-test,
 *     z = (p̂₁ − p̂₂) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)),  p̂ = (x₁ + x₂)/(n₁ + n₂),
 *   two-sided p = 2·P(Z > |z|), 'greater' (first rate higher) P(Z > z), 'less' P(Z < z);
 *   as statsmodels' proportions_ztest (alternative 'two-sided', 'larger', 'smaller'). Its
 *   normal approximation is trusted only with ≥ 10 successes and ≥ 10 failures per group.
 * - newcombeInterval: Newcombe's hybrid score interval for p̂₁ − p̂₂ (Newcombe 1998,
 *   method 10), built from the two Wilson intervals; as statsmodels'
 *   confint_proportions_2indep(method='newcomb').
 * - compareProportions: uses the z-test where it is valid and Fisher's exact test
 *   otherwise, and says which one it used and why.
 */




/** The normal approximation is trusted only above these counts in every group. */
const Z_TEST_MIN_SUCCESSES = 10;
const Z_TEST_MIN_FAILURES = 10;
function twoProportionZTest(first, second, alternative = 'two-sided') {
    checkProportion(first);
    checkProportion(second);
    const p1 = first.successes / first.n;
    const p2 = second.successes / second.n;
    const pooled = (first.successes + second.successes) / (first.n + second.n);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
    if (se === 0)
        return { z: 0, pValue: 1 };
    const z = (p1 - p2) / se;
    if (alternative === 'greater')
        return { z, pValue: normalSf(z) };
    if (alternative === 'less')
        return { z, pValue: normalCdf(z) };
    return { z, pValue: Math.min(1, 2 * normalSf(Math.abs(z))) };
}
function newcombeInterval(first, second, confidence = 0.95) {
    checkProportion(first);
    checkProportion(second);
    const p1 = first.successes / first.n;
    const p2 = second.successes / second.n;
    const w1 = wilsonInterval(first.successes, first.n, confidence);
    const w2 = wilsonInterval(second.successes, second.n, confidence);
    const difference = p1 - p2;
    return {
        lower: difference - Math.sqrt((p1 - w1.lower) ** 2 + (w2.upper - p2) ** 2),
        upper: difference + Math.sqrt((w1.upper - p1) ** 2 + (p2 - w2.lower) ** 2),
    };
}
function zTestIsValid(first, second) {
    return [first, second].every((g) => g.successes >= Z_TEST_MIN_SUCCESSES && g.n - g.successes >= Z_TEST_MIN_FAILURES);
}
/**
 * Comparison of two independent proportions, choosing the valid test; 'greater' asks
 * whether the first rate is higher, 'less' whether it is lower.
 */
function compareProportions(first, second, confidence = 0.95, alternative = 'two-sided') {
    checkProportion(first);
    checkProportion(second);
    const difference = first.successes / first.n - second.successes / second.n;
    const interval = newcombeInterval(first, second, confidence);
    if (zTestIsValid(first, second)) {
        const { z, pValue } = twoProportionZTest(first, second, alternative);
        return {
            test: 'z',
            reason: `each group has at least ${Z_TEST_MIN_SUCCESSES} successes and ${Z_TEST_MIN_FAILURES} failures, so the normal approximation holds`,
            statistic: z,
            pValue,
            difference,
            interval,
        };
    }
    const fisher = fisherExact({
        a: first.successes,
        b: first.n - first.successes,
        c: second.successes,
        d: second.n - second.successes,
    }, alternative);
    return {
        test: 'fisher',
        reason: `a group has fewer than ${Z_TEST_MIN_SUCCESSES} successes or ${Z_TEST_MIN_FAILURES} failures, so the exact test is used`,
        statistic: fisher.oddsRatio,
        pValue: fisher.pValue,
        difference,
        interval,
    };
}
function checkProportion({ successes, n }) {
    validate_assertCount('n', n);
    validate_assertCount('successes', successes);
    if (n === 0)
        throw new RangeError('a proportion needs at least one observation');
    if (successes > n)
        throw new RangeError(`successes (${successes}) exceed n (${n})`);
}

;// CONCATENATED MODULE: ./.build/src/stats/kolmogorov-distribution.js
/**
 * Distributions of Kolmogorov–Smirnov statistics, ported from SciPy so that factgate's
 * asymptotic two-sample p-value is the one scipy.stats.ks_2samp gives.
 *
 * - kolmogorovSf(t): P(K > t) for Kolmogorov's limiting distribution
 *   (scipy.special.kolmogorov).
 * - smirnovSf(n, x): P(Dₙ⁺ ≥ x) for the one-sided one-sample statistic, by the exact
 *   Birnbaum–Tingey sum, in log space so no term under- or overflows
 *   (scipy.special.smirnov).
 * - ksOneSampleSf(n, x): P(Dₙ ≥ x) for the two-sided one-sample statistic
 *   (scipy.stats.kstwo.sf), following Simard & L'Ecuyer (2011) as SciPy's
 *   stats/_ksstats.py does: Ruben–Gambino closed forms at the ends, the Durbin matrix
 *   (Marsaglia–Tsang–Wang) and Pomeranz recursions for small n, 2·smirnov in the upper
 *   tail, and the Pelz–Good expansion for large n.
 */

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const MIN_LOG = -708;
/**
 * P(K > t): for t ≥ 1 the alternating series 2·Σ (−1)^(k−1) e^(−2k²t²); below, 1 minus
 * the theta-function form of the CDF, √(2π)/t · Σ e^(−(2k−1)²π²/(8t²)), which
 * converges fast there.
 */
function kolmogorovSf(t) {
    if (!(t > 0))
        return 1;
    if (t >= 1) {
        let sum = 0;
        for (let k = 1; k <= 100; k++) {
            const term = Math.exp(-2 * k * k * t * t);
            sum += k % 2 === 1 ? term : -term;
            if (term < 1e-300 || term < 1e-17 * sum)
                break;
        }
        return 2 * sum;
    }
    let cdf = 0;
    for (let k = 1; k <= 100; k++) {
        const term = Math.exp((-((2 * k - 1) ** 2) * Math.PI * Math.PI) / (8 * t * t));
        cdf += term;
        if (term < 1e-17 * cdf || term === 0)
            break;
    }
    return 1 - (Math.sqrt(2 * Math.PI) / t) * cdf;
}
/** P(Dₙ⁺ ≥ x) = x·Σⱼ C(n, j)(1 − x − j/n)^(n−j)(x + j/n)^(j−1), j = 0..⌊n(1 − x)⌋. */
function smirnovSf(n, x) {
    if (!(x > 0))
        return 1;
    if (x >= 1)
        return 0;
    const logs = [];
    let largest = -Infinity;
    for (let j = 0; j <= n; j++) {
        const rest = 1 - x - j / n;
        if (rest <= 0)
            break;
        const term = logChoose(n, j) + (n - j) * Math.log(rest) + (j - 1) * Math.log(x + j / n);
        logs.push(term);
        if (term > largest)
            largest = term;
    }
    if (logs.length === 0)
        return 0;
    let sum = 0;
    for (const term of logs)
        sum += Math.exp(term - largest);
    return clamp01(x * Math.exp(largest) * sum);
}
/** P(Dₙ ≥ x), the survival function of the two-sided one-sample KS statistic. */
function ksOneSampleSf(n, x) {
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        // Ruben–Gambino: 1/2n ≤ x ≤ 1/n.
        if (t <= 0.5)
            return 1;
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return clamp01(1 - cdf);
    }
    if (t >= n - 1)
        return clamp01(2 * (1 - x) ** n); // Ruben–Gambino
    if (x >= 0.5)
        return clamp01(2 * smirnovSf(n, x));
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return clamp01(1 - durbinMatrixCdf(n, x));
        if (nxSquared <= 4)
            return clamp01(1 - pomeranzCdf(n, x));
        return clamp01(2 * smirnovSf(n, x));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clamp01(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
    return clamp01(1 - cdf);
}
/** ln(n!/nⁿ) by Stirling's series with SciPy's coefficients. */
function logFactorialOverPower(n) {
    const coefficients = [
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
    ];
    const rn = 1 / n;
    let poly = 0;
    for (const c of coefficients)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * poly;
}
/** Durbin (1968) matrix method as refined by Marsaglia, Tsang & Wang (2003): P(Dₙ ≤ d). */
function durbinMatrixCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++) {
        for (let row = i - 1; row < m; row++)
            H[row * m + i] = w[row - (i - 1)];
    }
    for (let row = 0; row < m; row++)
        H[row * m] = v[row];
    for (let col = 0; col < m; col++)
        H[(m - 1) * m + col] = v[m - 1 - col];
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
    let nn = n;
    let exponent = 0;
    let hExponent = 0;
    while (nn > 0) {
        if (nn % 2) {
            power = multiply(power, H, m);
            exponent += hExponent;
        }
        H = multiply(H, H, m);
        hExponent *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            hExponent += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            exponent -= E128;
        }
    }
    if (exponent !== 0)
        p *= 2 ** exponent;
    return clamp01(p);
}
function multiply(a, b, m) {
    const c = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let l = 0; l < m; l++) {
            const ail = a[i * m + l];
            if (ail === 0)
                continue;
            for (let j = 0; j < m; j++)
                c[i * m + j] += ail * b[l * m + j];
        }
    }
    return c;
}
/** Pomeranz (1974) recursion: P(Dₙ ≤ x). */
function pomeranzCdf(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let exponent = 0;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * (g / n)) / m;
        twogpower[m] = (twogpower[m - 1] * ((2 * g) / n)) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * ((1 - 2 * g) / n)) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            // numpy.convolve(V0[k1 − V0s : k1 − V0s + ln2], pwrs[:ln2]), slices clipped at the ends.
            const start = k1 - V0s;
            const left = V0.subarray(start, Math.min(start + ln2, npwrs));
            const right = pwrs.subarray(0, Math.min(ln2, npwrs));
            const convStart = j1 - k1;
            const convLength = j2 - j1 + 1;
            for (let out = 0; out < convLength; out++) {
                const index = convStart + out;
                let sum = 0;
                const lo = Math.max(0, index - (right.length - 1));
                const hi = Math.min(index, left.length - 1);
                for (let a = lo; a <= hi; a++)
                    sum += left[a] * right[index - a];
                V1[out] = sum;
            }
            let largest = 0;
            for (const value of V1)
                if (value > largest)
                    largest = value;
            if (largest > 0 && largest < EM128) {
                for (let a = 0; a < V1.length; a++)
                    V1[a] *= EP128;
                exponent -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let answer = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(answer) > EP128) {
            answer *= EM128;
            exponent += E128;
        }
        answer *= m;
    }
    if (exponent !== 0)
        answer *= 2 ** exponent;
    return clamp01(answer);
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pelz–Good (1976) expansion of P(Dₙ ≤ x) in powers of 1/√n. */
function pelzGoodCdf(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z3 = z2 * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const pi2 = Math.PI ** 2;
    const pi4 = Math.PI ** 4;
    const pi6 = Math.PI ** 6;
    const qlog = -pi2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = pi2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
    const k2c = (pi4 * (1 - 2 * z2)) / 16;
    const k3d = (pi6 * (5 - 30 * z2)) / 64;
    const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m * m;
        const m4 = m2 * m2;
        const m6 = m4 * m2;
        const qpower = q ** (8 * k);
        const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coefficients[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    q = Math.exp(-pi2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qk = q ** k2;
        k2extra += k2 * qk;
        const kpi = Math.PI * k;
        k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qk;
    }
    K[2] += (k2extra * pi2 * SQRT2PI) / (-36 * z3);
    K[3] += (k3extra * pi2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
function clamp01(p) {
    return Math.min(1, Math.max(0, p));
}

;// CONCATENATED MODULE: ./.build/src/stats/kolmogorov-smirnov.js
/**
 * Two-sample Kolmogorov–Smirnov test, two-sided or one-sided.
 *
 * Statistic, with SciPy's naming: 'two-sided' D = max |F₁(x) − F₂(x)|, the largest gap
 * between the two empirical CDFs; 'greater' D⁺ = max (F₁ − F₂), large when the first
 * sample tends to be smaller; 'less' D⁻ = max (F₂ − F₁). Ties are handled by evaluating
 * both CDFs at every observed value.
 *
 * P-value, with SciPy's `ks_2samp(method='auto')` switch: exact when the larger
 * sample has at most 10,000 values, asymptotic otherwise.
 * - Exact (the distribution of the statistic under H0 for continuous data, by counting
 *   lattice paths, Hodges 1958): for two-sided tests of equal sizes SciPy's closed
 *   alternating sum (Gnedenko–Korolyuk); otherwise the probability that a random path
 *   touches the boundary, summed directly over the steps that first leave the band
 *   (dynamic programming over path probabilities, so nothing overflows and a tail of
 *   1e-32 keeps its digits, where 1 − P(inside) would cancel below about 1e-8).
 *   Matches scipy.stats.ks_2samp(method='exact'), and stays exact for one-sided tests
 *   of sizes where SciPy's path count overflows and it falls back to the asymptotic form.
 * - Asymptotic: as SciPy; two-sided, the one-sample distribution at the effective size
 *   n = round(n₁n₂/(n₁+n₂)) (scipy.stats.kstwo.sf; see kolmogorov-distribution.ts);
 *   one-sided, Hodges' approximation exp(−2z² − 2z(m + 2n)/(3√(mn(m + n)))), m ≥ n.
 * With ties (e.g. judge scores on a coarse scale) the exact p-value is conservative.
 */

const KS_EXACT_MAX_N = 10_000;
function ksTwoSample(first, second, alternative = 'two-sided') {
    if (first.length === 0 || second.length === 0)
        throw new RangeError('ksTwoSample: both samples need values');
    for (const v of [...first, ...second]) {
        if (!Number.isFinite(v))
            throw new RangeError(`ksTwoSample: values must be finite numbers, got ${v}`);
    }
    const xs = Float64Array.from(first).sort();
    const ys = Float64Array.from(second).sort();
    const n1 = xs.length;
    const n2 = ys.length;
    const { gapTimesSizes, gap } = largestGap(xs, ys, alternative);
    const g = gcd(n1, n2);
    if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
        const lcm = (n1 / g) * n2;
        const h = gapTimesSizes / g; // D·lcm, an integer
        const statistic = h / lcm;
        if (h === 0)
            return { statistic, pValue: 1, method: 'exact' };
        const pValue = alternative === 'two-sided' && n1 === n2 ? outsideSquareProbability(n1, h) : boundaryProbability(n1, n2, gapTimesSizes, alternative);
        return { statistic, pValue: kolmogorov_smirnov_clamp01(pValue), method: 'exact' };
    }
    if (alternative === 'two-sided') {
        const en = roundHalfEven((n1 * n2) / (n1 + n2));
        return { statistic: gap, pValue: kolmogorov_smirnov_clamp01(ksOneSampleSf(en, gap)), method: 'asymptotic' };
    }
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const z = Math.sqrt((m * n) / (m + n)) * gap;
    const exponent = -2 * z * z - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3;
    return { statistic: gap, pValue: kolmogorov_smirnov_clamp01(Math.exp(exponent)), method: 'asymptotic' };
}
/**
 * Largest c₁·n₂ − c₂·n₁ (exact integer; its absolute value for 'two-sided', its negative
 * for 'less') and the same gap between the CDFs as a fraction, over every observed value.
 */
function largestGap(xs, ys, alternative) {
    const n1 = xs.length;
    const n2 = ys.length;
    const signed = (d) => (alternative === 'two-sided' ? Math.abs(d) : alternative === 'greater' ? d : -d);
    let i = 0;
    let j = 0;
    let gapTimesSizes = 0;
    let gap = 0;
    while (i < n1 || j < n2) {
        // Step past every copy of the next value in both samples, then compare the CDFs.
        const value = j >= n2 || (i < n1 && xs[i] <= ys[j]) ? xs[i] : ys[j];
        while (i < n1 && xs[i] <= value)
            i++;
        while (j < n2 && ys[j] <= value)
            j++;
        gapTimesSizes = Math.max(gapTimesSizes, signed(i * n2 - j * n1));
        gap = Math.max(gap, signed(i / n1 - j / n2));
    }
    return { gapTimesSizes, gap };
}
/**
 * P(D ≥ h/n) for two samples of size n: 2·Σₖ (−1)^(k+1) C(2n, n − kh)/C(2n, n), evaluated
 * as SciPy does, in Horner form with each ratio built from h simple factors so that
 * nothing cancels or overflows.
 */
function outsideSquareProbability(n, h) {
    // Every path leaves |x − y| < 1 at its first step; the sum would only round near 1.
    if (h === 1)
        return 1;
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let ratio = 1;
        for (let j = 0; j < h; j++)
            ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
        p = ratio * (1 - p);
    }
    return 2 * p;
}
/**
 * Probability that a uniformly random lattice path from (0, 0) to (m, n) reaches the
 * boundary: x·n − y·m ≥ bound ('greater'), y·m − x·n ≥ bound ('less'), either
 * ('two-sided'); x counts the first sample, y the second. f holds, for one column x, the
 * probability of reaching (x, y) while still inside; from a point with r steps left the
 * path steps in x with probability (m − x)/r. Each step that leaves the band adds its
 * probability to the tail, so the tail is a sum of positive terms and never a difference.
 */
function boundaryProbability(m, n, bound, alternative) {
    const lowOf = (x) => (alternative === 'less' ? 0 : Math.max(0, Math.floor((n * x - bound) / m) + 1));
    const highOf = (x) => (alternative === 'greater' ? n : Math.min(n, Math.ceil((n * x + bound) / m) - 1));
    let column = new Float64Array(n + 2);
    let next = new Float64Array(n + 2);
    column[0] = 1;
    let outside = 0;
    let low = lowOf(0);
    let high = highOf(0);
    for (let x = 0; x <= m; x++) {
        const nextLow = x < m ? lowOf(x + 1) : 0;
        const nextHigh = x < m ? highOf(x + 1) : -1;
        for (let y = low; y <= high; y++) {
            const f = column[y];
            const remaining = m + n - x - y;
            if (f === 0 || remaining === 0)
                continue;
            const up = (f * (n - y)) / remaining;
            const across = (f * (m - x)) / remaining;
            if (y < n) {
                if (y + 1 <= high)
                    column[y + 1] += up;
                else
                    outside += up;
            }
            if (x < m) {
                if (y >= nextLow && y <= nextHigh)
                    next[y] += across;
                else
                    outside += across;
            }
        }
        column.fill(0, low, high + 1);
        [column, next] = [next, column];
        low = nextLow;
        high = nextHigh;
    }
    return outside;
}
/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
function kolmogorov_smirnov_clamp01(p) {
    return Math.min(1, Math.max(0, p));
}

;// CONCATENATED MODULE: ./.build/src/stats/psi.js
/**
 * Population Stability Index: how far a distribution (head) has moved from a
 * reference (baseline).
 *
 * Binning: when the baseline has at most `bins` distinct values (coarse scores such as
 * 0, 0.5 and 1), one bin per distinct value; otherwise the baseline's deciles (by
 * default; `bins` quantiles in general), computed with the linear interpolation of
 * numpy.quantile's default method, duplicate edges merged. Bin i holds values in
 * (edgeᵢ₋₁, edgeᵢ], the first bin is open below and the last open above. (Quantile
 * edges alone would put a heavy tie, e.g. 90 % of scores at one value, in the same bin
 * as everything below it and hide a shift.)
 *
 * PSI = Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ), with eᵢ and aᵢ the baseline's and head's shares of bin i.
 * An empty bin would make the logarithm infinite, so every share is floored at
 * PSI_EPSILON = 1e-4 (one in ten thousand).
 * Conventional reading (Siddiqi 2006): < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift.
 * PSI is a distance, not a test: it has no p-value.
 */
const PSI_EPSILON = 1e-4;
const PSI_DEFAULT_BINS = 10;
const PSI_MODERATE = 0.1;
const PSI_MAJOR = 0.25;
function populationStabilityIndex(baseline, head, bins = PSI_DEFAULT_BINS, epsilon = PSI_EPSILON) {
    if (baseline.length === 0 || head.length === 0)
        throw new RangeError('populationStabilityIndex: both samples need values');
    if (!Number.isInteger(bins) || bins < 2)
        throw new RangeError(`populationStabilityIndex: bins must be an integer ≥ 2, got ${bins}`);
    for (const v of [...baseline, ...head]) {
        if (!Number.isFinite(v))
            throw new RangeError(`populationStabilityIndex: values must be finite numbers, got ${v}`);
    }
    const sorted = Float64Array.from(baseline).sort();
    const edges = binEdges(sorted, bins);
    const expected = countIntoBins(baseline, edges);
    const actual = countIntoBins(head, edges);
    let psi = 0;
    const result = expected.map((count, i) => {
        const e = Math.max(count / baseline.length, epsilon);
        const a = Math.max(actual[i] / head.length, epsilon);
        psi += (a - e) * Math.log(a / e);
        return { upper: edges[i] ?? Infinity, baselineShare: count / baseline.length, headShare: actual[i] / head.length };
    });
    return { psi, bins: result, level: psi < PSI_MODERATE ? 'stable' : psi <= PSI_MAJOR ? 'moderate' : 'major' };
}
/** Upper edges of every bin but the last (which is open above). */
function binEdges(sorted, bins) {
    const distinct = [];
    for (const v of sorted)
        if (distinct.length === 0 || v > distinct[distinct.length - 1])
            distinct.push(v);
    if (distinct.length <= bins)
        return distinct.slice(0, -1);
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const edge = linearQuantile(sorted, i / bins);
        if (edges.length === 0 || edge > edges[edges.length - 1])
            edges.push(edge);
    }
    return edges;
}
/** numpy.quantile(method='linear') on sorted data, including its two-sided lerp. */
function linearQuantile(sorted, q) {
    const position = (sorted.length - 1) * q;
    const below = Math.floor(position);
    const t = position - below;
    const a = sorted[below];
    const b = sorted[Math.min(below + 1, sorted.length - 1)];
    const diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
/** Count of values per bin (edgeᵢ₋₁, edgeᵢ]. */
function countIntoBins(values, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    for (const v of values) {
        // First edge ≥ v (binary search), as numpy.searchsorted(side='left').
        let lo = 0;
        let hi = edges.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (edges[mid] < v)
                lo = mid + 1;
            else
                hi = mid;
        }
        counts[lo]++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./.build/src/stats/benjamini-hochberg.js
/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate control).
 *
 * When many categories are tested at once, some will look significant by chance.
 * With m p-values sorted ascending, p₍ᵢ₎ is adjusted to min over j ≥ i of m·p₍ⱼ₎/j,
 * capped at 1; rejecting every adjusted p ≤ α keeps the expected share of false
 * discoveries at or below α (Benjamini & Hochberg 1995). Results come back in the input
 * order. Matches scipy.stats.false_discovery_control(method='bh').
 */
function benjaminiHochberg(pValues) {
    for (const p of pValues) {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`benjaminiHochberg: p-values must be in [0, 1], got ${p}`);
    }
    const m = pValues.length;
    const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
    const adjusted = new Array(m);
    let running = 1;
    for (let rank = m; rank >= 1; rank--) {
        const { p, i } = order[rank - 1];
        running = Math.min(running, p * (m / rank));
        adjusted[i] = running;
    }
    return adjusted;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-padjust/lib/index.js
var stats_padjust_lib = __webpack_require__(10030);
;// CONCATENATED MODULE: ./.build/src/stats/holm.js
/**
 * Holm's step-down adjusted p-values (family-wise error control, Holm 1979).
 *
 * With m p-values sorted ascending, p₍ᵢ₎ is adjusted to max over j ≤ i of (m − j + 1)·p₍ⱼ₎,
 * capped at 1; rejecting every adjusted p ≤ α keeps the chance of any false rejection at
 * or below α under any dependence between the tests. Results come back in the input
 * order. Computed by @stdlib/stats-padjust; matches statsmodels'
 * multipletests(method='holm').
 */

function holm(pValues) {
    for (const p of pValues) {
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`holm: p-values must be in [0, 1], got ${p}`);
    }
    if (pValues.length === 0)
        return [];
    return Array.from(stats_padjust_lib([...pValues], 'holm'));
}

;// CONCATENATED MODULE: ./.build/src/stats/certify.js
/**
 * Can a golden set of this size certify a rate threshold?
 *
 * A policy such as "hallucination rate ≤ 0.5 %" is demonstrated at 95 % confidence
 * only when the one-sided 95 % upper confidence bound of the observed rate is at or
 * below the threshold (for "citation coverage ≥ 90 %", when the one-sided lower bound
 * is at or above it). A one-sided 95 % bound is the matching end of the two-sided 90 %
 * interval. Both the exact (Clopper–Pearson) and the Wilson bounds are given. Only the
 * exact one is a true 95 % bound: with zero hallucinations in 539 claims Wilson
 * "demonstrates" ≤ 0.5 %, yet an app whose true rate is 0.5 % shows 0 of 539 with
 * probability 0.995^539 = 6.7 %; the exact bound needs 598 claims (0.995^598 < 5 %).
 *
 * When the set is too small this also says how many more observations it would take:
 * - if every further observation were good (no more hallucinations / all covered): the
 *   smallest number that demonstrates it (the bound then only improves with more);
 * - at the same observed rate (impossible when that rate is itself on the wrong side):
 *   the smallest number from which every larger set at that rate demonstrates it. A
 *   projected count is rounded to the unfavourable side (so advice never understates),
 *   and each step up of the rounded count moves the bound back up: "demonstrated" at the
 *   same rate switches on and off before it holds for good, so the answer is where it
 *   stops switching, not the first size where it holds.
 */



/** Larger searches are not useful advice: the answer is "no practical size". */
const SEARCH_LIMIT = 1e9;
function certifyRate(input) {
    const { events, n, threshold, kind } = input;
    const confidence = input.confidence ?? 0.95;
    validate_assertCount('events', events);
    validate_assertCount('n', n);
    if (events > n)
        throw new RangeError(`certifyRate: events (${events}) exceed n (${n})`);
    assertProbability('threshold', threshold);
    validate_assertConfidence(confidence);
    const make = (method) => certifyWith(method, events, n, threshold, kind, confidence);
    return {
        events,
        n,
        rate: n === 0 ? null : events / n,
        threshold,
        kind,
        confidence,
        wilson: make('wilson'),
        exact: make('exact'),
    };
}
function certifyWith(method, events, n, threshold, kind, confidence) {
    const alpha = 2 * (1 - confidence); // of the two-sided interval whose one end is the bound
    const boundOf = (k, size) => oneSidedBound(method, kind, k, size, alpha);
    const meets = (k, size) => (kind === 'max' ? boundOf(k, size) <= threshold : boundOf(k, size) >= threshold);
    const bound = boundOf(events, n);
    const demonstrated = n > 0 && meets(events, n);
    if (demonstrated)
        return { method, bound, demonstrated, moreAtSameRate: 0, moreIfAllGood: 0 };
    // All further observations good: 'max' adds non-events, 'min' adds events.
    const moreIfAllGood = smallestMore((m) => meets(kind === 'max' ? events : events + m, n + m));
    const sameRateCanWork = n > 0 && (kind === 'max' ? events / n < threshold : events / n > threshold);
    const sameRate = sameRateCanWork ? sizeForGoodAtSameRate(events, n, kind, meets) : null;
    return { method, bound, demonstrated, moreAtSameRate: sameRate === null ? null : sameRate - n, moreIfAllGood };
}
/**
 * The one-sided bound for a count that may be real (a projection); both formulas are
 * defined for real counts, and at integer counts they equal wilsonInterval and
 * exactBinomialInterval.
 */
function oneSidedBound(method, kind, k, n, alpha) {
    if (n === 0)
        return kind === 'max' ? 1 : 0;
    if (kind === 'max' && k >= n)
        return 1;
    if (kind === 'min' && k <= 0)
        return 0;
    if (method === 'exact') {
        return kind === 'max' ? math_base_special_betaincinv_lib(alpha / 2, k + 1, n - k, true) : math_base_special_betaincinv_lib(alpha / 2, k, n - k + 1);
    }
    const z = normalQuantile(1 - alpha / 2);
    const p = k / n;
    const denom = 2 * (n + z * z);
    const centre = (2 * n * p + z * z) / denom;
    const delta = (z / denom) * Math.sqrt(4 * n * p * (1 - p) + z * z);
    return kind === 'max' ? centre + delta : centre - delta;
}
/** Smallest m ≥ 1 with ok(m), for ok monotone in m; null if none below SEARCH_LIMIT. */
function smallestMore(ok) {
    let high = 1;
    while (!ok(high)) {
        if (high >= SEARCH_LIMIT)
            return null;
        high *= 2;
    }
    let low = Math.floor(high / 2); // ok(low) is false, or low is 0
    while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (ok(mid))
            high = mid;
        else
            low = mid;
    }
    return high;
}
/** Rounded-count intervals scanned before settling for the (valid, larger) upper bound. */
const SCAN_LIMIT = 100_000;
/**
 * The smallest size N > n from which every size at the observed rate e/n demonstrates the
 * threshold, with the count at size N rounded to the unfavourable side (up for 'max',
 * down for 'min'). Over sizes where the rounded count stays the same, the bound only
 * worsens towards one end (the first size for 'max', the last for 'min'), so it is
 * enough to check that end of each such stretch.
 * 1. N*: from here on it holds for good, because the bound with one whole event more
 *    (or less) than the real projection, which no rounding exceeds, is already on the
 *    right side and keeps improving with size (bisection on that monotone condition).
 * 2. Below N*, the stretches are checked downwards until one fails; the answer is just
 *    above the largest failing size.
 */
function sizeForGoodAtSameRate(e, n, kind, meets) {
    const slack = kind === 'max' ? 1 : -1;
    const more = smallestMore((m) => {
        const size = n + m;
        const k = (e * size) / n + slack;
        return meets(k, size);
    });
    if (more === null)
        return null;
    const goodFrom = n + more;
    const count = (size) => (kind === 'max' ? Math.ceil((e * size) / n) : Math.floor((e * size) / n));
    // First size of the stretch with rounded count c.
    const stretchStart = (c) => (kind === 'max' ? Math.floor(((c - 1) * n) / e) + 1 : Math.ceil((c * n) / e));
    let top = goodFrom - 1;
    for (let scanned = 0; top > n && scanned < SCAN_LIMIT; scanned++) {
        const c = count(top);
        const start = Math.max(n + 1, e === 0 ? n + 1 : stretchStart(c));
        if (kind === 'min') {
            // The lower bound falls as the size grows at a fixed count: the top is the worst.
            if (!meets(c, top))
                return top + 1;
        }
        else if (!meets(c, start)) {
            // The upper bound falls as the size grows: find the last failing size.
            let lo = start; // fails
            let hi = top + 1; // holds (or is goodFrom)
            while (hi - lo > 1) {
                const mid = Math.floor((lo + hi) / 2);
                if (meets(c, mid))
                    hi = mid;
                else
                    lo = mid;
            }
            return hi;
        }
        top = start - 1;
    }
    return top <= n ? n + 1 : goodFrom;
}

;// CONCATENATED MODULE: ./.build/src/stats/index.js
/**
 * Statistics for factgate's metrics and drift tests. Pure functions, no I/O; each file
 * states its definition and the reference implementation it is checked against.
 */














;// CONCATENATED MODULE: ./.build/src/drift/explain.js
/** Plain-words formatting for drift findings: one line a reader can act on. */
/** Numbers are worded as in every other rendering (src/report/format.ts). */


/** At most `limit` ids, then how many more, so a comment stays readable. */
function idList(ids, limit = 5) {
    if (ids.length <= limit)
        return ids.join(', ');
    return `${ids.slice(0, limit).join(', ')} and ${(ids.length - limit).toLocaleString('en-US')} more`;
}
/** The minimum effect as an unsigned change in percentage points. */
function minEffectPoints(minEffect) {
    return (0,format/* points */.WR)(minEffect).replace(/^[+±]/, '');
}
/**
 * The closing words of a finding. `minEffect` is already worded in the finding's unit
 * ("2.0 pp", "2.0% slower").
 */
function verdictWords(direction, significant, alpha, minEffect, pValueKnown) {
    if (direction === 'none')
        return 'no change';
    if (significant)
        return `a significant ${direction}`;
    // One-sided tests look for regressions only; a measured gain is stated, never "significant".
    if (direction === 'improvement')
        return pValueKnown ? 'an improvement (only regressions are tested)' : 'an improvement';
    return pValueKnown
        ? `not significant at α = ${alpha} with a minimum effect of ${minEffect}`
        : `below the minimum effect of ${minEffect}`;
}

;// CONCATENATED MODULE: ./.build/src/drift/findings.js
/**
 * Builders for each kind of drift finding. A test finding starts as a draft with its
 * test, statistic, one-sided p-value (the direction of a regression is fixed in advance),
 * effect (head minus baseline) with its interval and direction; `settle` then decides
 * it, once the gating tests have been corrected together (correction.ts): significant
 * when it is a regression, its p-value (adjusted, for gating findings) is ≤ α and
 * |effect| ≥ the minimum effect, both set by the policy.
 */



function directionOf(effect, polarity) {
    if (effect === 0 || Number.isNaN(effect))
        return 'none';
    const worse = polarity === 'higher-is-worse' ? effect > 0 : effect < 0;
    return worse ? 'regression' : 'improvement';
}
function isSignificant(direction, p, effect, t) {
    return direction === 'regression' && p !== null && p <= t.alpha && Math.abs(effect) >= t.minEffect;
}
/** The decided finding; `adjusted` and `correction` are given for corrected (gating) findings. */
function settle(draft, t, adjusted = null, correction = null) {
    const { finding } = draft;
    const p = adjusted ?? finding.pValue;
    const significant = draft.practical && isSignificant(finding.direction, p, finding.effect ?? 0, t);
    const pWords = adjusted === null ? (0,format/* pValue */.sp)(finding.pValue) : `${(0,format/* pValue */.sp)(finding.pValue)}, adjusted ${(0,format/* pValue */.sp)(adjusted)} after ${correction}`;
    const role = draft.role === 'descriptive' ? ', descriptive' : '';
    return {
        ...finding,
        adjustedPValue: adjusted,
        role: draft.role,
        correction,
        significant,
        explanation: `${draft.text}; ${draft.testWords} ${pWords}${role}: ${verdictWords(finding.direction, significant, t.alpha, draft.minEffectWords, true)}.`,
    };
}
/**
 * Paired yes/no outcomes (per-case hallucination flags) → McNemar's exact test.
 * Effect: the change in the share of "yes", (becameYes − becameNo)/pairs. Its interval
 * conditions on the discordant pairs: the Wilson interval of becameYes/(discordant),
 * mapped to (discordant/pairs)·(2·share − 1).
 */
function pairedFinding(metric, label, flags, t) {
    const up = flags.becameYes.length;
    const down = flags.becameNo.length;
    const discordant = up + down;
    const { pValue: p } = mcnemarExactCounts(up, down, 'greater');
    const effect = flags.pairs === 0 ? 0 : (up - down) / flags.pairs;
    const share = wilsonInterval(up, discordant, t.confidence);
    const scale = flags.pairs === 0 ? 0 : discordant / flags.pairs;
    const effectCi = discordant === 0 ? { lower: 0, upper: 0 } : { lower: scale * (2 * share.lower - 1), upper: scale * (2 * share.upper - 1) };
    const direction = directionOf(effect, 'higher-is-worse');
    const started = up === 0 ? `no case started ${label}` : `${(0,format/* count */.U9)(up)} case${up === 1 ? '' : 's'} started ${label} (${idList(flags.becameYes)})`;
    const stopped = down === 0 ? `none stopped` : `${(0,format/* count */.U9)(down)} stopped (${idList(flags.becameNo)})`;
    return {
        finding: { test: 'mcnemar', metric, scope: 'overall', statistic: up, pValue: p, effect, effectCi, direction },
        role: 'gating',
        text: `Paired over ${(0,format/* count */.U9)(flags.pairs)} unchanged cases: ${started} and ${stopped}, ${(0,format/* points */.WR)(effect)} (${ciWords(effectCi, t.confidence)})`,
        testWords: 'McNemar exact, one-sided',
        minEffectWords: minEffectPoints(t.minEffect),
        practical: true,
    };
}
/** Two independent rates (head vs baseline) → z-test where valid, Fisher otherwise, one-sided. */
function rateFinding(metric, label, scope, head, baseline, polarity, t) {
    // A regression is a higher rate for higher-is-worse metrics and a lower one otherwise.
    const alternative = polarity === 'higher-is-worse' ? 'greater' : 'less';
    const comparison = compareProportions({ successes: head.events, n: head.n }, { successes: baseline.events, n: baseline.n }, t.confidence, alternative);
    const effect = comparison.difference;
    const where = scope === 'overall' ? '' : ` in category "${scope}"`;
    const testName = comparison.test === 'z' ? 'two-proportion z-test' : 'Fisher exact';
    return {
        finding: {
            test: comparison.test === 'z' ? 'z-test' : 'fisher',
            metric,
            scope,
            statistic: comparison.statistic,
            pValue: comparison.pValue,
            effect,
            effectCi: comparison.interval,
            direction: directionOf(effect, polarity),
        },
        role: 'gating',
        text: `${label}${where} went from ${(0,format/* percent */.KN)(baseline.events / baseline.n)} (${(0,format/* count */.U9)(baseline.events)}/${(0,format/* count */.U9)(baseline.n)}) to ` +
            `${(0,format/* percent */.KN)(head.events / head.n)} (${(0,format/* count */.U9)(head.events)}/${(0,format/* count */.U9)(head.n)}), ${(0,format/* points */.WR)(effect)} (${ciWords(comparison.interval, t.confidence)})`,
        testWords: `${testName}, one-sided`,
        minEffectWords: minEffectPoints(t.minEffect),
        practical: true,
    };
}
/**
 * Two distributions of judge scores → one-sided two-sample Kolmogorov–Smirnov (are the
 * head's scores lower?). Effect: the change in mean score (higher = more confidently
 * supported); KS gives no interval for it. Gating only when the policy says so.
 */
function scoreDistributionFinding(head, baseline, t, role) {
    const ks = ksTwoSample(head, baseline, 'greater');
    const effect = mean(head) - mean(baseline);
    return {
        finding: { test: 'ks', metric: 'judgeScore', scope: 'overall', statistic: ks.statistic, pValue: ks.pValue, effect, effectCi: null, direction: directionOf(effect, 'higher-is-better') },
        role,
        text: `Judge scores (${baseline.length} → ${head.length} claims): mean ${mean(baseline).toFixed(3)} → ${mean(head).toFixed(3)}, ` +
            `largest excess of the head's score distribution over the baseline's D⁺ = ${ks.statistic.toFixed(3)}`,
        testWords: `KS (${ks.method}, one-sided: lower scores)`,
        minEffectWords: `${t.minEffect} in mean score`,
        practical: true,
    };
}
/**
 * Population Stability Index of judge scores. A descriptive distance with no p-value,
 * so it is never "significant"; its conventional level is stated instead.
 */
function scoreStabilityFinding(head, baseline) {
    const psi = populationStabilityIndex(baseline, head);
    const shift = mean(head) - mean(baseline);
    const direction = psi.level === 'stable' ? 'none' : directionOf(shift, 'higher-is-better');
    return {
        test: 'psi',
        metric: 'judgeScore',
        scope: 'overall',
        statistic: psi.psi,
        pValue: null,
        adjustedPValue: null,
        role: 'descriptive',
        correction: null,
        effect: psi.psi,
        effectCi: null,
        direction,
        significant: false,
        explanation: `Judge-score stability index PSI = ${psi.psi.toFixed(3)} over ${psi.bins.length} baseline-quantile bins: ` +
            `${psi.level === 'stable' ? 'stable (< 0.1)' : psi.level === 'moderate' ? 'a moderate shift (0.1–0.25)' : 'a major shift (> 0.25)'}; descriptive, no p-value.`,
    };
}
/**
 * A deterministic measurement (line coverage of the whole code base): not a sample, so
 * there is no p-value; the change is real and significant when it reaches the minimum
 * effect.
 */
function deltaFinding(metric, label, head, baseline, polarity, t, judged = true, note = '') {
    const effect = head - baseline;
    const direction = directionOf(effect, polarity);
    const significant = judged && direction === 'regression' && Math.abs(effect) >= t.minEffect;
    const words = judged ? verdictWords(direction, significant, t.alpha, minEffectPoints(t.minEffect), false) : 'shown for context';
    return {
        test: 'delta',
        metric,
        scope: 'overall',
        statistic: null,
        pValue: null,
        adjustedPValue: null,
        role: judged ? 'gating' : 'descriptive',
        correction: null,
        effect,
        effectCi: null,
        direction,
        significant,
        explanation: `${label} went from ${(0,format/* percent */.KN)(baseline)} to ${(0,format/* percent */.KN)(head)}, ${(0,format/* points */.WR)(effect)}${note}: ${words}.`,
    };
}
/**
 * Latency jitters between runs even when nothing changed (a 1 ms to 1.4 ms p95 is noise that
 * KS sees as "significant" over thousands of cases), so a latency finding also needs a
 * change of practical size: at least 50 ms and at least 10 % in p95.
 */
const LATENCY_MIN_CHANGE_MS = 50;
const LATENCY_MIN_RELATIVE_CHANGE = 0.1;
/**
 * Per-case latencies → one-sided KS on the distributions (is the head slower?); effect is
 * the relative change of the p95 (0.2 = 20 % slower), compared with the minimum effect and
 * the practical floor above. Gating only when the policy says so.
 */
function latencyFinding(head, baseline, p95, t, role) {
    // Slower head: its CDF lies below the baseline's, SciPy's alternative 'less'.
    const ks = ksTwoSample(head, baseline, 'less');
    const before = p95(baseline);
    const after = p95(head);
    const effect = before === 0 ? (after === 0 ? 0 : Infinity) : after / before - 1;
    return {
        finding: { test: 'ks', metric: 'latencyP95Ms', scope: 'overall', statistic: ks.statistic, pValue: ks.pValue, effect, effectCi: null, direction: directionOf(effect, 'higher-is-worse') },
        role,
        text: `Latency p95 went from ${Math.round(before)} ms to ${Math.round(after)} ms (${effect >= 0 ? '+' : '−'}${Math.abs(effect * 100).toFixed(1)}%)`,
        testWords: 'KS on per-case latencies, one-sided: slower',
        minEffectWords: `a change in p95 of ${LATENCY_MIN_CHANGE_MS} ms and ${Math.max(LATENCY_MIN_RELATIVE_CHANGE, t.minEffect) * 100}%`,
        practical: Math.abs(after - before) >= LATENCY_MIN_CHANGE_MS && Math.abs(effect) >= LATENCY_MIN_RELATIVE_CHANGE,
    };
}
function ciWords(interval, confidence) {
    return (0,format/* pointsInterval */.Jb)(interval, confidence);
}
function mean(values) {
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}

;// CONCATENATED MODULE: ./.build/src/drift/correction.js


/** Which headline metric each refinement belongs under. */
const PARENT = {
    caseHallucinationRate: 'hallucinationRate',
};
function parentOf(draft) {
    const { metric, scope } = draft.finding;
    if (scope !== 'overall')
        return metric;
    return PARENT[metric] ?? null;
}
function correctAndSettle(drafts, t) {
    const gating = drafts.filter((d) => d.role === 'gating');
    const headlineMetrics = new Set(gating.filter((d) => parentOf(d) === null).map((d) => d.finding.metric));
    const isHeadline = (d) => {
        const parent = parentOf(d);
        return parent === null || !headlineMetrics.has(parent);
    };
    const headline = gating.filter(isHeadline);
    const headlineAdjusted = new Map();
    const holmAdjusted = holm(headline.map((d) => d.finding.pValue));
    headline.forEach((d, i) => headlineAdjusted.set(d, holmAdjusted[i]));
    const headlineWords = `Holm over ${headline.length} headline test${headline.length === 1 ? '' : 's'}`;
    const refinementAdjusted = new Map();
    for (const metric of headlineMetrics) {
        const parent = headline.find((d) => d.finding.metric === metric && d.finding.scope === 'overall');
        const group = gating.filter((d) => !isHeadline(d) && parentOf(d) === metric);
        if (group.length === 0)
            continue;
        const bh = benjaminiHochberg(group.map((d) => d.finding.pValue));
        const floor = headlineAdjusted.get(parent);
        const words = `Benjamini–Hochberg over ${group.length} refinement${group.length === 1 ? '' : 's'} of ${parent.finding.metric}, not below its Holm-adjusted p`;
        group.forEach((d, i) => refinementAdjusted.set(d, { adjusted: Math.max(floor, bh[i]), words }));
    }
    return drafts.map((d) => {
        if (d.role === 'descriptive')
            return settle(d, t);
        const refinement = refinementAdjusted.get(d);
        if (refinement)
            return settle(d, t, refinement.adjusted, refinement.words);
        return settle(d, t, headlineAdjusted.get(d), headlineWords);
    });
}

;// CONCATENATED MODULE: ./.build/src/drift/match-cases.js
function matchCases(head, baseline) {
    const baselineById = new Map(baseline.cases.map((c) => [c.id, c]));
    const headIds = new Set(head.cases.map((c) => c.id));
    const match = { pairs: [], added: [], removed: [], changed: [] };
    for (const headCase of head.cases) {
        const baselineCase = baselineById.get(headCase.id);
        if (!baselineCase)
            match.added.push(headCase.id);
        else if (baselineCase.contentHash !== headCase.contentHash)
            match.changed.push(headCase.id);
        else
            match.pairs.push({ head: headCase, baseline: baselineCase });
    }
    for (const baselineCase of baseline.cases) {
        if (!headIds.has(baselineCase.id))
            match.removed.push(baselineCase.id);
    }
    return match;
}
/** Statuses whose claims were judged; errored, missing and skipped cases have none. */
function wasEvaluated(c) {
    return c.status === 'answered' || c.status === 'abstained';
}
function failedToAnswer(c) {
    return c.status === 'error' || c.status === 'missing';
}

;// CONCATENATED MODULE: ./.build/src/drift/compute-drift.js
/**
 * Drift tests of a head run against a baseline run. Pure: takes two reports, returns
 * the report's drift section. It never decides pass or fail; the policy reads the
 * findings' `significant` and `direction`.
 *
 * Only cases present in both runs with unchanged content are compared. Every test is
 * one-sided in the direction of a regression, fixed in advance. Tests:
 * - per-case hallucination flags, paired → McNemar exact;
 * - claim hallucination rate, citation coverage, case error rate → z-test where valid,
 *   Fisher otherwise; the two claim rates also per category;
 * - faithfulness, context recall and context precision (when both runs retrieved) → the same;
 * - judge-score distributions → Kolmogorov–Smirnov and PSI;
 * - line coverage (and, for context, patch coverage) deltas; latency p95 via KS.
 * The tests that can fail the gate are corrected together (correction.ts); judge-score
 * and latency KS are descriptive unless the options make them gating.
 */





/** The drift options a policy sets: α, the minimum effect, and which KS tests gate. */
function driftOptions(policy) {
    return { alpha: policy.alpha, minEffect: policy.minEffect, judgeScoreGates: policy.judgeScoreDrift === 'fail', latencyGates: policy.latencyDrift === 'fail' };
}
function computeDrift(head, baseline, options) {
    checkOptions(options);
    const t = { alpha: options.alpha, minEffect: options.minEffect, confidence: options.confidence ?? 0.95 };
    const roles = { judgeScore: options.judgeScoreGates ? 'gating' : 'descriptive', latency: options.latencyGates ? 'gating' : 'descriptive' };
    const match = matchCases(head, baseline);
    const drift = {
        status: 'compared',
        reason: null,
        baseline: { file: options.baselineFile, gitSha: baseline.run.gitSha, createdAt: baseline.run.finishedAt, figures: figuresOf(baseline) },
        cases: { compared: match.pairs.length, added: match.added, removed: match.removed, changed: match.changed },
        findings: [],
    };
    const incomparable = notComparableReason(head, baseline);
    if (incomparable)
        return { ...drift, status: 'not-comparable', reason: incomparable, cases: { ...drift.cases, compared: 0 } };
    if (match.pairs.length === 0) {
        return { ...drift, status: 'skipped', reason: 'no case is in both runs with unchanged content, so there is nothing to compare' };
    }
    const claims = claimFindings(match.pairs, t, roles.judgeScore);
    const tests = correctAndSettle([...caseFindings(match.pairs, t), ...claims.drafts, ...retrievalFindings(match.pairs, t), ...latencyFindings(match.pairs, t, roles.latency)], t);
    drift.findings = [...tests, ...claims.stability, ...coverageFindings(head, baseline, t)];
    return drift;
}
/** The baseline's figures kept in the head report, for renderings that have only the head report (the fork-safe comment). */
function figuresOf(baseline) {
    const c = baseline.coverage;
    const totals = (t) => ({ covered: t.covered, total: t.total, rate: t.rate });
    return {
        metrics: baseline.metrics,
        categories: baseline.categories,
        coverage: c ? { lines: totals(c.lines), branches: totals(c.branches), patch: c.patch ? totals(c.patch) : null } : null,
    };
}
/** The drift section for the other outcomes of looking for a baseline. */
function compareWithBaseline(head, baseline, options) {
    if (baseline === null)
        return skippedDrift(options.noBaselineReason ?? 'no baseline report (first run, or none was configured)');
    if (baseline.status === 'not-comparable') {
        return {
            status: 'not-comparable',
            reason: baseline.reason,
            baseline: { file: baseline.file, gitSha: baseline.gitSha, createdAt: baseline.createdAt },
            cases: { compared: 0, added: [], removed: [], changed: [] },
            findings: [],
        };
    }
    return computeDrift(head, baseline.report, { ...options, baselineFile: baseline.file });
}
function skippedDrift(reason) {
    return { status: 'skipped', reason, baseline: null, cases: { compared: 0, added: [], removed: [], changed: [] }, findings: [] };
}
function caseFindings(pairs, t) {
    const judged = pairs.filter((p) => wasEvaluated(p.head) && wasEvaluated(p.baseline));
    const becameYes = judged.filter((p) => p.head.hallucinated && !p.baseline.hallucinated).map((p) => p.head.id);
    const becameNo = judged.filter((p) => !p.head.hallucinated && p.baseline.hallucinated).map((p) => p.head.id);
    const findings = [pairedFinding('caseHallucinationRate', 'hallucinating', { becameYes, becameNo, pairs: judged.length }, t)];
    const errors = (side) => ({ events: pairs.filter((p) => failedToAnswer(p[side])).length, n: pairs.length });
    const headErrors = errors('head');
    const baselineErrors = errors('baseline');
    // No errors on either side: nothing to test, and a line saying so is noise.
    if (headErrors.events + baselineErrors.events > 0) {
        findings.push(rateFinding('errorRate', 'Error rate (cases without an answer)', 'overall', headErrors, baselineErrors, 'higher-is-worse', t));
    }
    return findings;
}
function countClaims(cases) {
    const counts = { claims: 0, hallucinated: 0, covered: 0 };
    for (const c of cases) {
        if (!wasEvaluated(c))
            continue;
        for (const claim of c.claims) {
            counts.claims++;
            if (claim.hallucinated)
                counts.hallucinated++;
            if (claim.citationCovered)
                counts.covered++;
        }
    }
    return counts;
}
const CLAIM_METRICS = [
    { metric: 'hallucinationRate', label: 'Claim hallucination rate', events: (c) => c.hallucinated, polarity: 'higher-is-worse' },
    { metric: 'citationCoverage', label: 'Citation coverage', events: (c) => c.covered, polarity: 'higher-is-better' },
];
function claimFindings(pairs, t, scoreRole) {
    const drafts = [];
    const stability = [];
    const head = countClaims(pairs.map((p) => p.head));
    const baseline = countClaims(pairs.map((p) => p.baseline));
    if (head.claims > 0 && baseline.claims > 0) {
        for (const m of CLAIM_METRICS) {
            drafts.push(rateFinding(m.metric, m.label, 'overall', { events: m.events(head), n: head.claims }, { events: m.events(baseline), n: baseline.claims }, m.polarity, t));
        }
    }
    drafts.push(...categoryFindings(pairs, t));
    const scores = (side) => pairs.filter((p) => wasEvaluated(p[side])).flatMap((p) => p[side].claims.map((c) => c.score)).filter(Number.isFinite);
    const headScores = scores('head');
    const baselineScores = scores('baseline');
    if (headScores.length > 0 && baselineScores.length > 0) {
        drafts.push(scoreDistributionFinding(headScores, baselineScores, t, scoreRole));
        stability.push(scoreStabilityFinding(headScores, baselineScores));
    }
    return { drafts, stability };
}
/**
 * The claim rates per category, to say where a change is; they are corrected with the
 * overall rate they refine (correction.ts). A single category would only repeat the
 * overall test, so it is skipped.
 */
function categoryFindings(pairs, t) {
    const byCategory = new Map();
    for (const pair of pairs) {
        const list = byCategory.get(pair.head.category) ?? [];
        list.push(pair);
        byCategory.set(pair.head.category, list);
    }
    if (byCategory.size < 2)
        return [];
    const groups = [...byCategory.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([category, list]) => ({ category, head: countClaims(list.map((p) => p.head)), baseline: countClaims(list.map((p) => p.baseline)) }))
        .filter((g) => g.head.claims > 0 && g.baseline.claims > 0);
    return CLAIM_METRICS.flatMap((m) => groups.map((g) => rateFinding(m.metric, m.label, g.category, { events: m.events(g.head), n: g.head.claims }, { events: m.events(g.baseline), n: g.baseline.claims }, m.polarity, t)));
}
/** Retrieval counts of evaluated cases: faithful claims, recalled items, useful passages. */
function countRetrieval(cases) {
    const counts = { faithfulness: { events: 0, n: 0 }, contextRecall: { events: 0, n: 0 }, contextPrecision: { events: 0, n: 0 } };
    for (const c of cases) {
        if (!wasEvaluated(c) || c.retrieval === null)
            continue;
        for (const claim of c.claims) {
            if (claim.contextsVerdict === null)
                continue;
            counts.faithfulness.n++;
            if (claim.contextsVerdict === 'supported')
                counts.faithfulness.events++;
        }
        for (const item of c.retrieval.recall?.items ?? []) {
            counts.contextRecall.n++;
            if (item.found)
                counts.contextRecall.events++;
        }
        for (const context of c.retrieval.contexts) {
            counts.contextPrecision.n++;
            if (context.useful)
                counts.contextPrecision.events++;
        }
    }
    return counts;
}
const RETRIEVAL_METRICS = [
    { metric: 'faithfulness', label: 'Faithfulness to the retrieved contexts' },
    { metric: 'contextRecall', label: 'Context recall' },
    { metric: 'contextPrecision', label: 'Context precision' },
];
/** What the app retrieved, over the unchanged cases both runs retrieved for: headline tests, lower is worse. */
function retrievalFindings(pairs, t) {
    const head = countRetrieval(pairs.map((p) => p.head));
    const baseline = countRetrieval(pairs.map((p) => p.baseline));
    return RETRIEVAL_METRICS.filter((m) => head[m.metric].n > 0 && baseline[m.metric].n > 0).map((m) => rateFinding(m.metric, m.label, 'overall', head[m.metric], baseline[m.metric], 'higher-is-better', t));
}
function coverageFindings(head, baseline, t) {
    const findings = [];
    const h = head.coverage;
    const b = baseline.coverage;
    if (h?.lines.rate != null && b?.lines.rate != null) {
        findings.push(deltaFinding('lineCoverage', 'Line coverage', h.lines.rate, b.lines.rate, 'higher-is-better', t));
    }
    if (h?.patch?.rate != null && b?.patch?.rate != null) {
        findings.push(deltaFinding('patchCoverage', 'Patch coverage', h.patch.rate, b.patch.rate, 'higher-is-better', t, false, ' (each run measures its own diff)'));
    }
    return findings;
}
function latencyFindings(pairs, t, role) {
    const latencies = (side) => pairs.map((p) => p[side].latencyMs).filter((ms) => ms !== null && Number.isFinite(ms));
    const head = latencies('head');
    const baseline = latencies('baseline');
    if (head.length === 0 || baseline.length === 0)
        return [];
    // The same percentile definition as the report's latency summary.
    const p95 = (values) => (0,simple_statistics/* quantileSorted */.Z4)([...values].sort((a, b) => a - b), 0.95);
    return [latencyFinding(head, baseline, p95, t, role)];
}
function checkOptions(options) {
    if (!(options.alpha > 0 && options.alpha < 1))
        throw new RangeError(`alpha must be between 0 and 1, got ${options.alpha}`);
    if (!(options.minEffect >= 0))
        throw new RangeError(`minEffect must be ≥ 0, got ${options.minEffect}`);
}

// EXTERNAL MODULE: ./.build/src/report/types.js
var types = __webpack_require__(99927);
// EXTERNAL MODULE: ./.build/src/shared/files.js
var files = __webpack_require__(88358);
;// CONCATENATED MODULE: ./.build/src/drift/load-baseline.js
/**
 * Reading the baseline report. A file that is missing, unreadable, not JSON or not a
 * factgate report is a user mistake (ConfigurationError naming the file and the fix);
 * a genuine factgate report from another schema version is not an error but "not
 * comparable", which the drift section reports instead of comparing.
 */



/** Reports carry every claim of every case; this bounds what a baseline may weigh. */
const MAX_BASELINE_BYTES = 256 * files/* MiB */.lv;
async function loadBaselineReport(path, displayPath = path) {
    const text = await (0,files/* readTextFile */.Gu)(path, MAX_BASELINE_BYTES, 'baseline report', displayPath);
    return await parseBaselineReport(text, displayPath);
}
/** The same checks on text already in hand (e.g. from a downloaded artifact). */
async function parseBaselineReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the baseline report is not valid JSON (${error.message})`, {
            file,
            fix: 'point to the JSON written by factgate run --report-json',
        });
    }
    const document = value;
    if (document === null || typeof document !== 'object' || Array.isArray(document) || document.tool?.name !== 'factgate') {
        throw new errors/* ConfigurationError */.j1('the baseline is not a factgate report (no tool.name "factgate")', {
            file,
            place: '/tool/name',
            fix: 'point to the JSON written by factgate run --report-json',
        });
    }
    if (document.schemaVersion !== types/* REPORT_SCHEMA_VERSION */.W) {
        return {
            status: 'not-comparable',
            file,
            reason: `the baseline report has schema version ${JSON.stringify(document.schemaVersion)} and this run writes ${types/* REPORT_SCHEMA_VERSION */.W}; regenerate the baseline with this factgate version`,
            gitSha: typeof document.run?.gitSha === 'string' ? document.run.gitSha : null,
            createdAt: typeof document.run?.finishedAt === 'string' ? document.run.finishedAt : null,
        };
    }
    // Loaded here, not up front: a run without a baseline never loads the report validator.
    const { validateReport } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3380));
    return { status: 'loaded', file, report: validateReport(value, file) };
}

;// CONCATENATED MODULE: ./.build/src/policy/keys.js
/**
 * The factgate.yml / action-input spelling of every threshold, the one place the
 * kebab-case names are declared. `kind` says how a value is written and shown.
 */
const THRESHOLD_KEYS = {
    maxHallucinationRate: { key: 'max-hallucination-rate', kind: 'rate', label: 'Hallucination rate', bound: 'max' },
    maxCaseHallucinationRate: {
        key: 'max-case-hallucination-rate',
        kind: 'rate',
        label: 'Cases with a hallucination',
        bound: 'max',
    },
    minCitationCoverage: { key: 'min-citation-coverage', kind: 'rate', label: 'Citation coverage', bound: 'min' },
    minCitationPrecision: { key: 'min-citation-precision', kind: 'rate', label: 'Citation precision', bound: 'min' },
    minFactRecall: { key: 'min-fact-recall', kind: 'rate', label: 'Expected-fact recall', bound: 'min' },
    minFaithfulness: { key: 'min-faithfulness', kind: 'rate', label: 'Faithfulness to the contexts', bound: 'min' },
    minContextRecall: { key: 'min-context-recall', kind: 'rate', label: 'Context recall', bound: 'min' },
    minContextPrecision: { key: 'min-context-precision', kind: 'rate', label: 'Context precision', bound: 'min' },
    maxUndeterminedRate: { key: 'max-undetermined-rate', kind: 'rate', label: 'Undetermined claims', bound: 'max' },
    maxErrorRate: { key: 'max-error-rate', kind: 'rate', label: 'Error rate', bound: 'max' },
    maxLatencyP95Ms: { key: 'max-latency-p95-ms', kind: 'ms', label: 'Latency p95', bound: 'max' },
    minLineCoverage: { key: 'min-line-coverage', kind: 'rate', label: 'Line coverage', bound: 'min' },
    minBranchCoverage: { key: 'min-branch-coverage', kind: 'rate', label: 'Branch coverage', bound: 'min' },
    minPatchCoverage: { key: 'min-patch-coverage', kind: 'rate', label: 'Patch coverage', bound: 'min' },
    maxLineCoverageDrop: { key: 'max-line-coverage-drop', kind: 'rate', label: 'Line coverage drop', bound: 'max' },
};
/**
 * What each of the policy's other options may be in factgate.yml, as a JSON Schema
 * fragment: schemas/config.schema.json is generated from these and THRESHOLD_KEYS.
 */
const OPTION_VALUES = {
    regression: { $ref: '#/definitions/action' },
    alpha: { type: 'number', exclusiveMinimum: 0, maximum: 0.5 },
    minEffect: { type: 'number', minimum: 0, maximum: 1 },
    missingResponses: { $ref: '#/definitions/action' },
    unknownResponses: { $ref: '#/definitions/action' },
    missingInputs: { $ref: '#/definitions/action' },
    judgeScoreDrift: { $ref: '#/definitions/action' },
    latencyDrift: { $ref: '#/definitions/action' },
    certification: { $ref: '#/definitions/action' },
    certificationBound: {
        type: 'string',
        enum: ['exact', 'wilson'],
        description: 'The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson.',
    },
    override: { type: 'string', enum: ['maintainer-approval', 'write-label', 'none'] },
    overrideLabel: { type: 'string', minLength: 1, maxLength: 50 },
};
/** The factgate.yml spelling of the policy's other options. */
const OPTION_KEYS = {
    regression: 'regression',
    alpha: 'alpha',
    minEffect: 'min-effect',
    missingResponses: 'missing-responses',
    unknownResponses: 'unknown-responses',
    missingInputs: 'missing-inputs',
    judgeScoreDrift: 'judge-score-drift',
    latencyDrift: 'latency-drift',
    certification: 'certification',
    certificationBound: 'certification-bound',
    override: 'override',
    overrideLabel: 'override-label',
};

;// CONCATENATED MODULE: ./.build/src/drift/certify-thresholds.js
/**
 * Can this golden set certify the policy? For every rate threshold on what the golden
 * set measures (hallucination, citation, fact recall, faithfulness, context recall and precision, undetermined and error rates),
 * checks whether the one-sided 95 % bound of the observed rate is on the right side of
 * the threshold (src/stats/certify.ts). A threshold the observed rate already breaches
 * is the policy's ordinary breach, not a question of size, so it is not listed here.
 * A rate with nothing to measure is left to the policy's own "not measured" handling.
 * Code-coverage thresholds are measurements, not samples, and need no certification.
 */



/** Which metric each sampled threshold reads, and what one observation is called. */
const SAMPLED = {
    maxHallucinationRate: { rate: (m) => m.hallucinationRate, unit: 'claims', event: 'hallucinated', good: 'with no hallucination' },
    maxCaseHallucinationRate: { rate: (m) => m.caseHallucinationRate, unit: 'cases', event: 'hallucinated', good: 'with no hallucination' },
    minCitationCoverage: { rate: (m) => m.citationCoverage, unit: 'claims', event: 'covered by their citations', good: 'all covered' },
    minCitationPrecision: { rate: (m) => m.citationPrecision, unit: 'citations', event: 'relevant', good: 'all relevant' },
    minFactRecall: { rate: (m) => m.factRecall, unit: 'expected facts', event: 'recalled', good: 'all recalled' },
    minFaithfulness: { rate: (m) => m.faithfulness, unit: 'claims', event: 'entailed by the contexts', good: 'all entailed' },
    minContextRecall: { rate: (m) => m.contextRecall, unit: 'relevant items', event: 'found in the contexts', good: 'all found' },
    minContextPrecision: { rate: (m) => m.contextPrecision, unit: 'retrieved passages', event: 'useful', good: 'all useful' },
    maxUndeterminedRate: { rate: (m) => m.undeterminedRate, unit: 'claims', event: 'undetermined', good: 'all determined' },
    maxErrorRate: { rate: (m) => m.errorRate, unit: 'cases', event: 'errored', good: 'with no error' },
};
function uncertifiedThresholds(metrics, thresholds, method = 'exact') {
    const result = [];
    for (const rule of Object.keys(SAMPLED)) {
        const threshold = thresholds[rule];
        // Thresholds of 0 or 1 can never be shown by a finite sample; they are plain checks.
        if (threshold === null || threshold <= 0 || threshold >= 1)
            continue;
        const { key, label, bound } = THRESHOLD_KEYS[rule];
        const spec = SAMPLED[rule];
        const rate = spec.rate(metrics);
        const kind = bound;
        // Nothing measured (e.g. no expected facts): the policy reports that on its own.
        if (rate.denominator === 0)
            continue;
        if (rate.value !== null && (kind === 'max' ? rate.value > threshold : rate.value < threshold))
            continue;
        const certification = certifyRate({ events: rate.numerator, n: rate.denominator, threshold, kind });
        const chosen = certification[method];
        if (chosen.demonstrated)
            continue;
        const other = certification[method === 'wilson' ? 'exact' : 'wilson'];
        const side = kind === 'max' ? 'upper' : 'lower';
        const more = chosen.moreIfAllGood === null
            ? 'no number of further observations would demonstrate it'
            : `${chosen.moreIfAllGood} more ${spec.unit} ${spec.good}` +
                (chosen.moreAtSameRate === null ? '' : `, or ${chosen.moreAtSameRate} more at the observed rate,`) +
                ' would demonstrate it';
        result.push({
            rule: key,
            certification,
            message: `${label} ${kind === 'max' ? '≤' : '≥'} ${(0,format/* percent */.KN)(threshold)} is not demonstrated at 95% confidence: ` +
                `${rate.numerator} of ${rate.denominator} ${spec.unit} ${spec.event}, one-sided 95% ${side} bound ${(0,format/* percent */.KN)(chosen.bound)} ` +
                `(${method === 'wilson' ? 'Wilson, not a true 95% bound near 0' : 'exact Clopper–Pearson'}; ${method === 'wilson' ? 'exact' : 'Wilson'} ${(0,format/* percent */.KN)(other.bound)}); ${more}.`,
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./.build/src/drift/index.js






// EXTERNAL MODULE: ./.build/src/evaluate/claims.js + 3 modules
var claims = __webpack_require__(15790);
// EXTERNAL MODULE: ./.build/src/evaluate/evaluate.js
var evaluate = __webpack_require__(95896);
// EXTERNAL MODULE: ./.build/src/pipeline/evaluation-pool.js + 1 modules
var evaluation_pool = __webpack_require__(80129);
;// CONCATENATED MODULE: ./.build/src/evaluate/metrics.js



/** A rate with its counts and Wilson 95 % interval; value and interval are null over nothing. */
function rate(numerator, denominator) {
    if (denominator === 0)
        return { value: null, numerator, denominator, ci: null };
    const { lower, upper } = wilsonInterval(numerator, denominator);
    return { value: numerator / denominator, numerator, denominator, ci: { lower, upper } };
}
function tally(cases) {
    const t = {
        cases: 0, evaluated: 0, hallucinatedCases: 0, claims: 0, hallucinated: 0, covered: 0, facts: 0,
        factsEntailed: 0, supported: 0, contradicted: 0, unsupported: 0, undetermined: 0, nonClaims: 0,
        citations: 0, relevantCitations: 0, fabricated: 0, answerable: 0, answered: 0, failed: 0,
        contextCases: 0, contextClaims: 0, faithful: 0, bothClaims: 0, sourceSupported: 0, ungrounded: 0, recallItems: 0,
        recallFound: 0, passages: 0, usefulPassages: 0, topPassages: 0, usefulTopPassages: 0, averagePrecisionSum: 0,
        averagePrecisionCases: 0,
    };
    for (const c of cases) {
        if (c.status === 'not-run')
            continue;
        t.cases++;
        if (c.status === 'missing' || c.status === 'error') {
            t.failed++;
            continue;
        }
        t.evaluated++;
        if (c.hallucinated)
            t.hallucinatedCases++;
        if (c.expect === 'answer') {
            t.answerable++;
            if (c.status === 'answered')
                t.answered++;
            t.facts += c.facts.length;
            t.factsEntailed += c.facts.filter((f) => f.entailed).length;
        }
        t.nonClaims += c.nonClaims.length;
        tallyRetrieval(t, c);
        for (const claim of c.claims) {
            t.claims++;
            t[claim.verdict]++;
            if (claim.hallucinated)
                t.hallucinated++;
            if (claim.citationCovered)
                t.covered++;
            if (claim.contextsVerdict !== null) {
                t.contextClaims++;
                if (claim.contextsVerdict === 'supported')
                    t.faithful++;
                if (claim.sourcesVerdict !== null) {
                    t.bothClaims++;
                    if (claim.sourcesVerdict === 'supported')
                        t.sourceSupported++;
                    if (claim.ungroundedButTrue)
                        t.ungrounded++;
                }
            }
            for (const check of claim.citationChecks) {
                t.citations++;
                if (check.relevant)
                    t.relevantCitations++;
                if (!check.known)
                    t.fabricated++;
            }
        }
    }
    return t;
}
/** Context recall and precision from each case's retrieval section. */
function tallyRetrieval(t, c) {
    const r = c.retrieval;
    if (r === null)
        return;
    t.contextCases++;
    for (const item of r.recall?.items ?? []) {
        t.recallItems++;
        if (item.found)
            t.recallFound++;
    }
    for (const context of r.contexts) {
        t.passages++;
        if (context.useful)
            t.usefulPassages++;
        if (context.rank <= retrieval/* CONTEXT_PRECISION_K */.DB) {
            t.topPassages++;
            if (context.useful)
                t.usefulTopPassages++;
        }
    }
    if (r.averagePrecision !== null) {
        t.averagePrecisionSum += r.averagePrecision;
        t.averagePrecisionCases++;
    }
}
/** The metrics of DESIGN.md, computed from case results only, so merged shards agree. */
function computeMetrics(cases) {
    const t = tally(cases);
    return {
        hallucinationRate: rate(t.hallucinated, t.claims),
        caseHallucinationRate: rate(t.hallucinatedCases, t.evaluated),
        citationCoverage: rate(t.covered, t.claims),
        citationPrecision: rate(t.relevantCitations, t.citations),
        factRecall: rate(t.factsEntailed, t.facts),
        undeterminedRate: rate(t.undetermined, t.claims),
        answerRate: rate(t.answered, t.answerable),
        errorRate: rate(t.failed, t.cases),
        fabricatedCitationRate: rate(t.fabricated, t.citations),
        faithfulness: rate(t.faithful, t.contextClaims),
        sourceSupport: rate(t.sourceSupported, t.bothClaims),
        ungroundedButTrueRate: rate(t.ungrounded, t.bothClaims),
        contextRecall: rate(t.recallFound, t.recallItems),
        contextPrecision: rate(t.usefulPassages, t.passages),
        contextPrecisionAtK: { ...rate(t.usefulTopPassages, t.topPassages), k: retrieval/* CONTEXT_PRECISION_K */.DB },
        meanAveragePrecision: {
            value: t.averagePrecisionCases === 0 ? null : t.averagePrecisionSum / t.averagePrecisionCases,
            cases: t.averagePrecisionCases,
        },
        latency: latencySummary(cases),
        counts: {
            cases: t.cases,
            claims: t.claims,
            supported: t.supported,
            contradicted: t.contradicted,
            unsupported: t.unsupported,
            undetermined: t.undetermined,
            nonClaims: t.nonClaims,
            citations: t.citations,
            fabricatedCitations: t.fabricated,
            contextCases: t.contextCases,
            contexts: t.passages,
        },
    };
}
function computeCategoryMetrics(cases) {
    const groups = new Map();
    for (const c of cases) {
        const list = groups.get(c.category) ?? [];
        list.push(c);
        groups.set(c.category, list);
    }
    return [...groups.keys()].sort().map((category) => {
        const t = tally(groups.get(category));
        return {
            category,
            cases: t.cases,
            hallucinationRate: rate(t.hallucinated, t.claims),
            caseHallucinationRate: rate(t.hallucinatedCases, t.evaluated),
            citationCoverage: rate(t.covered, t.claims),
            factRecall: rate(t.factsEntailed, t.facts),
            faithfulness: rate(t.faithful, t.contextClaims),
            contextRecall: rate(t.recallFound, t.recallItems),
            contextPrecision: rate(t.usefulPassages, t.passages),
        };
    });
}
/** Latency percentiles over responses that report one (simple-statistics' quantile definition). */
function latencySummary(cases) {
    const values = cases
        .map((c) => c.latencyMs)
        .filter((v) => v !== null && Number.isFinite(v))
        .sort((a, b) => a - b);
    if (values.length === 0)
        return null;
    return {
        count: values.length,
        p50: (0,simple_statistics/* quantileSorted */.Z4)(values, 0.5),
        p95: (0,simple_statistics/* quantileSorted */.Z4)(values, 0.95),
        p99: (0,simple_statistics/* quantileSorted */.Z4)(values, 0.99),
    };
}

;// CONCATENATED MODULE: ./.build/src/report/build-report.js



/** Hash of the settings that change results: shards and baselines must agree on it. */
function settingsHash(settings, policy) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([settings, policy])).digest('hex');
}
/** The run's cases and metrics as a report, before drift and the policy (pipeline/judge-report) rule on it. */
function assembleReport(input) {
    const partial = input.shard !== null || input.partialReason !== null;
    return {
        schemaVersion: types/* REPORT_SCHEMA_VERSION */.W,
        tool: { name: 'factgate', version: input.version },
        run: {
            startedAt: input.startedAt.toISOString(),
            finishedAt: input.finishedAt.toISOString(),
            durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
            gitSha: input.git.sha,
            ref: input.git.ref,
            runUrl: input.git.runUrl,
            shard: input.shard,
            partial,
            partialReason: input.partialReason ?? (input.shard ? `shard ${input.shard.index}/${input.shard.total}` : null),
        },
        goldenSet: { files: input.goldenSet.files, hash: input.goldenSet.hash, caseCount: input.goldenSet.caseCount },
        settings: { ...input.settings, settingsHash: settingsHash(input.settings, input.policy) },
        policy: input.policy,
        metrics: computeMetrics(input.cases),
        categories: computeCategoryMetrics(input.cases),
        cases: input.cases,
        responses: input.responses,
        coverage: input.coverage,
    };
}
function buildReport(input) {
    return { ...assembleReport(input), drift: input.drift, verdict: input.verdict };
}

// EXTERNAL MODULE: ./.build/src/responses/file.js
var file = __webpack_require__(94904);
;// CONCATENATED MODULE: ./.build/src/coverage/line-hits.js
/**
 * Hits per line number of one file. A report of 2 million lines fills 2 million entries,
 * and a `Map` costs several times the time and memory of an array indexed by line number
 * (line numbers of a file are small and dense). The array grows by doubling, but only while
 * the numbers stay near the count of lines held; a file with far-apart numbers (a
 * hand-made `number="999999999"`) switches to a `Map`, so memory stays bounded by the
 * number of lines either way. Iteration is in ascending line order for the array, in
 * insertion order for the `Map`.
 */
class LineHits {
    /** hits[line], or ABSENT for a line that is not listed. */
    dense = EMPTY;
    sparse;
    count = 0;
    /** Number of lines listed. */
    get size() {
        return this.count;
    }
    get(line) {
        if (this.sparse !== undefined)
            return this.sparse.get(line);
        const hits = this.dense[line];
        return hits === undefined || hits === ABSENT ? undefined : hits;
    }
    has(line) {
        return this.get(line) !== undefined;
    }
    set(line, hits) {
        this.put(line, hits, false);
    }
    /** Adds hits to a line (a line listed twice sums, like two runs). */
    add(line, hits) {
        this.put(line, hits, true);
    }
    /** How many listed lines have hits above zero. */
    coveredCount() {
        let covered = 0;
        if (this.sparse !== undefined) {
            for (const hits of this.sparse.values())
                if (hits > 0)
                    covered++;
            return covered;
        }
        const dense = this.dense;
        for (let line = 0; line < dense.length; line++)
            if (dense[line] > 0)
                covered++;
        return covered;
    }
    copy() {
        const copy = new LineHits();
        copy.count = this.count;
        if (this.sparse !== undefined) {
            copy.sparse = new Map(this.sparse);
            copy.dense = undefined;
        }
        else {
            copy.dense = this.dense.slice();
        }
        return copy;
    }
    *entries() {
        if (this.sparse !== undefined) {
            yield* this.sparse.entries();
            return;
        }
        const dense = this.dense;
        for (let line = 0; line < dense.length; line++) {
            const hits = dense[line];
            if (hits !== ABSENT)
                yield [line, hits];
        }
    }
    *keys() {
        for (const [line] of this.entries())
            yield line;
    }
    *values() {
        for (const [, hits] of this.entries())
            yield hits;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    put(line, hits, sum) {
        if (this.sparse !== undefined) {
            const previous = this.sparse.get(line);
            if (previous === undefined)
                this.count++;
            this.sparse.set(line, sum && previous !== undefined ? previous + hits : hits);
            return;
        }
        let dense = this.dense;
        if (!(line < dense.length)) {
            if (!Number.isSafeInteger(line) || line < 0 || line > 2 * this.count + MAX_GAP) {
                this.toSparse();
                return this.put(line, hits, sum);
            }
            const grown = new Float64Array(Math.max(line + 1, dense.length * 2, 16)).fill(ABSENT);
            grown.set(dense);
            this.dense = dense = grown;
        }
        const previous = dense[line];
        if (previous === ABSENT) {
            this.count++;
            dense[line] = hits;
        }
        else {
            dense[line] = sum ? previous + hits : hits;
        }
    }
    toSparse() {
        this.sparse = new Map(this.entries());
        this.dense = undefined;
    }
}
/** Hits are never negative, so -1 marks a line that is not listed. */
const ABSENT = -1;
/** How far past twice the lines held a new line number may lie and still grow the array. */
const MAX_GAP = 4096;
const EMPTY = new Float64Array(0);

;// CONCATENATED MODULE: ./.build/src/coverage/branches.js
/**
 * Records one LCOV branch outcome under its identity (block and branch within the line).
 * geninfo writes a source file once for every object that compiles it, so the same branch
 * comes again: it is one branch, taken when any record took it, as `lcov -a` counts it.
 */
function addIdentifiedBranch(file, line, id, taken) {
    const outcomes = (file.branchOutcomes ??= new Map());
    let byId = outcomes.get(line);
    if (byId === undefined) {
        byId = new Map();
        outcomes.set(line, byId);
    }
    const counts = file.branches.get(line) ?? { covered: 0, total: 0 };
    const before = byId.get(id);
    if (before === undefined) {
        byId.set(id, taken);
        file.branches.set(line, { covered: counts.covered + (taken ? 1 : 0), total: counts.total + 1 });
    }
    else if (taken && !before) {
        byId.set(id, true);
        file.branches.set(line, { covered: counts.covered + 1, total: counts.total });
    }
}
/**
 * Adds `source`'s branches of one line into `target` (which the caller owns). Branches
 * known by identity on both sides are united; otherwise only counts are known, and
 * `combineBranchCounts` keeps a lower bound.
 */
function mergeLineBranches(target, source, line, counts) {
    const existing = target.branches.get(line);
    if (existing === undefined) {
        target.branches.set(line, counts);
        const ids = source.branchOutcomes?.get(line);
        if (ids !== undefined)
            (target.branchOutcomes ??= new Map()).set(line, new Map(ids));
        return;
    }
    const mine = target.branchOutcomes?.get(line);
    const theirs = source.branchOutcomes?.get(line);
    if (mine !== undefined && theirs !== undefined) {
        for (const [id, taken] of theirs)
            addIdentifiedBranch(target, line, id, taken);
        return;
    }
    // One side has only counts: the identities no longer describe the line.
    target.branchOutcomes?.delete(line);
    target.branches.set(line, combineBranchCounts(existing, counts));
}
/** A copy of a file's branch identities that can change without touching the original. */
function copyBranchOutcomes(file) {
    if (file.branchOutcomes === undefined)
        return undefined;
    return new Map([...file.branchOutcomes].map(([line, ids]) => [line, new Map(ids)]));
}
/**
 * Two summaries of the same line's branches. Cobertura, JaCoCo and Clover give only
 * covered/total per line, not which branches, so the union cannot be known: keep the larger
 * total and the larger covered count (a lower bound on the truth, never above the total).
 */
function combineBranchCounts(a, b) {
    const total = Math.max(a.total, b.total);
    return { covered: Math.min(total, Math.max(a.covered, b.covered)), total };
}

;// CONCATENATED MODULE: ./.build/src/coverage/collector.js


/** Accumulates lines and branches per file while a report is read. */
class CoverageCollector {
    fileName;
    format;
    files = new Map();
    sourceRoots = [];
    warnings = [];
    declared = {};
    producer;
    constructor(fileName, format) {
        this.fileName = fileName;
        this.format = format;
    }
    file(rawPath) {
        const path = normaliseReportPath(rawPath);
        let file = this.files.get(path);
        if (file === undefined) {
            file = { path, lines: new LineHits(), branches: new Map() };
            this.files.set(path, file);
        }
        return file;
    }
    /** Same line twice (classes sharing a file, repeated records) sums, like separate runs. */
    addLine(file, line, hits) {
        file.lines.add(line, hits);
    }
    /** One branch outcome of a line, by its identity (LCOV lists each branch on its own record). */
    addBranch(file, line, id, taken) {
        addIdentifiedBranch(file, line, id, taken);
    }
    /** A line's branch summary; a line listed again (classes sharing a file) keeps the larger. */
    setBranches(file, line, counts) {
        const existing = file.branches.get(line);
        file.branches.set(line, existing === undefined ? counts : combineBranchCounts(existing, counts));
    }
    warn(message) {
        this.warnings.push(`${this.fileName}: ${message}`);
    }
    finish() {
        const report = {
            file: this.fileName,
            format: this.format,
            files: this.files,
            sourceRoots: this.sourceRoots,
            declared: this.declared,
            warnings: this.warnings,
        };
        if (this.producer !== undefined)
            report.producer = this.producer;
        return report;
    }
}
/** Forward slashes, no "./" prefix, no trailing spaces: paths as later compared to a diff. */
function normaliseReportPath(rawPath) {
    let path = rawPath.trim().replace(/\\/g, '/');
    while (path.startsWith('./'))
        path = path.slice(2);
    return path.replace(/\/{2,}/g, '/');
}

;// CONCATENATED MODULE: ./.build/src/coverage/numbers.js

// Decimal only: no hex ("0x1"), no leading zeros ("006"), no sign, optional exponent
// because Python writes small floats as "1e-05".
const RATE_RE = /^(?:0|[1-9][0-9]*)?(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
/** A non-negative integer written in plain decimal (a hit count, a line number). */
function parseCount(value, what, source) {
    const n = plainInteger(value);
    if (n !== -1)
        return n;
    throw new errors/* ConfigurationError */.j1(`${what} is "${clip(value)}", not a whole number ≥ 0`, {
        file: source.fileName,
        place: source.place(),
        fix: 'regenerate the report with its producer; hand-edited or corrupted reports are not read',
    });
}
/**
 * A count attribute read straight from the scanner's text when it is plain digits (no
 * string is made: this runs for every line of a report); otherwise read as text, which
 * trims it or says what is wrong. `absent` stands in for a missing attribute.
 */
function parseCountAttribute(attributes, name, what, source, absent = '') {
    const n = attributes.integer(name);
    return n !== -1 ? n : parseCount(attributes.get(name) ?? absent, what, source);
}
/**
 * A rate between 0 and 1. `NaN` (MATLAB writes it when nothing was measured) and an empty
 * value mean "not declared" and return undefined; anything else out of range is an error.
 */
function parseRate(value, what, source) {
    const text = value.trim();
    if (text === '' || text === 'NaN' || text === 'nan')
        return undefined;
    if (text !== '.' && RATE_RE.test(text)) {
        const n = Number(text);
        if (n >= 0 && n <= 1)
            return text;
    }
    throw new errors/* ConfigurationError */.j1(`${what} is "${clip(value)}", not a rate between 0 and 1`, {
        file: source.fileName,
        place: source.place(),
        fix: 'regenerate the report with its producer; rates are decimals such as 0.75',
    });
}
/** A declared count that may be missing or NaN (then undefined). */
function parseOptionalCount(value, what, source) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (text === '' || text === 'NaN' || text === 'nan')
        return undefined;
    return parseCount(text, what, source);
}
function clip(value) {
    return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
/** Digits only, no leading zero unless the number is 0, safe size; -1 otherwise. Runs per line, so no regexp. */
function plainInteger(text) {
    const length = text.length;
    if (length === 0 || length > 15)
        return text.trim() !== text && text.trim() !== '' ? plainInteger(text.trim()) : -1;
    if (length > 1 && text.charCodeAt(0) === 48)
        return -1;
    let n = 0;
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return text.trim() !== text ? plainInteger(text.trim()) : -1;
        n = n * 10 + c;
    }
    return n;
}

;// CONCATENATED MODULE: ./.build/src/coverage/lcov.js



/** Record types that carry nothing factgate uses but are valid LCOV. */
const IGNORED_RECORDS = new Set(['TN', 'VER', 'FN', 'FNDA', 'FNF', 'FNH', 'FNL', 'FNA', 'BFH', 'BFF']);
const RECORD_RE = /^([A-Z_]+):(.*)$/;
/**
 * LCOV tracefiles (geninfo/lcov 1.x and 2.x, istanbul, c8, coverage.py, gcovr, coverlet,
 * flutter, grcov). Lines come from `DA`, branches from `BRDA` (`-` means never evaluated:
 * not covered), each identified by its line, block and branch, so that a file written in
 * several sections merges as lcov merges it. `LF`/`LH` and `BRF`/`BRH` are the declared totals. Function records
 * (`FN`, `FNDA`, lcov 2's `FNL`/`FNA`) are accepted but not needed; names may hold commas.
 */
class LcovParser {
    fileName;
    collector;
    file;
    pending = '';
    lineNumber = 0;
    declaredLines = { covered: 0, total: 0 };
    declaredBranches = { covered: 0, total: 0 };
    sawLineTotals = false;
    sawBranchTotals = false;
    /** A file in several sections (geninfo: one per object that compiles it). */
    repeatedFile = false;
    unknown = new Set();
    records = 0;
    source;
    constructor(fileName) {
        this.fileName = fileName;
        this.collector = new CoverageCollector(fileName, 'lcov');
        this.source = { fileName, place: () => `line ${this.lineNumber}` };
    }
    write(chunk) {
        const text = this.pending + chunk;
        let start = 0;
        let newline = text.indexOf('\n');
        while (newline !== -1) {
            this.record(text.slice(start, newline));
            start = newline + 1;
            newline = text.indexOf('\n', start);
        }
        this.pending = text.slice(start);
    }
    end() {
        if (this.pending !== '')
            this.record(this.pending);
        this.pending = '';
        if (this.file !== undefined) {
            throw new errors/* ConfigurationError */.j1('the last SF record has no end_of_record: the file is truncated', {
                file: this.fileName,
                place: `line ${this.lineNumber}`,
                fix: 'regenerate the report and make sure it is written completely',
            });
        }
        if (this.records === 0) {
            throw new errors/* ConfigurationError */.j1('the file has no SF records', {
                file: this.fileName,
                place: `line ${this.lineNumber}`,
                fix: 'pass an LCOV tracefile with at least one SF ... end_of_record section',
            });
        }
        // Each section declares its own totals, so with a file in several sections their sum
        // counts its lines once per section: it says nothing about the merged file.
        if (this.sawLineTotals && !this.repeatedFile)
            this.collector.declared.lines = this.declaredLines;
        if (this.sawBranchTotals && !this.repeatedFile)
            this.collector.declared.branches = this.declaredBranches;
        if (this.unknown.size > 0)
            this.collector.warn(`unknown LCOV records ignored: ${[...this.unknown].join(', ')}`);
        return this.collector.finish();
    }
    record(rawLine) {
        this.lineNumber++;
        const line = rawLine.trim();
        if (line === '')
            return;
        if (line === 'end_of_record') {
            if (this.file === undefined)
                throw this.error('end_of_record without an SF record before it');
            this.file = undefined;
            return;
        }
        const match = RECORD_RE.exec(line);
        if (match === null)
            throw this.error(`"${line.slice(0, 40)}" is not an LCOV record`);
        const type = match[1];
        const value = match[2];
        if (type === 'SF') {
            if (this.file !== undefined)
                throw this.error('SF record before the previous one ended (end_of_record missing)');
            if (value.trim() === '')
                throw this.error('SF record with no path');
            if (this.collector.files.has(normaliseReportPath(value)))
                this.repeatedFile = true;
            this.file = this.collector.file(value);
            this.records++;
            return;
        }
        if (IGNORED_RECORDS.has(type))
            return;
        if (type !== 'DA' && type !== 'BRDA' && type !== 'LF' && type !== 'LH' && type !== 'BRF' && type !== 'BRH') {
            this.unknown.add(type);
            return;
        }
        const file = this.file;
        if (file === undefined)
            throw this.error(`${type} record outside an SF ... end_of_record section`);
        const fields = value.split(',');
        const s = this.source;
        if (type === 'DA') {
            // DA:<line>,<hits>[,<checksum>]
            if (fields.length < 2)
                throw this.error('DA record needs a line number and a hit count');
            this.collector.addLine(file, parseCount(fields[0], 'DA line', s), parseCount(fields[1], 'DA hits', s));
        }
        else if (type === 'BRDA') {
            // BRDA:<line>,[<exception>]<block>,<branch>,<taken or ->; lcov 2 may add fields in between.
            if (fields.length < 4)
                throw this.error('BRDA record needs line, block, branch and taken');
            const taken = fields[fields.length - 1].trim();
            const hits = taken === '-' ? 0 : parseCount(taken, 'BRDA taken', s);
            const id = fields.slice(1, -1).map((f) => f.trim()).join(',');
            this.collector.addBranch(file, parseCount(fields[0], 'BRDA line', s), id, hits > 0);
        }
        else if (type === 'LF') {
            this.declaredLines.total += parseCount(value, 'LF', s);
            this.sawLineTotals = true;
        }
        else if (type === 'LH') {
            this.declaredLines.covered += parseCount(value, 'LH', s);
        }
        else if (type === 'BRF') {
            this.declaredBranches.total += parseCount(value, 'BRF', s);
            this.sawBranchTotals = true;
        }
        else {
            this.declaredBranches.covered += parseCount(value, 'BRH', s);
        }
    }
    error(message) {
        return new errors/* ConfigurationError */.j1(`not a readable LCOV report: ${message}`, {
            file: this.fileName,
            place: `line ${this.lineNumber}`,
            fix: 'regenerate the report with its producer; the file is not complete LCOV',
        });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/clover.js


/**
 * Clover XML from istanbul, PHPUnit, gcovr and OpenClover. Only `<project>` counts; the
 * `<testproject>` section (coverage of the tests themselves) is skipped. Executable lines
 * are `stmt` and `cond` lines; on `cond` lines `truecount`/`falsecount` are the covered and
 * uncovered branches, which is how istanbul writes them and what adds up to the declared
 * `conditionals`.
 */
class CloverHandler {
    source;
    collector;
    file;
    inProject = false;
    depth = 0;
    projectDepth = -1;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'clover');
    }
    open(name, a) {
        this.depth++;
        if (name === 'project' && this.depth === 2) {
            this.inProject = true;
            this.projectDepth = this.depth;
            return false;
        }
        if (!this.inProject)
            return false;
        if (name === 'line' && this.file !== undefined)
            this.line(this.file, a);
        else if (name === 'file') {
            const path = a.get('path') ?? a.get('name');
            if (path !== undefined && path.trim() !== '')
                this.file = this.collector.file(path);
        }
        else if (name === 'metrics' && this.depth === this.projectDepth + 1)
            this.metrics(a);
        return false;
    }
    text() { }
    close(name) {
        if (name === 'file')
            this.file = undefined;
        if (name === 'project' && this.depth === this.projectDepth)
            this.inProject = false;
        this.depth--;
    }
    finish() {
        if (this.collector.files.size === 0)
            this.collector.warn('the report lists no files');
        return this.collector.finish();
    }
    metrics(a) {
        const s = this.source;
        const statements = parseOptionalCount(a.get('statements'), 'statements', s);
        const covered = parseOptionalCount(a.get('coveredstatements'), 'coveredstatements', s);
        if (statements !== undefined && covered !== undefined) {
            this.collector.declared.lines = { covered, total: statements };
        }
        const conditionals = parseOptionalCount(a.get('conditionals'), 'conditionals', s);
        const coveredConditionals = parseOptionalCount(a.get('coveredconditionals'), 'coveredconditionals', s);
        if (conditionals !== undefined && coveredConditionals !== undefined) {
            this.collector.declared.branches = { covered: coveredConditionals, total: conditionals };
        }
    }
    line(file, a) {
        const type = a.get('type');
        if (type !== 'stmt' && type !== 'cond')
            return;
        const s = this.source;
        const number = parseCountAttribute(a, 'num', '<line> num', s);
        const hits = parseCountAttribute(a, 'count', '<line> count', s);
        this.collector.addLine(file, number, hits);
        if (type === 'cond') {
            const covered = parseCountAttribute(a, 'truecount', '<line> truecount', s, '0');
            const uncovered = parseCountAttribute(a, 'falsecount', '<line> falsecount', s, '0');
            if (covered + uncovered > 0)
                this.collector.setBranches(file, number, { covered, total: covered + uncovered });
        }
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/cobertura.js



const CONDITION_COVERAGE_RE = /^\s*[0-9]+(?:\.[0-9]+)?\s*%\s*\(([0-9]+)\/([0-9]+)\)\s*$/;
/**
 * Cobertura as written by coverage.py, istanbul, gcovr, coverlet, Cobertura (Java),
 * simplecov-cobertura, LuaCov, MATLAB and others. Only class-level `<lines>` count: the
 * `<method>` lines repeat them. Classes sharing a filename merge; classes may sit directly
 * under `<packages>`.
 */
class CoberturaHandler {
    source;
    collector;
    file;
    methodDepth = 0;
    sourceText;
    lineCount = 0;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'cobertura');
    }
    open(name, a) {
        switch (name) {
            case 'line':
                if (this.file !== undefined && this.methodDepth === 0)
                    this.line(this.file, a);
                return false;
            case 'class': {
                const filename = a.get('filename');
                if (filename === undefined || filename.trim() === '') {
                    throw new errors/* ConfigurationError */.j1('<class> has no filename attribute', {
                        file: this.source.fileName,
                        place: this.source.place(),
                        fix: 'regenerate the report; every Cobertura <class> names its source file',
                    });
                }
                this.file = this.collector.file(filename);
                return false;
            }
            case 'method':
                this.methodDepth++;
                return false;
            case 'source':
                this.sourceText = '';
                return true;
            case 'coverage':
                this.root(a);
                return false;
            default:
                return false;
        }
    }
    text(text) {
        // A source root is a path; 4 KiB is plenty and keeps hostile text bounded.
        if (this.sourceText !== undefined)
            this.sourceText += text.slice(0, 4096 - this.sourceText.length);
    }
    close(name) {
        if (name === 'class')
            this.file = undefined;
        else if (name === 'method')
            this.methodDepth--;
        else if (name === 'source' && this.sourceText !== undefined) {
            const root = this.sourceText.trim();
            // Some producers write the command-line flag itself ("--source") as a root.
            if (root !== '' && !root.startsWith('--'))
                this.collector.sourceRoots.push(root);
            this.sourceText = undefined;
        }
    }
    finish() {
        if (this.lineCount === 0)
            this.collector.warn('the report lists no lines');
        return this.collector.finish();
    }
    root(a) {
        const s = this.source;
        const declared = this.collector.declared;
        const linesCovered = parseOptionalCount(a.get('lines-covered'), 'lines-covered', s);
        const linesValid = parseOptionalCount(a.get('lines-valid'), 'lines-valid', s);
        if (linesCovered !== undefined && linesValid !== undefined) {
            declared.lines = { covered: linesCovered, total: linesValid };
        }
        const branchesCovered = parseOptionalCount(a.get('branches-covered'), 'branches-covered', s);
        const branchesValid = parseOptionalCount(a.get('branches-valid'), 'branches-valid', s);
        if (branchesCovered !== undefined && branchesValid !== undefined) {
            declared.branches = { covered: branchesCovered, total: branchesValid };
        }
        for (const [attribute, key] of [
            ['line-rate', 'lineRate'],
            ['branch-rate', 'branchRate'],
        ]) {
            const raw = a.get(attribute);
            if (raw === undefined)
                continue;
            const rate = parseRate(raw, attribute, s);
            if (rate === undefined)
                this.collector.warn(`${attribute} is "${raw}"; it was ignored`);
            else
                declared[key] = rate;
        }
        const version = a.get('version');
        if (version?.startsWith('gcovr'))
            this.collector.producer = version;
    }
    line(file, a) {
        const s = this.source;
        const number = parseCountAttribute(a, 'number', '<line> number', s);
        const hits = parseCountAttribute(a, 'hits', '<line> hits', s);
        this.lineCount++;
        this.collector.addLine(file, number, hits);
        const branch = a.get('branch');
        // Producers write "true" or "True".
        if (branch === undefined || branch.toLowerCase() !== 'true')
            return;
        const conditions = a.get('condition-coverage');
        if (conditions === undefined)
            return;
        const match = CONDITION_COVERAGE_RE.exec(conditions);
        if (match === null) {
            throw new errors/* ConfigurationError */.j1(`condition-coverage is "${conditions.slice(0, 40)}", not "P% (covered/total)"`, {
                file: s.fileName,
                place: s.place(),
                fix: 'regenerate the report with its producer',
            });
        }
        const covered = parseCount(match[1], 'condition-coverage covered', s);
        const total = parseCount(match[2], 'condition-coverage total', s);
        if (covered > total) {
            throw new errors/* ConfigurationError */.j1(`condition-coverage "${conditions}" covers more branches than exist`, {
                file: s.fileName,
                place: s.place(),
                fix: 'regenerate the report with its producer',
            });
        }
        this.collector.setBranches(file, number, { covered, total });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/jacoco.js


/**
 * JaCoCo XML. A line is covered when it has covered instructions (`ci` > 0); its branches
 * are `mb` + `cb`. The path is the package name joined with the source file name. gcovr's
 * JaCoCo output has no `mi`/`ci` on lines: such files keep their `LINE` counter as totals.
 */
class JacocoHandler {
    source;
    collector;
    packageName = '';
    file;
    fileHasLineHits = false;
    fileCounters = {};
    depth = 0;
    skipDepth = -1;
    constructor(fileName, source) {
        this.source = source;
        this.collector = new CoverageCollector(fileName, 'jacoco');
    }
    open(name, a) {
        this.depth++;
        if (this.skipDepth !== -1)
            return false;
        switch (name) {
            case 'report':
                if (a.get('name')?.startsWith('GCOVR'))
                    this.collector.producer = 'gcovr';
                break;
            case 'package':
                this.packageName = (a.get('name') ?? '').replace(/\\/g, '/');
                break;
            case 'sourcefile': {
                const base = a.get('name') ?? '';
                this.file = this.collector.file(this.packageName === '' ? base : `${this.packageName}/${base}`);
                this.fileHasLineHits = false;
                this.fileCounters = {};
                break;
            }
            case 'class':
            case 'sessioninfo':
                // Class and method counters repeat the source file's; nothing to read inside.
                this.skipDepth = this.depth;
                break;
            case 'line':
                if (this.file !== undefined)
                    this.line(this.file, a);
                break;
            case 'counter':
                this.counter(a);
                break;
        }
        return false;
    }
    text() { }
    close(name) {
        if (this.skipDepth === this.depth)
            this.skipDepth = -1;
        else if (this.skipDepth === -1 && name === 'sourcefile' && this.file !== undefined) {
            if (!this.fileHasLineHits && this.fileCounters.lines !== undefined) {
                this.file.totalsOnly = {
                    lines: this.fileCounters.lines,
                    branches: this.fileCounters.branches ?? { covered: 0, total: 0 },
                };
            }
            this.file = undefined;
        }
        else if (name === 'package')
            this.packageName = '';
        this.depth--;
    }
    finish() {
        const partial = [...this.collector.files.values()].filter((f) => f.totalsOnly !== undefined).length;
        if (partial > 0) {
            this.collector.warn(`${partial} file(s) have no per-line hits (mi/ci), only totals: their lines cannot be matched against a diff`);
        }
        if (this.collector.files.size === 0)
            this.collector.warn('the report lists no source files');
        return this.collector.finish();
    }
    line(file, a) {
        const s = this.source;
        const number = parseCountAttribute(a, 'nr', '<line> nr', s);
        const coveredInstructions = a.get('ci');
        if (coveredInstructions !== undefined) {
            this.fileHasLineHits = true;
            this.collector.addLine(file, number, parseCount(coveredInstructions, '<line> ci', s));
            const missedInstructions = a.get('mi');
            if (missedInstructions !== undefined)
                parseCount(missedInstructions, '<line> mi', s);
        }
        const missed = parseCountAttribute(a, 'mb', '<line> mb', s, '0');
        const covered = parseCountAttribute(a, 'cb', '<line> cb', s, '0');
        if (missed + covered > 0)
            this.collector.setBranches(file, number, { covered, total: missed + covered });
    }
    counter(a) {
        const type = a.get('type');
        if (type !== 'LINE' && type !== 'BRANCH')
            return;
        const s = this.source;
        const missed = parseCount(a.get('missed') ?? '', `<counter type="${type}"> missed`, s);
        const covered = parseCount(a.get('covered') ?? '', `<counter type="${type}"> covered`, s);
        const counts = { covered, total: covered + missed };
        const key = type === 'LINE' ? 'lines' : 'branches';
        // depth 2 is a direct child of <report>: the report's own totals.
        if (this.depth === 2)
            this.collector.declared[key] = counts;
        else if (this.file !== undefined)
            this.fileCounters[key] = counts;
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/xml-formats.js




/** Root elements of XML formats that are not read, with what to do instead. */
const OTHER_XML_FORMATS = {
    CoverageSession: 'OpenCover XML; ask the tool for Cobertura (coverlet: --format cobertura)',
    results: 'dotCover or another results format; export Cobertura or LCOV instead',
    testsuites: 'JUnit test results, not coverage; pass the coverage report',
    testsuite: 'JUnit test results, not coverage; pass the coverage report',
    CoverageDSPriv: 'Visual Studio coverage XML; convert it to Cobertura (dotnet-coverage merge -f cobertura)',
};
/**
 * Picks the format from the root element. Cobertura, Clover and SonarQube's generic
 * format all use `<coverage>`, so for that root the first child decides.
 */
class XmlFormatDispatcher {
    fileName;
    source;
    forced;
    onHandler;
    handler;
    pendingRoot;
    /** Where the deferred root tag was, so errors in its attributes point at it. */
    rootPlace;
    handlerSource;
    constructor(fileName, source, forced, 
    /** Called with the format's handler so events can go to it directly from then on. */
    onHandler = () => { }) {
        this.fileName = fileName;
        this.source = source;
        this.forced = forced;
        this.onHandler = onHandler;
        this.handlerSource = { fileName, place: () => this.rootPlace ?? source.place() };
    }
    open(name, attributes) {
        if (this.handler !== undefined)
            return this.handler.open(name, attributes);
        if (this.pendingRoot === undefined) {
            if (name === 'report')
                return this.start('jacoco', name, attributes);
            if (name === 'coverage') {
                // The scanner reuses its attributes object for the next tag: keep a copy.
                this.pendingRoot = attributes.copy();
                this.rootPlace = this.source.place();
                return false;
            }
            throw this.unknownRoot(name);
        }
        const format = this.formatFromFirstChild(name);
        const root = this.pendingRoot;
        this.start(format, 'coverage', root);
        return this.handler.open(name, attributes);
    }
    text(text) {
        this.handler?.text(text);
    }
    close(name) {
        if (this.handler === undefined && this.pendingRoot !== undefined) {
            // <coverage/> with no children: an empty report of the format its attributes suggest.
            const root = this.pendingRoot;
            this.start(root.get('line-rate') !== undefined || this.forced === 'cobertura' ? 'cobertura' : 'clover', 'coverage', root);
        }
        this.handler?.close(name);
    }
    finish() {
        if (this.handler === undefined)
            throw new Error('finish() before the root element was read');
        return this.handler.finish();
    }
    formatFromFirstChild(child) {
        if (child === 'sources' || child === 'packages')
            return 'cobertura';
        if (child === 'project' || child === 'testproject')
            return 'clover';
        if (child === 'file') {
            throw new errors/* ConfigurationError */.j1('this is a SonarQube generic coverage report, which factgate does not read', {
                file: this.fileName,
                place: this.source.place(),
                fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report (gcovr: --cobertura or --lcov instead of --sonarqube)',
            });
        }
        throw new errors/* ConfigurationError */.j1(`<coverage> starts with <${child}>, which no known coverage format does`, {
            file: this.fileName,
            place: this.source.place(),
            fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report',
        });
    }
    start(format, root, attributes) {
        if (this.forced !== undefined && this.forced !== format) {
            throw new errors/* ConfigurationError */.j1(`--format ${this.forced} was asked for, but the file is ${format}`, {
                file: this.fileName,
                place: this.source.place(),
                fix: `use --format ${format} or --format auto`,
            });
        }
        this.handler =
            format === 'jacoco'
                ? new JacocoHandler(this.fileName, this.handlerSource)
                : format === 'clover'
                    ? new CloverHandler(this.fileName, this.handlerSource)
                    : new CoberturaHandler(this.fileName, this.handlerSource);
        const capture = this.handler.open(root, attributes);
        this.rootPlace = undefined;
        this.onHandler(this.handler);
        return capture;
    }
    unknownRoot(name) {
        const known = Object.hasOwn(OTHER_XML_FORMATS, name) ? OTHER_XML_FORMATS[name] : undefined;
        return new errors/* ConfigurationError */.j1(known !== undefined
            ? `the root element <${name}> is ${known.split(';')[0]}, which factgate does not read`
            : `the root element is <${name}>, not a coverage report`, {
            file: this.fileName,
            place: this.source.place(),
            fix: known?.split('; ')[1] ?? 'pass a Cobertura (<coverage>), JaCoCo (<report>), LCOV or Clover report',
        });
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/xml-scanner.js

/**
 * A strict, streaming XML scanner for coverage reports.
 *
 * Why not a general-purpose library: on a 60 MB Cobertura report, saxes alone takes about
 * 1.4 s of CPU to tokenise, htmlparser2 1.5 s (and reports no well-formedness errors) and
 * sax 2.9 s; DOM parsers take 3–10 s and 0.6 GB, while the whole process reading the
 * report with this scanner takes about 0.8 s (see README.md). Coverage reports use a small part of XML, so this scanner accepts exactly
 * that part and rejects the rest with the line and column:
 * - no DTD processing: a DOCTYPE with an internal subset is refused, an external one is
 *   never fetched, and only the five predefined entities and character references are
 *   decoded, so entity expansion cannot happen (output is never longer than input);
 * - well-formedness: tags must match and close, one root, nothing but whitespace, comments
 *   and processing instructions outside it, no duplicate attributes;
 * - a nesting cap; attributes are pairs in an array, so `__proto__` is just a name.
 */
/**
 * A start tag's attributes, looked up by scanning: tags have a handful of attributes, and
 * no object is keyed by untrusted names (so `__proto__` is just a name, and no key is
 * interned per tag). A plain value is kept as its offsets in the scanner's text and cut out
 * only when asked for, so `<line number="7" hits="1"/>` costs no string at all when its
 * numbers are read with `integer` (the hot path of a 2-million-line report). Values that
 * need normalising or decoding are turned into strings while the tag is scanned, so every
 * well-formedness error is still found at once.
 */
class XmlAttributes {
    text = xml_scanner_EMPTY;
    names = [];
    starts = [];
    ends = [];
    /** The value as a string once made; undefined while it is only offsets into `text`. */
    values = [];
    /** Number of attributes of the current tag. */
    count = 0;
    /** Starts a new tag whose plain values are offsets into `text`. */
    reset(text) {
        this.text = text;
        this.count = 0;
    }
    name(index) {
        return this.names[index];
    }
    value(index) {
        let value = this.values[index];
        if (value === undefined) {
            value = unitsText(this.text, this.starts[index], this.ends[index]);
            this.values[index] = value;
        }
        return value;
    }
    get(name) {
        const index = this.indexOf(name);
        return index === -1 ? undefined : this.value(index);
    }
    has(name) {
        return this.indexOf(name) !== -1;
    }
    /**
     * The value as a plain decimal integer (digits only, no leading zero, at most 15 digits)
     * read without making a string; -1 when absent or written any other way, so the caller
     * can read it with `get` and say what is wrong.
     */
    integer(name) {
        const index = this.indexOf(name);
        if (index === -1)
            return -1;
        // Values made into strings (normalised or decoded) are read with `get`.
        if (this.values[index] !== undefined)
            return -1;
        const text = this.text;
        const start = this.starts[index];
        const end = this.ends[index];
        const length = end - start;
        if (length === 0 || length > 15 || (length > 1 && text[start] === 48))
            return -1;
        let n = 0;
        for (let i = start; i < end; i++) {
            const digit = text[i] - 48;
            if (digit < 0 || digit > 9)
                return -1;
            n = n * 10 + digit;
        }
        return n;
    }
    /** A value already made into a string (normalised or decoded). */
    add(name, value) {
        this.names[this.count] = name;
        this.values[this.count++] = value;
    }
    /** A plain value: text[start, end) of the current tag's text. */
    addRange(name, start, end) {
        this.names[this.count] = name;
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.values[this.count++] = undefined;
    }
    /** A copy that stays valid after the scanner moves on. */
    copy() {
        const copy = new XmlAttributes();
        for (let i = 0; i < this.count; i++)
            copy.add(this.names[i], this.value(i));
        return copy;
    }
    indexOf(name) {
        const names = this.names;
        for (let i = 0; i < this.count; i++)
            if (names[i] === name)
                return i;
        return -1;
    }
}
const DOCTYPE_RE = /<!DOCTYPE[ \t\r\n]+[^ \t\r\n>[]+(?:[ \t\r\n]+(?:SYSTEM[ \t\r\n]+(?:"[^"]*"|'[^']*')|PUBLIC[ \t\r\n]+(?:"[^"]*"|'[^']*')[ \t\r\n]+(?:"[^"]*"|'[^']*')))?[ \t\r\n]*([[>])/y;
const REFERENCE_RE = /&(?:#x([0-9a-fA-F]{1,8});|#([0-9]{1,10});|(lt|gt|amp|quot|apos);)|&/g;
const WHITESPACE_ONLY_RE = /^[ \t\r\n]*$/;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A tag, comment or declaration longer than this is refused instead of buffered forever. */
const MAX_MARKUP_CHARS = 1 << 20;
class XmlScanner {
    handler;
    options;
    buffer = xml_scanner_EMPTY;
    /** Line (1-based) and column offset of buffer[0], to name places in errors. */
    line = 1;
    column = 1;
    stack = [];
    rootSeen = false;
    rootClosed = false;
    doctypeSeen = false;
    anythingSeen = false;
    capturing = -1;
    nextAmpersand = -1;
    markupStart = 0;
    /** Reused for every tag: handlers read attributes during `open` and keep none. */
    attributes = new XmlAttributes();
    /** The previous tag's name and attribute names, reused when the next tag repeats them. */
    lastTagName = '';
    attributeNames = [];
    constructor(handler, options) {
        this.handler = handler;
        this.options = options;
    }
    /** Hands the following events to another handler (once the format is known). */
    setHandler(handler) {
        this.handler = handler;
    }
    /**
     * Scans the next piece of the document: a string, or bytes that are each one Latin-1
     * character (the reader hands ASCII chunks of a UTF-8 file over as they were read).
     */
    write(chunk) {
        const units = toUnits(chunk);
        this.buffer = this.buffer.length === 0 ? units : joinUnits(this.buffer, units);
        this.scan(false);
    }
    end() {
        this.scan(true);
        if (!this.rootSeen) {
            throw this.error(this.anythingSeen ? 'the file has no root element' : 'the file is empty', this.buffer.length, {
                fix: 'pass the coverage report your test run wrote (was the file written completely?)',
            });
        }
        if (this.stack.length > 0) {
            throw this.error(`the file ends before <${this.stack[this.stack.length - 1]}> is closed: it is truncated`, this.buffer.length, { fix: 'regenerate the report and make sure it is written completely before factgate reads it' });
        }
    }
    /** "line L, column C" of the markup being handled, for errors raised by handlers. */
    place() {
        return this.placeOf(this.markupStart);
    }
    scan(final) {
        const s = this.buffer;
        const n = s.length;
        let i = 0;
        this.nextAmpersand = -1;
        while (i < n) {
            // Tags mostly follow each other directly or after one newline: look before searching.
            const lt = s[i] === 60 ? i : s[i] === 10 && s[i + 1] === 60 ? i + 1 : s.indexOf(60 /* < */, i);
            const textEnd = lt === -1 ? n : lt;
            if (textEnd > i) {
                // Keep a trailing, unfinished reference for the next chunk.
                let cut = textEnd;
                if (lt === -1 && !final) {
                    const amp = s.lastIndexOf(38 /* & */, n - 1);
                    if (amp >= i && s.indexOf(59 /* ; */, amp) === -1)
                        cut = amp;
                    // And a trailing CR, which reads as one line end with an LF that may follow.
                    else if (s[n - 1] === 13)
                        cut = n - 1;
                }
                // Whitespace between tags inside the root needs nothing unless it may hold a
                // reference or its element's text was asked for; most gaps end here.
                if (cut > i && (this.stack.length === 0 || this.capturing !== -1 || this.ampersandBefore(s, i, cut)))
                    this.handleText(s, i, cut);
                i = cut;
                if (lt === -1)
                    break;
            }
            this.markupStart = lt;
            const next = s[lt + 1];
            let consumed;
            if (next === 47 /* / */)
                consumed = this.endTag(s, lt);
            else if (next === 63 /* ? */)
                consumed = this.processingInstruction(s, lt);
            else if (next === 33 /* ! */)
                consumed = this.declaration(s, lt, final);
            else
                consumed = this.startTag(s, lt);
            if (consumed === -1) {
                if (final || n - lt > MAX_MARKUP_CHARS) {
                    throw this.error(n - lt > MAX_MARKUP_CHARS ? 'markup longer than 1 MiB' : 'the file ends inside a tag: it is truncated', lt, { fix: 'regenerate the report; it is not complete XML' });
                }
                break;
            }
            i = consumed;
        }
        this.advance(s, i);
    }
    /** Drops consumed text from the buffer, keeping line/column of what remains. */
    advance(s, consumed) {
        if (consumed === 0)
            return;
        let newline = s.indexOf(10 /* \n */);
        let last = -1;
        while (newline !== -1 && newline < consumed) {
            this.line++;
            last = newline;
            newline = s.indexOf(10, newline + 1);
        }
        this.column = last === -1 ? this.column + consumed : consumed - last;
        this.buffer = s.subarray(consumed);
    }
    handleText(s, from, to) {
        if (this.stack.length === 0) {
            const text = unitsText(s, from, to);
            if (!WHITESPACE_ONLY_RE.test(text)) {
                const offset = from + text.search(/[^ \t\r\n]/);
                throw this.error(this.rootClosed ? 'text after the end of the document' : 'text before the root element', offset, { fix: 'the file is not a single XML document; regenerate it' });
            }
            return;
        }
        const hasReference = this.ampersandBefore(s, from, to);
        if (this.capturing !== -1) {
            // XML line-end normalisation: CRLF and lone CR read as LF.
            const raw = unitsText(s, from, to).replace(/\r\n?/g, '\n');
            this.handler.text(hasReference ? this.decode(raw, from) : raw);
        }
        else if (hasReference) {
            this.decode(unitsText(s, from, to), from);
        }
    }
    /** Whether s[from, to) holds an '&', remembering the next one so the search is done once per buffer. */
    ampersandBefore(s, from, to) {
        if (this.nextAmpersand === -1 || this.nextAmpersand < from) {
            const amp = s.indexOf(38 /* & */, from);
            this.nextAmpersand = amp === -1 ? Number.MAX_SAFE_INTEGER : amp;
        }
        return this.nextAmpersand < to;
    }
    startTag(s, lt) {
        // Hand-rolled rather than regular expressions: this runs once per <line>, and the
        // character loop is about twice as fast as sticky regexps on large reports.
        const n = s.length;
        let p = lt + 1;
        if (p >= n)
            return -1;
        if (!isNameStart(s[p])) {
            throw this.error(`'<' is not followed by a tag name`, lt, {
                fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
            });
        }
        // Tags repeat: when this one has the previous tag's name, reuse that string instead of
        // scanning and copying the name again.
        let name = this.lastTagName;
        if (p + name.length < n && sameText(s, p, name) && !isNameChar(s[p + name.length])) {
            p += name.length;
        }
        else {
            p++;
            while (p < n && isNameChar(s[p]))
                p++;
            if (p >= n)
                return -1;
            name = unitsText(s, lt + 1, p);
            this.lastTagName = name;
        }
        const attributes = this.attributes;
        attributes.reset(s);
        let attributeIndex = 0;
        for (;;) {
            let q = p;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            const c = s[q];
            if (c === 62 /* > */) {
                this.openElement(name, attributes, lt);
                return q + 1;
            }
            if (c === 47 /* / */) {
                if (q + 1 >= n)
                    return -1;
                if (s[q + 1] !== 62)
                    throw this.malformedTag(name, q);
                this.openElement(name, attributes, lt);
                this.closeElement(name);
                return q + 2;
            }
            if (q === p || !isNameStart(c))
                throw this.malformedTag(name, q);
            const nameStart = q;
            // Same for attribute names, which come in the same order tag after tag.
            let attributeName = this.attributeNames[attributeIndex];
            if (attributeName !== undefined && q + attributeName.length < n && sameText(s, q, attributeName) && !isNameChar(s[q + attributeName.length])) {
                q += attributeName.length;
            }
            else {
                q++;
                while (q < n && isNameChar(s[q]))
                    q++;
                attributeName = unitsText(s, nameStart, q);
                this.attributeNames[attributeIndex] = attributeName;
            }
            attributeIndex++;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            if (s[q] !== 61 /* = */)
                throw this.malformedTag(name, q);
            q++;
            while (q < n && isSpace(s[q]))
                q++;
            if (q >= n)
                return -1;
            const quote = s[q];
            if (quote !== 34 && quote !== 39)
                throw this.malformedTag(name, q);
            // One pass finds the closing quote and notes '<' (not allowed) and '&' (to decode).
            let close = q + 1;
            let hasReference = false;
            let hasLineBreakOrTab = false;
            for (;;) {
                if (close >= n)
                    return -1;
                const v = s[close];
                if (v === quote)
                    break;
                if (v === 60 /* < */) {
                    throw this.error(`'<' inside the value of ${attributeName} in <${name}>`, close, {
                        fix: "write '&lt;' for a literal '<'; the file is not well-formed XML",
                    });
                }
                if (v === 38 /* & */)
                    hasReference = true;
                else if (v === 9 || v === 10 || v === 13)
                    hasLineBreakOrTab = true;
                close++;
            }
            if (attributes.has(attributeName)) {
                throw this.error(`attribute ${attributeName} appears twice in <${name}>`, nameStart, {
                    fix: 'the file is not well-formed XML; regenerate it',
                });
            }
            if (hasReference || hasLineBreakOrTab) {
                let raw = unitsText(s, q + 1, close);
                // XML attribute-value normalisation: each tab or line end (CRLF as one) is a space.
                if (hasLineBreakOrTab)
                    raw = raw.replace(/\r\n|[\t\n\r]/g, ' ');
                attributes.add(attributeName, hasReference ? this.decode(raw, q) : raw);
            }
            else {
                attributes.addRange(attributeName, q + 1, close);
            }
            p = close + 1;
        }
    }
    malformedTag(name, offset) {
        return this.error(`malformed start tag <${name}>`, offset, {
            fix: 'attributes must be name="value" pairs separated by spaces; the file is not well-formed XML',
        });
    }
    openElement(name, attributes, lt) {
        if (this.stack.length === 0) {
            if (this.rootClosed) {
                throw this.error(`a second root element <${name}> after the end of the document`, lt, {
                    fix: 'the file holds more than one XML document; pass each report as its own file',
                });
            }
            this.rootSeen = true;
        }
        if (this.stack.length >= this.options.maxDepth) {
            throw this.error(`elements are nested deeper than ${this.options.maxDepth} levels`, lt, {
                fix: 'this is not a coverage report; coverage reports nest a few levels deep',
            });
        }
        this.anythingSeen = true;
        this.stack.push(name);
        const capture = this.handler.open(name, attributes);
        if (capture === true && this.capturing === -1)
            this.capturing = this.stack.length;
    }
    closeElement(name) {
        if (this.capturing === this.stack.length)
            this.capturing = -1;
        this.stack.pop();
        if (this.stack.length === 0)
            this.rootClosed = true;
        this.handler.close(name);
    }
    endTag(s, lt) {
        const n = s.length;
        let p = lt + 2;
        if (p >= n)
            return -1;
        if (!isNameStart(s[p])) {
            throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        p++;
        while (p < n && isNameChar(s[p]))
            p++;
        const nameEnd = p;
        while (p < n && isSpace(s[p]))
            p++;
        if (p >= n)
            return -1;
        if (s[p] !== 62) {
            throw this.error('malformed end tag', lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        const name = unitsText(s, lt + 2, nameEnd);
        const open = this.stack[this.stack.length - 1];
        if (open !== name) {
            throw this.error(open === undefined ? `</${name}> closes nothing` : `</${name}> where </${open}> was expected`, lt, { fix: 'the file is not well-formed XML; regenerate it' });
        }
        this.closeElement(name);
        return p + 1;
    }
    processingInstruction(s, lt) {
        const end = indexOfText(s, '?>', lt + 2);
        if (end === -1)
            return -1;
        const target = /^[^ \t\r\n?]*/.exec(unitsText(s, lt + 2, Math.min(end, lt + 40)))?.[0] ?? '';
        if (target.toLowerCase() === 'xml' && (this.line !== 1 || this.column + lt !== 1)) {
            throw this.error('the XML declaration is not at the start of the file', lt, {
                fix: 'the file holds more than one XML document or has text before <?xml; regenerate it',
            });
        }
        this.anythingSeen = true;
        return end + 2;
    }
    declaration(s, lt, final) {
        if (startsWithText(s, lt, '<!--')) {
            const end = indexOfText(s, '-->', lt + 4);
            if (end === -1)
                return -1;
            this.anythingSeen = true;
            return end + 3;
        }
        if (startsWithText(s, lt, '<![CDATA[')) {
            if (this.stack.length === 0) {
                throw this.error('CDATA outside the root element', lt, { fix: 'the file is not well-formed XML' });
            }
            const end = indexOfText(s, ']]>', lt + 9);
            if (end === -1)
                return -1;
            if (this.capturing !== -1)
                this.handler.text(unitsText(s, lt + 9, end));
            return end + 3;
        }
        if (s.length - lt < 9 && !final)
            return -1;
        if (startsWithText(s, lt, '<!DOCTYPE')) {
            if (this.doctypeSeen) {
                throw this.error('a second DOCTYPE', lt, { fix: 'a document has at most one DOCTYPE; regenerate the report' });
            }
            if (this.rootSeen) {
                throw this.error('a DOCTYPE after the root element', lt, { fix: 'the file is not well-formed XML' });
            }
            // A DOCTYPE ends at the first '>' or '[' after its quoted identifiers; the regular
            // expression runs on the text from here, at most the markup cap.
            DOCTYPE_RE.lastIndex = 0;
            const match = DOCTYPE_RE.exec(unitsText(s, lt, Math.min(s.length, lt + MAX_MARKUP_CHARS)));
            if (match === null) {
                if (s.indexOf(62 /* > */, lt) === -1 && !final)
                    return -1;
                throw this.error('malformed DOCTYPE', lt, { fix: 'remove the DOCTYPE line; factgate does not need it' });
            }
            if (match[1] === '[') {
                throw this.error('DOCTYPE with an internal subset (entity or DTD declarations) is refused', lt, {
                    fix: 'coverage reports never need DTD declarations; remove the [...] part of the DOCTYPE',
                });
            }
            this.doctypeSeen = true;
            this.anythingSeen = true;
            return lt + DOCTYPE_RE.lastIndex;
        }
        throw this.error(`unexpected markup '${unitsText(s, lt, Math.min(s.length, lt + 9))}'`, lt, {
            fix: 'only elements, comments, CDATA and one DOCTYPE without declarations are accepted',
        });
    }
    /** Decodes the predefined entities and character references; anything else is an error. */
    decode(raw, offset) {
        return raw.replace(REFERENCE_RE, (whole, hex, decimal, named, at) => {
            if (named !== undefined)
                return PREDEFINED[named];
            if (hex !== undefined || decimal !== undefined) {
                const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal, 10);
                if (isXmlChar(code))
                    return String.fromCodePoint(code);
                throw this.error(`character reference ${whole} is not an XML character`, offset, {
                    fix: 'the file is not well-formed XML; regenerate it',
                });
            }
            const name = /^&[^;\s<&]{0,40};?/.exec(raw.slice(at ?? 0))?.[0] ?? '&';
            throw this.error(name.endsWith(';')
                ? `entity reference ${name} is not expanded: only &lt; &gt; &amp; &quot; &apos; and character references are accepted`
                : `a bare '&' that starts no reference`, offset, { fix: "DTD entities are never expanded; write '&amp;' for a literal '&'" });
        });
    }
    placeOf(offset) {
        const s = this.buffer;
        let line = this.line;
        let lineStart = -1;
        let newline = s.indexOf(10 /* \n */);
        while (newline !== -1 && newline < offset) {
            line++;
            lineStart = newline;
            newline = s.indexOf(10, newline + 1);
        }
        const column = lineStart === -1 ? this.column + offset : offset - lineStart;
        return `line ${line}, column ${column}`;
    }
    error(message, offset, details) {
        return new errors/* ConfigurationError */.j1(`not a readable XML coverage report: ${message}`, {
            file: this.options.fileName,
            place: this.placeOf(offset),
            fix: details.fix,
        });
    }
}
function isXmlChar(code) {
    return (code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff));
}
function isNameStart(c) {
    if (c === undefined)
        return false;
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}
function isNameChar(c) {
    if (c === undefined)
        return false;
    return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}
function isSpace(c) {
    if (c === undefined)
        return false;
    return c === 32 || c === 10 || c === 9 || c === 13;
}
/** Whether s holds `text` at `at` (the caller has checked the length fits). */
function sameText(s, at, text) {
    for (let i = 0; i < text.length; i++)
        if (s[at + i] !== text.charCodeAt(i))
            return false;
    return true;
}
const xml_scanner_EMPTY = Buffer.alloc(0);
const NOT_LATIN1_RE = /[^\u0000-\u00ff]/;
function toUnits(chunk) {
    if (typeof chunk !== 'string') {
        return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    if (!NOT_LATIN1_RE.test(chunk))
        return Buffer.from(chunk, 'latin1');
    const units = new Uint16Array(chunk.length);
    for (let i = 0; i < chunk.length; i++)
        units[i] = chunk.charCodeAt(i);
    return units;
}
/** The unscanned rest of the previous piece followed by the next one, in one array. */
function joinUnits(rest, next) {
    const length = rest.length + next.length;
    const joined = rest instanceof Uint16Array || next instanceof Uint16Array ? new Uint16Array(length) : Buffer.allocUnsafe(length);
    joined.set(rest, 0);
    joined.set(next, rest.length);
    return joined;
}
function unitsText(s, from, to) {
    if (Buffer.isBuffer(s))
        return s.toString('latin1', from, to);
    let text = '';
    // In slices, so that no call gets more arguments than the engine accepts.
    for (let i = from; i < to; i += 8192)
        text += String.fromCharCode(...s.subarray(i, Math.min(to, i + 8192)));
    return text;
}
function startsWithText(s, at, text) {
    return at + text.length <= s.length && sameText(s, at, text);
}
function indexOfText(s, text, from) {
    const first = text.charCodeAt(0);
    for (let i = s.indexOf(first, from); i !== -1; i = s.indexOf(first, i + 1)) {
        if (i + text.length > s.length)
            return -1;
        if (sameText(s, i, text))
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./.build/src/coverage/parse.js




const DEFAULT_MAX_DEPTH = 64;
const LCOV_START_RE = /^(?:TN|SF|VER|FN|FNL|DA):/;
function createCoverageParser(fileName, options = {}) {
    const forced = options.format === 'auto' ? undefined : options.format;
    let head = '';
    let started = false;
    let sink;
    const choose = (final) => {
        const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
        const content = text.trimStart();
        if (content === '') {
            if (final)
                throw emptyFile(fileName);
            return;
        }
        if (content.startsWith('<')) {
            if (forced === 'lcov')
                throw formatMismatch(fileName, 'lcov', 'XML');
            sink = xmlSink(fileName, forced, options.maxDepth ?? DEFAULT_MAX_DEPTH);
        }
        else {
            const newline = content.indexOf('\n');
            if (newline === -1 && !final && content.length < 256)
                return;
            const firstLine = (newline === -1 ? content : content.slice(0, newline)).trim();
            if (!LCOV_START_RE.test(firstLine))
                throw notCoverage(fileName, firstLine);
            if (forced !== undefined && forced !== 'lcov')
                throw formatMismatch(fileName, forced, 'LCOV');
            const lcov = new LcovParser(fileName);
            sink = { write: (c) => lcov.write(typeof c === 'string' ? c : latin1(c)), end: () => lcov.end() };
        }
        started = true;
        sink.write(text);
    };
    return {
        write(chunk) {
            if (started)
                return sink.write(chunk);
            head += typeof chunk === 'string' ? chunk : latin1(chunk);
            choose(false);
        },
        end() {
            if (!started)
                choose(true);
            return sink.end();
        },
    };
}
/** Parses a whole report held in memory. */
function parseCoverage(text, fileName, options = {}) {
    const parser = createCoverageParser(fileName, options);
    parser.write(text);
    return parser.end();
}
function xmlSink(fileName, forced, maxDepth) {
    let scanner;
    const dispatcher = new XmlFormatDispatcher(fileName, { fileName, place: () => scanner.place() }, forced, (handler) => scanner.setHandler(handler));
    scanner = new XmlScanner(dispatcher, { fileName, maxDepth });
    return {
        write: (chunk) => scanner.write(chunk),
        end: () => {
            scanner.end();
            return dispatcher.finish();
        },
    };
}
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
function emptyFile(fileName) {
    return new errors/* ConfigurationError */.j1('the coverage report is empty', {
        file: fileName,
        place: 'line 1',
        fix: 'check that the test run wrote its report before factgate reads it; an empty file is never read as 0 % coverage',
    });
}
function formatMismatch(fileName, asked, found) {
    return new errors/* ConfigurationError */.j1(`--format ${asked} was asked for, but the file is ${found}`, {
        file: fileName,
        place: 'line 1',
        fix: 'use --format auto, or pass the report of the format you named',
    });
}
/** Names the format a user most likely passed by mistake, with what to pass instead. */
function notCoverage(fileName, firstLine) {
    let message = 'the file is not a coverage report factgate reads (Cobertura, JaCoCo, LCOV or Clover)';
    let fix = 'pass a Cobertura, JaCoCo, LCOV or Clover report';
    if (firstLine.startsWith('{') || firstLine.startsWith('[')) {
        message = 'the file is JSON (coverage.py JSON or istanbul coverage-final.json), which factgate does not read';
        fix = 'coverage.py: run `coverage xml`; istanbul/nyc/c8/jest: add the cobertura or lcov reporter';
    }
    else if (firstLine.startsWith('mode:')) {
        message = 'the file is a Go cover profile, which factgate does not read';
        fix = 'convert it to Cobertura (for example with gocover-cobertura)';
    }
    else if (firstLine.startsWith('#')) {
        message = 'the file looks like a text summary, not a coverage report';
    }
    return new errors/* ConfigurationError */.j1(message, { file: fileName, place: 'line 1', fix });
}

;// CONCATENATED MODULE: ./.build/src/coverage/summary.js
function rated(counts) {
    return { ...counts, rate: counts.total === 0 ? null : counts.covered / counts.total };
}
/** Line and branch counts of one file, recounted from its lines. */
function countFile(file) {
    if (file.totalsOnly !== undefined && file.lines.size === 0) {
        return { lines: { ...file.totalsOnly.lines }, branches: { ...file.totalsOnly.branches } };
    }
    const covered = file.lines.coveredCount();
    const branches = { covered: 0, total: 0 };
    for (const b of file.branches.values()) {
        branches.covered += b.covered;
        branches.total += b.total;
    }
    return { lines: { covered, total: file.lines.size }, branches };
}
function countFiles(files) {
    const lines = { covered: 0, total: 0 };
    const branches = { covered: 0, total: 0 };
    for (const file of files) {
        const c = countFile(file);
        lines.covered += c.lines.covered;
        lines.total += c.lines.total;
        branches.covered += c.branches.covered;
        branches.total += c.branches.total;
    }
    return { lines, branches };
}
/** The JSON-ready summary: overall and per-file counts, per-report declared vs computed. */
function summarizeCoverage(data) {
    const files = [...data.files.values()]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => {
        const c = countFile(file);
        return { path: file.path, lines: rated(c.lines), branches: rated(c.branches) };
    });
    const totals = countFiles(data.files.values());
    return {
        lines: rated(totals.lines),
        branches: rated(totals.branches),
        files,
        reports: data.reports,
        warnings: data.warnings,
    };
}
/** Messages for each way the declared totals disagree with the recount. */
function compareDeclared(declared, computed) {
    const problems = [];
    for (const kind of ['lines', 'branches']) {
        const said = declared[kind];
        const found = computed[kind];
        if (said !== undefined) {
            if (said.covered !== found.covered || said.total !== found.total) {
                problems.push(`declares ${said.covered}/${said.total} ${kind} covered, but its ${kind} add up to ${found.covered}/${found.total}`);
            }
            continue;
        }
        const rate = kind === 'lines' ? declared.lineRate : declared.branchRate;
        if (rate === undefined || found.total === 0)
            continue;
        // A rate written with d decimals is consistent with anything that rounds to it.
        const decimals = /\.([0-9]+)$/.exec(rate)?.[1]?.length ?? 0;
        const tolerance = 0.5 * 10 ** -decimals + 1e-9;
        const actual = found.covered / found.total;
        if (Math.abs(Number(rate) - actual) > tolerance) {
            problems.push(`declares a ${kind === 'lines' ? 'line' : 'branch'} rate of ${rate}, but its ${kind} add up to ${found.covered}/${found.total} (${actual.toFixed(4)})`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./.build/src/coverage/paths.js


const CONVENTIONAL_SOURCE_ROOTS = ['src/main/java', 'src/main/kotlin', 'src/main/scala', 'src', 'lib'];
/** Parses one `from=>to` rewrite as given on the command line or in settings. */
function parsePathRewrite(text, where) {
    const arrow = text.indexOf('=>');
    const from = arrow === -1 ? '' : text.slice(0, arrow).trim();
    if (arrow === -1 || from === '') {
        throw new errors/* ConfigurationError */.j1(`path map "${text}" is not of the form from=>to`, {
            ...where,
            fix: 'write the report prefix, then =>, then the repository prefix, e.g. /app/=>services/api/ (to may be empty)',
        });
    }
    return { from: toSlashes(from), to: toSlashes(text.slice(arrow + 2).trim()) };
}
/**
 * Turns a path as written in a report into a repository-relative path. Candidates, in
 * order: the path joined with each of the report's source roots, with each configured
 * source root, and the path itself (a relative candidate from the working directory
 * first, then from the top level). With `exists`, a candidate that exists wins; when
 * several exist, the one the file fits (its highest line within the file's length), so a
 * filename under several `<source>` roots goes where it belongs. Without `exists`, the
 * first candidate inside the repository. A path that stays outside is returned as it is
 * (absolute), so the caller can tell the user to add a path map.
 */
function resolveReportPath(reportPath, reportRoots, options) {
    return resolveReportFile(reportPath, reportRoots, options, () => 0).path;
}
function resolveReportFile(reportPath, reportRoots, options, highestLine) {
    const path = toSlashes(reportPath);
    const rewrites = options.rewrites ?? [];
    const candidates = [];
    if (isAbsolute(path))
        candidates.push(path);
    else {
        for (const root of reportRoots)
            candidates.push(joinPath(toSlashes(root), path));
        for (const root of options.sourceRoots ?? [])
            candidates.push(joinPath(toSlashes(root), path));
        candidates.push(path);
    }
    const written = candidates[0] ?? path;
    const repoRoot = trimTrailingSlash(toSlashes(options.repoRoot));
    const inside = [...new Set(candidates.flatMap((c) => placements(c, rewrites, repoRoot, options.workingDirectory ?? '')))];
    const exists = options.exists;
    if (exists === undefined) {
        const first = inside[0];
        return first === undefined ? { path: rewrite(written, rewrites), written, found: false } : { path: first, written, found: true };
    }
    let existing = inside.filter((candidate) => exists(candidate));
    if (existing.length === 0 && !isAbsolute(path)) {
        // Conventional roots for reports that give package paths (JaCoCo): a last guess, so
        // only an existing file is taken from them.
        const conventional = CONVENTIONAL_SOURCE_ROOTS.map((root) => joinPath(root, path)).flatMap((c) => placements(c, rewrites, repoRoot, ''));
        const hit = conventional.find((candidate) => exists(candidate));
        if (hit !== undefined)
            existing = [hit];
    }
    if (existing.length === 0) {
        // Nothing exists (deleted files, a checkout without sources): prefer a report root's join.
        return { path: inside[0] ?? rewrite(written, rewrites), written, found: false };
    }
    if (existing.length === 1 || options.lineCount === undefined)
        return { path: existing[0], written, found: true };
    const highest = highestLine();
    if (highest === 0)
        return { path: existing[0], written, found: true };
    const lineCount = options.lineCount;
    const fitting = existing.filter((candidate) => (lineCount(candidate) ?? Infinity) >= highest);
    if (fitting.length === 0)
        return { path: existing[0], written, found: true, noneFits: existing };
    const resolved = { path: fitting[0], written, found: true };
    if (fitting.length > 1)
        resolved.severalFit = fitting;
    return resolved;
}
/**
 * Repository-relative places one candidate can stand for. A rewritten path is what the
 * user says it is; an untouched relative one is tried from the working directory first.
 */
function placements(candidate, rewrites, repoRoot, workingDirectory) {
    const rewritten = rewrite(candidate, rewrites);
    const forms = rewritten === candidate && !isAbsolute(candidate) && workingDirectory !== '' ? [joinPath(workingDirectory, candidate), candidate] : [rewritten];
    return forms.map((form) => toRepoRelative(form, repoRoot)).filter((p) => p !== undefined);
}
function isAbsolute(path) {
    return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}
function rewrite(path, rewrites) {
    for (const { from, to } of rewrites) {
        if (path.startsWith(from))
            return to + path.slice(from.length);
        // Windows drive letters differ in case between tools.
        if (/^[A-Za-z]:\//.test(from) && path.toLowerCase().startsWith(from.toLowerCase()))
            return to + path.slice(from.length);
    }
    return path;
}
function toRepoRelative(path, repoRoot) {
    if (isAbsolute(path)) {
        if (path === repoRoot)
            return undefined;
        if (!path.startsWith(`${repoRoot}/`))
            return undefined;
        path = path.slice(repoRoot.length + 1);
    }
    const normal = external_node_path_.posix.normalize(path);
    if (normal === '..' || normal.startsWith('../') || normal === '.')
        return undefined;
    return normal.replace(/^\.\//, '');
}
function joinPath(root, path) {
    return root === '' ? path : `${trimTrailingSlash(root)}/${path}`;
}
function toSlashes(path) {
    return path.trim().replace(/\\/g, '/');
}
function trimTrailingSlash(path) {
    return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

;// CONCATENATED MODULE: ./.build/src/coverage/merge.js



/**
 * Merges reports into one per-file view from raw counts, never by averaging rates: hits
 * per line are summed (a line counts once, covered when any report hit it), and branches
 * per line combine as `mergeLineBranches` says (by identity when both reports give it). Every path is first mapped to a
 * repository-relative one.
 */
function mergeCoverage(reports, mapping) {
    const files = new Map();
    const owned = new Set();
    const summaries = [];
    const warnings = [];
    const unmatched = [];
    for (const report of reports) {
        warnings.push(...report.warnings);
        const computed = countFiles(report.files.values());
        const summary = { file: report.file, format: report.format, declared: report.declared, computed };
        if (report.producer !== undefined)
            summary.producer = report.producer;
        summaries.push(summary);
        for (const problem of compareDeclared(report.declared, computed))
            warnings.push(`${report.file}: ${problem}`);
        const written = [];
        const placements = [];
        for (const file of report.files.values()) {
            const resolved = resolveReportFile(file.path, report.sourceRoots, mapping, () => highestLine(file));
            if (!resolved.found)
                written.push(resolved.written);
            const placement = describePlacement(file, resolved);
            if (placement !== undefined)
                placements.push(placement);
            addFile(files, owned, resolved.path, file);
        }
        if (written.length > 0)
            unmatched.push({ report: report.file, total: report.files.size, written });
        if (placements.length > 0) {
            warnings.push(`${report.file}: ${placements.length} file name(s) stand for several files of the checkout: ${placements.slice(0, 3).join('; ')}; ` +
                'add a path map (coverage-path-map) if a file was placed wrongly');
        }
    }
    return { files, reports: summaries, warnings, unmatched };
}
/**
 * Adds one report's file to the merged view. The first report's maps are taken over as
 * they are (a 2-million-line report is not copied); they are copied only before a second
 * report is added into them, so the parsed reports themselves never change.
 */
function addFile(files, owned, path, file) {
    let target = files.get(path);
    if (target === undefined) {
        const shared = { path, lines: file.lines, branches: file.branches };
        if (file.branchOutcomes !== undefined)
            shared.branchOutcomes = file.branchOutcomes;
        if (file.totalsOnly !== undefined)
            shared.totalsOnly = file.totalsOnly;
        files.set(path, shared);
        return;
    }
    if (!owned.has(target)) {
        const copy = { path, lines: target.lines.copy(), branches: new Map(target.branches) };
        const outcomes = copyBranchOutcomes(target);
        if (outcomes !== undefined)
            copy.branchOutcomes = outcomes;
        if (target.totalsOnly !== undefined)
            copy.totalsOnly = structuredClone(target.totalsOnly);
        files.set(path, copy);
        owned.add(copy);
        target = copy;
    }
    for (const [line, hits] of file.lines)
        target.lines.add(line, hits);
    for (const [line, counts] of file.branches)
        mergeLineBranches(target, file, line, counts);
    if (file.totalsOnly !== undefined) {
        const t = target.totalsOnly ?? { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
        target.totalsOnly = {
            lines: { covered: t.lines.covered + file.totalsOnly.lines.covered, total: t.lines.total + file.totalsOnly.lines.total },
            branches: { covered: t.branches.covered + file.totalsOnly.branches.covered, total: t.branches.total + file.totalsOnly.branches.total },
        };
    }
}
/** Why a file went where it did, when more than one file of the checkout could be it. */
function describePlacement(file, resolved) {
    if (resolved.severalFit !== undefined) {
        return `${file.path} fits ${resolved.severalFit.join(', ')} (lines up to ${highestLine(file)}), placed at ${resolved.path}`;
    }
    if (resolved.noneFits !== undefined) {
        return `${file.path} has lines up to ${highestLine(file)}, more than any of ${resolved.noneFits.join(', ')} has (placed at ${resolved.path}; is the report older than the checkout?)`;
    }
    return undefined;
}
function highestLine(file) {
    let highest = 0;
    for (const [line] of file.lines)
        if (line > highest)
            highest = line;
    return highest;
}

;// CONCATENATED MODULE: ./.build/src/coverage/unmatched-files.js

const EXAMPLES = 3;
/**
 * The warning for one report's unmatched files: how many, a few examples, and the
 * setting that would place them, found by matching their trailing path components with
 * the checkout's files.
 */
function unmatchedFilesWarning(unmatched, repoFiles) {
    const count = unmatched.written.length;
    const examples = unmatched.written.slice(0, EXAMPLES).join(', ');
    const head = `${unmatched.report}: ${count} of ${unmatched.total} file(s) in the report were not found in the checkout ` +
        `(e.g. ${examples}), so their lines cannot match the changed files`;
    const fix = repoFiles === undefined ? undefined : suggestPathFix(unmatched.written, repoFiles);
    if (fix === undefined) {
        return `${head}; add a path map from the report's prefix to the repository's (coverage-path-map FROM=>TO; --path-map for factgate coverage)`;
    }
    const share = fix.places === count ? 'them' : `${fix.places} of them`;
    if (fix.kind === 'source-root') {
        return `${head}; the source root "${fix.root}" would place ${share} (coverage-source-root: ${fix.root}; --source-root for factgate coverage)`;
    }
    return `${head}; the path map "${fix.from}=>${fix.to}" would place ${share} (coverage-path-map: ${fix.from}=>${fix.to}; --path-map for factgate coverage)`;
}
/**
 * The prefix rewrite that places the most unmatched paths on checkout files: for each
 * path, the checkout file sharing the longest run of trailing components (when one file
 * alone shares the longest run), then the rewrite most of them agree on.
 */
function suggestPathFix(written, repoFiles) {
    const byName = new Map();
    for (const file of repoFiles) {
        const parts = file.split('/');
        const name = parts[parts.length - 1];
        const list = byName.get(name);
        if (list === undefined)
            byName.set(name, [parts]);
        else
            list.push(parts);
    }
    const votes = new Map();
    for (const path of written) {
        const parts = external_node_path_.posix.normalize(path).split('/');
        let best = 0;
        let match;
        let tie = false;
        for (const file of byName.get(parts[parts.length - 1]) ?? []) {
            const shared = sharedTail(parts, file);
            if (shared > best)
                [best, match, tie] = [shared, file, false];
            else if (shared === best)
                tie = true;
        }
        if (match === undefined || tie)
            continue;
        const from = prefix(parts, best);
        const to = prefix(match, best);
        const key = `${from}\u0000${to}`;
        const vote = votes.get(key) ?? { from, to, places: 0 };
        vote.places++;
        votes.set(key, vote);
    }
    let winner;
    for (const vote of votes.values())
        if (winner === undefined || vote.places > winner.places)
            winner = vote;
    if (winner === undefined || winner.from === winner.to)
        return undefined;
    // A relative path that is a whole tail of checkout files needs a root, not a rewrite.
    if (winner.from === '')
        return winner.to === '' ? undefined : { kind: 'source-root', root: winner.to.replace(/\/$/, ''), places: winner.places };
    return { kind: 'path-map', ...winner };
}
function sharedTail(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
/** The components before the last `tail` ones, as a prefix ending in "/" ('' when none). */
function prefix(parts, tail) {
    const head = parts.slice(0, parts.length - tail);
    if (head.length === 0)
        return '';
    return `${head.join('/')}/`;
}

;// CONCATENATED MODULE: ./.build/src/coverage/repository.js


/**
 * Where report paths are resolved when factgate runs in `cwd`: `git diff` and the
 * pull-request files API name files from the repository's top level, wherever factgate
 * starts, so report paths are made relative to the top level too; relative report paths
 * are tried from `cwd` first (`workingDirectory`). Outside a git repository, `cwd` is the
 * root.
 */
async function repositoryOptions(git, cwd) {
    let top;
    try {
        top = (await git(['rev-parse', '--show-toplevel'])).trim();
    }
    catch {
        return { repoRoot: cwd };
    }
    if (top === '')
        return { repoRoot: cwd };
    const workingDirectory = (0,external_node_path_.relative)(real(top), real(cwd)).split('\\').join('/');
    if (workingDirectory.startsWith('..'))
        return { repoRoot: cwd };
    // Reports name files the way the producer saw them, through the same (possibly
    // symlinked) path as the working directory: keep that spelling of the top level.
    const suffix = workingDirectory === '' ? '' : `/${workingDirectory}`;
    const slashed = cwd.split('\\').join('/').replace(/\/+$/, '');
    const repoRoot = suffix !== '' && slashed.endsWith(suffix) ? slashed.slice(0, -suffix.length) : workingDirectory === '' ? cwd : top;
    return { repoRoot, workingDirectory, repoFiles: () => repositoryFiles(git) };
}
/** Tracked and untracked (not ignored) files, relative to the top level. */
async function repositoryFiles(git) {
    const out = await git(['ls-files', '-z', '--full-name', '--cached', '--others', '--exclude-standard', '--', ':/']);
    return [...new Set(out.split('\0').filter((file) => file !== ''))];
}
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}

;// CONCATENATED MODULE: ./.build/src/coverage/patch.js

/**
 * Patch coverage exactly as diff-cover computes it: of the added lines that the coverage
 * data measures, the share with hits. Added lines the report does not list (comments,
 * blank lines, files it does not mention) are not counted. Works from any source of
 * changed lines (git diff, a pull request's files).
 */
function computePatchCoverage(data, changed) {
    const files = [];
    const unmeasuredFiles = [];
    const warnings = [];
    let measured = 0;
    let covered = 0;
    for (const change of changed) {
        const file = data.files.get(change.path);
        if (file === undefined) {
            unmeasuredFiles.push(change.path);
            continue;
        }
        if (file.lines.size === 0 && file.totalsOnly !== undefined) {
            warnings.push(`${change.path}: the report gives only totals for this file, so its changed lines are not counted`);
            unmeasuredFiles.push(change.path);
            continue;
        }
        const uncoveredLines = [];
        let fileMeasured = 0;
        for (const line of new Set(change.addedLines)) {
            const hits = file.lines.get(line);
            if (hits === undefined)
                continue;
            fileMeasured++;
            if (hits === 0)
                uncoveredLines.push(line);
        }
        if (fileMeasured === 0)
            continue;
        uncoveredLines.sort((a, b) => a - b);
        const fileCovered = fileMeasured - uncoveredLines.length;
        files.push({ path: change.path, measured: fileMeasured, covered: fileCovered, uncoveredLines, rate: fileCovered / fileMeasured });
        measured += fileMeasured;
        covered += fileCovered;
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { lines: rated({ covered, total: measured }), files, unmeasuredFiles: unmeasuredFiles.sort(), warnings };
}
/**
 * Uncovered changed lines as ranges of consecutive lines, at most `limit` of them (GitHub
 * shows a limited number of annotations per step); `omitted` says how many were left out.
 */
function uncoveredRanges(patch, limit) {
    const ranges = [];
    for (const file of patch.files) {
        const lines = file.uncoveredLines;
        for (let i = 0; i < lines.length; i++) {
            const startLine = lines[i];
            while (i + 1 < lines.length && lines[i + 1] === lines[i] + 1)
                i++;
            ranges.push({ path: file.path, startLine, endLine: lines[i] });
        }
    }
    const kept = Math.max(0, Math.floor(limit));
    return { ranges: ranges.slice(0, kept), omitted: Math.max(0, ranges.length - kept) };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./.build/src/coverage/read-reports.js









/** 100 MiB: far above real reports (a 2-million-line Cobertura file is 60 MB). */
const DEFAULT_MAX_REPORT_BYTES = 100 * 1024 * 1024;
const nodeFileSystem = {
    size(path) {
        try {
            const stat = (0,external_node_fs_.statSync)(path);
            return stat.isFile() ? stat.size : undefined;
        }
        catch {
            return undefined;
        }
    },
    // 256 KiB: Node turns larger Latin-1 strings into external strings, which cost more memory.
    chunks: (path) => (0,external_node_fs_.createReadStream)(path, { highWaterMark: 256 * 1024 }),
    exists: (path) => (0,external_node_fs_.existsSync)(path),
    lineCount(path) {
        try {
            const text = (0,external_node_fs_.readFileSync)(path);
            let lines = 0;
            for (let at = text.indexOf(10); at !== -1; at = text.indexOf(10, at + 1))
                lines++;
            // A last line without a newline is a line too.
            return text.length > 0 && text[text.length - 1] !== 10 ? lines + 1 : lines;
        }
        catch {
            return undefined;
        }
    },
};
/** The file's chunks; a file that is there but cannot be opened (its permissions) is the user's to fix. */
async function* readable(chunks, path) {
    try {
        yield* chunks;
    }
    catch (error) {
        const code = error?.code;
        if (code !== 'EACCES' && code !== 'EPERM')
            throw error;
        throw new errors/* ConfigurationError */.j1('cannot read the coverage report: permission denied', { file: path, fix: `make the file readable by the user factgate runs as (chmod a+r ${path})` });
    }
}
/** Reads, checks and merges several reports. */
async function readCoverageReports(paths, options = {}, fs = nodeFileSystem) {
    if (paths.length === 0) {
        throw new errors/* ConfigurationError */.j1('no coverage report was given', { fix: 'pass the path of at least one coverage report' });
    }
    const reports = [];
    for (const path of paths)
        reports.push(await readCoverageReport(path, options, fs));
    const repoRoot = options.repoRoot ?? process.cwd();
    const lineCount = fs.lineCount;
    const data = mergeCoverage(reports, {
        repoRoot,
        workingDirectory: options.workingDirectory ?? '',
        rewrites: options.rewrites ?? [],
        sourceRoots: options.sourceRoots ?? [],
        exists: (relative) => fs.exists((0,external_node_path_.join)(repoRoot, relative)),
        ...(lineCount !== undefined ? { lineCount: (relative) => lineCount.call(fs, (0,external_node_path_.join)(repoRoot, relative)) } : {}),
    });
    if (data.unmatched.length > 0) {
        const repoFiles = await options.repoFiles?.();
        for (const unmatched of data.unmatched)
            data.warnings.push(unmatchedFilesWarning(unmatched, repoFiles));
    }
    return data;
}
/** Reads one report as a stream, refusing it by size first. */
async function readCoverageReport(path, options = {}, fs = nodeFileSystem) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
    const ioPath = options.baseDir === undefined ? path : (0,external_node_path_.resolve)(options.baseDir, path);
    const size = fs.size(ioPath);
    if (size === undefined) {
        throw new errors/* ConfigurationError */.j1('the coverage report does not exist or is not a file', {
            file: path,
            fix: `check the path (it was read as ${(0,external_node_path_.resolve)(ioPath)}; ${files/* PATHS_ARE_RELATIVE */.zc})`,
        });
    }
    if (size > maxBytes)
        throw tooLarge(path, size, maxBytes);
    const parser = createCoverageParser(path, options);
    let decoder;
    let asciiSoFar = true;
    let bytes = 0;
    for await (let chunk of readable(fs.chunks(ioPath), path)) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes)
            throw tooLarge(path, bytes, maxBytes);
        if (decoder === undefined) {
            decoder = decoderFor(chunk, path);
            // A UTF-8 byte order mark says nothing the decoder needs; dropping it keeps the fast path.
            if (decoder.encoding === 'utf-8' && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        // Reports are nearly always ASCII; while they are, the bytes are the characters and
        // go to the parser as they are, with no decoding (the decoder holds no partial bytes).
        if (asciiSoFar && decoder.encoding === 'utf-8' && (0,external_node_buffer_.isAscii)(chunk)) {
            parser.write(chunk);
            continue;
        }
        asciiSoFar = false;
        parser.write(decode(decoder, chunk, path, bytes - chunk.byteLength, true));
    }
    if (decoder !== undefined)
        parser.write(decode(decoder, new Uint8Array(0), path, bytes, false));
    return parser.end();
}
function decode(decoder, chunk, path, offset, stream) {
    try {
        return decoder.decode(chunk, { stream });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the file is not valid ${decoder.encoding} text`, {
            file: path,
            place: `near byte ${offset}`,
            fix: 'coverage reports are text; regenerate the report, or save it as UTF-8',
        });
    }
}
/** UTF-8 unless a byte order mark or the XML declaration says otherwise. */
function decoderFor(first, path) {
    if (first[0] === 0xff && first[1] === 0xfe)
        return new external_node_util_.TextDecoder('utf-16le', { fatal: true });
    if (first[0] === 0xfe && first[1] === 0xff)
        return new external_node_util_.TextDecoder('utf-16be', { fatal: true });
    const head = Buffer.from(first.subarray(0, 200)).toString('latin1');
    const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    const label = declared ?? 'utf-8';
    try {
        return new external_node_util_.TextDecoder(label, { fatal: true });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`the XML declaration names the encoding "${label}", which factgate cannot decode`, {
            file: path,
            place: 'line 1',
            fix: 'save the report as UTF-8',
        });
    }
}
function tooLarge(path, size, maxBytes) {
    return new errors/* ConfigurationError */.j1(`the coverage report is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit`, {
        file: path,
        fix: 'raise the coverage size limit if the report is genuine, or check that the right file was passed',
    });
}

;// CONCATENATED MODULE: ./.build/src/coverage/index.js












;// CONCATENATED MODULE: ./.build/src/pipeline/coverage-step.js



/**
 * Reads the configured coverage reports (and patch coverage against a git base). A report
 * that cannot be read is an input problem for the policy, never "0 % coverage".
 */
async function measureCoverage(settings, git, inputProblems, changedLines = null) {
    if (settings.coverage.length === 0)
        return null;
    const display = settings.coverage.map((p) => (0,external_node_path_.relative)(settings.cwd, p) || p);
    try {
        const rewrites = settings.coveragePathMap.map((text) => parsePathRewrite(text, { place: 'coverage-path-map' }));
        const data = await readCoverageReports(display, {
            ...(await repositoryOptions(git, settings.cwd)),
            baseDir: settings.cwd,
            rewrites,
            sourceRoots: settings.coverageSourceRoot,
        });
        const summary = summarizeCoverage(data);
        let patch = null;
        if (changedLines !== null || settings.coverageBase !== null) {
            const changed = changedLines ?? (await changedLinesFromGit(git, settings.coverageBase));
            const result = computePatchCoverage(data, changed);
            patch = {
                ...result.lines,
                uncovered: result.files.filter((f) => f.uncoveredLines.length > 0).map((f) => ({ path: f.path, lines: f.uncoveredLines })),
            };
            summary.warnings.push(...result.warnings);
        }
        return {
            reports: summary.reports.map((r) => ({ file: r.file, format: r.format })),
            lines: summary.lines,
            branches: summary.branches,
            patch,
            files: summary.files,
            warnings: summary.warnings,
        };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        inputProblems.push(`coverage: ${error.message}`);
        return null;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./.build/src/pipeline/git-runner.js

/** Runs git in `cwd` without a shell; its stderr becomes the error message. */
function gitRunner(cwd) {
    return (args) => new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(stderr.trim() || error.message));
            else
                resolve(stdout);
        });
    });
}

;// CONCATENATED MODULE: ./.build/src/evaluate/judges/cache.js


const VERDICT_CACHE_VERSION = 1;
/**
 * Verdicts by content: the key hashes the judge's identity (kind, model, prompt
 * version) with the question, the claim and the sources, so any change to one of
 * them asks the judge again, and an unchanged re-run asks nothing.
 */
class VerdictCache {
    entries = new Map();
    hits = 0;
    misses = 0;
    /** Set when a new verdict was stored since loading. */
    changed = false;
    constructor(entries = []) {
        for (const [key, value] of entries)
            this.entries.set(key, value);
    }
    get size() {
        return this.entries.size;
    }
    get(key) {
        const hit = this.entries.get(key);
        if (hit)
            this.hits++;
        else
            this.misses++;
        return hit;
    }
    set(key, verdict) {
        this.entries.set(key, verdict);
        this.changed = true;
    }
    toJSON() {
        const sorted = [...this.entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return { version: VERDICT_CACHE_VERSION, verdicts: Object.fromEntries(sorted) };
    }
}
function verdictKey(identity, request) {
    const content = JSON.stringify([identity, request.question, request.claim, request.sources.map((s) => [s.id, s.text])]);
    return (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
}
/**
 * Reads a cache file. A missing file is an empty cache; an unreadable or foreign
 * one is too, with a warning, since a cache is only ever an optimisation.
 */
async function loadVerdictCache(path, fs) {
    let text;
    try {
        text = await fs.readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { cache: new VerdictCache() };
        return { cache: new VerdictCache(), warning: `verdict cache ${path} could not be read (${error.message}); starting empty` };
    }
    const parsed = parseCacheFile(text);
    if (typeof parsed === 'string')
        return { cache: new VerdictCache(), warning: `verdict cache ${path} ${parsed}; starting empty` };
    return { cache: new VerdictCache(parsed) };
}
function parseCacheFile(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return 'is not JSON';
    }
    const file = data;
    if (file?.version !== VERDICT_CACHE_VERSION || !file.verdicts || typeof file.verdicts !== 'object') {
        return `is not a version ${VERDICT_CACHE_VERSION} verdict cache`;
    }
    return Object.entries(file.verdicts).filter((entry) => isCachedVerdict(entry[0], entry[1]));
}
function isCachedVerdict(key, value) {
    const v = value;
    return (/^[0-9a-f]{64}$/.test(key) &&
        !!v &&
        (v.verdict === 'supported' || v.verdict === 'contradicted' || v.verdict === 'unsupported') &&
        typeof v.score === 'number' &&
        typeof v.judge === 'string' &&
        typeof v.reason === 'string' &&
        (v.evidence === null || (typeof v.evidence === 'object' && typeof v.evidence?.sentence === 'string')));
}
async function saveVerdictCache(path, cache, fs) {
    await fs.mkdir((0,external_node_path_.dirname)(path), { recursive: true });
    await fs.writeFile(path, `${JSON.stringify(cache.toJSON())}\n`);
}
/**
 * Wraps a judge so that verdicts already in the cache are reused and only the rest
 * are asked. Undetermined verdicts are never stored: the next run tries again.
 */
function withVerdictCache(judge, cache, identity) {
    return {
        name: judge.name,
        async judge(requests) {
            const keys = requests.map((request) => verdictKey(identity, request));
            const results = requests.map((request, i) => {
                const hit = cache.get(keys[i]);
                return hit ? { ...hit, key: request.key } : undefined;
            });
            const missing = requests.filter((_, i) => results[i] === undefined);
            if (missing.length > 0) {
                const fresh = new Map((await judge.judge(missing)).map((result) => [result.key, result]));
                requests.forEach((request, i) => {
                    if (results[i])
                        return;
                    const result = fresh.get(request.key);
                    results[i] = result;
                    if (result && result.verdict !== 'undetermined') {
                        const { key: _key, ...verdict } = result;
                        cache.set(keys[i], verdict);
                    }
                });
            }
            return results.map((result, i) => result ?? { key: requests[i]?.key ?? '', verdict: 'undetermined', score: 0, evidence: null, judge: judge.name, reason: 'no verdict' });
        },
    };
}

// EXTERNAL MODULE: ./.build/src/evaluate/judges/deterministic.js + 14 modules
var deterministic = __webpack_require__(28860);
;// CONCATENATED MODULE: ./.build/src/pipeline/judge-factory.js



const nodeCacheFs = {
    readFile: (path, encoding) => (0,promises_.readFile)(path, encoding),
    writeFile: (path, data) => (0,promises_.writeFile)(path, data),
    mkdir: (path, options) => (0,promises_.mkdir)(path, options),
};
/**
 * The judge the settings name. The cache wraps the judge that makes calls (the LLM or the
 * command), not the deterministic first pass, which is cheaper to recompute than to look up.
 */
async function buildJudge(settings, env, cwd) {
    const apiKey = env[settings.apiKeyEnv];
    const secrets = apiKey ? [apiKey] : [];
    const loaded = settings.cache && settings.kind !== 'deterministic' ? await loadVerdictCache(settings.cache, nodeCacheFs) : null;
    const cached = (judge) => (loaded ? withVerdictCache(judge, loaded.cache, judge.cacheIdentity) : judge);
    // The judges that call out are loaded only when chosen.
    const { parseCommandLine } = settings.kind === 'command' || settings.kind === 'hybrid' ? await __webpack_require__.e(/* import() */ 196).then(__webpack_require__.bind(__webpack_require__, 53196)) : { parseCommandLine: null };
    const { createLlmJudge } = settings.kind === 'llm' || settings.kind === 'hybrid' ? await __webpack_require__.e(/* import() */ 836).then(__webpack_require__.bind(__webpack_require__, 48836)) : { createLlmJudge: null };
    const { createCommandJudge } = settings.kind === 'command' || settings.kind === 'hybrid' ? await __webpack_require__.e(/* import() */ 49).then(__webpack_require__.bind(__webpack_require__, 2049)) : { createCommandJudge: null };
    const llm = () => createLlmJudge({
        baseUrl: settings.url,
        model: settings.model,
        ...(apiKey ? { apiKey } : {}),
        ...(settings.concurrency !== null ? { concurrency: settings.concurrency } : {}),
        ...(settings.timeoutMs !== null ? { timeoutMs: settings.timeoutMs } : {}),
    });
    const command = () => createCommandJudge({
        argv: parseCommandLine(settings.command, { ...env }, { file: 'settings', place: 'judge-command' }),
        cwd,
        env: { ...env },
        ...(settings.timeoutMs !== null ? { timeoutMs: settings.timeoutMs } : {}),
    });
    let judge;
    switch (settings.kind) {
        case 'deterministic':
            judge = (0,deterministic/* createDeterministicJudge */.WI)();
            break;
        case 'llm':
            judge = cached(llm());
            break;
        case 'command':
            judge = cached(command());
            break;
        case 'hybrid': {
            const { createHybridJudge } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.bind(__webpack_require__, 43492));
            judge = createHybridJudge({ first: (0,deterministic/* createDeterministicJudge */.WI)(), fallback: cached(settings.hybridFallback === 'command' ? command() : llm()) });
            break;
        }
    }
    return {
        judge,
        secrets,
        cache: loaded?.cache ?? null,
        warning: loaded?.warning ?? null,
        save: async () => {
            if (loaded && settings.cache && loaded.cache.changed)
                await saveVerdictCache(settings.cache, loaded.cache, nodeCacheFs);
        },
    };
}

;// CONCATENATED MODULE: ./.build/src/policy/evaluate-policy.js


function formatThreshold(rule, value) {
    if (value === null)
        return 'n/a';
    return THRESHOLD_KEYS[rule].kind === 'ms' ? `${Math.round(value)} ms` : (0,format/* percent */.KN)(value);
}
/** The measured value and the threshold, worded so that they differ ("2.04%" above "2.00%", not "2.0%" above "2.0%"). */
function valueAgainstThreshold(rule, value, threshold) {
    if (THRESHOLD_KEYS[rule].kind === 'ms')
        return [formatThreshold(rule, value), formatThreshold(rule, threshold)];
    return (0,format/* percentPair */.oi)(value, threshold);
}
function rateThresholdValues(input) {
    const m = input.metrics;
    const cov = input.coverage;
    return {
        maxHallucinationRate: { value: m.hallucinationRate.value, rate: m.hallucinationRate, measured: true },
        maxCaseHallucinationRate: { value: m.caseHallucinationRate.value, rate: m.caseHallucinationRate, measured: true },
        minCitationCoverage: { value: m.citationCoverage.value, rate: m.citationCoverage, measured: true },
        minCitationPrecision: { value: m.citationPrecision.value, rate: m.citationPrecision, measured: true },
        minFactRecall: { value: m.factRecall.value, rate: m.factRecall, measured: true },
        // Set only by a custom policy: an app that returns no contexts cannot show them, and fails.
        minFaithfulness: { value: m.faithfulness.value, rate: m.faithfulness, measured: true },
        minContextRecall: { value: m.contextRecall.value, rate: m.contextRecall, measured: true },
        minContextPrecision: { value: m.contextPrecision.value, rate: m.contextPrecision, measured: true },
        maxUndeterminedRate: { value: m.undeterminedRate.value, rate: m.undeterminedRate, measured: true },
        maxErrorRate: { value: m.errorRate.value, rate: m.errorRate, measured: true },
        maxLatencyP95Ms: { value: m.latency?.p95 ?? null, measured: m.latency !== null },
        minLineCoverage: { value: cov?.lines.rate ?? null, measured: cov !== null },
        minBranchCoverage: { value: cov?.branches.rate ?? null, measured: cov !== null },
        minPatchCoverage: { value: cov?.patch?.rate ?? null, measured: cov?.patch != null },
        maxLineCoverageDrop: { value: lineCoverageDrop(input.drift), measured: lineCoverageDrop(input.drift) !== null },
    };
}
/** The baseline-to-head drop in line coverage, from the drift findings (positive = worse). */
function lineCoverageDrop(drift) {
    const finding = drift?.findings.find((f) => f.metric === 'lineCoverage' && f.scope === 'overall');
    if (!finding || finding.effect === null)
        return null;
    return -finding.effect;
}
/** Thresholds on what the app retrieved. */
const CONTEXT_RULES = new Set(['minFaithfulness', 'minContextRecall', 'minContextPrecision']);
function push(verdict, action, breach) {
    if (action === 'ignore')
        return;
    (action === 'fail' ? verdict.breaches : verdict.warnings).push({ ...breach, severity: action });
}
/**
 * Applies a policy to measured results. Every breach says what was measured and what
 * was allowed; a threshold that could not be checked is a note, or a breach when the
 * thing it needs was configured but could not be measured (the gate fails closed).
 */
function evaluatePolicy(input, policy) {
    const verdict = { status: 'pass', breaches: [], warnings: [], notes: [], override: null };
    const values = rateThresholdValues(input);
    for (const rule of Object.keys(THRESHOLD_KEYS)) {
        const threshold = policy.thresholds[rule];
        if (threshold === null)
            continue;
        const spec = THRESHOLD_KEYS[rule];
        const { value, rate, measured } = values[rule];
        if (!measured) {
            verdict.notes.push(`${spec.key}: not checked, ${notMeasuredReason(rule, input)}.`);
            continue;
        }
        if (value === null) {
            const why = CONTEXT_RULES.has(rule) && input.metrics.counts.contextCases === 0 ? 'no response carried contexts' : 'nothing to count';
            push(verdict, 'fail', {
                rule: spec.key,
                actual: null,
                threshold,
                message: `${spec.label} could not be measured (${why}), so ${spec.key} ${formatThreshold(rule, threshold)} cannot be shown.`,
            });
            continue;
        }
        const breached = spec.bound === 'max' ? value > threshold : value < threshold;
        if (!breached)
            continue;
        const counts = rate ? ` (${(0,format/* count */.U9)(rate.numerator)}/${(0,format/* count */.U9)(rate.denominator)})` : '';
        const [shown, limit] = valueAgainstThreshold(rule, value, threshold);
        push(verdict, 'fail', {
            rule: spec.key,
            actual: value,
            threshold,
            message: `${spec.label} ${shown}${counts} is ${spec.bound === 'max' ? 'above the maximum' : 'below the minimum'} of ${limit}.`,
        });
    }
    const { missing, unknown } = input.responses;
    const errored = input.metrics.errorRate.numerator - missing.length;
    if (missing.length > 0) {
        push(verdict, policy.missingResponses, {
            rule: 'missing-responses',
            actual: missing.length,
            threshold: 0,
            message: `${missing.length} case${plural(missing.length)} had no response: ${listIds(missing)}.`,
        });
    }
    if (errored > 0) {
        push(verdict, policy.missingResponses, {
            rule: 'missing-responses',
            actual: errored,
            threshold: 0,
            message: `${errored} case${plural(errored)} failed in the application or ran out of judging time (see each case's error).`,
        });
    }
    if (unknown.length > 0) {
        push(verdict, policy.unknownResponses, {
            rule: 'unknown-responses',
            actual: unknown.length,
            threshold: 0,
            message: `${unknown.length} response${plural(unknown.length)} had an id that is not in the golden set: ${listIds(unknown)}.`,
        });
    }
    for (const problem of input.inputProblems) {
        push(verdict, policy.missingInputs, { rule: 'missing-inputs', actual: null, threshold: null, message: problem });
    }
    for (const item of input.uncertified) {
        push(verdict, policy.certification, { rule: 'certification', actual: null, threshold: null, message: item.message });
    }
    for (const finding of input.drift?.findings ?? []) {
        if (finding.direction !== 'regression' || !finding.significant)
            continue;
        const { rule, action } = driftRule(finding, policy);
        push(verdict, action, { rule, actual: finding.effect, threshold: policy.minEffect, message: finding.explanation });
    }
    if (input.drift && input.drift.status !== 'compared' && input.drift.reason) {
        verdict.notes.push(`drift: ${input.drift.reason}`);
    }
    if (input.partial) {
        verdict.status = 'error';
        verdict.breaches.push({
            rule: 'partial-report',
            severity: 'fail',
            actual: null,
            threshold: null,
            message: `This report is partial (${input.partialReason ?? 'not every case was run'}); only a complete run can pass the gate.`,
        });
    }
    else if (input.metrics.counts.cases === 0) {
        verdict.status = 'error';
    }
    else if (verdict.breaches.length > 0) {
        verdict.status = 'fail';
    }
    return verdict;
}
/**
 * Judge-score and latency drift have their own keys; a descriptive finding (one the
 * drift section did not correct with the gating tests) never fails the gate.
 */
function driftRule(finding, policy) {
    const own = finding.metric === 'judgeScore' ? { rule: OPTION_KEYS.judgeScoreDrift, action: policy.judgeScoreDrift } :
        finding.metric === 'latencyP95Ms' ? { rule: OPTION_KEYS.latencyDrift, action: policy.latencyDrift } :
            { rule: 'regression', action: policy.regression };
    return finding.role === 'descriptive' && own.action === 'fail' ? { ...own, action: 'warn' } : own;
}
function notMeasuredReason(rule, input) {
    switch (rule) {
        case 'minLineCoverage':
        case 'minBranchCoverage':
            // A configured report that could not be read is already a missing input; say so, not "none configured".
            return input.inputProblems.some((problem) => problem.startsWith('coverage:'))
                ? 'the coverage report could not be read (see missing-inputs)'
                : 'no coverage report is configured';
        case 'minPatchCoverage':
            return 'no patch (diff) coverage was computed';
        case 'maxLineCoverageDrop':
            return 'no baseline coverage to compare with';
        case 'maxLatencyP95Ms':
            return 'the responses carry no latencies';
        default:
            return 'it was not measured';
    }
}
function plural(n) {
    return n === 1 ? '' : 's';
}
function listIds(ids, max = 10) {
    const shown = ids.slice(0, max).join(', ');
    return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

;// CONCATENATED MODULE: ./.build/src/pipeline/judge-report.js
/**
 * The tail every report goes through, a fresh run's and merged shards' alike: drift
 * against the baseline, then the policy's verdict. Written once, so a merged run is
 * judged exactly as the unsharded run would be.
 */


/** Same words for a run and a merge without a baseline, so both reports agree. */
const NO_BASELINE_REASON = 'no baseline report was configured (first run, or --baseline not set)';
function judgeReport(unjudged, inputs) {
    const drift = inputs.driftSkipped !== undefined
        ? skippedDrift(inputs.driftSkipped)
        : compareWithBaseline(unjudged, inputs.baseline, { ...driftOptions(unjudged.policy), noBaselineReason: inputs.noBaselineReason ?? NO_BASELINE_REASON });
    const uncertified = uncertifiedThresholds(unjudged.metrics, unjudged.policy.thresholds, unjudged.policy.certificationBound);
    const verdict = evaluatePolicy(gateInputFromReport({ ...unjudged, drift }, { inputProblems: [...(inputs.inputProblems ?? [])], uncertified }), unjudged.policy);
    return { ...unjudged, drift, verdict };
}
/** The policy's view of a report. */
function gateInputFromReport(report, extra = {}) {
    return {
        metrics: report.metrics,
        coverage: report.coverage,
        drift: report.drift,
        responses: report.responses,
        partial: report.run.partial,
        partialReason: report.run.partialReason,
        inputProblems: extra.inputProblems ?? [],
        uncertified: extra.uncertified ?? [],
    };
}

// EXTERNAL MODULE: ./.build/src/pipeline/load-cases.js + 2 modules
var load_cases = __webpack_require__(17931);
// EXTERNAL MODULE: ./.build/src/pipeline/load-worker.js
var load_worker = __webpack_require__(23679);
;// CONCATENATED MODULE: ./.build/src/pipeline/run-gate.js
/**
 * The pipeline end to end: settings → golden set → responses → evaluate → metrics →
 * coverage → drift → policy → report. Entry points pass in what touches the outside
 * world (clock, environment, cancellation, progress) and decide what to do with the report.
 */
















/** Below this many cases, starting worker threads costs more than it saves. */
const PARALLEL_MIN_CASES = 5000;
/** A golden set this large on disk (about 4,000 typical cases) is loaded and evaluated off the main thread. */
const LARGE_GOLDEN_SET_BYTES = 4 * 1024 * 1024;
const MAX_EVALUATION_THREADS = 4;
async function runGate(settings, deps) {
    const startedAt = deps.now();
    const secrets = deps.secrets ?? new SecretMask();
    // The golden set and the answers are needed only until every case is judged: large runs
    // free them before the report is built.
    const { goldenSet, results, judge, matched, notRun } = await evaluateGoldenSet(settings, deps, secrets);
    const unjudged = assembleReport({
        version: deps.version,
        startedAt,
        finishedAt: deps.now(),
        git: deps.git,
        goldenSet,
        settings: {
            responses: settings.responses.kind === 'file' ? 'file' : settings.responses.provider.kind === 'http' ? 'http' : `command (${settings.responses.provider.mode})`,
            judge: { name: judge.name, version: judgeVersion(judge) },
            citationPattern: settings.citationPattern ?? claims/* DEFAULT_CITATION_PATTERN */.HC.source,
            judgeAgainst: settings.judgeAgainst,
        },
        policy: settings.policy,
        cases: results,
        responses: { missing: matched.missing, unknown: matched.unknown },
        coverage: null,
        shard: settings.shard,
        partialReason: notRun.length > 0 ? `cancelled: ${notRun.length} case${notRun.length === 1 ? '' : 's'} not run` : null,
    });
    const inputProblems = [];
    unjudged.coverage = await measureCoverage(settings, deps.runGit ?? gitRunner(settings.cwd), inputProblems, deps.changedLines ?? null);
    const baseline = await baselineFor(settings, inputProblems, deps.noBaselineReason);
    const report = judgeReport(unjudged, { ...baseline, inputProblems });
    // The one place the report is masked: everything written, shown or posted is made from it.
    return { report: secrets.deep(report), secrets, baseline: baseline.baseline?.status === 'loaded' ? secrets.deep(baseline.baseline.report) : null };
}
/** Golden set → responses → verdicts: everything that needs the cases and their answers. */
async function evaluateGoldenSet(settings, deps, secrets) {
    const env = deps.env ?? process.env;
    // Built once the inputs are read, so a bad golden set is reported before a bad judge setting.
    const buildTheJudge = async () => {
        const built = deps.judge ? null : await buildJudge(settings.judge, env, settings.cwd);
        if (built)
            secrets.add(...built.secrets);
        if (built?.warning)
            deps.warn?.(built.warning);
        return { judge: deps.judge ?? built.judge, save: async () => built?.save() };
    };
    // Large runs with the offline judge use every core; a judge that calls out is bound by its calls.
    const threads = Math.min((0,external_node_os_.availableParallelism)(), MAX_EVALUATION_THREADS);
    const workers = deps.workerEntry !== undefined && !deps.judge && settings.judge.kind === 'deterministic' && threads > 1 ? { entry: deps.workerEntry, threads } : null;
    const citationPattern = settings.citationPattern ?? null;
    if (workers && settings.responses.kind === 'file' && (await (0,load_cases/* goldenSetBytes */.tN)(settings.goldenSet, settings.cwd)) >= LARGE_GOLDEN_SET_BYTES) {
        // The cases never come to this thread: the loader packs them for the evaluators.
        const loaded = (0,load_worker.loadOnWorker)(workers.entry, {
            goldenSet: settings.goldenSet,
            cwd: settings.cwd,
            responses: settings.responses.path,
            shard: settings.shard,
            citationPattern,
            judgeAgainst: settings.judgeAgainst,
            budgetMs: settings.judge.budgetMs,
        });
        const results = await (0,evaluation_pool.evaluateOnWorkers)(loaded.tasks, workers);
        const { goldenSet, missing, unknown } = loaded.summary();
        const { judge } = await buildTheJudge();
        return { goldenSet, results, judge, matched: { missing, unknown }, notRun: [] };
    }
    const { goldenSet, cases, otherShards } = await (0,load_cases/* loadCases */.EG)(settings.goldenSet, settings.cwd, settings.shard);
    let matched;
    let notRun = [];
    if (settings.responses.kind === 'file') {
        matched = await (0,load_cases/* loadMatchedResponses */.V6)(settings.responses.path, settings.cwd, cases, otherShards);
    }
    else {
        // Loaded only when the app is run, so a file of answers never pays for the HTTP client.
        const { getResponses } = await Promise.all(/* import() */[__webpack_require__.e(882), __webpack_require__.e(618)]).then(__webpack_require__.bind(__webpack_require__, 87618));
        const run = await getResponses(cases, settings.responses.provider, {
            ...(settings.run.concurrency !== null ? { concurrency: settings.run.concurrency } : {}),
            ...(settings.run.timeoutMs !== null ? { timeoutMs: settings.run.timeoutMs } : {}),
            ...(settings.run.retries !== null ? { retries: settings.run.retries } : {}),
            ...(deps.signal ? { signal: deps.signal } : {}),
            ...(deps.progress ? { progress: deps.progress } : {}),
            env: { ...env },
            cwd: settings.cwd,
        });
        matched = (0,file/* matchResponses */.ur)(cases, run.responses);
        notRun = run.notRun;
        secrets.add(...run.secrets);
    }
    const notRunSet = new Set(notRun);
    matched.missing = matched.missing.filter((id) => !notRunSet.has(id));
    const { judge, save } = await buildTheJudge();
    const options = {
        ...(citationPattern !== null ? { citationPattern } : {}),
        ...(settings.judge.budgetMs !== null ? { budgetMs: settings.judge.budgetMs } : {}),
        notRun: notRunSet,
        judgeAgainst: settings.judgeAgainst,
    };
    const results = workers && cases.length >= PARALLEL_MIN_CASES
        ? await (0,evaluation_pool.evaluateOnWorkers)((0,evaluation_pool.packEvaluationTasks)(cases, matched, options), workers)
        : await (0,evaluate/* evaluateCases */.pL)(cases, matched, judge, options);
    await save();
    return { goldenSet, results, judge, matched: { missing: matched.missing, unknown: matched.unknown }, notRun };
}
/**
 * The baseline report drift compares with, when one is configured. An unreadable baseline
 * is an input problem the policy rules on (fail closed by default), never a silent skip.
 */
async function baselineFor(settings, inputProblems, noBaselineReason) {
    if (settings.shard !== null)
        return { baseline: null, driftSkipped: 'a shard is compared with the baseline only once merged' };
    if (settings.baseline === null) {
        const reason = noBaselineReason ?? (settings.baselineAuto ? 'baseline: auto finds the base branch report only in GitHub Actions, on a pull request' : NO_BASELINE_REASON);
        return { baseline: null, noBaselineReason: reason };
    }
    const display = (0,external_node_path_.relative)(settings.cwd, settings.baseline) || settings.baseline;
    try {
        const baseline = await loadBaselineReport(settings.baseline, display);
        return { baseline };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        inputProblems.push(`baseline: ${error.message}`);
        return { baseline: null, noBaselineReason: `the baseline could not be read (${display})` };
    }
}
function judgeVersion(judge) {
    return judge.version ?? '1';
}

;// CONCATENATED MODULE: ./.build/src/report/terminal.js





/** Failing claims shown under each listed case; the rest are in the report. */
const MAX_CLAIMS_PER_CASE = 3;
const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
const MIN_WIDTH = 40;
/**
 * The verdict and its reasons for a terminal or a CI log, wrapped to the width at word
 * boundaries (a number is never split), each regression printed once, ending with the
 * verdict line and the reports written. Untrusted text is made log-safe.
 */
function renderTerminal(report, options) {
    const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? 80));
    const paint = (code, text) => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
    const safe = (text, max = 300) => escapeLogText(Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, max).join(''));
    const out = [];
    /** Adds `text` wrapped to the width: `first` before the first line, continuation lines indented to match. */
    const say = (first, text, style) => {
        const lines = wrap(text, width - visibleLength(first));
        const pad = ' '.repeat(visibleLength(first));
        lines.forEach((line, i) => out.push(`${i === 0 ? first : pad}${style ? paint(style, line) : line}`));
    };
    const v = report.verdict;
    const color = v.status === 'pass' ? 'green' : v.status === 'overridden' ? 'yellow' : 'red';
    const figures = (0,report_rows/* baselineFigures */.Zl)(report);
    const verdictLine = `factgate: ${format/* VERDICT_WORDS */._G[v.status]}`;
    say(paint('bold', paint(color, verdictLine)) + ' — ', safe(summarySentence(report, figures)));
    // Rules: a regression is named here and explained once, under "Against the baseline".
    const regressions = new Set(report.drift?.findings.filter((f) => f.significant).map((f) => f.explanation) ?? []);
    const drift = [...v.breaches, ...v.warnings].filter((b) => regressions.has(b.message));
    for (const [list, mark, style] of [[v.breaches, '✗', 'red'], [v.warnings, '!', 'yellow']]) {
        const byRule = new Map();
        for (const b of list)
            if (!regressions.has(b.message))
                byRule.set(b.rule, [...(byRule.get(b.rule) ?? []), b.message]);
        for (const [rule, messages] of byRule) {
            const more = messages.length > 1 ? ` (and ${(0,format/* count */.U9)(messages.length - 1)} more in the report)` : '';
            say(`  ${paint(style, mark)} `, `${rule}: ${safe(messages[0] ?? '')}${more}`);
        }
    }
    if (drift.length > 0)
        say(`  ${paint('red', '✗')} `, `${(0,format/* plural */.LS)(drift.length, 'significant regression')} against the baseline, below`);
    out.push('');
    for (const row of (0,report_rows/* metricRows */.IN)(report, figures)) {
        const mark = row.status === 'fail' ? paint('red', '✗') : row.status === 'warn' ? paint('yellow', '!') : ' ';
        const counts = row.counts ? ` (${(0,format/* count */.U9)(row.counts.numerator)}/${(0,format/* count */.U9)(row.counts.denominator)})` : '';
        const extra = [row.threshold ? `${row.threshold.bound} ${(0,report_rows/* thresholdText */.HA)(row).slice(2)}` : null, row.change !== null ? `${(0,report_rows/* changeText */.k0)(row)} vs baseline` : null].filter(Boolean).join(', ');
        say(`${mark} ${row.label.padEnd(Math.min(30, width - 30))} `, `${(0,report_rows/* valueText */.Ru)(row)}${counts}${extra ? ` ${paint('dim', `(${extra})`)}` : ''}`);
    }
    const map = report.metrics.meanAveragePrecision;
    if ((0,format/* hasContexts */.BX)(report) && map.value !== null) {
        say(`  ${'Mean average precision'.padEnd(Math.min(30, width - 30))} `, `${map.value.toFixed(3)} (mean over ${(0,format/* plural */.LS)(map.cases, 'case')})`);
    }
    if (report.categories.length > 1) {
        out.push('');
        const retrieval = (0,format/* hasContexts */.BX)(report);
        say('', `By category (hallucination rate, citation coverage${retrieval ? ', faithfulness, context recall, context precision' : ''})`, 'bold');
        const worst = [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
        for (const cat of worst.slice(0, 20)) {
            const contexts = retrieval ? `, ${(0,format/* percent */.KN)(cat.faithfulness.value)}, ${(0,format/* percent */.KN)(cat.contextRecall.value)}, ${(0,format/* percent */.KN)(cat.contextPrecision.value)}` : '';
            say('  ', `${safe(cat.category, 40)}: ${(0,format/* percent */.KN)(cat.hallucinationRate.value)}, ${(0,format/* percent */.KN)(cat.citationCoverage.value)}${contexts} (${(0,format/* plural */.LS)(cat.cases, 'case')})`);
        }
        if (worst.length > 20)
            out.push(paint('dim', `  … ${(0,format/* count */.U9)(worst.length - 20)} more categories in the report`));
    }
    if (report.drift?.status === 'compared') {
        const d = report.drift;
        const significant = d.findings.filter((f) => f.significant && f.direction === 'regression');
        out.push('');
        say('', `Against the baseline: ${(0,format/* plural */.LS)(d.cases.compared, 'unchanged case')} compared`, 'bold');
        if (significant.length === 0)
            out.push('  no significant regression');
        for (const f of significant.slice(0, 20)) {
            const gate = findingGate(report, f);
            const mark = gate === 'fail' ? paint('red', '✗') : gate === 'warn' ? paint('yellow', '!') : ' ';
            say(`  ${mark} `, `${safe(findingPlainWords(f), 400)}${gate === 'fail' ? ' (fails the gate)' : gate === 'warn' ? ' (warns)' : ''}`);
        }
        if (significant.length > 20)
            out.push(paint('dim', `  … ${(0,format/* count */.U9)(significant.length - 20)} more in the report`));
    }
    else if (report.drift?.reason) {
        out.push('');
        say('', `Against the baseline: not compared (${safe(report.drift.reason)})`, 'dim');
    }
    const failing = (0,format/* failingCases */.wb)(report);
    if (failing.length > 0) {
        const max = options.maxCases ?? 10;
        out.push('');
        say('', `Cases to look at (${(0,format/* count */.U9)(failing.length)}, worst first)`, 'bold');
        const errors = new Set();
        let listed = 0;
        for (const f of failing) {
            if (listed >= max)
                break;
            const c = f.case;
            if (f.kind === 'error') {
                const first = (0,format/* errorHeadline */.rP)(c.error ?? 'unknown error');
                if (errors.has(first))
                    continue;
                errors.add(first);
                const same = failing.filter((g) => g.kind === 'error' && (0,format/* errorHeadline */.rP)(g.case.error ?? 'unknown error') === first).length;
                say('  ', `${same > 1 ? `${(0,format/* count */.U9)(same)} cases` : safe(c.id, 80)} ${(0,format/* failedAt */.JG)(c.error)}: ${safe(first, 200)}`);
            }
            else if (f.kind === 'missing') {
                say('  ', `${safe(c.id, 80)}: no response`);
            }
            else {
                const worst = c.claims.find((cl) => cl.verdict === 'contradicted') ?? c.claims.find((cl) => cl.hallucinated);
                const why = worst ? `${worst.verdict}: "${worst.text}" (${worst.reason})` : (c.hallucinationReasons[0] ?? 'hallucinated');
                say('  ', `${safe(c.id, 80)} [${safe(c.category, 40)}] ${safe(why, 240)}`);
                // The other failing claims, so the reader sees what was said without opening the report.
                const others = c.claims.filter((claim) => claim.hallucinated && claim !== worst);
                for (const claim of others.slice(0, MAX_CLAIMS_PER_CASE - 1))
                    say(`    ${paint('red', '✗')} `, `${claim.verdict}: "${safe(claim.text, 160)}" (${safe(claim.reason, 160)})`);
                if (others.length > MAX_CLAIMS_PER_CASE - 1)
                    say('    ', `… and ${(0,format/* count */.U9)(others.length - MAX_CLAIMS_PER_CASE + 1)} more claims`, 'dim');
            }
            listed++;
        }
        if (failing.length > listed)
            out.push(paint('dim', `  … and the rest in the report`));
    }
    for (const note of v.notes)
        say(paint('dim', 'note: '), safe(note), 'dim');
    out.push('');
    say(paint('bold', paint(color, verdictLine)) + ' ', `(policy ${safe(report.policy.name, 40)}, ${(0,format/* plural */.LS)(report.metrics.counts.cases, 'case')}, ${(0,format/* plural */.LS)(report.metrics.counts.claims, 'claim')})`);
    const paths = (options.reportPaths ?? []).filter((p) => p !== '');
    if (paths.length > 0)
        say('Reports: ', paths.map((p) => safe(p, 400)).join(', '));
    return out.join('\n') + '\n';
}
/** Columns a string takes, without colour codes; wide (East Asian) characters take two. */
function visibleLength(text) {
    let width = 0;
    for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f))
            continue;
        width += isWide(cp) ? 2 : 1;
    }
    return width;
}
function isWide(cp) {
    return ((cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        (cp >= 0x1f300 && cp <= 0x1faff) ||
        (cp >= 0x20000 && cp <= 0x3fffd));
}
/** Words onto lines of at most `width` columns; a word longer than a line stays whole (never a split number or path). */
function wrap(text, width) {
    const room = Math.max(10, width);
    const lines = [];
    let line = '';
    let used = 0;
    for (const word of text.split(' ')) {
        if (word === '')
            continue;
        const w = visibleLength(word);
        if (line !== '' && used + 1 + w > room) {
            lines.push(line);
            line = '';
            used = 0;
        }
        line = line === '' ? word : `${line} ${word}`;
        used += (used === 0 ? 0 : 1) + w;
    }
    lines.push(line);
    return lines;
}

// EXTERNAL MODULE: ./.build/src/report/validate-report.js + 1 modules
var validate_report = __webpack_require__(3380);
;// CONCATENATED MODULE: ./.build/src/responses/progress.js
const realEvery = (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
};
function createProgress(options) {
    const now = options.now ?? (() => Date.now());
    const logIntervalMs = options.logIntervalMs ?? 10_000;
    const redrawMs = options.redrawMs ?? 100;
    const width = options.width ?? 24;
    let total = 0;
    let done = 0;
    let errors = 0;
    let startedAt = 0;
    let lastDraw = -Infinity;
    let lastLog = 0;
    let nextDecile = 1;
    let stopTicking;
    const rate = () => {
        const seconds = (now() - startedAt) / 1000;
        return seconds > 0 ? done / seconds : 0;
    };
    const status = () => {
        const r = rate();
        const eta = r > 0 && done < total ? ` · ETA ${formatDuration((total - done) / r)}` : '';
        const errorText = errors ? ` · ${errors} error${errors === 1 ? '' : 's'}` : '';
        return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} cases (${percent()}%) · ${formatRate(r)}/s${eta}${errorText}`;
    };
    const percent = () => (total === 0 ? 100 : Math.floor((done / total) * 100));
    const drawBar = (force) => {
        const t = now();
        if (!force && t - lastDraw < redrawMs)
            return;
        lastDraw = t;
        const filled = total === 0 ? width : Math.round((done / total) * width);
        options.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${status()}`);
    };
    const logLine = () => {
        lastLog = now();
        options.write(`progress: ${status()}\n`);
    };
    return {
        start(count) {
            total = count;
            startedAt = now();
            lastLog = startedAt;
            if (options.isTTY)
                drawBar(true);
            else {
                options.write(`progress: ${total.toLocaleString('en-US')} cases to run\n`);
                stopTicking = (options.every ?? realEvery)(Math.min(logIntervalMs, 1000), () => {
                    if (done < total && now() - lastLog >= logIntervalMs)
                        logLine();
                });
            }
        },
        settled(response) {
            done++;
            if (response.error !== undefined)
                errors++;
            if (options.isTTY)
                return drawBar(done === total);
            // Deciles crossed by this case get one line between them, not one each.
            let crossed = false;
            while (nextDecile <= 10 && done * 10 >= nextDecile * total) {
                nextDecile++;
                crossed = true;
            }
            if (crossed || now() - lastLog >= logIntervalMs)
                logLine();
        },
        finish({ cancelled }) {
            stopTicking?.();
            const end = cancelled ? ` · cancelled, ${total - done} not run` : '';
            if (options.isTTY) {
                drawBar(true);
                options.write(`${end}\n`);
            }
            else if (cancelled) {
                options.write(`progress: ${status()}${end}\n`);
            }
        },
    };
}
function formatRate(perSecond) {
    return perSecond >= 100 ? Math.round(perSecond).toLocaleString('en-US') : perSecond.toFixed(1);
}
/** 75 → "1:15", 3725 → "1:02:05". */
function formatDuration(seconds) {
    const s = Math.max(0, Math.ceil(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

;// CONCATENATED MODULE: ./.build/src/settings/comment-mode.js

/** When the sticky comment is written. */
const COMMENT_MODES = ['always', 'on-failure', 'update-only', 'off'];
/** Reads a comment mode from an input or a settings file, naming where a wrong value came from. */
function parseCommentMode(value, where) {
    const mode = value.trim().toLowerCase();
    if (COMMENT_MODES.includes(mode))
        return mode;
    throw new errors/* ConfigurationError */.j1(`${JSON.stringify(value)} is not a comment mode.`, {
        ...where,
        fix: `Use one of: ${COMMENT_MODES.join(', ')}.`,
    });
}

;// CONCATENATED MODULE: ./.build/src/settings/github-settings.js




const PUBLISH_FAILURE = ['warn', 'fail'];
/** The GitHub side's settings from Action inputs or `factgate comment` flags. */
function resolveGitHubSettings(raw, env, placePrefix = '') {
    const mode = raw.mode ?? 'run';
    if (mode !== 'run' && mode !== 'comment') {
        throw new errors/* ConfigurationError */.j1(`unknown mode "${mode}"`, { place: `${placePrefix}mode`, fix: 'use run (the gate) or comment (the fork-safe comment step)' });
    }
    const gateId = parseGateId(raw['gate-id'] ?? DEFAULT_GATE_ID, { place: `${placePrefix}gate-id` });
    const publishFailure = (raw['publish-failure'] ?? 'warn').trim().toLowerCase();
    if (!PUBLISH_FAILURE.includes(publishFailure)) {
        throw new errors/* ConfigurationError */.j1(`publish-failure must be warn or fail, not "${raw['publish-failure']}"`, {
            place: `${placePrefix}publish-failure`,
            fix: 'write warn (a comment GitHub would not take is a warning) or fail (the job fails then)',
        });
    }
    const commentAuthor = raw['comment-author'];
    if (commentAuthor !== undefined && !/^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,44})(?:\[bot\])?$/.test(commentAuthor)) {
        throw new errors/* ConfigurationError */.j1(`"${commentAuthor}" is not a GitHub login`, {
            place: `${placePrefix}comment-author`,
            fix: 'write the login as GitHub shows it, e.g. github-actions[bot] or my-app[bot] for an app, or octocat for a user',
        });
    }
    const checkRun = raw['check-run'] ?? 'false';
    if (!['true', 'false'].includes(checkRun.toLowerCase())) {
        throw new errors/* ConfigurationError */.j1(`check-run must be true or false, not "${checkRun}"`, { place: `${placePrefix}check-run`, fix: 'write true or false' });
    }
    return {
        mode,
        token: raw['github-token'] ?? env.GITHUB_TOKEN ?? null,
        commentMode: parseCommentMode(raw.comment ?? 'always', { place: `${placePrefix}comment` }),
        gateId,
        checkRun: checkRun.toLowerCase() === 'true',
        artifactName: raw['artifact-name'] ?? REPORT_ARTIFACT_NAME,
        commentAuthor,
        publishFailure: publishFailure,
    };
}

// EXTERNAL MODULE: ./.build/src/evaluate/judging-budget.js
var judging_budget = __webpack_require__(437);
// EXTERNAL MODULE: ./.build/src/responses/provider-settings.js
var provider_settings = __webpack_require__(91721);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
;// CONCATENATED MODULE: ./.build/src/policy/presets.js
const NO_THRESHOLDS = {
    maxHallucinationRate: null,
    maxCaseHallucinationRate: null,
    minCitationCoverage: null,
    minCitationPrecision: null,
    minFactRecall: null,
    minFaithfulness: null,
    minContextRecall: null,
    minContextPrecision: null,
    maxUndeterminedRate: null,
    maxErrorRate: null,
    maxLatencyP95Ms: null,
    minLineCoverage: null,
    minBranchCoverage: null,
    minPatchCoverage: null,
    maxLineCoverageDrop: null,
};
/** The presets of the design, the single source of these numbers. */
const PRESETS = {
    strict: {
        name: 'strict',
        extends: 'strict',
        thresholds: {
            ...NO_THRESHOLDS,
            maxHallucinationRate: 0.005,
            maxUndeterminedRate: 0,
            minCitationCoverage: 0.98,
            minLineCoverage: 0.8,
        },
        regression: 'fail',
        alpha: 0.05,
        minEffect: 0.01,
        missingResponses: 'fail',
        unknownResponses: 'fail',
        missingInputs: 'fail',
        judgeScoreDrift: 'warn',
        latencyDrift: 'warn',
        certification: 'fail',
        certificationBound: 'exact',
        override: 'maintainer-approval',
        overrideLabel: 'factgate-override',
    },
    standard: {
        name: 'standard',
        extends: 'standard',
        thresholds: {
            ...NO_THRESHOLDS,
            maxHallucinationRate: 0.02,
            maxUndeterminedRate: 0.02,
            minCitationCoverage: 0.9,
            minLineCoverage: 0.6,
        },
        regression: 'fail',
        alpha: 0.05,
        minEffect: 0.02,
        missingResponses: 'fail',
        unknownResponses: 'fail',
        missingInputs: 'fail',
        judgeScoreDrift: 'warn',
        latencyDrift: 'warn',
        certification: 'warn',
        certificationBound: 'exact',
        override: 'write-label',
        overrideLabel: 'factgate-override',
    },
    permissive: {
        name: 'permissive',
        extends: 'permissive',
        thresholds: {
            ...NO_THRESHOLDS,
            maxHallucinationRate: 0.05,
            maxUndeterminedRate: 0.05,
            minCitationCoverage: 0.75,
            minLineCoverage: 0.4,
        },
        regression: 'warn',
        alpha: 0.05,
        minEffect: 0.03,
        missingResponses: 'fail',
        unknownResponses: 'fail',
        missingInputs: 'fail',
        judgeScoreDrift: 'warn',
        latencyDrift: 'warn',
        certification: 'warn',
        certificationBound: 'exact',
        override: 'none',
        overrideLabel: 'factgate-override',
    },
};

;// CONCATENATED MODULE: ./.build/src/policy/resolve-policy.js





function isPresetName(name) {
    return PRESET_NAMES.includes(name);
}
function presetPolicy(name, file) {
    if (!isPresetName(name)) {
        const guess = (0,schema/* closest */.kp)(name, PRESET_NAMES);
        throw new errors/* ConfigurationError */.j1(`unknown policy "${name}"`, {
            ...(file ? { file } : {}),
            place: 'policy',
            fix: `${guess ? `did you mean "${guess}"? ` : ''}use strict, standard or permissive, or define a custom policy (extends: standard) in factgate.yml`,
        });
    }
    return structuredClone(PRESETS[name]);
}
/** Resolves a preset name or a custom policy that extends a preset. */
function resolvePolicy(spec, file) {
    if (typeof spec === 'string')
        return presetPolicy(spec, file);
    const policy = presetPolicy(spec.extends, file);
    policy.name = spec.name ?? `custom (extends ${spec.extends})`;
    for (const [field, { key, kind }] of Object.entries(THRESHOLD_KEYS)) {
        if (!(key in spec))
            continue;
        policy.thresholds[field] = kind === 'rate' ? resolve_policy_parseRate(spec[key], `policy.${key}`, file) : spec[key];
    }
    for (const [field, key] of Object.entries(OPTION_KEYS)) {
        if (key in spec)
            policy[field] = spec[key];
    }
    return policy;
}
/** 0.02 or "2%" → 0.02; null stays null (threshold off). */
function resolve_policy_parseRate(value, place, file) {
    if (value === null)
        return null;
    if (typeof value === 'number')
        return value;
    const text = String(value);
    const pct = Number(text.slice(0, -1));
    if (text.endsWith('%') && Number.isFinite(pct) && pct >= 0 && pct <= 100)
        return pct / 100;
    throw new errors/* ConfigurationError */.j1(`"${text}" is not a rate`, {
        ...(file ? { file } : {}),
        place,
        fix: 'write a fraction between 0 and 1 (0.02) or a percentage ("2%")',
    });
}

// EXTERNAL MODULE: ./.build/src/responses/shard.js
var shard = __webpack_require__(67176);
;// CONCATENATED MODULE: ./.build/schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"qo":{"golden-set":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"responses":{"type":"string","minLength":1,"maxLength":4096},"command":{"type":"string","minLength":1,"maxLength":4096},"command-mode":{"type":"string","enum":["per-case","worker"]},"command-cwd":{"type":"string","minLength":1,"maxLength":4096},"endpoint":{"type":"string","pattern":"^https?://","maxLength":4096},"endpoint-header":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"endpoint-body":{"anyOf":[{"type":"string","minLength":1,"maxLength":100000},{"type":"object"},{"type":"array"}]},"answer-path":{"type":"string","minLength":1,"maxLength":256},"claims-path":{"type":"string","minLength":1,"maxLength":256},"contexts-path":{"type":"string","minLength":1,"maxLength":256},"concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"worker-start-timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"retries":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"shard":{"type":"string","pattern":"^[0-9]+/[0-9]+$"},"judge":{"type":"string","enum":["deterministic","llm","command","hybrid"]},"judge-url":{"type":"string","pattern":"^https?://","maxLength":4096},"judge-model":{"type":"string","minLength":1,"maxLength":256},"judge-api-key-env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":128},"judge-command":{"type":"string","minLength":1,"maxLength":4096},"judge-concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-budget-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-cache":{"type":"string","minLength":1,"maxLength":4096},"hybrid-fallback":{"type":"string","enum":["llm","command"]},"judge-against":{"type":"string","enum":["both","sources","contexts"]},"citation-pattern":{"type":"string","minLength":1,"maxLength":500},"coverage":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-base":{"type":"string","minLength":1,"maxLength":256},"coverage-path-map":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-source-root":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"policy":{"anyOf":[{"type":"string","enum":["strict","standard","permissive"]},{"$ref":"#/definitions/policy"}]},"baseline":{"type":"string","minLength":1,"maxLength":4096},"report-json":{"type":"string","minLength":1,"maxLength":4096},"report-md":{"type":"string","minLength":1,"maxLength":4096},"report-html":{"type":"string","minLength":1,"maxLength":4096},"report-junit":{"type":"string","minLength":1,"maxLength":4096}},"BG":{"JN":{"qo":{"extends":{"type":"string","enum":["strict","standard","permissive"],"description":"The preset this policy starts from."},"name":{"type":"string","minLength":1,"maxLength":64},"max-hallucination-rate":{"$ref":"#/definitions/rate"},"max-case-hallucination-rate":{"$ref":"#/definitions/rate"},"min-citation-coverage":{"$ref":"#/definitions/rate"},"min-citation-precision":{"$ref":"#/definitions/rate"},"min-fact-recall":{"$ref":"#/definitions/rate"},"min-faithfulness":{"$ref":"#/definitions/rate"},"min-context-recall":{"$ref":"#/definitions/rate"},"min-context-precision":{"$ref":"#/definitions/rate"},"max-undetermined-rate":{"$ref":"#/definitions/rate"},"max-error-rate":{"$ref":"#/definitions/rate"},"max-latency-p95-ms":{"$ref":"#/definitions/milliseconds"},"min-line-coverage":{"$ref":"#/definitions/rate"},"min-branch-coverage":{"$ref":"#/definitions/rate"},"min-patch-coverage":{"$ref":"#/definitions/rate"},"max-line-coverage-drop":{"$ref":"#/definitions/rate"},"regression":{"$ref":"#/definitions/action"},"alpha":{"type":"number","exclusiveMinimum":0,"maximum":0.5},"min-effect":{"type":"number","minimum":0,"maximum":1},"missing-responses":{"$ref":"#/definitions/action"},"unknown-responses":{"$ref":"#/definitions/action"},"missing-inputs":{"$ref":"#/definitions/action"},"judge-score-drift":{"$ref":"#/definitions/action"},"latency-drift":{"$ref":"#/definitions/action"},"certification":{"$ref":"#/definitions/action"},"certification-bound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"override-label":{"type":"string","minLength":1,"maxLength":50}}}}}');
// EXTERNAL MODULE: ./.build/src/shared/structured.js + 1 modules
var structured = __webpack_require__(55548);
// EXTERNAL MODULE: ./.build/src/shared/validators.generated.js
var validators_generated = __webpack_require__(65413);
;// CONCATENATED MODULE: ./.build/src/settings/config-file.js








const DEFAULT_CONFIG_NAME = 'factgate.yml';
/** Compiled ahead of time from the schema by the build (scripts/generate-validators.mjs). */
const configValidator = validators_generated/* validateConfig */.$r;
/** Finds the settings file: the one named, or factgate.yml in the working directory if present. */
function locateConfig(explicit, cwd) {
    if (explicit !== undefined)
        return (0,external_node_path_.resolve)(cwd, explicit);
    const implicit = (0,external_node_path_.resolve)(cwd, DEFAULT_CONFIG_NAME);
    return (0,external_node_fs_.existsSync)(implicit) ? implicit : null;
}
async function loadConfigFile(absolute, cwd) {
    const file = (0,external_node_path_.relative)(cwd, absolute) || absolute;
    const text = await (0,files/* readTextFile */.Gu)(absolute, 1 * files/* MiB */.lv, 'settings file', file);
    const [doc] = (0,structured/* parseStructured */.jE)(text, file, absolute.endsWith('.json') ? 'json' : 'yaml');
    const value = doc.value ?? {};
    if (!configValidator(value)) {
        throw (0,schema/* schemaError */.g$)((0,schema/* bestError */.Lq)(configValidator.errors), doc, file, [], 'factgate.yml', knownKeys);
    }
    return { file, dir: (0,external_node_path_.dirname)(absolute), config: value, lineOf: (key) => doc.locate([key], true)?.line ?? null };
}
function knownKeys(path) {
    if (path[0] === 'policy')
        return Object.keys(config_schema_namespaceObject.BG.JN.qo);
    return Object.keys(config_schema_namespaceObject.qo);
}

;// CONCATENATED MODULE: ./.build/src/settings/settings.js











const DEFAULT_JUDGE_API_KEY_ENV = 'FACTGATE_JUDGE_API_KEY';
/** The value of report-json, report-md or report-junit that writes no report. */
const NO_REPORT = 'none';
/**
 * The settings that say how the app is reached. A flag or input that chooses the app
 * (--responses, --command, --endpoint) replaces all of them: a mode, folder or time-out
 * left in factgate.yml for one app never applies to another.
 */
const APP_KEYS = ['responses', 'command', 'command-mode', 'command-cwd', 'endpoint', 'endpoint-header', 'endpoint-body', 'answer-path', 'claims-path', 'concurrency', 'timeout-ms', 'retries'];
const APP_CHOOSERS = ['responses', 'command', 'endpoint'];
/**
 * Merges flags or inputs over factgate.yml over defaults. Flag paths are relative to the
 * working directory, factgate.yml paths to the file's own directory.
 */
async function resolveSettings(raw, cwd, defaults = {}) {
    const configPath = locateConfig(single(raw.config), cwd);
    const loaded = configPath ? await loadConfigFile(configPath, cwd) : null;
    const fileConfig = loaded?.config ?? {};
    const chooser = APP_CHOOSERS.find((key) => raw[key] !== undefined);
    const config = chooser ? withoutKeys(fileConfig, APP_KEYS) : fileConfig;
    const configDir = loaded?.dir ?? cwd;
    const fileOf = loaded ? { file: loaded.file } : {};
    const where = (key) => (raw[key] !== undefined ? { place: `--${key}` } : { ...fileOf, place: key });
    /** A flag beats factgate.yml; numbers in factgate.yml become strings here and are parsed below. */
    const text = (key) => {
        const flag = single(raw[key]);
        if (flag !== undefined)
            return flag;
        const value = config[key];
        return value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value) : String(value);
    };
    const path = (key) => {
        const flag = single(raw[key]);
        if (flag !== undefined)
            return (0,external_node_path_.resolve)(cwd, flag);
        const value = config[key];
        return typeof value === 'string' ? (0,external_node_path_.resolve)(configDir, value) : undefined;
    };
    // "-" and /dev/stdout mean standard output, written directly; anything else is a file path.
    const outputPath = (key) => {
        const value = text(key);
        return value !== undefined && output_targets_isStandardOutput(value.trim()) ? value.trim() : (path(key) ?? null);
    };
    const list = (key) => (raw[key] !== undefined ? toList(raw[key]) : toList(config[key]));
    const pathList = (key) => raw[key] !== undefined ? toList(raw[key]).map((p) => relativeTo(cwd, (0,external_node_path_.resolve)(cwd, p))) : list(key).map((p) => relativeTo(cwd, (0,external_node_path_.resolve)(configDir, p)));
    const count = (key, min, max) => {
        const value = text(key);
        if (value === undefined)
            return null;
        const n = Number(value);
        if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
            throw new errors/* ConfigurationError */.j1(`${key} must be a whole number from ${min} to ${max}, not "${value}"`, { ...where(key), fix: `write a number between ${min} and ${max}` });
        }
        return n;
    };
    const oneOf = (key, allowed) => {
        const value = text(key);
        if (value === undefined)
            return undefined;
        if (!allowed.includes(value)) {
            const guess = (0,schema/* closest */.kp)(value, allowed);
            throw new errors/* ConfigurationError */.j1(`unknown ${key} "${value}"`, { ...where(key), fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${allowed.join(', ')}` });
        }
        return value;
    };
    const goldenSet = pathList('golden-set');
    if (goldenSet.length === 0) {
        throw new errors/* ConfigurationError */.j1('no golden set given', { ...fileOf, fix: 'pass --golden-set PATH, or set golden-set: in factgate.yml' });
    }
    const describeFileKey = (key) => {
        const line = loaded?.lineOf(key) ?? null;
        return `${loaded?.file ?? 'factgate.yml'}${line === null ? '' : ` line ${line}`}`;
    };
    const responses = responsesSource({ text, path, list, oneOf, where, count, cwd, configDir, raw, fileOf, describeFileKey });
    const judge = judgeSettings({ text, path, count, oneOf, where });
    const citationPattern = text('citation-pattern');
    if (citationPattern !== undefined)
        checkCitationPattern(citationPattern, where('citation-pattern'));
    // Checked now, not when coverage is read: a wrong map is the user's to fix (exit 2), never a gate breach.
    const coveragePathMap = list('coverage-path-map');
    for (const rewrite of coveragePathMap)
        parsePathRewrite(rewrite, where('coverage-path-map'));
    const shardText = text('shard');
    const policyFlag = single(raw.policy);
    return {
        cwd,
        configFile: loaded?.file ?? null,
        goldenSet,
        responses,
        run: { concurrency: count('concurrency', 1, 1024), timeoutMs: count('timeout-ms', 1, 86_400_000), retries: count('retries', 0, 10) },
        shard: shardText === undefined ? null : (0,shard/* parseShardSpec */.d7)(shardText, { file: loaded?.file ?? 'command line', place: where('shard').place }),
        judge,
        citationPattern,
        judgeAgainst: oneOf('judge-against', retrieval/* JUDGE_AGAINST */.y6) ?? 'both',
        coverage: pathList('coverage').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        coverageBase: text('coverage-base') ?? null,
        coveragePathMap,
        coverageSourceRoot: pathList('coverage-source-root').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        baseline: text('baseline') === 'auto' ? null : (path('baseline') ?? null),
        baselineAuto: text('baseline') === 'auto',
        policy: policyFlag !== undefined ? resolvePolicy(policyFlag) : resolvePolicy(config.policy ?? 'standard', loaded?.file),
        // "none" turns a report off, including the CLI's default one; "-" is standard output.
        reportJson: text('report-json') === NO_REPORT ? null : (outputPath('report-json') ?? (defaults.reportJson === undefined ? null : (0,external_node_path_.resolve)(cwd, defaults.reportJson))),
        reportMd: text('report-md') === NO_REPORT ? null : outputPath('report-md'),
        reportHtml: text('report-html') === NO_REPORT ? null : outputPath('report-html'),
        reportJunit: text('report-junit') === NO_REPORT ? null : outputPath('report-junit'),
        origins: settingOrigins(raw, fileConfig, loaded, chooser),
    };
}
function settingOrigins(raw, fileConfig, loaded, chooser) {
    return OPTIONS.filter((o) => o.key !== 'config').map(({ key }) => {
        if (raw[key] !== undefined)
            return { key, given: shown(raw[key]), source: { from: 'flag' } };
        const written = fileConfig[key];
        if (written === undefined || written === null || !loaded)
            return { key, given: null, source: { from: 'default' } };
        const at = { file: loaded.file, line: loaded.lineOf(key) };
        const replaced = chooser !== undefined && APP_KEYS.includes(key);
        return { key, given: shown(written), source: replaced ? { from: 'replaced', ...at, by: `--${chooser}` } : { from: 'file', ...at } };
    });
}
function shown(value) {
    if (Array.isArray(value))
        return value.map((v) => shown(v)).join(', ');
    if (typeof value === 'object' && value !== null)
        return 'extends' in value ? `custom (extends ${String(value.extends)})` : JSON.stringify(value);
    return String(value);
}
function withoutKeys(config, keys) {
    return Object.fromEntries(Object.entries(config).filter(([key]) => !keys.includes(key)));
}
function responsesSource(r) {
    const given = ['responses', 'command', 'endpoint'].filter((key) => r.text(key) !== undefined);
    if (given.length === 0) {
        throw new errors/* ConfigurationError */.j1("no answers: factgate needs the application's responses", {
            ...r.fileOf,
            fix: 'pass --responses FILE (precomputed answers), --command "CMD" (run the app) or --endpoint URL (call the app), or set one in factgate.yml',
        });
    }
    if (given.length > 1) {
        throw new errors/* ConfigurationError */.j1(`${given.map((k) => `${k}`).join(' and ')} are both set; the answers must come from one place`, {
            ...r.where(given[1]),
            fix: `keep one of ${given.join(', ')}`,
        });
    }
    const origin = { file: r.fileOf.file ?? 'command line', describeKey: (field) => FIELD_KEYS[field] ?? field };
    if (given[0] === 'responses')
        return { kind: 'file', path: r.path('responses') };
    if (given[0] === 'command') {
        const mode = r.oneOf('command-mode', COMMAND_MODES) ?? 'per-case';
        const cwdFlag = r.raw['command-cwd'] !== undefined;
        const commandCwd = r.text('command-cwd');
        const startup = r.count('worker-start-timeout-ms', 0, 86_400_000);
        return {
            kind: 'app',
            provider: {
                kind: 'command',
                mode,
                ...(startup !== null ? { startupTimeoutMs: startup } : {}),
                modeFrom: r.text('command-mode') === undefined ? 'the default' : r.raw['command-mode'] !== undefined ? '--command-mode' : r.describeFileKey('command-mode'),
                command: r.text('command'),
                // The app runs where the settings say: flags from the working directory, factgate.yml from its folder.
                cwd: commandCwd === undefined ? (r.raw.command !== undefined ? r.cwd : r.configDir) : (0,external_node_path_.resolve)(cwdFlag ? r.cwd : r.configDir, commandCwd),
                origin,
            },
        };
    }
    const headers = {};
    for (const line of r.list('endpoint-header')) {
        const colon = line.indexOf(':');
        if (colon <= 0) {
            throw new errors/* ConfigurationError */.j1(`the header "${line}" has no "Name: value" form`, { ...r.where('endpoint-header'), fix: 'write each header as Name: value, e.g. Authorization: Bearer ${APP_TOKEN}' });
        }
        headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
    const body = r.text('endpoint-body');
    let bodyTemplate;
    if (body !== undefined) {
        try {
            bodyTemplate = JSON.parse(body);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`the request body template is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
                ...r.where('endpoint-body'),
                fix: 'write a JSON object, e.g. {"query": "{{question}}", "documents": "{{sources}}"}',
            });
        }
    }
    const answerPath = r.text('answer-path');
    const claimsPath = r.text('claims-path');
    const contextsPath = r.text('contexts-path');
    return {
        kind: 'app',
        provider: {
            kind: 'http',
            endpoint: r.text('endpoint'),
            headers,
            ...(bodyTemplate !== undefined ? { bodyTemplate } : {}),
            ...(answerPath !== undefined ? { answerPath } : {}),
            ...(claimsPath !== undefined ? { claimsPath } : {}),
            ...(contextsPath !== undefined ? { contextsPath } : {}),
            origin,
        },
    };
}
/** Provider field names → the option key a user writes, for error messages. */
const FIELD_KEYS = {
    command: 'command',
    cwd: 'command-cwd',
    mode: 'command-mode',
    endpoint: 'endpoint',
    headers: 'endpoint-header',
    bodyTemplate: 'endpoint-body',
    answerPath: 'answer-path',
    claimsPath: 'claims-path',
    contextsPath: 'contexts-path',
    concurrency: 'concurrency',
    timeoutMs: 'timeout-ms',
    startupTimeoutMs: 'worker-start-timeout-ms',
    retries: 'retries',
};
function judgeSettings(r) {
    const kind = r.oneOf('judge', JUDGES) ?? 'deterministic';
    const settings = {
        kind,
        url: r.text('judge-url') ?? null,
        model: r.text('judge-model') ?? null,
        apiKeyEnv: r.text('judge-api-key-env') ?? DEFAULT_JUDGE_API_KEY_ENV,
        command: r.text('judge-command') ?? null,
        concurrency: r.count('judge-concurrency', 1, 256),
        timeoutMs: r.count('judge-timeout-ms', 1, 86_400_000),
        budgetMs: r.count('judge-budget-ms', 1, 86_400_000),
        cache: r.path('judge-cache') ?? null,
        hybridFallback: r.oneOf('hybrid-fallback', HYBRID_FALLBACKS) ?? null,
    };
    const needs = kind === 'hybrid' ? (settings.hybridFallback ?? (settings.command && !settings.url ? 'command' : 'llm')) : kind;
    if (kind === 'hybrid')
        settings.hybridFallback = needs;
    if (needs === 'llm' && (!settings.url || !settings.model)) {
        throw new errors/* ConfigurationError */.j1(`the ${kind} judge needs ${!settings.url ? 'judge-url' : 'judge-model'}`, {
            ...r.where('judge'),
            fix: 'set judge-url (an OpenAI-compatible base URL, e.g. https://api.openai.com/v1) and judge-model, with the key in FACTGATE_JUDGE_API_KEY',
        });
    }
    if (needs === 'command' && !settings.command) {
        throw new errors/* ConfigurationError */.j1(`the ${kind} judge needs judge-command`, { ...r.where('judge'), fix: 'set judge-command to the program that reads claims as JSON Lines and writes verdicts' });
    }
    return settings;
}
/** Compiled by RE2, as the claims extractor compiles it: linear-time matching, so no pattern can hang a run. */
function checkCitationPattern(pattern, where) {
    let groups;
    try {
        groups = build/* RE2JS */.L3.compile(pattern).groupCount();
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the citation pattern is not a valid RE2 regular expression: ${error instanceof Error ? error.message : String(error)}`, {
            ...where,
            fix: 'write an RE2 regular expression (no look-arounds or back-references), for example \\[(S?\\d+(?:,\\s*S?\\d+)*)\\]',
        });
    }
    if (groups < 1) {
        throw new errors/* ConfigurationError */.j1('the citation pattern has no capture group for the source ids', {
            ...where,
            fix: 'wrap the ids part in parentheses, for example \\[([^\\]]+)\\]',
        });
    }
}
function single(value) {
    if (Array.isArray(value))
        return value[value.length - 1];
    return value;
}
function toList(value) {
    if (value === undefined)
        return [];
    return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/\r?\n/)).map((v) => v.trim()).filter(Boolean);
}
/** Keep globs relative (tinyglobby matches them against cwd); inside cwd use a relative path. */
function relativeTo(cwd, absolute) {
    const rel = (0,external_node_path_.relative)(cwd, absolute);
    return rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? absolute : rel;
}

;// CONCATENATED MODULE: ./.build/src/settings/report-defaults.js
/** Where `factgate run` writes its report when no setting names a place (relative to the working directory). */
const DEFAULT_REPORT_JSON = '.factgate/report.json';

;// CONCATENATED MODULE: ./.build/src/settings/explain-settings.js




/** What applies when a setting is given nowhere (the rest are simply off). */
const DEFAULTS = {
    'command-mode': 'per-case',
    'answer-path': provider_settings/* PROVIDER_DEFAULTS */.h.answerPath,
    concurrency: String(provider_settings/* PROVIDER_DEFAULTS */.h.concurrency),
    'timeout-ms': String(provider_settings/* PROVIDER_DEFAULTS */.h.timeoutMs),
    retries: String(provider_settings/* PROVIDER_DEFAULTS */.h.retries),
    judge: 'deterministic',
    'judge-api-key-env': DEFAULT_JUDGE_API_KEY_ENV,
    'judge-budget-ms': String(judging_budget/* DEFAULT_JUDGE_BUDGET_MS */.T),
    policy: 'standard',
    'report-json': DEFAULT_REPORT_JSON,
};
function describeSource(source) {
    const at = (file, line) => (line === null ? file : `${file} line ${line}`);
    switch (source.from) {
        case 'flag':
            return 'flag';
        case 'file':
            return at(source.file, source.line);
        case 'default':
            return 'default';
        case 'replaced':
            return `not used: ${at(source.file, source.line)}, replaced by ${source.by}`;
    }
}
/** `factgate run --explain-settings`: one line per setting, its value and where it came from. */
function explainSettings(origins, configFile) {
    const rows = origins.map((o) => [o.key, o.given ?? DEFAULTS[o.key] ?? '(not set)', describeSource(o.source)]);
    const width = Math.max(...rows.map(([key]) => key.length)) + 2;
    const valueWidth = Math.min(48, Math.max(...rows.map(([, value]) => value.length)) + 2);
    const clip = (value) => (value.length > valueWidth - 2 ? value.slice(0, valueWidth - 3) + '…' : value);
    return [
        `Settings: a flag beats ${configFile ?? 'factgate.yml (none found)'}, which beats the default; a flag that chooses the app (--responses, --command, --endpoint) replaces all the file's app settings.`,
        ...rows.map(([key, value, source]) => `  ${key.padEnd(width)}${clip(value).padEnd(valueWidth)}${source}`),
        '',
    ].join('\n');
}
/** The warning a run prints when a flag set aside app settings written in factgate.yml. */
function replacedSettingsWarning(origins) {
    const replaced = origins.filter((o) => o.source.from === 'replaced');
    const first = replaced[0]?.source;
    if (!first || first.from !== 'replaced')
        return null;
    const keys = replaced.map((o) => (o.source.from === 'replaced' && o.source.line !== null ? `${o.key} (line ${o.source.line})` : o.key));
    return `${first.by} replaces the app settings of ${first.file}: ${keys.join(', ')} ${replaced.length === 1 ? 'is' : 'are'} not used; give them as flags if this app needs them`;
}

;// CONCATENATED MODULE: ./.build/src/github/upload-report-artifact.js


/** The production uploader, `@actions/artifact` (loaded only when a page is to be uploaded). */
const actionsArtifactUploader = async (name, files, rootDirectory) => {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(299), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
    return new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
};
/** The deepest folder holding every file, so the artifact keeps their relative places. */
function commonFolder(files) {
    let folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(files[0]));
    while (!files.every((file) => !(0,external_node_path_.relative)(folder, (0,external_node_path_.resolve)(file)).startsWith('..'))) {
        const parent = (0,external_node_path_.dirname)(folder);
        if (parent === folder)
            break;
        folder = parent;
    }
    return folder;
}
/**
 * Uploads the report JSON with the HTML page as the report artifact and returns the
 * artifact's page on GitHub, for the comment's link. A failed upload (a name already
 * taken by another step, no Actions runtime) is a warning: the verdict does not depend on it.
 */
async function uploadReportArtifact(upload, uploader, logger) {
    const files = upload.files.filter((file) => file !== null);
    if (files.length === 0)
        return null;
    let id;
    try {
        ({ id } = await uploader(upload.name, files, commonFolder(files)));
    }
    catch (error) {
        logger.warning(`The report artifact "${upload.name}" was not uploaded: ${(0,errors/* getErrorMessage */.u1)(error)}. With report-html set, factgate uploads the artifact itself: remove another upload of the same name, or set artifact-name.`);
        return null;
    }
    logger.info(`Uploaded the report artifact "${upload.name}" (${files.length} files).`);
    if (id === undefined || !upload.serverUrl || !upload.repository || !upload.runId)
        return null;
    return `${upload.serverUrl.replace(/\/+$/, '')}/${upload.repository}/actions/runs/${upload.runId}/artifacts/${id}`;
}

;// CONCATENATED MODULE: ./.build/src/action/inputs.js

/** Action inputs → the same raw options the CLI flags give; empty inputs are left out. */
function readActionInputs(core) {
    const raw = {};
    for (const option of OPTIONS) {
        if (option.kind === 'list') {
            const values = core.getMultilineInput(option.key).flatMap((line) => line.split(',')).map((v) => v.trim()).filter(Boolean);
            if (values.length > 0)
                raw[option.key] = values;
        }
        else {
            const value = core.getInput(option.key).trim();
            if (value !== '')
                raw[option.key] = value;
        }
    }
    return raw;
}
/** The GitHub-side inputs, trimmed; empty ones left out so defaults apply. */
function readGitHubInputs(core) {
    const raw = {};
    for (const option of GITHUB_OPTIONS) {
        const value = core.getInput(option.key).trim();
        if (value !== '')
            raw[option.key] = value;
    }
    return raw;
}

;// CONCATENATED MODULE: ./.build/src/action/verdict-cache.js



/**
 * Restores and saves the judge's verdict cache between workflow runs. Keys carry the
 * judge's identity; every run saves under a new key (cache entries are immutable) and
 * restores the newest one with the same prefix. A cache outage only costs API calls.
 */
function verdictCacheSync(judge, cwd, env, service, warn) {
    if (!judge.cache || judge.kind === 'deterministic')
        return null;
    // @actions/cache wants paths relative to the workspace.
    const path = (0,external_node_path_.relative)(cwd, judge.cache) || judge.cache;
    const identity = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([judge.kind, judge.url, judge.model, judge.command, judge.hybridFallback])).digest('hex').slice(0, 16);
    const prefix = `factgate-verdicts-${identity}-`;
    const key = `${prefix}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    return {
        async restore() {
            try {
                await service.restoreCache([path], key, [prefix]);
            }
            catch (error) {
                warn(`The verdict cache could not be restored (${(0,errors/* getErrorMessage */.u1)(error)}); every claim goes to the judge.`);
            }
        },
        async save() {
            try {
                await service.saveCache([path], key);
            }
            catch (error) {
                warn(`The verdict cache could not be saved (${(0,errors/* getErrorMessage */.u1)(error)}).`);
            }
        },
    };
}

;// CONCATENATED MODULE: ./.build/src/action/main.js






























/**
 * Every secret the step learns of (the token, the judge's key, the app's header values),
 * registered with the runner as it is added. Each of the step's sinks below masks with it:
 * the log, the job summary, outputs, the failure message, standard output and the client.
 */
const secrets = new SecretMask([], (secret) => core.setSecret(secret));
const logger = safeLogger({
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    notice: (m) => core.notice(m),
    warning: (m) => core.warning(m),
}, secrets);
const fail = (message) => core.setFailed(secrets.text(message));
/** The Action: the CLI's settings and pipeline, then the GitHub side; the one place that fails the step. */
async function run(workerEntry) {
    try {
        const github = resolveGitHubSettings(readGitHubInputs(core), process.env);
        secrets.add(github.token);
        if (github.mode === 'comment')
            await commentMode(github, await readEventContext(process.env));
        else
            await gateMode(github, process.env.GITHUB_EVENT_PATH ? await readEventContext(process.env) : null, workerEntry);
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1) {
            fail(`factgate: ${error.message}`);
            // The CLI's status for wrong settings or input: the step fails either way, and the code tells which.
            process.exitCode = 2;
        }
        else
            fail(`factgate: internal error: ${(0,errors/* getErrorMessage */.u1)(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
    }
}
async function gateMode(github, context, workerEntry) {
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = await resolveSettings(readActionInputs(core), cwd);
    // An input that chooses the app sets factgate.yml's app settings aside: say so, as the CLI does.
    const replaced = replacedSettingsWarning(settings.origins);
    if (replaced)
        logger.warning(replaced);
    const files = { json: settings.reportJson, md: settings.reportMd, html: settings.reportHtml, junit: settings.reportJunit };
    await checkOutputTargets(outputTargets(files));
    const judgeKey = readGitHubInputs(core)['judge-api-key'];
    const env = { ...process.env };
    if (judgeKey) {
        secrets.add(judgeKey);
        env[settings.judge.apiKeyEnv] = judgeKey;
    }
    const usesCache = settings.judge.cache !== null && settings.judge.kind !== 'deterministic';
    const verdictCache = usesCache ? verdictCacheSync(settings.judge, cwd, process.env, await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(299), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091)), (m) => logger.warning(m)) : null;
    await verdictCache?.restore();
    const octokit = github.token ? client(github.token) : null;
    const fromGitHub = await pullRequestInputs({
        settings,
        context,
        octokit,
        download: github.token ? actionsArtifactDownloader(github.token) : null,
        workflowRef: process.env.GITHUB_WORKFLOW_REF,
        artifactName: github.artifactName,
        logger,
    });
    const cancel = new AbortController();
    // The runner sends SIGINT on cancellation: stop the app and keep a partial report.
    process.once('SIGINT', () => cancel.abort());
    process.once('SIGTERM', () => cancel.abort());
    const gate = await runGate({ ...settings, baseline: fromGitHub.baseline, coverageBase: fromGitHub.coverageBase }, {
        version: package_namespaceObject.rE,
        now: () => new Date(),
        git: gitFactsFromEnv(process.env),
        env,
        signal: cancel.signal,
        progress: createProgress({ write: (line) => logger.info(line.trimEnd()), isTTY: false }),
        warn: (message) => logger.warning(message),
        secrets,
        ...(workerEntry ? { workerEntry } : {}),
        ...(fromGitHub.noBaselineReason !== undefined ? { noBaselineReason: fromGitHub.noBaselineReason } : {}),
        ...(fromGitHub.changedLines ? { changedLines: fromGitHub.changedLines } : {}),
    });
    await verdictCache?.save();
    // The override adds only GitHub logins, times, roles and rule ids to the masked report.
    const { report, notes } = context ? await overrideOnGitHub(octokit, context, settings.policy, gate.report, logger) : { report: gate.report, notes: [] };
    await writeOutputs(report, files, (text) => process.stdout.write(secrets.text(escapeLogText(text))), gate.baseline);
    // With the HTML page, the Action uploads both files itself and the comment links to them.
    const artifactUrl = settings.reportHtml
        ? await uploadReportArtifact({ name: github.artifactName, files: [settings.reportJson, settings.reportHtml], serverUrl: process.env.GITHUB_SERVER_URL, repository: process.env.GITHUB_REPOSITORY, runId: process.env.GITHUB_RUN_ID }, actionsArtifactUploader, logger)
        : null;
    logger.info(renderTerminal(report, { color: false, reportPaths: writtenPaths(files) }));
    for (const [name, value] of Object.entries(reportOutputs(report, settings.reportJson)))
        actionIO.setOutput(name, value);
    const outcome = gateOutcome(report);
    let publishFailures = [];
    if (octokit && context) {
        const published = await publishToGitHub({
            report,
            baseline: gate.baseline,
            octokit,
            context,
            settings: {
                gateId: github.gateId,
                commentMode: github.commentMode,
                checkRun: github.checkRun,
                notes,
                stamp: runStamp(context, report.run.runUrl),
                artifactUrl: artifactUrl ?? runArtifactsUrl(report, settings.reportJson),
                ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}),
            },
            logger,
            io: actionIO,
        });
        publishFailures = published.failures;
    }
    else {
        logger.notice(context ? 'No GitHub token: the verdict and the job summary only (pass github-token for the pull-request comment).' : 'No GitHub event: the verdict and the job summary only.');
        await actionIO.writeJobSummary(renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, notes }).markdown);
    }
    finish(outcome, publishFailures, github);
}
/** The one place the step's status is set: the verdict's, unless publishing failed under `publish-failure: fail`. */
function finish(outcome, publishFailures, github) {
    if (outcome && outcome.exit !== 0)
        fail(outcome.headline);
    else if (outcome)
        logger.info(outcome.headline);
    if (publishFailures.length > 0 && github.publishFailure === 'fail') {
        fail(`factgate: publishing failed and publish-failure is "fail": ${publishFailures.join('; ')}`);
    }
}
const actionIO = {
    writeJobSummary: async (markdown) => void (await core.summary.addRaw(secrets.text(markdown)).write()),
    setOutput: (name, value) => core.setOutput(name, secrets.text(value)),
};
/** This run and the commit it judged, for the comment's marker: GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
function runStamp(context, runUrl) {
    const id = Number(process.env.GITHUB_RUN_ID);
    const attempt = Number(process.env.GITHUB_RUN_ATTEMPT);
    return {
        headSha: context.headSha ?? null,
        runId: Number.isSafeInteger(id) && id > 0 ? id : null,
        runAttempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : null,
        runUrl,
    };
}
async function commentMode(github, context) {
    if (!github.token) {
        throw new errors/* ConfigurationError */.j1('the comment mode needs a token', { place: 'github-token', fix: 'pass github-token: ${{ github.token }} with pull-requests: write and actions: read' });
    }
    const result = await runCommentCommand({
        octokit: client(github.token),
        context,
        logger,
        download: actionsArtifactDownloader(github.token, process.env.GITHUB_SERVER_URL),
        validateReport: validate_report.validateReport,
        io: actionIO,
        settings: {
            gateId: github.gateId,
            commentMode: github.commentMode,
            artifactName: github.artifactName,
            ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}),
        },
    });
    // The gate's own job carries the verdict; this job fails only when publishing must not fail.
    finish(null, result.failures, github);
}
/**
 * Where the report artifact will be: the workflow uploads it after this step, so its own
 * URL is not known yet; the run page lists it under "Artifacts".
 */
function runArtifactsUrl(report, reportJson) {
    return reportJson && report.run.runUrl ? `${report.run.runUrl}#artifacts` : null;
}
function client(token) {
    return createGitHubClient({ token, logger, secrets, ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}) });
}


/***/ }),

/***/ 72833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HA: () => (/* binding */ thresholdText),
/* harmony export */   IN: () => (/* binding */ metricRows),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   Zl: () => (/* binding */ baselineFigures),
/* harmony export */   k0: () => (/* binding */ changeText)
/* harmony export */ });
/* unused harmony export significantRegressionOf */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96747);

/** The baseline figures to compare with: given by the caller, or recorded in the report at comparison time. */
function baselineFigures(report, given) {
    return given ?? report.drift?.baseline?.figures ?? null;
}
function metricRows(report, given) {
    const figures = baselineFigures(report, given);
    // Matched by label: a baseline without contexts has no retrieval rows.
    const baseRows = figures ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineRows */ .yY)({ ...report, metrics: figures.metrics }) : null;
    const rows = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineRows */ .yY)(report).map((row) => {
        const rules = [row.rule, ...(row.rule === 'max-error-rate' ? ['missing-responses', 'unknown-responses'] : [])];
        return build(report, {
            label: row.label,
            value: row.rate.value,
            counts: { numerator: row.rate.numerator, denominator: row.rate.denominator },
            ci: row.rate.ci,
            baseline: baseRows?.find((base) => base.label === row.label)?.rate.value ?? null,
            threshold: row.threshold === null ? null : { bound: row.lowerIsBetter ? 'max' : 'min', value: row.threshold },
            rules: rules.filter((r) => r !== null),
            driftMetric: row.driftMetric,
            lowerIsBetter: row.lowerIsBetter,
            certificationLabel: row.label,
        });
    });
    const t = report.policy.thresholds;
    const coverage = report.coverage;
    const coverageProblem = report.verdict.breaches.concat(report.verdict.warnings).some(isCoverageInputProblem);
    if (coverage || coverageProblem) {
        const base = figures?.coverage ?? null;
        const row = (label, totals, baseTotals, threshold, rules, driftMetric) => build(report, {
            label,
            value: totals?.rate ?? null,
            counts: totals ? { numerator: totals.covered, denominator: totals.total } : null,
            ci: null,
            baseline: baseTotals?.rate ?? null,
            threshold: threshold === null ? null : { bound: 'min', value: threshold },
            rules,
            driftMetric,
            lowerIsBetter: false,
            coverageRow: true,
        });
        {
            rows.push(row('Line coverage', coverage?.lines, base?.lines, t.minLineCoverage, ['min-line-coverage', 'max-line-coverage-drop'], 'lineCoverage'));
        }
        if ((coverage && coverage.branches.total > 0) || (coverage && t.minBranchCoverage !== null)) {
            rows.push(row('Branch coverage', coverage?.branches, base?.branches, t.minBranchCoverage, ['min-branch-coverage'], 'branchCoverage'));
        }
        if (coverage?.patch || (coverage && t.minPatchCoverage !== null)) {
            rows.push(row('Patch coverage (changed lines)', coverage?.patch, base?.patch, t.minPatchCoverage, ['min-patch-coverage'], 'patchCoverage'));
        }
    }
    return rows;
}
function build(report, input) {
    const v = report.verdict;
    const failing = [];
    const warning = [];
    const note = (list, rule) => void (list.includes(rule) || list.push(rule));
    const regression = significantRegressionOf(report, input.driftMetric);
    const touches = (b) => input.rules.includes(b.rule) ||
        (regression !== null && b.message === regression.explanation) ||
        (input.coverageRow === true && isCoverageInputProblem(b)) ||
        (b.rule === 'certification' && input.certificationLabel !== undefined && b.message.startsWith(`${input.certificationLabel} `));
    for (const b of v.breaches)
        if (touches(b))
            note(failing, b.rule);
    for (const b of v.warnings)
        if (touches(b))
            note(warning, b.rule);
    const waived = new Set(v.override?.waived ?? []);
    const checked = input.threshold !== null || (input.driftMetric !== null && report.drift?.status === 'compared');
    // Nothing measured and nothing failed on it: no ✅ for a figure that is not there.
    const status = failing.some((r) => !waived.has(r)) ? 'fail' : failing.length > 0 || warning.length > 0 ? 'warn' : checked && input.value !== null ? 'ok' : 'none';
    const change = input.value !== null && input.baseline !== null ? input.value - input.baseline : null;
    return {
        label: input.label,
        value: input.value,
        counts: input.counts,
        ci: input.ci,
        baseline: input.baseline,
        change,
        significantRegression: regression !== null,
        threshold: input.threshold,
        status,
        rules: [...failing, ...warning],
        lowerIsBetter: input.lowerIsBetter,
    };
}
/** The overall finding on a metric that the gate calls a significant regression. */
function significantRegressionOf(report, metric) {
    if (metric === null || report.drift?.status !== 'compared')
        return null;
    return report.drift.findings.find((f) => f.metric === metric && f.scope === 'overall' && f.significant && f.direction === 'regression') ?? null;
}
function isCoverageInputProblem(b) {
    return b.rule === 'missing-inputs' && /^coverage\b/i.test(b.message);
}
/** "≤ 2.0%" / "≥ 90.0%", with enough decimals to differ from the value when they would round alike. */
function thresholdText(row) {
    if (!row.threshold)
        return '—';
    const shown = row.value === null ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(row.threshold.value) : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percentPair */ .oi)(row.threshold.value, row.value)[0];
    return `${row.threshold.bound === 'max' ? '≤' : '≥'} ${shown}`;
}
function valueText(row) {
    if (row.value === null)
        return 'n/a';
    return row.threshold ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percentPair */ .oi)(row.value, row.threshold.value)[0] : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(row.value);
}
function changeText(row) {
    return row.change === null ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .points */ .WR)(row.change);
}


/***/ }),

/***/ 99927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ REPORT_SCHEMA_VERSION)
/* harmony export */ });
/**
 * 3: responses may carry the contexts the app retrieved. Claims record their verdicts
 * against the golden sources and against the contexts (and whether they are "ungrounded
 * but true"), cases their retrieval (passages, what each supports, context recall), and
 * the metrics gain faithfulness, context recall and context precision. A compared
 * baseline's figures are recorded (drift.baseline.figures), for comments rendered
 * without the baseline. A worker's start-up is kept apart from its first case's latency
 * (startupMs).
 */
const REPORT_SCHEMA_VERSION = 3;


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateReport: () => (/* binding */ validateReport)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./.build/schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/report.schema.json","title":"factgate report","description":"The versioned report of one factgate run. Generated from src/report/types.ts.","$ref":"#/definitions/Report","definitions":{"Report":{"type":"object","properties":{"schemaVersion":{"type":"number","const":3},"tool":{"type":"object","properties":{"name":{"type":"string","const":"factgate"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"run":{"type":"object","properties":{"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"durationMs":{"type":"number"},"gitSha":{"type":["string","null"]},"ref":{"type":["string","null"]},"runUrl":{"type":["string","null"]},"shard":{"anyOf":[{"type":"object","properties":{"index":{"type":"number"},"total":{"type":"number"}},"required":["index","total"],"additionalProperties":false},{"type":"null"}]},"partial":{"type":"boolean","description":"True when cancelled or a shard: the verdict of a partial report is never pass."},"partialReason":{"type":["string","null"]}},"required":["startedAt","finishedAt","durationMs","gitSha","ref","runUrl","shard","partial","partialReason"],"additionalProperties":false},"goldenSet":{"type":"object","properties":{"files":{"type":"array","items":{"type":"string"}},"hash":{"type":"string"},"caseCount":{"type":"number"}},"required":["files","hash","caseCount"],"additionalProperties":false},"settings":{"type":"object","properties":{"responses":{"type":"string"},"judge":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"citationPattern":{"type":"string"},"judgeAgainst":{"type":"string","enum":["both","sources","contexts"],"description":"What the hallucination verdict judged claims against when contexts were returned."},"settingsHash":{"type":"string"}},"required":["responses","judge","citationPattern","judgeAgainst","settingsHash"],"additionalProperties":false},"policy":{"$ref":"#/definitions/ResolvedPolicy"},"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"cases":{"type":"array","items":{"$ref":"#/definitions/CaseResult"}},"responses":{"type":"object","properties":{"missing":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}}},"required":["missing","unknown"],"additionalProperties":false},"coverage":{"anyOf":[{"$ref":"#/definitions/ReportCoverage"},{"type":"null"}]},"drift":{"anyOf":[{"$ref":"#/definitions/ReportDrift"},{"type":"null"}]},"verdict":{"$ref":"#/definitions/Verdict"}},"required":["schemaVersion","tool","run","goldenSet","settings","policy","metrics","categories","cases","responses","coverage","drift","verdict"],"additionalProperties":false},"ResolvedPolicy":{"type":"object","properties":{"name":{"type":"string"},"extends":{"$ref":"#/definitions/PresetName"},"thresholds":{"$ref":"#/definitions/Thresholds"},"regression":{"$ref":"#/definitions/RuleAction","description":"A significant regression against the baseline."},"alpha":{"type":"number","description":"Significance level and minimum effect (absolute rate change) for drift findings."},"minEffect":{"type":"number"},"missingResponses":{"$ref":"#/definitions/RuleAction","description":"Golden-set cases with no response, or with an errored response."},"unknownResponses":{"$ref":"#/definitions/RuleAction","description":"Responses whose id is not in the golden set."},"missingInputs":{"$ref":"#/definitions/RuleAction","description":"A configured input (coverage report, baseline) that is missing or unreadable."},"judgeScoreDrift":{"$ref":"#/definitions/RuleAction","description":"Judge-score and latency distributions that moved towards worse (one-sided KS): warn by default, since they shift between identical runs on a loaded runner; \'fail\' makes them gating, corrected with the other regression tests."},"latencyDrift":{"$ref":"#/definitions/RuleAction"},"certification":{"$ref":"#/definitions/RuleAction","description":"The golden set is too small to demonstrate the thresholds at 95 % confidence."},"certificationBound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson) or Wilson (not a true 95 % bound near 0)."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"overrideLabel":{"type":"string"}},"required":["name","extends","thresholds","regression","alpha","minEffect","missingResponses","unknownResponses","missingInputs","judgeScoreDrift","latencyDrift","certification","certificationBound","override","overrideLabel"],"additionalProperties":false},"PresetName":{"type":"string","enum":["strict","standard","permissive"]},"Thresholds":{"type":"object","properties":{"maxHallucinationRate":{"type":["number","null"]},"maxCaseHallucinationRate":{"type":["number","null"]},"minCitationCoverage":{"type":["number","null"]},"minCitationPrecision":{"type":["number","null"]},"minFactRecall":{"type":["number","null"]},"minFaithfulness":{"type":["number","null"]},"minContextRecall":{"type":["number","null"]},"minContextPrecision":{"type":["number","null"]},"maxUndeterminedRate":{"type":["number","null"]},"maxErrorRate":{"type":["number","null"]},"maxLatencyP95Ms":{"type":["number","null"]},"minLineCoverage":{"type":["number","null"]},"minBranchCoverage":{"type":["number","null"]},"minPatchCoverage":{"type":["number","null"]},"maxLineCoverageDrop":{"type":["number","null"]}},"required":["maxHallucinationRate","maxCaseHallucinationRate","minCitationCoverage","minCitationPrecision","minFactRecall","minFaithfulness","minContextRecall","minContextPrecision","maxUndeterminedRate","maxErrorRate","maxLatencyP95Ms","minLineCoverage","minBranchCoverage","minPatchCoverage","maxLineCoverageDrop"],"additionalProperties":false,"description":"Rate thresholds are fractions in [0, 1]; null switches a threshold off."},"RuleAction":{"type":"string","enum":["fail","warn","ignore"],"description":"What happens when a rule is breached or an input is missing."},"Metrics":{"type":"object","properties":{"hallucinationRate":{"$ref":"#/definitions/Rate","description":"Hallucinated (contradicted + unsupported) claims / all claims (micro)."},"caseHallucinationRate":{"$ref":"#/definitions/Rate","description":"Cases with at least one hallucination / evaluated cases."},"citationCoverage":{"$ref":"#/definitions/Rate","description":"ALCE citation recall: claims whose cited sources together entail them / all claims."},"citationPrecision":{"$ref":"#/definitions/Rate","description":"ALCE citation precision: relevant citations / all citations."},"factRecall":{"$ref":"#/definitions/Rate","description":"Expected facts entailed by the answer / expected facts (answerable cases)."},"undeterminedRate":{"$ref":"#/definitions/Rate","description":"Claims the judge could not decide / all claims."},"answerRate":{"$ref":"#/definitions/Rate","description":"Answerable cases the app answered (did not abstain) / answerable cases."},"errorRate":{"$ref":"#/definitions/Rate","description":"Cases whose response is missing or errored / all cases."},"fabricatedCitationRate":{"$ref":"#/definitions/Rate","description":"Citations to ids the case does not have / all citations."},"faithfulness":{"$ref":"#/definitions/Rate","description":"Claims the retrieved contexts entail / claims of answers that came with contexts (RAGAS faithfulness, per claim)."},"sourceSupport":{"$ref":"#/definitions/Rate","description":"Claims the golden sources entail / claims of answers with both contexts and golden sources: faithfulness\'s companion."},"ungroundedButTrueRate":{"$ref":"#/definitions/Rate","description":"Claims the golden sources support but the retrieved contexts do not / the same claims as sourceSupport."},"contextRecall":{"$ref":"#/definitions/Rate","description":"Relevant ids, expected facts or golden sources found in the retrieved contexts / all of them (cases with contexts)."},"contextPrecision":{"$ref":"#/definitions/Rate","description":"Retrieved passages that alone entail at least one claim or expected fact / retrieved passages."},"contextPrecisionAtK":{"type":"object","additionalProperties":false,"properties":{"k":{"type":"number"},"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["ci","denominator","k","numerator","value"],"description":"The same, over each case\'s top `k` passages by score (or by order without scores)."},"meanAveragePrecision":{"type":"object","properties":{"value":{"type":["number","null"]},"cases":{"type":"number"}},"required":["value","cases"],"additionalProperties":false,"description":"Mean over cases of rank-weighted precision (average precision, RAGAS context precision); not a proportion, so no interval."},"latency":{"anyOf":[{"$ref":"#/definitions/LatencySummary"},{"type":"null"}]},"counts":{"type":"object","properties":{"cases":{"type":"number"},"claims":{"type":"number"},"supported":{"type":"number"},"contradicted":{"type":"number"},"unsupported":{"type":"number"},"undetermined":{"type":"number"},"nonClaims":{"type":"number"},"citations":{"type":"number"},"fabricatedCitations":{"type":"number"},"contextCases":{"type":"number","description":"Cases whose response carried contexts, and the passages they held."},"contexts":{"type":"number"}},"required":["cases","claims","supported","contradicted","unsupported","undetermined","nonClaims","citations","fabricatedCitations","contextCases","contexts"],"additionalProperties":false}},"required":["hallucinationRate","caseHallucinationRate","citationCoverage","citationPrecision","factRecall","undeterminedRate","answerRate","errorRate","fabricatedCitationRate","faithfulness","sourceSupport","ungroundedButTrueRate","contextRecall","contextPrecision","contextPrecisionAtK","meanAveragePrecision","latency","counts"],"additionalProperties":false},"Rate":{"type":"object","properties":{"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["value","numerator","denominator","ci"],"additionalProperties":false,"description":"A rate with everything needed to trace and trust it."},"LatencySummary":{"type":"object","properties":{"count":{"type":"number"},"p50":{"type":"number"},"p95":{"type":"number"},"p99":{"type":"number"}},"required":["count","p50","p95","p99"],"additionalProperties":false},"CategoryMetrics":{"type":"object","properties":{"category":{"type":"string"},"cases":{"type":"number"},"hallucinationRate":{"$ref":"#/definitions/Rate"},"caseHallucinationRate":{"$ref":"#/definitions/Rate"},"citationCoverage":{"$ref":"#/definitions/Rate"},"factRecall":{"$ref":"#/definitions/Rate"},"faithfulness":{"$ref":"#/definitions/Rate"},"contextRecall":{"$ref":"#/definitions/Rate"},"contextPrecision":{"$ref":"#/definitions/Rate"}},"required":["category","cases","hallucinationRate","caseHallucinationRate","citationCoverage","factRecall","faithfulness","contextRecall","contextPrecision"],"additionalProperties":false},"CaseResult":{"type":"object","properties":{"id":{"type":"string"},"category":{"type":"string"},"question":{"type":"string"},"expect":{"type":"string","enum":["answer","abstain"]},"contentHash":{"type":"string"},"status":{"$ref":"#/definitions/CaseStatus"},"answer":{"type":"string"},"error":{"type":["string","null"]},"latencyMs":{"type":["number","null"],"description":"The app\'s own latency_ms when it reports one, else request to answer; null when unknown."},"startupMs":{"type":"number","description":"A fresh worker process\'s first answer, start-up included (when the app reported no latency_ms): kept out of latencyMs and the latency figures."},"claims":{"type":"array","items":{"$ref":"#/definitions/ClaimResult"}},"nonClaims":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"reason":{"type":"string"}},"required":["text","reason"],"additionalProperties":false}},"hallucinated":{"type":"boolean"},"hallucinationReasons":{"type":"array","items":{"type":"string"},"description":"Every reason the case counts as hallucinated, in plain words."},"facts":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"forbidden":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"retrieval":{"anyOf":[{"$ref":"#/definitions/CaseRetrieval"},{"type":"null"}],"description":"What the app retrieved and how it fared; null when the response carried no contexts."}},"required":["id","category","question","expect","contentHash","status","answer","error","latencyMs","claims","nonClaims","hallucinated","hallucinationReasons","facts","forbidden","retrieval"],"additionalProperties":false},"CaseStatus":{"type":"string","enum":["answered","abstained","error","missing","not-run"]},"ClaimResult":{"type":"object","properties":{"index":{"type":"number"},"text":{"type":"string"},"citations":{"type":"array","items":{"type":"string"}},"verdict":{"$ref":"#/definitions/ClaimVerdict","description":"The verdict the hallucination rate uses: against the golden sources, the retrieved contexts, or both (supported by either), as settings.judgeAgainst says."},"score":{"type":"number"},"evidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}]},"judge":{"type":"string"},"reason":{"type":"string"},"hallucinated":{"type":"boolean","description":"contradicted or unsupported."},"sourcesVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against all of the case\'s golden sources; null when the case has none."},"contextsVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against all of the retrieved contexts (faithfulness); null when the response has none."},"contextsEvidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}],"description":"Where in the contexts the judge found the claim; the passage id is in sourceId."},"ungroundedButTrue":{"type":"boolean","description":"Supported by the golden sources but not by what the app retrieved."},"citedVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against the concatenation of the claim\'s known cited sources; null without any."},"citationCovered":{"type":"boolean","description":"ALCE citation recall for this claim: ≥ 1 citation and the cited sources entail it."},"citationChecks":{"type":"array","items":{"$ref":"#/definitions/CitationCheck"}}},"required":["index","text","citations","verdict","score","evidence","judge","reason","hallucinated","sourcesVerdict","contextsVerdict","contextsEvidence","ungroundedButTrue","citedVerdict","citationCovered","citationChecks"],"additionalProperties":false},"ClaimVerdict":{"type":"string","enum":["supported","contradicted","unsupported","undetermined"]},"Evidence":{"type":"object","properties":{"sourceId":{"type":"string"},"sentence":{"type":"string","description":"The source sentence (or span) the judge aligned the claim to."},"start":{"type":"number","description":"Character offsets of `sentence` in the source text."},"end":{"type":"number"}},"required":["sourceId","sentence","start","end"],"additionalProperties":false,"description":"The best place in the sources that bears on a claim."},"CitationCheck":{"type":"object","properties":{"sourceId":{"type":"string"},"known":{"type":"boolean","description":"The id exists in the case\'s sources or the response\'s contexts."},"relevant":{"type":"boolean","description":"ALCE: false when this source alone does not entail the claim and the others do without it."}},"required":["sourceId","known","relevant"],"additionalProperties":false},"FactCheck":{"type":"object","properties":{"text":{"type":"string"},"entailed":{"type":"boolean"},"evidence":{"type":["string","null"]}},"required":["text","entailed","evidence"],"additionalProperties":false},"CaseRetrieval":{"type":"object","properties":{"contexts":{"type":"array","items":{"$ref":"#/definitions/ContextResult"},"description":"In rank order."},"recall":{"anyOf":[{"type":"object","properties":{"basis":{"type":"string","enum":["relevant","expected-facts","sources"]},"items":{"type":"array","items":{"$ref":"#/definitions/RecallItem"}}},"required":["basis","items"],"additionalProperties":false},{"type":"null"}],"description":"What context recall counts for this case: the `relevant` ids when given, else the expected facts, else the golden sources (found through each passage\'s `source`); null when there is nothing to look for."},"averagePrecision":{"type":["number","null"],"description":"Rank-weighted precision of this case\'s passages (0 when none is useful)."}},"required":["contexts","recall","averagePrecision"],"additionalProperties":false},"ContextResult":{"type":"object","properties":{"id":{"type":"string"},"rank":{"type":"number","description":"1 is the best: by score when every passage has one, else in the order returned."},"title":{"type":["string","null"]},"source":{"type":["string","null"]},"score":{"type":["number","null"]},"supportsClaims":{"type":"array","items":{"type":"number"},"description":"Indexes of the claims and of the expected facts this passage alone entails."},"supportsFacts":{"type":"array","items":{"type":"number"}},"useful":{"type":"boolean","description":"Supports at least one claim or expected fact (context precision)."}},"required":["id","rank","title","source","score","supportsClaims","supportsFacts","useful"],"additionalProperties":false,"description":"One retrieved passage as judged: its rank and what it supports on its own."},"RecallItem":{"type":"object","properties":{"text":{"type":"string","description":"The relevant id, the expected fact, or the golden source id."},"found":{"type":"boolean"},"contextId":{"type":["string","null"],"description":"A passage that has it, when found."}},"required":["text","found","contextId"],"additionalProperties":false,"description":"One thing context recall looks for in the retrieved contexts."},"ReportCoverage":{"type":"object","properties":{"reports":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"format":{"type":"string"}},"required":["file","format"],"additionalProperties":false}},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"type":"object","additionalProperties":false,"properties":{"uncovered":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"type":"array","items":{"type":"number"}}},"required":["path","lines"],"additionalProperties":false}},"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","rate","total","uncovered"]},{"type":"null"}]},"files":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"}},"required":["path","lines","branches"],"additionalProperties":false}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["reports","lines","branches","patch","files","warnings"],"additionalProperties":false},"CoverageTotals":{"type":"object","properties":{"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","total","rate"],"additionalProperties":false},"ReportDrift":{"type":"object","properties":{"status":{"type":"string","enum":["compared","skipped","not-comparable"]},"reason":{"type":["string","null"]},"baseline":{"anyOf":[{"type":"object","properties":{"file":{"type":"string"},"gitSha":{"type":["string","null"]},"createdAt":{"type":["string","null"]},"figures":{"$ref":"#/definitions/BaselineFigures","description":"The baseline\'s own figures, so that a comment rendered from this report alone can show them."}},"required":["file","gitSha","createdAt"],"additionalProperties":false},{"type":"null"}]},"cases":{"type":"object","properties":{"compared":{"type":"number"},"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}},"changed":{"type":"array","items":{"type":"string"}}},"required":["compared","added","removed","changed"],"additionalProperties":false},"findings":{"type":"array","items":{"$ref":"#/definitions/DriftFinding"}}},"required":["status","reason","baseline","cases","findings"],"additionalProperties":false},"BaselineFigures":{"type":"object","properties":{"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"coverage":{"anyOf":[{"type":"object","properties":{"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"$ref":"#/definitions/CoverageTotals"},{"type":"null"}]}},"required":["lines","branches","patch"],"additionalProperties":false},{"type":"null"}]}},"required":["metrics","categories","coverage"],"additionalProperties":false,"description":"What a rendering needs of the baseline report: its headline metrics, categories and coverage totals."},"DriftFinding":{"type":"object","properties":{"test":{"type":"string","description":"e.g. \\"mcnemar\\", \\"fisher\\", \\"z-test\\", \\"ks\\", \\"psi\\", \\"delta\\"."},"metric":{"type":"string"},"scope":{"type":"string","description":"\\"overall\\" or a category name."},"statistic":{"type":["number","null"]},"pValue":{"type":["number","null"],"description":"The test\'s own p-value, one-sided in the regression direction; null for distances and deltas."},"adjustedPValue":{"type":["number","null"],"description":"pValue after the family-wise correction of the gating tests; null when the finding is not corrected."},"role":{"type":"string","enum":["gating","descriptive"],"description":"gating: can fail the gate (corrected together); descriptive: shown, warns at most."},"correction":{"type":["string","null"],"description":"How adjustedPValue was obtained, in words; null when not corrected."},"effect":{"type":["number","null"]},"effectCi":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}]},"direction":{"type":"string","enum":["regression","improvement","none"]},"significant":{"type":"boolean","description":"A regression with (adjusted) p ≤ α and an effect of at least the minimum effect."},"explanation":{"type":"string"}},"required":["test","metric","scope","statistic","pValue","adjustedPValue","role","correction","effect","effectCi","direction","significant","explanation"],"additionalProperties":false},"Verdict":{"type":"object","properties":{"status":{"type":"string","enum":["pass","fail","error","overridden"]},"breaches":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"notes":{"type":"array","items":{"type":"string"},"description":"Thresholds that could not be checked and why (e.g. no coverage report configured)."},"override":{"anyOf":[{"$ref":"#/definitions/OverrideRecord"},{"type":"null"}]}},"required":["status","breaches","warnings","notes","override"],"additionalProperties":false},"Breach":{"type":"object","properties":{"rule":{"type":"string","description":"The policy key that was breached, e.g. \\"max-hallucination-rate\\"."},"severity":{"$ref":"#/definitions/BreachSeverity"},"actual":{"type":["number","null"],"description":"The measured value, when there is one."},"threshold":{"type":["number","null"]},"message":{"type":"string"}},"required":["rule","severity","actual","threshold","message"],"additionalProperties":false},"BreachSeverity":{"type":"string","enum":["fail","warn"]},"OverrideRecord":{"type":"object","properties":{"by":{"type":"string"},"at":{"type":"string"},"via":{"type":"string","enum":["review","label"]},"permission":{"type":"string"},"waived":{"type":"array","items":{"type":"string"}}},"required":["by","at","via","permission","waived"],"additionalProperties":false}}}');
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/shared/structured.js + 1 modules
var structured = __webpack_require__(55548);
// EXTERNAL MODULE: ./.build/src/report/types.js
var types = __webpack_require__(99927);
;// CONCATENATED MODULE: ./.build/src/report/validate-report.js






/**
 * Compiled on first use. This module, and Ajv with it, is loaded only where a report is read
 * (a baseline, a shard, a comment artifact): a run without a baseline never loads either.
 */
let compiled;
const reportValidator = () => (compiled ??= new ajv.Ajv(schema/* AJV_OPTIONS */.ZW).compile(report_schema_namespaceObject));
/**
 * Checks that a parsed JSON document is a factgate report this version can read.
 * Baselines, shard parts and fork-safe comment artifacts all pass through here.
 */
function validateReport(value, file) {
    const version = value?.schemaVersion;
    if (value === null || typeof value !== 'object' || version === undefined) {
        throw new errors/* ConfigurationError */.j1('this is not a factgate report (no schemaVersion)', {
            file,
            fix: 'point to the JSON written by factgate run --report-json',
        });
    }
    if (version !== types/* REPORT_SCHEMA_VERSION */.W) {
        throw new errors/* ConfigurationError */.j1(`report schema version ${String(version)} is not supported (this factgate reads version ${types/* REPORT_SCHEMA_VERSION */.W})`, {
            file,
            fix: 'produce the report with the same factgate version, or regenerate the baseline',
        });
    }
    if (!reportValidator()(value)) {
        const error = (0,schema/* bestError */.Lq)(reportValidator().errors);
        throw new errors/* ConfigurationError */.j1(`the report does not match the report schema: ${error.message ?? 'invalid'}`, {
            file,
            place: (0,structured/* jsonPointer */.Av)((0,schema/* pointerToPath */.ox)(error.instancePath)),
            fix: 'use the unmodified report JSON that factgate wrote',
        });
    }
    return value;
}


/***/ }),

/***/ 91721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ PROVIDER_DEFAULTS),
/* harmony export */   t: () => (/* binding */ settingsPlace)
/* harmony export */ });
/**
 * How factgate gets answers from the application under test, as the settings stage
 * hands it over: a command (one process per case, or a persistent worker) or an HTTP
 * endpoint. Run-wide knobs (concurrency, time-out, retries) live in ProviderRunOptions.
 */
const PROVIDER_DEFAULTS = {
    concurrency: 4,
    timeoutMs: 60_000,
    retries: 2,
    maxOutputBytes: 1024 * 1024,
    maxResponseBytes: 1024 * 1024,
    maxRetryWaitMs: 60_000,
    startupTimeoutMs: 60_000,
    answerPath: 'answer',
};
/** File and place of a provider field, for ConfigurationError. */
function settingsPlace(origin, field) {
    return {
        file: origin?.file ?? 'provider settings',
        place: origin?.describeKey ? origin.describeKey(field) : field,
    };
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
