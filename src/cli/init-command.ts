import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DEFAULT_TARGETS, POLICY_NAMES, PROVIDER_HELP, PROVIDERS, scaffoldFiles, type ProviderChoice, type ScaffoldChoices } from '../scaffold/scaffold.js';
import { ConfigurationError } from '../shared/errors.js';
import { closest } from '../shared/schema.js';
import { parseFlags, type CliIo } from './cli-io.js';

export const INIT_USAGE = `Usage: factgate init [options]

Writes a first factgate.yml, golden-sets/example.yaml (two cases, one to decline) and
.github/workflows/factgate.yml in the working directory. Existing files are never
overwritten. In a terminal it asks how your app answers; in CI (or with --yes) it asks
nothing and uses the flags and defaults.

Options:
  --provider KIND             How the app answers: ${PROVIDERS.join(', ')} (default command).
  --command CMD               The app's command line (command, worker; default "${DEFAULT_TARGETS.command}").
  --endpoint URL              The app's URL (http; default ${DEFAULT_TARGETS.http}).
  --responses FILE            The answers file (file; default ${DEFAULT_TARGETS.file}).
  --policy NAME               ${POLICY_NAMES.join(', ')} (default standard).
  --yes                       Ask nothing; use the flags and defaults.
  --help                      Show this help.`;

const TARGET_FLAG: Record<ProviderChoice, 'command' | 'endpoint' | 'responses'> = { command: 'command', worker: 'command', http: 'endpoint', file: 'responses' };

export async function runInitCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(argv, 'init', {
    provider: { type: 'string' },
    command: { type: 'string' },
    endpoint: { type: 'string' },
    responses: { type: 'string' },
    policy: { type: 'string' },
    yes: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(INIT_USAGE + '\n');
    return 0;
  }
  const ask = values.yes || inCi(io.env) ? undefined : io.prompt;
  const choices = await choose(values, ask);
  const written: string[] = [];
  const kept: string[] = [];
  for (const file of scaffoldFiles(choices)) {
    const absolute = join(io.cwd, file.path);
    await mkdir(dirname(absolute), { recursive: true });
    try {
      // 'wx' creates the file or fails if it exists: nothing a user wrote is ever replaced.
      await writeFile(absolute, file.text, { flag: 'wx' });
      written.push(file.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      kept.push(file.path);
    }
  }
  for (const path of written) io.stdout(`wrote ${path}\n`);
  for (const path of kept) io.stdout(`kept ${path} (it exists; not overwritten)\n`);
  io.stdout(`\n${nextSteps(choices, kept.includes('factgate.yml'))}\n`);
  return 0;
}

/** CI systems set CI (GitHub, GitLab, Buildkite, Jenkins plugins); "false" or "0" means a person set it off. */
function inCi(env: CliIo['env']): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

type InitFlags = Partial<Record<'provider' | 'command' | 'endpoint' | 'responses' | 'policy', string>>;

/** Flags first; a terminal is asked for what the flags leave open. */
async function choose(flags: InitFlags, ask: CliIo['prompt']): Promise<ScaffoldChoices> {
  let provider = flags.provider === undefined ? undefined : checked('provider', flags.provider, PROVIDERS);
  if (provider === undefined) {
    const given = (['command', 'endpoint', 'responses'] as const).find((key) => flags[key] !== undefined);
    provider = given === 'endpoint' ? 'http' : given === 'responses' ? 'file' : undefined;
  }
  if (provider === undefined && ask) {
    const menu = PROVIDERS.map((p) => `  ${p.padEnd(8)} ${PROVIDER_HELP[p]}`).join('\n');
    provider = checked('provider', (await ask(`How does your app answer?\n${menu}\nprovider [command]: `)).trim() || 'command', PROVIDERS);
  }
  provider ??= 'command';
  const flag = TARGET_FLAG[provider];
  let target = flags[flag];
  if (target === undefined && ask) {
    const label = { command: 'command line', endpoint: 'URL', responses: 'answers file' }[flag];
    target = (await ask(`The app's ${label} [${DEFAULT_TARGETS[provider]}]: `)).trim() || undefined;
  }
  let policy = flags.policy === undefined ? undefined : checked('policy', flags.policy, POLICY_NAMES);
  if (policy === undefined && ask) policy = checked('policy', (await ask(`Policy (${POLICY_NAMES.join(', ')}) [standard]: `)).trim() || 'standard', POLICY_NAMES);
  return { provider, target: target ?? DEFAULT_TARGETS[provider], policy: policy ?? 'standard' };
}

function checked<T extends string>(key: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  throw new ConfigurationError(`unknown ${key} "${value}"`, { place: `factgate init --${key}`, fix: `${guess ? `did you mean "${guess}"? ` : ''}use one of: ${allowed.join(', ')}` });
}

function nextSteps(choices: ScaffoldChoices, keptConfig: boolean): string {
  if (keptConfig) return 'factgate.yml was already there and is unchanged. Next: npx factgate run';
  const edit =
    choices.provider === 'file'
      ? `Write your app's answers to ${choices.target}, then run:`
      : choices.provider === 'http'
        ? `Start your app so that it serves ${choices.target}, then run:`
        : `Check that "${choices.target}" runs your app (factgate.yml, command:), then run:`;
  return `${edit}\n  npx factgate run\nIt prints the verdict and writes .factgate/report.json and .factgate/report.md.`;
}
