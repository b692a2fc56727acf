import packageJson from '../../package.json' with { type: 'json' };
import { ConfigurationError, getErrorMessage } from '../shared/errors.js';
import { escapeLogText, logLineWriter } from '../shared/escape.js';
import { closest } from '../shared/schema.js';
import { SecretMask } from '../shared/secrets.js';
import { EXIT, type CliIo } from './cli-io.js';

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Each command is loaded when it runs: `factgate run` never pays for the GitHub client.
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  run: { load: async () => (await import('./run-command.js')).runRunCommand, summary: 'Evaluate the golden set and apply the gate (the main command).' },
  init: { load: async () => (await import('./init-command.js')).runInitCommand, summary: 'Write a first factgate.yml, golden set and workflow (never overwrites).' },
  coverage: { load: async () => (await import('./coverage-command.js')).runCoverageCommand, summary: 'Read coverage reports and print what was measured, per file and overall.' },
  merge: { load: async () => (await import('./merge-command.js')).runMergeCommand, summary: 'Merge the shard reports of one run (--shard I/N) into the full report and gate it.' },
  html: { load: async () => (await import('./html-command.js')).runHtmlCommand, summary: 'Render a report JSON as one self-contained HTML page to browse every case.' },
  comment: { load: async () => (await import('./comment-command.js')).runCommentCliCommand, summary: 'Post the report artifact of a finished run as the sticky comment (fork-safe step).' },
};

export const USAGE = `factgate ${packageJson.version}: a quality gate for LLM and RAG applications.

Usage: factgate <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join('\n')}

Run "factgate <command> --help" for a command's options.`;

/** Dispatches a command; the one place errors become an exit status. */
export async function main(argv: string[], io: Omit<CliIo, 'version' | 'secrets'>): Promise<number> {
  // Every line printed, errors and documents on stdout included, goes through one escaper,
  // then through the secret mask, as the last step before it leaves the process.
  const secrets = new SecretMask();
  const full: CliIo = {
    ...io,
    stdout: logLineWriter((text) => io.stdout(secrets.text(text)), { keepColours: io.color }),
    stderr: logLineWriter((text) => io.stderr(secrets.text(text))),
    version: packageJson.version,
    secrets,
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    full.stdout(USAGE + '\n');
    return name === undefined ? EXIT.usage : EXIT.pass;
  }
  if (name === '--version' || name === '-v') {
    full.stdout(packageJson.version + '\n');
    return EXIT.pass;
  }
  const command = COMMANDS[name];
  try {
    if (!command) {
      const guess = closest(name, Object.keys(COMMANDS));
      throw new ConfigurationError(`unknown command "${name}"`, {
        fix: guess ? `did you mean "factgate ${guess}"?` : 'run factgate --help for the commands',
      });
    }
    return await (await command.load())(rest, full);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      full.stderr(`factgate: ${escapeLogText(error.message)}\n`);
      return EXIT.usage;
    }
    full.stderr(`factgate: internal error: ${escapeLogText(getErrorMessage(error))}\n${error instanceof Error && error.stack ? escapeLogText(error.stack) + '\n' : ''}`);
    return EXIT.internal;
  }
}
