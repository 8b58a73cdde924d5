import {
  type FileChange,
  flattenTree,
  getObject,
  isAncestor,
  putBlob,
  putObject,
  resolveCommit,
  writeTree,
} from "../git.ts";
import {
  bodyOf,
  HttpError,
  isString,
  isStringArray,
  noContent,
  notFound,
  ok,
  type RouteModule,
  requireField,
  type SandboxRequest,
  validationFailed,
} from "../http.ts";
import { simpleUser } from "../shapes.ts";
import type { GitPerson, RepoRecord, TreeEntry } from "../state.ts";
import type { SandboxWorld } from "../world.ts";

const SHA = /^[0-9a-f]{40}$/;

function api(world: SandboxWorld, repo: RepoRecord): string {
  return `${world.urls.api}/repos/${repo.owner}/${repo.name}`;
}

function shaNodeId(kind: string, sha: string): string {
  return Buffer.from(`0:${kind}:${sha}`).toString("base64url");
}

/** `git/get-commit` and the `commit` of contents writes. */
export function commitShape(world: SandboxWorld, repo: RepoRecord, sha: string): Record<string, unknown> {
  const commit = getObject(repo, sha, "commit");
  if (!commit) throw notFound();
  const base = api(world, repo);
  const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
  return {
    sha,
    node_id: shaNodeId("Commit", sha),
    url: `${base}/git/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${base}/git/commits/${p}`,
      html_url: `${html}/commit/${p}`,
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

/** `repos/get-commit`: the commit as the commits API shows it, with GitHub users where known. */
export function repoCommitShape(world: SandboxWorld, repo: RepoRecord, sha: string): Record<string, unknown> {
  const commit = getObject(repo, sha, "commit");
  if (!commit) throw notFound();
  const base = api(world, repo);
  const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
  const userOf = (person: GitPerson) => {
    const login = Object.values(world.state.users).find(
      (u) => person.email === world.gitPerson(u.login).email || person.email === u.email,
    )?.login;
    return login ? simpleUser(world, login) : null;
  };
  return {
    url: `${base}/commits/${sha}`,
    sha,
    node_id: shaNodeId("Commit", sha),
    html_url: `${html}/commit/${sha}`,
    comments_url: `${base}/commits/${sha}/comments`,
    commit: {
      url: `${base}/git/commits/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${base}/git/trees/${commit.tree}` },
      verification: {
        verified: false,
        reason: "unsigned",
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: userOf(commit.author),
    committer: userOf(commit.committer),
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${base}/commits/${p}`,
      html_url: `${html}/commit/${p}`,
    })),
  };
}

function refShape(world: SandboxWorld, repo: RepoRecord, ref: string) {
  const sha = repo.refs[ref] as string;
  const type = repo.objects[sha]?.type ?? "commit";
  return {
    ref,
    node_id: shaNodeId("Ref", ref),
    url: `${api(world, repo)}/git/${ref}`,
    object: { type, sha, url: `${api(world, repo)}/git/${type}s/${sha}` },
  };
}

function fullRefName(ref: string): string {
  const trimmed = ref.replace(/^\/+/, "");
  return trimmed.startsWith("refs/") ? trimmed : `refs/${trimmed}`;
}

function treeShape(world: SandboxWorld, repo: RepoRecord, sha: string, recursive: boolean) {
  const tree = getObject(repo, sha, "tree");
  if (!tree) throw notFound();
  const base = api(world, repo);
  const entries: Array<TreeEntry & { path: string }> = [];
  const walk = (treeSha: string, prefix: string) => {
    for (const entry of getObject(repo, treeSha, "tree")?.entries ?? []) {
      entries.push({ ...entry, path: prefix + entry.name });
      if (recursive && entry.mode === "040000") walk(entry.sha, `${prefix}${entry.name}/`);
    }
  };
  walk(sha, "");
  return {
    sha,
    url: `${base}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => {
      const type = e.mode === "040000" ? "tree" : e.mode === "160000" ? "commit" : "blob";
      const blob = type === "blob" ? getObject(repo, e.sha, "blob") : undefined;
      return {
        path: e.path,
        mode: e.mode,
        type,
        sha: e.sha,
        ...(blob ? { size: Buffer.from(blob.content, "base64").length } : {}),
        url: `${base}/git/${type}s/${e.sha}`,
      };
    }),
  };
}

function actorLogin(request: SandboxRequest): string {
  return request.actor.kind === "user" || request.actor.kind === "installation"
    ? request.actor.user.login
    : "ghost";
}

function personFrom(value: unknown, fallback: GitPerson): GitPerson {
  const v = (value ?? {}) as { name?: unknown; email?: unknown; date?: unknown };
  return {
    name: isString(v.name) ? v.name : fallback.name,
    email: isString(v.email) ? v.email : fallback.email,
    date: isString(v.date) ? `${new Date(v.date).toISOString().slice(0, 19)}Z` : fallback.date,
  };
}

export function branchShape(world: SandboxWorld, repo: RepoRecord, branch: string): Record<string, unknown> {
  const sha = repo.refs[`refs/heads/${branch}`];
  if (!sha) throw new HttpError(404, "Branch not found");
  const base = api(world, repo);
  return {
    name: branch,
    commit: repoCommitShape(world, repo, sha),
    _links: {
      html: `${world.urls.html}/${repo.owner}/${repo.name}/tree/${branch}`,
      self: `${base}/branches/${branch}`,
    },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
    },
    protection_url: `${base}/branches/${branch}/protection`,
  };
}

export const gitRoutes: RouteModule = {
  api: [
    {
      operationId: "git/get-ref",
      route: "GET /repos/{owner}/{repo}/git/ref/{ref}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const ref = fullRefName(request.params.ref as string);
        if (!request.repo.refs[ref]) throw notFound();
        return ok(refShape(request.world, request.repo, ref));
      },
    },
    {
      operationId: "git/list-matching-refs",
      route: "GET /repos/{owner}/{repo}/git/matching-refs/{ref}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const prefix = fullRefName(request.params.ref ?? "");
        const refs = Object.keys(request.repo.refs)
          .filter((r) => r.startsWith(prefix))
          .sort();
        return ok(refs.map((r) => refShape(request.world, request.repo, r)));
      },
    },
    {
      operationId: "git/create-ref",
      route: "POST /repos/{owner}/{repo}/git/refs",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const ref = requireField(body, "ref", isString);
        const sha = requireField(body, "sha", isString);
        if (!/^refs\/[^/]+\/.+/.test(ref)) throw validationFailed("Reference name is invalid");
        if (repo.refs[ref]) throw validationFailed("Reference already exists");
        if (!SHA.test(sha) || !repo.objects[sha]) throw validationFailed("Object does not exist");
        repo.refs[ref] = sha;
        world.changed();
        if (ref.startsWith("refs/heads/"))
          world.webhooks.pushed(repo, ref.slice(11), "0".repeat(40), sha, actorLogin(request));
        return ok(refShape(world, repo, ref), 201);
      },
    },
    {
      operationId: "git/update-ref",
      route: "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const sha = requireField(body, "sha", isString);
        const ref = fullRefName(request.params.ref as string);
        const current = repo.refs[ref];
        if (!current) throw validationFailed("Reference does not exist");
        if (!SHA.test(sha) || !repo.objects[sha]) throw validationFailed("Object does not exist");
        if (body.force !== true && !isAncestor(repo, current, sha))
          throw validationFailed("Update is not a fast forward");
        repo.refs[ref] = sha;
        world.changed();
        if (ref.startsWith("refs/heads/") && current !== sha)
          world.webhooks.pushed(repo, ref.slice(11), current, sha, actorLogin(request));
        return ok(refShape(world, repo, ref));
      },
    },
    {
      operationId: "git/delete-ref",
      route: "DELETE /repos/{owner}/{repo}/git/refs/{ref}",
      permission: ["contents", "write"],
      handler: (request) => {
        const ref = fullRefName(request.params.ref as string);
        if (!request.repo.refs[ref]) throw validationFailed("Reference does not exist");
        delete request.repo.refs[ref];
        request.world.changed();
        return noContent();
      },
    },
    {
      operationId: "git/create-blob",
      route: "POST /repos/{owner}/{repo}/git/blobs",
      permission: ["contents", "write"],
      handler: (request) => {
        const body = bodyOf(request);
        const content = requireField(body, "content", isString);
        const encoding = body.encoding ?? "utf-8";
        if (encoding !== "utf-8" && encoding !== "base64")
          throw validationFailed(`encoding must be utf-8 or base64`);
        const sha = putBlob(request.repo, Buffer.from(content, encoding === "base64" ? "base64" : "utf8"));
        request.world.changed();
        return ok({ url: `${api(request.world, request.repo)}/git/blobs/${sha}`, sha }, 201);
      },
    },
    {
      operationId: "git/get-blob",
      route: "GET /repos/{owner}/{repo}/git/blobs/{file_sha}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const sha = request.params.file_sha as string;
        const blob = getObject(request.repo, sha, "blob");
        if (!blob) throw notFound();
        const content = Buffer.from(blob.content, "base64");
        if (/application\/vnd\.github(?:\.v3)?\.raw/.test(request.headers.accept ?? ""))
          return { status: 200, body: content, headers: { "content-type": "application/vnd.github.raw" } };
        return ok({
          sha,
          node_id: shaNodeId("Blob", sha),
          size: content.length,
          url: `${api(request.world, request.repo)}/git/blobs/${sha}`,
          content: (content.toString("base64").match(/.{1,60}/g) ?? [""]).join("\n"),
          encoding: "base64",
        });
      },
    },
    {
      operationId: "git/create-tree",
      route: "POST /repos/{owner}/{repo}/git/trees",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const entries = body.tree;
        if (!Array.isArray(entries)) throw validationFailed(`Invalid request.\n\n"tree" wasn't supplied.`);
        const baseTree = isString(body.base_tree) ? body.base_tree : null;
        if (baseTree && !getObject(repo, baseTree, "tree"))
          throw validationFailed("Invalid request.\n\nbase_tree is not a valid tree");
        const changes: FileChange[] = [];
        for (const raw of entries as Array<Record<string, unknown>>) {
          const path = raw.path;
          if (!isString(path) || path.length === 0)
            throw validationFailed("Invalid request.\n\ntree.path is required");
          if (raw.sha === null) {
            changes.push({ path, sha: null });
          } else if (isString(raw.content)) {
            changes.push({
              path,
              sha: putBlob(repo, Buffer.from(raw.content)),
              mode: (raw.mode as TreeEntry["mode"]) ?? "100644",
            });
          } else if (isString(raw.sha)) {
            if (raw.type === "tree" || raw.mode === "040000") {
              if (!getObject(repo, raw.sha, "tree"))
                throw validationFailed(`Invalid request.\n\ntree.sha ${raw.sha} is not a valid tree`);
              changes.push({ path, sha: null });
              for (const [sub, entry] of flattenTree(repo, raw.sha))
                changes.push({ path: `${path}/${sub}`, sha: entry.sha, mode: entry.mode });
            } else {
              if (!getObject(repo, raw.sha, "blob") && raw.type !== "commit")
                throw validationFailed(`Invalid request.\n\ntree.sha ${raw.sha} is not a valid blob`);
              changes.push({ path, sha: raw.sha, mode: (raw.mode as TreeEntry["mode"]) ?? "100644" });
            }
          } else {
            throw validationFailed("Invalid request.\n\nEach tree entry needs a sha or content");
          }
        }
        const sha = writeTree(repo, baseTree, changes);
        world.changed();
        return ok(treeShape(world, repo, sha, false), 201);
      },
    },
    {
      operationId: "git/get-tree",
      route: "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo } = request;
        const named = request.params.tree_sha as string;
        const commit = resolveCommit(repo, named);
        const sha = getObject(repo, named, "tree")
          ? named
          : commit
            ? getObject(repo, commit, "commit")?.tree
            : undefined;
        if (!sha) throw notFound();
        const recursive =
          request.query.has("recursive") && !["0", "false"].includes(request.query.get("recursive") ?? "");
        return ok(treeShape(request.world, repo, sha, recursive));
      },
    },
    {
      operationId: "git/create-commit",
      route: "POST /repos/{owner}/{repo}/git/commits",
      permission: ["contents", "write"],
      handler: (request) => {
        const { repo, world } = request;
        const body = bodyOf(request);
        const message = requireField(body, "message", isString);
        const tree = requireField(body, "tree", isString);
        const parents = body.parents === undefined ? [] : body.parents;
        if (!isStringArray(parents))
          throw validationFailed("Invalid request.\n\nparents must be an array of shas");
        if (!getObject(repo, tree, "tree")) throw validationFailed("Tree SHA does not exist");
        for (const p of parents)
          if (!getObject(repo, p, "commit"))
            throw validationFailed("Parent SHA does not exist or is not a commit object");
        const fallback = world.gitPerson(actorLogin(request));
        const author = personFrom(body.author, fallback);
        const committer = personFrom(body.committer, author);
        const sha = putObject(repo, { type: "commit", tree, parents, message, author, committer });
        world.changed();
        return ok(commitShape(world, repo, sha), 201);
      },
    },
    {
      operationId: "git/get-commit",
      route: "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => ok(commitShape(request.world, request.repo, request.params.commit_sha as string)),
    },
    {
      operationId: "repos/get-commit",
      route: "GET /repos/{owner}/{repo}/commits/{ref}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const sha = resolveCommit(request.repo, request.params.ref as string);
        if (!sha) throw new HttpError(422, `No commit found for SHA: ${request.params.ref}`);
        return ok(repoCommitShape(request.world, request.repo, sha));
      },
    },
    {
      operationId: "repos/get-branch",
      route: "GET /repos/{owner}/{repo}/branches/{branch}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => ok(branchShape(request.world, request.repo, request.params.branch as string)),
    },
  ],
};
