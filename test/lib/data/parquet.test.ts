import { statSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, describe, expect, test } from "vitest";
import { readParquet } from "../../../lib/data/parquet.ts";
import type { ReadProgress } from "../../../lib/data/rows.ts";
import { DataError } from "../../../lib/errors.ts";
import { collectWith, tempFolder } from "./helpers.ts";

const folder = tempFolder("parquet");
afterAll(() => folder.remove());

type WriteOptions = Parameters<typeof parquetWriteBuffer>[0];

function writeParquet(options: WriteOptions): string {
  const file = folder.file("data.parquet", "");
  writeFileSync(file, new Uint8Array(parquetWriteBuffer(options)));
  return file;
}

const DAY = 86_400_000;

describe("readParquet", () => {
  const typed = writeParquet({
    columnData: [
      { name: "int", data: [1, -2, null] },
      { name: "long", data: [3n, 2n ** 60n + 1n, null] },
      { name: "double", data: [1.5, Number.NaN, null] },
      { name: "text", data: ["a", "", "NA"] },
      { name: "flag", data: [true, false, null] },
      { name: "at", data: [new Date("2024-01-02T03:04:05.006Z"), null, new Date(0)] },
      { name: "day", data: [19_783, null, 0] },
      { name: "json", data: [{ x: [1, "2"] }, null, [1, 2]] },
    ],
    schema: [
      { name: "root", num_children: 8 },
      { name: "int", type: "INT32", repetition_type: "OPTIONAL" },
      { name: "long", type: "INT64", repetition_type: "OPTIONAL" },
      { name: "double", type: "DOUBLE", repetition_type: "OPTIONAL" },
      { name: "text", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" },
      { name: "flag", type: "BOOLEAN", repetition_type: "OPTIONAL" },
      { name: "at", type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type: "OPTIONAL" },
      { name: "day", type: "INT32", converted_type: "DATE", repetition_type: "OPTIONAL" },
      { name: "json", type: "BYTE_ARRAY", converted_type: "JSON", repetition_type: "OPTIONAL" },
    ],
    rowGroupSize: 2,
  });

  test("columns come from the schema; each type reads as text, number and missing", async () => {
    const seen: unknown[] = [];
    const result = await readParquet(typed, { missingValues: ["", "NA"] }, (row) => {
      seen.push({
        row: row.row,
        line: row.line,
        text: Array.from({ length: row.length }, (_, column) => row.text(column)),
        number: Array.from({ length: row.length }, (_, column) => row.number(column)),
        missing: Array.from({ length: row.length }, (_, column) => row.isMissing(column)),
      });
    });
    expect(result).toMatchObject({
      columns: ["int", "long", "double", "text", "flag", "at", "day", "json"],
      rows: 3,
      problems: [],
    });
    const nan = Number.NaN;
    expect(seen).toEqual([
      {
        row: 1,
        line: 1,
        text: ["1", "3", "1.5", "a", "true", "2024-01-02T03:04:05.006Z", "2024-03-01", '{"x":[1,"2"]}'],
        number: [1, 3, 1.5, nan, nan, nan, nan, nan],
        missing: [false, false, false, false, false, false, false, false],
      },
      {
        row: 2,
        line: 2,
        text: ["-2", "1152921504606846977", "NaN", "", "false", "", "", ""],
        number: [-2, 2 ** 60, nan, nan, nan, nan, nan, nan],
        missing: [false, false, false, true, false, true, true, true],
      },
      {
        row: 3,
        line: 3,
        text: ["", "", "", "NA", "", "1970-01-01T00:00:00.000Z", "1970-01-01", "[1,2]"],
        number: [nan, nan, nan, nan, nan, nan, nan, nan],
        missing: [true, true, true, true, true, false, false, false],
      },
    ]);
  });

  const many = 2500;
  const numbered = writeParquet({
    columnData: [
      { name: "n", data: Array.from({ length: many }, (_, index) => index), type: "INT32" },
      { name: "label", data: Array.from({ length: many }, (_, index) => `row ${index}`), type: "STRING" },
    ],
    rowGroupSize: 1000,
  });

  test("progress comes after each row group, and once at the end", async () => {
    const progress: ReadProgress[] = [];
    let sum = 0;
    const result = await readParquet(
      numbered,
      { progressEveryBytes: 1, onProgress: (p) => progress.push(p) },
      (row) => {
        sum += row.number(0);
        expect(row.text(1)).toBe(`row ${row.row - 1}`);
      },
    );
    expect(result.rows).toBe(many);
    expect(sum).toBe((many * (many - 1)) / 2);
    expect(progress.map((p) => p.rows)).toEqual([1000, 2000, 2500, 2500]);
    expect(progress[0]!.bytesRead).toBeLessThan(progress[0]!.bytesTotal);
    expect(progress.at(-1)!.bytesRead).toBe(progress.at(-1)!.bytesTotal);
  });

  test("reads row group by row group: the first row comes before most of the file is read", async () => {
    const rowsPerGroup = 100_000;
    const file = writeParquet({
      columnData: [
        { name: "x", data: Float64Array.from({ length: 4 * rowsPerGroup }, Math.random), type: "DOUBLE" },
      ],
      rowGroupSize: rowsPerGroup,
    });
    const probe = await open(file, "r");
    const fileHandle = Object.getPrototypeOf(probe) as {
      read: (...args: unknown[]) => Promise<{ bytesRead: number }>;
    };
    await probe.close();
    // Count what FileHandle.read brings in, for every handle, while the reader runs.
    let bytesReadFromDisk = 0;
    const originalRead = fileHandle.read;
    fileHandle.read = async function (this: unknown, ...args: unknown[]) {
      const result = await originalRead.apply(this, args);
      bytesReadFromDisk += result.bytesRead;
      return result;
    };
    let readBeforeFirstRow = -1;
    try {
      await readParquet(file, {}, () => {
        if (readBeforeFirstRow < 0) readBeforeFirstRow = bytesReadFromDisk;
      });
    } finally {
      fileHandle.read = originalRead;
    }
    const { size } = statSync(file);
    expect(readBeforeFirstRow).toBeGreaterThan(0);
    expect(readBeforeFirstRow).toBeLessThan(size / 2);
    expect(bytesReadFromDisk).toBeGreaterThanOrEqual(size * 0.9);
  });

  test("maxRows stops inside a row group", async () => {
    const { rows, result } = await collectWith(readParquet, numbered, { maxRows: 1001 });
    expect(result.rows).toBe(1001);
    expect(rows.at(-1)).toEqual({ row: 1001, line: 1001, cells: ["1000", "row 1000"] });
  });

  test("reads gzip-compressed column chunks (hyparquet-compressors)", async () => {
    const file = writeParquet({
      columnData: [{ name: "x", data: [1.25, 2.5], type: "DOUBLE" }],
      codec: "GZIP",
      compressors: { GZIP: (bytes: Uint8Array) => gzipSync(bytes) },
    });
    const { rows } = await collectWith(readParquet, file);
    expect(rows.map((row) => row.cells)).toEqual([["1.25"], ["2.5"]]);
  });

  test("a file that is not Parquet, or is missing, is a DataError naming the file", async () => {
    const notParquet = folder.file("fake.parquet", "a,b\n1,2\n");
    const error = await readParquet(notParquet, {}, () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location.file).toBe(notParquet);
    await expect(readParquet("/nonexistent.parquet", {}, () => {})).rejects.toBeInstanceOf(DataError);
  });

  test("dates far from 1970 keep their calendar day", async () => {
    const file = writeParquet({
      columnData: [{ name: "d", data: [-719_162, 2_932_896] }],
      schema: [
        { name: "root", num_children: 1 },
        { name: "d", type: "INT32", converted_type: "DATE" },
      ],
    });
    const { rows } = await collectWith(readParquet, file);
    expect(rows.map((row) => row.cells[0])).toEqual([
      new Date(-719_162 * DAY).toISOString().slice(0, 10),
      "9999-12-31",
    ]);
  });
});
