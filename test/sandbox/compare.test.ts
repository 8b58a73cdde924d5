import { describe, expect, it } from "vitest";
import { clientFor, useSandbox } from "../helpers/sandbox.ts";

const owner = "acme";
const repo = "churn";

describe("sandbox: comparing commits", () => {
  it("tells ahead, behind, identical and diverged apart, and counts the commits", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    const root = world.createRepo(`${owner}/${repo}`).refs["refs/heads/main"] as string;
    const a = world.push(`${owner}/${repo}`, "main", { "a.txt": "a" });
    const b = world.push(`${owner}/${repo}`, "main", { "b.txt": "b" });
    const github = clientFor(sandbox, world.issueToken(owner));
    await github.rest.git.createRef({ owner, repo, ref: "refs/heads/side", sha: a });
    const side = world.push(`${owner}/${repo}`, "side", { "c.txt": "c" });
    const compare = async (base: string, head: string) => {
      const { data } = await github.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${base}...${head}`,
      });
      return {
        status: data.status,
        ahead: data.ahead_by,
        behind: data.behind_by,
        commits: data.commits.map((c) => c.sha),
        base: data.merge_base_commit.sha,
      };
    };

    expect(await compare(root, b)).toEqual({
      status: "ahead",
      ahead: 2,
      behind: 0,
      commits: [a, b],
      base: root,
    });
    expect(await compare(b, root)).toEqual({
      status: "behind",
      ahead: 0,
      behind: 2,
      commits: [],
      base: root,
    });
    expect(await compare(a, a)).toEqual({ status: "identical", ahead: 0, behind: 0, commits: [], base: a });
    expect(await compare(b, side)).toEqual({
      status: "diverged",
      ahead: 1,
      behind: 1,
      commits: [side],
      base: a,
    });
    expect((await compare("main", "side")).status).toBe("diverged");
  });

  it("pages the commits and answers 404 for a commit that is not there", async () => {
    const sandbox = await useSandbox();
    const { world } = sandbox;
    const root = world.createRepo(`${owner}/${repo}`).refs["refs/heads/main"] as string;
    const pushed = [1, 2, 3].map((n) => world.push(`${owner}/${repo}`, "main", { "n.txt": String(n) }));
    const github = clientFor(sandbox, world.issueToken(owner));
    const { data } = await github.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${root}...main`,
      per_page: 2,
      page: 2,
    });
    expect(data.total_commits).toBe(3);
    expect(data.commits.map((c) => c.sha)).toEqual([pushed[2]]);
    await expect(
      github.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${"0".repeat(40)}...main` }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
