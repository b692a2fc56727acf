export const id = 223;
export const ids = [223];
export const modules = {

/***/ 75223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_USAGE: () => (/* binding */ RUN_USAGE),
  runRunCommand: () => (/* binding */ runRunCommand)
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

// EXTERNAL MODULE: ./.build/src/pipeline/report-files.js
var report_files = __webpack_require__(70304);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/src/drift/index.js + 8 modules
var drift = __webpack_require__(5492);
// EXTERNAL MODULE: ./.build/src/evaluate/claims.js + 3 modules
var claims = __webpack_require__(15790);
// EXTERNAL MODULE: ./.build/src/evaluate/evaluate.js
var evaluate = __webpack_require__(95896);
// EXTERNAL MODULE: ./.build/src/pipeline/evaluation-pool.js + 1 modules
var evaluation_pool = __webpack_require__(80129);
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
        metrics: (0,metrics/* computeMetrics */.pH)(input.cases),
        categories: (0,metrics/* computeCategoryMetrics */.jE)(input.cases),
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
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/secrets.js
var shared_secrets = __webpack_require__(85848);
// EXTERNAL MODULE: ./.build/src/coverage/index.js + 19 modules
var coverage = __webpack_require__(40644);
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
    const { createLlmJudge } = settings.kind === 'llm' || settings.kind === 'hybrid' ? await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(836)]).then(__webpack_require__.bind(__webpack_require__, 48836)) : { createLlmJudge: null };
    const { createCommandJudge } = settings.kind === 'command' || settings.kind === 'hybrid' ? await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 2049)) : { createCommandJudge: null };
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

// EXTERNAL MODULE: ./.build/src/pipeline/judge-report.js + 1 modules
var judge_report = __webpack_require__(62569);
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
    const secrets = deps.secrets ?? new shared_secrets/* SecretMask */.fZ();
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
    unjudged.coverage = await measureCoverage(settings, deps.runGit ?? (0,git_runner/* gitRunner */.X)(settings.cwd), inputProblems, deps.changedLines ?? null);
    const baseline = await baselineFor(settings, inputProblems, deps.noBaselineReason);
    const report = (0,judge_report/* judgeReport */.wI)(unjudged, { ...baseline, inputProblems });
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
        const reason = noBaselineReason ?? (settings.baselineAuto ? 'baseline: auto finds the base branch report only in GitHub Actions, on a pull request' : judge_report/* NO_BASELINE_REASON */.rJ);
        return { baseline: null, noBaselineReason: reason };
    }
    const display = (0,external_node_path_.relative)(settings.cwd, settings.baseline) || settings.baseline;
    try {
        const baseline = await (0,drift/* loadBaselineReport */.gX)(settings.baseline, display);
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
// EXTERNAL MODULE: ./.build/src/shared/output-targets.js
var output_targets = __webpack_require__(38727);
// EXTERNAL MODULE: ./.build/src/report/terminal.js
var terminal = __webpack_require__(3228);
// EXTERNAL MODULE: ./.build/src/settings/options.js
var options = __webpack_require__(82139);
// EXTERNAL MODULE: ./.build/src/evaluate/judging-budget.js
var judging_budget = __webpack_require__(437);
// EXTERNAL MODULE: ./.build/src/responses/provider-settings.js
var provider_settings = __webpack_require__(91721);
// EXTERNAL MODULE: ./.build/src/coverage/paths.js
var paths = __webpack_require__(56990);
// EXTERNAL MODULE: ./.build/src/evaluate/retrieval.js
var retrieval = __webpack_require__(72851);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/policy/keys.js
var keys = __webpack_require__(68384);
// EXTERNAL MODULE: ./.build/src/policy/presets.js
var presets = __webpack_require__(42462);
// EXTERNAL MODULE: ./.build/src/policy/types.js
var policy_types = __webpack_require__(35639);
;// CONCATENATED MODULE: ./.build/src/policy/resolve-policy.js





function isPresetName(name) {
    return policy_types/* PRESET_NAMES */.d.includes(name);
}
function presetPolicy(name, file) {
    if (!isPresetName(name)) {
        const guess = (0,schema/* closest */.kp)(name, policy_types/* PRESET_NAMES */.d);
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
    for (const [field, { key, kind }] of Object.entries(keys/* THRESHOLD_KEYS */.Hj)) {
        if (!(key in spec))
            continue;
        policy.thresholds[field] = kind === 'rate' ? parseRate(spec[key], `policy.${key}`, file) : spec[key];
    }
    for (const [field, key] of Object.entries(keys/* OPTION_KEYS */.XJ)) {
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
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"qo":{"golden-set":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"responses":{"type":"string","minLength":1,"maxLength":4096},"command":{"type":"string","minLength":1,"maxLength":4096},"command-mode":{"type":"string","enum":["per-case","worker"]},"command-cwd":{"type":"string","minLength":1,"maxLength":4096},"endpoint":{"type":"string","pattern":"^https?://","maxLength":4096},"endpoint-header":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"endpoint-body":{"anyOf":[{"type":"string","minLength":1,"maxLength":100000},{"type":"object"},{"type":"array"}]},"answer-path":{"type":"string","minLength":1,"maxLength":256},"claims-path":{"type":"string","minLength":1,"maxLength":256},"contexts-path":{"type":"string","minLength":1,"maxLength":256},"concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"worker-start-timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"retries":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"shard":{"type":"string","pattern":"^[0-9]+/[0-9]+$"},"judge":{"type":"string","enum":["deterministic","llm","command","hybrid"]},"judge-url":{"type":"string","pattern":"^https?://","maxLength":4096},"judge-model":{"type":"string","minLength":1,"maxLength":256},"judge-api-key-env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":128},"judge-command":{"type":"string","minLength":1,"maxLength":4096},"judge-concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-budget-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-cache":{"type":"string","minLength":1,"maxLength":4096},"hybrid-fallback":{"type":"string","enum":["llm","command"]},"judge-against":{"type":"string","enum":["both","sources","contexts"]},"citation-pattern":{"type":"string","minLength":1,"maxLength":500},"coverage":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-base":{"type":"string","minLength":1,"maxLength":256},"coverage-path-map":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-source-root":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"policy":{"anyOf":[{"type":"string","enum":["strict","standard","permissive"]},{"$ref":"#/definitions/policy"}]},"baseline":{"type":"string","minLength":1,"maxLength":4096},"report-json":{"type":"string","minLength":1,"maxLength":4096},"report-md":{"type":"string","minLength":1,"maxLength":4096},"report-html":{"type":"string","minLength":1,"maxLength":4096},"report-junit":{"type":"string","minLength":1,"maxLength":4096}},"BG":{"JN":{"qo":{"extends":{"type":"string","enum":["strict","standard","permissive"],"description":"The preset this policy starts from."},"name":{"type":"string","minLength":1,"maxLength":64},"max-hallucination-rate":{"$ref":"#/definitions/rate"},"max-case-hallucination-rate":{"$ref":"#/definitions/rate"},"min-citation-coverage":{"$ref":"#/definitions/rate"},"min-citation-precision":{"$ref":"#/definitions/rate"},"min-fact-recall":{"$ref":"#/definitions/rate"},"min-faithfulness":{"$ref":"#/definitions/rate"},"min-context-recall":{"$ref":"#/definitions/rate"},"min-context-precision":{"$ref":"#/definitions/rate"},"max-undetermined-rate":{"$ref":"#/definitions/rate"},"max-error-rate":{"$ref":"#/definitions/rate"},"max-latency-p95-ms":{"$ref":"#/definitions/milliseconds"},"min-line-coverage":{"$ref":"#/definitions/rate"},"min-branch-coverage":{"$ref":"#/definitions/rate"},"min-patch-coverage":{"$ref":"#/definitions/rate"},"max-line-coverage-drop":{"$ref":"#/definitions/rate"},"regression":{"$ref":"#/definitions/action"},"alpha":{"type":"number","exclusiveMinimum":0,"maximum":0.5},"min-effect":{"type":"number","minimum":0,"maximum":1},"missing-responses":{"$ref":"#/definitions/action"},"unknown-responses":{"$ref":"#/definitions/action"},"missing-inputs":{"$ref":"#/definitions/action"},"judge-score-drift":{"$ref":"#/definitions/action"},"latency-drift":{"$ref":"#/definitions/action"},"certification":{"$ref":"#/definitions/action"},"certification-bound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson."},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"override-label":{"type":"string","minLength":1,"maxLength":50}}}}}');
// EXTERNAL MODULE: ./.build/src/shared/files.js
var files = __webpack_require__(88358);
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
        return value !== undefined && (0,output_targets/* isStandardOutput */.H)(value.trim()) ? value.trim() : (path(key) ?? null);
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
        (0,paths/* parsePathRewrite */.hS)(rewrite, where('coverage-path-map'));
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
    return options/* OPTIONS */.lw.filter((o) => o.key !== 'config').map(({ key }) => {
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
        const mode = r.oneOf('command-mode', options/* COMMAND_MODES */.lq) ?? 'per-case';
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
    const kind = r.oneOf('judge', options/* JUDGES */.Ro) ?? 'deterministic';
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
        hybridFallback: r.oneOf('hybrid-fallback', options/* HYBRID_FALLBACKS */.Lo) ?? null,
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

// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/run-command.js













const RUN_USAGE = `Usage: factgate run [options]

Runs the golden set's answers through the judge, applies the policy and prints the verdict.

Options:
${options/* OPTIONS */.lw.map((o) => `  --${o.key}${'placeholder' in o ? ` ${o.placeholder}` : ''}`.padEnd(30) + o.description).join('\n')}
  --explain-settings          Print every setting, its value and where it came from (flag, file and line, default), and stop.
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the input or settings are wrong.
Settings come from flags, then factgate.yml, then defaults (policy: standard). A flag that
chooses the app (--responses, --command, --endpoint) replaces all the app settings of
factgate.yml (mode, folder, time-outs). The report goes to ${DEFAULT_REPORT_JSON} unless
--report-json names another file (or none).`;
async function runRunCommand(argv, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)(argv, 'run', {
        ...Object.fromEntries(options/* OPTIONS */.lw.map((o) => [o.key, { type: 'string', multiple: o.kind === 'list' }])),
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
    // Before any work: an hour's run must not end on a path that cannot be written.
    const files = { json: settings.reportJson, md: settings.reportMd, html: settings.reportHtml, junit: settings.reportJunit };
    await (0,output_targets/* checkOutputTargets */.y)((0,report_files/* outputTargets */.oO)(files));
    const cancel = new AbortController();
    const stop = () => {
        io.stderr('factgate: stopping; a partial report will be written\n');
        cancel.abort();
    };
    io.onInterrupt?.(stop);
    const { report, baseline } = await runGate(settings, {
        version: io.version,
        now: () => new Date(),
        git: gitFactsFromEnv(io.env),
        env: io.env,
        signal: cancel.signal,
        progress: createProgress({ write: io.stderr, isTTY: io.stderrIsTTY ?? false }),
        warn: (message) => io.stderr(`warning: ${(0,shared_escape/* escapeLogText */.dD)(message)}\n`),
        ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
        secrets: io.secrets,
    });
    await (0,report_files/* writeOutputs */.Kn)(report, files, io.stdout, baseline);
    const verdictTo = (0,report_files/* reportOnStandardOutput */.WT)(files) ? io.stderr : io.stdout;
    const reportPaths = (0,report_files/* writtenPaths */.MD)(files).map((path) => displayPath(io.cwd, path));
    verdictTo((0,terminal/* renderTerminal */.bF)(report, { color: io.color, reportPaths, ...(io.columns ? { width: io.columns } : {}) }));
    if ((0,report_files/* outputTargets */.oO)(files).length === 0)
        verdictTo('No report written (report-json: none).\n');
    return (0,cli_io/* exitCodeFor */.Rr)(report);
}
/** A written file as the user would type it: relative inside the working directory. */
function displayPath(cwd, path) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? path : rel;
}


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


/***/ }),

/***/ 35639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ PRESET_NAMES)
/* harmony export */ });
const PRESET_NAMES = ['strict', 'standard', 'permissive'];


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


/***/ })

};
