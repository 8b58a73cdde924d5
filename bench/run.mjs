#!/usr/bin/env node
// `npm run bench [-- --quick]`: runs every benchmark in bench/*.mjs, one after the other, passing
// the arguments through (each benchmark takes --quick). Helpers live in bench/lib/ and are not
// benchmarks. At the end it prints one table of the latest results of all (bench/table.mjs).
// Left out:
// - run.mjs itself, and table.mjs (it prints results, measures nothing);
// - csv-speed.mjs, a micro-benchmark of the CSV reader alone for profiling it by hand: it takes a
//   file path and a size as positional arguments (so `--quick` would be read as a file name),
//   needs the typescript package to transpile lib/, and writes no results. Run it directly:
//   node bench/csv-speed.mjs [file] [megabytes].
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const NOT_BENCHMARKS = new Set(["run.mjs", "table.mjs", "csv-speed.mjs"]);
const benchmarks = fs
  .readdirSync(here)
  .filter((name) => name.endsWith(".mjs") && !NOT_BENCHMARKS.has(name))
  .sort();

const failed = [];
for (const name of benchmarks) {
  console.log(`\n=== bench/${name} ${process.argv.slice(2).join(" ")}`.trimEnd());
  const { status, signal } = spawnSync(process.execPath, [path.join(here, name), ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (status !== 0) failed.push(`${name} (${signal ?? `exit ${status}`})`);
}
console.log(
  "\n=== all benchmarks (bench/results.json; node bench/table.mjs --readme puts this table in README.md)",
);
spawnSync(process.execPath, [path.join(here, "table.mjs")], { stdio: "inherit" });
if (failed.length) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exit(1);
}
