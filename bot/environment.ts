import { readFile } from "node:fs/promises";
import { ConfigError } from "../lib/errors.ts";
import * as z from "../lib/zod.ts";
import type { BotOptions, LogLevel } from "./server.ts";

/**
 * The bot's settings from its environment, checked once here:
 *
 * | variable | meaning |
 * | --- | --- |
 * | `APP_ID` | the GitHub App's id (required) |
 * | `PRIVATE_KEY` or `PRIVATE_KEY_PATH` | the App's private key: the PEM (newlines may be written `\n`, or the whole key base64-encoded), or the path of the .pem file |
 * | `WEBHOOK_SECRET` | the App's webhook secret (required) |
 * | `GITHUB_API_URL` | GitHub's REST API root (default https://api.github.com) |
 * | `PORT`, `HOST` | where to listen (default 3000 on 0.0.0.0) |
 * | `LOG_LEVEL` | trace, debug, info (default), warn, error, fatal |
 * | `LOG_FORMAT` | `pretty` (default) or `json` (one JSON object a line, for log collectors) |
 * | `ALERTMANAGER_TOKEN` | the bearer token Alertmanager sends to `POST /alertmanager` (unset: that route refuses every call) |
 */
const environment = z.object({
  APP_ID: z
    .string({ error: "APP_ID is required: the GitHub App's id" })
    .check(z.regex(/^\d+$/, "APP_ID must be a number")),
  PRIVATE_KEY: z.optional(z.string().check(z.minLength(1))),
  PRIVATE_KEY_PATH: z.optional(z.string().check(z.minLength(1))),
  WEBHOOK_SECRET: z
    .string({ error: "WEBHOOK_SECRET is required: the App's webhook secret" })
    .check(z.minLength(1)),
  GITHUB_API_URL: z._default(z.url({ error: "GITHUB_API_URL must be a URL" }), "https://api.github.com"),
  PORT: z._default(
    z.coerce.number({ error: "PORT must be a port number" }).check(z.int(), z.minimum(0), z.maximum(65_535)),
    3000,
  ),
  HOST: z._default(z.string().check(z.minLength(1)), "0.0.0.0"),
  LOG_LEVEL: z._default(z.enum(["trace", "debug", "info", "warn", "error", "fatal"]), "info"),
  LOG_FORMAT: z._default(z.enum(["pretty", "json"]), "pretty"),
  ALERTMANAGER_TOKEN: z.optional(
    z.string().check(z.minLength(16, "ALERTMANAGER_TOKEN must be at least 16 characters")),
  ),
});

export async function botOptionsFromEnvironment(env: NodeJS.ProcessEnv): Promise<BotOptions> {
  const parsed = environment.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(issue?.message ?? "invalid environment", { field: String(issue?.path[0] ?? "") });
  }
  const values = parsed.data;
  return {
    appId: Number(values.APP_ID),
    privateKey: await privateKey(values.PRIVATE_KEY, values.PRIVATE_KEY_PATH),
    webhookSecret: values.WEBHOOK_SECRET,
    baseUrl: values.GITHUB_API_URL,
    port: values.PORT,
    host: values.HOST,
    logLevel: values.LOG_LEVEL as LogLevel,
    logFormat: values.LOG_FORMAT,
    ...(values.ALERTMANAGER_TOKEN ? { alertmanagerToken: values.ALERTMANAGER_TOKEN } : {}),
  };
}

async function privateKey(inline: string | undefined, path: string | undefined): Promise<string> {
  if (inline !== undefined) {
    const text = inline.includes("-----BEGIN")
      ? inline.replace(/\\n/g, "\n")
      : Buffer.from(inline, "base64").toString("utf8");
    if (!text.includes("-----BEGIN"))
      throw new ConfigError("PRIVATE_KEY is neither a PEM key nor a base64-encoded one", {
        field: "PRIVATE_KEY",
      });
    return text;
  }
  if (path === undefined)
    throw new ConfigError("set PRIVATE_KEY (the App's private key) or PRIVATE_KEY_PATH (its .pem file)", {
      field: "PRIVATE_KEY",
    });
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read the private key (${(error as NodeJS.ErrnoException).code})`, {
      file: path,
      field: "PRIVATE_KEY_PATH",
    });
  }
}
