import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/** An attestation stored with the repository, as GitHub's attestations API lists it. */
export interface StoredAttestation {
  bundle: unknown;
  repositoryId: number | undefined;
}

/**
 * The attestations stored for `sha256` in this repository (GitHub answers 404 when there are
 * none), newest first as GitHub lists them.
 */
export async function listAttestations(
  github: GitHubClient,
  repo: RepoRef,
  sha256: string,
): Promise<StoredAttestation[]> {
  const found: StoredAttestation[] = [];
  let after: string | undefined;
  for (let page = 0; page < 10; page++) {
    let response: Awaited<ReturnType<GitHubClient["rest"]["repos"]["listAttestations"]>>;
    try {
      response = await github.rest.repos.listAttestations({
        ...repo,
        subject_digest: `sha256:${sha256}`,
        per_page: 100,
        ...(after ? { after } : {}),
      });
    } catch (error) {
      if ((error as { status?: number }).status === 404) return found;
      throw error;
    }
    for (const attestation of response.data.attestations ?? [])
      found.push({ bundle: attestation.bundle, repositoryId: attestation.repository_id });
    after = nextCursor(response.headers.link);
    if (!after) break;
  }
  return found;
}

type CreateAttestationParameters = NonNullable<
  Parameters<GitHubClient["rest"]["repos"]["createAttestation"]>[0]
>;

/** Stores a signed bundle with the repository; its id. */
export async function createAttestation(
  github: GitHubClient,
  repo: RepoRef,
  bundle: Record<string, unknown>,
): Promise<number> {
  const { data } = await github.rest.repos.createAttestation({
    ...repo,
    bundle: bundle as CreateAttestationParameters["bundle"],
  });
  return data.id ?? 0;
}

function nextCursor(link: string | undefined): string | undefined {
  const next = link?.split(",").find((part) => /rel="next"/.test(part));
  const url = next ? /<([^>]+)>/.exec(next)?.[1] : undefined;
  return url ? (new URL(url).searchParams.get("after") ?? undefined) : undefined;
}
