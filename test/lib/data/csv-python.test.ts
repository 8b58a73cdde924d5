/**
 * The CSV reader against Python's csv module, on real data a Debian package ships (scikit-learn's
 * bundled datasets) and on generated messy text. Needs /usr/bin/python3 and, for the datasets, the
 * python3-sklearn package (`apt-get install python3-sklearn`; CI installs it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { readCsv, readCsvInChunks } from "../../../lib/data/csv.ts";
import { collect, tempFolder } from "./helpers.ts";

const PYTHON = "/usr/bin/python3";
const SKLEARN_DATA = "/usr/lib/python3/dist-packages/sklearn/datasets/data";
const hasPython = existsSync(PYTHON);
const hasSklearn = existsSync(SKLEARN_DATA);

/** Python reads each file (gzip by name), skips empty rows, and gives cells and float(cell) as repr. */
const PYTHON_READER = `
import csv, gzip, json, sys
out = []
for name, delimiter in json.loads(sys.argv[1]):
    opener = gzip.open if name.endswith(".gz") else open
    with opener(name, "rt", encoding="utf-8-sig", newline="") as f:
        rows = [row for row in csv.reader(f, delimiter=delimiter) if row]
    def as_float(cell):
        try:
            return repr(float(cell))
        except ValueError:
            return None
    out.append({"cells": rows, "floats": [[as_float(c) for c in row] for row in rows]})
print(json.dumps(out))
`;

interface PythonRead {
  cells: string[][];
  floats: Array<Array<string | null>>;
}

function readWithPython(files: Array<[string, string]>): PythonRead[] {
  const output = execFileSync(PYTHON, ["-c", PYTHON_READER, JSON.stringify(files)], {
    maxBuffer: 256 * (1 << 20),
  });
  return JSON.parse(output.toString()) as PythonRead[];
}

const PYTHON_SPECIAL = new Map([
  ["inf", Number.POSITIVE_INFINITY],
  ["-inf", Number.NEGATIVE_INFINITY],
  ["nan", Number.NaN],
]);
const NUMBER_GRAMMAR = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function firstLine(file: string): string {
  const bytes = readFileSync(file);
  const text = (file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  return text.slice(0, text.indexOf("\n"));
}

const sklearnFiles = hasSklearn
  ? readdirSync(SKLEARN_DATA)
      .filter((name) => /\.csv(\.gz)?$/.test(name))
      .sort()
      .map((name) => path.join(SKLEARN_DATA, name))
  : [];

describe.skipIf(!hasPython || !hasSklearn)(
  hasSklearn
    ? "readCsv on scikit-learn's bundled datasets, against Python's csv module"
    : `SKIPPED: ${SKLEARN_DATA} is missing: apt-get install python3-sklearn to compare with Python on real data`,
  () => {
    test("finds the datasets", () => {
      expect(sklearnFiles.map((file) => path.basename(file))).toEqual(
        expect.arrayContaining([
          "iris.csv",
          "wine_data.csv",
          "breast_cancer.csv",
          "diabetes_data_raw.csv.gz",
        ]),
      );
    });

    test("same rows, same cells, and number() equal to Python's float() for every numeric cell", async () => {
      // The space-separated files (linnerud, diabetes) have no comma on their first line.
      const files = sklearnFiles.map((file): [string, string] => [
        file,
        firstLine(file).includes(",") ? "," : " ",
      ]);
      const expected = readWithPython(files);
      let numbersCompared = 0;
      for (const [index, [file, delimiter]] of files.entries()) {
        const cells: string[][] = [];
        const numbers: number[][] = [];
        const result = await readCsv(file, { header: false, delimiter }, (row) => {
          cells.push(Array.from({ length: row.length }, (_, column) => row.text(column)));
          numbers.push(Array.from({ length: row.length }, (_, column) => row.number(column)));
        });
        const python = expected[index]!;
        expect([file, result.rows]).toEqual([file, python.cells.length]);
        expect(cells).toEqual(python.cells);
        expect(result.problems).toEqual([]);
        for (const [rowIndex, row] of python.floats.entries()) {
          for (const [column, float] of row.entries()) {
            const cell = python.cells[rowIndex]![column]!;
            const ours = numbers[rowIndex]![column]!;
            if (float !== null && NUMBER_GRAMMAR.test(cell)) {
              const theirs = PYTHON_SPECIAL.get(float) ?? Number(float);
              expect([file, cell, ours]).toEqual([file, cell, theirs]);
              numbersCompared++;
            } else if (!["INF", "-INF"].includes(cell)) {
              expect([file, cell, ours]).toEqual([file, cell, Number.NaN]);
            }
          }
        }
      }
      expect(numbersCompared).toBeGreaterThan(40_000);
    });

    test("the first line's sample counts match the rows read (iris 150, wine 178, breast cancer 569)", async () => {
      for (const [name, samples] of [
        ["iris.csv", 150],
        ["wine_data.csv", 178],
        ["breast_cancer.csv", 569],
      ] as const) {
        let declared = Number.NaN;
        const result = await readCsv(path.join(SKLEARN_DATA, name), { header: false }, (row) => {
          if (row.row === 1) declared = row.number(0);
        });
        expect([name, declared, result.rows - 1]).toEqual([name, samples, samples]);
      }
    });
  },
);

describe.skipIf(!hasPython)("readCsv on messy text, against Python's csv module", () => {
  const folder = tempFolder("csv-python");
  afterAll(() => folder.remove());

  test("same records as csv.reader for 300 generated texts full of quotes, delimiters and line breaks", async () => {
    const messyText = fc.string({
      unit: fc.constantFrom("a", "1", ",", ",", '"', '"', "\r", "\n", "\r\n", " ", "é", "😀", ";"),
      maxLength: 80,
    });
    const texts = fc.sample(messyText, { numRuns: 300, seed: 4180 });
    const files = texts.map((text): [string, string] => [folder.file("messy.csv", text), ","]);
    const expected = readWithPython(files);
    for (const [index, [file]] of files.entries()) {
      const { rows } = await collect((onRow) =>
        readCsvInChunks(file, { header: false }, { chunkBytes: (index % 7) + 1 }, onRow),
      );
      expect([texts[index], rows.map((row) => row.cells)]).toEqual([texts[index], expected[index]!.cells]);
    }
  });
});
