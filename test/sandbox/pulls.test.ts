import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { GitHubClient } from "../../lib/github/client.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { webhookReceiver } from "../helpers/webhook-receiver.ts";

const owner = "acme";
const repo = "churn";

async function setup() {
  const sandbox = await useSandbox();
  sandbox.world.createRepo(`${owner}/${repo}`, {
    files: { "README.md": "# churn\n", "model/config.yml": "lr: 0.1\nepochs: 3\n" },
    collaborators: { alice: "write", bob: "write" },
  });
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  const bob = clientFor(sandbox, sandbox.world.issueToken("bob"));
  return { sandbox, alice, bob };
}

async function branchTip(github: GitHubClient, branch: string): Promise<string> {
  const { data } = await github.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
  return data.object.sha;
}

async function createBranch(github: GitHubClient, name: string, from = "main"): Promise<void> {
  await github.rest.git.createRef({
    owner,
    repo,
    ref: `refs/heads/${name}`,
    sha: await branchTip(github, from),
  });
}

/** Commits a file to a branch through the contents API, as a user editing on github.com would. */
async function writeFile(github: GitHubClient, branch: string, path: string, content: string): Promise<void> {
  const existing = await github.rest.repos
    .getContent({ owner, repo, path, ref: branch })
    .then(({ data }) => (data as { sha: string }).sha)
    .catch(() => undefined);
  await github.rest.repos.createOrUpdateFileContents({
    owner,
    repo,
    path,
    branch,
    message: `Update ${path}`,
    content: Buffer.from(content).toString("base64"),
    ...(existing ? { sha: existing } : {}),
  });
}

async function readFile(github: GitHubClient, path: string, ref = "main"): Promise<string> {
  const { data } = await github.rest.repos.getContent({ owner, repo, path, ref });
  return Buffer.from((data as { content: string }).content, "base64").toString();
}

describe("sandbox pull requests", () => {
  it("opens, lists, edits and merges a pull request, after which the base branch holds the head's file", async () => {
    const { alice } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\nw2\n");
    const mainBefore = await branchTip(alice, "main");
    const headSha = await branchTip(alice, "retrain");

    const created = await alice.rest.pulls.create({
      owner,
      repo,
      head: "retrain",
      base: "main",
      title: "Retrain",
      body: "New weights",
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: "open",
      title: "Retrain",
      head: { ref: "retrain", sha: headSha, label: "acme:retrain" },
      base: { ref: "main", sha: mainBefore },
      user: { login: "alice" },
      mergeable: true,
      merged: false,
      commits: 1,
      changed_files: 1,
      additions: 2,
      deletions: 0,
    });

    const listed = await alice.rest.pulls.list({ owner, repo });
    expect(listed.data.map((pull) => pull.number)).toEqual([1]);

    const edited = await alice.rest.pulls.update({
      owner,
      repo,
      pull_number: 1,
      title: "Retrain churn model",
    });
    expect(edited.data.title).toBe("Retrain churn model");

    const files = await alice.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    expect(files.data).toMatchObject([
      { filename: "model/weights.txt", status: "added", additions: 2, deletions: 0, changes: 2 },
    ]);

    const merged = await alice.rest.pulls.merge({ owner, repo, pull_number: 1, sha: headSha });
    expect(merged.data).toMatchObject({ merged: true, message: "Pull Request successfully merged" });
    expect(await readFile(alice, "model/weights.txt")).toBe("w1\nw2\n");
    expect(await branchTip(alice, "main")).toBe(merged.data.sha);

    const mergeCommit = await alice.rest.git.getCommit({ owner, repo, commit_sha: merged.data.sha });
    expect(mergeCommit.data.parents.map((p) => p.sha)).toEqual([mainBefore, headSha]);
    expect(mergeCommit.data.message).toBe("Merge pull request #1 from acme/retrain\n\nRetrain churn model");

    const after = await alice.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(after.data).toMatchObject({
      state: "closed",
      merged: true,
      merge_commit_sha: merged.data.sha,
      merged_by: { login: "alice" },
      changed_files: 1,
    });
    expect((await alice.rest.pulls.list({ owner, repo })).data).toEqual([]);
    expect((await alice.rest.pulls.list({ owner, repo, state: "closed" })).data.map((p) => p.number)).toEqual(
      [1],
    );
  });

  it("reports modified and removed files with their line counts", async () => {
    const { alice } = await setup();
    await createBranch(alice, "tune");
    await writeFile(alice, "tune", "model/config.yml", "lr: 0.2\nepochs: 3\nbatch: 64\n");
    const readme = await alice.rest.repos.getContent({ owner, repo, path: "README.md", ref: "tune" });
    await alice.rest.repos.deleteFile({
      owner,
      repo,
      path: "README.md",
      branch: "tune",
      message: "Drop README",
      sha: (readme.data as { sha: string }).sha,
    });
    await alice.rest.pulls.create({ owner, repo, head: "tune", base: "main", title: "Tune" });

    const files = await alice.rest.pulls.listFiles({ owner, repo, pull_number: 1 });

    expect(files.data).toMatchObject([
      { filename: "README.md", status: "removed", additions: 0, deletions: 1 },
      { filename: "model/config.yml", status: "modified", additions: 2, deletions: 1 },
    ]);
    const pull = await alice.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data).toMatchObject({ commits: 2, changed_files: 2, additions: 2, deletions: 2 });
  });

  it("refuses to merge a pull request that conflicts with its base with 405, leaving the base alone", async () => {
    const { alice } = await setup();
    await createBranch(alice, "tune");
    await writeFile(alice, "tune", "model/config.yml", "lr: 0.2\nepochs: 3\n");
    await writeFile(alice, "main", "model/config.yml", "lr: 0.05\nepochs: 3\n");
    const mainBefore = await branchTip(alice, "main");
    await alice.rest.pulls.create({ owner, repo, head: "tune", base: "main", title: "Tune" });

    const pull = await alice.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data).toMatchObject({ mergeable: false, mergeable_state: "dirty" });
    await expect(alice.rest.pulls.merge({ owner, repo, pull_number: 1 })).rejects.toMatchObject({
      status: 405,
      response: { data: { message: "Pull Request is not mergeable" } },
    });
    expect(await branchTip(alice, "main")).toBe(mainBefore);
    expect(await readFile(alice, "model/config.yml")).toBe("lr: 0.05\nepochs: 3\n");
  });

  it("merges changes to different files of both sides, and refuses a closed pull request", async () => {
    const { alice } = await setup();
    await createBranch(alice, "tune");
    await writeFile(alice, "tune", "model/config.yml", "lr: 0.2\nepochs: 3\n");
    await writeFile(alice, "main", "README.md", "# churn, the model\n");
    await alice.rest.pulls.create({ owner, repo, head: "tune", base: "main", title: "Tune" });

    await alice.rest.pulls.merge({ owner, repo, pull_number: 1 });

    expect(await readFile(alice, "model/config.yml")).toBe("lr: 0.2\nepochs: 3\n");
    expect(await readFile(alice, "README.md")).toBe("# churn, the model\n");
    await expect(alice.rest.pulls.merge({ owner, repo, pull_number: 1 })).rejects.toMatchObject({
      status: 405,
    });
  });

  it("answers 409 to a merge whose sha is no longer the head's, after the head branch moved", async () => {
    const { alice } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    const created = await alice.rest.pulls.create({
      owner,
      repo,
      head: "retrain",
      base: "main",
      title: "Retrain",
    });
    const staleSha = created.data.head.sha;
    await writeFile(alice, "retrain", "model/weights.txt", "w2\n");
    const newSha = await branchTip(alice, "retrain");

    const pull = await alice.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(pull.data.head.sha).toBe(newSha);
    await expect(
      alice.rest.pulls.merge({ owner, repo, pull_number: 1, sha: staleSha }),
    ).rejects.toMatchObject({
      status: 409,
      response: { data: { message: "Head branch was modified. Review and try the merge again." } },
    });
    expect(await readFile(alice, "README.md")).toBe("# churn\n");

    await alice.rest.pulls.merge({ owner, repo, pull_number: 1, sha: newSha });
    expect(await readFile(alice, "model/weights.txt")).toBe("w2\n");
  });

  it("squash-merges into one commit with a single parent", async () => {
    const { alice } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    await writeFile(alice, "retrain", "model/config.yml", "lr: 0.3\nepochs: 3\n");
    const mainBefore = await branchTip(alice, "main");
    await alice.rest.pulls.create({ owner, repo, head: "retrain", base: "main", title: "Retrain" });

    const merged = await alice.rest.pulls.merge({ owner, repo, pull_number: 1, merge_method: "squash" });

    const commit = await alice.rest.git.getCommit({ owner, repo, commit_sha: merged.data.sha });
    expect(commit.data.parents.map((p) => p.sha)).toEqual([mainBefore]);
    expect(commit.data.message.split("\n")[0]).toBe("Retrain (#1)");
    expect(await readFile(alice, "model/weights.txt")).toBe("w1\n");
    expect(await readFile(alice, "model/config.yml")).toBe("lr: 0.3\nepochs: 3\n");
  });

  it("rebase-merges by replaying the head's commits onto the base, one parent each", async () => {
    const { alice } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    await writeFile(alice, "retrain", "model/weights.txt", "w2\n");
    await writeFile(alice, "main", "README.md", "# churn, rebased onto\n");
    const mainBefore = await branchTip(alice, "main");
    await alice.rest.pulls.create({ owner, repo, head: "retrain", base: "main", title: "Retrain" });

    const merged = await alice.rest.pulls.merge({ owner, repo, pull_number: 1, merge_method: "rebase" });

    const last = await alice.rest.git.getCommit({ owner, repo, commit_sha: merged.data.sha });
    const first = await alice.rest.git.getCommit({
      owner,
      repo,
      commit_sha: last.data.parents[0]?.sha ?? "",
    });
    expect(first.data.parents.map((p) => p.sha)).toEqual([mainBefore]);
    expect([first.data.message, last.data.message]).toEqual([
      "Update model/weights.txt",
      "Update model/weights.txt",
    ]);
    expect(await readFile(alice, "model/weights.txt")).toBe("w2\n");
    expect(await readFile(alice, "README.md")).toBe("# churn, rebased onto\n");
  });

  it("refuses a second open pull request for the same head and base, and a head branch that does not exist", async () => {
    const { alice } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    await alice.rest.pulls.create({ owner, repo, head: "retrain", base: "main", title: "Retrain" });

    await expect(
      alice.rest.pulls.create({ owner, repo, head: "acme:retrain", base: "main", title: "Retrain again" }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: "Validation Failed",
          errors: [
            {
              resource: "PullRequest",
              code: "custom",
              message: "A pull request already exists for acme:retrain.",
            },
          ],
        },
      },
    });
    await expect(
      alice.rest.pulls.create({ owner, repo, head: "no-such-branch", base: "main", title: "Ghost" }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: "PullRequest", field: "head", code: "invalid" }] } },
    });
    expect((await alice.rest.pulls.list({ owner, repo, state: "all" })).data).toHaveLength(1);
  });

  it("lets a requested collaborator approve, and refuses the author's own approval", async () => {
    const { alice, bob } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    await alice.rest.pulls.create({ owner, repo, head: "retrain", base: "main", title: "Retrain" });

    await expect(
      alice.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ["alice"] }),
    ).rejects.toMatchObject({ status: 422 });
    await alice.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ["bob"] });
    const requested = await alice.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 1 });
    expect(requested.data.users.map((user) => user.login)).toEqual(["bob"]);

    await expect(
      alice.rest.pulls.createReview({ owner, repo, pull_number: 1, event: "APPROVE" }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: ["Can not approve your own pull request"] } },
    });
    const review = await bob.rest.pulls.createReview({
      owner,
      repo,
      pull_number: 1,
      event: "APPROVE",
      body: "Metrics look good",
    });
    expect(review.data).toMatchObject({
      state: "APPROVED",
      user: { login: "bob" },
      body: "Metrics look good",
    });

    const reviews = await alice.rest.pulls.listReviews({ owner, repo, pull_number: 1 });
    expect(reviews.data.map((r) => [r.user?.login, r.state])).toEqual([["bob", "APPROVED"]]);
    const stillRequested = await alice.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 1 });
    expect(stillRequested.data.users).toEqual([]);
  });

  it("removes a requested reviewer", async () => {
    const { alice } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    await alice.rest.pulls.create({ owner, repo, head: "retrain", base: "main", title: "Retrain" });
    await alice.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ["bob"] });

    await alice.rest.pulls.removeRequestedReviewers({ owner, repo, pull_number: 1, reviewers: ["bob"] });

    const requested = await alice.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: 1 });
    expect(requested.data.users).toEqual([]);
  });

  it("closes and reopens a pull request, and filters the list by state, head and base", async () => {
    const { alice } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    await createBranch(alice, "docs");
    await writeFile(alice, "docs", "README.md", "# churn docs\n");
    await alice.rest.pulls.create({ owner, repo, head: "retrain", base: "main", title: "Retrain" });
    await alice.rest.pulls.create({ owner, repo, head: "docs", base: "main", title: "Docs" });

    const closed = await alice.rest.pulls.update({ owner, repo, pull_number: 1, state: "closed" });
    expect(closed.data).toMatchObject({ state: "closed", merged: false });
    expect((await alice.rest.pulls.list({ owner, repo })).data.map((p) => p.number)).toEqual([2]);
    expect(
      (await alice.rest.pulls.list({ owner, repo, state: "all", head: "acme:retrain" })).data.map(
        (p) => p.number,
      ),
    ).toEqual([1]);
    expect((await alice.rest.pulls.list({ owner, repo, state: "all", base: "develop" })).data).toEqual([]);

    const reopened = await alice.rest.pulls.update({ owner, repo, pull_number: 1, state: "open" });
    expect(reopened.data.state).toBe("open");
    const ascending = await alice.rest.pulls.list({ owner, repo, direction: "asc" });
    expect(ascending.data.map((p) => p.number)).toEqual([1, 2]);
  });

  it("delivers signed pull_request, pull_request_review and push webhooks as the pull request goes through", async () => {
    const { sandbox, alice, bob } = await setup();
    await createBranch(alice, "retrain");
    await writeFile(alice, "retrain", "model/weights.txt", "w1\n");
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook(`${owner}/${repo}`, receiver.url, "hook-secret");

    await alice.rest.pulls.create({ owner, repo, head: "retrain", base: "main", title: "Retrain" });
    await writeFile(alice, "retrain", "model/weights.txt", "w2\n");
    await alice.rest.pulls.requestReviewers({ owner, repo, pull_number: 1, reviewers: ["bob"] });
    await bob.rest.pulls.createReview({ owner, repo, pull_number: 1, event: "APPROVE" });
    await alice.rest.issues.addLabels({ owner, repo, issue_number: 1, labels: ["model"] });
    await alice.rest.pulls.merge({ owner, repo, pull_number: 1 });
    await sandbox.webhooksIdle();

    expect(receiver.deliveries.map((d) => (d.action ? `${d.event}.${d.action}` : d.event))).toEqual([
      "pull_request.opened",
      "push",
      "pull_request.synchronize",
      "pull_request.review_requested",
      "pull_request_review.submitted",
      "pull_request.labeled",
      "push",
      "pull_request.closed",
    ]);
    for (const delivery of receiver.deliveries)
      expect(delivery.signature).toBe(
        `sha256=${createHmac("sha256", "hook-secret").update(delivery.raw).digest("hex")}`,
      );
    const closed = receiver.deliveries.at(-1)?.payload as {
      pull_request: { merged: boolean; state: string };
    };
    expect(closed.pull_request).toMatchObject({ merged: true, state: "closed" });
    const review = receiver.deliveries[4]?.payload as { review: { state: string; user: { login: string } } };
    expect(review.review).toMatchObject({ state: "approved", user: { login: "bob" } });
    const requested = receiver.deliveries[3]?.payload as { requested_reviewer: { login: string } };
    expect(requested.requested_reviewer.login).toBe("bob");
  });
});
