import fs from "node:fs";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { RepoRef } from "../../lib/github/releases.ts";
import { type VersionMetadata, versionMetadata, versionTag } from "../../lib/registry/version-metadata.ts";
import { runRecord } from "../../lib/runs/run-record.ts";
import type { Sandbox } from "../../sandbox/server.ts";

const baseRecord = runRecord.parse(
  JSON.parse(fs.readFileSync("test/fixtures/reports/candidate-run.json", "utf8")),
);

/** A `trainyard.json` as register writes it, checked by its schema, for a version with these metrics. */
export function versionMetadataFor(
  model: string,
  version: number,
  options: {
    metrics: Record<string, number>;
    slices?: Record<string, Record<string, number>>;
    approvals?: string[];
    pullRequest?: number;
    runId?: number;
  },
): VersionMetadata {
  const modelBytes = `{"model":"${model}","version":${version}}`;
  const runId = options.runId ?? 4000 + version;
  return versionMetadata.parse({
    schemaVersion: 1,
    model,
    version,
    tag: versionTag(model, version),
    registeredAt: `2026-11-2${version % 10}T12:00:00Z`,
    assets: [
      {
        name: "model.json",
        path: "model/model.json",
        size: modelBytes.length,
        sha256: `${version}`.padStart(64, "a"),
      },
    ],
    commit: `${version}`.padStart(40, "c"),
    ...(options.pullRequest
      ? {
          pullRequest: {
            number: options.pullRequest,
            url: `https://github.com/acme/${model}/pull/${options.pullRequest}`,
            approvals: (options.approvals ?? []).map((login) => ({
              login,
              submittedAt: "2026-11-20T09:00:00Z",
            })),
          },
        }
      : {}),
    record: {
      ...baseRecord,
      model,
      run: { ...baseRecord.run, id: runId, url: `https://github.com/acme/${model}/actions/runs/${runId}` },
      metrics: options.metrics,
      slices: options.slices ?? {},
    },
  });
}

/**
 * What register does: a draft Release `<model>-v<N>` with the model file and `trainyard.json`,
 * then published (which is when GitHub sends `release.published`, with the assets). With
 * `publish: false` it stays a draft; `publishRelease` publishes it later.
 */
export async function releaseVersion(
  sandbox: Sandbox,
  github: GitHubClient,
  repo: RepoRef,
  metadata: VersionMetadata,
  options: { publish?: boolean; withMetadata?: boolean } = {},
): Promise<number> {
  const { data: release } = await github.rest.repos.createRelease({
    ...repo,
    tag_name: metadata.tag,
    name: `${metadata.model} v${metadata.version}`,
    body: `Model card of ${metadata.model} v${metadata.version}`,
    draft: true,
  });
  const upload = (name: string, data: string) => uploadAsset(sandbox, github, repo, release.id, name, data);
  await upload("model.json", `{"model":"${metadata.model}","version":${metadata.version}}`);
  if (options.withMetadata !== false) await upload("trainyard.json", JSON.stringify(metadata));
  if (options.publish !== false) await publishRelease(github, repo, release.id);
  return release.id;
}

/** Uploads `data` as the Release's asset `name` (JSON), through the sandbox's uploads host. */
export async function uploadAsset(
  sandbox: Sandbox,
  github: GitHubClient,
  repo: RepoRef,
  releaseId: number,
  name: string,
  data: string,
): Promise<void> {
  await github.rest.repos.uploadReleaseAsset({
    ...repo,
    release_id: releaseId,
    name,
    data,
    headers: { "content-type": "application/json" },
    baseUrl: sandbox.world.urls.uploads,
  });
}

export async function publishRelease(github: GitHubClient, repo: RepoRef, releaseId: number): Promise<void> {
  await github.rest.repos.updateRelease({ ...repo, release_id: releaseId, draft: false });
}
