/**
 * Stale runs never win. Two pushes to deployments.yml in quick succession start two runs; the
 * workflow's `concurrency:` group runs them one at a time, but it cancels only *pending* runs, and
 * a re-run of an old run (or a run that waited behind a long one) can still come last. So before
 * touching an environment, a run compares its commit with the commit of the newest deployment of
 * the same model to the same environment (GitHub lists deployments newest first):
 *
 * - no deployment yet: go;
 * - the same commit: this run (or an earlier attempt of it) already made that deployment; if it
 *   succeeded with this version, nothing is left to do ("done"), else try again ("go");
 * - the pushed commit is ahead of the deployed one (the deployed one is its ancestor): go;
 * - it is behind (an ancestor of the deployed one): a newer commit already deployed, stop;
 * - diverged (history was rewritten) or the deployed commit is gone: the later committer date
 *   wins; a deployed commit that no longer exists cannot win.
 */
export type CommitRelation = "ahead" | "behind" | "identical" | "diverged" | "missing";

export interface NewestDeployment {
  id: number;
  sha: string;
  /** The model version its payload names. */
  version: number | undefined;
  /** Its latest status (`success`, `failure`, `in_progress`, ...). */
  state: string | undefined;
}

export interface FreshnessFacts {
  sha: string;
  version: number;
  newest: NewestDeployment | undefined;
  /** How the pushed commit relates to the newest deployment's (GitHub's compare `status`, base = deployed). */
  relation: CommitRelation | undefined;
  /** Committer dates (ISO 8601), needed only when the two diverged. */
  pushedAt?: string | undefined;
  deployedAt?: string | undefined;
}

export type Freshness = { verdict: "go" | "done" | "stale"; reason: string };

export function judgeFreshness(facts: FreshnessFacts): Freshness {
  const { newest } = facts;
  const short = (sha: string) => sha.slice(0, 7);
  if (!newest) return { verdict: "go", reason: "first deployment" };
  if (newest.sha === facts.sha || facts.relation === "identical") {
    if (newest.state === "success" && newest.version === facts.version)
      return {
        verdict: "done",
        reason: `deployment ${newest.id} of this commit already put v${facts.version} there`,
      };
    return { verdict: "go", reason: `trying commit ${short(facts.sha)} again` };
  }
  switch (facts.relation) {
    case "ahead":
      return { verdict: "go", reason: `${short(facts.sha)} is newer than the deployed ${short(newest.sha)}` };
    case "behind":
      return {
        verdict: "stale",
        reason: `commit ${short(newest.sha)}, newer than this run's ${short(facts.sha)}, is already deployed there (deployment ${newest.id})`,
      };
    case "missing":
      return {
        verdict: "go",
        reason: `the deployed commit ${short(newest.sha)} is no longer in the repository`,
      };
    default: {
      const pushed = Date.parse(facts.pushedAt ?? "");
      const deployed = Date.parse(facts.deployedAt ?? "");
      if (Number.isFinite(pushed) && Number.isFinite(deployed) && pushed < deployed)
        return {
          verdict: "stale",
          reason: `commit ${short(newest.sha)} (committed ${facts.deployedAt}), on another line of history and later than this run's ${short(facts.sha)} (${facts.pushedAt}), is already deployed there`,
        };
      return {
        verdict: "go",
        reason: `${short(facts.sha)} and the deployed ${short(newest.sha)} diverged; ${short(facts.sha)} is the later commit`,
      };
    }
  }
}
