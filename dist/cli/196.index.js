export const id = 196;
export const ids = [196];
export const modules = {

/***/ 18997:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* binding */ createGitHubClient),
  IB: () => (/* binding */ gitHubMessageOf),
  s_: () => (/* binding */ httpStatusOf),
  T1: () => (/* binding */ isPermissionDenied)
});

// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
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


/***/ }),

/***/ 1513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ commentBody),
/* harmony export */   Qi: () => (/* binding */ NO_STAMP),
/* harmony export */   og: () => (/* binding */ commentOverhead),
/* harmony export */   wz: () => (/* binding */ readCommentMarker),
/* harmony export */   ye: () => (/* binding */ compareStamps)
/* harmony export */ });
/* unused harmony exports commentMarker, commentFooter */
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
  uT: () => (/* binding */ publishFailureSummary),
  gm: () => (/* binding */ publishStep),
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

// UNUSED EXPORTS: COMMENT_MODES, findOwnComments, normaliseLogin

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
    const ownComments = async () => findOwnComments(await listPullRequestComments(octokit, request.target), request.gateId, request.authorLogin);
    // Building the body checks the gate id before any request.
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
        // A rate-limit 403 the client gave up on is a publishing failure, not a missing permission.
        if ((0,client/* isPermissionDenied */.T1)(error))
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
