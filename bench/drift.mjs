#!/usr/bin/env node
// Benchmark of the drift check, `trainyard drift`, against a scipy/numpy peer that computes the
// same statistics (bench/drift_scipy.py), both reading the same two CSV files, each as its own
// process, alternating; wall time and peak RSS per process, and the values compared per feature.
//
//   node bench/drift.mjs [--quick] [--runs N] [--rows N]
//
// --quick     500,000 rows a file instead of 5,000,000
// --runs N    runs of each tool (default 3); medians are reported
// --rows N    rows a file (overrides --quick)
// --profile   also profile Trainyard (node --cpu-prof) on the large case; done anyway when it is
//             slower than the peer, unless --no-profile
//
// Two cases: the timed one (N rows × 20 features, reference and drifted current), and a
// 1,000-row one where Evidently's defaults are the tests (KS, chi-squared, Z) rather than the
// distances (normalised Wasserstein, Jensen–Shannon) that a large reference gets, so that every
// statistic Trainyard has is compared with scipy's. PSI is compared on every feature.
// At 5,000,000 rows the 8 continuous features (num_*, more than 1,024 distinct values) are past
// Trainyard's in-memory value budget (8 M numbers a dataset): their values go to temporary files
// and are read back one feature at a time, so they too are computed from every value; the largest
// difference is reported over them separately ("continuous"), and over any feature that still came
// from a quantile sketch (none, unless a column holds more than 2^25 values) with its bound.
// Data goes to bench/out/ (git-ignored; bench/lib/drift-data.mjs). Results: bench/results.json "drift".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDriftData, FEATURES } from "./lib/drift-data.mjs";
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

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: options } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
    rows: { type: "string" },
    profile: { type: "boolean", default: false },
    "no-profile": { type: "boolean", default: false },
  },
});
const runs = Number(options.runs);
const rows = Number(options.rows ?? (options.quick ? 500_000 : 5_000_000));
const outDir = process.env.TRAINYARD_BENCH_DIR ?? path.join(root, "bench", "out");
// TRAINYARD_BENCH_CLI: another build of the CLI (a folder holding index.js) in place of cli/dist.
const bundle = path.join(process.env.TRAINYARD_BENCH_CLI ?? path.join(root, "cli", "dist"), "index.js");
const PYTHON = "/usr/bin/python3";
const PEER = path.join(root, "bench", "drift_scipy.py");
const TOLERANCE = 1e-9;
/** Numeric features with many distinct values: past the in-memory budget at 5 M rows. */
const CONTINUOUS = new Set(FEATURES.filter((f) => f.name.startsWith("num_")).map((f) => f.name));

if (!fs.existsSync(bundle)) {
  console.error("cli/dist/index.js is missing: build it with `node scripts/build.mjs cli`");
  process.exit(2);
}
// Runs take minutes: a copy of the bundle, so that a rebuild of cli/dist meanwhile cannot break them.
const bundleCopy = path.join(outDir, "cli-dist", "index.js");
fs.rmSync(path.dirname(bundleCopy), { recursive: true, force: true });
fs.cpSync(path.dirname(bundle), path.dirname(bundleCopy), { recursive: true });

const peerVersion = (module) =>
  spawnSync(PYTHON, ["-c", `import ${module}; print(${module}.__version__)`], {
    encoding: "utf8",
  }).stdout?.trim() || null;
if (!peerVersion("scipy")) {
  console.error(
    "scipy and pandas are needed for /usr/bin/python3: apt-get install -y python3-scipy python3-pandas",
  );
  process.exit(2);
}

const rel = (file) => path.relative(root, file);
const trainyard = (data, extra = ["--json"]) => [
  process.execPath,
  [bundleCopy, "drift", rel(data.reference), rel(data.current), "--schema", rel(data.schema), ...extra],
];
const scipy = (data) => [
  PYTHON,
  [PEER, rel(data.reference), rel(data.current), "--schema", rel(data.schema)],
];

async function run(tool, [command, args], { json = true } = {}) {
  const result = await runMeasured(command, args, { cwd: root });
  // Exit status 1 is "dataset drift" (and also what node exits with when it cannot start).
  const failed = () =>
    new Error(`${tool} failed (exit ${result.code}): ${command} ${args.join(" ")}\n${result.stderr}`);
  if (result.code !== 0 && result.code !== 1) throw failed();
  let report;
  if (json)
    try {
      report = JSON.parse(result.stdout);
    } catch {
      throw failed();
    }
  return { ...result, report, loadAverage1m: loadAverage()[0] };
}

/** |a − b| / max(|a|, |b|); 0 when equal (both null too); Infinity when only one is null. */
function relativeDifference(a, b) {
  if (a === b) return 0;
  if (a === null || b === null) return Number.POSITIVE_INFINITY;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
}

/** Features whose statistic came from a quantile sketch, with the bound the text report prints. */
async function approximateFeatures(data) {
  const { stdout } = await run("trainyard", trainyard(data, []), { json: false });
  const bounds = {};
  for (const [, feature, bound] of stdout.matchAll(/^\| `([^`]+)` \|[^|]*\|[^|]*\|[^|±]*±([^ |]+)/gm))
    bounds[feature] = Number(bound.replace(/,/g, "").replace("−", "-"));
  return bounds;
}

function compareValues(ours, theirs) {
  return ours.features.map((feature) => {
    const peer = theirs.features.find((f) => f.feature === feature.feature);
    return {
      feature: feature.feature,
      test: feature.test,
      peerTest: peer?.test ?? null,
      statistic: relativeDifference(feature.statistic, peer?.statistic ?? null),
      pValue: relativeDifference(feature.p_value, peer?.p_value ?? null),
      psi: relativeDifference(feature.psi, peer?.psi ?? null),
      drifted: feature.drifted === peer?.drifted,
      values: {
        trainyard: [feature.statistic, feature.p_value, feature.psi],
        scipy: [peer?.statistic, peer?.p_value, peer?.psi],
      },
    };
  });
}

const largest = (list, key) => list.reduce((m, c) => (c[key] > m[key] ? c : m), list[0]);

async function benchCase(name, data, caseRuns) {
  warmPageCache(data.reference);
  warmPageCache(data.current);
  const samples = { trainyard: [], scipy: [] };
  let outputs;
  for (let i = 1; i <= caseRuns; i++) {
    const ours = await run("trainyard", trainyard(data));
    const theirs = await run("scipy", scipy(data));
    samples.trainyard.push(ours);
    samples.scipy.push(theirs);
    outputs ??= { ours: ours.report, theirs: theirs.report };
    console.log(
      `${name} run ${i}: trainyard ${ours.seconds.toFixed(2)} s ${ours.peakRssMiB.toFixed(0)} MiB   scipy ${theirs.seconds.toFixed(2)} s ${theirs.peakRssMiB.toFixed(0)} MiB (read ${theirs.report.seconds.read} s)   load ${ours.loadAverage1m}`,
    );
  }
  const comparison = compareValues(outputs.ours, outputs.theirs);
  const worst = (key) => largest(comparison, key);
  const beyond = comparison.filter(
    (c) => c.statistic > TOLERANCE || c.pValue > TOLERANCE || c.psi > TOLERANCE || c.test !== c.peerTest,
  );
  // Beyond the tolerance: which features came from sketches (and their bounds), to say why.
  const sketched = beyond.length ? await approximateFeatures(data) : {};
  const exactOnly = comparison.filter((c) => !(c.feature in sketched));
  const summary = (list) => ({
    medianSeconds: Number(median(list.map((r) => r.seconds)).toFixed(3)),
    medianCpuSeconds:
      list[0].cpuSeconds === undefined ? null : Number(median(list.map((r) => r.cpuSeconds)).toFixed(2)),
    peakRssMiB: Number(Math.max(...list.map((r) => r.peakRssMiB)).toFixed(1)),
    runs: list.map((r) => ({
      seconds: Number(r.seconds.toFixed(3)),
      peakRssMiB: Number(r.peakRssMiB.toFixed(1)),
      loadAverage1m: r.loadAverage1m,
    })),
  });
  const ours = summary(samples.trainyard);
  const theirs = summary(samples.scipy);
  const worstOf = (list) =>
    list.length === 0 ? null : Math.max(...list.flatMap((c) => [c.statistic, c.pValue, c.psi]));
  return {
    name,
    rows: data.rows,
    features: comparison.length,
    csvBytes: data.bytes,
    tests: [...new Set(comparison.map((c) => c.test))],
    trainyard: ours,
    scipy: theirs,
    ratio: Number((theirs.medianSeconds / ours.medianSeconds).toFixed(2)),
    largestRelativeDifference: {
      statistic: { value: worst("statistic").statistic, feature: worst("statistic").feature },
      pValue: { value: worst("pValue").pValue, feature: worst("pValue").feature },
      psi: { value: worst("psi").psi, feature: worst("psi").feature },
      all: worstOf(comparison),
      exactFeatures: worstOf(exactOnly),
      continuousFeatures: worstOf(comparison.filter((c) => CONTINUOUS.has(c.feature))),
    },
    sketchedFeatures: sketched,
    beyondTolerance: beyond.map((c) => ({ ...c, sketchBound: sketched[c.feature] ?? null })),
    verdictsAgree: comparison.every((c) => c.drifted),
  };
}

const loadBefore = loadAverage();
console.log(`load average before: ${loadBefore.join(" ")}   (${runs} runs each, alternating)`);
const big = ensureDriftData(outDir, rows);
const small = ensureDriftData(outDir, 1000);
const results = [
  await benchCase(`${rows.toLocaleString("en-US")} rows × 20`, { ...big, rows }, runs),
  await benchCase("1,000 rows × 20", { ...small, rows: 1000 }, runs),
];
const loadAfter = loadAverage();

const exp = (n) => (n === null ? "" : n === 0 ? "0" : n.toExponential(1));
console.log("");
console.log(
  table(
    [
      "data",
      "CSV MB",
      "tool",
      "median s",
      "CPU s",
      "peak RSS MiB",
      "× scipy",
      "tests",
      "max rel diff",
      "exact feats",
      "continuous",
    ],
    results.flatMap((r) => [
      [
        r.name,
        (r.csvBytes / 1e6).toFixed(0),
        "trainyard",
        r.trainyard.medianSeconds.toFixed(2),
        r.trainyard.medianCpuSeconds?.toFixed(2) ?? "",
        r.trainyard.peakRssMiB.toFixed(0),
        `${r.ratio.toFixed(2)}×`,
        r.tests.join(","),
        exp(r.largestRelativeDifference.all),
        exp(r.largestRelativeDifference.exactFeatures),
        exp(r.largestRelativeDifference.continuousFeatures),
      ],
      [
        "",
        "",
        "pandas+scipy",
        r.scipy.medianSeconds.toFixed(2),
        r.scipy.medianCpuSeconds?.toFixed(2) ?? "",
        r.scipy.peakRssMiB.toFixed(0),
        "",
        "",
        "",
        "",
        "",
      ],
    ]),
  ),
);
console.log(
  "end to end (process start to exit, both files read); × scipy: scipy's time ÷ Trainyard's; max rel diff: largest |a − b| / max(|a|, |b|) over statistic, p-value and PSI of every feature; exact feats: the same over features not computed from a sketch; continuous: over the 8 num_* features (past the in-memory budget at 5 M rows: spilled to temporary files, computed from every value)",
);
console.log(
  `load average before ${loadBefore.join(" ")}, after ${loadAfter.join(" ")} (${machineInfo().cores} cores)`,
);
for (const r of results)
  for (const c of r.beyondTolerance)
    console.log(
      `${r.name}: ${c.feature} (${c.test}${c.peerTest !== c.test ? ` vs scipy's ${c.peerTest}` : ""}) differs: statistic ${exp(c.statistic)}, p ${exp(c.pValue)}, PSI ${exp(c.psi)}` +
        (c.sketchBound !== null
          ? ` — from a sketch, Trainyard's bound on its statistic's error ±${c.sketchBound}`
          : ""),
    );

const fast = results[0].ratio > 1;
const close = results.every((r) => (r.largestRelativeDifference.all ?? 0) <= TOLERANCE);
const closeExact = results.every((r) => (r.largestRelativeDifference.exactFeatures ?? 0) <= TOLERANCE);
console.log(
  `\ntargets: faster than pandas+scipy end to end: ${fast ? "met" : "MISSED"} (${results[0].ratio}×);` +
    ` values within ${TOLERANCE} relative: ${close ? "met" : closeExact ? "met on exactly computed features, not on sketched ones" : "MISSED"}`,
);

let profile;
if (options.profile || (!fast && !options["no-profile"])) {
  const dir = path.join(outDir, "profile", "drift");
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`\nprofiling trainyard on ${results[0].name} (node --cpu-prof, profile in ${rel(dir)}/)…`);
  const [command, args] = trainyard({ ...big, rows });
  await runMeasured(command, ["--cpu-prof", `--cpu-prof-dir=${dir}`, ...args], { cwd: root });
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  profile = {
    case: results[0].name,
    file: rel(path.join(dir, file)),
    ...summariseProfile(path.join(dir, file), bundleCopy, 20),
  };
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

mergeResults(path.join(root, "bench", "results.json"), "drift", {
  machine: machineInfo({
    pandas: peerVersion("pandas"),
    scipy: peerVersion("scipy"),
    numpy: peerVersion("numpy"),
  }),
  loadAverage: { before: loadBefore, after: loadAfter },
  command: `node bench/drift.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  runsPerTool: runs,
  trainyard: "node cli/dist/index.js drift <reference.csv> <current.csv> --schema <schema.json> --json",
  scipy:
    "python3 bench/drift_scipy.py <reference.csv> <current.csv> --schema <schema.json> (pandas read_csv C engine, scipy.stats, numpy)",
  data: "bench/lib/drift-data.mjs: 8 continuous numbers, 6 integers with few values, 6 text categories; current drifted on some",
  targets: {
    fasterThanScipy: fast,
    relativeTolerance: TOLERANCE,
    valuesMet: close,
    exactValuesMet: closeExact,
  },
  results,
  ...(profile ? { profile } : {}),
});
console.log(`results merged into bench/results.json under "drift"`);
