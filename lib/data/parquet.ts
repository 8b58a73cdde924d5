/**
 * The Parquet reader, on hyparquet (pure JavaScript): the footer first, then one row group at a
 * time, each column decoded for that group only, so memory holds one row group, never the file.
 *
 * Values as the RowView shows them: numbers as numbers; INT64 (bigint) as a number when it is a
 * safe integer, else number() is the nearest double and text() keeps every digit; DATE as
 * `YYYY-MM-DD`, timestamps as ISO 8601 in UTC; booleans as `true`/`false`; binary as base64; lists
 * and structs as JSON. Null is missing, and so is a string equal to one of the missing values.
 * Parquet has no lines: `line` is the row number.
 */
import { type FileHandle, open } from "node:fs/promises";
import {
  type AsyncBuffer,
  type DecodedArray,
  parquetMetadataAsync,
  parquetScan,
  parquetSchema,
  type RowGroup,
} from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { DataError } from "../errors.ts";
import { DEFAULT_PROGRESS_EVERY_BYTES, parseNumberText } from "./csv.ts";
import type { DataReader, RowView } from "./rows.ts";

const MILLISECONDS_PER_DAY = 86_400_000;

/** Dates stay calendar dates: without this hyparquet would give a Date at UTC midnight. */
const parsers = {
  dateFromDays: (days: number) => new Date(days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10),
};

class ParquetRowView implements RowView {
  row = 0;
  line = 0;
  readonly length: number;
  /** Index of the current row inside the row group's column arrays. */
  index = 0;
  groupColumns: DecodedArray[] = [];
  private readonly missingTexts: Set<string>;

  constructor(columnCount: number, missingValues: string[]) {
    this.length = columnCount;
    this.missingTexts = new Set(missingValues);
  }

  private value(column: number): unknown {
    return this.groupColumns[column]?.[this.index];
  }

  text(column: number): string {
    return valueText(this.value(column));
  }

  number(column: number): number {
    const value = this.value(column);
    if (typeof value === "number") return value;
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "string") return parseNumberText(value);
    return Number.NaN;
  }

  isMissing(column: number): boolean {
    const value = this.value(column);
    if (value === null || value === undefined) return true;
    return typeof value === "string" && this.missingTexts.has(value);
  }
}

function valueText(value: unknown): string {
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
      if (value === null) return "";
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
      if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
      return JSON.stringify(value, (_key, nested) =>
        typeof nested === "bigint" ? nested.toString() : nested,
      );
  }
}

/** Reads byte ranges of the file on demand: hyparquet's AsyncBuffer. */
function fileRanges(handle: FileHandle, size: number): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start: number, end = size): Promise<ArrayBuffer> {
      const bytes = new Uint8Array(end - start);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, start + filled);
        if (bytesRead === 0) throw new Error(`the file ended at byte ${start + filled}, before byte ${end}`);
        filled += bytesRead;
      }
      return bytes.buffer;
    },
  };
}

/** The file offset where a row group's last column chunk ends. */
function groupEndByte(group: RowGroup): number {
  let end = 0;
  for (const { meta_data: chunk } of group.columns) {
    if (!chunk) continue;
    const start = chunk.dictionary_page_offset ?? chunk.data_page_offset;
    end = Math.max(end, Number(start + chunk.total_compressed_size));
  }
  return end;
}

export const readParquet: DataReader = async (file, options, onRow, onColumns) => {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw new DataError(`cannot open the file: ${(error as Error).message}`, { file }, { cause: error });
  }
  try {
    const bytesTotal = (await handle.stat()).size;
    const source = fileRanges(handle, bytesTotal);
    const unreadable = (error: unknown): never => {
      throw new DataError(
        `not a readable Parquet file: ${(error as Error).message}`,
        { file },
        { cause: error },
      );
    };
    const metadata = await parquetMetadataAsync(source).catch(unreadable);
    const columns = parquetSchema(metadata).children.map((child) => child.element.name);
    onColumns?.(columns);

    const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
    const progressEvery = options.progressEveryBytes ?? DEFAULT_PROGRESS_EVERY_BYTES;
    let nextProgressAt = progressEvery;
    const view = new ParquetRowView(columns.length, options.missingValues ?? [""]);
    let rows = 0;
    // Progress is how far into the file the row groups read so far reach.
    let bytesRead = 0;
    let groupStart = 0;
    const scan = await parquetScan({ file: source, metadata, compressors, parsers }).catch(unreadable);
    for (const group of metadata.row_groups) {
      if (rows >= maxRows) break;
      const rowStart = groupStart;
      groupStart += Number(group.num_rows);
      const rowEnd = Math.min(groupStart, rowStart + (maxRows - rows));
      view.groupColumns = await Promise.all(
        columns.map((column) => scan.readColumn({ column, rowStart, rowEnd })),
      ).catch((error: unknown) => {
        const detail = `cannot decode rows ${rowStart + 1}–${rowEnd}: ${(error as Error).message}`;
        throw new DataError(detail, { file }, { cause: error });
      });
      for (let index = 0; index < rowEnd - rowStart; index++) {
        rows++;
        view.index = index;
        view.row = rows;
        view.line = rowStart + index + 1;
        onRow(view);
      }
      bytesRead = Math.max(bytesRead, groupEndByte(group));
      if (bytesRead >= nextProgressAt) {
        options.onProgress?.({ bytesRead, bytesTotal, rows });
        nextProgressAt = (Math.floor(bytesRead / progressEvery) + 1) * progressEvery;
      }
    }
    view.groupColumns = [];
    // Every row read means the whole file was, the footer included.
    if (rows === Number(metadata.num_rows)) bytesRead = bytesTotal;
    options.onProgress?.({ bytesRead, bytesTotal, rows });
    return { columns, rows, bytes: bytesRead, problems: [] };
  } finally {
    await handle.close();
  }
};
