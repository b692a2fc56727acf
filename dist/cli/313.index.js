export const id = 313;
export const ids = [313];
export const modules = {

/***/ 8313:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_USAGE: () => (/* binding */ RUN_USAGE),
  runRunCommand: () => (/* binding */ runRunCommand)
});

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

// EXTERNAL MODULE: ./.build/src/pipeline/report-files.js + 1 modules
var report_files = __webpack_require__(77625);
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
// EXTERNAL MODULE: ./.build/src/report/terminal.js
var terminal = __webpack_require__(3228);
// EXTERNAL MODULE: ./.build/src/github/publish.js + 2 modules
var publish = __webpack_require__(79196);
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
    { key: 'comment-author', kind: 'string', placeholder: 'LOGIN', description: "Find the sticky comment by this login instead of the token's own identity (rarely needed); github-actions[bot] and github-actions are the same author." },
    { key: 'publish-failure', kind: 'string', placeholder: 'WHAT', actionDefault: 'warn', description: 'When GitHub will not take the comment or check run after retries: warn (default; the job keeps the verdict) or fail.' },
];
/** Action outputs, declared once (action.yml is checked against this list in tests). */
const OUTPUTS = {
    verdict: 'The verdict: pass, fail, error or overridden.',
    'hallucination-rate': 'Hallucinated claims / all claims, as a fraction (empty when nothing was measured).',
    'citation-coverage': 'Claims whose citations support them / all claims, as a fraction.',
    'report-path': 'Path of the report JSON written by this run.',
    ...publish/* PUBLISH_OUTPUTS */.Bo,
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/coverage/paths.js
var paths = __webpack_require__(56990);
// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/policy/keys.js
var keys = __webpack_require__(68384);
;// CONCATENATED MODULE: ./.build/src/policy/presets.js
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
    return structuredClone(PRESETS[name]);
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
const config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/factgate/factgate/schemas/config.schema.json","title":"factgate.yml","description":"factgate settings. Paths are relative to this file\'s directory. Command-line flags and Action inputs of the same name override these.","type":"object","additionalProperties":false,"properties":{"golden-set":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"responses":{"type":"string","minLength":1,"maxLength":4096},"command":{"type":"string","minLength":1,"maxLength":4096},"command-mode":{"type":"string","enum":["per-case","worker"]},"command-cwd":{"type":"string","minLength":1,"maxLength":4096},"endpoint":{"type":"string","pattern":"^https?://","maxLength":4096},"endpoint-header":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"endpoint-body":{"anyOf":[{"type":"string","minLength":1,"maxLength":100000},{"type":"object"},{"type":"array"}]},"answer-path":{"type":"string","minLength":1,"maxLength":256},"claims-path":{"type":"string","minLength":1,"maxLength":256},"concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"retries":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"shard":{"type":"string","pattern":"^[0-9]+/[0-9]+$"},"judge":{"type":"string","enum":["deterministic","llm","command","hybrid"]},"judge-url":{"type":"string","pattern":"^https?://","maxLength":4096},"judge-model":{"type":"string","minLength":1,"maxLength":256},"judge-api-key-env":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","maxLength":128},"judge-command":{"type":"string","minLength":1,"maxLength":4096},"judge-concurrency":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-timeout-ms":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^[0-9]+$"}]},"judge-cache":{"type":"string","minLength":1,"maxLength":4096},"hybrid-fallback":{"type":"string","enum":["llm","command"]},"citation-pattern":{"type":"string","minLength":1,"maxLength":500},"coverage":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-base":{"type":"string","minLength":1,"maxLength":256},"coverage-path-map":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"coverage-source-root":{"anyOf":[{"type":"string","minLength":1,"maxLength":4096},{"type":"array","minItems":1,"maxItems":1000,"items":{"type":"string","minLength":1,"maxLength":4096}}]},"policy":{"anyOf":[{"type":"string","enum":["strict","standard","permissive"]},{"$ref":"#/definitions/policy"}]},"baseline":{"type":"string","minLength":1,"maxLength":4096},"report-json":{"type":"string","minLength":1,"maxLength":4096},"report-md":{"type":"string","minLength":1,"maxLength":4096}},"definitions":{"rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^[0-9]+(\\\\.[0-9]+)?%$"},{"type":"null"}],"description":"A fraction in [0, 1] (0.02) or a percentage string (\'2%\'); null switches the threshold off."},"milliseconds":{"anyOf":[{"type":"number","minimum":0},{"type":"null"}]},"action":{"type":"string","enum":["fail","warn","ignore"]},"policy":{"type":"object","additionalProperties":false,"required":["extends"],"properties":{"extends":{"type":"string","enum":["strict","standard","permissive"],"description":"The preset this policy starts from."},"name":{"type":"string","minLength":1,"maxLength":64},"max-hallucination-rate":{"$ref":"#/definitions/rate"},"max-case-hallucination-rate":{"$ref":"#/definitions/rate"},"min-citation-coverage":{"$ref":"#/definitions/rate"},"min-citation-precision":{"$ref":"#/definitions/rate"},"min-fact-recall":{"$ref":"#/definitions/rate"},"max-undetermined-rate":{"$ref":"#/definitions/rate"},"max-error-rate":{"$ref":"#/definitions/rate"},"min-line-coverage":{"$ref":"#/definitions/rate"},"min-branch-coverage":{"$ref":"#/definitions/rate"},"min-patch-coverage":{"$ref":"#/definitions/rate"},"max-line-coverage-drop":{"$ref":"#/definitions/rate"},"max-latency-p95-ms":{"$ref":"#/definitions/milliseconds"},"regression":{"$ref":"#/definitions/action"},"missing-responses":{"$ref":"#/definitions/action"},"unknown-responses":{"$ref":"#/definitions/action"},"missing-inputs":{"$ref":"#/definitions/action"},"judge-score-drift":{"$ref":"#/definitions/action"},"latency-drift":{"$ref":"#/definitions/action"},"certification":{"$ref":"#/definitions/action"},"certification-bound":{"type":"string","enum":["exact","wilson"],"description":"The one-sided 95 % bound certification uses: exact (Clopper–Pearson, the default) or Wilson."},"alpha":{"type":"number","exclusiveMinimum":0,"maximum":0.5},"min-effect":{"type":"number","minimum":0,"maximum":1},"override":{"type":"string","enum":["maintainer-approval","write-label","none"]},"override-label":{"type":"string","minLength":1,"maxLength":50}}}}}');
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
    return { file, dir: (0,external_node_path_.dirname)(absolute), config: value };
}
function knownKeys(path) {
    if (path[0] === 'policy')
        return Object.keys(config_schema_namespaceObject.definitions.policy.properties);
    return Object.keys(config_schema_namespaceObject.properties);
}

;// CONCATENATED MODULE: ./.build/src/settings/settings.js







const JUDGES = ['deterministic', 'llm', 'command', 'hybrid'];
const DEFAULT_JUDGE_API_KEY_ENV = 'FACTGATE_JUDGE_API_KEY';
/**
 * Merges flags or inputs over factgate.yml over defaults. Flag paths are relative to the
 * working directory, factgate.yml paths to the file's own directory.
 */
async function resolveSettings(raw, cwd) {
    const configPath = locateConfig(single(raw.config), cwd);
    const loaded = configPath ? await loadConfigFile(configPath, cwd) : null;
    const config = loaded?.config ?? {};
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
    const responses = responsesSource({ text, path, list, oneOf, where, cwd, configDir, raw, fileOf });
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
        coverage: pathList('coverage').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        coverageBase: text('coverage-base') ?? null,
        coveragePathMap,
        coverageSourceRoot: pathList('coverage-source-root').map((p) => (0,external_node_path_.resolve)(cwd, p)),
        baseline: text('baseline') === 'auto' ? null : (path('baseline') ?? null),
        baselineAuto: text('baseline') === 'auto',
        policy: policyFlag !== undefined ? resolvePolicy(policyFlag) : resolvePolicy(config.policy ?? 'standard', loaded?.file),
        reportJson: path('report-json') ?? null,
        reportMd: path('report-md') ?? null,
    };
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

// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/run-command.js









const RUN_USAGE = `Usage: factgate run [options]

Runs the golden set's answers through the judge, applies the policy and prints the verdict.

Options:
${OPTIONS.map((o) => `  --${o.key}${'placeholder' in o ? ` ${o.placeholder}` : ''}`.padEnd(30) + o.description).join('\n')}
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the input or settings are wrong.
Settings come from flags, then factgate.yml, then defaults (policy: standard).`;
async function runRunCommand(argv, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)(argv, 'run', {
        ...Object.fromEntries(OPTIONS.map((o) => [o.key, { type: 'string', multiple: o.kind === 'list' }])),
        help: { type: 'boolean' },
    });
    if (values.help) {
        io.stdout(RUN_USAGE + '\n');
        return 0;
    }
    const raw = values;
    const settings = await resolveSettings(raw, io.cwd);
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
    await (0,report_files/* writeOutputs */.K)(report, settings.reportJson, settings.reportMd, baseline);
    io.stdout((0,shared_escape/* redactSecrets */.fp)((0,terminal/* renderTerminal */.b)(report, { color: io.color }), secrets));
    return (0,cli_io/* exitCodeFor */.Rr)(report);
}


/***/ })

};
