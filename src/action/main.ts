import * as core from '@actions/core';
import packageJson from '../../package.json' with { type: 'json' };
import { writeOutputs } from '../cli/run-command.js';
import { gitFactsFromEnv } from '../pipeline/git-facts.js';
import { runGate } from '../pipeline/run-gate.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import type { Report } from '../report/types.js';
import { resolveSettings } from '../settings/settings.js';
import type { OutputName } from '../settings/options.js';
import { ConfigurationError, getErrorMessage } from '../shared/errors.js';
import { readActionInputs } from './inputs.js';

/** The Action: the same settings and pipeline as the CLI, plus the job summary and outputs. */
export async function run(): Promise<void> {
  try {
    const raw = readActionInputs(core);
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = await resolveSettings(raw, cwd);
    const report = await runGate(settings, {
      version: packageJson.version,
      now: () => new Date(),
      git: gitFactsFromEnv(process.env),
    });
    await writeOutputs(report, settings.reportJson, settings.reportMd);
    core.info(renderTerminal(report, { color: false }));
    await core.summary.addRaw(renderMarkdown(report)).write();
    setOutputs(report, settings.reportJson);
    if (report.verdict.status !== 'pass' && report.verdict.status !== 'overridden') {
      core.setFailed(`factgate: the gate ${report.verdict.status === 'fail' ? 'failed' : 'could not decide'}: ${report.verdict.breaches.map((b) => b.rule).join(', ') || 'see the report'}`);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) core.setFailed(`factgate: ${error.message}`);
    else core.setFailed(`factgate: internal error: ${getErrorMessage(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
  }
}

function setOutputs(report: Report, reportPath: string | null): void {
  const outputs: Record<OutputName, string> = {
    verdict: report.verdict.status,
    'hallucination-rate': report.metrics.hallucinationRate.value?.toString() ?? '',
    'citation-coverage': report.metrics.citationCoverage.value?.toString() ?? '',
    'report-path': reportPath ?? '',
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
