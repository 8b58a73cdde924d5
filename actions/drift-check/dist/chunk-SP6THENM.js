import { createRequire as __trainyardCreateRequire } from "node:module";
const require = __trainyardCreateRequire(import.meta.url);

// lib/errors.ts
var TrainyardError = class extends Error {
  location;
  /** The problem without the location prefix: `expected number, got "ten"`. */
  detail;
  constructor(detail, location = {}, options) {
    super(formatLocated(detail, location), options);
    this.detail = detail;
    this.location = location;
  }
};
var ConfigError = class extends TrainyardError {
  kind = "config";
  name = "ConfigError";
};
var DataError = class extends TrainyardError {
  kind = "data";
  name = "DataError";
};
var GitHubError = class extends TrainyardError {
  kind = "github";
  name = "GitHubError";
  status;
  request;
  constructor(detail, info = {}) {
    super(info.request ? `${info.request}: ${detail}` : detail, info.location, { cause: info.cause });
    this.status = info.status;
    this.request = info.request;
  }
};
function formatLocated(detail, location) {
  let where = location.file ?? "";
  if (location.file && location.line !== void 0) {
    where += `:${location.line}`;
    if (location.column !== void 0) where += `:${location.column}`;
  }
  if (location.field) where = where ? `${where} ${location.field}` : location.field;
  return where ? `${where}: ${detail}` : detail;
}
function isTrainyardError(error) {
  return error instanceof TrainyardError;
}

// lib/data/rows.ts
var INTEGER_TEXT = /^[+-]?\d+$/;
function completeRowView(view, reuse) {
  if (view.integer !== void 0 && view.indexIn !== void 0 && view.hash !== void 0 && view.select !== void 0 && view.numbers !== void 0 && view.lookup !== void 0)
    return view;
  const wrapper = reuse ?? new RowViewWithDefaults();
  wrapper.inner = view;
  return wrapper;
}
var RowViewWithDefaults = class {
  inner = {
    row: 0,
    line: 0,
    length: 0,
    text: () => "",
    number: () => Number.NaN,
    isMissing: () => true
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
    if (inner.integer) return inner.integer(column);
    const n = inner.number(column);
    return Number.isFinite(n) && INTEGER_TEXT.test(inner.text(column)) ? n : Number.NaN;
  }
  indexIn(column, set) {
    return this.inner.indexIn ? this.inner.indexIn(column, set) : set.indexOfText(this.inner.text(column));
  }
  hash(column, out) {
    if (this.inner.hash) this.inner.hash(column, out);
    else hashText(this.inner.text(column), out);
  }
};
var TextSet = class {
  values;
  indexOf = /* @__PURE__ */ new Map();
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
    while (capacity < this.values.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.heads = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.values.forEach((value, index) => {
      if (this.indexOf.has(value)) return;
      this.indexOf.set(value, index);
      const bytes = this.encoded[index];
      const head = headOf(bytes, 0, bytes.length);
      let slot = slotOf(head, bytes.length) & this.mask;
      while (this.slots[slot] !== 0) slot = slot + 1 & this.mask;
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
    for (; ; ) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      if (this.heads[slot] === head && this.lengths[slot] === length) {
        if (length <= 4) return entry - 1;
        const value = this.encoded[entry - 1];
        let index = 4;
        while (index < length && value[index] === bytes[start + index]) index++;
        if (index === length) return entry - 1;
      }
      slot = slot + 1 & mask;
    }
  }
};
function headOf(bytes, start, end) {
  const length = end - start;
  if (length >= 4)
    return bytes[start] | bytes[start + 1] << 8 | bytes[start + 2] << 16 | bytes[start + 3] << 24;
  let head = 0;
  for (let index = 0; index < length; index++) head |= bytes[start + index] << 8 * index;
  return head;
}
function slotOf(head, length) {
  return fmix32(head ^ Math.imul(length, 2654435761)) >>> 0;
}
var SEED_HIGH = 2538058380;
var SEED_LOW = 790452819;
function hashBytes(bytes, start, end, out) {
  let h1 = SEED_HIGH;
  let h2 = SEED_LOW;
  let index = start;
  const wordsEnd = end - 3;
  for (; index < wordsEnd; index += 4) {
    const word = bytes[index] | bytes[index + 1] << 8 | bytes[index + 2] << 16 | bytes[index + 3] << 24;
    let k1 = Math.imul(word, 3432918353);
    k1 = Math.imul(k1 << 15 | k1 >>> 17, 461845907);
    h1 ^= k1;
    h1 = Math.imul(h1 << 13 | h1 >>> 19, 5) + 3864292196 | 0;
    let k2 = Math.imul(word, 2246822519);
    k2 = Math.imul(k2 << 13 | k2 >>> 19, 3266489917);
    h2 ^= k2;
    h2 = Math.imul(h2 << 17 | h2 >>> 15, 5) + 1390208809 | 0;
  }
  if (index < end) {
    let tail = bytes[index];
    if (index + 1 < end) tail |= bytes[index + 1] << 8;
    if (index + 2 < end) tail |= bytes[index + 2] << 16;
    let k1 = Math.imul(tail, 3432918353);
    k1 = Math.imul(k1 << 15 | k1 >>> 17, 461845907);
    h1 ^= k1;
    let k2 = Math.imul(tail, 2246822519);
    k2 = Math.imul(k2 << 13 | k2 >>> 19, 3266489917);
    h2 ^= k2;
  }
  finishHash64(h1, h2, end - start, out);
}
function finishHash64(h1, h2, length, out) {
  h1 ^= length;
  h2 ^= length;
  h1 = h1 + h2 | 0;
  h2 = h2 + h1 | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h1 = h1 + h2 | 0;
  h2 = h2 + h1 | 0;
  out[0] = h1;
  out[1] = h2;
}
var scratch = new Uint8Array(256);
var encoder = new TextEncoder();
function hashText(text, out) {
  const length = text.length;
  if (length * 3 > scratch.length) scratch = new Uint8Array(Math.max(length * 3, scratch.length * 2));
  const bytes = scratch;
  let index = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) break;
    bytes[index] = code;
  }
  if (index === length) hashBytes(bytes, 0, length, out);
  else hashBytes(bytes, 0, encoder.encodeInto(text, bytes).written, out);
}
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h;
}

// lib/data/csv.ts
import { isUtf8 } from "node:buffer";
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createGunzip } from "node:zlib";
var DEFAULT_CHUNK_BYTES = 1 << 20;
var MAX_RECORD_BYTES = 64 * (1 << 20);
var DEFAULT_PROGRESS_EVERY_BYTES = 64 * (1 << 20);
var QUOTE = 34;
var LF = 10;
var CR = 13;
var PLUS = 43;
var MINUS = 45;
var DOT = 46;
var ZERO = 48;
var LOWER_E = 101;
var UPPER_E = 69;
var UPPER_F = 70;
var UPPER_I = 73;
var UPPER_N = 78;
var PLAIN = 0;
var QUOTED = 1;
var QUOTED_ESCAPED = 2;
var IRREGULAR = 3;
var RECORD_START = 0;
var FIELD_START = 1;
var UNQUOTED = 2;
var IN_QUOTES = 3;
var QUOTE_IN_QUOTES = 4;
var AFTER_CR = 5;
function stopTable(stops) {
  const table = new Uint8Array(256);
  for (const byte of stops) table[byte] = 1;
  return table;
}
var BATCH_RECORDS = 256;
var CsvRecordParser = class {
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
    present: new Uint8Array(BATCH_RECORDS)
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
  feed(chunk) {
    this.makeRoom(chunk.length + 1);
    this.buffer.set(chunk, this.end);
    this.end += chunk.length;
    this.buffer[this.end] = QUOTE;
    this.checkUtf8(false);
    this.parse(false);
    this.flush();
    if (this.end - this.recordStart > this.maxRecordBytes && !this.stopped) this.stopOnOverlongRecord();
  }
  /** Keeps the record just ended (from onRecord) as row `row` of the batch. */
  keep(row) {
    this.batchRow[this.current] = row;
    this.kept = true;
  }
  /** Makes record `index` of the batch the current one (while the batch is handed on; else nothing). */
  select(index) {
    if (this.delivering) this.current = index;
  }
  /** Hands the batch on, and moves the fields of the record being parsed back to the front. */
  flush() {
    if (this.batchCount === 0) return;
    const records = this.batchCount;
    this.batchCount = 0;
    this.delivering = true;
    this.deliveredCount = records;
    try {
      this.onFlush(records);
    } finally {
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
        message: `quoted field starting on line ${this.quotedFieldLine} runs past ${limit} without a closing quote; reading stopped there`
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
    if (this.stopped) return;
    const end = this.end;
    switch (this.state) {
      case RECORD_START:
      case AFTER_CR:
        return;
      case IN_QUOTES:
        this.onProblem({
          kind: "unclosed-quote",
          line: this.quotedFieldLine,
          message: `quoted field starting on line ${this.quotedFieldLine} is never closed`
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
    if (column >= this.batchLength[current]) return "";
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
    if (column >= this.batchLength[current]) return Number.NaN;
    const field = this.batchBase[current] + column;
    if (this.fieldKinds[field] >= QUOTED_ESCAPED) return parseNumberText(this.text(column));
    return parseNumberBytes(this.buffer, this.fieldStarts[field], this.fieldEnds[field]);
  }
  integer(column) {
    const current = this.current;
    if (column >= this.batchLength[current]) return Number.NaN;
    const field = this.batchBase[current] + column;
    if (this.fieldKinds[field] >= QUOTED_ESCAPED) return parseIntegerText(this.text(column));
    return parseIntegerBytes(this.buffer, this.fieldStarts[field], this.fieldEnds[field]);
  }
  /**
   * The column's cells in the batch read as numbers (integers), from the bytes, in one loop. A
   * cell is vouched for when it reads as one and is plain (not unescaped) and no missing value
   * reads as a number, or it is not one of them.
   */
  numbers(column, integers) {
    if (!this.delivering) return void 0;
    const { numbers, present } = this.batchNumbers;
    const buffer = this.buffer;
    for (let index = 0; index < this.deliveredCount; index++) {
      present[index] = 0;
      if (column >= this.batchLength[index]) continue;
      const field = this.batchBase[index] + column;
      if (this.fieldKinds[field] >= QUOTED_ESCAPED) continue;
      const start = this.fieldStarts[field];
      const end = this.fieldEnds[field];
      const value = integers ? parseIntegerBytes(buffer, start, end) : parseNumberBytes(buffer, start, end);
      if (value !== value) continue;
      if (this.numericMissingValue && this.isMissingBytes(start, end)) continue;
      numbers[index] = value;
      present[index] = 1;
    }
    return this.batchNumbers;
  }
  /** The column's cells in the batch looked up by their bytes, in one loop (see RowView.lookup). */
  lookup(column, set) {
    if (!this.delivering) return void 0;
    const found = this.batchLookups;
    for (let index = 0; index < this.deliveredCount; index++) {
      found[index] = -2;
      if (column >= this.batchLength[index] || this.batchInvalidUtf8[index] === 1) continue;
      const field = this.batchBase[index] + column;
      if (this.fieldKinds[field] >= QUOTED_ESCAPED) continue;
      const start = this.fieldStarts[field];
      const end = this.fieldEnds[field];
      if (this.isMissingBytes(start, end)) continue;
      found[index] = set.indexOfBytes(this.buffer, start, end);
    }
    return found;
  }
  /** Whether the cell's text is its bytes (not unescaped, not repaired UTF-8). */
  textIsBytes(column) {
    const current = this.current;
    return column < this.batchLength[current] && this.fieldKinds[this.batchBase[current] + column] < QUOTED_ESCAPED && this.batchInvalidUtf8[current] === 0;
  }
  indexIn(column, set) {
    if (!this.textIsBytes(column)) return set.indexOfText(this.text(column));
    const field = this.batchBase[this.current] + column;
    return set.indexOfBytes(this.buffer, this.fieldStarts[field], this.fieldEnds[field]);
  }
  hash(column, out) {
    if (!this.textIsBytes(column)) hashText(this.text(column), out);
    else {
      const field = this.batchBase[this.current] + column;
      hashBytes(this.buffer, this.fieldStarts[field], this.fieldEnds[field], out);
    }
  }
  isMissing(column) {
    const current = this.current;
    if (column >= this.batchLength[current]) return true;
    const field = this.batchBase[current] + column;
    if (this.fieldKinds[field] >= QUOTED_ESCAPED) return this.missingTexts.has(this.text(column));
    return this.isMissingBytes(this.fieldStarts[field], this.fieldEnds[field]);
  }
  /** Whether buffer[start, end), a plain field, is a missing value. */
  isMissingBytes(start, end) {
    const length = end - start;
    if (length === 0) return this.emptyIsMissing;
    const markers = this.missingMarkers;
    for (let index = 0; index < markers.length; index++) {
      const marker = markers[index];
      if (marker.length === length && bytesEqual(this.buffer, start, marker)) return true;
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
    if (this.end + incoming <= this.buffer.length) return;
    const shift = this.recordStart;
    if (kept + incoming <= this.buffer.length && shift >= this.buffer.length / 2) {
      this.buffer.copyWithin(0, shift, this.end);
    } else {
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
    const checkEnd = final ? this.end : this.end - incompleteUtf8Tail(this.buffer, this.utf8CheckedUpTo, this.end);
    if (checkEnd <= this.utf8CheckedUpTo) return;
    if (!isUtf8(this.buffer.subarray(this.utf8CheckedUpTo, checkEnd))) this.utf8SuspectUntil = checkEnd;
    this.utf8CheckedUpTo = checkEnd;
  }
  skipByteOrderMark() {
    this.byteOrderMarkChecked = true;
    const buffer = this.buffer;
    if (this.end >= 3 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191) {
      this.position = 3;
      this.recordStart = 3;
    }
  }
  parse(final) {
    if (!this.byteOrderMarkChecked) {
      if (this.end < 3 && !final) return;
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
        let byte = buffer[position];
        for (; ; ) {
          while (byte > highestUnquotedStop || unquotedStops[byte] === 0) byte = buffer[++position];
          if (byte !== delimiter || position === end) break;
          this.pushField(fieldStart, position, fieldKind);
          byte = buffer[++position];
          if (byte === QUOTE) {
            state = FIELD_START;
            break;
          }
          fieldKind = PLAIN;
          fieldStart = position;
        }
        if (position === end || state === FIELD_START) continue;
        if (byte === QUOTE) {
          this.strayQuoteInRecord = true;
          position++;
        } else {
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
            position++;
            this.currentLine++;
            this.recordStart = position;
            if (byte === CR) state = AFTER_CR;
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
          } else {
            fieldKind = PLAIN;
            fieldStart = position;
            state = UNQUOTED;
          }
          break;
        case IN_QUOTES: {
          while (quotedStops[buffer[position]] === 0) position++;
          if (position === end) break;
          const byte = buffer[position];
          if (byte === QUOTE) state = QUOTE_IN_QUOTES;
          else if (byte === CR || buffer[position - 1] !== CR) this.currentLine++;
          position++;
          break;
        }
        case QUOTE_IN_QUOTES: {
          const byte = buffer[position];
          if (byte === QUOTE) {
            fieldKind = QUOTED_ESCAPED;
            position++;
            state = IN_QUOTES;
          } else if (byte === delimiter) {
            this.pushField(fieldStart, position - 1, fieldKind);
            position++;
            state = FIELD_START;
          } else if (byte === LF || byte === CR) {
            this.pushField(fieldStart, position - 1, fieldKind);
            state = this.endRecordAtBreak(position, byte);
            position++;
          } else {
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
    if (field === this.fieldStarts.length) this.growFields();
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
    this.recordInvalidUtf8 = this.recordStart < this.utf8SuspectUntil && !isUtf8(this.buffer.subarray(this.recordStart, recordEnd));
    if (this.strayQuoteInRecord) {
      this.onProblem({
        kind: "stray-quote",
        line: this.recordLine,
        message: "a quote inside an unquoted field (or text after a closing quote) was read as text"
      });
    }
    if (this.recordInvalidUtf8) {
      this.onProblem({
        kind: "invalid-utf8",
        line: this.recordLine,
        message: "the row holds bytes that are not UTF-8"
      });
    }
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
    if (this.batchCount === BATCH_RECORDS) this.flush();
  }
};
function formatMiB(bytes) {
  return `${Number((bytes / (1 << 20)).toPrecision(3))} MiB`;
}
function delimiterByte(delimiter) {
  const bytes = Buffer.from(delimiter);
  const byte = bytes[0];
  if (bytes.length !== 1 || byte === void 0 || byte === QUOTE || byte === LF || byte === CR) {
    throw new ConfigError(
      `the CSV delimiter must be one ASCII character other than a quote or a line break, got ${JSON.stringify(delimiter)}`,
      { field: "delimiter" }
    );
  }
  return byte;
}
function incompleteUtf8Tail(buffer, from, end) {
  for (let back = 1; back <= 3 && end - back >= from; back++) {
    const byte = buffer[end - back];
    if (byte < 128) return 0;
    if (byte >= 192) {
      const needed = byte >= 240 ? 4 : byte >= 224 ? 3 : 2;
      return back < needed ? back : 0;
    }
  }
  return 0;
}
function bytesEqual(buffer, start, marker) {
  for (let index = 0; index < marker.length; index++) {
    if (buffer[start + index] !== marker[index]) return false;
  }
  return true;
}
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
var POWERS_OF_TEN = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
function parseNumberBytes(bytes, start, end) {
  let index = start;
  const sign = index < end ? bytes[index] : 0;
  if (sign === MINUS || sign === PLUS) index++;
  let mantissa = 0;
  const integerStart = index;
  while (index < end) {
    const digit = bytes[index] - ZERO;
    if (digit < 0 || digit > 9) break;
    mantissa = mantissa * 10 + digit | 0;
    index++;
  }
  let digits = index - integerStart;
  let fraction = 0;
  if (index < end && bytes[index] === DOT) {
    index++;
    const fractionStart = index;
    while (index < end) {
      const digit = bytes[index] - ZERO;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit | 0;
      index++;
    }
    fraction = index - fractionStart;
    digits += fraction;
  }
  if (index === end && digits > 0 && digits <= 9) {
    const magnitude = fraction === 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
    return sign === MINUS ? -magnitude : magnitude;
  }
  return parseNumberGeneral(bytes, start, end);
}
function parseNumberGeneral(bytes, start, end) {
  let index = start;
  const sign = index < end ? bytes[index] : 0;
  if (sign === MINUS || sign === PLUS) index++;
  let mantissa = 0;
  const integerStart = index;
  while (index < end) {
    const digit = bytes[index] - ZERO;
    if (digit < 0 || digit > 9) break;
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
      if (digit < 0 || digit > 9) break;
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
function parseNumberTail(bytes, start, end, tailStart, mantissaDigits, mantissa, fractionScale) {
  if (mantissaDigits === 0) return parseInfinity(bytes, start, end);
  let index = tailStart;
  let scale = fractionScale;
  if (index < end) {
    const marker = bytes[index];
    if (marker !== LOWER_E && marker !== UPPER_E) return Number.NaN;
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
      if (digit < 0 || digit > 9) break;
      if (exponent < 1e6) exponent = exponent * 10 + digit;
      index++;
    }
    if (index === exponentStart || index !== end) return Number.NaN;
    scale += exponentNegative ? -exponent : exponent;
  }
  const negative = bytes[start] === MINUS;
  if (mantissa <= Number.MAX_SAFE_INTEGER && scale >= -22 && scale <= 22) {
    const magnitude = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
    return negative ? -magnitude : magnitude;
  }
  if (mantissa === 0) return negative ? -0 : 0;
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1"));
}
function parseInfinity(bytes, start, end) {
  const negative = bytes[start] === MINUS;
  const index = negative ? start + 1 : start;
  const isInfinity = end - index === 3 && bytes[index] === UPPER_I && bytes[index + 1] === UPPER_N && bytes[index + 2] === UPPER_F;
  if (!isInfinity) return Number.NaN;
  return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}
function parseIntegerBytes(bytes, start, end) {
  let index = start;
  const sign = index < end ? bytes[index] : 0;
  if (sign === MINUS || sign === PLUS) index++;
  const digitsStart = index;
  let value = 0;
  while (index < end) {
    const digit = bytes[index] - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit | 0;
    index++;
  }
  const digits = index - digitsStart;
  if (digits === 0) return Number.NaN;
  if (digits > 9) {
    const long = parseNumberBytes(bytes, start, end);
    return Number.isFinite(long) ? long : Number.NaN;
  }
  return sign === MINUS ? -value : value;
}
var asciiScratch = new Uint8Array(64);
function asciiBytes(text) {
  const length = text.length;
  if (length > asciiScratch.length) asciiScratch = new Uint8Array(Math.max(length, 2 * asciiScratch.length));
  const bytes = asciiScratch;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return -1;
    bytes[index] = code;
  }
  return length;
}
function parseIntegerText(text) {
  const length = asciiBytes(text);
  return length < 0 ? Number.NaN : parseIntegerBytes(asciiScratch, 0, length);
}
function parseNumberText(text) {
  const length = asciiBytes(text);
  return length < 0 ? Number.NaN : parseNumberBytes(asciiScratch, 0, length);
}
async function openByteSource(file, chunkBytes = DEFAULT_CHUNK_BYTES) {
  let descriptor;
  try {
    descriptor = openSync(file, "r");
  } catch (error) {
    throw new DataError(`cannot open the file: ${error.message}`, { file }, { cause: error });
  }
  const unreadable = (error) => new DataError(`cannot read the file: ${error.message}`, { file }, { cause: error });
  const gunzipper = () => createGunzip({ chunkSize: Math.max(chunkBytes, 64) });
  let bytesTotal;
  let whole;
  let gzipped;
  try {
    const info = fstatSync(descriptor);
    bytesTotal = info.size;
    if (info.isFile() && bytesTotal <= chunkBytes) {
      whole = readFileSync(descriptor);
      gzipped = whole.length >= 2 && whole[0] === 31 && whole[1] === 139;
    } else {
      const magic = Buffer.alloc(2);
      const bytesRead = readSync(descriptor, magic, 0, 2, 0);
      gzipped = bytesRead === 2 && magic[0] === 31 && magic[1] === 139;
    }
  } catch (error) {
    closeSync(descriptor);
    throw unreadable(error);
  }
  if (whole !== void 0) {
    try {
      closeSync(descriptor);
    } catch (error) {
      throw unreadable(error);
    }
    const bytes = whole;
    if (!gzipped)
      return {
        chunks: (async function* () {
          if (bytes.length > 0) yield bytes;
        })(),
        bytesRead: () => bytes.length,
        bytesTotal,
        close: () => {
        }
      };
    const gunzip = gunzipper();
    gunzip.end(bytes);
    return {
      chunks: wrapStreamErrors(gunzip, file, true),
      bytesRead: () => bytes.length,
      bytesTotal,
      close: () => gunzip.destroy()
    };
  }
  const fileStream = createReadStream(file, { fd: descriptor, start: 0, highWaterMark: chunkBytes });
  let chunks = fileStream;
  if (gzipped) {
    const gunzip = gunzipper();
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
    }
  };
}
async function* wrapStreamErrors(stream, file, gzipped) {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (error) {
    const what = gzipped ? "cannot decompress the gzip file" : "cannot read the file";
    throw new DataError(`${what}: ${error.message}`, { file }, { cause: error });
  }
}
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
  const parser = new CsvRecordParser(
    options,
    (record) => {
      if (columns === void 0) {
        const names = Array.from(
          { length: record.length },
          (_, index) => useHeader ? record.text(index) : `field${index + 1}`
        );
        announceColumns(names);
        if (useHeader) return;
      }
      if (rows >= maxRows) {
        record.stopped = true;
        return;
      }
      rows++;
      if (onBatch) record.keep(rows);
      else {
        record.row = rows;
        onRow(record);
      }
      if (rows >= maxRows) record.stopped = true;
    },
    (problem) => {
      if (rows >= maxRows) return;
      const row = columns === void 0 && useHeader ? 0 : rows + 1;
      problems.push({ ...problem, row });
    },
    (records) => onBatch?.(parser, records),
    2 * chunkBytes,
    maxRecordBytes
  );
  const source = await openByteSource(file, chunkBytes);
  const progressEvery = options.progressEveryBytes ?? DEFAULT_PROGRESS_EVERY_BYTES;
  let nextProgressAt = progressEvery;
  const reportProgress = () => options.onProgress?.({ bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal, rows });
  try {
    for await (const chunk of source.chunks) {
      parser.feed(chunk);
      if (parser.stopped) break;
      if (source.bytesRead() >= nextProgressAt) {
        reportProgress();
        nextProgressAt = (Math.floor(source.bytesRead() / progressEvery) + 1) * progressEvery;
      }
    }
    if (!parser.stopped) parser.finish();
  } finally {
    source.close();
  }
  if (parser.overlongRecordLine !== void 0) {
    throw new DataError(
      `a record longer than ${formatMiB(maxRecordBytes)} starts here: is this a CSV file?`,
      {
        file,
        line: parser.overlongRecordLine
      }
    );
  }
  if (columns === void 0) announceColumns([]);
  reportProgress();
  return { columns: columns ?? [], rows, bytes: source.bytesRead(), problems };
}
var readCsv = (file, options, onRow, onColumns) => readCsvInChunks(file, options, { chunkBytes: DEFAULT_CHUNK_BYTES }, onRow, onColumns);

export {
  ConfigError,
  DataError,
  GitHubError,
  isTrainyardError,
  completeRowView,
  RowViewWithDefaults,
  TextSet,
  hashBytes,
  hashText,
  MAX_RECORD_BYTES,
  DEFAULT_PROGRESS_EVERY_BYTES,
  parseNumberBytes,
  parseIntegerBytes,
  parseIntegerText,
  parseNumberText,
  openByteSource,
  readCsv
};
