#!/usr/bin/env node
// One table of the latest results of every benchmark (bench/results.json): Trainyard, its peer or
// the floor, the ratio, the target and whether it was met, with the load average and date of each.
//
//   node bench/table.mjs            print it (npm run bench prints it after the benchmarks)
//   node bench/table.mjs --readme   also write it into README.md, between the markers
//                                   <!-- trainyard:bench:start --> and <!-- trainyard:bench:end -->
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: options } = parseArgs({ options: { readme: { type: "boolean", default: false } } });
const resultsFile = path.join(root, "bench", "results.json");
const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, "utf8")) : {};

const fixed = (n, digits = 2) => (n === null || n === undefined ? "—" : Number(n).toFixed(digits));
const met = (ok) => (ok ? "met" : "**missed**");
const exp = (n) => (n === null || n === undefined ? "—" : n === 0 ? "0" : n.toExponential(1));

/** Rows: [benchmark, case, Trainyard, peer or floor, Trainyard vs it, target, met, load 1 min, date]. */
function rows() {
  const out = [];
  const when = (entry) => ({
    load: (entry.loadAverage?.before ?? [])[0],
    date: entry.machine?.date?.slice(0, 10) ?? "",
  });
  const validate = results.validate;
  if (validate) {
    const { load, date } = when(validate);
    for (const r of validate.results)
      out.push([
        "validate",
        r.name,
        `${fixed(r.trainyard.mbPerSecond, 0)} MB/s, ${fixed(r.trainyard.peakRssMiB, 0)} MiB`,
        r.pandas
          ? `pandas ${fixed(r.pandas.mbPerSecond, 0)} MB/s, ${fixed(r.pandas.peakRssMiB, 0)} MiB`
          : "pandas not run (no pyarrow on this machine)",
        r.ratio === null ? "—" : `${fixed(r.ratio)}× speed`,
        `≥ ${validate.targets.ratio}× speed, ≤ ${validate.targets.peakRssMiB} MiB`,
        r.ratio === null
          ? `memory ${met(r.trainyard.peakRssMiB <= validate.targets.peakRssMiB)}, speed not compared`
          : met(r.ratio >= validate.targets.ratio && r.trainyard.peakRssMiB <= validate.targets.peakRssMiB),
        load,
        date,
      ]);
  }
  const drift = results.drift;
  if (drift) {
    const { load, date } = when(drift);
    for (const r of drift.results)
      out.push([
        "drift",
        `${r.name} (${r.tests.join(", ")})`,
        `${fixed(r.trainyard.medianSeconds)} s, ${fixed(r.trainyard.peakRssMiB, 0)} MiB`,
        `pandas+scipy ${fixed(r.scipy.medianSeconds)} s, ${fixed(r.scipy.peakRssMiB, 0)} MiB`,
        `${fixed(r.ratio)}× speed; values ≤ ${exp(r.largestRelativeDifference.all)} rel. (exact features ${exp(r.largestRelativeDifference.exactFeatures)})`,
        `faster; ≤ ${drift.targets.relativeTolerance} rel.`,
        `speed ${met(r.ratio > 1)}, values ${met((r.largestRelativeDifference.all ?? 0) <= drift.targets.relativeTolerance)}`,
        load,
        date,
      ]);
  }
  const cold = results.coldStart;
  if (cold) {
    const { load, date } = when(cold);
    for (const r of cold.results)
      out.push([
        "cold start",
        `${r.name} (${fixed(r.bundleBytes / 1e6, 1)} MB at start, to ${r.measuredTo})`,
        `${fixed(r.medianMs, 0)} ms`,
        `floor ${fixed(r.floorMs, 0)} ms`,
        `+${fixed(r.overheadMs, 0)} ms`,
        r.met === null || r.met === undefined ? "— (for scale)" : `≤ +${cold.targets.overheadMs} ms`,
        r.met === null || r.met === undefined ? "—" : met(r.met),
        load,
        date,
      ]);
  }
  const bot = results.bot;
  if (bot) {
    const { load, date } = when(bot);
    const floor = bot.results.find((r) => r.key === "floor");
    for (const r of bot.results.filter((r) => r.key !== "floor"))
      out.push([
        "bot",
        r.name.replace(/^bot: /, ""),
        `${r.requestsPerSecond} req/s, p99 ${r.p99Ms} ms`,
        `bare server ${floor.requestsPerSecond} req/s, p99 ${floor.p99Ms} ms`,
        `${fixed(r.shareOfFloor * 100, 0)}% of throughput`,
        r.targeted === false ? "— (for scale: waits on GitHub)" : `≥ ${bot.targets.shareOfFloor * 100}%`,
        r.targeted === false ? "—" : met(r.shareOfFloor >= bot.targets.shareOfFloor),
        load,
        date,
      ]);
  }
  const pipeline = results.pipeline;
  if (pipeline) {
    const { load, date } = when(pipeline);
    out.push([
      "pipeline",
      `one PR job on ${pipeline.example} (${pipeline.steps.join(" → ")})`,
      `${fixed(pipeline.medianSeconds)} s (${pipeline.stepMedians.map((s) => `${s.name} ${fixed(s.seconds, 1)}`).join(", ")})`,
      `training, left out: ${fixed(pipeline.trainingSeconds)} s`,
      "—",
      `< ${pipeline.targets.seconds} s`,
      met(pipeline.targets.met),
      load,
      date,
    ]);
  }
  return out;
}

const HEADER = [
  "benchmark",
  "case",
  "Trainyard",
  "peer or floor",
  "Trainyard vs it",
  "target",
  "met",
  "load 1 min",
  "date",
];
const body = rows();
// Benchmarks run at different times may have run on different machines: name each machine once,
// with the benchmarks it ran, when there is more than one.
const benchmarksByMachine = new Map();
for (const [key, entry] of Object.entries(results)) {
  const machine = entry?.machine;
  if (!machine) continue;
  const line = `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${machine.python ?? ""}`;
  benchmarksByMachine.set(line, [...(benchmarksByMachine.get(line) ?? []), key]);
}
const machineLine =
  benchmarksByMachine.size > 1
    ? [...benchmarksByMachine].map(([line, keys]) => `${keys.join(", ")} on ${line}`).join("; ")
    : ([...benchmarksByMachine.keys()][0] ?? "");
const commands = Object.entries(results)
  .map(([key, entry]) => `${key}: \`${entry.command}\``)
  .join("; ");
const escapeCell = (cell) => String(cell ?? "").replace(/\|/g, "\\|");
const markdown = [
  `| ${HEADER.join(" | ")} |`,
  `| ${HEADER.map(() => "---").join(" | ")} |`,
  ...body.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
  "",
  `Machine${benchmarksByMachine.size > 1 ? "s" : ""}: ${machineLine}; shared with other work, hence the load average (1 min, at the start of each benchmark). Commands: ${commands}.`,
].join("\n");
console.log(markdown);

if (options.readme) {
  const readme = path.join(root, "README.md");
  const text = fs.readFileSync(readme, "utf8");
  const start = "<!-- trainyard:bench:start -->";
  const end = "<!-- trainyard:bench:end -->";
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`README.md has no ${start} … ${end} block to write the table into`);
    process.exit(1);
  }
  const block = `${start}\n<!-- generated by \`node bench/table.mjs --readme\` from bench/results.json: do not edit by hand -->\n\n${markdown}\n\n${end}`;
  fs.writeFileSync(readme, text.slice(0, from) + block + text.slice(to + end.length));
  console.log("\nwritten into README.md");
}
