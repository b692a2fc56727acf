// Writes schemas/report.schema.json from the Report type in src/report/types.ts, so the
// shipped schema and the code can never disagree. Run by `npm run build`.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

export function generateReportSchema() {
  const schema = createGenerator({
    path: `${root}src/report/types.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'Report',
    additionalProperties: false,
    skipTypeCheck: true,
    jsDoc: 'extended',
  }).createSchema('Report');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/factgate/factgate/schemas/report.schema.json',
    title: 'factgate report',
    description: 'The versioned report of one factgate run. Generated from src/report/types.ts.',
    $ref: schema.$ref,
    definitions: schema.definitions,
  };
}

/** Each schemaVersion with the hash of its schema: a version's shape never changes once released. */
const VERSIONS_FILE = `${root}schemas/report-schema-versions.json`;

/**
 * Writes the schema, and fails the build when the schema changed but schemaVersion did not
 * (readers of a version rely on its shape); a new version is recorded in `versionsOut`.
 */
export function writeReportSchema(outFile = `${root}schemas/report.schema.json`, versionsOut = VERSIONS_FILE, versionsIn = VERSIONS_FILE) {
  const schema = generateReportSchema();
  const text = JSON.stringify(schema, null, 2) + '\n';
  const version = String(schema.definitions.Report.properties.schemaVersion.const);
  const hash = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  const versions = existsSync(versionsIn) ? JSON.parse(readFileSync(versionsIn, 'utf8')) : {};
  if (versions[version] !== undefined && versions[version] !== hash) {
    throw new Error(
      `the report schema changed, but schemaVersion is still ${version}: bump REPORT_SCHEMA_VERSION in src/report/types.ts ` +
        `(reports of version ${version} must keep their shape), then run npm run build`,
    );
  }
  versions[version] = hash;
  writeFileSync(outFile, text);
  writeFileSync(versionsOut, JSON.stringify(versions, null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) writeReportSchema();
