import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../../src/responses/progress.js';

function harness(isTTY: boolean) {
  let clock = 0;
  const out: string[] = [];
  let tick: (() => void) | undefined;
  const progress = createProgress({
    isTTY,
    write: (text) => out.push(text),
    now: () => clock,
    every: (_ms, fn) => {
      tick = fn;
      return () => (tick = undefined);
    },
  });
  return {
    progress,
    out,
    advance(ms: number) {
      clock += ms;
      tick?.();
    },
    hasTimer: () => tick !== undefined,
  };
}

const ok = (id: string) => ({ id, answer: 'a' });
const failed = (id: string) => ({ id, answer: '', error: 'boom' });

describe('progress without a terminal (Actions logs)', () => {
  it('logs at each 10 % with rate and ETA', () => {
    const h = harness(false);
    h.progress.start(100);
    for (let i = 0; i < 100; i++) {
      h.advance(100);
      h.progress.settled(i % 25 === 0 ? failed(`c${i}`) : ok(`c${i}`));
    }
    h.progress.finish({ cancelled: false });
    expect(h.out[0]).toBe('progress: 100 cases to run\n');
    expect(h.out.slice(1)).toHaveLength(10);
    expect(h.out[1]).toBe('progress: 10/100 cases (10%) · 10.0/s · ETA 0:09 · 1 error\n');
    expect(h.out[10]).toBe('progress: 100/100 cases (100%) · 10.0/s · 4 errors\n');
    expect(h.hasTimer()).toBe(false);
  });

  it('logs every 10 s while a slow run stays inside one decile', () => {
    const h = harness(false);
    h.progress.start(1000);
    h.advance(4000);
    h.progress.settled(ok('c1'));
    expect(h.out).toHaveLength(1);
    h.advance(6000);
    expect(h.out).toHaveLength(2);
    expect(h.out[1]).toBe('progress: 1/1,000 cases (0%) · 0.1/s · ETA 2:46:30\n');
    h.advance(5000);
    expect(h.out).toHaveLength(2);
    h.advance(5000);
    expect(h.out).toHaveLength(3);
  });

  it('prints one line when a single case crosses several deciles', () => {
    const h = harness(false);
    h.progress.start(3);
    h.advance(1);
    h.progress.settled(ok('a'));
    expect(h.out).toHaveLength(2);
    h.progress.settled(ok('b'));
    h.progress.settled(ok('c'));
    expect(h.out).toHaveLength(4);
  });

  it('says how many cases were not run when cancelled', () => {
    const h = harness(false);
    h.progress.start(10);
    h.advance(1000);
    h.progress.settled(ok('a'));
    h.progress.finish({ cancelled: true });
    expect(h.out.at(-1)).toMatch(/1\/10 cases \(10%\).* · cancelled, 9 not run\n$/);
  });
});

describe('progress in a terminal', () => {
  it('redraws one bar in place, at most every 100 ms, ending with a newline', () => {
    const h = harness(true);
    h.progress.start(4);
    expect(h.out[0]).toBe('\r\x1b[K[------------------------] 0/4 cases (0%) · 0.0/s');
    h.advance(50);
    h.progress.settled(ok('a'));
    expect(h.out).toHaveLength(1);
    h.advance(950);
    h.progress.settled(failed('b'));
    expect(h.out[1]).toBe('\r\x1b[K[############------------] 2/4 cases (50%) · 2.0/s · ETA 0:01 · 1 error');
    h.progress.settled(ok('c'));
    h.progress.settled(ok('d'));
    h.progress.finish({ cancelled: false });
    expect(h.out.at(-2)).toBe('\r\x1b[K[########################] 4/4 cases (100%) · 4.0/s · 1 error');
    expect(h.out.at(-1)).toBe('\n');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [9.2, '0:10'],
    [75, '1:15'],
    [3725, '1:02:05'],
  ])('%d s → %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));
});
