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

import { isUtf8 } from "node:buffer";
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { ConfigError, DataError } from "../errors.ts";
import {
  type DataReader,
  hashBytes,
  hashText,
  type NumberColumn,
  type ReadOptions,
  type ReadProblem,
  type ReadResult,
  type RowView,
  type TextSet,
} from "./rows.ts";

const DEFAULT_CHUNK_BYTES = 1 << 20;
/**
 * A record this long is not data but a quote left open (or a file that is not CSV): past it the
 * reader stops, so that such a file cannot take all memory.
 */
export const MAX_RECORD_BYTES = 64 * (1 << 20);
export const DEFAULT_PROGRESS_EVERY_BYTES = 64 * (1 << 20);

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
function stopTable(stops: number[]): Uint8Array {
  const table = new Uint8Array(256);
  for (const byte of stops) table[byte] = 1;
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
class CsvRecordParser implements RowView {
  /**
   * The view's current record: its slot in the batch arrays (a record just ended takes the next
   * free slot, kept or not), which say where its fields start (batchBase), how many there are,
   * its row and line, and whether its bytes are not all UTF-8 (then its text is not its bytes).
   */
  private current = 0;

  get row(): number {
    return this.batchRow[this.current]!;
  }

  set row(row: number) {
    this.batchRow[this.current] = row;
  }

  get line(): number {
    return this.batchLine[this.current]!;
  }

  get length(): number {
    return this.batchLength[this.current]!;
  }

  private buffer: Buffer;
  private end = 0;
  private position = 0;
  private state = RECORD_START;
  private recordStart = 0;
  private fieldStart = 0;
  private fieldKind = PLAIN;
  private fieldStarts = new Int32Array(64);
  private fieldEnds = new Int32Array(64);
  private fieldKinds = new Uint8Array(64);
  /** The record being parsed: its fields so far, from fieldBase on. */
  private fieldCount = 0;
  private fieldBase = 0;
  /** Line where the record being parsed began. */
  private recordLine = 1;
  /** The record being parsed holds bytes that are not UTF-8. */
  private recordInvalidUtf8 = false;
  /** Whether onRecord kept the record just ended (see keep). */
  private kept = false;
  /** The batch: each kept record's field base, length, row, line and UTF-8 flag (one slot more for a record not kept). */
  private readonly batchBase = new Int32Array(BATCH_RECORDS + 1);
  private readonly batchLength = new Int32Array(BATCH_RECORDS + 1);
  private readonly batchRow = new Float64Array(BATCH_RECORDS + 1);
  private readonly batchLine = new Float64Array(BATCH_RECORDS + 1);
  private readonly batchInvalidUtf8 = new Uint8Array(BATCH_RECORDS + 1);
  private batchCount = 0;
  /** The batch is being handed on (onFlush runs), and how many records it holds. */
  private delivering = false;
  private deliveredCount = 0;
  private readonly batchLookups = new Int32Array(BATCH_RECORDS);
  private readonly batchNumbers: NumberColumn = {
    numbers: new Float64Array(BATCH_RECORDS),
    present: new Uint8Array(BATCH_RECORDS),
  };
  /** Line at the current read position; `line` is the line where the current record began. */
  private currentLine = 1;
  private quotedFieldLine = 1;
  private strayQuoteInRecord = false;
  private byteOrderMarkChecked = false;
  /** Bytes before this offset passed the UTF-8 check (a split multi-byte tail waits for more). */
  private utf8CheckedUpTo = 0;
  /** Records starting before this offset overlap bytes that failed the UTF-8 check. */
  private utf8SuspectUntil = 0;
  /** Set once maxRows is reached, or a record grew past maxRecordBytes: no more records come. */
  stopped = false;
  /** Where an unquoted record grew past maxRecordBytes: the input is not CSV. */
  overlongRecordLine: number | undefined;

  private readonly delimiter: number;
  private readonly unquotedStops: Uint8Array;
  private readonly highestUnquotedStop: number;
  private readonly quotedStops: Uint8Array;
  private readonly emptyIsMissing: boolean;
  private readonly missingMarkers: Buffer[];
  private readonly missingTexts: Set<string>;
  /** A missing value reads as a number: numbers() must then look for missing values too. */
  private readonly numericMissingValue: boolean;

  constructor(
    options: { delimiter?: string; missingValues?: string[] },
    private readonly onRecord: (record: CsvRecordParser) => void,
    private readonly onProblem: (problem: Omit<ReadProblem, "row">) => void,
    private readonly onFlush: (records: number) => void,
    initialCapacity = 2 * DEFAULT_CHUNK_BYTES,
    private readonly maxRecordBytes = MAX_RECORD_BYTES,
  ) {
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

  feed(chunk: Uint8Array): void {
    this.makeRoom(chunk.length + 1);
    this.buffer.set(chunk, this.end);
    this.end += chunk.length;
    // A sentinel after the data: a quote stops both field scans, so they need no bounds check.
    this.buffer[this.end] = QUOTE;
    this.checkUtf8(false);
    this.parse(false);
    this.flush();
    if (this.end - this.recordStart > this.maxRecordBytes && !this.stopped) this.stopOnOverlongRecord();
  }

  /** Keeps the record just ended (from onRecord) as row `row` of the batch. */
  keep(row: number): void {
    this.batchRow[this.current] = row;
    this.kept = true;
  }

  /** Makes record `index` of the batch the current one (while the batch is handed on; else nothing). */
  select(index: number): void {
    if (this.delivering) this.current = index;
  }

  /** Hands the batch on, and moves the fields of the record being parsed back to the front. */
  private flush(): void {
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

  private stopOnOverlongRecord(): void {
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
  finish(): void {
    this.checkUtf8(true);
    this.parse(true);
    this.finishRecord();
    this.flush();
  }

  private finishRecord(): void {
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

  text(column: number): string {
    const current = this.current;
    if (column >= this.batchLength[current]!) return "";
    const field = this.batchBase[current]! + column;
    const start = this.fieldStarts[field]!;
    const end = this.fieldEnds[field]!;
    switch (this.fieldKinds[field]) {
      case QUOTED_ESCAPED:
        return this.buffer.toString("utf8", start, end).replaceAll('""', '"');
      case IRREGULAR:
        return decodeIrregularField(this.buffer.subarray(start, end));
      default:
        return this.buffer.toString("utf8", start, end);
    }
  }

  number(column: number): number {
    const current = this.current;
    if (column >= this.batchLength[current]!) return Number.NaN;
    const field = this.batchBase[current]! + column;
    if (this.fieldKinds[field]! >= QUOTED_ESCAPED) return parseNumberText(this.text(column));
    return parseNumberBytes(this.buffer, this.fieldStarts[field]!, this.fieldEnds[field]!);
  }

  integer(column: number): number {
    const current = this.current;
    if (column >= this.batchLength[current]!) return Number.NaN;
    const field = this.batchBase[current]! + column;
    if (this.fieldKinds[field]! >= QUOTED_ESCAPED) return parseIntegerText(this.text(column));
    return parseIntegerBytes(this.buffer, this.fieldStarts[field]!, this.fieldEnds[field]!);
  }

  /**
   * The column's cells in the batch read as numbers (integers), from the bytes, in one loop. A
   * cell is vouched for when it reads as one and is plain (not unescaped) and no missing value
   * reads as a number, or it is not one of them.
   */
  numbers(column: number, integers: boolean): NumberColumn | undefined {
    if (!this.delivering) return undefined;
    const { numbers, present } = this.batchNumbers;
    const buffer = this.buffer;
    for (let index = 0; index < this.deliveredCount; index++) {
      present[index] = 0;
      if (column >= this.batchLength[index]!) continue;
      const field = this.batchBase[index]! + column;
      if (this.fieldKinds[field]! >= QUOTED_ESCAPED) continue;
      const start = this.fieldStarts[field]!;
      const end = this.fieldEnds[field]!;
      const value = integers ? parseIntegerBytes(buffer, start, end) : parseNumberBytes(buffer, start, end);
      // biome-ignore lint/suspicious/noSelfCompare: NaN test without a call
      if (value !== value) continue;
      if (this.numericMissingValue && this.isMissingBytes(start, end)) continue;
      numbers[index] = value;
      present[index] = 1;
    }
    return this.batchNumbers;
  }

  /** The column's cells in the batch looked up by their bytes, in one loop (see RowView.lookup). */
  lookup(column: number, set: TextSet): Int32Array | undefined {
    if (!this.delivering) return undefined;
    const found = this.batchLookups;
    for (let index = 0; index < this.deliveredCount; index++) {
      found[index] = -2;
      if (column >= this.batchLength[index]! || this.batchInvalidUtf8[index] === 1) continue;
      const field = this.batchBase[index]! + column;
      if (this.fieldKinds[field]! >= QUOTED_ESCAPED) continue;
      const start = this.fieldStarts[field]!;
      const end = this.fieldEnds[field]!;
      if (this.isMissingBytes(start, end)) continue;
      found[index] = set.indexOfBytes(this.buffer, start, end);
    }
    return found;
  }

  /** Whether the cell's text is its bytes (not unescaped, not repaired UTF-8). */
  private textIsBytes(column: number): boolean {
    const current = this.current;
    return (
      column < this.batchLength[current]! &&
      this.fieldKinds[this.batchBase[current]! + column]! < QUOTED_ESCAPED &&
      this.batchInvalidUtf8[current] === 0
    );
  }

  indexIn(column: number, set: TextSet): number {
    if (!this.textIsBytes(column)) return set.indexOfText(this.text(column));
    const field = this.batchBase[this.current]! + column;
    return set.indexOfBytes(this.buffer, this.fieldStarts[field]!, this.fieldEnds[field]!);
  }

  hash(column: number, out: Uint32Array): void {
    if (!this.textIsBytes(column)) hashText(this.text(column), out);
    else {
      const field = this.batchBase[this.current]! + column;
      hashBytes(this.buffer, this.fieldStarts[field]!, this.fieldEnds[field]!, out);
    }
  }

  isMissing(column: number): boolean {
    const current = this.current;
    if (column >= this.batchLength[current]!) return true;
    const field = this.batchBase[current]! + column;
    if (this.fieldKinds[field]! >= QUOTED_ESCAPED) return this.missingTexts.has(this.text(column));
    return this.isMissingBytes(this.fieldStarts[field]!, this.fieldEnds[field]!);
  }

  /** Whether buffer[start, end), a plain field, is a missing value. */
  private isMissingBytes(start: number, end: number): boolean {
    const length = end - start;
    if (length === 0) return this.emptyIsMissing;
    const markers = this.missingMarkers;
    for (let index = 0; index < markers.length; index++) {
      const marker = markers[index]!;
      if (marker.length === length && bytesEqual(this.buffer, start, marker)) return true;
    }
    return false;
  }

  /**
   * Keeps the unfinished record and makes room for `incoming` more bytes: the record slides to the
   * front when that frees at least half the buffer, else the buffer doubles. Each byte is thus
   * copied a bounded number of times, however long the record.
   */
  private makeRoom(incoming: number): void {
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
    // The batch was handed on before: only the record being parsed has fields.
    for (let field = this.fieldBase; field < this.fieldBase + this.fieldCount; field++) {
      this.fieldStarts[field]! -= shift;
      this.fieldEnds[field]! -= shift;
    }
  }

  /**
   * Validates the new bytes in one native call; only when that fails are records checked one by
   * one, so clean files pay nothing per record. A multi-byte character split by the chunk
   * boundary waits for the next chunk.
   */
  private checkUtf8(final: boolean): void {
    const checkEnd = final
      ? this.end
      : this.end - incompleteUtf8Tail(this.buffer, this.utf8CheckedUpTo, this.end);
    if (checkEnd <= this.utf8CheckedUpTo) return;
    if (!isUtf8(this.buffer.subarray(this.utf8CheckedUpTo, checkEnd))) this.utf8SuspectUntil = checkEnd;
    this.utf8CheckedUpTo = checkEnd;
  }

  private skipByteOrderMark(): void {
    this.byteOrderMarkChecked = true;
    const buffer = this.buffer;
    if (this.end >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
      this.position = 3;
      this.recordStart = 3;
    }
  }

  private parse(final: boolean): void {
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
        // The hot loop: most bytes are above every stop byte and skip the table lookup; plain
        // fields follow one another here without going round the state machine.
        let byte = buffer[position]!;
        for (;;) {
          while (byte > highestUnquotedStop || unquotedStops[byte] === 0) byte = buffer[++position]!;
          if (byte !== delimiter || position === end) break;
          this.pushField(fieldStart, position, fieldKind);
          // The byte after the data is a quote (the sentinel): a field at the end starts over.
          byte = buffer[++position]!;
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
          const byte = buffer[position]!;
          if (byte === LF || byte === CR) {
            // An empty line: no record.
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
          while (quotedStops[buffer[position]!] === 0) position++;
          if (position === end) break;
          const byte = buffer[position]!;
          if (byte === QUOTE) state = QUOTE_IN_QUOTES;
          else if (byte === CR || buffer[position - 1] !== CR) this.currentLine++;
          position++;
          break;
        }

        case QUOTE_IN_QUOTES: {
          const byte = buffer[position]!;
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

  private endRecordAtBreak(breakAt: number, byte: number): number {
    this.currentLine++;
    this.endRecord(breakAt);
    this.recordStart = breakAt + 1;
    return byte === CR ? AFTER_CR : RECORD_START;
  }

  private pushField(start: number, end: number, kind: number): void {
    const field = this.fieldBase + this.fieldCount;
    if (field === this.fieldStarts.length) this.growFields();
    this.fieldStarts[field] = start;
    this.fieldEnds[field] = end;
    this.fieldKinds[field] = kind;
    this.fieldCount++;
  }

  private growFields(): void {
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

  private endRecord(recordEnd: number): void {
    this.recordInvalidUtf8 =
      this.recordStart < this.utf8SuspectUntil && !isUtf8(this.buffer.subarray(this.recordStart, recordEnd));
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
    if (this.batchCount === BATCH_RECORDS) this.flush();
  }
}

function formatMiB(bytes: number): string {
  return `${Number((bytes / (1 << 20)).toPrecision(3))} MiB`;
}

function delimiterByte(delimiter: string): number {
  const bytes = Buffer.from(delimiter);
  const byte = bytes[0];
  if (bytes.length !== 1 || byte === undefined || byte === QUOTE || byte === LF || byte === CR) {
    throw new ConfigError(
      `the CSV delimiter must be one ASCII character other than a quote or a line break, got ${JSON.stringify(delimiter)}`,
      { field: "delimiter" },
    );
  }
  return byte;
}

/** How many bytes at the end of `buffer[from, end)` are the start of an unfinished UTF-8 character. */
function incompleteUtf8Tail(buffer: Buffer, from: number, end: number): number {
  for (let back = 1; back <= 3 && end - back >= from; back++) {
    const byte = buffer[end - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < needed ? back : 0;
    }
  }
  return 0;
}

function bytesEqual(buffer: Buffer, start: number, marker: Buffer): boolean {
  for (let index = 0; index < marker.length; index++) {
    if (buffer[start + index] !== marker[index]) return false;
  }
  return true;
}

/** The text of a field like `"ab""c"d"e`, read as Python's csv module does: `ab"cd"e`. */
function decodeIrregularField(raw: Uint8Array): string {
  const out: number[] = [];
  let index = 1;
  while (index < raw.length) {
    const byte = raw[index]!;
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
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  // Kept small so that the JIT inlines it: decimals of at most 9 digits (the usual ones) are read
  // in 32-bit integer arithmetic here; the rest in parseNumberGeneral.
  let index = start;
  const sign = index < end ? bytes[index] : 0;
  if (sign === MINUS || sign === PLUS) index++;
  let mantissa = 0;
  const integerStart = index;
  while (index < end) {
    const digit = bytes[index]! - ZERO;
    if (digit < 0 || digit > 9) break;
    mantissa = (mantissa * 10 + digit) | 0;
    index++;
  }
  let digits = index - integerStart;
  let fraction = 0;
  if (index < end && bytes[index] === DOT) {
    index++;
    const fractionStart = index;
    while (index < end) {
      const digit = bytes[index]! - ZERO;
      if (digit < 0 || digit > 9) break;
      mantissa = (mantissa * 10 + digit) | 0;
      index++;
    }
    fraction = index - fractionStart;
    digits += fraction;
  }
  // Nine digits fit 32 bits; then mantissa / 10^fraction is one correctly rounded division.
  if (index === end && digits > 0 && digits <= 9) {
    const magnitude = fraction === 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction]!;
    return sign === MINUS ? -magnitude : magnitude;
  }
  return parseNumberGeneral(bytes, start, end);
}

/** parseNumberBytes for any number: long mantissas in doubles, exponents, `INF`. */
function parseNumberGeneral(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  const sign = index < end ? bytes[index] : 0;
  if (sign === MINUS || sign === PLUS) index++;
  let mantissa = 0;
  const integerStart = index;
  while (index < end) {
    const digit = bytes[index]! - ZERO;
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
      const digit = bytes[index]! - ZERO;
      if (digit < 0 || digit > 9) break;
      mantissa = mantissa * 10 + digit;
      index++;
    }
    scale = fractionStart - index;
    mantissaDigits -= scale;
  }
  if (index === end && mantissaDigits > 0 && mantissa <= Number.MAX_SAFE_INTEGER && scale >= -22) {
    const magnitude = mantissa / POWERS_OF_TEN[-scale]!;
    return sign === MINUS ? -magnitude : magnitude;
  }
  return parseNumberTail(bytes, start, end, index, mantissaDigits, mantissa, scale);
}

/** The rest of parseNumberBytes: exponents, long mantissas, `INF`, and what is not a number. */
function parseNumberTail(
  bytes: Uint8Array,
  start: number,
  end: number,
  tailStart: number,
  mantissaDigits: number,
  mantissa: number,
  fractionScale: number,
): number {
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
      const digit = bytes[index]! - ZERO;
      if (digit < 0 || digit > 9) break;
      // Saturate: past this, any value is 0 or Infinity and the fallback says which.
      if (exponent < 1_000_000) exponent = exponent * 10 + digit;
      index++;
    }
    if (index === exponentStart || index !== end) return Number.NaN;
    scale += exponentNegative ? -exponent : exponent;
  }
  const negative = bytes[start] === MINUS;
  if (mantissa <= Number.MAX_SAFE_INTEGER && scale >= -22 && scale <= 22) {
    const magnitude = scale >= 0 ? mantissa * POWERS_OF_TEN[scale]! : mantissa / POWERS_OF_TEN[-scale]!;
    return negative ? -magnitude : magnitude;
  }
  if (mantissa === 0) return negative ? -0 : 0;
  return Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1"));
}

/** `INF` or `-INF` (not `+INF`: Frictionless names only these two); anything else is NaN. */
function parseInfinity(bytes: Uint8Array, start: number, end: number): number {
  const negative = bytes[start] === MINUS;
  const index = negative ? start + 1 : start;
  const isInfinity =
    end - index === 3 &&
    bytes[index] === UPPER_I &&
    bytes[index + 1] === UPPER_N &&
    bytes[index + 2] === UPPER_F;
  if (!isInfinity) return Number.NaN;
  return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/**
 * `[sign] digits` and nothing else, as parseNumberBytes reads it; NaN for anything else, and for
 * digits too many to be finite. Up to 15 digits are exact in a double and read here directly.
 */
export function parseIntegerBytes(bytes: Uint8Array, start: number, end: number): number {
  let index = start;
  const sign = index < end ? bytes[index] : 0;
  if (sign === MINUS || sign === PLUS) index++;
  const digitsStart = index;
  let value = 0;
  while (index < end) {
    const digit = bytes[index]! - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    // 32-bit arithmetic while it fits (9 digits); past that the general parse reads the number.
    value = (value * 10 + digit) | 0;
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

/** Room for a decoded string's bytes when they are all ASCII. */
let asciiScratch = new Uint8Array(64);

/** The string's bytes in asciiScratch, or -1 when it holds a character past ASCII (then not a number). */
function asciiBytes(text: string): number {
  const length = text.length;
  if (length > asciiScratch.length) asciiScratch = new Uint8Array(Math.max(length, 2 * asciiScratch.length));
  const bytes = asciiScratch;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return -1;
    bytes[index] = code;
  }
  return length;
}

/** parseIntegerBytes for a decoded string. */
export function parseIntegerText(text: string): number {
  const length = asciiBytes(text);
  return length < 0 ? Number.NaN : parseIntegerBytes(asciiScratch, 0, length);
}

/** parseNumberBytes for a decoded string (JSON values, CSV fields that needed unescaping). */
export function parseNumberText(text: string): number {
  // Every character of a number is ASCII: any other makes the text not a number.
  const length = asciiBytes(text);
  return length < 0 ? Number.NaN : parseNumberBytes(asciiScratch, 0, length);
}

/** A file's bytes as a stream of chunks, gunzipped when the file starts with gzip's magic bytes. */
export interface ByteSource {
  chunks: AsyncIterable<Buffer>;
  /** Bytes read from the file so far (compressed bytes for gzip). */
  bytesRead(): number;
  bytesTotal: number;
  close(): void;
}

export async function openByteSource(file: string, chunkBytes = DEFAULT_CHUNK_BYTES): Promise<ByteSource> {
  // Opened, measured and (within one chunk) read synchronously: a data step has nothing else to
  // do meanwhile, and each asynchronous step would be a round trip through libuv's thread pool,
  // which is most of what reading a small file costs. Larger files stream.
  let descriptor: number;
  try {
    descriptor = openSync(file, "r");
  } catch (error) {
    throw new DataError(`cannot open the file: ${(error as Error).message}`, { file }, { cause: error });
  }
  const unreadable = (error: unknown) =>
    new DataError(`cannot read the file: ${(error as Error).message}`, { file }, { cause: error });
  const gunzipper = () => createGunzip({ chunkSize: Math.max(chunkBytes, 64) });
  let bytesTotal: number;
  let whole: Buffer | undefined;
  let gzipped: boolean;
  try {
    const info = fstatSync(descriptor);
    bytesTotal = info.size;
    if (info.isFile() && bytesTotal <= chunkBytes) {
      // A file within one chunk is read whole, in one go: no stream to set up and take down.
      whole = readFileSync(descriptor);
      gzipped = whole.length >= 2 && whole[0] === 0x1f && whole[1] === 0x8b;
    } else {
      const magic = Buffer.alloc(2);
      const bytesRead = readSync(descriptor, magic, 0, 2, 0);
      gzipped = bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    }
  } catch (error) {
    closeSync(descriptor);
    throw unreadable(error);
  }
  if (whole !== undefined) {
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
        close: () => {},
      };
    const gunzip = gunzipper();
    gunzip.end(bytes);
    return {
      chunks: wrapStreamErrors(gunzip, file, true),
      bytesRead: () => bytes.length,
      bytesTotal,
      close: () => gunzip.destroy(),
    };
  }
  const fileStream = createReadStream(file, { fd: descriptor, start: 0, highWaterMark: chunkBytes });
  let chunks: Readable = fileStream;
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
    },
  };
}

async function* wrapStreamErrors(stream: Readable, file: string, gzipped: boolean): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    const what = gzipped ? "cannot decompress the gzip file" : "cannot read the file";
    throw new DataError(`${what}: ${(error as Error).message}`, { file }, { cause: error });
  }
}

export interface CsvTuning {
  /** Bytes read at a time (1 MiB); tests use a few bytes to put records across chunk boundaries. */
  chunkBytes: number;
  maxRecordBytes?: number;
}

/** readCsv with the chunk size and the record limit set by the caller (tests). */
export async function readCsvInChunks(
  file: string,
  options: ReadOptions,
  { chunkBytes, maxRecordBytes = MAX_RECORD_BYTES }: CsvTuning,
  onRow: (row: RowView) => void,
  onColumns?: (columns: string[]) => void,
): Promise<ReadResult> {
  const problems: ReadProblem[] = [];
  const useHeader = options.header ?? true;
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const onBatch = options.onBatch;
  let columns: string[] | undefined;
  let rows = 0;

  const announceColumns = (names: string[]): void => {
    columns = names;
    onColumns?.(names);
  };
  const parser = new CsvRecordParser(
    options,
    (record) => {
      if (columns === undefined) {
        const names = Array.from({ length: record.length }, (_, index) =>
          useHeader ? record.text(index) : `field${index + 1}`,
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
      const row = columns === undefined && useHeader ? 0 : rows + 1;
      problems.push({ ...problem, row });
    },
    (records) => onBatch?.(parser, records),
    2 * chunkBytes,
    maxRecordBytes,
  );
  const source = await openByteSource(file, chunkBytes);

  const progressEvery = options.progressEveryBytes ?? DEFAULT_PROGRESS_EVERY_BYTES;
  let nextProgressAt = progressEvery;
  const reportProgress = (): void =>
    options.onProgress?.({ bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal, rows });
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
  if (parser.overlongRecordLine !== undefined) {
    throw new DataError(
      `a record longer than ${formatMiB(maxRecordBytes)} starts here: is this a CSV file?`,
      {
        file,
        line: parser.overlongRecordLine,
      },
    );
  }
  if (columns === undefined) announceColumns([]);
  reportProgress();
  return { columns: columns ?? [], rows, bytes: source.bytesRead(), problems };
}

export const readCsv: DataReader = (file, options, onRow, onColumns) =>
  readCsvInChunks(file, options, { chunkBytes: DEFAULT_CHUNK_BYTES }, onRow, onColumns);
