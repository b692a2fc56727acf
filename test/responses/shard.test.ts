import { describe, expect, it } from 'vitest';
import { formatShard, parseShardSpec, selectShard, shardIds } from '../../src/responses/shard.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { makeCases } from './helpers.js';

const where = { file: 'command line', place: '--shard' };

describe('parseShardSpec', () => {
  it('reads INDEX/TOTAL', () => {
    expect(parseShardSpec('3/8', where)).toEqual({ index: 3, total: 8 });
    expect(parseShardSpec(' 1 / 1 ', where)).toEqual({ index: 1, total: 1 });
    expect(formatShard({ index: 3, total: 8 })).toBe('3/8');
  });

  it.each([
    ['0/8', /index must be between 1 and 8/],
    ['9/8', /index must be between 1 and 8/],
    ['1/0', /total must be at least 1/],
    ['abc', /"abc" is not a shard/],
    ['3', /"3" is not a shard/],
    ['-1/8', /is not a shard/],
    ['1.5/8', /is not a shard/],
    ['1/100000', /at most 1024/],
  ])('refuses %j with the fix', (text, message) => {
    let error: unknown;
    try {
      parseShardSpec(text, where);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(message);
    expect((error as ConfigurationError).place).toBe('--shard');
    expect((error as ConfigurationError).fix).toMatch(/INDEX\/TOTAL/);
  });
});

describe('selectShard', () => {
  const cases = makeCases(1003);

  it('splits the set into disjoint shards that together cover it, sizes within one', () => {
    const total = 8;
    const shards = Array.from({ length: total }, (_, i) => selectShard(cases, { index: i + 1, total }));
    const ids = shards.flatMap((s) => s.map((c) => c.id));
    expect(new Set(ids).size).toBe(cases.length);
    expect(ids).toHaveLength(cases.length);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('depends only on the ids, not on their order', () => {
    const reversed = [...cases].reverse();
    const a = selectShard(cases, { index: 3, total: 8 }).map((c) => c.id).sort();
    const b = selectShard(reversed, { index: 3, total: 8 }).map((c) => c.id).sort();
    expect(a).toEqual(b);
  });

  it('keeps the input order within a shard', () => {
    const position = new Map(cases.map((c, i) => [c.id, i]));
    const picked = selectShard(cases, { index: 2, total: 5 }).map((c) => position.get(c.id)!);
    expect(picked).toEqual([...picked].sort((x, y) => x - y));
  });

  it('is pinned: the same ids always land in the same shard', () => {
    // sha256 is fixed by standard, so this assignment must never change between versions.
    expect(shardIds(['a', 'b', 'c', 'd', 'e'], { index: 1, total: 2 })).toEqual(
      shardIds(['e', 'd', 'c', 'b', 'a'], { index: 1, total: 2 }),
    );
    expect(shardIds(['a', 'b', 'c', 'd', 'e'], { index: 1, total: 2 })).toEqual(['d', 'b', 'a']);
  });

  it('gives empty shards when there are more shards than cases', () => {
    const few = makeCases(3);
    const sizes = Array.from({ length: 5 }, (_, i) => selectShard(few, { index: i + 1, total: 5 }).length);
    expect(sizes.sort()).toEqual([0, 0, 1, 1, 1]);
  });
});
