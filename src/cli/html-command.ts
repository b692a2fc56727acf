import { resolve } from 'node:path';
import { renderHtmlPieces } from '../report/html/render-html.js';
import { ConfigurationError } from '../shared/errors.js';
import { writePiecesAtomically } from '../shared/write-atomically.js';
import { parseFlags, type CliIo } from './cli-io.js';
import { readReportJson } from './read-report.js';

export const HTML_USAGE = `Usage: factgate html REPORT.json --out FILE [--baseline BASE.json]

Renders a report JSON as one self-contained HTML page to browse: the verdict, the metrics
with their intervals and thresholds, charts, drift findings, and every case with each
claim, its citations and its evidence. The page needs no network and opens from file://
or a downloaded artifact.

Arguments:
  REPORT.json                 A report written by factgate run or factgate merge.

Options:
  --out FILE                  Where to write the page (required).
  --baseline FILE             Another run's report: its figures beside this run's, and
                              which cases changed.
  --help                      Show this help.

Exit status: 0 the page was written, 2 a report cannot be read.`;

export async function runHtmlCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'html', {
    out: { type: 'string' as const },
    baseline: { type: 'string' as const },
    help: { type: 'boolean' as const },
  });
  if (values.help) {
    io.stdout(HTML_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) {
    throw new ConfigurationError(positionals.length === 0 ? 'no report given' : `one report at a time (got ${positionals.length})`, {
      place: 'factgate html',
      fix: 'pass one report JSON, e.g. factgate html factgate-report.json --out report.html',
    });
  }
  if (values.out === undefined) {
    throw new ConfigurationError('no --out file given', { place: 'factgate html', fix: 'say where the page goes, e.g. --out report.html' });
  }
  const report = await readReportJson(positionals[0]!, io.cwd, 'report');
  const baseline = values.baseline === undefined ? null : await readReportJson(values.baseline, io.cwd, 'baseline report');
  const out = resolve(io.cwd, values.out);
  await writePiecesAtomically(out, renderHtmlPieces(report, { baseline }));
  io.stdout(`factgate: wrote ${values.out} (${report.cases.length} cases${baseline ? ', compared with the baseline' : ''})\n`);
  return 0;
}
