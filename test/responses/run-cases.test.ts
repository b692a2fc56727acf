import { describe, expect, it } from 'vitest';
import { runCases } from '../../src/responses/run-cases.js';

const items = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}` }));

describe('runCases', () => {
  it('never has more than `concurrency` tasks in flight and keeps input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const lanesSeen = new Set<number>();
    const result = await runCases(items, { concurrency: 3 }, async (item, lane) => {
      lanesSeen.add(lane);
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      return { id: item.id, answer: item.id };
    });
    expect(peak).toBe(3);
    expect([...lanesSeen].sort()).toEqual([0, 1, 2]);
    expect(result.responses.map((r) => r.id)).toEqual(items.map((i) => i.id));
    expect(result).toMatchObject({ notRun: [], cancelled: false });
  });

  it('on cancel, starts nothing new and lists unrun and interrupted cases', async () => {
    const controller = new AbortController();
    const settled: string[] = [];
    const result = await runCases(items, { concurrency: 2, signal: controller.signal, onSettled: (r) => settled.push(r.id) }, async (item, _lane, signal) => {
      if (item.id === 'c3') controller.abort();
      await new Promise((r) => setImmediate(r));
      return signal.aborted ? { id: item.id, answer: '', error: 'cancelled' } : { id: item.id, answer: 'ok' };
    });
    expect(result.cancelled).toBe(true);
    expect(result.responses.map((r) => r.id)).toEqual(['c0', 'c1']);
    expect(result.notRun).toEqual(['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
    expect(settled).toEqual(['c0', 'c1']);
  });

  it('handles an empty set', async () => {
    expect(await runCases([], { concurrency: 4 }, async () => ({ id: 'x', answer: '' }))).toEqual({ responses: [], notRun: [], cancelled: false });
  });
});
