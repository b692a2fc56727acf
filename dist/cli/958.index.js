export const id = 958;
export const ids = [958];
export const modules = {

/***/ 71958:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   u1: () => (/* binding */ getErrorMessage),
/* harmony export */   yb: () => (/* binding */ ConfigurationErrors)
/* harmony export */ });
/**
 * A mistake the user can fix: bad input files, bad settings, bad flags.
 * The CLI exits 2 on these; anything else is a bug and keeps its stack.
 */
class ConfigurationError extends Error {
    /** The file at fault, when there is one. */
    file;
    /** Where in the file: "line 3, column 7", a JSON pointer, or both. */
    place;
    /** What to change to make it work. */
    fix;
    constructor(message, details = {}) {
        super(formatConfigurationMessage(message, details));
        this.name = 'ConfigurationError';
        this.file = details.file;
        this.place = details.place;
        this.fix = details.fix;
    }
}
function formatConfigurationMessage(message, details) {
    const where = [details.file, details.place].filter(Boolean).join(': ');
    const head = where ? `${where}: ${message}` : message;
    return details.fix ? `${head}\n  fix: ${details.fix}` : head;
}
/** Several user mistakes found in one pass, reported together. */
class ConfigurationErrors extends ConfigurationError {
    errors;
    constructor(errors) {
        super(`${errors.length} problem${errors.length === 1 ? '' : 's'} found:\n` +
            errors.map((e) => `- ${e.message.replace(/\n/g, '\n  ')}`).join('\n'));
        this.errors = errors;
    }
}
function getErrorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ })

};
