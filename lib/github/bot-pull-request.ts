import { createHash } from "node:crypto";
import { GitHubError } from "../errors.ts";
import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/**
 * The bot's pull requests: one per fixed branch (`trainyard/promote/churn`), whose content is the
 * bot's. A call makes the branch say what `files` say and the pull request say what `title` and
 * `body` say, writing only what differs, and stays correct when several bot replicas make the same
 * call at once: creating the branch's ref is the lock (the losers read it again and find their
 * work done), moving it is a compare-and-swap (a fast-forward from the tip that was read), and
 * GitHub refuses a second open pull request for one head.
 *
 * A branch whose commits are all the bot's is rebuilt on the base when the base has since changed
 * the same files (it would conflict); a branch a person pushed to is never force-pushed: the
 * bot's change goes on top, and the result says so.
 */
export interface BotPullRequestRequest {
  /** The fixed branch: `trainyard/promote/<model>`. */
  branch: string;
  /** The branch it goes into, usually the default branch. */
  base: string;
  /**
   * Path → the whole new text, or null to delete the file. A function is asked again on each
   * round of read → write with the branch's tip then (undefined: no branch yet), so a writer that
   * adds to what the branch holds (evidence) keeps what a racing replica wrote meanwhile.
   */
  files: BotFiles | ((tip: string | undefined) => Promise<BotFiles>);
  commitMessage: string;
  title: string;
  body: string;
  labels?: string[];
  reviewers?: string[];
  teamReviewers?: string[];
}

export type BotFiles = Record<string, string | null>;

export type BranchChange =
  /** The branch did not exist: made from the base's head with one commit. */
  | "created"
  /** A commit on top of the branch. */
  | "committed"
  /** Rebuilt from the base's head with the files (a force update): the base changed the same files. */
  | "recreated"
  | "unchanged";

export interface BotPullRequestResult {
  number: number;
  url: string;
  /** This call opened the pull request. */
  created: boolean;
  /** The pull request was open already and this call changed it: a new commit, title or body. */
  updated: boolean;
  branch: BranchChange;
  /** The commit the branch points at now. */
  head: string;
  /**
   * What a person may want to know: someone else pushed to the branch (so it was not rebuilt),
   * the base already holds the change, reviewers GitHub would not request.
   */
  notes: string[];
}

export interface BotPullRequest {
  number: number;
  url: string;
  state: "open" | "closed";
  merged: boolean;
  title: string;
  body: string;
  author: string | undefined;
  labels: string[];
  headSha: string;
  createdAt: string;
  closedAt: string | null;
  mergedAt: string | null;
}

/** Written as the last line of each bot commit: the base commit the bot built its branch on. */
export const BOT_BASE_TRAILER = "Trainyard-Base";
/** Commits read from a branch's tip while looking for where the bot built it. */
const HISTORY_DEPTH = 10;
/** Rounds of read → write when racing replicas keep moving the branch. */
const ATTEMPTS = 6;

/**
 * Opens or updates the bot's pull request on `request.branch`. Undefined when there is nothing to
 * propose: the base already holds the files and no pull request is open (GitHub allows no empty
 * pull request, and the bot makes no empty commits).
 *
 * A closed pull request for the branch is left closed; a new one is opened. Callers that should
 * respect a closed one (a cooldown, a snooze) ask `findBotPullRequest(..., { state: "all" })` first.
 */
export async function upsertBotPullRequest(
  github: GitHubClient,
  repo: RepoRef,
  request: BotPullRequestRequest,
): Promise<BotPullRequestResult | undefined> {
  if (typeof request.files !== "function" && Object.keys(request.files).length === 0)
    throw new RangeError(`a bot pull request needs files to change (branch ${request.branch})`);
  const notes: string[] = [];
  let synced: SyncedBranch | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS && !synced; attempt++)
    synced = await syncBranch(github, repo, request, notes);
  if (!synced)
    throw new GitHubError(`branch ${request.branch} kept moving while it was being written; try again`, {
      request: `update ${request.branch}`,
    });
  if (synced.kind === "nothing-to-propose") return undefined;

  const { pull, created } = await openOrFind(github, repo, request);
  const textChanged = !created && (pull.title !== request.title || (pull.body ?? "") !== request.body);
  if (textChanged)
    await github.rest.pulls.update({
      ...repo,
      pull_number: pull.number,
      title: request.title,
      body: request.body,
    });
  if (synced.onBase && !created)
    notes.push(`${request.base} already holds these changes; #${pull.number} proposes nothing new`);

  const present = new Set(pull.labels.map((label) => label.name));
  const missingLabels = (request.labels ?? []).filter((label) => !present.has(label));
  if (missingLabels.length > 0)
    await github.rest.issues.addLabels({ ...repo, issue_number: pull.number, labels: missingLabels });

  const changed = created || textChanged || synced.change !== "unchanged";
  if (changed) await requestReviewers(github, repo, pull, request, notes);

  return {
    number: pull.number,
    url: pull.html_url,
    created,
    updated: !created && (textChanged || synced.change !== "unchanged"),
    branch: synced.change,
    head: synced.head,
    notes,
  };
}

/** The newest pull request whose head is the bot's branch, open or (with `state`) closed too. */
export async function findBotPullRequest(
  github: GitHubClient,
  repo: RepoRef,
  branch: string,
  options: { state?: "open" | "closed" | "all" } = {},
): Promise<BotPullRequest | undefined> {
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: options.state ?? "open",
    sort: "created",
    direction: "desc",
    per_page: 100,
  });
  const newest = pulls.filter((pull) => pull.head.ref === branch).sort((a, b) => b.number - a.number)[0];
  if (!newest) return undefined;
  return {
    number: newest.number,
    url: newest.html_url,
    state: newest.state === "open" ? "open" : "closed",
    merged: newest.merged_at !== null,
    title: newest.title,
    body: newest.body ?? "",
    author: newest.user?.login,
    labels: newest.labels.map((label) => label.name),
    headSha: newest.head.sha,
    createdAt: newest.created_at,
    closedAt: newest.closed_at,
    mergedAt: newest.merged_at,
  };
}

/** The sha git gives a file with this text (`git hash-object`), to compare without downloading. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// ---------------------------------------------------------------------------------------------
// The branch

type SyncedBranch =
  | { kind: "synced"; change: BranchChange; head: string; onBase: boolean }
  | { kind: "nothing-to-propose" };

/**
 * One round of making the branch hold the files. Undefined when another writer moved the branch
 * between reading and writing: the caller reads again.
 */
async function syncBranch(
  github: GitHubClient,
  repo: RepoRef,
  request: BotPullRequestRequest,
  notes: string[],
): Promise<SyncedBranch | undefined> {
  const baseHead = await branchHead(github, repo, request.base);
  if (!baseHead)
    throw new GitHubError(`the base branch ${request.base} does not exist`, {
      status: 404,
      request: `GET git/ref/heads/${request.base}`,
    });
  const tip = await branchHead(github, repo, request.branch);
  const files = typeof request.files === "function" ? await request.files(tip) : request.files;
  if (Object.keys(files).length === 0)
    throw new RangeError(`a bot pull request needs files to change (branch ${request.branch})`);
  const paths = Object.keys(files);
  const onBase = await holdsFiles(github, repo, baseHead, files);

  if (!tip) {
    if (onBase) return { kind: "nothing-to-propose" };
    const commit = await writeCommit(github, repo, baseHead, request, files, baseHead);
    try {
      await github.rest.git.createRef({ ...repo, ref: `refs/heads/${request.branch}`, sha: commit });
    } catch (error) {
      if (isValidationError(error, /already exists/i)) return undefined;
      throw error;
    }
    return { kind: "synced", change: "created", head: commit, onBase };
  }

  if (onBase && !(await findBotPullRequest(github, repo, request.branch)))
    return { kind: "nothing-to-propose" };
  const history = await botHistory(github, repo, tip);
  if (history.people.length > 0)
    notes.push(
      `${[...new Set(history.people)].join(", ")} pushed to ${request.branch}: Trainyard adds its changes on top and does not rebuild the branch`,
    );

  const botOnly = history.builtOn !== undefined && history.people.length === 0;
  if (
    botOnly &&
    !onBase &&
    history.builtOn !== baseHead &&
    (await changedBetween(github, repo, history.builtOn as string, baseHead, paths))
  ) {
    const commit = await writeCommit(github, repo, baseHead, request, files, baseHead);
    await github.rest.git.updateRef({ ...repo, ref: `heads/${request.branch}`, sha: commit, force: true });
    return { kind: "synced", change: "recreated", head: commit, onBase };
  }

  if (onBase || (await holdsFiles(github, repo, tip, files)))
    return { kind: "synced", change: "unchanged", head: tip, onBase };
  const commit = await writeCommit(github, repo, tip, request, files, history.builtOn ?? baseHead);
  try {
    await github.rest.git.updateRef({ ...repo, ref: `heads/${request.branch}`, sha: commit, force: false });
  } catch (error) {
    if (isValidationError(error, /fast.?forward|does not exist/i)) return undefined;
    throw error;
  }
  return { kind: "synced", change: "committed", head: commit, onBase };
}

async function branchHead(github: GitHubClient, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await github.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

/** The blob sha of a file at a commit; undefined when there is no such file. */
async function fileSha(
  github: GitHubClient,
  repo: RepoRef,
  commit: string,
  path: string,
): Promise<string | undefined> {
  try {
    const { data } = await github.rest.repos.getContent({ ...repo, path, ref: commit });
    return Array.isArray(data) ? `tree:${path}` : data.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

async function holdsFiles(
  github: GitHubClient,
  repo: RepoRef,
  commit: string,
  files: Record<string, string | null>,
): Promise<boolean> {
  for (const [path, text] of Object.entries(files)) {
    const current = await fileSha(github, repo, commit, path);
    if (current !== (text === null ? undefined : gitBlobSha(text))) return false;
  }
  return true;
}

async function changedBetween(
  github: GitHubClient,
  repo: RepoRef,
  from: string,
  to: string,
  paths: string[],
): Promise<boolean> {
  for (const path of paths)
    if ((await fileSha(github, repo, from, path)) !== (await fileSha(github, repo, to, path))) return true;
  return false;
}

/**
 * Walks the branch back from its tip: the bot's commits carry the trailer naming the base commit
 * they were built on; any other commit before reaching it was pushed by someone else.
 */
async function botHistory(
  github: GitHubClient,
  repo: RepoRef,
  tip: string,
): Promise<{ builtOn: string | undefined; people: string[] }> {
  const people: string[] = [];
  let sha: string | undefined = tip;
  for (let depth = 0; sha && depth < HISTORY_DEPTH; depth++) {
    const commit: GitCommit = (await github.rest.git.getCommit({ ...repo, commit_sha: sha })).data;
    const builtOn = trailerOf(commit.message);
    if (builtOn && commit.parents.length === 1) {
      if (commit.parents[0]?.sha === builtOn) return { builtOn, people };
    } else {
      people.push(commit.author.name);
    }
    sha = commit.parents[0]?.sha;
  }
  return { builtOn: undefined, people };
}

type GitCommit = Awaited<ReturnType<GitHubClient["rest"]["git"]["getCommit"]>>["data"];

function trailerOf(message: string): string | undefined {
  const match = new RegExp(`^${BOT_BASE_TRAILER}: ([0-9a-f]{40})$`, "m").exec(message);
  return match?.[1];
}

/** One commit on `parent` with the files changed, its message ending in the bot's trailer. */
async function writeCommit(
  github: GitHubClient,
  repo: RepoRef,
  parent: string,
  request: BotPullRequestRequest,
  files: BotFiles,
  builtOn: string,
): Promise<string> {
  const { data: parentCommit } = await github.rest.git.getCommit({ ...repo, commit_sha: parent });
  const tree: Array<{ path: string; mode: "100644"; type: "blob"; sha: string | null }> = [];
  for (const [path, text] of Object.entries(files)) {
    if (text === null) {
      if ((await fileSha(github, repo, parent, path)) !== undefined)
        tree.push({ path, mode: "100644", type: "blob", sha: null });
      continue;
    }
    const { data: blob } = await github.rest.git.createBlob({ ...repo, content: text, encoding: "utf-8" });
    tree.push({ path, mode: "100644", type: "blob", sha: blob.sha });
  }
  const { data: newTree } = await github.rest.git.createTree({
    ...repo,
    base_tree: parentCommit.tree.sha,
    tree,
  });
  const { data: commit } = await github.rest.git.createCommit({
    ...repo,
    message: `${request.commitMessage.trimEnd()}\n\n${BOT_BASE_TRAILER}: ${builtOn}\n`,
    tree: newTree.sha,
    parents: [parent],
  });
  return commit.sha;
}

// ---------------------------------------------------------------------------------------------
// The pull request

type OpenPull = Awaited<ReturnType<GitHubClient["rest"]["pulls"]["list"]>>["data"][number];

async function openPull(github: GitHubClient, repo: RepoRef, branch: string): Promise<OpenPull | undefined> {
  const pulls = await github.paginate(github.rest.pulls.list, {
    ...repo,
    head: `${repo.owner}:${branch}`,
    state: "open",
    per_page: 100,
  });
  return pulls.find((pull) => pull.head.ref === branch);
}

async function openOrFind(
  github: GitHubClient,
  repo: RepoRef,
  request: BotPullRequestRequest,
): Promise<{ pull: OpenPull; created: boolean }> {
  const existing = await openPull(github, repo, request.branch);
  if (existing) return { pull: existing, created: false };
  try {
    await github.rest.pulls.create({
      ...repo,
      head: request.branch,
      base: request.base,
      title: request.title,
      body: request.body,
    });
  } catch (error) {
    if (!isValidationError(error, /already exists/i)) throw error;
    // Another replica opened it between our look and our create.
    const opened = await openPull(github, repo, request.branch);
    if (opened) return { pull: opened, created: false };
    throw error;
  }
  const opened = await openPull(github, repo, request.branch);
  if (!opened)
    throw new GitHubError(`the pull request for ${request.branch} vanished after it was opened`, {
      request: "POST pulls",
    });
  return { pull: opened, created: true };
}

async function requestReviewers(
  github: GitHubClient,
  repo: RepoRef,
  pull: OpenPull,
  request: BotPullRequestRequest,
  notes: string[],
): Promise<void> {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const author = pull.user?.login ?? "";
  const already = (pull.requested_reviewers ?? []).map((user) => user.login);
  const alreadyTeams = (pull.requested_teams ?? []).map((team) => team.slug);
  const reviewers = (request.reviewers ?? []).filter(
    (login) => !same(login, author) && !already.some((r) => same(r, login)),
  );
  const teams = (request.teamReviewers ?? []).filter((slug) => !alreadyTeams.some((t) => same(t, slug)));
  if (reviewers.length === 0 && teams.length === 0) return;
  try {
    await github.rest.pulls.requestReviewers({
      ...repo,
      pull_number: pull.number,
      reviewers,
      team_reviewers: teams,
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
    if (!/author/i.test(errorText(error)))
      notes.push(
        `GitHub would not request reviews from ${[...reviewers, ...teams].join(", ")}: ${errorText(error)}`,
      );
  }
}

function errorText(error: unknown): string {
  const failed = error as {
    message?: string;
    response?: { data?: { message?: string; errors?: Array<string | { message?: string }> } };
  };
  const data = failed.response?.data;
  const details = (data?.errors ?? []).map((entry) =>
    typeof entry === "string" ? entry : (entry.message ?? ""),
  );
  return [data?.message ?? failed.message ?? "", ...details].filter(Boolean).join(": ");
}

function isValidationError(error: unknown, pattern: RegExp): boolean {
  return (error as { status?: number }).status === 422 && pattern.test(errorText(error));
}
