// Writes schemas/report.schema.json from the Report type in src/report/types.ts, so the
// shipped schema and the code can never disagree. Run by `npm run build`.
import { writeFileSync } from 'node:fs';
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

export function writeReportSchema(outFile = `${root}schemas/report.schema.json`) {
  writeFileSync(outFile, JSON.stringify(generateReportSchema(), null, 2) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) writeReportSchema();
