import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffSchemas } from "../../../lib/schema/diff.ts";
import { loadTableSchema } from "../../../lib/schema/load.ts";
import { type TableSchema, type TableSchemaInput, tableSchema } from "../../../lib/schema/table-schema.ts";

const schema = (input: TableSchemaInput): TableSchema => tableSchema.parse(input);
const messages = (base: TableSchemaInput, head: TableSchemaInput) =>
  diffSchemas(schema(base), schema(head)).map((change) => change.message);
const oneField = (field: TableSchemaInput["fields"][number]): TableSchemaInput => ({ fields: [field] });

describe("diffSchemas: columns", () => {
  it("reports added, removed and retyped columns with their severity", () => {
    const base = schema({
      fields: [{ name: "id", type: "integer" }, { name: "age", type: "integer" }, { name: "city" }],
    });
    const head = schema({
      fields: [
        { name: "id", type: "integer" },
        { name: "age", type: "number" },
        { name: "email", format: "email" },
        { name: "country", constraints: { required: true } },
      ],
    });
    expect(diffSchemas(base, head)).toEqual([
      {
        kind: "column-retyped",
        severity: "breaking",
        column: "age",
        aspect: "type",
        before: "integer",
        after: "number",
        message: 'column "age": type changed from integer to number',
      },
      {
        kind: "column-added",
        severity: "non-breaking",
        column: "email",
        aspect: "column",
        after: "string",
        message: 'column "email": added (optional)',
      },
      {
        kind: "column-added",
        severity: "breaking",
        column: "country",
        aspect: "column",
        after: "string",
        message: 'column "country": added (required)',
      },
      {
        kind: "column-removed",
        severity: "breaking",
        column: "city",
        aspect: "column",
        before: "string",
        message: 'column "city": removed',
      },
    ]);
  });

  it("reports a changed format as a retype", () => {
    expect(
      messages(
        oneField({ name: "day", type: "date" }),
        oneField({ name: "day", type: "date", format: "%d/%m/%Y" }),
      ),
    ).toEqual(['column "day": format changed from "default" to "%d/%m/%Y"']);
  });

  it("compares bounds across integer and number but not across unrelated types", () => {
    expect(
      messages(
        oneField({ name: "n", type: "integer", constraints: { minimum: 0 } }),
        oneField({ name: "n", type: "number", constraints: { minimum: 1 } }),
      ),
    ).toEqual([
      'column "n": type changed from integer to number',
      'column "n": minimum raised from 0 to 1 (tightened)',
    ]);
    expect(
      messages(
        oneField({ name: "n", type: "integer", constraints: { minimum: 0, required: true } }),
        oneField({ name: "n", type: "date", constraints: { minimum: "2020-01-01" } }),
      ),
    ).toEqual(['column "n": type changed from integer to date', 'column "n": no longer required (loosened)']);
  });
});

describe("diffSchemas: constraints", () => {
  const age = (constraints: Record<string, unknown>) =>
    oneField({ name: "age", type: "integer", constraints } as TableSchemaInput["fields"][number]);

  it.each([
    [{ minimum: 0 }, { minimum: 18 }, 'column "age": minimum raised from 0 to 18 (tightened)', "breaking"],
    [
      { minimum: 18 },
      { minimum: 0 },
      'column "age": minimum lowered from 18 to 0 (loosened)',
      "non-breaking",
    ],
    [{}, { minimum: 0 }, 'column "age": minimum 0 added (tightened)', "breaking"],
    [{ minimum: 0 }, {}, 'column "age": minimum 0 removed (loosened)', "non-breaking"],
    [
      { maximum: 120 },
      { maximum: 130 },
      'column "age": maximum raised from 120 to 130 (loosened)',
      "non-breaking",
    ],
    [
      { maximum: 130 },
      { maximum: 120 },
      'column "age": maximum lowered from 130 to 120 (tightened)',
      "breaking",
    ],
    [{}, { maximum: 120 }, 'column "age": maximum 120 added (tightened)', "breaking"],
    [{ required: true }, { required: false }, 'column "age": no longer required (loosened)', "non-breaking"],
    [{}, { required: true }, 'column "age": now required (tightened)', "breaking"],
    [{}, { unique: true }, 'column "age": now unique (tightened)', "breaking"],
    [{ unique: true }, {}, 'column "age": no longer unique (loosened)', "non-breaking"],
    [{ enum: [1, 2] }, { enum: [1, 2, 3] }, 'column "age": enum values added: 3 (loosened)', "non-breaking"],
    [{ enum: [1, 2, 3] }, { enum: [2] }, 'column "age": enum values removed: 1, 3 (tightened)', "breaking"],
    [{}, { enum: [1, 2] }, 'column "age": enum [1, 2] added (tightened)', "breaking"],
    [{ enum: [1, 2] }, {}, 'column "age": enum [1, 2] removed (loosened)', "non-breaking"],
  ])("%j → %j", (before, after, message, severity) => {
    const changes = diffSchemas(schema(age(before)), schema(age(after)));
    expect(changes.map((change) => [change.message, change.severity])).toEqual([[message, severity]]);
  });

  it("reports values both added to and removed from an enum", () => {
    expect(
      messages(
        oneField({ name: "plan", constraints: { enum: ["basic", "legacy", "pro"] } }),
        oneField({ name: "plan", constraints: { enum: ["basic", "pro", "team"] } }),
      ),
    ).toEqual([
      'column "plan": enum values added: "team" (loosened)',
      'column "plan": enum values removed: "legacy" (tightened)',
    ]);
  });

  it("ranks text lengths and cannot rank patterns", () => {
    const code = (constraints: Record<string, unknown>) => oneField({ name: "code", constraints });
    expect(messages(code({ minLength: 2, maxLength: 8 }), code({ minLength: 1, maxLength: 6 }))).toEqual([
      'column "code": minLength lowered from 2 to 1 (loosened)',
      'column "code": maxLength lowered from 8 to 6 (tightened)',
    ]);
    const changed = diffSchemas(schema(code({ pattern: "[A-Z]+" })), schema(code({ pattern: "[A-Z]{3}" })));
    expect(changed).toMatchObject([
      {
        kind: "changed",
        severity: "breaking",
        aspect: "constraints.pattern",
        message: 'column "code": pattern changed from "[A-Z]+" to "[A-Z]{3}" (cannot tell)',
      },
    ]);
    expect(messages(code({}), code({ pattern: "\\d+" }))).toEqual([
      'column "code": pattern "\\\\d+" added (tightened)',
    ]);
    expect(messages(code({ pattern: "\\d+" }), code({}))).toEqual([
      'column "code": pattern "\\\\d+" removed (loosened)',
    ]);
  });

  it("compares dates as dates", () => {
    const day = (constraints: Record<string, unknown>) =>
      oneField({ name: "day", type: "datetime", constraints });
    expect(
      messages(day({ minimum: "2024-01-01T00:00:00Z" }), day({ minimum: "2024-01-01T02:00:00+03:00" })),
    ).toEqual([
      'column "day": minimum lowered from 2024-01-01T00:00:00Z to 2024-01-01T02:00:00+03:00 (loosened)',
    ]);
    expect(messages(day({ maximum: "2024-01-01" }), day({ maximum: "2024-01-01T00:00:00Z" }))).toEqual([]);
  });

  it("reports how cells are read", () => {
    expect(
      messages(
        oneField({ name: "ok", type: "boolean" }),
        oneField({ name: "ok", type: "boolean", trueValues: ["true", "yes"], falseValues: ["false", "no"] }),
      ),
    ).toEqual([
      'column "ok": trueValues added: "yes" (loosened)',
      'column "ok": trueValues removed: "True", "TRUE", "1" (tightened)',
      'column "ok": falseValues added: "no" (loosened)',
      'column "ok": falseValues removed: "False", "FALSE", "0" (tightened)',
    ]);
    expect(
      messages(
        oneField({ name: "fee", type: "number" }),
        oneField({ name: "fee", type: "number", decimalChar: ",", groupChar: ".", bareNumber: false }),
      ),
    ).toEqual([
      'column "fee": bareNumber changed from true to false (loosened)',
      'column "fee": decimalChar changed from "." to "," (cannot tell)',
      'column "fee": groupChar "." added (loosened)',
    ]);
    expect(
      messages(
        oneField({ name: "fee", type: "number", groupChar: "," }),
        oneField({ name: "fee", type: "number", groupChar: " " }),
      ),
    ).toEqual(['column "fee": groupChar changed from "," to " " (cannot tell)']);
  });
});

describe("diffSchemas: checks", () => {
  it("reports column checks", () => {
    const fee = (checks: Record<string, unknown>) => oneField({ name: "fee", type: "number", checks });
    expect(
      messages(
        fee({ maxMissingShare: 0.1, quantiles: { "0.5": { min: 10, max: 40 }, "0.99": { max: 400 } } }),
        fee({ maxMissingShare: 0.05, quantiles: { "0.50": { min: 12, max: 40 }, "0.01": { min: 0 } } }),
      ),
    ).toEqual([
      'column "fee": checks.maxMissingShare lowered from 0.1 to 0.05 (tightened)',
      'column "fee": checks.quantiles["0.01"].min 0 added (tightened)',
      'column "fee": checks.quantiles["0.50"].min raised from 10 to 12 (tightened)',
      'column "fee": checks.quantiles["0.99"].max 400 removed (loosened)',
    ]);
    const plan = (checks: Record<string, unknown>) => oneField({ name: "plan", checks });
    expect(
      messages(
        plan({ categoryShares: { pro: { max: 0.3 }, basic: { min: 0.2 } } }),
        plan({ categoryShares: { pro: { max: 0.5 }, team: { max: 0.1 } } }),
      ),
    ).toEqual([
      'column "plan": checks.categoryShares["basic"].min 0.2 removed (loosened)',
      'column "plan": checks.categoryShares["pro"].max raised from 0.3 to 0.5 (loosened)',
      'column "plan": checks.categoryShares["team"].max 0.1 added (tightened)',
    ]);
  });

  it("reports table-level changes after the columns", () => {
    const base: TableSchemaInput = {
      fields: [{ name: "id" }, { name: "day", type: "date" }],
      missingValues: ["", "NA"],
      primaryKey: "id",
      checks: { rows: { min: 100, max: 1000 } },
    };
    const head: TableSchemaInput = {
      fields: [
        { name: "id", constraints: { required: true } },
        { name: "day", type: "date" },
      ],
      missingValues: ["", "n/a"],
      primaryKey: ["id", "day"],
      checks: { rows: { min: 1000 } },
    };
    expect(messages(base, head)).toEqual([
      'column "id": now required (tightened)',
      'table: missingValues added: "n/a" (loosened)',
      'table: missingValues removed: "NA" (tightened)',
      'table: primaryKey changed from ["id"] to ["id", "day"] (cannot tell)',
      "table: checks.rows.min raised from 100 to 1000 (tightened)",
      "table: checks.rows.max 1000 removed (loosened)",
    ]);
    const keyed = diffSchemas(
      schema({ fields: [{ name: "id" }] }),
      schema({ fields: [{ name: "id" }], primaryKey: "id" }),
    );
    expect(keyed).toEqual([
      {
        kind: "tightened",
        severity: "breaking",
        aspect: "primaryKey",
        after: ["id"],
        before: undefined,
        message: 'table: primaryKey ["id"] added (tightened)',
      },
    ]);
    expect(messages({ fields: [{ name: "id" }], primaryKey: ["id"] }, { fields: [{ name: "id" }] })).toEqual([
      'table: primaryKey ["id"] removed (loosened)',
    ]);
    expect(
      messages(
        { fields: [{ name: "id" }], primaryKey: ["id"] },
        { fields: [{ name: "id" }], primaryKey: "id" },
      ),
    ).toEqual([]);
  });

  it("finds nothing between a schema and itself, whichever way it was written", async () => {
    const fromYaml = await loadTableSchema(
      join(import.meta.dirname, "../../fixtures/schemas/good/churn.yml"),
    );
    const fromJson = await loadTableSchema(
      join(import.meta.dirname, "../../fixtures/schemas/good/churn.json"),
    );
    expect(diffSchemas(fromYaml, fromJson)).toEqual([]);
  });
});
