import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FakeGitHub } from '../../github/support/fake-github.js';
import { pullRequestPayload } from '../../github/support/harness.js';

const run = promisify(execFile);
export const root = fileURLToPath(new URL('../../..', import.meta.url));

export interface ActionRun {
  code: number;
  stdout: string;
  /** Node's own warnings (deprecations) land here. */
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs dist/action/index.js the way the runner does: INPUT_* variables and GITHUB_* files,
 * in `workspace` (GITHUB_WORKSPACE), with the runner's files under `workspace/runner`.
 */
export async function runAction(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  mkdirSync(join(workspace, 'runner'), { recursive: true });
  const outputFile = join(workspace, 'runner/output');
  const summaryFile = join(workspace, 'runner/summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/pull/7/merge',
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  let code = 0;
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run(process.execPath, [join(root, 'dist/action/index.js')], { cwd: workspace, env, timeout: 90_000 }));
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    code = failed.code;
    stdout = failed.stdout;
    stderr = failed.stderr;
  }
  return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** Runs dist/cli/index.js as a user's shell does, with only `env` (and PATH) set. */
export async function runBuiltCli(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'dist/cli/index.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** GITHUB_OUTPUT uses heredoc blocks: name<<DELIMITER / value / DELIMITER. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    while (lines[++i] !== match[2]) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/**
 * The runner's pull-request event (a real `pull_request` payload), with the pull request
 * open on the local API and the workflow token (`github-actions[bot]`) known to it.
 */
export function openPullRequest(server: FakeGitHub, eventDir: string, options: { fromFork?: boolean; canWrite?: boolean } = {}): { eventFile: string; number: number; headSha: string; env: Record<string, string> } {
  const writable = options.canWrite ?? !options.fromFork;
  server.addToken('ghs_actiontoken', { login: 'github-actions[bot]', canWriteComments: writable, canWriteChecks: writable });
  const payload = pullRequestPayload({ fromFork: options.fromFork ?? false });
  const pr = payload.pull_request;
  server.pulls.push({ number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref, headRepository: pr.head.repo.full_name, state: 'open' });
  mkdirSync(eventDir, { recursive: true });
  const eventFile = join(eventDir, 'event.json');
  writeFileSync(eventFile, JSON.stringify(payload));
  return {
    eventFile,
    number: pr.number,
    headSha: pr.head.sha,
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_API_URL: server.baseUrl, GITHUB_REPOSITORY: 'Codertocat/Hello-World' },
  };
}
