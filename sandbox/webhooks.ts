import { createHmac, randomUUID } from "node:crypto";
import type { ContractChecker, ContractViolation } from "./contract.ts";
import { getObject } from "./git.ts";
import { nodeId, webhookRepository, webhookUser } from "./shapes.ts";
import type { HookRecord, RepoRecord } from "./state.ts";
import type { SandboxWorld } from "./world.ts";

export interface DeliveryRecord {
  id: string;
  hookId: number;
  url: string;
  event: string;
  action: string | null;
  repo: string;
  status: number | null;
  error: string | null;
  durationMs: number;
  deliveredAt: string;
}

/** `X-Hub-Signature-256` exactly as GitHub computes it: HMAC-SHA256 of the raw body, hex. */
export function signPayload(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * Delivers events to repository hooks and to the webhook URLs of installed apps, signed like
 * GitHub, one delivery at a time per URL (so a receiver sees them in order), without retries
 * (GitHub does not redeliver on its own either).
 */
export class WebhookDispatcher {
  readonly deliveries: DeliveryRecord[] = [];
  readonly violations: ContractViolation[] = [];
  private world: SandboxWorld | undefined;
  private readonly queues = new Map<string, Promise<void>>();
  private pending = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly sent = new Map<
    string,
    { hook: HookRecord; event: string; payload: Record<string, unknown>; repo: RepoRecord }
  >();

  constructor(private readonly contract?: ContractChecker) {}

  attach(world: SandboxWorld): void {
    this.world = world;
  }

  /**
   * Sends `event` (with `payload.action` where the event has actions) about `repo`, from `sender`.
   * `repository`, `sender` and, for apps, `installation` are filled in here.
   */
  emit(event: string, payload: Record<string, unknown>, repo: RepoRecord, sender: string): void {
    const world = this.mustWorld();
    const base = {
      repository: webhookRepository(world, repo),
      ...payload,
      sender: webhookUser(world, sender),
    };
    const fullName = `${repo.owner}/${repo.name}`.toLowerCase();
    // GitHub delivers repository_dispatch to GitHub Apps only (its payload requires `installation`).
    const appsOnly = event === "repository_dispatch";
    for (const hook of appsOnly ? [] : world.state.hooks) {
      if (!hook.active || hook.repo !== fullName) continue;
      if (!hook.events.includes("*") && !hook.events.includes(event)) continue;
      this.enqueue(hook, event, base, repo);
    }
    for (const app of Object.values(world.state.apps)) {
      if (!app.webhookUrl || !app.events.includes(event)) continue;
      const installationId = world.installationFor(app.id, repo);
      if (installationId === undefined) continue;
      const hook: HookRecord = {
        id: app.id,
        url: app.webhookUrl,
        secret: app.webhookSecret,
        events: app.events,
        appId: app.id,
        active: true,
      };
      this.enqueue(
        hook,
        event,
        { ...base, installation: { id: installationId, node_id: nodeId("Installation", installationId) } },
        repo,
      );
    }
  }

  /** A `push` event, whose payload has a shape of its own (numeric timestamps, commit list). */
  pushed(repo: RepoRecord, branch: string, before: string, after: string, pusher: string): void {
    const world = this.mustWorld();
    const commit = getObject(repo, after, "commit");
    const repoPayload = webhookRepository(world, repo);
    const headCommit = commit
      ? {
          id: after,
          tree_id: commit.tree,
          distinct: true,
          message: commit.message,
          timestamp: commit.committer.date.replace("Z", "+00:00"),
          url: `${world.urls.html}/${repo.owner}/${repo.name}/commit/${after}`,
          author: { name: commit.author.name, email: commit.author.email, username: pusher },
          committer: { name: commit.committer.name, email: commit.committer.email, username: pusher },
          added: [],
          removed: [],
          modified: [],
        }
      : null;
    this.emit(
      "push",
      {
        ref: `refs/heads/${branch}`,
        before,
        after,
        created: /^0+$/.test(before),
        deleted: false,
        forced: false,
        base_ref: null,
        compare: `${world.urls.html}/${repo.owner}/${repo.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
        commits: headCommit ? [headCommit] : [],
        head_commit: headCommit,
        pusher: { name: pusher, email: world.gitPerson(pusher).email },
        repository: {
          ...repoPayload,
          created_at: Math.floor(Date.parse(repo.createdAt) / 1000),
          pushed_at: Math.floor(Date.parse(repo.pushedAt) / 1000),
          master_branch: repo.defaultBranch,
          stargazers: 0,
        },
      },
      repo,
      pusher,
    );
    for (const listener of world.pushListeners) listener(world, { repo, branch, before, after, pusher });
  }

  /** Resolves once every queued delivery has been attempted. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** GitHub's "Redeliver": the same delivery again, with the same `X-GitHub-Delivery` id. */
  redeliver(id: string): void {
    const sent = this.sent.get(id);
    if (!sent) throw new Error(`sandbox: no delivery ${id} to redeliver`);
    // To where the hook points now (an App's webhook URL may have changed since).
    const app =
      sent.hook.appId !== undefined ? this.mustWorld().state.apps[String(sent.hook.appId)] : undefined;
    const url = app ? app.webhookUrl : sent.hook.url;
    if (!url) throw new Error(`sandbox: delivery ${id}'s hook has no URL any more`);
    this.enqueue({ ...sent.hook, url }, sent.event, sent.payload, sent.repo, id);
  }

  private enqueue(
    hook: HookRecord,
    event: string,
    payload: Record<string, unknown>,
    repo: RepoRecord,
    id: string = randomUUID(),
  ): void {
    if (this.contract) this.violations.push(...this.contract.checkWebhook(event, payload));
    this.sent.set(id, { hook, event, payload, repo });
    this.pending += 1;
    const previous = this.queues.get(hook.url) ?? Promise.resolve();
    const next = previous
      .then(() => this.deliver(hook, event, payload, repo, id))
      .finally(() => {
        this.pending -= 1;
        if (this.pending === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
    this.queues.set(hook.url, next);
  }

  private async deliver(
    hook: HookRecord,
    event: string,
    payload: Record<string, unknown>,
    repo: RepoRecord,
    id: string,
  ): Promise<void> {
    const body = JSON.stringify(payload);
    const started = Date.now();
    const record: DeliveryRecord = {
      id,
      hookId: hook.id,
      url: hook.url,
      event,
      action: typeof payload.action === "string" ? payload.action : null,
      repo: `${repo.owner}/${repo.name}`,
      status: null,
      error: null,
      durationMs: 0,
      deliveredAt: new Date().toISOString(),
    };
    try {
      const response = await fetch(hook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "GitHub-Hookshot/sandbox",
          "x-github-event": event,
          "x-github-delivery": id,
          "x-github-hook-id": String(hook.id),
          "x-github-hook-installation-target-type": hook.appId ? "integration" : "repository",
          "x-github-hook-installation-target-id": String(hook.appId ?? repo.id),
          "x-hub-signature": `sha1=${createHmac("sha1", hook.secret).update(body).digest("hex")}`,
          "x-hub-signature-256": signPayload(hook.secret, body),
        },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      record.status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
    }
    record.durationMs = Date.now() - started;
    this.deliveries.push(record);
  }

  private mustWorld(): SandboxWorld {
    if (!this.world) throw new Error("sandbox: webhook dispatcher used before attach()");
    return this.world;
  }
}
