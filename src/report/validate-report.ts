import { Ajv, type ValidateFunction } from 'ajv';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { ConfigurationError } from '../shared/errors.js';
import { AJV_OPTIONS, bestError, pointerToPath } from '../shared/schema.js';
import { jsonPointer } from '../shared/structured.js';
import { REPORT_SCHEMA_VERSION, type Report } from './types.js';

/**
 * Compiled on first use. This module, and Ajv with it, is loaded only where a report is read
 * (a baseline, a shard, a comment artifact): a run without a baseline never loads either.
 */
let compiled: ValidateFunction<Report> | undefined;
const reportValidator = (): ValidateFunction<Report> => (compiled ??= new Ajv(AJV_OPTIONS).compile<Report>(reportSchema));

/**
 * Checks that a parsed JSON document is a factgate report this version can read.
 * Baselines, shard parts and fork-safe comment artifacts all pass through here.
 */
export function validateReport(value: unknown, file: string): Report {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (value === null || typeof value !== 'object' || version === undefined) {
    throw new ConfigurationError('this is not a factgate report (no schemaVersion)', {
      file,
      fix: 'point to the JSON written by factgate run --report-json',
    });
  }
  if (version !== REPORT_SCHEMA_VERSION) {
    throw new ConfigurationError(`report schema version ${String(version)} is not supported (this factgate reads version ${REPORT_SCHEMA_VERSION})`, {
      file,
      fix: 'produce the report with the same factgate version, or regenerate the baseline',
    });
  }
  if (!reportValidator()(value)) {
    const error = bestError(reportValidator().errors!);
    throw new ConfigurationError(`the report does not match the report schema: ${error.message ?? 'invalid'}`, {
      file,
      place: jsonPointer(pointerToPath(error.instancePath)),
      fix: 'use the unmodified report JSON that factgate wrote',
    });
  }
  return value;
}
