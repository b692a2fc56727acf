import { ConfigurationError } from '../shared/errors.js';
import { closest } from '../shared/schema.js';
import { OPTION_KEYS, THRESHOLD_KEYS } from './keys.js';
import { PRESETS } from './presets.js';
import { PRESET_NAMES, type PresetName, type ResolvedPolicy, type Thresholds } from './types.js';

/** A custom policy as written in factgate.yml (already schema-validated). */
export type PolicySpec = { extends: PresetName; name?: string } & Record<string, unknown>;

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function presetPolicy(name: string, file?: string): ResolvedPolicy {
  if (!isPresetName(name)) {
    const guess = closest(name, PRESET_NAMES);
    throw new ConfigurationError(`unknown policy "${name}"`, {
      ...(file ? { file } : {}),
      place: 'policy',
      fix: `${guess ? `did you mean "${guess}"? ` : ''}use strict, standard or permissive, or define a custom policy (extends: standard) in factgate.yml`,
    });
  }
  return structuredClone(PRESETS[name]);
}

/** Resolves a preset name or a custom policy that extends a preset. */
export function resolvePolicy(spec: string | PolicySpec, file?: string): ResolvedPolicy {
  if (typeof spec === 'string') return presetPolicy(spec, file);
  const policy = presetPolicy(spec.extends, file);
  policy.name = spec.name ?? `custom (extends ${spec.extends})`;
  for (const [field, { key, kind }] of Object.entries(THRESHOLD_KEYS) as [keyof Thresholds, (typeof THRESHOLD_KEYS)[keyof Thresholds]][]) {
    if (!(key in spec)) continue;
    policy.thresholds[field] = kind === 'rate' ? parseRate(spec[key], `policy.${key}`, file) : (spec[key] as number | null);
  }
  for (const [field, key] of Object.entries(OPTION_KEYS) as [keyof typeof OPTION_KEYS, string][]) {
    if (key in spec) (policy as unknown as Record<string, unknown>)[field] = spec[key];
  }
  return policy;
}

/** 0.02 or "2%" → 0.02; null stays null (threshold off). */
export function parseRate(value: unknown, place: string, file?: string): number | null {
  if (value === null) return null;
  if (typeof value === 'number') return value;
  const text = String(value);
  const pct = Number(text.slice(0, -1));
  if (text.endsWith('%') && Number.isFinite(pct) && pct >= 0 && pct <= 100) return pct / 100;
  throw new ConfigurationError(`"${text}" is not a rate`, {
    ...(file ? { file } : {}),
    place,
    fix: 'write a fraction between 0 and 1 (0.02) or a percentage ("2%")',
  });
}
