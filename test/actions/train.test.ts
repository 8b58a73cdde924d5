import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { runRecord } from "../../lib/runs/run-record.ts";
import { completeWorkflowRun, runnerEnvFor, startWorkflowRun } from "../../sandbox/routes/actions.ts";
import { runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

const run = promisify(execFile);
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/train");
const FAKE_GPU = path.join(FIXTURES, "fake-gpu");
fs.chmodSync(path.join(FAKE_GPU, "nvidia-smi"), 0o755);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-train-action-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const sha256 = (content: Buffer) => createHash("sha256").update(content).digest("hex");

/** A PATH with bash and node only: a runner without nvidia-smi, whatever this machine has. */
function pathWithoutGpu(): string {
  const bin = fs.mkdtempSync(path.join(scratch, "bin-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  fs.symlinkSync(
    ["/bin/bash", "/usr/bin/bash"].find((b) => fs.existsSync(b)) as string,
    path.join(bin, "bash"),
  );
  return bin;
}

interface TrainOptions {
  inputs?: Record<string, string>;
  /** Put the fake nvidia-smi (two A100s) first on PATH. */
  gpu?: boolean;
  /** Give the step the Actions runtime (artifact uploads); off, as when running outside Actions. */
  runtime?: boolean;
}

/** The train action's bundle run as a step of a workflow run in the sandbox, on the example project. */
async function train(options: TrainOptions = {}) {
  const sandbox = await useSandbox();
  const { world } = sandbox;
  world.createRepo("acme/churn", { files: { "ml/train.mjs": "// the project\n" } });
  const workflowRun = startWorkflowRun(world, {
    repo: "acme/churn",
    workflowPath: ".github/workflows/ml-ci.yml",
  });
  const root = fs.mkdtempSync(path.join(scratch, "job-"));
  const workspace = path.join(root, "workspace");
  fs.cpSync(path.join(FIXTURES, "project"), path.join(workspace, "ml"), { recursive: true });
  const runtime = runnerEnvFor(world, "acme/churn", workflowRun.id, {
    resultsUrl: sandbox.url,
    job: "train",
  });
  const token = world.issueToken("acme", { kind: "actions", permissions: { contents: "read" } });
  const result = await runAction({
    action: "actions/train",
    workspace,
    runnerTemp: path.join(root, "runner-temp"),
    inputs: {
      command: "node train.mjs",
      model: "churn",
      "working-directory": "ml",
      metrics: "metrics.json",
      history: "history.jsonl",
      params: "params.yaml",
      slices: "slices.json",
      artifacts: "model/",
      data: "data/*.csv",
      "telemetry-interval": "0.2",
      ...options.inputs,
    },
    github: {
      apiUrl: sandbox.url,
      token,
      repository: "acme/churn",
      sha: workflowRun.headSha,
      ref: "refs/heads/main",
      runId: workflowRun.id,
      job: "train",
    },
    env: {
      ...(options.runtime === false ? {} : runtime),
      PATH: options.gpu ? `${FAKE_GPU}${path.delimiter}${process.env.PATH}` : pathWithoutGpu(),
    },
    timeoutMs: 90_000,
  });
  return { result, sandbox, workflowRun, workspace };
}

async function artifactsOf(sandbox: Sandbox, runId: number) {
  const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
  const { data } = await github.rest.actions.listWorkflowRunArtifacts({
    owner: "acme",
    repo: "churn",
    run_id: runId,
  });
  return { github, artifacts: data.artifacts };
}

async function unzipEntry(zip: Buffer, entry: string): Promise<Buffer> {
  const file = path.join(fs.mkdtempSync(path.join(scratch, "zip-")), "artifact.zip");
  fs.writeFileSync(file, zip);
  const { stdout } = await run("unzip", ["-p", file, entry], { encoding: "buffer", maxBuffer: 64 << 20 });
  return stdout;
}

describe("train action", () => {
  it("trains, records the run, and uploads the model with its record as an artifact of the run", async () => {
    const { result, sandbox, workflowRun } = await train({
      gpu: true,
      inputs: { "price-per-gpu-hour": "3" },
    });

    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    const name = `trainyard-churn-run-${workflowRun.id}-1`;
    expect(result.outputs).toMatchObject({ "artifact-name": name, "exit-code": "0" });
    expect(JSON.parse(result.outputs.metrics as string)).toMatchObject({ "train.accuracy": 0.81, epochs: 5 });
    const record = runRecord.parse(JSON.parse(fs.readFileSync(result.outputs.record as string, "utf8")));
    expect(result.outputs.record).toMatch(/runner-temp\/trainyard\/churn\/run-record\.json$/);
    expect(record).toMatchObject({
      model: "churn",
      exitCode: 0,
      run: { id: workflowRun.id, attempt: 1, job: "train", workflow: "ml-ci" },
      git: { repository: "acme/churn", commit: workflowRun.headSha },
      resources: { gpuCount: 2, cost: { currency: "USD", pricePerGpuHour: 3 } },
    });
    expect(Number(result.outputs["gpu-hours"])).toBe(record.resources.gpuHours);
    expect(Number(result.outputs["duration-seconds"])).toBe(record.run.durationSeconds);
    expect(Number(result.outputs["energy-kwh"])).toBeCloseTo((400 * record.run.durationSeconds) / 3.6e6, 5);
    expect(Number(result.outputs.cost)).toBe(record.resources.cost?.amount);

    // The step log streams the command's output as it came.
    expect(result.log).toMatch(/epoch 1\/5 loss=0\.6931\nepoch 2\/5/);
    expect(result.summary).toContain("### ✅ Trained `churn` in");
    expect(result.summary).toContain("NVIDIA A100-SXM4-80GB × 2 (driver 535.129.03, CUDA 12.2)");
    expect(result.summary).toMatch(/\| `train\.accuracy` +\| +0\.81 \|/);
    const weights = record.artifacts.find((file) => file.path === "ml/model/weights.bin");
    expect(result.summary).toContain(`\`${weights?.sha256}\``);

    const { github, artifacts } = await artifactsOf(sandbox, workflowRun.id);
    expect(artifacts.map((a) => [a.id, a.name])).toEqual([[Number(result.outputs["artifact-id"]), name]]);
    const zip = await github.rest.actions.downloadArtifact({
      owner: "acme",
      repo: "churn",
      artifact_id: artifacts[0]?.id as number,
      archive_format: "zip",
    });
    const archive = Buffer.from(zip.data as ArrayBuffer);
    expect(sha256(await unzipEntry(archive, "ml/model/weights.bin"))).toBe(weights?.sha256);
    expect(JSON.parse((await unzipEntry(archive, "run-record.json")).toString("utf8"))).toEqual(record);
  }, 90_000);

  it("is found and downloaded by name from a later run, digest checked, through the shared artifact adapter", async () => {
    const { result, sandbox, workflowRun, workspace } = await train();
    expect(result.exitCode).toBe(0);
    completeWorkflowRun(sandbox.world, "acme/churn", workflowRun.id, "success");
    const later = startWorkflowRun(sandbox.world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/ml-cd.yml",
    });
    const saved = { ...process.env };
    Object.assign(
      process.env,
      runnerEnvFor(sandbox.world, "acme/churn", later.id, { resultsUrl: sandbox.url }),
    );
    delete process.env.GITHUB_SERVER_URL;
    try {
      // Imported only now: @actions/github reads GITHUB_API_URL once, when it is first loaded.
      const { ArtifactStore } = await import("../../actions/artifacts.ts");
      const store = new ArtifactStore();
      const from = {
        owner: "acme",
        repo: "churn",
        runId: workflowRun.id,
        token: sandbox.world.issueToken("acme"),
      };
      const name = result.outputs["artifact-name"] as string;
      expect(await store.find(name)).toBeUndefined();
      expect(await store.find("no-such-artifact", from)).toBeUndefined();
      const destination = path.join(workspace, "downloaded");
      const found = await store.download(name, destination, from);
      expect(found).toMatchObject({ id: Number(result.outputs["artifact-id"]), name });
      const record = runRecord.parse(
        JSON.parse(fs.readFileSync(path.join(destination, "run-record.json"), "utf8")),
      );
      for (const file of record.artifacts)
        expect(sha256(fs.readFileSync(path.join(destination, file.path)))).toBe(file.sha256);
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  }, 90_000);

  it("fails the step on a failing command, with its log's tail in the summary, and uploads nothing", async () => {
    const { result, sandbox, workflowRun } = await train({
      gpu: true,
      inputs: { command: "node train.mjs --fail" },
    });

    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ "exit-code": "3", "artifact-name": "", "artifact-id": "" });
    expect(Number(result.outputs["gpu-hours"])).toBeGreaterThan(0);
    expect(result.annotations).toEqual([
      {
        level: "error",
        title: "Training churn failed",
        message: "The training command exited with code 3; nothing was uploaded.",
      },
    ]);
    expect(result.summary).toContain("### ❌ Training `churn` failed: exit code 3 after");
    expect(result.summary).toContain(
      "<details><summary>Last 4 lines of output</summary>\n\n```text\nepoch 1/5 loss=0.6931\nepoch 2/5 loss=0.6248\n" +
        "Traceback (most recent call last):\n  RuntimeError: CUDA out of memory (pretend)\n```\n\n</details>",
    );
    expect((await artifactsOf(sandbox, workflowRun.id)).artifacts).toEqual([]);
  }, 90_000);

  it("fails with one annotation naming the metrics file and key when a metric is not a number", async () => {
    const { result, sandbox, workflowRun } = await train({
      inputs: { command: "node train.mjs --bad-metrics" },
    });

    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      {
        level: "error",
        title: "DataError",
        file: "ml/metrics.json",
        line: 4,
        message: 'ml/metrics.json:4 train.accuracy: expected a number, got "high"',
      },
    ]);
    expect((await artifactsOf(sandbox, workflowRun.id)).artifacts).toEqual([]);
  }, 90_000);

  it("trains without a GPU and outside Actions, saying so and uploading nothing", async () => {
    const { result } = await train({ runtime: false });

    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      "gpu-hours": "0",
      "energy-kwh": "0",
      "artifact-name": "",
      cost: "",
    });
    expect(result.log).toContain("no GPU on this runner (nvidia-smi is not on PATH)");
    expect(result.log).toContain("Not uploading the model: no Actions runtime here");
    expect(result.summary).toMatch(/\| GPUs +\| no GPU on this runner \(nvidia-smi is not on PATH\) +\|/);
    expect(result.summary).toMatch(/not uploaded: no Actions runtime here/);
  }, 90_000);

  it("refuses a model name that cannot name an artifact", async () => {
    const { result } = await train({ runtime: false, inputs: { model: "churn model/v2" } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toMatch(/^input "model" must be a name of letters, digits/);
  }, 90_000);
});
