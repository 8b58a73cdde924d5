import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import type { DriftReport } from "../../lib/drift/report.ts";
import { parseRetrainRecord } from "../../lib/drift/retrain-record.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { useBot } from "../helpers/bot.ts";
import { publishRelease, releaseVersion, versionMetadataFor } from "../helpers/model-versions.ts";
import { alertmanagerAlert, alertmanagerWebhook } from "../helpers/monitoring.ts";
import { countFrom, faultMix, printCounts } from "../helpers/reliability.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * Every bot flow under issue #10's fault mix (≈20% of the bot's GitHub requests fail or lose
 * their answer, 10% more are slow): each ends with exactly one pull request for its purpose,
 * holding what it should, once; or its delivery fails and GitHub's "Redeliver" (Alertmanager's
 * resend) completes it. Several fault seeds per flow.
 */
const repo = { owner: "acme", repo: "churn" };
/** Seeds per flow, each flow its own, so no two flows see the same fault sequence. */
const SEEDS = { promotion: [11, 12, 13], dispatch: [14, 15, 16], command: [17, 18, 19], alert: [20, 21, 22] };
const ALERTMANAGER_TOKEN = "alertmanager-secret-token-0123456789";
const MAX_ATTEMPTS = 4;

async function setUp() {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: {
      "README.md": "# churn\n",
      ".trainyard/deployments.yml": "churn:\n  staging: v1\n",
      ".github/trainyard.yml": stringify({
        models: { churn: { retrain: { labels: ["ml-retrain"] }, promotion: { labels: ["ml-release"] } } },
      }),
    },
    collaborators: { alice: "write", bob: "write" },
  });
  // The test's own requests ride through faults with more patience than the bot is given.
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"), { retries: 10 });
  const bot = await useBot(sandbox, { alertmanagerToken: ALERTMANAGER_TOKEN });
  return { sandbox, alice, bot };
}

/**
 * Waits for the sandbox's deliveries of `event` to the bot made since `from`; redelivers each
 * failed one (same id, as GitHub's "Redeliver" does) until it succeeds. Returns the attempts.
 */
async function deliveredUntilDone(sandbox: Sandbox, event: string, from: number): Promise<number> {
  const dispatcher = sandbox.world.webhooks;
  let attempts = 1;
  for (;;) {
    await sandbox.webhooksIdle();
    const latest = new Map<string, (typeof dispatcher.deliveries)[number]>();
    for (const d of dispatcher.deliveries.slice(from)) if (d.event === event) latest.set(d.id, d);
    const failed = [...latest.values()].filter((d) => d.status !== 200);
    expect(latest.size, `no ${event} delivery`).toBeGreaterThan(0);
    if (failed.length === 0) return attempts;
    expect(attempts, `${event}: still failing after ${attempts} deliveries`).toBeLessThan(MAX_ATTEMPTS);
    attempts += 1;
    for (const d of failed) dispatcher.redeliver(d.id);
  }
}

async function pullsOf(sandbox: Sandbox, github: GitHubClient) {
  sandbox.faults.configure({ rules: [] });
  return (await github.rest.pulls.list({ ...repo, state: "all" })).data;
}

async function fileOn(github: GitHubClient, path: string, ref: string): Promise<string> {
  const { data } = await github.rest.repos.getContent({ ...repo, path, ref });
  return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
}

/** A pull request for `branch`, counted: lost when there is none, duplicated beyond one. */
function tally(pulls: Array<{ head: { ref: string } }>, branch: string) {
  const mine = pulls.filter((p) => p.head.ref === branch).length;
  return { lost: mine === 0 ? 1 : 0, duplicated: Math.max(0, mine - 1) + (pulls.length - mine) };
}

function driftReport(): DriftReport {
  const feature = (name: string, psi: number) => ({
    feature: name,
    kind: "numerical" as const,
    test: "ks" as const,
    statistic: 0.31,
    p_value: 0.0001,
    psi,
    threshold: 0.05,
    drifted: true,
    exact: true,
    error: 0,
    reference: { count: 500, missing: 0 },
    current: { count: 400, missing: 0 },
  });
  return {
    drifted: true,
    share: 1,
    threshold: 0.5,
    features: [feature("tenure", 0.42)],
    reference: { rows: 500, source: "profile" },
    current: { rows: 400 },
    skipped: [],
  } as DriftReport;
}

async function retrainEvidence(github: GitHubClient) {
  const text = await fileOn(github, ".trainyard/retrain/churn.json", "trainyard/retrain/churn");
  return parseRetrainRecord(text)?.evidence ?? [];
}

/** The retraining pull requests lost and duplicated; one without exactly one record entry counts too. */
async function retrainOutcome(github: GitHubClient, pulls: Array<{ head: { ref: string } }>) {
  const { lost, duplicated } = tally(pulls, "trainyard/retrain/churn");
  const evidence = lost ? [] : await retrainEvidence(github);
  return {
    lost: lost + (evidence.length === 0 ? 1 : 0),
    duplicated: duplicated + Math.max(0, evidence.length - 1),
  };
}

describe("bot flows under 20% faults and slow answers", () => {
  it.each(SEEDS.promotion)(
    "promotion on release.published, seed %i: one pull request with the version",
    async (seed) => {
      const { sandbox, alice } = await setUp();
      const releaseId = await releaseVersion(
        sandbox,
        alice,
        repo,
        versionMetadataFor("churn", 2, { metrics: { accuracy: 0.9 } }),
        { publish: false },
      );
      const from = sandbox.world.webhooks.deliveries.length;
      const counts = countFrom(sandbox);
      sandbox.faults.configure(faultMix(seed));
      await publishRelease(alice, repo, releaseId);
      const attempts = await deliveredUntilDone(sandbox, "release", from);
      const measured = counts();

      const pulls = await pullsOf(sandbox, alice);
      const { lost, duplicated } = tally(pulls, "trainyard/promote/churn");
      const deployments = await fileOn(alice, ".trainyard/deployments.yml", "trainyard/promote/churn");
      const versionLost = /production: v2\b/.test(deployments) ? 0 : 1;
      printCounts({
        flow: "bot promotion",
        seed,
        ...measured,
        lost: lost + versionLost,
        duplicated,
        attempts,
      });
      expect({ lost: lost + versionLost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
      expect(pulls[0]?.state).toBe("open");
    },
  );

  it.each(SEEDS.dispatch)(
    "retraining on a trainyard-drift dispatch, seed %i: one pull request, one record entry",
    async (seed) => {
      const { sandbox, alice } = await setUp();
      const from = sandbox.world.webhooks.deliveries.length;
      const counts = countFrom(sandbox);
      sandbox.faults.configure(faultMix(seed));
      await alice.rest.repos.createDispatchEvent({
        ...repo,
        event_type: "trainyard-drift",
        client_payload: { model: "churn", report: driftReport() } as unknown as Record<string, unknown>,
      });
      const attempts = await deliveredUntilDone(sandbox, "repository_dispatch", from);
      const measured = counts();

      const result = await retrainOutcome(alice, await pullsOf(sandbox, alice));
      printCounts({ flow: "bot retraining (dispatch)", seed, ...measured, ...result, attempts });
      expect(result).toEqual({ lost: 0, duplicated: 0 });
    },
  );

  it.each(SEEDS.command)(
    "retraining on a /retrain comment, seed %i: one pull request, one record entry",
    async (seed) => {
      const { sandbox, alice } = await setUp();
      const { data: issue } = await alice.rest.issues.create({ ...repo, title: "churn looks off" });
      const from = sandbox.world.webhooks.deliveries.length;
      const counts = countFrom(sandbox);
      sandbox.faults.configure(faultMix(seed));
      await alice.rest.issues.createComment({ ...repo, issue_number: issue.number, body: "/retrain churn" });
      const attempts = await deliveredUntilDone(sandbox, "issue_comment", from);
      const measured = counts();

      const result = await retrainOutcome(
        alice,
        (await pullsOf(sandbox, alice)).filter((p) => p.number !== issue.number),
      );
      printCounts({ flow: "bot retraining (/retrain)", seed, ...measured, ...result, attempts });
      expect(result).toEqual({ lost: 0, duplicated: 0 });
    },
  );

  it.each(SEEDS.alert)(
    "retraining on an Alertmanager alert, seed %i: one pull request, one record entry",
    async (seed) => {
      const { sandbox, alice, bot } = await setUp();
      const body = JSON.stringify(alertmanagerWebhook([alertmanagerAlert()]));
      const counts = countFrom(sandbox);
      sandbox.faults.configure(faultMix(seed));
      // Alertmanager resends a notification that failed (and, on repeat_interval, one that did not).
      let attempts = 0;
      for (let status = 0; status !== 200; ) {
        attempts += 1;
        expect(attempts, "still failing").toBeLessThanOrEqual(MAX_ATTEMPTS);
        const response = await fetch(`${bot.bot.url}/alertmanager`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${ALERTMANAGER_TOKEN}` },
          body,
        });
        status = response.status;
        await response.text();
      }
      const measured = counts();

      const result = await retrainOutcome(alice, await pullsOf(sandbox, alice));
      printCounts({ flow: "bot retraining (Alertmanager)", seed, ...measured, ...result, attempts });
      expect(result).toEqual({ lost: 0, duplicated: 0 });
    },
  );
});
