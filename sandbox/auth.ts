import { createPublicKey, createVerify } from "node:crypto";
import { type Actor, HttpError, type RouteDefinition } from "./http.ts";
import type { Permissions, RepoRecord } from "./state.ts";
import type { SandboxWorld } from "./world.ts";

const LEVELS = { none: 0, read: 1, write: 2, admin: 3 } as const;

/** Who the Authorization header says is calling, checked the way GitHub checks it. */
export function authenticate(world: SandboxWorld, header: string | undefined): Actor {
  if (!header) return { kind: "anonymous" };
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw new HttpError(401, "Bad credentials");
  const credential = match[1];
  if (credential.startsWith("eyJ")) return { kind: "app", appId: verifyAppJwt(world, credential) };
  const record = world.state.tokens[credential];
  if (!record || (record.expiresAt && Date.parse(record.expiresAt) < Date.now()))
    throw new HttpError(401, "Bad credentials");
  const user = world.user(record.login);
  if (record.kind === "installation") {
    const installation = world.state.installations[String(record.installationId)];
    if (!installation) throw new HttpError(401, "Bad credentials");
    return {
      kind: "installation",
      user,
      installationId: installation.id,
      token: credential,
      permissions: record.permissions ?? installation.permissions,
      ...(record.repositories ? { repositories: record.repositories } : {}),
    };
  }
  return {
    kind: "user",
    user,
    token: credential,
    ...(record.permissions ? { permissions: record.permissions } : {}),
    ...(record.repositories ? { repositories: record.repositories } : {}),
    ...(record.account ? { account: record.account } : {}),
  };
}

/** Verifies an app's RS256 JWT as GitHub does: signature, `iss`, `iat`/`exp` (at most 10 minutes). */
function verifyAppJwt(world: SandboxWorld, jwt: string): number {
  const parts = jwt.split(".");
  const [header, payload, signature] = parts;
  if (parts.length !== 3 || !header || !payload || !signature)
    throw new HttpError(401, "A JSON web token could not be decoded");
  let claims: { iss?: unknown; iat?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw new HttpError(401, "A JSON web token could not be decoded");
  }
  const app = Object.values(world.state.apps).find(
    (a) => String(a.id) === String(claims.iss) || a.slug === claims.iss,
  );
  if (!app) throw new HttpError(401, "Integration not found");
  const verifier = createVerify("RSA-SHA256");
  verifier.update(`${header}.${payload}`);
  if (!verifier.verify(createPublicKey(app.publicKeyPem), Buffer.from(signature, "base64url")))
    throw new HttpError(401, "A JSON web token could not be decoded");
  const now = Math.floor(Date.now() / 1000);
  if (typeof claims.exp !== "number" || claims.exp < now)
    throw new HttpError(
      401,
      "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    );
  if (typeof claims.iat !== "number" || claims.iat > now + 60 || claims.exp - claims.iat > 600)
    throw new HttpError(
      401,
      "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
    );
  return app.id;
}

/** Enforces what a route needs of the caller, before any repository is looked at. */
export function requireCredential(actor: Actor, route: RouteDefinition): void {
  const wanted = route.auth ?? "token";
  if (wanted === "none") return;
  if (wanted === "app") {
    if (actor.kind !== "app") throw new HttpError(401, "A JSON web token could not be decoded");
    return;
  }
  if (actor.kind === "app")
    throw new HttpError(
      403,
      "This endpoint requires you to be authenticated as an installation, not as an app.",
    );
}

/**
 * Looks up `{owner}/{repo}` for the caller. A repository the caller may not see answers 404, as
 * on GitHub; one it sees but may not change in the way the route needs answers 403.
 */
export function authorizeRepo(
  world: SandboxWorld,
  actor: Actor,
  params: { owner: string; repo: string; method: string },
  route: RouteDefinition,
): RepoRecord {
  const repo = world.findRepo(params.owner, params.repo);
  if (!repo) throw new HttpError(404, "Not Found");
  const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
  const [scope, level] = route.permission ?? ["metadata", "read"];

  if (actor.kind === "anonymous") {
    if (repo.private) throw new HttpError(404, "Not Found");
    if (level === "write" || params.method !== "GET") throw new HttpError(401, "Requires authentication");
    return repo;
  }
  if (actor.kind === "app")
    throw new HttpError(
      403,
      "This endpoint requires you to be authenticated as an installation, not as an app.",
    );

  if (actor.repositories && !actor.repositories.some((r) => r.toLowerCase() === fullName))
    throw new HttpError(404, "Not Found");
  if (actor.kind === "installation") {
    const installation = world.state.installations[String(actor.installationId)];
    if (!installation || installation.account.toLowerCase() !== repo.owner.toLowerCase())
      throw new HttpError(404, "Not Found");
    if (
      installation.repositories !== "all" &&
      !installation.repositories.some((r) => r.toLowerCase() === fullName)
    )
      throw new HttpError(404, "Not Found");
    requirePermission(actor.permissions, scope, level);
    return repo;
  }
  if (actor.account !== undefined) {
    // A GITHUB_TOKEN reaches its own account's repositories, as far as its permissions go.
    if (actor.account.toLowerCase() !== repo.owner.toLowerCase()) throw new HttpError(404, "Not Found");
    requirePermission(actor.permissions ?? {}, scope, level);
    return repo;
  }
  const userLevel = world.permissionOf(repo, actor.user.login);
  if (userLevel === "none") throw new HttpError(404, "Not Found");
  if (actor.permissions) requirePermission(actor.permissions, scope, level);
  if (level === "write" && LEVELS[userLevel] < LEVELS.write)
    throw new HttpError(403, "Must have push access to this repository.");
  return repo;
}

function requirePermission(permissions: Permissions, scope: string, level: "read" | "write"): void {
  if (scope === "metadata" && level === "read") return;
  const granted = permissions[scope];
  if (!granted || LEVELS[granted] < LEVELS[level])
    throw new HttpError(403, "Resource not accessible by integration");
}
