import { ConfigurationError } from '../shared/errors.js';
import type { XmlAttributes } from './xml-scanner.js';

/** Where a value came from, so a bad number names the file, the place and the attribute. */
export interface ValueSource {
  fileName: string;
  place: () => string;
}

// Decimal only: no hex ("0x1"), no leading zeros ("006"), no sign, optional exponent
// because Python writes small floats as "1e-05".
const RATE_RE = /^(?:0|[1-9][0-9]*)?(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;

/** A non-negative integer written in plain decimal (a hit count, a line number). */
export function parseCount(value: string, what: string, source: ValueSource): number {
  const n = plainInteger(value);
  if (n !== -1) return n;
  throw new ConfigurationError(`${what} is "${clip(value)}", not a whole number ≥ 0`, {
    file: source.fileName,
    place: source.place(),
    fix: 'regenerate the report with its producer; hand-edited or corrupted reports are not read',
  });
}

/**
 * A count attribute read straight from the scanner's text when it is plain digits (no
 * string is made: this runs for every line of a report); otherwise read as text, which
 * trims it or says what is wrong. `absent` stands in for a missing attribute.
 */
export function parseCountAttribute(
  attributes: XmlAttributes,
  name: string,
  what: string,
  source: ValueSource,
  absent = '',
): number {
  const n = attributes.integer(name);
  return n !== -1 ? n : parseCount(attributes.get(name) ?? absent, what, source);
}

/**
 * A rate between 0 and 1. `NaN` (MATLAB writes it when nothing was measured) and an empty
 * value mean "not declared" and return undefined; anything else out of range is an error.
 */
export function parseRate(value: string, what: string, source: ValueSource): string | undefined {
  const text = value.trim();
  if (text === '' || text === 'NaN' || text === 'nan') return undefined;
  if (text !== '.' && RATE_RE.test(text)) {
    const n = Number(text);
    if (n >= 0 && n <= 1) return text;
  }
  throw new ConfigurationError(`${what} is "${clip(value)}", not a rate between 0 and 1`, {
    file: source.fileName,
    place: source.place(),
    fix: 'regenerate the report with its producer; rates are decimals such as 0.75',
  });
}

/** A declared count that may be missing or NaN (then undefined). */
export function parseOptionalCount(value: string | undefined, what: string, source: ValueSource): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '' || text === 'NaN' || text === 'nan') return undefined;
  return parseCount(text, what, source);
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Digits only, no leading zero unless the number is 0, safe size; -1 otherwise. Runs per line, so no regexp. */
function plainInteger(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return text.trim() !== text && text.trim() !== '' ? plainInteger(text.trim()) : -1;
  if (length > 1 && text.charCodeAt(0) === 48) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return text.trim() !== text ? plainInteger(text.trim()) : -1;
    n = n * 10 + c;
  }
  return n;
}
