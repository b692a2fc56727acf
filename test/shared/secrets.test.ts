import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline } from '../../src/shared/escape.js';
import { SecretMask } from '../../src/shared/secrets.js';

describe('SecretMask', () => {
  it('collects each secret once, ignores blank ones and tells about each new one', () => {
    const heard: string[] = [];
    const mask = new SecretMask(['ghs_token1234', undefined, ''], (secret) => heard.push(secret));
    mask.add('  ', 'ghs_token1234', 'sk-judge-5678', null);
    expect(mask.secrets).toEqual(['ghs_token1234', 'sk-judge-5678']);
    expect(heard).toEqual(['ghs_token1234', 'sk-judge-5678']);
    expect(mask.text('a ghs_token1234 and sk-judge-5678')).toBe('a *** and ***');
  });

  it('masks a secret added after the first use', () => {
    const mask = new SecretMask();
    expect(mask.text('key sk-late-0001')).toBe('key sk-late-0001');
    mask.add('sk-late-0001');
    expect(mask.text('key sk-late-0001')).toBe('key ***');
  });

  it('masks a copy whose invisible controls an escaper would drop, so escaping cannot rebuild the secret', () => {
    const key = 'sk-live-0123456789';
    const hidden = `sk-live\u0000-01234\u202E56789`;
    expect(escapeMarkdownInline(hidden)).toContain(key);
    const masked = new SecretMask([key]).text(`echo ${hidden}`);
    expect(masked).toBe('echo ***');
    expect(escapeMarkdownInline(masked)).not.toContain(key);
  });

  it('masks every string of plain data and leaves the original and anything else as they are', () => {
    const key = 'sk-deep-4242';
    const bytes = Buffer.from(key);
    const value = { answer: `x ${key}`, claims: [{ text: key, n: 1 }], nothing: null, bytes };
    const masked = new SecretMask([key]).deep(value);
    expect(masked).toEqual({ answer: 'x ***', claims: [{ text: '***', n: 1 }], nothing: null, bytes });
    expect(masked.bytes).toBe(bytes);
    expect(value.answer).toBe(`x ${key}`);
  });
});
