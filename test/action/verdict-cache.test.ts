import { describe, expect, it } from 'vitest';
import { verdictCacheSync, type CacheService } from '../../src/action/verdict-cache.js';
import type { JudgeSettings } from '../../src/settings/settings.js';

const llm: JudgeSettings = {
  kind: 'llm', url: 'https://api.example.test/v1', model: 'm1', apiKeyEnv: 'K', command: null,
  concurrency: null, timeoutMs: null, budgetMs: null, cache: '/work/repo/.factgate/verdicts.json', hybridFallback: null,
};

function recordingService(fail = false): CacheService & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    async restoreCache(paths, key, restoreKeys) {
      calls.push(['restore', paths, key, restoreKeys]);
      if (fail) throw new Error('cache service unavailable');
      return undefined;
    },
    async saveCache(paths, key) {
      calls.push(['save', paths, key]);
      return 1;
    },
  };
}

describe('verdict cache between workflow runs', () => {
  it('restores the newest entry of this judge and saves under a key of this run', async () => {
    const service = recordingService();
    const sync = verdictCacheSync(llm, '/work/repo', { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' }, service, () => undefined)!;
    await sync.restore();
    await sync.save();
    const [restore, save] = service.calls as [string, string[], string, string[]][];
    expect(restore![1]).toEqual(['.factgate/verdicts.json']);
    expect(restore![2]).toMatch(/^factgate-verdicts-[0-9a-f]{16}-42-2$/);
    expect(restore![3]).toEqual([restore![2].replace(/42-2$/, '')]);
    expect(save![2]).toBe(restore![2]);
  });

  it('keys another model apart, and does nothing for the deterministic judge or without a cache file', () => {
    const a = recordingService();
    const b = recordingService();
    void verdictCacheSync(llm, '/work/repo', {}, a, () => undefined)!.restore();
    void verdictCacheSync({ ...llm, model: 'm2' }, '/work/repo', {}, b, () => undefined)!.restore();
    expect(a.calls[0]![2]).not.toBe(b.calls[0]![2]);
    expect(verdictCacheSync({ ...llm, kind: 'deterministic' }, '/w', {}, a, () => undefined)).toBeNull();
    expect(verdictCacheSync({ ...llm, cache: null }, '/w', {}, a, () => undefined)).toBeNull();
  });

  it('turns a cache outage into a warning, never a failure', async () => {
    const warnings: string[] = [];
    await verdictCacheSync(llm, '/work/repo', {}, recordingService(true), (m) => warnings.push(m))!.restore();
    expect(warnings[0]).toContain('could not be restored (cache service unavailable)');
  });
});
