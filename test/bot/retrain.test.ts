import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { botOptionsFromEnvironment } from "../../bot/environment.ts";
import { parseTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { driftMetricsText } from "../../lib/drift/prometheus.ts";
import type { DriftReport, FeatureDrift } from "../../lib/drift/report.ts";
import { parseRetrainRecord, type RetrainRecord } from "../../lib/drift/retrain-record.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { useBot } from "../helpers/bot.ts";
import {
  alertmanagerAlert,
  alertmanagerWebhook,
  monitoringUnavailable,
  serveMetrics,
  useMonitoring,
} from "../helpers/monitoring.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { type WebhookExample, webhookExample } from "../helpers/webhook-examples.ts";

const repo = { owner: "acme", repo: "churn" };
const BRANCH = "trainyard/retrain/churn";
const RECORD = ".trainyard/retrain/churn.json";
const TOKEN = "alertmanager-secret-token-0123456789";

function config(retrain: Record<string, unknown> = {}, models = ["churn"]): string {
  return stringify({
    models: Object.fromEntries(
      models.map((model) => [model, { retrain: { labels: ["ml-retrain"], reviewers: ["bob"], ...retrain } }]),
    ),
  });
}

async function setUp(configText = config()) {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: { "README.md": "# churn\n", ".github/trainyard.yml": configText },
    collaborators: { alice: "write", bob: "write", carol: "read" },
  });
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  return { sandbox, alice };
}

function feature(name: string, psi: number, drifted: boolean): FeatureDrift {
  return {
    feature: name,
    kind: "numerical",
    test: "ks",
    statistic: drifted ? 0.31 : 0.04,
    p_value: drifted ? 0.0001 : 0.6,
    psi,
    threshold: 0.05,
    drifted,
    exact: true,
    error: 0,
    reference: { count: 500, missing: 0 },
    current: { count: 400, missing: 0 },
  };
}

function driftedReport(psi: Record<string, number>): DriftReport {
  const features = Object.entries(psi).map(([name, value]) => feature(name, value, value >= 0.1));
  const drifted = features.filter((f) => f.drifted).length;
  return {
    drifted: drifted / features.length >= 0.5,
    share: drifted / features.length,
    threshold: 0.5,
    features,
    reference: { rows: 500, source: "profile" },
    current: { rows: 400 },
    skipped: [],
  };
}

/** GitHub's own repository_dispatch example, made a `trainyard-drift` dispatch to acme/churn. */
function driftDispatch(installationId: number, clientPayload: unknown, sender = "alice") {
  const payload = webhookExample("repository_dispatch", "on-demand-test");
  return {
    ...payload,
    action: "trainyard-drift",
    branch: "main",
    client_payload: clientPayload,
    repository: {
      ...payload.repository,
      name: "churn",
      full_name: "acme/churn",
      default_branch: "main",
      owner: { ...payload.repository.owner, login: "acme" },
    },
    sender: { ...payload.sender, login: sender, type: "User" },
    installation: { id: installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
  };
}

/** GitHub's issue_comment.created example, a comment by `login` on issue #number of acme/churn. */
function commentDelivery(installationId: number, login: string, number: number, body: string) {
  const payload = webhookExample("issue_comment", "created") as WebhookExample & {
    issue: Record<string, unknown>;
    comment: Record<string, unknown>;
  };
  return {
    ...payload,
    issue: { ...payload.issue, number },
    comment: { ...payload.comment, id: 9001, body, user: { ...payload.sender, login } },
    repository: {
      ...payload.repository,
      name: "churn",
      full_name: "acme/churn",
      default_branch: "main",
      owner: { ...payload.repository.owner, login: "acme" },
    },
    sender: { ...payload.sender, login, type: "User" },
    installation: { id: installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
  };
}

async function pulls(github: GitHubClient) {
  return (await github.rest.pulls.list({ ...repo, state: "all" })).data;
}

async function recordOn(github: GitHubClient, ref: string): Promise<RetrainRecord | undefined> {
  const { data } = await github.rest.repos.getContent({ ...repo, path: RECORD, ref });
  return parseRetrainRecord(Buffer.from((data as { content: string }).content, "base64").toString("utf8"));
}

async function comments(github: GitHubClient, number: number) {
  return (await github.rest.issues.listComments({ ...repo, issue_number: number })).data;
}

async function metricsOf(url: string): Promise<string> {
  return (await fetch(`${url}/metrics`)).text();
}

/** `token` null: no Authorization header. */
async function postAlerts(url: string, body: unknown, token: string | null = TOKEN) {
  const response = await fetch(`${url}/alertmanager`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
}

describe("retrain: a trainyard-drift repository_dispatch", () => {
  it("opens one retraining pull request with the record, the drift table, labels and reviewers", async () => {
    const { sandbox, alice } = await setUp();
    const { deliver, installationId, errors, bot } = await useBot(sandbox, { subscribe: false });
    const report = driftedReport({ tenure: 0.42, monthly_charges: 0.21, contract: 0.02 });

    const response = await deliver(
      "repository_dispatch",
      driftDispatch(installationId, {
        model: "churn",
        report,
        window: { start: "2026-11-16", end: "2026-11-22" },
      }),
    );

    expect(response.status).toBe(200);
    expect(errors()).toEqual([]);
    const [pull, ...others] = await pulls(alice);
    expect(others).toEqual([]);
    expect(pull).toMatchObject({
      number: 1,
      title: "Retrain churn: production data drifted",
      state: "open",
      head: { ref: BRANCH },
      base: { ref: "main" },
      user: { login: "trainyard[bot]" },
    });
    expect(pull?.labels.map((l) => l.name)).toEqual(["trainyard:retrain", "ml-retrain"]);
    expect(pull?.requested_reviewers?.map((u) => u.login)).toEqual(["bob"]);
    const record = await recordOn(alice, BRANCH);
    expect(record?.model).toBe("churn");
    expect(record?.evidence).toHaveLength(1);
    expect(record?.evidence[0]).toMatchObject({
      trigger: "drift",
      by: "alice",
      features: ["tenure", "monthly_charges"],
      window: { start: "2026-11-16", end: "2026-11-22" },
    });
    expect(record?.drift).toEqual(report);
    const { data: files } = await alice.rest.pulls.listFiles({ ...repo, pull_number: 1 });
    expect(files.map((f) => f.filename)).toEqual([RECORD]);
    expect(pull?.body).toMatch(/^<!-- trainyard:retrain:churn -->\n/);
    expect(pull?.body).toContain("| Feature");
    expect(pull?.body).toMatch(/\| `tenure` +\| numerical/);
    expect(pull?.body).toContain("```mermaid\nxychart-beta");
    expect(pull?.body).toContain("2026-11-16 → 2026-11-22");
    expect(await metricsOf(bot.url)).toContain(
      'trainyard_bot_pull_requests_total{purpose="retrain",change="opened"} 1',
    );
  });

  it("adds a new report to the open pull request with one comment, and ignores the same report again", async () => {
    const { sandbox, alice } = await setUp();
    const { deliver, installationId, errors, bot } = await useBot(sandbox, { subscribe: false });
    const first = driftedReport({ tenure: 0.42, contract: 0.02 });
    const second = driftedReport({ tenure: 0.55, contract: 0.13 });

    await deliver("repository_dispatch", driftDispatch(installationId, { model: "churn", report: first }));
    const headBefore = (await pulls(alice))[0]?.head.sha;
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: second }, "bob"),
    );

    const [pull, ...others] = await pulls(alice);
    expect(others).toEqual([]);
    expect(pull?.number).toBe(1);
    expect(pull?.head.sha).not.toBe(headBefore);
    const record = await recordOn(alice, BRANCH);
    expect(record?.evidence.map((item) => item.by)).toEqual(["alice", "bob"]);
    expect(record?.drift).toEqual(second);
    expect(pull?.body).toMatch(/\| `contract` +\| numerical .*⚠️ drifted/);
    const afterSecond = await comments(alice, 1);
    expect(afterSecond).toHaveLength(1);
    expect(afterSecond[0]?.body).toContain("New evidence for retraining `churn`");
    expect(afterSecond[0]?.body).toContain("drift check by bob");
    const headAfter = pull?.head.sha;

    // The same report again, in a new delivery: nothing new, so no commit and no comment.
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: second }, "bob"),
    );
    expect(await comments(alice, 1)).toHaveLength(1);
    expect((await pulls(alice))[0]?.head.sha).toBe(headAfter);
    expect(errors()).toEqual([]);
    const metrics = await metricsOf(bot.url);
    expect(metrics).toContain('trainyard_bot_pull_requests_total{purpose="retrain",change="updated"} 1');
    expect(metrics).toContain(
      'trainyard_bot_retrain_skipped_total{trigger="drift",reason="known-evidence"} 1',
    );
  });

  it("logs and ignores a dispatch whose payload is not a model and a drift report", async () => {
    const { sandbox, alice } = await setUp();
    const { deliver, installationId, logs, bot } = await useBot(sandbox, { subscribe: false });

    const response = await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: { drifted: "yes" } }),
    );

    expect(response.status).toBe(200);
    expect(await pulls(alice)).toEqual([]);
    expect(
      logs.some((record) => /ignored a trainyard-drift dispatch with a bad client_payload/.test(record.msg)),
    ).toBe(true);
    expect(await metricsOf(bot.url)).toContain(
      'trainyard_bot_retrain_skipped_total{trigger="drift",reason="bad-payload"} 1',
    );
  });

  it("is reached by the sandbox's own delivery of a dispatch that a workflow sends", async () => {
    const { sandbox, alice } = await setUp();
    const { errors } = await useBot(sandbox);

    await alice.rest.repos.createDispatchEvent({
      ...repo,
      event_type: "trainyard-drift",
      client_payload: { model: "churn", report: driftedReport({ tenure: 0.3, age: 0.01 }) },
    });
    await sandbox.webhooksIdle();

    expect((await pulls(alice)).map((p) => [p.number, p.head.ref])).toEqual([[1, BRANCH]]);
    expect(errors()).toEqual([]);
    expect(sandbox.world.webhooks.deliveries.every((d) => d.status === 200)).toBe(true);
  });
});

describe("retrain: cooldown, snooze and the hourly limit", () => {
  it("waits out the cooldown after a closed retraining pull request, then starts a fresh record", async () => {
    const { sandbox, alice } = await setUp();
    const { deliver, installationId, logs } = await useBot(sandbox, { subscribe: false });
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.3 }) }),
    );
    await alice.rest.pulls.update({ ...repo, pull_number: 1, state: "closed" });

    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.4 }) }),
    );
    expect((await pulls(alice)).map((p) => [p.number, p.state])).toEqual([[1, "closed"]]);
    expect(logs.some((record) => /no pull request \(cooldown\)/.test(record.msg))).toBe(true);

    const { data: current } = await alice.rest.repos.getContent({ ...repo, path: ".github/trainyard.yml" });
    await alice.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: ".github/trainyard.yml",
      message: "No cooldown",
      content: Buffer.from(config({ cooldown_hours: 0 })).toString("base64"),
      sha: (current as { sha: string }).sha,
    });
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.5 }) }),
    );
    expect((await pulls(alice)).map((p) => [p.number, p.state])).toEqual([
      [2, "open"],
      [1, "closed"],
    ]);
    expect((await recordOn(alice, BRANCH))?.evidence).toHaveLength(1);
  });

  it("opens none while the last closed one is labelled trainyard:snooze, and again once it is removed", async () => {
    const { sandbox, alice } = await setUp(config({ cooldown_hours: 0 }));
    const { deliver, installationId, logs } = await useBot(sandbox, { subscribe: false });
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.3 }) }),
    );
    await alice.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ["trainyard:snooze"] });
    await alice.rest.pulls.update({ ...repo, pull_number: 1, state: "closed" });

    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.4 }) }),
    );
    expect((await pulls(alice)).map((p) => p.number)).toEqual([1]);
    expect(logs.some((record) => /no pull request \(snoozed\)/.test(record.msg))).toBe(true);

    await alice.rest.issues.removeLabel({ ...repo, issue_number: 1, name: "trainyard:snooze" });
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.5 }) }),
    );
    expect((await pulls(alice)).map((p) => [p.number, p.state])).toEqual([
      [2, "open"],
      [1, "closed"],
    ]);
  });

  it("opens no more new pull requests in an hour than hourly_limit, but still updates an open one", async () => {
    const { sandbox, alice } = await setUp(config({ hourly_limit: 1 }, ["churn", "fraud"]));
    const { deliver, installationId, bot } = await useBot(sandbox, { subscribe: false });

    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.3 }) }),
    );
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "fraud", report: driftedReport({ b: 0.3 }) }),
    );
    await deliver(
      "repository_dispatch",
      driftDispatch(installationId, { model: "churn", report: driftedReport({ a: 0.6 }) }),
    );

    expect((await pulls(alice)).map((p) => p.head.ref)).toEqual([BRANCH]);
    expect((await recordOn(alice, BRANCH))?.evidence).toHaveLength(2);
    expect(await metricsOf(bot.url)).toContain(
      'trainyard_bot_retrain_skipped_total{trigger="drift",reason="hourly-limit"} 1',
    );
  });
});

describe("retrain: the README's example", () => {
  it("is a retrain config the config reader accepts as written", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Retrain on drift: the bot"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] as string;
    expect(parseTrainyardConfig(example, "README.md").models.churn?.retrain).toEqual({
      labels: ["ml-retrain"],
      reviewers: ["alice"],
      team_reviewers: ["ml-leads"],
      cooldown_hours: 24,
      hourly_limit: 2,
    });
  });
});

describe("retrain: /retrain <model> in a comment", () => {
  it("opens the pull request for a writer, and does nothing for a reader", async () => {
    const { sandbox, alice } = await setUp();
    const { deliver, installationId, logs, errors } = await useBot(sandbox);
    const { data: issue } = await alice.rest.issues.create({ ...repo, title: "churn looks off" });

    // carol may only read: GitHub's example comment, signed and delivered by hand.
    const refused = await deliver(
      "issue_comment",
      commentDelivery(installationId, "carol", issue.number, "/retrain churn"),
    );
    expect(refused.status).toBe(200);
    expect(await pulls(alice)).toEqual([]);
    expect(
      logs.some((record) => /ignored \/retrain churn from carol, who has read permission/.test(record.msg)),
    ).toBe(true);

    // alice may write: her comment, delivered by the sandbox itself.
    await alice.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: "Accuracy dropped this week.\n/retrain churn\n",
    });
    await sandbox.webhooksIdle();

    const [pull, ...others] = await pulls(alice);
    expect(others).toEqual([]);
    expect(pull?.head.ref).toBe(BRANCH);
    const record = await recordOn(alice, BRANCH);
    expect(record?.evidence).toHaveLength(1);
    expect(record?.evidence[0]).toMatchObject({ trigger: "command", by: "alice" });
    expect(record?.evidence[0]?.url).toContain(`/issues/${issue.number}#issuecomment-`);
    expect(errors()).toEqual([]);
  });
});

describe("retrain: POST /alertmanager", () => {
  it("takes its token from the bot's ALERTMANAGER_TOKEN, which must not be short", async () => {
    const env = {
      APP_ID: "1",
      PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----\\nx\\n-----END",
      WEBHOOK_SECRET: "s",
    };
    expect((await botOptionsFromEnvironment({ ...env, ALERTMANAGER_TOKEN: TOKEN })).alertmanagerToken).toBe(
      TOKEN,
    );
    expect((await botOptionsFromEnvironment(env)).alertmanagerToken).toBeUndefined();
    await expect(botOptionsFromEnvironment({ ...env, ALERTMANAGER_TOKEN: "short" })).rejects.toThrow(
      "ALERTMANAGER_TOKEN must be at least 16 characters",
    );
  });

  it("refuses a missing or wrong bearer token (401) and a body over 1 MiB (413)", async () => {
    const { sandbox, alice } = await setUp();
    const { bot } = await useBot(sandbox, { subscribe: false, alertmanagerToken: TOKEN });
    const body = alertmanagerWebhook([alertmanagerAlert()]);

    expect((await postAlerts(bot.url, body, null)).status).toBe(401);
    expect((await postAlerts(bot.url, body, "not-the-token")).status).toBe(401);
    expect((await postAlerts(bot.url, body, `${TOKEN}x`)).status).toBe(401);
    const huge = alertmanagerWebhook([
      alertmanagerAlert({ annotations: { summary: "x".repeat(1024 * 1024) } }),
    ]);
    expect((await postAlerts(bot.url, huge)).status).toBe(413);
    expect((await postAlerts(bot.url, "{not json")).status).toBe(400);
    expect(await pulls(alice)).toEqual([]);
  });

  it("refuses every call when the bot has no ALERTMANAGER_TOKEN", async () => {
    const { sandbox } = await setUp();
    const { bot } = await useBot(sandbox, { subscribe: false });
    expect((await postAlerts(bot.url, alertmanagerWebhook([alertmanagerAlert()]), "")).status).toBe(401);
    expect((await postAlerts(bot.url, alertmanagerWebhook([alertmanagerAlert()]))).status).toBe(401);
  });

  it("ignores resolved alerts, alerts without repository and model labels, and other repositories' alerts, and counts them", async () => {
    const { sandbox, alice } = await setUp();
    const { bot } = await useBot(sandbox, { subscribe: false, alertmanagerToken: TOKEN });

    const resolved = await postAlerts(
      bot.url,
      alertmanagerWebhook([alertmanagerAlert({ status: "resolved", endsAt: "2026-11-23T09:30:00Z" })], {
        status: "resolved",
      }),
    );
    const unlabelled = await postAlerts(
      bot.url,
      alertmanagerWebhook([
        alertmanagerAlert({}, { repository: "" }),
        alertmanagerAlert({ fingerprint: "ffff" }, { model: "" }),
      ]),
    );

    // A repository the App is not installed on.
    sandbox.world.createRepo("globex/models", { files: { "README.md": "# models\n" } });
    const elsewhere = await postAlerts(
      bot.url,
      alertmanagerWebhook([alertmanagerAlert({}, { repository: "globex/models" })]),
    );

    expect([resolved.status, unlabelled.status, elsewhere.status]).toEqual([200, 200, 200]);
    expect(JSON.parse(unlabelled.body)).toMatchObject({ received: 2, ignored: 2 });
    expect(JSON.parse(elsewhere.body)).toMatchObject({ received: 1, ignored: 1, results: [] });
    expect(await pulls(alice)).toEqual([]);
    const metrics = await metricsOf(bot.url);
    expect(metrics).toContain('trainyard_bot_alerts_total{outcome="resolved"} 1');
    expect(metrics).toContain('trainyard_bot_alerts_total{outcome="unlabelled"} 2');
    expect(metrics).toContain('trainyard_bot_alerts_total{outcome="unknown-repository"} 1');
  });

  it("opens the pull request from a firing alert; the same alert again adds nothing, a new one one comment", async () => {
    const { sandbox, alice } = await setUp();
    const { bot, errors } = await useBot(sandbox, { subscribe: false, alertmanagerToken: TOKEN });

    const first = await postAlerts(bot.url, alertmanagerWebhook([alertmanagerAlert()]));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).results).toEqual([
      { repository: "acme/churn", model: "churn", outcome: "proposed", number: 1 },
    ]);
    await postAlerts(bot.url, alertmanagerWebhook([alertmanagerAlert()]));
    expect(await comments(alice, 1)).toEqual([]);
    await postAlerts(
      bot.url,
      alertmanagerWebhook([
        alertmanagerAlert(),
        alertmanagerAlert({ fingerprint: "0f0f0f0f", startsAt: "2026-11-23T09:05:00Z" }, { feature: "age" }),
      ]),
    );

    expect((await pulls(alice)).map((p) => p.number)).toEqual([1]);
    const record = await recordOn(alice, BRANCH);
    expect(record?.evidence.map((item) => [item.trigger, item.by, item.features])).toEqual([
      ["alert", "FeatureDrifted", ["tenure"]],
      ["alert", "FeatureDrifted", ["age"]],
    ]);
    const posted = await comments(alice, 1);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.body).toContain("`age` drifted");
    expect(errors()).toEqual([]);
  });

  it("makes exactly one pull request from 50 alerts at once over two bot replicas", async () => {
    const { sandbox, alice } = await setUp();
    const { bot, replica, errors } = await useBot(sandbox, { subscribe: false, alertmanagerToken: TOKEN });
    const second = await replica();
    const features = ["tenure", "age", "contract", "charges", "region"];

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => {
        const name = features[index % features.length] as string;
        const body = alertmanagerWebhook([
          alertmanagerAlert(
            { fingerprint: `fp-${name}`, startsAt: "2026-11-23T09:00:00Z" },
            { feature: name },
          ),
        ]);
        return postAlerts(index % 2 === 0 ? bot.url : second.url, body);
      }),
    );

    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    const all = await pulls(alice);
    expect(all.map((p) => [p.number, p.head.ref, p.state])).toEqual([[1, BRANCH, "open"]]);
    const record = await recordOn(alice, BRANCH);
    expect(record?.evidence.map((item) => item.features[0]).sort()).toEqual([...features].sort());
    // Each new piece of evidence is told at most once: no feature in two comments.
    const told = (await comments(alice, 1)).flatMap((comment) =>
      features.filter((name) => comment.body?.includes(`\`${name}\` drifted`)),
    );
    expect(new Set(told).size).toBe(told.length);
    expect(told.length).toBeLessThanOrEqual(features.length - 1);
    expect(errors()).toEqual([]);
    const opened = [await metricsOf(bot.url), await metricsOf(second.url)].map((text) =>
      Number(/retrain",change="opened"} (\d+)/.exec(text)?.[1] ?? 0),
    );
    expect(opened.reduce((sum, count) => sum + count, 0)).toBe(1);
  });
});

const unavailable = monitoringUnavailable();
if (unavailable) console.warn(`skipping the Prometheus and Alertmanager test: ${unavailable}`);

describe.skipIf(unavailable !== undefined)("retrain end to end: Prometheus, Alertmanager and the bot", () => {
  it("turns a drifted feature an exporter shows into the retraining pull request", {
    timeout: 60_000,
  }, async () => {
    const { sandbox, alice } = await setUp();
    const { bot, errors } = await useBot(sandbox, { subscribe: false, alertmanagerToken: TOKEN });
    const report = driftedReport({ tenure: 0.42, contract: 0.01 });
    const exporter = await serveMetrics(() => driftMetricsText(report, { model: "churn" }));
    const monitoring = await useMonitoring({
      scrapeTargets: [exporter.target],
      ruleGroups: [
        {
          name: "trainyard",
          rules: [
            {
              alert: "FeatureDrifted",
              expr: "trainyard_feature_drifted == 1",
              labels: { repository: "acme/churn" },
              annotations: { summary: "{{ $labels.feature }} of {{ $labels.model }} drifted" },
            },
          ],
        },
      ],
      webhook: { url: `${bot.url}/alertmanager`, bearerToken: TOKEN },
    });

    const deadline = Date.now() + 45_000;
    let found: Awaited<ReturnType<typeof pulls>> = [];
    while (Date.now() < deadline && found.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      found = await pulls(alice);
    }

    expect(
      found.map((p) => [p.number, p.head.ref]),
      monitoring.output(),
    ).toEqual([[1, BRANCH]]);
    const record = await recordOn(alice, BRANCH);
    expect(record?.evidence).toHaveLength(1);
    expect(record?.evidence[0]).toMatchObject({
      trigger: "alert",
      by: "FeatureDrifted",
      features: ["tenure"],
      labels: { repository: "acme/churn", model: "churn", feature: "tenure", test: "ks" },
    });
    expect(record?.evidence[0]?.url).toMatch(
      new RegExp(`^${monitoring.prometheusUrl}/graph\\?g0\\.expr=trainyard_feature_drifted`),
    );
    expect(errors()).toEqual([]);
    expect(await metricsOf(bot.url)).toContain('trainyard_bot_alerts_total{outcome="accepted"} 1');
  });
});
