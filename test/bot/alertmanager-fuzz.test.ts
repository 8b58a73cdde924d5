import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { Sandbox } from "../../sandbox/server.ts";
import { type BotUnderTest, useBot } from "../helpers/bot.ts";
import { alertmanagerAlert, alertmanagerWebhook } from "../helpers/monitoring.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { hostileText, mutated, runs } from "../lib/fuzz/hostile.ts";

/**
 * POST /alertmanager on hostile input, through the real bot over HTTP against the sandbox: every
 * request is answered in bounded time with a 4xx that says why (or 2xx for a valid webhook), the
 * bot keeps running, an invalid or unauthenticated request changes nothing on GitHub, and only a
 * valid, authenticated alert for a configured model of an installed repository opens a pull request.
 */

const TOKEN = "alertmanager-secret-token-0123456789";
const repo = { owner: "acme", repo: "churn" };
/** A hang fails the request after this long, a slow answer fails the property. */
const ANSWER_WITHIN_MS = 5_000;
const MAX_BODY_BYTES = 1024 * 1024;

async function setUp(): Promise<{ sandbox: Sandbox; under: BotUnderTest }> {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: {
      "README.md": "# churn\n",
      ".github/trainyard.yml": stringify({ models: { churn: { retrain: { hourly_limit: 0 } } } }),
    },
    collaborators: { alice: "write" },
  });
  const under = await useBot(sandbox, { subscribe: false, alertmanagerToken: TOKEN });
  return { sandbox, under };
}

interface Answer {
  status: number;
  text: string;
  headers: Headers;
  ms: number;
}

async function post(
  url: string,
  body: string | Uint8Array,
  authorization: string | null = `Bearer ${TOKEN}`,
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/alertmanager`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(authorization === null ? {} : { authorization }),
    },
    body: typeof body === "string" ? body : new Uint8Array(body),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers, ms: performance.now() - started };
}

/** A 4xx whose JSON body says why. */
function expectRefused(answer: Answer, status: number, reason: RegExp): void {
  expect(answer.status, answer.text).toBe(status);
  const { message } = JSON.parse(answer.text) as { message?: unknown };
  expect(message).toEqual(expect.stringMatching(reason));
}

/** Requests since `from` that change something: reads and the App's installation tokens do not. */
function writesSince(sandbox: Sandbox, from: number): string[] {
  return sandbox.requests
    .slice(from)
    .filter((request) => request.method !== "GET" && !request.path.endsWith("/access_tokens"))
    .map((request) => `${request.method} ${request.path}`);
}

async function pullRequests(sandbox: Sandbox) {
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  return (await alice.rest.pulls.list({ ...repo, state: "all" })).data;
}

/** After the hostile input the bot still answers, and it logged no error (a 500, a crash). */
async function expectAlive(under: BotUnderTest): Promise<void> {
  const health = await fetch(`${under.bot.url}/healthz`, { signal: AbortSignal.timeout(ANSWER_WITHIN_MS) });
  expect(health.status).toBe(200);
  expect(under.errors()).toEqual([]);
}

const VALID_TEXT = JSON.stringify(alertmanagerWebhook([alertmanagerAlert()]));

// ---------------------------------------------------------------------------------------------
// What a valid webhook is, written out by hand from Alertmanager's webhook format (version 4) and
// the fields the bot reads: the oracle the bot's answers are held to.

const isString = (value: unknown): value is string => typeof value === "string";
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => value === undefined || isString(value);
const stringMap = (value: unknown) =>
  isRecord(value) && Object.entries(value).every(([key, item]) => key === "__proto__" || isString(item));

function isValidAlert(value: unknown): boolean {
  return (
    isRecord(value) &&
    (value.status === "firing" || value.status === "resolved") &&
    stringMap(value.labels) &&
    (value.annotations === undefined || stringMap(value.annotations)) &&
    isString(value.startsAt) &&
    optionalString(value.endsAt) &&
    optionalString(value.generatorURL) &&
    isString(value.fingerprint) &&
    value.fingerprint.length > 0
  );
}

function isValidWebhook(bytes: Uint8Array): boolean {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    return false;
  }
  return (
    isRecord(value) &&
    value.version === "4" &&
    (value.status === "firing" || value.status === "resolved") &&
    optionalString(value.receiver) &&
    optionalString(value.groupKey) &&
    optionalString(value.externalURL) &&
    Array.isArray(value.alerts) &&
    value.alerts.every(isValidAlert)
  );
}

// ---------------------------------------------------------------------------------------------
// Hostile input

/** Characters a header value can carry (fetch sends Latin-1), controls other than tab left out. */
const headerChar = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((code) => code !== 0x7f && (code < 0x80 || code >= 0xa0))
  .map((code) => String.fromCharCode(code));
const headerText = (maxLength: number) => fc.array(headerChar, { maxLength }).map((chars) => chars.join(""));

/** The token with a character cut, added, changed or its case flipped: never the token itself. */
const nearToken = fc
  .tuple(fc.constantFrom("cut", "insert", "replace", "case", "prefix"), fc.nat(TOKEN.length - 1), headerChar)
  .map(([kind, at, char]) => {
    switch (kind) {
      case "cut":
        return TOKEN.slice(0, at) + TOKEN.slice(at + 1);
      case "insert":
        return TOKEN.slice(0, at) + char + TOKEN.slice(at);
      case "replace":
        return TOKEN.slice(0, at) + char + TOKEN.slice(at + 1);
      case "case":
        return TOKEN.toUpperCase();
      default:
        return TOKEN.slice(0, at);
    }
  })
  .filter((token) => token !== TOKEN);

/** Authorization headers that must not pass: null is no header at all. */
const wrongAuthorization: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  nearToken.map((token) => `Bearer ${token}`),
  fc.constantFrom(
    "",
    "Bearer",
    "Bearer ",
    TOKEN,
    `Basic ${TOKEN}`,
    `Token ${TOKEN}`,
    `Basic ${Buffer.from(`trainyard:${TOKEN}`).toString("base64")}`,
    `Bearer ${TOKEN} ${TOKEN}`,
    `Bearer ${TOKEN},Bearer ${TOKEN}`,
    `Bearer "${TOKEN}"`,
    `Bearer\t${TOKEN}`,
    `BearerBearer ${TOKEN}`,
    `Bearer ${Buffer.from(TOKEN).toString("base64")}`,
    `Bearer ${TOKEN.replace("o", "\u00f6")}`,
  ),
  headerText(80),
  headerText(60).map((text) => `Bearer ${text}`),
);

/** A JSON path into the valid webhook, and a random JSON value to put there. */
const wrongShape = fc
  .tuple(
    fc.constantFrom(
      [],
      ["version"],
      ["status"],
      ["receiver"],
      ["groupKey"],
      ["externalURL"],
      ["alerts"],
      ["alerts", 0],
      ["alerts", 0, "status"],
      ["alerts", 0, "labels"],
      ["alerts", 0, "labels", "repository"],
      ["alerts", 0, "labels", "model"],
      ["alerts", 0, "annotations"],
      ["alerts", 0, "annotations", "summary"],
      ["alerts", 0, "startsAt"],
      ["alerts", 0, "endsAt"],
      ["alerts", 0, "fingerprint"],
    ),
    fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
  )
  .map(([path, value]) => {
    const body = alertmanagerWebhook([alertmanagerAlert()]) as Record<string, unknown>;
    if (path.length === 0) return JSON.stringify(value) ?? "";
    let at: Record<string | number, unknown> = body;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1] as string | number] = value;
    return JSON.stringify(body);
  });

const encoder = new TextEncoder();

/** Bodies of every kind: broken JSON, other JSON, wrong shapes, random bytes, the valid one edited. */
const hostileBody: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: hostileText.map((text) => encoder.encode(text)), weight: 3 },
  { arbitrary: mutated(fc.constant(VALID_TEXT)).map((text) => encoder.encode(text)), weight: 3 },
  { arbitrary: wrongShape.map((text) => encoder.encode(text)), weight: 4 },
  { arbitrary: fc.uint8Array({ maxLength: 300 }), weight: 1 },
  {
    arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => encoder.encode(JSON.stringify(value))),
    weight: 1,
  },
);

/** Label values people and exporters get wrong: odd repositories and model names, any Unicode. */
const oddRepository = fc.oneof(
  { arbitrary: fc.constant("acme/churn"), weight: 4 },
  fc.constantFrom(
    "acme/churn",
    "acme/churn/extra",
    "acme",
    "/churn",
    "acme/",
    "../churn",
    "acme/..",
    "acme/churn?x=1",
    "acme/churn#x",
    "acme/%2e%2e",
    "acme /churn",
    "globex/models",
    "acme/churn\n",
    "acme\u2215churn",
    "",
  ),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}/${b}`),
);
const oddModel = fc.oneof(
  { arbitrary: fc.constant("churn"), weight: 4 },
  fc.constantFrom(
    "churn",
    "Churn",
    "churn ",
    " churn",
    "../churn",
    "ch urn",
    "churn\u0000",
    "other",
    "",
    "-churn",
  ),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
const oddLabels = fc.dictionary(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  {
    maxKeys: 5,
  },
);
const oddAlert = fc
  .record({
    repository: oddRepository,
    model: oddModel,
    extra: oddLabels,
    status: fc.constantFrom("firing", "firing", "resolved"),
    fingerprint: fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }),
    startsAt: fc.oneof(fc.constant("2026-11-23T09:00:00Z"), fc.string({ unit: "grapheme", maxLength: 20 })),
  })
  .map(({ repository, model, extra, status, fingerprint, startsAt }) =>
    alertmanagerAlert({ status, fingerprint, startsAt }, { ...extra, repository, model }),
  );

// ---------------------------------------------------------------------------------------------

describe("POST /alertmanager under fuzzing", () => {
  it("refuses every request without the right bearer token with 401 and a reason, and asks GitHub nothing", async () => {
    const { sandbox, under } = await setUp();
    const before = sandbox.requests.length;
    let tried = 0;

    await fc.assert(
      fc.asyncProperty(
        wrongAuthorization,
        fc.oneof(fc.constant(encoder.encode(VALID_TEXT)), hostileBody),
        async (authorization, body) => {
          tried++;
          const answer = await post(under.bot.url, body, authorization);
          if (answer.status === 413) expect(body.length).toBeGreaterThan(MAX_BODY_BYTES);
          else expectRefused(answer, 401, /bearer token/);
          expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer /);
          expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
        },
      ),
      runs(150),
    );

    expect(tried).toBeGreaterThan(0);
    expect(sandbox.requests.slice(before)).toEqual([]);
    expect(await pullRequests(sandbox)).toEqual([]);
    // The right token does open the pull request: the refusals above were not for another reason.
    expect((await post(under.bot.url, VALID_TEXT)).status).toBe(200);
    expect(await pullRequests(sandbox)).toHaveLength(1);
    await expectAlive(under);
  });

  it("answers a hostile body with 400 and a reason and changes nothing, or with 200 only when it is a valid webhook", async () => {
    const { sandbox, under } = await setUp();
    let refused = 0;
    let accepted = 0;

    await fc.assert(
      fc.asyncProperty(hostileBody, async (body) => {
        const before = sandbox.requests.length;
        const answer = await post(under.bot.url, body);
        expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
        if (isValidWebhook(body)) {
          accepted++;
          expect(answer.status, answer.text).toBe(200);
          const summary = JSON.parse(answer.text) as { received: number };
          const sent = JSON.parse(Buffer.from(body).toString("utf8")) as { alerts: unknown[] };
          expect(summary.received).toBe(sent.alerts.length);
        } else {
          refused++;
          expectRefused(
            answer,
            400,
            /^(the body is not JSON|not an Alertmanager webhook \(version 4\): .+)/s,
          );
          expect(sandbox.requests.slice(before)).toEqual([]);
        }
      }),
      runs(300),
    );

    // Both sides were reached: the oracle is not always saying the same thing.
    expect(refused).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(5);
    expect((await pullRequests(sandbox)).map((pull) => pull.head.ref)).toEqual(["trainyard/retrain/churn"]);
    await expectAlive(under);
  });

  // Each run that reaches the pull request writes to it: fewer runs, and more time than the default.
  it("takes odd labels and any Unicode: 200, every alert counted, a pull request only for a configured model of an installed repository", {
    timeout: 60_000,
  }, async () => {
    const { sandbox, under } = await setUp();
    let opening = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(oddAlert, { minLength: 1, maxLength: 4 }), async (alerts) => {
        const before = sandbox.requests.length;
        const answer = await post(under.bot.url, JSON.stringify(alertmanagerWebhook(alerts)));
        expect(answer.status, answer.text).toBe(200);
        expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);
        const summary = JSON.parse(answer.text) as {
          received: number;
          ignored: number;
          results: Array<{ repository: string; model: string; outcome: string }>;
        };
        expect(summary.received).toBe(alerts.length);
        const ours = alerts.filter(
          (item) =>
            item.status === "firing" &&
            item.labels.repository === "acme/churn" &&
            item.labels.model === "churn",
        );
        expect(summary.ignored).toBeLessThanOrEqual(alerts.length - ours.length);
        if (ours.length > 0) {
          opening++;
          expect(summary.results).toContainEqual(
            expect.objectContaining({ repository: "acme/churn", model: "churn" }),
          );
        }
        // No other model and no other repository gets a pull request, nor any write.
        const elsewhere = summary.results.filter(
          (result) => result.model !== "churn" || result.repository !== "acme/churn",
        );
        expect(
          elsewhere.every((result) => result.outcome === "unknown-model"),
          answer.text,
        ).toBe(true);
        if (ours.length === 0) expect(writesSince(sandbox, before)).toEqual([]);
      }),
      runs(40),
    );

    expect(opening).toBeGreaterThan(0);
    const pulls = await pullRequests(sandbox);
    expect(pulls.map((pull) => [pull.number, pull.head.ref, pull.state])).toEqual([
      [1, "trainyard/retrain/churn", "open"],
    ]);
    await expectAlive(under);
  });

  it("refuses deep nesting, huge and empty bodies with a reason, in bounded time", async () => {
    const { sandbox, under } = await setUp();
    const before = sandbox.requests.length;
    const nestedLabels = `${'{"a":'.repeat(5_000)}"x"${"}".repeat(5_000)}`;
    const cases: Array<[string, string | Uint8Array, number, RegExp]> = [
      ["60k opening brackets", "[".repeat(60_000), 400, /not JSON/],
      [
        "100k nested arrays",
        `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
        400,
        /not an Alertmanager webhook/,
      ],
      [
        "5k nested objects as labels",
        VALID_TEXT.replace('"labels":{', `"labels":{"deep":${nestedLabels},`),
        400,
        /labels/,
      ],
      ["an empty body", "", 400, /not JSON/],
      ["null", "null", 400, /not an Alertmanager webhook/],
      ["a byte order mark", `\uFEFF${VALID_TEXT}`, 400, /not JSON/],
      ["NUL bytes", "\u0000".repeat(1000), 400, /not JSON/],
      ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0xc0, 0x80, 0x7d]), 400, /not JSON/],
      [
        "version 3",
        JSON.stringify(alertmanagerWebhook([alertmanagerAlert()], { version: "3" })),
        400,
        /version/,
      ],
      [
        "one byte over 1 MiB",
        `${VALID_TEXT}${" ".repeat(MAX_BODY_BYTES + 1 - VALID_TEXT.length)}`,
        413,
        /1,048,576 bytes/,
      ],
      [
        "a 1 MiB label",
        JSON.stringify(alertmanagerWebhook([alertmanagerAlert({}, { feature: "x".repeat(MAX_BODY_BYTES) })])),
        413,
        /1,048,576 bytes/,
      ],
      ["20 MiB of brackets", "[".repeat(20 * MAX_BODY_BYTES), 413, /1,048,576 bytes/],
    ];

    for (const [name, body, status, reason] of cases) {
      const answer = await post(under.bot.url, body);
      expect(answer.ms, name).toBeLessThan(ANSWER_WITHIN_MS);
      expect(answer.status, `${name}: ${answer.text.slice(0, 300)}`).toBe(status);
      expectRefused(answer, status, reason);
    }
    expect(sandbox.requests.slice(before)).toEqual([]);

    // Just under the limit and valid: 3,000 alerts, none of them ours, all counted in time.
    const many = JSON.stringify(
      alertmanagerWebhook(
        Array.from({ length: 3_000 }, (_, i) =>
          alertmanagerAlert({ fingerprint: `fp-${i}` }, { repository: "" }),
        ),
      ),
    );
    expect(many.length).toBeLessThan(MAX_BODY_BYTES);
    const answer = await post(under.bot.url, many);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ received: 3_000, ignored: 3_000, results: [] });
    expect(answer.ms).toBeLessThan(ANSWER_WITHIN_MS);

    const get = await fetch(`${under.bot.url}/alertmanager`, {
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(writesSince(sandbox, before)).toEqual([]);
    expect(await pullRequests(sandbox)).toEqual([]);
    await expectAlive(under);
  });
});
