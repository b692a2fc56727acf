import { isAbsolute, relative } from 'node:path';
import { gitFactsFromEnv } from '../pipeline/git-facts.js';
import { outputTargets, reportOnStandardOutput, writeOutputs, writtenPaths, type ReportFiles } from '../pipeline/report-files.js';
import { runGate } from '../pipeline/run-gate.js';
import { createProgress } from '../responses/progress.js';
import { escapeLogText } from '../shared/escape.js';
import { checkOutputTargets } from '../shared/output-targets.js';
import { renderTerminal } from '../report/terminal.js';
import { OPTIONS } from '../settings/options.js';
import { explainSettings, replacedSettingsWarning } from '../settings/explain-settings.js';
import { DEFAULT_REPORT_JSON } from '../settings/report-defaults.js';
import { resolveSettings, type RawOptions } from '../settings/settings.js';
import { exitCodeFor, parseFlags, type CliIo } from './cli-io.js';

export const RUN_USAGE = `Usage: factgate run [options]

Runs the golden set's answers through the judge, applies the policy and prints the verdict.

Options:
${OPTIONS.map((o) => `  --${o.key}${'placeholder' in o ? ` ${o.placeholder}` : ''}`.padEnd(30) + o.description).join('\n')}
  --explain-settings          Print every setting, its value and where it came from (flag, file and line, default), and stop.
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the input or settings are wrong.
Settings come from flags, then factgate.yml, then defaults (policy: standard). A flag that
chooses the app (--responses, --command, --endpoint) replaces all the app settings of
factgate.yml (mode, folder, time-outs). The report goes to ${DEFAULT_REPORT_JSON} unless
--report-json names another file (or none).`;

export async function runRunCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, 'run', {
    ...Object.fromEntries(OPTIONS.map((o) => [o.key, { type: 'string' as const, multiple: o.kind === 'list' }])),
    help: { type: 'boolean' as const },
    'explain-settings': { type: 'boolean' as const },
  });
  if (values.help) {
    io.stdout(RUN_USAGE + '\n');
    return 0;
  }
  const { 'explain-settings': explain, help: _help, ...raw } = values as RawOptions & { 'explain-settings'?: boolean; help?: boolean };
  const settings = await resolveSettings(raw, io.cwd, { reportJson: DEFAULT_REPORT_JSON });
  if (explain) {
    io.stdout(explainSettings(settings.origins, settings.configFile));
    return 0;
  }
  const replaced = replacedSettingsWarning(settings.origins);
  if (replaced) io.stderr(`warning: ${escapeLogText(replaced)}\n`);
  // Before any work: an hour's run must not end on a path that cannot be written.
  const files: ReportFiles = { json: settings.reportJson, md: settings.reportMd, html: settings.reportHtml, junit: settings.reportJunit };
  await checkOutputTargets(outputTargets(files));
  const cancel = new AbortController();
  const stop = (): void => {
    io.stderr('factgate: stopping; a partial report will be written\n');
    cancel.abort();
  };
  io.onInterrupt?.(stop);
  const { report, baseline } = await runGate(settings, {
    version: io.version,
    now: () => new Date(),
    git: gitFactsFromEnv(io.env),
    env: io.env,
    signal: cancel.signal,
    progress: createProgress({ write: io.stderr, isTTY: io.stderrIsTTY ?? false }),
    warn: (message) => io.stderr(`warning: ${escapeLogText(message)}\n`),
    ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
    secrets: io.secrets,
  });
  await writeOutputs(report, files, io.stdout, baseline);
  const verdictTo = reportOnStandardOutput(files) ? io.stderr : io.stdout;
  const reportPaths = writtenPaths(files).map((path) => displayPath(io.cwd, path));
  verdictTo(renderTerminal(report, { color: io.color, reportPaths, ...(io.columns ? { width: io.columns } : {}) }));
  if (outputTargets(files).length === 0) verdictTo('No report written (report-json: none).\n');
  return exitCodeFor(report);
}

/** A written file as the user would type it: relative inside the working directory. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
