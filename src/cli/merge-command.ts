import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { loadBaselineReport, type BaselineLoad } from '../drift/index.js';
import type { JudgeInputs } from '../pipeline/judge-report.js';
import { mergeShardReports } from '../pipeline/merge-shards.js';
import type { ReportPart } from '../report/merge.js';
import { renderTerminal } from '../report/terminal.js';
import { ConfigurationError } from '../shared/errors.js';
import { exitCodeFor, parseFlags, type CliIo } from './cli-io.js';
import { outputTargets, reportOnStandardOutput, writeOutputs, writtenPaths, type ReportFiles } from '../pipeline/report-files.js';
import { checkOutputTargets, isStandardOutput } from '../shared/output-targets.js';
import { readReportJson } from './read-report.js';

export const MERGE_USAGE = `Usage: factgate merge REPORT... [--out FILE] [--report-md FILE] [--report-html FILE] [--baseline FILE]

Merges the reports of a sharded run (factgate run --shard INDEX/TOTAL) into the report
of the whole run, recomputes the metrics, compares with the baseline and applies the
policy again.

Checks that every part comes from the same golden set, settings, commit and factgate
version, and that each shard 1..TOTAL is there exactly once.

Arguments:
  REPORT...                   Shard report files or globs (e.g. "reports/*.json").

Options:
  --out FILE                  Write the merged report JSON here (- for standard output)
                              and print the verdict;
                              without it the merged JSON goes to standard output.
  --report-md FILE            Also write the Markdown report.
  --report-html FILE          Also write the HTML report (one page to browse every case).
  --baseline FILE             Compare the merged run with this report (drift tests).
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the reports cannot be merged.`;

export async function runMergeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'merge', {
    out: { type: 'string' as const },
    'report-md': { type: 'string' as const },
    'report-html': { type: 'string' as const },
    baseline: { type: 'string' as const },
    help: { type: 'boolean' as const },
  });
  if (values.help) {
    io.stdout(MERGE_USAGE + '\n');
    return 0;
  }
  const out = values.out === undefined ? null : outputPath(values.out, io.cwd);
  const md = values['report-md'] === undefined ? null : outputPath(values['report-md'], io.cwd);
  const html = values['report-html'] === undefined ? null : outputPath(values['report-html'], io.cwd);
  // Without --out the merged JSON is the standard output, as `--out -` is.
  const outputs: ReportFiles = { json: out ?? '-', md, html, jsonSetting: '--out' };
  await checkOutputTargets(outputTargets(outputs));
  const files = await expandInputs(positionals, io.cwd);
  const parts: ReportPart[] = [];
  for (const file of files) parts.push({ file, report: await readReportJson(file, io.cwd, 'shard report') });
  const gate = await baselineGate(values.baseline, io.cwd);
  const merged = mergeShardReports(parts, gate);
  await writeOutputs(merged, outputs, io.stdout, gate.baseline?.status === 'loaded' ? gate.baseline.report : null);
  if (out !== null) {
    const reportPaths = writtenPaths(outputs);
    (reportOnStandardOutput(outputs) ? io.stderr : io.stdout)(renderTerminal(merged, { color: io.color, reportPaths, ...(io.columns ? { width: io.columns } : {}) }));
  }
  return exitCodeFor(merged);
}

function outputPath(path: string, cwd: string): string {
  return isStandardOutput(path) ? path : resolve(cwd, path);
}

/** Files as given; a glob (quoted, or on a shell that does not expand it) is expanded here. */
async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  if (inputs.length === 0) {
    throw new ConfigurationError('no shard reports given', {
      place: 'factgate merge',
      fix: 'pass every shard report, e.g. factgate merge reports/report-*.json --out report.json',
    });
  }
  const files: string[] = [];
  for (const input of inputs) {
    if (!isDynamicPattern(input)) {
      files.push(input);
      continue;
    }
    const matches = (await glob(input, { cwd, dot: false })).sort();
    if (matches.length === 0) {
      throw new ConfigurationError(`no file matches ${input}`, {
        place: 'factgate merge',
        fix: 'check the pattern and that the shard artifacts were downloaded',
      });
    }
    files.push(...matches);
  }
  return files;
}

/** As in a run: an unreadable baseline is an input problem the policy rules on, not a crash. */
async function baselineGate(path: string | undefined, cwd: string): Promise<JudgeInputs> {
  if (path === undefined) return { baseline: null };
  let baseline: BaselineLoad;
  try {
    baseline = await loadBaselineReport(resolve(cwd, path), path);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { baseline: null, noBaselineReason: `the baseline could not be read (${path})`, inputProblems: [`baseline: ${error.message}`] };
  }
  return { baseline };
}
