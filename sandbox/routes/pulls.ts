import {
  ancestors,
  blobContent,
  createCommit,
  flattenTree,
  getObject,
  isAncestor,
  mergeBase,
  mergeTrees,
  resolveCommit,
} from "../git.ts";
import {
  bodyOf,
  HttpError,
  isBoolean,
  isString,
  isStringArray,
  notFound,
  ok,
  paginate,
  type RouteModule,
  requireField,
  type SandboxRequest,
  validationFailed,
} from "../http.ts";
import { nodeId } from "../shapes.ts";
import type { GitPerson, IssueRecord, PullRecord, RepoRecord, ReviewRecord, TreeEntry } from "../state.ts";
import type { SandboxWorld } from "../world.ts";
import {
  type Audience,
  actorLogin,
  authorAssociation,
  equalIgnoringCase,
  issueLabels,
  labelShape,
  repoApiUrl,
  repoHtmlUrl,
  repositoryShape,
  userShape,
} from "./issues.ts";

const NOT_MERGEABLE = "Pull Request is not mergeable";
/** Above this many line edits in one file, additions/deletions count every line instead. */
const MAX_LINE_EDITS = 5_000;

interface PullConversation {
  pull: PullRecord;
  issue: IssueRecord;
}

function conversation(repo: RepoRecord, pull: PullRecord): PullConversation {
  const issue = repo.issues[String(pull.number)];
  if (!issue) throw new Error(`sandbox: pull request #${pull.number} has no issue record`);
  return { pull, issue };
}

function pullFrom(request: SandboxRequest): PullConversation {
  const pull = request.repo.pulls[String(Number(request.params.pull_number))];
  if (!pull) throw notFound();
  return conversation(request.repo, pull);
}

function branchTip(repo: RepoRecord, branch: string): string | undefined {
  return repo.refs[`refs/heads/${branch}`];
}

/** GitHub's committer for commits it makes on a user's behalf (merges, squashes, rebases). */
function githubCommitter(world: SandboxWorld): GitPerson {
  return { name: "GitHub", email: "noreply@github.com", date: world.now() };
}

// ---------------------------------------------------------------------------------------------
// What a pull request changes

interface ChangedFile {
  path: string;
  status: "added" | "removed" | "modified";
  /** The blob on the head side, or on the base side for a removed file. */
  sha: string;
  additions: number;
  deletions: number;
}

/** Commits on the head that the base lacks, oldest first. */
function commitsAhead(repo: RepoRecord, baseSha: string, headSha: string): string[] {
  const inBase = new Set(ancestors(repo, baseSha));
  return ancestors(repo, headSha)
    .filter((sha) => !inBase.has(sha))
    .reverse();
}

function filesOf(repo: RepoRecord, commitSha: string | undefined): Map<string, TreeEntry> {
  const tree = commitSha ? getObject(repo, commitSha, "commit")?.tree : undefined;
  return tree ? flattenTree(repo, tree) : new Map();
}

/** The files a pull request changes: head against the merge base, as GitHub's "three-dot" diff. */
function changedFiles(repo: RepoRecord, pull: PullRecord): ChangedFile[] {
  const before = filesOf(repo, mergeBase(repo, pull.baseSha, pull.headSha));
  const after = filesOf(repo, pull.headSha);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths.flatMap((path): ChangedFile[] => {
    const old = before.get(path);
    const now = after.get(path);
    const shown = now ?? old;
    if (!shown || (old && now && old.sha === now.sha && old.mode === now.mode)) return [];
    const lines = lineChanges(
      old ? blobContent(repo, old.sha) : Buffer.alloc(0),
      now ? blobContent(repo, now.sha) : Buffer.alloc(0),
    );
    const status = !old ? "added" : !now ? "removed" : "modified";
    return [{ path, status, sha: shown.sha, ...lines }];
  });
}

function linesOf(content: Buffer): string[] {
  if (content.length === 0) return [];
  const lines = content.toString("utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Lines added and deleted between two versions of a file; binary files count none, as on GitHub. */
function lineChanges(before: Buffer, after: Buffer): { additions: number; deletions: number } {
  if (before.includes(0) || after.includes(0)) return { additions: 0, deletions: 0 };
  const old = linesOf(before);
  const now = linesOf(after);
  const edits = editDistance(old, now, MAX_LINE_EDITS);
  if (edits === undefined) return { additions: now.length, deletions: old.length };
  // Insertions minus deletions is the change in length; their sum is the edit distance.
  const growth = now.length - old.length;
  return { additions: (edits + growth) / 2, deletions: (edits - growth) / 2 };
}

/** Myers' shortest edit script length (insertions + deletions), or undefined past `limit`. */
function editDistance(a: string[], b: string[], limit: number): number | undefined {
  const max = Math.min(a.length + b.length, limit);
  const offset = max + 1;
  const furthest = new Int32Array(2 * max + 3);
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[offset + k - 1]! < furthest[offset + k + 1]!);
      let x = down ? furthest[offset + k + 1]! : furthest[offset + k - 1]! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= a.length && y >= b.length) return d;
    }
  }
  return undefined;
}

/** The tree of the head merged into `baseTip`, or undefined when they conflict. */
function mergedTree(repo: RepoRecord, pull: PullRecord, baseTip: string): string | undefined {
  const merged = mergeTrees(repo, mergeBase(repo, baseTip, pull.headSha), baseTip, pull.headSha);
  return "tree" in merged ? merged.tree : undefined;
}

/** Whether the head merges cleanly into the base as it is now. */
function mergesCleanly(repo: RepoRecord, pull: PullRecord): boolean {
  return mergedTree(repo, pull, branchTip(repo, pull.baseRef) ?? pull.baseSha) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Shapes

/**
 * A pull request as REST and webhooks show it. `simple` is GitHub's `pull-request-simple` (lists,
 * review webhooks), without the fields that need the diff computed.
 */
export function pullShape(
  world: SandboxWorld,
  repo: RepoRecord,
  pull: PullRecord,
  audience: Audience,
  detail: "full" | "simple" = "full",
): Record<string, unknown> {
  const { issue } = conversation(repo, pull);
  const api = repoApiUrl(world, repo);
  const self = `${api}/pulls/${pull.number}`;
  const html = `${repoHtmlUrl(world, repo)}/pull/${pull.number}`;
  const headRepo = world.state.repos[pull.headRepo.toLowerCase()] ?? repo;
  const end = (target: RepoRecord, ref: string, sha: string) => ({
    label: `${target.owner}:${ref}`,
    ref,
    sha,
    user: userShape(world, target.owner, audience),
    repo: repositoryShape(world, target, audience),
  });
  const links = {
    self: self,
    html: html,
    issue: `${api}/issues/${pull.number}`,
    comments: `${api}/issues/${pull.number}/comments`,
    review_comments: `${self}/comments`,
    review_comment: `${api}/pulls/comments{/number}`,
    commits: `${self}/commits`,
    statuses: `${api}/statuses/${pull.headSha}`,
  };
  const simple = {
    url: self,
    id: pull.id,
    node_id: nodeId("PullRequest", pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: links.issue,
    commits_url: links.commits,
    review_comments_url: links.review_comments,
    review_comment_url: links.review_comment,
    comments_url: links.comments,
    statuses_url: links.statuses,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userShape(world, issue.user, audience),
    body: issue.body,
    labels: issueLabels(repo, issue).map((label) => {
      const shape = labelShape(world, repo, label);
      // GitHub's OpenAPI description types a listed pull request's label description as a
      // string, never null; a label made on the fly (issues/add-labels) has none.
      return detail === "simple" && audience === "rest"
        ? { ...shape, description: label.description ?? "" }
        : shape;
    }),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: issue.assignees[0] ? userShape(world, issue.assignees[0], audience) : null,
    assignees: issue.assignees.map((login) => userShape(world, login, audience)),
    requested_reviewers: pull.requestedReviewers.map((login) => userShape(world, login, audience)),
    requested_teams: [],
    head: end(headRepo, pull.headRef, pull.headSha),
    base: end(repo, pull.baseRef, pull.baseSha),
    _links: Object.fromEntries(Object.entries(links).map(([name, href]) => [name, { href }])),
    author_association: authorAssociation(repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
  if (detail === "simple") return simple;
  const files = changedFiles(repo, pull);
  const open = issue.state === "open";
  const mergeable = open ? mergesCleanly(repo, pull) : null;
  return {
    ...simple,
    merged: pull.merged,
    mergeable,
    rebaseable: mergeable,
    mergeable_state: !open ? "unknown" : pull.draft ? "draft" : mergeable ? "clean" : "dirty",
    merged_by: pull.mergedBy ? userShape(world, pull.mergedBy, audience) : null,
    comments: Object.values(repo.comments).filter((c) => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: commitsAhead(repo, pull.baseSha, pull.headSha).length,
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changed_files: files.length,
  };
}

function reviewShape(
  world: SandboxWorld,
  repo: RepoRecord,
  review: ReviewRecord,
  audience: Audience,
): Record<string, unknown> {
  const pullUrl = `${repoApiUrl(world, repo)}/pulls/${review.pullNumber}`;
  const html = `${repoHtmlUrl(world, repo)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return {
    id: review.id,
    node_id: nodeId("PullRequestReview", review.id),
    user: userShape(world, review.user, audience),
    body: review.body,
    // Webhooks name review states in lower case (`approved`), the REST API in upper case.
    state: audience === "webhook" ? review.state.toLowerCase() : review.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...(review.submittedAt || audience === "webhook" ? { submitted_at: review.submittedAt } : {}),
    commit_id: review.commitId,
    author_association: authorAssociation(repo, review.user),
  };
}

/** Sends a `pull_request` webhook; `extra` adds what the action needs (`changes`, `label`, ...). */
export function emitPullRequestEvent(
  world: SandboxWorld,
  repo: RepoRecord,
  pull: PullRecord,
  action: string,
  sender: string,
  extra: Record<string, unknown> = {},
): void {
  world.webhooks.emit(
    "pull_request",
    { action, number: pull.number, pull_request: pullShape(world, repo, pull, "webhook"), ...extra },
    repo,
    sender,
  );
}

// ---------------------------------------------------------------------------------------------
// Opening pull requests

const headInvalid = () =>
  validationFailed("Validation Failed", [{ resource: "PullRequest", field: "head", code: "invalid" }]);
const baseInvalid = () =>
  validationFailed("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
const customInvalid = (message: string) =>
  validationFailed("Validation Failed", [{ resource: "PullRequest", code: "custom", message }]);

/** `branch` or `owner:branch`; forks are not modelled, so the owner must be the repository's. */
function parseHead(repo: RepoRecord, head: string): string {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  if (!equalIgnoringCase(head.slice(0, colon), repo.owner)) throw headInvalid();
  return head.slice(colon + 1);
}

function openPullFor(repo: RepoRecord, headRef: string, baseRef: string): PullRecord | undefined {
  return Object.values(repo.pulls).find(
    (pull) =>
      pull.headRef === headRef &&
      pull.baseRef === baseRef &&
      repo.issues[String(pull.number)]?.state === "open",
  );
}

const duplicatePull = (repo: RepoRecord, headRef: string) =>
  customInvalid(`A pull request already exists for ${repo.owner}:${headRef}.`);

// ---------------------------------------------------------------------------------------------
// Merging

interface MergeOptions {
  title: string | undefined;
  message: string | undefined;
  author: GitPerson;
  committer: GitPerson;
}

function commitMessage(title: string, message: string): string {
  return message ? `${title}\n\n${message}` : title;
}

function mergeCommit(
  repo: RepoRecord,
  pull: PullRecord,
  issue: IssueRecord,
  baseTip: string,
  options: MergeOptions,
): string | undefined {
  const tree = mergedTree(repo, pull, baseTip);
  if (!tree) return undefined;
  const title = options.title ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.headRef}`;
  return createCommit(repo, {
    tree,
    parents: [baseTip, pull.headSha],
    message: commitMessage(title, options.message ?? issue.title),
    author: options.author,
    committer: options.committer,
  });
}

function squashCommit(
  repo: RepoRecord,
  pull: PullRecord,
  issue: IssueRecord,
  baseTip: string,
  options: MergeOptions,
): string | undefined {
  const tree = mergedTree(repo, pull, baseTip);
  if (!tree) return undefined;
  const squashed = commitsAhead(repo, baseTip, pull.headSha).map(
    (sha) => `* ${getObject(repo, sha, "commit")?.message ?? ""}`,
  );
  return createCommit(repo, {
    tree,
    parents: [baseTip],
    message: commitMessage(
      options.title ?? `${issue.title} (#${pull.number})`,
      options.message ?? squashed.join("\n\n"),
    ),
    author: options.author,
    committer: options.committer,
  });
}

/** Replays the head's commits onto the base one by one; only a linear head can be rebased. */
function rebaseCommits(
  repo: RepoRecord,
  pull: PullRecord,
  baseTip: string,
  committer: GitPerson,
): string | undefined {
  let tip = baseTip;
  for (const sha of commitsAhead(repo, baseTip, pull.headSha)) {
    const commit = getObject(repo, sha, "commit");
    const parent = commit?.parents.length === 1 ? commit.parents[0] : undefined;
    if (!commit || !parent) return undefined;
    const replayed = mergeTrees(repo, parent, tip, sha);
    if (!("tree" in replayed)) return undefined;
    tip = createCommit(repo, {
      tree: replayed.tree,
      parents: [tip],
      message: commit.message,
      author: commit.author,
      committer,
    });
  }
  return tip;
}

// ---------------------------------------------------------------------------------------------
// Reviews

const REVIEW_STATES = {
  APPROVE: "APPROVED",
  REQUEST_CHANGES: "CHANGES_REQUESTED",
  COMMENT: "COMMENTED",
} as const;

/** GitHub answers review refusals with plain-string errors (`validation-error-simple`). */
const reviewRefused = (reason: string) => new HttpError(422, "Unprocessable Entity", { errors: [reason] });

function reviewsOf(repo: RepoRecord, pullNumber: number): ReviewRecord[] {
  return Object.values(repo.reviews)
    .filter((review) => review.pullNumber === pullNumber)
    .sort((a, b) => a.id - b.id);
}

function reviewerLogins(
  request: SandboxRequest,
  field: "reviewers" | "team_reviewers",
  required: boolean,
): string[] {
  const body = bodyOf(request);
  if (body[field] === undefined && !required) return [];
  return requireField(body, field, isStringArray);
}

function notCollaborators(repo: RepoRecord, what: string): HttpError {
  return new HttpError(
    422,
    `Reviews may only be requested from collaborators. One or more of the ${what} you specified is not a collaborator of the ${repo.owner}/${repo.name} repository.`,
  );
}

// ---------------------------------------------------------------------------------------------

export const pullRoutes: RouteModule = {
  api: [
    {
      operationId: "pulls/list",
      route: "GET /repos/{owner}/{repo}/pulls",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world, query } = request;
        const state = query.get("state") ?? "open";
        const head = query.get("head");
        const base = query.get("base");
        const sort = query.get("sort") ?? "created";
        const direction = query.get("direction") ?? (sort === "created" ? "desc" : "asc");
        const [headOwner, headRef] = head?.includes(":")
          ? [head.slice(0, head.indexOf(":")), head.slice(head.indexOf(":") + 1)]
          : [repo.owner, head];
        const listed = Object.values(repo.pulls)
          .map((pull) => conversation(repo, pull))
          .filter(
            ({ pull, issue }) =>
              (state === "all" || issue.state === state) &&
              (headRef === null ||
                (pull.headRef === headRef &&
                  equalIgnoringCase(pull.headRepo.split("/")[0] ?? "", headOwner))) &&
              (base === null || pull.baseRef === base),
          );
        const commentCount = (number: number) =>
          Object.values(repo.comments).filter((comment) => comment.issueNumber === number).length;
        listed.sort((a, b) =>
          sort === "updated"
            ? a.issue.updatedAt.localeCompare(b.issue.updatedAt) || a.pull.number - b.pull.number
            : sort === "popularity"
              ? commentCount(a.pull.number) - commentCount(b.pull.number) || a.pull.number - b.pull.number
              : a.pull.number - b.pull.number,
        );
        if (direction === "desc") listed.reverse();
        return paginate(
          request,
          listed.map(({ pull }) => pullShape(world, repo, pull, "rest", "simple")),
        );
      },
    },
    {
      operationId: "pulls/create",
      route: "POST /repos/{owner}/{repo}/pulls",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const headRef = parseHead(repo, requireField(body, "head", isString));
        const baseRef = requireField(body, "base", isString);
        if (body.title === undefined)
          throw validationFailed("Validation Failed", [
            { resource: "PullRequest", code: "missing_field", field: "title" },
          ]);
        const title = requireField(body, "title", isString);
        if (isString(body.head_repo) && !equalIgnoringCase(body.head_repo, `${repo.owner}/${repo.name}`))
          throw headInvalid();
        const headSha = branchTip(repo, headRef);
        if (!headSha) throw headInvalid();
        const baseSha = branchTip(repo, baseRef);
        if (!baseSha) throw baseInvalid();
        if (openPullFor(repo, headRef, baseRef)) throw duplicatePull(repo, headRef);
        if (isAncestor(repo, headSha, baseSha))
          throw customInvalid(`No commits between ${baseRef} and ${headRef}`);

        const now = world.now();
        const number = repo.nextNumber++;
        const issue: IssueRecord = {
          number,
          id: world.id(),
          title,
          body: isString(body.body) ? body.body : null,
          user: actorLogin(request),
          state: "open",
          stateReason: null,
          labels: [],
          assignees: [],
          isPullRequest: true,
          createdAt: now,
          updatedAt: now,
          closedAt: null,
          locked: false,
        };
        const pull: PullRecord = {
          number,
          id: world.id(),
          headRef,
          headSha,
          headRepo: `${repo.owner}/${repo.name}`,
          baseRef,
          baseSha,
          draft: body.draft === true,
          merged: false,
          mergedAt: null,
          mergedBy: null,
          mergeCommitSha: null,
          maintainerCanModify: body.maintainer_can_modify !== false,
          requestedReviewers: [],
          requestedTeams: [],
        };
        repo.issues[String(number)] = issue;
        repo.pulls[String(number)] = pull;
        world.changed();
        emitPullRequestEvent(world, repo, pull, "opened", issue.user);
        return ok(pullShape(world, repo, pull, "rest"), 201);
      },
    },
    {
      operationId: "pulls/get",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => ok(pullShape(request.world, request.repo, pullFrom(request).pull, "rest")),
    },
    {
      operationId: "pulls/update",
      route: "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull, issue } = pullFrom(request);
        const login = actorLogin(request);
        const wantedState = body.state === issue.state ? undefined : body.state;
        const newBase = isString(body.base) && body.base !== pull.baseRef ? body.base : undefined;
        const newBaseSha = newBase === undefined ? undefined : branchTip(repo, newBase);

        if (newBase !== undefined) {
          if (issue.state === "closed")
            throw customInvalid("Cannot change the base branch of a closed pull request.");
          if (!newBaseSha) throw baseInvalid();
        }
        const reopening = wantedState === "open";
        const reopenedHead = reopening ? branchTip(repo, pull.headRef) : undefined;
        if (reopening) {
          if (pull.merged)
            throw customInvalid(
              "state cannot be changed. The pull request cannot be reopened because it has been merged.",
            );
          if (!reopenedHead) throw customInvalid("state cannot be changed. The head branch was deleted.");
          if (openPullFor(repo, pull.headRef, newBase ?? pull.baseRef))
            throw duplicatePull(repo, pull.headRef);
        }

        const changes: Record<string, unknown> = {};
        if (isString(body.title) && body.title !== issue.title) {
          changes.title = { from: issue.title };
          issue.title = body.title;
        }
        if (isString(body.body) && body.body !== issue.body) {
          changes.body = { from: issue.body ?? "" };
          issue.body = body.body;
        }
        if (newBase !== undefined && newBaseSha) {
          changes.base = { ref: { from: pull.baseRef }, sha: { from: pull.baseSha } };
          pull.baseRef = newBase;
          pull.baseSha = newBaseSha;
        }
        if (isBoolean(body.maintainer_can_modify)) pull.maintainerCanModify = body.maintainer_can_modify;
        const now = world.now();
        if (wantedState === "closed") {
          issue.state = "closed";
          issue.closedAt = now;
        } else if (reopening && reopenedHead) {
          issue.state = "open";
          issue.closedAt = null;
          pull.headSha = reopenedHead;
          pull.baseSha = branchTip(repo, pull.baseRef) ?? pull.baseSha;
        }
        issue.updatedAt = now;
        world.changed();
        if (Object.keys(changes).length > 0)
          emitPullRequestEvent(world, repo, pull, "edited", login, { changes });
        if (wantedState === "closed") emitPullRequestEvent(world, repo, pull, "closed", login);
        if (reopening) emitPullRequestEvent(world, repo, pull, "reopened", login);
        return ok(pullShape(world, repo, pull, "rest"));
      },
    },
    {
      operationId: "pulls/merge",
      route: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull, issue } = pullFrom(request);
        const login = actorLogin(request);
        if (pull.merged || issue.state !== "open") throw new HttpError(405, NOT_MERGEABLE);
        if (pull.draft) throw new HttpError(405, "Pull Request is still a draft");
        if (body.sha !== undefined && body.sha !== pull.headSha)
          throw new HttpError(409, "Head branch was modified. Review and try the merge again.");
        const baseTip = branchTip(repo, pull.baseRef);
        if (!baseTip) throw new HttpError(405, NOT_MERGEABLE);

        const options: MergeOptions = {
          title: isString(body.commit_title) ? body.commit_title : undefined,
          message: isString(body.commit_message) ? body.commit_message : undefined,
          author: world.gitPerson(login),
          committer: githubCommitter(world),
        };
        const method = body.merge_method ?? "merge";
        const result =
          method === "squash"
            ? squashCommit(repo, pull, issue, baseTip, { ...options, author: world.gitPerson(issue.user) })
            : method === "rebase"
              ? rebaseCommits(repo, pull, baseTip, options.committer)
              : mergeCommit(repo, pull, issue, baseTip, options);
        if (!result)
          throw new HttpError(405, method === "rebase" ? "This branch can't be rebased" : NOT_MERGEABLE);

        const now = world.now();
        repo.refs[`refs/heads/${pull.baseRef}`] = result;
        repo.pushedAt = now;
        // The base as it was before the merge stays recorded, so the pull request keeps
        // showing the commits and files it merged.
        pull.baseSha = baseTip;
        pull.merged = true;
        pull.mergedAt = now;
        pull.mergedBy = login;
        pull.mergeCommitSha = result;
        issue.state = "closed";
        issue.closedAt = now;
        issue.updatedAt = now;
        world.changed();
        world.webhooks.pushed(repo, pull.baseRef, baseTip, result, login);
        emitPullRequestEvent(world, repo, pull, "closed", login);
        return ok({ sha: result, merged: true, message: "Pull Request successfully merged" });
      },
    },
    {
      operationId: "pulls/list-files",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const { pull } = pullFrom(request);
        const api = repoApiUrl(world, repo);
        const html = repoHtmlUrl(world, repo);
        const files = changedFiles(repo, pull).map((file) => {
          const path = file.path.split("/").map(encodeURIComponent).join("/");
          const commit = file.status === "removed" ? pull.baseSha : pull.headSha;
          return {
            sha: file.sha,
            filename: file.path,
            status: file.status,
            additions: file.additions,
            deletions: file.deletions,
            changes: file.additions + file.deletions,
            blob_url: `${html}/blob/${commit}/${path}`,
            raw_url: `${html}/raw/${commit}/${path}`,
            contents_url: `${api}/contents/${path}?ref=${commit}`,
          };
        });
        return paginate(request, files);
      },
    },
    {
      operationId: "repos/list-pull-requests-associated-with-commit",
      route: "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const sha = resolveCommit(repo, request.params.commit_sha as string);
        if (!sha) throw new HttpError(422, `No commit found for SHA: ${request.params.commit_sha}`);
        // As GitHub: for a commit on the default branch, the merged pull request that brought it
        // in; for any other commit, the open and merged pull requests that carry it.
        const defaultTip = branchTip(repo, repo.defaultBranch);
        const onDefault = defaultTip !== undefined && isAncestor(repo, sha, defaultTip);
        const associated = Object.values(repo.pulls)
          .filter((pull) => {
            const carries =
              pull.mergeCommitSha === sha || commitsAhead(repo, pull.baseSha, pull.headSha).includes(sha);
            if (!carries) return false;
            if (pull.merged) return true;
            return !onDefault && repo.issues[String(pull.number)]?.state === "open";
          })
          .sort((a, b) => b.number - a.number);
        return paginate(
          request,
          associated.map((pull) => pullShape(world, repo, pull, "rest", "simple")),
        );
      },
    },
    {
      operationId: "pulls/list-reviews",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const { pull } = pullFrom(request);
        const viewer = actorLogin(request);
        // A pending review is a draft: only its author sees it.
        const visible = reviewsOf(repo, pull.number).filter(
          (review) => review.state !== "PENDING" || equalIgnoringCase(review.user, viewer),
        );
        return paginate(
          request,
          visible.map((review) => reviewShape(world, repo, review, "rest")),
        );
      },
    },
    {
      operationId: "pulls/create-review",
      route: "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull, issue } = pullFrom(request);
        const login = actorLogin(request);
        const event = body.event as keyof typeof REVIEW_STATES | undefined;
        const text = isString(body.body) ? body.body : "";
        const isAuthor = equalIgnoringCase(login, issue.user);
        if (event === "APPROVE" && isAuthor) throw reviewRefused("Can not approve your own pull request");
        if (event === "REQUEST_CHANGES" && isAuthor)
          throw reviewRefused("Can not request changes on your own pull request");
        if (event === "REQUEST_CHANGES" && text.trim() === "")
          throw reviewRefused("You need to leave a comment indicating the requested changes.");
        if (event === "COMMENT" && text.trim() === "")
          throw reviewRefused("You need to leave a comment to submit a comment review.");
        const pending = reviewsOf(repo, pull.number).some(
          (review) => review.state === "PENDING" && equalIgnoringCase(review.user, login),
        );
        if (event === undefined && pending)
          throw reviewRefused("User can only have one pending review per pull request");
        const commitId = isString(body.commit_id) ? body.commit_id : pull.headSha;
        if (!getObject(repo, commitId, "commit")) throw reviewRefused("Commit not found");

        const review: ReviewRecord = {
          id: world.id(),
          pullNumber: pull.number,
          user: login,
          body: text,
          state: event === undefined ? "PENDING" : REVIEW_STATES[event],
          commitId,
          submittedAt: event === undefined ? null : world.now(),
        };
        repo.reviews[String(review.id)] = review;
        if (review.state !== "PENDING") {
          // Reviewing answers a review request, as on GitHub.
          pull.requestedReviewers = pull.requestedReviewers.filter((r) => !equalIgnoringCase(r, login));
          issue.updatedAt = world.now();
        }
        world.changed();
        if (review.state !== "PENDING")
          world.webhooks.emit(
            "pull_request_review",
            {
              action: "submitted",
              review: reviewShape(world, repo, review, "webhook"),
              pull_request: pullShape(world, repo, pull, "webhook", "simple"),
            },
            repo,
            login,
          );
        return ok(reviewShape(world, repo, review, "rest"));
      },
    },
    {
      operationId: "pulls/dismiss-review",
      route: "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const { pull } = pullFrom(request);
        const review = repo.reviews[String(Number(request.params.review_id))];
        if (!review || review.pullNumber !== pull.number) throw notFound();
        requireField(body, "message", isString);
        // Only a standing verdict can be dismissed: comments and drafts have none to withdraw.
        if (review.state !== "APPROVED" && review.state !== "CHANGES_REQUESTED")
          throw reviewRefused(`Can not dismiss a ${review.state.toLowerCase()} pull request review`);
        review.state = "DISMISSED";
        world.changed();
        const login = actorLogin(request);
        world.webhooks.emit(
          "pull_request_review",
          {
            action: "dismissed",
            review: reviewShape(world, repo, review, "webhook"),
            pull_request: pullShape(world, repo, pull, "webhook", "simple"),
          },
          repo,
          login,
        );
        return ok(reviewShape(world, repo, review, "rest"));
      },
    },
    {
      operationId: "pulls/list-requested-reviewers",
      route: "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      permission: ["pull_requests", "read"],
      auth: "none",
      handler: (request) => {
        const { pull } = pullFrom(request);
        return ok({
          users: pull.requestedReviewers.map((login) => userShape(request.world, login, "rest")),
          teams: [],
        });
      },
    },
    {
      operationId: "pulls/request-reviewers",
      route: "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const { pull, issue } = pullFrom(request);
        const reviewers = reviewerLogins(request, "reviewers", false);
        // Teams are not modelled, so no team can be a collaborator.
        if (reviewerLogins(request, "team_reviewers", false).length > 0)
          throw notCollaborators(repo, "teams");
        const logins = reviewers.map((name) => {
          if (equalIgnoringCase(name, issue.user))
            throw new HttpError(422, "Review cannot be requested from pull request author.");
          const collaborator = Object.keys(repo.collaborators).find((c) => equalIgnoringCase(c, name));
          if (!collaborator) throw notCollaborators(repo, "users or teams");
          return world.findUser(collaborator)?.login ?? collaborator;
        });
        const added = [...new Set(logins)].filter(
          (login) => !pull.requestedReviewers.some((r) => equalIgnoringCase(r, login)),
        );
        pull.requestedReviewers.push(...added);
        issue.updatedAt = world.now();
        world.changed();
        for (const login of added)
          emitPullRequestEvent(world, repo, pull, "review_requested", actorLogin(request), {
            requested_reviewer: userShape(world, login, "webhook"),
          });
        return ok(pullShape(world, repo, pull, "rest", "simple"), 201);
      },
    },
    {
      operationId: "pulls/remove-requested-reviewers",
      route: "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      permission: ["pull_requests", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const { pull, issue } = pullFrom(request);
        const reviewers = reviewerLogins(request, "reviewers", true);
        const removed = pull.requestedReviewers.filter((login) =>
          reviewers.some((r) => equalIgnoringCase(r, login)),
        );
        pull.requestedReviewers = pull.requestedReviewers.filter((login) => !removed.includes(login));
        if (removed.length > 0) issue.updatedAt = world.now();
        world.changed();
        for (const login of removed)
          emitPullRequestEvent(world, repo, pull, "review_request_removed", actorLogin(request), {
            requested_reviewer: userShape(world, login, "webhook"),
          });
        return ok(pullShape(world, repo, pull, "rest", "simple"));
      },
    },
  ],

  /** A push to a pull request's head branch updates it (`synchronize`); one to its base moves its base sha. */
  onPush: (world, push) => {
    const pushedRepo = `${push.repo.owner}/${push.repo.name}`.toLowerCase();
    let changed = false;
    for (const repo of Object.values(world.state.repos)) {
      for (const pull of Object.values(repo.pulls)) {
        const issue = repo.issues[String(pull.number)];
        if (issue?.state !== "open") continue;
        if (repo === push.repo && pull.baseRef === push.branch && pull.baseSha !== push.after) {
          pull.baseSha = push.after;
          changed = true;
        }
        const isHead = pull.headRepo.toLowerCase() === pushedRepo && pull.headRef === push.branch;
        if (!isHead || pull.headSha === push.after) continue;
        const before = pull.headSha;
        pull.headSha = push.after;
        issue.updatedAt = world.now();
        changed = true;
        emitPullRequestEvent(world, repo, pull, "synchronize", push.pusher, { before, after: push.after });
      }
    }
    if (changed) world.changed();
  },
};
