import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DataReader, ReadOptions, ReadResult, RowView } from "../../../lib/data/rows.ts";

export interface ReadRow {
  row: number;
  line: number;
  cells: string[];
}

/** A temporary folder for the files a test writes, removed by `remove()`. */
export function tempFolder(prefix: string): {
  file(name: string, content: string | Uint8Array): string;
  remove(): void;
} {
  const folder = mkdtempSync(path.join(tmpdir(), `trainyard-${prefix}-`));
  let written = 0;
  return {
    file(name, content) {
      written++;
      const file = path.join(folder, `${written}-${name}`);
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export function cellsOf(view: RowView): string[] {
  return Array.from({ length: view.length }, (_, column) => view.text(column));
}

/** Runs a reader and keeps what it delivered: rows (copied out of the reused view) and columns. */
export async function collect(
  read: (onRow: (row: RowView) => void, onColumns: (columns: string[]) => void) => Promise<ReadResult>,
): Promise<{ rows: ReadRow[]; columns: string[][]; result: ReadResult }> {
  const rows: ReadRow[] = [];
  const columns: string[][] = [];
  const result = await read(
    (view) => rows.push({ row: view.row, line: view.line, cells: cellsOf(view) }),
    (names) => columns.push(names),
  );
  return { rows, columns, result };
}

export function collectWith(reader: DataReader, file: string, options: ReadOptions = {}) {
  return collect((onRow, onColumns) => reader(file, options, onRow, onColumns));
}
