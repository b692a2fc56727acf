import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/shared/errors.js';
import { extractClaims, isAbstention } from '../../src/evaluate/claims.js';

const claimsOf = (answer: string, pattern?: RegExp | string) =>
  extractClaims(answer, pattern === undefined ? {} : { citationPattern: pattern }).filter((c) => c.kind === 'claim');

describe('extractClaims: sentences', () => {
  it('keeps abbreviations, initialisms and decimals inside their sentence', () => {
    const texts = claimsOf(
      'Dr. Smith served in the U.S. Army for 4.5 years. Take 2.5 mg daily, e.g. with food. He lives in the U.S. He works in St. Louis.',
    ).map((c) => c.text);
    expect(texts).toEqual([
      'Dr. Smith served in the U.S. Army for 4.5 years.',
      'Take 2.5 mg daily, e.g. with food.',
      'He lives in the U.S.',
      'He works in St. Louis.',
    ]);
  });

  it('keeps quoted sentences with the sentence that quotes them', () => {
    expect(claimsOf('The label says "Do not exceed 4 g." Then it lists side effects.').map((c) => c.text)).toEqual([
      'The label says "Do not exceed 4 g."',
      'Then it lists side effects.',
    ]);
  });

  it('joins lines of one paragraph and splits list items', () => {
    const texts = claimsOf('The drug is safe\nat normal doses.\n\n- Take it with water.\n- Avoid alcohol [S2]\n1. Store below 25 °C.').map(
      (c) => c.text,
    );
    expect(texts).toEqual(['The drug is safe at normal doses.', 'Take it with water.', 'Avoid alcohol', 'Store below 25 °C.']);
  });

  it('records headings, tables and code blocks as non-claims', () => {
    const parts = extractClaims('# Dosage\n\n| dose | max |\n|---|---|\n| adult | 4 g |\n\n```\nmax = 4000\n```\nSetext title\n===\nThe maximum is 4 g.');
    expect(parts.map((p) => [p.kind, p.nonClaimReason ?? null])).toEqual([
      ['non-claim', 'heading'],
      ['non-claim', 'table'],
      ['non-claim', 'code block'],
      ['non-claim', 'heading'],
      ['claim', null],
    ]);
  });

  it('reduces inline Markdown to its text', () => {
    expect(claimsOf('The **maximum** is `4 g`, see [the label](https://example.com/a_(b)).')[0]?.text).toBe('The maximum is 4 g, see the label.');
  });
});

describe('extractClaims: citations', () => {
  it('attaches markers before and after the period to their sentence and strips them', () => {
    const claims = claimsOf('Paris is the capital [S1]. Berlin is large. [S2] Rome is old.[3] Madrid is sunny [S1, S2][^4].');
    expect(claims.map((c) => [c.text, c.citations])).toEqual([
      ['Paris is the capital.', ['S1']],
      ['Berlin is large.', ['S2']],
      ['Rome is old.', ['3']],
      ['Madrid is sunny.', ['S1', 'S2', '4']],
    ]);
  });

  it('does not glue words together where a marker sat between them', () => {
    expect(claimsOf('Paris[S1]is the capital.')[0]).toEqual({ text: 'Paris is the capital.', citations: ['S1'], kind: 'claim' });
  });

  it('leaves Markdown links and bracketed phrases alone', () => {
    expect(claimsOf('See [the label](https://x.test) and [citation needed] here.')[0]?.citations).toEqual([]);
  });

  it('accepts a custom pattern as a string or a RegExp', () => {
    expect(claimsOf('Paris is the capital 【7】.', '【(\\d+)】')[0]).toEqual({ text: 'Paris is the capital.', citations: ['7'], kind: 'claim' });
    expect(claimsOf('Paris is the capital (source: doc-1).', /\(source: ([\w-]+)\)/)[0]?.citations).toEqual(['doc-1']);
  });

  it('rejects an invalid or empty-matching pattern with a fix', () => {
    expect(() => extractClaims('x', { citationPattern: '[(' })).toThrow(ConfigurationError);
    try {
      extractClaims('x', { citationPattern: '\\d*' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).place).toBe('citationPattern');
      expect((error as ConfigurationError).fix).toMatch(/whole marker/);
    }
  });
});

describe('non-claims and abstentions', () => {
  it('classifies questions, greetings, abstentions and lead-ins', () => {
    const parts = extractClaims(
      "Hello! Thanks to the new law, fines doubled. Here are the steps:\n- Apply online.\n\nWould you like more detail? I don't know the exact date. Hope this helps!",
    );
    expect(parts.map((p) => p.nonClaimReason ?? p.kind)).toEqual(['greeting', 'claim', 'lead-in', 'claim', 'question', 'abstention', 'greeting']);
  });

  it('tells an abstention from an answer that hedges', () => {
    expect(isAbstention("I don't know. The provided sources do not mention it.")).toBe(true);
    expect(isAbstention('   ')).toBe(true);
    expect(isAbstention("I'm not sure, but the label says 4 g is the maximum.")).toBe(false);
    expect(isAbstention('The maximum is 4 g. I cannot find anything else.')).toBe(false);
    expect(isAbstention('Hello! How can I help?')).toBe(false);
  });
});
