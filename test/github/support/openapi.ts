import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's own OpenAPI description (npm `@octokit/openapi`, api.github.com, not
 * dereferenced) used to check every request the client sends and every response the fake
 * server returns. Loaded once per test file: the description is 13 MB.
 */
const require = createRequire(import.meta.url);
const DESCRIPTION_ID = 'https://api.github.com/openapi.json';

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema; examples?: Record<string, { $ref?: string; value?: unknown }> }> }>;
}
interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; examples: Record<string, { value: unknown }> };
}

/**
 * OpenAPI 3.0's `nullable` is not JSON Schema: rewrite it as a union with null (adding
 * null to an `enum`), and point local `$ref`s at the registered description.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out[key] = DESCRIPTION_ID + value;
    else if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    else out[key] = toJsonSchema(value);
  }
  if (out['nullable'] === true) {
    delete out['nullable'];
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
    else return { anyOf: [out, { type: 'null' }] };
  } else if ('nullable' in out) {
    delete out['nullable'];
  }
  return out;
}

export class OpenApiContract {
  readonly description: Description;
  private readonly ajv: Ajv;
  private readonly templates: { method: string; template: string; pattern: RegExp; literals: number }[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.description = require('@octokit/openapi/generated/api.github.com.json') as Description;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
    (addFormatsModule as unknown as (ajv: Ajv) => void)(this.ajv);
    // Formats GitHub uses that ajv-formats does not define; their shape is not a contract we test.
    this.ajv.addFormat('timestamp', true);
    this.ajv.addFormat('int64', { type: 'number', validate: Number.isInteger });
    this.ajv.addSchema({ $id: DESCRIPTION_ID, components: toJsonSchema(this.description.components) } as Schema);
    for (const [template, methods] of Object.entries(this.description.paths)) {
      const segments = template.split('/');
      const pattern = new RegExp(`^${segments.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/')}$`);
      for (const method of Object.keys(methods)) {
        this.templates.push({ method, template, pattern, literals: segments.filter((s) => !s.startsWith('{')).length });
      }
    }
  }

  /** The documented operation for a request, preferring the template with most literal segments. */
  operation(method: string, path: string): { template: string; operation: Operation } {
    const candidates = this.templates
      .filter((t) => t.method === method.toLowerCase() && t.pattern.test(path))
      .sort((a, b) => b.literals - a.literals);
    const best = candidates[0];
    if (!best) throw new Error(`${method} ${path} is not an operation in GitHub's OpenAPI description`);
    const operation = this.description.paths[best.template]?.[best.method];
    if (!operation) throw new Error(`missing operation ${best.template}`);
    return { template: best.template, operation };
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Throws when a JSON request body breaks the documented schema. */
  checkRequest(method: string, path: string, body: unknown): void {
    const { template, operation } = this.operation(method, path);
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    if (!schema) return;
    const validate = this.validator(`${method} ${template} request`, schema);
    if (!validate(body)) {
      throw new Error(`${operation.operationId} request body breaks the OpenAPI schema: ${this.ajv.errorsText(validate.errors)}`);
    }
  }

  /**
   * Throws when a response body breaks the schema documented for its status. Statuses the
   * description does not document (429, 502 from the gateway) carry no schema to check.
   */
  checkResponse(method: string, path: string, status: number, body: unknown): void {
    const { template, operation } = this.operation(method, path);
    const schema = operation.responses[String(status)]?.content?.['application/json']?.schema;
    if (!schema) return;
    const validate = this.validator(`${method} ${template} ${status}`, schema);
    if (!validate(body)) {
      throw new Error(`${operation.operationId} ${status} response breaks the OpenAPI schema: ${this.ajv.errorsText(validate.errors)}`);
    }
  }

  /** A documented example, deep-copied, as the starting point for fake data. */
  example<T>(name: string): T {
    const example = this.description.components.examples[name];
    if (!example) throw new Error(`no example ${name} in the OpenAPI description`);
    return structuredClone(example.value) as T;
  }
}
