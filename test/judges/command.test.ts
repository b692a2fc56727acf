import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCommandJudge } from '../../src/evaluate/judges/command.js';
import type { JudgeRequest } from '../../src/evaluate/types.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const node = (...args: string[]) => [process.execPath, join(fixtures, 'judge.mjs'), ...args];
const SOURCES = [
  { id: 'S1', text: 'The bridge opened in 1932 and carries eight lanes.' },
  { id: 'S2', text: 'Tolls are charged southbound only.' },
];
const requests: JudgeRequest[] = [
  { key: 'a', question: 'When did the bridge open?', claim: 'The bridge opened in 1932.', sources: SOURCES },
  { key: 'b', question: 'When did the bridge open?', claim: 'The bridge opened in 1950.', sources: SOURCES },
  { key: 'c', question: 'Where are tolls charged?', claim: 'Tolls are charged northbound.', sources: SOURCES },
];

/** Running, as opposed to gone or a zombie waiting for a parent that may never reap it. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

describe('command judge', () => {
  it('exchanges JSON Lines with a node program, skipping its log lines', async () => {
    const results = await createCommandJudge({ argv: node('ok') }).judge(requests);
    expect(results.map((r) => [r.key, r.verdict, r.judge])).toEqual([
      ['a', 'supported', 'command:node'],
      ['b', 'supported', 'command:node'],
      ['c', 'unsupported', 'command:node'],
    ]);
    expect(results[0]?.evidence).toEqual({ sourceId: 'S1', sentence: SOURCES[0]?.text, start: 0, end: SOURCES[0]?.text.length });
    expect(results[0]?.score).toBeCloseTo(0.75);
  });

  it('works with a python program', async () => {
    const results = await createCommandJudge({ argv: ['python3', join(fixtures, 'judge.py')] }).judge(requests);
    expect(results.map((r) => r.verdict)).toEqual(['supported', 'contradicted', 'unsupported']);
    expect(results[1]?.judge).toBe('command:python3');
  });

  it('makes every claim undetermined when the program is not found', async () => {
    const results = await createCommandJudge({ argv: ['factgate-no-such-judge-program'] }).judge(requests);
    expect(results.every((r) => r.verdict === 'undetermined')).toBe(true);
    expect(results[0]?.reason).toMatch(/command not found: factgate-no-such-judge-program/);
  });

  it('reports a non-zero exit with the end of stderr', async () => {
    const [result] = await createCommandJudge({ argv: node('exit') }).judge(requests);
    expect(result?.verdict).toBe('undetermined');
    expect(result?.reason).toMatch(/exited with code 3: model weights missing/);
  });

  it('rejects garbage verdicts and says why', async () => {
    const [result] = await createCommandJudge({ argv: node('garbage') }).judge(requests);
    expect(result?.verdict).toBe('undetermined');
    expect(result?.reason).toMatch(/not JSON|not a verdict/);
  });

  it('kills the whole process tree on a time-out', async () => {
    const pidFile = join(mkdtempSync(join(tmpdir(), 'judge-')), 'grandchild.pid');
    const results = await createCommandJudge({ argv: node('hang', pidFile), timeoutMs: 500 }).judge(requests);
    expect(results.every((r) => r.verdict === 'undetermined')).toBe(true);
    expect(results[0]?.reason).toMatch(/timed out after 500 ms/);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    await expect.poll(() => alive(grandchild)).toBe(false);
  });

  it('keys the cache on the command and its version', () => {
    expect(createCommandJudge({ argv: node('ok'), version: '1' }).cacheIdentity).not.toBe(
      createCommandJudge({ argv: node('ok'), version: '2' }).cacheIdentity,
    );
  });
});
