import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDeterministicJudge } from '../../src/evaluate/judges/deterministic.js';
import { createParallelJudge } from '../../src/evaluate/judges/parallel.js';
import type { JudgeRequest } from '../../src/evaluate/types.js';

// The committed CLI bundle doubles as the worker script, as it does for users.
const entry = new URL('../../dist/cli/index.js', import.meta.url);

function requests(n: number): JudgeRequest[] {
  const sources = [
    { id: 'S1', text: 'The Orbel pump moves 40 litres per minute. It weighs 12 kg.\n\nIt is not rated for sea water.' },
    { id: 'S2', text: 'Service is due every 6 months. The warranty lasts 3 years.' },
  ];
  const claims = [
    'The Orbel pump moves 40 litres per minute.',
    'The Orbel pump moves 55 litres per minute.',
    'It is rated for sea water.',
    'The warranty lasts 3 years.',
    'The pump was designed in Norway.',
  ];
  return Array.from({ length: n }, (_, i) => ({ key: String(i), question: 'What does the pump do?', claim: claims[i % claims.length]!, sources }));
}

describe('the deterministic judge on several threads', () => {
  it('gives exactly the verdicts of one thread, in order', async () => {
    const batch = requests(501);
    const single = await createDeterministicJudge().judge(batch);
    const parallel = createParallelJudge('deterministic', { entry, threads: 3 }, createDeterministicJudge());
    try {
      expect(fileURLToPath(entry)).toMatch(/dist\/cli\/index\.js$/);
      expect(await parallel.judge(batch)).toEqual(single);
      expect(await parallel.judge(batch.slice(0, 1))).toEqual(single.slice(0, 1));
    } finally {
      await parallel.close();
    }
  });
});
