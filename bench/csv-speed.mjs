#!/usr/bin/env node
// Measures the CSV reader on a generated file: 10 numeric and 3 categorical columns, number() on
// the numeric ones and isMissing() on all, as validate-data does. Run it under /usr/bin/time -v for
// peak memory:
//   /usr/bin/time -v node bench/csv-speed.mjs [/tmp/trainyard-bench.csv] [megabytes]
// The file is generated once, in the temp folder (never commit it).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const file = process.argv[2] ?? path.join(os.tmpdir(), "trainyard-bench.csv");
const targetBytes = Number(process.argv[3] ?? 200) * 1e6;
const NUMERIC = 10;
const CATEGORIES = [
  ["red", "green", "blue", ""],
  ["train", "test", "validation"],
  ["alpha", "beta", "gamma", "delta", "epsilon", "NA"],
];

function generate() {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out = fs.openSync(file, "w");
  const header = [...Array.from({ length: NUMERIC }, (_, i) => `x${i}`), "color", "split", "letter"];
  let written = fs.writeSync(out, `${header.join(",")}\n`);
  while (written < targetBytes) {
    const lines = [];
    for (let line = 0; line < 10_000; line++) {
      const cells = [];
      for (let i = 0; i < NUMERIC; i++) {
        const r = random();
        if (r < 0.01) cells.push("");
        else if (i % 3 === 0) cells.push(String(Math.floor(r * 100_000)));
        else if (i % 3 === 1) cells.push((r * 1000 - 500).toFixed(4));
        else cells.push((r * 1e-3).toExponential(6));
      }
      for (const values of CATEGORIES) cells.push(values[Math.floor(random() * values.length)]);
      lines.push(cells.join(","));
    }
    written += fs.writeSync(out, `${lines.join("\n")}\n`);
  }
  fs.closeSync(out);
}

if (!fs.existsSync(file)) {
  const started = performance.now();
  generate();
  console.log(`generated ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Node 20 cannot import TypeScript: transpile the reader's files (in a child process, so that the
// compiler's memory does not count) into a folder kept until the sources change.
const sources = ["lib/data/csv.ts", "lib/errors.ts"];
const compiledDir = path.join(os.tmpdir(), "trainyard-csv-bench-lib");
const compiled = (source) => path.join(compiledDir, source.replace(/\.ts$/, ".js"));
const stale = sources.some(
  (source) =>
    !fs.existsSync(compiled(source)) ||
    fs.statSync(compiled(source)).mtimeMs < fs.statSync(path.join(root, source)).mtimeMs,
);
if (stale) {
  const transpile = `
    const ts = require("typescript"), fs = require("node:fs"), path = require("node:path");
    for (const [source, target] of JSON.parse(process.argv[1])) {
      const { outputText } = ts.transpileModule(fs.readFileSync(source, "utf8"), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true },
      });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, outputText);
    }`;
  const pairs = sources.map((source) => [path.join(root, source), compiled(source)]);
  execFileSync(process.execPath, ["-e", transpile, JSON.stringify(pairs)], { cwd: root, stdio: "inherit" });
  fs.writeFileSync(path.join(compiledDir, "package.json"), '{"type":"module"}');
  console.log("transpiled the reader: run again under /usr/bin/time -v to measure the reader alone");
}
const { readCsv } = await import(pathToFileURL(compiled("lib/data/csv.ts")).href);

const bytes = fs.statSync(file).size;
for (let run = 1; run <= 3; run++) {
  // Typed, so that summing allocates nothing: the reader's cost is what is measured.
  const sums = new Float64Array(NUMERIC);
  let missing = 0;
  const started = performance.now();
  const result = await readCsv(file, { missingValues: ["", "NA"] }, (row) => {
    for (let i = 0; i < NUMERIC; i++) {
      const value = row.number(i);
      if (!Number.isNaN(value)) sums[i] += value;
    }
    for (let i = 0; i < row.length; i++) if (row.isMissing(i)) missing++;
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `run ${run}: ${result.rows} rows, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(2)} s = ` +
      `${(bytes / 1e6 / seconds).toFixed(0)} MB/s (missing cells ${missing}, sum ${sums.reduce((a, b) => a + b).toFixed(0)})`,
  );
}
console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
