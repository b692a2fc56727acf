import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** A temporary directory removed after the test; `write` creates files inside it. */
export function useTempDir(): { dir: () => string; write: (name: string, text: string) => string } {
  let current: string | null = null;
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true });
    current = null;
  });
  const dir = (): string => (current ??= mkdtempSync(join(tmpdir(), 'factgate-test-')));
  return {
    dir,
    write(name, text) {
      const path = join(dir(), name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return path;
    },
  };
}

/** A small valid case, in the golden-set file form. */
export function goldenCase(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    category: 'medical',
    question: 'What is the maximum daily dose of Zentrafen for healthy adults?',
    sources: [
      {
        id: 'S1',
        title: 'Zentrafen label',
        text: 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours. Take it with water.\n\nStore below 25 °C.',
      },
    ],
    expected_facts: ['The maximum is 3,000 mg in 24 hours.'],
    forbidden: ['The maximum is 8,000 mg in 24 hours.'],
    ...extra,
  };
}
