import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  codeSpan,
  defuseMentions,
  escapeHtml,
  escapeLogText,
  escapeMarkdownInline,
  escapeTableCell,
  truncateText,
} from '../../src/shared/escape.js';
import { redactSecrets } from '../../src/shared/secrets.js';

const ZWJ = '\u200D';

describe('defuseMentions', () => {
  it('breaks user, team and issue references without hiding the text', () => {
    const out = defuseMentions('ping @octocat and @github/security about #12, GH-7 and owner/repo#3; mail a@b.c');
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).not.toMatch(/#\d/);
    expect(out).not.toMatch(/GH-\d/);
    expect(out.replaceAll(ZWJ, '')).toBe('ping @octocat and @github/security about #12, GH-7 and owner/repo#3; mail a@b.c');
  });
});

describe('escapeMarkdownInline', () => {
  it('turns raw HTML, links, images, emphasis and code into literal text', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](https://evil.example) ![i](x.png) **bold** `code` ~~s~~ $x$ &amp;';
    const out = escapeMarkdownInline(hostile);
    expect(out).not.toMatch(/<[a-z]/i);
    expect(out).not.toMatch(/(^|[^\\])\[/);
    expect(out).not.toMatch(/(^|[^\\])`/);
    expect(out).toContain('&lt;img');
    expect(out).toContain('&amp;amp;');
    expect(out).toContain('\\*\\*bold\\*\\*');
  });

  it('keeps a line start from becoming a heading, list, quote or rule', () => {
    expect(escapeMarkdownInline('# title')).toBe('\\# title');
    expect(escapeMarkdownInline('- item')).toBe('\\- item');
    expect(escapeMarkdownInline('1. item')).toBe('1\\. item');
    expect(escapeMarkdownInline('> quote')).toBe('&gt; quote');
  });

  it('joins lines and strips control and bidirectional override characters', () => {
    expect(escapeMarkdownInline('a\n\n b\r\nc')).toBe('a b c');
    expect(escapeMarkdownInline('safe\u202Eexe.txt\u0007')).toBe('safeexe.txt');
  });

  it('bounds the length in code points', () => {
    expect(escapeMarkdownInline('😀'.repeat(10), { maxLength: 4 })).toBe('😀😀😀…');
    expect(truncateText('abc', 3)).toBe('abc');
  });
});

describe('escapeTableCell', () => {
  it('cannot add a column or end the row', () => {
    const out = escapeTableCell('a | b\nc || d');
    expect(out).toBe('a \\| b<br>c \\|\\| d');
    expect(out.split(/(?<!\\)\|/)).toHaveLength(1);
  });
});

describe('codeSpan and codeBlock', () => {
  it('choose a fence longer than any backtick run inside', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    const block = codeBlock('line\n```\n</details>\n@octocat');
    expect(block.startsWith('````text\n')).toBe(true);
    expect(block.endsWith('\n````')).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes what HTML reads and defuses mentions', () => {
    expect(escapeHtml(`<b>"x"</b> & 'y' @z`)).toBe(`&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39; @${ZWJ}z`);
  });
});

describe('escapeLogText', () => {
  it('neutralises workflow commands at the start of any line', () => {
    const out = escapeLogText('ok\n::error::forged\n  ::add-mask::secret\r::stop-commands::token\n##[set-output name=x]1\nmid ::error:: stays');
    for (const line of out.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line.trimStart().startsWith('##[')).toBe(false);
    }
    expect(out).toContain('mid ::error:: stays');
    expect(out.replaceAll(ZWJ, '')).toBe('ok\n::error::forged\n  ::add-mask::secret\n::stop-commands::token\n##[set-output name=x]1\nmid ::error:: stays');
  });
});

describe('redactSecrets', () => {
  it('removes a key the model echoed, in its plain, JSON, URL and base64 forms', () => {
    const key = 'sk-test-4f9a"b/c+d';
    const text = [
      `The key is ${key}.`,
      JSON.stringify({ key }),
      `https://x.example/?k=${encodeURIComponent(key)}`,
      `Basic ${Buffer.from(key).toString('base64')}`,
    ].join('\n');
    const out = redactSecrets(text, [key, undefined, '', '  ']);
    expect(out).not.toContain(key);
    expect(out).not.toContain(JSON.stringify(key).slice(1, -1));
    expect(out).not.toContain(encodeURIComponent(key));
    expect(out).not.toContain(Buffer.from(key).toString('base64').replace(/=+$/, ''));
    expect(out.match(/\*\*\*/g)).toHaveLength(4);
  });

  it('masks the longer of two overlapping secrets whole, and each line of a multi-line secret', () => {
    expect(redactSecrets('token abcdef123', ['abc', 'abcdef123'])).toBe('token ***');
    expect(redactSecrets('-----BEGIN KEY-----\nMIIEow\n-----END KEY-----', ['-----BEGIN KEY-----\nMIIEow'])).toBe('***\n-----END KEY-----');
    expect(redactSecrets('only MIIEowpart', ['-----BEGIN KEY-----\nMIIEowpart'])).toBe('only ***');
  });
});
