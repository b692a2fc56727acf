import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/settings/settings.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp.js';

const tmp = useTempDir();

describe('settings checked before any work', () => {
  it('refuses a coverage-path-map without "=>", naming factgate.yml and the key', async () => {
    tmp.write('factgate.yml', 'golden-set: golden\nresponses: r.jsonl\ncoverage: [lcov.info]\ncoverage-path-map: ["/app/=>", "/srv/app"]\n');
    const error = await resolveSettings({}, tmp.dir()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/factgate\.yml: coverage-path-map: path map "\/srv\/app" is not of the form from=>to\n {2}fix: write the report prefix/);
  });

  it('keeps a valid map as written', async () => {
    const settings = await resolveSettings({ 'golden-set': ['g'], responses: 'r.jsonl', 'coverage-path-map': ['/app/=>services/api/'] }, tmp.dir());
    expect(settings.coveragePathMap).toEqual(['/app/=>services/api/']);
  });

  it('exits 2 from factgate comment on a wrong publish-failure or gate id, before asking for a token', async () => {
    const wrongMode = await runCli(['comment', '--publish-failure', 'sometimes'], tmp.dir());
    expect(wrongMode.code).toBe(2);
    expect(wrongMode.stderr).toContain('--publish-failure: publish-failure must be warn or fail, not "sometimes"');
    const wrongId = await runCli(['comment', '--gate-id', 'rag--eval'], tmp.dir());
    expect(wrongId.code).toBe(2);
    expect(wrongId.stderr).toContain('--gate-id: the gate id "rag--eval" is not allowed');
  });
});
