import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { formatNumber } from "../../lib/evaluate/compare.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { createOciStore } from "../../lib/registry/oci-store.ts";
import { type VersionMetadata, versionMetadata } from "../../lib/registry/version-metadata.ts";
import { type RunRecord, runRecord } from "../../lib/runs/run-record.ts";
import {
  completeWorkflowRun,
  recordArtifact,
  runnerEnvFor,
  startWorkflowRun,
} from "../../sandbox/routes/actions.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { startOciRegistry } from "../helpers/oci-registry.ts";
import { trainPullRequest } from "../helpers/register-world.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { readMarkdown } from "../reports/render-check.ts";

/**
 * register as GitHub runs it: pull requests are opened, trained by the train action's bundle (a
 * real run, its artifact uploaded to the sandbox), reviewed and merged through the REST API; then
 * register's bundle runs as the push to main's workflow would, as a real process.
 */
const PROJECT = "test/fixtures/train/project";
const REPO = "acme/churn";
const repo = { owner: "acme", repo: "churn" };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-register-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const run = promisify(execFile);

const CONFIG = `models:
  churn:
    gates:
      train.accuracy: { min: 0.5 }
`;
const NO_APPROVALS = `models:
  churn:
    registry:
      approvals: { required: false }
`;

interface World {
  sandbox: Sandbox;
  /** Opens pull requests (write access, owns nothing). */
  dave: GitHubClient;
  /** Owns ml/ in CODEOWNERS. */
  alice: GitHubClient;
  /** Can push, owns nothing. */
  mallory: GitHubClient;
}

async function setup(config = CONFIG): Promise<World> {
  const sandbox = await useSandbox();
  sandbox.world.createRepo(REPO, {
    files: {
      "README.md": "# churn\n",
      ".github/trainyard.yml": config,
      ".github/CODEOWNERS": "# ML code\n/ml/ @alice\n",
      "ml/params.yaml": "train:\n  epochs: 1\n",
    },
    collaborators: { alice: "write", dave: "write", mallory: "write" },
  });
  const client = (login: string) => clientFor(sandbox, sandbox.world.issueToken(login));
  return { sandbox, dave: client("dave"), alice: client("alice"), mallory: client("mallory") };
}

interface TrainedPull {
  number: number;
  headSha: string;
  workspace: string;
  runnerTemp: string;
  runId: number;
  record: RunRecord;
}

/** A pull request from dave that changes `file`, and its ml-ci run: the train action, for real. */
async function trainedPull(
  world: World,
  branch: string,
  change: { file: string; content: string } = { file: `ml/${branch}.txt`, content: `${branch}\n` },
): Promise<TrainedPull> {
  const pull = await trainPullRequest(world.sandbox, world.dave, scratch, branch, {
    title: `Retrain: ${branch}`,
    change,
    params: "train:\n  epochs: 3\n  learning_rate: 0.5\n",
  });
  expect(pull.trained.exitCode, pull.trained.stdout).toBe(0);
  const record = runRecord.parse(
    JSON.parse(fs.readFileSync(path.join(pull.runnerTemp, "trainyard", "churn", "run-record.json"), "utf8")),
  );
  const { number, headSha, workspace, runnerTemp, runId } = pull;
  return { number, headSha, workspace, runnerTemp, runId, record };
}

async function approve(reviewer: GitHubClient, pull: TrainedPull): Promise<number> {
  const { data } = await reviewer.rest.pulls.createReview({
    ...repo,
    pull_number: pull.number,
    event: "APPROVE",
  });
  return data.id;
}

async function merge(world: World, pull: TrainedPull): Promise<string> {
  const { data } = await world.dave.rest.pulls.merge({ ...repo, pull_number: pull.number });
  return data.sha;
}

/** The ml-cd workflow's register step on the push of `commit` to main, as a process. */
async function register(
  world: World,
  commit: string,
  options: {
    inputs?: Record<string, string>;
    event?: string;
    config?: string;
    files?: Record<string, string>;
  } = {},
): Promise<ActionResult> {
  const { sandbox } = world;
  const cd = startWorkflowRun(sandbox.world, {
    repo: REPO,
    workflowPath: ".github/workflows/ml-cd.yml",
    headBranch: "main",
    headSha: commit,
    event: options.event ?? "push",
  });
  const workspace = fs.mkdtempSync(path.join(scratch, "cd-"));
  const files = { ".github/trainyard.yml": options.config ?? CONFIG, ...options.files };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), text);
  }
  fs.cpSync(path.join(PROJECT, "data"), path.join(workspace, "ml", "data"), { recursive: true });
  const token = sandbox.world.issueToken("acme", {
    kind: "actions",
    permissions: { contents: "write", pull_requests: "read", actions: "read" },
  });
  const result = await runAction({
    action: "actions/register",
    workspace,
    env: runnerEnvFor(sandbox.world, REPO, cd.id, { resultsUrl: sandbox.url, job: "register" }),
    inputs: { model: "churn", ...options.inputs },
    event: { name: options.event ?? "push", payload: { ref: "refs/heads/main", after: commit } },
    github: {
      apiUrl: sandbox.url,
      token,
      repository: REPO,
      sha: commit,
      ref: "refs/heads/main",
      serverUrl: "https://github.com",
      runId: cd.id,
    },
    timeoutMs: 90_000,
  });
  completeWorkflowRun(sandbox.world, REPO, cd.id, result.exitCode === 0 ? "success" : "failure");
  return result;
}

async function assetBytes(github: GitHubClient, tag: string, name: string): Promise<Buffer> {
  const { data: release } = await github.rest.repos.getReleaseByTag({ ...repo, tag });
  const asset = release.assets.find((a) => a.name === name);
  expect(asset, `${tag} has ${name}`).toBeDefined();
  const response = await github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    ...repo,
    asset_id: asset?.id as number,
    headers: { accept: "application/octet-stream" },
  });
  return Buffer.from(response.data as unknown as ArrayBuffer);
}

async function metadataOf(github: GitHubClient, tag: string): Promise<VersionMetadata> {
  return versionMetadata.parse(
    JSON.parse((await assetBytes(github, tag, "trainyard.json")).toString("utf8")),
  );
}

function versionTags(sandbox: Sandbox): Record<string, string> {
  const refs = sandbox.world.repo(REPO).refs;
  return Object.fromEntries(
    Object.entries(refs)
      .filter(([ref]) => ref.startsWith("refs/tags/churn-v"))
      .map(([ref, sha]) => [ref.slice("refs/tags/".length), sha]),
  );
}

function releases(sandbox: Sandbox) {
  return Object.values(sandbox.world.repo(REPO).releases).map((r) => ({ tag: r.tagName, draft: r.draft }));
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const errorOf = (result: ActionResult) => result.annotations.find((a) => a.level === "error")?.message ?? "";

describe("register action", () => {
  it("registers an approved, merged pull request's model as v1, then v2, and a re-run as nothing new", async () => {
    const world = await setup();
    const first = await trainedPull(world, "more-epochs");
    await approve(world.alice, first);
    const firstMerge = await merge(world, first);
    const result = await register(world, firstMerge, { inputs: { data: "ml/data/" } });

    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({ version: "1", tag: "churn-v1", registered: "true" });
    expect(result.outputs["release-url"]).toMatch(/\/acme\/churn\/releases\/tag\/churn-v1$/);
    expect(result.log).toContain(`pull request #${first.number} "Retrain: more-epochs"`);
    expect(result.log).toContain("approvals: approved by the code owners (.github/CODEOWNERS)");
    expect(result.log).toContain("verified 2 file(s) against the run record's sha256");

    // The tag points at the merge; the Release is published with the model and trainyard.json.
    expect(versionTags(world.sandbox)).toEqual({ "churn-v1": firstMerge });
    const github = world.alice;
    const { data: v1 } = await github.rest.repos.getReleaseByTag({ ...repo, tag: "churn-v1" });
    expect(v1).toMatchObject({ draft: false, name: "churn v1", target_commitish: firstMerge });
    expect(v1.assets.map((a) => a.name).sort()).toEqual(["trainyard.json", "weights.bin", "weights.json"]);

    const metadata = await metadataOf(github, "churn-v1");
    expect(metadata).toMatchObject({
      model: "churn",
      version: 1,
      tag: "churn-v1",
      commit: firstMerge,
      pullRequest: {
        number: first.number,
        headSha: first.headSha,
        approvals: [{ login: "alice", commit: first.headSha }],
        approvalRule: "approved by the code owners (.github/CODEOWNERS)",
      },
      source: { runId: first.runId },
    });
    expect(metadata.record).toEqual(first.record);
    expect(metadata.assets.map(({ path, size, sha256 }) => ({ path, size, sha256 }))).toEqual(
      first.record.artifacts,
    );
    for (const file of first.record.artifacts)
      expect(sha256(await assetBytes(github, "churn-v1", path.basename(file.path)))).toBe(file.sha256);
    expect(metadata.dataProfile).toMatchObject({
      format: "trainyard.data-profile",
      rows: expect.any(Number),
    });

    // The model card is the release notes, and reads as GitHub will render it.
    const marker = (v1.body ?? "").split("\n")[0] as string;
    expect(marker).toMatch(
      /^<!-- trainyard:version model=churn run=\d+ artifact=trainyard-churn-run-\d+-1 commit=[0-9a-f]{40} -->$/,
    );
    const card = readMarkdown(v1.body ?? "", marker);
    expect(v1.body).toContain("# churn v1");
    expect(v1.body).toContain(
      `| \`train.accuracy\` | ${formatNumber(first.record.metrics["train.accuracy"] as number)} |`,
    );
    expect(v1.body).toContain("## Intended use");
    expect(card.tables.length).toBeGreaterThanOrEqual(4);
    expect(result.summary).toContain("### ✅ `churn` v1 registered");
    expect(result.summary).toContain(first.record.artifacts[0]?.sha256);

    const second = await trainedPull(world, "new-feature");
    await approve(world.alice, second);
    const secondMerge = await merge(world, second);
    const v2 = await register(world, secondMerge);
    expect(v2.exitCode, v2.stdout).toBe(0);
    expect(v2.outputs).toMatchObject({ version: "2", tag: "churn-v2", registered: "true" });
    expect((await metadataOf(github, "churn-v2")).record.run.id).toBe(second.runId);

    // The same push's workflow run again: the candidate is registered already.
    const again = await register(world, secondMerge);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ version: "2", tag: "churn-v2", registered: "false" });
    expect(again.summary).toContain("was registered by an earlier run: nothing new");
    expect(releases(world.sandbox)).toHaveLength(2);
    expect(Object.keys(versionTags(world.sandbox)).sort()).toEqual(["churn-v1", "churn-v2"]);
  }, 120_000);

  it("gives two registrations racing for the next number different versions, whatever the timing", async () => {
    const world = await setup();
    const base = await trainedPull(world, "base");
    await approve(world.alice, base);
    expect((await register(world, await merge(world, base))).outputs.version).toBe("1");

    const timings = [
      { name: "at once", faults: undefined, stagger: 0, collide: false },
      // Both list the tags before either creates one: one of them must move on. The delay
      // outlasts the skew between two processes starting on a loaded two-core machine.
      {
        name: "both slowed at the tag",
        faults: {
          operations: ["git/create-ref"],
          rate: 1,
          kinds: [{ kind: "delay" as const, delayMs: 3_000 }],
        },
        stagger: 0,
        collide: true,
      },
      // The first tag is created and its answer lost: the registration must take its own tag up.
      {
        name: "an answer lost after the tag was made",
        faults: {
          operations: ["git/create-ref"],
          rate: 1,
          limit: 1,
          phase: "after" as const,
          kinds: ["502" as const],
        },
        stagger: 40,
        collide: true,
      },
    ];
    let expected = 1;
    for (const [round, timing] of timings.entries()) {
      const a = await trainedPull(world, `race-${round}-a`);
      const b = await trainedPull(world, `race-${round}-b`);
      await approve(world.alice, a);
      await approve(world.alice, b);
      const mergeA = await merge(world, a);
      const mergeB = await merge(world, b);
      world.sandbox.faults.configure({ seed: round + 1, rules: timing.faults ? [timing.faults] : [] });
      const [ra, rb] = await Promise.all([
        register(world, mergeA),
        new Promise((resolve) => setTimeout(resolve, timing.stagger)).then(() => register(world, mergeB)),
      ]);
      world.sandbox.faults.configure({ rules: [] });
      if (timing.collide)
        expect([ra.log, rb.log].join("\n"), timing.name).toMatch(
          /churn-v\d+ exists already .*: looking again/,
        );
      expect(ra.exitCode, `${timing.name}: ${ra.stdout}`).toBe(0);
      expect(rb.exitCode, `${timing.name}: ${rb.stdout}`).toBe(0);
      const versions = [Number(ra.outputs.version), Number(rb.outputs.version)].sort();
      expect(versions, timing.name).toEqual([expected + 1, expected + 2]);
      expected += 2;
      const tags = versionTags(world.sandbox);
      expect(tags[`churn-v${ra.outputs.version}`], timing.name).toBe(mergeA);
      expect(tags[`churn-v${rb.outputs.version}`], timing.name).toBe(mergeB);
      expect((await metadataOf(world.alice, ra.outputs.tag as string)).record.run.id).toBe(a.runId);
      expect((await metadataOf(world.alice, rb.outputs.tag as string)).record.run.id).toBe(b.runId);
    }
    const published = releases(world.sandbox);
    expect(published.filter((r) => r.draft)).toEqual([]);
    expect(published.map((r) => r.tag).sort()).toEqual(
      ["churn-v1", "churn-v2", "churn-v3", "churn-v4", "churn-v5", "churn-v6", "churn-v7"].sort(),
    );
    expect(Object.keys(versionTags(world.sandbox))).toHaveLength(7);
  }, 240_000);

  it("finishes what an earlier, interrupted run of a registration left, instead of making another version", async () => {
    const world = await setup();
    const github = world.alice;
    // An earlier run claimed churn-v1 and stopped there: only the tag exists.
    const first = await trainedPull(world, "stopped-after-tag");
    await approve(world.alice, first);
    const firstMerge = await merge(world, first);
    await github.rest.git.createRef({ ...repo, ref: "refs/tags/churn-v1", sha: firstMerge });
    const v1 = await register(world, firstMerge);
    expect(v1.exitCode, v1.stdout).toBe(0);
    expect(v1.outputs).toMatchObject({ version: "1", registered: "true" });

    // Another stopped after its draft and one of the model files.
    const second = await trainedPull(world, "stopped-after-upload");
    await approve(world.alice, second);
    const secondMerge = await merge(world, second);
    await github.rest.git.createRef({ ...repo, ref: "refs/tags/churn-v2", sha: secondMerge });
    const marker = `<!-- trainyard:version model=churn run=${second.runId} artifact=trainyard-churn-run-${second.runId}-1 commit=${second.headSha} -->`;
    const { data: draft } = await github.rest.repos.createRelease({
      ...repo,
      tag_name: "churn-v2",
      target_commitish: secondMerge,
      name: "churn v2",
      body: `${marker}\n\nRegistering churn v2…`,
      draft: true,
    });
    const weights = second.record.artifacts.find((file) => file.path.endsWith("weights.bin"));
    const { data: uploaded } = await github.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: draft.id,
      name: "weights.bin",
      data: fs.readFileSync(path.join(second.workspace, weights?.path as string)) as unknown as string,
      baseUrl: world.sandbox.world.urls.uploads,
    });
    const v2 = await register(world, secondMerge);
    expect(v2.exitCode, v2.stdout).toBe(0);
    expect(v2.outputs).toMatchObject({ version: "2", registered: "true" });
    expect(v2.log).toContain("finishing churn-v2, which an earlier run of this registration left as a draft");

    const { data: published } = await github.rest.repos.getReleaseByTag({ ...repo, tag: "churn-v2" });
    expect(published.id).toBe(draft.id);
    expect(published.assets.map((a) => [a.name, a.name === "weights.bin" ? a.id : undefined])).toEqual(
      expect.arrayContaining([
        ["weights.bin", uploaded.id],
        ["weights.json", undefined],
        ["trainyard.json", undefined],
      ]),
    );
    expect(published.assets).toHaveLength(3);
    expect(releases(world.sandbox)).toEqual([
      { tag: "churn-v1", draft: false },
      { tag: "churn-v2", draft: false },
    ]);
    expect(Object.keys(versionTags(world.sandbox)).sort()).toEqual(["churn-v1", "churn-v2"]);
  }, 90_000);

  it("refuses a pull request nobody approved, and creates nothing", async () => {
    const world = await setup();
    const pull = await trainedPull(world, "unreviewed");
    const result = await register(world, await merge(world, pull));

    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      `refusing to register churn from pull request #${pull.number} lacks an approval from a code owner: ml/unreviewed.txt needs an approval from @alice (.github/CODEOWNERS line 2). It has no approving review.`,
    );
    expect(result.annotations.find((a) => a.level === "error")?.title).toBe("PolicyError");
    expect(versionTags(world.sandbox)).toEqual({});
    expect(releases(world.sandbox)).toEqual([]);
  }, 60_000);

  it("refuses an approval that was dismissed, or followed by a change request", async () => {
    const world = await setup();
    const dismissed = await trainedPull(world, "dismissed");
    const review = await approve(world.alice, dismissed);
    await world.alice.rest.pulls.dismissReview({
      ...repo,
      pull_number: dismissed.number,
      review_id: review,
      message: "New commits since",
    });
    const refused = await register(world, await merge(world, dismissed));
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toContain("Latest reviews: @alice had the review dismissed.");

    const changed = await trainedPull(world, "changed-mind");
    await approve(world.alice, changed);
    await world.alice.rest.pulls.createReview({
      ...repo,
      pull_number: changed.number,
      event: "REQUEST_CHANGES",
      body: "The recall on slice country=FR dropped",
    });
    const refusedAgain = await register(world, await merge(world, changed));
    expect(refusedAgain.exitCode).toBe(1);
    expect(errorOf(refusedAgain)).toContain("Latest reviews: @alice requested changes after approving.");
    expect(versionTags(world.sandbox)).toEqual({});
    expect(releases(world.sandbox)).toEqual([]);
  }, 90_000);

  it("refuses an approval from someone CODEOWNERS does not name, though they can push", async () => {
    const world = await setup();
    const pull = await trainedPull(world, "friendly-review");
    await approve(world.mallory, pull);
    const result = await register(world, await merge(world, pull));
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain("needs an approval from @alice (.github/CODEOWNERS line 2)");
    expect(errorOf(result)).toContain("Latest reviews: @mallory approved.");
    expect(releases(world.sandbox)).toEqual([]);
  }, 60_000);

  it("keeps the base's rule: a pull request that switches approvals off for itself is still refused", async () => {
    const world = await setup();
    const pull = await trainedPull(world, "no-rules", {
      file: ".github/trainyard.yml",
      content: NO_APPROVALS,
    });
    const result = await register(world, await merge(world, pull), { config: NO_APPROVALS });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain("refusing to register churn from pull request");
    expect(releases(world.sandbox)).toEqual([]);
  }, 60_000);

  it("registers without a review when the config does not require approvals, also after the fact", async () => {
    const world = await setup(NO_APPROVALS);
    const pull = await trainedPull(world, "solo");
    const mergeSha = await merge(world, pull);
    // A later push to main that is no merge: nothing to register from it...
    const direct = world.sandbox.world.push(REPO, "main", { "NOTES.md": "notes\n" });
    const refused = await register(world, direct, { config: NO_APPROVALS });
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toContain(`commit ${direct.slice(0, 7)} is not the merge of a pull request`);
    // ...but the pull request can be named on workflow_dispatch.
    const result = await register(world, direct, {
      config: NO_APPROVALS,
      event: "workflow_dispatch",
      inputs: { "pull-request": String(pull.number) },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ version: "1", registered: "true" });
    const metadata = await metadataOf(world.alice, "churn-v1");
    expect(metadata.pullRequest).toMatchObject({
      approvals: [],
      approvalRule: "approvals are not required by the config",
    });
    expect(versionTags(world.sandbox)).toEqual({ "churn-v1": mergeSha });
  }, 60_000);

  it("refuses a candidate whose file changed after the run record, before creating anything", async () => {
    const world = await setup();
    const pull = await trainedPull(world, "tampered");
    await approve(world.alice, pull);
    // The artifact's weights are swapped after training: the archive is consistent, the record is not.
    const staged = fs.mkdtempSync(path.join(scratch, "tamper-"));
    for (const artifact of pull.record.artifacts) {
      fs.mkdirSync(path.dirname(path.join(staged, artifact.path)), { recursive: true });
      fs.copyFileSync(path.join(pull.workspace, artifact.path), path.join(staged, artifact.path));
    }
    const file = pull.record.artifacts.find((artifact) => artifact.path.endsWith("weights.json"));
    fs.appendFileSync(path.join(staged, file?.path as string), " ");
    fs.copyFileSync(
      path.join(pull.runnerTemp, "trainyard", "churn", "run-record.json"),
      path.join(staged, "run-record.json"),
    );
    await run("zip", ["-q", "-X", "-r", "archive.zip", "run-record.json", "ml"], { cwd: staged });
    recordArtifact(world.sandbox.world, REPO, pull.runId, {
      name: `trainyard-churn-run-${pull.runId}-1`,
      zip: fs.readFileSync(path.join(staged, "archive.zip")),
    });

    const result = await register(world, await merge(world, pull));
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      new RegExp(
        `^${file?.path}: does not match the run record: .* the record says ${file?.size} bytes with sha256 ${file?.sha256}\\. The file changed after training: refusing to register it$`,
      ),
    );
    expect(versionTags(world.sandbox)).toEqual({});
    expect(releases(world.sandbox)).toEqual([]);
  }, 60_000);
  it("pushes the files to an OCI registry when the store is oci, and the Release keeps the metadata", async () => {
    const registry = await startOciRegistry({ kind: "htpasswd", username: "ci", password: "s3cret" });
    try {
      const config = `models:\n  churn:\n    registry:\n      store: oci\n      oci: { repository: ${registry.host}/acme/churn-model, chunk_size_mib: 1 }\n`;
      const world = await setup(config);
      const pull = await trainedPull(world, "big-model");
      await approve(world.alice, pull);
      const result = await register(world, await merge(world, pull), {
        config,
        inputs: { "registry-username": "ci", "registry-password": "s3cret" },
      });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.log).toContain(`as OCI artifact ${registry.host}/acme/churn-model:churn-v1`);
      expect(result.masks).toContain("s3cret");

      const { data: v1 } = await world.alice.rest.repos.getReleaseByTag({ ...repo, tag: "churn-v1" });
      expect(v1.assets.map((a) => a.name)).toEqual(["trainyard.json"]);
      const metadata = await metadataOf(world.alice, "churn-v1");
      const store = createOciStore({ credentials: { username: "ci", password: "s3cret" } });
      for (const asset of metadata.assets) {
        expect(asset.location).toMatchObject({
          kind: "oci",
          registry: registry.host,
          repository: "acme/churn-model",
        });
        const destination = path.join(scratch, "pulled", asset.name);
        await store.get(
          asset.name,
          asset.location as NonNullable<typeof asset.location>,
          asset.sha256,
          destination,
        );
        expect(sha256(fs.readFileSync(destination))).toBe(
          pull.record.artifacts.find((file) => file.path === asset.path)?.sha256,
        );
      }
      expect(v1.body).toContain(`\`${registry.host}/acme/churn-model@sha256:`);
    } finally {
      await registry.stop();
    }
  }, 90_000);
});
