#!/usr/bin/env node
// The time Trainyard adds to one pull request's CI, the user's training excluded, on the example
// project (examples/breast-cancer-js when it exists, else examples/breast-cancer with
// /usr/bin/python3).
//
// One PR's job, as the workflow templates run it: validate-data → train → evaluate → report, each
// the committed bundle (actions/<name>/dist/index.js) run by sandbox/runner.ts runAction as the
// GitHub runner runs it, one runner temp folder for the job, against the sandbox (GitHub on
// 127.0.0.1: a repository, a pull request, a workflow run with the Actions runtime for artifacts).
// The training itself is left out by giving the train action a command that only copies what the
// example's training wrote, once, before the runs (`cp -R <trained>/. out/`): what the action
// does around the command (telemetry, reading metrics, the run record, uploading the model as an
// artifact) is counted, the training is not. The training's own time is measured apart, for scale.
// The TypeScript harness (sandbox, runner) is loaded with vite (bench/lib/ts.mjs): Node 20 cannot
// strip types; what is timed are the bundles' processes.
//
//   node bench/pipeline.mjs [--quick] [--runs N]
//
// --runs N: PR jobs (default 5; --quick 3), each in a fresh sandbox; medians are reported.
// Results are merged into bench/results.json under "pipeline".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadAverage, machineInfo, median, mergeResults, table } from "./lib/measure.mjs";
import { importTs } from "./lib/ts.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const { values: options } = parseArgs({
  options: { quick: { type: "boolean", default: false }, runs: { type: "string" } },
});
const runs = Number(options.runs ?? (options.quick ? 3 : 5));
const outDir = path.join(process.env.TRAINYARD_BENCH_DIR ?? path.join(root, "bench", "out"), "pipeline");
const TARGET_SECONDS = 5;
const PYTHON = "/usr/bin/python3";

const jsExample = path.join(root, "examples", "breast-cancer-js");
const examples = [
  { dir: jsExample, train: [process.execPath, ["train.mjs", "--out"]] },
  { dir: path.join(root, "examples", "breast-cancer"), train: [PYTHON, ["train.py", "--out"]] },
].filter(
  (e) =>
    fs.existsSync(path.join(e.dir, ".github", "trainyard.yml")) &&
    fs.existsSync(path.join(e.dir, e.train[1][0])),
);
const MODEL = "diagnosis";

const { startSandbox } = await importTs("sandbox/server.ts");
const { runAction } = await importTs("sandbox/runner.ts");
const { runnerEnvFor, startWorkflowRun } = await importTs("sandbox/routes/actions.ts");
const { createGitHubClient } = await importTs("lib/github/client.ts");

// The user's training, once (its outputs are what the train step's command copies), timed. The
// JavaScript example first; the Python one when it is not there or its training fails.
fs.rmSync(outDir, { recursive: true, force: true });
const trained = path.join(outDir, "trained");
let example;
let trainingSeconds;
for (const candidate of examples) {
  fs.rmSync(trained, { recursive: true, force: true });
  const started = performance.now();
  const training = spawnSync(candidate.train[0], [...candidate.train[1], trained], {
    cwd: candidate.dir,
    encoding: "utf8",
  });
  if (training.status === 0 && fs.existsSync(path.join(trained, "metrics.json"))) {
    example = candidate;
    trainingSeconds = (performance.now() - started) / 1000;
    break;
  }
  console.warn(
    `the training of ${path.relative(root, candidate.dir)} failed (${candidate.train.flat().join(" ")} <dir>): ${training.stderr?.trim().split("\n").at(-1) ?? training.error}`,
  );
}
if (!example) {
  console.error("no example project could be trained: nothing to measure");
  process.exit(2);
}

/** Every file of the example project (what a checkout gives), out/ left out. */
function projectFiles(dir, prefix = "") {
  const files = {};
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.name === "out" || entry.name === "__pycache__") continue;
    if (entry.isDirectory()) Object.assign(files, projectFiles(dir, relative));
    else files[relative] = fs.readFileSync(path.join(dir, relative));
  }
  return files;
}
const files = projectFiles(example.dir);

function pullRequestEvent(number, headSha) {
  const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json");
  const payload = structuredClone(
    examples.find((e) => e.name === "pull_request").examples.find((e) => e.action === "opened"),
  );
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.head.sha = headSha;
  payload.pull_request.head.ref = "improve";
  payload.pull_request.base.ref = "main";
  payload.pull_request.base.repo.full_name = "acme/diagnosis";
  payload.pull_request.head.repo.full_name = "acme/diagnosis";
  payload.repository.full_name = "acme/diagnosis";
  payload.repository.name = "diagnosis";
  payload.repository.owner.login = "acme";
  return { name: "pull_request", payload };
}

const STEPS = [
  ["validate-data", { data: "data/", schema: "data/schema.yml" }],
  [
    "train",
    {
      command: `cp -R ${JSON.stringify(trained)}/. out/`,
      model: MODEL,
      metrics: "out/metrics.json",
      history: "out/history.jsonl",
      params: "out/params.json",
      slices: "out/slices.json",
      artifacts: "out/model/",
    },
  ],
  ["evaluate", { model: MODEL, "base-branch": "main" }],
  ["report", { model: MODEL }],
];

async function pullRequestJob(index) {
  const sandbox = await startSandbox({});
  try {
    const { world } = sandbox;
    world.createRepo("acme/diagnosis", { files, collaborators: { alice: "write" } });
    const headSha = world.push("acme/diagnosis", "improve", {
      "params.yaml": `${files["params.yaml"]}# ${index}\n`,
    });
    const alice = createGitHubClient({
      auth: { kind: "token", token: world.issueToken("alice") },
      baseUrl: sandbox.url,
    });
    const { data: pull } = await alice.rest.pulls.create({
      owner: "acme",
      repo: "diagnosis",
      head: "improve",
      base: "main",
      title: "Tune the learning rate",
    });
    const run = startWorkflowRun(world, {
      repo: "acme/diagnosis",
      workflowPath: ".github/workflows/ml-ci.yml",
      headBranch: "improve",
      event: "pull_request",
    });
    const job = path.join(outDir, `job-${index}`);
    const workspace = path.join(job, "workspace");
    fs.mkdirSync(workspace, { recursive: true });
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.join(workspace, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(workspace, file), content);
    }
    const env = runnerEnvFor(world, "acme/diagnosis", run.id, { resultsUrl: sandbox.url, job: "ml" });
    const token = world.issueToken("acme", {
      kind: "actions",
      permissions: {
        contents: "read",
        actions: "read",
        checks: "write",
        pull_requests: "write",
        issues: "write",
      },
    });
    const steps = [];
    const started = performance.now();
    for (const [name, inputs] of STEPS) {
      const stepStarted = performance.now();
      const result = await runAction({
        action: path.join(root, "actions", name),
        inputs,
        workspace,
        runnerTemp: path.join(job, "runner-temp"),
        env,
        event: pullRequestEvent(pull.number, headSha),
        github: {
          apiUrl: sandbox.url,
          serverUrl: "https://github.com",
          token,
          repository: "acme/diagnosis",
          sha: headSha,
          ref: `refs/pull/${pull.number}/merge`,
          headRef: "improve",
          baseRef: "main",
          runId: run.id,
          job: "ml",
        },
        timeoutMs: 120_000,
      });
      steps.push({
        name,
        seconds: (performance.now() - stepStarted) / 1000,
        processSeconds: result.durationMs / 1000,
        exitCode: result.exitCode,
      });
      if (result.exitCode !== 0)
        throw new Error(`actions/${name} exited ${result.exitCode}:\n${result.log.slice(-3000)}`);
    }
    return { seconds: (performance.now() - started) / 1000, steps, loadAverage1m: loadAverage()[0] };
  } finally {
    await sandbox.close();
  }
}

const loadBefore = loadAverage();
console.log(
  `load average before: ${loadBefore.join(" ")}   (${runs} PR jobs on ${path.relative(root, example.dir)}; its training took ${trainingSeconds.toFixed(2)} s, left out)`,
);
const jobs = [];
for (let i = 1; i <= runs; i++) {
  const job = await pullRequestJob(i);
  jobs.push(job);
  console.log(
    `job ${i}: ${job.seconds.toFixed(2)} s (${job.steps.map((s) => `${s.name} ${s.seconds.toFixed(2)}`).join(", ")})   load ${job.loadAverage1m}`,
  );
}
const loadAfter = loadAverage();

const medianSeconds = Number(median(jobs.map((j) => j.seconds)).toFixed(3));
const stepMedians = STEPS.map(([name]) => ({
  name,
  seconds: Number(median(jobs.map((j) => j.steps.find((s) => s.name === name).seconds)).toFixed(3)),
}));
console.log("");
console.log(
  table(
    ["step (action bundle via runAction)", "median s"],
    [
      ...stepMedians.map((s) => [s.name, s.seconds.toFixed(2)]),
      ["total (one PR job)", medianSeconds.toFixed(2)],
    ],
  ),
);
console.log(
  `the user's training (${example.train[0] === PYTHON ? "python3" : "node"} ${example.train[1][0]}), left out: ${trainingSeconds.toFixed(2)} s`,
);
console.log(
  `load average before ${loadBefore.join(" ")}, after ${loadAfter.join(" ")} (${machineInfo().cores} cores)`,
);
const met = medianSeconds < TARGET_SECONDS;
console.log(
  `\ntarget < ${TARGET_SECONDS} s added to a PR's CI: ${met ? "met" : "MISSED"} (${medianSeconds} s)`,
);

mergeResults(path.join(root, "bench", "results.json"), "pipeline", {
  machine: machineInfo(),
  loadAverage: { before: loadBefore, after: loadAfter },
  command: `node bench/pipeline.mjs ${process.argv.slice(2).join(" ")}`.trim(),
  example: path.relative(root, example.dir),
  steps: STEPS.map(([name]) => name),
  trainCommand: "cp -R <the example's training outputs>/. out/ (the training itself left out)",
  trainingSeconds: Number(trainingSeconds.toFixed(3)),
  medianSeconds,
  stepMedians,
  targets: { seconds: TARGET_SECONDS, met },
  jobs,
});
console.log(`results merged into bench/results.json under "pipeline"`);
