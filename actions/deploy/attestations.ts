import fs from "node:fs/promises";
import path from "node:path";
import type { DeploymentChange } from "../../lib/deploy/plan.ts";
import { ConfigError, PolicyError } from "../../lib/errors.ts";
import { listAttestations } from "../../lib/github/attestations.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { RepoRef } from "../../lib/github/releases.ts";
import { readVersionMetadata } from "../../lib/github/version-files.ts";
import {
  type AttestationPolicy,
  parseTrustedRoots,
  repositoryPolicy,
  type TrustedRoots,
  verifyAttestation,
} from "../../lib/registry/attestation.ts";
import type { DeployInputs } from "./inputs.ts";

/**
 * With `require-attestation: true`, every file of every version to be deployed needs an
 * attestation in this repository that verifies against the trusted root, signed by a workflow
 * the policy accepts, about that file's sha256 (the digest the fetch checks the bytes against
 * later). Runs before the rollout: a refusal touches nothing.
 */
export async function requireAttestations(
  github: GitHubClient,
  repo: RepoRef,
  changes: DeploymentChange[],
  input: DeployInputs,
  context: { workspace: string; serverUrl: string },
  onLine: (line: string) => void,
): Promise<void> {
  if (!input["require-attestation"]) return;
  const trusted = await readTrustedRoot(input["trusted-root"], context.workspace);
  const policy: AttestationPolicy = input["attestation-identity"]
    ? { identity: new RegExp(input["attestation-identity"]), issuer: input["attestation-issuer"] }
    : repositoryPolicy(context.serverUrl, `${repo.owner}/${repo.repo}`, input["attestation-issuer"]);
  const versions = new Map<string, { model: string; version: number }>();
  for (const change of changes)
    if (change.to !== undefined)
      versions.set(`${change.model}@${change.to}`, { model: change.model, version: change.to });
  for (const { model, version } of versions.values()) {
    const { metadata } = await readVersionMetadata(github, repo, model, version);
    for (const asset of metadata.assets) {
      const found = await listAttestations(github, repo, asset.sha256);
      const refusals: string[] = [];
      let signer: string | undefined;
      for (const attestation of found) {
        const verdict = verifyAttestation(attestation.bundle, asset, trusted, policy);
        if (verdict.ok) {
          signer = verdict.signer;
          break;
        }
        refusals.push(verdict.reason);
      }
      const what = `${model} v${version}: ${asset.name} (sha256:${asset.sha256})`;
      if (!signer)
        throw new PolicyError(
          found.length === 0
            ? `refusing to deploy ${what}: it has no attestation in ${repo.owner}/${repo.repo} (register it with attest: true), and require-attestation is on; nothing was touched`
            : `refusing to deploy ${what}: none of its ${found.length} attestation(s) holds (${refusals.join("; ")}); nothing was touched`,
        );
      onLine(`attestation verified: ${what}, signed by ${signer}`);
    }
  }
}

async function readTrustedRoot(file: string | undefined, workspace: string): Promise<TrustedRoots> {
  if (!file)
    throw new ConfigError(
      "require-attestation needs trusted-root: the file `gh attestation trusted-root` writes",
      { field: "trusted-root" },
    );
  const text = await fs.readFile(path.resolve(workspace, file), "utf8").catch((error: Error) => {
    throw new ConfigError(`cannot read the trusted root: ${error.message}`, { file, field: "trusted-root" });
  });
  return parseTrustedRoots(text, file);
}
