import { parse } from 'shell-quote';
import { ConfigurationError } from '../shared/errors.js';

/**
 * Splits a command line into argv the way a POSIX shell would (quotes, backslashes,
 * $VARS from `env`), but refuses pipes, redirections, globs and the like: the command
 * runs without a shell, so such syntax would silently mean something else.
 */
export function parseCommandLine(
  line: string,
  env: Record<string, string | undefined>,
  where: { file: string; place: string },
): string[] {
  const fail = (message: string, fix: string): never => {
    throw new ConfigurationError(message, { ...where, fix });
  };
  const open = unclosedQuote(line);
  if (open) fail(`the command has an unclosed ${open} quote: ${line}`, `close the ${open} quote`);
  const missing: string[] = [];
  const tokens = parse(line, (name: string) => {
    const value = env[name];
    if (value === undefined) missing.push(name);
    return value ?? '';
  });
  if (missing.length > 0) {
    fail(
      `the command uses $${missing[0]}, which is not set in the environment`,
      `set ${missing[0]} before running factgate, or write the value into the command`,
    );
  }
  const argv: string[] = [];
  for (const token of tokens) {
    if (typeof token === 'string') {
      argv.push(token);
    } else if ('comment' in token) {
      fail(`the command contains a comment (#${token.comment})`, 'remove it, or quote the # if it is an argument');
    } else if (token.op === 'glob') {
      fail(
        `the command contains the pattern ${token.pattern}, which is not expanded (no shell runs the command)`,
        `quote it if it is meant literally, or list the files; for shell features use sh -c '...'`,
      );
    } else {
      fail(
        `the command uses the shell operator ${token.op}, which is not interpreted (no shell runs the command)`,
        `put the pipeline in a script and run that, or use sh -c '...'`,
      );
    }
  }
  if (argv.length === 0 || argv[0] === '') fail('the command is empty', 'give the program to run, e.g. "python app.py"');
  return argv;
}

/** The quote character left open at the end of `line`, if any. */
function unclosedQuote(line: string): "'" | '"' | undefined {
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = undefined;
    } else if (ch === '\\') {
      i++;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    }
  }
  return quote;
}
