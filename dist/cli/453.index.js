export const id = 453;
export const ids = [453];
export const modules = {

/***/ 45453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_USAGE: () => (/* binding */ RUN_USAGE),
  runRunCommand: () => (/* binding */ runRunCommand),
  writeOutputs: () => (/* binding */ writeOutputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

// EXTERNAL MODULE: ./.build/src/pipeline/run-gate.js + 4 modules
var run_gate = __webpack_require__(88742);
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

// EXTERNAL MODULE: ./.build/src/shared/escape.js
var shared_escape = __webpack_require__(97606);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./.build/src/shared/write-atomically.js
/**
 * Output files are written under a temporary name and renamed into place, so a crash or a
 * full disk never leaves half a report where a later step (or the baseline) would read it.
 */


/** Pieces are gathered into writes of about this many characters. */
const WRITE_CHUNK = 1 << 16;
async function writeTextAtomically(path, text) {
    await replaceWith(path, (temporary) => (0,promises_.writeFile)(temporary, text));
}
/**
 * Writes exactly `JSON.stringify(value, null, 2) + '\n'`, but serialises each element of a
 * top-level array on its own: a report of 100,000 cases never exists as one string.
 */
async function writeJsonAtomically(path, value) {
    await replaceWith(path, async (temporary) => {
        const handle = await (0,promises_.open)(temporary, 'w');
        try {
            let pending = '';
            for (const piece of prettyJsonPieces(value)) {
                pending += piece;
                if (pending.length >= WRITE_CHUNK) {
                    await handle.write(pending);
                    pending = '';
                }
            }
            await handle.write(`${pending}\n`);
        }
        finally {
            await handle.close();
        }
    });
}
async function replaceWith(path, write) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        await write(temporary);
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
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

// EXTERNAL MODULE: ./.build/src/report/budget.js
var budget = __webpack_require__(72329);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js + 4 modules
var json2xml = __webpack_require__(20925);
;// CONCATENATED MODULE: ./.build/src/report/junit.js

/**
 * The report as JUnit XML, for the test views CI already has (GitHub test-report actions,
 * GitLab, Jenkins, Buildkite): one test case per golden case (classname = category), a
 * failure with each hallucinated claim, its reason and its evidence, an error when the app
 * failed or gave no answer, and one test case for the gate's verdict itself.
 */
/** Longest attribute (a message, a name) and failure text; the full story is in report.json. */
const MAX_ATTRIBUTE_CHARS = 500;
const MAX_BODY_CHARS = 8000;
const GATE_SUITE = 'factgate gate';
// XML 1.0 has no way to write these characters, even escaped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function clean(text, max) {
    const chars = [...text.replace(NOT_XML, '\uFFFD')];
    return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
}
/** Attributes are one line: a parser would turn newlines into spaces anyway. */
function attribute(text) {
    return clean(text.replace(/\s+/g, ' ').trim(), MAX_ATTRIBUTE_CHARS);
}
function seconds(ms) {
    return ms === null || !Number.isFinite(ms) ? '0' : (ms / 1000).toFixed(3);
}
function failureText(c) {
    const lines = [];
    for (const claim of c.claims.filter((claim) => claim.hallucinated)) {
        lines.push(`claim: ${claim.text}`, `verdict: ${claim.verdict}`, `reason: ${claim.reason}`);
        if (claim.citations.length > 0)
            lines.push(`cited: ${claim.citations.join(', ')}`);
        if (claim.evidence)
            lines.push(`evidence [${claim.evidence.sourceId}]: ${claim.evidence.sentence}`);
        lines.push('');
    }
    const claimReasons = new Set(c.claims.filter((claim) => claim.hallucinated).map((claim) => claim.reason));
    for (const reason of c.hallucinationReasons)
        if (!claimReasons.has(reason))
            lines.push(reason);
    lines.push('', `question: ${c.question}`, `answer: ${c.answer}`);
    return clean(lines.join('\n').trim(), MAX_BODY_CHARS);
}
function testCase(c) {
    const node = { '@_name': attribute(c.id), '@_classname': attribute(c.category), '@_time': seconds(c.latencyMs) };
    if (c.status === 'not-run')
        return { node: { ...node, skipped: { '@_message': 'not run here: another shard answers this case' } }, outcome: 'skipped' };
    if (c.status === 'error')
        return { node: { ...node, error: { '@_type': 'app-error', '@_message': attribute(c.error ?? 'the app failed'), '#text': clean(c.error ?? '', MAX_BODY_CHARS) } }, outcome: 'error' };
    if (c.status === 'missing')
        return { node: { ...node, error: { '@_type': 'missing-response', '@_message': 'the app gave no response for this case' } }, outcome: 'error' };
    if (c.hallucinated) {
        const first = c.hallucinationReasons[0] ?? 'hallucinated';
        return { node: { ...node, failure: { '@_type': 'hallucination', '@_message': attribute(first), '#text': failureText(c) } }, outcome: 'failure' };
    }
    return { node, outcome: 'pass' };
}
function suite(name, cases, timeMs, timestamp) {
    const count = (outcome) => String(cases.filter((c) => c.outcome === outcome).length);
    return {
        '@_name': attribute(name),
        '@_tests': String(cases.length),
        '@_failures': count('failure'),
        '@_errors': count('error'),
        '@_skipped': count('skipped'),
        '@_time': seconds(timeMs),
        '@_timestamp': timestamp.replace(/\.\d+Z$/, '').replace(/Z$/, ''),
        testcase: cases.map((c) => c.node),
    };
}
function gateCase(report) {
    const v = report.verdict;
    const node = { '@_name': `verdict (policy ${attribute(report.policy.name)})`, '@_classname': 'gate', '@_time': '0' };
    if (v.status === 'pass' || v.status === 'overridden')
        return { node, outcome: 'pass' };
    const text = v.breaches.map((b) => `${b.rule}: ${b.message}`).join('\n') || `the gate's verdict is ${v.status}`;
    return { node: { ...node, failure: { '@_type': 'gate', '@_message': attribute(v.breaches[0] ? `${v.breaches[0].rule}: ${v.breaches[0].message}` : v.status), '#text': clean(text, MAX_BODY_CHARS) } }, outcome: 'failure' };
}
function renderJunit(report) {
    const byCategory = new Map();
    const timeByCategory = new Map();
    for (const c of report.cases) {
        byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), testCase(c)]);
        timeByCategory.set(c.category, (timeByCategory.get(c.category) ?? 0) + (c.latencyMs ?? 0));
    }
    const stamp = report.run.startedAt;
    const suites = [...byCategory].map(([category, cases]) => suite(category, cases, timeByCategory.get(category) ?? 0, stamp));
    suites.push(suite(GATE_SUITE, [gateCase(report)], 0, stamp));
    const total = (key) => String(suites.reduce((sum, s) => sum + Number(s[key]), 0));
    const document = {
        '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
        testsuites: { '@_name': 'factgate', '@_tests': total('@_tests'), '@_failures': total('@_failures'), '@_errors': total('@_errors'), '@_time': seconds(report.run.durationMs), testsuite: suites },
    };
    return new json2xml/* default */.A({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', format: true, suppressEmptyNode: true }).build(document);
}

// EXTERNAL MODULE: ./.build/src/report/markdown.js
var markdown = __webpack_require__(14873);
// EXTERNAL MODULE: ./.build/src/report/terminal.js
var terminal = __webpack_require__(3228);
// EXTERNAL MODULE: ./.build/src/github/client.js
var client = __webpack_require__(2336);
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

// EXTERNAL MODULE: ./.build/src/github/logger.js
var logger = __webpack_require__(90047);
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
 * A refused write (a fork's read-only token, a missing permission) becomes a notice and
 * never changes the verdict; the job's exit status stays the Action's to set.
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
    const failing = report.verdict.status === 'fail' || report.verdict.status === 'error';
    await input.io.writeJobSummary(render(report, { ...renderOptions, limit: JOB_SUMMARY_LIMIT }).markdown);
    let comment = { action: 'skipped', reason: `a ${context.eventName} event has no pull request to comment on` };
    if (context.kind === 'pull_request') {
        const room = COMMENT_LIMIT.measure(markerOverhead(settings.gateId));
        const commentLimit = { ...COMMENT_LIMIT, max: COMMENT_LIMIT.max - room };
        comment = await upsertStickyComment(octokit, {
            target: { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber },
            gateId: settings.gateId,
            mode: settings.commentMode,
            failing,
            markdown: render(report, { ...renderOptions, limit: commentLimit }).markdown,
            // If GitHub counts differently than documented, bytes are never fewer than characters.
            smallerMarkdown: () => render(report, { ...renderOptions, limit: { ...commentLimit, measure: countUtf8Bytes, unit: 'bytes' } }).markdown,
            ...(settings.commentAuthor ? { authorLogin: settings.commentAuthor } : {}),
        }, logger);
        if (comment.action === 'forbidden')
            logger.notice(readOnlyCommentNotice(context.fromFork, comment.message));
        else if (comment.action === 'skipped')
            logger.info(`No pull-request comment: ${comment.reason}.`);
        else {
            logger.info(`Pull-request comment ${comment.action}: ${comment.url}`);
            input.io.setOutput('comment-url', comment.url);
        }
    }
    let checkRun = { action: 'skipped', reason: 'the check run is turned off' };
    if (settings.checkRun && context.headSha) {
        checkRun = await publishCheckRun(octokit, {
            owner: context.owner,
            repo: context.repo,
            // On pull requests the run belongs on the head commit, not the merge commit the job checked out.
            headSha: context.headSha,
            conclusion: report.verdict.status === 'pass' ? 'success' : report.verdict.status === 'overridden' ? 'neutral' : 'failure',
            title: checkRunTitle(report),
            summary: render(report, { ...renderOptions, limit: CHECK_RUN_OUTPUT_LIMIT }).markdown,
            annotations: coverageAnnotations(report),
            ...(report.run.runUrl ? { detailsUrl: report.run.runUrl } : {}),
        });
        if (checkRun.action === 'forbidden')
            logger.notice(checkRunForbiddenNotice(checkRun.message));
        else {
            logger.info(`Check run "factgate" created with ${checkRun.annotations} annotations: ${checkRun.url}`);
            input.io.setOutput('check-run-url', checkRun.url);
        }
    }
    else if (settings.checkRun) {
        checkRun = { action: 'skipped', reason: 'the event names no commit' };
    }
    return { comment, checkRun };
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

;// CONCATENATED MODULE: ./.build/src/settings/options.js

const OPTIONS = [
    { key: 'config', kind: 'string', placeholder: 'FILE', cliOnly: true, description: 'Settings file (default: factgate.yml in the working directory, when present).' },
    { key: 'golden-set', kind: 'list', placeholder: 'PATH', description: 'Golden-set files, directories or globs (.json, .jsonl, .yaml, .yml).' },
    { key: 'responses', kind: 'string', placeholder: 'FILE', description: "The application's answers, precomputed: a JSON array or JSON Lines file keyed by case id." },
    { key: 'command', kind: 'string', placeholder: 'CMD', description: 'Run the application as a command (no shell): a case JSON on stdin, a response JSON on stdout.' },
    { key: 'command-mode', kind: 'string', placeholder: 'MODE', description: 'per-case (default): one process per case; worker: long-lived processes, one JSON line in and out per case.' },
    { key: 'command-cwd', kind: 'string', placeholder: 'DIR', description: "The command's working directory." },
    { key: 'endpoint', kind: 'string', placeholder: 'URL', description: 'POST each case to this HTTP endpoint (an app started by an earlier step).' },
    { key: 'endpoint-header', kind: 'list', placeholder: 'NAME: VALUE', description: 'Request headers; ${NAME} in a value reads an environment variable and is masked.' },
    { key: 'endpoint-body', kind: 'string', placeholder: 'JSON', description: 'Request body template with {{id}}, {{question}}, {{sources}}, {{case}} (default: the public case).' },
    { key: 'answer-path', kind: 'string', placeholder: 'PATH', description: "Where the answer is in the endpoint's JSON response (default answer), e.g. data.answer." },
    { key: 'claims-path', kind: 'string', placeholder: 'PATH', description: "Where structured claims are in the endpoint's response, when the app returns them." },
    { key: 'concurrency', kind: 'string', placeholder: 'N', description: 'Cases in flight at once: processes, workers or HTTP requests (default 4).' },
    { key: 'timeout-ms', kind: 'string', placeholder: 'MS', description: 'Time-out per case, in milliseconds (default 60000); a hung command is killed with its process tree.' },
    { key: 'retries', kind: 'string', placeholder: 'N', description: 'HTTP retries after a 429, a 5xx or a refused connection (default 2).' },
    { key: 'shard', kind: 'string', placeholder: 'I/N', description: 'Run only shard I of N (balanced by a hash of the case id) and write a partial report for factgate merge.' },
    { key: 'judge', kind: 'string', placeholder: 'NAME', description: 'Claim judge: deterministic (default, offline), llm, command, or hybrid (deterministic first, the rest to llm or command).' },
    { key: 'judge-url', kind: 'string', placeholder: 'URL', description: 'Base URL of an OpenAI-compatible chat-completions API, e.g. https://api.openai.com/v1.' },
    { key: 'judge-model', kind: 'string', placeholder: 'MODEL', description: 'The LLM judge model.' },
    { key: 'judge-api-key-env', kind: 'string', placeholder: 'VAR', description: 'Environment variable holding the LLM judge API key (default FACTGATE_JUDGE_API_KEY).' },
    { key: 'judge-command', kind: 'string', placeholder: 'CMD', description: 'A judge program: claims and evidence as JSON Lines on stdin, verdicts as JSON Lines on stdout.' },
    { key: 'judge-concurrency', kind: 'string', placeholder: 'N', description: 'LLM judge requests in flight (default 4).' },
    { key: 'judge-timeout-ms', kind: 'string', placeholder: 'MS', description: 'Time-out per judge request or judge command run, in milliseconds.' },
    { key: 'judge-cache', kind: 'string', placeholder: 'FILE', description: 'Verdict cache file (content-addressed): an unchanged re-run makes no LLM calls.' },
    { key: 'hybrid-fallback', kind: 'string', placeholder: 'JUDGE', description: 'With judge: hybrid, who decides what the deterministic judge cannot: llm or command.' },
    { key: 'citation-pattern', kind: 'string', placeholder: 'REGEX', description: 'Inline citation marker pattern; its first group holds the ids (default matches [S1], [1], [S1, S2], [^1]).' },
    { key: 'coverage', kind: 'list', placeholder: 'FILE', description: 'Code-coverage reports (Cobertura, JaCoCo, LCOV, Clover).' },
    { key: 'coverage-base', kind: 'string', placeholder: 'REF', description: 'Git ref to diff against for patch coverage (its merge base with HEAD), e.g. origin/main.' },
    { key: 'coverage-path-map', kind: 'list', placeholder: 'FROM=>TO', description: 'Rewrites of report paths to repository paths, e.g. /app/=>services/api/ (containers, monorepos).' },
    { key: 'coverage-source-root', kind: 'list', placeholder: 'DIR', description: 'Folders that relative report paths are relative to, e.g. packages/web for a package-relative LCOV (as diff-cover --src-roots).' },
    { key: 'policy', kind: 'string', placeholder: 'NAME', description: 'Gating policy: strict, standard (default) or permissive; custom policies go in factgate.yml.' },
    { key: 'baseline', kind: 'string', placeholder: 'FILE', description: "The base branch's factgate report for drift tests: a file, or auto (in the Action: the report artifact of the base branch's latest successful push run)." },
    { key: 'report-json', kind: 'string', placeholder: 'FILE', actionDefault: 'factgate-report.json', description: 'Where to write the report JSON.' },
    { key: 'report-md', kind: 'string', placeholder: 'FILE', description: 'Where to write the Markdown report.' },
    { key: 'report-junit', kind: 'string', placeholder: 'FILE', description: "Where to write JUnit XML (one test case per golden case) for CI's test views: GitHub test reporters, GitLab, Jenkins, Buildkite." },
];
/** Options of the Action side only (inputs; some are also `factgate comment`'s flags). */
const GITHUB_OPTIONS = [
    { key: 'judge-api-key', kind: 'string', placeholder: 'KEY', description: 'The LLM judge API key (pass a secret); masked in every log, report and comment.' },
    { key: 'mode', kind: 'string', placeholder: 'MODE', actionDefault: 'run', description: 'run (default): run the gate and publish; comment: post the report artifact of a finished run (fork-safe workflow_run step).' },
    { key: 'github-token', kind: 'string', placeholder: 'TOKEN', actionDefault: '${{ github.token }}', description: 'Token for the comment, the check run, overrides and artifacts (default: the workflow token).' },
    { key: 'comment', kind: 'string', placeholder: 'WHEN', actionDefault: 'always', description: 'Sticky pull-request comment: always (default), on-failure, update-only or off.' },
    { key: 'gate-id', kind: 'string', placeholder: 'ID', actionDefault: 'factgate', description: 'Tells two gates in one repository apart: each keeps its own comment (default factgate).' },
    { key: 'check-run', kind: 'boolean', actionDefault: 'false', description: 'Also create a "factgate" check run with annotations (needs checks: write). Default false.' },
    { key: 'artifact-name', kind: 'string', placeholder: 'NAME', actionDefault: 'factgate-report', description: 'Name of the report artifact that the comment mode downloads (default factgate-report).' },
    { key: 'comment-author', kind: 'string', placeholder: 'LOGIN', description: "Find the sticky comment by this login instead of the token's own identity (rarely needed)." },
];
/** Action outputs, declared once (action.yml is checked against this list in tests). */
const OUTPUTS = {
    verdict: 'The verdict: pass, fail, error or overridden.',
    'hallucination-rate': 'Hallucinated claims / all claims, as a fraction (empty when nothing was measured).',
    'citation-coverage': 'Claims whose citations support them / all claims, as a fraction.',
    'report-path': 'Path of the report JSON written by this run.',
    ...PUBLISH_OUTPUTS,
};

// EXTERNAL MODULE: ./.build/src/responses/provider-settings.js
var provider_settings = __webpack_require__(91721);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/policy/keys.js
var keys = __webpack_require__(68384);
// EXTERNAL MODULE: ./.build/src/policy/presets.js
var presets = __webpack_require__(42462);
;// CONCATENATED MODULE: ./.build/src/policy/types.js
const PRESET_NAMES = ['strict', 'standard', 'permissive'];

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
    return structuredClone(presets/* PRESETS */.f[name]);
}
/** Resolves a preset name or a custom policy that extends a preset. */
function resolvePolicy(spec, file) {
    if (typeof spec === 'string')
        return presetPolicy(spec, file);
    const policy = presetPolicy(spec.extends, file);
    policy.name = spec.name ?? `custom (extends ${spec.extends})`;
    for (const [field, { key, kind }] of Object.entries(keys/* THRESHOLD_KEYS */.H)) {
        if (!(key in spec))
            continue;
        policy.thresholds[field] = kind === 'rate' ? parseRate(spec[key], `policy.${key}`, file) : spec[key];
    }
    for (const [field, key] of Object.entries(keys/* OPTION_KEYS */.X)) {
        if (key in spec)
            policy[field] = spec[key];
    }
    return policy;
}
/** 0.02 or "2%" → 0.02; null stays null (threshold off). */
function parseRate(value, place, file) {
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./.build/schemas/config.schema.json
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/config.schema.json","title":"factgate.yml","description":"factgate settings. Paths are relative to this file\'s directory. Command-line flags and Action inputs of the same name override these.","type":"object","additionalProperties":false,"properties":{"golden-set":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"responses":{"type":"string","minLength":1,"maxLength":4096},"command":{"type":"string","minLength":1,"maxLength":4096},"command-mode":{"type":"string","enum":["per-case","worker"]},"command-cwd":{"type":"string","minLength":1,"maxLength":4096},"endpoint":{"type":"string","pattern":"^https?://","maxLength":4096},"endpoint-header":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"endpoint-body":{"anyOf":[{"type":"string","minLength":1,"maxLength":100000},{"type":"object"},{"type":"array"}]},"answer-path":{"type":"string","minLength":1,"maxLength":256},"claims-path":{"type":"string","minLength":1,"maxLength":256},"concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"retries":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"shard":{"type":"string","pattern":"^[0-9]+/[0-9]+$"},"judge":{"type":"string","enum":["deterministic","llm","command","hybrid"]},"judge-url":{"type":"string","pattern":"^https?://","maxLength":4096},"judge-model":{"type":"string","minLength":1,"maxLength":256},"judge-api-key-env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":128},"judge-command":{"type":"string","minLength":1,"maxLength":4096},"judge-concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-cache":{"type":"string","minLength":1,"maxLength":4096},"hybrid-fallback":{"type":"string","enum":["llm","command"]},"citation-pattern":{"type":"string","minLength":1,"maxLength":500},"coverage":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-base":{"type":"string","minLength":1,"maxLength":256},"coverage-path-map":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-source-root":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"policy":{"anyOf":[{"type":"string","enum":["strict","standard","permissive"]},{"$ref":"#/definitions/policy"}]},"baseline":{"type":"string","minLength":1,"maxLength":4096},"report-json":{"type":"string","minLength":1,"maxLength":4096},"report-md":{"type":"string","minLength":1,"maxLength":4096},"report-junit":{"type":"string","minLength":1,"maxLength":4096}},"definitions":{"rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?%$"},{"type":"null"}],"description":"A fraction in [0, 1] (0.02) or a percentage string (\'2%\'); null switches the threshold off."},"milliseconds":{"anyOf":[{"type":"number","minimum":0},{"type":"null"}]},"action":{"type":"string","enum":["fail","warn","ignore"]},"policy":{"type":"object","additionalProperties":false,"required":["extends"],"properties":{"extends":{"type":"string","enum":["strict","standard","permissive"],"description":"The preset this policy starts from."},"name":{"type":"string","minLength":1,"maxLength":64},"max-hallucination-rate":{"$ref":"#/definitions/rate"},"max-case-hallucination-rate":{"$ref":"#/definitions/rate"},"min-citation-coverage":{"$ref":"#/definitions/rate"},"min-citation-precision":{"$ref":"#/definitions/rate"},"min-fact-recall":{"$ref":"#/definitions/rate"},"max-undetermined-rate":{"$ref":"#/definitions/rate"},"max-error-rate":{"$ref":"#/definitions/rate"},"min-line-coverage":{"$ref":"#/definitions/rate"},"min-branch-coverage":{"$ref":"#/definitions/rate"},"min-patch-coverage":{"$ref":"#/definitions/rate"},"max-line-coverage-drop":{"$ref":"#/definitions/rate"},"max-latency-p95-ms":{"$ref":"#/definitions/milliseconds"},"regression":{"$ref":"#/definitions/action"},"missing-responses":{"$ref":"#/definitions/action"},"unknown-responses":{"$ref":"#/definitions/action"},"missing-inputs":{"$ref":"#/definitions/action"},"judge-score-drift":{"$ref":"#/definitions/action"},"latency-drift":{"$ref":"#/definitions/action"},"certification":{"$ref":"#/definitions/action"},"certification-bound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson."},"alpha":{"type":"number","exclusiveMinimum":0,"maximum":0.5},"min-effect":{"type":"number","minimum":0,"maximum":1},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"override-label":{"type":"string","minLength":1,"maxLength":50}}}}}');
// EXTERNAL MODULE: ./.build/src/shared/files.js
var files = __webpack_require__(88358);
// EXTERNAL MODULE: ./.build/src/shared/structured.js
var structured = __webpack_require__(85934);
;// CONCATENATED MODULE: ./.build/src/settings/config-file.js







const DEFAULT_CONFIG_NAME = 'factgate.yml';
const configValidator = (0,schema/* compileSchema */.Fc)(config_schema_namespaceObject);
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
    if (!configValidator()(value)) {
        throw (0,schema/* schemaError */.g$)((0,schema/* bestError */.Lq)(configValidator().errors), doc, file, [], 'factgate.yml', knownKeys);
    }
    return { file, dir: (0,external_node_path_.dirname)(absolute), config: value, lineOf: (key) => doc.locate([key], true)?.line ?? null };
}
function knownKeys(path) {
    if (path[0] === 'policy')
        return Object.keys(config_schema_namespaceObject.definitions.policy.properties);
    return Object.keys(config_schema_namespaceObject.properties);
}

;// CONCATENATED MODULE: ./.build/src/settings/settings.js







const JUDGES = ['deterministic', 'llm', 'command', 'hybrid'];
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
    const responses = responsesSource({ text, path, list, oneOf, where, cwd, configDir, raw, fileOf, describeFileKey });
    const judge = judgeSettings({ text, path, count, oneOf, where });
    const citationPattern = text('citation-pattern');
    if (citationPattern !== undefined)
        checkCitationPattern(citationPattern, where('citation-pattern'));
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
        coverage: pathList('coverage').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        coverageBase: text('coverage-base') ?? null,
        coveragePathMap: list('coverage-path-map'),
        coverageSourceRoot: pathList('coverage-source-root').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        baseline: text('baseline') === 'auto' ? null : (path('baseline') ?? null),
        baselineAuto: text('baseline') === 'auto',
        policy: policyFlag !== undefined ? resolvePolicy(policyFlag) : resolvePolicy(config.policy ?? 'standard', loaded?.file),
        // "none" turns a report off, including the CLI's default one.
        reportJson: text('report-json') === NO_REPORT ? null : (path('report-json') ?? (defaults.reportJson === undefined ? null : (0,external_node_path_.resolve)(cwd, defaults.reportJson))),
        reportMd: text('report-md') === NO_REPORT ? null : (path('report-md') ?? null),
        reportJunit: text('report-junit') === NO_REPORT ? null : (path('report-junit') ?? null),
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
        const mode = r.oneOf('command-mode', ['per-case', 'worker']) ?? 'per-case';
        const cwdFlag = r.raw['command-cwd'] !== undefined;
        const commandCwd = r.text('command-cwd');
        return {
            kind: 'app',
            provider: {
                kind: 'command',
                mode,
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
    return {
        kind: 'app',
        provider: {
            kind: 'http',
            endpoint: r.text('endpoint'),
            headers,
            ...(bodyTemplate !== undefined ? { bodyTemplate } : {}),
            ...(answerPath !== undefined ? { answerPath } : {}),
            ...(claimsPath !== undefined ? { claimsPath } : {}),
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
    concurrency: 'concurrency',
    timeoutMs: 'timeout-ms',
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
        cache: r.path('judge-cache') ?? null,
        hybridFallback: r.oneOf('hybrid-fallback', ['llm', 'command']) ?? null,
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
function checkCitationPattern(pattern, where) {
    let groups;
    try {
        groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`the citation pattern is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`, {
            ...where,
            fix: 'write a JavaScript regular expression, for example \\[(S?\\d+(?:,\\s*S?\\d+)*)\\]',
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

// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/run-command.js















const RUN_USAGE = `Usage: factgate run [options]

Runs the golden set's answers through the judge, applies the policy and prints the verdict.

Options:
${OPTIONS.map((o) => `  --${o.key}${'placeholder' in o ? ` ${o.placeholder}` : ''}`.padEnd(30) + o.description).join('\n')}
  --explain-settings          Print every setting, its value and where it came from (flag, file and line, default), and stop.
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the input or settings are wrong.
Settings come from flags, then factgate.yml, then defaults (policy: standard). A flag that
chooses the app (--responses, --command, --endpoint) replaces all the app settings of
factgate.yml (mode, folder, time-outs). The report goes to ${DEFAULT_REPORT_JSON} unless
--report-json names another file (or none).`;
async function runRunCommand(argv, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)(argv, 'run', {
        ...Object.fromEntries(OPTIONS.map((o) => [o.key, { type: 'string', multiple: o.kind === 'list' }])),
        help: { type: 'boolean' },
        'explain-settings': { type: 'boolean' },
    });
    if (values.help) {
        io.stdout(RUN_USAGE + '\n');
        return 0;
    }
    const { 'explain-settings': explain, help: _help, ...raw } = values;
    const settings = await resolveSettings(raw, io.cwd, { reportJson: DEFAULT_REPORT_JSON });
    if (explain) {
        io.stdout(explainSettings(settings.origins, settings.configFile));
        return 0;
    }
    const replaced = replacedSettingsWarning(settings.origins);
    if (replaced)
        io.stderr(`warning: ${(0,shared_escape/* escapeLogText */.dD)(replaced)}\n`);
    const cancel = new AbortController();
    const stop = () => {
        io.stderr('factgate: stopping; a partial report will be written\n');
        cancel.abort();
    };
    io.onInterrupt?.(stop);
    const { report: unredacted, secrets, baseline } = await (0,run_gate/* runGate */.Rg)(settings, {
        version: io.version,
        now: () => new Date(),
        git: gitFactsFromEnv(io.env),
        env: io.env,
        signal: cancel.signal,
        progress: createProgress({ write: io.stderr, isTTY: io.stderrIsTTY ?? false }),
        warn: (message) => io.stderr(`warning: ${(0,shared_escape/* escapeLogText */.dD)(message)}\n`),
        ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
    });
    const report = (0,shared_escape/* redactDeep */.KL)(unredacted, secrets);
    await writeOutputs(report, settings.reportJson, settings.reportMd, baseline, settings.reportJunit);
    io.stdout((0,shared_escape/* redactSecrets */.fp)((0,terminal/* renderTerminal */.b)(report, { color: io.color }), secrets));
    const written = [settings.reportJson, settings.reportMd, settings.reportJunit].filter((p) => p !== null).map((p) => displayPath(io.cwd, p));
    io.stdout(written.length > 0 ? `Reports: ${written.join(', ')}\n` : 'No report written (report-json: none).\n');
    return (0,cli_io/* exitCodeFor */.Rr)(report);
}
/** A written file as the user would type it: relative inside the working directory. */
function displayPath(cwd, path) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? path : rel;
}
/** Writes each file to a temporary name first, so a crash never leaves half a report. */
async function writeOutputs(report, jsonPath, mdPath, baseline = null, junitPath = null) {
    if (jsonPath)
        await writeJsonAtomically(jsonPath, report);
    if (mdPath)
        await writeTextAtomically(mdPath, (0,markdown/* renderMarkdownFitted */.kB)(report, { limit: budget/* JOB_SUMMARY_LIMIT */.zS, baseline }).markdown);
    if (junitPath)
        await writeTextAtomically(junitPath, renderJunit(report));
}


/***/ }),

/***/ 5492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zg: () => (/* reexport */ MAX_BASELINE_BYTES),
  $_: () => (/* reexport */ compareWithBaseline),
  Q_: () => (/* reexport */ driftOptions),
  gX: () => (/* reexport */ loadBaselineReport),
  _N: () => (/* reexport */ skippedDrift),
  dD: () => (/* reexport */ uncertifiedThresholds)
});

// UNUSED EXPORTS: computeDrift, matchCases, notComparableReason, parseBaselineReport

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

// EXTERNAL MODULE: ./.build/src/stats/index.js + 14 modules
var stats = __webpack_require__(21444);
;// CONCATENATED MODULE: ./.build/src/drift/explain.js
/** Plain-words formatting for drift findings: one line a reader can act on. */
function percent(value) {
    const pct = value * 100;
    const digits = pct !== 0 && Math.abs(pct) < 10 ? 2 : 1;
    return `${pct.toFixed(digits)}%`;
}
/** A change in rate as signed percentage points. */
function points(value) {
    const pp = value * 100;
    const digits = pp !== 0 && Math.abs(pp) < 10 ? 2 : 1;
    return `${pp > 0 ? '+' : pp < 0 ? '−' : '±'}${Math.abs(pp).toFixed(digits)} pts`;
}
function pValue(p) {
    if (p < 0.0001)
        return `p = ${p.toExponential(1)}`;
    return `p = ${p.toFixed(4)}`;
}
/** At most `limit` ids, then how many more, so a comment stays readable. */
function idList(ids, limit = 5) {
    if (ids.length <= limit)
        return ids.join(', ');
    return `${ids.slice(0, limit).join(', ')} and ${ids.length - limit} more`;
}
/** The minimum effect as an unsigned change in percentage points. */
function minEffectPoints(minEffect) {
    return points(minEffect).replace(/^[+±]/, '');
}
/**
 * The closing words of a finding. `minEffect` is already worded in the finding's unit
 * ("2.00 pts", "2.0% slower").
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
    const pWords = adjusted === null ? pValue(finding.pValue) : `${pValue(finding.pValue)}, ${pValue(adjusted).slice(4)} after ${correction}`;
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
    const { pValue: p } = (0,stats/* mcnemarExactCounts */.FF)(up, down, 'greater');
    const effect = flags.pairs === 0 ? 0 : (up - down) / flags.pairs;
    const share = (0,stats/* wilsonInterval */.YV)(up, discordant, t.confidence);
    const scale = flags.pairs === 0 ? 0 : discordant / flags.pairs;
    const effectCi = discordant === 0 ? { lower: 0, upper: 0 } : { lower: scale * (2 * share.lower - 1), upper: scale * (2 * share.upper - 1) };
    const direction = directionOf(effect, 'higher-is-worse');
    const started = up === 0 ? `no case started ${label}` : `${up} case${up === 1 ? '' : 's'} started ${label} (${idList(flags.becameYes)})`;
    const stopped = down === 0 ? `none stopped` : `${down} stopped (${idList(flags.becameNo)})`;
    return {
        finding: { test: 'mcnemar', metric, scope: 'overall', statistic: up, pValue: p, effect, effectCi, direction },
        role: 'gating',
        text: `Paired over ${flags.pairs} unchanged cases: ${started} and ${stopped}, ${points(effect)} (${ciWords(effectCi, t.confidence)})`,
        testWords: 'McNemar exact, one-sided',
        minEffectWords: minEffectPoints(t.minEffect),
        practical: true,
    };
}
/** Two independent rates (head vs baseline) → z-test where valid, Fisher otherwise, one-sided. */
function rateFinding(metric, label, scope, head, baseline, polarity, t) {
    // A regression is a higher rate for higher-is-worse metrics and a lower one otherwise.
    const alternative = polarity === 'higher-is-worse' ? 'greater' : 'less';
    const comparison = (0,stats/* compareProportions */.vO)({ successes: head.events, n: head.n }, { successes: baseline.events, n: baseline.n }, t.confidence, alternative);
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
        text: `${label}${where} went from ${percent(baseline.events / baseline.n)} (${baseline.events}/${baseline.n}) to ` +
            `${percent(head.events / head.n)} (${head.events}/${head.n}), ${points(effect)} (${ciWords(comparison.interval, t.confidence)})`,
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
    const ks = (0,stats/* ksTwoSample */.X3)(head, baseline, 'greater');
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
    const psi = (0,stats/* populationStabilityIndex */.V5)(baseline, head);
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
        explanation: `${label} went from ${percent(baseline)} to ${percent(head)}, ${points(effect)}${note}: ${words}.`,
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
    const ks = (0,stats/* ksTwoSample */.X3)(head, baseline, 'less');
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
    return `${Math.round(confidence * 100)}% CI ${points(interval.lower)} to ${points(interval.upper)}`;
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
    const holmAdjusted = (0,stats/* holm */.fU)(headline.map((d) => d.finding.pValue));
    headline.forEach((d, i) => headlineAdjusted.set(d, holmAdjusted[i]));
    const headlineWords = `Holm over ${headline.length} headline test${headline.length === 1 ? '' : 's'}`;
    const refinementAdjusted = new Map();
    for (const metric of headlineMetrics) {
        const parent = headline.find((d) => d.finding.metric === metric && d.finding.scope === 'overall');
        const group = gating.filter((d) => !isHeadline(d) && parentOf(d) === metric);
        if (group.length === 0)
            continue;
        const bh = (0,stats/* benjaminiHochberg */.Uh)(group.map((d) => d.finding.pValue));
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
        baseline: { file: options.baselineFile, gitSha: baseline.run.gitSha, createdAt: baseline.run.finishedAt },
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
    const tests = correctAndSettle([...caseFindings(match.pairs, t), ...claims.drafts, ...latencyFindings(match.pairs, t, roles.latency)], t);
    drift.findings = [...tests, ...claims.stability, ...coverageFindings(head, baseline, t)];
    return drift;
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

// EXTERNAL MODULE: ./.build/src/report/validate-report.js + 1 modules
var validate_report = __webpack_require__(3380);
// EXTERNAL MODULE: ./.build/src/report/types.js
var types = __webpack_require__(99927);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
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
    return parseBaselineReport(text, displayPath);
}
/** The same checks on text already in hand (e.g. from a downloaded artifact). */
function parseBaselineReport(text, file) {
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
    return { status: 'loaded', file, report: (0,validate_report/* validateReport */.R)(value, file) };
}

// EXTERNAL MODULE: ./.build/src/policy/keys.js
var keys = __webpack_require__(68384);
;// CONCATENATED MODULE: ./.build/src/drift/certify-thresholds.js
/**
 * Can this golden set certify the policy? For every rate threshold on what the golden
 * set measures (hallucination, citation, fact recall, undetermined and error rates),
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
        const { key, label, bound } = keys/* THRESHOLD_KEYS */.H[rule];
        const spec = SAMPLED[rule];
        const rate = spec.rate(metrics);
        const kind = bound;
        // Nothing measured (e.g. no expected facts): the policy reports that on its own.
        if (rate.denominator === 0)
            continue;
        if (rate.value !== null && (kind === 'max' ? rate.value > threshold : rate.value < threshold))
            continue;
        const certification = (0,stats/* certifyRate */.T1)({ events: rate.numerator, n: rate.denominator, threshold, kind });
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
            message: `${label} ${kind === 'max' ? '≤' : '≥'} ${percent(threshold)} is not demonstrated at 95% confidence: ` +
                `${rate.numerator} of ${rate.denominator} ${spec.unit} ${spec.event}, one-sided 95% ${side} bound ${percent(chosen.bound)} ` +
                `(${method === 'wilson' ? 'Wilson, not a true 95% bound near 0' : 'exact Clopper–Pearson'}; ${method === 'wilson' ? 'exact' : 'Wilson'} ${percent(other.bound)}); ${more}.`,
        });
    }
    return result;
}

;// CONCATENATED MODULE: ./.build/src/drift/index.js







/***/ }),

/***/ 64438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jE: () => (/* binding */ computeCategoryMetrics),
/* harmony export */   pH: () => (/* binding */ computeMetrics)
/* harmony export */ });
/* unused harmony exports rate, latencySummary */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15521);
/* harmony import */ var _stats_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21444);


/** A rate with its counts and Wilson 95 % interval; value and interval are null over nothing. */
function rate(numerator, denominator) {
    if (denominator === 0)
        return { value: null, numerator, denominator, ci: null };
    const { lower, upper } = (0,_stats_index_js__WEBPACK_IMPORTED_MODULE_1__/* .wilsonInterval */ .YV)(numerator, denominator);
    return { value: numerator / denominator, numerator, denominator, ci: { lower, upper } };
}
function tally(cases) {
    const t = {
        cases: 0, evaluated: 0, hallucinatedCases: 0, claims: 0, hallucinated: 0, covered: 0, facts: 0,
        factsEntailed: 0, supported: 0, contradicted: 0, unsupported: 0, undetermined: 0, nonClaims: 0,
        citations: 0, relevantCitations: 0, fabricated: 0, answerable: 0, answered: 0, failed: 0,
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
        for (const claim of c.claims) {
            t.claims++;
            t[claim.verdict]++;
            if (claim.hallucinated)
                t.hallucinated++;
            if (claim.citationCovered)
                t.covered++;
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
        p50: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(values, 0.5),
        p95: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(values, 0.95),
        p99: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(values, 0.99),
    };
}


/***/ }),

/***/ 88742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rJ: () => (/* binding */ NO_BASELINE_REASON),
  ew: () => (/* binding */ gateInputFromReport),
  Rg: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/drift/index.js + 8 modules
var src_drift = __webpack_require__(5492);
// EXTERNAL MODULE: ./.build/src/evaluate/claims.js + 3 modules
var claims = __webpack_require__(15790);
// EXTERNAL MODULE: ./.build/src/evaluate/evaluate.js
var evaluate = __webpack_require__(95896);
// EXTERNAL MODULE: ./.build/src/evaluate/evaluation-pool.js + 1 modules
var evaluation_pool = __webpack_require__(28026);
// EXTERNAL MODULE: ./.build/src/policy/evaluate-policy.js
var evaluate_policy = __webpack_require__(790);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/src/evaluate/metrics.js
var metrics = __webpack_require__(64438);
// EXTERNAL MODULE: ./.build/src/report/types.js
var types = __webpack_require__(99927);
;// CONCATENATED MODULE: ./.build/src/report/build-report.js



/** Hash of the settings that change results: shards and baselines must agree on it. */
function settingsHash(settings, policy) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([settings, policy])).digest('hex');
}
function buildReport(input) {
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
        metrics: (0,metrics/* computeMetrics */.pH)(input.cases),
        categories: (0,metrics/* computeCategoryMetrics */.jE)(input.cases),
        cases: input.cases,
        responses: input.responses,
        coverage: input.coverage,
        drift: input.drift,
        verdict: input.verdict,
    };
}

// EXTERNAL MODULE: ./.build/src/responses/file.js + 1 modules
var file = __webpack_require__(83779);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/coverage/index.js + 20 modules
var coverage = __webpack_require__(17276);
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
        const rewrites = settings.coveragePathMap.map((text) => (0,coverage/* parsePathRewrite */.hS)(text, { place: 'coverage-path-map' }));
        const data = await (0,coverage/* readCoverageReports */.QY)(display, {
            ...(await (0,coverage/* repositoryOptions */.Tl)(git, settings.cwd)),
            baseDir: settings.cwd,
            rewrites,
            sourceRoots: settings.coverageSourceRoot,
        });
        const summary = (0,coverage/* summarizeCoverage */.G0)(data);
        let patch = null;
        if (changedLines !== null || settings.coverageBase !== null) {
            const changed = changedLines ?? (await (0,coverage/* changedLinesFromGit */.MO)(git, settings.coverageBase));
            const result = (0,coverage/* computePatchCoverage */.aT)(data, changed);
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

// EXTERNAL MODULE: ./.build/src/pipeline/git-runner.js
var git_runner = __webpack_require__(11709);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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

// EXTERNAL MODULE: ./.build/src/evaluate/judges/deterministic.js + 10 modules
var deterministic = __webpack_require__(76484);
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















/** Same words for a run and a merge without a baseline, so both reports agree. */
const NO_BASELINE_REASON = 'no baseline report was configured (first run, or --baseline not set)';
/** Below this many cases, starting worker threads costs more than it saves. */
const PARALLEL_MIN_CASES = 5000;
/** A golden set this large on disk (about 4,000 typical cases) is loaded and evaluated off the main thread. */
const LARGE_GOLDEN_SET_BYTES = 4 * 1024 * 1024;
const MAX_EVALUATION_THREADS = 4;
async function runGate(settings, deps) {
    const startedAt = deps.now();
    const secrets = [];
    // The golden set and the answers are needed only until every case is judged: large runs
    // free them before the report is built.
    const { goldenSet, results, judge, matched, notRun } = await evaluateGoldenSet(settings, deps, secrets);
    const report = buildReport({
        version: deps.version,
        startedAt,
        finishedAt: deps.now(),
        git: deps.git,
        goldenSet,
        settings: {
            responses: settings.responses.kind === 'file' ? 'file' : settings.responses.provider.kind === 'http' ? 'http' : `command (${settings.responses.provider.mode})`,
            judge: { name: judge.name, version: judgeVersion(judge) },
            citationPattern: settings.citationPattern ?? claims/* DEFAULT_CITATION_PATTERN */.HC.source,
        },
        policy: settings.policy,
        cases: results,
        responses: { missing: matched.missing, unknown: matched.unknown },
        coverage: null,
        drift: null,
        verdict: { status: 'error', breaches: [], warnings: [], notes: [], override: null },
        shard: settings.shard,
        partialReason: notRun.length > 0 ? `cancelled: ${notRun.length} case${notRun.length === 1 ? '' : 's'} not run` : null,
    });
    const inputProblems = [];
    report.coverage = await measureCoverage(settings, deps.runGit ?? (0,git_runner/* gitRunner */.X)(settings.cwd), inputProblems, deps.changedLines ?? null);
    const drift = await driftAgainstBaseline(report, settings, inputProblems, deps.noBaselineReason);
    report.drift = drift.drift;
    report.verdict = (0,evaluate_policy/* evaluatePolicy */.Uz)(gateInputFromReport(report, { inputProblems, uncertified: (0,src_drift/* uncertifiedThresholds */.dD)(report.metrics, settings.policy.thresholds, settings.policy.certificationBound) }), settings.policy);
    return { report, secrets, baseline: drift.baseline };
}
/** Golden set → responses → verdicts: everything that needs the cases and their answers. */
async function evaluateGoldenSet(settings, deps, secrets) {
    const env = deps.env ?? process.env;
    // Built once the inputs are read, so a bad golden set is reported before a bad judge setting.
    const buildTheJudge = async () => {
        const built = deps.judge ? null : await buildJudge(settings.judge, env, settings.cwd);
        if (built)
            secrets.push(...built.secrets);
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
        const loaded = (0,load_worker.loadOnWorker)(workers.entry, { goldenSet: settings.goldenSet, cwd: settings.cwd, responses: settings.responses.path, shard: settings.shard, citationPattern });
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
        secrets.push(...run.secrets);
    }
    const notRunSet = new Set(notRun);
    matched.missing = matched.missing.filter((id) => !notRunSet.has(id));
    const { judge, save } = await buildTheJudge();
    const options = { ...(citationPattern !== null ? { citationPattern } : {}), notRun: notRunSet };
    const results = workers && cases.length >= PARALLEL_MIN_CASES
        ? await (0,evaluation_pool.evaluateOnWorkers)((0,evaluation_pool.packEvaluationTasks)(cases, matched, options), workers)
        : await (0,evaluate/* evaluateCases */.pL)(cases, matched, judge, options);
    await save();
    return { goldenSet, results, judge, matched: { missing: matched.missing, unknown: matched.unknown }, notRun };
}
/**
 * Drift against the baseline report, when one is configured. An unreadable baseline is an
 * input problem the policy rules on (fail closed by default), never a silent skip.
 */
async function driftAgainstBaseline(report, settings, inputProblems, noBaselineReason) {
    const options = (0,src_drift/* driftOptions */.Q_)(settings.policy);
    if (settings.shard !== null)
        return { drift: (0,src_drift/* skippedDrift */._N)('a shard is compared with the baseline only once merged'), baseline: null };
    if (settings.baseline === null) {
        const reason = noBaselineReason ?? (settings.baselineAuto ? 'baseline: auto finds the base branch report only in GitHub Actions, on a pull request' : NO_BASELINE_REASON);
        return { drift: (0,src_drift/* compareWithBaseline */.$_)(report, null, { ...options, noBaselineReason: reason }), baseline: null };
    }
    const display = (0,external_node_path_.relative)(settings.cwd, settings.baseline) || settings.baseline;
    try {
        const load = await (0,src_drift/* loadBaselineReport */.gX)(settings.baseline, display);
        return { drift: (0,src_drift/* compareWithBaseline */.$_)(report, load, options), baseline: load.status === 'loaded' ? load.report : null };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        inputProblems.push(`baseline: ${error.message}`);
        return { drift: (0,src_drift/* compareWithBaseline */.$_)(report, null, { ...options, noBaselineReason: `the baseline could not be read (${display})` }), baseline: null };
    }
}
/** The policy's view of a report: used for fresh runs and merged shards alike. */
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
function judgeVersion(judge) {
    return judge.version ?? '1';
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uz: () => (/* binding */ evaluatePolicy)
/* harmony export */ });
/* unused harmony exports formatThreshold, formatPercent */
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68384);

function formatThreshold(rule, value) {
    if (value === null)
        return 'n/a';
    return _keys_js__WEBPACK_IMPORTED_MODULE_0__/* .THRESHOLD_KEYS */ .H[rule].kind === 'ms' ? `${Math.round(value)} ms` : formatPercent(value);
}
function formatPercent(value) {
    if (value === null)
        return 'n/a';
    const pct = value * 100;
    const digits = pct !== 0 && Math.abs(pct) < 10 ? 2 : 1;
    return `${pct.toFixed(digits)}%`;
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
    for (const rule of Object.keys(_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .THRESHOLD_KEYS */ .H)) {
        const threshold = policy.thresholds[rule];
        if (threshold === null)
            continue;
        const spec = _keys_js__WEBPACK_IMPORTED_MODULE_0__/* .THRESHOLD_KEYS */ .H[rule];
        const { value, rate, measured } = values[rule];
        if (!measured) {
            verdict.notes.push(`${spec.key}: not checked, ${notMeasuredReason(rule)}.`);
            continue;
        }
        if (value === null) {
            push(verdict, 'fail', {
                rule: spec.key,
                actual: null,
                threshold,
                message: `${spec.label} could not be measured (nothing to count), so ${spec.key} ${formatThreshold(rule, threshold)} cannot be shown.`,
            });
            continue;
        }
        const breached = spec.bound === 'max' ? value > threshold : value < threshold;
        if (!breached)
            continue;
        const counts = rate ? ` (${rate.numerator}/${rate.denominator})` : '';
        push(verdict, 'fail', {
            rule: spec.key,
            actual: value,
            threshold,
            message: `${spec.label} ${formatThreshold(rule, value)}${counts} is ${spec.bound === 'max' ? 'above the maximum' : 'below the minimum'} of ${formatThreshold(rule, threshold)}.`,
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
            message: `${errored} case${plural(errored)} failed in the application (see each case's error).`,
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
    const own = finding.metric === 'judgeScore' ? { rule: _keys_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_KEYS */ .X.judgeScoreDrift, action: policy.judgeScoreDrift } :
        finding.metric === 'latencyP95Ms' ? { rule: _keys_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_KEYS */ .X.latencyDrift, action: policy.latencyDrift } :
            { rule: 'regression', action: policy.regression };
    return finding.role === 'descriptive' && own.action === 'fail' ? { ...own, action: 'warn' } : own;
}
function notMeasuredReason(rule) {
    switch (rule) {
        case 'minLineCoverage':
        case 'minBranchCoverage':
            return 'no coverage report is configured';
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


/***/ }),

/***/ 68384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ THRESHOLD_KEYS),
/* harmony export */   X: () => (/* binding */ OPTION_KEYS)
/* harmony export */ });
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
    maxUndeterminedRate: { key: 'max-undetermined-rate', kind: 'rate', label: 'Undetermined claims', bound: 'max' },
    maxErrorRate: { key: 'max-error-rate', kind: 'rate', label: 'Error rate', bound: 'max' },
    maxLatencyP95Ms: { key: 'max-latency-p95-ms', kind: 'ms', label: 'Latency p95', bound: 'max' },
    minLineCoverage: { key: 'min-line-coverage', kind: 'rate', label: 'Line coverage', bound: 'min' },
    minBranchCoverage: { key: 'min-branch-coverage', kind: 'rate', label: 'Branch coverage', bound: 'min' },
    minPatchCoverage: { key: 'min-patch-coverage', kind: 'rate', label: 'Patch coverage', bound: 'min' },
    maxLineCoverageDrop: { key: 'max-line-coverage-drop', kind: 'rate', label: 'Line coverage drop', bound: 'max' },
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


/***/ }),

/***/ 42462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ PRESETS)
/* harmony export */ });
const NO_THRESHOLDS = {
    maxHallucinationRate: null,
    maxCaseHallucinationRate: null,
    minCitationCoverage: null,
    minCitationPrecision: null,
    minFactRecall: null,
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


/***/ }),

/***/ 3228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ renderTerminal)
/* harmony export */ });
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97606);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96747);


/** Failing claims shown under each listed case; the rest are in the report. */
const MAX_CLAIMS_PER_CASE = 3;
const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 };
/** The verdict and its reasons for a terminal or a CI log; untrusted text is made log-safe. */
function renderTerminal(report, options) {
    const paint = (code, text) => (options.color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
    const safe = (text) => (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLogText */ .dD)(text.replace(/\s+/g, ' ').slice(0, 300));
    const lines = [];
    const v = report.verdict;
    const color = v.status === 'pass' ? 'green' : v.status === 'overridden' ? 'yellow' : 'red';
    lines.push(paint('bold', paint(color, `factgate: ${_format_js__WEBPACK_IMPORTED_MODULE_0__/* .VERDICT_WORDS */ ._G[v.status]}`)) + ` (policy ${report.policy.name}, ${report.metrics.counts.cases} cases, ${report.metrics.counts.claims} claims)`);
    for (const breach of v.breaches)
        lines.push(`  ${paint('red', '✗')} ${breach.rule}: ${safe(breach.message)}`);
    for (const warning of v.warnings)
        lines.push(`  ${paint('yellow', '!')} ${warning.rule}: ${safe(warning.message)}`);
    lines.push('');
    for (const row of (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .headlineRows */ .yY)(report)) {
        const status = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleStatus */ .Rg)(report, row.rule);
        const mark = status === 'fail' ? paint('red', '✗') : status === 'warn' ? paint('yellow', '!') : ' ';
        const threshold = row.threshold === null ? '' : paint('dim', `  (${row.rule.startsWith('max') ? 'max' : 'min'} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(row.threshold)})`);
        lines.push(`${mark} ${row.label.padEnd(28)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .rateText */ .cf)(row.rate)}${threshold}`);
    }
    if (report.coverage) {
        const c = report.coverage;
        lines.push(`  ${'Line coverage'.padEnd(28)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(c.lines.rate)} (${c.lines.covered}/${c.lines.total})`);
        if (c.patch)
            lines.push(`  ${'Patch coverage'.padEnd(28)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(c.patch.rate)} (${c.patch.covered}/${c.patch.total})`);
    }
    if (report.categories.length > 1) {
        lines.push('', paint('bold', 'By category'));
        for (const cat of report.categories) {
            lines.push(`  ${safe(cat.category).padEnd(20)} hallucination ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(cat.hallucinationRate.value).padStart(7)}  citation coverage ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .percent */ .KN)(cat.citationCoverage.value).padStart(7)}  (${cat.cases} cases)`);
        }
    }
    if (report.drift && report.drift.status === 'compared') {
        const d = report.drift;
        const significant = d.findings.filter((f) => f.significant);
        lines.push('', paint('bold', `Against the baseline (${d.cases.compared} unchanged cases compared; ${d.cases.added.length} added, ${d.cases.removed.length} removed, ${d.cases.changed.length} changed)`));
        if (significant.length === 0)
            lines.push('  no significant change');
        for (const f of significant) {
            const mark = f.direction === 'regression' ? paint('red', '▼') : paint('green', '▲');
            lines.push(`  ${mark} ${safe(f.explanation)}`);
        }
    }
    const failing = report.cases.filter((c) => c.hallucinated || c.status === 'error' || c.status === 'missing');
    if (failing.length > 0) {
        const max = options.maxCases ?? 10;
        lines.push('', paint('bold', `Cases to look at (${failing.length})`));
        for (const c of failing.slice(0, max)) {
            const why = c.status === 'error' ? `error: ${c.error ?? ''}` : c.status === 'missing' ? 'no response' : c.hallucinationReasons[0] ?? '';
            lines.push(`  ${safe(c.id)} [${safe(c.category)}]: ${safe(why)}`);
            // The claims themselves, so the reader sees what was said without opening the report.
            const claims = c.claims.filter((claim) => claim.hallucinated);
            for (const claim of claims.slice(0, MAX_CLAIMS_PER_CASE)) {
                lines.push(`    ${paint('red', '✗')} "${safe(claim.text.slice(0, 160))}" ${paint('dim', `${claim.verdict}: ${safe(claim.reason.slice(0, 160))}`)}`);
            }
            if (claims.length > MAX_CLAIMS_PER_CASE)
                lines.push(paint('dim', `    … and ${claims.length - MAX_CLAIMS_PER_CASE} more claims`));
        }
        if (failing.length > max)
            lines.push(paint('dim', `  … and ${failing.length - max} more in the report`));
    }
    for (const note of v.notes)
        lines.push(paint('dim', `note: ${safe(note)}`));
    return lines.join('\n') + '\n';
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

/***/ 21444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Uh: () => (/* reexport */ benjaminiHochberg),
  T1: () => (/* reexport */ certifyRate),
  vO: () => (/* reexport */ compareProportions),
  fU: () => (/* reexport */ holm),
  X3: () => (/* reexport */ ksTwoSample),
  FF: () => (/* reexport */ mcnemarExactCounts),
  V5: () => (/* reexport */ populationStabilityIndex),
  YV: () => (/* reexport */ wilsonInterval)
});

// UNUSED EXPORTS: KS_EXACT_MAX_N, PSI_DEFAULT_BINS, PSI_EPSILON, PSI_MAJOR, PSI_MODERATE, Z_TEST_MIN_FAILURES, Z_TEST_MIN_SUCCESSES, binomialLogPmf, binomialPmf, exactBinomialInterval, fisherExact, hypergeometricLogPmf, kolmogorovSf, ksOneSampleSf, logChoose, logFactorial, logGamma, mcnemarExact, newcombeInterval, normalCdf, normalIsf, normalQuantile, normalSf, smirnovSf, twoProportionZTest, zTestIsValid

// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-erfc/lib/index.js
var lib = __webpack_require__(30988);
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
    return 0.5 * lib(-z / Math.SQRT2);
}
/** P(Z > z), computed directly so that small upper tails keep their precision. */
function normalSf(z) {
    return 0.5 * lib(z / Math.SQRT2);
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















/***/ })

};
