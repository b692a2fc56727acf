export const id = 363;
export const ids = [363];
export const modules = {

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 88358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   lv: () => (/* binding */ MiB),
/* harmony export */   zc: () => (/* binding */ PATHS_ARE_RELATIVE)
/* harmony export */ });
/* unused harmony exports decodeUtf8Text, stripBom, formatBytes */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71958);




const MiB = 1024 * 1024;
/**
 * Reads a UTF-8 text file no larger than `maxBytes`, checking the size before reading
 * so an oversized file is refused without loading it. A leading BOM is dropped. The rule
 * for every input file: it is UTF-8 text, so a UTF-16 or UTF-32 file, a raw NUL byte and
 * a byte that is not UTF-8 are errors naming the place (never silently U+FFFD); a NUL
 * written as an escape (`\u0000` in JSON, `\0` in YAML) is data like any other.
 */
/** How a path setting is resolved, for the fix of a "not found" error. */
const PATHS_ARE_RELATIVE = "paths in factgate.yml are relative to the file's folder, paths given as flags or Action inputs to the working directory";
async function readTextFile(path, maxBytes, what, displayPath = path) {
    let size;
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        if (!info.isFile()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is not a file`, { file: displayPath, fix: `point to a ${what} file` });
        }
        size = info.size;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: `check the path and that the file exists (it was read as ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)}; ${PATHS_ARE_RELATIVE})`,
        });
    }
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`, { file: displayPath, fix: `split it into smaller files, or raise the limit if the size is intended` });
    }
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (error) {
        // The file is there (stat saw it) but cannot be read: its permissions, most often.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot read the ${what}: ${describeFsError(error)}`, {
            file: displayPath,
            fix: error?.code === 'EACCES' ? `make the file readable by the user factgate runs as (chmod a+r ${displayPath})` : 'check that the file can be read',
        });
    }
    return stripBom(decodeUtf8Text(bytes, what, displayPath));
}
/** The bytes as UTF-8 text, or a ConfigurationError that names the encoding or the bad byte's place. */
function decodeUtf8Text(bytes, what, file) {
    const encoding = wideEncoding(bytes);
    if (encoding) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`the ${what} is ${encoding}, not UTF-8`, {
            file,
            fix: `save it as UTF-8 (in PowerShell: Get-Content ${file} | Set-Content -Encoding utf8 ${file}; or iconv -f ${encoding.split(' ')[0]} -t UTF-8)`,
        });
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('a raw NUL byte (0x00) is in the file; text files have none', {
            file,
            place: bytePlace(bytes, nul),
            fix: 'remove the byte (is this a binary file?); to mean the character, write it escaped (\\u0000)',
        });
    }
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes)) {
        const bad = firstInvalidUtf8(bytes);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not UTF-8`, {
            file,
            place: bytePlace(bytes, bad),
            fix: 'save the file as UTF-8 (it may be Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)',
        });
    }
    return bytes.toString('utf8');
}
/** UTF-16 and UTF-32, by their byte-order mark, or (without one) by NUL bytes in every other place. */
function wideEncoding(bytes) {
    const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return 'UTF-32LE encoded';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32BE encoded';
    if (a === 0xff && b === 0xfe)
        return 'UTF-16LE encoded';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16BE encoded';
    // ASCII text in UTF-16 without a mark: the high bytes of the first characters are all 0.
    const sample = Math.min(bytes.length, 64) & ~1;
    if (sample < 4)
        return null;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample; i++)
        if (bytes[i] === 0)
            i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample / 2;
    if (oddZeros >= half * 0.75 && evenZeros === 0)
        return 'UTF-16LE encoded (no byte-order mark)';
    if (evenZeros >= half * 0.75 && oddZeros === 0)
        return 'UTF-16BE encoded (no byte-order mark)';
    return null;
}
/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            return i;
        if (length > 1 && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes.subarray(i, i + length)))
            return i;
        i += length;
    }
    return 0;
}
/** "line L, column C" of a byte offset (columns in characters). */
function bytePlace(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = bytes.indexOf(0x0a); at !== -1 && at < offset; at = bytes.indexOf(0x0a, at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return `line ${line}, column ${bytes.subarray(lineStart, offset).toString('utf8').length + 1}`;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function formatBytes(bytes) {
    if (bytes >= MiB)
        return `${(bytes / MiB).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${bytes} bytes`;
}
function describeFsError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'it is a directory';
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
