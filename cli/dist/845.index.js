export const id = 845;
export const ids = [845];
export const modules = {

/***/ 7226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCompareCommand: () => (/* binding */ runCompareCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/config/trainyard-config.ts + 2 modules
var trainyard_config = __webpack_require__(6583);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/evaluate/compare.ts
var compare = __webpack_require__(4555);
// EXTERNAL MODULE: ./lib/config/located-document.ts
var located_document = __webpack_require__(6417);
// EXTERNAL MODULE: ./lib/data/csv.ts
var csv = __webpack_require__(1259);
;// CONCATENATED MODULE: ./lib/metrics/values.ts

/**
 * What a metric value may be: a finite number. Python writes NaN and infinities into JSON as the
 * bare words `NaN`, `Infinity` and `-Infinity`, YAML as `.nan` and `.inf`, CSV as `nan` and
 * `inf`: each is named as the non-finite number it is, not as a stray word, so the error says
 * what went wrong in training rather than in the file.
 */
const NON_FINITE_WORD = /^[-+]?\.?(nan|inf|infinity)$/i;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
function values_metricNumber(raw, where) {
    const { value } = raw;
    if (typeof value === "number") {
        if (Number.isFinite(value))
            return value;
        throw new errors/* DataError */.fL(`expected a finite number, got ${String(value)}`, where);
    }
    if (typeof value === "string" && raw.bare && NON_FINITE_WORD.test(value.trim()))
        throw new errors/* DataError */.fL(`expected a finite number, got ${value.trim()}`, where);
    throw new errors/* DataError */.fL(`expected a number, got ${values_describe(value)}`, where);
}
/** A CSV cell as a metric: a decimal number, nothing else (no hex, no thousands separators). */
function metricNumberOfText(text, where) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed)) {
        const value = Number(trimmed);
        // A decimal past the largest double (1e999) reads as Infinity.
        if (Number.isFinite(value))
            return value;
        throw new errors/* DataError */.fL(`expected a finite number, got ${trimmed}`, where);
    }
    if (trimmed === "")
        throw new errors/* DataError */.fL("expected a number, got an empty cell", where);
    return values_metricNumber({ value: trimmed, bare: true }, where);
}
/** True when a CSV cell reads as a number (finite or not), to tell a header row from values. */
function looksNumeric(text) {
    const trimmed = text.trim();
    return DECIMAL.test(trimmed) || NON_FINITE_WORD.test(trimmed);
}
function values_describe(value) {
    if (value === null || value === undefined)
        return "nothing (null)";
    if (typeof value === "string")
        return JSON.stringify(value);
    if (Array.isArray(value))
        return "a list";
    if (typeof value === "object")
        return "a mapping";
    return String(value);
}

;// CONCATENATED MODULE: ./lib/metrics/csv-metrics.ts





const NAME_HEADERS = new Set(["metric", "name", "key"]);
/**
 * Metrics from a CSV file, in one of two layouts, told apart by the first row:
 * - long: two columns of name and value, under a `metric,value` header (or `name`/`key`), or
 *   with no header at all when the first row's second cell is already a number;
 * - wide: a header row of metric names, and the values in the last row (so a per-epoch log,
 *   one row an epoch, gives the final epoch's values).
 */
async function readCsvMetrics(file, name) {
    const records = await readRecords(file, name);
    const [first] = records;
    if (!first)
        throw new errors/* DataError */.fL("the file is empty: expected metric names and values", { file: name });
    if (isLongHeader(first))
        return longMetrics(records.slice(1), name);
    if (first.cells.length === 2 && looksNumeric(first.cells[1] ?? "") && !looksNumeric(first.cells[0] ?? ""))
        return longMetrics(records, name);
    return wideMetrics(first, records, name);
}
function isLongHeader(record) {
    const [nameCell, valueCell] = record.cells.map((cell) => cell.trim().toLowerCase());
    return record.cells.length === 2 && NAME_HEADERS.has(nameCell ?? "") && valueCell === "value";
}
function longMetrics(records, file) {
    const metrics = {};
    for (const { line, cells } of records) {
        if (cells.length !== 2)
            throw new errors/* DataError */.fL(`expected 2 cells (metric,value), found ${cells.length}`, { file, line });
        const metric = (cells[0] ?? "").trim();
        if (metric === "")
            throw new errors/* DataError */.fL("a metric without a name", { file, line });
        if (metric === "__proto__")
            throw new errors/* DataError */.fL('"__proto__" cannot be a metric name', { file, line });
        if (Object.hasOwn(metrics, metric))
            throw new errors/* DataError */.fL(`"${metric}" is given twice`, { file, line, field: metric });
        metrics[metric] = metricNumberOfText(cells[1] ?? "", { file, line, field: metric });
    }
    return metrics;
}
function wideMetrics(header, records, file) {
    const names = header.cells.map((cell) => cell.trim());
    names.forEach((metric, index) => {
        if (metric === "")
            throw new errors/* DataError */.fL(`column ${index + 1} of the header has no name`, { file, line: header.line });
        if (metric === "__proto__")
            throw new errors/* DataError */.fL('"__proto__" cannot be a metric name', { file, line: header.line });
        if (names.indexOf(metric) !== index)
            throw new errors/* DataError */.fL(`"${metric}" names two columns`, { file, line: header.line, field: metric });
    });
    const last = records.at(-1);
    if (last === header)
        throw new errors/* DataError */.fL("a header row and no values: expected a row of values under it", {
            file,
            line: header.line,
        });
    if (last.cells.length !== names.length)
        throw new errors/* DataError */.fL(`the last row has ${last.cells.length} cells, the header ${names.length}`, {
            file,
            line: last.line,
        });
    const metrics = {};
    names.forEach((metric, index) => {
        metrics[metric] = metricNumberOfText(last.cells[index] ?? "", { file, line: last.line, field: metric });
    });
    return metrics;
}
async function readRecords(file, name) {
    // Every record is kept: refuse a file past the size of any metrics file before reading it.
    const size = (await (0,promises_.stat)(file).catch(() => undefined))?.size ?? 0;
    if (size > located_document/* MAX_DOCUMENT_BYTES */.bi)
        throw new errors/* DataError */.fL(`the metrics file is ${Math.round(size / (1 << 20))} MiB, more than the ${located_document/* MAX_DOCUMENT_BYTES */.bi / (1 << 20)} MiB a metrics file may be`, { file: name });
    const records = [];
    let result;
    try {
        result = await (0,csv/* readCsv */.Nb)(file, { header: false, missingValues: [] }, (row) => {
            const cells = [];
            for (let column = 0; column < row.length; column++)
                cells.push(row.text(column));
            records.push({ line: row.line, cells });
        });
    }
    catch (error) {
        if (error instanceof errors/* DataError */.fL)
            throw new errors/* DataError */.fL(error.detail, { ...error.location, file: name }, { cause: error });
        const code = error.code;
        const detail = code === "ENOENT" ? "metrics file not found" : `cannot read the metrics file (${code})`;
        throw new errors/* DataError */.fL(detail, { file: name }, { cause: error });
    }
    const [problem] = result.problems;
    if (problem)
        throw new errors/* DataError */.fL(`not valid CSV: ${problem.message}`, { file: name, line: problem.line });
    return records;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/metrics/nested-file.ts



/**
 * A JSON or YAML file whose top level is a mapping, read with the line of every node so that a
 * bad value is reported where it is. JSON is read by the YAML parser (JSON is YAML), which also
 * lets the bare `NaN` and `Infinity` Python writes into JSON through as words to be named.
 */
class nested_file_NestedFile {
    name;
    document;
    lines;
    constructor(
    /** The file as the user named it, for errors. */
    name, document, lines) {
        this.name = name;
        this.document = document;
        this.lines = lines;
    }
    static async read(file, name, what) {
        const text = (await readUserFile(file, name, what)).replace(/^\uFEFF/, "");
        const flavour = /\.json$/i.test(file) ? "JSON" : "YAML";
        const lines = new dist/* LineCounter */.HN();
        const parsed = (0,located_document/* parseYamlDocument */.Iu)(text, lines);
        if (parsed.tooDeep)
            throw new errors/* DataError */.fL(`not valid ${flavour}: nested more than ${located_document/* MAX_NESTING_DEPTH */.wM} levels deep`, {
                file: name,
                line: lines.linePos(parsed.tooDeep.offset).line,
            });
        const { document } = parsed;
        const [problem] = document.errors;
        if (problem) {
            const firstLine = problem.message.split("\n")[0] ?? problem.message;
            throw new errors/* DataError */.fL(`not valid ${flavour}: ${firstLine.replace(/ at line \d+, column \d+:?$/, "")}`, {
                file: name,
                line: lines.linePos(problem.pos[0]).line,
            });
        }
        try {
            // The leaves below follow aliases themselves: refuse an alias bomb before they expand it.
            document.toJS({ maxAliasCount: located_document/* MAX_ALIAS_COUNT */.w4 });
        }
        catch (error) {
            const alias = (0,located_document/* aliasProblem */.C1)(document, error);
            throw new errors/* DataError */.fL(`not valid ${flavour}: ${alias.message}`, {
                file: name,
                line: lines.linePos(alias.offset).line,
            });
        }
        const contents = document.contents;
        if (contents === null || ((0,dist/* isScalar */.jn)(contents) && contents.value === null))
            throw new errors/* DataError */.fL(`the file is empty: expected a mapping of ${what}`, { file: name });
        if (!(0,dist/* isMap */.jh)(contents))
            throw new errors/* DataError */.fL(`expected a mapping of ${what} (name: value), got ${kindOf(contents)}`, {
                file: name,
                line: lines.linePos(contents.range?.[0] ?? 0).line,
            });
        return new nested_file_NestedFile(name, document, lines);
    }
    topEntries() {
        const contents = this.document.contents;
        if (!(0,dist/* isMap */.jh)(contents))
            return [];
        return contents.items.map((pair) => {
            const keyNode = pair.key;
            return {
                key: keyText(keyNode),
                line: this.lineOf(keyNode),
                value: this.resolve(pair.value),
            };
        });
    }
    /** Every leaf under `node`, keys joined with "." (list items by index), as DVC flattens. */
    leaves(node, prefix, line) {
        const found = [];
        // The collections being flattened: an alias to one of them (`a: &a [*a]`) would never end.
        const open = new Set();
        const visit = (current, key, fallbackLine) => {
            const resolved = this.resolve(current);
            const at = this.lineOf(resolved) ?? fallbackLine;
            if (((0,dist/* isMap */.jh)(resolved) || (0,dist/* isSeq */.oP)(resolved)) && open.has(resolved))
                throw new errors/* DataError */.fL("an alias refers to a mapping or list that contains it", {
                    file: this.name,
                    line: this.lineOf(current) ?? at,
                    field: key,
                });
            if ((0,dist/* isMap */.jh)(resolved)) {
                open.add(resolved);
                for (const pair of resolved.items) {
                    const keyNode = pair.key;
                    visit(pair.value, join(key, keyText(keyNode)), this.lineOf(keyNode) ?? at);
                }
                open.delete(resolved);
            }
            else if ((0,dist/* isSeq */.oP)(resolved)) {
                open.add(resolved);
                resolved.items.forEach((item, index) => {
                    visit(item, join(key, String(index)), at);
                });
                open.delete(resolved);
            }
            else if ((0,dist/* isScalar */.jn)(resolved)) {
                found.push({ key, raw: { value: resolved.value, bare: resolved.type === "PLAIN" }, line: at });
            }
            else {
                found.push({ key, raw: { value: null, bare: true }, line: at });
            }
        };
        visit(node, prefix, line);
        return uniqueKeys(found, this.name);
    }
    allLeaves() {
        return uniqueKeys(this.topEntries().flatMap((entry) => this.leaves(entry.value, entry.key, entry.line)), this.name);
    }
    resolve(node) {
        return (0,dist/* isAlias */.Vj)(node) ? (node.resolve(this.document) ?? null) : node;
    }
    lineOf(node) {
        const offset = node?.range?.[0];
        return offset === undefined ? undefined : this.lines.linePos(offset).line;
    }
}
/** Reads a file the user named, turning "not there" or "far too big" into an error that names it. */
function readUserFile(file, name, what) {
    return (0,located_document/* readBoundedFile */.Mv)(file, what, located_document/* MAX_DOCUMENT_BYTES */.bi, errors/* DataError */.fL, name);
}
function uniqueKeys(leaves, file) {
    const seen = new Set();
    for (const leaf of leaves) {
        if (leaf.key.split(".").includes("__proto__"))
            throw new errors/* DataError */.fL('"__proto__" cannot be a name here', { file, line: leaf.line, field: leaf.key });
        if (seen.has(leaf.key))
            throw new errors/* DataError */.fL(`"${leaf.key}" is given twice once nested keys are joined with "."`, {
                file,
                line: leaf.line,
                field: leaf.key,
            });
        seen.add(leaf.key);
    }
    return leaves;
}
function join(prefix, key) {
    return prefix === "" ? key : `${prefix}.${key}`;
}
function keyText(node) {
    if ((0,dist/* isScalar */.jn)(node))
        return String(node.value);
    return node === null ? "" : String(node);
}
function kindOf(node) {
    if ((0,dist/* isSeq */.oP)(node))
        return "a list";
    if ((0,dist/* isScalar */.jn)(node))
        return JSON.stringify(String(node.value).slice(0, 40));
    return "something else";
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./lib/metrics/history.ts






/** A history file past this size is refused unread: its points are all held in memory. */
const MAX_HISTORY_BYTES = (/* unused pure expression or super */ null && (64 * (1 << 20)));
const fstat = (0,external_node_util_.promisify)(external_node_fs_.fstat);
/** Keys that number a point, in the order they are looked for. */
const STEP_KEYS = (/* unused pure expression or super */ null && (["step", "epoch"]));
/**
 * Per-step history from JSON Lines: one object a line (`{"epoch": 3, "loss": 0.41}`), nested keys
 * joined with ".". The point's step is its `step`, else its `epoch`, else its position (from 0).
 * Every value must be a finite number; blank lines are skipped. Read line by line, so a long
 * history costs memory for its points, not for the file.
 */
async function readHistory(file, name) {
    const points = [];
    const stream = createReadStream(file, { encoding: "utf8" });
    const opened = new Promise((resolve, reject) => {
        stream.once("open", (fd) => resolve(fd));
        stream.once("error", reject);
    });
    try {
        const info = await fstat(await opened);
        if (info.isDirectory() || info.size > MAX_HISTORY_BYTES) {
            stream.destroy();
            throw new DataError(info.isDirectory()
                ? "expected a history file, found a directory"
                : `the history file is ${Math.round(info.size / (1 << 20))} MiB, more than the ${MAX_HISTORY_BYTES / (1 << 20)} MiB it may be`, { file: name });
        }
    }
    catch (error) {
        if (error instanceof DataError)
            throw error;
        const code = error.code;
        const detail = code === "ENOENT" ? "history file not found" : `cannot read the history file (${code})`;
        throw new DataError(detail, { file: name }, { cause: error });
    }
    let line = 0;
    for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
        line++;
        if (text.trim() === "")
            continue;
        points.push(historyPoint(text.replace(/^\uFEFF/, ""), points.length, { file: name, line }));
    }
    return points;
}
function historyPoint(text, position, where) {
    let parsed;
    try {
        parsed = parseJsonAllowingNonFinite(text);
    }
    catch (error) {
        throw new DataError(`not valid JSON: ${error.message}`, where);
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
        throw new DataError(`expected one JSON object a line, got ${describe(parsed)}`, where);
    const values = {};
    for (const [key, raw] of flattenJson(parsed, "", where))
        values[key] = metricNumber(raw, { ...where, field: key });
    const stepKey = STEP_KEYS.find((key) => Object.hasOwn(values, key));
    return { ...values, step: stepKey === undefined ? position : values[stepKey] };
}
const NON_FINITE_MARK = "\u0000non-finite:";
/**
 * JSON.parse, except that the bare NaN, Infinity and -Infinity Python's json module writes are
 * read as marked words, so that the point names the key that went non-finite.
 */
function parseJsonAllowingNonFinite(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const marked = markNonFiniteWords(text);
        if (marked === text)
            throw error;
        return JSON.parse(marked);
    }
}
function markNonFiniteWords(text) {
    let marked = "";
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (inString) {
            marked += char;
            if (char === "\\")
                marked += text[++i] ?? "";
            else if (char === '"')
                inString = false;
            continue;
        }
        const word = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))?.[1];
        if (word) {
            marked += JSON.stringify(`${NON_FINITE_MARK}${word}`);
            i += word.length - 1;
            continue;
        }
        if (char === '"')
            inString = true;
        marked += char;
    }
    return marked;
}
function flattenJson(value, prefix, where) {
    const leaves = new Map();
    const visit = (current, key, depth) => {
        if (current !== null && typeof current === "object") {
            // One call a level: JSON.parse takes any depth, the stack here does not.
            if (depth >= MAX_NESTING_DEPTH)
                throw new DataError(`nested more than ${MAX_NESTING_DEPTH} levels deep`, { ...where, field: key });
            const entries = Array.isArray(current)
                ? current.map((item, index) => [String(index), item])
                : Object.entries(current);
            for (const [childKey, child] of entries) {
                if (childKey === "__proto__")
                    throw new DataError('"__proto__" cannot be a name here', { ...where, field: key });
                visit(child, key === "" ? childKey : `${key}.${childKey}`, depth + 1);
            }
            return;
        }
        if (leaves.has(key))
            throw new DataError(`"${key}" is given twice once nested keys are joined with "."`, {
                ...where,
                field: key,
            });
        const nonFinite = typeof current === "string" && current.startsWith(NON_FINITE_MARK);
        leaves.set(key, nonFinite
            ? { value: current.slice(NON_FINITE_MARK.length), bare: true }
            : { value: current, bare: false });
    };
    visit(value, prefix, 0);
    return leaves;
}

;// CONCATENATED MODULE: ./lib/metrics/read.ts






function formatOf(file, name, accepted) {
    const extension = external_node_path_default().extname(file).toLowerCase();
    const format = { ".json": "json", ".yaml": "yaml", ".yml": "yaml", ".csv": "csv" }[extension];
    if (format && accepted.includes(format))
        return format;
    const expected = accepted.flatMap((f) => (f === "yaml" ? [".yaml", ".yml"] : [`.${f}`])).join(", ");
    throw new errors/* DataError */.fL(`cannot tell the format from the file name: expected ${expected}`, { file: name });
}
/**
 * Reads a metrics file: JSON or YAML (nested keys joined with ".", as DVC does; list items by
 * index) or CSV (see readCsvMetrics). Every value must be a finite number.
 * `name` is the file as the user knows it, for errors; `file` is where to read it.
 */
async function readMetrics(file, name = file) {
    if (formatOf(file, name, ["json", "yaml", "csv"]) === "csv")
        return readCsvMetrics(file, name);
    const document = await nested_file_NestedFile.read(file, name, "metrics");
    return numbers(document.allLeaves(), name);
}
/**
 * Reads a params file (JSON or YAML), flattened as metrics are. Values stay numbers, text or
 * booleans; a null (Python's None) is kept as the text "null", and a non-finite number as its
 * name ("NaN", "Infinity"), so that every param set shows in the record.
 */
async function readParams(file, name = file) {
    formatOf(file, name, ["json", "yaml"]);
    const document = await NestedFile.read(file, name, "params");
    const params = {};
    for (const { key, raw } of document.allLeaves()) {
        const { value } = raw;
        params[key] =
            typeof value === "boolean" ||
                typeof value === "string" ||
                (typeof value === "number" && Number.isFinite(value))
                ? value
                : String(value);
    }
    return params;
}
/**
 * Reads per-slice metrics (JSON or YAML): each top-level key names a slice (`country=DE`), and its
 * value is that slice's metrics, flattened as a metrics file is.
 */
async function readSlices(file, name = file) {
    formatOf(file, name, ["json", "yaml"]);
    const document = await NestedFile.read(file, name, "slice metrics");
    const slices = {};
    for (const entry of document.topEntries()) {
        const leaves = document.leaves(entry.value, entry.key, entry.line);
        const [only] = leaves;
        if (leaves.length === 1 && only?.key === entry.key)
            throw new DataError("expected the slice's metrics (metric: value), got a single value", {
                file: name,
                line: entry.line,
                field: entry.key,
            });
        const metrics = numbers(leaves, name);
        slices[entry.key] = Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key.slice(entry.key.length + 1), value]));
    }
    return slices;
}
function numbers(leaves, file) {
    const metrics = {};
    for (const leaf of leaves)
        metrics[leaf.key] = values_metricNumber(leaf.raw, { file, line: leaf.line, field: leaf.key });
    return metrics;
}

// EXTERNAL MODULE: ./lib/registry/version-metadata.ts + 1 modules
var version_metadata = __webpack_require__(4371);
// EXTERNAL MODULE: ./lib/runs/run-record.ts
var run_record = __webpack_require__(7348);
// EXTERNAL MODULE: ./lib/format.ts
var format = __webpack_require__(2511);
;// CONCATENATED MODULE: ./reports/budget.ts
/**
 * The length budget of a report. GitHub refuses a comment longer than 65,536 characters and cuts
 * a job summary at 1 MiB, so a report is assembled from sections, each rendered in a few
 * renditions from the fullest to the barest, and a fixed drop order says which section gives up
 * detail first. Sections step down in that order until the whole fits, and earlier steps the fit
 * turns out not to need are given back; what was left out is said in a note before the footer, so
 * a reader knows it is elsewhere, not missing.
 *
 * By design each section's barest rendition is bounded by constants, not by the input, so every
 * input fits; a document whose barest form is still too long (only a header or footer the caller
 * made huge can do that) is a programming error and throws.
 */

/**
 * GitHub counts a comment's characters; JavaScript's length counts UTF-16 code units, never fewer
 * than characters, so the measure errs on the safe side.
 */
const COMMENT_BUDGET = { limit: 65_536, unit: "characters", measure: (text) => text.length };
const utf8 = new TextEncoder();
/** A step summary is cut at 1 MiB of UTF-8. */
const JOB_SUMMARY_BUDGET = {
    limit: 1_048_576,
    unit: "bytes",
    measure: (text) => utf8.encode(text).length,
};
/**
 * Steps down the drop order until the document fits, then gives back, latest step first, every
 * earlier step the document still fits without: detail is lost in the drop order's priority, and
 * no more of it than the budget needs.
 */
function fitToBudget(document, dropOrder, budget) {
    const levels = Object.fromEntries(document.sections.map((section) => [section.name, 0]));
    const fits = (candidate) => budget.measure(candidate.text) <= budget.limit;
    let fitted = assemble(document, levels);
    const taken = [];
    for (const step of dropOrder) {
        if (fits(fitted))
            break;
        const section = document.sections.find((candidate) => candidate.name === step.section);
        if (!section)
            continue;
        const level = Math.min(step.level, section.renditions.length - 1);
        if (level <= levels[step.section])
            continue;
        taken.push({ section: step.section, from: levels[step.section], to: level });
        levels[step.section] = level;
        fitted = assemble(document, levels);
    }
    if (!fits(fitted)) {
        const size = (0,format/* thousands */.o)(budget.measure(fitted.text));
        throw new RangeError(`the report is ${size} ${budget.unit} at its barest, over the limit of ${(0,format/* thousands */.o)(budget.limit)}`);
    }
    for (const step of taken.slice(0, -1).reverse()) {
        if (levels[step.section] !== step.to)
            continue;
        levels[step.section] = step.from;
        const fuller = assemble(document, levels);
        if (fits(fuller))
            fitted = fuller;
        else
            levels[step.section] = step.to;
    }
    return fitted;
}
function assemble(document, levels) {
    const chosen = document.sections.map((section) => section.renditions[levels[section.name]]);
    const leftOut = chosen.flatMap((rendition) => rendition.leftOut);
    const parts = [
        document.header,
        ...chosen.map((rendition) => rendition.text),
        leftOut.length > 0 ? document.leftOutNote(leftOut) : undefined,
        document.footer,
    ].filter((part) => part !== undefined && part !== "");
    return { text: `${parts.join("\n\n")}\n`, levels: { ...levels }, leftOut };
}

// EXTERNAL MODULE: ./reports/markdown.ts + 1 modules
var markdown = __webpack_require__(7474);
;// CONCATENATED MODULE: ./reports/comparison.ts



/**
 * The metric comparison a reviewer reads: a verdict line with counts, one row per metric with
 * the baseline, the candidate, the change (an arrow for where the number went and a word for
 * whether that is good, since GitHub's markdown has no colours), the gates and the significance,
 * then one row per slice. Each part comes in renditions for the length budget (see budget.ts).
 */
/** Up to this many metrics share one table; past it, the ungated ones fold into a <details>. */
const FEW_METRICS = 10;
/** Ungated metric rows kept when the report must be shortened. */
const UNGATED_ROWS_WHEN_SHORT = 100;
/** Rows of the main metric table kept at the barest. */
const MAIN_ROWS_AT_MOST = 50;
/** Up to this many slices show in the open; past it, the passing ones fold into a <details>. */
const FEW_SLICES = 5;
/** Failing slice rows, and passing slice rows, kept when the report must be shortened. */
const SLICE_ROWS_WHEN_SHORT = 20;
/** Failing slices named when the slice tables are left out. */
const FAILING_SLICES_NAMED = 20;
/** Metric columns of the slice table. */
const SLICE_METRIC_COLUMNS = 4;
/** Failed gates listed under the verdict. */
const FAILURES_LISTED = 10;
const MINUS = "\u2212";
// ---------------------------------------------------------------------------------------------
// Values, changes and gates as table text
/** A value, or `—` with the word for why there is none. */
function formatValue(value, absentWord) {
    if (value === null)
        return `— ${absentWord}`;
    if (Number.isNaN(value))
        return "— NaN";
    if (value === Number.POSITIVE_INFINITY)
        return "∞";
    if (value === Number.NEGATIVE_INFINITY)
        return `${MINUS}∞`;
    return (0,compare/* formatNumber */.ZV)(value).replace(/^-/, MINUS);
}
function signed(value) {
    const magnitude = formatValue(Math.abs(value), "");
    return value > 0 ? `+${magnitude}` : value < 0 ? `${MINUS}${magnitude}` : magnitude;
}
/** `▲ +0.012 better`, `▼ −3 worse`, `= same`; `— NaN` where NaN leaves nothing to judge. */
function formatChange(metric) {
    if (metric.delta === null)
        return "";
    if (metric.change === null)
        return "— NaN";
    if (metric.change === "same")
        return "= same";
    return `${metric.delta > 0 ? "▲" : "▼"} ${signed(metric.delta)} ${metric.change}`;
}
function formatRelativeChange(metric) {
    if (metric.delta === null)
        return "";
    if (metric.change === "same")
        return "0%";
    const relative = metric.relativeDelta;
    if (relative === null)
        return "— from 0";
    if (Number.isNaN(relative))
        return "— NaN";
    if (!Number.isFinite(relative))
        return relative > 0 ? "+∞" : `${MINUS}∞`;
    const text = (0,compare/* formatPercent */.l9)(Math.abs(relative));
    return relative > 0 ? `+${text}` : relative < 0 ? `${MINUS}${text}` : text;
}
const GATE_ICONS = { passed: "✅", failed: "❌", skipped: "➖" };
function formatGates(checks) {
    return checks
        .map((check) => {
        const limit = typeof check.limit === "number" ? formatValue(check.limit, "") : (0,markdown/* cell */.Hn)(check.limit, 20);
        return `${GATE_ICONS[check.outcome]} ${check.gate} ${limit}${check.outcome === "skipped" ? " skipped" : ""}`;
    })
        .join("<br>");
}
function failedSentences(metrics) {
    return metrics.flatMap((metric) => metric.gates.filter((check) => check.outcome === "failed").map((check) => check.sentence));
}
// ---------------------------------------------------------------------------------------------
// The verdict
function verdictSection(comparison, model) {
    const lines = [headline(comparison, model), "", counts(comparison)];
    const { failures } = comparison;
    if (failures.length > 0) {
        lines.push("", ...failures.slice(0, FAILURES_LISTED).map((sentence) => `- ❌ ${(0,markdown/* cell */.Hn)(sentence, 200)}`));
        if (failures.length > FAILURES_LISTED)
            lines.push(`- … and ${(0,markdown/* plural */.LS)(failures.length - FAILURES_LISTED, "more failed gate")}`);
    }
    return { name: "verdict", renditions: [{ text: lines.join("\n"), leftOut: [] }] };
}
function headline(comparison, model) {
    const name = (0,markdown/* code */.aY)(model, 80);
    switch (comparison.verdict) {
        case "ready":
            return `### ✅ ${name}: ready to promote, better or level with ${(0,markdown/* cell */.Hn)(comparison.baseline?.label ?? "")}`;
        case "failed":
            return `### ❌ ${name}: gate failed, not ready to promote`;
        case "no-baseline":
            return `### ⚠️ ${name}: no baseline yet, a first model checked against absolute bars only`;
    }
}
/** `**3 of 7 gates failed**, 4 passed · against production v3: 2 metrics better, 1 worse · 12 slices, 2 failing` */
function counts(comparison) {
    const { passed, failed, skipped } = comparison.gates;
    const total = passed + failed + skipped;
    const label = comparison.baseline ? (0,markdown/* cell */.Hn)(comparison.baseline.label) : undefined;
    const parts = [];
    if (total === 0)
        parts.push("no gates set");
    else if (failed > 0)
        parts.push(`**${failed} of ${(0,markdown/* plural */.LS)(total, "gate")} failed**`);
    else
        parts.push(`**${(0,markdown/* plural */.LS)(passed, "gate")} passed**`);
    const others = [
        failed > 0 && passed > 0 ? `${passed} passed` : "",
        skipped > 0 ? `${skipped} skipped${label ? "" : " (change gates need a baseline)"}` : "",
    ].filter(Boolean);
    if (others.length > 0)
        parts[0] += `, ${others.join(", ")}`;
    if (label) {
        const changes = ["better", "worse", "same"]
            .map((change) => [change, comparison.metrics.filter((m) => m.change === change).length])
            .filter(([, count]) => count > 0)
            .map(([change, count], index) => {
            const word = change === "same" ? "the same" : change;
            return index === 0 ? `${(0,markdown/* plural */.LS)(count, "metric")} ${word}` : `${count} ${word}`;
        });
        // A ready verdict names the baseline in its headline already.
        const against = comparison.verdict === "ready" ? "" : `against ${label}`;
        const said = [against, changes.join(", ")].filter(Boolean).join(": ");
        if (said)
            parts.push(said);
    }
    const { slices } = comparison;
    if (slices.length > 0) {
        const failing = slices.filter((slice) => !slice.passed).length;
        parts.push(`${(0,markdown/* plural */.LS)(slices.length, "slice")}, ${failing > 0 ? `${failing} failing` : "all passing"}`);
    }
    return parts.join(" · ");
}
// ---------------------------------------------------------------------------------------------
// The metric table
function metricTable(metrics, comparison) {
    const label = comparison.baseline?.label;
    const withSignificance = comparison.metrics.some((metric) => metric.significance !== undefined);
    const header = label
        ? ["metric", (0,markdown/* cell */.Hn)(label, 40), "candidate", "Δ", "Δ%", "gate"]
        : ["metric", "candidate", "gate"];
    const align = label ? ["l", "r", "r", "r", "r", "l"] : ["l", "r", "l"];
    if (withSignificance) {
        header.push("significance");
        align.push("l");
    }
    const rows = metrics.map((metric) => {
        const candidate = `**${formatValue(metric.candidate, "missing")}**`;
        const row = label
            ? [
                (0,markdown/* code */.aY)(metric.metric, 60, "middle"),
                formatValue(metric.baseline, "new"),
                candidate,
                formatChange(metric),
                formatRelativeChange(metric),
            ]
            : [(0,markdown/* code */.aY)(metric.metric, 60, "middle"), candidate];
        row.push(formatGates(metric.gates));
        if (withSignificance)
            row.push(metric.significance ? (0,markdown/* cell */.Hn)(metric.significance.sentence, 120) : "");
        return row;
    });
    return (0,markdown/* table */.tp)(header, rows, align, { compact: true });
}
function changeCounts(metrics) {
    const worse = metrics.filter((metric) => metric.change === "worse").length;
    const better = metrics.filter((metric) => metric.change === "better").length;
    return better + worse > 0 ? ` (${better} better, ${worse} worse)` : "";
}
/**
 * Renditions: 0 every row (ungated ones folded when there are many); 1 ungated rows beyond the
 * first UNGATED_ROWS_WHEN_SHORT left out; 2 all ungated rows left out; 3 the main table cut to
 * MAIN_ROWS_AT_MOST rows, failing ones first.
 */
function metricsSection(comparison) {
    const heading = "#### Metrics";
    const { metrics } = comparison;
    if (metrics.length === 0) {
        const text = `${heading}\n\nThe candidate reported no metrics.`;
        return { name: "metrics", renditions: [{ text, leftOut: [] }] };
    }
    const headlineMetrics = metrics.length <= FEW_METRICS
        ? metrics
        : metrics.filter((metric) => metric.gated || metric.significance !== undefined);
    const main = headlineMetrics.length > 0 ? headlineMetrics : metrics.slice(0, FEW_METRICS);
    const inMain = new Set(main);
    const others = metrics.filter((metric) => !inMain.has(metric));
    const othersSummary = `${(0,markdown/* plural */.LS)(others.length, "more metric")}, not gated${changeCounts(others)}`;
    const render = (mainRows, otherRows) => {
        const parts = [heading, "", metricTable(mainRows, comparison)];
        if (mainRows.length < main.length)
            parts.push("", `… and ${(0,markdown/* plural */.LS)(main.length - mainRows.length, "more row")}, left out to fit.`);
        if (others.length === 0)
            return parts.join("\n");
        if (otherRows === "none") {
            parts.push("", `${othersSummary}: left out to fit.`);
            return parts.join("\n");
        }
        const cut = others.length - otherRows.length;
        const body = metricTable(otherRows, comparison) + (cut > 0 ? `\n\n… and ${cut} more, left out to fit.` : "");
        parts.push("", (0,markdown/* details */.zH)(othersSummary, body));
        return parts.join("\n");
    };
    const ungatedCut = Math.max(0, others.length - UNGATED_ROWS_WHEN_SHORT);
    const failingFirst = [
        ...main.filter((metric) => !metric.passed),
        ...main.filter((metric) => metric.passed),
    ];
    const mainCut = Math.max(0, main.length - MAIN_ROWS_AT_MOST);
    const allOthersLeftOut = others.length > 0 ? [`the rows of all ${(0,markdown/* plural */.LS)(others.length, "ungated metric")}`] : [];
    const renditions = [
        { text: render(main, others), leftOut: [] },
        {
            text: render(main, others.slice(0, UNGATED_ROWS_WHEN_SHORT)),
            leftOut: ungatedCut > 0
                ? [
                    `the rows of ${(0,markdown/* plural */.LS)(ungatedCut, "ungated metric")} beyond the first ${UNGATED_ROWS_WHEN_SHORT}`,
                ]
                : [],
        },
        { text: render(main, "none"), leftOut: allOthersLeftOut },
        {
            text: render(failingFirst.slice(0, MAIN_ROWS_AT_MOST), "none"),
            leftOut: [
                ...(mainCut > 0
                    ? [`the rows of ${(0,markdown/* plural */.LS)(mainCut, "metric")} beyond the first ${MAIN_ROWS_AT_MOST}`]
                    : []),
                ...allOthersLeftOut,
            ],
        },
    ];
    return { name: "metrics", renditions };
}
// ---------------------------------------------------------------------------------------------
// The slice table
function unique(names) {
    return [...new Set(names)];
}
function sliceColumns(slices) {
    const all = unique(slices.flatMap((slice) => slice.metrics.map((metric) => metric.metric)));
    const gated = unique(slices.flatMap((slice) => slice.metrics.filter((m) => m.gated).map((m) => m.metric)));
    return { shown: (gated.length > 0 ? gated : all).slice(0, SLICE_METRIC_COLUMNS), total: all.length };
}
function sliceResult(slice) {
    if (!slice.present)
        return "❌ not in the candidate's results";
    if (slice.passed)
        return "✅ passed";
    const failures = failedSentences(slice.metrics);
    const more = failures.length > 1 ? ` (+${failures.length - 1} more)` : "";
    return `❌ ${(0,markdown/* cell */.Hn)(failures[0] ?? "failed", 80)}${more}`;
}
function sliceTable(slices, columns, withBaseline) {
    const rows = slices.map((slice) => [
        (0,markdown/* code */.aY)(slice.slice, 60, "middle"),
        sliceResult(slice),
        ...columns.map((name) => {
            const metric = slice.metrics.find((entry) => entry.metric === name);
            if (!metric)
                return "";
            const value = formatValue(metric.candidate, "missing");
            const change = withBaseline ? formatChange(metric) : "";
            return change ? `${value} (${change})` : value;
        }),
    ]);
    const header = ["slice", "result", ...columns.map((name) => (0,markdown/* code */.aY)(name, 30, "middle"))];
    return (0,markdown/* table */.tp)(header, rows, ["l", "l", ...columns.map(() => "r")], { compact: true });
}
/**
 * Renditions: 0 every slice (passing ones folded when there are many); 1 at most
 * SLICE_ROWS_WHEN_SHORT failing and as many passing rows; 2 the failing slices by name only;
 * 3 counts only. Undefined when the comparison has no slices.
 */
function slicesSection(comparison) {
    const { slices } = comparison;
    if (slices.length === 0)
        return undefined;
    const heading = "#### Slices";
    const failing = slices.filter((slice) => !slice.passed);
    const passing = slices.filter((slice) => slice.passed);
    const columns = sliceColumns(slices);
    const withBaseline = comparison.baseline !== null;
    const countLine = `${(0,markdown/* plural */.LS)(slices.length, "slice")}, ${failing.length > 0 ? `${failing.length} failing` : "all passing"}.`;
    const columnsNote = columns.total > columns.shown.length
        ? `Columns: ${columns.shown.length} of the slices' ${columns.total} metrics; all are in the comparison file.`
        : "";
    const render = (rowsAtMost) => {
        const shownFailing = failing.slice(0, rowsAtMost);
        const shownPassing = passing.slice(0, rowsAtMost);
        const cutNote = (cut, kind) => cut > 0 ? `\n\n… and ${(0,markdown/* plural */.LS)(cut, `more ${kind} slice`)}, left out to fit.` : "";
        const parts = [heading, "", countLine];
        if (slices.length <= FEW_SLICES) {
            parts.push("", sliceTable([...failing, ...passing], columns.shown, withBaseline));
        }
        else {
            if (failing.length > 0)
                parts.push("", sliceTable(shownFailing, columns.shown, withBaseline) +
                    cutNote(failing.length - shownFailing.length, "failing"));
            if (passing.length > 0)
                parts.push("", (0,markdown/* details */.zH)((0,markdown/* plural */.LS)(passing.length, "passing slice"), sliceTable(shownPassing, columns.shown, withBaseline) +
                    cutNote(passing.length - shownPassing.length, "passing")));
        }
        if (columnsNote)
            parts.push("", columnsNote);
        return parts.join("\n");
    };
    const named = failing.slice(0, FAILING_SLICES_NAMED).map((slice) => (0,markdown/* code */.aY)(slice.slice, 60, "middle"));
    const unnamed = failing.length - named.length;
    const failingNames = failing.length > 0
        ? `Failing: ${named.join(", ")}${unnamed > 0 ? `, and ${(0,markdown/* plural */.LS)(unnamed, "more")}` : ""}.`
        : "";
    const rowsCut = Math.max(0, failing.length - SLICE_ROWS_WHEN_SHORT) + Math.max(0, passing.length - SLICE_ROWS_WHEN_SHORT);
    const tablesLeftOut = [`the slice table of ${(0,markdown/* plural */.LS)(slices.length, "slice")}`];
    return {
        name: "slices",
        renditions: [
            { text: render(slices.length), leftOut: [] },
            {
                text: render(SLICE_ROWS_WHEN_SHORT),
                leftOut: rowsCut > 0 && slices.length > FEW_SLICES ? [`the rows of ${(0,markdown/* plural */.LS)(rowsCut, "slice")}`] : [],
            },
            {
                text: [heading, "", countLine, ...(failingNames ? ["", failingNames] : [])].join("\n"),
                leftOut: tablesLeftOut,
            },
            {
                text: [heading, "", countLine].join("\n"),
                leftOut: [...tablesLeftOut, ...(failing.length > 0 ? ["the names of the failing slices"] : [])],
            },
        ],
    };
}
/** What the job summary gives up first when a comparison is too long for it. */
const COMPARISON_DROP_ORDER = [
    { section: "slices", level: 1 },
    { section: "metrics", level: 1 },
    { section: "metrics", level: 2 },
    { section: "slices", level: 2 },
    { section: "metrics", level: 3 },
    { section: "slices", level: 3 },
];
/** The comparison alone, as the evaluate step's job summary, within the 1 MiB a summary may hold. */
function renderComparison(comparison, model) {
    const sections = [
        verdictSection(comparison, model),
        metricsSection(comparison),
        slicesSection(comparison),
    ].filter((section) => section !== undefined);
    const leftOutNote = (leftOut) => `> [!NOTE]\n> Shortened to fit a job summary's 1 MiB. Left out: ${leftOut.join("; ")}. Every number is in the comparison file.`;
    return fitToBudget({ sections, leftOutNote }, COMPARISON_DROP_ORDER, JOB_SUMMARY_BUDGET).text;
}

;// CONCATENATED MODULE: ./cli/compare-command.ts










const HELP = `Usage: trainyard compare <base> <head> [--config .github/trainyard.yml] [--model <name>] [--json]

Compares two runs the way the evaluate action does and prints the report's markdown. Each of
<base> and <head> is a run record (run-record.json), a model version's trainyard.json, or a
metrics file (JSON, YAML or CSV). Gates come from the config's model.

Exit status: 0 every gate passed, 1 a gate failed, 2 a usage or configuration error.`;
async function runCompareCommand(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            config: { type: "string", default: ".github/trainyard.yml" },
            model: { type: "string" },
            json: { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    if (positionals.length !== 2)
        throw new errors/* ConfigError */.xL("give two files: <base> <head>");
    const [base, head] = await Promise.all(positionals.map((file) => readSide(file)));
    const chosen = await modelFor(values.config, values.model ?? head?.model ?? base?.model);
    const model = chosen.name ?? "model";
    const modelConfig = chosen.config;
    const comparison = (0,compare/* compareRuns */.qB)({
        candidate: { metrics: head.metrics, slices: head.slices },
        baseline: { label: base.label, metrics: base.metrics, slices: base.slices },
        ...(modelConfig
            ? { gates: modelConfig.gates, ...(modelConfig.slices ? { sliceGates: modelConfig.slices } : {}) }
            : {}),
    });
    process.stdout.write(values.json ? (0,compare/* serializeComparison */.MN)(comparison) : renderComparison(comparison, model ?? "model"));
    return comparison.passed ? 0 : 1;
}
async function readSide(file) {
    const name = external_node_path_default().basename(file);
    if (file.endsWith(".json")) {
        let data;
        try {
            data = JSON.parse(await promises_default().readFile(file, "utf8"));
        }
        catch {
            // Not there, or not JSON: readMetrics below says which, at the line.
        }
        const asVersion = version_metadata/* versionMetadata */.sA.safeParse(data);
        if (asVersion.success) {
            const { record, version } = asVersion.data;
            return {
                label: `v${version}`,
                model: asVersion.data.model,
                metrics: record.metrics,
                slices: record.slices,
            };
        }
        const asRecord = run_record/* runRecord */.DW.safeParse(data);
        if (asRecord.success)
            return {
                label: `${asRecord.data.git.ref.replace(/^refs\/heads\//, "")}@${asRecord.data.git.commit.slice(0, 7)}`,
                model: asRecord.data.model,
                metrics: asRecord.data.metrics,
                slices: asRecord.data.slices,
            };
    }
    return { label: name, model: undefined, metrics: await readMetrics(file), slices: {} };
}
/** The model to judge (named, or the config's only one) and its config, when there is a config. */
async function modelFor(configFile, named) {
    const exists = await promises_default().stat(configFile).then(() => true, () => false);
    if (!exists)
        return { name: named, config: undefined };
    const config = await (0,trainyard_config/* loadTrainyardConfig */.pZ)(configFile);
    const names = Object.keys(config.models);
    const name = named ?? (names.length === 1 ? names[0] : undefined);
    if (name === undefined)
        throw new errors/* ConfigError */.xL(`${configFile} has several models (${names.join(", ")}): say which with --model`);
    const found = config.models[name];
    if (!found)
        throw new errors/* ConfigError */.xL(`no model "${name}" under models:`, { file: configFile, field: `models.${name}` });
    return { name, config: found };
}


/***/ }),

/***/ 7474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hn: () => (/* binding */ cell),
  aY: () => (/* binding */ code),
  zH: () => (/* binding */ details),
  TN: () => (/* binding */ oneLine),
  LS: () => (/* binding */ plural),
  ml: () => (/* binding */ shorten),
  tp: () => (/* binding */ table)
});

// UNUSED EXPORTS: bytes, duration, fenced, htmlText, link

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

// EXTERNAL MODULE: ./lib/format.ts
var format = __webpack_require__(2511);
;// CONCATENATED MODULE: ./reports/markdown.ts


/**
 * Markdown pieces every report shares. User data (metric, slice, column and file names, values
 * from data) goes through one of these before it reaches a comment: table cells, code spans,
 * HTML text and links are each escaped for where they stand, so that a pipe, a backtick, a line
 * break, an HTML tag, `-->` or a bidirectional override cannot break the table, close a block or
 * inject markup.
 */
/**
 * Line breaks become `⏎` (a cell or a span is one line), and bidirectional controls, which can
 * make text read in another order than it is written, become `�`.
 */
function oneLine(text) {
    return text.replace(/\r\n|\r|\n/g, "⏎").replace(/[\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}
/**
 * At most `maxLength` characters on one line, cut between code points (never inside a surrogate
 * pair) with `…` at the end, or in the middle for names, whose ends tell them apart
 * (`eval.suite_01…task_0042.accuracy`).
 */
function shorten(text, maxLength, cut = "end") {
    const flat = oneLine(text);
    if (flat.length <= maxLength)
        return flat;
    const characters = Array.from(flat);
    if (characters.length <= maxLength)
        return flat;
    if (cut === "end")
        return `${characters.slice(0, maxLength - 1).join("")}…`;
    const head = Math.floor((maxLength - 1) / 3);
    const tail = maxLength - 1 - head;
    return `${characters.slice(0, head).join("")}…${characters.slice(-tail).join("")}`;
}
const ZERO_WIDTH_SPACE = "\u200b";
/**
 * Text for a table cell or a line, shown as written: every character markdown could act on is
 * escaped, and a zero-width space keeps GitHub from reading an address as a link (`https:`,
 * `www.`, `a@b.c`), a mention (`@org/team` would notify a team) or an issue reference (`#12`
 * would note this comment on issue 12).
 */
function cell(text, maxLength = 60) {
    return (shorten(text, maxLength)
        .replace(/[\\`*{}[\]<>|~&]/g, (c) => `\\${c}`)
        // An underscore inside a word (`max_drop`) cannot start or end emphasis: it stays as it is.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
        .replace(/(?<=https?|ftp|mailto|xmpp):|(?<=www)\./gi, (c) => `${ZERO_WIDTH_SPACE}${c}`)
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#/g, `\\#${ZERO_WIDTH_SPACE}`));
}
/** A value quoted as code, its fence longer than any run of backticks in it. */
function code(text, maxLength = 40, cutAt = "end") {
    const cut = shorten(text, maxLength, cutAt);
    const longestRun = Math.max(0, ...(cut.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longestRun + 1);
    const padded = cut.startsWith("`") || cut.endsWith("`") || cut.trim() === "" ? ` ${cut} ` : cut;
    return `${fence}${padded}${fence}`;
}
/**
 * Text inside HTML, such as a `<summary>`: markdown does not run there, so it is HTML-escaped;
 * mentions and issue references are kept off as in `cell`.
 */
function htmlText(text, maxLength = 120) {
    return shorten(text, maxLength)
        .replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
        .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
/** A link to an http(s) address, else the address as code: other schemes are not followed. */
function markdown_link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return `${cell(text)} (${code(url, 200)})`;
    const safe = url.replace(/[\s<>()\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
    return `[${cell(text)}](${safe})`;
}
/**
 * A GFM table. Every cell is made one line, and each pipe in it not already escaped (an even
 * number of backslashes before it) is escaped, so no cell, code spans included, can split a row.
 */
function table(header, rows, align, options = {}) {
    const cells = [header, ...rows].map((row) => row.map((text) => escapePipes(oneLine(text))));
    return markdownTable(cells, { ...(align ? { align } : {}), alignDelimiters: !options.compact });
}
function escapePipes(text) {
    return text.replace(/(\\*)\|/g, (match, backslashes) => backslashes.length % 2 === 0 ? `${backslashes}\\|` : match);
}
/** Lines in a code block whose fence no line can close. */
function fenced(lines) {
    const longestRun = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))));
    const fence = "`".repeat(Math.max(3, longestRun + 1));
    return `${fence}text\n${lines.join("\n")}\n${fence}`;
}
/** A folded block: `summary` is plain text (escaped here, as HTML), `body` is markdown. */
function details(summary, body) {
    return `<details><summary>${htmlText(summary, 200)}</summary>\n\n${body}\n\n</details>`;
}
function plural(count, one, many = `${one}s`) {
    return `${(0,format/* thousands */.o)(count)} ${count === 1 ? one : many}`;
}
function bytes(count) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let value = count;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit += 1;
    }
    return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
function duration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 59_950)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
    const minutes = Math.round(ms / 60_000);
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}


/***/ })

};
