import type { ParsedReport } from './types.js';
import type { XmlHandler } from './xml-scanner.js';

/** What each XML format's reader is: scanner events in, one parsed report out. */
export interface FormatHandler extends XmlHandler {
  finish(): ParsedReport;
}
