import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  completeWorkflowRun,
  recordArtifact,
  runnerEnvFor,
  runtimeTokenFor,
  startWorkflowRun,
} from "../../sandbox/routes/actions.ts";
import { signPayload } from "../../sandbox/webhooks.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const TWIRP = "/twirp/github.actions.results.api.v1.ArtifactService";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-actions-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real zip archive of `files`, made by Info-ZIP's `zip`. */
async function zipOf(files: Record<string, Buffer | string>): Promise<Buffer> {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  await run("zip", ["-q", "-X", "archive.zip", ...Object.keys(files)], { cwd: dir });
  return fs.readFileSync(path.join(dir, "archive.zip"));
}

async function unzipEntry(zip: Buffer, entry: string): Promise<Buffer> {
  const file = path.join(tempDir(), "download.zip");
  fs.writeFileSync(file, zip);
  const { stdout } = await run("unzip", ["-p", file, entry], {
    encoding: "buffer",
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

describe("sandbox workflow runs", () => {
  it("lists runs newest first and filters them by event, status, branch, head_sha and actor", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    world.createRepo("acme/churn");
    const featureSha = world.push("acme/churn", "feature", { "model.py": "print(1)\n" });
    const onMain = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
    });
    completeWorkflowRun(world, "acme/churn", onMain.id, "success");
    const onPull = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
      event: "pull_request",
      headBranch: "feature",
      actor: "bob",
    });
    completeWorkflowRun(world, "acme/churn", onPull.id, "failure");
    const dispatched = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/evaluate.yml",
      name: "Evaluate",
      event: "workflow_dispatch",
      actor: "alice",
    });
    const github = clientFor(sandbox, world.issueToken("acme"));
    const idsFor = async (filters: Record<string, string> = {}) => {
      const { data } = await github.rest.actions.listWorkflowRunsForRepo({
        owner: "acme",
        repo: "churn",
        ...filters,
      });
      expect(data.total_count).toBe(data.workflow_runs.length);
      return data.workflow_runs.map((r) => r.id);
    };

    expect(await idsFor()).toEqual([dispatched.id, onPull.id, onMain.id]);
    expect(await idsFor({ event: "pull_request" })).toEqual([onPull.id]);
    expect(await idsFor({ status: "completed" })).toEqual([onPull.id, onMain.id]);
    expect(await idsFor({ status: "failure" })).toEqual([onPull.id]);
    expect(await idsFor({ status: "in_progress" })).toEqual([dispatched.id]);
    expect(await idsFor({ branch: "feature" })).toEqual([onPull.id]);
    expect(await idsFor({ head_sha: featureSha })).toEqual([onPull.id]);
    expect(await idsFor({ actor: "alice" })).toEqual([dispatched.id]);
    expect(await idsFor({ event: "push", status: "failure" })).toEqual([]);
    const today = onMain.createdAt.slice(0, 10);
    expect(await idsFor({ created: today })).toHaveLength(3);
    expect(await idsFor({ created: `${today}..*` })).toHaveLength(3);
    expect(await idsFor({ created: `<${today}` })).toEqual([]);

    const page = await github.rest.actions.listWorkflowRunsForRepo({
      owner: "acme",
      repo: "churn",
      per_page: 2,
    });
    expect(page.data.total_count).toBe(3);
    expect(page.data.workflow_runs).toHaveLength(2);
    expect(page.headers.link).toContain('rel="next"');

    const { data: second } = await github.rest.actions.getWorkflowRun({
      owner: "acme",
      repo: "churn",
      run_id: onPull.id,
    });
    expect(second).toMatchObject({
      id: onPull.id,
      name: "train",
      path: ".github/workflows/train.yml",
      event: "pull_request",
      status: "completed",
      conclusion: "failure",
      head_branch: "feature",
      head_sha: featureSha,
      run_number: 2,
      workflow_id: onMain.workflowId,
      actor: { login: "bob" },
    });
    expect(dispatched.workflowId).not.toBe(onMain.workflowId);
    await expect(
      github.rest.actions.getWorkflowRun({ owner: "acme", repo: "churn", run_id: dispatched.id + 1000 }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it("delivers workflow_run requested, in_progress and completed to a repository hook, signed", async () => {
    const sandbox = await useSandbox();
    const deliveries: Array<{ event: string; signature: string; body: string }> = [];
    const receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        deliveries.push({
          event: String(req.headers["x-github-event"]),
          signature: String(req.headers["x-hub-signature-256"]),
          body: Buffer.concat(chunks).toString("utf8"),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise<void>((resolve) => receiver.close(() => resolve())));
    const { world } = sandbox;
    world.createRepo("acme/churn");
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    world.addRepoHook("acme/churn", hookUrl, "s3cret", ["workflow_run"]);

    const started = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
    });
    completeWorkflowRun(world, "acme/churn", started.id, "success");
    await sandbox.webhooksIdle();

    expect(world.webhooks.violations).toEqual([]);
    expect(deliveries.map((d) => d.event)).toEqual(["workflow_run", "workflow_run", "workflow_run"]);
    for (const delivery of deliveries) expect(delivery.signature).toBe(signPayload("s3cret", delivery.body));
    const payloads = deliveries.map((d) => JSON.parse(d.body));
    expect(payloads.map((p) => [p.action, p.workflow_run.status, p.workflow_run.conclusion])).toEqual([
      ["requested", "queued", null],
      ["in_progress", "in_progress", null],
      ["completed", "completed", "success"],
    ]);
    expect(payloads[2]).toMatchObject({
      workflow_run: { id: started.id, head_sha: started.headSha, path: ".github/workflows/train.yml" },
      workflow: { id: started.workflowId, path: ".github/workflows/train.yml", state: "active" },
      repository: { full_name: "acme/churn" },
      sender: { login: "acme" },
    });
  });
});

describe("sandbox artifacts REST API", () => {
  it("lists a run's artifacts and the repository's, filtered by name", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    world.createRepo("acme/churn");
    const first = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
    });
    const second = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
    });
    const zip = await zipOf({ "metrics.json": '{"auc":0.91}\n' });
    const firstModel = recordArtifact(world, "acme/churn", first.id, { name: "model", zip });
    const firstRecord = recordArtifact(world, "acme/churn", first.id, { name: "run-record", zip });
    const secondModel = recordArtifact(world, "acme/churn", second.id, { name: "model", zip });
    const github = clientFor(sandbox, world.issueToken("acme"));

    const ofFirst = await github.rest.actions.listWorkflowRunArtifacts({
      owner: "acme",
      repo: "churn",
      run_id: first.id,
    });
    expect(ofFirst.data.total_count).toBe(2);
    expect(ofFirst.data.artifacts.map((a) => a.id)).toEqual([firstRecord.id, firstModel.id]);
    const named = await github.rest.actions.listWorkflowRunArtifacts({
      owner: "acme",
      repo: "churn",
      run_id: first.id,
      name: "model",
    });
    expect(named.data.artifacts.map((a) => a.id)).toEqual([firstModel.id]);
    expect(named.data.artifacts[0]).toMatchObject({
      name: "model",
      size_in_bytes: zip.length,
      expired: false,
      digest: firstModel.digest,
      workflow_run: { id: first.id, head_sha: first.headSha },
    });
    expect(firstModel.digest).toMatch(/^sha256:[0-9a-f]{64}$/);

    const models = await github.rest.actions.listArtifactsForRepo({
      owner: "acme",
      repo: "churn",
      name: "model",
    });
    expect(models.data.artifacts.map((a) => a.id)).toEqual([secondModel.id, firstModel.id]);
    const { data: one } = await github.rest.actions.getArtifact({
      owner: "acme",
      repo: "churn",
      artifact_id: secondModel.id,
    });
    expect(one).toMatchObject({ id: secondModel.id, name: "model", workflow_run: { id: second.id } });
  });

  it("redirects /zip to the archive, answers 410 once expired, and deletes", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    world.createRepo("acme/churn");
    const started = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
    });
    const zip = await zipOf({ "model.bin": randomBytes(4096) });
    const model = recordArtifact(world, "acme/churn", started.id, { name: "model", zip });
    const stale = recordArtifact(world, "acme/churn", started.id, {
      name: "old",
      zip,
      expiresAt: "2020-01-01T00:00:00Z",
    });
    const github = clientFor(sandbox, world.issueToken("acme"));

    const redirect = await fetch(`${sandbox.url}/repos/acme/churn/actions/artifacts/${model.id}/zip`, {
      headers: { authorization: `token ${world.issueToken("acme")}` },
      redirect: "manual",
    });
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location") ?? "";
    expect(location).toContain("sig=");
    const archive = await fetch(location);
    expect(archive.headers.get("content-type")).toBe("application/zip");
    expect(Buffer.from(await archive.arrayBuffer()).equals(zip)).toBe(true);
    const tampered = await fetch(location.replace(`/${model.id}/`, `/${stale.id}/`));
    expect(tampered.status).toBe(403);

    const followed = await github.rest.actions.downloadArtifact({
      owner: "acme",
      repo: "churn",
      artifact_id: model.id,
      archive_format: "zip",
    });
    expect(Buffer.from(followed.data as ArrayBuffer).equals(zip)).toBe(true);

    const { data: staleShape } = await github.rest.actions.getArtifact({
      owner: "acme",
      repo: "churn",
      artifact_id: stale.id,
    });
    expect(staleShape.expired).toBe(true);
    await expect(
      github.rest.actions.downloadArtifact({
        owner: "acme",
        repo: "churn",
        artifact_id: stale.id,
        archive_format: "zip",
      }),
    ).rejects.toMatchObject({ status: 410 });

    const deleted = await github.rest.actions.deleteArtifact({
      owner: "acme",
      repo: "churn",
      artifact_id: model.id,
    });
    expect(deleted.status).toBe(204);
    const left = await github.rest.actions.listArtifactsForRepo({ owner: "acme", repo: "churn" });
    expect(left.data.artifacts.map((a) => a.id)).toEqual([stale.id]);
    await expect(
      github.rest.actions.getArtifact({ owner: "acme", repo: "churn", artifact_id: model.id }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await fetch(location)).status).toBe(404);
  });
});

/** Runs one call of the real @actions/artifact client in a child process, as a step would. */
async function artifactClient(
  env: Record<string, string>,
  call:
    | { kind: "upload"; name: string; files: string[]; rootDirectory: string }
    | {
        kind: "download";
        artifactId: number;
        path: string;
        expectedHash?: string;
        findBy?: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string };
      },
): Promise<Record<string, unknown>> {
  const script = `
    import { DefaultArtifactClient } from "@actions/artifact";
    const call = JSON.parse(process.env.ARTIFACT_CALL);
    const client = new DefaultArtifactClient();
    const result =
      call.kind === "upload"
        ? await client.uploadArtifact(call.name, call.files, call.rootDirectory)
        : await client.downloadArtifact(call.artifactId, {
            path: call.path,
            expectedHash: call.expectedHash,
            findBy: call.findBy,
          });
    console.log("RESULT " + JSON.stringify(result));
  `;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), ...env, ARTIFACT_CALL: JSON.stringify(call) },
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`@actions/artifact printed no result:\n${stdout}`);
  return JSON.parse(line.slice("RESULT ".length)) as Record<string, unknown>;
}

describe("sandbox results service, through the real @actions/artifact client", () => {
  it("uploads a 2 MB file to a run, lists it over REST and serves identical bytes back", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    world.createRepo("acme/churn");
    const started = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
    });
    const workspace = tempDir();
    const model = randomBytes(2 * 1024 * 1024);
    fs.mkdirSync(path.join(workspace, "out"));
    fs.writeFileSync(path.join(workspace, "out", "model.bin"), model);
    const env = {
      ...runnerEnvFor(world, "acme/churn", started.id, { resultsUrl: sandbox.url }),
      GITHUB_WORKSPACE: workspace,
    };

    const uploaded = await artifactClient(env, {
      kind: "upload",
      name: "model",
      files: [path.join(workspace, "out", "model.bin")],
      rootDirectory: path.join(workspace, "out"),
    });

    const github = clientFor(sandbox, world.issueToken("acme"));
    const { data: listed } = await github.rest.actions.listWorkflowRunArtifacts({
      owner: "acme",
      repo: "churn",
      run_id: started.id,
    });
    expect(listed.artifacts).toHaveLength(1);
    const artifact = listed.artifacts[0]!;
    expect(artifact).toMatchObject({
      id: uploaded.id,
      name: "model",
      size_in_bytes: uploaded.size,
      digest: `sha256:${uploaded.digest}`,
    });
    const zip = await github.rest.actions.downloadArtifact({
      owner: "acme",
      repo: "churn",
      artifact_id: artifact.id,
      archive_format: "zip",
    });
    expect((await unzipEntry(Buffer.from(zip.data as ArrayBuffer), "model.bin")).equals(model)).toBe(true);

    const sameRun = await artifactClient(env, {
      kind: "download",
      artifactId: artifact.id,
      path: path.join(workspace, "same-run"),
      expectedHash: artifact.digest ?? undefined,
    });
    expect(sameRun.digestMismatch).toBe(false);
    expect(fs.readFileSync(path.join(workspace, "same-run", "model.bin")).equals(model)).toBe(true);

    completeWorkflowRun(world, "acme/churn", started.id, "success");
    const later = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/register.yml",
    });
    const laterEnv = {
      ...runnerEnvFor(world, "acme/churn", later.id, { resultsUrl: sandbox.url }),
      GITHUB_WORKSPACE: workspace,
    };
    const fromOtherRun = await artifactClient(laterEnv, {
      kind: "download",
      artifactId: artifact.id,
      path: path.join(workspace, "other-run"),
      findBy: {
        token: world.issueToken("acme"),
        workflowRunId: started.id,
        repositoryOwner: "acme",
        repositoryName: "churn",
      },
    });
    expect(fromOtherRun.digestMismatch).toBe(false);
    expect(fs.readFileSync(path.join(workspace, "other-run", "model.bin")).equals(model)).toBe(true);
  }, 90_000);

  it("refuses calls without a valid token for the run, and uploads to a completed run", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    world.createRepo("acme/churn");
    const mine = startWorkflowRun(world, { repo: "acme/churn", workflowPath: ".github/workflows/train.yml" });
    const other = startWorkflowRun(world, {
      repo: "acme/churn",
      workflowPath: ".github/workflows/train.yml",
    });
    const resultsUrl = sandbox.url;
    const backendIdsOf = (token: string) => {
      const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
      const [, runId, jobId] = (claims.scp as string)
        .split(" ")
        .find((s) => s.startsWith("Actions.Results:"))!
        .split(":");
      return { workflow_run_backend_id: runId, workflow_job_run_backend_id: jobId };
    };
    const call = async (method: string, token: string, body: Record<string, unknown>) => {
      const response = await fetch(`${resultsUrl}${TWIRP}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const myToken = runtimeTokenFor(world, "acme/churn", mine.id);
    const otherToken = runtimeTokenFor(world, "acme/churn", other.id);
    const create = { ...backendIdsOf(myToken), name: "model", version: 7 };

    const accepted = await call("CreateArtifact", myToken, create);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ ok: true });
    expect(String(accepted.body.signed_upload_url)).toContain("sig=");

    expect(await call("CreateArtifact", otherToken, create)).toMatchObject({
      status: 403,
      body: { code: "permission_denied" },
    });
    const [header, claims] = myToken.split(".");
    expect(await call("CreateArtifact", `${header}.${claims}.forged`, create)).toMatchObject({
      status: 401,
      body: { code: "unauthenticated" },
    });
    expect(await call("FinalizeArtifact", myToken, { ...create, size: "10" })).toMatchObject({
      status: 412,
      body: { code: "failed_precondition" },
    });
    completeWorkflowRun(world, "acme/churn", mine.id, "success");
    expect(await call("CreateArtifact", myToken, { ...create, name: "late" })).toMatchObject({
      status: 412,
      body: { code: "failed_precondition" },
    });
    expect(Object.keys(world.repo("acme/churn").artifacts)).toEqual([]);
  });
});
