export const id = 641;
export const ids = [641];
export const modules = {

/***/ 4950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n$: () => (/* binding */ expandSources),
  v3: () => (/* binding */ readData)
});

// UNUSED EXPORTS: mayBeGlob

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/data/csv.ts
var csv = __webpack_require__(1259);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/data/rows.ts
var rows = __webpack_require__(6926);
;// CONCATENATED MODULE: ./lib/data/jsonl.ts
/**
 * The JSON Lines reader: one JSON object per line, streamed (gzip detected by its magic bytes).
 *
 * Decisions:
 * - Columns are `options.columns`, else the keys of the first object, in order; keys outside the
 *   columns are ignored, and a key a row lacks is missing, as is null.
 * - Blank lines (whitespace only) are skipped; they still count as lines. CRLF and a leading UTF-8
 *   byte order mark are fine.
 * - A line that is not JSON is an "invalid-json" problem, one that is JSON but not an object a
 *   "not-an-object" problem: such a row takes its row number but is not delivered (it has no
 *   cells to check), so the validator reports it once, not once per column. A line longer than
 *   64 MiB is reported as "invalid-json" unread, so that one cannot take all memory.
 * - text() of a string is the string; of a number or boolean, its JSON text; of an object or an
 *   array, its JSON. number() is the number, or the number a numeric string spells (the CSV
 *   reader's grammar), else NaN. isMissing() is true for null, an absent key, and a string or
 *   number whose text is one of the missing values.
 */



const LF = 0x0a;
class JsonRowView {
    row = 0;
    line = 0;
    length;
    values;
    missingTexts;
    constructor(columnCount, missingValues) {
        this.length = columnCount;
        this.values = new Array(columnCount).fill(undefined);
        this.missingTexts = new Set(missingValues);
    }
    text(column) {
        const value = this.values[column];
        if (value === null || value === undefined)
            return "";
        if (typeof value === "string")
            return value;
        return JSON.stringify(value);
    }
    number(column) {
        const value = this.values[column];
        if (typeof value === "number")
            return value;
        if (typeof value === "string")
            return (0,csv/* parseNumberText */.ke)(value);
        return Number.NaN;
    }
    integer(column) {
        const value = this.values[column];
        // A number's text is its JSON, digits only below 1e21.
        if (typeof value === "number")
            return Number.isInteger(value) && Math.abs(value) < 1e21 ? value : Number.NaN;
        if (typeof value === "string")
            return (0,csv/* parseIntegerText */.py)(value);
        return Number.NaN;
    }
    indexIn(column, set) {
        return set.indexOfText(this.text(column));
    }
    /** One row at a time: the view is always on it. */
    select(_index) { }
    numbers(_column, _integers) {
        return undefined;
    }
    lookup(_column, _set) {
        return undefined;
    }
    hash(column, out) {
        (0,rows/* hashText */.qj)(this.text(column), out);
    }
    isMissing(column) {
        const value = this.values[column];
        if (value === null || value === undefined)
            return true;
        if (typeof value === "string")
            return this.missingTexts.has(value);
        return typeof value === "number" && this.missingTexts.has(String(value));
    }
}
function isBlank(line) {
    return line.trim() === "";
}
/** readJsonLines with the chunk size and the line limit set by the caller (tests). */
async function readJsonLinesInChunks(file, options, { chunkBytes, maxLineBytes = csv/* MAX_RECORD_BYTES */.xR }, onRow, onColumns) {
    const source = await (0,csv/* openByteSource */.QK)(file, chunkBytes);
    const problems = [];
    const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    const missingValues = options.missingValues ?? [""];
    let columns;
    let view;
    let rows = 0;
    let lineNumber = 0;
    const announceColumns = (names) => {
        columns = names;
        onColumns?.(names);
        return new JsonRowView(names.length, missingValues);
    };
    if (options.columns)
        view = announceColumns(options.columns);
    const skipOverlongLine = () => {
        lineNumber++;
        rows++;
        problems.push({
            kind: "invalid-json",
            row: rows,
            line: lineNumber,
            message: `the line is longer than ${maxLineBytes} bytes and was not read`,
        });
    };
    const readLine = (bytes) => {
        lineNumber++;
        let text = bytes.toString("utf8");
        if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (isBlank(text))
            return;
        rows++;
        const where = { row: rows, line: lineNumber };
        if (!(0,external_node_buffer_.isUtf8)(bytes)) {
            problems.push({ kind: "invalid-utf8", ...where, message: "the line holds bytes that are not UTF-8" });
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            problems.push({
                kind: "invalid-json",
                ...where,
                message: `not valid JSON: ${error.message}`,
            });
            return;
        }
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
            const got = parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`;
            problems.push({ kind: "not-an-object", ...where, message: `expected a JSON object, got ${got}` });
            return;
        }
        const record = parsed;
        view ??= announceColumns(Object.keys(record));
        const names = columns ?? [];
        for (let column = 0; column < names.length; column++) {
            const name = names[column];
            view.values[column] = Object.hasOwn(record, name) ? record[name] : undefined;
        }
        view.row = rows;
        view.line = lineNumber;
        onRow(view);
    };
    const progressEvery = options.progressEveryBytes ?? csv/* DEFAULT_PROGRESS_EVERY_BYTES */.yU;
    let nextProgressAt = progressEvery;
    const reportProgress = () => options.onProgress?.({ bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal, rows });
    // The unfinished last line of the chunks read so far: pieces are joined once, when it ends.
    let pending = [];
    let pendingBytes = 0;
    let skippingOverlongLine = false;
    try {
        reading: for await (const chunk of source.chunks) {
            let lineStart = 0;
            let lineEnd = chunk.indexOf(LF, lineStart);
            while (lineEnd >= 0) {
                if (rows >= maxRows)
                    break reading;
                const tail = chunk.subarray(lineStart, lineEnd);
                if (skippingOverlongLine || pendingBytes + tail.length > maxLineBytes)
                    skipOverlongLine();
                else
                    readLine(pending.length > 0 ? Buffer.concat([...pending, tail]) : tail);
                pending = [];
                pendingBytes = 0;
                skippingOverlongLine = false;
                lineStart = lineEnd + 1;
                lineEnd = chunk.indexOf(LF, lineStart);
            }
            if (lineStart < chunk.length && !skippingOverlongLine) {
                pending.push(chunk.subarray(lineStart));
                pendingBytes += chunk.length - lineStart;
                if (pendingBytes > maxLineBytes) {
                    skippingOverlongLine = true;
                    pending = [];
                }
            }
            if (source.bytesRead() >= nextProgressAt) {
                reportProgress();
                nextProgressAt = (Math.floor(source.bytesRead() / progressEvery) + 1) * progressEvery;
            }
        }
        if (rows < maxRows) {
            if (skippingOverlongLine)
                skipOverlongLine();
            else if (pending.length > 0)
                readLine(Buffer.concat(pending));
        }
    }
    finally {
        source.close();
    }
    if (columns === undefined)
        announceColumns([]);
    reportProgress();
    return { columns: columns ?? [], rows, bytes: source.bytesRead(), problems };
}
const readJsonLines = (file, options, onRow, onColumns) => readJsonLinesInChunks(file, options, {}, onRow, onColumns);

;// CONCATENATED MODULE: ./lib/data/sources.ts
/**
 * From what a user names (files, directories, globs) to data files, and from a file to its reader.
 *
 * The format comes from the file name, a trailing `.gz` set aside: `.csv`/`.txt` (comma), `.tsv`
 * (tab), `.jsonl`/`.ndjson`, `.parquet`. Gzip itself is recognised by the readers from the file's
 * first bytes (1f 8b), so a compressed file read by its plain name works too. A directory stands
 * for the data files anywhere below it, hidden ones and `.txt` files excepted (too often a README
 * or a licence); a `.txt` file is read when named, or matched by a glob.
 */





const FORMAT_OF_EXTENSION = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
};
const SUPPORTED = ".csv, .tsv, .txt, .jsonl, .ndjson (each optionally .gz) or .parquet";
function formatOf(file) {
    const name = external_node_path_default().basename(file).toLowerCase();
    const gzipped = name.endsWith(".gz");
    const format = FORMAT_OF_EXTENSION[external_node_path_default().extname(gzipped ? name.slice(0, -3) : name)];
    // Parquet compresses inside the file; a gzipped Parquet file is not something hyparquet reads.
    return gzipped && format === "parquet" ? undefined : format;
}
function isDirectoryMember(file) {
    return formatOf(file) !== undefined && !/\.txt(\.gz)?$/i.test(file);
}
/** Reads any supported data file, choosing the reader (and for .tsv the delimiter) by its name. */
const readData = (file, options, onRow, onColumns) => {
    switch (formatOf(file)) {
        case "csv":
            return (0,csv/* readCsv */.Nb)(file, options, onRow, onColumns);
        case "tsv":
            return (0,csv/* readCsv */.Nb)(file, { ...options, delimiter: options.delimiter ?? "\t" }, onRow, onColumns);
        case "jsonl":
            return readJsonLines(file, options, onRow, onColumns);
        case "parquet":
            // Loaded on the first Parquet file: its decoders are most of a data step's code.
            return Promise.all(/* import() */[__webpack_require__.e(388), __webpack_require__.e(819)]).then(__webpack_require__.bind(__webpack_require__, 4819)).then(({ readParquet }) => readParquet(file, options, onRow, onColumns));
        default:
            return Promise.reject(new errors/* ConfigError */.xL(`cannot tell the data format from the file name: expected ${SUPPORTED}`, { file }));
    }
};
/**
 * Turns files, directories and globs into a sorted list of data files, each once. Paths inside
 * `cwd` come back relative to it (as a user would write them), others absolute. A pattern that
 * matches nothing is an error naming it.
 */
async function expandSources(patterns, cwd) {
    const found = new Set();
    for (const pattern of patterns) {
        const matches = await expandPattern(pattern, cwd);
        if (matches.length === 0) {
            throw new errors/* ConfigError */.xL(`no data file matches "${pattern}" (looked for ${SUPPORTED})`, { field: "data" });
        }
        for (const match of matches)
            found.add(displayPath(match, cwd));
    }
    return [...found].sort(byCodePoint);
}
/**
 * False when a pattern has none of the characters of picomatch's syntax, so it cannot be a glob.
 * A plain path, the usual case, then skips loading the glob matcher (a tenth of a data step's start).
 */
function mayBeGlob(pattern) {
    return /[*?[\]{}()!+@\\]/.test(pattern);
}
async function expandPattern(pattern, cwd) {
    const globbing = mayBeGlob(pattern) ? await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382)) : undefined;
    if (globbing?.isDynamicPattern(pattern)) {
        return globbing.glob([pattern], { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
    }
    const target = external_node_path_default().resolve(cwd, pattern);
    const info = await (0,promises_.stat)(target).catch(() => undefined);
    if (info === undefined)
        return [];
    if (!info.isDirectory())
        return [target];
    const { glob } = globbing ?? (await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382)));
    const inside = await glob(["**/*"], { cwd: target, absolute: true, onlyFiles: true });
    return inside.filter(isDirectoryMember);
}
function displayPath(absolute, cwd) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(cwd), absolute);
    const outside = relative === ".." || relative.startsWith(`..${(external_node_path_default()).sep}`) || external_node_path_default().isAbsolute(relative);
    return outside ? external_node_path_default().normalize(absolute) : relative;
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 8806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ primaryKeyFields),
/* harmony export */   PA: () => (/* binding */ parseIsoTemporal),
/* harmony export */   _A: () => (/* binding */ tableSchema),
/* harmony export */   _Y: () => (/* binding */ compileFieldPattern),
/* harmony export */   qY: () => (/* binding */ createTemporalParser),
/* harmony export */   s$: () => (/* binding */ fieldTypes),
/* harmony export */   sr: () => (/* binding */ defaultMissingValues),
/* harmony export */   vl: () => (/* binding */ numericFieldTypes)
/* harmony export */ });
/* unused harmony exports stringFormats, defaultTrueValues, defaultFalseValues, parseTemporalPattern, fieldSchema, tableSchemaJsonSchema */
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8411);
/**
 * The data contract: a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * as Trainyard reads it, plus Trainyard's table checks (row counts, missing shares, quantile and
 * category-share bounds). Objects are strict so a misspelt key is an error, and cross-field rules
 * (minimum ≤ maximum, unique names, primaryKey fields exist) report the exact path.
 *
 * Refinements write complete messages (`minimum 10 is greater than maximum 5`) as `custom` issues;
 * every other issue is worded by the loader (`expected number, got "ten"`), which can see the source.
 */

const fieldTypes = ["string", "integer", "number", "boolean", "date", "datetime", "year"];
const stringFormats = ["default", "email", "uri", "uuid"];
const numericFieldTypes = ["integer", "number", "year"];
const defaultMissingValues = [""];
const defaultTrueValues = ["true", "True", "TRUE", "1"];
const defaultFalseValues = ["false", "False", "FALSE", "0"];
// ---------------------------------------------------------------------------------------------
// Dates and times: ISO 8601 by default, `any`, or a strptime-like pattern.
const temporalDirectives = {
    Y: "(\\d{4})",
    y: "(\\d{2})",
    m: "(\\d{1,2})",
    d: "(\\d{1,2})",
    H: "(\\d{1,2})",
    M: "(\\d{1,2})",
    S: "(\\d{1,2})",
    f: "(\\d{1,9})",
    b: "([A-Za-z]{3})",
    B: "([A-Za-z]+)",
    z: "(Z|[+-]\\d{2}:?\\d{2})",
};
/** Splits a strptime-like pattern into literal text and directives, or says what is wrong with it. */
function parseTemporalPattern(pattern) {
    const tokens = [];
    let literal = "";
    for (let index = 0; index < pattern.length; index++) {
        const char = pattern[index];
        if (char !== "%") {
            literal += char;
            continue;
        }
        const next = pattern[index + 1];
        index++;
        if (next === "%") {
            literal += "%";
        }
        else if (next !== undefined && Object.hasOwn(temporalDirectives, next)) {
            if (literal)
                tokens.push({ literal });
            literal = "";
            tokens.push({ directive: next });
        }
        else {
            const shown = next === undefined ? "%" : `%${next}`;
            return {
                problem: `unsupported directive ${shown} in format ${JSON.stringify(pattern)} (supported: %Y %y %m %d %H %M %S %f %b %B %z %%)`,
            };
        }
    }
    if (literal)
        tokens.push({ literal });
    if (!tokens.some((token) => "directive" in token)) {
        return { problem: `format ${JSON.stringify(pattern)} has no directive such as %Y, %m or %d` };
    }
    return { tokens };
}
const monthNames = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
const daysPerMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
    return month === 2 && isLeapYear(year) ? 29 : daysPerMonth[month - 1];
}
function isLeapYear(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
/** Epoch milliseconds (UTC) of valid parts, or undefined for an impossible date such as 2021-02-29. */
function partsToEpochMillis(parts) {
    const { year, month, day, hour, minute, second, millisecond } = parts;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millisecond));
    date.setUTCFullYear(year); // Date.UTC maps years 0..99 to 1900..1999
    return date.getTime() - parts.offsetMinutes * 60_000;
}
function parseOffsetMinutes(text) {
    if (text === "Z")
        return 0;
    const digits = text.slice(1).replace(":", "");
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
    return text.startsWith("-") ? -minutes : minutes;
}
function compileTokens(tokens) {
    const source = tokens
        .map((token) => ("literal" in token ? escapeRegExp(token.literal) : temporalDirectives[token.directive]))
        .join("");
    const matcher = new RegExp(`^${source}$`);
    const directives = tokens.flatMap((token) => ("directive" in token ? [token.directive] : []));
    return (text) => {
        const match = matcher.exec(text);
        if (!match)
            return undefined;
        const parts = {
            year: 1900,
            month: 1,
            day: 1,
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
            offsetMinutes: 0,
        };
        for (let index = 0; index < directives.length; index++) {
            const value = match[index + 1];
            switch (directives[index]) {
                case "Y":
                    parts.year = Number(value);
                    break;
                case "y": {
                    // POSIX: 69..99 are 1969..1999, 00..68 are 2000..2068.
                    const short = Number(value);
                    parts.year = short >= 69 ? 1900 + short : 2000 + short;
                    break;
                }
                case "m":
                    parts.month = Number(value);
                    break;
                case "d":
                    parts.day = Number(value);
                    break;
                case "H":
                    parts.hour = Number(value);
                    break;
                case "M":
                    parts.minute = Number(value);
                    break;
                case "S":
                    parts.second = Number(value);
                    break;
                case "f":
                    parts.millisecond = Math.floor(Number(`0.${value}`) * 1000);
                    break;
                case "b":
                case "B": {
                    const name = value.toLowerCase();
                    const month = monthNames.findIndex((full) => value.length === 3 ? full.startsWith(name) : full === name);
                    if (month < 0)
                        return undefined;
                    parts.month = month + 1;
                    break;
                }
                case "z":
                    parts.offsetMinutes = parseOffsetMinutes(value);
                    break;
            }
        }
        return partsToEpochMillis(parts);
    };
}
function compilePattern(pattern) {
    const parsed = parseTemporalPattern(pattern);
    if (parsed.problem !== undefined)
        throw new Error(parsed.problem);
    return compileTokens(parsed.tokens);
}
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDatetimePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;
function parseIsoDate(text) {
    const match = isoDatePattern.exec(text);
    if (!match)
        return undefined;
    return partsToEpochMillis({
        year: Number(match[1]),
        month: Number(match[2]),
        day: Number(match[3]),
        hour: 0,
        minute: 0,
        second: 0,
        millisecond: 0,
        offsetMinutes: 0,
    });
}
/** `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`; a time without a zone is taken as UTC. */
function parseIsoDatetime(text, allowSpace) {
    const match = isoDatetimePattern.exec(text);
    if (!match || (!allowSpace && text[10] === " "))
        return undefined;
    return partsToEpochMillis({
        year: Number(match[1]),
        month: Number(match[2]),
        day: Number(match[3]),
        hour: Number(match[4]),
        minute: Number(match[5]),
        second: Number(match[6]),
        millisecond: match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0,
        offsetMinutes: match[8] ? parseOffsetMinutes(match[8]) : 0,
    });
}
// `any` tries ISO first, then these (month before day where ambiguous, as dateutil does).
const anyDatePatterns = [
    "%Y/%m/%d",
    "%m/%d/%Y",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d-%b-%Y",
];
const anyTimeSuffixes = ["", " %H:%M", " %H:%M:%S", "T%H:%M:%S", " %H:%M:%S%z", "T%H:%M:%S%z"];
/** The value of an ISO 8601 date or date-time as written in constraints, in epoch milliseconds. */
function parseIsoTemporal(type, text) {
    return type === "date" ? parseIsoDate(text) : (parseIsoDatetime(text, false) ?? parseIsoDate(text));
}
/**
 * A parser for a date or datetime field's cells in its `format`: `default` (ISO 8601), `any`, or a
 * strptime-like pattern. Returns epoch milliseconds (UTC; times without a zone are taken as UTC), or
 * undefined when the text is not a valid value. Throws on a pattern the schema would have rejected.
 */
function createTemporalParser(type, format) {
    if (format === "default") {
        return type === "date" ? parseIsoDate : (text) => parseIsoDatetime(text, false);
    }
    if (format === "any") {
        const fallbacks = anyDatePatterns.flatMap((datePattern) => (type === "date" ? [""] : anyTimeSuffixes).map((suffix) => compilePattern(datePattern + suffix)));
        return (text) => {
            const iso = parseIsoDate(text) ?? (type === "datetime" ? parseIsoDatetime(text, true) : undefined);
            if (iso !== undefined)
                return iso;
            for (const parse of fallbacks) {
                const value = parse(text);
                if (value !== undefined)
                    return value;
            }
            return undefined;
        };
    }
    return compilePattern(format);
}
// ---------------------------------------------------------------------------------------------
// Patterns: Frictionless patterns match the whole value.
/** Compiles a `constraints.pattern` the way the validator applies it: anchored, Unicode-aware. */
function compileFieldPattern(pattern) {
    // Compiled alone first so a pattern like `a)|(b` cannot escape the anchoring group.
    new RegExp(pattern, "u");
    return new RegExp(`^(?:${pattern})$`, "u");
}
const compareNumbers = (a, b) => a - b;
function show(value) {
    return typeof value === "string" ? JSON.stringify(value) : String(value);
}
/** `{ min?, max? }` with min ≤ max. */
function boundsOf(value) {
    return _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ min: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(value), max: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(value) }).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((bounds, context) => {
        if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
            context.addIssue({
                code: "custom",
                path: ["min"],
                message: `min ${bounds.min} is greater than max ${bounds.max}`,
            });
        }
    }));
}
const share = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .maximum */ .PhQ(1));
const shareBounds = boundsOf(share);
const quantileBounds = boundsOf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig());
const quantileKeyPattern = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/;
// Checked in the refinement below (for a message naming the key); the JSON Schema gets the pattern.
const quantileKey = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP();
const fieldChecks = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    maxMissingShare: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(share)
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Largest share (0..1) of missing values allowed in the column.")),
    quantiles: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(quantileKey, quantileBounds))
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('Bounds for quantiles of the column, keyed by quantile: { "0.5": { min: 10, max: 20 } }.')),
    categoryShares: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), shareBounds))
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('Bounds (0..1) on the share of rows holding each value: { "churned": { max: 0.3 } }.')),
})
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((checks, context) => {
    for (const key of Object.keys(checks.quantiles ?? {})) {
        if (!quantileKeyPattern.test(key)) {
            context.addIssue({
                code: "custom",
                path: ["quantiles", key],
                params: { atKey: true },
                message: `expected a quantile between 0 and 1 such as "0.99", got ${JSON.stringify(key)}`,
            });
        }
    }
    const shares = Object.values(checks.categoryShares ?? {});
    const leastTotal = shares.reduce((sum, bounds) => sum + (bounds.min ?? 0), 0);
    if (leastTotal > 1 + 1e-9) {
        context.addIssue({
            code: "custom",
            path: ["categoryShares"],
            message: `the categories' minimum shares add up to ${Number(leastTotal.toFixed(6))}, more than 1`,
        });
    }
}), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Trainyard's checks on the column as a whole."));
const baseConstraints = {
    required: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY())
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Every row must have a value (not one of missingValues).")),
    unique: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("No two rows may have the same value.")),
};
function refineValueOrder(compare) {
    return (constraints, context) => {
        const { minimum, maximum } = constraints;
        if (minimum !== undefined && maximum !== undefined && compare(minimum, maximum) > 0) {
            context.addIssue({
                code: "custom",
                path: ["minimum"],
                message: `minimum ${show(minimum)} is greater than maximum ${show(maximum)}`,
            });
        }
    };
}
function refineLengthOrder(constraints, context) {
    const { minLength, maxLength } = constraints;
    if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
        context.addIssue({
            code: "custom",
            path: ["minLength"],
            message: `minLength ${minLength} is greater than maxLength ${maxLength}`,
        });
    }
}
const length = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0));
const regexPattern = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((pattern, context) => {
    try {
        compileFieldPattern(pattern);
    }
    catch (error) {
        let reason = error instanceof Error ? error.message.replace(/^.*: /, "") : String(error);
        // Patterns are compiled in Unicode mode, where `\-` or `\_` outside a class is an error.
        if (reason === "Invalid escape")
            reason += " (only characters with a meaning, such as \\. or \\(, may be escaped)";
        context.addIssue({
            code: "custom",
            message: `expected a valid regular expression, got ${JSON.stringify(pattern)}: ${reason}`,
        });
    }
}));
function isoTemporal(type) {
    const wanted = type === "date" ? "an ISO 8601 date (YYYY-MM-DD)" : "an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SSZ)";
    return _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((text, context) => {
        if (parseIsoTemporal(type, text) === undefined) {
            context.addIssue({ code: "custom", message: `expected ${wanted}, got ${JSON.stringify(text)}` });
        }
    }));
}
function compareIsoTemporal(type) {
    return (a, b) => (parseIsoTemporal(type, a) ?? 0) - (parseIsoTemporal(type, b) ?? 0);
}
const enumOf = (value) => _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(value).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1))).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("The only values allowed."));
const stringConstraints = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...baseConstraints,
    minLength: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(length),
    maxLength: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(length),
    pattern: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(regexPattern).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Regular expression the whole value must match.")),
    enum: enumOf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
})
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni(refineLengthOrder));
function orderedConstraints(value, compare) {
    return _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ...baseConstraints,
        minimum: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(value),
        maximum: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(value),
        enum: enumOf(value),
    })
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni(refineValueOrder(compare)));
}
const integerValue = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr();
const integerConstraints = orderedConstraints(integerValue, compareNumbers);
const numberConstraints = orderedConstraints(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), compareNumbers);
const booleanConstraints = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ ...baseConstraints, enum: enumOf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()) });
const dateConstraints = orderedConstraints(isoTemporal("date"), compareIsoTemporal("date"));
const datetimeConstraints = orderedConstraints(isoTemporal("datetime"), compareIsoTemporal("datetime"));
const temporalFormat = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((format, context) => {
    if (format === "default" || format === "any")
        return;
    const parsed = parseTemporalPattern(format);
    if (parsed.problem !== undefined)
        context.addIssue({ code: "custom", message: parsed.problem });
})), "default")
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('"default" (ISO 8601), "any", or a pattern such as "%d/%m/%Y" or "%Y-%m-%d %H:%M:%S".'));
const commonField = {
    name: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("The column's name, as in the data's header.")),
    title: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    description: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
};
// Other types take only the default format, which Frictionless tools often write out.
const defaultFormatOnly = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("default"), "default");
const bareNumber = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(), true)
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("false: allow text around the number, as in 95% or $10."));
const oneCharacter = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .length */ .Bw9(1));
const stringField = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("string"), "string"),
    format: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(stringFormats), "default"),
    constraints: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(stringConstraints, {}),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(fieldChecks, {}),
});
const integerField = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("integer"),
    format: defaultFormatOnly,
    bareNumber,
    groupChar: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(oneCharacter),
    constraints: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(integerConstraints, {}),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(fieldChecks, {}),
});
const numberField = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("number"),
    format: defaultFormatOnly,
    decimalChar: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(oneCharacter, "."),
    groupChar: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(oneCharacter),
    bareNumber,
    constraints: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(numberConstraints, {}),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(fieldChecks, {}),
});
const booleanField = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("boolean"),
    format: defaultFormatOnly,
    trueValues: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1)), [...defaultTrueValues]),
    falseValues: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1)), [...defaultFalseValues]),
    constraints: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(booleanConstraints, {}),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(fieldChecks, {}),
});
const dateField = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("date"),
    format: temporalFormat,
    constraints: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(dateConstraints, {}),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(fieldChecks, {}),
});
const datetimeField = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("datetime"),
    format: temporalFormat,
    constraints: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(datetimeConstraints, {}),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(fieldChecks, {}),
});
const yearField = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("year"),
    format: defaultFormatOnly,
    constraints: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(integerConstraints, {}),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(fieldChecks, {}),
});
const fieldSchema = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt("type", [
    stringField,
    integerField,
    numberField,
    booleanField,
    dateField,
    datetimeField,
    yearField,
])
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((field, context) => {
    if (field.checks.quantiles && !numericFieldTypes.includes(field.type)) {
        context.addIssue({
            code: "custom",
            path: ["checks", "quantiles"],
            message: `quantiles apply to integer, number and year fields, not ${field.type}`,
        });
    }
    if (field.type === "boolean") {
        const shared = field.trueValues.find((value) => field.falseValues.includes(value));
        if (shared !== undefined) {
            context.addIssue({
                code: "custom",
                path: ["falseValues", field.falseValues.indexOf(shared)],
                message: `${JSON.stringify(shared)} is in both trueValues and falseValues`,
            });
        }
    }
    if (field.type === "number" && field.groupChar === field.decimalChar) {
        context.addIssue({
            code: "custom",
            path: ["groupChar"],
            message: `groupChar ${JSON.stringify(field.groupChar)} is also the decimalChar`,
        });
    }
}));
const countBound = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minimum */ .BpO(0));
const tableChecks = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    rows: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(boundsOf(countBound)).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Bounds on the number of data rows.")),
})
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Trainyard's checks on the table as a whole."));
const tableSchema = _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("URL of this file's JSON Schema, for editors.")),
    fields: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(fieldSchema).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("The columns, in order.")),
    missingValues: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()), [...defaultMissingValues])
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y('Cell texts that mean "no value" (default [""]).')),
    primaryKey: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lqM(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), _zod_js__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .minLength */ .BpQ(1))]))
        .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0y("Field name(s) whose values together identify a row: unique and never missing.")),
    checks: _zod_js__WEBPACK_IMPORTED_MODULE_0__/* ._default */ .Rvf(tableChecks, {}),
})
    .check(_zod_js__WEBPACK_IMPORTED_MODULE_0__/* .superRefine */ .zni((schema, context) => {
    const firstIndexByName = new Map();
    schema.fields.forEach((field, index) => {
        const first = firstIndexByName.get(field.name);
        if (first === undefined) {
            firstIndexByName.set(field.name, index);
        }
        else {
            context.addIssue({
                code: "custom",
                path: ["fields", index, "name"],
                message: `duplicate field name ${JSON.stringify(field.name)} (also fields[${first}].name)`,
            });
        }
    });
    const { primaryKey } = schema;
    if (primaryKey === undefined)
        return;
    const keyNames = typeof primaryKey === "string" ? [primaryKey] : primaryKey;
    const pathOf = (index) => typeof primaryKey === "string" ? ["primaryKey"] : ["primaryKey", index];
    keyNames.forEach((name, index) => {
        if (!firstIndexByName.has(name)) {
            context.addIssue({
                code: "custom",
                path: pathOf(index),
                message: `no field named ${JSON.stringify(name)} in fields`,
            });
        }
        else if (keyNames.indexOf(name) !== index) {
            context.addIssue({
                code: "custom",
                path: pathOf(index),
                message: `${JSON.stringify(name)} is listed twice`,
            });
        }
    });
}));
/** The primary key as a list of field names (empty when there is none). */
function primaryKeyFields(schema) {
    const { primaryKey } = schema;
    if (primaryKey === undefined)
        return [];
    return typeof primaryKey === "string" ? [primaryKey] : [...primaryKey];
}
/** JSON Schema of what a user may write in a table schema file, for editors (`schemas/`). */
function tableSchemaJsonSchema() {
    return {
        ...z.toJSONSchema(tableSchema, {
            io: "input",
            unrepresentable: "any",
            override: ({ zodSchema, jsonSchema }) => {
                if (zodSchema === quantileKey)
                    jsonSchema.pattern = quantileKeyPattern.source;
            },
        }),
        title: "Trainyard data contract (Frictionless Table Schema)",
        description: "Columns of the training data with their types and constraints, plus Trainyard's table checks. See https://specs.frictionlessdata.io/table-schema/.",
    };
}


/***/ })

};
