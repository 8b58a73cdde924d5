import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readData } from "../../../lib/data/sources.ts";
import { parseTableSchema } from "../../../lib/schema/load.ts";
import type { TableSchemaInput } from "../../../lib/schema/table-schema.ts";
import { type ValidateOptions, type ValidationReport, validateData } from "../../../lib/validate/validate.ts";

/**
 * Unique and primary keys past memory: with a budget of a few kilobytes, keys go to partition
 * files and are settled after the scan; the report must be the one the in-memory check gives,
 * to the last example, its line and its value, and both must be what a Map says.
 */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-validate-keys-"));
const spillFolder = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-validate-spill-"));
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(spillFolder, { recursive: true, force: true });
});

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

const schema = (extra: Partial<TableSchemaInput> = {}) =>
  parseTableSchema(
    stringify({
      fields: [
        { name: "id", type: "string", constraints: { required: true, unique: true } },
        { name: "n", type: "number", constraints: { unique: true, maximum: 1_000_000 } },
        { name: "a", type: "integer" },
        { name: "b", type: "string" },
        { name: "note", type: "string" },
      ],
      primaryKey: ["a", "b"],
      ...extra,
    }),
    "keys.yml",
  );

interface Row {
  id: string;
  n: string;
  a: string;
  b: string;
  note: string;
}

/**
 * Rows with repeats everywhere: ids drawn from a range a little smaller than the rows (so early
 * and late repeats), numbers written two ways (1 and 1.0 are one key), keys (a, b) repeating, a
 * note that is sometimes missing or spans two lines (so lines run ahead of rows).
 */
function makeRows(count: number, seed: number): Row[] {
  let state = seed;
  const next = (range: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % range;
  };
  return Array.from({ length: count }, (_, index) => {
    const n = next(count * 4);
    return {
      id: next(20) === 0 ? `u${next(count)}` : `u${count + index}`,
      n: next(3) === 0 ? `${n}.0` : String(n),
      a: String(next(count)),
      b: ["x", "y", "é"][next(3)]!,
      note: next(50) === 0 ? "" : next(40) === 0 ? `"two\nlines ${index}"` : `note ${index}`,
    };
  });
}

function csvOf(rows: Row[]): string {
  return `id,n,a,b,note\n${rows.map((r) => [r.id, r.n, r.a, r.b, r.note].join(",")).join("\n")}\n`;
}

/** The duplicates a Map finds for a key of each row: count, and the first ten with their first rows. */
function reference(rows: Row[], key: (row: Row) => string | undefined) {
  const first = new Map<string, number>();
  const duplicates: Array<{ row: number; first: number }> = [];
  rows.forEach((row, index) => {
    const k = key(row);
    if (k === undefined) return;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, index + 1);
    else duplicates.push({ row: index + 1, first: seen });
  });
  return { count: duplicates.length, first: duplicates.slice(0, 10) };
}

async function validate(files: string[], extra: Partial<ValidateOptions> = {}, s = schema()) {
  const report = await validateData({
    schema: s,
    files,
    reader: readData,
    displayName: (file) => path.basename(file),
    tempDir: spillFolder,
    ...extra,
  });
  return { ...report, durationMs: 0 };
}

const byRule = (report: ValidationReport, rule: string, column?: string) =>
  report.violations.find((v) => v.rule === rule && (column === undefined || v.column === column));

describe("unique and primary keys past memory", () => {
  const rows = makeRows(80_000, 42);
  const file = write("keys.csv", csvOf(rows));

  it("gives the in-memory report when nearly every key goes to disk, and both agree with a Map", async () => {
    const inMemory = await validate([file]);
    const spilled = await validate([file], { uniqueKeyBytes: 48 * 1024 });
    const fewKeys = await validate([file], { maxUniqueKeys: 100 });
    expect(spilled).toEqual(inMemory);
    expect(fewKeys).toEqual(inMemory);
    expect(inMemory.notes).toEqual([]);
    expect(fs.readdirSync(spillFolder)).toEqual([]);

    const unique = reference(rows, (r) => r.id);
    const id = inMemory.violations.find((v) => v.rule === "unique" && v.column === "id");
    expect(id?.count).toBe(unique.count);
    expect(id?.examples.map((e) => [e.row, e.detail])).toEqual(
      unique.first.map((d) => [d.row, `same as row ${d.first}`]),
    );
    expect(id?.examples.map((e) => e.value)).toEqual(unique.first.map((d) => rows[d.row - 1]!.id));

    const numbers = reference(rows, (r) => String(Number(r.n)));
    const n = inMemory.violations.find((v) => v.rule === "unique" && v.column === "n");
    expect(n?.count).toBe(numbers.count);
    expect(n?.examples.map((e) => e.value)).toEqual(numbers.first.map((d) => rows[d.row - 1]!.n));

    const keys = reference(rows, (r) => `${r.a}\u0000${r.b}`);
    const primaryKey = byRule(inMemory, "primaryKey");
    expect(primaryKey?.count).toBe(keys.count);
    expect(primaryKey?.examples.map((e) => [e.row, e.value, e.detail])).toEqual(
      keys.first.map((d) => [
        d.row,
        `${rows[d.row - 1]!.a}, ${rows[d.row - 1]!.b}`,
        `same key as row ${d.first}`,
      ]),
    );
  });

  it("reads the lines and values of examples found on disk again from the file", async () => {
    // Repeats only late, of keys past the ones memory holds: every example is found on disk.
    const late = makeRows(30_000, 7).map((row, index) => ({ ...row, id: `v${index}`, a: String(index) }));
    for (let index = 0; index < 25; index++) {
      const copy = late[1000 + index * 37]!;
      late.push({ ...copy, note: `"repeat\nof ${index}"` });
    }
    const lateFile = write("late.csv", csvOf(late));
    const inMemory = await validate([lateFile]);
    const spilled = await validate([lateFile], { maxUniqueKeys: 100 });
    expect(spilled).toEqual(inMemory);
    const id = byRule(inMemory, "unique", "id");
    expect(id?.count).toBe(25);
    const firstRepeat = late.length - 25 + 1;
    expect(id?.examples[0]).toMatchObject({
      row: firstRepeat,
      value: "v1000",
      detail: "same as row 1001",
    });
    // Two-line notes before it push its line past row + 1.
    const lines = late.slice(0, firstRepeat - 1).filter((r) => r.note.includes("\n")).length;
    expect(id?.examples[0]?.line).toBe(firstRepeat + 1 + lines);
  });

  it("names the shard that held a key first, in memory and from disk", async () => {
    const first = write("shard-1.csv", csvOf(rows.slice(0, 40_000)));
    const second = write("shard-2.csv", csvOf(rows.slice(40_000)));
    const inMemory = await validate([first, second]);
    const spilled = await validate([first, second], { uniqueKeyBytes: 48 * 1024 });
    expect(spilled).toEqual(inMemory);
    const whole = await validate([file]);
    const id = (r: ValidationReport) => r.violations.find((v) => v.rule === "unique" && v.column === "id");
    expect(id(inMemory)?.count).toBe(id(whole)?.count);
    const acrossShards = id(inMemory)?.examples.find((e) => e.file === "shard-2.csv");
    if (acrossShards) expect(acrossShards.detail).toMatch(/^same as (shard-1\.csv )?row \d+$/);
  });

  it("Parquet: the same report through batches, in memory and from disk", async () => {
    const small = rows.slice(0, 30_000);
    const parquet = write(
      "keys.parquet",
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [
            { name: "id", data: small.map((r) => r.id), type: "STRING" },
            { name: "n", data: small.map((r) => Number(r.n)), type: "DOUBLE" },
            { name: "a", data: small.map((r) => Number(r.a)), type: "INT32" },
            { name: "b", data: small.map((r) => r.b), type: "STRING" },
            { name: "note", data: small.map((r) => (r.note === "" ? null : r.note)), type: "STRING" },
          ],
          rowGroupSize: 7000,
        }),
      ),
    );
    const inMemory = await validate([parquet]);
    const spilled = await validate([parquet], { maxUniqueKeys: 50 });
    expect(spilled).toEqual(inMemory);
    expect(byRule(inMemory, "unique", "id")?.count).toBe(reference(small, (r) => r.id).count);
    expect(byRule(inMemory, "unique", "n")?.count).toBe(reference(small, (r) => String(Number(r.n))).count);
    expect(byRule(inMemory, "primaryKey")?.count).toBe(reference(small, (r) => `${r.a}\u0000${r.b}`).count);
  });
});

describe("keys and missing values", () => {
  it("checks the primary key of a row whatever its other cells hold", async () => {
    const file = write("pk.csv", "id,n,a,b,note\nu1,1,7,x,\nu2,2,7,x,\nu3,oops,7,y,hi\nu4,4,7,y,\n");
    const report = await validate([file]);
    expect(byRule(report, "primaryKey")).toMatchObject({
      count: 2,
      examples: [
        { row: 2, value: "7, x", detail: "same key as row 1" },
        { row: 4, value: "7, y", detail: "same key as row 3" },
      ],
    });
    expect(byRule(report, "type")?.count).toBe(1);
  });

  it("a missing value that reads as a number is missing, not a number", async () => {
    const file = write(
      "markers.csv",
      "id,n,a,b,note\nu1,-999,1,x,\nu2,5,2,x,\nu3,-999,3,x,\nu4,2000000,4,x,\n",
    );
    const withMarker = await validate([file], {}, schema({ missingValues: ["", "-999"] }));
    expect(byRule(withMarker, "unique")).toBeUndefined();
    expect(byRule(withMarker, "maximum")?.count).toBe(1);
    const without = await validate([file]);
    expect(byRule(without, "unique")?.count).toBe(1);
  });
});
