// Writes schemas/config.schema.json (the schema of factgate.yml) from the option list in
// src/settings/options.ts and the policy keys in src/policy/keys.ts (compiled to .build
// by tsc first), so the file's keys and values can never drift from the flags.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PATH_LENGTH = 4096;

function valueSchema(value) {
  switch (value.type) {
    case 'path':
      return { type: 'string', minLength: 1, maxLength: PATH_LENGTH };
    case 'text':
      return { type: 'string', minLength: 1, maxLength: value.maxLength };
    case 'url':
      return { type: 'string', pattern: '^https?://', maxLength: PATH_LENGTH };
    case 'count':
      return { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^[0-9]+$' }] };
    case 'enum':
      return { type: 'string', enum: [...value.values] };
    case 'pattern':
      return { type: 'string', pattern: value.pattern, ...(value.maxLength !== undefined ? { maxLength: value.maxLength } : {}) };
    case 'template':
      return { anyOf: [{ type: 'string', minLength: 1, maxLength: 100000 }, { type: 'object' }, { type: 'array' }] };
    case 'policy':
      return { anyOf: [{ type: 'string', enum: [...value.presets] }, { $ref: '#/definitions/policy' }] };
    default:
      throw new Error(`no schema for option values of type ${value.type}`);
  }
}

export async function configSchema(buildDir) {
  const load = (file) => import(pathToFileURL(join(buildDir, file)).href);
  const { OPTIONS } = await load('src/settings/options.js');
  const { THRESHOLD_KEYS, OPTION_KEYS, OPTION_VALUES } = await load('src/policy/keys.js');
  const { PRESET_NAMES } = await load('src/policy/types.js');
  const properties = {};
  for (const option of OPTIONS) {
    if (option.cliOnly) continue;
    const item = valueSchema(option.value);
    properties[option.key] = option.kind === 'list' ? { anyOf: [item, { type: 'array', minItems: 1, maxItems: 1000, items: item }] } : item;
  }
  const policyProperties = {
    extends: { type: 'string', enum: [...PRESET_NAMES], description: 'The preset this policy starts from.' },
    name: { type: 'string', minLength: 1, maxLength: 64 },
  };
  for (const { key, kind } of Object.values(THRESHOLD_KEYS)) policyProperties[key] = { $ref: kind === 'ms' ? '#/definitions/milliseconds' : '#/definitions/rate' };
  for (const [field, key] of Object.entries(OPTION_KEYS)) policyProperties[key] = OPTION_VALUES[field];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/factgate/factgate/schemas/config.schema.json',
    title: 'factgate.yml',
    description:
      "factgate settings. Paths are relative to this file's directory. Command-line flags and Action inputs of the same name override these.",
    type: 'object',
    additionalProperties: false,
    properties,
    definitions: {
      rate: {
        anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?%$' }, { type: 'null' }],
        description: "A fraction in [0, 1] (0.02) or a percentage string ('2%'); null switches the threshold off.",
      },
      milliseconds: { anyOf: [{ type: 'number', minimum: 0 }, { type: 'null' }] },
      action: { type: 'string', enum: ['fail', 'warn', 'ignore'] },
      policy: { type: 'object', additionalProperties: false, required: ['extends'], properties: policyProperties },
    },
  };
}

export async function writeConfigSchema(buildDir, outFile) {
  writeFileSync(outFile, JSON.stringify(await configSchema(buildDir), null, 2) + '\n');
}
