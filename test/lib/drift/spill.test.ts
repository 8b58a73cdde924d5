/**
 * Data against data past the in-memory value budget: numbers go to temporary files and come back
 * exactly, so the statistics are the ones the in-memory path and scipy give (held to 1e-9
 * relative against bench/drift_scipy.py, which reads the files with pandas), the files are
 * removed afterwards (also when the second file fails mid-read), and the memory limits hold.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { collectColumns } from "../../../lib/drift/columns.ts";
import { checkDrift } from "../../../lib/drift/drift.ts";
import { NumericCollector, numericalSample, ValueBudget } from "../../../lib/drift/sample.ts";
import { SpillFolder } from "../../../lib/drift/spill.ts";
import { DataError } from "../../../lib/errors.ts";
import { tableSchema } from "../../../lib/schema/table-schema.ts";
import {
  expectRelativelyClose,
  gaussian,
  PYTHON,
  pythonHas,
  seeded,
} from "../../helpers/python-reference.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "trainyard-spill-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fields = [
  { name: "normal", type: "number" },
  { name: "lognormal", type: "number" },
  { name: "uniform", type: "number" },
  { name: "mixture", type: "number" },
  { name: "count", type: "integer" },
  { name: "level", type: "integer" },
  { name: "segment", type: "string" },
] as const;
const schemaFile = path.join(dir, "schema.json");
writeFileSync(schemaFile, JSON.stringify({ fields }));
const schema = tableSchema.parse({ fields });

function csv(rows: number, shift: number, seed: number): string {
  const random = seeded(seed);
  const normal = gaussian(random);
  const lines = [fields.map((field) => field.name).join(",")];
  for (let row = 0; row < rows; row++)
    lines.push(
      [
        random() < 0.02 ? "" : (50 + 10 * normal() + shift * 4).toFixed(4),
        Math.exp(1 + 0.5 * normal() + shift * 0.2).toFixed(5),
        (random() * 100 + shift * 10).toFixed(3),
        (random() < 0.3 ? normal() * 5 + 40 + shift * 5 : normal() * 3).toFixed(4),
        // Integers with repeats and more than 1,024 distinct values: spilled with duplicates.
        Math.floor(random() * 3000 + shift * 200).toString(),
        Math.floor(random() * (shift > 0 ? 7 : 6)).toString(),
        ["north", "south", "east", "west"][Math.floor(random() * 4)] as string,
      ].join(","),
    );
  return `${lines.join("\n")}\n`;
}

const reference = path.join(dir, "reference.csv");
const current = path.join(dir, "current.csv");
writeFileSync(reference, csv(4000, 0, 1));
writeFileSync(current, csv(3000, 1, 2));
// The current data, gzipped and cut off halfway: reading fails after a good part of it was read.
const truncated = path.join(dir, "truncated.csv.gz");
const zipped = gzipSync(Buffer.from(csv(30_000, 1, 3)));
writeFileSync(truncated, zipped.subarray(0, Math.floor(zipped.length / 2)));

/** A fresh folder for one check's temporary files, to look into afterwards. */
function tempDir(name: string): string {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  return folder;
}

// 500: no column gets memory (its first block is 1,024 values), each spills on overflowing its
// table; 5,000: the first columns keep values in memory, then move them to disk when it runs out.
const TINY_BUDGET = 500;
const SMALL_BUDGET = 5000;
const settings = {
  features: { uniform: { test: "ks" as const }, mixture: { test: "psi" as const } },
};

describe("drift of data against data past the value budget", () => {
  it("is exact: the same report as with every value in memory, and no file left", async () => {
    const temporary = tempDir("same");
    const inMemory = await checkDrift({ reference: [reference], current: [current], schema, settings });
    for (const valueBudget of [TINY_BUDGET, SMALL_BUDGET]) {
      const other = await checkDrift({
        reference: [reference],
        current: [current],
        schema,
        settings,
        valueBudget,
        tempDir: temporary,
      });
      expect(other, `budget ${valueBudget}`).toEqual(inMemory);
    }
    const spilled = inMemory;
    for (const feature of spilled.features) {
      expect(feature.exact, feature.feature).toBe(true);
      expect(feature.error, feature.feature).toBe(0);
    }
    expect(spilled.features.map((feature) => feature.test)).toEqual([
      "wasserstein",
      "wasserstein",
      "ks",
      "psi",
      "wasserstein",
      "wasserstein",
      "jensenshannon",
    ]);
    expect(readdirSync(temporary)).toEqual([]);
  });

  const hasPandas = pythonHas("scipy, numpy, pandas");
  it.skipIf(!hasPandas)(
    hasPandas
      ? "equals pandas + scipy (bench/drift_scipy.py) to 1e-9 relative"
      : "SKIPPED: apt-get install python3-scipy python3-pandas to compare with scipy",
    async () => {
      const temporary = tempDir("scipy");
      const spilled = await checkDrift({
        reference: [reference],
        current: [current],
        schema,
        valueBudget: TINY_BUDGET,
        tempDir: temporary,
      });
      const peer = JSON.parse(
        execFileSync(PYTHON, [
          path.resolve("bench/drift_scipy.py"),
          reference,
          current,
          "--schema",
          schemaFile,
        ]).toString(),
      ) as { features: Array<{ feature: string; test: string; statistic: number; psi: number }> };
      expect(spilled.features.map((feature) => feature.feature)).toEqual(
        peer.features.map((feature) => feature.feature),
      );
      spilled.features.forEach((feature, index) => {
        const want = peer.features[index];
        expect(feature.test, feature.feature).toBe(want?.test);
        expectRelativelyClose(
          feature.statistic,
          want?.statistic ?? null,
          1e-9,
          `${feature.feature} statistic`,
        );
        expectRelativelyClose(feature.psi, want?.psi ?? null, 1e-9, `${feature.feature} PSI`);
      });
      expect(readdirSync(temporary)).toEqual([]);
    },
  );

  it("writes the values past the budget to files in the temp folder while reading", async () => {
    const folder = new SpillFolder(tempDir("collect"));
    try {
      const collected = await collectColumns([reference], {
        schema,
        valueBudget: TINY_BUDGET,
        spill: folder,
      });
      const files = readdirSync(folder.path as string);
      // Every numeric column with more than 1,024 distinct values; not "level" (a table suffices).
      expect(files.map((file) => file.replace(/^\d+-|\.f64$/g, "")).sort()).toEqual(
        ["count", "lognormal", "mixture", "normal", "uniform"].sort(),
      );
      const normal = collected.features.find((feature) => feature.name === "normal");
      const file = files.find((name) => name.endsWith("-normal.f64")) as string;
      // All but the last buffer's worth is on disk by now (8 bytes a value).
      expect(statSync(path.join(folder.path as string, file)).size).toBeLessThanOrEqual(
        8 * (normal?.collector.count ?? 0),
      );
    } finally {
      folder.remove();
    }
    expect(folder.path).toBeUndefined();
  });

  it("removes its files when the second file fails mid-read", async () => {
    const temporary = tempDir("failing");
    await expect(
      checkDrift({
        reference: [reference],
        current: [truncated],
        schema,
        valueBudget: TINY_BUDGET,
        tempDir: temporary,
      }),
    ).rejects.toThrow(DataError);
    expect(readdirSync(temporary)).toEqual([]);
  });

  it("sketches a column past maxSpilledValues, and says so with a bound that holds", async () => {
    const temporary = tempDir("capped");
    const exact = await checkDrift({ reference: [reference], current: [current], schema, settings });
    const capped = await checkDrift({
      reference: [reference],
      current: [current],
      schema,
      settings,
      valueBudget: TINY_BUDGET,
      maxSpilledValues: 2000,
      tempDir: temporary,
    });
    capped.features.forEach((feature, index) => {
      const truth = exact.features[index];
      if (feature.feature === "level" || feature.feature === "segment") {
        expect(feature, feature.feature).toEqual(truth);
        return;
      }
      expect(feature.exact, feature.feature).toBe(false);
      expect(feature.error, feature.feature).not.toBeNull();
      const error = Math.abs((feature.statistic as number) - (truth?.statistic as number));
      expect(error, feature.feature).toBeLessThanOrEqual(feature.error as number);
    });
    expect(readdirSync(temporary)).toEqual([]);
  });
});

describe("a numeric column past the budget", () => {
  it("gives its memory back to the budget, keeps every value on disk, and reads them back exactly", () => {
    const folder = new SpillFolder(tempDir("collector"));
    const budget = new ValueBudget(SMALL_BUDGET);
    const collector = new NumericCollector(budget, { folder, name: "x" });
    const random = seeded(7);
    const values = Array.from({ length: 200_000 }, () => Math.round(random() * 1e6) / 8);
    for (const value of values) collector.add(value);
    try {
      expect(budget.remaining).toBe(SMALL_BUDGET);
      const [file] = readdirSync(folder.path as string);
      const onDisk = statSync(path.join(folder.path as string, file as string)).size;
      // Everything but at most one buffer (64 Ki values) is written by now.
      expect(onDisk).toBeGreaterThanOrEqual(8 * (values.length - (1 << 16)));
      const sample = collector.finish();
      const want = numericalSample(values);
      expect(sample.rankError).toBe(0);
      expect(sample.count).toBe(want.count);
      expect(Array.from(sample.values)).toEqual(Array.from(want.values));
      expect(Array.from(sample.weights)).toEqual(Array.from(want.weights));
      expect(readdirSync(folder.path as string)).toEqual([]);
    } finally {
      folder.remove();
    }
  });
});
