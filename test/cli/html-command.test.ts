import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeReport } from '../drift/synthetic-reports.js';
import { runCli } from '../support/cli.js';
import { useTempDir } from '../support/temp.js';

const tmp = useTempDir();

describe('factgate html', () => {
  it('writes the page for a report, with the coverage chart when the report has coverage', async () => {
    const report = makeReport({ lineCoverage: 0.7 });
    report.coverage!.files = [
      { path: 'src/app/answer.py', lines: { covered: 3, total: 10, rate: 0.3 }, branches: { covered: 0, total: 0, rate: null } },
      { path: 'src/app/retrieve.py', lines: { covered: 9, total: 10, rate: 0.9 }, branches: { covered: 0, total: 0, rate: null } },
    ];
    tmp.write('report.json', JSON.stringify(report));
    const result = await runCli(['html', 'report.json', '--out', 'out/page.html'], tmp.dir());
    expect(result).toEqual({ code: 0, stdout: `factgate: wrote out/page.html (${report.cases.length} cases)\n`, stderr: '' });
    const page = readFileSync(join(tmp.dir(), 'out/page.html'), 'utf8');
    const chart = /<figcaption>Line coverage by file[^]*?<\/figure>/.exec(page)![0];
    expect(chart.match(/<rect class="bar head/g)).toHaveLength(2);
    expect(chart.indexOf('app/answer.py')).toBeLessThan(chart.indexOf('app/retrieve.py'));
    expect(chart).toContain('<line class="threshold"');
  });

  it('says what is missing and how to fix it', async () => {
    tmp.write('report.json', JSON.stringify(makeReport()));
    tmp.write('broken.json', '{"schemaVersion": 2,');
    tmp.write('other.json', JSON.stringify({ hello: 'world' }));
    const noOut = await runCli(['html', 'report.json'], tmp.dir());
    expect(noOut).toMatchObject({ code: 2, stderr: expect.stringContaining('no --out file given') });
    expect(noOut.stderr).toContain('--out report.html');
    expect(await runCli(['html', '--out', 'x.html'], tmp.dir())).toMatchObject({ code: 2, stderr: expect.stringContaining('no report given') });
    const missing = await runCli(['html', 'nope.json', '--out', 'x.html'], tmp.dir());
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining('nope.json') });
    const broken = await runCli(['html', 'broken.json', '--out', 'x.html'], tmp.dir());
    expect(broken).toMatchObject({ code: 2, stderr: expect.stringContaining('broken.json') });
    expect(broken.stderr).toContain('not JSON');
    const other = await runCli(['html', 'report.json', '--baseline', 'other.json', '--out', 'x.html'], tmp.dir());
    expect(other).toMatchObject({ code: 2, stderr: expect.stringContaining('other.json') });
    expect(await runCli(['html', 'report.json', '--outt', 'x.html'], tmp.dir())).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean --out?') });
  });
});
