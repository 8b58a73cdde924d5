import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/**
 * The open pull request whose head is this commit. A workflow_run event names its pull requests
 * only when they come from the same repository; for a fork's the list is empty, so look among
 * the open pull requests for the head (fork owner and branch), checking the sha.
 */
export async function findPullRequestForHead(
  github: GitHubClient,
  repo: RepoRef,
  head: { sha: string; owner?: string; branch?: string },
): Promise<number | undefined> {
  const filter = head.owner && head.branch ? { head: `${head.owner}:${head.branch}` } : {};
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    state: "open",
    per_page: 100,
    ...filter,
  });
  return pulls.find((pull) => pull.head.sha === head.sha)?.number;
}
