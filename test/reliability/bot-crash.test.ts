import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseRetrainRecord } from "../../lib/drift/retrain-record.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { botProcesses } from "../helpers/bot-process.ts";
import { publishRelease, releaseVersion, versionMetadataFor } from "../helpers/model-versions.ts";
import { killAtWrite, seededInts } from "../helpers/reliability.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * The bot's bundle killed (SIGKILL) at a random write while it makes a pull request (branch,
 * commit, pull request, labels), then a fresh process given the same delivery again (GitHub's
 * "Redeliver", same id): one pull request, complete, holding its change once.
 */
const repo = { owner: "acme", repo: "churn" };

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
    collaborators: { alice: "write" },
  });
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  return { sandbox, alice, bots: botProcesses(sandbox) };
}

/** Kills the bot at its `at`th write after `trigger`, then redelivers to a fresh process. */
async function killThenRedeliver(
  sandbox: Sandbox,
  bots: ReturnType<typeof botProcesses>,
  event: string,
  at: number,
  trigger: () => Promise<void>,
): Promise<{ killed: boolean; log: string }> {
  const first = await bots.start();
  const from = sandbox.world.webhooks.deliveries.length;
  await trigger();
  let killed = false;
  const watch = killAtWrite(sandbox, at, () => {
    killed = first.child.kill("SIGKILL");
  });
  await sandbox.webhooksIdle();
  watch.stop();
  const delivery = sandbox.world.webhooks.deliveries.slice(from).find((d) => d.event === event);
  expect(delivery, `no ${event} delivery`).toBeDefined();
  if (first.child.exitCode === null && first.child.signalCode === null) first.child.kill("SIGKILL");
  await first.exited;
  const second = await bots.start();
  sandbox.world.webhooks.redeliver(delivery?.id as string);
  await sandbox.webhooksIdle();
  return { killed, log: second.output() };
}

async function pullsFor(github: GitHubClient, branch: string) {
  const { data } = await github.rest.pulls.list({ ...repo, state: "all" });
  return { mine: data.filter((p) => p.head.ref === branch), all: data };
}

async function fileOn(github: GitHubClient, path: string, ref: string): Promise<string> {
  const { data } = await github.rest.repos.getContent({ ...repo, path, ref });
  return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
}

describe("the bot's bundle killed mid-write, then given the delivery again", () => {
  it("promotion: one pull request putting v2 in production, with its labels", async () => {
    const pick = seededInts(41);
    const tried: number[] = [];
    for (let round = 0; round < 3; round++) {
      const { sandbox, alice, bots } = await setUp();
      const releaseId = await releaseVersion(
        sandbox,
        alice,
        repo,
        versionMetadataFor("churn", 2, { metrics: { accuracy: 0.9 } }),
        { publish: false },
      );
      // Writes: the installation token, the branch, the commit, the pull request, its labels.
      const at = 1 + pick(6);
      tried.push(at);
      const { killed } = await killThenRedeliver(sandbox, bots, "release", at, () =>
        publishRelease(alice, repo, releaseId),
      );
      expect(killed, `killed at write ${at}`).toBe(true);

      const { mine, all } = await pullsFor(alice, "trainyard/promote/churn");
      expect({ at, pulls: mine.length, others: all.length - mine.length }).toEqual({
        at,
        pulls: 1,
        others: 0,
      });
      expect(mine[0]?.labels.map((l) => l.name)).toContain("trainyard:promote");
      const deployments = await fileOn(alice, ".trainyard/deployments.yml", "trainyard/promote/churn");
      expect(deployments.match(/production: v2/g), deployments).toHaveLength(1);
    }
    console.log(`[reliability] bot promotion kill points (nth write): ${tried.join(", ")}`);
  }, 120_000);

  it("retraining: one pull request with one record entry, with its labels", async () => {
    const pick = seededInts(42);
    const tried: number[] = [];
    for (let round = 0; round < 3; round++) {
      const { sandbox, alice, bots } = await setUp();
      const { data: issue } = await alice.rest.issues.create({ ...repo, title: "churn looks off" });
      const at = 1 + pick(6);
      tried.push(at);
      const { killed } = await killThenRedeliver(sandbox, bots, "issue_comment", at, async () => {
        await alice.rest.issues.createComment({
          ...repo,
          issue_number: issue.number,
          body: "/retrain churn",
        });
      });
      expect(killed, `killed at write ${at}`).toBe(true);

      const { mine } = await pullsFor(alice, "trainyard/retrain/churn");
      expect({ at, pulls: mine.length }).toEqual({ at, pulls: 1 });
      expect(mine[0]?.labels.map((l) => l.name)).toContain("trainyard:retrain");
      const record = parseRetrainRecord(
        await fileOn(alice, ".trainyard/retrain/churn.json", "trainyard/retrain/churn"),
      );
      expect(record?.evidence, `killed at write ${at}`).toHaveLength(1);
    }
    console.log(`[reliability] bot retraining kill points (nth write): ${tried.join(", ")}`);
  }, 120_000);
});
