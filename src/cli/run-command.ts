import { gitFactsFromEnv } from '../pipeline/git-facts.js';
import { runGate } from '../pipeline/run-gate.js';
import { createProgress } from '../responses/progress.js';
import { escapeLogText, redactDeep, redactSecrets } from '../shared/escape.js';
import { checkOutputTargets, isStandardOutput, type OutputTarget } from '../shared/output-targets.js';
import { writeAllOrNone } from '../shared/write-atomically.js';
import { JOB_SUMMARY_LIMIT } from '../report/budget.js';
import { renderMarkdownFitted } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { Report } from '../report/types.js';
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
  await checkOutputTargets(outputTargets(settings.reportJson, settings.reportMd));
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
  await writeOutputs(report, settings.reportJson, settings.reportMd, io.stdout, baseline);
  // With a report on standard output, the verdict goes to stderr so stdout stays one document.
  const verdictTo = [settings.reportJson, settings.reportMd].some((p) => p !== null && isStandardOutput(p)) ? io.stderr : io.stdout;
  verdictTo(redactSecrets(renderTerminal(report, { color: io.color }), secrets));
  return exitCodeFor(report);
}

/** The report outputs a run writes, by the setting that names each. */
export function outputTargets(jsonPath: string | null, mdPath: string | null, jsonSetting = 'report-json'): OutputTarget[] {
  return [
    ...(jsonPath ? [{ setting: jsonSetting, path: jsonPath }] : []),
    ...(mdPath ? [{ setting: 'report-md', path: mdPath }] : []),
  ];
}

/** Writes every report output or none, each under a temporary name first, so a crash never leaves half a report. */
export async function writeOutputs(
  report: Report,
  jsonPath: string | null,
  mdPath: string | null,
  stdout: (text: string) => void,
  baseline: Report | null = null,
  jsonSetting = 'report-json',
): Promise<void> {
  const [json, md] = [outputTargets(jsonPath, null, jsonSetting)[0], outputTargets(null, mdPath)[0]];
  await writeAllOrNone(
    [
      ...(json ? [{ ...json, content: { json: report } }] : []),
      ...(md ? [{ ...md, content: { text: renderMarkdownFitted(report, { limit: JOB_SUMMARY_LIMIT, baseline }).markdown } }] : []),
    ],
    stdout,
  );
}
