import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { validateReport } from '../../src/report/validate-report.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp.js';

const tmp = useTempDir();
const exampleApp = fileURLToPath(new URL('../../examples/app/app.mjs', import.meta.url));
const SCAFFOLD = ['factgate.yml', 'golden-sets/example.yaml', '.github/workflows/factgate.yml'];

/** Runs `factgate init` in a terminal whose user gives these answers, in order. */
async function initInTerminal(answers: string[], argv: string[] = []): Promise<{ code: number; stdout: string; questions: string[] }> {
  let stdout = '';
  const questions: string[] = [];
  const code = await main(['init', ...argv], {
    stdout: (t) => void (stdout += t),
    stderr: () => undefined,
    cwd: tmp.dir(),
    env: {},
    color: false,
    prompt: async (question) => {
      questions.push(question);
      return answers.shift() ?? '';
    },
  });
  return { code, stdout, questions };
}

describe('factgate init', () => {
  it('writes files that give a first verdict on the example app (worker), and prints the next command', async () => {
    const init = await runCli(['init', '--provider', 'worker', '--command', `node ${exampleApp} --worker`], tmp.dir(), { CI: 'true' });
    expect(init.code).toBe(0);
    for (const file of SCAFFOLD) expect(init.stdout).toContain(`wrote ${file}`);
    expect(init.stdout).toContain('npx factgate run');
    const config = parse(readFileSync(join(tmp.dir(), 'factgate.yml'), 'utf8'));
    expect(config).toMatchObject({ 'golden-set': 'golden-sets', command: `node ${exampleApp} --worker`, 'command-mode': 'worker', policy: 'standard' });

    const run = await runCli(['run'], tmp.dir(), { PATH: process.env.PATH ?? '' });
    expect(run.stderr).not.toContain('factgate:');
    expect(run.code).toBe(0);
    const report = validateReport(JSON.parse(readFileSync(join(tmp.dir(), '.factgate/report.json'), 'utf8')), 'report.json');
    expect(report.verdict.status).toBe('pass');
    expect(report.cases.map((c) => [c.id, c.status, c.hallucinated])).toEqual([
      ['example-001', 'answered', false],
      ['example-002', 'abstained', false],
    ]);
    expect(report.cases[0]!.claims.map((c) => c.verdict)).toEqual(['supported']);
    expect(report.cases[0]!.facts.map((f) => f.entailed)).toEqual([true]);
    expect(report.metrics.hallucinationRate).toMatchObject({ numerator: 0 });
  });

  it('the per-case command form passes too', async () => {
    await runCli(['init', '--command', `node ${exampleApp} --stdin`, '--yes'], tmp.dir());
    expect(parse(readFileSync(join(tmp.dir(), 'factgate.yml'), 'utf8'))).not.toHaveProperty('command-mode');
    expect((await runCli(['run'], tmp.dir(), { PATH: process.env.PATH ?? '' })).code).toBe(0);
  });

  it('never overwrites a file that exists, and says which it kept', async () => {
    tmp.write('factgate.yml', 'golden-set: mine\n');
    tmp.write('golden-sets/example.yaml', '[]\n');
    const init = await runCli(['init', '--yes'], tmp.dir());
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('kept factgate.yml (it exists; not overwritten)');
    expect(init.stdout).toContain('kept golden-sets/example.yaml');
    expect(init.stdout).toContain('wrote .github/workflows/factgate.yml');
    expect(readFileSync(join(tmp.dir(), 'factgate.yml'), 'utf8')).toBe('golden-set: mine\n');
    expect(readFileSync(join(tmp.dir(), 'golden-sets/example.yaml'), 'utf8')).toBe('[]\n');
  });

  it('asks in a terminal and nothing in CI', async () => {
    const asked = await initInTerminal(['http', 'http://127.0.0.1:9000/ask', 'strict']);
    expect(asked.code).toBe(0);
    expect(asked.questions).toHaveLength(3);
    expect(asked.questions[0]).toContain('worker');
    expect(parse(readFileSync(join(tmp.dir(), 'factgate.yml'), 'utf8'))).toMatchObject({ endpoint: 'http://127.0.0.1:9000/ask', 'answer-path': 'answer', policy: 'strict' });
    expect(readFileSync(join(tmp.dir(), '.github/workflows/factgate.yml'), 'utf8')).toContain('Start your app');
  });

  it('asks in a terminal where CI is set to false', async () => {
    let asked = 0;
    await main(['init'], { stdout: () => undefined, stderr: () => undefined, cwd: tmp.dir(), env: { CI: 'false' }, color: false, prompt: async () => (asked++, '') });
    expect(asked).toBe(3);
  });

  it('asks nothing with --yes, even in a terminal, and uses the defaults', async () => {
    const quiet = await initInTerminal([], ['--yes']);
    expect(quiet.questions).toEqual([]);
    expect(parse(readFileSync(join(tmp.dir(), 'factgate.yml'), 'utf8'))).toMatchObject({ command: 'python app.py', policy: 'standard' });
  });

  it('writes a workflow that runs the Action with least privilege', async () => {
    await runCli(['init', '--responses', 'answers.jsonl'], tmp.dir(), { CI: 'true' });
    const workflow = parse(readFileSync(join(tmp.dir(), '.github/workflows/factgate.yml'), 'utf8'));
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const steps = workflow.jobs.gate.steps as { uses?: string }[];
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@v4', 'factgate/factgate@v1']);
    expect(parse(readFileSync(join(tmp.dir(), 'factgate.yml'), 'utf8'))).toMatchObject({ responses: 'answers.jsonl' });
  });

  it('rejects an unknown provider with the fix', async () => {
    const result = await runCli(['init', '--provider', 'wroker'], tmp.dir(), { CI: 'true' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('did you mean "worker"?');
    expect(existsSync(join(tmp.dir(), 'factgate.yml'))).toBe(false);
  });
});
