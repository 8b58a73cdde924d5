import { createHash } from "node:crypto";
import type { GitObjectRecord, GitPerson, RepoRecord, TreeEntry } from "./state.ts";

/**
 * Git objects as git itself stores them: the same bytes hashed with SHA-1, so a sha the sandbox
 * hands out is the sha `git hash-object` would compute for the same content.
 */
export function hashObject(object: GitObjectRecord): string {
  const body = serialize(object);
  const header = Buffer.from(`${object.type} ${body.length}\0`);
  return createHash("sha1").update(header).update(body).digest("hex");
}

function serialize(object: GitObjectRecord): Buffer {
  switch (object.type) {
    case "blob":
      return Buffer.from(object.content, "base64");
    case "tree":
      return Buffer.concat(
        sortTreeEntries(object.entries).flatMap((entry) => [
          Buffer.from(`${entry.mode === "040000" ? "40000" : entry.mode} ${entry.name}\0`),
          Buffer.from(entry.sha, "hex"),
        ]),
      );
    case "commit": {
      const lines = [`tree ${object.tree}`, ...object.parents.map((p) => `parent ${p}`)];
      lines.push(
        `author ${person(object.author)}`,
        `committer ${person(object.committer)}`,
        "",
        object.message,
      );
      return Buffer.from(lines.join("\n"));
    }
    case "tag":
      return Buffer.from(
        [
          `object ${object.object}`,
          `type ${object.objectType}`,
          `tag ${object.tag}`,
          `tagger ${person(object.tagger)}`,
          "",
          object.message,
        ].join("\n"),
      );
  }
}

function person(p: GitPerson): string {
  return `${p.name} <${p.email}> ${Math.floor(Date.parse(p.date) / 1000)} +0000`;
}

/** Git's tree order: byte order of names, with a tree's name compared as if it ended in "/". */
export function sortTreeEntries(entries: TreeEntry[]): TreeEntry[] {
  const key = (e: TreeEntry) => (e.mode === "040000" ? `${e.name}/` : e.name);
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b))));
}

export function putObject(repo: RepoRecord, object: GitObjectRecord): string {
  const normalized =
    object.type === "tree" ? { ...object, entries: sortTreeEntries(object.entries) } : object;
  const sha = hashObject(normalized);
  repo.objects[sha] ??= normalized;
  return sha;
}

export function putBlob(repo: RepoRecord, content: Buffer): string {
  return putObject(repo, { type: "blob", content: content.toString("base64") });
}

export function getObject<T extends GitObjectRecord["type"]>(
  repo: RepoRecord,
  sha: string,
  type: T,
): Extract<GitObjectRecord, { type: T }> | undefined {
  const object = repo.objects[sha];
  return object?.type === type ? (object as Extract<GitObjectRecord, { type: T }>) : undefined;
}

export function blobContent(repo: RepoRecord, sha: string): Buffer {
  const blob = getObject(repo, sha, "blob");
  if (!blob) throw new Error(`no blob ${sha}`);
  return Buffer.from(blob.content, "base64");
}

const FULL_SHA = /^[0-9a-f]{40}$/;

/** A branch, tag, full ref (`refs/heads/x`, `heads/x`) or commit sha, to the commit it names. */
export function resolveCommit(repo: RepoRecord, ref: string): string | undefined {
  const candidates = ref.startsWith("refs/")
    ? [ref]
    : [`refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`].filter((r) => r.split("/").length >= 3);
  for (const name of candidates) {
    const target = repo.refs[name];
    if (target) return peelToCommit(repo, target);
  }
  if (FULL_SHA.test(ref) && getObject(repo, ref, "commit")) return ref;
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    const matches = Object.keys(repo.objects).filter(
      (sha) => sha.startsWith(ref) && repo.objects[sha]?.type === "commit",
    );
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

function peelToCommit(repo: RepoRecord, sha: string): string | undefined {
  const object = repo.objects[sha];
  if (object?.type === "tag") return peelToCommit(repo, object.object);
  return object?.type === "commit" ? sha : undefined;
}

export type PathEntry =
  | { type: "blob"; sha: string; mode: TreeEntry["mode"]; path: string }
  | { type: "tree"; sha: string; mode: "040000"; path: string; entries: TreeEntry[] };

/** What a path names in a commit's tree ("" is the root), or undefined. */
export function readPath(repo: RepoRecord, commitSha: string, path: string): PathEntry | undefined {
  const commit = getObject(repo, commitSha, "commit");
  if (!commit) return undefined;
  let treeSha = commit.tree;
  const parts = splitPath(path);
  if (parts.length === 0) {
    const tree = getObject(repo, treeSha, "tree");
    return tree ? { type: "tree", sha: treeSha, mode: "040000", path: "", entries: tree.entries } : undefined;
  }
  for (let i = 0; i < parts.length; i++) {
    const tree = getObject(repo, treeSha, "tree");
    const entry = tree?.entries.find((e) => e.name === parts[i]);
    if (!entry) return undefined;
    const last = i === parts.length - 1;
    if (entry.mode === "040000") {
      if (last) {
        const sub = getObject(repo, entry.sha, "tree");
        return sub
          ? { type: "tree", sha: entry.sha, mode: "040000", path: parts.join("/"), entries: sub.entries }
          : undefined;
      }
      treeSha = entry.sha;
    } else {
      return last ? { type: "blob", sha: entry.sha, mode: entry.mode, path: parts.join("/") } : undefined;
    }
  }
  return undefined;
}

export function splitPath(path: string): string[] {
  return path.split("/").filter((p) => p.length > 0);
}

/** Every file of a tree as path → blob entry, for diffs and merges. */
export function flattenTree(repo: RepoRecord, treeSha: string, prefix = ""): Map<string, TreeEntry> {
  const files = new Map<string, TreeEntry>();
  const tree = getObject(repo, treeSha, "tree");
  for (const entry of tree?.entries ?? []) {
    const path = prefix + entry.name;
    if (entry.mode === "040000")
      for (const [p, e] of flattenTree(repo, entry.sha, `${path}/`)) files.set(p, e);
    else files.set(path, entry);
  }
  return files;
}

/** A change to a file: new content (a blob sha) or deletion (null). */
export interface FileChange {
  path: string;
  sha: string | null;
  mode?: TreeEntry["mode"];
}

/** Builds the tree that results from applying changes to a base tree (or to an empty tree). */
export function writeTree(repo: RepoRecord, baseTreeSha: string | null, changes: FileChange[]): string {
  const files = baseTreeSha ? flattenTree(repo, baseTreeSha) : new Map<string, TreeEntry>();
  for (const change of changes) {
    const path = splitPath(change.path).join("/");
    if (change.sha === null) {
      files.delete(path);
      for (const key of [...files.keys()]) if (key.startsWith(`${path}/`)) files.delete(key);
    } else {
      const name = path.split("/").pop() ?? path;
      files.set(path, { mode: change.mode ?? files.get(path)?.mode ?? "100644", name, sha: change.sha });
    }
  }
  return buildTree(repo, files);
}

function buildTree(repo: RepoRecord, files: Map<string, TreeEntry>): string {
  const direct: TreeEntry[] = [];
  const subdirs = new Map<string, Map<string, TreeEntry>>();
  for (const [path, entry] of files) {
    const slash = path.indexOf("/");
    if (slash < 0) direct.push({ ...entry, name: path });
    else {
      const dir = path.slice(0, slash);
      if (!subdirs.has(dir)) subdirs.set(dir, new Map());
      subdirs.get(dir)?.set(path.slice(slash + 1), entry);
    }
  }
  for (const [dir, sub] of subdirs) direct.push({ mode: "040000", name: dir, sha: buildTree(repo, sub) });
  return putObject(repo, { type: "tree", entries: direct });
}

export function createCommit(
  repo: RepoRecord,
  input: { tree: string; parents: string[]; message: string; author: GitPerson; committer?: GitPerson },
): string {
  return putObject(repo, {
    type: "commit",
    tree: input.tree,
    parents: input.parents,
    message: input.message,
    author: input.author,
    committer: input.committer ?? input.author,
  });
}

/** Commits file changes on top of a branch and moves the branch; returns the new commit's sha. */
export function commitToBranch(
  repo: RepoRecord,
  branch: string,
  changes: FileChange[],
  message: string,
  author: GitPerson,
): string {
  const ref = `refs/heads/${branch}`;
  const parent = repo.refs[ref];
  const baseTree = parent ? (getObject(repo, parent, "commit")?.tree ?? null) : null;
  const tree = writeTree(repo, baseTree, changes);
  const sha = createCommit(repo, { tree, parents: parent ? [parent] : [], message, author });
  repo.refs[ref] = sha;
  return sha;
}

/** Commits reachable from a commit, newest first (breadth-first over parents). */
export function ancestors(repo: RepoRecord, sha: string): string[] {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(getObject(repo, next, "commit")?.parents ?? []));
  }
  return [...seen];
}

export function isAncestor(repo: RepoRecord, ancestor: string, descendant: string): boolean {
  return ancestors(repo, descendant).includes(ancestor);
}

export function mergeBase(repo: RepoRecord, a: string, b: string): string | undefined {
  const ofB = new Set(ancestors(repo, b));
  return ancestors(repo, a).find((sha) => ofB.has(sha));
}

/**
 * Three-way merge at file level: a file changed on one side only takes that side; changed the
 * same way on both is fine; changed differently on both is a conflict.
 */
export function mergeTrees(
  repo: RepoRecord,
  baseCommit: string | undefined,
  ours: string,
  theirs: string,
): { tree: string } | { conflicts: string[] } {
  const treeOf = (sha: string | undefined) => (sha ? getObject(repo, sha, "commit")?.tree : undefined);
  const base = flattenFiles(repo, treeOf(baseCommit));
  const left = flattenFiles(repo, treeOf(ours));
  const right = flattenFiles(repo, treeOf(theirs));
  const paths = new Set([...base.keys(), ...left.keys(), ...right.keys()]);
  const result = new Map<string, TreeEntry>();
  const conflicts: string[] = [];
  for (const path of paths) {
    const b = base.get(path)?.sha;
    const l = left.get(path);
    const r = right.get(path);
    let pick: TreeEntry | undefined;
    if (l?.sha === r?.sha) pick = l;
    else if (l?.sha === b) pick = r;
    else if (r?.sha === b) pick = l;
    else {
      conflicts.push(path);
      continue;
    }
    if (pick) result.set(path, pick);
  }
  return conflicts.length > 0 ? { conflicts: conflicts.sort() } : { tree: buildTree(repo, result) };
}

function flattenFiles(repo: RepoRecord, tree: string | undefined): Map<string, TreeEntry> {
  return tree ? flattenTree(repo, tree) : new Map();
}
