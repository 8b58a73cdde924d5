#!/usr/bin/env node
// Cold start of what Trainyard runs as processes, against the physical floor, a bare Node process:
//
// - each action's bundle (actions/*/dist/index.js), run by sandbox/runner.ts runAction as the
//   GitHub runner runs it (INPUT_* variables, GITHUB_* files, the event file), in a copy of
//   examples/breast-cancer with a small valid input, timed from the call until the action's first
//   request to GitHub (or its exit, if it exits first). GITHUB_API_URL points at a stub that notes
//   the time of the first request and answers every request 401 Bad credentials, so the action
//   then stops. The floor is an action whose main is an empty file, run by the same runAction.
// - the CLI, `node cli/dist/index.js --help`, against `node -e ''` (spawn to exit);
// - the bot bundle, `node bot/dist/index.js` with a GitHub App's environment, until it logs that
//   it listens, against a bare `http.createServer().listen()` script printing the same.
//
//   node bench/cold-start.mjs [--quick] [--runs N]
//
// --runs N   runs of each target, each paired with a run of its floor (default 15; --quick 10).
// Results are merged into bench/results.json under "coldStart".
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadAverage, machineInfo, median, mergeResults, runMeasured, table } from "./lib/measure.mjs";
import { importTs } from "./lib/ts.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: options } = parseArgs({
  options: { quick: { type: "boolean", default: false }, runs: { type: "string" } },
});
const runs = Number(options.runs ?? (options.quick ? 10 : 15));
const outDir = path.join(process.env.TRAINYARD_BENCH_DIR ?? path.join(root, "bench", "out"), "cold-start");
const TARGET_MS = 100;
const EXAMPLE = path.join(root, "examples", "breast-cancer");
// TRAINYARD_BENCH_CLI: another build of the CLI (a folder holding index.js) in place of cli/dist.
const cliBundle = path.join(process.env.TRAINYARD_BENCH_CLI ?? path.join(root, "cli", "dist"), "index.js");

const { runAction } = await importTs("sandbox/runner.ts");

const TRAINING_MS = 500;

/** Small valid inputs for each action, in a copy of the example project. */
const INPUTS = {
  // The data steps read the example's test split (115 rows × 31 columns): the work they do on
  // it is small next to the start, which is what this measures (bench/pipeline.mjs times the work).
  "validate-data": { data: "data/test.csv", schema: "data/schema.yml" },
  // Training takes time, and the action loads its artifact client meanwhile: the command sleeps
  // TRAINING_MS, which is then taken off train's time, so what remains is the action's own.
  train: {
    command: `sleep ${TRAINING_MS / 1000} && mkdir -p out/model && echo '{"accuracy": 0.95}' > out/metrics.json && echo model > out/model/model.bin`,
    model: "diagnosis",
    metrics: "out/metrics.json",
    artifacts: "out/model/",
  },
  evaluate: { model: "diagnosis" },
  report: { model: "diagnosis" },
  register: { model: "diagnosis" },
  deploy: {},
  "drift-check": { model: "diagnosis", reference: "data/test.csv", current: "data/test.csv" },
};
const actions = fs
  .readdirSync(path.join(root, "actions"), { withFileTypes: true })
  .filter(
    (entry) =>
      entry.isDirectory() && fs.existsSync(path.join(root, "actions", entry.name, "dist", "index.js")),
  )
  .map((entry) => entry.name)
  .sort();
for (const name of actions)
  if (!(name in INPUTS))
    console.warn(`warning: no inputs known for actions/${name}: it runs with its defaults`);

// The stub GitHub: notes when the first request of a run comes, answers 401.
let firstRequestAt;
let requests = 0;
const stub = http.createServer((request, response) => {
  firstRequestAt ??= performance.now();
  requests++;
  request.resume();
  response.writeHead(401, { "content-type": "application/json" });
  response.end('{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}');
});
await new Promise((resolve) => stub.listen(0, "127.0.0.1", resolve));
const stubUrl = `http://127.0.0.1:${stub.address().port}`;

fs.rmSync(outDir, { recursive: true, force: true });
const floorAction = path.join(outDir, "floor-action");
fs.mkdirSync(floorAction, { recursive: true });
fs.writeFileSync(
  path.join(floorAction, "action.yml"),
  "name: floor\nruns:\n  using: node20\n  main: index.js\n",
);
fs.writeFileSync(path.join(floorAction, "index.js"), "");

// A JWT of the shape the Actions runtime gives (the artifact client reads the run from its `scp`).
const base64url = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
const RUNTIME_TOKEN = `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ scp: "Actions.Results:1:1" })}.benchmark`;

async function runOnce(action, inputs) {
  const workspace = path.join(outDir, "workspace");
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(EXAMPLE, workspace, { recursive: true, filter: (source) => !source.includes(`${path.sep}out`) });
  firstRequestAt = undefined;
  requests = 0;
  const started = performance.now();
  const result = await runAction({
    action,
    inputs,
    workspace,
    github: {
      apiUrl: stubUrl,
      token: "ghs_benchmark",
      repository: "acme/diagnosis",
      sha: "0".repeat(40),
      ref: "refs/heads/main",
      runId: 1,
    },
    env: { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_RESULTS_URL: `${stubUrl}/` },
    timeoutMs: 60_000,
  });
  const ended = performance.now();
  return {
    ms: (firstRequestAt ?? ended) - started,
    exitMs: ended - started,
    reachedGitHub: firstRequestAt !== undefined,
    requests,
    exitCode: result.exitCode,
    firstError: result.annotations.find((a) => a.level === "error")?.message.split("\n")[0] ?? null,
  };
}

/** Spawns `command` and resolves when a line of its stdout matches `ready`, then kills it. */
function timeToReady(command, args, env, ready) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    let errors = "";
    child.stderr.on("data", (chunk) => {
      errors += chunk;
    });
    child.stdout.on("data", (chunk) => {
      text += chunk;
      if (ready.test(text)) {
        const ms = performance.now() - started;
        child.kill("SIGKILL");
        resolve(ms);
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (!ready.test(text))
        reject(
          new Error(`${command} ${args.join(" ")} exited ${code} before it was ready:\n${text}${errors}`),
        );
    });
  });
}

/**
 * Bytes of JavaScript Node reads and compiles as a bundle starts: its entry file and every file that
 * imports statically, transitively. Chunks loaded later with import() (the Parquet reader, the glob
 * matcher, GitHub App auth), and yaml.cjs, required on first use, are not counted.
 */
function bytesAtStart(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    let total = Buffer.byteLength(text);
    for (const match of text.matchAll(/^import\s+(?:[^;"]*?\s+from\s+)?"(\.\.?\/[^"]+)"/gm))
      total += visit(path.resolve(path.dirname(file), match[1]));
    return total;
  };
  return visit(path.resolve(root, entry));
}
const loadBefore = loadAverage();
console.log(
  `load average before: ${loadBefore.join(" ")}   (${runs} runs each, each paired with a floor run)`,
);

const rows = [];
for (const name of actions) {
  const floor = [];
  const target = [];
  for (let i = 0; i < runs; i++) {
    floor.push(await runOnce(floorAction, {}));
    target.push(await runOnce(path.join(root, "actions", name), INPUTS[name] ?? {}));
  }
  const last = target.at(-1);
  const commandMs = name === "train" ? TRAINING_MS : 0;
  rows.push({
    name: `actions/${name}`,
    bundleBytes: bytesAtStart(`actions/${name}/dist/index.js`),
    measuredTo: `${last.reachedGitHub ? "first GitHub request" : `exit ${last.exitCode}`}${commandMs ? `, less the command's ${commandMs} ms` : ""}`,
    commandMs,
    medianMs: Number((median(target.map((r) => r.ms)) - commandMs).toFixed(1)),
    floorMs: Number(median(floor.map((r) => r.ms)).toFixed(1)),
    medianExitMs: Number(median(target.map((r) => r.exitMs)).toFixed(1)),
    exitCode: last.exitCode,
    firstError: last.firstError,
    loadAverage1m: loadAverage()[0],
  });
  console.log(
    `actions/${name}: ${rows.at(-1).medianMs} ms (floor ${rows.at(-1).floorMs} ms) to ${rows.at(-1).measuredTo}`,
  );
}
stub.close();

// The CLI.
if (!fs.existsSync(cliBundle))
  console.warn(
    `${path.relative(root, cliBundle)} is missing (build it: node scripts/build.mjs cli): the CLI is left out`,
  );
else {
  const floor = [];
  const target = [];
  for (let i = 0; i < runs; i++) {
    floor.push((await runMeasured(process.execPath, ["-e", ""], { cwd: root })).seconds * 1000);
    const run = await runMeasured(process.execPath, [cliBundle, "--help"], { cwd: root });
    if (run.code !== 0) throw new Error(`trainyard --help exited ${run.code}: ${run.stderr}`);
    target.push(run.seconds * 1000);
  }
  rows.push({
    name: "cli --help",
    bundleBytes: bytesAtStart(cliBundle),
    measuredTo: "exit 0",
    medianMs: Number(median(target).toFixed(1)),
    floorMs: Number(median(floor).toFixed(1)),
    loadAverage1m: loadAverage()[0],
  });
  console.log(`cli --help: ${rows.at(-1).medianMs} ms (floor ${rows.at(-1).floorMs} ms)`);
}

// The bot, as a GitHub App registered in the sandbox.
{
  const { startSandbox } = await importTs("sandbox/server.ts");
  const sandbox = await startSandbox({});
  const { appId, privateKey, webhookSecret } = sandbox.world.registerApp({ slug: "trainyard" });
  const floorScript =
    'require("node:http").createServer((q, s) => s.end()).listen(0, "127.0.0.1", () => console.log("listening"))';
  const env = {
    PATH: process.env.PATH,
    APP_ID: String(appId),
    PRIVATE_KEY: privateKey,
    WEBHOOK_SECRET: webhookSecret,
    GITHUB_API_URL: sandbox.url,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_FORMAT: "json",
  };
  const floor = [];
  const target = [];
  for (let i = 0; i < runs; i++) {
    floor.push(
      await timeToReady(process.execPath, ["-e", floorScript], { PATH: process.env.PATH }, /listening/),
    );
    target.push(await timeToReady(process.execPath, ["bot/dist/index.js"], env, /listening on/));
  }
  await sandbox.close();
  rows.push({
    name: "bot (to listening)",
    bundleBytes: bytesAtStart("bot/dist/index.js"),
    measuredTo: "listening",
    medianMs: Number(median(target).toFixed(1)),
    floorMs: Number(median(floor).toFixed(1)),
    loadAverage1m: loadAverage()[0],
  });
  console.log(`bot: ${rows.at(-1).medianMs} ms (floor ${rows.at(-1).floorMs} ms)`);
}
const loadAfter = loadAverage();

// The target is the actions' (issue #11): the CLI and the bot are measured for scale.
for (const row of rows) {
  row.overheadMs = Number((row.medianMs - row.floorMs).toFixed(1));
  row.targetMs = row.name.startsWith("actions/") ? TARGET_MS : null;
  row.met = row.targetMs === null ? null : row.overheadMs <= row.targetMs;
}
console.log("");
console.log(
  table(
    ["what", "MB at start", "measured to", "median ms", "floor ms", "overhead ms", `≤ ${TARGET_MS} ms`],
    rows.map((r) => [
      r.name,
      (r.bundleBytes / 1e6).toFixed(2),
      r.measuredTo,
      r.medianMs.toFixed(0),
      r.floorMs.toFixed(0),
      r.overheadMs.toFixed(0),
      r.met === null ? "—" : r.met ? "met" : "MISSED",
    ]),
  ),
);
console.log(
  `medians of ${runs} runs; floor: an empty action through the same runAction (actions), node -e '' (CLI), a bare http server to listening (bot)`,
);
console.log(
  `load average before ${loadBefore.join(" ")}, after ${loadAfter.join(" ")} (${machineInfo().cores} cores)`,
);
for (const r of rows.filter((r) => r.firstError)) console.log(`${r.name} stopped with: ${r.firstError}`);
const missed = rows.filter((r) => r.met === false);
console.log(
  `\ntarget ≤ ${TARGET_MS} ms over the floor: ${missed.length ? `MISSED on ${missed.map((r) => `${r.name} (${r.overheadMs} ms)`).join(", ")}` : "met"}`,
);

mergeResults(path.join(root, "bench", "results.json"), "coldStart", {
  machine: machineInfo(),
  loadAverage: { before: loadBefore, after: loadAfter },
  command: `node bench/cold-start.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  runsPerTarget: runs,
  targets: { overheadMs: TARGET_MS, met: missed.length === 0 },
  results: rows,
});
console.log(`results merged into bench/results.json under "coldStart"`);
