import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

/** GitHub cuts a check run's summary and text at this many characters. */
export const CHECK_OUTPUT_LIMIT = 65_535;

export interface CheckRunReport {
  headSha: string;
  /** `trainyard / churn`: what branch protection requires by name. */
  name: string;
  conclusion: "success" | "failure" | "neutral";
  title: string;
  summary: string;
  detailsUrl?: string;
}

/**
 * Completes the check run of this name on this commit: edits the one an earlier run of ours
 * made (a re-run does not add a second), else creates it.
 */
export async function completeCheckRun(
  github: GitHubClient,
  repo: RepoRef,
  report: CheckRunReport,
): Promise<{ id: number; url: string }> {
  const { data } = await github.rest.checks.listForRef({
    ...repo,
    ref: report.headSha,
    check_name: report.name,
    filter: "latest",
  });
  const output = { title: report.title.slice(0, 255), summary: clip(report.summary) };
  const fields = {
    ...repo,
    name: report.name,
    status: "completed" as const,
    conclusion: report.conclusion,
    completed_at: new Date().toISOString(),
    output,
    ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
  };
  const existing = data.check_runs[0];
  const response = existing
    ? await github.rest.checks.update({ ...fields, check_run_id: existing.id })
    : await github.rest.checks.create({ ...fields, head_sha: report.headSha });
  return { id: response.data.id, url: response.data.html_url ?? "" };
}

function clip(text: string): string {
  if (text.length <= CHECK_OUTPUT_LIMIT) return text;
  const note = "\n\n… cut at GitHub's limit for a check run; the full report is in the job summary.";
  return text.slice(0, CHECK_OUTPUT_LIMIT - note.length) + note;
}
