import { getObject, isAncestor, resolveCommit } from "../git.ts";
import {
  bodyOf,
  HttpError,
  isString,
  notFound,
  ok,
  paginate,
  type RouteModule,
  requireField,
  type SandboxRequest,
  validationFailed,
} from "../http.ts";
import { nodeId, repository, simpleUser, webhookUser } from "../shapes.ts";
import type { CheckRunRecord, GitPerson, Permissions, RepoRecord, StatusRecord } from "../state.ts";
import type { SandboxWorld } from "../world.ts";

/** What GitHub's check runs and deployments say about the app behind them. */
export interface AppIdentity {
  id: number;
  slug: string;
  name: string;
  owner: string;
  permissions: Permissions;
  events: string[];
  createdAt: string;
}

/** GitHub Actions' own app: the GITHUB_TOKEN creates check runs as it. */
const GITHUB_ACTIONS_APP: AppIdentity = {
  id: 15368,
  slug: "github-actions",
  name: "GitHub Actions",
  owner: "github",
  permissions: {
    actions: "write",
    checks: "write",
    contents: "write",
    deployments: "write",
    issues: "write",
    metadata: "read",
    pull_requests: "write",
    statuses: "write",
  },
  events: ["check_run", "check_suite", "deployment", "pull_request", "push", "workflow_dispatch"],
  createdAt: "2018-07-30T09:30:17Z",
};

const CHECK_STATUSES = ["queued", "in_progress", "completed"] as const;
const CHECK_CONCLUSIONS = [
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "success",
  "skipped",
  "timed_out",
] as const;
const ANNOTATION_LEVELS = ["notice", "warning", "failure"] as const;
const MAX_ANNOTATIONS_PER_REQUEST = 50;
const COMMIT_STATES = ["error", "failure", "pending", "success"] as const;
const MAX_STATUSES_PER_CONTEXT = 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const isInteger = (v: unknown): v is number => Number.isInteger(v);
const nullableString = (v: unknown): v is string | null => v === null || isString(v);

export function repoApi(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}

function repoHtml(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}

/** The login a write is made as (writes never reach a handler anonymously: auth answers 401). */
export function callerLogin(request: SandboxRequest): string {
  const { actor } = request;
  if (actor.kind === "user" || actor.kind === "installation") return actor.user.login;
  throw new HttpError(401, "Requires authentication");
}

/** The app a request acts as: an installation's app, or GitHub Actions for a GITHUB_TOKEN. */
export function callingApp(request: SandboxRequest): AppIdentity | undefined {
  const { actor, world } = request;
  if (actor.kind === "installation") {
    const installation = world.state.installations[String(actor.installationId)];
    return installation ? world.state.apps[String(installation.appId)] : undefined;
  }
  if (actor.kind === "user" && world.state.tokens[actor.token]?.kind === "actions") return actionsApp(world);
  return undefined;
}

/** The app whose bot user is `login` (`<slug>[bot]`), for `performed_via_github_app`. */
export function appOfBot(world: SandboxWorld, login: string): AppIdentity | undefined {
  const slug = /^(.+)\[bot\]$/.exec(login)?.[1];
  if (!slug) return undefined;
  if (slug === GITHUB_ACTIONS_APP.slug) return actionsApp(world);
  return Object.values(world.state.apps).find((app) => app.slug === slug);
}

function appById(world: SandboxWorld, id: number | null): AppIdentity | undefined {
  if (id === null) return undefined;
  const registered = world.state.apps[String(id)];
  if (registered) return registered;
  return id === GITHUB_ACTIONS_APP.id ? actionsApp(world) : undefined;
}

function actionsApp(world: SandboxWorld): AppIdentity {
  const registered = Object.values(world.state.apps).find((app) => app.slug === GITHUB_ACTIONS_APP.slug);
  if (registered) return registered;
  if (!world.findUser(GITHUB_ACTIONS_APP.owner))
    world.createUser(GITHUB_ACTIONS_APP.owner, { type: "Organization" });
  return GITHUB_ACTIONS_APP;
}

/** The `integration` object of the REST API, or the `app` of webhook payloads. */
export function appShape(
  world: SandboxWorld,
  app: AppIdentity,
  flavor: "rest" | "webhook",
): Record<string, unknown> {
  const html = `${world.urls.html}/apps/${app.slug}`;
  // Webhook schemas know only read and write; an app granted admin holds write.
  const permissions = Object.fromEntries(
    Object.entries(app.permissions).map(([scope, level]) => [scope, level === "admin" ? "write" : level]),
  );
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("Integration", app.id),
    owner: flavor === "rest" ? simpleUser(world, app.owner) : webhookUser(world, app.owner),
    name: app.name,
    description: null,
    external_url: html,
    html_url: html,
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions,
    events: app.events,
  };
}

// ---------------------------------------------------------------------------------------------
// Check runs

interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: string | null;
  title: string | null;
  message: string | null;
  raw_details: string | null;
  blob_href: string;
}

/** Open pull requests from this repository whose head is the checked commit. */
function pullRequestsFor(world: SandboxWorld, repo: RepoRecord, sha: string): Array<Record<string, unknown>> {
  const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
  const api = repoApi(world, repo);
  const repoRef = { id: repo.id, url: api, name: repo.name };
  return Object.values(repo.pulls)
    .filter(
      (pull) =>
        pull.headSha === sha &&
        pull.headRepo.toLowerCase() === fullName &&
        repo.issues[String(pull.number)]?.state === "open",
    )
    .map((pull) => ({
      url: `${api}/pulls/${pull.number}`,
      id: pull.id,
      number: pull.number,
      head: { ref: pull.headRef, sha: pull.headSha, repo: repoRef },
      base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef },
    }));
}

/** A branch whose head is `sha`, the default branch first, as GitHub names a check suite's branch. */
function branchAt(repo: RepoRecord, sha: string): string | null {
  if (repo.refs[`refs/heads/${repo.defaultBranch}`] === sha) return repo.defaultBranch;
  const ref = Object.entries(repo.refs).find(
    ([name, target]) => name.startsWith("refs/heads/") && target === sha,
  );
  return ref ? ref[0].slice("refs/heads/".length) : null;
}

/** Most decisive first, as a check suite concludes from its runs. */
const SUITE_CONCLUSION_ORDER = ["action_required", "cancelled", "timed_out", "failure", "neutral", "success"];

/** The check suite as check_run webhooks carry it, derived from the runs that share its id. */
function checkSuiteShape(
  world: SandboxWorld,
  repo: RepoRecord,
  run: CheckRunRecord,
  app: AppIdentity | undefined,
) {
  const runs = Object.values(repo.checkRuns).filter((r) => r.checkSuiteId === run.checkSuiteId);
  const allCompleted = runs.every((r) => r.status === "completed");
  const status = allCompleted
    ? "completed"
    : runs.some((r) => r.status === "in_progress")
      ? "in_progress"
      : "queued";
  // `skipped` runs do not decide a suite; a suite of only skipped runs is neutral.
  const conclusion = allCompleted
    ? (SUITE_CONCLUSION_ORDER.find((c) => runs.some((r) => r.conclusion === c)) ?? "neutral")
    : null;
  const times = runs
    .flatMap((r) => [r.startedAt, r.completedAt])
    .filter(isString)
    .sort();
  return {
    id: run.checkSuiteId,
    node_id: nodeId("CheckSuite", run.checkSuiteId),
    head_branch: branchAt(repo, run.headSha),
    head_sha: run.headSha,
    status,
    conclusion,
    url: `${repoApi(world, repo)}/check-suites/${run.checkSuiteId}`,
    before: null,
    after: run.headSha,
    pull_requests: pullRequestsFor(world, repo, run.headSha),
    ...(app ? { app: appShape(world, app, "webhook") } : {}),
    created_at: times[0] ?? world.now(),
    updated_at: times.at(-1) ?? world.now(),
  };
}

/** A check run as the REST API (`rest`) or a `check_run` webhook (`webhook`) shows it. */
function checkRunShape(
  world: SandboxWorld,
  repo: RepoRecord,
  run: CheckRunRecord,
  flavor: "rest" | "webhook",
): Record<string, unknown> {
  const api = repoApi(world, repo);
  const app = appById(world, run.appId);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId("CheckRun", run.id),
    head_sha: run.headSha,
    external_id: run.externalId ?? "",
    url: `${api}/check-runs/${run.id}`,
    html_url: `${repoHtml(world, repo)}/runs/${run.id}`,
    // Without a details_url, GitHub links the app's page.
    details_url: run.detailsUrl ?? (app ? `${world.urls.html}/apps/${app.slug}` : null),
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt ?? world.now(),
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotationsCount,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    check_suite: flavor === "rest" ? { id: run.checkSuiteId } : checkSuiteShape(world, repo, run, app),
    app: app ? appShape(world, app, flavor) : null,
    pull_requests: pullRequestsFor(world, repo, run.headSha),
  };
}

function findCheckRun(request: SandboxRequest): CheckRunRecord {
  const run = request.repo.checkRuns[String(request.params.check_run_id)];
  if (!run) throw notFound();
  return run;
}

function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!isString(value))
    throw validationFailed(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a string.`);
  return value;
}

function optionalDate(body: Record<string, unknown>, name: string): string | undefined {
  const value = optionalString(body, name);
  if (value !== undefined && !ISO_DATE.test(value))
    throw validationFailed(`Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a date-time.`);
  return value === undefined ? undefined : `${new Date(value).toISOString().slice(0, 19)}Z`;
}

function oneOf<T extends string>(
  body: Record<string, unknown>,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw validationFailed(
      `Invalid request.\n\nFor '${name}', ${JSON.stringify(value)} is not a valid value.`,
    );
  return value as T;
}

/** `status`, `conclusion` and their times, settled the way GitHub settles them. */
function lifecycle(body: Record<string, unknown>, current: CheckRunRecord | undefined, now: string) {
  const conclusion = oneOf(body, "conclusion", CHECK_CONCLUSIONS);
  const requested = oneOf(body, "status", CHECK_STATUSES);
  const completedAt = optionalDate(body, "completed_at");
  const startedAt = optionalDate(body, "started_at") ?? current?.startedAt ?? now;
  const wasCompleted = current?.status === "completed";
  if (conclusion === undefined && (requested === "completed" || (completedAt !== undefined && !wasCompleted)))
    throw validationFailed(
      'Invalid request.\n\nNo subschema in "anyOf" matched.\n"conclusion" wasn\'t supplied.',
    );
  // Providing a conclusion completes the run, whatever status says.
  const status = conclusion !== undefined ? "completed" : (requested ?? current?.status ?? "queued");
  if (status !== "completed") return { status, conclusion: null, startedAt, completedAt: null };
  const completing = conclusion !== undefined || !wasCompleted;
  return {
    status,
    conclusion: conclusion ?? current?.conclusion ?? null,
    startedAt,
    completedAt: completedAt ?? (completing ? now : (current?.completedAt ?? now)),
  };
}

function parseAnnotations(
  world: SandboxWorld,
  repo: RepoRecord,
  headSha: string,
  raw: unknown,
): Annotation[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw))
    throw validationFailed("Invalid request.\n\nFor 'annotations', the value is not an array.");
  if (raw.length > MAX_ANNOTATIONS_PER_REQUEST)
    throw validationFailed(
      `Invalid request.\n\nFor 'annotations', only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request.`,
    );
  return raw.map((item: unknown) => {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw validationFailed("Invalid request.\n\nEach annotation must be an object.");
    const given = item as Record<string, unknown>;
    const path = requireField(given, "path", isString);
    const startLine = requireField(given, "start_line", isInteger);
    const endLine = requireField(given, "end_line", isInteger);
    const level = requireField(given, "annotation_level", isString);
    if (!(ANNOTATION_LEVELS as readonly string[]).includes(level))
      throw validationFailed(
        `Invalid request.\n\nFor 'annotation_level', ${JSON.stringify(level)} is not a valid value.`,
      );
    const message = requireField(given, "message", isString);
    const column = (name: string) => (Number.isInteger(given[name]) ? (given[name] as number) : null);
    return {
      path,
      start_line: startLine,
      end_line: endLine,
      start_column: column("start_column"),
      end_column: column("end_column"),
      annotation_level: level,
      title: optionalString(given, "title") ?? null,
      message,
      raw_details: optionalString(given, "raw_details") ?? null,
      blob_href: `${repoHtml(world, repo)}/blob/${headSha}/${path}`,
    };
  });
}

/** Applies `output` to a run: title, summary and text replace, annotations accumulate. */
function applyOutput(world: SandboxWorld, repo: RepoRecord, run: CheckRunRecord, raw: unknown): void {
  if (raw === undefined) return;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw validationFailed("Invalid request.\n\nFor 'output', the value is not an object.");
  const output = raw as Record<string, unknown>;
  const title = requireField(output, "title", isString);
  const summary = requireField(output, "summary", isString);
  const annotations = parseAnnotations(world, repo, run.headSha, output.annotations);
  run.output.title = title;
  run.output.summary = summary;
  if (output.text !== undefined) run.output.text = optionalString(output, "text") ?? null;
  run.annotations.push(...annotations);
  run.output.annotationsCount = run.annotations.length;
}

/** Runs of one app on one commit share a check suite, as on GitHub. */
function checkSuiteFor(request: SandboxRequest, appId: number, headSha: string): number {
  const sibling = Object.values(request.repo.checkRuns).find(
    (r) => r.appId === appId && r.headSha === headSha,
  );
  return sibling?.checkSuiteId ?? request.world.id();
}

function requireApp(request: SandboxRequest): AppIdentity {
  const app = callingApp(request);
  if (!app) throw new HttpError(403, "You must authenticate via a GitHub App.");
  return app;
}

/** The newest run per app and name: what `filter=latest` lists. */
function latestRuns(runs: CheckRunRecord[]): CheckRunRecord[] {
  const newest = new Map<string, CheckRunRecord>();
  for (const run of runs) {
    const key = `${run.appId}\0${run.name}`;
    const seen = newest.get(key);
    if (!seen || run.id > seen.id) newest.set(key, run);
  }
  return [...newest.values()];
}

// ---------------------------------------------------------------------------------------------
// Commit statuses

function statusShape(world: SandboxWorld, repo: RepoRecord, status: StatusRecord): Record<string, unknown> {
  const creator = simpleUser(world, status.creator);
  return {
    url: `${repoApi(world, repo)}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: nodeId("StatusContext", status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator,
  };
}

/** Statuses of a commit, newest first. */
function statusesOf(repo: RepoRecord, sha: string): StatusRecord[] {
  return repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
}

/** The newest status of each context of a commit, newest first. */
export function latestStatusPerContext(repo: RepoRecord, sha: string): StatusRecord[] {
  const seen = new Set<string>();
  return statusesOf(repo, sha).filter((status) => {
    if (seen.has(status.context)) return false;
    seen.add(status.context);
    return true;
  });
}

/** GitHub's combined state: failure beats pending beats success; no statuses at all is pending. */
export function combinedState(latest: StatusRecord[]): StatusRecord["state"] {
  if (latest.some((s) => s.state === "error" || s.state === "failure")) return "failure";
  if (latest.length === 0 || latest.some((s) => s.state === "pending")) return "pending";
  return "success";
}

/** A commit addressed by a hex sha (full or abbreviated), as `POST /statuses/{sha}` takes it. */
function commitForSha(repo: RepoRecord, sha: string): string {
  const commit = /^[0-9a-f]{7,40}$/i.test(sha) ? resolveCommit(repo, sha.toLowerCase()) : undefined;
  if (!commit) throw validationFailed(`No commit found for SHA: ${sha}`);
  return commit;
}

function gitUser(world: SandboxWorld, person: GitPerson): Record<string, unknown> | null {
  const user = Object.values(world.state.users).find(
    (u) => person.email === u.email || person.email === world.gitPerson(u.login).email,
  );
  return user ? webhookUser(world, user.login) : null;
}

/** The commit as `status` webhooks carry it. */
function webhookCommit(world: SandboxWorld, repo: RepoRecord, sha: string): Record<string, unknown> {
  const commit = getObject(repo, sha, "commit");
  if (!commit) throw notFound();
  const api = repoApi(world, repo);
  const html = repoHtml(world, repo);
  return {
    sha,
    node_id: Buffer.from(`0:Commit:${sha}`).toString("base64url"),
    commit: {
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
      url: `${api}/git/commits/${sha}`,
      comment_count: 0,
      verification: { verified: false, reason: "unsigned", signature: null, payload: null },
    },
    url: `${api}/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    author: gitUser(world, commit.author),
    committer: gitUser(world, commit.committer),
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${api}/commits/${parent}`,
      html_url: `${html}/commit/${parent}`,
    })),
  };
}

/** Up to ten branches that contain the commit, as the `status` webhook lists them. */
function branchesContaining(
  world: SandboxWorld,
  repo: RepoRecord,
  sha: string,
): Array<Record<string, unknown>> {
  return Object.entries(repo.refs)
    .filter(([name, head]) => name.startsWith("refs/heads/") && (head === sha || isAncestor(repo, sha, head)))
    .slice(0, 10)
    .map(([name, head]) => ({
      name: name.slice("refs/heads/".length),
      commit: { sha: head, url: `${repoApi(world, repo)}/commits/${head}` },
      protected: false,
    }));
}

function emitStatus(world: SandboxWorld, repo: RepoRecord, status: StatusRecord): void {
  const avatarUrl = simpleUser(world, status.creator).avatar_url;
  world.webhooks.emit(
    "status",
    {
      id: status.id,
      sha: status.sha,
      name: `${repo.owner}/${repo.name}`,
      avatar_url: avatarUrl,
      target_url: status.targetUrl,
      context: status.context,
      description: status.description,
      state: status.state,
      commit: webhookCommit(world, repo, status.sha),
      branches: branchesContaining(world, repo, status.sha),
      created_at: status.createdAt,
      updated_at: status.updatedAt,
    },
    repo,
    status.creator,
  );
}

/** GitHub's REST API for check runs and commit statuses. */
export const checkRoutes: RouteModule = {
  api: [
    {
      operationId: "checks/create",
      route: "POST /repos/{owner}/{repo}/check-runs",
      permission: ["checks", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const app = requireApp(request);
        const body = bodyOf(request);
        const name = requireField(body, "name", isString);
        const headSha = requireField(body, "head_sha", isString);
        if (!getObject(repo, headSha, "commit"))
          throw validationFailed(`No commit found for SHA: ${headSha}`);
        const now = world.now();
        const settled = lifecycle(body, undefined, now);
        const run: CheckRunRecord = {
          id: world.id(),
          name,
          headSha,
          status: settled.status,
          conclusion: settled.conclusion,
          startedAt: settled.startedAt,
          completedAt: settled.completedAt,
          externalId: optionalString(body, "external_id") ?? null,
          detailsUrl: optionalString(body, "details_url") ?? null,
          output: { title: null, summary: null, text: null, annotationsCount: 0 },
          annotations: [],
          appId: app.id,
          checkSuiteId: checkSuiteFor(request, app.id, headSha),
        };
        applyOutput(world, repo, run, body.output);
        repo.checkRuns[String(run.id)] = run;
        world.changed();
        world.webhooks.emit(
          "check_run",
          { action: "created", check_run: checkRunShape(world, repo, run, "webhook") },
          repo,
          callerLogin(request),
        );
        return ok(checkRunShape(world, repo, run, "rest"), 201);
      },
    },
    {
      operationId: "checks/update",
      route: "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
      permission: ["checks", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const app = requireApp(request);
        const run = findCheckRun(request);
        if (run.appId !== app.id)
          throw new HttpError(
            403,
            `Invalid app_id \`${run.appId}\` - check run can only be modified by the GitHub App that created it.`,
          );
        const body = bodyOf(request);
        const wasCompleted = run.status === "completed";
        const settled = lifecycle(body, run, world.now());
        // Validate the output before changing anything, so a refused update leaves the run as it was.
        const draft: CheckRunRecord = structuredClone(run);
        applyOutput(world, repo, draft, body.output);
        Object.assign(run, draft, settled, {
          name: optionalString(body, "name") ?? run.name,
          externalId: optionalString(body, "external_id") ?? run.externalId,
          detailsUrl: optionalString(body, "details_url") ?? run.detailsUrl,
        });
        world.changed();
        if (run.status === "completed" && !wasCompleted)
          world.webhooks.emit(
            "check_run",
            { action: "completed", check_run: checkRunShape(world, repo, run, "webhook") },
            repo,
            callerLogin(request),
          );
        return ok(checkRunShape(world, repo, run, "rest"));
      },
    },
    {
      operationId: "checks/get",
      route: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
      permission: ["checks", "read"],
      handler: (request) => ok(checkRunShape(request.world, request.repo, findCheckRun(request), "rest")),
    },
    {
      operationId: "checks/list-annotations",
      route: "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
      permission: ["checks", "read"],
      handler: (request) => paginate(request, findCheckRun(request).annotations as Annotation[]),
    },
    {
      operationId: "checks/list-for-ref",
      route: "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      permission: ["checks", "read"],
      handler: (request) => {
        const { repo, world, query } = request;
        const ref = request.params.ref ?? "";
        const sha = resolveCommit(repo, ref);
        if (!sha) throw validationFailed(`No commit found for SHA: ${ref}`);
        const checkName = query.get("check_name");
        const status = query.get("status");
        const appId = query.get("app_id");
        const onCommit = Object.values(repo.checkRuns).filter((run) => run.headSha === sha);
        const runs = (query.get("filter") === "all" ? onCommit : latestRuns(onCommit))
          .filter(
            (run) =>
              (checkName === null || run.name === checkName) &&
              (status === null || run.status === status) &&
              (appId === null || String(run.appId) === appId),
          )
          .sort((a, b) => b.id - a.id);
        const page = paginate(request, runs);
        return {
          ...page,
          body: {
            total_count: runs.length,
            check_runs: page.body.map((run) => checkRunShape(world, repo, run, "rest")),
          },
        };
      },
    },
    {
      operationId: "repos/create-commit-status",
      route: "POST /repos/{owner}/{repo}/statuses/{sha}",
      permission: ["statuses", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const sha = commitForSha(repo, request.params.sha ?? "");
        const body = bodyOf(request);
        const state = requireField(body, "state", isString);
        if (!(COMMIT_STATES as readonly string[]).includes(state))
          throw validationFailed(
            `Invalid request.\n\nFor 'state', ${JSON.stringify(state)} is not a valid value.`,
          );
        const context = body.context === undefined ? "default" : requireField(body, "context", isString);
        const targetUrl =
          body.target_url === undefined ? null : requireField(body, "target_url", nullableString);
        const description =
          body.description === undefined ? null : requireField(body, "description", nullableString);
        if (
          repo.statuses.filter((s) => s.sha === sha && s.context === context).length >=
          MAX_STATUSES_PER_CONTEXT
        )
          throw validationFailed("This SHA and context has reached the maximum number of statuses.");
        const now = world.now();
        const status: StatusRecord = {
          id: world.id(),
          sha,
          state: state as StatusRecord["state"],
          context,
          description,
          targetUrl,
          creator: callerLogin(request),
          createdAt: now,
          updatedAt: now,
        };
        repo.statuses.push(status);
        world.changed();
        emitStatus(world, repo, status);
        return ok(statusShape(world, repo, status), 201);
      },
    },
    {
      operationId: "repos/list-commit-statuses-for-ref",
      route: "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
      permission: ["statuses", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const sha = resolveCommit(repo, request.params.ref ?? "");
        const statuses = sha ? statusesOf(repo, sha) : [];
        const page = paginate(request, statuses);
        return { ...page, body: page.body.map((status) => statusShape(world, repo, status)) };
      },
    },
    {
      operationId: "repos/get-combined-status-for-ref",
      route: "GET /repos/{owner}/{repo}/commits/{ref}/status",
      permission: ["statuses", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const ref = request.params.ref ?? "";
        const sha = resolveCommit(repo, ref);
        if (!sha) throw new HttpError(404, `No commit found for SHA: ${ref}`);
        const latest = latestStatusPerContext(repo, sha);
        const page = paginate(request, latest);
        const api = repoApi(world, repo);
        return ok(
          {
            state: combinedState(latest),
            statuses: page.body.map((status) => {
              const { creator: _notInCombined, ...shape } = statusShape(world, repo, status);
              return shape;
            }),
            sha,
            total_count: latest.length,
            repository: repository(world, repo),
            commit_url: `${api}/commits/${sha}`,
            url: `${api}/commits/${sha}/status`,
          },
          200,
          page.headers,
        );
      },
    },
  ],
};
