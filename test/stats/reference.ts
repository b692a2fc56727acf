/**
 * Helpers for comparing the statistics module with SciPy: a seeded PRNG for
 * reproducible random inputs, the bridge to scripts/scipy/reference.py, and a
 * relative-tolerance comparison.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/scipy/reference.py', import.meta.url));

/** Interpreters tried in order: an explicit choice, the PATH one, Debian's. */
function candidates(): string[] {
  const chosen = process.env.FACTGATE_PYTHON;
  return chosen ? [chosen] : ['python3', '/usr/bin/python3'];
}

let python: string | undefined;

function findPython(): string {
  if (python) return python;
  for (const candidate of candidates()) {
    const probe = spawnSync(candidate, ['-c', 'import scipy, statsmodels'], { encoding: 'utf8' });
    if (probe.status === 0) return (python = candidate);
  }
  throw new Error(
    'SciPy and statsmodels are needed to check the statistics against their reference values: ' +
      'install them with `apt-get install -y python3-scipy python3-statsmodels` ' +
      '(or set FACTGATE_PYTHON to an interpreter that has them).',
  );
}

export type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

/** Runs one SciPy reference function on every case; returns one result per case. */
export function scipyReference<T = Json>(fn: string, cases: readonly Json[][]): T[] {
  const run = spawnSync(findPython(), [script], {
    input: JSON.stringify({ function: fn, cases }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`reference.py ${fn} failed (${run.status}): ${run.stderr}`);
  const parsed = JSON.parse(run.stdout, (_key, value: unknown) =>
    value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value,
  ) as { results: T[] };
  return parsed.results;
}

/** mulberry32: a tiny seeded PRNG, so every run draws the same "random" inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export const RELATIVE_TOLERANCE = 1e-9;

/** Generous: the reference runs in a Python process on a shared machine. */
export const SCIPY_TIMEOUT = 120_000;

/** Below this, doubles lose precision (subnormals): such values only need to agree on being that small. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** |actual − expected| ≤ 1e-9·|expected| (exact match for 0, ±∞ and null). */
export function expectRelativelyClose(actual: number | null, expected: number | null, label: string): void {
  if (actual !== null && expected !== null && Math.abs(actual) < SMALLEST_NORMAL && Math.abs(expected) < SMALLEST_NORMAL) {
    return;
  }
  if (expected === null || actual === null || !Number.isFinite(expected) || expected === 0) {
    expect(actual, label).toBe(expected);
    return;
  }
  const error = Math.abs((actual as number) - expected) / Math.abs(expected);
  if (!(error <= RELATIVE_TOLERANCE)) {
    expect.fail(`${label}: got ${actual}, SciPy says ${expected} (relative error ${error})`);
  }
}
