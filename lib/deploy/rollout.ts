import path from "node:path";
import { ConfigError } from "../errors.ts";
import type { DeployConfig, EnvironmentDeployConfig } from "./config.ts";
import {
  fillPlaceholders,
  type PlaceholderValues,
  placeholderProblem,
  sampleValues,
} from "./placeholders.ts";
import { type DeploymentChange, modelDigest } from "./plan.ts";
import { runSmokeTest, type SmokeResult, smokeTestProblem } from "./smoke-test.ts";
import { type CommitRelation, judgeFreshness, type NewestDeployment } from "./stale.ts";
import {
  deployToTarget,
  describeTarget,
  preflightTarget,
  targetRequiresStorageUri,
} from "./targets/registry.ts";
import type { DeployRequest, TargetRun, VersionFile } from "./targets/target.ts";

/**
 * A push to deployments.yml carried out: for each changed model and environment, in order, the
 * new version is checked, recorded as a GitHub Deployment, put in place by the environment's
 * target, and proved by the smoke test; when either fails, the previous version goes back the
 * same way. GitHub is reached only through the two ports below, so this file never sees Octokit.
 */

/** GitHub Deployments, as far as a rollout uses them (lib/github/deployments.ts implements it). */
export interface DeploymentLedger {
  /** The newest deployment of `model` to `environment`, with its latest status. */
  newest(model: string, environment: string): Promise<NewestDeployment | undefined>;
  /** How `sha` relates to `deployedSha` (GitHub's compare status with the deployed commit as base). */
  relation(deployedSha: string, sha: string): Promise<CommitRelation>;
  committedAt(sha: string): Promise<string | undefined>;
  create(deployment: NewDeployment): Promise<number>;
  setStatus(id: number, status: StatusUpdate): Promise<void>;
  /** Marks the earlier successful deployments of the model there `inactive`, keeping `keepId`. */
  retireEarlier(model: string, environment: string, keepId: number): Promise<void>;
}

export interface NewDeployment {
  model: string;
  environment: string;
  sha: string;
  description: string;
  payload: Record<string, unknown>;
}

export interface StatusUpdate {
  state: "in_progress" | "success" | "failure" | "error";
  description: string;
  environmentUrl?: string;
}

/** A registered version fetched into a folder, each file checked against its recorded digest. */
export interface VersionSource {
  fetch(
    model: string,
    version: number,
    folder: string,
  ): Promise<{ files: VersionFile[]; ociArtifact?: string | undefined }>;
}

export type DeployResult =
  | "deployed"
  | "done"
  | "stale"
  | "removed"
  | "failed"
  | "rolled-back"
  | "rollback-failed";

/** How one try of putting a version in place went. */
export interface Attempt {
  ok: boolean;
  /** Where it failed. */
  stage?: "target" | "smoke-test";
  summary: string;
  targetLog: string[];
  smoke?: SmokeResult;
  environmentUrl?: string;
}

export interface DeployOutcome {
  model: string;
  environment: string;
  from: number | undefined;
  to: number | undefined;
  result: DeployResult;
  /** One line: why it was skipped, what failed, or where it runs. */
  reason: string;
  target?: string;
  deploymentId?: number;
  environmentUrl?: string;
  digest?: string;
  /** The failed attempt of the new version. */
  failure?: Attempt;
  rollback?: { version: number; deploymentId?: number; ok: boolean; summary: string; attempt?: Attempt };
}

export interface RolloutOptions {
  changes: DeploymentChange[];
  /** `models.<name>.deploy` of the config, by model. */
  deployConfig: (model: string) => DeployConfig | undefined;
  configFile: string;
  repository: string;
  /** The pushed commit: the ref every Deployment of this run is made for. */
  sha: string;
  workspace: string;
  /** Where versions are fetched to (one folder each). */
  tempDir: string;
  env: NodeJS.ProcessEnv;
  httpSecret: string | undefined;
  ledger: DeploymentLedger;
  versions: VersionSource;
  onLine: (line: string) => void;
  /**
   * How long to wait for an older commit's deployment that is still in progress to end before
   * deploying over it (default 5 min), and how often to look (default 2 s).
   */
  waitForOlder?: { timeoutMs: number; pollMs: number };
}

interface Planned {
  change: DeploymentChange & { to: number };
  settings: EnvironmentDeployConfig;
}

export async function rollout(options: RolloutOptions): Promise<DeployOutcome[]> {
  const outcomes = new Map<DeploymentChange, DeployOutcome>();
  const run: TargetRun = {
    workspace: options.workspace,
    env: options.env,
    onLine: options.onLine,
    httpSecret: options.httpSecret,
  };

  // 1. Config: every change must have a target, and every target must be ready to run.
  const planned: Planned[] = [];
  const problems: string[] = [];
  for (const change of options.changes) {
    if (change.to === undefined) {
      outcomes.set(change, {
        ...change,
        result: "removed",
        reason: `removed from deployments.yml: v${change.from} is left running (Trainyard does not tear environments down)`,
      });
      continue;
    }
    const settings = options.deployConfig(change.model)?.[change.environment];
    if (!settings) {
      problems.push(
        `models.${change.model}.deploy.${change.environment}: deployments.yml asks for ${change.model} v${change.to} in ${change.environment}, but no target is configured there`,
      );
      continue;
    }
    const where = `models.${change.model}.deploy.${change.environment}`;
    const problem =
      (await preflightTarget(settings.target, run)) ??
      (settings.url
        ? placeholderProblem(() => fillPlaceholders(settings.url as string, sampleValues(), "url"))
        : undefined) ??
      (settings.smoke_test ? smokeTestProblem(settings.smoke_test) : undefined);
    if (problem) problems.push(`${where}: ${problem}`);
    // The change itself (not a copy): it keys the outcomes.
    planned.push({ change: change as Planned["change"], settings });
  }
  if (problems.length > 0)
    throw new ConfigError(
      `cannot deploy, nothing was touched:\n${problems.map((p) => `- ${p}`).join("\n")}`,
      {
        file: options.configFile,
      },
    );

  // 2. Stale runs never win: skip what a newer commit already deployed.
  const fresh: Planned[] = [];
  for (const item of planned) {
    const { model, environment, to } = item.change;
    const freshness = await judge(options, model, environment, to);
    if (freshness.verdict === "go") fresh.push(item);
    else
      outcomes.set(item.change, {
        ...item.change,
        result: freshness.verdict,
        reason: freshness.reason,
        target: describeTarget(item.settings.target),
      });
    options.onLine(`${model} → ${environment}: ${freshness.verdict} (${freshness.reason})`);
  }

  // 3. Every new version fetched and checked before the first deployment is made.
  const fetched = new Map<Planned, Fetched>();
  for (const item of fresh) {
    const { model, to } = item.change;
    options.onLine(`fetching ${model} v${to} and checking its files' digests`);
    fetched.set(item, await fetchChecked(options, item, to));
  }

  // 4. Deploy, prove, roll back.
  for (const item of fresh)
    outcomes.set(item.change, await deployOne(options, run, item, fetched.get(item) as Fetched));
  return options.changes.map((change) => outcomes.get(change) as DeployOutcome);
}

interface Fetched {
  version: number;
  folder: string;
  files: VersionFile[];
  digest: string;
  storageUri: string;
}

async function fetchChecked(options: RolloutOptions, item: Planned, version: number): Promise<Fetched> {
  const { model } = item.change;
  const folder = path.join(options.tempDir, `${model}-v${version}`);
  const { files, ociArtifact } = await options.versions.fetch(model, version, folder);
  const target = item.settings.target;
  const named = target.kind === "kubernetes" ? target.asset : undefined;
  let storageUri = ociArtifact ?? "";
  if (!storageUri && named) {
    const file = files.find((f) => f.name === named || f.path === named);
    if (!file)
      throw new ConfigError(
        `target.asset "${named}" is not a file of ${model} v${version} (it has ${files.map((f) => f.name).join(", ")})`,
        { field: `models.${model}.deploy.${item.change.environment}.target.asset` },
      );
    storageUri = file.url;
  } else if (!storageUri && files.length === 1) storageUri = files[0]?.url ?? "";
  if (!storageUri && targetRequiresStorageUri(target))
    throw new ConfigError(
      `${model} v${version} has ${files.length} files (${files.map((f) => f.name).join(", ")}): name the one to serve with target.asset`,
      { field: `models.${model}.deploy.${item.change.environment}.target.asset` },
    );
  return { version, folder, files, digest: modelDigest(files), storageUri };
}

async function judge(options: RolloutOptions, model: string, environment: string, version: number) {
  const newest = await options.ledger.newest(model, environment);
  if (!newest || newest.sha === options.sha)
    return judgeFreshness({ sha: options.sha, version, newest, relation: newest ? "identical" : undefined });
  const relation = await options.ledger.relation(newest.sha, options.sha);
  const dates =
    relation === "diverged"
      ? {
          pushedAt: await options.ledger.committedAt(options.sha),
          deployedAt: await options.ledger.committedAt(newest.sha),
        }
      : {};
  return judgeFreshness({ sha: options.sha, version, newest, relation, ...dates });
}

async function awaitTurn(
  options: RolloutOptions,
  model: string,
  environment: string,
  version: number,
  say: (line: string) => void,
) {
  const { timeoutMs, pollMs } = options.waitForOlder ?? { timeoutMs: 5 * 60_000, pollMs: 2000 };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const freshness = await judge(options, model, environment, version);
    if (freshness.verdict !== "go") {
      say(`${freshness.verdict}: ${freshness.reason}`);
      return freshness;
    }
    const newest = await options.ledger.newest(model, environment);
    const olderInProgress =
      newest !== undefined &&
      newest.sha !== options.sha &&
      (newest.state === undefined || newest.state === "in_progress" || newest.state === "queued");
    if (!olderInProgress) return freshness;
    if (Date.now() >= deadline) {
      say(`deployment ${newest.id} of ${newest.sha.slice(0, 7)} is still in progress; deploying anyway`);
      return freshness;
    }
    say(`waiting for deployment ${newest.id} of the older ${newest.sha.slice(0, 7)} to end`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

async function deployOne(
  options: RolloutOptions,
  run: TargetRun,
  item: Planned,
  fetched: Fetched,
): Promise<DeployOutcome> {
  const { model, environment, from, to } = item.change;
  const { ledger } = options;
  const say = (line: string) => options.onLine(`[${model} → ${environment}] ${line}`);
  const target = describeTarget(item.settings.target);
  const base = { model, environment, from, to, target, digest: fetched.digest };

  // A newer commit may have deployed while this run fetched: judge again just before writing.
  // An older commit still deploying is waited for, so its script cannot end after this one's.
  const turn = await awaitTurn(options, model, environment, to, say);
  if (turn.verdict !== "go") return { ...base, result: turn.verdict, reason: turn.reason };

  const id = await ledger.create({
    model,
    environment,
    sha: options.sha,
    description: `${model} v${to}${from !== undefined ? ` (was v${from})` : ""}`,
    payload: {
      model,
      version: to,
      digest: fetched.digest,
      ...(from !== undefined ? { previous_version: from } : {}),
    },
  });
  await ledger.setStatus(id, {
    state: "in_progress",
    description: `Deploying ${model} v${to} with ${target}`,
  });
  say(`deployment ${id}: v${to} with ${target}`);
  const attempt = await putInPlace(options, run, item, fetched, id, false, say);
  if (attempt.ok) {
    await ledger.setStatus(id, {
      state: "success",
      description: `${model} v${to} is live`,
      ...(attempt.environmentUrl ? { environmentUrl: attempt.environmentUrl } : {}),
    });
    await ledger.retireEarlier(model, environment, id);
    say(`v${to} is live${attempt.environmentUrl ? ` at ${attempt.environmentUrl}` : ""}`);
    return {
      ...base,
      result: "deployed",
      reason: attempt.summary,
      deploymentId: id,
      ...(attempt.environmentUrl ? { environmentUrl: attempt.environmentUrl } : {}),
    };
  }

  const failed = { ...base, deploymentId: id, failure: attempt };
  const canRollBack = item.settings.rollback && from !== undefined;
  await ledger.setStatus(id, {
    state: "failure",
    description: `${attempt.stage === "smoke-test" ? "Smoke test" : "Deploy"} failed${canRollBack ? `; rolling back to v${from}` : ""}`,
  });
  say(`v${to} failed (${attempt.stage}): ${attempt.summary}`);
  if (!item.settings.rollback)
    return { ...failed, result: "failed", reason: `${attempt.summary}; rollback is off for ${environment}` };
  if (from === undefined)
    return {
      ...failed,
      result: "failed",
      reason: `${attempt.summary}; nothing to roll back to: this was ${model}'s first deployment to ${environment}`,
    };

  say(`rolling back to v${from}`);
  let previous: Fetched;
  try {
    previous = await fetchChecked(options, item, from);
  } catch (error) {
    const summary = `v${from} could not be fetched: ${(error as Error).message}`;
    say(summary);
    return {
      ...failed,
      result: "rollback-failed",
      reason: attempt.summary,
      rollback: { version: from, ok: false, summary },
    };
  }
  const rollbackId = await ledger.create({
    model,
    environment,
    sha: options.sha,
    description: `${model}: back to v${from} after v${to} failed`,
    payload: { model, version: from, digest: previous.digest, rollback_of: id, failed_version: to },
  });
  await ledger.setStatus(rollbackId, {
    state: "in_progress",
    description: `Rolling back to ${model} v${from}`,
  });
  const restored = await putInPlace(options, run, item, previous, rollbackId, true, say);
  await ledger.setStatus(rollbackId, {
    state: restored.ok ? "success" : "failure",
    description: restored.ok ? `${model} v${from} is back` : `Rollback to v${from} failed too`,
    ...(restored.ok && restored.environmentUrl ? { environmentUrl: restored.environmentUrl } : {}),
  });
  if (restored.ok) await ledger.retireEarlier(model, environment, rollbackId);
  say(restored.ok ? `v${from} is back` : `rollback to v${from} failed: ${restored.summary}`);
  return {
    ...failed,
    result: restored.ok ? "rolled-back" : "rollback-failed",
    reason: attempt.summary,
    ...(restored.ok && restored.environmentUrl ? { environmentUrl: restored.environmentUrl } : {}),
    rollback: {
      version: from,
      deploymentId: rollbackId,
      ok: restored.ok,
      summary: restored.summary,
      attempt: restored,
    },
  };
}

/** Target, then smoke test. */
async function putInPlace(
  options: RolloutOptions,
  run: TargetRun,
  item: Planned,
  fetched: Fetched,
  deploymentId: number,
  rollback: boolean,
  say: (line: string) => void,
): Promise<Attempt> {
  const { model, environment } = item.change;
  const placeholders: PlaceholderValues = {
    MODEL_NAME: model,
    MODEL_VERSION: String(fetched.version),
    MODEL_DIGEST: fetched.digest,
    DEPLOY_ENVIRONMENT: environment,
    STORAGE_URI: fetched.storageUri,
    DEPLOYMENT_ID: String(deploymentId),
  };
  const request: DeployRequest = {
    model,
    version: fetched.version,
    environment,
    digest: fetched.digest,
    modelDir: fetched.folder,
    files: fetched.files,
    storageUri: fetched.storageUri,
    deploymentId,
    repository: options.repository,
    commit: options.sha,
    rollback,
    placeholders,
  };
  const lined = { ...run, onLine: (line: string) => say(`  ${line}`) };
  let outcome: Awaited<ReturnType<typeof deployToTarget>>;
  try {
    outcome = await deployToTarget(item.settings.target, request, lined);
  } catch (error) {
    outcome = { ok: false, summary: (error as Error).message, log: [] };
  }
  const configuredUrl = item.settings.url
    ? fillPlaceholders(item.settings.url, placeholders, "url")
    : undefined;
  const environmentUrl = outcome.environmentUrl ?? configuredUrl;
  const found = environmentUrl ? { environmentUrl } : {};
  if (!outcome.ok)
    return { ok: false, stage: "target", summary: outcome.summary, targetLog: outcome.log, ...found };
  say(outcome.summary);
  if (!item.settings.smoke_test)
    return { ok: true, summary: outcome.summary, targetLog: outcome.log, ...found };
  const smoke = await runSmokeTest(item.settings.smoke_test, placeholders, {
    onLine: (line) => say(`  ${line}`),
  });
  const last = smoke.checks.at(-1);
  return smoke.ok
    ? {
        ok: true,
        summary: `smoke test passed (${smoke.attempts} attempt${smoke.attempts === 1 ? "" : "s"})`,
        targetLog: outcome.log,
        smoke,
        ...found,
      }
    : {
        ok: false,
        stage: "smoke-test",
        summary:
          `smoke test failed after ${smoke.attempts} attempt${smoke.attempts === 1 ? "" : "s"}: ${last?.request ?? ""} ${last?.problem ?? ""}`.trim(),
        targetLog: outcome.log,
        smoke,
        ...found,
      };
}
