import { describe, expect, it } from 'vitest';
import { getResponses, prepareProvider, providerSecrets, type ProviderSettings } from '../../src/responses/providers.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { makeCases, testAppCommand } from './helpers.js';

const origin = { file: 'factgate.yml', describeKey: (field: string) => `provider.${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}` };

function refusal(settings: ProviderSettings, options: Parameters<typeof prepareProvider>[1] = {}): ConfigurationError {
  try {
    prepareProvider(settings, options);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

describe('provider settings', () => {
  it.each([
    [{ kind: 'http', endpoint: 'localhost:8000', origin }, 'provider.endpoint', /is not a URL|must be http/],
    [{ kind: 'http', endpoint: 'ftp://example.invalid/answer', origin }, 'provider.endpoint', /must be http: or https:, not ftp:/],
    [{ kind: 'http', endpoint: 'http://user:pw@127.0.0.1/answer', origin }, 'provider.endpoint', /carries credentials/],
    [{ kind: 'http', endpoint: 'http://127.0.0.1/answer', answerPath: 'data..answer', origin }, 'provider.answer_path', /not a field path/],
    [{ kind: 'http', endpoint: 'http://127.0.0.1/answer', bodyTemplate: '{"q": "{{qestion}}"}', origin }, 'provider.body_template', /unknown placeholder \{\{qestion\}\}/],
    [{ kind: 'http', endpoint: 'http://127.0.0.1/answer', headers: { 'X-Key': '${NOT_SET_ANYWHERE}' }, origin }, 'provider.headers', /NOT_SET_ANYWHERE/],
    [{ kind: 'command', mode: 'per-case', command: testAppCommand('echo'), maxOutputBytes: 0, origin }, 'provider.max_output_bytes', /maxOutputBytes is 0/],
    [{ kind: 'command', mode: 'per-case', command: 'python app.py | tee log', origin }, 'provider.command', /shell operator \|/],
  ] as [ProviderSettings, string, RegExp][])('refuses %j', (settings, place, message) => {
    const error = refusal(settings, { env: {} });
    expect(error.file).toBe('factgate.yml');
    expect(error.place).toBe(place);
    expect(error.message).toMatch(message);
    expect(error.fix).toBeTruthy();
  });

  it('refuses run options out of range', () => {
    const settings: ProviderSettings = { kind: 'command', mode: 'worker', command: testAppCommand('worker'), origin };
    expect(refusal(settings, { concurrency: 0 }).message).toMatch(/concurrency is 0/);
    expect(refusal(settings, { timeoutMs: -5 }).message).toMatch(/timeoutMs is -5/);
    expect(refusal({ kind: 'http', endpoint: 'http://127.0.0.1/answer' }, { retries: 99 }).message).toMatch(/retries is 99/);
  });

  it('gives the header secrets before the run, and none for commands', () => {
    const http: ProviderSettings = { kind: 'http', endpoint: 'http://127.0.0.1/answer', headers: { Authorization: 'Bearer ${TOKEN}' } };
    expect(providerSecrets(http, { TOKEN: 'abc' })).toEqual(['abc']);
    expect(providerSecrets({ kind: 'command', mode: 'worker', command: 'x' })).toEqual([]);
  });

  it('runs nothing when the settings are refused', async () => {
    const events: string[] = [];
    const progress = { start: () => events.push('start'), settled: () => events.push('settled'), finish: () => events.push('finish') };
    await expect(getResponses(makeCases(2), { kind: 'http', endpoint: 'nope' }, { progress })).rejects.toBeInstanceOf(ConfigurationError);
    expect(events).toEqual([]);
  });
});
