import http from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, type EmitterWebhookEvent, Webhooks } from "@octokit/webhooks";
import { afterEach, describe, expect, it } from "vitest";
import { signPayload } from "../../sandbox/webhooks.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/** One POST as the receiver saw it: headers and the raw body, byte for byte. */
interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  payload: Record<string, unknown>;
}

interface Receiver {
  url: string;
  received: Received[];
  /** Resolves once `count` deliveries have arrived (fails the test after 5 s). */
  waitFor(count: number): Promise<Received[]>;
}

const servers: http.Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

async function listen(server: http.Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A webhook receiver on loopback; `delayMs` makes it answer slowly (to expose overlapping deliveries). */
async function startReceiver(options: { delayMs?: () => number } = {}): Promise<Receiver> {
  const received: Received[] = [];
  let inFlight = 0;
  let overlapped = false;
  const waiters: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    inFlight += 1;
    if (inFlight > 1) overlapped = true;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: req.headers, body, payload: JSON.parse(body) as Record<string, unknown> });
      for (const wake of waiters.splice(0)) wake();
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(202).end();
      }, options.delayMs?.() ?? 0);
    });
  });
  const url = await listen(server);
  return {
    url,
    received,
    async waitFor(count) {
      const deadline = Date.now() + 5_000;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} deliveries at ${url}, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      if (overlapped) throw new Error(`deliveries to ${url} overlapped`);
      return received.slice(0, count);
    },
  };
}

describe("webhook deliveries", () => {
  it("signs each delivery so that @octokit/webhooks verifies it with the secret, and only with it", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const receiver = await startReceiver();
    sandbox.world.addRepoHook("acme/churn", receiver.url, "s3cret", ["push"]);

    sandbox.world.push("acme/churn", "main", { "model.json": "{}" });
    const [delivery] = await receiver.waitFor(1);
    if (!delivery) throw new Error("no delivery");
    const signature = delivery.headers["x-hub-signature-256"];

    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(await new Webhooks({ secret: "s3cret" }).verify(delivery.body, String(signature))).toBe(true);
    expect(await new Webhooks({ secret: "wrong" }).verify(delivery.body, String(signature))).toBe(false);
    const tampered = delivery.body.replace('"refs/heads/main"', '"refs/heads/evil"');
    expect(tampered).not.toBe(delivery.body);
    expect(await new Webhooks({ secret: "s3cret" }).verify(tampered, String(signature))).toBe(false);
    expect(signPayload("s3cret", delivery.body)).toBe(signature);
  });

  it("sends GitHub's delivery headers, with a delivery id unique to each delivery", async () => {
    const sandbox = await useSandbox();
    const repo = sandbox.world.createRepo("acme/churn");
    const receiver = await startReceiver();
    const hookId = sandbox.world.addRepoHook("acme/churn", receiver.url, "s3cret");

    for (let i = 0; i < 5; i++) sandbox.world.push("acme/churn", "main", { "n.txt": String(i) });
    const deliveries = await receiver.waitFor(5);

    const ids = deliveries.map((d) => d.headers["x-github-delivery"]);
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
    const url = await listen(http.createServer(createNodeMiddleware(webhooks, { path: "/hook" })));
    sandbox.world.addRepoHook("acme/churn", `${url}hook`, "s3cret", ["push"]);

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
    const receiver = await startReceiver();
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
    const receiver = await startReceiver();
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

    expect(delivery?.headers["x-github-event"]).toBe("push");
    expect(delivery?.payload).toMatchObject({
      ref: "refs/heads/main",
      before,
      after: data.commit.sha,
      head_commit: { id: data.commit.sha, message: "promote model" },
      sender: { login: "alice" },
      pusher: { name: "alice" },
    });
    expect(
      await new Webhooks({ secret: "s3cret" }).verify(
        delivery?.body ?? "",
        String(delivery?.headers["x-hub-signature-256"]),
      ),
    ).toBe(true);
  });

  it("sends nothing for an event a hook did not subscribe to", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const issuesOnly = await startReceiver();
    const all = await startReceiver();
    sandbox.world.addRepoHook("acme/churn", issuesOnly.url, "s", ["issues"]);
    sandbox.world.addRepoHook("acme/churn", all.url, "s", ["*"]);

    sandbox.world.push("acme/churn", "main", { "a.txt": "a" });
    await all.waitFor(1);
    await sandbox.webhooksIdle();

    expect(issuesOnly.received).toEqual([]);
    expect(sandbox.world.webhooks.deliveries.map((d) => d.url)).toEqual([all.url]);
  });

  it("delivers to an app only for repositories it is installed on, with that installation's id", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/one");
    sandbox.world.createRepo("acme/two");
    sandbox.world.createRepo("other/three");
    const appReceiver = await startReceiver();
    const repoReceiver = await startReceiver();
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

    expect(appReceiver.received).toHaveLength(1);
    const [toApp] = appReceiver.received;
    expect(toApp?.payload).toMatchObject({
      repository: { full_name: "acme/one" },
      installation: { id: installationId },
    });
    expect(toApp?.headers["x-github-hook-installation-target-type"]).toBe("integration");
    expect(toApp?.headers["x-github-hook-installation-target-id"]).toBe(String(appId));
    expect(
      await new Webhooks({ secret: webhookSecret }).verify(
        toApp?.body ?? "",
        String(toApp?.headers["x-hub-signature-256"]),
      ),
    ).toBe(true);
    // A repository hook is not an app: its payload carries no installation.
    expect(repoReceiver.received).toHaveLength(1);
    expect(repoReceiver.received[0]?.payload).toMatchObject({ repository: { full_name: "acme/two" } });
    expect(repoReceiver.received[0]?.payload).not.toHaveProperty("installation");
  });

  it("covers every repository of the account when the app is installed on all of them", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/one");
    sandbox.world.createRepo("acme/two");
    sandbox.world.createRepo("other/three");
    const receiver = await startReceiver();
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
      receiver.received.map((r) => [
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
    const receiver = await startReceiver({ delayMs: () => Math.floor(Math.random() * 8) });
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
    const down = await listen(http.createServer());
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    const receiver = await startReceiver();
    sandbox.world.addRepoHook("acme/churn", down, "s");
    sandbox.world.addRepoHook("acme/churn", receiver.url, "s");

    sandbox.world.push("acme/churn", "main", { "a.txt": "a" });
    await sandbox.webhooksIdle();

    const byUrl = Object.fromEntries(sandbox.world.webhooks.deliveries.map((d) => [d.url, d]));
    expect(byUrl[down]).toMatchObject({ status: null, event: "push" });
    expect(byUrl[down]?.error).toBeTruthy();
    expect(byUrl[receiver.url]).toMatchObject({ status: 202, error: null });
    expect(receiver.received).toHaveLength(1);
  });
});
