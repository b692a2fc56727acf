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
  { key: 'policy', kind: 'string', placeholder: 'NAME', description: 'Gating policy: strict, standard (default) or permissive; custom policies go in factgate.yml.' },
  { key: 'baseline', kind: 'string', placeholder: 'FILE', description: "The base branch's factgate report, for drift tests." },
  { key: 'report-json', kind: 'string', placeholder: 'FILE', description: 'Where to write the report JSON.' },
  { key: 'report-md', kind: 'string', placeholder: 'FILE', description: 'Where to write the Markdown report.' },
] as const satisfies readonly OptionSpec[];

export type OptionKey = (typeof OPTIONS)[number]['key'];

/** Action outputs, declared once (action.yml is checked against this list in tests). */
export const OUTPUTS = {
  verdict: 'The verdict: pass, fail, error or overridden.',
  'hallucination-rate': 'Hallucinated claims / all claims, as a fraction (empty when nothing was measured).',
  'citation-coverage': 'Claims whose citations support them / all claims, as a fraction.',
  'report-path': 'Path of the report JSON written by this run.',
} as const;

export type OutputName = keyof typeof OUTPUTS;
