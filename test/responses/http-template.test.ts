import { describe, expect, it } from 'vitest';
import { compileBodyTemplate, compileFieldPath, expandHeaders, readFieldPath } from '../../src/responses/http-template.js';
import { ConfigurationError } from '../../src/shared/errors.js';

const where = { file: 'factgate.yml', place: 'provider.body_template' };
const kase = { id: 'c1', category: 'med', question: 'He said "no"\n\u2028ok', sources: [{ id: 'S1', text: 'T' }] };

function thrown(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('compileBodyTemplate', () => {
  it('sends the public case when there is no template', () => {
    expect(JSON.parse(compileBodyTemplate(undefined, where)(kase))).toEqual(kase);
  });

  it('puts whole values in place and interpolates text, always producing valid JSON', () => {
    const fill = compileBodyTemplate('{"q": "{{question}}", "ctx": "{{ sources }}", "all": "{{case}}", "text": "#{{id}} in {{category}}: {{sources}}"}', where);
    expect(JSON.parse(fill(kase))).toEqual({
      q: kase.question,
      ctx: kase.sources,
      all: kase,
      text: `#c1 in med: ${JSON.stringify(kase.sources)}`,
    });
  });

  it('accepts a template given as an object (from YAML)', () => {
    const fill = compileBodyTemplate({ messages: [{ role: 'user', content: '{{question}}' }] }, where);
    expect(JSON.parse(fill(kase))).toEqual({ messages: [{ role: 'user', content: kase.question }] });
  });

  it('refuses a template that is not JSON', () => {
    const error = thrown(() => compileBodyTemplate('{"q": {{question}}}', where));
    expect(error.message).toMatch(/not valid JSON/);
    expect(error.place).toBe('provider.body_template');
    expect(error.fix).toMatch(/placeholders inside strings/);
  });

  it('refuses an unknown placeholder, saying where it is', () => {
    const error = thrown(() => compileBodyTemplate({ a: [{ b: 'x {{expected_facts}}' }] }, where));
    expect(error.message).toMatch(/unknown placeholder \{\{expected_facts\}\} at \/a\/0\/b/);
    expect(error.fix).toMatch(/\{\{question\}\}/);
  });
});

describe('expandHeaders', () => {
  it('expands ${NAME} and returns the values as secrets', () => {
    const out = expandHeaders({ Authorization: 'Bearer ${TOKEN}', 'X-Org': '${ORG}-${TOKEN}', Accept: 'text/plain' }, { TOKEN: 't0k', ORG: 'acme' }, where);
    expect(out.headers).toEqual({ Authorization: 'Bearer t0k', 'X-Org': 'acme-t0k', Accept: 'text/plain' });
    expect(out.secrets).toEqual(['t0k', 'acme', 't0k']);
  });

  it('refuses an unset variable with the workflow fix', () => {
    const error = thrown(() => expandHeaders({ Authorization: 'Bearer ${API_KEY}' }, {}, where));
    expect(error.message).toMatch(/header Authorization uses \$\{API_KEY\}, which is not set/);
    expect(error.fix).toMatch(/secrets\.API_KEY/);
  });

  it('refuses bad header names and values that would split the header', () => {
    expect(thrown(() => expandHeaders({ 'Bad Header': 'x' }, {}, where)).message).toMatch(/not a valid HTTP header name/);
    expect(thrown(() => expandHeaders({ 'X-A': '${V}' }, { V: 'a\r\nX-Injected: 1' }, where)).message).toMatch(/line break/);
  });
});

describe('field paths', () => {
  const body = { data: { answer: 'A', items: [{ text: 'first' }, { text: 'second' }] } };
  it('reads dotted names and list indexes', () => {
    expect(readFieldPath(body, compileFieldPath('data.answer', where))).toBe('A');
    expect(readFieldPath(body, compileFieldPath('data.items[1].text', where))).toBe('second');
    expect(readFieldPath(body, compileFieldPath('data.items.0.text', where))).toBe('first');
    expect(readFieldPath(body, compileFieldPath('data.missing.text', where))).toBeUndefined();
    expect(readFieldPath(body, compileFieldPath('data.answer.length', where))).toBeUndefined();
    expect(readFieldPath(body, compileFieldPath('data.constructor', where))).toBeUndefined();
  });

  it.each(['', '.a', 'a.', 'a..b', 'a[x]', 'a b'])('refuses %j', (path) => {
    expect(thrown(() => compileFieldPath(path, where)).message).toMatch(/is not a field path/);
  });
});
