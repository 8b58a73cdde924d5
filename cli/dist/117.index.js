export const id = 117;
export const ids = [117];
export const modules = {

/***/ 1259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ readCsv),
/* harmony export */   PD: () => (/* binding */ parseIntegerBytes),
/* harmony export */   QK: () => (/* binding */ openByteSource),
/* harmony export */   ke: () => (/* binding */ parseNumberText),
/* harmony export */   oX: () => (/* binding */ parseNumberBytes),
/* harmony export */   py: () => (/* binding */ parseIntegerText),
/* harmony export */   xR: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   yU: () => (/* binding */ DEFAULT_PROGRESS_EVERY_BYTES)
/* harmony export */ });
/* unused harmony export readCsvInChunks */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8115);
/* harmony import */ var _rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6926);
/**
 * The CSV reader: a byte-level state machine over the file's chunks that never decodes a cell the
 * caller does not ask for. Each record lives in one growable work buffer as field offsets; RowView
 * reads text, numbers (parseNumberBytes) and missing markers straight from those bytes. Memory is
 * the chunk plus the longest record, and a record may not pass MAX_RECORD_BYTES.
 *
 * The dialect reads as Python's csv module does (strict=False; the tests compare the two):
 * - RFC 4180 quoting: a field that starts with `"` is quoted, `""` inside it is one quote, and it
 *   may hold delimiters and line breaks.
 * - A quote inside an unquoted field is kept as text (`ab"c` reads `ab"c`); text after a closing
 *   quote is appended (`"ab"c` reads `abc`). Either is reported once per row as "stray-quote".
 * - LF, CRLF and a lone CR each end a record and each count as one line.
 * - Empty lines are skipped, as pandas and Frictionless do (they still count as lines); a line
 *   holding only `""` is a record of one empty cell.
 * - A UTF-8 byte order mark at the start is dropped.
 * - A quote still open at end of file is reported as "unclosed-quote" at the line where the field
 *   began; the record is still delivered, its last field running to the end of the file.
 * - Bytes that are not UTF-8 are reported once per row as "invalid-utf8"; text() shows U+FFFD.
 * - A cell past the end of a short row reads as missing: text "", number NaN.
 */





const DEFAULT_CHUNK_BYTES = 1 << 20;
/**
 * A record this long is not data but a quote left open (or a file that is not CSV): past it the
 * reader stops, so that such a file cannot take all memory.
 */
const MAX_RECORD_BYTES = 64 * (1 << 20);
const DEFAULT_PROGRESS_EVERY_BYTES = 64 * (1 << 20);
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const UPPER_F = 0x46;
const UPPER_I = 0x49;
const UPPER_N = 0x4e;
/** How a field's bytes map to its text. */
const PLAIN = 0;
/** Quoted, no `""` inside: the text is the bytes between the quotes. */
const QUOTED = 1;
/** Quoted with `""` escapes: the text needs unescaping. */
const QUOTED_ESCAPED = 2;
/** A quoted part followed by more text (`"ab"c`): the offsets span the raw bytes, quotes included. */
const IRREGULAR = 3;
/** Parser states. */
const RECORD_START = 0;
const FIELD_START = 1;
const UNQUOTED = 2;
const IN_QUOTES = 3;
const QUOTE_IN_QUOTES = 4;
/** A record (or an empty line) ended with CR: an LF right after it belongs to the same break. */
const AFTER_CR = 5;
/** A byte → 1 table of the bytes that end a scan: one lookup per byte in the hot loops. */
function stopTable(stops) {
    const table = new Uint8Array(256);
    for (const byte of stops)
        table[byte] = 1;
    return table;
}
/** Records kept for one batch (when the reader hands rows on in batches). */
const BATCH_RECORDS = 256;
/**
 * Splits CSV bytes into records and serves each one as the RowView. Bytes go in through `feed`,
 * records come out through `onRecord`; the view is only valid during that call. A record the
 * caller `keep`s stays, with up to BATCH_RECORDS others, until `onFlush` hands the batch on (at
 * the latest when `feed` or `finish` returns, before the buffer moves): `select` then makes each
 * the view's current record.
 */
class CsvRecordParser {
    onRecord;
    onProblem;
    onFlush;
    maxRecordBytes;
    /**
     * The view's current record: its slot in the batch arrays (a record just ended takes the next
     * free slot, kept or not), which say where its fields start (batchBase), how many there are,
     * its row and line, and whether its bytes are not all UTF-8 (then its text is not its bytes).
     */
    current = 0;
    get row() {
        return this.batchRow[this.current];
    }
    set row(row) {
        this.batchRow[this.current] = row;
    }
    get line() {
        return this.batchLine[this.current];
    }
    get length() {
        return this.batchLength[this.current];
    }
    buffer;
    end = 0;
    position = 0;
    state = RECORD_START;
    recordStart = 0;
    fieldStart = 0;
    fieldKind = PLAIN;
    fieldStarts = new Int32Array(64);
    fieldEnds = new Int32Array(64);
    fieldKinds = new Uint8Array(64);
    /** The record being parsed: its fields so far, from fieldBase on. */
    fieldCount = 0;
    fieldBase = 0;
    /** Line where the record being parsed began. */
    recordLine = 1;
    /** The record being parsed holds bytes that are not UTF-8. */
    recordInvalidUtf8 = false;
    /** Whether onRecord kept the record just ended (see keep). */
    kept = false;
    /** The batch: each kept record's field base, length, row, line and UTF-8 flag (one slot more for a record not kept). */
    batchBase = new Int32Array(BATCH_RECORDS + 1);
    batchLength = new Int32Array(BATCH_RECORDS + 1);
    batchRow = new Float64Array(BATCH_RECORDS + 1);
    batchLine = new Float64Array(BATCH_RECORDS + 1);
    batchInvalidUtf8 = new Uint8Array(BATCH_RECORDS + 1);
    batchCount = 0;
    /** The batch is being handed on (onFlush runs), and how many records it holds. */
    delivering = false;
    deliveredCount = 0;
    batchLookups = new Int32Array(BATCH_RECORDS);
    batchNumbers = {
        numbers: new Float64Array(BATCH_RECORDS),
        present: new Uint8Array(BATCH_RECORDS),
    };
    /** Line at the current read position; `line` is the line where the current record began. */
    currentLine = 1;
    quotedFieldLine = 1;
    strayQuoteInRecord = false;
    byteOrderMarkChecked = false;
    /** Bytes before this offset passed the UTF-8 check (a split multi-byte tail waits for more). */
    utf8CheckedUpTo = 0;
    /** Records starting before this offset overlap bytes that failed the UTF-8 check. */
    utf8SuspectUntil = 0;
    /** Set once maxRows is reached, or a record grew past maxRecordBytes: no more records come. */
    stopped = false;
    /** Where an unquoted record grew past maxRecordBytes: the input is not CSV. */
    overlongRecordLine;
    delimiter;
    unquotedStops;
    highestUnquotedStop;
    quotedStops;
    emptyIsMissing;
    missingMarkers;
    missingTexts;
    /** A missing value reads as a number: numbers() must then look for missing values too. */
    numericMissingValue;
    constructor(options, onRecord, onProblem, onFlush, initialCapacity = 2 * DEFAULT_CHUNK_BYTES, maxRecordBytes = MAX_RECORD_BYTES) {
        this.onRecord = onRecord;
        this.onProblem = onProblem;
        this.onFlush = onFlush;
        this.maxRecordBytes = maxRecordBytes;
        this.delimiter = delimiterByte(options.delimiter ?? ",");
        this.unquotedStops = stopTable([this.delimiter, QUOTE, LF, CR]);
        this.highestUnquotedStop = Math.max(this.delimiter, QUOTE);
        this.quotedStops = stopTable([QUOTE, LF, CR]);
        const missingValues = options.missingValues ?? [""];
        this.emptyIsMissing = missingValues.includes("");
        this.missingMarkers = missingValues.filter((value) => value !== "").map((value) => Buffer.from(value));
        this.missingTexts = new Set(missingValues);
        this.numericMissingValue = missingValues.some((value) => !Number.isNaN(parseNumberText(value)));
        this.buffer = Buffer.allocUnsafe(initialCapacity);
    }
    feed(chunk) {
        this.makeRoom(chunk.length + 1);
        this.buffer.set(chunk, this.end);
        this.end += chunk.length;
        // A sentinel after the data: a quote stops both field scans, so they need no bounds check.
        this.buffer[this.end] = QUOTE;
        this.checkUtf8(false);
        this.parse(false);
        this.flush();
        if (this.end - this.recordStart > this.maxRecordBytes && !this.stopped)
            this.stopOnOverlongRecord();
    }
    /** Keeps the record just ended (from onRecord) as row `row` of the batch. */
    keep(row) {
        this.batchRow[this.current] = row;
        this.kept = true;
    }
    /** Makes record `index` of the batch the current one (while the batch is handed on; else nothing). */
    select(index) {
        if (this.delivering)
            this.current = index;
    }
    /** Hands the batch on, and moves the fields of the record being parsed back to the front. */
    flush() {
        if (this.batchCount === 0)
            return;
        const records = this.batchCount;
        this.batchCount = 0;
        this.delivering = true;
        this.deliveredCount = records;
        try {
            this.onFlush(records);
        }
        finally {
            this.delivering = false;
        }
        const from = this.fieldBase;
        if (from > 0) {
            this.fieldStarts.copyWithin(0, from, from + this.fieldCount);
            this.fieldEnds.copyWithin(0, from, from + this.fieldCount);
            this.fieldKinds.copyWithin(0, from, from + this.fieldCount);
            this.fieldBase = 0;
        }
    }
    stopOnOverlongRecord() {
        this.stopped = true;
        if (this.state === IN_QUOTES) {
            const limit = formatMiB(this.maxRecordBytes);
            this.onProblem({
                kind: "unclosed-quote",
                line: this.quotedFieldLine,
                message: `quoted field starting on line ${this.quotedFieldLine} runs past ${limit} without a closing quote; reading stopped there`,
            });
            return;
        }
        this.overlongRecordLine = this.recordLine;
    }
    /** End of input: the last record may lack its line break, or end inside an open quote. */
    finish() {
        this.checkUtf8(true);
        this.parse(true);
        this.finishRecord();
        this.flush();
    }
    finishRecord() {
        if (this.stopped)
            return;
        const end = this.end;
        switch (this.state) {
            case RECORD_START:
            case AFTER_CR:
                return;
            case IN_QUOTES:
                this.onProblem({
                    kind: "unclosed-quote",
                    line: this.quotedFieldLine,
                    message: `quoted field starting on line ${this.quotedFieldLine} is never closed`,
                });
                this.pushField(this.fieldStart, end, this.fieldKind);
                break;
            case QUOTE_IN_QUOTES:
                this.pushField(this.fieldStart, end - 1, this.fieldKind);
                break;
            case FIELD_START:
                this.pushField(end, end, PLAIN);
                break;
            case UNQUOTED:
                this.pushField(this.fieldStart, end, this.fieldKind);
                break;
        }
        this.endRecord(end);
    }
    text(column) {
        const current = this.current;
        if (column >= this.batchLength[current])
            return "";
        const field = this.batchBase[current] + column;
        const start = this.fieldStarts[field];
        const end = this.fieldEnds[field];
        switch (this.fieldKinds[field]) {
            case QUOTED_ESCAPED:
                return this.buffer.toString("utf8", start, end).replaceAll('""', '"');
            case IRREGULAR:
                return decodeIrregularField(this.buffer.subarray(start, end));
            default:
                return this.buffer.toString("utf8", start, end);
        }
    }
    number(column) {
        const current = this.current;
        if (column >= this.batchLength[current])
            return Number.NaN;
        const field = this.batchBase[current] + column;
        if (this.fieldKinds[field] >= QUOTED_ESCAPED)
            return parseNumberText(this.text(column));
        return parseNumberBytes(this.buffer, this.fieldStarts[field], this.fieldEnds[field]);
    }
    integer(column) {
        const current = this.current;
        if (column >= this.batchLength[current])
            return Number.NaN;
        const field = this.batchBase[current] + column;
        if (this.fieldKinds[field] >= QUOTED_ESCAPED)
            return parseIntegerText(this.text(column));
        return parseIntegerBytes(this.buffer, this.fieldStarts[field], this.fieldEnds[field]);
    }
    /**
     * The column's cells in the batch read as numbers (integers), from the bytes, in one loop. A
     * cell is vouched for when it reads as one and is plain (not unescaped) and no missing value
     * reads as a number, or it is not one of them.
     */
    numbers(column, integers) {
        if (!this.delivering)
            return undefined;
        const { numbers, present } = this.batchNumbers;
        const buffer = this.buffer;
        for (let index = 0; index < this.deliveredCount; index++) {
            present[index] = 0;
            if (column >= this.batchLength[index])
                continue;
            const field = this.batchBase[index] + column;
            if (this.fieldKinds[field] >= QUOTED_ESCAPED)
                continue;
            const start = this.fieldStarts[field];
            const end = this.fieldEnds[field];
            const value = integers ? parseIntegerBytes(buffer, start, end) : parseNumberBytes(buffer, start, end);
            // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
            if (value !== value)
                continue;
            if (this.numericMissingValue && this.isMissingBytes(start, end))
                continue;
            numbers[index] = value;
            present[index] = 1;
        }
        return this.batchNumbers;
    }
    /** The column's cells in the batch looked up by their bytes, in one loop (see RowView.lookup). */
    lookup(column, set) {
        if (!this.delivering)
            return undefined;
        const found = this.batchLookups;
        for (let index = 0; index < this.deliveredCount; index++) {
            found[index] = -2;
            if (column >= this.batchLength[index] || this.batchInvalidUtf8[index] === 1)
                continue;
            const field = this.batchBase[index] + column;
            if (this.fieldKinds[field] >= QUOTED_ESCAPED)
                continue;
            const start = this.fieldStarts[field];
            const end = this.fieldEnds[field];
            if (this.isMissingBytes(start, end))
                continue;
            found[index] = set.indexOfBytes(this.buffer, start, end);
        }
        return found;
    }
    /** Whether the cell's text is its bytes (not unescaped, not repaired UTF-8). */
    textIsBytes(column) {
        const current = this.current;
        return (column < this.batchLength[current] &&
            this.fieldKinds[this.batchBase[current] + column] < QUOTED_ESCAPED &&
            this.batchInvalidUtf8[current] === 0);
    }
    indexIn(column, set) {
        if (!this.textIsBytes(column))
            return set.indexOfText(this.text(column));
        const field = this.batchBase[this.current] + column;
        return set.indexOfBytes(this.buffer, this.fieldStarts[field], this.fieldEnds[field]);
    }
    hash(column, out) {
        if (!this.textIsBytes(column))
            (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .hashText */ .qj)(this.text(column), out);
        else {
            const field = this.batchBase[this.current] + column;
            (0,_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .hashBytes */ .yi)(this.buffer, this.fieldStarts[field], this.fieldEnds[field], out);
        }
    }
    isMissing(column) {
        const current = this.current;
        if (column >= this.batchLength[current])
            return true;
        const field = this.batchBase[current] + column;
        if (this.fieldKinds[field] >= QUOTED_ESCAPED)
            return this.missingTexts.has(this.text(column));
        return this.isMissingBytes(this.fieldStarts[field], this.fieldEnds[field]);
    }
    /** Whether buffer[start, end), a plain field, is a missing value. */
    isMissingBytes(start, end) {
        const length = end - start;
        if (length === 0)
            return this.emptyIsMissing;
        const markers = this.missingMarkers;
        for (let index = 0; index < markers.length; index++) {
            const marker = markers[index];
            if (marker.length === length && bytesEqual(this.buffer, start, marker))
                return true;
        }
        return false;
    }
    /**
     * Keeps the unfinished record and makes room for `incoming` more bytes: the record slides to the
     * front when that frees at least half the buffer, else the buffer doubles. Each byte is thus
     * copied a bounded number of times, however long the record.
     */
    makeRoom(incoming) {
        const kept = this.end - this.recordStart;
        if (this.end + incoming <= this.buffer.length)
            return;
        const shift = this.recordStart;
        if (kept + incoming <= this.buffer.length && shift >= this.buffer.length / 2) {
            this.buffer.copyWithin(0, shift, this.end);
        }
        else {
            const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, kept + incoming));
            this.buffer.copy(grown, 0, shift, this.end);
            this.buffer = grown;
        }
        this.end -= shift;
        this.position -= shift;
        this.recordStart = 0;
        this.fieldStart -= shift;
        this.utf8CheckedUpTo = Math.max(this.utf8CheckedUpTo - shift, 0);
        this.utf8SuspectUntil = Math.max(this.utf8SuspectUntil - shift, 0);
        // The batch was handed on before: only the record being parsed has fields.
        for (let field = this.fieldBase; field < this.fieldBase + this.fieldCount; field++) {
            this.fieldStarts[field] -= shift;
            this.fieldEnds[field] -= shift;
        }
    }
    /**
     * Validates the new bytes in one native call; only when that fails are records checked one by
     * one, so clean files pay nothing per record. A multi-byte character split by the chunk
     * boundary waits for the next chunk.
     */
    checkUtf8(final) {
        const checkEnd = final
            ? this.end
            : this.end - incompleteUtf8Tail(this.buffer, this.utf8CheckedUpTo, this.end);
        if (checkEnd <= this.utf8CheckedUpTo)
            return;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.buffer.subarray(this.utf8CheckedUpTo, checkEnd)))
            this.utf8SuspectUntil = checkEnd;
        this.utf8CheckedUpTo = checkEnd;
    }
    skipByteOrderMark() {
        this.byteOrderMarkChecked = true;
        const buffer = this.buffer;
        if (this.end >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
            this.position = 3;
            this.recordStart = 3;
        }
    }
    parse(final) {
        if (!this.byteOrderMarkChecked) {
            if (this.end < 3 && !final)
                return;
            this.skipByteOrderMark();
        }
        const buffer = this.buffer;
        const end = this.end;
        const delimiter = this.delimiter;
        const unquotedStops = this.unquotedStops;
        const quotedStops = this.quotedStops;
        const highestUnquotedStop = this.highestUnquotedStop;
        let position = this.position;
        let state = this.state;
        let fieldStart = this.fieldStart;
        let fieldKind = this.fieldKind;
        while (position < end && !this.stopped) {
            if (state === UNQUOTED) {
                // The hot loop: most bytes are above every stop byte and skip the table lookup; plain
                // fields follow one another here without going round the state machine.
                let byte = buffer[position];
                for (;;) {
                    while (byte > highestUnquotedStop || unquotedStops[byte] === 0)
                        byte = buffer[++position];
                    if (byte !== delimiter || position === end)
                        break;
                    this.pushField(fieldStart, position, fieldKind);
                    // The byte after the data is a quote (the sentinel): a field at the end starts over.
                    byte = buffer[++position];
                    if (byte === QUOTE) {
                        state = FIELD_START;
                        break;
                    }
                    fieldKind = PLAIN;
                    fieldStart = position;
                }
                if (position === end || state === FIELD_START)
                    continue;
                if (byte === QUOTE) {
                    this.strayQuoteInRecord = true;
                    position++;
                }
                else {
                    this.pushField(fieldStart, position, fieldKind);
                    state = this.endRecordAtBreak(position, byte);
                    position++;
                }
                continue;
            }
            switch (state) {
                case AFTER_CR:
                    state = RECORD_START;
                    if (buffer[position] === LF) {
                        position++;
                        this.recordStart = position;
                    }
                    break;
                case RECORD_START: {
                    const byte = buffer[position];
                    if (byte === LF || byte === CR) {
                        // An empty line: no record.
                        position++;
                        this.currentLine++;
                        this.recordStart = position;
                        if (byte === CR)
                            state = AFTER_CR;
                        break;
                    }
                    this.recordLine = this.currentLine;
                    this.strayQuoteInRecord = false;
                    state = FIELD_START;
                    break;
                }
                case FIELD_START:
                    if (buffer[position] === QUOTE) {
                        fieldKind = QUOTED;
                        this.quotedFieldLine = this.currentLine;
                        position++;
                        fieldStart = position;
                        state = IN_QUOTES;
                    }
                    else {
                        fieldKind = PLAIN;
                        fieldStart = position;
                        state = UNQUOTED;
                    }
                    break;
                case IN_QUOTES: {
                    while (quotedStops[buffer[position]] === 0)
                        position++;
                    if (position === end)
                        break;
                    const byte = buffer[position];
                    if (byte === QUOTE)
                        state = QUOTE_IN_QUOTES;
                    else if (byte === CR || buffer[position - 1] !== CR)
                        this.currentLine++;
                    position++;
                    break;
                }
                case QUOTE_IN_QUOTES: {
                    const byte = buffer[position];
                    if (byte === QUOTE) {
                        fieldKind = QUOTED_ESCAPED;
                        position++;
                        state = IN_QUOTES;
                    }
                    else if (byte === delimiter) {
                        this.pushField(fieldStart, position - 1, fieldKind);
                        position++;
                        state = FIELD_START;
                    }
                    else if (byte === LF || byte === CR) {
                        this.pushField(fieldStart, position - 1, fieldKind);
                        state = this.endRecordAtBreak(position, byte);
                        position++;
                    }
                    else {
                        // Text after the closing quote: keep reading it as part of the field.
                        this.strayQuoteInRecord = true;
                        fieldKind = IRREGULAR;
                        fieldStart--;
                        state = UNQUOTED;
                    }
                    break;
                }
            }
        }
        this.position = position;
        this.state = state;
        this.fieldStart = fieldStart;
        this.fieldKind = fieldKind;
    }
    endRecordAtBreak(breakAt, byte) {
        this.currentLine++;
        this.endRecord(breakAt);
        this.recordStart = breakAt + 1;
        return byte === CR ? AFTER_CR : RECORD_START;
    }
    pushField(start, end, kind) {
        const field = this.fieldBase + this.fieldCount;
        if (field === this.fieldStarts.length)
            this.growFields();
        this.fieldStarts[field] = start;
        this.fieldEnds[field] = end;
        this.fieldKinds[field] = kind;
        this.fieldCount++;
    }
    growFields() {
        const capacity = this.fieldStarts.length * 2;
        const starts = new Int32Array(capacity);
        const ends = new Int32Array(capacity);
        const kinds = new Uint8Array(capacity);
        starts.set(this.fieldStarts);
        ends.set(this.fieldEnds);
        kinds.set(this.fieldKinds);
        this.fieldStarts = starts;
        this.fieldEnds = ends;
        this.fieldKinds = kinds;
    }
    endRecord(recordEnd) {
        this.recordInvalidUtf8 =
            this.recordStart < this.utf8SuspectUntil && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.buffer.subarray(this.recordStart, recordEnd));
        if (this.strayQuoteInRecord) {
            this.onProblem({
                kind: "stray-quote",
                line: this.recordLine,
                message: "a quote inside an unquoted field (or text after a closing quote) was read as text",
            });
        }
        if (this.recordInvalidUtf8) {
            this.onProblem({
                kind: "invalid-utf8",
                line: this.recordLine,
                message: "the row holds bytes that are not UTF-8",
            });
        }
        // The record just ended is the view's current one while onRecord runs, in the next free slot.
        const slot = this.batchCount;
        this.batchBase[slot] = this.fieldBase;
        this.batchLength[slot] = this.fieldCount;
        this.batchLine[slot] = this.recordLine;
        this.batchInvalidUtf8[slot] = this.recordInvalidUtf8 ? 1 : 0;
        this.current = slot;
        this.kept = false;
        this.onRecord(this);
        if (this.kept) {
            this.fieldBase += this.fieldCount;
            this.batchCount = slot + 1;
        }
        this.fieldCount = 0;
        if (this.batchCount === BATCH_RECORDS)
            this.flush();
    }
}
function formatMiB(bytes) {
    return `${Number((bytes / (1 << 20)).toPrecision(3))} MiB`;
}
function delimiterByte(delimiter) {
    const bytes = Buffer.from(delimiter);
    const byte = bytes[0];
    if (bytes.length !== 1 || byte === undefined || byte === QUOTE || byte === LF || byte === CR) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`the CSV delimiter must be one ASCII character other than a quote or a line break, got ${JSON.stringify(delimiter)}`, { field: "delimiter" });
    }
    return byte;
}
/** How many bytes at the end of `buffer[from, end)` are the start of an unfinished UTF-8 character. */
function incompleteUtf8Tail(buffer, from, end) {
    for (let back = 1; back <= 3 && end - back >= from; back++) {
        const byte = buffer[end - back];
        if (byte < 0x80)
            return 0;
        if (byte >= 0xc0) {
            const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
            return back < needed ? back : 0;
        }
    }
    return 0;
}
function bytesEqual(buffer, start, marker) {
    for (let index = 0; index < marker.length; index++) {
        if (buffer[start + index] !== marker[index])
            return false;
    }
    return true;
}
/** The text of a field like `"ab""c"d"e`, read as Python's csv module does: `ab"cd"e`. */
function decodeIrregularField(raw) {
    const out = [];
    let index = 1;
    while (index < raw.length) {
        const byte = raw[index];
        if (byte === QUOTE) {
            if (raw[index + 1] === QUOTE) {
                out.push(QUOTE);
                index += 2;
                continue;
            }
            index++;
            break;
        }
        out.push(byte);
        index++;
    }
    const head = Buffer.from(out).toString("utf8");
    return head + Buffer.from(raw.subarray(index)).toString("utf8");
}
/** Exact powers of ten: every one up to 1e22 is a double without rounding. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
/**
 * Parses `[sign] digits [. digits] [e|E [sign] digits]` (at least one mantissa digit) straight
 * from ASCII bytes, and Frictionless' special numbers `INF` and `-INF` (and `NaN`, which reads as
 * NaN like anything that is not a number: callers tell them apart with text()). No whitespace,
 * hex or `Infinity`, unlike `Number()`.
 *
 * When the digits, read as an integer, are exact in a double (≤ 2^53: any 15 digits) and the
 * decimal exponent is within ±22, the result is `mantissa * 10^e` or `mantissa / 10^-e`: both
 * operands are exact, so one correctly rounded operation (Clinger's fast path). Other numbers go
 * to `Number()`, which rounds correctly too.
 */
function parseNumberBytes(bytes, start, end) {
    // Kept small so that the JIT inlines it: decimals of at most 9 digits (the usual ones) are read
    // in 32-bit integer arithmetic here; the rest in parseNumberGeneral.
    let index = start;
    const sign = index < end ? bytes[index] : 0;
    if (sign === MINUS || sign === PLUS)
        index++;
    let mantissa = 0;
    const integerStart = index;
    while (index < end) {
        const digit = bytes[index] - ZERO;
        if (digit < 0 || digit > 9)
            break;
        mantissa = (mantissa * 10 + digit) | 0;
        index++;
    }
    let digits = index - integerStart;
    let fraction = 0;
    if (index < end && bytes[index] === DOT) {
        index++;
        const fractionStart = index;
        while (index < end) {
            const digit = bytes[index] - ZERO;
            if (digit < 0 || digit > 9)
                break;
            mantissa = (mantissa * 10 + digit) | 0;
            index++;
        }
        fraction = index - fractionStart;
        digits += fraction;
    }
    // Nine digits fit 32 bits; then mantissa / 10^fraction is one correctly rounded division.
    if (index === end && digits > 0 && digits <= 9) {
        const magnitude = fraction === 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
        return sign === MINUS ? -magnitude : magnitude;
    }
    return parseNumberGeneral(bytes, start, end);
}
/** parseNumberBytes for any number: long mantissas in doubles, exponents, `INF`. */
function parseNumberGeneral(bytes, start, end) {
    let index = start;
    const sign = index < end ? bytes[index] : 0;
    if (sign === MINUS || sign === PLUS)
        index++;
    let mantissa = 0;
    const integerStart = index;
    while (index < end) {
        const digit = bytes[index] - ZERO;
        if (digit < 0 || digit > 9)
            break;
        mantissa = mantissa * 10 + digit;
        index++;
    }
    let mantissaDigits = index - integerStart;
    let scale = 0;
    if (index < end && bytes[index] === DOT) {
        index++;
        const fractionStart = index;
        while (index < end) {
            const digit = bytes[index] - ZERO;
            if (digit < 0 || digit > 9)
                break;
            mantissa = mantissa * 10 + digit;
            index++;
        }
        scale = fractionStart - index;
        mantissaDigits -= scale;
    }
    if (index === end && mantissaDigits > 0 && mantissa <= Number.MAX_SAFE_INTEGER && scale >= -22) {
        const magnitude = mantissa / POWERS_OF_TEN[-scale];
        return sign === MINUS ? -magnitude : magnitude;
    }
    return parseNumberTail(bytes, start, end, index, mantissaDigits, mantissa, scale);
}
/** The rest of parseNumberBytes: exponents, long mantissas, `INF`, and what is not a number. */
function parseNumberTail(bytes, start, end, tailStart, mantissaDigits, mantissa, fractionScale) {
    if (mantissaDigits === 0)
        return parseInfinity(bytes, start, end);
    let index = tailStart;
    let scale = fractionScale;
    if (index < end) {
        const marker = bytes[index];
        if (marker !== LOWER_E && marker !== UPPER_E)
            return Number.NaN;
        index++;
        let exponentNegative = false;
        if (index < end && (bytes[index] === MINUS || bytes[index] === PLUS)) {
            exponentNegative = bytes[index] === MINUS;
            index++;
        }
        const exponentStart = index;
        let exponent = 0;
        while (index < end) {
            const digit = bytes[index] - ZERO;
            if (digit < 0 || digit > 9)
                break;
            // Saturate: past this, any value is 0 or Infinity and the fallback says which.
            if (exponent < 1_000_000)
                exponent = exponent * 10 + digit;
            index++;
        }
        if (index === exponentStart || index !== end)
            return Number.NaN;
        scale += exponentNegative ? -exponent : exponent;
    }
    const negative = bytes[start] === MINUS;
    if (mantissa <= Number.MAX_SAFE_INTEGER && scale >= -22 && scale <= 22) {
        const magnitude = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
        return negative ? -magnitude : magnitude;
    }
    if (mantissa === 0)
        return negative ? -0 : 0;
    return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1"));
}
/** `INF` or `-INF` (not `+INF`: Frictionless names only these two); anything else is NaN. */
function parseInfinity(bytes, start, end) {
    const negative = bytes[start] === MINUS;
    const index = negative ? start + 1 : start;
    const isInfinity = end - index === 3 &&
        bytes[index] === UPPER_I &&
        bytes[index + 1] === UPPER_N &&
        bytes[index + 2] === UPPER_F;
    if (!isInfinity)
        return Number.NaN;
    return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}
/**
 * `[sign] digits` and nothing else, as parseNumberBytes reads it; NaN for anything else, and for
 * digits too many to be finite. Up to 15 digits are exact in a double and read here directly.
 */
function parseIntegerBytes(bytes, start, end) {
    let index = start;
    const sign = index < end ? bytes[index] : 0;
    if (sign === MINUS || sign === PLUS)
        index++;
    const digitsStart = index;
    let value = 0;
    while (index < end) {
        const digit = bytes[index] - ZERO;
        if (digit < 0 || digit > 9)
            return Number.NaN;
        // 32-bit arithmetic while it fits (9 digits); past that the general parse reads the number.
        value = (value * 10 + digit) | 0;
        index++;
    }
    const digits = index - digitsStart;
    if (digits === 0)
        return Number.NaN;
    if (digits > 9) {
        const long = parseNumberBytes(bytes, start, end);
        return Number.isFinite(long) ? long : Number.NaN;
    }
    return sign === MINUS ? -value : value;
}
/** Room for a decoded string's bytes when they are all ASCII. */
let asciiScratch = new Uint8Array(64);
/** The string's bytes in asciiScratch, or -1 when it holds a character past ASCII (then not a number). */
function asciiBytes(text) {
    const length = text.length;
    if (length > asciiScratch.length)
        asciiScratch = new Uint8Array(Math.max(length, 2 * asciiScratch.length));
    const bytes = asciiScratch;
    for (let index = 0; index < length; index++) {
        const code = text.charCodeAt(index);
        if (code >= 0x80)
            return -1;
        bytes[index] = code;
    }
    return length;
}
/** parseIntegerBytes for a decoded string. */
function parseIntegerText(text) {
    const length = asciiBytes(text);
    return length < 0 ? Number.NaN : parseIntegerBytes(asciiScratch, 0, length);
}
/** parseNumberBytes for a decoded string (JSON values, CSV fields that needed unescaping). */
function parseNumberText(text) {
    // Every character of a number is ASCII: any other makes the text not a number.
    const length = asciiBytes(text);
    return length < 0 ? Number.NaN : parseNumberBytes(asciiScratch, 0, length);
}
async function openByteSource(file, chunkBytes = DEFAULT_CHUNK_BYTES) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, "r");
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`cannot open the file: ${error.message}`, { file }, { cause: error });
    }
    let bytesTotal;
    let gzipped;
    try {
        bytesTotal = (await handle.stat()).size;
        const magic = Buffer.alloc(2);
        const { bytesRead } = await handle.read(magic, 0, 2, 0);
        gzipped = bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    }
    catch (error) {
        await handle.close();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`cannot read the file: ${error.message}`, { file }, { cause: error });
    }
    const fileStream = handle.createReadStream({ start: 0, highWaterMark: chunkBytes });
    let chunks = fileStream;
    if (gzipped) {
        const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: Math.max(chunkBytes, 64) });
        fileStream.on("error", (error) => gunzip.destroy(error));
        chunks = fileStream.pipe(gunzip);
    }
    return {
        chunks: wrapStreamErrors(chunks, file, gzipped),
        bytesRead: () => fileStream.bytesRead,
        bytesTotal,
        close: () => {
            chunks.destroy();
            fileStream.destroy();
        },
    };
}
async function* wrapStreamErrors(stream, file, gzipped) {
    try {
        for await (const chunk of stream)
            yield chunk;
    }
    catch (error) {
        const what = gzipped ? "cannot decompress the gzip file" : "cannot read the file";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`${what}: ${error.message}`, { file }, { cause: error });
    }
}
/** readCsv with the chunk size and the record limit set by the caller (tests). */
async function readCsvInChunks(file, options, { chunkBytes, maxRecordBytes = MAX_RECORD_BYTES }, onRow, onColumns) {
    const problems = [];
    const useHeader = options.header ?? true;
    const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    const onBatch = options.onBatch;
    let columns;
    let rows = 0;
    const announceColumns = (names) => {
        columns = names;
        onColumns?.(names);
    };
    const parser = new CsvRecordParser(options, (record) => {
        if (columns === undefined) {
            const names = Array.from({ length: record.length }, (_, index) => useHeader ? record.text(index) : `field${index + 1}`);
            announceColumns(names);
            if (useHeader)
                return;
        }
        if (rows >= maxRows) {
            record.stopped = true;
            return;
        }
        rows++;
        if (onBatch)
            record.keep(rows);
        else {
            record.row = rows;
            onRow(record);
        }
        if (rows >= maxRows)
            record.stopped = true;
    }, (problem) => {
        if (rows >= maxRows)
            return;
        const row = columns === undefined && useHeader ? 0 : rows + 1;
        problems.push({ ...problem, row });
    }, (records) => onBatch?.(parser, records), 2 * chunkBytes, maxRecordBytes);
    const source = await openByteSource(file, chunkBytes);
    const progressEvery = options.progressEveryBytes ?? DEFAULT_PROGRESS_EVERY_BYTES;
    let nextProgressAt = progressEvery;
    const reportProgress = () => options.onProgress?.({ bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal, rows });
    try {
        for await (const chunk of source.chunks) {
            parser.feed(chunk);
            if (parser.stopped)
                break;
            if (source.bytesRead() >= nextProgressAt) {
                reportProgress();
                nextProgressAt = (Math.floor(source.bytesRead() / progressEvery) + 1) * progressEvery;
            }
        }
        if (!parser.stopped)
            parser.finish();
    }
    finally {
        source.close();
    }
    if (parser.overlongRecordLine !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(`a record longer than ${formatMiB(maxRecordBytes)} starts here: is this a CSV file?`, {
            file,
            line: parser.overlongRecordLine,
        });
    }
    if (columns === undefined)
        announceColumns([]);
    reportProgress();
    return { columns: columns ?? [], rows, bytes: source.bytesRead(), problems };
}
const readCsv = (file, options, onRow, onColumns) => readCsvInChunks(file, options, { chunkBytes: DEFAULT_CHUNK_BYTES }, onRow, onColumns);


/***/ }),

/***/ 6926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wl: () => (/* binding */ TextSet),
/* harmony export */   _W: () => (/* binding */ RowViewWithDefaults),
/* harmony export */   hj: () => (/* binding */ completeRowView),
/* harmony export */   qj: () => (/* binding */ hashText),
/* harmony export */   sT: () => (/* binding */ fmix32),
/* harmony export */   yi: () => (/* binding */ hashBytes),
/* harmony export */   yk: () => (/* binding */ finishHash64)
/* harmony export */ });
const INTEGER_TEXT = /^[+-]?\d+$/;
/**
 * A view with the optional methods, as the reference defines them from text() and number(): the
 * view itself when it has them all, else a wrapper (reused when `reuse` is given).
 */
function completeRowView(view, reuse) {
    if (view.integer !== undefined &&
        view.indexIn !== undefined &&
        view.hash !== undefined &&
        view.select !== undefined &&
        view.numbers !== undefined &&
        view.lookup !== undefined)
        return view;
    const wrapper = reuse ?? new RowViewWithDefaults();
    wrapper.inner = view;
    return wrapper;
}
/** The reference definitions of RowView's optional methods, over any view. */
class RowViewWithDefaults {
    inner = {
        row: 0,
        line: 0,
        length: 0,
        text: () => "",
        number: () => Number.NaN,
        isMissing: () => true,
    };
    get row() {
        return this.inner.row;
    }
    get line() {
        return this.inner.line;
    }
    get length() {
        return this.inner.length;
    }
    text(column) {
        return this.inner.text(column);
    }
    number(column) {
        return this.inner.number(column);
    }
    isMissing(column) {
        return this.inner.isMissing(column);
    }
    select(index) {
        this.inner.select?.(index);
    }
    numbers(column, integers) {
        return this.inner.numbers?.(column, integers);
    }
    lookup(column, set) {
        return this.inner.lookup?.(column, set);
    }
    integer(column) {
        const inner = this.inner;
        if (inner.integer)
            return inner.integer(column);
        const n = inner.number(column);
        return Number.isFinite(n) && INTEGER_TEXT.test(inner.text(column)) ? n : Number.NaN;
    }
    indexIn(column, set) {
        return this.inner.indexIn ? this.inner.indexIn(column, set) : set.indexOfText(this.inner.text(column));
    }
    hash(column, out) {
        if (this.inner.hash)
            this.inner.hash(column, out);
        else
            hashText(this.inner.text(column), out);
    }
}
/**
 * A fixed set of texts (enum values, boolean spellings) that answers for a text or for its UTF-8
 * bytes without decoding them: an open-addressing table of the values' bytes.
 */
class TextSet {
    values;
    indexOf = new Map();
    encoded;
    /**
     * Slot → index + 1 of a value (0: empty), the value's byte length and its first four bytes
     * packed little-endian: most cells are told apart by those two numbers, and short values
     * (four bytes or fewer) need nothing more.
     */
    slots;
    lengths;
    heads;
    mask;
    constructor(values) {
        this.values = [...values];
        this.encoded = this.values.map((value) => Buffer.from(value, "utf8"));
        let capacity = 8;
        while (capacity < this.values.length * 2)
            capacity *= 2;
        this.slots = new Int32Array(capacity);
        this.lengths = new Int32Array(capacity);
        this.heads = new Int32Array(capacity);
        this.mask = capacity - 1;
        this.values.forEach((value, index) => {
            if (this.indexOf.has(value))
                return;
            this.indexOf.set(value, index);
            const bytes = this.encoded[index];
            const head = headOf(bytes, 0, bytes.length);
            let slot = slotOf(head, bytes.length) & this.mask;
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.slots[slot] = index + 1;
            this.lengths[slot] = bytes.length;
            this.heads[slot] = head;
        });
    }
    get size() {
        return this.indexOf.size;
    }
    indexOfText(text) {
        return this.indexOf.get(text) ?? -1;
    }
    /** The index of the value whose UTF-8 is bytes[start, end), or -1. */
    indexOfBytes(bytes, start, end) {
        const length = end - start;
        const head = headOf(bytes, start, end);
        const mask = this.mask;
        let slot = slotOf(head, length) & mask;
        for (;;) {
            const entry = this.slots[slot];
            if (entry === 0)
                return -1;
            if (this.heads[slot] === head && this.lengths[slot] === length) {
                if (length <= 4)
                    return entry - 1;
                const value = this.encoded[entry - 1];
                let index = 4;
                while (index < length && value[index] === bytes[start + index])
                    index++;
                if (index === length)
                    return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }
}
/** The first four bytes of bytes[start, end) (fewer when shorter), packed little-endian. */
function headOf(bytes, start, end) {
    const length = end - start;
    if (length >= 4)
        return bytes[start] | (bytes[start + 1] << 8) | (bytes[start + 2] << 16) | (bytes[start + 3] << 24);
    let head = 0;
    for (let index = 0; index < length; index++)
        head |= bytes[start + index] << (8 * index);
    return head;
}
function slotOf(head, length) {
    return fmix32(head ^ Math.imul(length, 0x9e3779b1)) >>> 0;
}
// ---------------------------------------------------------------------------------------------
// 64-bit hashes of texts, for unique and primary keys: the same for a text and for its UTF-8 bytes.
const SEED_HIGH = 0x9747b28c;
const SEED_LOW = 0x2f1d5a53;
/**
 * A 64-bit hash of bytes[start, end): two murmur3-style 32-bit lanes with their own constants over
 * 4-byte words, mixed together at the end. High half in out[0], low in out[1] (unsigned).
 */
function hashBytes(bytes, start, end, out) {
    let h1 = SEED_HIGH;
    let h2 = SEED_LOW;
    let index = start;
    const wordsEnd = end - 3;
    for (; index < wordsEnd; index += 4) {
        const word = bytes[index] | (bytes[index + 1] << 8) | (bytes[index + 2] << 16) | (bytes[index + 3] << 24);
        let k1 = Math.imul(word, 0xcc9e2d51);
        k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
        h1 ^= k1;
        h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
        let k2 = Math.imul(word, 0x85ebca77);
        k2 = Math.imul((k2 << 13) | (k2 >>> 19), 0xc2b2ae3d);
        h2 ^= k2;
        h2 = (Math.imul((h2 << 17) | (h2 >>> 15), 5) + 0x52dce729) | 0;
    }
    if (index < end) {
        let tail = bytes[index];
        if (index + 1 < end)
            tail |= bytes[index + 1] << 8;
        if (index + 2 < end)
            tail |= bytes[index + 2] << 16;
        let k1 = Math.imul(tail, 0xcc9e2d51);
        k1 = Math.imul((k1 << 15) | (k1 >>> 17), 0x1b873593);
        h1 ^= k1;
        let k2 = Math.imul(tail, 0x85ebca77);
        k2 = Math.imul((k2 << 13) | (k2 >>> 19), 0xc2b2ae3d);
        h2 ^= k2;
    }
    finishHash64(h1, h2, end - start, out);
}
/**
 * The end of a 64-bit hash of two murmur3-style lanes (hashBytes, key-set.ts' hashWords): the
 * input's length mixed in, then the lanes into each other. High half in out[0], low in out[1].
 */
function finishHash64(h1, h2, length, out) {
    h1 ^= length;
    h2 ^= length;
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    out[0] = h1;
    out[1] = h2;
}
let scratch = new Uint8Array(256);
const encoder = new TextEncoder();
/** hashBytes of the text's UTF-8 (a lone surrogate as U+FFFD, as Buffer.from writes it). */
function hashText(text, out) {
    const length = text.length;
    if (length * 3 > scratch.length)
        scratch = new Uint8Array(Math.max(length * 3, scratch.length * 2));
    const bytes = scratch;
    let index = 0;
    for (; index < length; index++) {
        const code = text.charCodeAt(index);
        if (code >= 0x80)
            break;
        bytes[index] = code;
    }
    if (index === length)
        hashBytes(bytes, 0, length, out);
    else
        hashBytes(bytes, 0, encoder.encodeInto(text, bytes).written, out);
}
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}


/***/ }),

/***/ 882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ expandSources),
  v: () => (/* binding */ readData)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
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

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/scan.js + 7 modules
var src_scan = __webpack_require__(4447);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(3969);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(4809);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(8286);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
;// CONCATENATED MODULE: ./lib/data/parquet.ts
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
            const header = checkedHeader((0,column/* parquetHeader */.wK)(reader), reader.view.byteLength - reader.offset);
            const compressed = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
            reader.offset += header.compressed_page_size;
            if (header.type === "DICTIONARY_PAGE") {
                const dictionaryHeader = header.dictionary_page_header;
                if (!dictionaryHeader)
                    throw new Error("parquet dictionary page header is undefined");
                const page = (0,datapage/* decompressPage */.tC)(compressed, Number(header.uncompressed_page_size), decoder.codec, src/* compressors */.Vm);
                const pageReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
                const dictionary = (0,convert/* convert */.C6)((0,plain/* readPlain */.r)(pageReader, decoder.type, dictionaryHeader.num_values, decoder.element.type_length), decoder);
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
                const page = (0,datapage/* decompressPage */.tC)(compressed, Number(header.uncompressed_page_size), decoder.codec, src/* compressors */.Vm);
                const levelsRead = this.maxDefinitionLevel === 0 || dataHeader.definition_level_encoding === "RLE"
                    ? this.readLevels(page, 0, rows, undefined)
                    : -1;
                if (levelsRead < 0 || !this.readValues(page, levelsRead, rows, dataHeader.encoding)) {
                    const { definitionLevels, dataPage } = (0,datapage/* readDataPage */.kS)(page, dataHeader, decoder);
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
                        values = (0,datapage/* decompressPage */.tC)(values, Number(header.uncompressed_page_size) - levelBytes, decoder.codec, src/* compressors */.Vm);
                    handled = levelsEnd >= 0 && this.readValues(values, 0, rows, dataHeader.encoding);
                }
                if (!handled) {
                    const { definitionLevels, dataPage } = (0,datapage/* readDataPageV2 */.uD)(compressed, header, decoder);
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
        this.decoded = this.decodedIndexed ? values : (0,convert/* convert */.C6)(values, this.decoder);
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
        this.ascii = (0,external_node_buffer_.isAscii)(page.subarray(offset, at)) || this.valuesAreAscii(count);
        return true;
    }
    valuesAreAscii(count) {
        for (let index = 0; index < count; index++) {
            const start = this.valueStarts[index];
            if (!(0,external_node_buffer_.isAscii)(this.page.subarray(start, start + this.valueLengths[index])))
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
                ? (0,csv/* parseNumberBytes */.oX)(batch.bytes, batch.starts[index], batch.ends[index])
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
                ? (0,csv/* parseIntegerBytes */.PD)(batch.bytes, batch.starts[index], batch.ends[index])
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
            (0,rows/* hashBytes */.yi)(batch.bytes, batch.starts[this.index], batch.ends[this.index], out);
        else {
            const value = this.value(column);
            (0,rows/* hashText */.qj)(typeof value === "string" ? value : valueText(value), out);
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
        return (0,csv/* parseIntegerText */.py)(value);
    return Number.NaN;
}
/** number() of a value as hyparquet gives it. */
function numberOfValue(value) {
    if (typeof value === "number")
        return value;
    if (typeof value === "bigint")
        return Number(value);
    if (typeof value === "string")
        return (0,csv/* parseNumberText */.ke)(value);
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
        handle = await (0,promises_.open)(file, "r");
    }
    catch (error) {
        throw new errors/* DataError */.fL(`cannot open the file: ${error.message}`, { file }, { cause: error });
    }
    try {
        const bytesTotal = (await handle.stat()).size;
        const source = fileRanges(handle, bytesTotal);
        const unreadable = (error) => {
            throw new errors/* DataError */.fL(`not a readable Parquet file: ${error.message}`, { file }, { cause: error });
        };
        const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(source).catch(unreadable);
        // A damaged schema (children it does not have) breaks these with a TypeError: say so as one.
        let columns = [];
        let flat = [];
        try {
            const schemaTree = (0,src_metadata/* parquetSchema */.YR)(metadata);
            columns = schemaTree.children.map((child) => child.element.name);
            // Flat columns are read page by page here; others (lists, structs) by hyparquet's scan.
            flat = columns.map((name) => {
                const schemaPath = (0,schema/* getTreePath */.st)(schemaTree, [name]);
                return (0,schema/* isFlatColumn */.g7)(schemaPath)
                    ? { schemaPath, maxDefinitionLevel: (0,schema/* getMaxDefinitionLevel */.mM)(schemaPath) }
                    : undefined;
            });
        }
        catch (error) {
            unreadable(error);
        }
        onColumns?.(columns);
        const nested = columns.filter((_, index) => flat[index] === undefined);
        const scan = nested.length > 0
            ? await (0,src_scan/* parquetScan */.Ik)({ file: source, metadata, compressors: src/* compressors */.Vm, parsers }).catch(unreadable)
            : undefined;
        const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
        const progressEvery = options.progressEveryBytes ?? csv/* DEFAULT_PROGRESS_EVERY_BYTES */.yU;
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
                throw new errors/* DataError */.fL(detail, { file }, { cause: error });
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
                    compressors: src/* compressors */.Vm,
                    parsers: { ...convert/* DEFAULT_PARSERS */.Rc, ...parsers },
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
            return readParquet(file, options, onRow, onColumns);
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
async function expandPattern(pattern, cwd) {
    if ((0,dist/* isDynamicPattern */.ey)(pattern)) {
        return (0,dist/* glob */.TI)([pattern], { cwd, absolute: true, onlyFiles: true, expandDirectories: false });
    }
    const target = external_node_path_default().resolve(cwd, pattern);
    const info = await (0,promises_.stat)(target).catch(() => undefined);
    if (info === undefined)
        return [];
    if (!info.isDirectory())
        return [target];
    const inside = await (0,dist/* glob */.TI)(["**/*"], { cwd: target, absolute: true, onlyFiles: true });
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
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
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ min: value.optional(), max: value.optional() }).superRefine((bounds, context) => {
        if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
            context.addIssue({
                code: "custom",
                path: ["min"],
                message: `min ${bounds.min} is greater than max ${bounds.max}`,
            });
        }
    });
}
const share = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1);
const shareBounds = boundsOf(share);
const quantileBounds = boundsOf(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig());
const quantileKeyPattern = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/;
// Checked in the refinement below (for a message naming the key); the JSON Schema gets the pattern.
const quantileKey = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP();
const fieldChecks = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    maxMissingShare: share
        .optional()
        .describe("Largest share (0..1) of missing values allowed in the column."),
    quantiles: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(quantileKey, quantileBounds)
        .optional()
        .describe('Bounds for quantiles of the column, keyed by quantile: { "0.5": { min: 10, max: 20 } }.'),
    categoryShares: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), shareBounds)
        .optional()
        .describe('Bounds (0..1) on the share of rows holding each value: { "churned": { max: 0.3 } }.'),
})
    .superRefine((checks, context) => {
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
})
    .describe("Trainyard's checks on the column as a whole.");
const baseConstraints = {
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("Every row must have a value (not one of missingValues)."),
    unique: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe("No two rows may have the same value."),
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
const length = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0);
const regexPattern = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().superRefine((pattern, context) => {
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
});
function isoTemporal(type) {
    const wanted = type === "date" ? "an ISO 8601 date (YYYY-MM-DD)" : "an ISO 8601 date-time (YYYY-MM-DDTHH:MM:SSZ)";
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().superRefine((text, context) => {
        if (parseIsoTemporal(type, text) === undefined) {
            context.addIssue({ code: "custom", message: `expected ${wanted}, got ${JSON.stringify(text)}` });
        }
    });
}
function compareIsoTemporal(type) {
    return (a, b) => (parseIsoTemporal(type, a) ?? 0) - (parseIsoTemporal(type, b) ?? 0);
}
const enumOf = (value) => zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(value).min(1).optional().describe("The only values allowed.");
const stringConstraints = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...baseConstraints,
    minLength: length.optional(),
    maxLength: length.optional(),
    pattern: regexPattern.optional().describe("Regular expression the whole value must match."),
    enum: enumOf(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
})
    .superRefine(refineLengthOrder);
function orderedConstraints(value, compare) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        ...baseConstraints,
        minimum: value.optional(),
        maximum: value.optional(),
        enum: enumOf(value),
    })
        .superRefine(refineValueOrder(compare));
}
const integerValue = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int();
const integerConstraints = orderedConstraints(integerValue, compareNumbers);
const numberConstraints = orderedConstraints(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), compareNumbers);
const booleanConstraints = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ ...baseConstraints, enum: enumOf(zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()) });
const dateConstraints = orderedConstraints(isoTemporal("date"), compareIsoTemporal("date"));
const datetimeConstraints = orderedConstraints(isoTemporal("datetime"), compareIsoTemporal("datetime"));
const temporalFormat = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .superRefine((format, context) => {
    if (format === "default" || format === "any")
        return;
    const parsed = parseTemporalPattern(format);
    if (parsed.problem !== undefined)
        context.addIssue({ code: "custom", message: parsed.problem });
})
    .default("default")
    .describe('"default" (ISO 8601), "any", or a pattern such as "%d/%m/%Y" or "%Y-%m-%d %H:%M:%S".');
const commonField = {
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe("The column's name, as in the data's header."),
    title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
};
// Other types take only the default format, which Frictionless tools often write out.
const defaultFormatOnly = zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("default").default("default");
const bareNumber = zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
    .default(true)
    .describe("false: allow text around the number, as in 95% or $10.");
const oneCharacter = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().length(1);
const stringField = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("string").default("string"),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(stringFormats).default("default"),
    constraints: stringConstraints.default({}),
    checks: fieldChecks.default({}),
});
const integerField = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("integer"),
    format: defaultFormatOnly,
    bareNumber,
    groupChar: oneCharacter.optional(),
    constraints: integerConstraints.default({}),
    checks: fieldChecks.default({}),
});
const numberField = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("number"),
    format: defaultFormatOnly,
    decimalChar: oneCharacter.default("."),
    groupChar: oneCharacter.optional(),
    bareNumber,
    constraints: numberConstraints.default({}),
    checks: fieldChecks.default({}),
});
const booleanField = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("boolean"),
    format: defaultFormatOnly,
    trueValues: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .min(1)
        .default([...defaultTrueValues]),
    falseValues: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .min(1)
        .default([...defaultFalseValues]),
    constraints: booleanConstraints.default({}),
    checks: fieldChecks.default({}),
});
const dateField = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("date"),
    format: temporalFormat,
    constraints: dateConstraints.default({}),
    checks: fieldChecks.default({}),
});
const datetimeField = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("datetime"),
    format: temporalFormat,
    constraints: datetimeConstraints.default({}),
    checks: fieldChecks.default({}),
});
const yearField = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    ...commonField,
    type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("year"),
    format: defaultFormatOnly,
    constraints: integerConstraints.default({}),
    checks: fieldChecks.default({}),
});
const fieldSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt("type", [
    stringField,
    integerField,
    numberField,
    booleanField,
    dateField,
    datetimeField,
    yearField,
])
    .superRefine((field, context) => {
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
});
const countBound = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0);
const tableChecks = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    rows: boundsOf(countBound).optional().describe("Bounds on the number of data rows."),
})
    .describe("Trainyard's checks on the table as a whole.");
const tableSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe("URL of this file's JSON Schema, for editors."),
    fields: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(fieldSchema).min(1).describe("The columns, in order."),
    missingValues: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP())
        .default([...defaultMissingValues])
        .describe('Cell texts that mean "no value" (default [""]).'),
    primaryKey: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1)])
        .optional()
        .describe("Field name(s) whose values together identify a row: unique and never missing."),
    checks: tableChecks.default({}),
})
    .superRefine((schema, context) => {
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
});
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
