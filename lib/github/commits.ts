import type { CommitRelation } from "../deploy/stale.ts";
import { GitHubError } from "../errors.ts";
import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/** Commits as the deploy action reads them: parents, dates, and how two relate. */

/** How `head` relates to `base` (GitHub's compare status); "missing" when either is not there. */
export async function compareCommits(
  github: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string,
): Promise<CommitRelation> {
  try {
    const { data } = await github.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    return data.status;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 422) return "missing";
    throw error;
  }
}

/** The commit's committer date (ISO 8601); undefined when the commit is not there. */
export async function committedAt(
  github: GitHubClient,
  repo: RepoRef,
  sha: string,
): Promise<string | undefined> {
  try {
    const { data } = await github.rest.repos.getCommit({ ...repo, ref: sha });
    return data.commit.committer?.date ?? data.commit.author?.date;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 422) return undefined;
    throw error;
  }
}

/** The commit's first parent; undefined for a root commit. */
export async function firstParent(
  github: GitHubClient,
  repo: RepoRef,
  sha: string,
): Promise<string | undefined> {
  try {
    const { data } = await github.rest.repos.getCommit({ ...repo, ref: sha });
    return data.parents[0]?.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 422)
      throw new GitHubError(`commit ${sha} is not in ${repo.owner}/${repo.repo}`, { status: 404 });
    throw error;
  }
}
