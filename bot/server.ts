import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, type Logger, Probot, ProbotOctokit } from "probot";
import { thousands } from "../lib/format.ts";
import { DEFAULT_API_URL } from "../lib/github/client.ts";
import { requestPolicy, requestPolicyPlugin } from "../lib/github/request-policy.ts";
import packageJson from "../package.json" with { type: "json" };
import { FEATURES, featureRoutes, trainyardApp } from "./app.ts";
import { loadRepoConfig } from "./config.ts";
import { DeliveryLedger } from "./deliveries.ts";
import { type BotMetrics, createBotMetrics, type DeliveryOutcome } from "./metrics.ts";
import {
  actsOn,
  type BotFeature,
  type BotRequest,
  type BotResponse,
  type BotRoute,
  type BotRuntime,
  mayActOn,
} from "./runtime.ts";

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal";

export interface BotOptions {
  appId: number | string;
  /** The app's private key (PEM). */
  privateKey: string;
  webhookSecret: string;
  /** GitHub's REST API root: https://api.github.com (default), a GitHub Enterprise Server `/api/v3`, or the sandbox. */
  baseUrl?: string;
  /** 0 (default) lets the system choose; the chosen port is in `url`. */
  port?: number;
  /** Default 127.0.0.1; `0.0.0.0` to listen on every interface. */
  host?: string;
  logLevel?: LogLevel;
  /** `pretty` (default) for people, `json` for log collectors. */
  logFormat?: "pretty" | "json";
  /** A pino logger to write to instead of Probot's own (tests read what the bot logs). */
  log?: Logger;
  /** Where GitHub posts webhooks: `/api/github/webhooks`, Probot's default. */
  webhookPath?: string;
  /** The bot's features; all of them (bot/app.ts) by default. */
  features?: readonly BotFeature[];
  /** HTTP routes beside the features' own. */
  extraRoutes?: BotRoute[];
  /** Attempts after the first for a failed request to GitHub (as createGitHubClient). */
  retries?: number;
  /** Milliseconds one second of back-off lasts: tests against the sandbox shrink it. */
  retryTimeUnitMs?: number;
  /** Least time between two writes to GitHub: GitHub asks for a second; the sandbox needs none. */
  writeSpacingMs?: number;
  /** How many delivery ids to remember against replays (default 10,000). */
  deliveryMemory?: number;
  /** The bearer token Alertmanager sends to `POST /alertmanager` (unset: that route refuses all). */
  alertmanagerToken?: string;
  /**
   * Milliseconds a client has to send a whole request (default 30,000): a client that stalls
   * mid-body is answered 408 and disconnected instead of holding a connection for Node's 300 s.
   */
  requestTimeoutMs?: number;
}

export interface RunningBot {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  /** Where to point the GitHub App's webhook. */
  webhookUrl: string;
  probot: Probot;
  metrics: BotMetrics;
  close(): Promise<void>;
}

export const DEFAULT_WEBHOOK_PATH = "/api/github/webhooks";
/** GitHub caps a webhook payload at 25 MB. */
const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
const MAX_ROUTE_BYTES = 1024 * 1024;

/**
 * Starts the Trainyard GitHub App: Probot's webhook endpoint (signatures verified, replayed
 * deliveries answered without being handled again) and, on the same server, `/healthz`,
 * `/metrics` and the features' routes. Its Octokit retries and waits out rate limits as every
 * Trainyard client does (lib/github/client.ts).
 */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const started = Date.now();
  const metrics = createBotMetrics();
  const features = options.features ?? FEATURES;
  const webhookPath = options.webhookPath ?? DEFAULT_WEBHOOK_PATH;
  let probot: Probot | undefined;
  const octokitLog = {
    debug: (message: string) => probot?.log.debug(message),
    info: (message: string) => probot?.log.info(message),
    warn: (message: string) => probot?.log.warn(message),
    error: (message: string) => probot?.log.error(message),
  };
  const policy = requestPolicy({
    log: octokitLog,
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.retryTimeUnitMs !== undefined ? { retryTimeUnitMs: options.retryTimeUnitMs } : {}),
    ...(options.writeSpacingMs !== undefined ? { writeSpacingMs: options.writeSpacingMs } : {}),
  });
  // Probot's Octokit retries and throttles with plugins of its own; they are turned off for
  // Trainyard's policy, so the bot's requests wait and retry as every other client's. The throttle
  // id Probot sets (one per installation) keeps each installation's writes in a queue of its own.
  const Octokit = ProbotOctokit.plugin(requestPolicyPlugin).defaults(
    (instance: Record<string, unknown> & { throttle?: { id?: string } }) => ({
      ...instance,
      retry: { enabled: false },
      throttle: { enabled: false },
      requestPolicy: policy,
      requestQueue: instance.throttle?.id ?? "app",
    }),
  );
  const app = new Probot({
    appId: options.appId,
    privateKey: options.privateKey,
    secret: options.webhookSecret,
    baseUrl: (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, ""),
    Octokit: Octokit as typeof ProbotOctokit,
    logLevel: options.logLevel ?? "info",
    logFormat: options.logFormat ?? "pretty",
    webhookPath,
    ...(options.log ? { log: options.log } : {}),
  });
  probot = app;
  await app.ready();

  const runtime: BotRuntime = {
    metrics,
    get log() {
      return app.log;
    },
    async clientFor(repo) {
      const asApp = await app.auth();
      const { data } = await asApp.rest.apps.getRepoInstallation({ owner: repo.owner, repo: repo.repo });
      return app.auth(data.id);
    },
    config: loadRepoConfig,
    alertmanagerToken: options.alertmanagerToken,
  };
  const middleware = await createNodeMiddleware(trainyardApp(runtime, features), {
    probot: app,
    webhooksPath: webhookPath,
  });
  const ledger = new DeliveryLedger(options.deliveryMemory);
  const routes: Array<{ route: BotRoute; feature: string }> = [
    { route: healthRoute(started, options.appId), feature: "health" },
    { route: metricsRoute(), feature: "metrics" },
    ...features.flatMap((feature) =>
      featureRoutes([feature]).map((route) => ({ route, feature: feature.name })),
    ),
    ...(options.extraRoutes ?? []).map((route) => ({ route, feature: "extra" })),
  ];

  const receiveWebhook = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const raw = await readBody(req, MAX_WEBHOOK_BYTES);
    const id = header(req, "x-github-delivery");
    const event = header(req, "x-github-event");
    const count = (outcome: DeliveryOutcome, label = event ?? "unknown") =>
      metrics.deliveries.inc({ event: label, outcome });
    if (!signedWith(options.webhookSecret, raw, header(req, "x-hub-signature-256"))) {
      count("rejected", "unverified");
      // Probot's middleware reads a body already read from `req.body`.
      req.body = raw.toString("utf8");
      await middleware(req, res);
      return;
    }
    if (id && !ledger.begin(id)) {
      count("duplicate");
      app.log.info(`delivery ${id} was handled already: ignored`);
      send(res, { status: 200, body: { message: "duplicate delivery: handled already" } });
      return;
    }
    // Most deliveries (a comment that is no command, a release that is no model version) concern
    // no handler: answered here as Probot would answer them, without its per-event context and
    // installation client, and most of them without being parsed (mayActOn). Requests Probot would
    // refuse, and deliveries a handler acts on, go on.
    const ignore = (id: string, event: string, action: () => unknown) => {
      ledger.finish(id, true);
      count("handled");
      // The line is worded only when it is logged: most of these deliveries are never read further.
      if (app.log.isLevelEnabled("debug"))
        app.log.debug(`delivery ${id} (${describeEvent(event, action())}): no handler acts on it`);
      res.writeHead(200, IGNORED_HEADERS).end(IGNORED_BODY);
    };
    const json = id !== undefined && event !== undefined && isJsonContent(req);
    if (json && looksLikeJsonObject(raw) && !mayActOn(app, event, raw))
      return ignore(id, event, () => leadingAction(raw));
    const text = raw.toString("utf8");
    req.body = text;
    const payload = json ? parseObject(text) : undefined;
    if (json && payload && !actsOn(app, event, payload)) return ignore(id, event, () => payload.action);
    try {
      await middleware(req, res);
    } finally {
      const succeeded = res.statusCode >= 200 && res.statusCode < 300;
      if (id) ledger.finish(id, succeeded);
      count(succeeded ? "handled" : "failed");
    }
  };

  const dispatch = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://bot.invalid");
    if (url.pathname === webhookPath && req.method === "POST") return receiveWebhook(req, res);
    const onPath = routes.filter(({ route }) => route.path === url.pathname);
    const found = onPath.find(({ route }) => route.method === req.method);
    if (!found) {
      if (onPath.length > 0)
        return send(res, {
          status: 405,
          headers: { allow: onPath.map(({ route }) => route.method).join(", ") },
          body: { message: `${req.method} is not allowed on ${url.pathname}` },
        });
      return send(res, { status: 404, body: { message: `nothing at ${url.pathname}` } });
    }
    const request: BotRequest = {
      method: req.method ?? "GET",
      url,
      headers: req.headers,
      body: await readBody(req, MAX_ROUTE_BYTES),
    };
    try {
      send(res, await found.route.handle(request, runtime));
    } catch (error) {
      metrics.errors.inc({ feature: found.feature });
      app.log.error({ err: error }, `${found.route.method} ${found.route.path} failed`);
      send(res, { status: 500, body: { message: "internal error" } });
    }
  };

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const serverOptions = {
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 10_000),
    // How often Node looks for requests past their time; its default of 30 s would outlast short limits.
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeout / 4))),
  };
  const server = http.createServer(serverOptions, (req, res) => {
    dispatch(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        send(res, { status: 413, body: { message: error.message } });
        return;
      }
      app.log.error({ err: error }, `${req.method} ${req.url} failed`);
      if (!res.headersSent) send(res, { status: 500, body: { message: "internal error" } });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host === "0.0.0.0" || host === "[::]" ? "127.0.0.1" : host}:${address.port}`;
  let closed: Promise<void> | undefined;
  return {
    url,
    webhookUrl: `${url}${webhookPath}`,
    probot: app,
    metrics,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function healthRoute(started: number, appId: number | string): BotRoute {
  return {
    method: "GET",
    path: "/healthz",
    handle: async () => ({
      status: 200,
      body: {
        status: "ok",
        version: packageJson.version,
        appId: Number(appId),
        uptimeSeconds: Math.round((Date.now() - started) / 1000),
      },
    }),
  };
}

function metricsRoute(): BotRoute {
  return {
    method: "GET",
    path: "/metrics",
    handle: async (_request, runtime) => ({
      status: 200,
      headers: { "content-type": runtime.metrics.registry.contentType },
      body: await runtime.metrics.registry.metrics(),
    }),
  };
}

/** `X-Hub-Signature-256` checked as GitHub signs it: HMAC-SHA256 of the raw body with the secret. */
function signedWith(secret: string, body: Buffer, signature: string | undefined): boolean {
  if (!signature?.startsWith("sha256=")) return false;
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What @octokit/webhooks' middleware answers a delivery it handled. */
const IGNORED_BODY = "ok\n";
const IGNORED_HEADERS = {
  "content-type": "text/plain",
  accept: "application/json",
  "content-length": String(IGNORED_BODY.length),
};

/** The content type @octokit/webhooks' middleware accepts (others get 415 from it). */
function isJsonContent(req: http.IncomingMessage): boolean {
  const type = req.headers["content-type"];
  return type !== undefined && /^\s*(application\/json)\s*(?:;|$)/u.test(type);
}

/** The JSON object `text` holds; undefined for anything else (Probot answers those). */
function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether `body` may be a JSON object: it starts with `{` and ends with `}`. A body that is not
 * (cut short, empty, another value) is parsed, so that Probot refuses it as it would.
 */
function looksLikeJsonObject(body: Buffer): boolean {
  let first = 0;
  while (first < body.length && JSON_SPACE.has(body[first] as number)) first++;
  let last = body.length - 1;
  while (last > first && JSON_SPACE.has(body[last] as number)) last--;
  return last > first && body[first] === 0x7b && body[last] === 0x7d;
}

/** What JSON counts as space between tokens: tab, line feed, carriage return, space. */
const JSON_SPACE = new Set([0x09, 0x0a, 0x0d, 0x20]);

/** The `action` of a payload whose first key it is, as GitHub writes them, read without parsing. */
function leadingAction(body: Buffer): string | undefined {
  return /^\s*\{\s*"action"\s*:\s*"([^"\\]{1,100})"/.exec(body.toString("utf8", 0, 256))?.[1];
}

function describeEvent(event: string, action: unknown): string {
  return typeof action === "string" ? `${event}.${action}` : event;
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the answer (413) still reaches the client.
      if (size > limit) reject(new BodyTooLarge(`the body is over ${thousands(limit)} bytes`));
      else chunks.push(chunk);
    });
    // One chunk (most bodies) is the body as it is: no copy.
    req.on("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, response: BotResponse): void {
  const text = typeof response.body === "string";
  const body =
    response.body === undefined
      ? ""
      : text
        ? (response.body as string)
        : `${JSON.stringify(response.body)}\n`;
  res.writeHead(response.status, {
    "content-type": text ? "text/plain; charset=utf-8" : "application/json",
    ...response.headers,
  });
  res.end(body);
}
