import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { readJsonLines, readJsonLinesInChunks } from "../../../lib/data/jsonl.ts";
import type { ReadOptions } from "../../../lib/data/rows.ts";
import { DataError } from "../../../lib/errors.ts";
import { collect, collectWith, tempFolder } from "./helpers.ts";

const folder = tempFolder("jsonl");
afterAll(() => folder.remove());

function read(content: string | Uint8Array, options: ReadOptions = {}) {
  return collectWith(readJsonLines, folder.file("data.jsonl", content), options);
}

describe("readJsonLines", () => {
  test("columns are the first object's keys, in order; absent keys and null are missing", async () => {
    const text = '{"b":1,"a":"x"}\n{"a":"y","c":true}\n{"b":null,"a":""}\n';
    const seen: unknown[] = [];
    const result = await readJsonLines(folder.file("data.jsonl", text), {}, (row) => {
      seen.push([
        row.row,
        row.line,
        row.length,
        [0, 1].map((column) => [row.text(column), row.isMissing(column)]),
      ]);
    });
    expect(result).toMatchObject({ columns: ["b", "a"], rows: 3, problems: [] });
    expect(seen).toEqual([
      [
        1,
        1,
        2,
        [
          ["1", false],
          ["x", false],
        ],
      ],
      [
        2,
        2,
        2,
        [
          ["", true],
          ["y", false],
        ],
      ],
      [
        3,
        3,
        2,
        [
          ["", true],
          ["", true],
        ],
      ],
    ]);
  });

  test("the columns option sets which keys are read, and in what order", async () => {
    const { rows, columns } = await read('{"a":1,"b":2,"c":3}\n{"c":6}\n', { columns: ["c", "a"] });
    expect(columns).toEqual([["c", "a"]]);
    expect(rows.map((row) => row.cells)).toEqual([
      ["3", "1"],
      ["6", ""],
    ]);
  });

  test("text and number of each JSON type", async () => {
    const line = JSON.stringify({
      s: "héllo",
      n: 1.5,
      big: 1e21,
      t: true,
      o: { x: [1, "2"] },
      a: [1, 2],
      ns: "2.5e3",
      inf: "-INF",
      bad: "12abc",
    });
    const seen: Array<[string, number]> = [];
    await readJsonLines(folder.file("types.jsonl", `${line}\n`), {}, (row) => {
      for (let column = 0; column < row.length; column++) seen.push([row.text(column), row.number(column)]);
    });
    expect(seen).toEqual([
      ["héllo", Number.NaN],
      ["1.5", 1.5],
      ["1e+21", 1e21],
      ["true", Number.NaN],
      ['{"x":[1,"2"]}', Number.NaN],
      ["[1,2]", Number.NaN],
      ["2.5e3", 2500],
      ["-INF", Number.NEGATIVE_INFINITY],
      ["12abc", Number.NaN],
    ]);
  });

  test("missing values match strings and numbers by their text", async () => {
    const missing: boolean[] = [];
    await readJsonLines(
      folder.file("missing.jsonl", '{"a":"NA","b":-999,"c":"-999","d":0,"e":false}\n'),
      { missingValues: ["NA", "-999"] },
      (row) => {
        for (let column = 0; column < row.length; column++) missing.push(row.isMissing(column));
      },
    );
    expect(missing).toEqual([true, true, true, false, false]);
  });

  test("blank lines, CRLF, a byte order mark and a last line without a line break", async () => {
    const { rows, result } = await read('\uFEFF{"a":1}\r\n\r\n   \n{"a":2}\n\n{"a":3}');
    expect(rows).toEqual([
      { row: 1, line: 1, cells: ["1"] },
      { row: 2, line: 4, cells: ["2"] },
      { row: 3, line: 6, cells: ["3"] },
    ]);
    expect(result.problems).toEqual([]);
  });

  test("invalid JSON and non-objects are problems: the row is counted, numbered and not delivered", async () => {
    const text = '{"a":1}\n{"a":\n[1,2]\n"text"\nnull\n{"a":2}\n';
    const { rows, result } = await read(text);
    expect(rows).toEqual([
      { row: 1, line: 1, cells: ["1"] },
      { row: 6, line: 6, cells: ["2"] },
    ]);
    expect(result.rows).toBe(6);
    expect(result.problems.map((problem) => [problem.kind, problem.row, problem.line])).toEqual([
      ["invalid-json", 2, 2],
      ["not-an-object", 3, 3],
      ["not-an-object", 4, 4],
      ["not-an-object", 5, 5],
    ]);
    expect(result.problems[1]!.message).toBe("expected a JSON object, got an array");
  });

  test("columns come from the first object even after bad lines", async () => {
    const { rows, columns } = await read('oops\n{"x":1}\n');
    expect(columns).toEqual([["x"]]);
    expect(rows).toEqual([{ row: 2, line: 2, cells: ["1"] }]);
  });

  test("bytes that are not UTF-8 are reported for their line", async () => {
    const bytes = Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const { rows, result } = await read(bytes);
    expect(rows[0]!.cells).toEqual(["\uFFFD"]);
    expect(result.problems).toMatchObject([{ kind: "invalid-utf8", row: 1, line: 1 }]);
  });

  test("an empty file has no columns and no rows", async () => {
    const { columns, result } = await read("");
    expect(columns).toEqual([[]]);
    expect(result).toMatchObject({ columns: [], rows: 0, problems: [] });
  });

  test("maxRows stops early; gzip is read by its magic bytes", async () => {
    const text = Array.from({ length: 500 }, (_, index) => JSON.stringify({ i: index })).join("\n");
    const { rows, result } = await read(gzipSync(text), { maxRows: 3 });
    expect(rows.map((row) => row.cells[0])).toEqual(["0", "1", "2"]);
    expect(result.rows).toBe(3);
  });

  test("a line over the length limit is reported unread, and reading goes on", async () => {
    const text = `{"a":1}\n{"a":"${"x".repeat(5000)}"}\n{"a":3}\n{"a":"${"y".repeat(5000)}"}`;
    const file = folder.file("long.jsonl", text);
    const { rows, result } = await collect((onRow) =>
      readJsonLinesInChunks(file, {}, { chunkBytes: 100, maxLineBytes: 1000 }, onRow),
    );
    expect(rows.map((row) => [row.row, row.line, row.cells[0]])).toEqual([
      [1, 1, "1"],
      [3, 3, "3"],
    ]);
    expect(result.problems.map((problem) => [problem.kind, problem.row, problem.line])).toEqual([
      ["invalid-json", 2, 2],
      ["invalid-json", 4, 4],
    ]);
  });

  test("a missing file is a DataError", async () => {
    await expect(readJsonLines("/nonexistent.jsonl", {}, () => {})).rejects.toBeInstanceOf(DataError);
  });

  test("property: objects written one per line read back the same, at any chunk size", async () => {
    const value = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const objects = fc.array(fc.record({ a: value, b: value }), { minLength: 1, maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(objects, fc.integer({ min: 1, max: 9 }), async (records, chunkBytes) => {
        const file = folder.file(
          "property.jsonl",
          records.map((record) => JSON.stringify(record)).join("\n"),
        );
        const { rows } = await collect((onRow) => readJsonLinesInChunks(file, {}, { chunkBytes }, onRow));
        const text = (cell: unknown) =>
          cell === null ? "" : typeof cell === "string" ? cell : JSON.stringify(cell);
        expect(rows.map((row) => row.cells)).toEqual(
          records.map((record) => [text(record.a), text(record.b)]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
