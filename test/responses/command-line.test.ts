import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/responses/command-line.js';
import { ConfigurationError } from '../../src/shared/errors.js';

const where = { file: 'factgate.yml', place: 'provider.command' };
const parse = (line: string, env: Record<string, string> = {}) => parseCommandLine(line, env, where);
const failure = (line: string, env: Record<string, string> = {}) => {
  try {
    parse(line, env);
  } catch (error) {
    return error as ConfigurationError;
  }
  throw new Error(`expected ${line} to be refused`);
};

describe('parseCommandLine', () => {
  it('splits words, quotes and escapes like a shell', () => {
    expect(parse(`python app.py --name "my model" 'it''s' a\\ b`)).toEqual(['python', 'app.py', '--name', 'my model', 'its', 'a b']);
    expect(parse('  node   app.mjs  ')).toEqual(['node', 'app.mjs']);
  });

  it('expands environment variables from the given environment', () => {
    expect(parse('$PY "$HOME/app.py" ${MODE}', { PY: 'python3', HOME: '/home/me', MODE: 'eval' })).toEqual([
      'python3',
      '/home/me/app.py',
      'eval',
    ]);
  });

  it('refuses an unset variable, naming it', () => {
    const error = failure('python $APP_ENTRY');
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/\$APP_ENTRY, which is not set/);
    expect(error.file).toBe('factgate.yml');
    expect(error.place).toBe('provider.command');
  });

  it.each([
    ['python app.py | tee log', /shell operator \|/],
    ['python app.py > out.json', /shell operator >/],
    ['python app.py && echo done', /shell operator &&/],
    ['python *.py', /pattern \*\.py, which is not expanded/],
    ['python app.py # fast', /comment/],
    ['python "app.py', /unclosed " quote/],
    ["python 'app.py", /unclosed ' quote/],
    ['', /the command is empty/],
    ['   ', /the command is empty/],
  ])('refuses %j', (line, message) => {
    const error = failure(line);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(message);
    expect(error.fix).toBeTruthy();
  });

  it('keeps quoted shell syntax as plain arguments', () => {
    expect(parse(`sh -c 'python app.py | tee log'`)).toEqual(['sh', '-c', 'python app.py | tee log']);
    expect(parse(`python app.py "*.py" "#tag"`)).toEqual(['python', 'app.py', '*.py', '#tag']);
  });
});
