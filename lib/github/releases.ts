import { GitHubError, isTrainyardError } from "../errors.ts";
import {
  parseVersionMetadata,
  parseVersionTag,
  VERSION_METADATA_ASSET,
  type VersionMetadata,
} from "../registry/version-metadata.ts";
import type { GitHubClient } from "./client.ts";

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The bytes of a release's asset, found by tag and asset name; undefined when either is missing. */
export async function downloadReleaseAsset(
  github: GitHubClient,
  repo: RepoRef,
  tag: string,
  name: string,
): Promise<Buffer | undefined> {
  let release: Awaited<ReturnType<GitHubClient["rest"]["repos"]["getReleaseByTag"]>>["data"];
  try {
    ({ data: release } = await github.rest.repos.getReleaseByTag({ ...repo, tag }));
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
  const asset = release.assets.find((a) => a.name === name);
  if (!asset) return undefined;
  const response = await github.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
    ...repo,
    asset_id: asset.id,
    headers: { accept: "application/octet-stream" },
  });
  const data = response.data as unknown;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (typeof data === "string") return Buffer.from(data);
  throw new GitHubError(`asset ${name} of ${tag} did not come back as bytes`, {
    request: `GET release asset ${asset.id}`,
  });
}

/**
 * The metrics of a model's registered versions, newest first (at most `limit`), read from the
 * `trainyard.json` of each Release tagged `<model>-v<N>`. `parse` checks the metadata.
 */
export async function listVersionMetrics<T extends { version: number; metrics: Record<string, number> }>(
  github: GitHubClient,
  repo: RepoRef,
  model: string,
  parse: (bytes: Buffer, tag: string) => T,
  limit = 12,
): Promise<T[]> {
  const pattern = new RegExp(`^${model.replace(/[.]/g, "\\.")}-v([1-9]\\d*)$`);
  const releases = await github.paginate(github.rest.repos.listReleases, { ...repo, per_page: 100 });
  const tags = releases
    .filter((r) => !r.draft && pattern.test(r.tag_name))
    .map((r) => ({ tag: r.tag_name, version: Number(pattern.exec(r.tag_name)?.[1]) }))
    .sort((a, b) => b.version - a.version)
    .slice(0, limit);
  const found: T[] = [];
  for (const { tag } of tags) {
    const bytes = await downloadReleaseAsset(github, repo, tag, VERSION_METADATA_ASSET);
    if (bytes) found.push(parse(bytes, tag));
  }
  return found;
}

/** A model version as a published Release tagged `<model>-v<N>`. */
export interface ModelVersion {
  model: string;
  version: number;
  tag: string;
  /** The Release's page. */
  url: string;
  publishedAt: string | null;
  /** Its `trainyard.json`, checked; undefined when the Release has none or it is broken. */
  metadata: VersionMetadata | undefined;
  /** Why `metadata` is missing: no such asset, or what is wrong with it. */
  problem?: string;
}

/**
 * The published model versions of the repository, newest first: of one model, or of every model
 * (grouped by model name) when none is named. Drafts are left out: they are not versions yet.
 */
export async function listModelVersions(
  github: GitHubClient,
  repo: RepoRef,
  options: { model?: string; limit?: number } = {},
): Promise<ModelVersion[]> {
  const releases = await github.paginate(github.rest.repos.listReleases, { ...repo, per_page: 100 });
  const found = releases
    .filter((release) => !release.draft)
    .flatMap((release) => {
      const parsed = parseVersionTag(release.tag_name);
      if (!parsed || (options.model !== undefined && parsed.model !== options.model)) return [];
      return [{ ...parsed, release }];
    })
    .sort((a, b) => a.model.localeCompare(b.model) || b.version - a.version)
    .slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const versions: ModelVersion[] = [];
  for (const { model, version, release } of found) {
    const base = {
      model,
      version,
      tag: release.tag_name,
      url: release.html_url,
      publishedAt: release.published_at,
    };
    if (!release.assets.some((asset) => asset.name === VERSION_METADATA_ASSET)) {
      versions.push({ ...base, metadata: undefined, problem: `no ${VERSION_METADATA_ASSET} asset` });
      continue;
    }
    try {
      versions.push({ ...base, metadata: await readVersionMetadata(github, repo, release.tag_name) });
    } catch (error) {
      if (!isTrainyardError(error) || error.kind !== "data") throw error;
      versions.push({ ...base, metadata: undefined, problem: error.message });
    }
  }
  return versions;
}

/** A version's `trainyard.json`, downloaded and checked; undefined when the Release or asset is missing. */
export async function readVersionMetadata(
  github: GitHubClient,
  repo: RepoRef,
  tag: string,
): Promise<VersionMetadata | undefined> {
  const bytes = await downloadReleaseAsset(github, repo, tag, VERSION_METADATA_ASSET);
  return bytes && parseVersionMetadata(bytes.toString("utf8"), `${tag}/${VERSION_METADATA_ASSET}`);
}
