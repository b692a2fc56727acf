import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GITHUB_OPTIONS, OPTIONS, OUTPUTS } from '../../src/settings/options.js';
import { runCli } from '../support/cli.js';
import { startServer } from '../github/support/harness.js';
import { openPullRequest as openPullRequestOn, root, runAction as runBuiltAction } from './support/action-runner.js';
import { writeLargeSet } from '../support/large-set.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const tmp = useTempDir();

/** The built Action in this test's temporary workspace. */
function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  return runBuiltAction(tmp.dir(), inputs, extraEnv);
}

function openPullRequest(server: Awaited<ReturnType<typeof startServer>>): { eventFile: string; number: number } {
  return openPullRequestOn(server, join(tmp.dir(), 'runner'));
}

const GOOD = 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].';
const INVENTED = 'Adults may take up to 8,000 mg of Zentrafen in 24 hours [S1].';

describe('the Action bundle', () => {
  it('declares every option as an input and every output, on node24', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual([...OPTIONS, ...GITHUB_OPTIONS].map((o) => o.key).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(OUTPUTS).sort());
    for (const input of Object.values(action.inputs) as { description: string }[]) expect(input.description.length).toBeGreaterThan(10);
  });

  it('gives the same verdict as the CLI, sets the outputs and writes the job summary', async () => {
    tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1'), goldenCase('a-2')]));
    tmp.write('responses.jsonl', [JSON.stringify({ id: 'a-1', answer: GOOD }), JSON.stringify({ id: 'a-2', answer: INVENTED })].join('\n'));
    const action = await runAction({ 'golden-set': 'golden', responses: 'responses.jsonl', policy: 'standard', 'report-json': 'factgate-report.json' });
    expect(action.code).toBe(1);
    expect(action.stdout).toContain('::error::factgate: the gate failed: max-hallucination-rate');
    expect(action.outputs).toEqual({
      verdict: 'fail',
      'hallucination-rate': '0.5',
      'citation-coverage': '0.5',
      'report-path': join(tmp.dir(), 'factgate-report.json'),
    });
    expect(action.summary).toContain('factgate failed');
    const actionReport = JSON.parse(readFileSync(join(tmp.dir(), 'factgate-report.json'), 'utf8'));

    const cli = await runCli(['run', '--golden-set', 'golden', '--responses', 'responses.jsonl', '--report-json', 'cli.json'], tmp.dir());
    expect(cli.code).toBe(1);
    const cliReport = JSON.parse(readFileSync(join(tmp.dir(), 'cli.json'), 'utf8'));
    expect(actionReport.verdict).toEqual(cliReport.verdict);
    expect(actionReport.metrics).toEqual(cliReport.metrics);
  });

  it('judges a large golden set on its worker threads, with the CLI\'s report', async () => {
    writeLargeSet(tmp.dir(), 4600);
    const action = await runAction({ 'golden-set': 'golden.jsonl', responses: 'responses.jsonl', 'report-json': 'action.json' });
    expect(action.code).toBe(1);
    const cli = await runCli(['run', '--golden-set', 'golden.jsonl', '--responses', 'responses.jsonl', '--report-json', 'cli.json'], tmp.dir());
    const [actionReport, cliReport] = ['action.json', 'cli.json'].map((file) => JSON.parse(readFileSync(join(tmp.dir(), file), 'utf8')));
    expect(actionReport.cases).toEqual(cliReport.cases);
    expect(actionReport.verdict).toEqual(cliReport.verdict);
    expect(action.outputs['hallucination-rate']).toBe(String(cliReport.metrics.hallucinationRate.value));
  }, 60_000);

  it('warns, as the CLI does, when an input that chooses the app sets factgate.yml\'s app settings aside', async () => {
    tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1')]));
    tmp.write('responses.jsonl', JSON.stringify({ id: 'a-1', answer: GOOD }));
    tmp.write('factgate.yml', 'golden-set: golden\ncommand: node app.mjs\ncommand-mode: worker\n');
    const action = await runAction({ responses: 'responses.jsonl', 'report-json': 'r.json' });
    expect(action.code).toBe(0);
    expect(action.stdout).toMatch(/::warning::.*replaces the app settings of .*factgate\.yml: command \(line 2\), command-mode \(line 3\) are not used/);
  });

  it('fails the step with the fix when an input is wrong', async () => {
    const action = await runAction({ 'golden-set': 'missing-dir', responses: 'r.jsonl' });
    // 2, as the CLI: the input is wrong, the gate never ran.
    expect(action.code).toBe(2);
    expect(action.stdout).toContain('::error::factgate: missing-dir: the golden set path does not exist');
    expect(action.outputs).toEqual({});
  });

  it('on a pull request, posts one sticky comment through the GitHub API and sets its URL', async () => {
    const server = await startServer();
    try {
      const { eventFile, number } = openPullRequest(server);
      tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1'), goldenCase('a-2')]));
      tmp.write('responses.jsonl', [JSON.stringify({ id: 'a-1', answer: GOOD }), JSON.stringify({ id: 'a-2', answer: INVENTED })].join('\n'));
      const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_API_URL: server.baseUrl, GITHUB_REPOSITORY: 'Codertocat/Hello-World' };
      const inputs = { 'golden-set': 'golden', responses: 'responses.jsonl', 'github-token': 'ghs_actiontoken', 'report-json': 'r.json' };
      const first = await runAction(inputs, env);
      expect(first.code).toBe(1);
      const comments = server.commentsOn(number);
      expect(comments).toHaveLength(1);
      // The marker names the pull request's head commit (and the run, when GITHUB_RUN_ID is set).
      expect(comments[0]!.body).toMatch(/^<!-- factgate:factgate sha=[0-9a-f]{40} -->\n/);
      expect(comments[0]!.body).toContain('max-hallucination-rate');
      expect(first.outputs['comment-url']).toMatch(/^https?:\/\//);
      // The token is masked for the runner, and appears nowhere else.
      expect(first.stdout.split('\n').filter((line) => line.includes('ghs_actiontoken'))).toEqual(['::add-mask::ghs_actiontoken']);
      const second = await runAction(inputs, env);
      expect(second.code).toBe(1);
      expect(server.commentsOn(number)).toHaveLength(1);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('with baseline: auto and no earlier run on the base branch, skips drift and says why', async () => {
    const server = await startServer();
    try {
      const { eventFile } = openPullRequest(server);
      tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1')]));
      tmp.write('responses.jsonl', JSON.stringify({ id: 'a-1', answer: GOOD }));
      const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_API_URL: server.baseUrl, GITHUB_REPOSITORY: 'Codertocat/Hello-World' };
      const result = await runAction({ 'golden-set': 'golden', responses: 'responses.jsonl', 'github-token': 'ghs_actiontoken', baseline: 'auto', 'report-json': 'r.json', comment: 'off' }, env);
      const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
      expect(report.drift.status).toBe('skipped');
      expect(report.drift.reason).toMatch(/successful/);
      expect(result.code).toBe(0);
    } finally {
      await server.close();
    }
  });
});
