/** Where `factgate run` writes its report when no setting names a place (relative to the working directory). */
export const DEFAULT_REPORT_JSON = '.factgate/report.json';
