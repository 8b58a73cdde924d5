import type { TrainyardConfig } from "../../lib/config/trainyard-config.ts";
import type { VersionSource } from "../../lib/deploy/rollout.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { RepoRef } from "../../lib/github/releases.ts";
import { fetchVersion } from "../../lib/github/version-files.ts";
import type { DeployInputs } from "./inputs.ts";

/** Versions fetched from their Releases, or from the OCI registry the model's config names. */
export function versionSource(
  github: GitHubClient,
  repo: RepoRef,
  config: TrainyardConfig,
  input: DeployInputs,
): VersionSource {
  const username = input["registry-username"];
  const password = input["registry-password"];
  const credentials = username && password ? { credentials: { username, password } } : {};
  return {
    fetch: (model, version, folder) =>
      fetchVersion(github, repo, model, version, folder, {
        oci: { config: config.models[model]?.registry.oci, ...credentials },
      }),
  };
}
