import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import type { PolicySpec } from '../policy/resolve-policy.js';
import type { OptionKey } from './options.js';
import { ConfigurationError } from '../shared/errors.js';
import { MiB, readTextFile } from '../shared/files.js';
import { bestError, schemaError } from '../shared/schema.js';
import { parseStructured, type PathSegment } from '../shared/structured.js';
import type { ValidateFunction } from 'ajv';
import { validateConfig } from '../shared/validators.generated.js';

/**
 * factgate.yml as written: the same kebab-case keys as the flags (schemas/config.schema.json
 * says which forms each takes), plus `policy` as a preset name or a custom policy.
 */
export type ConfigFile = Partial<Record<Exclude<OptionKey, 'config' | 'policy'>, unknown>> & { policy?: string | PolicySpec };

export const DEFAULT_CONFIG_NAME = 'factgate.yml';

/** Compiled ahead of time from the schema by the build (scripts/generate-validators.mjs). */
const configValidator = validateConfig as ValidateFunction<ConfigFile>;

export interface LoadedConfig {
  /** Path as the user sees it (relative to the working directory). */
  file: string;
  /** Directory that relative paths inside the file are resolved against. */
  dir: string;
  config: ConfigFile;
  /** The line a top-level key is written on, for saying where a setting came from. */
  lineOf: (key: string) => number | null;
}

/** Finds the settings file: the one named, or factgate.yml in the working directory if present. */
export function locateConfig(explicit: string | undefined, cwd: string): string | null {
  if (explicit !== undefined) return resolve(cwd, explicit);
  const implicit = resolve(cwd, DEFAULT_CONFIG_NAME);
  return existsSync(implicit) ? implicit : null;
}

export async function loadConfigFile(absolute: string, cwd: string): Promise<LoadedConfig> {
  const file = relative(cwd, absolute) || absolute;
  const text = await readTextFile(absolute, 1 * MiB, 'settings file', file);
  const [doc] = parseStructured(text, file, absolute.endsWith('.json') ? 'json' : 'yaml');
  const value = doc!.value ?? {};
  if (!configValidator(value)) {
    throw schemaError(bestError(configValidator.errors!), doc!, file, [], 'factgate.yml', knownKeys);
  }
  return { file, dir: dirname(absolute), config: value, lineOf: (key) => doc!.locate([key], true)?.line ?? null };
}

function knownKeys(path: PathSegment[]): readonly string[] {
  if (path[0] === 'policy') return Object.keys(configSchema.definitions.policy.properties);
  return Object.keys(configSchema.properties);
}
