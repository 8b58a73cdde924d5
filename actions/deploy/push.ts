import { type DeploymentChange, planChanges } from "../../lib/deploy/plan.ts";
import { isTrainyardError } from "../../lib/errors.ts";
import type { GitHubClient } from "../../lib/github/client.ts";
import { firstParent } from "../../lib/github/commits.ts";
import { readFileAt } from "../../lib/github/contents.ts";
import type { RepoRef } from "../../lib/github/releases.ts";
import { DEPLOYMENTS_FILE, type Deployments, parseDeployments } from "../../lib/registry/deployments.ts";
import * as z from "../../lib/zod.ts";

const pushEvent = z.object({ before: z.string(), after: z.string() });

export interface Push {
  /** The pushed commit. */
  sha: string;
  /** The commit before the push (its parent for a run not started by a push); undefined for a first commit. */
  before: string | undefined;
  changes: DeploymentChange[];
}

/**
 * What the push changed in deployments.yml: the file at the pushed commit against the file at the
 * commit before the push (the push event's `before`, which spans every commit of the push), or at
 * the commit's first parent when the run was not started by a push (workflow_dispatch, a re-run
 * from elsewhere). Both are read through the API, so the checkout's depth does not matter.
 */
export async function readPush(
  github: GitHubClient,
  repo: RepoRef,
  event: { sha: string; payload: unknown },
  /** Only these environments (all when empty). */
  environments: string[],
  warn: (message: string) => void,
): Promise<Push> {
  const payload = pushEvent.safeParse(event.payload).data;
  const before =
    payload && payload.after === event.sha && !/^0+$/.test(payload.before)
      ? payload.before
      : await firstParent(github, repo, event.sha);
  const after = await deploymentsAt(github, repo, event.sha);
  let previous: Deployments = {};
  if (before)
    try {
      previous = await deploymentsAt(github, repo, before);
    } catch (error) {
      if (!isTrainyardError(error)) throw error;
      warn(
        `${DEPLOYMENTS_FILE} before this push could not be read (${error.message}): every entry counts as new`,
      );
    }
  const changes = planChanges(previous, after).filter(
    (change) => environments.length === 0 || environments.includes(change.environment),
  );
  return { sha: event.sha, before, changes };
}

async function deploymentsAt(github: GitHubClient, repo: RepoRef, ref: string): Promise<Deployments> {
  const text = await readFileAt(github, { ...repo, path: DEPLOYMENTS_FILE, ref });
  return text === undefined ? {} : parseDeployments(text, `${DEPLOYMENTS_FILE}@${ref.slice(0, 7)}`);
}

export function describePush(push: Push): string {
  const since = push.before ? `since ${push.before.slice(0, 7)}` : "a first commit";
  return `${DEPLOYMENTS_FILE} at ${push.sha.slice(0, 7)} (${since}): ${push.changes.length} change(s)`;
}
