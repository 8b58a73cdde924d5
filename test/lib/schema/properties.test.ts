import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { diffSchemas } from "../../../lib/schema/diff.ts";
import { parseTableSchema } from "../../../lib/schema/load.ts";
import { type TableSchemaInput, tableSchema } from "../../../lib/schema/table-schema.ts";

// JSON has no -0, so a schema with one could not come back from JSON the same.
const withoutNegativeZero = (value: number) => (Object.is(value, -0) ? 0 : value);
const text = fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: "grapheme", maxLength: 6 }));
const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map(withoutNegativeZero);
const anyInteger = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const share = fc.double({ min: 0, max: 1, noNaN: true }).map(withoutNegativeZero);
const isoDate = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

function ordered<T>(values: fc.Arbitrary<T>, compare: (a: T, b: T) => number): fc.Arbitrary<[T, T]> {
  return fc.tuple(values, values).map(([a, b]) => (compare(a, b) <= 0 ? [a, b] : [b, a]));
}

/** `{ [low]?, [high]? }` with low ≤ high, each key present or not. */
function bounds<T>(values: fc.Arbitrary<T>, compare: (a: T, b: T) => number, low: string, high: string) {
  return ordered(values, compare).chain(([min, max]) =>
    fc.record({ [low]: fc.constant(min), [high]: fc.constant(max) }, { requiredKeys: [] }),
  );
}

const byNumber = (a: number, b: number) => a - b;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const someOf = <T>(values: fc.Arbitrary<T>) => fc.array(values, { minLength: 1, maxLength: 4 });
const flags = { required: fc.boolean(), unique: fc.boolean() };

function constraints(extra: Record<string, fc.Arbitrary<unknown>>, ranges?: fc.Arbitrary<object>) {
  return fc
    .tuple(fc.record({ ...flags, ...extra }, { requiredKeys: [] }), ranges ?? fc.constant({}))
    .map(([rest, range]) => ({ ...rest, ...range }));
}

// A "__proto__" key is refused by the loader on purpose (test/lib/fuzz/documents.test.ts).
const categoryName = text.filter((name) => name !== "__proto__");
const categoryShares = fc.dictionary(
  categoryName,
  bounds(
    share.map((value) => value / 5),
    byNumber,
    "min",
    "max",
  ),
  { maxKeys: 4 },
);
const quantiles = fc.dictionary(
  fc.constantFrom("0", "0.01", "0.5", "0.50", ".25", "0.99", "1"),
  bounds(anyNumber, byNumber, "min", "max"),
  { maxKeys: 3 },
);
const checks = (numeric: boolean) =>
  fc.record(
    { maxMissingShare: share, categoryShares, ...(numeric ? { quantiles } : {}) },
    { requiredKeys: [] },
  );

const patterns = fc.oneof(
  fc.constantFrom("[A-Z]{2}\\d+", "a|b", "(?<year>\\d{4})-\\d{2}", "\\p{L}+", ".*", ""),
  text.map((literal) => literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")),
);
const temporalFormats = fc.constantFrom(
  "default",
  "any",
  "%Y-%m-%d",
  "%d/%m/%Y %H:%M",
  "%Y%m%dT%H%M%S%z",
  "on %d %b %Y %%",
);

const typedParts: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  string: fc.record(
    {
      type: fc.constant("string"),
      format: fc.constantFrom("default", "email", "uri", "uuid"),
      constraints: constraints(
        { pattern: patterns, enum: someOf(text) },
        bounds(fc.nat(50), byNumber, "minLength", "maxLength"),
      ),
      checks: checks(false),
    },
    { requiredKeys: [] },
  ),
  integer: fc.record(
    {
      type: fc.constant("integer"),
      format: fc.constant("default"),
      bareNumber: fc.boolean(),
      groupChar: fc.constantFrom(",", " ", "'"),
      constraints: constraints(
        { enum: someOf(anyInteger) },
        bounds(anyInteger, byNumber, "minimum", "maximum"),
      ),
      checks: checks(true),
    },
    { requiredKeys: ["type"] },
  ),
  number: fc.record(
    {
      type: fc.constant("number"),
      decimalChar: fc.constantFrom(".", ","),
      bareNumber: fc.boolean(),
      constraints: constraints(
        { enum: someOf(anyNumber) },
        bounds(anyNumber, byNumber, "minimum", "maximum"),
      ),
      checks: checks(true),
    },
    { requiredKeys: ["type"] },
  ),
  boolean: fc.record(
    {
      type: fc.constant("boolean"),
      trueValues: fc.constant(["yes", "Y"]),
      falseValues: fc.constant(["no", "N"]),
      constraints: constraints({ enum: someOf(fc.boolean()) }),
      checks: checks(false),
    },
    { requiredKeys: ["type"] },
  ),
  date: fc.record(
    {
      type: fc.constant("date"),
      format: temporalFormats,
      constraints: constraints(
        { enum: someOf(isoDate.map((value) => value.slice(0, 10))) },
        bounds(
          isoDate.map((value) => value.slice(0, 10)),
          byText,
          "minimum",
          "maximum",
        ),
      ),
      checks: checks(false),
    },
    { requiredKeys: ["type"] },
  ),
  datetime: fc.record(
    {
      type: fc.constant("datetime"),
      format: temporalFormats,
      constraints: constraints({ enum: someOf(isoDate) }, bounds(isoDate, byText, "minimum", "maximum")),
      checks: checks(false),
    },
    { requiredKeys: ["type"] },
  ),
  year: fc.record(
    {
      type: fc.constant("year"),
      constraints: constraints(
        { enum: someOf(fc.integer({ min: 1900, max: 2100 })) },
        bounds(fc.integer({ min: 1900, max: 2100 }), byNumber, "minimum", "maximum"),
      ),
      checks: checks(true),
    },
    { requiredKeys: ["type"] },
  ),
};

const field = (name: string) =>
  fc
    .tuple(
      fc.oneof(...Object.values(typedParts)),
      fc.record({ title: text, description: text }, { requiredKeys: [] }),
    )
    .map(([typed, documentation]) => ({ name, ...documentation, ...typed }));

const schemaInput: fc.Arbitrary<TableSchemaInput> = fc
  .uniqueArray(
    text.filter((name) => name.length > 0),
    { minLength: 1, maxLength: 5 },
  )
  .chain((names) =>
    fc.record(
      {
        fields: fc.tuple(...names.map(field)),
        missingValues: fc.array(text, { maxLength: 3 }),
        primaryKey: fc.oneof(fc.constantFrom(...names), fc.shuffledSubarray(names, { minLength: 1 })),
        checks: fc.record({ rows: bounds(fc.nat(), byNumber, "min", "max") }, { requiredKeys: [] }),
        $schema: fc.constant("https://example.com/table-schema.json"),
      },
      { requiredKeys: ["fields"] },
    ),
  ) as fc.Arbitrary<TableSchemaInput>;

describe("table schema properties", () => {
  it("any accepted schema, written as YAML or JSON, loads back to the same value", () => {
    fc.assert(
      fc.property(schemaInput, (input) => {
        const accepted = tableSchema.safeParse(input);
        expect(accepted.error?.issues).toBeUndefined();
        const schema = accepted.data!;
        expect(parseTableSchema(stringify(input), "schema.yml")).toEqual(schema);
        expect(parseTableSchema(stringify(schema), "schema.yaml")).toEqual(schema);
        expect(parseTableSchema(JSON.stringify(input, null, 2), "schema.json")).toEqual(schema);
        expect(parseTableSchema(JSON.stringify(schema), "schema.json")).toEqual(schema);
      }),
      { numRuns: 300 },
    );
  });

  it("a schema has no changes against itself", () => {
    fc.assert(
      fc.property(schemaInput, (input) => {
        const schema = tableSchema.parse(input);
        expect(diffSchemas(schema, schema)).toEqual([]);
        expect(diffSchemas(schema, parseTableSchema(stringify(schema), "schema.yml"))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
