import { ConfigurationError } from '../shared/errors.js';
import type { PublicCase } from './app-protocol.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;
const PLACEHOLDER_NAMES = ['id', 'category', 'question', 'sources', 'case'] as const;
type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

type Where = { file: string; place: string };

/**
 * Compiles a request body template into a function from case to JSON text. The template
 * is parsed as JSON first and placeholders are replaced in the parsed tree, so a
 * question holding quotes or newlines can never break out of its string.
 */
export function compileBodyTemplate(
  template: string | Record<string, unknown> | unknown[] | undefined,
  where: Where,
): (kase: PublicCase) => string {
  if (template === undefined) return (kase) => JSON.stringify(kase);
  let tree: unknown = template;
  if (typeof template === 'string') {
    try {
      tree = JSON.parse(template);
    } catch (error) {
      throw new ConfigurationError(`the request body template is not valid JSON: ${(error as Error).message}`, {
        ...where,
        fix: 'write the template as JSON with placeholders inside strings, e.g. {"prompt": "{{question}}", "docs": "{{sources}}"}',
      });
    }
  }
  checkPlaceholders(tree, where, '');
  return (kase) => JSON.stringify(fill(tree, kase));
}

function checkPlaceholders(node: unknown, where: Where, pointer: string): void {
  if (typeof node === 'string') {
    for (const match of node.matchAll(PLACEHOLDER)) {
      if (!(PLACEHOLDER_NAMES as readonly string[]).includes(match[1]!)) {
        throw new ConfigurationError(`the request body template uses the unknown placeholder {{${match[1]}}} at ${pointer || '/'}`, {
          ...where,
          fix: `use one of ${PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(', ')}`,
        });
      }
    }
  } else if (Array.isArray(node)) {
    node.forEach((item, i) => checkPlaceholders(item, where, `${pointer}/${i}`));
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) checkPlaceholders(value, where, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

function fill(node: unknown, kase: PublicCase): unknown {
  if (typeof node === 'string') {
    const whole = /^\{\{\s*([A-Za-z_]\w*)\s*\}\}$/.exec(node);
    if (whole) return valueOf(whole[1] as PlaceholderName, kase);
    return node.replace(PLACEHOLDER, (_, name: PlaceholderName) => {
      const value = valueOf(name, kase);
      return typeof value === 'string' ? value : JSON.stringify(value);
    });
  }
  if (Array.isArray(node)) return node.map((item) => fill(item, kase));
  if (typeof node === 'object' && node !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = fill(value, kase);
    return out;
  }
  return node;
}

function valueOf(name: PlaceholderName, kase: PublicCase): unknown {
  return name === 'case' ? kase : kase[name];
}

/**
 * Expands ${NAME} in header values from the environment. The expanded values are
 * returned as secrets so the caller can mask them in logs before anything is printed.
 */
export function expandHeaders(
  headers: Record<string, string> | undefined,
  env: Record<string, string | undefined>,
  where: Where,
): { headers: Record<string, string>; secrets: string[] } {
  const out: Record<string, string> = {};
  const secrets: string[] = [];
  for (const [name, template] of Object.entries(headers ?? {})) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new ConfigurationError(`${JSON.stringify(name)} is not a valid HTTP header name`, {
        ...where,
        fix: 'use letters, digits and dashes, e.g. Authorization or X-Api-Key',
      });
    }
    out[name] = String(template).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => {
      const value = env[variable];
      if (value === undefined || value === '') {
        throw new ConfigurationError(`header ${name} uses \${${variable}}, which is not set in the environment`, {
          ...where,
          fix: `set ${variable} (in a workflow: env: ${variable}: \${{ secrets.${variable} }})`,
        });
      }
      secrets.push(value);
      return value;
    });
    if (/[\r\n]/.test(out[name]!)) {
      throw new ConfigurationError(`header ${name} would contain a line break`, {
        ...where,
        fix: 'remove line breaks from the header value and from the variables it uses',
      });
    }
  }
  return { headers: out, secrets };
}

/** A parsed field path: "data.answer", "choices[0].message.content", "items.0.text". */
export function compileFieldPath(path: string, where: Where): (string | number)[] {
  if (!/^[^.[\]\s]+(?:\.[^.[\]\s]+|\[\d+\])*$/.test(path)) {
    throw new ConfigurationError(`${JSON.stringify(path)} is not a field path`, {
      ...where,
      fix: 'write it as dot-separated names with [n] for list items, e.g. data.answer or choices[0].message.content',
    });
  }
  const steps: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(/^\d+$/.test(match[1]!) ? Number(match[1]) : match[1]!);
  }
  return steps;
}

/** The value at `steps`, or undefined when any step is missing. */
export function readFieldPath(value: unknown, steps: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}
