import { GitHubError } from "../errors.ts";
import {
  type ApprovalFacts,
  type ApprovalPolicy,
  type Review,
  type ReviewState,
  standingApprovals,
  teamsToCheck,
} from "../registry/approvals.ts";
import { CODEOWNERS_LOCATIONS, type Codeowners, parseCodeowners } from "../registry/codeowners.ts";
import type { GitHubClient } from "./client.ts";
import { readFileAt } from "./contents.ts";
import type { RepoRef } from "./releases.ts";

/** A merged pull request, as much of it as a model version records. */
export interface MergedPullRequest {
  number: number;
  title: string;
  url: string;
  author: string;
  headSha: string;
  /** The base branch's commit the pull request was judged against (its CODEOWNERS and config count). */
  baseSha: string;
  baseRef: string;
  mergeCommitSha: string;
  mergedAt: string;
  mergedBy: string | undefined;
}

type PullData = Awaited<ReturnType<GitHubClient["rest"]["pulls"]["get"]>>["data"];

/**
 * The pull request whose merge made `commit` (a push to the default branch after a merge), or
 * undefined when the commit came in some other way (pushed straight to the branch).
 */
export async function mergedPullRequestFor(
  github: GitHubClient,
  repo: RepoRef,
  commit: string,
): Promise<MergedPullRequest | undefined> {
  const associated = await github.paginate(github.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...repo,
    commit_sha: commit,
    per_page: 100,
  });
  const merged = associated.filter((pull) => pull.merged_at !== null);
  const pull = merged.find((candidate) => candidate.merge_commit_sha === commit);
  if (!pull) return undefined;
  return mergedPullRequest(github, repo, pull.number);
}

/** A pull request by number, which must be merged. */
export async function mergedPullRequest(
  github: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<MergedPullRequest> {
  let pull: PullData;
  try {
    ({ data: pull } = await github.rest.pulls.get({ ...repo, pull_number: number }));
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      throw new GitHubError(`there is no pull request #${number} in ${repo.owner}/${repo.repo}`, {
        status: 404,
      });
    throw error;
  }
  if (!pull.merged || !pull.merge_commit_sha || !pull.merged_at)
    throw new GitHubError(
      `pull request #${number} is not merged (${pull.state}): only a merged pull request's model is registered`,
    );
  return {
    number: pull.number,
    title: pull.title,
    url: pull.html_url,
    author: pull.user.login,
    headSha: pull.head.sha,
    baseSha: pull.base.sha,
    baseRef: pull.base.ref,
    mergeCommitSha: pull.merge_commit_sha,
    mergedAt: pull.merged_at,
    mergedBy: pull.merged_by?.login,
  };
}

/** The first CODEOWNERS file GitHub would read at `ref`, parsed; undefined when there is none. */
export async function readCodeowners(
  github: GitHubClient,
  repo: RepoRef,
  ref: string,
): Promise<Codeowners | undefined> {
  for (const path of CODEOWNERS_LOCATIONS) {
    const text = await readFileAt(github, { ...repo, path, ref });
    if (text !== undefined) return parseCodeowners(text, path);
  }
  return undefined;
}

/**
 * What judging a pull request's approvals needs: its reviews, the files it changed (old and new
 * names of renamed files), CODEOWNERS as on its base commit (so a pull request cannot name its own
 * owners), whether each approver can push, and team memberships where the token may read them.
 */
export async function gatherApprovalFacts(
  github: GitHubClient,
  repo: RepoRef,
  pull: MergedPullRequest,
  policy: ApprovalPolicy,
): Promise<ApprovalFacts> {
  const reviewData = await github.paginate(github.rest.pulls.listReviews, {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const reviews: Review[] = reviewData.flatMap((review) =>
    review.user
      ? [
          {
            login: review.user.login,
            state: review.state as ReviewState,
            submittedAt: review.submitted_at ?? null,
            commitId: review.commit_id,
          },
        ]
      : [],
  );
  const files = await github.paginate(github.rest.pulls.listFiles, {
    ...repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const changedFiles = [
    ...new Set(
      files.flatMap((file) => [file.filename, ...(file.previous_filename ? [file.previous_filename] : [])]),
    ),
  ];
  const codeowners = await readCodeowners(github, repo, pull.baseSha);
  const approvers = standingApprovals(reviews).map((approval) => approval.login);

  const writers = new Set<string>();
  for (const login of approvers) if (await canPush(github, repo, login)) writers.add(login.toLowerCase());

  const teamMembers = new Map<string, Set<string>>();
  const uncheckedTeams = new Set<string>();
  for (const team of teamsToCheck(policy, { changedFiles, codeowners })) {
    const members = await teamMembersAmong(github, team, approvers);
    if (members) teamMembers.set(team, members);
    else uncheckedTeams.add(team);
  }
  return {
    pullRequest: pull.number,
    reviews,
    changedFiles,
    codeowners,
    writers,
    teamMembers,
    uncheckedTeams,
  };
}

async function canPush(github: GitHubClient, repo: RepoRef, login: string): Promise<boolean> {
  try {
    const { data } = await github.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    return data.permission === "admin" || data.permission === "write" || data.permission === "maintain";
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/**
 * Which of `logins` belong to `org/team`; undefined when the token cannot see the team (a
 * workflow's GITHUB_TOKEN cannot read organization teams: it takes a token with members: read).
 */
async function teamMembersAmong(
  github: GitHubClient,
  team: string,
  logins: string[],
): Promise<Set<string> | undefined> {
  const [org = "", slug = ""] = team.split("/");
  const status = (error: unknown) => (error as { status?: number }).status;
  try {
    await github.rest.teams.getByName({ org, team_slug: slug });
  } catch (error) {
    if (status(error) === 404 || status(error) === 403) return undefined;
    throw error;
  }
  const members = new Set<string>();
  for (const login of logins) {
    try {
      const { data } = await github.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: slug,
        username: login,
      });
      if (data.state === "active") members.add(login.toLowerCase());
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
  }
  return members;
}
