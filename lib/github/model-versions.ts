import { GitHubError } from "../errors.ts";
import { versionTag } from "../registry/version-metadata.ts";
import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/**
 * A model's versions as GitHub Releases tagged `<model>-v<N>`, and the claiming of the next
 * number. The git tag is the lock: creating `refs/tags/<model>-v<N>` succeeds for exactly one
 * caller (GitHub answers 422 to the others), whereas several draft releases may share a tag name.
 * So a registration first creates the tag, then a draft release on it, uploads, and publishes;
 * the loser of a race moves on to the next number. A hidden marker in the release notes names
 * the candidate (model, training run, artifact, commit), so a re-run finds what an earlier run
 * made: a published version (nothing to do) or a draft it left half done (finish it).
 */

export interface ModelRelease {
  id: number;
  tag: string;
  version: number;
  draft: boolean;
  url: string;
  body: string;
  targetCommitish: string;
  /** When the release (a draft at first) was created: the version's registration time. */
  createdAt: string;
}

/** What identifies a candidate: the same one registered twice is the same version. */
export interface CandidateKey {
  model: string;
  runId: number;
  artifact: string;
  commit: string;
}

export function versionMarker(key: CandidateKey): string {
  return `<!-- trainyard:version model=${key.model} run=${key.runId} artifact=${key.artifact} commit=${key.commit} -->`;
}

function versionPattern(model: string): RegExp {
  return new RegExp(`^${model.replace(/[.]/g, "\\.")}-v([1-9]\\d*)$`);
}

/** The model's releases, drafts included (a token that can push sees them), newest version first. */
export async function listModelReleases(
  github: GitHubClient,
  repo: RepoRef,
  model: string,
): Promise<ModelRelease[]> {
  const pattern = versionPattern(model);
  const releases = await github.paginate(github.rest.repos.listReleases, { ...repo, per_page: 100 });
  return releases
    .flatMap((release) => {
      const match = pattern.exec(release.tag_name);
      if (!match) return [];
      return [
        {
          id: release.id,
          tag: release.tag_name,
          version: Number(match[1]),
          draft: release.draft,
          url: release.html_url,
          body: release.body ?? "",
          targetCommitish: release.target_commitish,
          createdAt: release.created_at,
        },
      ];
    })
    .sort((a, b) => b.version - a.version || b.id - a.id);
}

/** The release an earlier registration of this candidate made, published or still a draft. */
export function findRegistration(releases: ModelRelease[], key: CandidateKey): ModelRelease | undefined {
  const marker = versionMarker(key);
  const mine = releases.filter((release) => release.body.includes(marker));
  return mine.find((release) => !release.draft) ?? mine[0];
}

/** The model's version tags that exist, with the commit each points at. */
async function versionTags(github: GitHubClient, repo: RepoRef, model: string): Promise<Map<number, string>> {
  const pattern = versionPattern(model);
  const { data } = await github.rest.git.listMatchingRefs({ ...repo, ref: `tags/${model}-v` });
  const tags = new Map<number, string>();
  for (const ref of data) {
    const match = pattern.exec(ref.ref.replace(/^refs\/tags\//, ""));
    if (match) tags.set(Number(match[1]), ref.object.sha);
  }
  return tags;
}

export interface ClaimedVersion {
  version: number;
  tag: string;
}

/**
 * Creates the tag of the model's next version at `commit` and returns its number. When another
 * registration took the number first, tries the next one. A tag that already points at `commit`
 * with no release on it is this registration's own, left by an earlier attempt that stopped
 * (or whose answer was lost): it is taken up again rather than skipped.
 */
export async function claimNextVersion(
  github: GitHubClient,
  repo: RepoRef,
  model: string,
  commit: string,
  options: { maxAttempts?: number; onRetry?: (tag: string) => void } = {},
): Promise<ClaimedVersion> {
  const maxAttempts = options.maxAttempts ?? 20;
  let floor = 0;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const [tags, releases] = await Promise.all([
      versionTags(github, repo, model),
      listModelReleases(github, repo, model),
    ]);
    const taken = new Set(releases.map((release) => release.version));
    const orphan = [...tags]
      .filter(([version, sha]) => sha === commit && !taken.has(version) && version > floor)
      .sort((a, b) => a[0] - b[0])[0];
    if (orphan) return { version: orphan[0], tag: versionTag(model, orphan[0]) };
    const highest = Math.max(floor, 0, ...tags.keys(), ...taken);
    const version = highest + 1;
    const tag = versionTag(model, version);
    try {
      await github.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha: commit });
      return { version, tag };
    } catch (error) {
      if ((error as { status?: number }).status !== 422) throw error;
      // Taken meanwhile, by another registration or by this one's own retried request: the next
      // listing tells which.
      options.onRetry?.(tag);
      floor = version - 1;
    }
  }
  throw new GitHubError(
    `could not claim a version tag for ${model} after ${maxAttempts} attempts: other registrations kept taking the next number`,
  );
}

/**
 * A draft release on the claimed tag, holding the marker until the model card replaces the body.
 * Creating a release is not idempotent (a retried request whose first answer was lost makes a
 * second draft), so Octokit's retries are off here: after a failure, a draft on the tag with the
 * marker is looked for before trying again.
 */
export async function createDraftVersion(
  github: GitHubClient,
  repo: RepoRef,
  claimed: ClaimedVersion,
  options: { name: string; marker: string; body: string; commit: string; attempts?: number },
): Promise<ModelRelease> {
  if (!options.body.includes(options.marker)) throw new Error("the draft's body must hold its marker");
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await github.rest.repos.createRelease({
        ...repo,
        tag_name: claimed.tag,
        target_commitish: options.commit,
        name: options.name,
        body: options.body,
        draft: true,
        request: { retries: 0 },
      });
      return {
        id: data.id,
        tag: data.tag_name,
        version: claimed.version,
        draft: true,
        url: data.html_url,
        body: data.body ?? "",
        targetCommitish: data.target_commitish,
        createdAt: data.created_at,
      };
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      if (status >= 400 && status < 500 && status !== 429) throw error;
      const model = claimed.tag.slice(0, claimed.tag.lastIndexOf("-v"));
      const made = (await listModelReleases(github, repo, model)).find(
        (release) => release.tag === claimed.tag && release.draft && release.body.includes(options.marker),
      );
      if (made) return made;
      if (attempt >= attempts) throw error;
    }
  }
}

/**
 * Writes the final notes and publishes. Undefined when GitHub refuses because a release with the
 * tag was published meanwhile (a twin registration of the same candidate won): the caller then
 * uses that one and deletes its own draft.
 */
export async function publishVersion(
  github: GitHubClient,
  repo: RepoRef,
  release: ModelRelease,
  body: string,
): Promise<ModelRelease | undefined> {
  try {
    const { data } = await github.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      body,
      draft: false,
      make_latest: "false",
    });
    return { ...release, draft: false, url: data.html_url, body: data.body ?? body };
  } catch (error) {
    const status = (error as { status?: number }).status;
    const errors = (error as { response?: { data?: { errors?: Array<{ code?: string }> } } }).response?.data
      ?.errors;
    if (status === 422 && errors?.some((e) => e.code === "already_exists")) return undefined;
    throw error;
  }
}

export async function deleteDraft(github: GitHubClient, repo: RepoRef, release: ModelRelease): Promise<void> {
  if (!release.draft) throw new Error(`refusing to delete the published release ${release.tag}`);
  await github.rest.repos.deleteRelease({ ...repo, release_id: release.id });
}
