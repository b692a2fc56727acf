export const id = 189;
export const ids = [189];
export const modules = {

/***/ 18997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ createGitHubClient),
  IB: () => (/* binding */ gitHubMessageOf),
  s_: () => (/* binding */ httpStatusOf)
});

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./.build/src/responses/retry-after.js
var retry_after = __webpack_require__(50017);
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
 * `rateLimitRetries + 1` times for rate limits.
 */
function createGitHubClient(options) {
    const perSecond = options.millisecondsPerSecond ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const { logger } = options;
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
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, honourRateLimits({ retries: rateLimitRetries, maxWaitSeconds: maxWait, millisecondsPerSecond: perSecond, logger }));
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


/***/ }),

/***/ 1513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   Qi: () => (/* binding */ NO_STAMP),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   og: () => (/* binding */ commentOverhead),
/* harmony export */   wz: () => (/* binding */ readCommentMarker),
/* harmony export */   ye: () => (/* binding */ compareStamps)
/* harmony export */ });
/* unused harmony export commentFooter */
/* harmony import */ var _gate_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29756);

const NO_STAMP = { headSha: null, runId: null, runAttempt: null };
/** The hidden first line: the gate id, then the commit and the run when known. */
function commentMarker(gateId, stamp = NO_STAMP) {
    (0,_gate_id_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGateId */ .mr)(gateId, { place: 'gate-id' });
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
    if (!match || match[1] !== gateId || !_gate_id_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_ID_PATTERN */ .D.test(match[1]))
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


/***/ }),

/***/ 29756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ GATE_ID_PATTERN),
/* harmony export */   mr: () => (/* binding */ parseGateId),
/* harmony export */   q6: () => (/* binding */ DEFAULT_GATE_ID)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71958);

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
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the gate id ${JSON.stringify(value)} is not allowed`, {
        ...where,
        fix: 'use 1 to 64 letters, digits, ".", "_" or single "-", starting and ending with a letter or digit (for example "factgate" or "rag-eval")',
    });
}


/***/ }),

/***/ 90047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ safeLogger)
/* harmony export */ });
/* unused harmony export silentLogger */
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97606);

const silentLogger = {
    debug() { },
    info() { },
    notice() { },
    warning() { },
};
/**
 * Wraps a logger so every message is redacted and cannot forge a workflow command,
 * whatever GitHub, a model or a golden set put into it.
 */
function safeLogger(logger, secrets) {
    const clean = (message) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogText */ .dD)((0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(message, secrets));
    return {
        debug: (message) => logger.debug(clean(message)),
        info: (message) => logger.info(clean(message)),
        notice: (message) => logger.notice(clean(message)),
        warning: (message) => logger.warning(clean(message)),
    };
}


/***/ }),

/***/ 79196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bo: () => (/* binding */ PUBLISH_OUTPUTS),
  CD: () => (/* binding */ attempt),
  uT: () => (/* binding */ publishFailureSummary),
  eG: () => (/* binding */ reportComment)
});

// UNUSED EXPORTS: MAX_ANNOTATIONS, coverageAnnotations, publishToGitHub

// EXTERNAL MODULE: ./.build/src/report/budget.js
var budget = __webpack_require__(72329);
// EXTERNAL MODULE: ./.build/src/report/markdown.js
var markdown = __webpack_require__(14873);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/github/client.js + 1 modules
var client = __webpack_require__(18997);
;// CONCATENATED MODULE: ./.build/src/github/check-run.js



/** GitHub accepts at most 50 annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_RUN_NAME = 'factgate';
/**
 * Publishes the optional `factgate` check run. Up to 50 annotations go with the create;
 * beyond that the run is created in progress and completed by the update carrying the
 * last batch, because GitHub takes annotations 50 per request.
 */
async function check_run_publishCheckRun(octokit, request) {
    for (const [field, value] of [['summary', request.summary], ['text', request.text ?? '']]) {
        if (CHECK_RUN_OUTPUT_LIMIT.measure(value) > CHECK_RUN_OUTPUT_LIMIT.max) {
            throw new Error(`The check run ${field} is over ${CHECK_RUN_OUTPUT_LIMIT.max} characters; budget it before publishing.`);
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
        if (httpStatusOf(error) === 403)
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

// EXTERNAL MODULE: ./.build/src/github/comment-marker.js
var comment_marker = __webpack_require__(1513);
// EXTERNAL MODULE: ./.build/src/github/logger.js
var logger = __webpack_require__(90047);
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
function notices_checkRunForbiddenNotice(fromFork, message) {
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

// EXTERNAL MODULE: ./.build/src/github/sticky-comment.js + 1 modules
var sticky_comment = __webpack_require__(23682);
;// CONCATENATED MODULE: ./.build/src/github/publish.js











/** Outputs this function sets, beyond those the Action sets from the report. */
const PUBLISH_OUTPUTS = {
    'comment-url': 'URL of the pull-request comment, when one was created or updated.',
    'check-run-url': 'URL of the factgate check run, when one was created.',
};
/**
 * Publishes a finished report on GitHub: the job summary (always), the sticky comment
 * (pull requests), the optional `factgate` check run with annotations, and outputs.
 * Publishing never judges: a refused write (a fork's read-only token, a missing
 * permission) becomes a notice, and a write that still fails after the client's retries (an
 * outage, an exhausted rate limit) becomes a warning, a line in the job summary and an
 * entry in `failures`. The job's exit status stays the caller's to set.
 */
async function publishToGitHub(input) {
    const { settings, context, octokit } = input;
    const logger = safeLogger(input.logger, settings.secrets);
    const report = redactDeep(input.report, settings.secrets);
    const render = input.markdown ?? renderMarkdownFitted;
    const renderOptions = {
        baseline: input.baseline ?? null,
        artifactUrl: settings.artifactUrl ?? null,
        notes: settings.notes ?? [],
        secrets: settings.secrets,
    };
    const outcome = gateOutcome(report);
    const stamp = settings.stamp ?? NO_STAMP;
    const failures = [];
    await input.io.writeJobSummary(render(report, { ...renderOptions, limit: JOB_SUMMARY_LIMIT }).markdown);
    let comment = { action: 'skipped', reason: `a ${context.eventName} event has no pull request to comment on` };
    if (context.kind === 'pull_request') {
        const room = COMMENT_LIMIT.measure(commentOverhead(settings.gateId, stamp));
        const commentLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
        comment = await attempt('the pull-request comment', failures, logger, () => upsertStickyComment(octokit, {
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
        checkRun = await attempt('the "factgate" check run', failures, logger, () => publishCheckRun(octokit, {
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
async function attempt(what, failures, logger, step) {
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
    const status = (0,client/* httpStatusOf */.s_)(error);
    const message = (0,client/* gitHubMessageOf */.IB)(error).replace(/\s+/g, ' ').trim().slice(0, 300);
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
        const lines = [...new Set(file.lines)].sort((a, b) => a - b);
        for (let i = 0; i < lines.length;) {
            let j = i;
            while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1)
                j++;
            const start = lines[i] ?? 1;
            const end = lines[j] ?? start;
            annotations.push({
                path: file.path,
                startLine: start,
                endLine: end,
                level: 'warning',
                title: 'Changed lines not covered by tests',
                message: start === end ? `Line ${start} was changed and no test covers it.` : `Lines ${start}–${end} were changed and no test covers them.`,
            });
            i = j + 1;
        }
    }
    return annotations.slice(0, MAX_ANNOTATIONS);
}


/***/ }),

/***/ 23682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ox: () => (/* binding */ parseCommentMode),
  qD: () => (/* binding */ upsertStickyComment)
});

// UNUSED EXPORTS: COMMENT_MODES, commentMarker, findOwnComments, normaliseLogin

// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/github/client.js + 1 modules
var client = __webpack_require__(18997);
// EXTERNAL MODULE: ./.build/src/github/comment-marker.js
var comment_marker = __webpack_require__(1513);
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
    const stamp = request.stamp ?? comment_marker/* NO_STAMP */.Qi;
    (0,comment_marker/* commentMarker */.Ql)(request.gateId, stamp);
    const ownComments = async () => findOwnComments(await listPullRequestComments(octokit, request.target), request.gateId, request.authorLogin);
    const ours = { body: (0,comment_marker/* commentBody */.I2)(request.gateId, stamp, request.markdown), stamp };
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
            const status = (0,client/* httpStatusOf */.s_)(error);
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
    const latest = own.filter((c) => c.id !== createdId).reduce((best, c) => (best === null || (0,comment_marker/* compareStamps */.ye)(c.stamp, best.stamp) > 0 ? c : best), null);
    const oursIsLatest = latest === null || (0,comment_marker/* compareStamps */.ye)(ours.stamp, latest.stamp) >= 0;
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
        const stamp = (0,comment_marker/* readCommentMarker */.wz)(c.body, gateId);
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
        const status = (0,client/* httpStatusOf */.s_)(error);
        if (status === 403)
            return { kind: 'forbidden', message: (0,client/* gitHubMessageOf */.IB)(error) };
        if (status === 422 && request.smallerMarkdown && /too long|maximum/i.test((0,client/* gitHubMessageOf */.IB)(error))) {
            logger.warning(`GitHub rejected the comment as too long (${(0,client/* gitHubMessageOf */.IB)(error)}); posting a shorter version.`);
            const smaller = (0,comment_marker/* commentBody */.I2)(request.gateId, draft.stamp, request.smallerMarkdown());
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
            if ((0,client/* httpStatusOf */.s_)(error) !== 404)
                throw error;
        }
    }
    if (deleted > 0)
        logger.info(`Deleted ${deleted} duplicate factgate comment${deleted === 1 ? '' : 's'}.`);
    return deleted;
}


/***/ }),

/***/ 72329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   c5: () => (/* binding */ fitToBudget),
/* harmony export */   k0: () => (/* binding */ countUtf8Bytes),
/* harmony export */   zS: () => (/* binding */ JOB_SUMMARY_LIMIT)
/* harmony export */ });
/* unused harmony exports countCodePoints, CHECK_RUN_OUTPUT_LIMIT */
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
const COMMENT_LIMIT = { name: 'pull-request comment', max: 65_536, measure: countCodePoints, unit: 'characters' };
const CHECK_RUN_OUTPUT_LIMIT = { name: 'check run', max: 65_535, measure: countCodePoints, unit: 'characters' };
const JOB_SUMMARY_LIMIT = { name: 'job summary', max: 1_048_576, measure: countUtf8Bytes, unit: 'bytes' };
/** Joins the sections, leaving out parts in `dropOrder` until the result fits `limit`. */
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
    const markdown = render(states, separator, omissionNote(states, limit, options));
    const finalSize = limit.measure(markdown);
    if (finalSize > limit.max) {
        throw new Error(`The parts of the ${limit.name} that are never left out take ${finalSize} ${limit.unit}, over the limit of ${limit.max}; ` +
            'the renderer must bound them.');
    }
    return { markdown, size: finalSize, omitted: omittedParts(states) };
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
        if (kept === section.blocks.length)
            continue;
        const items = section.dropItemsFromEnd;
        if (items && kept > 0) {
            const total = section.blocks.length - items.keepBlocks;
            parts.push({ id: section.id, label: section.label, items: { omitted: section.blocks.length - kept, total, itemName: items.itemName } });
        }
        else {
            parts.push({ id: section.id, label: section.label });
        }
    }
    return parts;
}
function omissionNote(states, limit, options) {
    const parts = omittedParts(states);
    if (parts.length === 0)
        return '';
    const described = parts.map((part) => part.items ? `${part.items.omitted} of ${part.items.total} ${part.items.itemName}` : `the ${part.label}`);
    const rest = options.whereToFindTheRest ? ` ${options.whereToFindTheRest}` : '';
    return `> [!NOTE]\n> Left out to stay under the ${limit.name} limit of ${limit.max.toLocaleString('en-US')} ${limit.unit}: ${described.join('; ')}.${rest}`;
}


/***/ }),

/***/ 96747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Rg: () => (/* binding */ ruleStatus),
/* harmony export */   _G: () => (/* binding */ VERDICT_WORDS),
/* harmony export */   cf: () => (/* binding */ rateText),
/* harmony export */   yY: () => (/* binding */ headlineRows)
/* harmony export */ });
/** Shared wording for every rendering, so the terminal and the comment say the same. */
function percent(value, digits) {
    if (value === null)
        return 'n/a';
    const pct = value * 100;
    const d = digits ?? (pct !== 0 && Math.abs(pct) < 10 ? 2 : 1);
    return `${pct.toFixed(d)}%`;
}
function rateText(rate) {
    if (rate.value === null)
        return 'n/a (nothing to measure)';
    const ci = rate.ci ? ` [95% CI ${percent(rate.ci.lower)}–${percent(rate.ci.upper)}]` : '';
    return `${percent(rate.value)} (${rate.numerator}/${rate.denominator})${ci}`;
}
const VERDICT_WORDS = {
    pass: 'PASSED',
    fail: 'FAILED',
    error: 'COULD NOT DECIDE',
    overridden: 'OVERRIDDEN',
};
/** The headline metrics, in the order every rendering shows them. */
function headlineRows(report) {
    const t = report.policy.thresholds;
    const m = report.metrics;
    return [
        { label: 'Hallucination rate', rate: m.hallucinationRate, rule: 'max-hallucination-rate', threshold: t.maxHallucinationRate },
        { label: 'Citation coverage', rate: m.citationCoverage, rule: 'min-citation-coverage', threshold: t.minCitationCoverage },
        { label: 'Citation precision', rate: m.citationPrecision, rule: 'min-citation-precision', threshold: t.minCitationPrecision },
        { label: 'Cases with a hallucination', rate: m.caseHallucinationRate, rule: 'max-case-hallucination-rate', threshold: t.maxCaseHallucinationRate },
        { label: 'Expected-fact recall', rate: m.factRecall, rule: 'min-fact-recall', threshold: t.minFactRecall },
        { label: 'Answer rate', rate: m.answerRate, rule: null, threshold: null },
        { label: 'Undetermined claims', rate: m.undeterminedRate, rule: 'max-undetermined-rate', threshold: t.maxUndeterminedRate },
        { label: 'Errors / missing', rate: m.errorRate, rule: 'max-error-rate', threshold: t.maxErrorRate },
    ];
}
function ruleStatus(report, rule) {
    if (rule === null)
        return 'ok';
    if (report.verdict.breaches.some((b) => b.rule === rule))
        return 'fail';
    if (report.verdict.warnings.some((b) => b.rule === rule))
        return 'warn';
    return 'ok';
}


/***/ }),

/***/ 14873:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kB: () => (/* binding */ renderMarkdownFitted)
/* harmony export */ });
/* unused harmony exports renderMarkdown, renderMarkdownSections */
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97606);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72329);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96747);



/** Budget order: lower numbers are left out first. The verdict, metrics and links always stay. */
const DROP_ORDER = { chart: 1, uncoveredLines: 2, failingCases: 3, categories: 4, drift: 5, coverage: 6 };
const MAX_CATEGORY_ROWS = 100;
const MAX_DRIFT_ROWS = 50;
const MAX_CASES = 500;
const MAX_CHART_CATEGORIES = 12;
const STATUS_ICON = { ok: '✅', warn: '⚠️', fail: '❌' };
const VERDICT_ICON = { pass: '✅', fail: '❌', error: '❌', overridden: '🟡' };
/** The report as Markdown within `options.limit` (the comment limit by default). */
function renderMarkdown(report, options = {}) {
    return renderMarkdownFitted(report, options).markdown;
}
/** Like `renderMarkdown`, also saying which parts were left out. */
function renderMarkdownFitted(report, options = {}) {
    const secrets = options.secrets ?? [];
    // Redact the data first so `***` is escaped like any other text; then the rendered
    // blocks, in case escaping produced a form of a secret the data did not contain.
    const redact = (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .secretRedactor */ .xc)(secrets);
    const sections = renderMarkdownSections((0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .redactDeep */ .KL)(report, secrets), options).map((section) => ({
        ...section,
        blocks: secrets.length ? section.blocks.map(redact) : section.blocks,
    }));
    const whereToFindTheRest = options.artifactUrl
        ? `Everything is in the [report artifact](${safeUrl(options.artifactUrl)}).`
        : 'Everything is in the report JSON.';
    return (0,_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .fitToBudget */ .c5)(sections, options.limit ?? _budget_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_LIMIT */ .W$, { whereToFindTheRest });
}
/** The report as budget sections, in reading order. */
function renderMarkdownSections(report, options = {}) {
    const sections = [
        { id: 'verdict', label: 'verdict', blocks: verdictBlocks(report, options.notes ?? []) },
        { id: 'metrics', label: 'metrics table', blocks: [metricsTable(report, options.baseline ?? null)] },
    ];
    const chart = categoryChart(report, options.baseline ?? null);
    if (chart)
        sections.push({ id: 'chart', label: 'chart', blocks: [chart], dropOrder: DROP_ORDER.chart });
    if (report.categories.length > 1) {
        sections.push({ id: 'categories', label: 'per-category table', blocks: [categoryTable(report, options.baseline ?? null)], dropOrder: DROP_ORDER.categories });
    }
    if (report.coverage) {
        sections.push({ id: 'coverage', label: 'coverage table', blocks: coverageBlocks(report.coverage), dropOrder: DROP_ORDER.coverage });
        const uncovered = uncoveredLines(report.coverage);
        if (uncovered)
            sections.push({ id: 'uncovered', label: 'list of uncovered changed lines', blocks: [uncovered], dropOrder: DROP_ORDER.uncoveredLines });
    }
    if (report.drift)
        sections.push({ id: 'drift', label: 'drift findings', blocks: driftBlocks(report.drift), dropOrder: DROP_ORDER.drift });
    const failing = failingCases(report);
    if (failing.length > 0) {
        const shown = failing.slice(0, MAX_CASES);
        const heading = `#### Cases to look at (${failing.length})`;
        const more = failing.length > shown.length ? [`… and ${failing.length - shown.length} more in the report JSON.`] : [];
        sections.push({
            id: 'failing-cases',
            label: 'failing cases',
            blocks: [heading, ...shown.map(caseDetails), ...more],
            dropOrder: DROP_ORDER.failingCases,
            dropItemsFromEnd: { keepBlocks: 1, itemName: 'failing cases' },
        });
    }
    sections.push({ id: 'links', label: 'links', blocks: [linksLine(report, options.artifactUrl ?? null)] });
    return sections;
}
function verdictBlocks(report, notes) {
    const v = report.verdict;
    const first = v.breaches[0];
    const why = v.status === 'pass'
        ? 'every threshold met'
        : first
            ? `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(first.message, { maxLength: 200 })}${v.breaches.length > 1 ? ` (and ${v.breaches.length - 1} more)` : ''}`
            : (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.notes[0] ?? report.run.partialReason ?? 'see the report', { maxLength: 200 });
    const blocks = [`### ${VERDICT_ICON[v.status]} factgate ${_format_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_WORDS */ ._G[v.status].toLowerCase()}: ${why} · policy ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.policy.name)}`];
    const lines = [];
    if (v.override) {
        lines.push(`- 🟡 Overridden by ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.override.by)} (${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.override.permission)}) through ${v.override.via === 'label' ? 'the override label' : 'an approving review'} at ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(v.override.at)}; waived: ${v.override.waived.map((rule) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(rule)).join(', ')}`);
    }
    for (const breach of v.breaches)
        lines.push(`- ❌ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(breach.rule)}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(breach.message, { maxLength: 500 })}`);
    for (const warning of v.warnings)
        lines.push(`- ⚠️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(warning.rule)}: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(warning.message, { maxLength: 500 })}`);
    for (const note of [...v.notes, ...notes])
        lines.push(`- ℹ️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(note, { maxLength: 500 })}`);
    if (report.run.partial)
        lines.push(`- ℹ️ Partial run: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(report.run.partialReason ?? 'incomplete')}`);
    if (lines.length > 0)
        blocks.push(lines.join('\n'));
    return blocks;
}
/** Which way is better for a headline rule: `max-*` rules want lower values. */
function lowerIsBetter(rule) {
    return rule !== null && rule.startsWith('max-');
}
/** "↑ +1.20 pp" with a word for whether that is better or worse. */
function change(value, baseline, lowerBetter) {
    if (value === null || baseline === null)
        return '—';
    const delta = (value - baseline) * 100;
    if (Math.abs(delta) < 0.005)
        return '→ 0 pp';
    const arrow = delta > 0 ? '↑' : '↓';
    const worse = delta > 0 === lowerBetter;
    return `${arrow} ${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)} pp ${worse ? '🔴' : '🟢'}`;
}
function metricsTable(report, baseline) {
    const rows = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .headlineRows */ .yY)(report);
    const baselineRows = baseline ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .headlineRows */ .yY)({ ...report, metrics: baseline.metrics }) : null;
    const out = ['| Metric | Value | Baseline | Change | Threshold | Status |', '| --- | ---: | ---: | :---: | ---: | :---: |'];
    rows.forEach((row, i) => {
        const base = baselineRows?.[i]?.rate.value ?? null;
        const threshold = row.threshold === null ? '—' : `${lowerIsBetter(row.rule) ? '≤' : '≥'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(row.threshold)}`;
        out.push(`| ${row.label} | ${rateCell(row.rate)} | ${baselineRows ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(base) : '—'} | ${change(row.rate.value, base, lowerIsBetter(row.rule))} | ${threshold} | ${STATUS_ICON[(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleStatus */ .Rg)(report, row.rule)]} |`);
    });
    return out.join('\n');
}
function rateCell(rate) {
    if (rate.value === null)
        return 'n/a';
    const ci = rate.ci ? ` <sub>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(rate.ci.lower)}–${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(rate.ci.upper)}</sub>` : '';
    return `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(rate.value)}** (${rate.numerator}/${rate.denominator})${ci}`;
}
function worstCategories(report) {
    return [...report.categories].sort((a, b) => (b.hallucinationRate.value ?? -1) - (a.hallucinationRate.value ?? -1) || a.category.localeCompare(b.category));
}
function categoryTable(report, baseline) {
    const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c]));
    const rows = worstCategories(report);
    const out = [
        '| Category | Cases | Hallucination rate | Baseline | Change | Citation coverage | Fact recall |',
        '| --- | ---: | ---: | ---: | :---: | ---: | ---: |',
    ];
    for (const c of rows.slice(0, MAX_CATEGORY_ROWS)) {
        const base = baseOf.get(c.category)?.hallucinationRate.value ?? null;
        out.push(`| ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(c.category, { maxLength: 60 })} | ${c.cases} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.hallucinationRate.value)} (${c.hallucinationRate.numerator}/${c.hallucinationRate.denominator}) | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(base)} | ${change(c.hallucinationRate.value, base, true)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.citationCoverage.value)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.factRecall.value)} |`);
    }
    const table = out.join('\n');
    return rows.length > MAX_CATEGORY_ROWS ? `${table}\n\n${rows.length - MAX_CATEGORY_ROWS} more categories in the report JSON.` : table;
}
/** A Mermaid label: only letters, digits and a few separators survive; Mermaid reads the rest. */
function chartLabel(text) {
    const clean = text.replace(/[^\p{L}\p{N} _./-]/gu, ' ').replace(/\s+/g, ' ').trim();
    return `"${Array.from(clean || '?').slice(0, 24).join('')}"`;
}
/**
 * Hallucination rate per category: bars for this run, a line for the baseline. Drawn only
 * with two or more categories, where a picture beats reading a column of percentages.
 */
function categoryChart(report, baseline) {
    const categories = worstCategories(report).filter((c) => c.hallucinationRate.value !== null).slice(0, MAX_CHART_CATEGORIES);
    if (categories.length < 2)
        return null;
    const baseOf = new Map((baseline?.categories ?? []).map((c) => [c.category, c.hallucinationRate.value]));
    const head = categories.map((c) => round((c.hallucinationRate.value ?? 0) * 100));
    const base = categories.map((c) => round((baseOf.get(c.category) ?? 0) * 100));
    const top = Math.max(1, ...head, ...(baseline ? base : [])) * 1.1;
    const lines = [
        'xychart-beta',
        `  title "Hallucination rate by category, %${baseline ? ' (bars: this run, line: baseline)' : ''}"`,
        `  x-axis [${categories.map((c) => chartLabel(c.category)).join(', ')}]`,
        `  y-axis "%" 0 --> ${round(top)}`,
        `  bar [${head.join(', ')}]`,
    ];
    if (baseline)
        lines.push(`  line [${base.join(', ')}]`);
    return ['```mermaid', ...lines, '```'].join('\n');
}
function round(value) {
    return Math.round(value * 100) / 100;
}
function coverageBlocks(coverage) {
    const pct = (t) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(t.rate)} (${t.covered}/${t.total})`;
    const rows = [
        '#### Coverage',
        ['| Coverage | Value |', '| --- | ---: |', `| Lines | ${pct(coverage.lines)} |`, `| Branches | ${pct(coverage.branches)} |`, `| Changed lines (patch) | ${coverage.patch ? pct(coverage.patch) : 'n/a'} |`].join('\n'),
    ];
    if (coverage.warnings.length > 0)
        rows.push(coverage.warnings.slice(0, 20).map((w) => `- ⚠️ ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(w, { maxLength: 300 })}`).join('\n'));
    return rows;
}
function uncoveredLines(coverage) {
    const files = coverage.patch?.uncovered.filter((f) => f.lines.length > 0) ?? [];
    if (files.length === 0)
        return null;
    const lines = files.slice(0, 100).map((f) => `- ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(f.path, { maxLength: 200 })}: ${lineRanges(f.lines)}`);
    if (files.length > 100)
        lines.push(`- … ${files.length - 100} more files`);
    return `<details><summary>Changed lines without coverage (${files.length} file${files.length === 1 ? '' : 's'})</summary>\n\n${lines.join('\n')}\n\n</details>`;
}
/** 3,4,5,9 → "3–5, 9" */
function lineRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1)
            j++;
        ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
        i = j + 1;
    }
    return ranges.length > 30 ? `${ranges.slice(0, 30).join(', ')}, …` : ranges.join(', ');
}
function driftBlocks(drift) {
    const heading = '#### Compared with the baseline';
    if (drift.status !== 'compared') {
        return [heading, `Not compared: ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(drift.reason ?? drift.status, { maxLength: 300 })}`];
    }
    const significant = drift.findings.filter((f) => f.significant);
    const summary = `${drift.cases.compared} cases compared (${drift.cases.added.length} added, ${drift.cases.removed.length} removed, ${drift.cases.changed.length} changed since the baseline).`;
    if (significant.length === 0)
        return [heading, `${summary} No significant change.`];
    // The p-value a reader judges by: adjusted for the gating tests, the test's own for descriptive ones.
    const rows = ['| Change | Where | Test | p-value (adjusted) | Finding |', '| :---: | --- | --- | ---: | --- |'];
    for (const f of significant.slice(0, MAX_DRIFT_ROWS)) {
        rows.push(`| ${f.direction === 'regression' ? '🔴 worse' : f.direction === 'improvement' ? '🟢 better' : '—'} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(f.scope, { maxLength: 60 })} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(f.test)}${f.role === 'descriptive' ? ' (descriptive)' : ''} | ${shownPValue(f.adjustedPValue ?? f.pValue)} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(f.explanation, { maxLength: 400 })} |`);
    }
    const more = significant.length > MAX_DRIFT_ROWS ? `\n\n${significant.length - MAX_DRIFT_ROWS} more findings in the report JSON.` : '';
    return [heading, `${summary} Significant changes:`, rows.join('\n') + more];
}
function shownPValue(p) {
    return p === null ? '—' : p < 0.001 ? '< 0.001' : p.toFixed(3);
}
function failingCases(report) {
    return report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
}
/** One case in a collapsed section: the claim, what it cites, the evidence, and why. */
function caseDetails(c) {
    const what = c.status === 'error' ? 'error' : c.status === 'missing' ? 'no response' : `${c.claims.filter((cl) => cl.hallucinated).length} hallucinated claim(s)`;
    const summary = `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(c.id, { maxLength: 80 })} · ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(c.category, { maxLength: 40 })} · ${what}`;
    const body = [`**Question:** ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(c.question, { maxLength: 400 })}`];
    if (c.status === 'error')
        body.push(`**Error:** ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(c.error ?? 'unknown', { maxLength: 500 })}`);
    if (c.status === 'missing')
        body.push('The application gave no response for this case.');
    for (const reason of c.hallucinationReasons)
        body.push(`- ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(reason, { maxLength: 400 })}`);
    const claims = c.claims.filter((cl) => cl.hallucinated);
    if (claims.length > 0) {
        body.push(['| Claim | Cites | Verdict | Evidence | Why |', '| --- | --- | --- | --- | --- |', ...claims.slice(0, 20).map(claimRow)].join('\n'));
        if (claims.length > 20)
            body.push(`${claims.length - 20} more claims in the report JSON.`);
    }
    if (c.answer)
        body.push(`<sub>Answer</sub>\n\n${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(c.answer, { maxLength: 1500 })}`);
    return `<details><summary>${summary}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
function claimRow(claim) {
    const cites = claim.citations.length
        ? claim.citations
            .map((id) => {
            const check = claim.citationChecks.find((c) => c.sourceId === id);
            return `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(id, { maxLength: 40, inTable: true })}${check && !check.known ? ' (no such source)' : ''}`;
        })
            .join(', ')
        : 'nothing';
    const evidence = claim.evidence
        ? `${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(claim.evidence.sourceId, { maxLength: 40, inTable: true })}: “${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(claim.evidence.sentence, { maxLength: 300 })}”`
        : '—';
    return `| ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(claim.text, { maxLength: 400 })} | ${cites} | ${claim.verdict} | ${evidence} | ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeTableCell */ .aL)(claim.reason, { maxLength: 300 })} |`;
}
function linksLine(report, artifactUrl) {
    const links = [];
    if (report.run.runUrl)
        links.push(`[workflow run](${safeUrl(report.run.runUrl)})`);
    if (artifactUrl)
        links.push(`[report artifact](${safeUrl(artifactUrl)})`);
    const sha = report.run.gitSha ? ` · commit ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(report.run.gitSha.slice(0, 12))}` : '';
    return `<sub>factgate ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdownInline */ .E4)(report.tool.version)} · ${report.goldenSet.caseCount} cases${sha}${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`;
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


/***/ }),

/***/ 99927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ REPORT_SCHEMA_VERSION)
/* harmony export */ });
const REPORT_SCHEMA_VERSION = 2;


/***/ }),

/***/ 3380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ validateReport)
});

;// CONCATENATED MODULE: ./.build/schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/report.schema.json","title":"factgate report","description":"The versioned report of one factgate run. Generated from src/report/types.ts.","$ref":"#/definitions/Report","definitions":{"Report":{"type":"object","properties":{"schemaVersion":{"type":"number","const":2},"tool":{"type":"object","properties":{"name":{"type":"string","const":"factgate"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"run":{"type":"object","properties":{"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"durationMs":{"type":"number"},"gitSha":{"type":["string","null"]},"ref":{"type":["string","null"]},"runUrl":{"type":["string","null"]},"shard":{"anyOf":[{"type":"object","properties":{"index":{"type":"number"},"total":{"type":"number"}},"required":["index","total"],"additionalProperties":false},{"type":"null"}]},"partial":{"type":"boolean","description":"True when cancelled or a shard: the verdict of a partial report is never pass."},"partialReason":{"type":["string","null"]}},"required":["startedAt","finishedAt","durationMs","gitSha","ref","runUrl","shard","partial","partialReason"],"additionalProperties":false},"goldenSet":{"type":"object","properties":{"files":{"type":"array","items":{"type":"string"}},"hash":{"type":"string"},"caseCount":{"type":"number"}},"required":["files","hash","caseCount"],"additionalProperties":false},"settings":{"type":"object","properties":{"responses":{"type":"string"},"judge":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"citationPattern":{"type":"string"},"settingsHash":{"type":"string"}},"required":["responses","judge","citationPattern","settingsHash"],"additionalProperties":false},"policy":{"$ref":"#/definitions/ResolvedPolicy"},"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"cases":{"type":"array","items":{"$ref":"#/definitions/CaseResult"}},"responses":{"type":"object","properties":{"missing":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}}},"required":["missing","unknown"],"additionalProperties":false},"coverage":{"anyOf":[{"$ref":"#/definitions/ReportCoverage"},{"type":"null"}]},"drift":{"anyOf":[{"$ref":"#/definitions/ReportDrift"},{"type":"null"}]},"verdict":{"$ref":"#/definitions/Verdict"}},"required":["schemaVersion","tool","run","goldenSet","settings","policy","metrics","categories","cases","responses","coverage","drift","verdict"],"additionalProperties":false},"ResolvedPolicy":{"type":"object","properties":{"name":{"type":"string"},"extends":{"$ref":"#/definitions/PresetName"},"thresholds":{"$ref":"#/definitions/Thresholds"},"regression":{"$ref":"#/definitions/RuleAction","description":"A significant regression against the baseline."},"alpha":{"type":"number","description":"Significance level and minimum effect (absolute rate change) for drift findings."},"minEffect":{"type":"number"},"missingResponses":{"$ref":"#/definitions/RuleAction","description":"Golden-set cases with no response, or with an errored response."},"unknownResponses":{"$ref":"#/definitions/RuleAction","description":"Responses whose id is not in the golden set."},"missingInputs":{"$ref":"#/definitions/RuleAction","description":"A configured input (coverage report, baseline) that is missing or unreadable."},"judgeScoreDrift":{"$ref":"#/definitions/RuleAction","description":"Judge-score and latency distributions that moved towards worse (one-sided KS): warn by default, since they shift between identical runs on a loaded runner; \'fail\' makes them gating, corrected with the other regression tests."},"latencyDrift":{"$ref":"#/definitions/RuleAction"},"certification":{"$ref":"#/definitions/RuleAction","description":"The golden set is too small to demonstrate the thresholds at 95 % confidence."},"certificationBound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson) or Wilson (not a true 95 % bound near 0)."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"overrideLabel":{"type":"string"}},"required":["name","extends","thresholds","regression","alpha","minEffect","missingResponses","unknownResponses","missingInputs","judgeScoreDrift","latencyDrift","certification","certificationBound","override","overrideLabel"],"additionalProperties":false},"PresetName":{"type":"string","enum":["strict","standard","permissive"]},"Thresholds":{"type":"object","properties":{"maxHallucinationRate":{"type":["number","null"]},"maxCaseHallucinationRate":{"type":["number","null"]},"minCitationCoverage":{"type":["number","null"]},"minCitationPrecision":{"type":["number","null"]},"minFactRecall":{"type":["number","null"]},"maxUndeterminedRate":{"type":["number","null"]},"maxErrorRate":{"type":["number","null"]},"maxLatencyP95Ms":{"type":["number","null"]},"minLineCoverage":{"type":["number","null"]},"minBranchCoverage":{"type":["number","null"]},"minPatchCoverage":{"type":["number","null"]},"maxLineCoverageDrop":{"type":["number","null"]}},"required":["maxHallucinationRate","maxCaseHallucinationRate","minCitationCoverage","minCitationPrecision","minFactRecall","maxUndeterminedRate","maxErrorRate","maxLatencyP95Ms","minLineCoverage","minBranchCoverage","minPatchCoverage","maxLineCoverageDrop"],"additionalProperties":false,"description":"Rate thresholds are fractions in [0, 1]; null switches a threshold off."},"RuleAction":{"type":"string","enum":["fail","warn","ignore"],"description":"What happens when a rule is breached or an input is missing."},"Metrics":{"type":"object","properties":{"hallucinationRate":{"$ref":"#/definitions/Rate","description":"Hallucinated (contradicted + unsupported) claims / all claims (micro)."},"caseHallucinationRate":{"$ref":"#/definitions/Rate","description":"Cases with at least one hallucination / evaluated cases."},"citationCoverage":{"$ref":"#/definitions/Rate","description":"ALCE citation recall: claims whose cited sources together entail them / all claims."},"citationPrecision":{"$ref":"#/definitions/Rate","description":"ALCE citation precision: relevant citations / all citations."},"factRecall":{"$ref":"#/definitions/Rate","description":"Expected facts entailed by the answer / expected facts (answerable cases)."},"undeterminedRate":{"$ref":"#/definitions/Rate","description":"Claims the judge could not decide / all claims."},"answerRate":{"$ref":"#/definitions/Rate","description":"Answerable cases the app answered (did not abstain) / answerable cases."},"errorRate":{"$ref":"#/definitions/Rate","description":"Cases whose response is missing or errored / all cases."},"fabricatedCitationRate":{"$ref":"#/definitions/Rate","description":"Citations to ids the case does not have / all citations."},"latency":{"anyOf":[{"$ref":"#/definitions/LatencySummary"},{"type":"null"}]},"counts":{"type":"object","properties":{"cases":{"type":"number"},"claims":{"type":"number"},"supported":{"type":"number"},"contradicted":{"type":"number"},"unsupported":{"type":"number"},"undetermined":{"type":"number"},"nonClaims":{"type":"number"},"citations":{"type":"number"},"fabricatedCitations":{"type":"number"}},"required":["cases","claims","supported","contradicted","unsupported","undetermined","nonClaims","citations","fabricatedCitations"],"additionalProperties":false}},"required":["hallucinationRate","caseHallucinationRate","citationCoverage","citationPrecision","factRecall","undeterminedRate","answerRate","errorRate","fabricatedCitationRate","latency","counts"],"additionalProperties":false},"Rate":{"type":"object","properties":{"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["value","numerator","denominator","ci"],"additionalProperties":false,"description":"A rate with everything needed to trace and trust it."},"LatencySummary":{"type":"object","properties":{"count":{"type":"number"},"p50":{"type":"number"},"p95":{"type":"number"},"p99":{"type":"number"}},"required":["count","p50","p95","p99"],"additionalProperties":false},"CategoryMetrics":{"type":"object","properties":{"category":{"type":"string"},"cases":{"type":"number"},"hallucinationRate":{"$ref":"#/definitions/Rate"},"caseHallucinationRate":{"$ref":"#/definitions/Rate"},"citationCoverage":{"$ref":"#/definitions/Rate"},"factRecall":{"$ref":"#/definitions/Rate"}},"required":["category","cases","hallucinationRate","caseHallucinationRate","citationCoverage","factRecall"],"additionalProperties":false},"CaseResult":{"type":"object","properties":{"id":{"type":"string"},"category":{"type":"string"},"question":{"type":"string"},"expect":{"type":"string","enum":["answer","abstain"]},"contentHash":{"type":"string"},"status":{"$ref":"#/definitions/CaseStatus"},"answer":{"type":"string"},"error":{"type":["string","null"]},"latencyMs":{"type":["number","null"]},"claims":{"type":"array","items":{"$ref":"#/definitions/ClaimResult"}},"nonClaims":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"reason":{"type":"string"}},"required":["text","reason"],"additionalProperties":false}},"hallucinated":{"type":"boolean"},"hallucinationReasons":{"type":"array","items":{"type":"string"},"description":"Every reason the case counts as hallucinated, in plain words."},"facts":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"forbidden":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}}},"required":["id","category","question","expect","contentHash","status","answer","error","latencyMs","claims","nonClaims","hallucinated","hallucinationReasons","facts","forbidden"],"additionalProperties":false},"CaseStatus":{"type":"string","enum":["answered","abstained","error","missing","not-run"]},"ClaimResult":{"type":"object","properties":{"index":{"type":"number"},"text":{"type":"string"},"citations":{"type":"array","items":{"type":"string"}},"verdict":{"$ref":"#/definitions/ClaimVerdict","description":"The judge\'s verdict against all of the case\'s sources."},"score":{"type":"number"},"evidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}]},"judge":{"type":"string"},"reason":{"type":"string"},"hallucinated":{"type":"boolean","description":"contradicted or unsupported."},"citedVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against the concatenation of the claim\'s known cited sources; null without any."},"citationCovered":{"type":"boolean","description":"ALCE citation recall for this claim: ≥ 1 citation and the cited sources entail it."},"citationChecks":{"type":"array","items":{"$ref":"#/definitions/CitationCheck"}}},"required":["index","text","citations","verdict","score","evidence","judge","reason","hallucinated","citedVerdict","citationCovered","citationChecks"],"additionalProperties":false},"ClaimVerdict":{"type":"string","enum":["supported","contradicted","unsupported","undetermined"]},"Evidence":{"type":"object","properties":{"sourceId":{"type":"string"},"sentence":{"type":"string","description":"The source sentence (or span) the judge aligned the claim to."},"start":{"type":"number","description":"Character offsets of `sentence` in the source text."},"end":{"type":"number"}},"required":["sourceId","sentence","start","end"],"additionalProperties":false,"description":"The best place in the sources that bears on a claim."},"CitationCheck":{"type":"object","properties":{"sourceId":{"type":"string"},"known":{"type":"boolean","description":"The id exists in the case\'s sources."},"relevant":{"type":"boolean","description":"ALCE: false when this source alone does not entail the claim and the others do without it."}},"required":["sourceId","known","relevant"],"additionalProperties":false},"FactCheck":{"type":"object","properties":{"text":{"type":"string"},"entailed":{"type":"boolean"},"evidence":{"type":["string","null"]}},"required":["text","entailed","evidence"],"additionalProperties":false},"ReportCoverage":{"type":"object","properties":{"reports":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"format":{"type":"string"}},"required":["file","format"],"additionalProperties":false}},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"type":"object","additionalProperties":false,"properties":{"uncovered":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"type":"array","items":{"type":"number"}}},"required":["path","lines"],"additionalProperties":false}},"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","rate","total","uncovered"]},{"type":"null"}]},"files":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"}},"required":["path","lines","branches"],"additionalProperties":false}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["reports","lines","branches","patch","files","warnings"],"additionalProperties":false},"CoverageTotals":{"type":"object","properties":{"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","total","rate"],"additionalProperties":false},"ReportDrift":{"type":"object","properties":{"status":{"type":"string","enum":["compared","skipped","not-comparable"]},"reason":{"type":["string","null"]},"baseline":{"anyOf":[{"type":"object","properties":{"file":{"type":"string"},"gitSha":{"type":["string","null"]},"createdAt":{"type":["string","null"]}},"required":["file","gitSha","createdAt"],"additionalProperties":false},{"type":"null"}]},"cases":{"type":"object","properties":{"compared":{"type":"number"},"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}},"changed":{"type":"array","items":{"type":"string"}}},"required":["compared","added","removed","changed"],"additionalProperties":false},"findings":{"type":"array","items":{"$ref":"#/definitions/DriftFinding"}}},"required":["status","reason","baseline","cases","findings"],"additionalProperties":false},"DriftFinding":{"type":"object","properties":{"test":{"type":"string","description":"e.g. \\"mcnemar\\", \\"fisher\\", \\"z-test\\", \\"ks\\", \\"psi\\", \\"delta\\"."},"metric":{"type":"string"},"scope":{"type":"string","description":"\\"overall\\" or a category name."},"statistic":{"type":["number","null"]},"pValue":{"type":["number","null"],"description":"The test\'s own p-value, one-sided in the regression direction; null for distances and deltas."},"adjustedPValue":{"type":["number","null"],"description":"pValue after the family-wise correction of the gating tests; null when the finding is not corrected."},"role":{"type":"string","enum":["gating","descriptive"],"description":"gating: can fail the gate (corrected together); descriptive: shown, warns at most."},"correction":{"type":["string","null"],"description":"How adjustedPValue was obtained, in words; null when not corrected."},"effect":{"type":["number","null"]},"effectCi":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}]},"direction":{"type":"string","enum":["regression","improvement","none"]},"significant":{"type":"boolean","description":"A regression with (adjusted) p ≤ α and an effect of at least the minimum effect."},"explanation":{"type":"string"}},"required":["test","metric","scope","statistic","pValue","adjustedPValue","role","correction","effect","effectCi","direction","significant","explanation"],"additionalProperties":false},"Verdict":{"type":"object","properties":{"status":{"type":"string","enum":["pass","fail","error","overridden"]},"breaches":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"notes":{"type":"array","items":{"type":"string"},"description":"Thresholds that could not be checked and why (e.g. no coverage report configured)."},"override":{"anyOf":[{"$ref":"#/definitions/OverrideRecord"},{"type":"null"}]}},"required":["status","breaches","warnings","notes","override"],"additionalProperties":false},"Breach":{"type":"object","properties":{"rule":{"type":"string","description":"The policy key that was breached, e.g. \\"max-hallucination-rate\\"."},"severity":{"$ref":"#/definitions/BreachSeverity"},"actual":{"type":["number","null"],"description":"The measured value, when there is one."},"threshold":{"type":["number","null"]},"message":{"type":"string"}},"required":["rule","severity","actual","threshold","message"],"additionalProperties":false},"BreachSeverity":{"type":"string","enum":["fail","warn"]},"OverrideRecord":{"type":"object","properties":{"by":{"type":"string"},"at":{"type":"string"},"via":{"type":"string","enum":["review","label"]},"permission":{"type":"string"},"waived":{"type":"array","items":{"type":"string"}}},"required":["by","at","via","permission","waived"],"additionalProperties":false}}}');
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/shared/structured.js
var structured = __webpack_require__(85934);
// EXTERNAL MODULE: ./.build/src/report/types.js
var types = __webpack_require__(99927);
;// CONCATENATED MODULE: ./.build/src/report/validate-report.js





const reportValidator = (0,schema/* compileSchema */.Fc)(report_schema_namespaceObject);
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

/***/ 50017:
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


/***/ }),

/***/ 97606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   E4: () => (/* binding */ escapeMarkdownInline),
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   dD: () => (/* binding */ escapeLogText),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   xc: () => (/* binding */ secretRedactor)
/* harmony export */ });
/* unused harmony exports truncateText, defuseMentions, REDACTED */
/**
 * Making untrusted text (model answers, golden sets, file paths, XML) safe to show.
 *
 * Markdown: no `@mention` or `#123` pings, no raw HTML, nothing that opens a link, an
 * image, a table column or a code span. HTML (inside `<summary>` and other HTML blocks,
 * where Markdown escapes are not read): entities only. Logs: no line can become a
 * workflow command. Secrets: replaced before any of the above.
 */
const ZERO_WIDTH_JOINER = '\u200D';
const ELLIPSIS = '…';
/** C0/C1 controls (keeping tab and newlines) and bidirectional overrides that can reorder what a reader sees. */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
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
 * Untrusted text for a log line. The runner reads `::command::` and the older `##[command]`
 * at the start of any line (after white space), so on every line such a start gets a
 * zero-width joiner between its first two characters: the text stays readable and no
 * `::error::`, `::add-mask::` or `::stop-commands::` can be forged.
 */
function escapeLogText(text) {
    return prepare(text, {})
        .split('\n')
        .map((line) => line.replace(/^(\s*)(:(?=:)|#(?=#\[))/, `$1$2${ZERO_WIDTH_JOINER}`))
        .join('\n');
}
const REDACTED = '***';
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
 * alternatives are longest first, so a secret containing another is masked whole.
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
        .map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
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
/** Redacts every string inside a JSON-like value (a report), returning a copy. */
function redactDeep(value, secrets) {
    if (!secrets.some((s) => typeof s === 'string' && s.trim() !== ''))
        return value;
    const redact = secretRedactor(secrets);
    const walk = (node) => {
        if (typeof node === 'string')
            return redact(node);
        if (Array.isArray(node))
            return node.map(walk);
        if (node && typeof node === 'object')
            return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
        return node;
    };
    return walk(value);
}


/***/ })

};
