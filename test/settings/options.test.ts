import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import { RUN_USAGE } from '../../src/cli/run-command.js';
import { GITHUB_OPTIONS, OPTIONS } from '../../src/settings/options.js';

describe('option names, declared once', () => {
  it('every run option is a factgate.yml key (but the config file itself), and nothing else is', () => {
    const fileKeys = OPTIONS.filter((o) => !('cliOnly' in o && o.cliOnly)).map((o) => o.key);
    expect(Object.keys(configSchema.properties).sort()).toEqual(fileKeys.sort());
    for (const option of GITHUB_OPTIONS) expect(configSchema.properties).not.toHaveProperty(option.key);
  });

  it('every run option is a documented flag of factgate run', () => {
    for (const option of OPTIONS) expect(RUN_USAGE).toContain(`--${option.key}`);
  });

  it('the README documents every Action input and output', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const option of [...OPTIONS, ...GITHUB_OPTIONS]) expect(readme).toContain(`\`${option.key}\``);
  });
});
