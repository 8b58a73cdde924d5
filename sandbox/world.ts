import { generateKeyPairSync, randomBytes } from "node:crypto";
import { commitToBranch, putBlob } from "./git.ts";
import type { PushListener } from "./http.ts";
import {
  nextId,
  type PermissionLevel,
  type Permissions,
  type RepoRecord,
  type SandboxState,
  timestamp,
  type UserRecord,
} from "./state.ts";
import type { WebhookDispatcher } from "./webhooks.ts";

/** Who a workflow's GITHUB_TOKEN acts as on GitHub. */
export const ACTIONS_BOT = "github-actions[bot]";

/** GITHUB_TOKEN's permissions in a repository with GitHub's permissive default. */
const DEFAULT_GITHUB_TOKEN_PERMISSIONS: Permissions = {
  actions: "write",
  checks: "write",
  contents: "write",
  deployments: "write",
  issues: "write",
  packages: "write",
  pull_requests: "write",
  statuses: "write",
};

export interface SandboxUrls {
  /** REST API root, e.g. http://127.0.0.1:4000 (what Octokit's baseUrl is set to). */
  api: string;
  /** Where html_url links point (pull request pages, release downloads). */
  html: string;
  /** The separate host for release asset uploads, as uploads.github.com is. */
  uploads: string;
}

/**
 * The sandbox's state and the operations on it that routes, tests and the CLI share. Seeding
 * (users, repos, apps) happens here; everything a client does goes through the REST routes.
 */
export class SandboxWorld {
  /** Route modules that react when a branch moves (see RouteModule.onPush). */
  readonly pushListeners: PushListener[] = [];

  constructor(
    readonly state: SandboxState,
    readonly urls: SandboxUrls,
    readonly webhooks: WebhookDispatcher,
    private readonly onChange: () => void = () => {},
  ) {}

  id(): number {
    return nextId(this.state);
  }

  now(): string {
    return timestamp();
  }

  changed(): void {
    this.onChange();
  }

  user(login: string): UserRecord {
    const user = this.state.users[login.toLowerCase()];
    if (!user) throw new Error(`sandbox: no user ${login}`);
    return user;
  }

  findUser(login: string): UserRecord | undefined {
    return this.state.users[login.toLowerCase()];
  }

  createUser(
    login: string,
    options: { type?: UserRecord["type"]; name?: string; email?: string } = {},
  ): UserRecord {
    const existing = this.findUser(login);
    if (existing) return existing;
    const user: UserRecord = {
      id: this.id(),
      login,
      type: options.type ?? "User",
      name: options.name ?? null,
      email: options.email ?? null,
      createdAt: this.now(),
    };
    this.state.users[login.toLowerCase()] = user;
    this.changed();
    return user;
  }

  /**
   * A personal access token for a user; `permissions` narrows it like a fine-grained token. With
   * `kind: "actions"` it is a workflow's GITHUB_TOKEN instead: it acts as github-actions[bot] in the
   * repositories of `login`'s account, with `permissions` (default: GitHub's permissive set).
   */
  issueToken(
    login: string,
    options: { permissions?: Permissions; repositories?: string[]; kind?: "user" | "actions" } = {},
  ): string {
    this.createUser(login);
    const actions = options.kind === "actions";
    if (actions) this.createUser(ACTIONS_BOT, { type: "Bot" });
    const token = `${actions ? "ghs" : "ghp"}_${randomBytes(18).toString("base64url")}`;
    const permissions = options.permissions ?? (actions ? DEFAULT_GITHUB_TOKEN_PERMISSIONS : undefined);
    this.state.tokens[token] = {
      login: actions ? ACTIONS_BOT : login,
      kind: options.kind ?? "user",
      ...(actions ? { account: login } : {}),
      ...(permissions ? { permissions } : {}),
      ...(options.repositories ? { repositories: options.repositories } : {}),
    };
    this.changed();
    return token;
  }

  findRepo(owner: string, name: string): RepoRecord | undefined {
    return this.state.repos[`${owner}/${name}`.toLowerCase()];
  }

  repo(fullName: string): RepoRecord {
    const repo = this.state.repos[fullName.toLowerCase()];
    if (!repo) throw new Error(`sandbox: no repository ${fullName}`);
    return repo;
  }

  /**
   * Creates a repository with an initial commit holding `files` on the default branch.
   * Idempotent by name: an existing repository is returned as it is.
   */
  createRepo(
    fullName: string,
    options: {
      files?: Record<string, string | Buffer>;
      defaultBranch?: string;
      private?: boolean;
      description?: string;
      collaborators?: Record<string, PermissionLevel>;
    } = {},
  ): RepoRecord {
    const [owner, name] = fullName.split("/");
    if (!owner || !name) throw new Error(`sandbox: repository name must be owner/name, got ${fullName}`);
    const existing = this.findRepo(owner, name);
    if (existing) return existing;
    this.createUser(owner);
    for (const login of Object.keys(options.collaborators ?? {})) this.createUser(login);
    const now = this.now();
    const repo: RepoRecord = {
      id: this.id(),
      owner,
      name,
      private: options.private ?? false,
      description: options.description ?? null,
      defaultBranch: options.defaultBranch ?? "main",
      createdAt: now,
      updatedAt: now,
      pushedAt: now,
      collaborators: { [owner]: "admin", ...options.collaborators },
      objects: {},
      refs: {},
      nextNumber: 1,
      issues: {},
      pulls: {},
      reviews: {},
      comments: {},
      labels: {},
      checkRuns: {},
      statuses: [],
      deployments: {},
      deploymentStatuses: {},
      environments: {},
      releases: {},
      assets: {},
      workflowRuns: {},
      artifacts: {},
      dispatches: [],
    };
    this.state.repos[fullName.toLowerCase()] = repo;
    const files = options.files ?? { "README.md": `# ${name}\n` };
    const changes = Object.entries(files).map(([path, content]) => ({
      path,
      sha: putBlob(repo, Buffer.isBuffer(content) ? content : Buffer.from(content)),
    }));
    commitToBranch(repo, repo.defaultBranch, changes, "Initial commit", this.gitPerson(owner));
    this.changed();
    return repo;
  }

  /** Commits files straight to a branch, as a person pushing would (fires `push`). */
  push(
    fullName: string,
    branch: string,
    files: Record<string, string | Buffer | null>,
    options: { message?: string; author?: string } = {},
  ): string {
    const repo = this.repo(fullName);
    const before = repo.refs[`refs/heads/${branch}`] ?? "0".repeat(40);
    const author = options.author ?? repo.owner;
    const changes = Object.entries(files).map(([path, content]) => ({
      path,
      sha: content === null ? null : putBlob(repo, Buffer.isBuffer(content) ? content : Buffer.from(content)),
    }));
    const sha = commitToBranch(
      repo,
      branch,
      changes,
      options.message ?? "Update files",
      this.gitPerson(author),
    );
    repo.pushedAt = this.now();
    this.changed();
    this.webhooks.pushed(repo, branch, before, sha, author);
    return sha;
  }

  gitPerson(login: string): { name: string; email: string; date: string } {
    const user = this.findUser(login);
    return {
      name: user?.name ?? login,
      email: user?.email ?? `${user?.id ?? 0}+${login}@users.noreply.github.com`,
      date: this.now(),
    };
  }

  /** The permission a user has on a repository (owner: admin; public repo: read). */
  permissionOf(repo: RepoRecord, login: string): PermissionLevel | "none" {
    const direct = Object.entries(repo.collaborators).find(([l]) => l.toLowerCase() === login.toLowerCase());
    if (direct) return direct[1];
    return repo.private ? "none" : "read";
  }

  addCollaborator(fullName: string, login: string, permission: PermissionLevel): void {
    this.createUser(login);
    this.repo(fullName).collaborators[login] = permission;
    this.changed();
  }

  /**
   * Registers a GitHub App and returns its private key (PEM). Apps authenticate with RS256 JWTs
   * signed by this key, exchanged for installation tokens, exactly as on GitHub.
   */
  registerApp(options: {
    slug: string;
    name?: string;
    owner?: string;
    webhookUrl?: string | null;
    webhookSecret?: string;
    permissions?: Permissions;
    events?: string[];
  }): { appId: number; privateKey: string; webhookSecret: string } {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const id = this.id();
    const webhookSecret = options.webhookSecret ?? randomBytes(16).toString("hex");
    const owner = options.owner ?? "trainyard";
    this.createUser(owner, { type: "Organization" });
    this.createUser(`${options.slug}[bot]`, { type: "Bot" });
    this.state.apps[String(id)] = {
      id,
      slug: options.slug,
      name: options.name ?? options.slug,
      owner,
      publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
      webhookSecret,
      webhookUrl: options.webhookUrl ?? null,
      permissions: options.permissions ?? { metadata: "read" },
      events: options.events ?? [],
      createdAt: this.now(),
    };
    this.changed();
    return {
      appId: id,
      privateKey: privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
      webhookSecret,
    };
  }

  setAppWebhookUrl(appId: number, url: string | null): void {
    const app = this.state.apps[String(appId)];
    if (!app) throw new Error(`sandbox: no app ${appId}`);
    app.webhookUrl = url;
    this.changed();
  }

  installApp(appId: number, account: string, repositories: "all" | string[] = "all"): number {
    const app = this.state.apps[String(appId)];
    if (!app) throw new Error(`sandbox: no app ${appId}`);
    this.createUser(account);
    const id = this.id();
    this.state.installations[String(id)] = {
      id,
      appId,
      account,
      repositories,
      permissions: app.permissions,
      events: app.events,
      createdAt: this.now(),
    };
    this.changed();
    return id;
  }

  /** The installation of an app that covers a repository, if any. */
  installationFor(appId: number, repo: RepoRecord): number | undefined {
    const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
    for (const installation of Object.values(this.state.installations)) {
      if (installation.appId !== appId) continue;
      if (installation.account.toLowerCase() !== repo.owner.toLowerCase()) continue;
      if (
        installation.repositories === "all" ||
        installation.repositories.some((r) => r.toLowerCase() === fullName)
      )
        return installation.id;
    }
    return undefined;
  }

  /** Subscribes a URL to a repository's events, as a repository webhook does. */
  addRepoHook(fullName: string, url: string, secret: string, events: string[] = ["*"]): number {
    this.repo(fullName);
    const id = this.id();
    this.state.hooks.push({ id, url, secret, events, repo: fullName.toLowerCase(), active: true });
    this.changed();
    return id;
  }
}
