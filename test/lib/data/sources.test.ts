import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { parquetWriteBuffer } from "hyparquet-writer";
import { isDynamicPattern } from "tinyglobby";
import { afterAll, describe, expect, test } from "vitest";
import { expandSources, mayBeGlob, readData } from "../../../lib/data/sources.ts";
import { ConfigError } from "../../../lib/errors.ts";
import { collectWith } from "./helpers.ts";

const root = mkdtempSync(path.join(tmpdir(), "trainyard-sources-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, content: string | Uint8Array): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const parquet = new Uint8Array(
  parquetWriteBuffer({
    columnData: [
      { name: "a", data: [1], type: "INT32" },
      { name: "b", data: ["x"], type: "STRING" },
    ],
  }),
);

describe("readData picks the reader from the file name", () => {
  const cases: Array<[string, string | Uint8Array]> = [
    ["formats/plain.csv", "a,b\n1,x\n"],
    ["formats/plain.txt", "a,b\n1,x\n"],
    ["formats/tabs.tsv", "a\tb\n1\tx\n"],
    ["formats/zipped.csv.gz", gzipSync("a,b\n1,x\n")],
    ["formats/zipped.tsv.gz", gzipSync("a\tb\n1\tx\n")],
    ["formats/gzip-by-content.csv", gzipSync("a,b\n1,x\n")],
    ["formats/lines.jsonl", '{"a":1,"b":"x"}\n'],
    ["formats/lines.ndjson", '{"a":1,"b":"x"}\n'],
    ["formats/zipped.jsonl.gz", gzipSync('{"a":1,"b":"x"}\n')],
    ["formats/UPPER.CSV", "a,b\n1,x\n"],
    ["formats/table.parquet", parquet],
  ];
  for (const [name, content] of cases) {
    test(name, async () => {
      const { rows, result } = await collectWith(readData, write(name, content));
      expect(result.columns).toEqual(["a", "b"]);
      expect(rows.map((row) => row.cells)).toEqual([["1", "x"]]);
    });
  }

  test("a .tsv file keeps a delimiter the caller sets", async () => {
    const { rows } = await collectWith(readData, write("formats/semi.tsv", "a;b\n1;x\n"), { delimiter: ";" });
    expect(rows.map((row) => row.cells)).toEqual([["1", "x"]]);
  });

  test("an unknown extension is a ConfigError (a usage error) naming the file and the formats", async () => {
    for (const name of ["formats/data.xlsx", "formats/data.parquet.gz", "formats/noextension"]) {
      const file = write(name, "a\n1\n");
      const error = await readData(file, {}, () => {}).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).location.file).toBe(file);
      expect((error as ConfigError).message).toContain(".csv, .tsv");
    }
  });
});

describe("expandSources", () => {
  test("a pattern it reads as a plain path without loading the glob matcher is one the matcher would too", () => {
    const pathLike = fc.string({
      unit: fc.constantFrom(..."abz09._-/ ~#$%&=,;'\"^`|<>:*?[]{}()!+@\\".split("")),
      maxLength: 24,
    });
    fc.assert(
      fc.property(pathLike, (pattern) => {
        if (isDynamicPattern(pattern)) expect(mayBeGlob(pattern)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
    for (const glob of ["*.csv", "data/**/x.csv", "shard-?.csv", "[ab].csv", "{a,b}.csv", "!x", "@(a).csv"])
      expect(isDynamicPattern(glob) && mayBeGlob(glob)).toBe(true);
  });

  const cwd = path.join(root, "repo");
  for (const file of [
    "data/train.csv",
    "data/valid.csv",
    "data/notes.txt",
    "data/extra/more.csv.gz",
    "data/.hidden.csv",
    "data/.cache/old.csv",
    "data/README.md",
    "shards/2024/01/part-0.parquet",
    "shards/2024/02/part-1.parquet",
    "shards/part-2.parquet",
    "shards/ignore.csv",
    "lines/b.jsonl",
    "lines/a.ndjson",
    "single.tsv",
    "notes.txt",
  ]) {
    write(path.join("repo", file), "a\n1\n");
  }
  const outside = write("elsewhere/outside.csv", "a\n1\n");

  test("a directory stands for its data files, recursively, sorted, hidden and .txt files left out", async () => {
    expect(await expandSources(["data"], cwd)).toEqual([
      "data/extra/more.csv.gz",
      "data/train.csv",
      "data/valid.csv",
    ]);
    expect(await expandSources(["lines/"], cwd)).toEqual(["lines/a.ndjson", "lines/b.jsonl"]);
  });

  test("globs, with ** for any depth", async () => {
    expect(await expandSources(["data/*.csv"], cwd)).toEqual(["data/train.csv", "data/valid.csv"]);
    expect(await expandSources(["shards/**/*.parquet"], cwd)).toEqual([
      "shards/2024/01/part-0.parquet",
      "shards/2024/02/part-1.parquet",
      "shards/part-2.parquet",
    ]);
    expect(await expandSources(["data/*.txt"], cwd)).toEqual(["data/notes.txt"]);
  });

  test("files as named (a .txt too), all patterns merged, sorted, each file once", async () => {
    expect(
      await expandSources(["single.tsv", "notes.txt", "data/*.csv", "./data/train.csv", "data"], cwd),
    ).toEqual(["data/extra/more.csv.gz", "data/train.csv", "data/valid.csv", "notes.txt", "single.tsv"]);
  });

  test("absolute paths inside the working folder come back relative, outside it absolute", async () => {
    expect(await expandSources([path.join(cwd, "single.tsv"), outside], cwd)).toEqual([
      outside,
      "single.tsv",
    ]);
    expect(await expandSources(["../elsewhere/*.csv"], cwd)).toEqual([outside]);
  });

  test("a pattern that matches nothing is a ConfigError (a usage error) naming it", async () => {
    for (const pattern of [
      "missing.csv",
      "data/*.parquet",
      "empty-dir-that-is-not-there/",
      "data/README.md/x",
    ]) {
      const error = await expandSources(["data", pattern], cwd).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain(`"${pattern}"`);
    }
    mkdirSync(path.join(cwd, "empty"), { recursive: true });
    await expect(expandSources(["empty"], cwd)).rejects.toThrow(/no data file matches "empty"/);
  });
});
