import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import { afterAll, describe, expect, it } from "vitest";
import { type RunRecord, runRecord } from "../../lib/runs/run-record.ts";
import { parseSweep } from "../../lib/runs/sweep.ts";
import { runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { releaseVersion, versionMetadataFor } from "../helpers/model-versions.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * A hyper-parameter sweep as ml-ci.yml runs it: three training jobs of a matrix left their
 * artifacts (one of them a failed run's record), download-artifact put each in a folder named
 * after it, evaluate's bundle picks the best and judges it against production, and report's
 * bundle comments the sweep on the pull request.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-sweep-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const CONFIG = `models:
  churn:
    gates:
      accuracy: { min: 0.8, max_drop: 0.01 }
`;
const RUN_URL = "https://github.com/acme/churn/actions/runs/7001";
const baseRecord = runRecord.parse(
  JSON.parse(fs.readFileSync("test/fixtures/reports/candidate-run.json", "utf8")),
);

interface Setup {
  sandbox: Sandbox;
  pullNumber: number;
  headSha: string;
}

async function pullRequestWithProduction(): Promise<Setup> {
  const sandbox = await useSandbox();
  const { world } = sandbox;
  world.createRepo("acme/churn", { collaborators: { alice: "write" } });
  world.push("acme/churn", "main", {
    ".github/trainyard.yml": CONFIG,
    ".trainyard/deployments.yml": "churn:\n  production: v3\n",
  });
  const owner = clientFor(sandbox, world.issueToken("acme"));
  await releaseVersion(
    sandbox,
    owner,
    { owner: "acme", repo: "churn" },
    versionMetadataFor("churn", 3, { metrics: { accuracy: 0.92 } }),
  );
  const headSha = world.push("acme/churn", "sweep", { "params.yaml": "learning_rate: 0.1\n" });
  const alice = clientFor(sandbox, world.issueToken("alice"));
  const { data } = await alice.rest.pulls.create({
    owner: "acme",
    repo: "churn",
    head: "sweep",
    base: "main",
    title: "Sweep the learning rate",
  });
  return { sandbox, pullNumber: data.number, headSha };
}

function sweepRecord(learningRate: number, accuracy: number | undefined): RunRecord {
  return {
    ...baseRecord,
    run: { ...baseRecord.run, url: RUN_URL, durationSeconds: 300 },
    exitCode: accuracy === undefined ? 1 : 0,
    params: { learning_rate: learningRate },
    metrics: accuracy === undefined ? {} : { accuracy, "val.loss": 0.3 },
    slices: {},
    history: [],
  };
}

/** The job's workspace after checkout and download-artifact (pattern: trainyard-churn-sweep-*). */
function sweepJob(accuracies: Array<number | undefined>): { workspace: string; runnerTemp: string } {
  const root = fs.mkdtempSync(path.join(scratch, "job-"));
  const workspace = path.join(root, "workspace");
  fs.mkdirSync(path.join(workspace, ".github"), { recursive: true });
  fs.writeFileSync(path.join(workspace, ".github", "trainyard.yml"), CONFIG);
  accuracies.forEach((accuracy, index) => {
    const dir = path.join(workspace, "sweep", `trainyard-churn-sweep-${index}`);
    fs.mkdirSync(dir, { recursive: true });
    const record = sweepRecord([0.05, 0.1, 0.2][index] as number, accuracy);
    fs.writeFileSync(path.join(dir, "run-record.json"), JSON.stringify(record));
  });
  return { workspace, runnerTemp: path.join(root, "runner-temp") };
}

function prEvent(setup: Setup) {
  const found = (examples as Array<{ name: string; examples: Array<Record<string, unknown>> }>)
    .find((e) => e.name === "pull_request")
    ?.examples.find((e) => e.action === "opened");
  const payload = structuredClone(found) as {
    number: number;
    pull_request: {
      number: number;
      head: { sha: string; repo: { full_name: string } };
      base: { ref: string; repo: { full_name: string } };
    };
  };
  payload.number = setup.pullNumber;
  payload.pull_request.number = setup.pullNumber;
  payload.pull_request.head.sha = setup.headSha;
  payload.pull_request.head.repo.full_name = "acme/churn";
  payload.pull_request.base.repo.full_name = "acme/churn";
  payload.pull_request.base.ref = "main";
  return { name: "pull_request", payload: payload as unknown as Record<string, unknown> };
}

/** evaluate, then report, in one job, as the template's evaluate and report steps run. */
async function evaluateAndReport(setup: Setup, accuracies: Array<number | undefined>) {
  const { world } = setup.sandbox;
  const job = sweepJob(accuracies);
  const github = (token: string) => ({
    apiUrl: setup.sandbox.url,
    token,
    repository: "acme/churn",
    sha: setup.headSha,
    ref: `refs/pull/${setup.pullNumber}/merge`,
    serverUrl: "https://github.com",
  });
  const evaluated = await runAction({
    action: "actions/evaluate",
    ...job,
    event: prEvent(setup),
    inputs: { model: "churn", sweep: "sweep/*/run-record.json", "sweep-size": "3" },
    github: github(
      world.issueToken("acme", { kind: "actions", permissions: { contents: "read", actions: "read" } }),
    ),
    timeoutMs: 60_000,
  });
  const reported = await runAction({
    action: "actions/report",
    ...job,
    event: prEvent(setup),
    inputs: { model: "churn", record: evaluated.outputs.record ?? "" },
    github: github(
      world.issueToken("acme", {
        kind: "actions",
        permissions: { pull_requests: "write", issues: "write", checks: "write", contents: "read" },
      }),
    ),
    timeoutMs: 60_000,
  });
  return { evaluated, reported, job };
}

async function reportComments(setup: Setup) {
  const github = clientFor(setup.sandbox, setup.sandbox.world.issueToken("acme"));
  const all = await github.paginate(github.rest.issues.listComments, {
    owner: "acme",
    repo: "churn",
    issue_number: setup.pullNumber,
    per_page: 100,
  });
  return all.filter((comment) => comment.body?.includes("<!-- trainyard:report:churn -->"));
}

describe("a hyper-parameter sweep through evaluate and report", () => {
  it("picks the best run, compares it with production, and names every run in the one sticky comment", async () => {
    const setup = await pullRequestWithProduction();
    const first = await evaluateAndReport(setup, [0.91, 0.95, undefined]);

    expect(first.evaluated.exitCode, first.evaluated.stdout).toBe(0);
    expect(first.evaluated.outputs).toMatchObject({
      "best-run": "trainyard-churn-sweep-1",
      baseline: "production v3",
      verdict: "ready",
      record: path.join(first.job.workspace, "sweep", "trainyard-churn-sweep-1", "run-record.json"),
    });
    const sweep = parseSweep(
      fs.readFileSync(path.join(first.job.runnerTemp, "trainyard", "churn", "sweep.json"), "utf8"),
      "sweep.json",
    );
    expect(sweep.runs.map((run) => [run.name, run.status, run.value])).toEqual([
      ["trainyard-churn-sweep-0", "succeeded", 0.91],
      ["trainyard-churn-sweep-1", "succeeded", 0.95],
      ["trainyard-churn-sweep-2", "failed", undefined],
    ]);
    expect(first.evaluated.summary).toContain("### Sweep of `churn`");

    expect(first.reported.exitCode, first.reported.stdout).toBe(0);
    const [comment, ...more] = await reportComments(setup);
    expect(more).toEqual([]);
    const body = comment?.body ?? "";
    expect(body).toContain(
      "3 runs (1 failed); the best by `accuracy` (higher is better), `trainyard-churn-sweep-1`, is the candidate compared with production v3.",
    );
    expect(body).toContain(
      `| **[trainyard-churn-sweep-1](${RUN_URL})** | 🏆 best | \`learning_rate=0.1\` | 0.95 | 5 min 0 s | $4.21 |`,
    );
    expect(body).toContain(`| [trainyard-churn-sweep-0](${RUN_URL}) | ✅ | \`learning_rate=0.05\` | 0.91 |`);
    expect(body).toContain(
      `| [trainyard-churn-sweep-2](${RUN_URL}) | ❌ failed (exit 1) | \`learning_rate=0.2\` | — |`,
    );
    // The comparison is the best run's against production.
    expect(body).toMatch(/\| `accuracy` \| 0\.92 \| \*\*0\.95\*\* \|/);
    expect(first.reported.summary).toContain("#### Sweep");

    // The next push's sweep: the same comment, updated, now with another best.
    const second = await evaluateAndReport(setup, [0.97, 0.95, 0.9]);
    expect(second.reported.exitCode, second.reported.stdout).toBe(0);
    const after = await reportComments(setup);
    expect(after.map((c) => c.id)).toEqual([comment?.id]);
    expect(after[0]?.body).toContain(
      "3 runs; the best by `accuracy` (higher is better), `trainyard-churn-sweep-0`",
    );
    expect(after[0]?.body).toMatch(/\| `accuracy` \| 0\.92 \| \*\*0\.97\*\* \|/);
  }, 120_000);

  it("fails the step, naming each run, when no run recorded the metric", async () => {
    const setup = await pullRequestWithProduction();
    const { evaluated } = await evaluateAndReport(setup, [undefined, undefined]);
    expect(evaluated.exitCode).toBe(1);
    expect(evaluated.annotations.find((a) => a.level === "error")?.message).toContain(
      'no run of the sweep recorded the metric "accuracy" and succeeded: trainyard-churn-sweep-0 failed (exit 1); trainyard-churn-sweep-1 failed (exit 1); 1 left no record',
    );
  }, 120_000);
});
