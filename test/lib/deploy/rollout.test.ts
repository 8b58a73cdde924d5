import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { deployConfig } from "../../../lib/deploy/config.ts";
import type { DeploymentChange } from "../../../lib/deploy/plan.ts";
import {
  type DeploymentLedger,
  type NewDeployment,
  type RolloutOptions,
  rollout,
  type StatusUpdate,
  type VersionSource,
} from "../../../lib/deploy/rollout.ts";
import { DataError } from "../../../lib/errors.ts";

/**
 * The rollout's decisions with GitHub replaced by an in-memory ledger (GitHub itself is covered
 * by test/actions/deploy.test.ts against the sandbox); targets are real (bash scripts).
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "trainyard-rollout-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const SHA = "e".repeat(40);

function memoryLedger() {
  const created: Array<NewDeployment & { id: number }> = [];
  const statuses: Array<{ id: number } & StatusUpdate> = [];
  const ledger: DeploymentLedger = {
    newest: async () => undefined,
    relation: async () => "ahead",
    committedAt: async () => undefined,
    create: async (deployment) => {
      const id = 100 + created.length;
      created.push({ ...deployment, id });
      return id;
    },
    setStatus: async (id, status) => {
      statuses.push({ id, ...status });
    },
    retireEarlier: async () => {},
  };
  const statesOf = (id: number) => statuses.filter((s) => s.id === id).map((s) => s.state);
  return { ledger, created, statuses, statesOf };
}

/** Versions as files in a folder; `missing` versions are not registered, `tampered` ones fail their check. */
function versions(
  options: { missing?: number[]; tampered?: number[]; files?: string[] } = {},
): VersionSource {
  return {
    async fetch(_model, version, folder) {
      if (options.missing?.includes(version)) throw new Error(`there is no release churn-v${version}`);
      if (options.tampered?.includes(version))
        throw new DataError(
          `release churn-v${version} asset "model.json" does not match its recorded digest`,
        );
      const names = options.files ?? ["model.json"];
      fs.mkdirSync(path.join(folder, "model"), { recursive: true });
      return {
        files: names.map((name) => {
          fs.writeFileSync(path.join(folder, "model", name), `v${version}`);
          return {
            name,
            path: `model/${name}`,
            size: 2,
            sha256: String(version).repeat(64).slice(0, 64),
            url: `https://example.com/churn-v${version}/${name}`,
          };
        }),
      };
    },
  };
}

function options(
  config: unknown,
  changes: DeploymentChange[],
  overrides: Partial<RolloutOptions> = {},
): RolloutOptions & { lines: string[] } {
  const lines: string[] = [];
  const parsed = deployConfig.parse(config);
  return {
    changes,
    deployConfig: (model) => (model === "churn" ? parsed : undefined),
    configFile: ".github/trainyard.yml",
    repository: "acme/churn",
    sha: SHA,
    workspace: scratch,
    tempDir: fs.mkdtempSync(path.join(scratch, "temp-")),
    env: { ...process.env, INPUT_HTTP_SECRET: "not for scripts" },
    httpSecret: undefined,
    ledger: memoryLedger().ledger,
    versions: versions(),
    onLine: (line) => lines.push(line),
    lines,
    ...overrides,
  };
}

/** A deploy script that fails for the versions listed. */
const command = (failFor: number[] = []) => ({
  target: {
    kind: "command",
    run: `case "$MODEL_VERSION" in ${failFor.length ? failFor.join("|") : "none"}) echo "no capacity for v$MODEL_VERSION" >&2; exit 3 ;; esac; echo "deployed v$MODEL_VERSION"`,
  },
});
const change = (from: number | undefined, to: number | undefined): DeploymentChange => ({
  model: "churn",
  environment: "production",
  from,
  to,
});

describe("rollout", () => {
  it("gives the deploy script the version's facts, and not the action's inputs", async () => {
    const out = path.join(scratch, "env.txt");
    const memory = memoryLedger();
    const [outcome] = await rollout(
      options(
        {
          production: {
            target: {
              kind: "command",
              run: `env | grep -E '^(MODEL_|DEPLOY_|STORAGE_|INPUT_|REGION)' | sort >"${out}"; ls -R "$MODEL_PATH" >>"${out}"`,
              env: { REGION: `eu-\${DEPLOY_ENVIRONMENT}` },
            },
            url: `https://churn.example/\${MODEL_VERSION}`,
          },
        },
        [change(3, 4)],
        { ledger: memory.ledger },
      ),
    );
    expect(outcome).toMatchObject({
      result: "deployed",
      deploymentId: 100,
      environmentUrl: "https://churn.example/4",
    });
    const written = fs.readFileSync(out, "utf8");
    expect(written).toContain("MODEL_NAME=churn\n");
    expect(written).toContain("MODEL_VERSION=4\n");
    expect(written).toContain(`MODEL_DIGEST=sha256:${"4".repeat(64)}\n`);
    expect(written).toContain("DEPLOY_ENVIRONMENT=production\n");
    expect(written).toContain("STORAGE_URI=https://example.com/churn-v4/model.json\n");
    expect(written).toContain("REGION=eu-production\n");
    expect(written).toMatch(/MODEL_PATH=.*churn-v4\n/);
    expect(written).toContain("model.json");
    expect(written).not.toContain("INPUT_");
    expect(memory.created[0]).toMatchObject({
      sha: SHA,
      description: "churn v4 (was v3)",
      payload: { model: "churn", version: 4, previous_version: 3 },
    });
    expect(memory.statesOf(100)).toEqual(["in_progress", "success"]);
  });

  it("refuses a config it cannot carry out before anything is touched, listing every problem", async () => {
    const memory = memoryLedger();
    const run = rollout(
      options(
        {
          production: { target: { kind: "http", url: "https://serving.example/deploy" } },
          canary: { ...command(), url: `https://canary/\${MODEL_VERSON}` },
        },
        [
          change(3, 4),
          { ...change(3, 4), environment: "canary" },
          { ...change(1, 2), environment: "staging" },
        ],
        { ledger: memory.ledger },
      ),
    );
    await expect(run).rejects.toThrow(
      [
        ".github/trainyard.yml: cannot deploy, nothing was touched:",
        "- models.churn.deploy.production: an http target signs what it sends: set the deploy action's http-secret input (from a repository or environment secret)",
        `- models.churn.deploy.canary: url: unknown placeholder \${MODEL_VERSON}: known are \${MODEL_NAME}, \${MODEL_VERSION}, \${MODEL_DIGEST}, \${DEPLOY_ENVIRONMENT}, \${STORAGE_URI}, \${DEPLOYMENT_ID}`,
        "- models.churn.deploy.staging: deployments.yml asks for churn v2 in staging, but no target is configured there",
      ].join("\n"),
    );
    expect(memory.created).toEqual([]);
  });

  it("fetches and checks every new version before the first deployment is made", async () => {
    const memory = memoryLedger();
    const run = rollout(
      options(
        { production: command(), staging: command() },
        [change(1, 2), { ...change(1, 4), environment: "staging" }],
        {
          ledger: memory.ledger,
          versions: versions({ tampered: [4] }),
        },
      ),
    );
    await expect(run).rejects.toThrow(
      'release churn-v4 asset "model.json" does not match its recorded digest',
    );
    expect(memory.created).toEqual([]);
  });

  it("leaves a removed entry running and says so", async () => {
    const memory = memoryLedger();
    const [outcome] = await rollout(options({}, [change(3, undefined)], { ledger: memory.ledger }));
    expect(outcome).toMatchObject({
      result: "removed",
      reason: "removed from deployments.yml: v3 is left running (Trainyard does not tear environments down)",
    });
    expect(memory.created).toEqual([]);
  });

  it("has nothing to roll back to on a model's first deployment", async () => {
    const memory = memoryLedger();
    const [outcome] = await rollout(
      options({ production: command([1]) }, [change(undefined, 1)], { ledger: memory.ledger }),
    );
    expect(outcome).toMatchObject({
      result: "failed",
      reason:
        "the deploy script failed with exit code 3; nothing to roll back to: this was churn's first deployment to production",
      failure: { stage: "target", targetLog: ["no capacity for v1"] },
    });
    expect(memory.statesOf(100)).toEqual(["in_progress", "failure"]);
    expect(memory.created).toHaveLength(1);
  });

  it("does not roll back where rollback is off", async () => {
    const memory = memoryLedger();
    const [outcome] = await rollout(
      options({ production: { ...command([4]), rollback: false } }, [change(3, 4)], {
        ledger: memory.ledger,
      }),
    );
    expect(outcome?.result).toBe("failed");
    expect(outcome?.reason).toBe("the deploy script failed with exit code 3; rollback is off for production");
    expect(memory.created).toHaveLength(1);
  });

  it("records a rollback that failed too, and one whose version could not be fetched", async () => {
    const both = memoryLedger();
    const [failedTwice] = await rollout(
      options({ production: command([3, 4]) }, [change(3, 4)], { ledger: both.ledger }),
    );
    expect(failedTwice).toMatchObject({
      result: "rollback-failed",
      rollback: {
        version: 3,
        deploymentId: 101,
        ok: false,
        summary: "the deploy script failed with exit code 3",
      },
    });
    expect(both.created[1]?.payload).toMatchObject({ version: 3, rollback_of: 100, failed_version: 4 });
    expect(both.statesOf(100)).toEqual(["in_progress", "failure"]);
    expect(both.statesOf(101)).toEqual(["in_progress", "failure"]);

    const gone = memoryLedger();
    const [unfetchable] = await rollout(
      options({ production: command([4]) }, [change(3, 4)], {
        ledger: gone.ledger,
        versions: versions({ missing: [3] }),
      }),
    );
    expect(unfetchable).toMatchObject({
      result: "rollback-failed",
      rollback: { version: 3, ok: false, summary: "v3 could not be fetched: there is no release churn-v3" },
    });
    expect(gone.created).toHaveLength(1);
  });

  it("skips what a newer commit already deployed, and what this commit already deployed", async () => {
    const memory = memoryLedger();
    const ledger: DeploymentLedger = {
      ...memory.ledger,
      newest: async (_model, environment) =>
        environment === "production"
          ? { id: 9, sha: "f".repeat(40), version: 5, state: "success" }
          : { id: 8, sha: SHA, version: 4, state: "success" },
      relation: async () => "behind",
    };
    const outcomes = await rollout(
      options(
        { production: command(), staging: command() },
        [change(3, 4), { ...change(3, 4), environment: "staging" }],
        {
          ledger,
        },
      ),
    );
    expect(outcomes.map((o) => o.result)).toEqual(["stale", "done"]);
    expect(memory.created).toEqual([]);
  });

  it("asks which file to serve when a one-URI target gets a model of several files", async () => {
    const bin = fs.mkdtempSync(path.join(scratch, "bin-"));
    fs.writeFileSync(path.join(bin, "kubectl"), "#!/bin/sh\nexit 0\n", { mode: 0o755 });
    const memory = memoryLedger();
    const run = rollout(
      options({ production: { target: { kind: "kubernetes", model_format: "sklearn" } } }, [change(3, 4)], {
        ledger: memory.ledger,
        env: { PATH: `${bin}:${process.env.PATH}` },
        versions: versions({ files: ["weights.bin", "config.json"] }),
      }),
    );
    await expect(run).rejects.toThrow(
      "models.churn.deploy.production.target.asset: churn v4 has 2 files (weights.bin, config.json): name the one to serve with target.asset",
    );
    expect(memory.created).toEqual([]);
  });
});
