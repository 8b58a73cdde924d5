import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../lib/errors.ts";
import {
  describeSchemaProblems,
  findJsonSyntaxError,
  formatPath,
  loadTableSchema,
  parseTableSchema,
} from "../../../lib/schema/load.ts";

const fixtures = join(import.meta.dirname, "../../fixtures/schemas");
const fixture = (name: string) => join(fixtures, name);

async function loadError(file: string): Promise<ConfigError> {
  try {
    await loadTableSchema(file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`${file} loaded without error`);
}

/** Fixture name → [line, column, field, detail] of the first problem. */
const badSchemas: Record<string, [number, number, string | undefined, string]> = {
  "constraint-type.yml": [8, 16, "fields[1].constraints.minimum", 'expected number, got "ten"'],
  "constraint-type.json": [9, 20, "fields[1].constraints.minimum", 'expected number, got "ten"'],
  "unknown-key.yml": [
    6,
    7,
    "fields[0].constraints.maximun",
    'unknown key "maximun" (did you mean "maximum"?)',
  ],
  "unknown-key.json": [
    6,
    38,
    "fields[0].constraints.maximun",
    'unknown key "maximun" (did you mean "maximum"?)',
  ],
  "unknown-type.yml": [
    5,
    11,
    "fields[1].type",
    'expected one of string, integer, number, boolean, date, datetime, year, got "float"',
  ],
  "unknown-type.json": [
    4,
    32,
    "fields[1].type",
    'expected one of string, integer, number, boolean, date, datetime, year, got "float"',
  ],
  "invalid-regex.yml": [
    4,
    16,
    "fields[0].constraints.pattern",
    'expected a valid regular expression, got "[A-Z": Unterminated character class',
  ],
  "invalid-regex.json": [
    6,
    20,
    "fields[0].constraints.pattern",
    'expected a valid regular expression, got "[A-Z": Unterminated character class',
  ],
  "minimum-above-maximum.yml": [
    6,
    16,
    "fields[1].constraints.minimum",
    'minimum "2024-01-01" is greater than maximum "2020-12-31"',
  ],
  "minimum-above-maximum.json": [
    7,
    35,
    "fields[1].constraints.minimum",
    'minimum "2024-01-01" is greater than maximum "2020-12-31"',
  ],
  "primary-key-missing.yml": [5, 27, "primaryKey[1]", 'no field named "date" in fields'],
  "primary-key-missing.json": [5, 5, "primaryKey[1]", 'no field named "date" in fields'],
  "duplicate-name.yml": [6, 11, "fields[2].name", 'duplicate field name "age" (also fields[0].name)'],
  "duplicate-name.json": [5, 15, "fields[2].name", 'duplicate field name "age" (also fields[0].name)'],
  "yaml-syntax.yml": [6, 7, undefined, "invalid YAML: Implicit map keys need to be followed by map values"],
  "json-syntax.json": [4, 43, undefined, 'invalid JSON: trailing comma before "]"'],
};

describe("loadTableSchema: bad schemas", () => {
  for (const [name, [line, column, field, detail]] of Object.entries(badSchemas)) {
    it(`${name}: ${detail}`, async () => {
      const file = fixture(`bad/${name}`);
      const error = await loadError(file);
      expect(error.location).toEqual(
        field === undefined ? { file, line, column } : { file, line, column, field },
      );
      expect(error.detail).toBe(detail);
      expect(error.message).toBe(`${file}:${line}:${column}${field ? ` ${field}` : ""}: ${detail}`);
    });
  }

  it("names a missing file", async () => {
    const error = await loadError(fixture("bad/no-such-schema.yml"));
    expect(error.message).toBe(`${fixture("bad/no-such-schema.yml")}: table schema file not found`);
  });

  it("refuses a file that is neither YAML nor JSON", async () => {
    const error = await loadError("data/train.csv");
    expect(error.message).toBe("data/train.csv: expected a table schema file ending in .yml, .yaml or .json");
  });
});

describe("parseTableSchema: messages", () => {
  const firstProblem = (text: string, file = "schema.yml") => {
    try {
      parseTableSchema(text, file);
    } catch (error) {
      return (error as ConfigError).message;
    }
    return "no error";
  };

  it("words the example from the error module", () => {
    const text =
      "fields:\n  - name: a\n  - name: b\n  - name: c\n  - name: d\n    type: integer\n    constraints:\n      minimum: ten\n";
    expect(firstProblem(text)).toBe(
      'schema.yml:8:16 fields[3].constraints.minimum: expected number, got "ten"',
    );
  });

  it("says how to write text that YAML reads as something else", () => {
    const text = "fields:\n  - name: answer\n    constraints:\n      enum: [yes, 1]\n";
    expect(firstProblem(text)).toBe(
      'schema.yml:4:19 fields[0].constraints.enum[1]: expected string, got 1 (write "1" in quotes to mean text)',
    );
    expect(firstProblem('missingValues: ["", null]\nfields: [{name: a}]\n')).toBe(
      'schema.yml:1:21 missingValues[1]: expected string, got null (write "null" in quotes to mean text)',
    );
  });

  it("points at the object that lacks a required key", () => {
    expect(firstProblem("fields:\n  - name: a\n  - type: number\n    title: B\n")).toBe(
      "schema.yml:3:5 fields[1].name: expected string, got nothing (the key is missing)",
    );
    expect(firstProblem("missingValues: [NA]\n")).toBe(
      "schema.yml:1:1 fields: expected list, got nothing (the key is missing)",
    );
  });

  it("says which keys do not apply to a field's type", () => {
    const text = "fields:\n  - name: n\n    type: integer\n    trueValues: [y]\n";
    expect(firstProblem(text)).toBe(
      'schema.yml:4:5 fields[0].trueValues: unknown key "trueValues": it does not apply to integer fields',
    );
    const constraint = "fields:\n  - name: s\n    constraints:\n      minimum: 3\n";
    expect(firstProblem(constraint)).toBe(
      'schema.yml:4:7 fields[0].constraints.minimum: unknown key "minimum": it does not apply to string fields',
    );
    expect(firstProblem("fields: [{name: a}]\nforeignKeys: []\n")).toBe(
      'schema.yml:2:1 foreignKeys: unknown key "foreignKeys"',
    );
  });

  it("words sizes, formats, enums and unions", () => {
    expect(firstProblem("fields: []\n")).toBe("schema.yml:1:9 fields: expected at least 1 item, got none");
    expect(firstProblem("fields: [{name: ''}]\n")).toBe(
      'schema.yml:1:17 fields[0].name: expected a non-empty string, got ""',
    );
    expect(firstProblem("fields: [{name: a, format: url}]\n")).toBe(
      'schema.yml:1:28 fields[0].format: expected one of "default", "email", "uri", "uuid", got "url" (did you mean "uri"?)',
    );
    expect(firstProblem("fields: [{name: a, type: integer, format: any}]\n")).toBe(
      'schema.yml:1:43 fields[0].format: expected "default", got "any"',
    );
    expect(firstProblem("fields: [{name: a, type: date, format: '%Y-%j'}]\n")).toBe(
      'schema.yml:1:40 fields[0].format: unsupported directive %j in format "%Y-%j" (supported: %Y %y %m %d %H %M %S %f %b %B %z %%)',
    );
    expect(firstProblem("fields: [{name: a}]\nprimaryKey: 3\n")).toBe(
      "schema.yml:2:13 primaryKey: expected string or list, got 3",
    );
    expect(firstProblem('{"fields": [{"name": "a"}], "primaryKey": {}}', "schema.json")).toBe(
      "schema.json:1:43 primaryKey: expected string or array, got an object",
    );
    expect(firstProblem("fields: [{name: a, checks: {maxMissingShare: 1.5}}]\n")).toBe(
      "schema.yml:1:46 fields[0].checks.maxMissingShare: expected a number ≤ 1, got 1.5",
    );
    expect(firstProblem("fields: [{name: a, type: integer, constraints: {minimum: 0.5}}]\n")).toBe(
      "schema.yml:1:58 fields[0].constraints.minimum: expected integer, got 0.5",
    );
    expect(firstProblem("fields: [{name: a, type: number, decimalChar: ',,'}]\n")).toBe(
      'schema.yml:1:47 fields[0].decimalChar: expected exactly 1 character, got ",,"',
    );
    expect(firstProblem("fields: [{name: a, type: date, constraints: {minimum: 2020-02-30}}]\n")).toBe(
      'schema.yml:1:55 fields[0].constraints.minimum: expected an ISO 8601 date (YYYY-MM-DD), got "2020-02-30"',
    );
    expect(firstProblem("- name: a\n")).toBe("schema.yml:1:1: expected mapping, got a list");
    expect(firstProblem("")).toBe('schema.yml: the file is empty: expected a table schema with "fields"');
  });

  it("checks Trainyard's table and column checks", () => {
    expect(firstProblem("fields: [{name: a}]\nchecks: {rows: {min: 10, max: 5}}\n")).toBe(
      "schema.yml:2:22 checks.rows.min: min 10 is greater than max 5",
    );
    const quantiles =
      "fields:\n  - name: a\n    type: number\n    checks:\n      quantiles:\n        1.5: {max: 3}\n";
    expect(firstProblem(quantiles)).toBe(
      'schema.yml:6:9 fields[0].checks.quantiles["1.5"]: expected a quantile between 0 and 1 such as "0.99", got "1.5"',
    );
    expect(firstProblem("fields: [{name: a, checks: {quantiles: {'0.5': {max: 3}}}}]\n")).toBe(
      "schema.yml:1:40 fields[0].checks.quantiles: quantiles apply to integer, number and year fields, not string",
    );
    const shares =
      "fields:\n  - name: a\n    checks:\n      categoryShares: {x: {min: 0.7}, y: {min: 0.6}}\n";
    expect(firstProblem(shares)).toBe(
      "schema.yml:4:23 fields[0].checks.categoryShares: the categories' minimum shares add up to 1.3, more than 1",
    );
    expect(firstProblem("fields: [{name: a, type: boolean, trueValues: [y], falseValues: [n, y]}]\n")).toBe(
      'schema.yml:1:69 fields[0].falseValues[1]: "y" is in both trueValues and falseValues',
    );
    expect(firstProblem("fields: [{name: a}]\nprimaryKey: [a, a]\n")).toBe(
      'schema.yml:2:17 primaryKey[1]: "a" is listed twice',
    );
  });

  it("finds nodes behind YAML anchors", () => {
    const text =
      "fields:\n  - name: a\n    type: integer\n    constraints: &bounds\n      minimum: x\n  - name: b\n    type: integer\n    constraints: *bounds\n";
    expect(describeSchemaProblems(text, "s.yml").map((problem) => problem.message)).toEqual([
      's.yml:5:16 fields[0].constraints.minimum: expected number, got "x"',
      's.yml:5:16 fields[1].constraints.minimum: expected number, got "x"',
    ]);
  });
});

describe("describeSchemaProblems", () => {
  it("lists every problem in source order", () => {
    const text = [
      "fields:",
      "  - name: age",
      "    type: integer",
      "    constraints: {minimum: ten, maximun: 3}",
      "  - name: price",
      "    type: float",
      "missingValues: [NA, 0]",
    ].join("\n");
    expect(describeSchemaProblems(text, "s.yml").map((problem) => problem.message)).toEqual([
      's.yml:4:28 fields[0].constraints.minimum: expected number, got "ten"',
      's.yml:4:33 fields[0].constraints.maximun: unknown key "maximun" (did you mean "maximum"?)',
      's.yml:6:11 fields[1].type: expected one of string, integer, number, boolean, date, datetime, year, got "float"',
      's.yml:7:21 missingValues[1]: expected string, got 0 (write "0" in quotes to mean text)',
    ]);
  });

  it("lists every YAML syntax error", () => {
    const problems = describeSchemaProblems("fields:\n  - name: a\n   type: x\n  - name: 'b\n", "s.yml");
    expect(problems.map((problem) => problem.message)).toEqual([
      "s.yml:3:1: invalid YAML: Sequence item without - indicator",
      "s.yml:5:1: invalid YAML: Missing closing 'quote",
    ]);
  });

  it("is empty for a good schema", () => {
    expect(describeSchemaProblems(readFileSync(fixture("good/churn.yml"), "utf8"), "churn.yml")).toEqual([]);
  });
});

describe("good schemas", () => {
  it("apply Frictionless defaults", async () => {
    expect(await loadTableSchema(fixture("good/minimal.yml"))).toEqual({
      fields: [
        { name: "text", type: "string", format: "default", constraints: {}, checks: {} },
        {
          name: "label",
          type: "boolean",
          format: "default",
          trueValues: ["true", "True", "TRUE", "1"],
          falseValues: ["false", "False", "FALSE", "0"],
          constraints: {},
          checks: {},
        },
        {
          name: "score",
          type: "number",
          format: "default",
          decimalChar: ".",
          bareNumber: true,
          constraints: {},
          checks: {},
        },
        { name: "day", type: "date", format: "default", constraints: {}, checks: {} },
      ],
      missingValues: [""],
      checks: {},
    });
  });

  it("read the same from YAML and JSON", async () => {
    const fromYaml = await loadTableSchema(fixture("good/churn.yml"));
    const fromJson = await loadTableSchema(fixture("good/churn.json"));
    expect(fromJson).toEqual(fromYaml);
    expect(fromYaml.primaryKey).toBe("customer_id");
    expect(fromYaml.missingValues).toEqual(["", "NA"]);
    expect(fromYaml.checks).toEqual({ rows: { min: 1000 } });
    expect(fromYaml.fields.map((field) => [field.name, field.type, field.format])).toEqual([
      ["customer_id", "integer", "default"],
      ["signup_date", "date", "default"],
      ["last_seen", "datetime", "%Y-%m-%d %H:%M:%S"],
      ["plan", "string", "default"],
      ["monthly_fee", "number", "default"],
      ["churned", "boolean", "default"],
      ["email", "string", "email"],
    ]);
    const fee = fromYaml.fields[4]!;
    expect(fee).toMatchObject({
      decimalChar: ",",
      groupChar: ".",
      bareNumber: true,
      constraints: { minimum: 0, maximum: 500.5 },
      checks: { maxMissingShare: 0.05, quantiles: { "0.5": { min: 10, max: 40 }, "0.99": { max: 400 } } },
    });
    expect(fromYaml.fields[1]!.constraints).toEqual({ minimum: "2015-01-01" });
  });

  it("skip a byte order mark", () => {
    const schema = parseTableSchema('\uFEFF{"fields": [{"name": "a"}]}', "s.json");
    expect(schema.fields[0]!.name).toBe("a");
  });
});

describe("findJsonSyntaxError", () => {
  it.each([
    ['{"a": 1,}', 7, 'trailing comma before "}"'],
    ['{"a" 1}', 5, 'unexpected "1" (expected ":")'],
    ["{'a': 1}", 1, 'unexpected "\'" (expected a property name in double quotes)'],
    ['{"a": [1, 2}', 11, 'unexpected "}" (expected "," or "]")'],
    ['{"a": "x', 6, "unterminated string"],
    ['{"a": "\\x"}', 7, 'invalid escape "\\\\x" in string'],
    ['{"a": 01}', 7, 'unexpected "1" (expected "," or "}")'],
    ['{"a": 1', 7, 'unexpected end of file (expected "," or "}")'],
    ["{} {}", 3, 'unexpected "{" (expected end of file)'],
    ["", 0, "unexpected end of file (expected a value)"],
  ])("%s", (text, offset, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, message });
    expect(() => JSON.parse(text)).toThrow();
  });

  it("accepts what JSON.parse accepts", () => {
    const text = JSON.stringify({ a: [1, -2.5e-3, "é\n\u0001", true, false, null, {}], "": [] }, null, "\t");
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });
});

describe("formatPath", () => {
  it("writes paths as in JavaScript", () => {
    expect(formatPath(["fields", 3, "constraints", "minimum"])).toBe("fields[3].constraints.minimum");
    expect(formatPath(["fields", 0, "checks", "quantiles", "0.99", "max"])).toBe(
      'fields[0].checks.quantiles["0.99"].max',
    );
    expect(formatPath(["$schema"])).toBe("$schema");
  });
});
