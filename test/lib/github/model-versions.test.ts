import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { GitHubClient } from "../../../lib/github/client.ts";
import {
  claimNextVersion,
  createDraftVersion,
  findRegistration,
  listModelReleases,
  publishVersion,
  versionMarker,
} from "../../../lib/github/model-versions.ts";
import { gatherApprovalFacts, mergedPullRequestFor } from "../../../lib/github/pull-approvals.ts";
import { createReleaseStore } from "../../../lib/github/release-store.ts";
import type { Sandbox } from "../../../sandbox/server.ts";
import { clientFor, useSandbox } from "../../helpers/sandbox.ts";

const repo = { owner: "acme", repo: "churn" };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-versions-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function setup(): Promise<{ sandbox: Sandbox; github: GitHubClient }> {
  const sandbox = await useSandbox();
  sandbox.world.createRepo("acme/churn", {
    files: { "README.md": "# churn\n", ".github/CODEOWNERS": "/ml/ @alice\n" },
    collaborators: { alice: "write", dave: "write" },
  });
  return { sandbox, github: clientFor(sandbox, sandbox.world.issueToken("acme")) };
}

/** Commits on main, each a different commit a version could be tagged at. */
function commits(sandbox: Sandbox, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    sandbox.world.push("acme/churn", "main", { [`f${i}.txt`]: `${i}\n` }),
  );
}

function file(name: string, bytes: Buffer) {
  const at = path.join(fs.mkdtempSync(path.join(scratch, "file-")), name);
  fs.writeFileSync(at, bytes);
  return { name, path: at, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

describe("claimNextVersion", () => {
  it("gives eight registrations claiming at once eight different numbers, one tag each", async () => {
    const { sandbox, github } = await setup();
    const shas = commits(sandbox, 8);
    const claimed = await Promise.all(shas.map((sha) => claimNextVersion(github, repo, "churn", sha)));
    expect(claimed.map((c) => c.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const refs = sandbox.world.repo("acme/churn").refs;
    expect(claimed.map((c) => refs[`refs/tags/${c.tag}`])).toEqual(shas);
  });

  it("goes past tags and releases that exist, and takes up its own tag left without a release", async () => {
    const { sandbox, github } = await setup();
    const [first, other, mine, later] = commits(sandbox, 4) as [string, string, string, string];
    await github.rest.repos.createRelease({ ...repo, tag_name: "churn-v1", target_commitish: first });
    await github.rest.git.createRef({ ...repo, ref: "refs/tags/churn-v2", sha: other });
    expect(await claimNextVersion(github, repo, "churn", mine)).toEqual({ version: 3, tag: "churn-v3" });
    // A later attempt of the same registration finds churn-v3 at its commit, with no release: its own.
    expect(await claimNextVersion(github, repo, "churn", mine)).toEqual({ version: 3, tag: "churn-v3" });
    // Another model's tags and a look-alike do not count.
    await github.rest.git.createRef({ ...repo, ref: "refs/tags/churn-v10-rc", sha: other });
    await github.rest.git.createRef({ ...repo, ref: "refs/tags/churn.eu-v7", sha: other });
    expect(await claimNextVersion(github, repo, "churn", later)).toEqual({ version: 4, tag: "churn-v4" });
  });
});

describe("a version's release", () => {
  it("is found again by its marker, as a draft and once published", async () => {
    const { sandbox, github } = await setup();
    const [sha] = commits(sandbox, 1) as [string];
    const key = { model: "churn", runId: 41, artifact: "trainyard-churn-run-41-1", commit: sha };
    const claimed = await claimNextVersion(github, repo, "churn", sha);
    const draft = await createDraftVersion(github, repo, claimed, {
      name: "churn v1",
      marker: versionMarker(key),
      body: `${versionMarker(key)}\n\nRegistering…`,
      commit: sha,
    });
    expect(findRegistration(await listModelReleases(github, repo, "churn"), key)).toMatchObject({
      id: draft.id,
      draft: true,
    });
    expect(
      findRegistration(await listModelReleases(github, repo, "churn"), { ...key, runId: 42 }),
    ).toBeUndefined();
    const published = await publishVersion(github, repo, draft, `${versionMarker(key)}\n\n# churn v1\n`);
    expect(published).toMatchObject({
      draft: false,
      url: expect.stringMatching(/\/releases\/tag\/churn-v1$/),
    });
    expect(findRegistration(await listModelReleases(github, repo, "churn"), key)?.draft).toBe(false);
  });

  it("makes one draft when the answer to creating it is lost, and one asset when an upload's is", async () => {
    const { sandbox, github } = await setup();
    const [sha] = commits(sandbox, 1) as [string];
    const claimed = await claimNextVersion(github, repo, "churn", sha);
    sandbox.faults.configure({
      rules: [
        { operations: ["repos/create-release"], rate: 1, limit: 1, phase: "after", kinds: ["502"] },
        { operations: ["repos/upload-release-asset"], rate: 1, limit: 1, phase: "after", kinds: ["502"] },
      ],
    });
    const marker = "<!-- trainyard:version model=churn run=1 artifact=a commit=b -->";
    const draft = await createDraftVersion(github, repo, claimed, {
      name: "churn v1",
      marker,
      body: marker,
      commit: sha,
    });
    await createReleaseStore(github, repo, { tag: draft.tag, id: draft.id }).put(
      draft.tag,
      [file("model.bin", Buffer.from("weights\n"))],
      {},
    );
    expect(sandbox.faults.stats.byOperation).toEqual({
      "repos/create-release": 1,
      "repos/upload-release-asset": 1,
    });
    const { releases, assets } = sandbox.world.repo("acme/churn");
    expect(Object.values(releases).map((release) => release.id)).toEqual([draft.id]);
    expect(Object.values(assets).map((asset) => asset.name)).toEqual(["model.bin"]);
  });

  it("stores files once: the same bytes again are kept, other bytes under the same name are refused", async () => {
    const { sandbox, github } = await setup();
    const [sha] = commits(sandbox, 1) as [string];
    const claimed = await claimNextVersion(github, repo, "churn", sha);
    const draft = await createDraftVersion(github, repo, claimed, {
      name: "churn v1",
      marker: "<!-- m -->",
      body: "<!-- m -->",
      commit: sha,
    });
    const store = createReleaseStore(github, repo, { tag: draft.tag, id: draft.id });
    const model = file("model.bin", Buffer.from(Array.from({ length: 3_000_000 }, (_, i) => (i * 31) % 251)));
    const locations = await store.put(draft.tag, [model], {});
    expect(locations.get("model.bin")).toEqual({ kind: "release" });
    const assetsBefore = Object.keys(sandbox.world.repo("acme/churn").assets);
    await store.put(draft.tag, [model], {});
    expect(Object.keys(sandbox.world.repo("acme/churn").assets)).toEqual(assetsBefore);

    const other = file("model.bin", Buffer.from("retrained\n"));
    await expect(store.put(draft.tag, [other], {})).rejects.toThrow(
      /^model\.bin: release churn-v1 already has an asset "model\.bin" with other bytes \(3000000 bytes, sha256 [0-9a-f]{64}; this file: 10 bytes/,
    );
  });

  it("gives back the bytes only when they match the recorded digest, leaving no file otherwise", async () => {
    const { sandbox, github } = await setup();
    const [sha] = commits(sandbox, 1) as [string];
    const claimed = await claimNextVersion(github, repo, "churn", sha);
    const draft = await createDraftVersion(github, repo, claimed, {
      name: "churn v1",
      marker: "<!-- m -->",
      body: "<!-- m -->",
      commit: sha,
    });
    const writer = createReleaseStore(github, repo, { tag: draft.tag, id: draft.id });
    const model = file("weights.json", Buffer.from('{"weights":[0.1,0.2]}\n'));
    await writer.put(draft.tag, [model], {});
    await publishVersion(github, repo, draft, "…");

    // A reader knows the tag only, as evaluate and deploy do.
    const reader = createReleaseStore(github, repo, { tag: "churn-v1" });
    const destination = path.join(scratch, "fetched", "weights.json");
    await reader.get("weights.json", { kind: "release" }, model.sha256, destination);
    expect(fs.readFileSync(destination, "utf8")).toBe('{"weights":[0.1,0.2]}\n');

    const elsewhere = path.join(scratch, "refused", "weights.json");
    await expect(reader.get("weights.json", { kind: "release" }, "0".repeat(64), elsewhere)).rejects.toThrow(
      `weights.json: release churn-v1 asset "weights.json" does not match its recorded digest (sha256 ${model.sha256}, expected ${"0".repeat(64)}): refusing to use it`,
    );
    expect(fs.readdirSync(path.dirname(elsewhere))).toEqual([]);
  });
});

describe("the merged pull request and its reviews", () => {
  it("finds the pull request a merge or a squash made, none for a direct push, and reads CODEOWNERS from the base", async () => {
    const { sandbox } = await setup();
    const dave = clientFor(sandbox, sandbox.world.issueToken("dave"));
    const alice = clientFor(sandbox, sandbox.world.issueToken("alice"));
    const open = async (branch: string, files: Record<string, string>) => {
      const main = sandbox.world.repo("acme/churn").refs["refs/heads/main"] as string;
      await dave.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: main });
      sandbox.world.push("acme/churn", branch, files, { author: "dave" });
      return (await dave.rest.pulls.create({ ...repo, head: branch, base: "main", title: branch })).data
        .number;
    };
    // The pull request makes dave an owner of ml/: that must not count for itself.
    const first = await open("take-over", {
      "ml/train.py": "print(1)\n",
      ".github/CODEOWNERS": "/ml/ @dave\n",
    });
    const review = await alice.rest.pulls.createReview({ ...repo, pull_number: first, event: "APPROVE" });
    await alice.rest.pulls.dismissReview({
      ...repo,
      pull_number: first,
      review_id: review.data.id,
      message: "stale",
    });
    const merged = (await dave.rest.pulls.merge({ ...repo, pull_number: first })).data.sha;
    const second = await open("squashed", { "ml/other.py": "print(2)\n" });
    const squashed = (await dave.rest.pulls.merge({ ...repo, pull_number: second, merge_method: "squash" }))
      .data.sha;
    const direct = sandbox.world.push("acme/churn", "main", { "NOTES.md": "n\n" });

    const actions = clientFor(sandbox, sandbox.world.issueToken("acme", { kind: "actions" }));
    const pull = await mergedPullRequestFor(actions, repo, merged);
    expect(pull).toMatchObject({ number: first, mergeCommitSha: merged, author: "dave", mergedBy: "dave" });
    expect((await mergedPullRequestFor(actions, repo, squashed))?.number).toBe(second);
    expect(await mergedPullRequestFor(actions, repo, direct)).toBeUndefined();

    const facts = await gatherApprovalFacts(actions, repo, pull!, { required: true, approvers: [] });
    expect(facts.changedFiles.sort()).toEqual([".github/CODEOWNERS", "ml/train.py"]);
    expect(facts.codeowners?.rules.map((rule) => rule.owners)).toEqual([["alice"]]);
    expect(facts.reviews.map((r) => [r.login, r.state])).toEqual([["alice", "DISMISSED"]]);
  });
});
