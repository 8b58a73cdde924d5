import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { resolveCommit } from "../git.ts";
import {
  bodyOf,
  type HttpError,
  isBoolean,
  isString,
  noContent,
  notFound,
  ok,
  paginate,
  type RouteModule,
  requireField,
  type SandboxRequest,
  type SandboxResponse,
  validationFailed,
} from "../http.ts";
import { nodeId, simpleUser } from "../shapes.ts";
import type { AssetRecord, ReleaseRecord, RepoRecord } from "../state.ts";
import type { SandboxWorld } from "../world.ts";

/** How long a signed asset download URL stays valid, as GitHub's do (five minutes). */
const SIGNED_URL_TTL_SECONDS = 300;
/** Signs download URLs; a URL signed by an earlier process is refused, like an expired one. */
const DOWNLOAD_SIGNING_KEY = randomBytes(32);
const SIGNED_DOWNLOAD_PATH = "/_release-assets";

const MAX_EVENT_TYPE_LENGTH = 100;
const MAX_CLIENT_PAYLOAD_PROPERTIES = 10;

/** A field GitHub lets the caller leave out, checked like a required one when it is there. */
function optionalField<T>(
  body: Record<string, unknown>,
  name: string,
  check: (v: unknown) => v is T,
): T | undefined {
  return body[name] === undefined ? undefined : requireField(body, name, check);
}

function repoApi(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}

function repoHtml(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.html}/${repo.owner}/${repo.name}`;
}

/** The tag as it appears in release URLs; a draft has no tag yet, so GitHub names it `untagged-…`. */
function urlTag(release: ReleaseRecord): string {
  if (release.draft)
    return `untagged-${createHash("sha1").update(String(release.id)).digest("hex").slice(0, 20)}`;
  return release.tagName.split("/").map(encodeURIComponent).join("/");
}

function browserDownloadUrl(world: SandboxWorld, repo: RepoRecord, release: ReleaseRecord, name: string) {
  return `${repoHtml(world, repo)}/releases/download/${urlTag(release)}/${encodeURIComponent(name)}`;
}

function assetContent(asset: AssetRecord): Buffer {
  return Buffer.from(asset.content, "base64");
}

function assetShape(world: SandboxWorld, repo: RepoRecord, asset: AssetRecord): Record<string, unknown> {
  const release = repo.releases[String(asset.releaseId)] as ReleaseRecord;
  const content = assetContent(asset);
  return {
    url: `${repoApi(world, repo)}/releases/assets/${asset.id}`,
    browser_download_url: browserDownloadUrl(world, repo, release, asset.name),
    id: asset.id,
    node_id: nodeId("ReleaseAsset", asset.id),
    name: asset.name,
    label: asset.label,
    state: "uploaded",
    content_type: asset.contentType,
    size: content.length,
    digest: `sha256:${createHash("sha256").update(content).digest("hex")}`,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: simpleUser(world, asset.uploader),
  };
}

function assetsOf(repo: RepoRecord, release: ReleaseRecord): AssetRecord[] {
  return Object.values(repo.assets)
    .filter((asset) => asset.releaseId === release.id)
    .sort((a, b) => a.id - b.id);
}

function releaseUrls(world: SandboxWorld, repo: RepoRecord, release: ReleaseRecord) {
  const api = repoApi(world, repo);
  const url = `${api}/releases/${release.id}`;
  return {
    url,
    html_url: `${repoHtml(world, repo)}/releases/tag/${urlTag(release)}`,
    assets_url: `${url}/assets`,
    upload_url: `${world.urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${urlTag(release)}`,
    zipball_url: `${api}/zipball/${urlTag(release)}`,
  };
}

function releaseShape(
  world: SandboxWorld,
  repo: RepoRecord,
  release: ReleaseRecord,
): Record<string, unknown> {
  return {
    ...releaseUrls(world, repo, release),
    id: release.id,
    node_id: nodeId("Release", release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.updatedAt,
    author: simpleUser(world, release.author),
    assets: assetsOf(repo, release).map((asset) => assetShape(world, repo, asset)),
  };
}

/**
 * The release as webhook payloads carry it. GitHub's webhook schema is older than the REST one:
 * it has no `immutable`, `updated_at`, asset `digest` or user `user_view_type`, and types `name`
 * and `body` as strings (GitHub sends "" where the REST API says null).
 */
function webhookRelease(
  world: SandboxWorld,
  repo: RepoRecord,
  release: ReleaseRecord,
): Record<string, unknown> {
  const webhookUser = (login: string) => {
    const { user_view_type: _viewType, ...user } = simpleUser(world, login);
    return user;
  };
  return {
    ...releaseUrls(world, repo, release),
    id: release.id,
    node_id: nodeId("Release", release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name ?? "",
    body: release.body ?? "",
    draft: release.draft,
    prerelease: release.prerelease,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    author: webhookUser(release.author),
    assets: assetsOf(repo, release).map((asset) => {
      const { digest: _digest, uploader: _uploader, ...shape } = assetShape(world, repo, asset);
      return { ...shape, uploader: webhookUser(asset.uploader) };
    }),
  };
}

function emitRelease(
  request: SandboxRequest,
  action: string,
  release: ReleaseRecord,
  extra: Record<string, unknown> = {},
): void {
  const { world, repo } = request;
  world.webhooks.emit(
    "release",
    { action, ...extra, release: webhookRelease(world, repo, release) },
    repo,
    actorLogin(request),
  );
}

/** A release going public fires `published`, then `prereleased` or `released`. */
function emitPublished(request: SandboxRequest, release: ReleaseRecord): void {
  emitRelease(request, "published", release);
  emitRelease(request, release.prerelease ? "prereleased" : "released", release);
}

function actorLogin(request: SandboxRequest): string {
  return request.actor.kind === "user" || request.actor.kind === "installation"
    ? request.actor.user.login
    : "ghost";
}

/** Drafts (and their assets) are visible only to those who may push, as on GitHub. */
function canPush(request: SandboxRequest): boolean {
  const { actor, repo, world } = request;
  if (actor.kind === "installation") {
    const level = actor.permissions.contents;
    return level === "write" || level === "admin";
  }
  if (actor.kind !== "user") return false;
  // A workflow's GITHUB_TOKEN acts as github-actions[bot]: its permissions are the token's own.
  if (actor.account !== undefined) {
    const level = actor.permissions?.contents;
    return level === "write" || level === "admin";
  }
  if (actor.permissions) {
    const level = actor.permissions.contents;
    if (level !== "write" && level !== "admin") return false;
  }
  const level = world.permissionOf(repo, actor.user.login);
  return level === "write" || level === "admin";
}

function visibleRelease(request: SandboxRequest, id: string | undefined): ReleaseRecord {
  const release = request.repo.releases[String(Number(id))];
  if (!release || (release.draft && !canPush(request))) throw notFound();
  return release;
}

function visibleAsset(request: SandboxRequest, id: string | undefined): AssetRecord {
  const asset = request.repo.assets[String(Number(id))];
  if (!asset) throw notFound();
  visibleRelease(request, String(asset.releaseId));
  return asset;
}

/** Newest first: by creation time, then by id for releases created in the same second. */
function newestFirst(a: ReleaseRecord, b: ReleaseRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id - a.id;
}

function publishedWithTag(repo: RepoRecord, tag: string, exceptId?: number): ReleaseRecord | undefined {
  return Object.values(repo.releases).find(
    (release) => !release.draft && release.tagName === tag && release.id !== exceptId,
  );
}

function tagAlreadyExists(): HttpError {
  return validationFailed("Validation Failed", [
    { resource: "Release", code: "already_exists", field: "tag_name" },
  ]);
}

function invalidTargetCommitish(): HttpError {
  return validationFailed("Validation Failed", [
    { resource: "Release", code: "invalid", field: "target_commitish" },
  ]);
}

/** The commit a new tag would point at, or the 422 GitHub gives when the target names none. */
function tagTarget(repo: RepoRecord, release: Pick<ReleaseRecord, "tagName" | "targetCommitish">) {
  if (repo.refs[`refs/tags/${release.tagName}`]) return undefined;
  const commit = resolveCommit(repo, release.targetCommitish);
  if (!commit) throw invalidTargetCommitish();
  return commit;
}

/** Publishing creates the tag at `target_commitish` unless the tag already exists. */
function publish(request: SandboxRequest, release: ReleaseRecord): void {
  const { repo, world } = request;
  if (publishedWithTag(repo, release.tagName, release.id)) throw tagAlreadyExists();
  const commit = tagTarget(repo, release);
  if (commit) repo.refs[`refs/tags/${release.tagName}`] = commit;
  release.draft = false;
  release.publishedAt = world.now();
}

/**
 * GitHub renames asset files with characters outside a safe set: each run of them becomes one
 * ".", and a name that would start with "." gets "default" in front (`.env` → `default.env`).
 */
function sanitizeAssetName(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._+-]+/g, ".")
    .replace(/\.{2,}/g, ".")
    .replace(/\.+$/, "");
  return cleaned.startsWith(".") ? `default${cleaned}` : cleaned;
}

function assetNameTaken(repo: RepoRecord, releaseId: number, name: string, exceptId?: number): boolean {
  return Object.values(repo.assets).some(
    (asset) => asset.releaseId === releaseId && asset.name === name && asset.id !== exceptId,
  );
}

function assetNameAlreadyExists(): HttpError {
  return validationFailed("Validation Failed", [
    { resource: "ReleaseAsset", code: "already_exists", field: "name" },
  ]);
}

function downloadSignature(repoId: number, assetId: number, expires: number): string {
  return createHmac("sha256", DOWNLOAD_SIGNING_KEY).update(`${repoId}/${assetId}/${expires}`).digest("hex");
}

/** A short-lived URL that serves an asset's bytes without credentials, as GitHub's CDN URLs do. */
function signedDownloadUrl(world: SandboxWorld, repo: RepoRecord, asset: AssetRecord): string {
  const expires = Math.floor(Date.now() / 1000) + SIGNED_URL_TTL_SECONDS;
  const url = new URL(`${SIGNED_DOWNLOAD_PATH}/${repo.id}/${asset.id}`, world.urls.api);
  url.searchParams.set("se", String(expires));
  url.searchParams.set("sig", downloadSignature(repo.id, asset.id, expires));
  return url.toString();
}

function redirectTo(location: string): SandboxResponse {
  return { status: 302, headers: { location } };
}

function plainText(status: number, text: string): SandboxResponse {
  return { status, body: Buffer.from(text), headers: { "content-type": "text/plain; charset=utf-8" } };
}

function serveSignedDownload(
  world: SandboxWorld,
  url: URL,
  repoId: number,
  assetId: number,
): SandboxResponse {
  const expires = Number(url.searchParams.get("se"));
  const given = Buffer.from(url.searchParams.get("sig") ?? "", "hex");
  const expected = Buffer.from(downloadSignature(repoId, assetId, expires), "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return plainText(403, "Signature does not match");
  if (expires < Date.now() / 1000) return plainText(403, "Request has expired");
  const repo = Object.values(world.state.repos).find((r) => r.id === repoId);
  const asset = repo?.assets[String(assetId)];
  if (!asset) return plainText(404, "Not Found");
  asset.downloadCount += 1;
  world.changed();
  return {
    status: 200,
    body: assetContent(asset),
    headers: {
      // GitHub's asset host serves every asset as octet-stream, whatever type it was uploaded with.
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename=${asset.name}`,
    },
  };
}

/** `<html>/<owner>/<repo>/releases/download/<tag>/<name>`: public releases only, as for a browser. */
function serveBrowserDownload(world: SandboxWorld, match: RegExpExecArray): SandboxResponse {
  let parts: string[];
  try {
    parts = match.map((part) => decodeURIComponent(part ?? ""));
  } catch {
    return plainText(400, "Bad Request");
  }
  const [, prefix, owner, name, tag, assetName] = parts;
  const repo = world.findRepo(owner ?? "", name ?? "");
  if (prefix !== new URL(world.urls.html).pathname || !repo || repo.private)
    return plainText(404, "Not Found");
  const release = Object.values(repo.releases).find((r) => !r.draft && r.tagName === tag);
  const asset = release && assetsOf(repo, release).find((a) => a.name === assetName);
  if (!asset) return plainText(404, "Not Found");
  return redirectTo(signedDownloadUrl(world, repo, asset));
}

export const releaseRoutes: RouteModule = {
  api: [
    {
      operationId: "repos/list-releases",
      route: "GET /repos/{owner}/{repo}/releases",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const showDrafts = canPush(request);
        const releases = Object.values(repo.releases)
          .filter((release) => showDrafts || !release.draft)
          .sort(newestFirst);
        return paginate(
          request,
          releases.map((release) => releaseShape(world, repo, release)),
        );
      },
    },
    {
      operationId: "repos/create-release",
      route: "POST /repos/{owner}/{repo}/releases",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const tagName = requireField(body, "tag_name", isString);
        const targetCommitish = optionalField(body, "target_commitish", isString) ?? repo.defaultBranch;
        const name = optionalField(body, "name", isString) ?? null;
        const releaseBody = optionalField(body, "body", isString) ?? null;
        const draft = optionalField(body, "draft", isBoolean) ?? false;
        const prerelease = optionalField(body, "prerelease", isBoolean) ?? false;
        if (tagName.trim() === "")
          throw validationFailed("Validation Failed", [
            { resource: "Release", code: "missing_field", field: "tag_name" },
          ]);
        // Validated now even for a draft, whose tag is only created when it is published.
        tagTarget(repo, { tagName, targetCommitish });

        const now = world.now();
        const release: ReleaseRecord = {
          id: world.id(),
          tagName,
          targetCommitish,
          name,
          body: releaseBody,
          draft: true,
          prerelease,
          immutable: false,
          author: actorLogin(request),
          createdAt: now,
          publishedAt: null,
          updatedAt: now,
        };
        if (!draft) publish(request, release);
        repo.releases[String(release.id)] = release;
        world.changed();
        emitRelease(request, "created", release);
        if (!release.draft) emitPublished(request, release);
        return ok(releaseShape(world, repo, release), 201, {
          location: `${repoApi(world, repo)}/releases/${release.id}`,
        });
      },
    },
    {
      operationId: "repos/get-latest-release",
      route: "GET /repos/{owner}/{repo}/releases/latest",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const latest = Object.values(repo.releases)
          .filter((release) => !release.draft && !release.prerelease)
          .sort(newestFirst)[0];
        if (!latest) throw notFound();
        return ok(releaseShape(world, repo, latest));
      },
    },
    {
      operationId: "repos/get-release-by-tag",
      route: "GET /repos/{owner}/{repo}/releases/tags/{tag}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const release = publishedWithTag(repo, request.params.tag as string);
        if (!release) throw notFound();
        return ok(releaseShape(world, repo, release));
      },
    },
    {
      operationId: "repos/get-release",
      route: "GET /repos/{owner}/{repo}/releases/{release_id}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) =>
        ok(releaseShape(request.world, request.repo, visibleRelease(request, request.params.release_id))),
    },
    {
      operationId: "repos/update-release",
      route: "PATCH /repos/{owner}/{repo}/releases/{release_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        const body = bodyOf(request);
        const tagName = optionalField(body, "tag_name", isString);
        const targetCommitish = optionalField(body, "target_commitish", isString);
        const name = optionalField(body, "name", isString);
        const releaseBody = optionalField(body, "body", isString);
        const draft = optionalField(body, "draft", isBoolean);
        const prerelease = optionalField(body, "prerelease", isBoolean);

        const before = { ...release };
        const changes: Record<string, { from: string }> = {};
        if (name !== undefined && name !== release.name) changes.name = { from: release.name ?? "" };
        if (releaseBody !== undefined && releaseBody !== release.body)
          changes.body = { from: release.body ?? "" };
        const next: ReleaseRecord = {
          ...release,
          tagName: tagName ?? release.tagName,
          targetCommitish: targetCommitish ?? release.targetCommitish,
          name: name ?? release.name,
          body: releaseBody ?? release.body,
          prerelease: prerelease ?? release.prerelease,
        };
        const publishing = before.draft && draft === false;
        const unpublishing = !before.draft && draft === true;
        if (publishing) publish(request, next);
        else if (!next.draft && next.tagName !== before.tagName) {
          // Retagging a published release moves it to the new tag, created if need be.
          if (publishedWithTag(repo, next.tagName, next.id)) throw tagAlreadyExists();
          const commit = tagTarget(repo, next);
          if (commit) repo.refs[`refs/tags/${next.tagName}`] = commit;
        }
        if (unpublishing) {
          next.draft = true;
          next.publishedAt = null;
        }
        const edited =
          Object.keys(changes).length > 0 ||
          next.tagName !== before.tagName ||
          next.targetCommitish !== before.targetCommitish ||
          next.prerelease !== before.prerelease;
        if (edited || publishing || unpublishing) next.updatedAt = world.now();
        Object.assign(release, next);
        world.changed();

        if (edited) emitRelease(request, "edited", release, { changes });
        if (publishing) emitPublished(request, release);
        else if (unpublishing) emitRelease(request, "unpublished", release);
        else if (!release.draft && before.prerelease && !release.prerelease)
          emitRelease(request, "released", release);
        return ok(releaseShape(world, repo, release));
      },
    },
    {
      operationId: "repos/delete-release",
      route: "DELETE /repos/{owner}/{repo}/releases/{release_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        const payload = webhookRelease(world, repo, release);
        // The tag stays, as on GitHub: deleting a release never deletes its tag.
        for (const asset of assetsOf(repo, release)) delete repo.assets[String(asset.id)];
        delete repo.releases[String(release.id)];
        world.changed();
        world.webhooks.emit("release", { action: "deleted", release: payload }, repo, actorLogin(request));
        return noContent();
      },
    },
    {
      operationId: "repos/list-release-assets",
      route: "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        return paginate(
          request,
          assetsOf(repo, release).map((asset) => assetShape(world, repo, asset)),
        );
      },
    },
    {
      operationId: "repos/get-release-asset",
      route: "GET /repos/{owner}/{repo}/releases/assets/{asset_id}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const asset = visibleAsset(request, request.params.asset_id);
        if ((request.headers.accept ?? "").includes("application/octet-stream"))
          return redirectTo(signedDownloadUrl(world, repo, asset));
        return ok(assetShape(world, repo, asset));
      },
    },
    {
      operationId: "repos/update-release-asset",
      route: "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const asset = visibleAsset(request, request.params.asset_id);
        const body = bodyOf(request);
        const name = optionalField(body, "name", isString);
        const label = optionalField(body, "label", isString);
        if (name !== undefined) {
          const renamed = sanitizeAssetName(name);
          if (assetNameTaken(repo, asset.releaseId, renamed, asset.id)) throw assetNameAlreadyExists();
          asset.name = renamed;
        }
        if (label !== undefined) asset.label = label;
        asset.updatedAt = world.now();
        world.changed();
        return ok(assetShape(world, repo, asset));
      },
    },
    {
      operationId: "repos/delete-release-asset",
      route: "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}",
      permission: ["contents", "write"],
      handler: (request) => {
        const asset = visibleAsset(request, request.params.asset_id);
        delete request.repo.assets[String(asset.id)];
        request.world.changed();
        return noContent();
      },
    },
    {
      operationId: "repos/create-dispatch-event",
      route: "POST /repos/{owner}/{repo}/dispatches",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const eventType = requireField(body, "event_type", isString);
        if (eventType.length === 0 || eventType.length > MAX_EVENT_TYPE_LENGTH)
          throw validationFailed(
            `Invalid request.\n\nFor 'event_type', ${JSON.stringify(eventType)} must be between 1 and ${MAX_EVENT_TYPE_LENGTH} characters.`,
          );
        const clientPayload = body.client_payload ?? {};
        if (typeof clientPayload !== "object" || clientPayload === null || Array.isArray(clientPayload))
          throw validationFailed(
            `Invalid request.\n\nFor 'client_payload', ${JSON.stringify(clientPayload)} is not an object.`,
          );
        if (Object.keys(clientPayload).length > MAX_CLIENT_PAYLOAD_PROPERTIES)
          throw validationFailed(
            `Invalid request.\n\nNo more than ${MAX_CLIENT_PAYLOAD_PROPERTIES} properties are allowed; ${Object.keys(clientPayload).length} were supplied.`,
          );
        const sender = actorLogin(request);
        repo.dispatches.push({ eventType, clientPayload, sender, at: world.now() });
        world.changed();
        const { actor } = request;
        world.webhooks.emit(
          "repository_dispatch",
          {
            action: eventType,
            branch: repo.defaultBranch,
            client_payload: clientPayload,
            // An app's dispatch names its installation; app deliveries get their own from the dispatcher.
            ...(actor.kind === "installation"
              ? {
                  installation: {
                    id: actor.installationId,
                    node_id: nodeId("Installation", actor.installationId),
                  },
                }
              : {}),
          },
          repo,
          sender,
        );
        return noContent();
      },
    },
  ],
  uploads: [
    {
      operationId: "repos/upload-release-asset",
      route: "POST /repos/{owner}/{repo}/releases/{release_id}/assets",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const release = visibleRelease(request, request.params.release_id);
        const requestedName = request.query.get("name");
        if (!requestedName)
          throw validationFailed("Validation Failed", [
            { resource: "ReleaseAsset", code: "missing_field", field: "name" },
          ]);
        const name = sanitizeAssetName(requestedName);
        if (assetNameTaken(repo, release.id, name)) throw assetNameAlreadyExists();
        const now = world.now();
        const asset: AssetRecord = {
          id: world.id(),
          releaseId: release.id,
          name,
          label: request.query.get("label"),
          contentType: request.headers["content-type"] ?? "application/octet-stream",
          content: request.rawBody.toString("base64"),
          uploader: actorLogin(request),
          downloadCount: 0,
          createdAt: now,
          updatedAt: now,
        };
        repo.assets[String(asset.id)] = asset;
        world.changed();
        return ok(assetShape(world, repo, asset), 201);
      },
    },
  ],
  web: [
    {
      method: "GET",
      pattern: new RegExp(`^${SIGNED_DOWNLOAD_PATH}/(\\d+)/(\\d+)$`),
      handler: ({ world, url, match }) => serveSignedDownload(world, url, Number(match[1]), Number(match[2])),
    },
    {
      method: "GET",
      // The prefix is the html root's path, checked by the handler; a tag may contain slashes.
      pattern: /^(.*)\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/,
      handler: ({ world, match }) => serveBrowserDownload(world, match),
    },
  ],
};
