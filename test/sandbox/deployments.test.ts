import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { webhookReceiver } from "../helpers/webhook-receiver.ts";

const owner = "acme";
const repo = "churn";

async function setUp(): Promise<{ sandbox: Sandbox; github: GitHubClient; main: string }> {
  const sandbox = await useSandbox();
  const { refs } = sandbox.world.createRepo(`${owner}/${repo}`, { files: { "model.yml": "version: 1\n" } });
  const github = clientFor(sandbox, sandbox.world.issueToken(owner));
  return { sandbox, github, main: refs["refs/heads/main"] as string };
}

describe("sandbox deployments", () => {
  it("tracks a deployment through in_progress to success and retires the previous production deployment", async () => {
    const { sandbox, github, main } = await setUp();
    const deploy = () =>
      github.rest.repos.createDeployment({
        owner,
        repo,
        ref: "main",
        auto_merge: false,
        required_contexts: [],
      });
    const { data: previous } = await deploy();
    if (!("id" in previous)) throw new Error("expected a deployment");
    await github.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: previous.id,
      state: "success",
      log_url: "https://ci.example.com/runs/1",
    });
    sandbox.world.push(`${owner}/${repo}`, "main", { "model.yml": "version: 2\n" });

    const { data: current } = await deploy();
    if (!("id" in current)) throw new Error("expected a deployment");
    expect(current).toMatchObject({
      environment: "production",
      task: "deploy",
      production_environment: true,
    });
    expect(current.sha).not.toBe(main);
    await github.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: current.id,
      state: "in_progress",
      log_url: "https://ci.example.com/runs/2",
    });
    const { data: success } = await github.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: current.id,
      state: "success",
      log_url: "https://ci.example.com/runs/2",
      environment_url: "https://churn.example.com",
    });

    expect(success).toMatchObject({ state: "success", environment_url: "https://churn.example.com" });
    const currentStatuses = await github.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: current.id,
    });
    expect(currentStatuses.data.map((s) => s.state)).toEqual(["success", "in_progress"]);
    const previousStatuses = await github.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: previous.id,
    });
    expect(previousStatuses.data.map((s) => s.state)).toEqual(["inactive", "success"]);
    const fetched = await github.rest.repos.getDeploymentStatus({
      owner,
      repo,
      deployment_id: current.id,
      status_id: success.id,
    });
    expect(fetched.data.log_url).toBe("https://ci.example.com/runs/2");
  });

  it("keeps an earlier success active when auto_inactive is false, or when it is another environment", async () => {
    const { github } = await setUp();
    const deployTo = async (environment: string) => {
      const { data } = await github.rest.repos.createDeployment({
        owner,
        repo,
        ref: "main",
        environment,
        auto_merge: false,
        required_contexts: [],
      });
      if (!("id" in data)) throw new Error("expected a deployment");
      return data.id;
    };
    const succeed = (deployment_id: number, auto_inactive?: boolean) =>
      github.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id,
        state: "success",
        log_url: "https://ci.example.com/log",
        ...(auto_inactive === undefined ? {} : { auto_inactive }),
      });
    const latestState = async (deployment_id: number) =>
      (await github.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id })).data[0]?.state;

    const staging = await deployTo("staging");
    await succeed(staging);
    const first = await deployTo("production");
    await succeed(first);
    const second = await deployTo("production");
    await succeed(second, false);

    expect(await latestState(staging)).toBe("success");
    expect(await latestState(first)).toBe("success");
    expect(await latestState(second)).toBe("success");
  });

  it("answers an empty target_url for a status given no log_url, as GitHub does", async () => {
    const { github } = await setUp();
    const { data: deployment } = await github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "main",
      auto_merge: false,
    });
    if (!("id" in deployment)) throw new Error("expected a deployment");

    const { data } = await github.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: deployment.id,
      state: "queued",
    });

    expect(data).toMatchObject({ state: "queued", target_url: "", description: "" });
  });

  it("refuses a status description over GitHub's 140 characters", async () => {
    const { github } = await setUp();
    const { data: deployment } = await github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "main",
      auto_merge: false,
    });
    if (!("id" in deployment)) throw new Error("expected a deployment");
    const status = (description: string) =>
      github.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: deployment.id,
        state: "failure",
        description,
      });

    expect((await status("x".repeat(140))).data.description).toHaveLength(140);
    await expect(status("x".repeat(141))).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ field: "description", code: "custom" }] } },
    });
  });

  it("refuses a deployment until the required commit status is success", async () => {
    const { github, main } = await setUp();
    await github.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: main,
      context: "ci/eval",
      state: "pending",
    });
    const deploy = () =>
      github.rest.repos.createDeployment({
        owner,
        repo,
        ref: "main",
        auto_merge: false,
        required_contexts: ["ci/eval"],
      });

    await expect(deploy()).rejects.toMatchObject({
      status: 409,
      response: { data: { message: "Conflict: Commit status checks failed for main." } },
    });
    expect((await github.rest.repos.listDeployments({ owner, repo })).data).toEqual([]);

    await github.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: main,
      context: "ci/eval",
      state: "success",
    });
    const { status, data } = await deploy();
    expect(status).toBe(201);
    expect(data).toMatchObject({ sha: main, ref: "main" });
  });

  it("refuses a ref the repository does not have", async () => {
    const { github } = await setUp();

    const attempt = github.rest.repos.createDeployment({ owner, repo, ref: "no-such-branch" });

    await expect(attempt).rejects.toMatchObject({
      status: 422,
      response: { data: { message: "No ref found for: no-such-branch" } },
    });
  });

  it("checks every context by default, and none for an empty required_contexts", async () => {
    const { github, main } = await setUp();
    await github.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: main,
      context: "ci/lint",
      state: "failure",
    });

    const byDefault = github.rest.repos.createDeployment({ owner, repo, ref: "main", auto_merge: false });
    await expect(byDefault).rejects.toMatchObject({ status: 409 });
    const unchecked = await github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "main",
      auto_merge: false,
      required_contexts: [],
    });
    expect(unchecked.status).toBe(201);
  });

  it("filters the deployment list, newest first", async () => {
    const { github } = await setUp();
    const create = (environment: string, task = "deploy") =>
      github.rest.repos.createDeployment({
        owner,
        repo,
        ref: "main",
        environment,
        task,
        auto_merge: false,
        payload: { model: "churn", version: 1 },
      });
    await create("staging");
    await create("production");
    await create("production", "deploy:migrations");

    const all = await github.rest.repos.listDeployments({ owner, repo });
    expect(all.data.map((d) => `${d.environment}/${d.task}`)).toEqual([
      "production/deploy:migrations",
      "production/deploy",
      "staging/deploy",
    ]);
    const production = await github.rest.repos.listDeployments({ owner, repo, environment: "production" });
    expect(production.data).toHaveLength(2);
    const migrations = await github.rest.repos.listDeployments({ owner, repo, task: "deploy:migrations" });
    expect(migrations.data).toHaveLength(1);
    expect(migrations.data[0]?.payload).toEqual({ model: "churn", version: 1 });
  });

  it("deletes only a deployment that is inactive or alone in its environment", async () => {
    const { github } = await setUp();
    const deploy = async () => {
      const { data } = await github.rest.repos.createDeployment({
        owner,
        repo,
        ref: "main",
        auto_merge: false,
        required_contexts: [],
      });
      if (!("id" in data)) throw new Error("expected a deployment");
      await github.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: data.id,
        state: "success",
        log_url: "https://ci.example.com/log",
      });
      return data.id;
    };
    const first = await deploy();
    const second = await deploy();

    await expect(
      github.rest.repos.deleteDeployment({ owner, repo, deployment_id: second }),
    ).rejects.toMatchObject({
      status: 422,
    });
    await github.rest.repos.deleteDeployment({ owner, repo, deployment_id: first });
    await github.rest.repos.deleteDeployment({ owner, repo, deployment_id: second });

    expect((await github.rest.repos.listDeployments({ owner, repo })).data).toEqual([]);
    await expect(
      github.rest.repos.getDeployment({ owner, repo, deployment_id: first }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it("answers 202 and merges the default branch into a branch that is behind it", async () => {
    const { sandbox, github } = await setUp();
    sandbox.world.push(`${owner}/${repo}`, "feature", { "train.py": "fit()\n" });
    const mainHead = sandbox.world.push(`${owner}/${repo}`, "main", { "README.md": "# churn v2\n" });

    const first = await github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "feature",
      required_contexts: [],
    });

    expect(first.status).toBe(202);
    expect(first.data).toEqual({ message: "Auto-merged main into feature on deployment." });
    const merged = await github.rest.git.getCommit({
      owner,
      repo,
      commit_sha: sandbox.world.repo(`${owner}/${repo}`).refs["refs/heads/feature"] as string,
    });
    expect(merged.data.parents.map((p) => p.sha)).toContain(mainHead);
    const second = await github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "feature",
      required_contexts: [],
    });
    expect(second.status).toBe(201);
  });

  it("answers 409 when the default branch cannot be merged into the deployed branch", async () => {
    const { sandbox, github } = await setUp();
    sandbox.world.push(`${owner}/${repo}`, "feature", { "model.yml": "version: feature\n" });
    sandbox.world.push(`${owner}/${repo}`, "main", { "model.yml": "version: main\n" });

    const attempt = github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "feature",
      required_contexts: [],
    });

    await expect(attempt).rejects.toMatchObject({
      status: 409,
      response: { data: { message: "Conflict merging main into feature." } },
    });
  });
});

describe("sandbox environments", () => {
  it("creates an environment on the first deployment to it", async () => {
    const { github } = await setUp();
    expect((await github.rest.repos.getAllEnvironments({ owner, repo })).data.total_count).toBe(0);

    await github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "main",
      environment: "staging",
      auto_merge: false,
    });

    const { data } = await github.rest.repos.getAllEnvironments({ owner, repo });
    expect(data.total_count).toBe(1);
    expect(data.environments?.map((e) => e.name)).toEqual(["staging"]);
    const staging = await github.rest.repos.getEnvironment({ owner, repo, environment_name: "staging" });
    expect(staging.data.protection_rules).toEqual([]);
  });

  it("creates, configures and deletes an environment for an admin", async () => {
    const { sandbox, github } = await setUp();
    const reviewer = sandbox.world.createUser("bea");

    const { data } = await github.rest.repos.createOrUpdateEnvironment({
      owner,
      repo,
      environment_name: "production",
      wait_timer: 30,
      reviewers: [{ type: "User", id: reviewer.id }],
    });

    expect(data.name).toBe("production");
    expect(data.protection_rules?.map((r) => r.type)).toEqual(["wait_timer", "required_reviewers"]);
    await github.rest.repos.deleteAnEnvironment({ owner, repo, environment_name: "production" });
    expect((await github.rest.repos.getAllEnvironments({ owner, repo })).data.total_count).toBe(0);
  });

  it("refuses environment changes from a collaborator without admin rights", async () => {
    const { sandbox } = await setUp();
    sandbox.world.addCollaborator(`${owner}/${repo}`, "dev", "write");
    const writer = clientFor(sandbox, sandbox.world.issueToken("dev"));

    const attempt = writer.rest.repos.createOrUpdateEnvironment({ owner, repo, environment_name: "qa" });

    await expect(attempt).rejects.toMatchObject({ status: 403 });
    expect(sandbox.world.repo(`${owner}/${repo}`).environments).toEqual({});
  });
});

describe("sandbox deployments: webhooks", () => {
  it("delivers deployment created and deployment_status created, signed", async () => {
    const { sandbox, github } = await setUp();
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook(`${owner}/${repo}`, receiver.url, "hook-secret", [
      "deployment",
      "deployment_status",
    ]);

    const { data: deployment } = await github.rest.repos.createDeployment({
      owner,
      repo,
      ref: "main",
      environment: "staging",
      auto_merge: false,
      payload: JSON.stringify({ model: "churn" }),
    });
    if (!("id" in deployment)) throw new Error("expected a deployment");
    await github.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: deployment.id,
      state: "success",
      log_url: "https://ci.example.com/deploys/1",
      environment_url: "https://staging.churn.example.com",
    });
    await sandbox.webhooksIdle();

    expect(receiver.deliveries.map((d) => `${d.event}:${String(d.payload.action)}`)).toEqual([
      "deployment:created",
      "deployment_status:created",
    ]);
    for (const delivery of receiver.deliveries)
      expect(delivery.signature).toBe(
        `sha256=${createHmac("sha256", "hook-secret").update(delivery.raw).digest("hex")}`,
      );
    const [created, status] = receiver.deliveries;
    expect(created?.payload.deployment).toMatchObject({
      id: deployment.id,
      environment: "staging",
      payload: { model: "churn" },
    });
    expect(status?.payload.deployment_status).toMatchObject({
      state: "success",
      environment_url: "https://staging.churn.example.com",
    });
  });
});
