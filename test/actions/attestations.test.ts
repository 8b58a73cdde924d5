import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createAttestation, listAttestations } from "../../lib/github/attestations.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import {
  parseTrustedRoots,
  provenanceStatement,
  repositoryPolicy,
  runnerIdentity,
  signStatement,
  verifyAttestation,
} from "../../lib/registry/attestation.ts";
import { versionMetadata } from "../../lib/registry/version-metadata.ts";
import { completeWorkflowRun, runnerEnvFor, startWorkflowRun } from "../../sandbox/routes/actions.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { releaseModel } from "../helpers/deploy-world.ts";
import { trainPullRequest } from "../helpers/register-world.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";
import { type SigstoreStandIns, startSigstoreStandIns } from "../helpers/sigstore-stand-ins.ts";

/**
 * Attestations end to end, with the bundles as GitHub runs them: a pull request trained by the
 * train action, merged; register (attest: true) signs each model file through loopback stand-ins
 * of the runner's OIDC endpoint, Fulcio and the timestamp authority, and stores the attestations
 * in the sandbox; deploy (require-attestation: true) verifies them against the stand-ins' trusted
 * root before it touches anything.
 */
const REPO = "acme/churn";
const repo = { owner: "acme", repo: "churn" };
const WORKFLOW_REF = "acme/churn/.github/workflows/ml-cd.yml@refs/heads/main";
const SIGNER = `https://github.com/${WORKFLOW_REF}`;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-attest-"));
const standIns: SigstoreStandIns[] = [];
afterAll(async () => {
  await Promise.all(standIns.map((s) => s.close()));
  fs.rmSync(scratch, { recursive: true, force: true });
});

const CONFIG = `models:
  churn:
    registry:
      approvals: { required: false }
    deploy:
      production:
        target:
          kind: command
          run: echo "serving \${MODEL_VERSION} \${MODEL_DIGEST}"
`;

async function startStandIns(): Promise<SigstoreStandIns> {
  const standIn = await startSigstoreStandIns({ workflowRef: WORKFLOW_REF });
  standIns.push(standIn);
  return standIn;
}

/** A pull request trained by the train action's bundle, then merged; the merge commit. */
async function trainedAndMerged(sandbox: Sandbox, github: GitHubClient): Promise<string> {
  const pull = await trainPullRequest(sandbox, github, scratch, "retrain", {
    title: "Retrain",
    change: { file: "ml/retrain.txt", content: "more epochs\n" },
    author: "acme",
    slicesAndData: false,
  });
  expect(pull.trained.exitCode, pull.trained.stdout).toBe(0);
  const { data: merged } = await github.rest.pulls.merge({ ...repo, pull_number: pull.number });
  return merged.sha;
}

/** The ml-cd workflow's register job (attest: true, id-token and attestations granted). */
async function register(sandbox: Sandbox, commit: string, standIn: SigstoreStandIns): Promise<ActionResult> {
  const cd = startWorkflowRun(sandbox.world, {
    repo: REPO,
    workflowPath: ".github/workflows/ml-cd.yml",
    headBranch: "main",
    headSha: commit,
    event: "push",
  });
  const workspace = fs.mkdtempSync(path.join(scratch, "cd-"));
  fs.mkdirSync(path.join(workspace, ".github"));
  fs.writeFileSync(path.join(workspace, ".github", "trainyard.yml"), CONFIG);
  const result = await runAction({
    action: "actions/register",
    workspace,
    env: {
      ...runnerEnvFor(sandbox.world, REPO, cd.id, { resultsUrl: sandbox.url, job: "register" }),
      ...standIn.runnerEnv,
    },
    inputs: { model: "churn", attest: "true", "fulcio-url": standIn.url, "timestamp-url": standIn.url },
    event: { name: "push", payload: { ref: "refs/heads/main", after: commit } },
    github: {
      apiUrl: sandbox.url,
      token: sandbox.world.issueToken("acme", {
        kind: "actions",
        permissions: { contents: "write", pull_requests: "read", actions: "read", attestations: "write" },
      }),
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

/** Pushes deployments.yml naming `version` to main (the merge of a promotion). */
function promote(sandbox: Sandbox, version: number): { before: string; after: string } {
  const before = sandbox.world.repo(REPO).refs["refs/heads/main"] as string;
  const after = sandbox.world.push(REPO, "main", {
    ".trainyard/deployments.yml": `churn:\n  production: v${version}\n`,
  });
  return { before, after };
}

/** The deploy job (require-attestation: true) on a push. */
async function deploy(
  sandbox: Sandbox,
  { before, after }: { before: string; after: string },
  trustedRoot: Record<string, unknown>,
): Promise<ActionResult> {
  const workspace = fs.mkdtempSync(path.join(scratch, "deploy-"));
  fs.mkdirSync(path.join(workspace, ".github"));
  fs.writeFileSync(path.join(workspace, ".github", "trainyard.yml"), CONFIG);
  fs.writeFileSync(path.join(workspace, ".github", "trusted-root.jsonl"), `${JSON.stringify(trustedRoot)}\n`);
  return runAction({
    action: "actions/deploy",
    workspace,
    inputs: { "require-attestation": "true", "trusted-root": ".github/trusted-root.jsonl" },
    event: { name: "push", payload: { ref: "refs/heads/main", before, after } },
    github: {
      apiUrl: sandbox.url,
      token: sandbox.world.issueToken("acme", {
        kind: "actions",
        permissions: { contents: "read", deployments: "write", pull_requests: "write", attestations: "read" },
      }),
      repository: REPO,
      sha: after,
      ref: "refs/heads/main",
      serverUrl: "https://github.com",
      runId: 77,
    },
    timeoutMs: 60_000,
  });
}

/** A version made through the API without attestations, as someone with write access could. */
function unattestedVersion(github: GitHubClient, sandbox: Sandbox, version: number, bytes: string) {
  return releaseModel(sandbox, github, version, { bytes });
}

const errorOf = (result: ActionResult) => result.annotations.find((a) => a.level === "error")?.message ?? "";
const deploymentCount = (sandbox: Sandbox) => Object.keys(sandbox.world.repo(REPO).deployments).length;
const attestationCount = (sandbox: Sandbox) => sandbox.world.repo(REPO).attestations?.length ?? 0;

describe("attested model versions", { timeout: 120_000 }, () => {
  it("register attests each model file once; deploy verifies them, and refuses a version without a valid one", async () => {
    const [standIn, rogue] = await Promise.all([startStandIns(), startStandIns()]);
    const sandbox = await useSandbox();
    sandbox.world.createRepo(REPO, { files: { "README.md": "# churn\n", ".github/trainyard.yml": CONFIG } });
    const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
    const merge = await trainedAndMerged(sandbox, github);

    // Register: every model file attested, the attestations in the output and trainyard.json.
    const registered = await register(sandbox, merge, standIn);
    expect(registered.exitCode, registered.stdout + registered.stderr).toBe(0);
    expect(standIn.audiences.every((audience) => audience === "sigstore")).toBe(true);
    const attestations = JSON.parse(registered.outputs.attestations as string) as Array<{
      asset: string;
      sha256: string;
      id: number;
      url: string;
    }>;
    const { data: v1 } = await github.rest.repos.getReleaseByTag({ ...repo, tag: "churn-v1" });
    const metadataAsset = v1.assets.find((a) => a.name === "trainyard.json");
    const { data: metadataBytes } = await github.request(
      "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
      {
        ...repo,
        asset_id: metadataAsset?.id as number,
        headers: { accept: "application/octet-stream" },
      },
    );
    const metadata = versionMetadata.parse(
      JSON.parse(Buffer.from(metadataBytes as unknown as ArrayBuffer).toString("utf8")),
    );
    expect(attestations.map((a) => [a.asset, a.sha256])).toEqual(
      metadata.assets.map((a) => [a.name, a.sha256]),
    );
    expect(metadata.attestations).toEqual(attestations);
    for (const attestation of attestations)
      expect(attestation.url).toBe(`https://github.com/acme/churn/attestations/${attestation.id}`);
    expect(attestationCount(sandbox)).toBe(metadata.assets.length);
    expect(registered.log).toMatch(/attested \S+ \(sha256:/);

    // What GitHub stores verifies as the registering workflow's, about each file's digest.
    const trusted = parseTrustedRoots(JSON.stringify(standIn.trustedRoot), "trusted-root.json");
    for (const asset of metadata.assets) {
      const [stored] = await listAttestations(github, repo, asset.sha256);
      const verdict = verifyAttestation(
        stored?.bundle,
        asset,
        trusted,
        repositoryPolicy("https://github.com", REPO),
      );
      expect(verdict).toMatchObject({ ok: true, signer: SIGNER });
    }

    // A re-run of the workflow makes no second attestation.
    const again = await register(sandbox, merge, standIn);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs.registered).toBe("false");
    expect(JSON.parse(again.outputs.attestations as string)).toEqual(attestations);
    expect(attestationCount(sandbox)).toBe(metadata.assets.length);

    // Deploy v1: verified, then deployed.
    const deployed = await deploy(sandbox, promote(sandbox, 1), standIn.trustedRoot);
    expect(deployed.exitCode, deployed.stdout + deployed.stderr).toBe(0);
    expect(deployed.log).toContain(`attestation verified: churn v1: ${metadata.assets[0]?.name}`);
    expect(deployed.log).toContain(`signed by ${SIGNER}`);
    expect(JSON.parse(deployed.outputs.deployed as string)).toMatchObject([{ model: "churn", version: 1 }]);
    expect(deploymentCount(sandbox)).toBe(1);

    // v2 was made without register: no attestation, so nothing is touched.
    const v2 = await unattestedVersion(github, sandbox, 2, '{"weights": [9, 9, 9]}\n');
    const toV2 = promote(sandbox, 2);
    const missing = await deploy(sandbox, toV2, standIn.trustedRoot);
    expect(missing.exitCode).not.toBe(0);
    expect(errorOf(missing)).toContain(
      `refusing to deploy churn v2: model.json (sha256:${v2}): it has no attestation in acme/churn`,
    );
    expect(deploymentCount(sandbox)).toBe(1);

    // A forged attestation (signed through a CA the trusted root does not hold) is refused, and why.
    const forged = await signStatement(
      provenanceStatement(
        { name: "model.json", sha256: v2 },
        {
          serverUrl: "https://github.com",
          repository: REPO,
          workflowRef: WORKFLOW_REF,
          sha: merge,
          runId: 1,
          runAttempt: 1,
          event: "push",
        },
      ),
      runnerIdentity(rogue.runnerEnv),
      { fulcioUrl: rogue.url, timestampUrl: rogue.url },
    );
    await createAttestation(github, repo, forged);
    // The failed job, re-run.
    const refused = await deploy(sandbox, toV2, standIn.trustedRoot);
    expect(refused.exitCode).not.toBe(0);
    expect(errorOf(refused)).toMatch(
      /refusing to deploy churn v2: model\.json \(sha256:[0-9a-f]{64}\): none of its 1 attestation\(s\) holds \(its signature does not verify against the trusted root \.github\/trusted-root\.jsonl/,
    );
    expect(deploymentCount(sandbox)).toBe(1);
  });
});
