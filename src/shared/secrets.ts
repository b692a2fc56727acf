/**
 * Secrets (API keys, header values read from the environment, the GitHub token) and the
 * one function that masks them. The report is masked once, where the pipeline makes it;
 * everything else that leaves the process (terminal, log lines, error messages, the job
 * summary, outputs, request bodies sent to GitHub) is masked by the sink that writes it,
 * with the same `SecretMask`.
 */
import { INVISIBLE_CONTROL_CLASS } from './escape.js';

export const REDACTED = '***';

/** Controls a renderer drops (escape.ts): a secret with them inside would come out whole. */
const DROPPED_BETWEEN = `${INVISIBLE_CONTROL_CLASS}*`;

/**
 * The secrets one command knows of, collected as they are found (the token at the start,
 * header values and the judge's key when the settings are read), and the masking of text
 * and of JSON-like values with them. `onAdd` hears each new secret (the Action registers
 * it with the runner, which then masks it in the log too).
 */
export class SecretMask {
  readonly #secrets = new Set<string>();
  readonly #onAdd: ((secret: string) => void) | undefined;
  #redact: ((text: string) => string) | null = null;

  constructor(secrets: Iterable<string | undefined | null> = [], onAdd?: (secret: string) => void) {
    this.#onAdd = onAdd;
    this.add(...secrets);
  }

  /** Adds secrets; empty and blank values are ignored, as they cannot be masked. */
  add(...secrets: (string | undefined | null)[]): void {
    for (const secret of secrets) {
      if (typeof secret !== 'string' || secret.trim() === '' || this.#secrets.has(secret)) continue;
      this.#secrets.add(secret);
      this.#redact = null;
      this.#onAdd?.(secret);
    }
  }

  get secrets(): readonly string[] {
    return [...this.#secrets];
  }

  /** The text with every form of every secret replaced by `***`. */
  text(text: string): string {
    if (this.#secrets.size === 0) return String(text);
    this.#redact ??= secretRedactor([...this.#secrets]);
    return this.#redact(text);
  }

  /** A copy of a JSON-like value (a report) with every string masked; anything else is kept as it is. */
  deep<T>(value: T): T {
    if (this.#secrets.size === 0) return value;
    const walk = (node: unknown): unknown => {
      if (typeof node === 'string') return this.text(node);
      if (Array.isArray(node)) return node.map(walk);
      if (isPlainObject(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
      return node;
    };
    return walk(value) as T;
  }
}

function isPlainObject(node: unknown): node is Record<string, unknown> {
  if (node === null || typeof node !== 'object') return false;
  const prototype = Object.getPrototypeOf(node);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Replaces every secret in `text` with `***`, including the forms a model or a tool is
 * likely to echo: each line of a multi-line secret, JSON-escaped, URL-encoded and base64.
 * Longer secrets are replaced first so a secret containing another is not half-masked.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined | null)[]): string {
  return secretRedactor(secrets)(text);
}

/**
 * A redactor with the secrets' forms worked out once: one regular expression whose
 * alternatives are longest first, so a secret containing another is masked whole. Each
 * form also matches with invisible controls between its characters: the renderers drop
 * those, so text that holds a secret only after they are dropped is masked here already.
 */
export function secretRedactor(secrets: readonly (string | undefined | null)[]): (text: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.trim() === '') continue;
    for (const form of secretForms(secret)) if (form.trim() !== '') forms.add(form);
  }
  if (forms.size === 0) return (text) => String(text);
  const pattern = new RegExp(
    [...forms]
      .sort((a, b) => b.length - a.length)
      .map((form) => Array.from(form, (c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(DROPPED_BETWEEN))
      .join('|'),
    'g',
  );
  return (text) => String(text).replace(pattern, REDACTED);
}

function secretForms(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)];
  forms.push(Buffer.from(secret, 'utf8').toString('base64').replace(/=+$/, ''));
  if (/[\r\n]/.test(secret)) forms.push(...secret.split(/\r?\n/).filter((line) => line.trim().length >= 4));
  return forms;
}
