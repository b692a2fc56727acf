import { GITHUB_OPTIONS, OPTIONS, type GitHubOptionKey } from '../settings/options.js';
import type { RawOptions } from '../settings/settings.js';

/** The subset of @actions/core that reading inputs needs, passed in for tests. */
export interface InputReader {
  getInput(name: string): string;
  getMultilineInput(name: string): string[];
}

/** Action inputs → the same raw options the CLI flags give; empty inputs are left out. */
export function readActionInputs(core: InputReader): RawOptions {
  const raw: RawOptions = {};
  for (const option of OPTIONS) {
    if (option.kind === 'list') {
      const values = core.getMultilineInput(option.key).flatMap((line) => line.split(',')).map((v) => v.trim()).filter(Boolean);
      if (values.length > 0) raw[option.key] = values;
    } else {
      const value = core.getInput(option.key).trim();
      if (value !== '') raw[option.key] = value;
    }
  }
  return raw;
}

/** The GitHub-side inputs, trimmed; empty ones left out so defaults apply. */
export function readGitHubInputs(core: InputReader): Partial<Record<GitHubOptionKey, string>> {
  const raw: Partial<Record<GitHubOptionKey, string>> = {};
  for (const option of GITHUB_OPTIONS) {
    const value = core.getInput(option.key).trim();
    if (value !== '') raw[option.key] = value;
  }
  return raw;
}
