import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { pino } from "pino";
import { onTestFinished } from "vitest";
import { parse } from "yaml";
import { type BotOptions, type RunningBot, startBot } from "../../bot/server.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import type { Permissions } from "../../sandbox/state.ts";
import { signPayload } from "../../sandbox/webhooks.ts";

/** What the bot logged, one record per line, as pino writes it. */
export interface LogRecord {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export interface BotUnderTest {
  bot: RunningBot;
  appId: number;
  installationId: number;
  webhookSecret: string;
  logs: LogRecord[];
  /** The messages logged at error level. */
  errors(): string[];
  /** Another replica of the same App (same id, key and secret) on a port of its own, closed after the test. */
  replica(options?: Partial<BotOptions>): Promise<RunningBot>;
  /** POSTs a delivery signed with the app's secret, as GitHub sends it. */
  deliver(
    event: string,
    payload: unknown,
    /** `body`: the JSON text as sent, in place of JSON.stringify(payload) (e.g. with escapes). */
    options?: { id?: string; secret?: string; body?: string },
  ): Promise<{ status: number; body: string }>;
}

/** The App as bot/app.yml registers it: the permissions and events the bot asks for, no more. */
export function appManifest(): { permissions: Permissions; events: string[] } {
  const manifest = parse(fs.readFileSync("bot/app.yml", "utf8")) as {
    default_permissions: Permissions;
    default_events: string[];
  };
  return { permissions: manifest.default_permissions, events: manifest.default_events };
}

/**
 * The real bot (Probot over HTTP) as a GitHub App registered in the sandbox from bot/app.yml and
 * installed on `account`, the sandbox delivering the App's webhooks to it. Closed after the test.
 */
export async function useBot(
  sandbox: Sandbox,
  options: {
    account?: string;
    repositories?: "all" | string[];
    /** Point the App's webhook at the bot (default); false to deliver only by hand. */
    subscribe?: boolean;
  } & Partial<BotOptions> = {},
): Promise<BotUnderTest> {
  const { account = "acme", repositories = "all", subscribe = true, ...botOptions } = options;
  const { appId, privateKey, webhookSecret } = sandbox.world.registerApp({
    slug: "trainyard",
    ...appManifest(),
  });
  const installationId = sandbox.world.installApp(appId, account, repositories);
  const logs: LogRecord[] = [];
  const log = pino(
    { level: "debug" },
    {
      write(line: string) {
        logs.push(JSON.parse(line) as LogRecord);
      },
    },
  );
  const settings: BotOptions = {
    appId,
    privateKey,
    webhookSecret,
    baseUrl: sandbox.url,
    retryTimeUnitMs: 5,
    writeSpacingMs: 0,
    log,
    ...botOptions,
  };
  const bot = await startBot(settings);
  // Closed after the sandbox (vitest runs onTestFinished after afterEach), which waits for its
  // deliveries first: none is cut off.
  onTestFinished(() => bot.close());
  if (subscribe) sandbox.world.setAppWebhookUrl(appId, bot.webhookUrl);
  return {
    bot,
    appId,
    installationId,
    webhookSecret,
    logs,
    errors: () => logs.filter((record) => record.level >= 50).map((record) => record.msg),
    async replica(options = {}) {
      const other = await startBot({ ...settings, ...options });
      onTestFinished(() => other.close());
      return other;
    },
    async deliver(event, payload, deliverOptions = {}) {
      const body = deliverOptions.body ?? JSON.stringify(payload);
      const response = await fetch(bot.webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "GitHub-Hookshot/test",
          "x-github-event": event,
          "x-github-delivery": deliverOptions.id ?? randomUUID(),
          "x-hub-signature-256": signPayload(deliverOptions.secret ?? webhookSecret, body),
        },
        body,
      });
      return { status: response.status, body: await response.text() };
    },
  };
}
