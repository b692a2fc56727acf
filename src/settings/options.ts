import { PUBLISH_OUTPUTS } from '../github/publish.js';

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

export const OPTIONS = [
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
] as const satisfies readonly OptionSpec[];

export type OptionKey = (typeof OPTIONS)[number]['key'];

/** Options of the Action side only (inputs; some are also `factgate comment`'s flags). */
export const GITHUB_OPTIONS = [
  { key: 'judge-api-key', kind: 'string', placeholder: 'KEY', description: 'The LLM judge API key (pass a secret); masked in every log, report and comment.' },
  { key: 'mode', kind: 'string', placeholder: 'MODE', actionDefault: 'run', description: 'run (default): run the gate and publish; comment: post the report artifact of a finished run (fork-safe workflow_run step).' },
  { key: 'github-token', kind: 'string', placeholder: 'TOKEN', actionDefault: '${{ github.token }}', description: 'Token for the comment, the check run, overrides and artifacts (default: the workflow token).' },
  { key: 'comment', kind: 'string', placeholder: 'WHEN', actionDefault: 'always', description: 'Sticky pull-request comment: always (default), on-failure, update-only or off.' },
  { key: 'gate-id', kind: 'string', placeholder: 'ID', actionDefault: 'factgate', description: 'Tells two gates in one repository apart: each keeps its own comment (default factgate).' },
  { key: 'check-run', kind: 'boolean', actionDefault: 'false', description: 'Also create a "factgate" check run with annotations (needs checks: write). Default false.' },
  { key: 'artifact-name', kind: 'string', placeholder: 'NAME', actionDefault: 'factgate-report', description: 'Name of the report artifact that the comment mode downloads (default factgate-report).' },
  { key: 'comment-author', kind: 'string', placeholder: 'LOGIN', description: "Find the sticky comment by this login instead of the token's own identity (rarely needed)." },
] as const satisfies readonly OptionSpec[];

export type GitHubOptionKey = (typeof GITHUB_OPTIONS)[number]['key'];

/** Action outputs, declared once (action.yml is checked against this list in tests). */
export const OUTPUTS = {
  verdict: 'The verdict: pass, fail, error or overridden.',
  'hallucination-rate': 'Hallucinated claims / all claims, as a fraction (empty when nothing was measured).',
  'citation-coverage': 'Claims whose citations support them / all claims, as a fraction.',
  'report-path': 'Path of the report JSON written by this run.',
  ...PUBLISH_OUTPUTS,
} as const;

export type OutputName = keyof typeof OUTPUTS;
