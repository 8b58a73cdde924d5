import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onTestFinished } from "vitest";
import type { Sandbox } from "../../sandbox/server.ts";
import { appManifest } from "./bot.ts";
import { FAST_GITHUB_ENV } from "./reliability.ts";

/**
 * The bot's bundle (`node bot/dist/index.js`) as processes that can be killed: the App is
 * registered and installed on acme once, and each `start()` is a fresh process of it that the
 * sandbox's webhooks go to.
 */
export interface BotProcesses {
  appId: number;
  start(): Promise<RunningBotProcess>;
}

export interface RunningBotProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

export function botProcesses(sandbox: Sandbox): BotProcesses {
  const { appId, privateKey, webhookSecret } = sandbox.world.registerApp({
    slug: "trainyard",
    ...appManifest(),
  });
  sandbox.world.installApp(appId, "acme");
  const keyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-bot-")), "app.pem");
  fs.writeFileSync(keyFile, privateKey);
  onTestFinished(() => fs.rmSync(path.dirname(keyFile), { recursive: true, force: true }));
  return {
    appId,
    async start() {
      const child = spawn(process.execPath, [path.resolve("bot/dist/index.js")], {
        env: {
          PATH: process.env.PATH ?? "",
          APP_ID: String(appId),
          PRIVATE_KEY_PATH: keyFile,
          WEBHOOK_SECRET: webhookSecret,
          GITHUB_API_URL: sandbox.url,
          PORT: "0",
          HOST: "127.0.0.1",
          LOG_FORMAT: "json",
          ...FAST_GITHUB_ENV,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      const collect = (chunk: Buffer) => {
        output += chunk.toString("utf8");
      };
      child.stdout?.on("data", collect);
      child.stderr?.on("data", collect);
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      onTestFinished(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      });
      const deadline = Date.now() + 20_000;
      for (;;) {
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (found?.[1]) {
          sandbox.world.setAppWebhookUrl(appId, `${found[1]}/api/github/webhooks`);
          return { child, url: found[1], output: () => output, exited };
        }
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`the bot did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
