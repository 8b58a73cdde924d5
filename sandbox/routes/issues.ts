import {
  bodyOf,
  HttpError,
  isNumber,
  isString,
  isStringArray,
  noContent,
  notFound,
  ok,
  paginate,
  type RouteModule,
  requireField,
  type SandboxRequest,
  validationFailed,
} from "../http.ts";
import { nodeId, repository, simpleUser, webhookRepository, webhookUser } from "../shapes.ts";
import type { CommentRecord, IssueRecord, LabelRecord, RepoRecord } from "../state.ts";
import type { SandboxWorld } from "../world.ts";
import { emitPullRequestEvent } from "./pulls.ts";

/**
 * Who a shape is for. Webhook payloads are held to @octokit/webhooks-schemas, whose users and
 * repositories differ from the REST ones (see shapes.ts `webhookUser`, `webhookRepository`).
 */
export type Audience = "rest" | "webhook";

/** GitHub gives labels created on the fly (by adding them to an issue) this grey. */
const DEFAULT_LABEL_COLOR = "ededed";
const LABEL_COLOR = /^[0-9a-fA-F]{6}$/;

export function userShape(world: SandboxWorld, login: string, audience: Audience): Record<string, unknown> {
  return audience === "rest" ? simpleUser(world, login) : webhookUser(world, login);
}

export function repositoryShape(
  world: SandboxWorld,
  repo: RepoRecord,
  audience: Audience,
): Record<string, unknown> {
  return audience === "rest" ? repository(world, repo) : webhookRepository(world, repo);
}

/** The login a request acts as; anonymous readers show as GitHub's `ghost`. */
export function actorLogin(request: SandboxRequest): string {
  return request.actor.kind === "user" || request.actor.kind === "installation"
    ? request.actor.user.login
    : "ghost";
}

export function equalIgnoringCase(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function authorAssociation(repo: RepoRecord, login: string): string {
  if (equalIgnoringCase(login, repo.owner)) return "OWNER";
  if (Object.keys(repo.collaborators).some((c) => equalIgnoringCase(c, login))) return "COLLABORATOR";
  return "NONE";
}

export function repoApiUrl(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}

export function repoHtmlUrl(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}

function reactionsShape(url: string): Record<string, unknown> {
  return {
    url,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}

export function findLabel(repo: RepoRecord, name: string): LabelRecord | undefined {
  return Object.values(repo.labels).find((label) => equalIgnoringCase(label.name, name));
}

export function labelShape(
  world: SandboxWorld,
  repo: RepoRecord,
  label: LabelRecord,
): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId("Label", label.id),
    url: `${repoApiUrl(world, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

export function issueLabels(repo: RepoRecord, issue: IssueRecord): LabelRecord[] {
  return issue.labels.flatMap((name) => findLabel(repo, name) ?? []);
}

function commentsOn(repo: RepoRecord, issueNumber: number): CommentRecord[] {
  return Object.values(repo.comments)
    .filter((comment) => comment.issueNumber === issueNumber)
    .sort((a, b) => a.id - b.id);
}

/** The issue as both the REST API and webhooks show it (a pull request's issue carries `pull_request`). */
export function issueShape(
  world: SandboxWorld,
  repo: RepoRecord,
  issue: IssueRecord,
  audience: Audience,
): Record<string, unknown> {
  const api = `${repoApiUrl(world, repo)}/issues/${issue.number}`;
  const html = repoHtmlUrl(world, repo);
  const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : undefined;
  const pullHtml = `${html}/pull/${issue.number}`;
  return {
    url: api,
    repository_url: repoApiUrl(world, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: pull ? pullHtml : `${html}/issues/${issue.number}`,
    id: issue.id,
    node_id: nodeId(pull ? "PullRequest" : "Issue", issue.id),
    number: issue.number,
    title: issue.title,
    user: userShape(world, issue.user, audience),
    labels: issueLabels(repo, issue).map((label) => labelShape(world, repo, label)),
    state: issue.state,
    locked: issue.locked,
    assignee: issue.assignees[0] ? userShape(world, issue.assignees[0], audience) : null,
    assignees: issue.assignees.map((login) => userShape(world, login, audience)),
    milestone: null,
    comments: commentsOn(repo, issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: authorAssociation(repo, issue.user),
    active_lock_reason: null,
    body: issue.body,
    reactions: reactionsShape(`${api}/reactions`),
    timeline_url: `${api}/timeline`,
    state_reason: issue.stateReason,
    performed_via_github_app: null,
    ...(pull
      ? {
          draft: pull.draft,
          pull_request: {
            url: `${repoApiUrl(world, repo)}/pulls/${issue.number}`,
            html_url: pullHtml,
            diff_url: `${pullHtml}.diff`,
            patch_url: `${pullHtml}.patch`,
            merged_at: pull.mergedAt,
          },
        }
      : {}),
  };
}

function commentShape(
  world: SandboxWorld,
  repo: RepoRecord,
  comment: CommentRecord,
  audience: Audience,
): Record<string, unknown> {
  const api = repoApiUrl(world, repo);
  const issue = repo.issues[String(comment.issueNumber)];
  const page = issue?.isPullRequest ? "pull" : "issues";
  return {
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${repoHtmlUrl(world, repo)}/${page}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId("IssueComment", comment.id),
    user: userShape(world, comment.user, audience),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(repo, comment.user),
    body: comment.body,
    reactions: reactionsShape(`${api}/issues/comments/${comment.id}/reactions`),
    performed_via_github_app: null,
  };
}

/**
 * Tells webhooks about a change to an issue. A pull request's issue is announced as the pull
 * request (`pull_request` event), as GitHub does when a pull request is labeled or edited
 * through the issues API.
 */
function announceIssue(
  request: SandboxRequest,
  issue: IssueRecord,
  action: string,
  extra: Record<string, unknown> = {},
): void {
  const { world, repo } = request;
  const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : undefined;
  if (pull) {
    emitPullRequestEvent(world, repo, pull, action, actorLogin(request), extra);
    return;
  }
  world.webhooks.emit(
    "issues",
    { action, issue: issueShape(world, repo, issue, "webhook"), ...extra },
    repo,
    actorLogin(request),
  );
}

function announceComment(
  request: SandboxRequest,
  comment: CommentRecord,
  action: "created" | "edited" | "deleted",
  extra: Record<string, unknown> = {},
): void {
  const { world, repo } = request;
  const issue = repo.issues[String(comment.issueNumber)];
  if (!issue) return;
  world.webhooks.emit(
    "issue_comment",
    {
      action,
      issue: issueShape(world, repo, issue, "webhook"),
      comment: commentShape(world, repo, comment, "webhook"),
      ...extra,
    },
    repo,
    actorLogin(request),
  );
}

function issueFrom(request: SandboxRequest): IssueRecord {
  const issue = request.repo.issues[String(Number(request.params.issue_number))];
  if (!issue) throw notFound();
  return issue;
}

function commentFrom(request: SandboxRequest): CommentRecord {
  const comment = request.repo.comments[String(Number(request.params.comment_id))];
  if (!comment) throw notFound();
  return comment;
}

function labelFrom(request: SandboxRequest): LabelRecord {
  const label = findLabel(request.repo, request.params.name ?? "");
  if (!label) throw notFound();
  return label;
}

/** Label names from a body's `labels`: names, or objects with a `name`, as GitHub accepts both. */
function labelNames(value: unknown): string[] {
  const items = value === undefined ? [] : value;
  if (!Array.isArray(items))
    throw validationFailed(`Invalid request.\n\nFor 'labels', ${JSON.stringify(value)} is not an array.`);
  return items.map((item) => {
    const name = isString(item) ? item : (item as { name?: unknown } | null)?.name;
    if (!isString(name) || name.trim() === "")
      throw validationFailed("Validation Failed", [
        { resource: "Label", code: "invalid", field: "name", value: String(name) },
      ]);
    return name.trim();
  });
}

function createLabel(
  world: SandboxWorld,
  repo: RepoRecord,
  name: string,
  color = DEFAULT_LABEL_COLOR,
  description: string | null = null,
): LabelRecord {
  const label: LabelRecord = {
    id: world.id(),
    name,
    color: color.toLowerCase(),
    description,
    default: false,
  };
  repo.labels[String(label.id)] = label;
  return label;
}

/** The repository's label of that name, created with GitHub's default colour when missing. */
function ensureLabel(world: SandboxWorld, repo: RepoRecord, name: string): LabelRecord {
  return findLabel(repo, name) ?? createLabel(world, repo, name);
}

/**
 * Puts labels on an issue: `add` keeps the ones it has, `set` replaces them. Fires `labeled` and
 * `unlabeled` for what actually changed.
 */
function applyLabels(
  request: SandboxRequest,
  issue: IssueRecord,
  names: string[],
  mode: "add" | "set",
): void {
  const { world, repo } = request;
  const wanted = names.map((name) => ensureLabel(world, repo, name));
  const current = issueLabels(repo, issue);
  const removed = mode === "set" ? current.filter((label) => !wanted.includes(label)) : [];
  const added = wanted.filter((label, index) => !current.includes(label) && wanted.indexOf(label) === index);
  if (removed.length === 0 && added.length === 0) return;
  issue.labels = [...current.filter((label) => !removed.includes(label)), ...added].map((l) => l.name);
  issue.updatedAt = world.now();
  world.changed();
  for (const label of removed)
    announceIssue(request, issue, "unlabeled", { label: labelShape(world, repo, label) });
  for (const label of added)
    announceIssue(request, issue, "labeled", { label: labelShape(world, repo, label) });
}

/** Users an issue may be assigned to: anyone with access to the repository, as on GitHub. */
function assigneeLogins(request: SandboxRequest, value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  const logins = isString(value) ? [value] : value;
  if (!isStringArray(logins))
    throw validationFailed(`Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not valid.`);
  return logins.map((login) => {
    const user = request.world.findUser(login);
    if (!user || request.world.permissionOf(request.repo, user.login) === "none")
      throw validationFailed("Validation Failed", [
        { resource: "Issue", code: "invalid", field: "assignees", value: login },
      ]);
    return user.login;
  });
}

const byNumber = (a: IssueRecord, b: IssueRecord) => a.number - b.number;

function sortIssues(issues: IssueRecord[], repo: RepoRecord, sort: string, direction: string): IssueRecord[] {
  const commentCount = (issue: IssueRecord) => commentsOn(repo, issue.number).length;
  const compare =
    sort === "updated"
      ? (a: IssueRecord, b: IssueRecord) => a.updatedAt.localeCompare(b.updatedAt) || byNumber(a, b)
      : sort === "comments"
        ? (a: IssueRecord, b: IssueRecord) => commentCount(a) - commentCount(b) || byNumber(a, b)
        : byNumber;
  const sorted = [...issues].sort(compare);
  return direction === "asc" ? sorted : sorted.reverse();
}

function matchesAssignee(issue: IssueRecord, filter: string | null): boolean {
  if (filter === null) return true;
  if (filter === "none") return issue.assignees.length === 0;
  if (filter === "*") return issue.assignees.length > 0;
  return issue.assignees.some((login) => equalIgnoringCase(login, filter));
}

const isTitle = (v: unknown): v is string | number => isString(v) || isNumber(v);

export const issueRoutes: RouteModule = {
  api: [
    {
      operationId: "issues/list-for-repo",
      route: "GET /repos/{owner}/{repo}/issues",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world, query } = request;
        const state = query.get("state") ?? "open";
        const wantedLabels = (query.get("labels") ?? "")
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean);
        const since = query.get("since");
        const creator = query.get("creator");
        const assignee = query.get("assignee");
        const issues = Object.values(repo.issues).filter(
          (issue) =>
            (state === "all" || issue.state === state) &&
            wantedLabels.every((name) => issue.labels.some((label) => equalIgnoringCase(label, name))) &&
            (since === null || Date.parse(issue.updatedAt) >= Date.parse(since)) &&
            (creator === null || equalIgnoringCase(issue.user, creator)) &&
            matchesAssignee(issue, assignee),
        );
        const sorted = sortIssues(
          issues,
          repo,
          query.get("sort") ?? "created",
          query.get("direction") ?? "desc",
        );
        return paginate(
          request,
          sorted.map((issue) => issueShape(world, repo, issue, "rest")),
        );
      },
    },
    {
      operationId: "issues/create",
      route: "POST /repos/{owner}/{repo}/issues",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const title = String(requireField(body, "title", isTitle));
        if (title.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "Issue", code: "missing_field", field: "title" },
          ]);
        const names = labelNames(body.labels);
        const assignees = [
          ...new Set([
            ...assigneeLogins(request, body.assignee, "assignee"),
            ...assigneeLogins(request, body.assignees, "assignees"),
          ]),
        ];
        const now = world.now();
        const issue: IssueRecord = {
          number: repo.nextNumber++,
          id: world.id(),
          title,
          body: isString(body.body) ? body.body : null,
          user: actorLogin(request),
          state: "open",
          stateReason: null,
          labels: [],
          assignees,
          isPullRequest: false,
          createdAt: now,
          updatedAt: now,
          closedAt: null,
          locked: false,
        };
        repo.issues[String(issue.number)] = issue;
        world.changed();
        announceIssue(request, issue, "opened");
        applyLabels(request, issue, names, "add");
        return ok(issueShape(world, repo, issue, "rest"), 201);
      },
    },
    {
      operationId: "issues/get",
      route: "GET /repos/{owner}/{repo}/issues/{issue_number}",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => ok(issueShape(request.world, request.repo, issueFrom(request), "rest")),
    },
    {
      operationId: "issues/update",
      route: "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const issue = issueFrom(request);
        const pull = issue.isPullRequest ? repo.pulls[String(issue.number)] : undefined;
        if (body.title !== undefined && body.title !== null && !isTitle(body.title))
          throw validationFailed(
            `Invalid request.\n\nFor 'title', ${JSON.stringify(body.title)} is not valid.`,
          );
        const state = body.state;
        if (state !== undefined && state !== "open" && state !== "closed")
          throw validationFailed(`Invalid request.\n\nFor 'state', ${JSON.stringify(state)} is not valid.`);
        if (state === "open" && pull?.merged)
          throw validationFailed("Validation Failed", [
            {
              resource: "PullRequest",
              code: "custom",
              field: "state",
              message:
                "state cannot be changed. The pull request cannot be reopened because it has been merged.",
            },
          ]);
        const names = body.labels === undefined ? undefined : labelNames(body.labels);
        const assignees =
          body.assignees === undefined && body.assignee === undefined
            ? undefined
            : [
                ...new Set([
                  ...assigneeLogins(request, body.assignee, "assignee"),
                  ...assigneeLogins(request, body.assignees, "assignees"),
                ]),
              ];

        const changes: Record<string, { from: string }> = {};
        if (isTitle(body.title) && String(body.title) !== issue.title) {
          changes.title = { from: issue.title };
          issue.title = String(body.title);
        }
        if ((isString(body.body) || body.body === null) && body.body !== issue.body) {
          changes.body = { from: issue.body ?? "" };
          issue.body = body.body;
        }
        if (assignees) issue.assignees = assignees;
        const now = world.now();
        const stateChange = state !== undefined && state !== issue.state ? state : undefined;
        if (stateChange === "closed") {
          issue.state = "closed";
          issue.closedAt = now;
          issue.stateReason = pull ? null : body.state_reason === "not_planned" ? "not_planned" : "completed";
        } else if (stateChange === "open") {
          issue.state = "open";
          issue.closedAt = null;
          issue.stateReason = pull ? null : "reopened";
        }
        issue.updatedAt = now;
        world.changed();
        if (Object.keys(changes).length > 0) announceIssue(request, issue, "edited", { changes });
        if (stateChange) announceIssue(request, issue, stateChange === "closed" ? "closed" : "reopened");
        if (names) applyLabels(request, issue, names, "set");
        return ok(issueShape(world, repo, issue, "rest"));
      },
    },
    {
      operationId: "issues/list-comments",
      route: "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        const since = request.query.get("since");
        const comments = commentsOn(repo, issue.number).filter(
          (comment) => since === null || Date.parse(comment.updatedAt) >= Date.parse(since),
        );
        return paginate(
          request,
          comments.map((comment) => commentShape(world, repo, comment, "rest")),
        );
      },
    },
    {
      operationId: "issues/create-comment",
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        const body = requireField(bodyOf(request), "body", isString);
        if (body.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "IssueComment", code: "missing_field", field: "body" },
          ]);
        if (issue.locked && world.permissionOf(repo, actorLogin(request)) !== "admin")
          throw new HttpError(403, "Unable to create comment because issue is locked.");
        const now = world.now();
        const comment: CommentRecord = {
          id: world.id(),
          issueNumber: issue.number,
          user: actorLogin(request),
          body,
          createdAt: now,
          updatedAt: now,
        };
        repo.comments[String(comment.id)] = comment;
        issue.updatedAt = now;
        world.changed();
        announceComment(request, comment, "created");
        return ok(commentShape(world, repo, comment, "rest"), 201);
      },
    },
    {
      operationId: "issues/get-comment",
      route: "GET /repos/{owner}/{repo}/issues/comments/{comment_id}",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => ok(commentShape(request.world, request.repo, commentFrom(request), "rest")),
    },
    {
      operationId: "issues/update-comment",
      route: "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const comment = commentFrom(request);
        const body = requireField(bodyOf(request), "body", isString);
        if (body.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "IssueComment", code: "missing_field", field: "body" },
          ]);
        const previous = comment.body;
        comment.body = body;
        comment.updatedAt = world.now();
        world.changed();
        if (previous !== body)
          announceComment(request, comment, "edited", { changes: { body: { from: previous } } });
        return ok(commentShape(world, repo, comment, "rest"));
      },
    },
    {
      operationId: "issues/delete-comment",
      route: "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",
      permission: ["issues", "write"],
      handler: (request) => {
        const comment = commentFrom(request);
        delete request.repo.comments[String(comment.id)];
        request.world.changed();
        announceComment(request, comment, "deleted");
        return noContent();
      },
    },
    {
      operationId: "issues/list-labels-on-issue",
      route: "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const labels = issueLabels(repo, issueFrom(request));
        return paginate(
          request,
          labels.map((label) => labelShape(world, repo, label)),
        );
      },
    },
    {
      operationId: "issues/add-labels",
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        applyLabels(request, issue, labelNames(bodyOf(request).labels), "add");
        return ok(issueLabels(repo, issue).map((label) => labelShape(world, repo, label)));
      },
    },
    {
      operationId: "issues/set-labels",
      route: "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        applyLabels(request, issue, labelNames(bodyOf(request).labels), "set");
        return ok(issueLabels(repo, issue).map((label) => labelShape(world, repo, label)));
      },
    },
    {
      operationId: "issues/remove-label",
      route: "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const issue = issueFrom(request);
        const name = request.params.name ?? "";
        const label = issueLabels(repo, issue).find((l) => equalIgnoringCase(l.name, name));
        if (!label) throw new HttpError(404, "Label does not exist");
        issue.labels = issue.labels.filter((l) => !equalIgnoringCase(l, label.name));
        issue.updatedAt = world.now();
        world.changed();
        announceIssue(request, issue, "unlabeled", { label: labelShape(world, repo, label) });
        return ok(issueLabels(repo, issue).map((l) => labelShape(world, repo, l)));
      },
    },
    {
      operationId: "issues/list-labels-for-repo",
      route: "GET /repos/{owner}/{repo}/labels",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const labels = Object.values(repo.labels).sort((a, b) =>
          a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
        );
        return paginate(
          request,
          labels.map((label) => labelShape(world, repo, label)),
        );
      },
    },
    {
      operationId: "issues/create-label",
      route: "POST /repos/{owner}/{repo}/labels",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const name = requireField(body, "name", isString).trim();
        const color = isString(body.color) ? body.color : DEFAULT_LABEL_COLOR;
        if (name === "")
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "missing_field", field: "name" },
          ]);
        if (!LABEL_COLOR.test(color))
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "invalid", field: "color" },
          ]);
        if (findLabel(repo, name))
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "already_exists", field: "name" },
          ]);
        const label = createLabel(
          world,
          repo,
          name,
          color,
          isString(body.description) ? body.description : null,
        );
        world.changed();
        return ok(labelShape(world, repo, label), 201);
      },
    },
    {
      operationId: "issues/get-label",
      route: "GET /repos/{owner}/{repo}/labels/{name}",
      permission: ["issues", "read"],
      auth: "none",
      handler: (request) => ok(labelShape(request.world, request.repo, labelFrom(request))),
    },
    {
      operationId: "issues/update-label",
      route: "PATCH /repos/{owner}/{repo}/labels/{name}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const label = labelFrom(request);
        const newName = isString(body.new_name) ? body.new_name.trim() : undefined;
        if (isString(body.color) && !LABEL_COLOR.test(body.color))
          throw validationFailed("Validation Failed", [
            { resource: "Label", code: "invalid", field: "color" },
          ]);
        if (newName !== undefined) {
          const clash = findLabel(repo, newName);
          if (newName === "")
            throw validationFailed("Validation Failed", [
              { resource: "Label", code: "missing_field", field: "name" },
            ]);
          if (clash && clash !== label)
            throw validationFailed("Validation Failed", [
              { resource: "Label", code: "already_exists", field: "name" },
            ]);
          for (const issue of Object.values(repo.issues))
            issue.labels = issue.labels.map((name) => (equalIgnoringCase(name, label.name) ? newName : name));
          label.name = newName;
        }
        if (isString(body.color)) label.color = body.color.toLowerCase();
        if (isString(body.description)) label.description = body.description;
        world.changed();
        return ok(labelShape(world, repo, label));
      },
    },
    {
      operationId: "issues/delete-label",
      route: "DELETE /repos/{owner}/{repo}/labels/{name}",
      permission: ["issues", "write"],
      handler: (request) => {
        const { repo } = request;
        const label = labelFrom(request);
        delete repo.labels[String(label.id)];
        for (const issue of Object.values(repo.issues))
          issue.labels = issue.labels.filter((name) => !equalIgnoringCase(name, label.name));
        request.world.changed();
        return noContent();
      },
    },
  ],
};
