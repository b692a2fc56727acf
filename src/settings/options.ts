import { PRESET_NAMES } from '../policy/types.js';
import { JUDGE_AGAINST } from '../evaluate/retrieval.js';

export const JUDGES = ['deterministic', 'llm', 'command', 'hybrid'] as const;
export const COMMAND_MODES = ['per-case', 'worker'] as const;
export const HYBRID_FALLBACKS = ['llm', 'command'] as const;

/**
 * What a factgate.yml value may be; schemas/config.schema.json is generated from these
 * by `npm run build`, so the file's schema can never drift from the flags.
 */
export type OptionValue =
  | { type: 'path' }
  | { type: 'text'; maxLength: number }
  | { type: 'url' }
  | { type: 'count' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'pattern'; pattern: string; maxLength?: number }
  /** A request body template: a string, or JSON written as YAML. */
  | { type: 'template' }
  /** A preset name, or a custom policy (factgate.yml only). */
  | { type: 'policy'; presets: readonly string[] };

/**
 * Every setting's name, declared once. The same kebab-case key is the CLI flag
 * (--KEY), the Action input (KEY) and the factgate.yml key, so users learn one name.
 */
export interface OptionSpec {
  key: string;
  kind: 'string' | 'list' | 'boolean';
  /** One line for --help, action.yml and the README. */
  description: string;
  /** Shown in help; settings apply the real default. */
  placeholder?: string;
  /** Not allowed in factgate.yml (it would name itself). */
  cliOnly?: boolean;
  /** The input's default in action.yml, when the Action has one. */
  actionDefault?: string;
}

/** A run option: also a factgate.yml key (but `config`), whose value the schema describes. */
export interface RunOptionSpec extends OptionSpec {
  value: OptionValue;
}

const PATH = { type: 'path' } as const;
const COUNT = { type: 'count' } as const;
const URL_VALUE = { type: 'url' } as const;
const SHORT_TEXT = { type: 'text', maxLength: 256 } as const;

export const OPTIONS = [
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
  { key: 'judge-against', value: { type: 'enum', values: JUDGE_AGAINST }, kind: 'string', placeholder: 'WHAT', description: 'What the hallucination rate judges claims against when the app returns contexts: both (default: hallucinated when neither supports it), sources or contexts.' },
  { key: 'citation-pattern', value: { type: 'text', maxLength: 500 }, kind: 'string', placeholder: 'REGEX', description: 'Inline citation marker pattern; its first group holds the ids (default matches [S1], [1], [S1, S2], [^1]).' },
  { key: 'coverage', value: PATH, kind: 'list', placeholder: 'FILE', description: 'Code-coverage reports (Cobertura, JaCoCo, LCOV, Clover).' },
  { key: 'coverage-base', value: SHORT_TEXT, kind: 'string', placeholder: 'REF', description: 'Git ref to diff against for patch coverage (its merge base with HEAD), e.g. origin/main.' },
  { key: 'coverage-path-map', value: { type: 'text', maxLength: 4096 }, kind: 'list', placeholder: 'FROM=>TO', description: 'Rewrites of report paths to repository paths, e.g. /app/=>services/api/ (containers, monorepos).' },
  { key: 'coverage-source-root', value: PATH, kind: 'list', placeholder: 'DIR', description: 'Folders that relative report paths are relative to, e.g. packages/web for a package-relative LCOV (as diff-cover --src-roots).' },
  { key: 'policy', value: { type: 'policy', presets: PRESET_NAMES }, kind: 'string', placeholder: 'NAME', description: 'Gating policy: strict, standard (default) or permissive; custom policies go in factgate.yml.' },
  { key: 'baseline', value: PATH, kind: 'string', placeholder: 'FILE', description: "The base branch's factgate report for drift tests: a file, or auto (in the Action: the report artifact of the base branch's latest successful push run)." },
  { key: 'report-json', value: PATH, kind: 'string', placeholder: 'FILE', actionDefault: 'factgate-report.json', description: 'Where to write the report JSON (a regular file, or - for standard output); checked before the run.' },
  { key: 'report-md', value: PATH, kind: 'string', placeholder: 'FILE', description: 'Where to write the Markdown report (a regular file, or - for standard output).' },
  { key: 'report-html', value: PATH, kind: 'string', placeholder: 'FILE', description: 'Where to write the HTML report: one self-contained page to browse every case, offline (the Action uploads it with the report JSON).' },
  { key: 'report-junit', value: PATH, kind: 'string', placeholder: 'FILE', description: "Where to write JUnit XML (one test case per golden case) for CI's test views: GitHub test reporters, GitLab, Jenkins, Buildkite." },
] as const satisfies readonly RunOptionSpec[];

export type OptionKey = (typeof OPTIONS)[number]['key'];

/** The report artifact's name, which the comment step looks for unless told another. */
export const REPORT_ARTIFACT_NAME = 'factgate-report';

/** Options of the Action side only (inputs; some are also `factgate comment`'s flags). */
export const GITHUB_OPTIONS = [
  { key: 'judge-api-key', kind: 'string', placeholder: 'KEY', description: 'The LLM judge API key (pass a secret); masked in every log, report and comment.' },
  { key: 'mode', kind: 'string', placeholder: 'MODE', actionDefault: 'run', description: 'run (default): run the gate and publish; comment: post the report artifact of a finished run (fork-safe workflow_run step).' },
  { key: 'github-token', kind: 'string', placeholder: 'TOKEN', actionDefault: '${{ github.token }}', description: 'Token for the comment, the check run, overrides and artifacts (default: the workflow token).' },
  { key: 'comment', kind: 'string', placeholder: 'WHEN', actionDefault: 'always', description: 'Sticky pull-request comment: always (default), on-failure, update-only or off.' },
  { key: 'gate-id', kind: 'string', placeholder: 'ID', actionDefault: 'factgate', description: 'Tells two gates in one repository apart: each keeps its own comment (default factgate).' },
  { key: 'check-run', kind: 'boolean', actionDefault: 'false', description: 'Also create a "factgate" check run with annotations (needs checks: write). Default false.' },
  { key: 'artifact-name', kind: 'string', placeholder: 'NAME', actionDefault: REPORT_ARTIFACT_NAME, description: 'Name of the report artifact that the comment mode downloads (default factgate-report).' },
  { key: 'comment-author', kind: 'string', placeholder: 'LOGIN', description: "Find the sticky comment by this login instead of the token's own identity (rarely needed); github-actions[bot] and github-actions are the same author." },
  { key: 'publish-failure', kind: 'string', placeholder: 'WHAT', actionDefault: 'warn', description: 'When GitHub will not take the comment or check run after retries: warn (default; the job keeps the verdict) or fail.' },
] as const satisfies readonly OptionSpec[];

export type GitHubOptionKey = (typeof GITHUB_OPTIONS)[number]['key'];

/** Action outputs, declared once (action.yml is checked against this list in tests); the last two are set when publishing. */
export const OUTPUTS = {
  verdict: 'The verdict: pass, fail, error or overridden.',
  'hallucination-rate': 'Hallucinated claims / all claims, as a fraction (empty when nothing was measured).',
  'citation-coverage': 'Claims whose citations support them / all claims, as a fraction.',
  'report-path': 'Path of the report JSON written by this run.',
  'comment-url': 'URL of the pull-request comment, when one was created or updated.',
  'check-run-url': 'URL of the factgate check run, when one was created.',
} as const;

export type OutputName = keyof typeof OUTPUTS;
