import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  compileFieldPattern,
  createTemporalParser,
  parseIsoTemporal,
  parseTemporalPattern,
  primaryKeyFields,
  tableSchema,
  tableSchemaJsonSchema,
} from "../../../lib/schema/table-schema.ts";

const fixtures = join(import.meta.dirname, "../../fixtures/schemas");

describe("createTemporalParser", () => {
  const utc = (text: string) => Date.parse(text);

  it("reads ISO 8601 dates and date-times by default", () => {
    const date = createTemporalParser("date", "default");
    expect(date("2024-02-29")).toBe(utc("2024-02-29T00:00:00Z"));
    expect(date("2023-02-29")).toBeUndefined();
    expect(date("2024-2-9")).toBeUndefined();
    expect(date("2024-02-29T00:00:00Z")).toBeUndefined();

    const datetime = createTemporalParser("datetime", "default");
    expect(datetime("2024-03-01T12:30:05Z")).toBe(utc("2024-03-01T12:30:05Z"));
    expect(datetime("2024-03-01T12:30:05.25+02:00")).toBe(utc("2024-03-01T10:30:05.250Z"));
    expect(datetime("2024-03-01T12:30:05")).toBe(utc("2024-03-01T12:30:05Z"));
    expect(datetime("2024-03-01 12:30:05")).toBeUndefined();
    expect(datetime("2024-03-01T24:00:00Z")).toBeUndefined();
  });

  it("reads strptime-like patterns", () => {
    expect(createTemporalParser("date", "%d/%m/%Y")("31/12/1999")).toBe(utc("1999-12-31T00:00:00Z"));
    expect(createTemporalParser("date", "%d/%m/%Y")("12/31/1999")).toBeUndefined();
    expect(createTemporalParser("date", "%d %b %y")("05 Mar 24")).toBe(utc("2024-03-05T00:00:00Z"));
    expect(createTemporalParser("date", "%d %b %y")("05 mar 70")).toBe(utc("1970-03-05T00:00:00Z"));
    expect(createTemporalParser("date", "%B %d, %Y")("February 3, 0099")).toBe(utc("0099-02-03T00:00:00Z"));
    const withZone = createTemporalParser("datetime", "%Y-%m-%dT%H:%M:%S.%f%z");
    expect(withZone("2024-01-02T03:04:05.123456-0130")).toBe(utc("2024-01-02T04:34:05.123Z"));
    expect(createTemporalParser("datetime", "%Y%m%d %Hh%M (%%)")("20240102 03h04 (%)")).toBe(
      utc("2024-01-02T03:04:00Z"),
    );
  });

  it("reads common forms with format any", () => {
    const date = createTemporalParser("date", "any");
    expect(date("2024-01-02")).toBe(utc("2024-01-02T00:00:00Z"));
    expect(date("01/02/2024")).toBe(utc("2024-01-02T00:00:00Z"));
    expect(date("2 Jan 2024")).toBe(utc("2024-01-02T00:00:00Z"));
    expect(date("yesterday")).toBeUndefined();
    const datetime = createTemporalParser("datetime", "any");
    expect(datetime("2024-01-02 03:04:05")).toBe(utc("2024-01-02T03:04:05Z"));
    expect(datetime("2024/01/02 03:04")).toBe(utc("2024-01-02T03:04:00Z"));
    expect(datetime("2024-01-02")).toBe(utc("2024-01-02T00:00:00Z"));
  });

  it("says what is wrong with a pattern", () => {
    expect(parseTemporalPattern("%Y-%m-%d").tokens).toEqual([
      { directive: "Y" },
      { literal: "-" },
      { directive: "m" },
      { literal: "-" },
      { directive: "d" },
    ]);
    expect(parseTemporalPattern("%Y-%q").problem).toBe(
      'unsupported directive %q in format "%Y-%q" (supported: %Y %y %m %d %H %M %S %f %b %B %z %%)',
    );
    expect(parseTemporalPattern("%Y%").problem).toMatch(/^unsupported directive % in format/);
    expect(parseTemporalPattern("YYYY-MM-DD").problem).toBe(
      'format "YYYY-MM-DD" has no directive such as %Y, %m or %d',
    );
    expect(() => createTemporalParser("date", "%Q")).toThrow(/unsupported directive %Q/);
  });

  it("reads constraint values as ISO 8601", () => {
    expect(parseIsoTemporal("date", "2024-01-02")).toBe(utc("2024-01-02T00:00:00Z"));
    expect(parseIsoTemporal("datetime", "2024-01-02")).toBe(utc("2024-01-02T00:00:00Z"));
    expect(parseIsoTemporal("datetime", "2024-01-02T01:00:00+01:00")).toBe(utc("2024-01-02T00:00:00Z"));
    expect(parseIsoTemporal("date", "02/01/2024")).toBeUndefined();
  });
});

describe("compileFieldPattern", () => {
  it("matches the whole value, as Frictionless does", () => {
    const pattern = compileFieldPattern("[A-Z]{2}\\d+");
    expect(pattern.test("AB12")).toBe(true);
    expect(pattern.test("xAB12")).toBe(false);
    expect(pattern.test("AB12x")).toBe(false);
    expect(compileFieldPattern("a|b").test("ab")).toBe(false);
  });

  it("refuses patterns that would escape the anchors", () => {
    expect(() => compileFieldPattern("a)|(b")).toThrow(SyntaxError);
  });
});

describe("tableSchema", () => {
  it("accepts a primary key of several fields", () => {
    const schema = tableSchema.parse({ fields: [{ name: "a" }, { name: "b" }], primaryKey: ["a", "b"] });
    expect(primaryKeyFields(schema)).toEqual(["a", "b"]);
    expect(primaryKeyFields(tableSchema.parse({ fields: [{ name: "a" }], primaryKey: "a" }))).toEqual(["a"]);
    expect(primaryKeyFields(tableSchema.parse({ fields: [{ name: "a" }] }))).toEqual([]);
  });

  it("compares date-time bounds as instants, not text", () => {
    const result = tableSchema.safeParse({
      fields: [
        {
          name: "at",
          type: "datetime",
          constraints: { minimum: "2024-01-01T10:00:00+02:00", maximum: "2024-01-01T09:00:00Z" },
        },
      ],
    });
    expect(result.success).toBe(true);
  });
});

describe("tableSchemaJsonSchema", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(tableSchemaJsonSchema());

  it("accepts the good fixtures", () => {
    for (const name of ["churn.yml", "churn.json", "minimal.yml"]) {
      const data = parseYaml(readFileSync(join(fixtures, "good", name), "utf8"));
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it("rejects misspelt keys, unknown types and bad quantiles", () => {
    expect(validate({ fields: [{ name: "a", constraints: { maximun: 3 } }] })).toBe(false);
    expect(validate({ fields: [{ name: "a", type: "float" }] })).toBe(false);
    expect(validate({ fields: [{ name: "a", type: "number", checks: { quantiles: { "1.5": {} } } }] })).toBe(
      false,
    );
    expect(validate({ fields: [{ name: "a", type: "number", checks: { quantiles: { "0.5": {} } } }] })).toBe(
      true,
    );
  });

  it("describes itself", () => {
    const schema = tableSchemaJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("Trainyard data contract (Frictionless Table Schema)");
  });
});
