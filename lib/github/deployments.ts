import type { DeploymentLedger, NewDeployment, StatusUpdate } from "../deploy/rollout.ts";
import type { NewestDeployment } from "../deploy/stale.ts";
import { GitHubError } from "../errors.ts";
import type { GitHubClient } from "./client.ts";
import { committedAt, compareCommits } from "./commits.ts";
import type { RepoRef } from "./releases.ts";

/**
 * GitHub Deployments as Trainyard writes them: one per model version put in an environment, task
 * `deploy:<model>` (several models may share an environment, so the task tells them apart), made
 * for the pushed commit with `auto_merge: false` (the commit is already on the default branch)
 * and `required_contexts: []` (the promotion pull request's checks were the gate).
 *
 * Statuses are written with `auto_inactive: false`, because GitHub's automatic retiring works per
 * environment and would mark another model's live deployment there inactive; the earlier
 * deployments of the same model are retired here instead.
 */
export const DEPLOY_TASK_PREFIX = "deploy:";
/** GitHub cuts a deployment status description at this many characters. */
const DESCRIPTION_LIMIT = 140;
/** Earlier deployments looked at when retiring (the ones before were retired by earlier runs). */
const RETIRE_LOOKBACK = 20;

export function deployTask(model: string): string {
  return `${DEPLOY_TASK_PREFIX}${model}`;
}

export function githubLedger(
  github: GitHubClient,
  repo: RepoRef,
  options: { logUrl?: string } = {},
): DeploymentLedger {
  const latestState = async (id: number): Promise<string | undefined> => {
    const { data } = await github.rest.repos.listDeploymentStatuses({
      ...repo,
      deployment_id: id,
      per_page: 1,
    });
    return data[0]?.state;
  };

  /**
   * Earlier deployments of the same commit that never ended: a create whose answer was lost (and
   * was retried), or a run killed midway. Whoever made them is gone, so they end as `error` rather
   * than stay `in_progress` (or status-less) for ever.
   */
  const endAbandoned = async (deployment: NewDeployment, keepId: number): Promise<void> => {
    const { data } = await github.rest.repos.listDeployments({
      ...repo,
      sha: deployment.sha,
      task: deployTask(deployment.model),
      environment: deployment.environment,
      per_page: RETIRE_LOOKBACK,
    });
    for (const earlier of data) {
      if (earlier.id >= keepId) continue;
      const state = await latestState(earlier.id);
      if (state !== undefined && state !== "in_progress" && state !== "pending" && state !== "queued")
        continue;
      await github.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: earlier.id,
        state: "error",
        description: clip(`Abandoned: deployment ${keepId} of the same commit took over`),
        auto_inactive: false,
      });
    }
  };

  return {
    async newest(model, environment): Promise<NewestDeployment | undefined> {
      const { data } = await github.rest.repos.listDeployments({
        ...repo,
        task: deployTask(model),
        environment,
        per_page: 1,
      });
      const deployment = data[0];
      if (!deployment) return undefined;
      const version = payloadOf(deployment.payload).version;
      return {
        id: deployment.id,
        sha: deployment.sha,
        version: typeof version === "number" ? version : undefined,
        state: await latestState(deployment.id),
      };
    },

    relation: (deployedSha, sha) => compareCommits(github, repo, deployedSha, sha),
    committedAt: (sha) => committedAt(github, repo, sha),

    async create(deployment: NewDeployment): Promise<number> {
      const response = await github.rest.repos.createDeployment({
        ...repo,
        ref: deployment.sha,
        task: deployTask(deployment.model),
        environment: deployment.environment,
        description: clip(deployment.description),
        payload: deployment.payload,
        auto_merge: false,
        required_contexts: [],
      });
      const data = response.data as { id?: number; message?: string };
      if (response.status !== 201 || typeof data.id !== "number")
        throw new GitHubError(
          `GitHub did not create the deployment: ${data.message ?? `status ${response.status}`}`,
          {
            status: response.status,
            request: "POST deployments",
          },
        );
      await endAbandoned(deployment, data.id);
      return data.id;
    },

    async setStatus(id: number, status: StatusUpdate): Promise<void> {
      await github.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state: status.state,
        description: clip(status.description),
        auto_inactive: false,
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        ...(options.logUrl ? { log_url: options.logUrl } : {}),
      });
    },

    async retireEarlier(model, environment, keepId): Promise<void> {
      const { data } = await github.rest.repos.listDeployments({
        ...repo,
        task: deployTask(model),
        environment,
        per_page: RETIRE_LOOKBACK,
      });
      for (const deployment of data) {
        if (deployment.id === keepId || deployment.id > keepId) continue;
        if ((await latestState(deployment.id)) !== "success") continue;
        await github.rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: deployment.id,
          state: "inactive",
          description: clip(`Replaced by deployment ${keepId}`),
          auto_inactive: false,
        });
      }
    },
  };
}

/** A deployment's payload: GitHub returns the object it was given (or, from older clients, its JSON text). */
function payloadOf(payload: unknown): Record<string, unknown> {
  if (typeof payload === "string") {
    try {
      const parsed: unknown = JSON.parse(payload);
      return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return payload && typeof payload === "object" ? (payload as Record<string, unknown>) : {};
}

function clip(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
