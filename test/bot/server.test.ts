import net from "node:net";
import { describe, expect, it } from "vitest";
import { botOptionsFromEnvironment } from "../../bot/environment.ts";
import type { BotFeature } from "../../bot/runtime.ts";
import { on } from "../../bot/runtime.ts";
import packageJson from "../../package.json" with { type: "json" };
import { useBot } from "../helpers/bot.ts";
import { useSandbox } from "../helpers/sandbox.ts";

/** A feature that counts the `ping` deliveries it handles, failing the first `failures` of them. */
function pingCounter(failures = 0) {
  const handled: string[] = [];
  let failed = 0;
  const feature: BotFeature = {
    name: "ping-counter",
    register(app, runtime) {
      on(app, runtime, "ping-counter", "ping", async (context) => {
        if (failed < failures) {
          failed += 1;
          throw new Error("the first attempt fails");
        }
        handled.push(context.id);
      });
    },
    routes: [
      {
        method: "POST",
        path: "/echo",
        handle: async (request) => ({ status: 201, body: { got: request.body.toString("utf8") } }),
      },
    ],
  };
  return { feature, handled };
}

const ping = {
  zen: "Keep it logically awesome.",
  hook_id: 1,
  hook: { type: "App", id: 1, events: ["release"] },
};

async function metricsText(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

describe("the bot's HTTP server", () => {
  it("answers /healthz with its version and uptime", async () => {
    const sandbox = await useSandbox();
    const { bot } = await useBot(sandbox);

    const response = await fetch(`${bot.url}/healthz`);

    expect(response.status).toBe(200);
    const health = await response.json();
    expect(health).toMatchObject({ status: "ok", version: packageJson.version });
    expect(health.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it("refuses a delivery whose signature does not match the secret, and counts it", async () => {
    const sandbox = await useSandbox();
    const { feature, handled } = pingCounter();
    const { bot, deliver } = await useBot(sandbox, { features: [feature] });

    const forged = await deliver("ping", ping, { secret: "not-the-secret" });

    expect(forged.status).toBe(400);
    expect(handled).toEqual([]);
    expect(await metricsText(bot.url)).toContain(
      'trainyard_bot_webhook_deliveries_total{event="unverified",outcome="rejected"} 1',
    );
  });

  it("handles a replayed delivery (the same X-GitHub-Delivery) once", async () => {
    const sandbox = await useSandbox();
    const { feature, handled } = pingCounter();
    const { bot, deliver } = await useBot(sandbox, { features: [feature] });

    const first = await deliver("ping", ping, { id: "d-1" });
    const replay = await deliver("ping", ping, { id: "d-1" });
    const other = await deliver("ping", ping, { id: "d-2" });
    const racing = await Promise.all([1, 2, 3].map(() => deliver("ping", ping, { id: "d-3" })));

    expect([first.status, replay.status, other.status]).toEqual([200, 200, 200]);
    expect(replay.body).toContain("duplicate delivery");
    expect(racing.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(handled).toEqual(["d-1", "d-2", "d-3"]);
    const metrics = await metricsText(bot.url);
    expect(metrics).toContain('trainyard_bot_webhook_deliveries_total{event="ping",outcome="handled"} 3');
    expect(metrics).toContain('trainyard_bot_webhook_deliveries_total{event="ping",outcome="duplicate"} 3');
  });

  it("handles a redelivery of a delivery that failed, as GitHub's Redeliver button sends it", async () => {
    const sandbox = await useSandbox();
    const { feature, handled } = pingCounter(1);
    const { bot, deliver, errors } = await useBot(sandbox, { features: [feature] });

    const failed = await deliver("ping", ping, { id: "d-9" });
    const redelivered = await deliver("ping", ping, { id: "d-9" });

    expect(failed.status).toBe(500);
    expect(redelivered.status).toBe(200);
    expect(handled).toEqual(["d-9"]);
    expect(errors()).toContain("ping-counter failed on ping (delivery d-9)");
    const metrics = await metricsText(bot.url);
    expect(metrics).toContain('trainyard_bot_errors_total{feature="ping-counter"} 1');
    expect(metrics).toContain('trainyard_bot_webhook_deliveries_total{event="ping",outcome="failed"} 1');
  });

  it("serves a feature's routes beside the webhook endpoint, and 404 or 405 elsewhere", async () => {
    const sandbox = await useSandbox();
    const { feature } = pingCounter();
    const { bot } = await useBot(sandbox, { features: [feature] });

    const echoed = await fetch(`${bot.url}/echo`, { method: "POST", body: "hello" });
    expect(echoed.status).toBe(201);
    expect(await echoed.json()).toEqual({ got: "hello" });
    expect((await fetch(`${bot.url}/echo`)).status).toBe(405);
    expect((await fetch(`${bot.url}/nowhere`)).status).toBe(404);
  });

  it("answers 408 and hangs up on a client that stalls mid-body, and keeps serving others", async () => {
    const sandbox = await useSandbox();
    const { bot } = await useBot(sandbox, { requestTimeoutMs: 600 });
    const { port, hostname } = new URL(bot.url);
    const socket = net.connect(Number(port), hostname);
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
    });
    const hungUp = new Promise<number>((resolve) => socket.on("close", () => resolve(Date.now())));
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    const started = Date.now();
    socket.write(
      'POST /alertmanager HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"version":',
    );

    expect((await hungUp) - started).toBeLessThan(5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it("shows Prometheus the process metrics too", async () => {
    const sandbox = await useSandbox();
    const { bot } = await useBot(sandbox);

    const metrics = await metricsText(bot.url);

    expect(metrics).toContain("# TYPE trainyard_bot_process_cpu_seconds_total counter");
    expect(metrics).toContain("# HELP trainyard_bot_pull_requests_total");
  });
});

describe("the bot's environment", () => {
  const key = "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n";

  it("reads the App's id, key, secret, API URL and where to listen", async () => {
    const options = await botOptionsFromEnvironment({
      APP_ID: "42",
      PRIVATE_KEY: key.replace(/\n/g, "\\n"),
      WEBHOOK_SECRET: "s3cret",
      GITHUB_API_URL: "http://127.0.0.1:4000",
      PORT: "0",
    });
    expect(options).toMatchObject({
      appId: 42,
      privateKey: key,
      webhookSecret: "s3cret",
      baseUrl: "http://127.0.0.1:4000",
      port: 0,
      host: "0.0.0.0",
      logLevel: "info",
    });
    const base64 = await botOptionsFromEnvironment({
      APP_ID: "42",
      PRIVATE_KEY: Buffer.from(key).toString("base64"),
      WEBHOOK_SECRET: "s",
    });
    expect(base64).toMatchObject({ privateKey: key, baseUrl: "https://api.github.com", port: 3000 });
  });

  it("says which variable is missing or wrong", async () => {
    await expect(botOptionsFromEnvironment({ PRIVATE_KEY: key, WEBHOOK_SECRET: "s" })).rejects.toThrow(
      "APP_ID: APP_ID is required: the GitHub App's id",
    );
    await expect(botOptionsFromEnvironment({ APP_ID: "42", WEBHOOK_SECRET: "s" })).rejects.toThrow(
      "set PRIVATE_KEY (the App's private key) or PRIVATE_KEY_PATH (its .pem file)",
    );
    await expect(
      botOptionsFromEnvironment({
        APP_ID: "42",
        PRIVATE_KEY_PATH: "/nonexistent/key.pem",
        WEBHOOK_SECRET: "s",
      }),
    ).rejects.toThrow("/nonexistent/key.pem PRIVATE_KEY_PATH: cannot read the private key (ENOENT)");
  });
});
