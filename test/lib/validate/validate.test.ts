import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { readData } from "../../../lib/data/sources.ts";
import { parseTableSchema } from "../../../lib/schema/load.ts";
import type { TableSchemaInput } from "../../../lib/schema/table-schema.ts";
import { type ValidationReport, validateData } from "../../../lib/validate/validate.ts";

/**
 * The validator on real public data: scikit-learn's copy of the UCI wine dataset (178 wines,
 * 13 measurements and a class), as Debian's python3-sklearn ships it. Each test copies it in,
 * adds an id column, injects known faults and expects exactly those, and nothing on clean data.
 */
const WINE = "/usr/lib/python3/dist-packages/sklearn/datasets/data/wine_data.csv";
const FEATURES = [
  "alcohol",
  "malic_acid",
  "ash",
  "alcalinity_of_ash",
  "magnesium",
  "total_phenols",
  "flavanoids",
  "nonflavanoid_phenols",
  "proanthocyanins",
  "color_intensity",
  "hue",
  "od280_od315",
  "proline",
];
const hasWine = fs.existsSync(WINE);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-validate-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The dataset as rows of cells: id, 13 features, class. */
function wineRows(): string[][] {
  return fs
    .readFileSync(WINE, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line, index) => [String(index + 1), ...line.split(",")]);
}

function writeCsv(name: string, rows: string[][]): string {
  const file = path.join(folder, name);
  fs.writeFileSync(
    file,
    `${["id", ...FEATURES, "class"].join(",")}\n${rows.map((r) => r.join(",")).join("\n")}\n`,
  );
  return file;
}

function wineSchema(extra: (schema: TableSchemaInput) => void = () => {}) {
  const schema: TableSchemaInput = {
    fields: [
      { name: "id", type: "integer", constraints: { required: true, unique: true, minimum: 1 } },
      ...FEATURES.map((name) => ({
        name,
        type: "number" as const,
        constraints: { required: true, minimum: 0 },
      })),
      { name: "class", type: "integer", constraints: { required: true, enum: [0, 1, 2] } },
    ],
    primaryKey: "id",
    checks: { rows: { min: 100, max: 1000 } },
  };
  extra(schema);
  return parseTableSchema(stringify(schema), "wine.schema.yml");
}

async function validate(file: string | string[], schema = wineSchema()): Promise<ValidationReport> {
  return validateData({
    schema,
    files: Array.isArray(file) ? file : [file],
    reader: readData,
    displayName: (f) => path.basename(f),
  });
}

const counts = (report: ValidationReport) =>
  Object.fromEntries(report.violations.map((v) => [`${v.rule}${v.column ? `:${v.column}` : ""}`, v.count]));

describe.skipIf(!hasWine)(
  hasWine ? "validateData on the wine dataset" : `SKIPPED: ${WINE} missing (apt-get install python3-sklearn)`,
  () => {
    it("finds nothing wrong with the clean data, and counts its rows", async () => {
      const report = await validate(writeCsv("clean.csv", wineRows()));
      expect(report.violations).toEqual([]);
      expect(report.valid).toBe(true);
      expect(report.rows).toBe(178);
    });

    it("finds each injected fault with its exact count, file, row, line and value", async () => {
      const rows = wineRows();
      const set = (row: number, column: string, value: string) => {
        (rows[row - 1] as string[])[["id", ...FEATURES, "class"].indexOf(column)] = value;
      };
      set(5, "alcohol", "-1.5"); // minimum
      set(17, "alcohol", "-0.1"); // minimum
      set(9, "magnesium", ""); // required
      set(30, "proline", "abc"); // type
      set(31, "class", "3"); // enum
      set(44, "id", "12"); // unique id, primary key
      set(60, "hue", "1,5"); // a decimal comma: a cell more, and "1" / "5" land in the wrong columns
      const report = await validate(writeCsv("faulty.csv", rows));

      expect(report.valid).toBe(false);
      expect(counts(report)).toEqual({
        "minimum:alcohol": 2,
        "required:magnesium": 1,
        "type:proline": 1,
        "enum:class": 2, // row 31's 3, and row 60's class column now holding proline's value
        "unique:id": 1,
        "primaryKey:id": 1,
        columns: 1,
      });
      const minimum = report.violations.find((v) => v.rule === "minimum");
      expect(minimum?.expected).toBe("≥ 0");
      expect(minimum?.examples).toEqual([
        { file: "faulty.csv", row: 5, line: 6, value: "-1.5" },
        { file: "faulty.csv", row: 17, line: 18, value: "-0.1" },
      ]);
      expect(report.violations.find((v) => v.rule === "unique")?.examples[0]).toMatchObject({
        row: 44,
        value: "12",
        detail: "same as row 12",
      });
      expect(report.violations.find((v) => v.rule === "columns")?.examples[0]).toMatchObject({
        row: 60,
        line: 61,
        detail: "16 cells, the header has 15",
      });
    });

    it("checks the table as a whole: row count, missing share, category shares and quantiles", async () => {
      const rows = wineRows();
      for (const row of rows.slice(0, 20)) row[3] = ""; // ash missing in 20 of 178 rows (11.2%)
      const file = writeCsv("table.csv", rows);
      const schema = wineSchema((s) => {
        const ash = s.fields.find((f) => f.name === "ash") as {
          constraints: { required?: boolean };
          checks?: unknown;
        };
        ash.constraints.required = false;
        ash.checks = { maxMissingShare: 0.05 };
        const cls = s.fields.find((f) => f.name === "class") as { checks?: unknown };
        cls.checks = { categoryShares: { "0": { min: 0.4 }, "1": { max: 0.5 } } }; // class 0 is 59/178 = 33%
        const alcohol = s.fields.find((f) => f.name === "alcohol") as { checks?: unknown };
        alcohol.checks = { quantiles: { "0.5": { min: 12.9, max: 13.2 }, "0.99": { max: 14.0 } } }; // median 13.05, p99 14.47
        s.checks = { rows: { min: 200 } };
      });
      const report = await validate(file, schema);

      expect(counts(report)).toEqual({
        rows: 1,
        "maxMissingShare:ash": 20,
        "categoryShares:class": 1,
        "quantiles:alcohol": 1,
      });
      expect(report.violations.find((v) => v.rule === "maxMissingShare")?.examples[0]?.detail).toBe(
        "20 of 178 rows missing (11.24%)",
      );
      expect(report.violations.find((v) => v.rule === "categoryShares")?.examples[0]?.detail).toBe(
        '"0" is 33.15% of rows',
      );
      expect(report.violations.find((v) => v.rule === "quantiles")?.expected).toBe("q0.99 value ≤ 14");
    });

    it("checks uniqueness across shards, naming the shard that held the first copy", async () => {
      const rows = wineRows();
      const first = writeCsv("shard-1.csv", rows.slice(0, 90));
      const second = writeCsv("shard-2.csv", [...rows.slice(90), rows[3] as string[]]);
      const report = await validate([first, second]);

      expect(report.rows).toBe(179);
      expect(report.files.map((f) => f.rows)).toEqual([90, 89]);
      expect(report.violations.find((v) => v.rule === "primaryKey")?.examples[0]).toMatchObject({
        file: "shard-2.csv",
        row: 89,
        detail: "same key as shard-1.csv row 4",
      });
    });

    it("reports a header that lacks a column of the schema and one the schema does not know", async () => {
      const file = path.join(folder, "header.csv");
      const text = fs.readFileSync(writeCsv("base.csv", wineRows()), "utf8").replace("magnesium", "mg");
      fs.writeFileSync(file, text);
      const report = await validate(file);
      const columns = report.violations.filter((v) => v.rule === "columns");
      expect(columns.map((v) => [v.column, v.examples[0]?.detail])).toEqual([
        ["magnesium", 'the header has no column "magnesium"'],
        [null, 'column "mg" is not in the schema'],
      ]);
    });

    it("validates gzipped CSV and JSON Lines as it does plain CSV", async () => {
      const rows = wineRows();
      const gzipped = path.join(folder, "wine.csv.gz");
      fs.writeFileSync(gzipped, gzipSync(fs.readFileSync(writeCsv("plain.csv", rows))));
      const fromGzip = await validate(gzipped);
      expect([fromGzip.valid, fromGzip.rows]).toEqual([true, 178]);
      const jsonl = path.join(folder, "wine.jsonl");
      const names = ["id", ...FEATURES, "class"];
      fs.writeFileSync(
        jsonl,
        `${rows.map((r) => JSON.stringify(Object.fromEntries(r.map((c, i) => [names[i], Number(c)])))).join("\n")}\n`,
      );
      const report = await validate(jsonl);
      expect(report.valid).toBe(true);
      expect(report.rows).toBe(178);
    });
  },
);

describe("validateData on small hand-made tables", () => {
  const csv = (name: string, text: string) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("parses types the Frictionless way: integers are not 1.0, dates follow their format", async () => {
    const schema = parseTableSchema(
      stringify({
        fields: [
          { name: "n", type: "integer" },
          { name: "when", type: "date", format: "%d/%m/%Y", constraints: { minimum: "2024-01-01" } },
          { name: "ok", type: "boolean" },
          { name: "email", type: "string", format: "email", constraints: { maxLength: 12 } },
          { name: "code", type: "string", constraints: { pattern: "[A-Z]{2}\\d" } },
        ],
      }),
      "types.yml",
    );
    const file = csv(
      "types.csv",
      "n,when,ok,email,code\n1,02/03/2024,true,a@b.io,AB1\n1.0,31/02/2024,yes,nope,ab1\n2,15/12/2023,0,a@verylongdomain.io,XY12\n",
    );
    const report = await validateData({ schema, files: [file], reader: readData });
    expect(counts(report)).toEqual({
      "type:n": 1,
      "type:when": 1,
      "type:ok": 1,
      "type:email": 1,
      "pattern:code": 2,
      "minimum:when": 1,
      "maxLength:email": 1,
    });
    expect(report.violations.find((v) => v.rule === "type" && v.column === "when")?.expected).toBe(
      "a date as %d/%m/%Y",
    );
  });

  it("keeps counting exactly past the examples it keeps", async () => {
    const schema = parseTableSchema(
      stringify({ fields: [{ name: "x", type: "number", constraints: { maximum: 10 } }] }),
      "s.yml",
    );
    const rows = Array.from({ length: 5000 }, (_, i) => String(i));
    const report = await validateData({
      schema,
      files: [csv("many.csv", `x\n${rows.join("\n")}\n`)],
      reader: readData,
      maxExamples: 3,
    });
    const maximum = report.violations[0];
    expect(maximum?.count).toBe(4989);
    expect(maximum?.examples.map((e) => e.value)).toEqual(["11", "12", "13"]);
  });
});
