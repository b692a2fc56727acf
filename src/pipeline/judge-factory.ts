import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadVerdictCache, saveVerdictCache, withVerdictCache, type CacheFs, type VerdictCache } from '../evaluate/judges/cache.js';
import { createDeterministicJudge } from '../evaluate/judges/deterministic.js';
import type { Judge } from '../evaluate/types.js';
import type { JudgeSettings } from '../settings/settings.js';

const nodeCacheFs: CacheFs = {
  readFile: (path, encoding) => readFile(path, encoding),
  writeFile: (path, data) => writeFile(path, data),
  mkdir: (path, options) => mkdir(path, options),
};

export interface BuiltJudge {
  judge: Judge;
  /** Values to mask wherever output is shown (the API key). */
  secrets: string[];
  /** Writes the verdict cache back when it changed; a no-op without a cache. */
  save(): Promise<void>;
  cache: VerdictCache | null;
  /** A notice for the log (e.g. an unreadable cache file that was started afresh). */
  warning: string | null;
}

/**
 * The judge the settings name. The cache wraps the judge that makes calls (the LLM or the
 * command), not the deterministic first pass, which is cheaper to recompute than to look up.
 */
export async function buildJudge(
  settings: JudgeSettings,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<BuiltJudge> {
  const apiKey = env[settings.apiKeyEnv];
  const secrets = apiKey ? [apiKey] : [];
  const loaded = settings.cache && settings.kind !== 'deterministic' ? await loadVerdictCache(settings.cache, nodeCacheFs) : null;
  const cached = (judge: Judge & { cacheIdentity: string }): Judge => (loaded ? withVerdictCache(judge, loaded.cache, judge.cacheIdentity) : judge);

  // The judges that call out are loaded only when chosen.
  const { parseCommandLine } = settings.kind === 'command' || settings.kind === 'hybrid' ? await import('../responses/command-line.js') : { parseCommandLine: null };
  const { createLlmJudge } = settings.kind === 'llm' || settings.kind === 'hybrid' ? await import('../evaluate/judges/llm.js') : { createLlmJudge: null };
  const { createCommandJudge } = settings.kind === 'command' || settings.kind === 'hybrid' ? await import('../evaluate/judges/command.js') : { createCommandJudge: null };
  const llm = (): Judge & { cacheIdentity: string } =>
    createLlmJudge!({
      baseUrl: settings.url!,
      model: settings.model!,
      ...(apiKey ? { apiKey } : {}),
      ...(settings.concurrency !== null ? { concurrency: settings.concurrency } : {}),
      ...(settings.timeoutMs !== null ? { timeoutMs: settings.timeoutMs } : {}),
    });
  const command = (): Judge & { cacheIdentity: string } =>
    createCommandJudge!({
      argv: parseCommandLine!(settings.command!, { ...env }, { file: 'settings', place: 'judge-command' }),
      cwd,
      env: { ...env },
      ...(settings.timeoutMs !== null ? { timeoutMs: settings.timeoutMs } : {}),
    });

  let judge: Judge;
  switch (settings.kind) {
    case 'deterministic':
      judge = createDeterministicJudge();
      break;
    case 'llm':
      judge = cached(llm());
      break;
    case 'command':
      judge = cached(command());
      break;
    case 'hybrid': {
      const { createHybridJudge } = await import('../evaluate/judges/hybrid.js');
      judge = createHybridJudge({ first: createDeterministicJudge(), fallback: cached(settings.hybridFallback === 'command' ? command() : llm()) });
      break;
    }
  }
  return {
    judge,
    secrets,
    cache: loaded?.cache ?? null,
    warning: loaded?.warning ?? null,
    save: async () => {
      if (loaded && settings.cache && loaded.cache.changed) await saveVerdictCache(settings.cache, loaded.cache, nodeCacheFs);
    },
  };
}
