import { describe, expect, it } from 'vitest';
import { LineHits } from '../../src/coverage/line-hits.js';

describe('LineHits', () => {
  it('sums hits per line and counts lines and covered lines', () => {
    const lines = new LineHits();
    lines.add(3, 1);
    lines.add(1, 0);
    lines.add(3, 2);
    lines.add(40, 0);
    expect(lines.size).toBe(3);
    expect(lines.get(3)).toBe(3);
    expect(lines.get(1)).toBe(0);
    expect(lines.get(2)).toBeUndefined();
    expect(lines.get(1000)).toBeUndefined();
    expect(lines.get(1.5)).toBeUndefined();
    expect(lines.coveredCount()).toBe(1);
    expect([...lines]).toEqual([[1, 0], [3, 3], [40, 0]]);
    lines.set(3, 7);
    expect(lines.get(3)).toBe(7);
    expect(lines.size).toBe(3);
  });

  it('keeps far-apart line numbers in bounded memory, with the same answers', () => {
    const lines = new LineHits();
    lines.add(5, 1);
    lines.add(999_999_999, 2);
    lines.add(6, 0);
    lines.add(999_999_999, 1);
    expect(lines.size).toBe(3);
    expect(lines.get(999_999_999)).toBe(3);
    expect(lines.get(5)).toBe(1);
    expect(lines.coveredCount()).toBe(2);
    expect([...lines.keys()].sort((a, b) => a - b)).toEqual([5, 6, 999_999_999]);
  });

  it('copies are independent of the original', () => {
    const original = new LineHits();
    for (let line = 1; line <= 100; line++) original.add(line, line % 2);
    const copy = original.copy();
    copy.add(1, 5);
    copy.add(200, 1);
    expect(original.get(1)).toBe(1);
    expect(original.size).toBe(100);
    expect(copy.get(1)).toBe(6);
    expect(copy.size).toBe(101);
    expect([...original.values()].filter((h) => h > 0)).toHaveLength(50);
  });
});
