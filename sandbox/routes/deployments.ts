import { createCommit, isAncestor, mergeBase, mergeTrees, resolveCommit } from "../git.ts";
import {
  bodyOf,
  HttpError,
  isBoolean,
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
import { nodeId, simpleUser, webhookUser } from "../shapes.ts";
import type { DeploymentRecord, DeploymentStatusRecord, EnvironmentRecord, RepoRecord } from "../state.ts";
import type { SandboxWorld } from "../world.ts";
import { appOfBot, appShape, callerLogin, latestStatusPerContext, repoApi } from "./checks.ts";

const DEPLOYMENT_STATES = [
  "error",
  "failure",
  "inactive",
  "in_progress",
  "queued",
  "pending",
  "success",
] as const satisfies ReadonlyArray<DeploymentStatusRecord["state"]>;
/** The states `deployment_status` webhooks carry: GitHub sends none for `inactive`. */
const WEBHOOK_DEPLOYMENT_STATES = new Set([
  "pending",
  "in_progress",
  "success",
  "failure",
  "error",
  "queued",
]);
const MAX_WAIT_TIMER_MINUTES = 43_200;
const MAX_REVIEWERS = 6;
/** GitHub's documented limit for a deployment status's description. */
const MAX_STATUS_DESCRIPTION = 140;

const nullableString = (v: unknown): v is string | null => v === null || isString(v);
const isInteger = (v: unknown): v is number => Number.isInteger(v);

function optional<T>(
  body: Record<string, unknown>,
  name: string,
  check: (v: unknown) => v is T,
): T | undefined {
  return body[name] === undefined ? undefined : requireField(body, name, check);
}

// ---------------------------------------------------------------------------------------------
// Shapes

function deploymentUrl(world: SandboxWorld, repo: RepoRecord, id: number): string {
  return `${repoApi(world, repo)}/deployments/${id}`;
}

/** A deployment as the REST API (`rest`) or a webhook payload (`webhook`) shows it. */
function deploymentShape(
  world: SandboxWorld,
  repo: RepoRecord,
  deployment: DeploymentRecord,
  flavor: "rest" | "webhook",
): Record<string, unknown> {
  const url = deploymentUrl(world, repo, deployment.id);
  const app = appOfBot(world, deployment.creator);
  return {
    url,
    id: deployment.id,
    node_id: nodeId("Deployment", deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator:
      flavor === "rest" ? simpleUser(world, deployment.creator) : webhookUser(world, deployment.creator),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApi(world, repo),
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: app ? appShape(world, app, flavor) : null,
  };
}

function deploymentStatusShape(
  world: SandboxWorld,
  repo: RepoRecord,
  status: DeploymentStatusRecord,
  flavor: "rest" | "webhook",
): Record<string, unknown> {
  const url = deploymentUrl(world, repo, status.deploymentId);
  const app = appOfBot(world, status.creator);
  return {
    url: `${url}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId("DeploymentStatus", status.id),
    state: status.state,
    creator: flavor === "rest" ? simpleUser(world, status.creator) : webhookUser(world, status.creator),
    description: status.description,
    environment: status.environment,
    // `log_url` replaced `target_url`; GitHub still answers both with the same value.
    target_url: status.logUrl,
    ...(status.logUrl ? { log_url: status.logUrl } : {}),
    ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: url,
    repository_url: repoApi(world, repo),
    performed_via_github_app: app ? appShape(world, app, flavor) : null,
  };
}

function environmentShape(world: SandboxWorld, repo: RepoRecord, environment: EnvironmentRecord) {
  const name = encodeURIComponent(environment.name);
  // Protection rules have no record of their own; their ids derive from the environment's.
  const rules: Array<Record<string, unknown>> = [];
  if (environment.waitTimer > 0)
    rules.push({
      id: environment.id + 1,
      node_id: nodeId("Gate", environment.id + 1),
      type: "wait_timer",
      wait_timer: environment.waitTimer,
    });
  if (environment.reviewers.length > 0)
    rules.push({
      id: environment.id + 2,
      node_id: nodeId("Gate", environment.id + 2),
      type: "required_reviewers",
      prevent_self_review: false,
      reviewers: environment.reviewers.map((login) => ({ type: "User", reviewer: simpleUser(world, login) })),
    });
  return {
    id: environment.id,
    node_id: nodeId("Environment", environment.id),
    name: environment.name,
    url: `${repoApi(world, repo)}/environments/${name}`,
    html_url: `${world.urls.html}/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${name}`,
    created_at: environment.createdAt,
    updated_at: environment.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Records

function findDeployment(request: SandboxRequest): DeploymentRecord {
  const deployment = request.repo.deployments[String(request.params.deployment_id)];
  if (!deployment) throw notFound();
  return deployment;
}

/** A deployment's statuses, newest first. */
function statusesOf(repo: RepoRecord, deploymentId: number): DeploymentStatusRecord[] {
  return Object.values(repo.deploymentStatuses)
    .filter((s) => s.deploymentId === deploymentId)
    .sort((a, b) => b.id - a.id);
}

function findEnvironment(repo: RepoRecord, name: string): EnvironmentRecord | undefined {
  return repo.environments[name.toLowerCase()];
}

/** The named environment, created on first use as a deployment to a new environment does on GitHub. */
function ensureEnvironment(world: SandboxWorld, repo: RepoRecord, name: string): EnvironmentRecord {
  const existing = findEnvironment(repo, name);
  if (existing) return existing;
  const now = world.now();
  const environment: EnvironmentRecord = {
    id: world.id(),
    name,
    createdAt: now,
    updatedAt: now,
    waitTimer: 0,
    reviewers: [],
  };
  repo.environments[name.toLowerCase()] = environment;
  return environment;
}

/** `payload` as given: an object, or a string holding a JSON object (GitHub parses it). */
function parsePayload(raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === "") return {};
  const value = isString(raw) ? parseJson(raw) : raw;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw validationFailed(`Invalid request.\n\nFor 'payload', ${JSON.stringify(raw)} is not a JSON object.`);
  return value as Record<string, unknown>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * `auto_merge`: when the deployed branch lacks commits of the default branch, GitHub merges the
 * default branch into it and answers 202 instead of deploying (the client deploys again).
 * Returns the message of that answer, or undefined when nothing needed merging.
 */
function mergeDefaultBranchInto(request: SandboxRequest, ref: string, login: string): string | undefined {
  const { repo, world } = request;
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : ref;
  const head = repo.refs[`refs/heads/${branch}`];
  const base = repo.refs[`refs/heads/${repo.defaultBranch}`];
  if (!head || !base || branch === repo.defaultBranch || isAncestor(repo, base, head)) return undefined;
  const merged = mergeTrees(repo, mergeBase(repo, head, base), head, base);
  if ("conflicts" in merged)
    throw new HttpError(409, `Conflict merging ${repo.defaultBranch} into ${branch}.`);
  const message = `Auto-merged ${repo.defaultBranch} into ${branch} on deployment.`;
  const commit = createCommit(repo, {
    tree: merged.tree,
    parents: [head, base],
    message,
    author: world.gitPerson(login),
  });
  repo.refs[`refs/heads/${branch}`] = commit;
  repo.pushedAt = world.now();
  world.changed();
  world.webhooks.pushed(repo, branch, head, commit, login);
  return message;
}

/**
 * The commit-status gate: every required context (by default every context the commit has) must
 * have `success` as its latest state. An empty list skips the gate.
 */
function requireSuccessfulContexts(repo: RepoRecord, sha: string, ref: string, required?: string[]): void {
  const latest = latestStatusPerContext(repo, sha);
  const contexts = required ?? latest.map((status) => status.context);
  const unmet = contexts
    .map((context) => ({ context, state: latest.find((s) => s.context === context)?.state ?? "missing" }))
    .filter((entry) => entry.state !== "success");
  if (unmet.length > 0)
    throw new HttpError(409, `Conflict: Commit status checks failed for ${ref}.`, {
      errors: [{ contexts: unmet, resource: "Deployment", field: "required_contexts", code: "invalid" }],
    });
}

/** A deployment counts as active while its latest status is `success`. */
function isActive(repo: RepoRecord, deployment: DeploymentRecord): boolean {
  return statusesOf(repo, deployment.id)[0]?.state === "success";
}

/**
 * `auto_inactive`: a new successful deployment retires the earlier successful deployments of
 * the same environment with an `inactive` status of their own.
 */
function retirePreviousDeployments(
  world: SandboxWorld,
  repo: RepoRecord,
  current: DeploymentRecord,
  creator: string,
): void {
  const environment = current.environment.toLowerCase();
  for (const deployment of Object.values(repo.deployments)) {
    if (deployment.id >= current.id || deployment.environment.toLowerCase() !== environment) continue;
    const latest = statusesOf(repo, deployment.id)[0];
    if (latest?.state !== "success") continue;
    const now = world.now();
    const inactive: DeploymentStatusRecord = {
      ...latest,
      id: world.id(),
      state: "inactive",
      description: "",
      creator,
      createdAt: now,
      updatedAt: now,
    };
    repo.deploymentStatuses[String(inactive.id)] = inactive;
    deployment.updatedAt = now;
  }
}

function requireAdmin(request: SandboxRequest): void {
  const { actor, repo, world } = request;
  if (actor.kind === "user" && world.permissionOf(repo, actor.user.login) !== "admin")
    throw new HttpError(403, "Must have admin rights to Repository.");
}

/** GitHub's REST API for deployments, deployment statuses, environments. */
export const deploymentRoutes: RouteModule = {
  api: [
    {
      operationId: "repos/create-deployment",
      route: "POST /repos/{owner}/{repo}/deployments",
      permission: ["deployments", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const ref = requireField(body, "ref", isString);
        const task = optional(body, "task", isString) ?? "deploy";
        const environment = optional(body, "environment", isString) ?? "production";
        const autoMerge = optional(body, "auto_merge", isBoolean) ?? true;
        const requiredContexts = optional(body, "required_contexts", isStringArray);
        const description = optional(body, "description", nullableString) ?? "";
        const transient = optional(body, "transient_environment", isBoolean) ?? false;
        const production =
          optional(body, "production_environment", isBoolean) ?? environment === "production";
        const payload = parsePayload(body.payload);
        const login = callerLogin(request);
        if (!resolveCommit(repo, ref)) throw validationFailed(`No ref found for: ${ref}`);
        if (autoMerge) {
          const merged = mergeDefaultBranchInto(request, ref, login);
          if (merged) return ok({ message: merged }, 202);
        }
        const sha = resolveCommit(repo, ref) as string;
        requireSuccessfulContexts(repo, sha, ref, requiredContexts);
        const now = world.now();
        const deployment: DeploymentRecord = {
          id: world.id(),
          sha,
          ref,
          task,
          environment,
          originalEnvironment: environment,
          description,
          payload,
          creator: login,
          transientEnvironment: transient,
          productionEnvironment: production,
          createdAt: now,
          updatedAt: now,
        };
        repo.deployments[String(deployment.id)] = deployment;
        ensureEnvironment(world, repo, environment);
        world.changed();
        world.webhooks.emit(
          "deployment",
          {
            action: "created",
            deployment: deploymentShape(world, repo, deployment, "webhook"),
            workflow: null,
            workflow_run: null,
          },
          repo,
          login,
        );
        return ok(deploymentShape(world, repo, deployment, "rest"), 201);
      },
    },
    {
      operationId: "repos/list-deployments",
      route: "GET /repos/{owner}/{repo}/deployments",
      permission: ["deployments", "read"],
      handler: (request) => {
        const { repo, world, query } = request;
        // GitHub documents "none" as these filters' default: it means "not filtered".
        const filter = (name: string) => {
          const value = query.get(name);
          return value === null || value === "none" ? undefined : value;
        };
        const [sha, ref, task, environment] = ["sha", "ref", "task", "environment"].map(filter);
        const deployments = Object.values(repo.deployments)
          .filter(
            (d) =>
              (sha === undefined || d.sha === sha) &&
              (ref === undefined || d.ref === ref) &&
              (task === undefined || d.task === task) &&
              (environment === undefined || d.environment.toLowerCase() === environment.toLowerCase()),
          )
          .sort((a, b) => b.id - a.id);
        const page = paginate(request, deployments);
        return { ...page, body: page.body.map((d) => deploymentShape(world, repo, d, "rest")) };
      },
    },
    {
      operationId: "repos/get-deployment",
      route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
      permission: ["deployments", "read"],
      handler: (request) => ok(deploymentShape(request.world, request.repo, findDeployment(request), "rest")),
    },
    {
      operationId: "repos/delete-deployment",
      route: "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}",
      permission: ["deployments", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const environment = deployment.environment.toLowerCase();
        const onlyInEnvironment = Object.values(repo.deployments).every(
          (d) => d.id === deployment.id || d.environment.toLowerCase() !== environment,
        );
        if (isActive(repo, deployment) && !onlyInEnvironment)
          throw validationFailed(
            "We cannot delete an active deployment unless it is the only deployment in a given environment.",
          );
        delete repo.deployments[String(deployment.id)];
        for (const status of statusesOf(repo, deployment.id))
          delete repo.deploymentStatuses[String(status.id)];
        world.changed();
        return noContent();
      },
    },
    {
      operationId: "repos/create-deployment-status",
      route: "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      permission: ["deployments", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const body = bodyOf(request);
        const state = requireField(body, "state", isString);
        if (!(DEPLOYMENT_STATES as readonly string[]).includes(state))
          throw validationFailed(
            `Invalid request.\n\nFor 'state', ${JSON.stringify(state)} is not a valid value.`,
          );
        const logUrl = optional(body, "log_url", isString) ?? optional(body, "target_url", isString) ?? "";
        const environmentUrl = optional(body, "environment_url", isString) ?? "";
        const description = optional(body, "description", isString) ?? "";
        if (description.length > MAX_STATUS_DESCRIPTION)
          throw validationFailed("Validation Failed", [
            {
              resource: "DeploymentStatus",
              code: "custom",
              field: "description",
              message: `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`,
            },
          ]);
        const autoInactive = optional(body, "auto_inactive", isBoolean) ?? true;
        // Without `environment`, the previous status's environment holds, else the deployment's.
        const environment =
          optional(body, "environment", isString) ??
          statusesOf(repo, deployment.id)[0]?.environment ??
          deployment.environment;
        const login = callerLogin(request);
        const now = world.now();
        const status: DeploymentStatusRecord = {
          id: world.id(),
          deploymentId: deployment.id,
          state: state as DeploymentStatusRecord["state"],
          description,
          environment,
          environmentUrl,
          logUrl,
          creator: login,
          createdAt: now,
          updatedAt: now,
        };
        repo.deploymentStatuses[String(status.id)] = status;
        if (environment !== deployment.environment) {
          deployment.environment = environment;
          ensureEnvironment(world, repo, environment);
        }
        deployment.updatedAt = now;
        if (state === "success" && autoInactive) retirePreviousDeployments(world, repo, deployment, login);
        world.changed();
        if (WEBHOOK_DEPLOYMENT_STATES.has(state))
          world.webhooks.emit(
            "deployment_status",
            {
              action: "created",
              deployment_status: deploymentStatusShape(world, repo, status, "webhook"),
              deployment: deploymentShape(world, repo, deployment, "webhook"),
            },
            repo,
            login,
          );
        return ok(deploymentStatusShape(world, repo, status, "rest"), 201);
      },
    },
    {
      operationId: "repos/list-deployment-statuses",
      route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      permission: ["deployments", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const page = paginate(request, statusesOf(repo, deployment.id));
        return { ...page, body: page.body.map((s) => deploymentStatusShape(world, repo, s, "rest")) };
      },
    },
    {
      operationId: "repos/get-deployment-status",
      route: "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}",
      permission: ["deployments", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const deployment = findDeployment(request);
        const status = repo.deploymentStatuses[String(request.params.status_id)];
        if (!status || status.deploymentId !== deployment.id) throw notFound();
        return ok(deploymentStatusShape(world, repo, status, "rest"));
      },
    },
    {
      operationId: "repos/get-all-environments",
      route: "GET /repos/{owner}/{repo}/environments",
      permission: ["actions", "read"],
      handler: (request) => {
        const { repo, world } = request;
        const environments = Object.values(repo.environments).sort((a, b) => a.name.localeCompare(b.name));
        const page = paginate(request, environments);
        return {
          ...page,
          body: {
            total_count: environments.length,
            environments: page.body.map((e) => environmentShape(world, repo, e)),
          },
        };
      },
    },
    {
      operationId: "repos/get-environment",
      route: "GET /repos/{owner}/{repo}/environments/{environment_name}",
      permission: ["actions", "read"],
      handler: (request) => {
        const environment = findEnvironment(request.repo, request.params.environment_name ?? "");
        if (!environment) throw notFound();
        return ok(environmentShape(request.world, request.repo, environment));
      },
    },
    {
      operationId: "repos/create-or-update-environment",
      route: "PUT /repos/{owner}/{repo}/environments/{environment_name}",
      permission: ["administration", "write"],
      handler: (request) => {
        const { repo, world } = request;
        requireAdmin(request);
        const body = bodyOf(request);
        const waitTimer = optional(body, "wait_timer", isInteger);
        if (waitTimer !== undefined && (waitTimer < 0 || waitTimer > MAX_WAIT_TIMER_MINUTES))
          throw validationFailed(
            `Invalid request.\n\nwait_timer must be between 0 and ${MAX_WAIT_TIMER_MINUTES}.`,
          );
        const reviewers = body.reviewers === undefined ? undefined : reviewerLogins(world, body.reviewers);
        const environment = ensureEnvironment(world, repo, request.params.environment_name ?? "");
        if (waitTimer !== undefined) environment.waitTimer = waitTimer;
        if (reviewers !== undefined) environment.reviewers = reviewers;
        environment.updatedAt = world.now();
        world.changed();
        return ok(environmentShape(world, repo, environment));
      },
    },
    {
      operationId: "repos/delete-an-environment",
      route: "DELETE /repos/{owner}/{repo}/environments/{environment_name}",
      permission: ["administration", "write"],
      handler: (request) => {
        const { repo, world } = request;
        requireAdmin(request);
        const name = request.params.environment_name ?? "";
        if (!findEnvironment(repo, name)) throw notFound();
        delete repo.environments[name.toLowerCase()];
        world.changed();
        return noContent();
      },
    },
  ],
};

/** `reviewers: [{ type: "User", id }]` to logins; teams are not modelled by the sandbox. */
function reviewerLogins(world: SandboxWorld, raw: unknown): string[] {
  if (raw === null) return [];
  if (!Array.isArray(raw))
    throw validationFailed("Invalid request.\n\nFor 'reviewers', the value is not an array.");
  if (raw.length > MAX_REVIEWERS)
    throw validationFailed(
      `Invalid request.\n\nOnly ${MAX_REVIEWERS} reviewers may be set on an environment.`,
    );
  return raw.map((entry: unknown) => {
    const reviewer = (entry ?? {}) as { type?: unknown; id?: unknown };
    if (reviewer.type !== "User")
      throw validationFailed("Invalid request.\n\nThe sandbox only models reviewers of type User.");
    const user = Object.values(world.state.users).find((u) => u.id === reviewer.id);
    if (!user) throw validationFailed(`Invalid request.\n\nReviewer ${String(reviewer.id)} was not found.`);
    return user.login;
  });
}
