import { PRESETS } from '../policy/presets.js';

/** How the app gives its answers, as `factgate init` asks it. */
export const PROVIDERS = ['command', 'worker', 'http', 'file'] as const;
export type ProviderChoice = (typeof PROVIDERS)[number];

export interface ScaffoldChoices {
  provider: ProviderChoice;
  /** The command line (command, worker), the URL (http) or the answers file (file). */
  target: string;
  policy: string;
}

export interface ScaffoldFile {
  /** Relative to the folder `factgate init` runs in, with forward slashes. */
  path: string;
  text: string;
}

export const DEFAULT_TARGETS: Record<ProviderChoice, string> = {
  command: 'python app.py',
  worker: 'python app.py --worker',
  http: 'http://127.0.0.1:8000/answer',
  file: 'responses.jsonl',
};

export const PROVIDER_HELP: Record<ProviderChoice, string> = {
  command: 'run the app once per case: a case JSON on stdin, a response JSON on stdout',
  worker: 'a long-lived app process: one case JSON per line in, one response JSON per line out',
  http: 'POST each case to an app that is already serving HTTP',
  file: 'read answers the app wrote beforehand (JSON array or JSON Lines of {"id", "answer"})',
};

export const POLICY_NAMES = Object.keys(PRESETS);

/** Quotes a YAML scalar only when it has to (a flow indicator, a colon-space, a leading special). */
function yamlScalar(value: string): string {
  return /^[\w./@-][\w ./@=,+-]*$/.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

function providerLines(choices: ScaffoldChoices): string[] {
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

function configFile(choices: ScaffoldChoices): string {
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

function workflowFile(choices: ScaffoldChoices): string {
  const appSteps: Record<ProviderChoice, string[]> = {
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
export function scaffoldFiles(choices: ScaffoldChoices): ScaffoldFile[] {
  return [
    { path: 'factgate.yml', text: configFile(choices) },
    { path: 'golden-sets/example.yaml', text: GOLDEN_SET },
    { path: '.github/workflows/factgate.yml', text: workflowFile(choices) },
  ];
}
