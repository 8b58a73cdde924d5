import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createGitHubClient, type GitHubClient } from "../../lib/github/client.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { webhookReceiver } from "../helpers/webhook-receiver.ts";

const owner = "acme";
const repo = "churn";

/** A client acting as a GitHub App installed on `acme`, authenticated with a real RS256 JWT. */
function appClient(sandbox: Sandbox, slug = "trainyard"): GitHubClient {
  const { appId, privateKey } = sandbox.world.registerApp({
    slug,
    permissions: { checks: "write", statuses: "write", metadata: "read" },
  });
  const installationId = sandbox.world.installApp(appId, owner);
  return createGitHubClient({
    auth: { kind: "installation", appId, privateKey, installationId },
    baseUrl: sandbox.url,
    retryTimeUnitMs: 5,
    writeSpacingMs: 0,
  });
}

function annotation(line: number, level: "notice" | "warning" | "failure" = "failure") {
  return {
    path: "train.py",
    start_line: line,
    end_line: line,
    annotation_level: level,
    message: `line ${line}`,
  };
}

describe("sandbox check runs", () => {
  it("lets an app create a run, complete it with annotations, and find it by branch name", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`, { files: { "train.py": "print(1)\n" } });
    const head = sandbox.world.push(`${owner}/${repo}`, "main", { "train.py": "print(2)\n" });
    const github = appClient(sandbox);

    const created = await github.rest.checks.create({
      owner,
      repo,
      name: "model-eval",
      head_sha: head,
      status: "in_progress",
      output: { title: "Evaluating", summary: "2 of 3 metrics", annotations: [annotation(1), annotation(2)] },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ status: "in_progress", conclusion: null, completed_at: null });
    expect(created.data.app?.slug).toBe("trainyard");

    const updated = await github.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      conclusion: "failure",
      output: { title: "Accuracy dropped", summary: "0.91 → 0.87", annotations: [annotation(3, "warning")] },
    });
    expect(updated.data).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(updated.data.completed_at).not.toBeNull();
    expect(updated.data.output).toMatchObject({ title: "Accuracy dropped", annotations_count: 3 });

    const annotations = await github.rest.checks.listAnnotations({
      owner,
      repo,
      check_run_id: created.data.id,
    });
    expect(annotations.data.map((a) => [a.start_line, a.annotation_level])).toEqual([
      [1, "failure"],
      [2, "failure"],
      [3, "warning"],
    ]);
    expect(annotations.data[0]?.blob_href).toContain(`/blob/${head}/train.py`);

    const forBranch = await github.rest.checks.listForRef({ owner, repo, ref: "main" });
    expect(forBranch.data.total_count).toBe(1);
    expect(forBranch.data.check_runs[0]).toMatchObject({ id: created.data.id, head_sha: head });

    const completedOnly = await github.rest.checks.listForRef({
      owner,
      repo,
      ref: head,
      status: "completed",
    });
    const otherName = await github.rest.checks.listForRef({ owner, repo, ref: "main", check_name: "lint" });
    expect(completedOnly.data.total_count).toBe(1);
    expect(otherName.data.total_count).toBe(0);
  });

  it("lists only the newest run per name unless asked for all", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const head = refs["refs/heads/main"] as string;
    const github = appClient(sandbox);

    const first = await github.rest.checks.create({ owner, repo, name: "eval", head_sha: head });
    const rerun = await github.rest.checks.create({ owner, repo, name: "eval", head_sha: head });

    const latest = await github.rest.checks.listForRef({ owner, repo, ref: head });
    const all = await github.rest.checks.listForRef({ owner, repo, ref: head, filter: "all" });
    expect(latest.data.check_runs.map((r) => r.id)).toEqual([rerun.data.id]);
    expect(all.data.check_runs.map((r) => r.id)).toEqual([rerun.data.id, first.data.id]);
    expect(rerun.data.check_suite?.id).toBe(first.data.check_suite?.id);
  });

  it("creates check runs as GitHub Actions for a GITHUB_TOKEN", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    // A workflow's GITHUB_TOKEN in this repository's account, acting as github-actions[bot].
    const token = sandbox.world.issueToken(owner, {
      kind: "actions",
      permissions: { checks: "write", metadata: "read" },
    });

    const { data } = await clientFor(sandbox, token).rest.checks.create({
      owner,
      repo,
      name: "train",
      head_sha: refs["refs/heads/main"] as string,
      conclusion: "success",
    });

    expect(data.app).toMatchObject({ slug: "github-actions", id: 15368 });
    expect(data).toMatchObject({ status: "completed", conclusion: "success" });
  });

  it("refuses a user token: check runs are for GitHub Apps", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));

    const attempt = github.rest.checks.create({
      owner,
      repo,
      name: "eval",
      head_sha: refs["refs/heads/main"] as string,
    });

    await expect(attempt).rejects.toMatchObject({
      status: 403,
      response: { data: { message: "You must authenticate via a GitHub App." } },
    });
    expect(sandbox.world.repo(`${owner}/${repo}`).checkRuns).toEqual({});
  });

  it("keeps a run to the app that created it", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const creator = appClient(sandbox, "trainyard");
    const intruder = appClient(sandbox, "other-ci");
    const { data: run } = await creator.rest.checks.create({
      owner,
      repo,
      name: "eval",
      head_sha: refs["refs/heads/main"] as string,
    });

    const hijack = intruder.rest.checks.update({ owner, repo, check_run_id: run.id, conclusion: "success" });

    await expect(hijack).rejects.toMatchObject({ status: 403 });
    const after = await creator.rest.checks.get({ owner, repo, check_run_id: run.id });
    expect(after.data).toMatchObject({ status: "queued", conclusion: null });
  });
});

/** GitHub's 422s here are not in its description for these operations; they are held to its validation error shape. */
describe("sandbox checks and statuses: validation", () => {
  it("refuses more than 50 annotations in one request, and a completed run without a conclusion", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const github = appClient(sandbox);
    const head = refs["refs/heads/main"] as string;
    const annotations = Array.from({ length: 51 }, (_, i) => annotation(i + 1));

    const tooMany = github.rest.checks.create({
      owner,
      repo,
      name: "eval",
      head_sha: head,
      output: { title: "t", summary: "s", annotations },
    });
    const noConclusion = github.rest.checks.create({
      owner,
      repo,
      name: "eval",
      head_sha: head,
      status: "completed",
    });
    const unknownCommit = github.rest.checks.create({ owner, repo, name: "eval", head_sha: "f".repeat(40) });

    await expect(tooMany).rejects.toMatchObject({ status: 422 });
    await expect(noConclusion).rejects.toMatchObject({ status: 422 });
    await expect(unknownCommit).rejects.toMatchObject({
      status: 422,
      response: { data: { message: `No commit found for SHA: ${"f".repeat(40)}` } },
    });
    expect(sandbox.world.repo(`${owner}/${repo}`).checkRuns).toEqual({});
  });

  it("refuses a commit status for a commit the repository does not have", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo(`${owner}/${repo}`);
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));
    const missing = "0123456789abcdef0123456789abcdef01234567";

    const attempt = github.rest.repos.createCommitStatus({ owner, repo, sha: missing, state: "success" });

    await expect(attempt).rejects.toMatchObject({
      status: 422,
      response: { data: { message: `No commit found for SHA: ${missing}` } },
    });
    expect(sandbox.world.repo(`${owner}/${repo}`).statuses).toEqual([]);
  });
});

describe("sandbox check run annotations", () => {
  it("accepts 50 annotations a request and accumulates them across updates", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const github = appClient(sandbox);
    const batch = (from: number) => Array.from({ length: 50 }, (_, i) => annotation(from + i, "notice"));

    const { data: run } = await github.rest.checks.create({
      owner,
      repo,
      name: "lint",
      head_sha: refs["refs/heads/main"] as string,
      output: { title: "Lint", summary: "first batch", annotations: batch(1) },
    });
    const { data: updated } = await github.rest.checks.update({
      owner,
      repo,
      check_run_id: run.id,
      output: { title: "Lint", summary: "second batch", annotations: batch(51) },
    });

    expect(updated.output.annotations_count).toBe(100);
    const all = await github.paginate(github.rest.checks.listAnnotations, {
      owner,
      repo,
      check_run_id: run.id,
      per_page: 100,
    });
    expect(all.map((a) => a.start_line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });
});

describe("sandbox commit statuses", () => {
  it("combines the latest status of each context the way GitHub does", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const sha = refs["refs/heads/main"] as string;
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));
    const combined = async () =>
      (await github.rest.repos.getCombinedStatusForRef({ owner, repo, ref: "main" })).data;
    const post = (context: string, state: "error" | "failure" | "pending" | "success") =>
      github.rest.repos.createCommitStatus({ owner, repo, sha, context, state });

    expect((await combined()).state).toBe("pending");
    await post("ci/test", "pending");
    await post("ci/lint", "failure");
    expect((await combined()).state).toBe("failure");
    await post("ci/lint", "success");
    expect((await combined()).state).toBe("pending");
    await post("ci/test", "success");

    const final = await combined();
    expect(final).toMatchObject({ state: "success", sha, total_count: 2 });
    expect(final.statuses.map((s) => [s.context, s.state]).sort()).toEqual([
      ["ci/lint", "success"],
      ["ci/test", "success"],
    ]);
    await post("ci/test", "error");
    expect((await combined()).state).toBe("failure");

    const history = await github.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha });
    expect(history.data.map((s) => `${s.context}:${s.state}`)).toEqual([
      "ci/test:error",
      "ci/test:success",
      "ci/lint:success",
      "ci/lint:failure",
      "ci/test:pending",
    ]);
  });

  it("names the context `default` when none is given", async () => {
    const sandbox = await useSandbox();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const github = clientFor(sandbox, sandbox.world.issueToken(owner));

    const { data } = await github.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: refs["refs/heads/main"] as string,
      state: "success",
      target_url: "https://ci.example.com/1",
    });

    expect(data).toMatchObject({
      context: "default",
      state: "success",
      target_url: "https://ci.example.com/1",
    });
    expect(data.creator?.login).toBe(owner);
  });
});

describe("sandbox checks and statuses: webhooks", () => {
  it("delivers check_run created and completed, and status, signed", async () => {
    const sandbox = await useSandbox();
    const receiver = await webhookReceiver();
    const { refs } = sandbox.world.createRepo(`${owner}/${repo}`);
    const sha = refs["refs/heads/main"] as string;
    sandbox.world.addRepoHook(`${owner}/${repo}`, receiver.url, "hook-secret");
    const app = appClient(sandbox);
    const user = clientFor(sandbox, sandbox.world.issueToken(owner));

    const { data: run } = await app.rest.checks.create({ owner, repo, name: "eval", head_sha: sha });
    await app.rest.checks.update({ owner, repo, check_run_id: run.id, status: "in_progress" });
    await app.rest.checks.update({ owner, repo, check_run_id: run.id, conclusion: "success" });
    await user.rest.repos.createCommitStatus({ owner, repo, sha, state: "success", context: "ci" });
    await sandbox.webhooksIdle();

    expect(receiver.deliveries.map((d) => `${d.event}:${d.payload.action ?? "-"}`)).toEqual([
      "check_run:created",
      "check_run:completed",
      "status:-",
    ]);
    for (const delivery of receiver.deliveries)
      expect(delivery.signature).toBe(
        `sha256=${createHmac("sha256", "hook-secret").update(delivery.raw).digest("hex")}`,
      );
    const [created, completed, status] = receiver.deliveries;
    expect(created?.payload.check_run).toMatchObject({ id: run.id, status: "queued" });
    expect(completed?.payload.check_run).toMatchObject({
      id: run.id,
      conclusion: "success",
      check_suite: { head_branch: "main", status: "completed", conclusion: "success" },
    });
    expect(status?.payload).toMatchObject({
      sha,
      state: "success",
      context: "ci",
      branches: [{ name: "main" }],
    });
  });
});

describe("sandbox GITHUB_TOKEN", () => {
  it("acts as github-actions[bot] in its own account's repositories only, within its permissions", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", { private: true });
    sandbox.world.createRepo("other/private", { private: true });
    const token = sandbox.world.issueToken("acme", { kind: "actions", permissions: { issues: "write" } });
    const github = clientFor(sandbox, token);

    const { data: issue } = await github.rest.issues.create({
      owner: "acme",
      repo: "churn",
      title: "From a workflow",
    });
    expect(issue.user).toMatchObject({ login: "github-actions[bot]", type: "Bot" });
    await expect(github.rest.repos.get({ owner: "other", repo: "private" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      github.rest.repos.createOrUpdateFileContents({
        owner: "acme",
        repo: "churn",
        path: "x",
        message: "m",
        content: "",
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
