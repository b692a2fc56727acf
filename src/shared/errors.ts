/**
 * A mistake the user can fix: bad input files, bad settings, bad flags.
 * The CLI exits 2 on these; anything else is a bug and keeps its stack.
 */
export class ConfigurationError extends Error {
  /** The file at fault, when there is one. */
  readonly file: string | undefined;
  /** Where in the file: "line 3, column 7", a JSON pointer, or both. */
  readonly place: string | undefined;
  /** What to change to make it work. */
  readonly fix: string | undefined;

  constructor(message: string, details: ErrorDetails = {}) {
    super(formatConfigurationMessage(message, details));
    this.name = 'ConfigurationError';
    this.file = details.file;
    this.place = details.place;
    this.fix = details.fix;
  }
}

/** Where a wrong input is and what to change; a place may be unknown. */
interface ErrorDetails {
  file?: string | undefined;
  place?: string | undefined;
  fix?: string | undefined;
}

function formatConfigurationMessage(
  message: string,
  details: ErrorDetails,
): string {
  const where = [details.file, details.place].filter(Boolean).join(': ');
  const head = where ? `${where}: ${message}` : message;
  return details.fix ? `${head}\n  fix: ${details.fix}` : head;
}

/** Several user mistakes found in one pass, reported together. */
export class ConfigurationErrors extends ConfigurationError {
  readonly errors: readonly ConfigurationError[];
  constructor(errors: readonly ConfigurationError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} found:\n` +
        errors.map((e) => `- ${e.message.replace(/\n/g, '\n  ')}`).join('\n'),
    );
    this.errors = errors;
  }
}

export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
