import { resolve } from 'node:path';
import { gitRunner } from '../pipeline/git-runner.js';
import { oneLine, renderCoverageTable } from '../report/coverage-table.js';
import { ConfigurationError } from '../shared/errors.js';
import {
  COVERAGE_FORMATS,
  changedLinesFromGit,
  computePatchCoverage,
  parsePathRewrite,
  readCoverageReports,
  repositoryOptions,
  summarizeCoverage,
  type CoverageFormat,
  type PatchCoverage,
} from '../coverage/index.js';
import { parseFlags, type CliIo } from './cli-io.js';

const USAGE = `usage: factgate coverage <report…> [--json] [--format auto|${COVERAGE_FORMATS.join('|')}]
         [--path-map from=>to …] [--source-root dir …] [--base ref] [--max-size-mib n]`;

const FLAGS = {
  json: { type: 'boolean' as const, default: false },
  format: { type: 'string' as const, default: 'auto' },
  'path-map': { type: 'string' as const, multiple: true as const, default: [] as string[] },
  'source-root': { type: 'string' as const, multiple: true as const, default: [] as string[] },
  base: { type: 'string' as const },
  'max-size-mib': { type: 'string' as const },
  help: { type: 'boolean' as const, short: 'h' },
};

/**
 * `factgate coverage`: reads one or more coverage reports and prints what was read, per
 * file and overall (and patch coverage against --base). Returns the exit status:
 * 0 read fine; wrong input or flags throw, and the CLI exits 2.
 */
export async function runCoverageCommand(argv: string[], io: Pick<CliIo, 'stdout' | 'stderr' | 'cwd'>): Promise<number> {
  const { values, positionals } = parseFlags(argv, 'coverage', FLAGS);
  if (values.help) {
    io.stdout(`${USAGE}\n\nReads each report and prints lines and branches per file and overall.\nExit status: 0 read fine, 2 the input or flags are wrong.\n`);
    return 0;
  }
  const options = coverageOptions(values, positionals);
  const git = gitRunner(io.cwd);
  const data = await readCoverageReports(options.reports, {
    baseDir: io.cwd,
    ...(await repositoryOptions(git, io.cwd)),
    format: options.format,
    rewrites: options.pathMaps,
    sourceRoots: options.sourceRoots.map((root) => resolve(io.cwd, root)),
    maxBytes: options.maxBytes,
  });
  const summary = summarizeCoverage(data);
  let patch: PatchCoverage | undefined;
  if (options.base !== undefined) patch = computePatchCoverage(data, await changedLinesFromGit(git, options.base));
  if (options.json) io.stdout(`${JSON.stringify(patch === undefined ? summary : { ...summary, patch }, null, 2)}\n`);
  else {
    io.stdout(renderCoverageTable(summary, patch));
    for (const warning of [...summary.warnings, ...(patch?.warnings ?? [])]) io.stderr(`warning: ${oneLine(warning)}\n`);
  }
  return 0;
}

interface CoverageArgs {
  reports: string[];
  json: boolean;
  format: CoverageFormat | 'auto';
  pathMaps: ReturnType<typeof parsePathRewrite>[];
  sourceRoots: string[];
  base: string | undefined;
  maxBytes: number | undefined;
}

function coverageOptions(values: ReturnType<typeof parseFlags<typeof FLAGS>>['values'], positionals: string[]): CoverageArgs {
  if (positionals.length === 0) {
    throw new ConfigurationError('no coverage report was given', { place: 'factgate coverage', fix: USAGE });
  }
  const format = values.format;
  if (format !== 'auto' && !(COVERAGE_FORMATS as readonly string[]).includes(format)) {
    throw new ConfigurationError(`--format ${format} is not a known format`, { place: '--format', fix: USAGE });
  }
  let maxBytes: number | undefined;
  if (values['max-size-mib'] !== undefined) {
    const mib = Number(values['max-size-mib']);
    if (!/^[0-9]+(\.[0-9]+)?$/.test(values['max-size-mib']) || !(mib > 0)) {
      throw new ConfigurationError(`--max-size-mib ${values['max-size-mib']} is not a positive number`, {
        place: '--max-size-mib',
        fix: 'give the size limit in MiB, e.g. --max-size-mib 200',
      });
    }
    maxBytes = Math.floor(mib * 1024 * 1024);
  }
  return {
    reports: positionals,
    json: values.json,
    format: format as CoverageFormat | 'auto',
    pathMaps: values['path-map'].map((text) => parsePathRewrite(text, { place: '--path-map' })),
    sourceRoots: values['source-root'],
    base: values.base,
    maxBytes,
  };
}
