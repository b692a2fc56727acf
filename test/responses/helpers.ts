import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoldenCase } from '../../src/golden/types.js';

export const TEST_APP = fileURLToPath(new URL('./fixtures/test-app.mjs', import.meta.url));

/** A command line running the test app with `behaviour` under this very Node. */
export function testAppCommand(...args: string[]): string {
  return [process.execPath, TEST_APP, ...args].map((a) => JSON.stringify(a)).join(' ');
}

export function makeCase(id: string, extra: Partial<GoldenCase> = {}): GoldenCase {
  return {
    id,
    category: 'general',
    question: `What about ${id}?`,
    sources: [{ id: 'S1', text: `Facts about ${id}.` }],
    expectedFacts: [{ text: `secret expected fact for ${id}` }],
    forbidden: [`secret forbidden fact for ${id}`],
    expect: 'answer',
    origin: { file: 'golden/test.yaml', line: 1 },
    contentHash: `hash-${id}`,
    ...extra,
  };
}

export function makeCases(n: number, prefix = 'case'): GoldenCase[] {
  return Array.from({ length: n }, (_, i) => makeCase(`${prefix}-${String(i + 1).padStart(3, '0')}`));
}

/** True while a process with this pid runs (a zombie waiting to be reaped is dead). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Linux: field 3 of /proc/PID/stat is the state; Z is a zombie.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Waits (bounded) until `check` holds; used for process exit, not for timing. */
export async function eventually(check: () => boolean, limitMs = 5000): Promise<boolean> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}
