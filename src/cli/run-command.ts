import { gitFactsFromEnv } from '../pipeline/git-facts.js';
import { outputTargets, writeOutputs, writtenPaths, type ReportFiles } from '../pipeline/report-files.js';
import { runGate } from '../pipeline/run-gate.js';
import { createProgress } from '../responses/progress.js';
import { escapeLogText, redactDeep, redactSecrets } from '../shared/escape.js';
import { checkOutputTargets, isStandardOutput } from '../shared/output-targets.js';
import { renderTerminal } from '../report/terminal.js';
import { OPTIONS } from '../settings/options.js';
import { resolveSettings, type RawOptions } from '../settings/settings.js';
import { exitCodeFor, parseFlags, type CliIo } from './cli-io.js';

export const RUN_USAGE = `Usage: factgate run [options]

Runs the golden set's answers through the judge, applies the policy and prints the verdict.

Options:
${OPTIONS.map((o) => `  --${o.key}${'placeholder' in o ? ` ${o.placeholder}` : ''}`.padEnd(30) + o.description).join('\n')}
  --help                      Show this help.

Exit status: 0 the gate passed, 1 the gate failed, 2 the input or settings are wrong.
Settings come from flags, then factgate.yml, then defaults (policy: standard).`;

export async function runRunCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, 'run', {
    ...Object.fromEntries(OPTIONS.map((o) => [o.key, { type: 'string' as const, multiple: o.kind === 'list' }])),
    help: { type: 'boolean' as const },
  });
  if (values.help) {
    io.stdout(RUN_USAGE + '\n');
    return 0;
  }
  const raw = values as RawOptions;
  const settings = await resolveSettings(raw, io.cwd);
  // Before any work: an hour's run must not end on a path that cannot be written.
  const files: ReportFiles = { json: settings.reportJson, md: settings.reportMd, html: settings.reportHtml };
  await checkOutputTargets(outputTargets(files));
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
  await writeOutputs(report, files, io.stdout, baseline);
  // With a report on standard output, the verdict goes to stderr so stdout stays one document.
  const verdictTo = outputTargets(files).some((target) => isStandardOutput(target.path)) ? io.stderr : io.stdout;
  const reportPaths = writtenPaths(files).filter((path) => !isStandardOutput(path));
  verdictTo(redactSecrets(renderTerminal(report, { color: io.color, reportPaths, ...(io.columns ? { width: io.columns } : {}) }), secrets));
  return exitCodeFor(report);
}
