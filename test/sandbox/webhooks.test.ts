import { createNodeMiddleware, type EmitterWebhookEvent, Webhooks } from "@octokit/webhooks";
import { describe, expect, it } from "vitest";
import { signPayload } from "../../sandbox/webhooks.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { localServer, webhookReceiver } from "../helpers/webhook-receiver.ts";

describe("webhook deliveries", () => {
  it("signs each delivery so that @octokit/webhooks verifies it with the secret, and only with it", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook("acme/churn", receiver.url, "s3cret", ["push"]);

    sandbox.world.push("acme/churn", "main", { "model.json": "{}" });
    const [delivery] = await receiver.waitFor(1);
    if (!delivery) throw new Error("no delivery");
    const signature = delivery.signature;

    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(await new Webhooks({ secret: "s3cret" }).verify(delivery.raw, String(signature))).toBe(true);
    expect(await new Webhooks({ secret: "wrong" }).verify(delivery.raw, String(signature))).toBe(false);
    const tampered = delivery.raw.replace('"refs/heads/main"', '"refs/heads/evil"');
    expect(tampered).not.toBe(delivery.raw);
    expect(await new Webhooks({ secret: "s3cret" }).verify(tampered, String(signature))).toBe(false);
    expect(signPayload("s3cret", delivery.raw)).toBe(signature);
  });

  it("sends GitHub's delivery headers, with a delivery id unique to each delivery", async () => {
    const sandbox = await useSandbox();
    const repo = sandbox.world.createRepo("acme/churn");
    const receiver = await webhookReceiver();
    const hookId = sandbox.world.addRepoHook("acme/churn", receiver.url, "s3cret");

    for (let i = 0; i < 5; i++) sandbox.world.push("acme/churn", "main", { "n.txt": String(i) });
    const deliveries = await receiver.waitFor(5);

    const ids = deliveries.map((d) => d.delivery);
    expect(new Set(ids).size).toBe(5);
    for (const d of deliveries) {
      expect(d.headers["x-github-event"]).toBe("push");
      expect(d.headers["x-github-delivery"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(d.headers["user-agent"]).toMatch(/^GitHub-Hookshot\//);
      expect(d.headers["content-type"]).toBe("application/json");
      expect(d.headers["x-github-hook-id"]).toBe(String(hookId));
      expect(d.headers["x-github-hook-installation-target-type"]).toBe("repository");
      expect(d.headers["x-github-hook-installation-target-id"]).toBe(String(repo.id));
      expect(d.headers["x-hub-signature"]).toMatch(/^sha1=[0-9a-f]{40}$/);
    }
    await sandbox.webhooksIdle();
    expect(sandbox.world.webhooks.deliveries.map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(sandbox.world.webhooks.deliveries.every((d) => d.status === 202 && d.error === null)).toBe(true);
  });

  it("delivers a push made with world.push() to @octokit/webhooks' own middleware", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const before = sandbox.world.repo("acme/churn").refs["refs/heads/main"];
    const webhooks = new Webhooks({ secret: "s3cret" });
    const pushes: Array<EmitterWebhookEvent<"push">> = [];
    webhooks.on("push", (event) => {
      pushes.push(event);
    });
    const server = await localServer(createNodeMiddleware(webhooks, { path: "/hook" }));
    sandbox.world.addRepoHook("acme/churn", `${server.origin}/hook`, "s3cret", ["push"]);

    const after = sandbox.world.push(
      "acme/churn",
      "main",
      { "model.json": '{"auc":0.91}' },
      { message: "train" },
    );
    await sandbox.webhooksIdle();

    expect(sandbox.world.webhooks.deliveries.map((d) => d.status)).toEqual([200]);
    expect(pushes).toHaveLength(1);
    const payload = pushes[0]?.payload;
    expect(payload).toMatchObject({
      ref: "refs/heads/main",
      before,
      after,
      repository: { full_name: "acme/churn" },
      head_commit: { id: after, message: "train" },
    });
  });

  it("gives a push's repository GitHub's push shape: Unix-second timestamps and master_branch", async () => {
    // Every push example GitHub documents (@octokit/webhooks-examples) has numeric created_at and
    // pushed_at and a master_branch; a receiver that parses them as numbers must not break here.
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook("acme/churn", receiver.url, "s3cret", ["push"]);

    sandbox.world.push("acme/churn", "main", { "a.txt": "a" });
    const [delivery] = await receiver.waitFor(1);
    const repository = delivery?.payload.repository as Record<string, unknown>;

    expect(typeof repository.created_at).toBe("number");
    expect(typeof repository.pushed_at).toBe("number");
    expect(Math.abs((repository.pushed_at as number) - Date.now() / 1000)).toBeLessThan(120);
    expect(repository.master_branch).toBe("main");
  });

  it("delivers a push for a contents write made through Octokit", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const before = sandbox.world.repo("acme/churn").refs["refs/heads/main"];
    const receiver = await webhookReceiver();
    sandbox.world.addRepoHook("acme/churn", receiver.url, "s3cret");
    const github = clientFor(sandbox, sandbox.world.issueToken("alice"));
    sandbox.world.addCollaborator("acme/churn", "alice", "write");

    const { data } = await github.rest.repos.createOrUpdateFileContents({
      owner: "acme",
      repo: "churn",
      path: "models/latest.json",
      message: "promote model",
      content: Buffer.from('{"version":3}').toString("base64"),
    });
    const [delivery] = await receiver.waitFor(1);

    expect(delivery?.event).toBe("push");
    expect(delivery?.payload).toMatchObject({
      ref: "refs/heads/main",
      before,
      after: data.commit.sha,
      head_commit: { id: data.commit.sha, message: "promote model" },
      sender: { login: "alice" },
      pusher: { name: "alice" },
    });
    expect(
      await new Webhooks({ secret: "s3cret" }).verify(delivery?.raw ?? "", String(delivery?.signature)),
    ).toBe(true);
  });

  it("sends nothing for an event a hook did not subscribe to", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const issuesOnly = await webhookReceiver();
    const all = await webhookReceiver();
    sandbox.world.addRepoHook("acme/churn", issuesOnly.url, "s", ["issues"]);
    sandbox.world.addRepoHook("acme/churn", all.url, "s", ["*"]);

    sandbox.world.push("acme/churn", "main", { "a.txt": "a" });
    await all.waitFor(1);
    await sandbox.webhooksIdle();

    expect(issuesOnly.deliveries).toEqual([]);
    expect(sandbox.world.webhooks.deliveries.map((d) => d.url)).toEqual([all.url]);
  });

  it("delivers to an app only for repositories it is installed on, with that installation's id", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/one");
    sandbox.world.createRepo("acme/two");
    sandbox.world.createRepo("other/three");
    const appReceiver = await webhookReceiver();
    const repoReceiver = await webhookReceiver();
    const { appId, webhookSecret } = sandbox.world.registerApp({
      slug: "trainyard",
      webhookUrl: appReceiver.url,
      events: ["push"],
    });
    const installationId = sandbox.world.installApp(appId, "acme", ["acme/one"]);
    sandbox.world.addRepoHook("acme/two", repoReceiver.url, "s3cret");

    sandbox.world.push("acme/one", "main", { "a.txt": "1" });
    sandbox.world.push("acme/two", "main", { "a.txt": "2" });
    sandbox.world.push("other/three", "main", { "a.txt": "3" });
    await sandbox.webhooksIdle();

    expect(appReceiver.deliveries).toHaveLength(1);
    const [toApp] = appReceiver.deliveries;
    expect(toApp?.payload).toMatchObject({
      repository: { full_name: "acme/one" },
      installation: { id: installationId },
    });
    expect(toApp?.headers["x-github-hook-installation-target-type"]).toBe("integration");
    expect(toApp?.headers["x-github-hook-installation-target-id"]).toBe(String(appId));
    expect(
      await new Webhooks({ secret: webhookSecret }).verify(toApp?.raw ?? "", String(toApp?.signature)),
    ).toBe(true);
    // A repository hook is not an app: its payload carries no installation.
    expect(repoReceiver.deliveries).toHaveLength(1);
    expect(repoReceiver.deliveries[0]?.payload).toMatchObject({ repository: { full_name: "acme/two" } });
    expect(repoReceiver.deliveries[0]?.payload).not.toHaveProperty("installation");
  });

  it("covers every repository of the account when the app is installed on all of them", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/one");
    sandbox.world.createRepo("acme/two");
    sandbox.world.createRepo("other/three");
    const receiver = await webhookReceiver();
    const { appId } = sandbox.world.registerApp({
      slug: "trainyard",
      webhookUrl: receiver.url,
      events: ["push"],
    });
    const installationId = sandbox.world.installApp(appId, "acme", "all");

    for (const repo of ["acme/one", "acme/two", "other/three"])
      sandbox.world.push(repo, "main", { "a.txt": repo });
    await sandbox.webhooksIdle();

    expect(
      receiver.deliveries.map((r) => [
        (r.payload.repository as { full_name: string }).full_name,
        (r.payload.installation as { id: number }).id,
      ]),
    ).toEqual([
      ["acme/one", installationId],
      ["acme/two", installationId],
    ]);
  });

  it("delivers to one URL in order, one at a time, even to a slow receiver", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const receiver = await webhookReceiver({ delayMs: () => Math.floor(Math.random() * 8) });
    sandbox.world.addRepoHook("acme/churn", receiver.url, "s3cret", ["push"]);

    const shas: string[] = [];
    for (let i = 0; i < 20; i++)
      shas.push(sandbox.world.push("acme/churn", "main", { "step.txt": String(i) }));
    const deliveries = await receiver.waitFor(20);

    expect(deliveries.map((d) => d.payload.after)).toEqual(shas);
    for (let i = 1; i < deliveries.length; i++)
      expect(deliveries[i]?.payload.before).toBe(deliveries[i - 1]?.payload.after);
  });

  it("records a delivery to a receiver that is down, and goes on delivering", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const down = await webhookReceiver();
    const receiver = await webhookReceiver();
    await down.close();
    sandbox.world.addRepoHook("acme/churn", down.url, "s");
    sandbox.world.addRepoHook("acme/churn", receiver.url, "s");

    sandbox.world.push("acme/churn", "main", { "a.txt": "a" });
    await sandbox.webhooksIdle();

    const byUrl = Object.fromEntries(sandbox.world.webhooks.deliveries.map((d) => [d.url, d]));
    expect(byUrl[down.url]).toMatchObject({ status: null, event: "push" });
    expect(byUrl[down.url]?.error).toBeTruthy();
    expect(byUrl[receiver.url]).toMatchObject({ status: 202, error: null });
    expect(receiver.deliveries).toHaveLength(1);
  });
});
