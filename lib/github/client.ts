import type { createAppAuth, StrategyOptions } from "@octokit/auth-app";
import { Octokit as OctokitCore } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";

/**
 * Octokit with what Trainyard uses: the REST methods, pagination, retries and rate-limit handling.
 * Composed from @octokit/core rather than the `octokit` package, whose entry point also loads the
 * App, OAuth and webhooks toolkits (a fifth of an action's cold start) that no caller here uses.
 */
const Octokit = OctokitCore.plugin(restEndpointMethods, paginateRest, retry, throttling);
type Octokit = InstanceType<typeof Octokit>;

/**
 * The one factory for GitHub clients. Retries (5xx, network errors) and rate limits (primary and
 * secondary, honouring Retry-After) are handled here and nowhere else.
 */
export type GitHubAuth =
  | { kind: "token"; token: string }
  | { kind: "installation"; appId: number | string; privateKey: string; installationId: number };

export interface GitHubClientOptions {
  auth: GitHubAuth;
  /** REST API root: https://api.github.com, a GitHub Enterprise Server `/api/v3`, or the sandbox. */
  baseUrl?: string;
  userAgent?: string;
  /** Attempts after the first for a failed request (5xx, 429, rate limits). */
  retries?: number;
  /**
   * Milliseconds one "second" of back-off lasts. GitHub's Retry-After is in seconds; tests against
   * the sandbox shrink this so a Retry-After: 1 costs milliseconds, with the same retry decisions.
   */
  retryTimeUnitMs?: number;
  /**
   * Least time between two writes from this client. GitHub asks integrators to space mutating
   * requests by a second to stay clear of secondary rate limits; the sandbox needs no spacing.
   */
  writeSpacingMs?: number;
  log?: GitHubLog;
}

export interface GitHubLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

/**
 * What Trainyard's GitHub code may use of a client: the REST methods, pagination and raw
 * requests. Both the Octokit built by `createGitHubClient` and Probot's Octokit (a webhook
 * handler's `context.octokit`) are one, so the bot's handlers call the same functions.
 */
export type GitHubClient = Pick<Octokit, "rest" | "paginate" | "request">;

export const DEFAULT_API_URL = "https://api.github.com";
const DEFAULT_RETRIES = 3;

const quietLog: GitHubLog = { debug() {}, info() {}, warn() {}, error() {} };

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const auth = options.auth;
  return new Octokit({
    baseUrl: trimSlash(options.baseUrl ?? DEFAULT_API_URL),
    userAgent: options.userAgent ?? "trainyard",
    log: options.log ?? quietLog,
    ...(auth.kind === "token"
      ? { auth: auth.token }
      : {
          authStrategy: appAuthOnFirstRequest,
          auth: { appId: auth.appId, privateKey: auth.privateKey, installationId: auth.installationId },
        }),
    ...requestPolicy(options),
  });
}

/**
 * GitHub App authentication, loaded with its first request. Actions authenticate with a token; the
 * App strategy (JWT signing, OAuth flows, a token cache) would otherwise be compiled at every
 * action's start for nothing.
 */
type AppAuth = ReturnType<typeof createAppAuth>;

function appAuthOnFirstRequest(options: StrategyOptions) {
  let strategy: Promise<AppAuth> | undefined;
  const load = () =>
    (strategy ??= import("@octokit/auth-app").then(({ createAppAuth }) => createAppAuth(options)));
  const auth = async (authOptions: Parameters<AppAuth>[0]) => (await load())(authOptions);
  auth.hook = async (...hookArguments: Parameters<AppAuth["hook"]>) => (await load()).hook(...hookArguments);
  return auth;
}

/**
 * The `retry` and `throttle` options of every Trainyard client, for Octokit classes built
 * elsewhere too (the bot gives them to Probot's Octokit), so all retry and wait alike.
 */
export function requestPolicy(
  options: Pick<GitHubClientOptions, "retries" | "retryTimeUnitMs" | "writeSpacingMs" | "log">,
) {
  const retries = options.retries ?? DEFAULT_RETRIES;
  // TRAINYARD_GITHUB_TIME_UNIT_MS shrinks both for a bundle run as a process against the sandbox.
  const unitFromEnv = Number(process.env.TRAINYARD_GITHUB_TIME_UNIT_MS || Number.NaN);
  const defaultUnit = Number.isFinite(unitFromEnv) && unitFromEnv >= 0 ? unitFromEnv : 1000;
  const timeUnit = options.retryTimeUnitMs ?? defaultUnit;
  const log = options.log ?? quietLog;
  const writeSpacing = options.writeSpacingMs ?? defaultUnit;
  const describe = (request: { method: string; url: string }) => `${request.method} ${request.url}`;

  const retryOnLimit =
    (what: string) =>
    (retryAfter: number, request: { method: string; url: string }, _client: unknown, retryCount: number) => {
      if (retryCount >= retries) {
        log.warn(`${what} on ${describe(request)}: giving up after ${retryCount} retries`);
        return false;
      }
      log.info(`${what} on ${describe(request)}: retrying in ${retryAfter}s (${retryCount + 1}/${retries})`);
      return true;
    };

  return {
    retry: { retries, retryAfterBaseValue: timeUnit },
    throttle: {
      id: "trainyard",
      retryAfterBaseValue: timeUnit,
      fallbackSecondaryRateRetryAfter: 60,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacing }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: writeSpacing * 3 }),
      onRateLimit: retryOnLimit("rate limit"),
      onSecondaryRateLimit: retryOnLimit("secondary rate limit"),
    },
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
