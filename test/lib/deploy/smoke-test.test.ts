import http from "node:http";
import type net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { smokeTestConfig } from "../../../lib/deploy/config.ts";
import { sampleValues } from "../../../lib/deploy/placeholders.ts";
import { judgeAnswer, runSmokeTest, smokeTestProblem } from "../../../lib/deploy/smoke-test.ts";

const values = { ...sampleValues(), MODEL_NAME: "churn", MODEL_VERSION: "4", MODEL_DIGEST: "sha256:abc" };
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server whose n-th request gets answers[n] (the last one repeats), recording what it was sent. */
async function serve(answers: Array<{ status: number; body: string }>) {
  const seen: Array<{ method?: string; url?: string; body: string; type?: string }> = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      seen.push({ method: request.method, url: request.url, body, type: request.headers["content-type"] });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)] as {
        status: number;
        body: string;
      };
      response.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, seen };
}

function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    wait: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
}

describe("runSmokeTest", () => {
  it("retries with a doubling wait until the answer is good", async () => {
    const { url, seen } = await serve([
      { status: 503, body: "{}" },
      { status: 200, body: '{"version": 3}' },
      { status: 200, body: '{"model": {"name": "churn", "version": 4}, "predictions": [0.2]}' },
    ]);
    const clock = fakeClock();
    const config = smokeTestConfig.parse({
      timeout_seconds: 60,
      requests: [
        {
          url: `${url}/predict/\${MODEL_NAME}`,
          method: "POST",
          body: { model: `\${MODEL_NAME}`, features: [1, 2] },
          expect: { json: { "model.version": `\${MODEL_VERSION}`, "predictions.0": 0.2 } },
        },
      ],
    });
    const result = await runSmokeTest(config, values, { onLine: () => {}, now: clock.now, wait: clock.wait });

    expect(result).toMatchObject({ ok: true, attempts: 3 });
    expect(clock.waits).toEqual([1000, 2000]);
    expect(seen[0]).toEqual({
      method: "POST",
      url: "/predict/churn",
      body: '{"model":"churn","features":[1,2]}',
      type: "application/json",
    });
  });

  it("gives up at the timeout and reports the last attempt's answer", async () => {
    const { url } = await serve([{ status: 500, body: '{"error": "the model is marked broken"}' }]);
    const clock = fakeClock();
    const config = smokeTestConfig.parse({
      timeout_seconds: 10,
      requests: [{ url: `${url}/healthz` }, { url: `${url}/predict`, method: "POST" }],
    });
    const result = await runSmokeTest(config, values, { onLine: () => {}, now: clock.now, wait: clock.wait });

    expect(result.ok).toBe(false);
    expect(clock.waits).toEqual([1000, 2000, 4000, 3000]);
    expect(result.attempts).toBe(5);
    expect(result.checks).toEqual([
      {
        request: `GET ${url}/healthz`,
        ok: false,
        status: 500,
        problem: "expected status 2xx, got 500",
        body: '{"error": "the model is marked broken"}',
      },
    ]);
  });

  it("counts a server that is not listening as no answer", async () => {
    const { url } = await serve([{ status: 200, body: "" }]);
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
    const config = smokeTestConfig.parse({ timeout_seconds: 0.01, requests: [{ url }] });
    const result = await runSmokeTest(config, values, { onLine: () => {} });
    expect(result.checks[0]).toMatchObject({ ok: false, problem: "no answer (ECONNREFUSED)" });
  });
});

describe("judgeAnswer", () => {
  const expectOf = (expect: unknown) =>
    smokeTestConfig.parse({ requests: [{ url: "http://x", expect }] }).requests[0]?.expect as never;

  it("checks status codes, text, patterns and JSON fields", () => {
    expect(judgeAnswer(expectOf({}), 204, "", values)).toBeUndefined();
    expect(judgeAnswer(expectOf({ status: [200, 202] }), 201, "", values)).toBe(
      "expected status 200 or 202, got 201",
    );
    expect(
      judgeAnswer(expectOf({ contains: `v\${MODEL_VERSION}` }), 200, "serving v4", values),
    ).toBeUndefined();
    expect(judgeAnswer(expectOf({ contains: `v\${MODEL_VERSION}` }), 200, "serving v3", values)).toBe(
      'the answer does not contain "v4"',
    );
    expect(judgeAnswer(expectOf({ matches: "^ok \\d+$" }), 200, "ok 12", values)).toBeUndefined();
    expect(judgeAnswer(expectOf({ matches: "^ok \\d+$" }), 200, "ok twelve", values)).toBe(
      "the answer does not match /^ok \\d+$/",
    );
    expect(judgeAnswer(expectOf({ json: { digest: `\${MODEL_DIGEST}` } }), 200, "<html>", values)).toBe(
      "the answer is not JSON",
    );
    expect(judgeAnswer(expectOf({ json: { "a.b": true } }), 200, '{"a": {}}', values)).toBe(
      "the answer has no field a.b",
    );
    expect(judgeAnswer(expectOf({ json: { "a.b": true } }), 200, '{"a": {"b": "true"}}', values)).toBe(
      'a.b is "true", expected true',
    );
    // A text expectation matches a field written as text, but not an object or a null.
    expect(judgeAnswer(expectOf({ json: { v: "4" } }), 200, '{"v": 4}', values)).toBeUndefined();
    expect(judgeAnswer(expectOf({ json: { v: "null" } }), 200, '{"v": null}', values)).toBe(
      'v is null, expected "null"',
    );
    expect(judgeAnswer(expectOf({ json: { v: null } }), 200, '{"v": null}', values)).toBeUndefined();
  });
});

describe("smokeTestProblem", () => {
  it("finds a misspelt placeholder before anything is deployed", () => {
    const config = smokeTestConfig.parse({
      requests: [{ url: `http://x/\${MODEL_NAME}`, expect: { json: { version: `\${VERSION}` } } }],
    });
    expect(smokeTestProblem(config)).toMatch(/expect\.json\.version: unknown placeholder \$\{VERSION\}/);
  });
});
