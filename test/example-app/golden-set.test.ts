// Basic contract rules for the bundled golden set, checked with the yaml package alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = resolve(import.meta.dirname, '../../golden-sets');
const CATEGORIES = ['financial', 'legal', 'medical', 'scientific', 'technical'];

interface Fact {
  text: string;
  sources?: string[];
}
interface Case {
  id: string;
  category: string;
  question: string;
  sources: { id: string; title?: string; text: string }[];
  expected_facts?: (string | Fact)[];
  forbidden?: string[];
  expect: 'answer' | 'abstain';
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const cases: Case[] = files.flatMap((f) => parse(readFileSync(join(DIR, f), 'utf8')) as Case[]);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('bundled golden set', () => {
  it('holds at least 60 cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('covers five categories with at least 12 cases and 2 abstain cases each', () => {
    expect([...new Set(cases.map((c) => c.category))].sort()).toEqual(CATEGORIES);
    for (const category of CATEGORIES) {
      const inCategory = cases.filter((c) => c.category === category);
      expect(inCategory.length, category).toBeGreaterThanOrEqual(12);
      expect(inCategory.filter((c) => c.expect === 'abstain').length, category).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every case a question, 1 to 3 sources and a valid expect', () => {
    for (const c of cases) {
      expect(c.question, c.id).toMatch(/\?$/);
      expect(['answer', 'abstain'], c.id).toContain(c.expect);
      expect(c.sources.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.sources.length, c.id).toBeLessThanOrEqual(3);
      expect(new Set(c.sources.map((s) => s.id)).size, c.id).toBe(c.sources.length);
    }
  });

  it('writes every source as 2 to 4 paragraphs of 80 to 250 words', () => {
    for (const c of cases) {
      for (const s of c.sources) {
        const where = `${c.id} ${s.id}`;
        expect(words(s.text), where).toBeGreaterThanOrEqual(80);
        expect(words(s.text), where).toBeLessThanOrEqual(250);
        const paragraphs = s.text.trim().split(/\n\s*\n/).length;
        expect(paragraphs, where).toBeGreaterThanOrEqual(2);
        expect(paragraphs, where).toBeLessThanOrEqual(4);
      }
    }
  });

  it('states 1 to 3 expected facts for answer cases, citing only the case\'s own sources', () => {
    for (const c of cases) {
      const facts = c.expected_facts ?? [];
      if (c.expect === 'answer') {
        expect(facts.length, c.id).toBeGreaterThanOrEqual(1);
        expect(facts.length, c.id).toBeLessThanOrEqual(3);
      }
      const ids = c.sources.map((s) => s.id);
      for (const fact of facts) {
        if (typeof fact === 'string') continue;
        expect(fact.text, c.id).toMatch(/\S/);
        for (const id of fact.sources ?? []) expect(ids, c.id).toContain(id);
      }
    }
  });

  it('finds the numbers of every expected fact in the sources it names', () => {
    for (const c of cases) {
      for (const fact of c.expected_facts ?? []) {
        if (typeof fact === 'string') continue;
        const text = c.sources
          .filter((s) => !fact.sources || fact.sources.includes(s.id))
          .map((s) => s.text)
          .join(' ');
        for (const n of fact.text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []) expect(text, `${c.id}: ${fact.text}`).toContain(n);
      }
    }
  });

  it('gives every numeric forbidden fact a number its sources never state', () => {
    // A wrong figure that also appears in the sources as context would be "found" by any
    // word-level judge in a correct verbatim answer, so forbidden figures must be absent.
    // Quantities only: the digits of names such as E-4012 or GB-7 do not count.
    const numbers = (text: string) =>
      (text.match(/(?<![\w-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w-])/g) ?? []).map((n) => n.replace(/,/g, ''));
    for (const c of cases) {
      const inSources = new Set(numbers(c.sources.map((s) => s.text).join(' ')));
      for (const fact of c.forbidden ?? []) {
        const own = numbers(fact);
        if (own.length) expect(own.some((n) => !inSources.has(n)), `${c.id}: ${fact}`).toBe(true);
      }
    }
  });

  it('keeps lines within 100 characters', () => {
    for (const f of files) {
      readFileSync(join(DIR, f), 'utf8')
        .split('\n')
        .forEach((line, i) => expect(line.length, `${f}:${i + 1}`).toBeLessThanOrEqual(100));
    }
  });
});
