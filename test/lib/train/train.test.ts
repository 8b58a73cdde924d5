import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataError } from "../../../lib/errors.ts";
import { runRecord } from "../../../lib/runs/run-record.ts";
import { type TrainingRequest, trainModel } from "../../../lib/train/train.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/train");
const FAKE_GPU = path.join(FIXTURES, "fake-gpu");
fs.chmodSync(path.join(FAKE_GPU, "nvidia-smi"), 0o755);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-train-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A PATH with bash and node and nothing else: no nvidia-smi, whatever this machine has. */
function barePath(): string {
  const bin = fs.mkdtempSync(path.join(scratch, "bin-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  const bash = ["/bin/bash", "/usr/bin/bash"].find((candidate) => fs.existsSync(candidate)) as string;
  fs.symlinkSync(bash, path.join(bin, "bash"));
  return bin;
}

/** A checkout of the example project, and a request to train it. */
function request(overrides: Partial<TrainingRequest> = {}): TrainingRequest {
  const workspace = fs.mkdtempSync(path.join(scratch, "ws-"));
  fs.cpSync(path.join(FIXTURES, "project"), path.join(workspace, "ml"), { recursive: true });
  return {
    model: "churn",
    command: "node train.mjs",
    workspace,
    workingDirectory: "ml",
    metrics: "metrics.json",
    history: "history.jsonl",
    params: "params.yaml",
    slices: "slices.json",
    artifacts: ["model/"],
    data: ["data/*.csv"],
    telemetryIntervalSeconds: 0.2,
    run: {
      id: 42,
      attempt: 1,
      url: "https://github.com/acme/churn/actions/runs/42",
      workflow: "ml-ci",
      job: "train",
      event: "pull_request",
      actor: "octocat",
    },
    git: { repository: "acme/churn", commit: "a".repeat(40), ref: "refs/pull/7/merge", pullRequest: 7 },
    runner: { os: "Linux", arch: "X64", name: "gpu-runner-1" },
    recordPath: path.join(workspace, "..", `${path.basename(workspace)}-record`, "run-record.json"),
    env: { ...process.env, PATH: `${FAKE_GPU}${path.delimiter}${process.env.PATH}` },
    ...overrides,
  };
}

describe("a training run", () => {
  it("samples the GPUs with nvidia-smi while the command runs and accounts for them", async () => {
    const lines: string[] = [];
    const asked = request({ command: "sleep 1.5 && node train.mjs", pricePerGpuHour: 2.5 });
    const outcome = await trainModel(asked, { log: (line) => lines.push(line), progressEveryMs: 400 });

    expect(outcome.succeeded).toBe(true);
    const { record } = outcome;
    expect(runRecord.parse(JSON.parse(fs.readFileSync(outcome.recordPath, "utf8")))).toEqual(record);
    const hours = record.run.durationSeconds / 3600;
    expect(record.run.durationSeconds).toBeGreaterThan(1.5);
    expect(record.environment.gpus.map((gpu) => [gpu.name, gpu.cuda])).toEqual([
      ["NVIDIA A100-SXM4-80GB", "12.2"],
      ["NVIDIA A100-SXM4-80GB", "12.2"],
    ]);
    expect(record.resources.gpuCount).toBe(2);
    expect(record.resources.gpuHours).toBeCloseTo(2 * hours, 5);
    // The fake GPUs draw a constant 300 W and 100 W, so the energy is 400 W × the run's time.
    expect(record.resources.energyKWh).toBeCloseTo((400 * record.run.durationSeconds) / 3_600_000, 5);
    expect(record.resources.cost).toEqual({
      currency: "USD",
      amount: Math.round(2 * hours * 2.5 * 1e4) / 1e4,
      pricePerGpuHour: 2.5,
    });
    expect(record.resources.telemetry).toMatchObject({
      intervalSeconds: 0.2,
      utilizationPercent: { mean: 87, max: 87 },
      memoryUsedMiB: { max: 40213 },
      powerWatts: { mean: 200, max: 300 },
    });
    expect(record.resources.telemetry?.samples).toBeGreaterThanOrEqual(3);
    expect(lines).toContain("GPUs: NVIDIA A100-SXM4-80GB × 2 (driver 535.129.03, CUDA 12.2)");
    expect(lines).toContain("training churn: 0 min, GPU util 87%, 400 W");
    expect(lines).toContain("epoch 5/5 loss=0.5326");
  });

  it("records metrics, history, params, slices, model files and data with digests", async () => {
    const asked = request();
    const outcome = await trainModel(asked, { log: () => {} });
    const { record } = outcome;

    expect(record).toMatchObject({
      schemaVersion: 1,
      model: "churn",
      command: "node train.mjs",
      exitCode: 0,
      run: { id: 42, attempt: 1, workflow: "ml-ci", job: "train" },
      git: { pullRequest: 7 },
      params: { "train.epochs": 5, "train.learning_rate": 0.5, "model.features.0": "tenure" },
      metrics: { "train.accuracy": 0.81, epochs: 5 },
    });
    expect(record.metrics["train.loss"]).toBeCloseTo(0.5326, 4);
    expect(record.history.map((point) => point.step)).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(record.slices).sort()).toEqual(["country=DE", "country=FR", "country=US"]);
    expect(record.artifacts.map((file) => file.path)).toEqual([
      "ml/model/weights.bin",
      "ml/model/weights.json",
    ]);
    expect(record.artifacts[0]).toMatchObject({ size: 24, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(record.data.map((file) => file.path)).toEqual(["ml/data/train.csv"]);
    expect(outcome.uploads).toEqual([
      { source: path.join(asked.workspace, "ml/model/weights.bin"), path: "ml/model/weights.bin" },
      { source: path.join(asked.workspace, "ml/model/weights.json"), path: "ml/model/weights.json" },
      { source: outcome.recordPath, path: "run-record.json" },
    ]);
  });

  it("works on a runner without a GPU, and says so", async () => {
    const lines: string[] = [];
    const outcome = await trainModel(request({ env: { ...process.env, PATH: barePath() } }), {
      log: (line) => lines.push(line),
    });

    expect(outcome.succeeded).toBe(true);
    expect(outcome.record.environment.gpus).toEqual([]);
    expect(outcome.record.resources).toEqual({ gpuCount: 0, gpuHours: 0, energyKWh: 0 });
    expect(outcome.gpuAbsence).toBe("no GPU on this runner (nvidia-smi is not on PATH)");
    expect(outcome.notes).toEqual([]);
    expect(lines[0]).toBe("no GPU on this runner (nvidia-smi is not on PATH)");
  });

  it("takes a failing nvidia-smi for no GPU", async () => {
    const bin = barePath();
    fs.writeFileSync(
      path.join(bin, "nvidia-smi"),
      '#!/bin/sh\necho "NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver."\nexit 9\n',
      { mode: 0o755 },
    );
    const outcome = await trainModel(request({ env: { ...process.env, PATH: bin } }), { log: () => {} });
    expect(outcome.record.resources.gpuCount).toBe(0);
    expect(outcome.gpuAbsence).toEqual(
      "no GPU on this runner (nvidia-smi failed: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.)",
    );
  });

  it("records a failed command's exit code and cost, and nothing to upload", async () => {
    const outcome = await trainModel(request({ command: "node train.mjs --fail" }), { log: () => {} });

    expect(outcome.succeeded).toBe(false);
    expect(outcome.record.exitCode).toBe(3);
    expect(outcome.record.resources.gpuCount).toBe(2);
    expect(outcome.record.metrics).toEqual({});
    expect(outcome.record.artifacts).toEqual([]);
    expect(outcome.uploads).toEqual([]);
    expect(outcome.tail.slice(-2)).toEqual([
      "Traceback (most recent call last):",
      "  RuntimeError: CUDA out of memory (pretend)",
    ]);
    expect(fs.existsSync(outcome.recordPath)).toBe(true);
  });

  it("stops a command that runs past its timeout", async () => {
    const outcome = await trainModel(request({ command: "sleep 30", timeoutMinutes: 0.01 }), {
      log: () => {},
    });
    expect(outcome).toMatchObject({ succeeded: false, timedOut: true, record: { exitCode: 143 } });
  });

  it("fails on a bad metrics file, naming it by its workspace path and the key", async () => {
    const error = await trainModel(request({ command: "node train.mjs --bad-metrics" }), {
      log: () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      'ml/metrics.json:4 train.accuracy: expected a number, got "high"',
    );
  });
});
