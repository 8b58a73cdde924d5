import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { appManifest } from "../helpers/bot.ts";
import { releaseVersion, versionMetadataFor } from "../helpers/model-versions.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

interface BotProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `node bot/dist/index.js`, the committed bundle, as a deployment runs it. */
function startBundle(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [path.resolve("bot/dist/index.js")], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  return { child, output: () => output, exited };
}

async function listeningUrl(bot: BotProcess, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(bot.output());
    if (found?.[1]) return found[1];
    if (bot.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the bot did not start:\n${bot.output()}`);
}

describe("the bot's bundle (bot/dist/index.js)", () => {
  it("starts from its environment, opens the promotion pull request, reports health and metrics, and stops on SIGTERM", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn", {
      files: { ".trainyard/deployments.yml": "churn:\n  staging: v1\n" },
    });
    const { appId, privateKey, webhookSecret } = sandbox.world.registerApp({
      slug: "trainyard",
      ...appManifest(),
    });
    sandbox.world.installApp(appId, "acme");
    const keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-bot-")), "app.pem");
    fs.writeFileSync(keyFile, privateKey);

    const bot = startBundle({
      APP_ID: String(appId),
      PRIVATE_KEY_PATH: keyFile,
      WEBHOOK_SECRET: webhookSecret,
      GITHUB_API_URL: sandbox.url,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_FORMAT: "json",
    });
    const url = await listeningUrl(bot);
    sandbox.world.setAppWebhookUrl(appId, `${url}/api/github/webhooks`);

    const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
    await releaseVersion(
      sandbox,
      github,
      { owner: "acme", repo: "churn" },
      versionMetadataFor("churn", 1, { metrics: { accuracy: 0.9 } }),
    );
    await sandbox.webhooksIdle();

    const { data: pulls } = await github.rest.pulls.list({ owner: "acme", repo: "churn" });
    expect(pulls.map((p) => p.title)).toEqual(["Promote churn v1 to production"]);
    const health = await (await fetch(`${url}/healthz`)).json();
    expect(health).toMatchObject({ status: "ok", version: packageJson.version, appId });
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain('trainyard_bot_pull_requests_total{purpose="promote",change="opened"} 1');
    expect(metrics).toContain('trainyard_bot_webhook_deliveries_total{event="release",outcome="handled"}');
    // JSON logs, one object a line, for a log collector.
    const lines = bot.output().trim().split("\n");
    expect(lines.every((line) => line.startsWith("{"))).toBe(true);

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  }, 60_000);

  it("exits 2 naming what is missing from its environment", async () => {
    const bot = startBundle({
      WEBHOOK_SECRET: "s",
      PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----\\nx\\n-----END",
    });
    expect(await bot.exited).toBe(2);
    expect(bot.output()).toBe("trainyard bot: APP_ID: APP_ID is required: the GitHub App's id\n");
  });
});
