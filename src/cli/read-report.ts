import { resolve } from 'node:path';
import { MAX_BASELINE_BYTES } from '../drift/index.js';
import type { Report } from '../report/types.js';
import { validateReport } from '../report/validate-report.js';
import { ConfigurationError } from '../shared/errors.js';
import { readTextFile } from '../shared/files.js';

/** A report JSON file that factgate wrote, bounded in size and checked against the schema. */
export async function readReportJson(file: string, cwd: string, what: string): Promise<Report> {
  const text = await readTextFile(resolve(cwd, file), MAX_BASELINE_BYTES, what, file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`not JSON: ${(error as Error).message}`, {
      file,
      fix: 'pass the unmodified report JSON that factgate wrote',
    });
  }
  return validateReport(value, file);
}
