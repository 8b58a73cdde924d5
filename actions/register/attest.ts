import { createAttestation, listAttestations } from "../../lib/github/attestations.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import type { RepoRef } from "../../lib/github/releases.ts";
import {
  type AttestedRun,
  type IdentityProvider,
  provenanceStatement,
  runnerIdentity,
  type SigningEndpoints,
  signStatement,
} from "../../lib/registry/attestation.ts";
import type { VersionMetadata } from "../../lib/registry/version-metadata.ts";
import type { ActionContext } from "../runtime.ts";
import type { RegisterInputs } from "./inputs.ts";

export type AttestationEntry = NonNullable<VersionMetadata["attestations"]>[number];

export interface AttestRequest {
  run: AttestedRun;
  identity: IdentityProvider;
  endpoints: SigningEndpoints;
}

/** What signing needs, from the job: its run, its OIDC token, GitHub's Sigstore endpoints. */
export function attestRequest(
  context: ActionContext,
  input: RegisterInputs,
  env: Record<string, string | undefined>,
): AttestRequest {
  return {
    run: {
      serverUrl: context.serverUrl,
      repository: `${context.owner}/${context.repo}`,
      workflowRef: context.workflowRef,
      sha: context.sha,
      runId: context.runId,
      runAttempt: context.runAttempt,
      event: context.eventName,
    },
    identity: runnerIdentity(env),
    endpoints: { fulcioUrl: input["fulcio-url"], timestampUrl: input["timestamp-url"] },
  };
}

/**
 * Attests each model file once: a file whose digest the repository holds an attestation for
 * already (an earlier run's, or the same bytes in an earlier version) gets no second one.
 */
export async function attestFiles(
  github: GitHubClient,
  repo: RepoRef,
  files: Array<{ name: string; sha256: string }>,
  request: AttestRequest,
  onLine: (line: string) => void,
): Promise<AttestationEntry[]> {
  const entries: AttestationEntry[] = [];
  for (const file of files) {
    const existing = await listAttestations(github, repo, file.sha256);
    if (existing.length > 0) {
      onLine(`${file.name} (sha256:${file.sha256.slice(0, 12)}…) is attested already: no new attestation`);
      entries.push({ asset: file.name, sha256: file.sha256 });
      continue;
    }
    const bundle = await signStatement(
      provenanceStatement(file, request.run),
      request.identity,
      request.endpoints,
    );
    const id = await createAttestation(github, repo, bundle);
    const url = `${request.run.serverUrl}/${repo.owner}/${repo.repo}/attestations/${id}`;
    onLine(`attested ${file.name} (sha256:${file.sha256.slice(0, 12)}…): ${url}`);
    entries.push({ asset: file.name, sha256: file.sha256, id, url });
  }
  return entries;
}
