import { describe, expect, it } from 'vitest';
import { logLineWriter } from '../../src/shared/escape.js';

/** What the Actions runner would take for a command: a line that starts, after white space, with `::` or `##[`. */
const forged = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((line) => /^\s*(::|##\[)/.test(line));

function written(pieces: string[], keepColours = false): string {
  let out = '';
  const write = logLineWriter((t) => void (out += t), { keepColours });
  for (const piece of pieces) write(piece);
  return out;
}

describe('the one writer every printed line goes through', () => {
  const attacks: Record<string, string[]> = {
    'a command on its own line': ['ok\n::error::forged\n'],
    'a command after white space': ['  \t::add-mask::x\n'],
    'the old form': ['##[error]forged\n'],
    'a carriage return as the line break': ['progress\r::stop-commands::token\r'],
    'a command split between writes': ['line\n:', ':error::split\n'],
    'a command after a write that ended in white space': ['x\n  ', '::error::late'],
    'the old form split in three': ['#', '#', '[error]x'],
    'after a NUL byte': ['\u0000::error::nul\n'],
    'after a bidirectional override': ['\u202E::error::rtl\n'],
  };
  for (const [name, pieces] of Object.entries(attacks)) {
    it(`defuses ${name}`, () => {
      expect(forged(written(pieces))).toEqual([]);
      expect(written(pieces).replace(/\u200D/g, '')).toBe(pieces.join('').replace(/[\u0000\u202E]/g, ''));
    });
  }

  it('leaves ordinary text, tabs and line breaks as they are', () => {
    const text = 'factgate: PASSED\n  Hallucination rate\t0.0%\r\nnote: a: b :: c\n# heading\n';
    expect(written([text])).toBe(text);
  });

  it('drops terminal controls, and keeps colours only when asked', () => {
    expect(written(['\u001B[31mred\u001B[0m \u001B]0;title\u0007'])).toBe('[31mred[0m ]0;title');
    expect(written(['\u001B[31mred\u001B[0m'], true)).toBe('\u001B[31mred\u001B[0m');
  });
});
