import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without type declarations
import { writeReportSchema } from '../../scripts/generate-report-schema.mjs';
import { REPORT_SCHEMA_VERSION } from '../../src/report/types.js';

const dir = mkdtempSync(join(tmpdir(), 'factgate-schema-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the report schema and its version', () => {
  it('records a new version with the hash of its schema', () => {
    const versionsOut = join(dir, 'recorded.json');
    writeReportSchema(join(dir, 'schema.json'), versionsOut, join(dir, 'none.json'));
    const recorded = JSON.parse(readFileSync(versionsOut, 'utf8')) as Record<string, string>;
    expect(Object.keys(recorded)).toEqual([String(REPORT_SCHEMA_VERSION)]);
    expect(recorded[String(REPORT_SCHEMA_VERSION)]).toMatch(/^sha256:[0-9a-f]{64}$/);
  }, 60_000);

  it('fails the build when the schema changed but the version did not', () => {
    const versionsIn = join(dir, 'older.json');
    writeFileSync(versionsIn, JSON.stringify({ [String(REPORT_SCHEMA_VERSION)]: `sha256:${'0'.repeat(64)}` }));
    expect(() => writeReportSchema(join(dir, 'schema.json'), join(dir, 'out.json'), versionsIn)).toThrow(
      new RegExp(`schemaVersion is still ${REPORT_SCHEMA_VERSION}: bump REPORT_SCHEMA_VERSION`),
    );
  }, 60_000);

  it('the committed record holds the committed schema', () => {
    const versionsOut = join(dir, 'committed.json');
    writeReportSchema(join(dir, 'schema.json'), versionsOut);
    expect(readFileSync(versionsOut, 'utf8')).toBe(readFileSync(new URL('../../schemas/report-schema-versions.json', import.meta.url), 'utf8'));
  }, 60_000);
});
