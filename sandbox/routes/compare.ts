import { ancestors, mergeBase, resolveCommit } from "../git.ts";
import { notFound, ok, type RouteModule } from "../http.ts";
import { repoCommitShape } from "./git.ts";

/** GitHub lists at most this many commits in a comparison. */
const MAX_COMMITS = 250;

/**
 * Comparing two commits (`GET /repos/{owner}/{repo}/compare/{base}...{head}`): whether the head
 * is ahead of the base, behind it, the same, or on another line of history, and by how many
 * commits. The changed files are left out (GitHub's description makes them optional).
 */
export const compareRoutes: RouteModule = {
  api: [
    {
      operationId: "repos/compare-commits-with-basehead",
      route: "GET /repos/{owner}/{repo}/compare/{basehead}",
      permission: ["contents", "read"],
      auth: "none",
      handler: (request) => {
        const { repo, world, query } = request;
        const basehead = request.params.basehead ?? "";
        const separator = basehead.indexOf("...");
        if (separator <= 0) throw notFound();
        const base = resolveCommit(repo, basehead.slice(0, separator));
        const head = resolveCommit(repo, basehead.slice(separator + 3));
        if (!base || !head) throw notFound();
        const common = mergeBase(repo, base, head);
        // GitHub answers 404 for commits without a common ancestor.
        if (!common) throw notFound();
        const inBase = new Set(ancestors(repo, base));
        const inHead = new Set(ancestors(repo, head));
        // Oldest first, as GitHub lists them.
        const ahead = ancestors(repo, head)
          .filter((sha) => !inBase.has(sha))
          .reverse();
        const behindBy = [...inBase].filter((sha) => !inHead.has(sha)).length;
        const status =
          ahead.length === 0 && behindBy === 0
            ? "identical"
            : behindBy === 0
              ? "ahead"
              : ahead.length === 0
                ? "behind"
                : "diverged";
        const perPage = Math.min(Number(query.get("per_page") ?? MAX_COMMITS) || MAX_COMMITS, MAX_COMMITS);
        const page = Math.max(1, Number(query.get("page") ?? 1) || 1);
        const listed = ahead.slice((page - 1) * perPage, page * perPage);
        const html = `${world.urls.html}/${repo.owner}/${repo.name}`;
        return ok({
          url: `${world.urls.api}/repos/${repo.owner}/${repo.name}/compare/${basehead}`,
          html_url: `${html}/compare/${basehead}`,
          permalink_url: `${html}/compare/${repo.owner}:${base.slice(0, 7)}...${repo.owner}:${head.slice(0, 7)}`,
          diff_url: `${html}/compare/${basehead}.diff`,
          patch_url: `${html}/compare/${basehead}.patch`,
          base_commit: repoCommitShape(world, repo, base),
          merge_base_commit: repoCommitShape(world, repo, common),
          status,
          ahead_by: ahead.length,
          behind_by: behindBy,
          total_commits: ahead.length,
          commits: listed.map((sha) => repoCommitShape(world, repo, sha)),
        });
      },
    },
  ],
};
