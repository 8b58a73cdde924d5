import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../../lib/github/client.ts";
import { commentMarker, upsertStickyComment } from "../../../lib/github/comments.ts";
import type { Sandbox } from "../../../sandbox/server.ts";
import { clientFor, useSandbox } from "../../helpers/sandbox.ts";

const repo = { owner: "acme", repo: "churn" };
const marker = commentMarker("report", "churn");

async function pullRequestWithApp(sandbox: Sandbox) {
  const { world } = sandbox;
  world.createRepo("acme/churn", { collaborators: { alice: "write" } });
  world.push("acme/churn", "feature", { "data.csv": "a\n1\n" });
  const alice = clientFor(sandbox, world.issueToken("alice"));
  const pr = await alice.rest.pulls.create({ ...repo, head: "feature", base: "main", title: "Retrain" });
  const { appId, privateKey } = world.registerApp({
    slug: "trainyard",
    permissions: { issues: "write", pull_requests: "write" },
  });
  const bot = createGitHubClient({
    auth: { kind: "installation", appId, privateKey, installationId: world.installApp(appId, "acme") },
    baseUrl: sandbox.url,
    retryTimeUnitMs: 5,
    writeSpacingMs: 0,
  });
  return { alice, bot, target: { ...repo, issueNumber: pr.data.number } };
}

const writes = (sandbox: Sandbox, operationId: string) =>
  sandbox.requests.filter((r) => r.operationId === operationId).length;

describe("sticky comment", () => {
  it("creates the comment once, then edits that same comment in place and skips unchanged content", async () => {
    const sandbox = await useSandbox();
    const { bot, target } = await pullRequestWithApp(sandbox);

    const first = await upsertStickyComment(bot, target, marker, "accuracy 0.91");
    const same = await upsertStickyComment(bot, target, marker, "accuracy 0.91");
    const changed = await upsertStickyComment(bot, target, marker, "accuracy 0.93");

    expect([first.action, same.action, changed.action]).toEqual(["created", "unchanged", "updated"]);
    expect(changed.id).toBe(first.id);
    expect(writes(sandbox, "issues/update-comment")).toBe(1);
    const { data } = await bot.rest.issues.listComments({ ...repo, issue_number: target.issueNumber });
    expect(data).toHaveLength(1);
    expect(data[0]?.body).toBe(`${marker}\naccuracy 0.93`);
  });

  it("finds its comment past the first page on a busy pull request", async () => {
    const sandbox = await useSandbox();
    const { alice, bot, target } = await pullRequestWithApp(sandbox);
    await upsertStickyComment(bot, target, marker, "v1");
    for (let i = 0; i < 105; i++)
      await alice.rest.issues.createComment({
        ...repo,
        issue_number: target.issueNumber,
        body: `comment ${i}`,
      });

    const result = await upsertStickyComment(bot, target, marker, "v2");

    expect(result.action).toBe("updated");
    const all = await bot.paginate(bot.rest.issues.listComments, {
      ...repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    expect(all.filter((c) => c.body?.includes(marker))).toHaveLength(1);
  });

  it("leaves alone a person's comment that quotes the marker", async () => {
    const sandbox = await useSandbox();
    const { alice, bot, target } = await pullRequestWithApp(sandbox);
    const quoted = await alice.rest.issues.createComment({
      ...repo,
      issue_number: target.issueNumber,
      body: `see ${marker}`,
    });

    const result = await upsertStickyComment(bot, target, marker, "report");

    expect(result.action).toBe("created");
    const { data } = await bot.rest.issues.getComment({ ...repo, comment_id: quoted.data.id });
    expect(data.body).toBe(`see ${marker}`);
  });

  it("removes duplicates that racing runs left behind, keeping the oldest", async () => {
    const sandbox = await useSandbox();
    const { bot, target } = await pullRequestWithApp(sandbox);
    const made = [];
    for (let i = 0; i < 3; i++)
      made.push(
        (
          await bot.rest.issues.createComment({
            ...repo,
            issue_number: target.issueNumber,
            body: `${marker}\nrun ${i}`,
          })
        ).data.id,
      );

    const result = await upsertStickyComment(bot, target, marker, "merged report");

    expect(result).toMatchObject({ id: made[0], action: "updated", removedDuplicates: 2 });
    const { data } = await bot.rest.issues.listComments({ ...repo, issue_number: target.issueNumber });
    expect(data.map((c) => c.id)).toEqual([made[0]]);
  });

  it("refuses a marker that could break out of the HTML comment", () => {
    expect(() => commentMarker("report", "churn -->")).toThrow(/plain names/);
  });
});

describe("sticky comment under concurrent runs", () => {
  it("ends with exactly one comment when eight runs post at once", async () => {
    const sandbox = await useSandbox();
    const { bot, target } = await pullRequestWithApp(sandbox);

    const results = await Promise.all(
      Array.from({ length: 8 }, (_, run) =>
        upsertStickyComment(bot, target, marker, `report from run ${run}`),
      ),
    );

    const all = await bot.paginate(bot.rest.issues.listComments, {
      ...repo,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    const reports = all.filter((c) => c.body?.includes(marker));
    expect(reports).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([reports[0]?.id]));
    expect(reports[0]?.body).toMatch(/^<!-- trainyard:report:churn -->\nreport from run [0-7]$/);
  });
});
