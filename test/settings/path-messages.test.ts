import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const tmp = useTempDir();

/** factgate.yml in a sub-folder, so its relative paths and the working directory differ. */
function configInSubfolder(lines: string[]): void {
  tmp.write('golden/cases.json', JSON.stringify([goldenCase('a-1')]));
  tmp.write('ci/factgate.yml', lines.join('\n') + '\n');
}

describe('a path that is not found names where it was looked for, and the rule', () => {
  it('a golden set in factgate.yml is looked for next to the file', async () => {
    configInSubfolder(['golden-set: golden', 'responses: answers.jsonl']);
    const result = await runCli(['run', '--config', 'ci/factgate.yml'], tmp.dir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`it was read as ${join(tmp.dir(), 'ci', 'golden')}; paths in factgate.yml are relative to the file's folder`);
  });

  it('a responses file in factgate.yml, likewise', async () => {
    configInSubfolder(['golden-set: ../golden', 'responses: answers.jsonl']);
    const result = await runCli(['run', '--config', 'ci/factgate.yml'], tmp.dir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`it was read as ${join(tmp.dir(), 'ci', 'answers.jsonl')}; paths in factgate.yml are relative to the file's folder`);
  });

  it("a command's working directory from factgate.yml, likewise", async () => {
    configInSubfolder(['golden-set: ../golden', 'command: node app.mjs', 'command-cwd: app']);
    const result = await runCli(['run', '--config', 'ci/factgate.yml'], tmp.dir(), { PATH: process.env.PATH ?? '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`the working directory ${join(tmp.dir(), 'ci', 'app')} does not exist`);
    expect(result.stderr).toContain("paths in factgate.yml are relative to the file's folder");
  });
});
