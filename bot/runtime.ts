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
 * Which deliveries a handler acts on. Most deliveries (a comment, a release) concern no handler,
 * and parsing their JSON was most of what the bot spent on them: `mentions` lets the webhook
 * endpoint answer those unparsed, and `test` decides on the parsed payload of the others.
 */
export interface DeliveryFilter<E extends EmitterWebhookEventName> {
  /**
   * Strings of printable ASCII, without `"` or `\`, one of which every payload `test` accepts
   * holds (in a key or a string value). A delivery whose body holds none of them, even written
   * as JSON escapes, is not parsed.
   */
  mentions: readonly string[];
  /** Whether the handler acts on the payload. */
  test: (payload: Context<E>["payload"]) => boolean;
}

interface Interest {
  /** Event names as Probot's `on()` takes them: `issue_comment` or `issue_comment.created`. */
  events: ReadonlySet<string>;
  /** The events alone, as the `X-GitHub-Event` header names them: `issue_comment`. */
  headerEvents: ReadonlySet<string>;
  when: { mentions: readonly string[]; test: (payload: never) => boolean } | undefined;
}

/** The handlers each Probot app was given through on(), for actsOn(). */
const interests = new WeakMap<Probot, Interest[]>();

/**
 * Registers a feature's handler for webhook events. `when`, if given, says which of these
 * deliveries the handler acts on; the handler sees only those, and the webhook endpoint answers
 * the rest without building a context for them (see actsOn). A handler without `when` is given
 * every delivery of its events.
 *
 * Failures are counted in the errors metric and logged with the delivery id. A mistake of the
 * user (a ConfigError or DataError: a wrong config, a broken trainyard.json) is logged as one
 * clear line and the delivery counts as handled, since delivering it again cannot help; anything
 * else fails the delivery (GitHub shows it failed, and its "Redeliver" runs the handler again).
 */
export function on<E extends EmitterWebhookEventName>(
  app: Probot,
  runtime: BotRuntime,
  feature: string,
  events: E | E[],
  handler: (context: Context<E>) => Promise<void>,
): void;
export function on<E extends EmitterWebhookEventName>(
  app: Probot,
  runtime: BotRuntime,
  feature: string,
  events: E | E[],
  when: DeliveryFilter<E>,
  handler: (context: Context<E>) => Promise<void>,
): void;
export function on<E extends EmitterWebhookEventName>(
  app: Probot,
  runtime: BotRuntime,
  feature: string,
  events: E | E[],
  ...rest:
    | [(context: Context<E>) => Promise<void>]
    | [DeliveryFilter<E>, (context: Context<E>) => Promise<void>]
): void {
  const [when, handler] = rest.length === 2 ? rest : [undefined, rest[0]];
  const list = interests.get(app) ?? [];
  interests.set(app, list);
  const names: string[] = Array.isArray(events) ? events : [events];
  for (const mention of when?.mentions ?? [])
    if (!/^[\x20-\x7e]+$/.test(mention) || /["\\]/.test(mention))
      throw new Error(`on(): the mention ${JSON.stringify(mention)} is not printable ASCII without " or \\`);
  if (when?.mentions.length === 0) throw new Error("on(): a filter needs at least one mention");
  list.push({
    events: new Set(names),
    headerEvents: new Set(names.map((name) => name.split(".")[0] as string)),
    when,
  });
  app.on(events, async (context) => {
    const typed = context as unknown as Context<E>;
    try {
      if (when && !when.test(typed.payload)) return;
      await handler(typed);
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

/**
 * Whether any handler registered on `app` through on() acts on this delivery: one registered for
 * its event (`issue_comment`) or event and action (`issue_comment.created`), as Probot matches
 * them, whose `when` (if any) says yes. The payload has not been checked against a schema: a
 * filter that throws on it counts as a yes, so the handler decides as it would have.
 */
export function actsOn(app: Probot, event: string, payload: Record<string, unknown>): boolean {
  const withAction = typeof payload.action === "string" ? `${event}.${payload.action}` : undefined;
  return (interests.get(app) ?? []).some(({ events, when }) => {
    if (!events.has(event) && (withAction === undefined || !events.has(withAction))) return false;
    try {
      return when === undefined || when.test(payload as never);
    } catch {
      return true;
    }
  });
}

/** The event names `app` was given handlers for through on(), in registration order. */
export function registeredEvents(app: Probot): string[] {
  return (interests.get(app) ?? []).flatMap(({ events }) => [...events]);
}

/**
 * Whether a handler registered on `app` through on() may act on a delivery of `event` whose JSON
 * body is `body`, before it is parsed: false only when none can (no handler for the event, or
 * none of the mentions of their filters is in the body). A yes is then decided by actsOn().
 */
export function mayActOn(app: Probot, event: string, body: Buffer): boolean {
  return (interests.get(app) ?? []).some(
    ({ headerEvents, when }) =>
      headerEvents.has(event) && (when === undefined || mayHold(body, when.mentions)),
  );
}

/**
 * Whether the JSON text `body` (its UTF-8 bytes) may hold one of `mentions` (printable ASCII
 * without `"` or `\`) in a key or string once decoded. Unescaped, each character of a mention is
 * written as itself, so the bytes hold the mention; JSON may also write `/` as `\/` and any
 * character as `\uXXXX`, so a body with such an escape of a character of a mention answers yes
 * too. (Its other escapes stand for `"`, `\` and control characters, which no mention has.)
 */
export function mayHold(body: Buffer, mentions: readonly string[]): boolean {
  if (mentions.some((mention) => body.includes(mention))) return true;
  for (let at = body.indexOf(BACKSLASH); at !== -1; at = body.indexOf(BACKSLASH, at + 2)) {
    const escaped = body[at + 1];
    if (escaped !== SLASH && escaped !== LOWER_U) continue;
    const code = escaped === SLASH ? SLASH : Number.parseInt(body.toString("latin1", at + 2, at + 6), 16);
    if (Number.isNaN(code)) return true;
    const char = String.fromCharCode(code);
    if (mentions.some((mention) => mention.includes(char))) return true;
  }
  return false;
}

const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const LOWER_U = 0x75;
