import { mergeReports, type ReportPart } from '../report/merge.js';
import type { Report } from '../report/types.js';
import { judgeReport, type JudgeInputs } from './judge-report.js';

/**
 * The shards of one run as the report of the whole run: cases merged, then drift (each
 * shard compared only its own cases, so it is computed afresh) and the verdict, as a run decides them.
 */
export function mergeShardReports(parts: readonly ReportPart[], gate: JudgeInputs = { baseline: null }): Report {
  return judgeReport(mergeReports(parts), gate);
}
