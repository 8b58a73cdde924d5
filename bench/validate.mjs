#!/usr/bin/env node
// Benchmark of the data-contract check, `trainyard validate`, against a pandas peer that makes the
// same checks (bench/validate_pandas.py). Each tool runs as its own process, as a user runs it,
// alternating Trainyard and pandas; wall time and peak RSS are measured per process.
//
//   node bench/validate.mjs [--quick] [--runs N] [--sizes 100,1000] [--profile | --no-profile]
//
// --quick     only the 100 MB data (CSV and Parquet), not 1 GB
// --runs N    runs of each tool per file (default 3); medians are reported
// --sizes     CSV sizes in MB (default 100,1000; --quick: 100); Parquet holds the smallest's rows
// --profile   also profile Trainyard (node --cpu-prof) on the 100 MB CSV and Parquet; done
//             anyway for those that miss a target, unless --no-profile
//
// Data (generated once, seeded) and profiles go to bench/out/ (git-ignored), or $TRAINYARD_BENCH_DIR.
// Results are merged into bench/results.json under "validate".
// pandas: Debian's python3-pandas for /usr/bin/python3. pandas reads Parquet only with pyarrow,
// which Debian 12 does not package: the Parquet peer uses $TRAINYARD_BENCH_PARQUET_PYTHON, else
// bench/out/pyenv/bin/python when it has pyarrow (python3 -m venv --system-site-packages
// bench/out/pyenv && bench/out/pyenv/bin/pip install pyarrow), else it is skipped.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  loadAverage,
  machineInfo,
  median,
  mergeResults,
  runMeasured,
  table,
  warmPageCache,
} from "./lib/measure.mjs";
import { summariseProfile } from "./lib/profile.mjs";
import { ensureDataset, GENERATOR_VERSION, writeContract } from "./lib/validate-data.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: options } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    sizes: { type: "string" },
    profile: { type: "boolean", default: false },
    "no-profile": { type: "boolean", default: false },
  },
});
const runs = Number(options.runs);
const sizes = (options.sizes ?? (options.quick ? "100" : "100,1000")).split(",").map(Number);
const outDir = process.env.TRAINYARD_BENCH_DIR ?? path.join(root, "bench", "out");
const bundle = path.join(root, "cli", "dist", "index.js");
const PYTHON = "/usr/bin/python3";
const PANDAS_SCRIPT = path.join(root, "bench", "validate_pandas.py");
const TARGET_RATIO = 2;
const TARGET_RSS_MIB = 256;

// ---------------------------------------------------------------------------------------------
// What runs: the committed CLI bundle, and pandas.

if (!fs.existsSync(bundle)) {
  console.error("cli/dist/index.js is missing: build it with `node scripts/build.mjs cli`");
  process.exit(2);
}
// The sources `trainyard validate` runs: cli/validate-command.ts and what it imports, transitively.
const newestSource = (() => {
  let newest = { file: "", mtimeMs: 0 };
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const mtimeMs = fs.statSync(file).mtimeMs;
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    for (const [, specifier] of fs.readFileSync(file, "utf8").matchAll(/from\s+"(\.{1,2}\/[^"]+\.ts)"/g))
      visit(path.resolve(path.dirname(file), specifier));
  };
  visit(path.join(root, "cli", "validate-command.ts"));
  return newest;
})();
const bundleStale = newestSource.mtimeMs > fs.statSync(bundle).mtimeMs;
if (bundleStale)
  console.warn(
    `warning: ${path.relative(root, newestSource.file)} is newer than cli/dist/index.js: the bundle may not be what the sources say (rebuild: node scripts/build.mjs cli)`,
  );

function pythonWith(python, module) {
  if (!python || !fs.existsSync(python)) return undefined;
  const probe = spawnSync(python, ["-c", `import ${module}, pandas; print(${module}.__version__)`], {
    encoding: "utf8",
  });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}
const pandasVersion = pythonWith(PYTHON, "pandas");
if (!pandasVersion)
  console.warn(
    "pandas is not installed for /usr/bin/python3: Trainyard alone is measured, with no ratio.\n" +
      "  Install it with: apt-get install -y --no-install-recommends python3-pandas",
  );
const parquetPython = [
  process.env.TRAINYARD_BENCH_PARQUET_PYTHON,
  path.join(outDir, "pyenv", "bin", "python"),
].find((python) => pythonWith(python, "pyarrow"));
const pyarrowVersion = parquetPython ? pythonWith(parquetPython, "pyarrow") : undefined;
if (pandasVersion && !parquetPython)
  console.warn(
    "pandas cannot read Parquet here (no pyarrow; Debian 12 does not package it): the Parquet row has Trainyard alone.\n" +
      `  To add it: python3 -m venv --system-site-packages ${path.relative(root, path.join(outDir, "pyenv"))} && ${path.relative(root, path.join(outDir, "pyenv", "bin", "pip"))} install pyarrow`,
  );

// ---------------------------------------------------------------------------------------------
// Data

const { yamlFile, jsonFile } = writeContract(outDir);
const cases = [];
for (const megabytes of sizes) {
  const withParquet = megabytes === Math.min(...sizes);
  const data = await ensureDataset(outDir, megabytes, { parquet: withParquet });
  const mb = `${megabytes >= 1000 ? `${megabytes / 1000} GB` : `${megabytes} MB`}`;
  cases.push({
    name: `CSV ${mb}`,
    format: "csv",
    file: data.csv,
    bytes: data.csvBytes,
    csvBytes: data.csvBytes,
    rows: data.rows,
    truth: data.truth,
    python: pandasVersion ? PYTHON : undefined,
  });
  if (withParquet)
    cases.push({
      name: `Parquet (${mb} CSV's rows)`,
      format: "parquet",
      file: data.parquet,
      bytes: data.parquetBytes,
      csvBytes: data.csvBytes,
      rows: data.rows,
      truth: data.truth,
      python: parquetPython,
    });
}
// Smallest first: the quick answers come early.
cases.sort((a, b) => a.csvBytes - b.csvBytes);

// ---------------------------------------------------------------------------------------------
// Runs

const trainyardCommand = (file, extra = []) => [
  process.execPath,
  [
    ...extra,
    bundle,
    "validate",
    path.relative(root, file),
    "--schema",
    path.relative(root, yamlFile),
    "--json",
  ],
];
const pandasCommand = (python, file) => [
  python,
  [PANDAS_SCRIPT, path.relative(root, file), "--schema", path.relative(root, jsonFile), "--seconds"],
];

async function runTool(tool, [command, args]) {
  const result = await runMeasured(command, args, { cwd: root });
  // Exit status 1 is "the data breaks the contract", which it does on purpose.
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`${tool} failed (exit ${result.code}): ${command} ${args.join(" ")}\n${result.stderr}`);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`${tool} printed no JSON report:\n${result.stdout.slice(0, 2000)}\n${result.stderr}`);
  }
  const counts = Object.fromEntries(report.violations.map((v) => [`${v.rule}|${v.column ?? ""}`, v.count]));
  return {
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    loadAverage1m: loadAverage()[0],
    peakRssMiB: result.peakRssMiB,
    rows: report.rows,
    counts,
    notes: report.notes ?? [],
    phases: report.seconds,
  };
}

function compareCounts(caseInfo, trainyard, pandas) {
  const keys = new Set([
    ...Object.keys(caseInfo.truth),
    ...Object.keys(trainyard.counts),
    ...(pandas ? Object.keys(pandas.counts) : []),
  ]);
  const mismatches = [];
  for (const key of [...keys].sort()) {
    const counts = { planted: caseInfo.truth[key] ?? 0, trainyard: trainyard.counts[key] ?? 0 };
    if (pandas) counts.pandas = pandas.counts[key] ?? 0;
    if (new Set(Object.values(counts)).size > 1) mismatches.push({ rule: key, ...counts });
  }
  const rows = {
    planted: caseInfo.rows,
    trainyard: trainyard.rows,
    ...(pandas ? { pandas: pandas.rows } : {}),
  };
  if (new Set(Object.values(rows)).size > 1) mismatches.push({ rule: "(rows read)", ...rows });
  return mismatches;
}

const startupSeconds = {};
{
  const samples = { trainyard: [], pandas: [] };
  for (let i = 0; i < 3; i++) {
    samples.trainyard.push((await runMeasured(process.execPath, [bundle, "validate", "--help"])).seconds);
    if (pandasVersion) samples.pandas.push((await runMeasured(PYTHON, ["-c", "import pandas"])).seconds);
  }
  startupSeconds.trainyard = Number(median(samples.trainyard).toFixed(3));
  if (pandasVersion) startupSeconds.pandas = Number(median(samples.pandas).toFixed(3));
}

const loadBefore = loadAverage();
console.log(`load average before: ${loadBefore.join(" ")}   (${runs} runs each, alternating)`);
const results = [];
for (const info of cases) {
  warmPageCache(info.file);
  const byTool = { trainyard: [], pandas: [] };
  for (let run = 1; run <= runs; run++) {
    const trainyard = await runTool("trainyard", trainyardCommand(info.file));
    byTool.trainyard.push(trainyard);
    let pandas;
    if (info.python) {
      pandas = await runTool("pandas", pandasCommand(info.python, info.file));
      byTool.pandas.push(pandas);
    }
    console.log(
      `${info.name} run ${run}: trainyard ${trainyard.seconds.toFixed(2)} s ${trainyard.peakRssMiB.toFixed(0)} MiB` +
        (pandas
          ? `   pandas ${pandas.seconds.toFixed(2)} s ${pandas.peakRssMiB.toFixed(0)} MiB`
          : "   pandas: not run"),
    );
  }
  const summary = (list) =>
    list.length === 0
      ? undefined
      : {
          medianSeconds: Number(median(list.map((r) => r.seconds)).toFixed(3)),
          medianCpuSeconds:
            list[0].cpuSeconds === undefined
              ? null
              : Number(median(list.map((r) => r.cpuSeconds)).toFixed(2)),
          mbPerSecond: Number((info.csvBytes / 1e6 / median(list.map((r) => r.seconds))).toFixed(1)),
          rowsPerSecond: Math.round(info.rows / median(list.map((r) => r.seconds))),
          peakRssMiB: Number(Math.max(...list.map((r) => r.peakRssMiB)).toFixed(1)),
          runs: list.map((r) => ({
            seconds: Number(r.seconds.toFixed(3)),
            ...(r.cpuSeconds === undefined ? {} : { cpuSeconds: Number(r.cpuSeconds.toFixed(2)) }),
            peakRssMiB: Number(r.peakRssMiB.toFixed(1)),
            loadAverage1m: r.loadAverage1m,
            ...(r.phases ? { phases: r.phases } : {}),
          })),
        };
  // Every run must report the same counts; the first run's are compared across tools.
  const mismatches = compareCounts(info, byTool.trainyard[0], byTool.pandas[0]);
  for (const [tool, list] of Object.entries(byTool))
    for (const other of list.slice(1))
      if (JSON.stringify(other.counts) !== JSON.stringify(list[0].counts))
        mismatches.push({ rule: `(${tool}'s runs disagree with each other)` });
  const trainyard = summary(byTool.trainyard);
  const pandas = summary(byTool.pandas);
  results.push({
    name: info.name,
    format: info.format,
    file: path.relative(root, info.file),
    fileBytes: info.bytes,
    csvBytes: info.csvBytes,
    rows: info.rows,
    trainyard,
    pandas: pandas ?? null,
    ratio: pandas ? Number((pandas.medianSeconds / trainyard.medianSeconds).toFixed(2)) : null,
    countsAgree: mismatches.length === 0,
    comparedWith: pandas ? "planted counts and pandas" : "planted counts",
    mismatches,
    trainyardNotes: byTool.trainyard[0].notes,
  });
}
const loadAfter = loadAverage();

// ---------------------------------------------------------------------------------------------
// Report

const mib = (n) => (n === undefined ? "" : n.toFixed(0));
console.log("");
console.log(
  table(
    [
      "data",
      "file MB",
      "rows",
      "tool",
      "median s",
      "CPU s",
      "MB/s*",
      "rows/s",
      "peak RSS MiB",
      "× pandas",
      "counts",
    ],
    results.flatMap((r) => [
      [
        r.name,
        (r.fileBytes / 1e6).toFixed(0),
        r.rows.toLocaleString("en-US"),
        "trainyard",
        r.trainyard.medianSeconds.toFixed(2),
        r.trainyard.medianCpuSeconds?.toFixed(2) ?? "",
        r.trainyard.mbPerSecond.toFixed(1),
        r.trainyard.rowsPerSecond.toLocaleString("en-US"),
        mib(r.trainyard.peakRssMiB),
        r.ratio === null ? "" : `${r.ratio.toFixed(2)}×`,
        r.countsAgree ? "agree" : "DIFFER",
      ],
      r.pandas
        ? [
            "",
            "",
            "",
            `pandas ${pandasVersion}`,
            r.pandas.medianSeconds.toFixed(2),
            r.pandas.medianCpuSeconds?.toFixed(2) ?? "",
            r.pandas.mbPerSecond.toFixed(1),
            r.pandas.rowsPerSecond.toLocaleString("en-US"),
            mib(r.pandas.peakRssMiB),
            "",
            "",
          ]
        : ["", "", "", "pandas", "not run", "", "", "", "", "", ""],
    ]),
  ),
);
console.log(
  `* MB/s of the CSV holding the same rows (for Parquet too), end to end: process start to exit;` +
    ` CPU s: user + system of the process (node's GC threads count too).` +
    ` Start-up alone: trainyard ${startupSeconds.trainyard} s, python+pandas import ${startupSeconds.pandas ?? "-"} s.`,
);
console.log(
  `load average before ${loadBefore.join(" ")}, after ${loadAfter.join(" ")} (${machineInfo().cores} cores)`,
);

const speedMissed = results.filter((r) => r.ratio !== null && r.ratio < TARGET_RATIO);
const memoryMissed = results.filter((r) => r.trainyard.peakRssMiB > TARGET_RSS_MIB);
console.log(
  `\ntargets: ≥ ${TARGET_RATIO}× pandas' speed: ${speedMissed.length === 0 ? "met" : `MISSED on ${speedMissed.map((r) => `${r.name} (${r.ratio}×)`).join(", ")}`};` +
    ` peak RSS ≤ ${TARGET_RSS_MIB} MiB: ${memoryMissed.length === 0 ? "met" : `MISSED on ${memoryMissed.map((r) => `${r.name} (${mib(r.trainyard.peakRssMiB)} MiB)`).join(", ")}`}`,
);
for (const r of results) {
  if (r.trainyardNotes.length) console.log(`trainyard's notes on ${r.name}: ${r.trainyardNotes.join("; ")}`);
  if (r.countsAgree) continue;
  console.log(`\ncounts DIFFER on ${r.name} (a bug in one of the tools, or in the benchmark):`);
  console.log(
    table(
      ["rule|column", "planted", "trainyard", "pandas"],
      r.mismatches.map((m) => [m.rule, m.planted ?? "", m.trainyard ?? "", m.pandas ?? ""]),
    ),
  );
}

const profiles = [];
const profileCases = [
  cases.find((c) => c.format === "csv" && c.csvBytes < 2e8),
  cases.find((c) => c.format === "parquet"),
].filter((c) => c !== undefined);
const missed = (c) =>
  speedMissed.some((r) => r.name === c.name) || memoryMissed.some((r) => r.name === c.name);
for (const info of profileCases) {
  if (!options.profile && (options["no-profile"] || !missed(info))) continue;
  const dir = path.join(outDir, "profile", info.format);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    `\nprofiling trainyard on ${info.name} (node --cpu-prof, profile in ${path.relative(root, dir)}/)…`,
  );
  const [command, args] = trainyardCommand(info.file, ["--cpu-prof", `--cpu-prof-dir=${dir}`]);
  await runMeasured(command, args, { cwd: root });
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  const profile = {
    case: info.name,
    file: path.relative(root, path.join(dir, file)),
    ...summariseProfile(path.join(dir, file), bundle, 20),
  };
  profiles.push(profile);
  console.log(`${profile.seconds} s sampled; functions by self time (total: with what they call):`);
  console.log(
    table(
      ["function  module:line of cli/dist/index.js", "self s", "self %", "total %"],
      profile.rows.map((r) => [
        r.function,
        r.selfSeconds.toFixed(2),
        r.selfShare.toFixed(1),
        r.totalShare.toFixed(1),
      ]),
    ),
  );
}

const resultsFile = path.join(root, "bench", "results.json");
mergeResults(resultsFile, "validate", {
  machine: machineInfo({ pandas: pandasVersion ?? null, pyarrow: pyarrowVersion ?? null }),
  loadAverage: { before: loadBefore, after: loadAfter },
  command: `node bench/validate.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  runsPerTool: runs,
  trainyard: `node cli/dist/index.js validate <file> --schema ${path.relative(root, yamlFile)} --json${bundleStale ? " (bundle older than the sources)" : ""}`,
  pandas: `python3 bench/validate_pandas.py <file> --schema ${path.relative(root, jsonFile)} (read_csv C engine; Parquet: read_parquet with pyarrow)`,
  data: `bench/lib/validate-data.mjs v${GENERATOR_VERSION}: 10 numeric + 3 text columns, seeded; Parquet written with hyparquet-writer (snappy, 100,000-row groups)`,
  startupSeconds,
  targets: {
    ratio: TARGET_RATIO,
    peakRssMiB: TARGET_RSS_MIB,
    speedMet: speedMissed.length === 0,
    memoryMet: memoryMissed.length === 0,
  },
  results,
  ...(profiles.length ? { profiles } : {}),
});
console.log(`\nresults merged into ${path.relative(root, resultsFile)} under "validate"`);
const disagree = results.some((r) => !r.countsAgree);
process.exit(disagree ? 1 : 0);
