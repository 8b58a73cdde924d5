import type { GitHubClient } from "./client.ts";
import type { RepoRef } from "./releases.ts";

export interface RunWithArtifact {
  runId: number;
  headSha: string;
  artifactName: string;
  createdAt: string;
}

/**
 * The newest successful workflow run on a branch (or for a commit: `{ headSha }`) that left an
 * artifact whose name starts with `artifactPrefix` (e.g. the base branch's latest training run of
 * a model, or the run that trained a pull request's head), looking through at most `maxRuns`
 * runs, newest first.
 */
export async function latestRunWithArtifact(
  github: GitHubClient,
  repo: RepoRef,
  where: string | { headSha: string },
  artifactPrefix: string,
  maxRuns = 30,
): Promise<RunWithArtifact | undefined> {
  const { data } = await github.rest.actions.listWorkflowRunsForRepo({
    ...repo,
    ...(typeof where === "string" ? { branch: where } : { head_sha: where.headSha }),
    status: "success",
    per_page: Math.min(maxRuns, 100),
  });
  for (const run of data.workflow_runs) {
    const artifacts = await github.paginate(github.rest.actions.listWorkflowRunArtifacts, {
      ...repo,
      run_id: run.id,
      per_page: 100,
    });
    const match = artifacts
      .filter((a) => !a.expired && a.name.startsWith(artifactPrefix))
      .sort((a, b) => b.id - a.id)[0];
    if (match)
      return { runId: run.id, headSha: run.head_sha, artifactName: match.name, createdAt: run.created_at };
  }
  return undefined;
}
