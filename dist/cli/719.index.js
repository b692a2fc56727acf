export const id = 719;
export const ids = [719];
export const modules = {

/***/ 3281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_USAGE: () => (/* binding */ COMMENT_USAGE),
  runCommentCliCommand: () => (/* binding */ runCommentCliCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/bottleneck/lib/index.js
var lib = __webpack_require__(62203);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./.build/src/shared/secrets.js
var shared_secrets = __webpack_require__(85848);
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
    const secrets = options.secrets ?? new shared_secrets/* SecretMask */.fZ();
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
function client_isPermissionDenied(error) {
    return httpStatusOf(error) === 403 && rateLimitHit(error, Date.now()) === null;
}
/** The message GitHub put in an error response body, when there is one. */
function client_gitHubMessageOf(error) {
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

// EXTERNAL MODULE: ./.build/src/report/budget.js
var budget = __webpack_require__(72329);
// EXTERNAL MODULE: ./.build/src/report/gate-outcome.js
var gate_outcome = __webpack_require__(59338);
// EXTERNAL MODULE: ./.build/src/report/markdown.js
var markdown = __webpack_require__(14873);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
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
        return unique(linked.map((p) => p.number));
    const byCommit = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner: run.owner,
        repo: run.repo,
        commit_sha: run.headSha,
        per_page: 100,
    });
    const matching = byCommit.filter((p) => p.state === 'open' && p.head.sha === run.headSha && p.base.repo.full_name.toLowerCase() === here);
    if (matching.length > 0)
        return unique(matching.map((p) => p.number));
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
        return unique(byBranch.filter((p) => p.head.sha === run.headSha).map((p) => p.number));
    }
    return [];
}
function unique(numbers) {
    return [...new Set(numbers)].sort((a, b) => a - b);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./.build/src/settings/options.js
var settings_options = __webpack_require__(82139);
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
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(32)]).then(__webpack_require__.bind(__webpack_require__, 24032));
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
    const artifactName = options.artifactName ?? settings_options/* REPORT_ARTIFACT_NAME */.gh;
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

const comment_marker_NO_STAMP = { headSha: null, runId: null, runAttempt: null };
/** The hidden first line: the gate id, then the commit and the run when known. */
function commentMarker(gateId, stamp = comment_marker_NO_STAMP) {
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
function comment_marker_commentOverhead(gateId, stamp) {
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

// EXTERNAL MODULE: ./.build/src/shared/escape.js
var shared_escape = __webpack_require__(97606);
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
function logger_safeLogger(logger, secrets) {
    const clean = (message) => (secrets ? secrets.text((0,shared_escape/* escapeLogText */.dD)(message)) : (0,shared_escape/* escapeLogText */.dD)(message));
    return {
        debug: (message) => logger.debug(clean(message)),
        info: (message) => logger.info(clean(message)),
        notice: (message) => logger.notice(clean(message)),
        warning: (message) => logger.warning(clean(message)),
    };
}

// EXTERNAL MODULE: ./.build/src/report/format.js
var format = __webpack_require__(96747);
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
async function sticky_comment_upsertStickyComment(octokit, request, logger) {
    if (request.mode === 'off')
        return { action: 'skipped', reason: 'the comment mode is "off"' };
    const stamp = request.stamp ?? comment_marker_NO_STAMP;
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
        if (client_isPermissionDenied(error))
            return { kind: 'forbidden', message: client_gitHubMessageOf(error) };
        if (status === 422 && request.smallerMarkdown && /too long|maximum/i.test(client_gitHubMessageOf(error))) {
            logger.warning(`GitHub rejected the comment as too long (${client_gitHubMessageOf(error)}); posting a shorter version.`);
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
    const message = client_gitHubMessageOf(error).replace(/\s+/g, ' ').trim().slice(0, 300);
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
        for (const { start, end } of lineRanges(file.lines)) {
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
    const logger = logger_safeLogger(input.logger);
    const options = { artifactUrl: settings.artifactUrl ?? null };
    const failures = [];
    const stamp = context.kind === 'workflow_run' ? { headSha: context.headSha, runId: context.runId, runAttempt: context.runAttempt, runUrl: context.runUrl } : null;
    const room = budget/* COMMENT_LIMIT */.W$.measure(comment_marker_commentOverhead(settings.gateId, stamp ?? { headSha: null, runId: null, runAttempt: null }));
    const limit = { ...budget/* COMMENT_LIMIT */.W$, max: budget/* COMMENT_LIMIT */.W$.max - room };
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
            const outcome = await publishStep(`the pull-request comment on #${target.pullNumber}`, failures, logger, () => sticky_comment_upsertStickyComment(input.octokit, {
                target,
                gateId: settings.gateId,
                mode: settings.commentMode,
                failing: (0,gate_outcome/* gateOutcome */.S)(report).failing,
                ...(stamp ? { stamp } : {}),
                markdown: (0,markdown/* renderMarkdownFitted */.kB)(report, { ...postOptions, limit }).markdown,
                smallerMarkdown: () => (0,markdown/* renderMarkdownFitted */.kB)(report, { ...postOptions, limit: { ...limit, measure: budget/* countUtf8Bytes */.k0, unit: 'bytes' } }).markdown,
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
        logger.info(`${(0,gate_outcome/* gateOutcome */.S)(report).headline} (the report of run ${stamp?.runId ?? '?'}).`);
        await input.io.writeJobSummary((0,markdown/* renderMarkdownFitted */.kB)(report, { ...options, limit: budget/* JOB_SUMMARY_LIMIT */.zS }).markdown);
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

// EXTERNAL MODULE: ./.build/src/report/validate-report.js + 1 modules
var validate_report = __webpack_require__(3380);
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
        artifactName: raw['artifact-name'] ?? settings_options/* REPORT_ARTIFACT_NAME */.gh,
        commentAuthor,
        publishFailure: publishFailure,
    };
}

// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/comment-command.js










const COMMENT_USAGE = `Usage: factgate comment [options]

The fork-safe comment step, for a workflow_run workflow: downloads the report artifact of
the finished run, validates it, finds the pull request by the run's head commit and posts
or updates the sticky comment. Needs GITHUB_TOKEN (pull-requests: write, actions: read)
and the GitHub Actions event variables.

Options:
  --gate-id ID          Which gate's comment to keep (default factgate).
  --comment WHEN        always (default), on-failure, update-only or off.
  --artifact-name NAME  The report artifact's name (default factgate-report).
  --comment-author LOGIN  Match the sticky comment by this login (github-actions[bot]
                        and github-actions are the same author).
  --publish-failure WHAT  warn (default): a comment GitHub would not take after retries
                        is a warning; fail: exit 1 then.
  --help                Show this help.

Exit status: 0 posted or nothing to post (the gate's own job carries the verdict),
1 publishing failed under --publish-failure fail, 2 wrong input or settings.`;
async function runCommentCliCommand(argv, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)(argv, 'comment', {
        'gate-id': { type: 'string' },
        comment: { type: 'string' },
        'artifact-name': { type: 'string' },
        'comment-author': { type: 'string' },
        'publish-failure': { type: 'string' },
        help: { type: 'boolean' },
    });
    if (values.help) {
        io.stdout(COMMENT_USAGE + '\n');
        return 0;
    }
    const { help: _help, ...raw } = values;
    const github = resolveGitHubSettings({ ...raw, mode: 'comment' }, io.env, '--');
    if (!github.token) {
        throw new errors/* ConfigurationError */.j1('factgate comment needs a token', { place: 'GITHUB_TOKEN', fix: 'set GITHUB_TOKEN to a token with pull-requests: write and actions: read' });
    }
    io.secrets.add(github.token);
    const logger = {
        debug: () => undefined,
        info: (m) => io.stdout((0,shared_escape/* escapeLogText */.dD)(m) + '\n'),
        notice: (m) => io.stdout(`notice: ${(0,shared_escape/* escapeLogText */.dD)(m)}\n`),
        warning: (m) => io.stderr(`warning: ${(0,shared_escape/* escapeLogText */.dD)(m)}\n`),
    };
    const octokit = createGitHubClient({ token: github.token, logger, secrets: io.secrets, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}) });
    const result = await runCommentCommand({
        octokit,
        context: await readEventContext({ ...io.env }),
        logger,
        download: actionsArtifactDownloader(github.token),
        validateReport: validate_report.validateReport,
        io: {
            // Outside the Actions runner the summary is printed; outputs have nowhere to go but the log.
            writeJobSummary: async (markdown) => (io.env.GITHUB_STEP_SUMMARY ? void (await (0,promises_.appendFile)(io.env.GITHUB_STEP_SUMMARY, io.secrets.text(markdown))) : undefined),
            setOutput: (name, value) => logger.info(`${name}: ${value}`),
        },
        settings: {
            gateId: github.gateId,
            commentMode: github.commentMode,
            artifactName: github.artifactName,
            ...(github.commentAuthor ? { commentAuthor: github.commentAuthor } : {}),
        },
    });
    return result.failures.length > 0 && github.publishFailure === 'fail' ? cli_io/* EXIT */.dc.fail : cli_io/* EXIT */.dc.pass;
}


/***/ }),

/***/ 72851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ CONTEXT_PRECISION_K),
/* harmony export */   FW: () => (/* binding */ relevantRecall),
/* harmony export */   GB: () => (/* binding */ contextRefs),
/* harmony export */   PY: () => (/* binding */ caseRetrieval),
/* harmony export */   r2: () => (/* binding */ hallucinationVerdict),
/* harmony export */   y6: () => (/* binding */ JUDGE_AGAINST)
/* harmony export */ });
/* unused harmony export averagePrecision */
/* harmony import */ var _responses_contexts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35166);

/** What the hallucination verdict judges a claim against when the app returns contexts. */
const JUDGE_AGAINST = ['both', 'sources', 'contexts'];
/** Precision@k looks at each case's top passage: is what the retriever ranks first of any use? */
const CONTEXT_PRECISION_K = 1;
/**
 * The verdict the hallucination rate uses. With both: supported when either side supports
 * the claim; otherwise a contradiction found on either side stands, then an undecided
 * side (never counted as supported), and only then "unsupported". A missing side is
 * left out whatever the setting, so a case without golden sources is judged against
 * its contexts and an app without contexts against the golden sources.
 */
function hallucinationVerdict(against, sources, contexts) {
    if (sources === null || contexts === null)
        return sources ?? contexts;
    if (against === 'sources')
        return sources;
    if (against === 'contexts')
        return contexts;
    for (const verdict of ORDER) {
        const decided = [contexts, sources].find((r) => r.verdict === verdict);
        if (decided) {
            if (verdict === 'supported')
                return decided;
            const other = decided === sources ? contexts : sources;
            return { ...decided, reason: `neither the golden sources nor the retrieved contexts support it; ${side(decided, sources)}: ${decided.reason}; ${side(other, sources)}: ${other.reason}` };
        }
    }
    return contexts;
}
const ORDER = ['supported', 'contradicted', 'undetermined', 'unsupported'];
function side(result, sources) {
    return result === sources ? 'golden sources' : 'retrieved contexts';
}
/** How a passage id is shown to the judge: its own id, unless a golden source already has it. */
function contextRefs(contexts, sourceIds) {
    return contexts.map((c) => (sourceIds.has(c.id) ? `context:${c.id}` : c.id));
}
/**
 * A case's retrieval section from what each passage alone supports. `supports[i]` holds
 * the claims and facts passage i (in the response's order) entails.
 */
function caseRetrieval(contexts, supports, recall) {
    const indexed = contexts.map((context, index) => ({ ...context, index }));
    const ranked = (0,_responses_contexts_js__WEBPACK_IMPORTED_MODULE_0__/* .rankedContexts */ .MA)(indexed).map((c, rank) => {
        const s = supports[c.index];
        return {
            id: c.id,
            rank: rank + 1,
            title: c.title ?? null,
            source: c.source ?? null,
            score: c.score ?? null,
            supportsClaims: s.claims,
            supportsFacts: s.facts,
            useful: s.claims.length > 0 || s.facts.length > 0,
        };
    });
    return { contexts: ranked, recall, averagePrecision: averagePrecision(ranked.map((c) => c.useful)) };
}
/**
 * Average precision of a ranked list of useful/not-useful passages: the mean of
 * precision@k over the ranks k of the useful ones (what RAGAS calls context precision).
 * 0 when no passage is useful; null for an empty list.
 */
function averagePrecision(useful) {
    if (useful.length === 0)
        return null;
    let hits = 0;
    let sum = 0;
    useful.forEach((u, i) => {
        if (!u)
            return;
        hits++;
        sum += hits / (i + 1);
    });
    return hits === 0 ? 0 : sum / hits;
}
/** Relevant ids found among the passages' ids and `source` fields. */
function relevantRecall(relevant, contexts) {
    return relevant.map((id) => {
        const hit = contexts.find((c) => c.source === id || c.id === id);
        return { text: id, found: hit !== undefined, contextId: hit?.id ?? null };
    });
}


/***/ }),

/***/ 35639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ PRESET_NAMES)
/* harmony export */ });
const PRESET_NAMES = ['strict', 'standard', 'permissive'];


/***/ }),

/***/ 96747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ hasContexts),
/* harmony export */   JG: () => (/* binding */ failedAt),
/* harmony export */   Jb: () => (/* binding */ pointsInterval),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   Vg: () => (/* binding */ JUDGING_STOPPED),
/* harmony export */   WR: () => (/* binding */ points),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   _G: () => (/* binding */ VERDICT_WORDS),
/* harmony export */   lq: () => (/* binding */ rangeText),
/* harmony export */   mP: () => (/* binding */ rateInterval),
/* harmony export */   nV: () => (/* binding */ lineRanges),
/* harmony export */   oi: () => (/* binding */ percentPair),
/* harmony export */   rP: () => (/* binding */ errorHeadline),
/* harmony export */   sp: () => (/* binding */ pValue),
/* harmony export */   t8: () => (/* binding */ METRIC_LABELS),
/* harmony export */   wb: () => (/* binding */ failingCases),
/* harmony export */   yY: () => (/* binding */ headlineRows)
/* harmony export */ });
/* unused harmony exports ciLabel, rateText */
/** A duration in seconds: whole when it is, else with one decimal ("60 s", "1.5 s"). */
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
/** A rate (0..1) as a percentage with one decimal. */
function percent(value, options = {}) {
    if (value === null || Number.isNaN(value))
        return 'n/a';
    const digits = options.digits ?? 1;
    const pct = value * 100;
    const smallest = 10 ** -digits;
    if (pct !== 0 && Math.abs(pct) < smallest / 2)
        return `${pct < 0 ? '> −' : '< '}${smallest.toFixed(digits)}%`;
    return `${trimNegativeZero(pct.toFixed(digits))}%`;
}
/**
 * Two rates worded so that they differ when the values do: "2.04%" against "2.00%"
 * rather than "2.0%" against "2.0%" in a breach message. One decimal unless more are needed.
 */
function percentPair(value, other) {
    for (let digits = 1; digits <= 4; digits++) {
        const a = percent(value, { digits });
        const b = percent(other, { digits });
        if (a !== b || value === other)
            return [a, b];
    }
    return [percent(value, { digits: 4 }), percent(other, { digits: 4 })];
}
/** A change of rate (difference of two 0..1 values) as signed percentage points: "+1.2 pp". */
function points(delta) {
    const pp = delta * 100;
    const text = Math.abs(pp).toFixed(1);
    if (text === '0.0')
        return pp === 0 ? '±0.0 pp' : `${pp > 0 ? '+' : '−'}< 0.1 pp`;
    return `${pp > 0 ? '+' : '−'}${text} pp`;
}
/** An interval of a rate: "95 % CI 6.2–79.2%". */
function rateInterval(ci, confidence = 0.95) {
    return `${ciLabel(confidence)} ${percent(ci.lower).replace(/%$/, '')}–${percent(ci.upper)}`;
}
/** An interval of a change in rate: "95 % CI +0.3 to +4.1 pp". */
function pointsInterval(ci, confidence = 0.95) {
    return `${ciLabel(confidence)} ${points(ci.lower).replace(/ pp$/, '')} to ${points(ci.upper)}`;
}
function ciLabel(confidence = 0.95) {
    return `${trimNegativeZero((confidence * 100).toFixed(confidence * 100 === Math.round(confidence * 100) ? 0 : 1))} % CI`;
}
/** "p = 0.012", or "p < 0.001" below that. */
function pValue(p) {
    return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
/** The value with its counts and interval, for logs and plain text: "33.3% (1/3, 95 % CI 6.2–79.2%)". */
function rateText(rate) {
    if (rate.value === null)
        return 'n/a (nothing to measure)';
    const ci = rate.ci ? `, ${rateInterval(rate.ci)}` : '';
    return `${percent(rate.value)} (${rate.numerator}/${rate.denominator}${ci})`;
}
/** "1,234" */
function count(n) {
    return n.toLocaleString('en-US');
}
/** "1 case", "3 cases" */
function plural(n, one, many = `${one}s`) {
    return `${count(n)} ${n === 1 ? one : many}`;
}
function trimNegativeZero(text) {
    return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text.replace(/^-/, '−');
}
/** Consecutive line numbers as ranges: 3,4,5,9 → [3–5], [9]. Unsorted and repeated input is fine. */
function lineRanges(lines) {
    const sorted = [...new Set(lines)].sort((a, b) => a - b);
    const ranges = [];
    for (const line of sorted) {
        const last = ranges[ranges.length - 1];
        if (last && line === last.end + 1)
            last.end = line;
        else
            ranges.push({ start: line, end: line });
    }
    return ranges;
}
/** "3–5" or "9". */
function rangeText(range) {
    return range.start === range.end ? `${range.start}` : `${range.start}–${range.end}`;
}
const VERDICT_WORDS = {
    pass: 'PASSED',
    fail: 'FAILED',
    error: 'COULD NOT DECIDE',
    overridden: 'OVERRIDDEN',
};
/** What the hallucination verdict was judged against, in words, once contexts are in play. */
const AGAINST_WORDS = {
    both: 'vs sources or contexts',
    sources: 'vs golden sources',
    contexts: 'vs retrieved contexts',
};
/** True when any case's response carried contexts: the retrieval rows are shown. */
function hasContexts(report) {
    return report.cases.some((c) => c.retrieval !== null);
}
/**
 * The headline metrics, in the order every rendering shows them (the retrieval rows only
 * when contexts exist). Renderers match baseline rows to these by label.
 */
function headlineRows(report) {
    const t = report.policy.thresholds;
    const m = report.metrics;
    const retrieval = hasContexts(report);
    const hallucination = retrieval ? `Hallucination rate (${AGAINST_WORDS[report.settings.judgeAgainst]})` : 'Hallucination rate';
    return [
        { label: hallucination, rate: m.hallucinationRate, rule: 'max-hallucination-rate', threshold: t.maxHallucinationRate, driftMetric: 'hallucinationRate', lowerIsBetter: true },
        { label: 'Cases with a hallucination', rate: m.caseHallucinationRate, rule: 'max-case-hallucination-rate', threshold: t.maxCaseHallucinationRate, driftMetric: 'caseHallucinationRate', lowerIsBetter: true },
        { label: 'Citation coverage', rate: m.citationCoverage, rule: 'min-citation-coverage', threshold: t.minCitationCoverage, driftMetric: 'citationCoverage', lowerIsBetter: false },
        { label: 'Citation precision', rate: m.citationPrecision, rule: 'min-citation-precision', threshold: t.minCitationPrecision, driftMetric: null, lowerIsBetter: false },
        { label: 'Expected-fact recall', rate: m.factRecall, rule: 'min-fact-recall', threshold: t.minFactRecall, driftMetric: null, lowerIsBetter: false },
        // After the answer's figures, in the order of DESIGN.md: what the app retrieved.
        ...(retrieval ? retrievalRows(report) : []),
        { label: 'Answer rate', rate: m.answerRate, rule: null, threshold: null, driftMetric: null, lowerIsBetter: false },
        { label: 'Undetermined claims', rate: m.undeterminedRate, rule: 'max-undetermined-rate', threshold: t.maxUndeterminedRate, driftMetric: null, lowerIsBetter: true },
        { label: 'Errors / missing', rate: m.errorRate, rule: 'max-error-rate', threshold: t.maxErrorRate, driftMetric: 'errorRate', lowerIsBetter: true },
    ];
}
/** Faithfulness next to support by the golden sources, then the retriever's own scores. */
function retrievalRows(report) {
    const t = report.policy.thresholds;
    const m = report.metrics;
    // Metrics of an older baseline have no retrieval figures.
    const none = { value: null, numerator: 0, denominator: 0, ci: null };
    const row = (label, rate, rule, threshold, driftMetric) => ({
        label,
        rate: rate ?? none,
        rule,
        threshold,
        driftMetric,
        lowerIsBetter: label === 'Ungrounded but true',
    });
    const rows = [
        row('Faithfulness (to retrieved contexts)', m.faithfulness, 'min-faithfulness', t.minFaithfulness, 'faithfulness'),
        row('Golden-source support (same claims)', m.sourceSupport, null, null, null),
        row('Ungrounded but true', m.ungroundedButTrueRate, null, null, null),
        row('Context recall', m.contextRecall, 'min-context-recall', t.minContextRecall, 'contextRecall'),
        row('Context precision', m.contextPrecision, 'min-context-precision', t.minContextPrecision, 'contextPrecision'),
        row(`Context precision@${m.contextPrecisionAtK?.k ?? 1}`, m.contextPrecisionAtK, null, null, null),
    ];
    // A figure without a threshold and nothing to count (no golden sources beside the contexts) is left out.
    return rows.filter((r) => r.rule !== null || r.rate.denominator > 0);
}
/** Labels of drift metrics, for findings worded in plain words. */
const METRIC_LABELS = {
    hallucinationRate: 'Hallucination rate',
    caseHallucinationRate: 'Cases with a hallucination',
    citationCoverage: 'Citation coverage',
    errorRate: 'Errors / missing',
    judgeScore: 'Judge scores',
    latencyP95Ms: 'Latency p95',
    lineCoverage: 'Line coverage',
    branchCoverage: 'Branch coverage',
    patchCoverage: 'Patch coverage',
    faithfulness: 'Faithfulness to the retrieved contexts',
    contextRecall: 'Context recall',
    contextPrecision: 'Context precision',
};
/** The cases a reviewer should look at, worst first: hallucinations by severity, then app errors, then missing responses. */
function failingCases(report) {
    const rank = { hallucinated: 0, error: 1, missing: 2 };
    return report.cases
        .filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing')
        .map((c) => {
        const contradicted = c.claims.filter((cl) => cl.verdict === 'contradicted').length;
        const unsupported = c.claims.filter((cl) => cl.hallucinated && cl.verdict !== 'contradicted').length;
        const forbidden = c.forbidden.filter((f) => f.entailed).length;
        const kind = c.status === 'error' ? 'error' : c.status === 'missing' ? 'missing' : 'hallucinated';
        return { case: c, kind, hallucinated: contradicted + unsupported + forbidden, severity: 2 * contradicted + unsupported + 2 * forbidden };
    })
        .sort((a, b) => rank[a.kind] - rank[b.kind] || b.severity - a.severity || a.case.id.localeCompare(b.case.id));
}
/** How the recorded error of a case factgate stopped judging begins (see evaluate/judging-budget.ts). */
const JUDGING_STOPPED = 'factgate stopped judging this case';
/** What failed for a case with an error: the app, or judging the case. */
function failedAt(error) {
    return error?.startsWith(JUDGING_STOPPED) ? 'ran out of judging time' : 'failed in the app';
}
/** The line of an error that says what went wrong: a traceback's last line, otherwise the first. */
function errorHeadline(error) {
    const lines = error.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length > 1 && /^Traceback \(most recent call last\)|^\s*at /.test(lines[0] ?? ''))
        return lines[lines.length - 1] ?? '';
    return lines[0] ?? error;
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

/***/ 35166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ rankedContexts),
/* harmony export */   R$: () => (/* binding */ checkContexts)
/* harmony export */ });
/* unused harmony exports MAX_CONTEXTS, MAX_CONTEXT_CHARS, MAX_CONTEXTS_TOTAL_CHARS, MAX_CONTEXT_ID_CHARS, contextsParsed */
const MAX_CONTEXTS = 1000;
const MAX_CONTEXT_CHARS = 100_000;
const MAX_CONTEXTS_TOTAL_CHARS = 1_000_000;
const MAX_CONTEXT_ID_CHARS = 256;
/**
 * Checks the `contexts` of a response: a list of {id, text, title?, score?, source?},
 * ids unique, within the bounds. Messages say what is wrong and how to fix it.
 */
function checkContexts(value) {
    const fail = (error, ...at) => ({ ok: false, error, at: ['contexts', ...at] });
    if (!Array.isArray(value))
        return fail(`"contexts" is ${describe(value)}, not a list; fix: return a list of {"id", "text"} passages`);
    if (value.length > MAX_CONTEXTS) {
        return fail(`"contexts" has ${value.length} passages, more than the ${MAX_CONTEXTS} allowed; fix: return only the passages the answer was drawn from (the retriever's top k)`);
    }
    const seen = new Map();
    const contexts = [];
    let total = 0;
    for (const [i, item] of value.entries()) {
        const c = item;
        if (typeof c !== 'object' || c === null || Array.isArray(c))
            return fail(`contexts[${i}] is ${describe(item)}, not an object like {"id", "text"}; fix: write each passage as an object`, i);
        const unknown = Object.keys(c).find((key) => !KEYS.has(key));
        if (unknown !== undefined)
            return fail(`contexts[${i}] has an unknown key "${unknown}"; fix: use only ${[...KEYS].join(', ')}`, i, unknown);
        const id = typeof c.id === 'number' && Number.isFinite(c.id) ? String(c.id) : c.id;
        if (typeof id !== 'string' || id === '' || id.length > MAX_CONTEXT_ID_CHARS) {
            return fail(`contexts[${i}].id is ${describe(c.id)}; fix: give every passage an id (1 to ${MAX_CONTEXT_ID_CHARS} characters), unique in the response`, i, 'id');
        }
        const first = seen.get(id);
        if (first !== undefined)
            return fail(`contexts[${i}].id "${id}" repeats contexts[${first}].id; fix: give each passage of a response its own id (a citation must name one passage)`, i, 'id');
        seen.set(id, i);
        if (typeof c.text !== 'string' || c.text === '')
            return fail(`contexts[${i}].text is ${describe(c.text)}; fix: give the passage's text`, i, 'text');
        if (c.text.length > MAX_CONTEXT_CHARS) {
            return fail(`contexts[${i}].text has ${c.text.length} characters, more than the ${MAX_CONTEXT_CHARS} allowed for a passage; fix: return the retrieved chunk, not the whole document`, i, 'text');
        }
        total += c.text.length;
        if (total > MAX_CONTEXTS_TOTAL_CHARS) {
            return fail(`"contexts" hold more than ${MAX_CONTEXTS_TOTAL_CHARS} characters in all (at contexts[${i}]); fix: return fewer or shorter passages`, i, 'text');
        }
        const context = { id, text: c.text };
        if (c.title !== undefined && c.title !== null) {
            if (typeof c.title !== 'string' || c.title.length > 500)
                return fail(`contexts[${i}].title is ${describe(c.title)}; fix: a string of at most 500 characters`, i, 'title');
            context.title = c.title;
        }
        if (c.score !== undefined && c.score !== null) {
            if (typeof c.score !== 'number' || !Number.isFinite(c.score))
                return fail(`contexts[${i}].score is ${describe(c.score)}; fix: a finite number (higher ranks first)`, i, 'score');
            context.score = c.score;
        }
        if (c.source !== undefined && c.source !== null) {
            const source = typeof c.source === 'number' && Number.isFinite(c.source) ? String(c.source) : c.source;
            if (typeof source !== 'string' || source === '' || source.length > MAX_CONTEXT_ID_CHARS) {
                return fail(`contexts[${i}].source is ${describe(c.source)}; fix: the id of the golden-set source or document the passage came from`, i, 'source');
            }
            context.source = source;
        }
        contexts.push(context);
    }
    return { ok: true, value: contexts };
}
/** The passages in rank order: by score (highest first) when every passage has one, else as listed. */
function rankedContexts(contexts) {
    if (contexts.length === 0 || !contexts.every((c) => typeof c.score === 'number'))
        return [...contexts];
    return contexts
        .map((context, index) => ({ context, index }))
        .sort((a, b) => b.context.score - a.context.score || a.index - b.index)
        .map((entry) => entry.context);
}
/** Adapts a contexts check to the plain protocol result the providers use. */
function contextsParsed(check) {
    return check.ok ? check : { ok: false, error: check.error };
}
const KEYS = new Set(['id', 'text', 'title', 'score', 'source']);
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return value === '' ? 'empty' : `a string of ${value.length} characters`;
    return `a ${typeof value}`;
}


/***/ }),

/***/ 82139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ HYBRID_FALLBACKS),
/* harmony export */   Ro: () => (/* binding */ JUDGES),
/* harmony export */   gh: () => (/* binding */ REPORT_ARTIFACT_NAME),
/* harmony export */   lq: () => (/* binding */ COMMAND_MODES),
/* harmony export */   lw: () => (/* binding */ OPTIONS)
/* harmony export */ });
/* unused harmony exports GITHUB_OPTIONS, OUTPUTS */
/* harmony import */ var _policy_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35639);
/* harmony import */ var _evaluate_retrieval_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72851);


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
    { key: 'judge-against', value: { type: 'enum', values: _evaluate_retrieval_js__WEBPACK_IMPORTED_MODULE_0__/* .JUDGE_AGAINST */ .y6 }, kind: 'string', placeholder: 'WHAT', description: 'What the hallucination rate judges claims against when the app returns contexts: both (default: hallucinated when neither supports it), sources or contexts.' },
    { key: 'citation-pattern', value: { type: 'text', maxLength: 500 }, kind: 'string', placeholder: 'REGEX', description: 'Inline citation marker pattern; its first group holds the ids (default matches [S1], [1], [S1, S2], [^1]).' },
    { key: 'coverage', value: PATH, kind: 'list', placeholder: 'FILE', description: 'Code-coverage reports (Cobertura, JaCoCo, LCOV, Clover).' },
    { key: 'coverage-base', value: SHORT_TEXT, kind: 'string', placeholder: 'REF', description: 'Git ref to diff against for patch coverage (its merge base with HEAD), e.g. origin/main.' },
    { key: 'coverage-path-map', value: { type: 'text', maxLength: 4096 }, kind: 'list', placeholder: 'FROM=>TO', description: 'Rewrites of report paths to repository paths, e.g. /app/=>services/api/ (containers, monorepos).' },
    { key: 'coverage-source-root', value: PATH, kind: 'list', placeholder: 'DIR', description: 'Folders that relative report paths are relative to, e.g. packages/web for a package-relative LCOV (as diff-cover --src-roots).' },
    { key: 'policy', value: { type: 'policy', presets: _policy_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PRESET_NAMES */ .d }, kind: 'string', placeholder: 'NAME', description: 'Gating policy: strict, standard (default) or permissive; custom policies go in factgate.yml.' },
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
