import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { verifySignature } from "../../lib/deploy/signature.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import {
  type AssetLocation,
  createModelStore,
  modelVersionAnnotations,
} from "../../lib/registry/model-store.ts";
import { ociStoreConfig } from "../../lib/registry/oci-store.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { releaseModel } from "../helpers/deploy-world.ts";
import { startOciRegistry } from "../helpers/oci-registry.ts";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

/**
 * deploy as GitHub runs it: the committed bundle as a process, against the sandbox, on a push
 * to main that changes .trainyard/deployments.yml. The `command` target runs the example's real
 * deploy script, which starts (and swaps) the example model server on 127.0.0.1; the smoke test
 * asks that server for real. Releases are made through the API as register makes them.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-deploy-"));
const stateDirs: string[] = [];
afterAll(() => {
  // Stop the model servers the tests started (their pids are in the deploy script's pid files).
  for (const dir of stateDirs) {
    const pidFile = path.join(dir, "server.pid");
    if (!fs.existsSync(pidFile)) continue;
    try {
      process.kill(Number(fs.readFileSync(pidFile, "utf8")), "SIGTERM");
    } catch {
      // Already gone.
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
});

const REPO = { owner: "acme", repo: "churn" };

/** The model files of each version: v3 is broken (the server starts, /predict answers 500). */
const MODELS: Record<number, string> = {
  1: '{"weights": [-0.5, 1.2, 0.8]}\n',
  2: '{"weights": [-0.7, 1.5, 0.9]}\n',
  3: '{"weights": [-0.7, 1.5, 0.9], "broken": true}\n',
  4: '{"weights": [-0.9, 1.6, 1.0]}\n',
};

function sha256(bytes: string | Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Release churn-v<N> of MODELS[N]: `tamper` uploads other bytes; `oci` records the file as stored in an OCI registry. */
async function release(
  sandbox: Sandbox,
  github: GitHubClient,
  version: number,
  tamper = false,
  oci?: AssetLocation,
): Promise<void> {
  const bytes = MODELS[version] as string;
  await releaseModel(sandbox, github, version, {
    bytes,
    name: `churn v${version}`,
    ...(tamper ? { uploaded: bytes.replace("1.6", "9.6") } : {}),
    ...(oci ? { location: oci } : {}),
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function commandConfig(port: number, stateDir: string): string {
  return `models:
  churn:
    deploy:
      production:
        target:
          kind: command
          run: bash serving/deploy.sh
          env:
            SERVE_PORT: "${port}"
            SERVE_STATE_DIR: ${stateDir}
        url: http://127.0.0.1:${port}
        smoke_test:
          timeout_seconds: 2
          initial_delay_seconds: 0.2
          requests:
            - url: http://127.0.0.1:${port}/version
              expect:
                json: { version: "\${MODEL_VERSION}", digest: "\${MODEL_DIGEST}" }
            - url: http://127.0.0.1:${port}/predict
              method: POST
              body: { features: [0.5, 0.3] }
              expect: { status: 200, contains: '"predictions"' }
`;
}

interface World {
  sandbox: Sandbox;
  github: GitHubClient;
  workspace: string;
  port: number;
  /** The main branch's tip before the latest push. */
  main(): string;
}

async function setUp(config: (port: number, stateDir: string) => string = commandConfig): Promise<World> {
  const sandbox = await useSandbox();
  const port = await freePort();
  const root = fs.mkdtempSync(path.join(scratch, "world-"));
  const stateDir = path.join(root, "serving-state");
  stateDirs.push(stateDir);
  const text = config(port, stateDir);
  sandbox.world.createRepo("acme/churn", {
    files: { ".github/trainyard.yml": text, ".trainyard/deployments.yml": "churn:\n  production: v1\n" },
  });
  const github = clientFor(sandbox, sandbox.world.issueToken("acme"));
  for (const version of [1, 2, 3]) await release(sandbox, github, version);
  await release(sandbox, github, 4, true);
  // The checkout of main: the config and the team's deploy script (the example's).
  const workspace = path.join(root, "workspace");
  fs.mkdirSync(path.join(workspace, ".github"), { recursive: true });
  fs.writeFileSync(path.join(workspace, ".github", "trainyard.yml"), text);
  fs.cpSync("examples/serving", path.join(workspace, "serving"), { recursive: true });
  const main = () => sandbox.world.repo("acme/churn").refs["refs/heads/main"] as string;
  return { sandbox, github, workspace, port, main };
}

/** The promotion pull request, as the bot opens it, approved and merged; returns its number and the merge. */
async function promote(
  world: World,
  version: number,
): Promise<{ number: number; before: string; after: string }> {
  const { github, sandbox } = world;
  const branch = "trainyard/promote/churn";
  const before = world.main();
  await github.rest.git.createRef({ ...REPO, ref: `refs/heads/${branch}`, sha: before }).catch(async () => {
    await github.rest.git.updateRef({ ...REPO, ref: `heads/${branch}`, sha: before, force: true });
  });
  sandbox.world.push("acme/churn", branch, {
    ".trainyard/deployments.yml": `churn:\n  production: v${version}\n`,
  });
  const { data: pull } = await github.rest.pulls.create({
    ...REPO,
    head: branch,
    base: "main",
    title: `.trainyard/deployments.yml: churn production → v${version}`,
  });
  const { data: merged } = await github.rest.pulls.merge({ ...REPO, pull_number: pull.number });
  return { number: pull.number, before, after: merged.sha };
}

async function deploy(
  world: World,
  push: { before: string; after: string },
  options: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<ActionResult> {
  const token = world.sandbox.world.issueToken("acme", {
    kind: "actions",
    permissions: { contents: "read", deployments: "write", pull_requests: "write", issues: "write" },
  });
  return runAction({
    action: "actions/deploy",
    workspace: world.workspace,
    inputs: { ...options.inputs },
    ...(options.env ? { env: options.env } : {}),
    event: { name: "push", payload: { ref: "refs/heads/main", before: push.before, after: push.after } },
    github: {
      apiUrl: world.sandbox.url,
      token,
      repository: "acme/churn",
      sha: push.after,
      ref: "refs/heads/main",
      serverUrl: "https://github.com",
      runId: 77,
    },
    timeoutMs: 60_000,
  });
}

/** The first deploy: the repository's first commit puts v1 in production. */
async function deployFirstVersion(world: World): Promise<ActionResult> {
  const result = await deploy(world, { before: "0".repeat(40), after: world.main() });
  expect(result.exitCode, result.stdout).toBe(0);
  return result;
}

async function serverVersion(port: number): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/version`);
  return ((await response.json()) as { version: unknown }).version;
}

async function deploymentsWithStatuses(github: GitHubClient) {
  const { data } = await github.rest.repos.listDeployments({ ...REPO, per_page: 100 });
  return Promise.all(
    data.reverse().map(async (deployment) => {
      const { data: statuses } = await github.rest.repos.listDeploymentStatuses({
        ...REPO,
        deployment_id: deployment.id,
      });
      const oldestFirst = [...statuses].reverse();
      return { deployment, states: oldestFirst.map((s) => s.state), statuses: oldestFirst };
    }),
  );
}

async function comments(github: GitHubClient, number: number): Promise<string[]> {
  const { data } = await github.rest.issues.listComments({ ...REPO, issue_number: number });
  return data.map((c) => c.body ?? "");
}

// Each run starts real processes (the action, the deploy script, model servers) on a shared machine.
describe("deploy action", { timeout: 120_000 }, () => {
  it("puts a promoted version live: a Deployment with statuses, the server answering the new version", async () => {
    const world = await setUp();
    const first = await deployFirstVersion(world);
    expect(await serverVersion(world.port)).toBe(1);
    expect(JSON.parse(first.outputs.deployed as string)).toMatchObject([
      { model: "churn", environment: "production", version: 1 },
    ]);

    const promotion = await promote(world, 2);
    const result = await deploy(world, promotion);

    expect(result.exitCode, result.stdout).toBe(0);
    expect(await serverVersion(world.port)).toBe(2);
    const deployed = JSON.parse(result.outputs.deployed as string);
    expect(deployed).toEqual([
      {
        model: "churn",
        environment: "production",
        version: 2,
        deployment_id: expect.any(Number),
        url: `http://127.0.0.1:${world.port}`,
      },
    ]);
    expect(result.outputs["rolled-back"]).toBe("false");

    const history = await deploymentsWithStatuses(world.github);
    expect(history.map((h) => [h.deployment.payload, h.states])).toEqual([
      [
        { model: "churn", version: 1, digest: `sha256:${sha256(MODELS[1] as string)}` },
        ["in_progress", "success", "inactive"],
      ],
      [
        { model: "churn", version: 2, digest: `sha256:${sha256(MODELS[2] as string)}`, previous_version: 1 },
        ["in_progress", "success"],
      ],
    ]);
    const latest = history[1];
    expect(latest?.deployment).toMatchObject({
      id: deployed[0].deployment_id,
      sha: promotion.after,
      ref: promotion.after,
      task: "deploy:churn",
      environment: "production",
    });
    expect(latest?.statuses.at(-1)).toMatchObject({
      environment_url: `http://127.0.0.1:${world.port}`,
      log_url: "https://github.com/acme/churn/actions/runs/77",
    });

    const [comment] = await comments(world.github, promotion.number);
    expect(comment).toContain("<!-- trainyard:deploy:churn/production -->");
    expect(comment).toContain("✅ churn v2 is live in production");
    expect(result.summary).toMatch(/\| churn +\| production +\| v1 → v2 +\| ✅ deployed/);
    expect(result.log).toContain("serving churn v2 on http://127.0.0.1:");
  });

  it("rolls a version that fails its smoke test back to the previous one and tells the promotion pull request", async () => {
    const world = await setUp();
    await deployFirstVersion(world);
    const promotion = await promote(world, 3);
    const result = await deploy(world, promotion);

    expect(result.exitCode).toBe(1);
    expect(result.outputs["rolled-back"]).toBe("true");
    expect(JSON.parse(result.outputs.deployed as string)).toEqual([]);
    expect(await serverVersion(world.port)).toBe(1);

    const history = await deploymentsWithStatuses(world.github);
    expect(history.map((h) => [h.deployment.payload, h.states])).toEqual([
      [expect.objectContaining({ version: 1 }), ["in_progress", "success", "inactive"]],
      [expect.objectContaining({ version: 3, previous_version: 1 }), ["in_progress", "failure"]],
      [
        expect.objectContaining({ version: 1, rollback_of: history[1]?.deployment.id, failed_version: 3 }),
        ["in_progress", "success"],
      ],
    ]);
    expect(history[1]?.statuses.at(-1)?.description).toBe("Smoke test failed; rolling back to v1");

    const [comment] = await comments(world.github, promotion.number);
    expect(comment).toContain("↩️ churn v3 failed in production: it is back on v1");
    expect(comment).toContain("the smoke test, after");
    expect(comment).toContain("expected status 200, got 500");
    expect(comment).toContain("the model is marked broken");
    expect(comment).toMatch(/production is back on v1\*\* \(deployment \d+: smoke test passed/);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({ level: "error", title: "Deploy failed: churn → production" }),
    );

    // A re-run of the same commit tries v3 again (and rolls back again), updating the one comment.
    const again = await deploy(world, promotion);
    expect(again.exitCode).toBe(1);
    expect(await comments(world.github, promotion.number)).toHaveLength(1);
  });

  it("refuses a version whose file does not match its registered digest, before anything is touched", async () => {
    const world = await setUp();
    await deployFirstVersion(world);
    const before = await deploymentsWithStatuses(world.github);
    const promotion = await promote(world, 4);
    const result = await deploy(world, promotion);

    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === "error");
    expect(error?.message).toContain(
      'release churn-v4 asset "model.json" does not match its recorded digest',
    );
    expect(error?.message).toContain(`expected ${sha256(MODELS[4] as string)}`);
    expect(error?.message).toContain(`sha256 ${sha256((MODELS[4] as string).replace("1.6", "9.6"))}`);
    expect(await deploymentsWithStatuses(world.github)).toEqual(before);
    expect(await serverVersion(world.port)).toBe(1);
    expect(await comments(world.github, promotion.number)).toEqual([]);
  });

  it("lets a stale run change nothing, and a finished run's re-run do nothing again", async () => {
    const world = await setUp();
    await deployFirstVersion(world);
    // Two pushes in quick succession: A asks for v2, then B (after A) goes back to v1.
    const baseline = world.main();
    const a = world.sandbox.world.push("acme/churn", "main", {
      ".trainyard/deployments.yml": "churn:\n  production: v2\n",
    });
    const b = world.sandbox.world.push("acme/churn", "main", {
      ".trainyard/deployments.yml": "churn:\n  production: v1\n",
    });
    const newer = await deploy(world, { before: a, after: b });
    expect(newer.exitCode, newer.stdout).toBe(0);
    const afterNewer = await deploymentsWithStatuses(world.github);

    // A's run comes last (it waited, or was re-run): B's deployment is newer, so A stops.
    const stale = await deploy(world, { before: baseline, after: a });
    expect(stale.exitCode, stale.stdout).toBe(0);
    expect(stale.annotations).toContainEqual(
      expect.objectContaining({
        level: "notice",
        message: expect.stringContaining(
          `commit ${b.slice(0, 7)}, newer than this run's ${a.slice(0, 7)}, is already deployed there`,
        ),
      }),
    );
    expect(stale.outputs.deployed).toBe("[]");
    expect(await deploymentsWithStatuses(world.github)).toEqual(afterNewer);
    expect(await serverVersion(world.port)).toBe(1);

    const rerun = await deploy(world, { before: a, after: b });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.summary).toContain("☑️ already deployed");
    expect(await deploymentsWithStatuses(world.github)).toEqual(afterNewer);
  });

  it("deploys a version whose files live in an OCI registry (a real one, on loopback)", async () => {
    const registry = await startOciRegistry();
    try {
      const world = await setUp();
      await deployFirstVersion(world);
      const file = path.join(scratch, "model-v5.json");
      const bytes = '{"weights": [-0.2, 0.4, 0.3]}\n';
      MODELS[5] = bytes;
      fs.writeFileSync(file, bytes);
      const store = createModelStore("oci", {
        oci: { config: ociStoreConfig.parse({ repository: `${registry.host}/acme/churn-model` }) },
      });
      const locations = await store.put(
        "churn-v5",
        [{ name: "model.json", path: file, size: bytes.length, sha256: sha256(bytes) }],
        modelVersionAnnotations({ model: "churn", version: 5, created: "2026-11-22T12:00:00Z" }),
      );
      await release(world.sandbox, world.github, 5, false, locations.get("model.json"));
      const promotion = await promote(world, 5);
      const result = await deploy(world, promotion);

      expect(result.exitCode, result.stdout).toBe(0);
      expect(await serverVersion(world.port)).toBe(5);
      const history = await deploymentsWithStatuses(world.github);
      expect(history.at(-1)?.deployment.payload).toMatchObject({
        version: 5,
        digest: `sha256:${sha256(bytes)}`,
      });
    } finally {
      await registry.stop();
    }
  });

  it("hands the version to a serving platform over signed HTTP and follows its status URL", async () => {
    const secret = "s3cret-hmac-key";
    const received: Array<{ body: string; signature: string | undefined; delivery: string | undefined }> = [];
    let polls = 0;
    const platform = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        response.setHeader("content-type", "application/json");
        if (request.method === "POST") {
          received.push({
            body,
            signature: request.headers["x-trainyard-signature-256"] as string | undefined,
            delivery: request.headers["x-trainyard-delivery"] as string | undefined,
          });
          if (!verifySignature(secret, body, request.headers["x-trainyard-signature-256"] as string)) {
            response.writeHead(401).end('{"error":"bad signature"}');
            return;
          }
          response.writeHead(202, { location: "/rollouts/7" }).end('{"state":"pending"}');
          return;
        }
        polls += 1;
        response.end(
          polls < 3
            ? '{"state":"in_progress","log":"pulling the model"}'
            : '{"state":"success","environment_url":"https://churn.serving.example"}',
        );
      });
    });
    await new Promise<void>((resolve) => platform.listen(0, "127.0.0.1", resolve));
    const { port } = platform.address() as net.AddressInfo;
    try {
      const world = await setUp(
        () => `models:
  churn:
    deploy:
      production:
        target: { kind: http, url: "http://127.0.0.1:${port}/deployments", poll_interval_seconds: 0.05, timeout_seconds: 10 }
`,
      );
      const result = await deploy(
        world,
        { before: "0".repeat(40), after: world.main() },
        { inputs: { "http-secret": secret } },
      );

      expect(result.exitCode, result.stdout).toBe(0);
      expect(received).toHaveLength(1);
      const sent = JSON.parse(received[0]?.body as string);
      const { data: v1 } = await world.github.rest.repos.getReleaseByTag({ ...REPO, tag: "churn-v1" });
      expect(sent).toMatchObject({
        model: "churn",
        version: 1,
        environment: "production",
        digest: `sha256:${sha256(MODELS[1] as string)}`,
        download_url: v1.assets.find((a) => a.name === "model.json")?.browser_download_url,
        repository: "acme/churn",
        rollback: false,
      });
      expect(received[0]?.delivery).toBe(String(sent.deployment_id));
      expect(polls).toBe(3);
      expect(result.masks).toContain(secret);
      expect(result.log).not.toContain(secret);
      const [only] = await deploymentsWithStatuses(world.github);
      expect(only?.states).toEqual(["in_progress", "success"]);
      expect(only?.statuses.at(-1)?.environment_url).toBe("https://churn.serving.example");
    } finally {
      await new Promise((resolve) => platform.close(resolve));
    }
  });

  it("applies a KServe InferenceService with the runner's kubectl and waits for it (a stand-in kubectl)", async () => {
    // No cluster here: a stand-in kubectl records what it was asked and answers as kubectl does.
    const bin = fs.mkdtempSync(path.join(scratch, "bin-"));
    const calls = path.join(bin, "calls.log");
    fs.writeFileSync(
      path.join(bin, "kubectl"),
      `#!/usr/bin/env bash
echo "ARGS $*" >>"${calls}"
case "$*" in
  *apply*) cat >"${bin}/applied.yaml"; echo "inferenceservice.serving.kserve.io/churn configured" ;;
  *wait*) echo "inferenceservice.serving.kserve.io/churn condition met" ;;
  *get*) printf 'http://churn.models.example.com' ;;
esac
`,
      { mode: 0o755 },
    );
    const world = await setUp(
      () => `models:
  churn:
    deploy:
      production:
        target: { kind: kubernetes, namespace: models, model_format: sklearn, timeout_seconds: 120 }
`,
    );
    const result = await deploy(
      world,
      { before: "0".repeat(40), after: world.main() },
      { env: { PATH: `${bin}:${process.env.PATH}` } },
    );

    expect(result.exitCode, result.stdout).toBe(0);
    expect(fs.readFileSync(calls, "utf8").trim().split("\n")).toEqual([
      "ARGS apply -f -",
      "ARGS wait --for=condition=Ready inferenceservice/churn --namespace models --timeout=120s",
      "ARGS get inferenceservice/churn --namespace models -o jsonpath={.status.url}",
    ]);
    const applied = parseYaml(fs.readFileSync(path.join(bin, "applied.yaml"), "utf8"));
    const { data: v1 } = await world.github.rest.repos.getReleaseByTag({ ...REPO, tag: "churn-v1" });
    expect(applied).toMatchObject({
      apiVersion: "serving.kserve.io/v1beta1",
      kind: "InferenceService",
      metadata: { name: "churn", namespace: "models", labels: { "trainyard.dev/version": "1" } },
      spec: {
        predictor: {
          model: {
            modelFormat: { name: "sklearn" },
            storageUri: v1.assets.find((a) => a.name === "model.json")?.browser_download_url,
          },
        },
      },
    });
    const [only] = await deploymentsWithStatuses(world.github);
    expect(only?.statuses.at(-1)?.environment_url).toBe("http://churn.models.example.com");
  });
});
