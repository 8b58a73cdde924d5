import fc from "fast-check";
import { pino } from "pino";
import { Probot } from "probot";
import { describe, expect, it } from "vitest";
import { trainyardApp } from "../../bot/app.ts";
import { DRIFT_EVENT_TYPE } from "../../bot/retrain.ts";
import { type BotRuntime, mayHold, registeredEvents } from "../../bot/runtime.ts";
import { signPayload } from "../../sandbox/webhooks.ts";
import { type BotUnderTest, useBot } from "../helpers/bot.ts";
import { useSandbox } from "../helpers/sandbox.ts";
import { webhookExample } from "../helpers/webhook-examples.ts";

// The webhook endpoint answers deliveries that no handler acts on itself, without Probot
// (bot/server.ts, runtime.ts `actsOn`). These tests hold it to that: what a feature acts on still
// reaches the feature, what none does is answered as Probot answers, and nothing is trusted
// before its signature is checked.

/** GitHub's own example of `event.action` (or of `event`), moved to acme/churn and its installation. */
function delivery(
  installationId: number,
  event: string,
  action: string | undefined,
  changes = {},
): Record<string, unknown> & { sender: Record<string, unknown> } {
  const payload = webhookExample(event, action);
  return {
    ...payload,
    repository: {
      ...payload.repository,
      name: "churn",
      full_name: "acme/churn",
      default_branch: "main",
      owner: { ...payload.repository.owner, login: "acme" },
    },
    sender: { ...payload.sender, login: "reader", type: "User" },
    installation: { id: installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
    ...changes,
  };
}

function comment(installationId: number, body: string, sender: { login: string; type: string }) {
  const payload = delivery(installationId, "issue_comment", "created");
  return {
    ...payload,
    comment: { ...(payload.comment as object), body },
    sender: { ...payload.sender, ...sender },
  };
}

function release(installationId: number, tag: string, draft: boolean, assets: string[]) {
  const payload = delivery(installationId, "release", "published");
  return {
    ...payload,
    release: {
      ...(payload.release as object),
      tag_name: tag,
      draft,
      assets: assets.map((name, index) => ({ id: index + 1, name, size: 10 })),
    },
  };
}

async function setUp() {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: { "README.md": "# churn\n" },
    collaborators: { reader: "read" },
  });
  return { sandbox, bot: await useBot(sandbox, { subscribe: false }) };
}

function metricsOf(bot: BotUnderTest): Promise<string> {
  return bot.bot.metrics.registry.metrics();
}

/** The messages logged about delivery `id`, at `level` (pino's number) or above. */
function logged(bot: BotUnderTest, atLeast: number, id?: string): string[] {
  return bot.logs
    .filter(
      (record) =>
        record.level >= atLeast && (id === undefined || record.msg.includes(id) || record.id === id),
    )
    .map((record) => record.msg);
}

const INFO = 30;
const DEBUG = 20;

describe("which webhook deliveries reach the features' handlers", () => {
  it("every delivery a feature acts on reaches its handler", async () => {
    const { bot } = await setUp();
    const { installationId } = bot;

    const command = await bot.deliver(
      "issue_comment",
      comment(installationId, "/retrain churn", { login: "reader", type: "User" }),
      { id: "command" },
    );
    const dispatch = await bot.deliver(
      "repository_dispatch",
      delivery(installationId, "repository_dispatch", undefined, {
        action: DRIFT_EVENT_TYPE,
        client_payload: { model: "churn" },
      }),
      { id: "dispatch" },
    );
    const published = await bot.deliver(
      "release",
      release(installationId, "churn-v1", false, ["model.pkl", "trainyard.json"]),
      {
        id: "published",
      },
    );

    expect([command.status, dispatch.status, published.status]).toEqual([200, 200, 200]);
    expect(command.body).toBe("ok\n");
    // Each handler ran: the command asked GitHub for the reader's permission, the dispatch's
    // payload was checked, the release's trainyard.json was looked for.
    expect(logged(bot, INFO, "command")).toEqual([
      "retrain: ignored /retrain churn from reader, who has read permission (write needed)",
    ]);
    const metrics = await metricsOf(bot);
    expect(metrics).toContain(
      'trainyard_bot_retrain_skipped_total{trigger="command",reason="not-a-writer"} 1',
    );
    expect(metrics).toContain('trainyard_bot_retrain_skipped_total{trigger="drift",reason="bad-payload"} 1');
    expect(bot.errors()).toEqual(["promotion: release churn-v1 has no trainyard.json"]);
    expect(metrics).toContain('trainyard_bot_errors_total{feature="promotion"} 1');
  });

  it("answers the deliveries no handler acts on as Probot does, counted, logged at debug only", async () => {
    const { bot } = await setUp();
    const { installationId } = bot;
    const ignored = [
      [
        "issue_comment",
        comment(installationId, "Thanks, this looks right to me.", { login: "reader", type: "User" }),
      ],
      ["issue_comment", comment(installationId, "/retrain churn", { login: "trainyard[bot]", type: "Bot" })],
      [
        "issue_comment",
        delivery(installationId, "issue_comment", "edited", { comment: { body: "/retrain churn" } }),
      ],
      ["release", release(installationId, "churn-v1", true, ["trainyard.json"])],
      ["release", release(installationId, "churn-v1", false, ["model.pkl"])],
      ["release", release(installationId, "v1.0.0", false, ["trainyard.json"])],
      ["repository_dispatch", delivery(installationId, "repository_dispatch", undefined)],
      ["push", delivery(installationId, "push", undefined)],
    ] as const;

    const answers = await Promise.all(
      ignored.map(([event, payload], index) => bot.deliver(event, payload, { id: `ignored-${index}` })),
    );

    expect(answers).toEqual(ignored.map(() => ({ status: 200, body: "ok\n" })));
    expect(logged(bot, INFO).filter((message) => !message.startsWith("Trainyard bot"))).toEqual([]);
    // Each named with its event and action, whether it was parsed (a mention of a filter in it) or not.
    expect(logged(bot, DEBUG).filter((message) => message.endsWith("no handler acts on it"))).toEqual(
      ignored.map(
        ([event, payload], index) =>
          `delivery ignored-${index} (${"action" in payload ? `${event}.${payload.action}` : event}): no handler acts on it`,
      ),
    );
    const metrics = await metricsOf(bot);
    expect(metrics).toContain(
      'trainyard_bot_webhook_deliveries_total{event="issue_comment",outcome="handled"} 3',
    );
    expect(metrics).toContain('trainyard_bot_webhook_deliveries_total{event="release",outcome="handled"} 3');
    expect(metrics).toContain('trainyard_bot_webhook_deliveries_total{event="push",outcome="handled"} 1');
    expect(await bot.deliver(...ignored[0], { id: "ignored-0" })).toEqual({
      status: 200,
      body: `${JSON.stringify({ message: "duplicate delivery: handled already" })}\n`,
    });
  });

  it("acts on a command however the delivery's JSON writes it, escapes included", async () => {
    const { bot } = await setUp();
    const payload = comment(bot.installationId, "/retrain churn", { login: "reader", type: "User" });
    const text = JSON.stringify(payload);
    const written = {
      "slash-escaped": text.replace('"/retrain churn"', '"\\/retrain churn"'),
      "unicode-escaped": text.replace('"/retrain churn"', '"\\u002Fre\\u0074rain churn"'),
    };

    for (const [id, body] of Object.entries(written)) {
      expect(body).not.toContain('"/retrain churn"');
      expect(JSON.parse(body)).toEqual(payload);
      expect(await bot.deliver("issue_comment", undefined, { id, body })).toEqual({
        status: 200,
        body: "ok\n",
      });
    }

    for (const id of Object.keys(written))
      expect(logged(bot, INFO, id)).toEqual([
        "retrain: ignored /retrain churn from reader, who has read permission (write needed)",
      ]);
  });

  it("refuses a delivery no handler acts on when its signature is wrong, before reading it", async () => {
    const { bot } = await setUp();
    const payload = comment(bot.installationId, "Thanks, this looks right to me.", {
      login: "reader",
      type: "User",
    });
    const post = (body: string, signature: string) =>
      fetch(bot.bot.webhookUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "issue_comment",
          "x-github-delivery": crypto.randomUUID(),
          "x-hub-signature-256": signature,
        },
        body,
      });
    const body = JSON.stringify(payload);

    const forged = await bot.deliver("issue_comment", payload, { secret: "not-the-secret" });
    const tampered = await post(
      body.replace("looks right", "looks wrong"),
      signPayload(bot.webhookSecret, body),
    );
    const unsigned = await post(body, "");
    const notJson = await post("{ not json", signPayload(bot.webhookSecret, "{ not json"));
    const cut = body.slice(0, body.length / 2);
    const cutShort = await post(cut, signPayload(bot.webhookSecret, cut));

    expect([forged.status, tampered.status, unsigned.status, notJson.status, cutShort.status]).toEqual([
      400, 400, 400, 400, 400,
    ]);
    const metrics = await metricsOf(bot);
    expect(metrics).toContain(
      'trainyard_bot_webhook_deliveries_total{event="unverified",outcome="rejected"} 3',
    );
    expect(metrics).not.toContain('outcome="handled"');
    expect(logged(bot, DEBUG).filter((message) => message.endsWith("no handler acts on it"))).toEqual([]);
  });

  it("knows every handler the features register (a handler registered around on() would be skipped)", async () => {
    const app = new Probot({
      appId: 1,
      privateKey: "unused",
      secret: "unused",
      log: pino({ level: "silent" }),
    });
    const givenToProbot: string[] = [];
    const register = app.on;
    app.on = ((events: string | string[], handler: never) => {
      givenToProbot.push(...(Array.isArray(events) ? events : [events]));
      return register(events as never, handler);
    }) as typeof app.on;

    trainyardApp({} as BotRuntime)(app, { cwd: process.cwd(), addHandler: () => undefined });

    expect(givenToProbot.length).toBeGreaterThan(0);
    expect(registeredEvents(app)).toEqual(givenToProbot);
  });
});

describe("mayHold: whether a delivery's JSON text may hold a filter's mention, before it is parsed", () => {
  const MENTIONS = ["/retrain", "trainyard-drift", "trainyard.json"];

  /** JSON text of `value` with characters of its strings and keys written as escapes where `escapes` says. */
  const escapedJson = (value: unknown, escapes: boolean[]) => {
    let at = 0;
    const text = (string: string) =>
      `"${[...string]
        .map((char) => {
          const plain = JSON.stringify(char).slice(1, -1);
          if (plain !== char || !escapes[at++ % escapes.length]) return plain;
          return char === "/" && at % 2 === 0
            ? "\\/"
            : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
        })
        .join("")}"`;
    const write = (item: unknown): string =>
      typeof item === "string"
        ? text(item)
        : Array.isArray(item)
          ? `[${item.map(write).join(",")}]`
          : typeof item === "object" && item !== null
            ? `{${Object.entries(item)
                .map(([key, member]) => `${text(key)}:${write(member)}`)
                .join(",")}}`
            : JSON.stringify(item);
    return write(value);
  };
  const holds = (value: unknown, mention: string): boolean =>
    typeof value === "string"
      ? value.includes(mention)
      : typeof value === "object" && value !== null
        ? Object.entries(value).some(([key, item]) => key.includes(mention) || holds(item, mention))
        : false;
  const withMentions = fc.oneof(
    fc.string(),
    fc.constantFrom(...MENTIONS).map((mention) => `see ${mention} here`),
    fc.constantFrom(...MENTIONS),
  );

  it("answers yes for every text whose value holds a mention, however its characters are escaped", () => {
    fc.assert(
      fc.property(
        fc
          .jsonValue({ maxDepth: 3 })
          .chain((value) =>
            fc.tuple(
              fc.constant(value),
              withMentions,
              fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }),
            ),
          ),
        ([value, extra, escapes]) => {
          const document = { value, extra, [extra]: 1 };
          const text = escapedJson(document, escapes);
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(document)));
          for (const mention of MENTIONS)
            if (holds(document, mention)) expect(mayHold(Buffer.from(text), [mention])).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("answers no for GitHub's own deliveries that hold no mention, so they go unparsed", () => {
    for (const [event, action] of [
      ["issue_comment", "created"],
      ["release", "published"],
      ["push", undefined],
      ["pull_request", "opened"],
    ] as const)
      expect(mayHold(Buffer.from(JSON.stringify(webhookExample(event, action))), MENTIONS)).toBe(false);
    // An escape of a character no mention has (GitHub's \u003c for "<", a line break) changes nothing.
    expect(mayHold(Buffer.from('{"body":"a \\u003cb\\u003e\\r\\n\\\\u002f"}'), ["/retrain"])).toBe(false);
    expect(mayHold(Buffer.from('{"body":"a \\u002Fretrain"}'), ["/retrain"])).toBe(true);
  });
});
