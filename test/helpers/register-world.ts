import fs from "node:fs";
import path from "node:path";
import type { GitHubClient } from "../../lib/github/client.ts";
import { completeWorkflowRun, runnerEnvFor, startWorkflowRun } from "../../sandbox/routes/actions.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { FAST_GITHUB_ENV } from "./reliability.ts";
import { clientFor, useSandbox } from "./sandbox.ts";

/**
 * register's world for reliability tests: a pull request trained by the train action's bundle (its
 * artifact in the sandbox), merged, then register's bundle on the push to main. No approvals
 * required, so a round needs no review.
 */
const PROJECT = "test/fixtures/train/project";
const REPO = "acme/churn";
const repo = { owner: "acme", repo: "churn" };
const CONFIG = `models:
  churn:
    registry:
      approvals: { required: false }
`;

export interface RegisterWorld {
  sandbox: Sandbox;
  github: GitHubClient;
  scratch: string;
}

export async function registerWorld(scratch: string): Promise<RegisterWorld> {
  const sandbox = await useSandbox();
  sandbox.world.createRepo(REPO, {
    files: {
      "README.md": "# churn\n",
      ".github/trainyard.yml": CONFIG,
      "ml/params.yaml": "train:\n  epochs: 1\n",
    },
    collaborators: { dave: "write" },
  });
  return { sandbox, github: clientFor(sandbox, sandbox.world.issueToken("dave"), { retries: 10 }), scratch };
}

export interface TrainedPullRequest {
  number: number;
  headSha: string;
  runId: number;
  /** The ml-ci checkout the train action ran in (the project under `ml/`), and its runner temp. */
  workspace: string;
  runnerTemp: string;
  /** The train action's process; its ml-ci run is completed as a success only when it exited 0. */
  trained: ActionResult;
}

export interface TrainPullRequestOptions {
  /** Default: the branch's name. */
  title?: string;
  /** The file the pull request changes. Default: `ml/<branch>.txt`. */
  change?: { file: string; content: string };
  /** Who pushes the change (default: dave). */
  author?: string;
  /** `ml/params.yaml` of the checkout, instead of the fixture project's. */
  params?: string;
  /** Pass the train action the project's slices and data too (default: true). */
  slicesAndData?: boolean;
}

/**
 * A pull request on acme/churn opened by `github`'s user, and its ml-ci run: the train action's
 * bundle on the fixture project, for real (its artifact uploaded to the sandbox).
 */
export async function trainPullRequest(
  sandbox: Sandbox,
  github: GitHubClient,
  scratch: string,
  branch: string,
  options: TrainPullRequestOptions = {},
): Promise<TrainedPullRequest> {
  const change = options.change ?? { file: `ml/${branch}.txt`, content: `${branch}\n` };
  const main = sandbox.world.repo(REPO).refs["refs/heads/main"] as string;
  await github.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: main });
  sandbox.world.push(REPO, branch, { [change.file]: change.content }, { author: options.author ?? "dave" });
  const { data: pull } = await github.rest.pulls.create({
    ...repo,
    head: branch,
    base: "main",
    title: options.title ?? branch,
  });
  const ci = startWorkflowRun(sandbox.world, {
    repo: REPO,
    workflowPath: ".github/workflows/ml-ci.yml",
    headBranch: branch,
    event: "pull_request",
    pullRequests: [pull.number],
  });
  const root = fs.mkdtempSync(path.join(scratch, "ci-"));
  const workspace = path.join(root, "workspace");
  const runnerTemp = path.join(root, "runner-temp");
  fs.cpSync(PROJECT, path.join(workspace, "ml"), { recursive: true });
  if (options.params !== undefined)
    fs.writeFileSync(path.join(workspace, "ml", "params.yaml"), options.params);
  const trained = await runAction({
    action: "actions/train",
    workspace,
    runnerTemp,
    env: runnerEnvFor(sandbox.world, REPO, ci.id, { resultsUrl: sandbox.url, job: "ml" }),
    inputs: {
      command: "node train.mjs",
      model: "churn",
      "working-directory": "ml",
      metrics: "metrics.json",
      ...(options.slicesAndData === false ? {} : { slices: "slices.json" }),
      artifacts: "model/",
      ...(options.slicesAndData === false ? {} : { data: "data/" }),
    },
    github: {
      apiUrl: sandbox.url,
      token: sandbox.world.issueToken("acme", { kind: "actions" }),
      repository: REPO,
      sha: ci.headSha,
      ref: `refs/heads/${branch}`,
      serverUrl: "https://github.com",
      runId: ci.id,
    },
    timeoutMs: 60_000,
  });
  if (trained.exitCode === 0) completeWorkflowRun(sandbox.world, REPO, ci.id, "success");
  return { number: pull.number, headSha: ci.headSha, runId: ci.id, workspace, runnerTemp, trained };
}

/** A pull request trained by the train action, merged: returns the merge commit. */
export async function trainedAndMerged(world: RegisterWorld, branch: string): Promise<string> {
  const pull = await trainPullRequest(world.sandbox, world.github, world.scratch, branch);
  if (pull.trained.exitCode !== 0) throw new Error(`train failed:\n${pull.trained.stdout}`);
  const { data } = await world.github.rest.pulls.merge({ ...repo, pull_number: pull.number });
  return data.sha;
}

/** register's bundle on the push of `commit` to main (one workflow run; `attempt` re-runs it). */
export async function register(
  world: RegisterWorld,
  commit: string,
  run: { id: number; attempt: number } | undefined,
  onStart?: (kill: () => void) => void,
): Promise<{ result: ActionResult; run: { id: number; attempt: number } }> {
  const { sandbox } = world;
  const cd = run ?? {
    id: startWorkflowRun(sandbox.world, {
      repo: REPO,
      workflowPath: ".github/workflows/ml-cd.yml",
      headBranch: "main",
      headSha: commit,
      event: "push",
    }).id,
    attempt: 1,
  };
  const workspace = fs.mkdtempSync(path.join(world.scratch, "cd-"));
  fs.mkdirSync(path.join(workspace, ".github"));
  fs.writeFileSync(path.join(workspace, ".github", "trainyard.yml"), CONFIG);
  const token = sandbox.world.issueToken("acme", {
    kind: "actions",
    permissions: { contents: "write", pull_requests: "read", actions: "read" },
  });
  const result = await runAction({
    action: "actions/register",
    workspace,
    env: {
      ...runnerEnvFor(sandbox.world, REPO, cd.id, { resultsUrl: sandbox.url, job: "register" }),
      ...FAST_GITHUB_ENV,
    },
    inputs: { model: "churn" },
    event: { name: "push", payload: { ref: "refs/heads/main", after: commit } },
    github: {
      apiUrl: sandbox.url,
      token,
      repository: REPO,
      sha: commit,
      ref: "refs/heads/main",
      serverUrl: "https://github.com",
      runId: cd.id,
      runAttempt: cd.attempt,
    },
    timeoutMs: 90_000,
    ...(onStart ? { onStart } : {}),
  });
  if (result.exitCode === 0) completeWorkflowRun(sandbox.world, REPO, cd.id, "success");
  return { result, run: { id: cd.id, attempt: cd.attempt + 1 } };
}

/** The version tags (tag → commit) and Releases (tag, draft, asset names) of the repository. */
export function registered(world: RegisterWorld) {
  const state = world.sandbox.world.repo(REPO);
  const tags = Object.fromEntries(
    Object.entries(state.refs)
      .filter(([ref]) => ref.startsWith("refs/tags/churn-v"))
      .map(([ref, sha]) => [ref.slice("refs/tags/".length), sha]),
  );
  const releases = Object.values(state.releases).map((r) => ({
    tag: r.tagName,
    draft: r.draft,
    assets: Object.values(state.assets)
      .filter((a) => a.releaseId === r.id)
      .map((a) => a.name)
      .sort(),
  }));
  return { tags, releases };
}
