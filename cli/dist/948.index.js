export const id = 948;
export const ids = [948];
export const modules = {

/***/ 3629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uV: () => (/* binding */ sampleOf),
/* harmony export */   y: () => (/* binding */ collectColumns)
/* harmony export */ });
/* unused harmony export INFER_ROWS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _data_rows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6926);
/* harmony import */ var _data_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4950);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8115);
/* harmony import */ var _schema_infer_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9032);
/* harmony import */ var _schema_table_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8806);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(318);
/* harmony import */ var _spill_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6532);
/**
 * Streams data files (CSV, TSV, JSON Lines, Parquet; files, directories and globs as validate-data
 * takes them) once, into a collector per feature (./sample.ts), in bounded memory.
 *
 * Which columns are features and of which kind: from a Table Schema when given (integer, number
 * and year are numerical; string and boolean categorical; dates are not checked for drift, as
 * Evidently leaves datetime columns out), else from a reference profile's features, else inferred
 * from the first rows (lib/schema/infer.ts).
 */








/** Rows read to infer the types when there is no schema. */
const INFER_ROWS = 10_000;
/** Reads the sources once into a collector per feature. */
async function collectColumns(sources, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    if (sources.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL("no data files given");
    const files = await (0,_data_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .expandSources */ .n$)([...sources], cwd);
    const absolute = files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file));
    const missingValues = [...(options.schema?.missingValues ?? _schema_table_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultMissingValues */ .sr)];
    const plan = options.schema
        ? planFromSchema(options.schema)
        : options.features
            ? { definitions: options.features.map((feature) => ({ ...feature })), skipped: [] }
            : await inferPlan(absolute, missingValues);
    const wanted = options.columns ? new Set(options.columns) : undefined;
    if (wanted) {
        const known = new Set([...plan.definitions.map((d) => d.name), ...plan.skipped.map((s) => s.name)]);
        const unknown = [...wanted].filter((name) => !known.has(name));
        if (unknown.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`no column ${unknown.map((name) => JSON.stringify(name)).join(", ")} in the data`, {
                field: "columns",
            });
    }
    const budget = new _sample_js__WEBPACK_IMPORTED_MODULE_6__/* .ValueBudget */ .Dw(options.valueBudget);
    // Write buffers share the budget too, so that many numeric columns cannot add up to much.
    const numericColumns = plan.definitions.filter((definition) => definition.kind === "numerical").length;
    const bufferValues = Math.min(_spill_js__WEBPACK_IMPORTED_MODULE_7__/* .SPILL_BUFFER_VALUES */ .l1, Math.max(1024, Math.floor((options.valueBudget ?? _sample_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_VALUE_BUDGET */ ._6) / Math.max(numericColumns, 1))));
    const spillOf = (name) => options.spill === undefined
        ? undefined
        : {
            folder: options.spill,
            name,
            bufferValues,
            ...(options.maxSpilledValues === undefined ? {} : { maxValues: options.maxSpilledValues }),
        };
    const features = plan.definitions
        .filter((definition) => wanted === undefined || wanted.has(definition.name))
        .map((definition) => definition.kind === "numerical"
        ? {
            ...definition,
            kind: "numerical",
            collector: new _sample_js__WEBPACK_IMPORTED_MODULE_6__/* .NumericCollector */ .Nn(budget, spillOf(definition.name)),
        }
        : { ...definition, kind: "categorical", collector: new _sample_js__WEBPACK_IMPORTED_MODULE_6__/* .CategoricalCollector */ .wo() });
    const skipped = plan.skipped.filter((column) => wanted === undefined || wanted.has(column.name));
    const fieldsByName = new Map(options.schema?.fields.map((field) => [field.name, field]));
    const readers = features.map((feature) => cellReader(feature, fieldsByName.get(feature.name)));
    let rows = 0;
    for (const file of absolute) {
        let indexes = features.map(() => -1);
        const defaults = new _data_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .RowViewWithDefaults */ ._W();
        const onBatch = (view, count) => {
            for (let at = 0; at < count; at++) {
                view.select(at);
                for (let feature = 0; feature < readers.length; feature++)
                    readers[feature](view, indexes[feature]);
            }
        };
        let lastRow;
        let view = defaults;
        const result = await (0,_data_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .readData */ .v3)(file, { missingValues, columns: features.map((feature) => feature.name), onBatch }, (row) => {
            if (row !== lastRow) {
                lastRow = row;
                view = (0,_data_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .completeRowView */ .hj)(row, defaults);
            }
            onBatch(view, 1);
        }, (columns) => {
            indexes = features.map((feature) => columns.indexOf(feature.name));
        });
        rows += result.rows;
    }
    return { rows, files, features, skipped };
}
function cellReader(feature, field) {
    if (feature.kind === "numerical") {
        const collector = feature.collector;
        const parse = numberParser(field);
        return (row, column) => {
            if (column < 0 || column >= row.length || row.isMissing(column))
                collector.addMissing();
            else
                collector.add(parse(row, column));
        };
    }
    const collector = feature.collector;
    if (feature.type === "boolean") {
        const truthy = new _data_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .TextSet */ .Wl(field?.type === "boolean" ? field.trueValues : ["true", "True", "TRUE", "1"]);
        const falsy = new _data_rows_js__WEBPACK_IMPORTED_MODULE_1__/* .TextSet */ .Wl(field?.type === "boolean" ? field.falseValues : ["false", "False", "FALSE", "0"]);
        return (row, column) => {
            if (column < 0 || column >= row.length || row.isMissing(column))
                collector.addMissing();
            else if (row.indexIn(column, truthy) >= 0)
                collector.add("true");
            else if (row.indexIn(column, falsy) >= 0)
                collector.add("false");
            else
                collector.addMissing();
        };
    }
    return (row, column) => {
        if (column < 0 || column >= row.length || row.isMissing(column))
            collector.addMissing();
        else
            collector.add(row.text(column));
    };
}
/** A cell as a number in the field's notation; NaN when it is not one (counted as missing). */
function numberParser(field) {
    if (field === undefined || (field.type !== "number" && field.type !== "integer"))
        return (row, c) => row.number(c);
    const decimalChar = field.type === "number" ? field.decimalChar : ".";
    const { groupChar, bareNumber } = field;
    if (bareNumber && decimalChar === "." && groupChar === undefined)
        return (row, c) => row.number(c);
    return (row, column) => {
        let text = row.text(column).trim();
        if (groupChar !== undefined)
            text = text.split(groupChar).join("");
        if (decimalChar !== ".")
            text = text.split(decimalChar).join(".");
        if (!bareNumber)
            text = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text)?.[0] ?? "";
        return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
    };
}
const KIND_OF_TYPE = {
    integer: "numerical",
    number: "numerical",
    year: "numerical",
    string: "categorical",
    boolean: "categorical",
    date: undefined,
    datetime: undefined,
};
function planFromSchema(schema) {
    const definitions = [];
    const skipped = [];
    for (const field of schema.fields) {
        const kind = KIND_OF_TYPE[field.type];
        if (kind === undefined)
            skipped.push({ name: field.name, reason: `${field.type} columns are not checked for drift` });
        else
            definitions.push({ name: field.name, kind, type: field.type });
    }
    return { definitions, skipped };
}
async function inferPlan(files, missingValues) {
    const first = files[0];
    let inferrer;
    await (0,_data_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .readData */ .v3)(first, { missingValues, maxRows: INFER_ROWS }, (row) => inferrer?.observeRow(row), (columns) => {
        inferrer = new _schema_infer_js__WEBPACK_IMPORTED_MODULE_4__/* .TableSchemaInferrer */ .$(columns, { missingValues });
    });
    if (inferrer === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL("no columns in the data", { file: first });
    return planFromSchema(inferrer.finish());
}
/** A feature's collected values as the statistics take them (once: see NumericCollector.finish). */
function sampleOf(feature) {
    return feature.collector.finish();
}


/***/ }),

/***/ 6327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ sampleOfProfile),
/* harmony export */   OQ: () => (/* binding */ profileDefinitions),
/* harmony export */   Wk: () => (/* binding */ buildDataProfile),
/* harmony export */   g_: () => (/* binding */ readDataProfile)
/* harmony export */ });
/* unused harmony exports PROFILE_CATEGORIES, featureProfile, dataProfile, profileOfColumns, profileSkipped */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _schema_table_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8806);
/* harmony import */ var _stats_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8298);
/* harmony import */ var _zod_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8411);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3629);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(318);
/**
 * A data profile: what drift needs to know of the training data, small enough to keep with a
 * model version (in its trainyard.json), so drift can be checked later without the data.
 *
 * Per numeric feature: count, missing, mean, std (ddof 0), min, max, and either the exact table
 * of its distinct values (at most MAX_EXACT_VALUES of them; then every drift statistic from the
 * profile is exact) or a KLL quantile sketch (about 1,200 numbers; statistics within the bounds
 * stated in ./statistics.ts). Per categorical feature: a frequency table of at most
 * PROFILE_CATEGORIES values, most frequent first; `other` counts the rows whose values were cut.
 */







/** Categories kept in a profile's frequency table. */
const PROFILE_CATEGORIES = 1000;
const count = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .minimum */ .BpO(0));
/** A statistic that is NaN for an empty column: JSON has no NaN, so null there. */
const statistic = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig());
const sketchJson = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    k: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().check(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .minimum */ .BpO(8)),
    count,
    min: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    max: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(),
    levels: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig())),
});
const numericalFeatureProfile = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    kind: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz("numerical"),
    type: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_schema_table_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldTypes */ .s$),
    count,
    missing: count,
    mean: statistic,
    std: statistic,
    min: statistic,
    max: statistic,
    /** [value, count] for each distinct value, ascending, when there are few enough; else null. */
    values: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), count]))),
    /** A KLL quantile sketch of the values, when `values` is null. */
    sketch: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .nullable */ .mee(sketchJson),
});
const categoricalFeatureProfile = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    name: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    kind: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz("categorical"),
    type: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_schema_table_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .fieldTypes */ .s$),
    count,
    missing: count,
    /** [value, count], most frequent first (ties by value). */
    values: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), count])),
    /** Rows whose value was cut from the table. */
    other: count,
});
const featureProfile = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .discriminatedUnion */ .gMt("kind", [
    numericalFeatureProfile,
    categoricalFeatureProfile,
]);
const dataProfile = _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    format: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz("trainyard.data-profile"),
    version: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    /** Data rows profiled. */
    rows: count,
    /** The files read, as they were named. */
    files: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    features: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(featureProfile),
    /** Columns left out, and why (dates, for instance). */
    skipped: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_zod_js__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), reason: _zod_js__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() })),
});
/** Streams the sources once into a profile (see the top of this file). */
async function buildDataProfile(sources, options = {}) {
    return profileOfColumns(await (0,_columns_js__WEBPACK_IMPORTED_MODULE_4__/* .collectColumns */ .y)(sources, {
        ...(options.schema ? { schema: options.schema } : {}),
        ...(options.columns ? { columns: options.columns } : {}),
        ...(options.cwd ? { cwd: options.cwd } : {}),
    }));
}
/** The profile of columns already collected. */
function profileOfColumns(collected) {
    const features = collected.features.map((feature) => {
        const { name, type } = feature;
        if (feature.kind === "numerical") {
            const collector = feature.collector;
            const moments = collector.moments();
            const values = collector.valueTable() ?? null;
            const sketch = values === null ? collector.toSketch().toJSON() : null;
            return {
                name,
                kind: "numerical",
                type,
                count: collector.count,
                missing: collector.missing,
                mean: finiteOrNull(moments.mean),
                std: finiteOrNull(moments.std),
                min: finiteOrNull(moments.min),
                max: finiteOrNull(moments.max),
                values,
                sketch,
            };
        }
        const collector = feature.collector;
        const sorted = [...collector.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        const kept = sorted.slice(0, PROFILE_CATEGORIES);
        const cut = sorted.slice(PROFILE_CATEGORIES).reduce((sum, [, n]) => sum + n, 0);
        return {
            name,
            kind: "categorical",
            type,
            count: collector.count,
            missing: collector.missing,
            values: kept,
            other: collector.other + cut,
        };
    });
    return {
        format: "trainyard.data-profile",
        version: 1,
        rows: collected.rows,
        files: collected.files,
        features,
        skipped: collected.skipped,
    };
}
/** The features of a profile as definitions (to read current data the same way). */
function profileDefinitions(profile) {
    return profile.features.map(({ name, kind, type }) => ({ name, kind, type }));
}
/** The skipped columns of a profile. */
function profileSkipped(profile) {
    return profile.skipped;
}
/** A feature of a profile as a sample the statistics take. */
function sampleOfProfile(feature) {
    if (feature.kind === "categorical") {
        const sample = {
            kind: "categorical",
            counts: new Map(feature.values),
            other: feature.other,
            count: feature.count,
            missing: feature.missing,
        };
        return sample;
    }
    const moments = {
        mean: feature.mean ?? Number.NaN,
        std: feature.std ?? Number.NaN,
        min: feature.min ?? Number.NaN,
        max: feature.max ?? Number.NaN,
    };
    const base = { kind: "numerical", count: feature.count, missing: feature.missing, ...moments };
    if (feature.values !== null)
        return { ...base, ...(0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .fromPairs */ .Cr)(feature.values), rankError: 0 };
    const sketch = _stats_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_6__/* .QuantileSketch */ .w.fromJSON(feature.sketch ?? { k: 400, count: 0, min: Number.NaN, max: Number.NaN, levels: [[]] });
    return { ...base, ...(0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .weightedItems */ .Sy)(sketch), rankError: sketch.rankError };
}
function finiteOrNull(value) {
    return Number.isFinite(value) ? value : null;
}
/**
 * Reads a profile from a JSON file: a profile as `trainyard profile` writes it, or a model
 * version's trainyard.json that holds one under `dataProfile`.
 */
async function readDataProfile(file) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, "utf8").catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`cannot read the profile: ${error.code ?? error.message}`, { file });
    });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`not JSON: ${error.message}`, { file });
    }
    const inner = typeof data === "object" && data !== null && !("format" in data) && "dataProfile" in data
        ? data.dataProfile
        : data;
    const prefix = inner === data ? "" : "dataProfile.";
    const parsed = dataProfile.safeParse(inner);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue ? `${prefix}${issue.path.join(".")}` : prefix;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`not a data profile: ${issue?.message ?? "invalid"}`, {
            file,
            ...(where ? { field: where } : {}),
        });
    }
    return parsed.data;
}


/***/ }),

/***/ 318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ fromPairs),
/* harmony export */   Dw: () => (/* binding */ ValueBudget),
/* harmony export */   Nn: () => (/* binding */ NumericCollector),
/* harmony export */   Sy: () => (/* binding */ weightedItems),
/* harmony export */   _6: () => (/* binding */ DEFAULT_VALUE_BUDGET),
/* harmony export */   wo: () => (/* binding */ CategoricalCollector)
/* harmony export */ });
/* unused harmony exports MAX_EXACT_VALUES, MAX_CATEGORIES, MAX_SPILLED_VALUES, SKETCH_K, runLengths, numericalSample, categoricalSample */
/* harmony import */ var _stats_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8298);
/* harmony import */ var _spill_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6532);
/**
 * A column's values as the drift statistics need them, gathered from streamed data in bounded
 * memory: numbers as sorted distinct values with their counts, categories as a frequency table.
 *
 * How a numeric column is kept, best first:
 * 1. a table of its distinct values while there are at most MAX_EXACT_VALUES of them: exact, and
 *    small enough to store in a profile;
 * 2. all its values in a Float64Array while the dataset's value budget lasts (DEFAULT_VALUE_BUDGET
 *    numbers, 8 bytes each, shared by its numeric columns): exact;
 * 3. past the budget, when given a spill folder (./spill.ts; drift checks of data against data
 *    do): all its values in a temporary file, read back and sorted when the column's statistics
 *    are computed (one feature at a time, so memory then holds one column of each dataset, at most
 *    16 bytes a value): exact, up to MAX_SPILLED_VALUES values a column;
 * 4. past those, a KLL quantile sketch (lib/stats/quantile-sketch.ts): its items, weighted, stand
 *    in for the values, and every share of values at or below x is within `rankError` of the true
 *    one. Statistics from it are approximate; their error bounds are in ./statistics.ts. Profiles
 *    (./profile.ts) store this sketch for columns with many distinct values.
 * Mean, standard deviation, minimum and maximum are always exact (Welford's running moments).
 */


/** Distinct numbers kept as an exact table (and stored so in a profile). */
const MAX_EXACT_VALUES = 1024;
/** Numbers kept exactly per dataset, across its numeric columns: 8 M values, 64 MB. */
const DEFAULT_VALUE_BUDGET = 8 * (1 << 20);
/** Distinct categories counted per column; later new values are counted together as "other". */
const MAX_CATEGORIES = 10_000;
/**
 * Values of one column (of one dataset) kept in a spill file, at most: 2^25, 256 MiB on disk.
 * Reading a feature back takes up to 16 bytes a value of both datasets (the sorted values, and
 * a count per distinct value), so at most 1 GiB; a column with more values is sketched.
 */
const MAX_SPILLED_VALUES = 1 << 25;
/** k of the KLL sketches: rank error about 1.7 / k = 0.43%, about 1,200 numbers a column. */
const SKETCH_K = 400;
/** The budget of exactly kept numbers that a dataset's numeric columns share. */
class ValueBudget {
    remaining;
    constructor(remaining = DEFAULT_VALUE_BUDGET) {
        this.remaining = remaining;
    }
    take(values) {
        if (values > this.remaining)
            return false;
        this.remaining -= values;
        return true;
    }
    give(values) {
        this.remaining += values;
    }
}
/** Streams a numeric column: add() each value, addMissing() each missing or invalid cell. */
class NumericCollector {
    budget;
    spill;
    count = 0;
    missing = 0;
    mean = 0;
    squares = 0;
    minimum = Number.POSITIVE_INFINITY;
    maximum = Number.NEGATIVE_INFINITY;
    table = new Map();
    raw = new Float64Array(0);
    spilled;
    sketch;
    constructor(budget = new ValueBudget(), spill) {
        this.budget = budget;
        this.spill = spill;
    }
    add(value) {
        // NaN and ±Infinity count as missing, as Evidently drops them before testing.
        if (!Number.isFinite(value)) {
            this.missing++;
            return;
        }
        const n = ++this.count;
        const delta = value - this.mean;
        this.mean += delta / n;
        this.squares += delta * (value - this.mean);
        if (value < this.minimum)
            this.minimum = value;
        if (value > this.maximum)
            this.maximum = value;
        const table = this.table;
        if (table !== undefined) {
            table.set(value, (table.get(value) ?? 0) + 1);
            if (table.size <= MAX_EXACT_VALUES) {
                // The table holds every value: kept ones are only needed if it overflows later, and
                // when the budget runs out they are given back (the table can stand in for them).
                if (this.raw !== undefined && !this.keep(value, n))
                    this.releaseRaw();
                return;
            }
            this.table = undefined;
            if (this.raw === undefined) {
                this.fromTable(table);
                return;
            }
        }
        if (this.raw !== undefined) {
            if (this.keep(value, n))
                return;
            if (this.spill === undefined)
                this.toSketch();
            else
                this.startSpilling();
        }
        const spilled = this.spilled;
        if (spilled !== undefined) {
            if (spilled.count < this.spillLimit) {
                spilled.add(value);
                return;
            }
            this.toSketch();
        }
        this.sketch?.add(value);
    }
    /** Keeps the n-th value in memory, if the budget allows. */
    keep(value, n) {
        const raw = this.raw;
        if (n > raw.length && !this.grow(n))
            return false;
        this.raw[n - 1] = value;
        return true;
    }
    releaseRaw() {
        this.budget.give(this.raw.length);
        this.raw = undefined;
    }
    /** Values of the column a spill file may hold. */
    get spillLimit() {
        return this.spill?.maxValues ?? MAX_SPILLED_VALUES;
    }
    openSpill(spill) {
        this.spilled = new _spill_js__WEBPACK_IMPORTED_MODULE_0__/* .SpilledValues */ .M0(spill.folder.newFile(spill.name), spill.bufferValues);
        return this.spilled;
    }
    /** Moves the values kept so far to a spill file, and gives their memory back to the budget. */
    startSpilling() {
        this.openSpill(this.spill).addAll(this.raw.subarray(0, this.count - 1));
        this.releaseRaw();
    }
    /** The values so far, known only from the overflowing table (their order does not matter). */
    fromTable(table) {
        const spill = this.spill;
        if (spill !== undefined && this.count <= this.spillLimit) {
            const spilled = this.openSpill(spill);
            for (const [value, count] of table)
                for (let i = 0; i < count; i++)
                    spilled.add(value);
            return;
        }
        const sketch = new _stats_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .QuantileSketch */ .w(SKETCH_K);
        this.sketch = sketch;
        for (const [value, count] of table)
            for (let i = 0; i < count; i++)
                sketch.add(value);
    }
    addMissing() {
        this.missing++;
    }
    /** A sketch of the values so far (made from them when they were kept exactly). */
    toSketch() {
        if (this.sketch === undefined) {
            const sketch = new _stats_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .QuantileSketch */ .w(SKETCH_K);
            this.sketch = sketch;
            const kept = this.raw === undefined ? 0 : Math.min(this.count, this.raw.length);
            for (let index = 0; index < kept; index++)
                sketch.add(this.raw[index]);
            this.spilled?.eachChunk((chunk) => {
                for (let index = 0; index < chunk.length; index++)
                    sketch.add(chunk[index]);
            });
            this.spilled = undefined;
        }
        if (this.raw !== undefined)
            this.releaseRaw();
        return this.sketch;
    }
    /** The exact value table while the column has at most MAX_EXACT_VALUES distinct values. */
    valueTable() {
        if (this.table === undefined)
            return undefined;
        return [...this.table].sort((a, b) => a[0] - b[0]);
    }
    moments() {
        const empty = this.count === 0;
        return {
            mean: empty ? Number.NaN : this.mean,
            std: empty ? Number.NaN : Math.sqrt(this.squares / this.count),
            min: empty ? Number.NaN : this.minimum,
            max: empty ? Number.NaN : this.maximum,
        };
    }
    /** The sample (call it once: kept values are sorted in place, a spill file is read and removed). */
    finish() {
        const table = this.valueTable();
        const base = { kind: "numerical", count: this.count, missing: this.missing, ...this.moments() };
        if (table !== undefined) {
            this.spilled?.discard();
            return { ...base, ...fromPairs(table), rankError: 0 };
        }
        const kept = this.raw?.subarray(0, this.count) ?? this.spilled?.readAll();
        if (kept !== undefined)
            return { ...base, ...runLengths(kept.sort()), rankError: 0 };
        const sketch = this.toSketch();
        return { ...base, ...weightedItems(sketch), rankError: sketch.rankError };
    }
    grow(needed) {
        const old = this.raw;
        const size = Math.max(1024, old.length * 2, needed);
        if (!this.budget.take(size - old.length))
            return false;
        const grown = new Float64Array(size);
        grown.set(old);
        this.raw = grown;
        return true;
    }
}
/** Streams a categorical column. */
class CategoricalCollector {
    maxCategories;
    count = 0;
    missing = 0;
    other = 0;
    counts = new Map();
    constructor(maxCategories = MAX_CATEGORIES) {
        this.maxCategories = maxCategories;
    }
    add(value) {
        this.count++;
        const seen = this.counts.get(value);
        if (seen !== undefined)
            this.counts.set(value, seen + 1);
        else if (this.counts.size < this.maxCategories)
            this.counts.set(value, 1);
        else
            this.other++;
    }
    addMissing() {
        this.missing++;
    }
    finish() {
        return {
            kind: "categorical",
            counts: new Map(this.counts),
            other: this.other,
            count: this.count,
            missing: this.missing,
        };
    }
}
/**
 * Sorted values with repeats → distinct values and counts. Without a second copy of the values:
 * the distinct ones are moved to the front of `sorted`, and a view of them is returned (so the
 * caller must not use `sorted` afterwards).
 */
function runLengths(sorted) {
    let distinct = 0;
    for (let index = 0; index < sorted.length; index++)
        if (index === 0 || sorted[index] !== sorted[index - 1])
            distinct++;
    const weights = new Float64Array(distinct);
    if (distinct === sorted.length)
        return { values: sorted, weights: weights.fill(1) };
    let at = -1;
    let previous = Number.NaN;
    for (let index = 0; index < sorted.length; index++) {
        const value = sorted[index];
        if (index === 0 || value !== previous)
            sorted[++at] = value;
        previous = value;
        weights[at] = weights[at] + 1;
    }
    return { values: sorted.subarray(0, distinct), weights };
}
/** [value, count] pairs sorted by value → the two arrays. */
function fromPairs(pairs) {
    return {
        values: Float64Array.from(pairs, (pair) => pair[0]),
        weights: Float64Array.from(pairs, (pair) => pair[1]),
    };
}
/** A sketch's items with their weights (2^level), merged per value and sorted. */
function weightedItems(sketch) {
    const items = [];
    sketch.toJSON().levels.forEach((level, height) => {
        for (const value of level)
            items.push([value, 2 ** height]);
    });
    items.sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const [value, weight] of items) {
        const last = merged.at(-1);
        if (last !== undefined && last[0] === value)
            last[1] += weight;
        else
            merged.push([value, weight]);
    }
    return fromPairs(merged);
}
/** A numeric sample from values in memory (tests, small inputs): exact. */
function numericalSample(values, missing = 0) {
    const collector = new NumericCollector(new ValueBudget(Number.POSITIVE_INFINITY));
    for (let index = 0; index < values.length; index++)
        collector.add(values[index]);
    for (let index = 0; index < missing; index++)
        collector.addMissing();
    return collector.finish();
}
/** A categorical sample from values in memory (tests, small inputs): exact. */
function categoricalSample(values) {
    const collector = new CategoricalCollector(Number.POSITIVE_INFINITY);
    for (const value of values) {
        if (value === null)
            collector.addMissing();
        else
            collector.add(value);
    }
    return collector.finish();
}


/***/ }),

/***/ 6532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ SpilledValues),
/* harmony export */   l1: () => (/* binding */ SPILL_BUFFER_VALUES),
/* harmony export */   r9: () => (/* binding */ SpillFolder)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Temporary files for numbers that do not fit in memory: a column's values past the dataset's
 * value budget (./sample.ts) are appended as Float64 (the machine's byte order) to a file of its
 * own, in one folder per drift check, and read back whole, one feature at a time, when its
 * statistics are computed. The folder is made on first use under $RUNNER_TEMP (else the OS's temp folder) and
 * removed by `remove()` (the caller's `finally`), or at the latest when the process exits.
 */



/** Values a spilled column buffers before writing them out, at most (512 KiB). */
const SPILL_BUFFER_VALUES = 1 << 16;
/** Bytes read back at a time. */
const READ_BYTES = 1 << 26;
class SpillFolder {
    parent;
    directory;
    files = 0;
    removeOnExit = () => this.remove();
    /** `parent`: where the folder goes (default $RUNNER_TEMP, else the OS's temp folder). */
    constructor(parent = process.env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir()) {
        this.parent = parent;
    }
    /** The folder, when one was made and not yet removed. */
    get path() {
        return this.directory;
    }
    /** A new file's path in the folder (made now if need be). */
    newFile(name) {
        if (this.directory === undefined) {
            this.directory = node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.parent, "trainyard-drift-"));
            process.once("exit", this.removeOnExit);
        }
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.directory, `${++this.files}-${name.replace(/[^\w.-]+/g, "_")}.f64`);
    }
    /** Removes the folder and every file in it (safe to call more than once). */
    remove() {
        if (this.directory === undefined)
            return;
        process.removeListener("exit", this.removeOnExit);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(this.directory, { recursive: true, force: true });
        this.directory = undefined;
    }
}
/**
 * A column's numbers in a file, appended in order and read back whole or in chunks. The file is
 * opened only to append a full buffer, so that many spilled columns hold no file descriptors.
 */
class SpilledValues {
    file;
    buffer;
    buffered = 0;
    done = false;
    /** Values written or buffered. */
    count = 0;
    constructor(file, bufferValues = SPILL_BUFFER_VALUES) {
        this.file = file;
        this.buffer = new Float64Array(bufferValues);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(file, new Uint8Array(0));
    }
    add(value) {
        this.buffer[this.buffered++] = value;
        this.count++;
        if (this.buffered === this.buffer.length)
            this.flush();
    }
    addAll(values) {
        this.flush();
        this.append(values);
        this.count += values.length;
    }
    /** Every value, in the order added, in one array; the file is removed. */
    readAll() {
        const values = new Float64Array(this.count);
        this.eachChunk((chunk, offset) => values.set(chunk, offset));
        return values;
    }
    /** Calls `visit` with the values in order, a chunk at a time; the file is removed after. */
    eachChunk(visit) {
        this.flush();
        this.done = true;
        const reader = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(this.file, "r");
        try {
            const chunk = new Float64Array(Math.min(this.count, READ_BYTES / 8));
            const bytes = new Uint8Array(chunk.buffer);
            let offset = 0;
            while (offset < this.count) {
                const take = Math.min(chunk.length, this.count - offset);
                let filled = 0;
                while (filled < take * 8) {
                    const read = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(reader, bytes, filled, take * 8 - filled, offset * 8 + filled);
                    if (read === 0)
                        throw new Error(`${this.file} ended after ${offset * 8 + filled} bytes`);
                    filled += read;
                }
                visit(chunk.subarray(0, take), offset);
                offset += take;
            }
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(reader);
            this.discard();
        }
    }
    /** Removes the file. */
    discard() {
        this.done = true;
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().rmSync(this.file, { force: true });
    }
    flush() {
        if (this.buffered === 0)
            return;
        this.append(this.buffer.subarray(0, this.buffered));
        this.buffered = 0;
    }
    append(values) {
        if (this.done)
            throw new Error(`${this.file} was already read back`);
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(this.file, new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    }
}


/***/ }),

/***/ 9032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ TableSchemaInferrer)
/* harmony export */ });
/* unused harmony export inferTableSchema */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _table_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8806);
/**
 * Infers a starting data contract from a sample of the data (`trainyard init`): each column's type,
 * whether it is required, the range of numeric columns, and the values of low-cardinality text
 * columns. Incremental, so the first rows of a streamed reader can feed it without being kept.
 * Deterministic: the same sample gives the same schema, whatever the order of its rows.
 */


const booleanWords = new Set(["true", "True", "TRUE", "false", "False", "FALSE"]);
// Leading zeros ("007", "02134") mark codes, not quantities: those columns stay text.
const integerPattern = /^[+-]?(0|[1-9]\d*)$/;
const numberPattern = /^[+-]?(?:(?:0|[1-9]\d*)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const nonFiniteNumbers = new Set(["NaN", "INF", "-INF", "+INF"]);
const parseIsoDate = (0,_table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .createTemporalParser */ .qY)("date", "default");
const parseIsoDatetime = (0,_table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .createTemporalParser */ .qY)("datetime", "default");
const spacedDatetimeFormat = "%Y-%m-%d %H:%M:%S";
const parseSpacedDatetime = (0,_table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .createTemporalParser */ .qY)("datetime", spacedDatetimeFormat);
/** What one column's sample has shown so far. */
class ColumnProfile {
    enumMaxValues;
    observed = 0;
    missing = 0;
    couldBeBoolean = true;
    couldBeInteger = true;
    couldBeNumber = true;
    couldBeDate = true;
    couldBeDatetime = true;
    couldBeSpacedDatetime = true;
    minimum = Number.POSITIVE_INFINITY;
    maximum = Number.NEGATIVE_INFINITY;
    /** Count of each distinct text; dropped once there are too many to be an enum. */
    counts = new Map();
    constructor(enumMaxValues) {
        this.enumMaxValues = enumMaxValues;
    }
    observeMissing() {
        this.observed++;
        this.missing++;
    }
    observeValue(text) {
        this.observed++;
        if (this.couldBeBoolean && !booleanWords.has(text))
            this.couldBeBoolean = false;
        if (this.couldBeInteger && !(integerPattern.test(text) && Number.isSafeInteger(Number(text)))) {
            this.couldBeInteger = false;
        }
        if (this.couldBeNumber) {
            if (numberPattern.test(text)) {
                const value = Number(text);
                if (value < this.minimum)
                    this.minimum = value;
                if (value > this.maximum)
                    this.maximum = value;
            }
            else if (!nonFiniteNumbers.has(text)) {
                this.couldBeNumber = false;
            }
        }
        if (this.couldBeDate && parseIsoDate(text) === undefined)
            this.couldBeDate = false;
        if (this.couldBeDatetime && parseIsoDatetime(text) === undefined)
            this.couldBeDatetime = false;
        if (this.couldBeSpacedDatetime && parseSpacedDatetime(text) === undefined)
            this.couldBeSpacedDatetime = false;
        if (this.counts) {
            this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
            if (this.counts.size > this.enumMaxValues)
                this.counts = undefined;
        }
    }
    toField(name, enumMinCount) {
        const values = this.observed - this.missing;
        const constraints = {};
        if (values > 0 && this.missing === 0)
            constraints.required = true;
        const withConstraints = (field) => Object.keys(constraints).length > 0 ? { ...field, constraints } : field;
        if (values === 0)
            return { name, type: "string" };
        if (this.couldBeBoolean)
            return withConstraints({ name, type: "boolean" });
        if (this.couldBeInteger || this.couldBeNumber) {
            if (Number.isFinite(this.minimum)) {
                constraints.minimum = this.minimum;
                constraints.maximum = this.maximum;
            }
            return withConstraints({ name, type: this.couldBeInteger ? "integer" : "number" });
        }
        // No bounds for dates: new data is later by nature, so a sampled maximum would fail it at once.
        if (this.couldBeDate)
            return withConstraints({ name, type: "date" });
        if (this.couldBeDatetime)
            return withConstraints({ name, type: "datetime" });
        if (this.couldBeSpacedDatetime) {
            return withConstraints({ name, type: "datetime", format: spacedDatetimeFormat });
        }
        if (this.counts && [...this.counts.values()].every((count) => count >= enumMinCount)) {
            constraints.enum = [...this.counts.keys()].sort();
        }
        return withConstraints({ name, type: "string" });
    }
}
/** Feed it cells (`observe`) or rows (`observeRow`), then `finish()` for the schema. */
class TableSchemaInferrer {
    columns;
    profiles;
    missingValues;
    options;
    constructor(columns, options = {}) {
        this.columns = columns;
        this.options = {
            missingValues: options.missingValues ?? _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultMissingValues */ .sr,
            enumMaxValues: options.enumMaxValues ?? 20,
            enumMinCount: options.enumMinCount ?? 2,
        };
        this.missingValues = new Set(this.options.missingValues);
        columns.forEach((name, index) => {
            if (name === "")
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`column ${index + 1} has no name`);
            if (columns.indexOf(name) !== index) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`column ${index + 1}: duplicate column name ${JSON.stringify(name)}`);
            }
        });
        this.profiles = columns.map(() => new ColumnProfile(this.options.enumMaxValues));
    }
    /** One cell, by column index in `columns` order. */
    observe(column, text) {
        const profile = this.profile(column);
        if (this.missingValues.has(text))
            profile.observeMissing();
        else
            profile.observeValue(text);
    }
    /** A cell that is not there at all (a short row). */
    observeAbsent(column) {
        this.profile(column).observeMissing();
    }
    /** A whole row from a reader; cells beyond a short row's end count as missing. */
    observeRow(row) {
        for (let column = 0; column < this.profiles.length; column++) {
            if (column < row.length)
                this.observe(column, row.text(column));
            else
                this.observeAbsent(column);
        }
    }
    profile(column) {
        const profile = this.profiles[column];
        if (!profile)
            throw new RangeError(`column index ${column} is outside the ${this.columns.length} columns`);
        return profile;
    }
    finish() {
        const fields = this.profiles.map((profile, index) => profile.toField(this.columns[index], this.options.enumMinCount));
        const input = { fields };
        const missingValues = [...this.options.missingValues];
        if (missingValues.join("\u0000") !== _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultMissingValues */ .sr.join("\u0000"))
            input.missingValues = missingValues;
        return _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tableSchema */ ._A.parse(input);
    }
}
/** Infers a schema from rows already in memory. */
function inferTableSchema(sample, options = {}) {
    const inferrer = new TableSchemaInferrer(sample.columns, options);
    for (const row of sample.rows) {
        for (let column = 0; column < sample.columns.length; column++) {
            const text = row[column];
            if (text === undefined)
                inferrer.observeAbsent(column);
            else
                inferrer.observe(column, text);
        }
    }
    return inferrer.finish();
}


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hF: () => (/* binding */ parseTableSchema),
/* harmony export */   yE: () => (/* binding */ loadTableSchema)
/* harmony export */ });
/* unused harmony export describeSchemaProblems */
/* harmony import */ var _config_located_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6417);
/* harmony import */ var _table_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8806);
/**
 * Reads a table schema file (YAML or JSON): every problem is a ConfigError naming the file, line,
 * column and field (`schema.yml:14:7 fields[3].constraints.minimum: expected number, got "ten"`).
 */



const tableSchemaRules = {
    schema: _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tableSchema */ ._A,
    expected: 'a table schema with "fields"',
    discriminatorValues: _table_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldTypes */ .s$,
    misplacedKey: (_key, data, parentPath) => {
        const fieldType = fieldTypeAt(data, parentPath);
        return fieldType === undefined ? undefined : `it does not apply to ${fieldType} fields`;
    },
};
/** Parses and checks a table schema, throwing a ConfigError for its first problem in the file. */
function parseTableSchema(text, file) {
    return (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocumentWith */ .$L)(text, file, tableSchemaRules);
}
/** Every problem of a table schema file, in source order; empty when it is valid. */
function describeSchemaProblems(text, file) {
    return describeDocumentProblems(text, file, tableSchemaRules);
}
/** Reads a `.yml`, `.yaml` or `.json` table schema. */
function loadTableSchema(file) {
    return (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .loadDocumentWith */ .SQ)(file, tableSchemaRules, "table schema");
}
/** The type of the field that `path` (a field or its constraints) belongs to, if it is one. */
function fieldTypeAt(data, path) {
    if (path[0] !== "fields" || typeof path[1] !== "number")
        return undefined;
    if (path.length > 3 || (path.length === 3 && path[2] !== "constraints"))
        return undefined;
    const field = (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .valueAt */ .fK)(data, path.slice(0, 2));
    const type = (0,_config_located_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(field) ? (field.type ?? "string") : undefined;
    return typeof type === "string" ? type : undefined;
}


/***/ }),

/***/ 8298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ QuantileSketch)
/* harmony export */ });
/**
 * A KLL quantile sketch (Karnin, Lang, Liberty 2016): streams any number of values in O(k log n)
 * memory and answers any quantile within a rank error of about 1.7/k with high probability
 * (k = 400: ±0.5% of the rank). Seeded, so the same data gives the same answer on every run.
 * Used for quantile bounds in data contracts and for the numeric profiles drift is checked against.
 */
class QuantileSketch {
    k;
    levels = [[]];
    count = 0;
    minimum = Number.POSITIVE_INFINITY;
    maximum = Number.NEGATIVE_INFINITY;
    randomState;
    capacityByDepth = [];
    constructor(k = 400, seed = 0x5eed) {
        this.k = k;
        if (!Number.isInteger(k) || k < 8)
            throw new Error(`quantile sketch: k must be an integer of at least 8, got ${k}`);
        this.randomState = seed >>> 0 || 1;
    }
    get size() {
        return this.count;
    }
    get min() {
        return this.minimum;
    }
    get max() {
        return this.maximum;
    }
    /** Rank error the sketch promises (as a share of n) with high probability. */
    get rankError() {
        return 1.7 / this.k;
    }
    add(value) {
        if (Number.isNaN(value))
            return;
        this.count += 1;
        if (value < this.minimum)
            this.minimum = value;
        if (value > this.maximum)
            this.maximum = value;
        this.levels[0].push(value);
        if (this.levels[0].length >= this.capacity(0))
            this.compress();
    }
    /** The value at quantile q (0 ≤ q ≤ 1); NaN for an empty sketch. q 0 and 1 are exact (min, max). */
    quantile(q) {
        if (this.count === 0)
            return Number.NaN;
        if (q <= 0)
            return this.minimum;
        if (q >= 1)
            return this.maximum;
        const items = this.weightedItems();
        const target = q * this.count;
        let cumulative = 0;
        for (const [value, weight] of items) {
            cumulative += weight;
            if (cumulative >= target)
                return value;
        }
        return this.maximum;
    }
    /** Share of values ≤ x (the empirical CDF), within the same rank error. */
    cdf(x) {
        if (this.count === 0)
            return Number.NaN;
        let below = 0;
        for (const [value, weight] of this.weightedItems())
            if (value <= x)
                below += weight;
        return below / this.count;
    }
    /** Folds another sketch (same k) into this one: profiles of shards merge into one. */
    merge(other) {
        if (other.k !== this.k)
            throw new Error(`quantile sketch: cannot merge k=${other.k} into k=${this.k}`);
        other.levels.forEach((level, height) => {
            while (this.levels.length <= height)
                this.levels.push([]);
            this.levels[height].push(...level);
        });
        this.count += other.count;
        this.minimum = Math.min(this.minimum, other.minimum);
        this.maximum = Math.max(this.maximum, other.maximum);
        for (let h = 0; h < this.levels.length; h++)
            if (this.levels[h].length >= this.capacity(h))
                this.compress();
    }
    /** A JSON-able form, stored in model version metadata. */
    toJSON() {
        return {
            k: this.k,
            count: this.count,
            min: this.minimum,
            max: this.maximum,
            levels: this.levels.map((l) => [...l]),
        };
    }
    static fromJSON(data) {
        const sketch = new QuantileSketch(data.k);
        sketch.levels = data.levels.map((l) => [...l]);
        sketch.count = data.count;
        sketch.minimum = data.count === 0 ? Number.POSITIVE_INFINITY : data.min;
        sketch.maximum = data.count === 0 ? Number.NEGATIVE_INFINITY : data.max;
        return sketch;
    }
    /**
     * Level capacities shrink by 2/3 per level below the top, as KLL prescribes. Kept per depth:
     * once the sketch is tall, the bottom level's capacity is 2 and add() asks for it every value.
     */
    capacity(height) {
        const depth = this.levels.length - 1 - height;
        let capacity = this.capacityByDepth[depth];
        if (capacity === undefined) {
            capacity = Math.max(2, Math.ceil(this.k * (2 / 3) ** depth));
            this.capacityByDepth[depth] = capacity;
        }
        return capacity;
    }
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const level = this.levels[h];
            if (level.length < this.capacity(h))
                continue;
            if (h + 1 === this.levels.length)
                this.levels.push([]);
            level.sort((a, b) => a - b);
            const offset = this.nextRandomBit();
            const promoted = this.levels[h + 1];
            // An odd item out stays at this level; the rest halve, every other one moving up.
            const keepOdd = level.length % 2 === 1 ? level.pop() : undefined;
            for (let i = offset; i < level.length; i += 2)
                promoted.push(level[i]);
            this.levels[h] = keepOdd === undefined ? [] : [keepOdd];
        }
    }
    weightedItems() {
        const items = [];
        this.levels.forEach((level, height) => {
            const weight = 2 ** height;
            for (const value of level)
                items.push([value, weight]);
        });
        return items.sort((a, b) => a[0] - b[0]);
    }
    nextRandomBit() {
        // xorshift32: a fair, seeded coin for which half of a level moves up.
        let x = this.randomState;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.randomState = x >>> 0;
        return this.randomState & 1;
    }
}


/***/ })

};
