import { describe, expect, it } from "vitest";
import type { Sandbox } from "../../sandbox/server.ts";
import { type ReplayScenario, replay, seedRequest } from "../helpers/replay.ts";
import { useSandbox } from "../helpers/sandbox.ts";

/**
 * The sandbox answers what GitHub answered: requests recorded against api.github.com by
 * @octokit/fixtures are replayed, and each must get GitHub's status code and kind of body.
 */

const ORG = "octokit-fixture-org";
/** The recordings were made with this user's token, a member of the org with full access. */
const USER = "octokit-fixture-user-a";
const README = "0000000000000000000000000000000000000001";

/** GitHub creates these labels in every new repository. */
const DEFAULT_LABELS: Array<[name: string, color: string, description: string]> = [
  ["bug", "d73a4a", "Something isn't working"],
  ["documentation", "0075ca", "Improvements or additions to documentation"],
  ["duplicate", "cfd3d7", "This issue or pull request already exists"],
  ["enhancement", "a2eeef", "New feature or request"],
  ["good first issue", "7057ff", "Good for newcomers"],
  ["help wanted", "008672", "Extra attention is needed"],
  ["invalid", "e4e669", "This doesn't seem right"],
  ["question", "d876e3", "Further information is requested"],
  ["wontfix", "ffffff", "This will not be worked on"],
];

function repo(sandbox: Sandbox, name: string, files?: Record<string, string>, defaultBranch = "main") {
  sandbox.world.createUser(ORG, { type: "Organization" });
  return sandbox.world.createRepo(`${ORG}/${name}`, {
    collaborators: { [USER]: "admin" },
    defaultBranch,
    ...(files ? { files } : {}),
  });
}

/** GitHub's default labels, created through the REST API unless the sandbox made them already. */
async function defaultLabels(sandbox: Sandbox, token: string, name: string): Promise<void> {
  const existing = sandbox.world.repo(`${ORG}/${name}`).labels;
  const have = new Set(Object.values(existing).map((l) => l.name.toLowerCase()));
  for (const [label, color, description] of DEFAULT_LABELS)
    if (!have.has(label))
      await seedRequest(sandbox, token, "POST", `/repos/${ORG}/${name}/labels`, {
        name: label,
        color,
        description,
      });
}

/** A published release v1.0.0 on the head commit, as the release scenarios' setup makes it. */
async function release(sandbox: Sandbox, token: string, name: string): Promise<Record<string, unknown>> {
  const head = sandbox.world.repo(`${ORG}/${name}`).refs["refs/heads/main"] as string;
  return seedRequest(sandbox, token, "POST", `/repos/${ORG}/${name}/releases`, {
    tag_name: "v1.0.0",
    name: "Version 1.0.0",
    body: "Initial release",
    target_commitish: head,
  });
}

const assetId = (context: { last(op: string): unknown }) =>
  (context.last("repos/upload-release-asset") as { id?: number } | undefined)?.id ??
  (context.last("repos/list-release-assets") as Array<{ id: number }> | undefined)?.[0]?.id;
const releaseId = (context: { last(op: string): unknown }) =>
  (context.last("repos/get-release-by-tag") as { id?: number } | undefined)?.id;

const scenarios: ReplayScenario[] = [
  {
    name: "create-file",
    seed: (sandbox) => {
      repo(sandbox, "create-file");
      return {};
    },
  },
  {
    name: "get-content",
    seed: (sandbox) => {
      repo(sandbox, "hello-world", { "README.md": "# hello-world" }, "master");
      return {};
    },
  },
  {
    name: "get-repository",
    seed: (sandbox) => {
      repo(sandbox, "hello-world", { "README.md": "# hello-world" }, "master");
      return {};
    },
  },
  {
    name: "errors",
    seed: (sandbox) => {
      repo(sandbox, "errors");
      return {};
    },
  },
  {
    name: "labels",
    seed: async (sandbox, token) => {
      repo(sandbox, "labels");
      await defaultLabels(sandbox, token, "labels");
      return {};
    },
  },
  {
    name: "add-labels-to-issue",
    seed: (sandbox) => {
      repo(sandbox, "add-labels-to-issue");
      return {};
    },
    params: {
      issue_number: (context) => (context.last("issues/create") as { number?: number } | undefined)?.number,
    },
  },
  {
    name: "create-status",
    seed: (sandbox) => {
      const record = repo(sandbox, "create-status", { "README.md": "# create-status" });
      return { [README]: record.refs["refs/heads/main"] as string };
    },
  },
  {
    name: "release-assets",
    seed: async (sandbox, token) => {
      repo(sandbox, "release-assets", { "README.md": "# release-assets" });
      await release(sandbox, token, "release-assets");
      return {};
    },
    params: { release_id: releaseId, asset_id: assetId },
  },
  {
    name: "release-assets-conflict",
    seed: async (sandbox, token) => {
      repo(sandbox, "release-assets-conflict", { "README.md": "# release-assets-conflict" });
      const created = await release(sandbox, token, "release-assets-conflict");
      // The asset the recorded upload then conflicts with, uploaded where upload_url says.
      const uploadUrl = String(created.upload_url).replace(/\{\?[^}]*\}$/, "");
      expect(uploadUrl.startsWith(`${sandbox.url}/uploads/`)).toBe(true);
      await seedRequest(
        sandbox,
        token,
        "POST",
        `${uploadUrl}?name=test-upload.txt&label=test`,
        "Hello, world!\n",
        "text/plain",
      );
      return {};
    },
    params: { release_id: releaseId, asset_id: assetId },
  },
  {
    name: "git-refs",
    seed: (sandbox) => {
      repo(sandbox, "git-refs", { "1.md": "# git-refs\ncreated with initial commit" });
      const first = sandbox.world.repo(`${ORG}/git-refs`).refs["refs/heads/main"] as string;
      const second = sandbox.world.push(`${ORG}/git-refs`, "main", {
        "2.md": "# git-refs\ncreated with 2nd commit",
      });
      // Normalized in order of appearance: ...01 is main's head (the 2nd commit), ...02 the first.
      return { [README]: second, "0000000000000000000000000000000000000002": first };
    },
  },
];

/** Requests recorded against endpoints GitHub has since removed from its description. */
const EXPECTED_SKIPS: Record<string, string[]> = {
  "git-refs": [
    "GET /repos/octokit-fixture-org/git-refs/git/refs/",
    "GET /repos/octokit-fixture-org/git-refs/git/refs/",
  ],
};

describe("replaying @octokit/fixtures against the sandbox", () => {
  it.each(scenarios.map((s) => [s.name, s] as const))(
    "%s: every request gets GitHub's answer",
    async (_, scenario) => {
      const sandbox = await useSandbox();
      const token = sandbox.world.issueToken(USER);

      const result = await replay(sandbox, scenario, token);

      expect(result.skipped.map((s) => `${s.method} ${s.path}`)).toEqual(EXPECTED_SKIPS[scenario.name] ?? []);
      expect(result.steps.length).toBeGreaterThan(0);
      expect(result.mismatches).toEqual([]);
      // GitHub accepted every recorded request: the sandbox's contract check must too...
      expect(sandbox.rejected).toEqual([]);
      // ...and every answer must be one GitHub's description allows.
      expect(sandbox.violations).toEqual([]);
    },
  );

  it("get-content: the raw media type answers the file's bytes, as GitHub did", async () => {
    const sandbox = await useSandbox();
    const token = sandbox.world.issueToken(USER);
    const scenario = scenarios.find((s) => s.name === "get-content") as ReplayScenario;

    const result = await replay(sandbox, scenario, token);

    const raw = result.steps.find((s) => s.path.endsWith("/README.md"));
    expect(raw?.body).toBe("# hello-world");
  });

  it("release-assets: the asset is renamed and then gone, as the recording's requests did", async () => {
    const sandbox = await useSandbox();
    const token = sandbox.world.issueToken(USER);
    const scenario = scenarios.find((s) => s.name === "release-assets") as ReplayScenario;

    const result = await replay(sandbox, scenario, token);

    const renamed = result.steps.find((s) => s.method === "PATCH")?.body as { name?: string; label?: string };
    expect(renamed).toMatchObject({ name: "new-filename.txt", label: "new label" });
    const gone = await fetch(`${sandbox.url}${result.steps.at(-1)?.path}`, {
      headers: { authorization: `token ${token}` },
    });
    expect(gone.status).toBe(404);
  });

  it("create-status: the combined status is failure while one context fails", async () => {
    const sandbox = await useSandbox();
    const token = sandbox.world.issueToken(USER);
    const scenario = scenarios.find((s) => s.name === "create-status") as ReplayScenario;

    const result = await replay(sandbox, scenario, token);

    const combined = result.steps.at(-1)?.body as { state?: string; total_count?: number };
    expect(combined).toMatchObject({ state: "failure", total_count: 2 });
  });
});
