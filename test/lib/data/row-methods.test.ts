import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { parquetReadObjects } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, describe, expect, test } from "vitest";
import { readCsvInChunks } from "../../../lib/data/csv.ts";
import { readJsonLinesInChunks } from "../../../lib/data/jsonl.ts";
import { readParquet } from "../../../lib/data/parquet.ts";
import {
  type CompleteRowView,
  completeRowView,
  hashBytes,
  hashText,
  type ReadOptions,
  type RowView,
  TextSet,
} from "../../../lib/data/rows.ts";
import { tempFolder } from "./helpers.ts";

/**
 * RowView's optional methods (integer, indexIn, hash) against their reference definitions, which
 * completeRowView gives any view from text() and number(); and rows read a batch at a time
 * (ReadOptions.onBatch) against rows read one at a time.
 */
const folder = tempFolder("row-methods");
afterAll(() => folder.remove());

/** The batch row selected last (numbers() is read at it), and how many cells were typed. */
let currentIndex = 0;
let typedSeen = 0;

/** What numbers() vouches for at batch row `at` (selected), number() and integer() say too. */
function checkNumbers(view: CompleteRowView, column: number, at: number) {
  for (const integers of [false, true]) {
    const typed = view.numbers(column, integers);
    if (typed === undefined || typed.present[at] !== 1) continue;
    expect(view.isMissing(column)).toBe(false);
    const value = integers ? view.integer(column) : view.number(column);
    expect(Object.is(typed.numbers[at], value), `${typed.numbers[at]} vs ${value}`).toBe(true);
    typedSeen++;
  }
}

/** What lookup() vouches for at batch row `at` (selected), isMissing and indexIn say too. */
function checkLookup(view: CompleteRowView, column: number, at: number, set: TextSet) {
  const found = view.lookup(column, set);
  if (found === undefined || found[at] === -2) return;
  expect(view.isMissing(column)).toBe(false);
  expect(found[at]).toBe(view.indexIn(column, set));
  lookupsSeen++;
}
let lookupsSeen = 0;

/** What a view says of a cell, by its own methods and by the reference definitions. */
function describeCell(view: CompleteRowView, column: number, set: TextSet) {
  const reference = completeRowView({
    row: view.row,
    line: view.line,
    length: view.length,
    text: (c) => view.text(c),
    number: (c) => view.number(c),
    isMissing: (c) => view.isMissing(c),
  });
  const hash = new Uint32Array(2);
  const expectedHash = new Uint32Array(2);
  view.hash(column, hash);
  reference.hash(column, expectedHash);
  // A column read as numbers vouches, at the current row, for what isMissing and number say.
  checkNumbers(view, column, currentIndex);
  checkLookup(view, column, currentIndex, set);
  return {
    actual: {
      integer: view.integer(column),
      indexIn: view.indexIn(column, set),
      hash: [...hash],
    },
    expected: {
      integer: reference.integer(column),
      indexIn: reference.indexIn(column, set),
      hash: [...expectedHash],
    },
  };
}

interface SeenRow {
  row: number;
  line: number;
  cells: string[];
  numbers: number[];
  missing: boolean[];
}

/**
 * Reads a file one row at a time and a batch at a time (a reader without batches gives rows one
 * at a time then too); checks every cell of both.
 */
async function readBothWays(
  read: (options: ReadOptions, onRow: (row: RowView) => void) => Promise<unknown>,
  set: TextSet,
  options: ReadOptions = {},
  batches = true,
): Promise<{ rows: SeenRow[]; batched: SeenRow[] }> {
  const seen = (view: CompleteRowView, into: SeenRow[]) => {
    const row: SeenRow = { row: view.row, line: view.line, cells: [], numbers: [], missing: [] };
    for (let column = 0; column < view.length + 1; column++) {
      const { actual, expected } = describeCell(view, column, set);
      expect(actual, `row ${view.row} column ${column}: ${JSON.stringify(view.text(column))}`).toEqual(
        expected,
      );
      if (column < view.length) {
        row.cells.push(view.text(column));
        row.numbers.push(view.number(column));
        row.missing.push(view.isMissing(column));
      }
    }
    into.push(row);
  };
  const rows: SeenRow[] = [];
  await read(options, (view) => seen(view as CompleteRowView, rows));
  const batched: SeenRow[] = [];
  let batchCount = 0;
  let rowCount = 0;
  await read(
    {
      ...options,
      onBatch: (view, count) => {
        batchCount++;
        for (let index = 0; index < count; index++) {
          view.select(index);
          currentIndex = index;
          seen(view, batched);
        }
      },
    },
    (view) => {
      rowCount++;
      seen(view as CompleteRowView, batched);
    },
  );
  if (rows.length > 0) expect(batches ? batchCount : rowCount).toBeGreaterThan(0);
  expect(batches ? rowCount : batchCount).toBe(0);
  return { rows, batched };
}

const numberish = fc.constantFrom(
  "0",
  "-0",
  "+7",
  "007",
  "12",
  "-42",
  "1.0",
  "1.",
  ".5",
  "1e3",
  " 1",
  "1 ",
  "NaN",
  "INF",
  "-INF",
  "123456789",
  "1234567890",
  "-2147483649",
  "9007199254740993",
  "123456789012345678901234567890",
  "9".repeat(400),
  "12.50",
  "0.000001",
  "3.14159265358979",
);
const texty = fc.oneof(
  fc.constantFrom("US", "GB", "free", "enterprise", "", "NA", "é", "\uFEFFUS", "U\u0000", "😀"),
  fc.string({ unit: fc.constantFrom("a", "b", "1", ",", '"', "\n", " ", "é", "😀"), maxLength: 8 }),
);
const enumSet = new TextSet(["US", "GB", "free", "enterprise", "é", "\uFEFFUS", "", "1", "😀", "a,b"]);

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) || cell.startsWith("\uFEFF") ? `"${cell.replaceAll('"', '""')}"` : cell;
}

describe("CSV: integer, indexIn and hash read from the bytes agree with text() and number()", () => {
  test("property: every cell, quoted or not, one row at a time and in batches, at every chunk size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.oneof(numberish, texty), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        async (table, quoteAll, chunkBytes) => {
          const text = `${table
            .map((row) =>
              row.map((cell) => (quoteAll ? `"${cell.replaceAll('"', '""')}"` : csvCell(cell))).join(","),
            )
            .join("\n")}\n`;
          const file = folder.file("cells.csv", text);
          const { rows, batched } = await readBothWays(
            (options, onRow) => readCsvInChunks(file, options, { chunkBytes }, onRow),
            enumSet,
            { header: false, missingValues: ["", "NA"] },
          );
          expect(batched).toEqual(rows);
          // An unquoted row of one empty cell is an empty line, which is skipped.
          expect(rows.map((row) => row.cells)).toEqual(
            quoteAll ? table : table.filter((row) => row.join("") !== "" || row.length > 1),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  test("bytes that are not UTF-8 hash and look up as their text (U+FFFD) does", async () => {
    const bytes = Buffer.concat([
      Buffer.from("a,b\n"),
      Buffer.from([0xff, 0x2c, 0xc3, 0x0a]), // "\xff,\xc3\n": two cells, neither UTF-8
      Buffer.from("\uFFFD,ok\n"),
      Buffer.from('"x""y",12\n'),
    ]);
    const file = folder.file("invalid.csv", bytes);
    const set = new TextSet(["\uFFFD", "ok", 'x"y']);
    const { rows, batched } = await readBothWays(
      (options, onRow) => readCsvInChunks(file, options, { chunkBytes: 3 }, onRow),
      set,
    );
    expect(batched).toEqual(rows);
    expect(rows.map((row) => row.cells)).toEqual([
      ["\uFFFD", "\uFFFD"],
      ["\uFFFD", "ok"],
      ['x"y', "12"],
    ]);
  });

  test("batches of many rows: the same rows, lines and cells as one at a time", async () => {
    const lines = Array.from({ length: 2000 }, (_, index) =>
      index % 97 === 0
        ? `${index},"multi\nline ${index}",x`
        : `${index},v${index % 7},${index % 3 ? "" : "z"}`,
    );
    const file = folder.file("many.csv", `id,v,w\n${lines.join("\n")}\n\n`);
    typedSeen = 0;
    const { rows, batched } = await readBothWays(
      (options, onRow) => readCsvInChunks(file, options, { chunkBytes: 1000 }, onRow),
      new TextSet(["v1", "x"]),
    );
    expect(rows).toHaveLength(2000);
    expect(batched).toEqual(rows);
    expect(rows[97]).toMatchObject({ row: 98, cells: ["97", "multi\nline 97", "x"] });
    expect(rows[98]?.line).toBe(rows[97]!.line + 2);
    // The numeric column was read a column at a time, and vouched for; the text one looked up.
    expect(typedSeen).toBeGreaterThan(1000);
    expect(lookupsSeen).toBeGreaterThan(1000);
  });
});

describe("JSON Lines: integer, indexIn and hash agree with text() and number()", () => {
  test("property: numbers, numeric strings, text, booleans, null and objects", async () => {
    const value = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(-0, 1e21, 2 ** 53 + 2, 1e-7, 5e20),
      numberish,
      texty,
      fc.boolean(),
      fc.constant(null),
      fc.constant({ a: [1, "2"] }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 20 }), async (pairs) => {
        const text = pairs.map(([a, b]) => JSON.stringify({ a, b })).join("\n");
        const file = folder.file("values.jsonl", text);
        const { rows, batched } = await readBothWays(
          (options, onRow) => readJsonLinesInChunks(file, options, { chunkBytes: 7 }, onRow),
          enumSet,
          { columns: ["a", "b"] },
          false,
        );
        expect(batched).toEqual(rows);
        expect(rows).toHaveLength(pairs.length);
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Parquet: the page-by-page reader against hyparquet's own assembly of the rows.

type WriteOptions = Parameters<typeof parquetWriteBuffer>[0];

function writeParquet(options: WriteOptions): string {
  const file = folder.file("data.parquet", "");
  writeFileSync(file, new Uint8Array(parquetWriteBuffer(options)));
  return file;
}

const DAY = 86_400_000;

/** The reader's view of a value before page-by-page reading: text, number and missing. */
function referenceView(values: unknown[], missingTexts: Set<string>): RowView {
  const text = (value: unknown): string => {
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
        if (value instanceof Date)
          return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
        if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
        return JSON.stringify(value, (_key, nested) =>
          typeof nested === "bigint" ? nested.toString() : nested,
        );
    }
  };
  return {
    row: 0,
    line: 0,
    length: values.length,
    text: (column) => text(values[column]),
    number: (column) => {
      const value = values[column];
      if (typeof value === "number") return value;
      if (typeof value === "bigint") return Number(value);
      if (typeof value === "string") {
        return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)
          ? Number(value)
          : value === "INF"
            ? Number.POSITIVE_INFINITY
            : value === "-INF"
              ? Number.NEGATIVE_INFINITY
              : Number.NaN;
      }
      return Number.NaN;
    },
    isMissing: (column) => {
      const value = values[column];
      if (value === null || value === undefined) return true;
      return typeof value === "string" && missingTexts.has(value);
    },
  };
}

async function compareWithHyparquet(file: string, missingValues = [""]) {
  const { asyncBufferFromFile } = await import("hyparquet");
  const objects = await parquetReadObjects({
    file: await asyncBufferFromFile(file),
    parsers: { dateFromDays: (days: number) => new Date(days * DAY).toISOString().slice(0, 10) },
  });
  const names = Object.keys(objects[0] ?? {});
  const set = new TextSet(["a", "é", "US", "1", "true", "2024-01-02", "", "\uFEFFx"]);
  const expected = objects.map((object) => {
    const view = completeRowView(
      referenceView(
        names.map((name) => object[name]),
        new Set(missingValues),
      ),
    );
    return names.map((_, column) => {
      const hash = new Uint32Array(2);
      view.hash(column, hash);
      return {
        text: view.text(column),
        number: view.number(column),
        integer: view.integer(column),
        missing: view.isMissing(column),
        indexIn: view.indexIn(column, set),
        hash: [...hash],
      };
    });
  });
  const cellsOf = (view: CompleteRowView) =>
    names.map((_, column) => {
      const hash = new Uint32Array(2);
      view.hash(column, hash);
      return {
        text: view.text(column),
        number: view.number(column),
        integer: view.integer(column),
        missing: view.isMissing(column),
        indexIn: view.indexIn(column, set),
        hash: [...hash],
      };
    });
  const rows: unknown[] = [];
  const lines: number[] = [];
  await readParquet(file, { missingValues }, (view) => {
    rows.push(cellsOf(view as CompleteRowView));
    lines.push(view.line);
  });
  const batched: unknown[] = [];
  await readParquet(
    file,
    {
      missingValues,
      onBatch: (view, count) => {
        for (let index = 0; index < count; index++) {
          view.select(index);
          expect(view.row).toBe(batched.length + 1);
          batched.push(cellsOf(view));
          for (let column = 0; column < names.length; column++) {
            checkNumbers(view, column, index);
            checkLookup(view, column, index, set);
          }
        }
      },
    },
    () => {},
  );
  if (names.some((name) => /double|int32|int_|float|required/.test(name)))
    expect(typedSeen).toBeGreaterThan(0);
  expect(rows).toHaveLength(objects.length);
  expect(lines).toEqual(objects.map((_, index) => index + 1));
  for (let index = 0; index < rows.length; index++) {
    expect(rows[index], `row ${index + 1}`).toEqual(expected[index]);
    expect(batched[index], `row ${index + 1} (batch)`).toEqual(expected[index]);
  }
}

describe("Parquet: pages read here give the values hyparquet gives", () => {
  const count = 9000;
  const random = (() => {
    let state = 12345;
    return () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
  })();
  const maybe = <T>(value: T, nulls = 0.1): T | null => (random() < nulls ? null : value);
  const strings = ["a", "é", "US", "1", "12", "", "\uFEFFx", "😀", "true", "1e3", "NA", "-7"];

  test("numbers, strings, booleans, dates, JSON and lists; nulls; plain, dictionary and other encodings; many pages", async () => {
    const ints = Array.from({ length: count }, () => maybe(Math.floor(random() * 2000) - 1000));
    const longs = Array.from({ length: count }, (_, index) =>
      maybe(index % 5 === 0 ? 2n ** 60n + BigInt(index) : BigInt(Math.floor(random() * 1e6) - 5e5)),
    );
    const doubles = Array.from({ length: count }, (_, index) =>
      maybe(index % 11 === 0 ? 1e21 * index : index % 13 === 0 ? -0 : random() * 1e4 - 5e3),
    );
    const file = writeParquet({
      columnData: [
        { name: "int_plain", data: ints, type: "INT32", encoding: "PLAIN" },
        { name: "int_dictionary", data: ints.map((v) => (v === null ? null : v % 20)), type: "INT32" },
        { name: "int_delta", data: ints, type: "INT32", encoding: "DELTA_BINARY_PACKED" },
        { name: "long_plain", data: longs, type: "INT64", encoding: "PLAIN" },
        { name: "double_plain", data: doubles, type: "DOUBLE", encoding: "PLAIN" },
        {
          name: "double_dictionary",
          data: doubles.map((v) => (v === null ? null : Math.round(v / 1000))),
          type: "DOUBLE",
        },
        { name: "double_split", data: doubles, type: "DOUBLE", encoding: "BYTE_STREAM_SPLIT" },
        {
          name: "float_plain",
          data: doubles.map((v) => (v === null ? null : Math.fround(v))),
          type: "FLOAT",
        },
        {
          name: "text_plain",
          data: Array.from({ length: count }, (_, index) =>
            maybe(`${strings[index % strings.length]}${index}`),
          ),
          type: "STRING",
          encoding: "PLAIN",
        },
        {
          name: "ascii_plain",
          data: Array.from({ length: count }, (_, index) => maybe(index % 9 === 0 ? "" : `u${index}`)),
          type: "STRING",
          encoding: "PLAIN",
        },
        {
          name: "text_dictionary",
          data: Array.from({ length: count }, () => maybe(strings[Math.floor(random() * strings.length)]!)),
          type: "STRING",
        },
        { name: "flag", data: Array.from({ length: count }, () => maybe(random() < 0.5)), type: "BOOLEAN" },
        {
          name: "required_double",
          data: Float64Array.from({ length: count }, () => random()),
          type: "DOUBLE",
          nullable: false,
        },
      ],
      pageSize: 4000,
      rowGroupSize: 3500,
    });
    await compareWithHyparquet(file, ["", "NA"]);
  }, 120_000);

  test("ASCII text longer than 127 characters (its lengths' bytes are not ASCII)", async () => {
    const file = writeParquet({
      columnData: [
        {
          name: "long_ascii_plain",
          data: Array.from({ length: 300 }, (_, index) => maybe(`${"x".repeat(120 + (index % 90))}${index}`)),
          type: "STRING",
          encoding: "PLAIN",
        },
      ],
      pageSize: 4000,
    });
    await compareWithHyparquet(file);
  });

  test("data pages of version 1 (written by pyarrow): levels, dictionaries, plain values, across row groups", async () => {
    // pyarrow 25, data_page_version="1.0", 2 kB pages, 1200-row groups, snappy; nulls in all but
    // "required"; INT64 past 2^53; UTF-8 text with a byte order mark; DATE; booleans.
    await compareWithHyparquet(
      fileURLToPath(new URL("./fixtures/pyarrow-page-v1.parquet", import.meta.url)),
      ["", "NA"],
    );
  });

  test("logical types (dates, timestamps, JSON) and a nested list column", async () => {
    const file = writeParquet({
      columnData: [
        { name: "day", data: Array.from({ length: 50 }, (_, index) => (index % 7 ? 19_000 + index : null)) },
        {
          name: "at",
          data: Array.from({ length: 50 }, (_, index) => (index % 5 ? new Date(DAY * index + 123) : null)),
        },
        { name: "json", data: Array.from({ length: 50 }, (_, index) => (index % 3 ? { n: index } : null)) },
        {
          name: "list",
          data: Array.from({ length: 50 }, (_, index) => (index % 4 ? [index, index + 1] : null)),
        },
        { name: "n", data: Array.from({ length: 50 }, (_, index) => index) },
      ],
      schema: [
        { name: "root", num_children: 5 },
        { name: "day", type: "INT32", converted_type: "DATE", repetition_type: "OPTIONAL" },
        { name: "at", type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type: "OPTIONAL" },
        { name: "json", type: "BYTE_ARRAY", converted_type: "JSON", repetition_type: "OPTIONAL" },
        { name: "list", repetition_type: "OPTIONAL", num_children: 1, converted_type: "LIST" },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", type: "INT32", repetition_type: "REQUIRED" },
        { name: "n", type: "INT32", repetition_type: "REQUIRED" },
      ],
      rowGroupSize: 20,
    });
    await compareWithHyparquet(file);
  });
});

test("hashText and hashBytes agree on a text and its UTF-8, whatever it holds", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
      const fromText = new Uint32Array(2);
      const fromBytes = new Uint32Array(2);
      hashText(text, fromText);
      const bytes = Buffer.from(text);
      hashBytes(bytes, 0, bytes.length, fromBytes);
      expect([...fromText]).toEqual([...fromBytes]);
    }),
    { numRuns: 500 },
  );
});
