import type { Octokit } from "@octokit/core";

/**
 * How every Trainyard client retries and waits: server errors and dropped connections are retried
 * with growing back-off; GitHub's primary rate limit (x-ratelimit-remaining: 0) waits for the reset
 * and its secondary limits for Retry-After; writes are spaced as GitHub asks integrators to space
 * them, and at most ten requests are in flight at once.
 *
 * This replaces @octokit/plugin-retry and @octokit/plugin-throttling, which make the same decisions
 * through Bottleneck queues whose every step waits on a timer: 10–15 ms before each request left,
 * even with nothing to wait for. Here a request waits only when the policy says it must.
 */
export interface GitHubLog {
  debug: (message: string) => void;
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

export interface RequestPolicyOptions {
  /** Attempts after the first for a failed request (5xx, a dropped connection, rate limits). */
  retries?: number;
  /**
   * Milliseconds one "second" of back-off lasts. GitHub's Retry-After is in seconds; tests against
   * the sandbox shrink this so a Retry-After: 1 costs milliseconds, with the same retry decisions.
   */
  retryTimeUnitMs?: number;
  /**
   * Least time between the starts of two writes from one queue. GitHub asks integrators to space
   * mutating requests by a second to stay clear of secondary rate limits; the sandbox needs none.
   */
  writeSpacingMs?: number;
  log?: GitHubLog;
}

export interface RequestPolicy {
  readonly retries: number;
  readonly timeUnitMs: number;
  readonly writeSpacingMs: number;
  readonly log: GitHubLog;
  /** When the next write, and the next write that notifies people, of each queue may start. */
  readonly queues: Map<string, { nextWrite: number; nextNotification: number }>;
  readonly inFlight: Slots;
}

const DEFAULT_RETRIES = 3;
const MAX_IN_FLIGHT = 10;
/** GitHub's answers that another attempt cannot change. */
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 410, 422, 451]);
/** Seconds to wait on a secondary rate limit that names no Retry-After. */
const SECONDARY_LIMIT_FALLBACK_SECONDS = 60;
/** Writes that notify people (issues, comments, pull requests, reviews, releases) are spaced 3×. */
const NOTIFYING_WRITE =
  /^\/repos\/[^/]+\/[^/]+\/(issues(\/[^/]+\/comments)?|pulls(\/[^/]+\/(comments(\/[^/]+\/replies)?|merge|requested_reviewers|reviews))?|commits\/[^/]+\/comments|releases|collaborators\/[^/]+)$/;
/** Requests for an App's installation token: neither writes to space nor requests to count. */
const TOKEN_REQUEST = /^\/app\/installations\/[^/]+\/access_tokens$/;

export const quietLog: GitHubLog = { debug() {}, info() {}, warn() {}, error() {} };

export function requestPolicy(options: RequestPolicyOptions = {}): RequestPolicy {
  // TRAINYARD_GITHUB_TIME_UNIT_MS shrinks both for a bundle run as a process against the sandbox.
  const unitFromEnv = Number(process.env.TRAINYARD_GITHUB_TIME_UNIT_MS || Number.NaN);
  const defaultUnit = Number.isFinite(unitFromEnv) && unitFromEnv >= 0 ? unitFromEnv : 1000;
  return {
    retries: options.retries ?? DEFAULT_RETRIES,
    timeUnitMs: options.retryTimeUnitMs ?? defaultUnit,
    writeSpacingMs: options.writeSpacingMs ?? defaultUnit,
    log: options.log ?? quietLog,
    queues: new Map(),
    inFlight: new Slots(MAX_IN_FLIGHT),
  };
}

/**
 * The Octokit plugin that applies a policy: `new (Octokit.plugin(requestPolicyPlugin))({
 * requestPolicy, requestQueue })`. Clients given one policy share its limits; `requestQueue` (one
 * per installation in the bot) keeps a queue's writes spaced apart from other queues'.
 */
export function requestPolicyPlugin(
  octokit: Octokit,
  options: { requestPolicy?: RequestPolicy; requestQueue?: string } & Record<string, unknown>,
): void {
  const policy = options.requestPolicy;
  if (policy === undefined) return;
  const queue = options.requestQueue ?? "default";
  octokit.hook.wrap("request", async (send, request) => {
    const { pathname } = new URL(request.url, "https://api.github.invalid");
    const tokenRequest = TOKEN_REQUEST.test(pathname);
    const write = request.method !== "GET" && request.method !== "HEAD" && !tokenRequest;
    const retries = typeof request.request?.retries === "number" ? request.request.retries : policy.retries;
    let serverRetries = 0;
    let limitRetries = 0;
    for (;;) {
      if (write) await waitForWriteTurn(policy, queue, NOTIFYING_WRITE.test(pathname));
      try {
        // A token request is made from inside another request's slot (by the App auth strategy,
        // for the request that needs the token): taking a slot of its own could wait forever.
        return tokenRequest ? await send(request) : await policy.inFlight.run(async () => send(request));
      } catch (error) {
        const next = nextAttempt(error, { serverRetries, limitRetries, retries });
        const what = `${request.method} ${request.url}`;
        if (next === undefined) throw error;
        if (next.giveUp) {
          policy.log.warn(`${next.reason} on ${what}: giving up after ${next.attempt - 1} retries`);
          throw error;
        }
        if (next.rateLimit) limitRetries++;
        else serverRetries++;
        policy.log.info(
          `${next.reason} on ${what}: retrying in ${next.seconds}s (${next.attempt}/${retries})`,
        );
        await sleep(next.seconds * policy.timeUnitMs);
      }
    }
  });
}

interface Attempts {
  serverRetries: number;
  limitRetries: number;
  retries: number;
}

type NextAttempt =
  | { giveUp: false; rateLimit: boolean; reason: string; seconds: number; attempt: number }
  | { giveUp: true; reason: string; attempt: number };

/** Whether, and after how many seconds, a failed request is sent again; undefined: not retried. */
export function nextAttempt(error: unknown, attempts: Attempts): NextAttempt | undefined {
  const failure = error as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, string | number | undefined> };
  };
  if (typeof failure.status !== "number") return undefined;
  const status = failure.status;
  const headers = failure.response?.headers ?? {};
  const retryAfter = Number(headers["retry-after"]);

  if (status === 403 || status === 429) {
    let limit: { reason: string; seconds: number } | undefined;
    if (/\bsecondary rate\b/i.test(String(failure.message))) {
      limit = {
        reason: "secondary rate limit",
        seconds: retryAfter > 0 ? retryAfter : SECONDARY_LIMIT_FALLBACK_SECONDS,
      };
    } else if (String(headers["x-ratelimit-remaining"]) === "0") {
      // One second past the reset, as GitHub's documentation asks.
      const resetMs = Number(headers["x-ratelimit-reset"]) * 1000;
      limit = { reason: "rate limit", seconds: Math.max(Math.ceil((resetMs - Date.now()) / 1000) + 1, 0) };
    }
    if (limit !== undefined) {
      const attempt = attempts.limitRetries + 1;
      if (attempts.limitRetries >= attempts.retries) return { giveUp: true, reason: limit.reason, attempt };
      return { giveUp: false, rateLimit: true, ...limit, attempt };
    }
  }

  if (status < 400 || DO_NOT_RETRY.has(status)) return undefined;
  // A dropped connection reaches here as status 500 with no response.
  const reason = failure.response === undefined ? "no answer" : `HTTP ${status}`;
  const attempt = attempts.serverRetries + 1;
  if (attempts.serverRetries >= attempts.retries) return { giveUp: true, reason, attempt };
  const seconds = retryAfter > 0 ? retryAfter : attempt ** 2;
  return { giveUp: false, rateLimit: false, reason, seconds, attempt };
}

async function waitForWriteTurn(policy: RequestPolicy, queue: string, notifies: boolean): Promise<void> {
  if (policy.writeSpacingMs <= 0) return;
  let turns = policy.queues.get(queue);
  if (turns === undefined) {
    turns = { nextWrite: 0, nextNotification: 0 };
    policy.queues.set(queue, turns);
  }
  const now = Date.now();
  let start = Math.max(now, turns.nextWrite);
  if (notifies) start = Math.max(start, turns.nextNotification);
  turns.nextWrite = start + policy.writeSpacingMs;
  if (notifies) turns.nextNotification = start + 3 * policy.writeSpacingMs;
  if (start > now) await sleep(start - now);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** At most `size` tasks at once; the others start in the order they asked, with no timer. */
export class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];

  constructor(size: number) {
    this.#free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    }
  }
}
