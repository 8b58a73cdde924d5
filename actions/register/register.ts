import fs from "node:fs/promises";
import path from "node:path";
import { CONFIG_FILE, loadTrainyardConfig, parseTrainyardConfig } from "../../lib/config/trainyard-config.ts";
import { buildDataProfile, type DataProfile } from "../../lib/drift/profile.ts";
import { ConfigError, DataError, GitHubError, PolicyError } from "../../lib/errors.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { readFileAt } from "../../lib/github/contents.ts";
import {
  type CandidateKey,
  claimNextVersion,
  createDraftVersion,
  deleteDraft,
  findRegistration,
  listModelReleases,
  type ModelRelease,
  publishVersion,
  versionMarker,
} from "../../lib/github/model-versions.ts";
import {
  gatherApprovalFacts,
  type MergedPullRequest,
  mergedPullRequest,
  mergedPullRequestFor,
} from "../../lib/github/pull-approvals.ts";
import { createReleaseStore, type ReleaseStore } from "../../lib/github/release-store.ts";
import { latestRunWithArtifact } from "../../lib/github/workflow-runs.ts";
import { type ApprovalPolicy, judgeApprovals } from "../../lib/registry/approvals.ts";
import { assetEntries, verifyCandidateFiles } from "../../lib/registry/candidate.ts";
import { createModelStore, modelVersionAnnotations } from "../../lib/registry/model-store.ts";
import type { OciCredentials } from "../../lib/registry/oci-store.ts";
import type { RegistryConfig } from "../../lib/registry/registry-config.ts";
import {
  VERSION_METADATA_ASSET,
  type VersionMetadata,
  versionMetadata,
  versionTag,
} from "../../lib/registry/version-metadata.ts";
import { type RunRecord, runRecord } from "../../lib/runs/run-record.ts";
import { loadTableSchema } from "../../lib/schema/load.ts";
import { digestFile } from "../../lib/train/files.ts";
import { RUN_RECORD_FILE, trainingArtifactPrefix } from "../../lib/train/record.ts";
import { renderModelCard } from "../../reports/model-card.ts";
import type { ArtifactStore } from "../artifacts.ts";
import type { AttestationEntry, AttestRequest } from "./attest.ts";

export interface RegisterRequest {
  model: string;
  configFile: string;
  workspace: string;
  tempDir: string;
  github: GitHubClient;
  owner: string;
  repo: string;
  token: string;
  /** The pushed commit (GITHUB_SHA): the merge of the pull request to register. */
  commit: string;
  /** The pull request to register instead, by number (workflow_dispatch). */
  pullRequest: number | undefined;
  artifacts: ArtifactStore;
  data: string[];
  schema: string | undefined;
  ociCredentials: OciCredentials | undefined;
  /** Attest each model file (see README, "Attest model files"); undefined: no attestations. */
  attest?: AttestRequest | undefined;
  run: { id: number; attempt: number; url: string; event: string; serverUrl: string };
  onLine: (line: string) => void;
}

export interface Registration {
  /** False when an earlier run had registered this candidate already. */
  registered: boolean;
  version: number;
  tag: string;
  releaseUrl: string;
  metadata: VersionMetadata;
  card: string;
}

/**
 * Registers the merged pull request's candidate as the model's next version (see README,
 * "Register approved models"): the pull request and its approvals, the candidate and its digests,
 * then the tag, the draft, the files, trainyard.json, and the published Release.
 */
export async function registerVersion(request: RegisterRequest): Promise<Registration> {
  const { github, model, onLine } = request;
  const repo = { owner: request.owner, repo: request.repo };
  const config = await loadTrainyardConfig(path.resolve(request.workspace, request.configFile));
  const registry = config.models[model]?.registry;
  if (!registry)
    throw new ConfigError(
      `no model "${model}" under models: (has ${Object.keys(config.models).join(", ") || "none"})`,
      {
        file: request.configFile,
        field: `models.${model}`,
      },
    );

  const pull =
    request.pullRequest !== undefined
      ? await mergedPullRequest(github, repo, request.pullRequest)
      : await mergedPullRequestFor(github, repo, request.commit);
  if (!pull)
    throw new GitHubError(
      `commit ${request.commit.slice(0, 7)} is not the merge of a pull request: models are registered only from merged, approved pull requests (to register one after the fact, run on workflow_dispatch with pull-request: <number>)`,
    );
  onLine(`pull request #${pull.number} "${pull.title}", merged as ${pull.mergeCommitSha.slice(0, 7)}`);

  const policy = await approvalPolicyAt(github, repo, pull, request.configFile, model);
  const verdict = judgeApprovals(policy, await gatherApprovalFacts(github, repo, pull, policy));
  if (!verdict.approved) throw new PolicyError(`refusing to register ${model} from ${verdict.reason}`);
  onLine(`approvals: ${verdict.basis}`);

  const prefix = trainingArtifactPrefix(model);
  const run = await latestRunWithArtifact(github, repo, { headSha: pull.headSha }, prefix);
  if (!run)
    throw new GitHubError(
      `no successful workflow run left a training artifact of ${model} (${prefix}*) for pull request #${pull.number}'s head ${pull.headSha.slice(0, 7)}: nothing to register`,
    );
  onLine(`candidate: artifact ${run.artifactName} of run ${run.runId}`);
  const key: CandidateKey = { model, runId: run.runId, artifact: run.artifactName, commit: pull.headSha };
  const earlier = findRegistration(await listModelReleases(github, repo, model), key);
  if (earlier && !earlier.draft) return existingVersion(github, repo, earlier, request.tempDir);

  const folder = await fs.mkdtemp(path.join(request.tempDir, "candidate-"));
  await request.artifacts.download(run.artifactName, folder, {
    ...repo,
    runId: run.runId,
    token: request.token,
  });
  const record = await readRecord(
    path.join(folder, RUN_RECORD_FILE),
    `${run.artifactName}/${RUN_RECORD_FILE}`,
  );
  const otherPull = record.git.pullRequest !== undefined && record.git.pullRequest !== pull.number;
  if (record.model !== model || record.run.id !== run.runId || otherPull)
    throw new DataError(
      `the run record is of ${record.model}, run ${record.run.id}${record.git.pullRequest ? `, pull request #${record.git.pullRequest}` : ""}; expected ${model}, run ${run.runId}, pull request #${pull.number}: refusing to register it`,
      { file: `${run.artifactName}/${RUN_RECORD_FILE}` },
    );
  const files = await verifyCandidateFiles(folder, record, run.artifactName);
  onLine(`verified ${files.length} file(s) against the run record's sha256`);
  const dataProfile = await profileData(request);

  let release: ModelRelease;
  if (earlier) {
    release = earlier;
    onLine(`finishing ${release.tag}, which an earlier run of this registration left as a draft`);
  } else {
    const claimed = await claimNextVersion(github, repo, model, pull.mergeCommitSha, {
      onRetry: (tag) =>
        onLine(`${tag} exists already (another registration's, or this one's own): looking again`),
    });
    release = await createDraftVersion(github, repo, claimed, {
      name: `${model} v${claimed.version}`,
      marker: versionMarker(key),
      body: `${versionMarker(key)}\n\nRegistering ${model} v${claimed.version}…`,
      commit: pull.mergeCommitSha,
    });
    onLine(`claimed ${claimed.tag}`);
  }

  const releaseStore = createReleaseStore(github, repo, { tag: release.tag, id: release.id });
  const store =
    registry.store === "oci"
      ? createModelStore("oci", { oci: { config: registry.oci, credentials: request.ociCredentials } })
      : releaseStore;
  // The draft's creation time, so that finishing a registration later stores the same annotations.
  const registeredAt = release.createdAt;
  const annotations = modelVersionAnnotations({
    model,
    version: release.version,
    created: registeredAt,
    source: `${request.run.serverUrl}/${repo.owner}/${repo.repo}`,
    revision: pull.mergeCommitSha,
  });
  const locations = await store.put(release.tag, files, annotations);
  onLine(
    `stored ${files.length} file(s) as ${registry.store === "oci" ? `OCI artifact ${registry.oci?.repository}:${release.tag}` : "release assets"}`,
  );

  const attestations: AttestationEntry[] | undefined = request.attest
    ? await (await import("./attest.ts")).attestFiles(
        github,
        repo,
        assetEntries(files),
        request.attest,
        onLine,
      )
    : undefined;

  const metadata = await storeMetadata(releaseStore, release, request.tempDir, () =>
    versionMetadata.parse({
      schemaVersion: 1,
      model,
      version: release.version,
      tag: release.tag,
      registeredAt,
      commit: pull.mergeCommitSha,
      assets: assetEntries(files).map((asset) => ({ ...asset, location: locations.get(asset.name) })),
      pullRequest: {
        number: pull.number,
        url: pull.url,
        title: pull.title,
        author: pull.author,
        headSha: pull.headSha,
        mergedAt: pull.mergedAt,
        ...(pull.mergedBy ? { mergedBy: pull.mergedBy } : {}),
        approvals: verdict.approvals,
        approvalRule: verdict.basis,
      },
      source: { runId: run.runId, artifact: run.artifactName },
      registration: {
        runId: request.run.id,
        runAttempt: request.run.attempt,
        url: request.run.url,
        event: request.run.event,
      },
      record,
      ...(attestations ? { attestations } : {}),
      ...(dataProfile ? { dataProfile } : {}),
    }),
  );
  const card = await modelCard(request, registry, metadata, pull, versionMarker(key));
  const published = await publishVersion(github, repo, release, card);
  if (!published) {
    // A twin registration of this same candidate published the tag first: that version stands.
    await deleteDraft(github, repo, release);
    const twin = findRegistration(await listModelReleases(github, repo, model), key);
    if (!twin || twin.draft)
      throw new GitHubError(`release ${release.tag} was published by someone else meanwhile`);
    return existingVersion(github, repo, twin, request.tempDir);
  }
  return {
    registered: true,
    version: release.version,
    tag: release.tag,
    releaseUrl: published.url,
    metadata,
    card,
  };
}

/**
 * Who may approve, as the pull request's base commit says (its `.github/trainyard.yml`): a pull
 * request cannot lift the rule that judges it. A base without the file, or without the model,
 * gets the defaults (approvals required, by code owners or anyone who can push).
 */
async function approvalPolicyAt(
  github: GitHubClient,
  repo: { owner: string; repo: string },
  pull: MergedPullRequest,
  configFile: string,
  model: string,
): Promise<ApprovalPolicy> {
  const file = path.posix.normalize(configFile.split(path.sep).join("/")).replace(/^\.\//, "") || CONFIG_FILE;
  const text = await readFileAt(github, { ...repo, path: file, ref: pull.baseSha });
  const approvals = text
    ? parseTrainyardConfig(text, `${file}@${pull.baseSha.slice(0, 7)}`).models[model]?.registry.approvals
    : undefined;
  return approvals ?? { required: true, approvers: [] };
}

async function existingVersion(
  github: GitHubClient,
  repo: { owner: string; repo: string },
  release: ModelRelease,
  tempDir: string,
): Promise<Registration> {
  const file = path.join(await fs.mkdtemp(path.join(tempDir, "existing-")), VERSION_METADATA_ASSET);
  const store = createReleaseStore(github, repo, { tag: release.tag, id: release.id });
  const metadata = await readMetadata(store, file, release.tag);
  if (!metadata) throw new GitHubError(`release ${release.tag} has no ${VERSION_METADATA_ASSET}`);
  return {
    registered: false,
    version: release.version,
    tag: release.tag,
    releaseUrl: release.url,
    metadata,
    card: release.body,
  };
}

/**
 * Uploads trainyard.json last, after the model files. A draft an earlier run left may hold it
 * already: that one is the record of this registration and is kept as it is.
 */
async function storeMetadata(
  store: ReleaseStore,
  release: ModelRelease,
  tempDir: string,
  build: () => VersionMetadata,
): Promise<VersionMetadata> {
  const file = path.join(tempDir, VERSION_METADATA_ASSET);
  const earlier = await readMetadata(store, file, release.tag);
  if (earlier) return earlier;
  const metadata = build();
  await fs.writeFile(file, `${JSON.stringify(metadata, null, 2)}\n`);
  const digest = await digestFile(file);
  await store.put(release.tag, [{ name: VERSION_METADATA_ASSET, path: file, ...digest }], {});
  return metadata;
}

async function readMetadata(
  store: ReleaseStore,
  file: string,
  tag: string,
): Promise<VersionMetadata | undefined> {
  if (!(await store.fetch(VERSION_METADATA_ASSET, file))) return undefined;
  const parsed = versionMetadata.safeParse(JSON.parse(await fs.readFile(file, "utf8")));
  if (!parsed.success)
    throw new DataError(`not a model version's metadata: ${parsed.error.issues[0]?.message}`, {
      file: `${tag}/${VERSION_METADATA_ASSET}`,
    });
  return parsed.data;
}

async function readRecord(file: string, name: string): Promise<RunRecord> {
  const text = await fs.readFile(file, "utf8").catch(() => {
    throw new DataError("not found in the artifact", { file: name });
  });
  const parsed = runRecord.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(`not a run record: ${issue?.message}`, {
      file: name,
      field: issue?.path.join(".") ?? "",
    });
  }
  return parsed.data;
}

async function profileData(request: RegisterRequest): Promise<DataProfile | undefined> {
  if (request.data.length === 0) return undefined;
  const schema = request.schema
    ? await loadTableSchema(path.resolve(request.workspace, request.schema))
    : undefined;
  const profile = await buildDataProfile(request.data, {
    cwd: request.workspace,
    ...(schema ? { schema } : {}),
  });
  request.onLine(`profiled ${profile.rows} rows of ${profile.features.length} features for drift checks`);
  return profile;
}

async function modelCard(
  request: RegisterRequest,
  registry: RegistryConfig,
  metadata: VersionMetadata,
  pull: MergedPullRequest,
  marker: string,
): Promise<string> {
  const templateFile = path.resolve(request.workspace, registry.model_card);
  const text = await fs.readFile(templateFile, "utf8").catch(() => undefined);
  const profile = metadata.dataProfile as DataProfile | undefined;
  return renderModelCard({
    model: metadata.model,
    version: metadata.version,
    tag: versionTag(metadata.model, metadata.version),
    record: metadata.record,
    assets: metadata.assets,
    commit: metadata.commit ?? pull.mergeCommitSha,
    pullRequest: {
      number: pull.number,
      title: pull.title,
      url: pull.url,
      author: pull.author,
      mergedBy: pull.mergedBy,
      approvals: metadata.pullRequest?.approvals ?? [],
      basis: metadata.pullRequest?.approvalRule ?? "",
    },
    dataProfile: profile ? { rows: profile.rows, columns: profile.features.length } : undefined,
    registrationUrl: metadata.registration?.url,
    template: text === undefined ? undefined : { text, file: registry.model_card },
    marker,
  });
}
