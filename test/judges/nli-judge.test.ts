// The NLI cross-encoder judge in examples/nli-judge, without its model: its Python tests,
// then the script end to end through factgate's command judge with a stand-in predictor.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommandJudge } from '../../src/evaluate/judges/command.js';
import type { JudgeRequest } from '../../src/evaluate/types.js';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/nli-judge');
const TESTS = resolve(import.meta.dirname, 'nli');
// No bytecode files left in the example or test folders.
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };

/** A wrapper that runs the example's main loop; `setup` is Python run before it. */
function wrapper(setup: string, call: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nli-judge-')), 'judge.py');
  writeFileSync(
    file,
    [
      'import sys',
      `sys.path[:0] = [${JSON.stringify(EXAMPLE)}, ${JSON.stringify(TESTS)}]`,
      setup,
      'import nli_judge',
      call,
      '',
    ].join('\n'),
  );
  return file;
}

const SOURCES = [
  { id: 'S1', text: 'The Marrow Bridge opened in 1932. It carries eight lanes of traffic.\n\nTolls are charged southbound only.' },
  { id: 'S2', text: 'The toll is 4 dollars for cars. Trucks pay 9 dollars.' },
];
const requests: JudgeRequest[] = [
  { key: 'a', question: 'How much do trucks pay?', claim: 'Trucks pay 9 dollars.', sources: SOURCES },
  { key: 'b', question: 'When did the bridge open?', claim: 'The Marrow Bridge opened in 1950.', sources: SOURCES },
  { key: 'c', question: 'Who designed the bridge?', claim: 'The bridge was designed by a Dutch engineer.', sources: SOURCES },
  { key: 'd', question: 'When did the Marrow Bridge open?', claim: '1932.', sources: SOURCES },
];

describe('NLI cross-encoder command judge (examples/nli-judge)', () => {
  it('passes its Python unit tests', async () => {
    const result = await new Promise<{ code: number; output: string }>((done) => {
      execFile('python3', [join(TESTS, 'test_nli_judge.py')], { env }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(result.output).toMatch(/\nOK\n?$/);
    expect(result.code, result.output).toBe(0);
  });

  it('speaks the command-judge protocol: verdicts, confidence and evidence located in the sources', async () => {
    const script = wrapper('from test_nli_judge import stand_in_predict', 'nli_judge.main(sys.argv[1:], predict=stand_in_predict)');
    const judge = createCommandJudge({ argv: ['python3', script, '--batch-size', '3'], env });
    const results = await judge.judge(requests);
    expect(results.map((r) => [r.key, r.verdict, r.judge])).toEqual([
      ['a', 'supported', 'command:python3'],
      ['b', 'contradicted', 'command:python3'],
      ['c', 'unsupported', 'command:python3'],
      ['d', 'supported', 'command:python3'],
    ]);
    const at = SOURCES[1]!.text.indexOf('Trucks');
    expect(results[0]!.evidence).toEqual({ sourceId: 'S2', sentence: 'Trucks pay 9 dollars.', start: at, end: at + 21 });
    expect(results[0]!.score).toBeCloseTo(0.9);
    expect(results[1]!.evidence).toMatchObject({ sourceId: 'S1', sentence: 'The Marrow Bridge opened in 1932.', start: 0 });
    // The score is the confidence that the claim is supported.
    expect(results[1]!.score).toBeCloseTo(0.15);
    expect(results[1]!.reason).toContain('S1 contradicts the claim');
    expect(results[2]!.evidence).toBeNull();
    expect(results[2]!.reason).toContain('no source sentence entails or contradicts');
    expect(results[3]!.evidence?.sentence).toBe('The Marrow Bridge opened in 1932.');
  });

  it('without torch or transformers, fails the batch with the pip install line in every reason', async () => {
    // None in sys.modules makes `import torch` fail as on a machine without it.
    const script = wrapper("sys.modules['torch'] = None", 'nli_judge.main(sys.argv[1:])');
    const results = await createCommandJudge({ argv: ['python3', script], env }).judge(requests.slice(0, 2));
    for (const result of results) {
      expect(result.verdict).toBe('undetermined');
      expect(result.reason).toMatch(/exited with code 1: nli_judge: this judge needs PyTorch and Hugging Face Transformers \(missing: torch\)/);
      expect(result.reason).toContain('pip install "torch>=2.0" "transformers>=4.30" sentencepiece protobuf');
    }
  });
});
