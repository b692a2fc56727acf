import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ConfigurationError } from '../../src/shared/errors.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'coverage');

export function fixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/** Runs `action` and returns the ConfigurationError it must throw. */
export function configurationError(action: () => unknown): ConfigurationError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError, but nothing was thrown');
}

export async function configurationErrorAsync(action: () => Promise<unknown>): Promise<ConfigurationError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError, but nothing was thrown');
}
