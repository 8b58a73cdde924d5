import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { AssetLocation } from "../../lib/registry/model-store.ts";
import { versionMetadata } from "../../lib/registry/version-metadata.ts";
import { runRecord } from "../../lib/runs/run-record.ts";
import { type ActionResult, runAction } from "../../sandbox/runner.ts";
import type { Sandbox } from "../../sandbox/server.ts";
import { uploadAsset } from "./model-versions.ts";
import { FAST_GITHUB_ENV } from "./reliability.ts";
import { clientFor, useSandbox } from "./sandbox.ts";

/**
 * A repository whose production environment is a folder: the deploy action's `command` target runs
 * a script that waits `DEPLOY_DELAY` seconds, then writes the version it was given to
 * `<state>/version` (and appends it to `<state>/history`). Versions 1 to 3 are registered as
 * register makes them.
 */
export const REPO = { owner: "acme", repo: "churn" };

const record = runRecord.parse(
  JSON.parse(fs.readFileSync("test/fixtures/reports/candidate-run.json", "utf8")),
);

export interface DeployWorld {
  sandbox: Sandbox;
  github: GitHubClient;
  root: string;
  stateDir: string;
  main(): string;
}

const SCRIPT = `#!/usr/bin/env bash
set -euo pipefail
sleep "\${DEPLOY_DELAY:-0}"
mkdir -p "$STATE_DIR"
echo "$MODEL_VERSION" >> "$STATE_DIR/history"
echo "$MODEL_VERSION" > "$STATE_DIR/version"
`;

function config(stateDir: string, delaySeconds: number): string {
  return `models:
  churn:
    deploy:
      production:
        target:
          kind: command
          run: bash deploy.sh
          env:
            STATE_DIR: ${stateDir}
            DEPLOY_DELAY: "${delaySeconds}"
`;
}

export async function deployWorld(root: string): Promise<DeployWorld> {
  const sandbox = await useSandbox();
  const stateDir = path.join(root, "production");
  sandbox.world.createRepo("acme/churn", {
    files: {
      ".github/trainyard.yml": config(stateDir, 0),
      ".trainyard/deployments.yml": "churn:\n  production: v1\n",
    },
  });
  const github = clientFor(sandbox, sandbox.world.issueToken("acme"), { retries: 10 });
  for (const version of [1, 2, 3]) await releaseModel(sandbox, github, version);
  const main = () => sandbox.world.repo("acme/churn").refs["refs/heads/main"] as string;
  return { sandbox, github, root, stateDir, main };
}

export interface ReleaseModelOptions {
  /** The model file's bytes, as trainyard.json records them (default: `{"weights": [<version>]}`). */
  bytes?: string;
  /** What is uploaded as model.json instead of `bytes` (a tampered file). */
  uploaded?: string;
  /** The Release's name (default: its tag). */
  name?: string;
  /** Where the model file is stored instead of the Release (an OCI registry): then only trainyard.json is uploaded. */
  location?: AssetLocation;
}

/**
 * What register makes, through the API: Release churn-v<N> with model.json and trainyard.json
 * (the fixture's run record). Returns the model file's sha256.
 */
export async function releaseModel(
  sandbox: Sandbox,
  github: GitHubClient,
  version: number,
  options: ReleaseModelOptions = {},
): Promise<string> {
  const bytes = options.bytes ?? `{"weights": [${version}]}\n`;
  const tag = `churn-v${version}`;
  const { data: created } = await github.rest.repos.createRelease({
    ...REPO,
    tag_name: tag,
    name: options.name ?? tag,
  });
  const upload = (name: string, data: string) => uploadAsset(sandbox, github, REPO, created.id, name, data);
  if (!options.location) await upload("model.json", options.uploaded ?? bytes);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const metadata = versionMetadata.parse({
    schemaVersion: 1,
    model: "churn",
    version,
    tag,
    registeredAt: "2026-11-22T12:00:00Z",
    assets: [
      {
        name: "model.json",
        path: "model/model.json",
        size: bytes.length,
        sha256,
        ...(options.location ? { location: options.location } : {}),
      },
    ],
    record,
  });
  await upload("trainyard.json", JSON.stringify(metadata));
  return sha256;
}

/** A push to main that puts `version` in production; returns the push's before and after. */
export function pushVersion(world: DeployWorld, version: number): { before: string; after: string } {
  const before = world.main();
  const after = world.sandbox.world.push("acme/churn", "main", {
    ".trainyard/deployments.yml": `churn:\n  production: v${version}\n`,
  });
  return { before, after };
}

/** The deploy bundle on a push, as the push's workflow run does, in a checkout of its own. */
export function deploy(
  world: DeployWorld,
  push: { before: string; after: string },
  options: { delaySeconds?: number; runId?: number; onStart?: (kill: () => void) => void } = {},
): Promise<ActionResult> {
  const workspace = fs.mkdtempSync(path.join(world.root, "checkout-"));
  fs.mkdirSync(path.join(workspace, ".github"));
  fs.writeFileSync(
    path.join(workspace, ".github", "trainyard.yml"),
    config(world.stateDir, options.delaySeconds ?? 0),
  );
  fs.writeFileSync(path.join(workspace, "deploy.sh"), SCRIPT);
  const token = world.sandbox.world.issueToken("acme", {
    kind: "actions",
    permissions: { contents: "read", deployments: "write", pull_requests: "write", issues: "write" },
  });
  return runAction({
    action: "actions/deploy",
    workspace,
    env: FAST_GITHUB_ENV,
    event: { name: "push", payload: { ref: "refs/heads/main", before: push.before, after: push.after } },
    github: {
      apiUrl: world.sandbox.url,
      token,
      repository: "acme/churn",
      sha: push.after,
      ref: "refs/heads/main",
      serverUrl: "https://github.com",
      runId: options.runId ?? 77,
    },
    timeoutMs: 60_000,
    ...(options.onStart ? { onStart: options.onStart } : {}),
  });
}

/** What runs in production now (the folder the script writes), and every version put there in order. */
export function production(world: DeployWorld): { version: number | undefined; history: number[] } {
  const read = (name: string) => {
    const file = path.join(world.stateDir, name);
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  };
  const version = read("version").trim();
  return {
    version: version ? Number(version) : undefined,
    history: read("history").split("\n").filter(Boolean).map(Number),
  };
}

/** Deployments, oldest first, each with its statuses' states oldest first. */
export async function deploymentsWithStates(
  world: DeployWorld,
): Promise<Array<{ id: number; sha: string; version: unknown; states: string[] }>> {
  world.sandbox.faults.configure({ rules: [] });
  const { github } = world;
  const { data } = await github.rest.repos.listDeployments({ ...REPO, per_page: 100 });
  return Promise.all(
    data.reverse().map(async (deployment) => {
      const { data: statuses } = await github.rest.repos.listDeploymentStatuses({
        ...REPO,
        deployment_id: deployment.id,
      });
      return {
        id: deployment.id,
        sha: deployment.sha,
        version: (deployment.payload as { version?: unknown }).version,
        states: statuses.map((s) => s.state).reverse(),
      };
    }),
  );
}
