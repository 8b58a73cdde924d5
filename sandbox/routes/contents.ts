import { blobContent, commitToBranch, type PathEntry, putBlob, readPath, resolveCommit } from "../git.ts";
import {
  bodyOf,
  HttpError,
  isString,
  notFound,
  ok,
  type RouteModule,
  requireField,
  type SandboxRequest,
  validationFailed,
} from "../http.ts";
import type { RepoRecord } from "../state.ts";
import type { SandboxWorld } from "../world.ts";
import { commitShape } from "./git.ts";

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}[\r\n]*$/;

function contentLinks(
  world: SandboxWorld,
  repo: RepoRecord,
  entry: { path: string; sha: string; type: "file" | "dir" },
  ref: string,
) {
  const api = `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
  const html = `${world.urls.html}/${repo.owner}/${repo.name}/${entry.type === "dir" ? "tree" : "blob"}/${ref}/${entry.path}`;
  const self = `${api}/contents/${entry.path}?ref=${encodeURIComponent(ref)}`;
  const git = `${api}/git/${entry.type === "dir" ? "trees" : "blobs"}/${entry.sha}`;
  return {
    url: self,
    html_url: html,
    git_url: git,
    download_url:
      entry.type === "file" ? `${world.urls.html}/${repo.owner}/${repo.name}/raw/${ref}/${entry.path}` : null,
    _links: { self, git, html },
  };
}

function fileShape(
  world: SandboxWorld,
  repo: RepoRecord,
  path: string,
  sha: string,
  ref: string,
  withContent: boolean,
) {
  const content = blobContent(repo, sha);
  return {
    type: "file",
    ...(withContent
      ? {
          encoding: "base64",
          content:
            (content.toString("base64").match(/.{1,60}/g) ?? [""]).join("\n") + (content.length ? "\n" : ""),
        }
      : {}),
    size: content.length,
    name: path.split("/").pop() ?? path,
    path,
    sha,
    ...contentLinks(world, repo, { path, sha, type: "file" }, ref),
  };
}

function entryShape(world: SandboxWorld, repo: RepoRecord, entry: PathEntry, ref: string) {
  if (entry.type === "blob") return fileShape(world, repo, entry.path, entry.sha, ref, false);
  return {
    type: "dir",
    size: 0,
    name: entry.path.split("/").pop() ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    ...contentLinks(world, repo, { path: entry.path, sha: entry.sha, type: "dir" }, ref),
  };
}

function branchHead(request: SandboxRequest, branch: string): string {
  const sha = request.repo.refs[`refs/heads/${branch}`];
  if (!sha) throw new HttpError(404, `Branch ${branch} not found`);
  return sha;
}

function committer(request: SandboxRequest, body: Record<string, unknown>) {
  const login =
    request.actor.kind === "user" || request.actor.kind === "installation"
      ? request.actor.user.login
      : "ghost";
  const person = request.world.gitPerson(login);
  const given = (body.committer ?? body.author) as { name?: unknown; email?: unknown } | undefined;
  return {
    login,
    person: {
      name: isString(given?.name) ? given.name : person.name,
      email: isString(given?.email) ? given.email : person.email,
      date: person.date,
    },
  };
}

function decodeContent(value: string): Buffer {
  if (!BASE64.test(value)) throw validationFailed("Invalid request.\n\ncontent is not valid Base64");
  return Buffer.from(value, "base64");
}

export const contentRoutes: RouteModule = {
  api: [
    {
      operationId: "repos/get-content",
      route: "GET /repos/{owner}/{repo}/contents/{path}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world } = request;
        const ref = request.query.get("ref") ?? repo.defaultBranch;
        const commit = resolveCommit(repo, ref);
        if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
        const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
        const entry = readPath(repo, commit, path);
        if (!entry) throw notFound();
        if (entry.type === "tree")
          return ok(
            entry.entries.map((child) => {
              const childPath = path ? `${path}/${child.name}` : child.name;
              return entryShape(
                world,
                repo,
                {
                  ...child,
                  type: child.mode === "040000" ? "tree" : "blob",
                  path: childPath,
                  entries: [],
                } as PathEntry,
                ref,
              );
            }),
          );
        if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? ""))
          return {
            status: 200,
            body: blobContent(repo, entry.sha),
            // As GitHub labels it: with the charset, clients (Octokit, Probot's config loader)
            // read the body as text.
            headers: { "content-type": "application/vnd.github.raw; charset=utf-8" },
          };
        return ok(fileShape(world, repo, path, entry.sha, ref, true));
      },
    },
    {
      operationId: "repos/create-or-update-file-contents",
      route: "PUT /repos/{owner}/{repo}/contents/{path}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const message = requireField(body, "message", isString);
        const content = decodeContent(requireField(body, "content", isString));
        const branch = isString(body.branch) ? body.branch : repo.defaultBranch;
        const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
        const head = branchHead(request, branch);
        const existing = readPath(repo, head, path);
        if (existing?.type === "tree") throw validationFailed(`Invalid request.\n\n${path} is a directory`);
        if (existing && body.sha === undefined)
          throw validationFailed(`Invalid request.\n\n"sha" wasn't supplied.`);
        if (existing && body.sha !== existing.sha)
          throw new HttpError(409, `${path} does not match ${String(body.sha)}`);
        if (!existing && body.sha !== undefined)
          throw new HttpError(409, `${path} does not match ${String(body.sha)}`);
        const who = committer(request, body);
        const sha = commitToBranch(
          repo,
          branch,
          [{ path, sha: putBlob(repo, content) }],
          message,
          who.person,
        );
        repo.pushedAt = world.now();
        world.changed();
        world.webhooks.pushed(repo, branch, head, sha, who.login);
        const blob = readPath(repo, sha, path) as PathEntry;
        return ok(
          {
            content: fileShape(world, repo, path, blob.sha, branch, false),
            commit: commitShape(world, repo, sha),
          },
          existing ? 200 : 201,
        );
      },
    },
    {
      operationId: "repos/delete-file",
      route: "DELETE /repos/{owner}/{repo}/contents/{path}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const message = requireField(body, "message", isString);
        const expected = requireField(body, "sha", isString);
        const branch = isString(body.branch) ? body.branch : repo.defaultBranch;
        const path = (request.params.path ?? "").replace(/^\/+|\/+$/g, "");
        const head = branchHead(request, branch);
        const existing = readPath(repo, head, path);
        if (existing?.type !== "blob") throw notFound();
        if (existing.sha !== expected) throw new HttpError(409, `${path} does not match ${expected}`);
        const who = committer(request, body);
        const sha = commitToBranch(repo, branch, [{ path, sha: null }], message, who.person);
        world.changed();
        world.webhooks.pushed(repo, branch, head, sha, who.login);
        return ok({ content: null, commit: commitShape(world, repo, sha) });
      },
    },
  ],
};
