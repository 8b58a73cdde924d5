/**
 * What every data reader (CSV, JSON Lines, Parquet) hands the validator and the drift profiler:
 * one row at a time, as a view that is only valid during the callback (readers reuse it, so the
 * hot path allocates nothing per row). Columns are addressed by index in `columns` order.
 */
export interface RowView {
  /** 1-based data row number within the file, header excluded. */
  readonly row: number;
  /** 1-based line of the file where the row starts (a quoted CSV field may span lines). */
  readonly line: number;
  /** Number of cells in this row; can differ from the header's count in a malformed CSV. */
  readonly length: number;
  /** The cell as text (CSV quotes removed and "" unescaped; JSON values stringified). */
  text(column: number): string;
  /** The cell as a number when it is one, else NaN. CSV parses straight from bytes. */
  number(column: number): number;
  /** True when the cell is exactly one of the source's missing-value markers (default: empty). */
  isMissing(column: number): boolean;
  // The methods below answer what text() and number() would, without making the text. Every
  // reader here implements them (CSV from the bytes); a view without them gets the reference
  // definitions from completeRowView, which the tests hold the readers to.
  /**
   * The cell as an integer: number(column) when text(column) is `[+-]digits` and the number is
   * finite, else NaN. So "1.0", "1e3" and " 1" are not integers.
   */
  integer?(column: number): number;
  /** Where text(column) is in `set` (its index), or -1. */
  indexIn?(column: number, set: TextSet): number;
  /** hashText(text(column), out): a 64-bit hash of the text's UTF-8 bytes, high half in out[0]. */
  hash?(column: number, out: Uint32Array): void;
  /**
   * In a batch (ReadOptions.onBatch): makes row `index` of the batch the current row, which the
   * other members then describe. A view that is not a batch has one row, and ignores this.
   */
  select?(index: number): void;
  /**
   * In a batch, the column read as numbers a column at a time, where the reader can: for row i
   * of the batch, `present[i]` 1 says that the cell is not missing and that number(column) (with
   * `integers`, integer(column)) answers `numbers[i]` (NaN only where the cell holds NaN itself);
   * 0 says nothing: ask the row. Undefined: ask every row.
   */
  numbers?(column: number, integers: boolean): NumberColumn | undefined;
  /**
   * In a batch, the column looked up in `set` a column at a time, where the reader can: for row
   * i of the batch, a value of 0 or more (or -1) says that the cell is not missing and that
   * indexIn(column, set) answers it; -2 says nothing: ask the row. Undefined: ask every row.
   */
  lookup?(column: number, set: TextSet): Int32Array | undefined;
}

/** A column of a batch as numbers: see RowView.numbers. */
export interface NumberColumn {
  readonly numbers: Float64Array;
  readonly present: Uint8Array;
}

/** A RowView with every method, the optional ones included. */
export type CompleteRowView = Required<RowView>;

const INTEGER_TEXT = /^[+-]?\d+$/;

/**
 * A view with the optional methods, as the reference defines them from text() and number(): the
 * view itself when it has them all, else a wrapper (reused when `reuse` is given).
 */
export function completeRowView(view: RowView, reuse?: RowViewWithDefaults): CompleteRowView {
  if (
    view.integer !== undefined &&
    view.indexIn !== undefined &&
    view.hash !== undefined &&
    view.select !== undefined &&
    view.numbers !== undefined &&
    view.lookup !== undefined
  )
    return view as CompleteRowView;
  const wrapper = reuse ?? new RowViewWithDefaults();
  wrapper.inner = view;
  return wrapper;
}

/** The reference definitions of RowView's optional methods, over any view. */
export class RowViewWithDefaults implements CompleteRowView {
  inner: RowView = {
    row: 0,
    line: 0,
    length: 0,
    text: () => "",
    number: () => Number.NaN,
    isMissing: () => true,
  };
  get row(): number {
    return this.inner.row;
  }
  get line(): number {
    return this.inner.line;
  }
  get length(): number {
    return this.inner.length;
  }
  text(column: number): string {
    return this.inner.text(column);
  }
  number(column: number): number {
    return this.inner.number(column);
  }
  isMissing(column: number): boolean {
    return this.inner.isMissing(column);
  }
  select(index: number): void {
    this.inner.select?.(index);
  }
  numbers(column: number, integers: boolean): NumberColumn | undefined {
    return this.inner.numbers?.(column, integers);
  }
  lookup(column: number, set: TextSet): Int32Array | undefined {
    return this.inner.lookup?.(column, set);
  }
  integer(column: number): number {
    const inner = this.inner;
    if (inner.integer) return inner.integer(column);
    const n = inner.number(column);
    return Number.isFinite(n) && INTEGER_TEXT.test(inner.text(column)) ? n : Number.NaN;
  }
  indexIn(column: number, set: TextSet): number {
    return this.inner.indexIn ? this.inner.indexIn(column, set) : set.indexOfText(this.inner.text(column));
  }
  hash(column: number, out: Uint32Array): void {
    if (this.inner.hash) this.inner.hash(column, out);
    else hashText(this.inner.text(column), out);
  }
}

/**
 * A fixed set of texts (enum values, boolean spellings) that answers for a text or for its UTF-8
 * bytes without decoding them: an open-addressing table of the values' bytes.
 */
export class TextSet {
  readonly values: readonly string[];
  private readonly indexOf = new Map<string, number>();
  private readonly encoded: Uint8Array[];
  /**
   * Slot → index + 1 of a value (0: empty), the value's byte length and its first four bytes
   * packed little-endian: most cells are told apart by those two numbers, and short values
   * (four bytes or fewer) need nothing more.
   */
  private readonly slots: Int32Array;
  private readonly lengths: Int32Array;
  private readonly heads: Int32Array;
  private readonly mask: number;

  constructor(values: readonly string[]) {
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
      const bytes = this.encoded[index]!;
      const head = headOf(bytes, 0, bytes.length);
      let slot = slotOf(head, bytes.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
      this.lengths[slot] = bytes.length;
      this.heads[slot] = head;
    });
  }

  get size(): number {
    return this.indexOf.size;
  }

  indexOfText(text: string): number {
    return this.indexOf.get(text) ?? -1;
  }

  /** The index of the value whose UTF-8 is bytes[start, end), or -1. */
  indexOfBytes(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const head = headOf(bytes, start, end);
    const mask = this.mask;
    let slot = slotOf(head, length) & mask;
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.heads[slot] === head && this.lengths[slot] === length) {
        if (length <= 4) return entry - 1;
        const value = this.encoded[entry - 1]!;
        let index = 4;
        while (index < length && value[index] === bytes[start + index]) index++;
        if (index === length) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/** The first four bytes of bytes[start, end) (fewer when shorter), packed little-endian. */
function headOf(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length >= 4)
    return bytes[start]! | (bytes[start + 1]! << 8) | (bytes[start + 2]! << 16) | (bytes[start + 3]! << 24);
  let head = 0;
  for (let index = 0; index < length; index++) head |= bytes[start + index]! << (8 * index);
  return head;
}

function slotOf(head: number, length: number): number {
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
export function hashBytes(bytes: Uint8Array, start: number, end: number, out: Uint32Array): void {
  let h1 = SEED_HIGH;
  let h2 = SEED_LOW;
  let index = start;
  const wordsEnd = end - 3;
  for (; index < wordsEnd; index += 4) {
    const word =
      bytes[index]! | (bytes[index + 1]! << 8) | (bytes[index + 2]! << 16) | (bytes[index + 3]! << 24);
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
    let tail = bytes[index]!;
    if (index + 1 < end) tail |= bytes[index + 1]! << 8;
    if (index + 2 < end) tail |= bytes[index + 2]! << 16;
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
export function finishHash64(h1: number, h2: number, length: number, out: Uint32Array): void {
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
export function hashText(text: string, out: Uint32Array): void {
  const length = text.length;
  if (length * 3 > scratch.length) scratch = new Uint8Array(Math.max(length * 3, scratch.length * 2));
  const bytes = scratch;
  let index = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) break;
    bytes[index] = code;
  }
  if (index === length) hashBytes(bytes, 0, length, out);
  else hashBytes(bytes, 0, encoder.encodeInto(text, bytes).written, out);
}

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** A problem with the file's structure (not its values), reported where it happened. */
export interface ReadProblem {
  kind: "unclosed-quote" | "stray-quote" | "invalid-json" | "not-an-object" | "invalid-utf8";
  row: number;
  line: number;
  message: string;
}

export interface ReadProgress {
  /** Bytes of the file read so far (compressed bytes for .gz). */
  bytesRead: number;
  /** Size of the file on disk. */
  bytesTotal: number;
  rows: number;
}

export interface ReadOptions {
  /** Cell values that mean "missing" (Frictionless `missingValues`); default `[""]`. */
  missingValues?: string[];
  /** CSV only: field delimiter (one character, default ","). */
  delimiter?: string;
  /** CSV only: the first row names the columns (default true). */
  header?: boolean;
  /** For sources without a header of their own (JSON Lines): which keys are the columns, in order. */
  columns?: string[];
  /** Called every `progressEveryBytes` bytes (default 64 MiB) and at the end. */
  onProgress?: (progress: ReadProgress) => void;
  progressEveryBytes?: number;
  /** Stop after this many data rows (used to infer schemas from a sample). */
  maxRows?: number;
  /**
   * Rows a batch at a time: a reader that can (CSV, Parquet) calls this instead of `onRow`, with
   * a view of `rows` rows, each made current by `select(0 … rows - 1)`, valid during the call
   * only. Row order is file order, batch after batch. Readers that cannot call `onRow`.
   */
  onBatch?: (batch: CompleteRowView, rows: number) => void;
}

export interface ReadResult {
  /** Column names in cell order: the CSV header, the JSON Lines `columns`, the Parquet schema. */
  columns: string[];
  rows: number;
  bytes: number;
  problems: ReadProblem[];
}

/** Reads a data file row by row: `onColumns` once (before any row), then `onRow` for each row. */
export type DataReader = (
  file: string,
  options: ReadOptions,
  onRow: (row: RowView) => void,
  onColumns?: (columns: string[]) => void,
) => Promise<ReadResult>;
