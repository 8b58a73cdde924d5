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
import { isUtf8 } from "node:buffer";
import {
  DEFAULT_PROGRESS_EVERY_BYTES,
  MAX_RECORD_BYTES,
  openByteSource,
  parseIntegerText,
  parseNumberText,
} from "./csv.ts";
import {
  type DataReader,
  hashText,
  type ReadOptions,
  type ReadProblem,
  type ReadResult,
  type RowView,
  type TextSet,
} from "./rows.ts";

const LF = 0x0a;

class JsonRowView implements RowView {
  row = 0;
  line = 0;
  readonly length: number;
  readonly values: unknown[];
  private readonly missingTexts: Set<string>;

  constructor(columnCount: number, missingValues: string[]) {
    this.length = columnCount;
    this.values = new Array(columnCount).fill(undefined);
    this.missingTexts = new Set(missingValues);
  }

  text(column: number): string {
    const value = this.values[column];
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return value;
    return JSON.stringify(value);
  }

  number(column: number): number {
    const value = this.values[column];
    if (typeof value === "number") return value;
    if (typeof value === "string") return parseNumberText(value);
    return Number.NaN;
  }

  integer(column: number): number {
    const value = this.values[column];
    // A number's text is its JSON, digits only below 1e21.
    if (typeof value === "number")
      return Number.isInteger(value) && Math.abs(value) < 1e21 ? value : Number.NaN;
    if (typeof value === "string") return parseIntegerText(value);
    return Number.NaN;
  }

  indexIn(column: number, set: TextSet): number {
    return set.indexOfText(this.text(column));
  }

  /** One row at a time: the view is always on it. */
  select(_index: number): void {}

  numbers(_column: number, _integers: boolean): undefined {
    return undefined;
  }

  lookup(_column: number, _set: TextSet): undefined {
    return undefined;
  }

  hash(column: number, out: Uint32Array): void {
    hashText(this.text(column), out);
  }

  isMissing(column: number): boolean {
    const value = this.values[column];
    if (value === null || value === undefined) return true;
    if (typeof value === "string") return this.missingTexts.has(value);
    return typeof value === "number" && this.missingTexts.has(String(value));
  }
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** readJsonLines with the chunk size and the line limit set by the caller (tests). */
export async function readJsonLinesInChunks(
  file: string,
  options: ReadOptions,
  { chunkBytes, maxLineBytes = MAX_RECORD_BYTES }: { chunkBytes?: number; maxLineBytes?: number },
  onRow: (row: RowView) => void,
  onColumns?: (columns: string[]) => void,
): Promise<ReadResult> {
  const source = await openByteSource(file, chunkBytes);
  const problems: ReadProblem[] = [];
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const missingValues = options.missingValues ?? [""];
  let columns: string[] | undefined;
  let view: JsonRowView | undefined;
  let rows = 0;
  let lineNumber = 0;

  const announceColumns = (names: string[]): JsonRowView => {
    columns = names;
    onColumns?.(names);
    return new JsonRowView(names.length, missingValues);
  };
  if (options.columns) view = announceColumns(options.columns);

  const skipOverlongLine = (): void => {
    lineNumber++;
    rows++;
    problems.push({
      kind: "invalid-json",
      row: rows,
      line: lineNumber,
      message: `the line is longer than ${maxLineBytes} bytes and was not read`,
    });
  };
  const readLine = (bytes: Buffer): void => {
    lineNumber++;
    let text = bytes.toString("utf8");
    if (lineNumber === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isBlank(text)) return;
    rows++;
    const where = { row: rows, line: lineNumber };
    if (!isUtf8(bytes)) {
      problems.push({ kind: "invalid-utf8", ...where, message: "the line holds bytes that are not UTF-8" });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push({
        kind: "invalid-json",
        ...where,
        message: `not valid JSON: ${(error as Error).message}`,
      });
      return;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      const got = parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`;
      problems.push({ kind: "not-an-object", ...where, message: `expected a JSON object, got ${got}` });
      return;
    }
    const record = parsed as Record<string, unknown>;
    view ??= announceColumns(Object.keys(record));
    const names = columns ?? [];
    for (let column = 0; column < names.length; column++) {
      const name = names[column]!;
      view.values[column] = Object.hasOwn(record, name) ? record[name] : undefined;
    }
    view.row = rows;
    view.line = lineNumber;
    onRow(view);
  };

  const progressEvery = options.progressEveryBytes ?? DEFAULT_PROGRESS_EVERY_BYTES;
  let nextProgressAt = progressEvery;
  const reportProgress = (): void =>
    options.onProgress?.({ bytesRead: source.bytesRead(), bytesTotal: source.bytesTotal, rows });
  // The unfinished last line of the chunks read so far: pieces are joined once, when it ends.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skippingOverlongLine = false;
  try {
    reading: for await (const chunk of source.chunks) {
      let lineStart = 0;
      let lineEnd = chunk.indexOf(LF, lineStart);
      while (lineEnd >= 0) {
        if (rows >= maxRows) break reading;
        const tail = chunk.subarray(lineStart, lineEnd);
        if (skippingOverlongLine || pendingBytes + tail.length > maxLineBytes) skipOverlongLine();
        else readLine(pending.length > 0 ? Buffer.concat([...pending, tail]) : tail);
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
      if (skippingOverlongLine) skipOverlongLine();
      else if (pending.length > 0) readLine(Buffer.concat(pending));
    }
  } finally {
    source.close();
  }
  if (columns === undefined) announceColumns([]);
  reportProgress();
  return { columns: columns ?? [], rows, bytes: source.bytesRead(), problems };
}

export const readJsonLines: DataReader = (file, options, onRow, onColumns) =>
  readJsonLinesInChunks(file, options, {}, onRow, onColumns);
