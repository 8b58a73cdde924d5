import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import { afterAll, describe, expect, it } from "vitest";
import { compareRuns, serializeComparison } from "../../lib/evaluate/compare.ts";
import { versionMetadata } from "../../lib/registry/version-metadata.ts";
import { type RunRecord, runRecord } from "../../lib/runs/run-record.ts";
import { runnerEnvFor, startWorkflowRun } from "../../sandbox/routes/actions.ts";
import { runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * report as GitHub runs it: the committed bundle, as a process, on real webhook payloads (from
 * @octokit/webhooks-examples, pointed at the sandbox's repository), against the sandbox.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-report-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function example(event: string, action: string): Record<string, unknown> {
  const found = (examples as Array<{ name: string; examples: Array<Record<string, unknown>> }>)
    .find((e) => e.name === event)
    ?.examples.find((e) => e.action === action);
  return structuredClone(found) as Record<string, unknown>;
}

interface Setup {
  sandbox: Sandbox;
  pullNumber: number;
  headSha: string;
}

async function pullRequest(fromFork = false): Promise<Setup> {
  const sandbox = await useSandbox();
  const { world } = sandbox;
  world.createRepo("acme/churn", { collaborators: { alice: "write" } });
  const headSha = world.push("acme/churn", "retrain", { "data.csv": "x\n1\n" });
  const alice = clientFor(sandbox, world.issueToken("alice"));
  const { data } = await alice.rest.pulls.create({
    owner: "acme",
    repo: "churn",
    head: "retrain",
    base: "main",
    title: fromFork ? "From a fork" : "Retrain",
  });
  return { sandbox, pullNumber: data.number, headSha };
}

/** A runner temp folder holding what evaluate (and validate-data) left for report. */
function jobFiles(accuracy: number): string {
  const runnerTemp = fs.mkdtempSync(path.join(scratch, "runner-"));
  fs.mkdirSync(path.join(runnerTemp, "trainyard", "churn"), { recursive: true });
  const comparison = compareRuns({
    candidate: { metrics: { accuracy } },
    baseline: { label: "production v3", metrics: { accuracy: 0.9 } },
    gates: { accuracy: { min: 0.8, max_drop: 0.01 } },
  });
  fs.writeFileSync(
    path.join(runnerTemp, "trainyard", "churn", "comparison.json"),
    serializeComparison(comparison),
  );
  return runnerTemp;
}

async function report(
  setup: Setup,
  runnerTemp: string,
  event: { name: string; payload: Record<string, unknown> },
  extraEnv: Record<string, string> = {},
) {
  const token = setup.sandbox.world.issueToken("acme", {
    kind: "actions",
    permissions: {
      pull_requests: "write",
      issues: "write",
      checks: "write",
      actions: "read",
      contents: "read",
    },
  });
  return runAction({
    action: "actions/report",
    runnerTemp,
    env: extraEnv,
    event,
    inputs: { model: "churn" },
    github: {
      apiUrl: setup.sandbox.url,
      token,
      repository: "acme/churn",
      sha: setup.headSha,
      ref: `refs/pull/${setup.pullNumber}/merge`,
      serverUrl: "https://github.com",
    },
    timeoutMs: 60_000,
  });
}

function prEvent(setup: Setup, fromFork = false) {
  const payload = example("pull_request", "opened") as {
    number: number;
    pull_request: Record<string, unknown> & {
      head: { sha: string; repo: { full_name: string } };
      base: { repo: { full_name: string } };
      number: number;
    };
  };
  payload.number = setup.pullNumber;
  payload.pull_request.number = setup.pullNumber;
  payload.pull_request.head.sha = setup.headSha;
  payload.pull_request.base.repo.full_name = "acme/churn";
  payload.pull_request.head.repo.full_name = fromFork ? "contributor/churn" : "acme/churn";
  return { name: "pull_request", payload: payload as unknown as Record<string, unknown> };
}

async function comments(setup: Setup) {
  const github = clientFor(setup.sandbox, setup.sandbox.world.issueToken("acme"));
  return github.paginate(github.rest.issues.listComments, {
    owner: "acme",
    repo: "churn",
    issue_number: setup.pullNumber,
    per_page: 100,
  });
}

describe("report action", () => {
  it("comments the report on the pull request and completes the check run that gates can block on", async () => {
    const setup = await pullRequest();
    const first = await report(setup, jobFiles(0.95), prEvent(setup));

    expect(first.exitCode, first.stdout).toBe(0);
    const [comment] = await comments(setup);
    expect(comment?.body).toContain("<!-- trainyard:report:churn -->");
    expect(comment?.body).toContain("✅ `churn`: ready to promote");
    expect(comment?.body).toContain(`Last updated for \`${setup.headSha.slice(0, 7)}\``);
    expect(first.outputs).toMatchObject({ verdict: "ready", "comment-url": comment?.html_url });
    const github = clientFor(setup.sandbox, setup.sandbox.world.issueToken("acme"));
    const { data: checks } = await github.rest.checks.listForRef({
      owner: "acme",
      repo: "churn",
      ref: setup.headSha,
    });
    expect(checks.check_runs.map((c) => [c.name, c.conclusion])).toEqual([["trainyard / churn", "success"]]);
    expect(first.summary).toContain("✅ `churn`: ready to promote");

    // The next push's run: the same comment, edited; the same check run, now failing.
    const second = await report(setup, jobFiles(0.7), prEvent(setup));
    const after = await comments(setup);
    expect(after.map((c) => c.id)).toEqual([comment?.id]);
    expect(after[0]?.body).toContain("❌ `churn`: gate failed");
    const { data: rechecked } = await github.rest.checks.listForRef({
      owner: "acme",
      repo: "churn",
      ref: setup.headSha,
    });
    expect(rechecked.check_runs.map((c) => [c.name, c.conclusion])).toEqual([
      ["trainyard / churn", "failure"],
    ]);
    expect(second.exitCode).toBe(0);
  });

  it("leaves one comment when five runs report at once", async () => {
    const setup = await pullRequest();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => report(setup, jobFiles(0.95), prEvent(setup))),
    );
    expect(results.map((r) => r.exitCode)).toEqual([0, 0, 0, 0, 0]);
    expect((await comments(setup)).filter((c) => c.body?.includes("trainyard:report:churn"))).toHaveLength(1);
  });

  it("on a fork's pull request uploads the report for the workflow_run workflow, which comments it", async () => {
    const setup = await pullRequest(true);
    const forkRun = startWorkflowRun(setup.sandbox.world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/ml-ci.yml",
      event: "pull_request",
      headBranch: "retrain",
      headSha: setup.headSha,
    });
    const runtime = runnerEnvFor(setup.sandbox.world, "acme/churn", forkRun.id, {
      resultsUrl: setup.sandbox.url,
    });
    const forked = await report(setup, jobFiles(0.95), prEvent(setup, true), runtime);

    expect(forked.exitCode, forked.stdout).toBe(0);
    expect(forked.log).toContain("comes from a fork");
    expect(await comments(setup)).toEqual([]);

    const payload = example("workflow_run", "completed") as {
      workflow_run: Record<string, unknown> & { head_repository: { owner: { login: string } } };
    };
    Object.assign(payload.workflow_run, {
      id: forkRun.id,
      head_sha: setup.headSha,
      head_branch: "retrain",
      pull_requests: [],
    });
    payload.workflow_run.head_repository.owner.login = "acme";
    const commentRun = startWorkflowRun(setup.sandbox.world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/ml-report-fork.yml",
      event: "workflow_run",
    });
    const commenting = await report(
      setup,
      fs.mkdtempSync(path.join(scratch, "runner-")),
      { name: "workflow_run", payload },
      runnerEnvFor(setup.sandbox.world, "acme/churn", commentRun.id, { resultsUrl: setup.sandbox.url }),
    );

    expect(commenting.exitCode, commenting.stdout).toBe(0);
    const posted = await comments(setup);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body).toContain("ready to promote");
  });

  it("writes only the job summary for an event without a pull request", async () => {
    const setup = await pullRequest();
    const pushed = await report(setup, jobFiles(0.95), {
      name: "push",
      payload: example("push", undefined as unknown as string) ?? {},
    });
    expect(pushed.exitCode, pushed.stdout).toBe(0);
    expect(pushed.summary).toContain("ready to promote");
    expect(await comments(setup)).toEqual([]);
  });

  it("charts the training history against the baseline's and the metric across registered versions", async () => {
    const setup = await pullRequest();
    const github = clientFor(setup.sandbox, setup.sandbox.world.issueToken("acme"));
    for (const [version, accuracy] of [
      [1, 0.86],
      [2, 0.9],
    ] as const) {
      const { data: release } = await github.rest.repos.createRelease({
        owner: "acme",
        repo: "churn",
        tag_name: `churn-v${version}`,
      });
      const metadata = versionMetadata.parse({
        schemaVersion: 1,
        model: "churn",
        version,
        tag: `churn-v${version}`,
        registeredAt: "2026-11-01T00:00:00Z",
        assets: [],
        record: record({ accuracy }, []),
      });
      await github.rest.repos.uploadReleaseAsset({
        owner: "acme",
        repo: "churn",
        release_id: release.id,
        name: "trainyard.json",
        data: JSON.stringify(metadata),
        baseUrl: setup.sandbox.world.urls.uploads,
      });
    }
    const runnerTemp = jobFiles(0.95);
    const steps = (slope: number) =>
      Array.from({ length: 5 }, (_, i) => ({ step: i + 1, loss: 1 - slope * i }));
    fs.writeFileSync(
      path.join(runnerTemp, "trainyard", "churn", "run-record.json"),
      JSON.stringify(record({ accuracy: 0.95 }, steps(0.15))),
    );
    fs.writeFileSync(
      path.join(runnerTemp, "trainyard", "churn", "baseline-history.json"),
      JSON.stringify({ label: "production v3", history: steps(0.1) }),
    );

    const result = await report(setup, runnerTemp, prEvent(setup));

    expect(result.exitCode, result.stdout).toBe(0);
    const [comment] = await comments(setup);
    const charts = comment?.body?.match(/```mermaid\nxychart-beta/g) ?? [];
    expect(charts).toHaveLength(2);
    expect(comment?.body).toMatch(/v1.*v2/s);
  });
});

/** A run record as train writes it, with the given metrics and loss history. */
function record(metrics: Record<string, number>, history: Array<{ step: number; loss: number }>): RunRecord {
  return runRecord.parse({
    schemaVersion: 1,
    model: "churn",
    run: {
      id: 1,
      attempt: 1,
      url: "https://github.com/acme/churn/actions/runs/1",
      workflow: "ml-ci",
      job: "ml",
      event: "pull_request",
      actor: "alice",
      startedAt: "2026-11-01T00:00:00Z",
      finishedAt: "2026-11-01T00:10:00Z",
      durationSeconds: 600,
    },
    git: { repository: "acme/churn", commit: "0".repeat(40), ref: "refs/heads/retrain" },
    command: "python train.py",
    exitCode: 0,
    params: {},
    metrics,
    history,
    artifacts: [],
    environment: { runner: { os: "Linux", arch: "X64", name: "gpu-1" }, gpus: [] },
    resources: { gpuCount: 0, gpuHours: 0, energyKWh: 0 },
  });
}
