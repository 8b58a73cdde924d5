import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findBotPullRequest } from "../../lib/github/bot-pull-request.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { completeWorkflowRun, runnerEnvFor, startWorkflowRun } from "../../sandbox/routes/actions.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { useBot } from "../helpers/bot.ts";
import { trainPullRequest } from "../helpers/register-world.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * Issue 6's proof, every piece real: pull requests trained by the train action's bundle, approved
 * and merged through the REST API; register's bundle run as the push to main's workflow would; the
 * sandbox delivering `release.published` to the running bot; the bot's promotion pull request
 * approved and merged through the API. What is deployed is what `.trainyard/deployments.yml` on
 * main says.
 */
const PROJECT = "test/fixtures/train/project";
const REPO = "acme/churn";
const repo = { owner: "acme", repo: "churn" };
const BRANCH = "trainyard/promote/churn";
const DEPLOYMENTS_FILE = ".trainyard/deployments.yml";
const DEPLOYMENTS = `# What runs where: changed only by reviewed pull requests.
fraud:
  production: v7 # promoted by hand
`;
const CONFIG = `models:
  churn:
    gates:
      train.accuracy: { min: 0.5 }
    promotion:
      reviewers: [bob]
`;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-e2e-registry-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface World {
  sandbox: Sandbox;
  /** Opens pull requests. */
  dave: GitHubClient;
  /** Owns ml/ in CODEOWNERS: approves the training pull requests. */
  alice: GitHubClient;
  /** The promotion reviewer of the config. */
  bob: GitHubClient;
}

/** A pull request from dave changing ml/, and its ml-ci run: the train action's bundle, for real. */
async function trainedPull(world: World, branch: string): Promise<number> {
  const pull = await trainPullRequest(world.sandbox, world.dave, scratch, branch, {
    title: `Retrain: ${branch}`,
    params: "train:\n  epochs: 3\n  learning_rate: 0.5\n",
  });
  expect(pull.trained.exitCode, pull.trained.stdout + pull.trained.stderr).toBe(0);
  return pull.number;
}

/** Approved by the code owner, merged: the merge commit on main. */
async function approveAndMerge(
  author: GitHubClient,
  reviewer: GitHubClient,
  number: number,
): Promise<string> {
  await reviewer.rest.pulls.createReview({ ...repo, pull_number: number, event: "APPROVE" });
  const { data } = await author.rest.pulls.merge({ ...repo, pull_number: number });
  expect(data.merged).toBe(true);
  return data.sha;
}

/** The ml-cd workflow's register step on the push of `commit` to main, as a process. */
async function register(world: World, commit: string): Promise<ActionResult> {
  const { sandbox } = world;
  const cd = startWorkflowRun(sandbox.world, {
    repo: REPO,
    workflowPath: ".github/workflows/ml-cd.yml",
    headBranch: "main",
    headSha: commit,
    event: "push",
  });
  const workspace = fs.mkdtempSync(path.join(scratch, "cd-"));
  fs.mkdirSync(path.join(workspace, ".github"), { recursive: true });
  fs.writeFileSync(path.join(workspace, ".github", "trainyard.yml"), CONFIG);
  fs.cpSync(path.join(PROJECT, "data"), path.join(workspace, "ml", "data"), { recursive: true });
  const result = await runAction({
    action: "actions/register",
    workspace,
    env: runnerEnvFor(sandbox.world, REPO, cd.id, { resultsUrl: sandbox.url, job: "register" }),
    inputs: { model: "churn", data: "ml/data/" },
    event: { name: "push", payload: { ref: "refs/heads/main", after: commit } },
    github: {
      apiUrl: sandbox.url,
      token: sandbox.world.issueToken("acme", {
        kind: "actions",
        permissions: { contents: "write", pull_requests: "read", actions: "read" },
      }),
      repository: REPO,
      sha: commit,
      ref: "refs/heads/main",
      serverUrl: "https://github.com",
      runId: cd.id,
    },
    timeoutMs: 90_000,
  });
  completeWorkflowRun(sandbox.world, REPO, cd.id, result.exitCode === 0 ? "success" : "failure");
  return result;
}

/** The bot's open promotion pull request proposing `title`, polled for as a user would refresh. */
async function promotionPull(github: GitHubClient, title: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pull = await findBotPullRequest(github, repo, BRANCH);
    if (pull?.state === "open" && pull.title === title) return pull;
    if (Date.now() > deadline)
      throw new Error(
        `no open pull request "${title}" on ${BRANCH} after ${timeoutMs} ms: ${JSON.stringify(pull)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function deploymentsOn(github: GitHubClient, ref: string): Promise<string> {
  const { data } = await github.rest.repos.getContent({ ...repo, path: DEPLOYMENTS_FILE, ref });
  return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
}

async function changedFiles(github: GitHubClient, number: number) {
  const { data } = await github.rest.pulls.listFiles({ ...repo, pull_number: number });
  return data.map((f) => ({ file: f.filename, additions: f.additions, deletions: f.deletions }));
}

function versionTags(sandbox: Sandbox): string[] {
  return Object.keys(sandbox.world.repo(REPO).refs)
    .filter((ref) => ref.startsWith("refs/tags/"))
    .map((ref) => ref.slice("refs/tags/".length))
    .sort();
}

describe("registry and promotion end to end (issue 6)", () => {
  it("merged, registered, proposed, approved, merged: production runs v1, then v2", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(REPO, {
      files: {
        "README.md": "# churn\n",
        ".github/trainyard.yml": CONFIG,
        ".github/CODEOWNERS": "# ML code\n/ml/ @alice\n",
        "ml/params.yaml": "train:\n  epochs: 1\n",
        [DEPLOYMENTS_FILE]: DEPLOYMENTS,
      },
      collaborators: { alice: "write", bob: "write", dave: "write" },
    });
    const client = (login: string) => clientFor(sandbox, sandbox.world.issueToken(login));
    const world: World = { sandbox, dave: client("dave"), alice: client("alice"), bob: client("bob") };
    const { errors } = await useBot(sandbox);

    // v1: a trained pull request, approved by the code owner and merged; register makes churn-v1.
    const first = await trainedPull(world, "more-epochs");
    const firstMerge = await approveAndMerge(world.dave, world.alice, first);
    const v1 = await register(world, firstMerge);
    expect(v1.exitCode, v1.stdout + v1.stderr).toBe(0);
    expect(v1.outputs).toMatchObject({ version: "1", tag: "churn-v1", registered: "true" });
    expect(versionTags(sandbox)).toEqual(["churn-v1"]);

    // The sandbox delivers release.published; the bot proposes v1 for production.
    const proposeV1 = await promotionPull(world.alice, "Promote churn v1 to production");
    // The pull request exists before its labels and reviewers: let the bot's delivery finish.
    await sandbox.webhooksIdle();
    const { data: pullV1 } = await world.alice.rest.pulls.get({ ...repo, pull_number: proposeV1.number });
    expect(pullV1).toMatchObject({
      head: { ref: BRANCH },
      base: { ref: "main" },
      user: { login: "trainyard[bot]" },
    });
    expect(pullV1.labels.map((l) => l.name)).toContain("trainyard:promote");
    expect(pullV1.requested_reviewers?.map((u) => u.login)).toEqual(["bob"]);
    expect(pullV1.body).toContain("/releases/tag/churn-v1)");
    // A model not deployed yet gains its entry; nothing else in the file moves.
    expect(await changedFiles(world.alice, proposeV1.number)).toEqual([
      { file: DEPLOYMENTS_FILE, additions: 2, deletions: 0 },
    ]);
    expect(await deploymentsOn(world.alice, BRANCH)).toBe(`${DEPLOYMENTS}churn:\n  production: v1\n`);

    // Approving and merging it is the promotion.
    await approveAndMerge(world.alice, world.bob, proposeV1.number);
    expect(await deploymentsOn(world.alice, "main")).toBe(`${DEPLOYMENTS}churn:\n  production: v1\n`);

    // v2 the same way: a new promotion pull request, compared with production v1.
    const second = await trainedPull(world, "new-feature");
    const secondMerge = await approveAndMerge(world.dave, world.alice, second);
    const v2 = await register(world, secondMerge);
    expect(v2.exitCode, v2.stdout + v2.stderr).toBe(0);
    expect(v2.outputs).toMatchObject({ version: "2", tag: "churn-v2", registered: "true" });
    expect(versionTags(sandbox)).toEqual(["churn-v1", "churn-v2"]);

    const proposeV2 = await promotionPull(world.alice, "Promote churn v2 to production");
    // The pull request exists before its labels and reviewers: let the bot's delivery finish.
    await sandbox.webhooksIdle();
    expect(proposeV2.number).not.toBe(proposeV1.number);
    expect(proposeV2.body).toContain("/releases/tag/churn-v1)");
    expect(proposeV2.body).toContain("/releases/tag/churn-v2)");
    expect(proposeV2.body).toMatch(/moves `churn` in production from \[v1\]\(\S+\) to \[v2\]\(\S+\)/);
    expect(proposeV2.body).toContain("ready to promote, better or level with production v1");
    expect(proposeV2.body).toContain("| production now: v1 | candidate: v2 |");
    expect(proposeV2.body).toContain(`/pull/${first})`);
    expect(proposeV2.body).toContain(`/pull/${second})`);
    // One line changed: v1 becomes v2.
    expect(await changedFiles(world.alice, proposeV2.number)).toEqual([
      { file: DEPLOYMENTS_FILE, additions: 1, deletions: 1 },
    ]);
    expect(await deploymentsOn(world.alice, BRANCH)).toBe(`${DEPLOYMENTS}churn:\n  production: v2\n`);

    await approveAndMerge(world.alice, world.bob, proposeV2.number);
    expect(await deploymentsOn(world.alice, "main")).toBe(`${DEPLOYMENTS}churn:\n  production: v2\n`);
    await sandbox.webhooksIdle();
    const { data: all } = await world.alice.rest.pulls.list({ ...repo, state: "all" });
    expect(
      all.filter((p) => p.head.ref === BRANCH).map((p) => [p.number, p.state, p.merged_at !== null]),
    ).toEqual([
      [proposeV2.number, "closed", true],
      [proposeV1.number, "closed", true],
    ]);
    expect(errors()).toEqual([]);
    expect(sandbox.world.webhooks.deliveries.every((d) => d.status === 200)).toBe(true);
  }, 180_000);
});
