export const id = 819;
export const ids = [819];
export const modules = {

/***/ 4819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4447);
/* harmony import */ var hyparquet_src_column_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6167);
/* harmony import */ var hyparquet_src_convert_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9234);
/* harmony import */ var hyparquet_src_datapage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3969);
/* harmony import */ var hyparquet_src_plain_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4809);
/* harmony import */ var hyparquet_src_schema_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8286);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8115);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(783);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6926);
/**
 * The Parquet reader, on hyparquet (pure JavaScript): the footer first, then one row group at a
 * time. A flat column (the usual kind: no lists or structs) is decoded one page at a time, into
 * batches of rows: numbers into typed arrays (no number is boxed, no string made for it),
 * dictionary-encoded values looked up in their dictionary, which is never expanded. So memory holds
 * the row group's compressed bytes, one decoded page a column and one batch, never the file. Nested
 * columns go through hyparquet's own assembly, a row group at a time.
 *
 * Values as the RowView shows them: numbers as numbers; INT64 (bigint) as a number when it is a
 * safe integer, else number() is the nearest double and text() keeps every digit; DATE as
 * `YYYY-MM-DD`, timestamps as ISO 8601 in UTC; booleans as `true`/`false`; binary as base64; lists
 * and structs as JSON. Null is missing, and so is a string equal to one of the missing values.
 * Parquet has no lines: `line` is the row number.
 */












const MILLISECONDS_PER_DAY = 86_400_000;
/** Rows handed on at a time: a batch of each column is decoded, then its rows are read. */
const BATCH_ROWS = 4096;
/** Dates stay calendar dates: without this hyparquet would give a Date at UTC midnight. */
const parsers = {
    dateFromDays: (days) => new Date(days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10),
};
/** How a batch holds a column's values (see ColumnBatch). */
const NUMBERS = 0;
const ASCII_BYTES = 1;
const INDEXED = 2;
const VALUES = 3;
const UNSET = -1;
/**
 * One column's values for the rows of the current batch, in one of four forms: NUMBERS (a
 * Float64Array, with `present` telling nulls apart), ASCII_BYTES (strings whose bytes are all
 * ASCII, kept as bytes: text is made only when asked for), INDEXED (indices into the column's
 * dictionary) or VALUES (anything, null for null). A batch whose rows come in different forms
 * (a page of another encoding, an INT64 past 2^53) turns into VALUES.
 */
class ColumnBatch {
    kind = UNSET;
    /** Rows set so far. */
    filled = 0;
    present = new Uint8Array(BATCH_ROWS);
    numbers = new Float64Array(BATCH_ROWS);
    /** NUMBERS: every number present is an integer below 1e21 (its text is digits). */
    integral = true;
    /** ASCII_BYTES: the text's bytes, the batch's own or (borrowed) its page's. */
    bytes;
    ownBytes = Buffer.allocUnsafe(1 << 16);
    bytesUsed = 0;
    starts = new Int32Array(BATCH_ROWS);
    ends = new Int32Array(BATCH_ROWS);
    indices = new Int32Array(BATCH_ROWS);
    dictionary = [];
    /** INDEXED: each dictionary entry's index in a TextSet (-2: not looked up yet), per set. */
    lookups = new Map();
    lastSet;
    lastLookup;
    values = [];
    /** INDEXED: each dictionary entry's answer to RowView.lookup (-3: not looked up yet), per set. */
    foundTables = new Map();
    /** INDEXED: each dictionary entry's number() or integer(), and whether RowView.numbers vouches for it. */
    entryColumns = [];
    constructor() {
        this.bytes = this.ownBytes;
    }
    /** INDEXED: each dictionary entry's number() or integer() and whether it is vouched for, made once. */
    entryColumn(integers, read, isMissing) {
        const slot = integers ? 1 : 0;
        let column = this.entryColumns[slot];
        if (column === undefined) {
            const dictionary = this.dictionary;
            column = { values: new Float64Array(dictionary.length), vouched: new Uint8Array(dictionary.length) };
            for (let entry = 0; entry < dictionary.length; entry++) {
                const value = dictionary[entry];
                const number = read(value);
                column.values[entry] = number;
                column.vouched[entry] = Number.isNaN(number) || isMissing(value) ? 0 : 1;
            }
            this.entryColumns[slot] = column;
        }
        return column;
    }
    /** INDEXED: each dictionary entry's answer to RowView.lookup, filled in as entries are met. */
    foundTable(set) {
        let table = this.foundTables.get(set);
        if (table === undefined) {
            table = new Int32Array(this.dictionary.length).fill(-3);
            this.foundTables.set(set, table);
        }
        return table;
    }
    /** INDEXED: each dictionary entry's number() (read once, when first asked for). */
    entryNumbers = new Float64Array(0);
    entryNumbersRead = new Uint8Array(0);
    /** number() of an INDEXED row that is present: parsed once per dictionary entry. */
    numberAt(row, parse) {
        const entry = this.indices[row];
        if (this.entryNumbersRead[entry] !== 1) {
            if (this.entryNumbers.length < this.dictionary.length) {
                this.entryNumbers = new Float64Array(this.dictionary.length);
                this.entryNumbersRead = new Uint8Array(this.dictionary.length);
            }
            this.entryNumbers[entry] = parse(this.dictionary[entry]);
            this.entryNumbersRead[entry] = 1;
        }
        return this.entryNumbers[entry];
    }
    /** indexIn for an INDEXED row: looked up once per dictionary entry. */
    indexIn(row, set) {
        const entry = this.indices[row];
        let lookup = set === this.lastSet ? this.lastLookup : this.lookups.get(set);
        if (lookup === undefined) {
            lookup = new Int32Array(this.dictionary.length).fill(-2);
            this.lookups.set(set, lookup);
        }
        this.lastSet = set;
        this.lastLookup = lookup;
        let found = lookup[entry];
        if (found === -2) {
            const value = this.dictionary[entry];
            found = set.indexOfText(typeof value === "string" ? value : valueText(value));
            lookup[entry] = found;
        }
        return found;
    }
    begin() {
        this.kind = UNSET;
        this.filled = 0;
        this.bytesUsed = 0;
        this.bytes = this.ownBytes;
        this.integral = true;
    }
    /** ASCII_BYTES: the rows' text is in `page` (which outlives the batch): starts and ends point into it. */
    borrow(page) {
        this.bytes = page;
    }
    /** The value of a row as hyparquet would give it. */
    valueAt(row) {
        switch (this.kind) {
            case NUMBERS:
                return this.present[row] === 1 ? this.numbers[row] : null;
            case ASCII_BYTES:
                return this.present[row] === 1
                    ? this.bytes.toString("latin1", this.starts[row], this.ends[row])
                    : null;
            case INDEXED:
                return this.present[row] === 1 ? this.dictionary[this.indices[row]] : null;
            case VALUES:
                return this.values[row];
            default:
                return undefined;
        }
    }
    /** Makes the batch hold rows of `kind` from row `filled` on (VALUES if it held another kind). */
    use(kind, dictionary) {
        if (this.kind === kind && (kind !== INDEXED || this.dictionary === dictionary))
            return;
        if (this.kind === UNSET) {
            this.kind = kind;
            if (kind === VALUES && this.values.length !== BATCH_ROWS)
                this.values = new Array(BATCH_ROWS);
            if (dictionary !== undefined && dictionary !== this.dictionary) {
                this.dictionary = dictionary;
                this.lookups.clear();
                this.foundTables.clear();
                this.entryColumns = [];
                this.lastSet = undefined;
                this.entryNumbersRead.fill(0);
            }
            return;
        }
        if (this.kind === VALUES)
            return;
        const values = new Array(BATCH_ROWS);
        for (let row = 0; row < this.filled; row++)
            values[row] = this.valueAt(row);
        this.values = values;
        this.kind = VALUES;
    }
    /** Room for `more` bytes of ASCII text. */
    reserve(more) {
        if (this.bytesUsed + more > this.ownBytes.length) {
            const grown = Buffer.allocUnsafe(Math.max(2 * this.ownBytes.length, this.bytesUsed + more));
            this.ownBytes.copy(grown, 0, 0, this.bytesUsed);
            this.ownBytes = grown;
        }
        this.bytes = this.ownBytes;
        return this.ownBytes;
    }
}
/** How the current page's values are read (see FlatColumnPages). */
const PAGE_FLOAT64 = 0;
const PAGE_FLOAT32 = 1;
const PAGE_INT32 = 2;
const PAGE_INT64 = 3;
const PAGE_BYTE_ARRAY = 4;
const PAGE_INDEXED = 5;
const PAGE_DECODED = 6;
const TWO_TO_32 = 0x100000000;
/**
 * A flat column chunk read page by page, each page's rows copied into batches. The common pages
 * (definition levels in RLE; values PLAIN numbers or strings, or dictionary indices) are read
 * here straight from the page's bytes into reused typed arrays, with no object per value; any
 * other page is decoded by hyparquet (readDataPage, convert) into arrays. The values are those
 * hyparquet's convert gives in every case.
 */
class FlatColumnPages {
    decoder;
    maxDefinitionLevel;
    reader = { view: new DataView(new ArrayBuffer(0)), offset: 0 };
    dictionary;
    /**
     * The dictionary's values as doubles, when they are numbers (a typed array): looked up into
     * NUMBERS, from one kind of array whatever the column's type.
     */
    numericDictionary;
    /** Every number of numericDictionary is an integer below 1e21. */
    numericDictionaryIntegral = false;
    mode = PAGE_DECODED;
    page = new Uint8Array(0);
    /** PAGE_BYTE_ARRAY: the page as a Buffer, lent to a batch whose rows all come from it. */
    pageBuffer = Buffer.alloc(0);
    pageView = new DataView(new ArrayBuffer(0));
    valuesOffset = 0;
    /**
     * Definition levels of the page's rows, as 1 (a value) or 0 (null): a flat column's are never
     * more than 1. `allDefined` when every row has a value.
     */
    levels = new Uint8Array(0);
    allDefined = true;
    /** Rows with a value in the page (readLevels). */
    definedRows = 0;
    /** PAGE_BYTE_ARRAY: each value's start and length in the page, and whether all are ASCII. */
    valueStarts = new Int32Array(0);
    valueLengths = new Int32Array(0);
    ascii = true;
    indices = new Int32Array(0);
    decoded = [];
    decodedIndexed = false;
    pageRows = 0;
    pageRow = 0;
    valueIndex = 0;
    /** Which pages can be read here; others go to hyparquet. */
    plainMode;
    constructor(decoder, maxDefinitionLevel) {
        this.decoder = decoder;
        this.maxDefinitionLevel = maxDefinitionLevel;
        const { element } = decoder;
        const plainNumber = element.converted_type === undefined && element.logical_type === undefined;
        const ctype = element.converted_type;
        const ltype = element.logical_type?.type;
        const text = decoder.utf8 !== false &&
            (ctype === undefined || ctype === "UTF8" || ctype === "ENUM") &&
            (ltype === undefined || ltype === "STRING" || ltype === "ENUM");
        this.plainMode =
            decoder.type === "DOUBLE" && plainNumber
                ? PAGE_FLOAT64
                : decoder.type === "FLOAT" && plainNumber
                    ? PAGE_FLOAT32
                    : decoder.type === "INT32" && plainNumber
                        ? PAGE_INT32
                        : decoder.type === "INT64" && plainNumber
                            ? PAGE_INT64
                            : decoder.type === "BYTE_ARRAY" && text
                                ? PAGE_BYTE_ARRAY
                                : PAGE_DECODED;
    }
    start(bytes) {
        this.reader = { view: new DataView(bytes), offset: 0 };
        this.dictionary = undefined;
        this.pageRows = 0;
        this.pageRow = 0;
    }
    /** Sets rows [batch.filled, batch.filled + count) of the batch from the column's next rows. */
    fill(batch, count) {
        const end = batch.filled + count;
        while (batch.filled < end) {
            if (this.pageRow === this.pageRows) {
                this.nextPage();
                continue;
            }
            const take = Math.min(end - batch.filled, this.pageRows - this.pageRow);
            this.copy(batch, take, batch.filled === 0 && take === count);
            this.pageRow += take;
        }
    }
    /** Copies `take` rows of the page, from pageRow on, to the batch (`whole`: all of its rows). */
    copy(batch, take, whole) {
        const first = this.pageRow;
        const last = first + take;
        const present = batch.present;
        const levels = this.levels;
        const allDefined = this.allDefined;
        const start = batch.filled;
        // Definition levels are 1 (a value) or 0 (null) here: they are the batch's `present`.
        if (allDefined)
            present.fill(1, start, start + take);
        else
            present.set(levels.subarray(first, last), start);
        let row = start;
        let valueIndex = this.valueIndex;
        switch (this.mode) {
            case PAGE_FLOAT64: {
                batch.use(NUMBERS);
                batch.integral = false;
                const view = this.pageView;
                const numbers = batch.numbers;
                let at = this.valuesOffset + valueIndex * 8;
                for (let index = first; index < last; index++, row++) {
                    if (allDefined || levels[index] === 1) {
                        numbers[row] = view.getFloat64(at, true);
                        at += 8;
                    }
                }
                valueIndex = (at - this.valuesOffset) / 8;
                break;
            }
            case PAGE_FLOAT32:
            case PAGE_INT32: {
                batch.use(NUMBERS);
                const view = this.pageView;
                const numbers = batch.numbers;
                const float = this.mode === PAGE_FLOAT32;
                if (float)
                    batch.integral = false;
                let at = this.valuesOffset + valueIndex * 4;
                for (let index = first; index < last; index++, row++) {
                    if (allDefined || levels[index] === 1) {
                        numbers[row] = float ? view.getFloat32(at, true) : view.getInt32(at, true);
                        at += 4;
                    }
                }
                valueIndex = (at - this.valuesOffset) / 4;
                break;
            }
            case PAGE_INT64: {
                batch.use(NUMBERS);
                const view = this.pageView;
                for (let index = first; index < last; index++, row++) {
                    const defined = allDefined || levels[index] === 1;
                    let value = null;
                    if (defined) {
                        const at = this.valuesOffset + valueIndex * 8;
                        const number = view.getInt32(at + 4, true) * TWO_TO_32 + view.getUint32(at, true);
                        // A safe integer reads the same as the bigint: text, number() and integer() agree.
                        value = Number.isSafeInteger(number) ? number : view.getBigInt64(at, true);
                        valueIndex++;
                    }
                    if (batch.kind === NUMBERS && typeof value !== "bigint") {
                        if (defined)
                            batch.numbers[row] = value;
                    }
                    else {
                        batch.filled = row;
                        batch.use(VALUES);
                        batch.values[row] = value;
                    }
                }
                break;
            }
            case PAGE_BYTE_ARRAY: {
                const starts = this.valueStarts;
                const lengths = this.valueLengths;
                const page = this.page;
                if (!this.ascii) {
                    batch.use(VALUES);
                    const { stringFromBytes } = this.decoder.parsers;
                    for (let index = first; index < last; index++, row++) {
                        if (!(allDefined || levels[index] === 1))
                            batch.values[row] = null;
                        else {
                            const from = starts[valueIndex];
                            batch.values[row] = stringFromBytes(page.subarray(from, from + lengths[valueIndex]));
                            valueIndex++;
                        }
                    }
                    break;
                }
                batch.use(ASCII_BYTES);
                const batchStarts = batch.starts;
                const batchEnds = batch.ends;
                if (whole) {
                    // Every row of the batch is in this page: the text stays there, uncopied.
                    batch.borrow(this.pageBuffer);
                    for (let index = first; index < last; index++, row++) {
                        if (!(allDefined || levels[index] === 1))
                            continue;
                        const from = starts[valueIndex];
                        batchStarts[row] = from;
                        batchEnds[row] = from + lengths[valueIndex];
                        valueIndex++;
                    }
                    break;
                }
                for (let index = first; index < last; index++, row++) {
                    if (!(allDefined || levels[index] === 1))
                        continue;
                    const from = starts[valueIndex];
                    const length = lengths[valueIndex];
                    const target = batch.reserve(length);
                    let at = batch.bytesUsed;
                    batchStarts[row] = at;
                    for (let byte = from; byte < from + length; byte++)
                        target[at++] = page[byte];
                    batchEnds[row] = at;
                    batch.bytesUsed = at;
                    valueIndex++;
                }
                break;
            }
            case PAGE_INDEXED: {
                const dictionary = this.dictionary;
                const indices = this.indices;
                const entries = this.numericDictionary;
                if (entries !== undefined) {
                    batch.use(NUMBERS);
                    if (!this.numericDictionaryIntegral)
                        batch.integral = false;
                    const numbers = batch.numbers;
                    // Without a branch a row: a null row takes the next value too, and `present` says it is null.
                    if (allDefined)
                        for (let index = first; index < last; index++, row++)
                            numbers[row] = entries[indices[valueIndex++]];
                    else
                        for (let index = first; index < last; index++, row++) {
                            numbers[row] = entries[indices[valueIndex]];
                            valueIndex += levels[index];
                        }
                }
                else {
                    batch.use(INDEXED, dictionary);
                    const target = batch.indices;
                    if (allDefined)
                        for (let index = first; index < last; index++, row++)
                            target[row] = indices[valueIndex++];
                    else
                        for (let index = first; index < last; index++, row++) {
                            target[row] = indices[valueIndex];
                            valueIndex += levels[index];
                        }
                }
                break;
            }
            default: {
                batch.use(VALUES);
                const decoded = this.decoded;
                const dictionary = this.decodedIndexed ? this.dictionary : undefined;
                const values = batch.values;
                for (let index = first; index < last; index++, row++) {
                    if (!(allDefined || levels[index] === 1))
                        values[row] = null;
                    else {
                        const raw = decoded[valueIndex++];
                        values[row] = dictionary === undefined ? raw : dictionary[raw];
                    }
                }
            }
        }
        this.valueIndex = valueIndex;
        batch.filled = row;
    }
    nextPage() {
        const reader = this.reader;
        const decoder = this.decoder;
        for (;;) {
            if (reader.offset >= reader.view.byteLength - 1)
                throw new Error(`column ${decoder.pathInSchema.join(".")} ended before its row group's last row`);
            const header = checkedHeader((0,hyparquet_src_column_js__WEBPACK_IMPORTED_MODULE_6__/* .parquetHeader */ .wK)(reader), reader.view.byteLength - reader.offset);
            const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
            reader.offset += header.compressed_page_size;
            if (header.type === "DICTIONARY_PAGE") {
                const dictionaryHeader = header.dictionary_page_header;
                if (!dictionaryHeader)
                    throw new Error("parquet dictionary page header is undefined");
                const page = (0,hyparquet_src_datapage_js__WEBPACK_IMPORTED_MODULE_7__/* .decompressPage */ .tC)(compressed, Number(header.uncompressed_page_size), decoder.codec, hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__/* .compressors */ .Vm);
                const pageReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
                const dictionary = (0,hyparquet_src_convert_js__WEBPACK_IMPORTED_MODULE_8__/* .convert */ .C6)((0,hyparquet_src_plain_js__WEBPACK_IMPORTED_MODULE_9__/* .readPlain */ .r)(pageReader, decoder.type, dictionaryHeader.num_values, decoder.element.type_length), decoder);
                this.dictionary = dictionary;
                this.numericDictionary =
                    ArrayBuffer.isView(dictionary) &&
                        !(dictionary instanceof BigInt64Array || dictionary instanceof BigUint64Array)
                        ? Float64Array.from(dictionary)
                        : undefined;
                this.numericDictionaryIntegral =
                    this.numericDictionary?.every((value) => Number.isInteger(value) && Math.abs(value) < 1e21) ??
                        false;
                continue;
            }
            let rows;
            if (header.type === "DATA_PAGE") {
                const dataHeader = header.data_page_header;
                if (!dataHeader)
                    throw new Error("parquet data page header is undefined");
                rows = dataHeader.num_values;
                const page = (0,hyparquet_src_datapage_js__WEBPACK_IMPORTED_MODULE_7__/* .decompressPage */ .tC)(compressed, Number(header.uncompressed_page_size), decoder.codec, hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__/* .compressors */ .Vm);
                const levelsRead = this.maxDefinitionLevel === 0 || dataHeader.definition_level_encoding === "RLE"
                    ? this.readLevels(page, 0, rows, undefined)
                    : -1;
                if (levelsRead < 0 || !this.readValues(page, levelsRead, rows, dataHeader.encoding)) {
                    const { definitionLevels, dataPage } = (0,hyparquet_src_datapage_js__WEBPACK_IMPORTED_MODULE_7__/* .readDataPage */ .kS)(page, dataHeader, decoder);
                    this.useDecoded(definitionLevels, dataPage, dataHeader.encoding);
                }
            }
            else if (header.type === "DATA_PAGE_V2") {
                const dataHeader = header.data_page_header_v2;
                if (!dataHeader)
                    throw new Error("parquet data page header v2 is undefined");
                rows = dataHeader.num_values;
                const levelBytes = dataHeader.repetition_levels_byte_length + dataHeader.definition_levels_byte_length;
                let handled = false;
                if (dataHeader.repetition_levels_byte_length === 0) {
                    const levelsEnd = this.readLevels(compressed, dataHeader.repetition_levels_byte_length, rows, dataHeader.definition_levels_byte_length);
                    let values = compressed.subarray(levelBytes);
                    if (dataHeader.is_compressed !== false)
                        values = (0,hyparquet_src_datapage_js__WEBPACK_IMPORTED_MODULE_7__/* .decompressPage */ .tC)(values, Number(header.uncompressed_page_size) - levelBytes, decoder.codec, hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__/* .compressors */ .Vm);
                    handled = levelsEnd >= 0 && this.readValues(values, 0, rows, dataHeader.encoding);
                }
                if (!handled) {
                    const { definitionLevels, dataPage } = (0,hyparquet_src_datapage_js__WEBPACK_IMPORTED_MODULE_7__/* .readDataPageV2 */ .uD)(compressed, header, decoder);
                    this.useDecoded(definitionLevels, dataPage, dataHeader.encoding);
                }
            }
            else if (header.type === "INDEX_PAGE") {
                continue;
            }
            else {
                throw new Error(`parquet unsupported page type: ${header.type}`);
            }
            this.pageRows = rows;
            this.pageRow = 0;
            this.valueIndex = 0;
            if (rows > 0)
                return;
        }
    }
    /** A page hyparquet decoded: its levels and values, dictionary indices looked up as convertWithDictionary does. */
    useDecoded(levels, values, encoding) {
        this.mode = PAGE_DECODED;
        const decodedLevels = levels ?? [];
        this.allDefined = decodedLevels.length === 0;
        if (!this.allDefined) {
            if (this.levels.length < decodedLevels.length)
                this.levels = new Uint8Array(Math.max(decodedLevels.length, 2 * this.levels.length));
            const max = this.maxDefinitionLevel;
            for (let row = 0; row < decodedLevels.length; row++)
                this.levels[row] = decodedLevels[row] === max ? 1 : 0;
        }
        this.decodedIndexed = this.dictionary !== undefined && encoding.endsWith("_DICTIONARY");
        this.decoded = this.decodedIndexed ? values : (0,hyparquet_src_convert_js__WEBPACK_IMPORTED_MODULE_8__/* .convert */ .C6)(values, this.decoder);
    }
    /**
     * Reads `rows` definition levels at `offset` (RLE hybrid; with a 4-byte length first unless
     * `length` is given). Answers where the values start, or -1 when they cannot be read here.
     */
    readLevels(bytes, offset, rows, length) {
        this.allDefined = true;
        if (this.maxDefinitionLevel === 0)
            return offset + (length ?? 0);
        // A flat column's levels are 0 or 1, so one bit wide.
        if (this.maxDefinitionLevel !== 1)
            return -1;
        let start = offset;
        let size = length;
        if (size === undefined) {
            if (offset + 4 > bytes.length)
                throw new Error("parquet levels or indices end early");
            size =
                (bytes[offset] |
                    (bytes[offset + 1] << 8) |
                    (bytes[offset + 2] << 16) |
                    (bytes[offset + 3] << 24)) >>>
                    0;
            start += 4;
        }
        if (this.levels.length < rows)
            this.levels = new Uint8Array(Math.max(rows, 2 * this.levels.length));
        const defined = readLevelBits(bytes, start, start + size, this.levels, rows);
        this.definedRows = defined;
        this.allDefined = defined === rows;
        return start + size;
    }
    /** Reads the values of a page that starts at `offset` of `bytes`; false when hyparquet must. */
    readValues(bytes, offset, rows, encoding) {
        const count = this.allDefined ? rows : this.definedRows;
        this.page = bytes;
        this.pageView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (this.plainMode === PAGE_BYTE_ARRAY)
            this.pageBuffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.valuesOffset = offset;
        if (encoding === "PLAIN") {
            const mode = this.plainMode;
            if (mode === PAGE_DECODED)
                return false;
            const size = mode === PAGE_FLOAT64 || mode === PAGE_INT64 ? 8 : 4;
            if (mode !== PAGE_BYTE_ARRAY) {
                if (offset + count * size > bytes.length)
                    throw new Error("parquet page ends before its values");
            }
            else if (!this.readByteArrays(offset, count))
                return false;
            this.mode = mode;
            return true;
        }
        if ((encoding === "PLAIN_DICTIONARY" || encoding === "RLE_DICTIONARY") &&
            this.dictionary !== undefined &&
            offset < bytes.length) {
            const bitWidth = bytes[offset];
            // One index more than the values: a null row after the last value reads it (see copy).
            if (this.indices.length <= count)
                this.indices = new Int32Array(Math.max(count + 1, 2 * this.indices.length));
            if (bitWidth === 0)
                this.indices.fill(0, 0, count);
            else if (!readHybrid(bytes, offset + 1, bytes.length, bitWidth, this.indices, count))
                return false;
            this.indices[count] = 0;
            this.mode = PAGE_INDEXED;
            return true;
        }
        return false;
    }
    /** Where each of `count` PLAIN byte arrays starts, and whether every byte is ASCII. */
    readByteArrays(offset, count) {
        if (this.valueStarts.length < count) {
            const capacity = Math.max(count, 2 * this.valueStarts.length);
            this.valueStarts = new Int32Array(capacity);
            this.valueLengths = new Int32Array(capacity);
        }
        const page = this.page;
        const view = this.pageView;
        let at = offset;
        for (let index = 0; index < count; index++) {
            if (at + 4 > page.length)
                throw new Error("parquet page ends before its values");
            const length = view.getUint32(at, true);
            at += 4;
            if (at + length > page.length)
                throw new Error("parquet page ends before its values");
            this.valueStarts[index] = at;
            this.valueLengths[index] = length;
            at += length;
        }
        // The values and their lengths together, at once; a length past 127 has a byte that is not
        // ASCII, and then the values are looked at one by one.
        this.ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(page.subarray(offset, at)) || this.valuesAreAscii(count);
        return true;
    }
    valuesAreAscii(count) {
        for (let index = 0; index < count; index++) {
            const start = this.valueStarts[index];
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(this.page.subarray(start, start + this.valueLengths[index])))
                return false;
        }
        return true;
    }
}
/**
 * Reads `count` values of the RLE / bit-packed hybrid encoding from bytes[offset, end) into
 * `out`; false when the bit width is past what is read here (then hyparquet reads the page).
 */
function readHybrid(bytes, offset, end, bitWidth, out, count) {
    if (bitWidth > 24)
        return false;
    const mask = (1 << bitWidth) - 1;
    const valueBytes = (bitWidth + 7) >> 3;
    let at = offset;
    let seen = 0;
    while (seen < count) {
        if (at >= end)
            throw new Error("parquet levels or indices end early");
        let header = 0;
        let shift = 0;
        for (;;) {
            const byte = bytes[at++];
            header |= (byte & 0x7f) << shift;
            if (byte < 0x80)
                break;
            shift += 7;
        }
        if (header & 1) {
            // Bit-packed: groups of 8 values, bitWidth bytes each, least significant bits first.
            const values = (header >>> 1) * 8;
            const runEnd = at + (header >>> 1) * bitWidth;
            let buffer = 0;
            let bits = 0;
            if (runEnd <= end) {
                // The whole run is there: no bounds to check value by value. A writer packs a page's
                // values in one run, its last group padded: the values past `count` are not read.
                const stop = seen + Math.min(values, count - seen);
                if (bitWidth <= 8)
                    // A group of 8 values is bitWidth bytes: read as two words, its values shifted out.
                    while (seen + 8 <= stop && at + 8 <= end) {
                        const low = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
                        const high = bitWidth > 4
                            ? bytes[at + 4] | (bytes[at + 5] << 8) | (bytes[at + 6] << 16) | (bytes[at + 7] << 24)
                            : 0;
                        out[seen] = low & mask;
                        for (let value = 1, bit = bitWidth; value < 8; value++, bit += bitWidth)
                            out[seen + value] =
                                (bit < 32
                                    ? (low >>> bit) | (bit > 32 - bitWidth ? high << (32 - bit) : 0)
                                    : high >>> (bit - 32)) & mask;
                        seen += 8;
                        at += bitWidth;
                    }
                while (seen < stop) {
                    while (bits < bitWidth) {
                        buffer |= bytes[at++] << bits;
                        bits += 8;
                    }
                    out[seen++] = buffer & mask;
                    buffer >>>= bitWidth;
                    bits -= bitWidth;
                }
                at = runEnd;
                continue;
            }
            for (let index = 0; index < values; index++) {
                while (bits < bitWidth) {
                    buffer |= (at < runEnd && at < end ? bytes[at] : 0) << bits;
                    at++;
                    bits += 8;
                }
                if (seen < count)
                    out[seen++] = buffer & mask;
                buffer >>>= bitWidth;
                bits -= bitWidth;
            }
            at = runEnd;
        }
        else {
            const run = header >>> 1;
            let value = 0;
            for (let index = 0; index < valueBytes; index++)
                value |= bytes[at++] << (8 * index);
            const stop = Math.min(count, seen + run);
            out.fill(value, seen, stop);
            seen = stop;
        }
    }
    return true;
}
/**
 * Reads `count` definition levels of a flat column (the hybrid encoding, one bit wide) from
 * bytes[offset, end) into `out` as 1 (a value) or 0 (null), as hyparquet compares them with the
 * maximum level. Answers how many are 1.
 */
function readLevelBits(bytes, offset, end, out, count) {
    let at = offset;
    let seen = 0;
    let defined = 0;
    while (seen < count) {
        if (at >= end)
            throw new Error("parquet levels or indices end early");
        let header = 0;
        let shift = 0;
        for (;;) {
            const byte = bytes[at++];
            header |= (byte & 0x7f) << shift;
            if (byte < 0x80)
                break;
            shift += 7;
        }
        if (header & 1) {
            // Bit-packed: groups of 8 levels a byte, least significant bit first.
            const runBytes = header >>> 1;
            const runEnd = at + runBytes;
            const wanted = Math.min(runBytes * 8, count - seen);
            const whole = wanted >> 3;
            for (let index = 0; index < whole; index++, seen += 8) {
                const byte = at < end ? bytes[at] : 0;
                at++;
                out[seen] = byte & 1;
                out[seen + 1] = (byte >> 1) & 1;
                out[seen + 2] = (byte >> 2) & 1;
                out[seen + 3] = (byte >> 3) & 1;
                out[seen + 4] = (byte >> 4) & 1;
                out[seen + 5] = (byte >> 5) & 1;
                out[seen + 6] = (byte >> 6) & 1;
                out[seen + 7] = byte >> 7;
                defined += BITS_SET[byte];
            }
            const rest = wanted & 7;
            if (rest > 0) {
                const byte = at < end ? bytes[at] : 0;
                for (let bit = 0; bit < rest; bit++) {
                    const level = (byte >> bit) & 1;
                    out[seen++] = level;
                    defined += level;
                }
            }
            at = runEnd;
        }
        else {
            const run = header >>> 1;
            // One byte holds the repeated level; a value other than 1 is not the maximum level.
            const level = bytes[at++] === 1 ? 1 : 0;
            const stop = Math.min(count, seen + run);
            out.fill(level, seen, stop);
            defined += level * (stop - seen);
            seen = stop;
        }
    }
    return defined;
}
/** How many bits each byte has set. */
const BITS_SET = Uint8Array.from({ length: 256 }, (_, byte) => {
    let bits = 0;
    for (let value = byte; value > 0; value >>= 1)
        bits += value & 1;
    return bits;
});
class ParquetRowView {
    row = 0;
    line = 0;
    length;
    /** Index of the current row inside the batch. */
    index = 0;
    /** Row and line of the batch's first row. */
    firstRow = 1;
    firstLine = 1;
    batches;
    missingTexts;
    /** The only missing value is "" (the default): a comparison, not a set lookup. */
    onlyEmptyIsMissing;
    emptyIsMissing;
    constructor(columnCount, missingValues) {
        this.length = columnCount;
        this.batches = Array.from({ length: columnCount }, () => new ColumnBatch());
        this.missingTexts = new Set(missingValues);
        this.onlyEmptyIsMissing = missingValues.length === 1 && missingValues[0] === "";
        this.emptyIsMissing = missingValues.includes("");
    }
    /** The batch is being handed on (onBatch runs): only then does `select` move the view. */
    delivering = false;
    select(index) {
        if (!this.delivering)
            return;
        this.index = index;
        this.row = this.firstRow + index;
        this.line = this.firstLine + index;
    }
    /**
     * A column of the batch held as numbers (typed, with nulls marked): read as it is. As integers,
     * a number vouches for integer() when its text is digits (an integer below 1e21).
     */
    numbers(column, integers) {
        const batch = this.batches[column];
        if (!this.delivering || batch === undefined)
            return undefined;
        if (batch.kind === INDEXED)
            return this.indexedNumbers(batch, integers);
        if (batch.kind !== NUMBERS)
            return undefined;
        if (!integers || batch.integral)
            return batch;
        const { numbers, present } = batch;
        const vouched = this.integerColumn.present;
        for (let index = 0; index < batch.filled; index++) {
            const value = numbers[index];
            vouched[index] = present[index] === 1 && Number.isInteger(value) && Math.abs(value) < 1e21 ? 1 : 0;
        }
        this.integerColumn.numbers = numbers;
        return this.integerColumn;
    }
    /** numbers() of a dictionary-encoded batch (text that holds numbers): each entry read once. */
    indexedNumbers(batch, integers) {
        const entries = batch.entryColumn(integers, integers ? integerOfValue : numberOfValue, this.isMissingValue);
        const { values, vouched } = entries;
        const { indices, present } = batch;
        const out = this.indexedColumn;
        for (let index = 0; index < batch.filled; index++) {
            const entry = indices[index];
            out.numbers[index] = values[entry];
            out.present[index] = present[index] & vouched[entry];
        }
        return out;
    }
    /**
     * A column of the batch held as dictionary indices, looked up once per dictionary entry; or as
     * ASCII bytes, looked up by them. Cells that are missing, or whose dictionary value is, say -2.
     */
    lookup(column, set) {
        const batch = this.batches[column];
        if (!this.delivering || batch === undefined)
            return undefined;
        const found = this.lookups;
        const present = batch.present;
        if (batch.kind === INDEXED) {
            const table = batch.foundTable(set);
            const { indices, dictionary } = batch;
            for (let index = 0; index < batch.filled; index++) {
                if (present[index] === 0) {
                    found[index] = -2;
                    continue;
                }
                const entry = indices[index];
                let answer = table[entry];
                if (answer === -3) {
                    const value = dictionary[entry];
                    answer = this.isMissingValue(value)
                        ? -2
                        : set.indexOfText(typeof value === "string" ? value : valueText(value));
                    table[entry] = answer;
                }
                found[index] = answer;
            }
        }
        else if (batch.kind === ASCII_BYTES) {
            const { bytes, starts, ends } = batch;
            for (let index = 0; index < batch.filled; index++) {
                const start = starts[index];
                const end = ends[index];
                found[index] =
                    present[index] === 0 || (start === end && this.emptyIsMissing)
                        ? -2
                        : this.onlyEmptyIsMissing || !this.missingTexts.has(bytes.toString("latin1", start, end))
                            ? set.indexOfBytes(bytes, start, end)
                            : -2;
            }
        }
        else
            return undefined;
        return found;
    }
    lookups = new Int32Array(BATCH_ROWS);
    integerColumn = { numbers: new Float64Array(0), present: new Uint8Array(BATCH_ROWS) };
    indexedColumn = {
        numbers: new Float64Array(BATCH_ROWS),
        present: new Uint8Array(BATCH_ROWS),
    };
    value(column) {
        return this.batches[column]?.valueAt(this.index);
    }
    text(column) {
        return valueText(this.value(column));
    }
    // number, integer and isMissing: the typed case first and alone, small enough to be inlined
    // into the validator's loops; every other case in a method of its own.
    number(column) {
        const batch = this.batches[column];
        if (batch !== undefined && batch.kind === NUMBERS)
            return batch.present[this.index] === 1 ? batch.numbers[this.index] : Number.NaN;
        return this.numberOther(column);
    }
    numberOther(column) {
        const batch = this.batches[column];
        if (batch === undefined)
            return Number.NaN;
        const index = this.index;
        if (batch.kind === ASCII_BYTES)
            return batch.present[index] === 1
                ? (0,_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberBytes */ .oX)(batch.bytes, batch.starts[index], batch.ends[index])
                : Number.NaN;
        if (batch.kind === INDEXED && batch.present[index] === 1)
            return batch.numberAt(index, numberOfValue);
        return numberOfValue(batch.valueAt(index));
    }
    integer(column) {
        const batch = this.batches[column];
        if (batch !== undefined && batch.kind === NUMBERS) {
            const value = batch.numbers[this.index];
            // A number's text is String(number): digits only for an integer below 1e21.
            return batch.present[this.index] === 1 && Number.isInteger(value) && Math.abs(value) < 1e21
                ? value
                : Number.NaN;
        }
        return this.integerOther(column);
    }
    integerOther(column) {
        const batch = this.batches[column];
        if (batch === undefined)
            return Number.NaN;
        const index = this.index;
        if (batch.kind === ASCII_BYTES)
            return batch.present[index] === 1
                ? (0,_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIntegerBytes */ .PD)(batch.bytes, batch.starts[index], batch.ends[index])
                : Number.NaN;
        return integerOfValue(batch.valueAt(index));
    }
    indexIn(column, set) {
        const batch = this.batches[column];
        if (batch !== undefined && batch.present[this.index] === 1) {
            if (batch.kind === ASCII_BYTES)
                return set.indexOfBytes(batch.bytes, batch.starts[this.index], batch.ends[this.index]);
            if (batch.kind === INDEXED)
                return batch.indexIn(this.index, set);
        }
        const value = this.value(column);
        return set.indexOfText(typeof value === "string" ? value : valueText(value));
    }
    hash(column, out) {
        const batch = this.batches[column];
        if (batch?.kind === ASCII_BYTES && batch.present[this.index] === 1)
            (0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .hashBytes */ .yi)(batch.bytes, batch.starts[this.index], batch.ends[this.index], out);
        else {
            const value = this.value(column);
            (0,_rows_js__WEBPACK_IMPORTED_MODULE_5__/* .hashText */ .qj)(typeof value === "string" ? value : valueText(value), out);
        }
    }
    isMissing(column) {
        const batch = this.batches[column];
        if (batch !== undefined && batch.kind === NUMBERS)
            return batch.present[this.index] === 0;
        return this.isMissingOther(column);
    }
    isMissingOther(column) {
        const batch = this.batches[column];
        if (batch === undefined)
            return true;
        const index = this.index;
        if (batch.kind !== VALUES && batch.present[index] === 0)
            return true;
        if (batch.kind === ASCII_BYTES && this.onlyEmptyIsMissing)
            return batch.starts[index] === batch.ends[index];
        return this.isMissingValue(batch.valueAt(index));
    }
    /** Whether a value as hyparquet gives it is missing: null, or one of the missing values' text. */
    isMissingValue = (value) => {
        if (value === null || value === undefined)
            return true;
        if (typeof value !== "string")
            return false;
        return this.onlyEmptyIsMissing ? value === "" : this.missingTexts.has(value);
    };
}
/** integer() of a value as hyparquet gives it. */
function integerOfValue(value) {
    if (typeof value === "number")
        return Number.isInteger(value) && Math.abs(value) < 1e21 ? value : Number.NaN;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "string")
        return (0,_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIntegerText */ .py)(value);
    return Number.NaN;
}
/** number() of a value as hyparquet gives it. */
function numberOfValue(value) {
    if (typeof value === "number")
        return value;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "string")
        return (0,_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNumberText */ .ke)(value);
    return Number.NaN;
}
function valueText(value) {
    switch (typeof value) {
        case "string":
            return value;
        case "number":
        case "bigint":
        case "boolean":
            return String(value);
        case "undefined":
            return "";
        default:
            if (value === null)
                return "";
            if (value instanceof Date)
                return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
            if (value instanceof Uint8Array)
                return Buffer.from(value).toString("base64");
            return JSON.stringify(value, (_key, nested) => typeof nested === "bigint" ? nested.toString() : nested);
    }
}
/** Reads byte ranges of the file on demand: hyparquet's AsyncBuffer. */
function fileRanges(handle, size) {
    return {
        byteLength: size,
        async slice(start, end = size) {
            const bytes = new Uint8Array(end - start);
            let filled = 0;
            while (filled < bytes.length) {
                const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, start + filled);
                if (bytesRead === 0)
                    throw new Error(`the file ended at byte ${start + filled}, before byte ${end}`);
                filled += bytesRead;
            }
            return bytes.buffer;
        },
    };
}
/** The file offset where a row group's last column chunk ends. */
function groupEndByte(group) {
    let end = 0;
    for (const { meta_data: chunk } of group.columns) {
        if (!chunk)
            continue;
        // Each as a number: a damaged footer can give a bigint here and a number there.
        const chunkEnd = Number(chunk.dictionary_page_offset ?? chunk.data_page_offset) + Number(chunk.total_compressed_size);
        if (Number.isFinite(chunkEnd))
            end = Math.max(end, chunkEnd);
    }
    return end;
}
const readParquet = async (file, options, onRow, onColumns) => {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, "r");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`cannot open the file: ${error.message}`, { file }, { cause: error });
    }
    try {
        const bytesTotal = (await handle.stat()).size;
        const source = fileRanges(handle, bytesTotal);
        const unreadable = (error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`not a readable Parquet file: ${error.message}`, { file }, { cause: error });
        };
        const metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_10__/* .parquetMetadataAsync */ .Ei)(source).catch(unreadable);
        // A damaged schema (children it does not have) breaks these with a TypeError: say so as one.
        let columns = [];
        let flat = [];
        try {
            const schemaTree = (0,hyparquet__WEBPACK_IMPORTED_MODULE_10__/* .parquetSchema */ .YR)(metadata);
            columns = schemaTree.children.map((child) => child.element.name);
            // Flat columns are read page by page here; others (lists, structs) by hyparquet's scan.
            flat = columns.map((name) => {
                const schemaPath = (0,hyparquet_src_schema_js__WEBPACK_IMPORTED_MODULE_11__/* .getTreePath */ .st)(schemaTree, [name]);
                return (0,hyparquet_src_schema_js__WEBPACK_IMPORTED_MODULE_11__/* .isFlatColumn */ .g7)(schemaPath)
                    ? { schemaPath, maxDefinitionLevel: (0,hyparquet_src_schema_js__WEBPACK_IMPORTED_MODULE_11__/* .getMaxDefinitionLevel */ .mM)(schemaPath) }
                    : undefined;
            });
        }
        catch (error) {
            unreadable(error);
        }
        onColumns?.(columns);
        const nested = columns.filter((_, index) => flat[index] === undefined);
        const scan = nested.length > 0
            ? await (0,hyparquet__WEBPACK_IMPORTED_MODULE_12__/* .parquetScan */ .Ik)({ file: source, metadata, compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__/* .compressors */ .Vm, parsers }).catch(unreadable)
            : undefined;
        const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
        const progressEvery = options.progressEveryBytes ?? _csv_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_PROGRESS_EVERY_BYTES */ .yU;
        let nextProgressAt = progressEvery;
        const view = new ParquetRowView(columns.length, options.missingValues ?? [""]);
        let rows = 0;
        // Progress is how far into the file the row groups read so far reach.
        let bytesRead = 0;
        let groupStart = 0;
        for (const group of metadata.row_groups) {
            if (rows >= maxRows)
                break;
            const rowStart = groupStart;
            groupStart += Number(group.num_rows);
            const rowEnd = Math.min(groupStart, rowStart + (maxRows - rows));
            const decodeError = (error) => {
                const detail = `cannot decode rows ${rowStart + 1}–${rowEnd}: ${error.message}`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(detail, { file }, { cause: error });
            };
            const pages = await Promise.all(columns.map(async (name, index) => {
                const column = flat[index];
                if (column === undefined)
                    return undefined;
                const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join(".") === name);
                const meta = chunkMetadata(chunk, name);
                const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
                const bytes = await source.slice(start, start + Number(meta.total_compressed_size));
                const schemaPath = column.schemaPath;
                const decoder = {
                    pathInSchema: meta.path_in_schema,
                    element: schemaPath[schemaPath.length - 1].element,
                    schemaPath,
                    type: meta.type,
                    codec: meta.codec,
                    compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_2__/* .compressors */ .Vm,
                    parsers: { ...hyparquet_src_convert_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_PARSERS */ .Rc, ...parsers },
                };
                const reader = new FlatColumnPages(decoder, column.maxDefinitionLevel);
                reader.start(bytes);
                return reader;
            })).catch(decodeError);
            const assembled = scan
                ? await Promise.all(columns.map((name, index) => flat[index] === undefined ? scan.readColumn({ column: name, rowStart, rowEnd }) : undefined)).catch(decodeError)
                : [];
            for (let batchStart = rowStart; batchStart < rowEnd; batchStart += BATCH_ROWS) {
                const count = Math.min(BATCH_ROWS, rowEnd - batchStart);
                try {
                    for (let column = 0; column < columns.length; column++) {
                        const batch = view.batches[column];
                        batch.begin();
                        const reader = pages[column];
                        if (reader !== undefined)
                            reader.fill(batch, count);
                        else {
                            const values = assembled[column];
                            const from = batchStart - rowStart;
                            batch.use(VALUES);
                            for (let row = 0; row < count; row++)
                                batch.values[row] = values[from + row];
                            batch.filled = count;
                        }
                    }
                }
                catch (error) {
                    decodeError(error);
                }
                view.firstRow = rows + 1;
                view.firstLine = batchStart + 1;
                if (options.onBatch) {
                    rows += count;
                    view.delivering = true;
                    try {
                        options.onBatch(view, count);
                    }
                    finally {
                        view.delivering = false;
                    }
                }
                else
                    for (let index = 0; index < count; index++) {
                        rows++;
                        view.index = index;
                        view.row = view.firstRow + index;
                        view.line = view.firstLine + index;
                        onRow(view);
                    }
            }
            bytesRead = Math.max(bytesRead, groupEndByte(group));
            if (bytesRead >= nextProgressAt) {
                options.onProgress?.({ bytesRead, bytesTotal, rows });
                nextProgressAt = (Math.floor(bytesRead / progressEvery) + 1) * progressEvery;
            }
        }
        // Every row read means the whole file was, the footer included.
        if (rows === Number(metadata.num_rows))
            bytesRead = bytesTotal;
        options.onProgress?.({ bytesRead, bytesTotal, rows });
        return { columns, rows, bytes: bytesRead, problems: [] };
    }
    finally {
        await handle.close();
    }
};
/**
 * A page header whose sizes and counts can be what they say: hyparquet trusts them, and a damaged
 * file (a level length missing, a count below zero) sent its decoder into a loop without end.
 */
function checkedHeader(header, bytesLeft) {
    const count = (value) => typeof value === "number" && Number.isInteger(value) && value >= 0;
    const sizes = [header.compressed_page_size, header.uncompressed_page_size];
    const pageHeader = header.data_page_header ?? header.dictionary_page_header;
    const v2 = header.data_page_header_v2;
    const fine = sizes.every(count) &&
        header.compressed_page_size <= bytesLeft &&
        (pageHeader === undefined || count(pageHeader.num_values)) &&
        (v2 === undefined ||
            ([
                v2.num_values,
                v2.num_nulls,
                v2.num_rows,
                v2.definition_levels_byte_length,
                v2.repetition_levels_byte_length,
            ].every(count) &&
                v2.definition_levels_byte_length + v2.repetition_levels_byte_length <= header.compressed_page_size));
    if (!fine)
        throw new Error("a page header is damaged (its sizes or counts cannot be)");
    return header;
}
function chunkMetadata(chunk, name) {
    if (chunk?.file_path)
        throw new Error("parquet file_path not supported");
    const meta = chunk?.meta_data;
    if (!meta)
        throw new Error(`parquet column ${name} has no metadata in this row group`);
    return meta;
}


/***/ })

};
