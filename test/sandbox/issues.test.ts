import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { webhookReceiver } from "../helpers/webhook-receiver.ts";

const owner = "acme";
const repo = "churn";

async function setup() {
  const sandbox = await useSandbox();
  sandbox.world.createRepo(`${owner}/${repo}`, { collaborators: { alice: "write", bob: "write" } });
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  const bob = clientFor(sandbox, sandbox.world.issueToken("bob"));
  return { sandbox, alice, bob };
}

describe("sandbox issues", () => {
  it("creates, reads, lists and closes issues, listing pull requests among them as GitHub does", async () => {
    const { sandbox, alice } = await setup();
    const created = await alice.rest.issues.create({
      owner,
      repo,
      title: "Drift in churn scores",
      body: "AUC fell to 0.71",
      labels: ["bug"],
      assignees: ["bob"],
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 1,
      state: "open",
      user: { login: "alice" },
      labels: [{ name: "bug", color: "ededed" }],
      assignees: [{ login: "bob" }],
    });
    expect(created.data.pull_request).toBeUndefined();

    await alice.rest.git.createRef({
      owner,
      repo,
      ref: "refs/heads/notes",
      sha: (await alice.rest.git.getRef({ owner, repo, ref: "heads/main" })).data.object.sha,
    });
    sandbox.world.push(`${owner}/${repo}`, "notes", { "notes.md": "more\n" });
    await alice.rest.pulls.create({ owner, repo, head: "notes", base: "main", title: "Notes" });

    const asIssue = await alice.rest.issues.get({ owner, repo, issue_number: 2 });
    expect(asIssue.data.pull_request?.url).toMatch(/\/repos\/acme\/churn\/pulls\/2$/);
    const listed = await alice.rest.issues.listForRepo({ owner, repo });
    expect(listed.data.map((issue) => [issue.number, Boolean(issue.pull_request)])).toEqual([
      [2, true],
      [1, false],
    ]);
    const bugs = await alice.rest.issues.listForRepo({ owner, repo, labels: "bug" });
    expect(bugs.data.map((issue) => issue.number)).toEqual([1]);

    const closed = await alice.rest.issues.update({
      owner,
      repo,
      issue_number: 1,
      state: "closed",
      state_reason: "not_planned",
    });
    expect(closed.data).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect(closed.data.closed_at).not.toBeNull();
    expect((await alice.rest.issues.listForRepo({ owner, repo })).data.map((i) => i.number)).toEqual([2]);
    const all = await alice.rest.issues.listForRepo({ owner, repo, state: "all", direction: "asc" });
    expect(all.data.map((i) => i.number)).toEqual([1, 2]);
  });

  it("answers 404 for an issue that does not exist", async () => {
    const { alice } = await setup();
    await expect(alice.rest.issues.get({ owner, repo, issue_number: 42 })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("pages through comments: octokit.paginate returns every comment, in order, across 3 pages", async () => {
    const { sandbox, alice, bob } = await setup();
    await alice.rest.issues.create({ owner, repo, title: "Retraining log" });
    const bodies = Array.from({ length: 7 }, (_, i) => `epoch ${i + 1}`);
    for (const [i, body] of bodies.entries())
      await (i % 2 === 0 ? alice : bob).rest.issues.createComment({ owner, repo, issue_number: 1, body });

    const firstPage = await alice.rest.issues.listComments({ owner, repo, issue_number: 1, per_page: 3 });
    expect(firstPage.data).toHaveLength(3);
    expect(firstPage.headers.link).toContain('rel="next"');
    const pagesBefore = sandbox.requests.filter((r) => r.operationId === "issues/list-comments").length;
    const all = await alice.paginate(alice.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 1,
      per_page: 3,
    });
    const pagesFetched =
      sandbox.requests.filter((r) => r.operationId === "issues/list-comments").length - pagesBefore;

    expect(pagesFetched).toBe(3);
    expect(all.map((comment) => comment.body)).toEqual(bodies);
    expect(all.map((comment) => comment.user?.login)).toEqual([
      "alice",
      "bob",
      "alice",
      "bob",
      "alice",
      "bob",
      "alice",
    ]);
    const issue = await alice.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(issue.data.comments).toBe(7);
  });

  it("reads, edits and deletes a comment, and filters comments by `since`", async () => {
    const { alice } = await setup();
    await alice.rest.issues.create({ owner, repo, title: "Retraining log" });
    const comment = await alice.rest.issues.createComment({ owner, repo, issue_number: 1, body: "started" });
    expect(comment.status).toBe(201);

    await alice.rest.issues.updateComment({ owner, repo, comment_id: comment.data.id, body: "finished" });
    const read = await alice.rest.issues.getComment({ owner, repo, comment_id: comment.data.id });
    expect(read.data.body).toBe("finished");
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await alice.rest.issues.listComments({ owner, repo, issue_number: 1, since: future })).data,
    ).toEqual([]);
    const past = "2000-01-01T00:00:00Z";
    expect(
      (await alice.rest.issues.listComments({ owner, repo, issue_number: 1, since: past })).data,
    ).toHaveLength(1);

    const deleted = await alice.rest.issues.deleteComment({ owner, repo, comment_id: comment.data.id });
    expect(deleted.status).toBe(204);
    await expect(
      alice.rest.issues.getComment({ owner, repo, comment_id: comment.data.id }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect((await alice.rest.issues.listComments({ owner, repo, issue_number: 1 })).data).toEqual([]);
  });

  it("creates labels, refusing a bad colour or a name already taken, and adds, removes and sets them on issues", async () => {
    const { alice } = await setup();
    await alice.rest.issues.create({ owner, repo, title: "Stale features" });
    const label = await alice.rest.issues.createLabel({ owner, repo, name: "needs-data", color: "c0ffee" });
    expect(label.status).toBe(201);
    expect(label.data).toMatchObject({ name: "needs-data", color: "c0ffee", default: false });

    await expect(
      alice.rest.issues.createLabel({ owner, repo, name: "blue", color: "blue" }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: "Label", field: "color", code: "invalid" }] } },
    });
    await expect(
      alice.rest.issues.createLabel({ owner, repo, name: "Needs-Data", color: "000000" }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: "Label", field: "name", code: "already_exists" }] } },
    });

    const added = await alice.rest.issues.addLabels({
      owner,
      repo,
      issue_number: 1,
      labels: ["needs-data", "retrain"],
    });
    expect(added.data.map((l) => [l.name, l.color])).toEqual([
      ["needs-data", "c0ffee"],
      ["retrain", "ededed"],
    ]);

    const remaining = await alice.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: "retrain" });
    expect(remaining.data.map((l) => l.name)).toEqual(["needs-data"]);
    await expect(
      alice.rest.issues.removeLabel({ owner, repo, issue_number: 1, name: "retrain" }),
    ).rejects.toMatchObject({
      status: 404,
      response: { data: { message: "Label does not exist" } },
    });

    const set = await alice.rest.issues.setLabels({ owner, repo, issue_number: 1, labels: ["urgent"] });
    expect(set.data.map((l) => l.name)).toEqual(["urgent"]);
    const onIssue = await alice.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: 1 });
    expect(onIssue.data.map((l) => l.name)).toEqual(["urgent"]);
    const inRepo = await alice.rest.issues.listLabelsForRepo({ owner, repo });
    expect(inRepo.data.map((l) => l.name)).toEqual(["needs-data", "retrain", "urgent"]);
  });

  it("renames and deletes labels, and the issues wearing them follow", async () => {
    const { alice } = await setup();
    await alice.rest.issues.create({ owner, repo, title: "Stale features", labels: ["urgent"] });

    const renamed = await alice.rest.issues.updateLabel({
      owner,
      repo,
      name: "urgent",
      new_name: "p0",
      color: "ff0000",
    });
    expect(renamed.data).toMatchObject({ name: "p0", color: "ff0000" });
    expect((await alice.rest.issues.get({ owner, repo, issue_number: 1 })).data.labels).toMatchObject([
      { name: "p0" },
    ]);
    await expect(alice.rest.issues.getLabel({ owner, repo, name: "urgent" })).rejects.toMatchObject({
      status: 404,
    });
    expect((await alice.rest.issues.getLabel({ owner, repo, name: "P0" })).data.name).toBe("p0");

    await alice.rest.issues.deleteLabel({ owner, repo, name: "p0" });
    expect((await alice.rest.issues.get({ owner, repo, issue_number: 1 })).data.labels).toEqual([]);
    expect((await alice.rest.issues.listLabelsForRepo({ owner, repo })).data).toEqual([]);
  });

  it("delivers signed issues and issue_comment webhooks", async () => {
    const { sandbox, alice, bob } = await setup();
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook(`${owner}/${repo}`, receiver.url, "hook-secret", ["issues", "issue_comment"]);

    await alice.rest.issues.create({ owner, repo, title: "Drift", labels: ["bug"] });
    await alice.rest.issues.update({ owner, repo, issue_number: 1, title: "Drift in churn scores" });
    const comment = await bob.rest.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: "Seeing it too",
    });
    await bob.rest.issues.updateComment({
      owner,
      repo,
      comment_id: comment.data.id,
      body: "Seeing it too, since Monday",
    });
    await bob.rest.issues.deleteComment({ owner, repo, comment_id: comment.data.id });
    await alice.rest.issues.update({ owner, repo, issue_number: 1, state: "closed" });
    await sandbox.webhooksIdle();

    expect(receiver.deliveries.map((d) => `${d.event}.${d.action}`)).toEqual([
      "issues.opened",
      "issues.labeled",
      "issues.edited",
      "issue_comment.created",
      "issue_comment.edited",
      "issue_comment.deleted",
      "issues.closed",
    ]);
    for (const delivery of receiver.deliveries)
      expect(delivery.signature).toBe(
        `sha256=${createHmac("sha256", "hook-secret").update(delivery.raw).digest("hex")}`,
      );
    expect(receiver.deliveries[1]?.payload).toMatchObject({ label: { name: "bug" } });
    expect(receiver.deliveries[2]?.payload).toMatchObject({ changes: { title: { from: "Drift" } } });
    expect(receiver.deliveries[4]?.payload).toMatchObject({
      comment: { body: "Seeing it too, since Monday" },
      changes: { body: { from: "Seeing it too" } },
      sender: { login: "bob" },
    });
  });
});
