import { createHash, timingSafeEqual } from "node:crypto";
import type { ProbotOctokit } from "probot";
import { retrainConfig, type TrainyardConfig } from "../lib/config/trainyard-config.ts";
import {
  type DriftDispatchReport,
  type DriftReport,
  driftDispatchReport,
  driftReport,
} from "../lib/drift/report.ts";
import {
  addEvidence,
  alertKey,
  driftedFeatures,
  driftReportKey,
  formatRetrainRecord,
  parseRetrainRecord,
  RETRAIN_LABEL,
  type RetrainEvidence,
  type RetrainRecord,
  retrainBranch,
  retrainRecordPath,
  SNOOZE_LABEL,
} from "../lib/drift/retrain-record.ts";
import { isTrainyardError } from "../lib/errors.ts";
import { findBotPullRequest, upsertBotPullRequest } from "../lib/github/bot-pull-request.ts";
import type { GitHubClient } from "../lib/github/client.ts";
import { commentMarker, upsertStickyComment } from "../lib/github/comments.ts";
import { readFileAt } from "../lib/github/contents.ts";
import type { RepoRef } from "../lib/github/releases.ts";
import * as z from "../lib/zod.ts";
import { renderEvidenceComment, renderRetrainBody, retrainTitle } from "../reports/retrain.ts";
import { type BotFeature, type BotRequest, type BotResponse, type BotRuntime, on } from "./runtime.ts";

/**
 * Retraining: when a model's production data drifts — a drift check's `repository_dispatch`
 * (`trainyard-drift`), a Prometheus alert through Alertmanager (`POST /alertmanager`), or a
 * person with write access commenting `/retrain <model>` — open ONE retraining pull request per
 * model on `trainyard/retrain/<model>`, or add the new evidence to the open one.
 */
export const DRIFT_EVENT_TYPE = "trainyard-drift";
export const ALERTMANAGER_PATH = "/alertmanager";
/** The alert labels that say which repository and model an alert is about. */
export const ALERT_REPOSITORY_LABEL = "repository";
export const ALERT_MODEL_LABEL = "model";

const modelName = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, "a model name"));

/**
 * The drift check dispatches the compact report (lib/drift/report.ts `driftDispatchReport`: each
 * feature's verdict, without its sample counts or sketch error); the bot keeps it in the full
 * report's shape. A full report (sent by hand or an older drift check) is taken as it is.
 */
function fromDispatchReport(report: DriftDispatchReport): DriftReport {
  return {
    drifted: report.drifted,
    share: report.share,
    threshold: report.threshold,
    reference: report.reference,
    current: report.current,
    features: report.features.map((feature) => ({
      ...feature,
      exact: true,
      error: 0,
      reference: { count: report.reference.rows, missing: 0 },
      current: { count: report.current.rows, missing: 0 },
      note: "as the drift check's dispatch summarised it (its report file has the counts)",
    })),
    skipped:
      report.omitted > 0
        ? [{ name: `${report.omitted} more`, reason: "left out of the dispatch to keep it small" }]
        : [],
  };
}

/** `client_payload` of a `trainyard-drift` dispatch. */
export const driftDispatchPayload = z.object({
  model: modelName,
  report: z.union([driftReport, z.pipe(driftDispatchReport, z.transform(fromDispatchReport))]),
  window: z.optional(z.object({ start: z.optional(z.string()), end: z.optional(z.string()) })),
});

/** Alertmanager's webhook body (version 4), the fields the bot reads. */
export const alertmanagerWebhook = z.object({
  version: z.literal("4"),
  status: z.enum(["firing", "resolved"]),
  receiver: z.optional(z.string()),
  groupKey: z.optional(z.string()),
  externalURL: z.optional(z.string()),
  alerts: z.array(
    z.object({
      status: z.enum(["firing", "resolved"]),
      labels: z.record(z.string(), z.string()),
      annotations: z.optional(z.record(z.string(), z.string())),
      startsAt: z.string(),
      endsAt: z.optional(z.string()),
      generatorURL: z.optional(z.string()),
      fingerprint: z.string().check(z.minLength(1)),
    }),
  ),
});
export type AlertmanagerWebhook = z.infer<typeof alertmanagerWebhook>;

const COMMAND_NAME = "/retrain";
const COMMAND = /^\/retrain[ \t]+([^\s]+)[ \t]*$/m;
const WRITERS = new Set(["admin", "maintain", "write"]);

type CommentPayload = { comment: { body: string }; sender: { type: string } };

/** The model of a `/retrain <model>` line in a comment by a person (a bot's comments command nothing). */
function retrainCommand({ comment, sender }: CommentPayload): string | undefined {
  if (sender.type === "Bot") return undefined;
  return COMMAND.exec(comment.body)?.[1];
}

export const retrainFeature: BotFeature = {
  name: "retrain",
  register(app, runtime) {
    const isDriftDispatch = {
      mentions: [DRIFT_EVENT_TYPE],
      test: (payload: { action: string }) => payload.action === DRIFT_EVENT_TYPE,
    };
    on(app, runtime, "retrain", "repository_dispatch", isDriftDispatch, async (context) => {
      const { payload } = context;
      const parsed = driftDispatchPayload.safeParse(payload.client_payload);
      if (!parsed.success) {
        runtime.metrics.retrainSkipped.inc({ trigger: "drift", reason: "bad-payload" });
        context.log.warn(
          `retrain: ignored a ${DRIFT_EVENT_TYPE} dispatch with a bad client_payload: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`,
        );
        return;
      }
      const { model, report, window } = parsed.data;
      const evidence: RetrainEvidence = {
        key: driftReportKey(report),
        trigger: "drift",
        at: new Date().toISOString(),
        by: payload.sender?.login ?? "unknown",
        features: driftedFeatures(report),
        share: report.share,
        ...(window ? { window } : {}),
      };
      const repo = context.repo();
      await retrainAndCount(runtime, context.octokit, repo, {
        model,
        baseBranch: payload.repository.default_branch,
        config: await runtime.config(context.octokit, repo),
        evidence: [evidence],
        report,
      });
    });

    const hasCommand = {
      mentions: [COMMAND_NAME],
      test: (payload: CommentPayload) => retrainCommand(payload) !== undefined,
    };
    on(app, runtime, "retrain", "issue_comment.created", hasCommand, async (context) => {
      const { comment, sender } = context.payload;
      const model = retrainCommand(context.payload);
      if (model === undefined) return;
      const repo = context.repo();
      const { data: access } = await context.octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: sender.login,
      });
      const role = (access as { role_name?: string }).role_name ?? access.permission;
      if (!WRITERS.has(access.permission) && !WRITERS.has(role)) {
        runtime.metrics.retrainSkipped.inc({ trigger: "command", reason: "not-a-writer" });
        context.log.info(
          `retrain: ignored /retrain ${model} from ${sender.login}, who has ${access.permission} permission (write needed)`,
        );
        return;
      }
      if (!modelName.safeParse(model).success) {
        context.log.info(`retrain: ignored /retrain ${model}: not a model name`);
        return;
      }
      await retrainAndCount(runtime, context.octokit, repo, {
        model,
        baseBranch: context.payload.repository.default_branch,
        config: await runtime.config(context.octokit, repo),
        evidence: [
          {
            key: `command-${comment.id}`,
            trigger: "command",
            at: comment.created_at,
            by: sender.login,
            url: comment.html_url,
            features: [],
          },
        ],
      });
    });
  },
  routes: [
    {
      method: "POST",
      path: ALERTMANAGER_PATH,
      handle: (request, runtime) => receiveAlerts(request, runtime),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Alertmanager

async function receiveAlerts(request: BotRequest, runtime: BotRuntime): Promise<BotResponse> {
  if (!bearerMatches(request.headers.authorization, runtime.alertmanagerToken)) {
    runtime.log.warn(`retrain: refused ${ALERTMANAGER_PATH}: missing or wrong bearer token`);
    return {
      status: 401,
      headers: { "www-authenticate": 'Bearer realm="trainyard"' },
      body: { message: "a bearer token is required (the bot's ALERTMANAGER_TOKEN)" },
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(request.body.toString("utf8"));
  } catch {
    return { status: 400, body: { message: "the body is not JSON" } };
  }
  const parsed = alertmanagerWebhook.safeParse(json);
  if (!parsed.success)
    return {
      status: 400,
      body: { message: `not an Alertmanager webhook (version 4): ${z.prettifyError(parsed.error)}` },
    };

  const groups = new Map<string, { repo: RepoRef; model: string; alerts: AlertmanagerWebhook["alerts"] }>();
  let ignored = 0;
  for (const alert of parsed.data.alerts) {
    if (alert.status !== "firing") {
      runtime.metrics.alerts.inc({ outcome: "resolved" });
      ignored++;
      continue;
    }
    const [owner, name, ...rest] = (alert.labels[ALERT_REPOSITORY_LABEL] ?? "").split("/");
    const model = alert.labels[ALERT_MODEL_LABEL] ?? "";
    if (!owner || !name || rest.length > 0 || !modelName.safeParse(model).success) {
      runtime.metrics.alerts.inc({ outcome: "unlabelled" });
      runtime.log.info(
        `retrain: ignored alert ${alert.labels.alertname ?? alert.fingerprint}: it needs labels ${ALERT_REPOSITORY_LABEL}="owner/name" and ${ALERT_MODEL_LABEL}="<model>"`,
      );
      ignored++;
      continue;
    }
    const key = `${owner}/${name}/${model}`.toLowerCase();
    const group = groups.get(key) ?? { repo: { owner, repo: name }, model, alerts: [] };
    group.alerts.push(alert);
    groups.set(key, group);
  }

  const results: Array<{ repository: string; model: string; outcome: string; number?: number }> = [];
  for (const { repo, model, alerts } of groups.values()) {
    const repository = `${repo.owner}/${repo.repo}`;
    let github: ProbotOctokit;
    try {
      github = await runtime.clientFor(repo);
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      runtime.metrics.alerts.inc({ outcome: "unknown-repository" }, alerts.length);
      runtime.log.info(`retrain: ignored alerts for ${repository}: the App is not installed there`);
      ignored += alerts.length;
      continue;
    }
    runtime.metrics.alerts.inc({ outcome: "accepted" }, alerts.length);
    const evidence = alerts.map(
      (alert): RetrainEvidence => ({
        key: alertKey(alert.fingerprint, alert.startsAt),
        trigger: "alert",
        at: alert.startsAt,
        by: alert.labels.alertname ?? "alert",
        ...(alert.generatorURL ? { url: alert.generatorURL } : {}),
        features: alert.labels.feature ? [alert.labels.feature] : [],
        labels: alert.labels,
      }),
    );
    try {
      const { data: repoData } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
      const outcome = await retrainAndCount(runtime, github, repo, {
        model,
        baseBranch: repoData.default_branch,
        config: await runtime.config(github, repo),
        evidence,
      });
      results.push({
        repository,
        model,
        outcome: outcome.kind,
        ...("number" in outcome ? { number: outcome.number } : {}),
      });
    } catch (error) {
      if (!isTrainyardError(error) || error.kind === "github") throw error;
      runtime.metrics.errors.inc({ feature: "retrain" });
      runtime.log.error(`retrain: ${error.message}`);
      results.push({ repository, model, outcome: "config-error" });
    }
  }
  return { status: 200, body: { received: parsed.data.alerts.length, ignored, results } };
}

/** `Authorization: Bearer <token>` compared in constant time; no token configured refuses all. */
function bearerMatches(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(match[1] as string), digest(token));
}

// ---------------------------------------------------------------------------------------------
// The retraining pull request

export interface RetrainRequest {
  model: string;
  /** The repository's default branch, which the pull request goes into. */
  baseBranch: string;
  config: TrainyardConfig | undefined;
  /** What asked for retraining; pieces the open pull request holds already are dropped. */
  evidence: RetrainEvidence[];
  /** The drift report that came with the evidence, shown in the pull request. */
  report?: DriftReport;
  now?: Date;
}

export type RetrainOutcome =
  /** The model is not in `.github/trainyard.yml`. */
  | { kind: "unknown-model" }
  /** The last retraining pull request was closed with `trainyard:snooze`. */
  | { kind: "snoozed"; number: number }
  /** The last retraining pull request was closed less than `cooldown_hours` ago. */
  | { kind: "cooldown"; number: number; until: string }
  /** The App opened `hourly_limit` pull requests in this repository in the last hour. */
  | { kind: "hourly-limit"; opened: number; limit: number }
  /** The open pull request holds all this evidence already. */
  | { kind: "known-evidence"; number: number }
  | {
      kind: "proposed";
      number: number;
      url: string;
      created: boolean;
      updated: boolean;
      /** Evidence this call added. */
      added: number;
      commented: boolean;
    };

/** Opens or updates the model's retraining pull request, unless a rule says to wait. */
export async function requestRetraining(
  github: GitHubClient,
  repo: RepoRef,
  request: RetrainRequest,
): Promise<RetrainOutcome> {
  const { model } = request;
  const modelConfig = request.config?.models[model];
  if (!modelConfig) return { kind: "unknown-model" };
  const settings = modelConfig.retrain ?? retrainConfig.parse({});
  const now = request.now ?? new Date();
  const branch = retrainBranch(model);
  const path = retrainRecordPath(model);

  const latest = await findBotPullRequest(github, repo, branch, { state: "all" });
  const open = latest?.state === "open" ? latest : undefined;
  let before: RetrainRecord | undefined;
  if (open) {
    before = parseRetrainRecord(await readFileAt(github, { ...repo, path, ref: open.headSha }));
    if (before && addEvidence(before, model, request.evidence).added.length === 0) {
      // A run killed after opening the pull request left it unlabelled: finish that part.
      const missing = [RETRAIN_LABEL, ...settings.labels].filter((label) => !open.labels.includes(label));
      if (missing.length > 0)
        await github.rest.issues.addLabels({ ...repo, issue_number: open.number, labels: missing });
      return { kind: "known-evidence", number: open.number };
    }
  } else {
    if (latest?.labels.includes(SNOOZE_LABEL)) return { kind: "snoozed", number: latest.number };
    const closedAt = latest?.closedAt ? Date.parse(latest.closedAt) : undefined;
    const until = closedAt === undefined ? undefined : closedAt + settings.cooldown_hours * 3_600_000;
    if (latest && until !== undefined && until > now.getTime())
      return { kind: "cooldown", number: latest.number, until: new Date(until).toISOString() };
    if (settings.hourly_limit > 0) {
      const opened = await botPullRequestsOpenedSince(github, repo, now.getTime() - 3_600_000);
      if (opened >= settings.hourly_limit)
        return { kind: "hourly-limit", opened, limit: settings.hourly_limit };
    }
  }

  // The branch of a closed pull request is a finished round: a new round starts a new record.
  const finishedHead = latest?.state === "closed" ? latest.headSha : undefined;
  let written: { record: RetrainRecord; added: RetrainEvidence[] } | undefined;
  const marker = commentMarker("retrain", model);
  const expected = addEvidence(before, model, request.evidence, request.report);
  const result = await upsertBotPullRequest(github, repo, {
    branch,
    base: request.baseBranch,
    files: async (tip) => {
      const onBranch =
        tip === undefined || tip === finishedHead
          ? undefined
          : parseRetrainRecord(await readFileAt(github, { ...repo, path, ref: tip }));
      written = addEvidence(onBranch, model, request.evidence, request.report);
      return { [path]: formatRetrainRecord(written.record) };
    },
    commitMessage: `${retrainTitle(model)}\n\n${request.evidence.map((item) => `${item.trigger}: ${item.by} at ${item.at}`).join("\n")}`,
    title: retrainTitle(model),
    body: renderRetrainBody(expected.record, { marker, recordPath: path }),
    labels: [RETRAIN_LABEL, ...settings.labels],
    reviewers: settings.reviewers,
    teamReviewers: settings.team_reviewers,
  });
  if (!result || !written) return { kind: "known-evidence", number: open?.number ?? 0 };

  // A racing replica's evidence may be in the record too: the body says what the branch holds.
  const body = renderRetrainBody(written.record, { marker, recordPath: path });
  if (body !== renderRetrainBody(expected.record, { marker, recordPath: path }))
    await github.rest.pulls.update({ ...repo, pull_number: result.number, body });

  let commented = false;
  if (!result.created && result.branch !== "unchanged" && written.added.length > 0) {
    const keys = written.added.map((item) => item.key).sort();
    const evidenceMarker = commentMarker(
      "retrain-evidence",
      `${model}/${createHash("sha256").update(keys.join("\n")).digest("hex").slice(0, 16)}`,
    );
    const comment = await upsertStickyComment(
      github,
      { ...repo, issueNumber: result.number },
      evidenceMarker,
      renderEvidenceComment(model, written.added, evidenceMarker),
    );
    commented = comment.action === "created";
  }
  return {
    kind: "proposed",
    number: result.number,
    url: result.url,
    created: result.created,
    updated: result.updated,
    added: written.added.length,
    commented,
  };
}

/** Pull requests the App opened (its `trainyard/` branches, a bot as author) since `since`. */
async function botPullRequestsOpenedSince(
  github: GitHubClient,
  repo: RepoRef,
  since: number,
): Promise<number> {
  const { data } = await github.rest.pulls.list({
    ...repo,
    state: "all",
    sort: "created",
    direction: "desc",
    per_page: 100,
  });
  return data.filter(
    (pull) =>
      pull.user?.type === "Bot" &&
      pull.head.ref.startsWith("trainyard/") &&
      Date.parse(pull.created_at) >= since,
  ).length;
}

// ---------------------------------------------------------------------------------------------
// One at a time per repository and model, within this process

const locks = new WeakMap<BotRuntime, Map<string, Promise<unknown>>>();

async function exclusive<T>(runtime: BotRuntime, key: string, work: () => Promise<T>): Promise<T> {
  let chains = locks.get(runtime);
  if (!chains) {
    chains = new Map();
    locks.set(runtime, chains);
  }
  const previous = chains.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  chains.set(key, tail);
  try {
    return await run;
  } finally {
    if (chains.get(key) === tail) chains.delete(key);
  }
}

async function retrainAndCount(
  runtime: BotRuntime,
  github: GitHubClient,
  repo: RepoRef,
  request: RetrainRequest,
): Promise<RetrainOutcome> {
  const trigger = request.evidence[0]?.trigger ?? "drift";
  const outcome = await exclusive(runtime, `${repo.owner}/${repo.repo}/${request.model}`.toLowerCase(), () =>
    requestRetraining(github, repo, request),
  );
  const where = `${repo.owner}/${repo.repo} ${request.model}`;
  if (outcome.kind === "proposed") {
    const change = outcome.created ? "opened" : outcome.updated ? "updated" : "unchanged";
    runtime.metrics.pullRequests.inc({ purpose: "retrain", change });
    runtime.log.info(
      `retrain: ${where} (${trigger}) → #${outcome.number} ${change}, ${outcome.added} new evidence${outcome.commented ? ", commented" : ""}`,
    );
  } else {
    runtime.metrics.retrainSkipped.inc({ trigger, reason: outcome.kind });
    runtime.log.info(`retrain: ${where} (${trigger}): no pull request (${outcome.kind})`);
  }
  return outcome;
}
