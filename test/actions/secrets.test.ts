import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import { afterAll, describe, expect, it } from "vitest";
import { compareRuns, serializeComparison } from "../../lib/evaluate/compare.ts";
import { runRecord } from "../../lib/runs/run-record.ts";
import { runAction } from "../../sandbox/runner.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * Secrets stay out of what GitHub shows: the train and report bundles run as processes, with a
 * token in the step's environment that the training command prints, fails with, and spells out in
 * its own command line, and a params file holding an API key. The runner's log (masked as the
 * runner masks it, see sandbox/runner.ts) shows `***`; the job summary, the annotations, the run
 * record (which goes into artifacts and Releases) and the pull request comment do not hold it.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-secrets-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const HF_TOKEN = "hf_Zq8sV2xLm4Tn7Rb1Wc9Yd3Kp";
const API_KEY = "wandb-k3y-8f1e2d7c6b5a";
const PROJECT = path.resolve(import.meta.dirname, "../fixtures/train/project");

function bash(): string {
  const bin = fs.mkdtempSync(path.join(scratch, "bin-"));
  fs.symlinkSync(process.execPath, path.join(bin, "node"));
  fs.symlinkSync(
    ["/bin/bash", "/usr/bin/bash"].find((b) => fs.existsSync(b)) as string,
    path.join(bin, "bash"),
  );
  return bin;
}

async function train(command: string) {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn");
  const root = fs.mkdtempSync(path.join(scratch, "job-"));
  const workspace = path.join(root, "workspace");
  fs.cpSync(PROJECT, path.join(workspace, "ml"), { recursive: true });
  fs.appendFileSync(
    path.join(workspace, "ml", "params.yaml"),
    `wandb:\n  api_key: ${API_KEY}\n  entity: acme\n`,
  );
  const result = await runAction({
    action: "actions/train",
    workspace,
    runnerTemp: path.join(root, "runner-temp"),
    inputs: {
      command,
      model: "churn",
      "working-directory": "ml",
      metrics: "metrics.json",
      params: "params.yaml",
      artifacts: "model/",
    },
    github: {
      apiUrl: sandbox.url,
      token: sandbox.world.issueToken("acme", { kind: "actions", permissions: { contents: "read" } }),
      repository: "acme/churn",
      sha: "a".repeat(40),
      ref: "refs/heads/main",
    },
    env: { HF_TOKEN, PATH: bash() },
    timeoutMs: 90_000,
  });
  const record = fs.readFileSync(
    path.join(root, "runner-temp", "trainyard", "churn", "run-record.json"),
    "utf8",
  );
  return { result, record };
}

describe("secrets in the train action", () => {
  it("a token the command prints and fails with shows as *** in the log, summary and annotations", async () => {
    // As a workflow's `${{ secrets.HF_TOKEN }}` would spell it out in the command input.
    const { result, record } = await train(
      `echo "logging in with $HF_TOKEN"; echo "HTTP 401: token ${HF_TOKEN} was refused" >&2; exit 3`,
    );

    expect(result.exitCode).toBe(1);
    // The command did print it: the raw output holds it, and the runner was told to mask it.
    expect(result.stdout).toContain(HF_TOKEN);
    expect(result.masks).toContain(HF_TOKEN);
    expect(result.log).toContain("logging in with ***");
    expect(result.log).toContain("HTTP 401: token *** was refused");
    expect(result.log).not.toContain(HF_TOKEN);
    expect(result.summary).toContain("HTTP 401: token *** was refused");
    expect(result.summary).not.toContain(HF_TOKEN);
    expect(JSON.stringify(result.annotations)).not.toContain(HF_TOKEN);
    expect(record).not.toContain(HF_TOKEN);
    expect(runRecord.parse(JSON.parse(record)).command).toBe(
      'echo "logging in with $HF_TOKEN"; echo "HTTP 401: token *** was refused" >&2; exit 3',
    );
  });

  it("a param with a secret's name is recorded as ***, whatever the environment holds", async () => {
    const { result, record } = await train(`node train.mjs && echo "uploaded with ${HF_TOKEN}"`);

    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.log).toContain("uploaded with ***");
    const params = runRecord.parse(JSON.parse(record)).params;
    expect(params).toMatchObject({ "wandb.api_key": "***", "wandb.entity": "acme", "train.epochs": 5 });
    for (const text of [record, result.summary, result.log, JSON.stringify(result.outputs)]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(HF_TOKEN);
    }
  });
});

describe("secrets in the report action", () => {
  it("never reach the pull request comment, the check run or the summary", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    world.createRepo("acme/churn", { collaborators: { alice: "write" } });
    const headSha = world.push("acme/churn", "retrain", { "data.csv": "x\n1\n" });
    const alice = clientFor(sandbox, world.issueToken("alice"));
    const { data: pull } = await alice.rest.pulls.create({
      owner: "acme",
      repo: "churn",
      head: "retrain",
      base: "main",
      title: "Retrain",
    });

    // What the job's earlier steps left: a comparison, and a record (written by anything: an older
    // train action, a script) whose params hold the token the step's environment marks secret.
    const runnerTemp = fs.mkdtempSync(path.join(scratch, "runner-"));
    const dir = path.join(runnerTemp, "trainyard", "churn");
    fs.mkdirSync(dir, { recursive: true });
    const comparison = compareRuns({
      candidate: { metrics: { accuracy: 0.95 } },
      baseline: { label: "production v3", metrics: { accuracy: 0.9 } },
      gates: { accuracy: { min: 0.8 } },
    });
    fs.writeFileSync(path.join(dir, "comparison.json"), serializeComparison(comparison));
    const record = JSON.parse(fs.readFileSync("test/fixtures/reports/candidate-run.json", "utf8"));
    record.params.hub_url = `https://user:${HF_TOKEN}@huggingface.example/acme`;
    fs.writeFileSync(path.join(dir, "run-record.json"), JSON.stringify(record));

    const payload = structuredClone(
      (examples as Array<{ name: string; examples: Array<Record<string, unknown>> }>)
        .find((e) => e.name === "pull_request")
        ?.examples.find((e) => e.action === "opened"),
    ) as {
      number: number;
      pull_request: {
        number: number;
        head: { sha: string; repo: { full_name: string } };
        base: { repo: { full_name: string } };
      };
    };
    payload.number = pull.number;
    payload.pull_request.number = pull.number;
    payload.pull_request.head.sha = headSha;
    payload.pull_request.base.repo.full_name = "acme/churn";
    payload.pull_request.head.repo.full_name = "acme/churn";
    const token = world.issueToken("acme", {
      kind: "actions",
      permissions: { pull_requests: "write", issues: "write", checks: "write", contents: "read" },
    });
    const result = await runAction({
      action: "actions/report",
      runnerTemp,
      env: { HF_TOKEN },
      event: { name: "pull_request", payload: payload as unknown as Record<string, unknown> },
      inputs: { model: "churn" },
      github: {
        apiUrl: sandbox.url,
        token,
        repository: "acme/churn",
        sha: headSha,
        ref: `refs/pull/${pull.number}/merge`,
        serverUrl: "https://github.com",
      },
      timeoutMs: 60_000,
    });

    expect(result.exitCode, result.stdout).toBe(0);
    // The github-token input is masked by its name, the variable by its name.
    expect(result.masks).toEqual(expect.arrayContaining([token, HF_TOKEN]));
    const github = clientFor(sandbox, world.issueToken("acme"));
    const comments = await github.rest.issues.listComments({
      owner: "acme",
      repo: "churn",
      issue_number: pull.number,
    });
    const body = comments.data[0]?.body ?? "";
    expect(body).toContain("hub_url");
    expect(body).toContain("https://user:***@huggingface.");
    const { data: checks } = await github.rest.checks.listForRef({
      owner: "acme",
      repo: "churn",
      ref: headSha,
    });
    for (const text of [body, JSON.stringify(checks), result.summary, result.log]) {
      expect(text).not.toContain(HF_TOKEN);
      expect(text).not.toContain(token);
    }
  });
});
