import { GitHubError } from "../errors.ts";
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
