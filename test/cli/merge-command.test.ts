import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMergeCommand } from '../../src/cli/merge-command.js';
import type { Report } from '../../src/report/types.js';
import { validateReport } from '../../src/report/validate-report.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { SecretMask } from '../../src/shared/secrets.js';
import { answeredGoldenSet, shardReport, withoutTimings } from '../report/shard-reports.js';
import { useTempDir } from '../support/temp.js';

const tmp = useTempDir();
let whole: Report;
let parts: Report[];

beforeAll(async () => {
  const data = await answeredGoldenSet();
  whole = data.whole;
  parts = [];
  for (let index = 1; index <= 3; index++) parts.push(await shardReport(data, { index, total: 3 }));
}, 60_000);

async function merge(argv: string[]): Promise<{ code: number; stdout: string; error?: ConfigurationError }> {
  let stdout = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => {}, cwd: tmp.dir(), env: {}, color: false, version: '0.1.0', secrets: new SecretMask() };
  try {
    return { code: await runMergeCommand(argv, io), stdout };
  } catch (error) {
    if (error instanceof ConfigurationError) return { code: 2, stdout, error };
    throw error;
  }
}

function writeParts(names = ['report-1.json', 'report-2.json', 'report-3.json']): void {
  names.forEach((name, i) => tmp.write(`shards/${name}`, JSON.stringify(parts[i]!, null, 2)));
}

describe('factgate merge', () => {
  it('merges the files a glob names, writes the report and exits with the verdict', async () => {
    writeParts();
    const result = await merge(['shards/report-*.json', '--out', 'out/report.json', '--report-md', 'out/report.md']);
    expect(result.error).toBeUndefined();
    expect(result.code).toBe(whole.verdict.status === 'pass' ? 0 : 1);
    expect(result.stdout).toMatch(/factgate: (PASSED|FAILED)/);
    const merged = validateReport(JSON.parse(readFileSync(join(tmp.dir(), 'out/report.json'), 'utf8')), 'report.json');
    expect(withoutTimings(merged)).toEqual(withoutTimings(whole));
    expect(readFileSync(join(tmp.dir(), 'out/report.md'), 'utf8')).toMatch(/factgate/);
  });

  it('prints the merged JSON when there is no --out', async () => {
    writeParts();
    const result = await merge(['shards/report-1.json', 'shards/report-2.json', 'shards/report-3.json']);
    expect(withoutTimings(JSON.parse(result.stdout))).toEqual(withoutTimings(whole));
  });

  it('compares the merged run with a baseline, and fails closed when the baseline is unreadable', async () => {
    writeParts();
    tmp.write('baseline.json', JSON.stringify(whole));
    await merge(['shards/*.json', '--out', 'merged.json', '--baseline', 'baseline.json']);
    const compared = JSON.parse(readFileSync(join(tmp.dir(), 'merged.json'), 'utf8')) as Report;
    expect(compared.drift).toMatchObject({ status: 'compared', baseline: { file: 'baseline.json' } });
    expect(compared.drift!.cases.compared).toBe(whole.cases.length);

    tmp.write('broken-baseline.json', '{');
    const result = await merge(['shards/*.json', '--out', 'merged.json', '--baseline', 'broken-baseline.json']);
    const unreadable = JSON.parse(readFileSync(join(tmp.dir(), 'merged.json'), 'utf8')) as Report;
    expect(unreadable.drift).toMatchObject({ status: 'skipped', reason: 'the baseline could not be read (broken-baseline.json)' });
    expect(result.code).toBe(1);
  });

  it('explains a missing shard', async () => {
    writeParts(['report-1.json', 'report-2.json']);
    tmp.write('shards/unrelated.txt', 'x');
    const result = await merge(['shards/*.json', '--out', 'report.json']);
    expect(result.code).toBe(2);
    expect(result.error!.message).toMatch(/shard 3\/3 is missing/);
  });

  it('names a file that is not JSON, or not a report', async () => {
    writeParts();
    tmp.write('shards/broken.json', '{"schemaVersion": 1,');
    expect((await merge(['shards/report-1.json', 'shards/broken.json'])).error).toMatchObject({ file: 'shards/broken.json' });
    tmp.write('shards/other.json', '{"hello": 1}');
    expect((await merge(['shards/report-1.json', 'shards/other.json'])).error!.message).toMatch(/shards\/other.json: this is not a factgate report/);
    expect((await merge(['shards/nope.json'])).error!.message).toMatch(/shards\/nope.json: cannot read the shard report/);
    expect((await merge(['shards/none-*.json'])).error!.message).toMatch(/no file matches shards\/none-\*\.json/);
    expect((await merge([])).error!.message).toMatch(/no shard reports given/);
  });

  it('shows its usage', async () => {
    const result = await merge(['--help']);
    expect(result.stdout).toMatch(/Usage: factgate merge REPORT\.\.\./);
  });
});
