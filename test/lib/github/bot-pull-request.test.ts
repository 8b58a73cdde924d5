import { describe, expect, it } from "vitest";
import {
  type BotPullRequestRequest,
  findBotPullRequest,
  gitBlobSha,
  upsertBotPullRequest,
} from "../../../lib/github/bot-pull-request.ts";
import { createGitHubClient, type GitHubClient } from "../../../lib/github/client.ts";
import type { Sandbox } from "../../../sandbox/server.ts";
import { clientFor, useSandbox } from "../../helpers/sandbox.ts";

const repo = { owner: "acme", repo: "churn" };
const BRANCH = "trainyard/promote/churn";
const DEPLOYMENTS = "churn:\n  production: v3 # promoted in #41\n  staging: v4\n";

async function setUp() {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: { "README.md": "# churn\n", ".trainyard/deployments.yml": DEPLOYMENTS },
    collaborators: { alice: "write", bob: "write" },
  });
  const { appId, privateKey } = sandbox.world.registerApp({
    slug: "trainyard",
    permissions: { contents: "write", pull_requests: "write", issues: "write", metadata: "read" },
  });
  const installationId = sandbox.world.installApp(appId, "acme");
  /** One bot replica: its own client, its own installation token. */
  const replica = (): GitHubClient =>
    createGitHubClient({
      auth: { kind: "installation", appId, privateKey, installationId },
      baseUrl: sandbox.url,
      retryTimeUnitMs: 5,
      writeSpacingMs: 0,
    });
  const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
  return { sandbox, bot: replica(), replica, alice };
}

function promotion(version: number, extra: Partial<BotPullRequestRequest> = {}): BotPullRequestRequest {
  return {
    branch: BRANCH,
    base: "main",
    files: { ".trainyard/deployments.yml": DEPLOYMENTS.replace("v3", `v${version}`) },
    commitMessage: `Promote churn v${version} to production`,
    title: `Promote churn v${version} to production`,
    body: `<!-- trainyard:promote:churn -->\nv${version} is better.`,
    labels: ["trainyard:promote"],
    reviewers: ["alice"],
    ...extra,
  };
}

function tip(sandbox: Sandbox, branch: string): string | undefined {
  return sandbox.world.repo("acme/churn").refs[`refs/heads/${branch}`];
}

async function commitOf(github: GitHubClient, sha: string) {
  const { data } = await github.rest.git.getCommit({ ...repo, commit_sha: sha });
  return data;
}

async function fileAt(github: GitHubClient, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await github.rest.repos.getContent({ ...repo, path, ref });
    return Buffer.from((data as { content: string }).content, "base64").toString("utf8");
  } catch {
    return undefined;
  }
}

function writes(sandbox: Sandbox, operationId: string): number {
  return sandbox.requests.filter((r) => r.operationId === operationId && r.status < 300).length;
}

describe("upsertBotPullRequest", () => {
  it("opens the pull request on a branch made from the base's head with one commit, labelled, with reviewers", async () => {
    const { sandbox, bot, alice } = await setUp();
    const mainHead = tip(sandbox, "main") as string;

    const result = await upsertBotPullRequest(bot, repo, promotion(4));

    expect(result).toMatchObject({ number: 1, created: true, updated: false, branch: "created", notes: [] });
    const head = tip(sandbox, BRANCH) as string;
    expect(result?.head).toBe(head);
    const commit = await commitOf(alice, head);
    expect(commit.parents.map((p) => p.sha)).toEqual([mainHead]);
    expect(commit.message).toMatch(/^Promote churn v4 to production\n/);
    const { data: pull } = await alice.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(pull).toMatchObject({
      title: "Promote churn v4 to production",
      body: "<!-- trainyard:promote:churn -->\nv4 is better.",
      head: { ref: BRANCH },
      base: { ref: "main" },
      user: { login: "trainyard[bot]" },
    });
    expect(pull.labels.map((l) => l.name)).toEqual(["trainyard:promote"]);
    expect(pull.requested_reviewers?.map((u) => u.login)).toEqual(["alice"]);
    const { data: files } = await alice.rest.pulls.listFiles({ ...repo, pull_number: 1 });
    expect(files.map((f) => [f.filename, f.additions, f.deletions])).toEqual([
      [".trainyard/deployments.yml", 1, 1],
    ]);
  });

  it("writes nothing when called again with the same files, title and body", async () => {
    const { sandbox, bot } = await setUp();
    await upsertBotPullRequest(bot, repo, promotion(4));
    const head = tip(sandbox, BRANCH);
    const counts = () =>
      ["git/create-commit", "git/update-ref", "pulls/update", "pulls/create", "issues/add-labels"].map((id) =>
        writes(sandbox, id),
      );
    const before = counts();

    const again = await upsertBotPullRequest(bot, repo, promotion(4));

    expect(again).toMatchObject({ number: 1, created: false, updated: false, branch: "unchanged" });
    expect(tip(sandbox, BRANCH)).toBe(head);
    expect(counts()).toEqual(before);
  });

  it("puts exactly one new commit on top when the files change, and updates the title and body", async () => {
    const { sandbox, bot, alice } = await setUp();
    await upsertBotPullRequest(bot, repo, promotion(4));
    const first = tip(sandbox, BRANCH) as string;

    const result = await upsertBotPullRequest(bot, repo, promotion(5));

    expect(result).toMatchObject({ number: 1, created: false, updated: true, branch: "committed" });
    const head = tip(sandbox, BRANCH) as string;
    expect((await commitOf(alice, head)).parents.map((p) => p.sha)).toEqual([first]);
    expect(await fileAt(alice, ".trainyard/deployments.yml", BRANCH)).toBe(DEPLOYMENTS.replace("v3", "v5"));
    const { data: pull } = await alice.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(pull.title).toBe("Promote churn v5 to production");
    expect(pull.body).toContain("v5 is better.");
    expect((await alice.rest.pulls.list({ ...repo, state: "all" })).data).toHaveLength(1);
  });

  it("ends with one branch, one commit and one pull request when 8 replicas race on a new branch", async () => {
    const { sandbox, replica, alice } = await setUp();
    const mainHead = tip(sandbox, "main") as string;

    const results = await Promise.all(
      Array.from({ length: 8 }, () => upsertBotPullRequest(replica(), repo, promotion(4))),
    );

    expect(results.filter((r) => r?.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r?.number))).toEqual(new Set([1]));
    const { data: pulls } = await alice.rest.pulls.list({ ...repo, state: "all" });
    expect(pulls.map((p) => p.number)).toEqual([1]);
    const head = tip(sandbox, BRANCH) as string;
    expect((await commitOf(alice, head)).parents.map((p) => p.sha)).toEqual([mainHead]);
    const { data: labels } = await alice.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 });
    expect(labels.map((l) => l.name)).toEqual(["trainyard:promote"]);
  });

  it("adds exactly one commit when 8 replicas race to change an open pull request", async () => {
    const { sandbox, replica, alice } = await setUp();
    await upsertBotPullRequest(replica(), repo, promotion(4));
    const first = tip(sandbox, BRANCH) as string;

    const results = await Promise.all(
      Array.from({ length: 8 }, () => upsertBotPullRequest(replica(), repo, promotion(5))),
    );

    expect(results.every((r) => r?.number === 1 && !r.created)).toBe(true);
    // Replicas that built the same commit in the same second made the same sha: each may say
    // "committed", but the branch moved once.
    expect(results.some((r) => r?.branch === "committed")).toBe(true);
    expect(results.every((r) => r?.branch === "committed" || r?.branch === "unchanged")).toBe(true);
    const head = tip(sandbox, BRANCH) as string;
    expect((await commitOf(alice, head)).parents.map((p) => p.sha)).toEqual([first]);
    expect(await fileAt(alice, ".trainyard/deployments.yml", BRANCH)).toBe(DEPLOYMENTS.replace("v3", "v5"));
  });

  it("rebuilds its branch on the base when the base changed the same file, keeping the pull request", async () => {
    const { sandbox, bot, alice } = await setUp();
    await upsertBotPullRequest(bot, repo, promotion(4));
    // Someone else's promotion of another model merged meanwhile: same file, next to our line.
    const changedMain = `${DEPLOYMENTS}fraud:\n  production: v2\n`;
    const mainHead = sandbox.world.push("acme/churn", "main", { ".trainyard/deployments.yml": changedMain });
    const wanted = changedMain.replace("v3", "v4");

    const result = await upsertBotPullRequest(
      bot,
      repo,
      promotion(4, { files: { ".trainyard/deployments.yml": wanted } }),
    );

    expect(result).toMatchObject({
      number: 1,
      created: false,
      updated: true,
      branch: "recreated",
      notes: [],
    });
    const head = tip(sandbox, BRANCH) as string;
    expect((await commitOf(alice, head)).parents.map((p) => p.sha)).toEqual([mainHead]);
    const { data: files } = await alice.rest.pulls.listFiles({ ...repo, pull_number: 1 });
    expect(files.map((f) => [f.filename, f.additions, f.deletions])).toEqual([
      [".trainyard/deployments.yml", 1, 1],
    ]);
    const { data: pull } = await alice.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(pull.mergeable).toBe(true);
  });

  it("leaves its branch alone when the base moved in other files only", async () => {
    const { sandbox, bot } = await setUp();
    await upsertBotPullRequest(bot, repo, promotion(4));
    const head = tip(sandbox, BRANCH);
    sandbox.world.push("acme/churn", "main", { "README.md": "# churn, now documented\n" });

    const result = await upsertBotPullRequest(bot, repo, promotion(4));

    expect(result).toMatchObject({ branch: "unchanged", updated: false });
    expect(tip(sandbox, BRANCH)).toBe(head);
  });

  it("never force-pushes over a person's commit: it commits on top and says who pushed", async () => {
    const { sandbox, bot, alice } = await setUp();
    await upsertBotPullRequest(bot, repo, promotion(4));
    const human = sandbox.world.push(
      "acme/churn",
      BRANCH,
      { "NOTES.md": "why v4: see the slice table\n" },
      { author: "alice" },
    );
    sandbox.world.push("acme/churn", "main", {
      ".trainyard/deployments.yml": `${DEPLOYMENTS}fraud:\n  production: v2\n`,
    });

    const result = await upsertBotPullRequest(bot, repo, promotion(5));

    expect(result?.branch).toBe("committed");
    expect(result?.notes).toEqual([
      "alice pushed to trainyard/promote/churn: Trainyard adds its changes on top and does not rebuild the branch",
    ]);
    const head = tip(sandbox, BRANCH) as string;
    expect((await commitOf(alice, head)).parents.map((p) => p.sha)).toEqual([human]);
    expect(await fileAt(alice, "NOTES.md", BRANCH)).toBe("why v4: see the slice table\n");
  });

  it("skips the author among reviewers and reports reviewers GitHub refuses instead of failing", async () => {
    const { bot, alice } = await setUp();

    const result = await upsertBotPullRequest(
      bot,
      repo,
      promotion(4, { reviewers: ["trainyard[bot]", "alice", "mallory"] }),
    );

    expect(result?.created).toBe(true);
    expect(result?.notes).toHaveLength(1);
    expect(result?.notes[0]).toMatch(/^GitHub would not request reviews from alice, mallory: .*collaborator/);
    const only = await upsertBotPullRequest(
      bot,
      repo,
      promotion(5, { reviewers: ["trainyard[bot]", "alice"] }),
    );
    expect(only?.notes).toEqual([]);
    const { data: pull } = await alice.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(pull.requested_reviewers?.map((u) => u.login)).toEqual(["alice"]);
  });

  it("proposes nothing when the base already holds the files, and deletes files given as null", async () => {
    const { sandbox, bot, alice } = await setUp();

    expect(await upsertBotPullRequest(bot, repo, promotion(3))).toBeUndefined();
    expect(tip(sandbox, BRANCH)).toBeUndefined();

    const result = await upsertBotPullRequest(
      bot,
      repo,
      promotion(3, { files: { "README.md": null, ".trainyard/retrain/churn.json": '{"why":"drift"}\n' } }),
    );
    expect(result?.created).toBe(true);
    const { data: files } = await alice.rest.pulls.listFiles({
      ...repo,
      pull_number: result?.number as number,
    });
    expect(files.map((f) => [f.filename, f.status]).sort()).toEqual([
      [".trainyard/retrain/churn.json", "added"],
      ["README.md", "removed"],
    ]);
  });

  it("leaves a closed pull request closed, which findBotPullRequest shows, and opens a new one", async () => {
    const { bot, alice } = await setUp();
    await upsertBotPullRequest(bot, repo, promotion(4));
    await alice.rest.pulls.update({ ...repo, pull_number: 1, state: "closed" });

    expect(await findBotPullRequest(bot, repo, BRANCH)).toBeUndefined();
    expect(await findBotPullRequest(bot, repo, BRANCH, { state: "all" })).toMatchObject({
      number: 1,
      state: "closed",
      merged: false,
      author: "trainyard[bot]",
      labels: ["trainyard:promote"],
    });

    const result = await upsertBotPullRequest(bot, repo, promotion(5));
    expect(result).toMatchObject({ number: 2, created: true, branch: "committed" });
    expect(await findBotPullRequest(bot, repo, BRANCH, { state: "all" })).toMatchObject({
      number: 2,
      state: "open",
    });
  });
});

describe("gitBlobSha", () => {
  it("is the sha GitHub gives the same file", async () => {
    const { alice } = await setUp();
    const { data } = await alice.rest.repos.getContent({ ...repo, path: ".trainyard/deployments.yml" });
    expect(gitBlobSha(DEPLOYMENTS)).toBe((data as { sha: string }).sha);
    expect(gitBlobSha("")).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
  });
});
