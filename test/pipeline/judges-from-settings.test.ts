import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startChatServer, verdicts } from '../judges/chat-server.js';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = useTempDir();
const GOOD = 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].';
const INVENTED = 'Adults may take up to 8,000 mg of Zentrafen in 24 hours [S1].';

function writeSet(): void {
  tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1'), goldenCase('a-2')]));
  tmp.write('responses.jsonl', [JSON.stringify({ id: 'a-1', answer: GOOD }), JSON.stringify({ id: 'a-2', answer: INVENTED })].join('\n'));
}

const base = ['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--policy', 'permissive'];

describe('judges chosen by the settings', () => {
  it('the LLM judge: key from the environment, never shown; an unchanged re-run makes zero API calls', async () => {
    writeSet();
    const server = await startChatServer([verdicts((_id, claim) => (claim.includes('8,000') ? { verdict: 'contradicted', confidence: 0.95, reason: 'the label says 3,000 mg' } : { verdict: 'supported', confidence: 0.9, reason: 'stated' }))]);
    try {
      const flags = [...base, '--judge', 'llm', '--judge-url', server.baseUrl, '--judge-model', 'test-model', '--judge-cache', '.factgate/verdicts.json', '--report-json', 'r.json'];
      const env = { FACTGATE_JUDGE_API_KEY: 'sk-test-secret-123' };
      const first = await runCli(flags, tmp.dir(), env);
      expect(first.code).toBe(1);
      const calls = server.requests.length;
      expect(calls).toBeGreaterThan(0);
      expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-test-secret-123');
      expect(server.requests[0]!.body.temperature).toBe(0);
      const report = readFileSync(join(tmp.dir(), 'r.json'), 'utf8');
      expect(report).not.toContain('sk-test-secret-123');
      expect(JSON.parse(report).cases[1].claims[0]).toMatchObject({ verdict: 'contradicted', judge: 'llm:test-model' });

      const second = await runCli(flags, tmp.dir(), env);
      expect(second.code).toBe(1);
      expect(server.requests.length).toBe(calls);
    } finally {
      await server.close();
    }
  });

  it('the command judge and the hybrid judge say which judge decided each claim', async () => {
    writeSet();
    const judge = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(root, 'test/judges/fixtures/judge.mjs'))}`;
    const command = await runCli([...base, '--judge', 'command', '--judge-command', judge, '--report-json', 'c.json'], tmp.dir());
    expect(command.stderr).toBe('');
    const byCommand = JSON.parse(readFileSync(join(tmp.dir(), 'c.json'), 'utf8'));
    expect(byCommand.cases[0].claims[0].judge).toMatch(/^command/);

    const hybrid = await runCli([...base, '--judge', 'hybrid', '--judge-command', judge, '--report-json', 'h.json'], tmp.dir());
    expect(hybrid.stderr).toBe('');
    const byHybrid = JSON.parse(readFileSync(join(tmp.dir(), 'h.json'), 'utf8'));
    // The verbatim claim is settled by the deterministic pass with full confidence.
    expect(byHybrid.cases[0].claims[0]).toMatchObject({ verdict: 'supported', judge: 'deterministic' });
  });

  it.each([
    [['--judge', 'llm'], /the llm judge needs judge-url/],
    [['--judge', 'llm', '--judge-url', 'http://127.0.0.1:9/v1'], /the llm judge needs judge-model/],
    [['--judge', 'command'], /the command judge needs judge-command/],
    [['--judge', 'oracle'], /unknown judge "oracle"/],
    [['--judge-concurrency', 'many'], /judge-concurrency must be a whole number/],
  ])('refuses %j with exit 2 and the fix', async (flags, message) => {
    writeSet();
    const result = await runCli([...base, ...flags], tmp.dir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('fix:');
  });
});
