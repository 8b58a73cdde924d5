export const id = 509;
export const ids = [509];
export const modules = {

/***/ 6509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidateCommand: () => (/* binding */ runValidateCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/format.ts
var format = __webpack_require__(2511);
;// CONCATENATED MODULE: ./lib/validate/annotations.ts

/**
 * Which violations to annotate when GitHub shows only `budget` error annotations from a step:
 * the first example of every rule first (most frequent rules first), then second examples, and
 * so on, so ten annotations show ten different problems rather than ten rows of one.
 */
function planAnnotations(report, budget) {
    const ordered = [...report.violations].sort((a, b) => b.count - a.count);
    const planned = [];
    for (let round = 0; planned.length < budget; round++) {
        let added = false;
        for (const violation of ordered) {
            const example = violation.examples[round];
            if (!example || planned.length >= budget)
                continue;
            planned.push(annotationFor(violation, example));
            added = true;
        }
        if (!added)
            break;
    }
    return planned;
}
function describeExample(violation, example) {
    const column = violation.column === null ? "" : ` ${violation.column}:`;
    const found = example.detail ?? `found ${JSON.stringify(example.value)}`;
    const where = example.line > 0 ? `${example.file}:${example.line}` : example.file;
    const row = example.row > 0 ? ` (row ${example.row})` : "";
    return `${where}${row}${column} expected ${violation.expected}, ${found} [${violation.rule}]`;
}
function annotationFor(violation, example) {
    const others = violation.count - 1;
    return {
        message: `${describeExample(violation, example)}${others > 0 ? ` (and ${thousands(others)} more)` : ""}`,
        title: `Data contract: ${violation.rule}${violation.column === null ? "" : ` (${violation.column})`}`,
        file: example.file,
        ...(example.line > 0 ? { line: example.line } : {}),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./lib/data/sources.ts + 1 modules
var sources = __webpack_require__(4950);
// EXTERNAL MODULE: ./lib/schema/table-schema.ts
var table_schema = __webpack_require__(8806);
;// CONCATENATED MODULE: ./lib/schema/diff.ts
/**
 * What changed between two data contracts, in the words a reviewer needs: which columns came and
 * went, which were retyped, and which constraints now accept more data (loosened) or less
 * (tightened). Breaking means data or consumers that were fine under the base contract may not be
 * under the head one: a removed, retyped or newly required column, a tightened constraint, or a
 * change whose direction cannot be told (a new pattern).
 */

/** Changes from `base` to `head`: columns in head's order (removed ones after), then the table's. */
function diffSchemas(base, head) {
    const changes = [];
    const baseByName = new Map(base.fields.map((field) => [field.name, field]));
    const headNames = new Set(head.fields.map((field) => field.name));
    for (const headField of head.fields) {
        const baseField = baseByName.get(headField.name);
        const subject = { column: headField.name, prefix: `column ${JSON.stringify(headField.name)}: ` };
        if (!baseField) {
            const required = headField.constraints.required === true;
            changes.push({
                kind: "column-added",
                severity: required ? "breaking" : "non-breaking",
                column: headField.name,
                aspect: "column",
                after: headField.type,
                message: `${subject.prefix}added (${required ? "required" : "optional"})`,
            });
            continue;
        }
        changes.push(...diffFields(baseField, headField, new ChangeWriter(subject)));
    }
    for (const baseField of base.fields) {
        if (headNames.has(baseField.name))
            continue;
        changes.push({
            kind: "column-removed",
            severity: "breaking",
            column: baseField.name,
            aspect: "column",
            before: baseField.type,
            message: `column ${JSON.stringify(baseField.name)}: removed`,
        });
    }
    changes.push(...diffTables(base, head, new ChangeWriter({ prefix: "table: " })));
    return changes;
}
/** Collects the changes of one subject (a column or the table) and words them consistently. */
class ChangeWriter {
    subject;
    changes = [];
    constructor(subject) {
        this.subject = subject;
    }
    add(kind, aspect, text, before, after) {
        const label = kind === "tightened" || kind === "loosened" ? ` (${kind})` : kind === "changed" ? " (cannot tell)" : "";
        const change = {
            kind,
            severity: kind === "loosened" ? "non-breaking" : "breaking",
            aspect,
            before,
            after,
            message: `${this.subject.prefix}${text}${label}`,
        };
        if (this.subject.column !== undefined)
            change.column = this.subject.column;
        this.changes.push(change);
    }
    /** A bound below which values fail (minimum, minLength, rows.min): raising it tightens. */
    lowerBound(aspect, before, after, compare) {
        this.bound(aspect, before, after, compare, "tightened");
    }
    /** A bound above which values fail (maximum, maxLength, maxMissingShare): raising it loosens. */
    upperBound(aspect, before, after, compare) {
        this.bound(aspect, before, after, compare, "loosened");
    }
    bound(aspect, before, after, compare, whenRaised) {
        const name = shortName(aspect);
        if (before === undefined && after === undefined)
            return;
        if (before === undefined) {
            this.add("tightened", aspect, `${name} ${String(after)} added`, before, after);
        }
        else if (after === undefined) {
            this.add("loosened", aspect, `${name} ${String(before)} removed`, before, after);
        }
        else {
            const order = compare(before, after);
            if (order === 0)
                return;
            const raised = order < 0;
            const kind = raised === (whenRaised === "tightened") ? "tightened" : "loosened";
            this.add(kind, aspect, `${name} ${raised ? "raised" : "lowered"} from ${before} to ${after}`, before, after);
        }
    }
    /** required, unique: turning it on tightens. */
    flag(aspect, before, after) {
        const was = before === true;
        const is = after === true;
        if (was === is)
            return;
        const name = shortName(aspect);
        if (is)
            this.add("tightened", aspect, `now ${name}`, before, after);
        else
            this.add("loosened", aspect, `no longer ${name}`, before, after);
    }
    /** A list where each value is one more thing accepted (missingValues, trueValues). */
    acceptedValues(aspect, before, after) {
        const name = shortName(aspect);
        const added = after.filter((value) => !before.some((old) => Object.is(old, value)));
        const removed = before.filter((value) => !after.some((now) => Object.is(now, value)));
        if (added.length > 0)
            this.add("loosened", aspect, `${name} added: ${showList(added)}`, before, after);
        if (removed.length > 0)
            this.add("tightened", aspect, `${name} removed: ${showList(removed)}`, before, after);
    }
    /** An optional list that, when present, is the only values allowed (enum). */
    allowedValues(aspect, before, after) {
        const name = shortName(aspect);
        if (before === undefined && after === undefined)
            return;
        if (before === undefined) {
            this.add("tightened", aspect, `${name} [${showList(after)}] added`, before, after);
        }
        else if (after === undefined) {
            this.add("loosened", aspect, `${name} [${showList(before)}] removed`, before, after);
        }
        else {
            const added = after.filter((value) => !before.some((old) => Object.is(old, value)));
            const removed = before.filter((value) => !after.some((now) => Object.is(now, value)));
            if (added.length > 0)
                this.add("loosened", aspect, `${name} values added: ${showList(added)}`, before, after);
            if (removed.length > 0) {
                this.add("tightened", aspect, `${name} values removed: ${showList(removed)}`, before, after);
            }
        }
    }
    /** A setting whose changes cannot be ranked (pattern, decimalChar), though adding one may tighten. */
    setting(aspect, before, after, presenceTightens) {
        if (Object.is(before, after))
            return;
        const name = shortName(aspect);
        if (presenceTightens && before === undefined) {
            this.add("tightened", aspect, `${name} ${JSON.stringify(after)} added`, before, after);
        }
        else if (presenceTightens && after === undefined) {
            this.add("loosened", aspect, `${name} ${JSON.stringify(before)} removed`, before, after);
        }
        else {
            const from = before === undefined ? "none" : JSON.stringify(before);
            const to = after === undefined ? "none" : JSON.stringify(after);
            this.add("changed", aspect, `${name} changed from ${from} to ${to}`, before, after);
        }
    }
}
/** `constraints.minimum` reads as `minimum`; checks keep their prefix so they are not mistaken. */
function shortName(aspect) {
    return aspect.startsWith("constraints.") ? aspect.slice("constraints.".length) : aspect;
}
function showList(values) {
    return values.map((value) => JSON.stringify(value)).join(", ");
}
const compareNumbers = (a, b) => a - b;
function typeFamily(type) {
    return table_schema/* numericFieldTypes */.vl.includes(type) ? "numeric" : type;
}
function diffFields(base, head, writer) {
    const retyped = base.type !== head.type;
    if (retyped) {
        writer.add("column-retyped", "type", `type changed from ${base.type} to ${head.type}`, base.type, head.type);
    }
    else if (base.format !== head.format) {
        const text = `format changed from ${JSON.stringify(base.format)} to ${JSON.stringify(head.format)}`;
        writer.add("column-retyped", "format", text, base.format, head.format);
    }
    // Typed settings (bounds, enum values, parsing) compare only within one family of types.
    const comparable = typeFamily(base.type) === typeFamily(head.type);
    if (comparable) {
        diffParsing(base, head, writer);
    }
    const before = base.constraints;
    const after = head.constraints;
    writer.flag("constraints.required", before.required, after.required);
    writer.flag("constraints.unique", before.unique, after.unique);
    if (comparable) {
        const compareValues = valueComparator(head.type);
        writer.lowerBound("constraints.minimum", before.minimum, after.minimum, compareValues);
        writer.upperBound("constraints.maximum", before.maximum, after.maximum, compareValues);
        writer.lowerBound("constraints.minLength", before.minLength, after.minLength, compareNumbers);
        writer.upperBound("constraints.maxLength", before.maxLength, after.maxLength, compareNumbers);
        writer.setting("constraints.pattern", before.pattern, after.pattern, true);
        writer.allowedValues("constraints.enum", before.enum, after.enum);
    }
    diffFieldChecks(base, head, writer);
    return writer.changes;
}
function valueComparator(type) {
    if (type === "date" || type === "datetime") {
        return (a, b) => ((0,table_schema/* parseIsoTemporal */.PA)(type, String(a)) ?? 0) - ((0,table_schema/* parseIsoTemporal */.PA)(type, String(b)) ?? 0);
    }
    return (a, b) => Number(a) - Number(b);
}
function diffParsing(base, head, writer) {
    if (base.type === "boolean" && head.type === "boolean") {
        writer.acceptedValues("trueValues", base.trueValues, head.trueValues);
        writer.acceptedValues("falseValues", base.falseValues, head.falseValues);
    }
    if ((base.type === "integer" || base.type === "number") &&
        (head.type === "integer" || head.type === "number")) {
        if (base.bareNumber !== head.bareNumber) {
            // bareNumber: false also accepts text around the number ("95%", "$10").
            const kind = head.bareNumber ? "tightened" : "loosened";
            const text = `bareNumber changed from ${base.bareNumber} to ${head.bareNumber}`;
            writer.add(kind, "bareNumber", text, base.bareNumber, head.bareNumber);
        }
        const baseDecimal = base.type === "number" ? base.decimalChar : undefined;
        const headDecimal = head.type === "number" ? head.decimalChar : undefined;
        if (baseDecimal !== undefined && headDecimal !== undefined) {
            writer.setting("decimalChar", baseDecimal, headDecimal, false);
        }
        if (base.groupChar === undefined && head.groupChar !== undefined) {
            writer.add("loosened", "groupChar", `groupChar ${JSON.stringify(head.groupChar)} added`, undefined, head.groupChar);
        }
        else if (base.groupChar !== undefined && head.groupChar === undefined) {
            const text = `groupChar ${JSON.stringify(base.groupChar)} removed`;
            writer.add("tightened", "groupChar", text, base.groupChar, undefined);
        }
        else {
            writer.setting("groupChar", base.groupChar, head.groupChar, false);
        }
    }
}
function diffFieldChecks(base, head, writer) {
    writer.upperBound("checks.maxMissingShare", base.checks.maxMissingShare, head.checks.maxMissingShare, compareNumbers);
    const quantiles = alignKeys(base.checks.quantiles, head.checks.quantiles, (key) => Number(key));
    for (const { key, before, after } of quantiles) {
        diffBounds(`checks.quantiles[${JSON.stringify(key)}]`, before, after, writer);
    }
    const categories = alignKeys(base.checks.categoryShares, head.checks.categoryShares, (key) => key);
    for (const { key, before, after } of categories) {
        diffBounds(`checks.categoryShares[${JSON.stringify(key)}]`, before, after, writer);
    }
}
function diffBounds(aspect, before, after, writer) {
    writer.lowerBound(`${aspect}.min`, before?.min, after?.min, compareNumbers);
    writer.upperBound(`${aspect}.max`, before?.max, after?.max, compareNumbers);
}
/**
 * Pairs the entries of two maps by a normalised key (quantile "0.5" is "0.50"), sorted by it, so
 * the order does not depend on how either file was written.
 */
function alignKeys(base, head, normalise) {
    const entries = new Map();
    for (const [key, value] of Object.entries(base ?? {})) {
        entries.set(normalise(key), { key, before: value, after: undefined });
    }
    for (const [key, value] of Object.entries(head ?? {})) {
        const normalised = normalise(key);
        const entry = entries.get(normalised);
        entries.set(normalised, { key, before: entry?.before, after: value });
    }
    return [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}
function diffTables(base, head, writer) {
    writer.acceptedValues("missingValues", base.missingValues, head.missingValues);
    const baseKey = (0,table_schema/* primaryKeyFields */.JE)(base);
    const headKey = (0,table_schema/* primaryKeyFields */.JE)(head);
    if (baseKey.join("\u0000") !== headKey.join("\u0000")) {
        if (baseKey.length === 0) {
            writer.add("tightened", "primaryKey", `primaryKey [${showList(headKey)}] added`, undefined, headKey);
        }
        else if (headKey.length === 0) {
            writer.add("loosened", "primaryKey", `primaryKey [${showList(baseKey)}] removed`, baseKey, undefined);
        }
        else {
            const text = `primaryKey changed from [${showList(baseKey)}] to [${showList(headKey)}]`;
            writer.add("changed", "primaryKey", text, baseKey, headKey);
        }
    }
    writer.lowerBound("checks.rows.min", base.checks.rows?.min, head.checks.rows?.min, compareNumbers);
    writer.upperBound("checks.rows.max", base.checks.rows?.max, head.checks.rows?.max, compareNumbers);
    return writer.changes;
}

// EXTERNAL MODULE: ./lib/schema/load.ts
var load = __webpack_require__(7953);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./lib/zod.ts
var zod = __webpack_require__(8411);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./lib/data/rows.ts
var rows = __webpack_require__(6926);
;// CONCATENATED MODULE: ./lib/validate/key-set.ts

/**
 * Remembers which keys (a unique column's values, or a primary key's tuples) have been seen, in
 * bounded memory: each key is kept as a 64-bit hash with the row where it first appeared (12 bytes
 * a slot, at most 3/4 full), in an open-addressing table whose probes read one array of the hashes'
 * low halves (4 bytes a slot: a third of the table, so it stays in cache far better), the high
 * half and the row being read only on a match. Two different keys share a 64-bit hash with
 * probability about n²/2⁶⁵ (10⁻⁶ at ten million keys); numbers hash one-to-one (hashNumber), so
 * two of them collide only through the empty-slot mark (a low half of 0 is kept as 1).
 *
 * The table grows by doubling up to a byte budget (the growth's copy included); past it, or past
 * `maxKeys`, it is full: known keys are still found, new ones are refused (`TABLE_FULL`) and the
 * caller decides (UniqueKeys sends them to disk).
 */
const NEW_KEY = -1;
const TABLE_FULL = -2;
/** Budget of a KeySet that is given none: a table of 4 Mi slots (48 MiB; 72 MiB while it grows). */
const DEFAULT_KEY_SET_BYTES = 96 * (1 << 20);
const MIN_CAPACITY = 1 << 4;
const INITIAL_CAPACITY = 1 << 14;
/** Rows above this need a second word: the table then takes 16 bytes a slot. */
const MAX_NARROW_ROW = 0xffffffff;
class KeySet {
    maxKeys;
    /**
     * Slot → the key's low hash half (0: empty). Probes read this array alone (4 bytes a slot, so
     * it stays in cache far longer than whole slots would); `details` is read only on a match.
     */
    lows;
    /** Slot → `stride` words: the high hash half, the row (and the row's high word when stride is 3). */
    details;
    stride = 2;
    mask;
    used = 0;
    /** Keys past which the table grows (3/4 of its slots). */
    growAt;
    /** Keys past which the table takes no more: the budget's or maxKeys. */
    keyLimit;
    maxCapacity;
    maxBytes;
    /** Whether the limit stopped the set from taking more keys. */
    full = false;
    /**
     * @param maxKeys the most keys kept (default: as many as `maxBytes` holds); past it `add`
     *   answers "full" for a new key.
     * @param options.maxBytes the most bytes the table may take, its growth's copy included
     * @param options.expectedKeys keys likely to come: the table starts that large (within the
     *   budget), so it need not grow to it step by step
     */
    constructor(maxKeys = Number.POSITIVE_INFINITY, options = {}) {
        this.maxKeys = maxKeys;
        this.maxBytes = options.maxBytes ?? DEFAULT_KEY_SET_BYTES;
        this.maxCapacity = this.capacityFor(this.stride);
        let capacity = Math.min(INITIAL_CAPACITY, this.maxCapacity);
        const expected = Math.min(options.expectedKeys ?? 0, maxKeys);
        while (capacity < this.maxCapacity && capacity * 0.75 < expected)
            capacity *= 2;
        this.lows = new Uint32Array(capacity);
        this.details = new Uint32Array(capacity * this.stride);
        this.mask = capacity - 1;
        this.growAt = Math.floor(capacity * 0.75);
        this.keyLimit = this.limitFor(this.maxCapacity);
    }
    get size() {
        return this.used;
    }
    /** Bytes the table holds now. */
    get bytes() {
        return this.lows.byteLength + this.details.byteLength;
    }
    /** The most keys this set can hold. */
    get capacity() {
        return this.keyLimit;
    }
    /**
     * Adds a key seen at `row`. Answers the row where the same key was first seen, `undefined` for a
     * new key, or "full" when the limit is reached (the key is then not remembered).
     */
    add(key, row) {
        (0,rows/* hashText */.qj)(key, scratch);
        const first = this.addHash(scratch[0], scratch[1], row);
        return first === NEW_KEY ? undefined : first === TABLE_FULL ? "full" : first;
    }
    /**
     * Adds a key by its 64-bit hash (two unsigned 32-bit halves) seen at `row` (a non-negative
     * integer). Answers the row where it was first seen, NEW_KEY, or TABLE_FULL when the set can
     * take no more keys (the key is then not remembered).
     */
    addHash(high, low, row) {
        // A low half of 0 marks an empty slot: such a key is kept as 1 (one more bit of collision).
        if (low === 0)
            low = 1;
        if (this.used >= this.growAt && this.mask + 1 < this.maxCapacity)
            this.grow();
        const lows = this.lows;
        const mask = this.mask;
        let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
        for (;;) {
            const slotLow = lows[slot];
            if (slotLow === 0)
                break;
            if (slotLow === low) {
                const stride = this.stride;
                const at = slot * stride;
                const details = this.details;
                if (details[at] === high)
                    return stride === 2 ? details[at + 1] : details[at + 1] + details[at + 2] * 0x100000000;
            }
            slot = (slot + 1) & mask;
        }
        if (this.used >= this.keyLimit) {
            this.full = true;
            return TABLE_FULL;
        }
        if (row > MAX_NARROW_ROW && this.stride === 2) {
            this.widen();
            return this.addHash(high, low, row);
        }
        lows[slot] = low;
        const stride = this.stride;
        const at = slot * stride;
        const details = this.details;
        details[at] = high;
        if (stride === 2)
            details[at + 1] = row;
        else {
            details[at + 1] = row % 0x100000000;
            details[at + 2] = Math.floor(row / 0x100000000);
        }
        this.used += 1;
        return NEW_KEY;
    }
    /**
     * Forgets every key and makes room for about `expectedKeys` (within the budget), reusing the
     * table's memory where it is large enough.
     */
    reset(expectedKeys) {
        let capacity = MIN_CAPACITY;
        while (capacity < this.maxCapacity && capacity * 0.75 < expectedKeys)
            capacity *= 2;
        if (this.lows.buffer.byteLength >= capacity * 4) {
            this.lows = new Uint32Array(this.lows.buffer, 0, capacity);
            this.lows.fill(0);
        }
        else
            this.lows = new Uint32Array(capacity);
        // Details are read only where `lows` says a key is: they need no clearing.
        const words = capacity * this.stride;
        this.details =
            this.details.buffer.byteLength >= words * 4
                ? new Uint32Array(this.details.buffer, 0, words)
                : new Uint32Array(words);
        this.mask = capacity - 1;
        this.growAt = Math.floor(capacity * 0.75);
        this.used = 0;
        this.full = false;
    }
    /** The largest power-of-two slot count whose table, and its growth's copy, fit the budget. */
    capacityFor(stride) {
        let capacity = MIN_CAPACITY;
        while (capacity * 2 * (stride + 1) * 4 * 1.5 <= this.maxBytes && capacity < 1 << 30)
            capacity *= 2;
        return capacity;
    }
    limitFor(maxCapacity) {
        return Math.min(this.maxKeys, Math.floor(maxCapacity * 0.75));
    }
    grow() {
        this.rebuild((this.mask + 1) * 2, this.stride);
    }
    /** Rows past 2³² - 1: a word more a slot (within the budget, the keys already held are kept). */
    widen() {
        this.maxCapacity = Math.max(this.capacityFor(3), MIN_CAPACITY);
        this.keyLimit = Math.max(this.used, this.limitFor(this.maxCapacity));
        this.rebuild(this.mask + 1, 3);
    }
    rebuild(capacity, stride) {
        const oldLows = this.lows;
        const oldDetails = this.details;
        const oldStride = this.stride;
        const lows = new Uint32Array(capacity);
        const details = new Uint32Array(capacity * stride);
        const mask = capacity - 1;
        for (let from = 0; from < oldLows.length; from++) {
            const low = oldLows[from];
            if (low === 0)
                continue;
            const high = oldDetails[from * oldStride];
            let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
            while (lows[slot] !== 0)
                slot = (slot + 1) & mask;
            lows[slot] = low;
            const to = slot * stride;
            details[to] = high;
            details[to + 1] = oldDetails[from * oldStride + 1];
            if (stride === 3)
                details[to + 2] = oldStride === 3 ? oldDetails[from * oldStride + 2] : 0;
        }
        this.lows = lows;
        this.details = details;
        this.stride = stride;
        this.mask = mask;
        this.growAt = Math.floor(capacity * 0.75);
    }
}
const scratch = new Uint32Array(2);
/** A 64-bit hash of a string's UTF-8 (rows.ts' hashText), as [high, low]. */
function hash64(key) {
    const out = new Uint32Array(2);
    hashText(key, out);
    return [out[0], out[1]];
}
const key_set_float = new Float64Array(1);
const floatWords = new Uint32Array(key_set_float.buffer);
/**
 * A 64-bit hash of a number as a key: 0 and -0 are one key, as are all NaNs (String() says the
 * same). One-to-one on the number's 64 bits (Feistel rounds), so two numbers never collide.
 */
function hashNumber(value, out) {
    // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
    key_set_float[0] = value === 0 ? 0 : value !== value ? Number.NaN : value;
    let a = floatWords[0];
    let b = floatWords[1];
    a ^= (0,rows/* fmix32 */.sT)(b ^ 0x3c6ef372);
    b ^= (0,rows/* fmix32 */.sT)(a ^ 0xa54ff53a);
    a ^= (0,rows/* fmix32 */.sT)(b ^ 0x510e527f);
    b ^= (0,rows/* fmix32 */.sT)(a ^ 0x9b05688c);
    out[0] = b;
    out[1] = a;
}
/**
 * A 64-bit hash of a sequence of 64-bit parts (a primary key's columns), words[start, start +
 * count): the words through murmur3-style lanes, as rows.ts' hashBytes does bytes.
 */
function hashWords(words, start, count, out) {
    let h1 = 0x1b873593;
    let h2 = 0x7f4a7c15;
    for (let index = start; index < start + count; index++) {
        const word = words[index];
        let k1 = Math.imul(word, 0xcc9e2d51);
        k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
        h1 ^= k1;
        h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
        let k2 = Math.imul(word, 0x85ebca77);
        k2 = Math.imul((k2 << 13) | (k2 >>> 19), 0xc2b2ae3d);
        h2 ^= k2;
        h2 = (Math.imul((h2 << 17) | (h2 >>> 15), 5) + 0x52dce729) | 0;
    }
    (0,rows/* finishHash64 */.yk)(h1, h2, count, out);
}

;// CONCATENATED MODULE: ./lib/validate/unique-keys.ts




const PARTITION_BITS = 5;
const PARTITIONS = 1 << PARTITION_BITS;
/**
 * Words a key record, in the partition files here and in a shard's key log (shards.ts): hash
 * high, hash low, row low, row high, little-endian.
 */
const KEY_RECORD_WORDS = 4;
const KEY_RECORD_BYTES = KEY_RECORD_WORDS * 4;
/** Records a partition buffers before writing them out (32 KiB). */
const BUFFERED_RECORDS = 2048;
/** Records read back at a time (1 MiB). */
const READ_RECORDS = 1 << 16;
/** Each level of splitting uses the next PARTITION_BITS of the 64-bit hash. */
const MAX_LEVEL = Math.floor(64 / PARTITION_BITS) - 1;
/** Which partition a hash falls in at a level: bits [5·level, 5·level + 5) of high‖low. */
function partitionOf(high, low, level) {
    const shift = 64 - PARTITION_BITS * (level + 1);
    if (shift >= 32)
        return (high >>> (shift - 32)) & (PARTITIONS - 1);
    if (shift + PARTITION_BITS <= 32)
        return (low >>> shift) & (PARTITIONS - 1);
    // Straddling the two words.
    return ((high << (32 - shift)) | (low >>> shift)) & (PARTITIONS - 1);
}
/** Appends records to a set of partition files, each through a small buffer. */
class PartitionWriter {
    level;
    files;
    descriptors;
    buffers;
    bytes;
    counts;
    records;
    constructor(directory, prefix, level) {
        this.level = level;
        this.files = Array.from({ length: PARTITIONS }, (_, index) => external_node_path_default().join(directory, `${prefix}-${index}`));
        this.descriptors = new Array(PARTITIONS).fill(undefined);
        this.buffers = Array.from({ length: PARTITIONS }, () => new Uint32Array(BUFFERED_RECORDS * KEY_RECORD_WORDS));
        this.bytes = this.buffers.map((buffer) => new Uint8Array(buffer.buffer));
        this.counts = new Int32Array(PARTITIONS);
        this.records = new Float64Array(PARTITIONS);
    }
    add(high, low, rowLow, rowHigh) {
        const partition = partitionOf(high, low, this.level);
        const count = this.counts[partition];
        const buffer = this.buffers[partition];
        const at = count * KEY_RECORD_WORDS;
        buffer[at] = high;
        buffer[at + 1] = low;
        buffer[at + 2] = rowLow;
        buffer[at + 3] = rowHigh;
        this.counts[partition] = count + 1;
        if (count + 1 === BUFFERED_RECORDS)
            this.flush(partition);
    }
    flush(partition) {
        const count = this.counts[partition];
        if (count === 0)
            return;
        let descriptor = this.descriptors[partition];
        if (descriptor === undefined) {
            descriptor = external_node_fs_default().openSync(this.files[partition], "w");
            this.descriptors[partition] = descriptor;
        }
        const bytes = this.bytes[partition];
        const length = count * KEY_RECORD_BYTES;
        let written = 0;
        while (written < length)
            written += external_node_fs_default().writeSync(descriptor, bytes, written, length - written);
        this.records[partition] += count;
        this.counts[partition] = 0;
    }
    /** Writes what is buffered and closes the files; partitions never written have no file. */
    finish() {
        for (let partition = 0; partition < PARTITIONS; partition++)
            this.flush(partition);
        this.close();
    }
    close() {
        for (const [partition, descriptor] of this.descriptors.entries()) {
            if (descriptor === undefined)
                continue;
            this.descriptors[partition] = undefined;
            try {
                external_node_fs_default().closeSync(descriptor);
            }
            catch {
                // Already unusable: the folder is removed anyway.
            }
        }
    }
}
class UniqueKeys {
    /** The keys held in memory: all of them until it is full, then the first ones (frozen). */
    memory;
    tempDir;
    directory;
    writer;
    /** Records written to disk. */
    spilledRecords = 0;
    /** Why keys could not go to disk: uniqueness was then checked among the keys held in memory only. */
    failure;
    constructor(options = {}) {
        this.memory = new KeySet(options.maxKeys, {
            ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
            ...(options.expectedKeys === undefined ? {} : { expectedKeys: options.expectedKeys }),
        });
        this.tempDir = options.tempDir ?? process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir();
    }
    /** Keys (occurrences) that went to disk. */
    get spilled() {
        return this.spilledRecords;
    }
    /**
     * Adds a key (its 64-bit hash) seen at `row`, a positive integer; rows must come in ascending
     * order. Answers the row where the key first appeared when that is known now, else NEW_KEY (a
     * new key, or one that went to disk and is settled by `finish`).
     */
    add(high, low, row) {
        const first = this.memory.addHash(high, low, row);
        if (first !== TABLE_FULL)
            return first;
        if (this.failure === undefined)
            this.spill(high, low, row);
        return NEW_KEY;
    }
    spill(high, low, row) {
        try {
            if (this.writer === undefined) {
                this.directory = external_node_fs_default().mkdtempSync(external_node_path_default().join(this.tempDir, "trainyard-keys-"));
                this.writer = new PartitionWriter(this.directory, "keys", 0);
            }
            this.writer.add(high, low, row % 0x100000000, Math.floor(row / 0x100000000));
            this.spilledRecords++;
        }
        catch (error) {
            this.fail(error);
        }
    }
    fail(error) {
        this.failure = `could not write keys to disk: ${error.message}`;
        this.dispose();
    }
    /**
     * After the last `add`: the duplicates among the keys that went to disk, counted, and the first
     * `examples` of them by row. Frees the memory table (it is reused for the partitions).
     */
    finish(examples) {
        const result = { count: 0, first: [] };
        const writer = this.writer;
        if (writer === undefined || this.failure !== undefined)
            return result;
        try {
            writer.finish();
            const found = [];
            const read = new Uint32Array(READ_RECORDS * KEY_RECORD_WORDS);
            for (let partition = 0; partition < PARTITIONS; partition++) {
                const records = writer.records[partition];
                if (records > 0)
                    this.settle(writer.files[partition], records, 1, examples, read, result, found);
            }
            result.first = found
                .flat()
                .sort((a, b) => a.row - b.row)
                .slice(0, examples);
            return result;
        }
        catch (error) {
            this.fail(error);
            return { count: 0, first: [] };
        }
        finally {
            this.dispose();
        }
    }
    /** Finds the duplicates in one partition file (records in row order), splitting it when too big. */
    settle(file, records, level, examples, read, result, found) {
        const table = this.memory;
        table.reset(records);
        let count = 0;
        const first = [];
        let overflow = false;
        eachKeyRecord(file, (high, low, row) => {
            const seen = table.addHash(high, low, row);
            if (seen === TABLE_FULL) {
                overflow = true;
                return false;
            }
            if (seen !== NEW_KEY) {
                count++;
                if (first.length < examples)
                    first.push({ row, first: seen });
            }
            return true;
        }, read);
        if (!overflow) {
            external_node_fs_default().rmSync(file, { force: true });
            result.count += count;
            found.push(first);
            return;
        }
        // More distinct keys than the table holds: split the file by the next bits of the hash.
        if (level > MAX_LEVEL)
            throw new Error("a partition of keys cannot be split further");
        const writer = new PartitionWriter(external_node_path_default().dirname(file), `${external_node_path_default().basename(file)}.${level}`, level);
        try {
            eachKeyRecord(file, (high, low, row) => {
                writer.add(high, low, row % 0x100000000, Math.floor(row / 0x100000000));
            }, read);
            writer.finish();
        }
        finally {
            writer.close();
        }
        external_node_fs_default().rmSync(file, { force: true });
        for (let partition = 0; partition < PARTITIONS; partition++) {
            const part = writer.records[partition];
            if (part > 0)
                this.settle(writer.files[partition], part, level + 1, examples, read, result, found);
        }
    }
    /** Closes and removes the partition files (safe to call more than once). */
    dispose() {
        this.writer?.close();
        this.writer = undefined;
        if (this.directory !== undefined) {
            try {
                external_node_fs_default().rmSync(this.directory, { recursive: true, force: true });
            }
            catch {
                // Leaves the folder to the OS's temp cleanup.
            }
            this.directory = undefined;
        }
    }
}
/**
 * Reads a file of key records in order, a buffer (`read`, 1 MiB unless given) at a time, until
 * its end or until `onRecord` answers false.
 */
function eachKeyRecord(file, onRecord, read = new Uint32Array(READ_RECORDS * KEY_RECORD_WORDS)) {
    const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
    const descriptor = external_node_fs_default().openSync(file, "r");
    try {
        let position = 0;
        for (;;) {
            let filled = 0;
            while (filled < bytes.length) {
                const got = external_node_fs_default().readSync(descriptor, bytes, filled, bytes.length - filled, position + filled);
                if (got === 0)
                    break;
                filled += got;
            }
            position += filled;
            const words = Math.floor(filled / KEY_RECORD_BYTES) * KEY_RECORD_WORDS;
            for (let at = 0; at < words; at += KEY_RECORD_WORDS) {
                const row = read[at + 2] + read[at + 3] * 0x100000000;
                if (onRecord(read[at], read[at + 1], row) === false)
                    return;
            }
            if (filled < bytes.length)
                return;
        }
    }
    finally {
        external_node_fs_default().closeSync(descriptor);
    }
}

;// CONCATENATED MODULE: ./lib/validate/shards.ts




/**
 * A shard's report carries what the merge of all shards needs to judge the dataset as one run
 * would: the totals behind the table checks (missing cells, category counts, quantile sketches)
 * and, for uniqueness across shards, a log of every key the unique and primary-key checks met.
 *
 * Per-shard reports alone cannot prove a key unique across shards (two shards may each hold the
 * same key once) unless the files partition the key space; the key logs make no such assumption.
 * A log holds 16 bytes a key: the key's 64-bit hash and the row (in the shard's sequence of files)
 * it was met on, little-endian, in row order: unique-keys.ts' key records, read back with its
 * eachKeyRecord.
 */
const shards_BUFFERED_RECORDS = 1 << 14;
/** Appends key records to a file through a buffer; a write that fails is kept as `failure`. */
class KeyLog {
    file;
    buffer = new Uint32Array(shards_BUFFERED_RECORDS * KEY_RECORD_WORDS);
    bytes = new Uint8Array(this.buffer.buffer);
    count = 0;
    descriptor;
    records = 0;
    failure;
    constructor(file) {
        this.file = file;
        try {
            this.descriptor = external_node_fs_default().openSync(file, "w");
        }
        catch (error) {
            this.failure = error.message;
        }
    }
    add(high, low, row) {
        if (this.descriptor === undefined)
            return;
        const at = this.count * KEY_RECORD_WORDS;
        this.buffer[at] = high;
        this.buffer[at + 1] = low;
        this.buffer[at + 2] = row % 0x100000000;
        this.buffer[at + 3] = Math.floor(row / 0x100000000);
        this.count++;
        this.records++;
        if (this.count === shards_BUFFERED_RECORDS)
            this.flush();
    }
    flush() {
        if (this.descriptor === undefined || this.count === 0)
            return;
        try {
            const length = this.count * KEY_RECORD_BYTES;
            let written = 0;
            while (written < length)
                written += external_node_fs_default().writeSync(this.descriptor, this.bytes, written, length - written);
        }
        catch (error) {
            this.failure = error.message;
            this.close();
        }
        this.count = 0;
    }
    /** Writes what is buffered and closes the file. */
    finish() {
        this.flush();
        this.close();
    }
    close() {
        if (this.descriptor === undefined)
            return;
        try {
            external_node_fs_default().closeSync(this.descriptor);
        }
        catch {
            // Nothing more to write to it.
        }
        this.descriptor = undefined;
    }
}
const sketchState = zod/* object */.Ikc({
    k: zod/* int */.Whr(),
    count: zod/* int */.Whr().check(zod/* minimum */.BpO(0)),
    min: zod/* nullable */.mee(zod/* number */.aig()),
    max: zod/* nullable */.mee(zod/* number */.aig()),
    levels: zod/* array */.YOg(zod/* array */.YOg(zod/* number */.aig())),
});
const shardState = zod/* object */.Ikc({
    /** `k/n`, as the shard input gave it. */
    shard: zod/* string */.YjP(),
    /** sha256 of the data contract as parsed: every shard and the merge must use the same one. */
    schemaSha256: zod/* string */.YjP(),
    columns: zod/* record */.g1P(zod/* string */.YjP(), zod/* object */.Ikc({
        missing: zod/* int */.Whr().check(zod/* minimum */.BpO(0)),
        /** [value, rows] pairs, for columns with categoryShares. */
        categories: zod/* optional */.lqM(zod/* array */.YOg(zod/* tuple */.PVZ([zod/* string */.YjP(), zod/* int */.Whr().check(zod/* minimum */.BpO(0))]))),
        sketch: zod/* optional */.lqM(sketchState),
    })),
    keys: zod/* array */.YOg(zod/* object */.Ikc({
        rule: zod/* enum */.k5n(["unique", "primaryKey"]),
        column: zod/* string */.YjP(),
        /** The key log, beside the report (its base name). */
        file: zod/* optional */.lqM(zod/* string */.YjP().check(zod/* regex */.yGV(/^[^/\\]+$/, "a file name beside the report"))),
        records: zod/* int */.Whr().check(zod/* minimum */.BpO(0)),
        /** Why the log is missing or incomplete: the merge then cannot check this key across shards. */
        failure: zod/* optional */.lqM(zod/* string */.YjP()),
    })),
});
/** The digest that ties shard reports to one data contract. */
function schemaDigest(schema) {
    return (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(schema)).digest("hex");
}
/** `k/n` as numbers, or undefined when it is not one. */
function parseShard(text) {
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text.trim());
    const k = Number(match?.[1]);
    const n = Number(match?.[2]);
    return match && n >= 1 && k >= 1 && k <= n ? { k, n } : undefined;
}

// EXTERNAL MODULE: ./lib/data/csv.ts
var csv = __webpack_require__(1259);
// EXTERNAL MODULE: ./lib/stats/quantile-sketch.ts
var quantile_sketch = __webpack_require__(8298);
;// CONCATENATED MODULE: ./lib/validate/table-checks.ts
/** The table-wide rules; a shard leaves them to the merge. */
const TABLE_RULES = new Set([
    "rows",
    "maxMissingShare",
    "categoryShares",
    "quantiles",
]);
/** Whether the schema has any table-wide check at all. */
function hasTableChecks(schema) {
    return (schema.checks.rows !== undefined ||
        schema.fields.some((f) => f.checks.maxMissingShare !== undefined ||
            f.checks.categoryShares !== undefined ||
            f.checks.quantiles !== undefined));
}
/**
 * The violations of the table checks, in the order a report lists them: the row count, then per
 * column its missing share, category shares and quantiles. `where` names the data (a file, or
 * "4 files") in their examples.
 */
function tableCheckViolations(schema, rows, columns, where, maxExamples = 10) {
    const found = [];
    const add = (rule, column, expected, example) => {
        const existing = found.find((v) => v.rule === rule && v.column === column);
        if (existing) {
            existing.count += 1;
            if (existing.examples.length < maxExamples)
                existing.examples.push(example);
        }
        else
            found.push({ rule, column, expected, count: 1, examples: [example] });
    };
    const rowBounds = schema.checks.rows;
    if (rowBounds && outside(rows, rowBounds))
        add("rows", null, describeBounds(rowBounds, "rows"), {
            ...where,
            value: String(rows),
            detail: `${rows} rows`,
        });
    for (const field of schema.fields) {
        const { checks } = field;
        const totals = columns.get(field.name);
        if (totals === undefined)
            continue;
        if (checks.maxMissingShare !== undefined && rows > 0) {
            const share = totals.missing / rows;
            if (share > checks.maxMissingShare)
                found.push({
                    rule: "maxMissingShare",
                    column: field.name,
                    expected: `at most ${percent(checks.maxMissingShare)} missing`,
                    count: totals.missing,
                    examples: [
                        {
                            ...where,
                            value: percent(share),
                            detail: `${totals.missing} of ${rows} rows missing (${percent(share)})`,
                        },
                    ],
                });
        }
        if (checks.categoryShares && totals.categories) {
            let counted = 0;
            for (const count of totals.categories.values())
                counted += count;
            for (const [category, bounds] of Object.entries(checks.categoryShares)) {
                const share = counted === 0 ? 0 : (totals.categories.get(category) ?? 0) / counted;
                if (outside(share, bounds))
                    add("categoryShares", field.name, `${JSON.stringify(category)} ${describeBounds(bounds, "share", percent)}`, { ...where, value: category, detail: `${JSON.stringify(category)} is ${percent(share)} of rows` });
            }
        }
        const sketch = totals.sketch;
        if (checks.quantiles && sketch && sketch.size > 0) {
            for (const [quantile, bounds] of Object.entries(checks.quantiles)) {
                const value = sketch.quantile(Number(quantile));
                if (outside(value, bounds))
                    add("quantiles", field.name, `q${quantile} ${describeBounds(bounds, "value")}`, {
                        ...where,
                        value: String(value),
                        detail: `q${quantile} is ${value} (± ${percent(sketch.rankError)} in rank)`,
                    });
            }
        }
    }
    return found;
}
function outside(value, bounds) {
    return (bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max);
}
function describeBounds(bounds, what, format = String) {
    if (bounds.min !== undefined && bounds.max !== undefined)
        return `${what} between ${format(bounds.min)} and ${format(bounds.max)}`;
    if (bounds.min !== undefined)
        return `${what} ≥ ${format(bounds.min)}`;
    return `${what} ≤ ${format(bounds.max)}`;
}
function percent(share) {
    return `${Number((share * 100).toFixed(2))}%`;
}

;// CONCATENATED MODULE: ./lib/validate/validate.ts










const DEFAULT_UNIQUE_KEY_BYTES = 96 * (1 << 20);
const PHASE_HEADER = 0;
const PHASE_ROWS = 1;
const PHASE_PROBLEMS = 2;
const PHASE_AFTER_SCAN = 3;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const INTEGER_TEXT = /^[+-]?\d+$/;
/** A primary key part for a missing cell, and the mark on the hash of a cell of the wrong type. */
const MISSING_HIGH = 0x6d697373;
const MISSING_LOW = 0x696e6700;
const INVALID_MARK = 0x5bad7e57;
async function validateData(options) {
    const started = Date.now();
    const { schema } = options;
    const maxExamples = options.maxExamples ?? 10;
    const maxCategories = options.maxCategories ?? 10_000;
    const name = options.displayName ?? ((file) => file);
    const slots = new Map();
    const notes = [];
    // Where the scan is: the file, its name in the report, and its rows' offset in the whole sequence.
    let fileIndex = 0;
    let shown = "";
    let offset = 0;
    const slotFor = (rule, column, expected, phase, row, place) => {
        const key = `${rule}\u0000${column ?? ""}`;
        let slot = slots.get(key);
        if (slot === undefined) {
            slot = {
                violation: { rule, column, expected, count: 0, examples: [] },
                at: [phase === PHASE_AFTER_SCAN ? Number.POSITIVE_INFINITY : fileIndex, phase, row, place],
                sequences: [],
            };
            slots.set(key, slot);
        }
        return slot;
    };
    const record = (rule, column, expected, example, phase, row = 0, place = 0) => {
        const { violation } = slotFor(rule, column, expected, phase, row, place);
        violation.count += 1;
        if (violation.examples.length < maxExamples)
            violation.examples.push(example);
    };
    const files = [];
    // Keys remember a row as its place in the whole sequence of files, told back as file and row.
    const fileStarts = [];
    const describeRow = (sequence, currentFile) => {
        const start = [...fileStarts].reverse().find((s) => sequence > s.offset);
        const row = sequence - start.offset;
        return start.file === currentFile ? `row ${row}` : `${start.file} row ${row}`;
    };
    /** A cell's violation: counted, and an example (its text made only then) while they are wanted. */
    const recordCell = (rule, runtime, row, column, place, sameAs = -1) => {
        let slot = runtime.slots[rule];
        if (slot === undefined) {
            slot = slotFor(rule, runtime.field.name, runtime.expected[rule], PHASE_ROWS, row.row, place);
            runtime.slots[rule] = slot;
        }
        const violation = slot.violation;
        violation.count += 1;
        if (violation.examples.length >= maxExamples)
            return;
        const value = column < row.length ? row.text(column) : "";
        violation.examples.push(sameAs < 0
            ? { file: shown, row: row.row, line: row.line, value }
            : {
                file: shown,
                row: row.row,
                line: row.line,
                value,
                detail: `same as ${describeRow(sameAs, shown)}`,
            });
        slot.sequences.push(offset + row.row);
    };
    const keyFields = (0,table_schema/* primaryKeyFields */.JE)(schema);
    const keyCount = keyFields.length;
    // The primary key of each row of the batch: each key field's 64-bit part (set as the fields are
    // checked, one after the other), hashed together once every field is done.
    let keyParts = new Uint32Array(2 * Math.max(keyCount, 1) * 256);
    let keyPartsSet = new Int32Array(256);
    const keyHash = new Uint32Array(2);
    const setKeyPart = (row, index, high, low) => {
        const at = 2 * (row * keyCount + index);
        keyParts[at] = high;
        keyParts[at + 1] = low;
        keyPartsSet[row]++;
    };
    const uniqueFields = schema.fields.filter((field) => field.constraints.unique).length;
    const keyStores = uniqueFields + (keyCount > 0 ? 1 : 0);
    const keyStoreOptions = {
        maxBytes: Math.floor((options.uniqueKeyBytes ?? DEFAULT_UNIQUE_KEY_BYTES) / Math.max(keyStores, 1)),
        // Rows likely to come, from the files' sizes (a row takes 32 bytes or more): the key tables
        // start that large, within their budget, rather than grow to it step by step.
        expectedKeys: keyStores > 0 ? Math.floor(filesBytes(options.files) / 32) : 0,
        ...(options.maxUniqueKeys === undefined ? {} : { maxKeys: options.maxUniqueKeys }),
        ...(options.tempDir === undefined ? {} : { tempDir: options.tempDir }),
    };
    /** The keys of a unique field's cells in the batch: hash halves, and batch row. */
    const pendingKeys = {
        highs: new Uint32Array(256),
        lows: new Uint32Array(256),
        rows: new Int32Array(256),
        count: 0,
        grow() {
            const highs = new Uint32Array(2 * this.highs.length);
            const lows = new Uint32Array(2 * this.lows.length);
            const rows = new Int32Array(2 * this.rows.length);
            highs.set(this.highs);
            lows.set(this.lows);
            rows.set(this.rows);
            Object.assign(this, { highs, lows, rows });
        },
    };
    /**
     * Adds the batch's pending keys to the key set, one after another: their table reads do not
     * depend on each other, and the processor overlaps their waits for memory, where one key a row,
     * far apart, would wait each time. A repeat is told with its batch row and first row.
     */
    const addPendingKeys = (keys, log, row, onRepeat) => {
        const { highs, lows, rows, count } = pendingKeys;
        for (let index = 0; index < count; index++) {
            const at = rows[index];
            row.select(at);
            const first = keys.add(highs[index], lows[index], offset + row.row);
            if (log !== undefined)
                log.add(highs[index], lows[index], offset + row.row);
            if (first >= 0)
                onRepeat(at, first);
        }
    };
    const keyLogs = [];
    const openKeyLog = () => {
        const file = options.shard?.keyFile?.(keyLogs.length);
        if (file === undefined)
            return undefined;
        const log = new KeyLog(file);
        keyLogs.push(log);
        return log;
    };
    const missingValues = schema.missingValues;
    // When no missing value reads as a number, a cell that reads as one is not missing.
    const numbersFirst = missingValues.every((value) => Number.isNaN((0,csv/* parseNumberText */.ke)(value)));
    const compileField = (field, index) => {
        const keyIndex = keyFields.indexOf(field.name);
        const runtime = {
            field,
            index,
            column: -1,
            expected: { required: "a value", unique: "no repeated values" },
            required: field.constraints.required === true || keyIndex >= 0,
            keyIndex,
            missing: 0,
            slots: {},
            cell: () => { },
        };
        const { constraints } = field;
        if (constraints.unique) {
            runtime.uniqueKeys = new UniqueKeys(keyStoreOptions);
            const log = openKeyLog();
            if (log !== undefined)
                runtime.keyLog = log;
        }
        if (field.checks.categoryShares)
            runtime.categories = new Map();
        if (field.checks.quantiles)
            runtime.sketch = new quantile_sketch/* QuantileSketch */.w(400);
        const { uniqueKeys, sketch, categories } = runtime;
        const place = 1 + 2 * index;
        const uniquePlace = place + 1;
        const hash = new Uint32Array(2);
        const fail = (rule, row, column) => recordCell(rule, runtime, row, column, place);
        const failType = (row, column, at) => {
            recordCell("type", runtime, row, column, place);
            if (keyIndex >= 0) {
                (0,rows/* hashText */.qj)(row.text(column), hash);
                setKeyPart(at, keyIndex, (hash[0] ^ INVALID_MARK) >>> 0, hash[1]);
            }
        };
        const missing = (row, column, at) => {
            runtime.missing += 1;
            if (runtime.required)
                recordCell("required", runtime, row, column, place);
            if (keyIndex >= 0)
                setKeyPart(at, keyIndex, MISSING_HIGH, MISSING_LOW);
        };
        /**
         * The key in `hash`, of batch row `at`: kept until the field is done with the batch, then the
         * batch's keys go to the key set together (see addPendingKeys).
         */
        const checkUnique = (_row, _column, at) => {
            const pending = pendingKeys;
            if (pending.count === pending.rows.length)
                pending.grow();
            pending.highs[pending.count] = hash[0];
            pending.lows[pending.count] = hash[1];
            pending.rows[pending.count] = at;
            pending.count++;
        };
        const countCategory = (text) => {
            const map = categories;
            const seen = map.get(text);
            if (seen !== undefined)
                map.set(text, seen + 1);
            else if (map.size < maxCategories)
                map.set(text, 1);
        };
        const temporal = field.type === "date" || field.type === "datetime";
        const bound = (value) => value === undefined
            ? undefined
            : temporal
                ? (0,table_schema/* parseIsoTemporal */.PA)(field.type, String(value))
                : Number(value);
        const minimumBound = "minimum" in constraints ? bound(constraints.minimum) : undefined;
        const maximumBound = "maximum" in constraints ? bound(constraints.maximum) : undefined;
        if (minimumBound !== undefined)
            runtime.expected.minimum = `≥ ${String(constraints.minimum)}`;
        if (maximumBound !== undefined)
            runtime.expected.maximum = `≤ ${String(constraints.maximum)}`;
        // Absent bounds compare false with every value, NaN included.
        const minimum = minimumBound ?? Number.NEGATIVE_INFINITY;
        const maximum = maximumBound ?? Number.POSITIVE_INFINITY;
        const enumValues = constraints.enum;
        if (enumValues !== undefined) {
            const shown = enumValues.map((v) => JSON.stringify(v));
            runtime.expected.enum = `one of ${shown.length > 8 ? `${shown.slice(0, 8).join(", ")}, … (${shown.length})` : shown.join(", ")}`;
        }
        /** A value that is a number (integer, number, year, or a date's milliseconds). */
        const enumNumbers = enumValues && field.type !== "string" && field.type !== "boolean"
            ? new Set(enumValues.map((v) => (temporal ? bound(v) : v)))
            : undefined;
        const boundsOnly = enumNumbers === undefined && uniqueKeys === undefined && !sketch && !categories && keyIndex < 0;
        const acceptNumber = (value, row, column, at) => {
            if (value < minimum)
                fail("minimum", row, column);
            if (value > maximum)
                fail("maximum", row, column);
            if (enumNumbers !== undefined && !enumNumbers.has(value))
                fail("enum", row, column);
            if (uniqueKeys !== undefined) {
                hashNumber(value, hash);
                checkUnique(row, column, at);
            }
            if (sketch !== undefined)
                sketch.add(value);
            if (categories !== undefined)
                countCategory(row.text(column));
            if (keyIndex >= 0) {
                hashNumber(value, hash);
                setKeyPart(at, keyIndex, hash[0], hash[1]);
            }
        };
        /**
         * A number field with only bounds to check: the batch's numbers as the reader reads them a
         * column at a time (RowView.numbers) where it can, the cells it cannot vouch for (and every
         * cell of a reader without it) one by one.
         */
        const bounded = (row, column, count, integers, cell) => {
            const typed = row.numbers(column, integers);
            if (typed === undefined) {
                for (let at = 0; at < count; at++) {
                    row.select(at);
                    cell(row, column, at);
                }
                return;
            }
            const { numbers, present } = typed;
            for (let at = 0; at < count; at++) {
                if (present[at] === 1) {
                    const value = numbers[at];
                    if (value < minimum || value > maximum) {
                        row.select(at);
                        if (value < minimum)
                            fail("minimum", row, column);
                        if (value > maximum)
                            fail("maximum", row, column);
                    }
                }
                else {
                    row.select(at);
                    cell(row, column, at);
                }
            }
        };
        /**
         * A field whose cells parse to a number (or fail to): `parse` gives the number of a cell that
         * is not missing, or undefined when it is not of the field's type.
         */
        const numeric = (parse) => (row, column, count) => {
            for (let at = 0; at < count; at++) {
                row.select(at);
                if (column >= row.length || row.isMissing(column))
                    missing(row, column, at);
                else {
                    const value = parse(row, column);
                    if (value === undefined)
                        failType(row, column, at);
                    else
                        acceptNumber(value, row, column, at);
                }
            }
        };
        // Each loop below is a closure of its own, so the JIT sees one field's kind of work in it; the
        // common case (a number, only bounds to check) has no call left in it but the reader's.
        switch (field.type) {
            case "integer":
            case "year": {
                const bare = field.type === "year" || field.bareNumber;
                const group = field.type === "integer" ? field.groupChar : undefined;
                runtime.expected.type = field.type === "year" ? "a year (an integer)" : "an integer";
                if (!bare || group !== undefined)
                    runtime.cell = numeric((row, column) => {
                        const cleaned = cleanNumberText(row.text(column), ".", group, bare);
                        return cleaned !== undefined && INTEGER_TEXT.test(cleaned) ? Number(cleaned) : undefined;
                    });
                else if (numbersFirst && boundsOnly) {
                    /** One cell, the batch's row `at` selected. */
                    const cell = (row, column, at) => {
                        // No missing value reads as a number: a valid cell takes one call, not two.
                        const value = row.integer(column);
                        // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
                        if (value === value) {
                            if (value < minimum)
                                fail("minimum", row, column);
                            if (value > maximum)
                                fail("maximum", row, column);
                        }
                        else if (column >= row.length || row.isMissing(column))
                            missing(row, column, at);
                        else
                            failType(row, column, at);
                    };
                    runtime.cell = (row, column, count) => bounded(row, column, count, true, cell);
                }
                else
                    runtime.cell = numeric((row, column) => {
                        const value = row.integer(column);
                        // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
                        return value === value ? value : undefined;
                    });
                break;
            }
            case "number": {
                const simple = field.bareNumber && field.decimalChar === "." && field.groupChar === undefined;
                runtime.expected.type = "a number";
                if (!simple)
                    runtime.cell = numeric((row, column) => {
                        const text = row.text(column);
                        const value = numberFrom(cleanNumberText(text, field.decimalChar, field.groupChar, field.bareNumber));
                        return Number.isNaN(value) && text !== "NaN" ? undefined : value;
                    });
                else if (numbersFirst && boundsOnly) {
                    /** One cell, the batch's row `at` selected. */
                    const cell = (row, column, at) => {
                        // No missing value reads as a number: a valid cell takes one call, not two.
                        const value = row.number(column);
                        // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
                        if (value === value) {
                            if (value < minimum)
                                fail("minimum", row, column);
                            if (value > maximum)
                                fail("maximum", row, column);
                        }
                        else if (column >= row.length || row.isMissing(column))
                            missing(row, column, at);
                        else if (row.text(column) === "NaN")
                            acceptNumber(value, row, column, at);
                        else
                            failType(row, column, at);
                    };
                    runtime.cell = (row, column, count) => bounded(row, column, count, false, cell);
                }
                else
                    runtime.cell = numeric((row, column) => {
                        const value = row.number(column);
                        // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
                        return value === value || row.text(column) === "NaN" ? value : undefined;
                    });
                break;
            }
            case "boolean": {
                const truthy = new rows/* TextSet */.Wl(field.trueValues);
                const falsy = new rows/* TextSet */.Wl(field.falseValues);
                const allowed = enumValues ? new Set(enumValues) : undefined;
                runtime.expected.type = `a boolean (${[...field.trueValues, ...field.falseValues].map((v) => JSON.stringify(v)).join(", ")})`;
                runtime.cell = (row, column, count) => {
                    for (let at = 0; at < count; at++) {
                        row.select(at);
                        if (column >= row.length || row.isMissing(column)) {
                            missing(row, column, at);
                            continue;
                        }
                        const value = row.indexIn(column, truthy) >= 0 ? true : row.indexIn(column, falsy) >= 0 ? false : undefined;
                        if (value === undefined) {
                            failType(row, column, at);
                            continue;
                        }
                        if (allowed !== undefined && !allowed.has(value))
                            fail("enum", row, column);
                        if (uniqueKeys !== undefined) {
                            hashNumber(value ? 1 : 0, hash);
                            checkUnique(row, column, at);
                        }
                        if (categories !== undefined)
                            countCategory(row.text(column));
                        if (keyIndex >= 0) {
                            hashNumber(value ? 1 : 0, hash);
                            setKeyPart(at, keyIndex, hash[0], hash[1]);
                        }
                    }
                };
                break;
            }
            case "date":
            case "datetime": {
                const parse = (0,table_schema/* createTemporalParser */.qY)(field.type, field.format);
                runtime.expected.type = `a ${field.type}${field.format === "default" ? " (ISO 8601)" : field.format === "any" ? "" : ` as ${field.format}`}`;
                runtime.cell = numeric((row, column) => parse(row.text(column)));
                break;
            }
            case "string": {
                const format = field.format === "email"
                    ? EMAIL
                    : field.format === "uri"
                        ? URI
                        : field.format === "uuid"
                            ? UUID
                            : undefined;
                runtime.expected.type = format
                    ? `a ${field.format === "email" ? "e-mail address" : field.format === "uri" ? "URI" : "UUID"}`
                    : "text";
                const { minLength: least, maxLength: most, pattern: source } = field.constraints;
                if (least !== undefined)
                    runtime.expected.minLength = `at least ${least} characters`;
                if (most !== undefined)
                    runtime.expected.maxLength = `at most ${most} characters`;
                const pattern = source === undefined ? undefined : (0,table_schema/* compileFieldPattern */._Y)(source);
                if (source !== undefined)
                    runtime.expected.pattern = `matching /${source}/`;
                const allowed = enumValues === undefined ? undefined : new rows/* TextSet */.Wl(enumValues);
                const needsText = format !== undefined || least !== undefined || most !== undefined || pattern !== undefined;
                const enumOnly = allowed !== undefined && !needsText && uniqueKeys === undefined && !categories && keyIndex < 0;
                if (enumOnly) {
                    // Only the enum to check: the batch's cells looked up a column at a time where the
                    // reader can (RowView.lookup), the others one by one.
                    const cell = (row, column, at) => {
                        if (column >= row.length || row.isMissing(column))
                            missing(row, column, at);
                        else if (row.indexIn(column, allowed) < 0)
                            fail("enum", row, column);
                    };
                    runtime.cell = (row, column, count) => {
                        const found = row.lookup(column, allowed);
                        for (let at = 0; at < count; at++) {
                            const index = found === undefined ? -2 : found[at];
                            if (index >= 0)
                                continue;
                            row.select(at);
                            if (index === -1)
                                fail("enum", row, column);
                            else
                                cell(row, column, at);
                        }
                    };
                    break;
                }
                runtime.cell = (row, column, count) => {
                    for (let at = 0; at < count; at++) {
                        row.select(at);
                        if (column >= row.length || row.isMissing(column)) {
                            missing(row, column, at);
                            continue;
                        }
                        if (needsText) {
                            const text = row.text(column);
                            if (format !== undefined && !format.test(text)) {
                                failType(row, column, at);
                                continue;
                            }
                            if (least !== undefined && characters(text) < least)
                                fail("minLength", row, column);
                            if (most !== undefined && characters(text) > most)
                                fail("maxLength", row, column);
                            if (pattern !== undefined && !pattern.test(text))
                                fail("pattern", row, column);
                        }
                        if (allowed !== undefined && row.indexIn(column, allowed) < 0)
                            fail("enum", row, column);
                        if (uniqueKeys !== undefined) {
                            row.hash(column, hash);
                            checkUnique(row, column, at);
                        }
                        if (categories !== undefined)
                            countCategory(row.text(column));
                        if (keyIndex >= 0) {
                            row.hash(column, hash);
                            setKeyPart(at, keyIndex, hash[0], hash[1]);
                        }
                    }
                };
                break;
            }
        }
        if (uniqueKeys !== undefined) {
            const check = runtime.cell;
            runtime.cell = (row, column, count) => {
                pendingKeys.count = 0;
                check(row, column, count);
                addPendingKeys(uniqueKeys, runtime.keyLog, row, (at, first) => {
                    row.select(at);
                    recordCell("unique", runtime, row, column, uniquePlace, first);
                });
            };
        }
        return runtime;
    };
    const runtimes = schema.fields.map((field, index) => compileField(field, index));
    const keyRuntimes = keyFields.map((k) => runtimes.find((r) => r.field.name === k));
    const primaryKeys = keyCount > 0 ? new UniqueKeys(keyStoreOptions) : undefined;
    const primaryKeyLog = primaryKeys === undefined ? undefined : openKeyLog();
    const primaryKeyPlace = 1 + 2 * runtimes.length;
    const primaryKeyName = keyFields.join(", ");
    const keyValue = (row, columns) => keyRuntimes
        .map((r) => {
        const column = columns(r);
        return column >= 0 && column < row.length ? row.text(column) : "";
    })
        .join(", ");
    const defaults = new rows/* RowViewWithDefaults */._W();
    let totalRows = 0;
    let totalBytes = 0;
    try {
        for (const [index, file] of options.files.entries()) {
            fileIndex = index;
            shown = name(file);
            offset = totalRows;
            fileStarts.push({ file: shown, offset });
            let expectedCells = 0;
            // The fields whose column this file has: their checks, and their columns.
            let cells = [];
            let cellColumns = new Int32Array(0);
            const onColumns = (columns) => {
                expectedCells = columns.length;
                for (const runtime of runtimes)
                    runtime.column = columns.indexOf(runtime.field.name);
                const present = runtimes.filter((runtime) => runtime.column >= 0);
                cells = present.map((runtime) => runtime.cell);
                cellColumns = Int32Array.from(present, (runtime) => runtime.column);
                for (const runtime of runtimes)
                    if (runtime.column < 0)
                        record("columns", runtime.field.name, `a column named "${runtime.field.name}"`, {
                            file: shown,
                            row: 0,
                            line: 1,
                            value: "",
                            detail: `the header has no column "${runtime.field.name}"`,
                        }, PHASE_HEADER);
                const known = new Set(schema.fields.map((f) => f.name));
                for (const column of columns)
                    if (!known.has(column))
                        record("columns", null, "only the schema's columns", {
                            file: shown,
                            row: 0,
                            line: 1,
                            value: column,
                            detail: `column "${column}" is not in the schema`,
                        }, PHASE_HEADER);
            };
            const onBatch = (view, count) => {
                for (let at = 0; at < count; at++) {
                    view.select(at);
                    const length = view.length;
                    if (length !== expectedCells)
                        record("columns", null, `${expectedCells} cells a row`, {
                            file: shown,
                            row: view.row,
                            line: view.line,
                            value: String(length),
                            detail: `${length} cells, the header has ${expectedCells}`,
                        }, PHASE_ROWS, view.row, 0);
                }
                if (primaryKeys !== undefined) {
                    if (keyPartsSet.length < count) {
                        keyPartsSet = new Int32Array(count);
                        keyParts = new Uint32Array(2 * keyCount * count);
                    }
                    keyPartsSet.fill(0, 0, count);
                }
                // Field after field, each over the whole batch: violations are put back in row order at the end.
                for (let at = 0; at < cells.length; at++)
                    cells[at](view, cellColumns[at], count);
                if (primaryKeys !== undefined)
                    for (let at = 0; at < count; at++) {
                        if (keyPartsSet[at] !== keyCount)
                            continue;
                        hashWords(keyParts, 2 * keyCount * at, 2 * keyCount, keyHash);
                        view.select(at);
                        const first = primaryKeys.add(keyHash[0], keyHash[1], offset + view.row);
                        if (primaryKeyLog !== undefined)
                            primaryKeyLog.add(keyHash[0], keyHash[1], offset + view.row);
                        if (first >= 0)
                            recordPrimaryKey(view, first);
                    }
            };
            let lastRow;
            let view = defaults;
            const onRow = (row) => {
                if (row !== lastRow) {
                    lastRow = row;
                    view = (0,rows/* completeRowView */.hj)(row, defaults);
                }
                onBatch(view, 1);
            };
            const recordPrimaryKey = (row, first) => {
                const slot = slotFor("primaryKey", primaryKeyName, "a key no other row has", PHASE_ROWS, row.row, primaryKeyPlace);
                slot.violation.count += 1;
                if (slot.violation.examples.length >= maxExamples)
                    return;
                slot.violation.examples.push({
                    file: shown,
                    row: row.row,
                    line: row.line,
                    value: keyValue(row, (r) => r.column),
                    detail: `same key as ${describeRow(first, shown)}`,
                });
                slot.sequences.push(offset + row.row);
            };
            const result = await options.reader(file, {
                missingValues,
                columns: schema.fields.map((f) => f.name),
                onBatch,
                ...(options.onProgress
                    ? {
                        onProgress: (p) => options.onProgress?.({ ...p, file: shown, fileIndex: index, files: options.files.length }),
                    }
                    : {}),
            }, onRow, onColumns);
            for (const problem of result.problems)
                record("columns", null, "well-formed rows", {
                    file: shown,
                    row: problem.row,
                    line: problem.line,
                    value: "",
                    detail: problem.message,
                }, PHASE_PROBLEMS);
            files.push({ file: shown, rows: result.rows, bytes: result.bytes });
            totalRows += result.rows;
            totalBytes += result.bytes;
        }
        // Keys that went to disk: their duplicates, put back among those found during the scan.
        const positionOf = (sequence, place) => {
            let index = fileStarts.length - 1;
            while (index > 0 && sequence <= fileStarts[index].offset)
                index--;
            return [index, PHASE_ROWS, sequence - fileStarts[index].offset, place];
        };
        const needs = new Map();
        const settle = (store, rule, column, expected, place, fill, detail) => {
            const spilled = store.finish(Math.max(maxExamples, 1));
            const earliest = spilled.first[0];
            if (spilled.count === 0 || earliest === undefined)
                return;
            const key = `${rule}\u0000${column}`;
            const at = positionOf(earliest.row, place);
            let slot = slots.get(key);
            if (slot === undefined) {
                slot = { violation: { rule, column, expected, count: 0, examples: [] }, at, sequences: [] };
                slots.set(key, slot);
            }
            else if (comparePositions(at, slot.at) < 0)
                slot.at = at;
            slot.violation.count += spilled.count;
            const fromScan = slot.violation.examples.map((example, i) => ({
                sequence: slot.sequences[i],
                example,
            }));
            const fromDisk = spilled.first.map((duplicate) => {
                const where = positionOf(duplicate.row, place);
                const file = fileStarts[where[0]].file;
                const example = {
                    file,
                    row: where[2],
                    line: 0,
                    value: "",
                    detail: detail(duplicate.first, file),
                };
                return { sequence: duplicate.row, example, filler: fill(example) };
            });
            const merged = [...fromScan, ...fromDisk].sort((a, b) => a.sequence - b.sequence).slice(0, maxExamples);
            slot.violation.examples = merged.map((m) => m.example);
            slot.sequences = merged.map((m) => m.sequence);
            for (const m of merged) {
                if (m.filler === undefined)
                    continue;
                const list = needs.get(m.sequence) ?? [];
                list.push(m.filler);
                needs.set(m.sequence, list);
            }
        };
        for (const runtime of runtimes) {
            if (!runtime.uniqueKeys)
                continue;
            const index = runtime.index;
            settle(runtime.uniqueKeys, "unique", runtime.field.name, "no repeated values", 2 + 2 * index, (example) => (row, columns) => {
                const column = columns[index];
                example.line = row.line;
                example.value = column >= 0 && column < row.length ? row.text(column) : "";
            }, (first, file) => `same as ${describeRow(first, file)}`);
        }
        if (primaryKeys)
            settle(primaryKeys, "primaryKey", primaryKeyName, "a key no other row has", primaryKeyPlace, (example) => (row, columns) => {
                example.line = row.line;
                example.value = keyValue(row, (r) => columns[r.index]);
            }, (first, file) => `same key as ${describeRow(first, file)}`);
        // Their examples' lines and values: read again, only the files and rows that hold them.
        if (needs.size > 0) {
            const wanted = [...needs.keys()].sort((a, b) => a - b);
            for (const [index, file] of options.files.entries()) {
                const start = fileStarts[index].offset;
                const end = index + 1 < fileStarts.length ? fileStarts[index + 1].offset : totalRows;
                const inFile = wanted.filter((sequence) => sequence > start && sequence <= end);
                if (inFile.length === 0)
                    continue;
                let columns = runtimes.map(() => -1);
                await options.reader(file, {
                    missingValues,
                    columns: schema.fields.map((f) => f.name),
                    maxRows: inFile.at(-1) - start,
                }, (row) => {
                    const fillers = needs.get(start + row.row);
                    if (fillers === undefined)
                        return;
                    const complete = (0,rows/* completeRowView */.hj)(row);
                    for (const fill of fillers)
                        fill(complete, columns);
                }, (names) => {
                    columns = runtimes.map((runtime) => names.indexOf(runtime.field.name));
                });
            }
        }
    }
    finally {
        for (const runtime of runtimes)
            runtime.uniqueKeys?.dispose();
        primaryKeys?.dispose();
        for (const log of keyLogs)
            log.finish();
    }
    for (const runtime of runtimes) {
        const failure = runtime.uniqueKeys?.failure;
        if (failure !== undefined)
            notes.push(`uniqueness of "${runtime.field.name}" was checked among the first ${runtime.uniqueKeys?.memory.size} distinct values only (${failure})`);
    }
    if (primaryKeys?.failure !== undefined)
        notes.push(`primary key uniqueness was checked among the first ${primaryKeys.memory.size} keys only (${primaryKeys.failure})`);
    const totals = new Map(runtimes.map((r) => [
        r.field.name,
        {
            missing: r.missing,
            ...(r.categories ? { categories: r.categories } : {}),
            ...(r.sketch ? { sketch: r.sketch } : {}),
        },
    ]));
    let shard;
    if (options.shard) {
        if (hasTableChecks(schema))
            notes.push(`the table checks (row count, missing shares, category shares, quantiles) are left to the merge of all shards: this is shard ${options.shard.name}`);
        shard = shardStateOf(options.shard.name, schema, totals, [
            ...runtimes
                .filter((r) => r.uniqueKeys)
                .map((r) => ({ rule: "unique", column: r.field.name, log: r.keyLog })),
            ...(primaryKeys ? [{ rule: "primaryKey", column: primaryKeyName, log: primaryKeyLog }] : []),
        ]);
    }
    else {
        const where = {
            file: files.length === 1 ? files[0].file : `${files.length} files`,
            row: 0,
            line: 0,
        };
        for (const violation of tableCheckViolations(schema, totalRows, totals, where, maxExamples))
            Object.assign(slotFor(violation.rule, violation.column, violation.expected, PHASE_AFTER_SCAN, 0, 0), {
                violation,
            });
    }
    const list = [...slots.values()].sort((a, b) => comparePositions(a.at, b.at)).map((slot) => slot.violation);
    return {
        valid: list.length === 0,
        rows: totalRows,
        bytes: totalBytes,
        files,
        violations: list,
        notes: [...new Set(notes)],
        durationMs: Date.now() - started,
        ...(shard ? { shard } : {}),
    };
}
function shardStateOf(name, schema, totals, keys) {
    const columns = {};
    for (const [column, total] of totals)
        columns[column] = {
            missing: total.missing,
            ...(total.categories ? { categories: [...total.categories] } : {}),
            ...(total.sketch ? { sketch: total.sketch.toJSON() } : {}),
        };
    return {
        shard: name,
        schemaSha256: schemaDigest(schema),
        columns,
        keys: keys.map(({ rule, column, log }) => ({
            rule,
            column,
            records: log?.records ?? 0,
            ...(log === undefined
                ? { failure: "no key log was asked for" }
                : log.failure === undefined
                    ? { file: external_node_path_default().basename(log.file) }
                    : { failure: `could not write the key log: ${log.failure}` }),
        })),
    };
}
/** The files' sizes together (0 for one that cannot be read: its reader will say why). */
function filesBytes(files) {
    let total = 0;
    for (const file of files) {
        try {
            total += external_node_fs_default().statSync(file).size;
        }
        catch {
            // Unreadable here: the reader reports it.
        }
    }
    return total;
}
function comparePositions(a, b) {
    for (let index = 0; index < 4; index++) {
        const difference = a[index] - b[index];
        if (difference !== 0 && !Number.isNaN(difference))
            return difference;
    }
    return 0;
}
/** Number text in the field's notation to JavaScript's: decimal char to ".", group chars and (when not bare) text around removed. */
function cleanNumberText(text, decimalChar, groupChar, bare) {
    let cleaned = text.trim();
    if (groupChar !== undefined)
        cleaned = cleaned.split(groupChar).join("");
    if (decimalChar !== ".")
        cleaned = cleaned.split(decimalChar).join(".");
    if (!bare) {
        const match = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(cleaned);
        if (!match)
            return undefined;
        cleaned = match[0];
    }
    return cleaned;
}
function numberFrom(text) {
    if (text === undefined || text === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?INF$/.test(text))
        return Number.NaN;
    return text.endsWith("INF") ? (text.startsWith("-") ? -Infinity : Infinity) : Number(text);
}
function characters(text) {
    // String length counts UTF-16 units; a field's length is in characters (code points).
    let count = text.length;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff)
            count -= 1;
    }
    return count;
}

;// CONCATENATED MODULE: ./lib/validate/run.ts








async function runValidation(request) {
    const schema = await (0,load/* loadTableSchema */.yE)(external_node_path_default().resolve(request.cwd, request.schemaFile));
    const schemaChanges = request.baseSchema
        ? diffSchemas((0,load/* parseTableSchema */.hF)(request.baseSchema.text, request.baseSchema.file), schema)
        : undefined;
    const all = await (0,sources/* expandSources */.n$)(request.data, request.cwd);
    const files = (request.shard ? pickShard(all, request.shard) : all).map((file) => external_node_path_default().resolve(request.cwd, file));
    const started = Date.now();
    const reportPath = request.shardReportPath;
    const report = await validateData({
        schema,
        files,
        reader: sources/* readData */.v3,
        displayName: (file) => external_node_path_default().relative(request.cwd, file) || file,
        ...(request.shard
            ? {
                shard: {
                    name: request.shard.trim(),
                    ...(reportPath ? { keyFile: (store) => keyLogPath(reportPath, store) } : {}),
                },
            }
            : {}),
        ...(request.onProgress ? { onProgress: (p) => request.onProgress?.(progressLine(p, started)) } : {}),
    });
    return { report, schema, ...(schemaChanges ? { schemaChanges } : {}) };
}
/** Files `k`, `k+n`, `k+2n`… (1-based k) of the sorted list, so n runners split the work evenly. */
function pickShard(files, shard) {
    const position = parseShard(shard);
    if (position === undefined)
        throw new errors/* DataError */.fL(`shard must be k/n with 1 ≤ k ≤ n, got "${shard}"`);
    return files.filter((_, index) => index % position.n === position.k - 1);
}
/** A shard's key log for store `store`, beside its report: `shard-2.json` → `shard-2.keys-0.bin`. */
function keyLogPath(reportPath, store) {
    const base = external_node_path_default().basename(reportPath).replace(/\.json$/i, "");
    return external_node_path_default().join(external_node_path_default().dirname(reportPath), `${base}.keys-${store}.bin`);
}
function progressLine(p, started) {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const share = p.bytesTotal > 0
        ? ` ${Math.round((100 * p.bytesRead) / p.bytesTotal)}% of ${(p.bytesTotal / 1e6).toFixed(0)} MB,`
        : "";
    const which = p.files > 1 ? ` (file ${p.fileIndex + 1} of ${p.files})` : "";
    return `validating ${p.file}${which}:${share} ${(0,format/* thousands */.o)(p.rows)} rows, ${(0,format/* thousands */.o)(Math.round(p.rows / seconds))} rows/s`;
}

;// CONCATENATED MODULE: ./cli/validate-command.ts





const HELP = `Usage: trainyard validate <data file|dir|glob>... --schema <schema file> [--json]

Checks data (CSV, TSV, JSON Lines, Parquet; .gz read as is) against a data contract: a
Frictionless Table Schema in YAML or JSON, with Trainyard's table checks.

Options:
  --schema <file>   The data contract (required)
  --shard <k/n>     Validate only the k-th of n slices of the file list
  --json            Print one JSON report: { valid, rows, violations: [{ rule, column, count, examples }] }
  -h, --help        Show this help

Exit status: 0 the data meets the contract, 1 it does not, 2 a usage or schema error.`;
async function runValidateCommand(argv) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            schema: { type: "string" },
            shard: { type: "string" },
            json: { type: "boolean", default: false },
            help: { type: "boolean", short: "h", default: false },
        },
    });
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    if (!values.schema)
        throw new errors/* ConfigError */.xL("--schema <file> is required");
    if (positionals.length === 0)
        throw new errors/* ConfigError */.xL("name at least one data file, directory or glob");
    const interactive = !values.json && process.stderr.isTTY;
    const { report } = await runValidation({
        data: positionals,
        schemaFile: values.schema,
        cwd: process.cwd(),
        ...(values.shard ? { shard: values.shard } : {}),
        ...(interactive ? { onProgress: (line) => process.stderr.write(`\r${line}\u001b[K`) } : {}),
    });
    if (interactive)
        process.stderr.write("\r\u001b[K");
    if (values.json) {
        const violations = report.violations.map((v) => ({
            rule: v.rule,
            column: v.column,
            count: v.count,
            expected: v.expected,
            examples: v.examples.map((e) => ({
                file: e.file,
                row: e.row,
                line: e.line,
                value: e.value,
                ...(e.detail ? { detail: e.detail } : {}),
            })),
        }));
        console.log(JSON.stringify({ valid: report.valid, rows: report.rows, violations, notes: report.notes }, null, 2));
    }
    else {
        const errors = report.violations.reduce((sum, v) => sum + v.count, 0);
        console.log(report.valid
            ? `✓ ${(0,format/* thousands */.o)(report.rows)} rows meet ${values.schema}`
            : `✗ ${(0,format/* thousands */.o)(report.rows)} rows, ${(0,format/* thousands */.o)(errors)} violations of ${report.violations.length} rules in ${values.schema}`);
        for (const v of report.violations) {
            console.log(`  ${v.rule}${v.column === null ? "" : ` ${v.column}`}: ${(0,format/* thousands */.o)(v.count)} (expected ${v.expected})`);
            for (const example of v.examples.slice(0, 3))
                console.log(`    ${describeExample(v, example)}`);
        }
        for (const note of report.notes)
            console.log(`  note: ${note}`);
    }
    return report.valid ? 0 : 1;
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
