import { DEFAULT_JUDGE_BUDGET_MS } from '../evaluate/judging-budget.js';
import { PROVIDER_DEFAULTS } from '../responses/provider-settings.js';
import { DEFAULT_JUDGE_API_KEY_ENV, type SettingOrigin, type SettingSource } from './settings.js';
import { DEFAULT_REPORT_JSON } from './report-defaults.js';

/** What applies when a setting is given nowhere (the rest are simply off). */
const DEFAULTS: Partial<Record<SettingOrigin['key'], string>> = {
  'command-mode': 'per-case',
  'answer-path': PROVIDER_DEFAULTS.answerPath,
  concurrency: String(PROVIDER_DEFAULTS.concurrency),
  'timeout-ms': String(PROVIDER_DEFAULTS.timeoutMs),
  retries: String(PROVIDER_DEFAULTS.retries),
  judge: 'deterministic',
  'judge-api-key-env': DEFAULT_JUDGE_API_KEY_ENV,
  'judge-budget-ms': String(DEFAULT_JUDGE_BUDGET_MS),
  policy: 'standard',
  'report-json': DEFAULT_REPORT_JSON,
};

function describeSource(source: SettingSource): string {
  const at = (file: string, line: number | null): string => (line === null ? file : `${file} line ${line}`);
  switch (source.from) {
    case 'flag':
      return 'flag';
    case 'file':
      return at(source.file, source.line);
    case 'default':
      return 'default';
    case 'replaced':
      return `not used: ${at(source.file, source.line)}, replaced by ${source.by}`;
  }
}

/** `factgate run --explain-settings`: one line per setting, its value and where it came from. */
export function explainSettings(origins: readonly SettingOrigin[], configFile: string | null): string {
  const rows = origins.map((o) => [o.key, o.given ?? DEFAULTS[o.key] ?? '(not set)', describeSource(o.source)] as const);
  const width = Math.max(...rows.map(([key]) => key.length)) + 2;
  const valueWidth = Math.min(48, Math.max(...rows.map(([, value]) => value.length)) + 2);
  const clip = (value: string): string => (value.length > valueWidth - 2 ? value.slice(0, valueWidth - 3) + '…' : value);
  return [
    `Settings: a flag beats ${configFile ?? 'factgate.yml (none found)'}, which beats the default; a flag that chooses the app (--responses, --command, --endpoint) replaces all the file's app settings.`,
    ...rows.map(([key, value, source]) => `  ${key.padEnd(width)}${clip(value).padEnd(valueWidth)}${source}`),
    '',
  ].join('\n');
}

/** The warning a run prints when a flag set aside app settings written in factgate.yml. */
export function replacedSettingsWarning(origins: readonly SettingOrigin[]): string | null {
  const replaced = origins.filter((o) => o.source.from === 'replaced');
  const first = replaced[0]?.source;
  if (!first || first.from !== 'replaced') return null;
  const keys = replaced.map((o) => (o.source.from === 'replaced' && o.source.line !== null ? `${o.key} (line ${o.source.line})` : o.key));
  return `${first.by} replaces the app settings of ${first.file}: ${keys.join(', ')} ${replaced.length === 1 ? 'is' : 'are'} not used; give them as flags if this app needs them`;
}
