import { createHash } from 'node:crypto';
import { ConfigurationError } from '../shared/errors.js';

/** Shard `index` of `total`, 1-based as the user writes it: "3/8". */
export interface ShardSpec {
  index: number;
  total: number;
}

/** Most shards a run may be split into; far beyond any Actions matrix (256 jobs). */
export const MAX_SHARDS = 1024;

export function parseShardSpec(text: string, where: { file: string; place: string }): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const fail = (message: string): never => {
    throw new ConfigurationError(message, {
      ...where,
      fix: 'write the shard as INDEX/TOTAL with 1 <= INDEX <= TOTAL, e.g. 3/8 (in a matrix: ${{ matrix.shard }}/8)',
    });
  };
  if (!match) return fail(`${JSON.stringify(text)} is not a shard`);
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1) return fail(`shard ${text.trim()}: the total must be at least 1`);
  if (total > MAX_SHARDS) return fail(`shard ${text.trim()}: the total may be at most ${MAX_SHARDS}`);
  if (index < 1 || index > total) return fail(`shard ${text.trim()}: the index must be between 1 and ${total}`);
  return { index, total };
}

/**
 * The cases of one shard, in their original order.
 *
 * Cases are ordered by sha256 of their id and dealt round-robin, so shard sizes differ
 * by at most one and membership depends only on the set of ids (not file order, not
 * the machine). Taking sha256(id) mod N alone would be deterministic but not balanced:
 * shard sizes would follow a multinomial spread (about ±sqrt(n/N)), so one shard of a
 * matrix could get markedly more work than another.
 */
export function selectShard<T extends { id: string }>(cases: readonly T[], spec: ShardSpec): T[] {
  const chosen = new Set(shardIds(cases.map((c) => c.id), spec));
  return cases.filter((c) => chosen.has(c.id));
}

/** The ids in shard `spec`, in hash order. */
export function shardIds(ids: readonly string[], spec: ShardSpec): string[] {
  const ordered = hashOrder(ids);
  const out: string[] = [];
  for (let i = spec.index - 1; i < ordered.length; i += spec.total) out.push(ordered[i]!);
  return out;
}

/** The 1-based shard of every id when split into `total` shards (one hashing pass for all). */
export function shardOfEach(ids: readonly string[], total: number): Map<string, number> {
  const shardOf = new Map<string, number>();
  hashOrder(ids).forEach((id, position) => shardOf.set(id, (position % total) + 1));
  return shardOf;
}

function hashOrder(ids: readonly string[]): string[] {
  const keyed = ids.map((id) => ({ id, key: createHash('sha256').update(id, 'utf8').digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map((k) => k.id);
}

export function formatShard(spec: ShardSpec): string {
  return `${spec.index}/${spec.total}`;
}
