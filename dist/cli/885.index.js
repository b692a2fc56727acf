export const id = 885;
export const ids = [885];
export const modules = {

/***/ 2336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IB: () => (/* binding */ gitHubMessageOf),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   s_: () => (/* binding */ httpStatusOf)
/* harmony export */ });
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62203);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);




/**
 * `@actions/github`'s Octokit (proxy-aware, REST methods, pagination) with
 * `@octokit/plugin-retry` for 5xx and network faults and `@octokit/plugin-throttling` for
 * rate limits. Both are bounded: a request is tried at most `retries + 1` times for server
 * errors and `rateLimitRetries + 1` times for rate limits.
 */
function createGitHubClient(options) {
    const perSecond = options.millisecondsPerSecond ?? 1000;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const { logger } = options;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= rateLimitRetries) {
            logger.warning(`GitHub ${kind} rate limit on ${what}: gave up after ${retryCount} retries.`);
            return false;
        }
        if (retryAfter > maxWait) {
            logger.warning(`GitHub ${kind} rate limit on ${what}: asked to wait ${retryAfter} s, more than ${maxWait} s; not retrying.`);
            return false;
        }
        logger.info(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`);
        return true;
    };
    // The plugin's default groups are shared by the whole process; fresh groups without
    // minimum spacing keep its rate-limit handling while letting tests run at full speed.
    const unspaced = options.spaceWrites === false
        ? {
            write: new bottleneck__WEBPACK_IMPORTED_MODULE_0__.Group({ maxConcurrent: 1, minTime: 0 }),
            notifications: new bottleneck__WEBPACK_IMPORTED_MODULE_0__.Group({ maxConcurrent: 1, minTime: 0 }),
            global: new bottleneck__WEBPACK_IMPORTED_MODULE_0__.Group({ maxConcurrent: 10 }),
            retryLimiter: new bottleneck__WEBPACK_IMPORTED_MODULE_0__(),
        }
        : {};
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: perSecond,
        ...unspaced,
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(options.token, {
        baseUrl: options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
        // 429 is left to the throttling plugin, which honours Retry-After and the rate-limit
        // reset and asks the handlers above; the retry plugin would back off blindly.
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: perSecond, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle,
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.warning(message),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
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

/***/ 23682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Do: () => (/* binding */ markerOverhead),
  Ox: () => (/* binding */ parseCommentMode),
  qD: () => (/* binding */ upsertStickyComment)
});

// UNUSED EXPORTS: COMMENT_MODES, commentMarker, findOwnComments

// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/github/client.js
var client = __webpack_require__(2336);
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
const GATE_ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._]|-(?!-)){0,63}$/;
/**
 * The hidden first line that identifies a gate's comment. The gate id keeps two gates in
 * one repository on two comments; it may not contain `--`, which would end the HTML comment.
 */
function commentMarker(gateId) {
    if (!GATE_ID_PATTERN.test(gateId)) {
        throw new errors/* ConfigurationError */.j1(`The gate id ${JSON.stringify(gateId)} cannot be used in the comment marker.`, {
            place: 'gate-id',
            fix: 'Use 1 to 64 letters, digits, ".", "_" or single "-", starting with a letter or digit (for example "factgate" or "rag-eval").',
        });
    }
    return `<!-- factgate:${gateId} -->`;
}
/** The marker plus the line break that follows it: what the comment budget must leave room for. */
function markerOverhead(gateId) {
    return `${commentMarker(gateId)}\n`;
}
/**
 * Creates or updates the gate's one comment on the pull request.
 *
 * Found by marker and author among all pages, minimised comments ignored; updated in
 * place. After a create the comments are listed again and newer duplicates deleted, the
 * oldest kept, so two runs racing end with one comment carrying the last writer's text.
 * API calls besides listing pages: one to update; or one to create plus one delete per
 * duplicate plus one update when a concurrent run's comment is the one kept.
 */
async function upsertStickyComment(octokit, request, logger) {
    const marker = commentMarker(request.gateId);
    if (request.mode === 'off')
        return { action: 'skipped', reason: 'the comment mode is "off"' };
    const ownComments = async () => findOwnComments(await listPullRequestComments(octokit, request.target), marker, request.authorLogin);
    let body = `${marker}\n${request.markdown}`;
    const { owner, repo } = request.target;
    const existing = await ownComments();
    const oldest = existing[0];
    if (oldest) {
        const written = await writeBody((text) => updateComment(octokit, owner, repo, oldest.id, text), body, request, marker, logger);
        if (written.kind === 'forbidden')
            return { action: 'forbidden', message: written.message };
        const duplicatesDeleted = await deleteComments(octokit, owner, repo, existing.slice(1), logger);
        return { action: 'updated', commentId: oldest.id, url: written.url, duplicatesDeleted };
    }
    if (request.mode === 'update-only') {
        return { action: 'skipped', reason: 'the comment mode is "update-only" and there is no comment to update' };
    }
    if (request.mode === 'on-failure' && !request.failing) {
        return { action: 'skipped', reason: 'the gate passed and the comment mode is "on-failure"' };
    }
    let createdId;
    try {
        const written = await writeBody(async (text) => {
            const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: request.target.pullNumber, body: text });
            createdId = created.data.id;
            return created.data.html_url;
        }, body, request, marker, logger);
        if (written.kind === 'forbidden')
            return { action: 'forbidden', message: written.message };
        body = written.body;
    }
    catch (error) {
        // A create that timed out or failed at the gateway may still have been stored; the
        // listing below finds it instead of leaving a second comment behind.
        const status = (0,client/* httpStatusOf */.s_)(error);
        if (status === undefined || status < 500)
            throw error;
        logger.warning(`Creating the comment failed with HTTP ${status}; checking whether GitHub stored it anyway.`);
    }
    const after = await ownComments();
    const survivor = after[0];
    if (!survivor) {
        throw new Error(`The factgate comment on pull request #${request.target.pullNumber} could not be created.`);
    }
    const duplicatesDeleted = await deleteComments(octokit, owner, repo, after.slice(1), logger);
    let url = survivor.url;
    if (survivor.id !== createdId && survivor.body !== body) {
        // A concurrent run created the kept comment first; carry this run's text over to it.
        url = await updateComment(octokit, owner, repo, survivor.id, body);
    }
    return { action: survivor.id === createdId ? 'created' : 'updated', commentId: survivor.id, url, duplicatesDeleted };
}
/** This gate's visible comments written by this token (or `authorLogin`), oldest first. */
function findOwnComments(comments, marker, authorLogin) {
    const login = authorLogin?.toLowerCase();
    return comments
        .filter((c) => !c.isMinimized && c.body.includes(marker))
        .filter((c) => (login === undefined ? c.viewerDidAuthor : c.authorLogin?.toLowerCase() === login))
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
}
/** Writes the body; a 403 becomes `forbidden`, a 422 for length is retried once with the smaller body. */
async function writeBody(write, body, request, marker, logger) {
    try {
        return { kind: 'written', url: await write(body), body };
    }
    catch (error) {
        const status = (0,client/* httpStatusOf */.s_)(error);
        if (status === 403)
            return { kind: 'forbidden', message: (0,client/* gitHubMessageOf */.IB)(error) };
        if (status === 422 && request.smallerMarkdown && /too long|maximum/i.test((0,client/* gitHubMessageOf */.IB)(error))) {
            logger.warning(`GitHub rejected the comment as too long (${(0,client/* gitHubMessageOf */.IB)(error)}); posting a shorter version.`);
            const smaller = `${marker}\n${request.smallerMarkdown()}`;
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
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/report.schema.json","title":"factgate report","description":"The versioned report of one factgate run. Generated from src/report/types.ts.","$ref":"#/definitions/Report","definitions":{"Report":{"type":"object","properties":{"schemaVersion":{"type":"number","const":2},"tool":{"type":"object","properties":{"name":{"type":"string","const":"factgate"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"run":{"type":"object","properties":{"startedAt":{"type":"string"},"finishedAt":{"type":"string"},"durationMs":{"type":"number"},"gitSha":{"type":["string","null"]},"ref":{"type":["string","null"]},"runUrl":{"type":["string","null"]},"shard":{"anyOf":[{"type":"object","properties":{"index":{"type":"number"},"total":{"type":"number"}},"required":["index","total"],"additionalProperties":false},{"type":"null"}]},"partial":{"type":"boolean","description":"True when cancelled or a shard: the verdict of a partial report is never pass."},"partialReason":{"type":["string","null"]}},"required":["startedAt","finishedAt","durationMs","gitSha","ref","runUrl","shard","partial","partialReason"],"additionalProperties":false},"goldenSet":{"type":"object","properties":{"files":{"type":"array","items":{"type":"string"}},"hash":{"type":"string"},"caseCount":{"type":"number"}},"required":["files","hash","caseCount"],"additionalProperties":false},"settings":{"type":"object","properties":{"responses":{"type":"string"},"judge":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false},"citationPattern":{"type":"string"},"settingsHash":{"type":"string"}},"required":["responses","judge","citationPattern","settingsHash"],"additionalProperties":false},"policy":{"$ref":"#/definitions/ResolvedPolicy"},"metrics":{"$ref":"#/definitions/Metrics"},"categories":{"type":"array","items":{"$ref":"#/definitions/CategoryMetrics"}},"cases":{"type":"array","items":{"$ref":"#/definitions/CaseResult"}},"responses":{"type":"object","properties":{"missing":{"type":"array","items":{"type":"string"}},"unknown":{"type":"array","items":{"type":"string"}}},"required":["missing","unknown"],"additionalProperties":false},"coverage":{"anyOf":[{"$ref":"#/definitions/ReportCoverage"},{"type":"null"}]},"drift":{"anyOf":[{"$ref":"#/definitions/ReportDrift"},{"type":"null"}]},"verdict":{"$ref":"#/definitions/Verdict"}},"required":["schemaVersion","tool","run","goldenSet","settings","policy","metrics","categories","cases","responses","coverage","drift","verdict"],"additionalProperties":false},"ResolvedPolicy":{"type":"object","properties":{"name":{"type":"string"},"extends":{"$ref":"#/definitions/PresetName"},"thresholds":{"$ref":"#/definitions/Thresholds"},"regression":{"$ref":"#/definitions/RuleAction","description":"A significant regression against the baseline."},"alpha":{"type":"number","description":"Significance level and minimum effect (absolute rate change) for drift findings."},"minEffect":{"type":"number"},"missingResponses":{"$ref":"#/definitions/RuleAction","description":"Golden-set cases with no response, or with an errored response."},"unknownResponses":{"$ref":"#/definitions/RuleAction","description":"Responses whose id is not in the golden set."},"missingInputs":{"$ref":"#/definitions/RuleAction","description":"A configured input (coverage report, baseline) that is missing or unreadable."},"judgeScoreDrift":{"$ref":"#/definitions/RuleAction","description":"Judge-score and latency distributions that moved towards worse (one-sided KS): warn by default, since they shift between identical runs on a loaded runner; \'fail\' makes them gating, corrected with the other regression tests."},"latencyDrift":{"$ref":"#/definitions/RuleAction"},"certification":{"$ref":"#/definitions/RuleAction","description":"The golden set is too small to demonstrate the thresholds at 95 % confidence."},"certificationBound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson) or Wilson (not a true 95 % bound near 0)."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"overrideLabel":{"type":"string"}},"required":["name","extends","thresholds","regression","alpha","minEffect","missingResponses","unknownResponses","missingInputs","judgeScoreDrift","latencyDrift","certification","certificationBound","override","overrideLabel"],"additionalProperties":false},"PresetName":{"type":"string","enum":["strict","standard","permissive"]},"Thresholds":{"type":"object","properties":{"maxHallucinationRate":{"type":["number","null"]},"maxCaseHallucinationRate":{"type":["number","null"]},"minCitationCoverage":{"type":["number","null"]},"minCitationPrecision":{"type":["number","null"]},"minFactRecall":{"type":["number","null"]},"maxUndeterminedRate":{"type":["number","null"]},"maxErrorRate":{"type":["number","null"]},"maxLatencyP95Ms":{"type":["number","null"]},"minLineCoverage":{"type":["number","null"]},"minBranchCoverage":{"type":["number","null"]},"minPatchCoverage":{"type":["number","null"]},"maxLineCoverageDrop":{"type":["number","null"]}},"required":["maxHallucinationRate","maxCaseHallucinationRate","minCitationCoverage","minCitationPrecision","minFactRecall","maxUndeterminedRate","maxErrorRate","maxLatencyP95Ms","minLineCoverage","minBranchCoverage","minPatchCoverage","maxLineCoverageDrop"],"additionalProperties":false,"description":"Rate thresholds are fractions in [0, 1]; null switches a threshold off."},"RuleAction":{"type":"string","enum":["fail","warn","ignore"],"description":"What happens when a rule is breached or an input is missing."},"Metrics":{"type":"object","properties":{"hallucinationRate":{"$ref":"#/definitions/Rate","description":"Hallucinated (contradicted + unsupported) claims / all claims (micro)."},"caseHallucinationRate":{"$ref":"#/definitions/Rate","description":"Cases with at least one hallucination / evaluated cases."},"citationCoverage":{"$ref":"#/definitions/Rate","description":"ALCE citation recall: claims whose cited sources together entail them / all claims."},"citationPrecision":{"$ref":"#/definitions/Rate","description":"ALCE citation precision: relevant citations / all citations."},"factRecall":{"$ref":"#/definitions/Rate","description":"Expected facts entailed by the answer / expected facts (answerable cases)."},"undeterminedRate":{"$ref":"#/definitions/Rate","description":"Claims the judge could not decide / all claims."},"answerRate":{"$ref":"#/definitions/Rate","description":"Answerable cases the app answered (did not abstain) / answerable cases."},"errorRate":{"$ref":"#/definitions/Rate","description":"Cases whose response is missing or errored / all cases."},"fabricatedCitationRate":{"$ref":"#/definitions/Rate","description":"Citations to ids the case does not have / all citations."},"latency":{"anyOf":[{"$ref":"#/definitions/LatencySummary"},{"type":"null"}]},"counts":{"type":"object","properties":{"cases":{"type":"number"},"claims":{"type":"number"},"supported":{"type":"number"},"contradicted":{"type":"number"},"unsupported":{"type":"number"},"undetermined":{"type":"number"},"nonClaims":{"type":"number"},"citations":{"type":"number"},"fabricatedCitations":{"type":"number"}},"required":["cases","claims","supported","contradicted","unsupported","undetermined","nonClaims","citations","fabricatedCitations"],"additionalProperties":false}},"required":["hallucinationRate","caseHallucinationRate","citationCoverage","citationPrecision","factRecall","undeterminedRate","answerRate","errorRate","fabricatedCitationRate","latency","counts"],"additionalProperties":false},"Rate":{"type":"object","properties":{"value":{"type":["number","null"],"description":"numerator / denominator, or null when the denominator is 0 (nothing to measure)."},"numerator":{"type":"number"},"denominator":{"type":"number"},"ci":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}],"description":"Wilson score 95 % interval; null when the denominator is 0."}},"required":["value","numerator","denominator","ci"],"additionalProperties":false,"description":"A rate with everything needed to trace and trust it."},"LatencySummary":{"type":"object","properties":{"count":{"type":"number"},"p50":{"type":"number"},"p95":{"type":"number"},"p99":{"type":"number"}},"required":["count","p50","p95","p99"],"additionalProperties":false},"CategoryMetrics":{"type":"object","properties":{"category":{"type":"string"},"cases":{"type":"number"},"hallucinationRate":{"$ref":"#/definitions/Rate"},"caseHallucinationRate":{"$ref":"#/definitions/Rate"},"citationCoverage":{"$ref":"#/definitions/Rate"},"factRecall":{"$ref":"#/definitions/Rate"}},"required":["category","cases","hallucinationRate","caseHallucinationRate","citationCoverage","factRecall"],"additionalProperties":false},"CaseResult":{"type":"object","properties":{"id":{"type":"string"},"category":{"type":"string"},"question":{"type":"string"},"expect":{"type":"string","enum":["answer","abstain"]},"contentHash":{"type":"string"},"status":{"$ref":"#/definitions/CaseStatus"},"answer":{"type":"string"},"error":{"type":["string","null"]},"latencyMs":{"type":["number","null"],"description":"The app\'s own latency_ms when it reports one, else request to answer; null when unknown."},"startupMs":{"type":"number","description":"A fresh worker process\'s first answer, start-up included (when the app reported no latency_ms): kept out of latencyMs and the latency figures."},"claims":{"type":"array","items":{"$ref":"#/definitions/ClaimResult"}},"nonClaims":{"type":"array","items":{"type":"object","properties":{"text":{"type":"string"},"reason":{"type":"string"}},"required":["text","reason"],"additionalProperties":false}},"hallucinated":{"type":"boolean"},"hallucinationReasons":{"type":"array","items":{"type":"string"},"description":"Every reason the case counts as hallucinated, in plain words."},"facts":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}},"forbidden":{"type":"array","items":{"$ref":"#/definitions/FactCheck"}}},"required":["id","category","question","expect","contentHash","status","answer","error","latencyMs","claims","nonClaims","hallucinated","hallucinationReasons","facts","forbidden"],"additionalProperties":false},"CaseStatus":{"type":"string","enum":["answered","abstained","error","missing","not-run"]},"ClaimResult":{"type":"object","properties":{"index":{"type":"number"},"text":{"type":"string"},"citations":{"type":"array","items":{"type":"string"}},"verdict":{"$ref":"#/definitions/ClaimVerdict","description":"The judge\'s verdict against all of the case\'s sources."},"score":{"type":"number"},"evidence":{"anyOf":[{"$ref":"#/definitions/Evidence"},{"type":"null"}]},"judge":{"type":"string"},"reason":{"type":"string"},"hallucinated":{"type":"boolean","description":"contradicted or unsupported."},"citedVerdict":{"anyOf":[{"$ref":"#/definitions/ClaimVerdict"},{"type":"null"}],"description":"Verdict against the concatenation of the claim\'s known cited sources; null without any."},"citationCovered":{"type":"boolean","description":"ALCE citation recall for this claim: ≥ 1 citation and the cited sources entail it."},"citationChecks":{"type":"array","items":{"$ref":"#/definitions/CitationCheck"}}},"required":["index","text","citations","verdict","score","evidence","judge","reason","hallucinated","citedVerdict","citationCovered","citationChecks"],"additionalProperties":false},"ClaimVerdict":{"type":"string","enum":["supported","contradicted","unsupported","undetermined"]},"Evidence":{"type":"object","properties":{"sourceId":{"type":"string"},"sentence":{"type":"string","description":"The source sentence (or span) the judge aligned the claim to."},"start":{"type":"number","description":"Character offsets of `sentence` in the source text."},"end":{"type":"number"}},"required":["sourceId","sentence","start","end"],"additionalProperties":false,"description":"The best place in the sources that bears on a claim."},"CitationCheck":{"type":"object","properties":{"sourceId":{"type":"string"},"known":{"type":"boolean","description":"The id exists in the case\'s sources."},"relevant":{"type":"boolean","description":"ALCE: false when this source alone does not entail the claim and the others do without it."}},"required":["sourceId","known","relevant"],"additionalProperties":false},"FactCheck":{"type":"object","properties":{"text":{"type":"string"},"entailed":{"type":"boolean"},"evidence":{"type":["string","null"]}},"required":["text","entailed","evidence"],"additionalProperties":false},"ReportCoverage":{"type":"object","properties":{"reports":{"type":"array","items":{"type":"object","properties":{"file":{"type":"string"},"format":{"type":"string"}},"required":["file","format"],"additionalProperties":false}},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"},"patch":{"anyOf":[{"type":"object","additionalProperties":false,"properties":{"uncovered":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"type":"array","items":{"type":"number"}}},"required":["path","lines"],"additionalProperties":false}},"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","rate","total","uncovered"]},{"type":"null"}]},"files":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"lines":{"$ref":"#/definitions/CoverageTotals"},"branches":{"$ref":"#/definitions/CoverageTotals"}},"required":["path","lines","branches"],"additionalProperties":false}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["reports","lines","branches","patch","files","warnings"],"additionalProperties":false},"CoverageTotals":{"type":"object","properties":{"covered":{"type":"number"},"total":{"type":"number"},"rate":{"type":["number","null"]}},"required":["covered","total","rate"],"additionalProperties":false},"ReportDrift":{"type":"object","properties":{"status":{"type":"string","enum":["compared","skipped","not-comparable"]},"reason":{"type":["string","null"]},"baseline":{"anyOf":[{"type":"object","properties":{"file":{"type":"string"},"gitSha":{"type":["string","null"]},"createdAt":{"type":["string","null"]}},"required":["file","gitSha","createdAt"],"additionalProperties":false},{"type":"null"}]},"cases":{"type":"object","properties":{"compared":{"type":"number"},"added":{"type":"array","items":{"type":"string"}},"removed":{"type":"array","items":{"type":"string"}},"changed":{"type":"array","items":{"type":"string"}}},"required":["compared","added","removed","changed"],"additionalProperties":false},"findings":{"type":"array","items":{"$ref":"#/definitions/DriftFinding"}}},"required":["status","reason","baseline","cases","findings"],"additionalProperties":false},"DriftFinding":{"type":"object","properties":{"test":{"type":"string","description":"e.g. \\"mcnemar\\", \\"fisher\\", \\"z-test\\", \\"ks\\", \\"psi\\", \\"delta\\"."},"metric":{"type":"string"},"scope":{"type":"string","description":"\\"overall\\" or a category name."},"statistic":{"type":["number","null"]},"pValue":{"type":["number","null"],"description":"The test\'s own p-value, one-sided in the regression direction; null for distances and deltas."},"adjustedPValue":{"type":["number","null"],"description":"pValue after the family-wise correction of the gating tests; null when the finding is not corrected."},"role":{"type":"string","enum":["gating","descriptive"],"description":"gating: can fail the gate (corrected together); descriptive: shown, warns at most."},"correction":{"type":["string","null"],"description":"How adjustedPValue was obtained, in words; null when not corrected."},"effect":{"type":["number","null"]},"effectCi":{"anyOf":[{"type":"object","properties":{"lower":{"type":"number"},"upper":{"type":"number"}},"required":["lower","upper"],"additionalProperties":false},{"type":"null"}]},"direction":{"type":"string","enum":["regression","improvement","none"]},"significant":{"type":"boolean","description":"A regression with (adjusted) p ≤ α and an effect of at least the minimum effect."},"explanation":{"type":"string"}},"required":["test","metric","scope","statistic","pValue","adjustedPValue","role","correction","effect","effectCi","direction","significant","explanation"],"additionalProperties":false},"Verdict":{"type":"object","properties":{"status":{"type":"string","enum":["pass","fail","error","overridden"]},"breaches":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"warnings":{"type":"array","items":{"$ref":"#/definitions/Breach"}},"notes":{"type":"array","items":{"type":"string"},"description":"Thresholds that could not be checked and why (e.g. no coverage report configured)."},"override":{"anyOf":[{"$ref":"#/definitions/OverrideRecord"},{"type":"null"}]}},"required":["status","breaches","warnings","notes","override"],"additionalProperties":false},"Breach":{"type":"object","properties":{"rule":{"type":"string","description":"The policy key that was breached, e.g. \\"max-hallucination-rate\\"."},"severity":{"$ref":"#/definitions/BreachSeverity"},"actual":{"type":["number","null"],"description":"The measured value, when there is one."},"threshold":{"type":["number","null"]},"message":{"type":"string"}},"required":["rule","severity","actual","threshold","message"],"additionalProperties":false},"BreachSeverity":{"type":"string","enum":["fail","warn"]},"OverrideRecord":{"type":"object","properties":{"by":{"type":"string"},"at":{"type":"string"},"via":{"type":"string","enum":["review","label"]},"permission":{"type":"string"},"waived":{"type":"array","items":{"type":"string"}}},"required":["by","at","via","permission","waived"],"additionalProperties":false}}}');
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
