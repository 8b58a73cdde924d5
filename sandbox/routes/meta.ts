import { randomBytes } from "node:crypto";
import {
  bodyOf,
  HttpError,
  isStringArray,
  notFound,
  ok,
  paginate,
  type RouteModule,
  type SandboxRequest,
} from "../http.ts";
import { fullUser, nodeId, repository, simpleUser } from "../shapes.ts";
import type { AppRecord, InstallationRecord, Permissions } from "../state.ts";
import type { SandboxWorld } from "../world.ts";

const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

function appShape(world: SandboxWorld, app: AppRecord): Record<string, unknown> {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId("Integration", app.id),
    client_id: `Iv1.${app.id.toString(16).padStart(16, "0")}`,
    owner: simpleUser(world, app.owner),
    name: app.name,
    description: null,
    external_url: `${world.urls.html}/apps/${app.slug}`,
    html_url: `${world.urls.html}/apps/${app.slug}`,
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions: app.permissions,
    events: app.events,
  };
}

function installationShape(world: SandboxWorld, installation: InstallationRecord): Record<string, unknown> {
  const app = world.state.apps[String(installation.appId)] as AppRecord;
  const account = world.user(installation.account);
  return {
    id: installation.id,
    account: simpleUser(world, installation.account),
    repository_selection: installation.repositories === "all" ? "all" : "selected",
    access_tokens_url: `${world.urls.api}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${world.urls.api}/installation/repositories`,
    html_url: `${world.urls.html}/settings/installations/${installation.id}`,
    app_id: installation.appId,
    app_slug: app.slug,
    target_id: account.id,
    target_type: account.type === "Organization" ? "Organization" : "User",
    permissions: installation.permissions,
    events: installation.events,
    created_at: installation.createdAt,
    updated_at: installation.createdAt,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  };
}

function appOf(request: SandboxRequest): AppRecord {
  if (request.actor.kind !== "app") throw new HttpError(401, "A JSON web token could not be decoded");
  return request.world.state.apps[String(request.actor.appId)] as AppRecord;
}

function installationOf(request: SandboxRequest): InstallationRecord {
  const app = appOf(request);
  const installation = request.world.state.installations[request.params.installation_id ?? ""];
  if (!installation || installation.appId !== app.id) throw notFound();
  return installation;
}

export const metaRoutes: RouteModule = {
  api: [
    {
      operationId: "users/get-authenticated",
      route: "GET /user",
      handler: (request) => {
        if (request.actor.kind === "installation")
          throw new HttpError(403, "Resource not accessible by integration");
        if (request.actor.kind !== "user") throw new HttpError(401, "Requires authentication");
        const user = fullUser(request.world, request.actor.user.login);
        return ok({
          ...user,
          private_gists: 0,
          total_private_repos: 0,
          owned_private_repos: 0,
          disk_usage: 0,
          collaborators: 0,
          two_factor_authentication: true,
        });
      },
    },
    {
      operationId: "users/get-by-username",
      route: "GET /users/{username}",
      auth: "none",
      handler: (request) => {
        if (!request.world.findUser(request.params.username ?? "")) throw notFound();
        return ok(fullUser(request.world, request.params.username as string));
      },
    },
    {
      operationId: "apps/get-authenticated",
      route: "GET /app",
      auth: "app",
      handler: (request) => ok(appShape(request.world, appOf(request))),
    },
    {
      operationId: "apps/list-installations",
      route: "GET /app/installations",
      auth: "app",
      handler: (request) => {
        const app = appOf(request);
        const installations = Object.values(request.world.state.installations).filter(
          (i) => i.appId === app.id,
        );
        return paginate(
          request,
          installations.map((i) => installationShape(request.world, i)),
        );
      },
    },
    {
      operationId: "apps/get-installation",
      route: "GET /app/installations/{installation_id}",
      auth: "app",
      handler: (request) => ok(installationShape(request.world, installationOf(request))),
    },
    {
      operationId: "apps/get-repo-installation",
      route: "GET /repos/{owner}/{repo}/installation",
      auth: "app",
      handler: (request) => {
        const app = appOf(request);
        const id = request.world.installationFor(app.id, request.repo);
        const installation = id === undefined ? undefined : request.world.state.installations[String(id)];
        if (!installation) throw notFound();
        return ok(installationShape(request.world, installation));
      },
    },
    {
      operationId: "apps/create-installation-access-token",
      route: "POST /app/installations/{installation_id}/access_tokens",
      auth: "app",
      handler: (request) => createInstallationToken(request),
    },
    {
      operationId: "apps/list-repos-accessible-to-installation",
      route: "GET /installation/repositories",
      handler: (request) => {
        if (request.actor.kind !== "installation")
          throw new HttpError(403, "Resource not accessible by personal access token");
        const installation = request.world.state.installations[
          String(request.actor.installationId)
        ] as InstallationRecord;
        const repos = Object.values(request.world.state.repos).filter(
          (r) =>
            r.owner.toLowerCase() === installation.account.toLowerCase() &&
            (installation.repositories === "all" ||
              installation.repositories.some(
                (n) => n.toLowerCase() === `${r.owner}/${r.name}`.toLowerCase(),
              )),
        );
        const page = paginate(
          request,
          repos.map((r) => repository(request.world, r)),
        );
        return { ...page, body: { total_count: repos.length, repositories: page.body } };
      },
    },
  ],
};

function createInstallationToken(request: SandboxRequest) {
  const installation = installationOf(request);
  const body = bodyOf(request);
  const world = request.world;
  let permissions: Permissions = installation.permissions;
  if (body.permissions && typeof body.permissions === "object") {
    const asked = body.permissions as Permissions;
    for (const [scope, level] of Object.entries(asked)) {
      const granted = installation.permissions[scope];
      if (!granted || (granted === "read" && level !== "read"))
        throw new HttpError(422, `The permissions requested are not granted to this installation.`);
    }
    permissions = asked;
  }
  let repositories: string[] | undefined;
  if (body.repositories !== undefined) {
    if (!isStringArray(body.repositories)) throw new HttpError(422, "repositories must be an array of names");
    repositories = body.repositories.map((name) => `${installation.account}/${name}`);
    for (const fullName of repositories) {
      const [owner, name] = fullName.split("/") as [string, string];
      const repo = world.findRepo(owner, name);
      if (!repo || world.installationFor(installation.appId, repo) !== installation.id)
        throw new HttpError(
          422,
          `There is at least one repository that does not exist or is not accessible to the parent installation.`,
        );
    }
  }
  const app = world.state.apps[String(installation.appId)] as AppRecord;
  const token = `ghs_${randomBytes(18).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS);
  world.state.tokens[token] = {
    login: `${app.slug}[bot]`,
    kind: "installation",
    installationId: installation.id,
    permissions,
    ...(repositories ? { repositories } : {}),
    expiresAt: expiresAt.toISOString(),
  };
  world.changed();
  return ok(
    {
      token,
      expires_at: `${expiresAt.toISOString().slice(0, 19)}Z`,
      permissions,
      repository_selection: repositories || installation.repositories !== "all" ? "selected" : "all",
    },
    201,
  );
}
