import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/evaluate/claims/sentences.js';

// Written for this test: sentences with the abbreviations and initials the splitter re-joins.
const SENTENCES = [
  'Dr. Lena Ortiz joined the survey team in March.',
  'The sample weighs approx. Ten grams more than the last one.',
  'They crossed the U.S. border twice, e.g. at the northern gate.',
  'John F. Kennedy Airport was the last stop.',
  'Fees rose by 4.5 percent in the second year.',
  'She said "the core samples are intact." The lab agreed.',
  'Mr. Ito checked every sample against the log.',
  'No. 7 was the only sample that failed.',
];

const alone = (sentence: string): string[] => splitSentences(sentence).map((span) => span.text);

describe('splitSentences on a long text', () => {
  it('finds the same sentences in a text many pieces long as in each sentence alone, wherever the pieces fall', () => {
    const sentences = Array.from({ length: 800 }, (_, i) => SENTENCES[i % SENTENCES.length]!);
    // Moving the text by one character at a time moves every place it is cut in pieces.
    for (let shift = 0; shift < 64; shift++) {
      const lead = `${'a'.repeat(shift + 2)}.`;
      const text = [lead, ...sentences].join(' ');
      const spans = splitSentences(text);
      expect(spans.map((span) => span.text)).toEqual([lead, ...sentences].flatMap(alone));
      for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
