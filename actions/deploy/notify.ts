import type { DeployOutcome } from "../../lib/deploy/rollout.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { commentMarker, upsertStickyComment } from "../../lib/github/comments.ts";
import { mergedPullRequestFor } from "../../lib/github/pull-approvals.ts";
import type { RepoRef } from "../../lib/github/releases.ts";
import { type DeployContext, renderDeployComment } from "../../reports/deploy.ts";

const TOLD = new Set<DeployOutcome["result"]>(["deployed", "failed", "rolled-back", "rollback-failed"]);

/**
 * Tells the pull request whose merge is the pushed commit (the bot's promotion pull request,
 * `trainyard/promote/<model>`, or any other that changed deployments.yml) what became of each
 * version it asked for: one sticky comment per model and environment, so a re-run updates it.
 * Returns the pull request's number, or undefined when the commit came without one.
 */
export async function tellPullRequest(
  github: GitHubClient,
  repo: RepoRef,
  outcomes: DeployOutcome[],
  context: DeployContext,
  onLine: (line: string) => void,
): Promise<number | undefined> {
  const told = outcomes.filter((outcome) => TOLD.has(outcome.result));
  if (told.length === 0) return undefined;
  const pull = await mergedPullRequestFor(github, repo, context.sha);
  if (!pull) {
    onLine(`no pull request was merged as ${context.sha.slice(0, 7)}: the outcome is in this run only`);
    return undefined;
  }
  for (const outcome of told) {
    const marker = commentMarker("deploy", `${outcome.model}/${outcome.environment}`);
    const comment = await upsertStickyComment(
      github,
      { ...repo, issueNumber: pull.number },
      marker,
      renderDeployComment(outcome, context),
    );
    onLine(`${outcome.model} → ${outcome.environment}: told #${pull.number} (${comment.url})`);
  }
  return pull.number;
}
