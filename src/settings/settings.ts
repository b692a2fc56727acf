import { isAbsolute, relative, resolve } from 'node:path';
import { parsePathRewrite } from '../coverage/paths.js';
import { JUDGE_AGAINST, type JudgeAgainst } from '../evaluate/retrieval.js';
import { RE2JS } from 're2js';
import { resolvePolicy } from '../policy/resolve-policy.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { ProviderSettings } from '../responses/provider-settings.js';
import { parseShardSpec, type ShardSpec } from '../responses/shard.js';
import { ConfigurationError } from '../shared/errors.js';
import { closest } from '../shared/schema.js';
import { isStandardOutput } from '../shared/output-targets.js';
import { loadConfigFile, locateConfig, type ConfigFile, type LoadedConfig } from './config-file.js';
import { COMMAND_MODES, HYBRID_FALLBACKS, JUDGES, OPTIONS, type OptionKey } from './options.js';

export type JudgeKind = (typeof JUDGES)[number];

export const DEFAULT_JUDGE_API_KEY_ENV = 'FACTGATE_JUDGE_API_KEY';

/** The value of report-json, report-md or report-junit that writes no report. */
export const NO_REPORT = 'none';

/** Where answers come from: a file of precomputed responses, or the running app. */
export type ResponsesSource = { kind: 'file'; path: string } | { kind: 'app'; provider: ProviderSettings };

export interface JudgeSettings {
  kind: JudgeKind;
  /** For llm (and hybrid with llm). */
  url: string | null;
  model: string | null;
  apiKeyEnv: string;
  /** For command (and hybrid with command), already split into argv by the caller. */
  command: string | null;
  concurrency: number | null;
  timeoutMs: number | null;
  /** Judging time per case (null: the default); see evaluate/judging-budget.ts. */
  budgetMs: number | null;
  cache: string | null;
  hybridFallback: 'llm' | 'command' | null;
}

/** Everything a run needs, validated once; paths are absolute. */
export interface Settings {
  cwd: string;
  configFile: string | null;
  goldenSet: string[];
  responses: ResponsesSource;
  /** How the app is driven (command and HTTP providers). */
  run: { concurrency: number | null; timeoutMs: number | null; retries: number | null };
  shard: ShardSpec | null;
  judge: JudgeSettings;
  citationPattern: string | undefined;
  /** both: hallucinated when neither the golden sources nor the retrieved contexts support a claim. */
  judgeAgainst: JudgeAgainst;
  coverage: string[];
  coverageBase: string | null;
  coveragePathMap: string[];
  /** Absolute folders that relative report paths may be relative to. */
  coverageSourceRoot: string[];
  baseline: string | null;
  /** `baseline: auto`: the Action fetches the base branch's latest report itself. */
  baselineAuto: boolean;
  policy: ResolvedPolicy;
  reportJson: string | null;
  reportMd: string | null;
  reportHtml: string | null;
  reportJunit: string | null;
  /** Where each setting came from, for --explain-settings and for warnings. */
  origins: SettingOrigin[];
}

/**
 * The settings that say how the app is reached. A flag or input that chooses the app
 * (--responses, --command, --endpoint) replaces all of them: a mode, folder or time-out
 * left in factgate.yml for one app never applies to another.
 */
export const APP_KEYS = ['responses', 'command', 'command-mode', 'command-cwd', 'endpoint', 'endpoint-header', 'endpoint-body', 'answer-path', 'claims-path', 'concurrency', 'timeout-ms', 'retries'] as const satisfies readonly OptionKey[];
const APP_CHOOSERS = ['responses', 'command', 'endpoint'] as const;

export type SettingSource =
  | { from: 'flag' }
  | { from: 'file'; file: string; line: number | null }
  | { from: 'default' }
  /** Written in factgate.yml, but a flag that chooses the app replaced the file's app settings. */
  | { from: 'replaced'; file: string; line: number | null; by: string };

export interface SettingOrigin {
  key: OptionKey;
  /** The value as given (lists joined with ", "); null when the default applies. */
  given: string | null;
  source: SettingSource;
}

/** Option values as given on the command line or as Action inputs (empty ones left out). */
export type RawOptions = Partial<Record<OptionKey, string | string[]>>;

/**
 * Merges flags or inputs over factgate.yml over defaults. Flag paths are relative to the
 * working directory, factgate.yml paths to the file's own directory.
 */
export async function resolveSettings(raw: RawOptions, cwd: string, defaults: { reportJson?: string } = {}): Promise<Settings> {
  const configPath = locateConfig(single(raw.config), cwd);
  const loaded = configPath ? await loadConfigFile(configPath, cwd) : null;
  const fileConfig: ConfigFile = loaded?.config ?? {};
  const chooser = APP_CHOOSERS.find((key) => raw[key] !== undefined);
  const config: ConfigFile = chooser ? withoutKeys(fileConfig, APP_KEYS) : fileConfig;
  const configDir = loaded?.dir ?? cwd;
  const fileOf = loaded ? { file: loaded.file } : {};
  const where = (key: OptionKey): { file?: string; place: string } => (raw[key] !== undefined ? { place: `--${key}` } : { ...fileOf, place: key });

  /** A flag beats factgate.yml; numbers in factgate.yml become strings here and are parsed below. */
  const text = (key: OptionKey & keyof ConfigFile): string | undefined => {
    const flag = single(raw[key]);
    if (flag !== undefined) return flag;
    const value = config[key];
    return value === undefined || value === null ? undefined : typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const path = (key: OptionKey & keyof ConfigFile): string | undefined => {
    const flag = single(raw[key]);
    if (flag !== undefined) return resolve(cwd, flag);
    const value = config[key];
    return typeof value === 'string' ? resolve(configDir, value) : undefined;
  };
  // "-" and /dev/stdout mean standard output, written directly; anything else is a file path.
  const outputPath = (key: 'report-json' | 'report-md' | 'report-html' | 'report-junit'): string | null => {
    const value = text(key);
    return value !== undefined && isStandardOutput(value.trim()) ? value.trim() : (path(key) ?? null);
  };
  const list = (key: OptionKey & keyof ConfigFile): string[] => (raw[key] !== undefined ? toList(raw[key]) : toList(config[key] as string | string[] | undefined));
  const pathList = (key: 'golden-set' | 'coverage' | 'coverage-source-root'): string[] =>
    raw[key] !== undefined ? toList(raw[key]).map((p) => relativeTo(cwd, resolve(cwd, p))) : list(key).map((p) => relativeTo(cwd, resolve(configDir, p)));
  const count = (key: OptionKey & keyof ConfigFile, min: number, max: number): number | null => {
    const value = text(key);
    if (value === undefined) return null;
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new ConfigurationError(`${key} must be a whole number from ${min} to ${max}, not "${value}"`, { ...where(key), fix: `write a number between ${min} and ${max}` });
    }
    return n;
  };
  const oneOf = <T extends string>(key: OptionKey & keyof ConfigFile, allowed: readonly T[]): T | undefined => {
    const value = text(key);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      const guess = closest(value, allowed);
      throw new ConfigurationError(`unknown ${key} "${value}"`, { ...where(key), fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${allowed.join(', ')}` });
    }
    return value as T;
  };

  const goldenSet = pathList('golden-set');
  if (goldenSet.length === 0) {
    throw new ConfigurationError('no golden set given', { ...fileOf, fix: 'pass --golden-set PATH, or set golden-set: in factgate.yml' });
  }

  const describeFileKey = (key: OptionKey): string => {
    const line = loaded?.lineOf(key) ?? null;
    return `${loaded?.file ?? 'factgate.yml'}${line === null ? '' : ` line ${line}`}`;
  };
  const responses = responsesSource({ text, path, list, oneOf, where, count, cwd, configDir, raw, fileOf, describeFileKey });
  const judge = judgeSettings({ text, path, count, oneOf, where });

  const citationPattern = text('citation-pattern');
  if (citationPattern !== undefined) checkCitationPattern(citationPattern, where('citation-pattern'));

  // Checked now, not when coverage is read: a wrong map is the user's to fix (exit 2), never a gate breach.
  const coveragePathMap = list('coverage-path-map');
  for (const rewrite of coveragePathMap) parsePathRewrite(rewrite, where('coverage-path-map'));

  const shardText = text('shard');
  const policyFlag = single(raw.policy);
  return {
    cwd,
    configFile: loaded?.file ?? null,
    goldenSet,
    responses,
    run: { concurrency: count('concurrency', 1, 1024), timeoutMs: count('timeout-ms', 1, 86_400_000), retries: count('retries', 0, 10) },
    shard: shardText === undefined ? null : parseShardSpec(shardText, { file: loaded?.file ?? 'command line', place: where('shard').place }),
    judge,
    citationPattern,
    judgeAgainst: oneOf('judge-against', JUDGE_AGAINST) ?? 'both',
    coverage: pathList('coverage').map((p) => resolve(cwd, p)),
    coverageBase: text('coverage-base') ?? null,
    coveragePathMap,
    coverageSourceRoot: pathList('coverage-source-root').map((p) => resolve(cwd, p)),
    baseline: text('baseline') === 'auto' ? null : (path('baseline') ?? null),
    baselineAuto: text('baseline') === 'auto',
    policy: policyFlag !== undefined ? resolvePolicy(policyFlag) : resolvePolicy(config.policy ?? 'standard', loaded?.file),
    // "none" turns a report off, including the CLI's default one; "-" is standard output.
    reportJson: text('report-json') === NO_REPORT ? null : (outputPath('report-json') ?? (defaults.reportJson === undefined ? null : resolve(cwd, defaults.reportJson))),
    reportMd: text('report-md') === NO_REPORT ? null : outputPath('report-md'),
    reportHtml: text('report-html') === NO_REPORT ? null : outputPath('report-html'),
    reportJunit: text('report-junit') === NO_REPORT ? null : outputPath('report-junit'),
    origins: settingOrigins(raw, fileConfig, loaded, chooser),
  };
}

function settingOrigins(raw: RawOptions, fileConfig: ConfigFile, loaded: LoadedConfig | null, chooser: string | undefined): SettingOrigin[] {
  return OPTIONS.filter((o) => o.key !== 'config').map(({ key }): SettingOrigin => {
    if (raw[key] !== undefined) return { key, given: shown(raw[key]), source: { from: 'flag' } };
    const written = fileConfig[key as keyof ConfigFile];
    if (written === undefined || written === null || !loaded) return { key, given: null, source: { from: 'default' } };
    const at = { file: loaded.file, line: loaded.lineOf(key) };
    const replaced = chooser !== undefined && (APP_KEYS as readonly string[]).includes(key);
    return { key, given: shown(written), source: replaced ? { from: 'replaced', ...at, by: `--${chooser}` } : { from: 'file', ...at } };
  });
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => shown(v)).join(', ');
  if (typeof value === 'object' && value !== null) return 'extends' in value ? `custom (extends ${String(value.extends)})` : JSON.stringify(value);
  return String(value);
}

function withoutKeys(config: ConfigFile, keys: readonly string[]): ConfigFile {
  return Object.fromEntries(Object.entries(config).filter(([key]) => !keys.includes(key))) as ConfigFile;
}

interface Readers {
  text: (key: OptionKey & keyof ConfigFile) => string | undefined;
  path: (key: OptionKey & keyof ConfigFile) => string | undefined;
  list: (key: OptionKey & keyof ConfigFile) => string[];
  count: (key: OptionKey & keyof ConfigFile, min: number, max: number) => number | null;
  oneOf: <T extends string>(key: OptionKey & keyof ConfigFile, allowed: readonly T[]) => T | undefined;
  where: (key: OptionKey) => { file?: string; place: string };
}

function responsesSource(
  r: Pick<Readers, 'text' | 'path' | 'list' | 'oneOf' | 'where' | 'count'> & { cwd: string; configDir: string; raw: RawOptions; fileOf: { file?: string }; describeFileKey: (key: OptionKey) => string },
): ResponsesSource {
  const given = (['responses', 'command', 'endpoint'] as const).filter((key) => r.text(key) !== undefined);
  if (given.length === 0) {
    throw new ConfigurationError("no answers: factgate needs the application's responses", {
      ...r.fileOf,
      fix: 'pass --responses FILE (precomputed answers), --command "CMD" (run the app) or --endpoint URL (call the app), or set one in factgate.yml',
    });
  }
  if (given.length > 1) {
    throw new ConfigurationError(`${given.map((k) => `${k}`).join(' and ')} are both set; the answers must come from one place`, {
      ...r.where(given[1]!),
      fix: `keep one of ${given.join(', ')}`,
    });
  }
  const origin = { file: r.fileOf.file ?? 'command line', describeKey: (field: string) => FIELD_KEYS[field] ?? field };
  if (given[0] === 'responses') return { kind: 'file', path: r.path('responses')! };
  if (given[0] === 'command') {
    const mode = r.oneOf('command-mode', COMMAND_MODES) ?? 'per-case';
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
        command: r.text('command')!,
        // The app runs where the settings say: flags from the working directory, factgate.yml from its folder.
        cwd: commandCwd === undefined ? (r.raw.command !== undefined ? r.cwd : r.configDir) : resolve(cwdFlag ? r.cwd : r.configDir, commandCwd),
        origin,
      },
    };
  }
  const headers: Record<string, string> = {};
  for (const line of r.list('endpoint-header')) {
    const colon = line.indexOf(':');
    if (colon <= 0) {
      throw new ConfigurationError(`the header "${line}" has no "Name: value" form`, { ...r.where('endpoint-header'), fix: 'write each header as Name: value, e.g. Authorization: Bearer ${APP_TOKEN}' });
    }
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  const body = r.text('endpoint-body');
  let bodyTemplate: HttpBody | undefined;
  if (body !== undefined) {
    try {
      bodyTemplate = JSON.parse(body) as HttpBody;
    } catch (error) {
      throw new ConfigurationError(`the request body template is not JSON: ${error instanceof Error ? error.message : String(error)}`, {
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
      endpoint: r.text('endpoint')!,
      headers,
      ...(bodyTemplate !== undefined ? { bodyTemplate } : {}),
      ...(answerPath !== undefined ? { answerPath } : {}),
      ...(claimsPath !== undefined ? { claimsPath } : {}),
      ...(contextsPath !== undefined ? { contextsPath } : {}),
      origin,
    },
  };
}

type HttpBody = Record<string, unknown> | unknown[];

/** Provider field names → the option key a user writes, for error messages. */
const FIELD_KEYS: Record<string, string> = {
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

function judgeSettings(r: Pick<Readers, 'text' | 'path' | 'count' | 'oneOf' | 'where'>): JudgeSettings {
  const kind = r.oneOf('judge', JUDGES) ?? 'deterministic';
  const settings: JudgeSettings = {
    kind,
    url: r.text('judge-url') ?? null,
    model: r.text('judge-model') ?? null,
    apiKeyEnv: r.text('judge-api-key-env') ?? DEFAULT_JUDGE_API_KEY_ENV,
    command: r.text('judge-command') ?? null,
    concurrency: r.count('judge-concurrency', 1, 256),
    timeoutMs: r.count('judge-timeout-ms', 1, 86_400_000),
    budgetMs: r.count('judge-budget-ms', 1, 86_400_000),
    cache: r.path('judge-cache') ?? null,
    hybridFallback: r.oneOf('hybrid-fallback', HYBRID_FALLBACKS) ?? null,
  };
  const needs = kind === 'hybrid' ? (settings.hybridFallback ?? (settings.command && !settings.url ? 'command' : 'llm')) : kind;
  if (kind === 'hybrid') settings.hybridFallback = needs as 'llm' | 'command';
  if (needs === 'llm' && (!settings.url || !settings.model)) {
    throw new ConfigurationError(`the ${kind} judge needs ${!settings.url ? 'judge-url' : 'judge-model'}`, {
      ...r.where('judge'),
      fix: 'set judge-url (an OpenAI-compatible base URL, e.g. https://api.openai.com/v1) and judge-model, with the key in FACTGATE_JUDGE_API_KEY',
    });
  }
  if (needs === 'command' && !settings.command) {
    throw new ConfigurationError(`the ${kind} judge needs judge-command`, { ...r.where('judge'), fix: 'set judge-command to the program that reads claims as JSON Lines and writes verdicts' });
  }
  return settings;
}

/** Compiled by RE2, as the claims extractor compiles it: linear-time matching, so no pattern can hang a run. */
function checkCitationPattern(pattern: string, where: { file?: string; place: string }): void {
  let groups: number;
  try {
    groups = RE2JS.compile(pattern).groupCount();
  } catch (error) {
    throw new ConfigurationError(`the citation pattern is not a valid RE2 regular expression: ${error instanceof Error ? error.message : String(error)}`, {
      ...where,
      fix: 'write an RE2 regular expression (no look-arounds or back-references), for example \\[(S?\\d+(?:,\\s*S?\\d+)*)\\]',
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
