export const id = 450;
export const ids = [450];
export const modules = {

/***/ 60450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_USAGE: () => (/* binding */ INIT_USAGE),
  runInitCommand: () => (/* binding */ runInitCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/policy/presets.js
var presets = __webpack_require__(42462);
;// CONCATENATED MODULE: ./.build/src/scaffold/scaffold.js

/** How the app gives its answers, as `factgate init` asks it. */
const PROVIDERS = ['command', 'worker', 'http', 'file'];
const DEFAULT_TARGETS = {
    command: 'python app.py',
    worker: 'python app.py --worker',
    http: 'http://127.0.0.1:8000/answer',
    file: 'responses.jsonl',
};
const PROVIDER_HELP = {
    command: 'run the app once per case: a case JSON on stdin, a response JSON on stdout',
    worker: 'a long-lived app process: one case JSON per line in, one response JSON per line out',
    http: 'POST each case to an app that is already serving HTTP',
    file: 'read answers the app wrote beforehand (JSON array or JSON Lines of {"id", "answer"})',
};
const POLICY_NAMES = Object.keys(presets/* PRESETS */.f);
/** Quotes a YAML scalar only when it has to (a flow indicator, a colon-space, a leading special). */
function yamlScalar(value) {
    return /^[\w./@-][\w ./@=,+-]*$/.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}
function providerLines(choices) {
    const target = yamlScalar(choices.target);
    switch (choices.provider) {
        case 'command':
            return ['# The app, run once per case: a case JSON on stdin, a response JSON on stdout.', `command: ${target}`];
        case 'worker':
            return ['# The app as a long-lived worker: one case JSON per line in, one response JSON per line out.', `command: ${target}`, 'command-mode: worker'];
        case 'http':
            return ['# An app already serving HTTP: each case is POSTed here.', `endpoint: ${target}`, "# Where the answer is in the app's JSON response.", 'answer-path: answer'];
        case 'file':
            return ['# Answers the app wrote beforehand, one {"id", "answer"} per case.', `responses: ${target}`];
    }
}
function configFile(choices) {
    return [
        '# factgate settings. Paths are relative to this file; a flag of the same name overrides a',
        '# setting, and a flag that chooses the app (--command, --endpoint, --responses) replaces',
        '# the whole app block below. `npx factgate run --explain-settings` shows where each came from.',
        'golden-set: golden-sets',
        ...providerLines(choices),
        '# strict, standard or permissive; a custom policy extends one (see the README, "Policies").',
        `policy: ${choices.policy}`,
        'report-json: .factgate/report.json',
        'report-md: .factgate/report.md',
        '',
    ].join('\n');
}
const GOLDEN_SET = `# Two first cases: one the app should answer from its sources, one it should decline.
# Replace them with questions your users ask and the documents your app retrieves.
- id: example-001
  category: product
  question: How many days does a customer have to return an unused item?
  sources:
    - id: S1
      title: Returns policy (example)
      text: |
        Customers may return an unused item within 30 days of delivery for a full refund.
        Items must be in their original packaging. Refunds are paid to the original
        payment method within five working days of receiving the item.
  expected_facts:
    - text: Customers may return an unused item within 30 days of delivery.
      sources: [S1]
  forbidden:
    - Customers may return an unused item within 90 days of delivery.
  expect: answer

- id: example-002
  category: product
  question: Which courier delivers orders to Iceland?
  sources:
    - id: S1
      title: Returns policy (example)
      text: |
        Customers may return an unused item within 30 days of delivery for a full refund.
        Items must be in their original packaging. Refunds are paid to the original
        payment method within five working days of receiving the item.
  expected_facts: []
  # The sources do not say: the right answer is to decline.
  expect: abstain
`;
function workflowFile(choices) {
    const appSteps = {
        command: ['      # Install what your app needs to run here, e.g. actions/setup-python and pip install.'],
        worker: ['      # Install what your app needs to run here, e.g. actions/setup-python and pip install.'],
        http: ['      # Start your app here so that it serves the endpoint in factgate.yml, e.g.', '      #   - run: python app.py --port 8000 &'],
        file: [`      # Write the answers here, e.g.`, `      #   - run: python app.py --golden-set golden-sets --out ${choices.target}`],
    };
    return [
        'name: factgate',
        'on:',
        '  pull_request:',
        '    # labeled/unlabeled: re-run when the override label is added or removed.',
        '    types: [opened, synchronize, reopened, labeled, unlabeled]',
        'permissions:',
        '  contents: read',
        '  pull-requests: write # the sticky comment',
        'concurrency:',
        '  group: factgate-${{ github.event.pull_request.number || github.ref }}',
        '  cancel-in-progress: true',
        'jobs:',
        '  gate:',
        '    # Require this check in branch protection: quality-gate.',
        '    name: quality-gate',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        ...appSteps[choices.provider],
        '      # Reads factgate.yml; inputs of the same names override it.',
        '      - uses: factgate/factgate@v1',
        '',
    ].join('\n');
}
/** The files `factgate init` writes, in the order it reports them. */
function scaffoldFiles(choices) {
    return [
        { path: 'factgate.yml', text: configFile(choices) },
        { path: 'golden-sets/example.yaml', text: GOLDEN_SET },
        { path: '.github/workflows/factgate.yml', text: workflowFile(choices) },
    ];
}

// EXTERNAL MODULE: ./.build/src/shared/errors.js
var errors = __webpack_require__(71958);
// EXTERNAL MODULE: ./.build/src/shared/schema.js
var schema = __webpack_require__(25102);
// EXTERNAL MODULE: ./.build/src/cli/cli-io.js
var cli_io = __webpack_require__(40481);
;// CONCATENATED MODULE: ./.build/src/cli/init-command.js






const INIT_USAGE = `Usage: factgate init [options]

Writes a first factgate.yml, golden-sets/example.yaml (two cases, one to decline) and
.github/workflows/factgate.yml in the working directory. Existing files are never
overwritten. In a terminal it asks how your app answers; in CI (or with --yes) it asks
nothing and uses the flags and defaults.

Options:
  --provider KIND             How the app answers: ${PROVIDERS.join(', ')} (default command).
  --command CMD               The app's command line (command, worker; default "${DEFAULT_TARGETS.command}").
  --endpoint URL              The app's URL (http; default ${DEFAULT_TARGETS.http}).
  --responses FILE            The answers file (file; default ${DEFAULT_TARGETS.file}).
  --policy NAME               ${POLICY_NAMES.join(', ')} (default standard).
  --yes                       Ask nothing; use the flags and defaults.
  --help                      Show this help.`;
const TARGET_FLAG = { command: 'command', worker: 'command', http: 'endpoint', file: 'responses' };
async function runInitCommand(argv, io) {
    const { values } = (0,cli_io/* parseFlags */.bQ)(argv, 'init', {
        provider: { type: 'string' },
        command: { type: 'string' },
        endpoint: { type: 'string' },
        responses: { type: 'string' },
        policy: { type: 'string' },
        yes: { type: 'boolean' },
        help: { type: 'boolean' },
    });
    if (values.help) {
        io.stdout(INIT_USAGE + '\n');
        return 0;
    }
    const ask = values.yes || inCi(io.env) ? undefined : io.prompt;
    const choices = await choose(values, ask);
    const written = [];
    const kept = [];
    for (const file of scaffoldFiles(choices)) {
        const absolute = (0,external_node_path_.join)(io.cwd, file.path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(absolute), { recursive: true });
        try {
            // 'wx' creates the file or fails if it exists: nothing a user wrote is ever replaced.
            await (0,promises_.writeFile)(absolute, file.text, { flag: 'wx' });
            written.push(file.path);
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            kept.push(file.path);
        }
    }
    for (const path of written)
        io.stdout(`wrote ${path}\n`);
    for (const path of kept)
        io.stdout(`kept ${path} (it exists; not overwritten)\n`);
    io.stdout(`\n${nextSteps(choices, kept.includes('factgate.yml'))}\n`);
    return 0;
}
/** CI systems set CI (GitHub, GitLab, Buildkite, Jenkins plugins); "false" or "0" means a person set it off. */
function inCi(env) {
    const value = env.CI?.trim().toLowerCase();
    return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}
/** Flags first; a terminal is asked for what the flags leave open. */
async function choose(flags, ask) {
    let provider = flags.provider === undefined ? undefined : checked('provider', flags.provider, PROVIDERS);
    if (provider === undefined) {
        const given = ['command', 'endpoint', 'responses'].find((key) => flags[key] !== undefined);
        provider = given === 'endpoint' ? 'http' : given === 'responses' ? 'file' : undefined;
    }
    if (provider === undefined && ask) {
        const menu = PROVIDERS.map((p) => `  ${p.padEnd(8)} ${PROVIDER_HELP[p]}`).join('\n');
        provider = checked('provider', (await ask(`How does your app answer?\n${menu}\nprovider [command]: `)).trim() || 'command', PROVIDERS);
    }
    provider ??= 'command';
    const flag = TARGET_FLAG[provider];
    let target = flags[flag];
    if (target === undefined && ask) {
        const label = { command: 'command line', endpoint: 'URL', responses: 'answers file' }[flag];
        target = (await ask(`The app's ${label} [${DEFAULT_TARGETS[provider]}]: `)).trim() || undefined;
    }
    let policy = flags.policy === undefined ? undefined : checked('policy', flags.policy, POLICY_NAMES);
    if (policy === undefined && ask)
        policy = checked('policy', (await ask(`Policy (${POLICY_NAMES.join(', ')}) [standard]: `)).trim() || 'standard', POLICY_NAMES);
    return { provider, target: target ?? DEFAULT_TARGETS[provider], policy: policy ?? 'standard' };
}
function checked(key, value, allowed) {
    if (allowed.includes(value))
        return value;
    const guess = (0,schema/* closest */.kp)(value, allowed);
    throw new errors/* ConfigurationError */.j1(`unknown ${key} "${value}"`, { place: `factgate init --${key}`, fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${allowed.join(', ')}` });
}
function nextSteps(choices, keptConfig) {
    if (keptConfig)
        return 'factgate.yml was already there and is unchanged. Next: npx factgate run';
    const edit = choices.provider === 'file'
        ? `Write your app's answers to ${choices.target}, then run:`
        : choices.provider === 'http'
            ? `Start your app so that it serves ${choices.target}, then run:`
            : `Check that "${choices.target}" runs your app (factgate.yml, command:), then run:`;
    return `${edit}\n  npx factgate run\nIt prints the verdict and writes .factgate/report.json and .factgate/report.md.`;
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


/***/ })

};
