import fs from "node:fs/promises";
import path from "node:path";
import { DataError, GitHubError } from "../../lib/errors.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { readFileAt } from "../../lib/github/contents.ts";
import { downloadReleaseAsset } from "../../lib/github/releases.ts";
import { fetchVersionFiles } from "../../lib/github/version-files.ts";
import { latestRunWithArtifact } from "../../lib/github/workflow-runs.ts";
import { type Metrics, readMetrics } from "../../lib/metrics/read.ts";
import { DEPLOYMENTS_FILE, deployedVersion, parseDeployments } from "../../lib/registry/deployments.ts";
import {
  VERSION_METADATA_ASSET,
  type VersionMetadata,
  versionMetadata,
  versionTag,
} from "../../lib/registry/version-metadata.ts";
import { type FileDigest, type RunRecord, runRecord } from "../../lib/runs/run-record.ts";
import { commandEnvironment, runCommand } from "../../lib/train/command.ts";
import { RUN_RECORD_FILE, trainingArtifactPrefix } from "../../lib/train/record.ts";
import * as z from "../../lib/zod.ts";
import type { ArtifactStore } from "../artifacts.ts";

export type Baseline =
  | {
      source: "production";
      label: string;
      version: number;
      metadata: VersionMetadata;
      metrics: Metrics;
      slices: Record<string, Metrics>;
    }
  | {
      source: "base-branch";
      label: string;
      record: RunRecord;
      metrics: Metrics;
      slices: Record<string, Metrics>;
    };

export interface BaselineSearch {
  github: GitHubClient;
  owner: string;
  repo: string;
  model: string;
  /** The branch the pull request goes into. */
  baseBranch: string;
  token: string;
  artifacts: ArtifactStore | undefined;
  tempDir: string;
}

/**
 * What the candidate is compared with: the model in production (by `.trainyard/deployments.yml`
 * on the base branch and that version's Release metadata), else the base branch's latest training
 * run of the model, else nothing (a first model).
 */
export async function findBaseline(search: BaselineSearch): Promise<Baseline | undefined> {
  const repo = { owner: search.owner, repo: search.repo };
  const text = await readFileAt(search.github, { ...repo, path: DEPLOYMENTS_FILE, ref: search.baseBranch });
  const version =
    text === undefined
      ? undefined
      : deployedVersion(
          parseDeployments(text, `${DEPLOYMENTS_FILE}@${search.baseBranch}`),
          search.model,
          "production",
        );
  if (version !== undefined) {
    const tag = versionTag(search.model, version);
    const bytes = await downloadReleaseAsset(search.github, repo, tag, VERSION_METADATA_ASSET);
    if (!bytes)
      throw new GitHubError(
        `${DEPLOYMENTS_FILE} on ${search.baseBranch} puts ${search.model} v${version} in production, but release ${tag} has no ${VERSION_METADATA_ASSET}`,
      );
    const metadata = parseJsonAs(versionMetadata, bytes, `${tag}/${VERSION_METADATA_ASSET}`);
    return {
      source: "production",
      label: `production v${version}`,
      version,
      metadata,
      metrics: metadata.record.metrics,
      slices: metadata.record.slices,
    };
  }
  if (!search.artifacts) return undefined;
  const run = await latestRunWithArtifact(
    search.github,
    repo,
    search.baseBranch,
    trainingArtifactPrefix(search.model),
  );
  if (!run) return undefined;
  const dir = await fs.mkdtemp(path.join(search.tempDir, "baseline-"));
  await search.artifacts.download(run.artifactName, dir, { ...repo, runId: run.runId, token: search.token });
  const record = parseJsonAs(
    runRecord,
    await readOrFail(path.join(dir, RUN_RECORD_FILE), `${run.artifactName}/${RUN_RECORD_FILE}`),
    `${run.artifactName}/${RUN_RECORD_FILE}`,
  );
  return {
    source: "base-branch",
    label: `${search.baseBranch}@${run.headSha.slice(0, 7)}`,
    record,
    metrics: record.metrics,
    slices: record.slices,
  };
}

export interface Scored {
  metrics: Metrics;
  /** The predictions file the evaluation command wrote, if it wrote one. */
  predictions: string | undefined;
}

/**
 * Champion/challenger: the user's evaluation command scores the production model (its Release
 * assets, each checked against its recorded digest first) and the candidate on the same data.
 */
export async function scoreBoth(options: {
  command: string;
  model: string;
  workspace: string;
  candidateFiles: FileDigest[];
  /** Where the candidate's files are, at their recorded paths. */
  candidateRoot: string;
  production: Extract<Baseline, { source: "production" }>;
  github: GitHubClient;
  owner: string;
  repo: string;
  tempDir: string;
  onLine: (line: string) => void;
}): Promise<{ candidate: Scored; production: Scored }> {
  const productionDir = await fs.mkdtemp(path.join(options.tempDir, "production-model-"));
  await fetchVersionFiles(
    options.github,
    { owner: options.owner, repo: options.repo },
    options.production.metadata,
    productionDir,
  );
  const candidateDir = await fs.mkdtemp(path.join(options.tempDir, "candidate-model-"));
  for (const file of options.candidateFiles)
    await writeInto(candidateDir, file.path, await fs.readFile(path.join(options.candidateRoot, file.path)));

  const score = async (role: "candidate" | "production", modelDir: string): Promise<Scored> => {
    const outputDir = await fs.mkdtemp(path.join(options.tempDir, `${role}-scores-`));
    const env = {
      ...commandEnvironment(process.env),
      MODEL_NAME: options.model,
      MODEL_ROLE: role,
      MODEL_PATH: modelDir,
      OUTPUT_DIR: outputDir,
    };
    const result = await runCommand({
      command: options.command,
      cwd: options.workspace,
      env,
      onLine: options.onLine,
    });
    if (result.exitCode !== 0)
      throw new DataError(
        `the evaluation command failed on the ${role} model (exit ${result.exitCode}):\n${result.tail.slice(-20).join("\n")}`,
        { field: "evaluate.command" },
      );
    const metrics = await readMetrics(
      path.join(outputDir, "metrics.json"),
      `$OUTPUT_DIR/metrics.json (${role})`,
    );
    const found = await Promise.all(
      ["predictions.csv", "predictions.jsonl"].map(async (name) =>
        (await exists(path.join(outputDir, name))) ? path.join(outputDir, name) : undefined,
      ),
    );
    return { metrics, predictions: found.find(Boolean) };
  };
  return {
    production: await score("production", productionDir),
    candidate: await score("candidate", candidateDir),
  };
}

function parseJsonAs<S extends z.core.$ZodType>(schema: S, bytes: Buffer, name: string): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new DataError(`not JSON: ${(error as Error).message}`, { file: name });
  }
  const parsed = z.safeParse(schema, data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(`${issue?.message ?? "invalid"}`, { file: name, field: issue?.path.join(".") ?? "" });
  }
  return parsed.data;
}

async function readOrFail(file: string, name: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch {
    throw new DataError("not found in the artifact", { file: name });
  }
}

async function writeInto(dir: string, relative: string, bytes: Buffer): Promise<void> {
  const target = path.join(dir, ...relative.split("/"));
  if (!target.startsWith(dir + path.sep))
    throw new DataError(`path ${relative} leaves the model folder`, { field: "assets" });
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes);
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
