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
}

export const OPTIONS = [
  { key: 'config', kind: 'string', placeholder: 'FILE', cliOnly: true, description: 'Settings file (default: factgate.yml in the working directory, when present).' },
  { key: 'golden-set', kind: 'list', placeholder: 'PATH', description: 'Golden-set files, directories or globs (.json, .jsonl, .yaml, .yml).' },
  { key: 'responses', kind: 'string', placeholder: 'FILE', description: "The application's answers: a JSON array or JSON Lines file keyed by case id." },
  { key: 'judge', kind: 'string', placeholder: 'NAME', description: 'Claim judge: deterministic (default, offline).' },
  { key: 'citation-pattern', kind: 'string', placeholder: 'REGEX', description: 'Inline citation marker pattern; its first group holds the ids (default matches [S1], [1], [S1, S2], [^1]).' },
  { key: 'coverage', kind: 'list', placeholder: 'FILE', description: 'Code-coverage reports (Cobertura, JaCoCo, LCOV, Clover).' },
  { key: 'coverage-base', kind: 'string', placeholder: 'REF', description: 'Git ref to diff against for patch coverage (its merge base with HEAD), e.g. origin/main.' },
  { key: 'coverage-path-map', kind: 'list', placeholder: 'FROM=>TO', description: 'Rewrites of report paths to repository paths, e.g. /app/=>services/api/ (containers, monorepos).' },
  { key: 'policy', kind: 'string', placeholder: 'NAME', description: 'Gating policy: strict, standard (default) or permissive; custom policies go in factgate.yml.' },
  { key: 'baseline', kind: 'string', placeholder: 'FILE', description: "The base branch's factgate report, for drift tests." },
  { key: 'report-json', kind: 'string', placeholder: 'FILE', description: 'Where to write the report JSON.' },
  { key: 'report-md', kind: 'string', placeholder: 'FILE', description: 'Where to write the Markdown report.' },
] as const satisfies readonly OptionSpec[];

export type OptionKey = (typeof OPTIONS)[number]['key'];

/** Options of the GitHub side only: the Action's inputs and `factgate comment`'s flags. */
export const GITHUB_OPTIONS = [
  { key: 'mode', kind: 'string', placeholder: 'MODE', description: 'run (default): run the gate and publish; comment: post the report artifact of a finished run (fork-safe workflow_run step).' },
  { key: 'github-token', kind: 'string', placeholder: 'TOKEN', description: 'Token for the comment, the check run, overrides and artifacts (default: the workflow token).' },
  { key: 'comment', kind: 'string', placeholder: 'WHEN', description: 'Sticky pull-request comment: always (default), on-failure, update-only or off.' },
  { key: 'gate-id', kind: 'string', placeholder: 'ID', description: 'Tells two gates in one repository apart: each keeps its own comment (default factgate).' },
  { key: 'check-run', kind: 'boolean', description: 'Also create a "factgate" check run with annotations (needs checks: write). Default false.' },
  { key: 'artifact-name', kind: 'string', placeholder: 'NAME', description: 'Name of the report artifact that the comment mode downloads (default factgate-report).' },
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
