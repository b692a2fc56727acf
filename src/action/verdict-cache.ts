import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import type { JudgeSettings } from '../settings/settings.js';
import { getErrorMessage } from '../shared/errors.js';

/** The subset of @actions/cache used, passed in so tests need no cache service. */
export interface CacheService {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/**
 * Restores and saves the judge's verdict cache between workflow runs. Keys carry the
 * judge's identity; every run saves under a new key (cache entries are immutable) and
 * restores the newest one with the same prefix. A cache outage only costs API calls.
 */
export function verdictCacheSync(
  judge: JudgeSettings,
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  service: CacheService,
  warn: (message: string) => void,
): { restore(): Promise<void>; save(): Promise<void> } | null {
  if (!judge.cache || judge.kind === 'deterministic') return null;
  // @actions/cache wants paths relative to the workspace.
  const path = relative(cwd, judge.cache) || judge.cache;
  const identity = createHash('sha256').update(JSON.stringify([judge.kind, judge.url, judge.model, judge.command, judge.hybridFallback])).digest('hex').slice(0, 16);
  const prefix = `factgate-verdicts-${identity}-`;
  const key = `${prefix}${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  return {
    async restore() {
      try {
        await service.restoreCache([path], key, [prefix]);
      } catch (error) {
        warn(`The verdict cache could not be restored (${getErrorMessage(error)}); every claim goes to the judge.`);
      }
    },
    async save() {
      try {
        await service.saveCache([path], key);
      } catch (error) {
        warn(`The verdict cache could not be saved (${getErrorMessage(error)}).`);
      }
    },
  };
}
