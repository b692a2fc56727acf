import { isAscii } from 'node:buffer';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import { ConfigurationError } from '../shared/errors.js';
import { mergeCoverage } from './merge.js';
import { createCoverageParser, type ParseOptions } from './parse.js';
import type { PathMappingOptions } from './paths.js';
import type { CoverageData, ParsedReport } from './types.js';
import { PATHS_ARE_RELATIVE } from '../shared/files.js';
import { unmatchedFilesWarning } from './unmatched-files.js';

/** 100 MiB: far above real reports (a 2-million-line Cobertura file is 60 MB). */
export const DEFAULT_MAX_REPORT_BYTES = 100 * 1024 * 1024;

export interface ReadCoverageOptions extends ParseOptions {
  /** Repository top level; report paths become relative to it. Defaults to the working directory. */
  repoRoot?: string;
  /** Where factgate runs, relative to `repoRoot` ('' or absent at the top level). */
  workingDirectory?: string;
  rewrites?: PathMappingOptions['rewrites'];
  sourceRoots?: PathMappingOptions['sourceRoots'];
  /** The checkout's files (repository-relative), asked for only to suggest a path map. */
  repoFiles?: () => Promise<readonly string[]>;
  /** Reports larger than this are refused before they are read. */
  maxBytes?: number | undefined;
  /** Folder that relative report paths are read from; messages keep the path as given. */
  baseDir?: string;
}

/** The file operations the reader needs; tests may hand in others. */
export interface CoverageFileSystem {
  size(path: string): number | undefined;
  chunks(path: string): AsyncIterable<Uint8Array>;
  exists(path: string): boolean;
  /** Lines in a source file, to tell apart files a report path could stand for. */
  lineCount?(path: string): number | undefined;
}

export const nodeFileSystem: CoverageFileSystem = {
  size(path) {
    try {
      const stat = statSync(path);
      return stat.isFile() ? stat.size : undefined;
    } catch {
      return undefined;
    }
  },
  // 256 KiB: Node turns larger Latin-1 strings into external strings, which cost more memory.
  chunks: (path) => createReadStream(path, { highWaterMark: 256 * 1024 }),
  exists: (path) => existsSync(path),
  lineCount(path) {
    try {
      const text = readFileSync(path);
      let lines = 0;
      for (let at = text.indexOf(10); at !== -1; at = text.indexOf(10, at + 1)) lines++;
      // A last line without a newline is a line too.
      return text.length > 0 && text[text.length - 1] !== 10 ? lines + 1 : lines;
    } catch {
      return undefined;
    }
  },
};

/** The file's chunks; a file that is there but cannot be opened (its permissions) is the user's to fix. */
async function* readable(chunks: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code !== 'EACCES' && code !== 'EPERM') throw error;
    throw new ConfigurationError('cannot read the coverage report: permission denied', { file: path, fix: `make the file readable by the user factgate runs as (chmod a+r ${path})` });
  }
}

/** Reads, checks and merges several reports. */
export async function readCoverageReports(
  paths: readonly string[],
  options: ReadCoverageOptions = {},
  fs: CoverageFileSystem = nodeFileSystem,
): Promise<CoverageData> {
  if (paths.length === 0) {
    throw new ConfigurationError('no coverage report was given', { fix: 'pass the path of at least one coverage report' });
  }
  const reports: ParsedReport[] = [];
  for (const path of paths) reports.push(await readCoverageReport(path, options, fs));
  const repoRoot = options.repoRoot ?? process.cwd();
  const lineCount = fs.lineCount;
  const data = mergeCoverage(reports, {
    repoRoot,
    workingDirectory: options.workingDirectory ?? '',
    rewrites: options.rewrites ?? [],
    sourceRoots: options.sourceRoots ?? [],
    exists: (relative) => fs.exists(join(repoRoot, relative)),
    ...(lineCount !== undefined ? { lineCount: (relative: string) => lineCount.call(fs, join(repoRoot, relative)) } : {}),
  });
  if (data.unmatched.length > 0) {
    const repoFiles = await options.repoFiles?.();
    for (const unmatched of data.unmatched) data.warnings.push(unmatchedFilesWarning(unmatched, repoFiles));
  }
  return data;
}

/** Reads one report as a stream, refusing it by size first. */
export async function readCoverageReport(
  path: string,
  options: ReadCoverageOptions = {},
  fs: CoverageFileSystem = nodeFileSystem,
): Promise<ParsedReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
  const ioPath = options.baseDir === undefined ? path : resolve(options.baseDir, path);
  const size = fs.size(ioPath);
  if (size === undefined) {
    throw new ConfigurationError('the coverage report does not exist or is not a file', {
      file: path,
      fix: `check the path (it was read as ${resolve(ioPath)}; ${PATHS_ARE_RELATIVE})`,
    });
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  const parser = createCoverageParser(path, options);
  let decoder: TextDecoder | undefined;
  let asciiSoFar = true;
  let bytes = 0;
  for await (let chunk of readable(fs.chunks(ioPath), path)) {
    bytes += chunk.byteLength;
    if (bytes > maxBytes) throw tooLarge(path, bytes, maxBytes);
    if (decoder === undefined) {
      decoder = decoderFor(chunk, path);
      // A UTF-8 byte order mark says nothing the decoder needs; dropping it keeps the fast path.
      if (decoder.encoding === 'utf-8' && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    // Reports are nearly always ASCII; while they are, the bytes are the characters and
    // go to the parser as they are, with no decoding (the decoder holds no partial bytes).
    if (asciiSoFar && decoder.encoding === 'utf-8' && isAscii(chunk)) {
      parser.write(chunk);
      continue;
    }
    asciiSoFar = false;
    parser.write(decode(decoder, chunk, path, bytes - chunk.byteLength, true));
  }
  if (decoder !== undefined) parser.write(decode(decoder, new Uint8Array(0), path, bytes, false));
  return parser.end();
}

function decode(decoder: TextDecoder, chunk: Uint8Array, path: string, offset: number, stream: boolean): string {
  try {
    return decoder.decode(chunk, { stream });
  } catch {
    throw new ConfigurationError(`the file is not valid ${decoder.encoding} text`, {
      file: path,
      place: `near byte ${offset}`,
      fix: 'coverage reports are text; regenerate the report, or save it as UTF-8',
    });
  }
}

/** UTF-8 unless a byte order mark or the XML declaration says otherwise. */
function decoderFor(first: Uint8Array, path: string): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  const head = Buffer.from(first.subarray(0, 200)).toString('latin1');
  const declared = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const label = declared ?? 'utf-8';
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new ConfigurationError(`the XML declaration names the encoding "${label}", which factgate cannot decode`, {
      file: path,
      place: 'line 1',
      fix: 'save the report as UTF-8',
    });
  }
}

function tooLarge(path: string, size: number, maxBytes: number): ConfigurationError {
  return new ConfigurationError(
    `the coverage report is ${(size / 1048576).toFixed(1)} MiB, over the ${(maxBytes / 1048576).toFixed(1)} MiB limit`,
    {
      file: path,
      fix: 'raise the coverage size limit if the report is genuine, or check that the right file was passed',
    },
  );
}
