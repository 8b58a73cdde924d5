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
