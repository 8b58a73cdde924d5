import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../lib/github/client.ts";
import type { FaultKind, FaultSettings } from "../../sandbox/faults.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { useSandbox } from "../helpers/sandbox.ts";

/**
 * Fault injection is what the reliability tests stand on: these tests prove that the sandbox
 * injects the mix it is told to, where it is told to, as GitHub would answer (status, headers,
 * body), and reproducibly; and that Trainyard's client rides through it without losing or hiding
 * a request. Raw requests use plain `fetch`, so that no client retry hides a fault.
 */

interface Raw {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function raw(
  sandbox: Sandbox,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<Raw> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: init.method ?? "GET",
    headers: {
      accept: "application/vnd.github+json",
      ...(init.token ? { authorization: `token ${init.token}` } : {}),
      ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

async function seeded(faults: FaultSettings): Promise<Sandbox> {
  const sandbox = await useSandbox({ faults });
  sandbox.world.createRepo("acme/churn", { files: { "README.md": "# churn\n", "model.json": "{}" } });
  return sandbox;
}

/** Which fault an answer shows, told apart as a client would: status, then body and headers. */
function kindOf(answer: Raw): FaultKind | "none" {
  if (answer.status === 200) return "none";
  if (answer.status === 403)
    return /secondary rate limit/.test(String(answer.body.message)) ? "403-secondary" : "403-primary";
  return String(answer.status) as FaultKind;
}

const FIVE: FaultKind[] = ["500", "502", "503", "429", "403-secondary"];
const N = 400;
/** Binomial(N, p): standard deviation. Bounds below are 4σ: a fair injector misses them with p < 1e-4. */
const sigma = (p: number) => Math.sqrt(N * p * (1 - p));

describe("fault injection: the configured mix", () => {
  it("answers every request with one of five faults, each about a fifth of the time", async () => {
    const sandbox = await seeded({ seed: 42, rules: [{ rate: 1, kinds: FIVE }] });

    const seen: Record<string, number> = {};
    for (let i = 0; i < N; i++) {
      const kind = kindOf(await raw(sandbox, "/repos/acme/churn"));
      seen[kind] = (seen[kind] ?? 0) + 1;
    }

    // What the client saw is exactly what the injector says it injected.
    expect(seen.none).toBeUndefined();
    expect(sandbox.faults.stats.requests).toBe(N);
    for (const kind of FIVE) expect(seen[kind] ?? 0).toBe(sandbox.faults.stats.injected[kind]);
    expect(sandbox.faults.stats.byOperation).toEqual({ "repos/get": N });
    // Each kind ~ Binomial(400, 1/5): mean 80, σ = 8.
    const expected = N / 5;
    for (const kind of FIVE)
      expect(Math.abs((seen[kind] ?? 0) - expected)).toBeLessThanOrEqual(4 * sigma(0.2));
    // Jointly: Pearson's χ² with 4 degrees of freedom stays under 18.47 (p = 0.001).
    const chi2 = FIVE.reduce((sum, kind) => sum + ((seen[kind] ?? 0) - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(18.47);
    // The log agrees request by request.
    expect(sandbox.requests.filter((r) => r.fault !== null)).toHaveLength(N);
  });

  it("faults about 20% of requests at rate 0.2, and answers the rest normally", async () => {
    const sandbox = await seeded({ seed: 7, rules: [{ rate: 0.2, kinds: ["500"] }] });

    const statuses: number[] = [];
    for (let i = 0; i < N; i++) statuses.push((await raw(sandbox, "/repos/acme/churn")).status);

    const faulted = statuses.filter((s) => s === 500).length;
    expect(statuses.filter((s) => s !== 500 && s !== 200)).toEqual([]);
    expect(faulted).toBe(sandbox.faults.stats.injected["500"]);
    expect(Math.abs(faulted - N * 0.2)).toBeLessThanOrEqual(4 * sigma(0.2));
  });

  it("weights kinds by `weight`", async () => {
    const sandbox = await seeded({
      seed: 3,
      rules: [
        {
          rate: 1,
          kinds: [
            { kind: "500", weight: 3 },
            { kind: "503", weight: 1 },
          ],
        },
      ],
    });

    for (let i = 0; i < N; i++) await raw(sandbox, "/repos/acme/churn");

    const share = sandbox.faults.stats.injected["500"] / N;
    expect(sandbox.faults.stats.injected["500"] + sandbox.faults.stats.injected["503"]).toBe(N);
    expect(Math.abs(share - 0.75)).toBeLessThanOrEqual((4 * sigma(0.75)) / N);
  });

  it("lands faults only on the listed operations", async () => {
    const sandbox = await seeded({
      seed: 1,
      rules: [{ operations: ["repos/get-content"], rate: 1, kinds: ["503"] }],
    });

    const repo = await raw(sandbox, "/repos/acme/churn");
    const file = await raw(sandbox, "/repos/acme/churn/contents/README.md");
    const ref = await raw(sandbox, "/repos/acme/churn/git/ref/heads/main");

    expect([repo.status, file.status, ref.status]).toEqual([200, 503, 200]);
    expect(sandbox.faults.stats.byOperation).toEqual({ "repos/get-content": 1 });
  });

  it("lands faults only on the given method", async () => {
    const sandbox = await seeded({ seed: 1, rules: [{ method: "POST", rate: 1, kinds: ["502"] }] });
    const token = sandbox.world.issueToken("acme");

    const read = await raw(sandbox, "/repos/acme/churn", { token });
    const write = await raw(sandbox, "/repos/acme/churn/git/blobs", {
      method: "POST",
      token,
      body: { content: "x" },
    });
    const put = await raw(sandbox, "/repos/acme/churn/contents/x.txt", {
      method: "PUT",
      token,
      body: { message: "x", content: Buffer.from("x").toString("base64") },
    });

    expect([read.status, write.status, put.status]).toEqual([200, 502, 201]);
    expect(sandbox.faults.stats.byOperation).toEqual({ "git/create-blob": 1 });
  });

  it("stops after `limit` faults", async () => {
    const sandbox = await seeded({ seed: 1, rules: [{ rate: 1, kinds: ["500"], limit: 3 }] });

    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await raw(sandbox, "/repos/acme/churn")).status);

    expect(statuses).toEqual([500, 500, 500, 200, 200, 200, 200, 200, 200, 200]);
    expect(sandbox.faults.stats.injected["500"]).toBe(3);
  });

  it("reproduces the same sequence from the same seed, and another from another seed", async () => {
    const settings = (seed: number): FaultSettings => ({
      seed,
      rules: [{ rate: 0.3, kinds: ["500", "502", "503", "429", "403-secondary", "403-primary"] }],
    });
    const run = async (seed: number) => {
      const sandbox = await seeded(settings(seed));
      const kinds: string[] = [];
      for (let i = 0; i < 100; i++) kinds.push(kindOf(await raw(sandbox, "/repos/acme/churn")));
      expect(sandbox.requests.map((r) => r.fault ?? "none")).toEqual(kinds);
      return kinds;
    };

    const first = await run(2024);
    const again = await run(2024);
    const other = await run(2025);

    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first.filter((k) => k !== "none").length).toBeGreaterThan(10);
  });

  it("replaces the rules while running, through PUT /_sandbox/faults", async () => {
    const sandbox = await seeded({ rules: [] });

    expect((await raw(sandbox, "/repos/acme/churn")).status).toBe(200);
    const put = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: "PUT",
      body: JSON.stringify({ seed: 1, rules: [{ rate: 1, kinds: ["503"], limit: 1 }] }),
    });
    expect(put.status).toBe(204);
    const statuses = [
      (await raw(sandbox, "/repos/acme/churn")).status,
      (await raw(sandbox, "/repos/acme/churn")).status,
    ];
    const stats = (await (await fetch(`${sandbox.url}/_sandbox/faults`)).json()) as {
      requests: number;
      injected: Record<string, number>;
    };

    expect(statuses).toEqual([503, 200]);
    expect(stats).toMatchObject({ requests: 3, injected: { "503": 1 } });
  });
});

describe("fault injection: each fault as GitHub answers it", () => {
  it.each(["429", "403-secondary"] as const)(
    "%s carries Retry-After and GitHub's secondary rate limit message",
    async (kind) => {
      const sandbox = await seeded({ seed: 1, rules: [{ rate: 1, kinds: [{ kind, retryAfter: 7 }] }] });

      const answer = await raw(sandbox, "/repos/acme/churn");

      expect(answer.status).toBe(kind === "429" ? 429 : 403);
      expect(answer.headers.get("retry-after")).toBe("7");
      expect(answer.body.message).toMatch(/^You have exceeded a secondary rate limit/);
      expect(answer.body.documentation_url).toMatch(/secondary-rate-limits/);
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    },
  );

  it("403-primary carries x-ratelimit-remaining 0 and a reset in the future", async () => {
    const sandbox = await seeded({
      seed: 1,
      rules: [{ rate: 1, kinds: [{ kind: "403-primary", retryAfter: 30 }] }],
    });

    const answer = await raw(sandbox, "/repos/acme/churn");

    expect(answer.status).toBe(403);
    expect(answer.headers.get("x-ratelimit-remaining")).toBe("0");
    const reset = Number(answer.headers.get("x-ratelimit-reset"));
    const now = Date.now() / 1000;
    expect(reset).toBeGreaterThan(now + 25);
    expect(reset).toBeLessThan(now + 35);
    expect(answer.body.message).toMatch(/API rate limit exceeded/);
    expect(answer.headers.get("retry-after")).toBeNull();
  });

  it.each([
    ["500", 500, "Server Error"],
    ["502", 502, "Server Error"],
    ["503", 503, "Service Unavailable"],
  ] as const)("%s answers %i with GitHub's body", async (kind, status, message) => {
    const sandbox = await seeded({ seed: 1, rules: [{ rate: 1, kinds: [kind] }] });

    const answer = await raw(sandbox, "/repos/acme/churn");

    expect(answer.status).toBe(status);
    expect(answer.body.message).toBe(message);
  });

  it("`delay` holds the answer back, then answers normally", async () => {
    const sandbox = await seeded({
      seed: 1,
      rules: [{ rate: 1, kinds: [{ kind: "delay", delayMs: 300 }], limit: 1 }],
    });

    const slowStart = Date.now();
    const slow = await raw(sandbox, "/repos/acme/churn");
    const slowMs = Date.now() - slowStart;
    const fastStart = Date.now();
    const fast = await raw(sandbox, "/repos/acme/churn");
    const fastMs = Date.now() - fastStart;

    expect(slow.status).toBe(200);
    expect(slow.body.full_name).toBe("acme/churn");
    expect(slowMs).toBeGreaterThanOrEqual(290);
    expect(fast.status).toBe(200);
    expect(fastMs).toBeLessThan(slowMs);
    expect(sandbox.faults.stats.injected.delay).toBe(1);
  });

  it("`reset` drops the connection without an answer, and the next request is served", async () => {
    const sandbox = await seeded({ seed: 1, rules: [{ rate: 1, kinds: ["reset"], limit: 1 }] });

    await expect(raw(sandbox, "/repos/acme/churn")).rejects.toThrow(/fetch failed/);
    const next = await raw(sandbox, "/repos/acme/churn");

    expect(next.status).toBe(200);
    expect(sandbox.requests.map((r) => [r.fault, r.status])).toEqual([
      ["reset", 0],
      [null, 200],
    ]);
  });

  it("`phase: after` carries out a write, and then the client sees an error", async () => {
    const sandbox = await seeded({
      seed: 1,
      rules: [
        {
          operations: ["repos/create-or-update-file-contents"],
          rate: 1,
          kinds: ["502"],
          phase: "after",
          limit: 1,
        },
      ],
    });
    const token = sandbox.world.issueToken("acme");
    const headBefore = sandbox.world.repo("acme/churn").refs["refs/heads/main"];

    const write = await raw(sandbox, "/repos/acme/churn/contents/metrics.json", {
      method: "PUT",
      token,
      body: { message: "record metrics", content: Buffer.from('{"auc":0.9}').toString("base64") },
    });
    const read = await raw(sandbox, "/repos/acme/churn/contents/metrics.json", { token });
    // A client that retries blindly now meets the write it thought had failed.
    const retry = await raw(sandbox, "/repos/acme/churn/contents/metrics.json", {
      method: "PUT",
      token,
      body: { message: "record metrics", content: Buffer.from('{"auc":0.9}').toString("base64") },
    });

    expect(write.status).toBe(502);
    expect(read.status).toBe(200);
    expect(Buffer.from(String(read.body.content), "base64").toString()).toBe('{"auc":0.9}');
    expect(sandbox.world.repo("acme/churn").refs["refs/heads/main"]).not.toBe(headBefore);
    expect(retry.status).toBe(422);
  });

  it("`phase: after` with `reset` carries out the write and drops the connection", async () => {
    const sandbox = await seeded({
      seed: 1,
      rules: [{ method: "POST", rate: 1, kinds: ["reset"], phase: "after", limit: 1 }],
    });
    const token = sandbox.world.issueToken("acme");
    const head = sandbox.world.repo("acme/churn").refs["refs/heads/main"];

    const attempt = raw(sandbox, "/repos/acme/churn/git/refs", {
      method: "POST",
      token,
      body: { ref: "refs/heads/release", sha: head },
    });

    await expect(attempt).rejects.toThrow(/fetch failed/);
    const ref = await raw(sandbox, "/repos/acme/churn/git/ref/heads/release", { token });
    expect(ref.status).toBe(200);
    expect((ref.body.object as { sha: string }).sha).toBe(head);
  });
});

describe("Trainyard's client under injected faults", () => {
  it("gets every one of 50 reads through 20% faults, with one extra request per fault and no more", async () => {
    const allButReset: FaultSettings["rules"][number]["kinds"] = [
      "500",
      "502",
      "503",
      "429",
      "403-secondary",
      "403-primary",
      { kind: "delay", delayMs: 5 },
    ];
    // Seed 17 lands every kind at least once within the 50 reads (and their retries).
    const sandbox = await seeded({ seed: 17, rules: [{ rate: 0.2, kinds: allButReset }] });
    const github = createGitHubClient({
      auth: { kind: "token", token: sandbox.world.issueToken("acme") },
      baseUrl: sandbox.url,
      retries: 3,
      retryTimeUnitMs: 1,
      writeSpacingMs: 0,
    });

    const readme = "# churn\n";
    for (let i = 0; i < 50; i++) {
      if (i % 2 === 0) {
        const { data } = await github.rest.repos.get({ owner: "acme", repo: "churn" });
        expect(data.full_name).toBe("acme/churn");
      } else {
        const { data } = await github.rest.repos.getContent({
          owner: "acme",
          repo: "churn",
          path: "README.md",
        });
        expect(Buffer.from((data as { content: string }).content, "base64").toString()).toBe(readme);
      }
    }

    const { injected, requests } = sandbox.faults.stats;
    const failures = Object.values(injected).reduce((a, b) => a + b, 0) - injected.delay;
    expect(injected.reset).toBe(0);
    // The test means something only if every kind landed.
    for (const kind of ["500", "502", "503", "429", "403-secondary", "403-primary", "delay"] as const)
      expect(injected[kind], kind).toBeGreaterThan(0);
    expect(requests).toBe(sandbox.requests.length);
    expect(requests - 50).toBe(failures);
    // Every fault that failed a request was followed by a retry of that same request.
    const log = sandbox.requests;
    for (let i = 0; i < log.length; i++) {
      const entry = log[i];
      if (entry?.fault && entry.fault !== "delay") expect(log[i + 1]?.path).toBe(entry.path);
    }
    expect(log.filter((r) => r.status === 200)).toHaveLength(50);
  });
});
