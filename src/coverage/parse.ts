import { ConfigurationError } from '../shared/errors.js';
import { LcovParser } from './lcov.js';
import type { CoverageFormat, ParsedReport } from './types.js';
import { XmlFormatDispatcher } from './xml-formats.js';
import { XmlScanner } from './xml-scanner.js';

export interface ParseOptions {
  /** Skip detection and insist on one format. */
  format?: CoverageFormat | 'auto';
  /** Deepest element nesting accepted in XML (coverage formats need fewer than 10). */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 64;

/**
 * Feeds a report in pieces, detecting the format from the content. A piece is a string, or
 * bytes that are each one Latin-1 character (ASCII chunks of a UTF-8 file, as read).
 */
export interface CoverageParser {
  write(chunk: string | Uint8Array): void;
  end(): ParsedReport;
}

const LCOV_START_RE = /^(?:TN|SF|VER|FN|FNL|DA):/;

export function createCoverageParser(fileName: string, options: ParseOptions = {}): CoverageParser {
  const forced = options.format === 'auto' ? undefined : options.format;
  let head = '';
  let started = false;
  let sink: { write(chunk: string | Uint8Array): void; end(): ParsedReport } | undefined;

  const choose = (final: boolean): void => {
    const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const content = text.trimStart();
    if (content === '') {
      if (final) throw emptyFile(fileName);
      return;
    }
    if (content.startsWith('<')) {
      if (forced === 'lcov') throw formatMismatch(fileName, 'lcov', 'XML');
      sink = xmlSink(fileName, forced, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    } else {
      const newline = content.indexOf('\n');
      if (newline === -1 && !final && content.length < 256) return;
      const firstLine = (newline === -1 ? content : content.slice(0, newline)).trim();
      if (!LCOV_START_RE.test(firstLine)) throw notCoverage(fileName, firstLine);
      if (forced !== undefined && forced !== 'lcov') throw formatMismatch(fileName, forced, 'LCOV');
      const lcov = new LcovParser(fileName);
      sink = { write: (c) => lcov.write(typeof c === 'string' ? c : latin1(c)), end: () => lcov.end() };
    }
    started = true;
    sink.write(text);
  };

  return {
    write(chunk: string | Uint8Array): void {
      if (started) return sink!.write(chunk);
      head += typeof chunk === 'string' ? chunk : latin1(chunk);
      choose(false);
    },
    end(): ParsedReport {
      if (!started) choose(true);
      return sink!.end();
    },
  };
}

/** Parses a whole report held in memory. */
export function parseCoverage(text: string, fileName: string, options: ParseOptions = {}): ParsedReport {
  const parser = createCoverageParser(fileName, options);
  parser.write(text);
  return parser.end();
}

function xmlSink(fileName: string, forced: CoverageFormat | undefined, maxDepth: number) {
  let scanner: XmlScanner | undefined;
  const dispatcher = new XmlFormatDispatcher(fileName, { fileName, place: () => scanner!.place() }, forced, (handler) =>
    scanner!.setHandler(handler),
  );
  scanner = new XmlScanner(dispatcher, { fileName, maxDepth });
  return {
    write: (chunk: string | Uint8Array) => scanner!.write(chunk),
    end: () => {
      scanner!.end();
      return dispatcher.finish();
    },
  };
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function emptyFile(fileName: string): ConfigurationError {
  return new ConfigurationError('the coverage report is empty', {
    file: fileName,
    place: 'line 1',
    fix: 'check that the test run wrote its report before factgate reads it; an empty file is never read as 0 % coverage',
  });
}

function formatMismatch(fileName: string, asked: string, found: string): ConfigurationError {
  return new ConfigurationError(`--format ${asked} was asked for, but the file is ${found}`, {
    file: fileName,
    place: 'line 1',
    fix: 'use --format auto, or pass the report of the format you named',
  });
}

/** Names the format a user most likely passed by mistake, with what to pass instead. */
function notCoverage(fileName: string, firstLine: string): ConfigurationError {
  let message = 'the file is not a coverage report factgate reads (Cobertura, JaCoCo, LCOV or Clover)';
  let fix = 'pass a Cobertura, JaCoCo, LCOV or Clover report';
  if (firstLine.startsWith('{') || firstLine.startsWith('[')) {
    message = 'the file is JSON (coverage.py JSON or istanbul coverage-final.json), which factgate does not read';
    fix = 'coverage.py: run `coverage xml`; istanbul/nyc/c8/jest: add the cobertura or lcov reporter';
  } else if (firstLine.startsWith('mode:')) {
    message = 'the file is a Go cover profile, which factgate does not read';
    fix = 'convert it to Cobertura (for example with gocover-cobertura)';
  } else if (firstLine.startsWith('#')) {
    message = 'the file looks like a text summary, not a coverage report';
  }
  return new ConfigurationError(message, { file: fileName, place: 'line 1', fix });
}
