import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { goldenCase, useTempDir } from '../support/temp.js';

const tmp = useTempDir();

// A per-case app that answers at once, except for the case "c-3", where it hangs.
const APP = `
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', () => {
  const kase = JSON.parse(input);
  if (kase.id === 'c-3') {
    require('node:fs').writeFileSync(process.argv[2], 'in flight');
    return setInterval(() => {}, 1000);
  }
  process.stdout.write(JSON.stringify({ id: kase.id, answer: 'Adults should not take more than 3,000 mg of Zentrafen in 24 hours [S1].' }));
});
`;

describe('cancelling a run (Ctrl-C)', () => {
  it('stops the app and writes a partial report that says which cases were not run', async () => {
    tmp.write('golden/cases.json', JSON.stringify(['c-1', 'c-2', 'c-3', 'c-4', 'c-5'].map((id) => goldenCase(id))));
    const app = tmp.write('app.cjs', APP);
    const marker = join(tmp.dir(), 'c-3.started');
    let stop: (() => void) | undefined;
    const run = runCli(
      ['run', '--golden-set', 'golden', '--command', `${JSON.stringify(process.execPath)} ${JSON.stringify(app)} ${JSON.stringify(marker)}`, '--concurrency', '1', '--report-json', 'r.json'],
      tmp.dir(),
      {},
      { onInterrupt: (s) => void (stop = s) },
    );
    // Cancel once the hanging case is in flight.
    while (!existsSync(marker)) await new Promise((resolve) => setTimeout(resolve, 50));
    stop!();
    const result = await run;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stopping; a partial report will be written');
    const report = JSON.parse(readFileSync(join(tmp.dir(), 'r.json'), 'utf8'));
    expect(report.run.partial).toBe(true);
    expect(report.run.partialReason).toMatch(/^cancelled: \d case/);
    expect(report.verdict.status).toBe('error');
    const notRun = report.cases.filter((c: { status: string }) => c.status === 'not-run').map((c: { id: string }) => c.id);
    expect(notRun).toContain('c-3');
    expect(notRun).toContain('c-5');
    expect(report.cases.find((c: { id: string }) => c.id === 'c-1').status).toBe('answered');
  });
});
