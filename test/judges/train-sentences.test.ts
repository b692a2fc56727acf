import { describe, expect, it } from 'vitest';
import { sentenceAnswer } from '../../scripts/train-judge.mjs';

describe('the trainer: right short answers written as sentences', () => {
  it("puts the answer where the question's who or which-phrase was", () => {
    expect(sentenceAnswer('What male actor starred in The Lantern?', 'Tom Esk')).toBe('Tom Esk starred in The Lantern.');
    expect(sentenceAnswer('Who founded the college attended by Tom Esk?', 'Mara Venn')).toBe('Mara Venn founded the college attended by Tom Esk.');
    expect(sentenceAnswer('What is the name of the ferry that carries 40 cars?', 'Morven Ferry.')).toBe('Morven Ferry is the name of the ferry that carries 40 cars.');
  });

  it('leaves alone the questions it cannot rewrite safely', () => {
    // The verb after its subject, a pick between two, an answer that is no name, a question about a date.
    expect(sentenceAnswer('What network did the show air on?', 'Esk TV')).toBeUndefined();
    expect(sentenceAnswer('Which ferry is older, the Morven Ferry or the Islay Star?', 'Morven Ferry')).toBeUndefined();
    expect(sentenceAnswer('What genre is the band?', 'indie pop')).toBeUndefined();
    expect(sentenceAnswer('What year was the founder of Harlow College born?', '1902')).toBeUndefined();
  });
});
