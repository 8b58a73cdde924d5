import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DataError } from "../../../lib/errors.ts";
import { parseVersionMetadata, versionMetadata } from "../../../lib/registry/version-metadata.ts";
import { parseRunRecord, runRecord } from "../../../lib/runs/run-record.ts";
import { hostileDocuments, hostileText, mutated, outcome, runs } from "./hostile.ts";

/**
 * Run records and version metadata come back from artifacts and Releases, which anyone with write
 * access (or a bug) can change: a checked value, or a DataError naming the file and the line of a
 * syntax error or the field at fault — never a SyntaxError or a ZodError from the inside.
 */
const RECORD = fs.readFileSync("test/fixtures/reports/candidate-run.json", "utf8");
const METADATA = JSON.stringify(
  {
    schemaVersion: 1,
    model: "churn",
    version: 3,
    tag: "churn-v3",
    registeredAt: "2026-11-20T11:00:00Z",
    assets: [{ name: "model.pkl", path: "model/model.pkl", size: 10, sha256: "a".repeat(64) }],
    record: JSON.parse(RECORD),
  },
  null,
  2,
);

/** A JSON value with one leaf replaced: the way a hand edit or a bug breaks a record. */
function withOneLeafReplaced(json: string): fc.Arbitrary<string> {
  const data = JSON.parse(json);
  const paths: Array<Array<string | number>> = [];
  const walk = (value: unknown, path: Array<string | number>) => {
    if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value))
        walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    } else paths.push(path);
  };
  walk(data, []);
  return fc
    .tuple(
      fc.constantFrom(...paths),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 1.5, "", "x", null, 1e308, [], {})),
    )
    .map(([path, replacement]) => {
      const copy = structuredClone(data);
      let parent = copy;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path.at(-1) as string] = replacement;
      return JSON.stringify(copy, null, 2);
    });
}

const parsers = [
  { kind: "run record", file: "run-record.json", parse: parseRunRecord, schema: runRecord, start: RECORD },
  {
    kind: "version metadata",
    file: "churn-v3/trainyard.json",
    parse: parseVersionMetadata,
    schema: versionMetadata,
    start: METADATA,
  },
] as const;

describe.each(parsers)("$kind on hostile text", ({ file, parse, schema, start }) => {
  it("reads a checked value or names the file and the line or field of a DataError", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostileText, mutated(fc.constant(start)), withOneLeafReplaced(start)),
        async (text) => {
          const { value, error } = await outcome(file, () => parse(text, file));
          if (error) expect(error).toBeInstanceOf(DataError);
          else expect(schema.safeParse(value).success).toBe(true);
        },
      ),
      runs(300),
    );
  });

  it("on every hostile document", async () => {
    for (const text of Object.values(hostileDocuments())) {
      const { error } = await outcome(file, () => parse(text, file));
      expect(error).toBeInstanceOf(DataError);
    }
  });

  it("reads the real thing, with or without a byte order mark", () => {
    expect(parse(start, file)).toEqual(schema.parse(JSON.parse(start)));
    expect(parse(`\uFEFF${start}`, file)).toEqual(schema.parse(JSON.parse(start)));
  });
});

describe("what a broken record says", () => {
  it("the line and column of a syntax error", () => {
    const broken = RECORD.replace('"exitCode": 0,', '"exitCode": 0');
    expect(() => parseRunRecord(broken, "run-record.json")).toThrow(
      /^run-record\.json:24:3: not a run record: invalid JSON: unexpected "\\"" \(expected "," or "}"\)$/,
    );
  });

  it("the field that is wrong", () => {
    const record = JSON.parse(RECORD);
    record.metrics["val.accuracy"] = "high";
    expect(() => parseRunRecord(JSON.stringify(record), "run-record.json")).toThrow(
      'run-record.json metrics["val.accuracy"]: not a run record: Invalid input: expected number, received string',
    );
  });

  it("a __proto__ key, which the schema's records would drop without a word", () => {
    const text = RECORD.replace('"metrics": {', '"metrics": {"__proto__": 1, ');
    expect(() => parseRunRecord(text, "run-record.json")).toThrow(
      'run-record.json metrics.__proto__: not a run record: the key "__proto__" is not allowed',
    );
  });
});
