export const id = 656;
export const ids = [656];
export const modules = {

/***/ 70656:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_USAGE: () => (/* binding */ COMMENT_USAGE),
  runCommentCliCommand: () => (/* binding */ runCommentCliCommand)
});

// EXTERNAL MODULE: ./.build/src/github/client.js
var client = __webpack_require__(2336);
// EXTERNAL MODULE: ./.build/src/report/budget.js
var budget = __webpack_require__(72329);
// EXTERNAL MODULE: ./.build/src/report/markdown.js
var markdown = __webpack_require__(14873);
// EXTERNAL MODULE: ./.build/src/shared/escape.js
var shared_escape = __webpack_require__(97606);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./.build/src/github/report-artifact.js




/** The report artifact's name and the JSON file inside it, shared by upload and download. */
const REPORT_ARTIFACT_NAME = 'factgate-report';
const REPORT_FILE_NAME = 'factgate-report.json';
/** A report larger than this is refused rather than parsed (the artifact is untrusted input). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/**
 * The production downloader: `@actions/artifact` cross-run download with the token
 * (needs `actions: read`). Loaded lazily so nothing imports the Actions runtime until it
 * is needed.
 */
function actionsArtifactDownloader(token) {
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
        await client.downloadArtifact(artifactId, { path: directory, findBy });
        return readReportFile(directory, request);
    };
}
/** Reads the report file from a downloaded artifact directory, bounded in size. */
async function readReportFile(directory, request) {
    const names = await (0,promises_.readdir)(directory);
    const file = (0,external_node_path_.join)(directory, request.fileName);
    if (!names.includes(request.fileName)) {
        throw new errors/* ConfigurationError */.j1(`The artifact "${request.artifactName}" has no ${request.fileName} (it holds: ${names.join(', ') || 'nothing'}).`, {
            file: request.artifactName,
            fix: `Write the report with --report-json ${request.fileName} and upload that file in the artifact.`,
        });
    }
    const { size } = await (0,promises_.stat)(file);
    if (size > MAX_REPORT_BYTES) {
        throw new errors/* ConfigurationError */.j1(`The report is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte limit for a downloaded report.`, {
            file: `${request.artifactName}/${request.fileName}`,
            fix: 'Upload the report factgate wrote, unchanged.',
        });
    }
    return { file: `${request.artifactName}/${request.fileName}`, text: await (0,promises_.readFile)(file, 'utf8') };
}

;// CONCATENATED MODULE: ./.build/src/github/comment-from-artifact.js



/**
 * The fork-safe comment step (`factgate comment`, Action mode `comment`), run by a
 * `workflow_run` workflow that has a writable token: download the report artifact of the
 * finished `pull_request` run, validate it against the report schema, find the pull
 * request by the run's head commit through the API, and post. Nothing in the artifact
 * chooses where the comment goes.
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
    const { file, text } = await options.download({
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
        outcomes.push(await options.post(report, { owner: context.owner, repo: context.repo, pullNumber }));
    }
    return { status: 'posted', report, pullRequests, outcomes };
}

// EXTERNAL MODULE: ./.build/src/github/logger.js
var github_logger = __webpack_require__(90047);
;// CONCATENATED MODULE: ./.build/src/github/notices.js
/** What the user reads when GitHub refuses a write; each says what still happened and how to fix it. */
function readOnlyCommentNotice(fromFork, message) {
    const why = fromFork
        ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token'
        : 'the token may not write pull-request comments (grant "pull-requests: write" in the workflow\'s permissions)';
    return (`factgate could not post its pull-request comment: ${why} (GitHub said: ${message}). ` +
        'The verdict, the job status and the job summary are unaffected. ' +
        'To comment on pull requests from forks, upload the report as an artifact in this workflow and post it from a second workflow ' +
        'triggered by "workflow_run" that runs "factgate comment" with "pull-requests: write" and "actions: read" ' +
        '(README: "Pull requests from forks").');
}
function checkRunForbiddenNotice(message) {
    return (`factgate did not create its "factgate" check run: the token lacks "checks: write" (GitHub said: ${message}). ` +
        "The job's own status is the check branch protection should require, and it is set as usual; " +
        'grant "checks: write" only if you want the separate check run with annotations.');
}

// EXTERNAL MODULE: ./.build/src/github/sticky-comment.js + 1 modules
var sticky_comment = __webpack_require__(23682);
;// CONCATENATED MODULE: ./.build/src/github/comment-command.js







/**
 * `factgate comment` and the Action's `comment` mode: the second half of the fork-safe
 * setup. Posts the sticky comment from the report artifact of the finished pull-request
 * run, rendered and budgeted exactly like the comment the gate job posts itself.
 */
async function runCommentCommand(input) {
    const { settings } = input;
    const logger = (0,github_logger/* safeLogger */.K)(input.logger, settings.secrets);
    const room = budget/* COMMENT_LIMIT */.W$.measure((0,sticky_comment/* markerOverhead */.Do)(settings.gateId));
    const limit = { ...budget/* COMMENT_LIMIT */.W$, max: budget/* COMMENT_LIMIT */.W$.max - room };
    const options = { artifactUrl: settings.artifactUrl ?? null, secrets: settings.secrets };
    const result = await commentFromArtifact({
        octokit: input.octokit,
        context: input.context,
        logger,
        download: input.download,
        validateReport: (value, file) => (0,shared_escape/* redactDeep */.KL)(input.validateReport(value, file), settings.secrets),
        ...(settings.artifactName ? { artifactName: settings.artifactName } : {}),
        post: async (report, target) => {
            const outcome = await (0,sticky_comment/* upsertStickyComment */.qD)(input.octokit, {
                target,
                gateId: settings.gateId,
                mode: settings.commentMode,
                failing: report.verdict.status === 'fail' || report.verdict.status === 'error',
                markdown: (0,markdown/* renderMarkdownFitted */.kB)(report, { ...options, limit }).markdown,
                smallerMarkdown: () => (0,markdown/* renderMarkdownFitted */.kB)(report, { ...options, limit: { ...limit, measure: budget/* countUtf8Bytes */.k0, unit: 'bytes' } }).markdown,
            }, logger);
            if (outcome.action === 'forbidden')
                logger.notice(readOnlyCommentNotice(false, outcome.message));
            else if (outcome.action !== 'skipped')
                logger.info(`Pull-request comment on #${target.pullNumber} ${outcome.action}: ${outcome.url}`);
            return outcome;
        },
    });
    return result;
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
;// CONCATENATED MODULE: ./.build/src/settings/github-settings.js



const GATE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** The GitHub side's settings from Action inputs or `factgate comment` flags. */
function resolveGitHubSettings(raw, env, placePrefix = '') {
    const mode = raw.mode ?? 'run';
    if (mode !== 'run' && mode !== 'comment') {
        throw new errors/* ConfigurationError */.j1(`unknown mode "${mode}"`, { place: `${placePrefix}mode`, fix: 'use run (the gate) or comment (the fork-safe comment step)' });
    }
    const gateId = raw['gate-id'] ?? 'factgate';
    if (!GATE_ID.test(gateId)) {
        throw new errors/* ConfigurationError */.j1(`gate id "${gateId}" is not allowed`, { place: `${placePrefix}gate-id`, fix: 'use letters, digits, dot, dash or underscore (at most 64)' });
    }
    const checkRun = raw['check-run'] ?? 'false';
    if (!['true', 'false'].includes(checkRun.toLowerCase())) {
        throw new errors/* ConfigurationError */.j1(`check-run must be true or false, not "${checkRun}"`, { place: `${placePrefix}check-run`, fix: 'write true or false' });
    }
    return {
        mode,
        token: raw['github-token'] ?? env.GITHUB_TOKEN ?? null,
        commentMode: (0,sticky_comment/* parseCommentMode */.Ox)(raw.comment ?? 'always', { place: `${placePrefix}comment` }),
        gateId,
        checkRun: checkRun.toLowerCase() === 'true',
        artifactName: raw['artifact-name'] ?? REPORT_ARTIFACT_NAME,
        commentAuthor: raw['comment-author'],
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
  --comment-author LOGIN  Match the sticky comment by this login.
  --help                Show this help.`;
async function runCommentCliCommand(argv, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)(argv, 'comment', {
        'gate-id': { type: 'string' },
        comment: { type: 'string' },
        'artifact-name': { type: 'string' },
        'comment-author': { type: 'string' },
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
    const secrets = [github.token];
    const logger = {
        debug: () => undefined,
        info: (m) => io.stdout((0,shared_escape/* escapeLogText */.dD)(m) + '\n'),
        notice: (m) => io.stdout(`notice: ${(0,shared_escape/* escapeLogText */.dD)(m)}\n`),
        warning: (m) => io.stderr(`warning: ${(0,shared_escape/* escapeLogText */.dD)(m)}\n`),
    };
    const octokit = (0,client/* createGitHubClient */.LX)({ token: github.token, logger, ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}) });
    await runCommentCommand({
        octokit,
        context: await readEventContext({ ...io.env }),
        logger,
        download: actionsArtifactDownloader(github.token),
        validateReport: validate_report/* validateReport */.R,
        settings: { gateId: github.gateId, commentMode: github.commentMode, secrets, artifactName: github.artifactName },
    });
    return 0;
}


/***/ })

};
