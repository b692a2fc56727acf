import { describe, expect, it } from 'vitest';
import { compareWithBaseline, loadBaselineReport } from '../../src/drift/index.js';
import { ConfigurationError } from '../../src/shared/errors.js';
import { useTempDir } from '../support/temp.js';
import { makeReport } from './synthetic-reports.js';

const temp = useTempDir();

async function configurationError(promise: Promise<unknown>): Promise<ConfigurationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return error as ConfigurationError;
}

describe('loadBaselineReport', () => {
  it('loads a report written by factgate', async () => {
    const report = makeReport();
    const path = temp.write('baseline.json', JSON.stringify(report));
    const loaded = await loadBaselineReport(path, 'baseline.json');
    expect(loaded.status).toBe('loaded');
    if (loaded.status === 'loaded') expect(loaded.report).toEqual(report);
  });

  it('reports another schema version as not comparable instead of failing', async () => {
    const report = { ...makeReport(), schemaVersion: 99 };
    const path = temp.write('old.json', JSON.stringify(report));
    const loaded = await loadBaselineReport(path, 'old.json');
    expect(loaded).toMatchObject({ status: 'not-comparable', file: 'old.json', gitSha: report.run.gitSha });
    const drift = compareWithBaseline(makeReport(), loaded, { alpha: 0.05, minEffect: 0.02 });
    expect(drift.status).toBe('not-comparable');
    expect(drift.reason).toMatch(/schema version 99/);
    expect(drift.findings).toEqual([]);
  });

  it('names the file and the fix when the baseline is missing', async () => {
    const error = await configurationError(loadBaselineReport(`${temp.dir()}/nope.json`, 'nope.json'));
    expect(error.file).toBe('nope.json');
    expect(error.fix).toBeTruthy();
  });

  it('names the file when the baseline is not JSON', async () => {
    const path = temp.write('broken.json', '{"schemaVersion": 1,');
    const error = await configurationError(loadBaselineReport(path, 'broken.json'));
    expect(error.file).toBe('broken.json');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('refuses JSON that is not a factgate report', async () => {
    const path = temp.write('other.json', JSON.stringify({ schemaVersion: 1, results: [] }));
    const error = await configurationError(loadBaselineReport(path, 'other.json'));
    expect(error.place).toBe('/tool/name');
  });

  it('refuses a factgate report that does not match the schema, pointing at the field', async () => {
    const report = makeReport() as unknown as { cases: Record<string, unknown>[] };
    delete report.cases[0]!.contentHash;
    const path = temp.write('edited.json', JSON.stringify(report));
    const error = await configurationError(loadBaselineReport(path, 'edited.json'));
    expect(error.file).toBe('edited.json');
    expect(error.place).toMatch(/cases/);
  });
});
