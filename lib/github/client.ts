import type { createAppAuth, StrategyOptions } from "@octokit/auth-app";
import { Octokit as OctokitCore } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { quietLog, type RequestPolicyOptions, requestPolicy, requestPolicyPlugin } from "./request-policy.ts";
import { restMethods } from "./rest-methods.ts";

/**
 * Octokit with what Trainyard uses: the REST methods it calls (rest-methods.ts), pagination,
 * retries and rate-limit handling. Composed from @octokit/core rather than the `octokit` package,
 * whose entry point also loads the App, OAuth and webhooks toolkits (a fifth of an action's cold
 * start) that no caller here uses.
 */
const Octokit = OctokitCore.plugin(restMethods, paginateRest, requestPolicyPlugin);
type Octokit = InstanceType<typeof Octokit>;

/**
 * The one factory for GitHub clients. Retries (5xx, network errors) and rate limits (primary and
 * secondary, honouring Retry-After) are handled by its request policy (request-policy.ts), and
 * nowhere else.
 */
export type GitHubAuth =
  | { kind: "token"; token: string }
  | { kind: "installation"; appId: number | string; privateKey: string; installationId: number };

export interface GitHubClientOptions extends RequestPolicyOptions {
  auth: GitHubAuth;
  /** REST API root: https://api.github.com, a GitHub Enterprise Server `/api/v3`, or the sandbox. */
  baseUrl?: string;
  userAgent?: string;
}

/**
 * What Trainyard's GitHub code may use of a client: the REST methods, pagination and raw
 * requests. Both the Octokit built by `createGitHubClient` and Probot's Octokit (a webhook
 * handler's `context.octokit`) are one, so the bot's handlers call the same functions.
 */
export type GitHubClient = Pick<Octokit, "rest" | "paginate" | "request">;

export const DEFAULT_API_URL = "https://api.github.com";

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
    requestPolicy: requestPolicy(options),
  });
}

type AppAuth = ReturnType<typeof createAppAuth>;

/**
 * GitHub App authentication, loaded with its first request. Actions authenticate with a token; the
 * App strategy (JWT signing, OAuth flows, a token cache) would otherwise be compiled at every
 * action's start for nothing.
 */
function appAuthOnFirstRequest(options: StrategyOptions) {
  let strategy: Promise<AppAuth> | undefined;
  const load = () =>
    (strategy ??= import("@octokit/auth-app").then(({ createAppAuth }) => createAppAuth(options)));
  const auth = async (authOptions: Parameters<AppAuth>[0]) => (await load())(authOptions);
  auth.hook = async (...hookArguments: Parameters<AppAuth["hook"]>) => (await load()).hook(...hookArguments);
  return auth;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
