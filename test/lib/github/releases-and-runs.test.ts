import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { downloadReleaseAsset } from "../../../lib/github/releases.ts";
import { latestRunWithArtifact } from "../../../lib/github/workflow-runs.ts";
import { completeWorkflowRun, recordArtifact, startWorkflowRun } from "../../../sandbox/routes/actions.ts";
import { clientFor, useSandbox } from "../../helpers/sandbox.ts";

const repo = { owner: "acme", repo: "churn" };

describe("downloadReleaseAsset", () => {
  it("gives back an asset's exact bytes by tag and name, and nothing for a missing tag or name", async () => {
    const sandbox = await useSandbox();
    sandbox.world.createRepo("acme/churn");
    const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
    const model = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256));
    const { data: release } = await github.rest.repos.createRelease({ ...repo, tag_name: "churn-v1" });
    await github.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      name: "trainyard.json",
      data: '{"version":1}',
      headers: { "content-type": "application/json" },
      baseUrl: sandbox.world.urls.uploads,
    });
    await github.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      name: "model.bin",
      data: model as unknown as string,
      baseUrl: sandbox.world.urls.uploads,
    });

    const metadata = await downloadReleaseAsset(github, repo, "churn-v1", "trainyard.json");
    const bytes = await downloadReleaseAsset(github, repo, "churn-v1", "model.bin");

    expect(metadata?.toString()).toBe('{"version":1}');
    expect(
      createHash("sha256")
        .update(bytes as Buffer)
        .digest("hex"),
    ).toBe(createHash("sha256").update(model).digest("hex"));
    expect(await downloadReleaseAsset(github, repo, "churn-v2", "model.bin")).toBeUndefined();
    expect(await downloadReleaseAsset(github, repo, "churn-v1", "other.bin")).toBeUndefined();
  });
});

describe("latestRunWithArtifact", () => {
  it("finds the newest successful run on the branch that left the model's artifact", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    const repoRecord = world.createRepo("acme/churn");
    const sha = repoRecord.refs["refs/heads/main"] as string;
    const run = (branch: string, conclusion: "success" | "failure", artifact?: string) => {
      const started = startWorkflowRun(world, {
        repo: "acme/churn",
        workflowPath: ".github/workflows/ml-ci.yml",
        event: "push",
        headBranch: branch,
        headSha: sha,
        actor: "acme",
      });
      // The archive's bytes do not matter here: only which run holds which artifact.
      if (artifact)
        recordArtifact(world, "acme/churn", started.id, { name: artifact, zip: Buffer.from("PK") });
      completeWorkflowRun(world, "acme/churn", started.id, conclusion);
      return started.id;
    };
    const older = run("main", "success", "trainyard-churn-run-1-1");
    run("main", "success", "trainyard-fraud-run-2-1");
    run("main", "failure", "trainyard-churn-run-3-1");
    run("feature", "success", "trainyard-churn-run-4-1");
    const github = clientFor(sandbox, world.issueToken("acme"));

    const found = await latestRunWithArtifact(github, repo, "main", "trainyard-churn-");

    expect(found).toMatchObject({ runId: older, artifactName: "trainyard-churn-run-1-1", headSha: sha });
    expect(await latestRunWithArtifact(github, repo, "main", "trainyard-ranker-")).toBeUndefined();
  });
});
