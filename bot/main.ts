#!/usr/bin/env node
import { isTrainyardError } from "../lib/errors.ts";
import { botOptionsFromEnvironment } from "./environment.ts";
import { startBot } from "./server.ts";

/** `node bot/dist/index.js`: the Trainyard GitHub App, configured by its environment (see environment.ts). */
try {
  const bot = await startBot(await botOptionsFromEnvironment(process.env));
  bot.probot.log.info(
    `Trainyard bot listening on ${bot.url}: webhooks at ${bot.webhookUrl}, /healthz, /metrics`,
  );
  const stop = () => {
    bot.close().then(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
} catch (error) {
  if (!isTrainyardError(error)) throw error;
  console.error(`trainyard bot: ${error.message}`);
  process.exitCode = 2;
}
