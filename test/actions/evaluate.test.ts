import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseComparison } from "../../lib/evaluate/compare.ts";
import { type VersionMetadata, versionMetadata } from "../../lib/registry/version-metadata.ts";
import { runRecord } from "../../lib/runs/run-record.ts";
import { completeWorkflowRun, runnerEnvFor, startWorkflowRun } from "../../sandbox/routes/actions.ts";
import { runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * evaluate as GitHub runs it: the train action trains the example model on main (the base) and
 * on a pull request (the candidate), as real processes against the sandbox; then evaluate's
 * committed bundle finds the baseline and judges the candidate.
 */
const PROJECT = "test/fixtures/train/project";
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-evaluate-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const CONFIG = `models:
  churn:
    gates:
      train.accuracy: { min: 0.5, max_drop: 0.01 }
      train.loss: { max_rise: "5%" }
`;

/** Champion/challenger: the team's script scores both models on the same data. */
const SCORED_CONFIG = `models:
  churn:
    gates:
      accuracy: { min: 0.5, max_drop: 0.01 }
    evaluate:
      command: node ml/evaluate.mjs
`;

interface Job {
  runId: number;
  workspace: string;
  runnerTemp: string;
  env: Record<string, string>;
}

async function trainJob(sandbox: Sandbox, branch: string, epochs: number, config = CONFIG): Promise<Job> {
  const { world } = sandbox;
  world.push("acme/churn", branch, { ".github/trainyard.yml": config });
  const run = startWorkflowRun(world, {
    repo: "acme/churn",
    workflowPath: ".github/workflows/ml-ci.yml",
    headBranch: branch,
    event: branch === "main" ? "push" : "pull_request",
  });
  const root = fs.mkdtempSync(path.join(scratch, "job-"));
  const workspace = path.join(root, "workspace");
  fs.cpSync(PROJECT, path.join(workspace, "ml"), { recursive: true });
  fs.mkdirSync(path.join(workspace, ".github"));
  fs.writeFileSync(path.join(workspace, ".github", "trainyard.yml"), config);
  fs.writeFileSync(
    path.join(workspace, "ml", "params.yaml"),
    `train:\n  epochs: ${epochs}\n  learning_rate: 0.5\n`,
  );
  const env = runnerEnvFor(world, "acme/churn", run.id, { resultsUrl: sandbox.url, job: "ml" });
  const job = { runId: run.id, workspace, runnerTemp: path.join(root, "runner-temp"), env };
  const trained = await runAction({
    action: "actions/train",
    workspace,
    runnerTemp: job.runnerTemp,
    env,
    inputs: {
      command: "node train.mjs",
      model: "churn",
      "working-directory": "ml",
      metrics: "metrics.json",
      slices: "slices.json",
      artifacts: "model/",
    },
    github: {
      apiUrl: sandbox.url,
      token: world.issueToken("acme", { kind: "actions" }),
      repository: "acme/churn",
      sha: run.headSha,
      ref: `refs/heads/${branch}`,
      serverUrl: "https://github.com",
      runId: run.id,
    },
    timeoutMs: 60_000,
  });
  expect(trained.exitCode, trained.stdout).toBe(0);
  completeWorkflowRun(world, "acme/churn", run.id, "success");
  return job;
}

async function evaluate(sandbox: Sandbox, job: Job, inputs: Record<string, string> = {}) {
  const token = sandbox.world.issueToken("acme", {
    kind: "actions",
    permissions: { contents: "read", actions: "read" },
  });
  const result = await runAction({
    action: "actions/evaluate",
    workspace: job.workspace,
    runnerTemp: job.runnerTemp,
    env: job.env,
    inputs: { model: "churn", "base-branch": "main", ...inputs },
    github: {
      apiUrl: sandbox.url,
      token,
      repository: "acme/churn",
      sha: "0".repeat(40),
      ref: "refs/pull/1/merge",
      serverUrl: "https://github.com",
      runId: job.runId,
    },
    timeoutMs: 60_000,
  });
  const comparison = result.outputs.comparison
    ? parseComparison(fs.readFileSync(result.outputs.comparison, "utf8"), "comparison.json")
    : undefined;
  return { result, comparison };
}

/** What register will do: a Release churn-v<N> with the model files and trainyard.json. */
async function release(
  sandbox: Sandbox,
  job: Job,
  version: number,
  tamper = false,
): Promise<VersionMetadata> {
  const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
  const record = runRecord.parse(
    JSON.parse(fs.readFileSync(path.join(job.runnerTemp, "trainyard", "churn", "run-record.json"), "utf8")),
  );
  const tag = `churn-v${version}`;
  const { data: created } = await github.rest.repos.createRelease({
    owner: "acme",
    repo: "churn",
    tag_name: tag,
  });
  const assets = record.artifacts.map((a) => ({ ...a, name: path.basename(a.path) }));
  for (const asset of assets) {
    const bytes = fs.readFileSync(path.join(job.workspace, asset.path));
    if (tamper && asset.name === "weights.json") bytes[bytes.length - 2] = 0x20;
    await github.rest.repos.uploadReleaseAsset({
      owner: "acme",
      repo: "churn",
      release_id: created.id,
      name: asset.name,
      data: bytes as unknown as string,
      baseUrl: sandbox.world.urls.uploads,
    });
  }
  const metadata = versionMetadata.parse({
    schemaVersion: 1,
    model: "churn",
    version,
    tag,
    registeredAt: new Date().toISOString(),
    assets,
    record,
  });
  await github.rest.repos.uploadReleaseAsset({
    owner: "acme",
    repo: "churn",
    release_id: created.id,
    name: "trainyard.json",
    data: JSON.stringify(metadata),
    baseUrl: sandbox.world.urls.uploads,
  });
  sandbox.world.push("acme/churn", "main", {
    ".trainyard/deployments.yml": `churn:\n  production: v${version}\n`,
  });
  return metadata;
}

describe("evaluate action", () => {
  it("judges a first model on absolute gates only", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const candidate = await trainJob(sandbox, "retrain", 30);
    const { result, comparison } = await evaluate(sandbox, candidate);

    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ passed: "true", verdict: "no-baseline", baseline: "" });
    expect(
      comparison?.metrics.find((m) => m.metric === "train.accuracy")?.gates.map((g) => g.outcome),
    ).toEqual(["passed", "skipped"]);
    expect(result.summary).toContain("⚠️ `churn`: no baseline yet");
  });

  it("compares with the base branch's latest training run, and fails a candidate whose loss rose", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    await trainJob(sandbox, "main", 60);
    const candidate = await trainJob(sandbox, "retrain", 1);
    const { result, comparison } = await evaluate(sandbox, candidate);

    const head = sandbox.world.repo("acme/churn").refs["refs/heads/main"] as string;
    expect(result.outputs.baseline).toMatch(new RegExp(`^main@${head.slice(0, 7)}|^main@[0-9a-f]{7}$`));
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: "false", verdict: "failed" });
    // One epoch instead of sixty leaves the loss 42% higher: the max_rise gate catches it.
    const loss = comparison?.metrics.find((m) => m.metric === "train.loss");
    expect(loss?.change).toBe("worse");
    expect(comparison?.failures).toEqual([
      expect.stringMatching(/^train\.loss rose 4\d(\.\d)?%, more than max_rise 5%$/),
    ]);
    expect(result.annotations.filter((a) => a.level === "error").map((a) => a.message)).toEqual(
      comparison?.failures,
    );
    expect(result.summary).toContain("❌ `churn`: gate failed");
  });

  it("compares with the version in production, found through deployments.yml and its Release", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const base = await trainJob(sandbox, "main", 60);
    await release(sandbox, base, 1);
    const candidate = await trainJob(sandbox, "retrain", 60);
    const { result, comparison } = await evaluate(sandbox, candidate);

    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ passed: "true", verdict: "ready", baseline: "production v1" });
    expect(comparison?.metrics.find((m) => m.metric === "train.accuracy")?.change).toBe("same");
    expect(result.summary).toContain("✅ `churn`: ready to promote, better or level with production v1");
  });

  it("scores production and candidate on the same data with the team's script, with significance", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const base = await trainJob(sandbox, "main", 60, SCORED_CONFIG);
    await release(sandbox, base, 1);
    const candidate = await trainJob(sandbox, "retrain", 2, SCORED_CONFIG);
    const { result, comparison } = await evaluate(sandbox, candidate, { "fail-on": "never" });

    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.log).toContain("production: accuracy");
    expect(result.log).toContain("candidate: accuracy");
    const accuracy = comparison?.metrics.find((m) => m.metric === "accuracy");
    expect(accuracy?.significance?.mcnemar?.method).toMatch(/exact-binomial|chi-squared-corrected/);
    expect(accuracy?.significance?.bootstrap.examples).toBe(200);
    expect(result.summary).toMatch(/McNemar p = /);
  });

  it("refuses a production model whose Release asset does not match its recorded digest", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const base = await trainJob(sandbox, "main", 10, SCORED_CONFIG);
    const metadata = await release(sandbox, base, 1, true);
    const candidate = await trainJob(sandbox, "retrain", 10, SCORED_CONFIG);
    const { result } = await evaluate(sandbox, candidate);

    expect(result.exitCode).toBe(1);
    const asset = metadata.assets.find((a) => a.name === "weights.json");
    expect(result.annotations.find((a) => a.level === "error")?.message).toContain(
      "does not match its recorded digest",
    );
    expect(result.annotations.find((a) => a.level === "error")?.message).toContain(
      `expected ${asset?.sha256}`,
    );
  });
});
