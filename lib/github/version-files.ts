import path from "node:path";
import { DataError, GitHubError } from "../errors.ts";
import { createModelStore, locationOf } from "../registry/model-store.ts";
import type { OciStoreOptions } from "../registry/oci-store.ts";
import {
  VERSION_METADATA_ASSET,
  type VersionMetadata,
  versionMetadata,
  versionTag,
} from "../registry/version-metadata.ts";
import type { GitHubClient } from "./client.ts";
import { createReleaseStore } from "./release-store.ts";
import type { RepoRef } from "./releases.ts";

/**
 * A registered model version brought onto this machine: its `trainyard.json`, and each of its
 * files fetched from where it is stored (a Release asset or an OCI registry's layer) and checked
 * against the sha256 recorded at registration before it is kept. Nothing that does not match
 * reaches the folder: the store refuses it, naming the file and both digests.
 */
export interface FetchedVersionFile {
  name: string;
  /** Its path inside the folder (the path it was trained at). */
  path: string;
  size: number;
  sha256: string;
  /** Where it can be fetched from again: the asset's download URL, or `oci://registry/repository@layer`. */
  url: string;
}

export interface FetchedVersion {
  metadata: VersionMetadata;
  tag: string;
  files: FetchedVersionFile[];
  /** `oci://registry/repository@sha256:…` when every file is a layer of one OCI artifact. */
  ociArtifact: string | undefined;
}

/** The version's `trainyard.json`, checked; a GitHubError when the Release or the asset is missing. */
export async function readVersionMetadata(
  github: GitHubClient,
  repo: RepoRef,
  model: string,
  version: number,
): Promise<{ metadata: VersionMetadata; assetUrls: Map<string, string> }> {
  const tag = versionTag(model, version);
  let release: Awaited<ReturnType<GitHubClient["rest"]["repos"]["getReleaseByTag"]>>["data"];
  try {
    ({ data: release } = await github.rest.repos.getReleaseByTag({ ...repo, tag }));
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      throw new GitHubError(`${model} v${version} is not registered: there is no release ${tag}`, {
        status: 404,
      });
    throw error;
  }
  const asset = release.assets.find((a) => a.name === VERSION_METADATA_ASSET);
  if (!asset)
    throw new GitHubError(`release ${tag} has no ${VERSION_METADATA_ASSET}: it is not a model version`);
  const { data } = await github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    ...repo,
    asset_id: asset.id,
    headers: { accept: "application/octet-stream" },
  });
  const raw = data as unknown;
  const bytes = typeof raw === "string" ? Buffer.from(raw) : Buffer.from(raw as ArrayBuffer);
  const where = `${tag}/${VERSION_METADATA_ASSET}`;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new DataError(`not JSON: ${(error as Error).message}`, { file: where });
  }
  const parsed = versionMetadata.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(issue?.message ?? "invalid", { file: where, field: issue?.path.join(".") ?? "" });
  }
  if (parsed.data.model !== model || parsed.data.version !== version)
    throw new DataError(`describes ${parsed.data.model} v${parsed.data.version}, not ${model} v${version}`, {
      file: where,
    });
  return {
    metadata: parsed.data,
    assetUrls: new Map(release.assets.map((a) => [a.name, a.browser_download_url])),
  };
}

/**
 * Fetches every file of a version into `folder` (at its path there), each checked against its
 * recorded sha256 as it is written. Files of an OCI-stored version need `oci` (credentials).
 */
export async function fetchVersion(
  github: GitHubClient,
  repo: RepoRef,
  model: string,
  version: number,
  folder: string,
  options: { oci?: OciStoreOptions } = {},
): Promise<FetchedVersion> {
  const { metadata, assetUrls } = await readVersionMetadata(github, repo, model, version);
  return fetchVersionFiles(github, repo, metadata, folder, { ...options, assetUrls });
}

/** The files of a version whose metadata is already read (e.g. the production baseline's). */
export async function fetchVersionFiles(
  github: GitHubClient,
  repo: RepoRef,
  metadata: VersionMetadata,
  folder: string,
  options: { oci?: OciStoreOptions; assetUrls?: Map<string, string> } = {},
): Promise<FetchedVersion> {
  const tag = versionTag(metadata.model, metadata.version);
  const stores = {
    release: () => createReleaseStore(github, repo, { tag }),
    oci: () => createModelStore("oci", { oci: options.oci ?? {} }),
  };
  const files: FetchedVersionFile[] = [];
  const manifests = new Set<string>();
  for (const asset of metadata.assets) {
    const location = locationOf(asset);
    await stores[location.kind]().get(asset.name, location, asset.sha256, insideFolder(folder, asset.path));
    let url: string;
    if (location.kind === "oci") {
      url = `oci://${location.registry}/${location.repository}@${location.layerDigest}`;
      manifests.add(`oci://${location.registry}/${location.repository}@${location.manifestDigest}`);
    } else url = options.assetUrls?.get(asset.name) ?? "";
    files.push({ name: asset.name, path: asset.path, size: asset.size, sha256: asset.sha256, url });
  }
  const onlyOci = files.length > 0 && files.every((file) => file.url.startsWith("oci://"));
  return {
    metadata,
    tag,
    files,
    ociArtifact: onlyOci && manifests.size === 1 ? [...manifests][0] : undefined,
  };
}

/** `folder/<relative>`, refusing a recorded path that would leave the folder. */
function insideFolder(folder: string, relative: string): string {
  const target = path.resolve(folder, ...relative.split("/"));
  if (!target.startsWith(path.resolve(folder) + path.sep))
    throw new DataError(`path ${relative} leaves the model folder`, { field: "assets" });
  return target;
}
