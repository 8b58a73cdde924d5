import type { IncomingHttpHeaders } from "node:http";
import type { EmitterWebhookEventName } from "@octokit/webhooks";
import type { Context, Logger, Probot, ProbotOctokit } from "probot";
import type { TrainyardConfig } from "../lib/config/trainyard-config.ts";
import { isTrainyardError } from "../lib/errors.ts";
import type { RepoRef } from "../lib/github/releases.ts";
import type { BotMetrics } from "./metrics.ts";

/**
 * What the bot's features are made of. A feature (promotion, retraining) is a name, the webhook
 * handlers it registers, and the HTTP routes it serves; `bot/app.ts` lists the features, and
 * `startBot` (bot/server.ts) wires them to Probot and to the HTTP server. Handlers filter their
 * event and return early; the work lives in a domain function that is given the client.
 */
export interface BotFeature {
  name: string;
  /** Registers the feature's webhook handlers, each through `on()` below. */
  register(app: Probot, runtime: BotRuntime): void;
  /** HTTP routes beside the webhook endpoint (e.g. `POST /alertmanager`). */
  routes?: BotRoute[];
}

/** What every handler and route is given. */
export interface BotRuntime {
  metrics: BotMetrics;
  log: Logger;
  /**
   * A client acting as the app's installation on a repository, for work that does not start from
   * a webhook (an HTTP route): webhook handlers use `context.octokit` instead.
   */
  clientFor(repo: RepoRef): Promise<ProbotOctokit>;
  /**
   * `.github/trainyard.yml` of the repository on its default branch, merged over the defaults it
   * `_extends` (or the organisation's `.github` repository holds) and checked; undefined when
   * there is none. Throws a ConfigError naming the file and field when it is wrong.
   */
  config(octokit: ProbotOctokit, repo: RepoRef): Promise<TrainyardConfig | undefined>;
  /** The bearer token Alertmanager must send to `POST /alertmanager`; unset refuses every call. */
  alertmanagerToken: string | undefined;
}

export interface BotRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The whole body (at most 1 MiB). */
  body: Buffer;
}

export interface BotResponse {
  status: number;
  /** A string is sent as text, anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface BotRoute {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** The exact path, e.g. `/alertmanager`. */
  path: string;
  handle(request: BotRequest, runtime: BotRuntime): Promise<BotResponse>;
}

/**
 * Registers a feature's handler for webhook events. Failures are counted in the errors metric and
 * logged with the delivery id. A mistake of the user (a ConfigError or DataError: a wrong
 * config, a broken trainyard.json) is logged as one clear line and the delivery counts as
 * handled, since delivering it again cannot help; anything else fails the delivery (GitHub shows
 * it failed, and its "Redeliver" runs the handler again).
 */
export function on<E extends EmitterWebhookEventName>(
  app: Probot,
  runtime: BotRuntime,
  feature: string,
  events: E | E[],
  handler: (context: Context<E>) => Promise<void>,
): void {
  app.on(events, async (context) => {
    try {
      await handler(context as unknown as Context<E>);
    } catch (error) {
      runtime.metrics.errors.inc({ feature });
      if (isTrainyardError(error) && (error.kind === "config" || error.kind === "data")) {
        context.log.error(`${feature}: ${error.message}`);
        return;
      }
      context.log.error({ err: error }, `${feature} failed on ${context.name} (delivery ${context.id})`);
      throw error;
    }
  });
}
