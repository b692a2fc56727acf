/** The Action bundle with report-html, run the way the runner runs it. */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pullRequestPayload, startServer } from '../github/support/harness.js';
import { startArtifactService } from '../support/artifact-service.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = useTempDir();

describe('the Action with report-html', () => {
  it('writes the page beside the report JSON, and a failed artifact upload only warns', async () => {
    tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1'), goldenCase('a-2')]));
    tmp.write('responses.jsonl', ['a-1', 'a-2'].map((id) => JSON.stringify({ id, answer: 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].' })).join('\n'));
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      GITHUB_WORKSPACE: tmp.dir(),
      GITHUB_OUTPUT: tmp.write('runner/output', ''),
      GITHUB_STEP_SUMMARY: tmp.write('runner/summary', ''),
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      'INPUT_GOLDEN-SET': 'golden',
      INPUT_RESPONSES: 'responses.jsonl',
      'INPUT_REPORT-JSON': 'factgate-report.json',
      'INPUT_REPORT-HTML': 'factgate-report.html',
      'INPUT_ARTIFACT-NAME': 'factgate-report',
    };
    // No Actions runtime here (no ACTIONS_RUNTIME_TOKEN): the upload cannot happen.
    const { stdout } = await run(process.execPath, [join(root, 'dist/action/index.js')], { cwd: tmp.dir(), env, timeout: 60_000 });
    const page = readFileSync(join(tmp.dir(), 'factgate-report.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<span class="badge">PASSED</span>');
    expect(existsSync(join(tmp.dir(), 'factgate-report.json'))).toBe(true);
    expect(stdout).toMatch(/::warning::The report artifact "factgate-report" was not uploaded: .+ With report-html set, factgate uploads the artifact itself/);
    expect(stdout).not.toContain('::error::');
  });

  it('on a pull request, uploads the page with the report JSON as the report artifact and the comment links to it', async () => {
    const github = await startServer();
    const artifacts = await startArtifactService(4242);
    try {
      github.addToken('ghs_actiontoken', { login: 'github-actions[bot]' });
      const payload = pullRequestPayload();
      const pr = payload.pull_request;
      github.pulls.push({ number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref, headRepository: pr.head.repo.full_name, state: 'open' });
      const eventFile = tmp.write('runner/event.json', JSON.stringify(payload));
      tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1')]));
      tmp.write('responses.jsonl', JSON.stringify({ id: 'a-1', answer: 'Adults may take up to 8,000 mg of Zentrafen in 24 hours [S1].' }));
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: tmp.dir(),
        GITHUB_OUTPUT: tmp.write('runner/output', ''),
        GITHUB_STEP_SUMMARY: tmp.write('runner/summary', ''),
        GITHUB_SHA: pr.head.sha,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_API_URL: github.baseUrl,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_RUN_ID: '987654',
        ...artifacts.env,
        'INPUT_GOLDEN-SET': 'golden',
        INPUT_RESPONSES: 'responses.jsonl',
        'INPUT_GITHUB-TOKEN': 'ghs_actiontoken',
        'INPUT_REPORT-JSON': 'factgate-report.json',
        'INPUT_REPORT-HTML': 'factgate-report.html',
        'INPUT_ARTIFACT-NAME': 'factgate-report',
        INPUT_COMMENT: 'always',
      };
      const failed = await run(process.execPath, [join(root, 'dist/action/index.js')], { cwd: tmp.dir(), env, timeout: 60_000 }).then(
        () => null,
        (error: { code: number; stdout: string }) => error,
      );
      expect(failed?.code).toBe(1); // the invented dose fails the gate
      expect(failed!.stdout).not.toContain('was not uploaded');
      expect(artifacts.artifacts.map((a) => [a.name, a.id])).toEqual([['factgate-report', 4242]]);
      const zip = tmp.write('artifact.zip', '');
      writeFileSync(zip, artifacts.artifacts[0]!.zip);
      expect(execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n').sort()).toEqual(['factgate-report.html', 'factgate-report.json']);
      const comments = github.commentsOn(pr.number);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('(https://github.com/Codertocat/Hello-World/actions/runs/987654/artifacts/4242)');
      expect(github.violations).toEqual([]);
    } finally {
      await artifacts.close();
      await github.close();
    }
  });
});
