import fs from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "../../../lib/config/located-document.ts";
import { DataError } from "../../../lib/errors.ts";
import { MAX_HISTORY_BYTES } from "../../../lib/metrics/history.ts";
import { readHistory, readMetrics, readParams, readSlices } from "../../../lib/metrics/read.ts";
import { hostileDocuments, hostileText, mutated, outcome, runs, scratchFolder } from "./hostile.ts";

/**
 * The metric readers on whatever training wrote: every value a finite number (params: a number,
 * text or boolean), or a DataError naming the file and the line (or metric) at fault.
 */
const scratch = scratchFolder("metrics");
afterAll(() => scratch.remove());

const finiteNumbers = (value: unknown) =>
  Object.values(value as Record<string, unknown>).every((v) => typeof v === "number" && Number.isFinite(v));

const NESTED = fs.readFileSync("test/fixtures/train/metrics/nested.yaml", "utf8");
const NESTED_JSON = fs.readFileSync("test/fixtures/train/metrics/nested.json", "utf8");
const SLICES = fs.readFileSync("test/fixtures/train/metrics/slices.yaml", "utf8");
const WIDE = fs.readFileSync("test/fixtures/train/metrics/wide.csv", "utf8");
const LONG = fs.readFileSync("test/fixtures/train/metrics/long.csv", "utf8");
const HISTORY = fs.readFileSync("test/fixtures/train/metrics/history.jsonl", "utf8");

interface Reader {
  kind: string;
  extensions: string[];
  hostileExtensions: string[];
  read: (file: string, name: string) => Promise<unknown>;
  valid: (value: unknown) => boolean;
  starts: string[];
}

const readers: Reader[] = [
  {
    kind: "metrics",
    extensions: [".json", ".yaml", ".yml", ".csv"],
    hostileExtensions: [".json", ".yaml", ".csv"],
    read: readMetrics,
    valid: finiteNumbers,
    starts: [NESTED, NESTED_JSON, WIDE, LONG],
  },
  {
    kind: "params",
    extensions: [".json", ".yaml"],
    // The same reader as metrics', only its values differ.
    hostileExtensions: [".yaml"],
    read: readParams,
    valid: (value: unknown) =>
      Object.values(value as Record<string, unknown>).every(
        (v) =>
          typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)),
      ),
    starts: [NESTED, NESTED_JSON],
  },
  {
    kind: "slices",
    extensions: [".json", ".yml"],
    hostileExtensions: [".yml"],
    read: readSlices,
    valid: (value: unknown) =>
      Object.values(value as Record<string, unknown>).every((slice) => finiteNumbers(slice)),
    starts: [SLICES],
  },
  {
    kind: "history",
    extensions: [".jsonl"],
    hostileExtensions: [".jsonl"],
    read: (file: string, name: string) => readHistory(file, name),
    valid: (points: unknown) =>
      (points as Array<Record<string, unknown>>).every((point) => finiteNumbers(point) && "step" in point),
    starts: [HISTORY],
  },
];

describe.each(readers)(
  "$kind reader on hostile files",
  ({ extensions, hostileExtensions, read, valid, starts }) => {
    const check = async (content: string | Uint8Array, extension: string) => {
      const file = scratch.path(`m${extension}`);
      fs.writeFileSync(file, content);
      const name = `metrics/out${extension}`;
      const { value, error } = await outcome(name, () => read(file, name));
      if (error) expect(error).toBeInstanceOf(DataError);
      else expect(valid(value), JSON.stringify(value)).toBe(true);
    };

    it("reads finite values or names the file and line of a DataError, in time", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(hostileText, mutated(fc.constantFrom(...starts)), fc.uint8Array({ maxLength: 300 })),
          fc.constantFrom(...extensions),
          check,
        ),
        runs(150),
      );
    });

    it("on every hostile document", async () => {
      for (const [, text] of Object.entries(hostileDocuments()))
        for (const extension of hostileExtensions) await check(text, extension);
    });
  },
);

describe("metric files that read as valid but were not", () => {
  const failure = async (
    content: string,
    name: string,
    read: (file: string, name: string) => Promise<unknown> = readMetrics,
  ) => {
    const file = scratch.path(name);
    fs.writeFileSync(file, content);
    const result = await read(file, name).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    if (!("error" in result)) throw new Error(`read as ${JSON.stringify(result.value)}`);
    expect(result.error).toBeInstanceOf(DataError);
    return (result.error as DataError).message;
  };

  it("a CSV number past the largest double is not Infinity", async () => {
    // Read as {"auc": Infinity}, which JSON then wrote as null, before.
    expect(await failure("metric,value\nauc,1e999\n", "m.csv")).toBe(
      "m.csv:2 auc: expected a finite number, got 1e999",
    );
  });

  it("a metric named __proto__ is refused, not dropped", async () => {
    expect(await failure("__proto__,auc\n1,0.9\n", "wide.csv")).toBe(
      'wide.csv:1: "__proto__" cannot be a metric name',
    );
    expect(await failure('{"__proto__": {"auc": 1}}', "m.json")).toBe(
      'm.json:1 __proto__.auc: "__proto__" cannot be a name here',
    );
    expect(await failure('{"loss": 1, "__proto__": 2}\n', "h.jsonl", readHistory)).toBe(
      'h.jsonl:1: "__proto__" cannot be a name here',
    );
  });

  it("a metric named like an Object method is a metric, once", async () => {
    const file = scratch.path("m.csv");
    fs.writeFileSync(file, "metric,value\nconstructor,0.5\ntoString,1\n");
    // `in` saw Object.prototype: "constructor" was "given twice" on its first line.
    expect(await readMetrics(file)).toEqual({ constructor: 0.5, toString: 1 });
  });

  it("an alias bomb and an alias to its own list, refused at their line", async () => {
    expect(await failure(hostileDocuments()["billion laughs"] as string, "m.yaml")).toMatch(
      /^m\.yaml:2: not valid YAML: aliases copy an anchor more than 100 times/,
    );
    expect(await failure("a: &a [1, *a]\n", "m.yaml")).toBe(
      "m.yaml:1 a.1: an alias refers to a mapping or list that contains it",
    );
  });

  it("history nested past the stack, refused at its line", async () => {
    expect(
      await failure(`{"a":1}\n${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}\n`, "h.jsonl", readHistory),
    ).toMatch(/^h\.jsonl:2 a(\.a)+: nested more than 100 levels deep$/);
  });
});

describe("oversized metric files are refused before they are read", () => {
  const sparse = (name: string, size: number) => {
    const file = scratch.path(name);
    const handle = fs.openSync(file, "w");
    fs.ftruncateSync(handle, size);
    fs.closeSync(handle);
    return file;
  };

  it.each([
    ["metrics", ".json", readMetrics],
    ["metrics", ".csv", readMetrics],
    ["params", ".yaml", readParams],
    ["slice metrics", ".yml", readSlices],
  ] as const)("%s past 10 MiB", async (what, extension, read) => {
    const file = sparse(`big${extension}`, MAX_DOCUMENT_BYTES + 1);
    await expect(read(file, `big${extension}`)).rejects.toThrow(
      `big${extension}: the ${what} file is 10 MiB, more than the 10 MiB a ${what} file may be`,
    );
  });

  it("history past 64 MiB", async () => {
    const file = sparse("big.jsonl", MAX_HISTORY_BYTES + 1);
    await expect(readHistory(file, "big.jsonl")).rejects.toThrow(
      "big.jsonl: the history file is 64 MiB, more than the 64 MiB it may be",
    );
  });

  it("a directory named as a history file", async () => {
    const dir = scratch.path("dir.jsonl");
    fs.mkdirSync(dir);
    await expect(readHistory(dir, "dir.jsonl")).rejects.toThrow(
      "dir.jsonl: expected a history file, found a directory",
    );
  });
});
