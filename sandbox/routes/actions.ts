import {
  artifactDownloadUrl,
  base64DecodedLength,
  isArtifactExpired,
  mintRuntimeToken,
  resultsServiceRoutes,
  storeArtifact,
} from "../artifacts-service.ts";
import { getObject, resolveCommit } from "../git.ts";
import {
  HttpError,
  noContent,
  notFound,
  ok,
  paginate,
  type RouteModule,
  type SandboxRequest,
} from "../http.ts";
import { nodeId, repository, simpleUser, webhookUser } from "../shapes.ts";
import type { ArtifactRecord, RepoRecord, WorkflowRunRecord } from "../state.ts";
import type { SandboxWorld } from "../world.ts";

/**
 * GitHub Actions workflow runs and artifacts: seeding functions for tests and the harness (runs
 * happen to the sandbox, nothing runs workflows), the REST API, and the results service that
 * @actions/artifact uploads through (sandbox/artifacts-service.ts).
 */

export type WorkflowRunConclusion =
  | "success"
  | "failure"
  | "neutral"
  | "cancelled"
  | "timed_out"
  | "action_required"
  | "stale"
  | "skipped";

export interface StartWorkflowRunOptions {
  /** `owner/name` or the record. */
  repo: string | RepoRecord;
  /** The workflow file, e.g. `.github/workflows/train.yml`; runs of one path share a workflow id. */
  workflowPath: string;
  /** The workflow's `name:`; defaults to the file name without extension. */
  name?: string;
  /** The triggering event; defaults to `push`. */
  event?: string;
  /** Defaults to the repository's default branch. */
  headBranch?: string;
  /** Defaults to the head of `headBranch`; must be a commit in the repository. */
  headSha?: string;
  /** Who triggered the run; defaults to the repository owner. */
  actor?: string;
  /** Numbers of the pull requests the run is for (GitHub lists those that exist). */
  pullRequests?: number[];
  /** `in_progress` (default) emits `requested` then `in_progress`; `queued` only `requested`. */
  status?: "queued" | "in_progress";
}

function repoOf(world: SandboxWorld, repo: string | RepoRecord): RepoRecord {
  return typeof repo === "string" ? world.repo(repo) : repo;
}

function runOf(repo: RepoRecord, runId: number): WorkflowRunRecord {
  const run = repo.workflowRuns[String(runId)];
  if (!run) throw new Error(`sandbox: no workflow run ${runId} in ${repo.owner}/${repo.name}`);
  return run;
}

/** Creates a workflow run as GitHub does when a workflow triggers, and announces it. */
export function startWorkflowRun(world: SandboxWorld, options: StartWorkflowRunOptions): WorkflowRunRecord {
  const repo = repoOf(world, options.repo);
  const headBranch = options.headBranch ?? repo.defaultBranch;
  const headSha = options.headSha ?? resolveCommit(repo, `refs/heads/${headBranch}`);
  if (!headSha || !getObject(repo, headSha, "commit"))
    throw new Error(
      `sandbox: ${options.headSha ?? headBranch} is not a commit in ${repo.owner}/${repo.name}`,
    );
  const earlierRuns = Object.values(repo.workflowRuns).filter((r) => r.path === options.workflowPath);
  // A run belongs to a check suite, and the record has no field for its id: the suite takes the id
  // allocated just before the run's, so `checkSuiteIdOf(run)` is `run.id - 1`.
  world.id();
  const id = world.id();
  const now = world.now();
  const run: WorkflowRunRecord = {
    id,
    name: options.name ?? workflowFileStem(options.workflowPath),
    workflowId: earlierRuns[0]?.workflowId ?? world.id(),
    path: options.workflowPath,
    event: options.event ?? "push",
    status: "queued",
    conclusion: null,
    headBranch,
    headSha,
    runNumber: earlierRuns.length + 1,
    runAttempt: 1,
    actor: options.actor ?? repo.owner,
    pullRequests: options.pullRequests ?? [],
    createdAt: now,
    updatedAt: now,
  };
  world.createUser(run.actor);
  repo.workflowRuns[String(id)] = run;
  world.changed();
  emitWorkflowRun(world, repo, run, "requested");
  if ((options.status ?? "in_progress") === "in_progress") markWorkflowRunInProgress(world, repo, id);
  return run;
}

export function markWorkflowRunInProgress(
  world: SandboxWorld,
  repo: string | RepoRecord,
  runId: number,
): WorkflowRunRecord {
  const record = repoOf(world, repo);
  const run = runOf(record, runId);
  if (run.status === "completed") throw new Error(`sandbox: workflow run ${runId} has already completed`);
  run.status = "in_progress";
  run.updatedAt = world.now();
  world.changed();
  emitWorkflowRun(world, record, run, "in_progress");
  return run;
}

export function completeWorkflowRun(
  world: SandboxWorld,
  repo: string | RepoRecord,
  runId: number,
  conclusion: WorkflowRunConclusion,
): WorkflowRunRecord {
  const record = repoOf(world, repo);
  const run = runOf(record, runId);
  if (run.status === "completed") throw new Error(`sandbox: workflow run ${runId} has already completed`);
  run.status = "completed";
  run.conclusion = conclusion;
  run.updatedAt = world.now();
  world.changed();
  emitWorkflowRun(world, record, run, "completed");
  return run;
}

/**
 * The ACTIONS_RUNTIME_TOKEN a runner gives the steps of one job of the run; with it and
 * ACTIONS_RESULTS_URL=<sandbox url>/, @actions/artifact uploads to and downloads from this run.
 */
export function runtimeTokenFor(
  world: SandboxWorld,
  repo: string | RepoRecord,
  runId: number,
  options: { job?: string } = {},
): string {
  const record = repoOf(world, repo);
  return mintRuntimeToken(record, runOf(record, runId), options);
}

/**
 * The environment a runner gives a step of the run, as far as actions and @actions/artifact read
 * it. GITHUB_SERVER_URL is left out on purpose: @actions/artifact refuses to run against a server
 * that is not github.com (it takes it for GitHub Enterprise Server).
 */
export function runnerEnvFor(
  world: SandboxWorld,
  repo: string | RepoRecord,
  runId: number,
  options: { job?: string; token?: string; resultsUrl?: string } = {},
): Record<string, string> {
  const record = repoOf(world, repo);
  const run = runOf(record, runId);
  return {
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_API_URL: world.urls.api,
    GITHUB_REPOSITORY: `${record.owner}/${record.name}`,
    GITHUB_REPOSITORY_OWNER: record.owner,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_WORKFLOW: run.name,
    GITHUB_WORKFLOW_REF: `${record.owner}/${record.name}/${run.path}@${run.headBranch ? `refs/heads/${run.headBranch}` : run.headSha}`,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_SHA: run.headSha,
    GITHUB_REF: run.headBranch ? `refs/heads/${run.headBranch}` : "",
    GITHUB_ACTOR: run.actor,
    GITHUB_JOB: options.job ?? "build",
    ACTIONS_RESULTS_URL: `${options.resultsUrl ?? world.urls.api}/`,
    ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(record, run, options),
    ...(options.token ? { GITHUB_TOKEN: options.token } : {}),
  };
}

/**
 * Records an artifact (a zip archive) on a run as a finished upload-artifact step would, for tests
 * that need one without running @actions/artifact.
 */
export function recordArtifact(
  world: SandboxWorld,
  repo: string | RepoRecord,
  runId: number,
  artifact: { name: string; zip: Buffer; expiresAt?: string },
): ArtifactRecord {
  const record = repoOf(world, repo);
  return storeArtifact(world, record, runOf(record, runId), artifact);
}

// ---------------------------------------------------------------------------------------------
// Shapes

export function checkSuiteIdOf(run: WorkflowRunRecord): number {
  return run.id - 1;
}

function workflowFileStem(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.ya?ml$/, "");
}

function repoApi(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}

function repoHtml(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}

/** The keys of `minimal-repository` (REST) and `repository-lite` (webhooks), which agree. */
const MINIMAL_REPOSITORY_KEYS = [
  "id",
  "node_id",
  "name",
  "full_name",
  "owner",
  "private",
  "html_url",
  "description",
  "fork",
  "url",
  "archive_url",
  "assignees_url",
  "blobs_url",
  "branches_url",
  "collaborators_url",
  "comments_url",
  "commits_url",
  "compare_url",
  "contents_url",
  "contributors_url",
  "deployments_url",
  "downloads_url",
  "events_url",
  "forks_url",
  "git_commits_url",
  "git_refs_url",
  "git_tags_url",
  "hooks_url",
  "issue_comment_url",
  "issue_events_url",
  "issues_url",
  "keys_url",
  "labels_url",
  "languages_url",
  "merges_url",
  "milestones_url",
  "notifications_url",
  "pulls_url",
  "releases_url",
  "stargazers_url",
  "statuses_url",
  "subscribers_url",
  "subscription_url",
  "tags_url",
  "teams_url",
  "trees_url",
] as const;

type Flavour = "rest" | "webhook";

function userShape(world: SandboxWorld, login: string, flavour: Flavour): Record<string, unknown> {
  return flavour === "webhook" ? webhookUser(world, login) : simpleUser(world, login);
}

function minimalRepository(world: SandboxWorld, repo: RepoRecord, flavour: Flavour): Record<string, unknown> {
  const full = repository(world, repo);
  const minimal: Record<string, unknown> = {};
  for (const key of MINIMAL_REPOSITORY_KEYS) minimal[key] = full[key];
  minimal.owner = userShape(world, repo.owner, flavour);
  return minimal;
}

function pullRequestRefs(world: SandboxWorld, repo: RepoRecord, run: WorkflowRunRecord) {
  const repoRef = (fullName: string) => {
    const target = world.state.repos[fullName.toLowerCase()] ?? repo;
    return { id: target.id, url: repoApi(world, target), name: target.name };
  };
  return run.pullRequests.flatMap((number) => {
    const pull = Object.values(repo.pulls).find((p) => p.number === number);
    if (!pull) return [];
    return [
      {
        url: `${repoApi(world, repo)}/pulls/${number}`,
        id: pull.id,
        number,
        head: { ref: pull.headRef, sha: pull.headSha, repo: repoRef(pull.headRepo) },
        base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef(`${repo.owner}/${repo.name}`) },
      },
    ];
  });
}

function headCommit(repo: RepoRecord, sha: string) {
  const commit = getObject(repo, sha, "commit");
  if (!commit) return null;
  return {
    id: sha,
    tree_id: commit.tree,
    message: commit.message,
    timestamp: commit.committer.date,
    author: { name: commit.author.name, email: commit.author.email },
    committer: { name: commit.committer.name, email: commit.committer.email },
  };
}

/** The `workflow-run` object: REST's, or the stricter one webhook payloads carry. */
export function workflowRunShape(
  world: SandboxWorld,
  repo: RepoRecord,
  run: WorkflowRunRecord,
  options: { flavour?: Flavour; excludePullRequests?: boolean } = {},
): Record<string, unknown> {
  const flavour = options.flavour ?? "rest";
  const api = `${repoApi(world, repo)}/actions/runs/${run.id}`;
  const checkSuiteId = checkSuiteIdOf(run);
  const commit = headCommit(repo, run.headSha);
  const minimalRepo = minimalRepository(world, repo, flavour);
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId("WorkflowRun", run.id),
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId("CheckSuite", checkSuiteId),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: commit?.message.split("\n")[0] || run.name,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: api,
    html_url: `${repoHtml(world, repo)}/actions/runs/${run.id}`,
    pull_requests: options.excludePullRequests ? [] : pullRequestRefs(world, repo, run),
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: userShape(world, run.actor, flavour),
    triggering_actor: userShape(world, run.actor, flavour),
    run_started_at: run.createdAt,
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApi(world, repo)}/check-suites/${checkSuiteId}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${api}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${repoApi(world, repo)}/actions/workflows/${run.workflowId}`,
    head_commit: commit,
    repository: minimalRepo,
    head_repository: minimalRepo,
    ...(flavour === "rest" ? { head_repository_id: repo.id } : {}),
  };
}

function workflowShape(world: SandboxWorld, repo: RepoRecord, run: WorkflowRunRecord) {
  const runs = Object.values(repo.workflowRuns).filter((r) => r.workflowId === run.workflowId);
  const createdAt = runs.map((r) => r.createdAt).sort()[0] ?? run.createdAt;
  const file = run.path.split("/").pop() ?? run.path;
  return {
    id: run.workflowId,
    node_id: nodeId("Workflow", run.workflowId),
    name: run.name,
    path: run.path,
    state: "active",
    created_at: createdAt,
    updated_at: createdAt,
    url: `${repoApi(world, repo)}/actions/workflows/${run.workflowId}`,
    html_url: `${repoHtml(world, repo)}/blob/${repo.defaultBranch}/${run.path}`,
    badge_url: `${repoHtml(world, repo)}/workflows/${encodeURIComponent(file)}/badge.svg`,
  };
}

function emitWorkflowRun(
  world: SandboxWorld,
  repo: RepoRecord,
  run: WorkflowRunRecord,
  action: "requested" | "in_progress" | "completed",
): void {
  world.webhooks.emit(
    "workflow_run",
    {
      action,
      workflow_run: workflowRunShape(world, repo, run, { flavour: "webhook" }),
      workflow: workflowShape(world, repo, run),
    },
    repo,
    run.actor,
  );
}

export function artifactShape(
  world: SandboxWorld,
  repo: RepoRecord,
  artifact: ArtifactRecord,
): Record<string, unknown> {
  const url = `${repoApi(world, repo)}/actions/artifacts/${artifact.id}`;
  const run = repo.workflowRuns[String(artifact.runId)];
  return {
    id: artifact.id,
    node_id: nodeId("Artifact", artifact.id),
    name: artifact.name,
    size_in_bytes: base64DecodedLength(artifact.content),
    url,
    archive_download_url: `${url}/zip`,
    expired: isArtifactExpired(artifact),
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.createdAt,
    digest: artifact.digest,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: repo.id,
          head_repository_id: repo.id,
          ...(run.headBranch !== null ? { head_branch: run.headBranch } : {}),
          head_sha: run.headSha,
        }
      : null,
  };
}

// ---------------------------------------------------------------------------------------------
// REST

const RUN_STATUSES = new Set(["completed", "in_progress", "queued", "requested", "waiting", "pending"]);

/**
 * GitHub's `created` search qualifier: `2024-05-01`, `>=2024-05-01`, `<2024-05-01T10:00:00Z`,
 * `2024-05-01..2024-05-31` (either side may be `*`). A bound compares to as many characters of
 * the timestamp as it has, so a bare date covers the whole day.
 */
function createdMatcher(expression: string): (createdAt: string) => boolean {
  const compare = (createdAt: string, bound: string) => {
    const cut = createdAt.slice(0, bound.length);
    return cut < bound ? -1 : cut > bound ? 1 : 0;
  };
  const range = /^(.+)\.\.(.+)$/.exec(expression);
  if (range) {
    const [, from = "*", to = "*"] = range;
    return (at) => (from === "*" || compare(at, from) >= 0) && (to === "*" || compare(at, to) <= 0);
  }
  const bounded = /^(>=|<=|>|<)(.+)$/.exec(expression);
  if (!bounded) return (at) => compare(at, expression) === 0;
  const [, operator, bound = ""] = bounded;
  if (operator === ">=") return (at) => compare(at, bound) >= 0;
  if (operator === "<=") return (at) => compare(at, bound) <= 0;
  if (operator === ">") return (at) => compare(at, bound) > 0;
  return (at) => compare(at, bound) < 0;
}

function requestedRun(request: SandboxRequest): WorkflowRunRecord {
  const run = request.repo.workflowRuns[String(Number(request.params.run_id))];
  if (!run) throw notFound();
  return run;
}

function requestedArtifact(request: SandboxRequest): ArtifactRecord {
  const artifact = request.repo.artifacts[String(Number(request.params.artifact_id))];
  if (!artifact) throw notFound();
  return artifact;
}

function byName(request: SandboxRequest) {
  const name = request.query.get("name");
  return (artifact: ArtifactRecord) => name === null || artifact.name === name;
}

function artifactList(request: SandboxRequest, artifacts: ArtifactRecord[]) {
  const page = paginate(request, artifacts);
  return ok(
    {
      total_count: artifacts.length,
      artifacts: page.body.map((a) => artifactShape(request.world, request.repo, a)),
    },
    200,
    page.headers,
  );
}

export const actionsRoutes: RouteModule = {
  api: [
    {
      operationId: "actions/list-workflow-runs-for-repo",
      route: "GET /repos/{owner}/{repo}/actions/runs",
      permission: ["actions", "read"],
      handler: (request) => {
        const { query } = request;
        const filters: Array<(run: WorkflowRunRecord) => boolean> = [];
        const actor = query.get("actor");
        if (actor !== null) filters.push((run) => run.actor.toLowerCase() === actor.toLowerCase());
        const branch = query.get("branch");
        if (branch !== null) filters.push((run) => run.headBranch === branch);
        const event = query.get("event");
        if (event !== null) filters.push((run) => run.event === event);
        const status = query.get("status");
        if (status !== null)
          filters.push((run) => (RUN_STATUSES.has(status) ? run.status : run.conclusion) === status);
        const headSha = query.get("head_sha");
        if (headSha !== null) filters.push((run) => run.headSha === headSha);
        const created = query.get("created");
        if (created !== null) {
          const matches = createdMatcher(created);
          filters.push((run) => matches(run.createdAt));
        }
        const checkSuiteId = query.get("check_suite_id");
        if (checkSuiteId !== null) filters.push((run) => checkSuiteIdOf(run) === Number(checkSuiteId));

        const runs = Object.values(request.repo.workflowRuns)
          .filter((run) => filters.every((matches) => matches(run)))
          .sort((a, b) => b.id - a.id);
        const page = paginate(request, runs);
        const excludePullRequests = query.get("exclude_pull_requests") === "true";
        return ok(
          {
            total_count: runs.length,
            workflow_runs: page.body.map((run) =>
              workflowRunShape(request.world, request.repo, run, { excludePullRequests }),
            ),
          },
          200,
          page.headers,
        );
      },
    },
    {
      operationId: "actions/get-workflow-run",
      route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}",
      permission: ["actions", "read"],
      handler: (request) =>
        ok(
          workflowRunShape(request.world, request.repo, requestedRun(request), {
            excludePullRequests: request.query.get("exclude_pull_requests") === "true",
          }),
        ),
    },
    {
      operationId: "actions/list-workflow-run-artifacts",
      route: "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
      permission: ["actions", "read"],
      handler: (request) => {
        const run = requestedRun(request);
        const ascending = request.query.get("direction") === "asc";
        const artifacts = Object.values(request.repo.artifacts)
          .filter((a) => a.runId === run.id)
          .filter(byName(request))
          .sort((a, b) => (ascending ? a.id - b.id : b.id - a.id));
        return artifactList(request, artifacts);
      },
    },
    {
      operationId: "actions/list-artifacts-for-repo",
      route: "GET /repos/{owner}/{repo}/actions/artifacts",
      permission: ["actions", "read"],
      handler: (request) => {
        const artifacts = Object.values(request.repo.artifacts)
          .filter(byName(request))
          .sort((a, b) => b.id - a.id);
        return artifactList(request, artifacts);
      },
    },
    {
      operationId: "actions/get-artifact",
      route: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
      permission: ["actions", "read"],
      handler: (request) => ok(artifactShape(request.world, request.repo, requestedArtifact(request))),
    },
    {
      operationId: "actions/download-artifact",
      route: "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}",
      permission: ["actions", "read"],
      handler: (request) => {
        if (request.params.archive_format !== "zip") throw notFound();
        const artifact = requestedArtifact(request);
        if (isArtifactExpired(artifact)) throw new HttpError(410, "Artifact has expired");
        return { status: 302, headers: { location: artifactDownloadUrl(request.world.urls.api, artifact) } };
      },
    },
    {
      operationId: "actions/delete-artifact",
      route: "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}",
      permission: ["actions", "write"],
      handler: (request) => {
        const artifact = requestedArtifact(request);
        delete request.repo.artifacts[String(artifact.id)];
        request.world.changed();
        return noContent();
      },
    },
  ],
  web: resultsServiceRoutes,
};
