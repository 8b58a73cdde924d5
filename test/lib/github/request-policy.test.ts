import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../../lib/github/client.ts";
import { nextAttempt, Slots } from "../../../lib/github/request-policy.ts";
import type { FaultSettings } from "../../../sandbox/faults.ts";
import { useSandbox } from "../../helpers/sandbox.ts";

/**
 * The request policy every Trainyard client and the bot use: what is retried, after how long,
 * and how writes are spaced. test/sandbox/faults.test.ts rides it through every fault GitHub
 * answers with; these pin down each decision.
 */

async function seeded(faults?: FaultSettings) {
  const sandbox = await useSandbox(faults ? { faults } : {});
  sandbox.world.createRepo("acme/churn", { files: { "README.md": "# churn\n" } });
  return sandbox;
}

function logged() {
  const lines: string[] = [];
  const log = {
    debug() {},
    info: (m: string) => lines.push(m),
    warn: (m: string) => lines.push(m),
    error() {},
  };
  return { lines, log };
}

const answer = (status: number, headers: Record<string, string> = {}, message = "failed") =>
  Object.assign(new Error(message), { status, response: { headers, data: { message } } });
const fresh = { serverRetries: 0, limitRetries: 0, retries: 3 };

describe("which failures are retried, after how long", () => {
  it("server errors back off 1, 4, 9 units, then give up", () => {
    const decisions = [0, 1, 2, 3].map((n) => nextAttempt(answer(502), { ...fresh, serverRetries: n }));
    expect(decisions.map((d) => (d && !d.giveUp ? d.seconds : "give up"))).toEqual([1, 4, 9, "give up"]);
  });

  it("a dropped connection (no answer) is retried like a server error", () => {
    const dropped = Object.assign(new Error("fetch failed"), { status: 500 });
    expect(nextAttempt(dropped, fresh)).toMatchObject({ giveUp: false, reason: "no answer", seconds: 1 });
  });

  it("answers another attempt cannot change are not retried", () => {
    for (const status of [400, 401, 403, 404, 410, 422, 451, 304])
      expect(nextAttempt(answer(status), fresh), String(status)).toBeUndefined();
    expect(nextAttempt(new Error("not an HTTP error"), fresh)).toBeUndefined();
  });

  it("a secondary rate limit waits its Retry-After, or a minute when it names none", () => {
    const limited = "You have exceeded a secondary rate limit. Please wait a few minutes.";
    expect(nextAttempt(answer(403, { "retry-after": "7" }, limited), fresh)).toMatchObject({
      rateLimit: true,
      seconds: 7,
    });
    expect(nextAttempt(answer(429, {}, limited), fresh)).toMatchObject({ rateLimit: true, seconds: 60 });
  });

  it("the primary rate limit waits until a second past its reset", () => {
    const reset = String(Math.floor(Date.now() / 1000) + 30);
    const decision = nextAttempt(
      answer(403, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset }),
      fresh,
    );
    expect(decision).toMatchObject({ giveUp: false, rateLimit: true, reason: "rate limit" });
    const seconds = decision && !decision.giveUp ? decision.seconds : 0;
    expect(seconds).toBeGreaterThanOrEqual(30);
    expect(seconds).toBeLessThanOrEqual(32);
  });

  it("rate limits and server errors count their retries apart, each up to the limit", () => {
    const limited = answer(429, { "retry-after": "1" }, "secondary rate limit");
    expect(nextAttempt(limited, { ...fresh, serverRetries: 3 })).toMatchObject({ giveUp: false });
    expect(nextAttempt(limited, { ...fresh, limitRetries: 3 })).toMatchObject({ giveUp: true });
  });
});

describe("a client under the policy", () => {
  it("retries a failed read, says so in its log, and returns GitHub's answer", async () => {
    const sandbox = await seeded({ seed: 3, rules: [{ rate: 1, limit: 2, kinds: ["503"] }] });
    const { lines, log } = logged();
    const github = createGitHubClient({
      auth: { kind: "token", token: sandbox.world.issueToken("acme") },
      baseUrl: sandbox.url,
      retryTimeUnitMs: 1,
      log,
    });

    const { data } = await github.rest.repos.get({ owner: "acme", repo: "churn" });

    expect(data.full_name).toBe("acme/churn");
    expect(sandbox.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(lines).toEqual([
      "HTTP 503 on GET /repos/{owner}/{repo}: retrying in 1s (1/3)",
      "HTTP 503 on GET /repos/{owner}/{repo}: retrying in 4s (2/3)",
    ]);
  });

  it("a request that asks for no retries gets the first answer", async () => {
    const sandbox = await seeded({ seed: 3, rules: [{ rate: 1, limit: 1, kinds: ["502"] }] });
    const github = createGitHubClient({
      auth: { kind: "token", token: sandbox.world.issueToken("acme") },
      baseUrl: sandbox.url,
      retryTimeUnitMs: 1,
    });

    await expect(
      github.rest.repos.get({ owner: "acme", repo: "churn", request: { retries: 0 } }),
    ).rejects.toMatchObject({ status: 502 });
    expect(sandbox.requests).toHaveLength(1);
  });

  it("spaces the starts of writes, and 3× the spacing for writes that notify people", async () => {
    const sandbox = await seeded();
    const spacing = 40;
    const github = createGitHubClient({
      auth: { kind: "token", token: sandbox.world.issueToken("acme") },
      baseUrl: sandbox.url,
      writeSpacingMs: spacing,
    });
    const { data: issue } = await github.rest.issues.create({ owner: "acme", repo: "churn", title: "drift" });

    const writesStarted = performance.now();
    for (const name of ["a", "b", "c"])
      await github.rest.issues.createLabel({ owner: "acme", repo: "churn", name });
    const writes = performance.now() - writesStarted;
    const commentsStarted = performance.now();
    for (const body of ["one", "two"])
      await github.rest.issues.createComment({
        owner: "acme",
        repo: "churn",
        issue_number: issue.number,
        body,
      });
    const comments = performance.now() - commentsStarted;

    // Lower bounds only: a slow machine may take longer, never less.
    expect(writes).toBeGreaterThanOrEqual(2 * spacing - 2);
    expect(comments).toBeGreaterThanOrEqual(3 * spacing - 2);
  });

  it("an App client's first requests, more than fit in flight at once, all get their token and an answer", async () => {
    // The App strategy asks for the installation token from inside the first request's slot: with
    // every slot taken by requests waiting for that token, a token request that needed a slot too
    // would wait forever.
    const sandbox = await seeded();
    const { appId, privateKey } = sandbox.world.registerApp({
      slug: "trainyard",
      permissions: { contents: "read" },
    });
    const github = createGitHubClient({
      auth: {
        kind: "installation",
        appId,
        privateKey,
        installationId: sandbox.world.installApp(appId, "acme"),
      },
      baseUrl: sandbox.url,
      writeSpacingMs: 0,
    });

    const answers = await Promise.all(
      Array.from({ length: 25 }, () => github.rest.repos.get({ owner: "acme", repo: "churn" })),
    );

    expect(answers.map((a) => a.data.full_name)).toEqual(Array(25).fill("acme/churn"));
  });

  it("holds at most ten requests in flight, and starts the rest in order", async () => {
    const slots = new Slots(10);
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const tasks = Array.from({ length: 25 }, (_, i) =>
      slots.run(async () => {
        started.push(i);
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return i;
      }),
    );
    expect(await Promise.all(tasks)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(most).toBe(10);
    expect(started).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});
