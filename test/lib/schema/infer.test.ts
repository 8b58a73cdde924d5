import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { RowView } from "../../../lib/data/rows.ts";
import { DataError } from "../../../lib/errors.ts";
import { inferTableSchema, TableSchemaInferrer } from "../../../lib/schema/infer.ts";
import { parseTableSchema } from "../../../lib/schema/load.ts";

/** The fixtures have no quoted cells, so a split is a faithful CSV reader for them. */
function readCsv(name: string): { columns: string[]; rows: string[][] } {
  const text = readFileSync(join(import.meta.dirname, "../../fixtures/schemas/data", name), "utf8");
  const [header, ...lines] = text.trimEnd().split("\n");
  return { columns: header!.split(","), rows: lines.map((line) => line.split(",")) };
}

describe("inferTableSchema", () => {
  it("infers Fisher's iris measurements and species", () => {
    const schema = inferTableSchema(readCsv("iris-sample.csv"));
    const measurement = (name: string, minimum: number, maximum: number) => ({
      name,
      type: "number",
      format: "default",
      decimalChar: ".",
      bareNumber: true,
      constraints: { required: true, minimum, maximum },
      checks: {},
    });
    expect(schema).toEqual({
      fields: [
        measurement("sepal_length", 4.4, 7.6),
        measurement("sepal_width", 2.3, 3.9),
        measurement("petal_length", 1.3, 6.6),
        measurement("petal_width", 0.1, 2.5),
        {
          name: "species",
          type: "string",
          format: "default",
          constraints: { required: true, enum: ["setosa", "versicolor", "virginica"] },
          checks: {},
        },
      ],
      missingValues: [""],
      checks: {},
    });
  });

  it("infers integers, dates, date-times, booleans, codes and optional columns", () => {
    const schema = inferTableSchema(readCsv("customers.csv"), { missingValues: ["", "NA"] });
    const summary = schema.fields.map((field) => ({
      name: field.name,
      type: field.type,
      format: field.format,
      constraints: field.constraints,
    }));
    expect(summary).toEqual([
      {
        name: "customer_id",
        type: "integer",
        format: "default",
        constraints: { required: true, minimum: 1, maximum: 8 },
      },
      { name: "signup_date", type: "date", format: "default", constraints: { required: true } },
      { name: "last_seen", type: "datetime", format: "%Y-%m-%d %H:%M:%S", constraints: { required: true } },
      {
        name: "plan",
        type: "string",
        format: "default",
        constraints: { required: true, enum: ["basic", "pro", "team"] },
      },
      {
        name: "monthly_fee",
        type: "number",
        format: "default",
        constraints: { required: true, minimum: -15, maximum: 99.5 },
      },
      { name: "churned", type: "boolean", format: "default", constraints: { required: true } },
      { name: "age", type: "integer", format: "default", constraints: { minimum: 19, maximum: 63 } },
      {
        name: "zip",
        type: "string",
        format: "default",
        constraints: { required: true, enum: ["02134", "10001", "60601", "94105"] },
      },
      { name: "email", type: "string", format: "default", constraints: {} },
      { name: "note", type: "string", format: "default", constraints: {} },
    ]);
    expect(schema.missingValues).toEqual(["", "NA"]);
  });

  it("treats a marker that is not a missing value as text", () => {
    const schema = inferTableSchema(readCsv("customers.csv"));
    expect(schema.fields.find((field) => field.name === "age")).toMatchObject({
      type: "string",
      constraints: {},
    });
  });

  it("gives the same schema whatever the order of the rows", () => {
    const sample = readCsv("customers.csv");
    const reversed = { columns: sample.columns, rows: [...sample.rows].reverse() };
    expect(inferTableSchema(reversed)).toEqual(inferTableSchema(sample));
  });

  it("writes a schema that loads back as itself", () => {
    const schema = inferTableSchema(readCsv("customers.csv"), { missingValues: ["", "NA"] });
    expect(parseTableSchema(stringify(schema), "inferred.yml")).toEqual(schema);
  });

  it("keeps enums to few values each seen more than once", () => {
    const columns = ["many", "rare", "none"];
    const rows = Array.from({ length: 42 }, (_, index) => [`v${index % 21}`, index < 41 ? "a" : "b", ""]);
    const schema = inferTableSchema({ columns, rows });
    expect(schema.fields.map((field) => field.constraints)).toEqual([
      { required: true },
      { required: true },
      {},
    ]);
    expect(schema.fields[2]!.type).toBe("string");
    const loose = inferTableSchema({ columns, rows }, { enumMaxValues: 21, enumMinCount: 1 });
    expect(loose.fields[1]!.constraints).toEqual({ required: true, enum: ["a", "b"] });
    expect((loose.fields[0]!.constraints as { enum?: string[] }).enum).toHaveLength(21);
  });

  it("tells numbers from codes, big integers and non-finite values", () => {
    const schema = inferTableSchema({
      columns: ["code", "big", "ratio", "flag", "iso"],
      rows: [
        ["007", "12345678901234567890", "NaN", "1", "2024-01-01T00:00:00Z"],
        ["10", "1", "0.5", "0", "2024-01-02T00:00:00.5+01:00"],
      ],
    });
    expect(schema.fields.map((field) => [field.type, field.constraints])).toEqual([
      ["string", { required: true }],
      ["number", { required: true, minimum: 1, maximum: 12345678901234567000 }],
      ["number", { required: true, minimum: 0.5, maximum: 0.5 }],
      ["integer", { required: true, minimum: 0, maximum: 1 }],
      ["datetime", { required: true }],
    ]);
  });
});

describe("TableSchemaInferrer", () => {
  it("takes rows from a reader, counting cells past a short row's end as missing", () => {
    const rows = [["1", "x"], ["2"], ["3", "y"]];
    const inferrer = new TableSchemaInferrer(["id", "label"]);
    for (const [index, cells] of rows.entries()) {
      const view: RowView = {
        row: index + 1,
        line: index + 2,
        length: cells.length,
        text: (column) => cells[column] ?? "",
        number: (column) => Number(cells[column]),
        isMissing: (column) => (cells[column] ?? "") === "",
      };
      inferrer.observeRow(view);
    }
    const schema = inferrer.finish();
    expect(schema.fields.map((field) => [field.name, field.type, field.constraints])).toEqual([
      ["id", "integer", { required: true, minimum: 1, maximum: 3 }],
      ["label", "string", {}],
    ]);
  });

  it("refuses columns it could not name in a schema", () => {
    expect(() => new TableSchemaInferrer(["a", "b", "a"])).toThrow(
      new DataError('column 3: duplicate column name "a"'),
    );
    expect(() => new TableSchemaInferrer(["a", ""])).toThrow(new DataError("column 2 has no name"));
    expect(() => new TableSchemaInferrer(["a"]).observe(1, "x")).toThrow(RangeError);
  });
});
