import { ConfigurationError } from '../shared/errors.js';
import { CloverHandler } from './clover.js';
import { CoberturaHandler } from './cobertura.js';
import { JacocoHandler } from './jacoco.js';
import type { ValueSource } from './numbers.js';
import type { FormatHandler } from './format-handler.js';
import type { CoverageFormat, ParsedReport } from './types.js';
import type { XmlAttributes, XmlHandler } from './xml-scanner.js';

/** Root elements of XML formats that are not read, with what to do instead. */
const OTHER_XML_FORMATS: Record<string, string> = {
  CoverageSession: 'OpenCover XML; ask the tool for Cobertura (coverlet: --format cobertura)',
  results: 'dotCover or another results format; export Cobertura or LCOV instead',
  testsuites: 'JUnit test results, not coverage; pass the coverage report',
  testsuite: 'JUnit test results, not coverage; pass the coverage report',
  CoverageDSPriv: 'Visual Studio coverage XML; convert it to Cobertura (dotnet-coverage merge -f cobertura)',
};

/**
 * Picks the format from the root element. Cobertura, Clover and SonarQube's generic
 * format all use `<coverage>`, so for that root the first child decides.
 */
export class XmlFormatDispatcher implements XmlHandler {
  private handler: FormatHandler | undefined;
  private pendingRoot: XmlAttributes | undefined;
  /** Where the deferred root tag was, so errors in its attributes point at it. */
  private rootPlace: string | undefined;
  private readonly handlerSource: ValueSource;

  constructor(
    private readonly fileName: string,
    private readonly source: ValueSource,
    private readonly forced: CoverageFormat | undefined,
    /** Called with the format's handler so events can go to it directly from then on. */
    private readonly onHandler: (handler: FormatHandler) => void = () => {},
  ) {
    this.handlerSource = { fileName, place: () => this.rootPlace ?? source.place() };
  }

  open(name: string, attributes: XmlAttributes): boolean | void {
    if (this.handler !== undefined) return this.handler.open(name, attributes);
    if (this.pendingRoot === undefined) {
      if (name === 'report') return this.start('jacoco', name, attributes);
      if (name === 'coverage') {
        // The scanner reuses its attributes object for the next tag: keep a copy.
        this.pendingRoot = attributes.copy();
        this.rootPlace = this.source.place();
        return false;
      }
      throw this.unknownRoot(name);
    }
    const format = this.formatFromFirstChild(name);
    const root = this.pendingRoot;
    this.start(format, 'coverage', root);
    return this.handler!.open(name, attributes);
  }

  text(text: string): void {
    this.handler?.text(text);
  }

  close(name: string): void {
    if (this.handler === undefined && this.pendingRoot !== undefined) {
      // <coverage/> with no children: an empty report of the format its attributes suggest.
      const root = this.pendingRoot;
      this.start(root.get('line-rate') !== undefined || this.forced === 'cobertura' ? 'cobertura' : 'clover', 'coverage', root);
    }
    this.handler?.close(name);
  }

  finish(): ParsedReport {
    if (this.handler === undefined) throw new Error('finish() before the root element was read');
    return this.handler.finish();
  }

  private formatFromFirstChild(child: string): CoverageFormat {
    if (child === 'sources' || child === 'packages') return 'cobertura';
    if (child === 'project' || child === 'testproject') return 'clover';
    if (child === 'file') {
      throw new ConfigurationError('this is a SonarQube generic coverage report, which factgate does not read', {
        file: this.fileName,
        place: this.source.place(),
        fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report (gcovr: --cobertura or --lcov instead of --sonarqube)',
      });
    }
    throw new ConfigurationError(`<coverage> starts with <${child}>, which no known coverage format does`, {
      file: this.fileName,
      place: this.source.place(),
      fix: 'pass a Cobertura, JaCoCo, LCOV or Clover report',
    });
  }

  private start(format: CoverageFormat, root: string, attributes: XmlAttributes): boolean | void {
    if (this.forced !== undefined && this.forced !== format) {
      throw new ConfigurationError(`--format ${this.forced} was asked for, but the file is ${format}`, {
        file: this.fileName,
        place: this.source.place(),
        fix: `use --format ${format} or --format auto`,
      });
    }
    this.handler =
      format === 'jacoco'
        ? new JacocoHandler(this.fileName, this.handlerSource)
        : format === 'clover'
          ? new CloverHandler(this.fileName, this.handlerSource)
          : new CoberturaHandler(this.fileName, this.handlerSource);
    const capture = this.handler.open(root, attributes);
    this.rootPlace = undefined;
    this.onHandler(this.handler);
    return capture;
  }

  private unknownRoot(name: string): ConfigurationError {
    const known = Object.hasOwn(OTHER_XML_FORMATS, name) ? OTHER_XML_FORMATS[name] : undefined;
    return new ConfigurationError(
      known !== undefined
        ? `the root element <${name}> is ${known.split(';')[0]}, which factgate does not read`
        : `the root element is <${name}>, not a coverage report`,
      {
        file: this.fileName,
        place: this.source.place(),
        fix: known?.split('; ')[1] ?? 'pass a Cobertura (<coverage>), JaCoCo (<report>), LCOV or Clover report',
      },
    );
  }
}
