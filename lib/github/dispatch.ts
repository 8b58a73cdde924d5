import { compactDriftReport, type DriftDispatchPayload, type DriftReport } from "../drift/report.ts";
import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/**
 * Tells the Trainyard app that a model's data drifted: a `repository_dispatch` of type
 * `trainyard-drift`. GitHub delivers it to installed apps (and it may start workflows, unlike
 * other events a GITHUB_TOKEN causes), so the bot opens or updates the retraining pull request.
 * The client payload is `{ model, report }` (`driftDispatchPayload`), the report compacted to stay
 * within GitHub's limits.
 */
export const DRIFT_EVENT_TYPE = "trainyard-drift";

export async function dispatchDrift(
  github: GitHubClient,
  repo: RepoRef,
  model: string,
  report: DriftReport,
): Promise<DriftDispatchPayload> {
  const payload: DriftDispatchPayload = { model, report: compactDriftReport(report) };
  await github.rest.repos.createDispatchEvent({
    ...repo,
    event_type: DRIFT_EVENT_TYPE,
    client_payload: payload as unknown as Record<string, unknown>,
  });
  return payload;
}
