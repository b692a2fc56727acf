import { isAbsolute, relative, resolve } from 'node:path';
import { resolvePolicy } from '../policy/resolve-policy.js';
import type { ResolvedPolicy } from '../policy/types.js';
import { ConfigurationError } from '../shared/errors.js';
import { closest } from '../shared/schema.js';
import { loadConfigFile, locateConfig, type ConfigFile } from './config-file.js';
import { OPTIONS, type OptionKey } from './options.js';

export const JUDGES = ['deterministic'] as const;
export type JudgeKind = (typeof JUDGES)[number];

/** Where answers come from. */
export type ResponsesSource = { kind: 'file'; path: string };

/** Everything a run needs, validated once; paths are absolute. */
export interface Settings {
  cwd: string;
  configFile: string | null;
  goldenSet: string[];
  responses: ResponsesSource;
  judge: JudgeKind;
  citationPattern: string | undefined;
  coverage: string[];
  coverageBase: string | null;
  coveragePathMap: string[];
  baseline: string | null;
  policy: ResolvedPolicy;
  reportJson: string | null;
  reportMd: string | null;
}

/** Option values as given on the command line or as Action inputs (empty ones left out). */
export type RawOptions = Partial<Record<OptionKey, string | string[]>>;

/**
 * Merges flags or inputs over factgate.yml over defaults. Flag paths are relative to the
 * working directory, factgate.yml paths to the file's own directory.
 */
export async function resolveSettings(raw: RawOptions, cwd: string): Promise<Settings> {
  const configPath = locateConfig(single(raw.config), cwd);
  const loaded = configPath ? await loadConfigFile(configPath, cwd) : null;
  const config: ConfigFile = loaded?.config ?? {};
  const configDir = loaded?.dir ?? cwd;
  const where = (key: OptionKey): { file?: string; place: string } =>
    raw[key] !== undefined ? { place: `--${key}` } : { ...(loaded ? { file: loaded.file } : {}), place: key };

  const fromFlagOrConfig = (key: OptionKey & keyof ConfigFile): string | undefined => {
    const flag = single(raw[key]);
    if (flag !== undefined) return resolve(cwd, flag);
    const value = config[key];
    return typeof value === 'string' ? resolve(configDir, value) : undefined;
  };
  const listFromFlagOrConfig = (key: 'golden-set' | 'coverage'): string[] => {
    const flag = raw[key];
    if (flag !== undefined) return toList(flag).map((p) => relativeTo(cwd, resolve(cwd, p)));
    return toList(config[key]).map((p) => relativeTo(cwd, resolve(configDir, p)));
  };

  const goldenSet = listFromFlagOrConfig('golden-set');
  if (goldenSet.length === 0) {
    throw new ConfigurationError('no golden set given', {
      ...(loaded ? { file: loaded.file } : {}),
      fix: 'pass --golden-set PATH, or set golden-set: in factgate.yml',
    });
  }

  const responsesPath = fromFlagOrConfig('responses');
  if (responsesPath === undefined) {
    throw new ConfigurationError('no responses given: factgate needs the application\'s answers', {
      ...(loaded ? { file: loaded.file } : {}),
      fix: 'pass --responses FILE (JSON array or JSON Lines of {"id", "answer"}), or set responses: in factgate.yml',
    });
  }

  const judge = single(raw.judge) ?? config.judge ?? 'deterministic';
  if (!(JUDGES as readonly string[]).includes(judge)) {
    const guess = closest(judge, JUDGES);
    throw new ConfigurationError(`unknown judge "${judge}"`, {
      ...where('judge'),
      fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${JUDGES.join(', ')}`,
    });
  }

  const citationPattern = single(raw['citation-pattern']) ?? config['citation-pattern'];
  if (citationPattern !== undefined) checkCitationPattern(citationPattern, where('citation-pattern'));

  const policyFlag = single(raw.policy);
  const policy = policyFlag !== undefined
    ? resolvePolicy(policyFlag)
    : resolvePolicy(config.policy ?? 'standard', loaded?.file);

  return {
    cwd,
    configFile: loaded?.file ?? null,
    goldenSet,
    responses: { kind: 'file', path: responsesPath },
    judge: judge as JudgeKind,
    citationPattern,
    coverage: listFromFlagOrConfig('coverage').map((p) => resolve(cwd, p)),
    coverageBase: single(raw['coverage-base']) ?? config['coverage-base'] ?? null,
    coveragePathMap: raw['coverage-path-map'] !== undefined ? toList(raw['coverage-path-map']) : toList(config['coverage-path-map']),
    baseline: fromFlagOrConfig('baseline') ?? null,
    policy,
    reportJson: fromFlagOrConfig('report-json') ?? null,
    reportMd: fromFlagOrConfig('report-md') ?? null,
  };
}

function checkCitationPattern(pattern: string, where: { file?: string; place: string }): void {
  let groups: number;
  try {
    groups = (new RegExp(`${pattern}|`).exec('')?.length ?? 1) - 1;
  } catch (error) {
    throw new ConfigurationError(`the citation pattern is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`, {
      ...where,
      fix: 'write a JavaScript regular expression, for example \\[(S?\\d+(?:,\\s*S?\\d+)*)\\]',
    });
  }
  if (groups < 1) {
    throw new ConfigurationError('the citation pattern has no capture group for the source ids', {
      ...where,
      fix: 'wrap the ids part in parentheses, for example \\[([^\\]]+)\\]',
    });
  }
}

function single(value: string | string[] | undefined): string | undefined {
  if (Array.isArray(value)) return value[value.length - 1];
  return value;
}

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/\r?\n/)).map((v) => v.trim()).filter(Boolean);
}

/** Keep globs relative (tinyglobby matches them against cwd); inside cwd use a relative path. */
function relativeTo(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

/** Option keys known to the CLI and the Action, for typo suggestions. */
export const OPTION_NAMES: readonly string[] = OPTIONS.map((o) => o.key);
