import { type DataProfile, dataProfile } from "../drift/profile.ts";
import { DataError } from "../errors.ts";
import { DEPLOYMENTS_FILE, deployedVersion, parseDeployments } from "../registry/deployments.ts";
import { VERSION_METADATA_ASSET, versionTag } from "../registry/version-metadata.ts";
import type { GitHubClient } from "./client.ts";
import { readFileAt } from "./contents.ts";
import { listModelVersions, type RepoRef, readVersionMetadata } from "./releases.ts";

export interface VersionProfile {
  profile: DataProfile;
  version: number;
  /** How the version was chosen, for the log and the summary: "production v3", "newest version v4". */
  label: string;
}

/**
 * The data profile drift is checked against when no reference is given: the one in the
 * `trainyard.json` of the model's production version (by `.trainyard/deployments.yml` on the
 * default branch), or of its newest version when none is in production.
 */
export async function modelReferenceProfile(
  github: GitHubClient,
  repo: RepoRef,
  model: string,
): Promise<VersionProfile> {
  const { data: repository } = await github.rest.repos.get({ ...repo });
  const branch = repository.default_branch;
  const text = await readFileAt(github, { ...repo, path: DEPLOYMENTS_FILE, ref: branch });
  const production =
    text === undefined
      ? undefined
      : deployedVersion(parseDeployments(text, `${DEPLOYMENTS_FILE}@${branch}`), model, "production");
  let version: number;
  let label: string;
  if (production !== undefined) {
    version = production;
    label = `production v${version}`;
  } else {
    const newest = (await listModelVersions(github, repo, { model, limit: 1 }))[0];
    if (!newest)
      throw new DataError(
        `no reference for ${model}: it has no registered version (no Release ${model}-v<N>); give the reference input (data or a profile)`,
        { field: "reference" },
      );
    version = newest.version;
    label = `newest version v${version} (none in production in ${DEPLOYMENTS_FILE} on ${branch})`;
  }
  const tag = versionTag(model, version);
  const metadata = await readVersionMetadata(github, repo, tag);
  if (!metadata)
    throw new DataError(
      `no reference for ${model}: release ${tag} (${label}) has no ${VERSION_METADATA_ASSET}`,
      {
        field: "reference",
      },
    );
  if (metadata.dataProfile === undefined)
    throw new DataError(
      `no reference for ${model}: ${tag} (${label}) was registered without a data profile; register it with the data input, or give the reference input`,
      { file: `${tag}/${VERSION_METADATA_ASSET}`, field: "dataProfile" },
    );
  const parsed = dataProfile.safeParse(metadata.dataProfile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(`not a data profile: ${issue?.message ?? "invalid"}`, {
      file: `${tag}/${VERSION_METADATA_ASSET}`,
      field: `dataProfile.${issue?.path.join(".") ?? ""}`,
    });
  }
  return { profile: parsed.data, version, label };
}
