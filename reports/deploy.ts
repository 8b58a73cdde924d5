import type { Attempt, DeployOutcome, DeployResult } from "../lib/deploy/rollout.ts";
import type { SmokeResult } from "../lib/deploy/smoke-test.ts";
import { cell, code, details, duration, fenced, link, plural, shorten, table } from "./markdown.ts";

/**
 * What a deploy run tells people: the job summary (one row per model and environment, then what
 * failed), and the comment on the promotion pull request (what happened to the version it
 * promoted: live, or failed and rolled back, with the smoke test's answers and the log's end).
 */

/** Log lines shown, each cut to a readable width: enough to see the error, small beside GitHub's limits. */
export const LOG_LINES = 40;
const LOG_LINE_CHARS = 300;

export interface DeployContext {
  sha: string;
  runUrl: string;
}

const RESULT_WORDS: Record<DeployResult, string> = {
  deployed: "✅ deployed",
  done: "☑️ already deployed",
  stale: "⏭️ skipped: a newer commit is deployed",
  removed: "➖ removed from deployments.yml",
  failed: "❌ failed",
  "rolled-back": "↩️ failed, rolled back",
  "rollback-failed": "🔥 failed, and the rollback failed",
};

export function resultWords(outcome: DeployOutcome): string {
  if (outcome.result === "rolled-back" && outcome.rollback)
    return `↩️ failed, rolled back to v${outcome.rollback.version}`;
  return RESULT_WORDS[outcome.result];
}

function change(outcome: DeployOutcome): string {
  const from = outcome.from === undefined ? "—" : `v${outcome.from}`;
  const to = outcome.to === undefined ? "—" : `v${outcome.to}`;
  return `${from} → ${to}`;
}

export function renderDeploySummary(outcomes: DeployOutcome[], context: DeployContext): string {
  const parts = [`## Deploy at ${code(context.sha.slice(0, 7))}`, ""];
  if (outcomes.length === 0) {
    parts.push(".trainyard/deployments.yml did not change in this push: nothing to deploy.");
    return `${parts.join("\n")}\n`;
  }
  parts.push(
    table(
      ["model", "environment", "change", "result", "deployment", "where / why"],
      outcomes.map((outcome) => [
        cell(outcome.model),
        cell(outcome.environment),
        change(outcome),
        resultWords(outcome),
        deploymentCell(outcome),
        outcome.environmentUrl && (outcome.result === "deployed" || outcome.result === "rolled-back")
          ? link(outcome.environmentUrl, outcome.environmentUrl)
          : cell(outcome.reason, 160),
      ]),
    ),
  );
  for (const outcome of outcomes) {
    if (!outcome.failure) continue;
    parts.push("", `### ${cell(outcome.model)} → ${cell(outcome.environment)}: v${outcome.to} failed`, "");
    parts.push(...failureDetail(outcome));
  }
  return `${parts.join("\n")}\n`;
}

function deploymentCell(outcome: DeployOutcome): string {
  if (outcome.deploymentId === undefined) return "";
  const rollback = outcome.rollback?.deploymentId;
  return rollback === undefined
    ? String(outcome.deploymentId)
    : `${outcome.deploymentId}, rollback ${rollback}`;
}

/** The pull request comment about one model and environment. */
export function renderDeployComment(outcome: DeployOutcome, context: DeployContext): string {
  const model = cell(outcome.model);
  const environment = cell(outcome.environment);
  const footer = `Commit ${code(context.sha.slice(0, 7))} · ${link("the deploy run", context.runUrl)}`;
  if (outcome.result === "deployed") {
    const where = outcome.environmentUrl ? ` at ${link(outcome.environmentUrl, outcome.environmentUrl)}` : "";
    return [
      `### ✅ ${model} v${outcome.to} is live in ${environment}`,
      "",
      `Deployment ${outcome.deploymentId} with ${code(outcome.target ?? "", 80)}${where}: ${cell(outcome.reason, 200)}.`,
      `Digest ${code(outcome.digest ?? "", 80)}.`,
      "",
      footer,
      "",
    ].join("\n");
  }
  const headline =
    outcome.result === "rolled-back" && outcome.rollback
      ? `### ↩️ ${model} v${outcome.to} failed in ${environment}: it is back on v${outcome.rollback.version}`
      : outcome.result === "rollback-failed"
        ? `### 🔥 ${model} v${outcome.to} failed in ${environment}, and rolling back failed too`
        : `### ❌ ${model} v${outcome.to} failed in ${environment}`;
  return [headline, "", ...failureDetail(outcome), "", footer, ""].join("\n");
}

function failureDetail(outcome: DeployOutcome): string[] {
  const failure = outcome.failure as Attempt;
  const what =
    failure.stage === "smoke-test"
      ? `the smoke test, after ${code(outcome.target ?? "the target", 80)} reported success`
      : code(outcome.target ?? "the target", 80);
  const lines = [
    `**What failed:** ${what}: ${cell(failure.summary, 300)}. Deployment ${outcome.deploymentId} of v${outcome.to} is marked failed.`,
    "",
  ];
  const rollback = outcome.rollback;
  if (outcome.result === "rolled-back" && rollback)
    lines.push(
      `**${cell(outcome.environment)} is back on v${rollback.version}** (deployment ${rollback.deploymentId}: ${cell(rollback.summary, 200)}).`,
    );
  else if (outcome.result === "rollback-failed" && rollback)
    lines.push(
      `**Rolling back to v${rollback.version} failed too:** ${cell(rollback.summary, 300)}. ${cell(outcome.environment)} may be running neither version: check it now.`,
    );
  else lines.push(`**Nothing was rolled back:** ${cell(outcome.reason, 300)}.`);
  if (failure.smoke) lines.push("", smokeDetails(failure.smoke, "Smoke test"));
  if (failure.targetLog.length > 0) lines.push("", logDetails("Deploy log", failure.targetLog));
  const restored = rollback?.attempt;
  if (restored && !restored.ok) {
    if (restored.smoke) lines.push("", smokeDetails(restored.smoke, "Smoke test of the rollback"));
    if (restored.targetLog.length > 0) lines.push("", logDetails("Rollback log", restored.targetLog));
  }
  return lines;
}

function smokeDetails(smoke: SmokeResult, title: string): string {
  const rows = smoke.checks.map((check) => [
    code(check.request, 100),
    check.status === undefined ? "no answer" : String(check.status),
    check.ok ? "✓" : cell(check.problem ?? "", 200),
  ]);
  const failed = smoke.checks.find((check) => !check.ok);
  const body = failed?.body ? ["", "The answer:", "", fenced(trimLines(failed.body.split("\n")))] : [];
  return details(
    `${title}: the last of ${plural(smoke.attempts, "attempt")} in ${duration(smoke.durationMs)}`,
    [table(["request", "status", "result"], rows), ...body].join("\n"),
  );
}

function logDetails(title: string, log: string[]): string {
  const shown = trimLines(log);
  return details(`${title}: the last ${plural(shown.length, "line")}`, fenced(shown));
}

function trimLines(lines: string[]): string[] {
  return lines.slice(-LOG_LINES).map((line) => shorten(line, LOG_LINE_CHARS));
}
