import { isAbsolute, relative } from 'node:path';
import { gitFactsFromEnv } from '../pipeline/git-facts.js';
import { runGate } from '../pipeline/run-gate.js';
import { createProgress } from '../responses/progress.js';
import { escapeLogText, redactDeep, redactSecrets } from '../shared/escape.js';
import { writeJsonAtomically, writeTextAtomically } from '../shared/write-atomically.js';
import { JOB_SUMMARY_LIMIT } from '../report/budget.js';
import { renderJunit } from '../report/junit.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { Report } from '../report/types.js';
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
  const cancel = new AbortController();
  const stop = (): void => {
    io.stderr('factgate: stopping; a partial report will be written\n');
    cancel.abort();
  };
  io.onInterrupt?.(stop);
  const { report: unredacted, secrets, baseline } = await runGate(settings, {
    version: io.version,
    now: () => new Date(),
    git: gitFactsFromEnv(io.env),
    env: io.env,
    signal: cancel.signal,
    progress: createProgress({ write: io.stderr, isTTY: io.stderrIsTTY ?? false }),
    warn: (message) => io.stderr(`warning: ${escapeLogText(message)}\n`),
    ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
  });
  const report = redactDeep(unredacted, secrets);
  await writeOutputs(report, settings.reportJson, settings.reportMd, baseline, settings.reportJunit);
  io.stdout(redactSecrets(renderTerminal(report, { color: io.color }), secrets));
  const written = [settings.reportJson, settings.reportMd, settings.reportJunit].filter((p): p is string => p !== null).map((p) => displayPath(io.cwd, p));
  io.stdout(written.length > 0 ? `Reports: ${written.join(', ')}\n` : 'No report written (report-json: none).\n');
  return exitCodeFor(report);
}

/** A written file as the user would type it: relative inside the working directory. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Writes each file to a temporary name first, so a crash never leaves half a report. */
export async function writeOutputs(report: Report, jsonPath: string | null, mdPath: string | null, baseline: Report | null = null, junitPath: string | null = null): Promise<void> {
  if (jsonPath) await writeJsonAtomically(jsonPath, report);
  if (mdPath) await writeTextAtomically(mdPath, renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, baseline }).markdown);
  if (junitPath) await writeTextAtomically(junitPath, renderJunit(report));
}
