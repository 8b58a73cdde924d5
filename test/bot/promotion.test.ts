import { describe, expect, it } from "vitest";
import { findBotPullRequest } from "../../lib/github/bot-pull-request.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { useBot } from "../helpers/bot.ts";
import { publishRelease, releaseVersion, versionMetadataFor } from "../helpers/model-versions.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { type WebhookExample, webhookExample } from "../helpers/webhook-examples.ts";

const repo = { owner: "acme", repo: "churn" };
const BRANCH = "trainyard/promote/churn";
const DEPLOYMENTS = `# What runs where: changed only by reviewed pull requests.
fraud:
  production: v7 # promoted in #12
churn:
  staging: v1
`;
const CONFIG = `models:
  churn:
    gates:
      accuracy: { min: 0.8, max_drop: 0.01 }
    promotion:
      labels: [ml-release]
      reviewers: [bob]
`;

async function setUp(options: { config?: string | null; files?: Record<string, string> } = {}) {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: {
      "README.md": "# churn\n",
      ".trainyard/deployments.yml": DEPLOYMENTS,
      ...(options.config === null ? {} : { ".github/trainyard.yml": options.config ?? CONFIG }),
      ...options.files,
    },
    collaborators: { alice: "write", bob: "write" },
  });
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  return { sandbox, alice };
}

const metricsOf = (accuracy: number) => ({ accuracy, f1: accuracy - 0.05, latency_ms: 40 });

async function release(sandbox: Sandbox, github: GitHubClient, version: number, accuracy: number) {
  return releaseVersion(
    sandbox,
    github,
    repo,
    versionMetadataFor("churn", version, {
      metrics: metricsOf(accuracy),
      pullRequest: 10 + version,
      approvals: ["bob"],
    }),
  );
}

async function deploymentsOn(github: GitHubClient, ref: string): Promise<string> {
  const { data } = await github.rest.repos.getContent({ ...repo, path: ".trainyard/deployments.yml", ref });
  return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
}

async function pulls(github: GitHubClient) {
  return (await github.rest.pulls.list({ ...repo, state: "all" })).data;
}

async function approveAndMerge(github: GitHubClient, reviewer: GitHubClient, number: number) {
  await reviewer.rest.pulls.createReview({ ...repo, pull_number: number, event: "APPROVE" });
  await github.rest.pulls.merge({ ...repo, pull_number: number });
}

/** GitHub's own `release.published` example (@octokit/webhooks-examples), moved to this repository. */
function releasePublishedExample(
  release: Record<string, unknown>,
  repository: Record<string, unknown>,
  installationId: number,
) {
  const payload = webhookExample("release", "published") as WebhookExample & {
    release: Record<string, unknown>;
  };
  return {
    ...payload,
    release: {
      ...payload.release,
      id: release.id,
      tag_name: release.tag_name,
      html_url: release.html_url,
      assets: release.assets,
      target_commitish: "main",
    },
    repository: {
      ...payload.repository,
      id: repository.id,
      name: "churn",
      full_name: "acme/churn",
      default_branch: "main",
      owner: { ...payload.repository.owner, login: "acme" },
    },
    installation: { id: installationId, node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==" },
  };
}

describe("promotion: a signed release.published delivery", () => {
  it("opens the promotion pull request from GitHub's example payload, with a one-line change", async () => {
    const { sandbox, alice } = await setUp();
    const { deliver, installationId, errors, bot } = await useBot(sandbox, { subscribe: false });
    const releaseId = await release(sandbox, alice, 1, 0.91);
    const { data: published } = await alice.rest.repos.getRelease({ ...repo, release_id: releaseId });
    const { data: repository } = await alice.rest.repos.get(repo);

    const response = await deliver(
      "release",
      releasePublishedExample(published as never, repository as never, installationId),
    );

    expect(response.status).toBe(200);
    expect(errors()).toEqual([]);
    const [pull] = await pulls(alice);
    expect(pull).toMatchObject({
      number: 1,
      title: "Promote churn v1 to production",
      state: "open",
      head: { ref: BRANCH },
      base: { ref: "main" },
      user: { login: "trainyard[bot]" },
    });
    expect(pull?.labels.map((l) => l.name)).toEqual(["trainyard:promote", "ml-release"]);
    expect(pull?.requested_reviewers?.map((u) => u.login)).toEqual(["bob"]);
    const { data: files } = await alice.rest.pulls.listFiles({ ...repo, pull_number: 1 });
    expect(files.map((f) => [f.filename, f.additions, f.deletions])).toEqual([
      [".trainyard/deployments.yml", 1, 0],
    ]);
    expect(await deploymentsOn(alice, BRANCH)).toBe(
      DEPLOYMENTS.replace("  staging: v1\n", "  staging: v1\n  production: v1\n"),
    );
    expect(pull?.body).toMatch(/^<!-- trainyard:promote:churn -->\n/);
    expect(pull?.body).toContain("no baseline yet");
    expect(pull?.body).toContain(`[churn-v1](${published.html_url})`);
    expect(await (await fetch(`${bot.url}/metrics`)).text()).toContain(
      'trainyard_bot_pull_requests_total{purpose="promote",change="opened"} 1',
    );
  });

  it("ignores a release that is not a model version, or has no trainyard.json", async () => {
    const { sandbox, alice } = await setUp();
    const { errors } = await useBot(sandbox);

    await alice.rest.repos.createRelease({ ...repo, tag_name: "v2.0.0" });
    await releaseVersion(sandbox, alice, repo, versionMetadataFor("churn", 1, { metrics: metricsOf(0.9) }), {
      withMetadata: false,
    });
    await sandbox.webhooksIdle();

    expect(await pulls(alice)).toEqual([]);
    expect(errors()).toEqual([]);
  });
});

describe("promotion end to end: the sandbox delivers its own release webhooks to the bot", () => {
  it("proposes each new version in one pull request per model, never downgrades, and stops once deployed", async () => {
    const { sandbox, alice } = await setUp();
    const bob = clientFor(sandbox, sandbox.world.issueToken("bob"));
    const { bot, errors } = await useBot(sandbox);

    // v1: the first promotion, approved and merged: production runs v1.
    await release(sandbox, alice, 1, 0.9);
    await sandbox.webhooksIdle();
    await approveAndMerge(alice, bob, 1);
    expect(await deploymentsOn(alice, "main")).toContain("churn:\n  staging: v1\n  production: v1\n");

    // v2: a new pull request (the first was merged), comparing v2 with production v1.
    await release(sandbox, alice, 2, 0.93);
    await sandbox.webhooksIdle();
    const second = await findBotPullRequest(alice, repo, BRANCH);
    expect(second).toMatchObject({ number: 2, title: "Promote churn v2 to production" });
    expect(second?.body).toContain("ready to promote, better or level with production v1");
    expect(second?.body).toContain("| `accuracy` | 0.9 | **0.93** | ▲ +0.03 better | +3.33% | ✅ min 0.8");
    expect(second?.body).toContain("| approved by | bob | bob |");
    expect(second?.body).toContain("/releases/tag/churn-v1)");
    expect(second?.body).toContain("/releases/tag/churn-v2)");
    expect(second?.body).toContain("https://github.com/acme/churn/actions/runs/4002");
    const headBefore = second?.headSha as string;

    // v3 replaces v2's proposal in the same pull request: title, body and file, one commit more.
    await release(sandbox, alice, 3, 0.95);
    await sandbox.webhooksIdle();
    const third = await findBotPullRequest(alice, repo, BRANCH);
    expect(third).toMatchObject({ number: 2, title: "Promote churn v3 to production" });
    expect(third?.body).toContain("candidate: v3");
    expect(await deploymentsOn(alice, BRANCH)).toContain("churn:\n  staging: v1\n  production: v3\n");
    const { data: head } = await alice.rest.git.getCommit({ ...repo, commit_sha: third?.headSha as string });
    expect(head.parents.map((p) => p.sha)).toEqual([headBefore]);
    const { data: files } = await alice.rest.pulls.listFiles({ ...repo, pull_number: 2 });
    expect(files.map((f) => [f.filename, f.additions, f.deletions])).toEqual([
      [".trainyard/deployments.yml", 1, 1],
    ]);

    // v5 is published, then v4 (a draft until now): v4 does not take v5's place.
    const v4 = await releaseVersion(
      sandbox,
      alice,
      repo,
      versionMetadataFor("churn", 4, { metrics: metricsOf(0.96) }),
      { publish: false },
    );
    await release(sandbox, alice, 5, 0.97);
    await sandbox.webhooksIdle();
    await publishRelease(alice, repo, v4);
    await sandbox.webhooksIdle();
    expect(await findBotPullRequest(alice, repo, BRANCH)).toMatchObject({
      number: 2,
      title: "Promote churn v5 to production",
    });
    expect(await deploymentsOn(alice, BRANCH)).toContain("  production: v5\n");

    // Merged: production runs v5. Publishing v5 again proposes nothing.
    await approveAndMerge(alice, bob, 2);
    const { data: v5 } = await alice.rest.repos.getReleaseByTag({ ...repo, tag: "churn-v5" });
    await alice.rest.repos.updateRelease({ ...repo, release_id: v5.id, draft: true });
    await alice.rest.repos.updateRelease({ ...repo, release_id: v5.id, draft: false });
    await sandbox.webhooksIdle();

    expect((await pulls(alice)).map((p) => [p.number, p.state])).toEqual([
      [2, "closed"],
      [1, "closed"],
    ]);
    expect(errors()).toEqual([]);
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toContain('trainyard_bot_pull_requests_total{purpose="promote",change="opened"} 2');
    expect(metrics).toContain('trainyard_bot_pull_requests_total{purpose="promote",change="updated"} 2');
    expect(sandbox.world.webhooks.deliveries.every((d) => d.status === 200)).toBe(true);
  });

  it("leaves a rejected version rejected: a closed proposal is not reopened by the same version", async () => {
    const { sandbox, alice } = await setUp();
    await useBot(sandbox);
    await release(sandbox, alice, 1, 0.9);
    await sandbox.webhooksIdle();
    await alice.rest.pulls.update({ ...repo, pull_number: 1, state: "closed" });

    const { data: v1 } = await alice.rest.repos.getReleaseByTag({ ...repo, tag: "churn-v1" });
    await alice.rest.repos.updateRelease({ ...repo, release_id: v1.id, draft: true });
    await alice.rest.repos.updateRelease({ ...repo, release_id: v1.id, draft: false });
    await sandbox.webhooksIdle();
    expect((await pulls(alice)).map((p) => p.number)).toEqual([1]);

    await release(sandbox, alice, 2, 0.92);
    await sandbox.webhooksIdle();
    expect(await findBotPullRequest(alice, repo, BRANCH)).toMatchObject({ number: 2, state: "open" });
  });

  it("takes defaults from the organisation's .github repository through _extends", async () => {
    const { sandbox, alice } = await setUp({
      config: "_extends: .github\nmodels:\n  churn:\n    gates: {}\n",
    });
    sandbox.world.createRepo("acme/.github", {
      files: {
        ".github/trainyard.yml":
          "models:\n  churn:\n    promotion:\n      environment: staging\n      labels: [from-org]\n      reviewers: [alice]\n",
      },
    });
    await useBot(sandbox);

    await release(sandbox, alice, 2, 0.9);
    await sandbox.webhooksIdle();

    const [pull] = await pulls(alice);
    expect(pull?.title).toBe("Promote churn v2 to staging");
    expect(pull?.labels.map((l) => l.name)).toEqual(["trainyard:promote", "from-org"]);
    expect(pull?.requested_reviewers?.map((u) => u.login)).toEqual(["alice"]);
    expect(await deploymentsOn(alice, BRANCH)).toContain("churn:\n  staging: v2\n");
  });

  it("logs a clear error for a wrong .github/trainyard.yml and opens nothing", async () => {
    const { sandbox, alice } = await setUp({
      config: "models:\n  churn:\n    promotion:\n      reviewer: [bob]\n",
    });
    const { bot, errors } = await useBot(sandbox);

    await release(sandbox, alice, 1, 0.9);
    await sandbox.webhooksIdle();

    expect(await pulls(alice)).toEqual([]);
    expect(errors()).toEqual([
      'promotion: acme/churn/.github/trainyard.yml models.churn.promotion.reviewer: unknown key "reviewer" (did you mean "reviewers"?)',
    ]);
    expect(await (await fetch(`${bot.url}/metrics`)).text()).toContain(
      'trainyard_bot_errors_total{feature="promotion"} 1',
    );
  });
});
