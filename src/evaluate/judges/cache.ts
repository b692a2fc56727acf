import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { Judge, JudgeRequest, JudgeResult } from '../types.js';

/** What is kept for one verdict: the result without its request key. */
export type CachedVerdict = Omit<JudgeResult, 'key'>;

export const VERDICT_CACHE_VERSION = 1;

/**
 * Verdicts by content: the key hashes the judge's identity (kind, model, prompt
 * version) with the question, the claim and the sources, so any change to one of
 * them asks the judge again, and an unchanged re-run asks nothing.
 */
export class VerdictCache {
  private readonly entries = new Map<string, CachedVerdict>();
  hits = 0;
  misses = 0;
  /** Set when a new verdict was stored since loading. */
  changed = false;

  constructor(entries: Iterable<[string, CachedVerdict]> = []) {
    for (const [key, value] of entries) this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedVerdict | undefined {
    const hit = this.entries.get(key);
    if (hit) this.hits++;
    else this.misses++;
    return hit;
  }

  set(key: string, verdict: CachedVerdict): void {
    this.entries.set(key, verdict);
    this.changed = true;
  }

  toJSON(): { version: number; verdicts: Record<string, CachedVerdict> } {
    const sorted = [...this.entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { version: VERDICT_CACHE_VERSION, verdicts: Object.fromEntries(sorted) };
  }
}

export function verdictKey(identity: string, request: Pick<JudgeRequest, 'question' | 'claim' | 'sources'>): string {
  const content = JSON.stringify([identity, request.question, request.claim, request.sources.map((s) => [s.id, s.text])]);
  return createHash('sha256').update(content).digest('hex');
}

/** The file operations the cache needs; pass `node:fs/promises` or a fake. */
export interface CacheFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/**
 * Reads a cache file. A missing file is an empty cache; an unreadable or foreign
 * one is too, with a warning, since a cache is only ever an optimisation.
 */
export async function loadVerdictCache(path: string, fs: CacheFs): Promise<{ cache: VerdictCache; warning?: string }> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: new VerdictCache() };
    return { cache: new VerdictCache(), warning: `verdict cache ${path} could not be read (${(error as Error).message}); starting empty` };
  }
  const parsed = parseCacheFile(text);
  if (typeof parsed === 'string') return { cache: new VerdictCache(), warning: `verdict cache ${path} ${parsed}; starting empty` };
  return { cache: new VerdictCache(parsed) };
}

function parseCacheFile(text: string): [string, CachedVerdict][] | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  const file = data as { version?: unknown; verdicts?: unknown };
  if (file?.version !== VERDICT_CACHE_VERSION || !file.verdicts || typeof file.verdicts !== 'object') {
    return `is not a version ${VERDICT_CACHE_VERSION} verdict cache`;
  }
  return Object.entries(file.verdicts as Record<string, unknown>).filter((entry): entry is [string, CachedVerdict] =>
    isCachedVerdict(entry[0], entry[1]),
  );
}

function isCachedVerdict(key: string, value: unknown): boolean {
  const v = value as Partial<CachedVerdict> | null;
  return (
    /^[0-9a-f]{64}$/.test(key) &&
    !!v &&
    (v.verdict === 'supported' || v.verdict === 'contradicted' || v.verdict === 'unsupported') &&
    typeof v.score === 'number' &&
    typeof v.judge === 'string' &&
    typeof v.reason === 'string' &&
    (v.evidence === null || (typeof v.evidence === 'object' && typeof v.evidence?.sentence === 'string'))
  );
}

export async function saveVerdictCache(path: string, cache: VerdictCache, fs: CacheFs): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  await fs.writeFile(path, `${JSON.stringify(cache.toJSON())}\n`);
}

/**
 * Wraps a judge so that verdicts already in the cache are reused and only the rest
 * are asked. Undetermined verdicts are never stored: the next run tries again.
 */
export function withVerdictCache(judge: Judge, cache: VerdictCache, identity: string): Judge {
  return {
    name: judge.name,
    async judge(requests) {
      const keys = requests.map((request) => verdictKey(identity, request));
      const results: (JudgeResult | undefined)[] = requests.map((request, i) => {
        const hit = cache.get(keys[i] as string);
        return hit ? { ...hit, key: request.key } : undefined;
      });
      const missing = requests.filter((_, i) => results[i] === undefined);
      if (missing.length > 0) {
        const fresh = new Map((await judge.judge(missing)).map((result) => [result.key, result]));
        requests.forEach((request, i) => {
          if (results[i]) return;
          const result = fresh.get(request.key);
          results[i] = result;
          if (result && result.verdict !== 'undetermined') {
            const { key: _key, ...verdict } = result;
            cache.set(keys[i] as string, verdict);
          }
        });
      }
      return results.map(
        (result, i) =>
          result ?? { key: requests[i]?.key ?? '', verdict: 'undetermined', score: 0, evidence: null, judge: judge.name, reason: 'no verdict' },
      );
    },
  };
}
