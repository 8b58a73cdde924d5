import fs from "node:fs";
import fc from "fast-check";
import { parquetWriteBuffer } from "hyparquet-writer";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readData } from "../../../lib/data/sources.ts";
import { parseTableSchema } from "../../../lib/schema/load.ts";
import { type ValidationReport, validateData } from "../../../lib/validate/validate.ts";
import { runs, scratchFolder } from "./hostile.ts";

/**
 * Never a false "valid": rows are generated with known faults — each cell either valid or broken
 * in one way that breaks exactly one rule — written as CSV, JSON Lines or Parquet, and the report
 * must count exactly the faults put in, rule by rule and column by column, and say valid only
 * when there are none. Around them, a free-text column of commas, quotes, line breaks and emoji
 * that breaks no rule. (test/lib/validate holds the example-based tests and the key properties.)
 */
const scratch = scratchFolder("validate");
afterAll(() => scratch.remove());

const schema = parseTableSchema(
  stringify({
    fields: [
      { name: "id", type: "integer", constraints: { required: true, unique: true, minimum: 1 } },
      { name: "score", type: "number", constraints: { minimum: 0, maximum: 100 } },
      { name: "code", type: "string", constraints: { pattern: "[A-Z]{2}\\d{3}" } },
      { name: "name", type: "string", constraints: { minLength: 2, maxLength: 8 } },
      { name: "plan", type: "string", constraints: { enum: ["free", "pro", "team"] } },
      { name: "day", type: "date", constraints: { minimum: "2020-01-01" } },
      { name: "ok", type: "boolean" },
      { name: "note", type: "string" },
    ],
  }),
  "fuzz.schema.yml",
);
const COLUMNS = ["id", "score", "code", "name", "plan", "day", "ok", "note"] as const;
type Column = (typeof COLUMNS)[number];

/** A cell: its value (null: missing), and the rule it breaks, if any. */
interface Cell {
  value: string | number | boolean | null;
  breaks?: string;
}

const valid = (value: Cell["value"]): Cell => ({ value });
const broken = (value: Cell["value"], rule: string): Cell => ({ value, breaks: rule });

/** Per column: valid cells, and cells that break one rule each. */
const cells: Record<Exclude<Column, "id">, fc.Arbitrary<Cell>> = {
  score: fc.oneof(
    fc.double({ min: 0, max: 100, noNaN: true }).map((v) => valid(v)),
    fc.constant(valid(null)),
    fc.constantFrom(broken(-0.5, "minimum"), broken(100.5, "maximum"), broken(1e6, "maximum")),
    fc.constantFrom(broken("abc", "type"), broken("1,5", "type"), broken("12 kg", "type")),
  ),
  code: fc.oneof(
    fc.constantFrom(valid("AB123"), valid("ZZ000"), valid(null)),
    fc.constantFrom(broken("ab123", "pattern"), broken("AB12", "pattern"), broken("AB1234", "pattern")),
  ),
  name: fc.oneof(
    fc.stringMatching(/^[a-z]{2,8}$/).map((v) => valid(v)),
    fc.constantFrom(broken("a", "minLength"), broken("abcdefghij", "maxLength")),
  ),
  plan: fc.oneof(
    fc.constantFrom(valid("free"), valid("pro"), valid("team"), valid(null)),
    fc.constantFrom(broken("enterprise", "enum"), broken("Free", "enum")),
  ),
  day: fc.oneof(
    fc.constantFrom(valid("2020-01-01"), valid("2024-02-29"), valid(null)),
    fc.constantFrom(
      broken("2019-12-31", "minimum"),
      broken("2021-13-01", "type"),
      broken("yesterday", "type"),
    ),
  ),
  ok: fc.oneof(
    fc.constantFrom(valid("true"), valid("false"), valid("1"), valid("0"), valid(null)),
    fc.constantFrom(broken("maybe", "type"), broken("yes", "type")),
  ),
  note: fc
    .string({
      unit: fc.constantFrom("a", " ", ",", '"', "'", "\n", "\r\n", "é", "😀", "\t", "#", "\\"),
      maxLength: 12,
    })
    .filter((text) => text !== "")
    .map((v) => valid(v)),
};

/** The id column: fresh ids, or a fault — a repeat of an earlier id, a missing one, a bad one. */
const idFaults = fc.constantFrom<"ok" | "repeat" | "missing" | "minimum" | "type">(
  "ok",
  "ok",
  "ok",
  "ok",
  "repeat",
  "missing",
  "minimum",
  "type",
);

interface Table {
  rows: Array<Record<Column, Cell>>;
  expected: Record<string, number>;
}

const tables: fc.Arbitrary<Table> = fc
  .array(fc.tuple(idFaults, fc.record(cells)), { minLength: 1, maxLength: 60 })
  .map((drawn) => {
    const expected: Record<string, number> = {};
    const count = (rule: string, column: string) => {
      const key = `${rule}:${column}`;
      expected[key] = (expected[key] ?? 0) + 1;
    };
    const ids: number[] = [];
    const rows = drawn.map(([idFault, rest], index) => {
      let id: Cell;
      if (idFault === "repeat" && ids.length > 0) id = broken(ids[index % ids.length] as number, "unique");
      else if (idFault === "missing") id = broken(null, "required");
      else if (idFault === "minimum") id = broken(-index, "minimum");
      else if (idFault === "type") id = broken(`${index}.5`, "type");
      else {
        id = valid(1000 + index);
        ids.push(1000 + index);
      }
      const row = { id, ...rest };
      for (const column of COLUMNS) if (row[column].breaks) count(row[column].breaks as string, column);
      return row;
    });
    return { rows, expected };
  });

function csvCell(value: Cell["value"]): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const writers = {
  csv: (table: Table) =>
    `${COLUMNS.join(",")}\n${table.rows.map((row) => COLUMNS.map((c) => csvCell(row[c].value)).join(",")).join("\n")}\n`,
  jsonl: (table: Table) =>
    table.rows
      .map((row) =>
        JSON.stringify(
          Object.fromEntries(COLUMNS.filter((c) => row[c].value !== null).map((c) => [c, row[c].value])),
        ),
      )
      .join("\n"),
  parquet: (table: Table) =>
    new Uint8Array(
      parquetWriteBuffer({
        columnData: COLUMNS.map((name) => ({
          name,
          data: table.rows.map((row) => (row[name].value === null ? null : String(row[name].value))),
          type: "STRING" as const,
        })),
      }),
    ),
};

const counts = (report: ValidationReport) =>
  Object.fromEntries(report.violations.map((v) => [`${v.rule}:${v.column}`, v.count]));

describe("validateData finds every fault put in, and no other", () => {
  it.each(Object.keys(writers))("in %s", async (format) => {
    await fc.assert(
      fc.asyncProperty(tables, async (table) => {
        const file = scratch.path(`data.${format}`);
        fs.writeFileSync(file, writers[format as keyof typeof writers](table));
        const report = await validateData({ schema, files: [file], reader: readData });
        expect(counts(report)).toEqual(table.expected);
        expect(report.valid).toBe(Object.keys(table.expected).length === 0);
        expect(report.rows).toBe(table.rows.length);
      }),
      runs(format === "csv" ? 120 : 60),
    );
  });
});
